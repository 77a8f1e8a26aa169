"""Models of the `analytics` module.

Shop, product, SKU, video and LIVE performance metrics, bestselling rankings, creator live room
statistics and the Shop Performance Score (SPS) metrics."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictInt, StrictStr

from tiktok_shop._contract import NullAsEmpty, OpenEnum, RequestModel, ResponseModel
from tiktok_shop._money import DecimalAmount

__all__ = [
    "AgeShare",
    "Amount",
    "BestsellingCreator",
    "BestsellingLIVESession",
    "BestsellingProduct",
    "BestsellingVideo",
    "ClickToOrderRate",
    "ContentCreator",
    "ContentGMV",
    "ContentSales",
    "CountryShare",
    "CreatorVideoPerformance",
    "DataPoint",
    "Error",
    "GenderShare",
    "GetBestsellingCreatorsQuery",
    "GetBestsellingCreatorsResponse",
    "GetBestsellingLiveSessionsQuery",
    "GetBestsellingLiveSessionsResponse",
    "GetBestsellingProductsQuery",
    "GetBestsellingProductsResponse",
    "GetBestsellingVideosQuery",
    "GetBestsellingVideosResponse",
    "GetLiveRoomCoreStatsQuery",
    "GetLiveRoomCoreStatsResponse",
    "GetLiveRoomGmvAndOrderTrendsQuery",
    "GetLiveRoomGmvAndOrderTrendsResponse",
    "GetLiveRoomInteractiveTrendsQuery",
    "GetLiveRoomInteractiveTrendsResponse",
    "GetLiveRoomProductStatsQuery",
    "GetLiveRoomProductStatsResponse",
    "GetLiveRoomTrafficPerformanceQuery",
    "GetLiveRoomTrafficPerformanceResponse",
    "GetLiveRoomUserPortraitsQuery",
    "GetLiveRoomUserPortraitsResponse",
    "GetLiveRoomViewTrendsQuery",
    "GetLiveRoomViewTrendsResponse",
    "GetShopLiveMinutePerformanceQuery",
    "GetShopLiveMinutePerformanceResponse",
    "GetShopLivePerformanceListQuery",
    "GetShopLivePerformanceListResponse",
    "GetShopLivePerformanceOverviewQuery",
    "GetShopLivePerformanceOverviewResponse",
    "GetShopLiveProductsPerformanceListQuery",
    "GetShopLiveProductsPerformanceListResponse",
    "GetShopPerformancePerHourQuery",
    "GetShopPerformancePerHourResponse",
    "GetShopPerformanceQuery",
    "GetShopPerformanceResponse",
    "GetShopProductPerformanceDetailQuery",
    "GetShopProductPerformanceDetailResponse",
    "GetShopProductPerformanceListQuery",
    "GetShopProductPerformanceListResponse",
    "GetShopSkuPerformanceDetailQuery",
    "GetShopSkuPerformanceDetailResponse",
    "GetShopSkuPerformanceListQuery",
    "GetShopSkuPerformanceListResponse",
    "GetShopVideoPerformanceDetailsQuery",
    "GetShopVideoPerformanceDetailsResponse",
    "GetShopVideoPerformanceListQuery",
    "GetShopVideoPerformanceListResponse",
    "GetShopVideoPerformanceOverviewQuery",
    "GetShopVideoPerformanceOverviewResponse",
    "GetShopVideoProductPerformanceListQuery",
    "GetShopVideoProductPerformanceListResponse",
    "GetShopVideosPerformanceDetailsQuery",
    "GetShopVideosPerformanceDetailsResponse",
    "GetSpsMetricDiagnosisQuery",
    "GetSpsMetricDiagnosisResponse",
    "GetSpsMetricProblemDetailsQuery",
    "GetSpsMetricProblemDetailsResponse",
    "GetSpsMetricTopItemsQuery",
    "GetSpsMetricTopItemsResponse",
    "GetSpsMetricsQuery",
    "GetSpsMetricsResponse",
    "GetSpsOverviewQuery",
    "GetSpsOverviewResponse",
    "GetVideoPerformancesQuery",
    "GetVideoPerformancesResponse",
    "Image",
    "LiveGPM",
    "LiveInteraction",
    "LiveMinuteConversion",
    "LiveMinuteInterval",
    "LiveMinuteOverall",
    "LiveMinutePerformance",
    "LiveMinuteSales",
    "LiveMinuteTraffic",
    "LiveOverview",
    "LiveOverviewInterval",
    "LiveProductPerformance",
    "LiveProductSales",
    "LiveProductTraffic",
    "LiveRoomCoreStats",
    "LiveRoomGMVTrend",
    "LiveRoomInteractiveTrend",
    "LiveRoomProductStat",
    "LiveRoomTrafficPerformance",
    "LiveRoomViewTrend",
    "LiveSession",
    "LiveSessionSales",
    "LiveSessionTraffic",
    "LiveTrafficSource",
    "NamedProduct",
    "PortraitIndicator",
    "ProductCancelAndRefund",
    "ProductChannelPerformance",
    "ProductContentSales",
    "ProductContentSalesMetrics",
    "ProductContentTraffic",
    "ProductContentTrafficMetrics",
    "ProductPerformance",
    "ProductPerformanceDetail",
    "ProductPerformanceInterval",
    "ProductRating",
    "ProductSales",
    "ProductShopTabPerformance",
    "ProductTopContent",
    "ProductTopCreator",
    "ProductTotalPerformance",
    "ProductTraffic",
    "SKUPerformance",
    "SKUPerformanceDetail",
    "SKUPerformanceInterval",
    "SKUTypedGMV",
    "SKUTypedItemsSold",
    "SPSAHTProblemOrder",
    "SPSAHTTopItem",
    "SPSAnalysis",
    "SPSBenchmarks",
    "SPSBenefit",
    "SPSCalculationRule",
    "SPSCategory",
    "SPSChatProblem",
    "SPSDimension",
    "SPSDistributionDetail",
    "SPSIssue",
    "SPSMetric",
    "SPSNBFRTopItem",
    "SPSNRRTopItem",
    "SPSOTDRLogisticsItem",
    "SPSProblemOrder",
    "SPSTopIssues",
    "SPSTrend",
    "SPSTrendPoint",
    "ShopGMVBreakdowns",
    "ShopHourlyMetrics",
    "ShopHourlyPerformance",
    "ShopPerformance",
    "ShopPerformanceInterval",
    "ShopSalesMetrics",
    "ShopTabAndSearchGMV",
    "ShopTrafficMetrics",
    "TimeRange",
    "TrendDataPoint",
    "VideoDailyMetrics",
    "VideoDailyPerformance",
    "VideoInfo",
    "VideoListPerformance",
    "VideoOverview",
    "VideoOverviewInterval",
    "VideoPerformance",
    "VideoPerformanceInterval",
    "VideoPerformanceResult",
    "VideoProductAnchor",
    "VideoProductPerformance",
    "VideoSales",
    "VideoSalesMetrics",
    "VideoTraffic",
    "VideoViewerProfile",
]


class AgeShare(ResponseModel):
    """Share of viewers in one age band."""

    age: str | None = None
    """Age band: `18-24`, `25-34`, `35-44`, `45-54` or `55+`."""

    percentage: str | None = None
    """Share of the profile, as a decimal fraction."""


class Amount(ResponseModel):
    """A money amount with its currency."""

    amount: DecimalAmount | None = None
    """The amount, as a decimal string."""

    currency: str | None = None
    """ISO 4217 currency code, e.g. `GBP` or `USD`."""


class BestsellingCreator(ResponseModel):
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


class BestsellingLIVESession(ResponseModel):
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


class BestsellingProduct(ResponseModel):
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

    product_image: Image | None = None
    """An image with its size and viewing URLs."""

    shop_name: str | None = None
    """Name of the shop selling the product."""

    shop_id: str | None = None
    """Id of the shop selling the product."""


class BestsellingVideo(ResponseModel):
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

    product_infos: NullAsEmpty[list[VideoProductAnchor]] = Field(default_factory=list)
    """Products anchored in the video."""

    publish_time: int | None = None
    """When the video was published, unix seconds (UTC)."""

    duration: int | None = None
    """Video length in seconds."""


class ClickToOrderRate(ResponseModel):
    """Click-to-order rates of LIVE product links."""

    sku_order_ctor: str | None = None
    """Share of product link clicks followed by a direct SKU order."""

    main_order_ctor: str | None = None
    """Share of product link clicks followed by a main order."""


class ContentCreator(ResponseModel):
    """The creator who posted a video or hosted a LIVE."""

    author_type: str | None = None
    """Creator account type."""

    creator_country: str | None = None
    """Creator's country or region code."""

    creator_id: str | None = None
    """Creator id."""

    nick_name: str | None = None
    """Creator's nickname."""

    open_id: str | None = None
    """Creator's open id."""

    user_name: str | None = None
    """Creator's username (handle)."""


class ContentGMV(ResponseModel):
    """GMV of one content type and channel."""

    channel: OpenEnum[Literal["CREATOR", "SELLER"]] | None = None
    """Who published the content, `CREATOR` or `SELLER`."""

    content_type: OpenEnum[Literal["LIVE", "VIDEO"]] | None = None
    """Content type, `LIVE` or `VIDEO`."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    indirect_gmv: Amount | None = None
    """A money amount with its currency."""


class ContentSales(ResponseModel):
    """Sales of a product through one LIVE session or video."""

    content_id: str | None = None
    """LIVE session id or video id."""

    items_sold: int | None = None
    """Units sold through the content."""

    gmv: Amount | None = None
    """A money amount with its currency."""


class CountryShare(ResponseModel):
    """Share of viewers from one country or region."""

    country_code: str | None = None
    """Region of the viewers' TikTok accounts."""

    percentage: str | None = None
    """Share of the profile, as a decimal fraction."""


class CreatorVideoPerformance(ResponseModel):
    """One video's daily metrics."""

    id: str | None = None
    """Video id."""

    performances: NullAsEmpty[list[VideoDailyPerformance]] = Field(default_factory=list)
    """Daily metrics, in ascending `start_time` order."""


class DataPoint(ResponseModel):
    """One point of the series."""

    order_count: int | None = None
    """Created orders at this point; set for `TREND_CREATED_ORDER`."""

    timestamp: int | None = None
    """Time of the point, unix timestamp."""

    gmv: Amount | None = None
    """A money amount with its currency."""


class Error(ResponseModel):
    """An error about one item of a batch."""

    code: str | None = None
    """Error code."""

    message: str | None = None
    """Error description."""


class GenderShare(ResponseModel):
    """Share of viewers of one gender."""

    gender: OpenEnum[Literal["FEMALE", "MALE"]] | None = None
    """Viewer gender, `MALE` or `FEMALE`."""

    percentage: str | None = None
    """Share of the profile, as a decimal fraction."""


class GetBestsellingCreatorsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetBestsellingCreators."""

    date: str = Field(min_length=1, strict=True)
    """Last day of the reporting period, `YYYY-MM-DD` in the shop's timezone."""

    time_slot: Literal["1D", "30D", "7D"]
    """Length of the reporting period ending on `date`, `1D`, `7D` or `30D`."""

    author_type: Literal["AFFILIATE", "ALL", "CHANNEL", "OFFICIAL"]
    """Which creators to rank: `ALL`, `AFFILIATE` (affiliate creators), `OFFICIAL` (the shop's official
    accounts) or `CHANNEL` (channel partner accounts)."""

    currency: Literal["LOCAL", "USD"] | None = None
    """Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or `USD`."""


class GetBestsellingCreatorsResponse(ResponseModel):
    """The bestselling creators of the period."""

    creators: NullAsEmpty[list[BestsellingCreator]] = Field(default_factory=list)
    """Creators, ranked by GMV."""


class GetBestsellingLiveSessionsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetBestsellingLIVESessions."""

    date: str | None = Field(default=None, strict=True)
    """Last day of the reporting period, `YYYY-MM-DD` in the shop's timezone."""

    time_slot: Literal["1D", "30D", "7D"] | None = None
    """Length of the reporting period ending on `date`, `1D`, `7D` or `30D`."""

    currency: Literal["LOCAL", "USD"] | None = None
    """Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or `USD`."""


class GetBestsellingLiveSessionsResponse(ResponseModel):
    """The bestselling LIVE sessions of the period."""

    lives: NullAsEmpty[list[BestsellingLIVESession]] = Field(default_factory=list)
    """LIVE sessions, ranked by GMV."""


class GetBestsellingProductsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetBestsellingProducts."""

    category_id: str | None = Field(default=None, strict=True)
    """Restrict the ranking to products of this category."""

    date: str = Field(min_length=1, strict=True)
    """Last day of the reporting period, `YYYY-MM-DD` in the shop's timezone."""

    time_slot: Literal["1D", "30D", "7D"]
    """Length of the reporting period ending on `date`, `1D`, `7D` or `30D`."""

    currency: Literal["LOCAL", "USD"] | None = None
    """Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or `USD`."""


class GetBestsellingProductsResponse(ResponseModel):
    """The bestselling products of the period."""

    products: NullAsEmpty[list[BestsellingProduct]] = Field(default_factory=list)
    """Products, ranked by GMV."""


class GetBestsellingVideosQuery(RequestModel):
    """Path and query parameters of AnalyticsGetBestsellingVideos."""

    date: str = Field(min_length=1, strict=True)
    """Last day of the reporting period, `YYYY-MM-DD` in the shop's timezone."""

    time_slot: Literal["1D", "30D", "7D"]
    """Length of the reporting period ending on `date`, `1D`, `7D` or `30D`."""

    currency: Literal["LOCAL", "USD"] | None = None
    """Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or `USD`."""


class GetBestsellingVideosResponse(ResponseModel):
    """The bestselling videos of the period."""

    videos: NullAsEmpty[list[BestsellingVideo]] = Field(default_factory=list)
    """Videos, ranked by GMV."""


class GetLiveRoomCoreStatsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetLiveRoomCoreStats."""

    live_room_id: str = Field(min_length=1, strict=True)
    """Id of the creator's live room (LIVE session)."""


class GetLiveRoomCoreStatsResponse(ResponseModel):
    """The live room's core stats."""

    stats: LiveRoomCoreStats | None = None
    """Headline figures of a live room."""


class GetLiveRoomGmvAndOrderTrendsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetLiveRoomGMVAndOrderTrends."""

    live_room_id: str = Field(min_length=1, strict=True)
    """Id of the creator's live room (LIVE session)."""


class GetLiveRoomGmvAndOrderTrendsResponse(ResponseModel):
    """The live room's GMV and order series."""

    gmv_trend_performances: NullAsEmpty[list[LiveRoomGMVTrend]] = Field(default_factory=list)
    """One series per `stats_type`."""


class GetLiveRoomInteractiveTrendsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetLiveRoomInteractiveTrends."""

    live_room_id: str = Field(min_length=1, strict=True)
    """Id of the creator's live room (LIVE session)."""


class GetLiveRoomInteractiveTrendsResponse(ResponseModel):
    """The live room's interaction series."""

    interactive_trend_performances: NullAsEmpty[list[LiveRoomInteractiveTrend]] = Field(default_factory=list)
    """One series per `stats_type`."""


class GetLiveRoomProductStatsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetLiveRoomProductStats."""

    live_room_id: str = Field(min_length=1, strict=True)
    """Id of the creator's live room (LIVE session)."""


class GetLiveRoomProductStatsResponse(ResponseModel):
    """The live room's product stats."""

    product_stats: NullAsEmpty[list[LiveRoomProductStat]] = Field(default_factory=list)
    """One entry per product of the live room."""


class GetLiveRoomTrafficPerformanceQuery(RequestModel):
    """Path and query parameters of AnalyticsGetLiveRoomTrafficPerformance."""

    live_room_id: str = Field(min_length=1, strict=True)
    """Id of the creator's live room (LIVE session)."""


class GetLiveRoomTrafficPerformanceResponse(ResponseModel):
    """The live room's views by traffic source."""

    traffic_performances: NullAsEmpty[list[LiveRoomTrafficPerformance]] = Field(default_factory=list)
    """One entry per primary traffic source."""


class GetLiveRoomUserPortraitsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetLiveRoomUserPortraits."""

    live_room_id: str = Field(min_length=1, strict=True)
    """Id of the creator's live room (LIVE session)."""


class GetLiveRoomUserPortraitsResponse(ResponseModel):
    """The live room's audience distributions."""

    all_ads_gender_indicators: NullAsEmpty[list[PortraitIndicator]] = Field(default_factory=list)
    """Gender distribution of all viewers."""

    all_fan_indicators: NullAsEmpty[list[PortraitIndicator]] = Field(default_factory=list)
    """Follower vs non-follower distribution of all viewers."""

    all_ads_age_indicators: NullAsEmpty[list[PortraitIndicator]] = Field(default_factory=list)
    """Age distribution of all viewers."""

    region_indicators: NullAsEmpty[list[PortraitIndicator]] = Field(default_factory=list)
    """Country distribution of viewers."""

    paid_ads_age_indicators: NullAsEmpty[list[PortraitIndicator]] = Field(default_factory=list)
    """Age distribution of viewers from paid (ads) traffic."""

    paid_ads_gender_indicators: NullAsEmpty[list[PortraitIndicator]] = Field(default_factory=list)
    """Gender distribution of viewers from paid (ads) traffic."""

    paid_fan_indicators: NullAsEmpty[list[PortraitIndicator]] = Field(default_factory=list)
    """Follower vs non-follower distribution of viewers from paid (ads) traffic."""


class GetLiveRoomViewTrendsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetLiveRoomViewTrends."""

    live_room_id: str = Field(min_length=1, strict=True)
    """Id of the creator's live room (LIVE session)."""


class GetLiveRoomViewTrendsResponse(ResponseModel):
    """The live room's viewer series."""

    view_trend_performances: NullAsEmpty[list[LiveRoomViewTrend]] = Field(default_factory=list)
    """One series per `stats_type`."""


class GetShopLiveMinutePerformanceQuery(RequestModel):
    """Path and query parameters of AnalyticsGetShopLIVEMinutePerformance."""

    live_id: str = Field(min_length=1, strict=True)
    """Id of the LIVE session."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    currency: str | None = Field(default=None, strict=True)
    """Currency of the returned amounts, `LOCAL` (the shop's currency, the default) or `USD`."""


class GetShopLiveMinutePerformanceResponse(ResponseModel):
    """One page of a LIVE session's minute metrics."""

    performance: LiveMinutePerformance | None = None
    """A LIVE session's totals and minute metrics."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Minute intervals, all pages together."""


class GetShopLivePerformanceListQuery(RequestModel):
    """Path and query parameters of AnalyticsGetShopLIVEPerformanceList."""

    start_date_ge: str = Field(min_length=1, strict=True)
    """First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone."""

    end_date_lt: str = Field(min_length=1, strict=True)
    """Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's timezone."""

    account_type: Literal["AFFILIATE_ACCOUNTS", "MARKETING_ACCOUNTS", "OFFICIAL_ACCOUNTS"]
    """Whose LIVE sessions to list: `OFFICIAL_ACCOUNTS`, `MARKETING_ACCOUNTS` or `AFFILIATE_ACCOUNTS`."""

    page_size: int | None = Field(default=None, ge=1, le=100, strict=True)
    """Number of items per page."""

    sort_field: (
        Literal[
            "attributed_customers",
            "live_attributed_gmv",
            "live_attributed_items_sold",
            "live_attributed_sku_orders",
            "products_added",
            "products_sold",
        ]
        | None
    ) = None
    """Metric to sort by."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    currency: Literal["LOCAL", "USD"] | None = None
    """Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or `USD`."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class GetShopLivePerformanceListResponse(ResponseModel):
    """One page of LIVE sessions."""

    live_stream_sessions: NullAsEmpty[list[LiveSession]] = Field(default_factory=list)
    """LIVE sessions of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """LIVE sessions matching the filters, all pages together."""

    latest_available_date: str | None = None
    """Latest day (shop timezone) whose data is ready."""

    updated_at: str | None = None
    """When the data was last updated, in the shop's timezone."""


class GetShopLivePerformanceOverviewQuery(RequestModel):
    """Path and query parameters of AnalyticsGetShopLIVEPerformanceOverview."""

    start_date_ge: str = Field(min_length=1, strict=True)
    """First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone."""

    end_date_lt: str = Field(min_length=1, strict=True)
    """Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's timezone."""

    today: bool | None = Field(default=None, strict=True)
    """When true, include today's real-time data."""

    granularity: Literal["1D", "ALL"] | None = None
    """`ALL` for one interval covering the whole period (the default), `1D` for one interval per day."""

    currency: Literal["LOCAL", "USD"] | None = None
    """Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or `USD`."""

    account_type: Literal["AFFILIATE_ACCOUNTS", "ALL", "LINKED_ACCOUNTS"] | None = None
    """Whose LIVE sessions to include: `ALL`, `LINKED_ACCOUNTS` or `AFFILIATE_ACCOUNTS`."""


class GetShopLivePerformanceOverviewResponse(ResponseModel):
    """The shop's LIVE performance overview."""

    latest_available_date: str | None = None
    """Latest day (shop timezone) whose data is ready."""

    performance: LiveOverview | None = None
    """Combined LIVE metrics over the requested range."""

    updated_at: str | None = None
    """When the data was last updated, in the shop's timezone."""


class GetShopLiveProductsPerformanceListQuery(RequestModel):
    """Path and query parameters of AnalyticsGetShopLIVEProductsPerformanceList."""

    live_id: str = Field(min_length=1, strict=True)
    """Id of the LIVE session."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    sort_field: (
        Literal[
            "created_sku_orders",
            "customers",
            "gmv",
            "items_sold",
            "main_orders",
            "product_clicks",
            "product_impressions",
            "sku_orders",
        ]
        | None
    ) = None
    """Metric to sort by."""

    currency: str | None = Field(default=None, strict=True)
    """Currency of the returned amounts, `LOCAL` (the shop's currency, the default) or `USD`."""


class GetShopLiveProductsPerformanceListResponse(ResponseModel):
    """The LIVE session's products."""

    products: NullAsEmpty[list[LiveProductPerformance]] = Field(default_factory=list)
    """Products with their sales and traffic."""


class GetShopPerformancePerHourQuery(RequestModel):
    """Path and query parameters of AnalyticsGetShopPerformancePerHour."""

    date: str = Field(min_length=1, strict=True)
    """The day to report, `YYYY-MM-DD` in the shop's timezone, within the last 30 days."""

    currency: Literal["LOCAL", "USD"] | None = None
    """Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or `USD`."""


class GetShopPerformancePerHourResponse(ResponseModel):
    """The shop's hourly performance."""

    performance: ShopHourlyPerformance | None = None
    """The shop's hourly metrics for the day."""


class GetShopPerformanceQuery(RequestModel):
    """Path and query parameters of AnalyticsGetShopPerformance."""

    start_date_ge: str = Field(min_length=1, strict=True)
    """First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone."""

    end_date_lt: str = Field(min_length=1, strict=True)
    """Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's timezone."""

    granularity: Literal["1D", "ALL"] | None = None
    """`ALL` for one interval covering the whole period (the default), `1D` for one interval per day."""

    currency: Literal["LOCAL", "USD"] | None = None
    """Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or `USD`."""


class GetShopPerformanceResponse(ResponseModel):
    """The shop's performance."""

    latest_available_date: str | None = None
    """Latest day (shop timezone) whose data is ready."""

    performance: ShopPerformance | None = None
    """The shop's metrics over the requested range."""


class GetShopProductPerformanceDetailQuery(RequestModel):
    """Path and query parameters of AnalyticsGetShopProductPerformanceDetail."""

    product_id: str = Field(min_length=1, strict=True)
    """Id of the product."""

    start_date_ge: str = Field(min_length=1, strict=True)
    """First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone."""

    end_date_lt: str = Field(min_length=1, strict=True)
    """Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's timezone."""

    granularity: Literal["1D", "ALL"] | None = None
    """`ALL` for one interval covering the whole period (the default), `1D` for one interval per day."""

    currency: Literal["LOCAL", "USD"] | None = None
    """Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or `USD`."""


class GetShopProductPerformanceDetailResponse(ResponseModel):
    """The product's performance."""

    performance: ProductPerformanceDetail | None = None
    """A product's metrics over the requested range."""

    latest_available_date: str | None = None
    """Latest day (shop timezone) whose data is ready."""


class GetShopProductPerformanceListQuery(RequestModel):
    """Path and query parameters of AnalyticsGetShopProductPerformanceList."""

    start_date_ge: str = Field(min_length=1, strict=True)
    """First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone."""

    end_date_lt: str = Field(min_length=1, strict=True)
    """Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's timezone."""

    page_size: int | None = Field(default=None, ge=1, le=100, strict=True)
    """Number of items per page."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    sort_field: Literal["gmv", "items_sold", "orders"] | None = None
    """Metric to sort by."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    currency: Literal["LOCAL", "USD"] | None = None
    """Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or `USD`."""

    category_filter: list[StrictStr] | None = None
    """Only items of these category ids (comma-separated)."""

    product_status_filter: Literal["ALL", "INACTIVE", "LIVE"] | None = None
    """Product status to include: `ALL`, `LIVE` (active) or `INACTIVE`."""


class GetShopProductPerformanceListResponse(ResponseModel):
    """One page of product performance."""

    products: NullAsEmpty[list[ProductPerformance]] = Field(default_factory=list)
    """Products of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Products matching the filters, all pages together."""

    latest_available_date: str | None = None
    """Latest day (shop timezone) whose data is ready."""


class GetShopSkuPerformanceDetailQuery(RequestModel):
    """Path and query parameters of AnalyticsGetShopSKUPerformanceDetail."""

    sku_id: str = Field(min_length=1, strict=True)
    """Id of the SKU."""

    start_date_ge: str = Field(min_length=1, strict=True)
    """First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone."""

    end_date_lt: str = Field(min_length=1, strict=True)
    """Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's timezone."""

    granularity: Literal["1D", "ALL"] | None = None
    """`ALL` for one interval covering the whole period (the default), `1D` for one interval per day."""

    currency: str | None = Field(default=None, strict=True)
    """Currency of the returned amounts, `LOCAL` (the shop's currency, the default) or `USD`."""


class GetShopSkuPerformanceDetailResponse(ResponseModel):
    """The SKU's performance."""

    latest_available_date: str | None = None
    """Latest day (shop timezone) whose data is ready."""

    performance: SKUPerformanceDetail | None = None
    """A SKU's metrics over the requested range."""


class GetShopSkuPerformanceListQuery(RequestModel):
    """Path and query parameters of AnalyticsGetShopSKUPerformanceList."""

    start_date_ge: str = Field(min_length=1, strict=True)
    """First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone."""

    end_date_lt: str = Field(min_length=1, strict=True)
    """Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's timezone."""

    page_size: int | None = Field(default=None, ge=1, le=100, strict=True)
    """Number of items per page."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    sort_field: Literal["gmv", "sku_orders", "units_sold"] | None = None
    """Metric to sort by."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    category_filter: list[StrictStr] | None = None
    """Only items of these category ids (comma-separated)."""

    product_status_filter: Literal["ALL", "INACTIVE", "LIVE"] | None = None
    """Product status to include: `ALL`, `LIVE` (active) or `INACTIVE`."""

    product_ids: list[StrictStr] | None = None
    """Only SKUs of these products (comma-separated product ids)."""

    currency: str | None = Field(default=None, strict=True)
    """Currency of the returned amounts, `LOCAL` (the shop's currency, the default) or `USD`."""


class GetShopSkuPerformanceListResponse(ResponseModel):
    """One page of SKU performance."""

    skus: NullAsEmpty[list[SKUPerformance]] = Field(default_factory=list)
    """SKUs of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """SKUs matching the filters, all pages together."""

    latest_available_date: str | None = None
    """Latest day (shop timezone) whose data is ready."""


class GetShopVideoPerformanceDetailsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetShopVideoPerformanceDetails."""

    video_id: str = Field(min_length=1, strict=True)
    """Id of the video."""

    start_date_ge: str = Field(min_length=1, strict=True)
    """First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone."""

    end_date_lt: str = Field(min_length=1, strict=True)
    """Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's timezone."""

    granularity: Literal["1D", "ALL"] | None = None
    """`ALL` for one interval covering the whole period (the default), `1D` for one interval per day."""

    currency: Literal["LOCAL", "USD"] | None = None
    """Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or `USD`."""


class GetShopVideoPerformanceDetailsResponse(ResponseModel):
    """The video's performance."""

    performance: VideoPerformance | None = None
    """A video's metrics over the requested range."""

    latest_available_date: str | None = None
    """Latest day (shop timezone) whose data is ready."""


class GetShopVideoPerformanceListQuery(RequestModel):
    """Path and query parameters of AnalyticsGetShopVideoPerformanceList."""

    start_date_ge: str = Field(min_length=1, strict=True)
    """First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone."""

    end_date_lt: str = Field(min_length=1, strict=True)
    """Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's timezone."""

    page_size: int | None = Field(default=None, ge=1, le=100, strict=True)
    """Number of items per page."""

    sort_field: (
        Literal["avg_customers", "click_through_rate", "gmv", "gpm", "items_sold", "post_time", "sku_orders", "views"]
        | None
    ) = None
    """Metric to sort by."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    currency: Literal["LOCAL", "USD"] | None = None
    """Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or `USD`."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    account_type: Literal["AFFILIATE_ACCOUNTS", "ALL", "MARKETING_ACCOUNTS", "OFFICIAL_ACCOUNTS"] | None = None
    """Whose videos to include: `ALL`, `OFFICIAL_ACCOUNTS` (the shop's official accounts),
    `MARKETING_ACCOUNTS` (its marketing accounts) or `AFFILIATE_ACCOUNTS` (affiliate creators)."""


class GetShopVideoPerformanceListResponse(ResponseModel):
    """One page of video performance."""

    videos: NullAsEmpty[list[VideoListPerformance]] = Field(default_factory=list)
    """Videos of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Videos matching the filters, all pages together."""

    latest_available_date: str | None = None
    """Latest day (shop timezone) whose data is ready."""


class GetShopVideoPerformanceOverviewQuery(RequestModel):
    """Path and query parameters of AnalyticsGetShopVideoPerformanceOverview."""

    start_date_ge: str = Field(min_length=1, strict=True)
    """First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone."""

    end_date_lt: str = Field(min_length=1, strict=True)
    """Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's timezone."""

    today: bool | None = Field(default=None, strict=True)
    """When true, include today's real-time data."""

    granularity: Literal["1D", "ALL"] | None = None
    """`ALL` for one interval covering the whole period (the default), `1D` for one interval per day."""

    currency: Literal["LOCAL", "USD"] | None = None
    """Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or `USD`."""

    account_type: Literal["AFFILIATE_ACCOUNTS", "ALL", "MARKETING_ACCOUNTS", "OFFICIAL_ACCOUNTS"] | None = None
    """Whose videos to include: `ALL`, `OFFICIAL_ACCOUNTS` (the shop's official accounts),
    `MARKETING_ACCOUNTS` (its marketing accounts) or `AFFILIATE_ACCOUNTS` (affiliate creators)."""


class GetShopVideoPerformanceOverviewResponse(ResponseModel):
    """The shop's video performance overview."""

    latest_available_date: str | None = None
    """Latest day (shop timezone) whose data is ready."""

    performance: VideoOverview | None = None
    """Combined video metrics over the requested range."""


class GetShopVideoProductPerformanceListQuery(RequestModel):
    """Path and query parameters of AnalyticsGetShopVideoProductPerformanceList."""

    video_id: str = Field(min_length=1, strict=True)
    """Id of the video."""

    start_date_ge: str = Field(min_length=1, strict=True)
    """First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone."""

    end_date_lt: str = Field(min_length=1, strict=True)
    """Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's timezone."""

    page_size: int | None = Field(default=None, ge=1, le=100, strict=True)
    """Number of items per page."""

    sort_field: Literal["daily_avg_buyers", "gmv", "units_sold"] | None = None
    """Metric to sort by."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    currency: Literal["LOCAL", "USD"] | None = None
    """Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or `USD`."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class GetShopVideoProductPerformanceListResponse(ResponseModel):
    """One page of a video's product performance."""

    products: NullAsEmpty[list[VideoProductPerformance]] = Field(default_factory=list)
    """Products of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Products matching the request, all pages together."""

    latest_available_date: str | None = None
    """Latest day (shop timezone) whose data is ready."""


class GetShopVideosPerformanceDetailsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetShopVideosPerformanceDetails."""

    video_ids: list[StrictInt] = Field(min_length=1)
    """Ids of the videos to report, comma-separated."""

    start_date_ge: str = Field(min_length=1, strict=True)
    """First day of the period, inclusive, `YYYY-MM-DD` in the shop's timezone."""

    end_date_lt: str = Field(min_length=1, strict=True)
    """Day after the last day of the period (exclusive), `YYYY-MM-DD` in the shop's timezone."""

    granularity: Literal["1D", "ALL"] | None = None
    """`ALL` for one interval covering the whole period (the default), `1D` for one interval per day."""

    currency: Literal["LOCAL", "USD"] | None = None
    """Currency of the returned amounts: `LOCAL` (the shop's local currency, the default) or `USD`."""


class GetShopVideosPerformanceDetailsResponse(ResponseModel):
    """The videos' performance."""

    latest_available_date: str | None = None
    """Latest day (shop timezone) whose data is ready."""

    videos: NullAsEmpty[list[VideoPerformanceResult]] = Field(default_factory=list)
    """One entry per requested video."""


class GetSpsMetricDiagnosisQuery(RequestModel):
    """Path and query parameters of AnalyticsGetSPSMetricDiagnosis."""

    metric_code: str = Field(min_length=1, strict=True)
    """The SPS metric: `NRR` (negative review rate), `NBFR` (negative buyer feedback rate), `SFCR`
    (seller-fault cancellation rate), `OTDR` (on-time delivery rate), `AHT` (aftersales handling time)
    or `IM_DSAT` (chat dissatisfaction)."""

    trend_duration_days: int | None = Field(default=None, strict=True)
    """Number of days of trend data to return."""

    locale: str | None = Field(default=None, strict=True)
    """Language of the localized texts (names, status texts), e.g. `en-US`."""


class GetSpsMetricDiagnosisResponse(ResponseModel):
    """The metric's diagnosis."""

    metric_code: str | None = None
    """Stable metric code (`NRR`, `NBFR`, `SFCR`, `OTDR`, `AHT`, `IM_DSAT`)."""

    dimension: str | None = None
    """SPS dimension the metric belongs to."""

    value: str | None = None
    """Metric value; ratios 0 to 1, percentages 0 to 100."""

    value_unit: str | None = None
    """Unit of `value`, e.g. `PERCENT` or `HOURS`."""

    score: str | None = None
    """Metric score, 0 to 5."""

    status: str | None = None
    """Metric status, e.g. `EXCELLENT`, `GOOD`, `POOR`, `CRITICAL`, `NIL`."""

    status_text: str | None = None
    """Status as display text, e.g. `Excellent`."""

    benchmarks: SPSBenchmarks | None = None
    """Thresholds of an SPS metric's tiers."""

    calculation_rule: SPSCalculationRule | None = None
    """Inputs of an SPS metric's ratio."""

    distribution_details: NullAsEmpty[list[SPSDistributionDetail]] = Field(default_factory=list)
    """Distribution of the metric's items."""

    evaluate_duration_days: int | None = None
    """Days in the evaluation period."""

    end_evaluation_time: int | None = None
    """End of the evaluation period, unix seconds."""

    start_evaluation_time: int | None = None
    """Start of the evaluation period, unix seconds."""

    trend: SPSTrend | None = None
    """An SPS metric's recent values."""

    analyses: NullAsEmpty[list[SPSAnalysis]] = Field(default_factory=list)
    """Diagnostic insights."""


class GetSpsMetricProblemDetailsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetSPSMetricProblemDetails."""

    metric_code: str = Field(min_length=1, strict=True)
    """The SPS metric: `NRR` (negative review rate), `NBFR` (negative buyer feedback rate), `SFCR`
    (seller-fault cancellation rate), `OTDR` (on-time delivery rate), `AHT` (aftersales handling time)
    or `IM_DSAT` (chat dissatisfaction)."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    page_size: int | None = Field(default=None, ge=1, le=100, strict=True)
    """Number of items per page."""

    locale: str | None = Field(default=None, strict=True)
    """Language of the localized texts (names, status texts), e.g. `en-US`."""


class GetSpsMetricProblemDetailsResponse(ResponseModel):
    """One page of problem orders or chats; only the list of the requested metric is filled."""

    metric_code: str | None = None
    """The requested metric code."""

    aht_problem_order_items: NullAsEmpty[list[SPSAHTProblemOrder]] = Field(default_factory=list)
    """Aftersales cases (AHT)."""

    im_dsat_chat_items: NullAsEmpty[list[SPSChatProblem]] = Field(default_factory=list)
    """Chats (IM_DSAT)."""

    nbfr_problem_order_items: NullAsEmpty[list[SPSProblemOrder]] = Field(default_factory=list)
    """Orders with negative feedback (NBFR)."""

    nrr_problem_order_items: NullAsEmpty[list[SPSProblemOrder]] = Field(default_factory=list)
    """Orders with negative reviews (NRR)."""

    otdr_problem_order_items: NullAsEmpty[list[SPSProblemOrder]] = Field(default_factory=list)
    """Orders delivered late (OTDR)."""

    sfcr_problem_order_items: NullAsEmpty[list[SPSProblemOrder]] = Field(default_factory=list)
    """Orders canceled for seller-side reasons (SFCR)."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""

    total_count: int | None = None
    """Records available, all pages together."""


class GetSpsMetricTopItemsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetSPSMetricTopItems."""

    metric_code: str = Field(min_length=1, strict=True)
    """The SPS metric: `NRR` (negative review rate), `NBFR` (negative buyer feedback rate), `SFCR`
    (seller-fault cancellation rate), `OTDR` (on-time delivery rate), `AHT` (aftersales handling time)
    or `IM_DSAT` (chat dissatisfaction)."""

    locale: str | None = Field(default=None, strict=True)
    """Language of the localized texts (names, status texts), e.g. `en-US`."""


class GetSpsMetricTopItemsResponse(ResponseModel):
    """The metric's top items; only the list of the requested metric is filled."""

    metric_code: str | None = None
    """The requested metric code (`NRR`, `NBFR`, `OTDR` or `AHT`)."""

    aht_aftersales_type_items: NullAsEmpty[list[SPSAHTTopItem]] = Field(default_factory=list)
    """Top products for AHT."""

    nbfr_top_product_items: NullAsEmpty[list[SPSNBFRTopItem]] = Field(default_factory=list)
    """Top products for NBFR."""

    nrr_top_product_items: NullAsEmpty[list[SPSNRRTopItem]] = Field(default_factory=list)
    """Top products for NRR."""

    otdr_logistics_items: NullAsEmpty[list[SPSOTDRLogisticsItem]] = Field(default_factory=list)
    """Logistics providers for OTDR."""

    total_count: int | None = None
    """Items in the returned list."""


class GetSpsMetricsQuery(RequestModel):
    """Path and query parameters of AnalyticsGetSPSMetrics."""

    locale: str | None = Field(default=None, strict=True)
    """Language of the localized texts (names, status texts), e.g. `en-US`."""


class GetSpsMetricsResponse(ResponseModel):
    """The shop's SPS metrics."""

    metrics: NullAsEmpty[list[SPSMetric]] = Field(default_factory=list)
    """The complete set of SPS metrics."""


class GetSpsOverviewQuery(RequestModel):
    """Path and query parameters of AnalyticsGetSPSOverview."""

    locale: str | None = Field(default=None, strict=True)
    """Language of the localized texts (names, status texts), e.g. `en-US`."""


class GetSpsOverviewResponse(ResponseModel):
    """The shop's SPS overview."""

    sps_score: str | None = None
    """SPS score, 0 to 5 with one decimal."""

    sps_tier: str | None = None
    """SPS tier, e.g. `EXCELLENT`, `GOOD`, `POOR`, `CRITICAL`, `NIL`."""

    sps_tier_text: str | None = None
    """Tier as display text, e.g. `Excellent`."""

    peer_percentile: str | None = None
    """The shop's percentile among peers, 0 to 100."""

    evaluate_duration_days: int | None = None
    """Days in the evaluation period."""

    end_evaluation_time: int | None = None
    """End of the evaluation period, unix seconds."""

    start_evaluation_time: int | None = None
    """Start of the evaluation period, unix seconds."""

    update_time: int | None = None
    """When the score was last refreshed, unix seconds."""

    primary_category: SPSCategory | None = None
    """The shop's primary category."""

    dimensions: NullAsEmpty[list[SPSDimension]] = Field(default_factory=list)
    """Scores by dimension."""

    benefits: NullAsEmpty[list[SPSBenefit]] = Field(default_factory=list)
    """All benefits tied to the score."""

    top_issues: SPSTopIssues | None = None
    """The shop's top SPS issues."""


class GetVideoPerformancesQuery(RequestModel):
    """Path and query parameters of AnalyticsGetVideoPerformances."""

    video_ids: str = Field(min_length=1, strict=True)
    """Ids of the videos to report, comma-separated."""

    start_time_ge: int = Field(strict=True)
    """Start of the period, inclusive, unix seconds."""

    end_time_le: int = Field(strict=True)
    """End of the period, inclusive, unix seconds."""


class GetVideoPerformancesResponse(ResponseModel):
    """The videos' daily metrics."""

    videos: NullAsEmpty[list[CreatorVideoPerformance]] = Field(default_factory=list)
    """The videos, in ascending id order."""


class Image(ResponseModel):
    """An image with its size and viewing URLs."""

    height: int | None = None
    """Image height in pixels."""

    width: int | None = None
    """Image width in pixels."""

    thumb_urls: NullAsEmpty[list[str]] = Field(default_factory=list)
    """URLs of the image's thumbnails."""

    uri: str | None = None
    """The image's URI."""

    urls: NullAsEmpty[list[str]] = Field(default_factory=list)
    """URLs to view the image."""


class LiveGPM(ResponseModel):
    """GMV per thousand views or impressions of a LIVE."""

    watch_gpm: str | None = None
    """Average GMV per 1,000 views of the LIVE."""

    show_gpm: str | None = None
    """Average GMV per 1,000 impressions of the LIVE."""


class LiveInteraction(ResponseModel):
    """Interaction figures of a LIVE session."""

    new_followers: int | None = None
    """Viewers who followed the creator from the LIVE."""

    shares: int | None = None
    """Shares of the LIVE."""

    comments: int | None = None
    """Comments on the LIVE."""

    likes: int | None = None
    """Likes in the LIVE room."""

    comment_rate: str | None = None
    """Comments divided by views, as a decimal string."""

    follow_rate: str | None = None
    """New followers divided by views (or viewers), as a decimal string."""

    like_rate: str | None = None
    """Likes divided by views, as a decimal string."""

    share_rate: str | None = None
    """Shares divided by views, as a decimal string."""


class LiveMinuteConversion(ResponseModel):
    """Conversion of a LIVE session in one minute."""

    avg_price: Amount | None = None
    """A money amount with its currency."""

    click_to_order_rate: ClickToOrderRate | None = None
    """Click-to-order rates of LIVE product links."""

    gpm: LiveGPM | None = None
    """GMV per thousand views or impressions of a LIVE."""

    created_sku_orders: int | None = None
    """SKU orders created from the LIVE."""

    sku_order_rate: str | None = None
    """SKU orders divided by LIVE impressions, as a decimal string."""


class LiveMinuteInterval(ResponseModel):
    """A LIVE session's metrics for one minute."""

    start_time: int | None = None
    """Start of the minute, unix seconds (UTC)."""

    end_time: int | None = None
    """End of the minute, unix seconds (UTC)."""

    sales: LiveMinuteSales | None = None
    """Sales of a LIVE session in one minute."""

    traffic: LiveMinuteTraffic | None = None
    """Traffic of a LIVE session in one minute."""

    interactions: LiveInteraction | None = None
    """Interaction figures of a LIVE session."""

    conversion: LiveMinuteConversion | None = None
    """Conversion of a LIVE session in one minute."""


class LiveMinuteOverall(ResponseModel):
    """Totals of a LIVE session."""

    live_title: str | None = None
    """LIVE session title."""

    start_time: int | None = None
    """Start of the session, unix seconds (UTC)."""

    end_time: int | None = None
    """End of the session, unix seconds (UTC)."""

    duration: int | None = None
    """Session length in seconds."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    items_sold: int | None = None
    """Items sold directly from the LIVE."""

    unique_viewers: int | None = None
    """Unique viewers in the LIVE room."""

    impressions: int | None = None
    """Times the LIVE was shown to users."""


class LiveMinutePerformance(ResponseModel):
    """A LIVE session's totals and minute metrics."""

    overall: LiveMinuteOverall | None = None
    """Totals of a LIVE session."""

    intervals: NullAsEmpty[list[LiveMinuteInterval]] = Field(default_factory=list)
    """Minute intervals of this page, up to 100."""


class LiveMinuteSales(ResponseModel):
    """Sales of a LIVE session in one minute."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    items_sold: int | None = None
    """Items sold directly in the interval."""

    customers: int | None = None
    """Customers who ordered in the interval, returns and refunds included."""

    sku_orders: int | None = None
    """Paid SKU orders in the interval."""

    main_orders: int | None = None
    """Paid main orders (one per purchase transaction) in the interval."""


class LiveMinuteTraffic(ResponseModel):
    """Traffic of a LIVE session in one minute."""

    viewers: int | None = None
    """Viewers in the interval."""

    views: int | None = None
    """Views of the LIVE room."""

    product_impressions: int | None = None
    """Product impressions in the LIVE, product list and cards included."""

    ctr: str | None = None
    """Product clicks divided by LIVE views, as a decimal string."""

    enter_room_rate: str | None = None
    """LIVE views divided by LIVE room impressions, as a decimal string."""

    product_clicks: int | None = None
    """Product link clicks, product list and cards included."""

    impressions: int | None = None
    """Times the LIVE was shown to users."""


class LiveOverview(ResponseModel):
    """Combined LIVE metrics over the requested range."""

    intervals: NullAsEmpty[list[LiveOverviewInterval]] = Field(default_factory=list)
    """One entry per interval; their length follows `granularity`."""


class LiveOverviewInterval(ResponseModel):
    """Combined LIVE metrics of the shop for one interval."""

    start_date: str | None = None
    """First day of the interval, inclusive, in the shop's timezone."""

    end_date: str | None = None
    """Day after the interval, exclusive, in the shop's timezone."""

    avg_live_auction_price: Amount | None = None
    """A money amount with its currency."""

    avg_viewing_duration: int | None = None
    """Average viewing duration in seconds."""

    ctor_sku_order: str | None = None
    """LIVE-attributed SKU orders divided by product clicks, as a decimal string."""

    live_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    live_attributed_items_sold: int | None = None
    """Items sold attributed to LIVE sessions."""

    live_attributed_sku_orders: int | None = None
    """Paid SKU orders attributed to LIVE sessions."""

    live_auction_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    live_auction_attributed_items_sold: int | None = None
    """Items sold attributed to LIVE auction products."""

    live_auction_attributed_sku_orders: int | None = None
    """Paid SKU orders attributed to LIVE auction products."""

    live_ctr: str | None = None
    """Product clicks divided by product impressions in LIVE sessions, as a decimal string."""

    live_gmv: Amount | None = None
    """A money amount with its currency."""

    live_indirect_gmv: Amount | None = None
    """A money amount with its currency."""

    show_gpm: Amount | None = None
    """A money amount with its currency."""

    views: int | None = None
    """LIVE views."""


class LiveProductPerformance(ResponseModel):
    """One product's metrics in a LIVE session."""

    id: str | None = None
    """Product id."""

    name: str | None = None
    """Product name."""

    sales: LiveProductSales | None = None
    """Direct sales of one product in a LIVE session."""

    traffic: LiveProductTraffic | None = None
    """Traffic of one product in a LIVE session."""


class LiveProductSales(ResponseModel):
    """Direct sales of one product in a LIVE session."""

    direct_gmv: Amount | None = None
    """A money amount with its currency."""

    items_sold: int | None = None
    """Units sold."""

    customers: int | None = None
    """Customers who ordered the product directly from the LIVE, returns and refunds included."""

    created_sku_orders: int | None = None
    """SKU orders created directly from the LIVE."""

    avg_price: Amount | None = None
    """A money amount with its currency."""

    sku_orders: int | None = None
    """Paid SKU orders placed directly from the LIVE."""

    main_orders: int | None = None
    """Paid main orders (one per purchase transaction)."""

    payment_rate: str | None = None
    """Paid main orders divided by created main orders, as a decimal string."""


class LiveProductTraffic(ResponseModel):
    """Traffic of one product in a LIVE session."""

    product_impressions: int | None = None
    """Product impressions, product list and cards included."""

    ctr: str | None = None
    """Product clicks divided by product impressions, as a decimal string."""

    add_to_cart_count: int | None = None
    """Times viewers added the product to a cart."""

    click_to_order_rate: ClickToOrderRate | None = None
    """Click-to-order rates of LIVE product links."""

    gpm: LiveGPM | None = None
    """GMV per thousand views or impressions of a LIVE."""

    produt_clicks: int | None = None
    """Product clicks from the LIVE, product list and cards included (TikTok's spelling of the field)."""


class LiveRoomCoreStats(ResponseModel):
    """Headline figures of a live room."""

    sales: int | None = None
    """Product units sold from the livestream."""

    local_gmv: Amount | None = None
    """A money amount with its currency."""

    created_order_count: int | None = None
    """SKU orders created by viewers of the livestream."""

    current_visitor_count: int | None = None
    """Viewers watching right now."""

    paid_order_count: int | None = None
    """SKU orders created and paid by viewers of the livestream."""

    local_unit_price: Amount | None = None
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


class LiveRoomGMVTrend(ResponseModel):
    """One GMV or order series of a live room."""

    stats_type: OpenEnum[Literal["TREND_CREATED_ORDER", "TREND_GMV"]] | None = None
    """Which series this is, `TREND_GMV` (GMV) or `TREND_CREATED_ORDER` (created orders)."""

    data_points: NullAsEmpty[list[DataPoint]] = Field(default_factory=list)
    """The series' points in time order."""


class LiveRoomInteractiveTrend(ResponseModel):
    """One interaction series of a live room."""

    stats_type: OpenEnum[Literal["TREND_COMMENT_PV", "TREND_SHARE_PV", "TREND_WATCH_PV"]] | None = None
    """Which series this is: `TREND_WATCH_PV` (views), `TREND_COMMENT_PV` (comments) or `TREND_SHARE_PV`
    (shares)."""

    data_points: NullAsEmpty[list[TrendDataPoint]] = Field(default_factory=list)
    """The series' points in time order."""


class LiveRoomProductStat(ResponseModel):
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

    local_gmv: Amount | None = None
    """A money amount with its currency."""

    product_name: str | None = None
    """Product name as displayed in the live room."""

    local_unit_price: Amount | None = None
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


class LiveRoomTrafficPerformance(ResponseModel):
    """Views of a live room from one primary traffic source, with its sub-sources."""

    source: LiveTrafficSource | None = None
    """Views of a live room coming from one traffic source."""

    sub_sources: NullAsEmpty[list[LiveTrafficSource]] = Field(default_factory=list)
    """Breakdown of the primary source by sub-source, when available."""


class LiveRoomViewTrend(ResponseModel):
    """One viewer series of a live room."""

    stats_type: OpenEnum[Literal["TREND_ENTER_VIEWER", "TREND_LEFT_VIEWER", "TREND_ONLINE_VIEWER"]] | None = None
    """Which series this is: `TREND_ONLINE_VIEWER` (watching), `TREND_ENTER_VIEWER` (entering) or
    `TREND_LEFT_VIEWER` (leaving)."""

    data_points: NullAsEmpty[list[TrendDataPoint]] = Field(default_factory=list)
    """The series' points in time order."""


class LiveSession(ResponseModel):
    """One LIVE session with its metrics."""

    id: str | None = None
    """LIVE session id."""

    title: str | None = None
    """LIVE session title."""

    start_time: str | None = None
    """Start of the session, unix timestamp (UTC) sent as a string."""

    end_time: str | None = None
    """End of the session, unix timestamp (UTC) sent as a string."""

    creator: ContentCreator | None = None
    """The creator who posted a video or hosted a LIVE."""

    sales_performance: LiveSessionSales | None = None
    """Sales of one LIVE session."""

    traffic: LiveSessionTraffic | None = None
    """Traffic of one LIVE session."""

    interaction_performance: LiveInteraction | None = None
    """Interaction figures of a LIVE session."""


class LiveSessionSales(ResponseModel):
    """Sales of one LIVE session."""

    aov: Amount | None = None
    """A money amount with its currency."""

    attributed_customers: int | None = None
    """Customers attributed to the session."""

    avg_live_auction_price: Amount | None = None
    """A money amount with its currency."""

    avg_price: Amount | None = None
    """A money amount with its currency."""

    created_sku_orders: int | None = None
    """SKU orders created, unpaid cash-on-delivery or PayLater orders included."""

    gmv_with_tiktok_coupons: Amount | None = None
    """A money amount with its currency."""

    live_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    live_attributed_items_sold: int | None = None
    """Items sold attributed to the session."""

    live_attributed_orders: int | None = None
    """Orders attributed to the session."""

    live_attributed_sku_orders: int | None = None
    """Paid SKU orders attributed to the session."""

    live_auction_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    live_auction_attributed_items_sold: int | None = None
    """Items sold attributed to LIVE auction products."""

    live_auction_attributed_sku_orders: int | None = None
    """Paid SKU orders attributed to LIVE auction products."""

    live_auction_gmv: Amount | None = None
    """A money amount with its currency."""

    live_auction_indirect_gmv: Amount | None = None
    """A money amount with its currency."""

    live_gmv: Amount | None = None
    """A money amount with its currency."""

    live_indirect_gmv: Amount | None = None
    """A money amount with its currency."""

    payment_rate: str | None = None
    """Paid orders divided by created orders, as a decimal string."""

    products_sold: int | None = None
    """Distinct products sold from the session."""


class LiveSessionTraffic(ResponseModel):
    """Traffic of one LIVE session."""

    acu: int | None = None
    """Average concurrent users."""

    avg_viewing_duration: int | None = None
    """Average viewing duration in seconds."""

    avg_viewing_duration_per_viewer: int | None = None
    """Average viewing duration per viewer in seconds."""

    ctor: str | None = None
    """Click-to-order rate, as a decimal string."""

    ctor_sku_order: str | None = None
    """Attributed SKU orders divided by product clicks, as a decimal string."""

    ctr: str | None = None
    """Click-through rate, as a decimal string."""

    gmv_per_hour: Amount | None = None
    """A money amount with its currency."""

    impressions: int | None = None
    """LIVE impressions."""

    impressions_per_hour: int | None = None
    """Average impressions per hour."""

    live_ctr: str | None = None
    """Product clicks divided by product impressions, as a decimal string."""

    order_rate_sku_orders: str | None = None
    """Attributed SKU orders divided by views, as a decimal string."""

    over_1m_live_viewing_rate: str | None = None
    """Share of views longer than one minute, as a decimal string."""

    over_1m_views: int | None = None
    """Views longer than one minute."""

    pcu: int | None = None
    """Peak concurrent users."""

    product_clicks: int | None = None
    """Product clicks."""

    product_impressions: int | None = None
    """Product impressions."""

    products_added: int | None = None
    """Products added to the session."""

    show_gpm: Amount | None = None
    """A money amount with its currency."""

    tap_through_rate: str | None = None
    """LIVE views divided by LIVE impressions, as a decimal string."""

    viewers: int | None = None
    """Unique viewers."""

    views: int | None = None
    """LIVE views."""

    watch_gpm: Amount | None = None
    """A money amount with its currency."""


class LiveTrafficSource(ResponseModel):
    """Views of a live room coming from one traffic source."""

    name: str | None = None
    """Name of the traffic source."""

    watch_pv: int | None = None
    """Live room views attributed to this source."""


class NamedProduct(ResponseModel):
    """A product id with its name."""

    id: str | None = None
    """Product id."""

    name: str | None = None
    """Product name."""


class PortraitIndicator(ResponseModel):
    """One bucket of an audience distribution."""

    type_: str | None = Field(default=None, alias="type")
    """The bucket: a gender (`USER_PORTRAIT_GENDER_M`, `USER_PORTRAIT_GENDER_F`,
    `USER_PORTRAIT_GENDER_UNKNOWN`), an age band (`USER_PORTRAIT_AGE_18_TO_24`, ...), a follower status
    (`USER_PORTRAIT_FOLLOWER`, `USER_PORTRAIT_NON_FOLLOWER`) or a country, depending on the list."""

    value: str | None = None
    """The bucket's count; for region indicators, its share scaled by 10,000 (divide by 10,000 for the
    proportion)."""


class ProductCancelAndRefund(ResponseModel):
    """A product's after-sale units in one interval."""

    returned: int | None = None
    """Units returned and refunded."""

    canceled: int | None = None
    """Units in orders canceled while unpaid or awaiting shipment."""

    refunded: int | None = None
    """Units refunded without a return."""

    replacements: int | None = None
    """Units returned and replaced."""


class ProductChannelPerformance(ResponseModel):
    """A product's metrics from one channel (seller LIVE, seller video, seller product card, affiliates);
    each channel fills the fields that apply to it."""

    attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    live_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    attributed_video_gmv: Amount | None = None
    """A money amount with its currency."""

    attributed_orders: int | None = None
    """Orders attributed to the channel."""

    attributed_sku_orders: int | None = None
    """SKU orders attributed to the channel."""

    attributed_sold_items: int | None = None
    """Units sold attributed to the channel."""

    estimated_customers: int | None = None
    """Estimated customers from the channel."""

    aov: Amount | None = None
    """A money amount with its currency."""

    new_live_count: int | None = None
    """New LIVE sessions featuring the product (LIVE channels)."""

    new_video_count: int | None = None
    """New videos featuring the product (video channels)."""

    avg_daily_creator_posted_content: int | None = None
    """Daily average content posted by creators (affiliate total)."""

    product_impressions: int | None = None
    """Product impressions from the channel."""

    product_clicks: int | None = None
    """Product clicks from the channel."""

    ctr: str | None = None
    """Click-through rate, as a decimal string."""

    add_cart_count: int | None = None
    """Times the product was added to a cart."""

    add_cart_rate: str | None = None
    """Add-to-cart rate, as a decimal string."""

    click_order_rate: str | None = None
    """Click-to-order rate, as a decimal string."""

    unique_product_impressions: int | None = None
    """Unique product impressions."""

    unique_clicks: int | None = None
    """Unique product clicks."""

    unique_ctr: str | None = None
    """Unique click-through rate, as a decimal string."""

    add_cart_users: int | None = None
    """Users who added the product to a cart (seller channels, affiliate total)."""

    atc_users: int | None = None
    """Users who added the product to a cart (affiliate LIVE and video)."""

    unique_atc_rate: str | None = None
    """Unique add-to-cart rate, as a decimal string."""

    unique_click_order_rate: str | None = None
    """Unique click-to-order rate, as a decimal string."""


class ProductContentSales(ResponseModel):
    """A product's sales from one content type."""

    content_type: OpenEnum[Literal["LIVE", "PRODUCT_CARD", "VIDEO"]] | None = None
    """Content type, `VIDEO`, `LIVE` or `PRODUCT_CARD`."""

    sales: ProductContentSalesMetrics | None = None
    """Sales figures of one content type."""


class ProductContentSalesMetrics(ResponseModel):
    """Sales figures of one content type."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    items_sold: int | None = None
    """Units sold through this content type."""

    avg_customers: int | None = None
    """Daily average customers."""


class ProductContentTraffic(ResponseModel):
    """A product's traffic from one content type."""

    content_type: OpenEnum[Literal["LIVE", "PRODUCT_CARD", "VIDEO"]] | None = None
    """Content type, `VIDEO`, `LIVE` or `PRODUCT_CARD`."""

    traffic: ProductContentTrafficMetrics | None = None
    """Traffic figures of one content type."""


class ProductContentTrafficMetrics(ResponseModel):
    """Traffic figures of one content type."""

    impressions: int | None = None
    """Impressions of the product's links."""

    page_views: int | None = None
    """Product detail page views, repeat views included."""

    avg_unique_page_views: int | None = None
    """Daily average unique product page views."""

    ctr: str | None = None
    """Clicks divided by impressions, as a decimal string."""

    avg_conversion_rate: str | None = None
    """Average share of unique page views that led to a sale, as a decimal string."""


class ProductPerformance(ResponseModel):
    """One product's metrics in the performance list."""

    id: str | None = None
    """Product id."""

    total_performance: ProductTotalPerformance | None = None
    """A product's metrics over all channels."""

    seller_live_performance: ProductChannelPerformance | None = None
    """A product's metrics from one channel (seller LIVE, seller video, seller product card, affiliates);
    each channel fills the fields that apply to it."""

    seller_video_performance: ProductChannelPerformance | None = None
    """A product's metrics from one channel (seller LIVE, seller video, seller product card, affiliates);
    each channel fills the fields that apply to it."""

    seller_product_card_performance: ProductChannelPerformance | None = None
    """A product's metrics from one channel (seller LIVE, seller video, seller product card, affiliates);
    each channel fills the fields that apply to it."""

    affiliate_total_performance: ProductChannelPerformance | None = None
    """A product's metrics from one channel (seller LIVE, seller video, seller product card, affiliates);
    each channel fills the fields that apply to it."""

    affiliate_live_performance: ProductChannelPerformance | None = None
    """A product's metrics from one channel (seller LIVE, seller video, seller product card, affiliates);
    each channel fills the fields that apply to it."""

    affiliate_video_performance: ProductChannelPerformance | None = None
    """A product's metrics from one channel (seller LIVE, seller video, seller product card, affiliates);
    each channel fills the fields that apply to it."""

    shop_tab_performance: ProductShopTabPerformance | None = None
    """A product's metrics from the Shop tab."""


class ProductPerformanceDetail(ResponseModel):
    """A product's metrics over the requested range."""

    intervals: NullAsEmpty[list[ProductPerformanceInterval]] = Field(default_factory=list)
    """One entry per interval; their length follows `granularity`."""

    ratings: NullAsEmpty[list[ProductRating]] = Field(default_factory=list)
    """Ratings received in the range, by star bucket."""

    top_contents: NullAsEmpty[list[ProductTopContent]] = Field(default_factory=list)
    """Content that sold the product in the range, by type, top 100 by GMV."""

    top_creators: NullAsEmpty[list[ProductTopCreator]] = Field(default_factory=list)
    """Creators who sold the product in the range, top 100 by GMV."""


class ProductPerformanceInterval(ResponseModel):
    """A product's metrics for one interval."""

    start_date: str | None = None
    """First day of the interval, inclusive, in the shop's timezone."""

    end_date: str | None = None
    """Day after the interval, exclusive, in the shop's timezone."""

    sales: ProductSales | None = None
    """A product's sales in one interval."""

    traffic: ProductTraffic | None = None
    """A product's traffic in one interval."""

    cancel_and_refunds: ProductCancelAndRefund | None = None
    """A product's after-sale units in one interval."""


class ProductRating(ResponseModel):
    """Reviews of a product in one star bucket."""

    stars: OpenEnum[Literal["1_STAR", "2_STAR", "3_STAR", "4_STAR", "5_STAR"]] | None = None
    """Star bucket, `1_STAR` to `5_STAR`."""

    count: int | None = None
    """Reviews in the bucket."""

    percentage: str | None = None
    """Share of all reviews in the bucket, a decimal 0-1 with four places (`0.23` is 23%)."""


class ProductSales(ResponseModel):
    """A product's sales in one interval."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    orders: int | None = None
    """Orders of the product."""

    items_sold: int | None = None
    """Units sold."""

    breakdowns: NullAsEmpty[list[ProductContentSales]] = Field(default_factory=list)
    """Sales by content type."""


class ProductShopTabPerformance(ResponseModel):
    """A product's metrics from the Shop tab."""

    shop_tab_product_impressions: int | None = None
    """Product impressions from the Shop tab."""

    shop_tab_product_clicks: int | None = None
    """Product clicks from the Shop tab."""

    unique_shop_tab_product_clicks: int | None = None
    """Unique product clicks from the Shop tab."""

    estimated_shop_tab_customers: int | None = None
    """Estimated customers from the Shop tab."""

    shop_tab_ctr: str | None = None
    """Shop tab click-through rate, as a decimal string."""

    shop_tab_ctor_sku: str | None = None
    """Shop tab click-to-order rate at SKU level, as a decimal string."""

    shop_tab_gmv: Amount | None = None
    """A money amount with its currency."""

    shop_tab_sold_items: int | None = None
    """Units sold through the Shop tab."""


class ProductTopContent(ResponseModel):
    """A product's best content of one type, by GMV."""

    type_: OpenEnum[Literal["LIVE", "VIDEO"]] | None = Field(default=None, alias="type")
    """Content type, `LIVE` or `VIDEO`."""

    contents: NullAsEmpty[list[ContentSales]] = Field(default_factory=list)
    """The content items, top 100 by GMV."""


class ProductTopCreator(ResponseModel):
    """A creator who sold the product."""

    creator_open_id: str | None = None
    """The creator's open id."""

    creator_name: str | None = None
    """Name on the creator's profile."""

    creator_profile: str | None = None
    """URL of the creator's profile picture."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    items_sold: int | None = None
    """Units the creator sold."""


class ProductTotalPerformance(ResponseModel):
    """A product's metrics over all channels."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    orders: int | None = None
    """Orders."""

    sku_orders: int | None = None
    """SKU orders."""

    items_sold: int | None = None
    """Units sold."""

    estimated_customers: int | None = None
    """Estimated customers."""

    aov: Amount | None = None
    """A money amount with its currency."""

    product_impressions: int | None = None
    """Product impressions."""

    product_clicks: int | None = None
    """Product clicks."""

    ctr: str | None = None
    """Click-through rate, as a decimal string."""

    add_cart_count: int | None = None
    """Times the product was added to a cart."""

    add_cart_rate: str | None = None
    """Add-to-cart rate, as a decimal string."""

    click_order_rate: str | None = None
    """Click-to-order rate, as a decimal string."""

    unique_product_impressions: int | None = None
    """Unique product impressions."""

    unique_clicks: int | None = None
    """Unique product clicks."""

    unique_ctr: str | None = None
    """Unique click-through rate, as a decimal string."""

    add_cart_users: int | None = None
    """Users who added the product to a cart."""

    unique_atc_rate: str | None = None
    """Unique add-to-cart rate, as a decimal string."""

    unique_click_order_rate: str | None = None
    """Unique click-to-order rate, as a decimal string."""

    gmv_incl_tax: Amount | None = None
    """A money amount with its currency."""

    tax: Amount | None = None
    """A money amount with its currency."""

    gross_merchandise_value: Amount | None = None
    """A money amount with its currency."""

    shipping_fees: Amount | None = None
    """A money amount with its currency."""

    refunds: Amount | None = None
    """A money amount with its currency."""

    refunded_items: int | None = None
    """Units refunded."""

    refund_customers: int | None = None
    """Customers who were refunded."""


class ProductTraffic(ResponseModel):
    """A product's traffic in one interval."""

    breakdowns: NullAsEmpty[list[ProductContentTraffic]] = Field(default_factory=list)
    """Traffic by content type."""


class SKUPerformance(ResponseModel):
    """One SKU's metrics in the performance list."""

    id: int | None = None
    """SKU id (TikTok sends it as a number here)."""

    product_id: int | None = None
    """Id of the product the SKU belongs to (TikTok sends it as a number here)."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    sku_orders: int | None = None
    """Orders of the SKU."""

    units_sold: int | None = None
    """Units sold."""


class SKUPerformanceDetail(ResponseModel):
    """A SKU's metrics over the requested range."""

    product_id: int | None = None
    """Id of the product the SKU belongs to (TikTok sends it as a number here)."""

    sku_id: str | None = None
    """SKU id."""

    intervals: NullAsEmpty[list[SKUPerformanceInterval]] = Field(default_factory=list)
    """One entry per interval; their length follows `granularity`."""


class SKUPerformanceInterval(ResponseModel):
    """A SKU's metrics for one interval."""

    start_date: str | None = None
    """First day of the interval, inclusive, in the shop's timezone."""

    end_date: str | None = None
    """Day after the interval, exclusive, in the shop's timezone."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    gmv_breakdown: NullAsEmpty[list[SKUTypedGMV]] = Field(default_factory=list)
    """GMV by content type."""

    items_sold: int | None = None
    """Units sold."""

    items_sold_breakdown: NullAsEmpty[list[SKUTypedItemsSold]] = Field(default_factory=list)
    """Units sold by content type."""

    sku_orders: int | None = None
    """Orders of the SKU."""


class SKUTypedGMV(ResponseModel):
    """A SKU's GMV from one content type."""

    amount: DecimalAmount | None = None
    """The amount, as a decimal string."""

    currency: str | None = None
    """ISO 4217 currency code."""

    type_: OpenEnum[Literal["LIVE", "PRODUCT_CARD", "VIDEO"]] | None = Field(default=None, alias="type")
    """Content type, `LIVE`, `VIDEO` or `PRODUCT_CARD`."""


class SKUTypedItemsSold(ResponseModel):
    """A SKU's units sold through one content type."""

    amount: int | None = None
    """Units sold."""

    type_: OpenEnum[Literal["LIVE", "PRODUCT_CARD", "VIDEO"]] | None = Field(default=None, alias="type")
    """Content type, `LIVE`, `VIDEO` or `PRODUCT_CARD`."""


class SPSAHTProblemOrder(ResponseModel):
    """An aftersales case counted in AHT."""

    order_id: str | None = None
    """Order id."""

    return_order_id: str | None = None
    """Return order id."""

    aftersales_type_name: str | None = None
    """Aftersales type, as TikTok classifies it."""

    approve_duration_hours: str | None = None
    """Hours to approve."""

    inspect_duration_hours: str | None = None
    """Hours to inspect."""

    total_handle_duration_hours: str | None = None
    """Total handling time in hours."""

    review_count: int | None = None
    """Review rounds."""


class SPSAHTTopItem(ResponseModel):
    """A product with long aftersales handling (AHT)."""

    product_id: str | None = None
    """Product id."""

    product_name: str | None = None
    """Product name."""

    image_url: str | None = None
    """Product image URL."""

    handle_duration_hours: str | None = None
    """Average handling time in hours."""

    return_order_count: int | None = None
    """Return orders."""

    top_aftersales_type_name: str | None = None
    """Most frequent aftersales type."""

    top_type_order_count: int | None = None
    """Orders of the most frequent aftersales type."""


class SPSAnalysis(ResponseModel):
    """Diagnostic findings about an SPS metric."""

    summaries: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Summarized causes."""

    details: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Detailed explanations."""


class SPSBenchmarks(ResponseModel):
    """Thresholds of an SPS metric's tiers."""

    excellent_threshold: str | None = None
    """Value from which the metric is rated excellent."""

    poor_threshold: str | None = None
    """Value from which the metric is rated poor."""


class SPSBenefit(ResponseModel):
    """A benefit tied to the SPS score."""

    benefit_name: str | None = None
    """Benefit name, in the requested locale."""

    is_unlocked: bool | None = None
    """Whether the shop has unlocked the benefit."""

    unlock_score: str | None = None
    """Score needed to unlock it, 0 to 5."""


class SPSCalculationRule(ResponseModel):
    """Inputs of an SPS metric's ratio."""

    numerator_label: str | None = None
    """What the numerator counts."""

    numerator_value: str | None = None
    """Numerator value."""

    denominator_label: str | None = None
    """What the denominator counts."""

    denominator_value: str | None = None
    """Denominator value."""


class SPSCategory(ResponseModel):
    """The shop's primary category."""

    category_id: str | None = None
    """Category id."""

    category_name: str | None = None
    """Category name."""


class SPSChatProblem(ResponseModel):
    """A chat counted in IM_DSAT."""

    chat_record_id: str | None = None
    """Chat record id."""

    chat_duration_hours: str | None = None
    """Chat duration in hours."""

    customer_name: str | None = None
    """Customer name, masked."""

    customer_rating: int | None = None
    """Customer rating, 1 to 5."""

    first_reply_time: int | None = None
    """First reply time, unix seconds."""

    rating_reasons: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Reasons the customer gave for the rating."""

    service_agent: str | None = None
    """Service agent name."""


class SPSDimension(ResponseModel):
    """The score of one SPS dimension."""

    name: str | None = None
    """Dimension name."""

    score: str | None = None
    """Dimension score, 0 to 5."""

    status: str | None = None
    """Dimension status, e.g. `EXCELLENT`, `GOOD`, `POOR`, `CRITICAL`, `NIL`."""

    status_text: str | None = None
    """Status as display text, e.g. `Excellent`."""

    weight: str | None = None
    """Weight of the dimension, a percent 0 to 100."""


class SPSDistributionDetail(ResponseModel):
    """One bucket of an SPS metric's distribution."""

    name: str | None = None
    """Bucket name."""

    count: int | None = None
    """Items in the bucket."""

    percent: str | None = None
    """Share of items in the bucket, 0 to 100."""


class SPSIssue(ResponseModel):
    """One ranked issue dragging the SPS down."""

    description: str | None = None
    """Issue description, localized."""

    evaluate_duration_days: int | None = None
    """Days in the issue's evaluation period."""

    end_evaluation_time: int | None = None
    """End of the evaluation period, unix seconds."""

    start_evaluation_time: int | None = None
    """Start of the evaluation period, unix seconds."""

    metric_code: str | None = None
    """Related metric code (`NRR`, `NBFR`, `SFCR`, `OTDR`, `AHT`, `IM_DSAT`)."""

    metric_name: str | None = None
    """Metric name, localized."""

    percentile: str | None = None
    """The metric's percentile among peer shops, 0 to 100."""

    rank: int | None = None
    """Issue rank, 1 for the top issue."""


class SPSMetric(ResponseModel):
    """One SPS metric of the shop."""

    metric_code: str | None = None
    """Stable metric code (`NRR`, `NBFR`, `SFCR`, `OTDR`, `AHT`, `IM_DSAT`)."""

    metric_name: str | None = None
    """Metric name, localized."""

    dimension: str | None = None
    """SPS dimension the metric belongs to."""

    value: str | None = None
    """Metric value; hours as is, percentages 0 to 100."""

    value_unit: str | None = None
    """Unit of `value`, e.g. `PERCENT` or `HOURS`."""

    score: str | None = None
    """Metric score, 0 to 5."""

    status: str | None = None
    """Metric status, e.g. `EXCELLENT`, `GOOD`, `POOR`, `CRITICAL`, `NIL`."""

    status_text: str | None = None
    """Status as display text, e.g. `Excellent`."""

    benchmarks: SPSBenchmarks | None = None
    """Thresholds of an SPS metric's tiers."""

    evaluate_duration_days: int | None = None
    """Days in the metric's evaluation period."""

    end_evaluation_time: int | None = None
    """End of the evaluation period, unix seconds."""

    start_evaluation_time: int | None = None
    """Start of the evaluation period, unix seconds."""

    top_reason_text: str | None = None
    """Set when this metric is a key contributor to the SPS."""


class SPSNBFRTopItem(ResponseModel):
    """A product with negative buyer feedback (NBFR)."""

    product_id: str | None = None
    """Product id."""

    product_name: str | None = None
    """Product name."""

    image_url: str | None = None
    """Product image URL."""

    return_order_count: int | None = None
    """Return or refund orders."""

    top_reason_order_count: int | None = None
    """Orders with the top return or refund reason."""

    top_return_reasons: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Top return or refund reasons."""


class SPSNRRTopItem(ResponseModel):
    """A product with negative reviews (NRR)."""

    product_id: str | None = None
    """Product id."""

    product_name: str | None = None
    """Product name."""

    image_url: str | None = None
    """Product image URL."""

    delivered_order_count: int | None = None
    """Delivered orders."""

    negative_order_count: int | None = None
    """Orders with a negative review."""

    top_review_reasons: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Top negative review reasons."""


class SPSOTDRLogisticsItem(ResponseModel):
    """A logistics provider's on-time delivery (OTDR)."""

    logistics_provider: str | None = None
    """Logistics provider name."""

    delivered_order_count: int | None = None
    """Delivered orders."""

    on_time_deliver_order_count: int | None = None
    """Orders delivered on time."""

    on_time_deliver_rate: str | None = None
    """On-time delivery rate, 0 to 1."""


class SPSProblemOrder(ResponseModel):
    """An order counted in NBFR, NRR, SFCR or OTDR; each metric fills its own fields."""

    order_id: str | None = None
    """Order id."""

    product_id: str | None = None
    """Product id, when available."""

    product_name: str | None = None
    """Product name."""

    sku_id: str | None = None
    """SKU id."""

    order_create_time: int | None = None
    """Order creation time, unix seconds (NBFR, NRR, SFCR)."""

    deliver_time: int | None = None
    """Delivery time, unix seconds (NBFR, NRR)."""

    return_refund_reason: str | None = None
    """Return or refund reason (NBFR)."""

    user_review_rating: int | None = None
    """Buyer's review rating, 1 to 5 (NRR)."""

    cancellation_reasons: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Cancellation reasons (SFCR)."""

    actual_deliver_time: int | None = None
    """Actual delivery time, unix seconds (OTDR)."""

    expect_deliver_time: int | None = None
    """Expected delivery time, unix seconds (OTDR)."""


class SPSTopIssues(ResponseModel):
    """The shop's top SPS issues."""

    issues: NullAsEmpty[list[SPSIssue]] = Field(default_factory=list)
    """Issues, ranked."""

    summary: str | None = None
    """Summary of the top issues, localized."""


class SPSTrend(ResponseModel):
    """An SPS metric's recent values."""

    data_points: NullAsEmpty[list[SPSTrendPoint]] = Field(default_factory=list)
    """Daily values."""


class SPSTrendPoint(ResponseModel):
    """An SPS metric's value on one day."""

    record_date: str | None = None
    """Day, `yyyyMMdd`."""

    value: str | None = None
    """Metric value on the day, in the metric's `value_unit`."""


class ShopGMVBreakdowns(ResponseModel):
    """The shop's GMV split by source."""

    affiliate_product_card_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    content_breakdown: NullAsEmpty[list[ContentGMV]] = Field(default_factory=list)
    """GMV by content type and channel."""

    seller_product_card_gmv: Amount | None = None
    """A money amount with its currency."""

    shop_tab_and_search: ShopTabAndSearchGMV | None = None
    """GMV attributed to the Shop tab and to search."""


class ShopHourlyMetrics(ResponseModel):
    """The shop's metrics for one hour, or for the whole day in `overall`."""

    index: int | None = None
    """Hour of the day, 0 to 23 (0 is 00:00-00:59); absent in `overall`."""

    avg_order_value: Amount | None = None
    """A money amount with its currency."""

    avg_sku_order_value: Amount | None = None
    """A money amount with its currency."""

    customers: int | None = None
    """Customers who bought, each counted once."""

    customers_count: int | None = None
    """Unique users who paid for orders."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    items_sold: int | None = None
    """Units sold."""

    live_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    orders_count: int | None = None
    """Paid orders."""

    product_card_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    product_clicks: int | None = None
    """Product clicks."""

    product_impressions: int | None = None
    """Product impressions."""

    sku_orders_count: int | None = None
    """Distinct SKUs sold."""

    unique_clicks: int | None = None
    """Unique product clicks."""

    unique_product_impressions: int | None = None
    """Unique product impressions."""

    video_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    visitors: int | None = None
    """Unique visitors of the product detail pages up to the last update."""


class ShopHourlyPerformance(ResponseModel):
    """The shop's hourly metrics for the day."""

    intervals: NullAsEmpty[list[ShopHourlyMetrics]] = Field(default_factory=list)
    """One entry per hour."""

    latest_available_timestamp: int | None = None
    """When the data was last ready, unix seconds."""

    overall: ShopHourlyMetrics | None = None
    """The shop's metrics for one hour, or for the whole day in `overall`."""


class ShopPerformance(ResponseModel):
    """The shop's metrics over the requested range."""

    intervals: NullAsEmpty[list[ShopPerformanceInterval]] = Field(default_factory=list)
    """One entry per interval; their length follows `granularity`."""


class ShopPerformanceInterval(ResponseModel):
    """The shop's metrics for one interval of the requested range."""

    start_date: str | None = None
    """First day of the interval, inclusive, in the shop's timezone."""

    end_date: str | None = None
    """Day after the interval, exclusive, in the shop's timezone."""

    sales: ShopSalesMetrics | None = None
    """Sales figures of the shop for one interval."""

    traffic: ShopTrafficMetrics | None = None
    """Traffic figures of the shop for one interval."""

    breakdowns: ShopGMVBreakdowns | None = None
    """The shop's GMV split by source."""


class ShopSalesMetrics(ResponseModel):
    """Sales figures of the shop for one interval."""

    avg_order_value: Amount | None = None
    """A money amount with its currency."""

    avg_sku_order_value: Amount | None = None
    """A money amount with its currency."""

    cancellations_and_returns: int | None = None
    """Cancellations and returns in the interval."""

    creator_live_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    creator_live_gmv: Amount | None = None
    """A money amount with its currency."""

    creator_live_indirect_gmv: Amount | None = None
    """A money amount with its currency."""

    creator_video_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    creator_video_gmv: Amount | None = None
    """A money amount with its currency."""

    creator_video_indirect_gmv: Amount | None = None
    """A money amount with its currency."""

    customers_count: int | None = None
    """Unique users who paid for orders in the interval."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    gmv_with_tax: Amount | None = None
    """A money amount with its currency."""

    gmv_with_tiktok_co_funding: Amount | None = None
    """A money amount with its currency."""

    items_sold: int | None = None
    """Units sold (3 of SKU A and 2 of SKU B count as 5)."""

    live_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    live_gmv: Amount | None = None
    """A money amount with its currency."""

    live_indirect_gmv: Amount | None = None
    """A money amount with its currency."""

    orders_count: int | None = None
    """Paid orders in the interval."""

    product_card_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    refunds: Amount | None = None
    """A money amount with its currency."""

    seller_live_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    seller_live_gmv: Amount | None = None
    """A money amount with its currency."""

    seller_live_indirect_gmv: Amount | None = None
    """A money amount with its currency."""

    seller_video_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    seller_video_gmv: Amount | None = None
    """A money amount with its currency."""

    seller_video_indirect_gmv: Amount | None = None
    """A money amount with its currency."""

    shipping_fees: Amount | None = None
    """A money amount with its currency."""

    sku_orders_count: int | None = None
    """Distinct SKUs sold."""

    tax: Amount | None = None
    """A money amount with its currency."""

    video_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    video_gmv: Amount | None = None
    """A money amount with its currency."""

    video_indirect_gmv: Amount | None = None
    """A money amount with its currency."""


class ShopTabAndSearchGMV(ResponseModel):
    """GMV attributed to the Shop tab and to search."""

    others: Amount | None = None
    """A money amount with its currency."""

    search_attributed: Amount | None = None
    """A money amount with its currency."""

    shop_tab_attributed: Amount | None = None
    """A money amount with its currency."""


class ShopTrafficMetrics(ResponseModel):
    """Traffic figures of the shop for one interval."""

    avg_conversation_rate: str | None = None
    """Daily average share of product page visitors who paid for an order, as a decimal string."""

    avg_page_views: int | None = None
    """Daily average product detail page views."""

    avg_visitors: int | None = None
    """Daily average unique visitors of the product detail pages."""

    product_clicks: int | None = None
    """Product clicks."""

    product_impressions: int | None = None
    """Product impressions."""

    unique_clicks: int | None = None
    """Unique product clicks."""

    unique_product_impressions: int | None = None
    """Unique product impressions."""


class TimeRange(ResponseModel):
    """A time range in unix seconds."""

    start_time: int | None = None
    """Start of the range (the metrics' day), unix seconds."""

    end_time: int | None = None
    """End of the range, unix seconds."""


class TrendDataPoint(ResponseModel):
    """One point of a live room metric series."""

    value: str | None = None
    """The metric's value at this point."""

    timestamp: int | None = None
    """Time of the point, unix timestamp."""


class VideoDailyMetrics(ResponseModel):
    """A video's e-commerce metrics for one day."""

    anchor_display_rate: str | None = None
    """Display rate of the product anchors, a decimal string with two places."""

    click_through_rate: str | None = None
    """Click-through rate, a decimal string with two places."""

    order_count: int | None = None
    """Orders on the day."""

    item_sold_count: int | None = None
    """Items sold on the day."""

    gmv: Amount | None = None
    """A money amount with its currency."""


class VideoDailyPerformance(ResponseModel):
    """A video's metrics for one day."""

    time_range: TimeRange | None = None
    """A time range in unix seconds."""

    metrics: VideoDailyMetrics | None = None
    """A video's e-commerce metrics for one day."""


class VideoInfo(ResponseModel):
    """Basic facts about a video."""

    duration: int | None = None
    """Video length."""

    id: str | None = None
    """Video id."""

    play_url: str | None = None
    """Playback URL."""

    thumbnail_url: str | None = None
    """Thumbnail URL."""

    title: str | None = None
    """Video title."""

    username: str | None = None
    """Username of the video's creator."""

    video_post_time: str | None = None
    """When the video was posted."""


class VideoListPerformance(ResponseModel):
    """One video's metrics in the performance list."""

    id: str | None = None
    """Video id."""

    title: str | None = None
    """Video title."""

    username: str | None = None
    """Username of the video's account."""

    video_post_time: str | None = None
    """When the video was posted."""

    duration: int | None = None
    """Video length in seconds."""

    hash_tags: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Hashtags of the video."""

    advertisable: bool | None = None
    """Whether the video can be used in ads."""

    review_type: str | None = None
    """Review classification of the video."""

    creator: ContentCreator | None = None
    """The creator who posted a video or hosted a LIVE."""

    products: NullAsEmpty[list[NamedProduct]] = Field(default_factory=list)
    """Products promoted in the video."""

    attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    gpm: Amount | None = None
    """A money amount with its currency."""

    indirect_gmv: Amount | None = None
    """A money amount with its currency."""

    avg_customers: int | None = None
    """Daily average customers."""

    click_through_rate: str | None = None
    """Product clicks divided by video views, as a decimal string."""

    ctor: str | None = None
    """Click-to-order rate, as a decimal string."""

    items_sold: int | None = None
    """Units sold from the video."""

    sku_orders: int | None = None
    """Paid SKU orders placed directly from the video."""

    product_clicks: int | None = None
    """Product clicks from the video."""

    product_impressions: int | None = None
    """Product impressions from the video."""

    views: int | None = None
    """Views in the range."""

    likes: int | None = None
    """Likes."""

    comments: int | None = None
    """Comments."""

    shares: int | None = None
    """Shares."""

    new_followers: int | None = None
    """New followers attributed to the video."""

    v_to_l_clicks: int | None = None
    """Clicks from the video to a LIVE session."""

    v_to_l_rate: str | None = None
    """Video-to-LIVE click rate, as a decimal string."""

    video_finish_rate: str | None = None
    """Completion rate, as a decimal string."""


class VideoOverview(ResponseModel):
    """Combined video metrics over the requested range."""

    intervals: NullAsEmpty[list[VideoOverviewInterval]] = Field(default_factory=list)
    """One entry per interval; their length follows `granularity`."""


class VideoOverviewInterval(ResponseModel):
    """Combined video metrics of the shop for one interval."""

    start_date: str | None = None
    """First day of the interval, inclusive, in the shop's timezone."""

    end_date: str | None = None
    """Day after the interval, exclusive, in the shop's timezone."""

    today: bool | None = None
    """Whether the interval holds today's real-time data."""

    avg_daily_customers: int | None = None
    """Daily average customers."""

    ctor_sku_order: str | None = None
    """Product clicks to SKU orders conversion, as a decimal string."""

    ctr: str | None = None
    """Product clicks divided by video views, as a decimal string."""

    gpm: Amount | None = None
    """A money amount with its currency."""

    product_clicks: int | None = None
    """Product clicks from videos."""

    product_impressions: int | None = None
    """Impressions of video products."""

    shoppable_video_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    video_attributed_gmv: Amount | None = None
    """A money amount with its currency."""

    video_attributed_sku_orders: int | None = None
    """Paid SKU orders attributed to videos."""

    video_gmv: Amount | None = None
    """A money amount with its currency."""

    video_indirect_gmv: Amount | None = None
    """A money amount with its currency."""

    video_product_viewers: int | None = None
    """Users who viewed products from videos (offline data only)."""

    video_views: int | None = None
    """Video views (offline data only)."""


class VideoPerformance(ResponseModel):
    """A video's metrics over the requested range."""

    intervals: NullAsEmpty[list[VideoPerformanceInterval]] = Field(default_factory=list)
    """One entry per interval; their length follows `granularity`."""

    viewer_profile: NullAsEmpty[list[VideoViewerProfile]] = Field(default_factory=list)
    """Viewer demographics."""


class VideoPerformanceInterval(ResponseModel):
    """A video's metrics for one interval."""

    start_date: str | None = None
    """First day of the interval, inclusive, in the shop's timezone."""

    end_date: str | None = None
    """Day after the interval, exclusive, in the shop's timezone."""

    sales: VideoSales | None = None
    """A video's sales in one interval."""

    traffic: VideoTraffic | None = None
    """A video's engagement in one interval."""


class VideoPerformanceResult(ResponseModel):
    """The performance of one requested video, or its error."""

    video_id: str | None = None
    """The requested video id."""

    video: VideoInfo | None = None
    """Basic facts about a video."""

    performance: VideoPerformance | None = None
    """A video's metrics over the requested range."""

    error: Error | None = None
    """An error about one item of a batch."""


class VideoProductAnchor(ResponseModel):
    """A product anchored in a video (deactivated and sold-out products are left out)."""

    product_id: str | None = None
    """Product id."""

    product_name: str | None = None
    """Product name."""


class VideoProductPerformance(ResponseModel):
    """One product's metrics within a video."""

    id: str | None = None
    """Product id."""

    name: str | None = None
    """Product name."""

    ctr: str | None = None
    """Product clicks divided by product impressions, as a decimal string."""

    customers: int | None = None
    """Customers who bought the product."""

    daily_avg_buyers: str | None = None
    """Average buyers per day."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    gpm: Amount | None = None
    """A money amount with its currency."""

    product_clicks: int | None = None
    """Product clicks."""

    product_impressions: int | None = None
    """Product impressions."""

    units_sold: int | None = None
    """Units sold."""


class VideoSales(ResponseModel):
    """A video's sales in one interval."""

    overall: VideoSalesMetrics | None = None
    """Direct sales of a shoppable video, overall or for one product."""

    breakdowns: NullAsEmpty[list[VideoSalesMetrics]] = Field(default_factory=list)
    """Sales per linked product."""


class VideoSalesMetrics(ResponseModel):
    """Direct sales of a shoppable video, overall or for one product."""

    product_id: str | None = None
    """Id of the product (per-product breakdowns only)."""

    gmv: Amount | None = None
    """A money amount with its currency."""

    gpm: Amount | None = None
    """A money amount with its currency."""

    customers: int | None = None
    """Customers who ordered directly from the video."""

    items_sold: int | None = None
    """Items sold directly from the video."""

    ctr: str | None = None
    """Product clicks divided by product impressions in the video, as a decimal fraction."""

    product_impressions: int | None = None
    """Impressions of the video's products."""

    product_clicks: int | None = None
    """Product clicks from the video."""


class VideoTraffic(ResponseModel):
    """A video's engagement in one interval."""

    views: int | None = None
    """Views in the interval, repeat views counted."""

    new_followers: int | None = None
    """Users who followed after watching the video."""

    shares: int | None = None
    """Shares of the video."""

    comments: int | None = None
    """Comments on the video."""

    likes: int | None = None
    """Likes of the video."""


class VideoViewerProfile(ResponseModel):
    """Demographics of a video's viewers or new followers."""

    type_: OpenEnum[Literal["NEW_FOLLOWER", "VIEWERS"]] | None = Field(default=None, alias="type")
    """Whose profile this is, `VIEWERS` or `NEW_FOLLOWER` (viewers who followed after watching)."""

    gender_distribution: NullAsEmpty[list[GenderShare]] = Field(default_factory=list)
    """Distribution by gender."""

    age_distribution: NullAsEmpty[list[AgeShare]] = Field(default_factory=list)
    """Distribution by age band."""

    country_distribution: NullAsEmpty[list[CountryShare]] = Field(default_factory=list)
    """Distribution by country or region."""
