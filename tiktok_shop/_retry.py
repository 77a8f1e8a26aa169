"""When to retry: exponential backoff with full jitter, ``Retry-After``, a total deadline.

A write that may have reached TikTok is never retried: only reads (the spec's
``x-tts-retry-safe``) are retried after a timeout, a reset or a 5xx. Connect failures and rate
limits are retried for every operation because TikTok provably did not act on them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from ._config import ClientConfig
from ._contract import Operation
from ._exceptions import APIConnectionError, RateLimitError, ServerError, TikTokShopError

__all__ = ["Outcome", "retry_delay"]

_jitter = random.SystemRandom()


@dataclass(frozen=True, slots=True)
class Outcome:
    """A failed attempt: its error, and whether the request may have reached the server."""

    error: TikTokShopError
    reached: bool


def _retryable(op: Operation[Any], outcome: Outcome) -> bool:
    error = outcome.error
    if isinstance(error, RateLimitError):
        return True
    if isinstance(error, APIConnectionError):
        return op.retry_safe or not outcome.reached
    if isinstance(error, ServerError):
        return op.retry_safe
    return False


def retry_delay(
    op: Operation[Any], outcome: Outcome, attempt: int, elapsed: float, config: ClientConfig
) -> float | None:
    """Seconds to wait before the next attempt, or ``None`` to give up and raise."""
    if attempt > config.max_retries or not _retryable(op, outcome):
        return None
    retry_after = getattr(outcome.error, "retry_after", None)
    if isinstance(retry_after, int | float):
        delay = min(float(retry_after), config.backoff_max * 4)
    else:
        delay = _jitter.uniform(0, min(config.backoff_max, config.backoff_base * 2 ** (attempt - 1)))
    if config.deadline is not None and elapsed + delay > config.deadline:
        return None
    return delay
