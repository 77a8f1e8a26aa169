"""The `promotion` module: `models` (types), `operations` (descriptors), `resources` (clients'
resources).

Promotion activities (discounts, flash sales, shipping and bundle deals) and coupons."""
