"""Models of the `affiliate_creator` module.

Tools for TikTok creators in the affiliate program: the showcase, open and target collaborations,
free samples, affiliate orders, sharing links and shoppable posts."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tiktok_shop._contract import RequestModel, ResponseModel

__all__ = [
    "AffiliateCreatorAddShowcaseProductsRequest",
    "AffiliateCreatorAddShowcaseProductsResponse",
    "AffiliateCreatorAddShowcaseProductsResponseErrorsItem",
    "AffiliateCreatorAddShowcaseProductsResponseErrorsItemDetail",
    "AffiliateCreatorAmount",
    "AffiliateCreatorCategoryChainNode",
    "AffiliateCreatorCheckCreatorSampleEligibilityQuery",
    "AffiliateCreatorCheckCreatorSampleEligibilityResponse",
    "AffiliateCreatorCheckCreatorSampleEligibilityResponseLabel",
    "AffiliateCreatorCheckCreatorSampleEligibilityResponseLabelSampleProduct",
    "AffiliateCreatorCheckCreatorSampleEligibilityResponseLabelSampleProductSampleSkuListItem",
    "AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsQuery",
    "AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsRequest",
    "AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsResponse",
    "AffiliateCreatorGetCreatorProfileResponse",
    "AffiliateCreatorGetCreatorSampleApplicationDetailRequest",
    "AffiliateCreatorGetCreatorSampleApplicationDetailResponse",
    "AffiliateCreatorGetOpenCollaborationProductListByProductIdsQuery",
    "AffiliateCreatorGetOpenCollaborationProductListByProductIdsResponse",
    "AffiliateCreatorGetShopProductsQuery",
    "AffiliateCreatorGetShopProductsResponse",
    "AffiliateCreatorGetShowcaseProductsQuery",
    "AffiliateCreatorGetShowcaseProductsResponse",
    "AffiliateCreatorImage",
    "AffiliateCreatorMoveShowcaseProductsToTheTopRequest",
    "AffiliateCreatorMoveShowcaseProductsToTheTopResponse",
    "AffiliateCreatorOpenCollaborationProduct",
    "AffiliateCreatorOpenCollaborationProductCommission",
    "AffiliateCreatorOpenCollaborationProductShop",
    "AffiliateCreatorOpenCollaborationProductShopAdsCommission",
    "AffiliateCreatorPriceRange",
    "AffiliateCreatorRemoveShowcaseProductsRequest",
    "AffiliateCreatorRemoveShowcaseProductsResponse",
    "AffiliateCreatorSampleApplication",
    "AffiliateCreatorSampleApplicationCreatorFulfillment",
    "AffiliateCreatorSampleApplicationSampleProduct",
    "AffiliateCreatorSampleFulfillment",
    "AffiliateCreatorSearchCreatorSampleApplicationsQuery",
    "AffiliateCreatorSearchCreatorSampleApplicationsRequest",
    "AffiliateCreatorSearchCreatorSampleApplicationsResponse",
    "AffiliateCreatorSearchCreatorTargetCollaborationsQuery",
    "AffiliateCreatorSearchCreatorTargetCollaborationsRequest",
    "AffiliateCreatorSearchCreatorTargetCollaborationsResponse",
    "AffiliateCreatorSearchOpenCollaborationProductsQuery",
    "AffiliateCreatorSearchOpenCollaborationProductsRequest",
    "AffiliateCreatorSearchOpenCollaborationProductsRequestCategory",
    "AffiliateCreatorSearchOpenCollaborationProductsRequestCommissionRateRange",
    "AffiliateCreatorSearchOpenCollaborationProductsRequestSalesPriceRange",
    "AffiliateCreatorSearchOpenCollaborationProductsResponse",
    "AffiliateCreatorShopProduct",
    "AffiliateCreatorShowcaseImage",
    "AffiliateCreatorShowcaseProduct",
    "AffiliateCreatorShowcaseProductAddition",
    "AffiliateCreatorShowcaseProductCollaboration",
    "AffiliateCreatorShowcaseProductCollaborationPartner",
    "AffiliateCreatorShowcaseProductCommission",
    "AffiliateCreatorShowcaseProductPrice",
    "AffiliateCreatorShowcaseProductShop",
    "AffiliateCreatorShowcaseProductStatus",
    "AffiliateCreatorSkuProperty",
    "AffiliateCreatorTargetCollaboration",
    "AffiliateCreatorTargetCollaborationProductsItem",
    "AffiliateCreatorTargetCollaborationProductsItemCommission",
]


class AffiliateCreatorAddShowcaseProductsRequest(RequestModel):
    """Products to add to the showcase."""

    add_type: Literal["PRODUCT_ID", "PRODUCT_LINK"]
    """How the products are given: `PRODUCT_ID` uses `product_ids`, `PRODUCT_LINK` uses `product_link`."""

    product_ids: list[str] | None = None
    """Ids of the products to add (with `PRODUCT_ID`), at most 20."""

    product_link: str | None = None
    """URL of the product to add (with `PRODUCT_LINK`)."""


class AffiliateCreatorAddShowcaseProductsResponse(ResponseModel):
    """Products that could not be added; omitted when all succeeded."""

    errors: list[AffiliateCreatorAddShowcaseProductsResponseErrorsItem] | None = None
    """One entry per product that failed."""


class AffiliateCreatorAddShowcaseProductsResponseErrorsItem(ResponseModel):
    """A failed product addition."""

    code: int | None = None
    """Error code."""

    message: str | None = None
    """Readable error message."""

    detail: AffiliateCreatorAddShowcaseProductsResponseErrorsItemDetail | None = None
    """What the error is about."""


class AffiliateCreatorAddShowcaseProductsResponseErrorsItemDetail(ResponseModel):
    """What the error is about."""

    product_id: str | None = None
    """Id of the product that failed."""


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


class AffiliateCreatorCheckCreatorSampleEligibilityQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorCheckCreatorSampleEligibility."""

    product_id: str


class AffiliateCreatorCheckCreatorSampleEligibilityResponse(ResponseModel):
    """Sample eligibility of the product for the creator."""

    label: AffiliateCreatorCheckCreatorSampleEligibilityResponseLabel | None = None
    """The eligibility verdict."""


class AffiliateCreatorCheckCreatorSampleEligibilityResponseLabel(ResponseModel):
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

    sample_product: AffiliateCreatorCheckCreatorSampleEligibilityResponseLabelSampleProduct | None = None
    """SKUs of the product offered as samples."""


class AffiliateCreatorCheckCreatorSampleEligibilityResponseLabelSampleProduct(ResponseModel):
    """SKUs of the product offered as samples."""

    sample_sku_list: (
        list[AffiliateCreatorCheckCreatorSampleEligibilityResponseLabelSampleProductSampleSkuListItem] | None
    ) = None
    """Sample SKUs."""


class AffiliateCreatorCheckCreatorSampleEligibilityResponseLabelSampleProductSampleSkuListItem(ResponseModel):
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


class AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorCreatorSearchSampleApplicationFulfillments."""

    sort_order: Literal["ASC", "DESC"] | None = None

    sort_field: Literal["create_time", "expired_time"] | None = None


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

    product_id: str
    """Id of the sampled product."""

    application_type: str
    """Kind of application: `FREE_SAMPLE`, `SAMPLE_COUPON`, `SAMPLE_CAMPAIGN` or `REFUNDABLE_SAMPLE`."""

    application_id: str | None = None
    """Sample application id, for `FREE_SAMPLE`; when omitted, give `main_order_id` instead."""

    main_order_id: str | None = None
    """Id of the sample order; required for `SAMPLE_COUPON`, `SAMPLE_CAMPAIGN` and `REFUNDABLE_SAMPLE`."""


class AffiliateCreatorGetCreatorSampleApplicationDetailResponse(ResponseModel):
    """The requested sample application."""

    sample_application: AffiliateCreatorSampleApplication | None = None
    """A free-sample application of the creator."""


class AffiliateCreatorGetOpenCollaborationProductListByProductIdsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorGetOpenCollaborationProductListByProductIds."""

    product_ids: list[str] | None = None


class AffiliateCreatorGetOpenCollaborationProductListByProductIdsResponse(ResponseModel):
    """Open collaboration products found for the requested ids."""

    products: list[AffiliateCreatorOpenCollaborationProduct] | None = None
    """The products found; may be fewer than requested."""


class AffiliateCreatorGetShopProductsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorGetShopProducts."""

    title_keyword: str | None = None

    sort_field: Literal["PRICE", "PRODUCT_ID", "SALE"] | None = None

    sort_order: Literal["ASC", "DESC"] | None = None

    page_size: int

    page_token: str | None = None


class AffiliateCreatorGetShopProductsResponse(ResponseModel):
    """One page of the bound shop's products."""

    products: list[AffiliateCreatorShopProduct] | None = None
    """Products of this page; empty when nothing matches."""

    total_count: int | None = None
    """Total number of matching products."""

    next_page_token: str | None = None
    """Token of the next page; empty when there are no more products."""


class AffiliateCreatorGetShowcaseProductsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorGetShowcaseProducts."""

    page_size: int

    page_token: str | None = None

    origin: Literal["LIVE", "SHOWCASE"]


class AffiliateCreatorGetShowcaseProductsResponse(ResponseModel):
    """One page of showcase products."""

    products: list[AffiliateCreatorShowcaseProduct] | None = None
    """The products of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Total number of matching products."""


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

    product_ids: list[str]
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


class AffiliateCreatorPriceRange(ResponseModel):
    """The lowest and highest price across a product's SKUs."""

    minimum_amount: str | None = None
    """Lowest price, decimal string."""

    maximum_amount: str | None = None
    """Highest price, decimal string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class AffiliateCreatorRemoveShowcaseProductsRequest(RequestModel):
    """Products to remove from the showcase."""

    product_ids: list[str]
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


class AffiliateCreatorSearchCreatorSampleApplicationsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorSearchCreatorSampleApplications."""

    page_size: int | None = None

    page_token: str | None = None


class AffiliateCreatorSearchCreatorSampleApplicationsRequest(RequestModel):
    """Filter of the sample application search."""

    application_statuses: list[str] | None = None
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

    page_size: int

    page_token: str | None = None


class AffiliateCreatorSearchCreatorTargetCollaborationsRequest(RequestModel):
    """The shop and optional filter of the target collaboration search."""

    shop_id: str
    """Id of the shop whose target collaborations to list."""

    keyword_type: Literal["TARGET_COLLABORATIONS_ID", "TARGET_COLLABORATIONS_NAME"] | None = None
    """What `keyword` holds: `TARGET_COLLABORATIONS_ID` (matches collaborations in any state) or
    `TARGET_COLLABORATIONS_NAME` (matches `LIVE` ones only). Give it together with `keyword`."""

    keyword: str | None = None
    """Collaboration id (decimal integer) or name (under 500 bytes) to search for."""


class AffiliateCreatorSearchCreatorTargetCollaborationsResponse(ResponseModel):
    """One page of target collaborations."""

    target_collaborations: list[AffiliateCreatorTargetCollaboration] | None = None
    """Collaborations of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Total number of matching collaborations."""


class AffiliateCreatorSearchOpenCollaborationProductsQuery(RequestModel):
    """Path and query parameters of AffiliateCreatorSearchOpenCollaborationProducts."""

    page_size: int

    page_token: str | None = None

    sort_field: Literal["commission", "commission_rate", "product_sales_price", "units_sold"] | None = None

    sort_order: Literal["ASC", "DESC"] | None = None


class AffiliateCreatorSearchOpenCollaborationProductsRequest(RequestModel):
    """Filters for the open collaboration product search; all optional."""

    title_keywords: list[str] | None = None
    """Keywords loosely matched against product titles, combined with AND; at most 20, each up to 255
    characters."""

    sales_price_range: AffiliateCreatorSearchOpenCollaborationProductsRequestSalesPriceRange | None = None
    """Price range filter."""

    category: AffiliateCreatorSearchOpenCollaborationProductsRequestCategory | None = None
    """Category filter."""

    commission_rate_range: AffiliateCreatorSearchOpenCollaborationProductsRequestCommissionRateRange | None = None
    """Commission rate filter, in hundredths of a percent."""


class AffiliateCreatorSearchOpenCollaborationProductsRequestCategory(RequestModel):
    """Category filter."""

    id: str | None = None
    """Category id."""


class AffiliateCreatorSearchOpenCollaborationProductsRequestCommissionRateRange(RequestModel):
    """Commission rate filter, in hundredths of a percent."""

    rate_ge: int | None = None
    """Lowest commission rate to include, 100 to 8000."""

    rate_lt: int | None = None
    """Commission rate the products must stay below (at least 1000)."""


class AffiliateCreatorSearchOpenCollaborationProductsRequestSalesPriceRange(RequestModel):
    """Price range filter."""

    amount_ge: str | None = None
    """Lowest price to include (greater than 0)."""

    amount_lt: str | None = None
    """Price the products must stay below; no upper bound when omitted."""


class AffiliateCreatorSearchOpenCollaborationProductsResponse(ResponseModel):
    """One page of open collaboration products."""

    products: list[AffiliateCreatorOpenCollaborationProduct] | None = None
    """Products of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Total number of matching products."""


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

    partner: AffiliateCreatorShowcaseProductCollaborationPartner | None = None
    """The affiliate partner behind the collaboration, if any."""


class AffiliateCreatorShowcaseProductCollaborationPartner(ResponseModel):
    """The affiliate partner behind the collaboration, if any."""

    id: str | None = None
    """Partner id."""

    name: str | None = None
    """Partner name."""


class AffiliateCreatorShowcaseProductCommission(ResponseModel):
    """Commission the creator earns on the product."""

    rate: int | None = None
    """Commission rate in hundredths of a percent (`3587` = 35.87%), 100 to 8000."""

    reward_rate: int | None = None
    """Reward commission rate in hundredths of a percent."""


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

    products: list[AffiliateCreatorTargetCollaborationProductsItem] | None = None
    """Products in the collaboration."""


class AffiliateCreatorTargetCollaborationProductsItem(ResponseModel):
    """A product of the collaboration."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product name."""

    main_image_url: str | None = None
    """URL of the main product image."""

    commission: AffiliateCreatorTargetCollaborationProductsItemCommission | None = None
    """Commission offered for the product."""


class AffiliateCreatorTargetCollaborationProductsItemCommission(ResponseModel):
    """Commission offered for the product."""

    rate: int | None = None
    """Commission rate in hundredths of a percent (`3587` = 35.87%)."""

    amount: str | None = None
    """Estimated commission computed from the product's lowest price."""

    currency: str | None = None
    """ISO 4217 currency code of `amount`."""
