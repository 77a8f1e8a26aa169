"""The seller authorization flow: authorization URL, code exchange, refresh, authorized shops.

Token calls go through the same pipeline as every API call (typed errors, retries on connect
failures and rate limits), against the auth host. Their URLs carry the app secret, so they are
never logged with their query.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import httpx

from .._client import AsyncTikTokShop, TikTokShop
from .._exceptions import APIError, AuthenticationError, InvalidParameterError, RefreshTokenError
from .._registry import operation
from ._token import AuthorizedShop, Token

__all__ = ["AsyncOAuth", "OAuth", "authorization_url"]

AUTHORIZE_URLS = {
    "global": "https://services.tiktokshop.com/open/authorize",
    "us": "https://services.us.tiktokshop.com/open/authorize",
}


def authorization_url(service_id: str, state: str, *, region: str = "global") -> str:
    """Where to send a seller to authorize the app; TikTok redirects back with ``code`` and ``state``.

    ``service_id`` is the app's service id (not its app key); ``state`` should be an unguessable
    value you check on the redirect.
    """
    if not service_id or not state:
        raise ValueError("service_id and state are required")
    if region not in AUTHORIZE_URLS:
        raise ValueError(f"region must be one of {', '.join(AUTHORIZE_URLS)}")
    return f"{AUTHORIZE_URLS[region]}?{urlencode({'service_id': service_id, 'state': state})}"


# TikTok's codes for an app it does not recognise (wrong app key or secret). Its messages name
# the parameter, so they are read too: a refresh failing for the app is not the seller's doing.
_APP_CREDENTIAL_CODES = frozenset({106001, 106002})
_APP_CREDENTIAL_WORDS = ("app_secret", "app_key", "app secret", "app key")


# What a token call's refusal can be: TikTok names a wrong app key/secret or refresh token as an
# invalid parameter (36009004, often at HTTP 200) as well as with its authentication codes.
_TOKEN_CALL_ERRORS = (AuthenticationError, InvalidParameterError)


def _app_credentials_rejected(exc: APIError) -> bool:
    text = exc.message.lower()
    return exc.code in _APP_CREDENTIAL_CODES or any(word in text for word in _APP_CREDENTIAL_WORDS)


def _token_call_failed(exc: APIError, *, refreshing: bool) -> APIError:
    """Name the party at fault: the app's credentials, or (on a refresh) the seller's refresh token."""
    kind: type[AuthenticationError]
    if _app_credentials_rejected(exc):
        kind = AuthenticationError
        message = f"TikTok rejected the app key or app secret: check the app's credentials ({exc.message})"
    elif refreshing and (isinstance(exc, AuthenticationError) or "refresh_token" in exc.message.lower()):
        kind = RefreshTokenError
        message = "the refresh token was rejected (revoked, expired or already rotated): the seller must re-authorize"
    else:
        return exc
    return kind(
        message,
        code=exc.code,
        request_id=exc.request_id,
        status_code=exc.status_code,
        operation=exc.operation,
        headers=exc.headers,
        body=exc.body,
    )


def _shops(data: Any) -> list[AuthorizedShop]:
    return [
        AuthorizedShop(id=s.id, cipher=s.cipher, name=s.name, region=s.region, code=s.code, seller_type=s.seller_type)
        for s in (data.shops or [])
    ]


class OAuth:
    """Token endpoints for one app (sync). ``base_url``/``auth_base_url`` point at the sandbox in tests."""

    def __init__(
        self,
        *,
        app_key: str,
        app_secret: str,
        base_url: str | None = None,
        auth_base_url: str | None = None,
        http_client: httpx.Client | None = None,
        max_retries: int = 2,
    ) -> None:
        self._client = TikTokShop(
            app_key=app_key,
            app_secret=app_secret,
            base_url=base_url,
            auth_base_url=auth_base_url,
            http_client=http_client,
            max_retries=max_retries,
        )

    def __repr__(self) -> str:
        return f"OAuth(app_key={self._client.config.app_key!r})"

    def exchange_code(self, auth_code: str) -> Token:
        """Trade the ``code`` of the authorization redirect for the seller's tokens (single use)."""
        try:
            data = self._client.request(
                operation("GET", "/token/get"), {"auth_code": auth_code, "grant_type": "authorized_code"}
            )
        except _TOKEN_CALL_ERRORS as exc:
            raise _token_call_failed(exc, refreshing=False) from None
        return Token.from_data(data)

    def refresh(self, refresh_token: str) -> Token:
        """A new access token (and possibly a rotated refresh token): persist it before using it."""
        try:
            data = self._client.request(
                operation("GET", "/token/refresh"), {"refresh_token": refresh_token, "grant_type": "refresh_token"}
            )
        except _TOKEN_CALL_ERRORS as exc:
            raise _token_call_failed(exc, refreshing=True) from None
        return Token.from_data(data)

    def authorized_shops(self, access_token: str) -> list[AuthorizedShop]:
        """The shops the seller authorized, with their ciphers."""
        client = self._client.with_options(access_token=access_token)
        return _shops(client.request(operation("GET", "/authorization/202309/shops"), {}))

    def close(self) -> None:
        self._client.close()


class AsyncOAuth:
    """The async twin of :class:`OAuth`."""

    def __init__(
        self,
        *,
        app_key: str,
        app_secret: str,
        base_url: str | None = None,
        auth_base_url: str | None = None,
        http_client: httpx.AsyncClient | None = None,
        max_retries: int = 2,
    ) -> None:
        self._client = AsyncTikTokShop(
            app_key=app_key,
            app_secret=app_secret,
            base_url=base_url,
            auth_base_url=auth_base_url,
            http_client=http_client,
            max_retries=max_retries,
        )

    def __repr__(self) -> str:
        return f"AsyncOAuth(app_key={self._client.config.app_key!r})"

    async def exchange_code(self, auth_code: str) -> Token:
        try:
            data = await self._client.request(
                operation("GET", "/token/get"), {"auth_code": auth_code, "grant_type": "authorized_code"}
            )
        except _TOKEN_CALL_ERRORS as exc:
            raise _token_call_failed(exc, refreshing=False) from None
        return Token.from_data(data)

    async def refresh(self, refresh_token: str) -> Token:
        try:
            data = await self._client.request(
                operation("GET", "/token/refresh"), {"refresh_token": refresh_token, "grant_type": "refresh_token"}
            )
        except _TOKEN_CALL_ERRORS as exc:
            raise _token_call_failed(exc, refreshing=True) from None
        return Token.from_data(data)

    async def authorized_shops(self, access_token: str) -> list[AuthorizedShop]:
        client = self._client.with_options(access_token=access_token)
        return _shops(await client.request(operation("GET", "/authorization/202309/shops"), {}))

    async def aclose(self) -> None:
        await self._client.aclose()
