"""Models of the `seller` module.

The seller account behind the access token and its shops."""

from __future__ import annotations

from pydantic import Field

from tiktok_shop._contract import NullAsEmpty, ResponseModel

__all__ = [
    "GetPermissionsResponse",
    "GetShopGroupsResponse",
    "GetShopsResponse",
    "GroupShop",
    "Shop",
    "ShopGroup",
    "ShopGroupData",
]


class GetPermissionsResponse(ResponseModel):
    """The seller's permissions."""

    permissions: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Permission names, e.g. `MANAGE_GLOBAL_PRODUCT`."""


class GetShopGroupsResponse(ResponseModel):
    """The shop group and its shops."""

    shop_group_data: ShopGroupData | None = None
    """The group and its members."""


class GetShopsResponse(ResponseModel):
    """The seller's active shops."""

    shops: NullAsEmpty[list[Shop]] = Field(default_factory=list)
    """Active shops."""


class GroupShop(ResponseModel):
    """A shop of a shop group."""

    shop_id: str | None = None
    """Shop id."""

    seller_id: str | None = None
    """Id of the seller account that owns the shop."""

    shop_name: str | None = None
    """Shop name."""

    shop_region: str | None = None
    """Two-letter region code of the shop's market."""


class Shop(ResponseModel):
    """One active shop of the seller."""

    id: str | None = None
    """Shop id."""

    region: str | None = None
    """Two-letter region code of the shop's market, e.g. `GB`, `US`."""


class ShopGroup(ResponseModel):
    """The group itself."""

    source: str | None = None
    """How the group was formed."""

    shop_group_name: str | None = None
    """Name of the group."""


class ShopGroupData(ResponseModel):
    """The group and its members."""

    shop_group: ShopGroup | None = None
    """The group itself."""

    shops: NullAsEmpty[list[GroupShop]] = Field(default_factory=list)
    """Shops in the group."""
