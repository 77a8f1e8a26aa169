"""Generated from `spec/` by `python -m generator`; do not edit.

Typed models, operation descriptors and resources of the TikTok Shop API, one sub-package per API
module (affiliate_creator, affiliate_partner, affiliate_seller, analytics, auth, authorization,
customer_engagement, customer_service, data_reconciliation, event, fbt, finance, fulfillment,
logistics, order, product, promotion, return_refund, seller, supply_chain, tools). Import a module's
`models` for its types."""
