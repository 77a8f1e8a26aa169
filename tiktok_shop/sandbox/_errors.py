"""Errors the sandbox answers with, in TikTok's envelope, and the HTTP status each travels with.

TikTok answers business errors (an invalid parameter, an unknown id, a wrong state) with HTTP
200 and ``code != 0``, and keeps HTTP statuses for the gateway's own families: 401 for the
signature and tokens, 429 for rate limits, 5xx when it fails. Clients must branch on ``code``.
``ErrorStatus`` chooses how the sandbox sends them, so a client can be tested against each form:

- ``"tiktok"`` (default): as TikTok does, above;
- ``"200"``: every family at HTTP 200 (as some gateways and older hosts answer);
- ``"http"``: every family with its REST status (400, 404, 403, 401, 429, 5xx).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ErrorStatus = Literal["tiktok", "200", "http"]
ERROR_STATUSES: tuple[ErrorStatus, ...] = ("tiktok", "200", "http")


@dataclass(frozen=True)
class ErrorKind:
    """One error family: TikTok's ``code``, the HTTP status TikTok sends it with, its REST status."""

    code: int
    tiktok_status: int
    http_status: int

    def status(self, form: ErrorStatus) -> int:
        if form == "200":
            return 200
        return self.tiktok_status if form == "tiktok" else self.http_status


# Codes TikTok is publicly reported to use keep their numbers (see the reference's table); the
# sandbox's own (105001, 105003, 36009005) fill the families TikTok's public table leaves out.
INVALID_SIGNATURE = ErrorKind(106001, 401, 401)
INVALID_TOKEN = ErrorKind(105001, 401, 401)
EXPIRED_TOKEN = ErrorKind(105002, 401, 401)
INVALID_REFRESH_TOKEN = ErrorKind(105003, 401, 401)
SHOP_DEACTIVATED = ErrorKind(36009043, 401, 401)
SELLER_DEACTIVATED = ErrorKind(36009044, 401, 401)
INVALID_AUTH_CODE = ErrorKind(36004004, 200, 401)
MISSING_SCOPE = ErrorKind(105005, 200, 403)
FOREIGN_SHOP = ErrorKind(101000, 200, 403)
INVALID_PARAMETER = ErrorKind(36009004, 200, 400)
INVALID_SHOP_CIPHER = ErrorKind(106013, 200, 400)
SEARCH_TOO_BROAD = ErrorKind(12052180, 200, 400)
NOT_FOUND = ErrorKind(36009005, 200, 404)
UNKNOWN_PATH = ErrorKind(36009009, 200, 404)
WRONG_METHOD = ErrorKind(36009010, 200, 405)
RATE_LIMITED = ErrorKind(36009002, 429, 429)
INTERNAL_ERROR = ErrorKind(36009003, 500, 500)


class SandboxError(Exception):
    """Raised by a handler or a check: becomes an error envelope with ``code`` and HTTP status."""

    def __init__(self, kind: ErrorKind, message: str) -> None:
        self.kind = kind
        self.code = kind.code
        self.message = message
        super().__init__(message)
