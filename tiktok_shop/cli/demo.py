"""The README's main job: the whole flow against the embedded sandbox, with readable output."""

from __future__ import annotations

import os
import secrets
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from .. import (
    NotFoundError,
    RequestValidationError,
    TikTokShop,
)
from ..auth import OAuth, SQLiteTokenStore, TokenManager, authorization_url
from ..sandbox import Sandbox
from ..types.product import ImageInput, NewSku, PriceInput, SkuInventoryInput

console = Console(highlight=False)


def _step(number: int, title: str) -> None:
    console.print(f"\n[bold cyan]{number}. {title}[/]")


@contextmanager
def webhook_receiver(app_key: str, app_secret: str) -> Iterator[tuple[str, list[Any]]]:
    """A receiver on loopback that verifies every delivery before accepting it."""
    from ..webhooks import WebhookReceiver

    receiver = WebhookReceiver(app_key, app_secret)
    events: list[Any] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            status, event = receiver.handle(body, {k.lower(): v for k, v in self.headers.items()})
            if event is not None:
                events.append(event)
            self.send_response(status)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            del format, args

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/webhooks", events
    finally:
        server.shutdown()


def run_demo(*, orders: int = 600) -> int:
    started = time.monotonic()
    console.print("[bold]TikTok Shop SDK demo[/] - against the embedded sandbox, no credentials needed")
    with Sandbox(orders=orders, products=40) as sandbox, tempfile.TemporaryDirectory() as tmp:
        console.print(f"sandbox on {sandbox.base_url} (app key {sandbox.app_key})")
        _step(1, "Authorization URL a seller opens")
        console.print(authorization_url("sandbox-service-id", secrets.token_urlsafe(12)))

        _step(2, "Exchange the redirect's code for tokens (stored in SQLite)")
        oauth = OAuth(
            app_key=sandbox.app_key,
            app_secret=sandbox.app_secret,
            base_url=sandbox.base_url,
            auth_base_url=sandbox.auth_base_url,
        )
        store = SQLiteTokenStore(Path(tmp) / "tokens.sqlite3")
        token = oauth.exchange_code(sandbox.issue_auth_code())
        store.put(token)
        console.print(
            f"seller [bold]{token.seller_name}[/] (open_id {token.open_id}), access token valid until "
            f"{token.access_token_expires_at:%Y-%m-%d %H:%M} UTC; scopes: {len(token.granted_scopes)}"
        )

        _step(3, "Authorized shops")
        shops = oauth.authorized_shops(token.access_token)
        table = Table("shop id", "name", "region", "cipher")
        for shop in shops:
            store.link_shop(token.open_id, shop.id, shop.cipher)
            table.add_row(shop.id, shop.name or "", shop.region or "", shop.cipher[:12] + "...")
        console.print(table)

        manager = TokenManager(oauth, store, token.open_id)
        client = TikTokShop(
            app_key=sandbox.app_key,
            app_secret=sandbox.app_secret,
            token_source=manager,
            shop_cipher=shops[0].cipher,
            base_url=sandbox.base_url,
            auth_base_url=sandbox.auth_base_url,
        )

        _step(4, "Create a product")
        created = client.product.create_product(
            title="Demo ceramic mug",
            description="<p>350 ml, dishwasher safe.</p>",
            category_id="600001",
            main_images=[ImageInput(uri="tos-sandbox/mug")],
            skus=[
                NewSku(
                    seller_sku="MUG-350",
                    price=PriceInput(amount="12.50", currency="USD"),
                    inventory=[SkuInventoryInput(warehouse_id="7068517275539719942", quantity=40)],
                )
            ],
        )
        detail = client.product.get_product_detail(product_id=created.product_id or "")
        console.print(f"product {created.product_id}: {detail.title!r}, status {detail.status}")

        _step(5, "Sync every order with auto-pagination")
        first = client.order.search_orders(page_size=100)
        total = first.total_count or 0
        by_status: dict[str, int] = {}
        with Progress(TextColumn("orders"), BarColumn(), MofNCompleteColumn(), console=console) as progress:
            task = progress.add_task("orders", total=total)
            for order in client.order.iter_search_orders(page_size=100):
                by_status[order.status or "?"] = by_status.get(order.status or "?", 0) + 1
                progress.advance(task)
        console.print(", ".join(f"{status}: {count}" for status, count in sorted(by_status.items())))

        _step(6, "Ship a package; receive and verify the webhook")
        with webhook_receiver(sandbox.app_key, sandbox.app_secret) as (address, events):
            client.event.update_webhook(address=address, event_type="ORDER_STATUS_CHANGE")
            waiting = next(iter(client.order.iter_search_orders(page_size=10, order_status="AWAITING_SHIPMENT")))
            package_id = (waiting.packages or [])[0].id or ""
            client.fulfillment.ship_package(package_id=package_id, handover_method="PICKUP")
            deadline = time.monotonic() + 10
            while not events and time.monotonic() < deadline:
                time.sleep(0.02)
        if not events:
            console.print("[red]no webhook arrived[/]")
            return 1
        event = events[0]
        console.print(f"verified webhook: {event.event_name} order {event.data.order_id} -> {event.data.order_status}")

        _step(7, "Answer a buyer's cancellation request")
        page = client.return_refund.search_cancellations(page_size=10, cancel_status=["CANCELLATION_REQUEST_PENDING"])
        request = (page.cancellations or [])[0]
        client.return_refund.approve_cancellation(cancel_id=request.cancel_id or "")
        cancelled = (client.order.get_order_detail(ids=[request.order_id or ""]).orders or [])[0]
        console.print(
            f"{page.total_count} pending requests; approved {request.cancel_id} "
            f"({request.cancel_reason_text}): order {cancelled.id} is now {cancelled.status}"
        )

        _step(8, "Refresh the token transparently when TikTok says it expired")
        sandbox.expire_access_tokens()
        before = sandbox.counters["token.refresh"]
        client.product.get_product_detail(product_id=created.product_id or "")
        refreshed = sandbox.counters["token.refresh"] - before
        stored = store.get(token.open_id)
        assert stored is not None
        console.print(
            f"{refreshed} refresh, call retried once; new token stored before use "
            f"(valid until {stored.access_token_expires_at:%Y-%m-%d %H:%M} UTC)"
        )

        _step(9, "What bad calls get")
        try:
            client.order.search_orders(page_size="fifty")  # type: ignore[arg-type]
        except RequestValidationError as exc:
            console.print(f"before any I/O: [yellow]{type(exc).__name__}[/]: {exc}")
        try:
            client.product.get_product_detail(product_id="42")
        except NotFoundError as exc:
            console.print(f"from TikTok: [yellow]{type(exc).__name__}[/] code {exc.code}, request_id {exc.request_id}")
        sandbox.faults.add("429", "*", times=1, retry_after=0.1)
        client.seller.get_shops()
        console.print("a 429 rate limit was retried after its Retry-After and succeeded")
        client.close()
        calls = len(sandbox.requests)
    console.print(
        f"\n[bold green]Demo complete[/] in {time.monotonic() - started:.1f}s: {calls} HTTP calls, "
        f"{total} orders synced, 1 product created, 1 webhook verified, 1 cancellation approved, "
        f"{refreshed} token refresh."
    )
    return 0


def run_live() -> int:
    """Read-only calls against the real TikTok Shop with credentials from the environment."""
    client = TikTokShop(
        app_key=os.environ["TIKTOK_SHOP_APP_KEY"],
        app_secret=os.environ["TIKTOK_SHOP_APP_SECRET"],
        access_token=os.environ["TIKTOK_SHOP_ACCESS_TOKEN"],
    )
    shops = client.authorization.get_shops().shops or []
    console.print(f"{len(shops)} authorized shops")
    if shops and shops[0].cipher:
        page = client.shop(shops[0].cipher).order.search_orders(page_size=10)
        console.print(f"first shop: {page.total_count} orders")
    return 0
