"""Receive TikTok Shop webhooks in an ASGI app (Starlette).

Run: ``TIKTOK_SHOP_APP_KEY=... TIKTOK_SHOP_APP_SECRET=... uvicorn examples.webhook_starlette:app``
and register ``https://<your host>/webhooks/tiktok`` with ``client.event.update_webhook(...)``.
"""

from __future__ import annotations

import os
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tiktok_shop.webhooks import OrderStatusChangeEvent, SQLiteDedupeStore, WebhookEvent, WebhookReceiver

receiver = WebhookReceiver(
    os.environ.get("TIKTOK_SHOP_APP_KEY", "sandbox-key"),
    os.environ.get("TIKTOK_SHOP_APP_SECRET", "sandbox-secret"),
    dedupe=SQLiteDedupeStore(Path(os.environ.get("WEBHOOK_DEDUPE_DB", "webhooks-seen.sqlite3"))),
)


def on_event(event: WebhookEvent) -> None:
    """Keep this quick (TikTok waits for the answer): enqueue work, don't do it here."""
    if isinstance(event, OrderStatusChangeEvent):
        print(f"order {event.data.order_id} is now {event.data.order_status}")


async def tiktok_webhook(request: Request) -> Response:
    body = await request.body()  # the raw bytes: the signature covers exactly these
    status, _event = receiver.handle(body, request.headers, on_event)
    return Response(status_code=status)


app = Starlette(routes=[Route("/webhooks/tiktok", tiktok_webhook, methods=["POST"])])
