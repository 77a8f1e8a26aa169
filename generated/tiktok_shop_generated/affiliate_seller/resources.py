"""The `affiliate_seller` resources: sync and async twins, raw-response and version views.

Affiliate marketing for sellers: open and target collaborations with creators, free sample
applications, affiliate orders, the Creator Marketplace, creator messaging (IM) and Compass data
exports."""

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
    AffiliateSellerCreateOpenCollaborationResponse,
    AffiliateSellerCreatorContentDetail,
    AffiliateSellerEditOpenCollaborationSampleRuleRequestSampleRule,
    AffiliateSellerEditOpenCollaborationSampleRuleResponse,
    AffiliateSellerEditOpenCollaborationSettingsRequestAutoAddProduct,
    AffiliateSellerEditOpenCollaborationSettingsResponse,
    AffiliateSellerGenerateAffiliateProductPromotionLinkResponse,
    AffiliateSellerGetOpenCollaborationCreatorContentDetailsResponse,
    AffiliateSellerGetOpenCollaborationSampleRulesResponse,
    AffiliateSellerGetOpenCollaborationSettingsResponse,
    AffiliateSellerMarketplaceProduct,
    AffiliateSellerOpenCollaboration,
    AffiliateSellerRemoveCreatorFromOpenCollaborationProductResponse,
    AffiliateSellerRemoveOpenCollaborationResponse,
    AffiliateSellerReviewASampleApplicationResponse,
    AffiliateSellerSampleApplication,
    AffiliateSellerSearchOpenCollaborationsResponse,
    AffiliateSellerSearchSampleApplicationFulfillmentsResponse,
    AffiliateSellerSearchSampleApplicationsResponse,
    AffiliateSellerSellerGetSampleRequestDeeplinkResponse,
    AffiliateSellerSellerSearchOpenCollaborationProductsRequestCategory,
    AffiliateSellerSellerSearchOpenCollaborationProductsRequestCommissionRateRange,
    AffiliateSellerSellerSearchOpenCollaborationProductsRequestSalesPriceRange,
    AffiliateSellerSellerSearchOpenCollaborationProductsResponse,
)


class AffiliateSellerResource:
    """Affiliate marketing for sellers: open and target collaborations with creators, free sample
    applications, affiliate orders, the Creator Marketplace, creator messaging (IM) and Compass data
    exports."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def create_open_collaboration(
        self,
        *,
        product_id: str,
        commission_rate: int,
    ) -> AffiliateSellerCreateOpenCollaborationResponse:
        """Create open collaboration.

        Puts one product into open collaboration with the given commission rate, so that any creator can
        promote it from the affiliate marketplace.

        `POST /affiliate_seller/202412/open_collaborations` (shop-scoped)

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

    def edit_open_collaboration_sample_rule(
        self,
        *,
        product_id: str,
        sample_rule: AffiliateSellerEditOpenCollaborationSampleRuleRequestSampleRule | None = None,
    ) -> AffiliateSellerEditOpenCollaborationSampleRuleResponse:
        """Edit open collaboration sample rule.

        Creates, updates or deactivates the free sample rule of one open collaboration product: sample
        quota, application period and the thresholds a creator must meet to request a sample. A product has
        one rule; the latest call wins.

        `POST /affiliate_seller/202410/open_collaborations/sample_rules` (shop-scoped)

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
        auto_add_product: AffiliateSellerEditOpenCollaborationSettingsRequestAutoAddProduct | None = None,
    ) -> AffiliateSellerEditOpenCollaborationSettingsResponse:
        """Edit open collaboration settings.

        Turns automatic enrollment of products into open collaboration on or off and sets the default
        commission rate for the enrolled products. Use it to put the whole catalog, including future
        products, into open collaboration at once.

        `POST /affiliate_seller/202405/open_collaboration_settings` (shop-scoped)

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
    ) -> AffiliateSellerGenerateAffiliateProductPromotionLinkResponse:
        """Generate affiliate product promotion link.

        Generates an affiliate-only promotion link for an open collaboration product. A partner can hand the
        link to creators; a creator who adds the product to the showcase through it has the resulting sales
        attributed to the partner.

        `POST /affiliate_seller/202405/products/{product_id}/promotion_link/generate` (shop-scoped)

        Args:
            product_id: product_id"""
        return self._client.request(
            ops.GENERATE_AFFILIATE_PRODUCT_PROMOTION_LINK,
            {
                "product_id": product_id,
            },
        )

    def get_open_collaboration_creator_content(
        self,
        *,
        page_size: int,
        product_id: str,
        page_token: str | None = None,
    ) -> AffiliateSellerGetOpenCollaborationCreatorContentDetailsResponse:
        """Get open collaboration creator content details.

        Lists the creators promoting one open collaboration product, with their profile, the number of
        videos and LIVEs they posted and their promotion status.

        `GET /affiliate_seller/202508/open_collaborations/creator_content_details` (shop-scoped)

        Args:
            page_size: page_size
            page_token: page_token
            product_id: product_id"""
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
    ) -> SyncPager[
        AffiliateSellerCreatorContentDetail, AffiliateSellerGetOpenCollaborationCreatorContentDetailsResponse
    ]:
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
    ) -> AffiliateSellerGetOpenCollaborationSampleRulesResponse:
        """Get open collaboration sample rules.

        Returns the free sample rules of the given open collaboration products: status, quota, remaining
        quantity, application period and creator thresholds. Products without a rule (or whose rule was
        deleted) are left out.

        `GET /affiliate_seller/202410/open_collaborations/sample_rules` (shop-scoped)

        Args:
            product_ids: product_ids"""
        return self._client.request(
            ops.GET_OPEN_COLLABORATION_SAMPLE_RULES,
            {
                "product_ids": product_ids,
            },
        )

    def get_open_collaboration_settings(
        self,
    ) -> AffiliateSellerGetOpenCollaborationSettingsResponse:
        """Get open collaboration settings.

        Returns the shop's open collaboration settings, such as whether products are added to open
        collaboration automatically and at which default commission rate.

        `GET /affiliate_seller/202409/open_collaboration_settings` (shop-scoped)"""
        return self._client.request(ops.GET_OPEN_COLLABORATION_SETTINGS, {})

    def get_sample_request_deeplink(
        self,
        *,
        product_id: str,
        sku_id: str,
        campaign_id: str | None = None,
        collaboration_id: str | None = None,
        valid_days: int | None = None,
    ) -> AffiliateSellerSellerGetSampleRequestDeeplinkResponse:
        """Get sample request deeplink.

        Returns a TikTok deeplink that opens the app on the sample request page of a product SKU. The seller
        can turn it into a QR code and send it to a creator, e.g. by email.

        `GET /affiliate_seller/202512/sample_applications/deeplink` (shop-scoped)

        Args:
            product_id: product_id
            sku_id: sku_id
            campaign_id: campaign_id
            collaboration_id: collaboration_id
            valid_days: valid_days"""
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

    def remove_open_collaboration(
        self,
        *,
        product_id: str,
    ) -> AffiliateSellerRemoveOpenCollaborationResponse:
        """Remove open collaboration.

        Takes a product out of open collaboration. Only collaborations in `NORMAL` status can be removed;
        the removal is not immediate but takes effect at the returned time (usually the next midnight in the
        shop's time zone), to protect creators already promoting the product.

        `DELETE /affiliate_seller/202409/open_collaborations/products/{product_id}` (shop-scoped)

        Args:
            product_id: product_id"""
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
    ) -> AffiliateSellerRemoveCreatorFromOpenCollaborationProductResponse:
        """Remove creator from open collaboration product.

        Removes a creator from a product's open collaboration. The creator can currently rejoin afterwards;
        call it again to remove them again.

        `POST /affiliate_seller/202508/open_collaborations/{open_collaboration_id}/remove_creator` (shop-
        scoped)

        Args:
            open_collaboration_id: open_collaboration_id
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

    def review_sample_application(
        self,
        *,
        application_id: str,
        review_result: Literal["APPROVE", "REJECT"],
        reject_reason: Literal["NOT_MATCH", "OFFLINE", "OTHER", "OUT_OF_STOCK"] | None = None,
    ) -> AffiliateSellerReviewASampleApplicationResponse:
        """Review a sample application.

        Approves or rejects a creator's free sample application of an open collaboration. Only `PENDING`
        applications can be reviewed; a rejection needs a reason.

        `POST /affiliate_seller/202507/sample_applications/{application_id}/review` (shop-scoped)

        Args:
            application_id: application_id
            review_result: `APPROVE` or `REJECT` the application.
            reject_reason: Why the application is rejected, required with `REJECT`: `NOT_MATCH` (creator
        does not meet the requirements), `OFFLINE` (product taken offline), `OUT_OF_STOCK` or `OTHER`."""
        return self._client.request(
            ops.REVIEW_SAMPLE_APPLICATION,
            {
                "application_id": application_id,
                "review_result": review_result,
                "reject_reason": reject_reason,
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
        sales_price_range: AffiliateSellerSellerSearchOpenCollaborationProductsRequestSalesPriceRange | None = None,
        category: AffiliateSellerSellerSearchOpenCollaborationProductsRequestCategory | None = None,
        commission_rate_range: AffiliateSellerSellerSearchOpenCollaborationProductsRequestCommissionRateRange
        | None = None,
    ) -> AffiliateSellerSellerSearchOpenCollaborationProductsResponse:
        """Search open collaboration products.

        Searches the open collaboration products of the affiliate product marketplace in the seller's
        registered regions, filtered by title keywords, category, commission rate and sale price. Every
        filter group supplied must match; with none, all eligible products are paged.

        `POST /affiliate_seller/202405/open_collaborations/products/search` (shop-scoped)

        Args:
            page_size: page_size
            page_token: page_token
            sort_order: sort_order
            sort_field: sort_field
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
        sales_price_range: AffiliateSellerSellerSearchOpenCollaborationProductsRequestSalesPriceRange | None = None,
        category: AffiliateSellerSellerSearchOpenCollaborationProductsRequestCategory | None = None,
        commission_rate_range: AffiliateSellerSellerSearchOpenCollaborationProductsRequestCommissionRateRange
        | None = None,
    ) -> SyncPager[AffiliateSellerMarketplaceProduct, AffiliateSellerSellerSearchOpenCollaborationProductsResponse]:
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
    ) -> AffiliateSellerSearchOpenCollaborationsResponse:
        """Search open collaborations.

        Lists the shop's open collaborations with their product, current commission and the number of
        creators who showcase or post content about each product. Filter by product name, product id or top-
        level category.

        `POST /affiliate_seller/202412/open_collaborations/search` (shop-scoped)

        Args:
            page_size: page_size
            page_token: page_token
            sort_order: sort_order
            sort_field: sort_field
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
    ) -> SyncPager[AffiliateSellerOpenCollaboration, AffiliateSellerSearchOpenCollaborationsResponse]:
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
    ) -> AffiliateSellerSearchSampleApplicationFulfillmentsResponse:
        """Search sample application fulfillments.

        Lists the videos and LIVEs a creator posted to fulfill one sample application, with views, likes,
        comments and paid orders. Use it to track or evaluate a sample program.

        `POST /affiliate_seller/202409/sample_applications/{application_id}/fulfillments/search` (shop-
        scoped)

        Args:
            application_id: application_id
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
    ) -> AffiliateSellerSearchSampleApplicationsResponse:
        """Search sample applications.

        Searches the creators' free sample applications by product, creator, target collaboration, order or
        status, with the creator's profile and the application's shipping and fulfillment state. Use it to
        find applications to review or ship.

        `POST /affiliate_seller/202508/sample_applications/search` (shop-scoped)

        Args:
            page_size: page_size
            page_token: page_token
            product_id: Only applications for this product.
            title: Product name, fuzzy-matched.
            creator_user_oepn_id: Only applications of this creator, by Open ID. The key is misspelled on
        the wire; send it exactly so.
            username: Creator's TikTok username, fuzzy-matched.
            target_collabration_id: Only applications of this target collaboration. The key is misspelled on
        the wire; send it exactly so.
            order_id: Id of the sample order created when the application was approved.
            status: Only applications in this status: `PENDING` (awaiting review), `AWAITING_SHIPMENT`,
        `SHIPPED`, `CONTENT_PENDING` (received, content expected), `COMPLETED`, or one of the closing states
        `REJECT_CANCELLED`, `OVERDUE_CANCELLED`, `UNFULFILL_CANCELLED`, `DEL_OPEN_COLLAB`,
        `SELLER_NOT_SHIP_CANCELLED`, `WITHDRAW_CANCELLED`, `UNFULFILLABLE_CANCELLED`, `OPS_CANCELLED`,
        `OPS_FAILED`, `OPS_COMPLETED`."""
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
    ) -> SyncPager[AffiliateSellerSampleApplication, AffiliateSellerSearchSampleApplicationsResponse]:
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


class AffiliateSellerResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.create_open_collaboration = raw(resource.create_open_collaboration)
        self.edit_open_collaboration_sample_rule = raw(resource.edit_open_collaboration_sample_rule)
        self.edit_open_collaboration_settings = raw(resource.edit_open_collaboration_settings)
        self.generate_affiliate_product_promotion_link = raw(resource.generate_affiliate_product_promotion_link)
        self.get_open_collaboration_creator_content = raw(resource.get_open_collaboration_creator_content)
        self.get_open_collaboration_sample_rules = raw(resource.get_open_collaboration_sample_rules)
        self.get_open_collaboration_settings = raw(resource.get_open_collaboration_settings)
        self.get_sample_request_deeplink = raw(resource.get_sample_request_deeplink)
        self.remove_open_collaboration = raw(resource.remove_open_collaboration)
        self.remove_open_collaboration_creator = raw(resource.remove_open_collaboration_creator)
        self.review_sample_application = raw(resource.review_sample_application)
        self.search_open_collaboration_products = raw(resource.search_open_collaboration_products)
        self.search_open_collaborations = raw(resource.search_open_collaborations)
        self.search_sample_application_fulfillments = raw(resource.search_sample_application_fulfillments)
        self.search_sample_applications = raw(resource.search_sample_applications)


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
        self.search_sample_application_fulfillments = resource.search_sample_application_fulfillments


class AffiliateSellerAt202410:
    """`affiliate_seller` operations pinned to version 202410."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.edit_open_collaboration_sample_rule = resource.edit_open_collaboration_sample_rule
        self.get_open_collaboration_sample_rules = resource.get_open_collaboration_sample_rules


class AffiliateSellerAt202412:
    """`affiliate_seller` operations pinned to version 202412."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.create_open_collaboration = resource.create_open_collaboration
        self.search_open_collaborations = resource.search_open_collaborations
        self.iter_search_open_collaborations = resource.iter_search_open_collaborations


class AffiliateSellerAt202507:
    """`affiliate_seller` operations pinned to version 202507."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.review_sample_application = resource.review_sample_application


class AffiliateSellerAt202508:
    """`affiliate_seller` operations pinned to version 202508."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.get_open_collaboration_creator_content = resource.get_open_collaboration_creator_content
        self.iter_get_open_collaboration_creator_content = resource.iter_get_open_collaboration_creator_content
        self.remove_open_collaboration_creator = resource.remove_open_collaboration_creator
        self.search_sample_applications = resource.search_sample_applications
        self.iter_search_sample_applications = resource.iter_search_sample_applications


class AffiliateSellerAt202512:
    """`affiliate_seller` operations pinned to version 202512."""

    def __init__(self, resource: AffiliateSellerResource) -> None:
        self.get_sample_request_deeplink = resource.get_sample_request_deeplink


class AsyncAffiliateSellerResource:
    """Affiliate marketing for sellers: open and target collaborations with creators, free sample
    applications, affiliate orders, the Creator Marketplace, creator messaging (IM) and Compass data
    exports. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def create_open_collaboration(
        self,
        *,
        product_id: str,
        commission_rate: int,
    ) -> AffiliateSellerCreateOpenCollaborationResponse:
        """Create open collaboration.

        Puts one product into open collaboration with the given commission rate, so that any creator can
        promote it from the affiliate marketplace.

        `POST /affiliate_seller/202412/open_collaborations` (shop-scoped)

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

    async def edit_open_collaboration_sample_rule(
        self,
        *,
        product_id: str,
        sample_rule: AffiliateSellerEditOpenCollaborationSampleRuleRequestSampleRule | None = None,
    ) -> AffiliateSellerEditOpenCollaborationSampleRuleResponse:
        """Edit open collaboration sample rule.

        Creates, updates or deactivates the free sample rule of one open collaboration product: sample
        quota, application period and the thresholds a creator must meet to request a sample. A product has
        one rule; the latest call wins.

        `POST /affiliate_seller/202410/open_collaborations/sample_rules` (shop-scoped)

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
        auto_add_product: AffiliateSellerEditOpenCollaborationSettingsRequestAutoAddProduct | None = None,
    ) -> AffiliateSellerEditOpenCollaborationSettingsResponse:
        """Edit open collaboration settings.

        Turns automatic enrollment of products into open collaboration on or off and sets the default
        commission rate for the enrolled products. Use it to put the whole catalog, including future
        products, into open collaboration at once.

        `POST /affiliate_seller/202405/open_collaboration_settings` (shop-scoped)

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
    ) -> AffiliateSellerGenerateAffiliateProductPromotionLinkResponse:
        """Generate affiliate product promotion link.

        Generates an affiliate-only promotion link for an open collaboration product. A partner can hand the
        link to creators; a creator who adds the product to the showcase through it has the resulting sales
        attributed to the partner.

        `POST /affiliate_seller/202405/products/{product_id}/promotion_link/generate` (shop-scoped)

        Args:
            product_id: product_id"""
        return await self._client.request(
            ops.GENERATE_AFFILIATE_PRODUCT_PROMOTION_LINK,
            {
                "product_id": product_id,
            },
        )

    async def get_open_collaboration_creator_content(
        self,
        *,
        page_size: int,
        product_id: str,
        page_token: str | None = None,
    ) -> AffiliateSellerGetOpenCollaborationCreatorContentDetailsResponse:
        """Get open collaboration creator content details.

        Lists the creators promoting one open collaboration product, with their profile, the number of
        videos and LIVEs they posted and their promotion status.

        `GET /affiliate_seller/202508/open_collaborations/creator_content_details` (shop-scoped)

        Args:
            page_size: page_size
            page_token: page_token
            product_id: product_id"""
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
    ) -> AsyncPager[
        AffiliateSellerCreatorContentDetail, AffiliateSellerGetOpenCollaborationCreatorContentDetailsResponse
    ]:
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
    ) -> AffiliateSellerGetOpenCollaborationSampleRulesResponse:
        """Get open collaboration sample rules.

        Returns the free sample rules of the given open collaboration products: status, quota, remaining
        quantity, application period and creator thresholds. Products without a rule (or whose rule was
        deleted) are left out.

        `GET /affiliate_seller/202410/open_collaborations/sample_rules` (shop-scoped)

        Args:
            product_ids: product_ids"""
        return await self._client.request(
            ops.GET_OPEN_COLLABORATION_SAMPLE_RULES,
            {
                "product_ids": product_ids,
            },
        )

    async def get_open_collaboration_settings(
        self,
    ) -> AffiliateSellerGetOpenCollaborationSettingsResponse:
        """Get open collaboration settings.

        Returns the shop's open collaboration settings, such as whether products are added to open
        collaboration automatically and at which default commission rate.

        `GET /affiliate_seller/202409/open_collaboration_settings` (shop-scoped)"""
        return await self._client.request(ops.GET_OPEN_COLLABORATION_SETTINGS, {})

    async def get_sample_request_deeplink(
        self,
        *,
        product_id: str,
        sku_id: str,
        campaign_id: str | None = None,
        collaboration_id: str | None = None,
        valid_days: int | None = None,
    ) -> AffiliateSellerSellerGetSampleRequestDeeplinkResponse:
        """Get sample request deeplink.

        Returns a TikTok deeplink that opens the app on the sample request page of a product SKU. The seller
        can turn it into a QR code and send it to a creator, e.g. by email.

        `GET /affiliate_seller/202512/sample_applications/deeplink` (shop-scoped)

        Args:
            product_id: product_id
            sku_id: sku_id
            campaign_id: campaign_id
            collaboration_id: collaboration_id
            valid_days: valid_days"""
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

    async def remove_open_collaboration(
        self,
        *,
        product_id: str,
    ) -> AffiliateSellerRemoveOpenCollaborationResponse:
        """Remove open collaboration.

        Takes a product out of open collaboration. Only collaborations in `NORMAL` status can be removed;
        the removal is not immediate but takes effect at the returned time (usually the next midnight in the
        shop's time zone), to protect creators already promoting the product.

        `DELETE /affiliate_seller/202409/open_collaborations/products/{product_id}` (shop-scoped)

        Args:
            product_id: product_id"""
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
    ) -> AffiliateSellerRemoveCreatorFromOpenCollaborationProductResponse:
        """Remove creator from open collaboration product.

        Removes a creator from a product's open collaboration. The creator can currently rejoin afterwards;
        call it again to remove them again.

        `POST /affiliate_seller/202508/open_collaborations/{open_collaboration_id}/remove_creator` (shop-
        scoped)

        Args:
            open_collaboration_id: open_collaboration_id
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

    async def review_sample_application(
        self,
        *,
        application_id: str,
        review_result: Literal["APPROVE", "REJECT"],
        reject_reason: Literal["NOT_MATCH", "OFFLINE", "OTHER", "OUT_OF_STOCK"] | None = None,
    ) -> AffiliateSellerReviewASampleApplicationResponse:
        """Review a sample application.

        Approves or rejects a creator's free sample application of an open collaboration. Only `PENDING`
        applications can be reviewed; a rejection needs a reason.

        `POST /affiliate_seller/202507/sample_applications/{application_id}/review` (shop-scoped)

        Args:
            application_id: application_id
            review_result: `APPROVE` or `REJECT` the application.
            reject_reason: Why the application is rejected, required with `REJECT`: `NOT_MATCH` (creator
        does not meet the requirements), `OFFLINE` (product taken offline), `OUT_OF_STOCK` or `OTHER`."""
        return await self._client.request(
            ops.REVIEW_SAMPLE_APPLICATION,
            {
                "application_id": application_id,
                "review_result": review_result,
                "reject_reason": reject_reason,
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
        sales_price_range: AffiliateSellerSellerSearchOpenCollaborationProductsRequestSalesPriceRange | None = None,
        category: AffiliateSellerSellerSearchOpenCollaborationProductsRequestCategory | None = None,
        commission_rate_range: AffiliateSellerSellerSearchOpenCollaborationProductsRequestCommissionRateRange
        | None = None,
    ) -> AffiliateSellerSellerSearchOpenCollaborationProductsResponse:
        """Search open collaboration products.

        Searches the open collaboration products of the affiliate product marketplace in the seller's
        registered regions, filtered by title keywords, category, commission rate and sale price. Every
        filter group supplied must match; with none, all eligible products are paged.

        `POST /affiliate_seller/202405/open_collaborations/products/search` (shop-scoped)

        Args:
            page_size: page_size
            page_token: page_token
            sort_order: sort_order
            sort_field: sort_field
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
        sales_price_range: AffiliateSellerSellerSearchOpenCollaborationProductsRequestSalesPriceRange | None = None,
        category: AffiliateSellerSellerSearchOpenCollaborationProductsRequestCategory | None = None,
        commission_rate_range: AffiliateSellerSellerSearchOpenCollaborationProductsRequestCommissionRateRange
        | None = None,
    ) -> AsyncPager[AffiliateSellerMarketplaceProduct, AffiliateSellerSellerSearchOpenCollaborationProductsResponse]:
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
    ) -> AffiliateSellerSearchOpenCollaborationsResponse:
        """Search open collaborations.

        Lists the shop's open collaborations with their product, current commission and the number of
        creators who showcase or post content about each product. Filter by product name, product id or top-
        level category.

        `POST /affiliate_seller/202412/open_collaborations/search` (shop-scoped)

        Args:
            page_size: page_size
            page_token: page_token
            sort_order: sort_order
            sort_field: sort_field
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
    ) -> AsyncPager[AffiliateSellerOpenCollaboration, AffiliateSellerSearchOpenCollaborationsResponse]:
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
    ) -> AffiliateSellerSearchSampleApplicationFulfillmentsResponse:
        """Search sample application fulfillments.

        Lists the videos and LIVEs a creator posted to fulfill one sample application, with views, likes,
        comments and paid orders. Use it to track or evaluate a sample program.

        `POST /affiliate_seller/202409/sample_applications/{application_id}/fulfillments/search` (shop-
        scoped)

        Args:
            application_id: application_id
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
    ) -> AffiliateSellerSearchSampleApplicationsResponse:
        """Search sample applications.

        Searches the creators' free sample applications by product, creator, target collaboration, order or
        status, with the creator's profile and the application's shipping and fulfillment state. Use it to
        find applications to review or ship.

        `POST /affiliate_seller/202508/sample_applications/search` (shop-scoped)

        Args:
            page_size: page_size
            page_token: page_token
            product_id: Only applications for this product.
            title: Product name, fuzzy-matched.
            creator_user_oepn_id: Only applications of this creator, by Open ID. The key is misspelled on
        the wire; send it exactly so.
            username: Creator's TikTok username, fuzzy-matched.
            target_collabration_id: Only applications of this target collaboration. The key is misspelled on
        the wire; send it exactly so.
            order_id: Id of the sample order created when the application was approved.
            status: Only applications in this status: `PENDING` (awaiting review), `AWAITING_SHIPMENT`,
        `SHIPPED`, `CONTENT_PENDING` (received, content expected), `COMPLETED`, or one of the closing states
        `REJECT_CANCELLED`, `OVERDUE_CANCELLED`, `UNFULFILL_CANCELLED`, `DEL_OPEN_COLLAB`,
        `SELLER_NOT_SHIP_CANCELLED`, `WITHDRAW_CANCELLED`, `UNFULFILLABLE_CANCELLED`, `OPS_CANCELLED`,
        `OPS_FAILED`, `OPS_COMPLETED`."""
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
    ) -> AsyncPager[AffiliateSellerSampleApplication, AffiliateSellerSearchSampleApplicationsResponse]:
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


class AsyncAffiliateSellerResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.create_open_collaboration = async_raw(resource.create_open_collaboration)
        self.edit_open_collaboration_sample_rule = async_raw(resource.edit_open_collaboration_sample_rule)
        self.edit_open_collaboration_settings = async_raw(resource.edit_open_collaboration_settings)
        self.generate_affiliate_product_promotion_link = async_raw(resource.generate_affiliate_product_promotion_link)
        self.get_open_collaboration_creator_content = async_raw(resource.get_open_collaboration_creator_content)
        self.get_open_collaboration_sample_rules = async_raw(resource.get_open_collaboration_sample_rules)
        self.get_open_collaboration_settings = async_raw(resource.get_open_collaboration_settings)
        self.get_sample_request_deeplink = async_raw(resource.get_sample_request_deeplink)
        self.remove_open_collaboration = async_raw(resource.remove_open_collaboration)
        self.remove_open_collaboration_creator = async_raw(resource.remove_open_collaboration_creator)
        self.review_sample_application = async_raw(resource.review_sample_application)
        self.search_open_collaboration_products = async_raw(resource.search_open_collaboration_products)
        self.search_open_collaborations = async_raw(resource.search_open_collaborations)
        self.search_sample_application_fulfillments = async_raw(resource.search_sample_application_fulfillments)
        self.search_sample_applications = async_raw(resource.search_sample_applications)


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
        self.search_sample_application_fulfillments = resource.search_sample_application_fulfillments


class AsyncAffiliateSellerAt202410:
    """`affiliate_seller` operations pinned to version 202410."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.edit_open_collaboration_sample_rule = resource.edit_open_collaboration_sample_rule
        self.get_open_collaboration_sample_rules = resource.get_open_collaboration_sample_rules


class AsyncAffiliateSellerAt202412:
    """`affiliate_seller` operations pinned to version 202412."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.create_open_collaboration = resource.create_open_collaboration
        self.search_open_collaborations = resource.search_open_collaborations
        self.iter_search_open_collaborations = resource.iter_search_open_collaborations


class AsyncAffiliateSellerAt202507:
    """`affiliate_seller` operations pinned to version 202507."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.review_sample_application = resource.review_sample_application


class AsyncAffiliateSellerAt202508:
    """`affiliate_seller` operations pinned to version 202508."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.get_open_collaboration_creator_content = resource.get_open_collaboration_creator_content
        self.iter_get_open_collaboration_creator_content = resource.iter_get_open_collaboration_creator_content
        self.remove_open_collaboration_creator = resource.remove_open_collaboration_creator
        self.search_sample_applications = resource.search_sample_applications
        self.iter_search_sample_applications = resource.iter_search_sample_applications


class AsyncAffiliateSellerAt202512:
    """`affiliate_seller` operations pinned to version 202512."""

    def __init__(self, resource: AsyncAffiliateSellerResource) -> None:
        self.get_sample_request_deeplink = resource.get_sample_request_deeplink
