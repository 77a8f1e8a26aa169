"""Webhook events: the typed classes generated from ``spec/event_webhooks.yaml``, and parsing.

``parse_event`` never fails on an unknown ``type``: TikTok adds event types without notice, so
those become :class:`UnknownEvent` with the raw ``data`` kept as sent.
"""

from __future__ import annotations

import json
import operator
from functools import cache, reduce
from typing import Annotated, Any

from pydantic import Discriminator, Tag, TypeAdapter
from tiktok_shop_generated.event.webhooks import EVENTS

from .._contract import WebhookEvent

__all__ = ["EVENT_NAMES", "EVENT_TYPES", "UnknownEvent", "WebhookEvent", "parse_event"]


def _number(cls: type[WebhookEvent]) -> int:
    default: int = cls.model_fields["type"].default
    return default


EVENT_NAMES: dict[int, str] = {_number(cls): cls.EVENT_NAME for cls in EVENTS if cls.EVENT_NAME}
"""Event numbers and the names the subscription API (``event.update_webhook``) uses for them."""
EVENT_TYPES: dict[str, int] = {name: number for number, name in EVENT_NAMES.items()}
_TYPED = {str(_number(cls)) for cls in EVENTS}


class UnknownEvent(WebhookEvent):
    """An event type without a typed class in this version; ``data`` is the raw payload."""


def _tag(value: Any) -> str:
    if not isinstance(value, dict):
        return "unknown"
    tag = str(value.get("type"))
    return tag if tag in _TYPED and isinstance(value.get("data"), dict) else "unknown"


@cache
def _adapter() -> TypeAdapter[WebhookEvent]:
    """Built on first use: validators for every event type cost time that imports should not pay."""
    members: list[Any] = [Annotated[cls, Tag(str(_number(cls)))] for cls in EVENTS]
    members.append(Annotated[UnknownEvent, Tag("unknown")])
    union: Any = Annotated[reduce(operator.or_, members), Discriminator(_tag)]  # built at run time from EVENTS
    adapter: TypeAdapter[WebhookEvent] = TypeAdapter(union)
    return adapter


def parse_event(raw_body: bytes | str | dict[str, Any]) -> WebhookEvent:
    """The typed event of a webhook body, raw or decoded (no signature check: see ``construct_event``).

    Raises ``ValueError`` (pydantic's ``ValidationError`` is one) for a body that is not a JSON
    object with an integer ``type``.
    """
    payload = raw_body if isinstance(raw_body, dict) else json.loads(raw_body)
    if not isinstance(payload, dict):
        raise ValueError("a webhook body is a JSON object")
    return _adapter().validate_python(payload)
