"""Class names a person would type: ``Order``, ``LineItem``, ``SearchOrdersResponse``.

The spec's schema names carry their module (``OrderOrder``) and inline objects have no name at
all, so the generator names every model here, inside its module (spec/README.md, "Names"):

- a component loses its module prefix: ``OrderLineItem`` -> ``LineItem``;
- an operation's request, response and query models are named after the Python method:
  ``SearchOrdersRequest``; an older version's model takes the version after the method
  (``GetOrderDetail202309Response``) unless it has the newest version's shape, in which case it
  is that class;
- an inline object is named after its field (singular for array items, a trailing ``_list``
  dropped): ``packages`` -> ``Package``, when every object of the module wanting that name has
  the same shape (they then share one class) and no component or operation model has it;
  otherwise parent + field (``SearchOrdersOrder``); otherwise its full path name.

The request-side twin of a schema that responses use too is suffixed ``Input``.
"""

from __future__ import annotations

import builtins
import re
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

FIELD_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
ROLE_SUFFIXES = ("Request", "Response", "Query")
# Names a generated module already uses (builtins, its imports): a model never takes them.
RESERVED_NAMES = frozenset(dir(builtins)) | {
    "AliasChoices",
    "Annotated",
    "Any",
    "Field",
    "FileInput",
    "Literal",
    "NullAsEmpty",
    "OpenEnum",
    "RequestModel",
    "ResponseModel",
}
_KEEP_S = ("ss", "is", "us", "as")


def pascal(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))


def singular(word: str) -> str:
    """The name of one array element: ``line_items`` -> ``line_item``, ``order_list`` -> ``order``."""
    if word.endswith("_list") and len(word) > len("_list"):
        return word[: -len("_list")]
    for plural, one in (("ies", "y"), ("ouses", "ouse"), ("sses", "ss"), ("uses", "us"), ("xes", "x")):
        if word.endswith(plural):
            return word[: -len(plural)] + one
    for plural in ("ches", "shes"):
        if word.endswith(plural):
            return word[:-2]
    if word.endswith("skus"):
        return word[:-1]
    return word[:-1] if word.endswith("s") and not word.endswith(_KEEP_S) else word


def stem(name: str) -> str:
    """What children are named after: ``SearchOrdersResponse`` -> ``SearchOrders``."""
    for suffix in ROLE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            return name[: -len(suffix)]
    return name


@dataclass
class Place:
    """Where a schema sits, which is all its name depends on."""

    module: str
    depth: int  # 0 for components and operation models
    shape: Hashable  # equal shapes may share a class
    fixed: str | None = None  # the name of a component or operation model
    parent: str | None = None  # inline objects: the schema holding the field
    field: str | None = None  # inline objects: the field, singular for array items
    long: str = ""  # the last resort: the full path name


class NamingError(Exception):
    """Two different models of one module would get the same name."""


def _claim(wanted: dict[str, str], places: dict[str, Place], taken: set[str], names: dict[str, str]) -> list[str]:
    """Give each schema its wanted name when every claimant has one shape; return the others."""
    groups: dict[tuple[str, str], list[str]] = {}
    for key, name in wanted.items():
        groups.setdefault((places[key].module, name), []).append(key)
    rejected: list[str] = []
    for (module, name), keys in sorted(groups.items()):
        shapes = {places[k].shape for k in keys}
        free = name not in RESERVED_NAMES and not {f"{module}.{name}", f"{module}.{name}Input"} & taken
        if len(shapes) == 1 and free:
            taken.add(f"{module}.{name}")
            names.update(dict.fromkeys(keys, name))
        else:
            rejected += keys
    return rejected


def assign(places: dict[str, Place]) -> dict[str, str]:
    """Schema name -> class name (before the ``Input`` suffix), by the rules of this module."""
    names = {key: place.fixed for key, place in places.items() if place.fixed}
    taken = {f"{places[key].module}.{name}" for key, name in names.items()}
    inline = sorted(key for key, place in places.items() if not place.fixed)
    by_field = {key: pascal(places[key].field or "") for key in inline if FIELD_RE.match(places[key].field or "")}
    left = _claim(by_field, places, taken, names) + sorted(set(inline) - set(by_field))
    for depth in sorted({places[key].depth for key in left}):
        level = [key for key in left if places[key].depth == depth]
        parented = {
            key: stem(names[parent]) + pascal(places[key].field or "")
            for key in level
            if (parent := places[key].parent) is not None and FIELD_RE.match(places[key].field or "")
        }
        for key in _claim(parented, places, taken, names) + sorted(set(level) - set(parented)):
            names[key] = places[key].long
            if f"{places[key].module}.{names[key]}" in taken:
                raise NamingError(f"{key}: no free name in module {places[key].module} ({names[key]} is taken)")
            taken.add(f"{places[key].module}.{names[key]}")
    return names


def check_unique(module: str, names: Iterable[str]) -> None:
    seen: set[str] = set()
    for name in names:
        if name in seen:
            raise NamingError(f"module {module}: two different models are named {name}")
        seen.add(name)
