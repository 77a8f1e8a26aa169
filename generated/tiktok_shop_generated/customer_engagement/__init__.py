"""The `customer_engagement` module: `models` (types), `operations` (descriptors), `resources`
(clients' resources).

Customer engagement: message templates, engagement tasks and the messages sent to a shop's past
buyers through TikTok IM, with their performance."""
