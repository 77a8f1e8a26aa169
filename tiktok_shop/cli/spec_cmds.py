"""``tiktok-shop spec drift PATH``: a drift recording as spec additions to review."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer

from .._drift import DriftEntry, parse_drift
from ._context import read_file
from ._errors import BadInput

app = typer.Typer(help="The API description the client is generated from.", no_args_is_help=True)


def _resolve(doc: dict[str, Any], node: dict[str, Any], pointer: str) -> tuple[dict[str, Any], str]:
    while "$ref" in node:
        pointer = node["$ref"]
        node = doc
        for part in pointer.removeprefix("#/").split("/"):
            node = node[part]
    return node, pointer


def spec_location(doc: dict[str, Any], entry: DriftEntry) -> tuple[str, str, str]:
    """Where to add a recorded field: the schema (JSON pointer), the declared part of the path, the new part."""
    operation = doc["paths"][entry.path][entry.method.lower()]
    pointer = f"#/paths/{entry.path.replace('/', '~1')}/{entry.method.lower()}/responses/200"
    envelope = operation["responses"]["200"]["content"]["application/json"]["schema"]
    node, pointer = _resolve(doc, envelope["properties"]["data"], pointer)
    declared: list[str] = []
    parts = entry.field.split(".")
    for index, part in enumerate(parts):
        name, items = part.removesuffix("[]" * part.count("[]")), part.count("[]")
        child = (node.get("properties") or {}).get(name)
        if child is None:
            return pointer, ".".join(["data", *declared]), ".".join(parts[index:])
        child, child_pointer = _resolve(doc, child, f"{pointer}/properties/{name}")
        for _ in range(items):
            child, child_pointer = _resolve(doc, child.get("items") or {}, f"{child_pointer}/items")
        node, pointer = child, child_pointer
        declared.append(part)
    return pointer, ".".join(["data", *declared]), ""


def report(entries: list[DriftEntry], doc: dict[str, Any]) -> str:
    """The recorded fields grouped by operation and by the schema that would declare them."""
    if not entries:
        return "no undeclared response fields recorded"
    operations = sorted({(e.operation, e.method, e.path) for e in entries})
    lines = [
        f"{len(entries)} undeclared response field(s) in {len(operations)} operation(s); names and JSON types "
        "only. Review each before adding it to spec/:"
    ]
    for op_id, method, path in operations:
        lines += ["", f"{op_id}  {method} {path}"]
        by_schema: dict[tuple[str, str], list[str]] = {}
        for entry in entries:
            if (entry.operation, entry.method, entry.path) != (op_id, method, path):
                continue
            pointer, declared, new = spec_location(doc, entry)
            addition = f"+ {new}: {{type: {entry.type}}}" if new else f"= {entry.field}: seen as {entry.type}"
            by_schema.setdefault((pointer, declared), []).append(addition)
        for (pointer, declared), additions in sorted(by_schema.items()):
            lines.append(f"  in {pointer}  ({declared})")
            lines += [f"    {line}" for line in additions]
    return "\n".join(lines)


@app.command("drift")
def drift(
    path: Annotated[Path, typer.Argument(help="The file a client wrote with record_drift=PATH.")],
) -> None:
    """Print the response fields TikTok sent that the spec does not declare, as spec additions."""
    try:
        entries = parse_drift(read_file(path, "PATH").decode("utf-8"))
    except ValueError as exc:  # UnicodeDecodeError included
        raise BadInput(f"{path} is not a drift recording (written by record_drift=PATH): {exc}") from None
    text = resources.files("tiktok_shop_generated").joinpath("openapi.json").read_text(encoding="utf-8")
    typer.echo(report(entries, json.loads(text)))
