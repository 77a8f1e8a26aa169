"""The `affiliate_seller` module: `models` (types), `operations` (descriptors), `resources` (clients'
resources).

Affiliate marketing for sellers: open and target collaborations with creators, free sample
applications, affiliate orders, the Creator Marketplace, creator messaging (IM) and Compass data
exports."""
