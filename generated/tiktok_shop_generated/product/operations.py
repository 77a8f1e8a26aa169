"""Operation descriptors of the `product` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation, Pagination

from .models import (
    ProductCreateBrandRequest,
    ProductCreateBrandResponse,
    ProductGetBrandsQuery,
    ProductGetBrandsResponse,
    ProductGetCategoriesQuery,
    ProductGetCategoriesResponse,
    ProductGetCategoryAttributesQuery,
    ProductGetCategoryAttributesResponse,
    ProductGetCategoryRulesQuery,
    ProductGetCategoryRulesResponse,
    ProductGetGlobalCategoriesQuery,
    ProductGetGlobalCategoriesResponse,
    ProductGetGlobalCategoryAttributesQuery,
    ProductGetGlobalCategoryAttributesResponse,
    ProductGetGlobalCategoryRulesQuery,
    ProductGetGlobalCategoryRulesResponse,
    ProductRecommendCategoriesRequest,
    ProductRecommendCategoriesResponse,
    ProductRecommendGlobalCategoriesRequest,
    ProductRecommendGlobalCategoriesResponse,
)

CREATE_CUSTOM_BRAND: Operation[ProductCreateBrandResponse] = Operation(
    id="ProductCreateBrand",
    module="product",
    name="create_custom_brand",
    method="POST",
    path="/product/202309/brands",
    version="202309",
    summary="Create a custom brand",
    response_model=ProductCreateBrandResponse,
    shop_scoped=False,
    retry_safe=False,
    body_model=ProductCreateBrandRequest,
    body_fields=("name",),
)

GET_BRANDS: Operation[ProductGetBrandsResponse] = Operation(
    id="ProductGetBrands",
    module="product",
    name="get_brands",
    method="GET",
    path="/product/202309/brands",
    version="202309",
    summary="Get brands",
    response_model=ProductGetBrandsResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=ProductGetBrandsQuery,
    query_params=(
        "page_size",
        "page_token",
        "category_id",
        "is_authorized",
        "brand_name",
        "category_version",
    ),
    pagination=Pagination(items="brands", token_in="query"),
)

GET_CATEGORIES: Operation[ProductGetCategoriesResponse] = Operation(
    id="ProductGetCategories",
    module="product",
    name="get_categories",
    method="GET",
    path="/product/202309/categories",
    version="202309",
    summary="Get categories",
    response_model=ProductGetCategoriesResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=ProductGetCategoriesQuery,
    query_params=(
        "locale",
        "keyword",
        "category_version",
        "listing_platform",
        "include_prohibited_categories",
        "is_live_quick",
    ),
)

GET_CATEGORY_ATTRIBUTES: Operation[ProductGetCategoryAttributesResponse] = Operation(
    id="ProductGetCategoryAttributes",
    module="product",
    name="get_category_attributes",
    method="GET",
    path="/product/202309/categories/{category_id}/attributes",
    version="202309",
    summary="Get category attributes",
    response_model=ProductGetCategoryAttributesResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=ProductGetCategoryAttributesQuery,
    path_params=("category_id",),
    query_params=(
        "locale",
        "category_version",
        "is_live_quick",
    ),
)

GET_CATEGORY_RULES: Operation[ProductGetCategoryRulesResponse] = Operation(
    id="ProductGetCategoryRules",
    module="product",
    name="get_category_rules",
    method="GET",
    path="/product/202309/categories/{category_id}/rules",
    version="202309",
    summary="Get category rules",
    response_model=ProductGetCategoryRulesResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=ProductGetCategoryRulesQuery,
    path_params=("category_id",),
    query_params=(
        "category_version",
        "locale",
    ),
)

GET_GLOBAL_CATEGORIES: Operation[ProductGetGlobalCategoriesResponse] = Operation(
    id="ProductGetGlobalCategories",
    module="product",
    name="get_global_categories",
    method="GET",
    path="/product/202309/global_categories",
    version="202309",
    summary="Get global categories",
    response_model=ProductGetGlobalCategoriesResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=ProductGetGlobalCategoriesQuery,
    query_params=(
        "locale",
        "keyword",
        "category_version",
    ),
)

GET_GLOBAL_CATEGORY_ATTRIBUTES: Operation[ProductGetGlobalCategoryAttributesResponse] = Operation(
    id="ProductGetGlobalCategoryAttributes",
    module="product",
    name="get_global_category_attributes",
    method="GET",
    path="/product/202309/categories/{category_id}/global_attributes",
    version="202309",
    summary="Get global category attributes",
    response_model=ProductGetGlobalCategoryAttributesResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=ProductGetGlobalCategoryAttributesQuery,
    path_params=("category_id",),
    query_params=(
        "locale",
        "category_version",
    ),
)

GET_GLOBAL_CATEGORY_RULES: Operation[ProductGetGlobalCategoryRulesResponse] = Operation(
    id="ProductGetGlobalCategoryRules",
    module="product",
    name="get_global_category_rules",
    method="GET",
    path="/product/202309/categories/{category_id}/global_rules",
    version="202309",
    summary="Get global category rules",
    response_model=ProductGetGlobalCategoryRulesResponse,
    shop_scoped=False,
    retry_safe=True,
    query_model=ProductGetGlobalCategoryRulesQuery,
    path_params=("category_id",),
    query_params=(
        "category_version",
        "locale",
    ),
)

RECOMMEND_CATEGORIES: Operation[ProductRecommendCategoriesResponse] = Operation(
    id="ProductRecommendCategories",
    module="product",
    name="recommend_categories",
    method="POST",
    path="/product/202309/categories/recommend",
    version="202309",
    summary="Recommend a category",
    response_model=ProductRecommendCategoriesResponse,
    shop_scoped=True,
    retry_safe=True,
    body_model=ProductRecommendCategoriesRequest,
    body_fields=(
        "product_title",
        "category_version",
        "description",
        "images",
        "include_prohibited_categories",
        "listing_platform",
        "locale",
        "origin_platform_product_type",
        "origin_platform_vendor",
        "origin_platform_tags",
        "origin_platform_category",
        "origin_platform_product_meta_data",
        "is_live_quick",
    ),
)

RECOMMEND_GLOBAL_CATEGORIES: Operation[ProductRecommendGlobalCategoriesResponse] = Operation(
    id="ProductRecommendGlobalCategories",
    module="product",
    name="recommend_global_categories",
    method="POST",
    path="/product/202309/global_categories/recommend",
    version="202309",
    summary="Recommend a global category",
    response_model=ProductRecommendGlobalCategoriesResponse,
    shop_scoped=False,
    retry_safe=True,
    body_model=ProductRecommendGlobalCategoriesRequest,
    body_fields=(
        "product_title",
        "description",
        "images",
        "category_version",
    ),
)
