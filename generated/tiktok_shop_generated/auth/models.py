"""Models of the `auth` module.

Token endpoints of the auth host (auth.tiktok-shops.com). They are not signed and take the app
secret in the query string, so they are called only by the SDK's token manager."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tiktok_shop._contract import NullAsEmpty, RequestModel, ResponseModel

__all__ = [
    "GetTokenQuery",
    "GetTokenResponse",
    "RefreshTokenQuery",
    "RefreshTokenResponse",
]


class GetTokenQuery(RequestModel):
    """Path and query parameters of AuthGetToken."""

    app_key: str = Field(min_length=1, strict=True)
    """The app's key from Partner Center; filled in by the client."""

    app_secret: str = Field(min_length=1, strict=True)
    """The app's secret; filled in by the client and never logged."""

    auth_code: str = Field(min_length=1, strict=True)
    """The code from the authorization redirect, valid once and for a short time."""

    grant_type: Literal["authorized_code"]
    """Always `authorized_code` for this exchange."""


class GetTokenResponse(ResponseModel):
    """A seller's grant as the auth host returns it."""

    access_token: str | None = None
    """Token sent in the `x-tts-access-token` header of every API call."""

    access_token_expire_in: int | None = None
    """Unix time (seconds) at which the access token expires; despite the name, not a duration."""

    refresh_token: str | None = None
    """Token that buys a new access token; may change on every refresh."""

    refresh_token_expire_in: int | None = None
    """Unix time (seconds) at which the refresh token expires."""

    open_id: str | None = None
    """Stable id of the seller account for this app."""

    seller_name: str | None = None
    """Display name of the seller."""

    seller_base_region: str | None = None
    """Two-letter region where the seller is registered."""

    user_type: int | None = None
    """Account kind; 0 is a seller, 1 a creator, 3 a partner."""

    granted_scopes: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Scopes the seller granted to the app."""


class RefreshTokenQuery(RequestModel):
    """Path and query parameters of AuthRefreshToken."""

    app_key: str = Field(min_length=1, strict=True)
    """The app's key from Partner Center; filled in by the client."""

    app_secret: str = Field(min_length=1, strict=True)
    """The app's secret; filled in by the client and never logged."""

    refresh_token: str = Field(min_length=1, strict=True)
    """The current refresh token of the seller's grant."""

    grant_type: Literal["authorized_code", "refresh_token"]
    """`refresh_token` per TikTok's docs, and what the token manager sends. TikTok's Node SDK sends
    `authorized_code` (the code exchange's value) on refresh as well, so both values are listed as seen."""


class RefreshTokenResponse(ResponseModel):
    """A seller's grant as the auth host returns it."""

    access_token: str | None = None
    """Token sent in the `x-tts-access-token` header of every API call."""

    access_token_expire_in: int | None = None
    """Unix time (seconds) at which the access token expires; despite the name, not a duration."""

    refresh_token: str | None = None
    """Token that buys a new access token; may change on every refresh."""

    refresh_token_expire_in: int | None = None
    """Unix time (seconds) at which the refresh token expires."""

    open_id: str | None = None
    """Stable id of the seller account for this app."""

    seller_name: str | None = None
    """Display name of the seller."""

    seller_base_region: str | None = None
    """Two-letter region where the seller is registered."""

    user_type: int | None = None
    """Account kind; 0 is a seller, 1 a creator, 3 a partner."""

    granted_scopes: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Scopes the seller granted to the app."""
