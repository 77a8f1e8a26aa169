"""Stateful packages: ship one or a batch (TikTok shipping or self-shipment), package detail.

Shipping with TikTok's label moves the order to ``AWAITING_COLLECTION`` (package ``PROCESSING``)
with a tracking number TikTok assigns; self-shipment (``self_shipment.tracking_number`` and a
provider) records the seller's carrier and tracking number and moves the order to
``IN_TRANSIT`` (package ``FULFILLING``), shipping type ``SELLER``. Both emit the webhooks TikTok
sends.
"""

from __future__ import annotations

import secrets
from typing import Any

from ._errors import INVALID_PARAMETER, NOT_FOUND, SandboxError
from ._handlers import Request, handles
from ._orders import set_order_status
from ._records import PACKAGE_STATUSES, TIKTOK_PROVIDER

SHIPPING_PROVIDERS = {
    TIKTOK_PROVIDER[0]: TIKTOK_PROVIDER[1],
    "7117858858072016686": "USPS",
    "7117859084333745966": "UPS",
    "7129736293935187714": "FedEx",
}
"""The carriers of the sandbox's delivery options (ids as TikTok's shipping provider list gives them)."""


def _package(req: Request, package_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    package = req.packages().get(package_id)
    if package is None:
        raise SandboxError(NOT_FOUND, f"package {package_id} not found")
    orders = req.orders()
    return package, [orders[i] for i in package["order_ids"]]


def _ship(req: Request, package_id: str, how: dict[str, Any]) -> None:
    """Ship one package as ``how`` says (the body of Ship package, or one item of Batch ship)."""
    package, orders = _package(req, package_id)
    for order in orders:
        if order["status"] != "AWAITING_SHIPMENT":
            raise SandboxError(INVALID_PARAMETER, f"order {order['id']} is {order['status']}, not AWAITING_SHIPMENT")
    now, self_shipment = req.state.now(), how.get("self_shipment")
    if self_shipment:
        provider_id = str(self_shipment.get("shipping_provider_id") or "")
        tracking = str(self_shipment.get("tracking_number") or "")
        if not tracking:
            raise SandboxError(INVALID_PARAMETER, "param self_shipment.tracking_number is missing")
        if provider_id not in SHIPPING_PROVIDERS:
            raise SandboxError(INVALID_PARAMETER, f"param self_shipment.shipping_provider_id {provider_id} is invalid")
        package.update(shipping_type="SELLER", handover_method=None, pickup_slot=None)
        status = "IN_TRANSIT"
    else:
        provider_id, tracking = TIKTOK_PROVIDER[0], f"TT{secrets.randbelow(10**12):012d}"
        package.update(shipping_type="TIKTOK", handover_method=how.get("handover_method") or "PICKUP")
        package["pickup_slot"] = how.get("pickup_slot") if package["handover_method"] == "PICKUP" else None
        status = "AWAITING_COLLECTION"
    provider = SHIPPING_PROVIDERS[provider_id]
    package.update(tracking_number=tracking, shipping_provider_id=provider_id, shipping_provider_name=provider,
                   update_time=now)  # fmt: skip
    for order in orders:
        order.update(tracking_number=tracking, shipping_provider_id=provider_id, shipping_provider=provider,
                     shipping_type=package["shipping_type"])  # fmt: skip
        for item in order["line_items"]:
            item.update(shipping_provider_id=provider_id, shipping_provider_name=provider)
        set_order_status(req, order, status, now)
    event = {"package_id": package_id, "order_id": orders[0]["id"], "update_time": now, "sc_type": "SPLIT",
             "role_type": "SELLER"}  # fmt: skip
    req.events.append(("PACKAGE_UPDATE", event))
    req.state.counters["fulfillment.ship"] += 1


@handles("POST /fulfillment/*/packages/{package_id}/ship")
def ship_package(req: Request) -> dict[str, Any]:
    _ship(req, req.path_params.get("package_id", ""), req.body)
    return {}


@handles("POST /fulfillment/*/packages/ship")
def batch_ship_packages(req: Request) -> dict[str, Any]:
    """Ships each package it can; the others are reported in ``errors``, by the id that was sent."""
    errors = []
    for item in req.body.get("packages") or []:
        package_id = str(item.get("id", ""))
        try:
            _ship(req, package_id, item)
        except SandboxError as exc:
            errors.append({"code": exc.code, "message": exc.message, "detail": {"package_id": package_id}})
    return {"errors": errors}


@handles("GET /fulfillment/*/packages/{package_id}")
def package_detail(req: Request) -> dict[str, Any]:
    package, orders = _package(req, req.path_params.get("package_id", ""))
    first = orders[0]
    items = [i for o in orders for i in o["line_items"]]
    answer = {key: package[key] for key in package if key not in ("id", "order_ids")}
    return answer | {
        "package_id": package["id"],
        "package_status": PACKAGE_STATUSES.get(first["status"], "TO_FULFILL"),
        "update_time": max(package["update_time"], *(o["update_time"] for o in orders)),
        "recipient_address": first["recipient_address"],
        "split_and_combine_tag": "DEFAULT" if len(orders) == 1 else "COMBINE",
        "has_multi_skus": len({i["sku_id"] for i in items}) > 1,
        "note_tag": "BUYER_NOTED" if any(o["buyer_message"] for o in orders) else "BUYER_UNNOTED",
        "last_mile_tracking_number": "",  # cross-border shipments only
        "ship_exception_reason": "",
        "orders": [
            {
                "id": o["id"],
                "skus": [{"id": i["sku_id"], "name": i["sku_name"], "quantity": 1} for i in o["line_items"]],
            }
            for o in orders
        ],
        "order_line_item_ids": [i["id"] for i in items],
    }


@handles("GET /logistics/*/delivery_options/{delivery_option_id}/shipping_providers")
def shipping_providers(req: Request) -> dict[str, Any]:
    return {"shipping_providers": [{"id": key, "name": name} for key, name in SHIPPING_PROVIDERS.items()]}
