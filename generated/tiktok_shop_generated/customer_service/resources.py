"""The `customer_service` resources: sync and async twins, raw-response and version views.

Buyer-shop chat (customer service IM): conversations, messages, image uploads for messages, agent
settings, support sessions and service performance."""

from __future__ import annotations

from typing import Literal

from tiktok_shop._contract import (
    AsyncPager,
    AsyncRequester,
    FileInput,
    SyncPager,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    Conversation,
    CreateConversationResponse,
    EndSessionResponse,
    GetAgentSettingsResponse,
    GetConversationMessagesResponse,
    GetConversationResponse,
    GetConversationsResponse,
    GetPerformanceResponse,
    MarkBuyerMessagesAsReadResponse,
    Message,
    SearchSessionsResponse,
    SendMessageResponse,
    Session,
    UpdateAgentSettingsResponse,
    UploadImageResponse,
)


class CustomerServiceResource:
    """Buyer-shop chat (customer service IM): conversations, messages, image uploads for messages, agent
    settings, support sessions and service performance."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def create_conversation(
        self,
        *,
        buyer_user_id: str,
    ) -> CreateConversationResponse:
        """Create a conversation with a buyer.

        Opens (or returns the existing) conversation between the shop and a buyer, so the shop can message a
        buyer first, e.g. about an order.

        `POST /customer_service/202309/conversations` (shop cipher required)

        Args:
            buyer_user_id: The buyer's user id, as returned in `user_id` of the order detail."""
        return self._client.request(
            ops.CREATE_CONVERSATION,
            {
                "buyer_user_id": buyer_user_id,
            },
        )

    def end_session(
        self,
        *,
        conversation_id: str,
        session_id: str,
    ) -> EndSessionResponse:
        """End a support session.

        Closes an open customer service session of a conversation, e.g. once the buyer's question is
        resolved.

        `POST /customer_service/202605/conversations/{conversation_id}/sessions/{session_id}/end` (shop
        cipher required)

        Args:
            conversation_id: Id of the conversation.
            session_id: Id of the session to end, e.g. the conversation's `cur_session_id`."""
        return self._client.request(
            ops.END_SESSION,
            {
                "conversation_id": conversation_id,
                "session_id": session_id,
            },
        )

    def get_agent_settings(
        self,
    ) -> GetAgentSettingsResponse:
        """Get agent settings.

        Returns the chat settings of the customer service agent behind the access token, i.e. whether it
        receives auto-assigned chats.

        `GET /customer_service/202309/agents/settings` (shop cipher required)"""
        return self._client.request(ops.GET_AGENT_SETTINGS, {})

    def get_conversation(
        self,
        *,
        conversation_id: str,
        need_session_id: bool | None = None,
        need_session_info: bool | None = None,
    ) -> GetConversationResponse:
        """Get a conversation.

        Returns one conversation by id with its participants, unread count and, on request, its current
        support session.

        `GET /customer_service/202601/conversations/{conversation_id}` (shop cipher required)

        Args:
            conversation_id: Id of the conversation.
            need_session_id: Set to `true` to also return the id of the current open session.
            need_session_info: Set to `true` to also return the current open session's id and phase."""
        return self._client.request(
            ops.GET_CONVERSATION,
            {
                "conversation_id": conversation_id,
                "need_session_id": need_session_id,
                "need_session_info": need_session_info,
            },
        )

    def get_conversation_messages(
        self,
        *,
        conversation_id: str,
        page_size: int,
        page_token: str | None = None,
        locale: Literal[
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
        | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: str | None = None,
        need_data: bool | None = None,
        need_plaintext: bool | None = None,
        time_zone: str | None = None,
    ) -> GetConversationMessagesResponse:
        """List the messages of a conversation.

        Returns the messages of one conversation, page by page. Reading them does not mark them as read:
        call `mark_buyer_messages_as_read` for that.

        `GET /customer_service/202309/conversations/{conversation_id}/messages` (shop cipher required)

        Args:
            conversation_id: Id of the conversation.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            page_size: Number of messages per page, at most 10.
            locale: Language of localized texts such as `unsupported_msg_tips` and `plaintext`.
            sort_order: Sort direction.
            sort_field: Field to sort messages by, e.g. `create_time`.
            need_data: Set to `true` to also return structured message data (`data`) where available.
            need_plaintext: Set to `true` to also return a human-readable rendering (`plaintext`) where
                available.
            time_zone: Time zone (IANA name, e.g. `America/Los_Angeles`) used to format times inside
                `plaintext`; it does not convert timestamps in `data`."""
        return self._client.request(
            ops.GET_CONVERSATION_MESSAGES,
            {
                "conversation_id": conversation_id,
                "page_token": page_token,
                "page_size": page_size,
                "locale": locale,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "need_data": need_data,
                "need_plaintext": need_plaintext,
                "time_zone": time_zone,
            },
        )

    def iter_get_conversation_messages(
        self,
        *,
        conversation_id: str,
        page_size: int,
        page_token: str | None = None,
        locale: Literal[
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
        | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: str | None = None,
        need_data: bool | None = None,
        need_plaintext: bool | None = None,
        time_zone: str | None = None,
    ) -> SyncPager[Message, GetConversationMessagesResponse]:
        """Iterate over every item of `get_conversation_messages` across pages, fetching each page lazily.

        Iterating yields `messages` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_conversation_messages`."""
        return self._client.paginate(
            ops.GET_CONVERSATION_MESSAGES,
            {
                "conversation_id": conversation_id,
                "page_token": page_token,
                "page_size": page_size,
                "locale": locale,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "need_data": need_data,
                "need_plaintext": need_plaintext,
                "time_zone": time_zone,
            },
        )

    def get_conversations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        locale: Literal[
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
        | None = None,
        need_session_id: bool | None = None,
        need_session_info: bool | None = None,
    ) -> GetConversationsResponse:
        """List conversations.

        Lists the shop's chat conversations with buyers, page by page, each with its participants and latest
        message. Use it to build an inbox or poll for unread chats.

        `GET /customer_service/202309/conversations` (shop cipher required)

        Args:
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            page_size: Number of conversations per page, at most 20.
            locale: Language of localized texts in the response (BCP 47 tag).
            need_session_id: Set to `true` to also return the id of each conversation's current open
                session.
            need_session_info: Set to `true` to also return the current open session's id and phase."""
        return self._client.request(
            ops.GET_CONVERSATIONS,
            {
                "page_token": page_token,
                "page_size": page_size,
                "locale": locale,
                "need_session_id": need_session_id,
                "need_session_info": need_session_info,
            },
        )

    def iter_get_conversations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        locale: Literal[
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
        | None = None,
        need_session_id: bool | None = None,
        need_session_info: bool | None = None,
    ) -> SyncPager[Conversation, GetConversationsResponse]:
        """Iterate over every item of `get_conversations` across pages, fetching each page lazily.

        Iterating yields `conversations` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_conversations`."""
        return self._client.paginate(
            ops.GET_CONVERSATIONS,
            {
                "page_token": page_token,
                "page_size": page_size,
                "locale": locale,
                "need_session_id": need_session_id,
                "need_session_info": need_session_info,
            },
        )

    def get_performance(
        self,
        *,
        support_date_ge: str,
        support_date_lt: str,
    ) -> GetPerformanceResponse:
        """Get customer service performance.

        Returns the shop's chat support metrics (session count, response rate and time, satisfaction,
        conversion) for a date range.

        `GET /customer_service/202407/performance` (shop cipher required)

        Args:
            support_date_ge: First day of the range (inclusive), `YYYY-MM-DD`.
            support_date_lt: Day after the range (exclusive), `YYYY-MM-DD`."""
        return self._client.request(
            ops.GET_PERFORMANCE,
            {
                "support_date_ge": support_date_ge,
                "support_date_lt": support_date_lt,
            },
        )

    def mark_buyer_messages_as_read(
        self,
        *,
        conversation_id: str,
    ) -> MarkBuyerMessagesAsReadResponse:
        """Mark a conversation's messages as read.

        Marks every buyer message of a conversation as read by the shop, resetting its unread count. Call it
        after showing the messages to an agent.

        `POST /customer_service/202309/conversations/{conversation_id}/messages/read` (shop cipher required)

        Args:
            conversation_id: Id of the conversation."""
        return self._client.request(
            ops.MARK_BUYER_MESSAGES_AS_READ,
            {
                "conversation_id": conversation_id,
            },
        )

    def search_sessions(
        self,
        *,
        page_size: int,
        begin_time_ge: int,
        begin_time_lt: int,
        page_token: str | None = None,
        locale: str | None = None,
        buyer_nickname: str | None = None,
    ) -> SearchSessionsResponse:
        """Search support sessions.

        Finds the shop's customer service sessions that began in a time range (last 90 days), optionally for
        one buyer nickname, with their satisfaction and first-response figures.

        `POST /customer_service/202602/sessions/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            locale: Language of localized texts such as `dissatisfaction_reason` (BCP 47 tag, e.g. `en-US`).
            begin_time_ge: Sessions that began at or after this time, Unix seconds; at most 90 days back.
            begin_time_lt: Sessions that began before this time, Unix seconds; not earlier than
                `begin_time_ge`.
            buyer_nickname: Only sessions with the buyer of this nickname."""
        return self._client.request(
            ops.SEARCH_SESSIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "locale": locale,
                "begin_time_ge": begin_time_ge,
                "begin_time_lt": begin_time_lt,
                "buyer_nickname": buyer_nickname,
            },
        )

    def iter_search_sessions(
        self,
        *,
        page_size: int,
        begin_time_ge: int,
        begin_time_lt: int,
        page_token: str | None = None,
        locale: str | None = None,
        buyer_nickname: str | None = None,
    ) -> SyncPager[Session, SearchSessionsResponse]:
        """Iterate over every item of `search_sessions` across pages, fetching each page lazily.

        Iterating yields `sessions` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_sessions`."""
        return self._client.paginate(
            ops.SEARCH_SESSIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "locale": locale,
                "begin_time_ge": begin_time_ge,
                "begin_time_lt": begin_time_lt,
                "buyer_nickname": buyer_nickname,
            },
        )

    def send_message_202309(
        self,
        *,
        conversation_id: str,
        type_: Literal["COUPON_CARD", "IMAGE", "ORDER_CARD", "PRODUCT_CARD", "RETURN_REFUND_CARD", "TEXT", "VIDEO"],
        content: str,
    ) -> SendMessageResponse:
        """Send a message (2023-09 version).

        Sends a message (text, image, product, order, return/refund or coupon card) from the shop to the
        buyer of a conversation. Upload images first with `upload_image`.

        `POST /customer_service/202309/conversations/{conversation_id}/messages` (shop cipher required)

        Args:
            conversation_id: Id of the conversation.
            type_: Message type.
            content: Message content as a JSON-encoded string whose shape depends on `type`: `{"content":
                "..."}` (text, at most 2000 characters), `{"url", "width", "height"}` (image, from
                `upload_image`), `{"vid"}` (video), `{"product_id"}`, `{"order_id"}`, `{"order_id",
                "sku_id"}` (return/refund card; the order must be eligible for after-sales) or
                `{"coupon_id"}`."""
        return self._client.request(
            ops.SEND_MESSAGE_202309,
            {
                "conversation_id": conversation_id,
                "type_": type_,
                "content": content,
            },
        )

    def send_message(
        self,
        *,
        conversation_id: str,
        type_: Literal[
            "COUPON_CARD",
            "IMAGE",
            "LOGISTICS_CARD",
            "ORDER_CARD",
            "PRODUCT_CARD",
            "RETURN_REFUND_CARD",
            "TEXT",
            "VIDEO",
        ],
        content: str,
        sender_role: Literal["CUSTOMER_SERVICE", "ROBOT", "SYSTEM"] | None = None,
    ) -> SendMessageResponse:
        """Send a message.

        Sends a message from the shop to the buyer of a conversation; this version adds video and logistics
        cards and lets the caller say whether a person, the system or a bot replies.

        `POST /customer_service/202606/conversations/{conversation_id}/messages` (shop cipher required)

        Args:
            conversation_id: Id of the conversation.
            type_: Message type.
            content: Message content as a JSON-encoded string whose shape depends on `type`: `{"content":
                "..."}` (text, at most 2000 characters), `{"url", "width", "height"}` (image, from
                `upload_image`), `{"vid"}` (video), `{"product_id"}`, `{"order_id"}`, `{"order_id",
                "sku_id"}` (return/refund card; the order must be eligible for after-sales), `{"order_id",
                "package_id"}` (logistics card; `package_id` optional) or `{"coupon_id"}` (chat or regular
                coupons, ongoing, created in Seller Center, not for repeat customers only).
            sender_role: Who is replying: `CUSTOMER_SERVICE` (a human agent), `SYSTEM` (automatic replies
                such as welcome or timeout messages) or `ROBOT` (a chatbot)."""
        return self._client.request(
            ops.SEND_MESSAGE,
            {
                "conversation_id": conversation_id,
                "type_": type_,
                "content": content,
                "sender_role": sender_role,
            },
        )

    def update_agent_settings(
        self,
        *,
        can_accept_chat: bool,
    ) -> UpdateAgentSettingsResponse:
        """Update agent settings.

        Changes whether the shop owner's customer service account accepts auto-assigned chats. Apps that
        answer buyers through the API usually turn this on.

        `PUT /customer_service/202309/agents/settings` (shop cipher required)

        Args:
            can_accept_chat: `true` to receive auto-assigned chats (recommended for IM API apps), `false` to
                receive only manually assigned chats. A shop with a single agent must use `true`."""
        return self._client.request(
            ops.UPDATE_AGENT_SETTINGS,
            {
                "can_accept_chat": can_accept_chat,
            },
        )

    def upload_image(
        self,
        *,
        data: FileInput,
    ) -> UploadImageResponse:
        """Upload an image for a message.

        Uploads an image file and returns its URL and size, to be sent afterwards as an `IMAGE` message in a
        conversation.

        `POST /customer_service/202309/images/upload` (shop cipher required)

        Args:
            data: The image file, JPG, GIF, WEBP or PNG, at most 10 MB."""
        return self._client.request(
            ops.UPLOAD_IMAGE,
            {
                "data": data,
            },
        )


class CustomerServiceResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: CustomerServiceResource) -> None:
        self.create_conversation = raw(resource.create_conversation)
        self.end_session = raw(resource.end_session)
        self.get_agent_settings = raw(resource.get_agent_settings)
        self.get_conversation = raw(resource.get_conversation)
        self.get_conversation_messages = raw(resource.get_conversation_messages)
        self.get_conversations = raw(resource.get_conversations)
        self.get_performance = raw(resource.get_performance)
        self.mark_buyer_messages_as_read = raw(resource.mark_buyer_messages_as_read)
        self.search_sessions = raw(resource.search_sessions)
        self.send_message_202309 = raw(resource.send_message_202309)
        self.send_message = raw(resource.send_message)
        self.update_agent_settings = raw(resource.update_agent_settings)
        self.upload_image = raw(resource.upload_image)


class CustomerServiceAt202309:
    """`customer_service` operations pinned to version 202309."""

    def __init__(self, resource: CustomerServiceResource) -> None:
        self.create_conversation = resource.create_conversation
        self.get_agent_settings = resource.get_agent_settings
        self.get_conversation_messages = resource.get_conversation_messages
        self.iter_get_conversation_messages = resource.iter_get_conversation_messages
        self.get_conversations = resource.get_conversations
        self.iter_get_conversations = resource.iter_get_conversations
        self.mark_buyer_messages_as_read = resource.mark_buyer_messages_as_read
        self.send_message = resource.send_message_202309
        self.update_agent_settings = resource.update_agent_settings
        self.upload_image = resource.upload_image


class CustomerServiceAt202407:
    """`customer_service` operations pinned to version 202407."""

    def __init__(self, resource: CustomerServiceResource) -> None:
        self.get_performance = resource.get_performance


class CustomerServiceAt202601:
    """`customer_service` operations pinned to version 202601."""

    def __init__(self, resource: CustomerServiceResource) -> None:
        self.get_conversation = resource.get_conversation


class CustomerServiceAt202602:
    """`customer_service` operations pinned to version 202602."""

    def __init__(self, resource: CustomerServiceResource) -> None:
        self.search_sessions = resource.search_sessions
        self.iter_search_sessions = resource.iter_search_sessions


class CustomerServiceAt202605:
    """`customer_service` operations pinned to version 202605."""

    def __init__(self, resource: CustomerServiceResource) -> None:
        self.end_session = resource.end_session


class CustomerServiceAt202606:
    """`customer_service` operations pinned to version 202606."""

    def __init__(self, resource: CustomerServiceResource) -> None:
        self.send_message = resource.send_message


class AsyncCustomerServiceResource:
    """Buyer-shop chat (customer service IM): conversations, messages, image uploads for messages, agent
    settings, support sessions and service performance. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def create_conversation(
        self,
        *,
        buyer_user_id: str,
    ) -> CreateConversationResponse:
        """Create a conversation with a buyer.

        Opens (or returns the existing) conversation between the shop and a buyer, so the shop can message a
        buyer first, e.g. about an order.

        `POST /customer_service/202309/conversations` (shop cipher required)

        Args:
            buyer_user_id: The buyer's user id, as returned in `user_id` of the order detail."""
        return await self._client.request(
            ops.CREATE_CONVERSATION,
            {
                "buyer_user_id": buyer_user_id,
            },
        )

    async def end_session(
        self,
        *,
        conversation_id: str,
        session_id: str,
    ) -> EndSessionResponse:
        """End a support session.

        Closes an open customer service session of a conversation, e.g. once the buyer's question is
        resolved.

        `POST /customer_service/202605/conversations/{conversation_id}/sessions/{session_id}/end` (shop
        cipher required)

        Args:
            conversation_id: Id of the conversation.
            session_id: Id of the session to end, e.g. the conversation's `cur_session_id`."""
        return await self._client.request(
            ops.END_SESSION,
            {
                "conversation_id": conversation_id,
                "session_id": session_id,
            },
        )

    async def get_agent_settings(
        self,
    ) -> GetAgentSettingsResponse:
        """Get agent settings.

        Returns the chat settings of the customer service agent behind the access token, i.e. whether it
        receives auto-assigned chats.

        `GET /customer_service/202309/agents/settings` (shop cipher required)"""
        return await self._client.request(ops.GET_AGENT_SETTINGS, {})

    async def get_conversation(
        self,
        *,
        conversation_id: str,
        need_session_id: bool | None = None,
        need_session_info: bool | None = None,
    ) -> GetConversationResponse:
        """Get a conversation.

        Returns one conversation by id with its participants, unread count and, on request, its current
        support session.

        `GET /customer_service/202601/conversations/{conversation_id}` (shop cipher required)

        Args:
            conversation_id: Id of the conversation.
            need_session_id: Set to `true` to also return the id of the current open session.
            need_session_info: Set to `true` to also return the current open session's id and phase."""
        return await self._client.request(
            ops.GET_CONVERSATION,
            {
                "conversation_id": conversation_id,
                "need_session_id": need_session_id,
                "need_session_info": need_session_info,
            },
        )

    async def get_conversation_messages(
        self,
        *,
        conversation_id: str,
        page_size: int,
        page_token: str | None = None,
        locale: Literal[
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
        | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: str | None = None,
        need_data: bool | None = None,
        need_plaintext: bool | None = None,
        time_zone: str | None = None,
    ) -> GetConversationMessagesResponse:
        """List the messages of a conversation.

        Returns the messages of one conversation, page by page. Reading them does not mark them as read:
        call `mark_buyer_messages_as_read` for that.

        `GET /customer_service/202309/conversations/{conversation_id}/messages` (shop cipher required)

        Args:
            conversation_id: Id of the conversation.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            page_size: Number of messages per page, at most 10.
            locale: Language of localized texts such as `unsupported_msg_tips` and `plaintext`.
            sort_order: Sort direction.
            sort_field: Field to sort messages by, e.g. `create_time`.
            need_data: Set to `true` to also return structured message data (`data`) where available.
            need_plaintext: Set to `true` to also return a human-readable rendering (`plaintext`) where
                available.
            time_zone: Time zone (IANA name, e.g. `America/Los_Angeles`) used to format times inside
                `plaintext`; it does not convert timestamps in `data`."""
        return await self._client.request(
            ops.GET_CONVERSATION_MESSAGES,
            {
                "conversation_id": conversation_id,
                "page_token": page_token,
                "page_size": page_size,
                "locale": locale,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "need_data": need_data,
                "need_plaintext": need_plaintext,
                "time_zone": time_zone,
            },
        )

    def iter_get_conversation_messages(
        self,
        *,
        conversation_id: str,
        page_size: int,
        page_token: str | None = None,
        locale: Literal[
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
        | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: str | None = None,
        need_data: bool | None = None,
        need_plaintext: bool | None = None,
        time_zone: str | None = None,
    ) -> AsyncPager[Message, GetConversationMessagesResponse]:
        """Iterate over every item of `get_conversation_messages` across pages, fetching each page lazily.

        Iterating yields `messages` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_conversation_messages`."""
        return self._client.paginate(
            ops.GET_CONVERSATION_MESSAGES,
            {
                "conversation_id": conversation_id,
                "page_token": page_token,
                "page_size": page_size,
                "locale": locale,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "need_data": need_data,
                "need_plaintext": need_plaintext,
                "time_zone": time_zone,
            },
        )

    async def get_conversations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        locale: Literal[
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
        | None = None,
        need_session_id: bool | None = None,
        need_session_info: bool | None = None,
    ) -> GetConversationsResponse:
        """List conversations.

        Lists the shop's chat conversations with buyers, page by page, each with its participants and latest
        message. Use it to build an inbox or poll for unread chats.

        `GET /customer_service/202309/conversations` (shop cipher required)

        Args:
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            page_size: Number of conversations per page, at most 20.
            locale: Language of localized texts in the response (BCP 47 tag).
            need_session_id: Set to `true` to also return the id of each conversation's current open
                session.
            need_session_info: Set to `true` to also return the current open session's id and phase."""
        return await self._client.request(
            ops.GET_CONVERSATIONS,
            {
                "page_token": page_token,
                "page_size": page_size,
                "locale": locale,
                "need_session_id": need_session_id,
                "need_session_info": need_session_info,
            },
        )

    def iter_get_conversations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        locale: Literal[
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
        | None = None,
        need_session_id: bool | None = None,
        need_session_info: bool | None = None,
    ) -> AsyncPager[Conversation, GetConversationsResponse]:
        """Iterate over every item of `get_conversations` across pages, fetching each page lazily.

        Iterating yields `conversations` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_conversations`."""
        return self._client.paginate(
            ops.GET_CONVERSATIONS,
            {
                "page_token": page_token,
                "page_size": page_size,
                "locale": locale,
                "need_session_id": need_session_id,
                "need_session_info": need_session_info,
            },
        )

    async def get_performance(
        self,
        *,
        support_date_ge: str,
        support_date_lt: str,
    ) -> GetPerformanceResponse:
        """Get customer service performance.

        Returns the shop's chat support metrics (session count, response rate and time, satisfaction,
        conversion) for a date range.

        `GET /customer_service/202407/performance` (shop cipher required)

        Args:
            support_date_ge: First day of the range (inclusive), `YYYY-MM-DD`.
            support_date_lt: Day after the range (exclusive), `YYYY-MM-DD`."""
        return await self._client.request(
            ops.GET_PERFORMANCE,
            {
                "support_date_ge": support_date_ge,
                "support_date_lt": support_date_lt,
            },
        )

    async def mark_buyer_messages_as_read(
        self,
        *,
        conversation_id: str,
    ) -> MarkBuyerMessagesAsReadResponse:
        """Mark a conversation's messages as read.

        Marks every buyer message of a conversation as read by the shop, resetting its unread count. Call it
        after showing the messages to an agent.

        `POST /customer_service/202309/conversations/{conversation_id}/messages/read` (shop cipher required)

        Args:
            conversation_id: Id of the conversation."""
        return await self._client.request(
            ops.MARK_BUYER_MESSAGES_AS_READ,
            {
                "conversation_id": conversation_id,
            },
        )

    async def search_sessions(
        self,
        *,
        page_size: int,
        begin_time_ge: int,
        begin_time_lt: int,
        page_token: str | None = None,
        locale: str | None = None,
        buyer_nickname: str | None = None,
    ) -> SearchSessionsResponse:
        """Search support sessions.

        Finds the shop's customer service sessions that began in a time range (last 90 days), optionally for
        one buyer nickname, with their satisfaction and first-response figures.

        `POST /customer_service/202602/sessions/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            locale: Language of localized texts such as `dissatisfaction_reason` (BCP 47 tag, e.g. `en-US`).
            begin_time_ge: Sessions that began at or after this time, Unix seconds; at most 90 days back.
            begin_time_lt: Sessions that began before this time, Unix seconds; not earlier than
                `begin_time_ge`.
            buyer_nickname: Only sessions with the buyer of this nickname."""
        return await self._client.request(
            ops.SEARCH_SESSIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "locale": locale,
                "begin_time_ge": begin_time_ge,
                "begin_time_lt": begin_time_lt,
                "buyer_nickname": buyer_nickname,
            },
        )

    def iter_search_sessions(
        self,
        *,
        page_size: int,
        begin_time_ge: int,
        begin_time_lt: int,
        page_token: str | None = None,
        locale: str | None = None,
        buyer_nickname: str | None = None,
    ) -> AsyncPager[Session, SearchSessionsResponse]:
        """Iterate over every item of `search_sessions` across pages, fetching each page lazily.

        Iterating yields `sessions` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_sessions`."""
        return self._client.paginate(
            ops.SEARCH_SESSIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "locale": locale,
                "begin_time_ge": begin_time_ge,
                "begin_time_lt": begin_time_lt,
                "buyer_nickname": buyer_nickname,
            },
        )

    async def send_message_202309(
        self,
        *,
        conversation_id: str,
        type_: Literal["COUPON_CARD", "IMAGE", "ORDER_CARD", "PRODUCT_CARD", "RETURN_REFUND_CARD", "TEXT", "VIDEO"],
        content: str,
    ) -> SendMessageResponse:
        """Send a message (2023-09 version).

        Sends a message (text, image, product, order, return/refund or coupon card) from the shop to the
        buyer of a conversation. Upload images first with `upload_image`.

        `POST /customer_service/202309/conversations/{conversation_id}/messages` (shop cipher required)

        Args:
            conversation_id: Id of the conversation.
            type_: Message type.
            content: Message content as a JSON-encoded string whose shape depends on `type`: `{"content":
                "..."}` (text, at most 2000 characters), `{"url", "width", "height"}` (image, from
                `upload_image`), `{"vid"}` (video), `{"product_id"}`, `{"order_id"}`, `{"order_id",
                "sku_id"}` (return/refund card; the order must be eligible for after-sales) or
                `{"coupon_id"}`."""
        return await self._client.request(
            ops.SEND_MESSAGE_202309,
            {
                "conversation_id": conversation_id,
                "type_": type_,
                "content": content,
            },
        )

    async def send_message(
        self,
        *,
        conversation_id: str,
        type_: Literal[
            "COUPON_CARD",
            "IMAGE",
            "LOGISTICS_CARD",
            "ORDER_CARD",
            "PRODUCT_CARD",
            "RETURN_REFUND_CARD",
            "TEXT",
            "VIDEO",
        ],
        content: str,
        sender_role: Literal["CUSTOMER_SERVICE", "ROBOT", "SYSTEM"] | None = None,
    ) -> SendMessageResponse:
        """Send a message.

        Sends a message from the shop to the buyer of a conversation; this version adds video and logistics
        cards and lets the caller say whether a person, the system or a bot replies.

        `POST /customer_service/202606/conversations/{conversation_id}/messages` (shop cipher required)

        Args:
            conversation_id: Id of the conversation.
            type_: Message type.
            content: Message content as a JSON-encoded string whose shape depends on `type`: `{"content":
                "..."}` (text, at most 2000 characters), `{"url", "width", "height"}` (image, from
                `upload_image`), `{"vid"}` (video), `{"product_id"}`, `{"order_id"}`, `{"order_id",
                "sku_id"}` (return/refund card; the order must be eligible for after-sales), `{"order_id",
                "package_id"}` (logistics card; `package_id` optional) or `{"coupon_id"}` (chat or regular
                coupons, ongoing, created in Seller Center, not for repeat customers only).
            sender_role: Who is replying: `CUSTOMER_SERVICE` (a human agent), `SYSTEM` (automatic replies
                such as welcome or timeout messages) or `ROBOT` (a chatbot)."""
        return await self._client.request(
            ops.SEND_MESSAGE,
            {
                "conversation_id": conversation_id,
                "type_": type_,
                "content": content,
                "sender_role": sender_role,
            },
        )

    async def update_agent_settings(
        self,
        *,
        can_accept_chat: bool,
    ) -> UpdateAgentSettingsResponse:
        """Update agent settings.

        Changes whether the shop owner's customer service account accepts auto-assigned chats. Apps that
        answer buyers through the API usually turn this on.

        `PUT /customer_service/202309/agents/settings` (shop cipher required)

        Args:
            can_accept_chat: `true` to receive auto-assigned chats (recommended for IM API apps), `false` to
                receive only manually assigned chats. A shop with a single agent must use `true`."""
        return await self._client.request(
            ops.UPDATE_AGENT_SETTINGS,
            {
                "can_accept_chat": can_accept_chat,
            },
        )

    async def upload_image(
        self,
        *,
        data: FileInput,
    ) -> UploadImageResponse:
        """Upload an image for a message.

        Uploads an image file and returns its URL and size, to be sent afterwards as an `IMAGE` message in a
        conversation.

        `POST /customer_service/202309/images/upload` (shop cipher required)

        Args:
            data: The image file, JPG, GIF, WEBP or PNG, at most 10 MB."""
        return await self._client.request(
            ops.UPLOAD_IMAGE,
            {
                "data": data,
            },
        )


class AsyncCustomerServiceResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncCustomerServiceResource) -> None:
        self.create_conversation = async_raw(resource.create_conversation)
        self.end_session = async_raw(resource.end_session)
        self.get_agent_settings = async_raw(resource.get_agent_settings)
        self.get_conversation = async_raw(resource.get_conversation)
        self.get_conversation_messages = async_raw(resource.get_conversation_messages)
        self.get_conversations = async_raw(resource.get_conversations)
        self.get_performance = async_raw(resource.get_performance)
        self.mark_buyer_messages_as_read = async_raw(resource.mark_buyer_messages_as_read)
        self.search_sessions = async_raw(resource.search_sessions)
        self.send_message_202309 = async_raw(resource.send_message_202309)
        self.send_message = async_raw(resource.send_message)
        self.update_agent_settings = async_raw(resource.update_agent_settings)
        self.upload_image = async_raw(resource.upload_image)


class AsyncCustomerServiceAt202309:
    """`customer_service` operations pinned to version 202309."""

    def __init__(self, resource: AsyncCustomerServiceResource) -> None:
        self.create_conversation = resource.create_conversation
        self.get_agent_settings = resource.get_agent_settings
        self.get_conversation_messages = resource.get_conversation_messages
        self.iter_get_conversation_messages = resource.iter_get_conversation_messages
        self.get_conversations = resource.get_conversations
        self.iter_get_conversations = resource.iter_get_conversations
        self.mark_buyer_messages_as_read = resource.mark_buyer_messages_as_read
        self.send_message = resource.send_message_202309
        self.update_agent_settings = resource.update_agent_settings
        self.upload_image = resource.upload_image


class AsyncCustomerServiceAt202407:
    """`customer_service` operations pinned to version 202407."""

    def __init__(self, resource: AsyncCustomerServiceResource) -> None:
        self.get_performance = resource.get_performance


class AsyncCustomerServiceAt202601:
    """`customer_service` operations pinned to version 202601."""

    def __init__(self, resource: AsyncCustomerServiceResource) -> None:
        self.get_conversation = resource.get_conversation


class AsyncCustomerServiceAt202602:
    """`customer_service` operations pinned to version 202602."""

    def __init__(self, resource: AsyncCustomerServiceResource) -> None:
        self.search_sessions = resource.search_sessions
        self.iter_search_sessions = resource.iter_search_sessions


class AsyncCustomerServiceAt202605:
    """`customer_service` operations pinned to version 202605."""

    def __init__(self, resource: AsyncCustomerServiceResource) -> None:
        self.end_session = resource.end_session


class AsyncCustomerServiceAt202606:
    """`customer_service` operations pinned to version 202606."""

    def __init__(self, resource: AsyncCustomerServiceResource) -> None:
        self.send_message = resource.send_message
