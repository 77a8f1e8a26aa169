"""The `fbt` module: `models` (types), `operations` (descriptors), `resources` (clients' resources).

Fulfilled by TikTok (FBT): the seller's FBT goods, warehouses, inventory and its history, inbound
plans and orders into FBT warehouses, and multi-channel fulfillment (MCF) orders."""
