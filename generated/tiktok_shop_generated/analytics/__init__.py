"""The `analytics` module: `models` (types), `operations` (descriptors), `resources` (clients'
resources).

Shop, product, SKU, video and LIVE performance metrics, bestselling rankings, creator live room
statistics and the Shop Performance Score (SPS) metrics."""
