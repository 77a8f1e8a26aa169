"""Render the Python surface into files with openapi-python-client's jinja environment.

We use its environment for the escaping filters it gives spec strings (``safe_for_docstring``,
``in_double_quote_literal``) with our own templates in front of its packaged ones.
"""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path
from typing import Any

from jinja2 import Environment

from .surface import Module, Surface, VersionView

TEMPLATES = Path(__file__).resolve().parent / "templates"
PACKAGE = "tiktok_shop_generated"


def docwrap(text: str, width: int = 100) -> str:
    """Wrap each line to ``width``, continuing an indented line (an ``Args:`` entry) one level deeper."""
    out: list[str] = []
    for line in text.split("\n"):
        lead = line[: len(line) - len(line.lstrip())]
        hanging = lead + "    " if lead else ""
        out += textwrap.wrap(line, width, initial_indent="", subsequent_indent=hanging, break_on_hyphens=False) or [""]
    return "\n".join(out)


def _flags(module: Module, text: str) -> dict[str, Any]:
    used = set(re.findall(r"\b[A-Za-z]+\b(?=[\[(\]\s,|]|$)", text))
    return {
        "uses_any": "Any" in used,
        "uses_literal": "Literal[" in text,
        "uses_file": "FileInput" in text,
        "uses_field": "Field(" in text,
        "typing_names": sorted(used & {"Annotated", "Any", "Literal"}),
        "pydantic_names": sorted(used & {"Field", "StrictBool", "StrictFloat", "StrictInt", "StrictStr"}),
    }


def _annotations(module: Module, which: str) -> str:
    if which == "models":
        return " ".join(
            f"{f.model_annotation or f.annotation} {'Field(' if f.aliased or f.constraints else ''}"
            for m in module.models
            for f in m.fields
        )
    return " ".join(f.annotation for op in module.ops for f in op.arguments)


def _referenced(module: Module) -> tuple[list[str], dict[str, list[str]]]:
    """Model names the resources module needs, split into own and other modules'."""
    own = {m.name for m in module.models}
    names: set[str] = set()
    for op in module.ops:
        names.add(op.response)
        if op.item_type:
            names.add(op.item_type)
        for f in op.arguments:
            names.update(re.findall(r"\b[A-Z][A-Za-z0-9]+\b", f.annotation))
    names -= {"Literal", "Any", "FileInput"}
    from .surface import owner_module

    others: dict[str, set[str]] = {}
    for name in names - own:
        others.setdefault(owner_module(name), set()).add(name)
    return sorted(names & own), {k: sorted(v) for k, v in sorted(others.items())}


def _views(module: Module, versions: list[VersionView]) -> list[dict[str, Any]]:
    return [
        {"version": view.version, "ops": sorted(view.modules[module.name], key=lambda o: o.name)}
        for view in versions
        if module.name in view.modules
    ]


def render(surface: Surface, wire_doc: dict[str, Any], env: Environment) -> dict[str, str]:
    """Relative path -> file text, for the whole generated package."""
    env.filters["docwrap"] = docwrap
    files: dict[str, str] = {}
    modules = list(surface.modules.values())
    api_modules = [m for m in modules if m.ops]
    files["__init__.py"] = env.get_template("package_init.py.jinja").render(modules=api_modules)
    files["py.typed"] = ""
    files["_registry.py"] = env.get_template("registry.py.jinja").render(
        modules=api_modules, ops=sorted(surface.all_ops, key=lambda o: (o.path, o.method))
    )
    files["_clients.py"] = env.get_template("clients.py.jinja").render(
        modules=api_modules, modules_by_name=surface.modules, versions=surface.versions
    )
    files["openapi.json"] = json.dumps(wire_doc, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    if surface.webhooks:
        files["event/webhooks.py"] = env.get_template("webhooks.py.jinja").render(webhooks=surface.webhooks)
    for module in modules:
        base = module.name
        files[f"{base}/__init__.py"] = env.get_template("module_init.py.jinja").render(module=module)
        model_flags = _flags(module, _annotations(module, "models"))
        bases = sorted({"ResponseModel" if m.kind == "response" else "RequestModel" for m in module.models})
        files[f"{base}/models.py"] = env.get_template("models.py.jinja").render(
            module=module, imports=module.model_imports(), bases=bases, **model_flags
        )
        if not module.ops:
            continue
        own, others = _referenced(module)
        op_models = sorted(
            {op.response for op in module.ops}
            | {op.query_model for op in module.ops if op.query_model}
            | {op.body_model for op in module.ops if op.body_model}
        )
        files[f"{base}/operations.py"] = env.get_template("operations.py.jinja").render(
            module=module, model_names=op_models
        )
        files[f"{base}/resources.py"] = env.get_template("resources.py.jinja").render(
            module=module,
            model_names=own,
            imports=others,
            paginated=any(op.pagination_items for op in module.ops),
            views=_views(module, surface.versions),
            **_flags(module, _annotations(module, "ops")),
        )
    return files
