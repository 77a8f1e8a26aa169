"""The contract between generated endpoint code and the runtime.

``tiktok_shop_generated`` imports this module and nothing else from the runtime: an
:class:`Operation` describes one endpoint, the requester protocols are what a client must
offer the generated resources, and the pager protocols type auto-pagination.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from os import PathLike
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    ClassVar,
    Generic,
    Literal,
    ParamSpec,
    Protocol,
    TypeAlias,
    TypeVar,
    runtime_checkable,
)

from pydantic import BaseModel, ConfigDict, GetCoreSchemaHandler, GetPydanticSchema
from pydantic_core import core_schema

if TYPE_CHECKING:
    import httpx

__all__ = [
    "AsyncPager",
    "Deprecation",
    "NullAsEmpty",
    "OpenEnum",
    "FileInput",
    "RequestModel",
    "ResponseModel",
    "AsyncRequester",
    "Operation",
    "Pagination",
    "RawResponse",
    "SyncPager",
    "ShopCipherRule",
    "SyncRequester",
    "WebhookEvent",
    "async_raw",
    "raw",
]

ResponseT = TypeVar("ResponseT", bound=BaseModel)
ResponseT_co = TypeVar("ResponseT_co", covariant=True)
ItemT_co = TypeVar("ItemT_co", covariant=True)
PageT_co = TypeVar("PageT_co", covariant=True)
P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")


def _null_as_empty(source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
    # A list validates in Rust as usual; only a ``null`` takes the second branch (and a Python call).
    empty = core_schema.chain_schema(
        [core_schema.none_schema(), core_schema.no_info_plain_validator_function(lambda _: [])]
    )
    return core_schema.union_schema([handler(source), empty], mode="left_to_right")


NullAsEmpty = Annotated[T, GetPydanticSchema(_null_as_empty)]
"""A response list: absent or ``null`` on the wire reads as ``[]``, so callers index and iterate it directly."""

if TYPE_CHECKING:
    OpenEnum: TypeAlias = T | str
else:

    class OpenEnum:
        """A response enumeration: ``OpenEnum[Literal["A", "B"]]`` is ``Literal["A", "B"] | str``.

        Type checkers and IDEs see the known values; pydantic validates a plain ``str`` (no union
        to try), so a value TikTok adds later parses too.
        """

        def __class_getitem__(cls, known: Any) -> type[str]:
            return str


@runtime_checkable
class ReadableFile(Protocol):
    """Anything with ``read()`` returning bytes: open files, ``io.BytesIO``, spooled files."""

    def read(self, size: int = -1, /) -> bytes: ...


FileInput = bytes | ReadableFile | PathLike[str]
"""An upload: raw bytes, an open binary file, or a path to read (streamed)."""


class ResponseModel(BaseModel):
    """Base of response models: forward compatible, so a field TikTok adds never breaks parsing.

    Unknown fields are kept (``model_extra``), every field is optional and enumerations are
    plain strings; a number where the spec says string (TikTok sends some ids either way) is read
    as its text. Validation schemas are built on first use to keep imports cheap.
    """

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, defer_build=True, protected_namespaces=(), coerce_numbers_to_str=True
    )


class WebhookEvent(BaseModel):
    """What every webhook carries around its ``data``; a typed subclass per event type is generated."""

    model_config = ConfigDict(extra="allow", frozen=True, defer_build=True, coerce_numbers_to_str=True)

    EVENT_NAME: ClassVar[str | None] = None

    type: int
    tts_notification_id: str | None = None
    shop_id: str | None = None
    timestamp: int | None = None
    data: Any = None

    @property
    def event_name(self) -> str | None:
        """The subscription name of this event type (``ORDER_STATUS_CHANGE``), when TikTok has one."""
        return self.EVENT_NAME


class RequestModel(BaseModel):
    """Base of request models: strict about names, so a typo fails before anything is sent.

    Scalar fields are generated strict (``Field(strict=True)``): ``page_size="10"`` or ``True``
    is refused rather than coerced, while nested objects still take plain dicts.
    """

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
        defer_build=True,
        protected_namespaces=(),
        arbitrary_types_allowed=True,
    )


ShopCipherRule = Literal["required", "optional", "forbidden"]


@dataclass(frozen=True, slots=True)
class Pagination:
    """Where a list operation keeps its page token and its items."""

    items: str
    token_in: Literal["query", "body"] = "query"


@dataclass(frozen=True, slots=True)
class Deprecation:
    """An operation version TikTok retires: since when, the retirement date, and the call to use instead."""

    since: str
    retire_on: str
    use: str  # ``module.method`` of the replacement

    def message(self, operation: Operation[Any]) -> str:
        return (
            f"{operation.module}.{operation.name} at version {operation.version} ({operation.method} {operation.path}) "
            f"is deprecated since {self.since} and retires on {self.retire_on}; use {self.use} instead"
        )


@dataclass(frozen=True, slots=True)
class Operation(Generic[ResponseT]):
    """One endpoint at one version, as the spec describes it."""

    id: str
    module: str
    name: str
    method: str
    path: str
    version: str | None
    summary: str
    response_model: type[ResponseT]
    shop_cipher: ShopCipherRule
    """Whether the request carries ``shop_cipher``: ``required`` (a client without one refuses the
    call), ``optional`` (sent when the client is bound to a shop) or ``forbidden`` (never sent)."""
    retry_safe: bool
    host: Literal["api", "auth"] = "api"
    query_model: type[BaseModel] | None = None
    body_model: type[BaseModel] | None = None
    path_params: tuple[str, ...] = ()
    query_params: tuple[str, ...] = ()
    body_fields: tuple[str, ...] = ()
    multipart: bool = False
    pagination: Pagination | None = None
    idempotency_key: str | None = None
    """The argument carrying TikTok's idempotency key (``x-tts-idempotency-key``): the runtime fills
    it once per call when the caller gives none, so retries of the write are applied once."""
    latest: bool = True
    deprecation: Deprecation | None = None
    scopes: tuple[str, ...] = ()
    """The API scopes (TikTok's "API packages") any one of which grants this operation, as TikTok's
    documentation lists them; empty when no public source gives them (no scope is then checked)."""
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def deprecated(self) -> bool:
        return self.deprecation is not None

    @property
    def shop_scoped(self) -> bool:
        """Whether the operation acts on one shop (its ``shop_cipher`` is required or optional)."""
        return self.shop_cipher != "forbidden"

    def __repr__(self) -> str:
        return f"Operation({self.method} {self.path} -> {self.module}.{self.name})"


class SyncPager(Protocol[ItemT_co, PageT_co]):
    """Iterates items across pages lazily; ``pages()`` iterates whole pages."""

    def __iter__(self) -> Iterator[ItemT_co]: ...

    def pages(self) -> Iterator[PageT_co]: ...


class AsyncPager(Protocol[ItemT_co, PageT_co]):
    """The async twin of :class:`SyncPager`."""

    def __aiter__(self) -> AsyncIterator[ItemT_co]: ...

    def pages(self) -> AsyncIterator[PageT_co]: ...


class SyncRequester(Protocol):
    """What a sync client offers generated resources."""

    def request(self, operation: Operation[ResponseT], arguments: Mapping[str, Any]) -> ResponseT: ...

    def paginate(self, operation: Operation[ResponseT], arguments: Mapping[str, Any]) -> SyncPager[Any, ResponseT]: ...


class AsyncRequester(Protocol):
    """What an async client offers generated resources."""

    async def request(self, operation: Operation[ResponseT], arguments: Mapping[str, Any]) -> ResponseT: ...

    def paginate(self, operation: Operation[ResponseT], arguments: Mapping[str, Any]) -> AsyncPager[Any, ResponseT]: ...


@dataclass(frozen=True, slots=True)
class RawResponse(Generic[R]):
    """A parsed result together with the HTTP exchange that produced it."""

    parsed: R
    http_response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return self.http_response.headers.get("x-tts-logid") or _envelope_request_id(self.http_response)

    def parse(self) -> R:
        return self.parsed


def _envelope_request_id(response: httpx.Response) -> str | None:
    request_id = response.extensions.get("tiktok_request_id")
    return request_id if isinstance(request_id, str) else None


# Set by raw()/async_raw() around one call; the runtime stores the last HTTP response in it.
RAW_SINK: contextvars.ContextVar[list[httpx.Response] | None] = contextvars.ContextVar(
    "tiktok_shop_raw_sink", default=None
)


def raw(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """Wrap a resource method so that it returns :class:`RawResponse` instead of the model."""

    @functools.wraps(method)
    def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        sink: list[httpx.Response] = []
        token = RAW_SINK.set(sink)
        try:
            parsed = method(*args, **kwargs)
        finally:
            RAW_SINK.reset(token)
        return RawResponse(parsed, sink[-1])

    return call


def async_raw(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """The async twin of :func:`raw`."""

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        sink: list[httpx.Response] = []
        token = RAW_SINK.set(sink)
        try:
            parsed = await method(*args, **kwargs)
        finally:
            RAW_SINK.reset(token)
        return RawResponse(parsed, sink[-1])

    return call
