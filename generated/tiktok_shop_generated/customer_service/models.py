"""Models of the `customer_service` module.

Buyer-shop chat (customer service IM): conversations, messages, image uploads for messages, agent
settings, support sessions and service performance."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tiktok_shop._contract import FileInput, NullAsEmpty, OpenEnum, RequestModel, ResponseModel

__all__ = [
    "Conversation",
    "CreateConversationRequest",
    "CreateConversationResponse",
    "CurrentSession",
    "EndSessionQuery",
    "EndSessionResponse",
    "GetAgentSettingsResponse",
    "GetConversationMessagesQuery",
    "GetConversationMessagesResponse",
    "GetConversationQuery",
    "GetConversationResponse",
    "GetConversationsQuery",
    "GetConversationsResponse",
    "GetPerformanceQuery",
    "GetPerformanceResponse",
    "MarkBuyerMessagesAsReadQuery",
    "MarkBuyerMessagesAsReadResponse",
    "Message",
    "MessageSender",
    "Participant",
    "Performance",
    "SearchSessionsQuery",
    "SearchSessionsRequest",
    "SearchSessionsResponse",
    "SendMessage202309Request",
    "SendMessageQuery",
    "SendMessageRequest",
    "SendMessageResponse",
    "Session",
    "UpdateAgentSettingsRequest",
    "UpdateAgentSettingsResponse",
    "UploadImageRequest",
    "UploadImageResponse",
]


class Conversation(ResponseModel):
    """A chat conversation between the shop and a buyer."""

    id: str | None = None
    """Conversation id."""

    participant_count: int | None = None
    """Number of participants, 2 (shop and buyer) or 3 once an agent has joined."""

    can_send_message: bool | None = None
    """Whether the shop may send messages: allowed when the buyer chatted with the shop in the last 30
    days, ordered from it in the last 60 days, or has a return/refund history with it."""

    unread_count: int | None = None
    """Number of messages not yet read by the shop's agents."""

    create_time: int | None = None
    """When the conversation was created, Unix seconds."""

    participants: NullAsEmpty[list[Participant]] = Field(default_factory=list)
    """The conversation's participants."""

    latest_message: Message | None = None
    """One message of a conversation."""

    cur_session_id: str | None = None
    """Id of the current open session (when `need_session_id` or `need_session_info` is set)."""

    cur_session: CurrentSession | None = None
    """The open support session of a conversation."""


class CreateConversationRequest(RequestModel):
    """The buyer to talk to."""

    buyer_user_id: str = Field(strict=True)
    """The buyer's user id, as returned in `user_id` of the order detail."""


class CreateConversationResponse(ResponseModel):
    """The created conversation."""

    conversation_id: str | None = None
    """Id of the conversation between the buyer and the shop."""


class CurrentSession(ResponseModel):
    """The open support session of a conversation."""

    id: str | None = None
    """Session id."""

    phase: OpenEnum[Literal["ASSIGNED", "AUTO_REPLY", "QUEUED"]] | None = None
    """Phase of the session: `AUTO_REPLY` (handled by auto-replies or a chatbot), `QUEUED` (waiting for an
    agent), `ASSIGNED` (assigned to an agent)."""


class EndSessionQuery(RequestModel):
    """Path and query parameters of CustomerServiceEndSession."""

    conversation_id: str = Field(min_length=1, strict=True)
    """Id of the conversation."""

    session_id: str = Field(min_length=1, strict=True)
    """Id of the session to end, e.g. the conversation's `cur_session_id`."""


class EndSessionResponse(ResponseModel):
    """Empty; success is told by the envelope."""

    pass


class GetAgentSettingsResponse(ResponseModel):
    """The agent's chat settings."""

    can_accept_chat: bool | None = None
    """`true`: the agent receives auto-assigned chats (and may still pick chats manually); `false`: the
    agent receives only manually assigned chats."""


class GetConversationMessagesQuery(RequestModel):
    """Path and query parameters of CustomerServiceGetConversationMessages."""

    conversation_id: str = Field(min_length=1, strict=True)
    """Id of the conversation."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    page_size: int = Field(ge=1, le=10, strict=True)
    """Number of messages per page, at most 10."""

    locale: (
        Literal[
            "de-DE",
            "en",
            "en-GB",
            "es-ES",
            "es-MX",
            "fr-FR",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "pt-BR",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None
    ) = None
    """Language of localized texts such as `unsupported_msg_tips` and `plaintext`."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    sort_field: str | None = Field(default=None, strict=True)
    """Field to sort messages by, e.g. `create_time`."""

    need_data: bool | None = Field(default=None, strict=True)
    """Set to `true` to also return structured message data (`data`) where available."""

    need_plaintext: bool | None = Field(default=None, strict=True)
    """Set to `true` to also return a human-readable rendering (`plaintext`) where available."""

    time_zone: str | None = Field(default=None, strict=True)
    """Time zone (IANA name, e.g. `America/Los_Angeles`) used to format times inside `plaintext`; it does
    not convert timestamps in `data`."""


class GetConversationMessagesResponse(ResponseModel):
    """A page of messages."""

    messages: NullAsEmpty[list[Message]] = Field(default_factory=list)
    """The messages of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty when there are no more pages."""

    unsupported_msg_tips: str | None = None
    """Localized text to show in place of a message type the app does not support, pointing the user to
    Seller Center."""


class GetConversationQuery(RequestModel):
    """Path and query parameters of CustomerServiceGetConversation."""

    conversation_id: str = Field(min_length=1, strict=True)
    """Id of the conversation."""

    need_session_id: bool | None = Field(default=None, strict=True)
    """Set to `true` to also return the id of the current open session."""

    need_session_info: bool | None = Field(default=None, strict=True)
    """Set to `true` to also return the current open session's id and phase."""


class GetConversationResponse(ResponseModel):
    """The requested conversation."""

    conversation: Conversation | None = None
    """A chat conversation between the shop and a buyer."""


class GetConversationsQuery(RequestModel):
    """Path and query parameters of CustomerServiceGetConversations."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    page_size: int = Field(ge=1, le=20, strict=True)
    """Number of conversations per page, at most 20."""

    locale: (
        Literal[
            "de-DE",
            "en",
            "en-GB",
            "es-ES",
            "es-MX",
            "fr-FR",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "pt-BR",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None
    ) = None
    """Language of localized texts in the response (BCP 47 tag)."""

    need_session_id: bool | None = Field(default=None, strict=True)
    """Set to `true` to also return the id of each conversation's current open session."""

    need_session_info: bool | None = Field(default=None, strict=True)
    """Set to `true` to also return the current open session's id and phase."""


class GetConversationsResponse(ResponseModel):
    """A page of conversations."""

    conversations: NullAsEmpty[list[Conversation]] = Field(default_factory=list)
    """The conversations of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty when there are no more pages."""


class GetPerformanceQuery(RequestModel):
    """Path and query parameters of CustomerServiceGetPerformance."""

    support_date_ge: str = Field(min_length=1, strict=True)
    """First day of the range (inclusive), `YYYY-MM-DD`."""

    support_date_lt: str = Field(min_length=1, strict=True)
    """Day after the range (exclusive), `YYYY-MM-DD`."""


class GetPerformanceResponse(ResponseModel):
    """The shop's customer service metrics."""

    performance: Performance | None = None
    """Metrics over the requested date range."""


class MarkBuyerMessagesAsReadQuery(RequestModel):
    """Path and query parameters of CustomerServiceReadConversationMessage."""

    conversation_id: str = Field(min_length=1, strict=True)
    """Id of the conversation."""


class MarkBuyerMessagesAsReadResponse(ResponseModel):
    """Empty; success is told by the envelope."""

    pass


class Message(ResponseModel):
    """One message of a conversation."""

    id: str | None = None
    """Message id."""

    type_: (
        OpenEnum[
            Literal[
                "ALLOCATED_SERVICE",
                "BUYER_ENTER_FROM_ORDER",
                "BUYER_ENTER_FROM_PRODUCT",
                "BUYER_ENTER_FROM_TRANSFER",
                "COUPON_CARD",
                "EMOTICONS",
                "IMAGE",
                "LOGISTICS_CARD",
                "NOTIFICATION",
                "ORDER_CARD",
                "OTHER",
                "PRODUCT_CARD",
                "RETURN_REFUND_CARD",
                "TEXT",
                "VIDEO",
            ]
        ]
        | None
    ) = Field(default=None, alias="type")
    """Message type. `ALLOCATED_SERVICE`: an agent joined; `NOTIFICATION`: system notice;
    `BUYER_ENTER_FROM_TRANSFER`: the chat was transferred to another agent; `BUYER_ENTER_FROM_PRODUCT` /
    `BUYER_ENTER_FROM_ORDER`: the buyer was viewing a product / an order; `OTHER`: a type this API does
    not support."""

    content: str | None = None
    """Message content as a JSON-encoded string whose shape depends on `type`, e.g. `{"content": "..."}`
    for text and notices, `{"url", "width", "height"}` for images, `{"product_id"}`, `{"order_id"}`,
    `{"order_id", "sku_id"}` (return/refund), `{"order_id", "package_id"}` (logistics), `{"coupon_id"}`,
    or video metadata."""

    create_time: int | None = None
    """When the message was created, Unix seconds."""

    is_visible: bool | None = None
    """Whether the message should be shown to agents; system messages such as the rating request sent to
    the buyer are not."""

    sender: MessageSender | None = None
    """Who sent a message."""

    index: str | None = None
    """Position of the message in the conversation, unique and growing with time (not strictly increasing);
    usable to sort messages."""

    data: str | None = None
    """Structured message data as a JSON-encoded string (with `need_data=true`; visible messages of
    supported types only). Timestamps inside it are Unix milliseconds."""

    plaintext: str | None = None
    """Human-readable rendering of the message (with `need_plaintext=true`; visible messages of supported
    types only)."""


class MessageSender(ResponseModel):
    """Who sent a message."""

    im_user_id: str | None = None
    """The sender's id in the chat system; not usable to look up orders."""

    role: OpenEnum[Literal["BUYER", "CUSTOMER_SERVICE", "ROBOT", "SHOP", "SYSTEM"]] | None = None
    """The sender's role. `SYSTEM` and `ROBOT` senders carry the shop's id, nickname and avatar."""

    nickname: str | None = None
    """Nickname of the sender (shop name, agent name or the buyer's TikTok nickname)."""

    avatar: str | None = None
    """URL of the sender's avatar."""


class Participant(ResponseModel):
    """A participant of a conversation."""

    im_user_id: str | None = None
    """The participant's id in the chat system; not usable to look up orders (use `user_id`)."""

    user_id: str | None = None
    """The participant's user id."""

    role: OpenEnum[Literal["BUYER", "CUSTOMER_SERVICE", "SHOP"]] | None = None
    """The participant's role."""

    nickname: str | None = None
    """The participant's nickname."""

    avatar: str | None = None
    """URL of the participant's avatar."""

    buyer_platform: OpenEnum[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None
    """Platform the buyer comes from (conversation lists; buyers of Indonesian shops only).
    Platform-specific content, e.g. product cards, must match it."""

    platform: OpenEnum[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None
    """Platform the buyer comes from (single conversation lookup; buyers of Indonesian shops only)."""


class Performance(ResponseModel):
    """Metrics over the requested date range."""

    support_session_count: int | None = None
    """Chat support sessions started by buyers in the range (a session starts with the buyer's first
    message or FAQ click)."""

    response_percentage: str | None = None
    """Percentage of sessions started in the range whose first reply came within 24 hours (auto-replies
    count; vacation-mode sessions are excluded), e.g. `93.4`."""

    satisfaction_percentage: str | None = None
    """Percentage of sessions rated in the range as satisfied (4 or 5 stars); unrated sessions are
    excluded."""

    response_time_mins: str | None = None
    """Average first response time in minutes for sessions started in the range."""

    conversion_rate: str | None = None
    """Percentage of potential customers who converted."""

    cs_guided_gmv: str | None = None
    """Revenue of orders placed by buyers within 7 days of the shop's chat reply, in `currency`."""

    currency: str | None = None
    """ISO 4217 currency code of `cs_guided_gmv`."""


class SearchSessionsQuery(RequestModel):
    """Path and query parameters of CustomerServiceSearchSessions."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    locale: str | None = Field(default=None, strict=True)
    """Language of localized texts such as `dissatisfaction_reason` (BCP 47 tag, e.g. `en-US`)."""


class SearchSessionsRequest(RequestModel):
    """Filters of the session search."""

    begin_time_ge: int = Field(strict=True)
    """Sessions that began at or after this time, Unix seconds; at most 90 days back."""

    begin_time_lt: int = Field(strict=True)
    """Sessions that began before this time, Unix seconds; not earlier than `begin_time_ge`."""

    buyer_nickname: str | None = Field(default=None, strict=True)
    """Only sessions with the buyer of this nickname."""


class SearchSessionsResponse(ResponseModel):
    """A page of sessions."""

    sessions: NullAsEmpty[list[Session]] = Field(default_factory=list)
    """The matching sessions of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty when there are no more pages."""


class SendMessage202309Request(RequestModel):
    """The message to send."""

    type_: Literal["COUPON_CARD", "IMAGE", "ORDER_CARD", "PRODUCT_CARD", "RETURN_REFUND_CARD", "TEXT", "VIDEO"] = Field(
        alias="type"
    )
    """Message type."""

    content: str = Field(strict=True)
    """Message content as a JSON-encoded string whose shape depends on `type`: `{"content": "..."}` (text,
    at most 2000 characters), `{"url", "width", "height"}` (image, from `upload_image`), `{"vid"}`
    (video), `{"product_id"}`, `{"order_id"}`, `{"order_id", "sku_id"}` (return/refund card; the order
    must be eligible for after-sales) or `{"coupon_id"}`."""


class SendMessageQuery(RequestModel):
    """Path and query parameters of CustomerServiceCreateConversationMessage202606."""

    conversation_id: str = Field(min_length=1, strict=True)
    """Id of the conversation."""


class SendMessageRequest(RequestModel):
    """The message to send."""

    type_: Literal[
        "COUPON_CARD", "IMAGE", "LOGISTICS_CARD", "ORDER_CARD", "PRODUCT_CARD", "RETURN_REFUND_CARD", "TEXT", "VIDEO"
    ] = Field(alias="type")
    """Message type."""

    content: str = Field(strict=True)
    """Message content as a JSON-encoded string whose shape depends on `type`: `{"content": "..."}` (text,
    at most 2000 characters), `{"url", "width", "height"}` (image, from `upload_image`), `{"vid"}`
    (video), `{"product_id"}`, `{"order_id"}`, `{"order_id", "sku_id"}` (return/refund card; the order
    must be eligible for after-sales), `{"order_id", "package_id"}` (logistics card; `package_id`
    optional) or `{"coupon_id"}` (chat or regular coupons, ongoing, created in Seller Center, not for
    repeat customers only)."""

    sender_role: Literal["CUSTOMER_SERVICE", "ROBOT", "SYSTEM"] | None = None
    """Who is replying: `CUSTOMER_SERVICE` (a human agent), `SYSTEM` (automatic replies such as welcome or
    timeout messages) or `ROBOT` (a chatbot)."""


class SendMessageResponse(ResponseModel):
    """The sent message."""

    message_id: str | None = None
    """Id of the sent message."""


class Session(ResponseModel):
    """A customer service session (one support episode within a conversation)."""

    id: str | None = None
    """Session id."""

    conversation_id: str | None = None
    """Id of the conversation the session belongs to."""

    begin_time: int | None = None
    """When the session began, Unix seconds."""

    end_time: int | None = None
    """When the session ended, Unix seconds."""

    buyer_nickname: str | None = None
    """The buyer's nickname."""

    chat_tags: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Topics of the session, e.g. `Presale`, `AfterSale`, `Logistics`."""

    satisfaction_score: int | None = None
    """The buyer's satisfaction rating, 1 to 5 (higher is better)."""

    dissatisfaction_reason: str | None = None
    """Reason the buyer gave for a low rating, in the requested `locale`."""

    first_response_late: bool | None = None
    """Whether the first reply came later than the expected response time."""

    first_response_time: int | None = None
    """Seconds between the buyer's first message and the shop's first reply."""


class UpdateAgentSettingsRequest(RequestModel):
    """The new agent settings."""

    can_accept_chat: bool = Field(strict=True)
    """`true` to receive auto-assigned chats (recommended for IM API apps), `false` to receive only
    manually assigned chats. A shop with a single agent must use `true`."""


class UpdateAgentSettingsResponse(ResponseModel):
    """Empty; success is told by the envelope."""

    pass


class UploadImageRequest(RequestModel):
    """The multipart form carrying the image."""

    data: FileInput
    """The image file, JPG, GIF, WEBP or PNG, at most 10 MB."""


class UploadImageResponse(ResponseModel):
    """The uploaded image."""

    url: str | None = None
    """URL of the image, to put in an `IMAGE` message's content."""

    width: int | None = None
    """Width in pixels."""

    height: int | None = None
    """Height in pixels."""
