"""Switches for the situations no request leads to by itself (``sandbox.switches``).

TikTok refuses calls for reasons set outside the API: a shop or seller account deactivated, the
app's IP allow-list, a development shop's hourly quota, the scopes a seller granted. Each switch
puts the sandbox in that situation, and the sandbox then answers as TikTok does (see ``_access``).
The control API's ``/_sandbox/api/switches`` drives the same switches over HTTP.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._state import SCOPES, SandboxState, Seller, Shop

__all__ = ["Switches"]


class Switches:
    """Situations TikTok sets outside the API, switched on (and off) for one sandbox."""

    def __init__(self, state: SandboxState) -> None:
        self.state = state

    def deactivate_shop(self, shop: str, *, deactivated: bool = True) -> None:
        """Every call for ``shop`` (its id or cipher) is refused with 36009043."""
        with self.state.lock:
            self._shop(shop).deactivated = deactivated

    def deactivate_seller(self, seller: str | None = None, *, deactivated: bool = True) -> None:
        """Every call with the seller's tokens (default: the first seller) is refused with 36009044."""
        with self.state.lock:
            self._seller(seller).deactivated = deactivated

    def limit_hourly(self, shop: str, calls: int | None) -> None:
        """Make ``shop`` a development shop allowed ``calls`` an hour (sandbox clock), counting from
        now on; ``None`` lifts the limit."""
        if calls is not None and (isinstance(calls, bool) or not isinstance(calls, int) or calls < 0):
            raise ValueError(f"calls must be a whole number of calls an hour, or None; got {calls!r}")
        with self.state.lock:
            found = self._shop(shop)
            found.hourly_quota = calls
            for key in [key for key in self.state.hourly_calls if key[0] == found.cipher]:
                del self.state.hourly_calls[key]

    def allow_ips(self, addresses: Iterable[str] | None) -> None:
        """Set the app's IP allow-list (callers elsewhere get 36009033); ``None`` allows every caller."""
        if isinstance(addresses, str):
            raise ValueError("addresses must be a list of IP addresses, not one string")
        self.state.ip_allowlist = None if addresses is None else tuple(addresses)

    def grant_scopes(self, scopes: Iterable[str] | None, seller: str | None = None) -> None:
        """The scopes the seller grants from now on (``None``: every scope); tokens issued before keep
        theirs, as on TikTok, where a seller authorizes again to grant a newly enabled package."""
        if isinstance(scopes, str):
            raise ValueError("scopes must be a list of scope names, not one string")
        with self.state.lock:
            self._seller(seller).scopes = SCOPES if scopes is None else tuple(scopes)

    def as_json(self) -> dict[str, Any]:
        """What is switched on: the allow-list, and per seller and shop what differs from TikTok's default."""
        with self.state.lock:
            return {
                "ip_allowlist": None if self.state.ip_allowlist is None else list(self.state.ip_allowlist),
                "sellers": [
                    {
                        "open_id": seller.open_id,
                        "deactivated": seller.deactivated,
                        "scopes": None if seller.scopes == SCOPES else list(seller.scopes),
                        "shops": [
                            {"id": s.id, "deactivated": s.deactivated, "hourly_quota": s.hourly_quota}
                            for s in seller.shops
                        ],
                    }
                    for seller in self.state.sellers.values()
                ],
            }

    def _shop(self, key: str) -> Shop:
        for seller in self.state.sellers.values():
            for shop in seller.shops:
                if key in (shop.id, shop.cipher):
                    return shop
        raise KeyError(f"no sandbox shop {key!r}")

    def _seller(self, open_id: str | None) -> Seller:
        key = open_id or next(iter(self.state.sellers))
        if key not in self.state.sellers:
            raise KeyError(f"no sandbox seller {key!r}")
        return self.state.sellers[key]
