"""What buyers, carriers, TikTok and sellers do to a shop outside the API, on demand.

Each trigger changes the sandbox's state the way that actor would (a buyer asks to cancel, the
carrier delivers, TikTok's review passes a product, the seller removes the app) and records the
webhook event TikTok sends for it; the control API (``_control.py``) delivers the events. Where
the API already does the change (shipping), the trigger goes through the same handler, so a
trigger and an API call can never disagree about what happens.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Collection
from dataclasses import dataclass
from typing import Any

from ._aftersales import (
    CANCELLABLE,
    PENDING_CANCEL,
    PENDING_RETURN,
    RETURNABLE,
    _cancel_event,
    _cancellations,
    _record,
    _return_event,
    _returns,
)
from ._fulfillment import ship_package
from ._handlers import Request
from ._orders import set_order_status
from ._products import _product_event

__all__ = ["TRIGGERS", "Target", "Trigger", "TriggerError"]

# Where each status goes when the outside world acts: the buyer pays, TikTok releases a held order,
# the carrier collects and delivers, the buyer confirms receipt. AWAITING_SHIPMENT waits for the seller.
NEXT_STATUS = {
    "UNPAID": "AWAITING_SHIPMENT",
    "ON_HOLD": "AWAITING_SHIPMENT",
    "AWAITING_COLLECTION": "IN_TRANSIT",
    "IN_TRANSIT": "DELIVERED",
    "DELIVERED": "COMPLETED",
}
# TikTok's review and enforcement: a pending listing passes review, a live one can be taken down.
NEXT_PRODUCT_STATUS = {"PENDING": "ACTIVATE", "ACTIVATE": "PLATFORM_DEACTIVATED"}
OPEN_RETURN = {PENDING_RETURN, "AWAITING_BUYER_SHIP", "BUYER_SHIPPED_ITEM"}


class TriggerError(Exception):
    """The trigger cannot apply (``status`` 404: no such order/product; 409: not in a state for it)."""

    def __init__(self, status: int, message: str) -> None:
        self.status, self.message = status, message
        super().__init__(message)


@dataclass(frozen=True)
class Target:
    """What a trigger acts on; None picks the shop's first order or product it applies to."""

    order_id: str | None = None
    product_id: str | None = None


Action = Callable[[Request, Target], dict[str, Any]]


@dataclass(frozen=True)
class Trigger:
    event_type: str
    description: str
    action: Action


TRIGGERS: dict[str, Trigger] = {}


def _trigger(event_type: str, description: str) -> Callable[[Action], Action]:
    def register(action: Action) -> Action:
        TRIGGERS[event_type] = Trigger(event_type, description, action)
        return action

    return register


def _order(
    req: Request,
    target: Target,
    statuses: Collection[str],
    *,
    usable: Callable[[dict[str, Any]], bool] = lambda order: True,
) -> dict[str, Any]:
    orders = req.orders()
    if target.order_id is None:
        found = next((o for o in orders.values() if o["status"] in statuses and usable(o)), None)
        if found is None:
            raise TriggerError(409, f"no order of this shop is {' or '.join(sorted(statuses))} and free for this")
        return found
    order = orders.get(target.order_id)
    if order is None:
        raise TriggerError(404, f"no order {target.order_id} in this shop")
    if order["status"] not in statuses or not usable(order):
        wanted = " or ".join(sorted(statuses))
        raise TriggerError(409, f"order {order['id']} is {order['status']}; this trigger needs {wanted}")
    return order


def _new_id(prefix: int) -> str:
    return str(prefix * 10**15 + secrets.randbelow(10**15))


# -- orders and packages ----------------------------------------------------------------------------
@_trigger("ORDER_STATUS_CHANGE", "the order moves on: paid, released from hold, collected, delivered, completed")
def advance_order(req: Request, target: Target) -> dict[str, Any]:
    order = _order(req, target, NEXT_STATUS)
    before = order["status"]
    set_order_status(req, order, NEXT_STATUS[before], req.state.now())
    return {"order_id": order["id"], "from": before, "to": order["status"]}


@_trigger("PACKAGE_UPDATE", "the order's package is handed to the carrier (as fulfillment ship_package does)")
def ship(req: Request, target: Target) -> dict[str, Any]:
    order = _order(req, target, {"AWAITING_SHIPMENT"}, usable=lambda o: not o.get("is_buyer_request_cancel"))
    package_id = order["packages"][0]["id"]
    req.path_params = {"package_id": package_id}
    ship_package(req)
    return {"order_id": order["id"], "package_id": package_id, "from": "AWAITING_SHIPMENT", "to": order["status"]}


@_trigger("RECIPIENT_ADDRESS_UPDATE", "the buyer changes the shipping address of an order not yet shipped")
def change_address(req: Request, target: Target) -> dict[str, Any]:
    order = _order(req, target, CANCELLABLE)
    now = req.state.now()
    address = order["recipient_address"]
    address["address_line1"] = f"{100 + secrets.randbelow(900)} Market St"
    address["full_address"] = f"{address['address_line1']} San Francisco, CA 94103"
    order["has_updated_recipient_address"], order["update_time"] = True, now
    req.events.append(("RECIPIENT_ADDRESS_UPDATE", {"order_id": order["id"], "update_time": now}))
    return {"order_id": order["id"], "full_address": address["full_address"]}


# -- after-sales -----------------------------------------------------------------------------------
@_trigger("CANCELLATION_STATUS_CHANGE", "the buyer asks to cancel an order not yet shipped (pending your answer)")
def buyer_cancels(req: Request, target: Target) -> dict[str, Any]:
    order = _order(req, target, CANCELLABLE, usable=lambda o: not o.get("is_buyer_request_cancel"))
    cancel_id, now = _new_id(4_039), req.state.now()
    record = _record(
        order, "cancel", cancel_id, now, cancel_id=cancel_id, cancel_type="BUYER_CANCEL",
        cancel_status=PENDING_CANCEL, role="BUYER", cancel_reason="ecom_order_unshipped_reason_no_longer_needed",
        cancel_reason_text="No longer needed",
    )  # fmt: skip
    _cancellations(req)[cancel_id] = record
    order["is_buyer_request_cancel"] = True
    _cancel_event(req, record)
    return {"order_id": order["id"], "cancel_id": cancel_id, "cancel_status": PENDING_CANCEL}


@_trigger("RETURN_STATUS_CHANGE", "the buyer asks to return a delivered order (pending your answer)")
def buyer_returns(req: Request, target: Target) -> dict[str, Any]:
    returns = _returns(req)
    busy = {r["order_id"] for r in returns.values() if r["return_status"] in OPEN_RETURN}
    order = _order(req, target, RETURNABLE, usable=lambda o: o["id"] not in busy)
    return_id, now = _new_id(4_040), req.state.now()
    returns[return_id] = record = _record(
        order, "return", return_id, now, return_id=return_id, return_type="RETURN_AND_REFUND",
        return_status=PENDING_RETURN, role="BUYER", return_reason_text="Item damaged",
        return_reason="ecom_order_delivered_refund_and_return_reason_damaged",
    )  # fmt: skip
    _return_event(req, record)
    return {"order_id": order["id"], "return_id": return_id, "return_status": PENDING_RETURN}


# -- products and the shop ---------------------------------------------------------------------------
@_trigger("PRODUCT_STATUS_CHANGE", "TikTok's review passes a pending product, or takes a live one down")
def review_product(req: Request, target: Target) -> dict[str, Any]:
    products = req.products()
    if target.product_id is None:
        product = next((p for s in NEXT_PRODUCT_STATUS for p in products.values() if p["status"] == s), None)
        if product is None:
            raise TriggerError(409, "no product of this shop is PENDING or ACTIVATE")
    else:
        product = products.get(target.product_id)
        if product is None:
            raise TriggerError(404, f"no product {target.product_id} in this shop")
        if product["status"] not in NEXT_PRODUCT_STATUS:
            needs = " or ".join(NEXT_PRODUCT_STATUS)
            raise TriggerError(409, f"product {product['id']} is {product['status']}; this trigger needs {needs}")
    before = product["status"]
    product["status"], product["update_time"] = NEXT_PRODUCT_STATUS[before], req.state.now()
    _product_event(req, product)
    return {"product_id": product["id"], "from": before, "to": product["status"]}


@_trigger("SELLER_DEAUTHORIZATION", "the seller removes the app from the shop: its calls fail from now on")
def deauthorize(req: Request, target: Target) -> dict[str, Any]:
    del target
    assert req.seller is not None and req.shop is not None
    req.seller.shops.remove(req.shop)
    message = f"The seller deauthorized the app for shop {req.shop.name} ({req.shop.id})."
    req.events.append(("SELLER_DEAUTHORIZATION", {"message": message}))
    return {"shop_id": req.shop.id, "authorized_shops_left": len(req.seller.shops)}
