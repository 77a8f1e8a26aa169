"""Keep secrets out of the HTTP stack's log lines, whoever configures logging and whenever.

TikTok's token endpoints are GETs with the app secret, the auth code and the refresh token in
the query, and httpx logs every request's full URL at INFO (``HTTP Request: GET https://...``).
Our own log lines never carry a secret; for the libraries under us, a :class:`logging.Filter`
on their loggers rewrites any record that would show one. A logger's filters run for every
record created on it, before any handler, so the rewrite holds with ``logging.basicConfig``
called before or after importing this package, and with any handler or formatter.
"""

from __future__ import annotations

import logging
import re

__all__ = ["SECRET_PARAMS", "install", "redact"]

SECRET_PARAMS = ("app_secret", "access_token", "refresh_token", "auth_code")
"""Query parameters (and JSON keys) whose values are secrets."""

# The loggers of the HTTP stack under httpx; a filter applies to records created on that exact
# logger, so each module logger is named. hpack logs HTTP/2 headers (the access token header).
HTTP_LOGGERS = (
    "tiktok_shop",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.connection_pool",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
    "hpack",
    "hpack.hpack",
    "hpack.table",
)

_NAMES = "|".join((*SECRET_PARAMS, "x-tts-access-token"))
# name=value (a query), "name": "value" (JSON), (b'name', b'value') (a header tuple).
_SECRET = re.compile(
    rf"""(?ix)
    (?P<name>{_NAMES})
    (?P<sep>=|["']?\s*[:,]\s*b?["'])
    (?P<value>[^&#\s"',)]+)
    """
)


def redact(text: str) -> str:
    """``text`` with the value of every secret parameter, JSON key or header replaced by ``***``."""
    return _SECRET.sub(lambda m: f"{m['name']}{m['sep']}***", text)


class _RedactSecrets(logging.Filter):
    """Rewrites a record whose message shows a secret; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is logging's problem to report, not ours
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_FILTER = _RedactSecrets("tiktok_shop.redaction")


def install() -> None:
    """Add the filter to the HTTP stack's loggers (idempotent: once per logger)."""
    for name in HTTP_LOGGERS:
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
