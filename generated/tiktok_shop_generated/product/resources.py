"""The `product` resources: sync and async twins, raw-response and version views.

Local shop products: listing, editing, prices, inventory, images and files, listing quality
diagnoses and listing helpers."""

from __future__ import annotations

from typing import Literal

from tiktok_shop._contract import (
    AsyncPager,
    AsyncRequester,
    FileInput,
    SyncPager,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    ActivateProductsResponse,
    AppealMessage,
    AttributeInput,
    Brand,
    CategoryExternalCategory,
    CategoryImageRef,
    CertificationInput,
    CheckListingPrerequisites202309Response,
    CheckListingPrerequisitesResponse,
    CheckProductListingOption,
    CheckProductListingResponse,
    ComplianceAddressInput,
    ComplianceAuditProduct,
    ComplianceManufacturer,
    CompliancePersonPhoneInput,
    CompliancePhoneNumberInput,
    ComplianceResponsiblePerson,
    CreateCategoryUpgradeTaskResponse,
    CreateCustomBrandResponse,
    CreateGlobalProductResponse,
    CreateGpaUpgradeTaskResponse,
    CreateImageTranslationTasksImage,
    CreateImageTranslationTasksResponse,
    CreateManufacturerResponse,
    CreateProductResponse,
    CreateResponsiblePersonResponse,
    CreateSizeChartResponse,
    DeactivateProductsResponse,
    DeleteGlobalProductsResponse,
    DeleteProductsResponse,
    DiagnoseAndOptimizeProductResponse,
    DimensionsInput,
    GetBrandsResponse,
    GetCategoriesResponse,
    GetCategoryAttributesResponse,
    GetCategoryRulesResponse,
    GetGlobalCategoriesResponse,
    GetGlobalCategoryAttributesResponse,
    GetGlobalCategoryRulesResponse,
    GetGlobalListingRulesResponse,
    GetGlobalProductDetailResponse,
    GetGlobalProductResponse,
    GetGlobalReplicatedProductsResponse,
    GetImageTranslationTasksResponse,
    GetInventoriesResponse,
    GetListingSchemas202401Response,
    GetListingSchemasResponse,
    GetOpportunityResponse,
    GetOpportunitySubmissionsResponse,
    GetProductDetailResponse,
    GetProductDiagnosesResponse,
    GetProductPackageRecommendationsResponse,
    GetProductSeoWordsResponse,
    GetProductSkppDetailResponse,
    GetProductSuggestionsResponse,
    GetShopSkppSummaryResponse,
    GlobalCertificationInput,
    GlobalImageInput,
    GlobalManufacturerInfoInput,
    GlobalPackageDimensionsInput,
    GlobalPackageWeightInput,
    GlobalProductAttributeInput,
    GlobalProductSummary,
    GlobalSizeChartInput,
    GlobalSkuInput,
    GlobalSkuPartialInput,
    GlobalVideoInput,
    ImageInput,
    ListOpportunitiesResponse,
    ListProductSkppStatusesResponse,
    ManufacturerInput,
    NewSku,
    OptimizeImagesRequestImagesItem,
    OptimizeImagesResponse,
    OriginPlatformProductMetaData,
    PackageRecommendation,
    PartialEditSku,
    PodInfoInput,
    PredictPackageDimensionsAndWeightResponse,
    PublishGlobalProductResponse,
    PublishTarget,
    PurchaseLimitInput,
    RecommendCategoriesResponse,
    RecommendGlobalCategoriesResponse,
    RecommendRequiredProductPropertiesResponse,
    RecoverProductsResponse,
    ReplicaSync,
    ReplicateProductResponse,
    ReplicateTarget,
    ResponsiblePerson,
    SalesProperty,
    ScheduledSaleInput,
    SearchGlobalProductsResponse,
    SearchInventoryResponse,
    SearchManufacturers202409Response,
    SearchManufacturersManufacturer,
    SearchManufacturersResponse,
    SearchProductsForComplianceAuditingResponse,
    SearchProductsResponse,
    SearchResponsiblePersons202409Response,
    SearchResponsiblePersonsResponse,
    SearchSizeChartsResponse,
    SizeChart,
    SizeChartDataInput,
    SizingChartInput,
    SkuInput,
    StockOperationSetting,
    SubmitProductViaOpportunityResponse,
    SubmitSizeChartAppealResponse,
    SubmitStrikethroughPriceResponse,
    SubmitStrikethroughPriceSku,
    SubscribeInfoEdit,
    SuggestBrandsResponse,
    Summary,
    TagOperation,
    UpdateGlobalProductInventoryGlobalSku,
    UpdateGlobalProductInventoryResponse,
    UpdateGlobalProductPartiallyResponse,
    UpdateGlobalProductResponse,
    UpdateManufacturerPartiallyResponse,
    UpdateProductInventoryResponse,
    UpdateProductInventorySku,
    UpdateProductPartiallyResponse,
    UpdateProductPriceResponse,
    UpdateProductPriceSku,
    UpdateProductResponse,
    UpdateResponsiblePersonPartiallyResponse,
    UpdateSizeChartResponse,
    UpdateStockOperationSettingsResponse,
    UploadProductFileResponse,
    UploadProductImageResponse,
    VideoInput,
    WeightInput,
)


class ProductResource:
    """Local shop products: listing, editing, prices, inventory, images and files, listing quality
    diagnoses and listing helpers."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def activate_products(
        self,
        *,
        product_ids: list[str],
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
    ) -> ActivateProductsResponse:
        """Activate products.

        Lists up to 20 deactivated (or draft) products again; they go through audit. Products that could not
        be activated are listed in `errors` even when the call succeeds.

        `POST /product/202309/products/activate` (shop cipher required)

        Args:
            product_ids: Ids of the products to activate, at most 20.
            listing_platforms: Platforms to activate on; defaults to `TIKTOK_SHOP` (migrated Tokopedia
                sellers)."""
        return self._client.request(
            ops.ACTIVATE_PRODUCTS,
            {
                "product_ids": product_ids,
                "listing_platforms": listing_platforms,
            },
        )

    def check_listing_prerequisites_202309(
        self,
    ) -> CheckListingPrerequisites202309Response:
        """Check listing prerequisites.

        Checks whether the shop meets the requirements for listing products (shop status, tax, warehouses,
        delivery options, ...) and why not. Use it before creating products.

        `GET /product/202309/prerequisites` (shop cipher required)"""
        return self._client.request(ops.CHECK_LISTING_PREREQUISITES_202309, {})

    def check_listing_prerequisites(
        self,
    ) -> CheckListingPrerequisitesResponse:
        """Check listing prerequisites.

        Checks whether the shop meets the requirements for listing products (shop status, tax, warehouses,
        delivery options, ...) and why not. Use it before creating products.

        `GET /product/202312/prerequisites` (shop cipher required)"""
        return self._client.request(ops.CHECK_LISTING_PREREQUISITES, {})

    def check_product_listing(
        self,
        *,
        title: str,
        description: str,
        category_id: str,
        main_images: list[ImageInput],
        skus: list[NewSku],
        is_diagnosis_required: bool | None = None,
        brand_id: str | None = None,
        package_dimensions: DimensionsInput | None = None,
        package_weight: WeightInput | None = None,
        video: VideoInput | None = None,
        product_attributes: list[AttributeInput] | None = None,
        certifications: list[CertificationInput] | None = None,
        size_chart: SizingChartInput | None = None,
        external_product_id: str | None = None,
        delivery_option_ids: list[str] | None = None,
        primary_combined_product_id: str | None = None,
        is_cod_allowed: bool | None = None,
        is_pre_owned: bool | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        shipping_insurance_requirement: Literal["NOT_SUPPORTED", "OPTIONAL", "REQUIRED"] | None = None,
        minimum_order_quantity: int | None = None,
        shipping_template_id: str | None = None,
        scheduled_sale: ScheduledSaleInput | None = None,
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
        search_terms: list[str] | None = None,
        key_product_features: list[str] | None = None,
        product_tag_operations: list[TagOperation] | None = None,
        selling_format: Literal["FIXED_PRICE", "FIXED_PRICE_AND_LIVE_AUCTION"] | None = None,
        is_live_quick: bool | None = None,
        option: CheckProductListingOption | None = None,
    ) -> CheckProductListingResponse:
        """Check a product listing.

        Checks a product payload against the listing rules without creating anything, and reports failures
        and listing quality. Use it before create product to catch errors early.

        `POST /product/202309/products/listing_check` (shop cipher required)

        Args:
            is_diagnosis_required: Whether to also return listing quality (US) and optimization diagnoses.
                Deprecated by TikTok in favour of the diagnose-and-optimize operation.
            title: Product title (1-255 characters in most regions; 25-255 in some SEA regions).
            description: Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted
                `<img>` tags).
            category_id: Leaf category id, in the category tree given by `category_version`.
            main_images: Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px).
            skus: SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US).
            brand_id: Brand id (see the brands operations).
            package_dimensions: Package (or SKU) dimensions. Use the same measurement system as the weight.
            package_weight: Package (or SKU) weight. Use the same measurement system as the dimensions.
            video: A product video. Requests need only `id`; responses add its URLs and properties.
            product_attributes: Product attributes; those the category marks required must be given.
            certifications: Certifications the category requires, at most 10.
            size_chart: The size chart of a product: either an image or a size chart template.
            external_product_id: Id of the product on an external e-commerce platform (max 999 characters).
            delivery_option_ids: Delivery option ids overriding the warehouse defaults (ID, MX, MY, PH, SG,
                TH, VN only).
            primary_combined_product_id: Primary product of the virtual bundle this product belongs to.
            is_cod_allowed: Whether buyers may pay cash on delivery (some SEA and SA markets).
            is_pre_owned: Whether the product is pre-owned (only when Tokopedia is the sole platform).
            manufacturer_ids: Manufacturer ids (EU, for some categories).
            responsible_person_ids: EU responsible person ids (for some categories).
            listing_platforms: Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers).
            shipping_insurance_requirement: Shipping insurance for buyers (Tokopedia listings); defaults to
                `OPTIONAL`.
            minimum_order_quantity: Minimum quantity per order, 1 to 20 (Indonesia and selected SEA
                sellers).
            shipping_template_id: Shipping template to bind to the product.
            scheduled_sale: Scheduled listing of a product.
            locale: Locale (BCP-47) of the category information; defaults to the shop locale.
            search_terms: Search terms, not shown to buyers (at most 15, 250 characters in total).
            key_product_features: Key features shown as product highlights (at most 5, 1500 characters in
                total).
            product_tag_operations: Special product tags to turn on or off (legacy; `selling_format` wins).
            selling_format: `FIXED_PRICE` (default) or `FIXED_PRICE_AND_LIVE_AUCTION` (needs a starting bid
                price).
            is_live_quick: Whether the product is a LIVE_QUICK product (needs a permission).
            option: Options of the listing check."""
        return self._client.request(
            ops.CHECK_PRODUCT_LISTING,
            {
                "is_diagnosis_required": is_diagnosis_required,
                "title": title,
                "description": description,
                "category_id": category_id,
                "main_images": main_images,
                "skus": skus,
                "brand_id": brand_id,
                "package_dimensions": package_dimensions,
                "package_weight": package_weight,
                "video": video,
                "product_attributes": product_attributes,
                "certifications": certifications,
                "size_chart": size_chart,
                "external_product_id": external_product_id,
                "delivery_option_ids": delivery_option_ids,
                "primary_combined_product_id": primary_combined_product_id,
                "is_cod_allowed": is_cod_allowed,
                "is_pre_owned": is_pre_owned,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "listing_platforms": listing_platforms,
                "shipping_insurance_requirement": shipping_insurance_requirement,
                "minimum_order_quantity": minimum_order_quantity,
                "shipping_template_id": shipping_template_id,
                "scheduled_sale": scheduled_sale,
                "locale": locale,
                "search_terms": search_terms,
                "key_product_features": key_product_features,
                "product_tag_operations": product_tag_operations,
                "selling_format": selling_format,
                "is_live_quick": is_live_quick,
                "option": option,
            },
        )

    def create_category_upgrade_task(
        self,
    ) -> CreateCategoryUpgradeTaskResponse:
        """Create a category upgrade task.

        Starts a task (up to 2 hours) moving the live products of the shop from the 3-level (v1) to the
        7-level (v2) category tree. Products must have been live for 24 hours; call it again if some remain.

        `POST /product/202407/products/category_upgrade_task` (shop cipher required)"""
        return self._client.request(ops.CREATE_CATEGORY_UPGRADE_TASK, {})

    def create_custom_brand(
        self,
        *,
        name: str,
    ) -> CreateCustomBrandResponse:
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

    def create_global_product(
        self,
        *,
        title: str,
        description: str,
        category_id: str,
        main_images: list[GlobalImageInput],
        package_weight: GlobalPackageWeightInput,
        skus: list[GlobalSkuInput],
        category_version: str | None = None,
        brand_id: str | None = None,
        video: GlobalVideoInput | None = None,
        package_dimensions: GlobalPackageDimensionsInput | None = None,
        certifications: list[GlobalCertificationInput] | None = None,
        product_attributes: list[GlobalProductAttributeInput] | None = None,
        size_chart: GlobalSizeChartInput | None = None,
        manufacturer: GlobalManufacturerInfoInput | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        external_global_product_id: str | None = None,
        source_locale: Literal[
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
    ) -> CreateGlobalProductResponse:
        """Create a global product.

        Creates a global product (cross-border sellers) that can then be published to shops in several
        markets. Only categories with `AVAILABLE` permission can be used.

        `POST /product/202309/global_products`

        Args:
            title: Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (MX), 25-255
                elsewhere.
            description: Product description in HTML, at most 10,000 characters and 30 `<img>` tags using
                TikTok Shop image URLs.
            category_id: Leaf category id in the tree of `category_version`, with `AVAILABLE` permission.
            main_images: Gallery images in display order, at most 9, 300x300 to 4000x4000 px; the first
                should have a white background.
            package_weight: Package weight; use the same measurement system as the dimensions.
            skus: Global SKUs, at most 300 (EU, JP, UK, US) or 100 elsewhere; put the main variant first.
            category_version: Category tree version: `v1` (3-level, default) or `v2` (7-level, required when
                the seller has a US shop).
            brand_id: Brand id; unauthorized brands are not displayed.
            video: The product video.
            package_dimensions: Package dimensions; use the same measurement system as the weight.
            certifications: Certifications, at most 10; see the global category rules for which are
                required.
            product_attributes: Attributes of the whole product; those marked required by the global
                category attributes must be given.
            size_chart: The size chart, as an image or a template.
            manufacturer: Manufacturer contact details.
            manufacturer_ids: EU manufacturer ids (from the compliance manufacturer search), for categories
                that need them.
            responsible_person_ids: EU responsible person ids (from the compliance responsible person
                search), for categories that need them.
            external_global_product_id: The product's id on an external e-commerce platform, at most 999
                characters.
            source_locale: BCP-47 locale of the product content, e.g. `en-US`. Default is the seller's
                locale."""
        return self._client.request(
            ops.CREATE_GLOBAL_PRODUCT,
            {
                "title": title,
                "description": description,
                "category_id": category_id,
                "main_images": main_images,
                "package_weight": package_weight,
                "skus": skus,
                "category_version": category_version,
                "brand_id": brand_id,
                "video": video,
                "package_dimensions": package_dimensions,
                "certifications": certifications,
                "product_attributes": product_attributes,
                "size_chart": size_chart,
                "manufacturer": manufacturer,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "external_global_product_id": external_global_product_id,
                "source_locale": source_locale,
            },
        )

    def create_gpa_upgrade_task(
        self,
    ) -> CreateGpaUpgradeTaskResponse:
        """Create a GPA upgrade task.

        Upgrades the EU interconnected products of the seller (EU local-to-local sellers) so they are
        managed with the local product operations instead of the global product ones.

        `POST /product/202604/products/gpa_upgrade_task`"""
        return self._client.request(ops.CREATE_GPA_UPGRADE_TASK, {})

    def create_image_translation_tasks(
        self,
        *,
        images: list[CreateImageTranslationTasksImage],
    ) -> CreateImageTranslationTasksResponse:
        """Create image translation tasks.

        Queues the translation of the text in uploaded images into other languages (sellers selling across
        the EU). One task is created per image and language; read them later with get image translation
        tasks.

        `POST /product/202505/images/translation_tasks` (shop cipher required)

        Args:
            images: Images to translate (up to 5 per call is advised)."""
        return self._client.request(
            ops.CREATE_IMAGE_TRANSLATION_TASKS,
            {
                "images": images,
            },
        )

    def create_manufacturer(
        self,
        *,
        name: str,
        email: str,
        phone_number: CompliancePhoneNumberInput,
        address: str,
        registered_trade_name: str | None = None,
        locale: Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"] | None = None,
    ) -> CreateManufacturerResponse:
        """Create a manufacturer.

        Registers a manufacturer for the seller's EU product compliance; the details are translated
        automatically into the supported EU languages. Link it to products by id.

        `POST /product/202409/compliance/manufacturers`

        Args:
            name: Manufacturer name, at most 255 characters.
            email: Email address.
            phone_number: A manufacturer phone number.
            address: Postal address, at most 500 characters.
            registered_trade_name: Registered trade name, at most 200 characters.
            locale: Language the details are written in; default the language of the seller's business
                address."""
        return self._client.request(
            ops.CREATE_MANUFACTURER,
            {
                "name": name,
                "email": email,
                "phone_number": phone_number,
                "address": address,
                "registered_trade_name": registered_trade_name,
                "locale": locale,
            },
        )

    def create_product(
        self,
        *,
        title: str,
        description: str,
        category_id: str,
        main_images: list[ImageInput],
        skus: list[NewSku],
        category_version: str | None = None,
        brand_id: str | None = None,
        package_dimensions: DimensionsInput | None = None,
        package_weight: WeightInput | None = None,
        video: VideoInput | None = None,
        product_attributes: list[AttributeInput] | None = None,
        certifications: list[CertificationInput] | None = None,
        size_chart: SizingChartInput | None = None,
        external_product_id: str | None = None,
        delivery_option_ids: list[str] | None = None,
        primary_combined_product_id: str | None = None,
        is_cod_allowed: bool | None = None,
        is_not_for_sale: bool | None = None,
        is_pre_owned: bool | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        shipping_insurance_requirement: Literal["NOT_SUPPORTED", "OPTIONAL", "REQUIRED"] | None = None,
        minimum_order_quantity: int | None = None,
        save_mode: Literal["AS_DRAFT", "LISTING"] | None = None,
        idempotency_key: str | None = None,
        shipping_template_id: str | None = None,
        scheduled_sale: ScheduledSaleInput | None = None,
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
        auto_translate_enabled: bool | None = None,
        search_terms: list[str] | None = None,
        key_product_features: list[str] | None = None,
        product_tag_operations: list[TagOperation] | None = None,
        purchase_order_quantity_limit: PurchaseLimitInput | None = None,
        selling_format: Literal["FIXED_PRICE", "FIXED_PRICE_AND_LIVE_AUCTION"] | None = None,
        is_live_quick: bool | None = None,
        is_blind_box: bool | None = None,
    ) -> CreateProductResponse:
        """Create a product.

        Creates a product in the local shop and submits it for audit, or saves it as a draft with
        `save_mode=AS_DRAFT`. Follow the audit with the product status webhook or the product detail.

        `POST /product/202309/products` (shop cipher required)

        Args:
            title: Product title (1-255 characters in most regions; 25-255 in some SEA regions).
            description: Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted
                `<img>` tags).
            category_id: Leaf category id, in the category tree given by `category_version`.
            main_images: Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px).
            skus: SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US).
            category_version: Category tree version: `v1` (3 levels) or `v2` (7 levels, required for US and
                SEA shops).
            brand_id: Brand id (see the brands operations).
            package_dimensions: Package (or SKU) dimensions. Use the same measurement system as the weight.
            package_weight: Package (or SKU) weight. Use the same measurement system as the dimensions.
            video: A product video. Requests need only `id`; responses add its URLs and properties.
            product_attributes: Product attributes; those the category marks required must be given.
            certifications: Certifications the category requires, at most 10.
            size_chart: The size chart of a product: either an image or a size chart template.
            external_product_id: Id of the product on an external e-commerce platform (max 999 characters).
            delivery_option_ids: Delivery option ids overriding the warehouse defaults (ID, MX, MY, PH, SG,
                TH, VN only).
            primary_combined_product_id: Primary product of the virtual bundle this product belongs to.
            is_cod_allowed: Whether buyers may pay cash on delivery (some SEA and SA markets).
            is_not_for_sale: Whether the product is only a gift-with-purchase item, not for sale on its own.
            is_pre_owned: Whether the product is pre-owned (only when Tokopedia is the sole platform).
            manufacturer_ids: Manufacturer ids (EU, for some categories).
            responsible_person_ids: EU responsible person ids (for some categories).
            listing_platforms: Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers).
            shipping_insurance_requirement: Shipping insurance for buyers (Tokopedia listings); defaults to
                `OPTIONAL`.
            minimum_order_quantity: Minimum quantity per order, 1 to 20 (Indonesia and selected SEA
                sellers).
            save_mode: `LISTING` submits the product for listing (default); `AS_DRAFT` saves a draft.
            idempotency_key: Unique key of this request, so a retried request is not processed twice.
            shipping_template_id: Shipping template to bind to the product.
            scheduled_sale: Scheduled listing of a product.
            locale: Locale (BCP-47) of the category information; defaults to the shop locale.
            auto_translate_enabled: Whether to translate the content automatically for markets needing
                several languages.
            search_terms: Search terms, not shown to buyers (at most 15, 250 characters in total).
            key_product_features: Key features shown as product highlights (at most 5, 1500 characters in
                total).
            product_tag_operations: Special product tags to turn on or off (legacy; `selling_format` wins).
            purchase_order_quantity_limit: Purchase quantity limits for buyers.
            selling_format: `FIXED_PRICE` (default) or `FIXED_PRICE_AND_LIVE_AUCTION` (needs a starting bid
                price).
            is_live_quick: Whether the product is a LIVE_QUICK product (needs a permission).
            is_blind_box: Whether the product is a blind box or lucky bag."""
        return self._client.request(
            ops.CREATE_PRODUCT,
            {
                "title": title,
                "description": description,
                "category_id": category_id,
                "main_images": main_images,
                "skus": skus,
                "category_version": category_version,
                "brand_id": brand_id,
                "package_dimensions": package_dimensions,
                "package_weight": package_weight,
                "video": video,
                "product_attributes": product_attributes,
                "certifications": certifications,
                "size_chart": size_chart,
                "external_product_id": external_product_id,
                "delivery_option_ids": delivery_option_ids,
                "primary_combined_product_id": primary_combined_product_id,
                "is_cod_allowed": is_cod_allowed,
                "is_not_for_sale": is_not_for_sale,
                "is_pre_owned": is_pre_owned,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "listing_platforms": listing_platforms,
                "shipping_insurance_requirement": shipping_insurance_requirement,
                "minimum_order_quantity": minimum_order_quantity,
                "save_mode": save_mode,
                "idempotency_key": idempotency_key,
                "shipping_template_id": shipping_template_id,
                "scheduled_sale": scheduled_sale,
                "locale": locale,
                "auto_translate_enabled": auto_translate_enabled,
                "search_terms": search_terms,
                "key_product_features": key_product_features,
                "product_tag_operations": product_tag_operations,
                "purchase_order_quantity_limit": purchase_order_quantity_limit,
                "selling_format": selling_format,
                "is_live_quick": is_live_quick,
                "is_blind_box": is_blind_box,
            },
        )

    def create_responsible_person(
        self,
        *,
        name: str,
        email: str,
        phone_number: CompliancePersonPhoneInput,
        address: ComplianceAddressInput,
        locale: Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"] | None = None,
    ) -> CreateResponsiblePersonResponse:
        """Create a responsible person.

        Registers an EU responsible person, who vouches for the products' compliance with EU rules; the
        details are translated automatically into the supported EU languages.

        `POST /product/202409/compliance/responsible_persons`

        Args:
            name: Name, at most 200 characters.
            email: Email address.
            phone_number: A responsible person's phone number.
            address: A postal address in the EU.
            locale: Language the details are written in; default the language of the seller's business
                address."""
        return self._client.request(
            ops.CREATE_RESPONSIBLE_PERSON,
            {
                "name": name,
                "email": email,
                "phone_number": phone_number,
                "address": address,
                "locale": locale,
            },
        )

    def create_size_chart(
        self,
        *,
        category_id: str,
        size_chart_mode: Literal["PRODUCT_SCOPED", "REUSABLE_TEMPLATE"],
        size_chart_data: SizeChartDataInput,
        template_name: str | None = None,
    ) -> CreateSizeChartResponse:
        """Create a size chart.

        Creates a size chart from a structured table, either as a reusable template or scoped to a single
        product. Use the returned id in a product's `size_chart`.

        `POST /product/202610/size_charts` (shop cipher required)

        Args:
            category_id: Leaf category supporting size charts.
            size_chart_mode: `REUSABLE_TEMPLATE` (template for many products) or `PRODUCT_SCOPED` (one
                product).
            size_chart_data: Structured content of a size chart.
            template_name: Template name; required for REUSABLE_TEMPLATE, ignored for PRODUCT_SCOPED."""
        return self._client.request(
            ops.CREATE_SIZE_CHART,
            {
                "category_id": category_id,
                "size_chart_mode": size_chart_mode,
                "size_chart_data": size_chart_data,
                "template_name": template_name,
            },
        )

    def deactivate_products(
        self,
        *,
        product_ids: list[str],
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
    ) -> DeactivateProductsResponse:
        """Deactivate products.

        Takes up to 20 live products off sale (status `SELLER_DEACTIVATED`) without deleting them. Products
        that could not be deactivated are listed in `errors`.

        `POST /product/202309/products/deactivate` (shop cipher required)

        Args:
            product_ids: Ids of the products to deactivate, at most 20.
            listing_platforms: Platforms to deactivate on; defaults to `TIKTOK_SHOP` (migrated Tokopedia
                sellers)."""
        return self._client.request(
            ops.DEACTIVATE_PRODUCTS,
            {
                "product_ids": product_ids,
                "listing_platforms": listing_platforms,
            },
        )

    def delete_global_products(
        self,
        *,
        global_product_ids: list[str],
    ) -> DeleteGlobalProductsResponse:
        """Delete global products.

        Deletes up to 20 global products. Check `errors` for products that could not be deleted, even when
        the call succeeds.

        `DELETE /product/202309/global_products`

        Args:
            global_product_ids: Global product ids, at most 20."""
        return self._client.request(
            ops.DELETE_GLOBAL_PRODUCTS,
            {
                "global_product_ids": global_product_ids,
            },
        )

    def delete_products(
        self,
        *,
        product_ids: list[str],
    ) -> DeleteProductsResponse:
        """Delete products.

        Deletes up to 20 products; they can be brought back with recover products. Products that could not
        be deleted are listed in `errors` even when the call succeeds.

        `DELETE /product/202309/products` (shop cipher required)

        Args:
            product_ids: Ids of the products to delete, at most 20."""
        return self._client.request(
            ops.DELETE_PRODUCTS,
            {
                "product_ids": product_ids,
            },
        )

    def diagnose_and_optimize_product(
        self,
        *,
        category_id: str,
        product_id: str | None = None,
        title: str | None = None,
        description: str | None = None,
        brand_id: str | None = None,
        main_images: list[ImageInput] | None = None,
        product_attributes: list[AttributeInput] | None = None,
        size_chart: SizingChartInput | None = None,
        optimization_fields: list[Literal["ALL", "DESCRIPTION", "IMAGE", "NONE", "TITLE"]] | None = None,
    ) -> DiagnoseAndOptimizeProductResponse:
        """Diagnose and optimize a product.

        Diagnoses a live product or a product not yet listed from the content given, and returns its listing
        quality, issues per field and generated suggestions. Nothing is changed.

        `POST /product/202411/products/diagnose_optimize` (shop cipher required)

        Args:
            category_id: Leaf category id of the product.
            product_id: An existing product to diagnose (omit it for a product not yet listed).
            title: Product title.
            description: Product description in HTML.
            brand_id: Brand id.
            main_images: Gallery images.
            product_attributes: Product attributes.
            size_chart: The size chart of a product: either an image or a size chart template.
            optimization_fields: Fields to generate suggestions for."""
        return self._client.request(
            ops.DIAGNOSE_AND_OPTIMIZE_PRODUCT,
            {
                "category_id": category_id,
                "product_id": product_id,
                "title": title,
                "description": description,
                "brand_id": brand_id,
                "main_images": main_images,
                "product_attributes": product_attributes,
                "size_chart": size_chart,
                "optimization_fields": optimization_fields,
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
    ) -> GetBrandsResponse:
        """Get brands.

        Lists the brands available to the shop, built-in and custom, optionally filtered by category, name
        or authorization. Use the returned brand id when creating or editing a product.

        `GET /product/202309/brands` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            category_id: Only report brand availability for this category (see `brand_status`).
            is_authorized: true lists only brands the seller is authorized to use; false lists all brands.
            brand_name: Filter by brand name (fuzzy match).
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops)."""
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
    ) -> SyncPager[Brand, GetBrandsResponse]:
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
    ) -> GetCategoriesResponse:
        """Get categories.

        Lists the product categories available to the shop, with the shop's permission for each. Categories
        change often: fetch them when needed rather than caching them for long.

        `GET /product/202309/categories` (shop cipher required)

        Args:
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale.
            keyword: Filter categories by a keyword in their name.
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops).
            listing_platform: Platform whose categories are returned, for sellers migrated from Tokopedia.
                Default TIKTOK_SHOP.
            include_prohibited_categories: Also return categories that are prohibited on TikTok Shop (BR,
                MX, EU and SEA markets). Default false.
            is_live_quick: true returns the categories for LIVE_QUICK products (needs a special permission).
                Default false."""
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
    ) -> GetCategoryAttributesResponse:
        """Get category attributes.

        Lists the built-in product and sales attributes of a category for the shop's market, with their
        selectable values and requirement rules. Call it before creating a product in the category.

        `GET /product/202309/categories/{category_id}/attributes` (shop cipher required)

        Args:
            category_id: The category id (a leaf category for listing).
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale.
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops).
            is_live_quick: true returns the attributes for LIVE_QUICK products. Default false."""
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
    ) -> GetCategoryRulesResponse:
        """Get category rules.

        Returns the extra listing requirements of a category in the shop's market beyond its attributes:
        certifications, size chart, COD, package dimensions, EPR, fees and more.

        `GET /product/202309/categories/{category_id}/rules` (shop cipher required)

        Args:
            category_id: The category id (a leaf category for listing).
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops).
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale."""
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
    ) -> GetGlobalCategoriesResponse:
        """Get global categories.

        Lists the product categories available for global products, independent of market. Fetch them when
        needed rather than caching them for long.

        `GET /product/202309/global_categories`

        Args:
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale.
            keyword: Filter categories by a keyword in their name.
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops)."""
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
    ) -> GetGlobalCategoryAttributesResponse:
        """Get global category attributes.

        Lists the built-in product and sales attributes of a category across all of the seller's markets,
        with the markets where each is required. Use it before creating a global product.

        `GET /product/202309/categories/{category_id}/global_attributes`

        Args:
            category_id: The category id (a leaf category for listing).
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale.
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops)."""
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
    ) -> GetGlobalCategoryRulesResponse:
        """Get global category rules.

        Returns the extra listing requirements of a category for global products (certifications, size
        chart, EU manufacturer and responsible person), per market.

        `GET /product/202309/categories/{category_id}/global_rules`

        Args:
            category_id: The category id (a leaf category for listing).
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops).
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale."""
        return self._client.request(
            ops.GET_GLOBAL_CATEGORY_RULES,
            {
                "category_id": category_id,
                "category_version": category_version,
                "locale": locale,
            },
        )

    def get_global_listing_rules(
        self,
    ) -> GetGlobalListingRulesResponse:
        """Get global listing rules.

        Returns the global listing rules of a local shop of a global seller: the listing methods it supports
        and how warehouse inventory is allocated across markets.

        `GET /product/202507/global_listing_rules` (shop cipher required)"""
        return self._client.request(ops.GET_GLOBAL_LISTING_RULES, {})

    def get_global_product(
        self,
        *,
        global_product_id: str,
    ) -> GetGlobalProductResponse:
        """Get a global product.

        Returns every property of a global product in DRAFT, UNPUBLISHED or PUBLISHED status, and the local
        products linked to it in each market.

        `GET /product/202309/global_products/{global_product_id}`

        Args:
            global_product_id: The global product id."""
        return self._client.request(
            ops.GET_GLOBAL_PRODUCT,
            {
                "global_product_id": global_product_id,
            },
        )

    def get_global_product_detail(
        self,
    ) -> GetGlobalProductDetailResponse:
        """Get global product detail.

        Returns every property of a global product and the local products published from it. This is the
        catalog's spelling of the path (without the product id); prefer `get_global_product`, which takes
        the global product id in the path.

        `GET /product/202309/global_products`"""
        return self._client.request(ops.GET_GLOBAL_PRODUCT_DETAIL, {})

    def get_global_replicated_products(
        self,
        *,
        product_id: str,
    ) -> GetGlobalReplicatedProductsResponse:
        """Get replicated products.

        Lists the replicas of a product in other markets (global sellers).

        `GET /product/202507/products/{product_id}/replicated_products` (shop cipher required)

        Args:
            product_id: Product id."""
        return self._client.request(
            ops.GET_GLOBAL_REPLICATED_PRODUCTS,
            {
                "product_id": product_id,
            },
        )

    def get_image_translation_tasks(
        self,
        *,
        translation_task_ids: list[str] | None = None,
    ) -> GetImageTranslationTasksResponse:
        """Get image translation tasks.

        Returns the state and translated images of image translation tasks. Wait a few minutes after
        creating them and poll no more than every 10 seconds.

        `GET /product/202506/images/translation_tasks` (shop cipher required)

        Args:
            translation_task_ids: Ids of the tasks to read."""
        return self._client.request(
            ops.GET_IMAGE_TRANSLATION_TASKS,
            {
                "translation_task_ids": translation_task_ids,
            },
        )

    def get_inventories(
        self,
        *,
        product_ids: list[str] | None = None,
        sku_ids: list[str] | None = None,
    ) -> GetInventoriesResponse:
        """Get inventories.

        Reports available and reserved stock per warehouse for the SKUs of the given products, or for the
        given SKUs (SKU ids win when both are passed).

        `POST /product/202309/search/inventory` (shop cipher required)

        Args:
            product_ids: Products whose SKUs to report, at most 100.
            sku_ids: SKUs to report, at most 600; takes precedence over `product_ids`."""
        return self._client.request(
            ops.GET_INVENTORIES,
            {
                "product_ids": product_ids,
                "sku_ids": sku_ids,
            },
        )

    def get_listing_schemas_202401(
        self,
        *,
        category_ids: list[int],
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
    ) -> GetListingSchemas202401Response:
        """Get listing schemas (202401).

        Older version of the listing schema lookup: for each requested category, the product fields, their
        options and validation rules.

        `GET /product/202401/listing_schemas`

        Args:
            category_ids: Leaf category ids whose listing schema is wanted (sent comma-separated).
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale.
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops)."""
        return self._client.request(
            ops.GET_LISTING_SCHEMAS_202401,
            {
                "category_ids": category_ids,
                "locale": locale,
                "category_version": category_version,
            },
        )

    def get_listing_schemas(
        self,
        *,
        category_ids: list[int],
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
    ) -> GetListingSchemasResponse:
        """Get listing schemas.

        Returns, for each requested category, the fields a product listing takes (attributes and other
        properties) with their options and validation rules, in one call. Categories that are not leaves
        come back in `errors`.

        `GET /product/202407/listing_schemas`

        Args:
            category_ids: Leaf category ids whose listing schema is wanted (sent comma-separated).
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale.
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops)."""
        return self._client.request(
            ops.GET_LISTING_SCHEMAS,
            {
                "category_ids": category_ids,
                "locale": locale,
                "category_version": category_version,
            },
        )

    def get_opportunity(
        self,
        *,
        opportunity_id: str,
        locale: str | None = None,
    ) -> GetOpportunityResponse:
        """Get an opportunity.

        Returns the full record of one opportunity lead: listing criteria, market and content data, and the
        recommended action.

        `GET /product/202604/opportunities/{opportunity_id}` (shop cipher required)

        Args:
            opportunity_id: The opportunity id.
            locale: BCP-47 language of the returned texts, e.g. `en-US`."""
        return self._client.request(
            ops.GET_OPPORTUNITY,
            {
                "opportunity_id": opportunity_id,
                "locale": locale,
            },
        )

    def get_opportunity_submissions(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: str | None = None,
        opportunity_id: str | None = None,
        product_id: str | None = None,
        submit_time_ge: int | None = None,
        submit_time_lt: int | None = None,
    ) -> GetOpportunitySubmissionsResponse:
        """Get opportunity submission records.

        Lists the seller's product submissions to opportunities with their review status, to track them. The
        page and its `next_page_token` sit in the nested `data` object.

        `GET /product/202604/opportunities/submissions` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            status: Only submissions in this status: `PENDING_REVIEW`, `APPROVED` or `REJECTED`.
            opportunity_id: Only submissions to this opportunity.
            product_id: Only submissions of this product.
            submit_time_ge: Only submissions made at or after this time, Unix seconds.
            submit_time_lt: Only submissions made before this time, Unix seconds."""
        return self._client.request(
            ops.GET_OPPORTUNITY_SUBMISSIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "opportunity_id": opportunity_id,
                "product_id": product_id,
                "submit_time_ge": submit_time_ge,
                "submit_time_lt": submit_time_lt,
            },
        )

    def get_product_detail(
        self,
        *,
        product_id: str,
        return_under_review_version: bool | None = None,
        return_draft_version: bool | None = None,
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
    ) -> GetProductDetailResponse:
        """Get product detail.

        Returns every property of one product, including frozen and deleted products. Ask for the draft or
        the version under review with the query flags.

        `GET /product/202309/products/{product_id}` (shop cipher required)

        Args:
            product_id: Product id.
            return_under_review_version: Return the edited version under audit instead of the live one, when
                there is one.
            return_draft_version: Return the unpublished draft instead of the live version, when there is
                one.
            locale: Locale (BCP-47) of the category information; defaults to the shop locale."""
        return self._client.request(
            ops.GET_PRODUCT_DETAIL,
            {
                "product_id": product_id,
                "return_under_review_version": return_under_review_version,
                "return_draft_version": return_draft_version,
                "locale": locale,
            },
        )

    def get_product_diagnoses(
        self,
        *,
        product_ids: list[str],
    ) -> GetProductDiagnosesResponse:
        """Get product diagnoses.

        Diagnoses live products: listing quality tier (US), issues per field and generated suggestions for
        title, description and images.

        `GET /product/202405/products/diagnoses` (shop cipher required)

        Args:
            product_ids: Ids of live products to examine."""
        return self._client.request(
            ops.GET_PRODUCT_DIAGNOSES,
            {
                "product_ids": product_ids,
            },
        )

    def get_product_package_recommendations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        product_ids: list[str] | None = None,
    ) -> GetProductPackageRecommendationsResponse:
        """Get product package recommendations.

        Returns recommended package weight and dimension ranges for products whose declared package looks
        wrong (BR and MX only).

        `POST /product/202602/packages/recommend` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            product_ids: Product ids."""
        return self._client.request(
            ops.GET_PRODUCT_PACKAGE_RECOMMENDATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "product_ids": product_ids,
            },
        )

    def iter_get_product_package_recommendations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        product_ids: list[str] | None = None,
    ) -> SyncPager[PackageRecommendation, GetProductPackageRecommendationsResponse]:
        """Iterate over every item of `get_product_package_recommendations` across pages, fetching each page
        lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_product_package_recommendations`."""
        return self._client.paginate(
            ops.GET_PRODUCT_PACKAGE_RECOMMENDATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "product_ids": product_ids,
            },
        )

    def get_product_seo_words(
        self,
        *,
        product_ids: list[str],
    ) -> GetProductSeoWordsResponse:
        """Get product SEO words.

        Suggests SEO keywords for the titles of live products (US, UK and SEA markets).

        `GET /product/202405/products/seo_words` (shop cipher required)

        Args:
            product_ids: Ids of live products to examine."""
        return self._client.request(
            ops.GET_PRODUCT_SEO_WORDS,
            {
                "product_ids": product_ids,
            },
        )

    def get_product_skpp_detail(
        self,
        *,
        product_id: str,
        locale: str | None = None,
    ) -> GetProductSkppDetailResponse:
        """Get a product's SKPP detail.

        Returns one product's SKPP status, current and target score, per-task progress with suggested
        actions, and rewards.

        `GET /product/202606/skpps/{product_id}` (shop cipher required)

        Args:
            product_id: The product id.
            locale: Language of the returned names, e.g. `en`, `en-GB`, `pt-BR`."""
        return self._client.request(
            ops.GET_PRODUCT_SKPP_DETAIL,
            {
                "product_id": product_id,
                "locale": locale,
            },
        )

    def get_product_suggestions(
        self,
        *,
        product_ids: list[str],
    ) -> GetProductSuggestionsResponse:
        """Get recommended titles and descriptions.

        Returns AI-optimized titles and descriptions for live products.

        `GET /product/202405/products/suggestions` (shop cipher required)

        Args:
            product_ids: Ids of live products to examine."""
        return self._client.request(
            ops.GET_PRODUCT_SUGGESTIONS,
            {
                "product_ids": product_ids,
            },
        )

    def get_shop_skpp_summary(
        self,
    ) -> GetShopSkppSummaryResponse:
        """Get the shop SKPP summary.

        Returns the shop-level SKPP summary: qualified and eligible product counts, ad credit earned and
        extra visibility over the last 30 days (SKPP-enrolled shops only).

        `GET /product/202606/skpps/sum` (shop cipher required)"""
        return self._client.request(ops.GET_SHOP_SKPP_SUMMARY, {})

    def list_opportunities(
        self,
        *,
        page_size: int,
        opportunity_type: Literal["CATEGORY", "KEYWORD", "PRODUCT"],
        page_token: str | None = None,
        locale: str | None = None,
        category_ids: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        tag_codes: list[str] | None = None,
    ) -> ListOpportunitiesResponse:
        """List opportunities.

        Lists the opportunity leads (products, keywords or categories in demand) offered to the seller,
        ranked by TikTok, with optional category, time and tag filters. The page and its `next_page_token`
        sit in the nested `data` object.

        `POST /product/202604/opportunities/query` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            locale: BCP-47 language of the returned texts, e.g. `en-US`.
            opportunity_type: `PRODUCT`, `KEYWORD` (search keyword) or `CATEGORY` opportunities.
            category_ids: Only these categories; empty for all.
            create_time_ge: Only opportunities created at or after this time, Unix seconds.
            create_time_lt: Only opportunities created before this time, Unix seconds.
            tag_codes: Lowercase tag codes, at most 20 (`core_product` and `top_product` for PRODUCT only)."""
        return self._client.request(
            ops.LIST_OPPORTUNITIES,
            {
                "page_size": page_size,
                "page_token": page_token,
                "locale": locale,
                "opportunity_type": opportunity_type,
                "category_ids": category_ids,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "tag_codes": tag_codes,
            },
        )

    def list_product_skpp_statuses(
        self,
        *,
        locale: str | None = None,
        product_ids: list[str] | None = None,
        skpp_status: Literal["NOT_QUALIFIED", "QUALIFIED"] | None = None,
        page_size: int | None = None,
        page_no: int | None = None,
    ) -> ListProductSkppStatusesResponse:
        """List product SKPP statuses.

        Returns the SKPP status, score and rewards of the shop's products, by product ids or status, page by
        page (`page_no`).

        `POST /product/202606/skpps/search` (shop cipher required)

        Args:
            locale: Language of the returned names, e.g. `en`, `en-GB`, `pt-BR`.
            product_ids: Product ids, at most 100.
            skpp_status: `QUALIFIED` (already SKPP) or `NOT_QUALIFIED` (eligible for SKPP tasks).
            page_size: Products per page, 1 to 100 (default 50).
            page_no: Page number from 1 (default 1)."""
        return self._client.request(
            ops.LIST_PRODUCT_SKPP_STATUSES,
            {
                "locale": locale,
                "product_ids": product_ids,
                "skpp_status": skpp_status,
                "page_size": page_size,
                "page_no": page_no,
            },
        )

    def optimize_images(
        self,
        *,
        images: list[OptimizeImagesRequestImagesItem] | None = None,
    ) -> OptimizeImagesResponse:
        """Optimize images.

        Starts replacing the background of uploaded images with white (useful for the first main image). It
        runs asynchronously; call again with the same images to read the outcome.

        `POST /product/202404/images/optimize` (shop cipher required)

        Args:
            images: Images to optimize, at most 20 (uploaded to TikTok Shop first)."""
        return self._client.request(
            ops.OPTIMIZE_IMAGES,
            {
                "images": images,
            },
        )

    def predict_package_dimensions_and_weight(
        self,
        *,
        category_id: str,
    ) -> PredictPackageDimensionsAndWeightResponse:
        """Predict package dimensions and weight.

        Predicts the package dimensions and weight of a product from its leaf category, to prefill create or
        edit product. `data` is empty when there is no prediction.

        `POST /product/202609/products/package/predict` (shop cipher required)

        Args:
            category_id: Leaf category id of the product."""
        return self._client.request(
            ops.PREDICT_PACKAGE_DIMENSIONS_AND_WEIGHT,
            {
                "category_id": category_id,
            },
        )

    def publish_global_product(
        self,
        *,
        global_product_id: str,
        publish_target: list[PublishTarget],
    ) -> PublishGlobalProductResponse:
        """Publish a global product.

        Converts a global product into local products in the shops of the given markets; each local product
        then goes through TikTok's review in its market.

        `POST /product/202309/global_products/{global_product_id}/publish`

        Args:
            global_product_id: The global product id.
            publish_target: Target markets."""
        return self._client.request(
            ops.PUBLISH_GLOBAL_PRODUCT,
            {
                "global_product_id": global_product_id,
                "publish_target": publish_target,
            },
        )

    def recommend_categories(
        self,
        *,
        product_title: str,
        category_version: str | None = None,
        description: str | None = None,
        images: list[CategoryImageRef] | None = None,
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
        origin_platform_category: CategoryExternalCategory | None = None,
        origin_platform_product_meta_data: OriginPlatformProductMetaData | None = None,
        is_live_quick: bool | None = None,
    ) -> RecommendCategoriesResponse:
        """Recommend a category.

        Suggests the leaf category of a candidate product from its title, description and images, with the
        category path above it. Useful when importing a catalog from another platform.

        `POST /product/202309/categories/recommend` (shop cipher optional)

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
        images: list[CategoryImageRef] | None = None,
        category_version: Literal["v1", "v2"] | None = None,
    ) -> RecommendGlobalCategoriesResponse:
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

    def recommend_required_product_properties(
        self,
        *,
        category_id: str,
        product_title: str,
        description: str | None = None,
        images: list[ImageInput] | None = None,
        sales_properties: list[SalesProperty] | None = None,
        target_property_ids: list[str] | None = None,
    ) -> RecommendRequiredProductPropertiesResponse:
        """Recommend required product properties.

        Predicts the required properties of a product and their likely values from its category and content,
        to prefill create or edit product. Leave personal data out of the content.

        `POST /product/202609/products/properties/recommend` (shop cipher required)

        Args:
            category_id: Leaf category id of the product.
            product_title: Product title.
            description: Product description, for better predictions.
            images: Product images in order, for better predictions.
            sales_properties: Standard sales properties already chosen.
            target_property_ids: Only predict these properties."""
        return self._client.request(
            ops.RECOMMEND_REQUIRED_PRODUCT_PROPERTIES,
            {
                "category_id": category_id,
                "product_title": product_title,
                "description": description,
                "images": images,
                "sales_properties": sales_properties,
                "target_property_ids": target_property_ids,
            },
        )

    def recover_products(
        self,
        *,
        product_ids: list[str],
    ) -> RecoverProductsResponse:
        """Recover deleted products.

        Restores up to 20 deleted products, which come back deactivated. Products that could not be
        recovered are listed in `errors`.

        `POST /product/202309/products/recover` (shop cipher required)

        Args:
            product_ids: Ids of the products to recover, at most 20."""
        return self._client.request(
            ops.RECOVER_PRODUCTS,
            {
                "product_ids": product_ids,
            },
        )

    def replicate_product(
        self,
        *,
        product_id: str,
        inventory_mode: Literal["EXCLUSIVE", "SHARED"] | None = None,
        replicate_target: list[ReplicateTarget] | None = None,
    ) -> ReplicateProductResponse:
        """Replicate a product to other markets.

        Copies a local product to other markets of the seller. Validation errors per target market are
        returned at once; the replication itself runs asynchronously.

        `POST /product/202507/products/{product_id}/global_replicate` (shop cipher required)

        Args:
            product_id: Id of the product to replicate.
            inventory_mode: Inventory mode of the source product (EU).
            replicate_target: Markets to replicate to."""
        return self._client.request(
            ops.REPLICATE_PRODUCT,
            {
                "product_id": product_id,
                "inventory_mode": inventory_mode,
                "replicate_target": replicate_target,
            },
        )

    def search_global_products_202309(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal["DELETED", "DRAFT", "PUBLISHED", "UNPUBLISHED"] | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
    ) -> SearchGlobalProductsResponse:
        """Search global products (202309).

        Older version of the global product search: lists global products matching status, SKU and time
        filters, newest first, with their key fields only.

        `POST /product/202309/global_products/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            status: Only products in this status.
            seller_skus: Only products having this Seller SKU (one value at most).
            create_time_ge: Only products created at or after this time, Unix seconds.
            create_time_le: Only products created at or before this time, Unix seconds (default now).
            update_time_ge: Only products updated at or after this time, Unix seconds.
            update_time_le: Only products updated at or before this time, Unix seconds (default now)."""
        return self._client.request(
            ops.SEARCH_GLOBAL_PRODUCTS_202309,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
            },
        )

    def iter_search_global_products_202309(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal["DELETED", "DRAFT", "PUBLISHED", "UNPUBLISHED"] | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
    ) -> SyncPager[GlobalProductSummary, SearchGlobalProductsResponse]:
        """Iterate over every item of `search_global_products_202309` across pages, fetching each page lazily.

        Iterating yields `global_products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_global_products_202309`."""
        return self._client.paginate(
            ops.SEARCH_GLOBAL_PRODUCTS_202309,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
            },
        )

    def search_global_products(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal["DELETED", "DRAFT", "PUBLISHED", "UNPUBLISHED"] | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
    ) -> SearchGlobalProductsResponse:
        """Search global products.

        Lists global products matching status, Seller SKU and time filters, newest first, with their key
        fields only; get the full record with `get_global_product`.

        `POST /product/202312/global_products/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            status: Only products in this status.
            seller_skus: Only products having this Seller SKU (one value at most).
            create_time_ge: Only products created at or after this time, Unix seconds.
            create_time_le: Only products created at or before this time, Unix seconds (default now).
            update_time_ge: Only products updated at or after this time, Unix seconds.
            update_time_le: Only products updated at or before this time, Unix seconds (default now)."""
        return self._client.request(
            ops.SEARCH_GLOBAL_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
            },
        )

    def iter_search_global_products(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal["DELETED", "DRAFT", "PUBLISHED", "UNPUBLISHED"] | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
    ) -> SyncPager[GlobalProductSummary, SearchGlobalProductsResponse]:
        """Iterate over every item of `search_global_products` across pages, fetching each page lazily.

        Iterating yields `global_products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_global_products`."""
        return self._client.paginate(
            ops.SEARCH_GLOBAL_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
            },
        )

    def search_inventory(
        self,
        *,
        product_ids: list[str] | None = None,
        sku_ids: list[str] | None = None,
    ) -> SearchInventoryResponse:
        """Search inventory.

        Reports available and reserved stock per warehouse for the SKUs of the given products, or for the
        given SKUs (SKU ids win when both are passed).

        `POST /product/202309/inventory/search` (shop cipher required)

        Args:
            product_ids: Products whose SKUs to report, at most 100.
            sku_ids: SKUs to report, at most 600; takes precedence over `product_ids`."""
        return self._client.request(
            ops.SEARCH_INVENTORY,
            {
                "product_ids": product_ids,
                "sku_ids": sku_ids,
            },
        )

    def search_manufacturers_202409(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        manufacturer_ids: list[str] | None = None,
        keyword: str | None = None,
    ) -> SearchManufacturers202409Response:
        """Search manufacturers.

        Lists the seller's manufacturers by ids or keyword, to find the ids to attach to products in EU
        markets.

        `POST /product/202409/compliance/manufacturers/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            manufacturer_ids: Manufacturer ids, at most `page_size`.
            keyword: Text searched in name, trade name, phone number and email, at most 200 characters."""
        return self._client.request(
            ops.SEARCH_MANUFACTURERS_202409,
            {
                "page_size": page_size,
                "page_token": page_token,
                "manufacturer_ids": manufacturer_ids,
                "keyword": keyword,
            },
        )

    def iter_search_manufacturers_202409(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        manufacturer_ids: list[str] | None = None,
        keyword: str | None = None,
    ) -> SyncPager[ComplianceManufacturer, SearchManufacturers202409Response]:
        """Iterate over every item of `search_manufacturers_202409` across pages, fetching each page lazily.

        Iterating yields `manufacturers` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_manufacturers_202409`."""
        return self._client.paginate(
            ops.SEARCH_MANUFACTURERS_202409,
            {
                "page_size": page_size,
                "page_token": page_token,
                "manufacturer_ids": manufacturer_ids,
                "keyword": keyword,
            },
        )

    def search_manufacturers(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        manufacturer_ids: list[str] | None = None,
        keyword: str | None = None,
        locales: list[Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"]] | None = None,
    ) -> SearchManufacturersResponse:
        """Search manufacturers (202501).

        Lists the seller's manufacturers by ids or keyword, each with its details in every requested EU
        language.

        `POST /product/202501/compliance/manufacturers/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            manufacturer_ids: Manufacturer ids, at most `page_size`.
            keyword: Text searched in name, trade name, phone number and email, at most 200 characters.
            locales: Languages to return the details in; default the language of the seller's business
                address."""
        return self._client.request(
            ops.SEARCH_MANUFACTURERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "manufacturer_ids": manufacturer_ids,
                "keyword": keyword,
                "locales": locales,
            },
        )

    def iter_search_manufacturers(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        manufacturer_ids: list[str] | None = None,
        keyword: str | None = None,
        locales: list[Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"]] | None = None,
    ) -> SyncPager[SearchManufacturersManufacturer, SearchManufacturersResponse]:
        """Iterate over every item of `search_manufacturers` across pages, fetching each page lazily.

        Iterating yields `manufacturers` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_manufacturers`."""
        return self._client.paginate(
            ops.SEARCH_MANUFACTURERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "manufacturer_ids": manufacturer_ids,
                "keyword": keyword,
                "locales": locales,
            },
        )

    def search_products_202309(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        category_version: str | None = None,
        status: Literal[
            "ACTIVATE",
            "ALL",
            "DELETED",
            "DRAFT",
            "FAILED",
            "FREEZE",
            "PENDING",
            "PLATFORM_DEACTIVATED",
            "SELLER_DEACTIVATED",
        ]
        | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
    ) -> SearchProductsResponse:
        """Search products.

        Lists the products of the shop matching the filters, one page at a time, with their key properties
        and SKUs. Get a product detail for everything else.

        `POST /product/202309/products/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            category_version: Only products in this category tree: `v1` (3 levels, most regions) or `v2` (7
                levels, US). Without it, products of both trees are returned.
            status: Only products in this status (of the base version, not of drafts); `ALL` for every
                status.
            seller_skus: Only products with these seller SKU codes.
            create_time_ge: Only products created at or after this time, Unix seconds.
            create_time_le: Only products created at or before this time, Unix seconds.
            update_time_ge: Only products updated at or after this time, Unix seconds.
            update_time_le: Only products updated at or before this time, Unix seconds."""
        return self._client.request(
            ops.SEARCH_PRODUCTS_202309,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_version": category_version,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
            },
        )

    def iter_search_products_202309(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        category_version: str | None = None,
        status: Literal[
            "ACTIVATE",
            "ALL",
            "DELETED",
            "DRAFT",
            "FAILED",
            "FREEZE",
            "PENDING",
            "PLATFORM_DEACTIVATED",
            "SELLER_DEACTIVATED",
        ]
        | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
    ) -> SyncPager[Summary, SearchProductsResponse]:
        """Iterate over every item of `search_products_202309` across pages, fetching each page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_products_202309`."""
        return self._client.paginate(
            ops.SEARCH_PRODUCTS_202309,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_version": category_version,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
            },
        )

    def search_products_202312(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal[
            "ACTIVATE",
            "ALL",
            "DELETED",
            "DRAFT",
            "FAILED",
            "FREEZE",
            "PENDING",
            "PLATFORM_DEACTIVATED",
            "SELLER_DEACTIVATED",
        ]
        | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
        category_version: Literal["v1", "v2"] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        audit_status: list[Literal["APPROVED", "AUDITING", "FAILED"]] | None = None,
        sku_ids: list[str] | None = None,
        sns_filter: Literal["CONFIGURED", "ELIGIBLE"] | None = None,
        return_draft_version: bool | None = None,
        listing_quality_tier: Literal["EXCELLENT", "FAIR", "GOOD", "POOR"] | None = None,
    ) -> SearchProductsResponse:
        """Search products.

        Lists the products of the shop matching the filters, one page at a time, with their key properties
        and SKUs. Get a product detail for everything else.

        `POST /product/202312/products/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            status: Only products in this status (of the base version, not of drafts); `ALL` for every
                status.
            seller_skus: Only products with these seller SKU codes.
            create_time_ge: Only products created at or after this time, Unix seconds.
            create_time_le: Only products created at or before this time, Unix seconds.
            update_time_ge: Only products updated at or after this time, Unix seconds.
            update_time_le: Only products updated at or before this time, Unix seconds.
            category_version: Only products in this category tree version; both by default.
            listing_platforms: Only products on these platforms (migrated Tokopedia sellers; needs
                `status`).
            audit_status: Only products with this audit status.
            sku_ids: Only products with these SKU ids, at most 10.
            sns_filter: Only products with this Subscribe and Save state.
            return_draft_version: Only products that have a draft, returned in their draft version.
            listing_quality_tier: Only products in this listing quality tier (US only)."""
        return self._client.request(
            ops.SEARCH_PRODUCTS_202312,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
                "category_version": category_version,
                "listing_platforms": listing_platforms,
                "audit_status": audit_status,
                "sku_ids": sku_ids,
                "sns_filter": sns_filter,
                "return_draft_version": return_draft_version,
                "listing_quality_tier": listing_quality_tier,
            },
        )

    def iter_search_products_202312(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal[
            "ACTIVATE",
            "ALL",
            "DELETED",
            "DRAFT",
            "FAILED",
            "FREEZE",
            "PENDING",
            "PLATFORM_DEACTIVATED",
            "SELLER_DEACTIVATED",
        ]
        | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
        category_version: Literal["v1", "v2"] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        audit_status: list[Literal["APPROVED", "AUDITING", "FAILED"]] | None = None,
        sku_ids: list[str] | None = None,
        sns_filter: Literal["CONFIGURED", "ELIGIBLE"] | None = None,
        return_draft_version: bool | None = None,
        listing_quality_tier: Literal["EXCELLENT", "FAIR", "GOOD", "POOR"] | None = None,
    ) -> SyncPager[Summary, SearchProductsResponse]:
        """Iterate over every item of `search_products_202312` across pages, fetching each page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_products_202312`."""
        return self._client.paginate(
            ops.SEARCH_PRODUCTS_202312,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
                "category_version": category_version,
                "listing_platforms": listing_platforms,
                "audit_status": audit_status,
                "sku_ids": sku_ids,
                "sns_filter": sns_filter,
                "return_draft_version": return_draft_version,
                "listing_quality_tier": listing_quality_tier,
            },
        )

    def search_products(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal[
            "ACTIVATE",
            "ALL",
            "DELETED",
            "DRAFT",
            "FAILED",
            "FREEZE",
            "PENDING",
            "PLATFORM_DEACTIVATED",
            "SELLER_DEACTIVATED",
        ]
        | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
        category_version: Literal["v1", "v2"] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        audit_status: list[Literal["APPROVED", "AUDITING", "FAILED"]] | None = None,
        sku_ids: list[str] | None = None,
        sns_filter: Literal["CONFIGURED", "ELIGIBLE"] | None = None,
        return_draft_version: bool | None = None,
        listing_quality_tiers: list[Literal["EXCELLENT", "FAIR", "GOOD", "POOR"]] | None = None,
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
        include_live_quick_products: bool | None = None,
    ) -> SearchProductsResponse:
        """Search products.

        Lists the products of the shop matching the filters, one page at a time, with their key properties
        and SKUs. Get a product detail for everything else.

        `POST /product/202502/products/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            status: Only products in this status (of the base version, not of drafts); `ALL` for every
                status.
            seller_skus: Only products with these seller SKU codes.
            create_time_ge: Only products created at or after this time, Unix seconds.
            create_time_le: Only products created at or before this time, Unix seconds.
            update_time_ge: Only products updated at or after this time, Unix seconds.
            update_time_le: Only products updated at or before this time, Unix seconds.
            category_version: Only products in this category tree version; both by default.
            listing_platforms: Only products on these platforms (migrated Tokopedia sellers; needs
                `status`).
            audit_status: Only products with this audit status.
            sku_ids: Only products with these SKU ids, at most 10.
            sns_filter: Only products with this Subscribe and Save state.
            return_draft_version: Only products that have a draft, returned in their draft version.
            listing_quality_tiers: Only products in these listing quality tiers (US only).
            locale: Locale (BCP-47) of the category information.
            include_live_quick_products: Whether to include LIVE_QUICK products."""
        return self._client.request(
            ops.SEARCH_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
                "category_version": category_version,
                "listing_platforms": listing_platforms,
                "audit_status": audit_status,
                "sku_ids": sku_ids,
                "sns_filter": sns_filter,
                "return_draft_version": return_draft_version,
                "listing_quality_tiers": listing_quality_tiers,
                "locale": locale,
                "include_live_quick_products": include_live_quick_products,
            },
        )

    def iter_search_products(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal[
            "ACTIVATE",
            "ALL",
            "DELETED",
            "DRAFT",
            "FAILED",
            "FREEZE",
            "PENDING",
            "PLATFORM_DEACTIVATED",
            "SELLER_DEACTIVATED",
        ]
        | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
        category_version: Literal["v1", "v2"] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        audit_status: list[Literal["APPROVED", "AUDITING", "FAILED"]] | None = None,
        sku_ids: list[str] | None = None,
        sns_filter: Literal["CONFIGURED", "ELIGIBLE"] | None = None,
        return_draft_version: bool | None = None,
        listing_quality_tiers: list[Literal["EXCELLENT", "FAIR", "GOOD", "POOR"]] | None = None,
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
        include_live_quick_products: bool | None = None,
    ) -> SyncPager[Summary, SearchProductsResponse]:
        """Iterate over every item of `search_products` across pages, fetching each page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_products`."""
        return self._client.paginate(
            ops.SEARCH_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
                "category_version": category_version,
                "listing_platforms": listing_platforms,
                "audit_status": audit_status,
                "sku_ids": sku_ids,
                "sns_filter": sns_filter,
                "return_draft_version": return_draft_version,
                "listing_quality_tiers": listing_quality_tiers,
                "locale": locale,
                "include_live_quick_products": include_live_quick_products,
            },
        )

    def search_products_for_compliance_auditing(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        category_asset_cipher: str | None = None,
        product_ids: list[str] | None = None,
        seller_id: str | None = None,
        seller_name: str | None = None,
        product_title: str | None = None,
        category_ids: list[str] | None = None,
        brand_ids: list[str] | None = None,
    ) -> SearchProductsForComplianceAuditingResponse:
        """Search products for compliance auditing.

        For compliance vendors: looks up live products by id, or searches a shop's products by title,
        category and brand, and returns what is needed to prepare a compliance test report.

        `POST /product/202601/compliance/auditing/research`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            category_asset_cipher: Cipher of the category asset the vendor is authorized for.
            product_ids: Product ids to look up directly, at most 20.
            seller_id: Id of the shop to search.
            seller_name: Name of the shop to search.
            product_title: Words of the product title.
            category_ids: Only products in these categories.
            brand_ids: Only products of these brands."""
        return self._client.request(
            ops.SEARCH_PRODUCTS_FOR_COMPLIANCE_AUDITING,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
                "product_ids": product_ids,
                "seller_id": seller_id,
                "seller_name": seller_name,
                "product_title": product_title,
                "category_ids": category_ids,
                "brand_ids": brand_ids,
            },
        )

    def iter_search_products_for_compliance_auditing(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        category_asset_cipher: str | None = None,
        product_ids: list[str] | None = None,
        seller_id: str | None = None,
        seller_name: str | None = None,
        product_title: str | None = None,
        category_ids: list[str] | None = None,
        brand_ids: list[str] | None = None,
    ) -> SyncPager[ComplianceAuditProduct, SearchProductsForComplianceAuditingResponse]:
        """Iterate over every item of `search_products_for_compliance_auditing` across pages, fetching each
        page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_products_for_compliance_auditing`."""
        return self._client.paginate(
            ops.SEARCH_PRODUCTS_FOR_COMPLIANCE_AUDITING,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
                "product_ids": product_ids,
                "seller_id": seller_id,
                "seller_name": seller_name,
                "product_title": product_title,
                "category_ids": category_ids,
                "brand_ids": brand_ids,
            },
        )

    def search_responsible_persons_202409(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        responsible_person_ids: list[str] | None = None,
        keyword: str | None = None,
    ) -> SearchResponsiblePersons202409Response:
        """Search responsible persons.

        Lists the seller's EU responsible persons by ids or keyword, to find the ids to attach to products.

        `POST /product/202409/compliance/responsible_persons/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            responsible_person_ids: Responsible person ids, at most `page_size`.
            keyword: Text searched in name, phone number and email, at most 200 characters."""
        return self._client.request(
            ops.SEARCH_RESPONSIBLE_PERSONS_202409,
            {
                "page_size": page_size,
                "page_token": page_token,
                "responsible_person_ids": responsible_person_ids,
                "keyword": keyword,
            },
        )

    def iter_search_responsible_persons_202409(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        responsible_person_ids: list[str] | None = None,
        keyword: str | None = None,
    ) -> SyncPager[ComplianceResponsiblePerson, SearchResponsiblePersons202409Response]:
        """Iterate over every item of `search_responsible_persons_202409` across pages, fetching each page
        lazily.

        Iterating yields `responsible_persons` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_responsible_persons_202409`."""
        return self._client.paginate(
            ops.SEARCH_RESPONSIBLE_PERSONS_202409,
            {
                "page_size": page_size,
                "page_token": page_token,
                "responsible_person_ids": responsible_person_ids,
                "keyword": keyword,
            },
        )

    def search_responsible_persons(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        responsible_person_ids: list[str] | None = None,
        keyword: str | None = None,
        locales: list[Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"]] | None = None,
    ) -> SearchResponsiblePersonsResponse:
        """Search responsible persons (202501).

        Lists the seller's EU responsible persons by ids or keyword, each with its details in every
        requested EU language.

        `POST /product/202501/compliance/responsible_persons/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            responsible_person_ids: Responsible person ids, at most `page_size`.
            keyword: Text searched in name, phone number and email, at most 200 characters.
            locales: Languages to return the details in; default the language of the seller's business
                address."""
        return self._client.request(
            ops.SEARCH_RESPONSIBLE_PERSONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "responsible_person_ids": responsible_person_ids,
                "keyword": keyword,
                "locales": locales,
            },
        )

    def iter_search_responsible_persons(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        responsible_person_ids: list[str] | None = None,
        keyword: str | None = None,
        locales: list[Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"]] | None = None,
    ) -> SyncPager[ResponsiblePerson, SearchResponsiblePersonsResponse]:
        """Iterate over every item of `search_responsible_persons` across pages, fetching each page lazily.

        Iterating yields `responsible_persons` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_responsible_persons`."""
        return self._client.paginate(
            ops.SEARCH_RESPONSIBLE_PERSONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "responsible_person_ids": responsible_person_ids,
                "keyword": keyword,
                "locales": locales,
            },
        )

    def search_size_charts(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        locales: list[
            Literal[
                "de-DE",
                "en-GB",
                "en-IE",
                "en-US",
                "es-ES",
                "es-MX",
                "fr-FR",
                "id-ID",
                "it-IT",
                "ja-JP",
                "ms-MY",
                "pt-BR",
                "th-TH",
                "vi-VN",
                "zh-CN",
            ]
        ]
        | None = None,
        ids: list[str] | None = None,
        keyword: str | None = None,
        size_chart_mode: Literal["PRODUCT_SCOPED", "REUSABLE_TEMPLATE"] | None = None,
    ) -> SearchSizeChartsResponse:
        """Search size charts.

        Lists the size charts the seller has created, filtered by template ids, name keyword or usage mode.
        Use a returned template id in a product's `size_chart`.

        `POST /product/202407/sizecharts/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            locales: Languages of the size chart images and tables to return (BCP-47, sent comma-separated).
            ids: Size chart template ids, at most 50; wins over `keyword`.
            keyword: Words of the template name (PRODUCT_SCOPED charts have no name and are not matched).
            size_chart_mode: `REUSABLE_TEMPLATE` (shared by many products) or `PRODUCT_SCOPED` (belongs to
                one product)."""
        return self._client.request(
            ops.SEARCH_SIZE_CHARTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "locales": locales,
                "ids": ids,
                "keyword": keyword,
                "size_chart_mode": size_chart_mode,
            },
        )

    def iter_search_size_charts(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        locales: list[
            Literal[
                "de-DE",
                "en-GB",
                "en-IE",
                "en-US",
                "es-ES",
                "es-MX",
                "fr-FR",
                "id-ID",
                "it-IT",
                "ja-JP",
                "ms-MY",
                "pt-BR",
                "th-TH",
                "vi-VN",
                "zh-CN",
            ]
        ]
        | None = None,
        ids: list[str] | None = None,
        keyword: str | None = None,
        size_chart_mode: Literal["PRODUCT_SCOPED", "REUSABLE_TEMPLATE"] | None = None,
    ) -> SyncPager[SizeChart, SearchSizeChartsResponse]:
        """Iterate over every item of `search_size_charts` across pages, fetching each page lazily.

        Iterating yields `size_chart` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_size_charts`."""
        return self._client.paginate(
            ops.SEARCH_SIZE_CHARTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "locales": locales,
                "ids": ids,
                "keyword": keyword,
                "size_chart_mode": size_chart_mode,
            },
        )

    def submit_product_via_opportunity(
        self,
        *,
        opportunity_id: str,
        product_id: str,
    ) -> SubmitProductViaOpportunityResponse:
        """Submit a product to an opportunity.

        Submits an existing active product of the shop in answer to an opportunity lead; the submission is
        then reviewed (track it with `get_opportunity_submissions`).

        `POST /product/202604/opportunities/{opportunity_id}/submit` (shop cipher required)

        Args:
            opportunity_id: The opportunity id.
            product_id: Id of a product of the shop in ACTIVATE status."""
        return self._client.request(
            ops.SUBMIT_PRODUCT_VIA_OPPORTUNITY,
            {
                "opportunity_id": opportunity_id,
                "product_id": product_id,
            },
        )

    def submit_size_chart_appeal(
        self,
        *,
        product_id: int,
        appeal_message: AppealMessage,
    ) -> SubmitSizeChartAppealResponse:
        """Submit a size chart appeal.

        Appeals a listing block caused by a failed size chart check, naming the checks (indicators) the
        seller disputes and the size chart to review.

        `POST /product/202604/appeals/submit` (shop cipher required)

        Args:
            product_id: Id of the blocked product.
            appeal_message: What is appealed."""
        return self._client.request(
            ops.SUBMIT_SIZE_CHART_APPEAL,
            {
                "product_id": product_id,
                "appeal_message": appeal_message,
            },
        )

    def submit_strikethrough_price(
        self,
        *,
        product_id: str,
        external_product_id: str,
        skus: list[SubmitStrikethroughPriceSku],
    ) -> SubmitStrikethroughPriceResponse:
        """Submit strikethrough price evidence.

        Submits external prices of SKUs so TikTok can verify the list price shown struck through during
        discounts. Submissions expire after 90 days.

        `POST /product/202609/products/{product_id}/strikethrough_price/submit` (shop cipher required)

        Args:
            product_id: Product id.
            external_product_id: External product id, as given when the product was created.
            skus: SKUs of the product."""
        return self._client.request(
            ops.SUBMIT_STRIKETHROUGH_PRICE,
            {
                "product_id": product_id,
                "external_product_id": external_product_id,
                "skus": skus,
            },
        )

    def suggest_brands(
        self,
        *,
        product_title: str,
        category_id: str | None = None,
        description: str | None = None,
        images: list[CategoryImageRef] | None = None,
    ) -> SuggestBrandsResponse:
        """Suggest brands.

        Recommends brands for a candidate product from its title, and optionally its category, description
        and first image.

        `POST /product/202609/brands/suggest` (shop cipher required)

        Args:
            product_title: Product title.
            category_id: Category id.
            description: Product description.
            images: Product images; only the first is used."""
        return self._client.request(
            ops.SUGGEST_BRANDS,
            {
                "product_title": product_title,
                "category_id": category_id,
                "description": description,
                "images": images,
            },
        )

    def update_global_product(
        self,
        *,
        global_product_id: str,
        title: str,
        description: str,
        category_id: str,
        main_images: list[GlobalImageInput],
        package_weight: GlobalPackageWeightInput,
        skus: list[GlobalSkuInput],
        category_version: str | None = None,
        brand_id: str | None = None,
        video: GlobalVideoInput | None = None,
        package_dimensions: GlobalPackageDimensionsInput | None = None,
        certifications: list[GlobalCertificationInput] | None = None,
        product_attributes: list[GlobalProductAttributeInput] | None = None,
        size_chart: GlobalSizeChartInput | None = None,
        manufacturer: GlobalManufacturerInfoInput | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        external_global_product_id: str | None = None,
    ) -> UpdateGlobalProductResponse:
        """Edit a global product.

        Replaces all properties of a global product. For published products the changes are retranslated and
        synced to the local products; `publish_results` reports each market.

        `PUT /product/202309/global_products/{global_product_id}`

        Args:
            global_product_id: The global product id.
            title: Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (MX), 25-255
                elsewhere.
            description: Product description in HTML, at most 10,000 characters and 30 `<img>` tags using
                TikTok Shop image URLs.
            category_id: Leaf category id in the tree of `category_version`, with `AVAILABLE` permission.
            main_images: Gallery images in display order, at most 9, 300x300 to 4000x4000 px; the first
                should have a white background.
            package_weight: Package weight; use the same measurement system as the dimensions.
            skus: The global SKUs to keep or create; existing SKUs whose id is left out are deleted.
            category_version: Category tree version: `v1` (3-level, default) or `v2` (7-level, required when
                the seller has a US shop).
            brand_id: Brand id; unauthorized brands are not displayed.
            video: The product video.
            package_dimensions: Package dimensions; use the same measurement system as the weight.
            certifications: Certifications, at most 10; see the global category rules for which are
                required.
            product_attributes: Attributes of the whole product; those marked required by the global
                category attributes must be given.
            size_chart: The size chart, as an image or a template.
            manufacturer: Manufacturer contact details.
            manufacturer_ids: EU manufacturer ids (from the compliance manufacturer search), for categories
                that need them.
            responsible_person_ids: EU responsible person ids (from the compliance responsible person
                search), for categories that need them.
            external_global_product_id: The product's id on an external e-commerce platform, at most 999
                characters."""
        return self._client.request(
            ops.UPDATE_GLOBAL_PRODUCT,
            {
                "global_product_id": global_product_id,
                "title": title,
                "description": description,
                "category_id": category_id,
                "main_images": main_images,
                "package_weight": package_weight,
                "skus": skus,
                "category_version": category_version,
                "brand_id": brand_id,
                "video": video,
                "package_dimensions": package_dimensions,
                "certifications": certifications,
                "product_attributes": product_attributes,
                "size_chart": size_chart,
                "manufacturer": manufacturer,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "external_global_product_id": external_global_product_id,
            },
        )

    def update_global_product_inventory(
        self,
        *,
        global_product_id: str,
        global_skus: list[UpdateGlobalProductInventoryGlobalSku],
    ) -> UpdateGlobalProductInventoryResponse:
        """Update global product inventory.

        Sets the per-warehouse inventory of global SKUs of a global product (DRAFT, UNPUBLISHED or
        PUBLISHED). Needs the multi-warehouse feature; warehouses left out keep their quantities.

        `POST /product/202309/global_products/{global_product_id}/inventory/update`

        Args:
            global_product_id: The global product id.
            global_skus: Global SKUs to update, at least one."""
        return self._client.request(
            ops.UPDATE_GLOBAL_PRODUCT_INVENTORY,
            {
                "global_product_id": global_product_id,
                "global_skus": global_skus,
            },
        )

    def update_global_product_partially(
        self,
        *,
        global_product_id: str,
        title: str | None = None,
        description: str | None = None,
        category_id: str | None = None,
        category_version: str | None = None,
        brand_id: str | None = None,
        main_images: list[GlobalImageInput] | None = None,
        video: GlobalVideoInput | None = None,
        package_dimensions: GlobalPackageDimensionsInput | None = None,
        package_weight: GlobalPackageWeightInput | None = None,
        certifications: list[GlobalCertificationInput] | None = None,
        product_attributes: list[GlobalProductAttributeInput] | None = None,
        size_chart: GlobalSizeChartInput | None = None,
        manufacturer: GlobalManufacturerInfoInput | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        external_global_product_id: str | None = None,
        skus: list[GlobalSkuPartialInput] | None = None,
    ) -> UpdateGlobalProductPartiallyResponse:
        """Partially edit a global product.

        Updates only the fields given of a global product (the category cannot change); linked local
        products receive the applicable changes.

        `PUT /product/202509/global_products/{global_product_id}/partial_edit`

        Args:
            global_product_id: The global product id.
            title: Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (MX), 25-255
                elsewhere.
            description: Product description in HTML, at most 10,000 characters and 30 `<img>` tags using
                TikTok Shop image URLs.
            category_id: Leaf category id in the tree of `category_version`, with `AVAILABLE` permission.
            category_version: Category tree version: `v1` (3-level, default) or `v2` (7-level, required when
                the seller has a US shop).
            brand_id: Brand id; unauthorized brands are not displayed.
            main_images: Gallery images in display order, at most 9, 300x300 to 4000x4000 px; the first
                should have a white background.
            video: The product video.
            package_dimensions: Package dimensions; use the same measurement system as the weight.
            package_weight: Package weight; use the same measurement system as the dimensions.
            certifications: Certifications, at most 10; see the global category rules for which are
                required.
            product_attributes: Attributes of the whole product; those marked required by the global
                category attributes must be given.
            size_chart: The size chart, as an image or a template.
            manufacturer: Manufacturer contact details.
            manufacturer_ids: EU manufacturer ids (from the compliance manufacturer search), for categories
                that need them.
            responsible_person_ids: EU responsible person ids (from the compliance responsible person
                search), for categories that need them.
            external_global_product_id: The product's id on an external e-commerce platform, at most 999
                characters.
            skus: The global SKUs to keep or create; existing SKUs whose id is left out are deleted."""
        return self._client.request(
            ops.UPDATE_GLOBAL_PRODUCT_PARTIALLY,
            {
                "global_product_id": global_product_id,
                "title": title,
                "description": description,
                "category_id": category_id,
                "category_version": category_version,
                "brand_id": brand_id,
                "main_images": main_images,
                "video": video,
                "package_dimensions": package_dimensions,
                "package_weight": package_weight,
                "certifications": certifications,
                "product_attributes": product_attributes,
                "size_chart": size_chart,
                "manufacturer": manufacturer,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "external_global_product_id": external_global_product_id,
                "skus": skus,
            },
        )

    def update_manufacturer_partially(
        self,
        *,
        manufacturer_id: str,
        name: str | None = None,
        registered_trade_name: str | None = None,
        email: str | None = None,
        phone_number: CompliancePhoneNumberInput | None = None,
        address: str | None = None,
        locale: Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"] | None = None,
    ) -> UpdateManufacturerPartiallyResponse:
        """Partially edit a manufacturer.

        Updates the given fields of a manufacturer in one language version (chosen by `locale`); other
        language versions are unchanged.

        `POST /product/202409/compliance/manufacturers/{manufacturer_id}/partial_edit`

        Args:
            manufacturer_id: The manufacturer id.
            name: Manufacturer name, at most 255 characters.
            registered_trade_name: Registered trade name, at most 200 characters.
            email: Email address.
            phone_number: A manufacturer phone number.
            address: Postal address, at most 500 characters.
            locale: Language version to update; default the language of the seller's business address."""
        return self._client.request(
            ops.UPDATE_MANUFACTURER_PARTIALLY,
            {
                "manufacturer_id": manufacturer_id,
                "name": name,
                "registered_trade_name": registered_trade_name,
                "email": email,
                "phone_number": phone_number,
                "address": address,
                "locale": locale,
            },
        )

    def update_product_202309(
        self,
        *,
        product_id: str,
        title: str,
        description: str,
        category_id: str,
        main_images: list[ImageInput],
        skus: list[SkuInput],
        category_version: str | None = None,
        brand_id: str | None = None,
        package_dimensions: DimensionsInput | None = None,
        package_weight: WeightInput | None = None,
        video: VideoInput | None = None,
        product_attributes: list[AttributeInput] | None = None,
        certifications: list[CertificationInput] | None = None,
        size_chart: SizingChartInput | None = None,
        external_product_id: str | None = None,
        delivery_option_ids: list[str] | None = None,
        primary_combined_product_id: str | None = None,
        is_cod_allowed: bool | None = None,
        is_not_for_sale: bool | None = None,
        is_pre_owned: bool | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        shipping_insurance_requirement: Literal["NOT_SUPPORTED", "OPTIONAL", "REQUIRED"] | None = None,
        minimum_order_quantity: int | None = None,
        save_mode: Literal["AS_DRAFT", "LISTING"] | None = None,
        shipping_template_id: str | None = None,
        scheduled_sale: ScheduledSaleInput | None = None,
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
        auto_translate_enabled: bool | None = None,
        search_terms: list[str] | None = None,
        key_product_features: list[str] | None = None,
        product_tag_operations: list[TagOperation] | None = None,
        purchase_order_quantity_limit: PurchaseLimitInput | None = None,
        selling_format: Literal["FIXED_PRICE", "FIXED_PRICE_AND_LIVE_AUCTION"] | None = None,
        is_live_quick: bool | None = None,
        is_blind_box: bool | None = None,
        replicated_products: list[ReplicaSync] | None = None,
        subscribe_info_edit: SubscribeInfoEdit | None = None,
    ) -> UpdateProductResponse:
        """Edit a product.

        Replaces all properties of a product that is not frozen or deleted; fields left out are cleared and
        SKUs left out are deleted. Content changes go through audit again (the live version stays until it
        passes); price and stock changes apply at once.

        `PUT /product/202309/products/{product_id}` (shop cipher required)

        Args:
            product_id: Product id.
            title: Product title (1-255 characters in most regions; 25-255 in some SEA regions).
            description: Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted
                `<img>` tags).
            category_id: Leaf category id, in the category tree given by `category_version`.
            main_images: Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px).
            skus: SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US).
            category_version: Category tree version: `v1` (3 levels) or `v2` (7 levels, required for US and
                SEA shops).
            brand_id: Brand id (see the brands operations).
            package_dimensions: Package (or SKU) dimensions. Use the same measurement system as the weight.
            package_weight: Package (or SKU) weight. Use the same measurement system as the dimensions.
            video: A product video. Requests need only `id`; responses add its URLs and properties.
            product_attributes: Product attributes; those the category marks required must be given.
            certifications: Certifications the category requires, at most 10.
            size_chart: The size chart of a product: either an image or a size chart template.
            external_product_id: Id of the product on an external e-commerce platform (max 999 characters).
            delivery_option_ids: Delivery option ids overriding the warehouse defaults (ID, MX, MY, PH, SG,
                TH, VN only).
            primary_combined_product_id: Primary product of the virtual bundle this product belongs to.
            is_cod_allowed: Whether buyers may pay cash on delivery (some SEA and SA markets).
            is_not_for_sale: Whether the product is only a gift-with-purchase item, not for sale on its own.
            is_pre_owned: Whether the product is pre-owned (only when Tokopedia is the sole platform).
            manufacturer_ids: Manufacturer ids (EU, for some categories).
            responsible_person_ids: EU responsible person ids (for some categories).
            listing_platforms: Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers).
            shipping_insurance_requirement: Shipping insurance for buyers (Tokopedia listings); defaults to
                `OPTIONAL`.
            minimum_order_quantity: Minimum quantity per order, 1 to 20 (Indonesia and selected SEA
                sellers).
            save_mode: `LISTING` submits the product for listing (default); `AS_DRAFT` saves a draft.
            shipping_template_id: Shipping template to bind to the product.
            scheduled_sale: Scheduled listing of a product.
            locale: Locale (BCP-47) of the category information; defaults to the shop locale.
            auto_translate_enabled: Whether to translate the content automatically for markets needing
                several languages.
            search_terms: Search terms, not shown to buyers (at most 15, 250 characters in total).
            key_product_features: Key features shown as product highlights (at most 5, 1500 characters in
                total).
            product_tag_operations: Special product tags to turn on or off (legacy; `selling_format` wins).
            purchase_order_quantity_limit: Purchase quantity limits for buyers.
            selling_format: `FIXED_PRICE` (default) or `FIXED_PRICE_AND_LIVE_AUCTION` (needs a starting bid
                price).
            is_live_quick: Whether the product is a LIVE_QUICK product (needs a permission).
            is_blind_box: Whether the product is a blind box or lucky bag.
            replicated_products: Replicas in other markets to sync the changes to.
            subscribe_info_edit: Subscribe and Save settings to apply."""
        return self._client.request(
            ops.UPDATE_PRODUCT_202309,
            {
                "product_id": product_id,
                "title": title,
                "description": description,
                "category_id": category_id,
                "main_images": main_images,
                "skus": skus,
                "category_version": category_version,
                "brand_id": brand_id,
                "package_dimensions": package_dimensions,
                "package_weight": package_weight,
                "video": video,
                "product_attributes": product_attributes,
                "certifications": certifications,
                "size_chart": size_chart,
                "external_product_id": external_product_id,
                "delivery_option_ids": delivery_option_ids,
                "primary_combined_product_id": primary_combined_product_id,
                "is_cod_allowed": is_cod_allowed,
                "is_not_for_sale": is_not_for_sale,
                "is_pre_owned": is_pre_owned,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "listing_platforms": listing_platforms,
                "shipping_insurance_requirement": shipping_insurance_requirement,
                "minimum_order_quantity": minimum_order_quantity,
                "save_mode": save_mode,
                "shipping_template_id": shipping_template_id,
                "scheduled_sale": scheduled_sale,
                "locale": locale,
                "auto_translate_enabled": auto_translate_enabled,
                "search_terms": search_terms,
                "key_product_features": key_product_features,
                "product_tag_operations": product_tag_operations,
                "purchase_order_quantity_limit": purchase_order_quantity_limit,
                "selling_format": selling_format,
                "is_live_quick": is_live_quick,
                "is_blind_box": is_blind_box,
                "replicated_products": replicated_products,
                "subscribe_info_edit": subscribe_info_edit,
            },
        )

    def update_product(
        self,
        *,
        product_id: str,
        title: str,
        description: str,
        category_id: str,
        main_images: list[ImageInput],
        skus: list[SkuInput],
        category_version: str | None = None,
        brand_id: str | None = None,
        package_dimensions: DimensionsInput | None = None,
        package_weight: WeightInput | None = None,
        video: VideoInput | None = None,
        product_attributes: list[AttributeInput] | None = None,
        certifications: list[CertificationInput] | None = None,
        size_chart: SizingChartInput | None = None,
        external_product_id: str | None = None,
        delivery_option_ids: list[str] | None = None,
        primary_combined_product_id: str | None = None,
        is_cod_allowed: bool | None = None,
        is_not_for_sale: bool | None = None,
        is_pre_owned: bool | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        shipping_insurance_requirement: Literal["NOT_SUPPORTED", "OPTIONAL", "REQUIRED"] | None = None,
        minimum_order_quantity: int | None = None,
        save_mode: Literal["AS_DRAFT", "LISTING"] | None = None,
        shipping_template_id: str | None = None,
        scheduled_sale: ScheduledSaleInput | None = None,
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
        auto_translate_enabled: bool | None = None,
        search_terms: list[str] | None = None,
        key_product_features: list[str] | None = None,
        product_tag_operations: list[TagOperation] | None = None,
        purchase_order_quantity_limit: PurchaseLimitInput | None = None,
        selling_format: Literal["FIXED_PRICE", "FIXED_PRICE_AND_LIVE_AUCTION"] | None = None,
        is_live_quick: bool | None = None,
        is_blind_box: bool | None = None,
        inventory_mode: str | None = None,
        replicated_products: list[ReplicaSync] | None = None,
        subscribe_info_edit: SubscribeInfoEdit | None = None,
    ) -> UpdateProductResponse:
        """Edit a product.

        Replaces all properties of a product that is not frozen or deleted; fields left out are cleared and
        SKUs left out are deleted. Content changes go through audit again (the live version stays until it
        passes); price and stock changes apply at once. This version can also sync the changes to replicas
        in other markets.

        `PUT /product/202509/products/{product_id}` (shop cipher required)

        Args:
            product_id: Product id.
            title: Product title (1-255 characters in most regions; 25-255 in some SEA regions).
            description: Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted
                `<img>` tags).
            category_id: Leaf category id, in the category tree given by `category_version`.
            main_images: Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px).
            skus: SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US).
            category_version: Category tree version: `v1` (3 levels) or `v2` (7 levels, required for US and
                SEA shops).
            brand_id: Brand id (see the brands operations).
            package_dimensions: Package (or SKU) dimensions. Use the same measurement system as the weight.
            package_weight: Package (or SKU) weight. Use the same measurement system as the dimensions.
            video: A product video. Requests need only `id`; responses add its URLs and properties.
            product_attributes: Product attributes; those the category marks required must be given.
            certifications: Certifications the category requires, at most 10.
            size_chart: The size chart of a product: either an image or a size chart template.
            external_product_id: Id of the product on an external e-commerce platform (max 999 characters).
            delivery_option_ids: Delivery option ids overriding the warehouse defaults (ID, MX, MY, PH, SG,
                TH, VN only).
            primary_combined_product_id: Primary product of the virtual bundle this product belongs to.
            is_cod_allowed: Whether buyers may pay cash on delivery (some SEA and SA markets).
            is_not_for_sale: Whether the product is only a gift-with-purchase item, not for sale on its own.
            is_pre_owned: Whether the product is pre-owned (only when Tokopedia is the sole platform).
            manufacturer_ids: Manufacturer ids (EU, for some categories).
            responsible_person_ids: EU responsible person ids (for some categories).
            listing_platforms: Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers).
            shipping_insurance_requirement: Shipping insurance for buyers (Tokopedia listings); defaults to
                `OPTIONAL`.
            minimum_order_quantity: Minimum quantity per order, 1 to 20 (Indonesia and selected SEA
                sellers).
            save_mode: `LISTING` submits the product for listing (default); `AS_DRAFT` saves a draft.
            shipping_template_id: Shipping template to bind to the product.
            scheduled_sale: Scheduled listing of a product.
            locale: Locale (BCP-47) of the category information; defaults to the shop locale.
            auto_translate_enabled: Whether to translate the content automatically for markets needing
                several languages.
            search_terms: Search terms, not shown to buyers (at most 15, 250 characters in total).
            key_product_features: Key features shown as product highlights (at most 5, 1500 characters in
                total).
            product_tag_operations: Special product tags to turn on or off (legacy; `selling_format` wins).
            purchase_order_quantity_limit: Purchase quantity limits for buyers.
            selling_format: `FIXED_PRICE` (default) or `FIXED_PRICE_AND_LIVE_AUCTION` (needs a starting bid
                price).
            is_live_quick: Whether the product is a LIVE_QUICK product (needs a permission).
            is_blind_box: Whether the product is a blind box or lucky bag.
            inventory_mode: Inventory mode of this product towards its replicas: `SHARED` or `EXCLUSIVE`
                (EU).
            replicated_products: Replicas in other markets to sync the changes to.
            subscribe_info_edit: Subscribe and Save settings to apply."""
        return self._client.request(
            ops.UPDATE_PRODUCT,
            {
                "product_id": product_id,
                "title": title,
                "description": description,
                "category_id": category_id,
                "main_images": main_images,
                "skus": skus,
                "category_version": category_version,
                "brand_id": brand_id,
                "package_dimensions": package_dimensions,
                "package_weight": package_weight,
                "video": video,
                "product_attributes": product_attributes,
                "certifications": certifications,
                "size_chart": size_chart,
                "external_product_id": external_product_id,
                "delivery_option_ids": delivery_option_ids,
                "primary_combined_product_id": primary_combined_product_id,
                "is_cod_allowed": is_cod_allowed,
                "is_not_for_sale": is_not_for_sale,
                "is_pre_owned": is_pre_owned,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "listing_platforms": listing_platforms,
                "shipping_insurance_requirement": shipping_insurance_requirement,
                "minimum_order_quantity": minimum_order_quantity,
                "save_mode": save_mode,
                "shipping_template_id": shipping_template_id,
                "scheduled_sale": scheduled_sale,
                "locale": locale,
                "auto_translate_enabled": auto_translate_enabled,
                "search_terms": search_terms,
                "key_product_features": key_product_features,
                "product_tag_operations": product_tag_operations,
                "purchase_order_quantity_limit": purchase_order_quantity_limit,
                "selling_format": selling_format,
                "is_live_quick": is_live_quick,
                "is_blind_box": is_blind_box,
                "inventory_mode": inventory_mode,
                "replicated_products": replicated_products,
                "subscribe_info_edit": subscribe_info_edit,
            },
        )

    def update_product_inventory(
        self,
        *,
        product_id: str,
        skus: list[UpdateProductInventorySku],
    ) -> UpdateProductInventoryResponse:
        """Update product inventory.

        Sets the stock of SKUs of one product, per warehouse. List every warehouse of each SKU; failures per
        SKU and warehouse are reported in `errors`.

        `POST /product/202309/products/{product_id}/inventory/update` (shop cipher optional)

        Args:
            product_id: Product id.
            skus: SKUs to update (all of one product)."""
        return self._client.request(
            ops.UPDATE_PRODUCT_INVENTORY,
            {
                "product_id": product_id,
                "skus": skus,
            },
        )

    def update_product_partially_202309(
        self,
        *,
        product_id: str,
        title: str | None = None,
        description: str | None = None,
        category_version: str | None = None,
        brand_id: str | None = None,
        main_images: list[ImageInput] | None = None,
        skus: list[PartialEditSku] | None = None,
        package_dimensions: DimensionsInput | None = None,
        package_weight: WeightInput | None = None,
        video: VideoInput | None = None,
        product_attributes: list[AttributeInput] | None = None,
        certifications: list[CertificationInput] | None = None,
        size_chart: SizingChartInput | None = None,
        external_product_id: str | None = None,
        is_cod_allowed: bool | None = None,
        manufacturer: ManufacturerInput | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        save_mode: Literal["AS_DRAFT", "LISTING"] | None = None,
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
        auto_translate_enabled: bool | None = None,
        search_terms: list[str] | None = None,
        key_product_features: list[str] | None = None,
        pod_info: PodInfoInput | None = None,
        subscribe_info_edit: SubscribeInfoEdit | None = None,
        replicated_products: list[ReplicaSync] | None = None,
    ) -> UpdateProductPartiallyResponse:
        """Partially edit a product.

        Changes only the given properties of a product that is not frozen or deleted. Content changes go
        through audit again; price and stock changes apply at once.

        `POST /product/202309/products/{product_id}/partial_edit` (shop cipher required)

        Args:
            product_id: Product id.
            title: Product title (1-255 characters in most regions; 25-255 in some SEA regions).
            description: Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted
                `<img>` tags).
            category_version: Category tree version: `v1` (3 levels) or `v2` (7 levels, required for US and
                SEA shops).
            brand_id: Brand id (see the brands operations).
            main_images: Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px).
            skus: SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US).
            package_dimensions: Package (or SKU) dimensions. Use the same measurement system as the weight.
            package_weight: Package (or SKU) weight. Use the same measurement system as the dimensions.
            video: A product video. Requests need only `id`; responses add its URLs and properties.
            product_attributes: Product attributes; those the category marks required must be given.
            certifications: Certifications the category requires, at most 10.
            size_chart: The size chart of a product: either an image or a size chart template.
            external_product_id: Id of the product on an external e-commerce platform (max 999 characters).
            is_cod_allowed: Whether buyers may pay cash on delivery (some SEA and SA markets).
            manufacturer: Manufacturer contact details (older, free-text form; newer versions use
                manufacturer ids).
            manufacturer_ids: Manufacturer ids (EU, for some categories).
            responsible_person_ids: EU responsible person ids (for some categories).
            listing_platforms: Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers).
            save_mode: `LISTING` submits the product for listing (default); `AS_DRAFT` saves a draft.
            locale: Locale (BCP-47) of the category information; defaults to the shop locale.
            auto_translate_enabled: Whether to translate the content automatically for markets needing
                several languages.
            search_terms: Search terms, not shown to buyers (at most 15, 250 characters in total).
            key_product_features: Key features shown as product highlights (at most 5, 1500 characters in
                total).
            pod_info: Print-on-demand (POD) customization of a product.
            subscribe_info_edit: Subscribe and Save settings to apply.
            replicated_products: Replicas in other markets to sync the changes to."""
        return self._client.request(
            ops.UPDATE_PRODUCT_PARTIALLY_202309,
            {
                "product_id": product_id,
                "title": title,
                "description": description,
                "category_version": category_version,
                "brand_id": brand_id,
                "main_images": main_images,
                "skus": skus,
                "package_dimensions": package_dimensions,
                "package_weight": package_weight,
                "video": video,
                "product_attributes": product_attributes,
                "certifications": certifications,
                "size_chart": size_chart,
                "external_product_id": external_product_id,
                "is_cod_allowed": is_cod_allowed,
                "manufacturer": manufacturer,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "listing_platforms": listing_platforms,
                "save_mode": save_mode,
                "locale": locale,
                "auto_translate_enabled": auto_translate_enabled,
                "search_terms": search_terms,
                "key_product_features": key_product_features,
                "pod_info": pod_info,
                "subscribe_info_edit": subscribe_info_edit,
                "replicated_products": replicated_products,
            },
        )

    def update_product_partially(
        self,
        *,
        product_id: str,
        title: str | None = None,
        description: str | None = None,
        category_version: str | None = None,
        brand_id: str | None = None,
        main_images: list[ImageInput] | None = None,
        skus: list[PartialEditSku] | None = None,
        package_dimensions: DimensionsInput | None = None,
        package_weight: WeightInput | None = None,
        video: VideoInput | None = None,
        product_attributes: list[AttributeInput] | None = None,
        certifications: list[CertificationInput] | None = None,
        size_chart: SizingChartInput | None = None,
        external_product_id: str | None = None,
        is_cod_allowed: bool | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        save_mode: Literal["AS_DRAFT", "LISTING"] | None = None,
        scheduled_sale: ScheduledSaleInput | None = None,
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
        auto_translate_enabled: bool | None = None,
        search_terms: list[str] | None = None,
        key_product_features: list[str] | None = None,
        is_blind_box: bool | None = None,
        pod_info: PodInfoInput | None = None,
        inventory_mode: str | None = None,
        replicated_products: list[ReplicaSync] | None = None,
        subscribe_info_edit: SubscribeInfoEdit | None = None,
    ) -> UpdateProductPartiallyResponse:
        """Partially edit a product.

        Changes only the given properties of a product that is not frozen or deleted. Content changes go
        through audit again; price and stock changes apply at once. This version can also sync the changes
        to replicas in other markets.

        `POST /product/202509/products/{product_id}/partial_edit` (shop cipher required)

        Args:
            product_id: Product id.
            title: Product title (1-255 characters in most regions; 25-255 in some SEA regions).
            description: Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted
                `<img>` tags).
            category_version: Category tree version: `v1` (3 levels) or `v2` (7 levels, required for US and
                SEA shops).
            brand_id: Brand id (see the brands operations).
            main_images: Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px).
            skus: SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US).
            package_dimensions: Package (or SKU) dimensions. Use the same measurement system as the weight.
            package_weight: Package (or SKU) weight. Use the same measurement system as the dimensions.
            video: A product video. Requests need only `id`; responses add its URLs and properties.
            product_attributes: Product attributes; those the category marks required must be given.
            certifications: Certifications the category requires, at most 10.
            size_chart: The size chart of a product: either an image or a size chart template.
            external_product_id: Id of the product on an external e-commerce platform (max 999 characters).
            is_cod_allowed: Whether buyers may pay cash on delivery (some SEA and SA markets).
            manufacturer_ids: Manufacturer ids (EU, for some categories).
            responsible_person_ids: EU responsible person ids (for some categories).
            listing_platforms: Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers).
            save_mode: `LISTING` submits the product for listing (default); `AS_DRAFT` saves a draft.
            scheduled_sale: Scheduled listing of a product.
            locale: Locale (BCP-47) of the category information; defaults to the shop locale.
            auto_translate_enabled: Whether to translate the content automatically for markets needing
                several languages.
            search_terms: Search terms, not shown to buyers (at most 15, 250 characters in total).
            key_product_features: Key features shown as product highlights (at most 5, 1500 characters in
                total).
            is_blind_box: Whether the product is a blind box or lucky bag.
            pod_info: Print-on-demand (POD) customization of a product.
            inventory_mode: Inventory mode of this product towards its replicas: `SHARED` or `EXCLUSIVE`
                (EU).
            replicated_products: Replicas in other markets to sync the changes to.
            subscribe_info_edit: Subscribe and Save settings to apply."""
        return self._client.request(
            ops.UPDATE_PRODUCT_PARTIALLY,
            {
                "product_id": product_id,
                "title": title,
                "description": description,
                "category_version": category_version,
                "brand_id": brand_id,
                "main_images": main_images,
                "skus": skus,
                "package_dimensions": package_dimensions,
                "package_weight": package_weight,
                "video": video,
                "product_attributes": product_attributes,
                "certifications": certifications,
                "size_chart": size_chart,
                "external_product_id": external_product_id,
                "is_cod_allowed": is_cod_allowed,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "listing_platforms": listing_platforms,
                "save_mode": save_mode,
                "scheduled_sale": scheduled_sale,
                "locale": locale,
                "auto_translate_enabled": auto_translate_enabled,
                "search_terms": search_terms,
                "key_product_features": key_product_features,
                "is_blind_box": is_blind_box,
                "pod_info": pod_info,
                "inventory_mode": inventory_mode,
                "replicated_products": replicated_products,
                "subscribe_info_edit": subscribe_info_edit,
            },
        )

    def update_product_price(
        self,
        *,
        product_id: str,
        skus: list[UpdateProductPriceSku],
    ) -> UpdateProductPriceResponse:
        """Update product prices.

        Sets the prices of SKUs of one live product. Price changes apply at once, without audit.

        `POST /product/202309/products/{product_id}/prices/update` (shop cipher required)

        Args:
            product_id: Product id.
            skus: SKUs to reprice (all of one product)."""
        return self._client.request(
            ops.UPDATE_PRODUCT_PRICE,
            {
                "product_id": product_id,
                "skus": skus,
            },
        )

    def update_responsible_person_partially(
        self,
        *,
        responsible_person_id: str,
        name: str | None = None,
        email: str | None = None,
        phone_number: CompliancePersonPhoneInput | None = None,
        address: ComplianceAddressInput | None = None,
        locale: Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"] | None = None,
    ) -> UpdateResponsiblePersonPartiallyResponse:
        """Partially edit a responsible person.

        Updates the given fields of an EU responsible person in one language version (chosen by `locale`);
        other language versions are unchanged.

        `POST /product/202409/compliance/responsible_persons/{responsible_person_id}/partial_edit`

        Args:
            responsible_person_id: The responsible person id.
            name: Name, at most 200 characters.
            email: Email address.
            phone_number: A responsible person's phone number.
            address: A postal address in the EU.
            locale: Language version to update; default the language of the seller's business address."""
        return self._client.request(
            ops.UPDATE_RESPONSIBLE_PERSON_PARTIALLY,
            {
                "responsible_person_id": responsible_person_id,
                "name": name,
                "email": email,
                "phone_number": phone_number,
                "address": address,
                "locale": locale,
            },
        )

    def update_size_chart(
        self,
        *,
        size_chart_id: str,
        size_chart_data: SizeChartDataInput,
        template_name: str | None = None,
    ) -> UpdateSizeChartResponse:
        """Edit a size chart.

        Replaces the table (and optionally the name) of one of the seller's reusable size chart templates.

        `POST /product/202610/size_charts/edit` (shop cipher required)

        Args:
            size_chart_id: Id of the seller's reusable size chart template.
            size_chart_data: Structured content of a size chart.
            template_name: New template name; omit to keep the current one."""
        return self._client.request(
            ops.UPDATE_SIZE_CHART,
            {
                "size_chart_id": size_chart_id,
                "size_chart_data": size_chart_data,
                "template_name": template_name,
            },
        )

    def update_stock_operation_settings(
        self,
        *,
        seller_id: str,
        sku_ids: list[str] | None = None,
        stock_operation_setting: StockOperationSetting | None = None,
    ) -> UpdateStockOperationSettingsResponse:
        """Update stock operation settings.

        Turns automatic restocking on or off for 1 to 500 SKUs: whether stock reserved by a cancelled
        seller-fulfilled order goes back to the available stock.

        `POST /product/202608/inventory/operation/settings` (shop cipher required)

        Args:
            seller_id: Seller whose settings change.
            sku_ids: SKUs to configure, at most 500.
            stock_operation_setting: The setting."""
        return self._client.request(
            ops.UPDATE_STOCK_OPERATION_SETTINGS,
            {
                "seller_id": seller_id,
                "sku_ids": sku_ids,
                "stock_operation_setting": stock_operation_setting,
            },
        )

    def upload_product_file(
        self,
        *,
        data: FileInput,
        name: str,
    ) -> UploadProductFileResponse:
        """Upload a product file.

        Uploads a PDF (e.g. a certification document) or a product video and returns the file id to
        reference when creating or editing products.

        `POST /product/202309/files/upload`

        Args:
            data: The file content: PDF (max 20 MB) or a video in MP4, MOV, MKV, WMV, WEBM, AVI, 3GP, FLV or
                MPEG (max 100 MB, aspect ratio 9:16 to 16:9). Empty files are rejected.
            name: File name with its extension, e.g. `certification.pdf`; no spaces, no leading symbol, no
                period other than the one before the extension."""
        return self._client.request(
            ops.UPLOAD_PRODUCT_FILE,
            {
                "data": data,
                "name": name,
            },
        )

    def upload_product_image(
        self,
        *,
        data: FileInput,
        use_case: Literal[
            "ATTRIBUTE_IMAGE",
            "CERTIFICATION_IMAGE",
            "CUSTOMIZATION_IMAGE",
            "DESCRIPTION_IMAGE",
            "MAIN_IMAGE",
            "SIZE_CHART_IMAGE",
        ]
        | None = None,
    ) -> UploadProductImageResponse:
        """Upload a product image.

        Uploads a local image and returns its URI (to reference in product payloads) and URL (to embed in
        descriptions). Pick `use_case` to match where the image will be used.

        `POST /product/202309/images/upload`

        Args:
            data: The image content: JPG, JPEG, PNG, WEBP, HEIC or BMP, max 10 MB, 100x100 to 20000x20000 px
                (main images 300x300 to 4000x4000 px; size chart images at least 1024 px on the shorter
                side).
            use_case: Where the image will be used; defaults to `MAIN_IMAGE`."""
        return self._client.request(
            ops.UPLOAD_PRODUCT_IMAGE,
            {
                "data": data,
                "use_case": use_case,
            },
        )


class ProductResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: ProductResource) -> None:
        self.activate_products = raw(resource.activate_products)
        self.check_listing_prerequisites_202309 = raw(resource.check_listing_prerequisites_202309)
        self.check_listing_prerequisites = raw(resource.check_listing_prerequisites)
        self.check_product_listing = raw(resource.check_product_listing)
        self.create_category_upgrade_task = raw(resource.create_category_upgrade_task)
        self.create_custom_brand = raw(resource.create_custom_brand)
        self.create_global_product = raw(resource.create_global_product)
        self.create_gpa_upgrade_task = raw(resource.create_gpa_upgrade_task)
        self.create_image_translation_tasks = raw(resource.create_image_translation_tasks)
        self.create_manufacturer = raw(resource.create_manufacturer)
        self.create_product = raw(resource.create_product)
        self.create_responsible_person = raw(resource.create_responsible_person)
        self.create_size_chart = raw(resource.create_size_chart)
        self.deactivate_products = raw(resource.deactivate_products)
        self.delete_global_products = raw(resource.delete_global_products)
        self.delete_products = raw(resource.delete_products)
        self.diagnose_and_optimize_product = raw(resource.diagnose_and_optimize_product)
        self.get_brands = raw(resource.get_brands)
        self.get_categories = raw(resource.get_categories)
        self.get_category_attributes = raw(resource.get_category_attributes)
        self.get_category_rules = raw(resource.get_category_rules)
        self.get_global_categories = raw(resource.get_global_categories)
        self.get_global_category_attributes = raw(resource.get_global_category_attributes)
        self.get_global_category_rules = raw(resource.get_global_category_rules)
        self.get_global_listing_rules = raw(resource.get_global_listing_rules)
        self.get_global_product = raw(resource.get_global_product)
        self.get_global_product_detail = raw(resource.get_global_product_detail)
        self.get_global_replicated_products = raw(resource.get_global_replicated_products)
        self.get_image_translation_tasks = raw(resource.get_image_translation_tasks)
        self.get_inventories = raw(resource.get_inventories)
        self.get_listing_schemas_202401 = raw(resource.get_listing_schemas_202401)
        self.get_listing_schemas = raw(resource.get_listing_schemas)
        self.get_opportunity = raw(resource.get_opportunity)
        self.get_opportunity_submissions = raw(resource.get_opportunity_submissions)
        self.get_product_detail = raw(resource.get_product_detail)
        self.get_product_diagnoses = raw(resource.get_product_diagnoses)
        self.get_product_package_recommendations = raw(resource.get_product_package_recommendations)
        self.get_product_seo_words = raw(resource.get_product_seo_words)
        self.get_product_skpp_detail = raw(resource.get_product_skpp_detail)
        self.get_product_suggestions = raw(resource.get_product_suggestions)
        self.get_shop_skpp_summary = raw(resource.get_shop_skpp_summary)
        self.list_opportunities = raw(resource.list_opportunities)
        self.list_product_skpp_statuses = raw(resource.list_product_skpp_statuses)
        self.optimize_images = raw(resource.optimize_images)
        self.predict_package_dimensions_and_weight = raw(resource.predict_package_dimensions_and_weight)
        self.publish_global_product = raw(resource.publish_global_product)
        self.recommend_categories = raw(resource.recommend_categories)
        self.recommend_global_categories = raw(resource.recommend_global_categories)
        self.recommend_required_product_properties = raw(resource.recommend_required_product_properties)
        self.recover_products = raw(resource.recover_products)
        self.replicate_product = raw(resource.replicate_product)
        self.search_global_products_202309 = raw(resource.search_global_products_202309)
        self.search_global_products = raw(resource.search_global_products)
        self.search_inventory = raw(resource.search_inventory)
        self.search_manufacturers_202409 = raw(resource.search_manufacturers_202409)
        self.search_manufacturers = raw(resource.search_manufacturers)
        self.search_products_202309 = raw(resource.search_products_202309)
        self.search_products_202312 = raw(resource.search_products_202312)
        self.search_products = raw(resource.search_products)
        self.search_products_for_compliance_auditing = raw(resource.search_products_for_compliance_auditing)
        self.search_responsible_persons_202409 = raw(resource.search_responsible_persons_202409)
        self.search_responsible_persons = raw(resource.search_responsible_persons)
        self.search_size_charts = raw(resource.search_size_charts)
        self.submit_product_via_opportunity = raw(resource.submit_product_via_opportunity)
        self.submit_size_chart_appeal = raw(resource.submit_size_chart_appeal)
        self.submit_strikethrough_price = raw(resource.submit_strikethrough_price)
        self.suggest_brands = raw(resource.suggest_brands)
        self.update_global_product = raw(resource.update_global_product)
        self.update_global_product_inventory = raw(resource.update_global_product_inventory)
        self.update_global_product_partially = raw(resource.update_global_product_partially)
        self.update_manufacturer_partially = raw(resource.update_manufacturer_partially)
        self.update_product_202309 = raw(resource.update_product_202309)
        self.update_product = raw(resource.update_product)
        self.update_product_inventory = raw(resource.update_product_inventory)
        self.update_product_partially_202309 = raw(resource.update_product_partially_202309)
        self.update_product_partially = raw(resource.update_product_partially)
        self.update_product_price = raw(resource.update_product_price)
        self.update_responsible_person_partially = raw(resource.update_responsible_person_partially)
        self.update_size_chart = raw(resource.update_size_chart)
        self.update_stock_operation_settings = raw(resource.update_stock_operation_settings)
        self.upload_product_file = raw(resource.upload_product_file)
        self.upload_product_image = raw(resource.upload_product_image)


class ProductAt202309:
    """`product` operations pinned to version 202309."""

    def __init__(self, resource: ProductResource) -> None:
        self.activate_products = resource.activate_products
        self.check_listing_prerequisites = resource.check_listing_prerequisites_202309
        self.check_product_listing = resource.check_product_listing
        self.create_custom_brand = resource.create_custom_brand
        self.create_global_product = resource.create_global_product
        self.create_product = resource.create_product
        self.deactivate_products = resource.deactivate_products
        self.delete_global_products = resource.delete_global_products
        self.delete_products = resource.delete_products
        self.get_brands = resource.get_brands
        self.iter_get_brands = resource.iter_get_brands
        self.get_categories = resource.get_categories
        self.get_category_attributes = resource.get_category_attributes
        self.get_category_rules = resource.get_category_rules
        self.get_global_categories = resource.get_global_categories
        self.get_global_category_attributes = resource.get_global_category_attributes
        self.get_global_category_rules = resource.get_global_category_rules
        self.get_global_product = resource.get_global_product
        self.get_global_product_detail = resource.get_global_product_detail
        self.get_inventories = resource.get_inventories
        self.get_product_detail = resource.get_product_detail
        self.publish_global_product = resource.publish_global_product
        self.recommend_categories = resource.recommend_categories
        self.recommend_global_categories = resource.recommend_global_categories
        self.recover_products = resource.recover_products
        self.search_global_products = resource.search_global_products_202309
        self.iter_search_global_products = resource.iter_search_global_products_202309
        self.search_inventory = resource.search_inventory
        self.search_products = resource.search_products_202309
        self.iter_search_products = resource.iter_search_products_202309
        self.update_global_product = resource.update_global_product
        self.update_global_product_inventory = resource.update_global_product_inventory
        self.update_product = resource.update_product_202309
        self.update_product_inventory = resource.update_product_inventory
        self.update_product_partially = resource.update_product_partially_202309
        self.update_product_price = resource.update_product_price
        self.upload_product_file = resource.upload_product_file
        self.upload_product_image = resource.upload_product_image


class ProductAt202312:
    """`product` operations pinned to version 202312."""

    def __init__(self, resource: ProductResource) -> None:
        self.check_listing_prerequisites = resource.check_listing_prerequisites
        self.search_global_products = resource.search_global_products
        self.iter_search_global_products = resource.iter_search_global_products
        self.search_products = resource.search_products_202312
        self.iter_search_products = resource.iter_search_products_202312


class ProductAt202401:
    """`product` operations pinned to version 202401."""

    def __init__(self, resource: ProductResource) -> None:
        self.get_listing_schemas = resource.get_listing_schemas_202401


class ProductAt202404:
    """`product` operations pinned to version 202404."""

    def __init__(self, resource: ProductResource) -> None:
        self.optimize_images = resource.optimize_images


class ProductAt202405:
    """`product` operations pinned to version 202405."""

    def __init__(self, resource: ProductResource) -> None:
        self.get_product_diagnoses = resource.get_product_diagnoses
        self.get_product_seo_words = resource.get_product_seo_words
        self.get_product_suggestions = resource.get_product_suggestions


class ProductAt202407:
    """`product` operations pinned to version 202407."""

    def __init__(self, resource: ProductResource) -> None:
        self.create_category_upgrade_task = resource.create_category_upgrade_task
        self.get_listing_schemas = resource.get_listing_schemas
        self.search_size_charts = resource.search_size_charts
        self.iter_search_size_charts = resource.iter_search_size_charts


class ProductAt202409:
    """`product` operations pinned to version 202409."""

    def __init__(self, resource: ProductResource) -> None:
        self.create_manufacturer = resource.create_manufacturer
        self.create_responsible_person = resource.create_responsible_person
        self.search_manufacturers = resource.search_manufacturers_202409
        self.iter_search_manufacturers = resource.iter_search_manufacturers_202409
        self.search_responsible_persons = resource.search_responsible_persons_202409
        self.iter_search_responsible_persons = resource.iter_search_responsible_persons_202409
        self.update_manufacturer_partially = resource.update_manufacturer_partially
        self.update_responsible_person_partially = resource.update_responsible_person_partially


class ProductAt202411:
    """`product` operations pinned to version 202411."""

    def __init__(self, resource: ProductResource) -> None:
        self.diagnose_and_optimize_product = resource.diagnose_and_optimize_product


class ProductAt202501:
    """`product` operations pinned to version 202501."""

    def __init__(self, resource: ProductResource) -> None:
        self.search_manufacturers = resource.search_manufacturers
        self.iter_search_manufacturers = resource.iter_search_manufacturers
        self.search_responsible_persons = resource.search_responsible_persons
        self.iter_search_responsible_persons = resource.iter_search_responsible_persons


class ProductAt202502:
    """`product` operations pinned to version 202502."""

    def __init__(self, resource: ProductResource) -> None:
        self.search_products = resource.search_products
        self.iter_search_products = resource.iter_search_products


class ProductAt202505:
    """`product` operations pinned to version 202505."""

    def __init__(self, resource: ProductResource) -> None:
        self.create_image_translation_tasks = resource.create_image_translation_tasks


class ProductAt202506:
    """`product` operations pinned to version 202506."""

    def __init__(self, resource: ProductResource) -> None:
        self.get_image_translation_tasks = resource.get_image_translation_tasks


class ProductAt202507:
    """`product` operations pinned to version 202507."""

    def __init__(self, resource: ProductResource) -> None:
        self.get_global_listing_rules = resource.get_global_listing_rules
        self.get_global_replicated_products = resource.get_global_replicated_products
        self.replicate_product = resource.replicate_product


class ProductAt202509:
    """`product` operations pinned to version 202509."""

    def __init__(self, resource: ProductResource) -> None:
        self.update_global_product_partially = resource.update_global_product_partially
        self.update_product = resource.update_product
        self.update_product_partially = resource.update_product_partially


class ProductAt202601:
    """`product` operations pinned to version 202601."""

    def __init__(self, resource: ProductResource) -> None:
        self.search_products_for_compliance_auditing = resource.search_products_for_compliance_auditing
        self.iter_search_products_for_compliance_auditing = resource.iter_search_products_for_compliance_auditing


class ProductAt202602:
    """`product` operations pinned to version 202602."""

    def __init__(self, resource: ProductResource) -> None:
        self.get_product_package_recommendations = resource.get_product_package_recommendations
        self.iter_get_product_package_recommendations = resource.iter_get_product_package_recommendations


class ProductAt202604:
    """`product` operations pinned to version 202604."""

    def __init__(self, resource: ProductResource) -> None:
        self.create_gpa_upgrade_task = resource.create_gpa_upgrade_task
        self.get_opportunity = resource.get_opportunity
        self.get_opportunity_submissions = resource.get_opportunity_submissions
        self.list_opportunities = resource.list_opportunities
        self.submit_product_via_opportunity = resource.submit_product_via_opportunity
        self.submit_size_chart_appeal = resource.submit_size_chart_appeal


class ProductAt202606:
    """`product` operations pinned to version 202606."""

    def __init__(self, resource: ProductResource) -> None:
        self.get_product_skpp_detail = resource.get_product_skpp_detail
        self.get_shop_skpp_summary = resource.get_shop_skpp_summary
        self.list_product_skpp_statuses = resource.list_product_skpp_statuses


class ProductAt202608:
    """`product` operations pinned to version 202608."""

    def __init__(self, resource: ProductResource) -> None:
        self.update_stock_operation_settings = resource.update_stock_operation_settings


class ProductAt202609:
    """`product` operations pinned to version 202609."""

    def __init__(self, resource: ProductResource) -> None:
        self.predict_package_dimensions_and_weight = resource.predict_package_dimensions_and_weight
        self.recommend_required_product_properties = resource.recommend_required_product_properties
        self.submit_strikethrough_price = resource.submit_strikethrough_price
        self.suggest_brands = resource.suggest_brands


class ProductAt202610:
    """`product` operations pinned to version 202610."""

    def __init__(self, resource: ProductResource) -> None:
        self.create_size_chart = resource.create_size_chart
        self.update_size_chart = resource.update_size_chart


class AsyncProductResource:
    """Local shop products: listing, editing, prices, inventory, images and files, listing quality
    diagnoses and listing helpers. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def activate_products(
        self,
        *,
        product_ids: list[str],
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
    ) -> ActivateProductsResponse:
        """Activate products.

        Lists up to 20 deactivated (or draft) products again; they go through audit. Products that could not
        be activated are listed in `errors` even when the call succeeds.

        `POST /product/202309/products/activate` (shop cipher required)

        Args:
            product_ids: Ids of the products to activate, at most 20.
            listing_platforms: Platforms to activate on; defaults to `TIKTOK_SHOP` (migrated Tokopedia
                sellers)."""
        return await self._client.request(
            ops.ACTIVATE_PRODUCTS,
            {
                "product_ids": product_ids,
                "listing_platforms": listing_platforms,
            },
        )

    async def check_listing_prerequisites_202309(
        self,
    ) -> CheckListingPrerequisites202309Response:
        """Check listing prerequisites.

        Checks whether the shop meets the requirements for listing products (shop status, tax, warehouses,
        delivery options, ...) and why not. Use it before creating products.

        `GET /product/202309/prerequisites` (shop cipher required)"""
        return await self._client.request(ops.CHECK_LISTING_PREREQUISITES_202309, {})

    async def check_listing_prerequisites(
        self,
    ) -> CheckListingPrerequisitesResponse:
        """Check listing prerequisites.

        Checks whether the shop meets the requirements for listing products (shop status, tax, warehouses,
        delivery options, ...) and why not. Use it before creating products.

        `GET /product/202312/prerequisites` (shop cipher required)"""
        return await self._client.request(ops.CHECK_LISTING_PREREQUISITES, {})

    async def check_product_listing(
        self,
        *,
        title: str,
        description: str,
        category_id: str,
        main_images: list[ImageInput],
        skus: list[NewSku],
        is_diagnosis_required: bool | None = None,
        brand_id: str | None = None,
        package_dimensions: DimensionsInput | None = None,
        package_weight: WeightInput | None = None,
        video: VideoInput | None = None,
        product_attributes: list[AttributeInput] | None = None,
        certifications: list[CertificationInput] | None = None,
        size_chart: SizingChartInput | None = None,
        external_product_id: str | None = None,
        delivery_option_ids: list[str] | None = None,
        primary_combined_product_id: str | None = None,
        is_cod_allowed: bool | None = None,
        is_pre_owned: bool | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        shipping_insurance_requirement: Literal["NOT_SUPPORTED", "OPTIONAL", "REQUIRED"] | None = None,
        minimum_order_quantity: int | None = None,
        shipping_template_id: str | None = None,
        scheduled_sale: ScheduledSaleInput | None = None,
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
        search_terms: list[str] | None = None,
        key_product_features: list[str] | None = None,
        product_tag_operations: list[TagOperation] | None = None,
        selling_format: Literal["FIXED_PRICE", "FIXED_PRICE_AND_LIVE_AUCTION"] | None = None,
        is_live_quick: bool | None = None,
        option: CheckProductListingOption | None = None,
    ) -> CheckProductListingResponse:
        """Check a product listing.

        Checks a product payload against the listing rules without creating anything, and reports failures
        and listing quality. Use it before create product to catch errors early.

        `POST /product/202309/products/listing_check` (shop cipher required)

        Args:
            is_diagnosis_required: Whether to also return listing quality (US) and optimization diagnoses.
                Deprecated by TikTok in favour of the diagnose-and-optimize operation.
            title: Product title (1-255 characters in most regions; 25-255 in some SEA regions).
            description: Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted
                `<img>` tags).
            category_id: Leaf category id, in the category tree given by `category_version`.
            main_images: Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px).
            skus: SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US).
            brand_id: Brand id (see the brands operations).
            package_dimensions: Package (or SKU) dimensions. Use the same measurement system as the weight.
            package_weight: Package (or SKU) weight. Use the same measurement system as the dimensions.
            video: A product video. Requests need only `id`; responses add its URLs and properties.
            product_attributes: Product attributes; those the category marks required must be given.
            certifications: Certifications the category requires, at most 10.
            size_chart: The size chart of a product: either an image or a size chart template.
            external_product_id: Id of the product on an external e-commerce platform (max 999 characters).
            delivery_option_ids: Delivery option ids overriding the warehouse defaults (ID, MX, MY, PH, SG,
                TH, VN only).
            primary_combined_product_id: Primary product of the virtual bundle this product belongs to.
            is_cod_allowed: Whether buyers may pay cash on delivery (some SEA and SA markets).
            is_pre_owned: Whether the product is pre-owned (only when Tokopedia is the sole platform).
            manufacturer_ids: Manufacturer ids (EU, for some categories).
            responsible_person_ids: EU responsible person ids (for some categories).
            listing_platforms: Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers).
            shipping_insurance_requirement: Shipping insurance for buyers (Tokopedia listings); defaults to
                `OPTIONAL`.
            minimum_order_quantity: Minimum quantity per order, 1 to 20 (Indonesia and selected SEA
                sellers).
            shipping_template_id: Shipping template to bind to the product.
            scheduled_sale: Scheduled listing of a product.
            locale: Locale (BCP-47) of the category information; defaults to the shop locale.
            search_terms: Search terms, not shown to buyers (at most 15, 250 characters in total).
            key_product_features: Key features shown as product highlights (at most 5, 1500 characters in
                total).
            product_tag_operations: Special product tags to turn on or off (legacy; `selling_format` wins).
            selling_format: `FIXED_PRICE` (default) or `FIXED_PRICE_AND_LIVE_AUCTION` (needs a starting bid
                price).
            is_live_quick: Whether the product is a LIVE_QUICK product (needs a permission).
            option: Options of the listing check."""
        return await self._client.request(
            ops.CHECK_PRODUCT_LISTING,
            {
                "is_diagnosis_required": is_diagnosis_required,
                "title": title,
                "description": description,
                "category_id": category_id,
                "main_images": main_images,
                "skus": skus,
                "brand_id": brand_id,
                "package_dimensions": package_dimensions,
                "package_weight": package_weight,
                "video": video,
                "product_attributes": product_attributes,
                "certifications": certifications,
                "size_chart": size_chart,
                "external_product_id": external_product_id,
                "delivery_option_ids": delivery_option_ids,
                "primary_combined_product_id": primary_combined_product_id,
                "is_cod_allowed": is_cod_allowed,
                "is_pre_owned": is_pre_owned,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "listing_platforms": listing_platforms,
                "shipping_insurance_requirement": shipping_insurance_requirement,
                "minimum_order_quantity": minimum_order_quantity,
                "shipping_template_id": shipping_template_id,
                "scheduled_sale": scheduled_sale,
                "locale": locale,
                "search_terms": search_terms,
                "key_product_features": key_product_features,
                "product_tag_operations": product_tag_operations,
                "selling_format": selling_format,
                "is_live_quick": is_live_quick,
                "option": option,
            },
        )

    async def create_category_upgrade_task(
        self,
    ) -> CreateCategoryUpgradeTaskResponse:
        """Create a category upgrade task.

        Starts a task (up to 2 hours) moving the live products of the shop from the 3-level (v1) to the
        7-level (v2) category tree. Products must have been live for 24 hours; call it again if some remain.

        `POST /product/202407/products/category_upgrade_task` (shop cipher required)"""
        return await self._client.request(ops.CREATE_CATEGORY_UPGRADE_TASK, {})

    async def create_custom_brand(
        self,
        *,
        name: str,
    ) -> CreateCustomBrandResponse:
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

    async def create_global_product(
        self,
        *,
        title: str,
        description: str,
        category_id: str,
        main_images: list[GlobalImageInput],
        package_weight: GlobalPackageWeightInput,
        skus: list[GlobalSkuInput],
        category_version: str | None = None,
        brand_id: str | None = None,
        video: GlobalVideoInput | None = None,
        package_dimensions: GlobalPackageDimensionsInput | None = None,
        certifications: list[GlobalCertificationInput] | None = None,
        product_attributes: list[GlobalProductAttributeInput] | None = None,
        size_chart: GlobalSizeChartInput | None = None,
        manufacturer: GlobalManufacturerInfoInput | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        external_global_product_id: str | None = None,
        source_locale: Literal[
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
    ) -> CreateGlobalProductResponse:
        """Create a global product.

        Creates a global product (cross-border sellers) that can then be published to shops in several
        markets. Only categories with `AVAILABLE` permission can be used.

        `POST /product/202309/global_products`

        Args:
            title: Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (MX), 25-255
                elsewhere.
            description: Product description in HTML, at most 10,000 characters and 30 `<img>` tags using
                TikTok Shop image URLs.
            category_id: Leaf category id in the tree of `category_version`, with `AVAILABLE` permission.
            main_images: Gallery images in display order, at most 9, 300x300 to 4000x4000 px; the first
                should have a white background.
            package_weight: Package weight; use the same measurement system as the dimensions.
            skus: Global SKUs, at most 300 (EU, JP, UK, US) or 100 elsewhere; put the main variant first.
            category_version: Category tree version: `v1` (3-level, default) or `v2` (7-level, required when
                the seller has a US shop).
            brand_id: Brand id; unauthorized brands are not displayed.
            video: The product video.
            package_dimensions: Package dimensions; use the same measurement system as the weight.
            certifications: Certifications, at most 10; see the global category rules for which are
                required.
            product_attributes: Attributes of the whole product; those marked required by the global
                category attributes must be given.
            size_chart: The size chart, as an image or a template.
            manufacturer: Manufacturer contact details.
            manufacturer_ids: EU manufacturer ids (from the compliance manufacturer search), for categories
                that need them.
            responsible_person_ids: EU responsible person ids (from the compliance responsible person
                search), for categories that need them.
            external_global_product_id: The product's id on an external e-commerce platform, at most 999
                characters.
            source_locale: BCP-47 locale of the product content, e.g. `en-US`. Default is the seller's
                locale."""
        return await self._client.request(
            ops.CREATE_GLOBAL_PRODUCT,
            {
                "title": title,
                "description": description,
                "category_id": category_id,
                "main_images": main_images,
                "package_weight": package_weight,
                "skus": skus,
                "category_version": category_version,
                "brand_id": brand_id,
                "video": video,
                "package_dimensions": package_dimensions,
                "certifications": certifications,
                "product_attributes": product_attributes,
                "size_chart": size_chart,
                "manufacturer": manufacturer,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "external_global_product_id": external_global_product_id,
                "source_locale": source_locale,
            },
        )

    async def create_gpa_upgrade_task(
        self,
    ) -> CreateGpaUpgradeTaskResponse:
        """Create a GPA upgrade task.

        Upgrades the EU interconnected products of the seller (EU local-to-local sellers) so they are
        managed with the local product operations instead of the global product ones.

        `POST /product/202604/products/gpa_upgrade_task`"""
        return await self._client.request(ops.CREATE_GPA_UPGRADE_TASK, {})

    async def create_image_translation_tasks(
        self,
        *,
        images: list[CreateImageTranslationTasksImage],
    ) -> CreateImageTranslationTasksResponse:
        """Create image translation tasks.

        Queues the translation of the text in uploaded images into other languages (sellers selling across
        the EU). One task is created per image and language; read them later with get image translation
        tasks.

        `POST /product/202505/images/translation_tasks` (shop cipher required)

        Args:
            images: Images to translate (up to 5 per call is advised)."""
        return await self._client.request(
            ops.CREATE_IMAGE_TRANSLATION_TASKS,
            {
                "images": images,
            },
        )

    async def create_manufacturer(
        self,
        *,
        name: str,
        email: str,
        phone_number: CompliancePhoneNumberInput,
        address: str,
        registered_trade_name: str | None = None,
        locale: Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"] | None = None,
    ) -> CreateManufacturerResponse:
        """Create a manufacturer.

        Registers a manufacturer for the seller's EU product compliance; the details are translated
        automatically into the supported EU languages. Link it to products by id.

        `POST /product/202409/compliance/manufacturers`

        Args:
            name: Manufacturer name, at most 255 characters.
            email: Email address.
            phone_number: A manufacturer phone number.
            address: Postal address, at most 500 characters.
            registered_trade_name: Registered trade name, at most 200 characters.
            locale: Language the details are written in; default the language of the seller's business
                address."""
        return await self._client.request(
            ops.CREATE_MANUFACTURER,
            {
                "name": name,
                "email": email,
                "phone_number": phone_number,
                "address": address,
                "registered_trade_name": registered_trade_name,
                "locale": locale,
            },
        )

    async def create_product(
        self,
        *,
        title: str,
        description: str,
        category_id: str,
        main_images: list[ImageInput],
        skus: list[NewSku],
        category_version: str | None = None,
        brand_id: str | None = None,
        package_dimensions: DimensionsInput | None = None,
        package_weight: WeightInput | None = None,
        video: VideoInput | None = None,
        product_attributes: list[AttributeInput] | None = None,
        certifications: list[CertificationInput] | None = None,
        size_chart: SizingChartInput | None = None,
        external_product_id: str | None = None,
        delivery_option_ids: list[str] | None = None,
        primary_combined_product_id: str | None = None,
        is_cod_allowed: bool | None = None,
        is_not_for_sale: bool | None = None,
        is_pre_owned: bool | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        shipping_insurance_requirement: Literal["NOT_SUPPORTED", "OPTIONAL", "REQUIRED"] | None = None,
        minimum_order_quantity: int | None = None,
        save_mode: Literal["AS_DRAFT", "LISTING"] | None = None,
        idempotency_key: str | None = None,
        shipping_template_id: str | None = None,
        scheduled_sale: ScheduledSaleInput | None = None,
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
        auto_translate_enabled: bool | None = None,
        search_terms: list[str] | None = None,
        key_product_features: list[str] | None = None,
        product_tag_operations: list[TagOperation] | None = None,
        purchase_order_quantity_limit: PurchaseLimitInput | None = None,
        selling_format: Literal["FIXED_PRICE", "FIXED_PRICE_AND_LIVE_AUCTION"] | None = None,
        is_live_quick: bool | None = None,
        is_blind_box: bool | None = None,
    ) -> CreateProductResponse:
        """Create a product.

        Creates a product in the local shop and submits it for audit, or saves it as a draft with
        `save_mode=AS_DRAFT`. Follow the audit with the product status webhook or the product detail.

        `POST /product/202309/products` (shop cipher required)

        Args:
            title: Product title (1-255 characters in most regions; 25-255 in some SEA regions).
            description: Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted
                `<img>` tags).
            category_id: Leaf category id, in the category tree given by `category_version`.
            main_images: Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px).
            skus: SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US).
            category_version: Category tree version: `v1` (3 levels) or `v2` (7 levels, required for US and
                SEA shops).
            brand_id: Brand id (see the brands operations).
            package_dimensions: Package (or SKU) dimensions. Use the same measurement system as the weight.
            package_weight: Package (or SKU) weight. Use the same measurement system as the dimensions.
            video: A product video. Requests need only `id`; responses add its URLs and properties.
            product_attributes: Product attributes; those the category marks required must be given.
            certifications: Certifications the category requires, at most 10.
            size_chart: The size chart of a product: either an image or a size chart template.
            external_product_id: Id of the product on an external e-commerce platform (max 999 characters).
            delivery_option_ids: Delivery option ids overriding the warehouse defaults (ID, MX, MY, PH, SG,
                TH, VN only).
            primary_combined_product_id: Primary product of the virtual bundle this product belongs to.
            is_cod_allowed: Whether buyers may pay cash on delivery (some SEA and SA markets).
            is_not_for_sale: Whether the product is only a gift-with-purchase item, not for sale on its own.
            is_pre_owned: Whether the product is pre-owned (only when Tokopedia is the sole platform).
            manufacturer_ids: Manufacturer ids (EU, for some categories).
            responsible_person_ids: EU responsible person ids (for some categories).
            listing_platforms: Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers).
            shipping_insurance_requirement: Shipping insurance for buyers (Tokopedia listings); defaults to
                `OPTIONAL`.
            minimum_order_quantity: Minimum quantity per order, 1 to 20 (Indonesia and selected SEA
                sellers).
            save_mode: `LISTING` submits the product for listing (default); `AS_DRAFT` saves a draft.
            idempotency_key: Unique key of this request, so a retried request is not processed twice.
            shipping_template_id: Shipping template to bind to the product.
            scheduled_sale: Scheduled listing of a product.
            locale: Locale (BCP-47) of the category information; defaults to the shop locale.
            auto_translate_enabled: Whether to translate the content automatically for markets needing
                several languages.
            search_terms: Search terms, not shown to buyers (at most 15, 250 characters in total).
            key_product_features: Key features shown as product highlights (at most 5, 1500 characters in
                total).
            product_tag_operations: Special product tags to turn on or off (legacy; `selling_format` wins).
            purchase_order_quantity_limit: Purchase quantity limits for buyers.
            selling_format: `FIXED_PRICE` (default) or `FIXED_PRICE_AND_LIVE_AUCTION` (needs a starting bid
                price).
            is_live_quick: Whether the product is a LIVE_QUICK product (needs a permission).
            is_blind_box: Whether the product is a blind box or lucky bag."""
        return await self._client.request(
            ops.CREATE_PRODUCT,
            {
                "title": title,
                "description": description,
                "category_id": category_id,
                "main_images": main_images,
                "skus": skus,
                "category_version": category_version,
                "brand_id": brand_id,
                "package_dimensions": package_dimensions,
                "package_weight": package_weight,
                "video": video,
                "product_attributes": product_attributes,
                "certifications": certifications,
                "size_chart": size_chart,
                "external_product_id": external_product_id,
                "delivery_option_ids": delivery_option_ids,
                "primary_combined_product_id": primary_combined_product_id,
                "is_cod_allowed": is_cod_allowed,
                "is_not_for_sale": is_not_for_sale,
                "is_pre_owned": is_pre_owned,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "listing_platforms": listing_platforms,
                "shipping_insurance_requirement": shipping_insurance_requirement,
                "minimum_order_quantity": minimum_order_quantity,
                "save_mode": save_mode,
                "idempotency_key": idempotency_key,
                "shipping_template_id": shipping_template_id,
                "scheduled_sale": scheduled_sale,
                "locale": locale,
                "auto_translate_enabled": auto_translate_enabled,
                "search_terms": search_terms,
                "key_product_features": key_product_features,
                "product_tag_operations": product_tag_operations,
                "purchase_order_quantity_limit": purchase_order_quantity_limit,
                "selling_format": selling_format,
                "is_live_quick": is_live_quick,
                "is_blind_box": is_blind_box,
            },
        )

    async def create_responsible_person(
        self,
        *,
        name: str,
        email: str,
        phone_number: CompliancePersonPhoneInput,
        address: ComplianceAddressInput,
        locale: Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"] | None = None,
    ) -> CreateResponsiblePersonResponse:
        """Create a responsible person.

        Registers an EU responsible person, who vouches for the products' compliance with EU rules; the
        details are translated automatically into the supported EU languages.

        `POST /product/202409/compliance/responsible_persons`

        Args:
            name: Name, at most 200 characters.
            email: Email address.
            phone_number: A responsible person's phone number.
            address: A postal address in the EU.
            locale: Language the details are written in; default the language of the seller's business
                address."""
        return await self._client.request(
            ops.CREATE_RESPONSIBLE_PERSON,
            {
                "name": name,
                "email": email,
                "phone_number": phone_number,
                "address": address,
                "locale": locale,
            },
        )

    async def create_size_chart(
        self,
        *,
        category_id: str,
        size_chart_mode: Literal["PRODUCT_SCOPED", "REUSABLE_TEMPLATE"],
        size_chart_data: SizeChartDataInput,
        template_name: str | None = None,
    ) -> CreateSizeChartResponse:
        """Create a size chart.

        Creates a size chart from a structured table, either as a reusable template or scoped to a single
        product. Use the returned id in a product's `size_chart`.

        `POST /product/202610/size_charts` (shop cipher required)

        Args:
            category_id: Leaf category supporting size charts.
            size_chart_mode: `REUSABLE_TEMPLATE` (template for many products) or `PRODUCT_SCOPED` (one
                product).
            size_chart_data: Structured content of a size chart.
            template_name: Template name; required for REUSABLE_TEMPLATE, ignored for PRODUCT_SCOPED."""
        return await self._client.request(
            ops.CREATE_SIZE_CHART,
            {
                "category_id": category_id,
                "size_chart_mode": size_chart_mode,
                "size_chart_data": size_chart_data,
                "template_name": template_name,
            },
        )

    async def deactivate_products(
        self,
        *,
        product_ids: list[str],
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
    ) -> DeactivateProductsResponse:
        """Deactivate products.

        Takes up to 20 live products off sale (status `SELLER_DEACTIVATED`) without deleting them. Products
        that could not be deactivated are listed in `errors`.

        `POST /product/202309/products/deactivate` (shop cipher required)

        Args:
            product_ids: Ids of the products to deactivate, at most 20.
            listing_platforms: Platforms to deactivate on; defaults to `TIKTOK_SHOP` (migrated Tokopedia
                sellers)."""
        return await self._client.request(
            ops.DEACTIVATE_PRODUCTS,
            {
                "product_ids": product_ids,
                "listing_platforms": listing_platforms,
            },
        )

    async def delete_global_products(
        self,
        *,
        global_product_ids: list[str],
    ) -> DeleteGlobalProductsResponse:
        """Delete global products.

        Deletes up to 20 global products. Check `errors` for products that could not be deleted, even when
        the call succeeds.

        `DELETE /product/202309/global_products`

        Args:
            global_product_ids: Global product ids, at most 20."""
        return await self._client.request(
            ops.DELETE_GLOBAL_PRODUCTS,
            {
                "global_product_ids": global_product_ids,
            },
        )

    async def delete_products(
        self,
        *,
        product_ids: list[str],
    ) -> DeleteProductsResponse:
        """Delete products.

        Deletes up to 20 products; they can be brought back with recover products. Products that could not
        be deleted are listed in `errors` even when the call succeeds.

        `DELETE /product/202309/products` (shop cipher required)

        Args:
            product_ids: Ids of the products to delete, at most 20."""
        return await self._client.request(
            ops.DELETE_PRODUCTS,
            {
                "product_ids": product_ids,
            },
        )

    async def diagnose_and_optimize_product(
        self,
        *,
        category_id: str,
        product_id: str | None = None,
        title: str | None = None,
        description: str | None = None,
        brand_id: str | None = None,
        main_images: list[ImageInput] | None = None,
        product_attributes: list[AttributeInput] | None = None,
        size_chart: SizingChartInput | None = None,
        optimization_fields: list[Literal["ALL", "DESCRIPTION", "IMAGE", "NONE", "TITLE"]] | None = None,
    ) -> DiagnoseAndOptimizeProductResponse:
        """Diagnose and optimize a product.

        Diagnoses a live product or a product not yet listed from the content given, and returns its listing
        quality, issues per field and generated suggestions. Nothing is changed.

        `POST /product/202411/products/diagnose_optimize` (shop cipher required)

        Args:
            category_id: Leaf category id of the product.
            product_id: An existing product to diagnose (omit it for a product not yet listed).
            title: Product title.
            description: Product description in HTML.
            brand_id: Brand id.
            main_images: Gallery images.
            product_attributes: Product attributes.
            size_chart: The size chart of a product: either an image or a size chart template.
            optimization_fields: Fields to generate suggestions for."""
        return await self._client.request(
            ops.DIAGNOSE_AND_OPTIMIZE_PRODUCT,
            {
                "category_id": category_id,
                "product_id": product_id,
                "title": title,
                "description": description,
                "brand_id": brand_id,
                "main_images": main_images,
                "product_attributes": product_attributes,
                "size_chart": size_chart,
                "optimization_fields": optimization_fields,
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
    ) -> GetBrandsResponse:
        """Get brands.

        Lists the brands available to the shop, built-in and custom, optionally filtered by category, name
        or authorization. Use the returned brand id when creating or editing a product.

        `GET /product/202309/brands` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            category_id: Only report brand availability for this category (see `brand_status`).
            is_authorized: true lists only brands the seller is authorized to use; false lists all brands.
            brand_name: Filter by brand name (fuzzy match).
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops)."""
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
    ) -> AsyncPager[Brand, GetBrandsResponse]:
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
    ) -> GetCategoriesResponse:
        """Get categories.

        Lists the product categories available to the shop, with the shop's permission for each. Categories
        change often: fetch them when needed rather than caching them for long.

        `GET /product/202309/categories` (shop cipher required)

        Args:
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale.
            keyword: Filter categories by a keyword in their name.
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops).
            listing_platform: Platform whose categories are returned, for sellers migrated from Tokopedia.
                Default TIKTOK_SHOP.
            include_prohibited_categories: Also return categories that are prohibited on TikTok Shop (BR,
                MX, EU and SEA markets). Default false.
            is_live_quick: true returns the categories for LIVE_QUICK products (needs a special permission).
                Default false."""
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
    ) -> GetCategoryAttributesResponse:
        """Get category attributes.

        Lists the built-in product and sales attributes of a category for the shop's market, with their
        selectable values and requirement rules. Call it before creating a product in the category.

        `GET /product/202309/categories/{category_id}/attributes` (shop cipher required)

        Args:
            category_id: The category id (a leaf category for listing).
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale.
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops).
            is_live_quick: true returns the attributes for LIVE_QUICK products. Default false."""
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
    ) -> GetCategoryRulesResponse:
        """Get category rules.

        Returns the extra listing requirements of a category in the shop's market beyond its attributes:
        certifications, size chart, COD, package dimensions, EPR, fees and more.

        `GET /product/202309/categories/{category_id}/rules` (shop cipher required)

        Args:
            category_id: The category id (a leaf category for listing).
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops).
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale."""
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
    ) -> GetGlobalCategoriesResponse:
        """Get global categories.

        Lists the product categories available for global products, independent of market. Fetch them when
        needed rather than caching them for long.

        `GET /product/202309/global_categories`

        Args:
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale.
            keyword: Filter categories by a keyword in their name.
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops)."""
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
    ) -> GetGlobalCategoryAttributesResponse:
        """Get global category attributes.

        Lists the built-in product and sales attributes of a category across all of the seller's markets,
        with the markets where each is required. Use it before creating a global product.

        `GET /product/202309/categories/{category_id}/global_attributes`

        Args:
            category_id: The category id (a leaf category for listing).
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale.
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops)."""
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
    ) -> GetGlobalCategoryRulesResponse:
        """Get global category rules.

        Returns the extra listing requirements of a category for global products (certifications, size
        chart, EU manufacturer and responsible person), per market.

        `GET /product/202309/categories/{category_id}/global_rules`

        Args:
            category_id: The category id (a leaf category for listing).
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops).
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale."""
        return await self._client.request(
            ops.GET_GLOBAL_CATEGORY_RULES,
            {
                "category_id": category_id,
                "category_version": category_version,
                "locale": locale,
            },
        )

    async def get_global_listing_rules(
        self,
    ) -> GetGlobalListingRulesResponse:
        """Get global listing rules.

        Returns the global listing rules of a local shop of a global seller: the listing methods it supports
        and how warehouse inventory is allocated across markets.

        `GET /product/202507/global_listing_rules` (shop cipher required)"""
        return await self._client.request(ops.GET_GLOBAL_LISTING_RULES, {})

    async def get_global_product(
        self,
        *,
        global_product_id: str,
    ) -> GetGlobalProductResponse:
        """Get a global product.

        Returns every property of a global product in DRAFT, UNPUBLISHED or PUBLISHED status, and the local
        products linked to it in each market.

        `GET /product/202309/global_products/{global_product_id}`

        Args:
            global_product_id: The global product id."""
        return await self._client.request(
            ops.GET_GLOBAL_PRODUCT,
            {
                "global_product_id": global_product_id,
            },
        )

    async def get_global_product_detail(
        self,
    ) -> GetGlobalProductDetailResponse:
        """Get global product detail.

        Returns every property of a global product and the local products published from it. This is the
        catalog's spelling of the path (without the product id); prefer `get_global_product`, which takes
        the global product id in the path.

        `GET /product/202309/global_products`"""
        return await self._client.request(ops.GET_GLOBAL_PRODUCT_DETAIL, {})

    async def get_global_replicated_products(
        self,
        *,
        product_id: str,
    ) -> GetGlobalReplicatedProductsResponse:
        """Get replicated products.

        Lists the replicas of a product in other markets (global sellers).

        `GET /product/202507/products/{product_id}/replicated_products` (shop cipher required)

        Args:
            product_id: Product id."""
        return await self._client.request(
            ops.GET_GLOBAL_REPLICATED_PRODUCTS,
            {
                "product_id": product_id,
            },
        )

    async def get_image_translation_tasks(
        self,
        *,
        translation_task_ids: list[str] | None = None,
    ) -> GetImageTranslationTasksResponse:
        """Get image translation tasks.

        Returns the state and translated images of image translation tasks. Wait a few minutes after
        creating them and poll no more than every 10 seconds.

        `GET /product/202506/images/translation_tasks` (shop cipher required)

        Args:
            translation_task_ids: Ids of the tasks to read."""
        return await self._client.request(
            ops.GET_IMAGE_TRANSLATION_TASKS,
            {
                "translation_task_ids": translation_task_ids,
            },
        )

    async def get_inventories(
        self,
        *,
        product_ids: list[str] | None = None,
        sku_ids: list[str] | None = None,
    ) -> GetInventoriesResponse:
        """Get inventories.

        Reports available and reserved stock per warehouse for the SKUs of the given products, or for the
        given SKUs (SKU ids win when both are passed).

        `POST /product/202309/search/inventory` (shop cipher required)

        Args:
            product_ids: Products whose SKUs to report, at most 100.
            sku_ids: SKUs to report, at most 600; takes precedence over `product_ids`."""
        return await self._client.request(
            ops.GET_INVENTORIES,
            {
                "product_ids": product_ids,
                "sku_ids": sku_ids,
            },
        )

    async def get_listing_schemas_202401(
        self,
        *,
        category_ids: list[int],
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
    ) -> GetListingSchemas202401Response:
        """Get listing schemas (202401).

        Older version of the listing schema lookup: for each requested category, the product fields, their
        options and validation rules.

        `GET /product/202401/listing_schemas`

        Args:
            category_ids: Leaf category ids whose listing schema is wanted (sent comma-separated).
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale.
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops)."""
        return await self._client.request(
            ops.GET_LISTING_SCHEMAS_202401,
            {
                "category_ids": category_ids,
                "locale": locale,
                "category_version": category_version,
            },
        )

    async def get_listing_schemas(
        self,
        *,
        category_ids: list[int],
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
    ) -> GetListingSchemasResponse:
        """Get listing schemas.

        Returns, for each requested category, the fields a product listing takes (attributes and other
        properties) with their options and validation rules, in one call. Categories that are not leaves
        come back in `errors`.

        `GET /product/202407/listing_schemas`

        Args:
            category_ids: Leaf category ids whose listing schema is wanted (sent comma-separated).
            locale: BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's)
                default locale.
            category_version: Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree,
                required for US, EU and SEA shops)."""
        return await self._client.request(
            ops.GET_LISTING_SCHEMAS,
            {
                "category_ids": category_ids,
                "locale": locale,
                "category_version": category_version,
            },
        )

    async def get_opportunity(
        self,
        *,
        opportunity_id: str,
        locale: str | None = None,
    ) -> GetOpportunityResponse:
        """Get an opportunity.

        Returns the full record of one opportunity lead: listing criteria, market and content data, and the
        recommended action.

        `GET /product/202604/opportunities/{opportunity_id}` (shop cipher required)

        Args:
            opportunity_id: The opportunity id.
            locale: BCP-47 language of the returned texts, e.g. `en-US`."""
        return await self._client.request(
            ops.GET_OPPORTUNITY,
            {
                "opportunity_id": opportunity_id,
                "locale": locale,
            },
        )

    async def get_opportunity_submissions(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: str | None = None,
        opportunity_id: str | None = None,
        product_id: str | None = None,
        submit_time_ge: int | None = None,
        submit_time_lt: int | None = None,
    ) -> GetOpportunitySubmissionsResponse:
        """Get opportunity submission records.

        Lists the seller's product submissions to opportunities with their review status, to track them. The
        page and its `next_page_token` sit in the nested `data` object.

        `GET /product/202604/opportunities/submissions` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            status: Only submissions in this status: `PENDING_REVIEW`, `APPROVED` or `REJECTED`.
            opportunity_id: Only submissions to this opportunity.
            product_id: Only submissions of this product.
            submit_time_ge: Only submissions made at or after this time, Unix seconds.
            submit_time_lt: Only submissions made before this time, Unix seconds."""
        return await self._client.request(
            ops.GET_OPPORTUNITY_SUBMISSIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "opportunity_id": opportunity_id,
                "product_id": product_id,
                "submit_time_ge": submit_time_ge,
                "submit_time_lt": submit_time_lt,
            },
        )

    async def get_product_detail(
        self,
        *,
        product_id: str,
        return_under_review_version: bool | None = None,
        return_draft_version: bool | None = None,
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
    ) -> GetProductDetailResponse:
        """Get product detail.

        Returns every property of one product, including frozen and deleted products. Ask for the draft or
        the version under review with the query flags.

        `GET /product/202309/products/{product_id}` (shop cipher required)

        Args:
            product_id: Product id.
            return_under_review_version: Return the edited version under audit instead of the live one, when
                there is one.
            return_draft_version: Return the unpublished draft instead of the live version, when there is
                one.
            locale: Locale (BCP-47) of the category information; defaults to the shop locale."""
        return await self._client.request(
            ops.GET_PRODUCT_DETAIL,
            {
                "product_id": product_id,
                "return_under_review_version": return_under_review_version,
                "return_draft_version": return_draft_version,
                "locale": locale,
            },
        )

    async def get_product_diagnoses(
        self,
        *,
        product_ids: list[str],
    ) -> GetProductDiagnosesResponse:
        """Get product diagnoses.

        Diagnoses live products: listing quality tier (US), issues per field and generated suggestions for
        title, description and images.

        `GET /product/202405/products/diagnoses` (shop cipher required)

        Args:
            product_ids: Ids of live products to examine."""
        return await self._client.request(
            ops.GET_PRODUCT_DIAGNOSES,
            {
                "product_ids": product_ids,
            },
        )

    async def get_product_package_recommendations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        product_ids: list[str] | None = None,
    ) -> GetProductPackageRecommendationsResponse:
        """Get product package recommendations.

        Returns recommended package weight and dimension ranges for products whose declared package looks
        wrong (BR and MX only).

        `POST /product/202602/packages/recommend` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            product_ids: Product ids."""
        return await self._client.request(
            ops.GET_PRODUCT_PACKAGE_RECOMMENDATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "product_ids": product_ids,
            },
        )

    def iter_get_product_package_recommendations(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        product_ids: list[str] | None = None,
    ) -> AsyncPager[PackageRecommendation, GetProductPackageRecommendationsResponse]:
        """Iterate over every item of `get_product_package_recommendations` across pages, fetching each page
        lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_product_package_recommendations`."""
        return self._client.paginate(
            ops.GET_PRODUCT_PACKAGE_RECOMMENDATIONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "product_ids": product_ids,
            },
        )

    async def get_product_seo_words(
        self,
        *,
        product_ids: list[str],
    ) -> GetProductSeoWordsResponse:
        """Get product SEO words.

        Suggests SEO keywords for the titles of live products (US, UK and SEA markets).

        `GET /product/202405/products/seo_words` (shop cipher required)

        Args:
            product_ids: Ids of live products to examine."""
        return await self._client.request(
            ops.GET_PRODUCT_SEO_WORDS,
            {
                "product_ids": product_ids,
            },
        )

    async def get_product_skpp_detail(
        self,
        *,
        product_id: str,
        locale: str | None = None,
    ) -> GetProductSkppDetailResponse:
        """Get a product's SKPP detail.

        Returns one product's SKPP status, current and target score, per-task progress with suggested
        actions, and rewards.

        `GET /product/202606/skpps/{product_id}` (shop cipher required)

        Args:
            product_id: The product id.
            locale: Language of the returned names, e.g. `en`, `en-GB`, `pt-BR`."""
        return await self._client.request(
            ops.GET_PRODUCT_SKPP_DETAIL,
            {
                "product_id": product_id,
                "locale": locale,
            },
        )

    async def get_product_suggestions(
        self,
        *,
        product_ids: list[str],
    ) -> GetProductSuggestionsResponse:
        """Get recommended titles and descriptions.

        Returns AI-optimized titles and descriptions for live products.

        `GET /product/202405/products/suggestions` (shop cipher required)

        Args:
            product_ids: Ids of live products to examine."""
        return await self._client.request(
            ops.GET_PRODUCT_SUGGESTIONS,
            {
                "product_ids": product_ids,
            },
        )

    async def get_shop_skpp_summary(
        self,
    ) -> GetShopSkppSummaryResponse:
        """Get the shop SKPP summary.

        Returns the shop-level SKPP summary: qualified and eligible product counts, ad credit earned and
        extra visibility over the last 30 days (SKPP-enrolled shops only).

        `GET /product/202606/skpps/sum` (shop cipher required)"""
        return await self._client.request(ops.GET_SHOP_SKPP_SUMMARY, {})

    async def list_opportunities(
        self,
        *,
        page_size: int,
        opportunity_type: Literal["CATEGORY", "KEYWORD", "PRODUCT"],
        page_token: str | None = None,
        locale: str | None = None,
        category_ids: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        tag_codes: list[str] | None = None,
    ) -> ListOpportunitiesResponse:
        """List opportunities.

        Lists the opportunity leads (products, keywords or categories in demand) offered to the seller,
        ranked by TikTok, with optional category, time and tag filters. The page and its `next_page_token`
        sit in the nested `data` object.

        `POST /product/202604/opportunities/query` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            locale: BCP-47 language of the returned texts, e.g. `en-US`.
            opportunity_type: `PRODUCT`, `KEYWORD` (search keyword) or `CATEGORY` opportunities.
            category_ids: Only these categories; empty for all.
            create_time_ge: Only opportunities created at or after this time, Unix seconds.
            create_time_lt: Only opportunities created before this time, Unix seconds.
            tag_codes: Lowercase tag codes, at most 20 (`core_product` and `top_product` for PRODUCT only)."""
        return await self._client.request(
            ops.LIST_OPPORTUNITIES,
            {
                "page_size": page_size,
                "page_token": page_token,
                "locale": locale,
                "opportunity_type": opportunity_type,
                "category_ids": category_ids,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "tag_codes": tag_codes,
            },
        )

    async def list_product_skpp_statuses(
        self,
        *,
        locale: str | None = None,
        product_ids: list[str] | None = None,
        skpp_status: Literal["NOT_QUALIFIED", "QUALIFIED"] | None = None,
        page_size: int | None = None,
        page_no: int | None = None,
    ) -> ListProductSkppStatusesResponse:
        """List product SKPP statuses.

        Returns the SKPP status, score and rewards of the shop's products, by product ids or status, page by
        page (`page_no`).

        `POST /product/202606/skpps/search` (shop cipher required)

        Args:
            locale: Language of the returned names, e.g. `en`, `en-GB`, `pt-BR`.
            product_ids: Product ids, at most 100.
            skpp_status: `QUALIFIED` (already SKPP) or `NOT_QUALIFIED` (eligible for SKPP tasks).
            page_size: Products per page, 1 to 100 (default 50).
            page_no: Page number from 1 (default 1)."""
        return await self._client.request(
            ops.LIST_PRODUCT_SKPP_STATUSES,
            {
                "locale": locale,
                "product_ids": product_ids,
                "skpp_status": skpp_status,
                "page_size": page_size,
                "page_no": page_no,
            },
        )

    async def optimize_images(
        self,
        *,
        images: list[OptimizeImagesRequestImagesItem] | None = None,
    ) -> OptimizeImagesResponse:
        """Optimize images.

        Starts replacing the background of uploaded images with white (useful for the first main image). It
        runs asynchronously; call again with the same images to read the outcome.

        `POST /product/202404/images/optimize` (shop cipher required)

        Args:
            images: Images to optimize, at most 20 (uploaded to TikTok Shop first)."""
        return await self._client.request(
            ops.OPTIMIZE_IMAGES,
            {
                "images": images,
            },
        )

    async def predict_package_dimensions_and_weight(
        self,
        *,
        category_id: str,
    ) -> PredictPackageDimensionsAndWeightResponse:
        """Predict package dimensions and weight.

        Predicts the package dimensions and weight of a product from its leaf category, to prefill create or
        edit product. `data` is empty when there is no prediction.

        `POST /product/202609/products/package/predict` (shop cipher required)

        Args:
            category_id: Leaf category id of the product."""
        return await self._client.request(
            ops.PREDICT_PACKAGE_DIMENSIONS_AND_WEIGHT,
            {
                "category_id": category_id,
            },
        )

    async def publish_global_product(
        self,
        *,
        global_product_id: str,
        publish_target: list[PublishTarget],
    ) -> PublishGlobalProductResponse:
        """Publish a global product.

        Converts a global product into local products in the shops of the given markets; each local product
        then goes through TikTok's review in its market.

        `POST /product/202309/global_products/{global_product_id}/publish`

        Args:
            global_product_id: The global product id.
            publish_target: Target markets."""
        return await self._client.request(
            ops.PUBLISH_GLOBAL_PRODUCT,
            {
                "global_product_id": global_product_id,
                "publish_target": publish_target,
            },
        )

    async def recommend_categories(
        self,
        *,
        product_title: str,
        category_version: str | None = None,
        description: str | None = None,
        images: list[CategoryImageRef] | None = None,
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
        origin_platform_category: CategoryExternalCategory | None = None,
        origin_platform_product_meta_data: OriginPlatformProductMetaData | None = None,
        is_live_quick: bool | None = None,
    ) -> RecommendCategoriesResponse:
        """Recommend a category.

        Suggests the leaf category of a candidate product from its title, description and images, with the
        category path above it. Useful when importing a catalog from another platform.

        `POST /product/202309/categories/recommend` (shop cipher optional)

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
        images: list[CategoryImageRef] | None = None,
        category_version: Literal["v1", "v2"] | None = None,
    ) -> RecommendGlobalCategoriesResponse:
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

    async def recommend_required_product_properties(
        self,
        *,
        category_id: str,
        product_title: str,
        description: str | None = None,
        images: list[ImageInput] | None = None,
        sales_properties: list[SalesProperty] | None = None,
        target_property_ids: list[str] | None = None,
    ) -> RecommendRequiredProductPropertiesResponse:
        """Recommend required product properties.

        Predicts the required properties of a product and their likely values from its category and content,
        to prefill create or edit product. Leave personal data out of the content.

        `POST /product/202609/products/properties/recommend` (shop cipher required)

        Args:
            category_id: Leaf category id of the product.
            product_title: Product title.
            description: Product description, for better predictions.
            images: Product images in order, for better predictions.
            sales_properties: Standard sales properties already chosen.
            target_property_ids: Only predict these properties."""
        return await self._client.request(
            ops.RECOMMEND_REQUIRED_PRODUCT_PROPERTIES,
            {
                "category_id": category_id,
                "product_title": product_title,
                "description": description,
                "images": images,
                "sales_properties": sales_properties,
                "target_property_ids": target_property_ids,
            },
        )

    async def recover_products(
        self,
        *,
        product_ids: list[str],
    ) -> RecoverProductsResponse:
        """Recover deleted products.

        Restores up to 20 deleted products, which come back deactivated. Products that could not be
        recovered are listed in `errors`.

        `POST /product/202309/products/recover` (shop cipher required)

        Args:
            product_ids: Ids of the products to recover, at most 20."""
        return await self._client.request(
            ops.RECOVER_PRODUCTS,
            {
                "product_ids": product_ids,
            },
        )

    async def replicate_product(
        self,
        *,
        product_id: str,
        inventory_mode: Literal["EXCLUSIVE", "SHARED"] | None = None,
        replicate_target: list[ReplicateTarget] | None = None,
    ) -> ReplicateProductResponse:
        """Replicate a product to other markets.

        Copies a local product to other markets of the seller. Validation errors per target market are
        returned at once; the replication itself runs asynchronously.

        `POST /product/202507/products/{product_id}/global_replicate` (shop cipher required)

        Args:
            product_id: Id of the product to replicate.
            inventory_mode: Inventory mode of the source product (EU).
            replicate_target: Markets to replicate to."""
        return await self._client.request(
            ops.REPLICATE_PRODUCT,
            {
                "product_id": product_id,
                "inventory_mode": inventory_mode,
                "replicate_target": replicate_target,
            },
        )

    async def search_global_products_202309(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal["DELETED", "DRAFT", "PUBLISHED", "UNPUBLISHED"] | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
    ) -> SearchGlobalProductsResponse:
        """Search global products (202309).

        Older version of the global product search: lists global products matching status, SKU and time
        filters, newest first, with their key fields only.

        `POST /product/202309/global_products/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            status: Only products in this status.
            seller_skus: Only products having this Seller SKU (one value at most).
            create_time_ge: Only products created at or after this time, Unix seconds.
            create_time_le: Only products created at or before this time, Unix seconds (default now).
            update_time_ge: Only products updated at or after this time, Unix seconds.
            update_time_le: Only products updated at or before this time, Unix seconds (default now)."""
        return await self._client.request(
            ops.SEARCH_GLOBAL_PRODUCTS_202309,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
            },
        )

    def iter_search_global_products_202309(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal["DELETED", "DRAFT", "PUBLISHED", "UNPUBLISHED"] | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
    ) -> AsyncPager[GlobalProductSummary, SearchGlobalProductsResponse]:
        """Iterate over every item of `search_global_products_202309` across pages, fetching each page lazily.

        Iterating yields `global_products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_global_products_202309`."""
        return self._client.paginate(
            ops.SEARCH_GLOBAL_PRODUCTS_202309,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
            },
        )

    async def search_global_products(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal["DELETED", "DRAFT", "PUBLISHED", "UNPUBLISHED"] | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
    ) -> SearchGlobalProductsResponse:
        """Search global products.

        Lists global products matching status, Seller SKU and time filters, newest first, with their key
        fields only; get the full record with `get_global_product`.

        `POST /product/202312/global_products/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            status: Only products in this status.
            seller_skus: Only products having this Seller SKU (one value at most).
            create_time_ge: Only products created at or after this time, Unix seconds.
            create_time_le: Only products created at or before this time, Unix seconds (default now).
            update_time_ge: Only products updated at or after this time, Unix seconds.
            update_time_le: Only products updated at or before this time, Unix seconds (default now)."""
        return await self._client.request(
            ops.SEARCH_GLOBAL_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
            },
        )

    def iter_search_global_products(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal["DELETED", "DRAFT", "PUBLISHED", "UNPUBLISHED"] | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
    ) -> AsyncPager[GlobalProductSummary, SearchGlobalProductsResponse]:
        """Iterate over every item of `search_global_products` across pages, fetching each page lazily.

        Iterating yields `global_products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_global_products`."""
        return self._client.paginate(
            ops.SEARCH_GLOBAL_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
            },
        )

    async def search_inventory(
        self,
        *,
        product_ids: list[str] | None = None,
        sku_ids: list[str] | None = None,
    ) -> SearchInventoryResponse:
        """Search inventory.

        Reports available and reserved stock per warehouse for the SKUs of the given products, or for the
        given SKUs (SKU ids win when both are passed).

        `POST /product/202309/inventory/search` (shop cipher required)

        Args:
            product_ids: Products whose SKUs to report, at most 100.
            sku_ids: SKUs to report, at most 600; takes precedence over `product_ids`."""
        return await self._client.request(
            ops.SEARCH_INVENTORY,
            {
                "product_ids": product_ids,
                "sku_ids": sku_ids,
            },
        )

    async def search_manufacturers_202409(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        manufacturer_ids: list[str] | None = None,
        keyword: str | None = None,
    ) -> SearchManufacturers202409Response:
        """Search manufacturers.

        Lists the seller's manufacturers by ids or keyword, to find the ids to attach to products in EU
        markets.

        `POST /product/202409/compliance/manufacturers/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            manufacturer_ids: Manufacturer ids, at most `page_size`.
            keyword: Text searched in name, trade name, phone number and email, at most 200 characters."""
        return await self._client.request(
            ops.SEARCH_MANUFACTURERS_202409,
            {
                "page_size": page_size,
                "page_token": page_token,
                "manufacturer_ids": manufacturer_ids,
                "keyword": keyword,
            },
        )

    def iter_search_manufacturers_202409(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        manufacturer_ids: list[str] | None = None,
        keyword: str | None = None,
    ) -> AsyncPager[ComplianceManufacturer, SearchManufacturers202409Response]:
        """Iterate over every item of `search_manufacturers_202409` across pages, fetching each page lazily.

        Iterating yields `manufacturers` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_manufacturers_202409`."""
        return self._client.paginate(
            ops.SEARCH_MANUFACTURERS_202409,
            {
                "page_size": page_size,
                "page_token": page_token,
                "manufacturer_ids": manufacturer_ids,
                "keyword": keyword,
            },
        )

    async def search_manufacturers(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        manufacturer_ids: list[str] | None = None,
        keyword: str | None = None,
        locales: list[Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"]] | None = None,
    ) -> SearchManufacturersResponse:
        """Search manufacturers (202501).

        Lists the seller's manufacturers by ids or keyword, each with its details in every requested EU
        language.

        `POST /product/202501/compliance/manufacturers/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            manufacturer_ids: Manufacturer ids, at most `page_size`.
            keyword: Text searched in name, trade name, phone number and email, at most 200 characters.
            locales: Languages to return the details in; default the language of the seller's business
                address."""
        return await self._client.request(
            ops.SEARCH_MANUFACTURERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "manufacturer_ids": manufacturer_ids,
                "keyword": keyword,
                "locales": locales,
            },
        )

    def iter_search_manufacturers(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        manufacturer_ids: list[str] | None = None,
        keyword: str | None = None,
        locales: list[Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"]] | None = None,
    ) -> AsyncPager[SearchManufacturersManufacturer, SearchManufacturersResponse]:
        """Iterate over every item of `search_manufacturers` across pages, fetching each page lazily.

        Iterating yields `manufacturers` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_manufacturers`."""
        return self._client.paginate(
            ops.SEARCH_MANUFACTURERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "manufacturer_ids": manufacturer_ids,
                "keyword": keyword,
                "locales": locales,
            },
        )

    async def search_products_202309(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        category_version: str | None = None,
        status: Literal[
            "ACTIVATE",
            "ALL",
            "DELETED",
            "DRAFT",
            "FAILED",
            "FREEZE",
            "PENDING",
            "PLATFORM_DEACTIVATED",
            "SELLER_DEACTIVATED",
        ]
        | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
    ) -> SearchProductsResponse:
        """Search products.

        Lists the products of the shop matching the filters, one page at a time, with their key properties
        and SKUs. Get a product detail for everything else.

        `POST /product/202309/products/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            category_version: Only products in this category tree: `v1` (3 levels, most regions) or `v2` (7
                levels, US). Without it, products of both trees are returned.
            status: Only products in this status (of the base version, not of drafts); `ALL` for every
                status.
            seller_skus: Only products with these seller SKU codes.
            create_time_ge: Only products created at or after this time, Unix seconds.
            create_time_le: Only products created at or before this time, Unix seconds.
            update_time_ge: Only products updated at or after this time, Unix seconds.
            update_time_le: Only products updated at or before this time, Unix seconds."""
        return await self._client.request(
            ops.SEARCH_PRODUCTS_202309,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_version": category_version,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
            },
        )

    def iter_search_products_202309(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        category_version: str | None = None,
        status: Literal[
            "ACTIVATE",
            "ALL",
            "DELETED",
            "DRAFT",
            "FAILED",
            "FREEZE",
            "PENDING",
            "PLATFORM_DEACTIVATED",
            "SELLER_DEACTIVATED",
        ]
        | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
    ) -> AsyncPager[Summary, SearchProductsResponse]:
        """Iterate over every item of `search_products_202309` across pages, fetching each page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_products_202309`."""
        return self._client.paginate(
            ops.SEARCH_PRODUCTS_202309,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_version": category_version,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
            },
        )

    async def search_products_202312(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal[
            "ACTIVATE",
            "ALL",
            "DELETED",
            "DRAFT",
            "FAILED",
            "FREEZE",
            "PENDING",
            "PLATFORM_DEACTIVATED",
            "SELLER_DEACTIVATED",
        ]
        | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
        category_version: Literal["v1", "v2"] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        audit_status: list[Literal["APPROVED", "AUDITING", "FAILED"]] | None = None,
        sku_ids: list[str] | None = None,
        sns_filter: Literal["CONFIGURED", "ELIGIBLE"] | None = None,
        return_draft_version: bool | None = None,
        listing_quality_tier: Literal["EXCELLENT", "FAIR", "GOOD", "POOR"] | None = None,
    ) -> SearchProductsResponse:
        """Search products.

        Lists the products of the shop matching the filters, one page at a time, with their key properties
        and SKUs. Get a product detail for everything else.

        `POST /product/202312/products/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            status: Only products in this status (of the base version, not of drafts); `ALL` for every
                status.
            seller_skus: Only products with these seller SKU codes.
            create_time_ge: Only products created at or after this time, Unix seconds.
            create_time_le: Only products created at or before this time, Unix seconds.
            update_time_ge: Only products updated at or after this time, Unix seconds.
            update_time_le: Only products updated at or before this time, Unix seconds.
            category_version: Only products in this category tree version; both by default.
            listing_platforms: Only products on these platforms (migrated Tokopedia sellers; needs
                `status`).
            audit_status: Only products with this audit status.
            sku_ids: Only products with these SKU ids, at most 10.
            sns_filter: Only products with this Subscribe and Save state.
            return_draft_version: Only products that have a draft, returned in their draft version.
            listing_quality_tier: Only products in this listing quality tier (US only)."""
        return await self._client.request(
            ops.SEARCH_PRODUCTS_202312,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
                "category_version": category_version,
                "listing_platforms": listing_platforms,
                "audit_status": audit_status,
                "sku_ids": sku_ids,
                "sns_filter": sns_filter,
                "return_draft_version": return_draft_version,
                "listing_quality_tier": listing_quality_tier,
            },
        )

    def iter_search_products_202312(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal[
            "ACTIVATE",
            "ALL",
            "DELETED",
            "DRAFT",
            "FAILED",
            "FREEZE",
            "PENDING",
            "PLATFORM_DEACTIVATED",
            "SELLER_DEACTIVATED",
        ]
        | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
        category_version: Literal["v1", "v2"] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        audit_status: list[Literal["APPROVED", "AUDITING", "FAILED"]] | None = None,
        sku_ids: list[str] | None = None,
        sns_filter: Literal["CONFIGURED", "ELIGIBLE"] | None = None,
        return_draft_version: bool | None = None,
        listing_quality_tier: Literal["EXCELLENT", "FAIR", "GOOD", "POOR"] | None = None,
    ) -> AsyncPager[Summary, SearchProductsResponse]:
        """Iterate over every item of `search_products_202312` across pages, fetching each page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_products_202312`."""
        return self._client.paginate(
            ops.SEARCH_PRODUCTS_202312,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
                "category_version": category_version,
                "listing_platforms": listing_platforms,
                "audit_status": audit_status,
                "sku_ids": sku_ids,
                "sns_filter": sns_filter,
                "return_draft_version": return_draft_version,
                "listing_quality_tier": listing_quality_tier,
            },
        )

    async def search_products(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal[
            "ACTIVATE",
            "ALL",
            "DELETED",
            "DRAFT",
            "FAILED",
            "FREEZE",
            "PENDING",
            "PLATFORM_DEACTIVATED",
            "SELLER_DEACTIVATED",
        ]
        | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
        category_version: Literal["v1", "v2"] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        audit_status: list[Literal["APPROVED", "AUDITING", "FAILED"]] | None = None,
        sku_ids: list[str] | None = None,
        sns_filter: Literal["CONFIGURED", "ELIGIBLE"] | None = None,
        return_draft_version: bool | None = None,
        listing_quality_tiers: list[Literal["EXCELLENT", "FAIR", "GOOD", "POOR"]] | None = None,
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
        include_live_quick_products: bool | None = None,
    ) -> SearchProductsResponse:
        """Search products.

        Lists the products of the shop matching the filters, one page at a time, with their key properties
        and SKUs. Get a product detail for everything else.

        `POST /product/202502/products/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            status: Only products in this status (of the base version, not of drafts); `ALL` for every
                status.
            seller_skus: Only products with these seller SKU codes.
            create_time_ge: Only products created at or after this time, Unix seconds.
            create_time_le: Only products created at or before this time, Unix seconds.
            update_time_ge: Only products updated at or after this time, Unix seconds.
            update_time_le: Only products updated at or before this time, Unix seconds.
            category_version: Only products in this category tree version; both by default.
            listing_platforms: Only products on these platforms (migrated Tokopedia sellers; needs
                `status`).
            audit_status: Only products with this audit status.
            sku_ids: Only products with these SKU ids, at most 10.
            sns_filter: Only products with this Subscribe and Save state.
            return_draft_version: Only products that have a draft, returned in their draft version.
            listing_quality_tiers: Only products in these listing quality tiers (US only).
            locale: Locale (BCP-47) of the category information.
            include_live_quick_products: Whether to include LIVE_QUICK products."""
        return await self._client.request(
            ops.SEARCH_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
                "category_version": category_version,
                "listing_platforms": listing_platforms,
                "audit_status": audit_status,
                "sku_ids": sku_ids,
                "sns_filter": sns_filter,
                "return_draft_version": return_draft_version,
                "listing_quality_tiers": listing_quality_tiers,
                "locale": locale,
                "include_live_quick_products": include_live_quick_products,
            },
        )

    def iter_search_products(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        status: Literal[
            "ACTIVATE",
            "ALL",
            "DELETED",
            "DRAFT",
            "FAILED",
            "FREEZE",
            "PENDING",
            "PLATFORM_DEACTIVATED",
            "SELLER_DEACTIVATED",
        ]
        | None = None,
        seller_skus: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
        update_time_ge: int | None = None,
        update_time_le: int | None = None,
        category_version: Literal["v1", "v2"] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        audit_status: list[Literal["APPROVED", "AUDITING", "FAILED"]] | None = None,
        sku_ids: list[str] | None = None,
        sns_filter: Literal["CONFIGURED", "ELIGIBLE"] | None = None,
        return_draft_version: bool | None = None,
        listing_quality_tiers: list[Literal["EXCELLENT", "FAIR", "GOOD", "POOR"]] | None = None,
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
        include_live_quick_products: bool | None = None,
    ) -> AsyncPager[Summary, SearchProductsResponse]:
        """Iterate over every item of `search_products` across pages, fetching each page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_products`."""
        return self._client.paginate(
            ops.SEARCH_PRODUCTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "seller_skus": seller_skus,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
                "update_time_ge": update_time_ge,
                "update_time_le": update_time_le,
                "category_version": category_version,
                "listing_platforms": listing_platforms,
                "audit_status": audit_status,
                "sku_ids": sku_ids,
                "sns_filter": sns_filter,
                "return_draft_version": return_draft_version,
                "listing_quality_tiers": listing_quality_tiers,
                "locale": locale,
                "include_live_quick_products": include_live_quick_products,
            },
        )

    async def search_products_for_compliance_auditing(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        category_asset_cipher: str | None = None,
        product_ids: list[str] | None = None,
        seller_id: str | None = None,
        seller_name: str | None = None,
        product_title: str | None = None,
        category_ids: list[str] | None = None,
        brand_ids: list[str] | None = None,
    ) -> SearchProductsForComplianceAuditingResponse:
        """Search products for compliance auditing.

        For compliance vendors: looks up live products by id, or searches a shop's products by title,
        category and brand, and returns what is needed to prepare a compliance test report.

        `POST /product/202601/compliance/auditing/research`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            category_asset_cipher: Cipher of the category asset the vendor is authorized for.
            product_ids: Product ids to look up directly, at most 20.
            seller_id: Id of the shop to search.
            seller_name: Name of the shop to search.
            product_title: Words of the product title.
            category_ids: Only products in these categories.
            brand_ids: Only products of these brands."""
        return await self._client.request(
            ops.SEARCH_PRODUCTS_FOR_COMPLIANCE_AUDITING,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
                "product_ids": product_ids,
                "seller_id": seller_id,
                "seller_name": seller_name,
                "product_title": product_title,
                "category_ids": category_ids,
                "brand_ids": brand_ids,
            },
        )

    def iter_search_products_for_compliance_auditing(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        category_asset_cipher: str | None = None,
        product_ids: list[str] | None = None,
        seller_id: str | None = None,
        seller_name: str | None = None,
        product_title: str | None = None,
        category_ids: list[str] | None = None,
        brand_ids: list[str] | None = None,
    ) -> AsyncPager[ComplianceAuditProduct, SearchProductsForComplianceAuditingResponse]:
        """Iterate over every item of `search_products_for_compliance_auditing` across pages, fetching each
        page lazily.

        Iterating yields `products` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_products_for_compliance_auditing`."""
        return self._client.paginate(
            ops.SEARCH_PRODUCTS_FOR_COMPLIANCE_AUDITING,
            {
                "page_size": page_size,
                "page_token": page_token,
                "category_asset_cipher": category_asset_cipher,
                "product_ids": product_ids,
                "seller_id": seller_id,
                "seller_name": seller_name,
                "product_title": product_title,
                "category_ids": category_ids,
                "brand_ids": brand_ids,
            },
        )

    async def search_responsible_persons_202409(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        responsible_person_ids: list[str] | None = None,
        keyword: str | None = None,
    ) -> SearchResponsiblePersons202409Response:
        """Search responsible persons.

        Lists the seller's EU responsible persons by ids or keyword, to find the ids to attach to products.

        `POST /product/202409/compliance/responsible_persons/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            responsible_person_ids: Responsible person ids, at most `page_size`.
            keyword: Text searched in name, phone number and email, at most 200 characters."""
        return await self._client.request(
            ops.SEARCH_RESPONSIBLE_PERSONS_202409,
            {
                "page_size": page_size,
                "page_token": page_token,
                "responsible_person_ids": responsible_person_ids,
                "keyword": keyword,
            },
        )

    def iter_search_responsible_persons_202409(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        responsible_person_ids: list[str] | None = None,
        keyword: str | None = None,
    ) -> AsyncPager[ComplianceResponsiblePerson, SearchResponsiblePersons202409Response]:
        """Iterate over every item of `search_responsible_persons_202409` across pages, fetching each page
        lazily.

        Iterating yields `responsible_persons` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_responsible_persons_202409`."""
        return self._client.paginate(
            ops.SEARCH_RESPONSIBLE_PERSONS_202409,
            {
                "page_size": page_size,
                "page_token": page_token,
                "responsible_person_ids": responsible_person_ids,
                "keyword": keyword,
            },
        )

    async def search_responsible_persons(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        responsible_person_ids: list[str] | None = None,
        keyword: str | None = None,
        locales: list[Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"]] | None = None,
    ) -> SearchResponsiblePersonsResponse:
        """Search responsible persons (202501).

        Lists the seller's EU responsible persons by ids or keyword, each with its details in every
        requested EU language.

        `POST /product/202501/compliance/responsible_persons/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            responsible_person_ids: Responsible person ids, at most `page_size`.
            keyword: Text searched in name, phone number and email, at most 200 characters.
            locales: Languages to return the details in; default the language of the seller's business
                address."""
        return await self._client.request(
            ops.SEARCH_RESPONSIBLE_PERSONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "responsible_person_ids": responsible_person_ids,
                "keyword": keyword,
                "locales": locales,
            },
        )

    def iter_search_responsible_persons(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        responsible_person_ids: list[str] | None = None,
        keyword: str | None = None,
        locales: list[Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"]] | None = None,
    ) -> AsyncPager[ResponsiblePerson, SearchResponsiblePersonsResponse]:
        """Iterate over every item of `search_responsible_persons` across pages, fetching each page lazily.

        Iterating yields `responsible_persons` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_responsible_persons`."""
        return self._client.paginate(
            ops.SEARCH_RESPONSIBLE_PERSONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "responsible_person_ids": responsible_person_ids,
                "keyword": keyword,
                "locales": locales,
            },
        )

    async def search_size_charts(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        locales: list[
            Literal[
                "de-DE",
                "en-GB",
                "en-IE",
                "en-US",
                "es-ES",
                "es-MX",
                "fr-FR",
                "id-ID",
                "it-IT",
                "ja-JP",
                "ms-MY",
                "pt-BR",
                "th-TH",
                "vi-VN",
                "zh-CN",
            ]
        ]
        | None = None,
        ids: list[str] | None = None,
        keyword: str | None = None,
        size_chart_mode: Literal["PRODUCT_SCOPED", "REUSABLE_TEMPLATE"] | None = None,
    ) -> SearchSizeChartsResponse:
        """Search size charts.

        Lists the size charts the seller has created, filtered by template ids, name keyword or usage mode.
        Use a returned template id in a product's `size_chart`.

        `POST /product/202407/sizecharts/search`

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            locales: Languages of the size chart images and tables to return (BCP-47, sent comma-separated).
            ids: Size chart template ids, at most 50; wins over `keyword`.
            keyword: Words of the template name (PRODUCT_SCOPED charts have no name and are not matched).
            size_chart_mode: `REUSABLE_TEMPLATE` (shared by many products) or `PRODUCT_SCOPED` (belongs to
                one product)."""
        return await self._client.request(
            ops.SEARCH_SIZE_CHARTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "locales": locales,
                "ids": ids,
                "keyword": keyword,
                "size_chart_mode": size_chart_mode,
            },
        )

    def iter_search_size_charts(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        locales: list[
            Literal[
                "de-DE",
                "en-GB",
                "en-IE",
                "en-US",
                "es-ES",
                "es-MX",
                "fr-FR",
                "id-ID",
                "it-IT",
                "ja-JP",
                "ms-MY",
                "pt-BR",
                "th-TH",
                "vi-VN",
                "zh-CN",
            ]
        ]
        | None = None,
        ids: list[str] | None = None,
        keyword: str | None = None,
        size_chart_mode: Literal["PRODUCT_SCOPED", "REUSABLE_TEMPLATE"] | None = None,
    ) -> AsyncPager[SizeChart, SearchSizeChartsResponse]:
        """Iterate over every item of `search_size_charts` across pages, fetching each page lazily.

        Iterating yields `size_chart` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_size_charts`."""
        return self._client.paginate(
            ops.SEARCH_SIZE_CHARTS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "locales": locales,
                "ids": ids,
                "keyword": keyword,
                "size_chart_mode": size_chart_mode,
            },
        )

    async def submit_product_via_opportunity(
        self,
        *,
        opportunity_id: str,
        product_id: str,
    ) -> SubmitProductViaOpportunityResponse:
        """Submit a product to an opportunity.

        Submits an existing active product of the shop in answer to an opportunity lead; the submission is
        then reviewed (track it with `get_opportunity_submissions`).

        `POST /product/202604/opportunities/{opportunity_id}/submit` (shop cipher required)

        Args:
            opportunity_id: The opportunity id.
            product_id: Id of a product of the shop in ACTIVATE status."""
        return await self._client.request(
            ops.SUBMIT_PRODUCT_VIA_OPPORTUNITY,
            {
                "opportunity_id": opportunity_id,
                "product_id": product_id,
            },
        )

    async def submit_size_chart_appeal(
        self,
        *,
        product_id: int,
        appeal_message: AppealMessage,
    ) -> SubmitSizeChartAppealResponse:
        """Submit a size chart appeal.

        Appeals a listing block caused by a failed size chart check, naming the checks (indicators) the
        seller disputes and the size chart to review.

        `POST /product/202604/appeals/submit` (shop cipher required)

        Args:
            product_id: Id of the blocked product.
            appeal_message: What is appealed."""
        return await self._client.request(
            ops.SUBMIT_SIZE_CHART_APPEAL,
            {
                "product_id": product_id,
                "appeal_message": appeal_message,
            },
        )

    async def submit_strikethrough_price(
        self,
        *,
        product_id: str,
        external_product_id: str,
        skus: list[SubmitStrikethroughPriceSku],
    ) -> SubmitStrikethroughPriceResponse:
        """Submit strikethrough price evidence.

        Submits external prices of SKUs so TikTok can verify the list price shown struck through during
        discounts. Submissions expire after 90 days.

        `POST /product/202609/products/{product_id}/strikethrough_price/submit` (shop cipher required)

        Args:
            product_id: Product id.
            external_product_id: External product id, as given when the product was created.
            skus: SKUs of the product."""
        return await self._client.request(
            ops.SUBMIT_STRIKETHROUGH_PRICE,
            {
                "product_id": product_id,
                "external_product_id": external_product_id,
                "skus": skus,
            },
        )

    async def suggest_brands(
        self,
        *,
        product_title: str,
        category_id: str | None = None,
        description: str | None = None,
        images: list[CategoryImageRef] | None = None,
    ) -> SuggestBrandsResponse:
        """Suggest brands.

        Recommends brands for a candidate product from its title, and optionally its category, description
        and first image.

        `POST /product/202609/brands/suggest` (shop cipher required)

        Args:
            product_title: Product title.
            category_id: Category id.
            description: Product description.
            images: Product images; only the first is used."""
        return await self._client.request(
            ops.SUGGEST_BRANDS,
            {
                "product_title": product_title,
                "category_id": category_id,
                "description": description,
                "images": images,
            },
        )

    async def update_global_product(
        self,
        *,
        global_product_id: str,
        title: str,
        description: str,
        category_id: str,
        main_images: list[GlobalImageInput],
        package_weight: GlobalPackageWeightInput,
        skus: list[GlobalSkuInput],
        category_version: str | None = None,
        brand_id: str | None = None,
        video: GlobalVideoInput | None = None,
        package_dimensions: GlobalPackageDimensionsInput | None = None,
        certifications: list[GlobalCertificationInput] | None = None,
        product_attributes: list[GlobalProductAttributeInput] | None = None,
        size_chart: GlobalSizeChartInput | None = None,
        manufacturer: GlobalManufacturerInfoInput | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        external_global_product_id: str | None = None,
    ) -> UpdateGlobalProductResponse:
        """Edit a global product.

        Replaces all properties of a global product. For published products the changes are retranslated and
        synced to the local products; `publish_results` reports each market.

        `PUT /product/202309/global_products/{global_product_id}`

        Args:
            global_product_id: The global product id.
            title: Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (MX), 25-255
                elsewhere.
            description: Product description in HTML, at most 10,000 characters and 30 `<img>` tags using
                TikTok Shop image URLs.
            category_id: Leaf category id in the tree of `category_version`, with `AVAILABLE` permission.
            main_images: Gallery images in display order, at most 9, 300x300 to 4000x4000 px; the first
                should have a white background.
            package_weight: Package weight; use the same measurement system as the dimensions.
            skus: The global SKUs to keep or create; existing SKUs whose id is left out are deleted.
            category_version: Category tree version: `v1` (3-level, default) or `v2` (7-level, required when
                the seller has a US shop).
            brand_id: Brand id; unauthorized brands are not displayed.
            video: The product video.
            package_dimensions: Package dimensions; use the same measurement system as the weight.
            certifications: Certifications, at most 10; see the global category rules for which are
                required.
            product_attributes: Attributes of the whole product; those marked required by the global
                category attributes must be given.
            size_chart: The size chart, as an image or a template.
            manufacturer: Manufacturer contact details.
            manufacturer_ids: EU manufacturer ids (from the compliance manufacturer search), for categories
                that need them.
            responsible_person_ids: EU responsible person ids (from the compliance responsible person
                search), for categories that need them.
            external_global_product_id: The product's id on an external e-commerce platform, at most 999
                characters."""
        return await self._client.request(
            ops.UPDATE_GLOBAL_PRODUCT,
            {
                "global_product_id": global_product_id,
                "title": title,
                "description": description,
                "category_id": category_id,
                "main_images": main_images,
                "package_weight": package_weight,
                "skus": skus,
                "category_version": category_version,
                "brand_id": brand_id,
                "video": video,
                "package_dimensions": package_dimensions,
                "certifications": certifications,
                "product_attributes": product_attributes,
                "size_chart": size_chart,
                "manufacturer": manufacturer,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "external_global_product_id": external_global_product_id,
            },
        )

    async def update_global_product_inventory(
        self,
        *,
        global_product_id: str,
        global_skus: list[UpdateGlobalProductInventoryGlobalSku],
    ) -> UpdateGlobalProductInventoryResponse:
        """Update global product inventory.

        Sets the per-warehouse inventory of global SKUs of a global product (DRAFT, UNPUBLISHED or
        PUBLISHED). Needs the multi-warehouse feature; warehouses left out keep their quantities.

        `POST /product/202309/global_products/{global_product_id}/inventory/update`

        Args:
            global_product_id: The global product id.
            global_skus: Global SKUs to update, at least one."""
        return await self._client.request(
            ops.UPDATE_GLOBAL_PRODUCT_INVENTORY,
            {
                "global_product_id": global_product_id,
                "global_skus": global_skus,
            },
        )

    async def update_global_product_partially(
        self,
        *,
        global_product_id: str,
        title: str | None = None,
        description: str | None = None,
        category_id: str | None = None,
        category_version: str | None = None,
        brand_id: str | None = None,
        main_images: list[GlobalImageInput] | None = None,
        video: GlobalVideoInput | None = None,
        package_dimensions: GlobalPackageDimensionsInput | None = None,
        package_weight: GlobalPackageWeightInput | None = None,
        certifications: list[GlobalCertificationInput] | None = None,
        product_attributes: list[GlobalProductAttributeInput] | None = None,
        size_chart: GlobalSizeChartInput | None = None,
        manufacturer: GlobalManufacturerInfoInput | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        external_global_product_id: str | None = None,
        skus: list[GlobalSkuPartialInput] | None = None,
    ) -> UpdateGlobalProductPartiallyResponse:
        """Partially edit a global product.

        Updates only the fields given of a global product (the category cannot change); linked local
        products receive the applicable changes.

        `PUT /product/202509/global_products/{global_product_id}/partial_edit`

        Args:
            global_product_id: The global product id.
            title: Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (MX), 25-255
                elsewhere.
            description: Product description in HTML, at most 10,000 characters and 30 `<img>` tags using
                TikTok Shop image URLs.
            category_id: Leaf category id in the tree of `category_version`, with `AVAILABLE` permission.
            category_version: Category tree version: `v1` (3-level, default) or `v2` (7-level, required when
                the seller has a US shop).
            brand_id: Brand id; unauthorized brands are not displayed.
            main_images: Gallery images in display order, at most 9, 300x300 to 4000x4000 px; the first
                should have a white background.
            video: The product video.
            package_dimensions: Package dimensions; use the same measurement system as the weight.
            package_weight: Package weight; use the same measurement system as the dimensions.
            certifications: Certifications, at most 10; see the global category rules for which are
                required.
            product_attributes: Attributes of the whole product; those marked required by the global
                category attributes must be given.
            size_chart: The size chart, as an image or a template.
            manufacturer: Manufacturer contact details.
            manufacturer_ids: EU manufacturer ids (from the compliance manufacturer search), for categories
                that need them.
            responsible_person_ids: EU responsible person ids (from the compliance responsible person
                search), for categories that need them.
            external_global_product_id: The product's id on an external e-commerce platform, at most 999
                characters.
            skus: The global SKUs to keep or create; existing SKUs whose id is left out are deleted."""
        return await self._client.request(
            ops.UPDATE_GLOBAL_PRODUCT_PARTIALLY,
            {
                "global_product_id": global_product_id,
                "title": title,
                "description": description,
                "category_id": category_id,
                "category_version": category_version,
                "brand_id": brand_id,
                "main_images": main_images,
                "video": video,
                "package_dimensions": package_dimensions,
                "package_weight": package_weight,
                "certifications": certifications,
                "product_attributes": product_attributes,
                "size_chart": size_chart,
                "manufacturer": manufacturer,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "external_global_product_id": external_global_product_id,
                "skus": skus,
            },
        )

    async def update_manufacturer_partially(
        self,
        *,
        manufacturer_id: str,
        name: str | None = None,
        registered_trade_name: str | None = None,
        email: str | None = None,
        phone_number: CompliancePhoneNumberInput | None = None,
        address: str | None = None,
        locale: Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"] | None = None,
    ) -> UpdateManufacturerPartiallyResponse:
        """Partially edit a manufacturer.

        Updates the given fields of a manufacturer in one language version (chosen by `locale`); other
        language versions are unchanged.

        `POST /product/202409/compliance/manufacturers/{manufacturer_id}/partial_edit`

        Args:
            manufacturer_id: The manufacturer id.
            name: Manufacturer name, at most 255 characters.
            registered_trade_name: Registered trade name, at most 200 characters.
            email: Email address.
            phone_number: A manufacturer phone number.
            address: Postal address, at most 500 characters.
            locale: Language version to update; default the language of the seller's business address."""
        return await self._client.request(
            ops.UPDATE_MANUFACTURER_PARTIALLY,
            {
                "manufacturer_id": manufacturer_id,
                "name": name,
                "registered_trade_name": registered_trade_name,
                "email": email,
                "phone_number": phone_number,
                "address": address,
                "locale": locale,
            },
        )

    async def update_product_202309(
        self,
        *,
        product_id: str,
        title: str,
        description: str,
        category_id: str,
        main_images: list[ImageInput],
        skus: list[SkuInput],
        category_version: str | None = None,
        brand_id: str | None = None,
        package_dimensions: DimensionsInput | None = None,
        package_weight: WeightInput | None = None,
        video: VideoInput | None = None,
        product_attributes: list[AttributeInput] | None = None,
        certifications: list[CertificationInput] | None = None,
        size_chart: SizingChartInput | None = None,
        external_product_id: str | None = None,
        delivery_option_ids: list[str] | None = None,
        primary_combined_product_id: str | None = None,
        is_cod_allowed: bool | None = None,
        is_not_for_sale: bool | None = None,
        is_pre_owned: bool | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        shipping_insurance_requirement: Literal["NOT_SUPPORTED", "OPTIONAL", "REQUIRED"] | None = None,
        minimum_order_quantity: int | None = None,
        save_mode: Literal["AS_DRAFT", "LISTING"] | None = None,
        shipping_template_id: str | None = None,
        scheduled_sale: ScheduledSaleInput | None = None,
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
        auto_translate_enabled: bool | None = None,
        search_terms: list[str] | None = None,
        key_product_features: list[str] | None = None,
        product_tag_operations: list[TagOperation] | None = None,
        purchase_order_quantity_limit: PurchaseLimitInput | None = None,
        selling_format: Literal["FIXED_PRICE", "FIXED_PRICE_AND_LIVE_AUCTION"] | None = None,
        is_live_quick: bool | None = None,
        is_blind_box: bool | None = None,
        replicated_products: list[ReplicaSync] | None = None,
        subscribe_info_edit: SubscribeInfoEdit | None = None,
    ) -> UpdateProductResponse:
        """Edit a product.

        Replaces all properties of a product that is not frozen or deleted; fields left out are cleared and
        SKUs left out are deleted. Content changes go through audit again (the live version stays until it
        passes); price and stock changes apply at once.

        `PUT /product/202309/products/{product_id}` (shop cipher required)

        Args:
            product_id: Product id.
            title: Product title (1-255 characters in most regions; 25-255 in some SEA regions).
            description: Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted
                `<img>` tags).
            category_id: Leaf category id, in the category tree given by `category_version`.
            main_images: Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px).
            skus: SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US).
            category_version: Category tree version: `v1` (3 levels) or `v2` (7 levels, required for US and
                SEA shops).
            brand_id: Brand id (see the brands operations).
            package_dimensions: Package (or SKU) dimensions. Use the same measurement system as the weight.
            package_weight: Package (or SKU) weight. Use the same measurement system as the dimensions.
            video: A product video. Requests need only `id`; responses add its URLs and properties.
            product_attributes: Product attributes; those the category marks required must be given.
            certifications: Certifications the category requires, at most 10.
            size_chart: The size chart of a product: either an image or a size chart template.
            external_product_id: Id of the product on an external e-commerce platform (max 999 characters).
            delivery_option_ids: Delivery option ids overriding the warehouse defaults (ID, MX, MY, PH, SG,
                TH, VN only).
            primary_combined_product_id: Primary product of the virtual bundle this product belongs to.
            is_cod_allowed: Whether buyers may pay cash on delivery (some SEA and SA markets).
            is_not_for_sale: Whether the product is only a gift-with-purchase item, not for sale on its own.
            is_pre_owned: Whether the product is pre-owned (only when Tokopedia is the sole platform).
            manufacturer_ids: Manufacturer ids (EU, for some categories).
            responsible_person_ids: EU responsible person ids (for some categories).
            listing_platforms: Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers).
            shipping_insurance_requirement: Shipping insurance for buyers (Tokopedia listings); defaults to
                `OPTIONAL`.
            minimum_order_quantity: Minimum quantity per order, 1 to 20 (Indonesia and selected SEA
                sellers).
            save_mode: `LISTING` submits the product for listing (default); `AS_DRAFT` saves a draft.
            shipping_template_id: Shipping template to bind to the product.
            scheduled_sale: Scheduled listing of a product.
            locale: Locale (BCP-47) of the category information; defaults to the shop locale.
            auto_translate_enabled: Whether to translate the content automatically for markets needing
                several languages.
            search_terms: Search terms, not shown to buyers (at most 15, 250 characters in total).
            key_product_features: Key features shown as product highlights (at most 5, 1500 characters in
                total).
            product_tag_operations: Special product tags to turn on or off (legacy; `selling_format` wins).
            purchase_order_quantity_limit: Purchase quantity limits for buyers.
            selling_format: `FIXED_PRICE` (default) or `FIXED_PRICE_AND_LIVE_AUCTION` (needs a starting bid
                price).
            is_live_quick: Whether the product is a LIVE_QUICK product (needs a permission).
            is_blind_box: Whether the product is a blind box or lucky bag.
            replicated_products: Replicas in other markets to sync the changes to.
            subscribe_info_edit: Subscribe and Save settings to apply."""
        return await self._client.request(
            ops.UPDATE_PRODUCT_202309,
            {
                "product_id": product_id,
                "title": title,
                "description": description,
                "category_id": category_id,
                "main_images": main_images,
                "skus": skus,
                "category_version": category_version,
                "brand_id": brand_id,
                "package_dimensions": package_dimensions,
                "package_weight": package_weight,
                "video": video,
                "product_attributes": product_attributes,
                "certifications": certifications,
                "size_chart": size_chart,
                "external_product_id": external_product_id,
                "delivery_option_ids": delivery_option_ids,
                "primary_combined_product_id": primary_combined_product_id,
                "is_cod_allowed": is_cod_allowed,
                "is_not_for_sale": is_not_for_sale,
                "is_pre_owned": is_pre_owned,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "listing_platforms": listing_platforms,
                "shipping_insurance_requirement": shipping_insurance_requirement,
                "minimum_order_quantity": minimum_order_quantity,
                "save_mode": save_mode,
                "shipping_template_id": shipping_template_id,
                "scheduled_sale": scheduled_sale,
                "locale": locale,
                "auto_translate_enabled": auto_translate_enabled,
                "search_terms": search_terms,
                "key_product_features": key_product_features,
                "product_tag_operations": product_tag_operations,
                "purchase_order_quantity_limit": purchase_order_quantity_limit,
                "selling_format": selling_format,
                "is_live_quick": is_live_quick,
                "is_blind_box": is_blind_box,
                "replicated_products": replicated_products,
                "subscribe_info_edit": subscribe_info_edit,
            },
        )

    async def update_product(
        self,
        *,
        product_id: str,
        title: str,
        description: str,
        category_id: str,
        main_images: list[ImageInput],
        skus: list[SkuInput],
        category_version: str | None = None,
        brand_id: str | None = None,
        package_dimensions: DimensionsInput | None = None,
        package_weight: WeightInput | None = None,
        video: VideoInput | None = None,
        product_attributes: list[AttributeInput] | None = None,
        certifications: list[CertificationInput] | None = None,
        size_chart: SizingChartInput | None = None,
        external_product_id: str | None = None,
        delivery_option_ids: list[str] | None = None,
        primary_combined_product_id: str | None = None,
        is_cod_allowed: bool | None = None,
        is_not_for_sale: bool | None = None,
        is_pre_owned: bool | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        shipping_insurance_requirement: Literal["NOT_SUPPORTED", "OPTIONAL", "REQUIRED"] | None = None,
        minimum_order_quantity: int | None = None,
        save_mode: Literal["AS_DRAFT", "LISTING"] | None = None,
        shipping_template_id: str | None = None,
        scheduled_sale: ScheduledSaleInput | None = None,
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
        auto_translate_enabled: bool | None = None,
        search_terms: list[str] | None = None,
        key_product_features: list[str] | None = None,
        product_tag_operations: list[TagOperation] | None = None,
        purchase_order_quantity_limit: PurchaseLimitInput | None = None,
        selling_format: Literal["FIXED_PRICE", "FIXED_PRICE_AND_LIVE_AUCTION"] | None = None,
        is_live_quick: bool | None = None,
        is_blind_box: bool | None = None,
        inventory_mode: str | None = None,
        replicated_products: list[ReplicaSync] | None = None,
        subscribe_info_edit: SubscribeInfoEdit | None = None,
    ) -> UpdateProductResponse:
        """Edit a product.

        Replaces all properties of a product that is not frozen or deleted; fields left out are cleared and
        SKUs left out are deleted. Content changes go through audit again (the live version stays until it
        passes); price and stock changes apply at once. This version can also sync the changes to replicas
        in other markets.

        `PUT /product/202509/products/{product_id}` (shop cipher required)

        Args:
            product_id: Product id.
            title: Product title (1-255 characters in most regions; 25-255 in some SEA regions).
            description: Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted
                `<img>` tags).
            category_id: Leaf category id, in the category tree given by `category_version`.
            main_images: Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px).
            skus: SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US).
            category_version: Category tree version: `v1` (3 levels) or `v2` (7 levels, required for US and
                SEA shops).
            brand_id: Brand id (see the brands operations).
            package_dimensions: Package (or SKU) dimensions. Use the same measurement system as the weight.
            package_weight: Package (or SKU) weight. Use the same measurement system as the dimensions.
            video: A product video. Requests need only `id`; responses add its URLs and properties.
            product_attributes: Product attributes; those the category marks required must be given.
            certifications: Certifications the category requires, at most 10.
            size_chart: The size chart of a product: either an image or a size chart template.
            external_product_id: Id of the product on an external e-commerce platform (max 999 characters).
            delivery_option_ids: Delivery option ids overriding the warehouse defaults (ID, MX, MY, PH, SG,
                TH, VN only).
            primary_combined_product_id: Primary product of the virtual bundle this product belongs to.
            is_cod_allowed: Whether buyers may pay cash on delivery (some SEA and SA markets).
            is_not_for_sale: Whether the product is only a gift-with-purchase item, not for sale on its own.
            is_pre_owned: Whether the product is pre-owned (only when Tokopedia is the sole platform).
            manufacturer_ids: Manufacturer ids (EU, for some categories).
            responsible_person_ids: EU responsible person ids (for some categories).
            listing_platforms: Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers).
            shipping_insurance_requirement: Shipping insurance for buyers (Tokopedia listings); defaults to
                `OPTIONAL`.
            minimum_order_quantity: Minimum quantity per order, 1 to 20 (Indonesia and selected SEA
                sellers).
            save_mode: `LISTING` submits the product for listing (default); `AS_DRAFT` saves a draft.
            shipping_template_id: Shipping template to bind to the product.
            scheduled_sale: Scheduled listing of a product.
            locale: Locale (BCP-47) of the category information; defaults to the shop locale.
            auto_translate_enabled: Whether to translate the content automatically for markets needing
                several languages.
            search_terms: Search terms, not shown to buyers (at most 15, 250 characters in total).
            key_product_features: Key features shown as product highlights (at most 5, 1500 characters in
                total).
            product_tag_operations: Special product tags to turn on or off (legacy; `selling_format` wins).
            purchase_order_quantity_limit: Purchase quantity limits for buyers.
            selling_format: `FIXED_PRICE` (default) or `FIXED_PRICE_AND_LIVE_AUCTION` (needs a starting bid
                price).
            is_live_quick: Whether the product is a LIVE_QUICK product (needs a permission).
            is_blind_box: Whether the product is a blind box or lucky bag.
            inventory_mode: Inventory mode of this product towards its replicas: `SHARED` or `EXCLUSIVE`
                (EU).
            replicated_products: Replicas in other markets to sync the changes to.
            subscribe_info_edit: Subscribe and Save settings to apply."""
        return await self._client.request(
            ops.UPDATE_PRODUCT,
            {
                "product_id": product_id,
                "title": title,
                "description": description,
                "category_id": category_id,
                "main_images": main_images,
                "skus": skus,
                "category_version": category_version,
                "brand_id": brand_id,
                "package_dimensions": package_dimensions,
                "package_weight": package_weight,
                "video": video,
                "product_attributes": product_attributes,
                "certifications": certifications,
                "size_chart": size_chart,
                "external_product_id": external_product_id,
                "delivery_option_ids": delivery_option_ids,
                "primary_combined_product_id": primary_combined_product_id,
                "is_cod_allowed": is_cod_allowed,
                "is_not_for_sale": is_not_for_sale,
                "is_pre_owned": is_pre_owned,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "listing_platforms": listing_platforms,
                "shipping_insurance_requirement": shipping_insurance_requirement,
                "minimum_order_quantity": minimum_order_quantity,
                "save_mode": save_mode,
                "shipping_template_id": shipping_template_id,
                "scheduled_sale": scheduled_sale,
                "locale": locale,
                "auto_translate_enabled": auto_translate_enabled,
                "search_terms": search_terms,
                "key_product_features": key_product_features,
                "product_tag_operations": product_tag_operations,
                "purchase_order_quantity_limit": purchase_order_quantity_limit,
                "selling_format": selling_format,
                "is_live_quick": is_live_quick,
                "is_blind_box": is_blind_box,
                "inventory_mode": inventory_mode,
                "replicated_products": replicated_products,
                "subscribe_info_edit": subscribe_info_edit,
            },
        )

    async def update_product_inventory(
        self,
        *,
        product_id: str,
        skus: list[UpdateProductInventorySku],
    ) -> UpdateProductInventoryResponse:
        """Update product inventory.

        Sets the stock of SKUs of one product, per warehouse. List every warehouse of each SKU; failures per
        SKU and warehouse are reported in `errors`.

        `POST /product/202309/products/{product_id}/inventory/update` (shop cipher optional)

        Args:
            product_id: Product id.
            skus: SKUs to update (all of one product)."""
        return await self._client.request(
            ops.UPDATE_PRODUCT_INVENTORY,
            {
                "product_id": product_id,
                "skus": skus,
            },
        )

    async def update_product_partially_202309(
        self,
        *,
        product_id: str,
        title: str | None = None,
        description: str | None = None,
        category_version: str | None = None,
        brand_id: str | None = None,
        main_images: list[ImageInput] | None = None,
        skus: list[PartialEditSku] | None = None,
        package_dimensions: DimensionsInput | None = None,
        package_weight: WeightInput | None = None,
        video: VideoInput | None = None,
        product_attributes: list[AttributeInput] | None = None,
        certifications: list[CertificationInput] | None = None,
        size_chart: SizingChartInput | None = None,
        external_product_id: str | None = None,
        is_cod_allowed: bool | None = None,
        manufacturer: ManufacturerInput | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        save_mode: Literal["AS_DRAFT", "LISTING"] | None = None,
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
        auto_translate_enabled: bool | None = None,
        search_terms: list[str] | None = None,
        key_product_features: list[str] | None = None,
        pod_info: PodInfoInput | None = None,
        subscribe_info_edit: SubscribeInfoEdit | None = None,
        replicated_products: list[ReplicaSync] | None = None,
    ) -> UpdateProductPartiallyResponse:
        """Partially edit a product.

        Changes only the given properties of a product that is not frozen or deleted. Content changes go
        through audit again; price and stock changes apply at once.

        `POST /product/202309/products/{product_id}/partial_edit` (shop cipher required)

        Args:
            product_id: Product id.
            title: Product title (1-255 characters in most regions; 25-255 in some SEA regions).
            description: Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted
                `<img>` tags).
            category_version: Category tree version: `v1` (3 levels) or `v2` (7 levels, required for US and
                SEA shops).
            brand_id: Brand id (see the brands operations).
            main_images: Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px).
            skus: SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US).
            package_dimensions: Package (or SKU) dimensions. Use the same measurement system as the weight.
            package_weight: Package (or SKU) weight. Use the same measurement system as the dimensions.
            video: A product video. Requests need only `id`; responses add its URLs and properties.
            product_attributes: Product attributes; those the category marks required must be given.
            certifications: Certifications the category requires, at most 10.
            size_chart: The size chart of a product: either an image or a size chart template.
            external_product_id: Id of the product on an external e-commerce platform (max 999 characters).
            is_cod_allowed: Whether buyers may pay cash on delivery (some SEA and SA markets).
            manufacturer: Manufacturer contact details (older, free-text form; newer versions use
                manufacturer ids).
            manufacturer_ids: Manufacturer ids (EU, for some categories).
            responsible_person_ids: EU responsible person ids (for some categories).
            listing_platforms: Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers).
            save_mode: `LISTING` submits the product for listing (default); `AS_DRAFT` saves a draft.
            locale: Locale (BCP-47) of the category information; defaults to the shop locale.
            auto_translate_enabled: Whether to translate the content automatically for markets needing
                several languages.
            search_terms: Search terms, not shown to buyers (at most 15, 250 characters in total).
            key_product_features: Key features shown as product highlights (at most 5, 1500 characters in
                total).
            pod_info: Print-on-demand (POD) customization of a product.
            subscribe_info_edit: Subscribe and Save settings to apply.
            replicated_products: Replicas in other markets to sync the changes to."""
        return await self._client.request(
            ops.UPDATE_PRODUCT_PARTIALLY_202309,
            {
                "product_id": product_id,
                "title": title,
                "description": description,
                "category_version": category_version,
                "brand_id": brand_id,
                "main_images": main_images,
                "skus": skus,
                "package_dimensions": package_dimensions,
                "package_weight": package_weight,
                "video": video,
                "product_attributes": product_attributes,
                "certifications": certifications,
                "size_chart": size_chart,
                "external_product_id": external_product_id,
                "is_cod_allowed": is_cod_allowed,
                "manufacturer": manufacturer,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "listing_platforms": listing_platforms,
                "save_mode": save_mode,
                "locale": locale,
                "auto_translate_enabled": auto_translate_enabled,
                "search_terms": search_terms,
                "key_product_features": key_product_features,
                "pod_info": pod_info,
                "subscribe_info_edit": subscribe_info_edit,
                "replicated_products": replicated_products,
            },
        )

    async def update_product_partially(
        self,
        *,
        product_id: str,
        title: str | None = None,
        description: str | None = None,
        category_version: str | None = None,
        brand_id: str | None = None,
        main_images: list[ImageInput] | None = None,
        skus: list[PartialEditSku] | None = None,
        package_dimensions: DimensionsInput | None = None,
        package_weight: WeightInput | None = None,
        video: VideoInput | None = None,
        product_attributes: list[AttributeInput] | None = None,
        certifications: list[CertificationInput] | None = None,
        size_chart: SizingChartInput | None = None,
        external_product_id: str | None = None,
        is_cod_allowed: bool | None = None,
        manufacturer_ids: list[str] | None = None,
        responsible_person_ids: list[str] | None = None,
        listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None,
        save_mode: Literal["AS_DRAFT", "LISTING"] | None = None,
        scheduled_sale: ScheduledSaleInput | None = None,
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
        auto_translate_enabled: bool | None = None,
        search_terms: list[str] | None = None,
        key_product_features: list[str] | None = None,
        is_blind_box: bool | None = None,
        pod_info: PodInfoInput | None = None,
        inventory_mode: str | None = None,
        replicated_products: list[ReplicaSync] | None = None,
        subscribe_info_edit: SubscribeInfoEdit | None = None,
    ) -> UpdateProductPartiallyResponse:
        """Partially edit a product.

        Changes only the given properties of a product that is not frozen or deleted. Content changes go
        through audit again; price and stock changes apply at once. This version can also sync the changes
        to replicas in other markets.

        `POST /product/202509/products/{product_id}/partial_edit` (shop cipher required)

        Args:
            product_id: Product id.
            title: Product title (1-255 characters in most regions; 25-255 in some SEA regions).
            description: Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted
                `<img>` tags).
            category_version: Category tree version: `v1` (3 levels) or `v2` (7 levels, required for US and
                SEA shops).
            brand_id: Brand id (see the brands operations).
            main_images: Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px).
            skus: SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US).
            package_dimensions: Package (or SKU) dimensions. Use the same measurement system as the weight.
            package_weight: Package (or SKU) weight. Use the same measurement system as the dimensions.
            video: A product video. Requests need only `id`; responses add its URLs and properties.
            product_attributes: Product attributes; those the category marks required must be given.
            certifications: Certifications the category requires, at most 10.
            size_chart: The size chart of a product: either an image or a size chart template.
            external_product_id: Id of the product on an external e-commerce platform (max 999 characters).
            is_cod_allowed: Whether buyers may pay cash on delivery (some SEA and SA markets).
            manufacturer_ids: Manufacturer ids (EU, for some categories).
            responsible_person_ids: EU responsible person ids (for some categories).
            listing_platforms: Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers).
            save_mode: `LISTING` submits the product for listing (default); `AS_DRAFT` saves a draft.
            scheduled_sale: Scheduled listing of a product.
            locale: Locale (BCP-47) of the category information; defaults to the shop locale.
            auto_translate_enabled: Whether to translate the content automatically for markets needing
                several languages.
            search_terms: Search terms, not shown to buyers (at most 15, 250 characters in total).
            key_product_features: Key features shown as product highlights (at most 5, 1500 characters in
                total).
            is_blind_box: Whether the product is a blind box or lucky bag.
            pod_info: Print-on-demand (POD) customization of a product.
            inventory_mode: Inventory mode of this product towards its replicas: `SHARED` or `EXCLUSIVE`
                (EU).
            replicated_products: Replicas in other markets to sync the changes to.
            subscribe_info_edit: Subscribe and Save settings to apply."""
        return await self._client.request(
            ops.UPDATE_PRODUCT_PARTIALLY,
            {
                "product_id": product_id,
                "title": title,
                "description": description,
                "category_version": category_version,
                "brand_id": brand_id,
                "main_images": main_images,
                "skus": skus,
                "package_dimensions": package_dimensions,
                "package_weight": package_weight,
                "video": video,
                "product_attributes": product_attributes,
                "certifications": certifications,
                "size_chart": size_chart,
                "external_product_id": external_product_id,
                "is_cod_allowed": is_cod_allowed,
                "manufacturer_ids": manufacturer_ids,
                "responsible_person_ids": responsible_person_ids,
                "listing_platforms": listing_platforms,
                "save_mode": save_mode,
                "scheduled_sale": scheduled_sale,
                "locale": locale,
                "auto_translate_enabled": auto_translate_enabled,
                "search_terms": search_terms,
                "key_product_features": key_product_features,
                "is_blind_box": is_blind_box,
                "pod_info": pod_info,
                "inventory_mode": inventory_mode,
                "replicated_products": replicated_products,
                "subscribe_info_edit": subscribe_info_edit,
            },
        )

    async def update_product_price(
        self,
        *,
        product_id: str,
        skus: list[UpdateProductPriceSku],
    ) -> UpdateProductPriceResponse:
        """Update product prices.

        Sets the prices of SKUs of one live product. Price changes apply at once, without audit.

        `POST /product/202309/products/{product_id}/prices/update` (shop cipher required)

        Args:
            product_id: Product id.
            skus: SKUs to reprice (all of one product)."""
        return await self._client.request(
            ops.UPDATE_PRODUCT_PRICE,
            {
                "product_id": product_id,
                "skus": skus,
            },
        )

    async def update_responsible_person_partially(
        self,
        *,
        responsible_person_id: str,
        name: str | None = None,
        email: str | None = None,
        phone_number: CompliancePersonPhoneInput | None = None,
        address: ComplianceAddressInput | None = None,
        locale: Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"] | None = None,
    ) -> UpdateResponsiblePersonPartiallyResponse:
        """Partially edit a responsible person.

        Updates the given fields of an EU responsible person in one language version (chosen by `locale`);
        other language versions are unchanged.

        `POST /product/202409/compliance/responsible_persons/{responsible_person_id}/partial_edit`

        Args:
            responsible_person_id: The responsible person id.
            name: Name, at most 200 characters.
            email: Email address.
            phone_number: A responsible person's phone number.
            address: A postal address in the EU.
            locale: Language version to update; default the language of the seller's business address."""
        return await self._client.request(
            ops.UPDATE_RESPONSIBLE_PERSON_PARTIALLY,
            {
                "responsible_person_id": responsible_person_id,
                "name": name,
                "email": email,
                "phone_number": phone_number,
                "address": address,
                "locale": locale,
            },
        )

    async def update_size_chart(
        self,
        *,
        size_chart_id: str,
        size_chart_data: SizeChartDataInput,
        template_name: str | None = None,
    ) -> UpdateSizeChartResponse:
        """Edit a size chart.

        Replaces the table (and optionally the name) of one of the seller's reusable size chart templates.

        `POST /product/202610/size_charts/edit` (shop cipher required)

        Args:
            size_chart_id: Id of the seller's reusable size chart template.
            size_chart_data: Structured content of a size chart.
            template_name: New template name; omit to keep the current one."""
        return await self._client.request(
            ops.UPDATE_SIZE_CHART,
            {
                "size_chart_id": size_chart_id,
                "size_chart_data": size_chart_data,
                "template_name": template_name,
            },
        )

    async def update_stock_operation_settings(
        self,
        *,
        seller_id: str,
        sku_ids: list[str] | None = None,
        stock_operation_setting: StockOperationSetting | None = None,
    ) -> UpdateStockOperationSettingsResponse:
        """Update stock operation settings.

        Turns automatic restocking on or off for 1 to 500 SKUs: whether stock reserved by a cancelled
        seller-fulfilled order goes back to the available stock.

        `POST /product/202608/inventory/operation/settings` (shop cipher required)

        Args:
            seller_id: Seller whose settings change.
            sku_ids: SKUs to configure, at most 500.
            stock_operation_setting: The setting."""
        return await self._client.request(
            ops.UPDATE_STOCK_OPERATION_SETTINGS,
            {
                "seller_id": seller_id,
                "sku_ids": sku_ids,
                "stock_operation_setting": stock_operation_setting,
            },
        )

    async def upload_product_file(
        self,
        *,
        data: FileInput,
        name: str,
    ) -> UploadProductFileResponse:
        """Upload a product file.

        Uploads a PDF (e.g. a certification document) or a product video and returns the file id to
        reference when creating or editing products.

        `POST /product/202309/files/upload`

        Args:
            data: The file content: PDF (max 20 MB) or a video in MP4, MOV, MKV, WMV, WEBM, AVI, 3GP, FLV or
                MPEG (max 100 MB, aspect ratio 9:16 to 16:9). Empty files are rejected.
            name: File name with its extension, e.g. `certification.pdf`; no spaces, no leading symbol, no
                period other than the one before the extension."""
        return await self._client.request(
            ops.UPLOAD_PRODUCT_FILE,
            {
                "data": data,
                "name": name,
            },
        )

    async def upload_product_image(
        self,
        *,
        data: FileInput,
        use_case: Literal[
            "ATTRIBUTE_IMAGE",
            "CERTIFICATION_IMAGE",
            "CUSTOMIZATION_IMAGE",
            "DESCRIPTION_IMAGE",
            "MAIN_IMAGE",
            "SIZE_CHART_IMAGE",
        ]
        | None = None,
    ) -> UploadProductImageResponse:
        """Upload a product image.

        Uploads a local image and returns its URI (to reference in product payloads) and URL (to embed in
        descriptions). Pick `use_case` to match where the image will be used.

        `POST /product/202309/images/upload`

        Args:
            data: The image content: JPG, JPEG, PNG, WEBP, HEIC or BMP, max 10 MB, 100x100 to 20000x20000 px
                (main images 300x300 to 4000x4000 px; size chart images at least 1024 px on the shorter
                side).
            use_case: Where the image will be used; defaults to `MAIN_IMAGE`."""
        return await self._client.request(
            ops.UPLOAD_PRODUCT_IMAGE,
            {
                "data": data,
                "use_case": use_case,
            },
        )


class AsyncProductResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.activate_products = async_raw(resource.activate_products)
        self.check_listing_prerequisites_202309 = async_raw(resource.check_listing_prerequisites_202309)
        self.check_listing_prerequisites = async_raw(resource.check_listing_prerequisites)
        self.check_product_listing = async_raw(resource.check_product_listing)
        self.create_category_upgrade_task = async_raw(resource.create_category_upgrade_task)
        self.create_custom_brand = async_raw(resource.create_custom_brand)
        self.create_global_product = async_raw(resource.create_global_product)
        self.create_gpa_upgrade_task = async_raw(resource.create_gpa_upgrade_task)
        self.create_image_translation_tasks = async_raw(resource.create_image_translation_tasks)
        self.create_manufacturer = async_raw(resource.create_manufacturer)
        self.create_product = async_raw(resource.create_product)
        self.create_responsible_person = async_raw(resource.create_responsible_person)
        self.create_size_chart = async_raw(resource.create_size_chart)
        self.deactivate_products = async_raw(resource.deactivate_products)
        self.delete_global_products = async_raw(resource.delete_global_products)
        self.delete_products = async_raw(resource.delete_products)
        self.diagnose_and_optimize_product = async_raw(resource.diagnose_and_optimize_product)
        self.get_brands = async_raw(resource.get_brands)
        self.get_categories = async_raw(resource.get_categories)
        self.get_category_attributes = async_raw(resource.get_category_attributes)
        self.get_category_rules = async_raw(resource.get_category_rules)
        self.get_global_categories = async_raw(resource.get_global_categories)
        self.get_global_category_attributes = async_raw(resource.get_global_category_attributes)
        self.get_global_category_rules = async_raw(resource.get_global_category_rules)
        self.get_global_listing_rules = async_raw(resource.get_global_listing_rules)
        self.get_global_product = async_raw(resource.get_global_product)
        self.get_global_product_detail = async_raw(resource.get_global_product_detail)
        self.get_global_replicated_products = async_raw(resource.get_global_replicated_products)
        self.get_image_translation_tasks = async_raw(resource.get_image_translation_tasks)
        self.get_inventories = async_raw(resource.get_inventories)
        self.get_listing_schemas_202401 = async_raw(resource.get_listing_schemas_202401)
        self.get_listing_schemas = async_raw(resource.get_listing_schemas)
        self.get_opportunity = async_raw(resource.get_opportunity)
        self.get_opportunity_submissions = async_raw(resource.get_opportunity_submissions)
        self.get_product_detail = async_raw(resource.get_product_detail)
        self.get_product_diagnoses = async_raw(resource.get_product_diagnoses)
        self.get_product_package_recommendations = async_raw(resource.get_product_package_recommendations)
        self.get_product_seo_words = async_raw(resource.get_product_seo_words)
        self.get_product_skpp_detail = async_raw(resource.get_product_skpp_detail)
        self.get_product_suggestions = async_raw(resource.get_product_suggestions)
        self.get_shop_skpp_summary = async_raw(resource.get_shop_skpp_summary)
        self.list_opportunities = async_raw(resource.list_opportunities)
        self.list_product_skpp_statuses = async_raw(resource.list_product_skpp_statuses)
        self.optimize_images = async_raw(resource.optimize_images)
        self.predict_package_dimensions_and_weight = async_raw(resource.predict_package_dimensions_and_weight)
        self.publish_global_product = async_raw(resource.publish_global_product)
        self.recommend_categories = async_raw(resource.recommend_categories)
        self.recommend_global_categories = async_raw(resource.recommend_global_categories)
        self.recommend_required_product_properties = async_raw(resource.recommend_required_product_properties)
        self.recover_products = async_raw(resource.recover_products)
        self.replicate_product = async_raw(resource.replicate_product)
        self.search_global_products_202309 = async_raw(resource.search_global_products_202309)
        self.search_global_products = async_raw(resource.search_global_products)
        self.search_inventory = async_raw(resource.search_inventory)
        self.search_manufacturers_202409 = async_raw(resource.search_manufacturers_202409)
        self.search_manufacturers = async_raw(resource.search_manufacturers)
        self.search_products_202309 = async_raw(resource.search_products_202309)
        self.search_products_202312 = async_raw(resource.search_products_202312)
        self.search_products = async_raw(resource.search_products)
        self.search_products_for_compliance_auditing = async_raw(resource.search_products_for_compliance_auditing)
        self.search_responsible_persons_202409 = async_raw(resource.search_responsible_persons_202409)
        self.search_responsible_persons = async_raw(resource.search_responsible_persons)
        self.search_size_charts = async_raw(resource.search_size_charts)
        self.submit_product_via_opportunity = async_raw(resource.submit_product_via_opportunity)
        self.submit_size_chart_appeal = async_raw(resource.submit_size_chart_appeal)
        self.submit_strikethrough_price = async_raw(resource.submit_strikethrough_price)
        self.suggest_brands = async_raw(resource.suggest_brands)
        self.update_global_product = async_raw(resource.update_global_product)
        self.update_global_product_inventory = async_raw(resource.update_global_product_inventory)
        self.update_global_product_partially = async_raw(resource.update_global_product_partially)
        self.update_manufacturer_partially = async_raw(resource.update_manufacturer_partially)
        self.update_product_202309 = async_raw(resource.update_product_202309)
        self.update_product = async_raw(resource.update_product)
        self.update_product_inventory = async_raw(resource.update_product_inventory)
        self.update_product_partially_202309 = async_raw(resource.update_product_partially_202309)
        self.update_product_partially = async_raw(resource.update_product_partially)
        self.update_product_price = async_raw(resource.update_product_price)
        self.update_responsible_person_partially = async_raw(resource.update_responsible_person_partially)
        self.update_size_chart = async_raw(resource.update_size_chart)
        self.update_stock_operation_settings = async_raw(resource.update_stock_operation_settings)
        self.upload_product_file = async_raw(resource.upload_product_file)
        self.upload_product_image = async_raw(resource.upload_product_image)


class AsyncProductAt202309:
    """`product` operations pinned to version 202309."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.activate_products = resource.activate_products
        self.check_listing_prerequisites = resource.check_listing_prerequisites_202309
        self.check_product_listing = resource.check_product_listing
        self.create_custom_brand = resource.create_custom_brand
        self.create_global_product = resource.create_global_product
        self.create_product = resource.create_product
        self.deactivate_products = resource.deactivate_products
        self.delete_global_products = resource.delete_global_products
        self.delete_products = resource.delete_products
        self.get_brands = resource.get_brands
        self.iter_get_brands = resource.iter_get_brands
        self.get_categories = resource.get_categories
        self.get_category_attributes = resource.get_category_attributes
        self.get_category_rules = resource.get_category_rules
        self.get_global_categories = resource.get_global_categories
        self.get_global_category_attributes = resource.get_global_category_attributes
        self.get_global_category_rules = resource.get_global_category_rules
        self.get_global_product = resource.get_global_product
        self.get_global_product_detail = resource.get_global_product_detail
        self.get_inventories = resource.get_inventories
        self.get_product_detail = resource.get_product_detail
        self.publish_global_product = resource.publish_global_product
        self.recommend_categories = resource.recommend_categories
        self.recommend_global_categories = resource.recommend_global_categories
        self.recover_products = resource.recover_products
        self.search_global_products = resource.search_global_products_202309
        self.iter_search_global_products = resource.iter_search_global_products_202309
        self.search_inventory = resource.search_inventory
        self.search_products = resource.search_products_202309
        self.iter_search_products = resource.iter_search_products_202309
        self.update_global_product = resource.update_global_product
        self.update_global_product_inventory = resource.update_global_product_inventory
        self.update_product = resource.update_product_202309
        self.update_product_inventory = resource.update_product_inventory
        self.update_product_partially = resource.update_product_partially_202309
        self.update_product_price = resource.update_product_price
        self.upload_product_file = resource.upload_product_file
        self.upload_product_image = resource.upload_product_image


class AsyncProductAt202312:
    """`product` operations pinned to version 202312."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.check_listing_prerequisites = resource.check_listing_prerequisites
        self.search_global_products = resource.search_global_products
        self.iter_search_global_products = resource.iter_search_global_products
        self.search_products = resource.search_products_202312
        self.iter_search_products = resource.iter_search_products_202312


class AsyncProductAt202401:
    """`product` operations pinned to version 202401."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.get_listing_schemas = resource.get_listing_schemas_202401


class AsyncProductAt202404:
    """`product` operations pinned to version 202404."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.optimize_images = resource.optimize_images


class AsyncProductAt202405:
    """`product` operations pinned to version 202405."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.get_product_diagnoses = resource.get_product_diagnoses
        self.get_product_seo_words = resource.get_product_seo_words
        self.get_product_suggestions = resource.get_product_suggestions


class AsyncProductAt202407:
    """`product` operations pinned to version 202407."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.create_category_upgrade_task = resource.create_category_upgrade_task
        self.get_listing_schemas = resource.get_listing_schemas
        self.search_size_charts = resource.search_size_charts
        self.iter_search_size_charts = resource.iter_search_size_charts


class AsyncProductAt202409:
    """`product` operations pinned to version 202409."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.create_manufacturer = resource.create_manufacturer
        self.create_responsible_person = resource.create_responsible_person
        self.search_manufacturers = resource.search_manufacturers_202409
        self.iter_search_manufacturers = resource.iter_search_manufacturers_202409
        self.search_responsible_persons = resource.search_responsible_persons_202409
        self.iter_search_responsible_persons = resource.iter_search_responsible_persons_202409
        self.update_manufacturer_partially = resource.update_manufacturer_partially
        self.update_responsible_person_partially = resource.update_responsible_person_partially


class AsyncProductAt202411:
    """`product` operations pinned to version 202411."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.diagnose_and_optimize_product = resource.diagnose_and_optimize_product


class AsyncProductAt202501:
    """`product` operations pinned to version 202501."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.search_manufacturers = resource.search_manufacturers
        self.iter_search_manufacturers = resource.iter_search_manufacturers
        self.search_responsible_persons = resource.search_responsible_persons
        self.iter_search_responsible_persons = resource.iter_search_responsible_persons


class AsyncProductAt202502:
    """`product` operations pinned to version 202502."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.search_products = resource.search_products
        self.iter_search_products = resource.iter_search_products


class AsyncProductAt202505:
    """`product` operations pinned to version 202505."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.create_image_translation_tasks = resource.create_image_translation_tasks


class AsyncProductAt202506:
    """`product` operations pinned to version 202506."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.get_image_translation_tasks = resource.get_image_translation_tasks


class AsyncProductAt202507:
    """`product` operations pinned to version 202507."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.get_global_listing_rules = resource.get_global_listing_rules
        self.get_global_replicated_products = resource.get_global_replicated_products
        self.replicate_product = resource.replicate_product


class AsyncProductAt202509:
    """`product` operations pinned to version 202509."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.update_global_product_partially = resource.update_global_product_partially
        self.update_product = resource.update_product
        self.update_product_partially = resource.update_product_partially


class AsyncProductAt202601:
    """`product` operations pinned to version 202601."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.search_products_for_compliance_auditing = resource.search_products_for_compliance_auditing
        self.iter_search_products_for_compliance_auditing = resource.iter_search_products_for_compliance_auditing


class AsyncProductAt202602:
    """`product` operations pinned to version 202602."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.get_product_package_recommendations = resource.get_product_package_recommendations
        self.iter_get_product_package_recommendations = resource.iter_get_product_package_recommendations


class AsyncProductAt202604:
    """`product` operations pinned to version 202604."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.create_gpa_upgrade_task = resource.create_gpa_upgrade_task
        self.get_opportunity = resource.get_opportunity
        self.get_opportunity_submissions = resource.get_opportunity_submissions
        self.list_opportunities = resource.list_opportunities
        self.submit_product_via_opportunity = resource.submit_product_via_opportunity
        self.submit_size_chart_appeal = resource.submit_size_chart_appeal


class AsyncProductAt202606:
    """`product` operations pinned to version 202606."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.get_product_skpp_detail = resource.get_product_skpp_detail
        self.get_shop_skpp_summary = resource.get_shop_skpp_summary
        self.list_product_skpp_statuses = resource.list_product_skpp_statuses


class AsyncProductAt202608:
    """`product` operations pinned to version 202608."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.update_stock_operation_settings = resource.update_stock_operation_settings


class AsyncProductAt202609:
    """`product` operations pinned to version 202609."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.predict_package_dimensions_and_weight = resource.predict_package_dimensions_and_weight
        self.recommend_required_product_properties = resource.recommend_required_product_properties
        self.submit_strikethrough_price = resource.submit_strikethrough_price
        self.suggest_brands = resource.suggest_brands


class AsyncProductAt202610:
    """`product` operations pinned to version 202610."""

    def __init__(self, resource: AsyncProductResource) -> None:
        self.create_size_chart = resource.create_size_chart
        self.update_size_chart = resource.update_size_chart
