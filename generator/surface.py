"""Turn the parsed spec into the plain description the templates render.

openapi-python-client parses the bundle and names every schema, inline ones included; this
module reads its properties into small dataclasses: modules, models, fields, operations and
the version views. Keeping that logic in Python leaves the templates free of decisions.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Hashable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import properties as props
from openapi_python_client.parser.openapi import GeneratorData
from pydantic import BaseModel

from .bundle import operations, path_version, resolve, scope_names, webhook_schemas
from .constraints import constrain
from .elements import Deprecation, Field, Model, Module, Op, Surface, SurfaceError, VersionView, Webhook, untrusted
from .naming import RESERVED_NAMES, NamingError, Place, assign, check_unique, pascal, singular, stem

SHARED_MODULE = "shared"
RESERVED = set(dir(BaseModel)) | {"model_config", "register", "self", "timeout"}


def generator_config() -> Config:
    return Config.from_sources(ConfigFile(), MetaType.NONE, Path("spec"), "utf-8", True, None)


def parse(doc: dict[str, Any]) -> GeneratorData:
    config = generator_config()
    data = GeneratorData.from_dict(doc, config=config)
    if not isinstance(data, GeneratorData):
        raise SurfaceError(str(data.detail))
    return data


def module_prefixes(doc: dict[str, Any]) -> dict[str, str]:
    """Module -> the prefix its schema names and operationIds start with (``FBT`` for ``fbt``)."""
    prefixes: dict[str, str] = {}
    for _method, _path, op in operations(doc):
        tag, op_id = op["tags"][0], op["operationId"]
        want = pascal(tag)
        if op_id.lower().startswith(want.lower()):
            prefixes.setdefault(tag, op_id[: len(want)])
    for tag in doc.get("tags", []):
        prefixes.setdefault(tag["name"], pascal(tag["name"]))
    return prefixes


def _schema_ref(content: dict[str, Any]) -> str | None:
    for media in content.values():
        ref = (media.get("schema") or {}).get("$ref")
        if ref:
            return str(ref).rsplit("/", 1)[-1]
    return None


@dataclass(frozen=True)
class _Root:
    """An operation's request or response schema and the name the method gives it."""

    module: str
    method: str
    version: str
    newest: str  # the schema of the same role at the newest version, or ""
    name: str  # before shape sharing: <Method>[<version>]<Role>


class _Builder:
    def __init__(self, doc: dict[str, Any], data: GeneratorData) -> None:
        self.doc = doc
        self.data = data
        self.modules: dict[str, Module] = {}
        self.models: dict[str, Model] = {}
        self.response_schemas: set[str] = set()
        # The finished schema models: a $ref reached before its target was processed points
        # at an early copy without properties, so properties are always read from these.
        self.processed = {m.class_info.name: m for m in data.models}
        self.components = set(doc.get("components", {}).get("schemas", {}))
        self.places: dict[str, Place] = {}
        self.query_of: dict[str, str] = {}  # response schema -> its operation's query model key
        self.shapes: dict[str, Hashable] = {}
        self.prefixes = module_prefixes(doc)
        self.roots = self.operation_roots()
        tag_docs = {t["name"]: t.get("description", "") for t in doc.get("tags", [])}
        for tag in sorted(tag_docs):
            self.modules[tag] = Module(tag, tag_docs[tag], self.prefixes[tag])
        self.modules.setdefault(SHARED_MODULE, Module(SHARED_MODULE, "Schemas shared by several modules.", ""))

    # -- naming ------------------------------------------------------------------------------
    def operation_roots(self) -> dict[str, _Root]:
        """Schema name -> its operation, for every ``<operationId>Request``/``Response`` schema."""
        newest: dict[tuple[str, str], str] = {}
        for _method, path, op in operations(self.doc):
            key = (op["tags"][0], op["x-tts-method"])
            newest[key] = max(newest.get(key, ""), path_version(path) or "")
        found: dict[tuple[str, str, str, str], str] = {}
        for _method, path, op in operations(self.doc):
            version = path_version(path) or ""
            response = _schema_ref(op["responses"]["200"].get("content", {}))
            request = _schema_ref((op.get("requestBody") or {}).get("content", {}))
            for role, schema in (("Response", response), ("Request", request)):
                if schema:
                    found[(op["tags"][0], op["x-tts-method"], version, role)] = schema
        roots: dict[str, _Root] = {}
        for (tag, method, version, role), schema in found.items():
            latest = newest[(tag, method)]
            is_newest = version == latest
            roots[schema] = _Root(
                tag,
                method,
                version,
                "" if is_newest else found.get((tag, method, latest, role), ""),
                pascal(method) + ("" if is_newest else version) + role,
            )
        return roots

    def schema_module(self, schema_name: str) -> str:
        """The module of a component: its name's longest module prefix."""
        if schema_name in self.roots:
            return self.roots[schema_name].module
        best = ""
        for module, prefix in self.prefixes.items():
            if schema_name.startswith(prefix) and len(prefix) > len(self.prefixes.get(best, "")):
                best = module
        return best or SHARED_MODULE

    def component_name(self, schema_name: str, module: str) -> str:
        root = self.roots.get(schema_name)
        if root is not None:
            return root.name
        short = schema_name.removeprefix(self.prefixes.get(module, ""))
        return short if short[:1].isupper() and short not in RESERVED_NAMES else schema_name

    def shape(self, prop: props.Property, top: bool = False) -> Hashable:
        """What decides whether two schemas may share a class: fields, types, requiredness."""
        if isinstance(prop, props.ModelProperty):
            name = prop.class_info.name
            if name in self.components and not top:
                return ("ref", name)
            if name in self.shapes:
                return self.shapes[name]
            prop = self.processed.get(name, prop)
            children = [*(prop.required_properties or []), *(prop.optional_properties or [])]
            found = ("object", tuple(sorted((untrusted(c.name), bool(c.required), self.shape(c)) for c in children)))
            self.shapes[name] = found
            return found
        if isinstance(prop, props.ListProperty):
            return ("list", self.shape(prop.inner_property))
        if isinstance(prop, props.EnumProperty | props.LiteralEnumProperty):
            return ("enum", tuple(sorted(str(v) for v in prop.values.values())))
        return (type(prop).__name__,)

    def place(self, prop: props.ModelProperty, where: tuple[str, str] | None) -> None:
        """Remember where a schema sits (first reached), for :func:`naming.assign`."""
        schema_name = prop.class_info.name
        if schema_name in self.places:
            return
        shape = self.shape(prop, top=True)
        if schema_name in self.components or where is None:
            module = self.schema_module(schema_name)
            name = self.component_name(schema_name, module)
            self.places[schema_name] = Place(module, 0, shape, fixed=name, long=name)
            return
        parent, field_name = where
        above = self.places[parent]
        long = schema_name.removeprefix(self.prefixes.get(above.module, ""))
        self.places[schema_name] = Place(
            above.module, above.depth + 1, shape, parent=parent, field=field_name, long=long or schema_name
        )

    def share_versions(self) -> None:
        """An older version's operation model with the newest one's shape is the newest one's class."""
        pairs = [(schema_name, root.newest) for schema_name, root in self.roots.items() if root.newest]
        pairs += [(self.query_of[old], self.query_of[new]) for old, new in pairs if {old, new} <= self.query_of.keys()]
        for old, new in pairs:
            place, newest = self.places.get(old), self.places.get(new)
            if place is not None and newest is not None and place.shape == newest.shape:
                place.fixed = newest.fixed

    def rename(self) -> dict[str, str]:
        """Give every model its final name; merge models that share a class. Old key -> new name."""
        self.share_versions()
        try:
            base = assign(self.places)
        except NamingError as exc:
            raise SurfaceError(str(exc)) from None
        responded = {(m.module, base[m.schema]) for m in self.models.values() if m.kind == "response"}
        renamed: dict[str, str] = {}
        kept: dict[tuple[str, str], Model] = {}
        for key, model in sorted(self.models.items()):
            name = base[model.schema]
            if model.kind == "request" and (model.module, name) in responded:
                name += "Input"
            renamed[key] = name
            other = kept.get((model.module, name))
            if other is None:
                kept[(model.module, name)] = model
                continue
            if self.places[other.schema].shape != self.places[model.schema].shape or other.kind != model.kind:
                raise SurfaceError(f"module {model.module}: {other.schema} and {model.schema} are both named {name}")
            self.modules[model.module].models.remove(model)
        token = re.compile(r"\b\w+\b")
        for model in kept.values():
            model.name = renamed[model.name]
            for f in model.fields:
                f.annotation = token.sub(lambda m: renamed.get(m.group(0), m.group(0)), f.annotation)
            model.refs = {renamed[r] for r in model.refs}
        for op in self.all_ops():
            op.response = renamed[op.response]
            op.query_model = op.query_model and renamed[op.query_model]
            op.body_model = op.body_model and renamed[op.body_model]
            op.item_type = op.item_type and token.sub(lambda m: renamed.get(m.group(0), m.group(0)), op.item_type)
            for f in [*op.path_params, *op.query_params]:
                f.annotation = token.sub(lambda m: renamed.get(m.group(0), m.group(0)), f.annotation)
        for module in self.modules.values():
            check_unique(module.name, (m.name for m in module.models))
        return renamed

    @staticmethod
    def key(schema_name: str, side: str) -> str:
        """A model's key while naming: unique per schema and side of the wire."""
        return schema_name if side == "response" else f"{schema_name}__{side}"

    def all_ops(self) -> list[Op]:
        return [op for module in self.modules.values() for op in module.ops]

    # -- types -------------------------------------------------------------------------------
    def annotation(self, prop: props.Property, kind: str, refs: set[str], where: tuple[str, str] | None = None) -> str:
        if isinstance(prop, props.ModelProperty):
            key = self.model(prop, kind, where).name
            refs.add(key)
            return key
        if isinstance(prop, props.ListProperty):
            item = where and (where[0], singular(where[1]))
            return f"list[{self.annotation(prop.inner_property, kind, refs, item)}]"
        if isinstance(prop, props.EnumProperty | props.LiteralEnumProperty):
            values = sorted({v for v in prop.values.values() if v is not None}, key=str)
            plain = "int" if prop.value_type is int else "str"
            if not values:
                return plain
            known = "Literal[" + ", ".join(repr(v) for v in values) + "]"
            if kind != "response":
                return known
            # Responses stay open to values TikTok adds; the IDE still shows the known ones.
            return f"OpenEnum[{known}]" if plain == "str" else f"{known} | {plain}"
        if isinstance(prop, props.FileProperty):
            return "FileInput"
        if isinstance(prop, props.BooleanProperty):
            return "bool"
        if isinstance(prop, props.IntProperty):
            return "int"
        if isinstance(prop, props.FloatProperty):
            return "float"
        if isinstance(prop, props.StringProperty | props.DateProperty | props.DateTimeProperty):
            return "str"
        if isinstance(prop, props.ConstProperty):
            return "str"
        return "Any"

    def field(
        self,
        prop: props.Property,
        kind: str,
        refs: set[str],
        location: str,
        parent: props.ModelProperty | None = None,
    ) -> Field:
        wire = untrusted(prop.name)
        name = str(prop.python_name)
        if name in RESERVED or keyword.iskeyword(name) or name.startswith("_"):
            name = name.strip("_") + "_"
        where = None
        if parent is not None and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", wire):
            where = (parent.class_info.name, wire)
        annotation = self.annotation(prop, kind, refs, where)
        text_format = self.string_format(parent, wire) if annotation == "str" else ""
        if text_format == "decimal":  # an amount: Decimal in models (tiktok_shop._money)
            annotation = "DecimalAmount" if kind == "response" else "DecimalAmountInput"
        elif text_format == "text-or-number" and kind == "response":  # TikTok sends either
            annotation = "str | int"
        known: tuple[str, ...] = ()
        if isinstance(prop, props.EnumProperty | props.LiteralEnumProperty):
            known = tuple(str(v) for v in prop.values.values())
        if isinstance(prop, props.FileProperty):
            location = "file"
        return Field(
            name,
            wire,
            annotation,
            bool(prop.required) and kind != "response",
            untrusted(prop.description),
            location,
            wire_names=self.wire_names(parent, wire),
            known_values=known,
        )

    @staticmethod
    def string_format(parent: props.ModelProperty | None, wire: str) -> str:
        """The ``format`` of a string property (``decimal``: an amount; ``text-or-number``: either on the wire)."""
        schema = (parent.data.properties or {}).get(wire) if parent is not None else None
        return untrusted(getattr(schema, "schema_format", None)) if schema is not None else ""

    @staticmethod
    def wire_names(parent: props.ModelProperty | None, wire: str) -> tuple[str, ...]:
        """``x-tts-wire-names`` of a property: other JSON keys TikTok sends for the same field."""
        schema = (parent.data.properties or {}).get(wire) if parent is not None else None
        extra = (schema.model_extra or {}) if schema is not None else {}
        return tuple(str(n) for n in extra.get("x-tts-wire-names") or ())

    def model(self, prop: props.ModelProperty, kind: str, where: tuple[str, str] | None = None) -> Model:
        """The model of a schema on one side of the wire.

        A schema used in responses and in requests becomes two classes: the lenient response
        model and a strict request twin (named with ``Input`` when both exist, see naming.py).
        """
        schema_name = prop.class_info.name
        prop = self.processed.get(schema_name, prop)
        side = "response" if kind == "response" else "request"
        key = self.key(schema_name, side)
        existing = self.models.get(key)
        if existing is not None:
            return existing
        self.place(prop, where)
        module = self.places[schema_name].module
        model = Model(key, module, untrusted(prop.description), [], side, schema=schema_name)
        self.models[key] = model  # registered before its fields: schemas may refer to themselves
        if side == "response":
            self.response_schemas.add(schema_name)
        for child in [*(prop.required_properties or []), *(prop.optional_properties or [])]:
            model.fields.append(self.field(child, side, model.refs, "body", prop))
        if side == "request":
            raw = {untrusted(k): v for k, v in (prop.data.properties or {}).items()}
            for f in model.fields:
                constrain(f, raw.get(f.wire))
        self.modules.setdefault(module, Module(module, "", ""))
        self.modules[module].models.append(model)
        return model

    # -- operations --------------------------------------------------------------------------
    def build(self) -> Surface:
        raw_ops = {(m, p): op for m, p, op in operations(self.doc)}
        endpoints = {
            (e.method.upper(), e.path): e
            for collection in self.data.endpoint_collections_by_tag.values()
            for e in collection.endpoints
        }
        ordered = sorted(raw_ops.items(), key=lambda kv: (kv[0][1], kv[0][0]))
        for (method, path), _spec_op in ordered:
            if (method, path) not in endpoints:
                raise SurfaceError(f"{method} {path} was not parsed: {self.data.errors}")
            self.model(self.response_prop(endpoints[(method, path)], path), "response")
        for (method, path), spec_op in ordered:
            self.operation(method, path, spec_op, endpoints[(method, path)])
        self.assign_method_names()
        self.resolve_replacements()
        webhooks = self.webhooks()
        renamed = self.rename()
        for hook in webhooks:
            hook.data_model = renamed[hook.data_model]
        for module in self.modules.values():
            module.models.sort(key=lambda m: m.name)
            module.ops.sort(key=lambda o: (o.name, o.version or ""))
        modules = {k: v for k, v in sorted(self.modules.items()) if v.models or v.ops}
        return Surface(modules, self.version_views(), webhooks)

    def webhooks(self) -> list[Webhook]:
        """Schemas marked ``x-tts-webhook``: each a webhook event's ``data`` (response-side model)."""
        found = []
        for number, name in sorted(webhook_schemas(self.doc).items()):
            if name not in self.processed:
                raise SurfaceError(f"webhook schema {name} was not parsed: {self.data.errors}")
            model = self.model(self.processed[name], "response")
            event = self.doc["components"]["schemas"][name]["x-tts-webhook"].get("event")
            found.append(Webhook(number, event, model.name, model.description, name))
        return found

    def query_model(self, op_id: str, tag: str, params: list[Field], response: str) -> str:
        """The model of an operation's path and query parameters, named like its response."""
        key = f"{op_id}__query"
        shape = tuple((f.name, f.wire, f.annotation, f.required, f.location) for f in params)
        root = self.roots.get(response)
        name = stem(root.name if root else op_id) + "Query"
        self.places[key] = Place(tag, 0, shape, fixed=name, long=name)
        self.query_of[response] = key
        self.models[key] = Model(key, tag, f"Path and query parameters of {op_id}.", params, "query", schema=key)
        self.modules[tag].models.append(self.models[key])
        return key

    def operation(self, method: str, path: str, spec_op: dict[str, Any], endpoint: Any) -> None:
        tag = spec_op["tags"][0]
        op_id = spec_op["operationId"]
        response_prop = self.response_prop(endpoint, path)
        response_model = self.model(response_prop, "response").name
        path_params = [self.field(p, "query", set(), "path") for p in endpoint.path_parameters]
        query_params = [self.field(p, "query", set(), "query") for p in endpoint.query_parameters]
        # The parser keeps a parameter's schema description only; the spec writes it on the parameter.
        raw_params = {p["name"]: p for p in map(self.parameter, spec_op.get("parameters", []))}
        for f in path_params + query_params:
            f.description = untrusted(raw_params.get(f.wire, {}).get("description") or f.description)
            constrain(f, raw_params.get(f.wire, {}).get("schema"), sent_only_when_filled=True)
        query_model = None
        if path_params or query_params:
            query_model = self.query_model(op_id, tag, path_params + query_params, response_prop.class_info.name)
        body_model, body_fields, multipart = None, [], False
        for body in endpoint.bodies:
            prop = body.prop
            if not isinstance(prop, props.ModelProperty):
                raise SurfaceError(f"{op_id}: the request body must be an object schema")
            multipart = body.content_type == "multipart/form-data"
            model = self.model(prop, "request")
            body_model = model.name
            body_fields = model.fields
        # A body field repeating a path parameter (TikTok does this) takes the path value: one argument.
        taken = {f.name for f in query_params}
        clashes = [f.name for f in body_fields if f.name in taken]
        if clashes:
            raise SurfaceError(f"{op_id}: body fields {clashes} clash with query parameters")
        pagination = spec_op.get("x-tts-pagination")
        mark = spec_op.get("x-tts-deprecated")
        op = Op(
            op_id=op_id,
            module=tag,
            name=spec_op["x-tts-method"],
            method_name=spec_op["x-tts-method"],
            method=method,
            path=path,
            version=path_version(path),
            summary=untrusted(endpoint.summary) or op_id,
            description=untrusted(endpoint.description),
            shop_cipher=str(spec_op["x-tts-shop-cipher"]),
            retry_safe=bool(spec_op["x-tts-retry-safe"]),
            host="auth" if path.startswith("/token/") else "api",
            deprecation=Deprecation(str(mark["since"]), str(mark["retire_on"]), str(mark["use"])) if mark else None,
            response=response_model,
            query_model=query_model,
            body_model=body_model,
            multipart=multipart,
            path_params=path_params,
            query_params=query_params,
            body_fields=body_fields,
            scopes=scope_names(spec_op.get("x-tts-scope")),
        )
        mark = spec_op.get("x-tts-idempotency-key")
        if mark is not None:
            keyed = next(f for f in query_params + body_fields if f.wire == mark)
            keyed.required = False  # the runtime sends a fresh key when the caller gives none
            op.idempotency_key = keyed.name
        if pagination:
            op.pagination_items = pagination["items"]
            op.pagination_token_in = "query" if any(f.wire == "page_token" for f in query_params) else "body"
            op.item_type = self.item_type(response_model, pagination["items"])
        self.modules[tag].ops.append(op)

    def parameter(self, param: dict[str, Any]) -> dict[str, Any]:
        """A parameter with a ``$ref`` to ``#/components/parameters/...`` resolved."""
        return resolve(self.doc, param)

    @staticmethod
    def response_prop(endpoint: Any, path: str) -> props.ModelProperty:
        for response in endpoint.responses:
            if response.status_code.pattern == "200" and isinstance(response.prop, props.ModelProperty):
                return response.prop
        raise SurfaceError(f"{path}: the 200 response must be an object schema")

    def item_type(self, response_model: str, items: str) -> str:
        for f in self.models[response_model].fields:
            if f.wire == items and f.is_list:
                return f.annotation[len("list[") : -1]
        raise SurfaceError(f"{response_model}.{items} is not a list")

    def assign_method_names(self) -> None:
        for module in self.modules.values():
            by_name: dict[str, list[Op]] = {}
            for op in module.ops:
                by_name.setdefault(op.name, []).append(op)
            for group in by_name.values():
                group.sort(key=lambda o: o.version or "")
                for op in group[:-1]:
                    op.method_name = f"{op.name}_{op.version}"
                    op.latest = False

    def resolve_replacements(self) -> None:
        """``x-tts-deprecated.use`` names an operationId; callers need its Python method."""
        by_id = {op.op_id: op for op in self.all_ops()}
        for op in self.all_ops():
            if op.deprecation is None:
                continue
            target = by_id.get(op.deprecation.use)
            if target is None:
                raise SurfaceError(f"{op.op_id}: x-tts-deprecated.use {op.deprecation.use!r} is not an operationId")
            op.deprecation = replace(op.deprecation, use=f"{target.module}.{target.method_name}")

    def version_views(self) -> list[VersionView]:
        views: dict[str, dict[str, list[Op]]] = {}
        for module in self.modules.values():
            for op in module.ops:
                if op.version:
                    views.setdefault(op.version, {}).setdefault(module.name, []).append(op)
        return [VersionView(v, dict(sorted(mods.items()))) for v, mods in sorted(views.items())]


def build_surface(doc: dict[str, Any], data: GeneratorData | None = None) -> Surface:
    """The Python surface of an (unwrapped) spec document (``data``: its parse, when already done)."""
    return _Builder(doc, data or parse(doc)).build()
