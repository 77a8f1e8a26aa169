"""The sandbox's ASGI application: verifies requests exactly as TikTok does, then answers.

Starlette is a thin, well-kept ASGI toolkit; one catch-all route dispatches on the registry so
the sandbox serves every spec operation without per-route code.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import re
import secrets
import time
from dataclasses import dataclass
from importlib import resources
from typing import Any

from pydantic import ValidationError
from starlette.applications import Starlette
from starlette.requests import Request as HTTPRequest
from starlette.responses import Response
from starlette.routing import Route

from .._contract import Operation
from .._registry import operations
from ..signing import Signer
from . import _aftersales, _products  # noqa: F401 - they register their handlers
from . import _errors as E
from ._delivery import Deliverer
from ._errors import SandboxError
from ._examples import example
from ._faults import Fault, Faults
from ._handlers import HANDLERS, Request, route_key
from ._state import LogEntry, SandboxState

AUTH_PREFIX = "/api/v2"


@dataclass(frozen=True)
class Route_:
    operation: Operation[Any]
    pattern: re.Pattern[str] | None
    example: dict[str, Any]


def load_spec() -> dict[str, Any]:
    text = resources.files("tiktok_shop_generated").joinpath("openapi.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def load_samples() -> dict[str, dict[str, Any]]:
    """TikTok's documented payloads (the response ``data``) by operationId: the default answers."""
    text = resources.files(__package__).joinpath("samples.json").read_text(encoding="utf-8")
    data: dict[str, dict[str, Any]] = json.loads(text)
    return data


class Router:
    """Finds the operation of a method and path: exact paths by dict, templated ones by regex."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.exact: dict[tuple[str, str], Route_] = {}
        self.templated: list[tuple[str, Route_]] = []
        samples = load_samples()
        for op in operations():
            schema = spec["paths"][op.path][op.method.lower()]["responses"]["200"]["content"]["application/json"]
            answer = samples.get(op.id)
            if answer is None:  # no documented payload: schema-shaped data
                answer = example(spec, schema["schema"]["properties"]["data"])
            served = (AUTH_PREFIX if op.host == "auth" else "") + op.path
            if "{" in served:
                regex = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(served)) + "$"
                self.templated.append((op.method, Route_(op, re.compile(regex), answer)))
            else:
                self.exact[(op.method, served)] = Route_(op, None, answer)
        # More literal text first, so /products/search wins over /products/{product_id}.
        self.templated.sort(key=lambda item: -len(re.sub(r"\{\w+\}", "", item[1].operation.path)))

    def find(self, method: str, path: str) -> tuple[Route_, dict[str, str]] | None:
        route = self.exact.get((method, path))
        if route is not None:
            return route, {}
        for route_method, candidate in self.templated:
            if route_method == method and candidate.pattern is not None:
                match = candidate.pattern.match(path)
                if match:
                    return candidate, match.groupdict()
        return None


def envelope(code: int, message: str, data: Any = None) -> dict[str, Any]:
    return {"code": code, "message": message, "request_id": secrets.token_hex(16).upper(), "data": data}


def json_response(status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    return Response(body, status_code=status, media_type="application/json", headers=headers)


class SandboxApp:
    """Holds the state, the router and the fault controls; ``asgi`` is the Starlette app."""

    def __init__(self, state: SandboxState, *, faults: Faults | None = None, validate_requests: bool = True) -> None:
        self.state = state
        self.faults = faults or Faults()
        self.router = Router(load_spec())
        self.signer = Signer(state.app_secret)
        self.validate_requests = validate_requests
        self.deliverer = Deliverer(state.app_key, state.app_secret)
        self.applied: dict[tuple[str, str] | None, Any] = {}  # (operationId, idempotency key) -> answer
        self.asgi = Starlette(routes=[Route("/{path:path}", self.endpoint, methods=["GET", "POST", "PUT", "DELETE"])])

    async def endpoint(self, request: HTTPRequest) -> Response:
        started = time.perf_counter()
        response = await self._answer(request)
        # Lets benchmarks tell the sandbox's share of a call from the client's.
        response.headers["server-timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.3f}"
        return response

    async def _answer(self, request: HTTPRequest) -> Response:
        method, path = request.method, request.url.path
        found = self.router.find(method, path)
        if found is None:
            return self._log(
                method, path, None, json_response(404, envelope(E.NOT_FOUND[0], f"no API at {method} {path}"))
            )
        route, path_params = found
        op = route.operation
        fault = self.faults.take(op.id, method, op.path, after=False)
        if fault is not None and fault.kind != "delay":
            return await self._fault(fault, method, path, op)
        if fault is not None:
            await asyncio.sleep(fault.delay)
        raw = await request.body()
        try:
            req = await self._verify(request, op, path_params, raw)
            with self.state.lock:
                replay = _idempotency_key(op, req)
                if replay in self.applied:  # TikTok applies a keyed write once and answers repeats alike
                    data = self.applied[replay]
                else:
                    handler = HANDLERS.get(route_key(method, op.path))
                    data = handler(req) if handler is not None else route.example
                    if replay is not None:
                        self.applied[replay] = data
        except SandboxError as exc:
            return self._log(method, path, op, json_response(exc.status, envelope(exc.code, exc.message)))
        self._deliver(req)
        late = self.faults.take(op.id, method, op.path, after=True)
        if late is not None and late.kind == "delay":  # applied, answered late: a client may time out
            await asyncio.sleep(late.delay)
        elif late is not None:
            return await self._fault(late, method, path, op)
        return self._log(method, path, op, json_response(200, envelope(0, "Success", data)))

    async def _fault(self, fault: Fault, method: str, path: str, op: Operation[Any]) -> Response:
        if fault.delay:
            await asyncio.sleep(fault.delay)
        if fault.kind == "reset":
            self._log(method, path, op, Response(status_code=599))
            raise ConnectionResetError("sandbox fault: connection reset")
        if fault.kind == "malformed":  # cut short; TikTok's x-tts-logid header still names the request
            logid = {"x-tts-logid": secrets.token_hex(16).upper()}
            return self._log(method, path, op, Response(b'{"code": 0, "data": {', status_code=200, headers=logid))
        if fault.kind == "429":
            headers = {"retry-after": str(fault.retry_after)} if fault.retry_after is not None else None
            payload = envelope(E.RATE_LIMITED[0], "Too many requests")
            return self._log(method, path, op, json_response(429, payload, headers))
        if fault.kind == "502":
            return self._log(method, path, op, Response(b"<html>502 Bad Gateway</html>", status_code=502))
        status = int(fault.kind)
        return self._log(
            method, path, op, json_response(status, envelope(E.INTERNAL_ERROR[0], "Internal error, retry"))
        )

    def _log(self, method: str, path: str, op: Operation[Any] | None, response: Response) -> Response:
        code = 0
        if response.media_type == "application/json":
            try:
                code = int(json.loads(bytes(response.body)).get("code", 0))
            except (ValueError, AttributeError):
                code = 0
        entry = LogEntry(method, path, op.id if op else None, response.status_code, code, time.time())
        with self.state.lock:
            self.state.log.append(entry)
        return response

    async def _verify(
        self, request: HTTPRequest, op: Operation[Any], path_params: dict[str, str], raw: bytes
    ) -> Request:
        query = dict(request.query_params)
        state = self.state
        if op.host == "auth":
            if query.get("app_key") != state.app_key or not hmac.compare_digest(
                query.get("app_secret", "").encode(), state.app_secret.encode()
            ):
                raise SandboxError(E.UNKNOWN_APP, "app_key or app_secret is not valid")
            return Request(state, request.method, path_params, query, {})
        if query.get("app_key") != state.app_key:
            raise SandboxError(E.UNKNOWN_APP, "app_key is not a registered app")
        try:
            timestamp = int(query.get("timestamp", ""))
        except ValueError:
            raise SandboxError(E.STALE_TIMESTAMP, "timestamp is missing or not an integer") from None
        if abs(time.time() - timestamp) > state.timestamp_window:
            raise SandboxError(E.STALE_TIMESTAMP, "timestamp is outside the allowed window")
        multipart = request.headers.get("content-type", "").startswith("multipart/form-data")
        # TikTok signs the path as sent on the wire, percent-escapes included.
        wire_path = request.scope.get("raw_path", b"").decode("latin-1") or request.url.path
        expected = self.signer.sign(wire_path, query.items(), None if multipart else raw)
        if not hmac.compare_digest(query.get("sign", "").encode(), expected.encode()):
            raise SandboxError(E.INVALID_SIGNATURE, "sign is not valid for this request")
        token = request.headers.get("x-tts-access-token", "")
        with state.lock:
            grant = state.grants_by_access.get(token)
            if grant is None:
                raise SandboxError(E.INVALID_TOKEN, "access token is missing or not valid")
            # An expired token is reported as expired even when a refresh already replaced it:
            # the client's answer (refresh or pick up the stored new token) is the same.
            if grant.access_expires <= time.time():
                raise SandboxError(E.EXPIRED_TOKEN, "access token has expired")
            if grant.revoked:
                raise SandboxError(E.INVALID_TOKEN, "access token is missing or not valid")
            grant.confirm()
            seller = state.sellers[grant.open_id]
        shop = None
        if op.shop_scoped:
            cipher = query.get("shop_cipher")
            if not cipher:
                raise SandboxError(E.MISSING_SHOP_CIPHER, "shop_cipher is required for this operation")
            found = state.shop_by_cipher(cipher)
            if found is None or found[0] is not seller:
                raise SandboxError(E.INVALID_PARAMETER, "shop_cipher does not belong to this seller")
            shop = found[1]
        req = Request(state, request.method, path_params, {k: v for k, v in query.items() if k not in _COMMON}, {})
        req.seller, req.shop = seller, shop
        if multipart:
            form = await request.form()
            for key, value in form.multi_items():
                if isinstance(value, str):
                    req.body[key] = value
                else:
                    req.files[key] = len(await value.read())
        elif raw:
            try:
                body = json.loads(raw)
            except ValueError:
                raise SandboxError(E.INVALID_PARAMETER, "body is not valid JSON") from None
            if not isinstance(body, dict):
                raise SandboxError(E.INVALID_PARAMETER, "body must be a JSON object")
            req.body = body
        if self.validate_requests:
            self._validate(op, req)
        return req

    @staticmethod
    def _validate(op: Operation[Any], req: Request) -> None:
        try:
            if op.query_model is not None:
                fields = op.query_model.model_fields
                params: dict[str, Any] = {**req.query, **req.path_params}
                for name, info in fields.items():
                    key = info.alias or name
                    if key in params and "list[" in str(info.annotation):
                        params[key] = params[key].split(",")
                op.query_model.model_validate(params, strict=False)  # wire text: "10" is a page size
            if op.body_model is not None and not op.multipart:
                op.body_model.model_validate(req.body)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise SandboxError(E.INVALID_PARAMETER, f"{where}: {first['msg']}") from None

    def _deliver(self, req: Request) -> None:
        if not req.events or req.shop is None:
            return
        hooks = self.state.webhooks.get(req.shop.id, {})
        for event_type, data in req.events:
            address = hooks.get(event_type)
            if address:
                self.deliverer.enqueue(address, event_type, req.shop.id, data)


_COMMON = frozenset({"app_key", "timestamp", "sign", "shop_cipher", "access_token"})


def _idempotency_key(op: Operation[Any], req: Request) -> tuple[str, str] | None:
    """The operation's idempotency key as sent (query or body), for operations that take one."""
    name = op.idempotency_key
    for model in (op.query_model, op.body_model):
        if name is not None and model is not None and name in model.model_fields:
            wire = model.model_fields[name].alias or name
            value = req.query.get(wire) or req.body.get(wire)
            return (op.id, str(value)) if value else None
    return None
