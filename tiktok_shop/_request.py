"""From a call's arguments to the HTTP request of each attempt.

:func:`prepare` runs once per call: it validates the arguments, serializes the body once (the
bytes signed are the bytes sent, on every retry), fills in an idempotency key when the operation
takes one, and refuses what no server would accept (text that is not UTF-8, an over-long URL)
with a :class:`RequestValidationError`. :func:`build_request` runs per attempt: a fresh
timestamp and signature, the token header.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from os import PathLike
from typing import Any, Generic, NoReturn, TypeVar
from urllib.parse import quote, urlencode

import httpx
from pydantic import BaseModel, ValidationError
from pydantic_core import PydanticSerializationError

from ._config import ClientConfig
from ._contract import Operation
from ._deprecations import warn_if_deprecated
from ._exceptions import RequestValidationError
from .signing import Signer

__all__ = ["MAX_URL_LENGTH", "PreparedCall", "build_request", "prepare"]

T = TypeVar("T", bound=BaseModel)
JSON_HEADERS = {"content-type": "application/json"}
MAX_URL_LENGTH = 8192
"""The longest URL sent, in characters: the request-line limit common to HTTP servers (8 KB)."""


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


def _validation_problems(exc: ValidationError) -> list[tuple[str, str]]:
    return [(".".join(str(p) for p in err["loc"]) or "(body)", err["msg"]) for err in exc.errors()]


def _validated(operation: Operation[Any], model: type[BaseModel], values: dict[str, Any]) -> BaseModel:
    try:
        return model.model_validate(values)
    except ValidationError as exc:
        raise RequestValidationError(operation.id, _validation_problems(exc)) from None


def _not_utf8(value: Any, where: str) -> list[tuple[str, str]]:
    """The places in ``value`` holding text that cannot be sent as UTF-8 (lone surrogates)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return [(where, "text is not valid Unicode (a lone surrogate): it cannot be sent as UTF-8")]
        return []
    if isinstance(value, BaseModel):
        value = {name: getattr(value, name) for name in type(value).model_fields}
    if isinstance(value, Mapping):
        return [problem for key, item in value.items() for problem in _not_utf8(item, f"{where}.{key}")]
    if isinstance(value, list | tuple):
        return [problem for i, item in enumerate(value) for problem in _not_utf8(item, f"{where}.{i}")]
    return []


def _refuse_non_utf8(operation: Operation[Any], arguments: Mapping[str, Any]) -> NoReturn:
    problems = [problem for name, value in arguments.items() for problem in _not_utf8(value, name)]
    raise RequestValidationError(operation.id, problems or [("(arguments)", "text that cannot be sent as UTF-8")])


def prepare(operation: Operation[T], arguments: Mapping[str, Any], config: ClientConfig) -> PreparedCall[T]:
    """Validate the arguments and serialize them once: the body bytes signed are the bytes sent."""
    warn_if_deprecated(operation)
    given = {k: v for k, v in arguments.items() if v is not None}
    unknown = set(given) - {*operation.path_params, *operation.query_params, *operation.body_fields}
    if unknown:
        raise RequestValidationError(operation.id, [(name, "unexpected argument") for name in sorted(unknown)])
    if operation.idempotency_key is not None:
        # One key per logical call, reused by every retry: TikTok applies the write once.
        given.setdefault(operation.idempotency_key, uuid.uuid4().hex)
    if operation.host == "auth":
        given.setdefault("app_key", config.app_key)
        given.setdefault("app_secret", config.app_secret.reveal())
    if operation.shop_cipher == "required" and not config.shop_cipher:
        hint = "this operation needs a shop: create the client with shop_cipher= or use .shop(cipher)"
        raise RequestValidationError(operation.id, [("shop_cipher", hint)])
    path = operation.path
    query: tuple[tuple[str, str], ...] = ()
    if operation.query_model is not None:
        params = {k: given[k] for k in (*operation.path_params, *operation.query_params) if k in given}
        dumped = _validated(operation, operation.query_model, params).model_dump(
            mode="json", by_alias=True, exclude_none=True
        )
        try:
            for name in operation.path_params:
                wire = operation.query_model.model_fields[name].alias or name
                path = path.replace("{" + wire + "}", quote(_query_text(dumped.pop(wire)), safe=""))
            query = tuple((k, _query_text(v)) for k, v in dumped.items() if v not in ("", []))
            url_length = _url_length(operation, config, path, query)
        except UnicodeEncodeError:
            _refuse_non_utf8(operation, params)
        if url_length > MAX_URL_LENGTH:
            longest = max(query, key=lambda pair: len(pair[1]), default=("(path)", ""))[0]
            problem = f"the URL would be {url_length} characters, over the {MAX_URL_LENGTH} servers accept"
            raise RequestValidationError(operation.id, [(longest, problem)])
    body: bytes | None = None
    form: dict[str, str] | None = None
    files: dict[str, Any] | None = None
    if operation.body_model is not None:
        fields = {k: given[k] for k in operation.body_fields if k in given}
        model = _validated(operation, operation.body_model, fields)
        if operation.multipart:
            form, files = _multipart(model)
            if any(_not_utf8(value, "") for value in form.values()):
                _refuse_non_utf8(operation, fields)
            unreadable = [
                (wire, f"no readable file at {value!r}") for wire, value in files.items() if _unreadable(value)
            ]
            if unreadable:
                raise RequestValidationError(operation.id, unreadable)
        else:
            try:
                body = model.__pydantic_serializer__.to_json(model, by_alias=True, exclude_none=True)
            except PydanticSerializationError:
                _refuse_non_utf8(operation, fields)
            if body == b"{}":
                body = None
    return PreparedCall(operation, path, query, body, form, files)


def cipher_sent(operation: Operation[Any], config: ClientConfig) -> str | None:
    """The ``shop_cipher`` a request carries: the client's, except where the operation forbids one."""
    return None if operation.shop_cipher == "forbidden" else config.shop_cipher


def _url_length(operation: Operation[Any], config: ClientConfig, path: str, query: tuple[tuple[str, str], ...]) -> int:
    """The length of the URL :func:`build_request` sends (a ten-digit timestamp, a 64-character sign)."""
    if operation.host == "auth":
        base_url, params = config.auth_base_url, (*query, *config.extra_query)
    else:
        sent = cipher_sent(operation, config)
        cipher = (("shop_cipher", sent),) if sent else ()
        base_url = config.base_url
        params = (("app_key", config.app_key), ("timestamp", "1700000000"), *cipher, *query, *config.extra_query)
        params += (("sign", "0" * 64),)
    return len(base_url) + len(path) + 1 + len(urlencode(params, quote_via=quote))


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


def _unreadable(value: Any) -> bool:
    """A path argument that names no file this process can read (checked before anything is sent)."""
    if not isinstance(value, PathLike):
        return False
    try:
        return not (os.path.isfile(value) and os.access(value, os.R_OK))
    except ValueError:  # not encodable as a file name
        return True


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
        query = (*call.query, *config.extra_query)
        return httpx.Request(
            op.method, config.auth_base_url + call.path, params=query, headers=headers, extensions=extensions
        )
    params = [("app_key", config.app_key), ("timestamp", str(timestamp))]
    cipher = cipher_sent(op, config)
    if cipher:
        params.append(("shop_cipher", cipher))
    params.extend(call.query)
    params.extend(config.extra_query)
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
