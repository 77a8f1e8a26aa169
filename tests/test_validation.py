"""Bad arguments fail before anything is sent, as a ``RequestValidationError`` naming the field.

What reaches the network is checked against the spec with a JSON Schema validator (not against
the pydantic models the code under test generated from it), and the sandbox's request log shows
that refused calls never left the process.
"""

from __future__ import annotations

import contextlib
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_schema_validator import OAS30Validator

import tiktok_shop
from tiktok_shop import AsyncTikTokShop, RequestValidationError, TikTokShop, TikTokShopError
from tiktok_shop._request import MAX_URL_LENGTH
from tiktok_shop.sandbox import Sandbox

from .spec_tools import deref, example_arguments, operation_spec

COMMON = {"app_key", "timestamp", "sign", "shop_cipher"}


def _refused(sandbox: Sandbox, call: Any, field: str) -> RequestValidationError:
    mark = len(sandbox.requests)
    with pytest.raises(RequestValidationError) as info:
        call()
    assert len(sandbox.requests) == mark  # nothing was sent
    assert any(name == field or name.startswith(field + ".") for name in info.value.fields), info.value.fields
    return info.value


@pytest.mark.parametrize("page_size", [0, 101, -1, "10", True, 10.0, None])
def test_page_size_bounds_and_type(client: TikTokShop, sandbox: Sandbox, page_size: Any) -> None:
    _refused(sandbox, lambda: client.order.search_orders(page_size=page_size), "page_size")


@pytest.mark.parametrize("ids", [[], [str(i) for i in range(51)], [str(i) for i in range(10_000)], [1], "1,2"])
def test_order_ids_bounds_and_type(client: TikTokShop, sandbox: Sandbox, ids: Any) -> None:
    _refused(sandbox, lambda: client.order.get_order_detail(ids=ids), "ids")


def test_nested_dicts_validate_and_their_scalars_are_strict(client: TikTokShop, sandbox: Sandbox) -> None:
    product = next(iter(client.product.iter_search_products(page_size=1)))
    sku = (product.skus or [])[0]

    def update(amount: Any) -> Any:
        skus = [{"id": sku.id, "price": {"amount": amount, "currency": "USD"}}]
        return client.product.update_product_price(product_id=product.id, skus=skus)  # type: ignore[arg-type]

    error = _refused(sandbox, lambda: update(9.5), "skus")
    assert error.fields == ["skus.0.price.amount"]
    update("9.50")  # the dicts themselves are fine


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda c: c.order.search_orders(page_size=10, page_token="t" * 5_000_000), "page_token"),
        (lambda c: c.product.get_product_detail(product_id="9" * 9000), "(path)"),
        (lambda c: c.order.search_orders(page_size=10, page_token="bad\udc80"), "page_token"),
        (
            lambda c: c.order.search_orders(page_size=10, order_status="UNPAID", buyer_user_id="x\ud800y"),
            "buyer_user_id",
        ),
        (lambda c: c.product.get_product_detail(product_id="\udfff"), "product_id"),
        (lambda c: c.product.upload_product_file(data=b"%PDF", name="a\udc80.pdf"), "name"),
        (lambda c: c.product.upload_product_image(data=Path("/no/such/mug.png")), "data"),
        (lambda c: c.product.upload_product_image(data=Path("/tmp")), "data"),  # a folder is not a file
        (lambda c: c.product.upload_product_image(data=Path("/tmp/\ud800.png")), "data"),  # not a file name
    ],
    ids=[
        "5MB-token",
        "long-path",
        "surrogate-query",
        "surrogate-body",
        "surrogate-path",
        "surrogate-form",
        "no-file",
        "folder",
        "unencodable-path",
    ],
)
def test_what_no_server_accepts_is_refused_before_sending(
    client: TikTokShop, sandbox: Sandbox, call: Any, field: str
) -> None:
    _refused(sandbox, lambda: call(client), field)


async def test_async_client_refuses_the_same(aclient: AsyncTikTokShop, sandbox: Sandbox) -> None:
    mark = len(sandbox.requests)
    for bad in ({"page_size": 0}, {"page_size": "10"}, {"page_size": 10, "page_token": "x" * 9000}):
        with pytest.raises(RequestValidationError):
            await aclient.order.search_orders(**bad)
    with pytest.raises(RequestValidationError, match="ids"):
        await aclient.order.get_order_detail(ids=[])
    assert len(sandbox.requests) == mark


# -- property: any argument values, 30 operations ---------------------------------------------------
def _wire_value(schema: dict[str, Any], text: str) -> Any:
    """A query or path value read back as the schema's type (what a server does)."""
    kind = schema.get("type")
    if kind == "array":
        return [_wire_value(schema.get("items") or {}, part) for part in text.split(",")]
    if kind == "integer":
        return int(text) if re.fullmatch(r"-?\d+", text) else text
    if kind == "number":
        return float(text) if re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", text) else text
    if kind == "boolean":
        return {"true": True, "false": False}.get(text, text)
    return text


def wire_problems(op: tiktok_shop.Operation[Any], request: httpx.Request) -> list[str]:
    """How a request on the wire breaks the spec (parameters and JSON body), per JSON Schema."""
    spec = operation_spec(op)
    problems = []
    pattern = "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(op.path)) + "$"
    match = re.match(pattern, request.url.raw_path.split(b"?")[0].decode())
    path_values = {k: unquote(v) for k, v in match.groupdict().items()} if match else {}
    query = dict(request.url.params)
    declared = set(COMMON)
    for param in deref(spec.get("parameters", [])):
        declared.add(param["name"])
        source = path_values if param["in"] == "path" else query
        if param["name"] not in source:
            if param.get("required"):
                problems.append(f"{param['name']}: required, not sent")
            continue
        value = _wire_value(param["schema"], source[param["name"]])
        problems += [f"{param['name']}: {e.message}" for e in OAS30Validator(param["schema"]).iter_errors(value)]
    problems += [f"{name}: not a parameter of {op.id}" for name in set(query) - declared]
    content = spec.get("requestBody", {}).get("content", {})
    if "application/json" in content and request.content:
        schema = deref(content["application/json"]["schema"])
        body = json.loads(request.content)
        problems += [f"body: {e.message}" for e in OAS30Validator(schema).iter_errors(body)]
    return problems


SAMPLED = sorted((op for op in tiktok_shop.operations() if op.host == "api"), key=lambda o: o.id)[::12][:30]
junk = st.one_of(
    st.none(),
    st.text(max_size=12),
    st.builds(lambda text, lone: text + lone, st.text(max_size=4), st.characters(categories=["Cs"])),  # not UTF-8
    st.sampled_from(["x" * 9000, "9" * 70_000]),  # longer than any URL a server reads
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(),
    st.booleans(),
    st.lists(st.one_of(st.text(max_size=5), st.integers()), max_size=60),
    st.dictionaries(st.text(max_size=5), st.one_of(st.text(max_size=5), st.integers()), max_size=3),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_arguments_give_typed_errors_and_only_valid_requests(sandbox: Sandbox, data: st.DataObject) -> None:
    op = data.draw(st.sampled_from(SAMPLED), label="operation")
    examples = example_arguments(op)
    names = [*op.path_params, *op.query_params, *op.body_fields]
    arguments = {name: data.draw(st.one_of(st.just(examples.get(name)), junk), label=name) for name in names}
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    client = TikTokShop(**sandbox.credentials(), http_client=http, max_retries=0)
    with contextlib.suppress(TikTokShopError, TypeError):  # anything else fails the test
        client.request(op, arguments)
    http.close()
    for request in sent:
        assert wire_problems(op, request) == []


def test_the_wire_check_itself_catches_a_bad_request(sandbox: Sandbox) -> None:
    op = tiktok_shop.operation("POST", "/order/202309/orders/search")
    good = httpx.Request(
        "POST", sandbox.base_url + op.path, params={"page_size": "10"}, content=b'{"order_status":"UNPAID"}'
    )
    assert wire_problems(op, good) == []
    bad = httpx.Request(
        "POST", sandbox.base_url + op.path, params={"page_size": "0", "x": "1"}, content=b'{"order_status":7}'
    )
    assert len(wire_problems(op, bad)) == 4  # the bound, the stray parameter, the enum and the type
    assert len(SAMPLED) == 30


def test_the_longest_url_sent_is_8192_characters(sandbox: Sandbox) -> None:
    """The limit is checked against the URL as sent: the longest page token that passes makes exactly 8 KB."""
    sent: list[httpx.Request] = []
    http = httpx.Client(event_hooks={"request": [sent.append]})
    client = TikTokShop(**sandbox.credentials(), http_client=http, max_retries=0)

    def goes_out(length: int) -> bool:
        try:
            client.order.search_orders(page_size=10, page_token="t" * length)
        except RequestValidationError:
            return False
        except TikTokShopError:  # sent: the sandbox refuses the made-up token
            return True
        return True

    low, high = 0, 9000  # goes_out(low) and not goes_out(high)
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if goes_out(middle) else (low, middle)
    assert goes_out(low) and len(str(sent[-1].url)) == MAX_URL_LENGTH == 8192
    assert not goes_out(low + 1)
    http.close()
