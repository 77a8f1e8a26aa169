"""TikTok's gateway limits: requests per second per bucket, and a daily count per shop.

A bucket is (app, shop cipher, operation), or (app, operation) for operations without a shop,
as TikTok limits them. ``qps`` allows that many requests in any window of one second (a
sliding window over the times of the requests it let through; for a fractional ``qps``,
``ceil(qps)`` requests in ``ceil(qps) / qps`` seconds). ``daily_quota`` counts the requests let
through per (app, shop) and UTC day of the sandbox clock. Above either, the request is answered
429 with code 36009002 and a ``Retry-After`` in seconds (to the millisecond): when the window
frees a place, or when the day ends. Requests refused this way count in neither.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass, field

from . import _errors as E
from ._clock import Clock
from ._errors import SandboxError

__all__ = ["Limits", "RateLimited"]

DAY = 86_400


class RateLimited(SandboxError):
    """A 429 with the seconds after which the same request would be let through."""

    def __init__(self, message: str, retry_after: float) -> None:
        super().__init__(E.RATE_LIMITED, message, {"retry-after": f"{math.ceil(retry_after * 1000) / 1000:g}"})
        self.retry_after = retry_after


def _positive(name: str, value: float | None, kind: type) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, kind | int) or not value > 0):
        raise ValueError(f"{name} must be a positive {kind.__name__} or None, got {value!r}")


@dataclass
class Limits:
    """The sandbox's limits (``sandbox.limits``); ``None`` turns each off, which is the default."""

    clock: Clock
    qps: float | None = None
    daily_quota: int | None = None
    _sent: dict[tuple[str, str | None, str], deque[float]] = field(default_factory=dict)
    _days: dict[tuple[str, str | None], tuple[int, int]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.configure(self.qps, self.daily_quota)

    def configure(self, qps: float | None, daily_quota: int | None) -> None:
        """Set both limits (``None``: off) and forget what was counted."""
        _positive("qps", qps, float)
        _positive("daily_quota", daily_quota, int)
        with self._lock:
            self.qps, self.daily_quota = qps, daily_quota
            self._sent.clear()
            self._days.clear()

    def admit(self, app_key: str, shop: str | None, operation: str) -> None:
        """Count one request, or raise :class:`RateLimited` without counting it."""
        if self.qps is None and self.daily_quota is None:
            return
        now = self.clock.now()
        day = math.floor(now / DAY)
        with self._lock:
            used_day, used = self._days.get((app_key, shop), (day, 0))
            used = used if used_day == day else 0
            if self.daily_quota is not None and used >= self.daily_quota:
                raise RateLimited("The daily request quota of this shop is used up", (day + 1) * DAY - now)
            if self.qps is not None:
                sent = self._sent.setdefault((app_key, shop, operation), deque())
                allowed = math.ceil(self.qps)
                window = allowed / self.qps
                while sent and sent[0] <= now - window:
                    sent.popleft()
                if len(sent) >= allowed:
                    raise RateLimited("Too many requests", sent[0] + window - now)
                sent.append(now)
            self._days[(app_key, shop)] = (day, used + 1)
