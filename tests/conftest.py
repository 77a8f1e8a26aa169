"""Shared fixtures: one sandbox server for the session, fresh clients per test."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from tiktok_shop import AsyncTikTokShop, TikTokShop
from tiktok_shop.sandbox import Sandbox

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "reference"


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
