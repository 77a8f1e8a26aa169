"""Operation descriptors of the `affiliate_creator` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation, Pagination

from .models import (
    AffiliateCreatorAddShowcaseProductsRequest,
    AffiliateCreatorAddShowcaseProductsResponse,
    AffiliateCreatorCheckCreatorSampleEligibilityQuery,
    AffiliateCreatorCheckCreatorSampleEligibilityResponse,
    AffiliateCreatorCreateVideoPrecheckTaskRequest,
    AffiliateCreatorCreateVideoPrecheckTaskResponse,
    AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsQuery,
    AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsRequest,
    AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsResponse,
    AffiliateCreatorGenerateGeneralSharingLinksRequest,
    AffiliateCreatorGenerateGeneralSharingLinksResponse,
    AffiliateCreatorGeneratePublisherSharingLinksInBatchQuery,
    AffiliateCreatorGeneratePublisherSharingLinksInBatchRequest,
    AffiliateCreatorGeneratePublisherSharingLinksInBatchResponse,
    AffiliateCreatorGetCreatorProfileResponse,
    AffiliateCreatorGetCreatorSampleApplicationDetailRequest,
    AffiliateCreatorGetCreatorSampleApplicationDetailResponse,
    AffiliateCreatorGetOpenCollaborationProductListByProductIdsQuery,
    AffiliateCreatorGetOpenCollaborationProductListByProductIdsResponse,
    AffiliateCreatorGetShoppableVideoPrecheckResultQuery,
    AffiliateCreatorGetShoppableVideoPrecheckResultResponse,
    AffiliateCreatorGetShoppableVideoStatusQuery,
    AffiliateCreatorGetShoppableVideoStatusResponse,
    AffiliateCreatorGetShopProductsQuery,
    AffiliateCreatorGetShopProductsResponse,
    AffiliateCreatorGetShowcaseProductsQuery,
    AffiliateCreatorGetShowcaseProductsResponse,
    AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappings202606Query,
    AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappings202606Response,
    AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappingsRequest,
    AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappingsResponse,
    AffiliateCreatorMoveShowcaseProductsToTheTopRequest,
    AffiliateCreatorMoveShowcaseProductsToTheTopResponse,
    AffiliateCreatorPostShoppablePhotosRequest,
    AffiliateCreatorPostShoppablePhotosResponse,
    AffiliateCreatorPostShoppableVideoRequest,
    AffiliateCreatorPostShoppableVideoResponse,
    AffiliateCreatorRemoveShowcaseProductsRequest,
    AffiliateCreatorRemoveShowcaseProductsResponse,
    AffiliateCreatorSearchAffiliateOrdersByCreatorQuery,
    AffiliateCreatorSearchAffiliateOrdersByCreatorRequest,
    AffiliateCreatorSearchAffiliateOrdersByCreatorResponse,
    AffiliateCreatorSearchCreatorAffiliateOrdersQuery,
    AffiliateCreatorSearchCreatorAffiliateOrdersRequest,
    AffiliateCreatorSearchCreatorAffiliateOrdersResponse,
    AffiliateCreatorSearchCreatorSampleApplicationsQuery,
    AffiliateCreatorSearchCreatorSampleApplicationsRequest,
    AffiliateCreatorSearchCreatorSampleApplicationsResponse,
    AffiliateCreatorSearchCreatorTargetCollaborationsQuery,
    AffiliateCreatorSearchCreatorTargetCollaborationsRequest,
    AffiliateCreatorSearchCreatorTargetCollaborationsResponse,
    AffiliateCreatorSearchOpenCollaborationProductsQuery,
    AffiliateCreatorSearchOpenCollaborationProductsRequest,
    AffiliateCreatorSearchOpenCollaborationProductsResponse,
    AffiliateCreatorUploadShoppablePhotoFileRequest,
    AffiliateCreatorUploadShoppablePhotoFileResponse,
    AffiliateCreatorUploadShoppableVideoFileRequest,
    AffiliateCreatorUploadShoppableVideoFileResponse,
)

ADD_SHOWCASE_PRODUCTS: Operation[AffiliateCreatorAddShowcaseProductsResponse] = Operation(
    id="AffiliateCreatorAddShowcaseProducts",
    module="affiliate_creator",
    name="add_showcase_products",
    method="POST",
    path="/affiliate_creator/202405/showcases/products/add",
    version="202405",
    summary="Add showcase products",
    response_model=AffiliateCreatorAddShowcaseProductsResponse,
    shop_scoped=False,
    retry_safe=False,
    body_model=AffiliateCreatorAddShowcaseProductsRequest,
    body_fields=(
        "add_type",
        "product_ids",
        "product_link",
    ),
)

CHECK_SAMPLE_ELIGIBILITY: Operation[AffiliateCreatorCheckCreatorSampleEligibilityResponse] = Operation(
    id="AffiliateCreatorCheckCreatorSampleEligibility",
    module="affiliate_creator",
    name="check_sample_eligibility",
    method="GET",
    path="/affiliate_creator/202412/samples/labels",
    version="202412",
    summary="Check sample eligibility",
    response_model=AffiliateCreatorCheckCreatorSampleEligibilityResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliateCreatorCheckCreatorSampleEligibilityQuery,
    query_params=("product_id",),
)

CREATE_VIDEO_PRECHECK_TASK: Operation[AffiliateCreatorCreateVideoPrecheckTaskResponse] = Operation(
    id="AffiliateCreatorCreateVideoPrecheckTask",
    module="affiliate_creator",
    name="create_video_precheck_task",
    method="POST",
    path="/affiliate_creator/202511/videos/precheck_task",
    version="202511",
    summary="Create video precheck task",
    response_model=AffiliateCreatorCreateVideoPrecheckTaskResponse,
    shop_scoped=False,
    retry_safe=False,
    body_model=AffiliateCreatorCreateVideoPrecheckTaskRequest,
    body_fields=(
        "video_info",
        "product_link_info",
    ),
)

GENERATE_GENERAL_SHARING_LINKS: Operation[AffiliateCreatorGenerateGeneralSharingLinksResponse] = Operation(
    id="AffiliateCreatorGenerateGeneralSharingLinks",
    module="affiliate_creator",
    name="generate_general_sharing_links",
    method="POST",
    path="/affiliate_creator/202505/affiliate_sharing_links/general_publishers/generate_batch",
    version="202505",
    summary="Generate general sharing links",
    response_model=AffiliateCreatorGenerateGeneralSharingLinksResponse,
    shop_scoped=False,
    retry_safe=False,
    body_model=AffiliateCreatorGenerateGeneralSharingLinksRequest,
    body_fields=(
        "material",
        "campaign_id",
        "link_type",
    ),
)

GENERATE_PUBLISHER_SHARING_LINKS: Operation[AffiliateCreatorGeneratePublisherSharingLinksInBatchResponse] = Operation(
    id="AffiliateCreatorGeneratePublisherSharingLinksInBatch",
    module="affiliate_creator",
    name="generate_publisher_sharing_links",
    method="POST",
    path="/affiliate_creator/202504/affiliate_sharing_links/publisher/{publisher_id}/generate_batch",
    version="202504",
    summary="Generate publisher sharing links",
    response_model=AffiliateCreatorGeneratePublisherSharingLinksInBatchResponse,
    shop_scoped=False,
    retry_safe=False,
    query_model=AffiliateCreatorGeneratePublisherSharingLinksInBatchQuery,
    body_model=AffiliateCreatorGeneratePublisherSharingLinksInBatchRequest,
    path_params=("publisher_id",),
    body_fields=(
        "material",
        "campaign_id",
        "link_type",
    ),
)

GET_CREATOR_PROFILE: Operation[AffiliateCreatorGetCreatorProfileResponse] = Operation(
    id="AffiliateCreatorGetCreatorProfile",
    module="affiliate_creator",
    name="get_creator_profile",
    method="GET",
    path="/affiliate_creator/202508/profiles",
    version="202508",
    summary="Get creator profile",
    response_model=AffiliateCreatorGetCreatorProfileResponse,
    shop_scoped=False,
    retry_safe=True,
)

GET_OPEN_COLLABORATION_PRODUCTS_BY_IDS: Operation[
    AffiliateCreatorGetOpenCollaborationProductListByProductIdsResponse
] = Operation(
    id="AffiliateCreatorGetOpenCollaborationProductListByProductIds",
    module="affiliate_creator",
    name="get_open_collaboration_products_by_ids",
    method="POST",
    path="/affiliate_creator/202509/open_collaborations/products",
    version="202509",
    summary="Get open collaboration products by ids",
    response_model=AffiliateCreatorGetOpenCollaborationProductListByProductIdsResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliateCreatorGetOpenCollaborationProductListByProductIdsQuery,
    query_params=("product_ids",),
)

GET_SAMPLE_APPLICATION_DETAIL: Operation[AffiliateCreatorGetCreatorSampleApplicationDetailResponse] = Operation(
    id="AffiliateCreatorGetCreatorSampleApplicationDetail",
    module="affiliate_creator",
    name="get_sample_application_detail",
    method="POST",
    path="/affiliate_creator/202412/sample_applications/single_query",
    version="202412",
    summary="Get sample application detail",
    response_model=AffiliateCreatorGetCreatorSampleApplicationDetailResponse,
    shop_scoped=False,
    retry_safe=True,
    body_model=AffiliateCreatorGetCreatorSampleApplicationDetailRequest,
    body_fields=(
        "product_id",
        "application_type",
        "application_id",
        "main_order_id",
    ),
)

GET_SHOP_PRODUCTS: Operation[AffiliateCreatorGetShopProductsResponse] = Operation(
    id="AffiliateCreatorGetShopProducts",
    module="affiliate_creator",
    name="get_shop_products",
    method="GET",
    path="/affiliate_creator/202509/shop_products",
    version="202509",
    summary="Get shop products",
    response_model=AffiliateCreatorGetShopProductsResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliateCreatorGetShopProductsQuery,
    query_params=(
        "title_keyword",
        "sort_field",
        "sort_order",
        "page_size",
        "page_token",
    ),
    pagination=Pagination(items="products", token_in="query"),
)

GET_SHOWCASE_PRODUCTS: Operation[AffiliateCreatorGetShowcaseProductsResponse] = Operation(
    id="AffiliateCreatorGetShowcaseProducts",
    module="affiliate_creator",
    name="get_showcase_products",
    method="GET",
    path="/affiliate_creator/202405/showcases/products",
    version="202405",
    summary="Get showcase products",
    response_model=AffiliateCreatorGetShowcaseProductsResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliateCreatorGetShowcaseProductsQuery,
    query_params=(
        "page_size",
        "page_token",
        "origin",
    ),
    pagination=Pagination(items="products", token_in="query"),
)

GET_VIDEO_PRECHECK_RESULT: Operation[AffiliateCreatorGetShoppableVideoPrecheckResultResponse] = Operation(
    id="AffiliateCreatorGetShoppableVideoPrecheckResult",
    module="affiliate_creator",
    name="get_video_precheck_result",
    method="GET",
    path="/affiliate_creator/202601/videos/precheck_tasks/{task_id}",
    version="202601",
    summary="Get video precheck result",
    response_model=AffiliateCreatorGetShoppableVideoPrecheckResultResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliateCreatorGetShoppableVideoPrecheckResultQuery,
    path_params=("task_id",),
)

GET_VIDEO_STATUS: Operation[AffiliateCreatorGetShoppableVideoStatusResponse] = Operation(
    id="AffiliateCreatorGetShoppableVideoStatus",
    module="affiliate_creator",
    name="get_video_status",
    method="GET",
    path="/affiliate_creator/202509/videos/{video_id}/status",
    version="202509",
    summary="Get shoppable video status",
    response_model=AffiliateCreatorGetShoppableVideoStatusResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliateCreatorGetShoppableVideoStatusQuery,
    path_params=("video_id",),
)

MAP_TOKOPEDIA_PRODUCT_IDS_202606: Operation[
    AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappings202606Response
] = Operation(
    id="AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappings202606",
    module="affiliate_creator",
    name="map_tokopedia_product_ids",
    method="GET",
    path="/affiliate_creator/202606/toko_product_mappers",
    version="202606",
    summary="Map Tokopedia product ids (GET version)",
    response_model=AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappings202606Response,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappings202606Query,
    query_params=("toko_pids",),
    latest=False,
)

MAP_TOKOPEDIA_PRODUCT_IDS: Operation[AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappingsResponse] = Operation(
    id="AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappings",
    module="affiliate_creator",
    name="map_tokopedia_product_ids",
    method="POST",
    path="/affiliate_creator/202607/map_toko_product",
    version="202607",
    summary="Map Tokopedia product ids",
    response_model=AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappingsResponse,
    shop_scoped=False,
    retry_safe=True,
    body_model=AffiliateCreatorGetTokopediaAndTikTokShopProductIDMappingsRequest,
    body_fields=("toko_pids",),
)

MOVE_SHOWCASE_PRODUCTS_TO_TOP: Operation[AffiliateCreatorMoveShowcaseProductsToTheTopResponse] = Operation(
    id="AffiliateCreatorMoveShowcaseProductsToTheTop",
    module="affiliate_creator",
    name="move_showcase_products_to_top",
    method="POST",
    path="/affiliate_creator/202409/showcases/products/top",
    version="202409",
    summary="Pin showcase products to the top",
    response_model=AffiliateCreatorMoveShowcaseProductsToTheTopResponse,
    shop_scoped=False,
    retry_safe=False,
    body_model=AffiliateCreatorMoveShowcaseProductsToTheTopRequest,
    body_fields=("product_ids",),
)

POST_SHOPPABLE_PHOTOS: Operation[AffiliateCreatorPostShoppablePhotosResponse] = Operation(
    id="AffiliateCreatorPostShoppablePhotos",
    module="affiliate_creator",
    name="post_shoppable_photos",
    method="POST",
    path="/affiliate_creator/202610/photos",
    version="202610",
    summary="Post shoppable photos",
    response_model=AffiliateCreatorPostShoppablePhotosResponse,
    shop_scoped=False,
    retry_safe=False,
    body_model=AffiliateCreatorPostShoppablePhotosRequest,
    body_fields=(
        "photos_info",
        "title",
        "music_id",
        "link_info",
        "is_ai_generated",
    ),
)

POST_SHOPPABLE_VIDEO: Operation[AffiliateCreatorPostShoppableVideoResponse] = Operation(
    id="AffiliateCreatorPostShoppableVideo",
    module="affiliate_creator",
    name="post_shoppable_video",
    method="POST",
    path="/affiliate_creator/202603/videos",
    version="202603",
    summary="Post shoppable video",
    response_model=AffiliateCreatorPostShoppableVideoResponse,
    shop_scoped=False,
    retry_safe=False,
    body_model=AffiliateCreatorPostShoppableVideoRequest,
    body_fields=(
        "video_info",
        "product_link_info",
    ),
)

REMOVE_SHOWCASE_PRODUCTS: Operation[AffiliateCreatorRemoveShowcaseProductsResponse] = Operation(
    id="AffiliateCreatorRemoveShowcaseProducts",
    module="affiliate_creator",
    name="remove_showcase_products",
    method="DELETE",
    path="/affiliate_creator/202409/showcases/products",
    version="202409",
    summary="Remove showcase products",
    response_model=AffiliateCreatorRemoveShowcaseProductsResponse,
    shop_scoped=False,
    retry_safe=False,
    body_model=AffiliateCreatorRemoveShowcaseProductsRequest,
    body_fields=("product_ids",),
)

SEARCH_AFFILIATE_ORDERS: Operation[AffiliateCreatorSearchCreatorAffiliateOrdersResponse] = Operation(
    id="AffiliateCreatorSearchCreatorAffiliateOrders",
    module="affiliate_creator",
    name="search_affiliate_orders",
    method="POST",
    path="/affiliate_creator/202410/orders/search",
    version="202410",
    summary="Search creator affiliate orders",
    response_model=AffiliateCreatorSearchCreatorAffiliateOrdersResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliateCreatorSearchCreatorAffiliateOrdersQuery,
    body_model=AffiliateCreatorSearchCreatorAffiliateOrdersRequest,
    query_params=(
        "page_size",
        "page_token",
    ),
    body_fields=(
        "create_time_ge",
        "create_time_lt",
    ),
    pagination=Pagination(items="orders", token_in="query"),
)

SEARCH_OPEN_COLLABORATION_PRODUCTS: Operation[AffiliateCreatorSearchOpenCollaborationProductsResponse] = Operation(
    id="AffiliateCreatorSearchOpenCollaborationProducts",
    module="affiliate_creator",
    name="search_open_collaboration_products",
    method="POST",
    path="/affiliate_creator/202405/open_collaborations/products/search",
    version="202405",
    summary="Search open collaboration products",
    response_model=AffiliateCreatorSearchOpenCollaborationProductsResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliateCreatorSearchOpenCollaborationProductsQuery,
    body_model=AffiliateCreatorSearchOpenCollaborationProductsRequest,
    query_params=(
        "page_size",
        "page_token",
        "sort_field",
        "sort_order",
    ),
    body_fields=(
        "title_keywords",
        "sales_price_range",
        "category",
        "commission_rate_range",
    ),
    pagination=Pagination(items="products", token_in="query"),
)

SEARCH_SAMPLE_APPLICATION_FULFILLMENTS: Operation[
    AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsResponse
] = Operation(
    id="AffiliateCreatorCreatorSearchSampleApplicationFulfillments",
    module="affiliate_creator",
    name="search_sample_application_fulfillments",
    method="POST",
    path="/affiliate_creator/202409/sample_applications/fulfillments/search",
    version="202409",
    summary="Search sample fulfillments",
    response_model=AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsQuery,
    body_model=AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsRequest,
    query_params=(
        "sort_order",
        "sort_field",
    ),
    body_fields=("fulfillment_statuses",),
)

SEARCH_SAMPLE_APPLICATIONS: Operation[AffiliateCreatorSearchCreatorSampleApplicationsResponse] = Operation(
    id="AffiliateCreatorSearchCreatorSampleApplications",
    module="affiliate_creator",
    name="search_sample_applications",
    method="POST",
    path="/affiliate_creator/202412/sample_applications/search",
    version="202412",
    summary="Search sample applications",
    response_model=AffiliateCreatorSearchCreatorSampleApplicationsResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliateCreatorSearchCreatorSampleApplicationsQuery,
    body_model=AffiliateCreatorSearchCreatorSampleApplicationsRequest,
    query_params=(
        "page_size",
        "page_token",
    ),
    body_fields=("application_statuses",),
    pagination=Pagination(items="sample_applications", token_in="query"),
)

SEARCH_TARGET_COLLABORATIONS: Operation[AffiliateCreatorSearchCreatorTargetCollaborationsResponse] = Operation(
    id="AffiliateCreatorSearchCreatorTargetCollaborations",
    module="affiliate_creator",
    name="search_target_collaborations",
    method="POST",
    path="/affiliate_creator/202405/target_collaborations/search",
    version="202405",
    summary="Search target collaborations",
    response_model=AffiliateCreatorSearchCreatorTargetCollaborationsResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliateCreatorSearchCreatorTargetCollaborationsQuery,
    body_model=AffiliateCreatorSearchCreatorTargetCollaborationsRequest,
    query_params=(
        "page_size",
        "page_token",
    ),
    body_fields=(
        "shop_id",
        "keyword_type",
        "keyword",
    ),
    pagination=Pagination(items="target_collaborations", token_in="query"),
)

SEARCH_TRACED_AFFILIATE_ORDERS: Operation[AffiliateCreatorSearchAffiliateOrdersByCreatorResponse] = Operation(
    id="AffiliateCreatorSearchAffiliateOrdersByCreator",
    module="affiliate_creator",
    name="search_traced_affiliate_orders",
    method="POST",
    path="/affiliate_creator/202505/orders/trace/search",
    version="202505",
    summary="Search affiliate orders with trace",
    response_model=AffiliateCreatorSearchAffiliateOrdersByCreatorResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=AffiliateCreatorSearchAffiliateOrdersByCreatorQuery,
    body_model=AffiliateCreatorSearchAffiliateOrdersByCreatorRequest,
    query_params=(
        "page_size",
        "page_token",
    ),
    body_fields=(
        "time_ge",
        "time_lt",
        "time_type",
    ),
    pagination=Pagination(items="orders", token_in="query"),
)

UPLOAD_PHOTO_FILE: Operation[AffiliateCreatorUploadShoppablePhotoFileResponse] = Operation(
    id="AffiliateCreatorUploadShoppablePhotoFile",
    module="affiliate_creator",
    name="upload_photo_file",
    method="POST",
    path="/affiliate_creator/202511/photos/photo_files",
    version="202511",
    summary="Upload shoppable photo file",
    response_model=AffiliateCreatorUploadShoppablePhotoFileResponse,
    shop_scoped=False,
    retry_safe=False,
    body_model=AffiliateCreatorUploadShoppablePhotoFileRequest,
    body_fields=("data",),
    multipart=True,
)

UPLOAD_VIDEO_FILE: Operation[AffiliateCreatorUploadShoppableVideoFileResponse] = Operation(
    id="AffiliateCreatorUploadShoppableVideoFile",
    module="affiliate_creator",
    name="upload_video_file",
    method="POST",
    path="/affiliate_creator/202505/videos/video_files",
    version="202505",
    summary="Upload shoppable video file",
    response_model=AffiliateCreatorUploadShoppableVideoFileResponse,
    shop_scoped=False,
    retry_safe=False,
    body_model=AffiliateCreatorUploadShoppableVideoFileRequest,
    body_fields=("data",),
    multipart=True,
)
