"""The sandbox's rate limits over real HTTP: ``qps`` per (app, shop, operation), ``daily_quota`` per shop and day."""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from tiktok_shop import RateLimitError, TikTokShop
from tiktok_shop.auth import OAuth, SQLiteTokenStore
from tiktok_shop.sandbox import Sandbox

from .cli_tools import clean_env, exported, read_until, run, running

RATE_LIMITED = 36009002


@pytest.fixture
def limited(sandbox: Sandbox) -> Iterator[Sandbox]:
    """The session sandbox; its limits are turned off again after the test."""
    yield sandbox
    sandbox.limits.configure(None, None)


def _client(sandbox: Sandbox, shop: int = 0) -> TikTokShop:
    credentials = sandbox.credentials()
    credentials["shop_cipher"] = sandbox.sellers[0].shops[shop].cipher
    return TikTokShop(**credentials, max_retries=0)


def _an_order(sandbox: Sandbox, shop: int = 0) -> str:
    return next(iter(sandbox.state.orders[sandbox.sellers[0].shops[shop].cipher]))


def test_qps_lets_that_many_through_then_answers_429_with_retry_after(limited: Sandbox) -> None:
    limited.limits.configure(qps=1, daily_quota=None)
    before = limited.counters["rate_limited"]
    with _client(limited) as client:
        client.order.get_order_detail(ids=[_an_order(limited)])
        with pytest.raises(RateLimitError) as raised:
            client.order.get_order_detail(ids=[_an_order(limited)])
        assert raised.value.code == RATE_LIMITED
        assert raised.value.status_code == 429
        assert raised.value.retry_after is not None and 0 < raised.value.retry_after <= 1
        assert limited.counters["rate_limited"] == before + 1
        # Another operation and another shop have buckets of their own.
        client.order.search_orders(page_size=1)
        with _client(limited, shop=1) as other:
            other.order.get_order_detail(ids=[_an_order(limited, shop=1)])
        time.sleep(raised.value.retry_after)
        client.order.get_order_detail(ids=[_an_order(limited)])  # the window has a place again
    assert limited.counters["rate_limited"] == before + 1


def test_a_fractional_qps_spreads_one_request_over_its_interval(limited: Sandbox) -> None:
    limited.limits.configure(qps=0.25, daily_quota=None)
    with _client(limited) as client:
        client.seller.get_shops()
        with pytest.raises(RateLimitError) as raised:
            client.seller.get_shops()
    assert raised.value.retry_after is not None and 3 < raised.value.retry_after <= 4


def test_the_429_carries_the_retry_after_header_in_seconds(limited: Sandbox) -> None:
    limited.limits.configure(qps=0.5, daily_quota=None)
    with _client(limited) as client:
        client.order.search_orders(page_size=1)
        mark = len(limited.requests)
        with pytest.raises(RateLimitError):
            client.order.search_orders(page_size=1)
    entry = limited.requests[mark]
    assert (entry.status, entry.code) == (429, RATE_LIMITED)


def test_the_daily_quota_counts_every_operation_of_a_shop_until_midnight_utc(limited: Sandbox) -> None:
    limited.limits.configure(qps=None, daily_quota=3)
    with _client(limited) as client:
        client.order.search_orders(page_size=1)
        client.order.get_order_detail(ids=[_an_order(limited)])
        client.product.search_products(page_size=1)
        with pytest.raises(RateLimitError) as raised:
            client.order.search_orders(page_size=1)
        midnight = (math.floor(limited.clock.now() / 86_400) + 1) * 86_400
        assert raised.value.code == RATE_LIMITED
        assert raised.value.retry_after == pytest.approx(midnight - limited.clock.now(), abs=5)
        with _client(limited, shop=1) as other:  # another shop counts on its own
            other.order.search_orders(page_size=1)


def test_the_daily_quota_resets_when_the_sandbox_day_turns(limited: Sandbox) -> None:
    limited.limits.configure(qps=None, daily_quota=1)
    cipher = limited.sellers[0].shops[0].cipher
    limited.limits.admit(limited.app_key, cipher, "op")
    with _client(limited) as client, pytest.raises(RateLimitError):
        client.order.search_orders(page_size=1)
    now = limited.clock.now()
    limited.clock.advance(math.floor(now / 86_400 + 1) * 86_400 - now + 1)
    try:
        limited.limits.admit(limited.app_key, cipher, "op")  # a new day: counted again from zero
    finally:
        limited.clock.advance(-(limited.clock.offset))


def test_limits_are_off_by_default_and_turn_off_again(limited: Sandbox) -> None:
    before = limited.counters["rate_limited"]
    with _client(limited) as client:
        for _ in range(5):
            client.seller.get_shops()
        limited.limits.configure(qps=1, daily_quota=1)
        limited.limits.configure(None, None)
        for _ in range(5):
            client.seller.get_shops()
    assert limited.counters["rate_limited"] == before


@pytest.mark.parametrize(("qps", "quota"), [(0, None), (-1.0, None), (None, 0), (None, 1.5), (True, None)])
def test_bad_limits_are_refused(qps: float | None, quota: int | None) -> None:
    with pytest.raises(ValueError, match=r"qps|daily_quota"):
        Sandbox(qps=qps, daily_quota=quota)


def test_cli_flags_turn_the_limits_on(tmp_path: Path) -> None:
    env = clean_env(tmp_path, TIKTOK_SHOP_APP_KEY="limits-key", TIKTOK_SHOP_APP_SECRET="limits-secret")
    with running(["sandbox", "--port", "0", "--orders", "3", "--qps", "0.2", "--daily-quota", "50"], env) as process:
        assert process.stdout is not None
        variables = exported(read_until(process.stdout, "Ctrl-C"))
        store = SQLiteTokenStore(variables["TIKTOK_SHOP_TOKEN_STORE"])
        token = store.get(store.sellers()[0])
        assert token is not None
        with TikTokShop(
            app_key="limits-key",
            app_secret="limits-secret",
            access_token=token.access_token,
            base_url=variables["TIKTOK_SHOP_BASE_URL"],
            max_retries=0,
        ) as client:
            client.seller.get_shops()
            with pytest.raises(RateLimitError) as raised:
                client.seller.get_shops()
    assert raised.value.retry_after is not None and 4 < raised.value.retry_after <= 5


@pytest.mark.parametrize("flag", [["--qps", "0"], ["--daily-quota", "0"], ["--qps", "fast"]])
def test_cli_refuses_bad_limits(tmp_path: Path, flag: list[str]) -> None:
    done = run(["sandbox", "--port", "0", *flag], clean_env(tmp_path), timeout=30)
    assert done.returncode != 0
    assert flag[0] in done.stderr


def test_token_calls_are_not_rate_limited(limited: Sandbox) -> None:
    limited.limits.configure(qps=0.1, daily_quota=1)
    before = limited.counters["rate_limited"]
    oauth = OAuth(
        app_key=limited.app_key,
        app_secret=limited.app_secret,
        base_url=limited.base_url,
        auth_base_url=limited.auth_base_url,
    )
    with closing(oauth):
        for _ in range(3):
            oauth.exchange_code(limited.issue_auth_code())
    assert limited.counters["rate_limited"] == before
