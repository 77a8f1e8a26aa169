"""Operation descriptors of the `event` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    DeleteWebhookRequest,
    DeleteWebhookResponse,
    GetWebhooksResponse,
    UpdateWebhookRequest,
    UpdateWebhookResponse,
)

DELETE_WEBHOOK: Operation[DeleteWebhookResponse] = Operation(
    id="EventDeleteWebhook",
    module="event",
    name="delete_webhook",
    method="DELETE",
    path="/event/202309/webhooks",
    version="202309",
    summary="Delete webhook for an event",
    response_model=DeleteWebhookResponse,
    shop_cipher="required",
    retry_safe=False,
    scopes=("seller.authorization.info",),
    body_model=DeleteWebhookRequest,
    body_fields=("event_type",),
)

GET_WEBHOOKS: Operation[GetWebhooksResponse] = Operation(
    id="EventGetWebhooks",
    module="event",
    name="get_webhooks",
    method="GET",
    path="/event/202309/webhooks",
    version="202309",
    summary="Get shop webhooks",
    response_model=GetWebhooksResponse,
    shop_cipher="required",
    retry_safe=True,
    scopes=("seller.authorization.info",),
)

UPDATE_WEBHOOK: Operation[UpdateWebhookResponse] = Operation(
    id="EventUpdateWebhook",
    module="event",
    name="update_webhook",
    method="PUT",
    path="/event/202309/webhooks",
    version="202309",
    summary="Update shop webhook",
    response_model=UpdateWebhookResponse,
    shop_cipher="required",
    retry_safe=False,
    scopes=("seller.authorization.info",),
    body_model=UpdateWebhookRequest,
    body_fields=(
        "address",
        "event_type",
    ),
)
