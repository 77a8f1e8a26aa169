"""Webhook events: the typed classes generated from ``spec/event_webhooks.yaml``, and parsing.

``parse_event`` never fails on an event TikTok signs with an integer ``type``: an unknown type,
or a known one whose ``data`` no longer fits its model (TikTok changed it), becomes
:class:`UnknownEvent` with the raw ``data`` kept as sent. Raw bodies are bounded before decoding:
:data:`MAX_BODY_BYTES` and :data:`MAX_DEPTH`.
"""

from __future__ import annotations

import json
import logging
import operator
import re
from functools import cache, reduce
from itertools import accumulate
from typing import Annotated, Any

from pydantic import Discriminator, Tag, TypeAdapter, ValidationError
from tiktok_shop_generated.event.webhooks import EVENTS

from .._contract import WebhookEvent

__all__ = ["EVENT_NAMES", "EVENT_TYPES", "MAX_BODY_BYTES", "MAX_DEPTH", "UnknownEvent", "WebhookEvent", "parse_event"]

MAX_BODY_BYTES = 1024 * 1024
"""The largest webhook body read (1 MiB; TikTok's events are a few KB)."""
MAX_DEPTH = 64
"""The deepest nesting of objects and arrays read (TikTok's events nest a few levels)."""

logger = logging.getLogger("tiktok_shop")


def _number(cls: type[WebhookEvent]) -> int:
    default: int = cls.model_fields["type"].default
    return default


EVENT_NAMES: dict[int, str] = {_number(cls): cls.EVENT_NAME for cls in EVENTS if cls.EVENT_NAME}
"""Event numbers and the names the subscription API (``event.update_webhook``) uses for them."""
EVENT_TYPES: dict[str, int] = {name: number for number, name in EVENT_NAMES.items()}
_TYPED = {str(_number(cls)) for cls in EVENTS}


class UnknownEvent(WebhookEvent):
    """An event without a typed reading: a type this version does not know, or a known type whose
    ``data`` does not fit its model (a warning is logged). ``data`` is the raw payload."""


def _tag(value: dict[str, Any]) -> str:
    """The union member of a decoded event (``parse_event`` only passes JSON objects)."""
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


_STRINGS = re.compile(rb'"(?:[^"\\]|\\.)*"')
_BRACKETS = b"[]{}"
_NOT_BRACKETS = bytes(b for b in range(256) if b not in _BRACKETS)
_STEP = [0] * 256
_STEP[ord("[")] = _STEP[ord("{")] = 1
_STEP[ord("]")] = _STEP[ord("}")] = -1


def nesting_depth(body: bytes) -> int:
    """How deep objects and arrays nest in a JSON text, counted without decoding it (C-speed steps)."""
    brackets = _STRINGS.sub(b"", body).translate(None, delete=_NOT_BRACKETS)
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


def decode_body(raw_body: bytes | str) -> Any:
    """The JSON of a raw webhook body, refusing (``ValueError``) one over the size or depth limit."""
    body = raw_body.encode("utf-8", "surrogatepass") if isinstance(raw_body, str) else raw_body
    if len(body) > MAX_BODY_BYTES:
        raise ValueError(f"the webhook body is {len(body)} bytes, over the {MAX_BODY_BYTES} read")
    if nesting_depth(body) > MAX_DEPTH:
        raise ValueError(f"the webhook body nests deeper than {MAX_DEPTH} levels")
    return json.loads(body)


def parse_event(raw_body: bytes | str | dict[str, Any]) -> WebhookEvent:
    """The typed event of a webhook body, raw or decoded (no signature check: see ``construct_event``).

    Raises ``ValueError`` (pydantic's ``ValidationError`` is one) for a body that is not a JSON
    object with an integer ``type``, or a raw body over :data:`MAX_BODY_BYTES` or :data:`MAX_DEPTH`.
    """
    payload = raw_body if isinstance(raw_body, dict) else decode_body(raw_body)
    if not isinstance(payload, dict):
        raise ValueError("a webhook body is a JSON object")
    try:
        return _adapter().validate_python(payload)
    except ValidationError as exc:
        event = UnknownEvent.model_validate(payload)  # the envelope itself must still be an event
        fields = ", ".join(".".join(map(str, e["loc"][1:])) for e in exc.errors()[:5])
        logger.warning(
            "webhook type %s (notification %s): data does not fit its model at %s; kept raw as UnknownEvent",
            event.type,
            event.tts_notification_id,
            fields,
        )
        return event
