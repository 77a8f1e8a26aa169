"""The rate rule every limiter follows: one admission per ``1/rate`` seconds, AIMD on the answers.

This module is the rule in Python, on a plain :class:`BucketState`; :class:`LocalRateLimiter`
runs it in memory and the Redis limiter runs the same arithmetic in a Lua script (``_scripts.py``)
on Redis's clock, so a fleet shares one state per bucket. The tests pin both to the same numbers.

- **Admission**: a request may go when the bucket's ``next_at`` and ``paused_until`` have passed;
  it then sets ``next_at = now + 1/rate``. No bursts: two admissions are at least ``1/rate`` apart.
- **Success** (TikTok answered, not with a rate limit): ``rate += slow_start`` while the bucket
  has never been limited (it finds the ceiling quickly: the rate doubles about every
  ``0.7/slow_start`` seconds), then ``rate += increase / rate``: ``increase`` requests/s more per second of
  successes, as TCP's congestion avoidance. Never above ``max_rate``.
- **Rate limited** (429 / 36009002): ``rate = max(min_rate, rate * decrease)``, once per *epoch*:
  a cut starts a new epoch, and 429s of requests admitted before it (sent at the old rate) do
  not cut again. A ``Retry-After`` pauses the bucket until ``now + retry_after``, whatever the epoch.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["DAY", "Bucket", "BucketState", "RatePolicy", "Ticket"]

DAY = 86_400


@dataclass(frozen=True, slots=True)
class Bucket:
    """What TikTok limits separately: one app, one shop (``None``: an app-level operation), one operation."""

    app_key: str
    shop: str | None
    operation: str

    @property
    def scope(self) -> str:
        """The app and shop, the part a daily quota counts (and a Redis cluster hash tag)."""
        return f"{self.app_key}:{self.shop or '-'}"


@dataclass(frozen=True, slots=True)
class Ticket:
    """A granted admission: report the answer with it, so the limiter knows the epoch it was sent in."""

    bucket: Bucket
    epoch: int


def _positive(name: str, value: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name} must be a positive number, got {value!r}")
    return float(value)


@dataclass(frozen=True, slots=True)
class RatePolicy:
    """The limiter's settings; checked once, shared by every bucket. Rates are requests per second."""

    rate: float = 10.0
    min_rate: float = 0.2
    max_rate: float = 50.0
    increase: float = 0.2
    decrease: float = 0.9
    slow_start: float = 0.5
    daily_quota: int | None = None

    def __post_init__(self) -> None:
        for name in ("rate", "min_rate", "max_rate", "increase", "slow_start"):
            _positive(name, getattr(self, name))
        if not self.min_rate <= self.rate <= self.max_rate:
            raise ValueError(f"need min_rate <= rate <= max_rate, got {self.min_rate}, {self.rate}, {self.max_rate}")
        if not 0 < _positive("decrease", self.decrease) < 1:
            raise ValueError(f"decrease must be between 0 and 1, got {self.decrease!r}")
        quota = self.daily_quota
        if quota is not None and (isinstance(quota, bool) or not isinstance(quota, int) or quota <= 0):
            raise ValueError(f"daily_quota must be a positive integer or None, got {quota!r}")


@dataclass(slots=True)
class BucketState:
    """One bucket's shared state (a Redis hash holds the same fields)."""

    rate: float
    next_at: float = 0.0
    paused_until: float = 0.0
    epoch: int = 0
    probing: bool = True  # slow start: never rate limited yet

    def admit(self, now: float) -> float:
        """0.0 when a request may go now (and takes the slot); else the seconds to wait first."""
        interval = 1 / self.rate
        start = max(self.next_at - interval / 2, self.paused_until)
        if start > now:
            return start - now
        self.next_at = max(self.next_at, now) + interval
        return 0.0

    def succeeded(self, policy: RatePolicy) -> None:
        step = policy.slow_start if self.probing else policy.increase / self.rate
        self.rate = min(policy.max_rate, self.rate + step)

    def limited(self, policy: RatePolicy, epoch: int, now: float, retry_after: float | None) -> None:
        if epoch == self.epoch:
            self.rate = max(policy.min_rate, self.rate * policy.decrease)
            self.epoch += 1
            self.probing = False
        if retry_after:
            self.paused_until = max(self.paused_until, now + retry_after)


def next_reset(now: float) -> float:
    """The unix time the daily quota resets after ``now``: the next midnight UTC."""
    return (math.floor(now / DAY) + 1) * DAY
