"""The clients end to end through the sandbox over real HTTP on loopback."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import tiktok_shop
from tiktok_shop import (
    APITimeoutError,
    AsyncTikTokShop,
    InvalidParameterError,
    InvalidSignatureError,
    NotFoundError,
    RateLimitError,
    RequestValidationError,
    ServerError,
    TikTokShop,
    TokenExpiredError,
)
from tiktok_shop.sandbox import Sandbox
from tiktok_shop.types.authorization import GetShopsResponse
from tiktok_shop.types.product import ImageInput, NewSku, PriceInput, SkuInventoryInput, UpdateProductPriceSku

SEARCH_ORDERS = "/order/202309/orders/search"


def test_get_returns_the_typed_model(client: TikTokShop, sandbox: Sandbox) -> None:
    shops = client.authorization.get_shops()
    seller = sandbox.sellers[0]
    assert [s.cipher for s in shops.shops] == [s.cipher for s in seller.shops]
    assert isinstance(shops, GetShopsResponse)


async def test_async_get_returns_the_typed_model(aclient: AsyncTikTokShop, sandbox: Sandbox) -> None:
    shops = await aclient.authorization.get_shops()
    assert {s.id for s in shops.shops} == {s.id for s in sandbox.sellers[0].shops}


def test_json_post_is_applied_once(client: TikTokShop, sandbox: Sandbox) -> None:
    before = sandbox.counters["product.create"]
    created = client.product.create_product(
        title="Sandbox mug",
        description="<p>A mug</p>",
        category_id="600001",
        main_images=[ImageInput(uri="tos-sandbox/mug")],
        skus=[
            NewSku(
                seller_sku="MUG-1",
                price=PriceInput(amount="12.50", currency="USD"),
                inventory=[SkuInventoryInput(warehouse_id="7068517275539719942", quantity=5)],
            )
        ],
    )
    assert created.product_id
    assert sandbox.counters["product.create"] == before + 1
    detail = client.product.get_product_detail(product_id=created.product_id)
    assert detail.title == "Sandbox mug"
    assert detail.skus and detail.skus[0].seller_sku == "MUG-1"


def test_paginated_search_walks_every_page(client: TikTokShop, sandbox: Sandbox) -> None:
    mark = len(sandbox.requests)
    ids = [order.id for order in client.order.iter_search_orders(page_size=50)]
    pages = [r for r in sandbox.requests[mark:] if r.path == SEARCH_ORDERS]
    assert len(pages) == 3  # 120 orders at 50 a page
    assert len(ids) == 120 == len(set(ids))


async def test_async_paginated_search_walks_every_page(aclient: AsyncTikTokShop) -> None:
    pages = [page async for page in aclient.order.iter_search_orders(page_size=40).pages()]
    assert len(pages) == 3
    assert sum(len(p.orders or []) for p in pages) == 120
    assert pages[-1].next_page_token in (None, "")


def test_search_filters_are_sent_in_the_body(client: TikTokShop) -> None:
    orders = list(client.order.iter_search_orders(page_size=100, order_status="AWAITING_SHIPMENT"))
    assert orders and {o.status for o in orders} == {"AWAITING_SHIPMENT"}


def test_multipart_upload_streams_a_file(client: TikTokShop, sandbox: Sandbox, tmp_path: Path) -> None:
    image = tmp_path / "mug.png"
    image.write_bytes(b"\x89PNG" + bytes(2048))
    before = sandbox.counters["product.image_upload"]
    uploaded = client.product.upload_product_image(data=image, use_case="MAIN_IMAGE")
    assert uploaded.uri
    from_bytes = client.product.upload_product_image(data=io.BytesIO(b"\x89PNG" + bytes(10)))
    assert from_bytes.uri != uploaded.uri
    assert sandbox.counters["product.image_upload"] == before + 2


def test_shop_scoped_call_without_cipher_fails_before_io(sandbox: Sandbox) -> None:
    credentials = sandbox.credentials()
    credentials.pop("shop_cipher")
    mark = len(sandbox.requests)
    with TikTokShop(**credentials) as unbound, pytest.raises(RequestValidationError) as info:
        unbound.order.search_orders(page_size=10)
    assert "shop_cipher" in info.value.fields
    assert len(sandbox.requests) == mark


def test_wrong_argument_type_fails_before_io(client: TikTokShop, sandbox: Sandbox) -> None:
    mark = len(sandbox.requests)
    with pytest.raises(RequestValidationError) as info:
        client.order.search_orders(page_size="many")  # type: ignore[arg-type]
    assert info.value.fields == ["page_size"]
    assert len(sandbox.requests) == mark


def test_client_bound_to_another_shop(client: TikTokShop, sandbox: Sandbox) -> None:
    other = sandbox.sellers[0].shops[1]
    shop_client = client.shop(other.cipher)
    page = shop_client.order.search_orders(page_size=5)
    assert page.total_count == 120
    assert shop_client.shop_cipher == other.cipher and client.shop_cipher != other.cipher


def test_raw_response_keeps_typing_and_exposes_http(client: TikTokShop) -> None:
    raw = client.with_raw_response.order.search_orders(page_size=5)
    assert raw.status_code == 200
    assert raw.request_id and len(raw.request_id) == 32
    assert raw.parsed.total_count == 120
    assert raw.headers["content-type"] == "application/json"


def test_pinned_version_calls_the_old_path(client: TikTokShop, sandbox: Sandbox) -> None:
    mark = len(sandbox.requests)
    client.at("202309").product.search_products(page_size=5)
    client.product.search_products(page_size=5)
    paths = [r.path for r in sandbox.requests[mark:]]
    assert paths[0] == "/product/202309/products/search"
    assert paths[1] != paths[0] and paths[1].endswith("/products/search")


# -- errors ---------------------------------------------------------------------------------------
def test_wrong_secret_is_an_invalid_signature(sandbox: Sandbox) -> None:
    credentials = {**sandbox.credentials(), "app_secret": "not-the-secret"}
    with TikTokShop(**credentials) as bad, pytest.raises(InvalidSignatureError) as info:
        bad.authorization.get_shops()
    assert info.value.code == 106001 and info.value.status_code == 401
    assert info.value.request_id


def test_expired_token_without_manager_raises(sandbox: Sandbox) -> None:
    fresh = Sandbox(seed=1)
    with fresh, TikTokShop(**fresh.credentials()) as c:
        fresh.expire_access_tokens()
        with pytest.raises(TokenExpiredError) as info:
            c.authorization.get_shops()
    assert info.value.code == 105002


def test_unknown_product_is_not_found(client: TikTokShop) -> None:
    with pytest.raises(NotFoundError) as info:
        client.product.get_product_detail(product_id="1")
    assert info.value.status_code == 200  # TikTok sends business errors with HTTP 200 and a code
    assert "GetProductDetail" in str(info.value)


def test_business_rule_violation_is_invalid_parameter(client: TikTokShop) -> None:
    delivered = next(o for o in client.order.iter_search_orders(page_size=100, order_status="DELIVERED"))
    package_id = (delivered.packages or [])[0].id
    assert package_id
    with pytest.raises(InvalidParameterError):
        client.fulfillment.ship_package(package_id=package_id, handover_method="PICKUP")


def test_rate_limit_surfaces_after_retries_run_out(client: TikTokShop, sandbox: Sandbox) -> None:
    sandbox.faults.add("429", "AuthorizationGetShops", times=5, retry_after=0)
    with pytest.raises(RateLimitError) as info:
        client.with_options(max_retries=1).authorization.get_shops()
    assert info.value.code == 36009002


def test_server_error_surfaces(client: TikTokShop, sandbox: Sandbox) -> None:
    sandbox.faults.add("500", "AuthorizationGetShops", times=1)
    with pytest.raises(ServerError):
        client.with_options(max_retries=0).authorization.get_shops()


# -- retries --------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["429", "503", "502", "reset"])
def test_retries_then_succeeds(client: TikTokShop, sandbox: Sandbox, kind: str) -> None:
    sandbox.faults.add(kind, "AuthorizationGetShops", times=2)  # type: ignore[arg-type]
    mark = len(sandbox.requests)
    fast = client.with_options(max_retries=3, backoff_base=0.01)
    assert fast.authorization.get_shops().shops
    assert len([r for r in sandbox.requests[mark:] if r.operation == "AuthorizationGetShops"]) == 3


async def test_async_retries_then_succeeds(aclient: AsyncTikTokShop, sandbox: Sandbox) -> None:
    sandbox.faults.add("503", "AuthorizationGetShops", times=2)
    shops = await aclient.with_options(max_retries=2, backoff_base=0.01).authorization.get_shops()
    assert shops.shops


def test_unsafe_write_is_not_retried_after_a_500(client: TikTokShop, sandbox: Sandbox) -> None:
    product = next(iter(client.product.iter_search_products(page_size=5)))
    sandbox.faults.add("500", "ProductUpdateProductPrice", times=1, after=True)
    before = sandbox.counters["product.price"]
    sku = product.skus[0]
    with pytest.raises(ServerError):
        client.product.update_product_price(
            product_id=product.id,
            skus=[UpdateProductPriceSku(id=sku.id or "", price=PriceInput(amount="9.99", currency="USD"))],
        )
    assert sandbox.counters["product.price"] == before + 1  # applied once, never replayed


def test_write_is_retried_when_it_provably_did_not_arrive(client: TikTokShop, sandbox: Sandbox) -> None:
    sandbox.faults.add("429", "ProductUpdateProductPrice", times=1, retry_after=0)
    product = next(iter(client.product.iter_search_products(page_size=5)))
    sku = product.skus[0]
    before = sandbox.counters["product.price"]
    client.product.update_product_price(
        product_id=product.id,
        skus=[UpdateProductPriceSku(id=sku.id or "", price=PriceInput(amount="8.99", currency="USD"))],
    )
    assert sandbox.counters["product.price"] == before + 1


def test_timeout_raises_a_typed_error(client: TikTokShop, sandbox: Sandbox) -> None:
    sandbox.faults.add("delay", "AuthorizationGetShops", times=1, delay=1.0)
    with pytest.raises(APITimeoutError):
        client.with_options(timeout=0.2, max_retries=0).authorization.get_shops()


async def test_async_timeout_then_retry_succeeds(aclient: AsyncTikTokShop, sandbox: Sandbox) -> None:
    sandbox.faults.add("delay", "AuthorizationGetShops", times=1, delay=1.0)
    shops = await aclient.with_options(timeout=0.3, max_retries=1, backoff_base=0.01).authorization.get_shops()
    assert shops.shops


def test_malformed_body_is_an_api_error(client: TikTokShop, sandbox: Sandbox) -> None:
    sandbox.faults.add("malformed", "AuthorizationGetShops", times=1)
    with pytest.raises(tiktok_shop.APIError, match="malformed"):
        client.with_options(max_retries=0).authorization.get_shops()
