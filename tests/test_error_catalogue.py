"""Every code of TikTok's public error table, caused in the sandbox by its situation and raised by the client.

Each situation is driven through the client over HTTP (sync and async): the test checks the class
raised, its ``.retryable`` and ``.hint``, the ``.field`` TikTok's message names, and whether the
client retried, counted at the sandbox's request log (what the retry policy actually did). The
expected classes and retry rules are written out here by hand from the reference table
(``../shared/reference/README.md``), not read from the catalogue under test.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

import tiktok_shop
from tiktok_shop import (
    APIError,
    AsyncOAuth,
    AsyncTikTokShop,
    AuthenticationError,
    ConfigurationError,
    GatewayTimeoutError,
    HourlyQuotaExceededError,
    InvalidAccessTokenError,
    InvalidAppKeyError,
    InvalidAuthCodeError,
    InvalidParameterError,
    InvalidParameterValueError,
    InvalidShopCipherError,
    InvalidSignatureError,
    IPNotAllowedError,
    MethodNotAllowedError,
    MissingScopeError,
    NotAvailableInRegionError,
    OAuth,
    PermissionDeniedError,
    RateLimitError,
    SearchTooBroadError,
    SellerDeactivatedError,
    ServerError,
    ShopCipherNotAllowedError,
    ShopDeactivatedError,
    TikTokShop,
    TokenExpiredError,
    UnknownPathError,
    UnknownVersionError,
    WrongSellerError,
)
from tiktok_shop._config import ClientConfig
from tiktok_shop._contract import Operation
from tiktok_shop._error_catalogue import error_for, parameter_named
from tiktok_shop._request import PreparedCall
from tiktok_shop._response import parse_response
from tiktok_shop._retry import Outcome, retry_delay
from tiktok_shop.sandbox import Sandbox

from .conftest import SHARED

README = Path(__file__).resolve().parent.parent / "README.md"
SEARCH_ORDERS = tiktok_shop.operation("POST", "/order/202309/orders/search")
GET_SHOPS = tiktok_shop.operation("GET", "/authorization/202309/shops")
UPDATE_PRICE = tiktok_shop.operation("POST", "/product/202309/products/{product_id}/prices/update")
CREATE_PRODUCT = tiktok_shop.operation("POST", "/product/202309/products")  # a write with an idempotency key
RETRIES = 2

# code -> the class the client raises (by hand, from the reference table and issue 17).
EXPECTED_CLASS: dict[int, type[APIError]] = {
    36009002: RateLimitError,
    36009003: ServerError,
    36009004: InvalidParameterError,
    36009007: GatewayTimeoutError,
    36009009: UnknownPathError,
    36009010: MethodNotAllowedError,
    36009014: UnknownVersionError,
    36009033: IPNotAllowedError,
    36009037: HourlyQuotaExceededError,
    36009043: ShopDeactivatedError,
    36009044: SellerDeactivatedError,
    36004004: InvalidAuthCodeError,
    105002: TokenExpiredError,
    105005: MissingScopeError,
    101000: WrongSellerError,
    106001: InvalidSignatureError,
    106013: InvalidShopCipherError,
    98001004: InvalidParameterValueError,
    21008106: NotAvailableInRegionError,
    12052180: SearchTooBroadError,
}

# class -> is it retried on (a read, an unsafe write, a write with an idempotency key)?
RETRIED: dict[type[APIError], tuple[bool, bool, bool]] = {
    RateLimitError: (True, True, True),
    ServerError: (True, False, True),
    GatewayTimeoutError: (True, False, True),  # like a timeout: reads, and writes only when idempotent
    HourlyQuotaExceededError: (False, False, False),  # an hour-scale wait: past any call's deadline
    **{
        kind: (False, False, False)
        for kind in (
            InvalidParameterError,
            UnknownPathError,
            MethodNotAllowedError,
            UnknownVersionError,
            IPNotAllowedError,
            ShopDeactivatedError,
            SellerDeactivatedError,
            InvalidAuthCodeError,
            TokenExpiredError,
            MissingScopeError,
            WrongSellerError,
            InvalidSignatureError,
            InvalidShopCipherError,
            InvalidParameterValueError,
            NotAvailableInRegionError,
            SearchTooBroadError,
            InvalidAccessTokenError,
            InvalidAppKeyError,
            ShopCipherNotAllowedError,
        )
    },
}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(orders=20, products=3, seed=17) as server:
        yield server


# -- the table -------------------------------------------------------------------------------------
def _reference_codes() -> list[tuple[int, str | None]]:
    text = (SHARED / "README.md").read_text(encoding="utf-8")
    section = text[text.index("What integrators meet in production") :]
    rows = re.findall(r"^\s*\| ([\d /]+?)(?: \((\d{3})\))? \| .+? \|$", section, re.MULTILINE)
    return [(int(code), status or None) for codes, status in rows for code in codes.split(" / ")]


@pytest.mark.skipif(not (SHARED / "README.md").exists(), reason="needs ../shared/reference")
def test_every_code_of_the_reference_table_has_its_class_at_200_and_at_its_status() -> None:
    codes = _reference_codes()
    assert sorted(code for code, _ in codes) == sorted(EXPECTED_CLASS)
    for code, status in codes:
        assert error_for(code, 200) is EXPECTED_CLASS[code], code
        if status:
            assert error_for(code, int(status)) is EXPECTED_CLASS[code], code


def test_the_families_hold_the_new_classes() -> None:
    assert issubclass(MissingScopeError, PermissionDeniedError)
    assert issubclass(HourlyQuotaExceededError, RateLimitError) and issubclass(GatewayTimeoutError, ServerError)
    assert issubclass(ShopDeactivatedError, AuthenticationError) and issubclass(
        SellerDeactivatedError, ShopDeactivatedError
    )
    assert issubclass(InvalidAccessTokenError, AuthenticationError) and issubclass(
        InvalidAuthCodeError, AuthenticationError
    )
    assert issubclass(IPNotAllowedError, ConfigurationError) and issubclass(InvalidAppKeyError, ConfigurationError)
    for kind in (SearchTooBroadError, InvalidParameterValueError, InvalidShopCipherError, ShopCipherNotAllowedError):
        assert issubclass(kind, InvalidParameterError)


@pytest.mark.parametrize("kind", sorted(RETRIED, key=lambda k: k.__name__))
def test_retryable_agrees_with_the_retry_policy_for_every_class(kind: type[APIError]) -> None:
    """``.retryable`` (set when the answer is read) and ``retry_delay`` (the policy) agree, and match the table."""
    config = ClientConfig.create("key", "secret", max_retries=RETRIES, deadline=None)
    for op, expected in zip((SEARCH_ORDERS, UPDATE_PRICE, CREATE_PRODUCT), RETRIED[kind], strict=True):
        error = _answered(kind, op)
        assert type(error) is kind
        assert error.retryable is expected, (kind.__name__, op.id)
        assert (retry_delay(op, Outcome(error, reached=True), 1, 0.0, config) is not None) is expected, op.id
        assert error.hint and "\n" not in error.hint


def _answered(kind: type[APIError], op: Operation[Any]) -> APIError:
    """The error the client reads from an answer carrying ``kind``'s code (an answer built here, not by the client)."""
    by_parameter = {
        InvalidAccessTokenError: "access_token", InvalidAppKeyError: "app_key", ShopCipherNotAllowedError: "shop_cipher"
    }  # fmt: skip
    if kind in by_parameter:  # a class picked by the parameter a 36009004 names
        code, message = 36009004, f"param {by_parameter[kind]} is not valid"
    else:
        code, message = next(c for c, k in EXPECTED_CLASS.items() if k is kind), "refused"
    body = {"code": code, "message": message, "request_id": "R", "data": None}
    response = httpx.Response(200, json=body, request=httpx.Request(op.method, "http://tiktok.invalid" + op.path))
    try:
        parse_response(PreparedCall(op, op.path, (), None), response)
    except APIError as exc:
        return exc
    raise AssertionError("no error was raised")


# -- each situation, over HTTP ----------------------------------------------------------------------
Undo = Callable[[], None]


@dataclasses.dataclass
class Situation:
    """How to get TikTok's answer from the sandbox, and what the client must make of it."""

    error: type[APIError]
    operation: Operation[Any]
    arguments: Callable[[Sandbox], dict[str, Any]] = lambda sb: {}
    arrange: Callable[[Sandbox], Undo | None] = lambda sb: None
    client: Callable[[Sandbox], dict[str, Any]] = lambda sb: {}
    field: str | None = None
    attempts: int = 1


def _fault(kind: str, route: str, **options: Any) -> Callable[[Sandbox], Undo]:
    def arrange(sb: Sandbox) -> Undo:
        sb.faults.add(kind, route, times=RETRIES + 1, **options)  # type: ignore[arg-type]
        return sb.faults.clear

    return arrange


def _product(sb: Sandbox) -> dict[str, Any]:
    product: dict[str, Any] = next(iter(sb.state.products[sb.sellers[0].shops[0].cipher].values()))
    return product


def _price(amount: str) -> Callable[[Sandbox], dict[str, Any]]:
    def arguments(sb: Sandbox) -> dict[str, Any]:
        product = _product(sb)
        sku = {"id": product["skus"][0]["id"], "price": {"amount": amount, "currency": "USD"}}
        return {"product_id": product["id"], "skus": [sku]}

    return arguments


def _first_shop(sb: Sandbox) -> str:
    return sb.sellers[0].shops[0].id


def _deactivate_shop(sb: Sandbox) -> Undo:
    sb.switches.deactivate_shop(_first_shop(sb))
    return lambda: sb.switches.deactivate_shop(_first_shop(sb), deactivated=False)


def _deactivate_seller(sb: Sandbox) -> Undo:
    sb.switches.deactivate_seller()
    return lambda: sb.switches.deactivate_seller(deactivated=False)


def _allow_other_ips(sb: Sandbox) -> Undo:
    sb.switches.allow_ips(["203.0.113.7"])  # a documentation address: never this test's 127.0.0.1
    return lambda: sb.switches.allow_ips(None)


def _hourly_quota_used(sb: Sandbox) -> Undo:
    sb.switches.limit_hourly(_first_shop(sb), 2)
    with TikTokShop(**sb.credentials(), max_retries=0) as client:  # the hour's two calls
        client.order.search_orders(page_size=5)
        client.order.search_orders(page_size=5)
    return lambda: sb.switches.limit_hourly(_first_shop(sb), None)


def _without_order_scope(sb: Sandbox) -> Undo:
    scopes = [s for s in sb.state.sellers[sb.sellers[0].open_id].scopes if s != "seller.order.info"]
    sb.switches.grant_scopes(scopes)
    return lambda: sb.switches.grant_scopes(None)


def _ten_thousand_and_one_orders(sb: Sandbox) -> Undo:
    cipher = sb.sellers[0].shops[0].cipher
    kept = sb.state.orders[cipher]
    template = next(iter(kept.values()))
    many = {f"57{n:017d}": {**template, "id": f"57{n:017d}"} for n in range(10_001)}
    sb.state.orders[cipher] = many
    return lambda: sb.state.orders.__setitem__(cipher, kept)


def _expired_token(sb: Sandbox) -> dict[str, Any]:
    token: str = sb.credentials()["access_token"]
    sb.state.grants_by_access[token].access_expires = sb.state.now() - 1
    return {"access_token": token}


def _gb_shop(sb: Sandbox) -> dict[str, Any]:
    return {"shop_cipher": sb.sellers[0].shops[1].cipher}


SITUATIONS: dict[str, Situation] = {
    "36009002 too many requests": Situation(
        RateLimitError, SEARCH_ORDERS, lambda sb: {"page_size": 5}, _fault("429", SEARCH_ORDERS.id, retry_after=0),
        attempts=RETRIES + 1,
    ),
    "36009003 internal error on a read": Situation(
        ServerError, SEARCH_ORDERS, lambda sb: {"page_size": 5}, _fault("500", SEARCH_ORDERS.id), attempts=RETRIES + 1
    ),
    "36009003 internal error on a write": Situation(
        ServerError, UPDATE_PRICE, _price("9.99"), _fault("500", UPDATE_PRICE.id)
    ),
    "36009007 TikTok timed out on a read": Situation(
        GatewayTimeoutError, SEARCH_ORDERS, lambda sb: {"page_size": 5}, _fault("timeout", SEARCH_ORDERS.id),
        attempts=RETRIES + 1,
    ),
    "36009007 TikTok timed out on a write": Situation(
        GatewayTimeoutError, UPDATE_PRICE, _price("9.99"), _fault("timeout", UPDATE_PRICE.id)
    ),
    "36009004 param body.address is missing": Situation(
        InvalidParameterError, tiktok_shop.operation("PUT", "/event/202309/webhooks"),
        lambda sb: {"address": "", "event_type": "ORDER_STATUS_CHANGE"}, field="body.address",
    ),
    "36009004 naming access_token": Situation(
        InvalidAccessTokenError, GET_SHOPS, client=lambda sb: {"access_token": "TTP_not_a_token"}, field="access_token"
    ),
    "36009004 naming app_key": Situation(
        InvalidAppKeyError, GET_SHOPS, client=lambda sb: {"app_key": "not-this-app"}, field="app_key"
    ),
    "36009004 naming the shop_cipher an operation forbids": Situation(  # as a client sending it would
        ShopCipherNotAllowedError, dataclasses.replace(GET_SHOPS, shop_cipher="required"), field="shop_cipher"
    ),
    "106013 shop_cipher missing": Situation(  # as a client leaving it out would
        InvalidShopCipherError, dataclasses.replace(SEARCH_ORDERS, shop_cipher="forbidden"),
        lambda sb: {"page_size": 5}, field="shop_cipher",
    ),
    "106013 shop_cipher unknown": Situation(
        InvalidShopCipherError, SEARCH_ORDERS, lambda sb: {"page_size": 5},
        client=lambda sb: {"shop_cipher": "ROW_not_a_shop"}, field="shop_cipher",
    ),
    "101000 another seller's shop": Situation(
        WrongSellerError, SEARCH_ORDERS, lambda sb: {"page_size": 5},
        client=lambda sb: {"shop_cipher": sb.sellers[1].shops[0].cipher}, field="shop_cipher",
    ),
    "105002 access token expired": Situation(TokenExpiredError, GET_SHOPS, client=_expired_token),
    "105005 scope not granted": Situation(
        MissingScopeError, SEARCH_ORDERS, lambda sb: {"page_size": 5}, _without_order_scope
    ),
    "106001 invalid sign": Situation(InvalidSignatureError, GET_SHOPS, client=lambda sb: {"app_secret": "0" * 40}),
    "36009009 unknown path": Situation(
        UnknownPathError, dataclasses.replace(GET_SHOPS, path="/authorization/202309/nowhere")
    ),
    "36009010 wrong method": Situation(MethodNotAllowedError, dataclasses.replace(GET_SHOPS, method="DELETE")),
    "36009014 unknown version": Situation(
        UnknownVersionError, dataclasses.replace(GET_SHOPS, path="/authorization/202201/shops"), field="version"
    ),
    "36009033 IP not in the allow-list": Situation(IPNotAllowedError, GET_SHOPS, arrange=_allow_other_ips),
    "36009037 development shop's hourly quota": Situation(
        HourlyQuotaExceededError, SEARCH_ORDERS, lambda sb: {"page_size": 5}, _hourly_quota_used
    ),
    "36009043 shop deactivated": Situation(
        ShopDeactivatedError, SEARCH_ORDERS, lambda sb: {"page_size": 5}, _deactivate_shop
    ),
    "36009044 seller deactivated": Situation(SellerDeactivatedError, GET_SHOPS, arrange=_deactivate_seller),
    "98001004 a price that is not positive": Situation(
        InvalidParameterValueError, UPDATE_PRICE, _price("-5"), field="skus[0].price.amount"
    ),
    "21008106 a US-only operation on a UK shop": Situation(
        NotAvailableInRegionError, tiktok_shop.operation("POST", "/fulfillment/202309/packages"), client=_gb_shop
    ),
    "12052180 a search matching over 10,000 orders": Situation(
        SearchTooBroadError, SEARCH_ORDERS, lambda sb: {"page_size": 5}, _ten_thousand_and_one_orders
    ),
}  # fmt: skip


def _client_options(sb: Sandbox, situation: Situation) -> dict[str, Any]:
    return {**sb.credentials(), **situation.client(sb), "max_retries": RETRIES}


def _drive(sb: Sandbox, situation: Situation, *, run_async: bool) -> tuple[APIError, int]:
    """Cause the situation, call through the client; the error raised and the attempts the sandbox saw."""
    undo = situation.arrange(sb)
    try:
        options = _client_options(sb, situation)  # after arranging: a token carries the scopes granted then
        arguments = situation.arguments(sb)
        mark = len(sb.requests)
        with pytest.raises(situation.error) as info:
            if run_async:
                asyncio.run(_call_async(options, situation.operation, arguments))
            else:
                with TikTokShop(**options) as client:
                    client.with_options(backoff_base=0.001, backoff_max=0.002).request(situation.operation, arguments)
        return info.value, len(sb.requests) - mark
    finally:
        if undo is not None:
            undo()


async def _call_async(options: dict[str, Any], op: Operation[Any], arguments: dict[str, Any]) -> None:
    async with AsyncTikTokShop(**options) as client:
        await client.with_options(backoff_base=0.001, backoff_max=0.002).request(op, arguments)


@pytest.mark.parametrize("run_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("name", SITUATIONS)
def test_each_situation_raises_its_class_retried_as_it_says(sandbox: Sandbox, name: str, run_async: bool) -> None:
    situation = SITUATIONS[name]
    error, attempts = _drive(sandbox, situation, run_async=run_async)
    assert type(error) is situation.error, name
    assert error.code == int(name.split(maxsplit=1)[0])
    assert error.field == situation.field
    assert attempts == situation.attempts, "the sandbox saw this many attempts"
    assert error.retryable is (situation.attempts > 1), "retryable says what the client did"
    assert error.hint and "\n" not in error.hint
    assert error.hint == situation.error.HINT or isinstance(error, MissingScopeError)  # that one names the scope


@pytest.mark.parametrize("form", ["200", "http"])
@pytest.mark.parametrize("name", SITUATIONS)
def test_each_situation_raises_its_class_whatever_the_http_status(sandbox: Sandbox, name: str, form: str) -> None:
    """Every error at HTTP 200 (as TikTok sends most) or on its family's REST status: the same class."""
    situation = SITUATIONS[name]
    sandbox.error_status = form  # type: ignore[assignment]
    try:
        error, attempts = _drive(sandbox, situation, run_async=False)
    finally:
        sandbox.error_status = "tiktok"
    assert type(error) is situation.error and attempts == situation.attempts
    assert error.field == situation.field


def test_missing_scope_names_the_scope_the_spec_knows(sandbox: Sandbox) -> None:
    error, _ = _drive(sandbox, SITUATIONS["105005 scope not granted"], run_async=False)
    assert isinstance(error, MissingScopeError)
    assert error.required_scopes == ("seller.order.info",)  # TikTok's docs for Get Order List
    assert "seller.order.info" in str(error) and "seller.order.info" in error.hint
    assert "authorize again" in error.hint


def test_hourly_quota_waits_until_the_hour_ends_on_the_servers_clock(sandbox: Sandbox) -> None:
    error, _ = _drive(sandbox, SITUATIONS["36009037 development shop's hourly quota"], run_async=False)
    now = sandbox.clock.now()
    to_the_hour = 3600 - now % 3600
    assert error.retry_after is not None and abs(error.retry_after - to_the_hour) <= 2
    assert error.status_code == 429 and "not retried" in error.hint


def test_hourly_quota_counts_one_shop_and_lifts(sandbox: Sandbox) -> None:
    shop = sandbox.sellers[0].shops[0]
    sandbox.switches.limit_hourly(shop.id, 1)
    try:
        with TikTokShop(**sandbox.credentials(), max_retries=0) as client:
            client.order.search_orders(page_size=5)
            with pytest.raises(HourlyQuotaExceededError):
                client.order.search_orders(page_size=5)
            client.shop(sandbox.sellers[0].shops[1].cipher).order.search_orders(page_size=5)  # the other shop
            sandbox.switches.limit_hourly(shop.id, None)
            client.order.search_orders(page_size=5)
    finally:
        sandbox.switches.limit_hourly(shop.id, None)


def test_a_broad_search_works_once_narrowed(sandbox: Sandbox) -> None:
    undo = _ten_thousand_and_one_orders(sandbox)
    try:
        with TikTokShop(**sandbox.credentials(), max_retries=0) as client:
            with pytest.raises(SearchTooBroadError) as info:
                client.order.search_orders(page_size=5)
            assert "10000" in info.value.message
            orders = list(sandbox.state.orders[sandbox.sellers[0].shops[0].cipher].values())
            assert len(orders) == 10_001
            for order in orders[:5000]:
                order["create_time"] = 1_600_000_000
            narrowed = client.order.search_orders(page_size=5, create_time_lt=1_600_000_001)
            assert narrowed.total_count == 5000
    finally:
        undo()


def test_invalid_parameter_value_reads_reason_and_expected(sandbox: Sandbox) -> None:
    error, _ = _drive(sandbox, SITUATIONS["98001004 a price that is not positive"], run_async=False)
    assert isinstance(error, InvalidParameterValueError)
    assert error.reason == "'-5' is not a positive amount"
    assert error.expected == "a decimal string greater than 0, such as 19.99"


def test_a_configuration_error_names_the_ip_allow_list(sandbox: Sandbox) -> None:
    error, _ = _drive(sandbox, SITUATIONS["36009033 IP not in the allow-list"], run_async=False)
    assert isinstance(error, ConfigurationError) and "IP allow-list" in error.hint
    assert "127.0.0.1" in error.message  # TikTok's message names the caller


def test_a_timeout_on_a_keyed_write_is_retried_and_applied_once(sandbox: Sandbox) -> None:
    """36009007 after TikTok applied a create: the retry carries the same idempotency key, so one product."""
    before = len(sandbox.state.products[sandbox.sellers[0].shops[0].cipher])
    sandbox.faults.add("timeout", CREATE_PRODUCT.id, times=1, after=True)
    mark = len(sandbox.requests)
    with TikTokShop(**sandbox.credentials(), max_retries=RETRIES) as plain:
        client = plain.with_options(backoff_base=0.001, backoff_max=0.002)
        created = client.product.create_product(
            title="Sandbox mug", description="<p>A mug</p>", category_id="600001",
            main_images=[{"uri": "tos-sandbox/mug"}],
            skus=[{"seller_sku": "MUG-T", "price": {"amount": "9.99", "currency": "USD"},
                   "inventory": [{"warehouse_id": "7068517275539719942", "quantity": 3}]}],
        )  # fmt: skip
    assert created.product_id and len(sandbox.requests) - mark == 2
    assert len(sandbox.state.products[sandbox.sellers[0].shops[0].cipher]) == before + 1


# -- auth codes: single use, 30 minutes -----------------------------------------------------------
def _exchange(sb: Sandbox, code: str, *, run_async: bool) -> InvalidAuthCodeError:
    with pytest.raises(InvalidAuthCodeError) as info:
        if run_async:

            async def exchange() -> None:
                oauth = AsyncOAuth(app_key=sb.app_key, app_secret=sb.app_secret, auth_base_url=sb.auth_base_url)
                await oauth.exchange_code(code)

            asyncio.run(exchange())
        else:
            OAuth(app_key=sb.app_key, app_secret=sb.app_secret, auth_base_url=sb.auth_base_url).exchange_code(code)
    return info.value


@pytest.mark.parametrize("run_async", [False, True], ids=["sync", "async"])
def test_an_auth_code_works_once_and_for_thirty_minutes(sandbox: Sandbox, run_async: bool) -> None:
    oauth = OAuth(app_key=sandbox.app_key, app_secret=sandbox.app_secret, auth_base_url=sandbox.auth_base_url)
    used = sandbox.issue_auth_code()
    assert oauth.exchange_code(used).access_token
    mark = len(sandbox.requests)
    error = _exchange(sandbox, used, run_async=run_async)
    assert error.code == 36004004 and not error.retryable and "30 minutes" in error.hint
    assert len(sandbox.requests) - mark == 1
    assert _exchange(sandbox, "SBXCODE_never_issued", run_async=run_async).code == 36004004
    late = sandbox.issue_auth_code()
    sandbox.clock.advance(30 * 60)
    try:
        _exchange(sandbox, late, run_async=run_async)
    finally:
        sandbox.clock.advance(-30 * 60)
    fresh = sandbox.issue_auth_code()
    sandbox.clock.advance(29 * 60)
    try:
        assert oauth.exchange_code(fresh).access_token
    finally:
        sandbox.clock.advance(-29 * 60)


# -- the README's table ------------------------------------------------------------------------------
def _retry_text(kind: type[APIError]) -> str:
    return {"always": "yes", "when_safe": "reads and idempotent writes", "never": "no"}[kind.retry_when]


def test_the_readme_table_lists_every_code_with_its_class_retry_and_hint() -> None:
    text = README.read_text(encoding="utf-8")
    rows = {
        int(code): (name, retry, hint)
        for codes, name, retry, hint in re.findall(
            r"^\| ([\d /]+) \| `(\w+)`[^|]* \| ([^|]+) \| ([^|]+) \|$", text, re.MULTILINE
        )
        for code in codes.split(" / ")
    }
    for code, kind in EXPECTED_CLASS.items():
        name, retry, hint = rows[code]
        assert name == kind.__name__, code
        assert retry.strip() == _retry_text(kind), code
        if kind is not MissingScopeError:  # its hint names the operation's scope
            assert hint.strip() == kind.HINT, code


# -- the parameter a message names ---------------------------------------------------------------------
PARAMETER_PATH = st.from_regex(r"[a-z_][a-z0-9_]{0,12}(\.[a-z_][a-z0-9_]{0,12}|\[[0-9]{1,2}\]){0,4}", fullmatch=True)


@given(name=PARAMETER_PATH, template=st.sampled_from(["param {} is missing", "Parameter {} is invalid. Reason: x"]))
def test_a_named_parameter_is_read_whole(name: str, template: str) -> None:
    assert parameter_named(template.format(name)) == name


@given(
    keyword=st.sampled_from(["timestamp", "app_key", "access_token", "version", "shop_cipher", "cipher"]),
    template=st.sampled_from(
        ["Invalid {}", "the {} is invalid", "{} expired.", "check your {}: not valid", "param {} is not allowed"]
    ),
    upper=st.booleans(),
)
def test_a_keyword_names_its_common_parameter_in_any_case(keyword: str, template: str, upper: bool) -> None:
    message = template.format(keyword.upper() if upper else keyword)
    assert parameter_named(message) == ("shop_cipher" if keyword == "cipher" else keyword)


def test_a_message_naming_nothing_has_no_field() -> None:
    assert parameter_named("Internal error, please retry") is None
    assert parameter_named("timestamps of the orders are stale") is None  # a word, not the keyword


# -- the switches over the control API ------------------------------------------------------------------
def test_the_control_api_switches_each_situation_on_and_off(sandbox: Sandbox) -> None:
    """What ``tiktok-shop sandbox`` users (and the console) drive over HTTP: the same refusals."""
    api = sandbox.base_url + "/_sandbox/api/switches"
    shop = sandbox.sellers[0].shops[0]
    switched = {
        ShopDeactivatedError: {"shop": shop.id, "deactivated": True},
        SellerDeactivatedError: {"seller": sandbox.sellers[0].open_id, "deactivated": True},
        IPNotAllowedError: {"ip_allowlist": ["203.0.113.7"]},
        HourlyQuotaExceededError: {"shop": shop.cipher, "hourly_quota": 0},
    }
    back = [{"shop": shop.id, "deactivated": False, "hourly_quota": None}, {"deactivated": False}]
    try:
        with TikTokShop(**sandbox.credentials(), max_retries=0) as client:
            for error, body in switched.items():
                answer = httpx.post(api, json=body)
                assert answer.status_code == 200, answer.text
                with pytest.raises(error):
                    client.order.search_orders(page_size=5)
                for undo in [*back, {"ip_allowlist": None}]:
                    httpx.post(api, json=undo).raise_for_status()
                client.order.search_orders(page_size=5)  # switched off: served again
        assert httpx.post(api, json={"shop": "no-such-shop", "deactivated": True}).status_code == 404
        assert httpx.post(api, json={"shop": shop.id, "hourly_quota": -1}).status_code == 400
    finally:
        for undo in [*back, {"ip_allowlist": None}]:
            httpx.post(api, json=undo)
    state = httpx.get(api).json()
    assert state["ip_allowlist"] is None and not any(s["deactivated"] for s in state["sellers"])
