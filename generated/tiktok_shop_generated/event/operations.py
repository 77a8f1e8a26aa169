"""Operation descriptors of the `event` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    EventDeleteWebhookRequest,
    EventDeleteWebhookResponse,
    EventGetWebhooksResponse,
    EventUpdateWebhookRequest,
    EventUpdateWebhookResponse,
)

DELETE_WEBHOOK: Operation[EventDeleteWebhookResponse] = Operation(
    id="EventDeleteWebhook",
    module="event",
    name="delete_webhook",
    method="DELETE",
    path="/event/202309/webhooks",
    version="202309",
    summary="Delete webhook for an event",
    response_model=EventDeleteWebhookResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=EventDeleteWebhookRequest,
    body_fields=("event_type",),
)

GET_WEBHOOKS: Operation[EventGetWebhooksResponse] = Operation(
    id="EventGetWebhooks",
    module="event",
    name="get_webhooks",
    method="GET",
    path="/event/202309/webhooks",
    version="202309",
    summary="Get shop webhooks",
    response_model=EventGetWebhooksResponse,
    shop_scoped=True,
    retry_safe=True,
)

UPDATE_WEBHOOK: Operation[EventUpdateWebhookResponse] = Operation(
    id="EventUpdateWebhook",
    module="event",
    name="update_webhook",
    method="PUT",
    path="/event/202309/webhooks",
    version="202309",
    summary="Update shop webhook",
    response_model=EventUpdateWebhookResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=EventUpdateWebhookRequest,
    body_fields=(
        "address",
        "event_type",
    ),
)
