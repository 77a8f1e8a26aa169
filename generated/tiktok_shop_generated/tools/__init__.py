"""The `tools` module: `models` (types), `operations` (descriptors), `resources` (clients' resources).

Helpers shared by other modules, such as large file uploads."""
