"""The sandbox's own control API, under ``/_sandbox/api``: plain JSON, unsigned, sandbox-only.

TikTok has no such API; it is how tools drive the sandbox from outside its process:
``tiktok-shop sandbox trigger`` uses it, and a web console can reuse it. Routes:

- ``GET  /_sandbox/api/shops``: sellers and their authorized shops (ids and ciphers).
- ``GET  /_sandbox/api/triggers``: the event types a trigger can cause, with what each simulates.
- ``POST /_sandbox/api/triggers``: ``{"event_type", "shop"?, "order_id"?, "product_id"?, "wait"?}``;
  changes the shop's state, delivers the signed events to the subscribed addresses and, with
  ``wait`` (seconds), answers once the deliveries are done.
- ``GET  /_sandbox/api/webhooks``: every subscription; ``PUT`` ``{"address", "shop"?, "event_types"?}``
  subscribes an address to every event type of every shop (or the ones named).
- ``GET  /_sandbox/api/deliveries[?limit=N]`` and ``GET /_sandbox/api/deliveries/{id}``: webhook
  deliveries (id is the event's ``tts_notification_id``), oldest first; ``POST .../{id}/redeliver``
  sends a finished one again (same body and id, as TikTok's retries).
- ``GET  /_sandbox/api/requests[?limit=N]``: the request log, newest first, with each signature
  verdict and, for a refused one, its explanation (see ``_explain.py``).
- ``GET  /_sandbox/api/faults``: the faults that can still fire; ``POST`` ``{"kind", "route"?,
  "times"?, "probability"?, "delay"?, "after"?, "retry_after"?}`` adds one; ``DELETE .../faults/{index}``
  removes one, ``DELETE .../faults`` all.
- ``GET  /_sandbox/api/clock``: ``{"now", "offset"}``; ``POST`` ``{"advance": seconds}`` moves it.
- ``GET  /_sandbox/api/tokens``: every grant, tokens masked; ``POST .../tokens/expire`` expires every
  access token issued so far (refresh tokens keep working).
- ``GET  /_sandbox/api/records``: per shop, orders and products by status and the latest updated.
- ``GET  /_sandbox/api/switches``: the situations switched on (see ``_switches.py``); ``POST``
  ``{"shop", "deactivated"?, "hourly_quota"?}``, ``{"seller"?, "deactivated"?, "scopes"?}`` or
  ``{"ip_allowlist"}`` switches one (``null`` quota, scopes or allow-list: TikTok's default).

Errors answer ``{"error": {"message": ..., "choices"?: [...]}}`` with status 400, 404 or 409.
"""

from __future__ import annotations

import asyncio
import json
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit

from starlette.requests import Request as HTTPRequest
from starlette.responses import JSONResponse
from starlette.routing import BaseRoute, Mount, Route

from ..webhooks import EVENT_TYPES
from . import _views as views
from ._delivery import Delivery
from ._errors import SandboxError
from ._faults import KINDS, FaultKind
from ._handlers import Request
from ._state import SandboxState, Seller, Shop
from ._switches import Switches
from ._triggers import TRIGGERS, Target, TriggerError
from ._views import delivery_json

if TYPE_CHECKING:
    from ._app import SandboxApp

__all__ = ["PREFIX", "ControlError", "expire_access_tokens", "routes", "subscribe"]

PREFIX = "/_sandbox/api"
MAX_WAIT = 30.0


class ControlError(Exception):
    """A request the control API refuses: its status, message and, when useful, the valid choices."""

    def __init__(self, status: int, message: str, choices: list[str] | None = None) -> None:
        self.status, self.message, self.choices = status, message, choices
        super().__init__(message)


def find_shop(state: SandboxState, shop: str | None) -> tuple[Seller, Shop]:
    """The authorized shop with this id or cipher; None means the first seller's first shop."""
    for seller in state.sellers.values():
        for candidate in seller.shops:
            if shop is None or shop in (candidate.id, candidate.cipher):
                return seller, candidate
    shops = [s.id for seller in state.sellers.values() for s in seller.shops]
    raise ControlError(404, f"no authorized shop {shop!r}" if shop else "no authorized shop left", shops)


def subscribe(
    state: SandboxState, address: str, *, shop: str | None = None, event_types: list[str] | None = None
) -> int:
    """Send ``event_types`` (default: every named type) of ``shop`` (default: every shop) to ``address``.

    Returns the number of subscriptions made. Same effect as ``event.update_webhook`` per shop and type.
    """
    parts = urlsplit(address)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ControlError(400, f"the webhook address must be an http(s) URL, got {address!r}")
    unknown = sorted(set(event_types or ()) - set(EVENT_TYPES))
    if unknown:
        raise ControlError(400, f"unknown event types {', '.join(unknown)}", sorted(EVENT_TYPES))
    with state.lock:
        shops = [find_shop(state, shop)[1]] if shop else [s for seller in state.sellers.values() for s in seller.shops]
        now = state.now()
        for one in shops:
            hooks = state.webhooks.setdefault(one.id, {})
            for event_type in event_types or EVENT_TYPES:
                created = hooks.get(event_type, {}).get("create_time", now)
                hooks[event_type] = {"address": address, "create_time": created, "update_time": now}
    return len(shops) * len(event_types or EVENT_TYPES)


def expire_access_tokens(state: SandboxState) -> int:
    """Make every access token issued so far expired by the sandbox clock; returns how many."""
    with state.lock:
        for grant in state.grants_by_access.values():
            grant.access_expires = min(grant.access_expires, state.now() - 1)
        return len(state.grants_by_access)


async def _json_body(request: HTTPRequest) -> dict[str, Any]:
    try:
        body = json.loads(await request.body() or b"{}")
    except ValueError:
        raise ControlError(400, "the body is not valid JSON") from None
    if not isinstance(body, dict):
        raise ControlError(400, "the body must be a JSON object")
    return body


def _number(body: dict[str, Any], key: str, default: float | None = None) -> float | None:
    value = body.get(key)
    if value in (None, ""):
        return default
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ControlError(400, f"{key} must be a number") from None


def _limit(request: HTTPRequest) -> int | None:
    limit = request.query_params.get("limit", "")
    if limit and not limit.isdigit():
        raise ControlError(400, "limit must be a positive integer")
    return int(limit) if limit else None


def _text(body: dict[str, Any], key: str) -> str | None:
    value = body.get(key)
    if value is not None and not isinstance(value, str | int):
        raise ControlError(400, f"{key} must be a string")
    return None if value in (None, "") else str(value)


class Control:
    """The route handlers, over one running :class:`SandboxApp`."""

    def __init__(self, app: SandboxApp) -> None:
        self.app = app
        self.state = app.state

    async def shops(self, request: HTTPRequest) -> JSONResponse:
        return JSONResponse({"sellers": views.sellers_json(self.state)})

    async def list_triggers(self, request: HTTPRequest) -> JSONResponse:
        return JSONResponse(
            {"triggers": [{"event_type": t.event_type, "description": t.description} for t in TRIGGERS.values()]}
        )

    async def trigger(self, request: HTTPRequest) -> JSONResponse:
        body = await _json_body(request)
        event_type = (_text(body, "event_type") or "").upper()
        trigger = TRIGGERS.get(event_type)
        if trigger is None:
            raise ControlError(404, f"no trigger for event type {event_type or '(none)'!r}", sorted(TRIGGERS))
        try:
            wait = min(float(body.get("wait") or 0), MAX_WAIT)
        except (TypeError, ValueError):
            raise ControlError(400, "wait must be a number of seconds") from None
        target = Target(order_id=_text(body, "order_id"), product_id=_text(body, "product_id"))
        with self.state.lock:
            seller, shop = find_shop(self.state, _text(body, "shop"))
            req = Request(self.state, "POST", {}, {}, {}, seller=seller, shop=shop)
            try:
                change = trigger.action(req, target)
            except SandboxError as exc:
                raise ControlError(409, exc.message) from None
            except TriggerError as exc:
                raise ControlError(exc.status, exc.message) from None
        deliveries = self.app.deliverer.deliveries
        before = len(deliveries)
        self.app._deliver(req)  # the same delivery path as the API's own events
        queued = deliveries[before:]
        finished = await asyncio.to_thread(self.app.deliverer.wait, wait) if queued and wait > 0 else not queued
        return JSONResponse(
            {
                "event_type": event_type,
                "shop_id": shop.id,
                "change": change,
                "events": [name for name, _ in req.events],
                "deliveries": [delivery_json(d) for d in queued],
                "finished": finished,
            }
        )

    async def webhooks(self, request: HTTPRequest) -> JSONResponse:
        if request.method == "PUT":
            body = await _json_body(request)
            types = body.get("event_types")
            if types is not None and not (isinstance(types, list) and all(isinstance(t, str) for t in types)):
                raise ControlError(400, "event_types must be a list of event type names")
            subscribe(self.state, _text(body, "address") or "", shop=_text(body, "shop"), event_types=types)
        with self.state.lock:
            rows = [
                {"shop_id": shop_id, "event_type": event_type, "address": hook["address"]}
                for shop_id, hooks in sorted(self.state.webhooks.items())
                for event_type, hook in sorted(hooks.items())
            ]
        return JSONResponse({"subscriptions": rows})

    async def deliveries(self, request: HTTPRequest) -> JSONResponse:
        found = list(self.app.deliverer.deliveries)
        wanted = request.path_params.get("delivery_id")
        if wanted is not None:
            return JSONResponse(delivery_json(self._delivery(wanted)))
        limit = _limit(request)
        if limit is not None:
            found = found[-limit:] if limit else []
        return JSONResponse({"deliveries": [delivery_json(d) for d in found]})

    def _delivery(self, wanted: str) -> Delivery:
        for delivery in self.app.deliverer.deliveries:
            if delivery_json(delivery)["id"] == wanted:
                return delivery
        raise ControlError(404, f"no delivery {wanted!r}")

    async def redeliver(self, request: HTTPRequest) -> JSONResponse:
        delivery = self._delivery(request.path_params["delivery_id"])
        if not self.app.deliverer.redeliver(delivery):
            raise ControlError(409, "the delivery is still queued or being attempted")
        return JSONResponse(delivery_json(delivery))

    async def requests(self, request: HTTPRequest) -> JSONResponse:
        return JSONResponse({"requests": views.requests_json(self.state, _limit(request))})

    async def faults(self, request: HTTPRequest) -> JSONResponse:
        """Add (``POST``), list, remove one (``DELETE faults/{index}``) or clear the faults."""
        faults = self.app.faults
        if request.method == "POST":
            body = await _json_body(request)
            kind = _text(body, "kind")
            if kind not in KINDS:
                raise ControlError(400, f"unknown fault kind {kind!r}", list(KINDS))
            times = _number(body, "times", 1)
            try:
                faults.add(
                    cast(FaultKind, kind),
                    _text(body, "route") or "*",
                    times=None if times is None else int(times),
                    probability=_number(body, "probability"),
                    delay=_number(body, "delay", 0.0) or 0.0,
                    after=bool(body.get("after")),
                    retry_after=_number(body, "retry_after"),
                    fields=_extra_fields(body) if kind == "extra" else None,
                )
            except ValueError as exc:  # a combination the fault model refuses (a 429 after the operation)
                raise ControlError(400, str(exc)) from None
        elif request.method == "DELETE":
            index = request.path_params.get("index")
            if index is None:
                faults.clear()
            else:
                active = faults.active()
                if not index.isdigit() or int(index) >= len(active):
                    raise ControlError(404, f"no active fault {index}")
                faults.remove(active[int(index)])
        return JSONResponse({"faults": views.faults_json(self.app)})

    async def clock(self, request: HTTPRequest) -> JSONResponse:
        clock = self.state.clock
        if request.method == "POST":
            seconds = _number(await _json_body(request), "advance")
            if seconds is None:
                raise ControlError(400, "advance (seconds) is required")
            clock.advance(seconds)
        return JSONResponse({"now": clock.now(), "offset": clock.offset})

    async def tokens(self, request: HTTPRequest) -> JSONResponse:
        if request.method == "POST":
            expire_access_tokens(self.state)
        return JSONResponse({"tokens": views.grants_json(self.state)})

    async def records(self, request: HTTPRequest) -> JSONResponse:
        return JSONResponse({"shops": views.records_json(self.state)})

    async def switches(self, request: HTTPRequest) -> JSONResponse:
        switches = Switches(self.state)
        if request.method == "POST":
            try:
                _switch(switches, await _json_body(request))
            except KeyError as exc:
                raise ControlError(404, str(exc.args[0])) from None
            except ValueError as exc:
                raise ControlError(400, str(exc)) from None
        return JSONResponse(switches.as_json())


def _answering(handler: Any) -> Any:
    """Turn a :class:`ControlError` into its JSON answer."""

    async def endpoint(request: HTTPRequest) -> JSONResponse:
        try:
            response: JSONResponse = await handler(request)
        except ControlError as exc:
            error: dict[str, Any] = {"message": exc.message}
            if exc.choices is not None:
                error["choices"] = exc.choices
            return JSONResponse({"error": error}, status_code=exc.status)
        return response

    return endpoint


async def _not_found(request: HTTPRequest) -> JSONResponse:
    raise ControlError(404, f"no control API at {request.method} {request.url.path}")


def routes(app: SandboxApp) -> list[BaseRoute]:
    """The control API's routes, to mount before the catch-all that serves TikTok's API."""
    control = Control(app)
    return [
        Mount(
            PREFIX,
            routes=[
                Route("/shops", _answering(control.shops), methods=["GET"]),
                Route("/triggers", _answering(control.list_triggers), methods=["GET"]),
                Route("/triggers", _answering(control.trigger), methods=["POST"]),
                Route("/webhooks", _answering(control.webhooks), methods=["GET", "PUT"]),
                Route("/deliveries", _answering(control.deliveries), methods=["GET"]),
                Route("/deliveries/{delivery_id}", _answering(control.deliveries), methods=["GET"]),
                Route("/deliveries/{delivery_id}/redeliver", _answering(control.redeliver), methods=["POST"]),
                Route("/requests", _answering(control.requests), methods=["GET"]),
                Route("/faults", _answering(control.faults), methods=["GET", "POST", "DELETE"]),
                Route("/faults/{index}", _answering(control.faults), methods=["DELETE"]),
                Route("/clock", _answering(control.clock), methods=["GET", "POST"]),
                Route("/tokens", _answering(control.tokens), methods=["GET"]),
                Route("/tokens/expire", _answering(control.tokens), methods=["POST"]),
                Route("/records", _answering(control.records), methods=["GET"]),
                Route("/switches", _answering(control.switches), methods=["GET", "POST"]),
                Route("/{rest:path}", _answering(_not_found), methods=["GET", "POST", "PUT", "DELETE"]),
            ],
        )
    ]


def _switch(switches: Switches, body: dict[str, Any]) -> None:
    """Apply one ``POST /switches`` body: a shop's, a seller's or the app's switches."""
    shop, seller = _text(body, "shop"), _text(body, "seller")
    if "ip_allowlist" in body:
        switches.allow_ips(_names(body, "ip_allowlist"))
    if shop is not None:
        if "deactivated" in body:
            switches.deactivate_shop(shop, deactivated=bool(body["deactivated"]))
        if "hourly_quota" in body:
            quota = _number(body, "hourly_quota")
            switches.limit_hourly(shop, None if quota is None else int(quota))
        return
    if "deactivated" in body:
        switches.deactivate_seller(seller, deactivated=bool(body["deactivated"]))
    if "scopes" in body:
        switches.grant_scopes(_names(body, "scopes"), seller)


def _names(body: dict[str, Any], key: str) -> list[str] | None:
    value = body.get(key)
    if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
        raise ControlError(400, f"{key} must be a list of strings or null")
    return value


UNDECLARED_FIELD = {"sandbox_undeclared_field": "sent by the sandbox's extra fault"}


def _extra_fields(body: dict[str, Any]) -> dict[str, Any]:
    """The fields an ``extra`` fault adds to an answer: ``fields`` (a JSON object), else one example."""
    fields = body.get("fields")
    if isinstance(fields, str) and fields.strip():
        try:
            fields = json.loads(fields)
        except ValueError:
            raise ControlError(400, "fields must be a JSON object") from None
    if fields is None or fields == "":
        return dict(UNDECLARED_FIELD)
    if not isinstance(fields, dict):
        raise ControlError(400, "fields must be a JSON object")
    return fields
