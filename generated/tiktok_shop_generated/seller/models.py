"""Models of the `seller` module.

The seller account behind the access token and its shops."""

from __future__ import annotations

from tiktok_shop._contract import ResponseModel

__all__ = [
    "SellerGetPermissionsResponse",
    "SellerGetShopGroupsResponse",
    "SellerGetShopGroupsShopGroup",
    "SellerGetShopGroupsShopGroupData",
    "SellerGetShopsResponse",
    "SellerGroupShop",
    "SellerShop",
]


class SellerGetPermissionsResponse(ResponseModel):
    """The seller's permissions."""

    permissions: list[str] | None = None
    """Permission names, e.g. `MANAGE_GLOBAL_PRODUCT`."""


class SellerGetShopGroupsResponse(ResponseModel):
    """The shop group and its shops."""

    shop_group_data: SellerGetShopGroupsShopGroupData | None = None
    """The group and its members."""


class SellerGetShopGroupsShopGroup(ResponseModel):
    """The group itself."""

    source: str | None = None
    """How the group was formed."""

    shop_group_name: str | None = None
    """Name of the group."""


class SellerGetShopGroupsShopGroupData(ResponseModel):
    """The group and its members."""

    shop_group: SellerGetShopGroupsShopGroup | None = None
    """The group itself."""

    shops: list[SellerGroupShop] | None = None
    """Shops in the group."""


class SellerGetShopsResponse(ResponseModel):
    """The seller's active shops."""

    shops: list[SellerShop] | None = None
    """Active shops."""


class SellerGroupShop(ResponseModel):
    """A shop of a shop group."""

    shop_id: str | None = None
    """Shop id."""

    seller_id: str | None = None
    """Id of the seller account that owns the shop."""

    shop_name: str | None = None
    """Shop name."""

    shop_region: str | None = None
    """Two-letter region code of the shop's market."""


class SellerShop(ResponseModel):
    """One active shop of the seller."""

    id: str | None = None
    """Shop id."""

    region: str | None = None
    """Two-letter region code of the shop's market, e.g. `GB`, `US`."""
