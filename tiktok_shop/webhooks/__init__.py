"""Receive TikTok Shop webhooks: signature check, typed events, duplicate suppression.

Every event type of ``spec/event_webhooks.yaml`` has a typed class here (``OrderStatusChangeEvent``,
``PackageUpdateEvent``, ...), generated with its ``data`` model. Webhooks can be missed, so keep a
scheduled poll (e.g. ``order.iter_search_orders`` with ``update_time_ge``) beside them; they can
also arrive twice, hence the dedupe stores (memory, SQLite for one host, Redis for a fleet).
"""

from tiktok_shop_generated.event import webhooks as _generated
from tiktok_shop_generated.event.webhooks import *  # noqa: F403 - the typed event classes

from ._dedupe import DedupeStore, MemoryDedupeStore, SQLiteDedupeStore
from ._events import EVENT_NAMES, EVENT_TYPES, MAX_BODY_BYTES, MAX_DEPTH, UnknownEvent, WebhookEvent, parse_event
from ._receiver import WebhookReceiver, construct_event, dedupe_key
from ._redis_dedupe import RedisDedupeStore
from ._signature import sign_webhook, verify

__all__ = [
    "EVENT_NAMES",
    "EVENT_TYPES",
    "MAX_BODY_BYTES",
    "MAX_DEPTH",
    "DedupeStore",
    "MemoryDedupeStore",
    "RedisDedupeStore",
    "SQLiteDedupeStore",
    "UnknownEvent",
    "WebhookEvent",
    "WebhookReceiver",
    "construct_event",
    "dedupe_key",
    "parse_event",
    "sign_webhook",
    "verify",
]
__all__ += _generated.__all__
