"""The exception hierarchy. Every error the SDK raises is a :class:`TikTokShopError`.

Messages name the operation, TikTok's code and ``request_id`` (what support asks for) and never
carry an app secret, access token or refresh token.

The answers TikTok gives follow openai-python's shape: :class:`APIError` is any error answer
and keeps the response (``status_code``, ``headers``, ``body``, ``request_id``);
:class:`APIStatusError` is the parent of the classified failures (authentication, permission,
parameters, not found, rate limit, server), each picked from TikTok's ``code`` or the HTTP status.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import ClassVar, Literal

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "ConfigurationError",
    "ClockSkewError",
    "InvalidParameterError",
    "InvalidSignatureError",
    "MalformedResponseError",
    "NotFoundError",
    "PermissionDeniedError",
    "QuotaExhaustedError",
    "RateLimitError",
    "RefreshTokenError",
    "RequestValidationError",
    "RetryWhen",
    "ServerError",
    "TikTokShopError",
    "TokenExpiredError",
    "TokenStoreError",
    "WebhookVerificationError",
]

RetryWhen = Literal["always", "when_safe", "never"]
"""When the client retries an error: for every operation, only for operations safe to repeat (reads,
and writes carrying an idempotency key), or never."""


class TikTokShopError(Exception):
    """Base class of every error raised by this SDK.

    ``retryable`` says whether the client retried (or would retry) this error for the operation it
    was raised for; ``hint`` is one line on what to do about it.
    """

    retry_when: ClassVar[RetryWhen] = "never"
    HINT: ClassVar[str] = ""
    _retryable: bool | None = None

    @property
    def retryable(self) -> bool:
        return self._retryable if self._retryable is not None else self.retry_when == "always"

    @property
    def hint(self) -> str:
        return self.HINT


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
    """The request could not be completed: DNS, connect, reset, or a protocol error.

    Retried when the request never reached TikTok, and otherwise for operations safe to repeat.
    """

    retry_when: ClassVar[RetryWhen] = "when_safe"
    HINT = "Check the network; a read is retried, a write only when TikTok cannot have applied it."

    def __init__(self, message: str, *, operation: str | None = None, retryable: bool | None = None) -> None:
        self.operation = operation
        self._retryable = retryable
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out."""


BODY_LIMIT = 64 * 1024
"""How many bytes of a response body an error keeps (``APIError.body``)."""


class APIError(TikTokShopError):
    """TikTok answered, and the answer is an error: a non-zero envelope ``code``, an HTTP error
    status, or a body that could not be read.

    ``headers`` are the response's headers, ``body`` its first :data:`BODY_LIMIT` bytes (any
    token value in it masked), ``request_id`` the envelope's (else the ``x-tts-logid`` header),
    ``field`` the request parameter TikTok's message names (``body.address``, ``timestamp``), if any.
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
        field: str | None = None,
        retryable: bool | None = None,
    ) -> None:
        self.message = message
        self.field = field
        self._retryable = retryable
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

    retry_when: ClassVar[RetryWhen] = "when_safe"
    HINT = "TikTok's answer was cut short or garbled: retried on reads; check a write's effect before repeating it."


class APIStatusError(APIError):
    """An error answer of a known family; the parent of the classes below. Raised itself for an
    HTTP error status without a recognised TikTok code."""


class AuthenticationError(APIStatusError):
    """The access token, app key or signature was not accepted."""

    HINT = "Check the app key, app secret and access token."


class InvalidSignatureError(AuthenticationError):
    """TikTok could not verify ``sign`` (code 106001): check the app secret and the clock."""

    HINT = "Check the app secret; the sandbox's request log explains which signing step differs."


class TokenExpiredError(AuthenticationError):
    """The access token has expired (code 105002); a token manager refreshes and retries."""

    HINT = "Refresh the access token (a TokenManager does, and retries the call once)."


class RefreshTokenError(AuthenticationError):
    """The refresh token was rejected (revoked, expired or already rotated): re-authorize."""

    HINT = "The seller must authorize the app again."


class PermissionDeniedError(APIStatusError):
    """The app lacks the scope for this operation, or the seller has not granted it."""

    HINT = "The app may not call this for this seller or shop."


class InvalidParameterError(APIStatusError):
    """TikTok rejected a parameter (code 36009004); ``field`` names it when the message does."""

    HINT = "Fix the parameter named in .field (the message says what is wrong); not retried."


class ClockSkewError(InvalidParameterError):
    """TikTok refused the request's ``timestamp`` (36009004 naming it): this machine's clock and
    TikTok's differ by more than TikTok allows (5 minutes behind, 30 seconds ahead).

    The client learns TikTok's clock from its answers' ``Date`` header and, on this refusal, corrects
    from the refusing answer and retries once; this error means the retry was refused too (or the
    answer had no ``Date``). ``client.clock_offset`` shows the correction in use.
    """

    HINT = "Set this machine's clock (NTP): the client corrected its offset from TikTok's Date header once already."


class NotFoundError(APIStatusError):
    """The resource does not exist, or the path is unknown."""

    HINT = "Check the id: the resource does not exist in this shop."


class RateLimitError(APIStatusError):
    """Too many requests (code 36009002 or HTTP 429); retried with backoff."""

    retry_when: ClassVar[RetryWhen] = "always"
    HINT = "Retried with backoff (Retry-After honoured); if it persists, send fewer requests per second."


class QuotaExhaustedError(RateLimitError):
    """The shop's ``daily_quota`` (set on the rate limiter) is used up: raised before sending.

    Nothing reached TikTok, so ``code`` and ``request_id`` are ``None``; ``status_code`` is the
    429 TikTok would answer. ``reset_at`` is when the quota resets (midnight UTC, an aware
    datetime) and ``retry_after`` the seconds until then. Never retried.
    """

    retry_when: ClassVar[RetryWhen] = "never"
    HINT = "The shop's daily quota is used up: wait for reset_at, or raise daily_quota if TikTok allows more."

    def __init__(self, message: str, *, operation: str, reset_at: datetime, retry_after: float) -> None:
        self.reset_at = reset_at
        super().__init__(
            message, code=None, request_id=None, status_code=429, operation=operation, retry_after=retry_after
        )

    def __str__(self) -> str:
        return f"{self.operation}: {self.message} (resets at {self.reset_at.isoformat()})"


class ServerError(APIStatusError):
    """TikTok failed internally (HTTP 5xx or code 36009003); retried with backoff."""

    retry_when: ClassVar[RetryWhen] = "when_safe"
    HINT = "Retried on reads and idempotent writes; if it persists, report the request_id to TikTok."


class ConfigurationError(TikTokShopError):
    """The app's setup in Partner Center or the client's settings, not the call, is at fault.

    A mix-in: the errors that are also a configuration problem (an IP outside the allow-list, an
    unknown app key) derive from it besides their family.
    """


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
