"""Canned answers that agree with the request they answer.

An operation without a handler answers with TikTok's documented sample (or schema-made data).
Left as is, a sample contradicts the request: it names ids that were never sent and times of
2022. Before it is sent, the answer is fitted: the ids the request names (path parameters,
``X_id`` fields, ``X_ids`` lists) replace the sample's, top-level fields the request also sets
take the request's values, and a write's ``create_time``/``update_time`` come from the sandbox
clock.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from .._contract import Operation
from ._handlers import Request

__all__ = ["fit_to_request"]

_STAMPS = ("create_time", "update_time")


def _walk(data: Any, visit: Callable[[dict[str, Any], str], None]) -> None:
    """Call ``visit(container, key)`` for every key of every object inside ``data``."""
    if isinstance(data, dict):
        for key in list(data):
            visit(data, key)
            _walk(data[key], visit)
    elif isinstance(data, list):
        for item in data:
            _walk(item, visit)


def _same_kind(ours: Any, theirs: Any) -> bool:
    return type(ours) is type(theirs) and isinstance(ours, str | int | bool)


def _request_ids(req: Request) -> tuple[dict[str, str], dict[str, list[str]]]:
    """``{X_id: value}`` and ``{X_id: [values]}`` from the path, the query and the body."""
    single: dict[str, str] = dict(req.path_params)
    lists: dict[str, list[str]] = {}
    for source in (req.query, req.body):
        for key, value in source.items():
            if key.endswith("_id") and isinstance(value, str | int) and not isinstance(value, bool):
                single.setdefault(key, str(value))
            elif key.endswith("_ids"):
                values = value.split(",") if isinstance(value, str) else value
                if isinstance(values, list) and values:
                    lists[key.removesuffix("s")] = [str(v) for v in values]
    return single, lists


def fit_to_request(req: Request, op: Operation[Any], canned: Any) -> Any:
    """``canned`` (a shared answer, left unchanged) fitted to ``req``: a copy when anything differs."""
    single, lists = _request_ids(req)
    write = not op.retry_safe
    given = {**req.query, **req.body}
    if not isinstance(canned, dict) or not (single or lists or write or given.keys() & canned.keys()):
        return canned
    data = copy.deepcopy(canned)
    cursors = dict.fromkeys(lists, 0)
    now = req.state.now()

    def visit(container: dict[str, Any], key: str) -> None:
        value = container[key]
        if key in single and isinstance(value, str):
            container[key] = single[key]
        elif key in lists and isinstance(value, str):
            container[key] = lists[key][cursors[key] % len(lists[key])]
            cursors[key] += 1
        elif write and key in _STAMPS and isinstance(value, int):
            container[key] = now

    _walk(data, visit)
    for key, value in data.items():
        if key in given and _same_kind(value, given[key]):
            data[key] = given[key]
    return data
