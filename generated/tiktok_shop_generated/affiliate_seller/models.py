"""Models of the `affiliate_seller` module.

Affiliate marketing for sellers: open and target collaborations with creators, free sample
applications, affiliate orders, the Creator Marketplace, creator messaging (IM) and Compass data
exports."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tiktok_shop._contract import RequestModel, ResponseModel

__all__ = [
    "AffiliateSellerAmount",
    "AffiliateSellerAutoAddProductSetting",
    "AffiliateSellerCategoryChainNode",
    "AffiliateSellerCreateOpenCollaborationRequest",
    "AffiliateSellerCreateOpenCollaborationResponse",
    "AffiliateSellerCreateOpenCollaborationResponseOpenCollaboration",
    "AffiliateSellerCreatorAvatar",
    "AffiliateSellerCreatorContentDetail",
    "AffiliateSellerCreatorContentDetailCreatorProfile",
    "AffiliateSellerEditOpenCollaborationSampleRuleRequest",
    "AffiliateSellerEditOpenCollaborationSampleRuleRequestSampleRule",
    "AffiliateSellerEditOpenCollaborationSampleRuleResponse",
    "AffiliateSellerEditOpenCollaborationSettingsRequest",
    "AffiliateSellerEditOpenCollaborationSettingsRequestAutoAddProduct",
    "AffiliateSellerEditOpenCollaborationSettingsResponse",
    "AffiliateSellerGenerateAffiliateProductPromotionLinkQuery",
    "AffiliateSellerGenerateAffiliateProductPromotionLinkResponse",
    "AffiliateSellerGetOpenCollaborationCreatorContentDetailsQuery",
    "AffiliateSellerGetOpenCollaborationCreatorContentDetailsResponse",
    "AffiliateSellerGetOpenCollaborationCreatorContentDetailsResponseProduct",
    "AffiliateSellerGetOpenCollaborationSampleRulesQuery",
    "AffiliateSellerGetOpenCollaborationSampleRulesResponse",
    "AffiliateSellerGetOpenCollaborationSettingsResponse",
    "AffiliateSellerGetOpenCollaborationSettingsResponseOpenCollaborationSettings",
    "AffiliateSellerMarketplaceProduct",
    "AffiliateSellerMarketplaceProductCommission",
    "AffiliateSellerMarketplaceProductShop",
    "AffiliateSellerOpenCollaboration",
    "AffiliateSellerOpenCollaborationCurrentCommission",
    "AffiliateSellerOpenCollaborationProduct",
    "AffiliateSellerPriceRange",
    "AffiliateSellerRemoveCreatorFromOpenCollaborationProductQuery",
    "AffiliateSellerRemoveCreatorFromOpenCollaborationProductRequest",
    "AffiliateSellerRemoveCreatorFromOpenCollaborationProductResponse",
    "AffiliateSellerRemoveOpenCollaborationQuery",
    "AffiliateSellerRemoveOpenCollaborationResponse",
    "AffiliateSellerReviewASampleApplicationQuery",
    "AffiliateSellerReviewASampleApplicationRequest",
    "AffiliateSellerReviewASampleApplicationResponse",
    "AffiliateSellerSampleApplication",
    "AffiliateSellerSampleApplicationCreator",
    "AffiliateSellerSampleApplicationProduct",
    "AffiliateSellerSampleFulfillment",
    "AffiliateSellerSampleFulfillmentContent",
    "AffiliateSellerSampleFulfillmentProduct",
    "AffiliateSellerSampleRule",
    "AffiliateSellerSampleThresholds",
    "AffiliateSellerSampleThresholdsInput",
    "AffiliateSellerSearchOpenCollaborationsQuery",
    "AffiliateSellerSearchOpenCollaborationsRequest",
    "AffiliateSellerSearchOpenCollaborationsResponse",
    "AffiliateSellerSearchSampleApplicationFulfillmentsQuery",
    "AffiliateSellerSearchSampleApplicationFulfillmentsRequest",
    "AffiliateSellerSearchSampleApplicationFulfillmentsResponse",
    "AffiliateSellerSearchSampleApplicationsQuery",
    "AffiliateSellerSearchSampleApplicationsRequest",
    "AffiliateSellerSearchSampleApplicationsResponse",
    "AffiliateSellerSellerGetSampleRequestDeeplinkQuery",
    "AffiliateSellerSellerGetSampleRequestDeeplinkResponse",
    "AffiliateSellerSellerSearchOpenCollaborationProductsQuery",
    "AffiliateSellerSellerSearchOpenCollaborationProductsRequest",
    "AffiliateSellerSellerSearchOpenCollaborationProductsRequestCategory",
    "AffiliateSellerSellerSearchOpenCollaborationProductsRequestCommissionRateRange",
    "AffiliateSellerSellerSearchOpenCollaborationProductsRequestSalesPriceRange",
    "AffiliateSellerSellerSearchOpenCollaborationProductsResponse",
]


class AffiliateSellerAmount(ResponseModel):
    """A money amount with its currency."""

    amount: str | None = None
    """Amount, as a decimal string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class AffiliateSellerAutoAddProductSetting(ResponseModel):
    """Automatic enrollment of the shop's products into open collaboration."""

    enable: bool | None = None
    """True when existing non-affiliate products and future products are put into open collaboration
    automatically. Turning it off does not revert existing open collaborations."""

    commission_rate: int | None = None
    """Default commission rate of the auto-added products, in hundredths of a percent (`1000` = 10%), from
    100 to 8000. Not returned when `enable` is false."""


class AffiliateSellerCategoryChainNode(ResponseModel):
    """One level of a product's category path."""

    id: str | None = None
    """Category id."""

    local_name: str | None = None
    """Category name in the local language."""

    is_leaf: bool | None = None
    """True when the category is a leaf of the category tree."""

    parent_id: str | None = None
    """Id of the parent category."""


class AffiliateSellerCreateOpenCollaborationRequest(RequestModel):
    """The product to put into open collaboration and its commission."""

    product_id: str
    """Id of the product; one product per request."""

    commission_rate: int
    """Commission rate in hundredths of a percent (`3587` = 35.87%), from 100 to 8000."""


class AffiliateSellerCreateOpenCollaborationResponse(ResponseModel):
    """The created open collaboration."""

    open_collaboration: AffiliateSellerCreateOpenCollaborationResponseOpenCollaboration | None = None
    """The created open collaboration."""


class AffiliateSellerCreateOpenCollaborationResponseOpenCollaboration(ResponseModel):
    """The created open collaboration."""

    id: str | None = None
    """Open collaboration id."""

    product_id: str | None = None
    """Id of the product."""

    effective_time: int | None = None
    """When the commission takes effect, Unix timestamp in seconds."""


class AffiliateSellerCreatorAvatar(ResponseModel):
    """A creator's profile picture."""

    url: str | None = None
    """URL of the creator's TikTok avatar."""


class AffiliateSellerCreatorContentDetail(ResponseModel):
    """One creator promoting an open collaboration product, with their content counts."""

    creator_profile: AffiliateSellerCreatorContentDetailCreatorProfile | None = None
    """The creator's profile."""

    video_count: int | None = None
    """Number of videos the creator posted about the product."""

    live_count: int | None = None
    """Number of LIVEs the creator held about the product."""

    promotion_status: str | None = None
    """`NORMAL` (promoting) or `TERMINATING` (the seller ended the promotion; the creator's promotion
    rights expire at `promotion_end_time`). Known values: NORMAL, TERMINATING."""

    promotion_end_time: int | None = None
    """When the creator's promotion ends, Unix timestamp in seconds."""


class AffiliateSellerCreatorContentDetailCreatorProfile(ResponseModel):
    """The creator's profile."""

    username: str | None = None
    """TikTok username."""

    nickname: str | None = None
    """TikTok nickname."""

    follower_count: int | None = None
    """Number of followers."""

    avatar: AffiliateSellerCreatorAvatar | None = None
    """A creator's profile picture."""

    creator_open_id: str | None = None
    """Creator Open ID."""


class AffiliateSellerEditOpenCollaborationSampleRuleRequest(RequestModel):
    """The sample rule to save for one product."""

    product_id: str
    """Id of the product the rule applies to."""

    sample_rule: AffiliateSellerEditOpenCollaborationSampleRuleRequestSampleRule | None = None
    """The rule; with `DEACTIVATE` only `activate_status` is needed."""


class AffiliateSellerEditOpenCollaborationSampleRuleRequestSampleRule(RequestModel):
    """The rule; with `DEACTIVATE` only `activate_status` is needed."""

    activate_status: Literal["ACTIVATE", "DEACTIVATE"]
    """`ACTIVATE` to create or update the rule (give its details), `DEACTIVATE` to turn it off."""

    sample_quota: int | None = None
    """Total number of samples creators can apply for."""

    is_sample_time_unlimited: bool | None = None
    """True to accept requests at any time; false to accept them only between `start_time` and `end_time`."""

    start_time: int | None = None
    """Start of the application period, Unix timestamp in seconds; give it with `end_time`."""

    end_time: int | None = None
    """End of the application period, Unix timestamp in seconds; give it with `start_time`."""

    thresholds: AffiliateSellerSampleThresholdsInput | None = None
    """Requirements a creator must meet to request a free sample."""


class AffiliateSellerEditOpenCollaborationSampleRuleResponse(ResponseModel):
    """Empty on success."""

    pass


class AffiliateSellerEditOpenCollaborationSettingsRequest(RequestModel):
    """The open collaboration settings to save."""

    auto_add_product: AffiliateSellerEditOpenCollaborationSettingsRequestAutoAddProduct | None = None
    """Automatic enrollment of products into open collaboration."""


class AffiliateSellerEditOpenCollaborationSettingsRequestAutoAddProduct(RequestModel):
    """Automatic enrollment of products into open collaboration."""

    enable: bool
    """True to put the existing catalog and future products into open collaboration automatically; false to
    stop adding products automatically."""

    commission_rate: int
    """Default commission rate in hundredths of a percent (`3587` = 35.87%), from 100 to 8000. Ignored when
    `enable` is false."""


class AffiliateSellerEditOpenCollaborationSettingsResponse(ResponseModel):
    """Empty on success."""

    pass


class AffiliateSellerGenerateAffiliateProductPromotionLinkQuery(RequestModel):
    """Path and query parameters of AffiliateSellerGenerateAffiliateProductPromotionLink."""

    product_id: str


class AffiliateSellerGenerateAffiliateProductPromotionLinkResponse(ResponseModel):
    """The generated promotion link."""

    product_promotion_link: str | None = None
    """URL of the product promotion page to share with creators."""


class AffiliateSellerGetOpenCollaborationCreatorContentDetailsQuery(RequestModel):
    """Path and query parameters of AffiliateSellerGetOpenCollaborationCreatorContentDetails."""

    page_size: int

    page_token: str | None = None

    product_id: str


class AffiliateSellerGetOpenCollaborationCreatorContentDetailsResponse(ResponseModel):
    """One page of creators promoting the product."""

    next_page_token: str | None = None
    """Token of the next page; empty when there are no more results."""

    total_count: int | None = None
    """Number of creators matching the request."""

    creator_content_details: list[AffiliateSellerCreatorContentDetail] | None = None
    """Creators on this page with their content counts and promotion status."""

    product: AffiliateSellerGetOpenCollaborationCreatorContentDetailsResponseProduct | None = None
    """The product."""


class AffiliateSellerGetOpenCollaborationCreatorContentDetailsResponseProduct(ResponseModel):
    """The product."""

    id: str | None = None
    """Product id."""

    image_url: str | None = None
    """URL of the product image."""


class AffiliateSellerGetOpenCollaborationSampleRulesQuery(RequestModel):
    """Path and query parameters of AffiliateSellerGetOpenCollaborationSampleRules."""

    product_ids: list[str]


class AffiliateSellerGetOpenCollaborationSampleRulesResponse(ResponseModel):
    """The sample rules of the requested products."""

    sample_rules: list[AffiliateSellerSampleRule] | None = None
    """One rule per product that has one."""


class AffiliateSellerGetOpenCollaborationSettingsResponse(ResponseModel):
    """The shop's open collaboration settings."""

    open_collaboration_settings: AffiliateSellerGetOpenCollaborationSettingsResponseOpenCollaborationSettings | None = (
        None
    )
    """The open collaboration settings."""


class AffiliateSellerGetOpenCollaborationSettingsResponseOpenCollaborationSettings(ResponseModel):
    """The open collaboration settings."""

    auto_add_product: AffiliateSellerAutoAddProductSetting | None = None
    """Automatic enrollment of the shop's products into open collaboration."""


class AffiliateSellerMarketplaceProduct(ResponseModel):
    """A product offered in open collaboration on the affiliate product marketplace."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product name."""

    shop: AffiliateSellerMarketplaceProductShop | None = None
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

    original_price: AffiliateSellerPriceRange | None = None
    """A price range over the SKUs of a product."""

    sales_price: AffiliateSellerPriceRange | None = None
    """A price range over the SKUs of a product."""

    category_chains: list[AffiliateSellerCategoryChainNode] | None = None
    """Category path of the product, up to 3 levels."""

    commission: AffiliateSellerMarketplaceProductCommission | None = None
    """The commission creators earn on the product."""


class AffiliateSellerMarketplaceProductCommission(ResponseModel):
    """The commission creators earn on the product."""

    rate: int | None = None
    """Commission rate in hundredths of a percent (`3000` = 30%), from 100 to 8000."""

    currency: str | None = None
    """Currency code of `amount`."""

    amount: str | None = None
    """Commission amount computed from the promotional price, as `<min> - <max>` when a price range is
    known; `0` when no price is available."""


class AffiliateSellerMarketplaceProductShop(ResponseModel):
    """The shop selling the product."""

    name: str | None = None
    """Shop name."""


class AffiliateSellerOpenCollaboration(ResponseModel):
    """One open collaboration of the shop."""

    id: str | None = None
    """Open collaboration id."""

    status: str | None = None
    """`NORMAL` (in effect) or `TERMINATING` (removed by the seller, expires at
    `current_commission.end_time`). Expired collaborations are not returned. Known values: NORMAL,
    TERMINATING."""

    current_commission: AffiliateSellerOpenCollaborationCurrentCommission | None = None
    """The commission currently offered to creators."""

    showcase_creator_count: int | None = None
    """Number of creators who added the product to their showcase through this collaboration."""

    content_creator_count: int | None = None
    """Number of creators who posted a LIVE or video about the product through this collaboration."""

    product: AffiliateSellerOpenCollaborationProduct | None = None
    """The product of an open collaboration."""


class AffiliateSellerOpenCollaborationCurrentCommission(ResponseModel):
    """The commission currently offered to creators."""

    rate: int | None = None
    """Commission rate in hundredths of a percent (`3000` = 30%), from 100 to 8000."""

    start_time: int | None = None
    """When the rate takes effect, Unix timestamp in seconds."""

    end_time: int | None = None
    """When the rate stops being effective, Unix timestamp in seconds."""


class AffiliateSellerOpenCollaborationProduct(ResponseModel):
    """The product of an open collaboration."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product name."""

    main_image_url: str | None = None
    """URL of the product's main image."""

    status: str | None = None
    """Product status: `LIVE` (on sale), `OUT_OF_STOCK`, `SELLER_DEACTIVATE`, `PLATFORM_DEACTIVATE`,
    `GNE_REJECT` (governed, or the collaboration was dismissed), `DELETE`, or `OTHER` (not sellable,
    e.g. draft, frozen, in review). Known values: LIVE, OUT_OF_STOCK, SELLER_DEACTIVATE,
    PLATFORM_DEACTIVATE, GNE_REJECT, DELETE, OTHER."""

    inventory: int | None = None
    """Stock of the product."""

    original_price: AffiliateSellerPriceRange | None = None
    """A price range over the SKUs of a product."""


class AffiliateSellerPriceRange(ResponseModel):
    """A price range over the SKUs of a product."""

    currency: str | None = None
    """Currency code of the amounts."""

    minimum_amount: str | None = None
    """Lowest price among the product's SKUs."""

    maximum_amount: str | None = None
    """Highest price among the product's SKUs."""


class AffiliateSellerRemoveCreatorFromOpenCollaborationProductQuery(RequestModel):
    """Path and query parameters of AffiliateSellerRemoveCreatorFromOpenCollaborationProduct."""

    open_collaboration_id: str


class AffiliateSellerRemoveCreatorFromOpenCollaborationProductRequest(RequestModel):
    """The creator and product to separate."""

    creator_user_open_id: str
    """Open ID of the creator to remove."""

    product_id: str
    """Id of the product."""


class AffiliateSellerRemoveCreatorFromOpenCollaborationProductResponse(ResponseModel):
    """Empty on success."""

    pass


class AffiliateSellerRemoveOpenCollaborationQuery(RequestModel):
    """Path and query parameters of AffiliateSellerRemoveOpenCollaboration."""

    product_id: str


class AffiliateSellerRemoveOpenCollaborationResponse(ResponseModel):
    """When the removal takes effect."""

    terminated_effective_time: int | None = None
    """When the open collaboration ends, Unix timestamp in seconds; usually 00:00 of the next day in the
    shop's time zone."""


class AffiliateSellerReviewASampleApplicationQuery(RequestModel):
    """Path and query parameters of AffiliateSellerReviewASampleApplication."""

    application_id: str


class AffiliateSellerReviewASampleApplicationRequest(RequestModel):
    """The review decision."""

    review_result: Literal["APPROVE", "REJECT"]
    """`APPROVE` or `REJECT` the application."""

    reject_reason: Literal["NOT_MATCH", "OFFLINE", "OTHER", "OUT_OF_STOCK"] | None = None
    """Why the application is rejected, required with `REJECT`: `NOT_MATCH` (creator does not meet the
    requirements), `OFFLINE` (product taken offline), `OUT_OF_STOCK` or `OTHER`."""


class AffiliateSellerReviewASampleApplicationResponse(ResponseModel):
    """Empty on success."""

    pass


class AffiliateSellerSampleApplication(ResponseModel):
    """A creator's request for a free product sample."""

    id: str | None = None
    """Sample application id."""

    commission_rate: str | None = None
    """Commission rate offered to creators for the product, as a decimal fraction (`0.20` = 20%), from 0.01
    to 0.8."""

    status: str | None = None
    """Application status; the values are those of the request's `status` filter. Known values: PENDING,
    AWAITING_SHIPMENT, SHIPPED, CONTENT_PENDING, COMPLETED, REJECT_CANCELLED, OVERDUE_CANCELLED,
    UNFULFILL_CANCELLED, DEL_OPEN_COLLAB, SELLER_NOT_SHIP_CANCELLED, WITHDRAW_CANCELLED,
    UNFULFILLABLE_CANCELLED, OPS_CANCELLED, OPS_FAILED, OPS_COMPLETED."""

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

    fulfillment_status: str | None = None
    """Progress of the creator's content obligation: `PENDING`, `ONGOING` (content posted and being
    evaluated), `SUCCEED`, `FAILED`, `OVERDUE`, `SUSPEND`, `CANCELLED` or `EXEMPTED`. Known values:
    PENDING, ONGOING, SUCCEED, FAILED, OVERDUE, SUSPEND, CANCELLED, EXEMPTED."""

    is_approvable: bool | None = None
    """True when the seller can approve the application."""

    disapprovable_reasons: list[str] | None = None
    """Why the application cannot be approved; may be empty even then, so rely on `is_approvable`."""

    partner_name: str | None = None
    """Name of the agency that applied on the creator's behalf, if any."""

    creator: AffiliateSellerSampleApplicationCreator | None = None
    """The creator who applied."""

    product: AffiliateSellerSampleApplicationProduct | None = None
    """The requested product and SKU."""


class AffiliateSellerSampleApplicationCreator(ResponseModel):
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

    gmv: AffiliateSellerAmount | None = None
    """A money amount with its currency."""

    content_count: int | None = None
    """Number of posts over the past 30 days, when the creator shares it."""

    fulfillment_percentage: str | None = None
    """Sample fulfillment rate over the past 90 days, as a percentage without the sign (e.g. `60.85`);
    empty when not shared."""

    ec_video_view: int | None = None
    """Median views of the creator's shoppable videos over the past 30 days, when shared."""


class AffiliateSellerSampleApplicationProduct(ResponseModel):
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


class AffiliateSellerSampleFulfillment(ResponseModel):
    """A piece of content a creator posted for a sample."""

    product: AffiliateSellerSampleFulfillmentProduct | None = None
    """The promoted product."""

    content: AffiliateSellerSampleFulfillmentContent | None = None
    """The video or LIVE and its performance."""


class AffiliateSellerSampleFulfillmentContent(ResponseModel):
    """The video or LIVE and its performance."""

    id: str | None = None
    """Video or LIVE room id."""

    format_: str | None = Field(default=None, alias="format")
    """Content format. Known values: LIVE, VIDEO."""

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


class AffiliateSellerSampleFulfillmentProduct(ResponseModel):
    """The promoted product."""

    id: str | None = None
    """Product id."""

    main_image_url: str | None = None
    """URL of the product's cover image."""


class AffiliateSellerSampleRule(ResponseModel):
    """The free sample rule of one open collaboration product."""

    product_id: str | None = None
    """Product id."""

    sample_quota: int | None = None
    """Total number of samples creators can apply for."""

    is_sample_time_unlimited: bool | None = None
    """True when samples can be requested at any time; otherwise only between `start_time` and `end_time`."""

    status: str | None = None
    """Rule status: `NOT_STARTED` (before `start_time`), `ONGOING`, `NO_LEFT_COUNT` (no sample left),
    `PLAN_EXCEPTION` (the product's commission collaboration is abnormal) or `EXPIRED` (past
    `end_time`). Known values: NOT_STARTED, ONGOING, NO_LEFT_COUNT, PLAN_EXCEPTION, EXPIRED."""

    available_quantity: int | None = None
    """Number of samples still available."""

    start_time: int | None = None
    """Start of the application period, Unix timestamp in seconds (UTC)."""

    end_time: int | None = None
    """End of the application period, Unix timestamp in seconds (UTC)."""

    thresholds: AffiliateSellerSampleThresholds | None = None
    """Requirements a creator must meet to request a free sample."""


class AffiliateSellerSampleThresholds(ResponseModel):
    """Requirements a creator must meet to request a free sample."""

    minimum_follower_count: int | None = None
    """Lowest follower count (inclusive)."""

    minimum_gmv: int | None = None
    """The creator's GMV over the past 30 days must exceed this value."""

    avg_ec_video_views: int | None = None
    """Lowest average e-commerce video views over the past 30 days (inclusive)."""

    category_ids: list[str] | None = None
    """First-level category ids; the creator qualifies when one of their top three categories by GMV over
    the past 30 days is in this list. No restriction when empty."""

    predicted_fulfillment_rank: str | None = None
    """Lowest predicted rate of posting a shoppable video or LIVE after receiving a sample: `ALL` (any
    rate), `LOW`, `MEDIUM` or `HIGH`. Known values: ALL, LOW, MEDIUM, HIGH."""


class AffiliateSellerSampleThresholdsInput(RequestModel):
    """Requirements a creator must meet to request a free sample."""

    minimum_follower_count: int | None = None
    """Lowest follower count (inclusive)."""

    minimum_gmv: int | None = None
    """The creator's GMV over the past 30 days must exceed this value."""

    avg_ec_video_views: int | None = None
    """Lowest average e-commerce video views over the past 30 days (inclusive)."""

    category_ids: list[str] | None = None
    """First-level category ids; the creator qualifies when one of their top three categories by GMV over
    the past 30 days is in this list. No restriction when empty."""

    predicted_fulfillment_rank: Literal["ALL", "HIGH", "LOW", "MEDIUM"] | None = None
    """Lowest predicted rate of posting a shoppable video or LIVE after receiving a sample: `ALL` (any
    rate), `LOW`, `MEDIUM` or `HIGH`."""


class AffiliateSellerSearchOpenCollaborationsQuery(RequestModel):
    """Path and query parameters of AffiliateSellerSearchOpenCollaborations."""

    page_size: int

    page_token: str | None = None

    sort_order: Literal["ASC", "DESC"] | None = None

    sort_field: str | None = None


class AffiliateSellerSearchOpenCollaborationsRequest(RequestModel):
    """Filters of the open collaboration search."""

    keyword_type: Literal["PRODUCT_ID", "PRODUCT_NAME"] | None = None
    """What `keyword` holds: `PRODUCT_ID` (exact product id) or `PRODUCT_NAME` (fuzzy match on the product
    name). Give it together with `keyword`."""

    keyword: str | None = None
    """Product id or product name to search, as set by `keyword_type`."""

    top_level_category_id: str | None = None
    """Only products of this first-level category (id greater than 0)."""


class AffiliateSellerSearchOpenCollaborationsResponse(ResponseModel):
    """One page of open collaborations."""

    next_page_token: str | None = None
    """Token of the next page; empty when there are no more results."""

    total_count: int | None = None
    """Number of open collaborations matching the filters."""

    open_collaborations: list[AffiliateSellerOpenCollaboration] | None = None
    """Open collaborations on this page."""


class AffiliateSellerSearchSampleApplicationFulfillmentsQuery(RequestModel):
    """Path and query parameters of AffiliateSellerSearchSampleApplicationFulfillments."""

    application_id: str


class AffiliateSellerSearchSampleApplicationFulfillmentsRequest(RequestModel):
    """Filters of the fulfillment search."""

    content_format: Literal["LIVE", "VIDEO"] | None = None
    """Only content of this format."""


class AffiliateSellerSearchSampleApplicationFulfillmentsResponse(ResponseModel):
    """The content posted for the sample application."""

    fulfillments: list[AffiliateSellerSampleFulfillment] | None = None
    """Videos and LIVEs fulfilling the application."""


class AffiliateSellerSearchSampleApplicationsQuery(RequestModel):
    """Path and query parameters of AffiliateSellerSearchSampleApplications."""

    page_size: int | None = None

    page_token: str | None = None


class AffiliateSellerSearchSampleApplicationsRequest(RequestModel):
    """Filters of the sample application search."""

    product_id: str | None = None
    """Only applications for this product."""

    title: str | None = None
    """Product name, fuzzy-matched."""

    creator_user_oepn_id: str | None = None
    """Only applications of this creator, by Open ID. The key is misspelled on the wire; send it exactly
    so."""

    username: str | None = None
    """Creator's TikTok username, fuzzy-matched."""

    target_collabration_id: str | None = None
    """Only applications of this target collaboration. The key is misspelled on the wire; send it exactly
    so."""

    order_id: str | None = None
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


class AffiliateSellerSearchSampleApplicationsResponse(ResponseModel):
    """One page of sample applications."""

    next_page_token: str | None = None
    """Token of the next page (reuse the same page size); empty when there are no more pages."""

    total_count: int | None = None
    """Number of applications matching the filters."""

    sample_applications: list[AffiliateSellerSampleApplication] | None = None
    """Sample applications on this page."""


class AffiliateSellerSellerGetSampleRequestDeeplinkQuery(RequestModel):
    """Path and query parameters of AffiliateSellerSellerGetSampleRequestDeeplink."""

    product_id: str

    sku_id: str

    campaign_id: str | None = None

    collaboration_id: str | None = None

    valid_days: int | None = None


class AffiliateSellerSellerGetSampleRequestDeeplinkResponse(ResponseModel):
    """The sample request deeplink."""

    deeplink: str | None = None
    """Deeplink opening the TikTok app on the sample request page."""


class AffiliateSellerSellerSearchOpenCollaborationProductsQuery(RequestModel):
    """Path and query parameters of AffiliateSellerSellerSearchOpenCollaborationProducts."""

    page_size: int

    page_token: str | None = None

    sort_order: Literal["ASC", "DESC"] | None = None

    sort_field: Literal["commission", "commission_rate", "product_sales_price", "units_sold"] | None = None


class AffiliateSellerSellerSearchOpenCollaborationProductsRequest(RequestModel):
    """Filters of the open collaboration product search; every group given must match."""

    title_keywords: list[str] | None = None
    """Keywords loosely matched against product titles, combined with AND. Up to 20 keywords of up to 255
    characters each."""

    sales_price_range: AffiliateSellerSellerSearchOpenCollaborationProductsRequestSalesPriceRange | None = None
    """Sale price bounds."""

    category: AffiliateSellerSellerSearchOpenCollaborationProductsRequestCategory | None = None
    """Product category filter."""

    commission_rate_range: AffiliateSellerSellerSearchOpenCollaborationProductsRequestCommissionRateRange | None = None
    """Commission rate bounds, in hundredths of a percent (`3587` = 35.87%)."""


class AffiliateSellerSellerSearchOpenCollaborationProductsRequestCategory(RequestModel):
    """Product category filter."""

    id: str | None = None
    """Category id."""


class AffiliateSellerSellerSearchOpenCollaborationProductsRequestCommissionRateRange(RequestModel):
    """Commission rate bounds, in hundredths of a percent (`3587` = 35.87%)."""

    rate_ge: int | None = None
    """Lowest commission rate (inclusive), from 100 to 8000."""

    rate_lt: int | None = None
    """Upper bound of the commission rate (exclusive), at least 100."""


class AffiliateSellerSellerSearchOpenCollaborationProductsRequestSalesPriceRange(RequestModel):
    """Sale price bounds."""

    amount_ge: str | None = None
    """Lowest sale price (inclusive), greater than 0."""

    amount_lt: str | None = None
    """Upper bound of the sale price (exclusive); no upper bound when omitted."""


class AffiliateSellerSellerSearchOpenCollaborationProductsResponse(ResponseModel):
    """One page of open collaboration products."""

    products: list[AffiliateSellerMarketplaceProduct] | None = None
    """Products matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; keep the page size, sorting and body unchanged when passing it. Empty when
    there are no more pages."""

    total_count: int | None = None
    """Number of products matching the filters."""
