"""Tokens in Redis, for fleets of workers on many machines (needs the ``redis`` extra).

A refresh runs under a Redis lock per seller (``SET NX PX`` with a random owner, released only by
its owner), so one process in the fleet refreshes and the others read its result.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ._stores import TokenTransaction
from ._token import Token

if TYPE_CHECKING:
    import redis

__all__ = ["RedisTokenStore"]


class _RedisTransaction:
    def __init__(self, store: RedisTokenStore, open_id: str) -> None:
        self._store, self._open_id = store, open_id

    def get(self) -> Token | None:
        return self._store.get(self._open_id)

    def put(self, token: Token) -> None:
        self._store.put(token)


class RedisTokenStore:
    """One key per seller (``{prefix}token:{open_id}``) and a hash mapping shops to sellers."""

    def __init__(
        self,
        client: redis.Redis | str,
        *,
        prefix: str = "tiktok_shop:",
        lock_timeout: float = 30.0,
        lock_wait: float = 60.0,
    ) -> None:
        if isinstance(client, str):
            import redis as redis_module

            client = redis_module.Redis.from_url(client)
        self._redis = client
        self._prefix = prefix
        self._lock_timeout = lock_timeout
        self._lock_wait = lock_wait

    def __repr__(self) -> str:
        return f"RedisTokenStore(prefix={self._prefix!r})"

    def _key(self, open_id: str) -> str:
        return f"{self._prefix}token:{open_id}"

    def get(self, open_id: str) -> Token | None:
        raw = self._redis.get(self._key(open_id))
        return Token.from_json(raw) if isinstance(raw, bytes | str) else None

    def put(self, token: Token) -> None:
        # One SET: readers see the old token or the new one, never half of it.
        self._redis.set(self._key(token.open_id), token.to_json())

    def delete(self, open_id: str) -> None:
        self._redis.delete(self._key(open_id))

    def sellers(self) -> list[str]:
        keys = self._redis.scan_iter(match=f"{self._prefix}token:*")
        return sorted((k.decode() if isinstance(k, bytes) else str(k)).rsplit(":", 1)[-1] for k in keys)

    def link_shop(self, open_id: str, shop_id: str, cipher: str) -> None:
        with self._redis.pipeline(transaction=True) as pipe:  # both hashes or neither
            pipe.hset(f"{self._prefix}shops", mapping={shop_id: open_id, cipher: open_id})
            pipe.hset(f"{self._prefix}shop_ciphers", mapping={shop_id: cipher, cipher: cipher})
            pipe.execute()

    def _hget(self, key: str, field: str) -> str | None:
        raw = self._redis.hget(f"{self._prefix}{key}", field)
        if raw is None:
            return None
        return raw.decode() if isinstance(raw, bytes) else str(raw)

    def seller_for_shop(self, shop: str) -> str | None:
        return self._hget("shops", shop)

    def shop_cipher(self, shop: str) -> str | None:
        return self._hget("shop_ciphers", shop)

    @contextmanager
    def refreshing(self, open_id: str) -> Iterator[TokenTransaction]:
        # thread_local=False: the async manager may release the lock from another worker thread.
        lock = self._redis.lock(
            f"{self._prefix}lock:{open_id}",
            timeout=self._lock_timeout,
            blocking_timeout=self._lock_wait,
            thread_local=False,
        )
        if not lock.acquire():
            raise TimeoutError(f"could not take the refresh lock of seller {open_id} in {self._lock_wait}s")
        try:
            yield _RedisTransaction(self, open_id)
        finally:
            lock.release()
