"""The `analytics` resources: sync and async twins, raw-response and version views.

Shop, product, SKU, video and LIVE performance metrics, bestselling rankings, creator live room
statistics and the Shop Performance Score (SPS) metrics."""

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
    GetBestsellingCreatorsResponse,
    GetBestsellingLiveSessionsResponse,
    GetBestsellingProductsResponse,
    GetBestsellingVideosResponse,
    GetLiveRoomCoreStatsResponse,
    GetLiveRoomGmvAndOrderTrendsResponse,
    GetLiveRoomInteractiveTrendsResponse,
    GetLiveRoomProductStatsResponse,
    GetLiveRoomTrafficPerformanceResponse,
    GetLiveRoomUserPortraitsResponse,
    GetLiveRoomViewTrendsResponse,
    GetShopLiveMinutePerformanceResponse,
    GetShopLivePerformanceListResponse,
    GetShopLivePerformanceOverviewResponse,
    GetShopLiveProductsPerformanceListResponse,
    GetShopPerformancePerHourResponse,
    GetShopPerformanceResponse,
    GetShopProductPerformanceDetailResponse,
    GetShopProductPerformanceListResponse,
    GetShopSkuPerformanceDetailResponse,
    GetShopSkuPerformanceListResponse,
    GetShopVideoPerformanceDetailsResponse,
    GetShopVideoPerformanceListResponse,
    GetShopVideoPerformanceOverviewResponse,
    GetShopVideoProductPerformanceListResponse,
    GetShopVideosPerformanceDetailsResponse,
    GetSpsMetricDiagnosisResponse,
    GetSpsMetricProblemDetailsResponse,
    GetSpsMetricsResponse,
    GetSpsMetricTopItemsResponse,
    GetSpsOverviewResponse,
    GetVideoPerformancesResponse,
    LiveSession,
    ProductPerformance,
    SKUPerformance,
    VideoListPerformance,
    VideoProductPerformance,
)


class AnalyticsResource:
    """Shop, product, SKU, video and LIVE performance metrics, bestselling rankings, creator live room
    statistics and the Shop Performance Score (SPS) metrics."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def get_bestselling_creators(
        self,
        *,
        date: str,
        time_slot: Literal["1D", "30D", "7D"],
        author_type: Literal["AFFILIATE", "ALL", "CHANNEL", "OFFICIAL"],
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetBestsellingCreatorsResponse:
        """Get bestselling creators.

        Ranks up to 100 creators by GMV for the reporting period that ends on `date` and spans `time_slot`.
        Use it to find which creators sell the most for the shop.

        `GET /analytics/202511/creators/bestselling` (shop cipher required)

        Args:
            date: Last day of the reporting period, `YYYY-MM-DD` in the shop's timezone.
            time_slot: Length of the reporting period ending on `date`, `1D`, `7D` or `30D`.
            author_type: Which creators to rank: `ALL`, `AFFILIATE` (affiliate creators), `OFFICIAL` (the
                shop's official accounts) or `CHANNEL` (channel partner accounts).
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return self._client.request(
            ops.GET_BESTSELLING_CREATORS,
            {
                "date": date,
                "time_slot": time_slot,
                "author_type": author_type,
                "currency": currency,
            },
        )

    def get_bestselling_live_sessions(
        self,
        *,
        date: str | None = None,
        time_slot: Literal["1D", "30D", "7D"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetBestsellingLiveSessionsResponse:
        """Get bestselling LIVE sessions.

        Ranks up to 100 LIVE sessions by GMV for the period defined by `date` and `time_slot`.

        `GET /analytics/202511/lives/bestselling` (shop cipher required)

        Args:
            date: Last day of the reporting period, `YYYY-MM-DD` in the shop's timezone.
            time_slot: Length of the reporting period ending on `date`, `1D`, `7D` or `30D`.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return self._client.request(
            ops.GET_BESTSELLING_LIVE_SESSIONS,
            {
                "date": date,
                "time_slot": time_slot,
                "currency": currency,
            },
        )

    def get_bestselling_products(
        self,
        *,
        date: str,
        time_slot: Literal["1D", "30D", "7D"],
        category_id: str | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetBestsellingProductsResponse:
        """Get bestselling products.

        Ranks up to 100 products by GMV for the reporting period, optionally within one category.

        `GET /analytics/202511/products/bestselling` (shop cipher required)

        Args:
            category_id: Restrict the ranking to products of this category.
            date: Last day of the reporting period, `YYYY-MM-DD` in the shop's timezone.
            time_slot: Length of the reporting period ending on `date`, `1D`, `7D` or `30D`.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return self._client.request(
            ops.GET_BESTSELLING_PRODUCTS,
            {
                "category_id": category_id,
                "date": date,
                "time_slot": time_slot,
                "currency": currency,
            },
        )

    def get_bestselling_videos(
        self,
        *,
        date: str,
        time_slot: Literal["1D", "30D", "7D"],
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetBestsellingVideosResponse:
        """Get bestselling videos.

        Ranks up to 100 videos by GMV, highest first, for the reporting period defined by `date` and
        `time_slot`.

        `GET /analytics/202511/videos/bestselling` (shop cipher required)

        Args:
            date: Last day of the reporting period, `YYYY-MM-DD` in the shop's timezone.
            time_slot: Length of the reporting period ending on `date`, `1D`, `7D` or `30D`.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return self._client.request(
            ops.GET_BESTSELLING_VIDEOS,
            {
                "date": date,
                "time_slot": time_slot,
                "currency": currency,
            },
        )

    def get_live_room_core_stats(
        self,
        *,
        live_room_id: str,
    ) -> GetLiveRoomCoreStatsResponse:
        """Get live room core stats.

        Returns the headline figures of one of the creator's live rooms: GMV, orders, buyers, product
        clicks, views and interactions. Use it for a live or finished session's scorecard.

        `GET /analytics/202502/live_rooms/{live_room_id}/core_stats`

        Args:
            live_room_id: Id of the creator's live room (LIVE session)."""
        return self._client.request(
            ops.GET_LIVE_ROOM_CORE_STATS,
            {
                "live_room_id": live_room_id,
            },
        )

    def get_live_room_gmv_and_order_trends(
        self,
        *,
        live_room_id: str,
    ) -> GetLiveRoomGmvAndOrderTrendsResponse:
        """Get live room GMV and order trends.

        Returns the GMV and created-order time series of one of the creator's live rooms, one series per
        `stats_type`.

        `GET /analytics/202502/live_rooms/{live_room_id}/gmv_trend_performances`

        Args:
            live_room_id: Id of the creator's live room (LIVE session)."""
        return self._client.request(
            ops.GET_LIVE_ROOM_GMV_AND_ORDER_TRENDS,
            {
                "live_room_id": live_room_id,
            },
        )

    def get_live_room_interactive_trends(
        self,
        *,
        live_room_id: str,
    ) -> GetLiveRoomInteractiveTrendsResponse:
        """Get live room interaction trends.

        Returns the watch, comment and share time series of one of the creator's live rooms, one series per
        `stats_type`.

        `GET /analytics/202502/live_rooms/{live_room_id}/interactive_trend_performances`

        Args:
            live_room_id: Id of the creator's live room (LIVE session)."""
        return self._client.request(
            ops.GET_LIVE_ROOM_INTERACTIVE_TRENDS,
            {
                "live_room_id": live_room_id,
            },
        )

    def get_live_room_product_stats(
        self,
        *,
        live_room_id: str,
    ) -> GetLiveRoomProductStatsResponse:
        """Get live room product stats.

        Returns per-product figures for one of the creator's live rooms: GMV, unit price, inventory,
        impressions, clicks and orders. The live room must belong to the creator behind the access token.

        `GET /analytics/202502/live_rooms/{live_room_id}/product_stats`

        Args:
            live_room_id: Id of the creator's live room (LIVE session)."""
        return self._client.request(
            ops.GET_LIVE_ROOM_PRODUCT_STATS,
            {
                "live_room_id": live_room_id,
            },
        )

    def get_live_room_traffic_performance(
        self,
        *,
        live_room_id: str,
    ) -> GetLiveRoomTrafficPerformanceResponse:
        """Get live room traffic sources.

        Returns the views of one of the creator's live rooms grouped by traffic source and sub-source, to
        see where viewers came from.

        `GET /analytics/202502/live_rooms/{live_room_id}/traffic_performances`

        Args:
            live_room_id: Id of the creator's live room (LIVE session)."""
        return self._client.request(
            ops.GET_LIVE_ROOM_TRAFFIC_PERFORMANCE,
            {
                "live_room_id": live_room_id,
            },
        )

    def get_live_room_user_portraits(
        self,
        *,
        live_room_id: str,
    ) -> GetLiveRoomUserPortraitsResponse:
        """Get live room audience portrait.

        Returns the audience make-up of one of the creator's live rooms: age, gender, follower status and
        country distributions, overall and for paid (ads) traffic.

        `GET /analytics/202502/live_rooms/{live_room_id}/user_portraits`

        Args:
            live_room_id: Id of the creator's live room (LIVE session)."""
        return self._client.request(
            ops.GET_LIVE_ROOM_USER_PORTRAITS,
            {
                "live_room_id": live_room_id,
            },
        )

    def get_live_room_view_trends(
        self,
        *,
        live_room_id: str,
    ) -> GetLiveRoomViewTrendsResponse:
        """Get live room viewer trends.

        Returns the viewer time series of one of the creator's live rooms: viewers online, entering and
        leaving, one series per `stats_type`.

        `GET /analytics/202502/live_rooms/{live_room_id}/view_trend_performances`

        Args:
            live_room_id: Id of the creator's live room (LIVE session)."""
        return self._client.request(
            ops.GET_LIVE_ROOM_VIEW_TRENDS,
            {
                "live_room_id": live_room_id,
            },
        )

    def get_shop_live_minute_performance(
        self,
        *,
        live_id: str,
        page_token: str | None = None,
        currency: str | None = None,
    ) -> GetShopLiveMinutePerformanceResponse:
        """Get LIVE performance per minute.

        Returns minute-by-minute traffic, interaction, conversion and sales metrics of a finished LIVE
        session hosted by the shop's official or marketing account, up to 100 minutes per page. The minutes
        are in `performance.intervals`; follow `next_page_token` for more.

        `GET /analytics/202510/shop_lives/{live_id}/performance_per_minutes` (shop cipher required)

        Args:
            live_id: Id of the LIVE session.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            currency: Currency of the returned amounts, `LOCAL` (the shop's currency, the default) or `USD`."""
        return self._client.request(
            ops.GET_SHOP_LIVE_MINUTE_PERFORMANCE,
            {
                "live_id": live_id,
                "page_token": page_token,
                "currency": currency,
            },
        )

    def get_shop_live_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        account_type: Literal["AFFILIATE_ACCOUNTS", "MARKETING_ACCOUNTS", "OFFICIAL_ACCOUNTS"],
        page_size: int | None = None,
        sort_field: Literal[
            "attributed_customers",
            "live_attributed_gmv",
            "live_attributed_items_sold",
            "live_attributed_sku_orders",
            "products_added",
            "products_sold",
        ]
        | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        page_token: str | None = None,
    ) -> GetShopLivePerformanceListResponse:
        """List LIVE session performance.

        Lists the shop's LIVE sessions in a date range with their sales, traffic and interaction metrics,
        one page at a time. Sellers see room-level data only for their own official creator accounts.

        `GET /analytics/202609/shop_lives/performance` (shop cipher required)

        Args:
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            account_type: Whose LIVE sessions to list: `OFFICIAL_ACCOUNTS`, `MARKETING_ACCOUNTS` or
                `AFFILIATE_ACCOUNTS`.
            page_size: Number of items per page.
            sort_field: Metric to sort by.
            sort_order: Sort direction.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page."""
        return self._client.request(
            ops.GET_SHOP_LIVE_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "account_type": account_type,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "page_token": page_token,
            },
        )

    def iter_get_shop_live_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        account_type: Literal["AFFILIATE_ACCOUNTS", "MARKETING_ACCOUNTS", "OFFICIAL_ACCOUNTS"],
        page_size: int | None = None,
        sort_field: Literal[
            "attributed_customers",
            "live_attributed_gmv",
            "live_attributed_items_sold",
            "live_attributed_sku_orders",
            "products_added",
            "products_sold",
        ]
        | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        page_token: str | None = None,
    ) -> SyncPager[LiveSession, GetShopLivePerformanceListResponse]:
        """Iterate over every item of `get_shop_live_performance_list` across pages, fetching each page lazily.

        Iterating yields `live_stream_sessions` items; `.pages()` yields whole pages. Takes the same
        arguments as `get_shop_live_performance_list`."""
        return self._client.paginate(
            ops.GET_SHOP_LIVE_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "account_type": account_type,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "page_token": page_token,
            },
        )

    def get_shop_live_performance_overview(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        today: bool | None = None,
        granularity: Literal["1D", "ALL"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        account_type: Literal["AFFILIATE_ACCOUNTS", "ALL", "LINKED_ACCOUNTS"] | None = None,
    ) -> GetShopLivePerformanceOverviewResponse:
        """Get LIVE performance overview.

        Returns the combined metrics of all the shop's LIVE sessions (GMV, items sold, views, click rates)
        for a date range, as one interval or one per day.

        `GET /analytics/202609/shop_lives/overview_performance` (shop cipher required)

        Args:
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            today: When true, include today's real-time data.
            granularity: `ALL` for one interval covering the whole period (the default), `1D` for one
                interval per day.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`.
            account_type: Whose LIVE sessions to include: `ALL`, `LINKED_ACCOUNTS` or `AFFILIATE_ACCOUNTS`."""
        return self._client.request(
            ops.GET_SHOP_LIVE_PERFORMANCE_OVERVIEW,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "today": today,
                "granularity": granularity,
                "currency": currency,
                "account_type": account_type,
            },
        )

    def get_shop_live_products_performance_list(
        self,
        *,
        live_id: str,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: Literal[
            "created_sku_orders",
            "customers",
            "gmv",
            "items_sold",
            "main_orders",
            "product_clicks",
            "product_impressions",
            "sku_orders",
        ]
        | None = None,
        currency: str | None = None,
    ) -> GetShopLiveProductsPerformanceListResponse:
        """List product performance of a LIVE session.

        Returns the sales and traffic metrics of each product in a LIVE session hosted by the shop's
        official or marketing accounts.

        `GET /analytics/202512/shop/{live_id}/products_performance` (shop cipher required)

        Args:
            live_id: Id of the LIVE session.
            sort_order: Sort direction.
            sort_field: Metric to sort by.
            currency: Currency of the returned amounts, `LOCAL` (the shop's currency, the default) or `USD`."""
        return self._client.request(
            ops.GET_SHOP_LIVE_PRODUCTS_PERFORMANCE_LIST,
            {
                "live_id": live_id,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "currency": currency,
            },
        )

    def get_shop_performance(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        granularity: Literal["1D", "ALL"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetShopPerformanceResponse:
        """Get shop performance.

        Returns shop-level sales, traffic and GMV-by-channel metrics for a date range, as one interval or
        one per day. Use it for shop dashboards and daily reporting.

        `GET /analytics/202609/shop/performance` (shop cipher required)

        Args:
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            granularity: `ALL` for one interval covering the whole period (the default), `1D` for one
                interval per day.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return self._client.request(
            ops.GET_SHOP_PERFORMANCE,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "granularity": granularity,
                "currency": currency,
            },
        )

    def get_shop_performance_per_hour(
        self,
        *,
        date: str,
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetShopPerformancePerHourResponse:
        """Get shop performance per hour.

        Returns the shop's metrics hour by hour for one day within the last 30 days (today included), with
        the day's totals.

        `GET /analytics/202510/shop/performance/{date}/performance_per_hour` (shop cipher required)

        Args:
            date: The day to report, `YYYY-MM-DD` in the shop's timezone, within the last 30 days.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return self._client.request(
            ops.GET_SHOP_PERFORMANCE_PER_HOUR,
            {
                "date": date,
                "currency": currency,
            },
        )

    def get_shop_product_performance_detail(
        self,
        *,
        product_id: str,
        start_date_ge: str,
        end_date_lt: str,
        granularity: Literal["1D", "ALL"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetShopProductPerformanceDetailResponse:
        """Get product performance detail.

        Returns one product's sales, traffic, cancellation and refund metrics for a date range, broken down
        by content type, with its ratings, top content and top creators.

        `GET /analytics/202509/shop_products/{product_id}/performance` (shop cipher required)

        Args:
            product_id: Id of the product.
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            granularity: `ALL` for one interval covering the whole period (the default), `1D` for one
                interval per day.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return self._client.request(
            ops.GET_SHOP_PRODUCT_PERFORMANCE_DETAIL,
            {
                "product_id": product_id,
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "granularity": granularity,
                "currency": currency,
            },
        )

    def get_shop_product_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_field: Literal["gmv", "items_sold", "orders"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        category_filter: list[str] | None = None,
        product_status_filter: Literal["ALL", "INACTIVE", "LIVE"] | None = None,
    ) -> GetShopProductPerformanceListResponse:
        """List product performance.

        Lists the shop's products with their total, seller-channel, affiliate-channel and Shop Tab metrics
        for a date range, one page at a time. Keep the same filters when following `next_page_token`.

        `GET /analytics/202605/shop_products/performance` (shop cipher required)

        Args:
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            page_size: Number of items per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_field: Metric to sort by.
            sort_order: Sort direction.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`.
            category_filter: Only items of these category ids (comma-separated).
            product_status_filter: Product status to include: `ALL`, `LIVE` (active) or `INACTIVE`."""
        return self._client.request(
            ops.GET_SHOP_PRODUCT_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "category_filter": category_filter,
                "product_status_filter": product_status_filter,
            },
        )

    def iter_get_shop_product_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_field: Literal["gmv", "items_sold", "orders"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        category_filter: list[str] | None = None,
        product_status_filter: Literal["ALL", "INACTIVE", "LIVE"] | None = None,
    ) -> SyncPager[ProductPerformance, GetShopProductPerformanceListResponse]:
        """Iterate over every item of `get_shop_product_performance_list` across pages, fetching each page
        lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_shop_product_performance_list`."""
        return self._client.paginate(
            ops.GET_SHOP_PRODUCT_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "category_filter": category_filter,
                "product_status_filter": product_status_filter,
            },
        )

    def get_shop_sku_performance_detail(
        self,
        *,
        sku_id: str,
        start_date_ge: str,
        end_date_lt: str,
        granularity: Literal["1D", "ALL"] | None = None,
        currency: str | None = None,
    ) -> GetShopSkuPerformanceDetailResponse:
        """Get SKU performance detail.

        Returns one SKU's GMV, units sold and orders for a date range, with GMV and units broken down by
        content type (LIVE, video, product card).

        `GET /analytics/202509/shop_skus/{sku_id}/performance` (shop cipher required)

        Args:
            sku_id: Id of the SKU.
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            granularity: `ALL` for one interval covering the whole period (the default), `1D` for one
                interval per day.
            currency: Currency of the returned amounts, `LOCAL` (the shop's currency, the default) or `USD`."""
        return self._client.request(
            ops.GET_SHOP_SKU_PERFORMANCE_DETAIL,
            {
                "sku_id": sku_id,
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "granularity": granularity,
                "currency": currency,
            },
        )

    def get_shop_sku_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_field: Literal["gmv", "sku_orders", "units_sold"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        category_filter: list[str] | None = None,
        product_status_filter: Literal["ALL", "INACTIVE", "LIVE"] | None = None,
        product_ids: list[str] | None = None,
        currency: str | None = None,
    ) -> GetShopSkuPerformanceListResponse:
        """List SKU performance.

        Lists the shop's SKUs with their GMV, orders and units sold for a date range, one page at a time.
        Keep the same filters when following `next_page_token`.

        `GET /analytics/202509/shop_skus/performance` (shop cipher required)

        Args:
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            page_size: Number of items per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_field: Metric to sort by.
            sort_order: Sort direction.
            category_filter: Only items of these category ids (comma-separated).
            product_status_filter: Product status to include: `ALL`, `LIVE` (active) or `INACTIVE`.
            product_ids: Only SKUs of these products (comma-separated product ids).
            currency: Currency of the returned amounts, `LOCAL` (the shop's currency, the default) or `USD`."""
        return self._client.request(
            ops.GET_SHOP_SKU_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "category_filter": category_filter,
                "product_status_filter": product_status_filter,
                "product_ids": product_ids,
                "currency": currency,
            },
        )

    def iter_get_shop_sku_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_field: Literal["gmv", "sku_orders", "units_sold"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        category_filter: list[str] | None = None,
        product_status_filter: Literal["ALL", "INACTIVE", "LIVE"] | None = None,
        product_ids: list[str] | None = None,
        currency: str | None = None,
    ) -> SyncPager[SKUPerformance, GetShopSkuPerformanceListResponse]:
        """Iterate over every item of `get_shop_sku_performance_list` across pages, fetching each page lazily.

        Iterating yields `skus` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_shop_sku_performance_list`."""
        return self._client.paginate(
            ops.GET_SHOP_SKU_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "category_filter": category_filter,
                "product_status_filter": product_status_filter,
                "product_ids": product_ids,
                "currency": currency,
            },
        )

    def get_shop_video_performance_details(
        self,
        *,
        video_id: str,
        start_date_ge: str,
        end_date_lt: str,
        granularity: Literal["1D", "ALL"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetShopVideoPerformanceDetailsResponse:
        """Get video performance detail.

        Returns one video's sales and engagement metrics for a date range, with a per-product sales
        breakdown and the viewers' age, gender and country profile.

        `GET /analytics/202509/shop_videos/{video_id}/performance` (shop cipher required)

        Args:
            video_id: Id of the video.
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            granularity: `ALL` for one interval covering the whole period (the default), `1D` for one
                interval per day.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return self._client.request(
            ops.GET_SHOP_VIDEO_PERFORMANCE_DETAILS,
            {
                "video_id": video_id,
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "granularity": granularity,
                "currency": currency,
            },
        )

    def get_shop_video_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        sort_field: Literal[
            "avg_customers", "click_through_rate", "gmv", "gpm", "items_sold", "post_time", "sku_orders", "views"
        ]
        | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        page_token: str | None = None,
        account_type: Literal["AFFILIATE_ACCOUNTS", "ALL", "MARKETING_ACCOUNTS", "OFFICIAL_ACCOUNTS"] | None = None,
    ) -> GetShopVideoPerformanceListResponse:
        """List video performance.

        Lists the videos promoting the shop's products with their sales and engagement metrics for a date
        range, one page at a time. Keep the same filters when following `next_page_token`.

        `GET /analytics/202605/shop_videos/performance` (shop cipher required)

        Args:
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            page_size: Number of items per page.
            sort_field: Metric to sort by.
            sort_order: Sort direction.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            account_type: Whose videos to include: `ALL`, `OFFICIAL_ACCOUNTS` (the shop's official
                accounts), `MARKETING_ACCOUNTS` (its marketing accounts) or `AFFILIATE_ACCOUNTS` (affiliate
                creators)."""
        return self._client.request(
            ops.GET_SHOP_VIDEO_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "page_token": page_token,
                "account_type": account_type,
            },
        )

    def iter_get_shop_video_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        sort_field: Literal[
            "avg_customers", "click_through_rate", "gmv", "gpm", "items_sold", "post_time", "sku_orders", "views"
        ]
        | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        page_token: str | None = None,
        account_type: Literal["AFFILIATE_ACCOUNTS", "ALL", "MARKETING_ACCOUNTS", "OFFICIAL_ACCOUNTS"] | None = None,
    ) -> SyncPager[VideoListPerformance, GetShopVideoPerformanceListResponse]:
        """Iterate over every item of `get_shop_video_performance_list` across pages, fetching each page
        lazily.

        Iterating yields `videos` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_shop_video_performance_list`."""
        return self._client.paginate(
            ops.GET_SHOP_VIDEO_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "page_token": page_token,
                "account_type": account_type,
            },
        )

    def get_shop_video_performance_overview(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        today: bool | None = None,
        granularity: Literal["1D", "ALL"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        account_type: Literal["AFFILIATE_ACCOUNTS", "ALL", "MARKETING_ACCOUNTS", "OFFICIAL_ACCOUNTS"] | None = None,
    ) -> GetShopVideoPerformanceOverviewResponse:
        """Get video performance overview.

        Returns the combined metrics of all videos of the shop (GMV, orders, clicks, views) for a date
        range, as one interval or one per day.

        `GET /analytics/202609/shop_videos/overview_performance` (shop cipher required)

        Args:
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            today: When true, include today's real-time data.
            granularity: `ALL` for one interval covering the whole period (the default), `1D` for one
                interval per day.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`.
            account_type: Whose videos to include: `ALL`, `OFFICIAL_ACCOUNTS` (the shop's official
                accounts), `MARKETING_ACCOUNTS` (its marketing accounts) or `AFFILIATE_ACCOUNTS` (affiliate
                creators)."""
        return self._client.request(
            ops.GET_SHOP_VIDEO_PERFORMANCE_OVERVIEW,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "today": today,
                "granularity": granularity,
                "currency": currency,
                "account_type": account_type,
            },
        )

    def get_shop_video_product_performance_list(
        self,
        *,
        video_id: str,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        sort_field: Literal["daily_avg_buyers", "gmv", "units_sold"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        page_token: str | None = None,
    ) -> GetShopVideoProductPerformanceListResponse:
        """List product performance of a video.

        Lists the products promoted in one video with their sales and click metrics for a date range, one
        page at a time.

        `GET /analytics/202509/shop_videos/{video_id}/products/performance` (shop cipher required)

        Args:
            video_id: Id of the video.
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            page_size: Number of items per page.
            sort_field: Metric to sort by.
            sort_order: Sort direction.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page."""
        return self._client.request(
            ops.GET_SHOP_VIDEO_PRODUCT_PERFORMANCE_LIST,
            {
                "video_id": video_id,
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "page_token": page_token,
            },
        )

    def iter_get_shop_video_product_performance_list(
        self,
        *,
        video_id: str,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        sort_field: Literal["daily_avg_buyers", "gmv", "units_sold"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        page_token: str | None = None,
    ) -> SyncPager[VideoProductPerformance, GetShopVideoProductPerformanceListResponse]:
        """Iterate over every item of `get_shop_video_product_performance_list` across pages, fetching each
        page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_shop_video_product_performance_list`."""
        return self._client.paginate(
            ops.GET_SHOP_VIDEO_PRODUCT_PERFORMANCE_LIST,
            {
                "video_id": video_id,
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "page_token": page_token,
            },
        )

    def get_shop_videos_performance_details(
        self,
        *,
        video_ids: list[int],
        start_date_ge: str,
        end_date_lt: str,
        granularity: Literal["1D", "ALL"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetShopVideosPerformanceDetailsResponse:
        """Get performance details of several videos.

        Returns the sales, engagement and viewer-profile metrics of several videos at once, with a per-video
        error for videos that could not be reported.

        `GET /analytics/202609/shop_videos/batch_performance` (shop cipher required)

        Args:
            video_ids: Ids of the videos to report, comma-separated.
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            granularity: `ALL` for one interval covering the whole period (the default), `1D` for one
                interval per day.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return self._client.request(
            ops.GET_SHOP_VIDEOS_PERFORMANCE_DETAILS,
            {
                "video_ids": video_ids,
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "granularity": granularity,
                "currency": currency,
            },
        )

    def get_sps_metric_diagnosis(
        self,
        *,
        metric_code: str,
        trend_duration_days: int | None = None,
        locale: str | None = None,
    ) -> GetSpsMetricDiagnosisResponse:
        """Diagnose an SPS metric.

        Returns the diagnosis of one SPS metric: benchmarks, trend, calculation inputs, distribution and the
        causes found (US shops only).

        `GET /analytics/202606/shop_performances/metrics/{metric_code}/diagnosis` (shop cipher required)

        Args:
            metric_code: The SPS metric: `NRR` (negative review rate), `NBFR` (negative buyer feedback
                rate), `SFCR` (seller-fault cancellation rate), `OTDR` (on-time delivery rate), `AHT`
                (aftersales handling time) or `IM_DSAT` (chat dissatisfaction).
            trend_duration_days: Number of days of trend data to return.
            locale: Language of the localized texts (names, status texts), e.g. `en-US`."""
        return self._client.request(
            ops.GET_SPS_METRIC_DIAGNOSIS,
            {
                "metric_code": metric_code,
                "trend_duration_days": trend_duration_days,
                "locale": locale,
            },
        )

    def get_sps_metric_problem_details(
        self,
        *,
        metric_code: str,
        page_token: str | None = None,
        page_size: int | None = None,
        locale: str | None = None,
    ) -> GetSpsMetricProblemDetailsResponse:
        """List the problem orders of an SPS metric.

        Lists the orders or chats that hurt one SPS metric, one page at a time; the list field that is
        filled depends on the metric (US shops only).

        `GET /analytics/202606/shop_performances/metrics/{metric_code}/problem_details` (shop cipher
        required)

        Args:
            metric_code: The SPS metric: `NRR` (negative review rate), `NBFR` (negative buyer feedback
                rate), `SFCR` (seller-fault cancellation rate), `OTDR` (on-time delivery rate), `AHT`
                (aftersales handling time) or `IM_DSAT` (chat dissatisfaction).
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            page_size: Number of items per page.
            locale: Language of the localized texts (names, status texts), e.g. `en-US`."""
        return self._client.request(
            ops.GET_SPS_METRIC_PROBLEM_DETAILS,
            {
                "metric_code": metric_code,
                "page_token": page_token,
                "page_size": page_size,
                "locale": locale,
            },
        )

    def get_sps_metric_top_items(
        self,
        *,
        metric_code: str,
        locale: str | None = None,
    ) -> GetSpsMetricTopItemsResponse:
        """Get the top contributors to an SPS metric.

        Returns the products that weigh most on NRR, NBFR or AHT, or the logistics providers behind OTDR (US
        shops only).

        `GET /analytics/202606/shop_performances/metrics/{metric_code}/top_items` (shop cipher required)

        Args:
            metric_code: The SPS metric: `NRR` (negative review rate), `NBFR` (negative buyer feedback
                rate), `SFCR` (seller-fault cancellation rate), `OTDR` (on-time delivery rate), `AHT`
                (aftersales handling time) or `IM_DSAT` (chat dissatisfaction).
            locale: Language of the localized texts (names, status texts), e.g. `en-US`."""
        return self._client.request(
            ops.GET_SPS_METRIC_TOP_ITEMS,
            {
                "metric_code": metric_code,
                "locale": locale,
            },
        )

    def get_sps_metrics(
        self,
        *,
        locale: str | None = None,
    ) -> GetSpsMetricsResponse:
        """Get SPS metrics.

        Returns every SPS metric of the shop with its value, score, status and benchmark thresholds (US
        shops only).

        `GET /analytics/202606/shop_performances/metrics` (shop cipher required)

        Args:
            locale: Language of the localized texts (names, status texts), e.g. `en-US`."""
        return self._client.request(
            ops.GET_SPS_METRICS,
            {
                "locale": locale,
            },
        )

    def get_sps_overview(
        self,
        *,
        locale: str | None = None,
    ) -> GetSpsOverviewResponse:
        """Get Shop Performance Score overview.

        Returns the shop's Shop Performance Score (SPS): score, tier, dimension scores, benefits and top
        issues. SPS is available for US shops only.

        `GET /analytics/202606/shop_performances/overview` (shop cipher required)

        Args:
            locale: Language of the localized texts (names, status texts), e.g. `en-US`."""
        return self._client.request(
            ops.GET_SPS_OVERVIEW,
            {
                "locale": locale,
            },
        )

    def get_video_performances(
        self,
        *,
        video_ids: str,
        start_time_ge: int,
        end_time_le: int,
    ) -> GetVideoPerformancesResponse:
        """Get creator video performances.

        Returns daily e-commerce metrics (anchor display rate, click-through rate, orders, items sold, GMV)
        of the creator's videos. Only for US creators.

        `GET /analytics/202403/videos/performances`

        Args:
            video_ids: Ids of the videos to report, comma-separated.
            start_time_ge: Start of the period, inclusive, unix seconds.
            end_time_le: End of the period, inclusive, unix seconds."""
        return self._client.request(
            ops.GET_VIDEO_PERFORMANCES,
            {
                "video_ids": video_ids,
                "start_time_ge": start_time_ge,
                "end_time_le": end_time_le,
            },
        )


class AnalyticsResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AnalyticsResource) -> None:
        self.get_bestselling_creators = raw(resource.get_bestselling_creators)
        self.get_bestselling_live_sessions = raw(resource.get_bestselling_live_sessions)
        self.get_bestselling_products = raw(resource.get_bestselling_products)
        self.get_bestselling_videos = raw(resource.get_bestselling_videos)
        self.get_live_room_core_stats = raw(resource.get_live_room_core_stats)
        self.get_live_room_gmv_and_order_trends = raw(resource.get_live_room_gmv_and_order_trends)
        self.get_live_room_interactive_trends = raw(resource.get_live_room_interactive_trends)
        self.get_live_room_product_stats = raw(resource.get_live_room_product_stats)
        self.get_live_room_traffic_performance = raw(resource.get_live_room_traffic_performance)
        self.get_live_room_user_portraits = raw(resource.get_live_room_user_portraits)
        self.get_live_room_view_trends = raw(resource.get_live_room_view_trends)
        self.get_shop_live_minute_performance = raw(resource.get_shop_live_minute_performance)
        self.get_shop_live_performance_list = raw(resource.get_shop_live_performance_list)
        self.get_shop_live_performance_overview = raw(resource.get_shop_live_performance_overview)
        self.get_shop_live_products_performance_list = raw(resource.get_shop_live_products_performance_list)
        self.get_shop_performance = raw(resource.get_shop_performance)
        self.get_shop_performance_per_hour = raw(resource.get_shop_performance_per_hour)
        self.get_shop_product_performance_detail = raw(resource.get_shop_product_performance_detail)
        self.get_shop_product_performance_list = raw(resource.get_shop_product_performance_list)
        self.get_shop_sku_performance_detail = raw(resource.get_shop_sku_performance_detail)
        self.get_shop_sku_performance_list = raw(resource.get_shop_sku_performance_list)
        self.get_shop_video_performance_details = raw(resource.get_shop_video_performance_details)
        self.get_shop_video_performance_list = raw(resource.get_shop_video_performance_list)
        self.get_shop_video_performance_overview = raw(resource.get_shop_video_performance_overview)
        self.get_shop_video_product_performance_list = raw(resource.get_shop_video_product_performance_list)
        self.get_shop_videos_performance_details = raw(resource.get_shop_videos_performance_details)
        self.get_sps_metric_diagnosis = raw(resource.get_sps_metric_diagnosis)
        self.get_sps_metric_problem_details = raw(resource.get_sps_metric_problem_details)
        self.get_sps_metric_top_items = raw(resource.get_sps_metric_top_items)
        self.get_sps_metrics = raw(resource.get_sps_metrics)
        self.get_sps_overview = raw(resource.get_sps_overview)
        self.get_video_performances = raw(resource.get_video_performances)


class AnalyticsAt202403:
    """`analytics` operations pinned to version 202403."""

    def __init__(self, resource: AnalyticsResource) -> None:
        self.get_video_performances = resource.get_video_performances


class AnalyticsAt202502:
    """`analytics` operations pinned to version 202502."""

    def __init__(self, resource: AnalyticsResource) -> None:
        self.get_live_room_core_stats = resource.get_live_room_core_stats
        self.get_live_room_gmv_and_order_trends = resource.get_live_room_gmv_and_order_trends
        self.get_live_room_interactive_trends = resource.get_live_room_interactive_trends
        self.get_live_room_product_stats = resource.get_live_room_product_stats
        self.get_live_room_traffic_performance = resource.get_live_room_traffic_performance
        self.get_live_room_user_portraits = resource.get_live_room_user_portraits
        self.get_live_room_view_trends = resource.get_live_room_view_trends


class AnalyticsAt202509:
    """`analytics` operations pinned to version 202509."""

    def __init__(self, resource: AnalyticsResource) -> None:
        self.get_shop_product_performance_detail = resource.get_shop_product_performance_detail
        self.get_shop_sku_performance_detail = resource.get_shop_sku_performance_detail
        self.get_shop_sku_performance_list = resource.get_shop_sku_performance_list
        self.iter_get_shop_sku_performance_list = resource.iter_get_shop_sku_performance_list
        self.get_shop_video_performance_details = resource.get_shop_video_performance_details
        self.get_shop_video_product_performance_list = resource.get_shop_video_product_performance_list
        self.iter_get_shop_video_product_performance_list = resource.iter_get_shop_video_product_performance_list


class AnalyticsAt202510:
    """`analytics` operations pinned to version 202510."""

    def __init__(self, resource: AnalyticsResource) -> None:
        self.get_shop_live_minute_performance = resource.get_shop_live_minute_performance
        self.get_shop_performance_per_hour = resource.get_shop_performance_per_hour


class AnalyticsAt202511:
    """`analytics` operations pinned to version 202511."""

    def __init__(self, resource: AnalyticsResource) -> None:
        self.get_bestselling_creators = resource.get_bestselling_creators
        self.get_bestselling_live_sessions = resource.get_bestselling_live_sessions
        self.get_bestselling_products = resource.get_bestselling_products
        self.get_bestselling_videos = resource.get_bestselling_videos


class AnalyticsAt202512:
    """`analytics` operations pinned to version 202512."""

    def __init__(self, resource: AnalyticsResource) -> None:
        self.get_shop_live_products_performance_list = resource.get_shop_live_products_performance_list


class AnalyticsAt202605:
    """`analytics` operations pinned to version 202605."""

    def __init__(self, resource: AnalyticsResource) -> None:
        self.get_shop_product_performance_list = resource.get_shop_product_performance_list
        self.iter_get_shop_product_performance_list = resource.iter_get_shop_product_performance_list
        self.get_shop_video_performance_list = resource.get_shop_video_performance_list
        self.iter_get_shop_video_performance_list = resource.iter_get_shop_video_performance_list


class AnalyticsAt202606:
    """`analytics` operations pinned to version 202606."""

    def __init__(self, resource: AnalyticsResource) -> None:
        self.get_sps_metric_diagnosis = resource.get_sps_metric_diagnosis
        self.get_sps_metric_problem_details = resource.get_sps_metric_problem_details
        self.get_sps_metric_top_items = resource.get_sps_metric_top_items
        self.get_sps_metrics = resource.get_sps_metrics
        self.get_sps_overview = resource.get_sps_overview


class AnalyticsAt202609:
    """`analytics` operations pinned to version 202609."""

    def __init__(self, resource: AnalyticsResource) -> None:
        self.get_shop_live_performance_list = resource.get_shop_live_performance_list
        self.iter_get_shop_live_performance_list = resource.iter_get_shop_live_performance_list
        self.get_shop_live_performance_overview = resource.get_shop_live_performance_overview
        self.get_shop_performance = resource.get_shop_performance
        self.get_shop_video_performance_overview = resource.get_shop_video_performance_overview
        self.get_shop_videos_performance_details = resource.get_shop_videos_performance_details


class AsyncAnalyticsResource:
    """Shop, product, SKU, video and LIVE performance metrics, bestselling rankings, creator live room
    statistics and the Shop Performance Score (SPS) metrics. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def get_bestselling_creators(
        self,
        *,
        date: str,
        time_slot: Literal["1D", "30D", "7D"],
        author_type: Literal["AFFILIATE", "ALL", "CHANNEL", "OFFICIAL"],
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetBestsellingCreatorsResponse:
        """Get bestselling creators.

        Ranks up to 100 creators by GMV for the reporting period that ends on `date` and spans `time_slot`.
        Use it to find which creators sell the most for the shop.

        `GET /analytics/202511/creators/bestselling` (shop cipher required)

        Args:
            date: Last day of the reporting period, `YYYY-MM-DD` in the shop's timezone.
            time_slot: Length of the reporting period ending on `date`, `1D`, `7D` or `30D`.
            author_type: Which creators to rank: `ALL`, `AFFILIATE` (affiliate creators), `OFFICIAL` (the
                shop's official accounts) or `CHANNEL` (channel partner accounts).
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return await self._client.request(
            ops.GET_BESTSELLING_CREATORS,
            {
                "date": date,
                "time_slot": time_slot,
                "author_type": author_type,
                "currency": currency,
            },
        )

    async def get_bestselling_live_sessions(
        self,
        *,
        date: str | None = None,
        time_slot: Literal["1D", "30D", "7D"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetBestsellingLiveSessionsResponse:
        """Get bestselling LIVE sessions.

        Ranks up to 100 LIVE sessions by GMV for the period defined by `date` and `time_slot`.

        `GET /analytics/202511/lives/bestselling` (shop cipher required)

        Args:
            date: Last day of the reporting period, `YYYY-MM-DD` in the shop's timezone.
            time_slot: Length of the reporting period ending on `date`, `1D`, `7D` or `30D`.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return await self._client.request(
            ops.GET_BESTSELLING_LIVE_SESSIONS,
            {
                "date": date,
                "time_slot": time_slot,
                "currency": currency,
            },
        )

    async def get_bestselling_products(
        self,
        *,
        date: str,
        time_slot: Literal["1D", "30D", "7D"],
        category_id: str | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetBestsellingProductsResponse:
        """Get bestselling products.

        Ranks up to 100 products by GMV for the reporting period, optionally within one category.

        `GET /analytics/202511/products/bestselling` (shop cipher required)

        Args:
            category_id: Restrict the ranking to products of this category.
            date: Last day of the reporting period, `YYYY-MM-DD` in the shop's timezone.
            time_slot: Length of the reporting period ending on `date`, `1D`, `7D` or `30D`.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return await self._client.request(
            ops.GET_BESTSELLING_PRODUCTS,
            {
                "category_id": category_id,
                "date": date,
                "time_slot": time_slot,
                "currency": currency,
            },
        )

    async def get_bestselling_videos(
        self,
        *,
        date: str,
        time_slot: Literal["1D", "30D", "7D"],
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetBestsellingVideosResponse:
        """Get bestselling videos.

        Ranks up to 100 videos by GMV, highest first, for the reporting period defined by `date` and
        `time_slot`.

        `GET /analytics/202511/videos/bestselling` (shop cipher required)

        Args:
            date: Last day of the reporting period, `YYYY-MM-DD` in the shop's timezone.
            time_slot: Length of the reporting period ending on `date`, `1D`, `7D` or `30D`.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return await self._client.request(
            ops.GET_BESTSELLING_VIDEOS,
            {
                "date": date,
                "time_slot": time_slot,
                "currency": currency,
            },
        )

    async def get_live_room_core_stats(
        self,
        *,
        live_room_id: str,
    ) -> GetLiveRoomCoreStatsResponse:
        """Get live room core stats.

        Returns the headline figures of one of the creator's live rooms: GMV, orders, buyers, product
        clicks, views and interactions. Use it for a live or finished session's scorecard.

        `GET /analytics/202502/live_rooms/{live_room_id}/core_stats`

        Args:
            live_room_id: Id of the creator's live room (LIVE session)."""
        return await self._client.request(
            ops.GET_LIVE_ROOM_CORE_STATS,
            {
                "live_room_id": live_room_id,
            },
        )

    async def get_live_room_gmv_and_order_trends(
        self,
        *,
        live_room_id: str,
    ) -> GetLiveRoomGmvAndOrderTrendsResponse:
        """Get live room GMV and order trends.

        Returns the GMV and created-order time series of one of the creator's live rooms, one series per
        `stats_type`.

        `GET /analytics/202502/live_rooms/{live_room_id}/gmv_trend_performances`

        Args:
            live_room_id: Id of the creator's live room (LIVE session)."""
        return await self._client.request(
            ops.GET_LIVE_ROOM_GMV_AND_ORDER_TRENDS,
            {
                "live_room_id": live_room_id,
            },
        )

    async def get_live_room_interactive_trends(
        self,
        *,
        live_room_id: str,
    ) -> GetLiveRoomInteractiveTrendsResponse:
        """Get live room interaction trends.

        Returns the watch, comment and share time series of one of the creator's live rooms, one series per
        `stats_type`.

        `GET /analytics/202502/live_rooms/{live_room_id}/interactive_trend_performances`

        Args:
            live_room_id: Id of the creator's live room (LIVE session)."""
        return await self._client.request(
            ops.GET_LIVE_ROOM_INTERACTIVE_TRENDS,
            {
                "live_room_id": live_room_id,
            },
        )

    async def get_live_room_product_stats(
        self,
        *,
        live_room_id: str,
    ) -> GetLiveRoomProductStatsResponse:
        """Get live room product stats.

        Returns per-product figures for one of the creator's live rooms: GMV, unit price, inventory,
        impressions, clicks and orders. The live room must belong to the creator behind the access token.

        `GET /analytics/202502/live_rooms/{live_room_id}/product_stats`

        Args:
            live_room_id: Id of the creator's live room (LIVE session)."""
        return await self._client.request(
            ops.GET_LIVE_ROOM_PRODUCT_STATS,
            {
                "live_room_id": live_room_id,
            },
        )

    async def get_live_room_traffic_performance(
        self,
        *,
        live_room_id: str,
    ) -> GetLiveRoomTrafficPerformanceResponse:
        """Get live room traffic sources.

        Returns the views of one of the creator's live rooms grouped by traffic source and sub-source, to
        see where viewers came from.

        `GET /analytics/202502/live_rooms/{live_room_id}/traffic_performances`

        Args:
            live_room_id: Id of the creator's live room (LIVE session)."""
        return await self._client.request(
            ops.GET_LIVE_ROOM_TRAFFIC_PERFORMANCE,
            {
                "live_room_id": live_room_id,
            },
        )

    async def get_live_room_user_portraits(
        self,
        *,
        live_room_id: str,
    ) -> GetLiveRoomUserPortraitsResponse:
        """Get live room audience portrait.

        Returns the audience make-up of one of the creator's live rooms: age, gender, follower status and
        country distributions, overall and for paid (ads) traffic.

        `GET /analytics/202502/live_rooms/{live_room_id}/user_portraits`

        Args:
            live_room_id: Id of the creator's live room (LIVE session)."""
        return await self._client.request(
            ops.GET_LIVE_ROOM_USER_PORTRAITS,
            {
                "live_room_id": live_room_id,
            },
        )

    async def get_live_room_view_trends(
        self,
        *,
        live_room_id: str,
    ) -> GetLiveRoomViewTrendsResponse:
        """Get live room viewer trends.

        Returns the viewer time series of one of the creator's live rooms: viewers online, entering and
        leaving, one series per `stats_type`.

        `GET /analytics/202502/live_rooms/{live_room_id}/view_trend_performances`

        Args:
            live_room_id: Id of the creator's live room (LIVE session)."""
        return await self._client.request(
            ops.GET_LIVE_ROOM_VIEW_TRENDS,
            {
                "live_room_id": live_room_id,
            },
        )

    async def get_shop_live_minute_performance(
        self,
        *,
        live_id: str,
        page_token: str | None = None,
        currency: str | None = None,
    ) -> GetShopLiveMinutePerformanceResponse:
        """Get LIVE performance per minute.

        Returns minute-by-minute traffic, interaction, conversion and sales metrics of a finished LIVE
        session hosted by the shop's official or marketing account, up to 100 minutes per page. The minutes
        are in `performance.intervals`; follow `next_page_token` for more.

        `GET /analytics/202510/shop_lives/{live_id}/performance_per_minutes` (shop cipher required)

        Args:
            live_id: Id of the LIVE session.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            currency: Currency of the returned amounts, `LOCAL` (the shop's currency, the default) or `USD`."""
        return await self._client.request(
            ops.GET_SHOP_LIVE_MINUTE_PERFORMANCE,
            {
                "live_id": live_id,
                "page_token": page_token,
                "currency": currency,
            },
        )

    async def get_shop_live_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        account_type: Literal["AFFILIATE_ACCOUNTS", "MARKETING_ACCOUNTS", "OFFICIAL_ACCOUNTS"],
        page_size: int | None = None,
        sort_field: Literal[
            "attributed_customers",
            "live_attributed_gmv",
            "live_attributed_items_sold",
            "live_attributed_sku_orders",
            "products_added",
            "products_sold",
        ]
        | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        page_token: str | None = None,
    ) -> GetShopLivePerformanceListResponse:
        """List LIVE session performance.

        Lists the shop's LIVE sessions in a date range with their sales, traffic and interaction metrics,
        one page at a time. Sellers see room-level data only for their own official creator accounts.

        `GET /analytics/202609/shop_lives/performance` (shop cipher required)

        Args:
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            account_type: Whose LIVE sessions to list: `OFFICIAL_ACCOUNTS`, `MARKETING_ACCOUNTS` or
                `AFFILIATE_ACCOUNTS`.
            page_size: Number of items per page.
            sort_field: Metric to sort by.
            sort_order: Sort direction.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page."""
        return await self._client.request(
            ops.GET_SHOP_LIVE_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "account_type": account_type,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "page_token": page_token,
            },
        )

    def iter_get_shop_live_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        account_type: Literal["AFFILIATE_ACCOUNTS", "MARKETING_ACCOUNTS", "OFFICIAL_ACCOUNTS"],
        page_size: int | None = None,
        sort_field: Literal[
            "attributed_customers",
            "live_attributed_gmv",
            "live_attributed_items_sold",
            "live_attributed_sku_orders",
            "products_added",
            "products_sold",
        ]
        | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        page_token: str | None = None,
    ) -> AsyncPager[LiveSession, GetShopLivePerformanceListResponse]:
        """Iterate over every item of `get_shop_live_performance_list` across pages, fetching each page lazily.

        Iterating yields `live_stream_sessions` items; `.pages()` yields whole pages. Takes the same
        arguments as `get_shop_live_performance_list`."""
        return self._client.paginate(
            ops.GET_SHOP_LIVE_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "account_type": account_type,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "page_token": page_token,
            },
        )

    async def get_shop_live_performance_overview(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        today: bool | None = None,
        granularity: Literal["1D", "ALL"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        account_type: Literal["AFFILIATE_ACCOUNTS", "ALL", "LINKED_ACCOUNTS"] | None = None,
    ) -> GetShopLivePerformanceOverviewResponse:
        """Get LIVE performance overview.

        Returns the combined metrics of all the shop's LIVE sessions (GMV, items sold, views, click rates)
        for a date range, as one interval or one per day.

        `GET /analytics/202609/shop_lives/overview_performance` (shop cipher required)

        Args:
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            today: When true, include today's real-time data.
            granularity: `ALL` for one interval covering the whole period (the default), `1D` for one
                interval per day.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`.
            account_type: Whose LIVE sessions to include: `ALL`, `LINKED_ACCOUNTS` or `AFFILIATE_ACCOUNTS`."""
        return await self._client.request(
            ops.GET_SHOP_LIVE_PERFORMANCE_OVERVIEW,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "today": today,
                "granularity": granularity,
                "currency": currency,
                "account_type": account_type,
            },
        )

    async def get_shop_live_products_performance_list(
        self,
        *,
        live_id: str,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: Literal[
            "created_sku_orders",
            "customers",
            "gmv",
            "items_sold",
            "main_orders",
            "product_clicks",
            "product_impressions",
            "sku_orders",
        ]
        | None = None,
        currency: str | None = None,
    ) -> GetShopLiveProductsPerformanceListResponse:
        """List product performance of a LIVE session.

        Returns the sales and traffic metrics of each product in a LIVE session hosted by the shop's
        official or marketing accounts.

        `GET /analytics/202512/shop/{live_id}/products_performance` (shop cipher required)

        Args:
            live_id: Id of the LIVE session.
            sort_order: Sort direction.
            sort_field: Metric to sort by.
            currency: Currency of the returned amounts, `LOCAL` (the shop's currency, the default) or `USD`."""
        return await self._client.request(
            ops.GET_SHOP_LIVE_PRODUCTS_PERFORMANCE_LIST,
            {
                "live_id": live_id,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "currency": currency,
            },
        )

    async def get_shop_performance(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        granularity: Literal["1D", "ALL"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetShopPerformanceResponse:
        """Get shop performance.

        Returns shop-level sales, traffic and GMV-by-channel metrics for a date range, as one interval or
        one per day. Use it for shop dashboards and daily reporting.

        `GET /analytics/202609/shop/performance` (shop cipher required)

        Args:
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            granularity: `ALL` for one interval covering the whole period (the default), `1D` for one
                interval per day.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return await self._client.request(
            ops.GET_SHOP_PERFORMANCE,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "granularity": granularity,
                "currency": currency,
            },
        )

    async def get_shop_performance_per_hour(
        self,
        *,
        date: str,
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetShopPerformancePerHourResponse:
        """Get shop performance per hour.

        Returns the shop's metrics hour by hour for one day within the last 30 days (today included), with
        the day's totals.

        `GET /analytics/202510/shop/performance/{date}/performance_per_hour` (shop cipher required)

        Args:
            date: The day to report, `YYYY-MM-DD` in the shop's timezone, within the last 30 days.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return await self._client.request(
            ops.GET_SHOP_PERFORMANCE_PER_HOUR,
            {
                "date": date,
                "currency": currency,
            },
        )

    async def get_shop_product_performance_detail(
        self,
        *,
        product_id: str,
        start_date_ge: str,
        end_date_lt: str,
        granularity: Literal["1D", "ALL"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetShopProductPerformanceDetailResponse:
        """Get product performance detail.

        Returns one product's sales, traffic, cancellation and refund metrics for a date range, broken down
        by content type, with its ratings, top content and top creators.

        `GET /analytics/202509/shop_products/{product_id}/performance` (shop cipher required)

        Args:
            product_id: Id of the product.
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            granularity: `ALL` for one interval covering the whole period (the default), `1D` for one
                interval per day.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return await self._client.request(
            ops.GET_SHOP_PRODUCT_PERFORMANCE_DETAIL,
            {
                "product_id": product_id,
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "granularity": granularity,
                "currency": currency,
            },
        )

    async def get_shop_product_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_field: Literal["gmv", "items_sold", "orders"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        category_filter: list[str] | None = None,
        product_status_filter: Literal["ALL", "INACTIVE", "LIVE"] | None = None,
    ) -> GetShopProductPerformanceListResponse:
        """List product performance.

        Lists the shop's products with their total, seller-channel, affiliate-channel and Shop Tab metrics
        for a date range, one page at a time. Keep the same filters when following `next_page_token`.

        `GET /analytics/202605/shop_products/performance` (shop cipher required)

        Args:
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            page_size: Number of items per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_field: Metric to sort by.
            sort_order: Sort direction.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`.
            category_filter: Only items of these category ids (comma-separated).
            product_status_filter: Product status to include: `ALL`, `LIVE` (active) or `INACTIVE`."""
        return await self._client.request(
            ops.GET_SHOP_PRODUCT_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "category_filter": category_filter,
                "product_status_filter": product_status_filter,
            },
        )

    def iter_get_shop_product_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_field: Literal["gmv", "items_sold", "orders"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        category_filter: list[str] | None = None,
        product_status_filter: Literal["ALL", "INACTIVE", "LIVE"] | None = None,
    ) -> AsyncPager[ProductPerformance, GetShopProductPerformanceListResponse]:
        """Iterate over every item of `get_shop_product_performance_list` across pages, fetching each page
        lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_shop_product_performance_list`."""
        return self._client.paginate(
            ops.GET_SHOP_PRODUCT_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "category_filter": category_filter,
                "product_status_filter": product_status_filter,
            },
        )

    async def get_shop_sku_performance_detail(
        self,
        *,
        sku_id: str,
        start_date_ge: str,
        end_date_lt: str,
        granularity: Literal["1D", "ALL"] | None = None,
        currency: str | None = None,
    ) -> GetShopSkuPerformanceDetailResponse:
        """Get SKU performance detail.

        Returns one SKU's GMV, units sold and orders for a date range, with GMV and units broken down by
        content type (LIVE, video, product card).

        `GET /analytics/202509/shop_skus/{sku_id}/performance` (shop cipher required)

        Args:
            sku_id: Id of the SKU.
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            granularity: `ALL` for one interval covering the whole period (the default), `1D` for one
                interval per day.
            currency: Currency of the returned amounts, `LOCAL` (the shop's currency, the default) or `USD`."""
        return await self._client.request(
            ops.GET_SHOP_SKU_PERFORMANCE_DETAIL,
            {
                "sku_id": sku_id,
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "granularity": granularity,
                "currency": currency,
            },
        )

    async def get_shop_sku_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_field: Literal["gmv", "sku_orders", "units_sold"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        category_filter: list[str] | None = None,
        product_status_filter: Literal["ALL", "INACTIVE", "LIVE"] | None = None,
        product_ids: list[str] | None = None,
        currency: str | None = None,
    ) -> GetShopSkuPerformanceListResponse:
        """List SKU performance.

        Lists the shop's SKUs with their GMV, orders and units sold for a date range, one page at a time.
        Keep the same filters when following `next_page_token`.

        `GET /analytics/202509/shop_skus/performance` (shop cipher required)

        Args:
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            page_size: Number of items per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_field: Metric to sort by.
            sort_order: Sort direction.
            category_filter: Only items of these category ids (comma-separated).
            product_status_filter: Product status to include: `ALL`, `LIVE` (active) or `INACTIVE`.
            product_ids: Only SKUs of these products (comma-separated product ids).
            currency: Currency of the returned amounts, `LOCAL` (the shop's currency, the default) or `USD`."""
        return await self._client.request(
            ops.GET_SHOP_SKU_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "category_filter": category_filter,
                "product_status_filter": product_status_filter,
                "product_ids": product_ids,
                "currency": currency,
            },
        )

    def iter_get_shop_sku_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_field: Literal["gmv", "sku_orders", "units_sold"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        category_filter: list[str] | None = None,
        product_status_filter: Literal["ALL", "INACTIVE", "LIVE"] | None = None,
        product_ids: list[str] | None = None,
        currency: str | None = None,
    ) -> AsyncPager[SKUPerformance, GetShopSkuPerformanceListResponse]:
        """Iterate over every item of `get_shop_sku_performance_list` across pages, fetching each page lazily.

        Iterating yields `skus` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_shop_sku_performance_list`."""
        return self._client.paginate(
            ops.GET_SHOP_SKU_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "category_filter": category_filter,
                "product_status_filter": product_status_filter,
                "product_ids": product_ids,
                "currency": currency,
            },
        )

    async def get_shop_video_performance_details(
        self,
        *,
        video_id: str,
        start_date_ge: str,
        end_date_lt: str,
        granularity: Literal["1D", "ALL"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetShopVideoPerformanceDetailsResponse:
        """Get video performance detail.

        Returns one video's sales and engagement metrics for a date range, with a per-product sales
        breakdown and the viewers' age, gender and country profile.

        `GET /analytics/202509/shop_videos/{video_id}/performance` (shop cipher required)

        Args:
            video_id: Id of the video.
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            granularity: `ALL` for one interval covering the whole period (the default), `1D` for one
                interval per day.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return await self._client.request(
            ops.GET_SHOP_VIDEO_PERFORMANCE_DETAILS,
            {
                "video_id": video_id,
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "granularity": granularity,
                "currency": currency,
            },
        )

    async def get_shop_video_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        sort_field: Literal[
            "avg_customers", "click_through_rate", "gmv", "gpm", "items_sold", "post_time", "sku_orders", "views"
        ]
        | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        page_token: str | None = None,
        account_type: Literal["AFFILIATE_ACCOUNTS", "ALL", "MARKETING_ACCOUNTS", "OFFICIAL_ACCOUNTS"] | None = None,
    ) -> GetShopVideoPerformanceListResponse:
        """List video performance.

        Lists the videos promoting the shop's products with their sales and engagement metrics for a date
        range, one page at a time. Keep the same filters when following `next_page_token`.

        `GET /analytics/202605/shop_videos/performance` (shop cipher required)

        Args:
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            page_size: Number of items per page.
            sort_field: Metric to sort by.
            sort_order: Sort direction.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            account_type: Whose videos to include: `ALL`, `OFFICIAL_ACCOUNTS` (the shop's official
                accounts), `MARKETING_ACCOUNTS` (its marketing accounts) or `AFFILIATE_ACCOUNTS` (affiliate
                creators)."""
        return await self._client.request(
            ops.GET_SHOP_VIDEO_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "page_token": page_token,
                "account_type": account_type,
            },
        )

    def iter_get_shop_video_performance_list(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        sort_field: Literal[
            "avg_customers", "click_through_rate", "gmv", "gpm", "items_sold", "post_time", "sku_orders", "views"
        ]
        | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        page_token: str | None = None,
        account_type: Literal["AFFILIATE_ACCOUNTS", "ALL", "MARKETING_ACCOUNTS", "OFFICIAL_ACCOUNTS"] | None = None,
    ) -> AsyncPager[VideoListPerformance, GetShopVideoPerformanceListResponse]:
        """Iterate over every item of `get_shop_video_performance_list` across pages, fetching each page
        lazily.

        Iterating yields `videos` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_shop_video_performance_list`."""
        return self._client.paginate(
            ops.GET_SHOP_VIDEO_PERFORMANCE_LIST,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "page_token": page_token,
                "account_type": account_type,
            },
        )

    async def get_shop_video_performance_overview(
        self,
        *,
        start_date_ge: str,
        end_date_lt: str,
        today: bool | None = None,
        granularity: Literal["1D", "ALL"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        account_type: Literal["AFFILIATE_ACCOUNTS", "ALL", "MARKETING_ACCOUNTS", "OFFICIAL_ACCOUNTS"] | None = None,
    ) -> GetShopVideoPerformanceOverviewResponse:
        """Get video performance overview.

        Returns the combined metrics of all videos of the shop (GMV, orders, clicks, views) for a date
        range, as one interval or one per day.

        `GET /analytics/202609/shop_videos/overview_performance` (shop cipher required)

        Args:
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            today: When true, include today's real-time data.
            granularity: `ALL` for one interval covering the whole period (the default), `1D` for one
                interval per day.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`.
            account_type: Whose videos to include: `ALL`, `OFFICIAL_ACCOUNTS` (the shop's official
                accounts), `MARKETING_ACCOUNTS` (its marketing accounts) or `AFFILIATE_ACCOUNTS` (affiliate
                creators)."""
        return await self._client.request(
            ops.GET_SHOP_VIDEO_PERFORMANCE_OVERVIEW,
            {
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "today": today,
                "granularity": granularity,
                "currency": currency,
                "account_type": account_type,
            },
        )

    async def get_shop_video_product_performance_list(
        self,
        *,
        video_id: str,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        sort_field: Literal["daily_avg_buyers", "gmv", "units_sold"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        page_token: str | None = None,
    ) -> GetShopVideoProductPerformanceListResponse:
        """List product performance of a video.

        Lists the products promoted in one video with their sales and click metrics for a date range, one
        page at a time.

        `GET /analytics/202509/shop_videos/{video_id}/products/performance` (shop cipher required)

        Args:
            video_id: Id of the video.
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            page_size: Number of items per page.
            sort_field: Metric to sort by.
            sort_order: Sort direction.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page."""
        return await self._client.request(
            ops.GET_SHOP_VIDEO_PRODUCT_PERFORMANCE_LIST,
            {
                "video_id": video_id,
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "page_token": page_token,
            },
        )

    def iter_get_shop_video_product_performance_list(
        self,
        *,
        video_id: str,
        start_date_ge: str,
        end_date_lt: str,
        page_size: int | None = None,
        sort_field: Literal["daily_avg_buyers", "gmv", "units_sold"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
        page_token: str | None = None,
    ) -> AsyncPager[VideoProductPerformance, GetShopVideoProductPerformanceListResponse]:
        """Iterate over every item of `get_shop_video_product_performance_list` across pages, fetching each
        page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_shop_video_product_performance_list`."""
        return self._client.paginate(
            ops.GET_SHOP_VIDEO_PRODUCT_PERFORMANCE_LIST,
            {
                "video_id": video_id,
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "currency": currency,
                "page_token": page_token,
            },
        )

    async def get_shop_videos_performance_details(
        self,
        *,
        video_ids: list[int],
        start_date_ge: str,
        end_date_lt: str,
        granularity: Literal["1D", "ALL"] | None = None,
        currency: Literal["LOCAL", "USD"] | None = None,
    ) -> GetShopVideosPerformanceDetailsResponse:
        """Get performance details of several videos.

        Returns the sales, engagement and viewer-profile metrics of several videos at once, with a per-video
        error for videos that could not be reported.

        `GET /analytics/202609/shop_videos/batch_performance` (shop cipher required)

        Args:
            video_ids: Ids of the videos to report, comma-separated.
            start_date_ge: First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone.
            end_date_lt: Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's
                timezone.
            granularity: `ALL` for one interval covering the whole period (the default), `1D` for one
                interval per day.
            currency: Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or
                `USD`."""
        return await self._client.request(
            ops.GET_SHOP_VIDEOS_PERFORMANCE_DETAILS,
            {
                "video_ids": video_ids,
                "start_date_ge": start_date_ge,
                "end_date_lt": end_date_lt,
                "granularity": granularity,
                "currency": currency,
            },
        )

    async def get_sps_metric_diagnosis(
        self,
        *,
        metric_code: str,
        trend_duration_days: int | None = None,
        locale: str | None = None,
    ) -> GetSpsMetricDiagnosisResponse:
        """Diagnose an SPS metric.

        Returns the diagnosis of one SPS metric: benchmarks, trend, calculation inputs, distribution and the
        causes found (US shops only).

        `GET /analytics/202606/shop_performances/metrics/{metric_code}/diagnosis` (shop cipher required)

        Args:
            metric_code: The SPS metric: `NRR` (negative review rate), `NBFR` (negative buyer feedback
                rate), `SFCR` (seller-fault cancellation rate), `OTDR` (on-time delivery rate), `AHT`
                (aftersales handling time) or `IM_DSAT` (chat dissatisfaction).
            trend_duration_days: Number of days of trend data to return.
            locale: Language of the localized texts (names, status texts), e.g. `en-US`."""
        return await self._client.request(
            ops.GET_SPS_METRIC_DIAGNOSIS,
            {
                "metric_code": metric_code,
                "trend_duration_days": trend_duration_days,
                "locale": locale,
            },
        )

    async def get_sps_metric_problem_details(
        self,
        *,
        metric_code: str,
        page_token: str | None = None,
        page_size: int | None = None,
        locale: str | None = None,
    ) -> GetSpsMetricProblemDetailsResponse:
        """List the problem orders of an SPS metric.

        Lists the orders or chats that hurt one SPS metric, one page at a time; the list field that is
        filled depends on the metric (US shops only).

        `GET /analytics/202606/shop_performances/metrics/{metric_code}/problem_details` (shop cipher
        required)

        Args:
            metric_code: The SPS metric: `NRR` (negative review rate), `NBFR` (negative buyer feedback
                rate), `SFCR` (seller-fault cancellation rate), `OTDR` (on-time delivery rate), `AHT`
                (aftersales handling time) or `IM_DSAT` (chat dissatisfaction).
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            page_size: Number of items per page.
            locale: Language of the localized texts (names, status texts), e.g. `en-US`."""
        return await self._client.request(
            ops.GET_SPS_METRIC_PROBLEM_DETAILS,
            {
                "metric_code": metric_code,
                "page_token": page_token,
                "page_size": page_size,
                "locale": locale,
            },
        )

    async def get_sps_metric_top_items(
        self,
        *,
        metric_code: str,
        locale: str | None = None,
    ) -> GetSpsMetricTopItemsResponse:
        """Get the top contributors to an SPS metric.

        Returns the products that weigh most on NRR, NBFR or AHT, or the logistics providers behind OTDR (US
        shops only).

        `GET /analytics/202606/shop_performances/metrics/{metric_code}/top_items` (shop cipher required)

        Args:
            metric_code: The SPS metric: `NRR` (negative review rate), `NBFR` (negative buyer feedback
                rate), `SFCR` (seller-fault cancellation rate), `OTDR` (on-time delivery rate), `AHT`
                (aftersales handling time) or `IM_DSAT` (chat dissatisfaction).
            locale: Language of the localized texts (names, status texts), e.g. `en-US`."""
        return await self._client.request(
            ops.GET_SPS_METRIC_TOP_ITEMS,
            {
                "metric_code": metric_code,
                "locale": locale,
            },
        )

    async def get_sps_metrics(
        self,
        *,
        locale: str | None = None,
    ) -> GetSpsMetricsResponse:
        """Get SPS metrics.

        Returns every SPS metric of the shop with its value, score, status and benchmark thresholds (US
        shops only).

        `GET /analytics/202606/shop_performances/metrics` (shop cipher required)

        Args:
            locale: Language of the localized texts (names, status texts), e.g. `en-US`."""
        return await self._client.request(
            ops.GET_SPS_METRICS,
            {
                "locale": locale,
            },
        )

    async def get_sps_overview(
        self,
        *,
        locale: str | None = None,
    ) -> GetSpsOverviewResponse:
        """Get Shop Performance Score overview.

        Returns the shop's Shop Performance Score (SPS): score, tier, dimension scores, benefits and top
        issues. SPS is available for US shops only.

        `GET /analytics/202606/shop_performances/overview` (shop cipher required)

        Args:
            locale: Language of the localized texts (names, status texts), e.g. `en-US`."""
        return await self._client.request(
            ops.GET_SPS_OVERVIEW,
            {
                "locale": locale,
            },
        )

    async def get_video_performances(
        self,
        *,
        video_ids: str,
        start_time_ge: int,
        end_time_le: int,
    ) -> GetVideoPerformancesResponse:
        """Get creator video performances.

        Returns daily e-commerce metrics (anchor display rate, click-through rate, orders, items sold, GMV)
        of the creator's videos. Only for US creators.

        `GET /analytics/202403/videos/performances`

        Args:
            video_ids: Ids of the videos to report, comma-separated.
            start_time_ge: Start of the period, inclusive, unix seconds.
            end_time_le: End of the period, inclusive, unix seconds."""
        return await self._client.request(
            ops.GET_VIDEO_PERFORMANCES,
            {
                "video_ids": video_ids,
                "start_time_ge": start_time_ge,
                "end_time_le": end_time_le,
            },
        )


class AsyncAnalyticsResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncAnalyticsResource) -> None:
        self.get_bestselling_creators = async_raw(resource.get_bestselling_creators)
        self.get_bestselling_live_sessions = async_raw(resource.get_bestselling_live_sessions)
        self.get_bestselling_products = async_raw(resource.get_bestselling_products)
        self.get_bestselling_videos = async_raw(resource.get_bestselling_videos)
        self.get_live_room_core_stats = async_raw(resource.get_live_room_core_stats)
        self.get_live_room_gmv_and_order_trends = async_raw(resource.get_live_room_gmv_and_order_trends)
        self.get_live_room_interactive_trends = async_raw(resource.get_live_room_interactive_trends)
        self.get_live_room_product_stats = async_raw(resource.get_live_room_product_stats)
        self.get_live_room_traffic_performance = async_raw(resource.get_live_room_traffic_performance)
        self.get_live_room_user_portraits = async_raw(resource.get_live_room_user_portraits)
        self.get_live_room_view_trends = async_raw(resource.get_live_room_view_trends)
        self.get_shop_live_minute_performance = async_raw(resource.get_shop_live_minute_performance)
        self.get_shop_live_performance_list = async_raw(resource.get_shop_live_performance_list)
        self.get_shop_live_performance_overview = async_raw(resource.get_shop_live_performance_overview)
        self.get_shop_live_products_performance_list = async_raw(resource.get_shop_live_products_performance_list)
        self.get_shop_performance = async_raw(resource.get_shop_performance)
        self.get_shop_performance_per_hour = async_raw(resource.get_shop_performance_per_hour)
        self.get_shop_product_performance_detail = async_raw(resource.get_shop_product_performance_detail)
        self.get_shop_product_performance_list = async_raw(resource.get_shop_product_performance_list)
        self.get_shop_sku_performance_detail = async_raw(resource.get_shop_sku_performance_detail)
        self.get_shop_sku_performance_list = async_raw(resource.get_shop_sku_performance_list)
        self.get_shop_video_performance_details = async_raw(resource.get_shop_video_performance_details)
        self.get_shop_video_performance_list = async_raw(resource.get_shop_video_performance_list)
        self.get_shop_video_performance_overview = async_raw(resource.get_shop_video_performance_overview)
        self.get_shop_video_product_performance_list = async_raw(resource.get_shop_video_product_performance_list)
        self.get_shop_videos_performance_details = async_raw(resource.get_shop_videos_performance_details)
        self.get_sps_metric_diagnosis = async_raw(resource.get_sps_metric_diagnosis)
        self.get_sps_metric_problem_details = async_raw(resource.get_sps_metric_problem_details)
        self.get_sps_metric_top_items = async_raw(resource.get_sps_metric_top_items)
        self.get_sps_metrics = async_raw(resource.get_sps_metrics)
        self.get_sps_overview = async_raw(resource.get_sps_overview)
        self.get_video_performances = async_raw(resource.get_video_performances)


class AsyncAnalyticsAt202403:
    """`analytics` operations pinned to version 202403."""

    def __init__(self, resource: AsyncAnalyticsResource) -> None:
        self.get_video_performances = resource.get_video_performances


class AsyncAnalyticsAt202502:
    """`analytics` operations pinned to version 202502."""

    def __init__(self, resource: AsyncAnalyticsResource) -> None:
        self.get_live_room_core_stats = resource.get_live_room_core_stats
        self.get_live_room_gmv_and_order_trends = resource.get_live_room_gmv_and_order_trends
        self.get_live_room_interactive_trends = resource.get_live_room_interactive_trends
        self.get_live_room_product_stats = resource.get_live_room_product_stats
        self.get_live_room_traffic_performance = resource.get_live_room_traffic_performance
        self.get_live_room_user_portraits = resource.get_live_room_user_portraits
        self.get_live_room_view_trends = resource.get_live_room_view_trends


class AsyncAnalyticsAt202509:
    """`analytics` operations pinned to version 202509."""

    def __init__(self, resource: AsyncAnalyticsResource) -> None:
        self.get_shop_product_performance_detail = resource.get_shop_product_performance_detail
        self.get_shop_sku_performance_detail = resource.get_shop_sku_performance_detail
        self.get_shop_sku_performance_list = resource.get_shop_sku_performance_list
        self.iter_get_shop_sku_performance_list = resource.iter_get_shop_sku_performance_list
        self.get_shop_video_performance_details = resource.get_shop_video_performance_details
        self.get_shop_video_product_performance_list = resource.get_shop_video_product_performance_list
        self.iter_get_shop_video_product_performance_list = resource.iter_get_shop_video_product_performance_list


class AsyncAnalyticsAt202510:
    """`analytics` operations pinned to version 202510."""

    def __init__(self, resource: AsyncAnalyticsResource) -> None:
        self.get_shop_live_minute_performance = resource.get_shop_live_minute_performance
        self.get_shop_performance_per_hour = resource.get_shop_performance_per_hour


class AsyncAnalyticsAt202511:
    """`analytics` operations pinned to version 202511."""

    def __init__(self, resource: AsyncAnalyticsResource) -> None:
        self.get_bestselling_creators = resource.get_bestselling_creators
        self.get_bestselling_live_sessions = resource.get_bestselling_live_sessions
        self.get_bestselling_products = resource.get_bestselling_products
        self.get_bestselling_videos = resource.get_bestselling_videos


class AsyncAnalyticsAt202512:
    """`analytics` operations pinned to version 202512."""

    def __init__(self, resource: AsyncAnalyticsResource) -> None:
        self.get_shop_live_products_performance_list = resource.get_shop_live_products_performance_list


class AsyncAnalyticsAt202605:
    """`analytics` operations pinned to version 202605."""

    def __init__(self, resource: AsyncAnalyticsResource) -> None:
        self.get_shop_product_performance_list = resource.get_shop_product_performance_list
        self.iter_get_shop_product_performance_list = resource.iter_get_shop_product_performance_list
        self.get_shop_video_performance_list = resource.get_shop_video_performance_list
        self.iter_get_shop_video_performance_list = resource.iter_get_shop_video_performance_list


class AsyncAnalyticsAt202606:
    """`analytics` operations pinned to version 202606."""

    def __init__(self, resource: AsyncAnalyticsResource) -> None:
        self.get_sps_metric_diagnosis = resource.get_sps_metric_diagnosis
        self.get_sps_metric_problem_details = resource.get_sps_metric_problem_details
        self.get_sps_metric_top_items = resource.get_sps_metric_top_items
        self.get_sps_metrics = resource.get_sps_metrics
        self.get_sps_overview = resource.get_sps_overview


class AsyncAnalyticsAt202609:
    """`analytics` operations pinned to version 202609."""

    def __init__(self, resource: AsyncAnalyticsResource) -> None:
        self.get_shop_live_performance_list = resource.get_shop_live_performance_list
        self.iter_get_shop_live_performance_list = resource.iter_get_shop_live_performance_list
        self.get_shop_live_performance_overview = resource.get_shop_live_performance_overview
        self.get_shop_performance = resource.get_shop_performance
        self.get_shop_video_performance_overview = resource.get_shop_video_performance_overview
        self.get_shop_videos_performance_details = resource.get_shop_videos_performance_details
