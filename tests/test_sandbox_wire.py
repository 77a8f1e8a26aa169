"""The sandbox on the wire, seen by a raw httpx client: what TikTok accepts, refuses and how it fails.

Requests here are built by hand (httpx + the signer, itself checked against TikTok's worked
examples in test_signing.py), so the sandbox is tested as a third-party client meets it.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest

import tiktok_shop
from tiktok_shop import APIConnectionError, AsyncTikTokShop, TikTokShop
from tiktok_shop._config import ClientConfig, Secret
from tiktok_shop._pipeline import prepare
from tiktok_shop._registry import modules
from tiktok_shop.sandbox import Sandbox
from tiktok_shop.sandbox._handlers import HANDLERS, route_key
from tiktok_shop.signing import Signer

from .spec_tools import example_arguments


def signed(
    sandbox: Sandbox,
    method: str,
    path: str,
    query: list[tuple[str, str]],
    body: bytes | None = None,
    *,
    cipher: str | None = None,
    token: str | None = None,
) -> httpx.Request:
    """A request signed like TikTok's SDK does it, with whatever query pairs the caller gives."""
    credentials = sandbox.credentials()
    pairs = [("app_key", sandbox.app_key), ("timestamp", str(int(time.time()))), *query]
    if cipher is not None:
        pairs.append(("shop_cipher", cipher))
    pairs.append(("sign", Signer(sandbox.app_secret).sign(path, pairs, body)))
    headers = {"x-tts-access-token": token or credentials["access_token"], "content-type": "application/json"}
    return httpx.Request(method, sandbox.base_url + path, params=pairs, content=body, headers=headers)


# -- unknown parameters are ignored, still signed ---------------------------------------------------
def _one_per_module() -> list[tiktok_shop.Operation[Any]]:
    """Per module, a read or write the sandbox answers from the spec, with query parameters if it can.

    Operations with a query model are the ones that refused unknown parameters before. A module
    whose every operation is stateful (``event``) is probed with its first GET.
    """
    chosen: dict[str, tiktok_shop.Operation[Any]] = {}
    candidates = [o for o in tiktok_shop.operations() if o.host == "api"]
    ranked = sorted(candidates, key=lambda o: (route_key(o.method, o.path) in HANDLERS, o.method != "GET",
                                               o.query_model is None))  # fmt: skip
    for op in ranked:
        chosen.setdefault(op.module, op)
    return sorted(chosen.values(), key=lambda op: op.module)


PER_MODULE = _one_per_module()


def test_a_probe_covers_every_module() -> None:
    assert {op.module for op in PER_MODULE} == set(modules()) - {"auth"}


@pytest.mark.parametrize("op", PER_MODULE, ids=lambda op: f"{op.module}:{op.id}")
def test_documented_extra_parameters_are_ignored_on_every_module(
    sandbox: Sandbox, op: tiktok_shop.Operation[Any]
) -> None:
    credentials = sandbox.credentials()
    config = ClientConfig(sandbox.app_key, Secret(sandbox.app_secret), credentials["shop_cipher"])
    call = prepare(op, example_arguments(op), config)
    cipher = credentials["shop_cipher"] if op.shop_scoped else None
    # TikTok's own examples send version=...; legacy callers still put access_token in the query.
    extra = [("version", op.version or "202309"), ("access_token", credentials["access_token"])]
    with httpx.Client() as http:
        plain = http.send(signed(sandbox, op.method, call.path, list(call.query), call.body, cipher=cipher)).json()
        assert plain["code"] == 0, plain
        answer = http.send(signed(sandbox, op.method, call.path, [*call.query, *extra], call.body, cipher=cipher))
    assert answer.status_code == 200 and answer.json()["code"] == 0, answer.json()
    assert answer.json()["data"].keys() == plain["data"].keys()


def test_the_issue_cases_product_and_order_detail_accept_version(sandbox: Sandbox) -> None:
    credentials = sandbox.credentials()
    cipher = credentials["shop_cipher"]
    order_id = next(iter(sandbox.state.orders[cipher]))
    product_id = next(iter(sandbox.state.products[cipher]))
    with httpx.Client() as http:
        order = http.send(signed(sandbox, "GET", "/order/202309/orders", [("ids", order_id), ("version", "202309")],
                                 cipher=cipher)).json()  # fmt: skip
        product = http.send(signed(sandbox, "GET", f"/product/202309/products/{product_id}", [("version", "202309")],
                                   cipher=cipher)).json()  # fmt: skip
        shops = http.send(signed(sandbox, "GET", "/authorization/202309/shops", [("version", "202309")])).json()
    assert order["code"] == 0 and order["data"]["orders"][0]["id"] == order_id
    assert product["code"] == 0 and product["data"]["id"] == product_id
    assert shops["code"] == 0


def test_extra_parameters_are_still_signed(sandbox: Sandbox) -> None:
    request = signed(sandbox, "GET", "/authorization/202309/shops", [("version", "202309")])
    tampered = httpx.Request("GET", request.url.copy_set_param("version", "202312"), headers=request.headers)
    with httpx.Client() as http:
        assert http.send(request).json()["code"] == 0
        answer = http.send(tampered)
    assert (answer.status_code, answer.json()["code"]) == (401, 106001)


def test_the_auth_host_ignores_extra_parameters_too(sandbox: Sandbox) -> None:
    token = tiktok_shop.OAuth(
        app_key=sandbox.app_key, app_secret=sandbox.app_secret, auth_base_url=sandbox.auth_base_url
    ).exchange_code(sandbox.issue_auth_code())
    query = {"app_key": sandbox.app_key, "app_secret": sandbox.app_secret, "refresh_token": token.refresh_token,
             "grant_type": "refresh_token", "version": "202309"}  # fmt: skip
    answer = httpx.get(sandbox.auth_base_url + "/token/refresh", params=query).json()
    assert answer["code"] == 0 and answer["data"]["access_token"]


# -- repeated keys ----------------------------------------------------------------------------------
@pytest.mark.parametrize("key", ["ids", "page_size"])
def test_a_repeated_query_key_is_refused_naming_the_key(sandbox: Sandbox, key: str) -> None:
    cipher = sandbox.credentials()["shop_cipher"]
    first, second = list(sandbox.state.orders[cipher])[:2]
    path = "/order/202309/orders" if key == "ids" else "/order/202309/orders/search"
    query = [(key, first), (key, second)] if key == "ids" else [("page_size", "5"), ("page_size", "6")]
    with httpx.Client() as http:
        answer = http.send(signed(sandbox, "GET" if key == "ids" else "POST", path, query, cipher=cipher))
    assert answer.status_code == 200
    assert answer.json()["code"] == 36009004
    assert f"param {key} is repeated" in answer.json()["message"]


def test_arrays_go_once_comma_joined(sandbox: Sandbox) -> None:
    cipher = sandbox.credentials()["shop_cipher"]
    ids = list(sandbox.state.orders[cipher])[:2]
    with httpx.Client() as http:
        answer = http.send(signed(sandbox, "GET", "/order/202309/orders", [("ids", ",".join(ids))], cipher=cipher))
    assert [o["id"] for o in answer.json()["data"]["orders"]] == ids


# -- the clock and token grants -----------------------------------------------------------------------
@pytest.mark.parametrize(("offset", "accepted"), [(-270, True), (-330, False), (10, True), (60, False)])
def test_timestamps_outside_five_minutes_back_or_thirty_seconds_ahead_are_refused(
    sandbox: Sandbox, offset: int, accepted: bool
) -> None:
    path = "/authorization/202309/shops"
    pairs = [("app_key", sandbox.app_key), ("timestamp", str(int(time.time()) + offset))]
    pairs.append(("sign", Signer(sandbox.app_secret).sign(path, pairs, None)))
    headers = {"x-tts-access-token": sandbox.credentials()["access_token"]}
    answer = httpx.get(sandbox.base_url + path, params=pairs, headers=headers).json()
    assert (answer["code"] == 0) is accepted
    if not accepted:
        assert answer["code"] == 36009004 and "timestamp" in answer["message"]


@pytest.mark.parametrize(("grant_type", "accepted"), [("refresh_token", True), ("authorized_code", True), ("x", False)])
def test_refresh_accepts_both_grant_types_tiktok_clients_send(
    sandbox: Sandbox, grant_type: str, accepted: bool
) -> None:
    token = tiktok_shop.OAuth(
        app_key=sandbox.app_key, app_secret=sandbox.app_secret, auth_base_url=sandbox.auth_base_url
    ).exchange_code(sandbox.issue_auth_code())
    query = {"app_key": sandbox.app_key, "app_secret": sandbox.app_secret, "refresh_token": token.refresh_token,
             "grant_type": grant_type}  # fmt: skip
    answer = httpx.get(sandbox.auth_base_url + "/token/refresh", params=query).json()
    assert (answer["code"] == 0) is accepted
    if not accepted:
        assert answer["code"] == 36009004 and "grant_type" in answer["message"]


# -- connection resets ------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["reset", "reset_before_read"])
def test_reset_faults_are_tcp_resets(sandbox: Sandbox, kind: str) -> None:
    sandbox.faults.add(kind, "AuthorizationGetShops", times=1)  # type: ignore[arg-type]
    with httpx.Client() as http:
        with pytest.raises(httpx.ReadError, match="reset by peer"):
            http.send(signed(sandbox, "GET", "/authorization/202309/shops", []))
        assert http.send(signed(sandbox, "GET", "/authorization/202309/shops", [])).json()["code"] == 0
    assert sandbox.requests[-2].status == 0  # logged as answered with a reset


@pytest.mark.parametrize("kind", ["reset", "reset_before_read"])
def test_reads_are_retried_after_a_reset(client: TikTokShop, sandbox: Sandbox, kind: str) -> None:
    sandbox.faults.add(kind, "AuthorizationGetShops", times=2)  # type: ignore[arg-type]
    mark = len(sandbox.requests)
    assert client.with_options(max_retries=2, backoff_base=0.01).authorization.get_shops().shops
    attempts = [r.status for r in sandbox.requests[mark:] if r.operation == "AuthorizationGetShops"]
    assert attempts == [0, 0, 200]


async def test_async_reads_are_retried_after_a_reset(aclient: AsyncTikTokShop, sandbox: Sandbox) -> None:
    sandbox.faults.add("reset_before_read", "AuthorizationGetShops", times=1)
    sandbox.faults.add("reset", "AuthorizationGetShops", times=1)
    assert (await aclient.with_options(max_retries=2, backoff_base=0.01).authorization.get_shops()).shops


@pytest.mark.parametrize(
    ("kind", "after", "applied"), [("reset_before_read", False, 0), ("reset", False, 0), ("reset", True, 1)]
)
def test_writes_that_may_have_arrived_are_not_retried_after_a_reset(
    client: TikTokShop, sandbox: Sandbox, kind: str, after: bool, applied: int
) -> None:
    product = next(iter(client.product.iter_search_products(page_size=5)))
    sku = (product.skus or [])[0]
    sandbox.faults.add(kind, "ProductUpdateProductPrice", times=1, after=after)  # type: ignore[arg-type]
    before, mark = sandbox.counters["product.price"], len(sandbox.requests)
    # A reset while the body is still being sent reads as "server disconnected"; both are connection errors.
    with pytest.raises(APIConnectionError, match=r"reset|disconnected"):
        client.with_options(max_retries=3, backoff_base=0.01).product.update_product_price(
            product_id=product.id,
            skus=[{"id": sku.id, "price": {"amount": "7.77", "currency": "USD"}}],  # type: ignore[list-item]
        )
    assert sandbox.counters["product.price"] == before + applied
    assert [r.status for r in sandbox.requests[mark:] if r.operation == "ProductUpdateProductPrice"] == [0]


def test_a_rate_limit_after_the_operation_ran_is_refused() -> None:
    from tiktok_shop.sandbox import Faults

    with pytest.raises(ValueError, match="before the operation"):
        Faults().add("429", after=True)
    with pytest.raises(ValueError, match="before the operation"):
        Faults().add("reset_before_read", after=True)


def test_resets_also_fail_a_request_served_concurrently_with_others(sandbox: Sandbox) -> None:
    """Only the faulted request's connection is reset; calls in flight on other connections complete."""
    sandbox.faults.add("reset", "AuthorizationGetShops", times=1, delay=0.2)

    async def run() -> list[Any]:
        async with httpx.AsyncClient() as http:
            faulted = http.send(signed(sandbox, "GET", "/authorization/202309/shops", []))
            others = [http.send(signed(sandbox, "GET", "/seller/202309/shops", [])) for _ in range(5)]
            return await asyncio.gather(faulted, *others, return_exceptions=True)

    results = asyncio.run(run())
    assert isinstance(results[0], httpx.ReadError)
    assert all(isinstance(r, httpx.Response) and r.json()["code"] == 0 for r in results[1:])
