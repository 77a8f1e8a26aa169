"""Stateful orders: search with filters and pages, detail by ids, status changes with their webhook."""

from __future__ import annotations

from typing import Any

from ._errors import INVALID_PARAMETER, SandboxError
from ._handlers import Request, handles, next_token
from ._records import set_status

__all__ = ["set_order_status"]


def set_order_status(req: Request, order: dict[str, Any], status: str, now: int, **cancellation: str) -> None:
    """Move an order (and its line items) to ``status`` and emit the ``ORDER_STATUS_CHANGE`` webhook."""
    set_status(order, status, now, **cancellation)
    event = {"order_id": order["id"], "order_status": status, "is_on_hold_order": False, "update_time": now}
    req.events.append(("ORDER_STATUS_CHANGE", event))


def _order_matches(order: dict[str, Any], body: dict[str, Any]) -> bool:
    if body.get("order_status") and order["status"] != body["order_status"]:
        return False
    for key in ("create_time", "update_time"):
        if f"{key}_ge" in body and order[key] < int(body[f"{key}_ge"]):
            return False
        if f"{key}_lt" in body and order[key] >= int(body[f"{key}_lt"]):
            return False
    return True


@handles("POST /order/*/orders/search")
def search_orders(req: Request) -> dict[str, Any]:
    offset, size = req.page()
    matching = [o for o in req.orders().values() if _order_matches(o, req.body)]
    descending = req.query.get("sort_order", "DESC") != "ASC"
    sort_field = req.query.get("sort_field", "create_time")
    matching.sort(key=lambda o: (o.get(sort_field) or 0, o["id"]), reverse=descending)
    return {
        "orders": matching[offset : offset + size],
        "total_count": len(matching),
        "next_page_token": next_token(offset, size, len(matching)),
    }


@handles("GET /order/*/orders")
def order_detail(req: Request) -> dict[str, Any]:
    ids = [i for i in req.query.get("ids", "").split(",") if i]
    if not ids or len(ids) > 50:
        raise SandboxError(INVALID_PARAMETER, "param ids must list 1 to 50 order ids, comma-separated")
    orders = req.orders()
    return {"orders": [orders[i] for i in ids if i in orders]}
