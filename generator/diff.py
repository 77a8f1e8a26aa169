"""The public Python surface changes between two specs: what a version bump breaks.

Compares operations (by module and method name), their keyword arguments, and every model's
fields with their annotations. Removals and type changes are marked BREAKING.
"""

from __future__ import annotations

from .surface import Surface


def _operations(surface: Surface) -> dict[str, dict[str, str]]:
    return {
        f"{op.module}.{op.method_name}": {
            f.name: f.annotation + ("" if f.required else " | None") for f in op.arguments
        }
        for op in surface.all_ops
    }


def _models(surface: Surface) -> dict[str, dict[str, str]]:
    return {m.name: {f.name: f.annotation for f in m.fields} for mod in surface.modules.values() for m in mod.models}


def _compare(kind: str, old: dict[str, dict[str, str]], new: dict[str, dict[str, str]], part: str) -> list[str]:
    lines: list[str] = []
    for name in sorted(old.keys() - new.keys()):
        lines.append(f"BREAKING {kind} removed: {name}")
    for name in sorted(new.keys() - old.keys()):
        lines.append(f"{kind} added: {name}")
    for name in sorted(old.keys() & new.keys()):
        before, after = old[name], new[name]
        for field in sorted(before.keys() - after.keys()):
            lines.append(f"BREAKING {kind} {name}: {part} {field} removed")
        for field in sorted(after.keys() - before.keys()):
            lines.append(f"{kind} {name}: {part} {field} added ({after[field]})")
        for field in sorted(before.keys() & after.keys()):
            if before[field] != after[field]:
                lines.append(f"BREAKING {kind} {name}: {part} {field} changed {before[field]} -> {after[field]}")
    return lines


def surface_diff(old: Surface, new: Surface) -> list[str]:
    """Human-readable lines, operations first, then models."""
    return [
        *_compare("operation", _operations(old), _operations(new), "argument"),
        *_compare("model", _models(old), _models(new), "field"),
    ]
