"""Operation descriptors of the `seller` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    GetPermissionsResponse,
    GetShopGroupsResponse,
    GetShopsResponse,
)

GET_PERMISSIONS: Operation[GetPermissionsResponse] = Operation(
    id="SellerGetPermissions",
    module="seller",
    name="get_permissions",
    method="GET",
    path="/seller/202309/permissions",
    version="202309",
    summary="Get seller permissions",
    response_model=GetPermissionsResponse,
    shop_cipher="forbidden",
    retry_safe=True,
    scopes=("seller.shop.info",),
)

GET_SHOP_GROUPS: Operation[GetShopGroupsResponse] = Operation(
    id="SellerGetShopGroups",
    module="seller",
    name="get_shop_groups",
    method="GET",
    path="/seller/202601/shop_groups",
    version="202601",
    summary="Get the shop group and its shops",
    response_model=GetShopGroupsResponse,
    shop_cipher="forbidden",
    retry_safe=True,
)

GET_SHOPS: Operation[GetShopsResponse] = Operation(
    id="SellerGetShops",
    module="seller",
    name="get_shops",
    method="GET",
    path="/seller/202309/shops",
    version="202309",
    summary="Get active shops",
    response_model=GetShopsResponse,
    shop_cipher="forbidden",
    retry_safe=True,
    scopes=("seller.shop.info",),
)
