"""One call from arguments to typed result, as a sans-I/O flow shared by sync and async clients.

:func:`call_flow` is a generator that decides everything (validation, query, body bytes,
signing, retries, error mapping, parsing) and *yields* the I/O it needs: send this request,
sleep this long, give me an access token, refresh it. The sync and async clients only run those
actions, so both behave identically by construction.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
from pydantic import BaseModel

from ._config import ClientConfig
from ._contract import RAW_SINK, Operation
from ._exceptions import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ClockSkewError,
    RateLimitError,
    TokenExpiredError,
)
from ._redaction import redact
from ._request import PreparedCall, build_request, cipher_sent, prepare
from ._response import parse_response
from ._retry import RETRY_AFTER_CAP, Outcome, retried, retry_delay
from ._server_clock import ServerClock
from .ratelimit import Bucket, Ticket
from .signing import Signer

__all__ = [
    "AcquireSlot",
    "GetToken",
    "PreparedCall",
    "RefreshToken",
    "ReportAnswer",
    "Send",
    "Sleep",
    "build_request",
    "call_flow",
    "prepare",
]

logger = logging.getLogger("tiktok_shop")
T = TypeVar("T", bound=BaseModel)


@dataclass(frozen=True, slots=True)
class Send:
    request: httpx.Request


@dataclass(frozen=True, slots=True)
class Sleep:
    seconds: float


@dataclass(frozen=True, slots=True)
class GetToken:
    pass


@dataclass(frozen=True, slots=True)
class RefreshToken:
    rejected: str


@dataclass(frozen=True, slots=True)
class AcquireSlot:
    """Wait for the rate limiter's slot in ``bucket``; the answer is a :class:`Ticket`."""

    bucket: Bucket


@dataclass(frozen=True, slots=True)
class ReportAnswer:
    """Tell the rate limiter how TikTok answered the request of ``ticket``."""

    ticket: Ticket
    limited: bool
    retry_after: float | None = None


Action = Send | Sleep | GetToken | RefreshToken | AcquireSlot | ReportAnswer


def _bucket(op: Operation[Any], config: ClientConfig) -> Bucket | None:
    """What TikTok limits a request of ``op`` under: app, shop (or app-level), operation; token calls aside."""
    if op.host != "api":
        return None
    return Bucket(config.app_key, cipher_sent(op, config), op.id)


def _answer_report(ticket: Ticket, error: APIError | None, config: ClientConfig) -> ReportAnswer:
    """Any answer but a rate limit is a success for the limiter: the request got past TikTok's gate."""
    if not isinstance(error, RateLimitError):
        return ReportAnswer(ticket, limited=False)
    retry_after = error.retry_after
    if retry_after is not None:  # the same cap as the retry's own wait
        retry_after = min(retry_after, config.backoff_max * RETRY_AFTER_CAP)
    return ReportAnswer(ticket, limited=True, retry_after=retry_after)


def _transport_error(op: Operation[Any], exc: httpx.RequestError, *, reached: bool) -> APIConnectionError:
    """The typed error of a failed send; httpx's text is kept (masked) except on the auth host."""
    detail = "" if op.host == "auth" else f": {type(exc).__name__} {redact(str(exc))}".rstrip()
    retryable = not reached or retried(APIConnectionError.retry_when, op)
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{op.id}: request timed out{detail}", operation=op.id, retryable=retryable)
    return APIConnectionError(f"{op.id}: connection failed{detail}", operation=op.id, retryable=retryable)


def call_flow(
    call: PreparedCall[T],
    config: ClientConfig,
    signer: Signer,
    *,
    uses_token_source: bool,
    clock: ServerClock,
    rate_limited: bool = False,
) -> Generator[Action, Any, T]:
    """Run one call: yields the I/O to perform, returns the parsed model.

    ``clock`` is TikTok's clock as the client knows it: requests are stamped with it, the API host's
    answers teach it, and a refused timestamp corrects it once and retries. With ``rate_limited``,
    every attempt first waits for its slot (:class:`AcquireSlot`) and every answer is reported
    (:class:`ReportAnswer`); a request that got no answer is not reported.
    """
    op = call.operation
    bucket = _bucket(op, config) if rate_limited else None
    started = time.monotonic()
    attempt = 0
    refreshed = clock_corrected = False
    while True:
        attempt += 1
        token: str | None = None
        if op.host == "api":
            token = yield GetToken()
        ticket: Ticket | None = (yield AcquireSlot(bucket)) if bucket is not None else None
        request = build_request(call, config, signer, token, clock.now())
        sent_at = time.monotonic()
        result = yield Send(request)
        elapsed_ms = (time.monotonic() - sent_at) * 1000
        received_at = time.time()
        if isinstance(result, httpx.RequestError):
            reached = not isinstance(result, httpx.ConnectError | httpx.ConnectTimeout)
            outcome = Outcome(error=_transport_error(op, result, reached=reached), reached=reached)
            logger.debug(
                "%s %s -> %s (%.1f ms, attempt %d)", op.method, call.path, type(result).__name__, elapsed_ms, attempt
            )
        else:
            response: httpx.Response = result
            sink = RAW_SINK.get()
            if sink is not None:
                sink.append(response)
            date = response.headers.get("date")
            if op.host == "api":
                clock.observe(date, received_at)
            failure: APIError | None = None
            try:
                parsed = parse_response(call, response)
            except APIError as exc:
                failure = exc
            if ticket is not None:
                yield _answer_report(ticket, failure, config)
            if isinstance(failure, ClockSkewError):
                if not clock_corrected and clock.correct(date, received_at):
                    clock_corrected = True
                    logger.warning(
                        "%s %s: TikTok refused the timestamp; its clock is %+d s from this machine's, retrying once",
                        op.method,
                        call.path,
                        clock.offset,
                    )
                    attempt -= 1
                    continue
                raise failure
            if isinstance(failure, TokenExpiredError):
                if uses_token_source and not refreshed and token is not None:
                    refreshed = True
                    logger.info("%s %s: access token expired, refreshing and retrying once", op.method, call.path)
                    yield RefreshToken(token)
                    attempt -= 1
                    continue
                raise failure
            if failure is not None:
                logger.debug(
                    "%s %s -> %d code=%s request_id=%s (%.1f ms, attempt %d)",
                    op.method,
                    call.path,
                    response.status_code,
                    failure.code,
                    failure.request_id,
                    elapsed_ms,
                    attempt,
                )
                outcome = Outcome(error=failure, reached=True)
            else:
                logger.debug(
                    "%s %s -> %d request_id=%s (%.1f ms, attempt %d)",
                    op.method,
                    call.path,
                    response.status_code,
                    response.extensions.get("tiktok_request_id"),
                    elapsed_ms,
                    attempt,
                )
                return parsed
        delay = retry_delay(op, outcome, attempt, time.monotonic() - started, config)
        if delay is None:
            raise outcome.error
        logger.info(
            "%s %s: retrying in %.2fs after %s (attempt %d of %d)",
            op.method,
            call.path,
            delay,
            type(outcome.error).__name__,
            attempt + 1,
            config.max_retries + 1,
        )
        yield Sleep(delay)
