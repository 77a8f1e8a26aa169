"""Operation descriptors of the `seller` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    SellerGetPermissionsResponse,
    SellerGetShopGroupsResponse,
    SellerGetShopsResponse,
)

GET_PERMISSIONS: Operation[SellerGetPermissionsResponse] = Operation(
    id="SellerGetPermissions",
    module="seller",
    name="get_permissions",
    method="GET",
    path="/seller/202309/permissions",
    version="202309",
    summary="Get seller permissions",
    response_model=SellerGetPermissionsResponse,
    shop_scoped=False,
    retry_safe=True,
)

GET_SHOP_GROUPS: Operation[SellerGetShopGroupsResponse] = Operation(
    id="SellerGetShopGroups",
    module="seller",
    name="get_shop_groups",
    method="GET",
    path="/seller/202601/shop_groups",
    version="202601",
    summary="Get the shop group and its shops",
    response_model=SellerGetShopGroupsResponse,
    shop_scoped=False,
    retry_safe=True,
)

GET_SHOPS: Operation[SellerGetShopsResponse] = Operation(
    id="SellerGetShops",
    module="seller",
    name="get_shops",
    method="GET",
    path="/seller/202309/shops",
    version="202309",
    summary="Get active shops",
    response_model=SellerGetShopsResponse,
    shop_scoped=False,
    retry_safe=True,
)
