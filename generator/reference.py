"""The API reference, ``docs/api/<module>.md`` and an index, written from the same surface as the code.

For every operation: the Python call (sync and async), HTTP method and path, version and whether
it is the default, shop scope, pagination helper, arguments, and the return type linked to its
model's field table. Markdown is plain text, so this is string building rather than templates.
"""

from __future__ import annotations

import re

from .elements import Field, Model, Module, Op, Surface

# An enumeration's annotation; its values are listed in the description column instead.
_ENUM = re.compile(r"OpenEnum\[Literal\[[^\]]*\]\]|Literal\[[^\]]*\]( \| int)?")
_MODEL_TOKEN = re.compile(r"\b([A-Z][A-Za-z0-9]+)\b")
SHOP_CIPHER_TEXT = {
    "required": "required: the client sends its `shop_cipher` (and refuses the call without one)",
    "optional": "optional: sent when the client is bound to a shop",
    "forbidden": "never sent: not a parameter of this operation",
}


def _cell(text: str) -> str:
    """Text safe inside a table cell: one line, pipes escaped."""
    return " ".join(text.split()).replace("|", "\\|")


def _anchor(name: str) -> str:
    """The anchor GitHub gives a heading made of ``name``."""
    return re.sub(r"[^a-z0-9_-]", "", name.lower())


class _Page:
    def __init__(self, surface: Surface, module: Module) -> None:
        self.surface = surface
        self.module = module
        self.models = {m.name for m in module.models}
        self.known = {m.name for mod in surface.modules.values() for m in mod.models}

    def link(self, name: str) -> str:
        where = "" if name in self.models else f"{self.surface.model_module(name, self.module.name)}.md"
        return f"[`{name}`]({where}#{_anchor(name)})"

    def type_text(self, f: Field) -> str:
        """The annotation in code spans, each model name a link to its field table."""
        annotation = _ENUM.sub(lambda m: "int" if m.group(0).endswith("int") else "str", f.annotation)
        parts = _MODEL_TOKEN.split(annotation)
        return "".join(self.link(part) if part in self.known else f"`{_cell(part)}`" for part in parts if part)

    @staticmethod
    def about(f: Field) -> str:
        text = f.description
        if f.known_values:
            text += " One of: " + ", ".join(f"`{v}`" for v in f.known_values) + "."
        if f.wire_names:
            text += " Also read from: " + ", ".join(f"`{v}`" for v in f.wire_names) + "."
        return _cell(text)

    def operation(self, op: Op) -> list[str]:
        module = self.module.name
        args = ", ".join(f"{f.name}=..." for f in op.arguments if f.required)
        call = f"client.{module}.{op.method_name}({args})"
        default = "default" if op.latest else f"pinned; the default is the newest version of `{op.name}`"
        rows = [
            ("Python", f"`{call}`"),
            ("Python (async)", f"`await {call}`"),
            ("HTTP", f"`{op.method} {op.path}`"),
            ("Version", f"{op.version or 'unversioned'} ({default})"),
        ]
        if op.version:
            rows.append(("Pinned call", f'`client.at("{op.version}").{module}.{op.name}(...)`'))
        rows.append(("Shop cipher", SHOP_CIPHER_TEXT[op.shop_cipher]))
        if op.scopes:
            rows.append(("Scope", " or ".join(f"`{scope}`" for scope in op.scopes)))
        rows.append(
            ("Retried", "yes (safe to repeat)" if op.retry_safe else "only when the request never reached TikTok")
        )
        if op.pagination_items:
            item = op.item_type or "item"
            rows.append(
                (
                    "Pagination",
                    f"`client.{module}.iter_{op.method_name}(...)` yields {self.link(item)} "
                    f"from `{op.pagination_items}`",
                )
            )
        rows.append(("Returns", self.link(op.response)))
        if op.deprecation:
            d = op.deprecation
            rows.append(("Deprecated", f"since {d.since}, retires on {d.retire_on}; use `client.{d.use}`"))
        lines = [f"### {op.method_name}", "", _cell(op.summary) + ".", ""]
        if op.description:
            lines += [_cell(op.description), ""]
        lines += ["| | |", "|---|---|", *(f"| {k} | {v} |" for k, v in rows), ""]
        if op.arguments:
            lines += ["| argument | type | required | in | description |", "|---|---|---|---|---|"]
            for f in op.arguments:
                where = f.location if f.location != "file" else "file (multipart)"
                required = "yes" if f.required else "no"
                lines.append(f"| `{f.name}` | {self.type_text(f)} | {required} | {where} | {self.about(f)} |")
            lines.append("")
        return lines

    def model(self, model: Model) -> list[str]:
        kind = {"response": "response model", "request": "request model", "query": "path and query parameters"}
        lines = [f"### {model.name}", "", f"{_cell(model.description)} ({kind[model.kind]})", ""]
        if not model.fields:
            return [*lines, "No fields.", ""]
        lines += ["| field | type | description |", "|---|---|---|"]
        for f in model.fields:
            name = f"`{f.name}`" + (f" (`{f.wire}` on the wire)" if f.aliased else "")
            lines.append(f"| {name} | {self.type_text(f)} | {self.about(f)} |")
        return [*lines, ""]

    def render(self) -> str:
        module = self.module
        lines = [f"# `{module.name}`", ""]
        if module.description:
            lines += [module.description, ""]
        lines += [
            f"Generated from `spec/` by `python -m generator`; do not edit. Models: "
            f"`from tiktok_shop.types.{module.name} import ...`. [All modules](README.md).",
            "",
            "## Operations",
            "",
        ]
        for op in sorted(module.ops, key=lambda o: o.method_name):
            lines += self.operation(op)
        lines += ["## Models", ""]
        for model in module.models:
            lines += self.model(model)
        return "\n".join(lines).rstrip() + "\n"


def render_reference(surface: Surface) -> dict[str, str]:
    """File name -> Markdown, one page per API module and ``README.md`` as the index."""
    files: dict[str, str] = {}
    index = [
        "# API reference",
        "",
        "Generated from `spec/` by `python -m generator`; do not edit. One page per API module: every "
        "operation (Python call, HTTP method and path, version, shop scope, pagination, arguments, "
        "return type) and every model's fields.",
        "",
        "| module | operations | models |",
        "|---|---|---|",
    ]
    for module in surface.modules.values():
        if not module.ops:
            continue
        files[f"{module.name}.md"] = _Page(surface, module).render()
        index.append(f"| [`{module.name}`]({module.name}.md) | {len(module.ops)} | {len(module.models)} |")
    files["README.md"] = "\n".join(index) + "\n"
    return files
