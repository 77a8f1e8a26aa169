"""The `fulfillment` module: `models` (types), `operations` (descriptors), `resources` (clients'
resources).

Packages of the seller's orders, from splitting and combining to shipping, labels and delivery
proof."""
