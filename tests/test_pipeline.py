"""The call flow's decisions, without I/O: query, body bytes, signing, retry policy."""

from __future__ import annotations

import json
from typing import Any

import tiktok_shop
from tiktok_shop import sign
from tiktok_shop._config import ClientConfig
from tiktok_shop._pipeline import build_request, prepare
from tiktok_shop.signing import Signer

CONFIG = ClientConfig.create(
    "key",
    "secret",
    shop_cipher="ROW_cipher",
    base_url="http://api.test",
    auth_base_url="http://auth.test",
    max_retries=3,
    deadline=60.0,
)
SEARCH = "/order/202309/orders/search"


def _search() -> tiktok_shop.Operation[Any]:
    return tiktok_shop.operation("POST", SEARCH)


def test_body_is_serialized_once_compactly_and_signed_as_sent() -> None:
    call = prepare(_search(), {"page_size": 20, "order_status": "UNPAID", "create_time_ge": 1}, CONFIG)
    assert call.body == b'{"order_status":"UNPAID","create_time_ge":1}' or json.loads(call.body or b"") == {
        "order_status": "UNPAID",
        "create_time_ge": 1,
    }
    assert b" " not in (call.body or b"")
    request = build_request(call, CONFIG, Signer("secret"), "token", 1_700_000_000)
    params = dict(request.url.params)
    assert request.content == call.body
    assert params["sign"] == sign("secret", SEARCH, {k: v for k, v in params.items() if k != "sign"}, call.body)
    assert params["shop_cipher"] == "ROW_cipher" and params["timestamp"] == "1700000000"
    assert request.headers["x-tts-access-token"] == "token"
    assert request.headers["content-type"] == "application/json"
    assert "access_token" not in params


def test_no_body_rather_than_empty_object() -> None:
    call = prepare(_search(), {"page_size": 20}, CONFIG)
    assert call.body is None
    request = build_request(call, CONFIG, Signer("secret"), "token", 1)
    assert request.content == b""


def test_unset_values_are_not_sent_and_lists_are_comma_joined() -> None:
    detail = tiktok_shop.operation("GET", "/order/202309/orders")
    name = next(n for n in detail.query_params if "id" in n)
    call = prepare(detail, {name: ["1", "2", "3"]}, CONFIG)
    assert dict(call.query) == {"ids": "1,2,3"}


def test_every_retry_is_resigned_with_a_fresh_timestamp() -> None:
    call = prepare(_search(), {"page_size": 20}, CONFIG)
    first = build_request(call, CONFIG, Signer("secret"), "t", 100)
    second = build_request(call, CONFIG, Signer("secret"), "t", 101)
    assert first.url.params["sign"] != second.url.params["sign"]


def test_shop_cipher_goes_only_to_shop_scoped_operations() -> None:
    shops = tiktok_shop.operation("GET", "/authorization/202309/shops")
    assert not shops.shop_scoped
    request = build_request(prepare(shops, {}, CONFIG), CONFIG, Signer("secret"), "t", 1)
    assert "shop_cipher" not in request.url.params and CONFIG.shop_cipher
    scoped = build_request(prepare(_search(), {"page_size": 5}, CONFIG), CONFIG, Signer("secret"), "t", 1)
    assert scoped.url.params["shop_cipher"] == CONFIG.shop_cipher
