"""Drift recording: the response fields TikTok sent that the models do not declare.

Response models keep unknown fields in ``model_extra`` (at every depth), so nothing breaks when
TikTok adds one; with ``record_drift=PATH`` (or ``TIKTOK_SHOP_RECORD_DRIFT=PATH``) the client also
writes each such field once per process to PATH, one JSON object a line: the operation, the field's
JSON path inside ``data`` and an example JSON type. Never a value: responses carry customer data.
``tiktok-shop spec drift PATH`` turns the file into spec additions to review.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from os import PathLike
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from ._contract import Operation

__all__ = ["ENV_VAR", "DriftEntry", "DriftRecorder", "read_drift", "recorder_for", "undeclared_fields"]

ENV_VAR = "TIKTOK_SHOP_RECORD_DRIFT"


@dataclass(frozen=True, order=True)
class DriftEntry:
    """One undeclared field: where it was seen and what JSON type it had."""

    operation: str
    method: str
    path: str
    field: str  # JSON path inside the response's ``data``: ``orders[].risk_score``
    type: str  # object | array | string | integer | number | boolean | null


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    for kind, name in ((float, "number"), (str, "string"), (dict, "object"), (list, "array")):
        if isinstance(value, kind):
            return name
    return type(value).__name__


def _plain(path: str, value: Any) -> Iterator[tuple[str, str]]:
    """An undeclared value: its own type, then what it holds."""
    yield path, _json_type(value)
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _plain(f"{path}.{key}", item)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict | list):
                yield from _plain(f"{path}[]", item)


def _declared(path: str, value: Any) -> Iterator[tuple[str, str]]:
    if isinstance(value, BaseModel):
        yield from undeclared_fields(value, f"{path}.")
    elif isinstance(value, list):
        for item in value:
            yield from _declared(f"{path}[]", item)


def undeclared_fields(model: BaseModel, prefix: str = "") -> Iterator[tuple[str, str]]:
    """``(json path, json type)`` of every field in ``model`` (recursively) that its class does not declare."""
    for key, value in (model.model_extra or {}).items():
        yield from _plain(prefix + key, value)
    for name, info in type(model).model_fields.items():
        yield from _declared(prefix + (info.alias or name), getattr(model, name))


class DriftRecorder:
    """Appends each undeclared field to a JSON Lines file, once per process (thread-safe)."""

    def __init__(self, path: str | PathLike[str]) -> None:
        self.path = Path(path)
        self._seen: set[DriftEntry] = set()
        self._lock = threading.Lock()

    def record(self, operation: Operation[Any], parsed: BaseModel) -> None:
        found = {
            DriftEntry(operation.id, operation.method, operation.path, field, kind)
            for field, kind in undeclared_fields(parsed)
        }
        with self._lock:
            new = sorted(found - self._seen)
            if not new:
                return
            self._seen.update(new)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.writelines(json.dumps(asdict(entry), sort_keys=True) + "\n" for entry in new)

    def __repr__(self) -> str:
        return f"DriftRecorder({str(self.path)!r})"


def recorder_for(record_drift: str | PathLike[str] | None) -> DriftRecorder | None:
    """The recorder a client was asked for, by argument or else by ``TIKTOK_SHOP_RECORD_DRIFT``."""
    target = record_drift if record_drift is not None else os.environ.get(ENV_VAR) or None
    return DriftRecorder(target) if target is not None else None


def read_drift(path: str | PathLike[str]) -> list[DriftEntry]:
    """The distinct entries of a drift file (several processes may have appended to it), sorted."""
    return parse_drift(Path(path).read_text(encoding="utf-8"))


def parse_drift(text: str) -> list[DriftEntry]:
    """The distinct entries of a drift recording's text; ``ValueError`` when it is not one."""
    entries = set()
    for line in text.splitlines():
        if line.strip():
            try:
                entries.add(DriftEntry(**json.loads(line)))
            except (TypeError, ValueError) as exc:
                raise ValueError(f"not a drift recording line: {line[:60]!r}") from exc
    return sorted(entries)
