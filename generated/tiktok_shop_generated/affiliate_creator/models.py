"""Models of the `affiliate_creator` module.

Tools for TikTok creators in the affiliate program: the showcase, open and target collaborations,
free samples, affiliate orders, sharing links and shoppable posts."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictInt, StrictStr

from tiktok_shop._contract import FileInput, RequestModel, ResponseModel

__all__ = [
    "AffiliateCreatorAddShowcaseProductsDetail",
    "AffiliateCreatorAddShowcaseProductsError",
    "AffiliateCreatorAddShowcaseProductsRequest",
    "AffiliateCreatorAddShowcaseProductsResponse",
    "AffiliateCreatorAffiliateOrder",
    "AffiliateCreatorAffiliateOrderSku",
    "AffiliateCreatorAmount",
    "AffiliateCreatorCategoryChainNode",
    "AffiliateCreatorCheckCreatorSampleEligibilityLabel",
    "AffiliateCreatorCheckCreatorSampleEligibilityQuery",
    "AffiliateCreatorCheckCreatorSampleEligibilityResponse",
    "AffiliateCreatorCheckCreatorSampleEligibilitySampleProduct",
    "AffiliateCreatorCheckCreatorSampleEligibilitySampleSkuList",
    "AffiliateCreatorCreateVideoPrecheckTaskPrecheck",
    "AffiliateCreatorCreateVideoPrecheckTaskRequest",
    "AffiliateCreatorCreateVideoPrecheckTaskResponse",
    "AffiliateCreatorCreateVideoPrecheckTaskVideoInfo",
    "AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsQuery",
    "AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsRequest",
    "AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsResponse",
    "AffiliateCreatorDisplayAmount",
    "AffiliateCreatorFailedMaterial",
    "AffiliateCreatorGenerateGeneralSharingLinksMaterial",
    "AffiliateCreatorGenerateGeneralSharingLinksRequest",
    "AffiliateCreatorGenerateGeneralSharingLinksResponse",
    "AffiliateCreatorGenerateGeneralSharingLinksSharingLink",
    "AffiliateCreatorGeneratePublisherSharingLinksInBatchMaterial",
    "AffiliateCreatorGeneratePublisherSharingLinksInBatchQuery",
    "AffiliateCreatorGeneratePublisherSharingLinksInBatchRequest",
    "AffiliateCreatorGeneratePublisherSharingLinksInBatchResponse",
    "AffiliateCreatorGeneratePublisherSharingLinksInBatchSharingLink",
    "AffiliateCreatorGetCreatorProfileResponse",
    "AffiliateCreatorGetCreatorSampleApplicationDetailRequest",
    "AffiliateCreatorGetCreatorSampleApplicationDetailResponse",
    "AffiliateCreatorGetOpenCollaborationProductListByProductIdsQuery",
    "AffiliateCreatorGetOpenCollaborationProductListByProductIdsResponse",
    "AffiliateCreatorGetShopProductsQuery",
    "AffiliateCreatorGetShopProductsResponse",
    "AffiliateCreatorGetShoppableVideoPrecheckResultGoodQualityCheckResult",
    "AffiliateCreatorGetShoppableVideoPrecheckResultGoodQualityCheckResultIssue",
    "AffiliateCreatorGetShoppableVideoPrecheckResultIssue",
    "AffiliateCreatorGetShoppableVideoPrecheckResultPrecheckTask",
    "AffiliateCreatorGetShoppableVideoPrecheckResultQuery",
    "AffiliateCreatorGetShoppableVideoPrecheckResultResponse",
    "AffiliateCreatorGetShoppableVideoPrecheckResultViolationCheckResult",
    "AffiliateCreatorGetShoppableVideoStatusQuery",
    "AffiliateCreatorGetShoppableVideoStatusResponse",
    "AffiliateCreatorGetShoppableVideoStatusVideo",
    "AffiliateCreatorGetShowcaseProductsQuery",
    "AffiliateCreatorGetShowcaseProductsResponse",
    "AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappings202606Query",
    "AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappings202606Response",
    "AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappingsRequest",
    "AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappingsResponse",
    "AffiliateCreatorImage",
    "AffiliateCreatorMoveShowcaseProductsToTheTopRequest",
    "AffiliateCreatorMoveShowcaseProductsToTheTopResponse",
    "AffiliateCreatorOpenCollaborationProduct",
    "AffiliateCreatorOpenCollaborationProductCommission",
    "AffiliateCreatorOpenCollaborationProductShop",
    "AffiliateCreatorOpenCollaborationProductShopAdsCommission",
    "AffiliateCreatorOrderTrace",
    "AffiliateCreatorPostShoppablePhotosLink",
    "AffiliateCreatorPostShoppablePhotosLinkInfo",
    "AffiliateCreatorPostShoppablePhotosPhoto",
    "AffiliateCreatorPostShoppablePhotosPhotosInfo",
    "AffiliateCreatorPostShoppablePhotosRequest",
    "AffiliateCreatorPostShoppablePhotosResponse",
    "AffiliateCreatorPostShoppablePhotosShopInfo",
    "AffiliateCreatorPostShoppableVideoRequest",
    "AffiliateCreatorPostShoppableVideoResponse",
    "AffiliateCreatorPostShoppableVideoVideo",
    "AffiliateCreatorPostShoppableVideoVideoInfo",
    "AffiliateCreatorPriceRange",
    "AffiliateCreatorProductLinkInfo",
    "AffiliateCreatorRemoveShowcaseProductsRequest",
    "AffiliateCreatorRemoveShowcaseProductsResponse",
    "AffiliateCreatorSampleApplication",
    "AffiliateCreatorSampleApplicationCreatorFulfillment",
    "AffiliateCreatorSampleApplicationSampleProduct",
    "AffiliateCreatorSampleFulfillment",
    "AffiliateCreatorSearchAffiliateOrdersByCreatorQuery",
    "AffiliateCreatorSearchAffiliateOrdersByCreatorRequest",
    "AffiliateCreatorSearchAffiliateOrdersByCreatorResponse",
    "AffiliateCreatorSearchCreatorAffiliateOrdersQuery",
    "AffiliateCreatorSearchCreatorAffiliateOrdersRequest",
    "AffiliateCreatorSearchCreatorAffiliateOrdersResponse",
    "AffiliateCreatorSearchCreatorSampleApplicationsQuery",
    "AffiliateCreatorSearchCreatorSampleApplicationsRequest",
    "AffiliateCreatorSearchCreatorSampleApplicationsResponse",
    "AffiliateCreatorSearchCreatorTargetCollaborationsQuery",
    "AffiliateCreatorSearchCreatorTargetCollaborationsRequest",
    "AffiliateCreatorSearchCreatorTargetCollaborationsResponse",
    "AffiliateCreatorSearchOpenCollaborationProductsCategory",
    "AffiliateCreatorSearchOpenCollaborationProductsCommissionRateRange",
    "AffiliateCreatorSearchOpenCollaborationProductsQuery",
    "AffiliateCreatorSearchOpenCollaborationProductsRequest",
    "AffiliateCreatorSearchOpenCollaborationProductsResponse",
    "AffiliateCreatorSearchOpenCollaborationProductsSalesPriceRange",
    "AffiliateCreatorShopProduct",
    "AffiliateCreatorShowcaseImage",
    "AffiliateCreatorShowcaseProduct",
    "AffiliateCreatorShowcaseProductAddition",
    "AffiliateCreatorShowcaseProductCollaboration",
    "AffiliateCreatorShowcaseProductCommission",
    "AffiliateCreatorShowcaseProductPartner",
    "AffiliateCreatorShowcaseProductPrice",
    "AffiliateCreatorShowcaseProductShop",
    "AffiliateCreatorShowcaseProductStatus",
    "AffiliateCreatorSkuProperty",
    "AffiliateCreatorTargetCollaboration",
    "AffiliateCreatorTargetCollaborationCommission",
    "AffiliateCreatorTargetCollaborationProduct",
    "AffiliateCreatorTokoMappingError",
    "AffiliateCreatorTokoProductMapping",
    "AffiliateCreatorTracedOrder",
    "AffiliateCreatorTracedOrderSku",
    "AffiliateCreatorUploadShoppablePhotoFilePhotoFile",
    "AffiliateCreatorUploadShoppablePhotoFileRequest",
    "AffiliateCreatorUploadShoppablePhotoFileResponse",
    "AffiliateCreatorUploadShoppableVideoFileRequest",
    "AffiliateCreatorUploadShoppableVideoFileResponse",
    "AffiliateCreatorUploadShoppableVideoFileVideoFile",
]


class AffiliateCreatorAddShowcaseProductsDetail(ResponseModel):
    """What the error is about."""

    product_id: str | None = None
    """Id of the product that failed."""


class AffiliateCreatorAddShowcaseProductsError(ResponseModel):
    """A failed product addition."""

    code: int | None = None
    """Error code."""

    message: str | None = None
    """Readable error message."""

    detail: AffiliateCreatorAddShowcaseProductsDetail | None = None
    """What the error is about."""


class AffiliateCreatorAddShowcaseProductsRequest(RequestModel):
    """Products to add to the showcase."""

    add_type: Literal["PRODUCT_ID", "PRODUCT_LINK"]
    """How the products are given: `PRODUCT_ID` uses `product_ids`, `PRODUCT_LINK` uses `product_link`."""

    product_ids: list[StrictStr] | None = Field(default=None, max_length=20)
    """Ids of the products to add (with `PRODUCT_ID`), at most 20."""

    product_link: str | None = Field(default=None, strict=True)
    """URL of the product to add (with `PRODUCT_LINK`)."""


class AffiliateCreatorAddShowcaseProductsResponse(ResponseModel):
    """Products that could not be added; omitted when all succeeded."""

    errors: list[AffiliateCreatorAddShowcaseProductsError] | None = None
    """One entry per product that failed."""


class AffiliateCreatorAffiliateOrder(ResponseModel):
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

    skus: list[AffiliateCreatorAffiliateOrderSku] | None = None
    """SKUs of the order."""


class AffiliateCreatorAffiliateOrderSku(ResponseModel):
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

    price: AffiliateCreatorAmount | None = None
    """A money amount with its currency."""

    content_type: str | None = None
    """Kind of content the order came from. Known values: SHOP, VIDEO, LIVE, PRE_LIVE, PROMOTION_PAGE,
    LINKSHARE."""

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

    estimated_commission_base: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_commission: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_standard_commission: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_shop_ads_commission: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_bonus_commission: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_creator_commission_reward_fee: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_commission_base: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_commission: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_standard_commission: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_shop_ads_commission: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_bonus_commission: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_creator_commission_reward_fee: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    isr: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    iva: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    pit: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    shared_with_partner: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    tag: str | None = None
    """User-defined tracking metadata."""

    trace_info: AffiliateCreatorOrderTrace | None = None
    """The sharing link an order came through."""

    last_update_time: int | None = None
    """When the record last changed (Unix seconds)."""

    is_carousel: bool | None = None
    """True when the order is attributed to carousel content (which may lower the commission rate)."""


class AffiliateCreatorAmount(ResponseModel):
    """A money amount with its currency."""

    amount: str | None = None
    """The amount as a decimal string in the currency's major unit."""

    currency: str | None = None
    """ISO 4217 currency code."""


class AffiliateCreatorCategoryChainNode(ResponseModel):
    """One level of a product's category path."""

    id: str | None = None
    """Category id."""

    local_name: str | None = None
    """Category name at this level, in the local language."""

    is_leaf: bool | None = None
    """True when this category is a leaf."""

    parent_id: str | None = None
    """Id of the parent category."""


class AffiliateCreatorCheckCreatorSampleEligibilityLabel(ResponseModel):
    """The eligibility verdict."""

    can_apply: bool | None = None
    """True when the creator may apply for a sample of the product."""

    status: str | None = None
    """Creator's free-sample state for the product: `TO_APPLY` (not applied), `ONGOING` (applied,
    fulfillment not complete), `COMPLETE` (fulfilled), `UNKNOWN`. Known values: UNKNOWN, TO_APPLY,
    ONGOING, COMPLETE."""

    application_id: str | None = None
    """Id of the creator's existing sample application, when there is one."""

    reach_limit: bool | None = None
    """True when the creator has reached the limit of sample applications."""

    sample_product: AffiliateCreatorCheckCreatorSampleEligibilitySampleProduct | None = None
    """SKUs of the product offered as samples."""


class AffiliateCreatorCheckCreatorSampleEligibilityQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorCheckCreatorSampleEligibility."""

    product_id: str = Field(min_length=1, strict=True)
    """Id of the product to check."""


class AffiliateCreatorCheckCreatorSampleEligibilityResponse(ResponseModel):
    """Sample eligibility of the product for the creator."""

    label: AffiliateCreatorCheckCreatorSampleEligibilityLabel | None = None
    """The eligibility verdict."""


class AffiliateCreatorCheckCreatorSampleEligibilitySampleProduct(ResponseModel):
    """SKUs of the product offered as samples."""

    sample_sku_list: list[AffiliateCreatorCheckCreatorSampleEligibilitySampleSkuList] | None = None
    """Sample SKUs."""


class AffiliateCreatorCheckCreatorSampleEligibilitySampleSkuList(ResponseModel):
    """One SKU and its sample availability."""

    id: str | None = None
    """SKU id."""

    sale_property_value_ids: str | None = None
    """The SKU's property value ids joined by `_`, in the order of `sale_properties`."""

    price: AffiliateCreatorAmount | None = None
    """A money amount with its currency."""

    sale_properties: list[AffiliateCreatorSkuProperty] | None = None
    """Sales properties of the SKU."""

    is_available: bool | None = None
    """True when the creator can apply for this SKU as a sample."""

    unavailable_reason: str | None = None
    """Why the SKU is unavailable; meaningful only when `is_available` is false.
    `EXCEED_CB_PRICE_THRESHOLD`: price above the cross-border limit; `ALREADY_APPLYED`: already applied
    (TikTok's spelling). Known values: IS_PREORDER, IS_GIFT, OUT_OF_STOCK, EXCEED_CB_PRICE_THRESHOLD,
    ALREADY_APPLYED, UNKNOWN."""


class AffiliateCreatorCreateVideoPrecheckTaskPrecheck(ResponseModel):
    """The task."""

    task_id: str | None = None
    """Task id, for the precheck result operation."""


class AffiliateCreatorCreateVideoPrecheckTaskRequest(RequestModel):
    """The video and product anchor to check."""

    video_info: AffiliateCreatorCreateVideoPrecheckTaskVideoInfo
    """The video to check."""

    product_link_info: AffiliateCreatorProductLinkInfo
    """The product anchor attached to a video."""


class AffiliateCreatorCreateVideoPrecheckTaskResponse(ResponseModel):
    """The created precheck task."""

    precheck: AffiliateCreatorCreateVideoPrecheckTaskPrecheck | None = None
    """The task."""


class AffiliateCreatorCreateVideoPrecheckTaskVideoInfo(RequestModel):
    """The video to check."""

    file_id: str = Field(strict=True)
    """File id from the video file upload."""


class AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorCreatorSearchSampleApplicationFulfillments."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    sort_field: Literal["create_time", "expired_time"] | None = None
    """Field to sort the fulfillments by."""


class AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsRequest(RequestModel):
    """Fulfillment statuses to search for."""

    fulfillment_statuses: list[
        Literal["CANCELLED", "EXEMPTED", "FAILED", "ONGOING", "OVERDUE", "PENDING", "SUCCEED", "SUSPEND"]
    ]
    """Return fulfillments in one of these states: `PENDING` (no content yet), `ONGOING` (content under
    evaluation), `SUCCEED`, `FAILED`, `OVERDUE` (deadline missed), `SUSPEND`, `CANCELLED`, `EXEMPTED`."""


class AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsResponse(ResponseModel):
    """The matching fulfillments."""

    fulfillments: list[AffiliateCreatorSampleFulfillment] | None = None
    """Fulfillments of the creator's samples."""


class AffiliateCreatorDisplayAmount(ResponseModel):
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    amount: str | None = None
    """The amount as a localized display string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class AffiliateCreatorFailedMaterial(ResponseModel):
    """A material for which no sharing link could be generated."""

    material_id: str | None = None
    """Material id."""

    fail_reason: str | None = None
    """Why generation failed."""


class AffiliateCreatorGenerateGeneralSharingLinksMaterial(RequestModel):
    """The materials; only products are supported for now."""

    ids: list[StrictStr] = Field(max_length=50)
    """Product ids, 1 to 50."""

    type_: str = Field(alias="type", strict=True)
    """Material type; currently only `PRODUCT`."""

    promotion_campaign_schema: str | None = Field(default=None, strict=True)
    """Schema of the campaign page, for campaign materials."""


class AffiliateCreatorGenerateGeneralSharingLinksRequest(RequestModel):
    """Materials to generate general sharing links for."""

    material: AffiliateCreatorGenerateGeneralSharingLinksMaterial
    """The materials; only products are supported for now."""

    campaign_id: str | None = Field(default=None, strict=True)
    """Id of the campaign the products come from, if any."""

    link_type: str | None = Field(default=None, strict=True)
    """Set `TOKO` to get Tokopedia product URLs in `sharing_link` (no `deep_link` / `one_link`); omit for
    TikTok Shop URLs."""


class AffiliateCreatorGenerateGeneralSharingLinksResponse(ResponseModel):
    """General links generated."""

    sharing_links: list[AffiliateCreatorGenerateGeneralSharingLinksSharingLink] | None = None
    """Links of the materials that succeeded."""

    failed_materials: list[AffiliateCreatorFailedMaterial] | None = None
    """Materials that failed."""


class AffiliateCreatorGenerateGeneralSharingLinksSharingLink(ResponseModel):
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


class AffiliateCreatorGeneratePublisherSharingLinksInBatchMaterial(RequestModel):
    """The materials (products or a campaign page)."""

    ids: list[StrictStr] = Field(max_length=50)
    """Material ids; for `PRODUCT`, 1 to 50 product ids."""

    type_: Literal["CAMPAIGN", "PRODUCT"] = Field(alias="type")
    """`PRODUCT`: `ids` are product ids; `CAMPAIGN`: give `promotion_campaign_schema`."""

    promotion_campaign_schema: str | None = Field(default=None, strict=True)
    """Schema of the campaign page; required when `type` is `CAMPAIGN`."""


class AffiliateCreatorGeneratePublisherSharingLinksInBatchQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorGeneratePublisherSharingLinksInBatch."""

    publisher_id: str = Field(min_length=1, strict=True)
    """Id of the publisher the links are generated for."""


class AffiliateCreatorGeneratePublisherSharingLinksInBatchRequest(RequestModel):
    """Materials to generate publisher sharing links for."""

    material: AffiliateCreatorGeneratePublisherSharingLinksInBatchMaterial
    """The materials (products or a campaign page)."""

    campaign_id: str | None = Field(default=None, strict=True)
    """Id of the campaign the products come from (Affiliate Center or the partner campaign list)."""

    link_type: str | None = Field(default=None, strict=True)
    """Set `TOKO` to get Tokopedia product URLs (Tokopedia agencies); omit for TikTok Shop URLs."""


class AffiliateCreatorGeneratePublisherSharingLinksInBatchResponse(ResponseModel):
    """Links generated for the publisher."""

    sharing_links: list[AffiliateCreatorGeneratePublisherSharingLinksInBatchSharingLink] | None = None
    """Links of the materials that succeeded."""

    failed_materials: list[AffiliateCreatorFailedMaterial] | None = None
    """Materials that failed."""


class AffiliateCreatorGeneratePublisherSharingLinksInBatchSharingLink(ResponseModel):
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


class AffiliateCreatorGetCreatorProfileResponse(ResponseModel):
    """The authorized creator's profile."""

    username: str | None = None
    """TikTok user name."""

    avatar: AffiliateCreatorImage | None = None
    """An image with its size."""

    selection_region: str | None = None
    """Region whose products the creator may promote in showcase, videos and lives."""

    register_region: str | None = None
    """Region where the creator's TikTok account is registered."""

    seller_type: str | None = None
    """When the creator also owns a TikTok Shop seller account, its seller type. Known values:
    CROSS_BORDER, LOCAL."""

    permissions: list[str] | None = None
    """Product promotion permissions held, among `LIVE_STREAM_PERMISSION`, `SELF_SALE_PERMISSION`,
    `ADD_AFFILIATE_PERMISSION`, `PHOTO_SHOPPABLE_PERMISSION_PRODUCT`, `PHOTO_SHOPPABLE_PERMISSION_SHOP`."""

    user_type: str | None = None
    """Kind of TikTok account. Known values: TIKTOK_SHOP_OFFICIAL_ACCOUNT, TIKTOK_MARKETING_ACCOUNT,
    TIKTOK_SHOP_CREATOR."""

    creator_user_open_id: str | None = None
    """The creator's open id."""


class AffiliateCreatorGetCreatorSampleApplicationDetailRequest(RequestModel):
    """Which sample application to read."""

    product_id: str = Field(strict=True)
    """Id of the sampled product."""

    application_type: str = Field(strict=True)
    """Kind of application: `FREE_SAMPLE`, `SAMPLE_COUPON`, `SAMPLE_CAMPAIGN` or `REFUNDABLE_SAMPLE`."""

    application_id: str | None = Field(default=None, strict=True)
    """Sample application id, for `FREE_SAMPLE`; when omitted, give `main_order_id` instead."""

    main_order_id: str | None = Field(default=None, strict=True)
    """Id of the sample order; required for `SAMPLE_COUPON`, `SAMPLE_CAMPAIGN` and `REFUNDABLE_SAMPLE`."""


class AffiliateCreatorGetCreatorSampleApplicationDetailResponse(ResponseModel):
    """The requested sample application."""

    sample_application: AffiliateCreatorSampleApplication | None = None
    """A free-sample application of the creator."""


class AffiliateCreatorGetOpenCollaborationProductListByProductIdsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorGetOpenCollaborationProductListByProductIds."""

    product_ids: list[StrictStr] | None = None
    """Ids of the products to look up."""


class AffiliateCreatorGetOpenCollaborationProductListByProductIdsResponse(ResponseModel):
    """Open collaboration products found for the requested ids."""

    products: list[AffiliateCreatorOpenCollaborationProduct] | None = None
    """The products found; may be fewer than requested."""


class AffiliateCreatorGetShopProductsQuery(RequestModel):
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


class AffiliateCreatorGetShopProductsResponse(ResponseModel):
    """One page of the bound shop's products."""

    products: list[AffiliateCreatorShopProduct] | None = None
    """Products of this page; empty when nothing matches."""

    total_count: int | None = None
    """Total number of matching products."""

    next_page_token: str | None = None
    """Token of the next page; empty when there are no more products."""


class AffiliateCreatorGetShoppableVideoPrecheckResultGoodQualityCheckResult(ResponseModel):
    """Content quality check, when enabled."""

    status: str | None = None
    """`SUCCESS` (check passed), `FAIL` (see `issues`) or `PROCESSING` (still running). Known values:
    SUCCESS, FAIL, PROCESSING."""

    issues: list[AffiliateCreatorGetShoppableVideoPrecheckResultGoodQualityCheckResultIssue] | None = None
    """Quality findings, when the check failed."""


class AffiliateCreatorGetShoppableVideoPrecheckResultGoodQualityCheckResultIssue(ResponseModel):
    """One quality finding."""

    code: str | None = None
    """The finding."""

    suggestions: str | None = None
    """Suggested improvement."""


class AffiliateCreatorGetShoppableVideoPrecheckResultIssue(ResponseModel):
    """One violation."""

    risk: str | None = None
    """The policy violated."""

    suggestions: str | None = None
    """How to resolve it."""


class AffiliateCreatorGetShoppableVideoPrecheckResultPrecheckTask(ResponseModel):
    """The task and its check results."""

    id: str | None = None
    """Task id."""

    violation_check_result: AffiliateCreatorGetShoppableVideoPrecheckResultViolationCheckResult | None = None
    """Policy violation check."""

    good_quality_check_result: AffiliateCreatorGetShoppableVideoPrecheckResultGoodQualityCheckResult | None = None
    """Content quality check, when enabled."""


class AffiliateCreatorGetShoppableVideoPrecheckResultQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorGetShoppableVideoPrecheckResult."""

    task_id: str = Field(min_length=1, strict=True)
    """Id of the precheck task."""


class AffiliateCreatorGetShoppableVideoPrecheckResultResponse(ResponseModel):
    """Results of a video precheck task."""

    precheck_task: AffiliateCreatorGetShoppableVideoPrecheckResultPrecheckTask | None = None
    """The task and its check results."""


class AffiliateCreatorGetShoppableVideoPrecheckResultViolationCheckResult(ResponseModel):
    """Policy violation check."""

    status: str | None = None
    """`SUCCESS` (check passed), `FAIL` (see `issues`) or `PROCESSING` (still running). Known values:
    SUCCESS, FAIL, PROCESSING."""

    issues: list[AffiliateCreatorGetShoppableVideoPrecheckResultIssue] | None = None
    """Violations found, when the check failed."""


class AffiliateCreatorGetShoppableVideoStatusQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorGetShoppableVideoStatus."""

    video_id: str = Field(min_length=1, strict=True)
    """Video id returned when the video was posted."""


class AffiliateCreatorGetShoppableVideoStatusResponse(ResponseModel):
    """Posting state of the video."""

    video: AffiliateCreatorGetShoppableVideoStatusVideo | None = None
    """The video."""


class AffiliateCreatorGetShoppableVideoStatusVideo(ResponseModel):
    """The video."""

    id: str | None = None
    """Video id."""

    post_status: str | None = None
    """`SUCCESS`, `FAIL`, or `PROCESSING` (ask again later). Known values: SUCCESS, FAIL, PROCESSING."""

    post_time: int | None = None
    """When the video was posted (Unix seconds); only after `SUCCESS`."""


class AffiliateCreatorGetShowcaseProductsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorGetShowcaseProducts."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    origin: Literal["LIVE", "SHOWCASE"]
    """Which product list to read: `SHOWCASE` for the showcase, `LIVE` for the live room's product bag."""


class AffiliateCreatorGetShowcaseProductsResponse(ResponseModel):
    """One page of showcase products."""

    products: list[AffiliateCreatorShowcaseProduct] | None = None
    """The products of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Total number of matching products."""


class AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappings202606Query(RequestModel):
    """Path and query parameters of AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappings202606."""

    toko_pids: list[StrictInt] | None = None
    """Tokopedia product ids to map (comma-joined on the wire)."""


class AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappings202606Response(ResponseModel):
    """Product id mappings."""

    product: list[AffiliateCreatorTokoProductMapping] | None = None
    """One entry per mapped product."""

    error: AffiliateCreatorTokoMappingError | None = None
    """Why the mapping failed."""


class AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappingsRequest(RequestModel):
    """Tokopedia product ids to map."""

    toko_pids: list[StrictInt] | None = None
    """Tokopedia product ids."""


class AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappingsResponse(ResponseModel):
    """Product id mappings."""

    product: list[AffiliateCreatorTokoProductMapping] | None = None
    """One entry per mapped product."""

    error: AffiliateCreatorTokoMappingError | None = None
    """Why the mapping failed."""


class AffiliateCreatorImage(ResponseModel):
    """An image with its size."""

    url: str | None = None
    """Image URL."""

    width: int | None = None
    """Width in pixels."""

    height: int | None = None
    """Height in pixels."""


class AffiliateCreatorMoveShowcaseProductsToTheTopRequest(RequestModel):
    """Showcase products to pin."""

    product_ids: list[StrictStr]
    """Ids of products already in the showcase; they are shown at the top in this order."""


class AffiliateCreatorMoveShowcaseProductsToTheTopResponse(ResponseModel):
    """Empty; success or failure is told by the envelope."""

    pass


class AffiliateCreatorOpenCollaborationProduct(ResponseModel):
    """A product offered in open collaboration on the Affiliate Product Marketplace."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product name."""

    shop: AffiliateCreatorOpenCollaborationProductShop | None = None
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

    original_price: AffiliateCreatorPriceRange | None = None
    """The lowest and highest price across a product's SKUs."""

    sales_price: AffiliateCreatorPriceRange | None = None
    """The lowest and highest price across a product's SKUs."""

    category_chains: list[AffiliateCreatorCategoryChainNode] | None = None
    """The product's category path, at most three levels."""

    commission: AffiliateCreatorOpenCollaborationProductCommission | None = None
    """Open collaboration commission for the product."""

    shop_ads_commission: AffiliateCreatorOpenCollaborationProductShopAdsCommission | None = None
    """Shop Ads commission for the product (returned by the lookup by ids)."""


class AffiliateCreatorOpenCollaborationProductCommission(ResponseModel):
    """Open collaboration commission for the product."""

    rate: int | None = None
    """Commission rate set by the seller, in hundredths of a percent (`3000` = 30%), 100 to 8000."""

    currency: str | None = None
    """Currency of `amount`."""

    amount: str | None = None
    """Commission computed from the promotional price; a `<min> - <max>` range when both prices exist, `0`
    when no price is known."""


class AffiliateCreatorOpenCollaborationProductShop(ResponseModel):
    """The shop selling the product."""

    name: str | None = None
    """Shop name."""


class AffiliateCreatorOpenCollaborationProductShopAdsCommission(ResponseModel):
    """Shop Ads commission for the product (returned by the lookup by ids)."""

    rate: int | None = None
    """Shop Ads commission rate in hundredths of a percent, 100 to 8000."""


class AffiliateCreatorOrderTrace(ResponseModel):
    """The sharing link an order came through."""

    id: str | None = None
    """For `GENERAL` links, the event id (`eid`) embedded in the link; for `SPECIFIC` links, the publisher
    id."""

    type_: str | None = Field(default=None, alias="type")
    """`SPECIFIC` for publisher-specific sharing links, `GENERAL` for general ones. Known values: SPECIFIC,
    GENERAL."""


class AffiliateCreatorPostShoppablePhotosLink(RequestModel):
    """One product anchor."""

    product_id: str | None = Field(default=None, strict=True)
    """Product id."""

    link_title: str | None = Field(default=None, strict=True)
    """Anchor title, under 30 characters."""


class AffiliateCreatorPostShoppablePhotosLinkInfo(RequestModel):
    """What the post links to."""

    post_type: str = Field(strict=True)
    """`1` link to products, `2` link to a shop, `3` one product per image."""

    shop_info: AffiliateCreatorPostShoppablePhotosShopInfo | None = None
    """The shop page linked (shop posts)."""

    links: list[AffiliateCreatorPostShoppablePhotosLink] | None = None
    """Product anchors of the post."""


class AffiliateCreatorPostShoppablePhotosPhoto(ResponseModel):
    """The post."""

    photo_post_id: str | None = None
    """Photo post id."""


class AffiliateCreatorPostShoppablePhotosPhotosInfo(RequestModel):
    """One image."""

    photo_file_uris: str = Field(strict=True)
    """Image URI returned by the photo file upload."""


class AffiliateCreatorPostShoppablePhotosRequest(RequestModel):
    """The photo post to publish."""

    photos_info: list[AffiliateCreatorPostShoppablePhotosPhotosInfo]
    """The images of the post."""

    title: str | None = Field(default=None, strict=True)
    """Caption, at most 5000 UTF-16 code units; hashtags (`#topic`) allowed. No caption when omitted."""

    music_id: str | None = Field(default=None, strict=True)
    """Background music id."""

    link_info: AffiliateCreatorPostShoppablePhotosLinkInfo | None = None
    """What the post links to."""

    is_ai_generated: bool | None = Field(default=None, strict=True)
    """True to label the post as AI-generated content."""


class AffiliateCreatorPostShoppablePhotosResponse(ResponseModel):
    """The published photo post."""

    photo: AffiliateCreatorPostShoppablePhotosPhoto | None = None
    """The post."""

    quota: str | None = None
    """The creator's remaining posting quota, when a quota applies."""


class AffiliateCreatorPostShoppablePhotosShopInfo(RequestModel):
    """The shop page linked (shop posts)."""

    shop_id: str | None = Field(default=None, strict=True)
    """Shop id."""

    group_type: str | None = Field(default=None, strict=True)
    """`1` shop home page, `2` category, `3` collection."""

    group_id: str | None = Field(default=None, strict=True)
    """Category or collection id, for group types 2 and 3."""


class AffiliateCreatorPostShoppableVideoRequest(RequestModel):
    """The video to publish and its product anchor."""

    video_info: AffiliateCreatorPostShoppableVideoVideoInfo
    """The video and its caption."""

    product_link_info: AffiliateCreatorProductLinkInfo
    """The product anchor attached to a video."""


class AffiliateCreatorPostShoppableVideoResponse(ResponseModel):
    """The submitted video."""

    video: AffiliateCreatorPostShoppableVideoVideo | None = None
    """The video."""


class AffiliateCreatorPostShoppableVideoVideo(ResponseModel):
    """The video."""

    id: str | None = None
    """Video id, for the video status operation."""


class AffiliateCreatorPostShoppableVideoVideoInfo(RequestModel):
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


class AffiliateCreatorPriceRange(ResponseModel):
    """The lowest and highest price across a product's SKUs."""

    minimum_amount: str | None = None
    """Lowest price, decimal string."""

    maximum_amount: str | None = None
    """Highest price, decimal string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class AffiliateCreatorProductLinkInfo(RequestModel):
    """The product anchor attached to a video."""

    product_id: str = Field(strict=True)
    """Product to link, from the shop products or the showcase."""

    title: str = Field(strict=True)
    """Anchor title, under 30 characters; punctuation, emoji or offensive words may be rejected."""


class AffiliateCreatorRemoveShowcaseProductsRequest(RequestModel):
    """Products to remove from the showcase."""

    product_ids: list[StrictStr] = Field(min_length=1, max_length=200)
    """Ids of the products to remove, 1 to 200."""


class AffiliateCreatorRemoveShowcaseProductsResponse(ResponseModel):
    """Empty; success or failure is told by the envelope."""

    pass


class AffiliateCreatorSampleApplication(ResponseModel):
    """A free-sample application of the creator."""

    id: str | None = None
    """Sample application id."""

    create_time: int | None = None
    """When the application was made (Unix seconds)."""

    type_: str | None = Field(default=None, alias="type")
    """Kind of application: `FREE_SAMPLE` (requested from the product page and supplied by the seller),
    `SAMPLE_COUPON` (bought at a discount with a sample coupon), `SAMPLE_CAMPAIGN` (platform sample
    campaign), among others."""

    sample_product: AffiliateCreatorSampleApplicationSampleProduct | None = None
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

    creator_fulfillment: AffiliateCreatorSampleApplicationCreatorFulfillment | None = None
    """The content-creation obligation attached to the sample."""


class AffiliateCreatorSampleApplicationCreatorFulfillment(ResponseModel):
    """The content-creation obligation attached to the sample."""

    id: str | None = None
    """Fulfillment id."""

    expiration_time: int | None = None
    """Fulfillment deadline (Unix seconds)."""

    total_suspend_duration: int | None = None
    """Total suspension time, in seconds."""

    status: str | None = None
    """Fulfillment state: `PENDING` (no content yet), `ONGOING` (content under evaluation), `SUCCEED`,
    `FAILED` (content below requirements), `OVERDUE` (deadline missed), `SUSPEND`, `CANCELLED`,
    `EXEMPTED`, `REPEATED` (fulfilled again after completion). Known values: PENDING, ONGOING, SUCCEED,
    FAILED, OVERDUE, SUSPEND, CANCELLED, EXEMPTED, REPEATED."""

    bound_product_status: str | None = None
    """Whether the sampled product can still be promoted: `LIVE`, `OUT_OF_STOCK`, `SELLER_DEACTIVATE`,
    `PLATFORM_DEACTIVATE`, `NO_PLAN` (no valid plan for the creator), `PERMANENT_DELETED`, `UNKNOWN`.
    Known values: UNKNOWN, LIVE, OUT_OF_STOCK, SELLER_DEACTIVATE, PLATFORM_DEACTIVATE, NO_PLAN,
    PERMANENT_DELETED."""


class AffiliateCreatorSampleApplicationSampleProduct(ResponseModel):
    """The sampled product and SKU."""

    id: str | None = None
    """Product id."""

    sku_id: str | None = None
    """SKU id."""

    sku_sale_property_value_names: list[str] | None = None
    """Names of the SKU's sales property values."""


class AffiliateCreatorSampleFulfillment(ResponseModel):
    """The creator's obligation to publish content about a received sample."""

    id: str | None = None
    """Fulfillment id."""

    shop_id: str | None = None
    """Id of the shop that sent the sample."""

    application_id: str | None = None
    """Id of the sample application."""

    sample_application_type: str | None = None
    """Kind of sample application. Known values: FREE_SAMPLE, SAMPLE_COUPON, SAMPLE_CAMPAIGN,
    PLATFORM_FREE_SAMPLE, REFUNDABLE_SAMPLE, UNSPECIFIED."""

    product_id: str | None = None
    """Id of the sampled product."""

    expiration_time: int | None = None
    """Deadline (Unix seconds): normally sample receipt + 14 days, extended by `total_suspend_duration`
    when suspension was requested."""

    total_suspend_duration: int | None = None
    """Total time the fulfillment was suspended, in seconds."""

    status: str | None = None
    """Fulfillment state: `PENDING` (no content yet), `ONGOING` (content under evaluation), `SUCCEED`,
    `FAILED` (content below requirements), `OVERDUE` (deadline missed), `SUSPEND`, `CANCELLED`,
    `EXEMPTED`, `REPEATED` (fulfilled again after completion). Known values: PENDING, ONGOING, SUCCEED,
    FAILED, OVERDUE, SUSPEND, CANCELLED, EXEMPTED, REPEATED."""

    bound_product_status: str | None = None
    """Whether the sampled product can still be promoted: `LIVE`, `OUT_OF_STOCK`, `SELLER_DEACTIVATE`,
    `PLATFORM_DEACTIVATE`, `NO_PLAN` (no valid plan for the creator), `PERMANENT_DELETED`, `UNKNOWN`.
    Known values: UNKNOWN, LIVE, OUT_OF_STOCK, SELLER_DEACTIVATE, PLATFORM_DEACTIVATE, NO_PLAN,
    PERMANENT_DELETED."""


class AffiliateCreatorSearchAffiliateOrdersByCreatorQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorSearchAffiliateOrdersByCreator."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class AffiliateCreatorSearchAffiliateOrdersByCreatorRequest(RequestModel):
    """Time window of the traced order search."""

    time_ge: int = Field(strict=True)
    """Start of the window, inclusive (Unix milliseconds), applied to `time_type`."""

    time_lt: int = Field(strict=True)
    """End of the window, exclusive (Unix milliseconds)."""

    time_type: Literal["CREATE_TIME", "DELIVERY_TIME", "PAY_TIME", "SETTLE_TIME"] | None = None
    """Which timestamp the window applies to: order creation (`CREATE_TIME`, default), payment, delivery or
    settlement."""


class AffiliateCreatorSearchAffiliateOrdersByCreatorResponse(ResponseModel):
    """One page of traced affiliate orders."""

    orders: list[AffiliateCreatorTracedOrder] | None = None
    """Orders of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Total number of matching orders."""


class AffiliateCreatorSearchCreatorAffiliateOrdersQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorSearchCreatorAffiliateOrders."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class AffiliateCreatorSearchCreatorAffiliateOrdersRequest(RequestModel):
    """Creation-time window of the order search."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Orders created at or after this time (Unix seconds); defaults to the earliest time when only
    `create_time_lt` is set."""

    create_time_lt: int | None = Field(default=None, strict=True)
    """Orders created before this time (Unix seconds); defaults to now. Keep the same window on every page."""


class AffiliateCreatorSearchCreatorAffiliateOrdersResponse(ResponseModel):
    """One page of affiliate orders."""

    orders: list[AffiliateCreatorAffiliateOrder] | None = None
    """Orders of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Number of matching SKU rows; `page_size` counts SKU rows, so a page may hold fewer orders."""


class AffiliateCreatorSearchCreatorSampleApplicationsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorSearchCreatorSampleApplications."""

    page_size: int | None = Field(default=None, ge=1, strict=True)
    """Number of applications per page."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class AffiliateCreatorSearchCreatorSampleApplicationsRequest(RequestModel):
    """Filter of the sample application search."""

    application_statuses: list[StrictStr] | None = None
    """Return applications in one of these states (see `AffiliateCreatorSampleApplication.status`), e.g.
    `PENDING`, `AWAITING_SHIPMENT`, `SHIPPED`, `COMPLETED`, `TO_BE_POST`."""


class AffiliateCreatorSearchCreatorSampleApplicationsResponse(ResponseModel):
    """One page of sample applications."""

    sample_applications: list[AffiliateCreatorSampleApplication] | None = None
    """Applications of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class AffiliateCreatorSearchCreatorTargetCollaborationsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorSearchCreatorTargetCollaborations."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class AffiliateCreatorSearchCreatorTargetCollaborationsRequest(RequestModel):
    """The shop and optional filter of the target collaboration search."""

    shop_id: str = Field(strict=True)
    """Id of the shop whose target collaborations to list."""

    keyword_type: Literal["TARGET_COLLABORATIONS_ID", "TARGET_COLLABORATIONS_NAME"] | None = None
    """What `keyword` holds: `TARGET_COLLABORATIONS_ID` (matches collaborations in any state) or
    `TARGET_COLLABORATIONS_NAME` (matches `LIVE` ones only). Give it together with `keyword`."""

    keyword: str | None = Field(default=None, strict=True)
    """Collaboration id (decimal integer) or name (under 500 bytes) to search for."""


class AffiliateCreatorSearchCreatorTargetCollaborationsResponse(ResponseModel):
    """One page of target collaborations."""

    target_collaborations: list[AffiliateCreatorTargetCollaboration] | None = None
    """Collaborations of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Total number of matching collaborations."""


class AffiliateCreatorSearchOpenCollaborationProductsCategory(RequestModel):
    """Category filter."""

    id: str | None = Field(default=None, strict=True)
    """Category id."""


class AffiliateCreatorSearchOpenCollaborationProductsCommissionRateRange(RequestModel):
    """Commission rate filter, in hundredths of a percent."""

    rate_ge: int | None = Field(default=None, strict=True)
    """Lowest commission rate to include, 100 to 8000."""

    rate_lt: int | None = Field(default=None, strict=True)
    """Commission rate the products must stay below (at least 1000)."""


class AffiliateCreatorSearchOpenCollaborationProductsQuery(RequestModel):
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


class AffiliateCreatorSearchOpenCollaborationProductsRequest(RequestModel):
    """Filters for the open collaboration product search; all optional."""

    title_keywords: list[StrictStr] | None = Field(default=None, max_length=20)
    """Keywords loosely matched against product titles, combined with AND; at most 20, each up to 255
    characters."""

    sales_price_range: AffiliateCreatorSearchOpenCollaborationProductsSalesPriceRange | None = None
    """Price range filter."""

    category: AffiliateCreatorSearchOpenCollaborationProductsCategory | None = None
    """Category filter."""

    commission_rate_range: AffiliateCreatorSearchOpenCollaborationProductsCommissionRateRange | None = None
    """Commission rate filter, in hundredths of a percent."""


class AffiliateCreatorSearchOpenCollaborationProductsResponse(ResponseModel):
    """One page of open collaboration products."""

    products: list[AffiliateCreatorOpenCollaborationProduct] | None = None
    """Products of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Total number of matching products."""


class AffiliateCreatorSearchOpenCollaborationProductsSalesPriceRange(RequestModel):
    """Price range filter."""

    amount_ge: str | None = Field(default=None, strict=True)
    """Lowest price to include (greater than 0)."""

    amount_lt: str | None = Field(default=None, strict=True)
    """Price the products must stay below; no upper bound when omitted."""


class AffiliateCreatorShopProduct(ResponseModel):
    """A product of the creator's bound shop."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product name."""

    price: AffiliateCreatorAmount | None = None
    """A money amount with its currency."""

    added_status: str | None = None
    """Whether the product is in the showcase or can be added. Known values: ADDABLE, ADDED, REJECTED."""

    brand_name: str | None = None
    """Brand set by the seller."""

    images: list[AffiliateCreatorImage] | None = None
    """Product images."""

    sales_count: int | None = None
    """Units sold."""


class AffiliateCreatorShowcaseImage(ResponseModel):
    """A showcase product image. TikTok spells the height field `heigth` in this object."""

    url: str | None = None
    """Image URL on TikTok Shop."""

    width: int | None = None
    """Width in pixels."""

    heigth: int | None = None
    """Height in pixels (field name misspelled by TikTok)."""


class AffiliateCreatorShowcaseProduct(ResponseModel):
    """A product in the creator's showcase or live bag."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product title as displayed."""

    shop: AffiliateCreatorShowcaseProductShop | None = None
    """The shop selling the product."""

    addition: AffiliateCreatorShowcaseProductAddition | None = None
    """Creator-specific additions to the product listing."""

    price: AffiliateCreatorShowcaseProductPrice | None = None
    """Price ranges of the product."""

    main_images: list[AffiliateCreatorShowcaseImage] | None = None
    """Main product images."""

    status: AffiliateCreatorShowcaseProductStatus | None = None
    """Stock, review and visibility state of the product."""

    source: str | None = None
    """Where the product comes from. Known values: THIRD_PARTY, AFFILIATE, TIKTOK_STORE."""

    detail_link: str | None = None
    """URL of the product detail page."""

    third_party_link: str | None = None
    """URL of the product page outside TikTok Shop (third-party products)."""

    sale_regions: list[str] | None = None
    """Regions where the product is sold."""

    commission: AffiliateCreatorShowcaseProductCommission | None = None
    """Commission the creator earns on the product."""

    collaboration: AffiliateCreatorShowcaseProductCollaboration | None = None
    """The collaboration through which the product was added."""


class AffiliateCreatorShowcaseProductAddition(ResponseModel):
    """Creator-specific additions to the product listing."""

    customized_main_images: list[AffiliateCreatorShowcaseImage] | None = None
    """Main images customized by the creator."""


class AffiliateCreatorShowcaseProductCollaboration(ResponseModel):
    """The collaboration through which the product was added."""

    id: str | None = None
    """Collaboration id."""

    type_: str | None = Field(default=None, alias="type")
    """Collaboration type code: `1` open collaboration, `2` target collaboration, `5` partner campaign,
    `11` flat fee, `12` collaboration plus, `13` affiliate promotion."""

    partner: AffiliateCreatorShowcaseProductPartner | None = None
    """The affiliate partner behind the collaboration, if any."""


class AffiliateCreatorShowcaseProductCommission(ResponseModel):
    """Commission the creator earns on the product."""

    rate: int | None = None
    """Commission rate in hundredths of a percent (`3587` = 35.87%), 100 to 8000."""

    reward_rate: int | None = None
    """Reward commission rate in hundredths of a percent."""


class AffiliateCreatorShowcaseProductPartner(ResponseModel):
    """The affiliate partner behind the collaboration, if any."""

    id: str | None = None
    """Partner id."""

    name: str | None = None
    """Partner name."""


class AffiliateCreatorShowcaseProductPrice(ResponseModel):
    """Price ranges of the product."""

    original_price: AffiliateCreatorPriceRange | None = None
    """The lowest and highest price across a product's SKUs."""

    seller_discount_price: AffiliateCreatorPriceRange | None = None
    """The lowest and highest price across a product's SKUs."""

    platform_discount_price: AffiliateCreatorPriceRange | None = None
    """The lowest and highest price across a product's SKUs."""


class AffiliateCreatorShowcaseProductShop(ResponseModel):
    """The shop selling the product."""

    name: str | None = None
    """Shop name."""


class AffiliateCreatorShowcaseProductStatus(ResponseModel):
    """Stock, review and visibility state of the product."""

    inventory_status: str | None = None
    """Stock state. Known values: IN_STOCK, SOLD_OUT."""

    review_status: str | None = None
    """Review state of the product. Known values: APPROVED, UNDER_REVIEW, CHANGES_UNDER_REVIEW,
    UNAVAILABLE, REJECTED, ZERO_COMMISSION."""

    is_hidden: bool | None = None
    """True when the product is hidden from the showcase."""

    added_status: str | None = None
    """Add state for the requested origin: `ADDED` (in the showcase / live bag), `NOT_ADDED` (live only:
    can be added), `REJECTED` (cannot be used here). Known values: ADDED, NOT_ADDED, REJECTED."""


class AffiliateCreatorSkuProperty(ResponseModel):
    """One sales property of a SKU (e.g. colour = red)."""

    id: str | None = None
    """Property id."""

    name: str | None = None
    """Property name."""

    value_id: str | None = None
    """Property value id."""

    value_name: str | None = None
    """Property value name."""


class AffiliateCreatorTargetCollaboration(ResponseModel):
    """A target collaboration a shop offered to the creator."""

    id: str | None = None
    """Target collaboration id."""

    name: str | None = None
    """Target collaboration name."""

    status: str | None = None
    """State of the collaboration. Known values: LIVE, EXPIRED, DELETED, ENDED."""

    products: list[AffiliateCreatorTargetCollaborationProduct] | None = None
    """Products in the collaboration."""


class AffiliateCreatorTargetCollaborationCommission(ResponseModel):
    """Commission offered for the product."""

    rate: int | None = None
    """Commission rate in hundredths of a percent (`3587` = 35.87%)."""

    amount: str | None = None
    """Estimated commission computed from the product's lowest price."""

    currency: str | None = None
    """ISO 4217 currency code of `amount`."""


class AffiliateCreatorTargetCollaborationProduct(ResponseModel):
    """A product of the collaboration."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product name."""

    main_image_url: str | None = None
    """URL of the main product image."""

    commission: AffiliateCreatorTargetCollaborationCommission | None = None
    """Commission offered for the product."""


class AffiliateCreatorTokoMappingError(ResponseModel):
    """Why the mapping failed."""

    code: int | None = None
    """Mapping error code."""

    message: str | None = None
    """Error detail."""


class AffiliateCreatorTokoProductMapping(ResponseModel):
    """A Tokopedia product id and its TikTok Shop counterpart."""

    toko_pid: int | None = None
    """Tokopedia product id."""

    tts_pid: int | None = None
    """TikTok Shop product id."""


class AffiliateCreatorTracedOrder(ResponseModel):
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

    skus: list[AffiliateCreatorTracedOrderSku] | None = None
    """SKUs of the order."""


class AffiliateCreatorTracedOrderSku(ResponseModel):
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

    price: AffiliateCreatorAmount | None = None
    """A money amount with its currency."""

    quantity: int | None = None
    """Units of the SKU ordered."""

    returned_quantity: int | None = None
    """Units returned."""

    refunded_quantity: int | None = None
    """Units refunded."""

    delivery_time: int | None = None
    """When the SKU was delivered (Unix time, UTC)."""

    content_type: str | None = None
    """Kind of content the order came from. Known values: SHOP, VIDEO, LIVE, PRE_LIVE, PROMOTION_PAGE,
    LINKSHARE."""

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

    estimated_commission_base: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_commission: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_shop_ads_commission: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_bonus_commission: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    estimated_creator_commission_reward_fee: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_commission_base: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_commission: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_shop_ads_commission: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_bonus_commission: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    actual_creator_commission_reward_fee: AffiliateCreatorDisplayAmount | None = None
    """A commission-related amount as TikTok displays it: the string may carry a currency symbol and local
    separators; empty when not available."""

    trace: AffiliateCreatorOrderTrace | None = None
    """The sharing link an order came through."""


class AffiliateCreatorUploadShoppablePhotoFilePhotoFile(ResponseModel):
    """Identity of the uploaded image."""

    photo_uri: str | None = None
    """Image URI, for `photo_file_uris` of a photo post or a video `cover_uri`."""


class AffiliateCreatorUploadShoppablePhotoFileRequest(RequestModel):
    """The image file to upload."""

    data: FileInput
    """The image: JPG, JPEG, PNG, WEBP, HEIC or BMP, not empty, at most 10 MiB, aspect ratio between 9:16
    and 16:9."""


class AffiliateCreatorUploadShoppablePhotoFileResponse(ResponseModel):
    """The uploaded image."""

    photo_file: AffiliateCreatorUploadShoppablePhotoFilePhotoFile | None = None
    """Identity of the uploaded image."""


class AffiliateCreatorUploadShoppableVideoFileRequest(RequestModel):
    """The video file to upload."""

    data: FileInput
    """The video: MP4, MOV, MKV, WMV, WEBM, AVI, 3GP, FLV or MPEG, at most 10 MB (use large file upload
    above), aspect ratio between 9:16 and 16:9."""


class AffiliateCreatorUploadShoppableVideoFileResponse(ResponseModel):
    """The uploaded video file."""

    video_file: AffiliateCreatorUploadShoppableVideoFileVideoFile | None = None
    """Identity of the uploaded file."""


class AffiliateCreatorUploadShoppableVideoFileVideoFile(ResponseModel):
    """Identity of the uploaded file."""

    id: str | None = None
    """File id, to pass as `video_info.file_id`."""

    md5: str | None = None
    """MD5 checksum of the uploaded file."""
