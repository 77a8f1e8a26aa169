"""The shops' records as TikTok shapes them: orders, their packages, products.

Records hold what the sandbox's state machine knows; every other documented field is filled
when an answer is built (:mod:`._answers`). A field set to ``None`` is one TikTok leaves out in
the record's state: :func:`set_status` keeps the milestone times, tracking numbers and
cancellation fields of an order in step with its status.
"""

from __future__ import annotations

import random
from functools import cache
from typing import Any

__all__ = [
    "ORDER_STATUSES",
    "PACKAGE_STATUSES",
    "digits",
    "make_order",
    "make_package",
    "make_product",
    "set_status",
]

ORDER_STATUSES = (
    "UNPAID",
    "ON_HOLD",
    "AWAITING_SHIPMENT",
    "AWAITING_COLLECTION",
    "IN_TRANSIT",
    "DELIVERED",
    "COMPLETED",
    "CANCELLED",
)
PACKAGE_STATUSES = {
    "AWAITING_COLLECTION": "PROCESSING",
    "IN_TRANSIT": "FULFILLING",
    "DELIVERED": "COMPLETED",
    "COMPLETED": "COMPLETED",
    "CANCELLED": "CANCELLED",
}  # the package's status for each order status; TO_FULFILL before
PAID = {"ON_HOLD", "AWAITING_SHIPMENT", "AWAITING_COLLECTION", "IN_TRANSIT", "DELIVERED", "COMPLETED"}
SHIPPED = {"AWAITING_COLLECTION", "IN_TRANSIT", "DELIVERED", "COMPLETED"}
COLLECTED = {"IN_TRANSIT", "DELIVERED", "COMPLETED"}
DELIVERED = {"DELIVERED", "COMPLETED"}
# How a seeded order got to its status: (status, seconds after creation).
_PATHS = {
    "ON_HOLD": (("ON_HOLD", 30),),
    "CANCELLED": (("AWAITING_SHIPMENT", 30), ("CANCELLED", 7_200)),
}
_FORWARD = (("AWAITING_SHIPMENT", 30), ("AWAITING_COLLECTION", 86_400), ("IN_TRANSIT", 129_600),
            ("DELIVERED", 345_600), ("COMPLETED", 950_400))  # fmt: skip
TIKTOK_PROVIDER = ("6617675021119438849", "TT Virtual express")
DAY = 86_400


def digits(rng: random.Random, n: int = 19) -> str:
    return str(rng.randrange(10 ** (n - 1), 10**n))


def set_status(order: dict[str, Any], status: str, at: int, *, cancelled_by: str = "SELLER", reason: str = "") -> None:
    """Move ``order`` to ``status`` at time ``at``: milestones reached get their time, later ones go.

    A cancelled order keeps the milestones it reached and gains the cancellation fields.
    """
    order["status"], order["update_time"] = status, at
    for field, reached in (("paid_time", PAID), ("rts_time", SHIPPED), ("collection_time", COLLECTED),
                           ("delivery_time", DELIVERED)):  # fmt: skip
        if status in reached:
            order[field] = order.get(field) or at
        elif status != "CANCELLED":
            order[field] = None
    cancelled = status == "CANCELLED"
    order["cancel_order_sla_time"] = order["create_time"] + DAY if status == "UNPAID" else None
    order["cancel_time"] = at if cancelled else None
    order["cancel_reason"] = (reason or "Buyer changed mind") if cancelled else None
    order["cancellation_initiator"] = cancelled_by if cancelled else None
    for line in order["line_items"]:
        for item in (line, *(line.get("sub_item_info") or ())):
            item["display_status"] = status
            item["package_status"] = PACKAGE_STATUSES.get(status, "TO_FULFILL")
            item["rts_time"] = order["rts_time"]
            item["tracking_number"] = order["tracking_number"]
            item["cancel_reason"] = order["cancel_reason"]
            item["cancel_user"] = order["cancellation_initiator"]


def make_package(rng: random.Random, package_id: str, order: dict[str, Any], shop_region: str) -> dict[str, Any]:
    """The sandbox's record of a package: how it ships and what it weighs, for package detail."""
    return {
        "id": package_id,
        "order_ids": [order["id"]],
        "create_time": order["create_time"] + 30,
        "update_time": order["update_time"],
        "shipping_type": "TIKTOK",
        "shipping_provider_id": TIKTOK_PROVIDER[0],
        "shipping_provider_name": TIKTOK_PROVIDER[1],
        "tracking_number": order["tracking_number"],
        "handover_method": "PICKUP" if order["tracking_number"] else None,
        "pickup_slot": None,
        "warehouse_id": order["warehouse_id"],
        "delivery_option_id": order["delivery_option_id"],
        "delivery_option_name": order["delivery_option_name"],
        "weight": {"value": str(rng.randrange(100, 5000)), "unit": "GRAM"},
        "dimension": {
            "length": str(rng.randrange(10, 60)),
            "width": str(rng.randrange(10, 40)),
            "height": str(rng.randrange(2, 30)),
            "unit": "CM",
        },
        "sender_address": {
            "name": "Sandbox warehouse",
            "phone_number": "(+1)408-***-0100",
            "region_code": shop_region,
            "postal_code": "95131",
            "address_line1": "2001 Gateway Pl",
            "full_address": "2001 Gateway Pl, San Jose, CA 95131",
        },
    }


def make_order(
    rng: random.Random, shop_region: str, index: int, now: int, created: int | None = None
) -> dict[str, Any]:
    """An order shaped like TikTok's, moved along the usual path towards a status chosen by ``index``.

    ``created`` defaults to 30 days before ``now`` plus ten minutes per ``index``. The path stops
    at ``now``: an order created an hour ago is not delivered yet.
    """
    status = ORDER_STATUSES[index % len(ORDER_STATUSES)]
    created = now - DAY * 30 + index * 600 if created is None else created
    price = f"{rng.randrange(500, 20000) / 100:.2f}"
    sku_id, product_id, package_id = digits(rng), digits(rng), digits(rng)
    line_item = {
        "id": digits(rng),
        "sku_id": sku_id,
        "product_id": product_id,
        "product_name": f"Sandbox product {index % 37}",
        "sku_name": "Default",
        "seller_sku": f"SKU-{index % 37:03d}",
        "sale_price": price,
        "original_price": price,
        "platform_discount": "0",
        "seller_discount": "0",
        "currency": "USD",
        "package_id": package_id,
        "is_gift": False,
        "sku_type": "NORMAL",
        "shipping_provider_id": TIKTOK_PROVIDER[0],
        "shipping_provider_name": TIKTOK_PROVIDER[1],
        "warehouse_id": "6955005333819123123",
        "is_unboxing_item": False,
        # Bundles and blind boxes only (see _vary).
        "combined_listing_skus": None,
        "sub_item_info": None,
        "unboxing_case_list": None,
        "unboxing_sku_code": None,
    }
    order: dict[str, Any] = {
        "id": str(576_000_000_000_000_000 + index),
        "create_time": created,
        "user_id": digits(rng),
        "buyer_email": f"buyer{index}@chat.seller.tiktok.com",
        "buyer_nickname": f"buyer_{index}",
        "buyer_message": "",
        "seller_note": "",
        "commerce_platform": "TIKTOK_SHOP",
        "delivery_type": "HOME_DELIVERY",
        "fulfillment_type": "FULFILLMENT_BY_SELLER",
        "shipping_type": "TIKTOK",
        "shipping_provider": TIKTOK_PROVIDER[1],
        "shipping_provider_id": TIKTOK_PROVIDER[0],
        "delivery_option_id": "7091146663229654785",
        "delivery_option_name": "Standard shipping",
        "tracking_number": f"TT{digits(rng, 12)}" if status in SHIPPED else None,
        "order_type": "",
        "release_date": None,  # pre-orders only
        "split_or_combine_tag": None,
        "is_cod": False,
        "is_on_hold_order": status == "ON_HOLD",
        "is_sample_order": False,
        "is_replacement_order": False,
        "replaced_order_id": None,
        "is_exchange_order": False,
        "exchange_source_order_id": None,
        "is_buyer_request_cancel": False,
        "request_cancel_time": None,
        "has_updated_recipient_address": False,
        "payment_method_name": "CCDC",
        "warehouse_id": "6955005333819123123",
        "rts_sla_time": created + 2 * DAY,
        "shipping_due_time": created + 2 * DAY,
        "tts_sla_time": created + 3 * DAY,
        "collection_due_time": created + 5 * DAY,
        "delivery_sla_time": created + 8 * DAY,
        "delivery_option_required_delivery_time": created + 8 * DAY,
        "delivery_due_time": created + 10 * DAY,
        "line_items": [line_item],
        "packages": [{"id": package_id}],
        "payment": {
            "currency": "USD",
            "sub_total": price,
            "total_amount": price,
            "shipping_fee": "0",
            "seller_discount": "0",
            "platform_discount": "0",
            "original_total_product_price": price,
            "original_shipping_fee": "0",
            "tax": "0",
        },
        "recipient_address": {
            "name": f"Buyer {index}",
            "first_name": "Buyer",
            "last_name": str(index),
            "phone_number": "(+1)213-***-1234",
            "postal_code": "95110",
            "region_code": shop_region,
            "full_address": "1199 Coleman Ave San Jose, CA 95110",
            "address_line1": "1199 Coleman Ave",
            "address_line2": "",
            "address_detail": "",
            "district_info": [
                {"address_level": "L0", "address_level_name": "Country", "address_name": "United States"}
            ],
        },
    }
    _vary(order, index)
    _move_along(order, status, created, now)
    return order


def make_bare_order(rng: random.Random, index: int, now: int, created: int) -> dict[str, Any]:
    """An order with only what a search filters and sorts on (id, status, times): scale tests seed
    tens of thousands of them in a blink, and each costs the client little to parse.

    Every other documented field is ``None`` (left out of answers, not completed from the schema).
    """
    order: dict[str, Any] = dict.fromkeys(_order_fields())
    order |= {"id": digits(rng), "create_time": created, "line_items": []}
    _move_along(order, ORDER_STATUSES[index % len(ORDER_STATUSES)], created, now)
    return order


@cache
def _order_fields() -> tuple[str, ...]:
    from ._router import load_spec

    return tuple(load_spec()["components"]["schemas"]["OrderOrder"]["properties"])


def _move_along(order: dict[str, Any], status: str, created: int, now: int) -> None:
    """Move a new order along the usual path towards ``status``, stopping at ``now``."""
    set_status(order, "UNPAID", created)
    for step, offset in _PATHS.get(status) or _FORWARD[: _FORWARD_INDEX.get(status, 0)]:
        if created + offset > now:  # a recent order has not got this far yet
            break
        set_status(order, step, created + offset)


_FORWARD_INDEX = {status: i + 1 for i, (status, _) in enumerate(_FORWARD)}


_SUB_ITEM_KEYS = ("currency", "package_id", "product_id", "product_name", "sku_id", "sku_name", "seller_sku",
                  "sale_price", "original_price", "platform_discount", "seller_discount", "shipping_provider_id",
                  "shipping_provider_name", "warehouse_id")  # fmt: skip


def _vary(order: dict[str, Any], index: int) -> None:
    """A few orders of the kinds TikTok marks with extra fields.

    Pre-orders, replacements, exchanges, a seller-defined bundle (its items listed in
    ``sub_item_info``) and a blind box (the unboxed item's codes).
    """
    earlier = str(576_000_000_000_000_000 + max(index - 1, 0))
    item = order["line_items"][0]
    if index % 19 == 4:
        item["combined_listing_skus"] = [
            {
                "product_id": item["product_id"],
                "sku_id": item["sku_id"],
                "seller_sku": item["seller_sku"],
                "sku_count": 2,
            }
        ]
        item["sub_item_info"] = [
            {key: item[key] for key in _SUB_ITEM_KEYS}
            | {"id": f"{item['id']}{n}", "seller_sku": f"{item['seller_sku']}-{n}"}
            for n in (1, 2)
        ]
    if index % 41 == 5:
        item.update(is_unboxing_item=True, unboxing_sku_code=f"BOX-{index}",
                    unboxing_case_list=[{"unbox_sku": f"BOX-{index}-A", "unbox_sku_type": "NORMAL"}])  # fmt: skip
    if index % 23 == 0:
        order.update(order_type="PRE_ORDER", release_date=order["create_time"] + 3 * DAY)
        item["sku_type"] = "PRE_ORDER"
    if index % 29 == 1:
        order.update(is_replacement_order=True, replaced_order_id=earlier, split_or_combine_tag="SPLIT")
    if index % 31 == 2:
        order.update(is_exchange_order=True, exchange_source_order_id=earlier)


def make_product(rng: random.Random, index: int, now: int) -> dict[str, Any]:
    """A product shaped like TikTok's product detail."""
    price = f"{rng.randrange(500, 20000) / 100:.2f}"
    created = now - DAY * 60 + index * 3600
    return {
        "id": str(1_729_592_969_712_200_000 + index),
        "title": f"Sandbox product {index}",
        "description": "<p>A product of the sandbox.</p>",
        "status": "ACTIVATE",
        "create_time": created,
        "update_time": created,
        "category_chains": [{"id": "600001", "parent_id": "0", "local_name": "Home", "is_leaf": True}],
        "main_images": [{"uri": f"tos-sandbox/{index}", "height": 600, "width": 600, "urls": [], "thumb_urls": []}],
        "skus": [
            {
                "id": str(1_729_592_969_712_300_000 + index),
                "seller_sku": f"SKU-{index:03d}",
                "price": {"currency": "USD", "sale_price": price, "tax_exclusive_price": price},
                "inventory": [{"warehouse_id": "7068517275539719942", "quantity": 100 + index}],
            }
        ],
        "is_cod_allowed": False,
        "sales_regions": ["US"],
    }
