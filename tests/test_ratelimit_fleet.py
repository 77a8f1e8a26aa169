"""Four real processes share one RedisRateLimiter; the sandbox, with its own limits, is the judge."""

from __future__ import annotations

import multiprocessing as mp
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from tiktok_shop.sandbox import Sandbox

PROCESSES = 4


def _worker(job: dict[str, Any], start: Any, out: Any) -> None:
    from tiktok_shop import TikTokShop, TikTokShopError
    from tiktok_shop.ratelimit import RedisRateLimiter

    limiter = RedisRateLimiter(job["redis_url"], prefix=job["prefix"], rate=job["rate"], max_rate=job["rate"])
    failures = 0
    with TikTokShop(**job["credentials"], rate_limiter=limiter, max_retries=job["retries"]) as client:
        client.order  # noqa: B018 - import the resource before the start
        out.put("ready")
        start.wait(60)
        for _ in range(job["calls"]):
            try:
                client.order.get_order_detail(ids=[job["order"]])
            except TikTokShopError:
                failures += 1
    limiter.close()
    out.put(failures)


def _run_fleet(sandbox: Sandbox, redis_url: str, *, rate: float, calls: int, retries: int) -> int:
    """Run the processes to the end; the number of calls that failed."""
    context = mp.get_context("spawn")
    start, out = context.Event(), context.Queue()
    prefix = f"test-{uuid.uuid4().hex[:8]}:"
    credentials = sandbox.credentials()
    order = next(iter(sandbox.state.orders[credentials["shop_cipher"]]))
    processes = []
    for _ in range(PROCESSES):
        job = {"redis_url": redis_url, "prefix": prefix, "rate": rate,
               "credentials": credentials, "calls": calls, "retries": retries, "order": order}  # fmt: skip
        processes.append(context.Process(target=_worker, args=(job, start, out), daemon=True))
    for process in processes:
        process.start()
    try:
        for _ in processes:
            assert out.get(timeout=120) == "ready"
        start.set()
        return sum(out.get(timeout=120) for _ in processes)
    finally:
        for process in processes:
            process.join(30)


@pytest.fixture
def limited(sandbox: Sandbox) -> Iterator[Sandbox]:
    yield sandbox
    sandbox.limits.configure(None, None)


def _detail_calls(sandbox: Sandbox, mark: int) -> list[Any]:
    return [r for r in sandbox.requests[mark:] if r.operation and r.operation.startswith("OrderBatchGetOrderDetail")]


def test_four_processes_never_exceed_the_sandbox_qps_together(limited: Sandbox, redis_url: str) -> None:
    limited.limits.configure(qps=12, daily_quota=None)
    mark, before = len(limited.requests), limited.counters["rate_limited"]
    failures = _run_fleet(limited, redis_url, rate=8.0, calls=6, retries=0)
    answered = _detail_calls(limited, mark)
    assert limited.counters["rate_limited"] == before  # not one 429 at the gateway
    assert failures == 0 and len(answered) == PROCESSES * 6
    times = sorted(entry.at for entry in answered)
    assert times[-1] - times[0] >= (len(times) - 2) / 8.0  # one rate for all four: 8/s, not 4 x 8/s


def test_a_retry_after_answered_to_one_process_pauses_all_of_them(sandbox: Sandbox, redis_url: str) -> None:
    mark = len(sandbox.requests)
    sandbox.faults.add("429", "*", times=1, retry_after=1.0)
    failures = _run_fleet(sandbox, redis_url, rate=10.0, calls=5, retries=2)
    answered = _detail_calls(sandbox, mark)
    assert failures == 0
    refused = [entry.at for entry in answered if entry.status == 429]
    assert len(refused) == 1
    during = [entry for entry in answered if refused[0] + 0.3 < entry.at < refused[0] + 0.9]
    assert during == []  # no process sent during the pause (one admitted before the 429 may land just after it)
