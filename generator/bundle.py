"""Merge the per-module spec files into one OpenAPI document and check our conventions.

The module files describe each operation's ``data`` object; the bundle is the wire-true
document, where every ``200`` response is the envelope around that object. The bundle is what
the generator, the sandbox and the validators read.
"""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

SPEC_DIR = Path(__file__).resolve().parent.parent / "spec"
ROOT_FILE = "_root.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
VERSION_RE = re.compile(r"^/[a-z_]+/(\d{6})/")
SNAKE_RE = re.compile(r"^[a-z][a-z0-9_]*$")
PASCAL_RE = re.compile(r"^[A-Z][A-Za-z0-9]*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
REQUIRED_FLAGS = ("x-tts-method", "x-tts-shop-cipher", "x-tts-retry-safe")
SHOP_CIPHER_RULES = ("required", "optional", "forbidden")
SCOPE_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_&]+)+$")
FORBIDDEN_KEYWORDS = ("allOf", "oneOf", "anyOf", "nullable", "discriminator")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
IDEMPOTENCY_MARK = "x-tts-idempotency-key"
IDEMPOTENCY_FIELD = "idempotency_key"


class SpecError(Exception):
    """The spec breaks a convention of ``spec/README.md`` or is not valid OpenAPI."""


def _load(path: Path) -> dict[str, Any]:
    with path.open(encoding="utf-8") as handle:
        data = yaml.load(handle, Loader=_LOADER)  # noqa: S506 - a safe loader, in C when libyaml is there
    if not isinstance(data, dict):
        raise SpecError(f"{path.name}: not a mapping")
    return data


def module_files(spec_dir: Path = SPEC_DIR) -> list[Path]:
    return sorted(p for p in spec_dir.glob("*.yaml") if p.name != ROOT_FILE)


def operations(doc: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(method, path, operation)`` for every operation, in path order."""
    for path in sorted(doc["paths"]):
        item = doc["paths"][path]
        for method in HTTP_METHODS:
            if method in item:
                yield method.upper(), path, item[method]


def resolve(doc: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with its local ``$ref`` chain followed (``#/components/<kind>/<name>``): the one resolver."""
    while "$ref" in node:
        found: dict[str, Any] = doc
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            found = found[part]
        node = found
    return node


def path_version(path: str) -> str | None:
    match = VERSION_RE.match(path)
    return match.group(1) if match else None


def _merge(root: dict[str, Any], part: dict[str, Any], name: str, errors: list[str]) -> None:
    for path, item in (part.get("paths") or {}).items():
        if path in root["paths"]:
            errors.append(f"{name}: path {path} is defined twice")
        root["paths"][path] = item
    for kind, entries in (part.get("components") or {}).items():
        bucket = root["components"].setdefault(kind, {})
        for key, value in (entries or {}).items():
            if key in bucket:
                errors.append(f"{name}: components.{kind}.{key} is defined twice")
            bucket[key] = value
    known_tags = {t["name"] for t in root.setdefault("tags", [])}
    for tag in part.get("tags") or []:
        if tag["name"] not in known_tags:
            root["tags"].append(tag)
            known_tags.add(tag["name"])
    for key in part:
        if key not in ("paths", "components", "tags"):
            errors.append(f"{name}: unexpected top-level key {key!r}")


def _walk(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from _walk(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}[{index}]")


def _check_operation(method: str, path: str, op: dict[str, Any], doc: dict[str, Any], errors: list[str]) -> None:
    where = f"{method} {path}"
    op_id = op.get("operationId", "")
    if not PASCAL_RE.match(op_id):
        errors.append(f"{where}: operationId {op_id!r} is not PascalCase")
    for flag in REQUIRED_FLAGS:
        if flag not in op:
            errors.append(f"{where}: missing {flag}")
    if not SNAKE_RE.match(str(op.get("x-tts-method", ""))):
        errors.append(f"{where}: x-tts-method must be snake_case")
    tags = op.get("tags") or []
    if len(tags) != 1:
        errors.append(f"{where}: needs exactly one tag")
    for key in ("summary", "description"):
        if not op.get(key):
            errors.append(f"{where}: missing {key}")
    responses = op.get("responses") or {}
    if list(responses) != ["200"]:
        errors.append(f"{where}: must have exactly one response, '200'")
        return
    try:
        ref = responses["200"]["content"]["application/json"]["schema"]["$ref"]
    except (KeyError, TypeError):
        errors.append(f"{where}: the 200 response must $ref a data schema")
        return
    if ref.rsplit("/", 1)[-1] != f"{op_id}Response":
        errors.append(f"{where}: response schema must be named {op_id}Response")
    if ref.rsplit("/", 1)[-1] not in doc["components"].get("schemas", {}):
        errors.append(f"{where}: {ref} is not defined")
    errors += _check_deprecation(where, op.get("x-tts-deprecated"), doc)
    errors += _check_idempotency(where, op, doc)
    errors += _check_shop_cipher_and_scope(where, op)
    pagination = op.get("x-tts-pagination")
    if pagination is not None:
        items = pagination.get("items") if isinstance(pagination, dict) else None
        data_schema = doc["components"]["schemas"].get(ref.rsplit("/", 1)[-1], {})
        if items not in (data_schema.get("properties") or {}):
            errors.append(f"{where}: x-tts-pagination.items {items!r} is not a field of the response")


def _check_deprecation(where: str, mark: Any, doc: dict[str, Any]) -> list[str]:
    """``x-tts-deprecated: {since, retire_on, use}``: ISO dates in order, ``use`` another operationId."""
    if mark is None:
        return []
    if not isinstance(mark, dict) or set(mark) != {"since", "retire_on", "use"}:
        return [f"{where}: x-tts-deprecated needs exactly since, retire_on and use"]
    errors = []
    dates = [mark[key] for key in ("since", "retire_on")]
    if not all(isinstance(d, str) and DATE_RE.match(d) for d in dates):
        errors.append(f"{where}: x-tts-deprecated since/retire_on must be quoted 'YYYY-MM-DD' dates, got {dates}")
    elif dates[0] > dates[1]:
        errors.append(f"{where}: x-tts-deprecated retires ({dates[1]}) before it is deprecated ({dates[0]})")
    ids = {op.get("operationId") for _m, _p, op in operations(doc)}
    if mark["use"] not in ids:
        errors.append(f"{where}: x-tts-deprecated.use {mark['use']!r} is not an operationId")
    return errors


def _check_wire_names(where: str, node: dict[str, Any]) -> list[str]:
    """``x-tts-wire-names`` (on a property): other JSON keys TikTok sends for it, a list of strings."""
    names = node.get("x-tts-wire-names")
    if names is None:
        return []
    if not isinstance(names, list) or not names or not all(isinstance(n, str) and n for n in names):
        return [f"{where}: x-tts-wire-names must be a non-empty list of strings"]
    return []


def top_level_arguments(op: dict[str, Any], doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """An operation's query parameters and JSON body properties, by wire name, with their schemas."""
    found: dict[str, dict[str, Any]] = {}
    for written in op.get("parameters") or []:
        param = written
        if "$ref" in written:
            param = doc["components"].get("parameters", {}).get(written["$ref"].rsplit("/", 1)[-1], {})
        if param.get("in") == "query":
            found[param["name"]] = param.get("schema") or {}
    body = (op.get("requestBody") or {}).get("content", {}).get("application/json", {}).get("schema") or {}
    if "$ref" in body:
        body = doc["components"].get("schemas", {}).get(body["$ref"].rsplit("/", 1)[-1], {})
    found.update(body.get("properties") or {})
    return found


def _check_idempotency(where: str, op: dict[str, Any], doc: dict[str, Any]) -> list[str]:
    """``x-tts-idempotency-key`` names a top-level string argument; an ``idempotency_key`` needs the mark."""
    arguments = top_level_arguments(op, doc)
    mark = op.get(IDEMPOTENCY_MARK)
    if mark is None:
        if IDEMPOTENCY_FIELD in arguments:
            return [f"{where}: takes {IDEMPOTENCY_FIELD}: mark it {IDEMPOTENCY_MARK}: {IDEMPOTENCY_FIELD}"]
        return []
    schema = arguments.get(mark) if isinstance(mark, str) else None
    if schema is None or schema.get("type") != "string":
        return [f"{where}: {IDEMPOTENCY_MARK} must name a string query parameter or body field, not {mark!r}"]
    return []


def scope_names(mark: Any) -> tuple[str, ...]:
    """``x-tts-scope`` as a tuple: one scope name, or a list of names any one of which grants the operation."""
    if mark is None:
        return ()
    return tuple(mark) if isinstance(mark, list) else (mark,)


def _check_shop_cipher_and_scope(where: str, op: dict[str, Any]) -> list[str]:
    """``x-tts-shop-cipher`` is one of the three rules; ``x-tts-scope`` a scope name or a list of them."""
    errors = []
    rule = op.get("x-tts-shop-cipher")
    if rule is not None and rule not in SHOP_CIPHER_RULES:
        errors.append(f"{where}: x-tts-shop-cipher must be one of {', '.join(SHOP_CIPHER_RULES)}, not {rule!r}")
    mark = op.get("x-tts-scope")
    scopes = scope_names(mark)
    if mark == [] or not all(isinstance(s, str) and SCOPE_RE.match(s) for s in scopes):
        errors.append(f"{where}: x-tts-scope must be a scope name (seller.order.info) or a list of them, not {mark!r}")
    return errors


def _wrap_response(op: dict[str, Any]) -> None:
    content = op["responses"]["200"]["content"]["application/json"]
    data_ref = content["schema"]
    content["schema"] = {
        "type": "object",
        "properties": {
            "code": {"type": "integer"},
            "message": {"type": "string"},
            "request_id": {"type": "string"},
            "data": data_ref,
        },
    }


def _check_all(doc: dict[str, Any]) -> list[str]:
    """Every convention error of a merged document."""
    errors: list[str] = []
    for where, node in _walk(doc, "spec"):
        for keyword in FORBIDDEN_KEYWORDS:
            if keyword in node:
                errors.append(f"{where}: {keyword} is outside the supported subset")
        errors += _check_wire_names(where, node)
    seen_methods: dict[tuple[str, str, str | None], str] = {}
    op_ids: set[str] = set()
    for method, path, op in operations(doc):
        _check_operation(method, path, op, doc, errors)
        op_id = op.get("operationId", "")
        if op_id in op_ids:
            errors.append(f"{method} {path}: operationId {op_id} is used twice")
        op_ids.add(op_id)
        tag = (op.get("tags") or [""])[0]
        key = (tag, str(op.get("x-tts-method")), path_version(path))
        if key in seen_methods:
            errors.append(f"{method} {path}: {tag}.{key[1]} at version {key[2]} is also {seen_methods[key]}")
        seen_methods[key] = f"{method} {path}"
    errors += _check_webhooks(doc)
    return errors


def webhook_schemas(doc: dict[str, Any]) -> dict[int, str]:
    """Webhook type -> the schema of its ``data`` (``x-tts-webhook``, spec/README.md rule 17)."""
    return {
        schema["x-tts-webhook"]["type"]: name
        for name, schema in doc["components"].get("schemas", {}).items()
        if isinstance(schema.get("x-tts-webhook"), dict) and isinstance(schema["x-tts-webhook"].get("type"), int)
    }


def _check_webhooks(doc: dict[str, Any]) -> list[str]:
    errors: list[str] = []
    seen: dict[int, str] = {}
    for name, schema in doc["components"].get("schemas", {}).items():
        mark = schema.get("x-tts-webhook")
        if mark is None:
            continue
        if not isinstance(mark, dict) or not isinstance(mark.get("type"), int):
            errors.append(f"{name}: x-tts-webhook needs an integer type")
            continue
        if not (name.startswith("Event") and name.endswith("Data")):
            errors.append(f"{name}: a webhook payload schema is named Event<Name>Data")
        if mark["type"] in seen:
            errors.append(f"{name}: webhook type {mark['type']} is also {seen[mark['type']]}")
        seen[mark["type"]] = name
    return errors


def wrap_all(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``doc`` with every ``200`` response wrapped in the envelope."""
    wire = copy.deepcopy(doc)
    for _method, _path, op in operations(wire):
        _wrap_response(op)
    return wire


def merge_files(files: list[Path], spec_dir: Path = SPEC_DIR) -> tuple[dict[str, Any], list[str]]:
    """``_root.yaml`` with ``files`` merged in; the document and the files' merge errors."""
    errors: list[str] = []
    doc = _load(spec_dir / ROOT_FILE)
    doc.setdefault("paths", {})
    doc.setdefault("components", {})
    for path in files:
        try:
            _merge(doc, _load(path), path.name, errors)
        except (yaml.YAMLError, SpecError) as exc:
            errors.append(f"{path.name}: {exc}")
    return doc, errors


def load_modules(spec_dir: Path = SPEC_DIR) -> tuple[dict[str, Any], list[str]]:
    """Merge the module files into ``_root.yaml``; return the document and convention errors."""
    doc, errors = merge_files(module_files(spec_dir), spec_dir)
    return doc, errors + _check_all(doc)


def bundle(spec_dir: Path = SPEC_DIR) -> dict[str, Any]:
    """The wire-true document: merged, checked, every response wrapped in the envelope."""
    doc, errors = load_modules(spec_dir)
    if errors:
        raise SpecError("\n".join(errors))
    return wrap_all(doc)


def validate(doc: dict[str, Any]) -> None:
    from openapi_spec_validator import validate as validate_openapi

    validate_openapi(doc)


def main(argv: list[str] | None = None) -> int:
    del argv
    try:
        doc = bundle()
        validate(doc)
    except SpecError as exc:
        print(exc, file=sys.stderr)
        return 1
    except Exception as exc:  # the validator's own error types vary
        print(f"invalid OpenAPI: {exc}", file=sys.stderr)
        return 1
    count = sum(1 for _ in operations(doc))
    print(f"spec OK: {count} operations in {len(module_files())} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
