"""What the request log learns about a request while it is answered: its duration and signature verdict.

The signature is checked deep inside the answer; rather than thread a record through every
function on the way, the request's task carries one in a context variable: the endpoint opens
it, the signature check fills it in, and the log entry reads it.
"""

from __future__ import annotations

import time
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ._explain import Explanation
    from ._state import LogEntry

__all__ = ["Trace", "current_trace", "open_trace", "signature_refused", "signature_valid"]

Verdict = Literal["valid", "refused"]


@dataclass
class Trace:
    started: float
    signature: Verdict | None = None  # None: not checked (token host, refused before, a fault)
    explanation: Explanation | None = None

    def fill(self, entry: LogEntry) -> None:
        """Record on ``entry`` what this trace learnt, the time taken so far included."""
        entry.duration_ms = (time.perf_counter() - self.started) * 1000
        entry.signature, entry.explanation = self.signature, self.explanation


_current: ContextVar[Trace | None] = ContextVar("sandbox_request_trace", default=None)


def open_trace() -> Trace:
    """Open the trace of the request this task answers."""
    trace = Trace(time.perf_counter())
    _current.set(trace)
    return trace


def current_trace() -> Trace | None:
    return _current.get()


def signature_valid() -> None:
    trace = _current.get()
    if trace is not None:
        trace.signature = "valid"


def signature_refused(explanation: Explanation) -> None:
    trace = _current.get()
    if trace is not None:
        trace.signature, trace.explanation = "refused", explanation
