"""Operation descriptors of the `customer_service` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation, Pagination

from .models import (
    CustomerServiceCreateConversationMessage202606Query,
    CustomerServiceCreateConversationMessage202606Request,
    CustomerServiceCreateConversationMessage202606Response,
    CustomerServiceCreateConversationMessageQuery,
    CustomerServiceCreateConversationMessageRequest,
    CustomerServiceCreateConversationMessageResponse,
    CustomerServiceCreateConversationRequest,
    CustomerServiceCreateConversationResponse,
    CustomerServiceEndSessionQuery,
    CustomerServiceEndSessionResponse,
    CustomerServiceGetAgentSettingsResponse,
    CustomerServiceGetConversationMessagesQuery,
    CustomerServiceGetConversationMessagesResponse,
    CustomerServiceGetConversationQuery,
    CustomerServiceGetConversationResponse,
    CustomerServiceGetConversationsQuery,
    CustomerServiceGetConversationsResponse,
    CustomerServiceGetPerformanceQuery,
    CustomerServiceGetPerformanceResponse,
    CustomerServiceReadConversationMessageQuery,
    CustomerServiceReadConversationMessageResponse,
    CustomerServiceSearchSessionsQuery,
    CustomerServiceSearchSessionsRequest,
    CustomerServiceSearchSessionsResponse,
    CustomerServiceUpdateAgentSettingsRequest,
    CustomerServiceUpdateAgentSettingsResponse,
    CustomerServiceUploadImageRequest,
    CustomerServiceUploadImageResponse,
)

CREATE_CONVERSATION: Operation[CustomerServiceCreateConversationResponse] = Operation(
    id="CustomerServiceCreateConversation",
    module="customer_service",
    name="create_conversation",
    method="POST",
    path="/customer_service/202309/conversations",
    version="202309",
    summary="Create a conversation with a buyer",
    response_model=CustomerServiceCreateConversationResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=CustomerServiceCreateConversationRequest,
    body_fields=("buyer_user_id",),
)

END_SESSION: Operation[CustomerServiceEndSessionResponse] = Operation(
    id="CustomerServiceEndSession",
    module="customer_service",
    name="end_session",
    method="POST",
    path="/customer_service/202605/conversations/{conversation_id}/sessions/{session_id}/end",
    version="202605",
    summary="End a support session",
    response_model=CustomerServiceEndSessionResponse,
    shop_scoped=True,
    retry_safe=False,
    query_model=CustomerServiceEndSessionQuery,
    path_params=(
        "conversation_id",
        "session_id",
    ),
)

GET_AGENT_SETTINGS: Operation[CustomerServiceGetAgentSettingsResponse] = Operation(
    id="CustomerServiceGetAgentSettings",
    module="customer_service",
    name="get_agent_settings",
    method="GET",
    path="/customer_service/202309/agents/settings",
    version="202309",
    summary="Get agent settings",
    response_model=CustomerServiceGetAgentSettingsResponse,
    shop_scoped=True,
    retry_safe=True,
)

GET_CONVERSATION: Operation[CustomerServiceGetConversationResponse] = Operation(
    id="CustomerServiceGetConversation",
    module="customer_service",
    name="get_conversation",
    method="GET",
    path="/customer_service/202601/conversations/{conversation_id}",
    version="202601",
    summary="Get a conversation",
    response_model=CustomerServiceGetConversationResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=CustomerServiceGetConversationQuery,
    path_params=("conversation_id",),
    query_params=(
        "need_session_id",
        "need_session_info",
    ),
)

GET_CONVERSATION_MESSAGES: Operation[CustomerServiceGetConversationMessagesResponse] = Operation(
    id="CustomerServiceGetConversationMessages",
    module="customer_service",
    name="get_conversation_messages",
    method="GET",
    path="/customer_service/202309/conversations/{conversation_id}/messages",
    version="202309",
    summary="List the messages of a conversation",
    response_model=CustomerServiceGetConversationMessagesResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=CustomerServiceGetConversationMessagesQuery,
    path_params=("conversation_id",),
    query_params=(
        "page_token",
        "page_size",
        "locale",
        "sort_order",
        "sort_field",
        "need_data",
        "need_plaintext",
        "time_zone",
    ),
    pagination=Pagination(items="messages", token_in="query"),
)

GET_CONVERSATIONS: Operation[CustomerServiceGetConversationsResponse] = Operation(
    id="CustomerServiceGetConversations",
    module="customer_service",
    name="get_conversations",
    method="GET",
    path="/customer_service/202309/conversations",
    version="202309",
    summary="List conversations",
    response_model=CustomerServiceGetConversationsResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=CustomerServiceGetConversationsQuery,
    query_params=(
        "page_token",
        "page_size",
        "locale",
        "need_session_id",
        "need_session_info",
    ),
    pagination=Pagination(items="conversations", token_in="query"),
)

GET_PERFORMANCE: Operation[CustomerServiceGetPerformanceResponse] = Operation(
    id="CustomerServiceGetPerformance",
    module="customer_service",
    name="get_performance",
    method="GET",
    path="/customer_service/202407/performance",
    version="202407",
    summary="Get customer service performance",
    response_model=CustomerServiceGetPerformanceResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=CustomerServiceGetPerformanceQuery,
    query_params=(
        "support_date_ge",
        "support_date_lt",
    ),
)

MARK_BUYER_MESSAGES_AS_READ: Operation[CustomerServiceReadConversationMessageResponse] = Operation(
    id="CustomerServiceReadConversationMessage",
    module="customer_service",
    name="mark_buyer_messages_as_read",
    method="POST",
    path="/customer_service/202309/conversations/{conversation_id}/messages/read",
    version="202309",
    summary="Mark a conversation's messages as read",
    response_model=CustomerServiceReadConversationMessageResponse,
    shop_scoped=True,
    retry_safe=False,
    query_model=CustomerServiceReadConversationMessageQuery,
    path_params=("conversation_id",),
)

SEARCH_SESSIONS: Operation[CustomerServiceSearchSessionsResponse] = Operation(
    id="CustomerServiceSearchSessions",
    module="customer_service",
    name="search_sessions",
    method="POST",
    path="/customer_service/202602/sessions/search",
    version="202602",
    summary="Search support sessions",
    response_model=CustomerServiceSearchSessionsResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=CustomerServiceSearchSessionsQuery,
    body_model=CustomerServiceSearchSessionsRequest,
    query_params=(
        "page_size",
        "page_token",
        "locale",
    ),
    body_fields=(
        "begin_time_ge",
        "begin_time_lt",
        "buyer_nickname",
    ),
    pagination=Pagination(items="sessions", token_in="query"),
)

SEND_MESSAGE_202309: Operation[CustomerServiceCreateConversationMessageResponse] = Operation(
    id="CustomerServiceCreateConversationMessage",
    module="customer_service",
    name="send_message",
    method="POST",
    path="/customer_service/202309/conversations/{conversation_id}/messages",
    version="202309",
    summary="Send a message (2023-09 version)",
    response_model=CustomerServiceCreateConversationMessageResponse,
    shop_scoped=True,
    retry_safe=False,
    query_model=CustomerServiceCreateConversationMessageQuery,
    body_model=CustomerServiceCreateConversationMessageRequest,
    path_params=("conversation_id",),
    body_fields=(
        "type_",
        "content",
    ),
    latest=False,
)

SEND_MESSAGE: Operation[CustomerServiceCreateConversationMessage202606Response] = Operation(
    id="CustomerServiceCreateConversationMessage202606",
    module="customer_service",
    name="send_message",
    method="POST",
    path="/customer_service/202606/conversations/{conversation_id}/messages",
    version="202606",
    summary="Send a message",
    response_model=CustomerServiceCreateConversationMessage202606Response,
    shop_scoped=True,
    retry_safe=False,
    query_model=CustomerServiceCreateConversationMessage202606Query,
    body_model=CustomerServiceCreateConversationMessage202606Request,
    path_params=("conversation_id",),
    body_fields=(
        "type_",
        "content",
        "sender_role",
    ),
)

UPDATE_AGENT_SETTINGS: Operation[CustomerServiceUpdateAgentSettingsResponse] = Operation(
    id="CustomerServiceUpdateAgentSettings",
    module="customer_service",
    name="update_agent_settings",
    method="PUT",
    path="/customer_service/202309/agents/settings",
    version="202309",
    summary="Update agent settings",
    response_model=CustomerServiceUpdateAgentSettingsResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=CustomerServiceUpdateAgentSettingsRequest,
    body_fields=("can_accept_chat",),
)

UPLOAD_IMAGE: Operation[CustomerServiceUploadImageResponse] = Operation(
    id="CustomerServiceUploadImage",
    module="customer_service",
    name="upload_image",
    method="POST",
    path="/customer_service/202309/images/upload",
    version="202309",
    summary="Upload an image for a message",
    response_model=CustomerServiceUploadImageResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=CustomerServiceUploadImageRequest,
    body_fields=("data",),
    multipart=True,
)
