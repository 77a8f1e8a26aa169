"""The models of every API module, for annotations and building requests (`Order` is in
`tiktok_shop.types.order`).

Generated from `spec/` by `python -m generator`; do not edit. Each module loads its models on first
import, so `import tiktok_shop` stays cheap. Modules: affiliate_creator, affiliate_partner,
affiliate_seller, analytics, auth, authorization, customer_engagement, customer_service,
data_reconciliation, event, fbt, finance, fulfillment, logistics, order, product, promotion,
return_refund, seller, supply_chain, tools."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        affiliate_creator,
        affiliate_partner,
        affiliate_seller,
        analytics,
        auth,
        authorization,
        customer_engagement,
        customer_service,
        data_reconciliation,
        event,
        fbt,
        finance,
        fulfillment,
        logistics,
        order,
        product,
        promotion,
        return_refund,
        seller,
        supply_chain,
        tools,
    )
__all__ = [
    "affiliate_creator",
    "affiliate_partner",
    "affiliate_seller",
    "analytics",
    "auth",
    "authorization",
    "customer_engagement",
    "customer_service",
    "data_reconciliation",
    "event",
    "fbt",
    "finance",
    "fulfillment",
    "logistics",
    "order",
    "product",
    "promotion",
    "return_refund",
    "seller",
    "supply_chain",
    "tools",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module 'tiktok_shop.types' has no attribute {name!r}")
    return importlib.import_module(f".{name}", __name__)
