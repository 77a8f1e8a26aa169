"""Operation descriptors of the `authorization` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    DeauthorizeShopResponse,
    GetCategoryAssetsResponse,
    GetShopsResponse,
    GetWidgetTokenQuery,
    GetWidgetTokenResponse,
)

DEAUTHORIZE_SHOP: Operation[DeauthorizeShopResponse] = Operation(
    id="AuthorizationDeleteShops",
    module="authorization",
    name="deauthorize_shop",
    method="DELETE",
    path="/authorization/202403/shops",
    version="202403",
    summary="Deauthorize a shop",
    response_model=DeauthorizeShopResponse,
    shop_cipher="required",
    retry_safe=False,
)

GET_CATEGORY_ASSETS: Operation[GetCategoryAssetsResponse] = Operation(
    id="AuthorizationGetCategoryAssets",
    module="authorization",
    name="get_category_assets",
    method="GET",
    path="/authorization/202405/category_assets",
    version="202405",
    summary="Get authorized category assets",
    response_model=GetCategoryAssetsResponse,
    shop_cipher="forbidden",
    retry_safe=True,
    scopes=("partner.authorization.info",),
)

GET_SHOPS: Operation[GetShopsResponse] = Operation(
    id="AuthorizationGetShops",
    module="authorization",
    name="get_shops",
    method="GET",
    path="/authorization/202309/shops",
    version="202309",
    summary="Get authorized shops",
    response_model=GetShopsResponse,
    shop_cipher="forbidden",
    retry_safe=True,
    scopes=("seller.authorization.info",),
)

GET_WIDGET_TOKEN_202312: Operation[GetWidgetTokenResponse] = Operation(
    id="AuthorizationGetWidgetToken202312",
    module="authorization",
    name="get_widget_token",
    method="GET",
    path="/authorization/202312/widget_token",
    version="202312",
    summary="Get a widget token (202312)",
    response_model=GetWidgetTokenResponse,
    shop_cipher="forbidden",
    retry_safe=True,
    query_model=GetWidgetTokenQuery,
    query_params=("shop_id",),
    latest=False,
)

GET_WIDGET_TOKEN: Operation[GetWidgetTokenResponse] = Operation(
    id="AuthorizationGetWidgetToken",
    module="authorization",
    name="get_widget_token",
    method="GET",
    path="/authorization/202401/widget_token",
    version="202401",
    summary="Get a widget token",
    response_model=GetWidgetTokenResponse,
    shop_cipher="forbidden",
    retry_safe=True,
    query_model=GetWidgetTokenQuery,
    query_params=("shop_id",),
)
