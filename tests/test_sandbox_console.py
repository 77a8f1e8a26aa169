"""The console's control API over HTTP (faults, clock, tokens, request log, redelivery, records) and its pages."""

from __future__ import annotations

import hashlib
import hmac
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest

from tiktok_shop import InvalidSignatureError, ServerError, TikTokShop
from tiktok_shop.sandbox import Sandbox
from tiktok_shop.sandbox._faults import KINDS

from .cli_tools import clean_env, exported, read_until, running, webhook_receiver


@pytest.fixture
def fresh() -> Iterator[Sandbox]:
    """A sandbox of this test alone: its clock, faults and tokens are changed freely."""
    with Sandbox(orders=8, products=4, seed=11) as server:
        yield server


def api(sandbox: Sandbox, method: str, path: str, body: Any = None) -> httpx.Response:
    return httpx.request(method, f"{sandbox.base_url}/_sandbox/api/{path}", json=body, timeout=30)


def signed_get(sandbox: Sandbox, path: str, token: str, cipher: str, timestamp: int) -> dict[str, Any]:
    """A request signed here (not by the library) with the given timestamp."""
    params = {"app_key": sandbox.app_key, "shop_cipher": cipher, "timestamp": str(timestamp)}
    secret = sandbox.app_secret.encode()
    string = (path + "".join(k + params[k] for k in sorted(params))).encode()
    sign = hmac.new(secret, secret + string + secret, hashlib.sha256).hexdigest()
    headers = {"x-tts-access-token": token, "content-type": "application/json"}
    answer: dict[str, Any] = httpx.get(sandbox.base_url + path, params={**params, "sign": sign}, headers=headers).json()
    return answer


# -- the clock ---------------------------------------------------------------------------------------
def test_advancing_the_clock_expires_tokens_and_moves_the_timestamp_window(fresh: Sandbox) -> None:
    credentials = fresh.credentials()
    token, cipher = credentials["access_token"], credentials["shop_cipher"]
    path = "/event/202309/webhooks"  # takes the shop_cipher signed_get sends
    assert signed_get(fresh, path, token, cipher, int(time.time()))["code"] == 0

    moved = api(fresh, "POST", "clock", {"advance": 8 * 86_400}).json()
    assert moved["offset"] == 8 * 86_400
    assert abs(moved["now"] - (time.time() + 8 * 86_400)) < 60
    assert api(fresh, "GET", "clock").json()["offset"] == 8 * 86_400
    # A client on the real clock is now 8 days behind: refused on its timestamp, as TikTok would.
    behind = signed_get(fresh, path, token, cipher, int(time.time()))
    assert behind["code"] != 0 and "timestamp" in behind["message"]
    # On the sandbox's clock the 7-day token has expired.
    assert signed_get(fresh, path, token, cipher, int(fresh.clock.now()))["code"] == 105002
    # Tokens issued now expire 7 days after the sandbox's now, and the log is in its time.
    assert fresh.credentials()["access_token"]
    newest = api(fresh, "GET", "tokens").json()["tokens"][0]
    assert abs(newest["access_expires"] - (fresh.clock.now() + 7 * 86_400)) < 60
    assert fresh.requests[-1].at > time.time() + 7 * 86_400


def test_the_clock_dates_what_triggers_change_and_the_events_sent(fresh: Sandbox) -> None:
    fresh.clock.advance(3 * 86_400)
    with webhook_receiver(fresh.app_key, fresh.app_secret) as (address, received):
        assert api(fresh, "PUT", "webhooks", {"address": address}).status_code == 200
        answer = api(fresh, "POST", "triggers", {"event_type": "ORDER_STATUS_CHANGE", "wait": 10}).json()
        assert answer["finished"]
    order_id = answer["change"]["order_id"]
    shop = next(s for s in api(fresh, "GET", "records").json()["shops"] if s["id"] == answer["shop_id"])
    newest = shop["orders"][0]
    assert newest["id"] == order_id and newest["status"] == answer["change"]["to"]
    assert abs(newest["update_time"] - fresh.clock.now()) < 60
    assert abs(json.loads(received[0].body)["timestamp"] - fresh.clock.now()) < 60


def test_the_clock_refuses_a_non_number(fresh: Sandbox) -> None:
    response = api(fresh, "POST", "clock", {"advance": "soon"})
    assert response.status_code == 400 and "advance must be a number" in response.json()["error"]["message"]
    assert api(fresh, "POST", "clock", {}).status_code == 400
    assert fresh.clock.offset == 0


# -- faults ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_each_fault_kind_can_be_added_listed_and_removed(fresh: Sandbox, kind: str) -> None:
    added = api(fresh, "POST", "faults", {"kind": kind, "route": "OrderSearchOrders", "times": "2", "delay": "0"})
    assert added.status_code == 200, added.text
    listed = api(fresh, "GET", "faults").json()["faults"]
    assert [(f["kind"], f["route"], f["times"]) for f in listed] == [(kind, "OrderSearchOrders", 2)]
    assert api(fresh, "DELETE", "faults/0").json()["faults"] == []
    assert fresh.faults.active() == []


def test_an_extra_fault_from_the_api_adds_its_fields_to_the_answer(fresh: Sandbox) -> None:
    fields = {"orders": {"loyalty_tier": "GOLD"}}
    assert api(fresh, "POST", "faults", {"kind": "extra", "route": "OrderSearchOrders", "fields": fields}).is_success
    with TikTokShop(**fresh.credentials(), max_retries=0) as client:
        page = client.order.search_orders(page_size=2)
    assert page.orders and all((o.model_extra or {}).get("loyalty_tier") == "GOLD" for o in page.orders)


def test_a_fault_the_model_refuses_is_a_400_not_a_500(fresh: Sandbox) -> None:
    refused = api(fresh, "POST", "faults", {"kind": "429", "route": "*", "after": True})
    assert refused.status_code == 400 and "after" in refused.json()["error"]["message"]
    bad = api(fresh, "POST", "faults", {"kind": "extra", "fields": "[1, 2]"})
    assert bad.status_code == 400 and "JSON object" in bad.json()["error"]["message"]
    assert fresh.faults.active() == []


def test_an_added_fault_fires_on_the_client_and_is_used_up(fresh: Sandbox) -> None:
    api(fresh, "POST", "faults", {"kind": "503", "route": "OrderSearchOrders"})
    api(fresh, "POST", "faults", {"kind": "429", "route": "ProductSearchProducts", "probability": "1"})
    with TikTokShop(**fresh.credentials(), max_retries=0) as client:
        with pytest.raises(ServerError):
            client.order.search_orders(page_size=5)
        assert client.order.search_orders(page_size=5).orders is not None  # used up after one
    listed = api(fresh, "GET", "faults").json()["faults"]
    assert [f["kind"] for f in listed] == ["429"]  # a probability fault stays until removed
    assert api(fresh, "DELETE", "faults").json()["faults"] == []


def test_bad_fault_requests_are_refused(fresh: Sandbox) -> None:
    unknown = api(fresh, "POST", "faults", {"kind": "418"})
    assert unknown.status_code == 400 and unknown.json()["error"]["choices"] == list(KINDS)
    assert api(fresh, "POST", "faults", {"kind": "503", "times": "twice"}).status_code == 400
    assert api(fresh, "DELETE", "faults/3").status_code == 404


# -- tokens and the request log ----------------------------------------------------------------------
def test_expiring_tokens_through_the_api(fresh: Sandbox) -> None:
    credentials = fresh.credentials()
    tokens = api(fresh, "GET", "tokens").json()["tokens"]
    assert [t["status"] for t in tokens] == ["active"]
    assert tokens[0]["access_token"] == "TTP_…" + credentials["access_token"][-4:]
    assert api(fresh, "POST", "tokens/expire").json()["tokens"][0]["status"] == "expired"
    answer = signed_get(
        fresh, "/authorization/202309/shops", credentials["access_token"], credentials["shop_cipher"], int(time.time())
    )
    assert answer["code"] == 105002


def test_the_request_log_has_verdicts_newest_first(fresh: Sandbox) -> None:
    credentials = fresh.credentials()
    with TikTokShop(**credentials) as client:
        client.order.search_orders(page_size=5)
    bad = TikTokShop(**{**credentials, "app_secret": "not-the-secret"}, max_retries=0)
    with bad, pytest.raises(InvalidSignatureError):
        bad.order.search_orders(page_size=5)
    log = api(fresh, "GET", "requests?limit=2").json()["requests"]
    assert [(r["operation"], r["status"], r["code"], r["signature"]) for r in log] == [
        ("OrderSearchOrders", 401, 106001, "refused"),
        ("OrderSearchOrders", 200, 0, "valid"),
    ]
    assert log[0]["explanation"]["causes"] == ["wrong_secret"]
    assert log[1]["explanation"] is None
    assert all(r["duration_ms"] > 0 for r in log)
    assert api(fresh, "GET", "requests?limit=x").status_code == 400


# -- redelivery --------------------------------------------------------------------------------------
class GatedReceiver:
    """A webhook endpoint that answers only once ``gate`` is set: a delivery stays in flight meanwhile."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.bodies: list[bytes] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                outer.bodies.append(self.rfile.read(int(self.headers.get("content-length", 0))))
                outer.gate.wait(20)
                self.send_response(200)
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                del format, args

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.address = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"

    def close(self) -> None:
        self.gate.set()
        self.server.shutdown()
        self.server.server_close()


def test_redelivery_sends_the_same_event_again(fresh: Sandbox) -> None:
    receiver = GatedReceiver()
    try:
        api(fresh, "PUT", "webhooks", {"address": receiver.address, "event_types": ["PRODUCT_STATUS_CHANGE"]})
        answer = api(fresh, "POST", "triggers", {"event_type": "PRODUCT_STATUS_CHANGE"}).json()
        delivery_id = answer["deliveries"][0]["id"]
        busy = api(fresh, "POST", f"deliveries/{delivery_id}/redeliver")
        assert busy.status_code == 409  # still in flight: the receiver has not answered
        receiver.gate.set()
        assert fresh.wait_for_webhooks(10)
        again = api(fresh, "POST", f"deliveries/{delivery_id}/redeliver")
        assert again.status_code == 200 and again.json()["pending"]
        assert fresh.wait_for_webhooks(10)
        done = api(fresh, "GET", f"deliveries/{delivery_id}").json()
        assert (done["attempts"], done["delivered"], done["pending"]) == (2, True, False)
        assert len(receiver.bodies) == 2 and receiver.bodies[0] == receiver.bodies[1]
        assert api(fresh, "POST", "deliveries/nope/redeliver").status_code == 404
    finally:
        receiver.close()


# -- the pages ---------------------------------------------------------------------------------------
def test_the_console_page_and_its_live_sections(fresh: Sandbox) -> None:
    with TikTokShop(**fresh.credentials()) as client:
        client.order.search_orders(page_size=5)
    page = httpx.get(fresh.console_url)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for text in (
        "Requests",
        "Webhook deliveries",
        "Faults",
        "Sellers, shops and tokens",
        "/order/202309/orders/search",
    ):
        assert text in page.text
    assert httpx.get(fresh.base_url + "/_sandbox").headers["location"] == "/_sandbox/"
    live = httpx.get(fresh.base_url + "/_sandbox/live").json()
    assert set(live) == {"status", "faults", "requests", "deliveries", "tokens", "records"}
    assert "OrderSearchOrders" in live["requests"] and fresh.app_key in live["status"]
    before = len(fresh.requests)
    httpx.get(fresh.base_url + "/favicon.ico")
    assert len(fresh.requests) == before  # the browser's icon request stays out of the log


def test_the_client_never_loads_the_console() -> None:
    probe = (
        "import sys, tiktok_shop; c = tiktok_shop.TikTokShop(app_key='k', app_secret='s'); c.order;"
        "print(sorted(m for m in sys.modules if m.startswith(('jinja2', 'starlette', 'tiktok_shop.sandbox'))))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_command_prints_the_console_and_can_send_the_header(tmp_path: Path) -> None:
    env = clean_env(tmp_path, TIKTOK_SHOP_APP_KEY="console-key", TIKTOK_SHOP_APP_SECRET="console-secret")
    with running(["sandbox", "--port", "0", "--orders", "3", "--explain-header"], env) as process:
        assert process.stdout is not None
        printed = read_until(process.stdout, "Ctrl-C")
        base = exported(printed)["TIKTOK_SHOP_BASE_URL"]
        assert any(line.rstrip().endswith(f"{base}/_sandbox/") for line in printed)
        assert "Requests" in httpx.get(f"{base}/_sandbox/").text
        query = {"app_key": "console-key", "timestamp": str(int(time.time())), "sign": "0" * 64}
        refused = httpx.get(f"{base}/authorization/202309/shops", params=query)
        assert refused.json()["code"] == 106001
        assert refused.headers["x-sandbox-explain"].startswith("wrong_secret: ")
        assert "console-secret" not in refused.headers["x-sandbox-explain"]
