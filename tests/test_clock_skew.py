"""Clock skew: the sandbox dates every answer from its clock; the client learns TikTok's clock from
those ``Date`` headers, signs with it, and after a refused timestamp corrects and retries once."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from email.utils import formatdate, parsedate_to_datetime
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiktok_shop import AsyncTikTokShop, ClockSkewError, InvalidParameterError, TikTokShop
from tiktok_shop._server_clock import ServerClock
from tiktok_shop.sandbox import Sandbox

SKEWS = [600, -120]  # TikTok's clock 10 minutes ahead of ours, and 2 minutes behind


@pytest.fixture
def skewed() -> Iterator[Sandbox]:
    with Sandbox(orders=8, products=2, seed=5) as server:
        yield server


def date_of(response: httpx.Response) -> float:
    """The unix time of a response's Date header, read by the standard library."""
    return parsedate_to_datetime(response.headers["date"]).timestamp()


def codes(sandbox: Sandbox, mark: int) -> list[int]:
    return [entry.code for entry in sandbox.requests[mark:]]


# -- the sandbox's Date -------------------------------------------------------------------------------
def test_every_answer_is_dated_by_the_sandbox_clock(skewed: Sandbox) -> None:
    skewed.clock.advance(3_600)
    skewed.faults.add("502", "ProductGetProductDetail", times=1)
    skewed.faults.add("malformed", "ProductGetBrands", times=1)
    base = skewed.base_url
    answers = [
        httpx.get(base + "/authorization/202309/shops"),  # refused: unsigned
        httpx.get(base + "/product/202309/products/1"),  # the 502 fault
        httpx.get(base + "/product/202309/brands"),  # the malformed fault
        httpx.get(base + "/no/such/path"),
        httpx.get(base + "/_sandbox/api/clock"),
        httpx.get(base + "/_sandbox/"),
    ]
    with TikTokShop(**skewed.credentials()) as client:
        answers.append(client.with_raw_response.authorization.get_shops().http_response)
    for response in answers:
        assert [name for name in response.headers if name == "date"] == ["date"], response.url
        assert abs(date_of(response) - (time.time() + 3_600)) < 5, response.url
    assert answers[1].status_code == 502
    assert answers[2].status_code == 200


# -- correct and retry once ---------------------------------------------------------------------------
@pytest.mark.parametrize("skew", SKEWS)
def test_a_skewed_clock_costs_one_corrected_retry_then_none(skewed: Sandbox, skew: int) -> None:
    skewed.clock.advance(skew)
    with TikTokShop(**skewed.credentials()) as client:
        copy = client.with_options(timeout=10)  # made before anything was learned
        mark = len(skewed.requests)
        assert client.authorization.get_shops().shops
        assert codes(skewed, mark) == [36009004, 0]  # refused once on its timestamp, then accepted
        assert abs(client.clock_offset - skew) <= 1
        for caller in (client, copy, client.shop(client.shop_cipher or "")):
            mark = len(skewed.requests)
            caller.order.search_orders(page_size=2)
            assert codes(skewed, mark) == [0]
            assert caller.clock_offset == client.clock_offset


@pytest.mark.parametrize("skew", SKEWS)
async def test_async_a_skewed_clock_costs_one_corrected_retry_then_none(skewed: Sandbox, skew: int) -> None:
    skewed.clock.advance(skew)
    async with AsyncTikTokShop(**skewed.credentials()) as client:
        copy = client.with_options(max_retries=1)
        mark = len(skewed.requests)
        assert (await client.authorization.get_shops()).shops
        assert codes(skewed, mark) == [36009004, 0]
        assert abs(client.clock_offset - skew) <= 1
        for caller in (client, copy):
            mark = len(skewed.requests)
            await caller.order.search_orders(page_size=2)
            assert codes(skewed, mark) == [0]
            assert caller.clock_offset == client.clock_offset


def test_a_clock_that_moves_while_serving_is_followed(skewed: Sandbox) -> None:
    with TikTokShop(**skewed.credentials()) as client:
        for _ in range(4):
            client.authorization.get_shops()
        assert abs(client.clock_offset) <= 1
        skewed.clock.advance(900)
        mark = len(skewed.requests)
        for _ in range(4):
            client.authorization.get_shops()
        assert codes(skewed, mark) == [36009004, 0, 0, 0, 0]  # what it learned before the jump is forgotten
        assert abs(client.clock_offset - 900) <= 1


def test_a_timestamp_refused_again_after_the_correction_is_a_clock_skew_error(skewed: Sandbox) -> None:
    skewed.state.timestamp_window = -3_600  # every timestamp is an hour too old for this server
    with TikTokShop(**skewed.credentials(), max_retries=3) as client:
        mark = len(skewed.requests)
        with pytest.raises(ClockSkewError) as caught:
            client.authorization.get_shops()
        assert codes(skewed, mark) == [36009004, 36009004]  # one corrected retry, never more
        assert isinstance(caught.value, InvalidParameterError)
        assert "timestamp" in caught.value.message


def test_other_invalid_parameters_are_not_clock_skew(skewed: Sandbox) -> None:
    with TikTokShop(**skewed.credentials()) as client:
        delivered = next(o for o in client.order.iter_search_orders(page_size=10, order_status="DELIVERED"))
        mark = len(skewed.requests)
        with pytest.raises(InvalidParameterError) as caught:  # a delivered order's package cannot ship
            client.fulfillment.ship_package(package_id=(delivered.packages or [])[0].id or "")
        assert not isinstance(caught.value, ClockSkewError)
        assert len(codes(skewed, mark)) == 1


# -- what teaches the clock -----------------------------------------------------------------------
def test_one_odd_answer_does_not_move_the_offset_but_a_majority_does(skewed: Sandbox) -> None:
    with TikTokShop(**skewed.credentials()) as client:
        for _ in range(4):
            client.authorization.get_shops()
        skewed.clock.advance(100)  # inside TikTok's window: accepted, but the Date says +100
        client.authorization.get_shops()
        assert abs(client.clock_offset) <= 1  # median of 0, 0, 0, 0, +100
        client.authorization.get_shops()
        client.authorization.get_shops()
        assert abs(client.clock_offset - 100) <= 1  # now +100 is the median


@given(
    skew=st.floats(min_value=-100_000, max_value=100_000, allow_nan=False),
    moments=st.lists(st.floats(min_value=1.6e9, max_value=2.0e9), min_size=1, max_size=7),
    delay=st.floats(min_value=0, max_value=0.3),
)
def test_the_offset_is_whole_seconds_within_a_second_and_the_delay(
    skew: float, moments: list[float], delay: float
) -> None:
    clock = ServerClock()
    for moment in moments:  # the server stamps its Date (second resolution), it arrives ``delay`` later
        clock.observe(formatdate(moment + skew, usegmt=True), moment + delay)
    assert isinstance(clock.offset, int)
    assert abs(clock.offset - skew) <= 1 + delay  # half a second of rounding, half of the Date's resolution


def test_a_sub_second_skew_is_never_refused(skewed: Sandbox) -> None:
    skewed.clock.advance(0.3)
    with TikTokShop(**skewed.credentials()) as client:
        mark = len(skewed.requests)
        for _ in range(5):
            client.authorization.get_shops()
        assert client.clock_offset in (0, 1)
        assert codes(skewed, mark) == [0] * 5


def test_an_answer_without_a_readable_date_teaches_nothing() -> None:
    clock = ServerClock()
    now = time.time()
    clock.observe(formatdate(now + 50, usegmt=True), now)
    for header in (None, "", "yesterday", "Tue, 99 Foo 2026 99:99:99 GMT", "Tue, 15 Nov 1994 08:12:31"):
        clock.observe(header, now)
        assert not clock.correct(header, now)
        assert clock.offset == 50
    assert clock.correct(formatdate(now - 200, usegmt=True), now)
    assert clock.offset == -200  # a refusal's Date replaces what was learned


@pytest.fixture
def token_host() -> Iterator[Sandbox]:
    """Another server for the token endpoints, whose clock is 40 minutes ahead."""
    with Sandbox(orders=1, products=1, seed=6) as server:
        server.clock.advance(2_400)
        yield server


def test_the_token_host_does_not_teach_the_clock(skewed: Sandbox, token_host: Sandbox) -> None:
    with TikTokShop(**{**skewed.credentials(), "auth_base_url": token_host.auth_base_url}) as client:
        token = client.auth.get_token(
            app_key=token_host.app_key,
            app_secret=token_host.app_secret,
            auth_code=token_host.issue_auth_code(),
            grant_type="authorized_code",
        )
        assert token.access_token
        assert client.clock_offset == 0  # the token host's Date is 40 minutes ahead: not learned
        mark = len(skewed.requests)
        client.authorization.get_shops()
        assert codes(skewed, mark) == [0]


@pytest.fixture
async def async_skewed() -> AsyncIterator[Any]:
    async with Sandbox(orders=8, products=2, seed=5) as server:
        yield server


async def test_async_copies_share_the_clock_learned_by_any_of_them(async_skewed: Sandbox) -> None:
    async_skewed.clock.advance(-150)
    async with AsyncTikTokShop(**async_skewed.credentials()) as client:
        shop = client.shop(client.shop_cipher or "")
        await shop.order.search_orders(page_size=1)  # the copy learns...
        mark = len(async_skewed.requests)
        await client.authorization.get_shops()  # ...and the original signs with it
        assert codes(async_skewed, mark) == [0]
        assert abs(client.clock_offset + 150) <= 1
