"""The `affiliate_seller` resources: sync and async twins, raw-response and version views.

Affiliate marketing for sellers: open and target collaborations with creators, free sample
applications, affiliate orders, the Creator Marketplace, creator messaging (IM) and Compass data
exports."""

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
    AdvancedFilters,
    AffiliateData,
    AffiliateOrder,
    AutoAddProduct,
    CheckCreatorOutreachEligibilityResponse,
    CheckTargetCollaborationConflictsResponse,
    CommissionRateRange,
    ContentPerformance,
    Conversation,
    CreateCompassExportTaskResponse,
    CreateOpenCollaborationResponse,
    CreateTargetCollaborationProduct,
    CreateTargetCollaborationResponse,
    CreatorContentDetail,
    CreatorInfo,
    DownloadCompassExportFileResponse,
    EditOpenCollaborationSampleRuleResponse,
    EditOpenCollaborationSampleRuleSampleRule,
    EditOpenCollaborationSettingsResponse,
    FollowerDemographics,
    FreeSampleRuleInput,
    GenerateAffiliateProductPromotionLinkResponse,
    GenerateTargetCollaborationLinkResponse,
    GetCompassExportTasksResponse,
    GetConversationMessagesMessage,
    GetConversationMessagesResponse,
    GetConversationsResponse,
    GetCreatorOutreachQuotaResponse,
    GetCreatorOutreachRecordsResponse,
    GetInboxCategoryCountsResponse,
    GetLatestUnreadMessagesResponse,
    GetMarketplaceCreatorPerformanceResponse,
    GetMarketplaceCreatorSearchFiltersOption,
    GetMarketplaceCreatorSearchFiltersResponse,
    GetOpenCollaborationCreatorContentResponse,
    GetOpenCollaborationSampleRulesResponse,
    GetOpenCollaborationSettingsResponse,
    GetOrCreateConversationResponse,
    GetSampleRequestDeeplinkResponse,
    GetTargetCollaborationCreatorPromotionDetailsResponse,
    GetTargetCollaborationResponse,
    MarkConversationsAsReadResponse,
    MarketplaceCreator,
    MarketplaceProduct,
    OpenCollaboration,
    ProductFilter,
    RemoveOpenCollaborationCreatorResponse,
    RemoveOpenCollaborationResponse,
    RemoveTargetCollaborationResponse,
    ResolveTargetCollaborationConflictsConflictItem,
    ResolveTargetCollaborationConflictsResponse,
    ReviewSampleApplicationResponse,
    SalesPriceRange,
    SampleApplication,
    SearchAffiliateOrdersResponse,
    SearchMarketplaceCreatorsCategory,
    SearchMarketplaceCreatorsResponse,
    SearchOpenCollaborationProductsCategory,
    SearchOpenCollaborationProductsResponse,
    SearchOpenCollaborationsResponse,
    SearchParam,
    SearchSampleApplicationFulfillmentsResponse,
    SearchSampleApplicationsResponse,
    SearchTargetCollaborationsResponse,
    SellerContactInfoInput,
    SendMessageResponse,
    TargetCollaborationSummary,
    UpdateConversationStatusResponse,
    UpdateTargetCollaborationProduct,
    UpdateTargetCollaborationResponse,
    UpdateTargetCollaborationSellerContactInfo,
    UploadMessageImageResponse,
)


class AffiliateSellerResource:
    """Affiliate marketing for sellers: open and target collaborations with creators, free sample
    applications, affiliate orders, the Creator Marketplace, creator messaging (IM) and Compass data
    exports."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def check_creator_outreach_eligibility(
        self,
        *,
        creator_infos: list[CreatorInfo],
    ) -> CheckCreatorOutreachEligibilityResponse:
        """Check creator outreach eligibility.

        Checks, before reaching out, whether each creator can be contacted (connection, blocking, follower
        threshold) and whether the shop's quota covers the batch.

        `POST /affiliate_seller/202610/creator_outreach/eligibility/check` (shop cipher required)

        Args:
            creator_infos: 1 to 100 creators, with distinct Open IDs."""
        return self._client.request(
            ops.CHECK_CREATOR_OUTREACH_ELIGIBILITY,
            {
                "creator_infos": creator_infos,
            },
        )

    def check_target_collaboration_conflicts(
        self,
        *,
        creator_open_id_list: list[str],
        product_id_list: list[str],
    ) -> CheckTargetCollaborationConflictsResponse:
        """Check target collaboration conflicts.

        Checks whether creator-product pairs are already bound by another target collaboration, which would
        make a new one fail, and names the conflicting collaborations. Use it before creating a target
        collaboration.

        `POST /affiliate_seller/202605/target_collaborations/conflicts/check` (shop cipher required)

        Args:
            creator_open_id_list: Creator Open IDs.
            product_id_list: Product ids."""
        return self._client.request(
            ops.CHECK_TARGET_COLLABORATION_CONFLICTS,
            {
                "creator_open_id_list": creator_open_id_list,
                "product_id_list": product_id_list,
            },
        )

    def create_compass_export_task(
        self,
        *,
        module_type: Literal["BASE", "CREATOR"] | None = None,
        window_type: Literal["PAST_24H", "PAST_30_DAYS", "PAST_7_DAYS"] | None = None,
        end_day: int | None = None,
        plan_type: Literal["ALL", "OPEN", "PARTNER", "TARGET"] | None = None,
    ) -> CreateCompassExportTaskResponse:
        """Create Compass offline export task.

        Starts an asynchronous export of affiliate Compass data (creator list or core performance) for a
        plan type and time window. Follow it with the task list, then download the file.

        `POST /affiliate_seller/202603/compass/offline_task` (shop cipher required)

        Args:
            module_type: `CREATOR` (creator list data) or `BASE` (core performance data).
            window_type: Time window ending on `end_day`.
            end_day: Last day of the window as `YYYYMMDD`, in the local time zone of the shop's region.
            plan_type: Collaboration plans included."""
        return self._client.request(
            ops.CREATE_COMPASS_EXPORT_TASK,
            {
                "module_type": module_type,
                "window_type": window_type,
                "end_day": end_day,
                "plan_type": plan_type,
            },
        )

    def create_open_collaboration(
        self,
        *,
        product_id: str,
        commission_rate: int,
    ) -> CreateOpenCollaborationResponse:
        """Create open collaboration.

        Puts one product into open collaboration with the given commission rate, so that any creator can
        promote it from the affiliate marketplace.

        `POST /affiliate_seller/202412/open_collaborations` (shop cipher required)

        Args:
            product_id: Id of the product; one product per request.
            commission_rate: Commission rate in hundredths of a percent (`3587` = 35.87%), from 100 to 8000."""
        return self._client.request(
            ops.CREATE_OPEN_COLLABORATION,
            {
                "product_id": product_id,
                "commission_rate": commission_rate,
            },
        )

    def create_target_collaboration(
        self,
        *,
        name: str,
        end_time: str,
        products: list[CreateTargetCollaborationProduct],
        creator_user_open_ids: list[str],
        seller_contact_info: SellerContactInfoInput,
        free_sample_rule: FreeSampleRuleInput,
        message: str | None = None,
        preferred_content_type: Literal["LIVE", "VIDEO"] | None = None,
    ) -> CreateTargetCollaborationResponse:
        """Create target collaboration.

        Creates a target collaboration: a private invitation of chosen creators to promote chosen products
        at a given commission, visible only to the invited creators. Conflicting or invalid creators and
        products are reported back.

        `POST /affiliate_seller/202508/target_collaborations` (shop cipher required)

        Args:
            name: Name of the target collaboration.
            end_time: When the collaboration ends, Unix timestamp in seconds (sent as a string).
            products: Products offered, up to 100.
            creator_user_open_ids: Open IDs of the invited creators, up to 50.
            seller_contact_info: How creators can reach the seller.
            free_sample_rule: Free sample policy of a target collaboration (request form).
            message: Message sent to the invited creators.
            preferred_content_type: Content the seller prefers from creators, `LIVE` or `VIDEO`."""
        return self._client.request(
            ops.CREATE_TARGET_COLLABORATION,
            {
                "name": name,
                "end_time": end_time,
                "products": products,
                "creator_user_open_ids": creator_user_open_ids,
                "seller_contact_info": seller_contact_info,
                "free_sample_rule": free_sample_rule,
                "message": message,
                "preferred_content_type": preferred_content_type,
            },
        )

    def download_compass_export_file(
        self,
        *,
        task_id: str,
    ) -> DownloadCompassExportFileResponse:
        """Download Compass task file.

        Returns the result file of a completed Compass export task, Base64-encoded.

        `GET /affiliate_seller/202603/compass/offline_tasks/{task_id}/file` (shop cipher required)

        Args:
            task_id: Id of the export task, from the task list."""
        return self._client.request(
            ops.DOWNLOAD_COMPASS_EXPORT_FILE,
            {
                "task_id": task_id,
            },
        )

    def edit_open_collaboration_sample_rule(
        self,
        *,
        product_id: str,
        sample_rule: EditOpenCollaborationSampleRuleSampleRule | None = None,
    ) -> EditOpenCollaborationSampleRuleResponse:
        """Edit open collaboration sample rule.

        Creates, updates or deactivates the free sample rule of one open collaboration product: sample
        quota, application period and the thresholds a creator must meet to request a sample. A product has
        one rule; the latest call wins.

        `POST /affiliate_seller/202410/open_collaborations/sample_rules` (shop cipher required)

        Args:
            product_id: Id of the product the rule applies to.
            sample_rule: The rule; with `DEACTIVATE` only `activate_status` is needed."""
        return self._client.request(
            ops.EDIT_OPEN_COLLABORATION_SAMPLE_RULE,
            {
                "product_id": product_id,
                "sample_rule": sample_rule,
            },
        )

    def edit_open_collaboration_settings(
        self,
        *,
        auto_add_product: AutoAddProduct | None = None,
    ) -> EditOpenCollaborationSettingsResponse:
        """Edit open collaboration settings.

        Turns automatic enrollment of products into open collaboration on or off and sets the default
        commission rate for the enrolled products. Use it to put the whole catalog, including future
        products, into open collaboration at once.

        `POST /affiliate_seller/202405/open_collaboration_settings` (shop cipher required)

        Args:
            auto_add_product: Automatic enrollment of products into open collaboration."""
        return self._client.request(
            ops.EDIT_OPEN_COLLABORATION_SETTINGS,
            {
                "auto_add_product": auto_add_product,
            },
        )

    def generate_affiliate_product_promotion_link(
        self,
        *,
        product_id: str,
    ) -> GenerateAffiliateProductPromotionLinkResponse:
        """Generate affiliate product promotion link.

        Generates an affiliate-only promotion link for an open collaboration product. A partner can hand the
        link to creators; a creator who adds the product to the showcase through it has the resulting sales
        attributed to the partner.

        `POST /affiliate_seller/202405/products/{product_id}/promotion_link/generate` (shop cipher optional)

        Args:
            product_id: Id of the open collaboration product to promote."""
        return self._client.request(
            ops.GENERATE_AFFILIATE_PRODUCT_PROMOTION_LINK,
            {
                "product_id": product_id,
            },
        )

    def generate_target_collaboration_link(
        self,
        *,
        target_collaboration_id: str,
    ) -> GenerateTargetCollaborationLinkResponse:
        """Generate target collaboration link.

        Generates a link the seller can share with an invited creator; it leads the creator through
        reviewing and accepting the target collaboration and adding its products.

        `POST /affiliate_seller/202509/target_collaboration/{target_collaboration_id}/link` (shop cipher
        required)

        Args:
            target_collaboration_id: Id of the target collaboration."""
        return self._client.request(
            ops.GENERATE_TARGET_COLLABORATION_LINK,
            {
                "target_collaboration_id": target_collaboration_id,
            },
        )

    def get_compass_export_tasks(
        self,
        *,
        doc_type: str,
    ) -> GetCompassExportTasksResponse:
        """Get Compass task list.

        Lists the Compass export tasks created through the Open API during the last 7 days, with their
        status and file name. Download a `SUCCEEDED` task's file by its id.

        `GET /affiliate_seller/202603/compass/offline_tasks` (shop cipher required)

        Args:
            doc_type: Kind of export document to list."""
        return self._client.request(
            ops.GET_COMPASS_EXPORT_TASKS,
            {
                "doc_type": doc_type,
            },
        )

    def get_conversation_messages(
        self,
        *,
        conversation_id: str,
        page_size: int,
        page_token: str | None = None,
    ) -> GetConversationMessagesResponse:
        """Get creator conversation messages.

        Returns one page of the messages of a conversation with a creator.

        `GET /affiliate_seller/202412/conversation/{conversation_id}/messages` (shop cipher required)

        Args:
            conversation_id: Id of the conversation.
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page."""
        return self._client.request(
            ops.GET_CONVERSATION_MESSAGES,
            {
                "conversation_id": conversation_id,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def iter_get_conversation_messages(
        self,
        *,
        conversation_id: str,
        page_size: int,
        page_token: str | None = None,
    ) -> SyncPager[GetConversationMessagesMessage, GetConversationMessagesResponse]:
        """Iterate over every item of `get_conversation_messages` across pages, fetching each page lazily.

        Iterating yields `messages` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_conversation_messages`."""
        return self._client.paginate(
            ops.GET_CONVERSATION_MESSAGES,
            {
                "conversation_id": conversation_id,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def get_conversations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        only_need_conversation_id: bool | None = None,
        conversation_status: Literal["ALL", "ARCHIVED", "STARRED", "UNREAD", "UNREPLIED"] | None = None,
    ) -> GetConversationsResponse:
        """Get conversation list.

        Lists the shop's IM conversations with creators, optionally only one inbox category (unread,
        unreplied, starred, archived), with unread counts and the creator's name and avatar.

        `GET /affiliate_seller/202412/conversations` (shop cipher optional)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            only_need_conversation_id: True (the default) to return only the conversation ids; false to
                return every conversation field.
            conversation_status: Inbox category to list."""
        return self._client.request(
            ops.GET_CONVERSATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "only_need_conversation_id": only_need_conversation_id,
                "conversation_status": conversation_status,
            },
        )

    def iter_get_conversations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        only_need_conversation_id: bool | None = None,
        conversation_status: Literal["ALL", "ARCHIVED", "STARRED", "UNREAD", "UNREPLIED"] | None = None,
    ) -> SyncPager[Conversation, GetConversationsResponse]:
        """Iterate over every item of `get_conversations` across pages, fetching each page lazily.

        Iterating yields `conversations` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_conversations`."""
        return self._client.paginate(
            ops.GET_CONVERSATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "only_need_conversation_id": only_need_conversation_id,
                "conversation_status": conversation_status,
            },
        )

    def get_creator_outreach_quota(
        self,
    ) -> GetCreatorOutreachQuotaResponse:
        """Get weekly creator outreach quota.

        Returns the shop's weekly quota for reaching out to creators it is not yet connected with: GMV tier,
        largest creator follower count it may reach, quota used and left per creator level, and the tier
        rules.

        `GET /affiliate_seller/202607/creator_outreach/quota` (shop cipher required)"""
        return self._client.request(ops.GET_CREATOR_OUTREACH_QUOTA, {})

    def get_creator_outreach_records(
        self,
        *,
        page_index: int,
        page_size: int,
    ) -> GetCreatorOutreachRecordsResponse:
        """Get weekly creator outreach records.

        Lists this week's newly connected creators with whether the shop sent them an IM message or an
        invitation. Paged by page index.

        `POST /affiliate_seller/202608/creator_outreach/records/query` (shop cipher required)

        Args:
            page_index: Page number, from 1.
            page_size: Records per page, 2 to 50."""
        return self._client.request(
            ops.GET_CREATOR_OUTREACH_RECORDS,
            {
                "page_index": page_index,
                "page_size": page_size,
            },
        )

    def get_inbox_category_counts(
        self,
    ) -> GetInboxCategoryCountsResponse:
        """Get inbox category counts.

        Returns how many conversations each inbox category holds (unread, unreplied, starred, archived),
        e.g. to show badges in a seller inbox.

        `GET /affiliate_seller/202608/conversations/group_counts` (shop cipher required)"""
        return self._client.request(ops.GET_INBOX_CATEGORY_COUNTS, {})

    def get_latest_unread_messages(
        self,
    ) -> GetLatestUnreadMessagesResponse:
        """Get latest unread messages.

        Returns the unread messages received during the last minute. For notifications prefer the new
        message webhook; use this to poll.

        `GET /affiliate_seller/202412/conversations/messages/list/newest` (shop cipher required)"""
        return self._client.request(ops.GET_LATEST_UNREAD_MESSAGES, {})

    def get_marketplace_creator_performance(
        self,
        *,
        creator_user_id: str,
        data_groups: list[
            Literal[
                "BASIC_CREATOR_INFORMATION",
                "COLLABORATION",
                "CONTENT_PERFORMANCE",
                "FOLLOWER_INFORMATION",
                "SALES_AND_GMV",
            ]
        ]
        | None = None,
    ) -> GetMarketplaceCreatorPerformanceResponse:
        """Get marketplace creator performance.

        Returns a Creator Marketplace creator's profile and performance: GMV, units sold, content and
        engagement metrics, follower demographics and collaboration history.

        `GET /affiliate_seller/202608/marketplace_creators/{creator_user_id}` (shop cipher required)

        Args:
            creator_user_id: The creator's id (Creator Open ID).
            data_groups: Groups of data to return; all groups when omitted."""
        return self._client.request(
            ops.GET_MARKETPLACE_CREATOR_PERFORMANCE,
            {
                "creator_user_id": creator_user_id,
                "data_groups": data_groups,
            },
        )

    def get_marketplace_creator_search_filters(
        self,
        *,
        options: list[GetMarketplaceCreatorSearchFiltersOption] | None = None,
    ) -> GetMarketplaceCreatorSearchFiltersResponse:
        """Get Creator Marketplace advanced search filters.

        Returns the advanced filter options and sorters currently available for the Creator Marketplace
        search in the shop's region; they change over time and by country.

        `POST /affiliate_seller/202608/marketplace_creators/search/filter` (shop cipher required)

        Args:
            options: Filter types to return; with none, empty lists are returned."""
        return self._client.request(
            ops.GET_MARKETPLACE_CREATOR_SEARCH_FILTERS,
            {
                "options": options,
            },
        )

    def get_open_collaboration_creator_content(
        self,
        *,
        page_size: int,
        product_id: str,
        page_token: str | None = None,
    ) -> GetOpenCollaborationCreatorContentResponse:
        """Get open collaboration creator content details.

        Lists the creators promoting one open collaboration product, with their profile, the number of
        videos and LIVEs they posted and their promotion status.

        `GET /affiliate_seller/202508/open_collaborations/creator_content_details` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            product_id: Id of the open collaboration product."""
        return self._client.request(
            ops.GET_OPEN_COLLABORATION_CREATOR_CONTENT,
            {
                "page_size": page_size,
                "page_token": page_token,
                "product_id": product_id,
            },
        )

    def iter_get_open_collaboration_creator_content(
        self,
        *,
        page_size: int,
        product_id: str,
        page_token: str | None = None,
    ) -> SyncPager[CreatorContentDetail, GetOpenCollaborationCreatorContentResponse]:
        """Iterate over every item of `get_open_collaboration_creator_content` across pages, fetching each page
        lazily.

        Iterating yields `creator_content_details` items; `.pages()` yields whole pages. Takes the same
        arguments as `get_open_collaboration_creator_content`."""
        return self._client.paginate(
            ops.GET_OPEN_COLLABORATION_CREATOR_CONTENT,
            {
                "page_size": page_size,
                "page_token": page_token,
                "product_id": product_id,
            },
        )

    def get_open_collaboration_sample_rules(
        self,
        *,
        product_ids: list[str],
    ) -> GetOpenCollaborationSampleRulesResponse:
        """Get open collaboration sample rules.

        Returns the free sample rules of the given open collaboration products: status, quota, remaining
        quantity, application period and creator thresholds. Products without a rule (or whose rule was
        deleted) are left out.

        `GET /affiliate_seller/202410/open_collaborations/sample_rules` (shop cipher optional)

        Args:
            product_ids: Ids of the products whose sample rules are returned."""
        return self._client.request(
            ops.GET_OPEN_COLLABORATION_SAMPLE_RULES,
            {
                "product_ids": product_ids,
            },
        )

    def get_open_collaboration_settings(
        self,
    ) -> GetOpenCollaborationSettingsResponse:
        """Get open collaboration settings.

        Returns the shop's open collaboration settings, such as whether products are added to open
        collaboration automatically and at which default commission rate.

        `GET /affiliate_seller/202409/open_collaboration_settings` (shop cipher required)"""
        return self._client.request(ops.GET_OPEN_COLLABORATION_SETTINGS, {})

    def get_or_create_conversation(
        self,
        *,
        creator_open_id: str,
        only_need_conversation_id: bool | None = None,
    ) -> GetOrCreateConversationResponse:
        """Get or create creator conversation.

        Returns the shop's conversation with a creator, creating it when none exists. Pass the returned
        `conversation_id` to send messages to the creator.

        `POST /affiliate_seller/202508/conversations` (shop cipher required)

        Args:
            creator_open_id: The creator's Open ID (not a user, creator or seller id).
            only_need_conversation_id: True (the default) to return only the conversation id; false to
                return every field."""
        return self._client.request(
            ops.GET_OR_CREATE_CONVERSATION,
            {
                "creator_open_id": creator_open_id,
                "only_need_conversation_id": only_need_conversation_id,
            },
        )

    def get_sample_request_deeplink(
        self,
        *,
        product_id: str,
        sku_id: str,
        campaign_id: str | None = None,
        collaboration_id: str | None = None,
        valid_days: int | None = None,
    ) -> GetSampleRequestDeeplinkResponse:
        """Get sample request deeplink.

        Returns a TikTok deeplink that opens the app on the sample request page of a product SKU. The seller
        can turn it into a QR code and send it to a creator, e.g. by email.

        `GET /affiliate_seller/202512/sample_applications/deeplink` (shop cipher required)

        Args:
            product_id: Id of the product offered as a sample.
            sku_id: Id of the SKU offered as a sample.
            campaign_id: Id of the campaign the sample belongs to, if any.
            collaboration_id: Id of the collaboration the sample belongs to, if any.
            valid_days: Number of days the deeplink stays valid."""
        return self._client.request(
            ops.GET_SAMPLE_REQUEST_DEEPLINK,
            {
                "product_id": product_id,
                "sku_id": sku_id,
                "campaign_id": campaign_id,
                "collaboration_id": collaboration_id,
                "valid_days": valid_days,
            },
        )

    def get_target_collaboration(
        self,
        *,
        target_collaboration_id: str,
    ) -> GetTargetCollaborationResponse:
        """Get target collaboration detail.

        Returns one target collaboration with its products, commissions, invited creators, contact
        information and free sample rule.

        `GET /affiliate_seller/202508/target_collaborations/{target_collaboration_id}` (shop cipher
        required)

        Args:
            target_collaboration_id: Id of the target collaboration."""
        return self._client.request(
            ops.GET_TARGET_COLLABORATION,
            {
                "target_collaboration_id": target_collaboration_id,
            },
        )

    def get_target_collaboration_creator_promotion_details(
        self,
        *,
        creator_user_open_id: str,
        invitation_group_id: str,
        query: str | None = None,
        query_type: Literal["PRODUCT_ID", "PRODUCT_NAME"] | None = None,
        invitation_id: str | None = None,
        product_filter: ProductFilter | None = None,
    ) -> GetTargetCollaborationCreatorPromotionDetailsResponse:
        """Query creator promotion details in a target collaboration.

        Returns, for one creator in one target collaboration, each product's commissions, whether the
        creator added it, and how many videos and LIVEs the creator posted about it.

        `POST /affiliate_seller/202608/target_collaborations/creator_promotion_details/query` (shop cipher
        required)

        Args:
            creator_user_open_id: Creator Open ID.
            invitation_group_id: Id of the target collaboration (invitation group).
            query: Product id or title to match, as set by `query_type`.
            query_type: `PRODUCT_ID` (exact id) or `PRODUCT_NAME` (case-sensitive substring of the title).
            invitation_id: Id of the invitation sent to this creator.
            product_filter: Product filter."""
        return self._client.request(
            ops.GET_TARGET_COLLABORATION_CREATOR_PROMOTION_DETAILS,
            {
                "creator_user_open_id": creator_user_open_id,
                "invitation_group_id": invitation_group_id,
                "query": query,
                "query_type": query_type,
                "invitation_id": invitation_id,
                "product_filter": product_filter,
            },
        )

    def mark_conversations_as_read(
        self,
        *,
        conversation_ids: list[str],
    ) -> MarkConversationsAsReadResponse:
        """Mark conversations as read.

        Marks every message of the given conversations as read, with the call's time as the read time. (The
        path's misspelling `conversatons` is TikTok's.)

        `POST /affiliate_seller/202412/conversatons/read` (shop cipher required)

        Args:
            conversation_ids: Conversation ids, up to 20."""
        return self._client.request(
            ops.MARK_CONVERSATIONS_AS_READ,
            {
                "conversation_ids": conversation_ids,
            },
        )

    def remove_open_collaboration(
        self,
        *,
        product_id: str,
    ) -> RemoveOpenCollaborationResponse:
        """Remove open collaboration.

        Takes a product out of open collaboration. Only collaborations in `NORMAL` status can be removed;
        the removal is not immediate but takes effect at the returned time (usually the next midnight in the
        shop's time zone), to protect creators already promoting the product.

        `DELETE /affiliate_seller/202409/open_collaborations/products/{product_id}` (shop cipher required)

        Args:
            product_id: Id of the product whose open collaboration is removed."""
        return self._client.request(
            ops.REMOVE_OPEN_COLLABORATION,
            {
                "product_id": product_id,
            },
        )

    def remove_open_collaboration_creator(
        self,
        *,
        open_collaboration_id: str,
        creator_user_open_id: str,
        product_id: str,
    ) -> RemoveOpenCollaborationCreatorResponse:
        """Remove creator from open collaboration product.

        Removes a creator from a product's open collaboration. The creator can currently rejoin afterwards;
        call it again to remove them again.

        `POST /affiliate_seller/202508/open_collaborations/{open_collaboration_id}/remove_creator` (shop
        cipher required)

        Args:
            open_collaboration_id: Id of the open collaboration.
            creator_user_open_id: Open ID of the creator to remove.
            product_id: Id of the product."""
        return self._client.request(
            ops.REMOVE_OPEN_COLLABORATION_CREATOR,
            {
                "open_collaboration_id": open_collaboration_id,
                "creator_user_open_id": creator_user_open_id,
                "product_id": product_id,
            },
        )

    def remove_target_collaboration(
        self,
        *,
        target_collaboration_id: str,
    ) -> RemoveTargetCollaborationResponse:
        """Remove target collaboration.

        Ends a target collaboration of the shop.

        `DELETE /affiliate_seller/202409/target_collaborations/{target_collaboration_id}` (shop cipher
        required)

        Args:
            target_collaboration_id: Id of the target collaboration to remove."""
        return self._client.request(
            ops.REMOVE_TARGET_COLLABORATION,
            {
                "target_collaboration_id": target_collaboration_id,
            },
        )

    def resolve_target_collaboration_conflicts(
        self,
        *,
        conflict_items: list[ResolveTargetCollaborationConflictsConflictItem],
    ) -> ResolveTargetCollaborationConflictsResponse:
        """Resolve target collaboration conflicts.

        Resolves conflicts found by the conflict check by removing each given creator from the given
        existing target collaboration, so that a new collaboration can include them.

        `POST /affiliate_seller/202605/target_collaborations/conflicts/resolve` (shop cipher required)

        Args:
            conflict_items: Each creator to remove from an existing target collaboration."""
        return self._client.request(
            ops.RESOLVE_TARGET_COLLABORATION_CONFLICTS,
            {
                "conflict_items": conflict_items,
            },
        )

    def review_sample_application(
        self,
        *,
        application_id: str,
        review_result: Literal["APPROVE", "REJECT"],
        reject_reason: Literal["NOT_MATCH", "OFFLINE", "OTHER", "OUT_OF_STOCK"] | None = None,
    ) -> ReviewSampleApplicationResponse:
        """Review a sample application.

        Approves or rejects a creator's free sample application of an open collaboration. Only `PENDING`
        applications can be reviewed; a rejection needs a reason.

        `POST /affiliate_seller/202507/sample_applications/{application_id}/review` (shop cipher required)

        Args:
            application_id: Id of the sample application.
            review_result: `APPROVE` or `REJECT` the application.
            reject_reason: Why the application is rejected, required with `REJECT`: `NOT_MATCH` (creator
                does not meet the requirements), `OFFLINE` (product taken offline), `OUT_OF_STOCK` or
                `OTHER`."""
        return self._client.request(
            ops.REVIEW_SAMPLE_APPLICATION,
            {
                "application_id": application_id,
                "review_result": review_result,
                "reject_reason": reject_reason,
            },
        )

    def search_affiliate_orders(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        program_id: str | None = None,
    ) -> SearchAffiliateOrdersResponse:
        """Search seller affiliate orders.

        Lists the shop's orders that earn affiliate commission, per SKU, with the creator or partner
        credited, commission rates, and estimated and actual commissions. Use it to track affiliate
        conversions and settlement.

        `POST /affiliate_seller/202410/orders/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            create_time_ge: Orders created at or after this time, Unix timestamp in seconds. With only
                `create_time_lt` given, it defaults to three months earlier; the window may not exceed three
                months. Give both bounds to keep pages consistent.
            create_time_lt: Orders created before this time, Unix timestamp in seconds; defaults to now.
            program_id: Only orders of this affiliate partner campaign."""
        return self._client.request(
            ops.SEARCH_AFFILIATE_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "program_id": program_id,
            },
        )

    def iter_search_affiliate_orders(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        program_id: str | None = None,
    ) -> SyncPager[AffiliateOrder, SearchAffiliateOrdersResponse]:
        """Iterate over every item of `search_affiliate_orders` across pages, fetching each page lazily.

        Iterating yields `orders` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_affiliate_orders`."""
        return self._client.paginate(
            ops.SEARCH_AFFILIATE_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "program_id": program_id,
            },
        )

    def search_marketplace_creators(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        search_key: str | None = None,
        keyword: str | None = None,
        follower_demographics: FollowerDemographics | None = None,
        gmv_ranges: list[
            Literal["GMV_RANGE_0_100", "GMV_RANGE_10000_AND_ABOVE", "GMV_RANGE_1000_10000", "GMV_RANGE_100_1000"]
        ]
        | None = None,
        units_sold_ranges: list[
            Literal[
                "UNITS_SOLD_RANGE_0_10",
                "UNITS_SOLD_RANGE_1000_AND_ABOVE",
                "UNITS_SOLD_RANGE_100_1000",
                "UNITS_SOLD_RANGE_10_100",
            ]
        ]
        | None = None,
        category: list[SearchMarketplaceCreatorsCategory] | None = None,
        content_performance: ContentPerformance | None = None,
        affiliate_data: AffiliateData | None = None,
        advanced_filters: AdvancedFilters | None = None,
        data_groups: list[
            Literal[
                "BASIC_CREATOR_INFORMATION",
                "COLLABORATION",
                "CONTENT_PERFORMANCE",
                "FOLLOWER_INFORMATION",
                "SALES_AND_GMV",
            ]
        ]
        | None = None,
    ) -> SearchMarketplaceCreatorsResponse:
        """Search creators in the Creator Marketplace.

        Searches the Creator Marketplace by keyword, follower demographics, GMV, units sold, category,
        content performance and advanced filters; the data covers the last 30 days. For the next page send
        the `search_key` returned with the page token.

        `POST /affiliate_seller/202608/marketplace_creators/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            search_key: Omit on the first call; afterwards send the `search_key` of the previous response
                for stable results.
            keyword: Matched against the creators' usernames and nicknames.
            follower_demographics: Follower filters.
            gmv_ranges: GMV ranges; several ranges combine into their union.
            units_sold_ranges: Units sold ranges; several ranges combine into their union.
            category: Product category filters.
            content_performance: Content performance filters (whole numbers sent as strings).
            affiliate_data: Affiliate behaviour filters.
            advanced_filters: Advanced filters, from the advanced search filters operation.
            data_groups: Groups of data to return; all groups by default."""
        return self._client.request(
            ops.SEARCH_MARKETPLACE_CREATORS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "search_key": search_key,
                "keyword": keyword,
                "follower_demographics": follower_demographics,
                "gmv_ranges": gmv_ranges,
                "units_sold_ranges": units_sold_ranges,
                "category": category,
                "content_performance": content_performance,
                "affiliate_data": affiliate_data,
                "advanced_filters": advanced_filters,
                "data_groups": data_groups,
            },
        )

    def iter_search_marketplace_creators(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        search_key: str | None = None,
        keyword: str | None = None,
        follower_demographics: FollowerDemographics | None = None,
        gmv_ranges: list[
            Literal["GMV_RANGE_0_100", "GMV_RANGE_10000_AND_ABOVE", "GMV_RANGE_1000_10000", "GMV_RANGE_100_1000"]
        ]
        | None = None,
        units_sold_ranges: list[
            Literal[
                "UNITS_SOLD_RANGE_0_10",
                "UNITS_SOLD_RANGE_1000_AND_ABOVE",
                "UNITS_SOLD_RANGE_100_1000",
                "UNITS_SOLD_RANGE_10_100",
            ]
        ]
        | None = None,
        category: list[SearchMarketplaceCreatorsCategory] | None = None,
        content_performance: ContentPerformance | None = None,
        affiliate_data: AffiliateData | None = None,
        advanced_filters: AdvancedFilters | None = None,
        data_groups: list[
            Literal[
                "BASIC_CREATOR_INFORMATION",
                "COLLABORATION",
                "CONTENT_PERFORMANCE",
                "FOLLOWER_INFORMATION",
                "SALES_AND_GMV",
            ]
        ]
        | None = None,
    ) -> SyncPager[MarketplaceCreator, SearchMarketplaceCreatorsResponse]:
        """Iterate over every item of `search_marketplace_creators` across pages, fetching each page lazily.

        Iterating yields `creators` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_marketplace_creators`."""
        return self._client.paginate(
            ops.SEARCH_MARKETPLACE_CREATORS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "search_key": search_key,
                "keyword": keyword,
                "follower_demographics": follower_demographics,
                "gmv_ranges": gmv_ranges,
                "units_sold_ranges": units_sold_ranges,
                "category": category,
                "content_performance": content_performance,
                "affiliate_data": affiliate_data,
                "advanced_filters": advanced_filters,
                "data_groups": data_groups,
            },
        )

    def search_open_collaboration_products(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: Literal["commission", "commission_rate", "product_sales_price", "units_sold"] | None = None,
        title_keywords: list[str] | None = None,
        sales_price_range: SalesPriceRange | None = None,
        category: SearchOpenCollaborationProductsCategory | None = None,
        commission_rate_range: CommissionRateRange | None = None,
    ) -> SearchOpenCollaborationProductsResponse:
        """Search open collaboration products.

        Searches the open collaboration products of the affiliate product marketplace in the seller's
        registered regions, filtered by title keywords, category, commission rate and sale price. Every
        filter group supplied must match; with none, all eligible products are paged.

        `POST /affiliate_seller/202405/open_collaborations/products/search` (shop cipher optional)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_order: Sort direction.
            sort_field: Field to sort the products by.
            title_keywords: Keywords loosely matched against product titles, combined with AND. Up to 20
                keywords of up to 255 characters each.
            sales_price_range: Sale price bounds.
            category: Product category filter.
            commission_rate_range: Commission rate bounds, in hundredths of a percent (`3587` = 35.87%)."""
        return self._client.request(
            ops.SEARCH_OPEN_COLLABORATION_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "title_keywords": title_keywords,
                "sales_price_range": sales_price_range,
                "category": category,
                "commission_rate_range": commission_rate_range,
            },
        )

    def iter_search_open_collaboration_products(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: Literal["commission", "commission_rate", "product_sales_price", "units_sold"] | None = None,
        title_keywords: list[str] | None = None,
        sales_price_range: SalesPriceRange | None = None,
        category: SearchOpenCollaborationProductsCategory | None = None,
        commission_rate_range: CommissionRateRange | None = None,
    ) -> SyncPager[MarketplaceProduct, SearchOpenCollaborationProductsResponse]:
        """Iterate over every item of `search_open_collaboration_products` across pages, fetching each page
        lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_open_collaboration_products`."""
        return self._client.paginate(
            ops.SEARCH_OPEN_COLLABORATION_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "title_keywords": title_keywords,
                "sales_price_range": sales_price_range,
                "category": category,
                "commission_rate_range": commission_rate_range,
            },
        )

    def search_open_collaborations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: str | None = None,
        keyword_type: Literal["PRODUCT_ID", "PRODUCT_NAME"] | None = None,
        keyword: str | None = None,
        top_level_category_id: str | None = None,
    ) -> SearchOpenCollaborationsResponse:
        """Search open collaborations.

        Lists the shop's open collaborations with their product, current commission and the number of
        creators who showcase or post content about each product. Filter by product name, product id or
        top-level category.

        `POST /affiliate_seller/202412/open_collaborations/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_order: Sort direction.
            sort_field: Field to sort the results by.
            keyword_type: What `keyword` holds: `PRODUCT_ID` (exact product id) or `PRODUCT_NAME` (fuzzy
                match on the product name). Give it together with `keyword`.
            keyword: Product id or product name to search, as set by `keyword_type`.
            top_level_category_id: Only products of this first-level category (id greater than 0)."""
        return self._client.request(
            ops.SEARCH_OPEN_COLLABORATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "keyword_type": keyword_type,
                "keyword": keyword,
                "top_level_category_id": top_level_category_id,
            },
        )

    def iter_search_open_collaborations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: str | None = None,
        keyword_type: Literal["PRODUCT_ID", "PRODUCT_NAME"] | None = None,
        keyword: str | None = None,
        top_level_category_id: str | None = None,
    ) -> SyncPager[OpenCollaboration, SearchOpenCollaborationsResponse]:
        """Iterate over every item of `search_open_collaborations` across pages, fetching each page lazily.

        Iterating yields `open_collaborations` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_open_collaborations`."""
        return self._client.paginate(
            ops.SEARCH_OPEN_COLLABORATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "keyword_type": keyword_type,
                "keyword": keyword,
                "top_level_category_id": top_level_category_id,
            },
        )

    def search_sample_application_fulfillments(
        self,
        *,
        application_id: str,
        content_format: Literal["LIVE", "VIDEO"] | None = None,
    ) -> SearchSampleApplicationFulfillmentsResponse:
        """Search sample application fulfillments.

        Lists the videos and LIVEs a creator posted to fulfill one sample application, with views, likes,
        comments and paid orders. Use it to track or evaluate a sample program.

        `POST /affiliate_seller/202409/sample_applications/{application_id}/fulfillments/search` (shop
        cipher required)

        Args:
            application_id: Id of the sample application.
            content_format: Only content of this format."""
        return self._client.request(
            ops.SEARCH_SAMPLE_APPLICATION_FULFILLMENTS,
            {
                "application_id": application_id,
                "content_format": content_format,
            },
        )

    def search_sample_applications(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        product_id: str | None = None,
        title: str | None = None,
        creator_user_oepn_id: str | None = None,
        username: str | None = None,
        target_collabration_id: str | None = None,
        order_id: str | None = None,
        status: Literal[
            "AWAITING_SHIPMENT",
            "COMPLETED",
            "CONTENT_PENDING",
            "DEL_OPEN_COLLAB",
            "OPS_CANCELLED",
            "OPS_COMPLETED",
            "OPS_FAILED",
            "OVERDUE_CANCELLED",
            "PENDING",
            "REJECT_CANCELLED",
            "SELLER_NOT_SHIP_CANCELLED",
            "SHIPPED",
            "UNFULFILLABLE_CANCELLED",
            "UNFULFILL_CANCELLED",
            "WITHDRAW_CANCELLED",
        ]
        | None = None,
    ) -> SearchSampleApplicationsResponse:
        """Search sample applications.

        Searches the creators' free sample applications by product, creator, target collaboration, order or
        status, with the creator's profile and the application's shipping and fulfillment state. Use it to
        find applications to review or ship.

        `POST /affiliate_seller/202508/sample_applications/search` (shop cipher required)

        Args:
            page_size: Number of applications per page; keep it the same on every page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            product_id: Only applications for this product.
            title: Product name, fuzzy-matched.
            creator_user_oepn_id: Only applications of this creator, by Open ID. The key is misspelled on
                the wire; send it exactly so.
            username: Creator's TikTok username, fuzzy-matched.
            target_collabration_id: Only applications of this target collaboration. The key is misspelled on
                the wire; send it exactly so.
            order_id: Id of the sample order created when the application was approved.
            status: Only applications in this status: `PENDING` (awaiting review), `AWAITING_SHIPMENT`,
                `SHIPPED`, `CONTENT_PENDING` (received, content expected), `COMPLETED`, or one of the
                closing states `REJECT_CANCELLED`, `OVERDUE_CANCELLED`, `UNFULFILL_CANCELLED`,
                `DEL_OPEN_COLLAB`, `SELLER_NOT_SHIP_CANCELLED`, `WITHDRAW_CANCELLED`,
                `UNFULFILLABLE_CANCELLED`, `OPS_CANCELLED`, `OPS_FAILED`, `OPS_COMPLETED`."""
        return self._client.request(
            ops.SEARCH_SAMPLE_APPLICATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "product_id": product_id,
                "title": title,
                "creator_user_oepn_id": creator_user_oepn_id,
                "username": username,
                "target_collabration_id": target_collabration_id,
                "order_id": order_id,
                "status": status,
            },
        )

    def iter_search_sample_applications(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        product_id: str | None = None,
        title: str | None = None,
        creator_user_oepn_id: str | None = None,
        username: str | None = None,
        target_collabration_id: str | None = None,
        order_id: str | None = None,
        status: Literal[
            "AWAITING_SHIPMENT",
            "COMPLETED",
            "CONTENT_PENDING",
            "DEL_OPEN_COLLAB",
            "OPS_CANCELLED",
            "OPS_COMPLETED",
            "OPS_FAILED",
            "OVERDUE_CANCELLED",
            "PENDING",
            "REJECT_CANCELLED",
            "SELLER_NOT_SHIP_CANCELLED",
            "SHIPPED",
            "UNFULFILLABLE_CANCELLED",
            "UNFULFILL_CANCELLED",
            "WITHDRAW_CANCELLED",
        ]
        | None = None,
    ) -> SyncPager[SampleApplication, SearchSampleApplicationsResponse]:
        """Iterate over every item of `search_sample_applications` across pages, fetching each page lazily.

        Iterating yields `sample_applications` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_sample_applications`."""
        return self._client.paginate(
            ops.SEARCH_SAMPLE_APPLICATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "product_id": product_id,
                "title": title,
                "creator_user_oepn_id": creator_user_oepn_id,
                "username": username,
                "target_collabration_id": target_collabration_id,
                "order_id": order_id,
                "status": status,
            },
        )

    def search_target_collaborations(
        self,
        *,
        collaboration_status: Literal["CANCELING", "COMPLETED", "EXPIRING", "ONGOING", "VALID"],
        page_size: int | None = None,
        page_token: str | None = None,
        creator_accept_status: Literal["ACCEPT", "ALL"] | None = None,
        free_sample_setting: Literal["ALL", "WITH_FREE_SAMPLE"] | None = None,
        search_param: SearchParam | None = None,
        creator_user_open_id: str | None = None,
    ) -> SearchTargetCollaborationsResponse:
        """Search target collaborations.

        Searches the shop's target collaborations by status, creator acceptance, free sample setting, and by
        name, id or product.

        `POST /affiliate_seller/202508/target_collaborations/search` (shop cipher required)

        Args:
            page_size: Number of target collaborations per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            collaboration_status: `ONGOING` (more than 7 days left), `EXPIRING` (less than 7 days left),
                `VALID` (all valid), `CANCELING` (being cancelled) or `COMPLETED` (expired or cancelled).
            creator_accept_status: `ACCEPT` for collaborations whose creators added the products to their
                showcase; `ALL` (default) for no filter.
            free_sample_setting: `WITH_FREE_SAMPLE` for collaborations offering free samples; `ALL`
                (default) for no filter.
            search_param: Keyword search.
            creator_user_open_id: Only collaborations that invite this creator (Open ID)."""
        return self._client.request(
            ops.SEARCH_TARGET_COLLABORATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "collaboration_status": collaboration_status,
                "creator_accept_status": creator_accept_status,
                "free_sample_setting": free_sample_setting,
                "search_param": search_param,
                "creator_user_open_id": creator_user_open_id,
            },
        )

    def iter_search_target_collaborations(
        self,
        *,
        collaboration_status: Literal["CANCELING", "COMPLETED", "EXPIRING", "ONGOING", "VALID"],
        page_size: int | None = None,
        page_token: str | None = None,
        creator_accept_status: Literal["ACCEPT", "ALL"] | None = None,
        free_sample_setting: Literal["ALL", "WITH_FREE_SAMPLE"] | None = None,
        search_param: SearchParam | None = None,
        creator_user_open_id: str | None = None,
    ) -> SyncPager[TargetCollaborationSummary, SearchTargetCollaborationsResponse]:
        """Iterate over every item of `search_target_collaborations` across pages, fetching each page lazily.

        Iterating yields `target_collaborations` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_target_collaborations`."""
        return self._client.paginate(
            ops.SEARCH_TARGET_COLLABORATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "collaboration_status": collaboration_status,
                "creator_accept_status": creator_accept_status,
                "free_sample_setting": free_sample_setting,
                "search_param": search_param,
                "creator_user_open_id": creator_user_open_id,
            },
        )

    def send_message(
        self,
        *,
        conversation_id: str,
        msg_type: Literal[
            "CRM_TEXT_WITH_IMAGE_CARD",
            "CRM_TEXT_WITH_PRODUCTS_CARD",
            "FREE_SAMPLE_CARD",
            "IMAGE",
            "PRODUCT_CARD",
            "TARGET_COLLABORATION_CARD",
            "TEXT",
        ],
        content: str,
    ) -> SendMessageResponse:
        """Send IM message.

        Sends a message to a creator in a conversation: text, an image, or a product, target collaboration,
        free sample or CRM card. Upload images first with the message image upload.

        `POST /affiliate_seller/202412/conversations/{conversation_id}/messages` (shop cipher required)

        Args:
            conversation_id: Id of the conversation, e.g. from get or create creator conversation.
            msg_type: Message type; it decides the JSON expected in `content`.
            content: The message as a JSON string: TEXT `{"content": "..."}` (up to 2,000 characters),
                PRODUCT_CARD `{"product_id": "..."}`, TARGET_COLLABORATION_CARD `{"target_collaboration_id":
                "..."}`, FREE_SAMPLE_CARD `{"apply_id": "..."}`, IMAGE `{"url": "...", "width": 1280,
                "height": 720}` (from the image upload), CRM_TEXT_WITH_PRODUCTS_CARD `{"product_ids": "1,2",
                "title": "...", "content": "..."}` (1 to 5 ids), CRM_TEXT_WITH_IMAGE_CARD `{"image_url":
                "...", "title": "...", "content": "..."}`."""
        return self._client.request(
            ops.SEND_MESSAGE,
            {
                "conversation_id": conversation_id,
                "msg_type": msg_type,
                "content": content,
            },
        )

    def update_conversation_status(
        self,
        *,
        conversation_id: str,
        action: str,
    ) -> UpdateConversationStatusResponse:
        """Update conversation status.

        Stars, unstars or archives a conversation with a creator.

        `POST /affiliate_seller/202608/conversations/{conversation_id}/status` (shop cipher required)

        Args:
            conversation_id: Id of the conversation.
            action: `STARRED` to star the conversation, `UNSTARRED` to unstar it, `ARCHIVED` to archive it."""
        return self._client.request(
            ops.UPDATE_CONVERSATION_STATUS,
            {
                "conversation_id": conversation_id,
                "action": action,
            },
        )

    def update_target_collaboration(
        self,
        *,
        target_collaboration_id: str,
        name: str,
        end_time: str,
        products: list[UpdateTargetCollaborationProduct],
        creator_user_open_ids: list[str],
        seller_contact_info: UpdateTargetCollaborationSellerContactInfo,
        free_sample_rule: FreeSampleRuleInput,
    ) -> UpdateTargetCollaborationResponse:
        """Update target collaboration.

        Replaces the name, end time, products, creators, contact information and free sample rule of a
        `STANDARD` target collaboration. A successful call may still leave some changes undone: check
        `update_failed` and `target_collaboration_conflicts`.

        `PUT /affiliate_seller/202508/target_collaborations/{target_collaboration_id}` (shop cipher
        required)

        Args:
            target_collaboration_id: Id of the target collaboration.
            name: Name of the target collaboration.
            end_time: When the collaboration ends, Unix timestamp in seconds (sent as a string).
            products: Products offered, up to 100. A removed product already in a creator's showcase leaves
                at 00:00 the next day, otherwise immediately.
            creator_user_open_ids: Open IDs of the invited creators, up to 50.
            seller_contact_info: How creators can reach the seller; the email is required.
            free_sample_rule: Free sample policy of a target collaboration (request form)."""
        return self._client.request(
            ops.UPDATE_TARGET_COLLABORATION,
            {
                "target_collaboration_id": target_collaboration_id,
                "name": name,
                "end_time": end_time,
                "products": products,
                "creator_user_open_ids": creator_user_open_ids,
                "seller_contact_info": seller_contact_info,
                "free_sample_rule": free_sample_rule,
            },
        )

    def upload_message_image_202511(
        self,
        *,
        data: FileInput,
    ) -> UploadMessageImageResponse:
        """Upload message image.

        Uploads an image to send in a creator conversation; pass the returned URL and size in an `IMAGE`
        message. Older version of the media upload.

        `POST /affiliate_seller/202511/images/upload`

        Args:
            data: The image, JPG, GIF, WEBP or PNG, at most 10 MB and not empty."""
        return self._client.request(
            ops.UPLOAD_MESSAGE_IMAGE_202511,
            {
                "data": data,
            },
        )

    def upload_message_image(
        self,
        *,
        data: FileInput,
    ) -> UploadMessageImageResponse:
        """Upload message image (V2).

        Uploads an image to send in a creator conversation; pass the returned URL and size in an `IMAGE`
        message.

        `POST /affiliate_seller/202608/media/upload` (shop cipher required)

        Args:
            data: The image, JPG, GIF, WEBP or PNG, at most 10 MB."""
        return self._client.request(
            ops.UPLOAD_MESSAGE_IMAGE,
            {
                "data": data,
            },
        )


class AffiliateSellerResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.check_creator_outreach_eligibility = raw(resource.check_creator_outreach_eligibility)
        self.check_target_collaboration_conflicts = raw(resource.check_target_collaboration_conflicts)
        self.create_compass_export_task = raw(resource.create_compass_export_task)
        self.create_open_collaboration = raw(resource.create_open_collaboration)
        self.create_target_collaboration = raw(resource.create_target_collaboration)
        self.download_compass_export_file = raw(resource.download_compass_export_file)
        self.edit_open_collaboration_sample_rule = raw(resource.edit_open_collaboration_sample_rule)
        self.edit_open_collaboration_settings = raw(resource.edit_open_collaboration_settings)
        self.generate_affiliate_product_promotion_link = raw(resource.generate_affiliate_product_promotion_link)
        self.generate_target_collaboration_link = raw(resource.generate_target_collaboration_link)
        self.get_compass_export_tasks = raw(resource.get_compass_export_tasks)
        self.get_conversation_messages = raw(resource.get_conversation_messages)
        self.get_conversations = raw(resource.get_conversations)
        self.get_creator_outreach_quota = raw(resource.get_creator_outreach_quota)
        self.get_creator_outreach_records = raw(resource.get_creator_outreach_records)
        self.get_inbox_category_counts = raw(resource.get_inbox_category_counts)
        self.get_latest_unread_messages = raw(resource.get_latest_unread_messages)
        self.get_marketplace_creator_performance = raw(resource.get_marketplace_creator_performance)
        self.get_marketplace_creator_search_filters = raw(resource.get_marketplace_creator_search_filters)
        self.get_open_collaboration_creator_content = raw(resource.get_open_collaboration_creator_content)
        self.get_open_collaboration_sample_rules = raw(resource.get_open_collaboration_sample_rules)
        self.get_open_collaboration_settings = raw(resource.get_open_collaboration_settings)
        self.get_or_create_conversation = raw(resource.get_or_create_conversation)
        self.get_sample_request_deeplink = raw(resource.get_sample_request_deeplink)
        self.get_target_collaboration = raw(resource.get_target_collaboration)
        self.get_target_collaboration_creator_promotion_details = raw(
            resource.get_target_collaboration_creator_promotion_details
        )
        self.mark_conversations_as_read = raw(resource.mark_conversations_as_read)
        self.remove_open_collaboration = raw(resource.remove_open_collaboration)
        self.remove_open_collaboration_creator = raw(resource.remove_open_collaboration_creator)
        self.remove_target_collaboration = raw(resource.remove_target_collaboration)
        self.resolve_target_collaboration_conflicts = raw(resource.resolve_target_collaboration_conflicts)
        self.review_sample_application = raw(resource.review_sample_application)
        self.search_affiliate_orders = raw(resource.search_affiliate_orders)
        self.search_marketplace_creators = raw(resource.search_marketplace_creators)
        self.search_open_collaboration_products = raw(resource.search_open_collaboration_products)
        self.search_open_collaborations = raw(resource.search_open_collaborations)
        self.search_sample_application_fulfillments = raw(resource.search_sample_application_fulfillments)
        self.search_sample_applications = raw(resource.search_sample_applications)
        self.search_target_collaborations = raw(resource.search_target_collaborations)
        self.send_message = raw(resource.send_message)
        self.update_conversation_status = raw(resource.update_conversation_status)
        self.update_target_collaboration = raw(resource.update_target_collaboration)
        self.upload_message_image_202511 = raw(resource.upload_message_image_202511)
        self.upload_message_image = raw(resource.upload_message_image)


class AffiliateSellerAt202405:
    """`affiliate_seller` operations pinned to version 202405."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.edit_open_collaboration_settings = resource.edit_open_collaboration_settings
        self.generate_affiliate_product_promotion_link = resource.generate_affiliate_product_promotion_link
        self.search_open_collaboration_products = resource.search_open_collaboration_products
        self.iter_search_open_collaboration_products = resource.iter_search_open_collaboration_products


class AffiliateSellerAt202409:
    """`affiliate_seller` operations pinned to version 202409."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.get_open_collaboration_settings = resource.get_open_collaboration_settings
        self.remove_open_collaboration = resource.remove_open_collaboration
        self.remove_target_collaboration = resource.remove_target_collaboration
        self.search_sample_application_fulfillments = resource.search_sample_application_fulfillments


class AffiliateSellerAt202410:
    """`affiliate_seller` operations pinned to version 202410."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.edit_open_collaboration_sample_rule = resource.edit_open_collaboration_sample_rule
        self.get_open_collaboration_sample_rules = resource.get_open_collaboration_sample_rules
        self.search_affiliate_orders = resource.search_affiliate_orders
        self.iter_search_affiliate_orders = resource.iter_search_affiliate_orders


class AffiliateSellerAt202412:
    """`affiliate_seller` operations pinned to version 202412."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.create_open_collaboration = resource.create_open_collaboration
        self.get_conversation_messages = resource.get_conversation_messages
        self.iter_get_conversation_messages = resource.iter_get_conversation_messages
        self.get_conversations = resource.get_conversations
        self.iter_get_conversations = resource.iter_get_conversations
        self.get_latest_unread_messages = resource.get_latest_unread_messages
        self.mark_conversations_as_read = resource.mark_conversations_as_read
        self.search_open_collaborations = resource.search_open_collaborations
        self.iter_search_open_collaborations = resource.iter_search_open_collaborations
        self.send_message = resource.send_message


class AffiliateSellerAt202507:
    """`affiliate_seller` operations pinned to version 202507."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.review_sample_application = resource.review_sample_application


class AffiliateSellerAt202508:
    """`affiliate_seller` operations pinned to version 202508."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.create_target_collaboration = resource.create_target_collaboration
        self.get_open_collaboration_creator_content = resource.get_open_collaboration_creator_content
        self.iter_get_open_collaboration_creator_content = resource.iter_get_open_collaboration_creator_content
        self.get_or_create_conversation = resource.get_or_create_conversation
        self.get_target_collaboration = resource.get_target_collaboration
        self.remove_open_collaboration_creator = resource.remove_open_collaboration_creator
        self.search_sample_applications = resource.search_sample_applications
        self.iter_search_sample_applications = resource.iter_search_sample_applications
        self.search_target_collaborations = resource.search_target_collaborations
        self.iter_search_target_collaborations = resource.iter_search_target_collaborations
        self.update_target_collaboration = resource.update_target_collaboration


class AffiliateSellerAt202509:
    """`affiliate_seller` operations pinned to version 202509."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.generate_target_collaboration_link = resource.generate_target_collaboration_link


class AffiliateSellerAt202511:
    """`affiliate_seller` operations pinned to version 202511."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.upload_message_image = resource.upload_message_image_202511


class AffiliateSellerAt202512:
    """`affiliate_seller` operations pinned to version 202512."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.get_sample_request_deeplink = resource.get_sample_request_deeplink


class AffiliateSellerAt202603:
    """`affiliate_seller` operations pinned to version 202603."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.create_compass_export_task = resource.create_compass_export_task
        self.download_compass_export_file = resource.download_compass_export_file
        self.get_compass_export_tasks = resource.get_compass_export_tasks


class AffiliateSellerAt202605:
    """`affiliate_seller` operations pinned to version 202605."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.check_target_collaboration_conflicts = resource.check_target_collaboration_conflicts
        self.resolve_target_collaboration_conflicts = resource.resolve_target_collaboration_conflicts


class AffiliateSellerAt202607:
    """`affiliate_seller` operations pinned to version 202607."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.get_creator_outreach_quota = resource.get_creator_outreach_quota


class AffiliateSellerAt202608:
    """`affiliate_seller` operations pinned to version 202608."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.get_creator_outreach_records = resource.get_creator_outreach_records
        self.get_inbox_category_counts = resource.get_inbox_category_counts
        self.get_marketplace_creator_performance = resource.get_marketplace_creator_performance
        self.get_marketplace_creator_search_filters = resource.get_marketplace_creator_search_filters
        self.get_target_collaboration_creator_promotion_details = (
            resource.get_target_collaboration_creator_promotion_details
        )
        self.search_marketplace_creators = resource.search_marketplace_creators
        self.iter_search_marketplace_creators = resource.iter_search_marketplace_creators
        self.update_conversation_status = resource.update_conversation_status
        self.upload_message_image = resource.upload_message_image


class AffiliateSellerAt202610:
    """`affiliate_seller` operations pinned to version 202610."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.check_creator_outreach_eligibility = resource.check_creator_outreach_eligibility


class AsyncAffiliateSellerResource:
    """Affiliate marketing for sellers: open and target collaborations with creators, free sample
    applications, affiliate orders, the Creator Marketplace, creator messaging (IM) and Compass data
    exports. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def check_creator_outreach_eligibility(
        self,
        *,
        creator_infos: list[CreatorInfo],
    ) -> CheckCreatorOutreachEligibilityResponse:
        """Check creator outreach eligibility.

        Checks, before reaching out, whether each creator can be contacted (connection, blocking, follower
        threshold) and whether the shop's quota covers the batch.

        `POST /affiliate_seller/202610/creator_outreach/eligibility/check` (shop cipher required)

        Args:
            creator_infos: 1 to 100 creators, with distinct Open IDs."""
        return await self._client.request(
            ops.CHECK_CREATOR_OUTREACH_ELIGIBILITY,
            {
                "creator_infos": creator_infos,
            },
        )

    async def check_target_collaboration_conflicts(
        self,
        *,
        creator_open_id_list: list[str],
        product_id_list: list[str],
    ) -> CheckTargetCollaborationConflictsResponse:
        """Check target collaboration conflicts.

        Checks whether creator-product pairs are already bound by another target collaboration, which would
        make a new one fail, and names the conflicting collaborations. Use it before creating a target
        collaboration.

        `POST /affiliate_seller/202605/target_collaborations/conflicts/check` (shop cipher required)

        Args:
            creator_open_id_list: Creator Open IDs.
            product_id_list: Product ids."""
        return await self._client.request(
            ops.CHECK_TARGET_COLLABORATION_CONFLICTS,
            {
                "creator_open_id_list": creator_open_id_list,
                "product_id_list": product_id_list,
            },
        )

    async def create_compass_export_task(
        self,
        *,
        module_type: Literal["BASE", "CREATOR"] | None = None,
        window_type: Literal["PAST_24H", "PAST_30_DAYS", "PAST_7_DAYS"] | None = None,
        end_day: int | None = None,
        plan_type: Literal["ALL", "OPEN", "PARTNER", "TARGET"] | None = None,
    ) -> CreateCompassExportTaskResponse:
        """Create Compass offline export task.

        Starts an asynchronous export of affiliate Compass data (creator list or core performance) for a
        plan type and time window. Follow it with the task list, then download the file.

        `POST /affiliate_seller/202603/compass/offline_task` (shop cipher required)

        Args:
            module_type: `CREATOR` (creator list data) or `BASE` (core performance data).
            window_type: Time window ending on `end_day`.
            end_day: Last day of the window as `YYYYMMDD`, in the local time zone of the shop's region.
            plan_type: Collaboration plans included."""
        return await self._client.request(
            ops.CREATE_COMPASS_EXPORT_TASK,
            {
                "module_type": module_type,
                "window_type": window_type,
                "end_day": end_day,
                "plan_type": plan_type,
            },
        )

    async def create_open_collaboration(
        self,
        *,
        product_id: str,
        commission_rate: int,
    ) -> CreateOpenCollaborationResponse:
        """Create open collaboration.

        Puts one product into open collaboration with the given commission rate, so that any creator can
        promote it from the affiliate marketplace.

        `POST /affiliate_seller/202412/open_collaborations` (shop cipher required)

        Args:
            product_id: Id of the product; one product per request.
            commission_rate: Commission rate in hundredths of a percent (`3587` = 35.87%), from 100 to 8000."""
        return await self._client.request(
            ops.CREATE_OPEN_COLLABORATION,
            {
                "product_id": product_id,
                "commission_rate": commission_rate,
            },
        )

    async def create_target_collaboration(
        self,
        *,
        name: str,
        end_time: str,
        products: list[CreateTargetCollaborationProduct],
        creator_user_open_ids: list[str],
        seller_contact_info: SellerContactInfoInput,
        free_sample_rule: FreeSampleRuleInput,
        message: str | None = None,
        preferred_content_type: Literal["LIVE", "VIDEO"] | None = None,
    ) -> CreateTargetCollaborationResponse:
        """Create target collaboration.

        Creates a target collaboration: a private invitation of chosen creators to promote chosen products
        at a given commission, visible only to the invited creators. Conflicting or invalid creators and
        products are reported back.

        `POST /affiliate_seller/202508/target_collaborations` (shop cipher required)

        Args:
            name: Name of the target collaboration.
            end_time: When the collaboration ends, Unix timestamp in seconds (sent as a string).
            products: Products offered, up to 100.
            creator_user_open_ids: Open IDs of the invited creators, up to 50.
            seller_contact_info: How creators can reach the seller.
            free_sample_rule: Free sample policy of a target collaboration (request form).
            message: Message sent to the invited creators.
            preferred_content_type: Content the seller prefers from creators, `LIVE` or `VIDEO`."""
        return await self._client.request(
            ops.CREATE_TARGET_COLLABORATION,
            {
                "name": name,
                "end_time": end_time,
                "products": products,
                "creator_user_open_ids": creator_user_open_ids,
                "seller_contact_info": seller_contact_info,
                "free_sample_rule": free_sample_rule,
                "message": message,
                "preferred_content_type": preferred_content_type,
            },
        )

    async def download_compass_export_file(
        self,
        *,
        task_id: str,
    ) -> DownloadCompassExportFileResponse:
        """Download Compass task file.

        Returns the result file of a completed Compass export task, Base64-encoded.

        `GET /affiliate_seller/202603/compass/offline_tasks/{task_id}/file` (shop cipher required)

        Args:
            task_id: Id of the export task, from the task list."""
        return await self._client.request(
            ops.DOWNLOAD_COMPASS_EXPORT_FILE,
            {
                "task_id": task_id,
            },
        )

    async def edit_open_collaboration_sample_rule(
        self,
        *,
        product_id: str,
        sample_rule: EditOpenCollaborationSampleRuleSampleRule | None = None,
    ) -> EditOpenCollaborationSampleRuleResponse:
        """Edit open collaboration sample rule.

        Creates, updates or deactivates the free sample rule of one open collaboration product: sample
        quota, application period and the thresholds a creator must meet to request a sample. A product has
        one rule; the latest call wins.

        `POST /affiliate_seller/202410/open_collaborations/sample_rules` (shop cipher required)

        Args:
            product_id: Id of the product the rule applies to.
            sample_rule: The rule; with `DEACTIVATE` only `activate_status` is needed."""
        return await self._client.request(
            ops.EDIT_OPEN_COLLABORATION_SAMPLE_RULE,
            {
                "product_id": product_id,
                "sample_rule": sample_rule,
            },
        )

    async def edit_open_collaboration_settings(
        self,
        *,
        auto_add_product: AutoAddProduct | None = None,
    ) -> EditOpenCollaborationSettingsResponse:
        """Edit open collaboration settings.

        Turns automatic enrollment of products into open collaboration on or off and sets the default
        commission rate for the enrolled products. Use it to put the whole catalog, including future
        products, into open collaboration at once.

        `POST /affiliate_seller/202405/open_collaboration_settings` (shop cipher required)

        Args:
            auto_add_product: Automatic enrollment of products into open collaboration."""
        return await self._client.request(
            ops.EDIT_OPEN_COLLABORATION_SETTINGS,
            {
                "auto_add_product": auto_add_product,
            },
        )

    async def generate_affiliate_product_promotion_link(
        self,
        *,
        product_id: str,
    ) -> GenerateAffiliateProductPromotionLinkResponse:
        """Generate affiliate product promotion link.

        Generates an affiliate-only promotion link for an open collaboration product. A partner can hand the
        link to creators; a creator who adds the product to the showcase through it has the resulting sales
        attributed to the partner.

        `POST /affiliate_seller/202405/products/{product_id}/promotion_link/generate` (shop cipher optional)

        Args:
            product_id: Id of the open collaboration product to promote."""
        return await self._client.request(
            ops.GENERATE_AFFILIATE_PRODUCT_PROMOTION_LINK,
            {
                "product_id": product_id,
            },
        )

    async def generate_target_collaboration_link(
        self,
        *,
        target_collaboration_id: str,
    ) -> GenerateTargetCollaborationLinkResponse:
        """Generate target collaboration link.

        Generates a link the seller can share with an invited creator; it leads the creator through
        reviewing and accepting the target collaboration and adding its products.

        `POST /affiliate_seller/202509/target_collaboration/{target_collaboration_id}/link` (shop cipher
        required)

        Args:
            target_collaboration_id: Id of the target collaboration."""
        return await self._client.request(
            ops.GENERATE_TARGET_COLLABORATION_LINK,
            {
                "target_collaboration_id": target_collaboration_id,
            },
        )

    async def get_compass_export_tasks(
        self,
        *,
        doc_type: str,
    ) -> GetCompassExportTasksResponse:
        """Get Compass task list.

        Lists the Compass export tasks created through the Open API during the last 7 days, with their
        status and file name. Download a `SUCCEEDED` task's file by its id.

        `GET /affiliate_seller/202603/compass/offline_tasks` (shop cipher required)

        Args:
            doc_type: Kind of export document to list."""
        return await self._client.request(
            ops.GET_COMPASS_EXPORT_TASKS,
            {
                "doc_type": doc_type,
            },
        )

    async def get_conversation_messages(
        self,
        *,
        conversation_id: str,
        page_size: int,
        page_token: str | None = None,
    ) -> GetConversationMessagesResponse:
        """Get creator conversation messages.

        Returns one page of the messages of a conversation with a creator.

        `GET /affiliate_seller/202412/conversation/{conversation_id}/messages` (shop cipher required)

        Args:
            conversation_id: Id of the conversation.
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page."""
        return await self._client.request(
            ops.GET_CONVERSATION_MESSAGES,
            {
                "conversation_id": conversation_id,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def iter_get_conversation_messages(
        self,
        *,
        conversation_id: str,
        page_size: int,
        page_token: str | None = None,
    ) -> AsyncPager[GetConversationMessagesMessage, GetConversationMessagesResponse]:
        """Iterate over every item of `get_conversation_messages` across pages, fetching each page lazily.

        Iterating yields `messages` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_conversation_messages`."""
        return self._client.paginate(
            ops.GET_CONVERSATION_MESSAGES,
            {
                "conversation_id": conversation_id,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    async def get_conversations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        only_need_conversation_id: bool | None = None,
        conversation_status: Literal["ALL", "ARCHIVED", "STARRED", "UNREAD", "UNREPLIED"] | None = None,
    ) -> GetConversationsResponse:
        """Get conversation list.

        Lists the shop's IM conversations with creators, optionally only one inbox category (unread,
        unreplied, starred, archived), with unread counts and the creator's name and avatar.

        `GET /affiliate_seller/202412/conversations` (shop cipher optional)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            only_need_conversation_id: True (the default) to return only the conversation ids; false to
                return every conversation field.
            conversation_status: Inbox category to list."""
        return await self._client.request(
            ops.GET_CONVERSATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "only_need_conversation_id": only_need_conversation_id,
                "conversation_status": conversation_status,
            },
        )

    def iter_get_conversations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        only_need_conversation_id: bool | None = None,
        conversation_status: Literal["ALL", "ARCHIVED", "STARRED", "UNREAD", "UNREPLIED"] | None = None,
    ) -> AsyncPager[Conversation, GetConversationsResponse]:
        """Iterate over every item of `get_conversations` across pages, fetching each page lazily.

        Iterating yields `conversations` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_conversations`."""
        return self._client.paginate(
            ops.GET_CONVERSATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "only_need_conversation_id": only_need_conversation_id,
                "conversation_status": conversation_status,
            },
        )

    async def get_creator_outreach_quota(
        self,
    ) -> GetCreatorOutreachQuotaResponse:
        """Get weekly creator outreach quota.

        Returns the shop's weekly quota for reaching out to creators it is not yet connected with: GMV tier,
        largest creator follower count it may reach, quota used and left per creator level, and the tier
        rules.

        `GET /affiliate_seller/202607/creator_outreach/quota` (shop cipher required)"""
        return await self._client.request(ops.GET_CREATOR_OUTREACH_QUOTA, {})

    async def get_creator_outreach_records(
        self,
        *,
        page_index: int,
        page_size: int,
    ) -> GetCreatorOutreachRecordsResponse:
        """Get weekly creator outreach records.

        Lists this week's newly connected creators with whether the shop sent them an IM message or an
        invitation. Paged by page index.

        `POST /affiliate_seller/202608/creator_outreach/records/query` (shop cipher required)

        Args:
            page_index: Page number, from 1.
            page_size: Records per page, 2 to 50."""
        return await self._client.request(
            ops.GET_CREATOR_OUTREACH_RECORDS,
            {
                "page_index": page_index,
                "page_size": page_size,
            },
        )

    async def get_inbox_category_counts(
        self,
    ) -> GetInboxCategoryCountsResponse:
        """Get inbox category counts.

        Returns how many conversations each inbox category holds (unread, unreplied, starred, archived),
        e.g. to show badges in a seller inbox.

        `GET /affiliate_seller/202608/conversations/group_counts` (shop cipher required)"""
        return await self._client.request(ops.GET_INBOX_CATEGORY_COUNTS, {})

    async def get_latest_unread_messages(
        self,
    ) -> GetLatestUnreadMessagesResponse:
        """Get latest unread messages.

        Returns the unread messages received during the last minute. For notifications prefer the new
        message webhook; use this to poll.

        `GET /affiliate_seller/202412/conversations/messages/list/newest` (shop cipher required)"""
        return await self._client.request(ops.GET_LATEST_UNREAD_MESSAGES, {})

    async def get_marketplace_creator_performance(
        self,
        *,
        creator_user_id: str,
        data_groups: list[
            Literal[
                "BASIC_CREATOR_INFORMATION",
                "COLLABORATION",
                "CONTENT_PERFORMANCE",
                "FOLLOWER_INFORMATION",
                "SALES_AND_GMV",
            ]
        ]
        | None = None,
    ) -> GetMarketplaceCreatorPerformanceResponse:
        """Get marketplace creator performance.

        Returns a Creator Marketplace creator's profile and performance: GMV, units sold, content and
        engagement metrics, follower demographics and collaboration history.

        `GET /affiliate_seller/202608/marketplace_creators/{creator_user_id}` (shop cipher required)

        Args:
            creator_user_id: The creator's id (Creator Open ID).
            data_groups: Groups of data to return; all groups when omitted."""
        return await self._client.request(
            ops.GET_MARKETPLACE_CREATOR_PERFORMANCE,
            {
                "creator_user_id": creator_user_id,
                "data_groups": data_groups,
            },
        )

    async def get_marketplace_creator_search_filters(
        self,
        *,
        options: list[GetMarketplaceCreatorSearchFiltersOption] | None = None,
    ) -> GetMarketplaceCreatorSearchFiltersResponse:
        """Get Creator Marketplace advanced search filters.

        Returns the advanced filter options and sorters currently available for the Creator Marketplace
        search in the shop's region; they change over time and by country.

        `POST /affiliate_seller/202608/marketplace_creators/search/filter` (shop cipher required)

        Args:
            options: Filter types to return; with none, empty lists are returned."""
        return await self._client.request(
            ops.GET_MARKETPLACE_CREATOR_SEARCH_FILTERS,
            {
                "options": options,
            },
        )

    async def get_open_collaboration_creator_content(
        self,
        *,
        page_size: int,
        product_id: str,
        page_token: str | None = None,
    ) -> GetOpenCollaborationCreatorContentResponse:
        """Get open collaboration creator content details.

        Lists the creators promoting one open collaboration product, with their profile, the number of
        videos and LIVEs they posted and their promotion status.

        `GET /affiliate_seller/202508/open_collaborations/creator_content_details` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            product_id: Id of the open collaboration product."""
        return await self._client.request(
            ops.GET_OPEN_COLLABORATION_CREATOR_CONTENT,
            {
                "page_size": page_size,
                "page_token": page_token,
                "product_id": product_id,
            },
        )

    def iter_get_open_collaboration_creator_content(
        self,
        *,
        page_size: int,
        product_id: str,
        page_token: str | None = None,
    ) -> AsyncPager[CreatorContentDetail, GetOpenCollaborationCreatorContentResponse]:
        """Iterate over every item of `get_open_collaboration_creator_content` across pages, fetching each page
        lazily.

        Iterating yields `creator_content_details` items; `.pages()` yields whole pages. Takes the same
        arguments as `get_open_collaboration_creator_content`."""
        return self._client.paginate(
            ops.GET_OPEN_COLLABORATION_CREATOR_CONTENT,
            {
                "page_size": page_size,
                "page_token": page_token,
                "product_id": product_id,
            },
        )

    async def get_open_collaboration_sample_rules(
        self,
        *,
        product_ids: list[str],
    ) -> GetOpenCollaborationSampleRulesResponse:
        """Get open collaboration sample rules.

        Returns the free sample rules of the given open collaboration products: status, quota, remaining
        quantity, application period and creator thresholds. Products without a rule (or whose rule was
        deleted) are left out.

        `GET /affiliate_seller/202410/open_collaborations/sample_rules` (shop cipher optional)

        Args:
            product_ids: Ids of the products whose sample rules are returned."""
        return await self._client.request(
            ops.GET_OPEN_COLLABORATION_SAMPLE_RULES,
            {
                "product_ids": product_ids,
            },
        )

    async def get_open_collaboration_settings(
        self,
    ) -> GetOpenCollaborationSettingsResponse:
        """Get open collaboration settings.

        Returns the shop's open collaboration settings, such as whether products are added to open
        collaboration automatically and at which default commission rate.

        `GET /affiliate_seller/202409/open_collaboration_settings` (shop cipher required)"""
        return await self._client.request(ops.GET_OPEN_COLLABORATION_SETTINGS, {})

    async def get_or_create_conversation(
        self,
        *,
        creator_open_id: str,
        only_need_conversation_id: bool | None = None,
    ) -> GetOrCreateConversationResponse:
        """Get or create creator conversation.

        Returns the shop's conversation with a creator, creating it when none exists. Pass the returned
        `conversation_id` to send messages to the creator.

        `POST /affiliate_seller/202508/conversations` (shop cipher required)

        Args:
            creator_open_id: The creator's Open ID (not a user, creator or seller id).
            only_need_conversation_id: True (the default) to return only the conversation id; false to
                return every field."""
        return await self._client.request(
            ops.GET_OR_CREATE_CONVERSATION,
            {
                "creator_open_id": creator_open_id,
                "only_need_conversation_id": only_need_conversation_id,
            },
        )

    async def get_sample_request_deeplink(
        self,
        *,
        product_id: str,
        sku_id: str,
        campaign_id: str | None = None,
        collaboration_id: str | None = None,
        valid_days: int | None = None,
    ) -> GetSampleRequestDeeplinkResponse:
        """Get sample request deeplink.

        Returns a TikTok deeplink that opens the app on the sample request page of a product SKU. The seller
        can turn it into a QR code and send it to a creator, e.g. by email.

        `GET /affiliate_seller/202512/sample_applications/deeplink` (shop cipher required)

        Args:
            product_id: Id of the product offered as a sample.
            sku_id: Id of the SKU offered as a sample.
            campaign_id: Id of the campaign the sample belongs to, if any.
            collaboration_id: Id of the collaboration the sample belongs to, if any.
            valid_days: Number of days the deeplink stays valid."""
        return await self._client.request(
            ops.GET_SAMPLE_REQUEST_DEEPLINK,
            {
                "product_id": product_id,
                "sku_id": sku_id,
                "campaign_id": campaign_id,
                "collaboration_id": collaboration_id,
                "valid_days": valid_days,
            },
        )

    async def get_target_collaboration(
        self,
        *,
        target_collaboration_id: str,
    ) -> GetTargetCollaborationResponse:
        """Get target collaboration detail.

        Returns one target collaboration with its products, commissions, invited creators, contact
        information and free sample rule.

        `GET /affiliate_seller/202508/target_collaborations/{target_collaboration_id}` (shop cipher
        required)

        Args:
            target_collaboration_id: Id of the target collaboration."""
        return await self._client.request(
            ops.GET_TARGET_COLLABORATION,
            {
                "target_collaboration_id": target_collaboration_id,
            },
        )

    async def get_target_collaboration_creator_promotion_details(
        self,
        *,
        creator_user_open_id: str,
        invitation_group_id: str,
        query: str | None = None,
        query_type: Literal["PRODUCT_ID", "PRODUCT_NAME"] | None = None,
        invitation_id: str | None = None,
        product_filter: ProductFilter | None = None,
    ) -> GetTargetCollaborationCreatorPromotionDetailsResponse:
        """Query creator promotion details in a target collaboration.

        Returns, for one creator in one target collaboration, each product's commissions, whether the
        creator added it, and how many videos and LIVEs the creator posted about it.

        `POST /affiliate_seller/202608/target_collaborations/creator_promotion_details/query` (shop cipher
        required)

        Args:
            creator_user_open_id: Creator Open ID.
            invitation_group_id: Id of the target collaboration (invitation group).
            query: Product id or title to match, as set by `query_type`.
            query_type: `PRODUCT_ID` (exact id) or `PRODUCT_NAME` (case-sensitive substring of the title).
            invitation_id: Id of the invitation sent to this creator.
            product_filter: Product filter."""
        return await self._client.request(
            ops.GET_TARGET_COLLABORATION_CREATOR_PROMOTION_DETAILS,
            {
                "creator_user_open_id": creator_user_open_id,
                "invitation_group_id": invitation_group_id,
                "query": query,
                "query_type": query_type,
                "invitation_id": invitation_id,
                "product_filter": product_filter,
            },
        )

    async def mark_conversations_as_read(
        self,
        *,
        conversation_ids: list[str],
    ) -> MarkConversationsAsReadResponse:
        """Mark conversations as read.

        Marks every message of the given conversations as read, with the call's time as the read time. (The
        path's misspelling `conversatons` is TikTok's.)

        `POST /affiliate_seller/202412/conversatons/read` (shop cipher required)

        Args:
            conversation_ids: Conversation ids, up to 20."""
        return await self._client.request(
            ops.MARK_CONVERSATIONS_AS_READ,
            {
                "conversation_ids": conversation_ids,
            },
        )

    async def remove_open_collaboration(
        self,
        *,
        product_id: str,
    ) -> RemoveOpenCollaborationResponse:
        """Remove open collaboration.

        Takes a product out of open collaboration. Only collaborations in `NORMAL` status can be removed;
        the removal is not immediate but takes effect at the returned time (usually the next midnight in the
        shop's time zone), to protect creators already promoting the product.

        `DELETE /affiliate_seller/202409/open_collaborations/products/{product_id}` (shop cipher required)

        Args:
            product_id: Id of the product whose open collaboration is removed."""
        return await self._client.request(
            ops.REMOVE_OPEN_COLLABORATION,
            {
                "product_id": product_id,
            },
        )

    async def remove_open_collaboration_creator(
        self,
        *,
        open_collaboration_id: str,
        creator_user_open_id: str,
        product_id: str,
    ) -> RemoveOpenCollaborationCreatorResponse:
        """Remove creator from open collaboration product.

        Removes a creator from a product's open collaboration. The creator can currently rejoin afterwards;
        call it again to remove them again.

        `POST /affiliate_seller/202508/open_collaborations/{open_collaboration_id}/remove_creator` (shop
        cipher required)

        Args:
            open_collaboration_id: Id of the open collaboration.
            creator_user_open_id: Open ID of the creator to remove.
            product_id: Id of the product."""
        return await self._client.request(
            ops.REMOVE_OPEN_COLLABORATION_CREATOR,
            {
                "open_collaboration_id": open_collaboration_id,
                "creator_user_open_id": creator_user_open_id,
                "product_id": product_id,
            },
        )

    async def remove_target_collaboration(
        self,
        *,
        target_collaboration_id: str,
    ) -> RemoveTargetCollaborationResponse:
        """Remove target collaboration.

        Ends a target collaboration of the shop.

        `DELETE /affiliate_seller/202409/target_collaborations/{target_collaboration_id}` (shop cipher
        required)

        Args:
            target_collaboration_id: Id of the target collaboration to remove."""
        return await self._client.request(
            ops.REMOVE_TARGET_COLLABORATION,
            {
                "target_collaboration_id": target_collaboration_id,
            },
        )

    async def resolve_target_collaboration_conflicts(
        self,
        *,
        conflict_items: list[ResolveTargetCollaborationConflictsConflictItem],
    ) -> ResolveTargetCollaborationConflictsResponse:
        """Resolve target collaboration conflicts.

        Resolves conflicts found by the conflict check by removing each given creator from the given
        existing target collaboration, so that a new collaboration can include them.

        `POST /affiliate_seller/202605/target_collaborations/conflicts/resolve` (shop cipher required)

        Args:
            conflict_items: Each creator to remove from an existing target collaboration."""
        return await self._client.request(
            ops.RESOLVE_TARGET_COLLABORATION_CONFLICTS,
            {
                "conflict_items": conflict_items,
            },
        )

    async def review_sample_application(
        self,
        *,
        application_id: str,
        review_result: Literal["APPROVE", "REJECT"],
        reject_reason: Literal["NOT_MATCH", "OFFLINE", "OTHER", "OUT_OF_STOCK"] | None = None,
    ) -> ReviewSampleApplicationResponse:
        """Review a sample application.

        Approves or rejects a creator's free sample application of an open collaboration. Only `PENDING`
        applications can be reviewed; a rejection needs a reason.

        `POST /affiliate_seller/202507/sample_applications/{application_id}/review` (shop cipher required)

        Args:
            application_id: Id of the sample application.
            review_result: `APPROVE` or `REJECT` the application.
            reject_reason: Why the application is rejected, required with `REJECT`: `NOT_MATCH` (creator
                does not meet the requirements), `OFFLINE` (product taken offline), `OUT_OF_STOCK` or
                `OTHER`."""
        return await self._client.request(
            ops.REVIEW_SAMPLE_APPLICATION,
            {
                "application_id": application_id,
                "review_result": review_result,
                "reject_reason": reject_reason,
            },
        )

    async def search_affiliate_orders(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        program_id: str | None = None,
    ) -> SearchAffiliateOrdersResponse:
        """Search seller affiliate orders.

        Lists the shop's orders that earn affiliate commission, per SKU, with the creator or partner
        credited, commission rates, and estimated and actual commissions. Use it to track affiliate
        conversions and settlement.

        `POST /affiliate_seller/202410/orders/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            create_time_ge: Orders created at or after this time, Unix timestamp in seconds. With only
                `create_time_lt` given, it defaults to three months earlier; the window may not exceed three
                months. Give both bounds to keep pages consistent.
            create_time_lt: Orders created before this time, Unix timestamp in seconds; defaults to now.
            program_id: Only orders of this affiliate partner campaign."""
        return await self._client.request(
            ops.SEARCH_AFFILIATE_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "program_id": program_id,
            },
        )

    def iter_search_affiliate_orders(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        program_id: str | None = None,
    ) -> AsyncPager[AffiliateOrder, SearchAffiliateOrdersResponse]:
        """Iterate over every item of `search_affiliate_orders` across pages, fetching each page lazily.

        Iterating yields `orders` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_affiliate_orders`."""
        return self._client.paginate(
            ops.SEARCH_AFFILIATE_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "program_id": program_id,
            },
        )

    async def search_marketplace_creators(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        search_key: str | None = None,
        keyword: str | None = None,
        follower_demographics: FollowerDemographics | None = None,
        gmv_ranges: list[
            Literal["GMV_RANGE_0_100", "GMV_RANGE_10000_AND_ABOVE", "GMV_RANGE_1000_10000", "GMV_RANGE_100_1000"]
        ]
        | None = None,
        units_sold_ranges: list[
            Literal[
                "UNITS_SOLD_RANGE_0_10",
                "UNITS_SOLD_RANGE_1000_AND_ABOVE",
                "UNITS_SOLD_RANGE_100_1000",
                "UNITS_SOLD_RANGE_10_100",
            ]
        ]
        | None = None,
        category: list[SearchMarketplaceCreatorsCategory] | None = None,
        content_performance: ContentPerformance | None = None,
        affiliate_data: AffiliateData | None = None,
        advanced_filters: AdvancedFilters | None = None,
        data_groups: list[
            Literal[
                "BASIC_CREATOR_INFORMATION",
                "COLLABORATION",
                "CONTENT_PERFORMANCE",
                "FOLLOWER_INFORMATION",
                "SALES_AND_GMV",
            ]
        ]
        | None = None,
    ) -> SearchMarketplaceCreatorsResponse:
        """Search creators in the Creator Marketplace.

        Searches the Creator Marketplace by keyword, follower demographics, GMV, units sold, category,
        content performance and advanced filters; the data covers the last 30 days. For the next page send
        the `search_key` returned with the page token.

        `POST /affiliate_seller/202608/marketplace_creators/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            search_key: Omit on the first call; afterwards send the `search_key` of the previous response
                for stable results.
            keyword: Matched against the creators' usernames and nicknames.
            follower_demographics: Follower filters.
            gmv_ranges: GMV ranges; several ranges combine into their union.
            units_sold_ranges: Units sold ranges; several ranges combine into their union.
            category: Product category filters.
            content_performance: Content performance filters (whole numbers sent as strings).
            affiliate_data: Affiliate behaviour filters.
            advanced_filters: Advanced filters, from the advanced search filters operation.
            data_groups: Groups of data to return; all groups by default."""
        return await self._client.request(
            ops.SEARCH_MARKETPLACE_CREATORS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "search_key": search_key,
                "keyword": keyword,
                "follower_demographics": follower_demographics,
                "gmv_ranges": gmv_ranges,
                "units_sold_ranges": units_sold_ranges,
                "category": category,
                "content_performance": content_performance,
                "affiliate_data": affiliate_data,
                "advanced_filters": advanced_filters,
                "data_groups": data_groups,
            },
        )

    def iter_search_marketplace_creators(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        search_key: str | None = None,
        keyword: str | None = None,
        follower_demographics: FollowerDemographics | None = None,
        gmv_ranges: list[
            Literal["GMV_RANGE_0_100", "GMV_RANGE_10000_AND_ABOVE", "GMV_RANGE_1000_10000", "GMV_RANGE_100_1000"]
        ]
        | None = None,
        units_sold_ranges: list[
            Literal[
                "UNITS_SOLD_RANGE_0_10",
                "UNITS_SOLD_RANGE_1000_AND_ABOVE",
                "UNITS_SOLD_RANGE_100_1000",
                "UNITS_SOLD_RANGE_10_100",
            ]
        ]
        | None = None,
        category: list[SearchMarketplaceCreatorsCategory] | None = None,
        content_performance: ContentPerformance | None = None,
        affiliate_data: AffiliateData | None = None,
        advanced_filters: AdvancedFilters | None = None,
        data_groups: list[
            Literal[
                "BASIC_CREATOR_INFORMATION",
                "COLLABORATION",
                "CONTENT_PERFORMANCE",
                "FOLLOWER_INFORMATION",
                "SALES_AND_GMV",
            ]
        ]
        | None = None,
    ) -> AsyncPager[MarketplaceCreator, SearchMarketplaceCreatorsResponse]:
        """Iterate over every item of `search_marketplace_creators` across pages, fetching each page lazily.

        Iterating yields `creators` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_marketplace_creators`."""
        return self._client.paginate(
            ops.SEARCH_MARKETPLACE_CREATORS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "search_key": search_key,
                "keyword": keyword,
                "follower_demographics": follower_demographics,
                "gmv_ranges": gmv_ranges,
                "units_sold_ranges": units_sold_ranges,
                "category": category,
                "content_performance": content_performance,
                "affiliate_data": affiliate_data,
                "advanced_filters": advanced_filters,
                "data_groups": data_groups,
            },
        )

    async def search_open_collaboration_products(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: Literal["commission", "commission_rate", "product_sales_price", "units_sold"] | None = None,
        title_keywords: list[str] | None = None,
        sales_price_range: SalesPriceRange | None = None,
        category: SearchOpenCollaborationProductsCategory | None = None,
        commission_rate_range: CommissionRateRange | None = None,
    ) -> SearchOpenCollaborationProductsResponse:
        """Search open collaboration products.

        Searches the open collaboration products of the affiliate product marketplace in the seller's
        registered regions, filtered by title keywords, category, commission rate and sale price. Every
        filter group supplied must match; with none, all eligible products are paged.

        `POST /affiliate_seller/202405/open_collaborations/products/search` (shop cipher optional)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_order: Sort direction.
            sort_field: Field to sort the products by.
            title_keywords: Keywords loosely matched against product titles, combined with AND. Up to 20
                keywords of up to 255 characters each.
            sales_price_range: Sale price bounds.
            category: Product category filter.
            commission_rate_range: Commission rate bounds, in hundredths of a percent (`3587` = 35.87%)."""
        return await self._client.request(
            ops.SEARCH_OPEN_COLLABORATION_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "title_keywords": title_keywords,
                "sales_price_range": sales_price_range,
                "category": category,
                "commission_rate_range": commission_rate_range,
            },
        )

    def iter_search_open_collaboration_products(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: Literal["commission", "commission_rate", "product_sales_price", "units_sold"] | None = None,
        title_keywords: list[str] | None = None,
        sales_price_range: SalesPriceRange | None = None,
        category: SearchOpenCollaborationProductsCategory | None = None,
        commission_rate_range: CommissionRateRange | None = None,
    ) -> AsyncPager[MarketplaceProduct, SearchOpenCollaborationProductsResponse]:
        """Iterate over every item of `search_open_collaboration_products` across pages, fetching each page
        lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_open_collaboration_products`."""
        return self._client.paginate(
            ops.SEARCH_OPEN_COLLABORATION_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "title_keywords": title_keywords,
                "sales_price_range": sales_price_range,
                "category": category,
                "commission_rate_range": commission_rate_range,
            },
        )

    async def search_open_collaborations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: str | None = None,
        keyword_type: Literal["PRODUCT_ID", "PRODUCT_NAME"] | None = None,
        keyword: str | None = None,
        top_level_category_id: str | None = None,
    ) -> SearchOpenCollaborationsResponse:
        """Search open collaborations.

        Lists the shop's open collaborations with their product, current commission and the number of
        creators who showcase or post content about each product. Filter by product name, product id or
        top-level category.

        `POST /affiliate_seller/202412/open_collaborations/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_order: Sort direction.
            sort_field: Field to sort the results by.
            keyword_type: What `keyword` holds: `PRODUCT_ID` (exact product id) or `PRODUCT_NAME` (fuzzy
                match on the product name). Give it together with `keyword`.
            keyword: Product id or product name to search, as set by `keyword_type`.
            top_level_category_id: Only products of this first-level category (id greater than 0)."""
        return await self._client.request(
            ops.SEARCH_OPEN_COLLABORATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "keyword_type": keyword_type,
                "keyword": keyword,
                "top_level_category_id": top_level_category_id,
            },
        )

    def iter_search_open_collaborations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: str | None = None,
        keyword_type: Literal["PRODUCT_ID", "PRODUCT_NAME"] | None = None,
        keyword: str | None = None,
        top_level_category_id: str | None = None,
    ) -> AsyncPager[OpenCollaboration, SearchOpenCollaborationsResponse]:
        """Iterate over every item of `search_open_collaborations` across pages, fetching each page lazily.

        Iterating yields `open_collaborations` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_open_collaborations`."""
        return self._client.paginate(
            ops.SEARCH_OPEN_COLLABORATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "keyword_type": keyword_type,
                "keyword": keyword,
                "top_level_category_id": top_level_category_id,
            },
        )

    async def search_sample_application_fulfillments(
        self,
        *,
        application_id: str,
        content_format: Literal["LIVE", "VIDEO"] | None = None,
    ) -> SearchSampleApplicationFulfillmentsResponse:
        """Search sample application fulfillments.

        Lists the videos and LIVEs a creator posted to fulfill one sample application, with views, likes,
        comments and paid orders. Use it to track or evaluate a sample program.

        `POST /affiliate_seller/202409/sample_applications/{application_id}/fulfillments/search` (shop
        cipher required)

        Args:
            application_id: Id of the sample application.
            content_format: Only content of this format."""
        return await self._client.request(
            ops.SEARCH_SAMPLE_APPLICATION_FULFILLMENTS,
            {
                "application_id": application_id,
                "content_format": content_format,
            },
        )

    async def search_sample_applications(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        product_id: str | None = None,
        title: str | None = None,
        creator_user_oepn_id: str | None = None,
        username: str | None = None,
        target_collabration_id: str | None = None,
        order_id: str | None = None,
        status: Literal[
            "AWAITING_SHIPMENT",
            "COMPLETED",
            "CONTENT_PENDING",
            "DEL_OPEN_COLLAB",
            "OPS_CANCELLED",
            "OPS_COMPLETED",
            "OPS_FAILED",
            "OVERDUE_CANCELLED",
            "PENDING",
            "REJECT_CANCELLED",
            "SELLER_NOT_SHIP_CANCELLED",
            "SHIPPED",
            "UNFULFILLABLE_CANCELLED",
            "UNFULFILL_CANCELLED",
            "WITHDRAW_CANCELLED",
        ]
        | None = None,
    ) -> SearchSampleApplicationsResponse:
        """Search sample applications.

        Searches the creators' free sample applications by product, creator, target collaboration, order or
        status, with the creator's profile and the application's shipping and fulfillment state. Use it to
        find applications to review or ship.

        `POST /affiliate_seller/202508/sample_applications/search` (shop cipher required)

        Args:
            page_size: Number of applications per page; keep it the same on every page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            product_id: Only applications for this product.
            title: Product name, fuzzy-matched.
            creator_user_oepn_id: Only applications of this creator, by Open ID. The key is misspelled on
                the wire; send it exactly so.
            username: Creator's TikTok username, fuzzy-matched.
            target_collabration_id: Only applications of this target collaboration. The key is misspelled on
                the wire; send it exactly so.
            order_id: Id of the sample order created when the application was approved.
            status: Only applications in this status: `PENDING` (awaiting review), `AWAITING_SHIPMENT`,
                `SHIPPED`, `CONTENT_PENDING` (received, content expected), `COMPLETED`, or one of the
                closing states `REJECT_CANCELLED`, `OVERDUE_CANCELLED`, `UNFULFILL_CANCELLED`,
                `DEL_OPEN_COLLAB`, `SELLER_NOT_SHIP_CANCELLED`, `WITHDRAW_CANCELLED`,
                `UNFULFILLABLE_CANCELLED`, `OPS_CANCELLED`, `OPS_FAILED`, `OPS_COMPLETED`."""
        return await self._client.request(
            ops.SEARCH_SAMPLE_APPLICATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "product_id": product_id,
                "title": title,
                "creator_user_oepn_id": creator_user_oepn_id,
                "username": username,
                "target_collabration_id": target_collabration_id,
                "order_id": order_id,
                "status": status,
            },
        )

    def iter_search_sample_applications(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        product_id: str | None = None,
        title: str | None = None,
        creator_user_oepn_id: str | None = None,
        username: str | None = None,
        target_collabration_id: str | None = None,
        order_id: str | None = None,
        status: Literal[
            "AWAITING_SHIPMENT",
            "COMPLETED",
            "CONTENT_PENDING",
            "DEL_OPEN_COLLAB",
            "OPS_CANCELLED",
            "OPS_COMPLETED",
            "OPS_FAILED",
            "OVERDUE_CANCELLED",
            "PENDING",
            "REJECT_CANCELLED",
            "SELLER_NOT_SHIP_CANCELLED",
            "SHIPPED",
            "UNFULFILLABLE_CANCELLED",
            "UNFULFILL_CANCELLED",
            "WITHDRAW_CANCELLED",
        ]
        | None = None,
    ) -> AsyncPager[SampleApplication, SearchSampleApplicationsResponse]:
        """Iterate over every item of `search_sample_applications` across pages, fetching each page lazily.

        Iterating yields `sample_applications` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_sample_applications`."""
        return self._client.paginate(
            ops.SEARCH_SAMPLE_APPLICATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "product_id": product_id,
                "title": title,
                "creator_user_oepn_id": creator_user_oepn_id,
                "username": username,
                "target_collabration_id": target_collabration_id,
                "order_id": order_id,
                "status": status,
            },
        )

    async def search_target_collaborations(
        self,
        *,
        collaboration_status: Literal["CANCELING", "COMPLETED", "EXPIRING", "ONGOING", "VALID"],
        page_size: int | None = None,
        page_token: str | None = None,
        creator_accept_status: Literal["ACCEPT", "ALL"] | None = None,
        free_sample_setting: Literal["ALL", "WITH_FREE_SAMPLE"] | None = None,
        search_param: SearchParam | None = None,
        creator_user_open_id: str | None = None,
    ) -> SearchTargetCollaborationsResponse:
        """Search target collaborations.

        Searches the shop's target collaborations by status, creator acceptance, free sample setting, and by
        name, id or product.

        `POST /affiliate_seller/202508/target_collaborations/search` (shop cipher required)

        Args:
            page_size: Number of target collaborations per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            collaboration_status: `ONGOING` (more than 7 days left), `EXPIRING` (less than 7 days left),
                `VALID` (all valid), `CANCELING` (being cancelled) or `COMPLETED` (expired or cancelled).
            creator_accept_status: `ACCEPT` for collaborations whose creators added the products to their
                showcase; `ALL` (default) for no filter.
            free_sample_setting: `WITH_FREE_SAMPLE` for collaborations offering free samples; `ALL`
                (default) for no filter.
            search_param: Keyword search.
            creator_user_open_id: Only collaborations that invite this creator (Open ID)."""
        return await self._client.request(
            ops.SEARCH_TARGET_COLLABORATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "collaboration_status": collaboration_status,
                "creator_accept_status": creator_accept_status,
                "free_sample_setting": free_sample_setting,
                "search_param": search_param,
                "creator_user_open_id": creator_user_open_id,
            },
        )

    def iter_search_target_collaborations(
        self,
        *,
        collaboration_status: Literal["CANCELING", "COMPLETED", "EXPIRING", "ONGOING", "VALID"],
        page_size: int | None = None,
        page_token: str | None = None,
        creator_accept_status: Literal["ACCEPT", "ALL"] | None = None,
        free_sample_setting: Literal["ALL", "WITH_FREE_SAMPLE"] | None = None,
        search_param: SearchParam | None = None,
        creator_user_open_id: str | None = None,
    ) -> AsyncPager[TargetCollaborationSummary, SearchTargetCollaborationsResponse]:
        """Iterate over every item of `search_target_collaborations` across pages, fetching each page lazily.

        Iterating yields `target_collaborations` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_target_collaborations`."""
        return self._client.paginate(
            ops.SEARCH_TARGET_COLLABORATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "collaboration_status": collaboration_status,
                "creator_accept_status": creator_accept_status,
                "free_sample_setting": free_sample_setting,
                "search_param": search_param,
                "creator_user_open_id": creator_user_open_id,
            },
        )

    async def send_message(
        self,
        *,
        conversation_id: str,
        msg_type: Literal[
            "CRM_TEXT_WITH_IMAGE_CARD",
            "CRM_TEXT_WITH_PRODUCTS_CARD",
            "FREE_SAMPLE_CARD",
            "IMAGE",
            "PRODUCT_CARD",
            "TARGET_COLLABORATION_CARD",
            "TEXT",
        ],
        content: str,
    ) -> SendMessageResponse:
        """Send IM message.

        Sends a message to a creator in a conversation: text, an image, or a product, target collaboration,
        free sample or CRM card. Upload images first with the message image upload.

        `POST /affiliate_seller/202412/conversations/{conversation_id}/messages` (shop cipher required)

        Args:
            conversation_id: Id of the conversation, e.g. from get or create creator conversation.
            msg_type: Message type; it decides the JSON expected in `content`.
            content: The message as a JSON string: TEXT `{"content": "..."}` (up to 2,000 characters),
                PRODUCT_CARD `{"product_id": "..."}`, TARGET_COLLABORATION_CARD `{"target_collaboration_id":
                "..."}`, FREE_SAMPLE_CARD `{"apply_id": "..."}`, IMAGE `{"url": "...", "width": 1280,
                "height": 720}` (from the image upload), CRM_TEXT_WITH_PRODUCTS_CARD `{"product_ids": "1,2",
                "title": "...", "content": "..."}` (1 to 5 ids), CRM_TEXT_WITH_IMAGE_CARD `{"image_url":
                "...", "title": "...", "content": "..."}`."""
        return await self._client.request(
            ops.SEND_MESSAGE,
            {
                "conversation_id": conversation_id,
                "msg_type": msg_type,
                "content": content,
            },
        )

    async def update_conversation_status(
        self,
        *,
        conversation_id: str,
        action: str,
    ) -> UpdateConversationStatusResponse:
        """Update conversation status.

        Stars, unstars or archives a conversation with a creator.

        `POST /affiliate_seller/202608/conversations/{conversation_id}/status` (shop cipher required)

        Args:
            conversation_id: Id of the conversation.
            action: `STARRED` to star the conversation, `UNSTARRED` to unstar it, `ARCHIVED` to archive it."""
        return await self._client.request(
            ops.UPDATE_CONVERSATION_STATUS,
            {
                "conversation_id": conversation_id,
                "action": action,
            },
        )

    async def update_target_collaboration(
        self,
        *,
        target_collaboration_id: str,
        name: str,
        end_time: str,
        products: list[UpdateTargetCollaborationProduct],
        creator_user_open_ids: list[str],
        seller_contact_info: UpdateTargetCollaborationSellerContactInfo,
        free_sample_rule: FreeSampleRuleInput,
    ) -> UpdateTargetCollaborationResponse:
        """Update target collaboration.

        Replaces the name, end time, products, creators, contact information and free sample rule of a
        `STANDARD` target collaboration. A successful call may still leave some changes undone: check
        `update_failed` and `target_collaboration_conflicts`.

        `PUT /affiliate_seller/202508/target_collaborations/{target_collaboration_id}` (shop cipher
        required)

        Args:
            target_collaboration_id: Id of the target collaboration.
            name: Name of the target collaboration.
            end_time: When the collaboration ends, Unix timestamp in seconds (sent as a string).
            products: Products offered, up to 100. A removed product already in a creator's showcase leaves
                at 00:00 the next day, otherwise immediately.
            creator_user_open_ids: Open IDs of the invited creators, up to 50.
            seller_contact_info: How creators can reach the seller; the email is required.
            free_sample_rule: Free sample policy of a target collaboration (request form)."""
        return await self._client.request(
            ops.UPDATE_TARGET_COLLABORATION,
            {
                "target_collaboration_id": target_collaboration_id,
                "name": name,
                "end_time": end_time,
                "products": products,
                "creator_user_open_ids": creator_user_open_ids,
                "seller_contact_info": seller_contact_info,
                "free_sample_rule": free_sample_rule,
            },
        )

    async def upload_message_image_202511(
        self,
        *,
        data: FileInput,
    ) -> UploadMessageImageResponse:
        """Upload message image.

        Uploads an image to send in a creator conversation; pass the returned URL and size in an `IMAGE`
        message. Older version of the media upload.

        `POST /affiliate_seller/202511/images/upload`

        Args:
            data: The image, JPG, GIF, WEBP or PNG, at most 10 MB and not empty."""
        return await self._client.request(
            ops.UPLOAD_MESSAGE_IMAGE_202511,
            {
                "data": data,
            },
        )

    async def upload_message_image(
        self,
        *,
        data: FileInput,
    ) -> UploadMessageImageResponse:
        """Upload message image (V2).

        Uploads an image to send in a creator conversation; pass the returned URL and size in an `IMAGE`
        message.

        `POST /affiliate_seller/202608/media/upload` (shop cipher required)

        Args:
            data: The image, JPG, GIF, WEBP or PNG, at most 10 MB."""
        return await self._client.request(
            ops.UPLOAD_MESSAGE_IMAGE,
            {
                "data": data,
            },
        )


class AsyncAffiliateSellerResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.check_creator_outreach_eligibility = async_raw(resource.check_creator_outreach_eligibility)
        self.check_target_collaboration_conflicts = async_raw(resource.check_target_collaboration_conflicts)
        self.create_compass_export_task = async_raw(resource.create_compass_export_task)
        self.create_open_collaboration = async_raw(resource.create_open_collaboration)
        self.create_target_collaboration = async_raw(resource.create_target_collaboration)
        self.download_compass_export_file = async_raw(resource.download_compass_export_file)
        self.edit_open_collaboration_sample_rule = async_raw(resource.edit_open_collaboration_sample_rule)
        self.edit_open_collaboration_settings = async_raw(resource.edit_open_collaboration_settings)
        self.generate_affiliate_product_promotion_link = async_raw(resource.generate_affiliate_product_promotion_link)
        self.generate_target_collaboration_link = async_raw(resource.generate_target_collaboration_link)
        self.get_compass_export_tasks = async_raw(resource.get_compass_export_tasks)
        self.get_conversation_messages = async_raw(resource.get_conversation_messages)
        self.get_conversations = async_raw(resource.get_conversations)
        self.get_creator_outreach_quota = async_raw(resource.get_creator_outreach_quota)
        self.get_creator_outreach_records = async_raw(resource.get_creator_outreach_records)
        self.get_inbox_category_counts = async_raw(resource.get_inbox_category_counts)
        self.get_latest_unread_messages = async_raw(resource.get_latest_unread_messages)
        self.get_marketplace_creator_performance = async_raw(resource.get_marketplace_creator_performance)
        self.get_marketplace_creator_search_filters = async_raw(resource.get_marketplace_creator_search_filters)
        self.get_open_collaboration_creator_content = async_raw(resource.get_open_collaboration_creator_content)
        self.get_open_collaboration_sample_rules = async_raw(resource.get_open_collaboration_sample_rules)
        self.get_open_collaboration_settings = async_raw(resource.get_open_collaboration_settings)
        self.get_or_create_conversation = async_raw(resource.get_or_create_conversation)
        self.get_sample_request_deeplink = async_raw(resource.get_sample_request_deeplink)
        self.get_target_collaboration = async_raw(resource.get_target_collaboration)
        self.get_target_collaboration_creator_promotion_details = async_raw(
            resource.get_target_collaboration_creator_promotion_details
        )
        self.mark_conversations_as_read = async_raw(resource.mark_conversations_as_read)
        self.remove_open_collaboration = async_raw(resource.remove_open_collaboration)
        self.remove_open_collaboration_creator = async_raw(resource.remove_open_collaboration_creator)
        self.remove_target_collaboration = async_raw(resource.remove_target_collaboration)
        self.resolve_target_collaboration_conflicts = async_raw(resource.resolve_target_collaboration_conflicts)
        self.review_sample_application = async_raw(resource.review_sample_application)
        self.search_affiliate_orders = async_raw(resource.search_affiliate_orders)
        self.search_marketplace_creators = async_raw(resource.search_marketplace_creators)
        self.search_open_collaboration_products = async_raw(resource.search_open_collaboration_products)
        self.search_open_collaborations = async_raw(resource.search_open_collaborations)
        self.search_sample_application_fulfillments = async_raw(resource.search_sample_application_fulfillments)
        self.search_sample_applications = async_raw(resource.search_sample_applications)
        self.search_target_collaborations = async_raw(resource.search_target_collaborations)
        self.send_message = async_raw(resource.send_message)
        self.update_conversation_status = async_raw(resource.update_conversation_status)
        self.update_target_collaboration = async_raw(resource.update_target_collaboration)
        self.upload_message_image_202511 = async_raw(resource.upload_message_image_202511)
        self.upload_message_image = async_raw(resource.upload_message_image)


class AsyncAffiliateSellerAt202405:
    """`affiliate_seller` operations pinned to version 202405."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.edit_open_collaboration_settings = resource.edit_open_collaboration_settings
        self.generate_affiliate_product_promotion_link = resource.generate_affiliate_product_promotion_link
        self.search_open_collaboration_products = resource.search_open_collaboration_products
        self.iter_search_open_collaboration_products = resource.iter_search_open_collaboration_products


class AsyncAffiliateSellerAt202409:
    """`affiliate_seller` operations pinned to version 202409."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.get_open_collaboration_settings = resource.get_open_collaboration_settings
        self.remove_open_collaboration = resource.remove_open_collaboration
        self.remove_target_collaboration = resource.remove_target_collaboration
        self.search_sample_application_fulfillments = resource.search_sample_application_fulfillments


class AsyncAffiliateSellerAt202410:
    """`affiliate_seller` operations pinned to version 202410."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.edit_open_collaboration_sample_rule = resource.edit_open_collaboration_sample_rule
        self.get_open_collaboration_sample_rules = resource.get_open_collaboration_sample_rules
        self.search_affiliate_orders = resource.search_affiliate_orders
        self.iter_search_affiliate_orders = resource.iter_search_affiliate_orders


class AsyncAffiliateSellerAt202412:
    """`affiliate_seller` operations pinned to version 202412."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.create_open_collaboration = resource.create_open_collaboration
        self.get_conversation_messages = resource.get_conversation_messages
        self.iter_get_conversation_messages = resource.iter_get_conversation_messages
        self.get_conversations = resource.get_conversations
        self.iter_get_conversations = resource.iter_get_conversations
        self.get_latest_unread_messages = resource.get_latest_unread_messages
        self.mark_conversations_as_read = resource.mark_conversations_as_read
        self.search_open_collaborations = resource.search_open_collaborations
        self.iter_search_open_collaborations = resource.iter_search_open_collaborations
        self.send_message = resource.send_message


class AsyncAffiliateSellerAt202507:
    """`affiliate_seller` operations pinned to version 202507."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.review_sample_application = resource.review_sample_application


class AsyncAffiliateSellerAt202508:
    """`affiliate_seller` operations pinned to version 202508."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.create_target_collaboration = resource.create_target_collaboration
        self.get_open_collaboration_creator_content = resource.get_open_collaboration_creator_content
        self.iter_get_open_collaboration_creator_content = resource.iter_get_open_collaboration_creator_content
        self.get_or_create_conversation = resource.get_or_create_conversation
        self.get_target_collaboration = resource.get_target_collaboration
        self.remove_open_collaboration_creator = resource.remove_open_collaboration_creator
        self.search_sample_applications = resource.search_sample_applications
        self.iter_search_sample_applications = resource.iter_search_sample_applications
        self.search_target_collaborations = resource.search_target_collaborations
        self.iter_search_target_collaborations = resource.iter_search_target_collaborations
        self.update_target_collaboration = resource.update_target_collaboration


class AsyncAffiliateSellerAt202509:
    """`affiliate_seller` operations pinned to version 202509."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.generate_target_collaboration_link = resource.generate_target_collaboration_link


class AsyncAffiliateSellerAt202511:
    """`affiliate_seller` operations pinned to version 202511."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.upload_message_image = resource.upload_message_image_202511


class AsyncAffiliateSellerAt202512:
    """`affiliate_seller` operations pinned to version 202512."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.get_sample_request_deeplink = resource.get_sample_request_deeplink


class AsyncAffiliateSellerAt202603:
    """`affiliate_seller` operations pinned to version 202603."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.create_compass_export_task = resource.create_compass_export_task
        self.download_compass_export_file = resource.download_compass_export_file
        self.get_compass_export_tasks = resource.get_compass_export_tasks


class AsyncAffiliateSellerAt202605:
    """`affiliate_seller` operations pinned to version 202605."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.check_target_collaboration_conflicts = resource.check_target_collaboration_conflicts
        self.resolve_target_collaboration_conflicts = resource.resolve_target_collaboration_conflicts


class AsyncAffiliateSellerAt202607:
    """`affiliate_seller` operations pinned to version 202607."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.get_creator_outreach_quota = resource.get_creator_outreach_quota


class AsyncAffiliateSellerAt202608:
    """`affiliate_seller` operations pinned to version 202608."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.get_creator_outreach_records = resource.get_creator_outreach_records
        self.get_inbox_category_counts = resource.get_inbox_category_counts
        self.get_marketplace_creator_performance = resource.get_marketplace_creator_performance
        self.get_marketplace_creator_search_filters = resource.get_marketplace_creator_search_filters
        self.get_target_collaboration_creator_promotion_details = (
            resource.get_target_collaboration_creator_promotion_details
        )
        self.search_marketplace_creators = resource.search_marketplace_creators
        self.iter_search_marketplace_creators = resource.iter_search_marketplace_creators
        self.update_conversation_status = resource.update_conversation_status
        self.upload_message_image = resource.upload_message_image


class AsyncAffiliateSellerAt202610:
    """`affiliate_seller` operations pinned to version 202610."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.check_creator_outreach_eligibility = resource.check_creator_outreach_eligibility
