"""The sandbox's world: one app, sellers with shops, tokens, and the shops' data.

Everything lives in memory behind one lock; data is generated deterministically from a seed so
that tests and the demo see the same shops, orders and products on every run.
"""

from __future__ import annotations

import random
import secrets
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ._clock import Clock

if TYPE_CHECKING:
    from ._explain import Explanation

ORDER_STATUSES = (
    "UNPAID",
    "ON_HOLD",
    "AWAITING_SHIPMENT",
    "AWAITING_COLLECTION",
    "IN_TRANSIT",
    "DELIVERED",
    "COMPLETED",
)
SCOPES = (
    "seller.authorization.info",
    "seller.shop.info",
    "seller.order.info",
    "seller.product.basic",
    "seller.fulfillment.basic",
    "seller.logistics",
    "seller.finance.info",
    "seller.return_refund.basic",
    "seller.promotion.info",
    "seller.customer_service",
)


@dataclass
class Shop:
    id: str
    cipher: str
    name: str
    region: str
    code: str
    seller_type: str = "LOCAL"


@dataclass
class Seller:
    open_id: str
    name: str
    region: str
    shops: list[Shop]
    scopes: tuple[str, ...] = SCOPES


@dataclass
class Grant:
    """One authorization of a seller: an access token and its (rotating) refresh token."""

    open_id: str
    access_token: str
    refresh_token: str
    access_expires: int
    refresh_expires: int
    revoked: bool = False  # replaced by a rotation: neither token works
    refresh_revoked: bool = False  # the seller withdrew consent: the refresh token stops working
    previous: Grant | None = None

    def confirm(self) -> None:
        """First use of this grant: the grant it replaced stops working (rotation grace ends)."""
        if self.previous is not None:
            self.previous.revoked = True
            self.previous = None


@dataclass
class LogEntry:
    method: str
    path: str
    operation: str | None
    status: int
    code: int
    at: float
    # Filled in by the request's trace (see _trace.py); the console shows them.
    duration_ms: float | None = None
    signature: str | None = None  # "valid", "refused", or None when not checked
    explanation: Explanation | None = None


def _digits(rng: random.Random, n: int = 19) -> str:
    return str(rng.randrange(10 ** (n - 1), 10**n))


def make_order(rng: random.Random, shop: Shop, index: int, now: int) -> dict[str, Any]:
    """An order shaped like TikTok's (same fields, types and nesting as the documented payload)."""
    status = ORDER_STATUSES[index % len(ORDER_STATUSES)]
    created = now - 86_400 * 30 + index * 600
    price = f"{rng.randrange(500, 20000) / 100:.2f}"
    sku_id, product_id, package_id = _digits(rng), _digits(rng), _digits(rng)
    line_item = {
        "id": _digits(rng),
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
        "display_status": status,
        "package_id": package_id,
        "package_status": "TO_FULFILL",
        "is_gift": False,
        "sku_type": "NORMAL",
    }
    return {
        "id": str(576_000_000_000_000_000 + index),
        "status": status,
        "create_time": created,
        "update_time": created + 60,
        "paid_time": created + 30,
        "user_id": _digits(rng),
        "buyer_email": f"buyer{index}@chat.seller.tiktok.com",
        "buyer_message": "",
        "commerce_platform": "TIKTOK_SHOP",
        "delivery_type": "HOME_DELIVERY",
        "fulfillment_type": "FULFILLMENT_BY_SELLER",
        "shipping_type": "TIKTOK",
        "shipping_provider": "TT Virtual express",
        "shipping_provider_id": "6617675021119438849",
        "is_cod": False,
        "is_on_hold_order": status == "ON_HOLD",
        "is_sample_order": False,
        "is_replacement_order": False,
        "is_buyer_request_cancel": False,
        "has_updated_recipient_address": False,
        "payment_method_name": "CCDC",
        "warehouse_id": "6955005333819123123",
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
            "region_code": shop.region,
            "full_address": "1199 Coleman Ave San Jose, CA 95110",
            "address_line1": "1199 Coleman Ave",
            "district_info": [
                {"address_level": "L0", "address_level_name": "Country", "address_name": "United States"}
            ],
        },
    }


def make_product(rng: random.Random, index: int, now: int) -> dict[str, Any]:
    """A product shaped like TikTok's product detail."""
    price = f"{rng.randrange(500, 20000) / 100:.2f}"
    created = now - 86_400 * 60 + index * 3600
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


@dataclass
class SandboxState:
    """All mutable state; every handler takes ``lock`` while it reads or writes."""

    app_key: str
    app_secret: str
    access_ttl: int = 7 * 86_400
    refresh_ttl: int = 365 * 86_400
    timestamp_window: int = 300
    sellers: dict[str, Seller] = field(default_factory=dict)
    auth_codes: dict[str, str] = field(default_factory=dict)
    grants_by_access: dict[str, Grant] = field(default_factory=dict)
    grants_by_refresh: dict[str, Grant] = field(default_factory=dict)
    orders: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    products: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    webhooks: dict[str, dict[str, str]] = field(default_factory=dict)
    # After-sales records per shop cipher: cancellations and returns by id (see _aftersales.py).
    cancellations: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    returns: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    counters: Counter[str] = field(default_factory=Counter)
    log: list[LogEntry] = field(default_factory=list)
    lock: threading.RLock = field(default_factory=threading.RLock)
    clock: Clock = field(default_factory=Clock)

    @classmethod
    def seeded(cls, app_key: str, app_secret: str, *, orders: int, products: int, seed: int) -> SandboxState:
        state = cls(app_key=app_key, app_secret=app_secret)
        rng = random.Random(seed)
        now = int(time.time())
        for s in range(2):
            shops = [
                Shop(
                    id=_digits(rng, 16),
                    cipher=f"ROW_{secrets.token_urlsafe(18)}",
                    name=f"Sandbox shop {s}-{k}",
                    region=("US", "GB")[k],
                    code=f"SBX{s}{k}",
                )
                for k in range(2)
            ]
            seller = Seller(open_id=_digits(rng), name=f"Sandbox seller {s}", region="US", shops=shops)
            state.sellers[seller.open_id] = seller
            for shop in shops:
                state.orders[shop.cipher] = {o["id"]: o for o in (make_order(rng, shop, i, now) for i in range(orders))}
                state.products[shop.cipher] = {p["id"]: p for p in (make_product(rng, i, now) for i in range(products))}
        return state

    def now(self) -> int:
        """The sandbox clock (unix seconds): times in answers and records come from it."""
        return int(self.clock.now())

    def shop_by_cipher(self, cipher: str) -> tuple[Seller, Shop] | None:
        for seller in self.sellers.values():
            for shop in seller.shops:
                if shop.cipher == cipher:
                    return seller, shop
        return None

    def new_grant(self, open_id: str, previous: Grant | None = None) -> Grant:
        now = self.now()
        grant = Grant(
            open_id=open_id,
            access_token=f"TTP_{secrets.token_urlsafe(24)}",
            refresh_token=f"TTP_{secrets.token_urlsafe(24)}",
            access_expires=now + self.access_ttl,
            refresh_expires=now + self.refresh_ttl,
            previous=previous,
        )
        self.grants_by_access[grant.access_token] = grant
        self.grants_by_refresh[grant.refresh_token] = grant
        return grant
