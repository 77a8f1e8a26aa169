"""The `authorization` module: `models` (types), `operations` (descriptors), `resources` (clients'
resources).

What the seller's grant covers: the authorized shops and their ciphers."""
