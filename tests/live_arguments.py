"""Valid arguments for any operation: the spec's examples, with ids that exist in the sandbox.

Operations that act on a product, a package, an order, a cancellation or a return need one the
sandbox really holds, in a state that allows the action; they are looked up through the API (as a
user would), and each is handed out once, since the call changes it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from typing import Any

import tiktok_shop
from tiktok_shop import TikTokShop

from .spec_tools import example_arguments

PENDING_CANCEL = "CANCELLATION_REQUEST_PENDING"
PENDING_RETURN = "RETURN_OR_REFUND_REQUEST_PENDING"


class LiveIds:
    """Hands out sandbox objects through ``client``, each at most once."""

    def __init__(self, client: TikTokShop) -> None:
        self.client = client
        self._pools: dict[str, Iterator[Any]] = {}

    def _next(self, kind: str, source: Callable[[], Iterator[Any]]) -> Any:
        if kind not in self._pools:
            self._pools[kind] = source()
        return next(self._pools[kind])

    def product(self) -> Any:
        return self._next("product", lambda: iter(list(self.client.product.iter_search_products(page_size=100))))

    def _orders(self, status: str, *, free: bool) -> Iterator[Any]:
        for order in self.client.order.iter_search_orders(page_size=100, order_status=status):
            if not free or not order.is_buyer_request_cancel:
                yield order

    def order_awaiting_shipment(self) -> Any:
        return self._next("awaiting", lambda: self._orders("AWAITING_SHIPMENT", free=True))

    def delivered_order(self) -> Any:
        def unreturned() -> Iterator[Any]:
            returns = self.client.return_refund.search_returns(page_size=100).return_orders or []
            returning = {r.order_id for r in returns}
            return (o for o in self._orders("DELIVERED", free=False) if o.id not in returning)

        return self._next("delivered", unreturned)

    def pending_cancellation(self) -> Any:
        def pending() -> Iterator[Any]:
            search = self.client.return_refund.search_cancellations
            return iter(search(page_size=100, cancel_status=[PENDING_CANCEL]).cancellations or [])

        return self._next("cancel", pending)

    def pending_return(self) -> Any:
        def pending() -> Iterator[Any]:
            search = self.client.return_refund.search_returns
            return iter(search(page_size=100, return_status=[PENDING_RETURN]).return_orders or [])

        return self._next("return", pending)


def _with_real_skus(arguments: dict[str, Any], product: Any) -> None:
    skus = product.skus or []
    for index, item in enumerate(arguments.get("skus") or []):
        if isinstance(item, dict) and "id" in item:
            item["id"] = skus[index % len(skus)].id


def valid_arguments(op: tiktok_shop.Operation[Any], ids: LiveIds) -> dict[str, Any]:
    """Keyword arguments with which ``op`` succeeds against the sandbox."""
    arguments = copy.deepcopy(example_arguments(op))
    arguments.pop("page_token", None)  # the first page: an example token names no page
    if op.idempotency_key:
        arguments.pop(op.idempotency_key, None)  # a fresh key per call, as callers get by default
    names = {*op.path_params, *op.query_params, *op.body_fields}
    if op.module == "product" and "product_id" in op.path_params:
        product = ids.product()
        arguments["product_id"] = product.id
        _with_real_skus(arguments, product)
    if "package_id" in op.path_params:
        arguments["package_id"] = (ids.order_awaiting_shipment().packages or [])[0].id
    if op.module == "return_refund" and "order_id" in names and op.method == "POST" and "cancel" in op.path:
        arguments["order_id"] = ids.order_awaiting_shipment().id
    if op.module == "return_refund" and "order_id" in names and op.method == "POST" and op.path.endswith("/returns"):
        arguments["order_id"] = ids.delivered_order().id
    if "cancel_id" in op.path_params:
        arguments["cancel_id"] = ids.pending_cancellation().cancel_id
    if "return_id" in op.path_params and op.method == "POST":
        arguments["return_id"] = ids.pending_return().return_id
    return arguments
