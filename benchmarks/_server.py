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
        connection.send(sandbox.credentials())
        connection.recv()  # block until the parent is done


@contextmanager
def sandbox_process(orders: int = 120) -> Iterator[dict[str, Any]]:
    context = mp.get_context("spawn")
    parent, child = context.Pipe()
    process = context.Process(target=_serve, args=(orders, child), daemon=True)
    process.start()
    try:
        if not parent.poll(120):
            raise RuntimeError("the sandbox process did not start")
        yield parent.recv()
    finally:
        parent.send("stop")
        process.join(10)
        if process.is_alive():
            process.kill()
