"""The sandbox's web console at ``/_sandbox/``: what your integration did, and controls to act on it.

Server-rendered with Jinja2 (templates in ``templates/``) from the same views the JSON control
API answers (``_views.py``); its buttons call that API, so the console holds no logic of its own.
While the page is open a few lines of JavaScript poll ``/_sandbox/live`` once a second for the
live sections, rendered here again, and swap in the ones that changed. Only the sandbox serves
the console: the client never imports this module.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import jinja2
from starlette.requests import Request as HTTPRequest
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Route
from starlette.templating import Jinja2Templates

from . import _views as views
from ._faults import KINDS
from ._triggers import TRIGGERS

if TYPE_CHECKING:
    from ._app import SandboxApp

__all__ = ["LIVE_SECTIONS", "routes"]

LIVE_SECTIONS = ("status", "faults", "requests", "deliveries", "tokens", "records")
LOG_ROWS = 60  # request log entries shown (newest first)
DELIVERY_ROWS = 30


def clock_time(at: float) -> str:
    return time.strftime("%H:%M:%S", time.localtime(at))


def short_time(at: float) -> str:
    return time.strftime("%m-%d %H:%M", time.localtime(at))


def date_time(at: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(at))


def span(seconds: float) -> str:
    """A duration as a person reads it: ``6 d 23 h``, ``5 min``, ``40 s``."""
    seconds = abs(int(seconds))
    for unit, size in (("d", 86_400), ("h", 3600), ("min", 60)):
        if seconds >= size:
            whole, rest = divmod(seconds, size)
            smaller = {"d": ("h", 3600), "h": ("min", 60)}.get(unit)
            if smaller and rest >= smaller[1]:
                return f"{whole} {unit} {rest // smaller[1]} {smaller[0]}"
            return f"{whole} {unit}"
    return f"{seconds} s"


def relative(seconds: float) -> str:
    return f"in {span(seconds)}" if seconds > 0 else f"{span(seconds)} ago"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("tiktok_shop.sandbox", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(clock_time=clock_time, short_time=short_time, date_time=date_time, span=span, relative=relative)
    return env


class Console:
    """The page and its live sections, over one running :class:`SandboxApp`."""

    def __init__(self, app: SandboxApp) -> None:
        self.app = app
        self.templates = Jinja2Templates(env=_environment())

    def context(self) -> dict[str, Any]:
        state, clock = self.app.state, self.app.state.clock
        deliveries = [views.delivery_json(d) for d in self.app.deliverer.deliveries[-DELIVERY_ROWS:]]
        return {
            "app_key": state.app_key,
            "now": clock.now(),
            "offset": clock.offset,
            "requests": views.requests_json(state, LOG_ROWS),
            "request_count": len(state.log),
            "deliveries": deliveries[::-1],
            "subscriptions": sum(len(hooks) for hooks in state.webhooks.values()),
            "faults": views.faults_json(self.app),
            "tokens": views.grants_json(state),
            "sellers": views.sellers_json(state),
            "records": views.records_json(state),
            "triggers": list(TRIGGERS.values()),
            "fault_kinds": KINDS,
        }

    async def page(self, request: HTTPRequest) -> Response:
        context = {**self.context(), "live_sections": LIVE_SECTIONS}
        return self.templates.TemplateResponse(request, "console.html", context)

    async def live(self, request: HTTPRequest) -> JSONResponse:
        context = self.context()
        env = self.templates.env
        return JSONResponse({name: env.get_template(f"_{name}.html").render(context) for name in LIVE_SECTIONS})


async def _to_page(request: HTTPRequest) -> RedirectResponse:
    return RedirectResponse("/_sandbox/")


async def _no_icon(request: HTTPRequest) -> Response:
    """Browsers ask every page's host for an icon; answered here, it stays out of the request log."""
    return Response(status_code=204)


def routes(app: SandboxApp) -> list[BaseRoute]:
    """The console's routes, to mount before the catch-all that serves TikTok's API."""
    console = Console(app)
    return [
        Route("/_sandbox", _to_page, methods=["GET"]),
        Route("/_sandbox/", console.page, methods=["GET"]),
        Route("/_sandbox/live", console.live, methods=["GET"]),
        Route("/favicon.ico", _no_icon, methods=["GET"]),
    ]
