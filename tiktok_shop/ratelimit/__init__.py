"""Stay under TikTok's rate limits instead of backing off after them, alone or as a fleet.

TikTok limits requests per app, shop and operation, at rates it does not publish and changes
(429 / code 36009002), and some apps have a daily request cap per shop. A limiter gives each
(app key, shop cipher or app, operation) bucket a rate, spaces requests by it, learns it from
TikTok's answers (AIMD, see :mod:`._policy`) and pauses a bucket for a ``Retry-After``:

- :class:`LocalRateLimiter`: the threads and tasks of one process;
- :class:`RedisRateLimiter`: every process on every machine using one Redis (``redis`` extra).

``TikTokShop(..., rate_limiter=RedisRateLimiter("redis://..."))``; ``with_options`` and
``shop(...)`` copies share it. With ``daily_quota=N`` a call beyond N requests of a shop in a UTC
day raises :class:`tiktok_shop.QuotaExhaustedError` before anything is sent.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._limiter import Limiter, PolicySettings, RateLimiter
from ._local import LocalRateLimiter
from ._policy import Bucket, BucketState, RatePolicy, Ticket

if TYPE_CHECKING:
    from ._redis import RedisRateLimiter

__all__ = [
    "Bucket",
    "BucketState",
    "Limiter",
    "LocalRateLimiter",
    "PolicySettings",
    "RateLimiter",
    "RatePolicy",
    "RedisRateLimiter",
    "Ticket",
]


def __getattr__(name: str) -> Any:
    if name == "RedisRateLimiter":
        from ._redis import RedisRateLimiter

        return RedisRateLimiter
    raise AttributeError(f"module 'tiktok_shop.ratelimit' has no attribute {name!r}")
