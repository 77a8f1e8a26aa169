"""Check spec schemas against the reference samples, without generating code.

``python -m generator.samples --sandbox`` refreshes the sandbox's canned answers from the
samples. ``python -m generator.samples spec/order.yaml ...`` merges ``_root.yaml`` with the given module
files only, checks the conventions of ``spec/README.md``, validates the result as OpenAPI and
then walks every sample of ``../shared/reference/samples/models`` that belongs to an operation
of those files: a field the sample has and the schema lacks, a type that differs, or (for
requests) a required field the sample leaves out is reported. It is the quick loop for
whoever curates one module while others edit theirs.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

from generator.bundle import (
    SPEC_DIR,
    SpecError,
    _check_all,
    _load,
    merge_files,
    module_files,
    operations,
    resolve,
    validate,
    webhook_schemas,
    wrap_all,
)

SHARED = SPEC_DIR.parent.parent / "shared" / "reference"
JSON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def as_specified(doc: dict[str, Any], schema: dict[str, Any], value: Any) -> Any:
    """``value`` with every lone scalar where ``schema`` has a list made a one-item list.

    TikTok's documented examples sometimes show one value where its SDK and docs, and so the
    spec, have a list (product detail ``product_types``, spec/NOTES.md): the checks, the tests and
    the sandbox's canned answers read such a sample as the list the API sends.
    """
    schema = resolve(doc, schema)
    kind = schema.get("type", "object")
    if kind == "array":
        items = value if isinstance(value, list) else [value] if isinstance(value, str | int | float) else value
        if isinstance(items, list):
            return [as_specified(doc, schema.get("items", {}), item) for item in items]
        return items
    if isinstance(value, dict) and "properties" in schema:
        properties = schema["properties"]
        return {k: as_specified(doc, properties[k], v) if k in properties else v for k, v in value.items()}
    return value


def compare(doc: dict[str, Any], schema: dict[str, Any], value: Any, where: str, *, request: bool) -> list[str]:
    """Differences between one sample value and its schema, as readable lines."""
    schema = resolve(doc, schema)
    kind = schema.get("type", "object")
    if value is None:
        return []
    if kind == "array" and not request:
        value = as_specified(doc, schema, value)
    expected = JSON_TYPES.get(kind, (object,))
    if not request and kind == "string" and isinstance(value, int | float) and not isinstance(value, bool):
        return []  # TikTok sometimes sends an id as a number; response models read it as text
    if not isinstance(value, expected) or (kind in ("integer", "number") and isinstance(value, bool)):
        return [f"{where}: sample has {type(value).__name__} {value!r:.40}, schema says {kind}"]
    if kind == "array":
        problems: list[str] = []
        for index, item in enumerate(value[:3]):
            problems += compare(doc, schema.get("items", {}), item, f"{where}[{index}]", request=request)
        return problems
    if kind != "object" or "properties" not in schema:
        if request and "enum" in schema and value not in schema["enum"]:
            return [f"{where}: {value!r} is not in the enum {schema['enum']}"]
        return []
    properties = dict(schema["properties"])
    for prop in schema["properties"].values():  # x-tts-wire-names: more keys read into one field
        properties.update(dict.fromkeys(prop.get("x-tts-wire-names") or (), prop))
    problems = [f"{where}.{key}: not in the schema" for key in value if key not in properties]
    if request:
        problems += [
            f"{where}.{key}: required but absent from the sample"
            for key in schema.get("required", [])
            if key not in value
        ]
    for key, item in value.items():
        if key in properties:
            problems += compare(doc, properties[key], item, f"{where}.{key}", request=request)
    return problems


def _shape(path: str) -> str:
    """The path with its placeholders unnamed: the catalogs name some of them differently."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def _samples_by_operation() -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    for path in (SHARED / "samples" / "models").rglob("*.json"):
        stem = path.stem
        name = stem.removesuffix("Request").removesuffix("Response")
        found.setdefault(name, []).append(path)
    return found


def check_files(files: list[Path]) -> list[str]:
    doc, errors = merge_files(files)
    if errors:
        return errors
    errors += _check_all(doc)
    if errors:
        return errors
    try:
        validate(wrap_all(doc))
    except Exception as exc:
        return [f"invalid OpenAPI: {str(exc)[:2000]}"]
    with (SHARED / "catalog.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        catalog = {(r["method"], _shape(r["path"])): r["name"] for r in rows if r.get("path")}
    samples = _samples_by_operation()
    for method, path, op in operations(doc):
        name = catalog.get((method, _shape(path)))
        if name and op.get("operationId") != name:
            errors.append(f"{method} {path}: catalog.tsv names it {name}, operationId is {op.get('operationId')}")
        for sample in samples.get(name or "", []):
            payload = json.loads(sample.read_text(encoding="utf-8"))
            if sample.stem.endswith("Request"):
                body = op.get("requestBody", {}).get("content", {})
                media = body.get("application/json") or body.get("multipart/form-data")
                if media is None:
                    errors.append(f"{sample.name}: {op['operationId']} has no request body")
                    continue
                errors += compare(doc, media["schema"], payload, sample.stem, request=True)
            else:
                data_schema = op["responses"]["200"]["content"]["application/json"]["schema"]
                errors += compare(doc, data_schema, payload.get("data") or {}, sample.stem, request=False)
    errors += _check_webhooks(doc)
    return errors


def _check_webhooks(doc: dict[str, Any]) -> list[str]:
    """Webhook payload schemas against ``samples/events/``, matched on ``type``."""
    by_type = webhook_schemas(doc)
    if not by_type:
        return []
    errors: list[str] = []
    for sample in sorted((SHARED / "samples" / "events").glob("*.json")):
        payload = json.loads(sample.read_text(encoding="utf-8"))
        name = by_type.get(payload.get("type"))
        if name is None:
            errors.append(f"{sample.name}: no schema has x-tts-webhook type {payload.get('type')}")
            continue
        schema = {"$ref": f"#/components/schemas/{name}"}
        errors += compare(doc, schema, payload.get("data") or {}, sample.stem, request=False)
    return errors


SANDBOX_SAMPLES = SPEC_DIR.parent / "tiktok_shop" / "sandbox" / "samples.json"


def sandbox_samples(reference: Path = SHARED) -> str:
    """The sandbox's canned answers: every response sample's ``data``, keyed by operationId.

    The sandbox ships without ``../shared``, so the payloads travel with it as one JSON file,
    each read as the spec says (:func:`as_specified`). ``reference`` is where the samples are read
    (the tests pass their copy).
    """
    doc, _errors = merge_files(module_files())
    schemas = {
        op["operationId"]: op["responses"]["200"]["content"]["application/json"]["schema"] for *_, op in operations(doc)
    }
    data = {}
    for path in (reference / "samples" / "models").rglob("*Response.json"):
        name = path.stem.removesuffix("Response")
        payload = json.loads(path.read_text(encoding="utf-8")).get("data") or {}
        data[name] = as_specified(doc, schemas[name], payload) if name in schemas else payload
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    if args == ["--sandbox"]:
        SANDBOX_SAMPLES.write_text(sandbox_samples(), encoding="utf-8")
        print(f"wrote {SANDBOX_SAMPLES}")
        return 0
    files = [Path(a).resolve() for a in args]
    if not files:
        print("usage: python -m generator.samples spec/<module>.yaml ...", file=sys.stderr)
        return 2
    try:
        problems = check_files(files)
    except SpecError as exc:
        problems = [str(exc)]
    for line in problems:
        print(line)
    try:
        count = sum(1 for _ in operations(_merged_ops(files)))
    except Exception:  # a file that does not parse is already reported above
        count = 0
    print(f"{len(problems)} problem(s) in {count} operation(s)" if problems else f"OK: {count} operation(s)")
    return 1 if problems else 0


def _merged_ops(files: list[Path]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for path in files:
        paths.update(_load(path).get("paths") or {})
    return {"paths": paths}


if __name__ == "__main__":
    raise SystemExit(main())
