"""API scopes: what a seller granted, which operations that leaves out, and TikTok's 105005 outside it.

The sandbox issues tokens with the scopes each seller grants (default: every scope; fewer with
``sandbox.switches.grant_scopes`` or ``POST /_sandbox/api/switches``). ``Token.granted_scopes``
comes from the token answer over HTTP, ``missing_scopes`` tells before calling which operations
those scopes leave out, and the sandbox answers exactly those with 105005. The spec's scopes are
checked against TikTok's documentation pages (``data/tiktok_docs_api_meta.tsv``), not against the
registry that carries them.
"""

from __future__ import annotations

import asyncio
import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import tiktok_shop
from tiktok_shop import AsyncOAuth, AsyncTikTokShop, MissingScopeError, OAuth, TikTokShop, Token, missing_scopes
from tiktok_shop._contract import Operation
from tiktok_shop._registry import operations
from tiktok_shop.auth import TokenManager, TokenStore
from tiktok_shop.sandbox import Sandbox

DOCS = Path(__file__).resolve().parent / "data" / "tiktok_docs_api_meta.tsv"
SEARCH_ORDERS = tiktok_shop.operation("POST", "/order/202309/orders/search")  # seller.order.info
GET_PRODUCT = tiktok_shop.operation("GET", "/product/202309/products/{product_id}")  # seller.product.basic
UNSCOPED = tiktok_shop.operation("GET", "/analytics/202606/shop_performances/overview")  # no public source
PRODUCT_ONLY = ["seller.product.basic", "seller.authorization.info"]


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(orders=4, products=2, seed=6) as server:
        yield server


def _token(sb: Sandbox, *, run_async: bool, granting: list[str] | None = None) -> Token:
    """A token from the seller's authorization (granting these scopes, default every one),
    exchanged over HTTP as an app does it."""
    options: dict[str, Any] = {"app_key": sb.app_key, "app_secret": sb.app_secret, "auth_base_url": sb.auth_base_url}

    async def exchange(code: str) -> Token:
        return await AsyncOAuth(**options).exchange_code(code)

    sb.switches.grant_scopes(granting)
    try:
        code = sb.issue_auth_code()
        return asyncio.run(exchange(code)) if run_async else OAuth(**options).exchange_code(code)
    finally:
        sb.switches.grant_scopes(None)


def _call(sb: Sandbox, token: Token, op: Operation[Any], arguments: dict[str, Any], *, run_async: bool) -> Any:
    options = {**sb.credentials(), "access_token": token.access_token, "max_retries": 0}
    if run_async:

        async def call() -> Any:
            async with AsyncTikTokShop(**options) as client:
                return await client.request(op, arguments)

        return asyncio.run(call())
    with TikTokShop(**options) as client:
        return client.request(op, arguments)


@pytest.mark.parametrize("run_async", [False, True], ids=["sync", "async"])
def test_a_seller_granting_every_scope_misses_none(sandbox: Sandbox, run_async: bool) -> None:
    token = _token(sandbox, run_async=run_async)
    granted = {scope for op in operations() for scope in op.scopes}
    assert set(token.granted_scopes) == granted
    assert missing_scopes(token) == {}


@pytest.mark.parametrize("run_async", [False, True], ids=["sync", "async"])
def test_missing_scopes_names_exactly_what_the_sandbox_refuses_with_105005(sandbox: Sandbox, run_async: bool) -> None:
    token = _token(sandbox, run_async=run_async, granting=PRODUCT_ONLY)
    assert sorted(token.granted_scopes) == sorted(PRODUCT_ONLY)
    missing = missing_scopes(token, [SEARCH_ORDERS, GET_PRODUCT, UNSCOPED])
    assert missing == {SEARCH_ORDERS.id: ("seller.order.info",)}

    mark = len(sandbox.requests)
    with pytest.raises(MissingScopeError) as info:
        _call(sandbox, token, SEARCH_ORDERS, {"page_size": 5}, run_async=run_async)
    assert info.value.code == 105005 and info.value.required_scopes == ("seller.order.info",)
    assert len(sandbox.requests) - mark == 1, "not retried"
    product = next(iter(sandbox.state.products[sandbox.sellers[0].shops[0].cipher]))
    assert _call(sandbox, token, GET_PRODUCT, {"product_id": product}, run_async=run_async).id == product
    assert _call(sandbox, token, UNSCOPED, {}, run_async=run_async) is not None  # no known scope: not restricted


def test_every_operation_outside_the_grant_is_refused_and_only_those(sandbox: Sandbox) -> None:
    """Over every GET without path parameters: 105005 exactly where missing_scopes says so."""
    token = _token(sandbox, run_async=False, granting=PRODUCT_ONLY)
    chosen = [op for op in operations() if op.method == "GET" and "{" not in op.path and op.host == "api"]
    missing = missing_scopes(token, chosen)
    assert 10 < len(missing) < len(chosen)
    refused, sent = set(), set()
    with TikTokShop(**{**sandbox.credentials(), "access_token": token.access_token, "max_retries": 0}) as client:
        for op in chosen:
            try:
                client.request(op, {})
            except tiktok_shop.RequestValidationError:
                continue  # a required parameter: refused before sending
            except MissingScopeError:
                refused.add(op.id)
            except tiktok_shop.APIError:
                pass  # refused for another reason (a creator's operation, say): not the scope
            sent.add(op.id)
    assert len(sent) > 20
    assert refused == set(missing) & sent


def test_a_refreshed_token_keeps_the_scopes_of_its_authorization(sandbox: Sandbox) -> None:
    """TikTok: a package enabled after the seller authorized needs the seller to authorize again."""
    token = _token(sandbox, run_async=False, granting=PRODUCT_ONLY)
    oauth = OAuth(app_key=sandbox.app_key, app_secret=sandbox.app_secret, auth_base_url=sandbox.auth_base_url)
    refreshed = oauth.refresh(token.refresh_token)
    assert sorted(refreshed.granted_scopes) == sorted(PRODUCT_ONLY)
    assert SEARCH_ORDERS.id in missing_scopes(refreshed, [SEARCH_ORDERS])
    assert missing_scopes(_token(sandbox, run_async=False), [SEARCH_ORDERS]) == {}  # authorized again


def test_each_store_keeps_the_granted_scopes_through_a_refresh(sandbox: Sandbox, store: TokenStore) -> None:
    """A token manager's client, refused as expired, refreshes: the stored token keeps its scopes."""
    token = _token(sandbox, run_async=False, granting=PRODUCT_ONLY)
    store.put(token)
    oauth = OAuth(app_key=sandbox.app_key, app_secret=sandbox.app_secret, auth_base_url=sandbox.auth_base_url)
    sandbox.state.grants_by_access[token.access_token].access_expires = sandbox.state.now() - 1
    options = {**sandbox.credentials(), "access_token": None, "max_retries": 0}
    manager = TokenManager(oauth, store, token.open_id)
    with TikTokShop(**options, token_source=manager) as client, pytest.raises(MissingScopeError):
        client.order.search_orders(page_size=5)
    stored = store.get(token.open_id)
    assert stored is not None and stored.access_token != token.access_token, "refreshed"
    assert sorted(stored.granted_scopes) == sorted(PRODUCT_ONLY)
    assert missing_scopes(stored, [SEARCH_ORDERS, GET_PRODUCT]) == {SEARCH_ORDERS.id: ("seller.order.info",)}


def test_the_control_api_grants_scopes_per_seller(sandbox: Sandbox) -> None:
    first, second = (seller.open_id for seller in sandbox.sellers[:2])
    api = sandbox.base_url + "/_sandbox/api/switches"
    try:
        answer = httpx.post(api, json={"seller": second, "scopes": ["seller.order.info"]}).json()
        scopes = {seller["open_id"]: seller["scopes"] for seller in answer["sellers"]}
        assert scopes == {first: None, second: ["seller.order.info"]}
        assert httpx.post(api, json={"seller": second, "scopes": "seller.order.info"}).status_code == 400
        code = sandbox.issue_auth_code(second)
        oauth = OAuth(app_key=sandbox.app_key, app_secret=sandbox.app_secret, auth_base_url=sandbox.auth_base_url)
        assert oauth.exchange_code(code).granted_scopes == ("seller.order.info",)
        assert len(_token(sandbox, run_async=False).granted_scopes) > 1  # the first seller grants everything
    finally:
        httpx.post(api, json={"seller": second, "scopes": None})
    assert all(seller["scopes"] is None for seller in httpx.get(api).json()["sellers"])


def test_missing_scopes_takes_names_and_scope_lists() -> None:
    assert missing_scopes(["seller.product.basic"], ["order.search_orders", "POST /order/202309/orders/search"]) == {
        SEARCH_ORDERS.id: ("seller.order.info",)
    }
    assert missing_scopes([], [UNSCOPED]) == {}


# -- the spec's scopes against TikTok's documentation pages -----------------------------------------
def _version_free(path: str) -> str:
    return re.sub(r"^/(\w+)/\d{6}/", r"/\1/{version}/", path)


def test_every_scope_comes_from_tiktoks_documentation() -> None:
    """An operation's scopes are those of its documentation page or, where TikTok has no page for its
    version, of the page for the same path at another version; without either, it has none."""
    pages: dict[tuple[str, str], tuple[str, ...]] = {}
    with DOCS.open(encoding="utf-8") as handle:
        for row in csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"):
            # TikTok's pages spell one package `serller.product.optimize` (spec/NOTES.md)
            scopes = tuple(s.replace("serller.", "seller.") for s in row["scopes"].split(",") if s)
            pages[(row["method"], row["path"])] = scopes
    by_path: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    for (method, path), scopes in pages.items():
        by_path.setdefault((method, _version_free(path)), set()).add(scopes)
    for op in operations():
        if (op.method, op.path) in pages:
            assert op.scopes == pages[(op.method, op.path)], op.id
        else:
            assert {op.scopes} == by_path.get((op.method, _version_free(op.path)), {()}), op.id
