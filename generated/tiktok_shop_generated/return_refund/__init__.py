"""The `return_refund` module: `models` (types), `operations` (descriptors), `resources` (clients'
resources).

After-sales handling: order cancellations, refund-only and return-and-refund requests, seller
decisions on them, refund estimates and the newer aftersales-request and RMA views."""
