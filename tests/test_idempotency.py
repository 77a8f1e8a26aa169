"""Writes that take TikTok's idempotency key: one key per call, the same bytes on every retry.

The sandbox applies a keyed write once (as TikTok does) and counts what it applied; the requests
are captured as they leave httpx, so the keys and bodies compared are the ones on the wire.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import tiktok_shop
from tiktok_shop import AsyncTikTokShop, ServerError, TikTokShop
from tiktok_shop.sandbox import Sandbox

CREATE = "/product/202309/products"
KEYED = {
    "CustomerEngagementCreateEngagementTask",
    "CustomerEngagementCreateCustomEngagementTask",
    "ProductCreateProduct",
    "ReturnRefundApproveCancellation",
    "ReturnRefundRejectCancellation",
    "ReturnRefundApproveReturn",
    "ReturnRefundRejectReturn",
    "ReturnRefundCreateReturn",
    "ReturnRefundCreateReturn202602",
    "ReturnRefundRejectReturn202606",
}


def _product(title: str) -> dict[str, Any]:
    return {
        "title": title,
        "description": "<p>A mug</p>",
        "category_id": "600001",
        "main_images": [{"uri": "tos-sandbox/mug"}],
        "skus": [
            {
                "seller_sku": "MUG-K",
                "price": {"amount": "12.50", "currency": "USD"},
                "inventory": [{"warehouse_id": "7068517275539719942", "quantity": 5}],
            }
        ],
    }


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


@pytest.fixture
def wired(sandbox: Sandbox, sent: list[httpx.Request]) -> Iterator[TikTokShop]:
    http = httpx.Client(event_hooks={"request": [sent.append]})
    with TikTokShop(**sandbox.credentials(), http_client=http, max_retries=2) as client:
        yield client.with_options(backoff_base=0.01)
    http.close()


def _creates(sent: list[httpx.Request]) -> list[httpx.Request]:
    return [r for r in sent if r.url.path == CREATE]


def test_the_spec_marks_reach_the_operation_descriptors() -> None:
    keyed = {op.id for op in tiktok_shop.operations() if op.idempotency_key is not None}
    assert keyed == KEYED
    assert all(tiktok_shop.operation("POST", CREATE).idempotency_key == "idempotency_key" for _ in [0])


def test_a_5xx_after_the_write_is_retried_with_the_same_key_and_applied_once(
    wired: TikTokShop, sandbox: Sandbox, sent: list[httpx.Request]
) -> None:
    sandbox.faults.add("503", "ProductCreateProduct", times=1, after=True)  # applied, then the answer is lost
    before = sandbox.counters["product.create"]
    created = wired.product.create_product(**_product("Keyed mug"))
    attempts = _creates(sent)
    assert len(attempts) == 2 and attempts[0].content == attempts[1].content  # same bytes, signed as sent
    key = json.loads(attempts[0].content)["idempotency_key"]
    assert len(key) == 32 and int(key, 16) >= 0
    assert sandbox.counters["product.create"] == before + 1
    assert wired.product.get_product_detail(product_id=created.product_id or "").title == "Keyed mug"


def test_a_timeout_is_retried_with_the_same_key_and_applied_once(
    wired: TikTokShop, sandbox: Sandbox, sent: list[httpx.Request]
) -> None:
    sandbox.faults.add("delay", "ProductCreateProduct", times=1, delay=1.0, after=True)
    before, mark = sandbox.counters["product.create"], len(sandbox.requests)
    wired.with_options(timeout=0.3).product.create_product(**_product("Slow mug"))
    deadline = time.monotonic() + 10
    while sum(r.operation == "ProductCreateProduct" for r in sandbox.requests[mark:]) < 2:  # the slow one lands
        assert time.monotonic() < deadline
        time.sleep(0.05)
    attempts = _creates(sent)
    assert len(attempts) == 2 and attempts[0].content == attempts[1].content
    assert sandbox.counters["product.create"] == before + 1


def test_each_call_gets_its_own_key_and_a_given_key_is_kept(wired: TikTokShop, sent: list[httpx.Request]) -> None:
    wired.product.create_product(**_product("One"))
    wired.product.create_product(**_product("Two"))
    wired.product.create_product(**_product("Three"), idempotency_key="caller-chosen-key")
    keys = [json.loads(r.content)["idempotency_key"] for r in _creates(sent)]
    assert len(set(keys)) == 3 and keys[2] == "caller-chosen-key"


def test_a_query_key_is_reused_on_retry(wired: TikTokShop, sandbox: Sandbox, sent: list[httpx.Request]) -> None:
    sandbox.faults.add("500", "CustomerEngagementCreateEngagementTask", times=2)
    wired.customer_engagement.create_engagement_task(
        template_id="T1", task_name="Spring", end_time=int(time.time()) + 86_400, channel="TIKTOK_IM"
    )
    keys = [r.url.params["idempotency_key"] for r in sent if r.url.path.endswith("/engagement_tasks")]
    assert len(keys) == 3 and len(set(keys)) == 1


def test_a_write_without_a_key_is_still_not_retried_after_a_5xx(wired: TikTokShop, sandbox: Sandbox) -> None:
    sandbox.faults.add("500", "ProductUpdateProductPrice", times=1, after=True)
    product = next(iter(wired.product.iter_search_products(page_size=5)))
    sku = (product.skus or [])[0]
    before = sandbox.counters["product.price"]
    with pytest.raises(ServerError):
        wired.product.update_product_price(
            product_id=product.id,
            skus=[{"id": sku.id, "price": {"amount": "9.99", "currency": "USD"}}],  # type: ignore[list-item]
        )
    assert sandbox.counters["product.price"] == before + 1


async def test_async_keyed_write_is_applied_once(sandbox: Sandbox) -> None:
    sent: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        sent.append(request)

    http = httpx.AsyncClient(event_hooks={"request": [record]})
    async with AsyncTikTokShop(**sandbox.credentials(), http_client=http) as client:
        sandbox.faults.add("502", "ProductCreateProduct", times=1, after=True)
        before = sandbox.counters["product.create"]
        await client.with_options(backoff_base=0.01).product.create_product(**_product("Async mug"))
    await http.aclose()
    attempts = _creates(sent)
    assert len(attempts) == 2 and attempts[0].content == attempts[1].content
    assert sandbox.counters["product.create"] == before + 1
