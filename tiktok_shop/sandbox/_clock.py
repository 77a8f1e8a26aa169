"""The sandbox's clock: the real time plus an offset that tests and the console move forward.

Every time the sandbox reads (token expiry, the ``timestamp`` window, order and event times)
comes from here, so advancing it expires tokens and ages records without anyone sleeping. Like
a server whose clock runs ahead, it also moves the ``timestamp`` window: a client that signs
with its own clock is refused once the offset passes that window, as TikTok would refuse it.
"""

from __future__ import annotations

import threading
import time

__all__ = ["Clock"]


class Clock:
    """Real time shifted by ``offset`` seconds; ``advance`` moves it (a negative step moves it back)."""

    def __init__(self, offset: float = 0.0) -> None:
        self._offset = offset
        self._lock = threading.Lock()

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
        """Move the clock by ``seconds``; returns the new offset."""
        with self._lock:
            self._offset += seconds
            return self._offset
