"""tiktok_shop.sync against the sandbox: windows split at TikTok's limit, a SIGKILLed run resumed, overlap
without repeats, orders changed during a run, TikTok's clock, each checkpoint store, sync and async.

What is promised (OrderSync's docstring, the README): every change ``(order id, update_time)`` made
before a run starts is handed out by that run or an earlier one, each once; after a crash, only the
changes handed out since the last checkpoint write (at most one page per shop) are handed out again.
"""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tiktok_shop import AsyncTikTokShop, RequestValidationError, TikTokShop
from tiktok_shop.sandbox import Sandbox
from tiktok_shop.sandbox._records import set_status
from tiktok_shop.sync import (
    AsyncOrderSync,
    CheckpointStore,
    MemoryCheckpointStore,
    OrderSync,
    RedisCheckpointStore,
    SQLiteCheckpointStore,
)
from tiktok_shop.sync._walk import Checkpoint, ShopWalk

ROOT = Path(__file__).resolve().parent.parent
Key = tuple[str, int]


def _keys(sandbox: Sandbox) -> set[Key]:
    """The truth: every order's current (id, update_time), read from the sandbox's state."""
    with sandbox.state.lock:
        orders = next(iter(sandbox.state.orders.values()))
        return {(o["id"], o["update_time"]) for o in orders.values()}


def _change(sandbox: Sandbox, order_ids: list[str], *, at: int | None = None) -> None:
    """TikTok changes these orders (a second ago, or at ``at``: a change its search index shows late).

    Runs end at the second they start (update_time is in whole seconds): a change made a second ago
    is one the next run must hand out.
    """
    with sandbox.state.lock:
        orders = next(iter(sandbox.state.orders.values()))
        for order_id in order_ids:
            set_status(orders[order_id], "CANCELLED", at if at is not None else sandbox.state.now() - 1)


def _by_update_time(sandbox: Sandbox) -> list[str]:
    with sandbox.state.lock:
        orders = next(iter(sandbox.state.orders.values()))
        return [o["id"] for o in sorted(orders.values(), key=lambda o: (o["update_time"], o["id"]))]


# -- 30,000 orders, a SIGKILL in the middle, a resume -----------------------------------------------
@pytest.fixture(scope="module")
def big() -> Iterator[Sandbox]:
    with Sandbox(orders=0, products=1, seed=11) as server:
        now = server.state.now()
        server.seed_orders(30_000, between=(now - 5 * 86_400, now - 10), bare=True)
        yield server


def _worker(sandbox: Sandbox, store: Path, out: Path) -> subprocess.Popen[bytes]:
    credentials = json.dumps(sandbox.credentials())
    return subprocess.Popen(
        [sys.executable, "-m", "tests.sync_worker", credentials, str(store), str(out)],
        cwd=ROOT,
        stderr=subprocess.PIPE,
    )


def _lines(path: Path) -> list[Key]:
    if not path.exists():
        return []
    keys = []
    for line in path.read_text().splitlines():
        order_id, update_time = line.split()
        keys.append((order_id, int(update_time)))
    return keys


def test_a_run_killed_mid_way_resumes_without_loss_repeating_at_most_its_last_page(
    big: Sandbox, tmp_path: Path
) -> None:
    store, first_out, second_out = tmp_path / "checkpoints.sqlite3", tmp_path / "first", tmp_path / "second"
    worker = _worker(big, store, first_out)
    deadline = time.monotonic() + 120
    while len(_lines(first_out)) < 12_000:  # well past the first windows TikTok finds too broad
        assert worker.poll() is None, worker.stderr.read() if worker.stderr else b""
        assert time.monotonic() < deadline
        time.sleep(0.05)
    worker.send_signal(signal.SIGKILL)
    worker.wait()
    first = _lines(first_out)
    assert 12_000 <= len(first) < 30_000

    resumed = _worker(big, store, second_out)
    _, errors = resumed.communicate(timeout=180)
    assert resumed.returncode == 0, errors
    second = _lines(second_out)

    assert set(first) | set(second) == _keys(big)  # every order, none lost
    counts = Counter(first + second)
    repeated = {key for key, n in counts.items() if n > 1}
    assert max(counts.values()) <= 2
    assert len(repeated) <= 100  # one page (page_size 100) at most
    assert repeated <= set(first[-100:])  # and only what the killed run handed out last
    assert len(set(first)) == len(first) and len(set(second)) == len(second)
    assert stat.S_IMODE(os.stat(store).st_mode) == 0o600


def test_a_window_whose_total_count_passes_the_limit_is_split_before_paging(big: Sandbox) -> None:
    """TikTok may answer a too-broad search with a total_count over 10,000 instead of 12052180."""
    big.state.search_limit = 10**9
    try:
        with TikTokShop(**big.credentials()) as client:
            now = big.state.now()
            walk = ShopWalk(Checkpoint(), overlap=300, page_size=100)
            walk.plan(now)
            page = client.order.search_orders(**walk.search() or {})
            assert (page.total_count or 0) > 10_000
            assert walk.take(page.orders, page.total_count, page.next_page_token) == []
            arguments = walk.search() or {}
            assert arguments["update_time_lt"] < now and "page_token" not in arguments  # a narrower window
    finally:
        big.state.search_limit = 10_000


# -- a few thousand orders: changes during a run, the overlap, TikTok's clock, each store ---------------
@pytest.fixture(scope="module")
def world() -> Iterator[Sandbox]:
    with Sandbox(orders=0, products=1, seed=12) as server:
        now = server.state.now()
        server.seed_orders(3_000, between=(now - 2 * 86_400, now - 400), bare=True)
        yield server


@pytest.fixture(params=["memory", "sqlite", "redis"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> CheckpointStore:
    if request.param == "memory":
        return MemoryCheckpointStore()
    if request.param == "sqlite":
        return SQLiteCheckpointStore(tmp_path / "checkpoints.sqlite3")
    return RedisCheckpointStore(request.getfixturevalue("redis_url"))


def _run(sync: OrderSync, client: TikTokShop) -> list[Key]:
    return [(o.id or "", o.update_time or 0) for o in sync.orders(client)]


def test_orders_changed_while_a_run_reads_are_not_missed(world: Sandbox, tmp_path: Path) -> None:
    sync = OrderSync(SQLiteCheckpointStore(tmp_path / "c.sqlite3"), page_size=50)
    before = _keys(world)
    with TikTokShop(**world.credentials()) as client:
        first: list[Key] = []
        for order_id, update_time in _run_lazily(sync, client):
            first.append((order_id, update_time))
            if len(first) == 500:  # TikTok changes orders meanwhile: 20 read already, 300 not read yet
                order = _by_update_time(world)
                changed = order[480:500] + order[520:820]
                old = {key for key in before if key[0] in set(changed)}
                _change(world, changed)
        second = _run(sync, client)
    assert before - old <= set(first)  # no unchanged order slipped (an offset page token would skip 300)
    assert _keys(world) <= set(first) | set(second)  # each change made since, in the next run
    assert len(first) + len(second) == len(set(first) | set(second))  # each once


def _run_lazily(sync: OrderSync, client: TikTokShop) -> Iterator[Key]:
    for order in sync.orders(client):
        yield order.id or "", order.update_time or 0


def test_the_overlap_finds_late_changes_without_repeating_the_others(world: Sandbox, store: CheckpointStore) -> None:
    sync = OrderSync(store, overlap=300, page_size=100)
    recent = _by_update_time(world)[:5]
    _change(world, recent, at=world.state.now() - 60)  # changes inside the overlap of the next run
    with TikTokShop(**world.credentials()) as client:
        started = world.state.now()
        first = _run(sync, client)
        assert set(first) == _keys(world)
        late = _by_update_time(world)[10]
        _change(world, [late], at=started - 100)  # made before the checkpoint, searchable only now
        second = _run(sync, client)
        assert second == [(late, started - 100)]  # the recent changes are re-read, not handed out again
        assert _run(sync, client) == []


def test_a_caller_that_stops_early_gets_the_order_it_stopped_at_again(world: Sandbox, tmp_path: Path) -> None:
    """An order counts as handed out when the caller asks for the next one: a ``break`` (or an
    exception while handling an order) leaves that order for the next run, and only that one."""
    sync = OrderSync(SQLiteCheckpointStore(tmp_path / "c.sqlite3"), page_size=100)
    with TikTokShop(**world.credentials()) as client:
        first = []
        for key in _run_lazily(sync, client):
            first.append(key)
            if len(first) == 150:  # mid-page: 49 of the page's orders were asked past
                break
        rest = _run(sync, client)
    assert rest[0] == first[-1]
    assert len(first) + len(rest) - 1 == len(set(first) | set(rest))
    assert set(first) | set(rest) == _keys(world)


def test_a_run_ends_at_tiktoks_clock_not_this_machines(world: Sandbox) -> None:
    """TikTok's clock 10 minutes ahead: a change it made a minute ago is handed out by the run starting now."""
    sync = OrderSync(MemoryCheckpointStore())
    with TikTokShop(**world.credentials()) as client:
        _run(sync, client)
        world.clock.advance(600)
        try:
            changed = _by_update_time(world)[:3]
            _change(world, changed, at=world.state.now() - 60)
            expected = {key for key in _keys(world) if key[0] in set(changed)}
            assert set(_run(sync, client)) == expected
            assert abs(client.clock_offset - 600) <= 1
        finally:
            world.clock.advance(-600)
            _change(world, changed)  # no change left in the future of the other tests


async def test_the_async_sync_hands_out_the_same_changes_once(world: Sandbox, tmp_path: Path) -> None:
    sync = AsyncOrderSync(SQLiteCheckpointStore(tmp_path / "c.sqlite3"), page_size=100)
    async with AsyncTikTokShop(**world.credentials()) as client:
        first = [(o.id, o.update_time) async for o in sync.orders(client)]
        assert set(first) == _keys(world) and len(first) == len(set(first))
        changed = _by_update_time(world)[100:103]
        _change(world, changed)
        second = [(o.id, o.update_time) async for o in sync.orders(client)]
    assert set(second) == {key for key in _keys(world) if key[0] in set(changed)}


def test_a_sync_needs_a_shop_to_name_its_checkpoint(world: Sandbox) -> None:
    credentials: dict[str, Any] = world.credentials() | {"shop_cipher": None}
    with TikTokShop(**credentials) as client, pytest.raises(RequestValidationError) as caught:
        next(OrderSync(MemoryCheckpointStore()).orders(client))
    assert caught.value.fields == ["shop"]


@pytest.mark.parametrize(("settings", "fields"), [({"overlap": 0}, ["overlap"]), ({"page_size": 101}, ["page_size"])])
def test_settings_out_of_range_are_refused(settings: dict[str, int], fields: list[str]) -> None:
    with pytest.raises(RequestValidationError) as caught:
        OrderSync(MemoryCheckpointStore(), **settings)
    assert caught.value.fields == fields


async def test_many_shops_each_with_its_own_checkpoint(tmp_path: Path) -> None:
    from tiktok_shop.auth import AsyncOAuth, AsyncShopClients, MemoryTokenStore

    with Sandbox(orders=30, products=1, seed=13) as sandbox:
        hosts: dict[str, Any] = {
            "app_key": sandbox.app_key,
            "app_secret": sandbox.app_secret,
            "base_url": sandbox.base_url,
        }
        oauth = AsyncOAuth(**hosts, auth_base_url=sandbox.auth_base_url)
        store = SQLiteCheckpointStore(tmp_path / "c.sqlite3")
        async with AsyncTikTokShop(**hosts) as client:
            shops = AsyncShopClients(client, oauth, MemoryTokenStore())
            shop_ids = []
            for seller in sandbox.sellers:
                shop_ids += [
                    s.id
                    for s in await shops.add_seller(await oauth.exchange_code(sandbox.issue_auth_code(seller.open_id)))
                ]
            sync = AsyncOrderSync(store)
            first = [(shop, order.id) async for shop, order in sync.shops(shops, shop_ids)]
            assert len(shop_ids) >= 2 and Counter(shop for shop, _ in first) == dict.fromkeys(shop_ids, 30)
            assert len(set(first)) == len(first)
            assert [pair async for pair in sync.shops(shops, shop_ids)] == []  # every shop's checkpoint moved
            assert all(store.load(shop).synced_until for shop in shop_ids)
