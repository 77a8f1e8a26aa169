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

from tiktok_shop_generated import _registry

from ._clock import Clock

if TYPE_CHECKING:
    from ._explain import Explanation

from ._records import digits, make_bare_order, make_order, make_package, make_product

SCOPES: tuple[str, ...] = _registry.SCOPES
"""What a seller grants unless told otherwise: every scope an operation of the spec names."""


@dataclass
class Shop:
    id: str
    cipher: str
    name: str
    region: str
    code: str
    seller_type: str = "LOCAL"
    deactivated: bool = False  # TikTok answers 36009043 for it
    hourly_quota: int | None = None  # a development shop: calls an hour before 36009037


@dataclass
class Seller:
    open_id: str
    name: str
    region: str
    shops: list[Shop]
    scopes: tuple[str, ...] = SCOPES  # what the seller grants when authorizing (the app's enabled packages)
    deactivated: bool = False  # TikTok answers 36009044 for its tokens


@dataclass
class Grant:
    """One authorization of a seller: an access token and its (rotating) refresh token."""

    open_id: str
    access_token: str
    refresh_token: str
    access_expires: int
    refresh_expires: int
    scopes: tuple[str, ...] = ()  # granted at authorization; a refresh keeps them
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


@dataclass
class SandboxState:
    """All mutable state; every handler takes ``lock`` while it reads or writes."""

    app_key: str
    app_secret: str
    access_ttl: int = 7 * 86_400
    refresh_ttl: int = 365 * 86_400
    timestamp_window: int = 300
    sellers: dict[str, Seller] = field(default_factory=dict)
    auth_codes: dict[str, tuple[str, int]] = field(default_factory=dict)  # code -> (open_id, issued at)
    grants_by_access: dict[str, Grant] = field(default_factory=dict)
    grants_by_refresh: dict[str, Grant] = field(default_factory=dict)
    orders: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    products: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    # Per shop cipher: package records by id (see _records.make_package), promotion activities by id.
    packages: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    activities: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    # Webhook subscriptions per shop id: event type -> {address, create_time, update_time}.
    webhooks: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    # After-sales records per shop cipher: cancellations and returns by id (see _aftersales.py).
    cancellations: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    returns: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    search_limit: int = 10_000  # TikTok refuses searches matching more (12052180)
    expiry_notice: int = 7 * 86_400  # UPCOMING_AUTHORIZATION_EXPIRATION this long before (see _expiry.py)
    expiry_noticed: set[tuple[str, int]] = field(default_factory=set)  # (open_id, expiry) already notified
    # Sorted search indexes per (shop cipher, time field), with the values they were built from.
    order_indexes: dict[tuple[str, str], tuple[tuple[Any, ...], list[tuple[int, str]]]] = field(default_factory=dict)
    counters: Counter[str] = field(default_factory=Counter)
    ip_allowlist: tuple[str, ...] | None = None  # when set, other callers get 36009033
    hourly_calls: Counter[tuple[str, int]] = field(default_factory=Counter)  # (shop cipher, hour) -> calls
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
                    id=digits(rng, 16),
                    cipher=f"ROW_{secrets.token_urlsafe(18)}",
                    name=f"Sandbox shop {s}-{k}",
                    region=("US", "GB")[k],
                    code=f"SBX{s}{k}",
                )
                for k in range(2)
            ]
            seller = Seller(open_id=digits(rng), name=f"Sandbox seller {s}", region="US", shops=shops)
            state.sellers[seller.open_id] = seller
            for shop in shops:
                state.add_orders(shop, orders, rng, now=now)
                state.products[shop.cipher] = {p["id"]: p for p in (make_product(rng, i, now) for i in range(products))}
                state.activities[shop.cipher] = {}
        return state

    def add_orders(
        self,
        shop: Shop,
        count: int,
        rng: random.Random,
        *,
        now: int,
        between: tuple[int, int] | None = None,
        bare: bool = False,
    ) -> list[str]:
        """Add ``count`` orders (with their packages) to ``shop``; returns their ids.

        Statuses cycle through every order status. ``between``: creation times spread evenly over
        ``[start, end)``; by default ten minutes apart from 30 days before ``now``. ``bare``: orders
        with only an id, a status and times, and no package (for searches at scale).
        """
        orders = self.orders.setdefault(shop.cipher, {})
        packages = self.packages.setdefault(shop.cipher, {})
        start, end = between or (0, 0)
        first = len(orders)
        made = []
        for n in range(count):
            created = start + (end - start) * n // count if between else now - 30 * 86_400 + (first + n) * 600
            made.append(
                make_bare_order(rng, first + n, now, created)
                if bare
                else make_order(rng, shop.region, first + n, now, created)
            )
        for order in made:
            orders[order["id"]] = order
        for order in made if not bare else ():
            package_id = order["packages"][0]["id"]
            packages[package_id] = make_package(rng, package_id, order, shop.region)
        return [order["id"] for order in made]

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
            scopes=previous.scopes if previous is not None else self.sellers[open_id].scopes,
            previous=previous,
        )
        self.grants_by_access[grant.access_token] = grant
        self.grants_by_refresh[grant.refresh_token] = grant
        return grant
