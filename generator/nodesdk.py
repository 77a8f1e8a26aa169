"""Read TikTok's generated Node.js SDK: its operations and the shapes of their fields.

The SDK (openapi-generator's ``typescript-node`` output) has one ``api/<module>V<version>Api.ts``
per module and version, one ``public async`` function per operation, and one class per object
under ``model/**/*.ts`` whose wire fields and types are listed in ``attributeTypeMap``. Only those
lines are read; nothing of the SDK is stored in this repository.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from pathlib import Path

SCALARS = {"string": "string", "number": "number", "boolean": "boolean"}
# Parameters every request carries, added by the runtime (spec/README.md rule 8).
COMMON_PARAMETERS = {"shop_cipher", "app_key", "sign", "timestamp", "access_token"}
CLASS_RE = re.compile(r"export class (\w+)")
ATTRIBUTE_RE = re.compile(r'"baseName":\s*"([^"]+)",\s*"type":\s*"([^"]+)"')
FUNCTION_RE = re.compile(r"^\s*public async (\w+) \((.*?)options: \{headers", re.MULTILINE)
ARGUMENT_RE = re.compile(r"(\w+)(\??): (Array<[^>]+>|[\w.]+)")
PATH_RE = re.compile(r"localVarPath = this\.basePath \+ '([^']+)'")
METHOD_RE = re.compile(r"method: '(\w+)'")
QUERY_RE = re.compile(r"localVarQueryParameters\['(\w+)'\] = ObjectSerializer\.serialize\((\w+), \"([^\"]+)\"\)")
FORM_RE = re.compile(r"localVarFormParams\['(\w+)'\] = (?:ObjectSerializer\.serialize\()?(\w+)")
BODY_RE = re.compile(r"body: ObjectSerializer\.serialize\((\w+), \"(\w+)\"\)")
RESPONSE_RE = re.compile(r"ObjectSerializer\.deserialize\(body, \"(\w+)\"\)")


@dataclass
class Shape:
    """A JSON value's shape: a scalar kind, an object (fields or free-form), an array, or anything."""

    kind: str  # string, number, integer, boolean, object, array, any
    fields: dict[str, Shape] | None = None  # None: a free-form object (or not an object)
    items: Shape | None = None


ANY = Shape("any")


@dataclass
class Parameter:
    wire: str
    shape: Shape
    required: bool


@dataclass
class SdkOperation:
    """One ``public async`` function of the SDK: one operation at one version."""

    api: str
    function: str
    method: str
    path: str
    query: list[Parameter]
    form: list[Parameter]
    body: Shape | None
    response: Shape
    shop_cipher: str  # required, optional or absent

    @property
    def name(self) -> str:
        return f"{self.api}.{self.function}"


def read_models(sdk: Path) -> dict[str, list[tuple[str, str]]]:
    """Every model class of the SDK: its name -> ``(wire name, SDK type)`` of each field."""
    models: dict[str, list[tuple[str, str]]] = {}
    for path in sorted((sdk / "model").rglob("*.ts")):
        text = path.read_text(encoding="utf-8")
        match = CLASS_RE.search(text)
        if match and "attributeTypeMap" in text:
            models[match.group(1)] = ATTRIBUTE_RE.findall(text)
    return models


def sdk_shape(models: dict[str, list[tuple[str, str]]], type_name: str, seen: frozenset[str] = frozenset()) -> Shape:
    """The shape an SDK type name stands for (``string``, ``Array<X>``, a model class, ...)."""
    if type_name in SCALARS:
        return Shape(SCALARS[type_name])
    if type_name.startswith("Array<") and type_name.endswith(">"):
        return Shape("array", items=sdk_shape(models, type_name[6:-1], seen))
    if type_name == "object":
        return Shape("object")
    if type_name in models and type_name not in seen:
        inner = seen | {type_name}
        return Shape("object", fields={wire: sdk_shape(models, kind, inner) for wire, kind in models[type_name]})
    return ANY


def read_operations(sdk: Path, models: dict[str, list[tuple[str, str]]] | None = None) -> list[SdkOperation]:
    """Every operation of the SDK's ``api/*.ts``, in file order."""
    models = read_models(sdk) if models is None else models
    found: list[SdkOperation] = []
    for path in sorted((sdk / "api").glob("*Api.ts")):
        text = path.read_text(encoding="utf-8")
        starts = [m.start() for m in FUNCTION_RE.finditer(text)] + [len(text)]
        for start, end in itertools.pairwise(starts):
            found.append(_read_function(path.stem, text[start:end], models))
    return found


def _read_function(api: str, text: str, models: dict[str, list[tuple[str, str]]]) -> SdkOperation:
    head = FUNCTION_RE.search(text)
    path, method, response = PATH_RE.search(text), METHOD_RE.search(text), RESPONSE_RE.search(text)
    if not (head and path and method and response):
        raise ValueError(f"{api}: cannot read the function starting {text[:80]!r}")
    arguments = {name: (optional == "", kind) for name, optional, kind in ARGUMENT_RE.findall(head.group(2))}

    def parameter(wire: str, variable: str, kind: str | None = None) -> Parameter:
        required, declared = arguments.get(variable, (False, "any"))
        type_name = kind or declared
        shape = Shape("string") if type_name == "RequestFile" else sdk_shape(models, type_name)
        return Parameter(wire, shape, required)

    query = [parameter(wire, variable, kind) for wire, variable, kind in QUERY_RE.findall(text)]
    form = [parameter(wire, variable) for wire, variable in FORM_RE.findall(text)]
    body = BODY_RE.search(text)
    envelope = sdk_shape(models, response.group(1))
    cipher = next((p for p in query if p.wire == "shop_cipher"), None)
    return SdkOperation(
        api=api,
        function=head.group(1),
        method=method.group(1).upper(),
        path=path.group(1),
        query=[p for p in query if p.wire not in COMMON_PARAMETERS],
        form=form,
        body=sdk_shape(models, body.group(2)) if body else None,
        response=(envelope.fields or {}).get("data", Shape("object")),
        shop_cipher="absent" if cipher is None else ("required" if cipher.required else "optional"),
    )
