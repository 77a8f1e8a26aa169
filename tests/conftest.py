"""Shared fixtures: one sandbox server for the session, fresh clients per test."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from tiktok_shop import AsyncTikTokShop, TikTokShop
from tiktok_shop.auth import MemoryTokenStore, SQLiteTokenStore, TokenStore
from tiktok_shop.sandbox import Sandbox

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "reference"
REFERENCE = Path(__file__).resolve().parent / "data" / "reference"
"""TikTok's catalog, webhook types and documented samples the tests read: a copy of ``SHARED`` kept in
the repository, so a clone anywhere runs every test (``test_reference_copy_is_current`` compares them)."""


@pytest.fixture(scope="session")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(orders=120, products=30, seed=7) as server:
        yield server


@pytest.fixture(autouse=True)
def _clean_faults(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "sandbox" in request.fixturenames:
        request.getfixturevalue("sandbox").faults.clear()


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[TikTokShop]:
    with TikTokShop(**sandbox.credentials(), max_retries=2) as c:
        yield c


@pytest.fixture
async def aclient(sandbox: Sandbox) -> AsyncIterator[AsyncTikTokShop]:
    async with AsyncTikTokShop(**sandbox.credentials(), max_retries=2) as c:
        yield c


def requests_since(sandbox: Sandbox, mark: int, path_part: str = "") -> list[object]:
    return [r for r in sandbox.requests[mark:] if path_part in r.path]


# -- a real Redis server per test that asks for one ----------------------------------------------------
def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def redis_url(tmp_path: Path) -> Any:
    binary = subprocess.run(["which", "redis-server"], capture_output=True, text=True).stdout.strip()
    if not binary:
        if os.environ.get("CI"):
            pytest.fail("redis-server is required in CI (.ci/run installs it)")
        pytest.skip("redis-server is not installed")
    port = _free_port()
    process = subprocess.Popen(
        [
            binary,
            "--port",
            str(port),
            "--bind",
            "127.0.0.1",
            "--save",
            "",
            "--appendonly",
            "no",
            "--dir",
            str(tmp_path),
        ],
        stdout=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(port=port)
    for _ in range(200):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.02)
    yield f"redis://127.0.0.1:{port}/0"
    process.terminate()
    process.wait(10)


@pytest.fixture(params=["memory", "sqlite", pytest.param("redis", marks=pytest.mark.redis)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> TokenStore:
    """Each token store users have: in memory, a SQLite file, a real redis-server."""
    if request.param == "memory":
        return MemoryTokenStore()
    if request.param == "sqlite":
        return SQLiteTokenStore(tmp_path / "tokens.sqlite3")
    from tiktok_shop.auth import RedisTokenStore

    return RedisTokenStore(request.getfixturevalue("redis_url"))
