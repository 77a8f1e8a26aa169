"""The sandbox's ASGI application: verifies requests exactly as TikTok does, then answers.

Starlette is a thin, well-kept ASGI toolkit; one catch-all route serves every operation of the
spec. A request goes through the faults, the checks of :mod:`._verify`, the operation's handler
(or its canned answer fitted to the request), and the operation's :class:`~._answers.Shape`,
so every answer carries each documented field and no other.
"""

from __future__ import annotations

import asyncio
import json
import secrets
import time
from typing import Any
from urllib.parse import unquote

from starlette.applications import Starlette
from starlette.requests import Request as HTTPRequest
from starlette.responses import Response
from starlette.routing import Route

from .._contract import Operation
from . import _aftersales, _catalog, _fulfillment, _orders, _products, _promotions  # noqa: F401 - they register handlers
from . import _errors as E
from ._clock import DateHeader
from ._console import routes as console_routes
from ._control import routes as control_routes
from ._delivery import Deliverer
from ._echo import fit_to_request
from ._errors import ErrorKind, ErrorStatus, SandboxError
from ._faults import Fault, Faults, with_fields
from ._handlers import HANDLERS, Request, route_key
from ._limits import Limits, RateLimited
from ._resets import Connections, protocol_class
from ._router import Router, load_spec
from ._state import LogEntry, SandboxState
from ._trace import current_trace, open_trace
from ._verify import Verifier

__all__ = ["SandboxApp"]


def envelope(code: int, message: str, data: Any = None) -> dict[str, Any]:
    return {"code": code, "message": message, "request_id": secrets.token_hex(16).upper(), "data": data}


def json_response(status: int, payload: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    return Response(body, status_code=status, media_type="application/json", headers=headers)


class SandboxApp:
    """Holds the state, the router and the fault controls; ``asgi`` is the Starlette app.

    ``error_status`` chooses the HTTP status errors travel with (see :mod:`._errors`); it may be
    changed while serving.
    """

    def __init__(
        self,
        state: SandboxState,
        *,
        faults: Faults | None = None,
        validate_requests: bool = True,
        error_status: ErrorStatus = "tiktok",
        explain_header: bool = False,
    ) -> None:
        self.state = state
        _aftersales.seed_requests(state)
        self.faults = faults or Faults()
        self.router = Router(load_spec())
        self.verifier = Verifier(state, validate_requests=validate_requests)
        self.error_status: ErrorStatus = error_status
        self.explain_header = explain_header  # x-sandbox-explain on refused signatures (sandbox-only)
        self.deliverer = Deliverer(state.app_key, state.app_secret, clock=state.clock)
        self.limits = Limits(state.clock)
        self.connections = Connections()
        self.applied: dict[tuple[str, str] | None, Any] = {}  # (operationId, idempotency key) -> answer
        catch_all = Route("/{path:path}", self.endpoint, methods=["GET", "POST", "PUT", "DELETE"])
        starlette = Starlette(routes=[*control_routes(self), *console_routes(self), catch_all])
        self.asgi = DateHeader(starlette, state.clock)

    def protocol(self) -> type[asyncio.Protocol]:
        """The uvicorn HTTP protocol to serve ``asgi`` with, so connection resets are real."""
        return protocol_class(self.connections, self.reset_on_arrival)

    async def endpoint(self, request: HTTPRequest) -> Response:
        started = time.perf_counter()
        trace = open_trace()
        response = await self._answer(request)
        if self.explain_header and trace.explanation is not None:
            response.headers["x-sandbox-explain"] = trace.explanation.short()
        # Lets benchmarks tell the sandbox's share of a call from the client's.
        response.headers["server-timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.3f}"
        return response

    def reset_on_arrival(self, method: str, raw_path: str) -> bool:
        """Whether a ``reset_before_read`` fault takes the request arriving for ``method raw_path``."""
        path = unquote(raw_path)
        found = self.router.find(method, path)
        if found is None:
            return False
        op = found[0].operation
        if self.faults.take(op.id, method, op.path, stage="connection") is None:
            return False
        self._log(method, path, op, 0, 0)
        return True

    async def _answer(self, request: HTTPRequest) -> Response:
        method, path = request.method, request.url.path
        found = self.router.find(method, path)
        if found is None:
            if self.router.serves(path):
                return self._error(
                    method, path, None, SandboxError(E.WRONG_METHOD, f"{method} is not served at {path}")
                )
            versions = self.router.other_versions(method, path)
            if versions:
                served = ", ".join(versions)
                refusal = f"version {path.split('/')[2]} of {method} {path} is not served (served: {served})"
                return self._error(method, path, None, SandboxError(E.UNKNOWN_VERSION, refusal))
            return self._error(method, path, None, SandboxError(E.UNKNOWN_PATH, f"no API at {method} {path}"))
        route, path_params = found
        op = route.operation
        fault = self.faults.take(op.id, method, op.path, stage="before")
        if fault is not None and fault.kind == "delay":
            await asyncio.sleep(fault.delay)
            fault = None
        raw = await request.body()
        if fault is not None:
            return await self._fault(fault, request, op)
        try:
            req = await self.verifier.verify(request, op, path_params, raw)
            self._admit(op, req)
            with self.state.lock:
                replay = _idempotency_key(op, req)
                if replay in self.applied:  # TikTok applies a keyed write once and answers repeats alike
                    data = self.applied[replay]
                else:
                    handler = HANDLERS.get(route_key(method, op.path))
                    if handler is not None:
                        data = route.shape.complete(handler(req))
                    else:
                        data = fit_to_request(req, op, route.shape.default)
                    if replay is not None:
                        self.applied[replay] = data
        except RateLimited as exc:
            return self._error(method, path, op, exc, exc.headers)
        except SandboxError as exc:
            return self._error(method, path, op, exc)
        self._deliver(req)
        late = self.faults.take(op.id, method, op.path, stage="after")
        if late is not None and late.fields is not None:
            data = with_fields(data, late.fields)
        elif late is not None and late.kind == "delay":  # applied, answered late: a client may time out
            await asyncio.sleep(late.delay)
        elif late is not None:
            return await self._fault(late, request, op)
        return self._reply(method, path, op, 200, envelope(0, "Success", data))

    async def _fault(self, fault: Fault, request: HTTPRequest, op: Operation[Any]) -> Response:
        method, path = request.method, request.url.path
        if fault.delay:
            await asyncio.sleep(fault.delay)
        if fault.kind == "reset":
            self._log(method, path, op, 0, 0)
            if self.connections.reset(request.scope.get("client")):
                await asyncio.sleep(0)  # uvicorn notices the closed connection and sends nothing
                return Response(status_code=500)
            raise ConnectionResetError("sandbox fault: connection reset")  # served by another server
        if fault.kind == "malformed":
            self._log(method, path, op, 200, 0)  # cut short; TikTok's x-tts-logid header still names the request
            logid = {"x-tts-logid": secrets.token_hex(16).upper()}
            return Response(b'{"code": 0, "data": {', status_code=200, headers=logid)
        if fault.kind == "502":
            self._log(method, path, op, 502, 0)
            return Response(b"<html>502 Bad Gateway</html>", status_code=502)
        if fault.kind == "429":
            headers = {"retry-after": str(fault.retry_after)} if fault.retry_after is not None else None
            return self._error(method, path, op, SandboxError(E.RATE_LIMITED, "Too many requests"), headers)
        if fault.kind == "timeout":
            return self._error(method, path, op, SandboxError(E.TIMEOUT, "Request timed out, please retry"))
        status = int(fault.kind)
        kind = ErrorKind(E.INTERNAL_ERROR.code, status, status)
        return self._error(method, path, op, SandboxError(kind, "Internal error, retry"))

    def _error(
        self,
        method: str,
        path: str,
        op: Operation[Any] | None,
        exc: SandboxError,
        headers: dict[str, str] | None = None,
    ) -> Response:
        status = exc.kind.status(self.error_status)
        return self._reply(method, path, op, status, envelope(exc.code, exc.message), headers or exc.headers)

    def _reply(
        self,
        method: str,
        path: str,
        op: Operation[Any] | None,
        status: int,
        payload: dict[str, Any],
        headers: dict[str, str] | None = None,
    ) -> Response:
        self._log(method, path, op, status, payload["code"])
        return json_response(status, payload, headers)

    def _log(self, method: str, path: str, op: Operation[Any] | None, status: int, code: int) -> None:
        """Record one request; ``status`` 0 is a request answered with a connection reset."""
        entry = LogEntry(method, path, op.id if op else None, status, code, self.state.clock.now())
        trace = current_trace()
        if trace is not None:
            trace.fill(entry)
        with self.state.lock:
            self.state.log.append(entry)

    def _admit(self, op: Operation[Any], req: Request) -> None:
        """The gateway's rate limits, for API calls that passed the checks (token calls are not limited)."""
        if op.host != "api":
            return
        try:
            self.limits.admit(self.state.app_key, req.shop.cipher if req.shop else None, op.id)
        except RateLimited:
            with self.state.lock:
                self.state.counters["rate_limited"] += 1
            raise

    def _deliver(self, req: Request) -> None:
        if not req.events or req.shop is None:
            return
        hooks = self.state.webhooks.get(req.shop.id, {})
        for event_type, data in req.events:
            hook = hooks.get(event_type)
            if hook:
                self.deliverer.enqueue(hook["address"], event_type, req.shop.id, data)


def _idempotency_key(op: Operation[Any], req: Request) -> tuple[str, str] | None:
    """The operation's idempotency key as sent (query or body), for operations that take one."""
    name = op.idempotency_key
    for model in (op.query_model, op.body_model):
        if name is not None and model is not None and name in model.model_fields:
            wire = model.model_fields[name].alias or name
            value = req.query.get(wire) or req.body.get(wire)
            return (op.id, str(value)) if value else None
    return None
