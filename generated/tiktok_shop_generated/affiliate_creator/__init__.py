"""The `affiliate_creator` module: `models` (types), `operations` (descriptors), `resources` (clients'
resources).

Tools for TikTok creators in the affiliate program: the showcase, open and target collaborations,
free samples, affiliate orders, sharing links and shoppable posts."""
