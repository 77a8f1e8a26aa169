"""Operation descriptors of the `customer_engagement` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    CustomerEngagementCreateCustomEngagementTaskQuery,
    CustomerEngagementCreateCustomEngagementTaskRequest,
    CustomerEngagementCreateCustomEngagementTaskResponse,
    CustomerEngagementCreateEngagementTaskQuery,
    CustomerEngagementCreateEngagementTaskRequest,
    CustomerEngagementCreateEngagementTaskResponse,
    CustomerEngagementGetEngagementFeaturePermissionsResponse,
    CustomerEngagementGetEngagementTaskPerformancesRequest,
    CustomerEngagementGetEngagementTaskPerformancesResponse,
    CustomerEngagementGetMessageTemplatesQuery,
    CustomerEngagementGetMessageTemplatesResponse,
    CustomerEngagementSendEngagementMessageRequest,
    CustomerEngagementSendEngagementMessageResponse,
)

CREATE_CUSTOM_ENGAGEMENT_TASK: Operation[CustomerEngagementCreateCustomEngagementTaskResponse] = Operation(
    id="CustomerEngagementCreateCustomEngagementTask",
    module="customer_engagement",
    name="create_custom_engagement_task",
    method="POST",
    path="/customer_engagement/202502/engagement_tasks/custom",
    version="202502",
    summary="Create a custom engagement task",
    response_model=CustomerEngagementCreateCustomEngagementTaskResponse,
    shop_scoped=True,
    retry_safe=False,
    query_model=CustomerEngagementCreateCustomEngagementTaskQuery,
    body_model=CustomerEngagementCreateCustomEngagementTaskRequest,
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

CREATE_ENGAGEMENT_TASK: Operation[CustomerEngagementCreateEngagementTaskResponse] = Operation(
    id="CustomerEngagementCreateEngagementTask",
    module="customer_engagement",
    name="create_engagement_task",
    method="POST",
    path="/customer_engagement/202412/engagement_tasks",
    version="202412",
    summary="Create an engagement task",
    response_model=CustomerEngagementCreateEngagementTaskResponse,
    shop_scoped=True,
    retry_safe=False,
    query_model=CustomerEngagementCreateEngagementTaskQuery,
    body_model=CustomerEngagementCreateEngagementTaskRequest,
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

GET_ENGAGEMENT_FEATURE_PERMISSIONS: Operation[CustomerEngagementGetEngagementFeaturePermissionsResponse] = Operation(
    id="CustomerEngagementGetEngagementFeaturePermissions",
    module="customer_engagement",
    name="get_engagement_feature_permissions",
    method="GET",
    path="/customer_engagement/202502/permissions",
    version="202502",
    summary="Get engagement feature permissions",
    response_model=CustomerEngagementGetEngagementFeaturePermissionsResponse,
    shop_scoped=True,
    retry_safe=True,
)

GET_ENGAGEMENT_TASK_PERFORMANCES: Operation[CustomerEngagementGetEngagementTaskPerformancesResponse] = Operation(
    id="CustomerEngagementGetEngagementTaskPerformances",
    module="customer_engagement",
    name="get_engagement_task_performances",
    method="POST",
    path="/customer_engagement/202412/performances",
    version="202412",
    summary="Get engagement task performance",
    response_model=CustomerEngagementGetEngagementTaskPerformancesResponse,
    shop_scoped=True,
    retry_safe=True,
    body_model=CustomerEngagementGetEngagementTaskPerformancesRequest,
    body_fields=("task_ids",),
)

GET_MESSAGE_TEMPLATES: Operation[CustomerEngagementGetMessageTemplatesResponse] = Operation(
    id="CustomerEngagementGetMessageTemplates",
    module="customer_engagement",
    name="get_message_templates",
    method="GET",
    path="/customer_engagement/202412/message_templates",
    version="202412",
    summary="Get message templates",
    response_model=CustomerEngagementGetMessageTemplatesResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=CustomerEngagementGetMessageTemplatesQuery,
    query_params=("locale",),
)

SEND_ENGAGEMENT_MESSAGE: Operation[CustomerEngagementSendEngagementMessageResponse] = Operation(
    id="CustomerEngagementSendEngagementMessage",
    module="customer_engagement",
    name="send_engagement_message",
    method="POST",
    path="/customer_engagement/202412/messages",
    version="202412",
    summary="Send an engagement message",
    response_model=CustomerEngagementSendEngagementMessageResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=CustomerEngagementSendEngagementMessageRequest,
    body_fields=(
        "buyer_emails",
        "task_id",
    ),
)
