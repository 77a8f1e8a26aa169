"""Many sellers, many shops: a shop id (as webhooks carry it) becomes a ready, shop-bound client."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tiktok_shop import AsyncTikTokShop, TikTokShop
from tiktok_shop.auth import (
    AsyncOAuth,
    AsyncShopClients,
    MemoryTokenStore,
    OAuth,
    ShopClients,
    SQLiteTokenStore,
    TokenStore,
    UnknownShopError,
)
from tiktok_shop.sandbox import Sandbox


@pytest.fixture
def fresh() -> Iterator[Sandbox]:
    with Sandbox(orders=6, products=2, seed=5) as server:
        yield server


def _store(kind: str, tmp_path: Path, request: pytest.FixtureRequest) -> TokenStore:
    if kind == "memory":
        return MemoryTokenStore()
    if kind == "sqlite":
        return SQLiteTokenStore(tmp_path / "tokens.sqlite3")
    from tiktok_shop.auth import RedisTokenStore

    return RedisTokenStore(request.getfixturevalue("redis_url"))


def _hosts(sandbox: Sandbox) -> dict[str, Any]:
    return {
        "app_key": sandbox.app_key,
        "app_secret": sandbox.app_secret,
        "base_url": sandbox.base_url,
        "auth_base_url": sandbox.auth_base_url,
    }


@pytest.mark.parametrize("kind", ["memory", "sqlite", "redis"])
def test_every_shop_of_every_seller_by_id_or_cipher(
    fresh: Sandbox, kind: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    store = _store(kind, tmp_path, request)
    oauth = OAuth(**_hosts(fresh))
    with TikTokShop(**_hosts(fresh)) as client:
        shops = ShopClients(client, oauth, store)
        for seller in fresh.sellers:
            linked = shops.add_seller(oauth.exchange_code(fresh.issue_auth_code(seller.open_id)))
            assert {s.id for s in linked} == {s.id for s in seller.shops}
        mark = len(fresh.requests)
        for seller in fresh.sellers:
            for shop in seller.shops:
                by_id, by_cipher = shops.for_shop(shop.id), shops.for_shop(shop.cipher)
                assert by_id.config.shop_cipher == by_cipher.config.shop_cipher == shop.cipher
                assert by_id.order.search_orders(page_size=2).total_count == 6
        calls = fresh.requests[mark:]
        assert len(calls) == 4 and all(c.status == 200 for c in calls)
        with pytest.raises(UnknownShopError, match="not linked"):
            shops.for_shop("no-such-shop")
        assert len(fresh.requests) == mark + 4  # the unknown shop failed before any I/O


def test_tokens_refresh_once_per_seller_across_its_shops(fresh: Sandbox) -> None:
    store, oauth = MemoryTokenStore(), OAuth(**_hosts(fresh))
    with TikTokShop(**_hosts(fresh)) as client:
        shops = ShopClients(client, oauth, store)
        for seller in fresh.sellers:
            shops.add_seller(oauth.exchange_code(fresh.issue_auth_code(seller.open_id)))
        fresh.expire_access_tokens()
        before = fresh.counters["token.refresh"]
        for _ in range(3):
            for seller in fresh.sellers:
                for shop in seller.shops:
                    assert shops.for_shop(shop.id).order.search_orders(page_size=1).orders
        assert fresh.counters["token.refresh"] - before == len(fresh.sellers)


async def test_async_shop_clients(fresh: Sandbox) -> None:
    store, oauth = MemoryTokenStore(), AsyncOAuth(**_hosts(fresh))
    async with AsyncTikTokShop(**_hosts(fresh)) as client:
        shops = AsyncShopClients(client, oauth, store)
        seller = fresh.sellers[1]
        await shops.add_seller(await oauth.exchange_code(fresh.issue_auth_code(seller.open_id)))
        bound = await shops.for_shop(seller.shops[1].id)
        page = await bound.order.search_orders(page_size=3)
        assert len(page.orders or []) == 3
        with pytest.raises(UnknownShopError):
            await shops.for_shop(fresh.sellers[0].shops[0].id)  # that seller was never added
    assert "secret" not in repr(shops).lower()
