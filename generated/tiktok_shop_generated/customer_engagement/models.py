"""Models of the `customer_engagement` module.

Customer engagement: message templates, engagement tasks and the messages sent to a shop's past
buyers through TikTok IM, with their performance."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictStr

from tiktok_shop._contract import RequestModel, ResponseModel

__all__ = [
    "CustomerEngagementCardRule",
    "CustomerEngagementCouponCardRule",
    "CustomerEngagementCreateCustomEngagementTaskQuery",
    "CustomerEngagementCreateCustomEngagementTaskRequest",
    "CustomerEngagementCreateCustomEngagementTaskResponse",
    "CustomerEngagementCreateEngagementTaskQuery",
    "CustomerEngagementCreateEngagementTaskRequest",
    "CustomerEngagementCreateEngagementTaskResponse",
    "CustomerEngagementCustomMessage",
    "CustomerEngagementFeaturePermission",
    "CustomerEngagementGetEngagementFeaturePermissionsResponse",
    "CustomerEngagementGetEngagementTaskPerformancesRequest",
    "CustomerEngagementGetEngagementTaskPerformancesResponse",
    "CustomerEngagementGetMessageTemplatesQuery",
    "CustomerEngagementGetMessageTemplatesResponse",
    "CustomerEngagementMessageError",
    "CustomerEngagementMessageErrorDetail",
    "CustomerEngagementMessageTemplate",
    "CustomerEngagementSendEngagementMessageRequest",
    "CustomerEngagementSendEngagementMessageResponse",
    "CustomerEngagementTaskPerformance",
]


class CustomerEngagementCardRule(ResponseModel):
    """How many cards of one kind a template accepts."""

    min_count: int | None = None
    """Minimum number of cards to include."""

    max_count: int | None = None
    """Maximum number of cards allowed."""


class CustomerEngagementCouponCardRule(ResponseModel):
    """How many coupon cards a template accepts, and which coupons."""

    min_count: int | None = None
    """Minimum number of coupon cards to include."""

    max_count: int | None = None
    """Maximum number of coupon cards allowed."""

    coupon_type: list[str] | None = None
    """Coupon kinds allowed, `REGULAR_ALL` (regular coupons for all buyers) or `REGULAR_REPEAT` (regular
    coupons for repeat buyers)."""


class CustomerEngagementCreateCustomEngagementTaskQuery(RequestModel):
    """Path and query parameters of CustomerEngagementCreateCustomEngagementTask."""

    idempotency_key: str | None = Field(default=None, min_length=1, strict=True)
    """A unique key of your choosing for this creation; a repeated request with the same key does not
    create a second task."""


class CustomerEngagementCreateCustomEngagementTaskRequest(RequestModel):
    """A task with a custom message."""

    task_name: str = Field(strict=True)
    """Task name, 1 to 256 bytes in UTF-8."""

    end_time: int = Field(strict=True)
    """When the task ends and stops sending, unix seconds."""

    channel: Literal["TIKTOK_IM"]
    """Channel of the messages; only `TIKTOK_IM`."""

    product_ids: list[StrictStr] | None = None
    """Products to include as cards (from Search Products), at most 4."""

    coupon_ids: list[StrictStr] | None = None
    """Coupon to include as a card, at most 1; a regular coupon for all buyers or for repeat customers."""

    custom_message: CustomerEngagementCustomMessage | None = None
    """A message written by the seller."""


class CustomerEngagementCreateCustomEngagementTaskResponse(ResponseModel):
    """The new task."""

    task_id: str | None = None
    """Id of the task; pass it to Send Engagement Message."""


class CustomerEngagementCreateEngagementTaskQuery(RequestModel):
    """Path and query parameters of CustomerEngagementCreateEngagementTask."""

    idempotency_key: str | None = Field(default=None, min_length=1, strict=True)
    """A unique key of your choosing for this creation; a repeated request with the same key does not
    create a second task."""


class CustomerEngagementCreateEngagementTaskRequest(RequestModel):
    """A task built on a predefined template."""

    template_id: str = Field(strict=True)
    """Id of the template, from Get Message Templates."""

    task_name: str = Field(strict=True)
    """Task name, 1 to 256 bytes."""

    end_time: int = Field(strict=True)
    """When the task ends and stops sending, unix seconds."""

    channel: Literal["TIKTOK_IM"]
    """Channel of the messages; only `TIKTOK_IM`."""

    product_ids: list[StrictStr] | None = None
    """Products to include as cards (from Search Products), within the template's product card rules."""

    coupon_ids: list[StrictStr] | None = None
    """Coupons to include as cards (from Search Coupons), of a kind the template's coupon card rules allow."""


class CustomerEngagementCreateEngagementTaskResponse(ResponseModel):
    """The new task."""

    task_id: str | None = None
    """Id of the task; pass it to Send Engagement Message."""


class CustomerEngagementCustomMessage(RequestModel):
    """A message written by the seller."""

    title: str | None = Field(default=None, strict=True)
    """Message title, plain text and emoji, 1 to 70 characters."""

    body: str | None = Field(default=None, strict=True)
    """Message body, plain text and emoji, 1 to 500 characters."""


class CustomerEngagementFeaturePermission(ResponseModel):
    """Whether the shop may use one engagement feature."""

    name: str | None = None
    """Feature, `FUNDAMENTAL` (any engagement API; prerequisite of the others) or `CUSTOM_MSG` (custom
    messages)."""

    is_authorized: bool | None = None
    """Whether the shop may use the feature."""


class CustomerEngagementGetEngagementFeaturePermissionsResponse(ResponseModel):
    """The shop's engagement feature permissions."""

    features: list[CustomerEngagementFeaturePermission] | None = None
    """Features under access control."""


class CustomerEngagementGetEngagementTaskPerformancesRequest(RequestModel):
    """The tasks to report."""

    task_ids: list[StrictStr]
    """Engagement task ids, 1 to 50."""


class CustomerEngagementGetEngagementTaskPerformancesResponse(ResponseModel):
    """The tasks' performance."""

    task_performances: list[CustomerEngagementTaskPerformance] | None = None
    """One entry per requested task."""


class CustomerEngagementGetMessageTemplatesQuery(RequestModel):
    """Path and query parameters of CustomerEngagementGetMessageTemplates."""

    locale: str = Field(min_length=1, strict=True)
    """Language of the templates, e.g. `en-US`."""


class CustomerEngagementGetMessageTemplatesResponse(ResponseModel):
    """The predefined templates."""

    message_templates: list[CustomerEngagementMessageTemplate] | None = None
    """The templates."""


class CustomerEngagementMessageError(ResponseModel):
    """Why a buyer could not be messaged."""

    code: int | None = None
    """Error code."""

    message: str | None = None
    """Error message."""

    detail: CustomerEngagementMessageErrorDetail | None = None
    """What a message error is about."""


class CustomerEngagementMessageErrorDetail(ResponseModel):
    """What a message error is about."""

    buyer_email: str | None = None
    """The anonymized buyer email concerned."""


class CustomerEngagementMessageTemplate(ResponseModel):
    """A message template predefined by TikTok Shop."""

    id: str | None = None
    """Template id."""

    message_title: str | None = None
    """Message title."""

    message_body: str | None = None
    """Message body."""

    product_card_rules: CustomerEngagementCardRule | None = None
    """How many cards of one kind a template accepts."""

    coupon_card_rules: CustomerEngagementCouponCardRule | None = None
    """How many coupon cards a template accepts, and which coupons."""


class CustomerEngagementSendEngagementMessageRequest(RequestModel):
    """Recipients of a task's message."""

    buyer_emails: list[StrictStr]
    """Anonymized buyer emails (from Get Order Detail), 1 to 50; each buyer must have ordered from the shop
    in the last 365 days."""

    task_id: str | None = Field(default=None, strict=True)
    """Id of the active engagement task whose message is sent."""


class CustomerEngagementSendEngagementMessageResponse(ResponseModel):
    """Per-buyer errors of the send."""

    errors: list[CustomerEngagementMessageError] | None = None
    """Buyers that failed validation or eligibility, with the reason."""


class CustomerEngagementTaskPerformance(ResponseModel):
    """Figures of one engagement task."""

    id: str | None = None
    """Task id."""

    status: str | None = None
    """Task status. Known values: UNKNOWN, DRAFT, WAITING, SENDING, FAILED, CANCELED, SUCCESS, DELETED."""

    sent_recipient_count: int | None = None
    """Users who received the message."""

    read_recipient_count: int | None = None
    """Users who read the message."""

    order_count: int | None = None
    """Orders resulting from the message."""

    gmv_amount: str | None = None
    """Revenue of those orders."""

    claimed_coupons_count: int | None = None
    """Coupons claimed."""
