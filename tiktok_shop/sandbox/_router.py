"""Which operation a request is for, and the shape of its answer, from the bundled spec.

One catch-all route dispatches on the registry, so the sandbox serves every spec operation
without per-route code; each operation's :class:`Shape` comes from its response schema and
TikTok's documented sample, so new operations and fields in the spec are served as they land.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from .._contract import Operation
from .._registry import operations
from ._answers import Shape

__all__ = ["AUTH_PREFIX", "Route", "Router", "load_samples", "load_spec"]

AUTH_PREFIX = "/api/v2"
_VERSION_SUFFIX = re.compile(r"\d{6}$")


@cache
def load_spec() -> dict[str, Any]:
    text = resources.files("tiktok_shop_generated").joinpath("openapi.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def load_samples() -> dict[str, dict[str, Any]]:
    """TikTok's documented payloads (the response ``data``) by operationId: the default answers."""
    text = resources.files(__package__).joinpath("samples.json").read_text(encoding="utf-8")
    data: dict[str, dict[str, Any]] = json.loads(text)
    return data


def _is_time(key: str, value: Any) -> bool:
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and 1_000_000_000 <= value < 4_000_000_000
        and (key.endswith(("_time", "_date", "_at")) or key in ("time", "timestamp"))
    )


def _times(data: Any) -> list[int]:
    if isinstance(data, dict):
        return [v for k, v in data.items() if _is_time(k, v)] + [t for v in data.values() for t in _times(v)]
    if isinstance(data, list):
        return [t for v in data for t in _times(v)]
    return []


def _shifted(data: Any, by: int) -> Any:
    if isinstance(data, dict):
        return {k: v + by if _is_time(k, v) else _shifted(v, by) for k, v in data.items()}
    if isinstance(data, list):
        return [_shifted(v, by) for v in data]
    return data


def rebased(sample: Any, now: int) -> Any:
    """``sample`` with its unix times moved together so the latest is ``now``: 2022's dates read as today's."""
    times = _times(sample)
    return _shifted(sample, now - max(times)) if times else sample


def answer_shape(spec: dict[str, Any], op: Operation[Any]) -> Shape:
    """The shape of ``op``'s ``data``, filled from its sample (or the sample of another version)."""
    media = spec["paths"][op.path][op.method.lower()]["responses"]["200"]["content"]["application/json"]
    samples = load_samples()
    sample = samples.get(op.id, samples.get(_VERSION_SUFFIX.sub("", op.id)))
    if sample is not None:
        sample = rebased(sample, int(time.time()) // 3600 * 3600)
    return Shape(spec, media["schema"]["properties"]["data"], sample)


@dataclass(frozen=True)
class Route:
    operation: Operation[Any]
    pattern: re.Pattern[str] | None
    shape: Shape


class Router:
    """Finds the operation of a method and path: exact paths by dict, templated ones by regex."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.exact: dict[tuple[str, str], Route] = {}
        self.templated: list[tuple[str, Route]] = []
        for op in operations():
            served = (AUTH_PREFIX if op.host == "auth" else "") + op.path
            pattern = None
            if "{" in served:
                pattern = re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(served)) + "$")
            route = Route(op, pattern, answer_shape(spec, op))
            if pattern is not None:
                self.templated.append((op.method, route))
            else:
                self.exact[(op.method, served)] = route
        # More literal text first, so /products/search wins over /products/{product_id}.
        self.templated.sort(key=lambda item: -len(re.sub(r"\{\w+\}", "", item[1].operation.path)))

    def other_versions(self, method: str, path: str) -> list[str]:
        """The versions at which ``method path`` is served when its own version is not (36009014)."""
        parts = path.split("/")
        if len(parts) < 4 or not _VERSION_SUFFIX.fullmatch(parts[2]):
            return []
        versions = {op.version for op in (r.operation for r in self.routes()) if op.version}
        return sorted(v for v in versions if self.find(method, "/".join([*parts[:2], v, *parts[3:]])))

    def routes(self) -> list[Route]:
        return [*self.exact.values(), *(route for _, route in self.templated)]

    def serves(self, path: str) -> bool:
        """Whether some method is served at ``path``."""
        return any(self.find(method, path) for method in ("GET", "POST", "PUT", "DELETE"))

    def find(self, method: str, path: str) -> tuple[Route, dict[str, str]] | None:
        route = self.exact.get((method, path))
        if route is not None:
            return route, {}
        for route_method, candidate in self.templated:
            if route_method == method and candidate.pattern is not None:
                match = candidate.pattern.match(path)
                if match:
                    return candidate, match.groupdict()
        return None
