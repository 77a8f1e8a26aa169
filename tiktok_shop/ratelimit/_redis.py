"""Rate limits shared by every process and machine of a fleet through one Redis (the ``redis`` extra).

Each slot and each answer is one Lua script (``_scripts.py``): atomic, on Redis's clock. When
Redis cannot be reached the limiter carries on in memory (a :class:`LocalRateLimiter` with the same
settings) and logs one warning; it asks Redis again every ``retry_interval`` seconds and returns
to it, logging that too, once it answers.
"""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import Any, Unpack
from weakref import WeakKeyDictionary

import redis
import redis.asyncio

from .._redaction import redact
from ._limiter import Limiter, PolicySettings, quota_exhausted
from ._local import LocalRateLimiter
from ._policy import Bucket, RatePolicy, Ticket
from ._scripts import ACQUIRE, REPORT

__all__ = ["RedisRateLimiter"]

logger = logging.getLogger("tiktok_shop")
UNREACHABLE = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)
SOCKET_TIMEOUT = 1.0
"""Seconds the limiter's own connections (made from a URL) wait on Redis before falling back."""


class _Scripts:
    """A Redis client with the limiter's two scripts registered on it (sent by SHA, reloaded after a restart)."""

    def __init__(self, client: Any) -> None:
        self.client = client
        self.acquire = client.register_script(ACQUIRE)
        self.report = client.register_script(REPORT)


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


class RedisRateLimiter(Limiter):
    """One rate per bucket for the whole fleet: every process on every machine using this Redis.

    ``client`` is a URL (``redis://host:6379/0``; connections then time out after 1 s), a
    ``redis.Redis`` (async clients run it in a thread) or a ``redis.asyncio.Redis`` (async clients
    only). Keys are ``{prefix}rate:{app:shop}:operation`` and ``{prefix}quota:{app:shop}``
    (one hash tag per shop, so a cluster keeps them together); each expires after ``idle_ttl``
    seconds without use. The other keywords are :class:`RatePolicy`'s.
    """

    def __init__(
        self,
        client: str | redis.Redis | redis.asyncio.Redis,
        *,
        prefix: str = "tiktok_shop:",
        idle_ttl: float = 600.0,
        retry_interval: float = 1.0,
        **settings: Unpack[PolicySettings],
    ) -> None:
        super().__init__(RatePolicy(**settings))
        self._fallback = LocalRateLimiter(**settings)
        self._prefix = prefix
        self._idle_ms = int(idle_ttl * 1000)
        self._retry_interval = retry_interval
        self._url = client if isinstance(client, str) else None
        self._sync: _Scripts | None = None
        self._async: _Scripts | None = None
        self._per_loop: WeakKeyDictionary[asyncio.AbstractEventLoop, _Scripts] = WeakKeyDictionary()
        if isinstance(client, str):
            self._sync = _Scripts(
                redis.Redis.from_url(client, socket_timeout=SOCKET_TIMEOUT, socket_connect_timeout=SOCKET_TIMEOUT)
            )
        elif isinstance(client, redis.asyncio.Redis):
            self._async = _Scripts(client)
        else:
            self._sync = _Scripts(client)
        self._down = False
        self._retry_at = 0.0
        self._state_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"RedisRateLimiter(prefix={self._prefix!r}, {self.policy.rate}/s, daily_quota={self.policy.daily_quota})"

    # -- keys and arguments ------------------------------------------------------------------------
    def _key(self, bucket: Bucket) -> str:
        return f"{self._prefix}rate:{{{bucket.scope}}}:{bucket.operation}"

    def _acquire_call(self, bucket: Bucket) -> tuple[list[str], list[Any]]:
        keys = [self._key(bucket), f"{self._prefix}quota:{{{bucket.scope}}}"]
        return keys, [self.policy.rate, self._idle_ms, self.policy.daily_quota or 0]

    def _report_call(self, ticket: Ticket, limited: bool, retry_after: float | None) -> tuple[list[str], list[Any]]:
        p = self.policy
        outcome = "limited" if limited else "ok"
        args = [outcome, ticket.epoch, retry_after or 0, p.rate, p.min_rate, p.max_rate, p.increase, p.decrease,
                p.slow_start, self._idle_ms]  # fmt: skip
        return [self._key(ticket.bucket)], args

    def _granted(self, bucket: Bucket, reply: list[bytes | str]) -> Ticket | float:
        kind, value = _text(reply[0]), _text(reply[1])
        if kind == "go":
            return Ticket(bucket, int(value))
        if kind == "wait":
            return float(value)
        raise quota_exhausted(bucket, self.policy, float(value), time.time())

    # -- reaching Redis, or not --------------------------------------------------------------------
    def _worth_trying(self) -> bool:
        return not self._down or time.monotonic() >= self._retry_at

    def _unreachable(self, exc: Exception) -> None:
        with self._state_lock:
            self._retry_at = time.monotonic() + self._retry_interval
            if self._down:
                return
            self._down = True
        logger.warning(
            "rate limiter: Redis is unreachable (%s: %s); limiting in this process only until it answers again",
            type(exc).__name__,
            redact(str(exc)),
        )

    def _reachable(self) -> None:
        if not self._down:
            return
        with self._state_lock:
            if not self._down:
                return
            self._down = False
        logger.warning("rate limiter: Redis answers again; the fleet shares its rate limits again")

    def _run(self, script: str, keys: list[str], args: list[Any]) -> Any:
        """The script's reply, or ``None`` when Redis is down (the caller falls back)."""
        if self._sync is None:
            raise TypeError("this RedisRateLimiter holds a redis.asyncio client: it serves AsyncTikTokShop only")
        if not self._worth_trying():
            return None
        try:
            reply = getattr(self._sync, script)(keys=keys, args=args)
        except UNREACHABLE as exc:
            self._unreachable(exc)
            return None
        self._reachable()
        return reply

    async def _run_async(self, script: str, keys: list[str], args: list[Any]) -> Any:
        scripts = self._async or self._loop_scripts()
        if scripts is None:
            return await asyncio.to_thread(self._run, script, keys, args)
        if not self._worth_trying():
            return None
        try:
            reply = await getattr(scripts, script)(keys=keys, args=args)
        except UNREACHABLE as exc:
            self._unreachable(exc)
            return None
        self._reachable()
        return reply

    def _loop_scripts(self) -> _Scripts | None:
        """An asyncio client per event loop (its connections belong to the loop), for a limiter built from a URL."""
        if self._url is None:
            return None
        loop = asyncio.get_running_loop()
        scripts = self._per_loop.get(loop)
        if scripts is None:
            client = redis.asyncio.Redis.from_url(
                self._url, socket_timeout=SOCKET_TIMEOUT, socket_connect_timeout=SOCKET_TIMEOUT
            )
            scripts = self._per_loop[loop] = _Scripts(client)
        return scripts

    # -- the limiter -------------------------------------------------------------------------------
    def _take(self, bucket: Bucket) -> Ticket | float:
        reply = self._run("acquire", *self._acquire_call(bucket))
        return self._fallback._take(bucket) if reply is None else self._granted(bucket, reply)

    async def _take_async(self, bucket: Bucket) -> Ticket | float:
        reply = await self._run_async("acquire", *self._acquire_call(bucket))
        return self._fallback._take(bucket) if reply is None else self._granted(bucket, reply)

    def report(self, ticket: Ticket, *, limited: bool, retry_after: float | None = None) -> None:
        if self._run("report", *self._report_call(ticket, limited, retry_after)) is None:
            self._fallback.report(ticket, limited=limited, retry_after=retry_after)

    async def report_async(self, ticket: Ticket, *, limited: bool, retry_after: float | None = None) -> None:
        if await self._run_async("report", *self._report_call(ticket, limited, retry_after)) is None:
            self._fallback.report(ticket, limited=limited, retry_after=retry_after)

    def rate(self, bucket: Bucket) -> float:
        if self._sync is not None and self._worth_trying():
            try:
                raw = self._sync.client.hget(self._key(bucket), "rate")
            except UNREACHABLE as exc:
                self._unreachable(exc)
            else:
                self._reachable()
                return self.policy.rate if raw is None else float(_text(raw))
        return self._fallback.rate(bucket)

    def close(self) -> None:
        """Close the connections this limiter opened (not those of a client you passed in)."""
        if self._url is not None and self._sync is not None:
            self._sync.client.close()

    async def aclose(self) -> None:
        """Close this event loop's connections, when the limiter opened them."""
        loop = asyncio.get_running_loop()
        scripts = self._per_loop.pop(loop, None)
        if scripts is not None:
            await scripts.client.aclose()
