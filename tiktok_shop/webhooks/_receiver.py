"""From raw request to typed event: verify, parse, check freshness, drop duplicates."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Mapping
from typing import Any

from pydantic import ValidationError

from .._exceptions import WebhookVerificationError
from ._dedupe import DedupeStore, MemoryDedupeStore
from ._events import MAX_BODY_BYTES, WebhookEvent, parse_event
from ._signature import verify

__all__ = ["WebhookReceiver", "construct_event"]


def _header(headers: Mapping[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def construct_event(
    body: bytes,
    headers: Mapping[str, str],
    *,
    app_key: str,
    app_secret: str,
    tolerance: float | None = None,
    now: float | None = None,
) -> WebhookEvent:
    """The verified, typed event of one webhook request.

    ``body`` must be the raw bytes as received. With ``tolerance`` (seconds), an event whose
    ``timestamp`` is further than that from ``now`` is rejected: a replayed old request fails
    even with a valid signature. Every failure is a :class:`WebhookVerificationError`.
    """
    if len(body) > MAX_BODY_BYTES:  # before the HMAC: an oversized body costs nothing to refuse
        raise WebhookVerificationError(f"the webhook body is {len(body)} bytes, over {MAX_BODY_BYTES}", status=413)
    verify(body, _header(headers, "authorization"), app_key=app_key, app_secret=app_secret)
    try:
        event = parse_event(body)
    except ValidationError as exc:
        fields = ", ".join(".".join(map(str, e["loc"])) for e in exc.errors())
        raise WebhookVerificationError(f"the webhook body is not a JSON object event ({fields})", status=400) from None
    except ValueError as exc:
        raise WebhookVerificationError(f"the webhook body is not a JSON object event: {exc}", status=400) from None
    if tolerance is not None:
        age = (time.time() if now is None else now) - (event.timestamp or 0)
        if abs(age) > tolerance:
            raise WebhookVerificationError(
                f"the webhook timestamp is {age:.0f}s away from now (tolerance {tolerance}s)", status=400
            )
    return event


def dedupe_key(event: WebhookEvent, body: bytes) -> str:
    """``tts_notification_id`` when TikTok sent one, else a digest of the exact body."""
    return event.tts_notification_id or "sha256:" + hashlib.sha256(body).hexdigest()


class WebhookReceiver:
    """Framework-free endpoint logic: give it the raw body and headers, send back its status.

    ``handle`` answers 401 only when the signature does not verify, 413 for a body over
    ``MAX_BODY_BYTES``, 400 for a signed body it cannot use (not a JSON object, nested deeper than
    ``MAX_DEPTH``, older than ``tolerance``), 200 for a duplicate (already handled: nothing to do),
    and 200 with the event otherwise; a signed event whose ``data`` no longer fits its typed class
    arrives as ``UnknownEvent`` with the raw data. With ``on_event``, a handler that raises makes
    the answer 500 and forgets the event, so TikTok's redelivery is handled again instead of
    being dropped as a duplicate.
    """

    def __init__(
        self,
        app_key: str,
        app_secret: str,
        *,
        tolerance: float | None = 15 * 60,
        dedupe: DedupeStore | None = None,
    ) -> None:
        self._app_key = app_key
        self._app_secret = app_secret
        self._tolerance = tolerance
        self.dedupe: DedupeStore = dedupe if dedupe is not None else MemoryDedupeStore()

    def __repr__(self) -> str:
        return f"WebhookReceiver(app_key={self._app_key!r}, tolerance={self._tolerance!r})"

    def handle(
        self,
        body: bytes,
        headers: Mapping[str, str],
        on_event: Callable[[WebhookEvent], Any] | None = None,
    ) -> tuple[int, WebhookEvent | None]:
        try:
            event = construct_event(
                body, headers, app_key=self._app_key, app_secret=self._app_secret, tolerance=self._tolerance
            )
        except WebhookVerificationError as exc:
            return exc.status, None
        key = dedupe_key(event, body)
        if not self.dedupe.claim(key):
            return 200, None
        if on_event is not None:
            try:
                on_event(event)
            except Exception:
                self.dedupe.release(key)
                return 500, None
        return 200, event
