"""Operation descriptors of the `customer_service` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation, Pagination

from .models import (
    CreateConversationRequest,
    CreateConversationResponse,
    EndSessionQuery,
    EndSessionResponse,
    GetAgentSettingsResponse,
    GetConversationMessagesQuery,
    GetConversationMessagesResponse,
    GetConversationQuery,
    GetConversationResponse,
    GetConversationsQuery,
    GetConversationsResponse,
    GetPerformanceQuery,
    GetPerformanceResponse,
    MarkBuyerMessagesAsReadQuery,
    MarkBuyerMessagesAsReadResponse,
    SearchSessionsQuery,
    SearchSessionsRequest,
    SearchSessionsResponse,
    SendMessage202309Request,
    SendMessageQuery,
    SendMessageRequest,
    SendMessageResponse,
    UpdateAgentSettingsRequest,
    UpdateAgentSettingsResponse,
    UploadImageRequest,
    UploadImageResponse,
)

CREATE_CONVERSATION: Operation[CreateConversationResponse] = Operation(
    id="CustomerServiceCreateConversation",
    module="customer_service",
    name="create_conversation",
    method="POST",
    path="/customer_service/202309/conversations",
    version="202309",
    summary="Create a conversation with a buyer",
    response_model=CreateConversationResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=CreateConversationRequest,
    body_fields=("buyer_user_id",),
)

END_SESSION: Operation[EndSessionResponse] = Operation(
    id="CustomerServiceEndSession",
    module="customer_service",
    name="end_session",
    method="POST",
    path="/customer_service/202605/conversations/{conversation_id}/sessions/{session_id}/end",
    version="202605",
    summary="End a support session",
    response_model=EndSessionResponse,
    shop_scoped=True,
    retry_safe=False,
    query_model=EndSessionQuery,
    path_params=(
        "conversation_id",
        "session_id",
    ),
)

GET_AGENT_SETTINGS: Operation[GetAgentSettingsResponse] = Operation(
    id="CustomerServiceGetAgentSettings",
    module="customer_service",
    name="get_agent_settings",
    method="GET",
    path="/customer_service/202309/agents/settings",
    version="202309",
    summary="Get agent settings",
    response_model=GetAgentSettingsResponse,
    shop_scoped=True,
    retry_safe=True,
)

GET_CONVERSATION: Operation[GetConversationResponse] = Operation(
    id="CustomerServiceGetConversation",
    module="customer_service",
    name="get_conversation",
    method="GET",
    path="/customer_service/202601/conversations/{conversation_id}",
    version="202601",
    summary="Get a conversation",
    response_model=GetConversationResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=GetConversationQuery,
    path_params=("conversation_id",),
    query_params=(
        "need_session_id",
        "need_session_info",
    ),
)

GET_CONVERSATION_MESSAGES: Operation[GetConversationMessagesResponse] = Operation(
    id="CustomerServiceGetConversationMessages",
    module="customer_service",
    name="get_conversation_messages",
    method="GET",
    path="/customer_service/202309/conversations/{conversation_id}/messages",
    version="202309",
    summary="List the messages of a conversation",
    response_model=GetConversationMessagesResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=GetConversationMessagesQuery,
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

GET_CONVERSATIONS: Operation[GetConversationsResponse] = Operation(
    id="CustomerServiceGetConversations",
    module="customer_service",
    name="get_conversations",
    method="GET",
    path="/customer_service/202309/conversations",
    version="202309",
    summary="List conversations",
    response_model=GetConversationsResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=GetConversationsQuery,
    query_params=(
        "page_token",
        "page_size",
        "locale",
        "need_session_id",
        "need_session_info",
    ),
    pagination=Pagination(items="conversations", token_in="query"),
)

GET_PERFORMANCE: Operation[GetPerformanceResponse] = Operation(
    id="CustomerServiceGetPerformance",
    module="customer_service",
    name="get_performance",
    method="GET",
    path="/customer_service/202407/performance",
    version="202407",
    summary="Get customer service performance",
    response_model=GetPerformanceResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=GetPerformanceQuery,
    query_params=(
        "support_date_ge",
        "support_date_lt",
    ),
)

MARK_BUYER_MESSAGES_AS_READ: Operation[MarkBuyerMessagesAsReadResponse] = Operation(
    id="CustomerServiceReadConversationMessage",
    module="customer_service",
    name="mark_buyer_messages_as_read",
    method="POST",
    path="/customer_service/202309/conversations/{conversation_id}/messages/read",
    version="202309",
    summary="Mark a conversation's messages as read",
    response_model=MarkBuyerMessagesAsReadResponse,
    shop_scoped=True,
    retry_safe=False,
    query_model=MarkBuyerMessagesAsReadQuery,
    path_params=("conversation_id",),
)

SEARCH_SESSIONS: Operation[SearchSessionsResponse] = Operation(
    id="CustomerServiceSearchSessions",
    module="customer_service",
    name="search_sessions",
    method="POST",
    path="/customer_service/202602/sessions/search",
    version="202602",
    summary="Search support sessions",
    response_model=SearchSessionsResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=SearchSessionsQuery,
    body_model=SearchSessionsRequest,
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

SEND_MESSAGE_202309: Operation[SendMessageResponse] = Operation(
    id="CustomerServiceCreateConversationMessage",
    module="customer_service",
    name="send_message",
    method="POST",
    path="/customer_service/202309/conversations/{conversation_id}/messages",
    version="202309",
    summary="Send a message (2023-09 version)",
    response_model=SendMessageResponse,
    shop_scoped=True,
    retry_safe=False,
    query_model=SendMessageQuery,
    body_model=SendMessage202309Request,
    path_params=("conversation_id",),
    body_fields=(
        "type_",
        "content",
    ),
    latest=False,
)

SEND_MESSAGE: Operation[SendMessageResponse] = Operation(
    id="CustomerServiceCreateConversationMessage202606",
    module="customer_service",
    name="send_message",
    method="POST",
    path="/customer_service/202606/conversations/{conversation_id}/messages",
    version="202606",
    summary="Send a message",
    response_model=SendMessageResponse,
    shop_scoped=True,
    retry_safe=False,
    query_model=SendMessageQuery,
    body_model=SendMessageRequest,
    path_params=("conversation_id",),
    body_fields=(
        "type_",
        "content",
        "sender_role",
    ),
)

UPDATE_AGENT_SETTINGS: Operation[UpdateAgentSettingsResponse] = Operation(
    id="CustomerServiceUpdateAgentSettings",
    module="customer_service",
    name="update_agent_settings",
    method="PUT",
    path="/customer_service/202309/agents/settings",
    version="202309",
    summary="Update agent settings",
    response_model=UpdateAgentSettingsResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=UpdateAgentSettingsRequest,
    body_fields=("can_accept_chat",),
)

UPLOAD_IMAGE: Operation[UploadImageResponse] = Operation(
    id="CustomerServiceUploadImage",
    module="customer_service",
    name="upload_image",
    method="POST",
    path="/customer_service/202309/images/upload",
    version="202309",
    summary="Upload an image for a message",
    response_model=UploadImageResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=UploadImageRequest,
    body_fields=("data",),
    multipart=True,
)
