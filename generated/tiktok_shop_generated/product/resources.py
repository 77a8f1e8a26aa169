"""The `product` resources: sync and async twins, raw-response and version views.

Products and their catalog context (categories, brands, global products, size charts, compliance)."""

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
    ProductBrand,
    ProductCategoryExternalCategory,
    ProductCategoryImageRef,
    ProductCreateBrandResponse,
    ProductGetBrandsResponse,
    ProductGetCategoriesResponse,
    ProductGetCategoryAttributesResponse,
    ProductGetCategoryRulesResponse,
    ProductGetGlobalCategoriesResponse,
    ProductGetGlobalCategoryAttributesResponse,
    ProductGetGlobalCategoryRulesResponse,
    ProductRecommendCategoriesRequestOriginPlatformProductMetaData,
    ProductRecommendCategoriesResponse,
    ProductRecommendGlobalCategoriesResponse,
)


class ProductResource:
    """Products and their catalog context (categories, brands, global products, size charts, compliance)."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def create_custom_brand(
        self,
        *,
        name: str,
    ) -> ProductCreateBrandResponse:
        """Create a custom brand.

        Creates a custom brand usable in every market of the seller. Brand authorization can be obtained
        later in Seller Center's Qualification Center.

        `POST /product/202309/brands`

        Args:
            name: Brand name, 2 to 30 characters, not Chinese, not already existing, no emoticons or special
        fonts, no run of 5 or more digits. It is not translated."""
        return self._client.request(
            ops.CREATE_CUSTOM_BRAND,
            {
                "name": name,
            },
        )

    def get_brands(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        category_id: str | None = None,
        is_authorized: bool | None = None,
        brand_name: str | None = None,
        category_version: str | None = None,
    ) -> ProductGetBrandsResponse:
        """Get brands.

        Lists the brands available to the shop, built-in and custom, optionally filtered by category, name
        or authorization. Use the returned brand id when creating or editing a product.

        `GET /product/202309/brands` (shop-scoped)

        Args:
            page_size: page_size
            page_token: page_token
            category_id: category_id
            is_authorized: is_authorized
            brand_name: brand_name
            category_version: category_version"""
        return self._client.request(
            ops.GET_BRANDS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_id": category_id,
                "is_authorized": is_authorized,
                "brand_name": brand_name,
                "category_version": category_version,
            },
        )

    def iter_get_brands(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        category_id: str | None = None,
        is_authorized: bool | None = None,
        brand_name: str | None = None,
        category_version: str | None = None,
    ) -> SyncPager[ProductBrand, ProductGetBrandsResponse]:
        """Iterate over every item of `get_brands` across pages, fetching each page lazily.

        Iterating yields `brands` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_brands`."""
        return self._client.paginate(
            ops.GET_BRANDS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_id": category_id,
                "is_authorized": is_authorized,
                "brand_name": brand_name,
                "category_version": category_version,
            },
        )

    def get_categories(
        self,
        *,
        locale: Literal[
            "cs-CZ",
            "de-AT",
            "de-BE",
            "de-DE",
            "el-GR",
            "en-GB",
            "en-IE",
            "en-US",
            "es-ES",
            "es-MX",
            "fr-BE",
            "fr-FR",
            "hu-HU",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None = None,
        keyword: str | None = None,
        category_version: str | None = None,
        listing_platform: Literal["TIKTOK_SHOP", "TOKOPEDIA"] | None = None,
        include_prohibited_categories: bool | None = None,
        is_live_quick: bool | None = None,
    ) -> ProductGetCategoriesResponse:
        """Get categories.

        Lists the product categories available to the shop, with the shop's permission for each. Categories
        change often: fetch them when needed rather than caching them for long.

        `GET /product/202309/categories` (shop-scoped)

        Args:
            locale: locale
            keyword: keyword
            category_version: category_version
            listing_platform: listing_platform
            include_prohibited_categories: include_prohibited_categories
            is_live_quick: is_live_quick"""
        return self._client.request(
            ops.GET_CATEGORIES,
            {
                "locale": locale,
                "keyword": keyword,
                "category_version": category_version,
                "listing_platform": listing_platform,
                "include_prohibited_categories": include_prohibited_categories,
                "is_live_quick": is_live_quick,
            },
        )

    def get_category_attributes(
        self,
        *,
        category_id: str,
        locale: Literal[
            "cs-CZ",
            "de-AT",
            "de-BE",
            "de-DE",
            "el-GR",
            "en-GB",
            "en-IE",
            "en-US",
            "es-ES",
            "es-MX",
            "fr-BE",
            "fr-FR",
            "hu-HU",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None = None,
        category_version: str | None = None,
        is_live_quick: bool | None = None,
    ) -> ProductGetCategoryAttributesResponse:
        """Get category attributes.

        Lists the built-in product and sales attributes of a category for the shop's market, with their
        selectable values and requirement rules. Call it before creating a product in the category.

        `GET /product/202309/categories/{category_id}/attributes` (shop-scoped)

        Args:
            category_id: category_id
            locale: locale
            category_version: category_version
            is_live_quick: is_live_quick"""
        return self._client.request(
            ops.GET_CATEGORY_ATTRIBUTES,
            {
                "category_id": category_id,
                "locale": locale,
                "category_version": category_version,
                "is_live_quick": is_live_quick,
            },
        )

    def get_category_rules(
        self,
        *,
        category_id: str,
        category_version: str | None = None,
        locale: Literal[
            "cs-CZ",
            "de-AT",
            "de-BE",
            "de-DE",
            "el-GR",
            "en-GB",
            "en-IE",
            "en-US",
            "es-ES",
            "es-MX",
            "fr-BE",
            "fr-FR",
            "hu-HU",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None = None,
    ) -> ProductGetCategoryRulesResponse:
        """Get category rules.

        Returns the extra listing requirements of a category in the shop's market beyond its attributes:
        certifications, size chart, COD, package dimensions, EPR, fees and more.

        `GET /product/202309/categories/{category_id}/rules` (shop-scoped)

        Args:
            category_id: category_id
            category_version: category_version
            locale: locale"""
        return self._client.request(
            ops.GET_CATEGORY_RULES,
            {
                "category_id": category_id,
                "category_version": category_version,
                "locale": locale,
            },
        )

    def get_global_categories(
        self,
        *,
        locale: Literal[
            "cs-CZ",
            "de-AT",
            "de-BE",
            "de-DE",
            "el-GR",
            "en-GB",
            "en-IE",
            "en-US",
            "es-ES",
            "es-MX",
            "fr-BE",
            "fr-FR",
            "hu-HU",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None = None,
        keyword: str | None = None,
        category_version: str | None = None,
    ) -> ProductGetGlobalCategoriesResponse:
        """Get global categories.

        Lists the product categories available for global products, independent of market. Fetch them when
        needed rather than caching them for long.

        `GET /product/202309/global_categories`

        Args:
            locale: locale
            keyword: keyword
            category_version: category_version"""
        return self._client.request(
            ops.GET_GLOBAL_CATEGORIES,
            {
                "locale": locale,
                "keyword": keyword,
                "category_version": category_version,
            },
        )

    def get_global_category_attributes(
        self,
        *,
        category_id: str,
        locale: Literal[
            "cs-CZ",
            "de-AT",
            "de-BE",
            "de-DE",
            "el-GR",
            "en-GB",
            "en-IE",
            "en-US",
            "es-ES",
            "es-MX",
            "fr-BE",
            "fr-FR",
            "hu-HU",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None = None,
        category_version: str | None = None,
    ) -> ProductGetGlobalCategoryAttributesResponse:
        """Get global category attributes.

        Lists the built-in product and sales attributes of a category across all of the seller's markets,
        with the markets where each is required. Use it before creating a global product.

        `GET /product/202309/categories/{category_id}/global_attributes`

        Args:
            category_id: category_id
            locale: locale
            category_version: category_version"""
        return self._client.request(
            ops.GET_GLOBAL_CATEGORY_ATTRIBUTES,
            {
                "category_id": category_id,
                "locale": locale,
                "category_version": category_version,
            },
        )

    def get_global_category_rules(
        self,
        *,
        category_id: str,
        category_version: str | None = None,
        locale: Literal[
            "cs-CZ",
            "de-AT",
            "de-BE",
            "de-DE",
            "el-GR",
            "en-GB",
            "en-IE",
            "en-US",
            "es-ES",
            "es-MX",
            "fr-BE",
            "fr-FR",
            "hu-HU",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None = None,
    ) -> ProductGetGlobalCategoryRulesResponse:
        """Get global category rules.

        Returns the extra listing requirements of a category for global products (certifications, size
        chart, EU manufacturer and responsible person), per market.

        `GET /product/202309/categories/{category_id}/global_rules`

        Args:
            category_id: category_id
            category_version: category_version
            locale: locale"""
        return self._client.request(
            ops.GET_GLOBAL_CATEGORY_RULES,
            {
                "category_id": category_id,
                "category_version": category_version,
                "locale": locale,
            },
        )

    def recommend_categories(
        self,
        *,
        product_title: str,
        category_version: str | None = None,
        description: str | None = None,
        images: list[ProductCategoryImageRef] | None = None,
        include_prohibited_categories: bool | None = None,
        listing_platform: Literal["TIKTOK_SHOP", "TOKOPEDIA"] | None = None,
        locale: Literal[
            "cs-CZ",
            "de-AT",
            "de-BE",
            "de-DE",
            "el-GR",
            "en-GB",
            "en-IE",
            "en-US",
            "es-ES",
            "es-MX",
            "fr-BE",
            "fr-FR",
            "hu-HU",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None = None,
        origin_platform_product_type: str | None = None,
        origin_platform_vendor: str | None = None,
        origin_platform_tags: list[str] | None = None,
        origin_platform_category: ProductCategoryExternalCategory | None = None,
        origin_platform_product_meta_data: ProductRecommendCategoriesRequestOriginPlatformProductMetaData | None = None,
        is_live_quick: bool | None = None,
    ) -> ProductRecommendCategoriesResponse:
        """Recommend a category.

        Suggests the leaf category of a candidate product from its title, description and images, with the
        category path above it. Useful when importing a catalog from another platform.

        `POST /product/202309/categories/recommend` (shop-scoped)

        Args:
            product_title: Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (BR, MX),
        25-255 elsewhere.
            category_version: Category tree version: `v1` (default) or `v2` (required for US, EU and SEA
        shops).
            description: Product description in HTML, at most 10,000 characters.
            images: Product images (gallery, description and variant images).
            include_prohibited_categories: Also match categories prohibited on TikTok Shop (BR and MX).
        Default false.
            listing_platform: Platform whose categories are recommended (Tokopedia-migrated sellers).
        Default TIKTOK_SHOP.
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's locale.
            origin_platform_product_type: Product type on the source platform.
            origin_platform_vendor: Vendor or brand name on the source platform.
            origin_platform_tags: Tags of the product on the source platform.
            origin_platform_category: The product's category on the platform it comes from.
            origin_platform_product_meta_data: Product metadata from the source platform.
            is_live_quick: true to classify a LIVE_QUICK product (needs a special permission). Default
        false."""
        return self._client.request(
            ops.RECOMMEND_CATEGORIES,
            {
                "product_title": product_title,
                "category_version": category_version,
                "description": description,
                "images": images,
                "include_prohibited_categories": include_prohibited_categories,
                "listing_platform": listing_platform,
                "locale": locale,
                "origin_platform_product_type": origin_platform_product_type,
                "origin_platform_vendor": origin_platform_vendor,
                "origin_platform_tags": origin_platform_tags,
                "origin_platform_category": origin_platform_category,
                "origin_platform_product_meta_data": origin_platform_product_meta_data,
                "is_live_quick": is_live_quick,
            },
        )

    def recommend_global_categories(
        self,
        *,
        product_title: str,
        description: str | None = None,
        images: list[ProductCategoryImageRef] | None = None,
        category_version: Literal["v1", "v2"] | None = None,
    ) -> ProductRecommendGlobalCategoriesResponse:
        """Recommend a global category.

        Suggests the leaf category of a candidate global product from its title, description and images,
        with the category path above it.

        `POST /product/202309/global_categories/recommend`

        Args:
            product_title: Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (MX), 25-255
        elsewhere.
            description: Product description in HTML, at most 10,000 characters.
            images: Product images (gallery, description and variant images).
            category_version: Category tree version: `v1` (default) or `v2` (required when the seller has an
        active US shop)."""
        return self._client.request(
            ops.RECOMMEND_GLOBAL_CATEGORIES,
            {
                "product_title": product_title,
                "description": description,
                "images": images,
                "category_version": category_version,
            },
        )


class ProductResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: ProductResource) -> None:
        self.create_custom_brand = raw(resource.create_custom_brand)
        self.get_brands = raw(resource.get_brands)
        self.get_categories = raw(resource.get_categories)
        self.get_category_attributes = raw(resource.get_category_attributes)
        self.get_category_rules = raw(resource.get_category_rules)
        self.get_global_categories = raw(resource.get_global_categories)
        self.get_global_category_attributes = raw(resource.get_global_category_attributes)
        self.get_global_category_rules = raw(resource.get_global_category_rules)
        self.recommend_categories = raw(resource.recommend_categories)
        self.recommend_global_categories = raw(resource.recommend_global_categories)


class ProductAt202309:
    """`product` operations pinned to version 202309."""

    def __init__(self, resource: ProductResource) -> None:
        self.create_custom_brand = resource.create_custom_brand
        self.get_brands = resource.get_brands
        self.iter_get_brands = resource.iter_get_brands
        self.get_categories = resource.get_categories
        self.get_category_attributes = resource.get_category_attributes
        self.get_category_rules = resource.get_category_rules
        self.get_global_categories = resource.get_global_categories
        self.get_global_category_attributes = resource.get_global_category_attributes
        self.get_global_category_rules = resource.get_global_category_rules
        self.recommend_categories = resource.recommend_categories
        self.recommend_global_categories = resource.recommend_global_categories


class AsyncProductResource:
    """Products and their catalog context (categories, brands, global products, size charts, compliance).
    Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def create_custom_brand(
        self,
        *,
        name: str,
    ) -> ProductCreateBrandResponse:
        """Create a custom brand.

        Creates a custom brand usable in every market of the seller. Brand authorization can be obtained
        later in Seller Center's Qualification Center.

        `POST /product/202309/brands`

        Args:
            name: Brand name, 2 to 30 characters, not Chinese, not already existing, no emoticons or special
        fonts, no run of 5 or more digits. It is not translated."""
        return await self._client.request(
            ops.CREATE_CUSTOM_BRAND,
            {
                "name": name,
            },
        )

    async def get_brands(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        category_id: str | None = None,
        is_authorized: bool | None = None,
        brand_name: str | None = None,
        category_version: str | None = None,
    ) -> ProductGetBrandsResponse:
        """Get brands.

        Lists the brands available to the shop, built-in and custom, optionally filtered by category, name
        or authorization. Use the returned brand id when creating or editing a product.

        `GET /product/202309/brands` (shop-scoped)

        Args:
            page_size: page_size
            page_token: page_token
            category_id: category_id
            is_authorized: is_authorized
            brand_name: brand_name
            category_version: category_version"""
        return await self._client.request(
            ops.GET_BRANDS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_id": category_id,
                "is_authorized": is_authorized,
                "brand_name": brand_name,
                "category_version": category_version,
            },
        )

    def iter_get_brands(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        category_id: str | None = None,
        is_authorized: bool | None = None,
        brand_name: str | None = None,
        category_version: str | None = None,
    ) -> AsyncPager[ProductBrand, ProductGetBrandsResponse]:
        """Iterate over every item of `get_brands` across pages, fetching each page lazily.

        Iterating yields `brands` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_brands`."""
        return self._client.paginate(
            ops.GET_BRANDS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_id": category_id,
                "is_authorized": is_authorized,
                "brand_name": brand_name,
                "category_version": category_version,
            },
        )

    async def get_categories(
        self,
        *,
        locale: Literal[
            "cs-CZ",
            "de-AT",
            "de-BE",
            "de-DE",
            "el-GR",
            "en-GB",
            "en-IE",
            "en-US",
            "es-ES",
            "es-MX",
            "fr-BE",
            "fr-FR",
            "hu-HU",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None = None,
        keyword: str | None = None,
        category_version: str | None = None,
        listing_platform: Literal["TIKTOK_SHOP", "TOKOPEDIA"] | None = None,
        include_prohibited_categories: bool | None = None,
        is_live_quick: bool | None = None,
    ) -> ProductGetCategoriesResponse:
        """Get categories.

        Lists the product categories available to the shop, with the shop's permission for each. Categories
        change often: fetch them when needed rather than caching them for long.

        `GET /product/202309/categories` (shop-scoped)

        Args:
            locale: locale
            keyword: keyword
            category_version: category_version
            listing_platform: listing_platform
            include_prohibited_categories: include_prohibited_categories
            is_live_quick: is_live_quick"""
        return await self._client.request(
            ops.GET_CATEGORIES,
            {
                "locale": locale,
                "keyword": keyword,
                "category_version": category_version,
                "listing_platform": listing_platform,
                "include_prohibited_categories": include_prohibited_categories,
                "is_live_quick": is_live_quick,
            },
        )

    async def get_category_attributes(
        self,
        *,
        category_id: str,
        locale: Literal[
            "cs-CZ",
            "de-AT",
            "de-BE",
            "de-DE",
            "el-GR",
            "en-GB",
            "en-IE",
            "en-US",
            "es-ES",
            "es-MX",
            "fr-BE",
            "fr-FR",
            "hu-HU",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None = None,
        category_version: str | None = None,
        is_live_quick: bool | None = None,
    ) -> ProductGetCategoryAttributesResponse:
        """Get category attributes.

        Lists the built-in product and sales attributes of a category for the shop's market, with their
        selectable values and requirement rules. Call it before creating a product in the category.

        `GET /product/202309/categories/{category_id}/attributes` (shop-scoped)

        Args:
            category_id: category_id
            locale: locale
            category_version: category_version
            is_live_quick: is_live_quick"""
        return await self._client.request(
            ops.GET_CATEGORY_ATTRIBUTES,
            {
                "category_id": category_id,
                "locale": locale,
                "category_version": category_version,
                "is_live_quick": is_live_quick,
            },
        )

    async def get_category_rules(
        self,
        *,
        category_id: str,
        category_version: str | None = None,
        locale: Literal[
            "cs-CZ",
            "de-AT",
            "de-BE",
            "de-DE",
            "el-GR",
            "en-GB",
            "en-IE",
            "en-US",
            "es-ES",
            "es-MX",
            "fr-BE",
            "fr-FR",
            "hu-HU",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None = None,
    ) -> ProductGetCategoryRulesResponse:
        """Get category rules.

        Returns the extra listing requirements of a category in the shop's market beyond its attributes:
        certifications, size chart, COD, package dimensions, EPR, fees and more.

        `GET /product/202309/categories/{category_id}/rules` (shop-scoped)

        Args:
            category_id: category_id
            category_version: category_version
            locale: locale"""
        return await self._client.request(
            ops.GET_CATEGORY_RULES,
            {
                "category_id": category_id,
                "category_version": category_version,
                "locale": locale,
            },
        )

    async def get_global_categories(
        self,
        *,
        locale: Literal[
            "cs-CZ",
            "de-AT",
            "de-BE",
            "de-DE",
            "el-GR",
            "en-GB",
            "en-IE",
            "en-US",
            "es-ES",
            "es-MX",
            "fr-BE",
            "fr-FR",
            "hu-HU",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None = None,
        keyword: str | None = None,
        category_version: str | None = None,
    ) -> ProductGetGlobalCategoriesResponse:
        """Get global categories.

        Lists the product categories available for global products, independent of market. Fetch them when
        needed rather than caching them for long.

        `GET /product/202309/global_categories`

        Args:
            locale: locale
            keyword: keyword
            category_version: category_version"""
        return await self._client.request(
            ops.GET_GLOBAL_CATEGORIES,
            {
                "locale": locale,
                "keyword": keyword,
                "category_version": category_version,
            },
        )

    async def get_global_category_attributes(
        self,
        *,
        category_id: str,
        locale: Literal[
            "cs-CZ",
            "de-AT",
            "de-BE",
            "de-DE",
            "el-GR",
            "en-GB",
            "en-IE",
            "en-US",
            "es-ES",
            "es-MX",
            "fr-BE",
            "fr-FR",
            "hu-HU",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None = None,
        category_version: str | None = None,
    ) -> ProductGetGlobalCategoryAttributesResponse:
        """Get global category attributes.

        Lists the built-in product and sales attributes of a category across all of the seller's markets,
        with the markets where each is required. Use it before creating a global product.

        `GET /product/202309/categories/{category_id}/global_attributes`

        Args:
            category_id: category_id
            locale: locale
            category_version: category_version"""
        return await self._client.request(
            ops.GET_GLOBAL_CATEGORY_ATTRIBUTES,
            {
                "category_id": category_id,
                "locale": locale,
                "category_version": category_version,
            },
        )

    async def get_global_category_rules(
        self,
        *,
        category_id: str,
        category_version: str | None = None,
        locale: Literal[
            "cs-CZ",
            "de-AT",
            "de-BE",
            "de-DE",
            "el-GR",
            "en-GB",
            "en-IE",
            "en-US",
            "es-ES",
            "es-MX",
            "fr-BE",
            "fr-FR",
            "hu-HU",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None = None,
    ) -> ProductGetGlobalCategoryRulesResponse:
        """Get global category rules.

        Returns the extra listing requirements of a category for global products (certifications, size
        chart, EU manufacturer and responsible person), per market.

        `GET /product/202309/categories/{category_id}/global_rules`

        Args:
            category_id: category_id
            category_version: category_version
            locale: locale"""
        return await self._client.request(
            ops.GET_GLOBAL_CATEGORY_RULES,
            {
                "category_id": category_id,
                "category_version": category_version,
                "locale": locale,
            },
        )

    async def recommend_categories(
        self,
        *,
        product_title: str,
        category_version: str | None = None,
        description: str | None = None,
        images: list[ProductCategoryImageRef] | None = None,
        include_prohibited_categories: bool | None = None,
        listing_platform: Literal["TIKTOK_SHOP", "TOKOPEDIA"] | None = None,
        locale: Literal[
            "cs-CZ",
            "de-AT",
            "de-BE",
            "de-DE",
            "el-GR",
            "en-GB",
            "en-IE",
            "en-US",
            "es-ES",
            "es-MX",
            "fr-BE",
            "fr-FR",
            "hu-HU",
            "id-ID",
            "it-IT",
            "ja-JP",
            "ms-MY",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-BR",
            "pt-PT",
            "th-TH",
            "vi-VN",
            "zh-CN",
        ]
        | None = None,
        origin_platform_product_type: str | None = None,
        origin_platform_vendor: str | None = None,
        origin_platform_tags: list[str] | None = None,
        origin_platform_category: ProductCategoryExternalCategory | None = None,
        origin_platform_product_meta_data: ProductRecommendCategoriesRequestOriginPlatformProductMetaData | None = None,
        is_live_quick: bool | None = None,
    ) -> ProductRecommendCategoriesResponse:
        """Recommend a category.

        Suggests the leaf category of a candidate product from its title, description and images, with the
        category path above it. Useful when importing a catalog from another platform.

        `POST /product/202309/categories/recommend` (shop-scoped)

        Args:
            product_title: Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (BR, MX),
        25-255 elsewhere.
            category_version: Category tree version: `v1` (default) or `v2` (required for US, EU and SEA
        shops).
            description: Product description in HTML, at most 10,000 characters.
            images: Product images (gallery, description and variant images).
            include_prohibited_categories: Also match categories prohibited on TikTok Shop (BR and MX).
        Default false.
            listing_platform: Platform whose categories are recommended (Tokopedia-migrated sellers).
        Default TIKTOK_SHOP.
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's locale.
            origin_platform_product_type: Product type on the source platform.
            origin_platform_vendor: Vendor or brand name on the source platform.
            origin_platform_tags: Tags of the product on the source platform.
            origin_platform_category: The product's category on the platform it comes from.
            origin_platform_product_meta_data: Product metadata from the source platform.
            is_live_quick: true to classify a LIVE_QUICK product (needs a special permission). Default
        false."""
        return await self._client.request(
            ops.RECOMMEND_CATEGORIES,
            {
                "product_title": product_title,
                "category_version": category_version,
                "description": description,
                "images": images,
                "include_prohibited_categories": include_prohibited_categories,
                "listing_platform": listing_platform,
                "locale": locale,
                "origin_platform_product_type": origin_platform_product_type,
                "origin_platform_vendor": origin_platform_vendor,
                "origin_platform_tags": origin_platform_tags,
                "origin_platform_category": origin_platform_category,
                "origin_platform_product_meta_data": origin_platform_product_meta_data,
                "is_live_quick": is_live_quick,
            },
        )

    async def recommend_global_categories(
        self,
        *,
        product_title: str,
        description: str | None = None,
        images: list[ProductCategoryImageRef] | None = None,
        category_version: Literal["v1", "v2"] | None = None,
    ) -> ProductRecommendGlobalCategoriesResponse:
        """Recommend a global category.

        Suggests the leaf category of a candidate global product from its title, description and images,
        with the category path above it.

        `POST /product/202309/global_categories/recommend`

        Args:
            product_title: Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (MX), 25-255
        elsewhere.
            description: Product description in HTML, at most 10,000 characters.
            images: Product images (gallery, description and variant images).
            category_version: Category tree version: `v1` (default) or `v2` (required when the seller has an
        active US shop)."""
        return await self._client.request(
            ops.RECOMMEND_GLOBAL_CATEGORIES,
            {
                "product_title": product_title,
                "description": description,
                "images": images,
                "category_version": category_version,
            },
        )


class AsyncProductResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.create_custom_brand = async_raw(resource.create_custom_brand)
        self.get_brands = async_raw(resource.get_brands)
        self.get_categories = async_raw(resource.get_categories)
        self.get_category_attributes = async_raw(resource.get_category_attributes)
        self.get_category_rules = async_raw(resource.get_category_rules)
        self.get_global_categories = async_raw(resource.get_global_categories)
        self.get_global_category_attributes = async_raw(resource.get_global_category_attributes)
        self.get_global_category_rules = async_raw(resource.get_global_category_rules)
        self.recommend_categories = async_raw(resource.recommend_categories)
        self.recommend_global_categories = async_raw(resource.recommend_global_categories)


class AsyncProductAt202309:
    """`product` operations pinned to version 202309."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.create_custom_brand = resource.create_custom_brand
        self.get_brands = resource.get_brands
        self.iter_get_brands = resource.iter_get_brands
        self.get_categories = resource.get_categories
        self.get_category_attributes = resource.get_category_attributes
        self.get_category_rules = resource.get_category_rules
        self.get_global_categories = resource.get_global_categories
        self.get_global_category_attributes = resource.get_global_category_attributes
        self.get_global_category_rules = resource.get_global_category_rules
        self.recommend_categories = resource.recommend_categories
        self.recommend_global_categories = resource.recommend_global_categories
