"""The `affiliate_partner` module: `models` (types), `operations` (descriptors), `resources` (clients'
resources).

Tools for TikTok Shop affiliate partners (agencies): partner campaigns, the products sellers
register in them, promotion links, creator performance and affiliate orders."""
