"""The command line, with typer's runner and end to end against the sandbox."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tiktok_shop.cli import app
from tiktok_shop.sandbox import Sandbox
from tiktok_shop.webhooks import sign_webhook

runner = CliRunner()


@pytest.fixture
def env(sandbox: Sandbox, tmp_path: Path) -> dict[str, str]:
    return {
        "TIKTOK_SHOP_APP_KEY": sandbox.app_key,
        "TIKTOK_SHOP_APP_SECRET": sandbox.app_secret,
        "TIKTOK_SHOP_BASE_URL": sandbox.base_url,
        "TIKTOK_SHOP_AUTH_BASE_URL": sandbox.auth_base_url,
        "TIKTOK_SHOP_TOKEN_STORE": str(tmp_path / "tokens.sqlite3"),
        "COLUMNS": "200",
    }


def test_operations_lists_the_registry() -> None:
    result = runner.invoke(app, ["operations", "--module", "order", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert any(r["path"] == "/order/202309/orders/search" and r["paginated"] for r in rows)
    assert {r["module"] for r in rows} == {"order"}
    search = next(r for r in rows if r["path"] == "/order/202309/orders/search")
    assert search["shop_cipher"] == "required" and search["scopes"] == ["seller.order.info"]  # TikTok's page


def test_auth_exchange_then_call_and_all_pages(sandbox: Sandbox, env: dict[str, str]) -> None:
    code = sandbox.issue_auth_code()
    result = runner.invoke(app, ["auth", "exchange", code], env=env)
    assert result.exit_code == 0, result.output
    assert sandbox.sellers[0].open_id in result.stdout
    cipher = sandbox.sellers[0].shops[0].cipher
    one = runner.invoke(app, ["call", "OrderSearchOrders", "-p", "page_size=5", "--shop", cipher], env=env)
    assert one.exit_code == 0, one.output
    assert len(json.loads(one.stdout)["orders"]) == 5
    every = runner.invoke(
        app,
        ["call", "POST /order/202309/orders/search", "-p", "page_size=50", "--all-pages", "--shop", cipher],
        env=env,
    )
    assert every.exit_code == 0, every.output
    assert len(json.loads(every.stdout)) == 120
    refreshed = runner.invoke(app, ["auth", "refresh"], env=env)
    assert refreshed.exit_code == 0, refreshed.output
    shops = runner.invoke(app, ["auth", "shops"], env=env)
    assert cipher in shops.stdout
    for output in (result.output, one.output, refreshed.output, shops.output):
        assert sandbox.app_secret not in output and "TTP_" not in output


def test_errors_print_one_line_and_exit_non_zero(sandbox: Sandbox, env: dict[str, str]) -> None:
    runner.invoke(app, ["auth", "exchange", sandbox.issue_auth_code()], env=env)
    cipher = sandbox.sellers[0].shops[0].cipher
    result = runner.invoke(app, ["call", "product.get_product_detail", "-p", "product_id=1", "--shop", cipher], env=env)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: NotFoundError") and "request_id=" in lines[0]
    unknown = runner.invoke(app, ["call", "NoSuchOperation"], env=env)
    assert unknown.exit_code == 2 and "no operation" in unknown.output


def test_webhook_verify_reads_a_saved_request(tmp_path: Path) -> None:
    body = json.dumps(
        {
            "type": 1,
            "tts_notification_id": "n1",
            "shop_id": "7",
            "timestamp": int(time.time()),
            "data": {"order_id": "5", "order_status": "UNPAID"},
        }
    ).encode()
    signature = sign_webhook(body, app_key="key", app_secret="sec")
    saved = tmp_path / "hook.http"
    saved.write_bytes(b"POST /webhooks HTTP/1.1\r\nAuthorization: " + signature.encode() + b"\r\n\r\n" + body)
    env = {"TIKTOK_SHOP_APP_KEY": "key", "TIKTOK_SHOP_APP_SECRET": "sec"}
    ok = runner.invoke(app, ["webhook", "verify", str(saved)], env=env)
    assert ok.exit_code == 0, ok.output
    assert "ORDER_STATUS_CHANGE" in ok.stdout and "sec" not in ok.stdout
    saved.write_bytes(saved.read_bytes().replace(b'"UNPAID"', b'"PAID__"'))
    bad = runner.invoke(app, ["webhook", "verify", str(saved)], env=env)
    assert bad.exit_code == 1


@pytest.mark.slow
def test_demo_runs_end_to_end_quickly() -> None:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "tiktok_shop.cli", "demo"], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Demo complete" in done.stdout
    assert time.monotonic() - started < 30


def test_debug_logs_requests_with_secrets_redacted(sandbox: Sandbox, env: dict[str, str]) -> None:
    from tiktok_shop.auth import SQLiteTokenStore

    runner.invoke(app, ["auth", "exchange", sandbox.issue_auth_code()], env=env)
    token = SQLiteTokenStore(env["TIKTOK_SHOP_TOKEN_STORE"]).get(sandbox.sellers[0].open_id)
    assert token is not None
    cipher = sandbox.sellers[0].shops[0].cipher
    try:
        result = runner.invoke(
            app, ["call", "OrderSearchOrders", "-p", "page_size=2", "--shop", cipher, "--debug"], env=env
        )
    finally:  # in-process, --debug's handler holds the runner's stream, closed once it returns
        logger = logging.getLogger("tiktok_shop")
        for handler in [h for h in logger.handlers if h.get_name() == "tiktok-shop-cli"]:
            logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
    assert result.exit_code == 0, result.output
    assert "/order/202309/orders/search" in result.output and "200" in result.output
    for secret in (sandbox.app_secret, token.access_token, token.refresh_token):
        assert secret not in result.output
