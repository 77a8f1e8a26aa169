"""The `order` module: `models` (types), `operations` (descriptors), `resources` (clients' resources).

Orders of a shop, their line items, prices and links to external order systems."""
