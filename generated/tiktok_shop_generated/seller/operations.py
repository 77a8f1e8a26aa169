"""Operation descriptors of the `seller` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    SellerGetPermissionsResponse,
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
