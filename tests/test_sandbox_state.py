"""Every stateful answer of the sandbox, called with the sandbox's own ids, as TikTok would send it.

Each operation served by a handler (every version of it) is called through the client over HTTP
with arguments that succeed; its answer must validate against the spec with undeclared fields
refused at every depth, and carry every declared field (across the items of its arrays): the
calls reach states in which TikTok sends each field (a shipped package, a cancelled bundle...).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import tiktok_shop
from tiktok_shop import AsyncTikTokShop, TikTokShop
from tiktok_shop._contract import raw
from tiktok_shop.sandbox import Sandbox
from tiktok_shop.sandbox._handlers import HANDLERS, route_key

from .spec_tools import example_arguments, response_schema, unpopulated, validate_response

STATEFUL = [op for op in tiktok_shop.operations() if route_key(op.method, op.path) in HANDLERS]


class World:
    """A fresh sandbox and a client of its first shop, with helpers that find ids in its state."""

    def __init__(self, sandbox: Sandbox, client: TikTokShop) -> None:
        self.sandbox, self.client = sandbox, client
        self.cipher = client.config.shop_cipher or ""
        self.activity_id = ""

    @property
    def orders(self) -> dict[str, dict[str, Any]]:
        return self.sandbox.state.orders[self.cipher]

    def order(self, status: str, *, skip: int = 0) -> dict[str, Any]:
        found = [o for o in self.orders.values() if o["status"] == status and not o["is_buyer_request_cancel"]]
        return found[skip]

    def product(self) -> dict[str, Any]:
        return next(iter(self.sandbox.state.products[self.cipher].values()))

    def pending(self, kind: str, return_type: str = "") -> str:
        records = (self.sandbox.state.cancellations if kind == "cancel" else self.sandbox.state.returns)[self.cipher]
        status_key = "cancel_status" if kind == "cancel" else "return_status"
        for record_id, record in records.items():
            if record[status_key].endswith("PENDING") and record.get("return_type", "") == return_type:
                return record_id
        raise LookupError(kind)

    def activity(self, *, fresh: bool = False) -> str:
        """The id of an activity starting in an hour (``fresh``: a new one, e.g. to deactivate)."""
        if fresh or not self.activity_id:
            now = self.sandbox.state.now()
            created = self.client.promotion.create_activity(
                title="Weekend deal", activity_type="FIXED_PRICE", product_level="PRODUCT", begin_time=now + 3600,
                end_time=now + 86_400,
            )  # fmt: skip
            if fresh:
                return created.activity_id or ""
            self.activity_id = created.activity_id or ""
        return self.activity_id

    def shipped_package(self) -> str:
        """A package shipped with a pickup slot: package detail then shows every field."""
        package_id: str = self.order("AWAITING_SHIPMENT")["packages"][0]["id"]
        now = self.sandbox.state.now()
        slot = {"start_time": now + 3600, "end_time": now + 7200}
        self.client.fulfillment.ship_package(package_id=package_id, handover_method="PICKUP", pickup_slot=slot)
        return package_id


def _with(op: tiktok_shop.Operation[Any], **overrides: Any) -> dict[str, Any]:
    """Example arguments of ``op`` (every field filled from the spec), with the given ones instead."""
    args = example_arguments(op)
    args.update(overrides)
    return {k: v for k, v in args.items() if v is not None}


def _sku_update(world: World, op: tiktok_shop.Operation[Any], price: bool) -> dict[str, Any]:
    product = world.product()
    sku = product["skus"][0]
    change = {"price": {"amount": "9.99", "currency": "USD"}} if price else {"inventory": sku["inventory"]}
    return {"product_id": product["id"], "skus": [{"id": sku["id"], **change}]}


ARGUMENTS: dict[str, Callable[[World, tiktok_shop.Operation[Any]], dict[str, Any]]] = {
    "GET /token/get": lambda w, op: {"auth_code": w.sandbox.issue_auth_code(), "grant_type": "authorized_code"},
    "GET /token/refresh": lambda w, op: {
        "refresh_token": tiktok_shop.OAuth(
            app_key=w.sandbox.app_key, app_secret=w.sandbox.app_secret, auth_base_url=w.sandbox.auth_base_url
        )
        .exchange_code(w.sandbox.issue_auth_code())
        .refresh_token,
        "grant_type": "refresh_token",
    },
    "GET /authorization/*/shops": lambda w, op: {},
    "POST /order/*/orders/search": lambda w, op: {"page_size": 100},
    "GET /order/*/orders": lambda w, op: {"ids": list(w.orders)[:50]},
    "POST /fulfillment/*/packages/{package_id}/ship": lambda w, op: {
        "package_id": w.order("AWAITING_SHIPMENT")["packages"][0]["id"],
        "handover_method": "PICKUP",
        "pickup_slot": {"start_time": w.sandbox.state.now() + 3600, "end_time": w.sandbox.state.now() + 7200},
    },
    "POST /fulfillment/*/packages/ship": lambda w, op: {
        "packages": [
            {"id": w.order("AWAITING_SHIPMENT")["packages"][0]["id"], "handover_method": "DROP_OFF"},
            {"id": "1"},
        ]
    },
    "GET /fulfillment/*/packages/{package_id}": lambda w, op: {"package_id": w.shipped_package()},
    "GET /logistics/*/delivery_options/{delivery_option_id}/shipping_providers": lambda w, op: {
        "delivery_option_id": w.order("AWAITING_SHIPMENT")["delivery_option_id"]
    },
    "GET /event/*/webhooks": lambda w, op: {},
    "PUT /event/*/webhooks": lambda w, op: {"address": "https://example.com/hooks", "event_type": "PACKAGE_UPDATE"},
    "DELETE /event/*/webhooks": lambda w, op: {"event_type": "RETURN_STATUS_CHANGE"},
    "POST /product/*/products": lambda w, op: _with(op, save_mode="LISTING"),
    "GET /product/*/products/{product_id}": lambda w, op: {"product_id": w.product()["id"]},
    "PUT /product/*/products/{product_id}": lambda w, op: _with(op, product_id=w.product()["id"]),
    "POST /product/*/products/{product_id}/partial_edit": lambda w, op: {
        "product_id": w.product()["id"],
        "title": "Renamed",
    },
    "POST /product/*/products/search": lambda w, op: {"page_size": 50},
    "POST /product/*/products/activate": lambda w, op: {"product_ids": [w.product()["id"]]},
    "POST /product/*/products/deactivate": lambda w, op: {"product_ids": [w.product()["id"]]},
    "DELETE /product/*/products": lambda w, op: {"product_ids": [w.product()["id"]]},
    "POST /product/*/products/recover": lambda w, op: {"product_ids": [w.product()["id"]]},
    "POST /product/*/products/{product_id}/inventory/update": lambda w, op: _sku_update(w, op, price=False),
    "POST /product/*/products/{product_id}/prices/update": lambda w, op: _sku_update(w, op, price=True),
    "POST /product/*/images/upload": lambda w, op: {"data": b"\x89PNG sample", "use_case": "MAIN_IMAGE"},
    "GET /product/*/categories": lambda w, op: {},
    "GET /product/*/categories/{category_id}/attributes": lambda w, op: {"category_id": "601762"},
    "POST /product/*/categories/recommend": lambda w, op: {"product_title": "Clear phone case for iPhone"},
    "GET /product/*/brands": lambda w, op: {"page_size": 50},
    "POST /promotion/*/activities": lambda w, op: {
        "title": "Flash",
        "activity_type": "FLASHSALE",
        "product_level": "PRODUCT",
        "begin_time": w.sandbox.state.now() - 60,
        "end_time": w.sandbox.state.now() + 3600,
    },
    "GET /promotion/*/activities/{activity_id}": lambda w, op: {"activity_id": w.activity()},
    "PUT /promotion/*/activities/{activity_id}": lambda w, op: {
        "activity_id": w.activity(),
        "title": "Renamed deal",
        "begin_time": w.sandbox.state.now() + 60,
        "end_time": w.sandbox.state.now() + 7200,
    },
    "PUT /promotion/*/activities/{activity_id}/products": lambda w, op: _with(op, activity_id=w.activity()),
    "DELETE /promotion/*/activities/{activity_id}/products": lambda w, op: {
        "activity_id": w.activity(),
        "product_ids": ["1"],
    },
    "POST /promotion/*/activities/search": lambda w, op: {"page_size": 50},
    "POST /promotion/*/activities/{activity_id}/deactivate": lambda w, op: {"activity_id": w.activity(fresh=True)},
    "POST /return_refund/*/cancellations": lambda w, op: {
        "order_id": w.order("AWAITING_SHIPMENT", skip=1)["id"],
        "cancel_reason": "seller_out_of_stock",
    },
    "POST /return_refund/*/cancellations/search": lambda w, op: {"page_size": 50},
    "POST /return_refund/*/cancellations/{cancel_id}/approve": lambda w, op: {"cancel_id": w.pending("cancel")},
    "POST /return_refund/*/cancellations/{cancel_id}/reject": lambda w, op: {
        "cancel_id": w.pending("cancel"),
        "reject_reason": "reverse_reject_request_reason_1",
    },
    "POST /return_refund/*/returns": lambda w, op: {
        "order_id": w.order("DELIVERED")["id"],
        "return_type": "REFUND",
        "return_reason": "damaged",
    },
    "POST /return_refund/*/returns/search": lambda w, op: {"page_size": 50},
    "POST /return_refund/*/returns/{return_id}/approve": lambda w, op: {
        "return_id": w.pending("return", "REFUND"),
        "decision": "APPROVE_REFUND",
    },
    "POST /return_refund/*/returns/{return_id}/reject": lambda w, op: {
        "return_id": w.pending("return", "RETURN_AND_REFUND"),
        "decision": "REJECT_RETURN",
        "reject_reason": "reverse_reject_request_reason_1",
    },
}


@pytest.fixture(scope="module")
def world() -> Iterator[World]:
    with Sandbox(orders=120, products=12, seed=3) as sandbox, TikTokShop(**sandbox.credentials()) as client:
        yield World(sandbox, client)


def test_every_handler_has_a_scenario() -> None:
    assert sorted({route_key(op.method, op.path) for op in STATEFUL} - set(ARGUMENTS)) == []


@pytest.mark.parametrize("op", STATEFUL, ids=lambda op: op.id)
def test_stateful_answer_declares_and_populates_every_field(world: World, op: tiktok_shop.Operation[Any]) -> None:
    key = route_key(op.method, op.path)
    arguments = ARGUMENTS[key](world, op)
    answer = raw(world.client.request)(op, arguments)
    payload = json.loads(answer.http_response.content)
    assert payload["code"] == 0, payload
    validate_response(op, payload, strict=True)
    assert unpopulated(response_schema(op)["properties"]["data"], [payload["data"]]) == []


@pytest.fixture(scope="module")
def async_world() -> Iterator[World]:
    with Sandbox(orders=120, products=12, seed=5) as sandbox, TikTokShop(**sandbox.credentials()) as client:
        yield World(sandbox, client)


async def test_every_stateful_operation_succeeds_async(async_world: World) -> None:
    """The same scenarios through the async client: each call succeeds and parses."""
    failures = {}
    async with AsyncTikTokShop(**async_world.sandbox.credentials()) as aclient:
        for op in STATEFUL:
            arguments = ARGUMENTS[route_key(op.method, op.path)](async_world, op)
            try:
                result = await aclient.request(op, arguments)
            except tiktok_shop.TikTokShopError as exc:
                failures[op.id] = str(exc)
                continue
            assert isinstance(result, op.response_model)
    assert failures == {}
