"""Models of the `data_reconciliation` module.

Data reconciliation for connector apps: report how TikTok Shop orders look on the seller's
direct-to-consumer platform (Shopify, WooCommerce, BigCommerce, Magento) so TikTok can compare both
sides.

Generated from `spec/` by `python -m generator`; do not edit. Field tables:
`docs/api/data_reconciliation.md`."""

from tiktok_shop_generated.data_reconciliation.models import (
    ExtraError,
    FailedOrder,
    ImportOrder,
    ImportOrder202310,
    ImportOrders202310Request,
    ImportOrdersRequest,
    ImportOrdersResponse,
    ImportPackage,
    OrderError,
    SyncOrder,
    SyncOrdersQuery,
    SyncOrdersRequest,
    SyncOrdersResponse,
    SyncPackage,
)

__all__ = [
    "ExtraError",
    "FailedOrder",
    "ImportOrder",
    "ImportOrder202310",
    "ImportOrders202310Request",
    "ImportOrdersRequest",
    "ImportOrdersResponse",
    "ImportPackage",
    "OrderError",
    "SyncOrder",
    "SyncOrdersQuery",
    "SyncOrdersRequest",
    "SyncOrdersResponse",
    "SyncPackage",
]
