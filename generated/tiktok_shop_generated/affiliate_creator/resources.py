"""The `affiliate_creator` resources: sync and async twins, raw-response and version views.

Tools for TikTok creators in the affiliate program: the showcase, open and target collaborations,
free samples, affiliate orders, sharing links and shoppable posts."""

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
    AffiliateCreatorAddShowcaseProductsResponse,
    AffiliateCreatorCheckCreatorSampleEligibilityResponse,
    AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsResponse,
    AffiliateCreatorGetCreatorProfileResponse,
    AffiliateCreatorGetCreatorSampleApplicationDetailResponse,
    AffiliateCreatorGetOpenCollaborationProductListByProductIdsResponse,
    AffiliateCreatorGetShopProductsResponse,
    AffiliateCreatorGetShowcaseProductsResponse,
    AffiliateCreatorMoveShowcaseProductsToTheTopResponse,
    AffiliateCreatorOpenCollaborationProduct,
    AffiliateCreatorRemoveShowcaseProductsResponse,
    AffiliateCreatorSampleApplication,
    AffiliateCreatorSearchCreatorSampleApplicationsResponse,
    AffiliateCreatorSearchCreatorTargetCollaborationsResponse,
    AffiliateCreatorSearchOpenCollaborationProductsRequestCategory,
    AffiliateCreatorSearchOpenCollaborationProductsRequestCommissionRateRange,
    AffiliateCreatorSearchOpenCollaborationProductsRequestSalesPriceRange,
    AffiliateCreatorSearchOpenCollaborationProductsResponse,
    AffiliateCreatorShopProduct,
    AffiliateCreatorShowcaseProduct,
    AffiliateCreatorTargetCollaboration,
)


class AffiliateCreatorResource:
    """Tools for TikTok creators in the affiliate program: the showcase, open and target collaborations,
    free samples, affiliate orders, sharing links and shoppable posts."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def add_showcase_products(
        self,
        *,
        add_type: Literal["PRODUCT_ID", "PRODUCT_LINK"],
        product_ids: list[str] | None = None,
        product_link: str | None = None,
    ) -> AffiliateCreatorAddShowcaseProductsResponse:
        """Add showcase products.

        Adds products to the creator's showcase, by product ids or by a product link. The call may succeed
        while some products fail; those are listed in `errors`.

        `POST /affiliate_creator/202405/showcases/products/add`

        Args:
            add_type: How the products are given: `PRODUCT_ID` uses `product_ids`, `PRODUCT_LINK` uses
        `product_link`.
            product_ids: Ids of the products to add (with `PRODUCT_ID`), at most 20.
            product_link: URL of the product to add (with `PRODUCT_LINK`)."""
        return self._client.request(
            ops.ADD_SHOWCASE_PRODUCTS,
            {
                "add_type": add_type,
                "product_ids": product_ids,
                "product_link": product_link,
            },
        )

    def check_sample_eligibility(
        self,
        *,
        product_id: str,
    ) -> AffiliateCreatorCheckCreatorSampleEligibilityResponse:
        """Check sample eligibility.

        Tells whether the creator may apply for a free sample of a product, the state of any existing
        application, and which SKUs are available as samples.

        `GET /affiliate_creator/202412/samples/labels`

        Args:
            product_id: product_id"""
        return self._client.request(
            ops.CHECK_SAMPLE_ELIGIBILITY,
            {
                "product_id": product_id,
            },
        )

    def get_creator_profile(
        self,
    ) -> AffiliateCreatorGetCreatorProfileResponse:
        """Get creator profile.

        Returns the authorized creator's TikTok profile: name, avatar, regions, user type and product
        promotion permissions. Use it to check what the creator is allowed to do.

        `GET /affiliate_creator/202508/profiles`"""
        return self._client.request(ops.GET_CREATOR_PROFILE, {})

    def get_open_collaboration_products_by_ids(
        self,
        *,
        product_ids: list[str] | None = None,
    ) -> AffiliateCreatorGetOpenCollaborationProductListByProductIdsResponse:
        """Get open collaboration products by ids.

        Returns the open collaboration details (prices, commission, categories) of the given products.
        Products that are not found are left out of the result.

        `POST /affiliate_creator/202509/open_collaborations/products`

        Args:
            product_ids: product_ids"""
        return self._client.request(
            ops.GET_OPEN_COLLABORATION_PRODUCTS_BY_IDS,
            {
                "product_ids": product_ids,
            },
        )

    def get_sample_application_detail(
        self,
        *,
        product_id: str,
        application_type: str,
        application_id: str | None = None,
        main_order_id: str | None = None,
    ) -> AffiliateCreatorGetCreatorSampleApplicationDetailResponse:
        """Get sample application detail.

        Returns one sample application of the creator, found by product and application id, or by product
        and sample order id for coupon, campaign and refundable samples.

        `POST /affiliate_creator/202412/sample_applications/single_query`

        Args:
            product_id: Id of the sampled product.
            application_type: Kind of application: `FREE_SAMPLE`, `SAMPLE_COUPON`, `SAMPLE_CAMPAIGN` or
        `REFUNDABLE_SAMPLE`.
            application_id: Sample application id, for `FREE_SAMPLE`; when omitted, give `main_order_id`
        instead.
            main_order_id: Id of the sample order; required for `SAMPLE_COUPON`, `SAMPLE_CAMPAIGN` and
        `REFUNDABLE_SAMPLE`."""
        return self._client.request(
            ops.GET_SAMPLE_APPLICATION_DETAIL,
            {
                "product_id": product_id,
                "application_type": application_type,
                "application_id": application_id,
                "main_order_id": main_order_id,
            },
        )

    def get_shop_products(
        self,
        *,
        page_size: int,
        title_keyword: str | None = None,
        sort_field: Literal["PRICE", "PRODUCT_ID", "SALE"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_token: str | None = None,
    ) -> AffiliateCreatorGetShopProductsResponse:
        """Get shop products.

        Searches the products of the shop bound to the creator's account, optionally by title keyword. The
        creator must have a bound shop.

        `GET /affiliate_creator/202509/shop_products`

        Args:
            title_keyword: title_keyword
            sort_field: sort_field
            sort_order: sort_order
            page_size: page_size
            page_token: page_token"""
        return self._client.request(
            ops.GET_SHOP_PRODUCTS,
            {
                "title_keyword": title_keyword,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def iter_get_shop_products(
        self,
        *,
        page_size: int,
        title_keyword: str | None = None,
        sort_field: Literal["PRICE", "PRODUCT_ID", "SALE"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_token: str | None = None,
    ) -> SyncPager[AffiliateCreatorShopProduct, AffiliateCreatorGetShopProductsResponse]:
        """Iterate over every item of `get_shop_products` across pages, fetching each page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_shop_products`."""
        return self._client.paginate(
            ops.GET_SHOP_PRODUCTS,
            {
                "title_keyword": title_keyword,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def get_showcase_products(
        self,
        *,
        page_size: int,
        origin: Literal["LIVE", "SHOWCASE"],
        page_token: str | None = None,
    ) -> AffiliateCreatorGetShowcaseProductsResponse:
        """Get showcase products.

        Lists, page by page, the products in the authorized creator's showcase (up to 2000), or the products
        of the live bag when the creator is streaming. Use it to review what the creator currently promotes.

        `GET /affiliate_creator/202405/showcases/products`

        Args:
            page_size: page_size
            page_token: page_token
            origin: origin"""
        return self._client.request(
            ops.GET_SHOWCASE_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "origin": origin,
            },
        )

    def iter_get_showcase_products(
        self,
        *,
        page_size: int,
        origin: Literal["LIVE", "SHOWCASE"],
        page_token: str | None = None,
    ) -> SyncPager[AffiliateCreatorShowcaseProduct, AffiliateCreatorGetShowcaseProductsResponse]:
        """Iterate over every item of `get_showcase_products` across pages, fetching each page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_showcase_products`."""
        return self._client.paginate(
            ops.GET_SHOWCASE_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "origin": origin,
            },
        )

    def move_showcase_products_to_top(
        self,
        *,
        product_ids: list[str],
    ) -> AffiliateCreatorMoveShowcaseProductsToTheTopResponse:
        """Pin showcase products to the top.

        Moves products already in the creator's showcase to its top, in the order given. Use it to feature
        selected products first.

        `POST /affiliate_creator/202409/showcases/products/top`

        Args:
            product_ids: Ids of products already in the showcase; they are shown at the top in this order."""
        return self._client.request(
            ops.MOVE_SHOWCASE_PRODUCTS_TO_TOP,
            {
                "product_ids": product_ids,
            },
        )

    def remove_showcase_products(
        self,
        *,
        product_ids: list[str],
    ) -> AffiliateCreatorRemoveShowcaseProductsResponse:
        """Remove showcase products.

        Removes products from the creator's showcase, up to 200 per call. A failure is reported through the
        envelope's error code and message.

        `DELETE /affiliate_creator/202409/showcases/products`

        Args:
            product_ids: Ids of the products to remove, 1 to 200."""
        return self._client.request(
            ops.REMOVE_SHOWCASE_PRODUCTS,
            {
                "product_ids": product_ids,
            },
        )

    def search_open_collaboration_products(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        sort_field: Literal["commission", "commission_rate", "product_sales_price", "units_sold"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        title_keywords: list[str] | None = None,
        sales_price_range: AffiliateCreatorSearchOpenCollaborationProductsRequestSalesPriceRange | None = None,
        category: AffiliateCreatorSearchOpenCollaborationProductsRequestCategory | None = None,
        commission_rate_range: AffiliateCreatorSearchOpenCollaborationProductsRequestCommissionRateRange | None = None,
    ) -> AffiliateCreatorSearchOpenCollaborationProductsResponse:
        """Search open collaboration products.

        Searches the Affiliate Product Marketplace for products in open collaboration, filtered by title
        keywords, category, price and commission rate. Only products of the regions the creator is
        registered in are found.

        `POST /affiliate_creator/202405/open_collaborations/products/search`

        Args:
            page_size: page_size
            page_token: page_token
            sort_field: sort_field
            sort_order: sort_order
            title_keywords: Keywords loosely matched against product titles, combined with AND; at most 20,
        each up to 255 characters.
            sales_price_range: Price range filter.
            category: Category filter.
            commission_rate_range: Commission rate filter, in hundredths of a percent."""
        return self._client.request(
            ops.SEARCH_OPEN_COLLABORATION_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
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
        sort_field: Literal["commission", "commission_rate", "product_sales_price", "units_sold"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        title_keywords: list[str] | None = None,
        sales_price_range: AffiliateCreatorSearchOpenCollaborationProductsRequestSalesPriceRange | None = None,
        category: AffiliateCreatorSearchOpenCollaborationProductsRequestCategory | None = None,
        commission_rate_range: AffiliateCreatorSearchOpenCollaborationProductsRequestCommissionRateRange | None = None,
    ) -> SyncPager[AffiliateCreatorOpenCollaborationProduct, AffiliateCreatorSearchOpenCollaborationProductsResponse]:
        """Iterate over every item of `search_open_collaboration_products` across pages, fetching each page
        lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_open_collaboration_products`."""
        return self._client.paginate(
            ops.SEARCH_OPEN_COLLABORATION_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "title_keywords": title_keywords,
                "sales_price_range": sales_price_range,
                "category": category,
                "commission_rate_range": commission_rate_range,
            },
        )

    def search_sample_application_fulfillments(
        self,
        *,
        fulfillment_statuses: list[
            Literal["CANCELLED", "EXEMPTED", "FAILED", "ONGOING", "OVERDUE", "PENDING", "SUCCEED", "SUSPEND"]
        ],
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: Literal["create_time", "expired_time"] | None = None,
    ) -> AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsResponse:
        """Search sample fulfillments.

        Lists the content-creation obligations (fulfillments) attached to the samples the creator received,
        filtered by fulfillment status. Use it to track deadlines.

        `POST /affiliate_creator/202409/sample_applications/fulfillments/search`

        Args:
            sort_order: sort_order
            sort_field: sort_field
            fulfillment_statuses: Return fulfillments in one of these states: `PENDING` (no content yet),
        `ONGOING` (content under evaluation), `SUCCEED`, `FAILED`, `OVERDUE` (deadline missed), `SUSPEND`,
        `CANCELLED`, `EXEMPTED`."""
        return self._client.request(
            ops.SEARCH_SAMPLE_APPLICATION_FULFILLMENTS,
            {
                "sort_order": sort_order,
                "sort_field": sort_field,
                "fulfillment_statuses": fulfillment_statuses,
            },
        )

    def search_sample_applications(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        application_statuses: list[str] | None = None,
    ) -> AffiliateCreatorSearchCreatorSampleApplicationsResponse:
        """Search sample applications.

        Lists the creator's free-sample applications, optionally filtered by status, with the sampled SKU,
        the sample order and the fulfillment state.

        `POST /affiliate_creator/202412/sample_applications/search`

        Args:
            page_size: page_size
            page_token: page_token
            application_statuses: Return applications in one of these states (see
        `AffiliateCreatorSampleApplication.status`), e.g. `PENDING`, `AWAITING_SHIPMENT`, `SHIPPED`,
        `COMPLETED`, `TO_BE_POST`."""
        return self._client.request(
            ops.SEARCH_SAMPLE_APPLICATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "application_statuses": application_statuses,
            },
        )

    def iter_search_sample_applications(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        application_statuses: list[str] | None = None,
    ) -> SyncPager[AffiliateCreatorSampleApplication, AffiliateCreatorSearchCreatorSampleApplicationsResponse]:
        """Iterate over every item of `search_sample_applications` across pages, fetching each page lazily.

        Iterating yields `sample_applications` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_sample_applications`."""
        return self._client.paginate(
            ops.SEARCH_SAMPLE_APPLICATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "application_statuses": application_statuses,
            },
        )

    def search_target_collaborations(
        self,
        *,
        page_size: int,
        shop_id: str,
        page_token: str | None = None,
        keyword_type: Literal["TARGET_COLLABORATIONS_ID", "TARGET_COLLABORATIONS_NAME"] | None = None,
        keyword: str | None = None,
    ) -> AffiliateCreatorSearchCreatorTargetCollaborationsResponse:
        """Search target collaborations.

        Lists the target collaborations a shop offered to the creator, with their products and commission,
        optionally filtered by collaboration id or name.

        `POST /affiliate_creator/202405/target_collaborations/search`

        Args:
            page_size: page_size
            page_token: page_token
            shop_id: Id of the shop whose target collaborations to list.
            keyword_type: What `keyword` holds: `TARGET_COLLABORATIONS_ID` (matches collaborations in any
        state) or `TARGET_COLLABORATIONS_NAME` (matches `LIVE` ones only). Give it together with `keyword`.
            keyword: Collaboration id (decimal integer) or name (under 500 bytes) to search for."""
        return self._client.request(
            ops.SEARCH_TARGET_COLLABORATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "shop_id": shop_id,
                "keyword_type": keyword_type,
                "keyword": keyword,
            },
        )

    def iter_search_target_collaborations(
        self,
        *,
        page_size: int,
        shop_id: str,
        page_token: str | None = None,
        keyword_type: Literal["TARGET_COLLABORATIONS_ID", "TARGET_COLLABORATIONS_NAME"] | None = None,
        keyword: str | None = None,
    ) -> SyncPager[AffiliateCreatorTargetCollaboration, AffiliateCreatorSearchCreatorTargetCollaborationsResponse]:
        """Iterate over every item of `search_target_collaborations` across pages, fetching each page lazily.

        Iterating yields `target_collaborations` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_target_collaborations`."""
        return self._client.paginate(
            ops.SEARCH_TARGET_COLLABORATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "shop_id": shop_id,
                "keyword_type": keyword_type,
                "keyword": keyword,
            },
        )


class AffiliateCreatorResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.add_showcase_products = raw(resource.add_showcase_products)
        self.check_sample_eligibility = raw(resource.check_sample_eligibility)
        self.get_creator_profile = raw(resource.get_creator_profile)
        self.get_open_collaboration_products_by_ids = raw(resource.get_open_collaboration_products_by_ids)
        self.get_sample_application_detail = raw(resource.get_sample_application_detail)
        self.get_shop_products = raw(resource.get_shop_products)
        self.get_showcase_products = raw(resource.get_showcase_products)
        self.move_showcase_products_to_top = raw(resource.move_showcase_products_to_top)
        self.remove_showcase_products = raw(resource.remove_showcase_products)
        self.search_open_collaboration_products = raw(resource.search_open_collaboration_products)
        self.search_sample_application_fulfillments = raw(resource.search_sample_application_fulfillments)
        self.search_sample_applications = raw(resource.search_sample_applications)
        self.search_target_collaborations = raw(resource.search_target_collaborations)


class AffiliateCreatorAt202405:
    """`affiliate_creator` operations pinned to version 202405."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.add_showcase_products = resource.add_showcase_products
        self.get_showcase_products = resource.get_showcase_products
        self.iter_get_showcase_products = resource.iter_get_showcase_products
        self.search_open_collaboration_products = resource.search_open_collaboration_products
        self.iter_search_open_collaboration_products = resource.iter_search_open_collaboration_products
        self.search_target_collaborations = resource.search_target_collaborations
        self.iter_search_target_collaborations = resource.iter_search_target_collaborations


class AffiliateCreatorAt202409:
    """`affiliate_creator` operations pinned to version 202409."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.move_showcase_products_to_top = resource.move_showcase_products_to_top
        self.remove_showcase_products = resource.remove_showcase_products
        self.search_sample_application_fulfillments = resource.search_sample_application_fulfillments


class AffiliateCreatorAt202412:
    """`affiliate_creator` operations pinned to version 202412."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.check_sample_eligibility = resource.check_sample_eligibility
        self.get_sample_application_detail = resource.get_sample_application_detail
        self.search_sample_applications = resource.search_sample_applications
        self.iter_search_sample_applications = resource.iter_search_sample_applications


class AffiliateCreatorAt202508:
    """`affiliate_creator` operations pinned to version 202508."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.get_creator_profile = resource.get_creator_profile


class AffiliateCreatorAt202509:
    """`affiliate_creator` operations pinned to version 202509."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.get_open_collaboration_products_by_ids = resource.get_open_collaboration_products_by_ids
        self.get_shop_products = resource.get_shop_products
        self.iter_get_shop_products = resource.iter_get_shop_products


class AsyncAffiliateCreatorResource:
    """Tools for TikTok creators in the affiliate program: the showcase, open and target collaborations,
    free samples, affiliate orders, sharing links and shoppable posts. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def add_showcase_products(
        self,
        *,
        add_type: Literal["PRODUCT_ID", "PRODUCT_LINK"],
        product_ids: list[str] | None = None,
        product_link: str | None = None,
    ) -> AffiliateCreatorAddShowcaseProductsResponse:
        """Add showcase products.

        Adds products to the creator's showcase, by product ids or by a product link. The call may succeed
        while some products fail; those are listed in `errors`.

        `POST /affiliate_creator/202405/showcases/products/add`

        Args:
            add_type: How the products are given: `PRODUCT_ID` uses `product_ids`, `PRODUCT_LINK` uses
        `product_link`.
            product_ids: Ids of the products to add (with `PRODUCT_ID`), at most 20.
            product_link: URL of the product to add (with `PRODUCT_LINK`)."""
        return await self._client.request(
            ops.ADD_SHOWCASE_PRODUCTS,
            {
                "add_type": add_type,
                "product_ids": product_ids,
                "product_link": product_link,
            },
        )

    async def check_sample_eligibility(
        self,
        *,
        product_id: str,
    ) -> AffiliateCreatorCheckCreatorSampleEligibilityResponse:
        """Check sample eligibility.

        Tells whether the creator may apply for a free sample of a product, the state of any existing
        application, and which SKUs are available as samples.

        `GET /affiliate_creator/202412/samples/labels`

        Args:
            product_id: product_id"""
        return await self._client.request(
            ops.CHECK_SAMPLE_ELIGIBILITY,
            {
                "product_id": product_id,
            },
        )

    async def get_creator_profile(
        self,
    ) -> AffiliateCreatorGetCreatorProfileResponse:
        """Get creator profile.

        Returns the authorized creator's TikTok profile: name, avatar, regions, user type and product
        promotion permissions. Use it to check what the creator is allowed to do.

        `GET /affiliate_creator/202508/profiles`"""
        return await self._client.request(ops.GET_CREATOR_PROFILE, {})

    async def get_open_collaboration_products_by_ids(
        self,
        *,
        product_ids: list[str] | None = None,
    ) -> AffiliateCreatorGetOpenCollaborationProductListByProductIdsResponse:
        """Get open collaboration products by ids.

        Returns the open collaboration details (prices, commission, categories) of the given products.
        Products that are not found are left out of the result.

        `POST /affiliate_creator/202509/open_collaborations/products`

        Args:
            product_ids: product_ids"""
        return await self._client.request(
            ops.GET_OPEN_COLLABORATION_PRODUCTS_BY_IDS,
            {
                "product_ids": product_ids,
            },
        )

    async def get_sample_application_detail(
        self,
        *,
        product_id: str,
        application_type: str,
        application_id: str | None = None,
        main_order_id: str | None = None,
    ) -> AffiliateCreatorGetCreatorSampleApplicationDetailResponse:
        """Get sample application detail.

        Returns one sample application of the creator, found by product and application id, or by product
        and sample order id for coupon, campaign and refundable samples.

        `POST /affiliate_creator/202412/sample_applications/single_query`

        Args:
            product_id: Id of the sampled product.
            application_type: Kind of application: `FREE_SAMPLE`, `SAMPLE_COUPON`, `SAMPLE_CAMPAIGN` or
        `REFUNDABLE_SAMPLE`.
            application_id: Sample application id, for `FREE_SAMPLE`; when omitted, give `main_order_id`
        instead.
            main_order_id: Id of the sample order; required for `SAMPLE_COUPON`, `SAMPLE_CAMPAIGN` and
        `REFUNDABLE_SAMPLE`."""
        return await self._client.request(
            ops.GET_SAMPLE_APPLICATION_DETAIL,
            {
                "product_id": product_id,
                "application_type": application_type,
                "application_id": application_id,
                "main_order_id": main_order_id,
            },
        )

    async def get_shop_products(
        self,
        *,
        page_size: int,
        title_keyword: str | None = None,
        sort_field: Literal["PRICE", "PRODUCT_ID", "SALE"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_token: str | None = None,
    ) -> AffiliateCreatorGetShopProductsResponse:
        """Get shop products.

        Searches the products of the shop bound to the creator's account, optionally by title keyword. The
        creator must have a bound shop.

        `GET /affiliate_creator/202509/shop_products`

        Args:
            title_keyword: title_keyword
            sort_field: sort_field
            sort_order: sort_order
            page_size: page_size
            page_token: page_token"""
        return await self._client.request(
            ops.GET_SHOP_PRODUCTS,
            {
                "title_keyword": title_keyword,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def iter_get_shop_products(
        self,
        *,
        page_size: int,
        title_keyword: str | None = None,
        sort_field: Literal["PRICE", "PRODUCT_ID", "SALE"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_token: str | None = None,
    ) -> AsyncPager[AffiliateCreatorShopProduct, AffiliateCreatorGetShopProductsResponse]:
        """Iterate over every item of `get_shop_products` across pages, fetching each page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_shop_products`."""
        return self._client.paginate(
            ops.GET_SHOP_PRODUCTS,
            {
                "title_keyword": title_keyword,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    async def get_showcase_products(
        self,
        *,
        page_size: int,
        origin: Literal["LIVE", "SHOWCASE"],
        page_token: str | None = None,
    ) -> AffiliateCreatorGetShowcaseProductsResponse:
        """Get showcase products.

        Lists, page by page, the products in the authorized creator's showcase (up to 2000), or the products
        of the live bag when the creator is streaming. Use it to review what the creator currently promotes.

        `GET /affiliate_creator/202405/showcases/products`

        Args:
            page_size: page_size
            page_token: page_token
            origin: origin"""
        return await self._client.request(
            ops.GET_SHOWCASE_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "origin": origin,
            },
        )

    def iter_get_showcase_products(
        self,
        *,
        page_size: int,
        origin: Literal["LIVE", "SHOWCASE"],
        page_token: str | None = None,
    ) -> AsyncPager[AffiliateCreatorShowcaseProduct, AffiliateCreatorGetShowcaseProductsResponse]:
        """Iterate over every item of `get_showcase_products` across pages, fetching each page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_showcase_products`."""
        return self._client.paginate(
            ops.GET_SHOWCASE_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "origin": origin,
            },
        )

    async def move_showcase_products_to_top(
        self,
        *,
        product_ids: list[str],
    ) -> AffiliateCreatorMoveShowcaseProductsToTheTopResponse:
        """Pin showcase products to the top.

        Moves products already in the creator's showcase to its top, in the order given. Use it to feature
        selected products first.

        `POST /affiliate_creator/202409/showcases/products/top`

        Args:
            product_ids: Ids of products already in the showcase; they are shown at the top in this order."""
        return await self._client.request(
            ops.MOVE_SHOWCASE_PRODUCTS_TO_TOP,
            {
                "product_ids": product_ids,
            },
        )

    async def remove_showcase_products(
        self,
        *,
        product_ids: list[str],
    ) -> AffiliateCreatorRemoveShowcaseProductsResponse:
        """Remove showcase products.

        Removes products from the creator's showcase, up to 200 per call. A failure is reported through the
        envelope's error code and message.

        `DELETE /affiliate_creator/202409/showcases/products`

        Args:
            product_ids: Ids of the products to remove, 1 to 200."""
        return await self._client.request(
            ops.REMOVE_SHOWCASE_PRODUCTS,
            {
                "product_ids": product_ids,
            },
        )

    async def search_open_collaboration_products(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        sort_field: Literal["commission", "commission_rate", "product_sales_price", "units_sold"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        title_keywords: list[str] | None = None,
        sales_price_range: AffiliateCreatorSearchOpenCollaborationProductsRequestSalesPriceRange | None = None,
        category: AffiliateCreatorSearchOpenCollaborationProductsRequestCategory | None = None,
        commission_rate_range: AffiliateCreatorSearchOpenCollaborationProductsRequestCommissionRateRange | None = None,
    ) -> AffiliateCreatorSearchOpenCollaborationProductsResponse:
        """Search open collaboration products.

        Searches the Affiliate Product Marketplace for products in open collaboration, filtered by title
        keywords, category, price and commission rate. Only products of the regions the creator is
        registered in are found.

        `POST /affiliate_creator/202405/open_collaborations/products/search`

        Args:
            page_size: page_size
            page_token: page_token
            sort_field: sort_field
            sort_order: sort_order
            title_keywords: Keywords loosely matched against product titles, combined with AND; at most 20,
        each up to 255 characters.
            sales_price_range: Price range filter.
            category: Category filter.
            commission_rate_range: Commission rate filter, in hundredths of a percent."""
        return await self._client.request(
            ops.SEARCH_OPEN_COLLABORATION_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
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
        sort_field: Literal["commission", "commission_rate", "product_sales_price", "units_sold"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        title_keywords: list[str] | None = None,
        sales_price_range: AffiliateCreatorSearchOpenCollaborationProductsRequestSalesPriceRange | None = None,
        category: AffiliateCreatorSearchOpenCollaborationProductsRequestCategory | None = None,
        commission_rate_range: AffiliateCreatorSearchOpenCollaborationProductsRequestCommissionRateRange | None = None,
    ) -> AsyncPager[AffiliateCreatorOpenCollaborationProduct, AffiliateCreatorSearchOpenCollaborationProductsResponse]:
        """Iterate over every item of `search_open_collaboration_products` across pages, fetching each page
        lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_open_collaboration_products`."""
        return self._client.paginate(
            ops.SEARCH_OPEN_COLLABORATION_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "title_keywords": title_keywords,
                "sales_price_range": sales_price_range,
                "category": category,
                "commission_rate_range": commission_rate_range,
            },
        )

    async def search_sample_application_fulfillments(
        self,
        *,
        fulfillment_statuses: list[
            Literal["CANCELLED", "EXEMPTED", "FAILED", "ONGOING", "OVERDUE", "PENDING", "SUCCEED", "SUSPEND"]
        ],
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: Literal["create_time", "expired_time"] | None = None,
    ) -> AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsResponse:
        """Search sample fulfillments.

        Lists the content-creation obligations (fulfillments) attached to the samples the creator received,
        filtered by fulfillment status. Use it to track deadlines.

        `POST /affiliate_creator/202409/sample_applications/fulfillments/search`

        Args:
            sort_order: sort_order
            sort_field: sort_field
            fulfillment_statuses: Return fulfillments in one of these states: `PENDING` (no content yet),
        `ONGOING` (content under evaluation), `SUCCEED`, `FAILED`, `OVERDUE` (deadline missed), `SUSPEND`,
        `CANCELLED`, `EXEMPTED`."""
        return await self._client.request(
            ops.SEARCH_SAMPLE_APPLICATION_FULFILLMENTS,
            {
                "sort_order": sort_order,
                "sort_field": sort_field,
                "fulfillment_statuses": fulfillment_statuses,
            },
        )

    async def search_sample_applications(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        application_statuses: list[str] | None = None,
    ) -> AffiliateCreatorSearchCreatorSampleApplicationsResponse:
        """Search sample applications.

        Lists the creator's free-sample applications, optionally filtered by status, with the sampled SKU,
        the sample order and the fulfillment state.

        `POST /affiliate_creator/202412/sample_applications/search`

        Args:
            page_size: page_size
            page_token: page_token
            application_statuses: Return applications in one of these states (see
        `AffiliateCreatorSampleApplication.status`), e.g. `PENDING`, `AWAITING_SHIPMENT`, `SHIPPED`,
        `COMPLETED`, `TO_BE_POST`."""
        return await self._client.request(
            ops.SEARCH_SAMPLE_APPLICATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "application_statuses": application_statuses,
            },
        )

    def iter_search_sample_applications(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        application_statuses: list[str] | None = None,
    ) -> AsyncPager[AffiliateCreatorSampleApplication, AffiliateCreatorSearchCreatorSampleApplicationsResponse]:
        """Iterate over every item of `search_sample_applications` across pages, fetching each page lazily.

        Iterating yields `sample_applications` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_sample_applications`."""
        return self._client.paginate(
            ops.SEARCH_SAMPLE_APPLICATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "application_statuses": application_statuses,
            },
        )

    async def search_target_collaborations(
        self,
        *,
        page_size: int,
        shop_id: str,
        page_token: str | None = None,
        keyword_type: Literal["TARGET_COLLABORATIONS_ID", "TARGET_COLLABORATIONS_NAME"] | None = None,
        keyword: str | None = None,
    ) -> AffiliateCreatorSearchCreatorTargetCollaborationsResponse:
        """Search target collaborations.

        Lists the target collaborations a shop offered to the creator, with their products and commission,
        optionally filtered by collaboration id or name.

        `POST /affiliate_creator/202405/target_collaborations/search`

        Args:
            page_size: page_size
            page_token: page_token
            shop_id: Id of the shop whose target collaborations to list.
            keyword_type: What `keyword` holds: `TARGET_COLLABORATIONS_ID` (matches collaborations in any
        state) or `TARGET_COLLABORATIONS_NAME` (matches `LIVE` ones only). Give it together with `keyword`.
            keyword: Collaboration id (decimal integer) or name (under 500 bytes) to search for."""
        return await self._client.request(
            ops.SEARCH_TARGET_COLLABORATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "shop_id": shop_id,
                "keyword_type": keyword_type,
                "keyword": keyword,
            },
        )

    def iter_search_target_collaborations(
        self,
        *,
        page_size: int,
        shop_id: str,
        page_token: str | None = None,
        keyword_type: Literal["TARGET_COLLABORATIONS_ID", "TARGET_COLLABORATIONS_NAME"] | None = None,
        keyword: str | None = None,
    ) -> AsyncPager[AffiliateCreatorTargetCollaboration, AffiliateCreatorSearchCreatorTargetCollaborationsResponse]:
        """Iterate over every item of `search_target_collaborations` across pages, fetching each page lazily.

        Iterating yields `target_collaborations` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_target_collaborations`."""
        return self._client.paginate(
            ops.SEARCH_TARGET_COLLABORATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "shop_id": shop_id,
                "keyword_type": keyword_type,
                "keyword": keyword,
            },
        )


class AsyncAffiliateCreatorResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.add_showcase_products = async_raw(resource.add_showcase_products)
        self.check_sample_eligibility = async_raw(resource.check_sample_eligibility)
        self.get_creator_profile = async_raw(resource.get_creator_profile)
        self.get_open_collaboration_products_by_ids = async_raw(resource.get_open_collaboration_products_by_ids)
        self.get_sample_application_detail = async_raw(resource.get_sample_application_detail)
        self.get_shop_products = async_raw(resource.get_shop_products)
        self.get_showcase_products = async_raw(resource.get_showcase_products)
        self.move_showcase_products_to_top = async_raw(resource.move_showcase_products_to_top)
        self.remove_showcase_products = async_raw(resource.remove_showcase_products)
        self.search_open_collaboration_products = async_raw(resource.search_open_collaboration_products)
        self.search_sample_application_fulfillments = async_raw(resource.search_sample_application_fulfillments)
        self.search_sample_applications = async_raw(resource.search_sample_applications)
        self.search_target_collaborations = async_raw(resource.search_target_collaborations)


class AsyncAffiliateCreatorAt202405:
    """`affiliate_creator` operations pinned to version 202405."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.add_showcase_products = resource.add_showcase_products
        self.get_showcase_products = resource.get_showcase_products
        self.iter_get_showcase_products = resource.iter_get_showcase_products
        self.search_open_collaboration_products = resource.search_open_collaboration_products
        self.iter_search_open_collaboration_products = resource.iter_search_open_collaboration_products
        self.search_target_collaborations = resource.search_target_collaborations
        self.iter_search_target_collaborations = resource.iter_search_target_collaborations


class AsyncAffiliateCreatorAt202409:
    """`affiliate_creator` operations pinned to version 202409."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.move_showcase_products_to_top = resource.move_showcase_products_to_top
        self.remove_showcase_products = resource.remove_showcase_products
        self.search_sample_application_fulfillments = resource.search_sample_application_fulfillments


class AsyncAffiliateCreatorAt202412:
    """`affiliate_creator` operations pinned to version 202412."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.check_sample_eligibility = resource.check_sample_eligibility
        self.get_sample_application_detail = resource.get_sample_application_detail
        self.search_sample_applications = resource.search_sample_applications
        self.iter_search_sample_applications = resource.iter_search_sample_applications


class AsyncAffiliateCreatorAt202508:
    """`affiliate_creator` operations pinned to version 202508."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.get_creator_profile = resource.get_creator_profile


class AsyncAffiliateCreatorAt202509:
    """`affiliate_creator` operations pinned to version 202509."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.get_open_collaboration_products_by_ids = resource.get_open_collaboration_products_by_ids
        self.get_shop_products = resource.get_shop_products
        self.iter_get_shop_products = resource.iter_get_shop_products
