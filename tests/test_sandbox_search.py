"""The sandbox's order search at scale: TikTok's 10,000-result limit, page tokens bound to their search, seeding."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tiktok_shop import APIError, InvalidParameterError, TikTokShop
from tiktok_shop.sandbox import Sandbox


@pytest.fixture(scope="module")
def big() -> Iterator[Sandbox]:
    with Sandbox(orders=0, products=1, seed=3) as server:
        now = server.state.now()
        server.seed_orders(12_000, between=(now - 86_400, now - 60))
        yield server


@pytest.fixture
def big_client(big: Sandbox) -> Iterator[TikTokShop]:
    with TikTokShop(**big.credentials(), max_retries=0) as c:
        yield c


def test_a_search_matching_over_10000_orders_is_refused_with_12052180(big: Sandbox, big_client: TikTokShop) -> None:
    with pytest.raises(APIError) as caught:
        big_client.order.search_orders(page_size=10)
    assert caught.value.code == 12052180

    now = big.state.now()
    narrow = big_client.order.search_orders(page_size=10, update_time_ge=now - 30_000, update_time_lt=now)
    assert narrow.total_count is not None and 0 < narrow.total_count <= 10_000


def test_seeded_orders_spread_over_the_window_asked_for(big: Sandbox) -> None:
    orders = next(iter(big.state.orders.values()))
    assert len(orders) == 12_000
    created = sorted(o["create_time"] for o in orders.values())
    assert 86_340 - 10 <= created[-1] - created[0] < 86_340  # evenly over the day asked for
    assert created[-1] < big.state.now() - 60
    assert len({o["status"] for o in orders.values()}) >= 3  # statuses cycle (a day-old order is not delivered yet)
    assert all(o["update_time"] >= o["create_time"] for o in orders.values())


def test_a_page_token_only_continues_the_search_that_issued_it(client: TikTokShop, sandbox: Sandbox) -> None:
    now = sandbox.state.now()
    first = client.order.search_orders(page_size=5, update_time_lt=now, sort_field="update_time")
    assert first.next_page_token
    second = client.order.search_orders(
        page_size=5, update_time_lt=now, sort_field="update_time", page_token=first.next_page_token
    )
    assert {o.id for o in second.orders or []}.isdisjoint({o.id for o in first.orders or []})
    with pytest.raises(InvalidParameterError) as caught:
        client.order.search_orders(
            page_size=5, update_time_lt=now - 1, sort_field="update_time", page_token=first.next_page_token
        )
    assert "page_token" in str(caught.value)
    # page_size is not part of the binding: a caller may change it between pages
    token = first.next_page_token
    client.order.search_orders(page_size=7, update_time_lt=now, sort_field="update_time", page_token=token)
