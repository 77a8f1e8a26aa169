"""Errors the sandbox answers with, in TikTok's envelope."""

from __future__ import annotations

# Codes TikTok is publicly reported to use keep their numbers; the rest are the sandbox's own,
# each paired with the HTTP status TikTok uses for that family so clients map them the same way.
INVALID_SIGNATURE = (106001, 401)
UNKNOWN_APP = (106002, 401)
STALE_TIMESTAMP = (106003, 401)
INVALID_TOKEN = (105001, 401)
EXPIRED_TOKEN = (105002, 401)
INVALID_REFRESH_TOKEN = (105003, 401)
INVALID_AUTH_CODE = (105004, 401)
MISSING_SCOPE = (105005, 403)
INVALID_PARAMETER = (36009004, 400)
MISSING_SHOP_CIPHER = (36009006, 400)
NOT_FOUND = (36009005, 404)
RATE_LIMITED = (36009002, 429)
INTERNAL_ERROR = (36009003, 500)


class SandboxError(Exception):
    """Raised by a handler or a check: becomes an error envelope with ``code`` and HTTP status."""

    def __init__(self, kind: tuple[int, int], message: str) -> None:
        self.code, self.status = kind
        self.message = message
        super().__init__(message)
