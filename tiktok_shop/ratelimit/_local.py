"""Rate limits shared by the threads and tasks of one process."""

from __future__ import annotations

import math
import threading
import time
from typing import Unpack

from ._limiter import Limiter, PolicySettings, quota_exhausted
from ._policy import DAY, Bucket, BucketState, RatePolicy, Ticket, next_reset

__all__ = ["LocalRateLimiter"]


class LocalRateLimiter(Limiter):
    """In memory, for one process: every thread and task of it shares each bucket's rate.

    Takes the settings of :class:`RatePolicy` as keywords (``rate=10.0`` requests per second to
    start with, ``daily_quota=None``...). Slots follow the monotonic clock; the daily quota counts
    per shop and UTC day on the wall clock.
    """

    def __init__(self, **settings: Unpack[PolicySettings]) -> None:
        super().__init__(RatePolicy(**settings))
        self._states: dict[Bucket, BucketState] = {}
        self._used: dict[str, tuple[int, int]] = {}  # scope -> (UTC day, requests admitted that day)
        self._mutex = threading.Lock()

    def __repr__(self) -> str:
        return f"LocalRateLimiter(rate={self.policy.rate}, daily_quota={self.policy.daily_quota})"

    def _state(self, bucket: Bucket) -> BucketState:
        state = self._states.get(bucket)
        if state is None:
            state = self._states[bucket] = BucketState(self.policy.rate)
        return state

    def _take(self, bucket: Bucket) -> Ticket | float:
        quota, wall = self.policy.daily_quota, time.time()
        day = math.floor(wall / DAY)
        with self._mutex:
            if quota is not None:
                used_day, used = self._used.get(bucket.scope, (day, 0))
                used = used if used_day == day else 0
                if used >= quota:
                    raise quota_exhausted(bucket, self.policy, next_reset(wall), wall)
            state = self._state(bucket)
            wait = state.admit(time.monotonic())
            if wait > 0:
                return wait
            if quota is not None:
                self._used[bucket.scope] = (day, used + 1)
            return Ticket(bucket, state.epoch)

    async def _take_async(self, bucket: Bucket) -> Ticket | float:
        return self._take(bucket)

    def report(self, ticket: Ticket, *, limited: bool, retry_after: float | None = None) -> None:
        with self._mutex:
            state = self._state(ticket.bucket)
            if limited:
                state.limited(self.policy, ticket.epoch, time.monotonic(), retry_after)
            else:
                state.succeeded(self.policy)

    async def report_async(self, ticket: Ticket, *, limited: bool, retry_after: float | None = None) -> None:
        self.report(ticket, limited=limited, retry_after=retry_after)

    def rate(self, bucket: Bucket) -> float:
        with self._mutex:
            return self._state(bucket).rate
