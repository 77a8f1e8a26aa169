"""Who may call what, checked after the token: TikTok's refusals that depend on the caller.

In TikTok's order: the caller's IP against the app's allow-list (36009033), the seller's account
(36009044), the token's scopes (105005), the operation's ``shop_cipher`` rule (36009004 naming
``shop_cipher`` where it is forbidden, 106013 where it is missing or unknown, 101000 for another
seller's shop), the shop's account (36009043), the shop's region (21008106) and a development
shop's hourly quota (36009037). The situations no request leads to by itself (a deactivated
account, an allow-list, a quota, fewer scopes) are switched on with :class:`~._switches.Switches`.
"""

from __future__ import annotations

from typing import Any

from .._contract import Operation
from . import _errors as E
from ._errors import SandboxError
from ._handlers import Request
from ._state import Grant, SandboxState

__all__ = ["REGIONS", "admit", "check_caller"]

HOUR = 3600

# Operations TikTok's documentation offers in some markets only, among them the sandbox's (its shops
# are in the US and the UK, GB as shops carry it); elsewhere TikTok answers 21008106. Operations
# offered only in markets the sandbox has no shop in (SEA-only delivery updates, Brazil's invoices)
# are left out, so that every operation stays callable here.
REGIONS: dict[tuple[str, str], frozenset[str]] = {
    ("POST", "/fulfillment/202309/packages"): frozenset({"US"}),
    ("POST", "/fulfillment/202309/orders/{order_id}/shipping_services/query"): frozenset({"US"}),
    ("POST", "/fulfillment/202309/orders/{order_id}/packages"): frozenset(
        {"US", "GB", "ES", "IE", "IT", "DE", "FR", "JP"}
    ),
}


def check_caller(state: SandboxState, address: str | None) -> None:
    """Refuse a caller outside the app's IP allow-list, when the app has one."""
    allowed = state.ip_allowlist
    if allowed is not None and address not in allowed:
        raise SandboxError(E.IP_NOT_ALLOWED, f"IP {address} is not in the app's IP allow-list")


def admit(state: SandboxState, req: Request, op: Operation[Any], grant: Grant, cipher: str | None) -> None:
    """Check the seller, scopes and shop of a request whose token is valid; sets ``req.shop``."""
    seller = req.seller
    assert seller is not None
    if seller.deactivated:
        raise SandboxError(E.SELLER_DEACTIVATED, "the seller's account is deactivated")
    if op.scopes and set(grant.scopes).isdisjoint(op.scopes):
        raise SandboxError(
            E.MISSING_SCOPE,
            "Access denied: the access scopes granted to the app or the access token do not include "
            "the scope this API requires; the seller must authorize the app again",
        )
    if op.shop_cipher == "forbidden":
        if cipher:
            raise SandboxError(E.INVALID_PARAMETER, "param cipher is not allowed: this API takes no shop_cipher")
        return
    if not cipher:
        if op.shop_cipher == "required":
            raise SandboxError(E.INVALID_SHOP_CIPHER, "param shop_cipher is required: get it from Get Authorized Shops")
        req.shop = seller.shops[0] if seller.shops else None  # optional: the seller's (first) shop
        return
    found = state.shop_by_cipher(cipher)
    if found is None:
        raise SandboxError(E.INVALID_SHOP_CIPHER, "shop_cipher is not valid")
    if found[0] is not seller:
        raise SandboxError(E.FOREIGN_SHOP, "shop_cipher belongs to another seller")
    shop = req.shop = found[1]
    if shop.deactivated:
        raise SandboxError(E.SHOP_DEACTIVATED, "the shop's account is deactivated")
    markets = REGIONS.get((op.method, op.path))
    if markets is not None and shop.region not in markets:
        offered = ", ".join(sorted(markets))
        raise SandboxError(E.NOT_IN_REGION, f"this API is not available in {shop.region}; it is offered in {offered}")
    if shop.hourly_quota is not None:
        _count_call(state, shop.cipher, shop.hourly_quota)


def _count_call(state: SandboxState, cipher: str, quota: int) -> None:
    """A development shop's calls this hour (sandbox clock): past the quota, 36009037 until the hour ends."""
    now = state.now()
    hour = now // HOUR
    if state.hourly_calls[(cipher, hour)] >= quota:
        wait = (hour + 1) * HOUR - now
        raise SandboxError(
            E.HOURLY_QUOTA,
            f"the development shop's quota of {quota} calls an hour is used up",
            headers={"retry-after": str(wait)},
        )
    state.hourly_calls[(cipher, hour)] += 1
