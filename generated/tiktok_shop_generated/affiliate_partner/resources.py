"""The `affiliate_partner` resources: sync and async twins, raw-response and version views.

Tools for TikTok Shop affiliate partners (agencies): partner campaigns, the products sellers
register in them, promotion links, creator performance and affiliate orders."""

from __future__ import annotations

from typing import Literal

from tiktok_shop._contract import (
    AsyncPager,
    AsyncRequester,
    SyncPager,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    CampaignProduct,
    CampaignProductStatistic,
    CampaignSummary,
    CapSkuOrder,
    ContactInfoInput,
    CreateCampaignResponse,
    EditCampaignResponse,
    GenerateCampaignProductLinkResponse,
    GenerateCampaignProductLinksResponse,
    GetCampaignDetailResponse,
    GetCampaignProductCreatorPerformanceResponse,
    GetCampaignProductPerformanceResponse,
    GetCampaignProductsResponse,
    GetCampaignsResponse,
    GetCreatorContentStatisticsResponse,
    GetCreatorSampleStatusResponse,
    NewContactInfo,
    PromotionCreator,
    PublishCampaignResponse,
    ReviewCampaignProductResponse,
    SearchCapOrdersResponse,
    SearchTapOrdersResponse,
    TapSkuOrder,
)


class AffiliatePartnerResource:
    """Tools for TikTok Shop affiliate partners (agencies): partner campaigns, the products sellers
    register in them, promotion links, creator performance and affiliate orders."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def create_campaign(
        self,
        *,
        category_asset_cipher: str,
        name: str,
        description: str,
        campaign_start_time: int,
        campaign_end_time: int,
        registration_start_time: int,
        registration_end_time: int,
        commission_rate: int,
        contact_info: NewContactInfo,
        target_shop_codes: list[str] | None = None,
        target_seller_types: list[Literal["CROSS_BORDER", "LOCAL"]] | None = None,
    ) -> CreateCampaignResponse:
        """Create partner campaign.

        Creates a campaign for specific shops (by shop code) or for seller types, with its periods,
        commission rate and contact details. The new campaign stays hidden from sellers until it is
        published.

        `POST /affiliate_partner/202405/campaigns`

        Args:
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            name: Campaign name, 1 to 50 characters, not starting with a space.
            description: Campaign description, 1 to 1000 characters, not starting with a space.
            campaign_start_time: Campaign start (Unix seconds), not in the past.
            campaign_end_time: Campaign end (Unix seconds); the campaign lasts 1 to 360 days.
            registration_start_time: Start of seller registration (Unix seconds); must equal
                `campaign_start_time`.
            registration_end_time: End of seller registration (Unix seconds); at least one day after the
                start and not after the campaign end.
            commission_rate: Total commission rate shown to sellers, in hundredths of a percent, 100 to
                8000.
            contact_info: How sellers can reach the partner of a new campaign: the same channels as
                `AffiliatePartnerContactInfo`, with the email address required (TikTok's docs).
            target_shop_codes: Shop codes (from Seller Central's profile) of the sellers invited; fewer than
                100.
            target_seller_types: Seller types invited instead of specific shops."""
        return self._client.request(
            ops.CREATE_CAMPAIGN,
            {
                "category_asset_cipher": category_asset_cipher,
                "name": name,
                "description": description,
                "campaign_start_time": campaign_start_time,
                "campaign_end_time": campaign_end_time,
                "registration_start_time": registration_start_time,
                "registration_end_time": registration_end_time,
                "commission_rate": commission_rate,
                "contact_info": contact_info,
                "target_shop_codes": target_shop_codes,
                "target_seller_types": target_seller_types,
            },
        )

    def edit_campaign(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str,
        name: str | None = None,
        description: str | None = None,
        campaign_start_time: int | None = None,
        campaign_end_time: int | None = None,
        registration_start_time: int | None = None,
        registration_end_time: int | None = None,
        commission_rate: int | None = None,
        contact_info: ContactInfoInput | None = None,
        target_shop_codes: list[str] | None = None,
        target_seller_types: list[Literal["CROSS_BORDER", "LOCAL"]] | None = None,
    ) -> EditCampaignResponse:
        """Edit partner campaign.

        Partially updates a campaign that is not closed: omitted fields keep their values. To switch between
        shop-code and seller-type targeting, send the old list empty and the new one filled.

        `POST /affiliate_partner/202405/campaigns/{campaign_id}/partial_edit`

        Args:
            campaign_id: Campaign id.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            name: Campaign name, 1 to 50 characters, not starting with a space.
            description: Campaign description, 1 to 1000 characters, not starting with a space.
            campaign_start_time: Campaign start (Unix seconds); only while `READY` or `UPCOMING`.
            campaign_end_time: Campaign end (Unix seconds), within 360 days of the start.
            registration_start_time: Start of seller registration (Unix seconds); only while `READY` or
                `UPCOMING`.
            registration_end_time: End of seller registration (Unix seconds).
            commission_rate: Total commission rate shown to sellers, in hundredths of a percent, 100 to
                8000.
            contact_info: How sellers can reach the partner. Phone numbers are in E.164 format; the
                messenger required depends on the market (WhatsApp MY/SG/GB/ID, Zalo VN, Viber PH, LINE TH).
            target_shop_codes: Shop codes of the sellers invited (fewer than 100); send empty to switch to
                seller types.
            target_seller_types: Seller types invited; send empty to switch to shop codes."""
        return self._client.request(
            ops.EDIT_CAMPAIGN,
            {
                "campaign_id": campaign_id,
                "category_asset_cipher": category_asset_cipher,
                "name": name,
                "description": description,
                "campaign_start_time": campaign_start_time,
                "campaign_end_time": campaign_end_time,
                "registration_start_time": registration_start_time,
                "registration_end_time": registration_end_time,
                "commission_rate": commission_rate,
                "contact_info": contact_info,
                "target_shop_codes": target_shop_codes,
                "target_seller_types": target_seller_types,
            },
        )

    def generate_campaign_product_link(
        self,
        *,
        campaign_id: str,
        product_id: str,
        category_asset_cipher: str,
        creator_commission_rate: int,
    ) -> GenerateCampaignProductLinkResponse:
        """Generate campaign product link.

        Generates a promotion link for an approved product of an online campaign, with the creator's share
        of the commission. Share the link with collaborating creators.

        `POST
        /affiliate_partner/202405/campaigns/{campaign_id}/products/{product_id}/promotion_link/generate`

        Args:
            campaign_id: Campaign id.
            product_id: Product id.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            creator_commission_rate: Commission paid to the creator, in hundredths of a percent: at least
                100 (1%) and at most the seller's total rate."""
        return self._client.request(
            ops.GENERATE_CAMPAIGN_PRODUCT_LINK,
            {
                "campaign_id": campaign_id,
                "product_id": product_id,
                "category_asset_cipher": category_asset_cipher,
                "creator_commission_rate": creator_commission_rate,
            },
        )

    def generate_campaign_product_links(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str | None = None,
        product_ids: list[str] | None = None,
    ) -> GenerateCampaignProductLinksResponse:
        """Generate campaign product links in batch.

        Generates promotion links for up to 50 products of an online campaign. For campaigns created by
        TikTok or sellers, use the joined campaign id, not the original one.

        `POST /affiliate_partner/202505/campaigns/{campaign_id}/products/promotion_links/generate_batch`

        Args:
            campaign_id: Campaign id.
            category_asset_cipher: Cipher of the partner's category asset the request acts for.
            product_ids: Product ids, at most 50."""
        return self._client.request(
            ops.GENERATE_CAMPAIGN_PRODUCT_LINKS,
            {
                "campaign_id": campaign_id,
                "category_asset_cipher": category_asset_cipher,
                "product_ids": product_ids,
            },
        )

    def get_campaign_detail(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str,
    ) -> GetCampaignDetailResponse:
        """Get partner campaign detail.

        Returns one campaign of the partner: name, description, status, periods, commission, contact details
        and targeted shops or seller types.

        `GET /affiliate_partner/202405/campaigns/{campaign_id}`

        Args:
            campaign_id: Campaign id.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages."""
        return self._client.request(
            ops.GET_CAMPAIGN_DETAIL,
            {
                "campaign_id": campaign_id,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    def get_campaign_product_creator_performance(
        self,
        *,
        campaign_id: str,
        product_id: str,
        category_asset_cipher: str,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> GetCampaignProductCreatorPerformanceResponse:
        """Get creator performance for a campaign product.

        Lists the creators promoting one product of a partner campaign, with their commission, sample
        status, followers, video and live counts and sales.

        `GET /affiliate_partner/202508/campaigns/{campaign_id}/products/{product_id}/performance`

        Args:
            campaign_id: Campaign id.
            product_id: Product id.
            page_size: Number of items per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages."""
        return self._client.request(
            ops.GET_CAMPAIGN_PRODUCT_CREATOR_PERFORMANCE,
            {
                "campaign_id": campaign_id,
                "product_id": product_id,
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    def iter_get_campaign_product_creator_performance(
        self,
        *,
        campaign_id: str,
        product_id: str,
        category_asset_cipher: str,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> SyncPager[PromotionCreator, GetCampaignProductCreatorPerformanceResponse]:
        """Iterate over every item of `get_campaign_product_creator_performance` across pages, fetching each
        page lazily.

        Iterating yields `promotion_creators` items; `.pages()` yields whole pages. Takes the same arguments
        as `get_campaign_product_creator_performance`."""
        return self._client.paginate(
            ops.GET_CAMPAIGN_PRODUCT_CREATOR_PERFORMANCE,
            {
                "campaign_id": campaign_id,
                "product_id": product_id,
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    def get_campaign_product_performance(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> GetCampaignProductPerformanceResponse:
        """Get campaign product performance.

        Lists per-product performance of a partner campaign: orders, GMV, partner commission and creator
        engagement. Use it to see which campaign products sell.

        `GET /affiliate_partner/202501/campaigns/{campaign_id}/products/performance`

        Args:
            campaign_id: Campaign id.
            page_size: Number of items per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages."""
        return self._client.request(
            ops.GET_CAMPAIGN_PRODUCT_PERFORMANCE,
            {
                "campaign_id": campaign_id,
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    def iter_get_campaign_product_performance(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> SyncPager[CampaignProductStatistic, GetCampaignProductPerformanceResponse]:
        """Iterate over every item of `get_campaign_product_performance` across pages, fetching each page
        lazily.

        Iterating yields `campaign_product_statistics` items; `.pages()` yields whole pages. Takes the same
        arguments as `get_campaign_product_performance`."""
        return self._client.paginate(
            ops.GET_CAMPAIGN_PRODUCT_PERFORMANCE,
            {
                "campaign_id": campaign_id,
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    def get_campaign_products(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str,
        page_size: int,
        page_token: str | None = None,
        review_status: Literal["APPROVED", "CLOSED", "PENDING", "PENDING_CLOSED", "REJECTED"] | None = None,
        product_name: str | None = None,
        product_id: str | None = None,
        shop_name: str | None = None,
        category_id: str | None = None,
    ) -> GetCampaignProductsResponse:
        """Get campaign product list.

        Lists the products sellers registered in a campaign, with review state, prices, SKUs and commission
        split, optionally filtered by review state, product, shop or category.

        `GET /affiliate_partner/202405/campaigns/{campaign_id}/products`

        Args:
            campaign_id: Campaign id.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            review_status: Review state filter.
            product_name: Product name filter.
            product_id: Product id filter.
            shop_name: Shop name filter.
            category_id: Category id filter."""
        return self._client.request(
            ops.GET_CAMPAIGN_PRODUCTS,
            {
                "campaign_id": campaign_id,
                "category_asset_cipher": category_asset_cipher,
                "page_size": page_size,
                "page_token": page_token,
                "review_status": review_status,
                "product_name": product_name,
                "product_id": product_id,
                "shop_name": shop_name,
                "category_id": category_id,
            },
        )

    def iter_get_campaign_products(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str,
        page_size: int,
        page_token: str | None = None,
        review_status: Literal["APPROVED", "CLOSED", "PENDING", "PENDING_CLOSED", "REJECTED"] | None = None,
        product_name: str | None = None,
        product_id: str | None = None,
        shop_name: str | None = None,
        category_id: str | None = None,
    ) -> SyncPager[CampaignProduct, GetCampaignProductsResponse]:
        """Iterate over every item of `get_campaign_products` across pages, fetching each page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_campaign_products`."""
        return self._client.paginate(
            ops.GET_CAMPAIGN_PRODUCTS,
            {
                "campaign_id": campaign_id,
                "category_asset_cipher": category_asset_cipher,
                "page_size": page_size,
                "page_token": page_token,
                "review_status": review_status,
                "product_name": product_name,
                "product_id": product_id,
                "shop_name": shop_name,
                "category_id": category_id,
            },
        )

    def get_campaigns(
        self,
        *,
        category_asset_cipher: str,
        page_size: int,
        page_token: str | None = None,
        status: str | None = None,
        type_: str | None = None,
        query_type_filter: str | None = None,
    ) -> GetCampaignsResponse:
        """Get partner campaign list.

        Lists the affiliate partner's campaigns, optionally filtered by status, campaign type and
        participation state. Use it to find campaign ids.

        `GET /affiliate_partner/202405/campaigns`

        Args:
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            status: Campaign status filter, e.g. `READY`, `UPCOMING`, `ONGOING`, `CLOSED`.
            type_: Campaign category filter (e.g. partner-created or joined campaigns).
            query_type_filter: Participation-state filter of the campaigns."""
        return self._client.request(
            ops.GET_CAMPAIGNS,
            {
                "category_asset_cipher": category_asset_cipher,
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "type_": type_,
                "query_type_filter": query_type_filter,
            },
        )

    def iter_get_campaigns(
        self,
        *,
        category_asset_cipher: str,
        page_size: int,
        page_token: str | None = None,
        status: str | None = None,
        type_: str | None = None,
        query_type_filter: str | None = None,
    ) -> SyncPager[CampaignSummary, GetCampaignsResponse]:
        """Iterate over every item of `get_campaigns` across pages, fetching each page lazily.

        Iterating yields `campaigns` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_campaigns`."""
        return self._client.paginate(
            ops.GET_CAMPAIGNS,
            {
                "category_asset_cipher": category_asset_cipher,
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "type_": type_,
                "query_type_filter": query_type_filter,
            },
        )

    def get_creator_content_statistics(
        self,
        *,
        campaign_id: str,
        product_id: str,
        creator_temp_id: str,
        affiliate_product_id: str,
        category_asset_cipher: str,
        content_type: str | None = None,
    ) -> GetCreatorContentStatisticsResponse:
        """Get creator content statistics.

        Returns the performance of a creator's videos and live rooms promoting one product of a partner
        campaign: views, likes, comments, orders and sales.

        `GET /affiliate_partner/202508/campaigns/{campaign_id}/products/{product_id}/creator/{creator_temp_i
        d}/content/statistics`

        Args:
            campaign_id: Campaign id.
            product_id: Product id.
            creator_temp_id: Temporary id identifying the creator within the campaign.
            affiliate_product_id: Affiliate product id of the promotion (from the creator performance list).
            content_type: Restrict to one kind of content, `VIDEO` or `LIVE_ROOM`.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages."""
        return self._client.request(
            ops.GET_CREATOR_CONTENT_STATISTICS,
            {
                "campaign_id": campaign_id,
                "product_id": product_id,
                "creator_temp_id": creator_temp_id,
                "affiliate_product_id": affiliate_product_id,
                "content_type": content_type,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    def get_creator_sample_status(
        self,
        *,
        campaign_id: str,
        product_id: str,
        creator_temp_id: str,
        category_asset_cipher: str,
    ) -> GetCreatorSampleStatusResponse:
        """Get creator sample status.

        Returns delivery and tracking details of the sample a creator requested for a campaign product. The
        creator must have applied for a sample.

        `GET /affiliate_partner/202508/campaigns/{campaign_id}/products/{product_id}/creator/{creator_temp_i
        d}/content/statistics/sample/status`

        Args:
            campaign_id: Campaign id.
            product_id: Product id.
            creator_temp_id: Temporary id identifying the creator within the campaign.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages."""
        return self._client.request(
            ops.GET_CREATOR_SAMPLE_STATUS,
            {
                "campaign_id": campaign_id,
                "product_id": product_id,
                "creator_temp_id": creator_temp_id,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    def publish_campaign(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str,
    ) -> PublishCampaignResponse:
        """Publish partner campaign.

        Publishes a created campaign so that the targeted sellers can see it and register products.

        `POST /affiliate_partner/202405/campaigns/{campaign_id}/publish`

        Args:
            campaign_id: Campaign id.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages."""
        return self._client.request(
            ops.PUBLISH_CAMPAIGN,
            {
                "campaign_id": campaign_id,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    def review_campaign_product(
        self,
        *,
        campaign_id: str,
        product_id: str,
        category_asset_cipher: str,
        review_result: Literal["APPROVE", "REJECT", "REJECT_FOREVER"],
        reject_reasons: list[
            Literal["COMMISSION_TOO_LOW", "NO_SUITABLE_CREATOR", "PRODUCT_HARD_TO_PROMOTE", "PRODUCT_TOO_EXPENSIVE"]
        ]
        | None = None,
    ) -> ReviewCampaignProductResponse:
        """Review campaign product.

        Approves or rejects a product a seller submitted to the campaign; the product must be pending
        review.

        `POST /affiliate_partner/202405/campaigns/{campaign_id}/products/{product_id}/review`

        Args:
            campaign_id: Campaign id.
            product_id: Product id.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            review_result: `APPROVE`, `REJECT`, or `REJECT_FOREVER` (the seller cannot submit it again).
            reject_reasons: Why the product is rejected, with `REJECT` or `REJECT_FOREVER`."""
        return self._client.request(
            ops.REVIEW_CAMPAIGN_PRODUCT,
            {
                "campaign_id": campaign_id,
                "product_id": product_id,
                "category_asset_cipher": category_asset_cipher,
                "review_result": review_result,
                "reject_reasons": reject_reasons,
            },
        )

    def search_cap_orders(
        self,
        *,
        page_size: int,
        category_asset_cipher: str,
        page_token: str | None = None,
        order_id: str | None = None,
        product_id: str | None = None,
        settle_status: Literal[1, 2, 3, 4, 5] | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
    ) -> SearchCapOrdersResponse:
        """Search CAP affiliate orders.

        Lists the SKU-level affiliate orders of a creator agency partner (CAP / MCN), with commission, tax
        and agency earnings. Filters (order, product, settlement state, creation window; default the last
        three months) are combined with AND.

        `POST /affiliate_partner/202603/cap_order/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            order_id: Main order id.
            product_id: Product id.
            settle_status: Settlement state as a number: `1` customer unpaid, `2` pending, `3` settled, `4`
                ineligible, `5` frozen.
            create_time_ge: Orders created at or after this time (Unix seconds); give it with
                `create_time_lt`, window at most 92 days.
            create_time_lt: Orders created before this time (Unix seconds)."""
        return self._client.request(
            ops.SEARCH_CAP_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
                "order_id": order_id,
                "product_id": product_id,
                "settle_status": settle_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
            },
        )

    def iter_search_cap_orders(
        self,
        *,
        page_size: int,
        category_asset_cipher: str,
        page_token: str | None = None,
        order_id: str | None = None,
        product_id: str | None = None,
        settle_status: Literal[1, 2, 3, 4, 5] | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
    ) -> SyncPager[CapSkuOrder, SearchCapOrdersResponse]:
        """Iterate over every item of `search_cap_orders` across pages, fetching each page lazily.

        Iterating yields `sku_orders` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_cap_orders`."""
        return self._client.paginate(
            ops.SEARCH_CAP_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
                "order_id": order_id,
                "product_id": product_id,
                "settle_status": settle_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
            },
        )

    def search_tap_orders(
        self,
        *,
        page_size: int,
        category_asset_cipher: str,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        campaign_id: str | None = None,
    ) -> SearchTapOrdersResponse:
        """Search TAP affiliate orders.

        Lists the SKU-level affiliate orders of a TikTok Shop affiliate partner (TAP), with the creator and
        partner commission split, optionally for one campaign and creation window (default the last three
        months).

        `POST /affiliate_partner/202603/orders/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            create_time_ge: Orders created at or after this time (Unix seconds); give it with
                `create_time_lt`, window at most three months.
            create_time_lt: Orders created before this time (Unix seconds).
            campaign_id: Only orders of this TAP campaign."""
        return self._client.request(
            ops.SEARCH_TAP_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "campaign_id": campaign_id,
            },
        )

    def iter_search_tap_orders(
        self,
        *,
        page_size: int,
        category_asset_cipher: str,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        campaign_id: str | None = None,
    ) -> SyncPager[TapSkuOrder, SearchTapOrdersResponse]:
        """Iterate over every item of `search_tap_orders` across pages, fetching each page lazily.

        Iterating yields `sku_orders` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_tap_orders`."""
        return self._client.paginate(
            ops.SEARCH_TAP_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "campaign_id": campaign_id,
            },
        )


class AffiliatePartnerResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AffiliatePartnerResource) -> None:
        self.create_campaign = raw(resource.create_campaign)
        self.edit_campaign = raw(resource.edit_campaign)
        self.generate_campaign_product_link = raw(resource.generate_campaign_product_link)
        self.generate_campaign_product_links = raw(resource.generate_campaign_product_links)
        self.get_campaign_detail = raw(resource.get_campaign_detail)
        self.get_campaign_product_creator_performance = raw(resource.get_campaign_product_creator_performance)
        self.get_campaign_product_performance = raw(resource.get_campaign_product_performance)
        self.get_campaign_products = raw(resource.get_campaign_products)
        self.get_campaigns = raw(resource.get_campaigns)
        self.get_creator_content_statistics = raw(resource.get_creator_content_statistics)
        self.get_creator_sample_status = raw(resource.get_creator_sample_status)
        self.publish_campaign = raw(resource.publish_campaign)
        self.review_campaign_product = raw(resource.review_campaign_product)
        self.search_cap_orders = raw(resource.search_cap_orders)
        self.search_tap_orders = raw(resource.search_tap_orders)


class AffiliatePartnerAt202405:
    """`affiliate_partner` operations pinned to version 202405."""

    def __init__(self, resource: AffiliatePartnerResource) -> None:
        self.create_campaign = resource.create_campaign
        self.edit_campaign = resource.edit_campaign
        self.generate_campaign_product_link = resource.generate_campaign_product_link
        self.get_campaign_detail = resource.get_campaign_detail
        self.get_campaign_products = resource.get_campaign_products
        self.iter_get_campaign_products = resource.iter_get_campaign_products
        self.get_campaigns = resource.get_campaigns
        self.iter_get_campaigns = resource.iter_get_campaigns
        self.publish_campaign = resource.publish_campaign
        self.review_campaign_product = resource.review_campaign_product


class AffiliatePartnerAt202501:
    """`affiliate_partner` operations pinned to version 202501."""

    def __init__(self, resource: AffiliatePartnerResource) -> None:
        self.get_campaign_product_performance = resource.get_campaign_product_performance
        self.iter_get_campaign_product_performance = resource.iter_get_campaign_product_performance


class AffiliatePartnerAt202505:
    """`affiliate_partner` operations pinned to version 202505."""

    def __init__(self, resource: AffiliatePartnerResource) -> None:
        self.generate_campaign_product_links = resource.generate_campaign_product_links


class AffiliatePartnerAt202508:
    """`affiliate_partner` operations pinned to version 202508."""

    def __init__(self, resource: AffiliatePartnerResource) -> None:
        self.get_campaign_product_creator_performance = resource.get_campaign_product_creator_performance
        self.iter_get_campaign_product_creator_performance = resource.iter_get_campaign_product_creator_performance
        self.get_creator_content_statistics = resource.get_creator_content_statistics
        self.get_creator_sample_status = resource.get_creator_sample_status


class AffiliatePartnerAt202603:
    """`affiliate_partner` operations pinned to version 202603."""

    def __init__(self, resource: AffiliatePartnerResource) -> None:
        self.search_cap_orders = resource.search_cap_orders
        self.iter_search_cap_orders = resource.iter_search_cap_orders
        self.search_tap_orders = resource.search_tap_orders
        self.iter_search_tap_orders = resource.iter_search_tap_orders


class AsyncAffiliatePartnerResource:
    """Tools for TikTok Shop affiliate partners (agencies): partner campaigns, the products sellers
    register in them, promotion links, creator performance and affiliate orders. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def create_campaign(
        self,
        *,
        category_asset_cipher: str,
        name: str,
        description: str,
        campaign_start_time: int,
        campaign_end_time: int,
        registration_start_time: int,
        registration_end_time: int,
        commission_rate: int,
        contact_info: NewContactInfo,
        target_shop_codes: list[str] | None = None,
        target_seller_types: list[Literal["CROSS_BORDER", "LOCAL"]] | None = None,
    ) -> CreateCampaignResponse:
        """Create partner campaign.

        Creates a campaign for specific shops (by shop code) or for seller types, with its periods,
        commission rate and contact details. The new campaign stays hidden from sellers until it is
        published.

        `POST /affiliate_partner/202405/campaigns`

        Args:
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            name: Campaign name, 1 to 50 characters, not starting with a space.
            description: Campaign description, 1 to 1000 characters, not starting with a space.
            campaign_start_time: Campaign start (Unix seconds), not in the past.
            campaign_end_time: Campaign end (Unix seconds); the campaign lasts 1 to 360 days.
            registration_start_time: Start of seller registration (Unix seconds); must equal
                `campaign_start_time`.
            registration_end_time: End of seller registration (Unix seconds); at least one day after the
                start and not after the campaign end.
            commission_rate: Total commission rate shown to sellers, in hundredths of a percent, 100 to
                8000.
            contact_info: How sellers can reach the partner of a new campaign: the same channels as
                `AffiliatePartnerContactInfo`, with the email address required (TikTok's docs).
            target_shop_codes: Shop codes (from Seller Central's profile) of the sellers invited; fewer than
                100.
            target_seller_types: Seller types invited instead of specific shops."""
        return await self._client.request(
            ops.CREATE_CAMPAIGN,
            {
                "category_asset_cipher": category_asset_cipher,
                "name": name,
                "description": description,
                "campaign_start_time": campaign_start_time,
                "campaign_end_time": campaign_end_time,
                "registration_start_time": registration_start_time,
                "registration_end_time": registration_end_time,
                "commission_rate": commission_rate,
                "contact_info": contact_info,
                "target_shop_codes": target_shop_codes,
                "target_seller_types": target_seller_types,
            },
        )

    async def edit_campaign(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str,
        name: str | None = None,
        description: str | None = None,
        campaign_start_time: int | None = None,
        campaign_end_time: int | None = None,
        registration_start_time: int | None = None,
        registration_end_time: int | None = None,
        commission_rate: int | None = None,
        contact_info: ContactInfoInput | None = None,
        target_shop_codes: list[str] | None = None,
        target_seller_types: list[Literal["CROSS_BORDER", "LOCAL"]] | None = None,
    ) -> EditCampaignResponse:
        """Edit partner campaign.

        Partially updates a campaign that is not closed: omitted fields keep their values. To switch between
        shop-code and seller-type targeting, send the old list empty and the new one filled.

        `POST /affiliate_partner/202405/campaigns/{campaign_id}/partial_edit`

        Args:
            campaign_id: Campaign id.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            name: Campaign name, 1 to 50 characters, not starting with a space.
            description: Campaign description, 1 to 1000 characters, not starting with a space.
            campaign_start_time: Campaign start (Unix seconds); only while `READY` or `UPCOMING`.
            campaign_end_time: Campaign end (Unix seconds), within 360 days of the start.
            registration_start_time: Start of seller registration (Unix seconds); only while `READY` or
                `UPCOMING`.
            registration_end_time: End of seller registration (Unix seconds).
            commission_rate: Total commission rate shown to sellers, in hundredths of a percent, 100 to
                8000.
            contact_info: How sellers can reach the partner. Phone numbers are in E.164 format; the
                messenger required depends on the market (WhatsApp MY/SG/GB/ID, Zalo VN, Viber PH, LINE TH).
            target_shop_codes: Shop codes of the sellers invited (fewer than 100); send empty to switch to
                seller types.
            target_seller_types: Seller types invited; send empty to switch to shop codes."""
        return await self._client.request(
            ops.EDIT_CAMPAIGN,
            {
                "campaign_id": campaign_id,
                "category_asset_cipher": category_asset_cipher,
                "name": name,
                "description": description,
                "campaign_start_time": campaign_start_time,
                "campaign_end_time": campaign_end_time,
                "registration_start_time": registration_start_time,
                "registration_end_time": registration_end_time,
                "commission_rate": commission_rate,
                "contact_info": contact_info,
                "target_shop_codes": target_shop_codes,
                "target_seller_types": target_seller_types,
            },
        )

    async def generate_campaign_product_link(
        self,
        *,
        campaign_id: str,
        product_id: str,
        category_asset_cipher: str,
        creator_commission_rate: int,
    ) -> GenerateCampaignProductLinkResponse:
        """Generate campaign product link.

        Generates a promotion link for an approved product of an online campaign, with the creator's share
        of the commission. Share the link with collaborating creators.

        `POST
        /affiliate_partner/202405/campaigns/{campaign_id}/products/{product_id}/promotion_link/generate`

        Args:
            campaign_id: Campaign id.
            product_id: Product id.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            creator_commission_rate: Commission paid to the creator, in hundredths of a percent: at least
                100 (1%) and at most the seller's total rate."""
        return await self._client.request(
            ops.GENERATE_CAMPAIGN_PRODUCT_LINK,
            {
                "campaign_id": campaign_id,
                "product_id": product_id,
                "category_asset_cipher": category_asset_cipher,
                "creator_commission_rate": creator_commission_rate,
            },
        )

    async def generate_campaign_product_links(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str | None = None,
        product_ids: list[str] | None = None,
    ) -> GenerateCampaignProductLinksResponse:
        """Generate campaign product links in batch.

        Generates promotion links for up to 50 products of an online campaign. For campaigns created by
        TikTok or sellers, use the joined campaign id, not the original one.

        `POST /affiliate_partner/202505/campaigns/{campaign_id}/products/promotion_links/generate_batch`

        Args:
            campaign_id: Campaign id.
            category_asset_cipher: Cipher of the partner's category asset the request acts for.
            product_ids: Product ids, at most 50."""
        return await self._client.request(
            ops.GENERATE_CAMPAIGN_PRODUCT_LINKS,
            {
                "campaign_id": campaign_id,
                "category_asset_cipher": category_asset_cipher,
                "product_ids": product_ids,
            },
        )

    async def get_campaign_detail(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str,
    ) -> GetCampaignDetailResponse:
        """Get partner campaign detail.

        Returns one campaign of the partner: name, description, status, periods, commission, contact details
        and targeted shops or seller types.

        `GET /affiliate_partner/202405/campaigns/{campaign_id}`

        Args:
            campaign_id: Campaign id.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages."""
        return await self._client.request(
            ops.GET_CAMPAIGN_DETAIL,
            {
                "campaign_id": campaign_id,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    async def get_campaign_product_creator_performance(
        self,
        *,
        campaign_id: str,
        product_id: str,
        category_asset_cipher: str,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> GetCampaignProductCreatorPerformanceResponse:
        """Get creator performance for a campaign product.

        Lists the creators promoting one product of a partner campaign, with their commission, sample
        status, followers, video and live counts and sales.

        `GET /affiliate_partner/202508/campaigns/{campaign_id}/products/{product_id}/performance`

        Args:
            campaign_id: Campaign id.
            product_id: Product id.
            page_size: Number of items per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages."""
        return await self._client.request(
            ops.GET_CAMPAIGN_PRODUCT_CREATOR_PERFORMANCE,
            {
                "campaign_id": campaign_id,
                "product_id": product_id,
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    def iter_get_campaign_product_creator_performance(
        self,
        *,
        campaign_id: str,
        product_id: str,
        category_asset_cipher: str,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> AsyncPager[PromotionCreator, GetCampaignProductCreatorPerformanceResponse]:
        """Iterate over every item of `get_campaign_product_creator_performance` across pages, fetching each
        page lazily.

        Iterating yields `promotion_creators` items; `.pages()` yields whole pages. Takes the same arguments
        as `get_campaign_product_creator_performance`."""
        return self._client.paginate(
            ops.GET_CAMPAIGN_PRODUCT_CREATOR_PERFORMANCE,
            {
                "campaign_id": campaign_id,
                "product_id": product_id,
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    async def get_campaign_product_performance(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> GetCampaignProductPerformanceResponse:
        """Get campaign product performance.

        Lists per-product performance of a partner campaign: orders, GMV, partner commission and creator
        engagement. Use it to see which campaign products sell.

        `GET /affiliate_partner/202501/campaigns/{campaign_id}/products/performance`

        Args:
            campaign_id: Campaign id.
            page_size: Number of items per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages."""
        return await self._client.request(
            ops.GET_CAMPAIGN_PRODUCT_PERFORMANCE,
            {
                "campaign_id": campaign_id,
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    def iter_get_campaign_product_performance(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> AsyncPager[CampaignProductStatistic, GetCampaignProductPerformanceResponse]:
        """Iterate over every item of `get_campaign_product_performance` across pages, fetching each page
        lazily.

        Iterating yields `campaign_product_statistics` items; `.pages()` yields whole pages. Takes the same
        arguments as `get_campaign_product_performance`."""
        return self._client.paginate(
            ops.GET_CAMPAIGN_PRODUCT_PERFORMANCE,
            {
                "campaign_id": campaign_id,
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    async def get_campaign_products(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str,
        page_size: int,
        page_token: str | None = None,
        review_status: Literal["APPROVED", "CLOSED", "PENDING", "PENDING_CLOSED", "REJECTED"] | None = None,
        product_name: str | None = None,
        product_id: str | None = None,
        shop_name: str | None = None,
        category_id: str | None = None,
    ) -> GetCampaignProductsResponse:
        """Get campaign product list.

        Lists the products sellers registered in a campaign, with review state, prices, SKUs and commission
        split, optionally filtered by review state, product, shop or category.

        `GET /affiliate_partner/202405/campaigns/{campaign_id}/products`

        Args:
            campaign_id: Campaign id.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            review_status: Review state filter.
            product_name: Product name filter.
            product_id: Product id filter.
            shop_name: Shop name filter.
            category_id: Category id filter."""
        return await self._client.request(
            ops.GET_CAMPAIGN_PRODUCTS,
            {
                "campaign_id": campaign_id,
                "category_asset_cipher": category_asset_cipher,
                "page_size": page_size,
                "page_token": page_token,
                "review_status": review_status,
                "product_name": product_name,
                "product_id": product_id,
                "shop_name": shop_name,
                "category_id": category_id,
            },
        )

    def iter_get_campaign_products(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str,
        page_size: int,
        page_token: str | None = None,
        review_status: Literal["APPROVED", "CLOSED", "PENDING", "PENDING_CLOSED", "REJECTED"] | None = None,
        product_name: str | None = None,
        product_id: str | None = None,
        shop_name: str | None = None,
        category_id: str | None = None,
    ) -> AsyncPager[CampaignProduct, GetCampaignProductsResponse]:
        """Iterate over every item of `get_campaign_products` across pages, fetching each page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_campaign_products`."""
        return self._client.paginate(
            ops.GET_CAMPAIGN_PRODUCTS,
            {
                "campaign_id": campaign_id,
                "category_asset_cipher": category_asset_cipher,
                "page_size": page_size,
                "page_token": page_token,
                "review_status": review_status,
                "product_name": product_name,
                "product_id": product_id,
                "shop_name": shop_name,
                "category_id": category_id,
            },
        )

    async def get_campaigns(
        self,
        *,
        category_asset_cipher: str,
        page_size: int,
        page_token: str | None = None,
        status: str | None = None,
        type_: str | None = None,
        query_type_filter: str | None = None,
    ) -> GetCampaignsResponse:
        """Get partner campaign list.

        Lists the affiliate partner's campaigns, optionally filtered by status, campaign type and
        participation state. Use it to find campaign ids.

        `GET /affiliate_partner/202405/campaigns`

        Args:
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            status: Campaign status filter, e.g. `READY`, `UPCOMING`, `ONGOING`, `CLOSED`.
            type_: Campaign category filter (e.g. partner-created or joined campaigns).
            query_type_filter: Participation-state filter of the campaigns."""
        return await self._client.request(
            ops.GET_CAMPAIGNS,
            {
                "category_asset_cipher": category_asset_cipher,
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "type_": type_,
                "query_type_filter": query_type_filter,
            },
        )

    def iter_get_campaigns(
        self,
        *,
        category_asset_cipher: str,
        page_size: int,
        page_token: str | None = None,
        status: str | None = None,
        type_: str | None = None,
        query_type_filter: str | None = None,
    ) -> AsyncPager[CampaignSummary, GetCampaignsResponse]:
        """Iterate over every item of `get_campaigns` across pages, fetching each page lazily.

        Iterating yields `campaigns` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_campaigns`."""
        return self._client.paginate(
            ops.GET_CAMPAIGNS,
            {
                "category_asset_cipher": category_asset_cipher,
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "type_": type_,
                "query_type_filter": query_type_filter,
            },
        )

    async def get_creator_content_statistics(
        self,
        *,
        campaign_id: str,
        product_id: str,
        creator_temp_id: str,
        affiliate_product_id: str,
        category_asset_cipher: str,
        content_type: str | None = None,
    ) -> GetCreatorContentStatisticsResponse:
        """Get creator content statistics.

        Returns the performance of a creator's videos and live rooms promoting one product of a partner
        campaign: views, likes, comments, orders and sales.

        `GET /affiliate_partner/202508/campaigns/{campaign_id}/products/{product_id}/creator/{creator_temp_i
        d}/content/statistics`

        Args:
            campaign_id: Campaign id.
            product_id: Product id.
            creator_temp_id: Temporary id identifying the creator within the campaign.
            affiliate_product_id: Affiliate product id of the promotion (from the creator performance list).
            content_type: Restrict to one kind of content, `VIDEO` or `LIVE_ROOM`.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages."""
        return await self._client.request(
            ops.GET_CREATOR_CONTENT_STATISTICS,
            {
                "campaign_id": campaign_id,
                "product_id": product_id,
                "creator_temp_id": creator_temp_id,
                "affiliate_product_id": affiliate_product_id,
                "content_type": content_type,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    async def get_creator_sample_status(
        self,
        *,
        campaign_id: str,
        product_id: str,
        creator_temp_id: str,
        category_asset_cipher: str,
    ) -> GetCreatorSampleStatusResponse:
        """Get creator sample status.

        Returns delivery and tracking details of the sample a creator requested for a campaign product. The
        creator must have applied for a sample.

        `GET /affiliate_partner/202508/campaigns/{campaign_id}/products/{product_id}/creator/{creator_temp_i
        d}/content/statistics/sample/status`

        Args:
            campaign_id: Campaign id.
            product_id: Product id.
            creator_temp_id: Temporary id identifying the creator within the campaign.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages."""
        return await self._client.request(
            ops.GET_CREATOR_SAMPLE_STATUS,
            {
                "campaign_id": campaign_id,
                "product_id": product_id,
                "creator_temp_id": creator_temp_id,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    async def publish_campaign(
        self,
        *,
        campaign_id: str,
        category_asset_cipher: str,
    ) -> PublishCampaignResponse:
        """Publish partner campaign.

        Publishes a created campaign so that the targeted sellers can see it and register products.

        `POST /affiliate_partner/202405/campaigns/{campaign_id}/publish`

        Args:
            campaign_id: Campaign id.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages."""
        return await self._client.request(
            ops.PUBLISH_CAMPAIGN,
            {
                "campaign_id": campaign_id,
                "category_asset_cipher": category_asset_cipher,
            },
        )

    async def review_campaign_product(
        self,
        *,
        campaign_id: str,
        product_id: str,
        category_asset_cipher: str,
        review_result: Literal["APPROVE", "REJECT", "REJECT_FOREVER"],
        reject_reasons: list[
            Literal["COMMISSION_TOO_LOW", "NO_SUITABLE_CREATOR", "PRODUCT_HARD_TO_PROMOTE", "PRODUCT_TOO_EXPENSIVE"]
        ]
        | None = None,
    ) -> ReviewCampaignProductResponse:
        """Review campaign product.

        Approves or rejects a product a seller submitted to the campaign; the product must be pending
        review.

        `POST /affiliate_partner/202405/campaigns/{campaign_id}/products/{product_id}/review`

        Args:
            campaign_id: Campaign id.
            product_id: Product id.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            review_result: `APPROVE`, `REJECT`, or `REJECT_FOREVER` (the seller cannot submit it again).
            reject_reasons: Why the product is rejected, with `REJECT` or `REJECT_FOREVER`."""
        return await self._client.request(
            ops.REVIEW_CAMPAIGN_PRODUCT,
            {
                "campaign_id": campaign_id,
                "product_id": product_id,
                "category_asset_cipher": category_asset_cipher,
                "review_result": review_result,
                "reject_reasons": reject_reasons,
            },
        )

    async def search_cap_orders(
        self,
        *,
        page_size: int,
        category_asset_cipher: str,
        page_token: str | None = None,
        order_id: str | None = None,
        product_id: str | None = None,
        settle_status: Literal[1, 2, 3, 4, 5] | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
    ) -> SearchCapOrdersResponse:
        """Search CAP affiliate orders.

        Lists the SKU-level affiliate orders of a creator agency partner (CAP / MCN), with commission, tax
        and agency earnings. Filters (order, product, settlement state, creation window; default the last
        three months) are combined with AND.

        `POST /affiliate_partner/202603/cap_order/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            order_id: Main order id.
            product_id: Product id.
            settle_status: Settlement state as a number: `1` customer unpaid, `2` pending, `3` settled, `4`
                ineligible, `5` frozen.
            create_time_ge: Orders created at or after this time (Unix seconds); give it with
                `create_time_lt`, window at most 92 days.
            create_time_lt: Orders created before this time (Unix seconds)."""
        return await self._client.request(
            ops.SEARCH_CAP_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
                "order_id": order_id,
                "product_id": product_id,
                "settle_status": settle_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
            },
        )

    def iter_search_cap_orders(
        self,
        *,
        page_size: int,
        category_asset_cipher: str,
        page_token: str | None = None,
        order_id: str | None = None,
        product_id: str | None = None,
        settle_status: Literal[1, 2, 3, 4, 5] | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
    ) -> AsyncPager[CapSkuOrder, SearchCapOrdersResponse]:
        """Iterate over every item of `search_cap_orders` across pages, fetching each page lazily.

        Iterating yields `sku_orders` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_cap_orders`."""
        return self._client.paginate(
            ops.SEARCH_CAP_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
                "order_id": order_id,
                "product_id": product_id,
                "settle_status": settle_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
            },
        )

    async def search_tap_orders(
        self,
        *,
        page_size: int,
        category_asset_cipher: str,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        campaign_id: str | None = None,
    ) -> SearchTapOrdersResponse:
        """Search TAP affiliate orders.

        Lists the SKU-level affiliate orders of a TikTok Shop affiliate partner (TAP), with the creator and
        partner commission split, optionally for one campaign and creation window (default the last three
        months).

        `POST /affiliate_partner/202603/orders/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            category_asset_cipher: Cipher of the partner's category asset (the partner account context) the
                request acts for; keep it the same across pages.
            create_time_ge: Orders created at or after this time (Unix seconds); give it with
                `create_time_lt`, window at most three months.
            create_time_lt: Orders created before this time (Unix seconds).
            campaign_id: Only orders of this TAP campaign."""
        return await self._client.request(
            ops.SEARCH_TAP_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "campaign_id": campaign_id,
            },
        )

    def iter_search_tap_orders(
        self,
        *,
        page_size: int,
        category_asset_cipher: str,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        campaign_id: str | None = None,
    ) -> AsyncPager[TapSkuOrder, SearchTapOrdersResponse]:
        """Iterate over every item of `search_tap_orders` across pages, fetching each page lazily.

        Iterating yields `sku_orders` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_tap_orders`."""
        return self._client.paginate(
            ops.SEARCH_TAP_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "campaign_id": campaign_id,
            },
        )


class AsyncAffiliatePartnerResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncAffiliatePartnerResource) -> None:
        self.create_campaign = async_raw(resource.create_campaign)
        self.edit_campaign = async_raw(resource.edit_campaign)
        self.generate_campaign_product_link = async_raw(resource.generate_campaign_product_link)
        self.generate_campaign_product_links = async_raw(resource.generate_campaign_product_links)
        self.get_campaign_detail = async_raw(resource.get_campaign_detail)
        self.get_campaign_product_creator_performance = async_raw(resource.get_campaign_product_creator_performance)
        self.get_campaign_product_performance = async_raw(resource.get_campaign_product_performance)
        self.get_campaign_products = async_raw(resource.get_campaign_products)
        self.get_campaigns = async_raw(resource.get_campaigns)
        self.get_creator_content_statistics = async_raw(resource.get_creator_content_statistics)
        self.get_creator_sample_status = async_raw(resource.get_creator_sample_status)
        self.publish_campaign = async_raw(resource.publish_campaign)
        self.review_campaign_product = async_raw(resource.review_campaign_product)
        self.search_cap_orders = async_raw(resource.search_cap_orders)
        self.search_tap_orders = async_raw(resource.search_tap_orders)


class AsyncAffiliatePartnerAt202405:
    """`affiliate_partner` operations pinned to version 202405."""

    def __init__(self, resource: AsyncAffiliatePartnerResource) -> None:
        self.create_campaign = resource.create_campaign
        self.edit_campaign = resource.edit_campaign
        self.generate_campaign_product_link = resource.generate_campaign_product_link
        self.get_campaign_detail = resource.get_campaign_detail
        self.get_campaign_products = resource.get_campaign_products
        self.iter_get_campaign_products = resource.iter_get_campaign_products
        self.get_campaigns = resource.get_campaigns
        self.iter_get_campaigns = resource.iter_get_campaigns
        self.publish_campaign = resource.publish_campaign
        self.review_campaign_product = resource.review_campaign_product


class AsyncAffiliatePartnerAt202501:
    """`affiliate_partner` operations pinned to version 202501."""

    def __init__(self, resource: AsyncAffiliatePartnerResource) -> None:
        self.get_campaign_product_performance = resource.get_campaign_product_performance
        self.iter_get_campaign_product_performance = resource.iter_get_campaign_product_performance


class AsyncAffiliatePartnerAt202505:
    """`affiliate_partner` operations pinned to version 202505."""

    def __init__(self, resource: AsyncAffiliatePartnerResource) -> None:
        self.generate_campaign_product_links = resource.generate_campaign_product_links


class AsyncAffiliatePartnerAt202508:
    """`affiliate_partner` operations pinned to version 202508."""

    def __init__(self, resource: AsyncAffiliatePartnerResource) -> None:
        self.get_campaign_product_creator_performance = resource.get_campaign_product_creator_performance
        self.iter_get_campaign_product_creator_performance = resource.iter_get_campaign_product_creator_performance
        self.get_creator_content_statistics = resource.get_creator_content_statistics
        self.get_creator_sample_status = resource.get_creator_sample_status


class AsyncAffiliatePartnerAt202603:
    """`affiliate_partner` operations pinned to version 202603."""

    def __init__(self, resource: AsyncAffiliatePartnerResource) -> None:
        self.search_cap_orders = resource.search_cap_orders
        self.iter_search_cap_orders = resource.iter_search_cap_orders
        self.search_tap_orders = resource.search_tap_orders
        self.iter_search_tap_orders = resource.iter_search_tap_orders
