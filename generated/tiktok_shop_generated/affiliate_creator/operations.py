"""Operation descriptors of the `affiliate_creator` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation, Pagination

from .models import (
    AffiliateCreatorAddShowcaseProductsRequest,
    AffiliateCreatorAddShowcaseProductsResponse,
    AffiliateCreatorCheckCreatorSampleEligibilityQuery,
    AffiliateCreatorCheckCreatorSampleEligibilityResponse,
    AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsQuery,
    AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsRequest,
    AffiliateCreatorCreatorSearchSampleApplicationFulfillmentsResponse,
    AffiliateCreatorGetCreatorProfileResponse,
    AffiliateCreatorGetCreatorSampleApplicationDetailRequest,
    AffiliateCreatorGetCreatorSampleApplicationDetailResponse,
    AffiliateCreatorGetOpenCollaborationProductListByProductIdsQuery,
    AffiliateCreatorGetOpenCollaborationProductListByProductIdsResponse,
    AffiliateCreatorGetShopProductsQuery,
    AffiliateCreatorGetShopProductsResponse,
    AffiliateCreatorGetShowcaseProductsQuery,
    AffiliateCreatorGetShowcaseProductsResponse,
    AffiliateCreatorMoveShowcaseProductsToTheTopRequest,
    AffiliateCreatorMoveShowcaseProductsToTheTopResponse,
    AffiliateCreatorRemoveShowcaseProductsRequest,
    AffiliateCreatorRemoveShowcaseProductsResponse,
    AffiliateCreatorSearchCreatorSampleApplicationsQuery,
    AffiliateCreatorSearchCreatorSampleApplicationsRequest,
    AffiliateCreatorSearchCreatorSampleApplicationsResponse,
    AffiliateCreatorSearchCreatorTargetCollaborationsQuery,
    AffiliateCreatorSearchCreatorTargetCollaborationsRequest,
    AffiliateCreatorSearchCreatorTargetCollaborationsResponse,
    AffiliateCreatorSearchOpenCollaborationProductsQuery,
    AffiliateCreatorSearchOpenCollaborationProductsRequest,
    AffiliateCreatorSearchOpenCollaborationProductsResponse,
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
