"""TikTok's clock as the client knows it: an offset learned from the API host's ``Date`` headers.

TikTok refuses a ``timestamp`` more than 5 minutes behind its clock or 30 seconds ahead of it.
Machines drift (a VM resumed from suspend, a container without NTP), so the client signs with its
own clock corrected by TikTok's. Every answer carries a ``Date`` header with second resolution;
each one gives a sample of the offset, and the offset applied is the median of the last few
samples, rounded to whole seconds: one answer from a proxy with a wrong clock moves nothing, and
a clock that agrees with TikTok's to within a second stays uncorrected. When TikTok refuses a
timestamp anyway (:class:`~tiktok_shop.ClockSkewError`), the offset is taken from that answer
alone and the call is retried once.

Only answers of the API host teach the clock: the token host (another server) is never asked
for a timestamp, and its clock is not the one that judges ours.
"""

from __future__ import annotations

import statistics
import threading
import time
from collections import deque
from email.utils import parsedate_to_datetime

__all__ = ["ServerClock"]

SAMPLES = 5
"""How many recent answers the offset is the median of."""


def _date_seconds(header: str | None) -> float | None:
    """The unix time an HTTP ``Date`` header names, or None when it is missing or unreadable."""
    if not header:
        return None
    try:
        moment = parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:  # RFC 9110 dates are GMT; an obsolete form may omit the zone
        return None
    return moment.timestamp()


class ServerClock:
    """The offset of TikTok's clock from this machine's, shared by a client and its copies."""

    def __init__(self) -> None:
        self._samples: deque[float] = deque(maxlen=SAMPLES)
        self._offset = 0
        self._lock = threading.Lock()
        self._last: tuple[str, float | None] = ("", None)  # the last Date header read, and its time

    def __repr__(self) -> str:
        return f"ServerClock(offset={self._offset})"

    @property
    def offset(self) -> int:
        """Whole seconds TikTok's clock runs ahead of this machine's (negative: behind)."""
        return self._offset

    def now(self) -> int:
        """TikTok's unix time as best known: what a request's ``timestamp`` carries."""
        return int(time.time() + self._offset)

    def _sample(self, header: str | None, received_at: float) -> float | None:
        """One offset sample: the middle of the second the header names, minus when it arrived."""
        if header is None:
            return None
        last_header, seconds = self._last
        if header != last_header:  # answers within one second share a Date: parse it once
            seconds = _date_seconds(header)
            self._last = (header, seconds)
        return None if seconds is None else seconds + 0.5 - received_at

    def observe(self, header: str | None, received_at: float) -> None:
        """Learn from one answer of the API host (``received_at``: this machine's time on arrival)."""
        sample = self._sample(header, received_at)
        if sample is None:
            return
        with self._lock:
            self._samples.append(sample)
            self._offset = round(statistics.median(self._samples))

    def correct(self, header: str | None, received_at: float) -> bool:
        """Trust this answer alone (TikTok just refused our timestamp); False when it has no usable Date."""
        sample = self._sample(header, received_at)
        if sample is None:
            return False
        with self._lock:
            self._samples.clear()
            self._samples.append(sample)
            self._offset = round(sample)
        return True
