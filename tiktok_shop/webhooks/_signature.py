"""The webhook signature: ``hex(HMAC-SHA256(app_secret, app_key + raw body))`` in ``Authorization``."""

from __future__ import annotations

import hashlib
import hmac

from .._exceptions import WebhookVerificationError

__all__ = ["sign_webhook", "verify"]


def sign_webhook(body: bytes, *, app_key: str, app_secret: str) -> str:
    """The ``Authorization`` value TikTok sends with ``body``: useful for tests and the sandbox."""
    return hmac.new(app_secret.encode(), app_key.encode() + body, hashlib.sha256).hexdigest()


def verify(raw_body: bytes, authorization: str | None, *, app_key: str, app_secret: str) -> None:
    """Raise :class:`WebhookVerificationError` unless ``authorization`` signs exactly ``raw_body``.

    Compares in constant time, over the raw bytes as received: re-serialized JSON would differ.
    Any header value is accepted as input; only that one error type comes out.
    """
    if not authorization:
        raise WebhookVerificationError("the webhook has no Authorization signature")
    expected = sign_webhook(raw_body, app_key=app_key, app_secret=app_secret).encode()
    given = authorization.strip().lower().encode("utf-8", "surrogatepass")
    if not hmac.compare_digest(expected, given):
        raise WebhookVerificationError("the webhook signature does not match its body")
