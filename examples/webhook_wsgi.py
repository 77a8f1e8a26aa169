"""Receive TikTok Shop webhooks in a WSGI app (Flask, Django or plain WSGI alike).

Run: ``python -m examples.webhook_wsgi`` (wsgiref on port 8000) or point any WSGI server at
``examples.webhook_wsgi:application``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any
from wsgiref.simple_server import make_server

from tiktok_shop.webhooks import WebhookEvent, WebhookReceiver

receiver = WebhookReceiver(
    os.environ.get("TIKTOK_SHOP_APP_KEY", "sandbox-key"), os.environ.get("TIKTOK_SHOP_APP_SECRET", "sandbox-secret")
)
REASONS = {200: "200 OK", 401: "401 Unauthorized", 405: "405 Method Not Allowed", 500: "500 Internal Server Error"}


def on_event(event: WebhookEvent) -> None:
    print(f"{event.event_name or event.type} for shop {event.shop_id}")


def application(environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
    if environ["REQUEST_METHOD"] != "POST":
        start_response(REASONS[405], [])
        return [b""]
    body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    headers = {"authorization": environ.get("HTTP_AUTHORIZATION", "")}
    status, _event = receiver.handle(body, headers, on_event)
    start_response(REASONS[status], [("content-length", "0")])
    return [b""]


if __name__ == "__main__":
    make_server("127.0.0.1", 8000, application).serve_forever()
