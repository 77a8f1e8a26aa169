"""Durable token stores. A store keeps one :class:`Token` per seller and maps shops to sellers.

``refreshing(open_id)`` is the store's mutual exclusion around a refresh: inside it, a
manager re-reads the token, refreshes only if nobody else did, and ``put``s the rotated token
before releasing, so exactly one refresh happens and the new refresh token is durable before
the new access token is used.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Protocol, runtime_checkable

from .._private_files import create_private_file
from ._token import Token

__all__ = ["MemoryTokenStore", "SQLiteTokenStore", "TokenStore", "TokenTransaction", "default_store_path"]


class TokenTransaction(Protocol):
    """Reads and writes under a store's refresh lock."""

    def get(self) -> Token | None: ...

    def put(self, token: Token) -> None: ...


@runtime_checkable
class TokenStore(Protocol):
    """Where tokens live. Every method is safe to call from many threads."""

    def get(self, open_id: str) -> Token | None: ...

    def put(self, token: Token) -> None: ...

    def delete(self, open_id: str) -> None: ...

    def sellers(self) -> list[str]: ...

    def link_shop(self, open_id: str, shop_id: str, cipher: str) -> None: ...

    def seller_for_shop(self, shop: str) -> str | None:
        """The ``open_id`` owning a shop, looked up by shop id or cipher."""
        ...

    def shop_cipher(self, shop: str) -> str | None:
        """The cipher of a linked shop, looked up by shop id (webhooks carry the id) or cipher."""
        ...

    def refreshing(self, open_id: str) -> AbstractContextManager[TokenTransaction]:
        """Mutual exclusion around one seller's refresh, with reads and writes inside it.

        The context and its transaction may be entered, used and left from different threads
        (the async manager runs each step in a worker thread), so nothing in them may be bound
        to the thread that opened them.
        """
        ...


class _MemoryTransaction:
    def __init__(self, store: MemoryTokenStore, open_id: str) -> None:
        self._store, self._open_id = store, open_id

    def get(self) -> Token | None:
        return self._store.get(self._open_id)

    def put(self, token: Token) -> None:
        self._store.put(token)


class MemoryTokenStore:
    """Tokens in this process's memory: for tests and short-lived scripts."""

    def __init__(self) -> None:
        self._tokens: dict[str, Token] = {}
        self._shops: dict[str, str] = {}
        self._ciphers: dict[str, str] = {}
        self._lock = threading.RLock()
        self._refresh_locks: dict[str, threading.Lock] = {}

    def __repr__(self) -> str:
        return f"MemoryTokenStore(sellers={len(self._tokens)})"

    def get(self, open_id: str) -> Token | None:
        with self._lock:
            return self._tokens.get(open_id)

    def put(self, token: Token) -> None:
        with self._lock:
            self._tokens[token.open_id] = token

    def delete(self, open_id: str) -> None:
        with self._lock:
            self._tokens.pop(open_id, None)

    def sellers(self) -> list[str]:
        with self._lock:
            return sorted(self._tokens)

    def link_shop(self, open_id: str, shop_id: str, cipher: str) -> None:
        with self._lock:
            self._shops[shop_id] = open_id
            self._shops[cipher] = open_id
            self._ciphers[shop_id] = self._ciphers[cipher] = cipher

    def seller_for_shop(self, shop: str) -> str | None:
        with self._lock:
            return self._shops.get(shop)

    def shop_cipher(self, shop: str) -> str | None:
        with self._lock:
            return self._ciphers.get(shop)

    @contextmanager
    def refreshing(self, open_id: str) -> Iterator[TokenTransaction]:
        with self._lock:
            lock = self._refresh_locks.setdefault(open_id, threading.Lock())
        with lock:
            yield _MemoryTransaction(self, open_id)


def default_store_path() -> Path:
    """``tokens.sqlite3`` in the user's data directory (platformdirs), a folder only its owner can open."""
    from platformdirs import user_data_path

    folder = user_data_path("tiktok-shop", appauthor=False)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)  # our own folder: also tightens one an older version created 0755
    return folder / "tokens.sqlite3"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS tokens (open_id TEXT PRIMARY KEY, token TEXT NOT NULL, updated_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS shops (shop TEXT PRIMARY KEY, open_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS shop_ciphers (shop TEXT PRIMARY KEY, cipher TEXT NOT NULL);
"""


class _SQLiteTransaction:
    def __init__(self, connection: sqlite3.Connection, open_id: str) -> None:
        self._connection, self._open_id = connection, open_id

    def get(self) -> Token | None:
        row = self._connection.execute("SELECT token FROM tokens WHERE open_id = ?", (self._open_id,)).fetchone()
        return Token.from_json(row[0]) if row else None

    def put(self, token: Token) -> None:
        # Committed at once: the rotated refresh token is durable before the caller uses the new token.
        self._connection.execute(
            "INSERT INTO tokens (open_id, token, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(open_id) DO UPDATE SET token = excluded.token, updated_at = excluded.updated_at",
            (token.open_id, token.to_json(), time.time()),
        )
        self._connection.commit()
        self._connection.execute("BEGIN IMMEDIATE")


class SQLiteTokenStore:
    """Tokens in a SQLite file (WAL): safe across threads and processes of one machine.

    The file (and its ``-wal``/``-shm``) is created readable by its owner only (0600), in a folder
    created 0700.

    Each write is one transaction. A refresh holds the database's write lock (``BEGIN IMMEDIATE``)
    from re-reading the token to committing the rotated one, so processes refresh one at a time
    and each sees the last one's result.
    """

    def __init__(self, path: str | Path | None = None, *, timeout: float = 60.0) -> None:
        self.path = Path(path) if path is not None else default_store_path()
        self._timeout = timeout
        create_private_file(self.path)
        self._local = threading.local()
        with self._connect() as connection:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.executescript(_SCHEMA)

    def __repr__(self) -> str:
        return f"SQLiteTokenStore(path={str(self.path)!r})"

    def _connect(self, *, any_thread: bool = False) -> sqlite3.Connection:
        connection = sqlite3.connect(
            self.path, timeout=self._timeout, isolation_level=None, check_same_thread=not any_thread
        )
        connection.execute("PRAGMA synchronous=FULL")
        return connection

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = self._connect()
            self._local.connection = connection
        return connection

    def get(self, open_id: str) -> Token | None:
        row = self._connection().execute("SELECT token FROM tokens WHERE open_id = ?", (open_id,)).fetchone()
        return Token.from_json(row[0]) if row else None

    def put(self, token: Token) -> None:
        self._connection().execute(
            "INSERT INTO tokens (open_id, token, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(open_id) DO UPDATE SET token = excluded.token, updated_at = excluded.updated_at",
            (token.open_id, token.to_json(), time.time()),
        )

    def delete(self, open_id: str) -> None:
        self._connection().execute("DELETE FROM tokens WHERE open_id = ?", (open_id,))

    def sellers(self) -> list[str]:
        return [r[0] for r in self._connection().execute("SELECT open_id FROM tokens ORDER BY open_id")]

    def link_shop(self, open_id: str, shop_id: str, cipher: str) -> None:
        connection = self._connection()
        connection.execute("BEGIN IMMEDIATE")
        try:
            for key in (shop_id, cipher):
                connection.execute(
                    "INSERT INTO shops (shop, open_id) VALUES (?, ?) ON CONFLICT(shop) DO UPDATE SET open_id = ?",
                    (key, open_id, open_id),
                )
                connection.execute(
                    "INSERT INTO shop_ciphers (shop, cipher) VALUES (?, ?) ON CONFLICT(shop) DO UPDATE SET cipher = ?",
                    (key, cipher, cipher),
                )
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise

    def seller_for_shop(self, shop: str) -> str | None:
        row = self._connection().execute("SELECT open_id FROM shops WHERE shop = ?", (shop,)).fetchone()
        return row[0] if row else None

    def shop_cipher(self, shop: str) -> str | None:
        row = self._connection().execute("SELECT cipher FROM shop_ciphers WHERE shop = ?", (shop,)).fetchone()
        return row[0] if row else None

    def linked_shops(self, open_id: str | None = None) -> list[tuple[str, str, str]]:
        """``(open_id, shop_id, cipher)`` of every linked shop (or one seller's), in the order linked."""
        query = (
            "SELECT s.open_id, s.shop, c.cipher FROM shops s JOIN shop_ciphers c ON c.shop = s.shop "
            "WHERE s.shop != c.cipher AND (? IS NULL OR s.open_id = ?) ORDER BY s.rowid"
        )
        return [(r[0], r[1], r[2]) for r in self._connection().execute(query, (open_id, open_id))]

    @contextmanager
    def refreshing(self, open_id: str) -> Iterator[TokenTransaction]:
        # Its own connection, used by one caller at a time but possibly from several threads.
        connection = self._connect(any_thread=True)
        try:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield _SQLiteTransaction(connection, open_id)
            finally:
                if connection.in_transaction:
                    connection.execute("COMMIT")
        finally:
            connection.close()
