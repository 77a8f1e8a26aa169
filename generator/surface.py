"""Turn the parsed spec into the plain description the templates render.

openapi-python-client parses the bundle and names every schema, inline ones included; this
module reads its properties into small dataclasses: modules, models, fields, operations and
the version views. Keeping that logic in Python leaves the templates free of decisions.
"""

from __future__ import annotations

import keyword
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import properties as props
from openapi_python_client.parser.openapi import GeneratorData
from openapi_python_client.schema.untrusted_string import UntrustedString
from pydantic import BaseModel

from .bundle import operations, path_version, webhook_schemas

# Module attribute name -> schema name prefix (spec/README.md, convention 3).
MODULE_PREFIXES = {
    "affiliate_creator": "AffiliateCreator",
    "affiliate_partner": "AffiliatePartner",
    "affiliate_seller": "AffiliateSeller",
    "analytics": "Analytics",
    "auth": "Auth",
    "authorization": "Authorization",
    "customer_engagement": "CustomerEngagement",
    "customer_service": "CustomerService",
    "data_reconciliation": "DataReconciliation",
    "event": "Event",
    "fbt": "FBT",
    "finance": "Finance",
    "fulfillment": "Fulfillment",
    "logistics": "Logistics",
    "order": "Order",
    "product": "Product",
    "promotion": "Promotion",
    "return_refund": "ReturnRefund",
    "seller": "Seller",
    "supply_chain": "SupplyChain",
    "tools": "Tools",
}
SHARED_MODULE = "shared"
RESERVED = set(dir(BaseModel)) | {"model_config", "register", "self", "timeout"}


def untrusted(value: Any) -> str:
    """The raw text of a spec string; templates escape it with openapi-python-client's filters."""
    if value is None:
        return ""
    return value.get_untrusted_value() if isinstance(value, UntrustedString) else str(value)


def owner_module(class_name: str) -> str:
    best = ""
    for module, prefix in MODULE_PREFIXES.items():
        if class_name.startswith(prefix) and len(prefix) > len(MODULE_PREFIXES.get(best, "")):
            best = module
    return best or SHARED_MODULE


def pascal(snake: str) -> str:
    return "".join(part.capitalize() for part in snake.split("_"))


def singular(word: str) -> str:
    """``line_items`` -> ``line_item``, ``addresses`` -> ``address``: the name of one array element."""
    for plural, one in (("ies", "y"), ("sses", "ss"), ("uses", "us"), ("xes", "x"), ("ches", "ch"), ("shes", "sh")):
        if word.endswith(plural):
            return word[: -len(plural)] + one
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _stem(schema_name: str) -> str:
    """What inline objects are named after: ``OrderSearchOrdersRequest`` -> ``OrderSearchOrders``."""
    for suffix in ("Input", "Request", "Response"):
        if schema_name.endswith(suffix) and len(schema_name) > len(suffix):
            schema_name = schema_name[: -len(suffix)]
    return schema_name


@dataclass(frozen=True)
class Naming:
    """Where an inline object sits: the component it belongs to, its parent class and its field."""

    component: str
    parent: str
    field: str

    def candidates(self) -> tuple[str, ...]:
        """Short names to try in order: ``<Component><Field>``, then ``<Parent><Field>``."""
        tail = pascal(self.field)
        return (_stem(self.component) + tail, _stem(self.parent) + tail)


@dataclass
class Field:
    name: str  # Python attribute / keyword argument
    wire: str  # JSON key or parameter name
    annotation: str
    required: bool
    description: str
    location: str = "body"  # body | query | path | file
    constraints: str = ""  # a request field's extra Field() arguments: spec bounds and strict=True
    model_annotation: str = ""  # a request model's annotation when it differs (strict list items)

    @property
    def aliased(self) -> bool:
        return self.name != self.wire


@dataclass
class Model:
    name: str
    module: str
    description: str
    fields: list[Field]
    kind: str  # response | request | query
    refs: set[str] = field(default_factory=set)
    component: str = ""  # the component schema this model is, or sits inside


@dataclass
class Op:
    op_id: str
    module: str
    name: str
    method_name: str  # name on the resource: plain for the newest version, name_<version> otherwise
    method: str
    path: str
    version: str | None
    summary: str
    description: str
    shop_scoped: bool
    retry_safe: bool
    host: str
    deprecated: bool
    response: str
    query_model: str | None
    body_model: str | None
    multipart: bool
    path_params: list[Field]
    query_params: list[Field]
    body_fields: list[Field]
    pagination_items: str | None = None
    pagination_token_in: str = "query"
    item_type: str | None = None
    latest: bool = True
    idempotency_key: str | None = None  # the argument the runtime fills with a fresh key per call

    @property
    def constant(self) -> str:
        return self.op_id

    @property
    def arguments(self) -> list[Field]:
        """The method's keyword arguments: a body field named like a path parameter is that parameter."""
        in_path = {f.name for f in self.path_params}
        return [*self.path_params, *self.query_params, *(f for f in self.body_fields if f.name not in in_path)]


@dataclass
class Module:
    name: str
    description: str
    models: list[Model] = field(default_factory=list)
    ops: list[Op] = field(default_factory=list)

    @property
    def class_prefix(self) -> str:
        return MODULE_PREFIXES.get(self.name, pascal(self.name))

    def model_imports(self, kinds: tuple[str, ...] | None = None) -> dict[str, list[str]]:
        """Other modules' models this module's models refer to, by module."""
        own = {m.name for m in self.models}
        wanted: dict[str, set[str]] = {}
        for model in self.models:
            if kinds is None or model.kind in kinds:
                for ref in model.refs - own:
                    wanted.setdefault(owner_module(ref), set()).add(ref)
        return {module: sorted(names) for module, names in sorted(wanted.items())}


@dataclass
class VersionView:
    version: str
    modules: dict[str, list[Op]]


@dataclass
class Webhook:
    """A webhook event type: its number, subscription name and the model of its ``data``."""

    type: int
    event: str | None
    data_model: str
    description: str

    @property
    def class_name(self) -> str:
        """``EventOrderStatusChangeData`` -> ``OrderStatusChangeEvent``."""
        return self.data_model.removeprefix("Event").removesuffix("Data") + "Event"


@dataclass
class Surface:
    modules: dict[str, Module]
    versions: list[VersionView]
    webhooks: list[Webhook] = field(default_factory=list)

    @property
    def all_ops(self) -> list[Op]:
        return [op for module in self.modules.values() for op in module.ops]


# Request fields are strict: page_size="10" or True is refused, not coerced. Top-level scalars take
# Field(strict=True) (their annotation stays plain); scalars inside lists use pydantic's Strict types.
STRICT_SCALARS = {"int": "StrictInt", "float": "StrictFloat", "str": "StrictStr", "bool": "StrictBool"}
_LIST_OF_SCALARS = re.compile(r"^((?:list\[)+)(int|float|str|bool)(\]+)$")
# Spec keyword -> pydantic Field argument.
BOUNDS = {
    "minimum": "ge",
    "maximum": "le",
    "minItems": "min_length",
    "maxItems": "max_length",
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
}


def _keyword(schema: Any, key: str) -> Any:
    """A keyword of a raw spec schema (a dict) or a parsed one (openapi-python-client's ``Schema``)."""
    if schema is None:
        return None
    return schema.get(key) if isinstance(schema, dict) else getattr(schema, key, None)


def _bounds(schema: Any) -> list[str]:
    arguments = []
    for name, argument in BOUNDS.items():
        value = _keyword(schema, name)
        if value is not None:
            arguments.append(f"{argument}={untrusted(value)!r}" if name == "pattern" else f"{argument}={value!r}")
    return arguments


def constrain(f: Field, schema: Any, *, sent_only_when_filled: bool = False) -> None:
    """Give a request field the spec's bounds and strict scalar types.

    ``sent_only_when_filled``: a required path or query parameter is not sent when empty, so an
    empty string or list would go out as a missing parameter; such fields need at least one item.
    """
    arguments = _bounds(schema)
    fillable = f.annotation == "str" or f.annotation.startswith("list[")
    if sent_only_when_filled and f.required and fillable and not any(a.startswith("min_length=") for a in arguments):
        arguments.append("min_length=1")
    order = ["ge=", "le=", "min_length=", "max_length=", "pattern="]
    arguments.sort(key=lambda a: next(i for i, start in enumerate(order) if a.startswith(start)))
    if f.annotation in STRICT_SCALARS:
        arguments.append("strict=True")
    listed = _LIST_OF_SCALARS.match(f.annotation)
    if listed:
        item = STRICT_SCALARS[listed.group(2)]
        item_bounds = _bounds(_keyword(schema, "items"))
        if item_bounds:
            item = f"Annotated[{item}, Field({', '.join(item_bounds)})]"
        f.model_annotation = f"{listed.group(1)}{item}{listed.group(3)}"
    f.constraints = ", ".join(arguments)


class SurfaceError(Exception):
    """The parsed spec cannot be turned into a clean Python surface."""


def generator_config() -> Config:
    return Config.from_sources(ConfigFile(), MetaType.NONE, Path("spec"), "utf-8", True, None)


def parse(doc: dict[str, Any]) -> GeneratorData:
    config = generator_config()
    data = GeneratorData.from_dict(doc, config=config)
    if not isinstance(data, GeneratorData):
        raise SurfaceError(str(data.detail))
    return data


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
        # Inline objects get short names (component + field) instead of openapi-python-client's
        # path-long ones, unless the short name is taken: then the long one stays.
        self.components = set(doc.get("components", {}).get("schemas", {}))
        self.taken = set(self.processed) | self.components
        self.short: dict[str, str] = {}
        tag_docs = {t["name"]: t.get("description", "") for t in doc.get("tags", [])}
        for tag in sorted(tag_docs):
            self.modules[tag] = Module(tag, tag_docs[tag])
        self.modules.setdefault(SHARED_MODULE, Module(SHARED_MODULE, "Schemas shared by several modules."))

    # -- types -------------------------------------------------------------------------------
    def annotation(self, prop: props.Property, kind: str, refs: set[str], naming: Naming | None = None) -> str:
        if isinstance(prop, props.ModelProperty):
            name = self.model(prop, kind, naming).name
            refs.add(name)
            return name
        if isinstance(prop, props.ListProperty):
            item = naming and Naming(naming.component, naming.parent, singular(naming.field))
            return f"list[{self.annotation(prop.inner_property, kind, refs, item)}]"
        if isinstance(prop, props.EnumProperty | props.LiteralEnumProperty):
            values = sorted({v for v in prop.values.values() if v is not None}, key=str)
            if kind == "response" or not values:
                return "int" if prop.value_type is int else "str"
            return "Literal[" + ", ".join(repr(v) for v in values) + "]"
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
        self, prop: props.Property, kind: str, refs: set[str], location: str, parent: Model | None = None
    ) -> Field:
        wire = untrusted(prop.name)
        name = str(prop.python_name)
        if name in RESERVED or keyword.iskeyword(name) or name.startswith("_"):
            name = name.strip("_") + "_"
        naming = None
        if parent is not None and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", wire):
            naming = Naming(parent.component, parent.name, wire)
        annotation = self.annotation(prop, kind, refs, naming)
        description = untrusted(prop.description)
        if isinstance(prop, props.EnumProperty | props.LiteralEnumProperty) and kind == "response":
            known = ", ".join(str(v) for v in prop.values.values())
            description = f"{description} Known values: {known}.".strip()
        if isinstance(prop, props.FileProperty):
            location = "file"
        return Field(name, wire, annotation, bool(prop.required) and kind != "response", description, location)

    def class_name(self, schema_name: str, naming: Naming | None) -> str:
        """A component keeps its name; an inline object takes the first free short candidate."""
        found = self.short.get(schema_name)
        if found is None:
            found = schema_name
            if schema_name not in self.components and naming is not None:
                for candidate in naming.candidates():
                    if len(candidate) < len(schema_name) and not {candidate, f"{candidate}Input"} & self.taken:
                        found = candidate
                        self.taken.add(candidate)
                        break
            self.short[schema_name] = found
        return found

    def model(self, prop: props.ModelProperty, kind: str, naming: Naming | None = None) -> Model:
        """The model of a schema on one side of the wire.

        A schema used in responses and in requests becomes two classes: the lenient response
        model under the schema's name and a strict request twin suffixed ``Input``.
        """
        schema_name = prop.class_info.name
        prop = self.processed.get(schema_name, prop)
        side = "response" if kind == "response" else "request"
        name = self.class_name(schema_name, naming)
        component = schema_name if schema_name in self.components or naming is None else naming.component
        if side == "request" and schema_name in self.response_schemas:
            name = f"{name}Input"
        existing = self.models.get(name)
        if existing is not None:
            return existing
        model = Model(name, owner_module(name), untrusted(prop.description), [], side, component=component)
        self.models[name] = model  # registered before its fields: schemas may refer to themselves
        if side == "response":
            self.response_schemas.add(schema_name)
        for child in [*(prop.required_properties or []), *(prop.optional_properties or [])]:
            model.fields.append(self.field(child, side, model.refs, "body", model))
        if side == "request":
            raw = {untrusted(k): v for k, v in (prop.data.properties or {}).items()}
            for f in model.fields:
                constrain(f, raw.get(f.wire))
        self.modules.setdefault(model.module, Module(model.module, ""))
        self.modules[model.module].models.append(model)
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
        webhooks = self.webhooks()
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
            found.append(Webhook(number, event, model.name, model.description))
        return found

    def operation(self, method: str, path: str, spec_op: dict[str, Any], endpoint: Any) -> None:
        tag = spec_op["tags"][0]
        op_id = spec_op["operationId"]
        response_model = self.model(self.response_prop(endpoint, path), "response").name
        path_params = [self.field(p, "query", set(), "path") for p in endpoint.path_parameters]
        query_params = [self.field(p, "query", set(), "query") for p in endpoint.query_parameters]
        # The parser keeps a parameter's schema description only; the spec writes it on the parameter.
        raw_params = {p["name"]: p for p in map(self.parameter, spec_op.get("parameters", []))}
        for f in path_params + query_params:
            f.description = untrusted(raw_params.get(f.wire, {}).get("description") or f.description)
            constrain(f, raw_params.get(f.wire, {}).get("schema"), sent_only_when_filled=True)
        query_model = None
        if path_params or query_params:
            query_model = f"{op_id}Query"
            model = Model(
                query_model, tag, f"Path and query parameters of {op_id}.", path_params + query_params, "query"
            )
            self.models[query_model] = model
            self.modules[tag].models.append(model)
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
            shop_scoped=bool(spec_op["x-tts-shop-scoped"]),
            retry_safe=bool(spec_op["x-tts-retry-safe"]),
            host="auth" if path.startswith("/token/") else "api",
            deprecated=bool(spec_op.get("deprecated", False)),
            response=response_model,
            query_model=query_model,
            body_model=body_model,
            multipart=multipart,
            path_params=path_params,
            query_params=query_params,
            body_fields=body_fields,
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
        if "$ref" in param:
            found: dict[str, Any] = self.doc["components"]["parameters"][param["$ref"].rsplit("/", 1)[-1]]
            return found
        return param

    @staticmethod
    def response_prop(endpoint: Any, path: str) -> props.ModelProperty:
        for response in endpoint.responses:
            if response.status_code.pattern == "200" and isinstance(response.prop, props.ModelProperty):
                return response.prop
        raise SurfaceError(f"{path}: the 200 response must be an object schema")

    def item_type(self, response_model: str, items: str) -> str:
        for f in self.models[response_model].fields:
            if f.wire == items and f.annotation.startswith("list["):
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

    def version_views(self) -> list[VersionView]:
        views: dict[str, dict[str, list[Op]]] = {}
        for module in self.modules.values():
            for op in module.ops:
                if op.version:
                    views.setdefault(op.version, {}).setdefault(module.name, []).append(op)
        return [VersionView(v, dict(sorted(mods.items()))) for v, mods in sorted(views.items())]


def build_surface(doc: dict[str, Any]) -> Surface:
    """The Python surface of an (unwrapped) spec document."""
    return _Builder(doc, parse(doc)).build()
