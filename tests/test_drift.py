"""Drift recording: a sandbox answer with fields the spec lacks becomes a report of spec additions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tiktok_shop import AsyncTikTokShop, TikTokShop
from tiktok_shop._drift import ENV_VAR, read_drift
from tiktok_shop.sandbox import Sandbox

# What TikTok "added": a top-level number, a field on every order, and an object inside each line item.
EXTRA = {
    "shipping_risk_total": 3,
    "orders": {"risk_score": 0.5, "line_items": {"carbon": {"grams": 120, "label": "A"}}},
}
EXPECTED = [
    ("orders[].line_items[].carbon", "object"),
    ("orders[].line_items[].carbon.grams", "integer"),
    ("orders[].line_items[].carbon.label", "string"),
    ("orders[].risk_score", "number"),
    ("shipping_risk_total", "integer"),
]


def _recorded(path: Path) -> list[tuple[str, str]]:
    entries = read_drift(path)
    assert {(e.operation, e.method, e.path) for e in entries} == {
        ("OrderSearchOrders", "POST", "/order/202309/orders/search")
    }
    return [(e.field, e.type) for e in entries]


def test_sync_client_records_undeclared_fields_once(sandbox: Sandbox, tmp_path: Path) -> None:
    target = tmp_path / "drift.jsonl"
    sandbox.faults.add("extra", "OrderSearchOrders", times=2, fields=EXTRA)
    with TikTokShop(**sandbox.credentials(), record_drift=target) as client:
        page = client.order.search_orders(page_size=3)
        client.order.search_orders(page_size=3)  # the same fields again: nothing new is written
        client.authorization.get_shops()  # declared fields only
    assert page.orders[0].model_extra == {"risk_score": 0.5}  # parsed, kept, never written out
    assert _recorded(target) == EXPECTED
    assert len(target.read_text().splitlines()) == len(EXPECTED)
    assert "0.5" not in target.read_text() and "120" not in target.read_text()  # no values


async def test_async_client_records_from_the_environment(
    sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "drift.jsonl"
    monkeypatch.setenv(ENV_VAR, str(target))
    sandbox.faults.add("extra", "OrderSearchOrders", times=1, fields=EXTRA)
    async with AsyncTikTokShop(**sandbox.credentials()) as client:
        await client.shop(sandbox.credentials()["shop_cipher"]).order.search_orders(page_size=3)
    assert _recorded(target) == EXPECTED


def test_nothing_is_recorded_without_the_option(sandbox: Sandbox, tmp_path: Path) -> None:
    sandbox.faults.add("extra", "OrderSearchOrders", times=1, fields=EXTRA)
    with TikTokShop(**sandbox.credentials()) as client:
        client.order.search_orders(page_size=3)
    assert list(tmp_path.iterdir()) == []


def test_cli_prints_the_recording_as_spec_additions(sandbox: Sandbox, tmp_path: Path) -> None:
    target = tmp_path / "drift.jsonl"
    sandbox.faults.add("extra", "OrderSearchOrders", times=1, fields=EXTRA)
    with TikTokShop(**sandbox.credentials(), record_drift=target) as client:
        client.order.search_orders(page_size=3)
    done = subprocess.run(
        [sys.executable, "-m", "tiktok_shop.cli", "spec", "drift", str(target)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.splitlines() == [
        "5 undeclared response field(s) in 1 operation(s); names and JSON types only. "
        "Review each before adding it to spec/:",
        "",
        "OrderSearchOrders  POST /order/202309/orders/search",
        "  in #/components/schemas/OrderLineItem  (data.orders[].line_items[])",
        "    + carbon: {type: object}",
        "    + carbon.grams: {type: integer}",
        "    + carbon.label: {type: string}",
        "  in #/components/schemas/OrderOrder  (data.orders[])",
        "    + risk_score: {type: number}",
        "  in #/components/schemas/OrderSearchOrdersResponse  (data)",
        "    + shipping_risk_total: {type: integer}",
    ]
    assert json.loads(target.read_text().splitlines()[0])["operation"] == "OrderSearchOrders"
