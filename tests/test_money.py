"""Amounts: decimal strings on the wire, ``Decimal`` in response models, the exact string sent back in requests."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiktok_shop import RequestValidationError, TikTokShop
from tiktok_shop.sandbox import Sandbox
from tiktok_shop.types.finance import GetUnsettledTransactionsResponse
from tiktok_shop.types.order import SearchOrdersResponse
from tiktok_shop.types.product import PriceInput


def _cipher(client: TikTokShop) -> str:
    return client.config.shop_cipher or ""


def test_order_amounts_are_decimals_with_the_digits_tiktok_sent(client: TikTokShop, sandbox: Sandbox) -> None:
    page = client.order.search_orders(page_size=20)
    stored = sandbox.state.orders[_cipher(client)]
    assert page.orders
    for order in page.orders:
        sent = stored[order.id or ""]["payment"]
        assert order.payment is not None
        for name in ("total_amount", "sub_total", "shipping_fee", "tax"):
            value = getattr(order.payment, name)
            assert isinstance(value, Decimal)
            assert str(value) == sent[name]  # not a float's digits
        assert order.model_dump(mode="json")["payment"]["total_amount"] == sent["total_amount"]
        for item in order.line_items:
            assert isinstance(item.sale_price, Decimal)


def test_a_price_is_sent_as_the_exact_string_or_decimal_given(client: TikTokShop, sandbox: Sandbox) -> None:
    product = next(iter(sandbox.state.products[_cipher(client)].values()))
    sku = product["skus"][0]
    for given_amount, on_the_wire in ((Decimal("12.30"), "12.30"), ("7.50", "7.50"), ("0.1", "0.1")):
        client.product.update_product_price(
            product_id=product["id"],
            skus=[{"id": sku["id"], "price": {"currency": "USD", "amount": given_amount}}],  # type: ignore[list-item]
        )
        assert sku["price"]["sale_price"] == on_the_wire


@pytest.mark.parametrize("bad", [12.3, 5, "twelve", "NaN", True])
def test_an_amount_that_is_not_a_decimal_is_refused_before_sending(
    client: TikTokShop, sandbox: Sandbox, bad: Any
) -> None:
    product = next(iter(sandbox.state.products[_cipher(client)].values()))
    before = len(sandbox.requests)
    with pytest.raises(RequestValidationError) as caught:
        client.product.update_product_price(
            product_id=product["id"],
            skus=[{"id": product["skus"][0]["id"], "price": {"currency": "USD", "amount": bad}}],  # type: ignore[list-item]
        )
    assert any("amount" in field for field in caught.value.fields)
    assert len(sandbox.requests) == before


def _page(payment: dict[str, Any], status: str = "COMPLETED") -> bytes:
    return json.dumps({"orders": [{"id": "1", "status": status, "payment": payment}], "total_count": 1}).encode()


def test_an_empty_amount_is_no_amount_and_new_statuses_still_parse() -> None:
    page = SearchOrdersResponse.model_validate_json(_page({"total_amount": "", "tax": "1.20"}, "AWAITING_PICKUP"))
    payment = page.orders[0].payment
    assert payment is not None and payment.total_amount is None and payment.tax == Decimal("1.20")
    assert page.orders[0].status == "AWAITING_PICKUP"  # an enumeration TikTok extends stays open


@given(st.from_regex(r"-?(0|[1-9][0-9]{0,11})(\.[0-9]{1,6})?", fullmatch=True))
def test_any_plain_decimal_string_round_trips_exactly(text: str) -> None:
    page = SearchOrdersResponse.model_validate_json(_page({"total_amount": text}))
    payment = page.orders[0].payment
    assert payment is not None and payment.total_amount == Decimal(text)
    assert page.model_dump(mode="json")["orders"][0]["payment"]["total_amount"] == text
    assert PriceInput(currency="USD", amount=text).model_dump(mode="json")["amount"] == text
    assert PriceInput(currency="USD", amount=Decimal(text)).model_dump(mode="json")["amount"] == text


@pytest.mark.parametrize(
    ("wire", "parsed"), [('"Delivered + 7 days"', "Delivered + 7 days"), ("1767225600", 1767225600)]
)
def test_estimated_settlement_is_text_before_delivery_and_a_time_after(wire: str, parsed: str | int) -> None:
    body = f'{{"transactions": [{{"id": "1", "estimated_settlement": {wire}}}]}}'
    page = GetUnsettledTransactionsResponse.model_validate_json(body)
    assert page.transactions[0].estimated_settlement == parsed
