"""The exception hierarchy. Every error the SDK raises is a :class:`TikTokShopError`.

Messages name the operation, TikTok's code and ``request_id`` (what support asks for) and never
carry an app secret, access token or refresh token.

The answers TikTok gives follow openai-python's shape: :class:`APIError` is any error answer
and keeps the response (``status_code``, ``headers``, ``body``, ``request_id``);
:class:`APIStatusError` is the parent of the classified failures (authentication, permission,
parameters, not found, rate limit, server), each picked from TikTok's ``code`` or the HTTP status.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "ClockSkewError",
    "InvalidParameterError",
    "InvalidSignatureError",
    "MalformedResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RefreshTokenError",
    "RequestValidationError",
    "ServerError",
    "TikTokShopError",
    "TokenExpiredError",
    "TokenStoreError",
    "WebhookVerificationError",
    "error_for",
]


class TikTokShopError(Exception):
    """Base class of every error raised by this SDK."""


class RequestValidationError(TikTokShopError, ValueError):
    """The call's arguments do not fit the operation; raised before anything is sent."""

    def __init__(self, operation: str, problems: Sequence[tuple[str, str]]) -> None:
        self.operation = operation
        self.problems = list(problems)
        details = "; ".join(f"{field}: {message}" for field, message in self.problems)
        super().__init__(f"invalid arguments for {operation}: {details}")

    @property
    def fields(self) -> list[str]:
        return [field for field, _ in self.problems]


class APIConnectionError(TikTokShopError):
    """The request could not be completed: DNS, connect, reset, or a protocol error."""

    def __init__(self, message: str, *, operation: str | None = None) -> None:
        self.operation = operation
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out."""


BODY_LIMIT = 64 * 1024
"""How many bytes of a response body an error keeps (``APIError.body``)."""


class APIError(TikTokShopError):
    """TikTok answered, and the answer is an error: a non-zero envelope ``code``, an HTTP error
    status, or a body that could not be read.

    ``headers`` are the response's headers, ``body`` its first :data:`BODY_LIMIT` bytes (any
    token value in it masked), ``request_id`` the envelope's (else the ``x-tts-logid`` header).
    """

    def __init__(
        self,
        message: str,
        *,
        code: int | None,
        request_id: str | None,
        status_code: int,
        operation: str | None = None,
        retry_after: float | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> None:
        self.message = message
        self.code = code
        self.request_id = request_id
        self.status_code = status_code
        self.operation = operation
        self.retry_after = retry_after
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.body = body[:BODY_LIMIT]
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        code = f"code {self.code}" if self.code is not None else "no code"
        return f"{where}{self.message} ({code}, HTTP {self.status_code}, request_id={self.request_id or '-'})"

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(code={self.code!r}, status_code={self.status_code!r}, request_id={self.request_id!r})"


class MalformedResponseError(APIError):
    """The body is not TikTok's envelope (cut short, not JSON, or not the operation's schema).

    Retried like a server error on reads and idempotent writes.
    """


class APIStatusError(APIError):
    """An error answer of a known family; the parent of the classes below. Raised itself for an
    HTTP error status without a recognised TikTok code."""


class AuthenticationError(APIStatusError):
    """The access token, app key or signature was not accepted."""


class InvalidSignatureError(AuthenticationError):
    """TikTok could not verify ``sign`` (code 106001): check the app secret and the clock."""


class TokenExpiredError(AuthenticationError):
    """The access token has expired (code 105002); a token manager refreshes and retries."""


class RefreshTokenError(AuthenticationError):
    """The refresh token was rejected (revoked, expired or already rotated): re-authorize."""


class PermissionDeniedError(APIStatusError):
    """The app lacks the scope for this operation, or the seller has not granted it."""


class InvalidParameterError(APIStatusError):
    """TikTok rejected a parameter value."""


class ClockSkewError(InvalidParameterError):
    """TikTok refused the request's ``timestamp`` (36009004 naming it): this machine's clock and
    TikTok's differ by more than TikTok allows (5 minutes behind, 30 seconds ahead).

    The client learns TikTok's clock from its answers' ``Date`` header and, on this refusal, corrects
    from the refusing answer and retries once; this error means the retry was refused too (or the
    answer had no ``Date``). ``client.clock_offset`` shows the correction in use.
    """


class NotFoundError(APIStatusError):
    """The resource does not exist, or the path is unknown."""


class RateLimitError(APIStatusError):
    """Too many requests (code 36009002 or HTTP 429); retried with backoff."""


class ServerError(APIStatusError):
    """TikTok failed internally (HTTP 5xx or code 36009003); retried with backoff."""


class TokenStoreError(TikTokShopError):
    """The token store failed (its SQLite file unreadable or locked too long, Redis unreachable):
    the call had no access token to send. The store's own exception is the ``__cause__``."""


class WebhookVerificationError(TikTokShopError):
    """A webhook's signature, timestamp or body did not verify.

    ``status`` is what a receiver answers: 401 only when the signature fails; 413 for a body over
    the size limit (checked before the signature); 400 for a signed body that cannot be used (not
    a JSON object, nested too deep, or older than the tolerance).
    """

    def __init__(self, message: str, *, status: int = 401) -> None:
        self.status = status
        super().__init__(message)


# The codes TikTok is publicly reported to use, and the sandbox's own for the families TikTok's
# public table leaves out (105001, 105003, 36009005). TikTok sends most of them with HTTP 200
# (business errors) and some with 401/429/5xx; either way the code decides the class. Other
# codes map through the HTTP status.
_CODES: dict[int, type[APIError]] = {
    106001: InvalidSignatureError,
    105001: AuthenticationError,
    105002: TokenExpiredError,
    105003: RefreshTokenError,
    36004004: AuthenticationError,
    36009043: AuthenticationError,
    36009044: AuthenticationError,
    105005: PermissionDeniedError,
    101000: PermissionDeniedError,
    36009033: PermissionDeniedError,
    21008106: PermissionDeniedError,
    36009004: InvalidParameterError,
    106013: InvalidParameterError,
    98001004: InvalidParameterError,
    12052180: InvalidParameterError,
    36009005: NotFoundError,
    36009009: NotFoundError,
    36009010: NotFoundError,
    36009014: NotFoundError,
    36009002: RateLimitError,
    36009037: RateLimitError,
    36009003: ServerError,
    36009007: ServerError,
}

_STATUSES: dict[int, type[APIError]] = {
    400: InvalidParameterError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    429: RateLimitError,
}


_NAMES_TIMESTAMP = re.compile(r"\btimestamp\b", re.IGNORECASE)


def error_for(code: int | None, status_code: int, message: str = "") -> type[APIError]:
    """The exception class for a TikTok ``code``, HTTP status and message."""
    if code == 36009004 and _NAMES_TIMESTAMP.search(message):
        return ClockSkewError
    if code is not None and code in _CODES:
        return _CODES[code]
    if status_code in _STATUSES:
        return _STATUSES[status_code]
    if status_code >= 500:
        return ServerError
    return APIStatusError if status_code >= 400 else APIError
