"""Models of the `affiliate_partner` module.

Tools for TikTok Shop affiliate partners (agencies): partner campaigns, the products sellers
register in them, promotion links, creator performance and affiliate orders."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictStr

from tiktok_shop._contract import NullAsEmpty, OpenEnum, RequestModel, ResponseModel
from tiktok_shop._money import DecimalAmount

__all__ = [
    "Amount",
    "CampaignProduct",
    "CampaignProductDetail",
    "CampaignProductStatistic",
    "CampaignSummary",
    "CapSkuOrder",
    "Category",
    "ContactInfo",
    "ContactInfoInput",
    "CreateCampaignQuery",
    "CreateCampaignRequest",
    "CreateCampaignResponse",
    "Creator",
    "CreatorContentStatistic",
    "DisplayAmount",
    "EditCampaignQuery",
    "EditCampaignRequest",
    "EditCampaignResponse",
    "GenerateCampaignProductLinkQuery",
    "GenerateCampaignProductLinkRequest",
    "GenerateCampaignProductLinkResponse",
    "GenerateCampaignProductLinksQuery",
    "GenerateCampaignProductLinksRequest",
    "GenerateCampaignProductLinksResponse",
    "GetCampaignDetailQuery",
    "GetCampaignDetailResponse",
    "GetCampaignProductCreatorPerformanceQuery",
    "GetCampaignProductCreatorPerformanceResponse",
    "GetCampaignProductPerformanceQuery",
    "GetCampaignProductPerformanceResponse",
    "GetCampaignProductsQuery",
    "GetCampaignProductsResponse",
    "GetCampaignsQuery",
    "GetCampaignsResponse",
    "GetCreatorContentStatisticsQuery",
    "GetCreatorContentStatisticsResponse",
    "GetCreatorSampleStatusQuery",
    "GetCreatorSampleStatusResponse",
    "IndicatorData",
    "Inventory",
    "NewContactInfo",
    "ProductPrice",
    "ProductPromotionLink",
    "ProductThumbnail",
    "PromotionCreator",
    "Property",
    "PublishCampaignQuery",
    "PublishCampaignResponse",
    "ReviewCampaignProductQuery",
    "ReviewCampaignProductRequest",
    "ReviewCampaignProductResponse",
    "SampleStatus",
    "SearchCapOrdersQuery",
    "SearchCapOrdersRequest",
    "SearchCapOrdersResponse",
    "SearchTapOrdersQuery",
    "SearchTapOrdersRequest",
    "SearchTapOrdersResponse",
    "SkuInformation",
    "SkuPrice",
    "TapSkuOrder",
    "TargetShop",
    "TrackingResult",
]


class Amount(ResponseModel):
    """A money amount with its currency."""

    amount: DecimalAmount | None = None
    """The amount as a decimal string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class CampaignProduct(ResponseModel):
    """A product a seller registered in the campaign."""

    id: str | None = None
    """Product id."""

    name: str | None = None
    """Product name."""

    product_description: str | None = None
    """Product description."""

    review_status: OpenEnum[Literal["APPROVED", "CLOSED", "PENDING", "PENDING_CLOSED", "REJECTED"]] | None = None
    """Partner review state."""

    main_image_url: str | None = None
    """URL of the main product image."""

    lowest_price: Amount | None = None
    """A money amount with its currency."""

    highest_price: Amount | None = None
    """A money amount with its currency."""

    inventory: int | None = None
    """Units in stock across all SKUs."""

    shop_name: str | None = None
    """Shop name."""

    total_commission_rate: int | None = None
    """Total commission rate, in hundredths of a percent."""

    creator_commission_rate: int | None = None
    """Creator's share of the commission, in hundredths of a percent."""

    partner_commission_rate: int | None = None
    """Partner's share of the commission, in hundredths of a percent."""

    open_collaboration_commission_rate: int | None = None
    """Open collaboration commission rate of the product, in hundredths of a percent."""

    is_available: bool | None = None
    """True when a product URL is available."""

    product_sales: int | None = None
    """Units sold through this campaign."""

    category: Category | None = None
    """Product category."""

    sample_quota: int | None = None
    """Samples the seller makes available to creators."""

    sku_information_list: NullAsEmpty[list[SkuInformation]] = Field(default_factory=list)
    """SKUs (variants) of the product."""


class CampaignProductDetail(ResponseModel):
    """The product, its commission split and indicators."""

    product_id: str | None = None
    """Product id."""

    product_status: (
        OpenEnum[
            Literal[
                "PRODUCT_APPROVED",
                "PRODUCT_CLOSED",
                "PRODUCT_PENDING",
                "PRODUCT_PENDING_CLOSED",
                "PRODUCT_REJECTED",
                "PRODUCT_UNSPECIFIED",
            ]
        ]
        | None
    ) = None
    """Product state in the campaign."""

    product_name: str | None = None
    """Product name."""

    product_stock_count: str | None = None
    """Stock across all SKUs."""

    total_commission_percent: str | None = None
    """Total commission rate (creator + partner), in hundredths of a percent (`1000` = 10%)."""

    creator_commission_percent: str | None = None
    """Creator's commission rate, in hundredths of a percent."""

    partner_commission_percent: str | None = None
    """Partner's commission rate, in hundredths of a percent."""

    plan_commission_percent: str | None = None
    """Open collaboration commission rate, in hundredths of a percent."""

    product_price: ProductPrice | None = None
    """Price range of the product."""

    product_thumbnail: ProductThumbnail | None = None
    """Product thumbnail image."""

    indicator_data: IndicatorData | None = None
    """Sales and engagement indicators (numbers sent as strings)."""


class CampaignProductStatistic(ResponseModel):
    """Performance of one campaign product."""

    data_update_time: str | None = None
    """When the statistics were last updated (Unix time, as a string)."""

    creator_sales_num: int | None = None
    """Creators with at least one sale of the product."""

    collaborated_creators_num: int | None = None
    """Creators collaborating on the product."""

    promoted_creator_num: int | None = None
    """Creators promoting the product."""

    sample_requested_creator_num: int | None = None
    """Creators who requested a sample."""

    campaign_product_detail: CampaignProductDetail | None = None
    """The product, its commission split and indicators."""


class CampaignSummary(ResponseModel):
    """A campaign in the partner's list."""

    id: str | None = None
    """Campaign id."""

    name: str | None = None
    """Campaign name."""

    status: OpenEnum[Literal["CLOSED", "ONGOING", "READY", "UPCOMING"]] | None = None
    """Campaign status."""

    registration_start_time: int | None = None
    """Start of seller product registration (Unix seconds)."""

    registration_end_time: int | None = None
    """End of seller product registration (Unix seconds)."""

    campaign_start_time: int | None = None
    """Campaign start (Unix seconds)."""

    campaign_end_time: int | None = None
    """Campaign end (Unix seconds)."""


class CapSkuOrder(ResponseModel):
    """One SKU of an affiliate order seen by a creator agency partner."""

    id: str | None = None
    """Main order id."""

    sku_id: str | None = None
    """SKU id."""

    tags: str | None = None
    """Custom tracking id of the order."""

    create_time: int | None = None
    """When the order was created (Unix seconds)."""

    delivery_time: int | None = None
    """When the order was delivered (Unix seconds), if known."""

    settlement_time: int | None = None
    """When the commission was settled (Unix seconds), if known."""

    last_update_time: int | None = None
    """When the record last changed (Unix seconds)."""

    settle_status: str | None = None
    """Settlement state: `CUSTOMER UNPAID`, `PENDING` (still refundable, estimates only), `SETTLED`,
    `INELIGIBLE` (returned or cancelled, no commission), `FROZEN` (suspected fraud)."""

    open_collaboration_id: str | None = None
    """Open collaboration id, if any."""

    target_collaboration_id: str | None = None
    """Target collaboration id, if any."""

    creator_username: str | None = None
    """Creator's username."""

    product_id: str | None = None
    """Product id."""

    product_name: str | None = None
    """Product name."""

    shop_name: str | None = None
    """Seller's shop name."""

    price: Amount | None = None
    """A money amount with its currency."""

    quantity: int | None = None
    """Units ordered, refunded ones included."""

    content_type: OpenEnum[Literal["LINKSHARE", "LIVE", "PRE_LIVE", "PROMOTION_PAGE", "SHOP", "VIDEO"]] | None = None
    """Kind of content the order came from."""

    content_id: str | None = None
    """Content id."""

    attribution_type: str | None = None
    """For `LINKSHARE`: `Direct` (same shop) or `Indirect` (usually a lower rate); empty otherwise."""

    commission_model: str | None = None
    """`Fixed commission` or `Tiered commission`."""

    commission_tier_setting: str | None = None
    """Tier rates set by the seller, as percentages joined by ` OR `; `-` for fixed commission."""

    standard_commission_rate: int | None = None
    """Seller-to-creator standard rate, in hundredths of a percent (`3000` = 30%)."""

    commission_bonus_rate: int | None = None
    """TikTok Shop bonus rate to the creator, in hundredths of a percent."""

    shop_ads_commission_rate: int | None = None
    """Shop Ads rate to the creator, in hundredths of a percent."""

    tap_bonus_commission_rate: int | None = None
    """Bonus rate the affiliate partner gives the creator, in hundredths of a percent."""

    revenue_sharing_portion_rate: int | None = None
    """Creator / agency revenue-sharing rate, in hundredths of a percent."""

    estimated_commission_base: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_standard_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_bonus_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_shop_ads_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_tap_bonus_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_creator_tax_isr: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_creator_tax_iva: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_creator_tax_pit: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_creator_total_earnings_after_tax: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_total_agency_earnings: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_agency_isr: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_agency_iva: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_commission_base: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_standard_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_bonus_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_shop_ads_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_tap_bonus_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_creator_tax_isr: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_creator_tax_iva: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_creator_tax_pit: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_creator_total_earnings_after_tax: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_total_agency_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_agency_isr: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_agency_iva: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    fully_return: str | None = None
    """`Yes` when the SKU was fully returned or refunded (no commission), otherwise `No`."""

    is_carousel: bool | None = None
    """True when attributed to carousel content (which may lower the rate)."""


class Category(ResponseModel):
    """Product category."""

    id: str | None = None
    """Category id."""

    name: str | None = None
    """Category name."""


class ContactInfo(ResponseModel):
    """How sellers can reach the partner. Phone numbers are in E.164 format; the messenger required depends
    on the market (WhatsApp MY/SG/GB/ID, Zalo VN, Viber PH, LINE TH)."""

    email: str | None = None
    """Email address."""

    phone: str | None = None
    """Phone number."""

    whatsapp: str | None = None
    """WhatsApp number (MY, SG, GB, ID; optional for US)."""

    zalo: str | None = None
    """Zalo number (VN)."""

    viber: str | None = None
    """Viber number (PH)."""

    line: str | None = None
    """LINE number (TH)."""


class ContactInfoInput(RequestModel):
    """How sellers can reach the partner. Phone numbers are in E.164 format; the messenger required depends
    on the market (WhatsApp MY/SG/GB/ID, Zalo VN, Viber PH, LINE TH)."""

    email: str | None = Field(default=None, strict=True)
    """Email address."""

    phone: str | None = Field(default=None, strict=True)
    """Phone number."""

    whatsapp: str | None = Field(default=None, strict=True)
    """WhatsApp number (MY, SG, GB, ID; optional for US)."""

    zalo: str | None = Field(default=None, strict=True)
    """Zalo number (VN)."""

    viber: str | None = Field(default=None, strict=True)
    """Viber number (PH)."""

    line: str | None = Field(default=None, strict=True)
    """LINE number (TH)."""


class CreateCampaignQuery(RequestModel):
    """Path and query parameters of AffiliatePartnerCreateAffiliatePartnerCampaign."""

    category_asset_cipher: str = Field(min_length=1, strict=True)
    """Cipher of the partner's category asset (the partner account context) the request acts for; keep it
    the same across pages."""


class CreateCampaignRequest(RequestModel):
    """The campaign to create. Give exactly one of `target_shop_codes` and `target_seller_types`."""

    name: str = Field(max_length=50, strict=True)
    """Campaign name, 1 to 50 characters, not starting with a space."""

    description: str = Field(max_length=1000, strict=True)
    """Campaign description, 1 to 1000 characters, not starting with a space."""

    campaign_start_time: int = Field(strict=True)
    """Campaign start (Unix seconds), not in the past."""

    campaign_end_time: int = Field(strict=True)
    """Campaign end (Unix seconds); the campaign lasts 1 to 360 days."""

    registration_start_time: int = Field(strict=True)
    """Start of seller registration (Unix seconds); must equal `campaign_start_time`."""

    registration_end_time: int = Field(strict=True)
    """End of seller registration (Unix seconds); at least one day after the start and not after the
    campaign end."""

    commission_rate: int = Field(ge=100.0, le=8000.0, strict=True)
    """Total commission rate shown to sellers, in hundredths of a percent, 100 to 8000."""

    contact_info: NewContactInfo
    """How sellers can reach the partner of a new campaign: the same channels as
    `AffiliatePartnerContactInfo`, with the email address required (TikTok's docs)."""

    target_shop_codes: list[StrictStr] | None = None
    """Shop codes (from Seller Central's profile) of the sellers invited; fewer than 100."""

    target_seller_types: list[Literal["CROSS_BORDER", "LOCAL"]] | None = None
    """Seller types invited instead of specific shops."""


class CreateCampaignResponse(ResponseModel):
    """The created campaign."""

    campaign_id: str | None = None
    """Id of the new campaign."""


class Creator(ResponseModel):
    """The creator's public profile."""

    nick_name: str | None = None
    """TikTok nickname."""

    user_name: str | None = None
    """TikTok username."""

    avatar_url: str | None = None
    """Avatar image URL."""

    follower_num: int | None = None
    """Number of followers."""

    creator_open_id: str | None = None
    """Creator open id."""


class CreatorContentStatistic(ResponseModel):
    """Statistics of one video or live room."""

    content_type: OpenEnum[Literal["LIVE_ROOM", "VIDEO"]] | None = None
    """`VIDEO` or `LIVE_ROOM`."""

    cover_img_url: str | None = None
    """Live room cover image URL (not set for videos)."""

    source_url: str | None = None
    """URL to watch the video or the live recording."""

    linked_tiktok_video: str | None = None
    """Friendly TikTok URL of the video."""

    view_count: str | None = None
    """Views."""

    like_count: str | None = None
    """Likes."""

    comment_num: str | None = None
    """Comments."""

    paid_order_num: str | None = None
    """Paid orders attributed to the content."""

    paid_amount: DecimalAmount | None = None
    """Value of the attributed orders."""

    published_date: str | None = None
    """Date the video was published or the live started (`YYYY_MM_DD` per TikTok's docs)."""

    content_end_date: str | None = None
    """Date the live ended; not set for videos."""


class DisplayAmount(ResponseModel):
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    amount: DecimalAmount | None = None
    """The amount as a string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class EditCampaignQuery(RequestModel):
    """Path and query parameters of AffiliatePartnerEditAffiliatePartnerCampaign."""

    campaign_id: str = Field(min_length=1, strict=True)
    """Campaign id."""

    category_asset_cipher: str = Field(min_length=1, strict=True)
    """Cipher of the partner's category asset (the partner account context) the request acts for; keep it
    the same across pages."""


class EditCampaignRequest(RequestModel):
    """Campaign fields to change; omitted fields are kept."""

    name: str | None = Field(default=None, max_length=50, strict=True)
    """Campaign name, 1 to 50 characters, not starting with a space."""

    description: str | None = Field(default=None, max_length=1000, strict=True)
    """Campaign description, 1 to 1000 characters, not starting with a space."""

    campaign_start_time: int | None = Field(default=None, strict=True)
    """Campaign start (Unix seconds); only while `READY` or `UPCOMING`."""

    campaign_end_time: int | None = Field(default=None, strict=True)
    """Campaign end (Unix seconds), within 360 days of the start."""

    registration_start_time: int | None = Field(default=None, strict=True)
    """Start of seller registration (Unix seconds); only while `READY` or `UPCOMING`."""

    registration_end_time: int | None = Field(default=None, strict=True)
    """End of seller registration (Unix seconds)."""

    commission_rate: int | None = Field(default=None, ge=100.0, le=8000.0, strict=True)
    """Total commission rate shown to sellers, in hundredths of a percent, 100 to 8000."""

    contact_info: ContactInfoInput | None = None
    """How sellers can reach the partner. Phone numbers are in E.164 format; the messenger required depends
    on the market (WhatsApp MY/SG/GB/ID, Zalo VN, Viber PH, LINE TH)."""

    target_shop_codes: list[StrictStr] | None = None
    """Shop codes of the sellers invited (fewer than 100); send empty to switch to seller types."""

    target_seller_types: list[Literal["CROSS_BORDER", "LOCAL"]] | None = None
    """Seller types invited; send empty to switch to shop codes."""


class EditCampaignResponse(ResponseModel):
    """Empty; success is told by the envelope."""

    pass


class GenerateCampaignProductLinkQuery(RequestModel):
    """Path and query parameters of AffiliatePartnerGenerateAffiliatePartnerCampaignProductLink."""

    campaign_id: str = Field(min_length=1, strict=True)
    """Campaign id."""

    product_id: str = Field(min_length=1, strict=True)
    """Product id."""

    category_asset_cipher: str = Field(min_length=1, strict=True)
    """Cipher of the partner's category asset (the partner account context) the request acts for; keep it
    the same across pages."""


class GenerateCampaignProductLinkRequest(RequestModel):
    """Commission terms of the link."""

    creator_commission_rate: int = Field(ge=100.0, strict=True)
    """Commission paid to the creator, in hundredths of a percent: at least 100 (1%) and at most the
    seller's total rate."""


class GenerateCampaignProductLinkResponse(ResponseModel):
    """The generated link."""

    product_promotion_link: str | None = None
    """Promotion link to share with creators; opening it in TikTok lets the creator add the product to the
    showcase."""


class GenerateCampaignProductLinksQuery(RequestModel):
    """Path and query parameters of AffiliatePartnerGenerateCampaignProductPromotionLinksInBatch."""

    campaign_id: str = Field(min_length=1, strict=True)
    """Campaign id."""

    category_asset_cipher: str | None = Field(default=None, strict=True)
    """Cipher of the partner's category asset the request acts for."""


class GenerateCampaignProductLinksRequest(RequestModel):
    """Products to generate links for."""

    product_ids: list[StrictStr] | None = Field(default=None, max_length=50)
    """Product ids, at most 50."""


class GenerateCampaignProductLinksResponse(ResponseModel):
    """Generated links."""

    product_promotion_links: NullAsEmpty[list[ProductPromotionLink]] = Field(default_factory=list)
    """Links of the products that succeeded."""

    failed_product_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Products for which no link could be generated."""


class GetCampaignDetailQuery(RequestModel):
    """Path and query parameters of AffiliatePartnerGetAffiliatePartnerCampaignDetail."""

    campaign_id: str = Field(min_length=1, strict=True)
    """Campaign id."""

    category_asset_cipher: str = Field(min_length=1, strict=True)
    """Cipher of the partner's category asset (the partner account context) the request acts for; keep it
    the same across pages."""


class GetCampaignDetailResponse(ResponseModel):
    """A campaign's details."""

    id: str | None = None
    """Campaign id."""

    name: str | None = None
    """Campaign name (up to 50 characters)."""

    description: str | None = None
    """Campaign description (up to 1000 characters)."""

    status: OpenEnum[Literal["CLOSED", "ONGOING", "READY", "UPCOMING"]] | None = None
    """Campaign status."""

    region: str | None = None
    """Region of the campaign."""

    registration_start_time: int | None = None
    """Start of seller registration (Unix seconds); editable only while `READY` or `UPCOMING`."""

    registration_end_time: int | None = None
    """End of seller registration (Unix seconds)."""

    campaign_start_time: int | None = None
    """Campaign start (Unix seconds); editable only while `READY` or `UPCOMING`."""

    campaign_end_time: int | None = None
    """Campaign end (Unix seconds)."""

    commission_rate: int | None = None
    """Total commission rate shown to sellers, in hundredths of a percent."""

    contact_info: ContactInfo | None = None
    """How sellers can reach the partner. Phone numbers are in E.164 format; the messenger required depends
    on the market (WhatsApp MY/SG/GB/ID, Zalo VN, Viber PH, LINE TH)."""

    target_shops: NullAsEmpty[list[TargetShop]] = Field(default_factory=list)
    """Shops invited to register."""

    target_seller_types: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Seller types invited, `LOCAL` and/or `CROSS_BORDER`."""


class GetCampaignProductCreatorPerformanceQuery(RequestModel):
    """Path and query parameters of AffiliatePartnerGetCreatorPerformanceForCampaignProduct."""

    campaign_id: str = Field(min_length=1, strict=True)
    """Campaign id."""

    product_id: str = Field(min_length=1, strict=True)
    """Product id."""

    page_size: int | None = Field(default=None, ge=1, strict=True)
    """Number of items per page."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    category_asset_cipher: str = Field(min_length=1, strict=True)
    """Cipher of the partner's category asset (the partner account context) the request acts for; keep it
    the same across pages."""


class GetCampaignProductCreatorPerformanceResponse(ResponseModel):
    """One page of creators promoting the product."""

    promotion_creators: NullAsEmpty[list[PromotionCreator]] = Field(default_factory=list)
    """Creators of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty when there are no more."""

    total_creator_count: int | None = None
    """Total number of creators promoting the product."""


class GetCampaignProductPerformanceQuery(RequestModel):
    """Path and query parameters of AffiliatePartnerGetCampaignProductPerformanceList."""

    campaign_id: str = Field(min_length=1, strict=True)
    """Campaign id."""

    page_size: int | None = Field(default=None, ge=1, strict=True)
    """Number of items per page."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    category_asset_cipher: str = Field(min_length=1, strict=True)
    """Cipher of the partner's category asset (the partner account context) the request acts for; keep it
    the same across pages."""


class GetCampaignProductPerformanceResponse(ResponseModel):
    """One page of campaign product statistics."""

    campaign_product_statistics: NullAsEmpty[list[CampaignProductStatistic]] = Field(default_factory=list)
    """Statistics of this page's products."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Number of products in the campaign."""


class GetCampaignProductsQuery(RequestModel):
    """Path and query parameters of AffiliatePartnerGetAffiliatePartnerCampaignProductList."""

    campaign_id: str = Field(min_length=1, strict=True)
    """Campaign id."""

    category_asset_cipher: str = Field(min_length=1, strict=True)
    """Cipher of the partner's category asset (the partner account context) the request acts for; keep it
    the same across pages."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    review_status: Literal["APPROVED", "CLOSED", "PENDING", "PENDING_CLOSED", "REJECTED"] | None = None
    """Review state filter."""

    product_name: str | None = Field(default=None, strict=True)
    """Product name filter."""

    product_id: str | None = Field(default=None, strict=True)
    """Product id filter."""

    shop_name: str | None = Field(default=None, strict=True)
    """Shop name filter."""

    category_id: str | None = Field(default=None, strict=True)
    """Category id filter."""


class GetCampaignProductsResponse(ResponseModel):
    """One page of campaign products."""

    products: NullAsEmpty[list[CampaignProduct]] = Field(default_factory=list)
    """Products of this page."""

    next_page_token: str | None = None
    """Token of the next page (keep the same filters); empty on the last page."""

    total_count: int | None = None
    """Total number of matching products."""


class GetCampaignsQuery(RequestModel):
    """Path and query parameters of AffiliatePartnerGetAffiliatePartnerCampaignList."""

    category_asset_cipher: str = Field(min_length=1, strict=True)
    """Cipher of the partner's category asset (the partner account context) the request acts for; keep it
    the same across pages."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    status: str | None = Field(default=None, strict=True)
    """Campaign status filter, e.g. `READY`, `UPCOMING`, `ONGOING`, `CLOSED`."""

    type_: str | None = Field(default=None, alias="type", strict=True)
    """Campaign category filter (e.g. partner-created or joined campaigns)."""

    query_type_filter: str | None = Field(default=None, strict=True)
    """Participation-state filter of the campaigns."""


class GetCampaignsResponse(ResponseModel):
    """One page of campaigns."""

    campaigns: NullAsEmpty[list[CampaignSummary]] = Field(default_factory=list)
    """Campaigns of this page."""

    next_page_token: str | None = None
    """Token of the next page (keep the same filters); empty on the last page."""

    total_count: int | None = None
    """Total number of matching campaigns."""


class GetCreatorContentStatisticsQuery(RequestModel):
    """Path and query parameters of AffiliatePartnerGetAffiliateCampaignCreatorProductContentStatistics."""

    campaign_id: str = Field(min_length=1, strict=True)
    """Campaign id."""

    product_id: str = Field(min_length=1, strict=True)
    """Product id."""

    creator_temp_id: str = Field(min_length=1, strict=True)
    """Temporary id identifying the creator within the campaign."""

    affiliate_product_id: str = Field(min_length=1, strict=True)
    """Affiliate product id of the promotion (from the creator performance list)."""

    content_type: str | None = Field(default=None, strict=True)
    """Restrict to one kind of content, `VIDEO` or `LIVE_ROOM`."""

    category_asset_cipher: str = Field(min_length=1, strict=True)
    """Cipher of the partner's category asset (the partner account context) the request acts for; keep it
    the same across pages."""


class GetCreatorContentStatisticsResponse(ResponseModel):
    """The creator's content about the product."""

    creator_content_statistics: NullAsEmpty[list[CreatorContentStatistic]] = Field(default_factory=list)
    """One entry per video or live room."""


class GetCreatorSampleStatusQuery(RequestModel):
    """Path and query parameters of AffiliatePartnerGetAffiliateCampaignCreatorProductSampleStatus."""

    campaign_id: str = Field(min_length=1, strict=True)
    """Campaign id."""

    product_id: str = Field(min_length=1, strict=True)
    """Product id."""

    creator_temp_id: str = Field(min_length=1, strict=True)
    """Temporary id identifying the creator within the campaign."""

    category_asset_cipher: str = Field(min_length=1, strict=True)
    """Cipher of the partner's category asset (the partner account context) the request acts for; keep it
    the same across pages."""


class GetCreatorSampleStatusResponse(ResponseModel):
    """Delivery state of the creator's sample."""

    sample_status: SampleStatus | None = None
    """The sample shipment."""


class IndicatorData(ResponseModel):
    """Sales and engagement indicators (numbers sent as strings)."""

    paid_order_num: str | None = None
    """Paid orders, returned ones included."""

    actual_order_num: str | None = None
    """Paid orders not returned."""

    estimated_amount: DecimalAmount | None = None
    """Payment amount of `paid_order_num`."""

    actual_amount: DecimalAmount | None = None
    """GMV, payment amount of `actual_order_num`."""

    estimated_partner_commission: DecimalAmount | None = None
    """Partner commission on `paid_order_num`."""

    actual_partner_commission: DecimalAmount | None = None
    """Partner commission on `actual_order_num`."""

    creator_sales_num: str | None = None
    """Creators with at least one sale."""

    collaborated_creators_num: str | None = None
    """Creators collaborating."""

    promoted_creator_num: str | None = None
    """Creators promoting."""

    sample_requested_creator_num: str | None = None
    """Creators who requested a sample."""


class Inventory(ResponseModel):
    """Stock of the SKU."""

    available_quantity: str | None = None
    """Units available in the warehouse."""


class NewContactInfo(RequestModel):
    """How sellers can reach the partner of a new campaign: the same channels as
    `AffiliatePartnerContactInfo`, with the email address required (TikTok's docs)."""

    email: str = Field(strict=True)
    """Email address."""

    phone: str | None = Field(default=None, strict=True)
    """Phone number."""

    whatsapp: str | None = Field(default=None, strict=True)
    """WhatsApp number (MY, SG, GB, ID; optional for US)."""

    zalo: str | None = Field(default=None, strict=True)
    """Zalo number (VN)."""

    viber: str | None = Field(default=None, strict=True)
    """Viber number (PH)."""

    line: str | None = Field(default=None, strict=True)
    """LINE number (TH)."""


class ProductPrice(ResponseModel):
    """Price range of the product."""

    min_price: DecimalAmount | None = None
    """Lowest price."""

    max_price: DecimalAmount | None = None
    """Highest price."""

    currency: str | None = None
    """ISO 4217 currency code."""


class ProductPromotionLink(ResponseModel):
    """The link of one product."""

    product_id: str | None = None
    """Product id."""

    link: str | None = None
    """Promotion link; opens the add-product page in the TikTok app for creators."""


class ProductThumbnail(ResponseModel):
    """Product thumbnail image."""

    uri: str | None = None
    """Image URI."""

    url_list: NullAsEmpty[list[str]] = Field(default_factory=list)
    """URLs of the image."""


class PromotionCreator(ResponseModel):
    """A creator promoting a campaign product, with results."""

    creator: Creator | None = None
    """The creator's public profile."""

    affiliate_product_id: str | None = None
    """Affiliate product id of this promotion (for the content statistics)."""

    commission: DecimalAmount | None = None
    """Commission rate, in hundredths of a percent (`1000` = 10%)."""

    effective_start_time: str | None = None
    """Start of the collaboration (Unix time, as a string)."""

    effective_end_time: str | None = None
    """End of the collaboration (Unix time, as a string)."""

    free_sample_status: str | None = None
    """State of the creator's sample request, e.g. `NOT_REQUESTED`, `PENDING`, `AWAITING_SHIPMENT`,
    `SHIPPED`, `CONTENT_PENDING`, `COMPLETED` or a `*_CANCELLED` state."""

    paid_amount: Amount | None = None
    """A money amount with its currency."""

    room_count: int | None = None
    """Live rooms promoting the product."""

    video_count: int | None = None
    """Videos promoting the product."""


class Property(ResponseModel):
    """One sales property."""

    name: str | None = None
    """Property name."""

    value_name: str | None = None
    """Property value."""


class PublishCampaignQuery(RequestModel):
    """Path and query parameters of AffiliatePartnerPublishAffiliatePartnerCampaign."""

    campaign_id: str = Field(min_length=1, strict=True)
    """Campaign id."""

    category_asset_cipher: str = Field(min_length=1, strict=True)
    """Cipher of the partner's category asset (the partner account context) the request acts for; keep it
    the same across pages."""


class PublishCampaignResponse(ResponseModel):
    """Empty; success is told by the envelope."""

    pass


class ReviewCampaignProductQuery(RequestModel):
    """Path and query parameters of AffiliatePartnerReviewAffiliatePartnerCampaignProduct."""

    campaign_id: str = Field(min_length=1, strict=True)
    """Campaign id."""

    product_id: str = Field(min_length=1, strict=True)
    """Product id."""

    category_asset_cipher: str = Field(min_length=1, strict=True)
    """Cipher of the partner's category asset (the partner account context) the request acts for; keep it
    the same across pages."""


class ReviewCampaignProductRequest(RequestModel):
    """The review decision."""

    review_result: Literal["APPROVE", "REJECT", "REJECT_FOREVER"]
    """`APPROVE`, `REJECT`, or `REJECT_FOREVER` (the seller cannot submit it again)."""

    reject_reasons: (
        list[Literal["COMMISSION_TOO_LOW", "NO_SUITABLE_CREATOR", "PRODUCT_HARD_TO_PROMOTE", "PRODUCT_TOO_EXPENSIVE"]]
        | None
    ) = None
    """Why the product is rejected, with `REJECT` or `REJECT_FOREVER`."""


class ReviewCampaignProductResponse(ResponseModel):
    """Empty; success is told by the envelope."""

    pass


class SampleStatus(ResponseModel):
    """The sample shipment."""

    shipping_provider_name: str | None = None
    """Shipping provider."""

    delivery_option: OpenEnum[Literal["ECONOMY_SHIPPING", "PREMIUM_SHIPPING"]] | None = None
    """Delivery option."""

    estimated_earliest_delivery_date: str | None = None
    """Earliest estimated delivery (Unix time, as a string)."""

    estimated_latest_delivery_date: str | None = None
    """Latest estimated delivery (Unix time, as a string)."""

    quantity: int | None = None
    """Units shipped."""

    tracking_results: NullAsEmpty[list[TrackingResult]] = Field(default_factory=list)
    """Tracking events."""


class SearchCapOrdersQuery(RequestModel):
    """Path and query parameters of AffiliatePartnerSearchCAPAffiliateOrders."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    category_asset_cipher: str = Field(min_length=1, strict=True)
    """Cipher of the partner's category asset (the partner account context) the request acts for; keep it
    the same across pages."""


class SearchCapOrdersRequest(RequestModel):
    """Filters of the CAP order search, combined with AND; all optional."""

    order_id: str | None = Field(default=None, strict=True)
    """Main order id."""

    product_id: str | None = Field(default=None, strict=True)
    """Product id."""

    settle_status: Literal[1, 2, 3, 4, 5] | None = None
    """Settlement state as a number: `1` customer unpaid, `2` pending, `3` settled, `4` ineligible, `5`
    frozen."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Orders created at or after this time (Unix seconds); give it with `create_time_lt`, window at most
    92 days."""

    create_time_lt: int | None = Field(default=None, strict=True)
    """Orders created before this time (Unix seconds)."""


class SearchCapOrdersResponse(ResponseModel):
    """One page of CAP SKU orders."""

    sku_orders: NullAsEmpty[list[CapSkuOrder]] = Field(default_factory=list)
    """SKU orders of this page."""

    next_page_token: str | None = None
    """Token of the next page; it keeps only the sort position, so resend the same filters with it."""

    total_count: int | None = None
    """Total number of matching SKU orders."""


class SearchTapOrdersQuery(RequestModel):
    """Path and query parameters of AffiliatePartnerSearchTAPAffiliateOrders."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    category_asset_cipher: str = Field(min_length=1, strict=True)
    """Cipher of the partner's category asset (the partner account context) the request acts for; keep it
    the same across pages."""


class SearchTapOrdersRequest(RequestModel):
    """Filters of the TAP order search; all optional."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Orders created at or after this time (Unix seconds); give it with `create_time_lt`, window at most
    three months."""

    create_time_lt: int | None = Field(default=None, strict=True)
    """Orders created before this time (Unix seconds)."""

    campaign_id: str | None = Field(default=None, strict=True)
    """Only orders of this TAP campaign."""


class SearchTapOrdersResponse(ResponseModel):
    """One page of TAP SKU orders."""

    sku_orders: NullAsEmpty[list[TapSkuOrder]] = Field(default_factory=list)
    """SKU orders of this page."""

    next_page_token: str | None = None
    """Token of the next page (keep the same filters); absent on the last page."""

    total_count: int | None = None
    """Total number of matching SKU orders."""


class SkuInformation(ResponseModel):
    """One SKU."""

    sku_id: str | None = None
    """SKU id."""

    sku_name: str | None = None
    """SKU name."""

    inventory: Inventory | None = None
    """Stock of the SKU."""

    base_price: SkuPrice | None = None
    """Prices of a SKU in one region."""

    region_prices: NullAsEmpty[list[SkuPrice]] = Field(default_factory=list)
    """Prices per region."""

    properties: NullAsEmpty[list[Property]] = Field(default_factory=list)
    """Sales properties of the SKU."""


class SkuPrice(ResponseModel):
    """Prices of a SKU in one region."""

    region_code: str | None = None
    """Region code."""

    currency: str | None = None
    """ISO 4217 currency code of the prices."""

    list_price: DecimalAmount | None = None
    """Verified list price (manufacturer's suggested retail price)."""

    sale_price: DecimalAmount | None = None
    """Selling price including tax (Chinese cross-border sellers only)."""

    localized_dutiable_price: DecimalAmount | None = None
    """Localized dutiable price."""


class TapSkuOrder(ResponseModel):
    """One SKU of an affiliate order seen by a TikTok Shop affiliate partner."""

    id: str | None = None
    """Main order id."""

    sku_id: str | None = None
    """SKU id."""

    campaign_id: str | None = None
    """TAP campaign of the order."""

    create_time: int | None = None
    """When the order was created (Unix seconds)."""

    delivery_time: int | None = None
    """When the order was delivered (Unix seconds)."""

    settlement_time: int | None = None
    """When the commission was settled (Unix seconds)."""

    last_update_time: int | None = None
    """When the record last changed (Unix seconds)."""

    settle_status: str | None = None
    """Settlement state: `CUSTOMER UNPAID`, `PENDING` (still refundable, estimates only), `SETTLED`,
    `INELIGIBLE` (returned or cancelled, no commission), `FROZEN` (suspected fraud)."""

    creator_username: str | None = None
    """Creator's username."""

    product_id: str | None = None
    """Product id."""

    product_name: str | None = None
    """Product name."""

    price: Amount | None = None
    """A money amount with its currency."""

    quantity: int | None = None
    """Units ordered, refunded ones included."""

    content_type: OpenEnum[Literal["LINKSHARE", "LIVE", "PRE_LIVE", "PROMOTION_PAGE", "SHOP", "VIDEO"]] | None = None
    """Kind of content the order came from."""

    content_id: str | None = None
    """Content id."""

    creator_standard_commission_rate: int | None = None
    """Creator's standard rate, in hundredths of a percent (`3000` = 30%)."""

    partner_standard_commission_rate: int | None = None
    """Partner's standard rate, in hundredths of a percent."""

    creator_shop_ads_commission_rate: int | None = None
    """Creator's Shop Ads rate, in hundredths of a percent."""

    partner_shop_ads_commission_rate: int | None = None
    """Partner's Shop Ads rate, in hundredths of a percent."""

    partner_tap_bonus_commission_rate: int | None = None
    """Extra rate TikTok Shop gives the partner in specific campaigns, in hundredths of a percent."""

    creator_tap_bonus_commission_rate: int | None = None
    """Reward rate the partner passes to the creator, in hundredths of a percent."""

    estimated_commission_base: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_creator_standard_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_partner_standard_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_creator_shop_ads_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_partner_shop_ads_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_partner_tap_bonus_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_creator_tap_bonus_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_partner_isr: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    estimated_partner_iva: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_commission_base: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_creator_standard_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_partner_standard_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_creator_shop_ads_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_partner_shop_ads_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_partner_tap_bonus_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_creator_tap_bonus_commission: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_partner_isr: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    actual_partner_iva: DisplayAmount | None = None
    """A commission, tax or earnings amount. The string may be a localized display value; `actual_*`
    amounts are present only once the order is `SETTLED` or `INELIGIBLE`."""

    fully_return: str | None = None
    """`Yes` when the SKU was fully returned or refunded (no commission), otherwise `No`."""

    is_carousel: bool | None = None
    """True when attributed to carousel content (which may lower the rate)."""


class TargetShop(ResponseModel):
    """An invited shop."""

    code: str | None = None
    """Shop code as shown in Seller Central."""

    name: str | None = None
    """Shop name."""


class TrackingResult(ResponseModel):
    """One tracking event."""

    tracking_event_update_date: str | None = None
    """When the event was last updated (Unix time, as a string)."""

    tracking_event_description: str | None = None
    """Event title, e.g. `ORDER_PLACED`, `ORDER_PACKED_AND_READY_FOR_DROP_OFF_AT_CARRIERS_FACILITY`,
    `OUT_FOR_DELIVERY`, `THE_PACKAGE_HAS_BEEN_DELIVERED`."""

    tracking_event_description_extended: str | None = None
    """More detail about the event."""
