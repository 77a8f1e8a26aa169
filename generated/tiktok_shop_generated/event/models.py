"""Models of the `event` module.

Webhook subscriptions of a shop, one callback URL per event type."""

from __future__ import annotations

from typing import Literal

from tiktok_shop._contract import RequestModel, ResponseModel

__all__ = [
    "EventDeleteWebhookRequest",
    "EventDeleteWebhookResponse",
    "EventGetWebhooksResponse",
    "EventUpdateWebhookRequest",
    "EventUpdateWebhookResponse",
    "EventWebhook",
]


class EventDeleteWebhookRequest(RequestModel):
    """The event type whose webhook to remove."""

    event_type: Literal[
        "CANCELLATION_STATUS_CHANGE",
        "INVOICE_STATUS_CHANGE",
        "NEW_CONVERSATION",
        "NEW_MESSAGE",
        "NEW_MESSAGE_LISTENER",
        "ORDER_STATUS_CHANGE",
        "PACKAGE_UPDATE",
        "PRODUCT_AUDIT_STATUS_CHANGE",
        "PRODUCT_CATEGORY_CHANGE",
        "PRODUCT_CREATION",
        "PRODUCT_INFORMATION_CHANGE",
        "PRODUCT_STATUS_CHANGE",
        "RECIPIENT_ADDRESS_UPDATE",
        "RETURN_STATUS_CHANGE",
        "SELLER_DEAUTHORIZATION",
        "UPCOMING_AUTHORIZATION_EXPIRATION",
    ]
    """Event type to unsubscribe."""


class EventDeleteWebhookResponse(ResponseModel):
    """Empty on success."""

    pass


class EventGetWebhooksResponse(ResponseModel):
    """The shop's enabled webhooks."""

    webhooks: list[EventWebhook] | None = None
    """Enabled webhooks."""

    total_count: int | None = None
    """Number of webhooks returned."""


class EventUpdateWebhookRequest(RequestModel):
    """The event type and the URL to deliver it to."""

    address: str
    """HTTP or HTTPS URL receiving the events, at most 255 characters."""

    event_type: Literal[
        "CANCELLATION_STATUS_CHANGE",
        "INVOICE_STATUS_CHANGE",
        "NEW_CONVERSATION",
        "NEW_MESSAGE",
        "NEW_MESSAGE_LISTENER",
        "ORDER_STATUS_CHANGE",
        "PACKAGE_UPDATE",
        "PRODUCT_AUDIT_STATUS_CHANGE",
        "PRODUCT_CATEGORY_CHANGE",
        "PRODUCT_CREATION",
        "PRODUCT_INFORMATION_CHANGE",
        "PRODUCT_STATUS_CHANGE",
        "RECIPIENT_ADDRESS_UPDATE",
        "RETURN_STATUS_CHANGE",
        "SELLER_DEAUTHORIZATION",
        "UPCOMING_AUTHORIZATION_EXPIRATION",
    ]
    """Event type to subscribe."""


class EventUpdateWebhookResponse(ResponseModel):
    """Empty on success."""

    pass


class EventWebhook(ResponseModel):
    """One webhook subscription of the shop."""

    event_type: str | None = None
    """Event type delivered to this URL. Known values: ORDER_STATUS_CHANGE, RECIPIENT_ADDRESS_UPDATE,
    PACKAGE_UPDATE, PRODUCT_STATUS_CHANGE, SELLER_DEAUTHORIZATION, UPCOMING_AUTHORIZATION_EXPIRATION,
    CANCELLATION_STATUS_CHANGE, RETURN_STATUS_CHANGE, NEW_CONVERSATION, NEW_MESSAGE,
    PRODUCT_INFORMATION_CHANGE, PRODUCT_CREATION, PRODUCT_CATEGORY_CHANGE, NEW_MESSAGE_LISTENER,
    INVOICE_STATUS_CHANGE, PRODUCT_AUDIT_STATUS_CHANGE."""

    address: str | None = None
    """URL receiving the events."""

    create_time: int | None = None
    """Creation time, unix milliseconds."""

    update_time: int | None = None
    """Last update time, unix milliseconds."""
