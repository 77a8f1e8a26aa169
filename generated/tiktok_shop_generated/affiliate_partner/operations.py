"""Operation descriptors of the `affiliate_partner` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation, Pagination

from .models import (
    AffiliatePartnerCreateAffiliatePartnerCampaignQuery,
    AffiliatePartnerCreateAffiliatePartnerCampaignRequest,
    AffiliatePartnerCreateAffiliatePartnerCampaignResponse,
    AffiliatePartnerEditAffiliatePartnerCampaignQuery,
    AffiliatePartnerEditAffiliatePartnerCampaignRequest,
    AffiliatePartnerEditAffiliatePartnerCampaignResponse,
    AffiliatePartnerGenerateAffiliatePartnerCampaignProductLinkQuery,
    AffiliatePartnerGenerateAffiliatePartnerCampaignProductLinkRequest,
    AffiliatePartnerGenerateAffiliatePartnerCampaignProductLinkResponse,
    AffiliatePartnerGenerateCampaignProductPromotionLinksInBatchQuery,
    AffiliatePartnerGenerateCampaignProductPromotionLinksInBatchRequest,
    AffiliatePartnerGenerateCampaignProductPromotionLinksInBatchResponse,
    AffiliatePartnerGetAffiliateCampaignCreatorProductContentStatisticsQuery,
    AffiliatePartnerGetAffiliateCampaignCreatorProductContentStatisticsResponse,
    AffiliatePartnerGetAffiliateCampaignCreatorProductSampleStatusQuery,
    AffiliatePartnerGetAffiliateCampaignCreatorProductSampleStatusResponse,
    AffiliatePartnerGetAffiliatePartnerCampaignDetailQuery,
    AffiliatePartnerGetAffiliatePartnerCampaignDetailResponse,
    AffiliatePartnerGetAffiliatePartnerCampaignListQuery,
    AffiliatePartnerGetAffiliatePartnerCampaignListResponse,
    AffiliatePartnerGetAffiliatePartnerCampaignProductListQuery,
    AffiliatePartnerGetAffiliatePartnerCampaignProductListResponse,
    AffiliatePartnerGetCampaignProductPerformanceListQuery,
    AffiliatePartnerGetCampaignProductPerformanceListResponse,
    AffiliatePartnerGetCreatorPerformanceForCampaignProductQuery,
    AffiliatePartnerGetCreatorPerformanceForCampaignProductResponse,
    AffiliatePartnerPublishAffiliatePartnerCampaignQuery,
    AffiliatePartnerPublishAffiliatePartnerCampaignResponse,
    AffiliatePartnerReviewAffiliatePartnerCampaignProductQuery,
    AffiliatePartnerReviewAffiliatePartnerCampaignProductRequest,
    AffiliatePartnerReviewAffiliatePartnerCampaignProductResponse,
    AffiliatePartnerSearchCAPAffiliateOrdersQuery,
    AffiliatePartnerSearchCAPAffiliateOrdersRequest,
    AffiliatePartnerSearchCAPAffiliateOrdersResponse,
    AffiliatePartnerSearchTAPAffiliateOrdersQuery,
    AffiliatePartnerSearchTAPAffiliateOrdersRequest,
    AffiliatePartnerSearchTAPAffiliateOrdersResponse,
)

CREATE_CAMPAIGN: Operation[AffiliatePartnerCreateAffiliatePartnerCampaignResponse] = Operation(
    id="AffiliatePartnerCreateAffiliatePartnerCampaign",
    module="affiliate_partner",
    name="create_campaign",
    method="POST",
    path="/affiliate_partner/202405/campaigns",
    version="202405",
    summary="Create partner campaign",
    response_model=AffiliatePartnerCreateAffiliatePartnerCampaignResponse,
    shop_scoped=False,
    retry_safe=False,
    query_model=AffiliatePartnerCreateAffiliatePartnerCampaignQuery,
    body_model=AffiliatePartnerCreateAffiliatePartnerCampaignRequest,
    query_params=("category_asset_cipher",),
    body_fields=(
        "name",
        "description",
        "campaign_start_time",
        "campaign_end_time",
        "registration_start_time",
        "registration_end_time",
        "commission_rate",
        "contact_info",
        "target_shop_codes",
        "target_seller_types",
    ),
)

EDIT_CAMPAIGN: Operation[AffiliatePartnerEditAffiliatePartnerCampaignResponse] = Operation(
    id="AffiliatePartnerEditAffiliatePartnerCampaign",
    module="affiliate_partner",
    name="edit_campaign",
    method="POST",
    path="/affiliate_partner/202405/campaigns/{campaign_id}/partial_edit",
    version="202405",
    summary="Edit partner campaign",
    response_model=AffiliatePartnerEditAffiliatePartnerCampaignResponse,
    shop_scoped=False,
    retry_safe=False,
    query_model=AffiliatePartnerEditAffiliatePartnerCampaignQuery,
    body_model=AffiliatePartnerEditAffiliatePartnerCampaignRequest,
    path_params=("campaign_id",),
    query_params=("category_asset_cipher",),
    body_fields=(
        "name",
        "description",
        "campaign_start_time",
        "campaign_end_time",
        "registration_start_time",
        "registration_end_time",
        "commission_rate",
        "contact_info",
        "target_shop_codes",
        "target_seller_types",
    ),
)

GENERATE_CAMPAIGN_PRODUCT_LINK: Operation[AffiliatePartnerGenerateAffiliatePartnerCampaignProductLinkResponse] = (
    Operation(
        id="AffiliatePartnerGenerateAffiliatePartnerCampaignProductLink",
        module="affiliate_partner",
        name="generate_campaign_product_link",
        method="POST",
        path="/affiliate_partner/202405/campaigns/{campaign_id}/products/{product_id}/promotion_link/generate",
        version="202405",
        summary="Generate campaign product link",
        response_model=AffiliatePartnerGenerateAffiliatePartnerCampaignProductLinkResponse,
        shop_scoped=False,
        retry_safe=False,
        query_model=AffiliatePartnerGenerateAffiliatePartnerCampaignProductLinkQuery,
        body_model=AffiliatePartnerGenerateAffiliatePartnerCampaignProductLinkRequest,
        path_params=(
            "campaign_id",
            "product_id",
        ),
        query_params=("category_asset_cipher",),
        body_fields=("creator_commission_rate",),
    )
)

GENERATE_CAMPAIGN_PRODUCT_LINKS: Operation[AffiliatePartnerGenerateCampaignProductPromotionLinksInBatchResponse] = (
    Operation(
        id="AffiliatePartnerGenerateCampaignProductPromotionLinksInBatch",
        module="affiliate_partner",
        name="generate_campaign_product_links",
        method="POST",
        path="/affiliate_partner/202505/campaigns/{campaign_id}/products/promotion_links/generate_batch",
        version="202505",
        summary="Generate campaign product links in batch",
        response_model=AffiliatePartnerGenerateCampaignProductPromotionLinksInBatchResponse,
        shop_scoped=False,
        retry_safe=False,
        query_model=AffiliatePartnerGenerateCampaignProductPromotionLinksInBatchQuery,
        body_model=AffiliatePartnerGenerateCampaignProductPromotionLinksInBatchRequest,
        path_params=("campaign_id",),
        query_params=("category_asset_cipher",),
        body_fields=("product_ids",),
    )
)

GET_CAMPAIGN_DETAIL: Operation[AffiliatePartnerGetAffiliatePartnerCampaignDetailResponse] = Operation(
    id="AffiliatePartnerGetAffiliatePartnerCampaignDetail",
    module="affiliate_partner",
    name="get_campaign_detail",
    method="GET",
    path="/affiliate_partner/202405/campaigns/{campaign_id}",
    version="202405",
    summary="Get partner campaign detail",
    response_model=AffiliatePartnerGetAffiliatePartnerCampaignDetailResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliatePartnerGetAffiliatePartnerCampaignDetailQuery,
    path_params=("campaign_id",),
    query_params=("category_asset_cipher",),
)

GET_CAMPAIGN_PRODUCT_CREATOR_PERFORMANCE: Operation[AffiliatePartnerGetCreatorPerformanceForCampaignProductResponse] = (
    Operation(
        id="AffiliatePartnerGetCreatorPerformanceForCampaignProduct",
        module="affiliate_partner",
        name="get_campaign_product_creator_performance",
        method="GET",
        path="/affiliate_partner/202508/campaigns/{campaign_id}/products/{product_id}/performance",
        version="202508",
        summary="Get creator performance for a campaign product",
        response_model=AffiliatePartnerGetCreatorPerformanceForCampaignProductResponse,
        shop_scoped=False,
        retry_safe=True,
        query_model=AffiliatePartnerGetCreatorPerformanceForCampaignProductQuery,
        path_params=(
            "campaign_id",
            "product_id",
        ),
        query_params=(
            "page_size",
            "page_token",
            "category_asset_cipher",
        ),
        pagination=Pagination(items="promotion_creators", token_in="query"),
    )
)

GET_CAMPAIGN_PRODUCT_PERFORMANCE: Operation[AffiliatePartnerGetCampaignProductPerformanceListResponse] = Operation(
    id="AffiliatePartnerGetCampaignProductPerformanceList",
    module="affiliate_partner",
    name="get_campaign_product_performance",
    method="GET",
    path="/affiliate_partner/202501/campaigns/{campaign_id}/products/performance",
    version="202501",
    summary="Get campaign product performance",
    response_model=AffiliatePartnerGetCampaignProductPerformanceListResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliatePartnerGetCampaignProductPerformanceListQuery,
    path_params=("campaign_id",),
    query_params=(
        "page_size",
        "page_token",
        "category_asset_cipher",
    ),
    pagination=Pagination(items="campaign_product_statistics", token_in="query"),
)

GET_CAMPAIGN_PRODUCTS: Operation[AffiliatePartnerGetAffiliatePartnerCampaignProductListResponse] = Operation(
    id="AffiliatePartnerGetAffiliatePartnerCampaignProductList",
    module="affiliate_partner",
    name="get_campaign_products",
    method="GET",
    path="/affiliate_partner/202405/campaigns/{campaign_id}/products",
    version="202405",
    summary="Get campaign product list",
    response_model=AffiliatePartnerGetAffiliatePartnerCampaignProductListResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliatePartnerGetAffiliatePartnerCampaignProductListQuery,
    path_params=("campaign_id",),
    query_params=(
        "category_asset_cipher",
        "page_size",
        "page_token",
        "review_status",
        "product_name",
        "product_id",
        "shop_name",
        "category_id",
    ),
    pagination=Pagination(items="products", token_in="query"),
)

GET_CAMPAIGNS: Operation[AffiliatePartnerGetAffiliatePartnerCampaignListResponse] = Operation(
    id="AffiliatePartnerGetAffiliatePartnerCampaignList",
    module="affiliate_partner",
    name="get_campaigns",
    method="GET",
    path="/affiliate_partner/202405/campaigns",
    version="202405",
    summary="Get partner campaign list",
    response_model=AffiliatePartnerGetAffiliatePartnerCampaignListResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliatePartnerGetAffiliatePartnerCampaignListQuery,
    query_params=(
        "category_asset_cipher",
        "page_size",
        "page_token",
        "status",
        "type_",
        "query_type_filter",
    ),
    pagination=Pagination(items="campaigns", token_in="query"),
)

GET_CREATOR_CONTENT_STATISTICS: Operation[
    AffiliatePartnerGetAffiliateCampaignCreatorProductContentStatisticsResponse
] = Operation(
    id="AffiliatePartnerGetAffiliateCampaignCreatorProductContentStatistics",
    module="affiliate_partner",
    name="get_creator_content_statistics",
    method="GET",
    path="/affiliate_partner/202508/campaigns/{campaign_id}/products/{product_id}/creator/{creator_temp_id}/content/statistics",
    version="202508",
    summary="Get creator content statistics",
    response_model=AffiliatePartnerGetAffiliateCampaignCreatorProductContentStatisticsResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliatePartnerGetAffiliateCampaignCreatorProductContentStatisticsQuery,
    path_params=(
        "campaign_id",
        "product_id",
        "creator_temp_id",
    ),
    query_params=(
        "affiliate_product_id",
        "content_type",
        "category_asset_cipher",
    ),
)

GET_CREATOR_SAMPLE_STATUS: Operation[AffiliatePartnerGetAffiliateCampaignCreatorProductSampleStatusResponse] = (
    Operation(
        id="AffiliatePartnerGetAffiliateCampaignCreatorProductSampleStatus",
        module="affiliate_partner",
        name="get_creator_sample_status",
        method="GET",
        path="/affiliate_partner/202508/campaigns/{campaign_id}/products/{product_id}/creator/{creator_temp_id}/content/statistics/sample/status",
        version="202508",
        summary="Get creator sample status",
        response_model=AffiliatePartnerGetAffiliateCampaignCreatorProductSampleStatusResponse,
        shop_scoped=False,
        retry_safe=True,
        query_model=AffiliatePartnerGetAffiliateCampaignCreatorProductSampleStatusQuery,
        path_params=(
            "campaign_id",
            "product_id",
            "creator_temp_id",
        ),
        query_params=("category_asset_cipher",),
    )
)

PUBLISH_CAMPAIGN: Operation[AffiliatePartnerPublishAffiliatePartnerCampaignResponse] = Operation(
    id="AffiliatePartnerPublishAffiliatePartnerCampaign",
    module="affiliate_partner",
    name="publish_campaign",
    method="POST",
    path="/affiliate_partner/202405/campaigns/{campaign_id}/publish",
    version="202405",
    summary="Publish partner campaign",
    response_model=AffiliatePartnerPublishAffiliatePartnerCampaignResponse,
    shop_scoped=False,
    retry_safe=False,
    query_model=AffiliatePartnerPublishAffiliatePartnerCampaignQuery,
    path_params=("campaign_id",),
    query_params=("category_asset_cipher",),
)

REVIEW_CAMPAIGN_PRODUCT: Operation[AffiliatePartnerReviewAffiliatePartnerCampaignProductResponse] = Operation(
    id="AffiliatePartnerReviewAffiliatePartnerCampaignProduct",
    module="affiliate_partner",
    name="review_campaign_product",
    method="POST",
    path="/affiliate_partner/202405/campaigns/{campaign_id}/products/{product_id}/review",
    version="202405",
    summary="Review campaign product",
    response_model=AffiliatePartnerReviewAffiliatePartnerCampaignProductResponse,
    shop_scoped=False,
    retry_safe=False,
    query_model=AffiliatePartnerReviewAffiliatePartnerCampaignProductQuery,
    body_model=AffiliatePartnerReviewAffiliatePartnerCampaignProductRequest,
    path_params=(
        "campaign_id",
        "product_id",
    ),
    query_params=("category_asset_cipher",),
    body_fields=(
        "review_result",
        "reject_reasons",
    ),
)

SEARCH_CAP_ORDERS: Operation[AffiliatePartnerSearchCAPAffiliateOrdersResponse] = Operation(
    id="AffiliatePartnerSearchCAPAffiliateOrders",
    module="affiliate_partner",
    name="search_cap_orders",
    method="POST",
    path="/affiliate_partner/202603/cap_order/search",
    version="202603",
    summary="Search CAP affiliate orders",
    response_model=AffiliatePartnerSearchCAPAffiliateOrdersResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliatePartnerSearchCAPAffiliateOrdersQuery,
    body_model=AffiliatePartnerSearchCAPAffiliateOrdersRequest,
    query_params=(
        "page_size",
        "page_token",
        "category_asset_cipher",
    ),
    body_fields=(
        "order_id",
        "product_id",
        "settle_status",
        "create_time_ge",
        "create_time_lt",
    ),
    pagination=Pagination(items="sku_orders", token_in="query"),
)

SEARCH_TAP_ORDERS: Operation[AffiliatePartnerSearchTAPAffiliateOrdersResponse] = Operation(
    id="AffiliatePartnerSearchTAPAffiliateOrders",
    module="affiliate_partner",
    name="search_tap_orders",
    method="POST",
    path="/affiliate_partner/202603/orders/search",
    version="202603",
    summary="Search TAP affiliate orders",
    response_model=AffiliatePartnerSearchTAPAffiliateOrdersResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliatePartnerSearchTAPAffiliateOrdersQuery,
    body_model=AffiliatePartnerSearchTAPAffiliateOrdersRequest,
    query_params=(
        "page_size",
        "page_token",
        "category_asset_cipher",
    ),
    body_fields=(
        "create_time_ge",
        "create_time_lt",
        "campaign_id",
    ),
    pagination=Pagination(items="sku_orders", token_in="query"),
)
