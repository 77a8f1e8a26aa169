"""The sandbox behaves like TikTok Shop: exact signature checks, every operation answers, data validates."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tiktok_shop
from tiktok_shop import AsyncTikTokShop, TikTokShop
from tiktok_shop.sandbox import Sandbox
from tiktok_shop.sandbox._handlers import HANDLERS, route_key
from tiktok_shop.signing import Signer

from .conftest import REFERENCE
from .spec_tools import response_schema, unpopulated, valid_arguments, validate_response

ALL_OPERATIONS = [op for op in tiktok_shop.operations() if op.host == "api"]


def _signed(sandbox: Sandbox, path: str, params: dict[str, str], body: bytes, token: str) -> httpx.Request:
    query = {**params, "app_key": sandbox.app_key, "timestamp": str(int(time.time()))}
    query["sign"] = Signer(sandbox.app_secret).sign(path, query.items(), body or None)
    headers = {"x-tts-access-token": token, "content-type": "application/json"}
    return httpx.Request("POST", sandbox.base_url + path, params=query, content=body, headers=headers)


def _mutate(text: str, index: int, replacement: str) -> str:
    index %= len(text)
    if text[index] == replacement:
        replacement = "x" if replacement != "x" else "y"
    return text[:index] + replacement + text[index + 1 :]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    target=st.sampled_from(["path", "param", "body", "sign"]),
    index=st.integers(min_value=0, max_value=10_000),
    char=st.sampled_from(list("abcXYZ019_-")),
)
def test_every_single_character_mutation_is_rejected(sandbox: Sandbox, target: str, index: int, char: str) -> None:
    credentials = sandbox.credentials()
    path, params = "/order/202309/orders/search", {"page_size": "10", "shop_cipher": credentials["shop_cipher"]}
    body = b'{"order_status":"UNPAID"}'
    request = _signed(sandbox, path, params, body, credentials["access_token"])
    with httpx.Client() as http:
        assert http.send(request).json()["code"] == 0  # the unmutated request is accepted
        query = dict(request.url.params)
        url_path = request.url.path
        if target == "path":
            url_path = _mutate(url_path, index % (len(url_path) - 1) + 1, char)
        elif target == "param":
            query["page_size"] = _mutate(query["page_size"], index, char if char.isdigit() else "7")
        elif target == "body":
            body = _mutate(body.decode(), index, char).encode()
        else:
            query["sign"] = _mutate(query["sign"], index, char)
        mutated = httpx.Request(
            "POST", sandbox.base_url + url_path, params=query, content=body, headers=request.headers
        )
        answer = http.send(mutated).json()
    assert answer["code"] != 0


def test_requests_signed_by_sign_are_accepted(sandbox: Sandbox) -> None:
    credentials = sandbox.credentials()
    request = _signed(
        sandbox,
        "/order/202309/orders/search",
        {"page_size": "3", "shop_cipher": credentials["shop_cipher"]},
        b"",
        credentials["access_token"],
    )
    with httpx.Client() as http:
        answer = http.send(request).json()
    assert answer["code"] == 0 and len(answer["data"]["orders"]) == 3


@pytest.mark.parametrize(
    ("change", "code", "status", "names"),
    [
        ({"app_key": "unknown"}, 36009004, 200, "app_key"),
        ({"timestamp": "1000"}, 36009004, 200, "timestamp"),
        ({"token": "nope"}, 36009004, 200, "access_token"),
        ({"shop_cipher": None}, 106013, 200, "shop_cipher"),
    ],
)
def test_common_checks_answer_tiktok_style_codes(
    sandbox: Sandbox, change: dict[str, Any], code: int, status: int, names: str
) -> None:
    credentials = sandbox.credentials()
    path = "/order/202309/orders/search"
    query: dict[str, str] = {
        "app_key": change.get("app_key", sandbox.app_key),
        "timestamp": change.get("timestamp", str(int(time.time()))),
        "page_size": "5",
    }
    if "shop_cipher" not in change:
        query["shop_cipher"] = credentials["shop_cipher"]
    query["sign"] = Signer(sandbox.app_secret).sign(path, query.items(), None)
    headers = {"x-tts-access-token": change.get("token", credentials["access_token"])}
    with httpx.Client() as http:
        response = http.post(sandbox.base_url + path, params=query, headers=headers)
    assert response.json()["code"] == code and names in response.json()["message"]
    assert response.status_code == status


def op_method_name(op: tiktok_shop.Operation[Any]) -> str:
    return op.name if op.latest else f"{op.name}_{op.version}"


# Operations a handler serves act on the sandbox's state: test_sandbox_state.py calls each with
# the sandbox's own ids, sync and async. The others answer any valid request.
STATELESS = [op for op in ALL_OPERATIONS if route_key(op.method, op.path) not in HANDLERS]


@pytest.mark.parametrize("op", STATELESS, ids=lambda op: op.id)
def test_every_stateless_operation_succeeds_and_validates(client: TikTokShop, op: tiktok_shop.Operation[Any]) -> None:
    resource = getattr(client.with_raw_response, op.module)
    raw = getattr(resource, op_method_name(op))(**valid_arguments(op))  # any error answer fails the test
    assert raw.status_code == 200
    payload = json.loads(raw.http_response.content)
    validate_response(op, payload, strict=True)
    assert unpopulated(response_schema(op)["properties"]["data"], [payload["data"]]) == []
    assert isinstance(raw.parsed, op.response_model)


async def test_every_stateless_operation_succeeds_async(aclient: AsyncTikTokShop) -> None:
    failures = {}
    for op in STATELESS:
        resource = getattr(aclient, op.module)
        try:
            result = await getattr(resource, op_method_name(op))(**valid_arguments(op))
        except tiktok_shop.TikTokShopError as exc:
            failures[op.id] = str(exc)
            continue
        assert isinstance(result, op.response_model)
    assert failures == {}


def test_stateless_and_stateful_operations_cover_the_spec() -> None:
    from .test_sandbox_state import STATEFUL

    covered = {op.id for op in STATELESS} | {op.id for op in STATEFUL}
    assert covered == {op.id for op in tiktok_shop.operations()} and len(covered) == 360


def test_sandbox_answers_with_the_documented_samples(client: TikTokShop) -> None:
    from generator.samples import SANDBOX_SAMPLES, sandbox_samples

    assert SANDBOX_SAMPLES.read_text(encoding="utf-8") == sandbox_samples(REFERENCE), (
        "run python -m generator.samples --sandbox"
    )
    permissions = client.seller.get_permissions()
    assert permissions.permissions == ["MANAGE_GLOBAL_PRODUCT"]  # the sample's payload, not generated data
