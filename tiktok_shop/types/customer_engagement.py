"""Models of the `customer_engagement` module.

Customer engagement: message templates, engagement tasks and the messages sent to a shop's past
buyers through TikTok IM, with their performance.

Generated from `spec/` by `python -m generator`; do not edit. Field tables:
`docs/api/customer_engagement.md`."""

from tiktok_shop_generated.customer_engagement.models import (
    CardRule,
    CouponCardRule,
    CreateCustomEngagementTaskQuery,
    CreateCustomEngagementTaskRequest,
    CreateCustomEngagementTaskResponse,
    CreateEngagementTaskQuery,
    CreateEngagementTaskRequest,
    CreateEngagementTaskResponse,
    CustomMessage,
    FeaturePermission,
    GetEngagementFeaturePermissionsResponse,
    GetEngagementTaskPerformancesRequest,
    GetEngagementTaskPerformancesResponse,
    GetMessageTemplatesQuery,
    GetMessageTemplatesResponse,
    MessageError,
    MessageErrorDetail,
    MessageTemplate,
    SendEngagementMessageRequest,
    SendEngagementMessageResponse,
    TaskPerformance,
)

__all__ = [
    "CardRule",
    "CouponCardRule",
    "CreateCustomEngagementTaskQuery",
    "CreateCustomEngagementTaskRequest",
    "CreateCustomEngagementTaskResponse",
    "CreateEngagementTaskQuery",
    "CreateEngagementTaskRequest",
    "CreateEngagementTaskResponse",
    "CustomMessage",
    "FeaturePermission",
    "GetEngagementFeaturePermissionsResponse",
    "GetEngagementTaskPerformancesRequest",
    "GetEngagementTaskPerformancesResponse",
    "GetMessageTemplatesQuery",
    "GetMessageTemplatesResponse",
    "MessageError",
    "MessageErrorDetail",
    "MessageTemplate",
    "SendEngagementMessageRequest",
    "SendEngagementMessageResponse",
    "TaskPerformance",
]
