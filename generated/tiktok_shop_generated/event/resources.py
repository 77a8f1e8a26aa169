"""The `event` resources: sync and async twins, raw-response and version views.

Webhook subscriptions of a shop, one callback URL per event type."""

from __future__ import annotations

from typing import Literal

from tiktok_shop._contract import (
    AsyncRequester,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    DeleteWebhookResponse,
    GetWebhooksResponse,
    UpdateWebhookResponse,
)


class EventResource:
    """Webhook subscriptions of a shop, one callback URL per event type."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def delete_webhook(
        self,
        *,
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
        ],
    ) -> DeleteWebhookResponse:
        """Delete webhook for an event.

        Removes the shop's webhook URL for one event type. It succeeds even when no URL is set for that
        type.

        `DELETE /event/202309/webhooks` (shop cipher required)

        Args:
            event_type: Event type to unsubscribe."""
        return self._client.request(
            ops.DELETE_WEBHOOK,
            {
                "event_type": event_type,
            },
        )

    def get_webhooks(
        self,
    ) -> GetWebhooksResponse:
        """Get shop webhooks.

        Lists the webhook URLs configured for the shop, one per subscribed event type. Use it to check which
        events the app receives.

        `GET /event/202309/webhooks` (shop cipher required)"""
        return self._client.request(ops.GET_WEBHOOKS, {})

    def update_webhook(
        self,
        *,
        address: str,
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
        ],
    ) -> UpdateWebhookResponse:
        """Update shop webhook.

        Sets the URL that receives one event type for the shop, creating or replacing the subscription.

        `PUT /event/202309/webhooks` (shop cipher required)

        Args:
            address: HTTP or HTTPS URL receiving the events, at most 255 characters.
            event_type: Event type to subscribe."""
        return self._client.request(
            ops.UPDATE_WEBHOOK,
            {
                "address": address,
                "event_type": event_type,
            },
        )


class EventResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: EventResource) -> None:
        self.delete_webhook = raw(resource.delete_webhook)
        self.get_webhooks = raw(resource.get_webhooks)
        self.update_webhook = raw(resource.update_webhook)


class EventAt202309:
    """`event` operations pinned to version 202309."""

    def __init__(self, resource: EventResource) -> None:
        self.delete_webhook = resource.delete_webhook
        self.get_webhooks = resource.get_webhooks
        self.update_webhook = resource.update_webhook


class AsyncEventResource:
    """Webhook subscriptions of a shop, one callback URL per event type. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def delete_webhook(
        self,
        *,
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
        ],
    ) -> DeleteWebhookResponse:
        """Delete webhook for an event.

        Removes the shop's webhook URL for one event type. It succeeds even when no URL is set for that
        type.

        `DELETE /event/202309/webhooks` (shop cipher required)

        Args:
            event_type: Event type to unsubscribe."""
        return await self._client.request(
            ops.DELETE_WEBHOOK,
            {
                "event_type": event_type,
            },
        )

    async def get_webhooks(
        self,
    ) -> GetWebhooksResponse:
        """Get shop webhooks.

        Lists the webhook URLs configured for the shop, one per subscribed event type. Use it to check which
        events the app receives.

        `GET /event/202309/webhooks` (shop cipher required)"""
        return await self._client.request(ops.GET_WEBHOOKS, {})

    async def update_webhook(
        self,
        *,
        address: str,
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
        ],
    ) -> UpdateWebhookResponse:
        """Update shop webhook.

        Sets the URL that receives one event type for the shop, creating or replacing the subscription.

        `PUT /event/202309/webhooks` (shop cipher required)

        Args:
            address: HTTP or HTTPS URL receiving the events, at most 255 characters.
            event_type: Event type to subscribe."""
        return await self._client.request(
            ops.UPDATE_WEBHOOK,
            {
                "address": address,
                "event_type": event_type,
            },
        )


class AsyncEventResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncEventResource) -> None:
        self.delete_webhook = async_raw(resource.delete_webhook)
        self.get_webhooks = async_raw(resource.get_webhooks)
        self.update_webhook = async_raw(resource.update_webhook)


class AsyncEventAt202309:
    """`event` operations pinned to version 202309."""

    def __init__(self, resource: AsyncEventResource) -> None:
        self.delete_webhook = resource.delete_webhook
        self.get_webhooks = resource.get_webhooks
        self.update_webhook = resource.update_webhook
