"""Helpers for tests that read the bundled spec: $ref resolution, example arguments, validation."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from openapi_schema_validator import OAS30Validator

from tiktok_shop import Operation
from tiktok_shop.sandbox._examples import example


@cache
def wire_spec() -> dict[str, Any]:
    text = resources.files("tiktok_shop_generated").joinpath("openapi.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def deref(schema: Any, depth: int = 0) -> Any:
    """The schema with every local ``$ref`` inlined (recursion cut at a depth)."""
    spec = wire_spec()
    if isinstance(schema, dict):
        if "$ref" in schema:
            if depth > 12:
                return {}
            target: Any = spec
            for part in schema["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            return deref(target, depth + 1)
        return {k: deref(v, depth) for k, v in schema.items()}
    if isinstance(schema, list):
        return [deref(v, depth) for v in schema]
    return schema


def operation_spec(op: Operation[Any]) -> dict[str, Any]:
    found: dict[str, Any] = wire_spec()["paths"][op.path][op.method.lower()]
    return found


def _open_enums(schema: Any) -> Any:
    """Response enumerations are open (TikTok adds values): validate types, not the value lists."""
    if isinstance(schema, dict):
        return {k: _open_enums(v) for k, v in schema.items() if k != "enum"}
    if isinstance(schema, list):
        return [_open_enums(v) for v in schema]
    return schema


def _closed(schema: Any) -> Any:
    """Every object that declares properties refuses any other (free-form objects stay open).

    A property's other wire spellings (``x-tts-wire-names``, e.g. TikTok's ``is_requried``) are
    declared too: TikTok sends them.
    """
    if isinstance(schema, dict):
        closed = {k: _closed(v) for k, v in schema.items()}
        properties = schema.get("properties")
        if isinstance(properties, dict) and properties:
            closed["properties"] = dict(closed["properties"])
            for sub in properties.values():
                for wire in sub.get("x-tts-wire-names", []) if isinstance(sub, dict) else []:
                    closed["properties"][wire] = _closed(sub)
            closed["additionalProperties"] = False
        return closed
    if isinstance(schema, list):
        return [_closed(v) for v in schema]
    return schema


def response_schema(op: Operation[Any]) -> Any:
    """The envelope schema of ``op``'s answer, ``$ref``s inlined."""
    return deref(operation_spec(op)["responses"]["200"]["content"]["application/json"]["schema"])


def validate_response(op: Operation[Any], payload: Any, *, strict: bool = False) -> None:
    """Validate an answer; ``strict`` also refuses any field the spec does not declare, at any depth."""
    schema = _open_enums(response_schema(op))
    OAS30Validator(_closed(schema) if strict else schema).validate(payload)


def unpopulated(schema: Any, values: list[Any], where: str = "") -> list[str]:
    """Declared fields that none of ``values`` (instances of ``schema``) carries, as dotted paths.

    Arrays are looked at across all their items: a field counts as populated when one item has it.
    """
    kind = schema.get("type", "object") if isinstance(schema, dict) else None
    if kind == "array":
        return unpopulated(schema.get("items") or {}, [x for v in values if isinstance(v, list) for x in v], where)
    if kind != "object" or not values:
        return []
    missing: list[str] = []
    for key, sub in (schema.get("properties") or {}).items():
        present = [v[key] for v in values if isinstance(v, dict) and key in v]
        if not present:
            missing.append(f"{where}{key}")
        else:
            missing += unpopulated(sub, present, f"{where}{key}.")
    return missing


def example_arguments(op: Operation[Any]) -> dict[str, Any]:
    """Keyword arguments (Python names) for a call with every parameter and body field filled."""
    spec = wire_spec()
    op_spec = operation_spec(op)
    wire: dict[str, Any] = {}
    for param in deref(op_spec.get("parameters", [])):
        if param["in"] == "query" and param["name"] in ("app_key", "app_secret"):
            continue
        wire[param["name"]] = example(spec, param["schema"], param["name"])
    body = op_spec.get("requestBody", {}).get("content", {})
    if "application/json" in body:
        wire.update(example(spec, body["application/json"]["schema"]))
    if "multipart/form-data" in body:
        form = example(spec, body["multipart/form-data"]["schema"])
        for key, value in form.items():
            schema = deref(body["multipart/form-data"]["schema"])["properties"][key]
            wire[key] = b"\x89PNG sample bytes" if schema.get("format") == "binary" else value
    arguments: dict[str, Any] = {}
    models = [m for m in (op.query_model, op.body_model) if m is not None]
    for model in models:
        for name, info in model.model_fields.items():
            key = info.alias or name
            if key in wire:
                arguments[name] = wire[key]
    if op.host == "auth":
        arguments.pop("app_key", None)
        arguments.pop("app_secret", None)
    return arguments


def valid_arguments(op: Operation[Any]) -> dict[str, Any]:
    """Keyword arguments with which a stateless ``op`` succeeds: its examples, on the first page, and
    no idempotency key (the client makes a fresh one per call, as callers get by default)."""
    arguments = example_arguments(op)
    arguments.pop("page_token", None)  # the first page: an example token names no page
    if op.idempotency_key:
        arguments.pop(op.idempotency_key, None)
    return arguments
