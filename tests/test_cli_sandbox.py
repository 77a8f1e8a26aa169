"""`tiktok-shop sandbox`: paste its export lines and call; the webhook loop of `--webhook-url` and `trigger`."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tiktok_shop import APIError, TikTokShop
from tiktok_shop.sandbox import Sandbox
from tiktok_shop.webhooks import EVENT_TYPES

from .cli_tools import COMMAND, Received, clean_env, exported, read_until, run, running, webhook_receiver

VARIABLES = {
    "TIKTOK_SHOP_APP_KEY",
    "TIKTOK_SHOP_APP_SECRET",
    "TIKTOK_SHOP_BASE_URL",
    "TIKTOK_SHOP_AUTH_BASE_URL",
    "TIKTOK_SHOP_TOKEN_STORE",
}


def test_export_lines_pasted_into_a_shell_make_call_work(tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    with running(["sandbox", "--port", "0", "--orders", "7"], env) as process:
        assert process.stdout is not None
        printed = read_until(process.stdout, "Ctrl-C")
        assert set(exported(printed)) == VARIABLES
        # What a reader does: paste the whole block into a shell, then run the suggested command.
        script = "".join(printed) + "tiktok-shop call OrderSearchOrders -p page_size=3\n"
        shell = {**env, "PATH": f"{Path(COMMAND).parent}{os.pathsep}{env['PATH']}"}
        done = subprocess.run(["bash", "-c", script], env=shell, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["total_count"] == 7
        assert "using shop" in done.stderr
        store = Path(exported(printed)["TIKTOK_SHOP_TOKEN_STORE"])
        assert store.exists()
    assert not store.parent.exists()  # the sandbox's own token store goes with it


def test_a_secret_from_the_environment_is_never_printed(tmp_path: Path) -> None:
    env = clean_env(tmp_path, TIKTOK_SHOP_APP_KEY="cli-key", TIKTOK_SHOP_APP_SECRET="cli-secret-value")
    with running(["sandbox", "--port", "0", "--orders", "3"], env) as process:
        assert process.stdout is not None
        printed = read_until(process.stdout, "Ctrl-C")
    assert "cli-secret-value" not in "".join(printed)
    assert exported(printed)["TIKTOK_SHOP_APP_KEY"] == "cli-key"
    assert "TIKTOK_SHOP_APP_SECRET" not in exported(printed)


def test_webhook_url_subscribes_every_shop_and_trigger_delivers(tmp_path: Path) -> None:
    # The sandbox's app key and secret are chosen here so the receiver can start first.
    env = clean_env(tmp_path, TIKTOK_SHOP_APP_KEY="loop-key", TIKTOK_SHOP_APP_SECRET="loop-secret")
    with webhook_receiver("loop-key", "loop-secret") as (address, received):
        args = ["sandbox", "--port", "0", "--orders", "10", "--webhook-url", address]
        with running(args, env) as process:
            assert process.stdout is not None
            variables = exported(read_until(process.stdout, "Ctrl-C"))
            base = variables["TIKTOK_SHOP_BASE_URL"]
            shops = [
                s["id"] for seller in httpx.get(f"{base}/_sandbox/api/shops").json()["sellers"] for s in seller["shops"]
            ]
            subscriptions = httpx.get(f"{base}/_sandbox/api/webhooks").json()["subscriptions"]
            assert {(s["shop_id"], s["event_type"]) for s in subscriptions} == {
                (shop, event) for shop in shops for event in EVENT_TYPES
            }
            assert {s["address"] for s in subscriptions} == {address}
            shell = {**env, **variables}
            done = run(["sandbox", "trigger", "ORDER_STATUS_CHANGE"], shell)
            assert done.returncode == 0, done.stderr
            summary, delivery = done.stdout.splitlines()
            assert "delivered ORDER_STATUS_CHANGE" in delivery and f"to {address}: HTTP 200 after 1 attempt" in delivery
            order_id = summary.split("order_id=")[1].split(",")[0]
            after = summary.split("to=")[1]
            [hit] = [r for r in received if r.event.tts_notification_id in delivery]
            assert hit.status == 200 and hit.event.data.order_id == order_id and hit.event.data.order_status == after
            detail = run(["call", "order.get_order_detail", "-p", f"ids={order_id}"], shell)
            assert json.loads(detail.stdout)["orders"][0]["status"] == after


# -- every trigger, against a sandbox this module can inspect ---------------------------------------
@pytest.fixture(scope="module")
def world() -> Iterator[tuple[Sandbox, list[Received]]]:
    with (
        Sandbox(orders=40, products=12, seed=5) as sandbox,
        webhook_receiver(sandbox.app_key, sandbox.app_secret) as (
            address,
            received,
        ),
    ):
        answer = httpx.put(f"{sandbox.base_url}/_sandbox/api/webhooks", json={"address": address})
        assert answer.status_code == 200
        yield sandbox, received


def _trigger(sandbox: Sandbox, tmp_path: Path, *args: str) -> dict[str, Any]:
    done = run(["sandbox", "trigger", *args, "--json"], clean_env(tmp_path, TIKTOK_SHOP_BASE_URL=sandbox.base_url))
    assert done.returncode == 0, done.stdout + done.stderr
    answer: dict[str, Any] = json.loads(done.stdout)
    return answer


def _received(answer: dict[str, Any], received: list[Received], sandbox: Sandbox) -> Received:
    """The delivery of the triggered event, signed as TikTok signs (HMAC computed here), accepted."""
    [delivery] = [d for d in answer["deliveries"] if d["event_type"] == answer["event_type"]]
    assert delivery["delivered"] and delivery["status"] == 200
    [hit] = [r for r in received if json.loads(r.body)["tts_notification_id"] == delivery["id"]]
    expected = hmac.new(sandbox.app_secret.encode(), sandbox.app_key.encode() + hit.body, hashlib.sha256).hexdigest()
    assert hit.headers["authorization"] == expected
    assert hit.status == 200 and hit.event.type == EVENT_TYPES[answer["event_type"]]
    assert json.loads(hit.body)["shop_id"] == answer["shop_id"]
    return hit


def _client(sandbox: Sandbox, seller: int = 0, shop: int = 0) -> TikTokShop:
    credentials = sandbox.credentials(sandbox.sellers[seller].open_id)
    credentials["shop_cipher"] = sandbox.sellers[seller].shops[shop].cipher
    return TikTokShop(**credentials)


def _order(client: TikTokShop, order_id: str) -> Any:
    return (client.order.get_order_detail(ids=[order_id]).orders or [])[0]


def test_order_status_change(world: tuple[Sandbox, list[Received]], tmp_path: Path) -> None:
    sandbox, received = world
    answer = _trigger(sandbox, tmp_path, "ORDER_STATUS_CHANGE")
    change, event = answer["change"], _received(answer, received, sandbox).event
    assert change["from"] != change["to"] == event.data.order_status
    with _client(sandbox) as client:
        assert _order(client, change["order_id"]).status == change["to"]


def test_package_update_ships_the_package(world: tuple[Sandbox, list[Received]], tmp_path: Path) -> None:
    sandbox, received = world
    answer = _trigger(sandbox, tmp_path, "PACKAGE_UPDATE")
    _received(answer, received, sandbox)
    assert answer["events"] == ["ORDER_STATUS_CHANGE", "PACKAGE_UPDATE"]
    with _client(sandbox) as client:
        package = client.fulfillment.get_package_detail(package_id=answer["change"]["package_id"])
        assert package.package_status == "PROCESSING"
        assert _order(client, answer["change"]["order_id"]).status == "AWAITING_COLLECTION"


def test_cancellation_request_of_a_chosen_order(world: tuple[Sandbox, list[Received]], tmp_path: Path) -> None:
    sandbox, received = world
    with _client(sandbox) as client:
        page = client.order.search_orders(page_size=50, order_status="UNPAID")
        order = next(o for o in page.orders or [] if not o.is_buyer_request_cancel)
        answer = _trigger(sandbox, tmp_path, "CANCELLATION_STATUS_CHANGE", "--order", order.id or "")
        event = _received(answer, received, sandbox).event
        assert event.data.order_id == order.id and event.data.cancel_status == "CANCELLATION_REQUEST_PENDING"
        found = client.return_refund.search_cancellations(page_size=10, order_ids=[order.id or ""])
        assert [(c.cancel_id, c.cancel_status) for c in found.cancellations or []] == [
            (answer["change"]["cancel_id"], "CANCELLATION_REQUEST_PENDING")
        ]
        assert _order(client, order.id or "").is_buyer_request_cancel is True


def test_return_request(world: tuple[Sandbox, list[Received]], tmp_path: Path) -> None:
    sandbox, received = world
    answer = _trigger(sandbox, tmp_path, "RETURN_STATUS_CHANGE")
    event = _received(answer, received, sandbox).event
    assert event.data.return_id == answer["change"]["return_id"]
    with _client(sandbox) as client:
        found = client.return_refund.search_returns(page_size=10, order_ids=[answer["change"]["order_id"]])
        statuses = {r.return_id: r.return_status for r in found.return_orders or []}
        assert statuses[answer["change"]["return_id"]] == "RETURN_OR_REFUND_REQUEST_PENDING"


def test_product_status_change(world: tuple[Sandbox, list[Received]], tmp_path: Path) -> None:
    sandbox, received = world
    answer = _trigger(sandbox, tmp_path, "PRODUCT_STATUS_CHANGE")
    event = _received(answer, received, sandbox).event
    assert event.data.product_id == answer["change"]["product_id"]
    with _client(sandbox) as client:
        product = client.product.get_product_detail(product_id=answer["change"]["product_id"])
        assert product.status == answer["change"]["to"] != answer["change"]["from"]


def test_recipient_address_update(world: tuple[Sandbox, list[Received]], tmp_path: Path) -> None:
    sandbox, received = world
    answer = _trigger(sandbox, tmp_path, "RECIPIENT_ADDRESS_UPDATE")
    assert _received(answer, received, sandbox).event.data.order_id == answer["change"]["order_id"]
    with _client(sandbox) as client:
        order = _order(client, answer["change"]["order_id"])
        assert order.has_updated_recipient_address is True
        assert order.recipient_address.full_address == answer["change"]["full_address"]


def test_seller_deauthorization(world: tuple[Sandbox, list[Received]], tmp_path: Path) -> None:
    sandbox, received = world
    seller = sandbox.sellers[1]
    shop = seller.shops[1]
    answer = _trigger(sandbox, tmp_path, "SELLER_DEAUTHORIZATION", "--shop", shop.id)
    assert shop.id in _received(answer, received, sandbox).event.data.message
    with _client(sandbox, seller=1) as client:
        assert shop.id not in {s.id for s in client.authorization.get_shops().shops or []}
        with pytest.raises(APIError):
            client.shop(shop.cipher).order.search_orders(page_size=1)


def test_a_refused_delivery_is_reported_and_fails_the_command(tmp_path: Path) -> None:
    with Sandbox(orders=8, products=2) as sandbox, webhook_receiver(sandbox.app_key, "not-the-secret") as (address, _):
        httpx.put(f"{sandbox.base_url}/_sandbox/api/webhooks", json={"address": address})
        done = run(
            ["sandbox", "trigger", "ORDER_STATUS_CHANGE"], clean_env(tmp_path, TIKTOK_SHOP_BASE_URL=sandbox.base_url)
        )
    assert done.returncode == 1
    assert "failed ORDER_STATUS_CHANGE" in done.stdout and "HTTP 401 after 4 attempts" in done.stdout


def test_control_api_answers_json_errors_and_lists_deliveries(world: tuple[Sandbox, list[Received]]) -> None:
    sandbox, _ = world
    api = f"{sandbox.base_url}/_sandbox/api"
    unknown = httpx.post(f"{api}/triggers", json={"event_type": "NOPE"})
    assert unknown.status_code == 404 and "ORDER_STATUS_CHANGE" in unknown.json()["error"]["choices"]
    assert httpx.post(f"{api}/triggers", content=b"{oops").status_code == 400
    completed = next(
        o["id"] for o in sandbox.state.orders[sandbox.sellers[0].shops[0].cipher].values() if o["status"] == "COMPLETED"
    )
    wrong_state = httpx.post(f"{api}/triggers", json={"event_type": "PACKAGE_UPDATE", "order_id": completed})
    assert wrong_state.status_code == 409 and "COMPLETED" in wrong_state.json()["error"]["message"]
    assert httpx.put(f"{api}/webhooks", json={"address": "ftp://x"}).status_code == 400
    assert httpx.get(f"{api}/nothing").status_code == 404
    answer = httpx.post(f"{api}/triggers", json={"event_type": "ORDER_STATUS_CHANGE", "wait": 10}).json()
    assert answer["finished"] is True
    [delivery] = answer["deliveries"]
    assert httpx.get(f"{api}/deliveries/{delivery['id']}").json()["delivered"] is True
    listed = httpx.get(f"{api}/deliveries", params={"limit": 1}).json()["deliveries"]
    assert [d["id"] for d in listed] == [delivery["id"]]
