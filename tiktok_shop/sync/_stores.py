"""Where order syncs keep their checkpoints: a SQLite file (one machine) or Redis (a fleet).

A checkpoint is one shop's ``synced_until`` and the changes ``(order id, update_time)`` handed out
inside the overlap. Each :meth:`save` is one transaction: the keys handed out and the
``synced_until`` they justify are written together, so a run killed at any instant resumes from a
consistent state.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from .._private_files import create_private_file
from ._walk import Checkpoint, Progress

if TYPE_CHECKING:
    import redis

__all__ = ["CheckpointStore", "MemoryCheckpointStore", "RedisCheckpointStore", "SQLiteCheckpointStore"]


class CheckpointStore(Protocol):
    """What an order sync needs from its store."""

    def load(self, shop: str) -> Checkpoint: ...

    def save(self, shop: str, progress: Progress) -> None: ...


class MemoryCheckpointStore:
    """Checkpoints in this process's memory: for tests and one-off runs."""

    def __init__(self) -> None:
        self._until: dict[str, int] = {}
        self._seen: dict[str, set[tuple[str, int]]] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"MemoryCheckpointStore(shops={len(self._until)})"

    def load(self, shop: str) -> Checkpoint:
        with self._lock:
            return Checkpoint(self._until.get(shop), frozenset(self._seen.get(shop, ())))

    def save(self, shop: str, progress: Progress) -> None:
        with self._lock:
            seen = self._seen.setdefault(shop, set())
            seen.update(progress.handed_out)
            if progress.forget_before is not None:
                seen.difference_update({key for key in seen if key[1] < progress.forget_before})
            if progress.synced_until is not None:
                self._until[shop] = progress.synced_until


_SCHEMA = """
CREATE TABLE IF NOT EXISTS order_sync (shop TEXT PRIMARY KEY, synced_until INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS order_sync_seen (
    shop TEXT NOT NULL, order_id TEXT NOT NULL, update_time INTEGER NOT NULL,
    PRIMARY KEY (shop, order_id, update_time)
);
"""


class SQLiteCheckpointStore:
    """Checkpoints in a SQLite file (WAL, created 0600): safe across the threads and processes of one machine."""

    def __init__(self, path: str | Path, *, timeout: float = 60.0) -> None:
        self.path = Path(path)
        self._timeout = timeout
        create_private_file(self.path)
        self._local = threading.local()
        connection = self._connection()
        connection.execute("PRAGMA journal_mode=WAL")
        connection.executescript(_SCHEMA)

    def __repr__(self) -> str:
        return f"SQLiteCheckpointStore(path={str(self.path)!r})"

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = sqlite3.connect(self.path, timeout=self._timeout, isolation_level=None)
            connection.execute("PRAGMA synchronous=FULL")
            self._local.connection = connection
        return connection

    def load(self, shop: str) -> Checkpoint:
        connection = self._connection()
        row = connection.execute("SELECT synced_until FROM order_sync WHERE shop = ?", (shop,)).fetchone()
        seen = connection.execute("SELECT order_id, update_time FROM order_sync_seen WHERE shop = ?", (shop,))
        return Checkpoint(row[0] if row else None, frozenset((order_id, time) for order_id, time in seen))

    def save(self, shop: str, progress: Progress) -> None:
        connection = self._connection()
        connection.execute("BEGIN IMMEDIATE")
        try:
            connection.executemany(
                "INSERT OR IGNORE INTO order_sync_seen VALUES (?, ?, ?)",
                [(shop, order_id, time) for order_id, time in progress.handed_out],
            )
            if progress.forget_before is not None:
                connection.execute(
                    "DELETE FROM order_sync_seen WHERE shop = ? AND update_time < ?", (shop, progress.forget_before)
                )
            if progress.synced_until is not None:
                connection.execute(
                    "INSERT INTO order_sync VALUES (?, ?) ON CONFLICT (shop) DO UPDATE SET synced_until = ?",
                    (shop, progress.synced_until, progress.synced_until),
                )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise


class RedisCheckpointStore:
    """Checkpoints in Redis (needs the ``redis`` extra): a hash of ``synced_until`` per shop and a
    sorted set per shop of the keys seen, scored by ``update_time``; each save is one MULTI/EXEC."""

    def __init__(self, client: redis.Redis | str, *, prefix: str = "tiktok_shop:") -> None:
        if isinstance(client, str):
            import redis as redis_module

            client = redis_module.Redis.from_url(client)
        self._redis = client
        self._prefix = prefix

    def __repr__(self) -> str:
        return f"RedisCheckpointStore(prefix={self._prefix!r})"

    def _seen_key(self, shop: str) -> str:
        return f"{self._prefix}order_sync_seen:{shop}"

    def load(self, shop: str) -> Checkpoint:
        until = self._redis.hget(f"{self._prefix}order_sync", shop)
        members = cast("list[tuple[bytes, float]]", self._redis.zrange(self._seen_key(shop), 0, -1, withscores=True))
        seen = frozenset((member.decode().rpartition(":")[0], int(score)) for member, score in members)
        return Checkpoint(int(until) if until is not None else None, seen)

    def save(self, shop: str, progress: Progress) -> None:
        pipeline = self._redis.pipeline(transaction=True)
        if progress.handed_out:
            pipeline.zadd(self._seen_key(shop), {f"{order_id}:{time}": time for order_id, time in progress.handed_out})
        if progress.forget_before is not None:
            pipeline.zremrangebyscore(self._seen_key(shop), "-inf", f"({progress.forget_before}")
        if progress.synced_until is not None:
            pipeline.hset(f"{self._prefix}order_sync", shop, progress.synced_until)
        pipeline.execute()
