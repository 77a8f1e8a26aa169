"""Operation descriptors of the `customer_engagement` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    CreateCustomEngagementTaskQuery,
    CreateCustomEngagementTaskRequest,
    CreateCustomEngagementTaskResponse,
    CreateEngagementTaskQuery,
    CreateEngagementTaskRequest,
    CreateEngagementTaskResponse,
    GetEngagementFeaturePermissionsResponse,
    GetEngagementTaskPerformancesRequest,
    GetEngagementTaskPerformancesResponse,
    GetMessageTemplatesQuery,
    GetMessageTemplatesResponse,
    SendEngagementMessageRequest,
    SendEngagementMessageResponse,
)

CREATE_CUSTOM_ENGAGEMENT_TASK: Operation[CreateCustomEngagementTaskResponse] = Operation(
    id="CustomerEngagementCreateCustomEngagementTask",
    module="customer_engagement",
    name="create_custom_engagement_task",
    method="POST",
    path="/customer_engagement/202502/engagement_tasks/custom",
    version="202502",
    summary="Create a custom engagement task",
    response_model=CreateCustomEngagementTaskResponse,
    shop_cipher="required",
    retry_safe=False,
    scopes=("seller.customer_engagement.write",),
    query_model=CreateCustomEngagementTaskQuery,
    body_model=CreateCustomEngagementTaskRequest,
    query_params=("idempotency_key",),
    body_fields=(
        "task_name",
        "end_time",
        "channel",
        "product_ids",
        "coupon_ids",
        "custom_message",
    ),
    idempotency_key="idempotency_key",
)

CREATE_ENGAGEMENT_TASK: Operation[CreateEngagementTaskResponse] = Operation(
    id="CustomerEngagementCreateEngagementTask",
    module="customer_engagement",
    name="create_engagement_task",
    method="POST",
    path="/customer_engagement/202412/engagement_tasks",
    version="202412",
    summary="Create an engagement task",
    response_model=CreateEngagementTaskResponse,
    shop_cipher="required",
    retry_safe=False,
    scopes=("seller.customer_engagement.write",),
    query_model=CreateEngagementTaskQuery,
    body_model=CreateEngagementTaskRequest,
    query_params=("idempotency_key",),
    body_fields=(
        "template_id",
        "task_name",
        "end_time",
        "channel",
        "product_ids",
        "coupon_ids",
    ),
    idempotency_key="idempotency_key",
)

GET_ENGAGEMENT_FEATURE_PERMISSIONS: Operation[GetEngagementFeaturePermissionsResponse] = Operation(
    id="CustomerEngagementGetEngagementFeaturePermissions",
    module="customer_engagement",
    name="get_engagement_feature_permissions",
    method="GET",
    path="/customer_engagement/202502/permissions",
    version="202502",
    summary="Get engagement feature permissions",
    response_model=GetEngagementFeaturePermissionsResponse,
    shop_cipher="required",
    retry_safe=True,
    scopes=("seller.customer_engagement.read",),
)

GET_ENGAGEMENT_TASK_PERFORMANCES: Operation[GetEngagementTaskPerformancesResponse] = Operation(
    id="CustomerEngagementGetEngagementTaskPerformances",
    module="customer_engagement",
    name="get_engagement_task_performances",
    method="POST",
    path="/customer_engagement/202412/performances",
    version="202412",
    summary="Get engagement task performance",
    response_model=GetEngagementTaskPerformancesResponse,
    shop_cipher="required",
    retry_safe=True,
    scopes=("seller.customer_engagement.read",),
    body_model=GetEngagementTaskPerformancesRequest,
    body_fields=("task_ids",),
)

GET_MESSAGE_TEMPLATES: Operation[GetMessageTemplatesResponse] = Operation(
    id="CustomerEngagementGetMessageTemplates",
    module="customer_engagement",
    name="get_message_templates",
    method="GET",
    path="/customer_engagement/202412/message_templates",
    version="202412",
    summary="Get message templates",
    response_model=GetMessageTemplatesResponse,
    shop_cipher="required",
    retry_safe=True,
    scopes=("seller.customer_engagement.read",),
    query_model=GetMessageTemplatesQuery,
    query_params=("locale",),
)

SEND_ENGAGEMENT_MESSAGE: Operation[SendEngagementMessageResponse] = Operation(
    id="CustomerEngagementSendEngagementMessage",
    module="customer_engagement",
    name="send_engagement_message",
    method="POST",
    path="/customer_engagement/202412/messages",
    version="202412",
    summary="Send an engagement message",
    response_model=SendEngagementMessageResponse,
    shop_cipher="required",
    retry_safe=False,
    scopes=("seller.customer_engagement.write",),
    body_model=SendEngagementMessageRequest,
    body_fields=(
        "buyer_emails",
        "task_id",
    ),
)
