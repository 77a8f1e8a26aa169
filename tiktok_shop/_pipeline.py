"""One call from arguments to typed result, as a sans-I/O flow shared by sync and async clients.

:func:`call_flow` is a generator that decides everything (validation, query, body bytes,
signing, retries, error mapping, parsing) and *yields* the I/O it needs: send this request,
sleep this long, give me an access token, refresh it. The sync and async clients only run those
actions, so both behave identically by construction.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Generator, Mapping
from dataclasses import dataclass
from functools import cache
from os import PathLike
from typing import Any, Generic, TypeVar
from urllib.parse import quote

import httpx
from pydantic import BaseModel, ConfigDict, ValidationError

from ._config import ClientConfig
from ._contract import RAW_SINK, Operation
from ._deprecations import warn_if_deprecated
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    RequestValidationError,
    TokenExpiredError,
    error_for,
)
from ._retry import Outcome, retry_delay
from .signing import Signer

__all__ = ["GetToken", "PreparedCall", "RefreshToken", "Send", "Sleep", "call_flow", "prepare"]

logger = logging.getLogger("tiktok_shop")
T = TypeVar("T", bound=BaseModel)
JSON_HEADERS = {"content-type": "application/json"}


@dataclass(frozen=True, slots=True)
class Send:
    request: httpx.Request


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class GetToken:
    pass


@dataclass(frozen=True, slots=True)
class RefreshToken:
    rejected: str


Action = Send | Sleep | GetToken | RefreshToken


@dataclass(frozen=True, slots=True)
class PreparedCall(Generic[T]):
    """A validated call: everything but the per-attempt timestamp, signature and token."""

    operation: Operation[T]
    path: str
    query: tuple[tuple[str, str], ...]
    body: bytes | None
    form: dict[str, str] | None = None
    files: dict[str, Any] | None = None


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(_query_text(v) for v in value)
    return str(value)


def _validation_problems(exc: ValidationError, model: type[BaseModel]) -> list[tuple[str, str]]:
    del model
    return [(".".join(str(p) for p in err["loc"]) or "(body)", err["msg"]) for err in exc.errors()]


def prepare(operation: Operation[T], arguments: Mapping[str, Any], config: ClientConfig) -> PreparedCall[T]:
    """Validate the arguments and serialize them once: the body bytes signed are the bytes sent."""
    warn_if_deprecated(operation)
    given = {k: v for k, v in arguments.items() if v is not None}
    unknown = set(given) - {*operation.path_params, *operation.query_params, *operation.body_fields}
    if unknown:
        raise RequestValidationError(operation.id, [(name, "unexpected argument") for name in sorted(unknown)])
    if operation.host == "auth":
        given.setdefault("app_key", config.app_key)
        given.setdefault("app_secret", config.app_secret.reveal())
    if operation.shop_scoped and not config.shop_cipher:
        raise RequestValidationError(
            operation.id,
            [
                (
                    "shop_cipher",
                    "this operation is shop-scoped: create the client with shop_cipher= or use .shop(cipher)",
                )
            ],
        )
    path = operation.path
    query: tuple[tuple[str, str], ...] = ()
    if operation.query_model is not None:
        params = {k: given[k] for k in (*operation.path_params, *operation.query_params) if k in given}
        try:
            model = operation.query_model.model_validate(params)
        except ValidationError as exc:
            raise RequestValidationError(operation.id, _validation_problems(exc, operation.query_model)) from None
        dumped = model.model_dump(mode="json", by_alias=True, exclude_none=True)
        for name in operation.path_params:
            wire = operation.query_model.model_fields[name].alias or name
            path = path.replace("{" + wire + "}", quote(_query_text(dumped.pop(wire)), safe=""))
        query = tuple((k, _query_text(v)) for k, v in dumped.items() if v not in ("", []))
    body: bytes | None = None
    form: dict[str, str] | None = None
    files: dict[str, Any] | None = None
    if operation.body_model is not None:
        fields = {k: given[k] for k in operation.body_fields if k in given}
        try:
            model = operation.body_model.model_validate(fields)
        except ValidationError as exc:
            raise RequestValidationError(operation.id, _validation_problems(exc, operation.body_model)) from None
        if operation.multipart:
            form, files = _multipart(model)
        else:
            body = model.__pydantic_serializer__.to_json(model, by_alias=True, exclude_none=True)
            if body == b"{}":
                body = None
    return PreparedCall(operation, path, query, body, form, files)


def _multipart(model: BaseModel) -> tuple[dict[str, str], dict[str, Any]]:
    form: dict[str, str] = {}
    files: dict[str, Any] = {}
    for name, info in type(model).model_fields.items():
        value = getattr(model, name)
        wire = info.alias or name
        if value is None:
            continue
        if isinstance(value, bytes | PathLike) or hasattr(value, "read"):
            files[wire] = value
        else:
            form[wire] = _query_text(value)
    return form, files


def _open_files(files: dict[str, Any]) -> dict[str, Any]:
    """httpx file tuples; paths are opened here and streamed, file objects rewound for retries."""
    opened: dict[str, Any] = {}
    for wire, value in files.items():
        if isinstance(value, PathLike):
            handle = open(value, "rb")  # noqa: SIM115 - closed by the request stream
            opened[wire] = (str(value).rsplit("/", 1)[-1], handle)
        elif isinstance(value, bytes):
            opened[wire] = (wire, value)
        else:
            if value.seekable():
                value.seek(0)
            opened[wire] = (getattr(value, "name", wire).rsplit("/", 1)[-1], value)
    return opened


def build_request(
    call: PreparedCall[Any], config: ClientConfig, signer: Signer, token: str | None, timestamp: int
) -> httpx.Request:
    """The HTTP request of one attempt, signed with a fresh timestamp."""
    op = call.operation
    headers = dict(config.extra_headers)
    # Per request, so with_options(timeout=...) holds on a connection pool shared with the parent.
    extensions = {"timeout": config.timeout.as_dict()}
    if op.host == "auth":
        return httpx.Request(
            op.method, config.auth_base_url + call.path, params=call.query, headers=headers, extensions=extensions
        )
    params = [("app_key", config.app_key), ("timestamp", str(timestamp))]
    if op.shop_scoped and config.shop_cipher:
        params.append(("shop_cipher", config.shop_cipher))
    params.extend(call.query)
    if token:
        headers["x-tts-access-token"] = token
    if call.files is not None:
        params.append(("sign", signer.sign(call.path, params, None)))
        return httpx.Request(
            op.method,
            config.base_url + call.path,
            params=tuple(params),
            headers=headers,
            data=call.form,
            files=_open_files(call.files),
            extensions=extensions,
        )
    params.append(("sign", signer.sign(call.path, params, call.body)))
    headers.update(JSON_HEADERS)
    return httpx.Request(
        op.method,
        config.base_url + call.path,
        params=tuple(params),
        headers=headers,
        content=call.body,
        extensions=extensions,
    )


class _EnvelopeBase(BaseModel):
    model_config = ConfigDict(extra="ignore")
    code: int = 0
    message: str = ""
    request_id: str | None = None


@cache
def _envelope(model: type[BaseModel]) -> type[_EnvelopeBase]:
    class Envelope(_EnvelopeBase):
        data: model | None = None  # type: ignore[valid-type]

    Envelope.__name__ = f"Envelope[{model.__name__}]"
    return Envelope


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def parse_response(call: PreparedCall[T], response: httpx.Response) -> T:
    """The operation's typed ``data``, or the :class:`APIError` family member for the failure."""
    op = call.operation
    content = response.content
    try:
        envelope: Any = _envelope(op.response_model).model_validate_json(content)
    except ValidationError:
        envelope = _loose_envelope(content)
    code, status = envelope.code, response.status_code
    response.extensions["tiktok_request_id"] = envelope.request_id
    if code != 0 or status >= 400:
        message = envelope.message or response.reason_phrase or "error"
        raise error_for(code or None, status)(
            message,
            code=code or None,
            request_id=envelope.request_id,
            status_code=status,
            operation=op.id,
            retry_after=_retry_after(response),
        )
    if not isinstance(envelope, _EnvelopeBase):
        raise APIError(
            envelope.problem,
            code=None,
            request_id=envelope.request_id,
            status_code=status,
            operation=op.id,
        )
    data = getattr(envelope, "data", None)
    return data if data is not None else op.response_model()


@dataclass(slots=True)
class _Loose:
    code: int
    message: str
    request_id: str | None
    problem: str = "malformed response body: not the operation's schema"


def _loose_envelope(content: bytes) -> _Loose:
    """Read what we can of a body that is not the typed envelope (an HTML 502, a wrong shape)."""
    try:
        raw = json.loads(content)
    except ValueError:
        return _Loose(0, "", None, "malformed response body: not JSON")
    if not isinstance(raw, dict):
        return _Loose(0, "", None, "malformed response body: not a JSON object")
    code = raw.get("code")
    return _Loose(code if isinstance(code, int) else 0, str(raw.get("message") or ""), raw.get("request_id"))


def _transport_error(op: Operation[Any], exc: httpx.TransportError) -> APIConnectionError:
    detail = "" if op.host == "auth" else f": {type(exc).__name__}"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{op.id}: request timed out{detail}", operation=op.id)
    return APIConnectionError(f"{op.id}: connection failed{detail} {exc}".rstrip(), operation=op.id)


def call_flow(
    call: PreparedCall[T], config: ClientConfig, signer: Signer, *, uses_token_source: bool
) -> Generator[Action, Any, T]:
    """Run one call: yields the I/O to perform, returns the parsed model."""
    op = call.operation
    started = time.monotonic()
    attempt = 0
    refreshed = False
    while True:
        attempt += 1
        token: str | None = None
        if op.host == "api":
            token = yield GetToken()
        request = build_request(call, config, signer, token, int(time.time()))
        sent_at = time.monotonic()
        result = yield Send(request)
        elapsed_ms = (time.monotonic() - sent_at) * 1000
        if isinstance(result, httpx.TransportError):
            outcome = Outcome(
                error=_transport_error(op, result),
                reached=not isinstance(result, httpx.ConnectError | httpx.ConnectTimeout),
            )
            logger.debug(
                "%s %s -> %s (%.1f ms, attempt %d)", op.method, call.path, type(result).__name__, elapsed_ms, attempt
            )
        else:
            response: httpx.Response = result
            sink = RAW_SINK.get()
            if sink is not None:
                sink.append(response)
            try:
                parsed = parse_response(call, response)
            except TokenExpiredError:
                if uses_token_source and not refreshed and token is not None:
                    refreshed = True
                    logger.info("%s %s: access token expired, refreshing and retrying once", op.method, call.path)
                    yield RefreshToken(token)
                    attempt -= 1
                    continue
                raise
            except APIError as exc:
                logger.debug(
                    "%s %s -> %d code=%s request_id=%s (%.1f ms, attempt %d)",
                    op.method,
                    call.path,
                    response.status_code,
                    exc.code,
                    exc.request_id,
                    elapsed_ms,
                    attempt,
                )
                outcome = Outcome(error=exc, reached=True)
            else:
                logger.debug(
                    "%s %s -> %d request_id=%s (%.1f ms, attempt %d)",
                    op.method,
                    call.path,
                    response.status_code,
                    response.extensions.get("tiktok_request_id"),
                    elapsed_ms,
                    attempt,
                )
                return parsed
        delay = retry_delay(op, outcome, attempt, time.monotonic() - started, config)
        if delay is None:
            raise outcome.error
        logger.info(
            "%s %s: retrying in %.2fs after %s (attempt %d of %d)",
            op.method,
            call.path,
            delay,
            type(outcome.error).__name__,
            attempt + 1,
            config.max_retries + 1,
        )
        yield Sleep(delay)
