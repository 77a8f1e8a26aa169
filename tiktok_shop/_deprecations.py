"""Warn once per process when code calls an operation version TikTok is retiring (``x-tts-deprecated``)."""

from __future__ import annotations

import sys
import threading
import warnings
from typing import Any

from ._contract import Operation

_warned: set[str] = set()
_lock = threading.Lock()


def _caller_level() -> int:
    """The ``stacklevel`` of the first frame outside this package and the generated one: the caller's line."""
    frame = sys._getframe(1)
    level = 1
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if not name.startswith(("tiktok_shop.", "tiktok_shop_generated")) and name != "tiktok_shop":
            return level
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


def warn_if_deprecated(operation: Operation[Any]) -> None:
    """Emit one ``DeprecationWarning`` per operation version and process, naming the replacement."""
    deprecation = operation.deprecation
    if deprecation is None:
        return
    with _lock:
        if operation.id in _warned:
            return
        _warned.add(operation.id)
    warnings.warn(deprecation.message(operation), DeprecationWarning, stacklevel=_caller_level())
