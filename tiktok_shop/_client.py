"""The sync and async clients: configuration, connection pools and the I/O of the call flow."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Generator, Mapping
from os import PathLike
from typing import Any, Generic, Self, TypeVar

import httpx
from pydantic import BaseModel
from tiktok_shop_generated._clients import AsyncResources, SyncResources

from ._config import DEFAULT_TIMEOUT, NOT_GIVEN, ClientConfig, NotGiven, Secret
from ._contract import Operation
from ._drift import DriftRecorder, recorder_for
from ._pagination import AsyncPage, SyncPage
from ._pipeline import (
    AcquireSlot,
    GetToken,
    PreparedCall,
    RefreshToken,
    ReportAnswer,
    Send,
    Sleep,
    call_flow,
    prepare,
)
from ._redaction import install as _install_redaction
from ._server_clock import ServerClock
from ._token_source import AsyncTokenSource, TokenSource
from .ratelimit import RateLimiter
from .signing import Signer

__all__ = ["AsyncTikTokShop", "TikTokShop"]

T = TypeVar("T", bound=BaseModel)
SourceT = TypeVar("SourceT", TokenSource, AsyncTokenSource)
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
Seconds = float | httpx.Timeout | None
_install_redaction()  # httpx logs full URLs; the token endpoints carry secrets in theirs

_OPTIONS_DOC = """
    Options (the same in the constructor and in ``with_options``; a bad value raises ``ValueError``):

    - ``timeout``: seconds per request (a number, or an ``httpx.Timeout`` for connect/read/...);
      ``None`` waits without limit, as in httpx. Default: 30 s, 10 s to connect.
    - ``max_retries``: retries after a retryable failure (0 turns them off). Default 2.
    - ``deadline``: seconds from the first attempt after which no retry starts; ``None``: no limit.
    - ``backoff_base``, ``backoff_max``: the exponential backoff's first and longest ceiling (s).
    - ``shop_cipher``: binds shop-scoped operations to one shop (``None`` unbinds).
    - ``base_url``, ``auth_base_url``: the API and token hosts (the sandbox's, in tests).
    - ``access_token`` (a fixed token) or ``token_source`` (a token manager that refreshes).
    - ``rate_limiter``: a :mod:`tiktok_shop.ratelimit` limiter (``LocalRateLimiter()``, or
      ``RedisRateLimiter(url)`` for a fleet) every API request waits for; ``None``: none (default).
    - ``extra_headers``, ``extra_query``: added to every request (the query is signed with it);
      they may not replace what the client sets (``app_key``, ``sign``, the token header...).
"""


class _StaticToken:
    """A fixed access token: no refresh possible, so an expired token surfaces as an error."""

    def __init__(self, token: str | None) -> None:
        if token is not None and not isinstance(token, str):
            raise ValueError("access_token must be a string or None")
        self._token = Secret(token or "")

    def access_token(self) -> str:
        return self._token.reveal()


class _ClientBase(Generic[SourceT, HttpT]):
    """What both clients hold: settings, signer, token source, pool; and how a copy is derived."""

    _config: ClientConfig
    _signer: Signer
    _token_source: SourceT | None
    _static: _StaticToken
    _http: HttpT
    _owns_http: bool
    _requester: Any  # the generated resources' requester: the client itself
    _drift: DriftRecorder | None
    _rate_limiter: RateLimiter | None
    _clock: ServerClock  # TikTok's clock as learned from its answers; shared with every copy

    def _setup(
        self,
        config: ClientConfig,
        token_source: SourceT | None,
        access_token: str | None,
        http: HttpT,
        *,
        owns_http: bool,
        rate_limiter: RateLimiter | None,
    ) -> None:
        if rate_limiter is not None and not isinstance(rate_limiter, RateLimiter):
            raise ValueError(f"rate_limiter must be a tiktok_shop.ratelimit limiter or None, got {rate_limiter!r}")
        self._rate_limiter = rate_limiter
        self._config = config
        self._signer = Signer(config.app_secret.reveal())
        self._token_source = token_source
        self._static = _StaticToken(access_token)
        self._http = http
        self._owns_http = owns_http
        self._requester = self

    def __init__(
        self,
        *,
        app_key: str,
        app_secret: str,
        access_token: str | None = None,
        token_source: SourceT | None = None,
        shop_cipher: str | None = None,
        base_url: str | None = None,
        auth_base_url: str | None = None,
        timeout: Seconds = DEFAULT_TIMEOUT,
        max_retries: int = 2,
        deadline: float | None = 120.0,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
        http_client: HttpT | None = None,
        record_drift: str | PathLike[str] | None = None,
        rate_limiter: RateLimiter | None = None,
    ) -> None:
        config = ClientConfig.create(
            app_key,
            app_secret,
            shop_cipher=shop_cipher,
            base_url=base_url,
            auth_base_url=auth_base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            extra_headers=extra_headers or {},
            extra_query=extra_query or {},
        )
        http = http_client or self._new_http(config.timeout)
        self._drift = recorder_for(record_drift)
        self._clock = ServerClock()
        self._setup(config, token_source, access_token, http, owns_http=http_client is None, rate_limiter=rate_limiter)

    def _flow(self, call: PreparedCall[T]) -> Generator[Any, Any, T]:
        """The call's sans-I/O flow with this client's settings; ``_run`` executes it."""
        return call_flow(
            call,
            self._config,
            self._signer,
            uses_token_source=self._token_source is not None,
            clock=self._clock,
            rate_limited=self._rate_limiter is not None,
        )

    def _new_http(self, timeout: httpx.Timeout) -> HttpT:
        raise NotImplementedError

    def with_options(
        self,
        *,
        timeout: Seconds | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
        backoff_base: float | NotGiven = NOT_GIVEN,
        backoff_max: float | NotGiven = NOT_GIVEN,
        shop_cipher: str | NotGiven | None = NOT_GIVEN,
        base_url: str | NotGiven = NOT_GIVEN,
        auth_base_url: str | NotGiven = NOT_GIVEN,
        access_token: str | NotGiven | None = NOT_GIVEN,
        token_source: SourceT | NotGiven | None = NOT_GIVEN,
        extra_headers: Mapping[str, str] | NotGiven = NOT_GIVEN,
        extra_query: Mapping[str, str] | NotGiven = NOT_GIVEN,
        rate_limiter: RateLimiter | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """A copy with other settings (see the class docstring), sharing this client's connection pool."""
        clone = type(self).__new__(type(self))
        clone._drift = self._drift
        clone._clock = self._clock
        clone._setup(
            self._config.changed(
                timeout=timeout,
                max_retries=max_retries,
                deadline=deadline,
                backoff_base=backoff_base,
                backoff_max=backoff_max,
                shop_cipher=shop_cipher,
                base_url=base_url,
                auth_base_url=auth_base_url,
                extra_headers=extra_headers,
                extra_query=extra_query,
            ),
            self._token_source if isinstance(token_source, NotGiven) else token_source,
            self._static.access_token() if isinstance(access_token, NotGiven) else access_token,
            self._http,
            owns_http=False,
            rate_limiter=self._rate_limiter if isinstance(rate_limiter, NotGiven) else rate_limiter,
        )
        return clone

    def shop(self, shop_cipher: str) -> Self:
        """A client bound to one shop (for apps serving many shops); shares the connection pool."""
        return self.with_options(shop_cipher=shop_cipher)

    @property
    def config(self) -> ClientConfig:
        return self._config

    @property
    def shop_cipher(self) -> str | None:
        return self._config.shop_cipher

    @property
    def clock_offset(self) -> int:
        """Whole seconds TikTok's clock runs ahead of this machine's (negative: behind), as learned
        from the ``Date`` of its answers; requests are stamped with this machine's time plus it."""
        return self._clock.offset

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(app_key={self._config.app_key!r}, shop_cipher={self._config.shop_cipher!r}, "
            f"base_url={self._config.base_url!r})"
        )


class TikTokShop(_ClientBase[TokenSource, httpx.Client], SyncResources):
    """The sync client. Resources hang off it: ``client.order.search_orders(...)``.

    Pass ``access_token`` for a fixed token or ``token_source`` (a :class:`tiktok_shop.TokenManager`)
    to have tokens refreshed ahead of expiry and after TikTok rejects one. ``record_drift=PATH`` (or
    ``TIKTOK_SHOP_RECORD_DRIFT``) records response fields the models do not declare (names and
    JSON types, never values) for ``tiktok-shop spec drift PATH``.
    """

    __doc__ = (__doc__ or "") + _OPTIONS_DOC

    def _new_http(self, timeout: httpx.Timeout) -> httpx.Client:
        return httpx.Client(timeout=timeout)

    def request(self, operation: Operation[T], arguments: Mapping[str, Any]) -> T:
        """Call any operation with its arguments by Python name; the generated methods use this."""
        call = prepare(operation, arguments, self._config)
        parsed = self._run(self._flow(call))
        if self._drift is not None:
            self._drift.record(operation, parsed)
        return parsed

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
                except httpx.RequestError as exc:  # transport, decoding: every failure to get a response
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
            elif isinstance(action, AcquireSlot):
                assert self._rate_limiter is not None
                result = self._rate_limiter.acquire(action.bucket)
            elif isinstance(action, ReportAnswer):
                assert self._rate_limiter is not None
                self._rate_limiter.report(action.ticket, limited=action.limited, retry_after=action.retry_after)
                result = None

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncTikTokShop(_ClientBase[AsyncTokenSource, httpx.AsyncClient], AsyncResources):
    """The async client: ``await client.order.search_orders(...)``; ``async for`` over ``iter_*``."""

    __doc__ = (__doc__ or "") + _OPTIONS_DOC

    def _new_http(self, timeout: httpx.Timeout) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=timeout)

    async def request(self, operation: Operation[T], arguments: Mapping[str, Any]) -> T:
        call = prepare(operation, arguments, self._config)
        parsed = await self._run(self._flow(call))
        if self._drift is not None:
            self._drift.record(operation, parsed)
        return parsed

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
                except httpx.RequestError as exc:  # transport, decoding: every failure to get a response
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
            elif isinstance(action, AcquireSlot):
                assert self._rate_limiter is not None
                result = await self._rate_limiter.acquire_async(action.bucket)
            elif isinstance(action, ReportAnswer):
                assert self._rate_limiter is not None
                await self._rate_limiter.report_async(
                    action.ticket, limited=action.limited, retry_after=action.retry_after
                )
                result = None

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
