"""The `analytics` resources: sync and async twins, raw-response and version views.

Shop, product, SKU, video and LIVE performance metrics, bestselling rankings, creator live room
statistics and the Shop Performance Score (SPS) metrics."""

from __future__ import annotations

from typing import Literal

from tiktok_shop._contract import (
    AsyncRequester,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    AnalyticsGetBestsellingCreatorsResponse,
    AnalyticsGetBestsellingLIVESessionsResponse,
    AnalyticsGetBestsellingProductsResponse,
    AnalyticsGetBestsellingVideosResponse,
    AnalyticsGetLiveRoomCoreStatsResponse,
    AnalyticsGetLiveRoomGMVAndOrderTrendsResponse,
    AnalyticsGetLiveRoomInteractiveTrendsResponse,
    AnalyticsGetLiveRoomProductStatsResponse,
    AnalyticsGetLiveRoomTrafficPerformanceResponse,
    AnalyticsGetLiveRoomUserPortraitsResponse,
    AnalyticsGetLiveRoomViewTrendsResponse,
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
    ) -> AnalyticsGetBestsellingCreatorsResponse:
        """Get bestselling creators.

        Ranks up to 100 creators by GMV for the reporting period that ends on `date` and spans `time_slot`.
        Use it to find which creators sell the most for the shop.

        `GET /analytics/202511/creators/bestselling` (shop-scoped)

        Args:
            date: date
            time_slot: time_slot
            author_type: author_type
            currency: currency"""
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
    ) -> AnalyticsGetBestsellingLIVESessionsResponse:
        """Get bestselling LIVE sessions.

        Ranks up to 100 LIVE sessions by GMV for the period defined by `date` and `time_slot`.

        `GET /analytics/202511/lives/bestselling` (shop-scoped)

        Args:
            date: date
            time_slot: time_slot
            currency: currency"""
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
    ) -> AnalyticsGetBestsellingProductsResponse:
        """Get bestselling products.

        Ranks up to 100 products by GMV for the reporting period, optionally within one category.

        `GET /analytics/202511/products/bestselling` (shop-scoped)

        Args:
            category_id: category_id
            date: date
            time_slot: time_slot
            currency: currency"""
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
    ) -> AnalyticsGetBestsellingVideosResponse:
        """Get bestselling videos.

        Ranks up to 100 videos by GMV, highest first, for the reporting period defined by `date` and
        `time_slot`.

        `GET /analytics/202511/videos/bestselling` (shop-scoped)

        Args:
            date: date
            time_slot: time_slot
            currency: currency"""
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
    ) -> AnalyticsGetLiveRoomCoreStatsResponse:
        """Get live room core stats.

        Returns the headline figures of one of the creator's live rooms: GMV, orders, buyers, product
        clicks, views and interactions. Use it for a live or finished session's scorecard.

        `GET /analytics/202502/live_rooms/{live_room_id}/core_stats`

        Args:
            live_room_id: live_room_id"""
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
    ) -> AnalyticsGetLiveRoomGMVAndOrderTrendsResponse:
        """Get live room GMV and order trends.

        Returns the GMV and created-order time series of one of the creator's live rooms, one series per
        `stats_type`.

        `GET /analytics/202502/live_rooms/{live_room_id}/gmv_trend_performances`

        Args:
            live_room_id: live_room_id"""
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
    ) -> AnalyticsGetLiveRoomInteractiveTrendsResponse:
        """Get live room interaction trends.

        Returns the watch, comment and share time series of one of the creator's live rooms, one series per
        `stats_type`.

        `GET /analytics/202502/live_rooms/{live_room_id}/interactive_trend_performances`

        Args:
            live_room_id: live_room_id"""
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
    ) -> AnalyticsGetLiveRoomProductStatsResponse:
        """Get live room product stats.

        Returns per-product figures for one of the creator's live rooms: GMV, unit price, inventory,
        impressions, clicks and orders. The live room must belong to the creator behind the access token.

        `GET /analytics/202502/live_rooms/{live_room_id}/product_stats`

        Args:
            live_room_id: live_room_id"""
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
    ) -> AnalyticsGetLiveRoomTrafficPerformanceResponse:
        """Get live room traffic sources.

        Returns the views of one of the creator's live rooms grouped by traffic source and sub-source, to
        see where viewers came from.

        `GET /analytics/202502/live_rooms/{live_room_id}/traffic_performances`

        Args:
            live_room_id: live_room_id"""
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
    ) -> AnalyticsGetLiveRoomUserPortraitsResponse:
        """Get live room audience portrait.

        Returns the audience make-up of one of the creator's live rooms: age, gender, follower status and
        country distributions, overall and for paid (ads) traffic.

        `GET /analytics/202502/live_rooms/{live_room_id}/user_portraits`

        Args:
            live_room_id: live_room_id"""
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
    ) -> AnalyticsGetLiveRoomViewTrendsResponse:
        """Get live room viewer trends.

        Returns the viewer time series of one of the creator's live rooms: viewers online, entering and
        leaving, one series per `stats_type`.

        `GET /analytics/202502/live_rooms/{live_room_id}/view_trend_performances`

        Args:
            live_room_id: live_room_id"""
        return self._client.request(
            ops.GET_LIVE_ROOM_VIEW_TRENDS,
            {
                "live_room_id": live_room_id,
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


class AnalyticsAt202511:
    """`analytics` operations pinned to version 202511."""

    def __init__(self, resource: AnalyticsResource) -> None:
        self.get_bestselling_creators = resource.get_bestselling_creators
        self.get_bestselling_live_sessions = resource.get_bestselling_live_sessions
        self.get_bestselling_products = resource.get_bestselling_products
        self.get_bestselling_videos = resource.get_bestselling_videos


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
    ) -> AnalyticsGetBestsellingCreatorsResponse:
        """Get bestselling creators.

        Ranks up to 100 creators by GMV for the reporting period that ends on `date` and spans `time_slot`.
        Use it to find which creators sell the most for the shop.

        `GET /analytics/202511/creators/bestselling` (shop-scoped)

        Args:
            date: date
            time_slot: time_slot
            author_type: author_type
            currency: currency"""
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
    ) -> AnalyticsGetBestsellingLIVESessionsResponse:
        """Get bestselling LIVE sessions.

        Ranks up to 100 LIVE sessions by GMV for the period defined by `date` and `time_slot`.

        `GET /analytics/202511/lives/bestselling` (shop-scoped)

        Args:
            date: date
            time_slot: time_slot
            currency: currency"""
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
    ) -> AnalyticsGetBestsellingProductsResponse:
        """Get bestselling products.

        Ranks up to 100 products by GMV for the reporting period, optionally within one category.

        `GET /analytics/202511/products/bestselling` (shop-scoped)

        Args:
            category_id: category_id
            date: date
            time_slot: time_slot
            currency: currency"""
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
    ) -> AnalyticsGetBestsellingVideosResponse:
        """Get bestselling videos.

        Ranks up to 100 videos by GMV, highest first, for the reporting period defined by `date` and
        `time_slot`.

        `GET /analytics/202511/videos/bestselling` (shop-scoped)

        Args:
            date: date
            time_slot: time_slot
            currency: currency"""
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
    ) -> AnalyticsGetLiveRoomCoreStatsResponse:
        """Get live room core stats.

        Returns the headline figures of one of the creator's live rooms: GMV, orders, buyers, product
        clicks, views and interactions. Use it for a live or finished session's scorecard.

        `GET /analytics/202502/live_rooms/{live_room_id}/core_stats`

        Args:
            live_room_id: live_room_id"""
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
    ) -> AnalyticsGetLiveRoomGMVAndOrderTrendsResponse:
        """Get live room GMV and order trends.

        Returns the GMV and created-order time series of one of the creator's live rooms, one series per
        `stats_type`.

        `GET /analytics/202502/live_rooms/{live_room_id}/gmv_trend_performances`

        Args:
            live_room_id: live_room_id"""
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
    ) -> AnalyticsGetLiveRoomInteractiveTrendsResponse:
        """Get live room interaction trends.

        Returns the watch, comment and share time series of one of the creator's live rooms, one series per
        `stats_type`.

        `GET /analytics/202502/live_rooms/{live_room_id}/interactive_trend_performances`

        Args:
            live_room_id: live_room_id"""
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
    ) -> AnalyticsGetLiveRoomProductStatsResponse:
        """Get live room product stats.

        Returns per-product figures for one of the creator's live rooms: GMV, unit price, inventory,
        impressions, clicks and orders. The live room must belong to the creator behind the access token.

        `GET /analytics/202502/live_rooms/{live_room_id}/product_stats`

        Args:
            live_room_id: live_room_id"""
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
    ) -> AnalyticsGetLiveRoomTrafficPerformanceResponse:
        """Get live room traffic sources.

        Returns the views of one of the creator's live rooms grouped by traffic source and sub-source, to
        see where viewers came from.

        `GET /analytics/202502/live_rooms/{live_room_id}/traffic_performances`

        Args:
            live_room_id: live_room_id"""
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
    ) -> AnalyticsGetLiveRoomUserPortraitsResponse:
        """Get live room audience portrait.

        Returns the audience make-up of one of the creator's live rooms: age, gender, follower status and
        country distributions, overall and for paid (ads) traffic.

        `GET /analytics/202502/live_rooms/{live_room_id}/user_portraits`

        Args:
            live_room_id: live_room_id"""
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
    ) -> AnalyticsGetLiveRoomViewTrendsResponse:
        """Get live room viewer trends.

        Returns the viewer time series of one of the creator's live rooms: viewers online, entering and
        leaving, one series per `stats_type`.

        `GET /analytics/202502/live_rooms/{live_room_id}/view_trend_performances`

        Args:
            live_room_id: live_room_id"""
        return await self._client.request(
            ops.GET_LIVE_ROOM_VIEW_TRENDS,
            {
                "live_room_id": live_room_id,
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


class AsyncAnalyticsAt202511:
    """`analytics` operations pinned to version 202511."""

    def __init__(self, resource: AsyncAnalyticsResource) -> None:
        self.get_bestselling_creators = resource.get_bestselling_creators
        self.get_bestselling_live_sessions = resource.get_bestselling_live_sessions
        self.get_bestselling_products = resource.get_bestselling_products
        self.get_bestselling_videos = resource.get_bestselling_videos
