"""The `auth` resources: sync and async twins, raw-response and version views.

Token endpoints of the auth host (auth.tiktok-shops.com). They are not signed and take the app
secret in the query string, so they are called only by the SDK's token manager."""

from __future__ import annotations

from typing import Literal

from tiktok_shop._contract import (
    AsyncRequester,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    GetTokenResponse,
    RefreshTokenResponse,
)


class AuthResource:
    """Token endpoints of the auth host (auth.tiktok-shops.com). They are not signed and take the app
    secret in the query string, so they are called only by the SDK's token manager."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def get_token(
        self,
        *,
        app_key: str,
        app_secret: str,
        auth_code: str,
        grant_type: Literal["authorized_code"],
    ) -> GetTokenResponse:
        """Exchange an authorization code for tokens.

        Trades the one-time `auth_code` a seller's authorization redirect delivered for an access token and
        a refresh token. The code is single-use, so a failed exchange is not retried.

        `GET /token/get`

        Args:
            app_key: The app's key from Partner Center; filled in by the client.
            app_secret: The app's secret; filled in by the client and never logged.
            auth_code: The code from the authorization redirect, valid once and for a short time.
            grant_type: Always `authorized_code` for this exchange."""
        return self._client.request(
            ops.GET_TOKEN,
            {
                "app_key": app_key,
                "app_secret": app_secret,
                "auth_code": auth_code,
                "grant_type": grant_type,
            },
        )

    def refresh_token(
        self,
        *,
        app_key: str,
        app_secret: str,
        refresh_token: str,
        grant_type: Literal["authorized_code", "refresh_token"],
    ) -> RefreshTokenResponse:
        """Refresh an access token.

        Trades a refresh token for a new access token. TikTok may rotate the refresh token in the same
        response: the new one must be stored before the old one is dropped.

        `GET /token/refresh`

        Args:
            app_key: The app's key from Partner Center; filled in by the client.
            app_secret: The app's secret; filled in by the client and never logged.
            refresh_token: The current refresh token of the seller's grant.
            grant_type: `refresh_token` per TikTok's docs, and what the token manager sends. TikTok's Node
                SDK sends `authorized_code` (the code exchange's value) on refresh as well, so both values
                are listed as seen."""
        return self._client.request(
            ops.REFRESH_TOKEN,
            {
                "app_key": app_key,
                "app_secret": app_secret,
                "refresh_token": refresh_token,
                "grant_type": grant_type,
            },
        )


class AuthResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AuthResource) -> None:
        self.get_token = raw(resource.get_token)
        self.refresh_token = raw(resource.refresh_token)


class AsyncAuthResource:
    """Token endpoints of the auth host (auth.tiktok-shops.com). They are not signed and take the app
    secret in the query string, so they are called only by the SDK's token manager. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def get_token(
        self,
        *,
        app_key: str,
        app_secret: str,
        auth_code: str,
        grant_type: Literal["authorized_code"],
    ) -> GetTokenResponse:
        """Exchange an authorization code for tokens.

        Trades the one-time `auth_code` a seller's authorization redirect delivered for an access token and
        a refresh token. The code is single-use, so a failed exchange is not retried.

        `GET /token/get`

        Args:
            app_key: The app's key from Partner Center; filled in by the client.
            app_secret: The app's secret; filled in by the client and never logged.
            auth_code: The code from the authorization redirect, valid once and for a short time.
            grant_type: Always `authorized_code` for this exchange."""
        return await self._client.request(
            ops.GET_TOKEN,
            {
                "app_key": app_key,
                "app_secret": app_secret,
                "auth_code": auth_code,
                "grant_type": grant_type,
            },
        )

    async def refresh_token(
        self,
        *,
        app_key: str,
        app_secret: str,
        refresh_token: str,
        grant_type: Literal["authorized_code", "refresh_token"],
    ) -> RefreshTokenResponse:
        """Refresh an access token.

        Trades a refresh token for a new access token. TikTok may rotate the refresh token in the same
        response: the new one must be stored before the old one is dropped.

        `GET /token/refresh`

        Args:
            app_key: The app's key from Partner Center; filled in by the client.
            app_secret: The app's secret; filled in by the client and never logged.
            refresh_token: The current refresh token of the seller's grant.
            grant_type: `refresh_token` per TikTok's docs, and what the token manager sends. TikTok's Node
                SDK sends `authorized_code` (the code exchange's value) on refresh as well, so both values
                are listed as seen."""
        return await self._client.request(
            ops.REFRESH_TOKEN,
            {
                "app_key": app_key,
                "app_secret": app_secret,
                "refresh_token": refresh_token,
                "grant_type": grant_type,
            },
        )


class AsyncAuthResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncAuthResource) -> None:
        self.get_token = async_raw(resource.get_token)
        self.refresh_token = async_raw(resource.refresh_token)
