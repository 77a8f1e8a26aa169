"""Sandbox answers agree with the request and with the sandbox's state, as TikTok's would.

Each test is one way a third-party client found the sandbox teaching something false: ids that
were never sent, a 2022 ``create_time``, filters ignored, TikTok's wire spellings, self-shipment
ignored, thin package details, an undeclared ``shop_id``.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

import tiktok_shop
from tiktok_shop import InvalidParameterError, TikTokShop
from tiktok_shop.sandbox import Sandbox
from tiktok_shop.signing import Signer

USPS = "7117858858072016686"


@pytest.fixture(scope="module")
def shop() -> Iterator[tuple[Sandbox, TikTokShop]]:
    with Sandbox(orders=80, products=5, seed=9) as sandbox, TikTokShop(**sandbox.credentials()) as client:
        yield sandbox, client


def _awaiting(sandbox: Sandbox, client: TikTokShop, skip: int = 0) -> dict[str, Any]:
    orders = sandbox.state.orders[client.config.shop_cipher or ""].values()
    found = [o for o in orders if o["status"] == "AWAITING_SHIPMENT" and not o["is_buyer_request_cancel"]]
    return found[skip]


def _raw_get(sandbox: Sandbox, client: TikTokShop, path: str, **params: str) -> dict[str, Any]:
    query = [("app_key", sandbox.app_key), ("timestamp", str(int(time.time()))), *params.items()]
    query.append(("shop_cipher", client.config.shop_cipher or ""))
    query.append(("sign", Signer(sandbox.app_secret).sign(path, query, None)))
    headers = {"x-tts-access-token": sandbox.credentials()["access_token"]}
    answer: dict[str, Any] = httpx.get(sandbox.base_url + path, params=query, headers=headers).json()
    assert answer["code"] == 0, answer
    return answer["data"]


# -- 2. answers built from samples agree with the request ---------------------------------------------
def test_batch_ship_reports_only_the_packages_sent(shop: tuple[Sandbox, TikTokShop]) -> None:
    sandbox, client = shop
    good = _awaiting(sandbox, client)["packages"][0]["id"]
    answer = client.fulfillment.batch_ship_packages(packages=[{"id": good}, {"id": "42"}])  # type: ignore[list-item]
    assert [(e.detail.package_id if e.detail else None) for e in answer.errors or []] == ["42"]
    assert client.fulfillment.get_package_detail(package_id=good).package_status == "PROCESSING"


@pytest.mark.parametrize(("starts_in", "status"), [(3600, "NOT_START"), (-60, "ONGOING")])
def test_a_new_promotion_has_the_clocks_create_time_and_a_status_from_its_period(
    shop: tuple[Sandbox, TikTokShop], starts_in: int, status: str
) -> None:
    _sandbox, client = shop
    now = int(time.time())
    created = client.promotion.create_activity(
        title="Sale", activity_type="DIRECT_DISCOUNT", product_level="PRODUCT", begin_time=now + starts_in,
        end_time=now + 86_400,
    )  # fmt: skip
    assert created.status == status
    assert abs((created.create_time or 0) - now) <= 5
    detail = client.promotion.get_activity(activity_id=created.activity_id or "")
    assert (detail.activity_id, detail.status, detail.title) == (created.activity_id, status, "Sale")
    client.promotion.deactivate_activity(activity_id=created.activity_id or "")
    assert client.promotion.get_activity(activity_id=created.activity_id or "").status == "DEACTIVATED"
    found = client.promotion.search_activities(page_size=50, status="DEACTIVATED").activities or []
    assert created.activity_id in [a.id for a in found]


def test_brands_filtered_by_authorization_and_name(shop: tuple[Sandbox, TikTokShop]) -> None:
    _sandbox, client = shop
    authorized = client.product.get_brands(page_size=50, is_authorized=True)
    every = client.product.get_brands(page_size=50)
    assert authorized.brands and {b.authorized_status for b in authorized.brands} == {"AUTHORIZED"}
    assert authorized.total_count == len(authorized.brands) < (every.total_count or 0)
    assert [b.name for b in client.product.get_brands(page_size=50, brand_name="cases").brands or []] == [
        "Pacific Cases"
    ]


def test_category_search_and_recommendation_follow_the_words_asked(shop: tuple[Sandbox, TikTokShop]) -> None:
    _sandbox, client = shop
    found = client.product.get_categories(keyword="phone case").categories or []
    assert [c.local_name for c in found] == ["Phone Cases"]
    recommended = client.product.recommend_categories(product_title="Shockproof phone case for iPhone 15")
    assert [c.name for c in recommended.categories or []] == [
        "Phones & Electronics",
        "Phone Accessories",
        "Phone Cases",
    ]
    assert recommended.leaf_category_id == found[0].id


def test_sample_answers_echo_the_ids_of_the_request_and_writes_take_the_clock(shop: tuple[Sandbox, TikTokShop]) -> None:
    sandbox, client = shop
    order_id = _awaiting(sandbox, client)["id"]
    statements = client.finance.get_order_statement_transactions(order_id=order_id)
    assert statements.order_id == order_id
    create_package = tiktok_shop.operation("POST", "/fulfillment/202309/packages")
    created = client.request(create_package, {"order_id": order_id})
    assert created.order_id == order_id and abs((created.create_time or 0) - time.time()) <= 5


# -- 3. TikTok's spellings on the wire ----------------------------------------------------------------
def test_category_attributes_carry_tiktoks_misspelled_is_requried_too(shop: tuple[Sandbox, TikTokShop]) -> None:
    sandbox, client = shop
    data = _raw_get(sandbox, client, "/product/202309/categories/601762/attributes")
    assert {a["is_required"] for a in data["attributes"]} == {True, False}
    for attribute in data["attributes"]:
        assert attribute["is_requried"] is attribute["is_required"]


# -- 4. self-shipment and package detail ---------------------------------------------------------------
def test_package_detail_is_full_and_follows_the_shipment(shop: tuple[Sandbox, TikTokShop]) -> None:
    sandbox, client = shop
    order = _awaiting(sandbox, client, skip=1)
    package_id = order["packages"][0]["id"]
    before = _raw_get(sandbox, client, f"/fulfillment/202309/packages/{package_id}")
    assert before["package_status"] == "TO_FULFILL" and "tracking_number" not in before
    for key in ("recipient_address", "sender_address", "warehouse_id", "weight", "dimension", "delivery_option_id"):
        assert before[key], key
    assert before["recipient_address"]["postal_code"] == order["recipient_address"]["postal_code"]
    assert before["orders"][0]["id"] == order["id"]
    client.fulfillment.ship_package(package_id=package_id, handover_method="DROP_OFF")
    after = _raw_get(sandbox, client, f"/fulfillment/202309/packages/{package_id}")
    assert after["package_status"] == "PROCESSING" and after["tracking_number"].startswith("TT")
    assert after["handover_method"] == "DROP_OFF" and after["shipping_type"] == "TIKTOK"


def test_self_shipment_records_the_carrier_and_tracking_number(shop: tuple[Sandbox, TikTokShop]) -> None:
    sandbox, client = shop
    order = _awaiting(sandbox, client, skip=2)
    package_id = order["packages"][0]["id"]
    shipment = {"tracking_number": "9400111899560000000001", "shipping_provider_id": USPS}
    client.fulfillment.ship_package(package_id=package_id, self_shipment=shipment)  # type: ignore[arg-type]
    package = client.fulfillment.get_package_detail(package_id=package_id)
    assert (package.shipping_type, package.tracking_number, package.shipping_provider_id,
            package.shipping_provider_name, package.package_status) == (
        "SELLER", "9400111899560000000001", USPS, "USPS", "FULFILLING")  # fmt: skip
    detail = (client.order.get_order_detail(ids=[order["id"]]).orders or [])[0]
    assert (detail.status, detail.tracking_number, detail.shipping_type) == (
        "IN_TRANSIT", "9400111899560000000001", "SELLER")  # fmt: skip
    item = (detail.line_items or [])[0]
    assert (item.tracking_number, item.shipping_provider_name) == ("9400111899560000000001", "USPS")
    assert detail.rts_time and detail.collection_time and not detail.delivery_time


def test_self_shipment_with_an_unknown_carrier_is_refused(shop: tuple[Sandbox, TikTokShop]) -> None:
    sandbox, client = shop
    package_id = _awaiting(sandbox, client, skip=3)["packages"][0]["id"]
    with pytest.raises(InvalidParameterError, match="shipping_provider_id"):
        client.fulfillment.ship_package(
            package_id=package_id,
            self_shipment={"tracking_number": "X1", "shipping_provider_id": "1"},  # type: ignore[arg-type]
        )


# -- orders carry the fields of their state ------------------------------------------------------------
def test_orders_carry_the_fields_of_their_status(shop: tuple[Sandbox, TikTokShop]) -> None:
    _sandbox, client = shop
    orders = {o.id: o for o in client.order.search_orders(page_size=100).orders or []}
    by_status: dict[str, list[Any]] = {}
    for order in orders.values():
        by_status.setdefault(order.status or "", []).append(order)
    unpaid, cancelled, delivered = by_status["UNPAID"][0], by_status["CANCELLED"][0], by_status["DELIVERED"][0]
    assert unpaid.paid_time is None and unpaid.cancel_order_sla_time and unpaid.tracking_number is None
    assert cancelled.cancel_reason and cancelled.cancel_time and cancelled.cancellation_initiator
    assert delivered.cancel_reason is None and delivered.tracking_number
    times = [delivered.create_time, delivered.paid_time, delivered.rts_time, delivered.collection_time,
             delivered.delivery_time]  # fmt: skip
    assert all(times) and times == sorted(times)  # type: ignore[type-var]
    assert delivered.buyer_nickname and delivered.delivery_option_name and delivered.recipient_address


# -- 5. webhooks as declared -----------------------------------------------------------------------------
def test_webhooks_list_has_total_count_and_no_shop_id(shop: tuple[Sandbox, TikTokShop]) -> None:
    sandbox, client = shop
    client.event.update_webhook(address="https://example.com/a", event_type="ORDER_STATUS_CHANGE")
    client.event.update_webhook(address="https://example.com/b", event_type="PACKAGE_UPDATE")
    data = _raw_get(sandbox, client, "/event/202309/webhooks")
    assert "shop_id" not in data
    assert data["total_count"] == len(data["webhooks"]) == 2
    assert all(abs(w["create_time"] - time.time()) <= 5 for w in data["webhooks"])


def test_product_detail_does_not_leak_search_fields(shop: tuple[Sandbox, TikTokShop]) -> None:
    sandbox, client = shop
    product_id = next(iter(sandbox.state.products[client.config.shop_cipher or ""]))
    data = _raw_get(sandbox, client, f"/product/202309/products/{product_id}")
    assert data["id"] == product_id and "sales_regions" not in data
