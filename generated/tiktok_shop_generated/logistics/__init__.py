"""The `logistics` module: `models` (types), `operations` (descriptors), `resources` (clients'
resources).

Warehouses, delivery options, carriers, shipping templates and parcel tracking."""
