"""Run the sandbox on a free loopback port in a background thread (``with Sandbox() as sb``)."""

from __future__ import annotations

import asyncio
import random
import secrets
import socket
import threading
import time
from collections import Counter
from typing import Any, Self

import uvicorn

from ._app import SandboxApp
from ._clock import Clock
from ._control import expire_access_tokens, find_shop
from ._delivery import Delivery
from ._errors import ERROR_STATUSES, ErrorStatus
from ._expiry import due_expiry_notices
from ._faults import Faults
from ._limits import Limits
from ._router import AUTH_PREFIX
from ._state import LogEntry, SandboxState, Seller
from ._switches import Switches

__all__ = ["Sandbox"]


class Sandbox:
    """A local TikTok Shop: real HTTP on 127.0.0.1, exact signature checks, tokens, data, faults.

    ``orders`` and ``products`` are generated per shop (2 sellers x 2 shops). ``access_token_ttl``
    lets tests make tokens expire in seconds. ``error_status`` chooses the HTTP status of error
    answers: ``"tiktok"`` (business errors at 200, 401 for signature and tokens, 429, 5xx),
    ``"200"`` (every error at 200) or ``"http"`` (400/403/404/401/429/5xx). ``explain_header``
    adds ``x-sandbox-explain`` (why a signature was refused) to 106001 answers; the request log
    and the console at ``/_sandbox/`` always have the explanation. ``qps`` and ``daily_quota``
    turn on TikTok's rate limits (per app, shop and operation; per shop and day): above them a
    request is answered 429 / 36009002 with a ``Retry-After`` and counted in
    ``counters["rate_limited"]``; ``sandbox.limits.configure(qps, daily_quota)`` changes them.
    """

    def __init__(
        self,
        *,
        orders: int = 120,
        products: int = 30,
        seed: int = 0,
        access_token_ttl: int = 7 * 86_400,
        host: str = "127.0.0.1",
        port: int = 0,
        app_key: str | None = None,
        app_secret: str | None = None,
        validate_requests: bool = True,
        error_status: ErrorStatus = "tiktok",
        explain_header: bool = False,
        qps: float | None = None,
        daily_quota: int | None = None,
    ) -> None:
        self.app_key = app_key or f"sbx{secrets.token_hex(4)}"
        self.app_secret = app_secret or secrets.token_hex(20)
        self.state = SandboxState.seeded(self.app_key, self.app_secret, orders=orders, products=products, seed=seed)
        self.state.access_ttl = access_token_ttl
        self.faults = Faults(seed)
        self.app = SandboxApp(
            self.state, faults=self.faults, validate_requests=validate_requests, explain_header=explain_header
        )
        self.error_status = error_status
        self.limits.configure(qps, daily_quota)
        self.state.clock.on_advance(self._send_due_notices)
        self._host, self._port = host, port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    def __repr__(self) -> str:
        return f"Sandbox(base_url={self.base_url if self._server else None!r}, app_key={self.app_key!r})"

    # -- lifecycle ---------------------------------------------------------------------------------
    def start(self) -> Self:
        """Serve on a background thread; a no-op when already serving."""
        if self._thread is not None and self._thread.is_alive():
            return self
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((self._host, self._port))
        self._port = sock.getsockname()[1]
        config = uvicorn.Config(
            self.app.asgi,
            log_level="critical",
            access_log=False,
            lifespan="off",
            http=self.app.protocol(),
            loop="asyncio",
            date_header=False,  # the app sends Date from the sandbox's clock
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the sandbox server did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.app.deliverer.close()

    def serve_forever(self) -> None:
        """Serve in the foreground (``tiktok-shop sandbox``) until interrupted; starts it if needed."""
        self.start()
        try:
            while self._thread is not None and self._thread.is_alive():
                time.sleep(0.5)
        finally:
            self.stop()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        await asyncio.to_thread(self.start)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await asyncio.to_thread(self.stop)

    # -- what tests and the demo use ---------------------------------------------------------------
    @property
    def error_status(self) -> ErrorStatus:
        """The HTTP status form of error answers; settable while serving."""
        return self.app.error_status

    @error_status.setter
    def error_status(self, form: ErrorStatus) -> None:
        if form not in ERROR_STATUSES:
            raise ValueError(f"error_status must be one of {', '.join(ERROR_STATUSES)}")
        self.app.error_status = form

    @property
    def base_url(self) -> str:
        return f"http://{self._host}:{self._port}"

    @property
    def console_url(self) -> str:
        """The web console: request log with signature explanations, webhooks, state and controls."""
        return self.base_url + "/_sandbox/"

    @property
    def limits(self) -> Limits:
        """The rate limits (off unless ``qps`` or ``daily_quota`` was given)."""
        return self.app.limits

    @property
    def clock(self) -> Clock:
        """The sandbox's time; ``sandbox.clock.advance(3600)`` moves it an hour on."""
        return self.state.clock

    @property
    def switches(self) -> Switches:
        """Situations no request leads to: deactivated accounts, an IP allow-list, a development shop's
        hourly quota, the scopes a seller grants (``sandbox.switches.deactivate_shop(shop_id)``)."""
        return Switches(self.state)

    @property
    def auth_base_url(self) -> str:
        return self.base_url + AUTH_PREFIX

    @property
    def sellers(self) -> list[Seller]:
        return list(self.state.sellers.values())

    def issue_auth_code(self, seller: str | None = None) -> str:
        """A single-use auth code, as the seller's redirect would bring (default: the first seller)."""
        open_id = seller or next(iter(self.state.sellers))
        if open_id not in self.state.sellers:
            raise KeyError(f"no sandbox seller {open_id!r}")
        code = f"SBXCODE_{secrets.token_urlsafe(16)}"
        with self.state.lock:
            self.state.auth_codes[code] = (open_id, self.state.now())
        return code

    def seed_orders(
        self,
        count: int,
        shop: str | None = None,
        *,
        between: tuple[float, float] | None = None,
        seed: int = 0,
        bare: bool = False,
    ) -> list[str]:
        """Add ``count`` orders to a shop (its id or cipher; default: the first seller's first shop).

        Creation times spread evenly over ``between`` (unix seconds; default: the 30 days before the
        sandbox clock's now), statuses cycle through every order status, and each order moves along
        its usual path, so update times spread too. ``bare``: orders with only an id, a status and
        times (searchable, not detailed), seeded and parsed fast for tests at scale. Returns the new
        orders' ids.
        """
        with self.state.lock:
            target = find_shop(self.state, shop)[1]
            now = self.state.now()
            window = (int(between[0]), int(between[1])) if between else (now - 30 * 86_400, now)
            return self.state.add_orders(target, count, random.Random(seed), now=now, between=window, bare=bare)

    def expire_access_tokens(self) -> None:
        """Make every access token issued so far expired (the refresh tokens stay valid)."""
        expire_access_tokens(self.state)

    def revoke_refresh_tokens(self) -> None:
        """Make every refresh token issued so far unusable, as when a seller withdraws consent."""
        with self.state.lock:
            for grant in self.state.grants_by_refresh.values():
                grant.refresh_revoked = True

    @property
    def requests(self) -> list[LogEntry]:
        with self.state.lock:
            return list(self.state.log)

    @property
    def counters(self) -> Counter[str]:
        return self.state.counters

    @property
    def deliveries(self) -> list[Delivery]:
        return self.app.deliverer.deliveries

    def wait_for_webhooks(self, timeout: float = 10.0) -> bool:
        return self.app.deliverer.wait(timeout)

    def duplicate_webhooks(self, times: int = 1) -> None:
        """Send every webhook from now on ``1 + times`` times (same body and notification id), as
        TikTok's at-least-once delivery may; ``0`` stops it."""
        self.app.deliverer.duplicates = times

    def hold_webhooks(self) -> None:
        """Keep webhooks back until :meth:`release_webhooks`, which sends them out of order."""
        self.app.deliverer.hold()

    def release_webhooks(self, order: str = "reversed", *, seed: int = 0) -> int:
        """Send the held webhooks ``"reversed"``, ``"shuffled"`` or ``"as-made"``; returns how many."""
        return self.app.deliverer.release(order, seed=seed)

    def _send_due_notices(self) -> None:
        """After the clock moved: the UPCOMING_AUTHORIZATION_EXPIRATION notices that fell due, to subscribers."""
        with self.state.lock:
            for shop_id, data in due_expiry_notices(self.state):
                hook = self.state.webhooks.get(shop_id, {}).get("UPCOMING_AUTHORIZATION_EXPIRATION")
                if hook:
                    self.app.deliverer.enqueue(hook["address"], "UPCOMING_AUTHORIZATION_EXPIRATION", shop_id, data)

    def credentials(self, seller: str | None = None) -> dict[str, Any]:
        """Keyword arguments for a client of one seller's first shop, tokens issued directly."""
        open_id = seller or next(iter(self.state.sellers))
        with self.state.lock:
            grant = self.state.new_grant(open_id)
        shop = self.state.sellers[open_id].shops[0]
        return {
            "app_key": self.app_key,
            "app_secret": self.app_secret,
            "access_token": grant.access_token,
            "shop_cipher": shop.cipher,
            "base_url": self.base_url,
            "auth_base_url": self.auth_base_url,
        }
