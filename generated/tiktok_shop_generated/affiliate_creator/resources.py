"""The `affiliate_creator` resources: sync and async twins, raw-response and version views.

Tools for TikTok creators in the affiliate program: the showcase, open and target collaborations,
free samples, affiliate orders, sharing links and shoppable posts."""

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
    AddShowcaseProductsResponse,
    AffiliateOrder,
    Category,
    CheckSampleEligibilityResponse,
    CommissionRateRange,
    CreateVideoPrecheckTaskResponse,
    CreateVideoPrecheckTaskVideoInfo,
    GenerateGeneralSharingLinksMaterial,
    GenerateGeneralSharingLinksResponse,
    GeneratePublisherSharingLinksMaterial,
    GeneratePublisherSharingLinksResponse,
    GetCreatorProfileResponse,
    GetOpenCollaborationProductsByIdsResponse,
    GetSampleApplicationDetailResponse,
    GetShopProductsResponse,
    GetShowcaseProductsResponse,
    GetVideoPrecheckResultResponse,
    GetVideoStatusResponse,
    LinkInfo,
    MapTokopediaProductIdsResponse,
    MoveShowcaseProductsToTopResponse,
    OpenCollaborationProduct,
    PhotosInfo,
    PostShoppablePhotosResponse,
    PostShoppableVideoResponse,
    PostShoppableVideoVideoInfo,
    ProductLinkInfo,
    RemoveShowcaseProductsResponse,
    SalesPriceRange,
    SampleApplication,
    SearchAffiliateOrdersResponse,
    SearchOpenCollaborationProductsResponse,
    SearchSampleApplicationFulfillmentsResponse,
    SearchSampleApplicationsResponse,
    SearchTargetCollaborationsResponse,
    SearchTracedAffiliateOrdersResponse,
    ShopProduct,
    ShowcaseProduct,
    TargetCollaboration,
    TracedOrder,
    UploadPhotoFileResponse,
    UploadVideoFileResponse,
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
    ) -> AddShowcaseProductsResponse:
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
    ) -> CheckSampleEligibilityResponse:
        """Check sample eligibility.

        Tells whether the creator may apply for a free sample of a product, the state of any existing
        application, and which SKUs are available as samples.

        `GET /affiliate_creator/202412/samples/labels`

        Args:
            product_id: Id of the product to check."""
        return self._client.request(
            ops.CHECK_SAMPLE_ELIGIBILITY,
            {
                "product_id": product_id,
            },
        )

    def create_video_precheck_task(
        self,
        *,
        video_info: CreateVideoPrecheckTaskVideoInfo,
        product_link_info: ProductLinkInfo,
    ) -> CreateVideoPrecheckTaskResponse:
        """Create video precheck task.

        Starts a check of an uploaded video and its product anchor for policy violations before posting.
        Read the outcome with the precheck result operation.

        `POST /affiliate_creator/202511/videos/precheck_task`

        Args:
            video_info: The video to check.
            product_link_info: The product anchor attached to a video."""
        return self._client.request(
            ops.CREATE_VIDEO_PRECHECK_TASK,
            {
                "video_info": video_info,
                "product_link_info": product_link_info,
            },
        )

    def generate_general_sharing_links(
        self,
        *,
        material: GenerateGeneralSharingLinksMaterial,
        campaign_id: str | None = None,
        link_type: str | None = None,
    ) -> GenerateGeneralSharingLinksResponse:
        """Generate general sharing links.

        Generates general sharing links for products, to which the caller appends tracking parameters (event
        id, publisher id, device...) before handing them to publishers.

        `POST /affiliate_creator/202505/affiliate_sharing_links/general_publishers/generate_batch`

        Args:
            material: The materials; only products are supported for now.
            campaign_id: Id of the campaign the products come from, if any.
            link_type: Set `TOKO` to get Tokopedia product URLs in `sharing_link` (no `deep_link` /
                `one_link`); omit for TikTok Shop URLs."""
        return self._client.request(
            ops.GENERATE_GENERAL_SHARING_LINKS,
            {
                "material": material,
                "campaign_id": campaign_id,
                "link_type": link_type,
            },
        )

    def generate_publisher_sharing_links(
        self,
        *,
        publisher_id: str,
        material: GeneratePublisherSharingLinksMaterial,
        campaign_id: str | None = None,
        link_type: str | None = None,
    ) -> GeneratePublisherSharingLinksResponse:
        """Generate publisher sharing links.

        Generates sharing links of products (or a campaign page) for one specific publisher, so that orders
        through them are traced to that publisher. The products must belong to a campaign the caller joined.

        `POST /affiliate_creator/202504/affiliate_sharing_links/publisher/{publisher_id}/generate_batch`

        Args:
            publisher_id: Id of the publisher the links are generated for.
            material: The materials (products or a campaign page).
            campaign_id: Id of the campaign the products come from (Affiliate Center or the partner campaign
                list).
            link_type: Set `TOKO` to get Tokopedia product URLs (Tokopedia agencies); omit for TikTok Shop
                URLs."""
        return self._client.request(
            ops.GENERATE_PUBLISHER_SHARING_LINKS,
            {
                "publisher_id": publisher_id,
                "material": material,
                "campaign_id": campaign_id,
                "link_type": link_type,
            },
        )

    def get_creator_profile(
        self,
    ) -> GetCreatorProfileResponse:
        """Get creator profile.

        Returns the authorized creator's TikTok profile: name, avatar, regions, user type and product
        promotion permissions. Use it to check what the creator is allowed to do.

        `GET /affiliate_creator/202508/profiles`"""
        return self._client.request(ops.GET_CREATOR_PROFILE, {})

    def get_open_collaboration_products_by_ids(
        self,
        *,
        product_ids: list[str] | None = None,
    ) -> GetOpenCollaborationProductsByIdsResponse:
        """Get open collaboration products by ids.

        Returns the open collaboration details (prices, commission, categories) of the given products.
        Products that are not found are left out of the result.

        `POST /affiliate_creator/202509/open_collaborations/products`

        Args:
            product_ids: Ids of the products to look up."""
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
    ) -> GetSampleApplicationDetailResponse:
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
    ) -> GetShopProductsResponse:
        """Get shop products.

        Searches the products of the shop bound to the creator's account, optionally by title keyword. The
        creator must have a bound shop.

        `GET /affiliate_creator/202509/shop_products`

        Args:
            title_keyword: Keyword matched against product titles.
            sort_field: Field to sort the products by.
            sort_order: Sort direction.
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page."""
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
    ) -> SyncPager[ShopProduct, GetShopProductsResponse]:
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
    ) -> GetShowcaseProductsResponse:
        """Get showcase products.

        Lists, page by page, the products in the authorized creator's showcase (up to 2000), or the products
        of the live bag when the creator is streaming. Use it to review what the creator currently promotes.

        `GET /affiliate_creator/202405/showcases/products`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            origin: Which product list to read: `SHOWCASE` for the showcase, `LIVE` for the live room's
                product bag."""
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
    ) -> SyncPager[ShowcaseProduct, GetShowcaseProductsResponse]:
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

    def get_video_precheck_result(
        self,
        *,
        task_id: str,
    ) -> GetVideoPrecheckResultResponse:
        """Get video precheck result.

        Returns the violation check and, when enabled, the quality check results of a video precheck task.
        Poll again while a status is `PROCESSING`.

        `GET /affiliate_creator/202601/videos/precheck_tasks/{task_id}`

        Args:
            task_id: Id of the precheck task."""
        return self._client.request(
            ops.GET_VIDEO_PRECHECK_RESULT,
            {
                "task_id": task_id,
            },
        )

    def get_video_status(
        self,
        *,
        video_id: str,
    ) -> GetVideoStatusResponse:
        """Get shoppable video status.

        Returns the posting state of a shoppable video submitted by the creator. Call again later while it
        is `PROCESSING`.

        `GET /affiliate_creator/202509/videos/{video_id}/status`

        Args:
            video_id: Video id returned when the video was posted."""
        return self._client.request(
            ops.GET_VIDEO_STATUS,
            {
                "video_id": video_id,
            },
        )

    def map_tokopedia_product_ids_202606(
        self,
        *,
        toko_pids: list[int] | None = None,
    ) -> MapTokopediaProductIdsResponse:
        """Map Tokopedia product ids (GET version).

        Maps Tokopedia product ids to the matching TikTok Shop product ids. Older GET version of the
        mapping; prefer the 202607 POST version.

        `GET /affiliate_creator/202606/toko_product_mappers`

        Args:
            toko_pids: Tokopedia product ids to map (comma-joined on the wire)."""
        return self._client.request(
            ops.MAP_TOKOPEDIA_PRODUCT_IDS_202606,
            {
                "toko_pids": toko_pids,
            },
        )

    def map_tokopedia_product_ids(
        self,
        *,
        toko_pids: list[int] | None = None,
    ) -> MapTokopediaProductIdsResponse:
        """Map Tokopedia product ids.

        Maps Tokopedia product ids to the matching TikTok Shop product ids. Use it to translate Tokopedia
        catalogue references before calling other affiliate APIs.

        `POST /affiliate_creator/202607/map_toko_product`

        Args:
            toko_pids: Tokopedia product ids."""
        return self._client.request(
            ops.MAP_TOKOPEDIA_PRODUCT_IDS,
            {
                "toko_pids": toko_pids,
            },
        )

    def move_showcase_products_to_top(
        self,
        *,
        product_ids: list[str],
    ) -> MoveShowcaseProductsToTopResponse:
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

    def post_shoppable_photos(
        self,
        *,
        photos_info: list[PhotosInfo],
        title: str | None = None,
        music_id: str | None = None,
        link_info: LinkInfo | None = None,
        is_ai_generated: bool | None = None,
    ) -> PostShoppablePhotosResponse:
        """Post shoppable photos.

        Publishes a photo post made of uploaded images, linked to products or to a shop page. Upload the
        images first with the photo file upload.

        `POST /affiliate_creator/202610/photos`

        Args:
            photos_info: The images of the post.
            title: Caption, at most 5000 UTF-16 code units; hashtags (`#topic`) allowed. No caption when
                omitted.
            music_id: Background music id.
            link_info: What the post links to.
            is_ai_generated: True to label the post as AI-generated content."""
        return self._client.request(
            ops.POST_SHOPPABLE_PHOTOS,
            {
                "photos_info": photos_info,
                "title": title,
                "music_id": music_id,
                "link_info": link_info,
                "is_ai_generated": is_ai_generated,
            },
        )

    def post_shoppable_video(
        self,
        *,
        video_info: PostShoppableVideoVideoInfo,
        product_link_info: ProductLinkInfo,
    ) -> PostShoppableVideoResponse:
        """Post shoppable video.

        Publishes an uploaded video on the creator's TikTok account with a product anchor. Publishing is
        asynchronous: follow it with the video status operation.

        `POST /affiliate_creator/202603/videos`

        Args:
            video_info: The video and its caption.
            product_link_info: The product anchor attached to a video."""
        return self._client.request(
            ops.POST_SHOPPABLE_VIDEO,
            {
                "video_info": video_info,
                "product_link_info": product_link_info,
            },
        )

    def remove_showcase_products(
        self,
        *,
        product_ids: list[str],
    ) -> RemoveShowcaseProductsResponse:
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

    def search_affiliate_orders(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
    ) -> SearchAffiliateOrdersResponse:
        """Search creator affiliate orders.

        Lists the affiliate orders attributed to the creator, created within a time window, with per-SKU
        content attribution, commission rates and estimated or actual commissions.

        `POST /affiliate_creator/202410/orders/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            create_time_ge: Orders created at or after this time (Unix seconds); defaults to the earliest
                time when only `create_time_lt` is set.
            create_time_lt: Orders created before this time (Unix seconds); defaults to now. Keep the same
                window on every page."""
        return self._client.request(
            ops.SEARCH_AFFILIATE_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
            },
        )

    def iter_search_affiliate_orders(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
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
        sales_price_range: SalesPriceRange | None = None,
        category: Category | None = None,
        commission_rate_range: CommissionRateRange | None = None,
    ) -> SearchOpenCollaborationProductsResponse:
        """Search open collaboration products.

        Searches the Affiliate Product Marketplace for products in open collaboration, filtered by title
        keywords, category, price and commission rate. Only products of the regions the creator is
        registered in are found.

        `POST /affiliate_creator/202405/open_collaborations/products/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_field: Field to sort the products by.
            sort_order: Sort direction.
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
        sales_price_range: SalesPriceRange | None = None,
        category: Category | None = None,
        commission_rate_range: CommissionRateRange | None = None,
    ) -> SyncPager[OpenCollaborationProduct, SearchOpenCollaborationProductsResponse]:
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
    ) -> SearchSampleApplicationFulfillmentsResponse:
        """Search sample fulfillments.

        Lists the content-creation obligations (fulfillments) attached to the samples the creator received,
        filtered by fulfillment status. Use it to track deadlines.

        `POST /affiliate_creator/202409/sample_applications/fulfillments/search`

        Args:
            sort_order: Sort direction.
            sort_field: Field to sort the fulfillments by.
            fulfillment_statuses: Return fulfillments in one of these states: `PENDING` (no content yet),
                `ONGOING` (content under evaluation), `SUCCEED`, `FAILED`, `OVERDUE` (deadline missed),
                `SUSPEND`, `CANCELLED`, `EXEMPTED`."""
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
    ) -> SearchSampleApplicationsResponse:
        """Search sample applications.

        Lists the creator's free-sample applications, optionally filtered by status, with the sampled SKU,
        the sample order and the fulfillment state.

        `POST /affiliate_creator/202412/sample_applications/search`

        Args:
            page_size: Number of applications per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
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
    ) -> SyncPager[SampleApplication, SearchSampleApplicationsResponse]:
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
    ) -> SearchTargetCollaborationsResponse:
        """Search target collaborations.

        Lists the target collaborations a shop offered to the creator, with their products and commission,
        optionally filtered by collaboration id or name.

        `POST /affiliate_creator/202405/target_collaborations/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            shop_id: Id of the shop whose target collaborations to list.
            keyword_type: What `keyword` holds: `TARGET_COLLABORATIONS_ID` (matches collaborations in any
                state) or `TARGET_COLLABORATIONS_NAME` (matches `LIVE` ones only). Give it together with
                `keyword`.
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
    ) -> SyncPager[TargetCollaboration, SearchTargetCollaborationsResponse]:
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

    def search_traced_affiliate_orders(
        self,
        *,
        page_size: int,
        time_ge: int,
        time_lt: int,
        page_token: str | None = None,
        time_type: Literal["CREATE_TIME", "DELIVERY_TIME", "PAY_TIME", "SETTLE_TIME"] | None = None,
    ) -> SearchTracedAffiliateOrdersResponse:
        """Search affiliate orders with trace.

        Lists the creator's affiliate orders within a time window on a chosen timestamp (creation, payment,
        delivery or settlement), including the sharing-link trace of each SKU. Use it to attribute orders to
        publishers.

        `POST /affiliate_creator/202505/orders/trace/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            time_ge: Start of the window, inclusive (Unix milliseconds), applied to `time_type`.
            time_lt: End of the window, exclusive (Unix milliseconds).
            time_type: Which timestamp the window applies to: order creation (`CREATE_TIME`, default),
                payment, delivery or settlement."""
        return self._client.request(
            ops.SEARCH_TRACED_AFFILIATE_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "time_ge": time_ge,
                "time_lt": time_lt,
                "time_type": time_type,
            },
        )

    def iter_search_traced_affiliate_orders(
        self,
        *,
        page_size: int,
        time_ge: int,
        time_lt: int,
        page_token: str | None = None,
        time_type: Literal["CREATE_TIME", "DELIVERY_TIME", "PAY_TIME", "SETTLE_TIME"] | None = None,
    ) -> SyncPager[TracedOrder, SearchTracedAffiliateOrdersResponse]:
        """Iterate over every item of `search_traced_affiliate_orders` across pages, fetching each page lazily.

        Iterating yields `orders` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_traced_affiliate_orders`."""
        return self._client.paginate(
            ops.SEARCH_TRACED_AFFILIATE_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "time_ge": time_ge,
                "time_lt": time_lt,
                "time_type": time_type,
            },
        )

    def upload_photo_file(
        self,
        *,
        data: FileInput,
    ) -> UploadPhotoFileResponse:
        """Upload shoppable photo file.

        Uploads an image (up to 10 MiB) and returns its URI, for a shoppable photo post or a video cover.

        `POST /affiliate_creator/202511/photos/photo_files`

        Args:
            data: The image: JPG, JPEG, PNG, WEBP, HEIC or BMP, not empty, at most 10 MiB, aspect ratio
                between 9:16 and 16:9."""
        return self._client.request(
            ops.UPLOAD_PHOTO_FILE,
            {
                "data": data,
            },
        )

    def upload_video_file(
        self,
        *,
        data: FileInput,
    ) -> UploadVideoFileResponse:
        """Upload shoppable video file.

        Uploads a video file (up to 10 MB) before posting it as a shoppable video; pass the returned
        `video_file.id` as `video_info.file_id` when posting.

        `POST /affiliate_creator/202505/videos/video_files`

        Args:
            data: The video: MP4, MOV, MKV, WMV, WEBM, AVI, 3GP, FLV or MPEG, at most 10 MB (use large file
                upload above), aspect ratio between 9:16 and 16:9."""
        return self._client.request(
            ops.UPLOAD_VIDEO_FILE,
            {
                "data": data,
            },
        )


class AffiliateCreatorResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.add_showcase_products = raw(resource.add_showcase_products)
        self.check_sample_eligibility = raw(resource.check_sample_eligibility)
        self.create_video_precheck_task = raw(resource.create_video_precheck_task)
        self.generate_general_sharing_links = raw(resource.generate_general_sharing_links)
        self.generate_publisher_sharing_links = raw(resource.generate_publisher_sharing_links)
        self.get_creator_profile = raw(resource.get_creator_profile)
        self.get_open_collaboration_products_by_ids = raw(resource.get_open_collaboration_products_by_ids)
        self.get_sample_application_detail = raw(resource.get_sample_application_detail)
        self.get_shop_products = raw(resource.get_shop_products)
        self.get_showcase_products = raw(resource.get_showcase_products)
        self.get_video_precheck_result = raw(resource.get_video_precheck_result)
        self.get_video_status = raw(resource.get_video_status)
        self.map_tokopedia_product_ids_202606 = raw(resource.map_tokopedia_product_ids_202606)
        self.map_tokopedia_product_ids = raw(resource.map_tokopedia_product_ids)
        self.move_showcase_products_to_top = raw(resource.move_showcase_products_to_top)
        self.post_shoppable_photos = raw(resource.post_shoppable_photos)
        self.post_shoppable_video = raw(resource.post_shoppable_video)
        self.remove_showcase_products = raw(resource.remove_showcase_products)
        self.search_affiliate_orders = raw(resource.search_affiliate_orders)
        self.search_open_collaboration_products = raw(resource.search_open_collaboration_products)
        self.search_sample_application_fulfillments = raw(resource.search_sample_application_fulfillments)
        self.search_sample_applications = raw(resource.search_sample_applications)
        self.search_target_collaborations = raw(resource.search_target_collaborations)
        self.search_traced_affiliate_orders = raw(resource.search_traced_affiliate_orders)
        self.upload_photo_file = raw(resource.upload_photo_file)
        self.upload_video_file = raw(resource.upload_video_file)


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


class AffiliateCreatorAt202410:
    """`affiliate_creator` operations pinned to version 202410."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.search_affiliate_orders = resource.search_affiliate_orders
        self.iter_search_affiliate_orders = resource.iter_search_affiliate_orders


class AffiliateCreatorAt202412:
    """`affiliate_creator` operations pinned to version 202412."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.check_sample_eligibility = resource.check_sample_eligibility
        self.get_sample_application_detail = resource.get_sample_application_detail
        self.search_sample_applications = resource.search_sample_applications
        self.iter_search_sample_applications = resource.iter_search_sample_applications


class AffiliateCreatorAt202504:
    """`affiliate_creator` operations pinned to version 202504."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.generate_publisher_sharing_links = resource.generate_publisher_sharing_links


class AffiliateCreatorAt202505:
    """`affiliate_creator` operations pinned to version 202505."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.generate_general_sharing_links = resource.generate_general_sharing_links
        self.search_traced_affiliate_orders = resource.search_traced_affiliate_orders
        self.iter_search_traced_affiliate_orders = resource.iter_search_traced_affiliate_orders
        self.upload_video_file = resource.upload_video_file


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
        self.get_video_status = resource.get_video_status


class AffiliateCreatorAt202511:
    """`affiliate_creator` operations pinned to version 202511."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.create_video_precheck_task = resource.create_video_precheck_task
        self.upload_photo_file = resource.upload_photo_file


class AffiliateCreatorAt202601:
    """`affiliate_creator` operations pinned to version 202601."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.get_video_precheck_result = resource.get_video_precheck_result


class AffiliateCreatorAt202603:
    """`affiliate_creator` operations pinned to version 202603."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.post_shoppable_video = resource.post_shoppable_video


class AffiliateCreatorAt202606:
    """`affiliate_creator` operations pinned to version 202606."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.map_tokopedia_product_ids = resource.map_tokopedia_product_ids_202606


class AffiliateCreatorAt202607:
    """`affiliate_creator` operations pinned to version 202607."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.map_tokopedia_product_ids = resource.map_tokopedia_product_ids


class AffiliateCreatorAt202610:
    """`affiliate_creator` operations pinned to version 202610."""

    def __init__(self, resource: AffiliateCreatorResource) -> None:
        self.post_shoppable_photos = resource.post_shoppable_photos


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
    ) -> AddShowcaseProductsResponse:
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
    ) -> CheckSampleEligibilityResponse:
        """Check sample eligibility.

        Tells whether the creator may apply for a free sample of a product, the state of any existing
        application, and which SKUs are available as samples.

        `GET /affiliate_creator/202412/samples/labels`

        Args:
            product_id: Id of the product to check."""
        return await self._client.request(
            ops.CHECK_SAMPLE_ELIGIBILITY,
            {
                "product_id": product_id,
            },
        )

    async def create_video_precheck_task(
        self,
        *,
        video_info: CreateVideoPrecheckTaskVideoInfo,
        product_link_info: ProductLinkInfo,
    ) -> CreateVideoPrecheckTaskResponse:
        """Create video precheck task.

        Starts a check of an uploaded video and its product anchor for policy violations before posting.
        Read the outcome with the precheck result operation.

        `POST /affiliate_creator/202511/videos/precheck_task`

        Args:
            video_info: The video to check.
            product_link_info: The product anchor attached to a video."""
        return await self._client.request(
            ops.CREATE_VIDEO_PRECHECK_TASK,
            {
                "video_info": video_info,
                "product_link_info": product_link_info,
            },
        )

    async def generate_general_sharing_links(
        self,
        *,
        material: GenerateGeneralSharingLinksMaterial,
        campaign_id: str | None = None,
        link_type: str | None = None,
    ) -> GenerateGeneralSharingLinksResponse:
        """Generate general sharing links.

        Generates general sharing links for products, to which the caller appends tracking parameters (event
        id, publisher id, device...) before handing them to publishers.

        `POST /affiliate_creator/202505/affiliate_sharing_links/general_publishers/generate_batch`

        Args:
            material: The materials; only products are supported for now.
            campaign_id: Id of the campaign the products come from, if any.
            link_type: Set `TOKO` to get Tokopedia product URLs in `sharing_link` (no `deep_link` /
                `one_link`); omit for TikTok Shop URLs."""
        return await self._client.request(
            ops.GENERATE_GENERAL_SHARING_LINKS,
            {
                "material": material,
                "campaign_id": campaign_id,
                "link_type": link_type,
            },
        )

    async def generate_publisher_sharing_links(
        self,
        *,
        publisher_id: str,
        material: GeneratePublisherSharingLinksMaterial,
        campaign_id: str | None = None,
        link_type: str | None = None,
    ) -> GeneratePublisherSharingLinksResponse:
        """Generate publisher sharing links.

        Generates sharing links of products (or a campaign page) for one specific publisher, so that orders
        through them are traced to that publisher. The products must belong to a campaign the caller joined.

        `POST /affiliate_creator/202504/affiliate_sharing_links/publisher/{publisher_id}/generate_batch`

        Args:
            publisher_id: Id of the publisher the links are generated for.
            material: The materials (products or a campaign page).
            campaign_id: Id of the campaign the products come from (Affiliate Center or the partner campaign
                list).
            link_type: Set `TOKO` to get Tokopedia product URLs (Tokopedia agencies); omit for TikTok Shop
                URLs."""
        return await self._client.request(
            ops.GENERATE_PUBLISHER_SHARING_LINKS,
            {
                "publisher_id": publisher_id,
                "material": material,
                "campaign_id": campaign_id,
                "link_type": link_type,
            },
        )

    async def get_creator_profile(
        self,
    ) -> GetCreatorProfileResponse:
        """Get creator profile.

        Returns the authorized creator's TikTok profile: name, avatar, regions, user type and product
        promotion permissions. Use it to check what the creator is allowed to do.

        `GET /affiliate_creator/202508/profiles`"""
        return await self._client.request(ops.GET_CREATOR_PROFILE, {})

    async def get_open_collaboration_products_by_ids(
        self,
        *,
        product_ids: list[str] | None = None,
    ) -> GetOpenCollaborationProductsByIdsResponse:
        """Get open collaboration products by ids.

        Returns the open collaboration details (prices, commission, categories) of the given products.
        Products that are not found are left out of the result.

        `POST /affiliate_creator/202509/open_collaborations/products`

        Args:
            product_ids: Ids of the products to look up."""
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
    ) -> GetSampleApplicationDetailResponse:
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
    ) -> GetShopProductsResponse:
        """Get shop products.

        Searches the products of the shop bound to the creator's account, optionally by title keyword. The
        creator must have a bound shop.

        `GET /affiliate_creator/202509/shop_products`

        Args:
            title_keyword: Keyword matched against product titles.
            sort_field: Field to sort the products by.
            sort_order: Sort direction.
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page."""
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
    ) -> AsyncPager[ShopProduct, GetShopProductsResponse]:
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
    ) -> GetShowcaseProductsResponse:
        """Get showcase products.

        Lists, page by page, the products in the authorized creator's showcase (up to 2000), or the products
        of the live bag when the creator is streaming. Use it to review what the creator currently promotes.

        `GET /affiliate_creator/202405/showcases/products`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            origin: Which product list to read: `SHOWCASE` for the showcase, `LIVE` for the live room's
                product bag."""
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
    ) -> AsyncPager[ShowcaseProduct, GetShowcaseProductsResponse]:
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

    async def get_video_precheck_result(
        self,
        *,
        task_id: str,
    ) -> GetVideoPrecheckResultResponse:
        """Get video precheck result.

        Returns the violation check and, when enabled, the quality check results of a video precheck task.
        Poll again while a status is `PROCESSING`.

        `GET /affiliate_creator/202601/videos/precheck_tasks/{task_id}`

        Args:
            task_id: Id of the precheck task."""
        return await self._client.request(
            ops.GET_VIDEO_PRECHECK_RESULT,
            {
                "task_id": task_id,
            },
        )

    async def get_video_status(
        self,
        *,
        video_id: str,
    ) -> GetVideoStatusResponse:
        """Get shoppable video status.

        Returns the posting state of a shoppable video submitted by the creator. Call again later while it
        is `PROCESSING`.

        `GET /affiliate_creator/202509/videos/{video_id}/status`

        Args:
            video_id: Video id returned when the video was posted."""
        return await self._client.request(
            ops.GET_VIDEO_STATUS,
            {
                "video_id": video_id,
            },
        )

    async def map_tokopedia_product_ids_202606(
        self,
        *,
        toko_pids: list[int] | None = None,
    ) -> MapTokopediaProductIdsResponse:
        """Map Tokopedia product ids (GET version).

        Maps Tokopedia product ids to the matching TikTok Shop product ids. Older GET version of the
        mapping; prefer the 202607 POST version.

        `GET /affiliate_creator/202606/toko_product_mappers`

        Args:
            toko_pids: Tokopedia product ids to map (comma-joined on the wire)."""
        return await self._client.request(
            ops.MAP_TOKOPEDIA_PRODUCT_IDS_202606,
            {
                "toko_pids": toko_pids,
            },
        )

    async def map_tokopedia_product_ids(
        self,
        *,
        toko_pids: list[int] | None = None,
    ) -> MapTokopediaProductIdsResponse:
        """Map Tokopedia product ids.

        Maps Tokopedia product ids to the matching TikTok Shop product ids. Use it to translate Tokopedia
        catalogue references before calling other affiliate APIs.

        `POST /affiliate_creator/202607/map_toko_product`

        Args:
            toko_pids: Tokopedia product ids."""
        return await self._client.request(
            ops.MAP_TOKOPEDIA_PRODUCT_IDS,
            {
                "toko_pids": toko_pids,
            },
        )

    async def move_showcase_products_to_top(
        self,
        *,
        product_ids: list[str],
    ) -> MoveShowcaseProductsToTopResponse:
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

    async def post_shoppable_photos(
        self,
        *,
        photos_info: list[PhotosInfo],
        title: str | None = None,
        music_id: str | None = None,
        link_info: LinkInfo | None = None,
        is_ai_generated: bool | None = None,
    ) -> PostShoppablePhotosResponse:
        """Post shoppable photos.

        Publishes a photo post made of uploaded images, linked to products or to a shop page. Upload the
        images first with the photo file upload.

        `POST /affiliate_creator/202610/photos`

        Args:
            photos_info: The images of the post.
            title: Caption, at most 5000 UTF-16 code units; hashtags (`#topic`) allowed. No caption when
                omitted.
            music_id: Background music id.
            link_info: What the post links to.
            is_ai_generated: True to label the post as AI-generated content."""
        return await self._client.request(
            ops.POST_SHOPPABLE_PHOTOS,
            {
                "photos_info": photos_info,
                "title": title,
                "music_id": music_id,
                "link_info": link_info,
                "is_ai_generated": is_ai_generated,
            },
        )

    async def post_shoppable_video(
        self,
        *,
        video_info: PostShoppableVideoVideoInfo,
        product_link_info: ProductLinkInfo,
    ) -> PostShoppableVideoResponse:
        """Post shoppable video.

        Publishes an uploaded video on the creator's TikTok account with a product anchor. Publishing is
        asynchronous: follow it with the video status operation.

        `POST /affiliate_creator/202603/videos`

        Args:
            video_info: The video and its caption.
            product_link_info: The product anchor attached to a video."""
        return await self._client.request(
            ops.POST_SHOPPABLE_VIDEO,
            {
                "video_info": video_info,
                "product_link_info": product_link_info,
            },
        )

    async def remove_showcase_products(
        self,
        *,
        product_ids: list[str],
    ) -> RemoveShowcaseProductsResponse:
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

    async def search_affiliate_orders(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
    ) -> SearchAffiliateOrdersResponse:
        """Search creator affiliate orders.

        Lists the affiliate orders attributed to the creator, created within a time window, with per-SKU
        content attribution, commission rates and estimated or actual commissions.

        `POST /affiliate_creator/202410/orders/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            create_time_ge: Orders created at or after this time (Unix seconds); defaults to the earliest
                time when only `create_time_lt` is set.
            create_time_lt: Orders created before this time (Unix seconds); defaults to now. Keep the same
                window on every page."""
        return await self._client.request(
            ops.SEARCH_AFFILIATE_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
            },
        )

    def iter_search_affiliate_orders(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
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
        sales_price_range: SalesPriceRange | None = None,
        category: Category | None = None,
        commission_rate_range: CommissionRateRange | None = None,
    ) -> SearchOpenCollaborationProductsResponse:
        """Search open collaboration products.

        Searches the Affiliate Product Marketplace for products in open collaboration, filtered by title
        keywords, category, price and commission rate. Only products of the regions the creator is
        registered in are found.

        `POST /affiliate_creator/202405/open_collaborations/products/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_field: Field to sort the products by.
            sort_order: Sort direction.
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
        sales_price_range: SalesPriceRange | None = None,
        category: Category | None = None,
        commission_rate_range: CommissionRateRange | None = None,
    ) -> AsyncPager[OpenCollaborationProduct, SearchOpenCollaborationProductsResponse]:
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
    ) -> SearchSampleApplicationFulfillmentsResponse:
        """Search sample fulfillments.

        Lists the content-creation obligations (fulfillments) attached to the samples the creator received,
        filtered by fulfillment status. Use it to track deadlines.

        `POST /affiliate_creator/202409/sample_applications/fulfillments/search`

        Args:
            sort_order: Sort direction.
            sort_field: Field to sort the fulfillments by.
            fulfillment_statuses: Return fulfillments in one of these states: `PENDING` (no content yet),
                `ONGOING` (content under evaluation), `SUCCEED`, `FAILED`, `OVERDUE` (deadline missed),
                `SUSPEND`, `CANCELLED`, `EXEMPTED`."""
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
    ) -> SearchSampleApplicationsResponse:
        """Search sample applications.

        Lists the creator's free-sample applications, optionally filtered by status, with the sampled SKU,
        the sample order and the fulfillment state.

        `POST /affiliate_creator/202412/sample_applications/search`

        Args:
            page_size: Number of applications per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
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
    ) -> AsyncPager[SampleApplication, SearchSampleApplicationsResponse]:
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
    ) -> SearchTargetCollaborationsResponse:
        """Search target collaborations.

        Lists the target collaborations a shop offered to the creator, with their products and commission,
        optionally filtered by collaboration id or name.

        `POST /affiliate_creator/202405/target_collaborations/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            shop_id: Id of the shop whose target collaborations to list.
            keyword_type: What `keyword` holds: `TARGET_COLLABORATIONS_ID` (matches collaborations in any
                state) or `TARGET_COLLABORATIONS_NAME` (matches `LIVE` ones only). Give it together with
                `keyword`.
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
    ) -> AsyncPager[TargetCollaboration, SearchTargetCollaborationsResponse]:
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

    async def search_traced_affiliate_orders(
        self,
        *,
        page_size: int,
        time_ge: int,
        time_lt: int,
        page_token: str | None = None,
        time_type: Literal["CREATE_TIME", "DELIVERY_TIME", "PAY_TIME", "SETTLE_TIME"] | None = None,
    ) -> SearchTracedAffiliateOrdersResponse:
        """Search affiliate orders with trace.

        Lists the creator's affiliate orders within a time window on a chosen timestamp (creation, payment,
        delivery or settlement), including the sharing-link trace of each SKU. Use it to attribute orders to
        publishers.

        `POST /affiliate_creator/202505/orders/trace/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            time_ge: Start of the window, inclusive (Unix milliseconds), applied to `time_type`.
            time_lt: End of the window, exclusive (Unix milliseconds).
            time_type: Which timestamp the window applies to: order creation (`CREATE_TIME`, default),
                payment, delivery or settlement."""
        return await self._client.request(
            ops.SEARCH_TRACED_AFFILIATE_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "time_ge": time_ge,
                "time_lt": time_lt,
                "time_type": time_type,
            },
        )

    def iter_search_traced_affiliate_orders(
        self,
        *,
        page_size: int,
        time_ge: int,
        time_lt: int,
        page_token: str | None = None,
        time_type: Literal["CREATE_TIME", "DELIVERY_TIME", "PAY_TIME", "SETTLE_TIME"] | None = None,
    ) -> AsyncPager[TracedOrder, SearchTracedAffiliateOrdersResponse]:
        """Iterate over every item of `search_traced_affiliate_orders` across pages, fetching each page lazily.

        Iterating yields `orders` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_traced_affiliate_orders`."""
        return self._client.paginate(
            ops.SEARCH_TRACED_AFFILIATE_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "time_ge": time_ge,
                "time_lt": time_lt,
                "time_type": time_type,
            },
        )

    async def upload_photo_file(
        self,
        *,
        data: FileInput,
    ) -> UploadPhotoFileResponse:
        """Upload shoppable photo file.

        Uploads an image (up to 10 MiB) and returns its URI, for a shoppable photo post or a video cover.

        `POST /affiliate_creator/202511/photos/photo_files`

        Args:
            data: The image: JPG, JPEG, PNG, WEBP, HEIC or BMP, not empty, at most 10 MiB, aspect ratio
                between 9:16 and 16:9."""
        return await self._client.request(
            ops.UPLOAD_PHOTO_FILE,
            {
                "data": data,
            },
        )

    async def upload_video_file(
        self,
        *,
        data: FileInput,
    ) -> UploadVideoFileResponse:
        """Upload shoppable video file.

        Uploads a video file (up to 10 MB) before posting it as a shoppable video; pass the returned
        `video_file.id` as `video_info.file_id` when posting.

        `POST /affiliate_creator/202505/videos/video_files`

        Args:
            data: The video: MP4, MOV, MKV, WMV, WEBM, AVI, 3GP, FLV or MPEG, at most 10 MB (use large file
                upload above), aspect ratio between 9:16 and 16:9."""
        return await self._client.request(
            ops.UPLOAD_VIDEO_FILE,
            {
                "data": data,
            },
        )


class AsyncAffiliateCreatorResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.add_showcase_products = async_raw(resource.add_showcase_products)
        self.check_sample_eligibility = async_raw(resource.check_sample_eligibility)
        self.create_video_precheck_task = async_raw(resource.create_video_precheck_task)
        self.generate_general_sharing_links = async_raw(resource.generate_general_sharing_links)
        self.generate_publisher_sharing_links = async_raw(resource.generate_publisher_sharing_links)
        self.get_creator_profile = async_raw(resource.get_creator_profile)
        self.get_open_collaboration_products_by_ids = async_raw(resource.get_open_collaboration_products_by_ids)
        self.get_sample_application_detail = async_raw(resource.get_sample_application_detail)
        self.get_shop_products = async_raw(resource.get_shop_products)
        self.get_showcase_products = async_raw(resource.get_showcase_products)
        self.get_video_precheck_result = async_raw(resource.get_video_precheck_result)
        self.get_video_status = async_raw(resource.get_video_status)
        self.map_tokopedia_product_ids_202606 = async_raw(resource.map_tokopedia_product_ids_202606)
        self.map_tokopedia_product_ids = async_raw(resource.map_tokopedia_product_ids)
        self.move_showcase_products_to_top = async_raw(resource.move_showcase_products_to_top)
        self.post_shoppable_photos = async_raw(resource.post_shoppable_photos)
        self.post_shoppable_video = async_raw(resource.post_shoppable_video)
        self.remove_showcase_products = async_raw(resource.remove_showcase_products)
        self.search_affiliate_orders = async_raw(resource.search_affiliate_orders)
        self.search_open_collaboration_products = async_raw(resource.search_open_collaboration_products)
        self.search_sample_application_fulfillments = async_raw(resource.search_sample_application_fulfillments)
        self.search_sample_applications = async_raw(resource.search_sample_applications)
        self.search_target_collaborations = async_raw(resource.search_target_collaborations)
        self.search_traced_affiliate_orders = async_raw(resource.search_traced_affiliate_orders)
        self.upload_photo_file = async_raw(resource.upload_photo_file)
        self.upload_video_file = async_raw(resource.upload_video_file)


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


class AsyncAffiliateCreatorAt202410:
    """`affiliate_creator` operations pinned to version 202410."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.search_affiliate_orders = resource.search_affiliate_orders
        self.iter_search_affiliate_orders = resource.iter_search_affiliate_orders


class AsyncAffiliateCreatorAt202412:
    """`affiliate_creator` operations pinned to version 202412."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.check_sample_eligibility = resource.check_sample_eligibility
        self.get_sample_application_detail = resource.get_sample_application_detail
        self.search_sample_applications = resource.search_sample_applications
        self.iter_search_sample_applications = resource.iter_search_sample_applications


class AsyncAffiliateCreatorAt202504:
    """`affiliate_creator` operations pinned to version 202504."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.generate_publisher_sharing_links = resource.generate_publisher_sharing_links


class AsyncAffiliateCreatorAt202505:
    """`affiliate_creator` operations pinned to version 202505."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.generate_general_sharing_links = resource.generate_general_sharing_links
        self.search_traced_affiliate_orders = resource.search_traced_affiliate_orders
        self.iter_search_traced_affiliate_orders = resource.iter_search_traced_affiliate_orders
        self.upload_video_file = resource.upload_video_file


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
        self.get_video_status = resource.get_video_status


class AsyncAffiliateCreatorAt202511:
    """`affiliate_creator` operations pinned to version 202511."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.create_video_precheck_task = resource.create_video_precheck_task
        self.upload_photo_file = resource.upload_photo_file


class AsyncAffiliateCreatorAt202601:
    """`affiliate_creator` operations pinned to version 202601."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.get_video_precheck_result = resource.get_video_precheck_result


class AsyncAffiliateCreatorAt202603:
    """`affiliate_creator` operations pinned to version 202603."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.post_shoppable_video = resource.post_shoppable_video


class AsyncAffiliateCreatorAt202606:
    """`affiliate_creator` operations pinned to version 202606."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.map_tokopedia_product_ids = resource.map_tokopedia_product_ids_202606


class AsyncAffiliateCreatorAt202607:
    """`affiliate_creator` operations pinned to version 202607."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.map_tokopedia_product_ids = resource.map_tokopedia_product_ids


class AsyncAffiliateCreatorAt202610:
    """`affiliate_creator` operations pinned to version 202610."""

    def __init__(self, resource: AsyncAffiliateCreatorResource) -> None:
        self.post_shoppable_photos = resource.post_shoppable_photos
