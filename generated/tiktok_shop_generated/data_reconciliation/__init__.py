"""The `data_reconciliation` module: `models` (types), `operations` (descriptors), `resources`
(clients' resources).

Data reconciliation for connector apps: report how TikTok Shop orders look on the seller's
direct-to-consumer platform (Shopify, WooCommerce, BigCommerce, Magento) so TikTok can compare both
sides."""
