"""Models of the `analytics` module.

Shop, product, SKU, video and LIVE performance metrics, bestselling rankings, creator live room
statistics and the Shop Performance Score (SPS) metrics."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tiktok_shop._contract import RequestModel, ResponseModel

__all__ = [
    "AnalyticsAmount",
    "AnalyticsBestsellingCreator",
    "AnalyticsBestsellingLIVESession",
    "AnalyticsBestsellingProduct",
    "AnalyticsBestsellingVideo",
    "AnalyticsGetBestsellingCreatorsQuery",
    "AnalyticsGetBestsellingCreatorsResponse",
    "AnalyticsGetBestsellingLIVESessionsQuery",
    "AnalyticsGetBestsellingLIVESessionsResponse",
    "AnalyticsGetBestsellingProductsQuery",
    "AnalyticsGetBestsellingProductsResponse",
    "AnalyticsGetBestsellingVideosQuery",
    "AnalyticsGetBestsellingVideosResponse",
    "AnalyticsGetLiveRoomCoreStatsQuery",
    "AnalyticsGetLiveRoomCoreStatsResponse",
    "AnalyticsGetLiveRoomGMVAndOrderTrendsQuery",
    "AnalyticsGetLiveRoomGMVAndOrderTrendsResponse",
    "AnalyticsGetLiveRoomInteractiveTrendsQuery",
    "AnalyticsGetLiveRoomInteractiveTrendsResponse",
    "AnalyticsGetLiveRoomProductStatsQuery",
    "AnalyticsGetLiveRoomProductStatsResponse",
    "AnalyticsGetLiveRoomTrafficPerformanceQuery",
    "AnalyticsGetLiveRoomTrafficPerformanceResponse",
    "AnalyticsGetLiveRoomUserPortraitsQuery",
    "AnalyticsGetLiveRoomUserPortraitsResponse",
    "AnalyticsGetLiveRoomViewTrendsQuery",
    "AnalyticsGetLiveRoomViewTrendsResponse",
    "AnalyticsImage",
    "AnalyticsLiveRoomCoreStats",
    "AnalyticsLiveRoomGMVTrend",
    "AnalyticsLiveRoomGMVTrendDataPointsItem",
    "AnalyticsLiveRoomInteractiveTrend",
    "AnalyticsLiveRoomProductStat",
    "AnalyticsLiveRoomTrafficPerformance",
    "AnalyticsLiveRoomViewTrend",
    "AnalyticsLiveTrafficSource",
    "AnalyticsPortraitIndicator",
    "AnalyticsTrendDataPoint",
    "AnalyticsVideoProductAnchor",
]


class AnalyticsAmount(ResponseModel):
    """A money amount with its currency."""

    amount: str | None = None
    """The amount, as a decimal string."""

    currency: str | None = None
    """ISO 4217 currency code, e.g. `GBP` or `USD`."""


class AnalyticsBestsellingCreator(ResponseModel):
    """One creator in the bestselling ranking."""

    rank: int | None = None
    """The creator's GMV rank, 1 for the best."""

    gmv_range: str | None = None
    """The creator's GMV range for the period, in the requested currency."""

    open_id: str | None = None
    """The creator's open id, which identifies the creator."""

    user_name: str | None = None
    """The creator's account handle."""

    nick_name: str | None = None
    """The creator's display name."""

    followers_count: int | None = None
    """Number of followers."""

    likes_count: int | None = None
    """Number of likes."""


class AnalyticsBestsellingLIVESession(ResponseModel):
    """One LIVE session in the bestselling ranking."""

    rank: int | None = None
    """The session's GMV rank, 1 for the best."""

    gmv_range: str | None = None
    """The session's GMV range, in the requested currency."""

    id: str | None = None
    """LIVE session id."""

    title: str | None = None
    """LIVE session title."""

    start_time: int | None = None
    """When the session started, unix seconds (UTC)."""

    duration: int | None = None
    """Session length in seconds."""

    creator_name: str | None = None
    """The host creator's unique username."""

    open_id: str | None = None
    """The host creator's unique id."""

    creator_nick_name: str | None = None
    """The host creator's display nickname."""


class AnalyticsBestsellingProduct(ResponseModel):
    """One product in the bestselling ranking."""

    rank: int | None = None
    """The product's GMV rank, 1 for the best."""

    gmv_range: str | None = None
    """The product's GMV range, in the requested currency."""

    id: str | None = None
    """Product id."""

    name: str | None = None
    """Product name."""

    rating: str | None = None
    """The product's historical rating."""

    product_image: AnalyticsImage | None = None
    """An image with its size and viewing URLs."""

    shop_name: str | None = None
    """Name of the shop selling the product."""

    shop_id: str | None = None
    """Id of the shop selling the product."""


class AnalyticsBestsellingVideo(ResponseModel):
    """One video in the bestselling ranking."""

    rank: int | None = None
    """The video's GMV rank, 1 for the best."""

    id: str | None = None
    """Video id."""

    nick_name: str | None = None
    """The creator's handle."""

    gmv_range: str | None = None
    """The video's GMV range, in the requested currency."""

    views: int | None = None
    """Views since the video was published."""

    likes: int | None = None
    """Likes since the video was published."""

    comments: int | None = None
    """Comments since the video was published."""

    shares: int | None = None
    """Shares since the video was published."""

    product_infos: list[AnalyticsVideoProductAnchor] | None = None
    """Products anchored in the video."""

    publish_time: int | None = None
    """When the video was published, unix seconds (UTC)."""

    duration: int | None = None
    """Video length in seconds."""


class AnalyticsGetBestsellingCreatorsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetBestsellingCreators."""

    date: str

    time_slot: Literal["1D", "30D", "7D"]

    author_type: Literal["AFFILIATE", "ALL", "CHANNEL", "OFFICIAL"]

    currency: Literal["LOCAL", "USD"] | None = None


class AnalyticsGetBestsellingCreatorsResponse(ResponseModel):
    """The bestselling creators of the period."""

    creators: list[AnalyticsBestsellingCreator] | None = None
    """Creators, ranked by GMV."""


class AnalyticsGetBestsellingLIVESessionsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetBestsellingLIVESessions."""

    date: str | None = None

    time_slot: Literal["1D", "30D", "7D"] | None = None

    currency: Literal["LOCAL", "USD"] | None = None


class AnalyticsGetBestsellingLIVESessionsResponse(ResponseModel):
    """The bestselling LIVE sessions of the period."""

    lives: list[AnalyticsBestsellingLIVESession] | None = None
    """LIVE sessions, ranked by GMV."""


class AnalyticsGetBestsellingProductsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetBestsellingProducts."""

    category_id: str | None = None

    date: str

    time_slot: Literal["1D", "30D", "7D"]

    currency: Literal["LOCAL", "USD"] | None = None


class AnalyticsGetBestsellingProductsResponse(ResponseModel):
    """The bestselling products of the period."""

    products: list[AnalyticsBestsellingProduct] | None = None
    """Products, ranked by GMV."""


class AnalyticsGetBestsellingVideosQuery(RequestModel):
    """Path and query parameters of AnalyticsGetBestsellingVideos."""

    date: str

    time_slot: Literal["1D", "30D", "7D"]

    currency: Literal["LOCAL", "USD"] | None = None


class AnalyticsGetBestsellingVideosResponse(ResponseModel):
    """The bestselling videos of the period."""

    videos: list[AnalyticsBestsellingVideo] | None = None
    """Videos, ranked by GMV."""


class AnalyticsGetLiveRoomCoreStatsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetLiveRoomCoreStats."""

    live_room_id: str


class AnalyticsGetLiveRoomCoreStatsResponse(ResponseModel):
    """The live room's core stats."""

    stats: AnalyticsLiveRoomCoreStats | None = None
    """Headline figures of a live room."""


class AnalyticsGetLiveRoomGMVAndOrderTrendsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetLiveRoomGMVAndOrderTrends."""

    live_room_id: str


class AnalyticsGetLiveRoomGMVAndOrderTrendsResponse(ResponseModel):
    """The live room's GMV and order series."""

    gmv_trend_performances: list[AnalyticsLiveRoomGMVTrend] | None = None
    """One series per `stats_type`."""


class AnalyticsGetLiveRoomInteractiveTrendsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetLiveRoomInteractiveTrends."""

    live_room_id: str


class AnalyticsGetLiveRoomInteractiveTrendsResponse(ResponseModel):
    """The live room's interaction series."""

    interactive_trend_performances: list[AnalyticsLiveRoomInteractiveTrend] | None = None
    """One series per `stats_type`."""


class AnalyticsGetLiveRoomProductStatsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetLiveRoomProductStats."""

    live_room_id: str


class AnalyticsGetLiveRoomProductStatsResponse(ResponseModel):
    """The live room's product stats."""

    product_stats: list[AnalyticsLiveRoomProductStat] | None = None
    """One entry per product of the live room."""


class AnalyticsGetLiveRoomTrafficPerformanceQuery(RequestModel):
    """Path and query parameters of AnalyticsGetLiveRoomTrafficPerformance."""

    live_room_id: str


class AnalyticsGetLiveRoomTrafficPerformanceResponse(ResponseModel):
    """The live room's views by traffic source."""

    traffic_performances: list[AnalyticsLiveRoomTrafficPerformance] | None = None
    """One entry per primary traffic source."""


class AnalyticsGetLiveRoomUserPortraitsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetLiveRoomUserPortraits."""

    live_room_id: str


class AnalyticsGetLiveRoomUserPortraitsResponse(ResponseModel):
    """The live room's audience distributions."""

    all_ads_gender_indicators: list[AnalyticsPortraitIndicator] | None = None
    """Gender distribution of all viewers."""

    all_fan_indicators: list[AnalyticsPortraitIndicator] | None = None
    """Follower vs non-follower distribution of all viewers."""

    all_ads_age_indicators: list[AnalyticsPortraitIndicator] | None = None
    """Age distribution of all viewers."""

    region_indicators: list[AnalyticsPortraitIndicator] | None = None
    """Country distribution of viewers."""

    paid_ads_age_indicators: list[AnalyticsPortraitIndicator] | None = None
    """Age distribution of viewers from paid (ads) traffic."""

    paid_ads_gender_indicators: list[AnalyticsPortraitIndicator] | None = None
    """Gender distribution of viewers from paid (ads) traffic."""

    paid_fan_indicators: list[AnalyticsPortraitIndicator] | None = None
    """Follower vs non-follower distribution of viewers from paid (ads) traffic."""


class AnalyticsGetLiveRoomViewTrendsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetLiveRoomViewTrends."""

    live_room_id: str


class AnalyticsGetLiveRoomViewTrendsResponse(ResponseModel):
    """The live room's viewer series."""

    view_trend_performances: list[AnalyticsLiveRoomViewTrend] | None = None
    """One series per `stats_type`."""


class AnalyticsImage(ResponseModel):
    """An image with its size and viewing URLs."""

    height: int | None = None
    """Image height in pixels."""

    width: int | None = None
    """Image width in pixels."""

    thumb_urls: list[str] | None = None
    """URLs of the image's thumbnails."""

    uri: str | None = None
    """The image's URI."""

    urls: list[str] | None = None
    """URLs to view the image."""


class AnalyticsLiveRoomCoreStats(ResponseModel):
    """Headline figures of a live room."""

    sales: int | None = None
    """Product units sold from the livestream."""

    local_gmv: AnalyticsAmount | None = None
    """A money amount with its currency."""

    created_order_count: int | None = None
    """SKU orders created by viewers of the livestream."""

    current_visitor_count: int | None = None
    """Viewers watching right now."""

    paid_order_count: int | None = None
    """SKU orders created and paid by viewers of the livestream."""

    local_unit_price: AnalyticsAmount | None = None
    """A money amount with its currency."""

    product_reach_count: int | None = None
    """Product clicks from the livestream, product list and product cards included."""

    watch_pv: int | None = None
    """Views of the livestream."""

    click_through_rate: str | None = None
    """Product clicks divided by views, as a decimal string."""

    accumulated_new_follower_count: int | None = None
    """Times viewers followed the creator."""

    buyer_count: int | None = None
    """Unique users who paid for orders from the livestream, returned or refunded orders included."""

    accumulated_comment_count: int | None = None
    """Comments left on the livestream so far."""

    product_view_count: int | None = None
    """Impressions of the livestream's products, product list and product cards included."""

    click_order_rate: str | None = None
    """Paid SKU orders divided by product clicks, as a decimal string."""

    avg_watching_duration: int | None = None
    """Average time each unique viewer watched, in seconds."""

    accumulated_sharing_count: int | None = None
    """Times viewers shared the livestream."""

    peak_concurrent_user_count: int | None = None
    """Peak number of concurrent viewers."""


class AnalyticsLiveRoomGMVTrend(ResponseModel):
    """One GMV or order series of a live room."""

    stats_type: str | None = None
    """Which series this is, `TREND_GMV` (GMV) or `TREND_CREATED_ORDER` (created orders). Known values:
    TREND_GMV, TREND_CREATED_ORDER."""

    data_points: list[AnalyticsLiveRoomGMVTrendDataPointsItem] | None = None
    """The series' points in time order."""


class AnalyticsLiveRoomGMVTrendDataPointsItem(ResponseModel):
    """One point of the series."""

    order_count: int | None = None
    """Created orders at this point; set for `TREND_CREATED_ORDER`."""

    timestamp: int | None = None
    """Time of the point, unix timestamp."""

    gmv: AnalyticsAmount | None = None
    """A money amount with its currency."""


class AnalyticsLiveRoomInteractiveTrend(ResponseModel):
    """One interaction series of a live room."""

    stats_type: str | None = None
    """Which series this is: `TREND_WATCH_PV` (views), `TREND_COMMENT_PV` (comments) or `TREND_SHARE_PV`
    (shares). Known values: TREND_WATCH_PV, TREND_COMMENT_PV, TREND_SHARE_PV."""

    data_points: list[AnalyticsTrendDataPoint] | None = None
    """The series' points in time order."""


class AnalyticsLiveRoomProductStat(ResponseModel):
    """Figures of one product shown in a live room."""

    main_image_url: str | None = None
    """URL of the product's main image."""

    product_id: str | None = None
    """Product id."""

    is_live: bool | None = None
    """Whether the product is on sale in the live room right now."""

    click_through_rate: str | None = None
    """Product clicks divided by product impressions, as a decimal string."""

    sellable_region: str | None = None
    """Region where the product is sold."""

    created_order_count: int | None = None
    """Orders created for this product by viewers of the livestream."""

    exposure_count: int | None = None
    """Impressions of the product, product list and product cards included."""

    total_click_count: int | None = None
    """Clicks on the product from this livestream, product list and product cards included."""

    local_gmv: AnalyticsAmount | None = None
    """A money amount with its currency."""

    product_name: str | None = None
    """Product name as displayed in the live room."""

    local_unit_price: AnalyticsAmount | None = None
    """A money amount with its currency."""

    paid_order_count: int | None = None
    """SKU orders of this product created and paid by viewers."""

    inventory_left_count: int | None = None
    """Remaining inventory of the product."""

    inventory_consumption_count: int | None = None
    """Product units sold."""

    created_order_user_count: int | None = None
    """Unique users who created orders for this product."""

    paid_user_count: int | None = None
    """Unique users who paid for orders of this product."""

    click_order_rate: str | None = None
    """Paid SKU orders divided by product clicks, as a decimal string."""


class AnalyticsLiveRoomTrafficPerformance(ResponseModel):
    """Views of a live room from one primary traffic source, with its sub-sources."""

    source: AnalyticsLiveTrafficSource | None = None
    """Views of a live room coming from one traffic source."""

    sub_sources: list[AnalyticsLiveTrafficSource] | None = None
    """Breakdown of the primary source by sub-source, when available."""


class AnalyticsLiveRoomViewTrend(ResponseModel):
    """One viewer series of a live room."""

    stats_type: str | None = None
    """Which series this is: `TREND_ONLINE_VIEWER` (watching), `TREND_ENTER_VIEWER` (entering) or
    `TREND_LEFT_VIEWER` (leaving). Known values: TREND_ONLINE_VIEWER, TREND_ENTER_VIEWER,
    TREND_LEFT_VIEWER."""

    data_points: list[AnalyticsTrendDataPoint] | None = None
    """The series' points in time order."""


class AnalyticsLiveTrafficSource(ResponseModel):
    """Views of a live room coming from one traffic source."""

    name: str | None = None
    """Name of the traffic source."""

    watch_pv: int | None = None
    """Live room views attributed to this source."""


class AnalyticsPortraitIndicator(ResponseModel):
    """One bucket of an audience distribution."""

    type_: str | None = Field(default=None, alias="type")
    """The bucket: a gender (`USER_PORTRAIT_GENDER_M`, `USER_PORTRAIT_GENDER_F`,
    `USER_PORTRAIT_GENDER_UNKNOWN`), an age band (`USER_PORTRAIT_AGE_18_TO_24`, ...), a follower status
    (`USER_PORTRAIT_FOLLOWER`, `USER_PORTRAIT_NON_FOLLOWER`) or a country, depending on the list."""

    value: str | None = None
    """The bucket's count; for region indicators, its share scaled by 10,000 (divide by 10,000 for the
    proportion)."""


class AnalyticsTrendDataPoint(ResponseModel):
    """One point of a live room metric series."""

    value: str | None = None
    """The metric's value at this point."""

    timestamp: int | None = None
    """Time of the point, unix timestamp."""


class AnalyticsVideoProductAnchor(ResponseModel):
    """A product anchored in a video (deactivated and sold-out products are left out)."""

    product_id: str | None = None
    """Product id."""

    product_name: str | None = None
    """Product name."""
