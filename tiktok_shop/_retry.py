"""When to retry: exponential backoff with full jitter, ``Retry-After``, a total deadline.

What is retried (up to ``max_retries`` times, within ``deadline`` seconds of the first attempt):

- errors whose class says ``retry_when = "always"`` (rate limits: 429 / 36009002) and connect
  failures, for every operation: TikTok provably did not act on them;
- errors whose class says ``"when_safe"`` (timeouts, dropped connections, 5xx, 36009003 and
  36009007, malformed bodies) for operations safe to repeat: reads (the spec's
  ``x-tts-retry-safe``) and writes carrying an idempotency key (the spec's
  ``x-tts-idempotency-key``; the key is the same on every attempt, so TikTok applies the write once).

Any other write that may have reached TikTok is never retried, nor is any other error (``"never"``,
the default: a development shop's hourly quota among them). Each error's ``retryable`` is
:func:`retried` for the operation it was raised for, so it says what this policy did.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from ._config import ClientConfig
from ._contract import Operation
from ._exceptions import RetryWhen, TikTokShopError

__all__ = ["RETRY_AFTER_CAP", "Outcome", "backoff_ceiling", "retried", "retry_delay", "safe_to_repeat"]

RETRY_AFTER_CAP = 4
"""A ``Retry-After`` is honoured up to this many times ``backoff_max`` (a server asking for an
hour does not park the caller for an hour)."""

_jitter = random.SystemRandom()


@dataclass(frozen=True, slots=True)
class Outcome:
    """A failed attempt: its error, and whether the request may have reached the server."""

    error: TikTokShopError
    reached: bool


def safe_to_repeat(op: Operation[Any]) -> bool:
    """A read, or a write TikTok deduplicates by its idempotency key."""
    return op.retry_safe or op.idempotency_key is not None


def retried(when: RetryWhen, op: Operation[Any]) -> bool:
    """Whether an error class's ``retry_when`` lets the client retry it for ``op``."""
    return when == "always" or (when == "when_safe" and safe_to_repeat(op))


def _retryable(op: Operation[Any], outcome: Outcome) -> bool:
    return not outcome.reached or retried(outcome.error.retry_when, op)


def backoff_ceiling(attempt: int, config: ClientConfig) -> float:
    """The longest wait after failed attempt ``attempt`` (1-based): ``backoff_base * 2**(attempt-1)``,
    at most ``backoff_max``. The wait itself is drawn uniformly from 0 to this (full jitter)."""
    return min(config.backoff_max, config.backoff_base * 2.0 ** (attempt - 1))


def retry_delay(
    op: Operation[Any], outcome: Outcome, attempt: int, elapsed: float, config: ClientConfig
) -> float | None:
    """Seconds to wait before the next attempt, or ``None`` to give up and raise."""
    if attempt > config.max_retries or not _retryable(op, outcome):
        return None
    retry_after = getattr(outcome.error, "retry_after", None)
    if isinstance(retry_after, int | float):
        delay = min(float(retry_after), config.backoff_max * RETRY_AFTER_CAP)
    else:
        delay = _jitter.uniform(0, backoff_ceiling(attempt, config))
    if config.deadline is not None and elapsed + delay > config.deadline:
        return None
    return delay
