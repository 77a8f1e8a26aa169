"""One shop's run of an order sync, as decisions without I/O (the sync and async drivers share it).

The run covers ``update_time`` from the checkpoint (minus the overlap) to TikTok's clock at the
run's start, in ascending windows ``[start, end)``. Each search asks for the oldest changes first;
the next search starts at the newest ``update_time`` just read (keyset paging: an order updated
meanwhile leaves the results without shifting the ones not read yet, as an offset token would), and
follows TikTok's page token only while a whole page shares one ``update_time``. A window TikTok
finds too broad (12052180, or a ``total_count`` over the limit) is split in two, oldest half first.

Because windows are finished in order, "every change TikTok had recorded before ``synced_until``
when its window was read was handed out" holds at every step; ``synced_until`` only moves once the
caller has asked past every order read before it. The keys ``(order id, update_time)`` handed out
at or after ``synced_until - overlap`` are kept, so the overlap re-reads them without handing them
out again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = ["SEARCH_LIMIT", "SEARCH_TOO_BROAD", "Checkpoint", "Key", "Progress", "ShopWalk"]

SEARCH_LIMIT = 10_000
"""TikTok refuses a search matching more orders than this."""
SEARCH_TOO_BROAD = 12052180
"""TikTok's code for such a search."""

Key = tuple[str, int]
"""``(order id, update_time)``: one change of one order."""


@dataclass(frozen=True)
class Checkpoint:
    """Where a shop's sync stands: every change before ``synced_until`` was handed out; ``seen`` are
    the changes handed out at or after ``synced_until - overlap``. ``None``: never synced."""

    synced_until: int | None = None
    seen: frozenset[Key] = frozenset()


@dataclass(frozen=True)
class Progress:
    """What to write to the store: ``synced_until``, the keys handed out since the last write, and
    the ``update_time`` below which keys may be forgotten."""

    synced_until: int | None
    handed_out: tuple[Key, ...]
    forget_before: int | None


@dataclass
class ShopWalk:
    """The windows left to read for one shop, the keys seen, and what the caller has acknowledged."""

    checkpoint: Checkpoint
    overlap: int
    page_size: int
    start: int = 0
    limit: int = SEARCH_LIMIT
    run_end: int = 0
    windows: list[tuple[int, int]] = field(default_factory=list)  # a stack: the oldest window last
    page_token: str | None = None
    synced_until: int | None = None
    _seen: set[Key] = field(default_factory=set)
    _handed_out: list[Key] = field(default_factory=list)  # acknowledged since the last write
    _pending: tuple[int, int] | None = None  # (synced_until once acknowledged, orders still to acknowledge)
    _answered: bool = False

    def __post_init__(self) -> None:
        self.synced_until = self.checkpoint.synced_until
        self._seen = set(self.checkpoint.seen)

    @property
    def begin(self) -> int:
        """Where this run starts: the checkpoint minus the overlap, or ``start`` on a first run."""
        if self.synced_until is None:
            return self.start
        return max(self.synced_until - self.overlap, 0)

    def plan(self, now: int) -> None:
        """Cover ``[begin, now + 1)``; ``now`` is TikTok's clock in whole seconds.

        The current second is included, so a change made just before the run starts is in it; a
        change made later in that second, after its window was read, falls inside the next run's
        overlap (at least one second) and is handed out then.
        """
        self.run_end = now + 1
        self.windows = [(self.begin, self.run_end)] if self.begin < self.run_end else []
        self.page_token = None

    def search(self) -> dict[str, Any] | None:
        """The next ``search_orders`` arguments, or None when the run is done."""
        if not self.windows:
            return None
        start, end = self.windows[-1]
        arguments: dict[str, Any] = {
            "page_size": self.page_size,
            "sort_field": "update_time",
            "sort_order": "ASC",
            "update_time_ge": start,
            "update_time_lt": end,
        }
        if self.page_token:
            arguments["page_token"] = self.page_token
        return arguments

    def answered(self, now: int, clock_moved: bool) -> bool:
        """Called with TikTok's clock after each answer; True when the run must be planned again.

        The first answer of a run may correct the client's idea of TikTok's clock (``clock_moved``):
        a run planned to end in TikTok's future would let changes made meanwhile slip under
        ``synced_until``, and one planned to end in its past would leave out changes already made.
        """
        first, self._answered = not self._answered, True
        if first and clock_moved:
            self.plan(now)
            return True
        return False

    def split(self) -> bool:
        """The current window is too broad: halve it. False when it is one second wide (cannot split)."""
        start, end = self.windows[-1]
        if end - start < 2:
            return False
        middle = start + (end - start) // 2
        self.windows[-1:] = [(middle, end), (start, middle)]
        self.page_token = None
        return True

    def take(self, orders: Iterable[Any], total_count: int | None, next_page_token: str | None) -> list[Any]:
        """The orders of one page not handed out before; moves the walk on.

        Orders without an id or ``update_time`` cannot be placed and are skipped.
        """
        if not self.page_token and (total_count or 0) > self.limit and self.split():
            return []
        start, end = self.windows[-1]
        fresh, newest = [], start
        for order in orders:
            if order.id is None or order.update_time is None:
                continue
            newest = max(newest, order.update_time)
            key = (order.id, order.update_time)
            if key not in self._seen:
                self._seen.add(key)
                fresh.append(order)
        if not next_page_token:
            self.windows.pop()
            self.page_token, reached = None, end
        elif newest > start:
            self.windows[-1] = (newest, end)
            self.page_token, reached = None, newest
        else:  # a whole page of one update_time: only TikTok's token moves on
            self.page_token, reached = next_page_token, start
        self._pending = (reached, len(fresh))
        if not fresh:
            self._settle()
        return fresh

    def acknowledge(self, order: Any) -> None:
        """The caller asked past ``order``: it is handed out for good."""
        self._handed_out.append((order.id, order.update_time))
        if self._pending is not None:
            reached, left = self._pending
            self._pending = (reached, left - 1)
            if left == 1:
                self._settle()

    def _settle(self) -> None:
        if self._pending is not None:
            self.synced_until = max(self._pending[0], self.synced_until or 0)
            self._pending = None

    def progress(self) -> Progress:
        """What the store should record now; the keys handed out are reported once."""
        handed_out, self._handed_out = tuple(self._handed_out), []
        until = self.synced_until
        forget = None if until is None else until - self.overlap
        if forget is not None:
            self._seen = {key for key in self._seen if key[1] >= forget}
        return Progress(until, handed_out, forget)
