"""Models of the `affiliate_creator` module.

Tools for TikTok creators in the affiliate program: the showcase, open and target collaborations,
free samples, affiliate orders, sharing links and shoppable posts."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictInt, StrictStr

from tiktok_shop._contract import FileInput, NullAsEmpty, OpenEnum, RequestModel, ResponseModel
from tiktok_shop._money import DecimalAmount

__all__ = [
    "AddShowcaseProductsRequest",
    "AddShowcaseProductsResponse",
    "Addition",
    "AffiliateOrder",
    "AffiliateOrderSku",
    "Amount",
    "Category",
    "CategoryChainNode",
    "CheckSampleEligibilityQuery",
    "CheckSampleEligibilityResponse",
    "Collaboration",
    "CommissionRateRange",
    "CreateVideoPrecheckTaskRequest",
    "CreateVideoPrecheckTaskResponse",
    "CreateVideoPrecheckTaskVideoInfo",
    "CreatorFulfillment",
    "Detail",
    "DisplayAmount",
    "Error",
    "FailedMaterial",
    "GenerateGeneralSharingLinksMaterial",
    "GenerateGeneralSharingLinksRequest",
    "GenerateGeneralSharingLinksResponse",
    "GenerateGeneralSharingLinksSharingLink",
    "GeneratePublisherSharingLinksMaterial",
    "GeneratePublisherSharingLinksQuery",
    "GeneratePublisherSharingLinksRequest",
    "GeneratePublisherSharingLinksResponse",
    "GeneratePublisherSharingLinksSharingLink",
    "GetCreatorProfileResponse",
    "GetOpenCollaborationProductsByIdsQuery",
    "GetOpenCollaborationProductsByIdsResponse",
    "GetSampleApplicationDetailRequest",
    "GetSampleApplicationDetailResponse",
    "GetShopProductsQuery",
    "GetShopProductsResponse",
    "GetShowcaseProductsQuery",
    "GetShowcaseProductsResponse",
    "GetVideoPrecheckResultQuery",
    "GetVideoPrecheckResultResponse",
    "GetVideoStatusQuery",
    "GetVideoStatusResponse",
    "GetVideoStatusVideo",
    "GoodQualityCheckResult",
    "GoodQualityCheckResultIssue",
    "Image",
    "Label",
    "LabelSampleProduct",
    "Link",
    "LinkInfo",
    "MapTokopediaProductIds202606Query",
    "MapTokopediaProductIdsRequest",
    "MapTokopediaProductIdsResponse",
    "MoveShowcaseProductsToTopRequest",
    "MoveShowcaseProductsToTopResponse",
    "OpenCollaborationProduct",
    "OpenCollaborationProductCommission",
    "OrderTrace",
    "Partner",
    "Photo",
    "PhotoFile",
    "PhotosInfo",
    "PostShoppablePhotosRequest",
    "PostShoppablePhotosResponse",
    "PostShoppableVideoRequest",
    "PostShoppableVideoResponse",
    "PostShoppableVideoVideo",
    "PostShoppableVideoVideoInfo",
    "Precheck",
    "PrecheckTask",
    "Price",
    "PriceRange",
    "Product",
    "ProductCommission",
    "ProductLinkInfo",
    "RemoveShowcaseProductsRequest",
    "RemoveShowcaseProductsResponse",
    "SalesPriceRange",
    "SampleApplication",
    "SampleApplicationSampleProduct",
    "SampleFulfillment",
    "SampleSku",
    "SearchAffiliateOrdersQuery",
    "SearchAffiliateOrdersRequest",
    "SearchAffiliateOrdersResponse",
    "SearchOpenCollaborationProductsQuery",
    "SearchOpenCollaborationProductsRequest",
    "SearchOpenCollaborationProductsResponse",
    "SearchSampleApplicationFulfillmentsQuery",
    "SearchSampleApplicationFulfillmentsRequest",
    "SearchSampleApplicationFulfillmentsResponse",
    "SearchSampleApplicationsQuery",
    "SearchSampleApplicationsRequest",
    "SearchSampleApplicationsResponse",
    "SearchTargetCollaborationsQuery",
    "SearchTargetCollaborationsRequest",
    "SearchTargetCollaborationsResponse",
    "SearchTracedAffiliateOrdersQuery",
    "SearchTracedAffiliateOrdersRequest",
    "SearchTracedAffiliateOrdersResponse",
    "Shop",
    "ShopAdsCommission",
    "ShopInfo",
    "ShopProduct",
    "ShowcaseImage",
    "ShowcaseProduct",
    "ShowcaseProductCommission",
    "SkuProperty",
    "Status",
    "TargetCollaboration",
    "TokoMappingError",
    "TokoProductMapping",
    "TracedOrder",
    "TracedOrderSku",
    "UploadPhotoFileRequest",
    "UploadPhotoFileResponse",
    "UploadVideoFileRequest",
    "UploadVideoFileResponse",
    "VideoFile",
    "ViolationCheckResult",
    "ViolationCheckResultIssue",
]


class AddShowcaseProductsRequest(RequestModel):
    """Products to add to the showcase."""

    add_type: Literal["PRODUCT_ID", "PRODUCT_LINK"]
    """How the products are given: `PRODUCT_ID` uses `product_ids`, `PRODUCT_LINK` uses `product_link`."""

    product_ids: list[StrictStr] | None = Field(default=None, max_length=20)
    """Ids of the products to add (with `PRODUCT_ID`), at most 20."""

    product_link: str | None = Field(default=None, strict=True)
    """URL of the product to add (with `PRODUCT_LINK`)."""


class AddShowcaseProductsResponse(ResponseModel):
    """Products that could not be added; omitted when all succeeded."""

    errors: NullAsEmpty[list[Error]] = Field(default_factory=list)
    """One entry per product that failed."""


class Addition(ResponseModel):
    """Creator-specific additions to the product listing."""

    customized_main_images: NullAsEmpty[list[ShowcaseImage]] = Field(default_factory=list)
    """Main images customized by the creator."""


class AffiliateOrder(ResponseModel):
    """An affiliate order attributed to the creator."""

    id: str | None = None
    """Order id."""

    create_time: int | None = None
    """When the order was created (Unix seconds)."""

    delivery_time: int | None = None
    """When the order was delivered (Unix seconds)."""

    status: str | None = None
    """Commission state of the order, e.g. `UNSPECIFIED`, awaiting payment, to settle, `SETTLED`,
    `REFUNDED` (no commission), `FROZEN` (suspected fraud)."""

    skus: NullAsEmpty[list[AffiliateOrderSku]] = Field(default_factory=list)
    """SKUs of the order."""


class AffiliateOrderSku(ResponseModel):
    """One SKU of a creator affiliate order, with its commissions."""

    id: str | None = None
    """SKU id."""

    product_id: str | None = None
    """Product id."""

    product_name: str | None = None
    """Product name."""

    shop_name: str | None = None
    """Name of the shop selling the product."""

    campaign_id: str | None = None
    """Id of the campaign the order came through, if any."""

    open_collaboration_id: str | None = None
    """Id of the open collaboration, if any."""

    target_collaboration_id: str | None = None
    """Id of the target collaboration, if any."""

    price: Amount | None = None
    """A money amount with its currency."""

    content_type: OpenEnum[Literal["LINKSHARE", "LIVE", "PRE_LIVE", "PROMOTION_PAGE", "SHOP", "VIDEO"]] | None = None
    """Kind of content the order came from."""

    content_id: str | None = None
    """Id of the content the order came from."""

    quantity: int | None = None
    """Units of the SKU ordered, refunded units included."""

    returned_quantity: int | None = None
    """Units returned."""

    refunded_quantity: int | None = None
    """Units refunded."""

    commission_rate: int | None = None
    """Total commission rate (standard + shop ads + bonus + reward), in hundredths of a percent (`3000` =
    30%)."""

    standard_commission_rate: int | None = None
    """Standard affiliate commission rate, in hundredths of a percent."""

    shop_ads_commission_rate: int | None = None
    """Shop Ads commission rate, in hundredths of a percent."""

    commission_bonus_rate: int | None = None
    """Bonus commission rate, in hundredths of a percent."""

    creator_commission_reward_rate: int | None = None
    """Reward rate the affiliate partner passes to the creator, in hundredths of a percent."""

    commission_tier_setting: str | None = None
    """With tiered commission, the commission rate of each tier set by the seller."""

    commission_model: str | None = None
    """Commission model, e.g. fixed or tiered commission."""

    estimated_commission_base: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_commission: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_standard_commission: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_shop_ads_commission: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_bonus_commission: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_creator_commission_reward_fee: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_commission_base: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_commission: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_standard_commission: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_shop_ads_commission: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_bonus_commission: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_creator_commission_reward_fee: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    isr: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    iva: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    pit: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    shared_with_partner: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    tag: str | None = None
    """User-defined tracking metadata."""

    trace_info: OrderTrace | None = None
    """The sharing link an order came through."""

    last_update_time: int | None = None
    """When the record last changed (Unix seconds)."""

    is_carousel: bool | None = None
    """True when the order is attributed to carousel content (which may lower the commission rate)."""


class Amount(ResponseModel):
    """A money amount with its currency."""

    amount: DecimalAmount | None = None
    """The amount as a decimal string in the currency's major unit."""

    currency: str | None = None
    """ISO 4217 currency code."""


class Category(RequestModel):
    """Category filter."""

    id: str | None = Field(default=None, strict=True)
    """Category id."""


class CategoryChainNode(ResponseModel):
    """One level of a product's category path."""

    id: str | None = None
    """Category id."""

    local_name: str | None = None
    """Category name at this level, in the local language."""

    is_leaf: bool | None = None
    """True when this category is a leaf."""

    parent_id: str | None = None
    """Id of the parent category."""


class CheckSampleEligibilityQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorCheckCreatorSampleEligibility."""

    product_id: str = Field(min_length=1, strict=True)
    """Id of the product to check."""


class CheckSampleEligibilityResponse(ResponseModel):
    """Sample eligibility of the product for the creator."""

    label: Label | None = None
    """The eligibility verdict."""


class Collaboration(ResponseModel):
    """The collaboration through which the product was added."""

    id: str | None = None
    """Collaboration id."""

    type_: str | None = Field(default=None, alias="type")
    """Collaboration type code: `1` open collaboration, `2` target collaboration, `5` partner campaign,
    `11` flat fee, `12` collaboration plus, `13` affiliate promotion."""

    partner: Partner | None = None
    """The affiliate partner behind the collaboration, if any."""


class CommissionRateRange(RequestModel):
    """Commission rate filter, in hundredths of a percent."""

    rate_ge: int | None = Field(default=None, strict=True)
    """Lowest commission rate to include, 100 to 8000."""

    rate_lt: int | None = Field(default=None, strict=True)
    """Commission rate the products must stay below (at least 1000)."""


class CreateVideoPrecheckTaskRequest(RequestModel):
    """The video and product anchor to check."""

    video_info: CreateVideoPrecheckTaskVideoInfo
    """The video to check."""

    product_link_info: ProductLinkInfo
    """The product anchor attached to a video."""


class CreateVideoPrecheckTaskResponse(ResponseModel):
    """The created precheck task."""

    precheck: Precheck | None = None
    """The task."""


class CreateVideoPrecheckTaskVideoInfo(RequestModel):
    """The video to check."""

    file_id: str = Field(strict=True)
    """File id from the video file upload."""


class CreatorFulfillment(ResponseModel):
    """The content-creation obligation attached to the sample."""

    id: str | None = None
    """Fulfillment id."""

    expiration_time: int | None = None
    """Fulfillment deadline (Unix seconds)."""

    total_suspend_duration: int | None = None
    """Total suspension time, in seconds."""

    status: (
        OpenEnum[
            Literal[
                "CANCELLED", "EXEMPTED", "FAILED", "ONGOING", "OVERDUE", "PENDING", "REPEATED", "SUCCEED", "SUSPEND"
            ]
        ]
        | None
    ) = None
    """Fulfillment state: `PENDING` (no content yet), `ONGOING` (content under evaluation), `SUCCEED`,
    `FAILED` (content below requirements), `OVERDUE` (deadline missed), `SUSPEND`, `CANCELLED`,
    `EXEMPTED`, `REPEATED` (fulfilled again after completion)."""

    bound_product_status: (
        OpenEnum[
            Literal[
                "LIVE",
                "NO_PLAN",
                "OUT_OF_STOCK",
                "PERMANENT_DELETED",
                "PLATFORM_DEACTIVATE",
                "SELLER_DEACTIVATE",
                "UNKNOWN",
            ]
        ]
        | None
    ) = None
    """Whether the sampled product can still be promoted: `LIVE`, `OUT_OF_STOCK`, `SELLER_DEACTIVATE`,
    `PLATFORM_DEACTIVATE`, `NO_PLAN` (no valid plan for the creator), `PERMANENT_DELETED`, `UNKNOWN`."""


class Detail(ResponseModel):
    """What the error is about."""

    product_id: str | None = None
    """Id of the product that failed."""


class DisplayAmount(ResponseModel):
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    amount: DecimalAmount | None = None
    """The amount as a localized display string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class Error(ResponseModel):
    """A failed product addition."""

    code: int | None = None
    """Error code."""

    message: str | None = None
    """Readable error message."""

    detail: Detail | None = None
    """What the error is about."""


class FailedMaterial(ResponseModel):
    """A material for which no sharing link could be generated."""

    material_id: str | None = None
    """Material id."""

    fail_reason: str | None = None
    """Why generation failed."""


class GenerateGeneralSharingLinksMaterial(RequestModel):
    """The materials; only products are supported for now."""

    ids: list[StrictStr] = Field(max_length=50)
    """Product ids, 1 to 50."""

    type_: str = Field(alias="type", strict=True)
    """Material type; currently only `PRODUCT`."""

    promotion_campaign_schema: str | None = Field(default=None, strict=True)
    """Schema of the campaign page, for campaign materials."""


class GenerateGeneralSharingLinksRequest(RequestModel):
    """Materials to generate general sharing links for."""

    material: GenerateGeneralSharingLinksMaterial
    """The materials; only products are supported for now."""

    campaign_id: str | None = Field(default=None, strict=True)
    """Id of the campaign the products come from, if any."""

    link_type: str | None = Field(default=None, strict=True)
    """Set `TOKO` to get Tokopedia product URLs in `sharing_link` (no `deep_link` / `one_link`); omit for
    TikTok Shop URLs."""


class GenerateGeneralSharingLinksResponse(ResponseModel):
    """General links generated."""

    sharing_links: NullAsEmpty[list[GenerateGeneralSharingLinksSharingLink]] = Field(default_factory=list)
    """Links of the materials that succeeded."""

    failed_materials: NullAsEmpty[list[FailedMaterial]] = Field(default_factory=list)
    """Materials that failed."""


class GenerateGeneralSharingLinksSharingLink(ResponseModel):
    """The links of one material."""

    material_id: str | None = None
    """Material id."""

    sharing_link: str | None = None
    """Promotion link; append tracking parameters such as `event_id`, `publisher_id`, `publisher_name`,
    `device_type` (1 mobile, 2 desktop), `device_id` and `referrer_src` so orders carry them."""

    deep_link: str | None = None
    """App deep link opening the product detail page (TikTok Shop links only)."""

    one_link: str | None = None
    """HTTPS link opening the product detail page (TikTok Shop links only)."""


class GeneratePublisherSharingLinksMaterial(RequestModel):
    """The materials (products or a campaign page)."""

    ids: list[StrictStr] = Field(max_length=50)
    """Material ids; for `PRODUCT`, 1 to 50 product ids."""

    type_: Literal["CAMPAIGN", "PRODUCT"] = Field(alias="type")
    """`PRODUCT`: `ids` are product ids; `CAMPAIGN`: give `promotion_campaign_schema`."""

    promotion_campaign_schema: str | None = Field(default=None, strict=True)
    """Schema of the campaign page; required when `type` is `CAMPAIGN`."""


class GeneratePublisherSharingLinksQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorGeneratePublisherSharingLinksInBatch."""

    publisher_id: str = Field(min_length=1, strict=True)
    """Id of the publisher the links are generated for."""


class GeneratePublisherSharingLinksRequest(RequestModel):
    """Materials to generate publisher sharing links for."""

    material: GeneratePublisherSharingLinksMaterial
    """The materials (products or a campaign page)."""

    campaign_id: str | None = Field(default=None, strict=True)
    """Id of the campaign the products come from (Affiliate Center or the partner campaign list)."""

    link_type: str | None = Field(default=None, strict=True)
    """Set `TOKO` to get Tokopedia product URLs (Tokopedia agencies); omit for TikTok Shop URLs."""


class GeneratePublisherSharingLinksResponse(ResponseModel):
    """Links generated for the publisher."""

    sharing_links: NullAsEmpty[list[GeneratePublisherSharingLinksSharingLink]] = Field(default_factory=list)
    """Links of the materials that succeeded."""

    failed_materials: NullAsEmpty[list[FailedMaterial]] = Field(default_factory=list)
    """Materials that failed."""


class GeneratePublisherSharingLinksSharingLink(ResponseModel):
    """The links of one material."""

    material_id: int | None = None
    """Material id (a number in this response)."""

    sharing_link: str | None = None
    """Promotion link to share with the publisher."""

    deep_link: str | None = None
    """App deep link opening the product detail page in TikTok."""

    one_link: str | None = None
    """HTTPS link opening the product detail page, falling back to the app store when TikTok is not
    installed."""


class GetCreatorProfileResponse(ResponseModel):
    """The authorized creator's profile."""

    username: str | None = None
    """TikTok user name."""

    avatar: Image | None = None
    """An image with its size."""

    selection_region: str | None = None
    """Region whose products the creator may promote in showcase, videos and lives."""

    register_region: str | None = None
    """Region where the creator's TikTok account is registered."""

    seller_type: OpenEnum[Literal["CROSS_BORDER", "LOCAL"]] | None = None
    """When the creator also owns a TikTok Shop seller account, its seller type."""

    permissions: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Product promotion permissions held, among `LIVE_STREAM_PERMISSION`, `SELF_SALE_PERMISSION`,
    `ADD_AFFILIATE_PERMISSION`, `PHOTO_SHOPPABLE_PERMISSION_PRODUCT`, `PHOTO_SHOPPABLE_PERMISSION_SHOP`."""

    user_type: (
        OpenEnum[Literal["TIKTOK_MARKETING_ACCOUNT", "TIKTOK_SHOP_CREATOR", "TIKTOK_SHOP_OFFICIAL_ACCOUNT"]] | None
    ) = None
    """Kind of TikTok account."""

    creator_user_open_id: str | None = None
    """The creator's open id."""


class GetOpenCollaborationProductsByIdsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorGetOpenCollaborationProductListByProductIds."""

    product_ids: list[StrictStr] | None = None
    """Ids of the products to look up."""


class GetOpenCollaborationProductsByIdsResponse(ResponseModel):
    """Open collaboration products found for the requested ids."""

    products: NullAsEmpty[list[OpenCollaborationProduct]] = Field(default_factory=list)
    """The products found; may be fewer than requested."""


class GetSampleApplicationDetailRequest(RequestModel):
    """Which sample application to read."""

    product_id: str = Field(strict=True)
    """Id of the sampled product."""

    application_type: str = Field(strict=True)
    """Kind of application: `FREE_SAMPLE`, `SAMPLE_COUPON`, `SAMPLE_CAMPAIGN` or `REFUNDABLE_SAMPLE`."""

    application_id: str | None = Field(default=None, strict=True)
    """Sample application id, for `FREE_SAMPLE`; when omitted, give `main_order_id` instead."""

    main_order_id: str | None = Field(default=None, strict=True)
    """Id of the sample order; required for `SAMPLE_COUPON`, `SAMPLE_CAMPAIGN` and `REFUNDABLE_SAMPLE`."""


class GetSampleApplicationDetailResponse(ResponseModel):
    """The requested sample application."""

    sample_application: SampleApplication | None = None
    """A free-sample application of the creator."""


class GetShopProductsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorGetShopProducts."""

    title_keyword: str | None = Field(default=None, strict=True)
    """Keyword matched against product titles."""

    sort_field: Literal["PRICE", "PRODUCT_ID", "SALE"] | None = None
    """Field to sort the products by."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class GetShopProductsResponse(ResponseModel):
    """One page of the bound shop's products."""

    products: NullAsEmpty[list[ShopProduct]] = Field(default_factory=list)
    """Products of this page; empty when nothing matches."""

    total_count: int | None = None
    """Total number of matching products."""

    next_page_token: str | None = None
    """Token of the next page; empty when there are no more products."""


class GetShowcaseProductsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorGetShowcaseProducts."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    origin: Literal["LIVE", "SHOWCASE"]
    """Which product list to read: `SHOWCASE` for the showcase, `LIVE` for the live room's product bag."""


class GetShowcaseProductsResponse(ResponseModel):
    """One page of showcase products."""

    products: NullAsEmpty[list[ShowcaseProduct]] = Field(default_factory=list)
    """The products of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Total number of matching products."""


class GetVideoPrecheckResultQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorGetShoppableVideoPrecheckResult."""

    task_id: str = Field(min_length=1, strict=True)
    """Id of the precheck task."""


class GetVideoPrecheckResultResponse(ResponseModel):
    """Results of a video precheck task."""

    precheck_task: PrecheckTask | None = None
    """The task and its check results."""


class GetVideoStatusQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorGetShoppableVideoStatus."""

    video_id: str = Field(min_length=1, strict=True)
    """Video id returned when the video was posted."""


class GetVideoStatusResponse(ResponseModel):
    """Posting state of the video."""

    video: GetVideoStatusVideo | None = None
    """The video."""


class GetVideoStatusVideo(ResponseModel):
    """The video."""

    id: str | None = None
    """Video id."""

    post_status: OpenEnum[Literal["FAIL", "PROCESSING", "SUCCESS"]] | None = None
    """`SUCCESS`, `FAIL`, or `PROCESSING` (ask again later)."""

    post_time: int | None = None
    """When the video was posted (Unix seconds); only after `SUCCESS`."""


class GoodQualityCheckResult(ResponseModel):
    """Content quality check, when enabled."""

    status: OpenEnum[Literal["FAIL", "PROCESSING", "SUCCESS"]] | None = None
    """`SUCCESS` (check passed), `FAIL` (see `issues`) or `PROCESSING` (still running)."""

    issues: NullAsEmpty[list[GoodQualityCheckResultIssue]] = Field(default_factory=list)
    """Quality findings, when the check failed."""


class GoodQualityCheckResultIssue(ResponseModel):
    """One quality finding."""

    code: str | None = None
    """The finding."""

    suggestions: str | None = None
    """Suggested improvement."""


class Image(ResponseModel):
    """An image with its size."""

    url: str | None = None
    """Image URL."""

    width: int | None = None
    """Width in pixels."""

    height: int | None = None
    """Height in pixels."""


class Label(ResponseModel):
    """The eligibility verdict."""

    can_apply: bool | None = None
    """True when the creator may apply for a sample of the product."""

    status: OpenEnum[Literal["COMPLETE", "ONGOING", "TO_APPLY", "UNKNOWN"]] | None = None
    """Creator's free-sample state for the product: `TO_APPLY` (not applied), `ONGOING` (applied,
    fulfillment not complete), `COMPLETE` (fulfilled), `UNKNOWN`."""

    application_id: str | None = None
    """Id of the creator's existing sample application, when there is one."""

    reach_limit: bool | None = None
    """True when the creator has reached the limit of sample applications."""

    sample_product: LabelSampleProduct | None = None
    """SKUs of the product offered as samples."""


class LabelSampleProduct(ResponseModel):
    """SKUs of the product offered as samples."""

    sample_sku_list: NullAsEmpty[list[SampleSku]] = Field(default_factory=list)
    """Sample SKUs."""


class Link(RequestModel):
    """One product anchor."""

    product_id: str | None = Field(default=None, strict=True)
    """Product id."""

    link_title: str | None = Field(default=None, strict=True)
    """Anchor title, under 30 characters."""


class LinkInfo(RequestModel):
    """What the post links to."""

    post_type: str = Field(strict=True)
    """`1` link to products, `2` link to a shop, `3` one product per image."""

    shop_info: ShopInfo | None = None
    """The shop page linked (shop posts)."""

    links: list[Link] | None = None
    """Product anchors of the post."""


class MapTokopediaProductIds202606Query(RequestModel):
    """Path and query parameters of AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappings202606."""

    toko_pids: list[StrictInt] | None = None
    """Tokopedia product ids to map (comma-joined on the wire)."""


class MapTokopediaProductIdsRequest(RequestModel):
    """Tokopedia product ids to map."""

    toko_pids: list[StrictInt] | None = None
    """Tokopedia product ids."""


class MapTokopediaProductIdsResponse(ResponseModel):
    """Product id mappings."""

    product: NullAsEmpty[list[TokoProductMapping]] = Field(default_factory=list)
    """One entry per mapped product."""

    error: TokoMappingError | None = None
    """Why the mapping failed."""


class MoveShowcaseProductsToTopRequest(RequestModel):
    """Showcase products to pin."""

    product_ids: list[StrictStr]
    """Ids of products already in the showcase; they are shown at the top in this order."""


class MoveShowcaseProductsToTopResponse(ResponseModel):
    """Empty; success or failure is told by the envelope."""

    pass


class OpenCollaborationProduct(ResponseModel):
    """A product offered in open collaboration on the Affiliate Product Marketplace."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product name."""

    shop: Shop | None = None
    """The shop selling the product."""

    has_inventory: bool | None = None
    """True when the product has stock."""

    units_sold: int | None = None
    """Units sold; absent when the creator has not allowed precise data sharing."""

    sale_region: str | None = None
    """Region where the product is sold."""

    main_image_url: str | None = None
    """URL of the main product image."""

    detail_link: str | None = None
    """URL of the product detail page for mobile clients."""

    original_price: PriceRange | None = None
    """The lowest and highest price across a product's SKUs."""

    sales_price: PriceRange | None = None
    """The lowest and highest price across a product's SKUs."""

    category_chains: NullAsEmpty[list[CategoryChainNode]] = Field(default_factory=list)
    """The product's category path, at most three levels."""

    commission: OpenCollaborationProductCommission | None = None
    """Open collaboration commission for the product."""

    shop_ads_commission: ShopAdsCommission | None = None
    """Shop Ads commission for the product (returned by the lookup by ids)."""


class OpenCollaborationProductCommission(ResponseModel):
    """Open collaboration commission for the product."""

    rate: int | None = None
    """Commission rate set by the seller, in hundredths of a percent (`3000` = 30%), 100 to 8000."""

    currency: str | None = None
    """Currency of `amount`."""

    amount: DecimalAmount | None = None
    """Commission computed from the promotional price; a `<min> - <max>` range when both prices exist, `0`
    when no price is known."""


class OrderTrace(ResponseModel):
    """The sharing link an order came through."""

    id: str | None = None
    """For `GENERAL` links, the event id (`eid`) embedded in the link; for `SPECIFIC` links, the publisher
    id."""

    type_: OpenEnum[Literal["GENERAL", "SPECIFIC"]] | None = Field(default=None, alias="type")
    """`SPECIFIC` for publisher-specific sharing links, `GENERAL` for general ones."""


class Partner(ResponseModel):
    """The affiliate partner behind the collaboration, if any."""

    id: str | None = None
    """Partner id."""

    name: str | None = None
    """Partner name."""


class Photo(ResponseModel):
    """The post."""

    photo_post_id: str | None = None
    """Photo post id."""


class PhotoFile(ResponseModel):
    """Identity of the uploaded image."""

    photo_uri: str | None = None
    """Image URI, for `photo_file_uris` of a photo post or a video `cover_uri`."""


class PhotosInfo(RequestModel):
    """One image."""

    photo_file_uris: str = Field(strict=True)
    """Image URI returned by the photo file upload."""


class PostShoppablePhotosRequest(RequestModel):
    """The photo post to publish."""

    photos_info: list[PhotosInfo]
    """The images of the post."""

    title: str | None = Field(default=None, strict=True)
    """Caption, at most 5000 UTF-16 code units; hashtags (`#topic`) allowed. No caption when omitted."""

    music_id: str | None = Field(default=None, strict=True)
    """Background music id."""

    link_info: LinkInfo | None = None
    """What the post links to."""

    is_ai_generated: bool | None = Field(default=None, strict=True)
    """True to label the post as AI-generated content."""


class PostShoppablePhotosResponse(ResponseModel):
    """The published photo post."""

    photo: Photo | None = None
    """The post."""

    quota: str | None = None
    """The creator's remaining posting quota, when a quota applies."""


class PostShoppableVideoRequest(RequestModel):
    """The video to publish and its product anchor."""

    video_info: PostShoppableVideoVideoInfo
    """The video and its caption."""

    product_link_info: ProductLinkInfo
    """The product anchor attached to a video."""


class PostShoppableVideoResponse(ResponseModel):
    """The submitted video."""

    video: PostShoppableVideoVideo | None = None
    """The video."""


class PostShoppableVideoVideo(ResponseModel):
    """The video."""

    id: str | None = None
    """Video id, for the video status operation."""


class PostShoppableVideoVideoInfo(RequestModel):
    """The video and its caption."""

    file_id: str = Field(strict=True)
    """File id from the video file upload."""

    title: str = Field(strict=True)
    """Caption, at most 2200 UTF-16 code units."""

    cover_uri: str | None = Field(default=None, strict=True)
    """Cover image URI from the photo file upload; wins over `cover_timestamp_ms`."""

    cover_timestamp_ms: int | None = Field(default=None, strict=True)
    """Moment of the video (milliseconds) whose frame becomes the cover; default is the first frame."""

    music_id: str | None = Field(default=None, strict=True)
    """Background music id; none when omitted."""


class Precheck(ResponseModel):
    """The task."""

    task_id: str | None = None
    """Task id, for the precheck result operation."""


class PrecheckTask(ResponseModel):
    """The task and its check results."""

    id: str | None = None
    """Task id."""

    violation_check_result: ViolationCheckResult | None = None
    """Policy violation check."""

    good_quality_check_result: GoodQualityCheckResult | None = None
    """Content quality check, when enabled."""


class Price(ResponseModel):
    """Price ranges of the product."""

    original_price: PriceRange | None = None
    """The lowest and highest price across a product's SKUs."""

    seller_discount_price: PriceRange | None = None
    """The lowest and highest price across a product's SKUs."""

    platform_discount_price: PriceRange | None = None
    """The lowest and highest price across a product's SKUs."""


class PriceRange(ResponseModel):
    """The lowest and highest price across a product's SKUs."""

    minimum_amount: DecimalAmount | None = None
    """Lowest price, decimal string."""

    maximum_amount: DecimalAmount | None = None
    """Highest price, decimal string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class Product(ResponseModel):
    """A product of the collaboration."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product name."""

    main_image_url: str | None = None
    """URL of the main product image."""

    commission: ProductCommission | None = None
    """Commission offered for the product."""


class ProductCommission(ResponseModel):
    """Commission offered for the product."""

    rate: int | None = None
    """Commission rate in hundredths of a percent (`3587` = 35.87%)."""

    amount: DecimalAmount | None = None
    """Estimated commission computed from the product's lowest price."""

    currency: str | None = None
    """ISO 4217 currency code of `amount`."""


class ProductLinkInfo(RequestModel):
    """The product anchor attached to a video."""

    product_id: str = Field(strict=True)
    """Product to link, from the shop products or the showcase."""

    title: str = Field(strict=True)
    """Anchor title, under 30 characters; punctuation, emoji or offensive words may be rejected."""


class RemoveShowcaseProductsRequest(RequestModel):
    """Products to remove from the showcase."""

    product_ids: list[StrictStr] = Field(min_length=1, max_length=200)
    """Ids of the products to remove, 1 to 200."""


class RemoveShowcaseProductsResponse(ResponseModel):
    """Empty; success or failure is told by the envelope."""

    pass


class SalesPriceRange(RequestModel):
    """Price range filter."""

    amount_ge: str | None = Field(default=None, strict=True)
    """Lowest price to include (greater than 0)."""

    amount_lt: str | None = Field(default=None, strict=True)
    """Price the products must stay below; no upper bound when omitted."""


class SampleApplication(ResponseModel):
    """A free-sample application of the creator."""

    id: str | None = None
    """Sample application id."""

    create_time: int | None = None
    """When the application was made (Unix seconds)."""

    type_: str | None = Field(default=None, alias="type")
    """Kind of application: `FREE_SAMPLE` (requested from the product page and supplied by the seller),
    `SAMPLE_COUPON` (bought at a discount with a sample coupon), `SAMPLE_CAMPAIGN` (platform sample
    campaign), among others."""

    sample_product: SampleApplicationSampleProduct | None = None
    """The sampled product and SKU."""

    main_order_id: str | None = None
    """Id of the sample order created once the seller approved the application."""

    activity_id: str | None = None
    """Id of the sample campaign (sample campaign applications only)."""

    status: str | None = None
    """Application state, e.g. `PENDING` (awaiting seller review), `AWAITING_SHIPMENT`, `SHIPPED`,
    `CONTENT_PENDING`, `COMPLETED`, `REJECT_CANCELLED`, `OVERDUE_CANCELLED`, `UNFULFILL_CANCELLED`,
    `FULFILLMENT_SUSPEND`, `DEL_OPEN_COLLAB`, `SELLER_NOT_SHIP_CANCELLED`, `WITHDRAW_CANCELLED`,
    `UNFULFILLABLE_CANCELLED`, `OPS_CANCELLED`, `OPS_FAILED`, `OPS_COMPLETED`, `TO_BE_POST`,
    `POST_IN_REVIEW`, `POST_FAILED`, `CANCELED`."""

    creator_fulfillment: CreatorFulfillment | None = None
    """The content-creation obligation attached to the sample."""


class SampleApplicationSampleProduct(ResponseModel):
    """The sampled product and SKU."""

    id: str | None = None
    """Product id."""

    sku_id: str | None = None
    """SKU id."""

    sku_sale_property_value_names: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Names of the SKU's sales property values."""


class SampleFulfillment(ResponseModel):
    """The creator's obligation to publish content about a received sample."""

    id: str | None = None
    """Fulfillment id."""

    shop_id: str | None = None
    """Id of the shop that sent the sample."""

    application_id: str | None = None
    """Id of the sample application."""

    sample_application_type: (
        OpenEnum[
            Literal[
                "FREE_SAMPLE",
                "PLATFORM_FREE_SAMPLE",
                "REFUNDABLE_SAMPLE",
                "SAMPLE_CAMPAIGN",
                "SAMPLE_COUPON",
                "UNSPECIFIED",
            ]
        ]
        | None
    ) = None
    """Kind of sample application."""

    product_id: str | None = None
    """Id of the sampled product."""

    expiration_time: int | None = None
    """Deadline (Unix seconds): normally sample receipt + 14 days, extended by `total_suspend_duration`
    when suspension was requested."""

    total_suspend_duration: int | None = None
    """Total time the fulfillment was suspended, in seconds."""

    status: (
        OpenEnum[
            Literal[
                "CANCELLED", "EXEMPTED", "FAILED", "ONGOING", "OVERDUE", "PENDING", "REPEATED", "SUCCEED", "SUSPEND"
            ]
        ]
        | None
    ) = None
    """Fulfillment state: `PENDING` (no content yet), `ONGOING` (content under evaluation), `SUCCEED`,
    `FAILED` (content below requirements), `OVERDUE` (deadline missed), `SUSPEND`, `CANCELLED`,
    `EXEMPTED`, `REPEATED` (fulfilled again after completion)."""

    bound_product_status: (
        OpenEnum[
            Literal[
                "LIVE",
                "NO_PLAN",
                "OUT_OF_STOCK",
                "PERMANENT_DELETED",
                "PLATFORM_DEACTIVATE",
                "SELLER_DEACTIVATE",
                "UNKNOWN",
            ]
        ]
        | None
    ) = None
    """Whether the sampled product can still be promoted: `LIVE`, `OUT_OF_STOCK`, `SELLER_DEACTIVATE`,
    `PLATFORM_DEACTIVATE`, `NO_PLAN` (no valid plan for the creator), `PERMANENT_DELETED`, `UNKNOWN`."""


class SampleSku(ResponseModel):
    """One SKU and its sample availability."""

    id: str | None = None
    """SKU id."""

    sale_property_value_ids: str | None = None
    """The SKU's property value ids joined by `_`, in the order of `sale_properties`."""

    price: Amount | None = None
    """A money amount with its currency."""

    sale_properties: NullAsEmpty[list[SkuProperty]] = Field(default_factory=list)
    """Sales properties of the SKU."""

    is_available: bool | None = None
    """True when the creator can apply for this SKU as a sample."""

    unavailable_reason: (
        OpenEnum[
            Literal["ALREADY_APPLYED", "EXCEED_CB_PRICE_THRESHOLD", "IS_GIFT", "IS_PREORDER", "OUT_OF_STOCK", "UNKNOWN"]
        ]
        | None
    ) = None
    """Why the SKU is unavailable; meaningful only when `is_available` is false.
    `EXCEED_CB_PRICE_THRESHOLD`: price above the cross-border limit; `ALREADY_APPLYED`: already applied
    (TikTok's spelling)."""


class SearchAffiliateOrdersQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorSearchCreatorAffiliateOrders."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchAffiliateOrdersRequest(RequestModel):
    """Creation-time window of the order search."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Orders created at or after this time (Unix seconds); defaults to the earliest time when only
    `create_time_lt` is set."""

    create_time_lt: int | None = Field(default=None, strict=True)
    """Orders created before this time (Unix seconds); defaults to now. Keep the same window on every page."""


class SearchAffiliateOrdersResponse(ResponseModel):
    """One page of affiliate orders."""

    orders: NullAsEmpty[list[AffiliateOrder]] = Field(default_factory=list)
    """Orders of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Number of matching SKU rows; `page_size` counts SKU rows, so a page may hold fewer orders."""


class SearchOpenCollaborationProductsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorSearchOpenCollaborationProducts."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    sort_field: Literal["commission", "commission_rate", "product_sales_price", "units_sold"] | None = None
    """Field to sort the products by."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""


class SearchOpenCollaborationProductsRequest(RequestModel):
    """Filters for the open collaboration product search; all optional."""

    title_keywords: list[StrictStr] | None = Field(default=None, max_length=20)
    """Keywords loosely matched against product titles, combined with AND; at most 20, each up to 255
    characters."""

    sales_price_range: SalesPriceRange | None = None
    """Price range filter."""

    category: Category | None = None
    """Category filter."""

    commission_rate_range: CommissionRateRange | None = None
    """Commission rate filter, in hundredths of a percent."""


class SearchOpenCollaborationProductsResponse(ResponseModel):
    """One page of open collaboration products."""

    products: NullAsEmpty[list[OpenCollaborationProduct]] = Field(default_factory=list)
    """Products of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Total number of matching products."""


class SearchSampleApplicationFulfillmentsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorCreatorSearchSampleApplicationFulfillments."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    sort_field: Literal["create_time", "expired_time"] | None = None
    """Field to sort the fulfillments by."""


class SearchSampleApplicationFulfillmentsRequest(RequestModel):
    """Fulfillment statuses to search for."""

    fulfillment_statuses: list[
        Literal["CANCELLED", "EXEMPTED", "FAILED", "ONGOING", "OVERDUE", "PENDING", "SUCCEED", "SUSPEND"]
    ]
    """Return fulfillments in one of these states: `PENDING` (no content yet), `ONGOING` (content under
    evaluation), `SUCCEED`, `FAILED`, `OVERDUE` (deadline missed), `SUSPEND`, `CANCELLED`, `EXEMPTED`."""


class SearchSampleApplicationFulfillmentsResponse(ResponseModel):
    """The matching fulfillments."""

    fulfillments: NullAsEmpty[list[SampleFulfillment]] = Field(default_factory=list)
    """Fulfillments of the creator's samples."""


class SearchSampleApplicationsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorSearchCreatorSampleApplications."""

    page_size: int | None = Field(default=None, ge=1, strict=True)
    """Number of applications per page."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchSampleApplicationsRequest(RequestModel):
    """Filter of the sample application search."""

    application_statuses: list[StrictStr] | None = None
    """Return applications in one of these states (see `AffiliateCreatorSampleApplication.status`), e.g.
    `PENDING`, `AWAITING_SHIPMENT`, `SHIPPED`, `COMPLETED`, `TO_BE_POST`."""


class SearchSampleApplicationsResponse(ResponseModel):
    """One page of sample applications."""

    sample_applications: NullAsEmpty[list[SampleApplication]] = Field(default_factory=list)
    """Applications of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SearchTargetCollaborationsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorSearchCreatorTargetCollaborations."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchTargetCollaborationsRequest(RequestModel):
    """The shop and optional filter of the target collaboration search."""

    shop_id: str = Field(strict=True)
    """Id of the shop whose target collaborations to list."""

    keyword_type: Literal["TARGET_COLLABORATIONS_ID", "TARGET_COLLABORATIONS_NAME"] | None = None
    """What `keyword` holds: `TARGET_COLLABORATIONS_ID` (matches collaborations in any state) or
    `TARGET_COLLABORATIONS_NAME` (matches `LIVE` ones only). Give it together with `keyword`."""

    keyword: str | None = Field(default=None, strict=True)
    """Collaboration id (decimal integer) or name (under 500 bytes) to search for."""


class SearchTargetCollaborationsResponse(ResponseModel):
    """One page of target collaborations."""

    target_collaborations: NullAsEmpty[list[TargetCollaboration]] = Field(default_factory=list)
    """Collaborations of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Total number of matching collaborations."""


class SearchTracedAffiliateOrdersQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorSearchAffiliateOrdersByCreator."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchTracedAffiliateOrdersRequest(RequestModel):
    """Time window of the traced order search."""

    time_ge: int = Field(strict=True)
    """Start of the window, inclusive (Unix milliseconds), applied to `time_type`."""

    time_lt: int = Field(strict=True)
    """End of the window, exclusive (Unix milliseconds)."""

    time_type: Literal["CREATE_TIME", "DELIVERY_TIME", "PAY_TIME", "SETTLE_TIME"] | None = None
    """Which timestamp the window applies to: order creation (`CREATE_TIME`, default), payment, delivery or
    settlement."""


class SearchTracedAffiliateOrdersResponse(ResponseModel):
    """One page of traced affiliate orders."""

    orders: NullAsEmpty[list[TracedOrder]] = Field(default_factory=list)
    """Orders of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Total number of matching orders."""


class Shop(ResponseModel):
    """The shop selling the product."""

    name: str | None = None
    """Shop name."""


class ShopAdsCommission(ResponseModel):
    """Shop Ads commission for the product (returned by the lookup by ids)."""

    rate: int | None = None
    """Shop Ads commission rate in hundredths of a percent, 100 to 8000."""


class ShopInfo(RequestModel):
    """The shop page linked (shop posts)."""

    shop_id: str | None = Field(default=None, strict=True)
    """Shop id."""

    group_type: str | None = Field(default=None, strict=True)
    """`1` shop home page, `2` category, `3` collection."""

    group_id: str | None = Field(default=None, strict=True)
    """Category or collection id, for group types 2 and 3."""


class ShopProduct(ResponseModel):
    """A product of the creator's bound shop."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product name."""

    price: Amount | None = None
    """A money amount with its currency."""

    added_status: OpenEnum[Literal["ADDABLE", "ADDED", "REJECTED"]] | None = None
    """Whether the product is in the showcase or can be added."""

    brand_name: str | None = None
    """Brand set by the seller."""

    images: NullAsEmpty[list[Image]] = Field(default_factory=list)
    """Product images."""

    sales_count: int | None = None
    """Units sold."""


class ShowcaseImage(ResponseModel):
    """A showcase product image. TikTok spells the height field `heigth` in this object."""

    url: str | None = None
    """Image URL on TikTok Shop."""

    width: int | None = None
    """Width in pixels."""

    heigth: int | None = None
    """Height in pixels (field name misspelled by TikTok)."""


class ShowcaseProduct(ResponseModel):
    """A product in the creator's showcase or live bag."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product title as displayed."""

    shop: Shop | None = None
    """The shop selling the product."""

    addition: Addition | None = None
    """Creator-specific additions to the product listing."""

    price: Price | None = None
    """Price ranges of the product."""

    main_images: NullAsEmpty[list[ShowcaseImage]] = Field(default_factory=list)
    """Main product images."""

    status: Status | None = None
    """Stock, review and visibility state of the product."""

    source: OpenEnum[Literal["AFFILIATE", "THIRD_PARTY", "TIKTOK_STORE"]] | None = None
    """Where the product comes from."""

    detail_link: str | None = None
    """URL of the product detail page."""

    third_party_link: str | None = None
    """URL of the product page outside TikTok Shop (third-party products)."""

    sale_regions: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Regions where the product is sold."""

    commission: ShowcaseProductCommission | None = None
    """Commission the creator earns on the product."""

    collaboration: Collaboration | None = None
    """The collaboration through which the product was added."""


class ShowcaseProductCommission(ResponseModel):
    """Commission the creator earns on the product."""

    rate: int | None = None
    """Commission rate in hundredths of a percent (`3587` = 35.87%), 100 to 8000."""

    reward_rate: int | None = None
    """Reward commission rate in hundredths of a percent."""


class SkuProperty(ResponseModel):
    """One sales property of a SKU (e.g. colour = red)."""

    id: str | None = None
    """Property id."""

    name: str | None = None
    """Property name."""

    value_id: str | None = None
    """Property value id."""

    value_name: str | None = None
    """Property value name."""


class Status(ResponseModel):
    """Stock, review and visibility state of the product."""

    inventory_status: OpenEnum[Literal["IN_STOCK", "SOLD_OUT"]] | None = None
    """Stock state."""

    review_status: (
        OpenEnum[
            Literal["APPROVED", "CHANGES_UNDER_REVIEW", "REJECTED", "UNAVAILABLE", "UNDER_REVIEW", "ZERO_COMMISSION"]
        ]
        | None
    ) = None
    """Review state of the product."""

    is_hidden: bool | None = None
    """True when the product is hidden from the showcase."""

    added_status: OpenEnum[Literal["ADDED", "NOT_ADDED", "REJECTED"]] | None = None
    """Add state for the requested origin: `ADDED` (in the showcase / live bag), `NOT_ADDED` (live only:
    can be added), `REJECTED` (cannot be used here)."""


class TargetCollaboration(ResponseModel):
    """A target collaboration a shop offered to the creator."""

    id: str | None = None
    """Target collaboration id."""

    name: str | None = None
    """Target collaboration name."""

    status: OpenEnum[Literal["DELETED", "ENDED", "EXPIRED", "LIVE"]] | None = None
    """State of the collaboration."""

    products: NullAsEmpty[list[Product]] = Field(default_factory=list)
    """Products in the collaboration."""


class TokoMappingError(ResponseModel):
    """Why the mapping failed."""

    code: int | None = None
    """Mapping error code."""

    message: str | None = None
    """Error detail."""


class TokoProductMapping(ResponseModel):
    """A Tokopedia product id and its TikTok Shop counterpart."""

    toko_pid: int | None = None
    """Tokopedia product id."""

    tts_pid: int | None = None
    """TikTok Shop product id."""


class TracedOrder(ResponseModel):
    """An affiliate order of the creator, with sharing-link traces."""

    id: int | None = None
    """Order id (sent as a number by this endpoint)."""

    status: str | None = None
    """Commission state: `UNSPECIFIED`, `ORDERED` (estimated commission only), `SETTLED`, `REFUNDED`
    (commission zeroed), `FROZEN` (suspected fraud), `DEDUCTED` (extra deduction applied)."""

    create_time: int | None = None
    """When the order was created (Unix time, UTC)."""

    delivery_time: int | None = None
    """When the order was delivered (Unix time, UTC)."""

    skus: NullAsEmpty[list[TracedOrderSku]] = Field(default_factory=list)
    """SKUs of the order."""


class TracedOrderSku(ResponseModel):
    """One SKU of a traced affiliate order."""

    id: str | None = None
    """SKU id."""

    product_id: str | None = None
    """Product id."""

    product_name: str | None = None
    """Product name."""

    shop_name: str | None = None
    """Name of the shop selling the product."""

    campaign_id: str | None = None
    """Id of the campaign the order came through, if any."""

    price: Amount | None = None
    """A money amount with its currency."""

    quantity: int | None = None
    """Units of the SKU ordered."""

    returned_quantity: int | None = None
    """Units returned."""

    refunded_quantity: int | None = None
    """Units refunded."""

    delivery_time: int | None = None
    """When the SKU was delivered (Unix time, UTC)."""

    content_type: OpenEnum[Literal["LINKSHARE", "LIVE", "PRE_LIVE", "PROMOTION_PAGE", "SHOP", "VIDEO"]] | None = None
    """Kind of content the order came from."""

    content_id: str | None = None
    """Id of the content the order came from."""

    commission_rate: int | None = None
    """Commission rate of the collaboration, in hundredths of a percent (`3000` = 30%)."""

    shop_ads_commission_rate: int | None = None
    """Shop Ads commission rate, in hundredths of a percent."""

    commission_bonus_rate: int | None = None
    """Bonus commission rate, in hundredths of a percent."""

    creator_commission_reward_rate: int | None = None
    """Reward rate the affiliate partner passes to the creator, in hundredths of a percent."""

    estimated_commission_base: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_commission: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_shop_ads_commission: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_bonus_commission: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_creator_commission_reward_fee: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_commission_base: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_commission: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_shop_ads_commission: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_bonus_commission: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_creator_commission_reward_fee: DisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    trace: OrderTrace | None = None
    """The sharing link an order came through."""


class UploadPhotoFileRequest(RequestModel):
    """The image file to upload."""

    data: FileInput
    """The image: JPG, JPEG, PNG, WEBP, HEIC or BMP, not empty, at most 10 MiB, aspect ratio between 9:16
    and 16:9."""


class UploadPhotoFileResponse(ResponseModel):
    """The uploaded image."""

    photo_file: PhotoFile | None = None
    """Identity of the uploaded image."""


class UploadVideoFileRequest(RequestModel):
    """The video file to upload."""

    data: FileInput
    """The video: MP4, MOV, MKV, WMV, WEBM, AVI, 3GP, FLV or MPEG, at most 10 MB (use large file upload
    above), aspect ratio between 9:16 and 16:9."""


class UploadVideoFileResponse(ResponseModel):
    """The uploaded video file."""

    video_file: VideoFile | None = None
    """Identity of the uploaded file."""


class VideoFile(ResponseModel):
    """Identity of the uploaded file."""

    id: str | None = None
    """File id, to pass as `video_info.file_id`."""

    md5: str | None = None
    """MD5 checksum of the uploaded file."""


class ViolationCheckResult(ResponseModel):
    """Policy violation check."""

    status: OpenEnum[Literal["FAIL", "PROCESSING", "SUCCESS"]] | None = None
    """`SUCCESS` (check passed), `FAIL` (see `issues`) or `PROCESSING` (still running)."""

    issues: NullAsEmpty[list[ViolationCheckResultIssue]] = Field(default_factory=list)
    """Violations found, when the check failed."""


class ViolationCheckResultIssue(ResponseModel):
    """One violation."""

    risk: str | None = None
    """The policy violated."""

    suggestions: str | None = None
    """How to resolve it."""
