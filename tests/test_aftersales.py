"""Cancellations and returns in the sandbox: buyer requests answered, seller-initiated ones, end to end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tiktok_shop import InvalidParameterError, NotFoundError, TikTokShop
from tiktok_shop.sandbox import Sandbox


@pytest.fixture(scope="module")
def shop() -> Iterator[tuple[Sandbox, TikTokShop]]:
    with Sandbox(orders=300, products=5, seed=11) as sandbox, TikTokShop(**sandbox.credentials()) as client:
        yield sandbox, client


def _status(client: TikTokShop, order_id: str) -> str | None:
    orders = client.order.get_order_detail(ids=[order_id]).orders or []
    return orders[0].status


def test_pending_buyer_cancellations_paginate_and_filter(shop: tuple[Sandbox, TikTokShop]) -> None:
    _sandbox, client = shop
    pending = list(
        client.return_refund.iter_search_cancellations(page_size=2, cancel_status=["CANCELLATION_REQUEST_PENDING"])
    )
    first = client.return_refund.search_cancellations(page_size=2, cancel_status=["CANCELLATION_REQUEST_PENDING"])
    assert len(pending) == first.total_count and len(pending) >= 5  # more than two pages of two
    assert all(c.cancel_type == "BUYER_CANCEL" and c.role == "BUYER" for c in pending)
    one = client.return_refund.search_cancellations(page_size=10, order_ids=[pending[0].order_id or ""])
    assert [c.cancel_id for c in one.cancellations or []] == [pending[0].cancel_id]


def test_approving_a_buyer_cancellation_cancels_the_order_once(shop: tuple[Sandbox, TikTokShop]) -> None:
    sandbox, client = shop
    request = client.return_refund.search_cancellations(
        page_size=1, cancel_status=["CANCELLATION_REQUEST_PENDING"]
    ).cancellations[0]  # type: ignore[index]
    assert _status(client, request.order_id or "") == "AWAITING_SHIPMENT"
    before = sandbox.counters["return_refund.cancel_approve"]
    client.return_refund.approve_cancellation(cancel_id=request.cancel_id or "")
    assert _status(client, request.order_id or "") == "CANCELLED"
    with pytest.raises(InvalidParameterError, match="not pending"):
        client.return_refund.approve_cancellation(cancel_id=request.cancel_id or "")
    assert sandbox.counters["return_refund.cancel_approve"] == before + 1
    done = client.return_refund.search_cancellations(page_size=5, cancel_ids=[request.cancel_id or ""])
    assert (done.cancellations or [])[0].cancel_status == "CANCELLATION_REQUEST_COMPLETE"


def test_rejecting_a_cancellation_keeps_the_order(shop: tuple[Sandbox, TikTokShop]) -> None:
    _sandbox, client = shop
    request = client.return_refund.search_cancellations(
        page_size=1, cancel_status=["CANCELLATION_REQUEST_PENDING"]
    ).cancellations[0]  # type: ignore[index]
    client.return_refund.reject_cancellation(cancel_id=request.cancel_id or "", reject_reason="seller_reject_shipped")
    assert _status(client, request.order_id or "") == "AWAITING_SHIPMENT"
    with pytest.raises(NotFoundError):
        client.return_refund.reject_cancellation(cancel_id="404", reject_reason="x")


def test_seller_cancels_unshipped_orders_only(shop: tuple[Sandbox, TikTokShop]) -> None:
    _sandbox, client = shop
    unshipped = next(iter(client.order.iter_search_orders(page_size=50, order_status="UNPAID")))
    created = client.return_refund.cancel_order(order_id=unshipped.id or "", cancel_reason="seller_cancel_out_of_stock")
    assert created.cancel_status == "CANCELLATION_REQUEST_COMPLETE"
    assert _status(client, unshipped.id or "") == "CANCELLED"
    delivered = next(iter(client.order.iter_search_orders(page_size=50, order_status="DELIVERED")))
    with pytest.raises(InvalidParameterError, match="can no longer be cancelled"):
        client.return_refund.cancel_order(order_id=delivered.id or "", cancel_reason="seller_cancel_out_of_stock")


def test_returns_requested_approved_rejected_and_created(shop: tuple[Sandbox, TikTokShop]) -> None:
    _sandbox, client = shop
    pending = client.return_refund.search_returns(page_size=50, return_status=["RETURN_OR_REFUND_REQUEST_PENDING"])
    refunds = [r for r in pending.return_orders or [] if r.return_type == "REFUND"]
    returns = [r for r in pending.return_orders or [] if r.return_type == "RETURN_AND_REFUND"]
    assert refunds and len(returns) >= 2
    client.return_refund.approve_return(return_id=refunds[0].return_id or "", decision="APPROVE_REFUND")
    client.return_refund.approve_return(return_id=returns[0].return_id or "", decision="APPROVE_RETURN")
    client.return_refund.reject_return(
        return_id=returns[1].return_id or "", decision="REJECT_RETURN", reject_reason="seller_reject_apply_no_reason"
    )
    ids = [refunds[0].return_id or "", returns[0].return_id or "", returns[1].return_id or ""]
    after = {
        r.return_id: r.return_status
        for r in client.return_refund.search_returns(page_size=10, return_ids=ids).return_orders or []
    }
    assert after == {
        ids[0]: "RETURN_OR_REFUND_REQUEST_COMPLETE",
        ids[1]: "AWAITING_BUYER_SHIP",
        ids[2]: "REFUND_OR_RETURN_REQUEST_REJECT",
    }
    delivered = next(iter(client.order.iter_search_orders(page_size=50, order_status="COMPLETED")))
    made = client.return_refund.create_return(
        order_id=delivered.id or "", return_reason="damaged", return_type="REFUND"
    )
    found = client.return_refund.search_returns(page_size=10, order_ids=[delivered.id or ""]).return_orders or []
    assert made.return_id in {r.return_id for r in found}
    assert made.return_status == "RETURN_OR_REFUND_REQUEST_COMPLETE"
