"""Models of the `seller` module.

The seller account behind the access token and its shops."""

from __future__ import annotations

from tiktok_shop._contract import ResponseModel

__all__ = [
    "SellerGetPermissionsResponse",
    "SellerGetShopsResponse",
    "SellerShop",
]


class SellerGetPermissionsResponse(ResponseModel):
    """The seller's permissions."""

    permissions: list[str] | None = None
    """Permission names, e.g. `MANAGE_GLOBAL_PRODUCT`."""


class SellerGetShopsResponse(ResponseModel):
    """The seller's active shops."""

    shops: list[SellerShop] | None = None
    """Active shops."""


class SellerShop(ResponseModel):
    """One active shop of the seller."""

    id: str | None = None
    """Shop id."""

    region: str | None = None
    """Two-letter region code of the shop's market, e.g. `GB`, `US`."""
