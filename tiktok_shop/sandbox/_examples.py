"""Schema-shaped example data for operations without a stateful handler.

Built from the bundled spec: ``example`` values where the spec gives one, otherwise a value of
the right type whose shape follows the field name (ids are digit strings, times are unix
seconds, on the sandbox clock). The result validates against the response schema by
construction.
"""

from __future__ import annotations

import hashlib
import time
from typing import Any

MAX_DEPTH = 16  # nesting levels (objects and arrays); recursive schemas stop at their first repeat


def resolve(
    spec: dict[str, Any], schema: dict[str, Any], seen: tuple[str, ...] = ()
) -> tuple[dict[str, Any], tuple[str, ...]]:
    """``schema`` with its ``$ref``s followed, and the component names met on the way.

    A component already in ``seen`` (a recursive schema) resolves to an empty object.
    """
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        if name in seen:
            return {"type": "object", "properties": {}}, seen
        seen = (*seen, name)
        schema = spec["components"]["schemas"][name]
    return schema, seen


def _string(name: str, schema: dict[str, Any]) -> str:
    if schema.get("enum"):
        return str(schema["enum"][0])
    if schema.get("format") == "decimal":  # an amount: a decimal string, as TikTok sends it
        return "10.00"
    digest = int(hashlib.sha256(name.encode()).hexdigest()[:12], 16)
    if name == "id" or name.endswith(("_id", "_ids")):
        return str(7_000_000_000_000_000_000 + digest % 10**18)
    if "url" in name:
        return f"https://sandbox.invalid/{name}"
    if name == "currency":
        return "USD"
    if name in ("region", "region_code", "country_code"):
        return "US"
    if "email" in name:
        return "buyer@example.com"
    if name.endswith(("amount", "price", "fee")):
        return "10.00"
    return f"sandbox {name.replace('_', ' ')}".strip()


def example(
    spec: dict[str, Any], schema: dict[str, Any], name: str = "", depth: int = 0, seen: tuple[str, ...] = ()
) -> Any:
    """An example value for ``schema`` (a dict from the bundled spec)."""
    schema, seen = resolve(spec, schema, seen)
    if "example" in schema and not isinstance(schema["example"], dict | list):
        return schema["example"]
    kind = schema.get("type", "object")
    if kind == "object":
        if depth >= MAX_DEPTH:
            return {}
        props = schema.get("properties") or {}
        return {key: example(spec, sub, key, depth + 1, seen) for key, sub in props.items()}
    if kind == "array":
        if depth >= MAX_DEPTH:
            return []
        return [example(spec, schema.get("items") or {"type": "string"}, name, depth + 1, seen)]
    if kind == "integer":
        if schema.get("enum"):
            return schema["enum"][0]
        if name.endswith(("_time", "_at", "timestamp")) or "time" in name:
            return int(time.time()) // 3600 * 3600  # the sandbox clock, to the hour
        return max(int(schema.get("minimum", 1)), 1)
    if kind == "number":
        return 1.5
    if kind == "boolean":
        return False
    return _string(name, schema)
