"""What a spec change does to callers: ``python -m generator --diff OLD_SPEC_DIR``.

Operations are compared at each version (path), through their arguments and their response,
both flattened to field paths (``skus[].price.amount``) so that a nested change counts like a
top-level one and a class renamed alone is not a retyped field. BREAKING: an operation or version
removed, a new required argument, an argument removed, retyped or made required, a response
field removed or retyped, the default version of ``client.<module>.<method>`` moved to another
path or response model, a public type removed. Everything else is "added"; new deprecations are
listed. ``--changelog`` renders the same changes as a Keep a Changelog entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .elements import Field, Model, Op, Surface

_LITERAL = re.compile(r"Literal\[([^\]]*)\]")
_MODEL_NAME = re.compile(r"\b[A-Z][A-Za-z0-9]+\b")


@dataclass(frozen=True, order=True)
class Change:
    section: str  # Added | Changed | Deprecated | Removed (Keep a Changelog sections)
    text: str
    breaking: bool = False

    def line(self) -> str:
        tag = "BREAKING " if self.breaking else ""
        return f"{tag}{self.section.lower()}: {self.text}"


@dataclass(frozen=True)
class _Slot:
    """One flattened argument or response field: its type (models as ``object``), known values, requiredness."""

    annotation: str
    values: frozenset[str]
    required: bool


class _Flattener:
    def __init__(self, surface: Surface) -> None:
        self.models = {(mod.name, m.name): m for mod in surface.modules.values() for m in mod.models}

    def model(self, name: str, module: str) -> Model | None:
        return self.models.get((module, name)) or next(
            (m for (_mod, n), m in sorted(self.models.items()) if n == name), None
        )

    def slots(
        self, fields: list[Field], module: str, prefix: str = "", seen: frozenset[str] = frozenset()
    ) -> dict[str, _Slot]:
        found: dict[str, _Slot] = {}
        for f in fields:
            path = prefix + f.name
            literal = _LITERAL.search(f.annotation)
            values = frozenset(v.strip().strip("'\"") for v in literal.group(1).split(",")) if literal else frozenset()
            plain = _LITERAL.sub("Literal", f.annotation)
            inner = plain
            while inner.startswith("list[") and inner.endswith("]"):
                inner = inner[len("list[") : -1]
            nested = self.model(inner, module) if _MODEL_NAME.fullmatch(inner) else None
            found[path] = _Slot(plain.replace(inner, "object") if nested else plain, values, f.required)
            if nested is not None and nested.name not in seen:
                items = "[]" * plain.count("list[")
                found |= self.slots(nested.fields, module, f"{path}{items}.", seen | {nested.name})
        return found

    def response(self, op: Op) -> dict[str, _Slot]:
        model = self.model(op.response, op.module)
        return self.slots(model.fields, op.module) if model else {}

    def arguments(self, op: Op) -> dict[str, _Slot]:
        return self.slots(op.arguments, op.module)


def _where(op: Op) -> str:
    return f"{op.module}.{op.method_name} ({op.method} {op.path})"


def _compare_arguments(where: str, old: dict[str, _Slot], new: dict[str, _Slot]) -> list[Change]:
    changes: list[Change] = []
    for path in sorted(old.keys() - new.keys()):
        changes.append(Change("Removed", f"{where}: argument {path} removed", breaking=True))
    for path in sorted(new.keys() - old.keys()):
        slot = new[path]
        parent = path.rsplit(".", 1)[0].rstrip("[]") if "." in path else ""
        if slot.required and (not parent or parent in old):
            changes.append(Change("Changed", f"{where}: new required argument {path} ({slot.annotation})", True))
        else:
            kind = "required" if slot.required else "optional"
            changes.append(Change("Added", f"{where}: {kind} argument {path} ({slot.annotation})"))
    for path in sorted(old.keys() & new.keys()):
        before, after = old[path], new[path]
        if before.annotation != after.annotation:
            text = f"{where}: argument {path} retyped {before.annotation} -> {after.annotation}"
            changes.append(Change("Changed", text, breaking=True))
        elif before.values - after.values and after.values:
            gone = ", ".join(sorted(before.values - after.values))
            changes.append(Change("Changed", f"{where}: argument {path} no longer accepts {gone}", breaking=True))
        elif after.values - before.values and before.values:
            added = ", ".join(sorted(after.values - before.values))
            changes.append(Change("Added", f"{where}: argument {path} accepts {added}"))
        if after.required and not before.required:
            changes.append(Change("Changed", f"{where}: argument {path} made required", breaking=True))
    return changes


def _compare_response(where: str, old: dict[str, _Slot], new: dict[str, _Slot]) -> list[Change]:
    changes: list[Change] = []
    for path in sorted(old.keys() - new.keys()):
        changes.append(Change("Removed", f"{where}: response field {path} removed", breaking=True))
    for path in sorted(new.keys() - old.keys()):
        changes.append(Change("Added", f"{where}: response field {path} ({new[path].annotation})"))
    for path in sorted(old.keys() & new.keys()):
        before, after = old[path].annotation, new[path].annotation
        if before != after:
            changes.append(Change("Changed", f"{where}: response field {path} retyped {before} -> {after}", True))
    return changes


def _defaults(surface: Surface) -> dict[str, Op]:
    return {f"{op.module}.{op.name}": op for op in surface.all_ops if op.latest}


def _compare_defaults(old: Surface, new: Surface, old_flat: _Flattener, new_flat: _Flattener) -> list[Change]:
    """``client.<module>.<method>`` calls the newest version: moving it is felt by every caller."""
    changes: list[Change] = []
    before, after = _defaults(old), _defaults(new)
    for key in sorted(before.keys() & after.keys()):
        was, now = before[key], after[key]
        if (was.method, was.path) == (now.method, now.path):
            continue
        text = f"client.{key} now calls {now.method} {now.path} (was {was.method} {was.path}); "
        text += f'pin the old one with client.at("{was.version}").{key}'
        changes.append(Change("Changed", text, breaking=True))
        if was.response != now.response:
            text = f"client.{key} now returns {now.response} (was {was.response})"
            changes.append(Change("Changed", text, breaking=True))
        where = f"client.{key}"
        changes += [c for c in _compare_response(where, old_flat.response(was), new_flat.response(now)) if c.breaking]
    return changes


def _compare_types(old: Surface, new: Surface) -> list[Change]:
    def names(surface: Surface) -> set[str]:
        return {f"{mod.name}.{m.name}" for mod in surface.modules.values() for m in mod.models}

    before, after = names(old), names(new)
    return [
        *(Change("Removed", f"type tiktok_shop.types.{n} removed", breaking=True) for n in sorted(before - after)),
        *(Change("Added", f"type tiktok_shop.types.{n}") for n in sorted(after - before)),
    ]


def _deprecations(old: Surface, new: Surface) -> list[Change]:
    known = {op.path for op in old.all_ops if op.deprecation}
    return [
        Change(
            "Deprecated",
            f"{_where(op)}: since {op.deprecation.since}, retires on {op.deprecation.retire_on}; "
            f"use client.{op.deprecation.use}",
        )
        for op in new.all_ops
        if op.deprecation and op.path not in known
    ]


def surface_diff(old: Surface, new: Surface) -> list[Change]:
    """Every change a caller of the generated client would feel, operations first."""
    old_flat, new_flat = _Flattener(old), _Flattener(new)
    before = {(op.method, op.path): op for op in old.all_ops}
    after = {(op.method, op.path): op for op in new.all_ops}
    changes: list[Change] = []
    for key in sorted(before.keys() - after.keys()):
        changes.append(Change("Removed", f"operation {_where(before[key])} removed", breaking=True))
    for key in sorted(after.keys() - before.keys()):
        changes.append(Change("Added", f"operation {_where(after[key])}"))
    for key in sorted(before.keys() & after.keys()):
        was, now = before[key], after[key]
        changes += _compare_arguments(_where(now), old_flat.arguments(was), new_flat.arguments(now))
        changes += _compare_response(_where(now), old_flat.response(was), new_flat.response(now))
    changes += _compare_defaults(old, new, old_flat, new_flat)
    changes += _compare_types(old, new)
    changes += _deprecations(old, new)
    return changes


def changelog(changes: list[Change], version: str = "Unreleased") -> str:
    """A Keep a Changelog entry (https://keepachangelog.com/en/1.1.0/) for ``changes``."""
    lines = [f"## [{version}]"]
    for section in ("Added", "Changed", "Deprecated", "Removed"):
        entries = [c for c in changes if c.section == section]
        if entries:
            lines += ["", f"### {section}"]
            lines += [f"- {'**BREAKING** ' if c.breaking else ''}{c.text}" for c in entries]
    if len(lines) == 1:
        lines += ["", "No changes to the public surface."]
    return "\n".join(lines) + "\n"
