"""Stateful orders: search with filters and pages, detail by ids, status changes with their webhook.

A search matching more than ``state.search_limit`` orders (TikTok's 10,000) is refused with
12052180, as TikTok refuses it: order syncs split their time windows.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter
from typing import Any

from ._errors import INVALID_PARAMETER, SandboxError
from ._handlers import Request, handles
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


def _sorted(req: Request, field: str) -> list[tuple[int, str]]:
    """The shop's ``(field, order id)`` pairs in ascending order, rebuilt only when some order's value moved.

    A search over tens of thousands of orders then costs a bisection instead of a sort.
    """
    orders = req.orders()
    stamp = tuple(map(itemgetter(field), orders.values()))
    key = (req.shop.cipher if req.shop else "", field)
    cached = req.state.order_indexes.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    pairs = sorted(zip(stamp, orders, strict=True))
    req.state.order_indexes[key] = (stamp, pairs)
    return pairs


def _matching(req: Request, sort_field: str) -> list[str]:
    """The ids of the orders the search's filters select, ascending by ``sort_field`` (then id)."""
    body, orders = req.body, req.orders()
    pairs = _sorted(req, sort_field)
    low = bisect_left(pairs, (int(body[f"{sort_field}_ge"]), "")) if f"{sort_field}_ge" in body else 0
    high = bisect_left(pairs, (int(body[f"{sort_field}_lt"]), "")) if f"{sort_field}_lt" in body else len(pairs)
    window = pairs[low:high]
    if body.keys() <= {f"{sort_field}_ge", f"{sort_field}_lt"}:
        return [order_id for _, order_id in window]  # the time range was the only filter
    return [order_id for _, order_id in window if _order_matches(orders[order_id], body)]


@handles("POST /order/*/orders/search")
def search_orders(req: Request) -> dict[str, Any]:
    offset, size = req.page()
    sort_field = req.query.get("sort_field", "create_time")
    matching = _matching(req, sort_field if sort_field in ("create_time", "update_time") else "create_time")
    next_page_token = req.next_page_token(offset, size, len(matching))  # refuses over the search limit
    if req.query.get("sort_order", "DESC") != "ASC":
        matching.reverse()
    orders = req.orders()
    return {
        "orders": [orders[order_id] for order_id in matching[offset : offset + size]],
        "total_count": len(matching),
        "next_page_token": next_page_token,
    }


@handles("GET /order/*/orders")
def order_detail(req: Request) -> dict[str, Any]:
    ids = [i for i in req.query.get("ids", "").split(",") if i]
    if not ids or len(ids) > 50:
        raise SandboxError(INVALID_PARAMETER, "param ids must list 1 to 50 order ids, comma-separated")
    orders = req.orders()
    return {"orders": [orders[i] for i in ids if i in orders]}
