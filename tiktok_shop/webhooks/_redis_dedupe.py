"""Remember handled notifications in Redis, for receivers on several machines (needs the ``redis`` extra)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import redis

__all__ = ["RedisDedupeStore"]


class RedisDedupeStore:
    """One key per notification, ``{prefix}webhook:{key}``, claimed with ``SET NX`` and a TTL.

    ``SET NX`` is atomic in Redis, so of every receiver of the fleet claiming one notification
    exactly one gets it; the key expires after ``retention`` seconds (a week by default, longer
    than TikTok retries a delivery), so the store never grows without bound.
    """

    def __init__(
        self, client: redis.Redis | str, *, prefix: str = "tiktok_shop:", retention: float = 7 * 86400
    ) -> None:
        if isinstance(client, str):
            import redis as redis_module

            client = redis_module.Redis.from_url(client)
        if not retention > 0:
            raise ValueError(f"retention must be a positive number of seconds, got {retention!r}")
        self._redis = client
        self._prefix = prefix
        self._retention_ms = max(1, int(retention * 1000))

    def __repr__(self) -> str:
        return f"RedisDedupeStore(prefix={self._prefix!r})"

    def _key(self, key: str) -> str:
        return f"{self._prefix}webhook:{key}"

    def claim(self, key: str) -> bool:
        return bool(self._redis.set(self._key(key), b"1", nx=True, px=self._retention_ms))

    def release(self, key: str) -> None:
        self._redis.delete(self._key(key))
