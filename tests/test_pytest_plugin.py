"""The pytest plugin as a user meets it: a user's test file, run by pytest in a subprocess (pytester).

The plugin is found through the installed ``pytest11`` entry point, never imported by the user's
file; the user's tests drive the sandbox's controls (faults, clock, webhook duplication and order).
"""

from __future__ import annotations

import pytest

USER_TESTS = '''
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tiktok_shop import TokenExpiredError
from tiktok_shop.webhooks import OrderStatusChangeEvent, UpcomingAuthorizationExpirationEvent, WebhookReceiver


@pytest.fixture
def inbox(tiktok_shop_sandbox):
    """The user's webhook endpoint: every delivery's body, and the events its receiver handed on."""
    receiver = WebhookReceiver(tiktok_shop_sandbox.app_key, tiktok_shop_sandbox.app_secret, tolerance=None)
    bodies, events = [], []

    class Endpoint(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["content-length"]))
            bodies.append(json.loads(body))
            status, _ = receiver.handle(body, dict(self.headers), on_event=events.append)
            self.send_response(status)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/hook", bodies, events
    server.shutdown()


def test_nothing_starts_unless_asked():
    assert not [t for t in threading.enumerate() if t.name == "sandbox-webhooks"]


@pytest.mark.tiktok_shop_sandbox(orders=7, seed=3)
def test_the_marker_sizes_the_sandbox(tiktok_shop_client):
    assert len(list(tiktok_shop_client.order.iter_search_orders(page_size=5))) == 7


def test_a_fault_is_retried(tiktok_shop_sandbox, tiktok_shop_client):
    tiktok_shop_sandbox.faults.add("503", "OrderSearchOrders", times=1)
    tiktok_shop_client.order.search_orders(page_size=5)
    searches = [r for r in tiktok_shop_sandbox.requests if r.operation == "OrderSearchOrders"]
    assert [r.status for r in searches] == [503, 200]


def test_tokens_expire_without_sleeping(tiktok_shop_sandbox, tiktok_shop_client):
    tiktok_shop_client.order.search_orders(page_size=5)
    tiktok_shop_sandbox.clock.advance(8 * 86_400)
    with pytest.raises(TokenExpiredError):
        tiktok_shop_client.order.search_orders(page_size=5)


def test_the_authorization_expiry_notice_arrives_when_the_clock_reaches_it(
    tiktok_shop_sandbox, tiktok_shop_client, inbox
):
    address, _, events = inbox
    tiktok_shop_client.event.update_webhook(address=address, event_type="UPCOMING_AUTHORIZATION_EXPIRATION")
    tiktok_shop_sandbox.clock.advance(350 * 86_400)
    assert tiktok_shop_sandbox.wait_for_webhooks() and events == []  # not yet: 15 days left
    tiktok_shop_sandbox.clock.advance(10 * 86_400)
    tiktok_shop_sandbox.clock.advance(86_400)  # the notice is sent once
    assert tiktok_shop_sandbox.wait_for_webhooks()
    assert [type(e) for e in events] == [UpcomingAuthorizationExpirationEvent]
    assert "expires in 5 days" in events[0].data.message


def test_duplicated_and_reordered_deliveries(tiktok_shop_sandbox, tiktok_shop_client, inbox):
    address, bodies, events = inbox
    tiktok_shop_client.event.update_webhook(address=address, event_type="ORDER_STATUS_CHANGE")
    waiting = list(tiktok_shop_client.order.iter_search_orders(page_size=20, order_status="AWAITING_SHIPMENT"))[:2]
    tiktok_shop_sandbox.hold_webhooks()
    tiktok_shop_sandbox.duplicate_webhooks(1)
    for order in waiting:
        tiktok_shop_client.fulfillment.ship_package(package_id=order.packages[0].id)
    assert bodies == []  # held
    assert tiktok_shop_sandbox.release_webhooks("reversed") == 2
    assert tiktok_shop_sandbox.wait_for_webhooks()
    sent = [b["data"]["order_id"] for b in bodies]
    assert sent == [waiting[1].id, waiting[1].id, waiting[0].id, waiting[0].id]
    assert len({b["tts_notification_id"] for b in bodies}) == 2  # each duplicate is the same notification
    assert [e.data.order_id for e in events] == [waiting[1].id, waiting[0].id]  # the receiver dropped repeats
    assert all(isinstance(e, OrderStatusChangeEvent) for e in events)


async def test_the_async_client(tiktok_shop_async_client):
    page = await tiktok_shop_async_client.order.search_orders(page_size=5)
    assert len(page.orders) == 5
'''


def test_a_users_test_file_runs_with_the_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_user=USER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-o", "asyncio_mode=auto")
    result.assert_outcomes(passed=7)


def test_the_plugin_is_inert_in_a_run_that_uses_none_of_its_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_plain="""
import sys

def test_plain():
    assert "tiktok_shop.pytest_plugin" in sys.modules  # loaded from its entry point
    assert "tiktok_shop.sandbox" not in sys.modules and "uvicorn" not in sys.modules  # nothing more
"""
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
