"""Operation descriptors of the `analytics` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    AnalyticsGetBestsellingCreatorsQuery,
    AnalyticsGetBestsellingCreatorsResponse,
    AnalyticsGetBestsellingLIVESessionsQuery,
    AnalyticsGetBestsellingLIVESessionsResponse,
    AnalyticsGetBestsellingProductsQuery,
    AnalyticsGetBestsellingProductsResponse,
    AnalyticsGetBestsellingVideosQuery,
    AnalyticsGetBestsellingVideosResponse,
    AnalyticsGetLiveRoomCoreStatsQuery,
    AnalyticsGetLiveRoomCoreStatsResponse,
    AnalyticsGetLiveRoomGMVAndOrderTrendsQuery,
    AnalyticsGetLiveRoomGMVAndOrderTrendsResponse,
    AnalyticsGetLiveRoomInteractiveTrendsQuery,
    AnalyticsGetLiveRoomInteractiveTrendsResponse,
    AnalyticsGetLiveRoomProductStatsQuery,
    AnalyticsGetLiveRoomProductStatsResponse,
    AnalyticsGetLiveRoomTrafficPerformanceQuery,
    AnalyticsGetLiveRoomTrafficPerformanceResponse,
    AnalyticsGetLiveRoomUserPortraitsQuery,
    AnalyticsGetLiveRoomUserPortraitsResponse,
    AnalyticsGetLiveRoomViewTrendsQuery,
    AnalyticsGetLiveRoomViewTrendsResponse,
)

GET_BESTSELLING_CREATORS: Operation[AnalyticsGetBestsellingCreatorsResponse] = Operation(
    id="AnalyticsGetBestsellingCreators",
    module="analytics",
    name="get_bestselling_creators",
    method="GET",
    path="/analytics/202511/creators/bestselling",
    version="202511",
    summary="Get bestselling creators",
    response_model=AnalyticsGetBestsellingCreatorsResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=AnalyticsGetBestsellingCreatorsQuery,
    query_params=(
        "date",
        "time_slot",
        "author_type",
        "currency",
    ),
)

GET_BESTSELLING_LIVE_SESSIONS: Operation[AnalyticsGetBestsellingLIVESessionsResponse] = Operation(
    id="AnalyticsGetBestsellingLIVESessions",
    module="analytics",
    name="get_bestselling_live_sessions",
    method="GET",
    path="/analytics/202511/lives/bestselling",
    version="202511",
    summary="Get bestselling LIVE sessions",
    response_model=AnalyticsGetBestsellingLIVESessionsResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=AnalyticsGetBestsellingLIVESessionsQuery,
    query_params=(
        "date",
        "time_slot",
        "currency",
    ),
)

GET_BESTSELLING_PRODUCTS: Operation[AnalyticsGetBestsellingProductsResponse] = Operation(
    id="AnalyticsGetBestsellingProducts",
    module="analytics",
    name="get_bestselling_products",
    method="GET",
    path="/analytics/202511/products/bestselling",
    version="202511",
    summary="Get bestselling products",
    response_model=AnalyticsGetBestsellingProductsResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=AnalyticsGetBestsellingProductsQuery,
    query_params=(
        "category_id",
        "date",
        "time_slot",
        "currency",
    ),
)

GET_BESTSELLING_VIDEOS: Operation[AnalyticsGetBestsellingVideosResponse] = Operation(
    id="AnalyticsGetBestsellingVideos",
    module="analytics",
    name="get_bestselling_videos",
    method="GET",
    path="/analytics/202511/videos/bestselling",
    version="202511",
    summary="Get bestselling videos",
    response_model=AnalyticsGetBestsellingVideosResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=AnalyticsGetBestsellingVideosQuery,
    query_params=(
        "date",
        "time_slot",
        "currency",
    ),
)

GET_LIVE_ROOM_CORE_STATS: Operation[AnalyticsGetLiveRoomCoreStatsResponse] = Operation(
    id="AnalyticsGetLiveRoomCoreStats",
    module="analytics",
    name="get_live_room_core_stats",
    method="GET",
    path="/analytics/202502/live_rooms/{live_room_id}/core_stats",
    version="202502",
    summary="Get live room core stats",
    response_model=AnalyticsGetLiveRoomCoreStatsResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AnalyticsGetLiveRoomCoreStatsQuery,
    path_params=("live_room_id",),
)

GET_LIVE_ROOM_GMV_AND_ORDER_TRENDS: Operation[AnalyticsGetLiveRoomGMVAndOrderTrendsResponse] = Operation(
    id="AnalyticsGetLiveRoomGMVAndOrderTrends",
    module="analytics",
    name="get_live_room_gmv_and_order_trends",
    method="GET",
    path="/analytics/202502/live_rooms/{live_room_id}/gmv_trend_performances",
    version="202502",
    summary="Get live room GMV and order trends",
    response_model=AnalyticsGetLiveRoomGMVAndOrderTrendsResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AnalyticsGetLiveRoomGMVAndOrderTrendsQuery,
    path_params=("live_room_id",),
)

GET_LIVE_ROOM_INTERACTIVE_TRENDS: Operation[AnalyticsGetLiveRoomInteractiveTrendsResponse] = Operation(
    id="AnalyticsGetLiveRoomInteractiveTrends",
    module="analytics",
    name="get_live_room_interactive_trends",
    method="GET",
    path="/analytics/202502/live_rooms/{live_room_id}/interactive_trend_performances",
    version="202502",
    summary="Get live room interaction trends",
    response_model=AnalyticsGetLiveRoomInteractiveTrendsResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AnalyticsGetLiveRoomInteractiveTrendsQuery,
    path_params=("live_room_id",),
)

GET_LIVE_ROOM_PRODUCT_STATS: Operation[AnalyticsGetLiveRoomProductStatsResponse] = Operation(
    id="AnalyticsGetLiveRoomProductStats",
    module="analytics",
    name="get_live_room_product_stats",
    method="GET",
    path="/analytics/202502/live_rooms/{live_room_id}/product_stats",
    version="202502",
    summary="Get live room product stats",
    response_model=AnalyticsGetLiveRoomProductStatsResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AnalyticsGetLiveRoomProductStatsQuery,
    path_params=("live_room_id",),
)

GET_LIVE_ROOM_TRAFFIC_PERFORMANCE: Operation[AnalyticsGetLiveRoomTrafficPerformanceResponse] = Operation(
    id="AnalyticsGetLiveRoomTrafficPerformance",
    module="analytics",
    name="get_live_room_traffic_performance",
    method="GET",
    path="/analytics/202502/live_rooms/{live_room_id}/traffic_performances",
    version="202502",
    summary="Get live room traffic sources",
    response_model=AnalyticsGetLiveRoomTrafficPerformanceResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AnalyticsGetLiveRoomTrafficPerformanceQuery,
    path_params=("live_room_id",),
)

GET_LIVE_ROOM_USER_PORTRAITS: Operation[AnalyticsGetLiveRoomUserPortraitsResponse] = Operation(
    id="AnalyticsGetLiveRoomUserPortraits",
    module="analytics",
    name="get_live_room_user_portraits",
    method="GET",
    path="/analytics/202502/live_rooms/{live_room_id}/user_portraits",
    version="202502",
    summary="Get live room audience portrait",
    response_model=AnalyticsGetLiveRoomUserPortraitsResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AnalyticsGetLiveRoomUserPortraitsQuery,
    path_params=("live_room_id",),
)

GET_LIVE_ROOM_VIEW_TRENDS: Operation[AnalyticsGetLiveRoomViewTrendsResponse] = Operation(
    id="AnalyticsGetLiveRoomViewTrends",
    module="analytics",
    name="get_live_room_view_trends",
    method="GET",
    path="/analytics/202502/live_rooms/{live_room_id}/view_trend_performances",
    version="202502",
    summary="Get live room viewer trends",
    response_model=AnalyticsGetLiveRoomViewTrendsResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AnalyticsGetLiveRoomViewTrendsQuery,
    path_params=("live_room_id",),
)
