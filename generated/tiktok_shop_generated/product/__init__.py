"""The `product` module: `models` (types), `operations` (descriptors), `resources` (clients'
resources).

Products and their catalog context (categories, brands, global products, size charts, compliance)."""
