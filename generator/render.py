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

from .elements import Field, Module, Surface, VersionView

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


def _flags(text: str) -> dict[str, Any]:
    """Which names a generated module must import, from the annotations and fields it declares."""
    used = set(re.findall(r"\b[A-Za-z]+\b(?=[\[(\]\s,|]|$)", text))
    return {
        "uses_any": "Any" in used,
        "uses_literal": "Literal[" in text,
        "uses_file": "FileInput" in text,
        "uses_field": "Field(" in text,
        "uses_alias_choices": "AliasChoices(" in text,
        "uses_null_as_empty": "NullAsEmpty[" in text,
        "uses_open_enum": "OpenEnum[" in text,
        "money_names": sorted(used & {"DecimalAmountInput", "DecimalAmount"}),
        "typing_names": sorted(used & {"Annotated", "Any", "Literal"}),
        "strict_names": sorted(used & {"StrictBool", "StrictFloat", "StrictInt", "StrictStr"}),
    }


def field_type(f: Field, kind: str) -> str:
    """A model field's annotation: response lists read ``null``/absent as empty, the rest as ``None``.

    Request fields may carry a stricter annotation (scalars inside lists are pydantic's strict types).
    """
    if kind == "response" and f.is_list:
        return f"NullAsEmpty[{f.annotation}]"
    if kind == "response":
        return f"{f.annotation} | None"
    annotation = f.model_annotation or f.annotation
    return annotation if f.required else f"{annotation} | None"


def field_default(f: Field, kind: str) -> str:
    """What follows ``=`` in a model field's declaration (empty for a required request field)."""
    args = []
    if kind == "response" and f.is_list:
        args.append("default_factory=list")
    elif kind == "response" or not f.required:
        args.append("default=None")
    if f.wire_names:
        keys = ", ".join(json.dumps(k) for k in dict.fromkeys((f.name, f.wire, *f.wire_names)))
        args.append(f"validation_alias=AliasChoices({keys})")
        if f.aliased:
            args.append(f"serialization_alias={json.dumps(f.wire)}")
    elif f.aliased:
        args.append(f"alias={json.dumps(f.wire)}")
    if kind != "response" and f.constraints:
        args.append(f.constraints)  # the spec's bounds and strict=True
    if args == ["default=None"]:
        return "None"
    return f"Field({', '.join(args)})" if args else ""


def _declarations(module: Module) -> str:
    return " ".join(f"{field_type(f, m.kind)} = {field_default(f, m.kind)}" for m in module.models for f in m.fields)


def _model_imports(module: Module, surface: Surface) -> dict[str, list[str]]:
    """Other modules' models this module's models refer to, by module."""
    own = {m.name for m in module.models}
    wanted: dict[str, set[str]] = {}
    for model in module.models:
        for ref in model.refs - own:
            wanted.setdefault(surface.model_module(ref, module.name), set()).add(ref)
    return {name: sorted(names) for name, names in sorted(wanted.items())}


def _referenced(module: Module, surface: Surface) -> tuple[list[str], dict[str, list[str]]]:
    """Model names the resources module needs, split into own and other modules'."""
    own = {m.name for m in module.models}
    names: set[str] = set()
    for op in module.ops:
        names.add(op.response)
        if op.item_type:
            names.add(op.item_type)
        for f in op.arguments:
            names.update(re.findall(r"\b[A-Z][A-Za-z0-9]+\b", re.sub(r"'[^']*'|\"[^\"]*\"", "", f.annotation)))
    names -= {"Literal", "Any", "FileInput", "OpenEnum", "DecimalAmountInput", "DecimalAmount"}
    others: dict[str, set[str]] = {}
    for name in names - own:
        others.setdefault(surface.model_module(name, module.name), set()).add(name)
    return sorted(names & own), {k: sorted(v) for k, v in sorted(others.items())}


def _views(module: Module, versions: list[VersionView]) -> list[dict[str, Any]]:
    return [
        {"version": view.version, "ops": sorted(view.modules[module.name], key=lambda o: o.name)}
        for view in versions
        if module.name in view.modules
    ]


def render_types(surface: Surface, env: Environment) -> dict[str, str]:
    """Relative path -> file text, for ``tiktok_shop/types``: the public import path of every model."""
    modules = [m for m in surface.modules.values() if m.models]
    files = {"__init__.py": env.get_template("types_init.py.jinja").render(modules=modules)}
    for module in modules:
        files[f"{module.name}.py"] = env.get_template("types_module.py.jinja").render(module=module)
    return files


def render(surface: Surface, wire_doc: dict[str, Any], env: Environment) -> dict[str, str]:
    """Relative path -> file text, for the whole generated package."""
    env.filters["docwrap"] = docwrap
    env.globals["field_type"] = field_type
    env.globals["field_default"] = field_default
    files: dict[str, str] = {}
    modules = list(surface.modules.values())
    api_modules = [m for m in modules if m.ops]
    files["__init__.py"] = env.get_template("package_init.py.jinja").render(modules=api_modules)
    files["py.typed"] = ""
    files["_registry.py"] = env.get_template("registry.py.jinja").render(
        modules=api_modules,
        ops=sorted(surface.all_ops, key=lambda o: (o.path, o.method)),
        scopes=sorted({scope for op in surface.all_ops for scope in op.scopes}),
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
        bases = sorted({"ResponseModel" if m.kind == "response" else "RequestModel" for m in module.models})
        files[f"{base}/models.py"] = env.get_template("models.py.jinja").render(
            module=module, imports=_model_imports(module, surface), bases=bases, **_flags(_declarations(module))
        )
        if not module.ops:
            continue
        own, others = _referenced(module, surface)
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
            **_flags(" ".join(f.annotation for op in module.ops for f in op.arguments)),
        )
    return files
