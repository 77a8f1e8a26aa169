"""Fault injection: make chosen operations fail the way TikTok and networks fail."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass
from typing import Literal

FaultKind = Literal["429", "500", "502", "503", "reset", "delay", "malformed"]
KINDS: tuple[str, ...] = ("429", "500", "502", "503", "reset", "delay", "malformed")


@dataclass
class Fault:
    """A fault on ``route`` (an operationId, ``METHOD /path`` or ``*``).

    ``times`` faults the next N matching requests; ``probability`` faults each one at random.
    ``after=True`` applies the operation first and then fails the response, which is how a
    write can succeed on TikTok's side while the client sees an error.
    """

    kind: FaultKind
    route: str = "*"
    times: int | None = 1
    probability: float | None = None
    delay: float = 0.0
    after: bool = False
    retry_after: float | None = None

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
    ) -> Fault:
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {', '.join(KINDS)}")
        if probability is not None:
            times = None
        fault = Fault(kind, route, times, probability, delay, after, retry_after)
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

    def take(self, operation_id: str, method: str, path: str, *, after: bool) -> Fault | None:
        """The fault to inject now for this request, if any (consuming one of its ``times``)."""
        with self._lock:
            for fault in self._faults:
                if fault.after != after or not fault.matches(operation_id, method, path):
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
