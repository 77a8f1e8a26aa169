"""The sandbox in its own process, so clients measured here do not share a GIL with the server."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from typing import Any


def _serve(orders: int, connection: Connection) -> None:
    from tiktok_shop.sandbox import Sandbox

    with Sandbox(orders=orders, products=10, validate_requests=False) as sandbox:
        # B6 pages through one unfiltered search of every order: lift TikTok's 10,000-result limit
        # (12052180), which an order sync meets by splitting windows; B6 measures the pager's memory.
        sandbox.state.search_limit = max(sandbox.state.search_limit, orders)
        seller = sandbox.sellers[0]
        shops = {shop.cipher: list(sandbox.state.orders[shop.cipher])[:50] for shop in seller.shops}
        connection.send({"credentials": sandbox.credentials(seller.open_id), "orders": shops})
        while (command := connection.recv()) != "stop":
            if command == "stats":
                requests = [r for r in sandbox.requests if r.operation is not None]
                connection.send({"requests": len(requests), "rate_limited": sandbox.counters["rate_limited"]})
            else:
                sandbox.limits.configure(qps=command[1], daily_quota=None)
                connection.send("ok")


class SandboxProcess:
    """What the sandbox process sent (``credentials`` of its first seller's first shop, 50 ``orders`` ids
    per shop of that seller), and its counters on request."""

    def __init__(self, served: dict[str, Any], connection: Connection) -> None:
        self.credentials: dict[str, Any] = served["credentials"]
        self.orders: dict[str, list[str]] = served["orders"]
        self._connection = connection

    def limit(self, qps: float | None) -> None:
        """Turn the sandbox's per-(shop, operation) rate limit on (``qps``) or off (``None``)."""
        self._connection.send(("qps", qps))
        self._connection.recv()

    def stats(self) -> dict[str, int]:
        """API requests answered so far, and how many of them were 429s of the rate limits."""
        self._connection.send("stats")
        return dict(self._connection.recv())


@contextmanager
def sandbox_process(orders: int = 120) -> Iterator[SandboxProcess]:
    context = mp.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=_serve, args=(orders, child), daemon=True)
    process.start()
    try:
        if not parent.poll(120):
            raise RuntimeError("the sandbox process did not start")
        yield SandboxProcess(parent.recv(), parent)
    finally:
        parent.send("stop")
        process.join(10)
        if process.is_alive():
            process.kill()
