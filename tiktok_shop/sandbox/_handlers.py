"""Stateful operations of the sandbox, keyed by method and version-less path.

A handler gets the verified request and returns the envelope's ``data``. This module holds the
registry and the handlers for tokens, shops, orders, packages and webhook subscriptions;
``_products`` and ``_aftersales`` add theirs. Operations without a handler answer with TikTok's
documented sample payload, or schema-shaped data, so every spec operation is callable.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ._errors import INVALID_AUTH_CODE, INVALID_PARAMETER, INVALID_REFRESH_TOKEN, NOT_FOUND, SandboxError
from ._state import Grant, SandboxState, Seller, Shop

__all__ = ["HANDLERS", "Request", "route_key"]


@dataclass
class Request:
    """A verified request as handlers see it."""

    state: SandboxState
    method: str
    path_params: dict[str, str]
    query: dict[str, str]
    body: dict[str, Any]
    seller: Seller | None = None
    shop: Shop | None = None
    files: dict[str, int] = field(default_factory=dict)
    events: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def orders(self) -> dict[str, dict[str, Any]]:
        assert self.shop is not None
        return self.state.orders[self.shop.cipher]

    def products(self) -> dict[str, dict[str, Any]]:
        assert self.shop is not None
        return self.state.products[self.shop.cipher]

    def page(self) -> tuple[int, int]:
        source = self.query if "page_size" in self.query else self.body
        try:
            size = int(source.get("page_size", 20))
        except (TypeError, ValueError):
            raise SandboxError(INVALID_PARAMETER, "page_size must be an integer") from None
        if not 1 <= size <= 100:
            raise SandboxError(INVALID_PARAMETER, "page_size must be between 1 and 100")
        token = source.get("page_token") or ""
        try:
            offset = int(base64.urlsafe_b64decode(token.encode()).decode().removeprefix("offset=")) if token else 0
        except ValueError:
            raise SandboxError(INVALID_PARAMETER, "page_token is not valid") from None
        return offset, size


Handler = Callable[[Request], dict[str, Any]]
HANDLERS: dict[str, Handler] = {}


def route_key(method: str, path: str) -> str:
    """``POST /product/*/products/search``: the path with its version replaced by ``*``."""
    parts = path.split("/")
    if len(parts) > 2 and parts[2].isdigit():
        parts[2] = "*"
    return f"{method} {'/'.join(parts)}"


def handles(*keys: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for key in keys:
            HANDLERS[key] = handler
        return handler

    return register


def next_token(offset: int, size: int, total: int) -> str:
    end = offset + size
    return base64.urlsafe_b64encode(f"offset={end}".encode()).decode() if end < total else ""


# -- tokens ---------------------------------------------------------------------------------------
def _token_data(grant: Grant, seller: Seller) -> dict[str, Any]:
    return {
        "access_token": grant.access_token,
        "access_token_expire_in": grant.access_expires,
        "refresh_token": grant.refresh_token,
        "refresh_token_expire_in": grant.refresh_expires,
        "open_id": seller.open_id,
        "seller_name": seller.name,
        "seller_base_region": seller.region,
        "user_type": 0,
        "granted_scopes": list(seller.scopes),
    }


@handles("GET /token/get")
def get_token(req: Request) -> dict[str, Any]:
    open_id = req.state.auth_codes.pop(req.query.get("auth_code", ""), None)
    if open_id is None:
        raise SandboxError(INVALID_AUTH_CODE, "auth_code is invalid, expired or already used")
    req.state.counters["token.get"] += 1
    return _token_data(req.state.new_grant(open_id), req.state.sellers[open_id])


@handles("GET /token/refresh")
def refresh_token(req: Request) -> dict[str, Any]:
    grant = req.state.grants_by_refresh.get(req.query.get("refresh_token", ""))
    if grant is None or grant.revoked or grant.refresh_revoked or grant.refresh_expires < req.state.now():
        raise SandboxError(INVALID_REFRESH_TOKEN, "refresh_token is invalid, revoked or expired")
    # Rotation with a grace: the refresh token used here keeps working until the new grant is first
    # used, so a client that dies before persisting the new tokens can still refresh. A client that
    # uses the new access token before persisting it loses its only valid refresh token.
    grant.confirm()
    req.state.counters["token.refresh"] += 1
    return _token_data(req.state.new_grant(grant.open_id, previous=grant), req.state.sellers[grant.open_id])


@handles("GET /authorization/*/shops")
def authorized_shops(req: Request) -> dict[str, Any]:
    assert req.seller is not None
    return {
        "shops": [
            {
                "id": s.id,
                "cipher": s.cipher,
                "name": s.name,
                "region": s.region,
                "code": s.code,
                "seller_type": s.seller_type,
            }
            for s in req.seller.shops
        ]
    }


# -- orders ---------------------------------------------------------------------------------------
def set_order_status(req: Request, order: dict[str, Any], status: str, now: int) -> None:
    """Move an order (and its line items) to ``status`` and emit the ``ORDER_STATUS_CHANGE`` webhook."""
    order["status"], order["update_time"] = status, now
    for item in order["line_items"]:
        item["display_status"] = status
    event = {"order_id": order["id"], "order_status": status, "is_on_hold_order": False, "update_time": now}
    req.events.append(("ORDER_STATUS_CHANGE", event))


def _order_matches(order: dict[str, Any], body: dict[str, Any]) -> bool:
    if body.get("order_status") and order["status"] != body["order_status"]:
        return False
    for field_name, key in (("create_time", "create_time"), ("update_time", "update_time")):
        if f"{field_name}_ge" in body and order[key] < int(body[f"{field_name}_ge"]):
            return False
        if f"{field_name}_lt" in body and order[key] >= int(body[f"{field_name}_lt"]):
            return False
    return True


@handles("POST /order/*/orders/search")
def search_orders(req: Request) -> dict[str, Any]:
    offset, size = req.page()
    matching = [o for o in req.orders().values() if _order_matches(o, req.body)]
    descending = req.query.get("sort_order", "DESC") != "ASC"
    sort_field = req.query.get("sort_field", "create_time")
    matching.sort(key=lambda o: (o.get(sort_field, 0), o["id"]), reverse=descending)
    return {
        "orders": matching[offset : offset + size],
        "total_count": len(matching),
        "next_page_token": next_token(offset, size, len(matching)),
    }


@handles("GET /order/*/orders")
def order_detail(req: Request) -> dict[str, Any]:
    ids = [i for i in req.query.get("ids", "").split(",") if i]
    if not ids or len(ids) > 50:
        raise SandboxError(INVALID_PARAMETER, "ids must list 1 to 50 order ids, comma-separated")
    orders = req.orders()
    return {"orders": [orders[i] for i in ids if i in orders]}


# -- fulfillment ----------------------------------------------------------------------------------
def _find_package(req: Request) -> tuple[str, list[dict[str, Any]]]:
    package_id = req.path_params.get("package_id", "")
    orders = [o for o in req.orders().values() if any(p["id"] == package_id for p in o.get("packages", []))]
    if not orders:
        raise SandboxError(NOT_FOUND, "package not found")
    return package_id, orders


@handles("POST /fulfillment/*/packages/{package_id}/ship")
def ship_package(req: Request) -> dict[str, Any]:
    package_id, orders = _find_package(req)
    for order in orders:
        if order["status"] != "AWAITING_SHIPMENT":
            raise SandboxError(INVALID_PARAMETER, f"order {order['id']} is {order['status']}, not AWAITING_SHIPMENT")
    now = req.state.now()
    for order in orders:
        set_order_status(req, order, "AWAITING_COLLECTION", now)
        for item in order["line_items"]:
            item["package_status"] = "PROCESSING"
    req.events.append(
        (
            "PACKAGE_UPDATE",
            {
                "package_id": package_id,
                "order_id": orders[0]["id"],
                "update_time": now,
                "sc_type": "SPLIT",
                "role_type": "SELLER",
            },
        )
    )
    req.state.counters["fulfillment.ship"] += 1
    return {}


@handles("GET /fulfillment/*/packages/{package_id}")
def package_detail(req: Request) -> dict[str, Any]:
    package_id, orders = _find_package(req)
    first = orders[0]
    return {
        "package_id": package_id,
        "package_status": "PROCESSING" if first["status"] == "AWAITING_COLLECTION" else "TO_FULFILL",
        "create_time": first["create_time"],
        "update_time": first["update_time"],
        "shipping_provider_id": first["shipping_provider_id"],
        "shipping_provider_name": first["shipping_provider"],
        "shipping_type": first["shipping_type"],
        "orders": [
            {
                "id": o["id"],
                "skus": [{"id": i["sku_id"], "name": i["sku_name"], "quantity": 1} for i in o["line_items"]],
            }
            for o in orders
        ],
        "order_line_item_ids": [i["id"] for o in orders for i in o["line_items"]],
    }


# -- webhooks -------------------------------------------------------------------------------------
@handles("GET /event/*/webhooks")
def get_webhooks(req: Request) -> dict[str, Any]:
    assert req.shop is not None
    hooks = req.state.webhooks.get(req.shop.id, {})
    return {
        "shop_id": req.shop.id,
        "webhooks": [
            {"event_type": event, "address": address, "create_time": 0, "update_time": 0}
            for event, address in sorted(hooks.items())
        ],
    }


@handles("PUT /event/*/webhooks")
def put_webhook(req: Request) -> dict[str, Any]:
    assert req.shop is not None
    address, event = req.body.get("address"), req.body.get("event_type")
    if not address or not event:
        raise SandboxError(INVALID_PARAMETER, "address and event_type are required")
    req.state.webhooks.setdefault(req.shop.id, {})[event] = address
    return {}


@handles("DELETE /event/*/webhooks")
def delete_webhook(req: Request) -> dict[str, Any]:
    assert req.shop is not None
    req.state.webhooks.get(req.shop.id, {}).pop(req.body.get("event_type", ""), None)
    return {}
