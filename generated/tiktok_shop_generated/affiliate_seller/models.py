"""Models of the `affiliate_seller` module.

Affiliate marketing for sellers: open and target collaborations with creators, free sample
applications, affiliate orders, the Creator Marketplace, creator messaging (IM) and Compass data
exports."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, StrictStr

from tiktok_shop._contract import FileInput, NullAsEmpty, OpenEnum, RequestModel, ResponseModel
from tiktok_shop._money import DecimalAmount

__all__ = [
    "AddProducts",
    "AdvancedFilters",
    "AdvancedFiltersOption",
    "AffiliateData",
    "AffiliateOrder",
    "AffiliateOrderSku",
    "Amount",
    "AmountRange",
    "AutoAddProduct",
    "AutoAddProductSetting",
    "AvgCommissionRateRange",
    "CategoryChainNode",
    "CategoryGmvDistribution",
    "ChangeCommissions",
    "CheckCreatorOutreachEligibilityRequest",
    "CheckCreatorOutreachEligibilityResponse",
    "CheckTargetCollaborationConflictsRequest",
    "CheckTargetCollaborationConflictsResponse",
    "CommissionRateRange",
    "ConflictItem",
    "Connect",
    "Content",
    "ContentGmvDistribution",
    "ContentPerformance",
    "Conversation",
    "CountRange",
    "CreateCompassExportTaskRequest",
    "CreateCompassExportTaskResponse",
    "CreateCompassExportTaskTask",
    "CreateOpenCollaborationOpenCollaboration",
    "CreateOpenCollaborationRequest",
    "CreateOpenCollaborationResponse",
    "CreateTargetCollaborationProduct",
    "CreateTargetCollaborationRequest",
    "CreateTargetCollaborationResponse",
    "CreateTargetCollaborationTargetCollaboration",
    "Creator",
    "CreatorAvatar",
    "CreatorConnectInfo",
    "CreatorContentDetail",
    "CreatorContentDetailCreatorProfile",
    "CreatorEligibilityResult",
    "CreatorInfo",
    "CreatorPerformance",
    "CreatorPerformanceCreatorProfile",
    "CreatorProductPromotion",
    "CreatorTrendProfile",
    "CurrentCommission",
    "DownloadCompassExportFileQuery",
    "DownloadCompassExportFileResponse",
    "EditOpenCollaborationSampleRuleRequest",
    "EditOpenCollaborationSampleRuleResponse",
    "EditOpenCollaborationSampleRuleSampleRule",
    "EditOpenCollaborationSettingsRequest",
    "EditOpenCollaborationSettingsResponse",
    "File",
    "FilterOption",
    "FilterOptionInput",
    "FollowerDemographics",
    "FreeSampleRule",
    "FreeSampleRuleInput",
    "GenderDistribution",
    "GenerateAffiliateProductPromotionLinkQuery",
    "GenerateAffiliateProductPromotionLinkResponse",
    "GenerateTargetCollaborationLinkQuery",
    "GenerateTargetCollaborationLinkResponse",
    "GetCompassExportTasksQuery",
    "GetCompassExportTasksResponse",
    "GetCompassExportTasksTask",
    "GetConversationMessagesMessage",
    "GetConversationMessagesQuery",
    "GetConversationMessagesResponse",
    "GetConversationsQuery",
    "GetConversationsResponse",
    "GetCreatorOutreachQuotaData",
    "GetCreatorOutreachQuotaResponse",
    "GetCreatorOutreachRecordsData",
    "GetCreatorOutreachRecordsRequest",
    "GetCreatorOutreachRecordsResponse",
    "GetInboxCategoryCountsData",
    "GetInboxCategoryCountsResponse",
    "GetLatestUnreadMessagesResponse",
    "GetMarketplaceCreatorPerformanceQuery",
    "GetMarketplaceCreatorPerformanceResponse",
    "GetMarketplaceCreatorSearchFiltersData",
    "GetMarketplaceCreatorSearchFiltersDataOption",
    "GetMarketplaceCreatorSearchFiltersOption",
    "GetMarketplaceCreatorSearchFiltersRequest",
    "GetMarketplaceCreatorSearchFiltersResponse",
    "GetOpenCollaborationCreatorContentProduct",
    "GetOpenCollaborationCreatorContentQuery",
    "GetOpenCollaborationCreatorContentResponse",
    "GetOpenCollaborationSampleRulesQuery",
    "GetOpenCollaborationSampleRulesResponse",
    "GetOpenCollaborationSettingsResponse",
    "GetOrCreateConversationRequest",
    "GetOrCreateConversationResponse",
    "GetSampleRequestDeeplinkQuery",
    "GetSampleRequestDeeplinkResponse",
    "GetTargetCollaborationCreatorPromotionDetailsData",
    "GetTargetCollaborationCreatorPromotionDetailsRequest",
    "GetTargetCollaborationCreatorPromotionDetailsResponse",
    "GetTargetCollaborationQuery",
    "GetTargetCollaborationResponse",
    "Gmv",
    "GmvLevelRule",
    "GroupCount",
    "Image",
    "KeyShare",
    "MajorGender",
    "MarkConversationsAsReadRequest",
    "MarkConversationsAsReadResponse",
    "MarketplaceCreator",
    "MarketplaceCreatorCreatorProfile",
    "MarketplaceProduct",
    "MarketplaceProductCommission",
    "Message",
    "NewestMessage",
    "OpenCollaboration",
    "OpenCollaborationProduct",
    "OpenCollaborationSettings",
    "OptionChildren",
    "OptionChildrenInput",
    "OutreachQuotaDetail",
    "PriceBounds",
    "PriceRange",
    "ProductBaseInfo",
    "ProductFilter",
    "RemoveOpenCollaborationCreatorQuery",
    "RemoveOpenCollaborationCreatorRequest",
    "RemoveOpenCollaborationCreatorResponse",
    "RemoveOpenCollaborationQuery",
    "RemoveOpenCollaborationResponse",
    "RemoveTargetCollaborationQuery",
    "RemoveTargetCollaborationResponse",
    "ResolveTargetCollaborationConflictsConflictItem",
    "ResolveTargetCollaborationConflictsRequest",
    "ResolveTargetCollaborationConflictsResponse",
    "ResolvedConflict",
    "ReviewSampleApplicationQuery",
    "ReviewSampleApplicationRequest",
    "ReviewSampleApplicationResponse",
    "SalesPriceRange",
    "SampleApplication",
    "SampleApplicationProduct",
    "SampleFulfillment",
    "SampleFulfillmentProduct",
    "SampleRule",
    "SampleThresholds",
    "SampleThresholdsInput",
    "SearchAffiliateOrdersQuery",
    "SearchAffiliateOrdersRequest",
    "SearchAffiliateOrdersResponse",
    "SearchMarketplaceCreatorsCategory",
    "SearchMarketplaceCreatorsQuery",
    "SearchMarketplaceCreatorsRequest",
    "SearchMarketplaceCreatorsResponse",
    "SearchOpenCollaborationProductsCategory",
    "SearchOpenCollaborationProductsQuery",
    "SearchOpenCollaborationProductsRequest",
    "SearchOpenCollaborationProductsResponse",
    "SearchOpenCollaborationsQuery",
    "SearchOpenCollaborationsRequest",
    "SearchOpenCollaborationsResponse",
    "SearchParam",
    "SearchSampleApplicationFulfillmentsQuery",
    "SearchSampleApplicationFulfillmentsRequest",
    "SearchSampleApplicationFulfillmentsResponse",
    "SearchSampleApplicationsQuery",
    "SearchSampleApplicationsRequest",
    "SearchSampleApplicationsResponse",
    "SearchTargetCollaborationsQuery",
    "SearchTargetCollaborationsRequest",
    "SearchTargetCollaborationsResponse",
    "SellerContactInfo",
    "SellerContactInfoInput",
    "SendMessageQuery",
    "SendMessageRequest",
    "SendMessageResponse",
    "Shop",
    "Sorter",
    "TargetCollaboration",
    "TargetCollaborationConflict",
    "TargetCollaborationCreator",
    "TargetCollaborationProduct",
    "TargetCollaborationProductCommission",
    "TargetCollaborationSummary",
    "TopFollowerDemographics",
    "UnitsSoldRange",
    "UpdateConversationStatusQuery",
    "UpdateConversationStatusRequest",
    "UpdateConversationStatusResponse",
    "UpdateFailed",
    "UpdateTargetCollaborationProduct",
    "UpdateTargetCollaborationQuery",
    "UpdateTargetCollaborationRequest",
    "UpdateTargetCollaborationResponse",
    "UpdateTargetCollaborationSellerContactInfo",
    "UploadMessageImageRequest",
    "UploadMessageImageResponse",
]


class AddProducts(ResponseModel):
    """A product that could not be added."""

    id: str | None = None
    """Product id."""

    commission_rate: int | None = None
    """Requested commission rate, in hundredths of a percent."""


class AdvancedFilters(RequestModel):
    """Advanced filters, from the advanced search filters operation."""

    content_preference_type: list[StrictStr] | None = None
    """Preferred content types, e.g. `VIDEO`, `LIVE`."""

    eligible_flat_fee: bool | None = Field(default=None, strict=True)
    """Only creators eligible for flat fee invitations (US local sellers)."""

    option_list: list[AdvancedFiltersOption] | None = None
    """Selected advanced filter options."""

    sorter_algorithm_id: str | None = Field(default=None, strict=True)
    """Sorter id from the advanced search filters; `1` (default sorter) when omitted."""


class AdvancedFiltersOption(RequestModel):
    """Selected options of one filter type."""

    option_type: str | None = Field(default=None, strict=True)
    """Filter type."""

    options: list[FilterOptionInput] | None = None
    """Selected options."""


class AffiliateData(RequestModel):
    """Affiliate behaviour filters."""

    avg_commission_rate: Literal["ALL", "LESS_THAN_10%", "LESS_THAN_15%", "LESS_THAN_20%", "LESS_THAN_5%"] | None = None
    """The creator's average commission rate over the last 30 days."""

    post_rate: Literal["ALL", "BETTER", "GOOD", "OK"] | None = None
    """How often the creator posts after receiving a sample; `BETTER` is the highest."""

    creator_agency_staus: Literal["AGENCY_MANAGED", "INDEPENDENT"] | None = None
    """Agency status (the key is misspelled on the wire)."""

    is_fast_growing: bool | None = Field(default=None, strict=True)
    """Only the top 10% fastest-growing creators of the last 30 days."""

    not_invited_l90_days: bool | None = Field(default=None, strict=True)
    """Only creators the shop has not invited in the last 90 days."""


class AffiliateOrder(ResponseModel):
    """An order earning affiliate commission."""

    id: str | None = None
    """Order id."""

    delivery_time: int | None = None
    """When the order was delivered, Unix timestamp in seconds."""

    create_time: int | None = None
    """When the order was created, Unix timestamp in seconds."""

    status: str | None = None
    """Deprecated and not returned; use each SKU's `settlement_status`."""

    skus: NullAsEmpty[list[AffiliateOrderSku]] = Field(default_factory=list)
    """The order's SKUs on this page."""


class AffiliateOrderSku(ResponseModel):
    """One SKU of an affiliate order and its commission."""

    sku_id: str | None = None
    """SKU id."""

    product_id: str | None = None
    """Product id."""

    settlement_status: str | None = None
    """Commission settlement status: `Unknown`, `AWAITING PAYMENT` or `To-SETTLE` (only estimates
    available), `SETTLED`, or `INELIGIBLE` (returned, refunded or cancelled: no commission)."""

    open_collaboration_id: str | None = None
    """Open collaboration the product is enrolled in."""

    target_collaboration_id: str | None = None
    """Target collaboration the product is enrolled in."""

    campaign_id: str | None = None
    """Affiliate partner (TAP) campaign the product is enrolled in."""

    creator_username: str | None = None
    """Username of the credited creator; empty for partner campaign orders."""

    price: Amount | None = None
    """A money amount with its currency."""

    quantity: int | None = None
    """Units ordered, including units later refunded."""

    content_type: str | None = None
    """Content that generated the order, e.g. `SHOP`, `VIDEO`, `LIVE`, `PRE_LIVE`, `PROMOTION_PAGE`,
    `LINKSHARE`."""

    content_id: str | None = None
    """Id of the content."""

    commission_model: str | None = None
    """`Fixed commission` or `Tiered commission`."""

    commission_tier_setting: str | None = None
    """For tiered commission, the tier rates in ascending order separated by ` OR `; `-` otherwise."""

    commission_rate: str | None = None
    """Creator commission rate in hundredths of a percent (`1550` = 15.50%); for creator orders only."""

    partner_commission_rate: str | None = None
    """Affiliate partner commission rate in hundredths of a percent."""

    shop_ads_commission_rate: str | None = None
    """Commission rate of Shop Ads orders, in hundredths of a percent."""

    estimated_commission_base: Amount | None = None
    """A money amount with its currency."""

    estimated_paid_commission: Amount | None = None
    """A money amount with its currency."""

    estimated_paid_partner_commission: Amount | None = None
    """A money amount with its currency."""

    estimated_paid_shop_ads_commission: Amount | None = None
    """A money amount with its currency."""

    estimated_cofunded_creator_bonus_amount: Amount | None = None
    """A money amount with its currency."""

    actual_commission_base: Amount | None = None
    """A money amount with its currency."""

    actual_paid_commission: Amount | None = None
    """A money amount with its currency."""

    actual_paid_partner_commission: Amount | None = None
    """A money amount with its currency."""

    actual_paid_shop_ads_commission: Amount | None = None
    """A money amount with its currency."""

    actual_cofunded_creator_bonus_amount: Amount | None = None
    """A money amount with its currency."""

    refunded_quantity: int | None = None
    """Deprecated and not returned; see `fully_return`."""

    returned_quantity: int | None = None
    """Deprecated and not returned; see `fully_return`."""

    fully_return: str | None = None
    """`Yes` when the whole SKU quantity was returned or refunded (no commission), otherwise `No`."""

    is_carousel: bool | None = None
    """True when the order is credited to carousel content, which may lower the commission rate."""


class Amount(ResponseModel):
    """A money amount with its currency."""

    amount: DecimalAmount | None = None
    """Amount, as a decimal string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class AmountRange(ResponseModel):
    """A range of money amounts with a display form."""

    currency: str | None = None
    """Currency code."""

    minimum_amount: DecimalAmount | None = None
    """Lower bound."""

    maximum_amount: DecimalAmount | None = None
    """Upper bound."""

    formatted_range: str | None = None
    """The range formatted for display."""


class AutoAddProduct(RequestModel):
    """Automatic enrollment of products into open collaboration."""

    enable: bool = Field(strict=True)
    """True to put the existing catalog and future products into open collaboration automatically; false to
    stop adding products automatically."""

    commission_rate: int = Field(ge=100.0, le=8000.0, strict=True)
    """Default commission rate in hundredths of a percent (`3587` = 35.87%), from 100 to 8000. Ignored when
    `enable` is false."""


class AutoAddProductSetting(ResponseModel):
    """Automatic enrollment of the shop's products into open collaboration."""

    enable: bool | None = None
    """True when existing non-affiliate products and future products are put into open collaboration
    automatically. Turning it off does not revert existing open collaborations."""

    commission_rate: int | None = None
    """Default commission rate of the auto-added products, in hundredths of a percent (`1000` = 10%), from
    100 to 8000. Not returned when `enable` is false."""


class AvgCommissionRateRange(ResponseModel):
    """Range of the average commission rate, in hundredths of a percent."""

    minimum_amount: int | None = None
    """Lower bound."""

    maximum_amount: int | None = None
    """Upper bound."""


class CategoryChainNode(ResponseModel):
    """One level of a product's category path."""

    id: str | None = None
    """Category id."""

    local_name: str | None = None
    """Category name in the local language."""

    is_leaf: bool | None = None
    """True when the category is a leaf of the category tree."""

    parent_id: str | None = None
    """Id of the parent category."""


class CategoryGmvDistribution(ResponseModel):
    """One category's share."""

    category_id: str | None = None
    """Top-level category id; `-1` groups all other categories."""

    value: str | None = None
    """Share as a decimal fraction (`0.3035` = 30.35%)."""


class ChangeCommissions(ResponseModel):
    """A commission change that could not be applied."""

    product_id: str | None = None
    """Product id."""

    commission_rate: int | None = None
    """Requested commission rate, in hundredths of a percent."""


class CheckCreatorOutreachEligibilityRequest(RequestModel):
    """The creators to check."""

    creator_infos: list[CreatorInfo] = Field(min_length=1, max_length=100)
    """1 to 100 creators, with distinct Open IDs."""


class CheckCreatorOutreachEligibilityResponse(ResponseModel):
    """Eligibility per creator and for the whole batch."""

    creator_eligibility_results: NullAsEmpty[list[CreatorEligibilityResult]] = Field(default_factory=list)
    """Connection and quota facts per creator."""

    ineligible_creator_levels: NullAsEmpty[list[int]] = Field(default_factory=list)
    """Creator levels whose quota cannot cover the batch; empty when none."""

    is_batch_quota_consumable: bool | None = None
    """True when the quota covers the whole batch."""


class CheckTargetCollaborationConflictsRequest(RequestModel):
    """The creators and products to check."""

    creator_open_id_list: list[StrictStr]
    """Creator Open IDs."""

    product_id_list: list[StrictStr]
    """Product ids."""


class CheckTargetCollaborationConflictsResponse(ResponseModel):
    """The conflicts found."""

    has_conflict: bool | None = None
    """True when at least one conflict exists."""

    conflict_items: NullAsEmpty[list[ConflictItem]] = Field(default_factory=list)
    """The conflicting creator-product pairs."""


class CommissionRateRange(RequestModel):
    """Commission rate bounds, in hundredths of a percent (`3587` = 35.87%)."""

    rate_ge: int | None = Field(default=None, strict=True)
    """Lowest commission rate (inclusive), from 100 to 8000."""

    rate_lt: int | None = Field(default=None, strict=True)
    """Upper bound of the commission rate (exclusive), at least 100."""


class ConflictItem(ResponseModel):
    """A creator-product pair and the existing target collaboration binding it."""

    creator_open_id: str | None = None
    """Creator Open ID."""

    product_id: str | None = None
    """Product id."""

    existing_collaboration_id: str | None = None
    """Id of the conflicting target collaboration."""


class Connect(ResponseModel):
    """One outreach record."""

    id: str | None = None
    """Record id."""

    creator_open_id: str | None = None
    """Creator Open ID."""

    has_sent_im_message: bool | None = None
    """True when the shop sent the creator an IM message."""

    has_sent_invitation: bool | None = None
    """True when the shop sent the creator an invitation."""

    is_paired: bool | None = None
    """True when the shop and the creator are paired."""


class Content(ResponseModel):
    """The video or LIVE and its performance."""

    id: str | None = None
    """Video or LIVE room id."""

    format_: OpenEnum[Literal["LIVE", "VIDEO"]] | None = Field(default=None, alias="format")
    """Content format."""

    url: str | None = None
    """Source link of the content."""

    view_count: int | None = None
    """Cumulative views."""

    like_count: int | None = None
    """Cumulative likes."""

    comment_count: int | None = None
    """Cumulative comments."""

    paid_order_count: int | None = None
    """Cumulative paid orders from the content."""

    page_link: str | None = None
    """URL of the content's TikTok page."""

    description: str | None = None
    """Video title or LIVE room description."""

    create_time: int | None = None
    """Unix timestamp in seconds when the video was published with the product, or when the product link
    was first added to the LIVE."""

    live_end_time: int | None = None
    """LIVE only: when the product link was removed from the LIVE, or the end of the LIVE if it stayed;
    Unix timestamp in seconds."""


class ContentGmvDistribution(ResponseModel):
    """One content type's share."""

    content_type: str | None = None
    """`VIDEO`, `LIVE` or `SHOWCASE`."""

    value: str | None = None
    """Share as a decimal fraction."""


class ContentPerformance(RequestModel):
    """Content performance filters (whole numbers sent as strings)."""

    avg_video_views: str | None = Field(default=None, strict=True)
    """Lowest average video views, 0 to 100,000; not with `avg_shoppable_video_views`."""

    avg_shoppable_video_views: str | None = Field(default=None, strict=True)
    """Lowest average shoppable video views, 0 to 100,000; not with `avg_video_views`."""

    avg_engagement_rate: str | None = Field(default=None, strict=True)
    """Lowest average engagement rate in percent, 0 to 20 in steps of 1."""

    avg_shopable_engagement_rate: str | None = Field(default=None, strict=True)
    """Lowest average shoppable engagement rate in percent, 0 to 20 in steps of 1."""

    avg_live_avg_viewers_ge: str | None = Field(default=None, strict=True)
    """Lowest average LIVE viewers, 0 to 100,000; not with `avg_shoppable_live_avg_viewers_ge`."""

    avg_shoppable_live_avg_viewers_ge: str | None = Field(default=None, strict=True)
    """Lowest average shoppable LIVE viewers, 0 to 100,000; not with `avg_live_avg_viewers_ge`."""


class Conversation(ResponseModel):
    """An IM conversation between the shop and a creator."""

    id: str | None = None
    """Conversation id."""

    unread_count: int | None = None
    """Number of unread messages."""

    username: str | None = None
    """The creator's TikTok username."""

    avatar: str | None = None
    """URL of the creator's avatar."""

    creator_im_id: str | None = None
    """The creator's IM user id."""


class CountRange(RequestModel):
    """Follower count bounds."""

    count_ge: int | None = Field(default=None, strict=True)
    """Lowest follower count (inclusive), 0 or more."""

    count_le: int | None = Field(default=None, strict=True)
    """Highest follower count (inclusive); a negative value disables the bound."""


class CreateCompassExportTaskRequest(RequestModel):
    """What to export."""

    module_type: Literal["BASE", "CREATOR"] | None = None
    """`CREATOR` (creator list data) or `BASE` (core performance data)."""

    window_type: Literal["PAST_24H", "PAST_30_DAYS", "PAST_7_DAYS"] | None = None
    """Time window ending on `end_day`."""

    end_day: int | None = Field(default=None, strict=True)
    """Last day of the window as `YYYYMMDD`, in the local time zone of the shop's region."""

    plan_type: Literal["ALL", "OPEN", "PARTNER", "TARGET"] | None = None
    """Collaboration plans included."""


class CreateCompassExportTaskResponse(ResponseModel):
    """The created task."""

    task: CreateCompassExportTaskTask | None = None
    """The export task."""


class CreateCompassExportTaskTask(ResponseModel):
    """The export task."""

    id: str | None = None
    """Task id."""


class CreateOpenCollaborationOpenCollaboration(ResponseModel):
    """The created open collaboration."""

    id: str | None = None
    """Open collaboration id."""

    product_id: str | None = None
    """Id of the product."""

    effective_time: int | None = None
    """When the commission takes effect, Unix timestamp in seconds."""


class CreateOpenCollaborationRequest(RequestModel):
    """The product to put into open collaboration and its commission."""

    product_id: str = Field(strict=True)
    """Id of the product; one product per request."""

    commission_rate: int = Field(ge=100.0, le=8000.0, strict=True)
    """Commission rate in hundredths of a percent (`3587` = 35.87%), from 100 to 8000."""


class CreateOpenCollaborationResponse(ResponseModel):
    """The created open collaboration."""

    open_collaboration: CreateOpenCollaborationOpenCollaboration | None = None
    """The created open collaboration."""


class CreateTargetCollaborationProduct(RequestModel):
    """CreateTargetCollaborationProduct"""

    id: str = Field(strict=True)
    """Product id."""

    target_commission_rate: int = Field(ge=100.0, strict=True)
    """Commission rate in hundredths of a percent (`3587` = 35.87%), at least 100."""

    shop_ads_commission_rate: int | None = Field(default=None, strict=True)
    """Commission rate for orders from ads using the creator's video, in hundredths of a percent (`1000` =
    10%). Without it, such orders earn the open collaboration's Shop Ads commission or this
    collaboration's standard rate."""


class CreateTargetCollaborationRequest(RequestModel):
    """The target collaboration to create."""

    name: str = Field(strict=True)
    """Name of the target collaboration."""

    end_time: str = Field(strict=True)
    """When the collaboration ends, Unix timestamp in seconds (sent as a string)."""

    products: list[CreateTargetCollaborationProduct] = Field(max_length=100)
    """Products offered, up to 100."""

    creator_user_open_ids: list[StrictStr] = Field(max_length=50)
    """Open IDs of the invited creators, up to 50."""

    seller_contact_info: SellerContactInfoInput
    """How creators can reach the seller."""

    free_sample_rule: FreeSampleRuleInput
    """Free sample policy of a target collaboration (request form)."""

    message: str | None = Field(default=None, strict=True)
    """Message sent to the invited creators."""

    preferred_content_type: Literal["LIVE", "VIDEO"] | None = None
    """Content the seller prefers from creators, `LIVE` or `VIDEO`."""


class CreateTargetCollaborationResponse(ResponseModel):
    """The created target collaboration, or what prevented it."""

    target_collaboration: CreateTargetCollaborationTargetCollaboration | None = None
    """The created target collaboration."""

    target_collaboration_conflicts: NullAsEmpty[list[TargetCollaborationConflict]] = Field(default_factory=list)
    """Creator-product pairs bound by another target collaboration, which made the creation fail."""

    invalid_open_id_list: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Creator Open IDs that made the creation fail."""

    invalid_product_id_list: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Product ids that made the creation fail."""

    create_time: int | None = None
    """When the target collaboration was created, Unix timestamp in seconds."""


class CreateTargetCollaborationTargetCollaboration(ResponseModel):
    """The created target collaboration."""

    id: str | None = None
    """Target collaboration id."""


class Creator(ResponseModel):
    """The creator who applied."""

    creator_open_id: str | None = None
    """Creator Open ID."""

    username: str | None = None
    """TikTok username."""

    nickname: str | None = None
    """TikTok nickname."""

    follower_count: int | None = None
    """Number of followers."""

    avatar_url: str | None = None
    """URL of the creator's avatar."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    content_count: int | None = None
    """Number of posts over the past 30 days, when the creator shares it."""

    fulfillment_percentage: str | None = None
    """Sample fulfillment rate over the past 90 days, as a percentage without the sign (e.g. `60.85`);
    empty when not shared."""

    ec_video_view: int | None = None
    """Median views of the creator's shoppable videos over the past 30 days, when shared."""


class CreatorAvatar(ResponseModel):
    """A creator's profile picture."""

    url: str | None = None
    """URL of the creator's TikTok avatar."""


class CreatorConnectInfo(ResponseModel):
    """Connection with the shop."""

    is_paired: bool | None = None
    """True when paired with the shop."""

    is_connect: bool | None = None
    """True when connected with the shop."""

    is_blocked: bool | None = None
    """True when blocked."""


class CreatorContentDetail(ResponseModel):
    """One creator promoting an open collaboration product, with their content counts."""

    creator_profile: CreatorContentDetailCreatorProfile | None = None
    """The creator's profile."""

    video_count: int | None = None
    """Number of videos the creator posted about the product."""

    live_count: int | None = None
    """Number of LIVEs the creator held about the product."""

    promotion_status: OpenEnum[Literal["NORMAL", "TERMINATING"]] | None = None
    """`NORMAL` (promoting) or `TERMINATING` (the seller ended the promotion; the creator's promotion
    rights expire at `promotion_end_time`)."""

    promotion_end_time: int | None = None
    """When the creator's promotion ends, Unix timestamp in seconds."""


class CreatorContentDetailCreatorProfile(ResponseModel):
    """The creator's profile."""

    username: str | None = None
    """TikTok username."""

    nickname: str | None = None
    """TikTok nickname."""

    follower_count: int | None = None
    """Number of followers."""

    avatar: CreatorAvatar | None = None
    """A creator's profile picture."""

    creator_open_id: str | None = None
    """Creator Open ID."""


class CreatorEligibilityResult(ResponseModel):
    """The eligibility facts of one creator."""

    creator_open_id: str | None = None
    """Creator Open ID from the request."""

    creator_level: int | None = None
    """Creator level used by the quota rules."""

    is_blocked: bool | None = None
    """True when blocking prevents the shop and creator from connecting."""

    is_connected: bool | None = None
    """True when the shop is already connected with the creator."""

    is_creator_follower_count_threshold_met: bool | None = None
    """True when the creator's follower count is within what the shop may reach."""

    is_creator_level_quota_available: bool | None = None
    """True when quota is left for the creator's level."""

    is_paired: bool | None = None
    """True when the shop is paired with the creator."""


class CreatorInfo(RequestModel):
    """CreatorInfo"""

    creator_open_id: str = Field(strict=True)
    """Creator Open ID."""


class CreatorPerformance(ResponseModel):
    """A Creator Marketplace creator's profile and performance."""

    username: str | None = None
    """TikTok username."""

    nickname: str | None = None
    """TikTok nickname."""

    avatar: CreatorAvatar | None = None
    """A creator's profile picture."""

    selection_region: str | None = None
    """Region where the creator selects products to promote."""

    bio_description: str | None = None
    """The creator's biography."""

    follower_count: int | None = None
    """Number of followers."""

    profile_tt_uri: str | None = None
    """Deeplink URI of the creator's TikTok profile."""

    category_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Categories of the products the creator posted about."""

    top_collaborated_brand_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Top 10 brands the creator worked with."""

    brand_collaboration_count: int | None = None
    """Number of brands the creator worked with."""

    units_sold: int | None = None
    """Units sold (per SKU); absent when the creator does not share precise data."""

    units_sold_range: UnitsSoldRange | None = None
    """A range of units sold."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    video_gmv: Amount | None = None
    """A money amount with its currency."""

    live_gmv: Amount | None = None
    """A money amount with its currency."""

    gmv_range: AmountRange | None = None
    """A range of money amounts with a display form."""

    ec_live_engagement_rate: str | None = None
    """E-commerce LIVE engagement rate in hundredths of a percent (`6000` = 60%)."""

    ec_video_engagement_rate: str | None = None
    """Average video engagement rate over the last 30 days, in hundredths of a percent."""

    category_gmv_distribution: NullAsEmpty[list[CategoryGmvDistribution]] = Field(default_factory=list)
    """GMV share per top-level category."""

    content_gmv_distribution: NullAsEmpty[list[ContentGmvDistribution]] = Field(default_factory=list)
    """GMV share per content type."""

    product_original_price_range: PriceRange | None = None
    """A price range over the SKUs of a product."""

    gpm: Amount | None = None
    """A money amount with its currency."""

    live_gpm: Amount | None = None
    """A money amount with its currency."""

    video_gpm: Amount | None = None
    """A money amount with its currency."""

    gpm_range: AmountRange | None = None
    """A range of money amounts with a display form."""

    video_gpm_range: AmountRange | None = None
    """A range of money amounts with a display form."""

    live_gpm_range: AmountRange | None = None
    """A range of money amounts with a display form."""

    promoted_product_num: int | None = None
    """Products promoted in the last 30 days."""

    ec_live_count: int | None = None
    """E-commerce LIVEs in the last 30 days."""

    ec_video_count: int | None = None
    """E-commerce videos in the last 30 days."""

    avg_ec_video_play_count: int | None = None
    """Average plays of e-commerce videos."""

    avg_commission_rate: int | None = None
    """Average commission rate in hundredths of a percent; absent without precise data sharing."""

    avg_commission_rate_range: AvgCommissionRateRange | None = None
    """Range of the average commission rate, in hundredths of a percent."""

    avg_gmv_per_buyer: Amount | None = None
    """A money amount with its currency."""

    avg_gmv_per_buyer_range: AmountRange | None = None
    """A range of money amounts with a display form."""

    avg_ec_live_view_count: int | None = None
    """Average views of LIVEs with products."""

    avg_ec_live_like_count: int | None = None
    """Average likes of e-commerce LIVEs."""

    avg_ec_live_comment_count: int | None = None
    """Average comments of e-commerce LIVEs."""

    avg_ec_live_share_count: int | None = None
    """Average shares of e-commerce LIVEs."""

    avg_ec_video_like_count: int | None = None
    """Average likes of e-commerce videos."""

    avg_ec_video_comment_count: int | None = None
    """Average comments of e-commerce videos."""

    avg_ec_video_share_count: int | None = None
    """Average shares of e-commerce videos."""

    follower_location: NullAsEmpty[list[KeyShare]] = Field(default_factory=list)
    """Follower share per country code."""

    follower_age: NullAsEmpty[list[KeyShare]] = Field(default_factory=list)
    """Follower share per age range."""

    follower_gender: NullAsEmpty[list[KeyShare]] = Field(default_factory=list)
    """Follower share per gender."""

    pps: str | None = None
    """Promotion performance score over the past 90 days; higher suggests fewer refunds and bad reviews."""

    rating: str | None = None
    """Rating given by sellers who worked with the creator."""

    post_rate: str | None = None
    """Projected rate of posting a shoppable video or LIVE after a sample, in hundredths of a percent
    (`3000` = 30%)."""

    creator_profile: CreatorPerformanceCreatorProfile | None = None
    """Labels, relationship with the shop and trends."""


class CreatorPerformanceCreatorProfile(ResponseModel):
    """Labels, relationship with the shop and trends."""

    is_official_recommend: bool | None = None
    """True when the creator has the official recommendation tag."""

    contact_info_available: bool | None = None
    """True when the creator's contact information is available."""

    creator_bind_mcn_name: str | None = None
    """Name of the creator's MCN."""

    live_engagement_rate_30d: int | None = None
    """LIVE engagement rate over the last 30 days."""

    video_play_cnt_30d_med: int | None = None
    """Median video plays over the last 30 days."""

    live_view_cnt_30d_med: int | None = None
    """Median LIVE views over the last 30 days."""

    live_like_cnt_30d: int | None = None
    """LIVE likes over the last 30 days."""

    live_comment_cnt_30d_med: int | None = None
    """Median LIVE comments over the last 30 days."""

    live_share_cnt_30d_med: int | None = None
    """Median LIVE shares over the last 30 days."""

    video_publish_cnt_30d_med: int | None = None
    """Median videos published over the last 30 days."""

    has_invited_90d: bool | None = None
    """True when the shop invited the creator in the last 90 days."""

    is_creator_blocked: bool | None = None
    """True when the shop blocked the creator."""

    creator_level: int | None = None
    """Creator level."""

    creator_fulfillment_reviews: int | None = None
    """Fulfillment reviews sellers gave the creator in the last 90 days."""

    is_eligible_flat_fee: bool | None = None
    """True when the creator is eligible for flat fee invitations."""

    is_rising_star: bool | None = None
    """True when the creator has the rising star tag."""

    creator_fulfillment_score_90d: str | None = None
    """Fulfillment score over the last 90 days."""

    sample_score: int | None = None
    """Sample credit score out of 100."""

    creator_connect_info: CreatorConnectInfo | None = None
    """Connection with the shop."""

    creator_trend_profile: NullAsEmpty[list[CreatorTrendProfile]] = Field(default_factory=list)
    """Performance per trend period."""


class CreatorProductPromotion(ResponseModel):
    """One product's commissions and the creator's promotion of it."""

    product_base_info: ProductBaseInfo | None = None
    """The product and its commissions."""

    product_add_status: bool | None = None
    """True when the creator added the product."""

    video_count: int | None = None
    """Number of videos the creator posted in the collaboration."""

    live_count: int | None = None
    """Number of LIVEs the creator held in the collaboration."""

    is_commission_effective: bool | None = None
    """True when the target commission applies to this creator and product; false when an active campaign
    takes precedence."""


class CreatorTrendProfile(ResponseModel):
    """One trend period."""

    start_timestamp: int | None = None
    """Start of the period, Unix timestamp."""

    end_timestamp: int | None = None
    """End of the period, Unix timestamp."""

    gmv: Gmv | None = None
    """GMV of the period."""

    units_sold: int | None = None
    """Units sold in the period."""

    follower: int | None = None
    """Followers in the period."""

    engagement_rate: int | None = None
    """Engagement rate in hundredths of a percent (`558` = 5.58%)."""


class CurrentCommission(ResponseModel):
    """The commission currently offered to creators."""

    rate: int | None = None
    """Commission rate in hundredths of a percent (`3000` = 30%), from 100 to 8000."""

    start_time: int | None = None
    """When the rate takes effect, Unix timestamp in seconds."""

    end_time: int | None = None
    """When the rate stops being effective, Unix timestamp in seconds."""


class DownloadCompassExportFileQuery(RequestModel):
    """Path and query parameters of AffiliateSellerDownloadCompassTaskFile."""

    task_id: str = Field(min_length=1, strict=True)
    """Id of the export task, from the task list."""


class DownloadCompassExportFileResponse(ResponseModel):
    """The export file."""

    file: File | None = None
    """The result file."""


class EditOpenCollaborationSampleRuleRequest(RequestModel):
    """The sample rule to save for one product."""

    product_id: str = Field(strict=True)
    """Id of the product the rule applies to."""

    sample_rule: EditOpenCollaborationSampleRuleSampleRule | None = None
    """The rule; with `DEACTIVATE` only `activate_status` is needed."""


class EditOpenCollaborationSampleRuleResponse(ResponseModel):
    """Empty on success."""

    pass


class EditOpenCollaborationSampleRuleSampleRule(RequestModel):
    """The rule; with `DEACTIVATE` only `activate_status` is needed."""

    activate_status: Literal["ACTIVATE", "DEACTIVATE"]
    """`ACTIVATE` to create or update the rule (give its details), `DEACTIVATE` to turn it off."""

    sample_quota: int | None = Field(default=None, strict=True)
    """Total number of samples creators can apply for."""

    is_sample_time_unlimited: bool | None = Field(default=None, strict=True)
    """True to accept requests at any time; false to accept them only between `start_time` and `end_time`."""

    start_time: int | None = Field(default=None, strict=True)
    """Start of the application period, Unix timestamp in seconds; give it with `end_time`."""

    end_time: int | None = Field(default=None, strict=True)
    """End of the application period, Unix timestamp in seconds; give it with `start_time`."""

    thresholds: SampleThresholdsInput | None = None
    """Requirements a creator must meet to request a free sample."""


class EditOpenCollaborationSettingsRequest(RequestModel):
    """The open collaboration settings to save."""

    auto_add_product: AutoAddProduct | None = None
    """Automatic enrollment of products into open collaboration."""


class EditOpenCollaborationSettingsResponse(ResponseModel):
    """Empty on success."""

    pass


class File(ResponseModel):
    """The result file."""

    base64: str | None = None
    """File contents, Base64-encoded."""


class FilterOption(ResponseModel):
    """One value of an advanced Creator Marketplace filter."""

    id: str | None = None
    """Option id."""

    name: str | None = None
    """Option name."""

    option_children: NullAsEmpty[list[OptionChildren]] = Field(default_factory=list)
    """Sub-options, when the option has finer choices."""


class FilterOptionInput(RequestModel):
    """One value of an advanced Creator Marketplace filter."""

    id: str | None = Field(default=None, strict=True)
    """Option id."""

    name: str | None = Field(default=None, strict=True)
    """Option name."""

    option_children: list[OptionChildrenInput] | None = None
    """Sub-options, when the option has finer choices."""


class FollowerDemographics(RequestModel):
    """Follower filters."""

    age_ranges: (
        list[
            Literal[
                "AGE_RANGE_18_24", "AGE_RANGE_25_34", "AGE_RANGE_35_44", "AGE_RANGE_45_54", "AGE_RANGE_55_AND_ABOVE"
            ]
        ]
        | None
    ) = None
    """Follower age ranges."""

    count_range: CountRange | None = None
    """Follower count bounds."""

    gender_distribution: GenderDistribution | None = None
    """Share of followers of one gender."""


class FreeSampleRule(ResponseModel):
    """Free sample policy of a target collaboration."""

    has_free_sample: bool | None = None
    """True when the invited creators get free samples."""

    is_sample_approval_exempt: bool | None = None
    """True when sample requests are approved without seller review; ignored when `has_free_sample` is
    false."""


class FreeSampleRuleInput(RequestModel):
    """Free sample policy of a target collaboration (request form)."""

    has_free_sample: bool = Field(strict=True)
    """True to offer free samples to the invited creators."""

    is_sample_approval_exempt: bool = Field(strict=True)
    """True to approve the invited creators' sample requests automatically, without seller review. Has no
    effect when `has_free_sample` is false."""


class GenderDistribution(RequestModel):
    """Share of followers of one gender."""

    gender: Literal["FEMALE", "MALE"] | None = None
    """The gender."""

    percentage_ge: int | None = Field(default=None, strict=True)
    """Lowest share, in hundredths of a percent (`6000` = 60%)."""


class GenerateAffiliateProductPromotionLinkQuery(RequestModel):
    """Path and query parameters of AffiliateSellerGenerateAffiliateProductPromotionLink."""

    product_id: str = Field(min_length=1, strict=True)
    """Id of the open collaboration product to promote."""


class GenerateAffiliateProductPromotionLinkResponse(ResponseModel):
    """The generated promotion link."""

    product_promotion_link: str | None = None
    """URL of the product promotion page to share with creators."""


class GenerateTargetCollaborationLinkQuery(RequestModel):
    """Path and query parameters of AffiliateSellerGenerateTargetCollaborationLink."""

    target_collaboration_id: str = Field(min_length=1, strict=True)
    """Id of the target collaboration."""


class GenerateTargetCollaborationLinkResponse(ResponseModel):
    """The invitation link."""

    link: str | None = None
    """Link that takes the creator to the page for adding the collaboration's products."""


class GetCompassExportTasksQuery(RequestModel):
    """Path and query parameters of AffiliateSellerGetCompassTaskList."""

    doc_type: str = Field(min_length=1, strict=True)
    """Kind of export document to list."""


class GetCompassExportTasksResponse(ResponseModel):
    """The export tasks."""

    tasks: NullAsEmpty[list[GetCompassExportTasksTask]] = Field(default_factory=list)
    """Export tasks of the last 7 days."""


class GetCompassExportTasksTask(ResponseModel):
    """One export task."""

    id: str | None = None
    """Task id; pass it to the file download when `status` is `SUCCEEDED`."""

    module_type: OpenEnum[Literal["BASE", "CREATOR"]] | None = None
    """`CREATOR` or `BASE`."""

    file_name: str | None = None
    """Name of the result file."""

    status: OpenEnum[Literal["FAILED", "RUNNING", "SUCCEEDED"]] | None = None
    """Task status."""


class GetConversationMessagesMessage(ResponseModel):
    """A message and its position in the conversation."""

    conversation_index: str | None = None
    """Position of the message in the conversation; higher is newer."""

    message_body: Message | None = None
    """One message of a conversation."""


class GetConversationMessagesQuery(RequestModel):
    """Path and query parameters of AffiliateSellerGetCreatorConversationMessages."""

    conversation_id: str = Field(min_length=1, strict=True)
    """Id of the conversation."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class GetConversationMessagesResponse(ResponseModel):
    """One page of messages."""

    has_more: bool | None = None
    """True when more messages follow."""

    next_page_token: str | None = None
    """Token of the next page; empty when `has_more` is false."""

    messages: NullAsEmpty[list[GetConversationMessagesMessage]] = Field(default_factory=list)
    """Messages on this page."""


class GetConversationsQuery(RequestModel):
    """Path and query parameters of AffiliateSellerGetConversationList."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    only_need_conversation_id: bool | None = Field(default=None, strict=True)
    """True (the default) to return only the conversation ids; false to return every conversation field."""

    conversation_status: Literal["ALL", "ARCHIVED", "STARRED", "UNREAD", "UNREPLIED"] | None = None
    """Inbox category to list."""


class GetConversationsResponse(ResponseModel):
    """One page of conversations."""

    has_more: bool | None = None
    """True when more conversations follow."""

    next_page_token: str | None = None
    """Token of the next page, when `has_more` is true."""

    conversations: NullAsEmpty[list[Conversation]] = Field(default_factory=list)
    """Conversations on this page; only `id` is filled unless `only_need_conversation_id` is false."""


class GetCreatorOutreachQuotaData(ResponseModel):
    """The quota (TikTok nests it in a second `data` object)."""

    shop_id: str | None = None
    """Shop id."""

    quota_type: str | None = None
    """Quota type, e.g. bonus or period quota."""

    gmv_tier: str | None = None
    """The shop's GMV tier."""

    quota_sum: str | None = None
    """Total quota."""

    quota_use: str | None = None
    """Quota used."""

    unlimited: bool | None = None
    """True when the shop's outreach quota is unlimited."""

    reached_max_follower_cnt: str | None = None
    """Largest follower count of creators the shop may reach."""

    new_connect_count: str | None = None
    """Creators newly connected during this period."""

    pair_connect_count: str | None = None
    """Paired creators connected during this period."""

    start_time: str | None = None
    """Start of the quota period."""

    end_time: str | None = None
    """End of the quota period."""

    gmv_level_rule: NullAsEmpty[list[GmvLevelRule]] = Field(default_factory=list)
    """Quota rules of each GMV tier."""

    quota_details: NullAsEmpty[list[OutreachQuotaDetail]] = Field(default_factory=list)
    """The shop's quota and usage per group of creator levels."""

    bonus_exposure_post_percentile_threshold: str | None = None
    """Exposure posts percentile the shop must reach for bonus quota (`0.8` = 80th percentile)."""


class GetCreatorOutreachQuotaResponse(ResponseModel):
    """The shop's creator outreach quota."""

    data: GetCreatorOutreachQuotaData | None = None
    """The quota (TikTok nests it in a second `data` object)."""


class GetCreatorOutreachRecordsData(ResponseModel):
    """The records (TikTok nests them in a second `data` object)."""

    total: int | None = None
    """Number of records before paging."""

    connect_list: NullAsEmpty[list[Connect]] = Field(default_factory=list)
    """Newly connected creators."""


class GetCreatorOutreachRecordsRequest(RequestModel):
    """The page of records to return."""

    page_index: int = Field(ge=1.0, strict=True)
    """Page number, from 1."""

    page_size: int = Field(le=50.0, strict=True)
    """Records per page, 2 to 50."""


class GetCreatorOutreachRecordsResponse(ResponseModel):
    """One page of outreach records."""

    data: GetCreatorOutreachRecordsData | None = None
    """The records (TikTok nests them in a second `data` object)."""


class GetInboxCategoryCountsData(ResponseModel):
    """The counts (TikTok nests them in a second `data` object)."""

    group_counts: NullAsEmpty[list[GroupCount]] = Field(default_factory=list)
    """One count per category."""


class GetInboxCategoryCountsResponse(ResponseModel):
    """Conversation counts per inbox category."""

    data: GetInboxCategoryCountsData | None = None
    """The counts (TikTok nests them in a second `data` object)."""


class GetLatestUnreadMessagesResponse(ResponseModel):
    """The unread messages of the last minute."""

    newest_message_list: NullAsEmpty[list[NewestMessage]] = Field(default_factory=list)
    """Unread messages received during the last minute."""


class GetMarketplaceCreatorPerformanceQuery(RequestModel):
    """Path and query parameters of AffiliateSellerGetMarketplaceCreatorPerformance."""

    creator_user_id: str = Field(min_length=1, strict=True)
    """The creator's id (Creator Open ID)."""

    data_groups: (
        list[
            Literal[
                "BASIC_CREATOR_INFORMATION",
                "COLLABORATION",
                "CONTENT_PERFORMANCE",
                "FOLLOWER_INFORMATION",
                "SALES_AND_GMV",
            ]
        ]
        | None
    ) = None
    """Groups of data to return; all groups when omitted."""


class GetMarketplaceCreatorPerformanceResponse(ResponseModel):
    """The creator's performance."""

    creator: CreatorPerformance | None = None
    """A Creator Marketplace creator's profile and performance."""


class GetMarketplaceCreatorSearchFiltersData(ResponseModel):
    """The filters (TikTok nests them in a second `data` object)."""

    option_list: NullAsEmpty[list[GetMarketplaceCreatorSearchFiltersDataOption]] = Field(default_factory=list)
    """Available options per requested filter type; an empty entry means the filter is not supported for
    the account or region."""

    sorters: NullAsEmpty[list[Sorter]] = Field(default_factory=list)
    """Available sort orders for the search."""


class GetMarketplaceCreatorSearchFiltersDataOption(ResponseModel):
    """Options of one filter type."""

    option_type: str | None = None
    """Filter type."""

    options: NullAsEmpty[list[FilterOption]] = Field(default_factory=list)
    """Available values."""


class GetMarketplaceCreatorSearchFiltersOption(RequestModel):
    """One filter type."""

    option_type: (
        Literal["OPTION_BRAND", "OPTION_CREATOR_LEVEL", "OPTION_LANGUAGE", "OPTION_SORTER", "OPTION_VERTICAL_PRO"]
        | None
    ) = None
    """`OPTION_VERTICAL_PRO` (Category Pro creators), `OPTION_LANGUAGE`, `OPTION_CREATOR_LEVEL` (GMV-based
    level), `OPTION_SORTER` (sorters, returned in `sorters`) or `OPTION_BRAND` (not in DE, FR, IT, ES,
    IE, JP)."""


class GetMarketplaceCreatorSearchFiltersRequest(RequestModel):
    """The filter types wanted."""

    options: list[GetMarketplaceCreatorSearchFiltersOption] | None = None
    """Filter types to return; with none, empty lists are returned."""


class GetMarketplaceCreatorSearchFiltersResponse(ResponseModel):
    """The available filters and sorters."""

    data: GetMarketplaceCreatorSearchFiltersData | None = None
    """The filters (TikTok nests them in a second `data` object)."""


class GetOpenCollaborationCreatorContentProduct(ResponseModel):
    """The product."""

    id: str | None = None
    """Product id."""

    image_url: str | None = None
    """URL of the product image."""


class GetOpenCollaborationCreatorContentQuery(RequestModel):
    """Path and query parameters of AffiliateSellerGetOpenCollaborationCreatorContentDetails."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    product_id: str = Field(min_length=1, strict=True)
    """Id of the open collaboration product."""


class GetOpenCollaborationCreatorContentResponse(ResponseModel):
    """One page of creators promoting the product."""

    next_page_token: str | None = None
    """Token of the next page; empty when there are no more results."""

    total_count: int | None = None
    """Number of creators matching the request."""

    creator_content_details: NullAsEmpty[list[CreatorContentDetail]] = Field(default_factory=list)
    """Creators on this page with their content counts and promotion status."""

    product: GetOpenCollaborationCreatorContentProduct | None = None
    """The product."""


class GetOpenCollaborationSampleRulesQuery(RequestModel):
    """Path and query parameters of AffiliateSellerGetOpenCollaborationSampleRules."""

    product_ids: list[StrictStr] = Field(min_length=1)
    """Ids of the products whose sample rules are returned."""


class GetOpenCollaborationSampleRulesResponse(ResponseModel):
    """The sample rules of the requested products."""

    sample_rules: NullAsEmpty[list[SampleRule]] = Field(default_factory=list)
    """One rule per product that has one."""


class GetOpenCollaborationSettingsResponse(ResponseModel):
    """The shop's open collaboration settings."""

    open_collaboration_settings: OpenCollaborationSettings | None = None
    """The open collaboration settings."""


class GetOrCreateConversationRequest(RequestModel):
    """The creator to talk to."""

    creator_open_id: str = Field(strict=True)
    """The creator's Open ID (not a user, creator or seller id)."""

    only_need_conversation_id: bool | None = Field(default=None, strict=True)
    """True (the default) to return only the conversation id; false to return every field."""


class GetOrCreateConversationResponse(ResponseModel):
    """The conversation with the creator."""

    conversation_id: str | None = None
    """Conversation id."""

    is_new: bool | None = None
    """True when the conversation was just created."""

    username: str | None = None
    """The creator's TikTok username."""

    avatar: str | None = None
    """URL of the creator's avatar."""

    unread_count: int | None = None
    """Number of messages the shop has not read."""

    creator_im_id: str | None = None
    """The creator's IM user id."""


class GetSampleRequestDeeplinkQuery(RequestModel):
    """Path and query parameters of AffiliateSellerSellerGetSampleRequestDeeplink."""

    product_id: str = Field(min_length=1, strict=True)
    """Id of the product offered as a sample."""

    sku_id: str = Field(min_length=1, strict=True)
    """Id of the SKU offered as a sample."""

    campaign_id: str | None = Field(default=None, strict=True)
    """Id of the campaign the sample belongs to, if any."""

    collaboration_id: str | None = Field(default=None, strict=True)
    """Id of the collaboration the sample belongs to, if any."""

    valid_days: int | None = Field(default=None, strict=True)
    """Number of days the deeplink stays valid."""


class GetSampleRequestDeeplinkResponse(ResponseModel):
    """The sample request deeplink."""

    deeplink: str | None = None
    """Deeplink opening the TikTok app on the sample request page."""


class GetTargetCollaborationCreatorPromotionDetailsData(ResponseModel):
    """The details (TikTok nests them in a second `data` object)."""

    product_details: NullAsEmpty[list[CreatorProductPromotion]] = Field(default_factory=list)
    """One entry per product."""


class GetTargetCollaborationCreatorPromotionDetailsRequest(RequestModel):
    """The creator, target collaboration and product filters."""

    creator_user_open_id: str = Field(strict=True)
    """Creator Open ID."""

    invitation_group_id: str = Field(strict=True)
    """Id of the target collaboration (invitation group)."""

    query: str | None = Field(default=None, strict=True)
    """Product id or title to match, as set by `query_type`."""

    query_type: Literal["PRODUCT_ID", "PRODUCT_NAME"] | None = None
    """`PRODUCT_ID` (exact id) or `PRODUCT_NAME` (case-sensitive substring of the title)."""

    invitation_id: str | None = Field(default=None, strict=True)
    """Id of the invitation sent to this creator."""

    product_filter: ProductFilter | None = None
    """Product filter."""


class GetTargetCollaborationCreatorPromotionDetailsResponse(ResponseModel):
    """The creator's promotion details."""

    data: GetTargetCollaborationCreatorPromotionDetailsData | None = None
    """The details (TikTok nests them in a second `data` object)."""


class GetTargetCollaborationQuery(RequestModel):
    """Path and query parameters of AffiliateSellerQueryTargetCollaborationDetail."""

    target_collaboration_id: str = Field(min_length=1, strict=True)
    """Id of the target collaboration."""


class GetTargetCollaborationResponse(ResponseModel):
    """The target collaboration."""

    target_collaboration: TargetCollaboration | None = None
    """A target collaboration with its products and creators."""


class Gmv(ResponseModel):
    """GMV of the period."""

    amount: DecimalAmount | None = None
    """Amount."""

    symbol: str | None = None
    """Currency symbol."""


class GmvLevelRule(ResponseModel):
    """The rule of one GMV tier."""

    gmv_tier: str | None = None
    """GMV tier id."""

    reached_max_follower_cnt: str | None = None
    """Largest follower count of creators reachable in this tier."""

    left_gmv: Amount | None = None
    """A money amount with its currency."""

    right_gmv: Amount | None = None
    """A money amount with its currency."""

    quota_details: NullAsEmpty[list[OutreachQuotaDetail]] = Field(default_factory=list)
    """Quota per group of creator levels in this tier."""


class GroupCount(ResponseModel):
    """The conversation count of one category."""

    group_type: str | None = None
    """Category, e.g. `UNREAD`, `UNREPLIED`, `STARRED`, `ARCHIVED`."""

    count: int | None = None
    """Number of conversations in the category."""


class Image(ResponseModel):
    """Product image."""

    url: str | None = None
    """Image URL."""


class KeyShare(ResponseModel):
    """The share of followers in one group."""

    key: str | None = None
    """The group, e.g. a country code, an age range or a gender."""

    value: str | None = None
    """Share as a decimal fraction (`0.3705` = 37.05%)."""


class MajorGender(ResponseModel):
    """The predominant follower gender."""

    gender: str | None = None
    """`MALE` or `FEMALE`."""

    percentage: int | None = None
    """Its share in hundredths of a percent (`6524` = 65.24%)."""


class MarkConversationsAsReadRequest(RequestModel):
    """The conversations to mark as read."""

    conversation_ids: list[StrictStr] = Field(max_length=20)
    """Conversation ids, up to 20."""


class MarkConversationsAsReadResponse(ResponseModel):
    """The conversations that could not be marked."""

    failed_conversation_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Conversation ids not marked as read; retry with only these."""


class MarketplaceCreator(ResponseModel):
    """A creator found in the Creator Marketplace; fields depend on the requested data groups."""

    creator_open_id: str | None = None
    """Creator Open ID."""

    username: str | None = None
    """TikTok username."""

    nickname: str | None = None
    """TikTok nickname."""

    avatar: CreatorAvatar | None = None
    """A creator's profile picture."""

    selection_region: str | None = None
    """Region where the creator promotes products."""

    category_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Main product categories of the creator's posts."""

    avg_ec_live_uv: int | None = None
    """Average unique viewers of the creator's e-commerce LIVEs."""

    avg_ec_video_view_count: int | None = None
    """Average views of the creator's e-commerce videos."""

    follower_count: int | None = None
    """Number of followers."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    live_gmv: Amount | None = None
    """A money amount with its currency."""

    video_gmv: Amount | None = None
    """A money amount with its currency."""

    gmv_range: AmountRange | None = None
    """A range of money amounts with a display form."""

    units_sold_range: UnitsSoldRange | None = None
    """A range of units sold."""

    top_follower_demographics: TopFollowerDemographics | None = None
    """The main follower groups."""

    creator_profile: MarketplaceCreatorCreatorProfile | None = None
    """Labels and relationship with the shop."""


class MarketplaceCreatorCreatorProfile(ResponseModel):
    """Labels and relationship with the shop."""

    is_official_recommend: bool | None = None
    """True when the creator has the official recommendation tag."""

    creator_bind_mcn_name: str | None = None
    """Name of the creator's MCN."""

    is_fast_growing: bool | None = None
    """True when the creator has the fast-growing tag."""

    has_collaborated: bool | None = None
    """True when the shop has collaborated with the creator."""

    user_type_tag: NullAsEmpty[list[int]] = Field(default_factory=list)
    """User type tags, `1` privacy creator, `2` carve-out creator."""

    has_invited_90d: bool | None = None
    """True when the shop invited the creator in the last 90 days."""

    is_creator_blocked: bool | None = None
    """True when the shop blocked the creator."""

    pps_score: str | None = None
    """Promotion performance score over the past 30 days, e.g. `4.3` out of 5."""

    is_eligible_flat_fee: bool | None = None
    """True when the creator is eligible for flat fee (US local sellers)."""

    is_rising_star: bool | None = None
    """True when the creator has the rising star tag."""

    creator_level: int | None = None
    """Creator level."""


class MarketplaceProduct(ResponseModel):
    """A product offered in open collaboration on the affiliate product marketplace."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product name."""

    shop: Shop | None = None
    """The shop selling the product."""

    has_inventory: bool | None = None
    """True when the product has stock."""

    units_sold: int | None = None
    """Units sold, counted per SKU."""

    sale_region: str | None = None
    """Region where the product is sold."""

    main_image_url: str | None = None
    """URL of the product image."""

    detail_link: str | None = None
    """URL of the product's detail page."""

    original_price: PriceRange | None = None
    """A price range over the SKUs of a product."""

    sales_price: PriceRange | None = None
    """A price range over the SKUs of a product."""

    category_chains: NullAsEmpty[list[CategoryChainNode]] = Field(default_factory=list)
    """Category path of the product, up to 3 levels."""

    commission: MarketplaceProductCommission | None = None
    """The commission creators earn on the product."""


class MarketplaceProductCommission(ResponseModel):
    """The commission creators earn on the product."""

    rate: int | None = None
    """Commission rate in hundredths of a percent (`3000` = 30%), from 100 to 8000."""

    currency: str | None = None
    """Currency code of `amount`."""

    amount: DecimalAmount | None = None
    """Commission amount computed from the promotional price, as `<min> - <max>` when a price range is
    known; `0` when no price is available."""


class Message(ResponseModel):
    """One message of a conversation."""

    id: str | None = None
    """Message id."""

    conversation_id: str | None = None
    """Id of the conversation."""

    type_: (
        OpenEnum[
            Literal[
                "CRM_TEXT_WITH_IMAGE_CARD",
                "CRM_TEXT_WITH_PRODUCTS_CARD",
                "EMOTICONS",
                "FREE_SAMPLE_CARD",
                "IMAGE",
                "NOTIFICATION",
                "PRODUCT_CARD",
                "SYSTEM",
                "TARGET_COLLABORATION_CARD",
                "TEXT",
            ]
        ]
        | None
    ) = Field(default=None, alias="type")
    """Message type; it decides the shape of `content`."""

    content: str | None = None
    """The message as a JSON string whose shape depends on `type`, e.g. TEXT `{"content": "..."}`,
    PRODUCT_CARD `{"product_id": "..."}`, TARGET_COLLABORATION_CARD `{"invitation_group_id": "..."}`,
    FREE_SAMPLE_CARD `{"apply_id": "..."}`, IMAGE and EMOTICONS `{"url", "width", "height"}`."""

    create_time: int | None = None
    """When the message was sent, Unix timestamp in seconds."""

    sender_id: str | None = None
    """IM id of the sender."""


class NewestMessage(ResponseModel):
    """An unread message."""

    conversation_id: str | None = None
    """Id of the conversation."""

    content: str | None = None
    """The message as a JSON string whose shape depends on `type` (as in the conversation messages)."""

    type_: (
        OpenEnum[
            Literal[
                "CRM_TEXT_WITH_IMAGE_CARD",
                "CRM_TEXT_WITH_PRODUCTS_CARD",
                "EMOTICONS",
                "FREE_SAMPLE_CARD",
                "IMAGE",
                "NOTIFICATION",
                "PRODUCT_CARD",
                "SYSTEM",
                "TARGET_COLLABORATION_CARD",
                "TEXT",
            ]
        ]
        | None
    ) = Field(default=None, alias="type")
    """Message type."""

    sender_id: str | None = None
    """IM id of the sender."""

    unread_message_count: int | None = None
    """Number of the sender's unread messages in the conversation."""


class OpenCollaboration(ResponseModel):
    """One open collaboration of the shop."""

    id: str | None = None
    """Open collaboration id."""

    status: OpenEnum[Literal["NORMAL", "TERMINATING"]] | None = None
    """`NORMAL` (in effect) or `TERMINATING` (removed by the seller, expires at
    `current_commission.end_time`). Expired collaborations are not returned."""

    current_commission: CurrentCommission | None = None
    """The commission currently offered to creators."""

    showcase_creator_count: int | None = None
    """Number of creators who added the product to their showcase through this collaboration."""

    content_creator_count: int | None = None
    """Number of creators who posted a LIVE or video about the product through this collaboration."""

    product: OpenCollaborationProduct | None = None
    """The product of an open collaboration."""


class OpenCollaborationProduct(ResponseModel):
    """The product of an open collaboration."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product name."""

    main_image_url: str | None = None
    """URL of the product's main image."""

    status: (
        OpenEnum[
            Literal["DELETE", "GNE_REJECT", "LIVE", "OTHER", "OUT_OF_STOCK", "PLATFORM_DEACTIVATE", "SELLER_DEACTIVATE"]
        ]
        | None
    ) = None
    """Product status: `LIVE` (on sale), `OUT_OF_STOCK`, `SELLER_DEACTIVATE`, `PLATFORM_DEACTIVATE`,
    `GNE_REJECT` (governed, or the collaboration was dismissed), `DELETE`, or `OTHER` (not sellable,
    e.g. draft, frozen, in review)."""

    inventory: int | None = None
    """Stock of the product."""

    original_price: PriceRange | None = None
    """A price range over the SKUs of a product."""


class OpenCollaborationSettings(ResponseModel):
    """The open collaboration settings."""

    auto_add_product: AutoAddProductSetting | None = None
    """Automatic enrollment of the shop's products into open collaboration."""


class OptionChildren(ResponseModel):
    """A sub-option."""

    id: str | None = None
    """Sub-option id."""

    name: str | None = None
    """Sub-option name."""


class OptionChildrenInput(RequestModel):
    """A sub-option."""

    id: str | None = Field(default=None, strict=True)
    """Sub-option id."""

    name: str | None = Field(default=None, strict=True)
    """Sub-option name."""


class OutreachQuotaDetail(ResponseModel):
    """Quota of one group of creator levels."""

    creator_levels: NullAsEmpty[list[int]] = Field(default_factory=list)
    """Creator levels covered."""

    quota_period_sum: int | None = None
    """Regular quota of the period."""

    quota_period_use: int | None = None
    """Regular quota used."""

    quota_bonus_sum: int | None = None
    """Bonus quota, granted when the shop meets the exposure posts percentile threshold."""

    quota_bonus_use: int | None = None
    """Bonus quota used; bonus is consumed first."""


class PriceBounds(ResponseModel):
    """Lowest and highest price of a product's SKUs."""

    min_price: Amount | None = None
    """A money amount with its currency."""

    max_price: Amount | None = None
    """A money amount with its currency."""


class PriceRange(ResponseModel):
    """A price range over the SKUs of a product."""

    currency: str | None = None
    """Currency code of the amounts."""

    minimum_amount: DecimalAmount | None = None
    """Lowest price among the product's SKUs."""

    maximum_amount: DecimalAmount | None = None
    """Highest price among the product's SKUs."""


class ProductBaseInfo(ResponseModel):
    """The product and its commissions."""

    product_id: str | None = None
    """Product id."""

    title: str | None = None
    """Product title."""

    image: Image | None = None
    """Product image."""

    price: PriceBounds | None = None
    """Lowest and highest price of a product's SKUs."""

    promotion_price: PriceBounds | None = None
    """Lowest and highest price of a product's SKUs."""

    target_commission: int | None = None
    """Target collaboration commission rate, in hundredths of a percent (`2200` = 22%)."""

    open_commission: int | None = None
    """Open collaboration commission rate, in hundredths of a percent."""

    target_ads_commission: int | None = None
    """Target collaboration ads commission rate, in hundredths of a percent."""

    old_target_commission: int | None = None
    """Previous target collaboration commission rate, in hundredths of a percent."""

    old_target_ads_commission: int | None = None
    """Previous target collaboration ads commission rate, in hundredths of a percent."""

    commission_effective_time: int | None = None
    """When the target commission takes effect, Unix timestamp in milliseconds."""

    ads_commission_effective_time: int | None = None
    """When the target ads commission takes effect, Unix timestamp in milliseconds."""

    product_status: str | None = None
    """Product status code: `1` active, `2` sold out, `3` deactivated by the seller, `4` deactivated by the
    platform, `5` rejected, `6` deleted."""


class ProductFilter(RequestModel):
    """Product filter."""

    added_types: list[Literal["ADDED", "ALL", "NOT_ADDED"]] | None = None
    """`ALL`, `ADDED` (the creator added the product) or `NOT_ADDED`."""


class RemoveOpenCollaborationCreatorQuery(RequestModel):
    """Path and query parameters of AffiliateSellerRemoveCreatorFromOpenCollaborationProduct."""

    open_collaboration_id: str = Field(min_length=1, strict=True)
    """Id of the open collaboration."""


class RemoveOpenCollaborationCreatorRequest(RequestModel):
    """The creator and product to separate."""

    creator_user_open_id: str = Field(strict=True)
    """Open ID of the creator to remove."""

    product_id: str = Field(strict=True)
    """Id of the product."""


class RemoveOpenCollaborationCreatorResponse(ResponseModel):
    """Empty on success."""

    pass


class RemoveOpenCollaborationQuery(RequestModel):
    """Path and query parameters of AffiliateSellerRemoveOpenCollaboration."""

    product_id: str = Field(min_length=1, strict=True)
    """Id of the product whose open collaboration is removed."""


class RemoveOpenCollaborationResponse(ResponseModel):
    """When the removal takes effect."""

    terminated_effective_time: int | None = None
    """When the open collaboration ends, Unix timestamp in seconds; usually 00:00 of the next day in the
    shop's time zone."""


class RemoveTargetCollaborationQuery(RequestModel):
    """Path and query parameters of AffiliateSellerRemoveTargetCollaboration."""

    target_collaboration_id: str = Field(min_length=1, strict=True)
    """Id of the target collaboration to remove."""


class RemoveTargetCollaborationResponse(ResponseModel):
    """Empty on success."""

    pass


class ResolveTargetCollaborationConflictsConflictItem(RequestModel):
    """ResolveTargetCollaborationConflictsConflictItem"""

    existing_collaboration_id: str = Field(strict=True)
    """Id of the existing target collaboration to remove the creator from."""

    creator_open_id: str = Field(strict=True)
    """Creator Open ID."""


class ResolveTargetCollaborationConflictsRequest(RequestModel):
    """The conflicts to resolve."""

    conflict_items: list[ResolveTargetCollaborationConflictsConflictItem]
    """Each creator to remove from an existing target collaboration."""


class ResolveTargetCollaborationConflictsResponse(ResponseModel):
    """The outcome per conflict item."""

    success_items: NullAsEmpty[list[ResolvedConflict]] = Field(default_factory=list)
    """Items resolved."""

    failed_items: NullAsEmpty[list[ResolvedConflict]] = Field(default_factory=list)
    """Items that could not be resolved."""


class ResolvedConflict(ResponseModel):
    """A creator and the target collaboration the resolution concerned."""

    creator_open_id: str | None = None
    """Creator Open ID."""

    existing_collaboration_id: str | None = None
    """Id of the existing target collaboration."""


class ReviewSampleApplicationQuery(RequestModel):
    """Path and query parameters of AffiliateSellerReviewASampleApplication."""

    application_id: str = Field(min_length=1, strict=True)
    """Id of the sample application."""


class ReviewSampleApplicationRequest(RequestModel):
    """The review decision."""

    review_result: Literal["APPROVE", "REJECT"]
    """`APPROVE` or `REJECT` the application."""

    reject_reason: Literal["NOT_MATCH", "OFFLINE", "OTHER", "OUT_OF_STOCK"] | None = None
    """Why the application is rejected, required with `REJECT`: `NOT_MATCH` (creator does not meet the
    requirements), `OFFLINE` (product taken offline), `OUT_OF_STOCK` or `OTHER`."""


class ReviewSampleApplicationResponse(ResponseModel):
    """Empty on success."""

    pass


class SalesPriceRange(RequestModel):
    """Sale price bounds."""

    amount_ge: str | None = Field(default=None, strict=True)
    """Lowest sale price (inclusive), greater than 0."""

    amount_lt: str | None = Field(default=None, strict=True)
    """Upper bound of the sale price (exclusive); no upper bound when omitted."""


class SampleApplication(ResponseModel):
    """A creator's request for a free product sample."""

    id: str | None = None
    """Sample application id."""

    commission_rate: str | None = None
    """Commission rate offered to creators for the product, as a decimal fraction (`0.20` = 20%), from 0.01
    to 0.8."""

    status: (
        OpenEnum[
            Literal[
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
        ]
        | None
    ) = None
    """Application status; the values are those of the request's `status` filter."""

    order_id: str | None = None
    """Id of the sample order created on approval."""

    available_quantity: int | None = None
    """Samples of the product still available."""

    approve_expiration_time: int | None = None
    """Deadline for the seller to approve, Unix timestamp in seconds."""

    shipment_expiration_time: int | None = None
    """Deadline for the seller to ship the sample, Unix timestamp in seconds."""

    tracking_number: str | None = None
    """Tracking number of the sample shipment."""

    fulfillment_status: (
        OpenEnum[Literal["CANCELLED", "EXEMPTED", "FAILED", "ONGOING", "OVERDUE", "PENDING", "SUCCEED", "SUSPEND"]]
        | None
    ) = None
    """Progress of the creator's content obligation: `PENDING`, `ONGOING` (content posted and being
    evaluated), `SUCCEED`, `FAILED`, `OVERDUE`, `SUSPEND`, `CANCELLED` or `EXEMPTED`."""

    is_approvable: bool | None = None
    """True when the seller can approve the application."""

    disapprovable_reasons: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Why the application cannot be approved; may be empty even then, so rely on `is_approvable`."""

    partner_name: str | None = None
    """Name of the agency that applied on the creator's behalf, if any."""

    creator: Creator | None = None
    """The creator who applied."""

    product: SampleApplicationProduct | None = None
    """The requested product and SKU."""


class SampleApplicationProduct(ResponseModel):
    """The requested product and SKU."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product name."""

    sku_id: str | None = None
    """Id of the requested SKU."""

    sku_image_url: str | None = None
    """URL of the SKU image."""

    sku_name: str | None = None
    """SKU property values, comma-separated."""


class SampleFulfillment(ResponseModel):
    """A piece of content a creator posted for a sample."""

    product: SampleFulfillmentProduct | None = None
    """The promoted product."""

    content: Content | None = None
    """The video or LIVE and its performance."""


class SampleFulfillmentProduct(ResponseModel):
    """The promoted product."""

    id: str | None = None
    """Product id."""

    main_image_url: str | None = None
    """URL of the product's cover image."""


class SampleRule(ResponseModel):
    """The free sample rule of one open collaboration product."""

    product_id: str | None = None
    """Product id."""

    sample_quota: int | None = None
    """Total number of samples creators can apply for."""

    is_sample_time_unlimited: bool | None = None
    """True when samples can be requested at any time; otherwise only between `start_time` and `end_time`."""

    status: OpenEnum[Literal["EXPIRED", "NOT_STARTED", "NO_LEFT_COUNT", "ONGOING", "PLAN_EXCEPTION"]] | None = None
    """Rule status: `NOT_STARTED` (before `start_time`), `ONGOING`, `NO_LEFT_COUNT` (no sample left),
    `PLAN_EXCEPTION` (the product's commission collaboration is abnormal) or `EXPIRED` (past
    `end_time`)."""

    available_quantity: int | None = None
    """Number of samples still available."""

    start_time: int | None = None
    """Start of the application period, Unix timestamp in seconds (UTC)."""

    end_time: int | None = None
    """End of the application period, Unix timestamp in seconds (UTC)."""

    thresholds: SampleThresholds | None = None
    """Requirements a creator must meet to request a free sample."""


class SampleThresholds(ResponseModel):
    """Requirements a creator must meet to request a free sample."""

    minimum_follower_count: int | None = None
    """Lowest follower count (inclusive)."""

    minimum_gmv: int | None = None
    """The creator's GMV over the past 30 days must exceed this value."""

    avg_ec_video_views: int | None = None
    """Lowest average e-commerce video views over the past 30 days (inclusive)."""

    category_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """First-level category ids; the creator qualifies when one of their top three categories by GMV over
    the past 30 days is in this list. No restriction when empty."""

    predicted_fulfillment_rank: OpenEnum[Literal["ALL", "HIGH", "LOW", "MEDIUM"]] | None = None
    """Lowest predicted rate of posting a shoppable video or LIVE after receiving a sample: `ALL` (any
    rate), `LOW`, `MEDIUM` or `HIGH`."""


class SampleThresholdsInput(RequestModel):
    """Requirements a creator must meet to request a free sample."""

    minimum_follower_count: int | None = Field(default=None, strict=True)
    """Lowest follower count (inclusive)."""

    minimum_gmv: int | None = Field(default=None, strict=True)
    """The creator's GMV over the past 30 days must exceed this value."""

    avg_ec_video_views: int | None = Field(default=None, strict=True)
    """Lowest average e-commerce video views over the past 30 days (inclusive)."""

    category_ids: list[StrictStr] | None = None
    """First-level category ids; the creator qualifies when one of their top three categories by GMV over
    the past 30 days is in this list. No restriction when empty."""

    predicted_fulfillment_rank: Literal["ALL", "HIGH", "LOW", "MEDIUM"] | None = None
    """Lowest predicted rate of posting a shoppable video or LIVE after receiving a sample: `ALL` (any
    rate), `LOW`, `MEDIUM` or `HIGH`."""


class SearchAffiliateOrdersQuery(RequestModel):
    """Path and query parameters of AffiliateSellerSearchSellerAffiliateOrders."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchAffiliateOrdersRequest(RequestModel):
    """Filters of the affiliate order search."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Orders created at or after this time, Unix timestamp in seconds. With only `create_time_lt` given,
    it defaults to three months earlier; the window may not exceed three months. Give both bounds to
    keep pages consistent."""

    create_time_lt: int | None = Field(default=None, strict=True)
    """Orders created before this time, Unix timestamp in seconds; defaults to now."""

    program_id: str | None = Field(default=None, strict=True)
    """Only orders of this affiliate partner campaign."""


class SearchAffiliateOrdersResponse(ResponseModel):
    """One page of affiliate orders."""

    orders: NullAsEmpty[list[AffiliateOrder]] = Field(default_factory=list)
    """Orders grouped from the SKU records of this page. Paging applies to SKU records, so an order's SKUs
    may span pages: merge them by order id."""

    next_page_token: str | None = None
    """Token of the next page (reuse the same filters); empty when there is none."""

    total_count: int | None = None
    """Number of SKU records matching the filters."""


class SearchMarketplaceCreatorsCategory(RequestModel):
    """A parent category, optionally narrowed to some of its direct children."""

    parent_category_id: str | None = Field(default=None, strict=True)
    """Parent category id."""

    child_category_id_list: list[StrictStr] | None = None
    """Ids of direct child categories of the parent."""


class SearchMarketplaceCreatorsQuery(RequestModel):
    """Path and query parameters of AffiliateSellerSearchCreatorsInCreatorMarketplace."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchMarketplaceCreatorsRequest(RequestModel):
    """Filters of the Creator Marketplace search."""

    search_key: str | None = Field(default=None, strict=True)
    """Omit on the first call; afterwards send the `search_key` of the previous response for stable
    results."""

    keyword: str | None = Field(default=None, strict=True)
    """Matched against the creators' usernames and nicknames."""

    follower_demographics: FollowerDemographics | None = None
    """Follower filters."""

    gmv_ranges: (
        list[Literal["GMV_RANGE_0_100", "GMV_RANGE_10000_AND_ABOVE", "GMV_RANGE_1000_10000", "GMV_RANGE_100_1000"]]
        | None
    ) = None
    """GMV ranges; several ranges combine into their union."""

    units_sold_ranges: (
        list[
            Literal[
                "UNITS_SOLD_RANGE_0_10",
                "UNITS_SOLD_RANGE_1000_AND_ABOVE",
                "UNITS_SOLD_RANGE_100_1000",
                "UNITS_SOLD_RANGE_10_100",
            ]
        ]
        | None
    ) = None
    """Units sold ranges; several ranges combine into their union."""

    category: list[SearchMarketplaceCreatorsCategory] | None = None
    """Product category filters."""

    content_performance: ContentPerformance | None = None
    """Content performance filters (whole numbers sent as strings)."""

    affiliate_data: AffiliateData | None = None
    """Affiliate behaviour filters."""

    advanced_filters: AdvancedFilters | None = None
    """Advanced filters, from the advanced search filters operation."""

    data_groups: (
        list[
            Literal[
                "BASIC_CREATOR_INFORMATION",
                "COLLABORATION",
                "CONTENT_PERFORMANCE",
                "FOLLOWER_INFORMATION",
                "SALES_AND_GMV",
            ]
        ]
        | None
    ) = None
    """Groups of data to return; all groups by default."""


class SearchMarketplaceCreatorsResponse(ResponseModel):
    """One page of creators."""

    next_page_token: str | None = None
    """Token of the next page (send it with `search_key` and the same page size); empty when there are no
    more results."""

    search_key: str | None = None
    """Key of this search, to send in the next request's body."""

    creators: NullAsEmpty[list[MarketplaceCreator]] = Field(default_factory=list)
    """Creators on this page."""


class SearchOpenCollaborationProductsCategory(RequestModel):
    """Product category filter."""

    id: str | None = Field(default=None, strict=True)
    """Category id."""


class SearchOpenCollaborationProductsQuery(RequestModel):
    """Path and query parameters of AffiliateSellerSellerSearchOpenCollaborationProducts."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    sort_field: Literal["commission", "commission_rate", "product_sales_price", "units_sold"] | None = None
    """Field to sort the products by."""


class SearchOpenCollaborationProductsRequest(RequestModel):
    """Filters of the open collaboration product search; every group given must match."""

    title_keywords: list[Annotated[StrictStr, Field(max_length=255)]] | None = Field(default=None, max_length=20)
    """Keywords loosely matched against product titles, combined with AND. Up to 20 keywords of up to 255
    characters each."""

    sales_price_range: SalesPriceRange | None = None
    """Sale price bounds."""

    category: SearchOpenCollaborationProductsCategory | None = None
    """Product category filter."""

    commission_rate_range: CommissionRateRange | None = None
    """Commission rate bounds, in hundredths of a percent (`3587` = 35.87%)."""


class SearchOpenCollaborationProductsResponse(ResponseModel):
    """One page of open collaboration products."""

    products: NullAsEmpty[list[MarketplaceProduct]] = Field(default_factory=list)
    """Products matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; keep the page size, sorting and body unchanged when passing it. Empty when
    there are no more pages."""

    total_count: int | None = None
    """Number of products matching the filters."""


class SearchOpenCollaborationsQuery(RequestModel):
    """Path and query parameters of AffiliateSellerSearchOpenCollaborations."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    sort_field: str | None = Field(default=None, strict=True)
    """Field to sort the results by."""


class SearchOpenCollaborationsRequest(RequestModel):
    """Filters of the open collaboration search."""

    keyword_type: Literal["PRODUCT_ID", "PRODUCT_NAME"] | None = None
    """What `keyword` holds: `PRODUCT_ID` (exact product id) or `PRODUCT_NAME` (fuzzy match on the product
    name). Give it together with `keyword`."""

    keyword: str | None = Field(default=None, strict=True)
    """Product id or product name to search, as set by `keyword_type`."""

    top_level_category_id: str | None = Field(default=None, strict=True)
    """Only products of this first-level category (id greater than 0)."""


class SearchOpenCollaborationsResponse(ResponseModel):
    """One page of open collaborations."""

    next_page_token: str | None = None
    """Token of the next page; empty when there are no more results."""

    total_count: int | None = None
    """Number of open collaborations matching the filters."""

    open_collaborations: NullAsEmpty[list[OpenCollaboration]] = Field(default_factory=list)
    """Open collaborations on this page."""


class SearchParam(RequestModel):
    """Keyword search."""

    keyword_type: Literal["PRODUCT_ID", "PRODUCT_NAME", "TARGET_COLLABORATION_ID", "TARGET_COLLABORATION_NAME"]
    """What `keyword` holds: `PRODUCT_ID` or `TARGET_COLLABORATION_ID` (exact), or `PRODUCT_NAME` or
    `TARGET_COLLABORATION_NAME` (fuzzy)."""

    keyword: str = Field(strict=True)
    """Value searched, as set by `keyword_type`."""


class SearchSampleApplicationFulfillmentsQuery(RequestModel):
    """Path and query parameters of AffiliateSellerSearchSampleApplicationFulfillments."""

    application_id: str = Field(min_length=1, strict=True)
    """Id of the sample application."""


class SearchSampleApplicationFulfillmentsRequest(RequestModel):
    """Filters of the fulfillment search."""

    content_format: Literal["LIVE", "VIDEO"] | None = None
    """Only content of this format."""


class SearchSampleApplicationFulfillmentsResponse(ResponseModel):
    """The content posted for the sample application."""

    fulfillments: NullAsEmpty[list[SampleFulfillment]] = Field(default_factory=list)
    """Videos and LIVEs fulfilling the application."""


class SearchSampleApplicationsQuery(RequestModel):
    """Path and query parameters of AffiliateSellerSearchSampleApplications."""

    page_size: int | None = Field(default=None, strict=True)
    """Number of applications per page; keep it the same on every page."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchSampleApplicationsRequest(RequestModel):
    """Filters of the sample application search."""

    product_id: str | None = Field(default=None, strict=True)
    """Only applications for this product."""

    title: str | None = Field(default=None, strict=True)
    """Product name, fuzzy-matched."""

    creator_user_oepn_id: str | None = Field(default=None, strict=True)
    """Only applications of this creator, by Open ID. The key is misspelled on the wire; send it exactly
    so."""

    username: str | None = Field(default=None, strict=True)
    """Creator's TikTok username, fuzzy-matched."""

    target_collabration_id: str | None = Field(default=None, strict=True)
    """Only applications of this target collaboration. The key is misspelled on the wire; send it exactly
    so."""

    order_id: str | None = Field(default=None, strict=True)
    """Id of the sample order created when the application was approved."""

    status: (
        Literal[
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
        | None
    ) = None
    """Only applications in this status: `PENDING` (awaiting review), `AWAITING_SHIPMENT`, `SHIPPED`,
    `CONTENT_PENDING` (received, content expected), `COMPLETED`, or one of the closing states
    `REJECT_CANCELLED`, `OVERDUE_CANCELLED`, `UNFULFILL_CANCELLED`, `DEL_OPEN_COLLAB`,
    `SELLER_NOT_SHIP_CANCELLED`, `WITHDRAW_CANCELLED`, `UNFULFILLABLE_CANCELLED`, `OPS_CANCELLED`,
    `OPS_FAILED`, `OPS_COMPLETED`."""


class SearchSampleApplicationsResponse(ResponseModel):
    """One page of sample applications."""

    next_page_token: str | None = None
    """Token of the next page (reuse the same page size); empty when there are no more pages."""

    total_count: int | None = None
    """Number of applications matching the filters."""

    sample_applications: NullAsEmpty[list[SampleApplication]] = Field(default_factory=list)
    """Sample applications on this page."""


class SearchTargetCollaborationsQuery(RequestModel):
    """Path and query parameters of AffiliateSellerSearchTargetCollaborations."""

    page_size: int | None = Field(default=None, strict=True)
    """Number of target collaborations per page."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchTargetCollaborationsRequest(RequestModel):
    """Filters of the target collaboration search."""

    collaboration_status: Literal["CANCELING", "COMPLETED", "EXPIRING", "ONGOING", "VALID"]
    """`ONGOING` (more than 7 days left), `EXPIRING` (less than 7 days left), `VALID` (all valid),
    `CANCELING` (being cancelled) or `COMPLETED` (expired or cancelled)."""

    creator_accept_status: Literal["ACCEPT", "ALL"] | None = None
    """`ACCEPT` for collaborations whose creators added the products to their showcase; `ALL` (default) for
    no filter."""

    free_sample_setting: Literal["ALL", "WITH_FREE_SAMPLE"] | None = None
    """`WITH_FREE_SAMPLE` for collaborations offering free samples; `ALL` (default) for no filter."""

    search_param: SearchParam | None = None
    """Keyword search."""

    creator_user_open_id: str | None = Field(default=None, strict=True)
    """Only collaborations that invite this creator (Open ID)."""


class SearchTargetCollaborationsResponse(ResponseModel):
    """One page of target collaborations."""

    total_count: int | None = None
    """Number of target collaborations matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty when there are no more results."""

    target_collaborations: NullAsEmpty[list[TargetCollaborationSummary]] = Field(default_factory=list)
    """Target collaborations on this page."""


class SellerContactInfo(ResponseModel):
    """How creators can reach the seller."""

    email: str | None = None
    """Seller's email address."""

    phone_number: str | None = None
    """Seller's phone number."""

    whatsapp: str | None = None
    """Phone number registered with WhatsApp."""

    telegram: str | None = None
    """Telegram username or phone number."""

    line: str | None = None
    """Phone number registered with LINE."""


class SellerContactInfoInput(RequestModel):
    """How creators can reach the seller."""

    email: str | None = Field(default=None, strict=True)
    """Seller's email address."""

    phone_number: str | None = Field(default=None, strict=True)
    """Seller's phone number."""

    whatsapp: str | None = Field(default=None, strict=True)
    """Phone number registered with WhatsApp."""

    telegram: str | None = Field(default=None, strict=True)
    """Telegram username or phone number."""

    line: str | None = Field(default=None, strict=True)
    """Phone number registered with LINE."""


class SendMessageQuery(RequestModel):
    """Path and query parameters of AffiliateSellerSendIMMessage."""

    conversation_id: str = Field(min_length=1, strict=True)
    """Id of the conversation, e.g. from get or create creator conversation."""


class SendMessageRequest(RequestModel):
    """The message to send."""

    msg_type: Literal[
        "CRM_TEXT_WITH_IMAGE_CARD",
        "CRM_TEXT_WITH_PRODUCTS_CARD",
        "FREE_SAMPLE_CARD",
        "IMAGE",
        "PRODUCT_CARD",
        "TARGET_COLLABORATION_CARD",
        "TEXT",
    ]
    """Message type; it decides the JSON expected in `content`."""

    content: str = Field(strict=True)
    """The message as a JSON string: TEXT `{"content": "..."}` (up to 2,000 characters), PRODUCT_CARD
    `{"product_id": "..."}`, TARGET_COLLABORATION_CARD `{"target_collaboration_id": "..."}`,
    FREE_SAMPLE_CARD `{"apply_id": "..."}`, IMAGE `{"url": "...", "width": 1280, "height": 720}` (from
    the image upload), CRM_TEXT_WITH_PRODUCTS_CARD `{"product_ids": "1,2", "title": "...", "content":
    "..."}` (1 to 5 ids), CRM_TEXT_WITH_IMAGE_CARD `{"image_url": "...", "title": "...", "content":
    "..."}`."""


class SendMessageResponse(ResponseModel):
    """The sent message."""

    message_id: str | None = None
    """Id of the message; not always returned even on success."""


class Shop(ResponseModel):
    """The shop selling the product."""

    name: str | None = None
    """Shop name."""


class Sorter(ResponseModel):
    """A sorter."""

    algorithm_id: str | None = None
    """Sorter id, for `sorter_algorithm_id`."""

    name: str | None = None
    """Sorter name."""


class TargetCollaboration(ResponseModel):
    """A target collaboration with its products and creators."""

    id: str | None = None
    """Target collaboration id."""

    name: str | None = None
    """Target collaboration name."""

    message: str | None = None
    """The seller's message to the invited creators."""

    seller_contact_info: SellerContactInfo | None = None
    """How creators can reach the seller."""

    start_time: int | None = None
    """Start, Unix timestamp in seconds."""

    end_time: int | None = None
    """End, Unix timestamp in seconds."""

    update_time: int | None = None
    """Last update, Unix timestamp in seconds."""

    creator_invited_count: int | None = None
    """Number of invited creators in `NORMAL` state."""

    showcase_creator_count: int | None = None
    """Number of creators (in `NORMAL` state) who added a product to their showcase."""

    content_creator_count: int | None = None
    """Number of creators (in `NORMAL` state) who posted content about its products."""

    product_count: int | None = None
    """Number of products in `NORMAL` state."""

    free_sample_rule: FreeSampleRule | None = None
    """Free sample policy of a target collaboration."""

    products: NullAsEmpty[list[TargetCollaborationProduct]] = Field(default_factory=list)
    """Products of the collaboration."""

    creators: NullAsEmpty[list[TargetCollaborationCreator]] = Field(default_factory=list)
    """Invited creators."""

    type_: OpenEnum[Literal["STANDARD", "TOP_CREATOR_PROGRAM"]] | None = Field(default=None, alias="type")
    """`STANDARD` or `TOP_CREATOR_PROGRAM`."""


class TargetCollaborationConflict(ResponseModel):
    """A creator-product pair already bound by another target collaboration."""

    creator_user_open_id: str | None = None
    """Creator Open ID."""

    product_id: str | None = None
    """Product id."""


class TargetCollaborationCreator(ResponseModel):
    """A creator invited to a target collaboration."""

    username: str | None = None
    """TikTok username."""

    nickname: str | None = None
    """TikTok nickname."""

    avatar: CreatorAvatar | None = None
    """A creator's profile picture."""

    selection_region: str | None = None
    """Region where the creator may promote products."""

    showcase_product_count: int | None = None
    """Number of the collaboration's products the creator added to the showcase."""

    content_product_count: int | None = None
    """Number of the collaboration's products the creator posted a video or LIVE about."""

    collaboration_status: OpenEnum[Literal["DELETED", "DELETING", "NORMAL"]] | None = None
    """`NORMAL`, `DELETING` (becomes `DELETED` at 00:00 the next day) or `DELETED`."""

    product_effective_status: OpenEnum[Literal["EFFECTIVE_ALL", "EFFECTIVE_NONE", "EFFECTIVE_PARTIALLY"]] | None = None
    """Whether the collaboration's commissions apply to `EFFECTIVE_ALL`, `EFFECTIVE_PARTIALLY` or
    `EFFECTIVE_NONE` of the products for this creator."""

    creator_open_id: str | None = None
    """Creator Open ID."""


class TargetCollaborationProduct(ResponseModel):
    """A product of a target collaboration."""

    id: str | None = None
    """Product id."""

    main_image_url: str | None = None
    """URL of the product image."""

    title: str | None = None
    """Product name."""

    original_price: PriceRange | None = None
    """A price range over the SKUs of a product."""

    commission: TargetCollaborationProductCommission | None = None
    """The commission offered on the product."""

    status: (
        OpenEnum[
            Literal["DELETE", "GNE_REJECT", "LIVE", "OTHER", "OUT_OF_STOCK", "PLATFORM_DEACTIVATE", "SELLER_DEACTIVATE"]
        ]
        | None
    ) = None
    """Product status: `LIVE`, `OUT_OF_STOCK`, `SELLER_DEACTIVATE`, `PLATFORM_DEACTIVATE`, `GNE_REJECT`
    (governed, or the collaboration was dismissed), `DELETE` or `OTHER`."""

    commission_effective_status: OpenEnum[Literal["EFFECTIVE_ALL", "EFFECTIVE_NONE", "EFFECTIVE_PARTIALLY"]] | None = (
        None
    )
    """Whether this collaboration's commission applies to `EFFECTIVE_ALL`, `EFFECTIVE_PARTIALLY` or
    `EFFECTIVE_NONE` of the creators (e.g. partially when a Top Creator Program covers some of them)."""

    collaboration_status: OpenEnum[Literal["DELETED", "DELETING", "NORMAL"]] | None = None
    """`NORMAL`, `DELETING` (becomes `DELETED` at 00:00 the next day) or `DELETED`."""


class TargetCollaborationProductCommission(ResponseModel):
    """The commission offered on the product."""

    rate: int | None = None
    """Commission rate in hundredths of a percent (`3587` = 35.87%), from 100 to 8000."""

    effective_time: str | None = None
    """When the commission takes effect, Unix timestamp in seconds (sent as a string)."""

    currency: str | None = None
    """Currency code of the amounts."""

    minimum_amount: DecimalAmount | None = None
    """Lowest estimated commission among the product's SKUs."""

    maximum_amount: DecimalAmount | None = None
    """Highest estimated commission among the product's SKUs."""

    shop_ads_commission_rate: int | None = None
    """Commission rate for orders from ads, in hundredths of a percent (`1000` = 10%)."""


class TargetCollaborationSummary(ResponseModel):
    """The overview of a target collaboration, as listed by the search."""

    id: str | None = None
    """Target collaboration id."""

    name: str | None = None
    """Target collaboration name."""

    message: str | None = None
    """The seller's message to the invited creators."""

    start_time: int | None = None
    """Start, Unix timestamp in seconds."""

    end_time: int | None = None
    """End, Unix timestamp in seconds."""

    create_time: int | None = None
    """Creation time, Unix timestamp in seconds."""

    update_time: int | None = None
    """Last update, Unix timestamp in seconds."""

    creator_inivited_count: int | None = None
    """Number of invited creators (the key is misspelled on the wire)."""

    showcase_creator_count: int | None = None
    """Number of creators who added at least one of its products to their showcase."""

    content_creator_count: int | None = None
    """Number of creators who posted content about its products."""

    product_count: int | None = None
    """Number of products in the collaboration."""

    free_sample_rule: FreeSampleRule | None = None
    """Free sample policy of a target collaboration."""

    type_: OpenEnum[Literal["STANDARD", "TOP_CREATOR_PROGRAM"]] | None = Field(default=None, alias="type")
    """`STANDARD` (products and creators chosen by the seller) or `TOP_CREATOR_PROGRAM` (created by joining
    the Top Creator Program; the seller only submits products)."""


class TopFollowerDemographics(ResponseModel):
    """The main follower groups."""

    age_ranges: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Top 3 follower age ranges, e.g. `AGE_RANGE_18_24`."""

    major_gender: MajorGender | None = None
    """The predominant follower gender."""


class UnitsSoldRange(ResponseModel):
    """A range of units sold."""

    minimum_amount: int | None = None
    """Lower bound."""

    maximum_amount: int | None = None
    """Upper bound."""

    formatted_range: str | None = None
    """The range formatted for display."""


class UpdateConversationStatusQuery(RequestModel):
    """Path and query parameters of AffiliateSellerUpdateConversationStatus."""

    conversation_id: str = Field(min_length=1, strict=True)
    """Id of the conversation."""


class UpdateConversationStatusRequest(RequestModel):
    """The status change."""

    action: str = Field(strict=True)
    """`STARRED` to star the conversation, `UNSTARRED` to unstar it, `ARCHIVED` to archive it."""


class UpdateConversationStatusResponse(ResponseModel):
    """Empty on success."""

    pass


class UpdateFailed(ResponseModel):
    """Changes that were not applied."""

    remove_creator_open_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Creators (Open IDs) that could not be removed."""

    remove_product_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Products that could not be removed."""

    add_creator_open_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Creators (Open IDs) that could not be added."""

    add_products: AddProducts | None = None
    """A product that could not be added."""

    change_commissions: ChangeCommissions | None = None
    """A commission change that could not be applied."""

    end_time: int | None = None
    """End time that could not be applied, Unix timestamp in seconds."""

    seller_contact_info: SellerContactInfo | None = None
    """How creators can reach the seller."""

    name: str | None = None
    """Name that could not be applied."""

    invalid_product_id_list: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Product ids that made the update fail."""

    invalid_open_id_list: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Creator Open IDs that made the update fail."""


class UpdateTargetCollaborationProduct(RequestModel):
    """UpdateTargetCollaborationProduct"""

    id: str = Field(strict=True)
    """Product id."""

    commission_rate: int = Field(ge=100.0, le=8000.0, strict=True)
    """Commission rate in hundredths of a percent (`3587` = 35.87%), from 100 to 8000. Increases apply at
    once; decreases for showcased products apply at 00:00 the next day."""

    target_ad_commission_rate: int | None = Field(default=None, strict=True)
    """Commission rate for orders from ads using the creator's video, in hundredths of a percent (`1000` =
    10%)."""


class UpdateTargetCollaborationQuery(RequestModel):
    """Path and query parameters of AffiliateSellerUpdateTargetCollaboration."""

    target_collaboration_id: str = Field(min_length=1, strict=True)
    """Id of the target collaboration."""


class UpdateTargetCollaborationRequest(RequestModel):
    """The new state of the target collaboration; lists replace the current ones."""

    name: str = Field(strict=True)
    """Name of the target collaboration."""

    end_time: str = Field(strict=True)
    """When the collaboration ends, Unix timestamp in seconds (sent as a string)."""

    products: list[UpdateTargetCollaborationProduct] = Field(max_length=100)
    """Products offered, up to 100. A removed product already in a creator's showcase leaves at 00:00 the
    next day, otherwise immediately."""

    creator_user_open_ids: list[StrictStr] = Field(max_length=50)
    """Open IDs of the invited creators, up to 50."""

    seller_contact_info: UpdateTargetCollaborationSellerContactInfo
    """How creators can reach the seller; the email is required."""

    free_sample_rule: FreeSampleRuleInput
    """Free sample policy of a target collaboration (request form)."""


class UpdateTargetCollaborationResponse(ResponseModel):
    """The parts of the update that did not apply."""

    target_collaboration_conflicts: NullAsEmpty[list[TargetCollaborationConflict]] = Field(default_factory=list)
    """Creator-product pairs bound by another target collaboration, which made the update fail."""

    update_failed: UpdateFailed | None = None
    """Changes that were not applied."""


class UpdateTargetCollaborationSellerContactInfo(RequestModel):
    """How creators can reach the seller; the email is required."""

    email: str = Field(strict=True)
    """Seller's email address."""

    phone_number: str | None = Field(default=None, strict=True)
    """Seller's phone number."""

    whatsapp: str | None = Field(default=None, strict=True)
    """Phone number registered with WhatsApp."""

    telegram: str | None = Field(default=None, strict=True)
    """Telegram username or phone number."""

    line: str | None = Field(default=None, strict=True)
    """Phone number registered with LINE."""


class UploadMessageImageRequest(RequestModel):
    """The image file."""

    data: FileInput
    """The image, JPG, GIF, WEBP or PNG, at most 10 MB and not empty."""


class UploadMessageImageResponse(ResponseModel):
    """The uploaded image."""

    url: str | None = None
    """URL of the image, to use in an `IMAGE` message."""

    width: int | None = None
    """Width in pixels."""

    height: int | None = None
    """Height in pixels."""
