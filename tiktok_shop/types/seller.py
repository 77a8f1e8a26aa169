"""Models of the `seller` module.

The seller account behind the access token and its shops.

Generated from `spec/` by `python -m generator`; do not edit. Field tables: `docs/api/seller.md`."""

from tiktok_shop_generated.seller.models import (
    GetPermissionsResponse,
    GetShopGroupsResponse,
    GetShopsResponse,
    GroupShop,
    Shop,
    ShopGroup,
    ShopGroupData,
)

__all__ = [
    "GetPermissionsResponse",
    "GetShopGroupsResponse",
    "GetShopsResponse",
    "GroupShop",
    "Shop",
    "ShopGroup",
    "ShopGroupData",
]
