"""The rate limiters in one process: AIMD arithmetic, Retry-After, daily quota, TTLs, Redis going away.

Both limiters run against the session sandbox over real HTTP and, for Redis, a real redis-server.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import redis

from benchmarks._redis import RedisServer
from tiktok_shop import AsyncTikTokShop, QuotaExhaustedError, RateLimitError, TikTokShop
from tiktok_shop.ratelimit import Bucket, LocalRateLimiter, RatePolicy, RedisRateLimiter, Ticket
from tiktok_shop.sandbox import Sandbox

BUCKET = Bucket("app", "shop", "Operation")
AIMD = {"rate": 10.0, "min_rate": 1.0, "max_rate": 12.0, "increase": 0.5, "decrease": 0.5, "slow_start": 1.0}

MakeLimiter = Callable[..., LocalRateLimiter | RedisRateLimiter]


@pytest.fixture(params=["local", "redis"])
def make_limiter(request: pytest.FixtureRequest) -> MakeLimiter:
    if request.param == "local":
        return LocalRateLimiter
    url = request.getfixturevalue("redis_url")
    return lambda **settings: RedisRateLimiter(url, **settings)


# -- AIMD, pinned -------------------------------------------------------------------------------------
def test_aimd_slow_start_then_multiplicative_cut_once_per_epoch_then_additive(make_limiter: MakeLimiter) -> None:
    limiter = make_limiter(**AIMD)
    assert limiter.rate(BUCKET) == 10.0
    ticket = limiter.acquire(BUCKET)
    assert ticket == Ticket(BUCKET, 0)
    seen = []
    for limited in (False, False, False):  # slow start: +1 per success, up to max_rate
        limiter.report(ticket, limited=limited)
        seen.append(limiter.rate(BUCKET))
    assert seen == [11.0, 12.0, 12.0]
    limiter.report(ticket, limited=True)  # a 429: halve, start epoch 1
    assert limiter.rate(BUCKET) == 6.0
    limiter.report(ticket, limited=True)  # another 429 of a request sent in epoch 0: no second cut
    assert limiter.rate(BUCKET) == 6.0
    limiter.report(Ticket(BUCKET, 1), limited=False)  # after a cut, + increase / rate per success
    once = 6.0 + 0.5 / 6.0
    assert limiter.rate(BUCKET) == once
    limiter.report(Ticket(BUCKET, 1), limited=False)
    twice = once + 0.5 / once
    assert limiter.rate(BUCKET) == twice
    for epoch, expected in ((1, twice * 0.5), (2, twice * 0.25), (3, 1.0), (4, 1.0)):  # never below min_rate
        limiter.report(Ticket(BUCKET, epoch), limited=True)
        assert limiter.rate(BUCKET) == expected
    assert limiter.acquire(Bucket("app", "shop", "Other")).epoch == 0  # buckets are independent
    assert limiter.rate(Bucket("app", "shop", "Other")) == 10.0


async def test_aimd_is_the_same_through_the_async_calls(make_limiter: MakeLimiter) -> None:
    limiter = make_limiter(**AIMD)
    ticket = await limiter.acquire_async(BUCKET)
    await limiter.report_async(ticket, limited=False)
    await limiter.report_async(ticket, limited=True)
    await limiter.report_async(ticket, limited=True)
    await limiter.report_async(Ticket(BUCKET, 1), limited=False)
    assert limiter.rate(BUCKET) == 5.5 + 0.5 / 5.5
    assert (await limiter.acquire_async(BUCKET)).epoch == 1


@pytest.mark.parametrize(
    "settings",
    [{"rate": 0}, {"rate": 100}, {"decrease": 1.0}, {"decrease": 0}, {"increase": -1}, {"daily_quota": 0}],
)
def test_bad_settings_are_refused(settings: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=next(iter(settings)).split("_")[0]):
        LocalRateLimiter(**settings)


# -- spacing and Retry-After (lower bounds only: a wait cannot end early) ------------------------------
def test_requests_of_a_bucket_are_spaced_by_the_rate(make_limiter: MakeLimiter) -> None:
    limiter = make_limiter(rate=4.0, max_rate=4.0)
    started = time.monotonic()
    for _ in range(5):
        limiter.acquire(BUCKET)
    assert time.monotonic() - started >= 3.5 / 4  # 4 intervals, the first may start half an interval early


async def test_retry_after_pauses_the_bucket_sync_and_async(make_limiter: MakeLimiter) -> None:
    limiter = make_limiter(rate=50.0)
    ticket = await limiter.acquire_async(BUCKET)
    await limiter.report_async(ticket, limited=True, retry_after=0.6)
    started = time.monotonic()
    await limiter.acquire_async(BUCKET)
    assert time.monotonic() - started >= 0.55
    limiter.report(limiter.acquire(BUCKET), limited=True, retry_after=0.4)  # a stale epoch still pauses
    started = time.monotonic()
    limiter.acquire(BUCKET)
    assert time.monotonic() - started >= 0.35


async def test_an_async_wait_leaves_the_event_loop_free(make_limiter: MakeLimiter) -> None:
    limiter = make_limiter()
    await limiter.report_async(await limiter.acquire_async(BUCKET), limited=True, retry_after=0.5)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        for _ in range(20):
            await asyncio.sleep(0.02)
            ticks += 1

    async def acquire() -> int:
        await limiter.acquire_async(BUCKET)
        return ticks

    ticked_meanwhile, _ = await asyncio.gather(acquire(), ticker())
    assert ticked_meanwhile >= 3  # a blocking wait would let none run before it returned


# -- on the clients ------------------------------------------------------------------------------------
def _shop(sandbox: Sandbox, index: int) -> str:
    return sandbox.sellers[0].shops[index].cipher


def _order(sandbox: Sandbox, index: int = 0) -> str:
    return next(iter(sandbox.state.orders[_shop(sandbox, index)]))


def _midnight_after(now: datetime) -> datetime:
    return datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), UTC)


def test_daily_quota_raises_before_sending_sync(sandbox: Sandbox, make_limiter: MakeLimiter) -> None:
    limiter = make_limiter(daily_quota=2)
    with TikTokShop(**sandbox.credentials(), rate_limiter=limiter) as client:
        client.order.get_order_detail(ids=[_order(sandbox)])
        client.order.search_orders(page_size=1)  # the quota counts every operation of the shop
        sent = len(sandbox.requests)
        with pytest.raises(QuotaExhaustedError) as raised:
            client.order.get_order_detail(ids=[_order(sandbox)])
        assert len(sandbox.requests) == sent  # nothing reached the sandbox
        client.shop(_shop(sandbox, 1)).order.get_order_detail(ids=[_order(sandbox, 1)])  # another shop's quota
    error = raised.value
    assert isinstance(error, RateLimitError)
    assert error.reset_at == _midnight_after(datetime.now(UTC))
    assert error.retry_after == pytest.approx((error.reset_at - datetime.now(UTC)).total_seconds(), abs=5)
    assert error.code is None and error.status_code == 429
    assert "2 requests" in str(error) and error.reset_at.isoformat() in str(error)


async def test_daily_quota_raises_before_sending_async(sandbox: Sandbox, make_limiter: MakeLimiter) -> None:
    limiter = make_limiter(daily_quota=1)
    async with AsyncTikTokShop(**sandbox.credentials(), rate_limiter=limiter) as client:
        await client.order.get_order_detail(ids=[_order(sandbox)])
        sent = len(sandbox.requests)
        with pytest.raises(QuotaExhaustedError):
            await client.order.search_orders(page_size=1)
        assert len(sandbox.requests) == sent


def test_a_429_from_tiktok_cuts_the_rate_and_pauses_by_its_retry_after(sandbox: Sandbox) -> None:
    limiter = LocalRateLimiter(rate=10.0)
    with TikTokShop(**sandbox.credentials(), rate_limiter=limiter, max_retries=0) as client:
        client.order.search_orders(page_size=1)  # another bucket
        sandbox.faults.add("429", "OrderSearchOrders", times=1, retry_after=0.5)
        with pytest.raises(RateLimitError):
            client.order.search_orders(page_size=1)
        started = time.monotonic()
        client.order.search_orders(page_size=1)
    assert time.monotonic() - started >= 0.45
    cut = 10.5 * 0.9  # slow start once (+0.5), then the cut (x0.9) and one additive step (+0.2 / rate)
    assert limiter.rate(Bucket(sandbox.app_key, _shop(sandbox, 0), "OrderSearchOrders")) == cut + 0.2 / cut


def test_with_options_shares_replaces_or_drops_the_limiter(sandbox: Sandbox) -> None:
    limiter = LocalRateLimiter(daily_quota=1)
    with TikTokShop(**sandbox.credentials(), rate_limiter=limiter) as client:
        client.with_options(max_retries=1).order.search_orders(page_size=1)
        with pytest.raises(QuotaExhaustedError):
            client.order.search_orders(page_size=1)  # the copy used the same limiter
        client.with_options(rate_limiter=None).order.search_orders(page_size=1)
        client.with_options(rate_limiter=LocalRateLimiter(daily_quota=1)).order.search_orders(page_size=1)
        with pytest.raises(ValueError, match="rate_limiter"):
            client.with_options(rate_limiter="redis://localhost")  # type: ignore[arg-type]


# -- Redis: TTLs, fallback -----------------------------------------------------------------------------
def test_every_redis_key_has_a_ttl(sandbox: Sandbox, redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, daily_quota=100, idle_ttl=60)
    sandbox.faults.add("429", "OrderSearchOrders", times=1, retry_after=0.2)
    with TikTokShop(**sandbox.credentials(), rate_limiter=limiter, max_retries=1) as client:
        client.order.search_orders(page_size=1)
        client.order.get_order_detail(ids=[_order(sandbox)])
        client.seller.get_shops()
    limiter.acquire(BUCKET)  # a request that never got an answer (a crash, a timeout)
    raw = redis.Redis.from_url(redis_url)
    keys = sorted(raw.scan_iter("tiktok_shop:*"))
    assert len(keys) == 7  # four buckets, three daily counts (two shops, app-level)
    for key in keys:
        assert raw.pttl(key) > 0, key
    bucket = f"tiktok_shop:rate:{{{sandbox.app_key}:{_shop(sandbox, 0)}}}:OrderSearchOrders"
    assert raw.hget(bucket, "epoch") == b"1"
    assert raw.pttl(bucket) <= 60_000 + 200
    quota = raw.pttl(f"tiktok_shop:quota:{{{sandbox.app_key}:{_shop(sandbox, 0)}}}")
    midnight = _midnight_after(datetime.now(UTC)) + timedelta(hours=1)
    assert quota / 1000 == pytest.approx((midnight - datetime.now(UTC)).total_seconds(), abs=5)
    limiter.close()


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[RedisServer]:
    if RedisServer.binary() is None:
        pytest.skip("redis-server is not installed")
    with RedisServer(tmp_path) as server:
        yield server


def _unreachable_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and "rate limiter" in r.getMessage()]


def test_redis_down_falls_back_with_one_warning_then_returns(
    sandbox: Sandbox, redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="tiktok_shop")
    limiter = RedisRateLimiter(redis_server.url, retry_interval=0.2)
    with TikTokShop(**sandbox.credentials(), rate_limiter=limiter, max_retries=0) as client:
        client.order.search_orders(page_size=1)
        redis_server.kill()
        for _ in range(6):
            client.order.search_orders(page_size=1)
            time.sleep(0.05)
        warnings = _unreachable_warnings(caplog)
        assert len(warnings) == 1 and "unreachable" in warnings[0]
        redis_server.start()
        time.sleep(0.25)
        client.order.search_orders(page_size=1)
    warnings = _unreachable_warnings(caplog)
    assert len(warnings) == 2 and "again" in warnings[1]
    assert list(redis.Redis.from_url(redis_server.url).scan_iter("tiktok_shop:rate:*"))  # back on Redis
    limiter.close()


async def test_redis_down_falls_back_async(
    sandbox: Sandbox, redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="tiktok_shop")
    limiter = RedisRateLimiter(redis_server.url)
    async with AsyncTikTokShop(**sandbox.credentials(), rate_limiter=limiter, max_retries=0) as client:
        await client.order.search_orders(page_size=1)
        redis_server.kill()
        await asyncio.gather(*(client.order.search_orders(page_size=1) for _ in range(6)))
    assert len(_unreachable_warnings(caplog)) == 1
    await limiter.aclose()


def test_the_defaults_are_the_documented_ones() -> None:
    # README "Running a fleet": 10/s to start, +0.5 in slow start, +0.2/rate, x0.9, 0.2..50, no quota
    documented = RatePolicy(rate=10.0, min_rate=0.2, max_rate=50.0, increase=0.2, decrease=0.9, slow_start=0.5)
    assert LocalRateLimiter().policy == documented
    assert RedisRateLimiter("redis://127.0.0.1:1/0").policy == documented


@pytest.mark.parametrize("kind", ["url", "redis.Redis", "redis.asyncio.Redis"])
async def test_async_clients_take_a_url_a_redis_client_or_an_asyncio_one(
    sandbox: Sandbox, redis_url: str, kind: str
) -> None:
    import redis.asyncio

    given: Any = {"url": redis_url, "redis.Redis": redis.Redis.from_url(redis_url)}.get(kind) or (
        redis.asyncio.Redis.from_url(redis_url)
    )
    limiter = RedisRateLimiter(given, daily_quota=1)
    async with AsyncTikTokShop(**sandbox.credentials(), rate_limiter=limiter) as client:
        await client.order.search_orders(page_size=1)
        with pytest.raises(QuotaExhaustedError):  # the count lives in Redis
            await client.order.search_orders(page_size=1)
    assert list(redis.Redis.from_url(redis_url).scan_iter("tiktok_shop:quota:*"))
    if kind == "redis.asyncio.Redis":
        with pytest.raises(TypeError, match="AsyncTikTokShop only"):
            limiter.acquire(BUCKET)
    await limiter.aclose()
