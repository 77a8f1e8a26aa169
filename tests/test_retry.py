"""The retry policy's numbers and rules, pinned: exponential ceilings, full jitter, Retry-After, deadline.

The expected figures are written out by hand from the documented policy (README "Errors and
retries"): ceilings 0.5, 1, 2, 4, 8 s, then 8; waits drawn uniformly from 0 to the ceiling;
Retry-After honoured up to 4 x backoff_max; nothing starts past the deadline.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import tiktok_shop
from tiktok_shop import APIConnectionError, APITimeoutError, MalformedResponseError, RateLimitError, ServerError, _retry
from tiktok_shop._config import ClientConfig
from tiktok_shop._exceptions import AuthenticationError, InvalidParameterError, TikTokShopError
from tiktok_shop._retry import Outcome, backoff_ceiling, retry_delay

CONFIG = ClientConfig.create("key", "secret", max_retries=10, deadline=60.0)  # base 0.5 s, max 8 s
READ = tiktok_shop.operation("POST", "/order/202309/orders/search")
WRITE = tiktok_shop.operation("POST", "/product/202309/products/{product_id}/prices/update")
KEYED_WRITE = tiktok_shop.operation("POST", "/product/202309/products")


def _error(kind: type[TikTokShopError], retry_after: float | None = None) -> TikTokShopError:
    if issubclass(kind, APIConnectionError):
        return kind("x")
    return kind("x", code=None, request_id="r", status_code=500, retry_after=retry_after)  # type: ignore[call-arg]


def _delay(
    error: TikTokShopError,
    *,
    op: Any = READ,
    reached: bool = True,
    attempt: int = 1,
    elapsed: float = 0.0,
    **config: Any,
) -> float | None:
    return retry_delay(op, Outcome(error, reached=reached), attempt, elapsed, CONFIG.changed(**config))


def test_ceilings_double_from_the_base_up_to_the_maximum() -> None:
    assert [backoff_ceiling(n, CONFIG) for n in range(1, 8)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    other = CONFIG.changed(backoff_base=0.1, backoff_max=1.0)
    assert [backoff_ceiling(n, other) for n in range(1, 6)] == [0.1, 0.2, 0.4, 0.8, 1.0]


def test_the_wait_is_drawn_uniformly_from_zero_to_the_ceiling(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retry, "_jitter", random.Random(42))
    drawn = [_delay(_error(ServerError), attempt=n) for n in range(1, 7)]
    reference = random.Random(42)
    assert drawn == [reference.uniform(0, ceiling) for ceiling in (0.5, 1.0, 2.0, 4.0, 8.0, 8.0)]


@given(attempt=st.integers(1, 10))
def test_full_jitter_stays_within_zero_and_the_ceiling(attempt: int) -> None:
    delay = _delay(_error(APITimeoutError), attempt=attempt)
    assert delay is not None and 0.0 <= delay <= min(8.0, 0.5 * 2 ** (attempt - 1))


def test_full_jitter_reaches_across_the_whole_range() -> None:
    draws = [_delay(_error(ServerError), attempt=5) for _ in range(2000)]
    assert all(d is not None and 0 <= d <= 8.0 for d in draws)
    assert min(d for d in draws if d is not None) < 0.5 and max(d for d in draws if d is not None) > 7.5


@pytest.mark.parametrize(
    ("retry_after", "expected"), [(0.0, 0.0), (2.0, 2.0), (31.5, 31.5), (32.0, 32.0), (3600, 32.0)]
)
def test_retry_after_is_honoured_up_to_four_times_the_maximum(retry_after: float, expected: float) -> None:
    assert _delay(_error(RateLimitError, retry_after=retry_after), op=WRITE, deadline=None) == expected


def test_retry_after_counts_against_the_deadline() -> None:
    rate_limited = _error(RateLimitError, retry_after=10.0)
    assert _delay(rate_limited, elapsed=50.0) == 10.0  # ends exactly at the 60 s deadline
    assert _delay(rate_limited, elapsed=50.5) is None
    assert _delay(rate_limited, elapsed=10_000.0, deadline=None) == 10.0


def test_no_retry_starts_past_the_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_retry, "_jitter", random.Random(7))
    wait = random.Random(7).uniform(0, 0.5)
    assert _delay(_error(ServerError), elapsed=60.0 - wait) == wait
    monkeypatch.setattr(_retry, "_jitter", random.Random(7))
    assert _delay(_error(ServerError), elapsed=60.0 - wait + 1e-6) is None


def test_max_retries_counts_retries_not_attempts() -> None:
    assert _delay(_error(ServerError), attempt=2, max_retries=2) is not None  # the second retry
    assert _delay(_error(ServerError), attempt=3, max_retries=2) is None
    assert _delay(_error(ServerError), attempt=1, max_retries=0) is None


@pytest.mark.parametrize(
    ("error", "reached", "read", "unsafe_write", "keyed_write"),
    [
        (RateLimitError, True, True, True, True),
        (APIConnectionError, False, True, True, True),  # never reached TikTok
        (APIConnectionError, True, True, False, True),  # may have reached it
        (APITimeoutError, True, True, False, True),
        (ServerError, True, True, False, True),
        (MalformedResponseError, True, True, False, True),
        (InvalidParameterError, True, False, False, False),
        (AuthenticationError, True, False, False, False),
    ],
)
def test_what_is_retried(
    error: type[TikTokShopError], reached: bool, read: bool, unsafe_write: bool, keyed_write: bool
) -> None:
    assert READ.retry_safe and not WRITE.retry_safe and WRITE.idempotency_key is None
    assert not KEYED_WRITE.retry_safe and KEYED_WRITE.idempotency_key is not None
    for op, expected in ((READ, read), (WRITE, unsafe_write), (KEYED_WRITE, keyed_write)):
        assert (_delay(_error(error), op=op, reached=reached) is not None) is expected, op.id
