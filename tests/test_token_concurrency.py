"""Token managers under concurrency, over every store: one refresh however many callers.

Each store is the real thing: a SQLite file, a redis-server process, and the memory store. Refreshes
are counted at the sandbox (the server), not by the code under test.
"""

from __future__ import annotations

import asyncio
import dataclasses
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import pytest

from tiktok_shop import AsyncTikTokShop, TokenStoreError
from tiktok_shop.auth import (
    AsyncOAuth,
    AsyncShopClients,
    AsyncTokenManager,
    MemoryTokenStore,
    OAuth,
    SQLiteTokenStore,
    Token,
    TokenManager,
    TokenStore,
    TokenTransaction,
)
from tiktok_shop.sandbox import Sandbox

BOUND = 60.0  # seconds: a hang (a lock never released) fails instead of stalling the suite


@pytest.fixture(scope="module")
def server() -> Iterator[Sandbox]:
    with Sandbox(orders=3, products=1, seed=9) as sandbox:
        yield sandbox


def _async_oauth(sandbox: Sandbox) -> AsyncOAuth:
    return AsyncOAuth(
        app_key=sandbox.app_key,
        app_secret=sandbox.app_secret,
        base_url=sandbox.base_url,
        auth_base_url=sandbox.auth_base_url,
    )


def _sync_oauth(sandbox: Sandbox) -> OAuth:
    return OAuth(
        app_key=sandbox.app_key,
        app_secret=sandbox.app_secret,
        base_url=sandbox.base_url,
        auth_base_url=sandbox.auth_base_url,
    )


def _async_client(sandbox: Sandbox, **options: Any) -> AsyncTikTokShop:
    return AsyncTikTokShop(
        app_key=sandbox.app_key,
        app_secret=sandbox.app_secret,
        base_url=sandbox.base_url,
        auth_base_url=sandbox.auth_base_url,
        **options,
    )


def _expired(token: Token) -> Token:
    return dataclasses.replace(token, access_token_expire_in=int(time.time()) - 1)


@pytest.mark.parametrize("tasks", [1, 2, 16, 64])
@pytest.mark.parametrize("path", ["rejected", "ahead"])
async def test_async_manager_refreshes_once_for_any_number_of_tasks(
    server: Sandbox, store: TokenStore, tasks: int, path: str
) -> None:
    """``rejected``: TikTok answers 105002; ``ahead``: the stored token is known to be expired."""
    oauth = _async_oauth(server)
    token = await oauth.exchange_code(server.issue_auth_code())
    store.put(_expired(token) if path == "ahead" else token)
    manager = AsyncTokenManager(oauth, store, token.open_id)
    server.expire_access_tokens()
    before = server.counters["token.refresh"]
    async with _async_client(server, token_source=manager) as client:
        calls = asyncio.gather(*(client.seller.get_shops() for _ in range(tasks)))
        results = await asyncio.wait_for(calls, BOUND)
    assert len(results) == tasks and all(r.shops for r in results)
    assert server.counters["token.refresh"] - before == 1
    stored = store.get(token.open_id)
    assert stored is not None and stored.access_token != token.access_token and not stored.expires_within(60)


async def test_async_shop_clients_refresh_once_per_seller(server: Sandbox, store: TokenStore) -> None:
    oauth = _async_oauth(server)
    async with _async_client(server) as app:
        shops = AsyncShopClients(app, oauth, store)
        token = await oauth.exchange_code(server.issue_auth_code())
        linked = await shops.add_seller(token)
        server.expire_access_tokens()
        before = server.counters["token.refresh"]

        async def one(shop_id: str) -> int:
            client = await shops.for_shop(shop_id)
            return (await client.order.search_orders(page_size=1)).total_count or 0

        counts = await asyncio.wait_for(asyncio.gather(*(one(linked[i % 2].id) for i in range(16))), BOUND)
    assert counts == [3] * 16
    assert server.counters["token.refresh"] - before == 1


# -- another process refreshes: this one picks up the rotated token from the file -------------------
HOLDER = """
import sys
from tiktok_shop.auth import OAuth, SQLiteTokenStore
key, secret, base, auth, path, open_id = sys.argv[1:7]
oauth = OAuth(app_key=key, app_secret=secret, base_url=base, auth_base_url=auth)
with SQLiteTokenStore(path).refreshing(open_id) as transaction:
    print("locked", flush=True)
    sys.stdin.readline()
    transaction.put(oauth.refresh(transaction.get().refresh_token))
print("committed", flush=True)
"""


class WatchedStore(SQLiteTokenStore):
    """A SQLite store that says when a manager starts waiting for the refresh lock."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.entering = threading.Event()

    def refreshing(self, open_id: str) -> AbstractContextManager[TokenTransaction]:
        self.entering.set()
        return super().refreshing(open_id)


def _holder(sandbox: Sandbox, path: Path, open_id: str) -> subprocess.Popen[str]:
    args = [sandbox.app_key, sandbox.app_secret, sandbox.base_url, sandbox.auth_base_url, str(path), open_id]
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    return child


def _release(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write("go\n")
    child.stdin.flush()
    assert child.stdout.readline().strip() == "committed"
    assert child.wait(BOUND) == 0


def test_a_refresh_by_another_process_is_read_from_the_file(server: Sandbox, tmp_path: Path) -> None:
    """This process saw the old token, then waits for the lock while another process refreshes."""
    oauth = _sync_oauth(server)
    path = tmp_path / "tokens.sqlite3"
    store = WatchedStore(path)
    token = oauth.exchange_code(server.issue_auth_code())
    store.put(token)
    child = _holder(server, path, token.open_id)
    before = server.counters["token.refresh"]
    manager, result = TokenManager(oauth, store, token.open_id), []
    worker = threading.Thread(target=lambda: result.append(manager.refresh_after_rejection(token.access_token)))
    worker.start()
    assert store.entering.wait(BOUND)  # read the old token, now blocked on the other process's lock
    _release(child)
    worker.join(BOUND)
    rotated = store.get(token.open_id)
    assert rotated is not None and result == [rotated.access_token] != [token.access_token]
    assert server.counters["token.refresh"] - before == 1  # the other process's, not ours


async def test_async_manager_reads_another_process_refresh_from_the_file(server: Sandbox, tmp_path: Path) -> None:
    oauth = _async_oauth(server)
    path = tmp_path / "tokens.sqlite3"
    store = WatchedStore(path)
    token = await oauth.exchange_code(server.issue_auth_code())
    store.put(token)
    child = _holder(server, path, token.open_id)
    before = server.counters["token.refresh"]
    manager = AsyncTokenManager(oauth, store, token.open_id)
    refresh = asyncio.create_task(manager.refresh_after_rejection(token.access_token))
    assert await asyncio.to_thread(store.entering.wait, BOUND)
    await asyncio.to_thread(_release, child)
    result = await asyncio.wait_for(refresh, BOUND)
    rotated = store.get(token.open_id)
    assert rotated is not None and result == rotated.access_token != token.access_token
    assert server.counters["token.refresh"] - before == 1


# -- a store that fails: the call fails with a TikTokShopError, the store's error as its cause --------
def _broken_store(kind: str, tmp_path: Path, token: Token) -> TokenStore:
    if kind == "redis":
        from tiktok_shop.auth import RedisTokenStore

        from .conftest import _free_port

        return RedisTokenStore(f"redis://127.0.0.1:{_free_port()}/0")  # nothing listens there
    path = tmp_path / "tokens.sqlite3"
    SQLiteTokenStore(path).put(token)
    store = SQLiteTokenStore(path)
    for name in (f"{path}-wal", f"{path}-shm"):
        Path(name).unlink(missing_ok=True)
    path.write_bytes(b"this is not a SQLite database " * 200)  # the file is damaged under the store
    return store


@pytest.mark.parametrize("kind", ["redis", "sqlite"])
async def test_a_failing_store_is_a_typed_error(server: Sandbox, tmp_path: Path, kind: str) -> None:
    oauth = _async_oauth(server)
    token = await oauth.exchange_code(server.issue_auth_code())
    store = _broken_store(kind, tmp_path, token)
    sync_oauth = _sync_oauth(server)
    with pytest.raises(TokenStoreError) as info:
        TokenManager(sync_oauth, store, token.open_id).access_token()
    assert info.value.__cause__ is not None and type(info.value.__cause__).__name__ in str(info.value)
    async with _async_client(server, token_source=AsyncTokenManager(oauth, store, token.open_id)) as client:
        with pytest.raises(TokenStoreError):
            await client.seller.get_shops()


def test_a_refresh_returns_the_token_it_stored(server: Sandbox) -> None:
    oauth, store = _sync_oauth(server), MemoryTokenStore()
    token = oauth.exchange_code(server.issue_auth_code())
    store.put(token)
    fresh = TokenManager(oauth, store, token.open_id).refresh_after_rejection(token.access_token)
    stored = store.get(token.open_id)
    assert stored is not None and fresh == stored.access_token != token.access_token


async def test_an_async_refresh_returns_the_token_it_stored(server: Sandbox) -> None:
    oauth, store = _async_oauth(server), MemoryTokenStore()
    token = await oauth.exchange_code(server.issue_auth_code())
    store.put(token)
    fresh = await AsyncTokenManager(oauth, store, token.open_id).refresh_after_rejection(token.access_token)
    stored = store.get(token.open_id)
    assert stored is not None and fresh == stored.access_token != token.access_token


@pytest.mark.parametrize(("minutes_left", "refreshed"), [(29.5, True), (30.5, False)])
def test_the_default_margin_refreshes_half_an_hour_ahead(server: Sandbox, minutes_left: float, refreshed: bool) -> None:
    oauth, store = _sync_oauth(server), MemoryTokenStore()
    token = oauth.exchange_code(server.issue_auth_code())
    store.put(dataclasses.replace(token, access_token_expire_in=int(time.time() + minutes_left * 60)))
    before = server.counters["token.refresh"]
    TokenManager(oauth, store, token.open_id).access_token()
    assert server.counters["token.refresh"] - before == int(refreshed)
