"""The `product` module: `models` (types), `operations` (descriptors), `resources` (clients'
resources).

Local shop products: listing, editing, prices, inventory, images and files, listing quality
diagnoses and listing helpers."""
