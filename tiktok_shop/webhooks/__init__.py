"""Receive TikTok Shop webhooks: signature check, typed events, duplicate suppression.

Webhooks can be missed, so keep a scheduled poll (e.g. ``order.iter_search_orders`` with
``update_time_ge``) beside them; they can also arrive twice, hence the dedupe stores.
"""

from ._dedupe import DedupeStore, MemoryDedupeStore, SQLiteDedupeStore
from ._events import (
    EVENT_NAMES,
    EVENT_TYPES,
    CancellationStatusChangeEvent,
    OrderStatusChangeEvent,
    PackageUpdateEvent,
    ProductCreationEvent,
    ProductInformationChangeEvent,
    ProductStatusChangeEvent,
    RecipientAddressUpdateEvent,
    ReturnStatusChangeEvent,
    SellerDeauthorizationEvent,
    UnknownEvent,
    UpcomingAuthorizationExpirationEvent,
    WebhookEvent,
    parse_event,
)
from ._receiver import WebhookReceiver, construct_event, dedupe_key
from ._signature import sign_webhook, verify

__all__ = [
    "EVENT_NAMES",
    "EVENT_TYPES",
    "CancellationStatusChangeEvent",
    "DedupeStore",
    "MemoryDedupeStore",
    "OrderStatusChangeEvent",
    "PackageUpdateEvent",
    "ProductCreationEvent",
    "ProductInformationChangeEvent",
    "ProductStatusChangeEvent",
    "RecipientAddressUpdateEvent",
    "ReturnStatusChangeEvent",
    "SQLiteDedupeStore",
    "SellerDeauthorizationEvent",
    "UnknownEvent",
    "UpcomingAuthorizationExpirationEvent",
    "WebhookEvent",
    "WebhookReceiver",
    "construct_event",
    "dedupe_key",
    "parse_event",
    "sign_webhook",
    "verify",
]
