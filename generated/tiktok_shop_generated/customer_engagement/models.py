"""Models of the `customer_engagement` module.

Customer engagement: message templates, engagement tasks and the messages sent to a shop's past
buyers through TikTok IM, with their performance."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictStr

from tiktok_shop._contract import NullAsEmpty, OpenEnum, RequestModel, ResponseModel
from tiktok_shop._money import DecimalAmount

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


class CardRule(ResponseModel):
    """How many cards of one kind a template accepts."""

    min_count: int | None = None
    """Minimum number of cards to include."""

    max_count: int | None = None
    """Maximum number of cards allowed."""


class CouponCardRule(ResponseModel):
    """How many coupon cards a template accepts, and which coupons."""

    min_count: int | None = None
    """Minimum number of coupon cards to include."""

    max_count: int | None = None
    """Maximum number of coupon cards allowed."""

    coupon_type: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Coupon kinds allowed, `REGULAR_ALL` (regular coupons for all buyers) or `REGULAR_REPEAT` (regular
    coupons for repeat buyers)."""


class CreateCustomEngagementTaskQuery(RequestModel):
    """Path and query parameters of CustomerEngagementCreateCustomEngagementTask."""

    idempotency_key: str | None = Field(default=None, min_length=1, strict=True)
    """A unique key of your choosing for this creation; a repeated request with the same key does not
    create a second task."""


class CreateCustomEngagementTaskRequest(RequestModel):
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

    custom_message: CustomMessage | None = None
    """A message written by the seller."""


class CreateCustomEngagementTaskResponse(ResponseModel):
    """The new task."""

    task_id: str | None = None
    """Id of the task; pass it to Send Engagement Message."""


class CreateEngagementTaskQuery(RequestModel):
    """Path and query parameters of CustomerEngagementCreateEngagementTask."""

    idempotency_key: str | None = Field(default=None, min_length=1, strict=True)
    """A unique key of your choosing for this creation; a repeated request with the same key does not
    create a second task."""


class CreateEngagementTaskRequest(RequestModel):
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


class CreateEngagementTaskResponse(ResponseModel):
    """The new task."""

    task_id: str | None = None
    """Id of the task; pass it to Send Engagement Message."""


class CustomMessage(RequestModel):
    """A message written by the seller."""

    title: str | None = Field(default=None, strict=True)
    """Message title, plain text and emoji, 1 to 70 characters."""

    body: str | None = Field(default=None, strict=True)
    """Message body, plain text and emoji, 1 to 500 characters."""


class FeaturePermission(ResponseModel):
    """Whether the shop may use one engagement feature."""

    name: str | None = None
    """Feature, `FUNDAMENTAL` (any engagement API; prerequisite of the others) or `CUSTOM_MSG` (custom
    messages)."""

    is_authorized: bool | None = None
    """Whether the shop may use the feature."""


class GetEngagementFeaturePermissionsResponse(ResponseModel):
    """The shop's engagement feature permissions."""

    features: NullAsEmpty[list[FeaturePermission]] = Field(default_factory=list)
    """Features under access control."""


class GetEngagementTaskPerformancesRequest(RequestModel):
    """The tasks to report."""

    task_ids: list[StrictStr]
    """Engagement task ids, 1 to 50."""


class GetEngagementTaskPerformancesResponse(ResponseModel):
    """The tasks' performance."""

    task_performances: NullAsEmpty[list[TaskPerformance]] = Field(default_factory=list)
    """One entry per requested task."""


class GetMessageTemplatesQuery(RequestModel):
    """Path and query parameters of CustomerEngagementGetMessageTemplates."""

    locale: str = Field(min_length=1, strict=True)
    """Language of the templates, e.g. `en-US`."""


class GetMessageTemplatesResponse(ResponseModel):
    """The predefined templates."""

    message_templates: NullAsEmpty[list[MessageTemplate]] = Field(default_factory=list)
    """The templates."""


class MessageError(ResponseModel):
    """Why a buyer could not be messaged."""

    code: int | None = None
    """Error code."""

    message: str | None = None
    """Error message."""

    detail: MessageErrorDetail | None = None
    """What a message error is about."""


class MessageErrorDetail(ResponseModel):
    """What a message error is about."""

    buyer_email: str | None = None
    """The anonymized buyer email concerned."""


class MessageTemplate(ResponseModel):
    """A message template predefined by TikTok Shop."""

    id: str | None = None
    """Template id."""

    message_title: str | None = None
    """Message title."""

    message_body: str | None = None
    """Message body."""

    product_card_rules: CardRule | None = None
    """How many cards of one kind a template accepts."""

    coupon_card_rules: CouponCardRule | None = None
    """How many coupon cards a template accepts, and which coupons."""


class SendEngagementMessageRequest(RequestModel):
    """Recipients of a task's message."""

    buyer_emails: list[StrictStr]
    """Anonymized buyer emails (from Get Order Detail), 1 to 50; each buyer must have ordered from the shop
    in the last 365 days."""

    task_id: str | None = Field(default=None, strict=True)
    """Id of the active engagement task whose message is sent."""


class SendEngagementMessageResponse(ResponseModel):
    """Per-buyer errors of the send."""

    errors: NullAsEmpty[list[MessageError]] = Field(default_factory=list)
    """Buyers that failed validation or eligibility, with the reason."""


class TaskPerformance(ResponseModel):
    """Figures of one engagement task."""

    id: str | None = None
    """Task id."""

    status: (
        OpenEnum[Literal["CANCELED", "DELETED", "DRAFT", "FAILED", "SENDING", "SUCCESS", "UNKNOWN", "WAITING"]] | None
    ) = None
    """Task status."""

    sent_recipient_count: int | None = None
    """Users who received the message."""

    read_recipient_count: int | None = None
    """Users who read the message."""

    order_count: int | None = None
    """Orders resulting from the message."""

    gmv_amount: DecimalAmount | None = None
    """Revenue of those orders."""

    claimed_coupons_count: int | None = None
    """Coupons claimed."""
