"""The sync and async clients: configuration, connection pools and the I/O of the call flow."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator, Mapping
from typing import Any, Self, TypeVar

import httpx
from pydantic import BaseModel
from tiktok_shop_generated._clients import AsyncResources, SyncResources

from ._config import API_BASE_URL, AUTH_BASE_URL, DEFAULT_TIMEOUT, ClientConfig, Secret
from ._contract import Operation
from ._pagination import AsyncPage, SyncPage
from ._pipeline import GetToken, RefreshToken, Send, Sleep, call_flow, prepare
from ._redaction import install as _install_redaction
from ._token_source import AsyncTokenSource, TokenSource
from .signing import Signer

__all__ = ["AsyncTikTokShop", "TikTokShop"]

T = TypeVar("T", bound=BaseModel)
_UNSET: Any = object()
_install_redaction()  # httpx logs full URLs; the token endpoints carry secrets in theirs


def _config(
    app_key: str,
    app_secret: str,
    shop_cipher: str | None,
    base_url: str | None,
    auth_base_url: str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int,
    deadline: float | None,
) -> ClientConfig:
    if not app_key:
        raise ValueError("app_key is required")
    if not app_secret:
        raise ValueError("app_secret is required")
    if max_retries < 0:
        raise ValueError("max_retries must be >= 0")
    return ClientConfig(
        app_key=app_key,
        app_secret=Secret(app_secret),
        shop_cipher=shop_cipher,
        base_url=(base_url or API_BASE_URL).rstrip("/"),
        auth_base_url=(auth_base_url or AUTH_BASE_URL).rstrip("/"),
        timeout=DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout),
        max_retries=max_retries,
        deadline=deadline,
    )


class _StaticToken:
    """A fixed access token: no refresh possible, so an expired token surfaces as an error."""

    def __init__(self, token: str | None) -> None:
        self._token = Secret(token or "")

    def access_token(self) -> str:
        return self._token.reveal()

    async def access_token_async(self) -> str:
        return self._token.reveal()


class _ClientBase:
    _config: ClientConfig
    _signer: Signer

    @property
    def config(self) -> ClientConfig:
        return self._config

    @property
    def shop_cipher(self) -> str | None:
        return self._config.shop_cipher

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(app_key={self._config.app_key!r}, shop_cipher={self._config.shop_cipher!r}, "
            f"base_url={self._config.base_url!r})"
        )


class TikTokShop(_ClientBase, SyncResources):
    """The sync client. Resources hang off it: ``client.order.search_orders(...)``.

    Pass ``access_token`` for a fixed token or ``token_source`` (a :class:`tiktok_shop.TokenManager`)
    to have tokens refreshed ahead of expiry and after TikTok rejects one.
    """

    def __init__(
        self,
        *,
        app_key: str,
        app_secret: str,
        access_token: str | None = None,
        token_source: TokenSource | None = None,
        shop_cipher: str | None = None,
        base_url: str | None = None,
        auth_base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        deadline: float | None = 120.0,
        http_client: httpx.Client | None = None,
    ) -> None:
        config = _config(app_key, app_secret, shop_cipher, base_url, auth_base_url, timeout, max_retries, deadline)
        self._setup(config, token_source, access_token, http_client, owns_http=http_client is None)

    def _setup(
        self,
        config: ClientConfig,
        token_source: TokenSource | None,
        access_token: str | None,
        http_client: httpx.Client | None,
        *,
        owns_http: bool,
    ) -> None:
        self._config = config
        self._signer = Signer(config.app_secret.reveal())
        self._token_source = token_source
        self._static = _StaticToken(access_token)
        self._http = http_client or httpx.Client(timeout=config.timeout)
        self._owns_http = owns_http
        self._requester = self

    def with_options(self, **changes: Any) -> TikTokShop:
        """A copy with other settings (``shop_cipher``, ``timeout``, ``max_retries``, ``deadline``,
        ``base_url``, ``access_token``, ``token_source``), sharing this client's connection pool."""
        token_source = changes.pop("token_source", self._token_source)
        access_token = changes.pop("access_token", _UNSET)
        if "timeout" in changes:
            changes["timeout"] = httpx.Timeout(changes["timeout"])
        clone = TikTokShop.__new__(TikTokShop)
        static = self._static.access_token() if access_token is _UNSET else access_token
        clone._setup(self._config.replace(**changes), token_source, static, self._http, owns_http=False)
        return clone

    def shop(self, shop_cipher: str) -> TikTokShop:
        """A client bound to one shop (for apps serving many shops); shares the connection pool."""
        return self.with_options(shop_cipher=shop_cipher)

    def request(self, operation: Operation[T], arguments: Mapping[str, Any]) -> T:
        """Call any operation with its arguments by Python name; the generated methods use this."""
        call = prepare(operation, arguments, self._config)
        return self._run(call_flow(call, self._config, self._signer, uses_token_source=self._token_source is not None))

    def paginate(self, operation: Operation[T], arguments: Mapping[str, Any]) -> SyncPage[Any, T]:
        return SyncPage(self.request, operation, arguments)

    def _run(self, flow: Generator[Any, Any, T]) -> T:
        result: Any = None
        while True:
            try:
                action = flow.send(result)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            if isinstance(action, Send):
                try:
                    result = self._http.send(action.request)
                except httpx.TransportError as exc:
                    result = exc
            elif isinstance(action, Sleep):
                time.sleep(action.seconds)
                result = None
            elif isinstance(action, GetToken):
                source = self._token_source
                result = source.access_token() if source is not None else self._static.access_token()
            elif isinstance(action, RefreshToken):
                assert self._token_source is not None
                result = self._token_source.refresh_after_rejection(action.rejected)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncTikTokShop(_ClientBase, AsyncResources):
    """The async client: ``await client.order.search_orders(...)``; ``async for`` over ``iter_*``."""

    def __init__(
        self,
        *,
        app_key: str,
        app_secret: str,
        access_token: str | None = None,
        token_source: AsyncTokenSource | None = None,
        shop_cipher: str | None = None,
        base_url: str | None = None,
        auth_base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 2,
        deadline: float | None = 120.0,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        config = _config(app_key, app_secret, shop_cipher, base_url, auth_base_url, timeout, max_retries, deadline)
        self._setup(config, token_source, access_token, http_client, owns_http=http_client is None)

    def _setup(
        self,
        config: ClientConfig,
        token_source: AsyncTokenSource | None,
        access_token: str | None,
        http_client: httpx.AsyncClient | None,
        *,
        owns_http: bool,
    ) -> None:
        self._config = config
        self._signer = Signer(config.app_secret.reveal())
        self._token_source = token_source
        self._static = _StaticToken(access_token)
        self._http = http_client or httpx.AsyncClient(timeout=config.timeout)
        self._owns_http = owns_http
        self._requester = self

    def with_options(self, **changes: Any) -> AsyncTikTokShop:
        """A copy with other settings, sharing this client's connection pool (see the sync twin)."""
        token_source = changes.pop("token_source", self._token_source)
        access_token = changes.pop("access_token", _UNSET)
        if "timeout" in changes:
            changes["timeout"] = httpx.Timeout(changes["timeout"])
        clone = AsyncTikTokShop.__new__(AsyncTikTokShop)
        static = self._static.access_token() if access_token is _UNSET else access_token
        clone._setup(self._config.replace(**changes), token_source, static, self._http, owns_http=False)
        return clone

    def shop(self, shop_cipher: str) -> AsyncTikTokShop:
        return self.with_options(shop_cipher=shop_cipher)

    async def request(self, operation: Operation[T], arguments: Mapping[str, Any]) -> T:
        call = prepare(operation, arguments, self._config)
        return await self._run(
            call_flow(call, self._config, self._signer, uses_token_source=self._token_source is not None)
        )

    def paginate(self, operation: Operation[T], arguments: Mapping[str, Any]) -> AsyncPage[Any, T]:
        return AsyncPage(self.request, operation, arguments)

    async def _run(self, flow: Generator[Any, Any, T]) -> T:
        result: Any = None
        while True:
            try:
                action = flow.send(result)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            if isinstance(action, Send):
                try:
                    result = await self._http.send(action.request)
                except httpx.TransportError as exc:
                    result = exc
            elif isinstance(action, Sleep):
                await asyncio.sleep(action.seconds)
                result = None
            elif isinstance(action, GetToken):
                source = self._token_source
                result = await source.access_token() if source is not None else self._static.access_token()
            elif isinstance(action, RefreshToken):
                assert self._token_source is not None
                result = await self._token_source.refresh_after_rejection(action.rejected)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
