"""Webhook delivery: signed POSTs to the registered address, retried with backoff."""

from __future__ import annotations

import json
import queue
import random
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

from ..webhooks import EVENT_TYPES, sign_webhook
from ._clock import Clock


@dataclass
class Delivery:
    """One webhook delivery and what became of it."""

    address: str
    body: bytes
    event_type: str
    attempts: int = 0
    status: int | None = None
    delivered: bool = False
    errors: list[str] = field(default_factory=list)
    pending: bool = True  # queued or being attempted


class Deliverer:
    """Delivers events on a background thread so the API response is never delayed by a receiver."""

    def __init__(
        self, app_key: str, app_secret: str, *, attempts: int = 4, backoff: float = 0.2, clock: Clock | None = None
    ) -> None:
        self._app_key = app_key
        self._clock = clock or Clock()
        self._redeliver_lock = threading.Lock()
        self._app_secret = app_secret
        self._attempts = attempts
        self._backoff = backoff
        self._queue: queue.Queue[Delivery | None] = queue.Queue()
        self.deliveries: list[Delivery] = []
        self.duplicates = 0  # extra sends of each delivery, as TikTok's at-least-once delivery may make
        self._held: list[Delivery] | None = None
        self._thread = threading.Thread(target=self._run, name="sandbox-webhooks", daemon=True)
        self._thread.start()

    def sign(self, body: bytes) -> str:
        return sign_webhook(body, app_key=self._app_key, app_secret=self._app_secret)

    def enqueue(self, address: str, event_type: str, shop_id: str, data: dict[str, Any]) -> Delivery:
        payload = {
            "type": EVENT_TYPES.get(event_type, 0),
            "tts_notification_id": secrets.token_hex(12),
            "shop_id": shop_id,
            "timestamp": int(self._clock.now()),
            "data": data,
        }
        delivery = Delivery(address, json.dumps(payload, separators=(",", ":")).encode(), event_type)
        self.deliveries.append(delivery)
        with self._redeliver_lock:
            if self._held is not None:
                self._held.append(delivery)
                return delivery
        for _ in range(1 + self.duplicates):
            self._queue.put(delivery)
        return delivery

    def hold(self) -> None:
        """Keep new deliveries back until :meth:`release` (to send them out of order)."""
        with self._redeliver_lock:
            if self._held is None:
                self._held = []

    def release(self, order: str = "reversed", *, seed: int = 0) -> int:
        """Send the held deliveries, ``"reversed"``, ``"shuffled"`` (by ``seed``) or ``"as-made"``;
        stops holding. Returns how many were held."""
        if order not in ("reversed", "shuffled", "as-made"):
            raise ValueError(f"order must be 'reversed', 'shuffled' or 'as-made', not {order!r}")
        with self._redeliver_lock:
            held, self._held = self._held or [], None
        if order == "reversed":
            held.reverse()
        elif order == "shuffled":
            random.Random(seed).shuffle(held)
        for delivery in held:
            for _ in range(1 + self.duplicates):
                self._queue.put(delivery)
        return len(held)

    def _run(self) -> None:
        with httpx.Client(timeout=5.0) as client:
            while (delivery := self._queue.get()) is not None:
                for attempt in range(self._attempts):
                    delivery.attempts += 1
                    try:
                        response = client.post(
                            delivery.address,
                            content=delivery.body,
                            headers={"content-type": "application/json", "authorization": self.sign(delivery.body)},
                        )
                        delivery.status = response.status_code
                        if response.is_success:
                            delivery.delivered = True
                            break
                    except httpx.HTTPError as exc:
                        delivery.errors.append(type(exc).__name__)
                    time.sleep(self._backoff * 2**attempt)
                delivery.pending = False
                self._queue.task_done()

    def redeliver(self, delivery: Delivery) -> bool:
        """Send a finished delivery again, same body and notification id, as TikTok's retries do.

        Returns False (and does nothing) while it is still queued or being attempted.
        """
        with self._redeliver_lock:
            if delivery.pending:
                return False
            delivery.pending, delivery.delivered = True, False
        self._queue.put(delivery)
        return True

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until every queued delivery finished (or ``timeout``); True when all did."""
        deadline = time.monotonic() + timeout
        while self._queue.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.01)
        return not self._queue.unfinished_tasks

    def close(self) -> None:
        self._queue.put(None)
