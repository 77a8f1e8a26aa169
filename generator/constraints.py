"""A request field's spec bounds and strict scalar types, as the ``Field(...)`` arguments pydantic checks."""

from __future__ import annotations

import re
from typing import Any

from .elements import Field, untrusted

# Request fields are strict: page_size="10" or True is refused, not coerced. Top-level scalars take
# Field(strict=True) (their annotation stays plain); scalars inside lists use pydantic's Strict types.
STRICT_SCALARS = {"int": "StrictInt", "float": "StrictFloat", "str": "StrictStr", "bool": "StrictBool"}
_LIST_OF_SCALARS = re.compile(r"^((?:list\[)+)(int|float|str|bool)(\]+)$")
# Spec keyword -> pydantic Field argument.
BOUNDS = {
    "minimum": "ge",
    "maximum": "le",
    "minItems": "min_length",
    "maxItems": "max_length",
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
}


def _keyword(schema: Any, key: str) -> Any:
    """A keyword of a raw spec schema (a dict) or a parsed one (openapi-python-client's ``Schema``)."""
    if schema is None:
        return None
    return schema.get(key) if isinstance(schema, dict) else getattr(schema, key, None)


def _bounds(schema: Any) -> list[str]:
    arguments = []
    for name, argument in BOUNDS.items():
        value = _keyword(schema, name)
        if value is not None:
            arguments.append(f"{argument}={untrusted(value)!r}" if name == "pattern" else f"{argument}={value!r}")
    return arguments


def constrain(f: Field, schema: Any, *, sent_only_when_filled: bool = False) -> None:
    """Give a request field the spec's bounds and strict scalar types.

    ``sent_only_when_filled``: a required path or query parameter is not sent when empty, so an
    empty string or list would go out as a missing parameter; such fields need at least one item.
    """
    arguments = _bounds(schema)
    fillable = f.annotation == "str" or f.annotation.startswith("list[")
    if sent_only_when_filled and f.required and fillable and not any(a.startswith("min_length=") for a in arguments):
        arguments.append("min_length=1")
    order = ["ge=", "le=", "min_length=", "max_length=", "pattern="]
    arguments.sort(key=lambda a: next(i for i, start in enumerate(order) if a.startswith(start)))
    if f.annotation in STRICT_SCALARS:
        arguments.append("strict=True")
    listed = _LIST_OF_SCALARS.match(f.annotation)
    if listed:
        item = STRICT_SCALARS[listed.group(2)]
        item_bounds = _bounds(_keyword(schema, "items"))
        if item_bounds:
            item = f"Annotated[{item}, Field({', '.join(item_bounds)})]"
        f.model_annotation = f"{listed.group(1)}{item}{listed.group(3)}"
    f.constraints = ", ".join(arguments)
