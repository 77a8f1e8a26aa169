"""Look up operations by method and path without importing every generated module."""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any

from tiktok_shop_generated import _registry

from ._contract import Operation

__all__ = ["modules", "operation", "operations"]


def modules() -> tuple[str, ...]:
    """The API modules (``order``, ``product``, ...), as attributes of the clients."""
    return _registry.MODULES


@cache
def _load(module: str, constant: str) -> Operation[Any]:
    operations_module = importlib.import_module(f"tiktok_shop_generated.{module}.operations")
    found: Operation[Any] = getattr(operations_module, constant)
    return found


_PLACEHOLDER = re.compile(r"\{[^}]*\}")


@cache
def _by_shape() -> dict[tuple[str, str], tuple[str, str]]:
    return {(m, _PLACEHOLDER.sub("{}", p)): entry for (m, p), entry in _registry.OPERATIONS.items()}


def operation(method: str, path: str) -> Operation[Any]:
    """The operation served at ``METHOD path`` (the path with its version, e.g. ``/order/202309/orders``).

    Placeholders match whatever their name (``{product_id}`` finds ``{global_product_id}``): TikTok's
    own documents name some of them differently. Raises ``KeyError`` naming close matches when
    there is none.
    """
    key = (method.upper(), path)
    entry = _registry.OPERATIONS.get(key) or _by_shape().get((key[0], _PLACEHOLDER.sub("{}", path)))
    if entry is None:
        close = [f"{m} {p}" for m, p in _registry.OPERATIONS if p.split("/")[1:2] == path.split("/")[1:2]]
        hint = f"; operations of that module: {', '.join(sorted(close)[:8])}" if close else ""
        raise KeyError(f"no operation {key[0]} {path}{hint}")
    return _load(*entry)


def operations(module: str | None = None) -> list[Operation[Any]]:
    """Every operation (or one module's), sorted by path then method. Imports the modules asked for."""
    return [
        _load(mod, constant)
        for (_method, _path), (mod, constant) in sorted(
            _registry.OPERATIONS.items(), key=lambda kv: (kv[0][1], kv[0][0])
        )
        if module is None or mod == module
    ]


def find(name: str) -> Operation[Any]:
    """An operation by ``operationId`` (``OrderSearchOrders``), ``module.method`` or ``METHOD /path``."""
    if " " in name:
        method, path = name.split(" ", 1)
        return operation(method, path.strip())
    # An operationId starts with its module's name in CamelCase: look there first, importing one module, not all.
    for module in modules():
        if "." not in name and name.startswith(module.title().replace("_", "")):
            found = next((op for op in operations(module) if op.id == name), None)
            if found is not None:
                return found
    for op in operations(name.split(".", 1)[0] if "." in name else None):
        if name in (op.id, f"{op.module}.{op.name}") and (op.latest or name == op.id):
            return op
    raise KeyError(f"no operation named {name!r}")
