"""The `seller` module: `models` (types), `operations` (descriptors), `resources` (clients' resources).

The seller account behind the access token and its shops."""
