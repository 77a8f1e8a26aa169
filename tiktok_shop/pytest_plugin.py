"""pytest fixtures for testing your own TikTok Shop code against the sandbox (entry point ``pytest11``).

Installed with the package; inert until a test asks for one of its fixtures (nothing is imported
or started before). With the ``sandbox`` extra installed:

- ``tiktok_shop_sandbox``: a fresh :class:`~tiktok_shop.sandbox.Sandbox` per test, serving on
  loopback. Its ``faults``, ``clock.advance(seconds)``, ``duplicate_webhooks``,
  ``hold_webhooks``/``release_webhooks`` and ``seed_orders`` are the controls. Size it with
  ``@pytest.mark.tiktok_shop_sandbox(orders=..., products=..., seed=...)``.
- ``tiktok_shop_client`` / ``tiktok_shop_async_client``: clients of the sandbox's first shop (the
  async one needs pytest-asyncio).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from . import AsyncTikTokShop, TikTokShop
    from .sandbox import Sandbox

__all__ = ["tiktok_shop_async_client", "tiktok_shop_client", "tiktok_shop_sandbox"]

_MARKER = "tiktok_shop_sandbox"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{_MARKER}(**options): options of the test's TikTok Shop sandbox")


@pytest.fixture
def tiktok_shop_sandbox(request: pytest.FixtureRequest) -> Iterator[Sandbox]:
    """A fresh sandbox for this test (20 orders and 5 products unless the marker says otherwise)."""
    from .sandbox import Sandbox

    marker = request.node.get_closest_marker(_MARKER)
    options: dict[str, Any] = {"orders": 20, "products": 5} | (marker.kwargs if marker else {})
    with Sandbox(**options) as sandbox:
        yield sandbox


@pytest.fixture
def tiktok_shop_client(tiktok_shop_sandbox: Sandbox) -> Iterator[TikTokShop]:
    """A client of the sandbox's first shop, with its access token."""
    from . import TikTokShop

    with TikTokShop(**tiktok_shop_sandbox.credentials()) as client:
        yield client


async def _async_client(tiktok_shop_sandbox: Sandbox) -> AsyncIterator[AsyncTikTokShop]:
    """An asyncio client of the sandbox's first shop, with its access token."""
    from . import AsyncTikTokShop

    async with AsyncTikTokShop(**tiktok_shop_sandbox.credentials()) as client:
        yield client


def _needs_pytest_asyncio(tiktok_shop_sandbox: Sandbox) -> None:
    raise pytest.UsageError("the tiktok_shop_async_client fixture needs pytest-asyncio installed")


def _async_fixture() -> Any:
    """pytest-asyncio's fixture when it is installed (strict or auto mode), else one that says it is needed."""
    try:
        import pytest_asyncio
    except ImportError:  # pragma: no cover - exercised only without the dev dependencies
        return pytest.fixture(_needs_pytest_asyncio, name="tiktok_shop_async_client")
    return pytest_asyncio.fixture(_async_client, name="tiktok_shop_async_client")


tiktok_shop_async_client = _async_fixture()
