"""The sandbox's clock: the real time plus an offset that tests and the console move forward.

Every time the sandbox reads (token expiry, the ``timestamp`` window, order and event times)
comes from here, so advancing it expires tokens and ages records without anyone sleeping. Like
a server whose clock runs ahead, it also moves the ``timestamp`` window: a client that signs
with its own clock is refused once the offset passes that window, as TikTok would refuse it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from email.utils import formatdate
from typing import Any

__all__ = ["Clock", "DateHeader"]


class Clock:
    """Real time shifted by ``offset`` seconds; ``advance`` moves it (a negative step moves it back)."""

    def __init__(self, offset: float = 0.0) -> None:
        self._offset = offset
        self._lock = threading.Lock()
        self._listeners: list[Callable[[], None]] = []

    def __repr__(self) -> str:
        return f"Clock(offset={self._offset})"

    @property
    def offset(self) -> float:
        """Seconds this clock runs ahead of the real one."""
        return self._offset

    def now(self) -> float:
        """The sandbox's unix time, in seconds."""
        return time.time() + self._offset

    def advance(self, seconds: float) -> float:
        """Move the clock by ``seconds``; returns the new offset.

        What falls due meanwhile happens then (an authorization-expiry notice, see ``on_advance``).
        """
        with self._lock:
            self._offset += seconds
            offset = self._offset
        for listener in list(self._listeners):
            listener()
        return offset

    def on_advance(self, listener: Callable[[], None]) -> None:
        """Call ``listener`` after each ``advance`` (the sandbox sends the notices that fell due)."""
        self._listeners.append(listener)


class DateHeader:
    """ASGI middleware: every answer carries ``Date`` read from the sandbox's clock, as a server's would.

    A client learns the server's clock from it (TikTok's answers carry one too), so a sandbox whose
    clock is moved tests clock-skew handling. uvicorn's own ``Date`` (the real clock) is turned off.
    """

    def __init__(self, app: Any, clock: Clock) -> None:
        self.app = app
        self.clock = clock
        self._cached: tuple[int, bytes] = (0, b"")

    def _date(self) -> bytes:
        second = int(self.clock.now())
        cached_second, value = self._cached
        if second != cached_second:
            value = formatdate(second, usegmt=True).encode()
            self._cached = (second, value)
        return value

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_dated(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"date"]
                message = {**message, "headers": [*headers, (b"date", self._date())]}
            await send(message)

        await self.app(scope, receive, send_dated)
