"""Stateful cancellations and returns: buyer requests the seller answers, seller-initiated ones.

Each shop starts with pending buyer requests (``seed_requests``) on a deterministic slice of its
orders (awaiting shipment -> cancellation request, delivered/completed -> return or refund
request), so search, approve and reject have something to act on; every decision changes the
order and the record consistently and emits the webhook TikTok sends for it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from ._errors import INVALID_PARAMETER, NOT_FOUND, SandboxError
from ._handlers import Request, handles
from ._orders import set_order_status
from ._state import SandboxState

CANCELLABLE = {"UNPAID", "ON_HOLD", "AWAITING_SHIPMENT"}
RETURNABLE = {"DELIVERED", "COMPLETED"}
PENDING_CANCEL = "CANCELLATION_REQUEST_PENDING"
PENDING_RETURN = "RETURN_OR_REFUND_REQUEST_PENDING"


def _refund(order: dict[str, Any]) -> dict[str, Any]:
    payment = order["payment"]
    return {
        "currency": payment["currency"],
        "refund_total": payment["total_amount"],
        "refund_subtotal": payment["sub_total"],
    }


def _record(order: dict[str, Any], kind: str, record_id: str, now: int, **fields: Any) -> dict[str, Any]:
    item = order["line_items"][0]
    line = {key: item[key] for key in ("sku_id", "sku_name", "product_name", "seller_sku")}
    line["order_line_item_id"] = item["id"]
    key = "cancel_line_items" if kind == "cancel" else "return_line_items"
    line |= {"cancel_line_item_id": record_id} if kind == "cancel" else {"return_line_item_id": record_id}
    return {
        "order_id": order["id"],
        "create_time": now,
        "update_time": now,
        "refund_amount": _refund(order),
        key: [line],
        **fields,
    }


def seed_requests(state: SandboxState) -> None:
    """Pending buyer requests on every third order that can have one, in every shop."""
    for cipher, orders in state.orders.items():
        state.cancellations[cipher], state.returns[cipher] = _requests(orders)


def _requests(orders: dict[str, dict[str, Any]]) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    cancellations: dict[str, dict[str, Any]] = {}
    returns: dict[str, dict[str, Any]] = {}
    seen: Counter[str] = Counter()  # every third order of each kind gets a request
    for order in orders.values():
        number = int(order["id"])
        kind = "cancel" if order["status"] == "AWAITING_SHIPMENT" else "return" if order["status"] in RETURNABLE else ""
        seen[kind] += 1
        if kind == "cancel" and seen[kind] % 3 == 0:
            cancel_id = str(4_035_000_000_000_000_000 + number % 10**12)
            order.update(is_buyer_request_cancel=True, request_cancel_time=order["update_time"])
            cancellations[cancel_id] = _record(
                order, "cancel", cancel_id, order["update_time"], cancel_id=cancel_id, cancel_type="BUYER_CANCEL",
                cancel_status=PENDING_CANCEL, role="BUYER", cancel_reason="ecom_order_delivered_reason_late_delivery",
                cancel_reason_text="Late delivery",
            )  # fmt: skip
        elif kind == "return" and seen[kind] % 3 == 0:
            return_id = str(4_036_000_000_000_000_000 + number % 10**12)
            returns[return_id] = _record(
                order, "return", return_id, order["update_time"], return_id=return_id,
                return_type="REFUND" if seen[kind] % 2 else "RETURN_AND_REFUND", return_status=PENDING_RETURN,
                role="BUYER", return_reason="ecom_order_delivered_refund_and_return_reason_damaged",
                return_reason_text="Item damaged",
            )  # fmt: skip
    return cancellations, returns


def _cancellations(req: Request) -> dict[str, dict[str, Any]]:
    return req.of_shop(req.state.cancellations)


def _returns(req: Request) -> dict[str, dict[str, Any]]:
    return req.of_shop(req.state.returns)


def _order(req: Request, order_id: str) -> dict[str, Any]:
    order = req.orders().get(order_id)
    if order is None:
        raise SandboxError(NOT_FOUND, f"order {order_id} not found")
    return order


def _cancel_event(req: Request, record: dict[str, Any]) -> None:
    keys = ("order_id", "cancel_id", "cancel_status", "create_time")
    req.events.append(
        ("CANCELLATION_STATUS_CHANGE", {"cancellations_role": record["role"]} | {k: record[k] for k in keys})
    )


def _return_event(req: Request, record: dict[str, Any]) -> None:
    keys = ("order_id", "return_id", "return_type", "return_status", "create_time", "update_time")
    req.events.append(("RETURN_STATUS_CHANGE", {"return_role": record["role"]} | {k: record[k] for k in keys}))


def _search(req: Request, records: dict[str, dict[str, Any]], filters: dict[str, str], items: str) -> dict[str, Any]:
    """Filter on list fields of the body (``{body field: record field}``) and time windows; page."""
    offset, size = req.page()
    found = list(records.values())
    for body_key, record_key in filters.items():
        wanted = req.body.get(body_key)
        if wanted:
            found = [r for r in found if r.get(record_key) in wanted]
    for time_field in ("create_time", "update_time"):
        if f"{time_field}_ge" in req.body:
            found = [r for r in found if r[time_field] >= int(req.body[f"{time_field}_ge"])]
        if f"{time_field}_lt" in req.body:
            found = [r for r in found if r[time_field] < int(req.body[f"{time_field}_lt"])]
    descending = req.query.get("sort_order", "DESC") != "ASC"
    sort_field = req.query.get("sort_field", "create_time")
    found.sort(key=lambda r: (r.get(sort_field, 0), r["order_id"]), reverse=descending)
    page = found[offset : offset + size]
    return {items: page, "total_count": len(found), "next_page_token": req.next_page_token(offset, size, len(found))}


# -- cancellations --------------------------------------------------------------------------------
@handles("POST /return_refund/*/cancellations")
def create_cancellation(req: Request) -> dict[str, Any]:
    """The seller cancels an order that has not shipped: effective at once."""
    order = _order(req, str(req.body.get("order_id", "")))
    if order["status"] not in CANCELLABLE:
        raise SandboxError(
            INVALID_PARAMETER, f"order {order['id']} is {order['status']}: it can no longer be cancelled"
        )
    now = req.state.now()
    cancellations = _cancellations(req)
    cancel_id = str(4_037_000_000_000_000_000 + len(cancellations) + int(order["id"]) % 10**9)
    record = _record(
        order, "cancel", cancel_id, now, cancel_id=cancel_id, cancel_type="CANCEL",
        cancel_status="CANCELLATION_REQUEST_COMPLETE", role="SELLER", cancel_reason=req.body.get("cancel_reason", ""),
    )  # fmt: skip
    cancellations[cancel_id] = record
    set_order_status(req, order, "CANCELLED", now, reason=str(req.body.get("cancel_reason", "")))
    _cancel_event(req, record)
    req.state.counters["return_refund.cancel"] += 1
    return {"cancel_id": cancel_id, "cancel_status": record["cancel_status"]}


@handles("POST /return_refund/*/cancellations/search")
def search_cancellations(req: Request) -> dict[str, Any]:
    filters = {"cancel_ids": "cancel_id", "order_ids": "order_id", "cancel_status": "cancel_status",
               "cancel_types": "cancel_type"}  # fmt: skip
    return _search(req, _cancellations(req), filters, "cancellations")


def _pending_cancellation(req: Request) -> dict[str, Any]:
    record = _cancellations(req).get(req.path_params.get("cancel_id", ""))
    if record is None:
        raise SandboxError(NOT_FOUND, "cancellation not found")
    if record["cancel_status"] != PENDING_CANCEL:
        raise SandboxError(INVALID_PARAMETER, f"the cancellation is {record['cancel_status']}, not pending")
    return record


@handles("POST /return_refund/*/cancellations/{cancel_id}/approve")
def approve_cancellation(req: Request) -> dict[str, Any]:
    record, now = _pending_cancellation(req), req.state.now()
    record.update(cancel_status="CANCELLATION_REQUEST_COMPLETE", update_time=now)
    order = _order(req, record["order_id"])
    order["is_buyer_request_cancel"] = False
    set_order_status(req, order, "CANCELLED", now, cancelled_by="BUYER", reason=record["cancel_reason_text"])
    _cancel_event(req, record)
    req.state.counters["return_refund.cancel_approve"] += 1
    return {}


@handles("POST /return_refund/*/cancellations/{cancel_id}/reject")
def reject_cancellation(req: Request) -> dict[str, Any]:
    if not req.body.get("reject_reason"):
        raise SandboxError(INVALID_PARAMETER, "reject_reason is required")
    record, now = _pending_cancellation(req), req.state.now()
    record.update(cancel_status="CANCELLATION_REQUEST_CANCEL", update_time=now)
    _order(req, record["order_id"]).update(is_buyer_request_cancel=False, request_cancel_time=None)
    _cancel_event(req, record)
    req.state.counters["return_refund.cancel_reject"] += 1
    return {}


# -- returns --------------------------------------------------------------------------------------
@handles("POST /return_refund/*/returns")
def create_return(req: Request) -> dict[str, Any]:
    """The seller starts a refund (or return and refund) for a delivered order."""
    order = _order(req, str(req.body.get("order_id", "")))
    if order["status"] not in RETURNABLE:
        raise SandboxError(INVALID_PARAMETER, f"order {order['id']} is {order['status']}: only delivered orders return")
    now = req.state.now()
    returns = _returns(req)
    return_id = str(4_038_000_000_000_000_000 + len(returns) + int(order["id"]) % 10**9)
    refund_only = req.body.get("return_type", "REFUND") == "REFUND"
    record = _record(
        order, "return", return_id, now, return_id=return_id, return_type=req.body.get("return_type", "REFUND"),
        return_status="RETURN_OR_REFUND_REQUEST_COMPLETE" if refund_only else "AWAITING_BUYER_SHIP", role="SELLER",
        return_reason=req.body.get("return_reason", ""),
    )  # fmt: skip
    returns[return_id] = record
    _return_event(req, record)
    req.state.counters["return_refund.return"] += 1
    return {"return_id": return_id, "return_status": record["return_status"]}


@handles("POST /return_refund/*/returns/search")
def search_returns(req: Request) -> dict[str, Any]:
    filters = {"return_ids": "return_id", "order_ids": "order_id", "return_status": "return_status",
               "return_types": "return_type"}  # fmt: skip
    return _search(req, _returns(req), filters, "return_orders")


def _decide_return(req: Request, prefix: str, outcomes: dict[str, str]) -> dict[str, Any]:
    record = _returns(req).get(req.path_params.get("return_id", ""))
    if record is None:
        raise SandboxError(NOT_FOUND, "return not found")
    decision = str(req.body.get("decision", ""))
    if not decision.startswith(prefix):
        raise SandboxError(INVALID_PARAMETER, f"decision must be one of the {prefix}* values")
    if record["return_status"] not in (PENDING_RETURN, "BUYER_SHIPPED_ITEM"):
        raise SandboxError(INVALID_PARAMETER, f"the return is {record['return_status']}: nothing to decide")
    status = outcomes.get(record["return_type"], outcomes["*"])
    record.update(return_status=status, update_time=req.state.now())
    _return_event(req, record)
    req.state.counters[f"return_refund.{prefix.lower().rstrip('_')}"] += 1
    return {}


@handles("POST /return_refund/*/returns/{return_id}/approve")
def approve_return(req: Request) -> dict[str, Any]:
    return _decide_return(
        req, "APPROVE_", {"RETURN_AND_REFUND": "AWAITING_BUYER_SHIP", "*": "RETURN_OR_REFUND_REQUEST_COMPLETE"}
    )


@handles("POST /return_refund/*/returns/{return_id}/reject")
def reject_return(req: Request) -> dict[str, Any]:
    if not req.body.get("reject_reason"):
        raise SandboxError(INVALID_PARAMETER, "reject_reason is required")
    return _decide_return(req, "REJECT_", {"*": "REFUND_OR_RETURN_REQUEST_REJECT"})
