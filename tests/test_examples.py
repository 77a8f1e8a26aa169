"""The webhook examples run as written: signed deliveries in, status codes out, over real HTTP."""

from __future__ import annotations

import importlib
import json
import threading
import time
from pathlib import Path
from wsgiref.simple_server import WSGIRequestHandler, make_server

import httpx
import pytest

from tiktok_shop.webhooks import sign_webhook

KEY, SECRET = "sandbox-key", "sandbox-secret"


def _delivery(notification: str) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(
        {
            "type": 1,
            "tts_notification_id": notification,
            "shop_id": "1",
            "timestamp": int(time.time()),
            "data": {"order_id": "9", "order_status": "DELIVERED"},
        }
    ).encode()
    return body, {"authorization": sign_webhook(body, app_key=KEY, app_secret=SECRET)}


def _exercise(url: str) -> list[int]:
    body, headers = _delivery(f"n-{time.monotonic_ns()}")
    with httpx.Client() as http:
        return [
            http.post(url, content=body, headers=headers).status_code,
            http.post(url, content=body, headers=headers).status_code,  # duplicate: accepted, not handled
            http.post(url, content=body.replace(b"DELIVERED", b"CANCELLED"), headers=headers).status_code,
        ]


def test_wsgi_example(capsys: pytest.CaptureFixture[str]) -> None:
    module = importlib.import_module("examples.webhook_wsgi")

    class Quiet(WSGIRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            del format, args

    server = make_server("127.0.0.1", 0, module.application, handler_class=Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        assert _exercise(f"http://127.0.0.1:{server.server_port}/") == [200, 200, 401]
    finally:
        server.shutdown()
    assert capsys.readouterr().out.count("ORDER_STATUS_CHANGE for shop 1") == 1


def test_starlette_example(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import uvicorn

    monkeypatch.setenv("WEBHOOK_DEDUPE_DB", str(tmp_path / "seen.sqlite3"))
    module = importlib.reload(importlib.import_module("examples.webhook_starlette"))
    server = uvicorn.Server(uvicorn.Config(module.app, host="127.0.0.1", port=0, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        assert _exercise(f"http://127.0.0.1:{port}/webhooks/tiktok") == [200, 200, 401]
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert capsys.readouterr().out.count("order 9 is now DELIVERED") == 1
    assert (tmp_path / "seen.sqlite3").exists()


def test_sync_orders_example_is_incremental(tmp_path: Path) -> None:
    from examples.sync_orders import open_db, open_sync, sync_shops
    from tiktok_shop import TikTokShop
    from tiktok_shop.auth import MemoryTokenStore, OAuth, ShopClients
    from tiktok_shop.sandbox import Sandbox

    with Sandbox(orders=150, products=2, seed=9) as sandbox:
        key, secret = sandbox.app_key, sandbox.app_secret
        oauth = OAuth(app_key=key, app_secret=secret, base_url=sandbox.base_url, auth_base_url=sandbox.auth_base_url)
        with TikTokShop(app_key=key, app_secret=secret, base_url=sandbox.base_url) as client:
            shops = ShopClients(client, oauth, MemoryTokenStore())
            linked = shops.add_seller(oauth.exchange_code(sandbox.issue_auth_code()))
            shop_id = linked[0].id
            db, sync = open_db(tmp_path / "orders.sqlite3"), open_sync(tmp_path)
            assert sync_shops(shops, db, sync, [shop_id]) == {shop_id: 150}  # first run: everything, two pages
            assert sync_shops(shops, db, sync, [shop_id]) == {shop_id: 0}  # nothing changed since
            bound = shops.for_shop(shop_id)
            waiting = next(iter(bound.order.iter_search_orders(page_size=20, order_status="AWAITING_SHIPMENT")))
            bound.fulfillment.ship_package(package_id=(waiting.packages or [])[0].id or "")
            assert sync_shops(shops, db, sync, [shop_id]) == {shop_id: 1}  # only the shipped order
            stored = db.execute("SELECT status FROM orders WHERE order_id = ?", (waiting.id,)).fetchone()
            assert stored == ("AWAITING_COLLECTION",)
            assert db.execute("SELECT count(*) FROM orders").fetchone() == (150,)
