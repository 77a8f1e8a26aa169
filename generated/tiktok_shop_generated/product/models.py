"""Models of the `product` module.

Products and their catalog context (categories, brands, global products, size charts, compliance)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tiktok_shop._contract import RequestModel, ResponseModel

__all__ = [
    "ProductBrand",
    "ProductCategory",
    "ProductCategoryAttribute",
    "ProductCategoryAttributeValue",
    "ProductCategoryCertificationRule",
    "ProductCategoryCertificationRuleExpirationDate",
    "ProductCategoryExternalCategory",
    "ProductCategoryGlobalAttribute",
    "ProductCategoryGlobalCertificationRule",
    "ProductCategoryGlobalRequirementCondition",
    "ProductCategoryImageRef",
    "ProductCategoryMetricStandard",
    "ProductCategoryMetricStandardMetricValueModulesItem",
    "ProductCategoryMetricStandardMetricValueModulesItemDefaultValuesItem",
    "ProductCategoryMetricStandardMetricValueModulesItemUnitsItem",
    "ProductCategoryMetricStandardMetricValueModulesItemValueLimit",
    "ProductCategoryMetricStandardMetricValueModulesItemValueLimitLengthLimit",
    "ProductCategoryMetricStandardMetricValueModulesItemValueLimitNumLimit",
    "ProductCategoryRecommended",
    "ProductCategoryRegionalRequirement",
    "ProductCategoryRequiredFlag",
    "ProductCategoryRequirementCondition",
    "ProductCategorySizeChartRule",
    "ProductCategorySizeChartRuleMeasurementAndOptionsItem",
    "ProductCategorySizeChartRuleMeasurementAndOptionsItemOptionsItem",
    "ProductCreateBrandRequest",
    "ProductCreateBrandResponse",
    "ProductGetBrandsQuery",
    "ProductGetBrandsResponse",
    "ProductGetCategoriesQuery",
    "ProductGetCategoriesResponse",
    "ProductGetCategoryAttributesQuery",
    "ProductGetCategoryAttributesResponse",
    "ProductGetCategoryRulesQuery",
    "ProductGetCategoryRulesResponse",
    "ProductGetCategoryRulesResponseCod",
    "ProductGetCategoryRulesResponseFeesItem",
    "ProductGetCategoryRulesResponseSellerSku",
    "ProductGetGlobalCategoriesQuery",
    "ProductGetGlobalCategoriesResponse",
    "ProductGetGlobalCategoryAttributesQuery",
    "ProductGetGlobalCategoryAttributesResponse",
    "ProductGetGlobalCategoryRulesQuery",
    "ProductGetGlobalCategoryRulesResponse",
    "ProductRecommendCategoriesRequest",
    "ProductRecommendCategoriesRequestOriginPlatformProductMetaData",
    "ProductRecommendCategoriesRequestOriginPlatformProductMetaDataAttributeValueListItem",
    "ProductRecommendCategoriesResponse",
    "ProductRecommendGlobalCategoriesRequest",
    "ProductRecommendGlobalCategoriesResponse",
]


class ProductBrand(ResponseModel):
    """A brand the shop can attach to products."""

    id: str | None = None
    """Brand id."""

    name: str | None = None
    """Brand name."""

    authorized_status: str | None = None
    """Whether the seller is authorized to sell goods of this brand: `AUTHORIZED` or `UNAUTHORIEZD` (sic).
    Known values: UNAUTHORIEZD, AUTHORIZED."""

    is_t1_brand: bool | None = None
    """true for internationally renowned (T1) brands: products cannot use them without authorization.
    Unauthorized non-T1 brands can be used but are not shown on the product page."""

    brand_status: str | None = None
    """Availability of an authorized brand in the requested category: `AVAILABLE` or `UNAVAILABLE`. Only
    when `category_id` was given. Known values: AVAILABLE, UNAVAILABLE."""


class ProductCategory(ResponseModel):
    """A node of the category tree."""

    id: str | None = None
    """Category id."""

    parent_id: str | None = None
    """Parent category id; `0` for a root category."""

    local_name: str | None = None
    """Category name in the requested locale."""

    is_leaf: bool | None = None
    """true for a leaf category; products can only be listed in leaf categories."""

    permission_statuses: list[str] | None = None
    """The shop's permission for the category: `AVAILABLE`, `INVITE_ONLY` (restricted, apply in the
    Qualification Center), `NON_MAIN_CATEGORY` (outside the shop's scope) or `PROHIBITED` (never
    listable)."""


class ProductCategoryAttribute(ResponseModel):
    """A built-in product or sales attribute of a category in the shop's market."""

    id: str | None = None
    """Attribute id."""

    name: str | None = None
    """Attribute name."""

    type_: str | None = Field(default=None, alias="type")
    """`SALES_PROPERTY` (defines variants) or `PRODUCT_PROPERTY` (describes the whole product). Known
    values: SALES_PROPERTY, PRODUCT_PROPERTY."""

    is_required: bool | None = None
    """true when the product attribute is always required; false when optional or required only under
    `requirement_conditions`. Product attributes only."""

    values: list[ProductCategoryAttributeValue] | None = None
    """Selectable values."""

    value_data_format: str | None = None
    """Format of a custom numeric value: `POSITIVE_INT_OR_DECIMAL`."""

    is_customizable: bool | None = None
    """Whether the seller may enter a custom value."""

    is_multiple_selection: bool | None = None
    """Whether several values may be selected."""

    requirement_conditions: list[ProductCategoryRequirementCondition] | None = None
    """Conditions making an optional product attribute required; any one met suffices."""

    metric_standards: list[ProductCategoryMetricStandard] | None = None
    """Measurement templates for the attribute's values."""


class ProductCategoryAttributeValue(ResponseModel):
    """A selectable value of a built-in attribute."""

    id: str | None = None
    """Value id."""

    name: str | None = None
    """Value name."""

    icon_url: str | None = None
    """URL of the value's icon, when it has one."""


class ProductCategoryCertificationRule(ResponseModel):
    """A certification a category may require."""

    id: str | None = None
    """Certification type id."""

    name: str | None = None
    """Certification type name."""

    is_required: bool | None = None
    """true when always required; false when optional or required under `requirement_conditions`."""

    document_details: str | None = None
    """What the certification documents must contain and their format."""

    sample_image_url: str | None = None
    """URL of a sample certificate image."""

    requirement_conditions: list[ProductCategoryRequirementCondition] | None = None
    """Conditions making the certification required; any one met suffices."""

    expiration_date: ProductCategoryCertificationRuleExpirationDate | None = None
    """Expiration date rule."""


class ProductCategoryCertificationRuleExpirationDate(ResponseModel):
    """Expiration date rule."""

    is_required: bool | None = None
    """Whether an expiration date must be given."""


class ProductCategoryExternalCategory(RequestModel):
    """The product's category on the platform it comes from."""

    id: str | None = None
    """Category id on the source platform."""

    name: str | None = None
    """Category name on the source platform."""

    full_name: str | None = None
    """Full category path on the source platform."""

    is_leaf: bool | None = None
    """Whether it is a leaf category there."""

    is_root: bool | None = None
    """Whether it is a root category there."""


class ProductCategoryGlobalAttribute(ResponseModel):
    """A built-in product or sales attribute of a category across the seller's markets."""

    id: str | None = None
    """Attribute id."""

    name: str | None = None
    """Attribute name."""

    type_: str | None = Field(default=None, alias="type")
    """`SALES_PROPERTY` (defines variants) or `PRODUCT_PROPERTY` (describes the whole product). Known
    values: SALES_PROPERTY, PRODUCT_PROPERTY."""

    is_required: bool | None = None
    """true when the product attribute is required in all of the seller's markets."""

    values: list[ProductCategoryAttributeValue] | None = None
    """Selectable values."""

    is_multiple_selection: bool | None = None
    """Whether several values may be selected."""

    is_customizable: bool | None = None
    """Whether the seller may enter a custom value."""

    required_regions: list[str] | None = None
    """Markets (two-letter codes) where the attribute is required without conditions."""

    optional_regions: list[str] | None = None
    """Markets where the attribute is optional or conditionally required."""

    requirement_conditions: list[ProductCategoryGlobalRequirementCondition] | None = None
    """Per-market conditions making the attribute required."""


class ProductCategoryGlobalCertificationRule(ResponseModel):
    """A certification a category may require in some of the seller's markets."""

    id: str | None = None
    """Certification type id."""

    name: str | None = None
    """Certification type name."""

    is_required: bool | None = None
    """true when required in every market."""

    sample_image_url: str | None = None
    """URL of a sample certificate image."""

    required_regions: list[str] | None = None
    """Markets where it is required without conditions."""

    optional_regions: list[str] | None = None
    """Markets where it is optional or conditionally required."""

    requirement_conditions: list[ProductCategoryGlobalRequirementCondition] | None = None
    """Per-market conditions making the certification required."""


class ProductCategoryGlobalRequirementCondition(ResponseModel):
    """A condition under which an attribute or certification becomes required in one market."""

    region: str | None = None
    """Market (two-letter code, e.g. `DE`) where the condition applies."""

    condition_type: str | None = None
    """`VALUE_ID_MATCH`: met when the seller picks the value `attribute_value_id` for attribute
    `attribute_id`."""

    attribute_id: str | None = None
    """Id of the attribute the condition looks at."""

    attribute_value_id: str | None = None
    """Id of the value that makes the condition true."""


class ProductCategoryImageRef(RequestModel):
    """An image uploaded with the product image upload operation."""

    uri: str | None = None
    """URI of the uploaded image."""


class ProductCategoryMetricStandard(ResponseModel):
    """A measurement template configured for the attribute."""

    id: str | None = None
    """Template id."""

    name: str | None = None
    """Template name."""

    metric_value_modules: list[ProductCategoryMetricStandardMetricValueModulesItem] | None = None
    """The metric items of the template."""


class ProductCategoryMetricStandardMetricValueModulesItem(ResponseModel):
    """One metric item."""

    id: str | None = None
    """Metric item id; identifies which metric a submitted value belongs to."""

    name: str | None = None
    """Metric item name."""

    input_type: str | None = None
    """How the value is entered."""

    data_types: list[str] | None = None
    """Accepted data types."""

    default_values: list[ProductCategoryMetricStandardMetricValueModulesItemDefaultValuesItem] | None = None
    """Predefined values."""

    units: list[ProductCategoryMetricStandardMetricValueModulesItemUnitsItem] | None = None
    """Accepted units."""

    value_limit: ProductCategoryMetricStandardMetricValueModulesItemValueLimit | None = None
    """Limits on the value."""

    prefix: str | None = None
    """Text shown before the value."""

    suffix: str | None = None
    """Text shown after the value."""

    shading_word: str | None = None
    """Placeholder text of the input."""


class ProductCategoryMetricStandardMetricValueModulesItemDefaultValuesItem(ResponseModel):
    """A predefined value."""

    id: str | None = None
    """Value id."""

    name: str | None = None
    """Value name."""


class ProductCategoryMetricStandardMetricValueModulesItemUnitsItem(ResponseModel):
    """A unit."""

    id: str | None = None
    """Unit id."""

    name: str | None = None
    """Unit name."""


class ProductCategoryMetricStandardMetricValueModulesItemValueLimit(ResponseModel):
    """Limits on the value."""

    num_limit: ProductCategoryMetricStandardMetricValueModulesItemValueLimitNumLimit | None = None
    """Numeric range."""

    length_limit: ProductCategoryMetricStandardMetricValueModulesItemValueLimitLengthLimit | None = None
    """Length range."""


class ProductCategoryMetricStandardMetricValueModulesItemValueLimitLengthLimit(ResponseModel):
    """Length range."""

    min_length: int | None = None
    """Minimum length."""

    max_length: int | None = None
    """Maximum length."""


class ProductCategoryMetricStandardMetricValueModulesItemValueLimitNumLimit(ResponseModel):
    """Numeric range."""

    min_value: int | None = None
    """Minimum value."""

    max_value: int | None = None
    """Maximum value."""


class ProductCategoryRecommended(ResponseModel):
    """One level of a recommended category path."""

    id: str | None = None
    """Category id."""

    name: str | None = None
    """Category name."""

    level: int | None = None
    """Level in the category tree, 1 for the top level."""

    is_leaf: bool | None = None
    """true for the leaf category; products can only be listed in leaf categories."""

    permission_statuses: list[str] | None = None
    """The shop's permission for the category (`AVAILABLE`, `INVITE_ONLY`, `NON_MAIN_CATEGORY`,
    `PROHIBITED`)."""


class ProductCategoryRegionalRequirement(ResponseModel):
    """Which EU markets require a piece of compliance information."""

    is_required: bool | None = None
    """true when required in all EU markets."""

    required_regions: list[str] | None = None
    """Markets where it is required."""

    optional_regions: list[str] | None = None
    """Markets where it is optional."""


class ProductCategoryRequiredFlag(ResponseModel):
    """Whether a piece of product information is required."""

    is_required: bool | None = None
    """true when required."""


class ProductCategoryRequirementCondition(ResponseModel):
    """A condition under which an attribute or certification becomes required."""

    condition_type: str | None = None
    """`VALUE_ID_MATCH`: met when the seller picks the value `attribute_value_id` for attribute
    `attribute_id`."""

    attribute_id: str | None = None
    """Id of the attribute the condition looks at."""

    attribute_value_id: str | None = None
    """Id of the value that makes the condition true."""


class ProductCategorySizeChartRule(ResponseModel):
    """Size chart rule of a category."""

    is_supported: bool | None = None
    """Whether size charts are supported; an unsupported size chart is silently dropped."""

    is_required: bool | None = None
    """Whether a size chart is required."""

    size_types: list[str] | None = None
    """Size types of the category, e.g. `size_chart_size_type_regular`, `size_chart_size_type_plus`; absent
    when not applicable."""

    measurement_and_options: list[ProductCategorySizeChartRuleMeasurementAndOptionsItem] | None = None
    """Measurements allowed in a size chart, grouped by basis."""


class ProductCategorySizeChartRuleMeasurementAndOptionsItem(ResponseModel):
    """A group of measurements."""

    measurement_type: str | None = None
    """`GENERIC_MEASUREMENTS`, `BODY_MEASUREMENTS` (shopper body) or `PRODUCT_MEASUREMENTS` (garment)."""

    options: list[ProductCategorySizeChartRuleMeasurementAndOptionsItemOptionsItem] | None = None
    """The measurements of the group."""


class ProductCategorySizeChartRuleMeasurementAndOptionsItemOptionsItem(ResponseModel):
    """One measurement."""

    id: str | None = None
    """Standard measurement id, e.g. `size_chart_option_bust`; use it as a size chart column id."""

    name: str | None = None
    """Localized measurement name."""

    role: str | None = None
    """`KEY` (key measurement of the category) or `RECOMMEND` (useful)."""

    unit: str | None = None
    """Unit kind: `NONE`, `LENGTH`, `WEIGHT` or `HEIGHT`."""

    metric_value_range: list[str] | None = None
    """Allowed metric range, [minimum, maximum]."""

    imperial_value_range: list[str] | None = None
    """Allowed imperial range, [minimum, maximum]."""


class ProductCreateBrandRequest(RequestModel):
    """The custom brand to create."""

    name: str
    """Brand name, 2 to 30 characters, not Chinese, not already existing, no emoticons or special fonts, no
    run of 5 or more digits. It is not translated."""


class ProductCreateBrandResponse(ResponseModel):
    """The created brand."""

    id: str | None = None
    """Id of the new brand."""


class ProductGetBrandsQuery(RequestModel):
    """Path and query parameters of ProductGetBrands."""

    page_size: int

    page_token: str | None = None

    category_id: str | None = None

    is_authorized: bool | None = None

    brand_name: str | None = None

    category_version: str | None = None


class ProductGetBrandsResponse(ResponseModel):
    """One page of brands."""

    brands: list[ProductBrand] | None = None
    """The brands matching the filters."""

    total_count: int | None = None
    """Number of brands matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty when there are no more results."""


class ProductGetCategoriesQuery(RequestModel):
    """Path and query parameters of ProductGetCategories."""

    locale: (
        Literal[
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
        | None
    ) = None

    keyword: str | None = None

    category_version: str | None = None

    listing_platform: Literal["TIKTOK_SHOP", "TOKOPEDIA"] | None = None

    include_prohibited_categories: bool | None = None

    is_live_quick: bool | None = None


class ProductGetCategoriesResponse(ResponseModel):
    """The shop's categories."""

    categories: list[ProductCategory] | None = None
    """Categories matching the filters."""


class ProductGetCategoryAttributesQuery(RequestModel):
    """Path and query parameters of ProductGetCategoryAttributes."""

    category_id: str

    locale: (
        Literal[
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
        | None
    ) = None

    category_version: str | None = None

    is_live_quick: bool | None = None


class ProductGetCategoryAttributesResponse(ResponseModel):
    """The category's attributes in the shop's market."""

    attributes: list[ProductCategoryAttribute] | None = None
    """Built-in product and sales attributes of the category."""


class ProductGetCategoryRulesQuery(RequestModel):
    """Path and query parameters of ProductGetCategoryRules."""

    category_id: str

    category_version: str | None = None

    locale: (
        Literal[
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
        | None
    ) = None


class ProductGetCategoryRulesResponse(ResponseModel):
    """The category's listing rules in the shop's market."""

    product_certifications: list[ProductCategoryCertificationRule] | None = None
    """Certifications the category may require; empty when none."""

    size_chart: ProductCategorySizeChartRule | None = None
    """Size chart rule of a category."""

    cod: ProductGetCategoryRulesResponseCod | None = None
    """Cash on delivery rule."""

    package_dimension: ProductCategoryRequiredFlag | None = None
    """Whether a piece of product information is required."""

    epr: ProductCategoryRequiredFlag | None = None
    """Whether a piece of product information is required."""

    responsible_person: ProductCategoryRequiredFlag | None = None
    """Whether a piece of product information is required."""

    manufacturer: ProductCategoryRequiredFlag | None = None
    """Whether a piece of product information is required."""

    allowed_special_product_types: list[str] | None = None
    """Special product types the shop may list here: `PRE_ORDER`, `MADE_TO_ORDER`, `CUSTOM`. Absent without
    the permission."""

    fees: list[ProductGetCategoryRulesResponseFeesItem] | None = None
    """Fee rules."""

    seller_sku: ProductGetCategoryRulesResponseSellerSku | None = None
    """Seller SKU rule."""


class ProductGetCategoryRulesResponseCod(ResponseModel):
    """Cash on delivery rule."""

    is_supported: bool | None = None
    """Whether COD is supported; listing with `is_cod_allowed=true` fails otherwise."""


class ProductGetCategoryRulesResponseFeesItem(ResponseModel):
    """A fee rule."""

    type_: str | None = Field(default=None, alias="type")
    """Fee type, e.g. `PFAND` (deposit)."""

    is_required: bool | None = None
    """Whether the fee information is required."""


class ProductGetCategoryRulesResponseSellerSku(ResponseModel):
    """Seller SKU rule."""

    is_required: bool | None = None
    """Whether a Seller SKU is required (6-50 characters of letters, digits, `-` and `_`)."""


class ProductGetGlobalCategoriesQuery(RequestModel):
    """Path and query parameters of ProductGetGlobalCategories."""

    locale: (
        Literal[
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
        | None
    ) = None

    keyword: str | None = None

    category_version: str | None = None


class ProductGetGlobalCategoriesResponse(ResponseModel):
    """The global categories."""

    categories: list[ProductCategory] | None = None
    """Categories matching the filters."""


class ProductGetGlobalCategoryAttributesQuery(RequestModel):
    """Path and query parameters of ProductGetGlobalCategoryAttributes."""

    category_id: str

    locale: (
        Literal[
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
        | None
    ) = None

    category_version: str | None = None


class ProductGetGlobalCategoryAttributesResponse(ResponseModel):
    """The category's global attributes."""

    attributes: list[ProductCategoryGlobalAttribute] | None = None
    """Built-in product and sales attributes of the category."""


class ProductGetGlobalCategoryRulesQuery(RequestModel):
    """Path and query parameters of ProductGetGlobalCategoryRules."""

    category_id: str

    category_version: str | None = None

    locale: (
        Literal[
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
        | None
    ) = None


class ProductGetGlobalCategoryRulesResponse(ResponseModel):
    """The category's global listing rules."""

    product_certifications: list[ProductCategoryGlobalCertificationRule] | None = None
    """Certifications the category may require; empty when none."""

    size_chart: ProductCategorySizeChartRule | None = None
    """Size chart rule of a category."""

    responsible_person: ProductCategoryRegionalRequirement | None = None
    """Which EU markets require a piece of compliance information."""

    manufacturer: ProductCategoryRegionalRequirement | None = None
    """Which EU markets require a piece of compliance information."""


class ProductRecommendCategoriesRequest(RequestModel):
    """The candidate product to classify."""

    product_title: str
    """Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (BR, MX), 25-255 elsewhere."""

    category_version: str | None = None
    """Category tree version: `v1` (default) or `v2` (required for US, EU and SEA shops)."""

    description: str | None = None
    """Product description in HTML, at most 10,000 characters."""

    images: list[ProductCategoryImageRef] | None = None
    """Product images (gallery, description and variant images)."""

    include_prohibited_categories: bool | None = None
    """Also match categories prohibited on TikTok Shop (BR and MX). Default false."""

    listing_platform: Literal["TIKTOK_SHOP", "TOKOPEDIA"] | None = None
    """Platform whose categories are recommended (Tokopedia-migrated sellers). Default TIKTOK_SHOP."""

    locale: (
        Literal[
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
        | None
    ) = None
    """BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's locale."""

    origin_platform_product_type: str | None = None
    """Product type on the source platform."""

    origin_platform_vendor: str | None = None
    """Vendor or brand name on the source platform."""

    origin_platform_tags: list[str] | None = None
    """Tags of the product on the source platform."""

    origin_platform_category: ProductCategoryExternalCategory | None = None
    """The product's category on the platform it comes from."""

    origin_platform_product_meta_data: ProductRecommendCategoriesRequestOriginPlatformProductMetaData | None = None
    """Product metadata from the source platform."""

    is_live_quick: bool | None = None
    """true to classify a LIVE_QUICK product (needs a special permission). Default false."""


class ProductRecommendCategoriesRequestOriginPlatformProductMetaData(RequestModel):
    """Product metadata from the source platform."""

    attribute_value_list: (
        list[ProductRecommendCategoriesRequestOriginPlatformProductMetaDataAttributeValueListItem] | None
    ) = None
    """Metadata attributes and their values."""


class ProductRecommendCategoriesRequestOriginPlatformProductMetaDataAttributeValueListItem(RequestModel):
    """One metadata attribute."""

    name: str | None = None
    """Attribute name."""

    values: list[str] | None = None
    """Attribute values."""


class ProductRecommendCategoriesResponse(ResponseModel):
    """The recommended category."""

    leaf_category_id: str | None = None
    """The recommended leaf category id."""

    categories: list[ProductCategoryRecommended] | None = None
    """The path to the recommended category, from the top level down to the leaf."""


class ProductRecommendGlobalCategoriesRequest(RequestModel):
    """The candidate global product to classify."""

    product_title: str
    """Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (MX), 25-255 elsewhere."""

    description: str | None = None
    """Product description in HTML, at most 10,000 characters."""

    images: list[ProductCategoryImageRef] | None = None
    """Product images (gallery, description and variant images)."""

    category_version: Literal["v1", "v2"] | None = None
    """Category tree version: `v1` (default) or `v2` (required when the seller has an active US shop)."""


class ProductRecommendGlobalCategoriesResponse(ResponseModel):
    """The recommended global category."""

    leaf_category_id: str | None = None
    """The recommended leaf category id."""

    categories: list[ProductCategoryRecommended] | None = None
    """The path to the recommended category, from the top level down to the leaf."""
