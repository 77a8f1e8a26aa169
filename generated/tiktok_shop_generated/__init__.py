"""Generated from `spec/` by `python -m generator`; do not edit.

Typed models, operation descriptors and resources of the TikTok Shop API, one sub-package per API
module (affiliate_creator, affiliate_seller, analytics, auth, authorization, event, fulfillment,
order, product, return_refund, seller). Import a module's `models` for its types."""
