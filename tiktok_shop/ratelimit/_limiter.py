"""What the clients call, and how a request waits for its slot (sync or async).

In each process, one request per bucket at a time asks the shared state for a slot (the others
queue behind it on a lock): the state then sees a handful of askers however many threads or
tasks a process runs, and no slot is ever booked ahead of time, so a cut or a ``Retry-After``
applies to the very next request of every process.
"""

from __future__ import annotations

import asyncio
import threading
import time
from abc import ABC, abstractmethod
from datetime import UTC, datetime
from typing import Protocol, TypedDict, runtime_checkable
from weakref import WeakKeyDictionary

from .._exceptions import QuotaExhaustedError
from ._policy import Bucket, RatePolicy, Ticket

__all__ = ["Limiter", "PolicySettings", "RateLimiter", "quota_exhausted"]


class PolicySettings(TypedDict, total=False):
    """The keyword arguments both limiters take (see :class:`RatePolicy` for their meaning)."""

    rate: float
    min_rate: float
    max_rate: float
    increase: float
    decrease: float
    slow_start: float
    daily_quota: int | None


@runtime_checkable
class RateLimiter(Protocol):
    """What ``TikTokShop(rate_limiter=...)`` and ``AsyncTikTokShop(rate_limiter=...)`` need."""

    def acquire(self, bucket: Bucket) -> Ticket:
        """Block until a request of ``bucket`` may go; :class:`QuotaExhaustedError` when it may not today."""
        ...

    def report(self, ticket: Ticket, *, limited: bool, retry_after: float | None = None) -> None:
        """TikTok answered the request of ``ticket``: rate limited (with its ``Retry-After``) or not."""
        ...

    async def acquire_async(self, bucket: Bucket) -> Ticket: ...

    async def report_async(self, ticket: Ticket, *, limited: bool, retry_after: float | None = None) -> None: ...


def quota_exhausted(bucket: Bucket, policy: RatePolicy, reset_at: float, now: float) -> QuotaExhaustedError:
    shop = f"shop {bucket.shop}" if bucket.shop else "app-level operations"
    return QuotaExhaustedError(
        f"the daily quota of {policy.daily_quota} requests for {shop} is used up",
        operation=bucket.operation,
        reset_at=datetime.fromtimestamp(reset_at, UTC),
        retry_after=max(0.0, reset_at - now),
    )


class Limiter(ABC):
    """The waiting, common to both limiters; subclasses say how a slot is taken and an answer counted."""

    def __init__(self, policy: RatePolicy) -> None:
        self.policy = policy
        self._guard = threading.Lock()
        self._thread_gates: dict[Bucket, threading.Lock] = {}
        self._task_gates: WeakKeyDictionary[asyncio.AbstractEventLoop, dict[Bucket, asyncio.Lock]] = WeakKeyDictionary()

    @abstractmethod
    def _take(self, bucket: Bucket) -> Ticket | float:
        """Take a slot now (a :class:`Ticket`) or say how many seconds to wait before asking again."""

    @abstractmethod
    async def _take_async(self, bucket: Bucket) -> Ticket | float: ...

    @abstractmethod
    def report(self, ticket: Ticket, *, limited: bool, retry_after: float | None = None) -> None: ...

    @abstractmethod
    async def report_async(self, ticket: Ticket, *, limited: bool, retry_after: float | None = None) -> None: ...

    @abstractmethod
    def rate(self, bucket: Bucket) -> float:
        """The bucket's current rate (requests per second): what the limiter has learnt."""

    def acquire(self, bucket: Bucket) -> Ticket:
        with self._guard:
            gate = self._thread_gates.setdefault(bucket, threading.Lock())
        with gate:
            while True:
                granted = self._take(bucket)
                if isinstance(granted, Ticket):
                    return granted
                time.sleep(granted)

    async def acquire_async(self, bucket: Bucket) -> Ticket:
        loop = asyncio.get_running_loop()
        with self._guard:
            gate = self._task_gates.setdefault(loop, {}).setdefault(bucket, asyncio.Lock())
        async with gate:
            while True:
                granted = await self._take_async(bucket)
                if isinstance(granted, Ticket):
                    return granted
                await asyncio.sleep(granted)
