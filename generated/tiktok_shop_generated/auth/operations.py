"""Operation descriptors of the `auth` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    GetTokenQuery,
    GetTokenResponse,
    RefreshTokenQuery,
    RefreshTokenResponse,
)

GET_TOKEN: Operation[GetTokenResponse] = Operation(
    id="AuthGetToken",
    module="auth",
    name="get_token",
    method="GET",
    path="/token/get",
    version=None,
    summary="Exchange an authorization code for tokens",
    response_model=GetTokenResponse,
    shop_cipher="forbidden",
    retry_safe=False,
    host="auth",
    query_model=GetTokenQuery,
    query_params=(
        "app_key",
        "app_secret",
        "auth_code",
        "grant_type",
    ),
)

REFRESH_TOKEN: Operation[RefreshTokenResponse] = Operation(
    id="AuthRefreshToken",
    module="auth",
    name="refresh_token",
    method="GET",
    path="/token/refresh",
    version=None,
    summary="Refresh an access token",
    response_model=RefreshTokenResponse,
    shop_cipher="forbidden",
    retry_safe=False,
    host="auth",
    query_model=RefreshTokenQuery,
    query_params=(
        "app_key",
        "app_secret",
        "refresh_token",
        "grant_type",
    ),
)
