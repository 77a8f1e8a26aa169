"""Fault injection: make chosen operations fail the way TikTok and networks fail."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from typing import Any, Literal

FaultKind = Literal["429", "500", "502", "503", "timeout", "reset", "reset_before_read", "delay", "malformed", "extra"]
KINDS: tuple[str, ...] = (
    "429", "500", "502", "503", "timeout", "reset", "reset_before_read", "delay", "malformed", "extra"
)  # fmt: skip
Stage = Literal["connection", "before", "after"]


@dataclass
class Fault:
    """A fault on ``route`` (an operationId, ``METHOD /path`` or ``*``).

    ``times`` faults the next N matching requests; ``probability`` faults each one at random.
    ``after=True`` applies the operation first and then fails the response, which is how a
    write can succeed on TikTok's side while the client sees an error. ``extra`` answers normally
    with ``fields`` merged into ``data`` (a dict value merges into a dict or into every element
    of a list): how TikTok adds a field the spec does not declare yet.

    ``timeout`` answers TikTok's own timeout (code 36009007; with ``after=True`` the operation was
    applied first). ``reset`` is a real TCP reset (RST, no answer) once the request was read; ``after=True`` resets
    after the operation was applied. ``reset_before_read`` resets as the request arrives, before
    the server reads any of it. A 429 is never ``after``: TikTok's gateway limits rates before the
    operation runs.
    """

    kind: FaultKind
    route: str = "*"
    times: int | None = 1
    probability: float | None = None
    delay: float = 0.0
    after: bool = False
    retry_after: float | None = None
    fields: dict[str, Any] | None = None

    @property
    def stage(self) -> Stage:
        """When the fault strikes: as the request arrives, before the operation, or after it."""
        if self.kind == "reset_before_read":
            return "connection"
        return "after" if self.after else "before"

    def matches(self, operation_id: str, method: str, path: str) -> bool:
        return self.route in ("*", operation_id, f"{method} {path}")


class Faults:
    """The sandbox's fault controls (``sandbox.faults``)."""

    def __init__(self, seed: int = 0) -> None:
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self.injected = 0

    def add(
        self,
        kind: FaultKind,
        route: str = "*",
        *,
        times: int | None = 1,
        probability: float | None = None,
        delay: float = 0.0,
        after: bool = False,
        retry_after: float | None = None,
        fields: dict[str, Any] | None = None,
    ) -> Fault:
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {', '.join(KINDS)}")
        if (kind == "extra") != (fields is not None):
            raise ValueError("fields= goes with the 'extra' kind, and only with it")
        if after and kind in ("429", "reset_before_read"):
            raise ValueError(f"a {kind} fault happens before the operation runs: after=True does not apply")
        if probability is not None:
            times = None
        after = after or kind == "extra"
        fault = Fault(kind, route, times, probability, delay, after, retry_after, fields)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def active(self) -> list[Fault]:
        """The faults that can still fire, in the order they are matched."""
        with self._lock:
            return [f for f in self._faults if f.probability is not None or f.times is None or f.times > 0]

    def remove(self, fault: Fault) -> bool:
        """Stop ``fault`` from firing; False when it was not there (any more)."""
        with self._lock:
            for index, candidate in enumerate(self._faults):
                if candidate is fault:
                    del self._faults[index]
                    return True
        return False

    def take(self, operation_id: str, method: str, path: str, *, stage: Stage) -> Fault | None:
        """The fault to inject now for this request at ``stage``, if any (consuming one of its ``times``)."""
        with self._lock:
            for fault in self._faults:
                if fault.stage != stage or not fault.matches(operation_id, method, path):
                    continue
                if fault.probability is not None:
                    if self._rng.random() >= fault.probability:
                        continue
                elif fault.times is not None:
                    if fault.times <= 0:
                        continue
                    fault.times -= 1
                self.injected += 1
                return fault
        return None


def with_fields(data: Any, fields: dict[str, Any]) -> Any:
    """``data`` with ``fields`` merged in: dicts merge key by key, a dict merges into each element of a list."""
    if isinstance(data, list):
        return [with_fields(item, fields) for item in data]
    if not isinstance(data, dict):
        return data
    merged = dict(data)
    for key, value in fields.items():
        current = merged.get(key)
        nested = isinstance(value, dict) and isinstance(current, dict | list)
        merged[key] = with_fields(current, value) if nested else value
    return merged
