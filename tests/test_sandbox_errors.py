"""Every error family, at the HTTP status TikTok uses and in the two other forms clients meet.

TikTok answers business errors with HTTP 200 and ``code != 0``, signature and token failures
with 401, rate limits with 429 and its own failures with 5xx; some gateways send everything at
200, and REST-minded proxies put each family on its own status. The client must raise the same
typed error in all three forms: each family below runs against the sandbox in each form.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import tiktok_shop
from tiktok_shop import (
    APIError,
    AuthenticationError,
    InvalidAccessTokenError,
    InvalidParameterError,
    InvalidSignatureError,
    NotFoundError,
    OAuth,
    PermissionDeniedError,
    RateLimitError,
    RefreshTokenError,
    ServerError,
    TikTokShop,
    TokenExpiredError,
)
from tiktok_shop._error_catalogue import error_for
from tiktok_shop.sandbox import Sandbox

from .conftest import SHARED

FORMS = ("tiktok", "200", "http")


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(orders=40, products=5, seed=5) as server:
        yield server


@pytest.fixture(params=FORMS)
def form(request: pytest.FixtureRequest, sandbox: Sandbox) -> Iterator[str]:
    sandbox.error_status = request.param
    yield request.param
    sandbox.error_status = "tiktok"
    sandbox.faults.clear()


def _client(sandbox: Sandbox, **changes: Any) -> TikTokShop:
    return TikTokShop(**{**sandbox.credentials(), **changes}, max_retries=0)


def _oauth(sandbox: Sandbox) -> OAuth:
    return OAuth(app_key=sandbox.app_key, app_secret=sandbox.app_secret, auth_base_url=sandbox.auth_base_url)


def _package_of(sandbox: Sandbox, status: str) -> str:
    cipher = sandbox.credentials()["shop_cipher"]
    order = next(o for o in sandbox.state.orders[cipher].values() if o["status"] == status)
    package_id: str = order["packages"][0]["id"]
    return package_id


def _ship_delivered(sandbox: Sandbox) -> None:
    _client(sandbox).fulfillment.ship_package(package_id=_package_of(sandbox, "DELIVERED"), handover_method="PICKUP")


def _expired_token(sandbox: Sandbox) -> None:
    credentials = sandbox.credentials()
    sandbox.state.grants_by_access[credentials["access_token"]].access_expires = int(time.time()) - 1
    TikTokShop(**credentials, max_retries=0).authorization.get_shops()


def _other_sellers_shop(sandbox: Sandbox) -> None:
    other = sandbox.sellers[1].shops[0].cipher
    _client(sandbox, shop_cipher=other).order.search_orders(page_size=5)


def _unknown_path(sandbox: Sandbox) -> None:
    op = tiktok_shop.operation("GET", "/authorization/202309/shops")
    _client(sandbox).request(dataclasses.replace(op, path="/authorization/202309/nowhere"), {})


def _wrong_method(sandbox: Sandbox) -> None:
    op = tiktok_shop.operation("GET", "/authorization/202309/shops")
    _client(sandbox).request(dataclasses.replace(op, method="DELETE"), {})


# family -> (how to provoke it, the error raised, HTTP status per form: tiktok, 200, http)
FAMILIES: dict[str, tuple[Callable[[Sandbox], object], type[APIError], tuple[int, int, int]]] = {
    "invalid parameter": (
        lambda sb: _client(sb).order.search_orders(page_size=5, page_token="not-a-token"),
        InvalidParameterError, (200, 200, 400),
    ),
    "not found": (
        lambda sb: _client(sb).product.get_product_detail(product_id="1"), NotFoundError, (200, 200, 404),
    ),
    "wrong state": (_ship_delivered, InvalidParameterError, (200, 200, 400)),
    "unknown path": (_unknown_path, NotFoundError, (200, 200, 404)),
    "wrong method": (_wrong_method, NotFoundError, (200, 200, 405)),
    "invalid shop_cipher": (
        lambda sb: _client(sb, shop_cipher="ROW_unknown").order.search_orders(page_size=5),
        InvalidParameterError, (200, 200, 400),
    ),
    "another seller's shop": (_other_sellers_shop, PermissionDeniedError, (200, 200, 403)),
    "invalid signature": (
        lambda sb: _client(sb, app_secret="0" * 40).authorization.get_shops(), InvalidSignatureError, (401, 200, 401),
    ),
    "invalid access token": (  # TikTok names an invalid token as an invalid parameter (36009004), at HTTP 200
        lambda sb: _client(sb, access_token="TTP_unknown").authorization.get_shops(), InvalidAccessTokenError,
        (200, 200, 401),
    ),
    "expired access token": (_expired_token, TokenExpiredError, (401, 200, 401)),
    "rejected refresh token": (
        lambda sb: _oauth(sb).refresh("TTP_unknown"), RefreshTokenError, (401, 200, 401),
    ),
    "used auth code": (lambda sb: _oauth(sb).exchange_code("SBXCODE_unknown"), AuthenticationError, (200, 200, 401)),
    "rate limited": (
        lambda sb: (sb.faults.add("429", "AuthorizationGetShops"), _client(sb).authorization.get_shops()),
        RateLimitError, (429, 200, 429),
    ),
    "internal error": (
        lambda sb: (sb.faults.add("503", "AuthorizationGetShops"), _client(sb).authorization.get_shops()),
        ServerError, (503, 200, 503),
    ),
}  # fmt: skip


@pytest.mark.parametrize("family", FAMILIES)
def test_each_error_family_is_typed_the_same_in_every_form(sandbox: Sandbox, form: str, family: str) -> None:
    provoke, error, statuses = FAMILIES[family]
    with pytest.raises(error) as info:
        provoke(sandbox)
    assert info.value.code, "the envelope's code travels with the error"
    assert info.value.status_code == statuses[FORMS.index(form)]


def test_tokens_refresh_and_retries_work_with_every_error_at_http_200(sandbox: Sandbox, form: str) -> None:
    """The client's recoveries (refresh and retry once, back off and retry) branch on ``code``, not on the status."""
    oauth = _oauth(sandbox)
    token = oauth.exchange_code(sandbox.issue_auth_code())
    store = tiktok_shop.MemoryTokenStore()
    store.put(token)
    manager = tiktok_shop.TokenManager(oauth, store, token.open_id)
    sandbox.state.grants_by_access[token.access_token].access_expires = int(time.time()) - 1
    shop = sandbox.sellers[0].shops[0].cipher
    with TikTokShop(app_key=sandbox.app_key, app_secret=sandbox.app_secret, token_source=manager, shop_cipher=shop,
                    base_url=sandbox.base_url, auth_base_url=sandbox.auth_base_url) as plain:  # fmt: skip
        client = plain.with_options(max_retries=2, backoff_base=0.01)
        assert client.authorization.get_shops().shops  # 105002 -> refresh -> retried
        sandbox.faults.add("429", "OrderSearchOrders", times=1, retry_after=0)
        sandbox.faults.add("500", "OrderSearchOrders", times=1)
        assert client.order.search_orders(page_size=5).orders


@pytest.mark.skipif(not (SHARED / "README.md").exists(), reason="needs ../shared/reference")
def test_every_code_of_the_reference_table_has_a_class_at_http_200_and_at_its_status() -> None:
    """The reference's table of codes TikTok sends (with HTTP 200 unless a status is given)."""
    text = (SHARED / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\s*\| ([\d /]+?)(?: \((\d{3})\))? \| (.+?) \|$", text, re.MULTILINE)
    assert len(rows) >= 15
    for codes, status, meaning in rows:
        for code in (int(c) for c in codes.split(" / ")):
            at_200 = error_for(code, 200)
            assert at_200 is not APIError, f"{code} ({meaning}) maps to no specific class at HTTP 200"
            if status:
                assert error_for(code, int(status)) is at_200
