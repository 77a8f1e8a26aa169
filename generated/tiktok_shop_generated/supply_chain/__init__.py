"""The `supply_chain` module: `models` (types), `operations` (descriptors), `resources` (clients'
resources).

Warehouse service providers reporting the shipment of the packages they fulfill."""
