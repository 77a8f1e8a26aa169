"""Remember which notifications were handled: TikTok delivers at least once, sometimes twice."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Protocol

from .._private_files import create_private_file

__all__ = ["DedupeStore", "MemoryDedupeStore", "SQLiteDedupeStore"]


class DedupeStore(Protocol):
    """``claim`` is atomic: of two concurrent claims of one key exactly one returns True."""

    def claim(self, key: str) -> bool:
        """Mark ``key`` as handled; False when it already was."""
        ...

    def release(self, key: str) -> None:
        """Forget ``key`` (its handling failed), so a redelivery is handled again."""
        ...


class MemoryDedupeStore:
    """Per-process, bounded: the oldest keys go first once ``max_keys`` is reached."""

    def __init__(self, *, max_keys: int = 100_000, retention: float = 7 * 86400) -> None:
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()
        self._max_keys = max_keys
        self._retention = retention

    def claim(self, key: str) -> bool:
        now = time.monotonic()
        with self._lock:
            while self._seen and (
                len(self._seen) >= self._max_keys or next(iter(self._seen.values())) < now - self._retention
            ):
                self._seen.popitem(last=False)
            if key in self._seen:
                return False
            self._seen[key] = now
            return True

    def release(self, key: str) -> None:
        with self._lock:
            self._seen.pop(key, None)


class SQLiteDedupeStore:
    """Shared by every process of a host through one SQLite file (WAL mode), created 0600."""

    def __init__(self, path: str | Path, *, retention: float = 7 * 86400) -> None:
        create_private_file(Path(path))
        self._path = str(path)
        self._retention = retention
        self._local = threading.local()
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS webhook_seen (key TEXT PRIMARY KEY, seen_at REAL NOT NULL)")

    def _connect(self) -> sqlite3.Connection:
        db: sqlite3.Connection | None = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(self._path, timeout=30, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            self._local.db = db
        return db

    def claim(self, key: str) -> bool:
        db = self._connect()
        now = time.time()
        inserted = db.execute("INSERT OR IGNORE INTO webhook_seen (key, seen_at) VALUES (?, ?)", (key, now)).rowcount
        if inserted and hash(key) % 256 == 0:  # prune now and then, not on every event
            db.execute("DELETE FROM webhook_seen WHERE seen_at < ?", (now - self._retention,))
        return inserted == 1

    def release(self, key: str) -> None:
        self._connect().execute("DELETE FROM webhook_seen WHERE key = ?", (key,))
