"""B8: worker processes share TikTok's rate limit through one RedisRateLimiter.

The sandbox runs in its own process with ``qps`` per (shop, operation); redis-server is started
here. Each worker process runs ``tasks`` async tasks making ``calls`` ``get_order_detail`` calls
in all, alternating the seller's two shops. Every run starts from fresh limiter keys (a prefix of
its own), so each learns the rate from the default 10/s. The wall time runs from the moment every
worker is ready (imported, client built) to the last answer; the 429 share is counted at the sandbox.
The worker processes are started once and serve every run.
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ._redis import RedisServer
from ._server import SandboxProcess
from .cases import Row

QPS = 20


async def _run(job: dict[str, Any], jobs: Any, out: Any) -> dict[str, Any]:
    """One worker's part of a run: build the client, say so, wait for "go", make the calls."""
    from tiktok_shop import AsyncTikTokShop, TikTokShopError
    from tiktok_shop.ratelimit import RedisRateLimiter

    orders: dict[str, list[str]] = job["orders"]
    tasks, calls, first_shop = job["tasks"], job["calls"], job["index"]
    limiter = RedisRateLimiter(job["redis_url"], prefix=job["prefix"]) if job["redis_url"] else None
    async with AsyncTikTokShop(**job["credentials"], max_retries=10, rate_limiter=limiter) as client:
        shops = [client.shop(cipher) for cipher in orders]
        ids = list(orders.values())
        _ = [shop.order for shop in shops]  # import the order module before the clock starts
        failures = 0

        async def task(first: int) -> None:
            nonlocal failures
            for n in range(first, calls, tasks):
                k = n + first_shop  # workers start on different shops
                try:
                    await shops[k % 2].order.get_order_detail(ids=[ids[k % 2][n % len(ids[k % 2])]])
                except TikTokShopError:
                    failures += 1

        out.put("ready")
        await asyncio.to_thread(jobs.get)  # "go"
        await asyncio.gather(*(task(t) for t in range(tasks)))
        finished = time.time()
    if limiter is not None:
        await limiter.aclose()
    return {"finished": finished, "failures": failures}


def _worker(jobs: Any, out: Any) -> None:
    while (job := jobs.get()) != "stop":
        out.put(asyncio.run(_run(job, jobs, out)))


class Fleet:
    """Worker processes, each with its own job queue; ``run`` uses the first ``workers`` of them."""

    def __init__(self, size: int) -> None:
        context = mp.get_context("spawn")
        self.out = context.Queue()
        self.queues = [context.Queue() for _ in range(size)]
        self.processes = [context.Process(target=_worker, args=(q, self.out), daemon=True) for q in self.queues]
        for process in self.processes:
            process.start()

    def run(
        self, sandbox: SandboxProcess, redis_url: str | None, workers: int, tasks: int, calls: int
    ) -> dict[str, Any]:
        prefix = f"b8-{uuid.uuid4().hex[:8]}:"
        for index, jobs in enumerate(self.queues[:workers]):
            jobs.put({"orders": sandbox.orders, "credentials": sandbox.credentials, "redis_url": redis_url,
                      "prefix": prefix, "tasks": tasks, "calls": calls, "index": index})  # fmt: skip
        for _ in range(workers):
            assert self.out.get(timeout=120) == "ready"
        time.sleep(1.0)  # let the 1 s windows of an earlier run pass
        before = sandbox.stats()
        started = time.time()
        for jobs in self.queues[:workers]:
            jobs.put("go")
        results = [self.out.get(timeout=600) for _ in range(workers)]
        after = sandbox.stats()
        answers = after["requests"] - before["requests"]
        limited = after["rate_limited"] - before["rate_limited"]
        return {"wall_s": round(max(r["finished"] for r in results) - started, 3), "calls": workers * calls,
                "failed": sum(r["failures"] for r in results), "answers": answers, "answers_429": limited,
                "share_429": round(limited / answers, 4) if answers else 0.0}  # fmt: skip

    def close(self) -> None:
        for jobs in self.queues:
            jobs.put("stop")
        for process in self.processes:
            process.join(30)


@contextmanager
def fleet(size: int) -> Iterator[Fleet]:
    pool = Fleet(size)
    try:
        yield pool
    finally:
        pool.close()


def b8_fleet(sandbox: SandboxProcess, quick: bool) -> Row:
    workers, tasks, calls = (4, 4, 10) if quick else (4, 16, 240)
    shops = len(sandbox.orders)
    sandbox.limit(QPS)
    try:
        with tempfile.TemporaryDirectory() as folder, RedisServer(Path(folder)) as redis_server, \
                fleet(workers) as pool:  # fmt: skip
            shared = pool.run(sandbox, redis_server.url, workers, tasks, calls)
            baseline = pool.run(sandbox, None, workers, tasks, calls)
            alone = pool.run(sandbox, redis_server.url, 1, tasks, workers * calls)
    finally:
        sandbox.limit(None)
    minimum = workers * calls / (QPS * shops)
    ratio, share = shared["wall_s"] / minimum, shared["share_429"]
    notes = {"minimum_s": minimum, "fleet": shared, "no_limiter": baseline, "one_worker_same_calls": alone}
    what = (f"{workers} processes x {tasks} async tasks, {workers * calls} get_order_detail over {shops} shops at "
            f"qps={QPS}, one RedisRateLimiter: wall time vs the ceiling's minimum; 429 share {share:.1%}")  # fmt: skip
    return Row("B8", what, shared["wall_s"], minimum, "s", "<= 1.15x, <= 2 % 429s",
               ratio <= 1.15 and share <= 0.02 and shared["failed"] == 0, notes)  # fmt: skip
