"""Operation descriptors of the `affiliate_seller` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation, Pagination

from .models import (
    AffiliateSellerCreateOpenCollaborationRequest,
    AffiliateSellerCreateOpenCollaborationResponse,
    AffiliateSellerEditOpenCollaborationSampleRuleRequest,
    AffiliateSellerEditOpenCollaborationSampleRuleResponse,
    AffiliateSellerEditOpenCollaborationSettingsRequest,
    AffiliateSellerEditOpenCollaborationSettingsResponse,
    AffiliateSellerGenerateAffiliateProductPromotionLinkQuery,
    AffiliateSellerGenerateAffiliateProductPromotionLinkResponse,
    AffiliateSellerGetOpenCollaborationCreatorContentDetailsQuery,
    AffiliateSellerGetOpenCollaborationCreatorContentDetailsResponse,
    AffiliateSellerGetOpenCollaborationSampleRulesQuery,
    AffiliateSellerGetOpenCollaborationSampleRulesResponse,
    AffiliateSellerGetOpenCollaborationSettingsResponse,
    AffiliateSellerRemoveCreatorFromOpenCollaborationProductQuery,
    AffiliateSellerRemoveCreatorFromOpenCollaborationProductRequest,
    AffiliateSellerRemoveCreatorFromOpenCollaborationProductResponse,
    AffiliateSellerRemoveOpenCollaborationQuery,
    AffiliateSellerRemoveOpenCollaborationResponse,
    AffiliateSellerReviewASampleApplicationQuery,
    AffiliateSellerReviewASampleApplicationRequest,
    AffiliateSellerReviewASampleApplicationResponse,
    AffiliateSellerSearchOpenCollaborationsQuery,
    AffiliateSellerSearchOpenCollaborationsRequest,
    AffiliateSellerSearchOpenCollaborationsResponse,
    AffiliateSellerSearchSampleApplicationFulfillmentsQuery,
    AffiliateSellerSearchSampleApplicationFulfillmentsRequest,
    AffiliateSellerSearchSampleApplicationFulfillmentsResponse,
    AffiliateSellerSearchSampleApplicationsQuery,
    AffiliateSellerSearchSampleApplicationsRequest,
    AffiliateSellerSearchSampleApplicationsResponse,
    AffiliateSellerSellerGetSampleRequestDeeplinkQuery,
    AffiliateSellerSellerGetSampleRequestDeeplinkResponse,
    AffiliateSellerSellerSearchOpenCollaborationProductsQuery,
    AffiliateSellerSellerSearchOpenCollaborationProductsRequest,
    AffiliateSellerSellerSearchOpenCollaborationProductsResponse,
)

CREATE_OPEN_COLLABORATION: Operation[AffiliateSellerCreateOpenCollaborationResponse] = Operation(
    id="AffiliateSellerCreateOpenCollaboration",
    module="affiliate_seller",
    name="create_open_collaboration",
    method="POST",
    path="/affiliate_seller/202412/open_collaborations",
    version="202412",
    summary="Create open collaboration",
    response_model=AffiliateSellerCreateOpenCollaborationResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=AffiliateSellerCreateOpenCollaborationRequest,
    body_fields=(
        "product_id",
        "commission_rate",
    ),
)

EDIT_OPEN_COLLABORATION_SAMPLE_RULE: Operation[AffiliateSellerEditOpenCollaborationSampleRuleResponse] = Operation(
    id="AffiliateSellerEditOpenCollaborationSampleRule",
    module="affiliate_seller",
    name="edit_open_collaboration_sample_rule",
    method="POST",
    path="/affiliate_seller/202410/open_collaborations/sample_rules",
    version="202410",
    summary="Edit open collaboration sample rule",
    response_model=AffiliateSellerEditOpenCollaborationSampleRuleResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=AffiliateSellerEditOpenCollaborationSampleRuleRequest,
    body_fields=(
        "product_id",
        "sample_rule",
    ),
)

EDIT_OPEN_COLLABORATION_SETTINGS: Operation[AffiliateSellerEditOpenCollaborationSettingsResponse] = Operation(
    id="AffiliateSellerEditOpenCollaborationSettings",
    module="affiliate_seller",
    name="edit_open_collaboration_settings",
    method="POST",
    path="/affiliate_seller/202405/open_collaboration_settings",
    version="202405",
    summary="Edit open collaboration settings",
    response_model=AffiliateSellerEditOpenCollaborationSettingsResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=AffiliateSellerEditOpenCollaborationSettingsRequest,
    body_fields=("auto_add_product",),
)

GENERATE_AFFILIATE_PRODUCT_PROMOTION_LINK: Operation[AffiliateSellerGenerateAffiliateProductPromotionLinkResponse] = (
    Operation(
        id="AffiliateSellerGenerateAffiliateProductPromotionLink",
        module="affiliate_seller",
        name="generate_affiliate_product_promotion_link",
        method="POST",
        path="/affiliate_seller/202405/products/{product_id}/promotion_link/generate",
        version="202405",
        summary="Generate affiliate product promotion link",
        response_model=AffiliateSellerGenerateAffiliateProductPromotionLinkResponse,
        shop_scoped=True,
        retry_safe=False,
        query_model=AffiliateSellerGenerateAffiliateProductPromotionLinkQuery,
        path_params=("product_id",),
    )
)

GET_OPEN_COLLABORATION_CREATOR_CONTENT: Operation[AffiliateSellerGetOpenCollaborationCreatorContentDetailsResponse] = (
    Operation(
        id="AffiliateSellerGetOpenCollaborationCreatorContentDetails",
        module="affiliate_seller",
        name="get_open_collaboration_creator_content",
        method="GET",
        path="/affiliate_seller/202508/open_collaborations/creator_content_details",
        version="202508",
        summary="Get open collaboration creator content details",
        response_model=AffiliateSellerGetOpenCollaborationCreatorContentDetailsResponse,
        shop_scoped=True,
        retry_safe=True,
        query_model=AffiliateSellerGetOpenCollaborationCreatorContentDetailsQuery,
        query_params=(
            "page_size",
            "page_token",
            "product_id",
        ),
        pagination=Pagination(items="creator_content_details", token_in="query"),
    )
)

GET_OPEN_COLLABORATION_SAMPLE_RULES: Operation[AffiliateSellerGetOpenCollaborationSampleRulesResponse] = Operation(
    id="AffiliateSellerGetOpenCollaborationSampleRules",
    module="affiliate_seller",
    name="get_open_collaboration_sample_rules",
    method="GET",
    path="/affiliate_seller/202410/open_collaborations/sample_rules",
    version="202410",
    summary="Get open collaboration sample rules",
    response_model=AffiliateSellerGetOpenCollaborationSampleRulesResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=AffiliateSellerGetOpenCollaborationSampleRulesQuery,
    query_params=("product_ids",),
)

GET_OPEN_COLLABORATION_SETTINGS: Operation[AffiliateSellerGetOpenCollaborationSettingsResponse] = Operation(
    id="AffiliateSellerGetOpenCollaborationSettings",
    module="affiliate_seller",
    name="get_open_collaboration_settings",
    method="GET",
    path="/affiliate_seller/202409/open_collaboration_settings",
    version="202409",
    summary="Get open collaboration settings",
    response_model=AffiliateSellerGetOpenCollaborationSettingsResponse,
    shop_scoped=True,
    retry_safe=True,
)

GET_SAMPLE_REQUEST_DEEPLINK: Operation[AffiliateSellerSellerGetSampleRequestDeeplinkResponse] = Operation(
    id="AffiliateSellerSellerGetSampleRequestDeeplink",
    module="affiliate_seller",
    name="get_sample_request_deeplink",
    method="GET",
    path="/affiliate_seller/202512/sample_applications/deeplink",
    version="202512",
    summary="Get sample request deeplink",
    response_model=AffiliateSellerSellerGetSampleRequestDeeplinkResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=AffiliateSellerSellerGetSampleRequestDeeplinkQuery,
    query_params=(
        "product_id",
        "sku_id",
        "campaign_id",
        "collaboration_id",
        "valid_days",
    ),
)

REMOVE_OPEN_COLLABORATION: Operation[AffiliateSellerRemoveOpenCollaborationResponse] = Operation(
    id="AffiliateSellerRemoveOpenCollaboration",
    module="affiliate_seller",
    name="remove_open_collaboration",
    method="DELETE",
    path="/affiliate_seller/202409/open_collaborations/products/{product_id}",
    version="202409",
    summary="Remove open collaboration",
    response_model=AffiliateSellerRemoveOpenCollaborationResponse,
    shop_scoped=True,
    retry_safe=False,
    query_model=AffiliateSellerRemoveOpenCollaborationQuery,
    path_params=("product_id",),
)

REMOVE_OPEN_COLLABORATION_CREATOR: Operation[AffiliateSellerRemoveCreatorFromOpenCollaborationProductResponse] = (
    Operation(
        id="AffiliateSellerRemoveCreatorFromOpenCollaborationProduct",
        module="affiliate_seller",
        name="remove_open_collaboration_creator",
        method="POST",
        path="/affiliate_seller/202508/open_collaborations/{open_collaboration_id}/remove_creator",
        version="202508",
        summary="Remove creator from open collaboration product",
        response_model=AffiliateSellerRemoveCreatorFromOpenCollaborationProductResponse,
        shop_scoped=True,
        retry_safe=False,
        query_model=AffiliateSellerRemoveCreatorFromOpenCollaborationProductQuery,
        body_model=AffiliateSellerRemoveCreatorFromOpenCollaborationProductRequest,
        path_params=("open_collaboration_id",),
        body_fields=(
            "creator_user_open_id",
            "product_id",
        ),
    )
)

REVIEW_SAMPLE_APPLICATION: Operation[AffiliateSellerReviewASampleApplicationResponse] = Operation(
    id="AffiliateSellerReviewASampleApplication",
    module="affiliate_seller",
    name="review_sample_application",
    method="POST",
    path="/affiliate_seller/202507/sample_applications/{application_id}/review",
    version="202507",
    summary="Review a sample application",
    response_model=AffiliateSellerReviewASampleApplicationResponse,
    shop_scoped=True,
    retry_safe=False,
    query_model=AffiliateSellerReviewASampleApplicationQuery,
    body_model=AffiliateSellerReviewASampleApplicationRequest,
    path_params=("application_id",),
    body_fields=(
        "review_result",
        "reject_reason",
    ),
)

SEARCH_OPEN_COLLABORATION_PRODUCTS: Operation[AffiliateSellerSellerSearchOpenCollaborationProductsResponse] = Operation(
    id="AffiliateSellerSellerSearchOpenCollaborationProducts",
    module="affiliate_seller",
    name="search_open_collaboration_products",
    method="POST",
    path="/affiliate_seller/202405/open_collaborations/products/search",
    version="202405",
    summary="Search open collaboration products",
    response_model=AffiliateSellerSellerSearchOpenCollaborationProductsResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=AffiliateSellerSellerSearchOpenCollaborationProductsQuery,
    body_model=AffiliateSellerSellerSearchOpenCollaborationProductsRequest,
    query_params=(
        "page_size",
        "page_token",
        "sort_order",
        "sort_field",
    ),
    body_fields=(
        "title_keywords",
        "sales_price_range",
        "category",
        "commission_rate_range",
    ),
    pagination=Pagination(items="products", token_in="query"),
)

SEARCH_OPEN_COLLABORATIONS: Operation[AffiliateSellerSearchOpenCollaborationsResponse] = Operation(
    id="AffiliateSellerSearchOpenCollaborations",
    module="affiliate_seller",
    name="search_open_collaborations",
    method="POST",
    path="/affiliate_seller/202412/open_collaborations/search",
    version="202412",
    summary="Search open collaborations",
    response_model=AffiliateSellerSearchOpenCollaborationsResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=AffiliateSellerSearchOpenCollaborationsQuery,
    body_model=AffiliateSellerSearchOpenCollaborationsRequest,
    query_params=(
        "page_size",
        "page_token",
        "sort_order",
        "sort_field",
    ),
    body_fields=(
        "keyword_type",
        "keyword",
        "top_level_category_id",
    ),
    pagination=Pagination(items="open_collaborations", token_in="query"),
)

SEARCH_SAMPLE_APPLICATION_FULFILLMENTS: Operation[AffiliateSellerSearchSampleApplicationFulfillmentsResponse] = (
    Operation(
        id="AffiliateSellerSearchSampleApplicationFulfillments",
        module="affiliate_seller",
        name="search_sample_application_fulfillments",
        method="POST",
        path="/affiliate_seller/202409/sample_applications/{application_id}/fulfillments/search",
        version="202409",
        summary="Search sample application fulfillments",
        response_model=AffiliateSellerSearchSampleApplicationFulfillmentsResponse,
        shop_scoped=True,
        retry_safe=True,
        query_model=AffiliateSellerSearchSampleApplicationFulfillmentsQuery,
        body_model=AffiliateSellerSearchSampleApplicationFulfillmentsRequest,
        path_params=("application_id",),
        body_fields=("content_format",),
    )
)

SEARCH_SAMPLE_APPLICATIONS: Operation[AffiliateSellerSearchSampleApplicationsResponse] = Operation(
    id="AffiliateSellerSearchSampleApplications",
    module="affiliate_seller",
    name="search_sample_applications",
    method="POST",
    path="/affiliate_seller/202508/sample_applications/search",
    version="202508",
    summary="Search sample applications",
    response_model=AffiliateSellerSearchSampleApplicationsResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=AffiliateSellerSearchSampleApplicationsQuery,
    body_model=AffiliateSellerSearchSampleApplicationsRequest,
    query_params=(
        "page_size",
        "page_token",
    ),
    body_fields=(
        "product_id",
        "title",
        "creator_user_oepn_id",
        "username",
        "target_collabration_id",
        "order_id",
        "status",
    ),
    pagination=Pagination(items="sample_applications", token_in="query"),
)
