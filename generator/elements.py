"""What the templates render: modules, models, fields, operations and version views, as plain dataclasses.

:mod:`generator.surface` fills them from the parsed spec; the templates, the API reference and
``--diff`` only read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.schema.untrusted_string import UntrustedString


def untrusted(value: Any) -> str:
    """The raw text of a spec string; templates escape it with openapi-python-client's filters."""
    if value is None:
        return ""
    return value.get_untrusted_value() if isinstance(value, UntrustedString) else str(value)


@dataclass
class Field:
    name: str  # Python attribute / keyword argument
    wire: str  # JSON key or parameter name
    annotation: str
    required: bool
    description: str
    location: str = "body"  # body | query | path | file
    wire_names: tuple[str, ...] = ()  # more JSON keys read into this field (x-tts-wire-names)
    known_values: tuple[str, ...] = ()  # an enumeration's values
    constraints: str = ""  # a request field's extra Field() arguments: spec bounds and strict=True
    model_annotation: str = ""  # a request model's annotation when it differs (strict list items)

    @property
    def aliased(self) -> bool:
        return self.name != self.wire

    @property
    def is_list(self) -> bool:
        return self.annotation.startswith("list[")


@dataclass
class Model:
    name: str
    module: str
    description: str
    fields: list[Field]
    kind: str  # response | request | query
    refs: set[str] = field(default_factory=set)
    schema: str = ""  # the schema this model is a side of (its key while naming)


@dataclass(frozen=True)
class Deprecation:
    """``x-tts-deprecated`` of an operation version: since when, retired when, what to call instead."""

    since: str
    retire_on: str
    use: str


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
    shop_cipher: str  # required, optional or forbidden (x-tts-shop-cipher)
    retry_safe: bool
    host: str
    deprecation: Deprecation | None
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
    scopes: tuple[str, ...] = ()  # x-tts-scope: the API scopes any one of which grants the operation

    @property
    def shop_scoped(self) -> bool:
        return self.shop_cipher != "forbidden"

    @property
    def arguments(self) -> list[Field]:
        """The method's keyword arguments: a body field named like a path parameter is that parameter."""
        in_path = {f.name for f in self.path_params}
        return [*self.path_params, *self.query_params, *(f for f in self.body_fields if f.name not in in_path)]


@dataclass
class Module:
    name: str
    description: str
    class_prefix: str
    models: list[Model] = field(default_factory=list)
    ops: list[Op] = field(default_factory=list)


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
    schema: str

    @property
    def class_name(self) -> str:
        """``EventOrderStatusChangeData`` -> ``OrderStatusChangeEvent``."""
        return self.schema.removeprefix("Event").removesuffix("Data") + "Event"


@dataclass
class Surface:
    modules: dict[str, Module]
    versions: list[VersionView]
    webhooks: list[Webhook] = field(default_factory=list)

    @property
    def all_ops(self) -> list[Op]:
        return [op for module in self.modules.values() for op in module.ops]

    def model_module(self, name: str, near: str) -> str:
        """The module defining model ``name``, preferring module ``near``; an error when ambiguous."""
        if any(m.name == name for m in self.modules[near].models):
            return near
        found = [mod.name for mod in self.modules.values() if any(m.name == name for m in mod.models)]
        if len(found) != 1:
            raise SurfaceError(f"model {name} referenced from {near} is defined in {found or 'no module'}")
        return found[0]


class SurfaceError(Exception):
    """The parsed spec cannot be turned into a clean Python surface."""
