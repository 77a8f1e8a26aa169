"""Models of the `product` module.

Local shop products: listing, editing, prices, inventory, images and files, listing quality
diagnoses and listing helpers."""

from __future__ import annotations

from typing import Literal

from pydantic import AliasChoices, Field, StrictInt, StrictStr

from tiktok_shop._contract import FileInput, NullAsEmpty, OpenEnum, RequestModel, ResponseModel
from tiktok_shop._money import DecimalAmount, DecimalAmountInput

__all__ = [
    "ActionSuggestion",
    "ActivateProductsRequest",
    "ActivateProductsResponse",
    "AppealMessage",
    "AreaPlacement",
    "AreaPlacementInput",
    "AssignedCategory",
    "AssignedCategoryInput",
    "AssociatedWarehouse",
    "Attribute",
    "AttributeInput",
    "AttributeValue",
    "AttributeValueInput",
    "Audit",
    "AuditFailedReason",
    "BasicInfo",
    "BatchError",
    "BatchErrorDetail",
    "Brand",
    "CampaignInventory",
    "Category",
    "CategoryAttribute",
    "CategoryAttributeValue",
    "CategoryCertificationRule",
    "CategoryExternalCategory",
    "CategoryGlobalAttribute",
    "CategoryGlobalCertificationRule",
    "CategoryGlobalRequirementCondition",
    "CategoryImageRef",
    "CategoryMetricStandard",
    "CategoryRecommended",
    "CategoryRegionalRequirement",
    "CategoryRequiredFlag",
    "CategoryRequirementCondition",
    "CategorySizeChartRule",
    "Certification",
    "CertificationFile",
    "CertificationFileInput",
    "CertificationInput",
    "CheckListingPrerequisites202309Response",
    "CheckListingPrerequisitesResponse",
    "CheckProductListingFailReason",
    "CheckProductListingOption",
    "CheckProductListingQuery",
    "CheckProductListingRequest",
    "CheckProductListingResponse",
    "CheckResult",
    "ClaimCondition",
    "Cod",
    "CombinedSku",
    "CombinedSkuBrand",
    "CombinedSkuBrandInput",
    "CombinedSkuInput",
    "ComplexValue",
    "ComplianceAddress",
    "ComplianceAddressInput",
    "ComplianceAuditProduct",
    "ComplianceAuditProductCategory",
    "ComplianceManufacturer",
    "ComplianceManufacturerProfile",
    "CompliancePersonPhone",
    "CompliancePersonPhoneInput",
    "CompliancePhoneNumber",
    "CompliancePhoneNumberInput",
    "ComplianceResponsiblePerson",
    "ComplianceResponsiblePersonProfile",
    "ContentData",
    "CreateCategoryUpgradeTaskResponse",
    "CreateCustomBrandRequest",
    "CreateCustomBrandResponse",
    "CreateGlobalProductRequest",
    "CreateGlobalProductResponse",
    "CreateGpaUpgradeTaskResponse",
    "CreateImageTranslationTasksImage",
    "CreateImageTranslationTasksRequest",
    "CreateImageTranslationTasksResponse",
    "CreateImageTranslationTasksTranslationTask",
    "CreateManufacturerRequest",
    "CreateManufacturerResponse",
    "CreateProductRequest",
    "CreateProductResponse",
    "CreateResponsiblePersonRequest",
    "CreateResponsiblePersonResponse",
    "CreateSizeChartRequest",
    "CreateSizeChartResponse",
    "CreatorInventory",
    "DeactivateProductsRequest",
    "DeactivateProductsResponse",
    "DefaultValue",
    "DeleteGlobalProductsError",
    "DeleteGlobalProductsErrorDetail",
    "DeleteGlobalProductsRequest",
    "DeleteGlobalProductsResponse",
    "DeleteProductsRequest",
    "DeleteProductsResponse",
    "DeliveryOption",
    "Diagnose",
    "DiagnoseAndOptimizeProductRequest",
    "DiagnoseAndOptimizeProductResponse",
    "Diagnosis",
    "DiagnosisResult",
    "DiagnosisSuggestion",
    "DimensionRecommendation",
    "Dimensions",
    "DimensionsInput",
    "DiscountDetail",
    "ExpirationDate",
    "ExternalListPrice",
    "ExternalListPriceInput",
    "ExternalRetailPrice",
    "ExternalTransactionPrice",
    "ExtraError",
    "Family",
    "FamilyProduct",
    "Fee",
    "FeeInput",
    "FulfillmentType",
    "FulfillmentTypeInput",
    "GetBrandsQuery",
    "GetBrandsResponse",
    "GetCategoriesQuery",
    "GetCategoriesResponse",
    "GetCategoryAttributesQuery",
    "GetCategoryAttributesResponse",
    "GetCategoryRulesFee",
    "GetCategoryRulesQuery",
    "GetCategoryRulesResponse",
    "GetGlobalCategoriesQuery",
    "GetGlobalCategoriesResponse",
    "GetGlobalCategoryAttributesQuery",
    "GetGlobalCategoryAttributesResponse",
    "GetGlobalCategoryRulesQuery",
    "GetGlobalCategoryRulesResponse",
    "GetGlobalListingRulesResponse",
    "GetGlobalProductBrand",
    "GetGlobalProductCategory",
    "GetGlobalProductDetailBrand",
    "GetGlobalProductDetailCategory",
    "GetGlobalProductDetailResponse",
    "GetGlobalProductQuery",
    "GetGlobalProductResponse",
    "GetGlobalReplicatedProductsQuery",
    "GetGlobalReplicatedProductsReplicatedProduct",
    "GetGlobalReplicatedProductsResponse",
    "GetImageTranslationTasksQuery",
    "GetImageTranslationTasksResponse",
    "GetImageTranslationTasksTranslationTask",
    "GetInventoriesRequest",
    "GetInventoriesResponse",
    "GetListingSchemas202401Response",
    "GetListingSchemasQuery",
    "GetListingSchemasResponse",
    "GetOpportunityQuery",
    "GetOpportunityResponse",
    "GetOpportunitySubmissionsData",
    "GetOpportunitySubmissionsQuery",
    "GetOpportunitySubmissionsResponse",
    "GetProductDetailBrand",
    "GetProductDetailQuery",
    "GetProductDetailResponse",
    "GetProductDiagnosesProduct",
    "GetProductDiagnosesQuery",
    "GetProductDiagnosesResponse",
    "GetProductPackageRecommendationsQuery",
    "GetProductPackageRecommendationsRequest",
    "GetProductPackageRecommendationsResponse",
    "GetProductSeoWordsProduct",
    "GetProductSeoWordsQuery",
    "GetProductSeoWordsResponse",
    "GetProductSkppDetailQuery",
    "GetProductSkppDetailResponse",
    "GetProductSuggestionsProduct",
    "GetProductSuggestionsQuery",
    "GetProductSuggestionsResponse",
    "GetShopSkppSummaryResponse",
    "GlobalCertification",
    "GlobalCertificationFile",
    "GlobalCertificationInput",
    "GlobalCertificationInputFile",
    "GlobalIdentifierCode",
    "GlobalIdentifierCodeInput",
    "GlobalImage",
    "GlobalImageInput",
    "GlobalListingPolicy",
    "GlobalListingPolicyInput",
    "GlobalLocalProduct",
    "GlobalManufacturerInfo",
    "GlobalManufacturerInfoInput",
    "GlobalPackageDimensions",
    "GlobalPackageDimensionsInput",
    "GlobalPackageWeight",
    "GlobalPackageWeightInput",
    "GlobalProductAssociation",
    "GlobalProductAttribute",
    "GlobalProductAttributeInput",
    "GlobalProductAttributeInputValue",
    "GlobalProductSummary",
    "GlobalProductSummarySku",
    "GlobalPublishResult",
    "GlobalPublishResultFailReason",
    "GlobalSalePriceInput",
    "GlobalSalesAttributeInput",
    "GlobalSizeChart",
    "GlobalSizeChartInput",
    "GlobalSizeChartInputTemplate",
    "GlobalSizeChartTemplate",
    "GlobalSku",
    "GlobalSkuInput",
    "GlobalSkuInventory",
    "GlobalSkuPartialInput",
    "GlobalSkuPrice",
    "GlobalSkuPriceInput",
    "GlobalSkuRef",
    "GlobalSkuRefSalesAttribute",
    "GlobalSkuSalesAttribute",
    "GlobalVideo",
    "GlobalVideoInput",
    "GlobalWarehouseInventoryInput",
    "Gne",
    "IdentifierCode",
    "IdentifierCodeInput",
    "Image",
    "ImageArea",
    "ImageAreaInput",
    "ImageInput",
    "InShopInventory",
    "IndicatorDetail",
    "IntegratedPlatformStatus",
    "Inventory",
    "InventoryLevel",
    "InventoryRule",
    "InventorySku",
    "Item",
    "LengthLimit",
    "ListOpportunitiesData",
    "ListOpportunitiesQuery",
    "ListOpportunitiesRequest",
    "ListOpportunitiesResponse",
    "ListPrice",
    "ListPriceInput",
    "ListProductSkppStatusesProduct",
    "ListProductSkppStatusesQuery",
    "ListProductSkppStatusesRequest",
    "ListProductSkppStatusesResponse",
    "ListingCriteria",
    "ListingQuality",
    "ListingResultSku",
    "ListingResultSkuSalesAttribute",
    "ListingSchema",
    "ListingSchema202401",
    "ListingSchemaError",
    "ListingSchemaErrorDetail",
    "ListingSchemaField",
    "ListingSchemaOption",
    "ListingSchemaRule",
    "Logistics",
    "Manufacturer",
    "ManufacturerInput",
    "MarketData",
    "MeasurementAndOption",
    "MeasurementAndOptionOption",
    "MetricStandardInfo",
    "MetricStandardInfoInput",
    "MetricValueModule",
    "MetricValueModuleInfo",
    "MetricValueModuleInfoInput",
    "NewSku",
    "NumLimit",
    "Opportunity",
    "OpportunityDetail",
    "OpportunitySubmission",
    "OptimizeImagesRequest",
    "OptimizeImagesRequestImagesItem",
    "OptimizeImagesResponse",
    "OptimizeImagesResponseImagesItem",
    "OptimizedImage",
    "OriginPlatformProductMetaData",
    "OriginPlatformProductMetaDataAttributeValue",
    "OriginalImage",
    "PackageDimensions",
    "PackageRecommendRange",
    "PackageRecommendation",
    "PackageWeight",
    "PartialEditSku",
    "PodCustomArea",
    "PodCustomAreaInput",
    "PodInfo",
    "PodInfoInput",
    "PodSurface",
    "PodSurfaceInput",
    "PodTemplate",
    "PodTemplateInput",
    "PreCheckDetail",
    "PreCheckResult",
    "PreSale",
    "PreSaleInput",
    "PredictPackageDimensionsAndWeightRequest",
    "PredictPackageDimensionsAndWeightResponse",
    "PrescriptionRequirement",
    "Price",
    "PriceInput",
    "ProductWarning",
    "PublishGlobalProductProduct",
    "PublishGlobalProductProductSku",
    "PublishGlobalProductProductSkuSalesAttribute",
    "PublishGlobalProductQuery",
    "PublishGlobalProductRequest",
    "PublishGlobalProductResponse",
    "PublishTarget",
    "PublishTargetSku",
    "PublishTargetSkuFee",
    "PublishTargetSkuInventory",
    "PublishTargetSkuPrice",
    "PurchaseLimit",
    "PurchaseLimitInput",
    "RecommendCategoriesRequest",
    "RecommendCategoriesResponse",
    "RecommendGlobalCategoriesRequest",
    "RecommendGlobalCategoriesResponse",
    "RecommendRequiredProductPropertiesRequest",
    "RecommendRequiredProductPropertiesResponse",
    "RecommendedCategory",
    "RecommendedProperty",
    "RecommendedPropertyValue",
    "RecoverProductsRequest",
    "RecoverProductsResponse",
    "ReplicaSync",
    "ReplicaSyncSku",
    "ReplicaSyncSkuInventory",
    "ReplicaSyncSkuPrice",
    "ReplicateProductError",
    "ReplicateProductErrorDetail",
    "ReplicateProductQuery",
    "ReplicateProductRequest",
    "ReplicateProductResponse",
    "ReplicateSource",
    "ReplicateSourceInput",
    "ReplicateTarget",
    "ReplicateTargetSku",
    "ReplicateTargetSkuInventory",
    "ReplicateTargetSkuPrice",
    "ResponsiblePerson",
    "SaleAttribute",
    "SalesAttribute",
    "SalesAttributeInput",
    "SalesAttributeMapping",
    "SalesProperty",
    "SalesPropertyValue",
    "ScheduledSale",
    "ScheduledSaleInput",
    "SearchGlobalProductsQuery",
    "SearchGlobalProductsRequest",
    "SearchGlobalProductsResponse",
    "SearchInventoryRequest",
    "SearchInventoryResponse",
    "SearchManufacturers202409Request",
    "SearchManufacturers202409Response",
    "SearchManufacturersManufacturer",
    "SearchManufacturersQuery",
    "SearchManufacturersRequest",
    "SearchManufacturersResponse",
    "SearchProducts202309Query",
    "SearchProducts202309Request",
    "SearchProducts202312Request",
    "SearchProductsForComplianceAuditingQuery",
    "SearchProductsForComplianceAuditingRequest",
    "SearchProductsForComplianceAuditingResponse",
    "SearchProductsQuery",
    "SearchProductsRequest",
    "SearchProductsResponse",
    "SearchResponsiblePersons202409Request",
    "SearchResponsiblePersons202409Response",
    "SearchResponsiblePersonsQuery",
    "SearchResponsiblePersonsRequest",
    "SearchResponsiblePersonsResponse",
    "SearchSizeChartsQuery",
    "SearchSizeChartsRequest",
    "SearchSizeChartsResponse",
    "SellerSku",
    "SeoWord",
    "Shop",
    "ShopSummary",
    "SizeChart",
    "SizeChartData",
    "SizeChartDataInput",
    "SizeChartDatas",
    "SizeChartImage",
    "SizeChartTable",
    "SizeChartTableHeader",
    "SizeChartTableRow",
    "SizeChartTableRowCell",
    "SizingChart",
    "SizingChartInput",
    "SizingChartTemplate",
    "SizingChartTemplateInput",
    "SkppReward",
    "Sku",
    "SkuInput",
    "SkuInventory",
    "SkuInventoryInput",
    "SkuMapping",
    "SmartText",
    "StatusInfo",
    "StatusInfoInput",
    "StockChange",
    "StockOperation",
    "StockOperationSetting",
    "Submission",
    "SubmitProductViaOpportunityQuery",
    "SubmitProductViaOpportunityRequest",
    "SubmitProductViaOpportunityResponse",
    "SubmitSizeChartAppealRequest",
    "SubmitSizeChartAppealResponse",
    "SubmitStrikethroughPriceQuery",
    "SubmitStrikethroughPriceRequest",
    "SubmitStrikethroughPriceResponse",
    "SubmitStrikethroughPriceSku",
    "SubscribeDiscountDetail",
    "SubscribeInfo",
    "SubscribeInfoEdit",
    "SubscribePromotionConfig",
    "SuggestBrandsBrand",
    "SuggestBrandsRequest",
    "SuggestBrandsResponse",
    "Suggestion",
    "Summary",
    "Table",
    "TableHeader",
    "TableRow",
    "TableRowCell",
    "TagOperation",
    "TaskDetail",
    "TextArea",
    "TextAreaInput",
    "TotalAvailableInventoryDistribution",
    "TranslatedImage",
    "Unit",
    "UpdateGlobalProductInventoryGlobalSku",
    "UpdateGlobalProductInventoryQuery",
    "UpdateGlobalProductInventoryRequest",
    "UpdateGlobalProductInventoryResponse",
    "UpdateGlobalProductPartiallyQuery",
    "UpdateGlobalProductPartiallyRequest",
    "UpdateGlobalProductPartiallyResponse",
    "UpdateGlobalProductQuery",
    "UpdateGlobalProductRequest",
    "UpdateGlobalProductResponse",
    "UpdateManufacturerPartiallyQuery",
    "UpdateManufacturerPartiallyRequest",
    "UpdateManufacturerPartiallyResponse",
    "UpdateProduct202309Request",
    "UpdateProductAudit",
    "UpdateProductInventoryQuery",
    "UpdateProductInventoryRequest",
    "UpdateProductInventoryResponse",
    "UpdateProductInventorySku",
    "UpdateProductPartially202309Request",
    "UpdateProductPartiallyAudit",
    "UpdateProductPartiallyQuery",
    "UpdateProductPartiallyReplicatedProduct",
    "UpdateProductPartiallyReplicatedProductSku",
    "UpdateProductPartiallyRequest",
    "UpdateProductPartiallyResponse",
    "UpdateProductPriceQuery",
    "UpdateProductPriceRequest",
    "UpdateProductPriceResponse",
    "UpdateProductPriceSku",
    "UpdateProductQuery",
    "UpdateProductRequest",
    "UpdateProductResponse",
    "UpdateResponsiblePersonPartiallyQuery",
    "UpdateResponsiblePersonPartiallyRequest",
    "UpdateResponsiblePersonPartiallyResponse",
    "UpdateSizeChartRequest",
    "UpdateSizeChartResponse",
    "UpdateStockOperationSettingsRequest",
    "UpdateStockOperationSettingsResponse",
    "UploadProductFileRequest",
    "UploadProductFileResponse",
    "UploadProductImageRequest",
    "UploadProductImageResponse",
    "ValueLimit",
    "Variant",
    "Video",
    "VideoInput",
    "WarehouseInventory",
    "Weight",
    "WeightInput",
    "WeightRecommendation",
]


class ActionSuggestion(ResponseModel):
    """A suggested action."""

    score_increase: int | None = None
    """Points gained by completing it (the top tier for tiered actions)."""

    url: str | None = None
    """Seller Center page where it is done."""


class ActivateProductsRequest(RequestModel):
    """Products to activate."""

    product_ids: list[StrictStr] = Field(max_length=20)
    """Ids of the products to activate, at most 20."""

    listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None
    """Platforms to activate on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers)."""


class ActivateProductsResponse(ResponseModel):
    """Outcome of the call."""

    errors: NullAsEmpty[list[BatchError]] = Field(default_factory=list)
    """Products that could not be changed; check it even when `code` is 0."""


class AppealMessage(RequestModel):
    """What is appealed."""

    field_name: Literal["APPEAL_MESSAGE_FIELD_SIZE_CHART"]
    """Field appealed: `APPEAL_MESSAGE_FIELD_SIZE_CHART`."""

    indicator_details: list[IndicatorDetail]
    """The failed checks disputed."""

    size_chart_id: str | None = Field(default=None, strict=True)
    """Id of the size chart to review."""

    size_chart_image_uri: str | None = Field(default=None, strict=True)
    """URI of the size chart image to review."""


class AreaPlacement(ResponseModel):
    """Position and size of the area on the surface (two decimals)."""

    x_coordinate: str | None = None
    """X coordinate of the starting point."""

    y_coordinate: str | None = None
    """Y coordinate of the starting point."""

    width: str | None = None
    """Area width."""

    height: str | None = None
    """Area height."""

    rotate_degree: str | None = None
    """Rotation angle in degrees."""


class AreaPlacementInput(RequestModel):
    """Position and size of the area on the surface (two decimals)."""

    x_coordinate: str | None = Field(default=None, strict=True)
    """X coordinate of the starting point."""

    y_coordinate: str | None = Field(default=None, strict=True)
    """Y coordinate of the starting point."""

    width: str | None = Field(default=None, strict=True)
    """Area width."""

    height: str | None = Field(default=None, strict=True)
    """Area height."""

    rotate_degree: str | None = Field(default=None, strict=True)
    """Rotation angle in degrees."""


class AssignedCategory(ResponseModel):
    """One category of the chain from the root to the leaf category of a product."""

    id: str | None = None
    """Category id."""

    parent_id: str | None = None
    """Parent category id; `0` for a root category."""

    local_name: str | None = None
    """Category name in the requested locale."""

    is_leaf: bool | None = None
    """Whether this is a leaf category (products can only be placed in leaf categories)."""


class AssignedCategoryInput(RequestModel):
    """One category of the chain from the root to the leaf category of a product."""

    id: str | None = Field(default=None, strict=True)
    """Category id."""

    parent_id: str | None = Field(default=None, strict=True)
    """Parent category id; `0` for a root category."""

    local_name: str | None = Field(default=None, strict=True)
    """Category name in the requested locale."""

    is_leaf: bool | None = Field(default=None, strict=True)
    """Whether this is a leaf category (products can only be placed in leaf categories)."""


class AssociatedWarehouse(ResponseModel):
    """An associated warehouse."""

    warehouse_id: str | None = None
    """Warehouse id."""

    region: str | None = None
    """Country of the warehouse."""


class Attribute(ResponseModel):
    """A product-level attribute (e.g. material, country of origin), not tied to a variant."""

    id: str | None = None
    """Attribute id, from the category attributes."""

    values: NullAsEmpty[list[AttributeValue]] = Field(default_factory=list)
    """Values of the attribute."""

    name: str | None = None
    """Attribute name (responses only)."""


class AttributeInput(RequestModel):
    """A product-level attribute (e.g. material, country of origin), not tied to a variant."""

    id: str = Field(strict=True)
    """Attribute id, from the category attributes."""

    values: list[AttributeValueInput]
    """Values of the attribute."""

    name: str | None = Field(default=None, strict=True)
    """Attribute name (responses only)."""


class AttributeValue(ResponseModel):
    """One value of a product attribute: a built-in id or a custom name (the id wins if both are given)."""

    id: str | None = None
    """Built-in value id, from the category attributes."""

    name: str | None = None
    """Value name; a custom value when no built-in id is given."""

    metric_standard_info: MetricStandardInfo | None = None
    """Measurement template values attached to the attribute value."""


class AttributeValueInput(RequestModel):
    """One value of a product attribute: a built-in id or a custom name (the id wins if both are given)."""

    id: str | None = Field(default=None, strict=True)
    """Built-in value id, from the category attributes."""

    name: str | None = Field(default=None, strict=True)
    """Value name; a custom value when no built-in id is given."""

    metric_standard_info: MetricStandardInfoInput | None = None
    """Measurement template values attached to the attribute value."""


class Audit(ResponseModel):
    """Audit state of a product."""

    status: str | None = None
    """Audit status, e.g. `NONE`, `AUDITING`, `APPROVED`, `FAILED`, `PRE_APPROVED`."""

    pre_approved_reasons: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Why the product is only pre-approved, e.g. `KYC_PENDING`."""

    not_submitted_reasons: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Why the product was not submitted for audit (listing prerequisites not met)."""


class AuditFailedReason(ResponseModel):
    """Why a product failed the audit."""

    listing_platform: str | None = None
    """Platform of the audit: `TIKTOK_SHOP` or `TOKOPEDIA`."""

    position: str | None = None
    """Which part of the product failed."""

    reasons: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Short failure reasons."""

    suggestions: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Explanations and how to fix them."""


class BasicInfo(ResponseModel):
    """Main facts of the opportunity."""

    opportunity_type: str | None = None
    """`PRODUCT`, `KEYWORD` or `CATEGORY`."""

    status: str | None = None
    """`ACTIVE`, `EXPIRED` or `FULFILLED`."""

    title: str | None = None
    """Title."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    expire_time: int | None = None
    """Expiry time, Unix seconds."""

    category_id_level_1: str | None = None
    """Level-1 category id."""

    category_id_level_2: str | None = None
    """Level-2 category id."""

    category_id_level_3: str | None = None
    """Level-3 category id."""

    category_name_level_1: str | None = None
    """Level-1 category name."""

    category_name_level_2: str | None = None
    """Level-2 category name."""

    category_name_level_3: str | None = None
    """Level-3 category name."""

    reference_price: DecimalAmount | None = None
    """Reference price or price range with currency symbol; empty when unknown."""

    reference_images: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Reference images of the product to list."""

    brand_info: str | None = None
    """Brand requirement."""

    reward_info: str | None = None
    """Comma-separated rewards for listing as required."""

    recom_info: str | None = None
    """Why this is an opportunity."""

    tags: str | None = None
    """Comma-separated display names of its tags."""

    tag_codes: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Its tag codes."""

    external_product_id: str | None = None
    """Product id on the reference platform."""

    reference_source: str | None = None
    """Code of the reference platform (`1` SHOPEE, `2` AMAZON, `9` TEMU, ...)."""


class BatchError(ResponseModel):
    """A failure for one product, SKU or warehouse inside a batch call that otherwise succeeded."""

    code: int | None = None
    """TikTok error code."""

    message: str | None = None
    """Human-readable error message."""

    detail: BatchErrorDetail | None = None
    """What the error is about."""


class BatchErrorDetail(ResponseModel):
    """What the error is about."""

    product_id: str | None = None
    """Product the error is about."""

    sku_id: str | None = None
    """SKU the error is about."""

    extra_errors: NullAsEmpty[list[ExtraError]] = Field(default_factory=list)
    """Secondary errors behind the main one."""


class Brand(ResponseModel):
    """A brand the shop can attach to products."""

    id: str | None = None
    """Brand id."""

    name: str | None = None
    """Brand name."""

    authorized_status: OpenEnum[Literal["AUTHORIZED", "UNAUTHORIEZD"]] | None = None
    """Whether the seller is authorized to sell goods of this brand: `AUTHORIZED` or `UNAUTHORIEZD` (sic)."""

    is_t1_brand: bool | None = None
    """true for internationally renowned (T1) brands: products cannot use them without authorization.
    Unauthorized non-T1 brands can be used but are not shown on the product page."""

    brand_status: OpenEnum[Literal["AVAILABLE", "UNAVAILABLE"]] | None = None
    """Availability of an authorized brand in the requested category: `AVAILABLE` or `UNAVAILABLE`. Only
    when `category_id` was given."""


class CampaignInventory(ResponseModel):
    """Units of one campaign."""

    quantity: int | None = None
    """Allocated units."""

    campaign_name: str | None = None
    """Campaign name."""


class Category(ResponseModel):
    """A node of the category tree."""

    id: str | None = None
    """Category id."""

    parent_id: str | None = None
    """Parent category id; `0` for a root category."""

    local_name: str | None = None
    """Category name in the requested locale."""

    is_leaf: bool | None = None
    """true for a leaf category; products can only be listed in leaf categories."""

    permission_statuses: NullAsEmpty[
        list[OpenEnum[Literal["AVAILABLE", "INVITE_ONLY", "NON_MAIN_CATEGORY", "PROHIBITED"]]]
    ] = Field(default_factory=list)
    """The shop's permission for the category: `AVAILABLE`, `INVITE_ONLY` (restricted, apply in the
    Qualification Center), `NON_MAIN_CATEGORY` (outside the shop's scope) or `PROHIBITED` (never
    listable)."""


class CategoryAttribute(ResponseModel):
    """A built-in product or sales attribute of a category in the shop's market."""

    id: str | None = None
    """Attribute id."""

    name: str | None = None
    """Attribute name."""

    type_: OpenEnum[Literal["PRODUCT_PROPERTY", "SALES_PROPERTY"]] | None = Field(default=None, alias="type")
    """`SALES_PROPERTY` (defines variants) or `PRODUCT_PROPERTY` (describes the whole product)."""

    is_required: bool | None = Field(default=None, validation_alias=AliasChoices("is_required", "is_requried"))
    """true when the product attribute is always required; false when optional or required only under
    `requirement_conditions`. Product attributes only."""

    values: NullAsEmpty[list[CategoryAttributeValue]] = Field(default_factory=list)
    """Selectable values."""

    value_data_format: str | None = None
    """Format of a custom numeric value: `POSITIVE_INT_OR_DECIMAL`."""

    is_customizable: bool | None = None
    """Whether the seller may enter a custom value."""

    is_multiple_selection: bool | None = None
    """Whether several values may be selected."""

    requirement_conditions: NullAsEmpty[list[CategoryRequirementCondition]] = Field(default_factory=list)
    """Conditions making an optional product attribute required; any one met suffices."""

    metric_standards: NullAsEmpty[list[CategoryMetricStandard]] = Field(default_factory=list)
    """Measurement templates for the attribute's values."""


class CategoryAttributeValue(ResponseModel):
    """A selectable value of a built-in attribute."""

    id: str | None = None
    """Value id."""

    name: str | None = None
    """Value name."""

    icon_url: str | None = None
    """URL of the value's icon, when it has one."""


class CategoryCertificationRule(ResponseModel):
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

    requirement_conditions: NullAsEmpty[list[CategoryRequirementCondition]] = Field(default_factory=list)
    """Conditions making the certification required; any one met suffices."""

    expiration_date: ExpirationDate | None = None
    """Expiration date rule."""


class CategoryExternalCategory(RequestModel):
    """The product's category on the platform it comes from."""

    id: str | None = Field(default=None, strict=True)
    """Category id on the source platform."""

    name: str | None = Field(default=None, strict=True)
    """Category name on the source platform."""

    full_name: str | None = Field(default=None, strict=True)
    """Full category path on the source platform."""

    is_leaf: bool | None = Field(default=None, strict=True)
    """Whether it is a leaf category there."""

    is_root: bool | None = Field(default=None, strict=True)
    """Whether it is a root category there."""


class CategoryGlobalAttribute(ResponseModel):
    """A built-in product or sales attribute of a category across the seller's markets."""

    id: str | None = None
    """Attribute id."""

    name: str | None = None
    """Attribute name."""

    type_: OpenEnum[Literal["PRODUCT_PROPERTY", "SALES_PROPERTY"]] | None = Field(default=None, alias="type")
    """`SALES_PROPERTY` (defines variants) or `PRODUCT_PROPERTY` (describes the whole product)."""

    is_required: bool | None = Field(default=None, validation_alias=AliasChoices("is_required", "is_requried"))
    """true when the product attribute is required in all of the seller's markets."""

    values: NullAsEmpty[list[CategoryAttributeValue]] = Field(default_factory=list)
    """Selectable values."""

    is_multiple_selection: bool | None = None
    """Whether several values may be selected."""

    is_customizable: bool | None = None
    """Whether the seller may enter a custom value."""

    required_regions: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Markets (two-letter codes) where the attribute is required without conditions."""

    optional_regions: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Markets where the attribute is optional or conditionally required."""

    requirement_conditions: NullAsEmpty[list[CategoryGlobalRequirementCondition]] = Field(default_factory=list)
    """Per-market conditions making the attribute required."""


class CategoryGlobalCertificationRule(ResponseModel):
    """A certification a category may require in some of the seller's markets."""

    id: str | None = None
    """Certification type id."""

    name: str | None = None
    """Certification type name."""

    is_required: bool | None = None
    """true when required in every market."""

    sample_image_url: str | None = None
    """URL of a sample certificate image."""

    required_regions: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Markets where it is required without conditions."""

    optional_regions: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Markets where it is optional or conditionally required."""

    requirement_conditions: NullAsEmpty[list[CategoryGlobalRequirementCondition]] = Field(default_factory=list)
    """Per-market conditions making the certification required."""


class CategoryGlobalRequirementCondition(ResponseModel):
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


class CategoryImageRef(RequestModel):
    """An image uploaded with the product image upload operation."""

    uri: str | None = Field(default=None, strict=True)
    """URI of the uploaded image."""


class CategoryMetricStandard(ResponseModel):
    """A measurement template configured for the attribute."""

    id: str | None = None
    """Template id."""

    name: str | None = None
    """Template name."""

    metric_value_modules: NullAsEmpty[list[MetricValueModule]] = Field(default_factory=list)
    """The metric items of the template."""


class CategoryRecommended(ResponseModel):
    """One level of a recommended category path."""

    id: str | None = None
    """Category id."""

    name: str | None = None
    """Category name."""

    level: int | None = None
    """Level in the category tree, 1 for the top level."""

    is_leaf: bool | None = None
    """true for the leaf category; products can only be listed in leaf categories."""

    permission_statuses: NullAsEmpty[list[str]] = Field(default_factory=list)
    """The shop's permission for the category (`AVAILABLE`, `INVITE_ONLY`, `NON_MAIN_CATEGORY`,
    `PROHIBITED`)."""


class CategoryRegionalRequirement(ResponseModel):
    """Which EU markets require a piece of compliance information."""

    is_required: bool | None = None
    """true when required in all EU markets."""

    required_regions: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Markets where it is required."""

    optional_regions: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Markets where it is optional."""


class CategoryRequiredFlag(ResponseModel):
    """Whether a piece of product information is required."""

    is_required: bool | None = None
    """true when required."""


class CategoryRequirementCondition(ResponseModel):
    """A condition under which an attribute or certification becomes required."""

    condition_type: str | None = None
    """`VALUE_ID_MATCH`: met when the seller picks the value `attribute_value_id` for attribute
    `attribute_id`."""

    attribute_id: str | None = None
    """Id of the attribute the condition looks at."""

    attribute_value_id: str | None = None
    """Id of the value that makes the condition true."""


class CategorySizeChartRule(ResponseModel):
    """Size chart rule of a category."""

    is_supported: bool | None = None
    """Whether size charts are supported; an unsupported size chart is silently dropped."""

    is_required: bool | None = None
    """Whether a size chart is required."""

    size_types: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Size types of the category, e.g. `size_chart_size_type_regular`, `size_chart_size_type_plus`; absent
    when not applicable."""

    measurement_and_options: NullAsEmpty[list[MeasurementAndOption]] = Field(default_factory=list)
    """Measurements allowed in a size chart, grouped by basis."""


class Certification(ResponseModel):
    """A certification that restricted categories require (see the category rules)."""

    id: str | None = None
    """Certification type id, from the category rules."""

    title: str | None = None
    """Certification type name (responses only)."""

    images: NullAsEmpty[list[Image]] = Field(default_factory=list)
    """Images supporting the certification (use case `CERTIFICATION_IMAGE`)."""

    files: NullAsEmpty[list[CertificationFile]] = Field(default_factory=list)
    """Files supporting the certification."""

    expiration_date: int | None = None
    """Expiry of the certification, Unix seconds (UTC); required for some certifications."""


class CertificationFile(ResponseModel):
    """A file (PDF) supporting a certification."""

    id: str | None = None
    """File id, from the upload product file operation."""

    name: str | None = None
    """File name with its extension."""

    format_: str | None = Field(default=None, alias="format")
    """File format; only `PDF` is supported."""

    urls: NullAsEmpty[list[str]] = Field(default_factory=list)
    """URLs to view the file (responses only)."""


class CertificationFileInput(RequestModel):
    """A file (PDF) supporting a certification."""

    id: str = Field(strict=True)
    """File id, from the upload product file operation."""

    name: str = Field(strict=True)
    """File name with its extension."""

    format_: str = Field(alias="format", strict=True)
    """File format; only `PDF` is supported."""

    urls: list[StrictStr] | None = None
    """URLs to view the file (responses only)."""


class CertificationInput(RequestModel):
    """A certification that restricted categories require (see the category rules)."""

    id: str = Field(strict=True)
    """Certification type id, from the category rules."""

    title: str | None = Field(default=None, strict=True)
    """Certification type name (responses only)."""

    images: list[ImageInput] | None = None
    """Images supporting the certification (use case `CERTIFICATION_IMAGE`)."""

    files: list[CertificationFileInput] | None = None
    """Files supporting the certification."""

    expiration_date: int | None = Field(default=None, strict=True)
    """Expiry of the certification, Unix seconds (UTC); required for some certifications."""


class CheckListingPrerequisites202309Response(ResponseModel):
    """The 202309 answer: one entry per requirement, grouped under `shop`. (From 202312 on, the same checks
    come back as a `check_results` list.) Each entry is the check's outcome as TikTok's SDK types it, a
    string; TikTok's docs describe it as a result with `is_failed` and `fail_reasons`."""

    shop: Shop | None = None
    """The shop-level requirements for listing products."""


class CheckListingPrerequisitesResponse(ResponseModel):
    """The result of each check."""

    check_results: NullAsEmpty[list[CheckResult]] = Field(default_factory=list)
    """One result per requirement."""


class CheckProductListingFailReason(ResponseModel):
    """A failure."""

    code: int | None = None
    """Error code."""

    message: str | None = None
    """Failure reason."""


class CheckProductListingOption(RequestModel):
    """Options of the listing check."""

    need_trigger_gne_async_check: bool | None = Field(default=None, strict=True)
    """Whether to start an asynchronous product information verification (enabled US sellers)."""

    gne_async_check_session_id: str | None = Field(default=None, strict=True)
    """Your session id of the asynchronous verification, to fetch its findings later."""


class CheckProductListingQuery(RequestModel):
    """Path and query parameters of ProductCreateProductListingCheck."""

    is_diagnosis_required: bool | None = Field(default=None, strict=True)
    """Whether to also return listing quality (US) and optimization diagnoses. Deprecated by TikTok in
    favour of the diagnose-and-optimize operation."""


class CheckProductListingRequest(RequestModel):
    """The product payload to check, as for create product."""

    title: str = Field(strict=True)
    """Product title (1-255 characters in most regions; 25-255 in some SEA regions)."""

    description: str = Field(strict=True)
    """Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted `<img>` tags)."""

    category_id: str = Field(strict=True)
    """Leaf category id, in the category tree given by `category_version`."""

    main_images: list[ImageInput]
    """Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px)."""

    skus: list[NewSku]
    """SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US)."""

    brand_id: str | None = Field(default=None, strict=True)
    """Brand id (see the brands operations)."""

    package_dimensions: DimensionsInput | None = None
    """Package (or SKU) dimensions. Use the same measurement system as the weight."""

    package_weight: WeightInput | None = None
    """Package (or SKU) weight. Use the same measurement system as the dimensions."""

    video: VideoInput | None = None
    """A product video. Requests need only `id`; responses add its URLs and properties."""

    product_attributes: list[AttributeInput] | None = None
    """Product attributes; those the category marks required must be given."""

    certifications: list[CertificationInput] | None = None
    """Certifications the category requires, at most 10."""

    size_chart: SizingChartInput | None = None
    """The size chart of a product: either an image or a size chart template."""

    external_product_id: str | None = Field(default=None, strict=True)
    """Id of the product on an external e-commerce platform (max 999 characters)."""

    delivery_option_ids: list[StrictStr] | None = None
    """Delivery option ids overriding the warehouse defaults (ID, MX, MY, PH, SG, TH, VN only)."""

    primary_combined_product_id: str | None = Field(default=None, strict=True)
    """Primary product of the virtual bundle this product belongs to."""

    is_cod_allowed: bool | None = Field(default=None, strict=True)
    """Whether buyers may pay cash on delivery (some SEA and SA markets)."""

    is_pre_owned: bool | None = Field(default=None, strict=True)
    """Whether the product is pre-owned (only when Tokopedia is the sole platform)."""

    manufacturer_ids: list[StrictStr] | None = None
    """Manufacturer ids (EU, for some categories)."""

    responsible_person_ids: list[StrictStr] | None = None
    """EU responsible person ids (for some categories)."""

    listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None
    """Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers)."""

    shipping_insurance_requirement: Literal["NOT_SUPPORTED", "OPTIONAL", "REQUIRED"] | None = None
    """Shipping insurance for buyers (Tokopedia listings); defaults to `OPTIONAL`."""

    minimum_order_quantity: int | None = Field(default=None, strict=True)
    """Minimum quantity per order, 1 to 20 (Indonesia and selected SEA sellers)."""

    shipping_template_id: str | None = Field(default=None, strict=True)
    """Shipping template to bind to the product."""

    scheduled_sale: ScheduledSaleInput | None = None
    """Scheduled listing of a product."""

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
    """Locale (BCP-47) of the category information; defaults to the shop locale."""

    search_terms: list[StrictStr] | None = None
    """Search terms, not shown to buyers (at most 15, 250 characters in total)."""

    key_product_features: list[StrictStr] | None = None
    """Key features shown as product highlights (at most 5, 1500 characters in total)."""

    product_tag_operations: list[TagOperation] | None = None
    """Special product tags to turn on or off (legacy; `selling_format` wins)."""

    selling_format: Literal["FIXED_PRICE", "FIXED_PRICE_AND_LIVE_AUCTION"] | None = None
    """`FIXED_PRICE` (default) or `FIXED_PRICE_AND_LIVE_AUCTION` (needs a starting bid price)."""

    is_live_quick: bool | None = Field(default=None, strict=True)
    """Whether the product is a LIVE_QUICK product (needs a permission)."""

    option: CheckProductListingOption | None = None
    """Options of the listing check."""


class CheckProductListingResponse(ResponseModel):
    """The outcome of the check."""

    check_result: str | None = None
    """`PASS` or `FAILED`."""

    fail_reasons: NullAsEmpty[list[CheckProductListingFailReason]] = Field(default_factory=list)
    """Why the check failed (the same codes as create product errors)."""

    warnings: ProductWarning | None = None
    """A warning that needs attention but did not fail the call."""

    listing_quality: ListingQuality | None = None
    """Listing quality tier of a product (US only)."""

    diagnoses: NullAsEmpty[list[Diagnose]] = Field(default_factory=list)
    """Per-field diagnoses (deprecated; use diagnose and optimize product)."""

    pre_check_results: NullAsEmpty[list[PreCheckResult]] = Field(default_factory=list)
    """Findings of the asynchronous product information verification."""


class CheckResult(ResponseModel):
    """The result of one requirement."""

    check_item: str | None = None
    """The requirement, e.g. `SHOP_STATUS`, `SHOP_TAX`, `PICKUP_WAREHOUSE`, `RETURN_WAREHOUSE`,
    `DELIVERY_OPTION`, `SHIPPING_TEMPLATE`, `PRODUCT_QUANTITY_LIMIT`."""

    is_failed: bool | None = None
    """Whether the shop fails this requirement."""

    fail_reasons: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Why it fails."""


class ClaimCondition(ResponseModel):
    """A threshold."""

    condition_type: str | None = None
    """`GMV` or `ORDER`."""

    current_value: str | None = None
    """Current progress."""

    target_value: str | None = None
    """Threshold."""


class Cod(ResponseModel):
    """Cash on delivery rule."""

    is_supported: bool | None = None
    """Whether COD is supported; listing with `is_cod_allowed=true` fails otherwise."""


class CombinedSku(ResponseModel):
    """A source SKU inside a virtual bundle SKU. Requests give the three ids and count."""

    product_id: str | None = None
    """Product id of the source SKU."""

    sku_id: str | None = None
    """Source SKU id."""

    sku_count: int | None = None
    """Quantity of the source SKU in the bundle."""

    title: str | None = None
    """Title of the source product (responses only)."""

    seller_sku: str | None = None
    """Seller SKU code of the source SKU (responses only)."""

    brand: CombinedSkuBrand | None = None
    """Brand of the source product."""

    categories: NullAsEmpty[list[AssignedCategory]] = Field(default_factory=list)
    """Category chain of the source product."""

    combined_listing_not_live_reasons: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Why the source product keeps the bundle from being live, e.g. `SUB_PRODUCT_DEACTIVATE`."""

    inventory: NullAsEmpty[list[SkuInventory]] = Field(default_factory=list)
    """Stock of the source SKU per warehouse."""

    price: Price | None = None
    """A SKU price. Local sellers set `amount`; global sellers set `sale_price`."""

    product_main_image: Image | None = None
    """An image hosted by TikTok Shop. Requests need only `uri`; responses add URLs and size."""

    sales_attributes: NullAsEmpty[list[SalesAttribute]] = Field(default_factory=list)
    """Sales attributes of the source SKU."""


class CombinedSkuBrand(ResponseModel):
    """Brand of the source product."""

    id: str | None = None
    """Brand id."""

    name: str | None = None
    """Brand name."""


class CombinedSkuBrandInput(RequestModel):
    """Brand of the source product."""

    id: str | None = Field(default=None, strict=True)
    """Brand id."""

    name: str | None = Field(default=None, strict=True)
    """Brand name."""


class CombinedSkuInput(RequestModel):
    """A source SKU inside a virtual bundle SKU. Requests give the three ids and count."""

    product_id: str = Field(strict=True)
    """Product id of the source SKU."""

    sku_id: str = Field(strict=True)
    """Source SKU id."""

    sku_count: int = Field(strict=True)
    """Quantity of the source SKU in the bundle."""

    title: str | None = Field(default=None, strict=True)
    """Title of the source product (responses only)."""

    seller_sku: str | None = Field(default=None, strict=True)
    """Seller SKU code of the source SKU (responses only)."""

    brand: CombinedSkuBrandInput | None = None
    """Brand of the source product."""

    categories: list[AssignedCategoryInput] | None = None
    """Category chain of the source product."""

    combined_listing_not_live_reasons: list[StrictStr] | None = None
    """Why the source product keeps the bundle from being live, e.g. `SUB_PRODUCT_DEACTIVATE`."""

    inventory: list[SkuInventoryInput] | None = None
    """Stock of the source SKU per warehouse."""

    price: PriceInput | None = None
    """A SKU price. Local sellers set `amount`; global sellers set `sale_price`."""

    product_main_image: ImageInput | None = None
    """An image hosted by TikTok Shop. Requests need only `uri`; responses add URLs and size."""

    sales_attributes: list[SalesAttributeInput] | None = None
    """Sales attributes of the source SKU."""


class ComplexValue(ResponseModel):
    """A sub-field."""

    id: str | None = None
    """Sub-field id, e.g. an attribute id."""

    name: str | None = None
    """Sub-field name."""

    options: NullAsEmpty[list[ListingSchemaOption]] = Field(default_factory=list)
    """Selectable values."""

    rules: NullAsEmpty[list[ListingSchemaRule]] = Field(default_factory=list)
    """Validation rules."""


class ComplianceAddress(ResponseModel):
    """A postal address."""

    street_address_line1: str | None = None
    """Full street address."""

    street_address_line2: str | None = None
    """Deprecated; returned empty."""

    district: str | None = None
    """Deprecated; returned empty."""

    city: str | None = None
    """Deprecated; returned empty."""

    province: str | None = None
    """Deprecated; returned empty."""

    postal_code: str | None = None
    """Postal code."""

    country: str | None = None
    """Country code."""


class ComplianceAddressInput(RequestModel):
    """A postal address in the EU."""

    street_address_line1: str = Field(strict=True)
    """Full street address (building, street, district, city, province), at most 500 characters."""

    postal_code: str = Field(strict=True)
    """Postal code."""

    country: str = Field(strict=True)
    """Two-letter ISO 3166 code of an EU country."""

    street_address_line2: str | None = Field(default=None, strict=True)
    """Deprecated; merged into `street_address_line1`."""

    district: str | None = Field(default=None, strict=True)
    """Deprecated; merged into `street_address_line1`."""

    city: str | None = Field(default=None, strict=True)
    """Deprecated; merged into `street_address_line1`."""

    province: str | None = Field(default=None, strict=True)
    """Deprecated; merged into `street_address_line1`."""


class ComplianceAuditProduct(ResponseModel):
    """A live product as seen by a compliance vendor."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product title."""

    description: str | None = None
    """Product description in HTML."""

    country: str | None = None
    """Market where the product is sold, e.g. `DE`, `US`."""

    listing_url: str | None = None
    """URL of the product page."""

    seller_id: str | None = None
    """Id of the shop selling it."""

    seller_name: str | None = None
    """Name of the shop selling it."""

    main_image_urls: NullAsEmpty[list[str]] = Field(default_factory=list)
    """URLs of the product images."""

    brand_id: str | None = None
    """Brand id."""

    brand_name: str | None = None
    """Brand name."""

    variants: NullAsEmpty[list[Variant]] = Field(default_factory=list)
    """The product's SKUs."""

    categories: NullAsEmpty[list[ComplianceAuditProductCategory]] = Field(default_factory=list)
    """The product's category path."""


class ComplianceAuditProductCategory(ResponseModel):
    """One level of the category path."""

    id: str | None = None
    """Category id."""

    name: str | None = None
    """Category name in the shop's market."""

    level: int | None = None
    """Level in the tree, 1 for the top."""

    parent_id: str | None = None
    """Parent category id; `0` for a root."""

    is_leaf: bool | None = None
    """Whether it is a leaf category."""


class ComplianceManufacturer(ResponseModel):
    """A manufacturer registered by the seller."""

    id: str | None = None
    """Manufacturer id."""

    name: str | None = None
    """Manufacturer name."""

    registered_trade_name: str | None = None
    """Registered trade name."""

    email: str | None = None
    """Email address."""

    phone_number: CompliancePhoneNumber | None = None
    """A manufacturer phone number."""

    address: str | None = None
    """Postal address."""


class ComplianceManufacturerProfile(ResponseModel):
    """A manufacturer's details in one language."""

    locale: str | None = None
    """Language of this version, e.g. `de-DE`."""

    name: str | None = None
    """Manufacturer name."""

    registered_trade_name: str | None = None
    """Registered trade name."""

    email: str | None = None
    """Email address."""

    phone_number: CompliancePhoneNumber | None = None
    """A manufacturer phone number."""

    address: str | None = None
    """Postal address."""


class CompliancePersonPhone(ResponseModel):
    """A responsible person's phone number."""

    country_code: str | None = None
    """Country calling code with `+`."""

    local_number: str | None = None
    """Local number."""


class CompliancePersonPhoneInput(RequestModel):
    """A responsible person's phone number."""

    country_code: str = Field(strict=True)
    """EU country calling code with `+`, at most 4 digits, e.g. `+353`."""

    local_number: str = Field(strict=True)
    """Local number, 7 to 11 digits."""


class CompliancePhoneNumber(ResponseModel):
    """A manufacturer phone number."""

    availability: OpenEnum[Literal["AVAILABLE", "UNAVAILABLE"]] | None = None
    """`AVAILABLE` (default; the number is then required) or `UNAVAILABLE` (no phone number)."""

    country_code: str | None = None
    """Country calling code with `+`, at most 4 digits, e.g. `+65`."""

    local_number: str | None = None
    """Local number, 7 to 20 digits."""


class CompliancePhoneNumberInput(RequestModel):
    """A manufacturer phone number."""

    availability: Literal["AVAILABLE", "UNAVAILABLE"] | None = None
    """`AVAILABLE` (default; the number is then required) or `UNAVAILABLE` (no phone number)."""

    country_code: str | None = Field(default=None, strict=True)
    """Country calling code with `+`, at most 4 digits, e.g. `+65`."""

    local_number: str | None = Field(default=None, strict=True)
    """Local number, 7 to 20 digits."""


class ComplianceResponsiblePerson(ResponseModel):
    """An EU responsible person registered by the seller."""

    id: str | None = None
    """Responsible person id."""

    name: str | None = None
    """Name."""

    email: str | None = None
    """Email address."""

    phone_number: CompliancePersonPhone | None = None
    """A responsible person's phone number."""

    address: ComplianceAddress | None = None
    """A postal address."""


class ComplianceResponsiblePersonProfile(ResponseModel):
    """A responsible person's details in one language."""

    locale: str | None = None
    """Language of this version, e.g. `de-DE`."""

    name: str | None = None
    """Name."""

    email: str | None = None
    """Email address."""

    phone_number: CompliancePersonPhone | None = None
    """A responsible person's phone number."""

    address: ComplianceAddress | None = None
    """A postal address."""


class ContentData(ResponseModel):
    """Video content figures."""

    video_view_pv: str | None = None
    """Total views of the related short videos."""

    shoppable_video_search_pv: str | None = None
    """Search page views of related shoppable videos over 30 days, bucketed."""

    trending_hashtag: str | None = None
    """Most viewed hashtag of the related videos."""

    top_shoppable_video_links: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Links to the 10 most viewed related shoppable videos."""


class CreateCategoryUpgradeTaskResponse(ResponseModel):
    """Empty: the task was started."""

    pass


class CreateCustomBrandRequest(RequestModel):
    """The custom brand to create."""

    name: str = Field(strict=True)
    """Brand name, 2 to 30 characters, not Chinese, not already existing, no emoticons or special fonts, no
    run of 5 or more digits. It is not translated."""


class CreateCustomBrandResponse(ResponseModel):
    """The created brand."""

    id: str | None = None
    """Id of the new brand."""


class CreateGlobalProductRequest(RequestModel):
    """The global product to create."""

    title: str = Field(strict=True)
    """Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (MX), 25-255 elsewhere."""

    description: str = Field(strict=True)
    """Product description in HTML, at most 10,000 characters and 30 `<img>` tags using TikTok Shop image
    URLs."""

    category_id: str = Field(strict=True)
    """Leaf category id in the tree of `category_version`, with `AVAILABLE` permission."""

    main_images: list[GlobalImageInput] = Field(max_length=9)
    """Gallery images in display order, at most 9, 300x300 to 4000x4000 px; the first should have a white
    background."""

    package_weight: GlobalPackageWeightInput
    """Package weight; use the same measurement system as the dimensions."""

    skus: list[GlobalSkuInput]
    """Global SKUs, at most 300 (EU, JP, UK, US) or 100 elsewhere; put the main variant first."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3-level, default) or `v2` (7-level, required when the seller has a US
    shop)."""

    brand_id: str | None = Field(default=None, strict=True)
    """Brand id; unauthorized brands are not displayed."""

    video: GlobalVideoInput | None = None
    """The product video."""

    package_dimensions: GlobalPackageDimensionsInput | None = None
    """Package dimensions; use the same measurement system as the weight."""

    certifications: list[GlobalCertificationInput] | None = Field(default=None, max_length=10)
    """Certifications, at most 10; see the global category rules for which are required."""

    product_attributes: list[GlobalProductAttributeInput] | None = None
    """Attributes of the whole product; those marked required by the global category attributes must be
    given."""

    size_chart: GlobalSizeChartInput | None = None
    """The size chart, as an image or a template."""

    manufacturer: GlobalManufacturerInfoInput | None = None
    """Manufacturer contact details."""

    manufacturer_ids: list[StrictStr] | None = None
    """EU manufacturer ids (from the compliance manufacturer search), for categories that need them."""

    responsible_person_ids: list[StrictStr] | None = None
    """EU responsible person ids (from the compliance responsible person search), for categories that need
    them."""

    external_global_product_id: str | None = Field(default=None, strict=True)
    """The product's id on an external e-commerce platform, at most 999 characters."""

    source_locale: (
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
    """BCP-47 locale of the product content, e.g. `en-US`. Default is the seller's locale."""


class CreateGlobalProductResponse(ResponseModel):
    """The created global product."""

    global_product_id: str | None = None
    """Id of the new global product."""

    global_skus: NullAsEmpty[list[GlobalSkuRef]] = Field(default_factory=list)
    """The created global SKUs."""


class CreateGpaUpgradeTaskResponse(ResponseModel):
    """Empty: the task was started."""

    pass


class CreateImageTranslationTasksImage(RequestModel):
    """An image to translate."""

    image_uri: str = Field(strict=True)
    """Image URI, from the upload product image operation."""

    target_languages: list[
        Literal[
            "cs-CZ",
            "da-DK",
            "de-AT",
            "de-BE",
            "de-DE",
            "el-GR",
            "en-GB",
            "en-IE",
            "es-ES",
            "fi-FI",
            "fr-BE",
            "fr-FR",
            "hu-HU",
            "it-IT",
            "nl-BE",
            "nl-NL",
            "pl-PL",
            "pt-PT",
            "sv-SE",
        ]
    ]
    """Languages to translate into."""


class CreateImageTranslationTasksRequest(RequestModel):
    """Images and target languages."""

    images: list[CreateImageTranslationTasksImage]
    """Images to translate (up to 5 per call is advised)."""


class CreateImageTranslationTasksResponse(ResponseModel):
    """The created tasks."""

    translation_tasks: NullAsEmpty[list[CreateImageTranslationTasksTranslationTask]] = Field(default_factory=list)
    """One task per image and language."""


class CreateImageTranslationTasksTranslationTask(ResponseModel):
    """A translation task."""

    id: str | None = None
    """Task id, for get image translation tasks."""

    image_uri: str | None = None
    """URI of the image to translate."""

    target_language: str | None = None
    """Language of this task."""


class CreateManufacturerRequest(RequestModel):
    """The manufacturer to register. Chinese characters are not accepted."""

    name: str = Field(max_length=255, strict=True)
    """Manufacturer name, at most 255 characters."""

    email: str = Field(strict=True)
    """Email address."""

    phone_number: CompliancePhoneNumberInput
    """A manufacturer phone number."""

    address: str = Field(max_length=500, strict=True)
    """Postal address, at most 500 characters."""

    registered_trade_name: str | None = Field(default=None, max_length=200, strict=True)
    """Registered trade name, at most 200 characters."""

    locale: Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"] | None = None
    """Language the details are written in; default the language of the seller's business address."""


class CreateManufacturerResponse(ResponseModel):
    """The registered manufacturer."""

    manufacturer_id: str | None = None
    """Id of the new manufacturer."""


class CreateProductRequest(RequestModel):
    """The product to create."""

    title: str = Field(strict=True)
    """Product title (1-255 characters in most regions; 25-255 in some SEA regions)."""

    description: str = Field(strict=True)
    """Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted `<img>` tags)."""

    category_id: str = Field(strict=True)
    """Leaf category id, in the category tree given by `category_version`."""

    main_images: list[ImageInput]
    """Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px)."""

    skus: list[NewSku]
    """SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US)."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3 levels) or `v2` (7 levels, required for US and SEA shops)."""

    brand_id: str | None = Field(default=None, strict=True)
    """Brand id (see the brands operations)."""

    package_dimensions: DimensionsInput | None = None
    """Package (or SKU) dimensions. Use the same measurement system as the weight."""

    package_weight: WeightInput | None = None
    """Package (or SKU) weight. Use the same measurement system as the dimensions."""

    video: VideoInput | None = None
    """A product video. Requests need only `id`; responses add its URLs and properties."""

    product_attributes: list[AttributeInput] | None = None
    """Product attributes; those the category marks required must be given."""

    certifications: list[CertificationInput] | None = None
    """Certifications the category requires, at most 10."""

    size_chart: SizingChartInput | None = None
    """The size chart of a product: either an image or a size chart template."""

    external_product_id: str | None = Field(default=None, strict=True)
    """Id of the product on an external e-commerce platform (max 999 characters)."""

    delivery_option_ids: list[StrictStr] | None = None
    """Delivery option ids overriding the warehouse defaults (ID, MX, MY, PH, SG, TH, VN only)."""

    primary_combined_product_id: str | None = Field(default=None, strict=True)
    """Primary product of the virtual bundle this product belongs to."""

    is_cod_allowed: bool | None = Field(default=None, strict=True)
    """Whether buyers may pay cash on delivery (some SEA and SA markets)."""

    is_not_for_sale: bool | None = Field(default=None, strict=True)
    """Whether the product is only a gift-with-purchase item, not for sale on its own."""

    is_pre_owned: bool | None = Field(default=None, strict=True)
    """Whether the product is pre-owned (only when Tokopedia is the sole platform)."""

    manufacturer_ids: list[StrictStr] | None = None
    """Manufacturer ids (EU, for some categories)."""

    responsible_person_ids: list[StrictStr] | None = None
    """EU responsible person ids (for some categories)."""

    listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None
    """Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers)."""

    shipping_insurance_requirement: Literal["NOT_SUPPORTED", "OPTIONAL", "REQUIRED"] | None = None
    """Shipping insurance for buyers (Tokopedia listings); defaults to `OPTIONAL`."""

    minimum_order_quantity: int | None = Field(default=None, strict=True)
    """Minimum quantity per order, 1 to 20 (Indonesia and selected SEA sellers)."""

    save_mode: Literal["AS_DRAFT", "LISTING"] | None = None
    """`LISTING` submits the product for listing (default); `AS_DRAFT` saves a draft."""

    idempotency_key: str | None = Field(default=None, strict=True)
    """Unique key of this request, so a retried request is not processed twice."""

    shipping_template_id: str | None = Field(default=None, strict=True)
    """Shipping template to bind to the product."""

    scheduled_sale: ScheduledSaleInput | None = None
    """Scheduled listing of a product."""

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
    """Locale (BCP-47) of the category information; defaults to the shop locale."""

    auto_translate_enabled: bool | None = Field(default=None, strict=True)
    """Whether to translate the content automatically for markets needing several languages."""

    search_terms: list[StrictStr] | None = None
    """Search terms, not shown to buyers (at most 15, 250 characters in total)."""

    key_product_features: list[StrictStr] | None = None
    """Key features shown as product highlights (at most 5, 1500 characters in total)."""

    product_tag_operations: list[TagOperation] | None = None
    """Special product tags to turn on or off (legacy; `selling_format` wins)."""

    purchase_order_quantity_limit: PurchaseLimitInput | None = None
    """Purchase quantity limits for buyers."""

    selling_format: Literal["FIXED_PRICE", "FIXED_PRICE_AND_LIVE_AUCTION"] | None = None
    """`FIXED_PRICE` (default) or `FIXED_PRICE_AND_LIVE_AUCTION` (needs a starting bid price)."""

    is_live_quick: bool | None = Field(default=None, strict=True)
    """Whether the product is a LIVE_QUICK product (needs a permission)."""

    is_blind_box: bool | None = Field(default=None, strict=True)
    """Whether the product is a blind box or lucky bag."""


class CreateProductResponse(ResponseModel):
    """The created product."""

    product_id: str | None = None
    """Product id."""

    skus: NullAsEmpty[list[ListingResultSku]] = Field(default_factory=list)
    """SKUs of the created product with their ids."""

    warnings: NullAsEmpty[list[ProductWarning]] = Field(default_factory=list)
    """Warnings, e.g. a field TikTok cleared because it was invalid."""


class CreateResponsiblePersonRequest(RequestModel):
    """The EU responsible person to register. Chinese characters are not accepted."""

    name: str = Field(max_length=200, strict=True)
    """Name, at most 200 characters."""

    email: str = Field(strict=True)
    """Email address."""

    phone_number: CompliancePersonPhoneInput
    """A responsible person's phone number."""

    address: ComplianceAddressInput
    """A postal address in the EU."""

    locale: Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"] | None = None
    """Language the details are written in; default the language of the seller's business address."""


class CreateResponsiblePersonResponse(ResponseModel):
    """The registered responsible person."""

    responsible_person_id: str | None = None
    """Id of the new responsible person."""


class CreateSizeChartRequest(RequestModel):
    """The size chart to create."""

    category_id: str = Field(strict=True)
    """Leaf category supporting size charts."""

    size_chart_mode: Literal["PRODUCT_SCOPED", "REUSABLE_TEMPLATE"]
    """`REUSABLE_TEMPLATE` (template for many products) or `PRODUCT_SCOPED` (one product)."""

    size_chart_data: SizeChartDataInput
    """Structured content of a size chart."""

    template_name: str | None = Field(default=None, strict=True)
    """Template name; required for REUSABLE_TEMPLATE, ignored for PRODUCT_SCOPED."""


class CreateSizeChartResponse(ResponseModel):
    """The created size chart."""

    size_chart_id: str | None = None
    """Size chart id; for a template, use it as `size_chart.template.id` of products."""


class CreatorInventory(ResponseModel):
    """Units of one creator."""

    quantity: int | None = None
    """Allocated units."""

    creator_name: str | None = None
    """Creator name."""


class DeactivateProductsRequest(RequestModel):
    """Products to deactivate."""

    product_ids: list[StrictStr] = Field(max_length=20)
    """Ids of the products to deactivate, at most 20."""

    listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None
    """Platforms to deactivate on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers)."""


class DeactivateProductsResponse(ResponseModel):
    """Outcome of the call."""

    errors: NullAsEmpty[list[BatchError]] = Field(default_factory=list)
    """Products that could not be changed; check it even when `code` is 0."""


class DefaultValue(ResponseModel):
    """A predefined value."""

    id: str | None = None
    """Value id."""

    name: str | None = None
    """Value name."""


class DeleteGlobalProductsError(ResponseModel):
    """A failed deletion."""

    code: int | None = None
    """Error code."""

    message: str | None = None
    """Error message."""

    detail: DeleteGlobalProductsErrorDetail | None = None
    """What failed."""


class DeleteGlobalProductsErrorDetail(ResponseModel):
    """What failed."""

    global_product_id: str | None = None
    """The global product that was not deleted."""


class DeleteGlobalProductsRequest(RequestModel):
    """The global products to delete."""

    global_product_ids: list[StrictStr] = Field(max_length=20)
    """Global product ids, at most 20."""


class DeleteGlobalProductsResponse(ResponseModel):
    """Failures of the deletion."""

    errors: NullAsEmpty[list[DeleteGlobalProductsError]] = Field(default_factory=list)
    """One entry per global product that could not be deleted."""


class DeleteProductsRequest(RequestModel):
    """Products to delete."""

    product_ids: list[StrictStr] = Field(max_length=20)
    """Ids of the products to delete, at most 20."""


class DeleteProductsResponse(ResponseModel):
    """Outcome of the call."""

    errors: NullAsEmpty[list[BatchError]] = Field(default_factory=list)
    """Products that could not be changed; check it even when `code` is 0."""


class DeliveryOption(ResponseModel):
    """A delivery option."""

    id: str | None = None
    """Delivery option id."""

    name: str | None = None
    """Delivery option name."""

    is_available: bool | None = None
    """Whether the option is available for this product."""


class Diagnose(ResponseModel):
    """Diagnosis of one field."""

    field: str | None = None
    """Diagnosed field: `TITLE`, `DESCRIPTION`, `IMAGE`, `ATTRIBUTE`, ..."""

    diagnosis_results: NullAsEmpty[list[DiagnosisResult]] = Field(default_factory=list)
    """Issues found."""

    suggestions: DiagnosisSuggestion | None = None
    """Generated suggestions for a product field."""


class DiagnoseAndOptimizeProductRequest(RequestModel):
    """The product content to diagnose."""

    category_id: str = Field(strict=True)
    """Leaf category id of the product."""

    product_id: str | None = Field(default=None, strict=True)
    """An existing product to diagnose (omit it for a product not yet listed)."""

    title: str | None = Field(default=None, strict=True)
    """Product title."""

    description: str | None = Field(default=None, strict=True)
    """Product description in HTML."""

    brand_id: str | None = Field(default=None, strict=True)
    """Brand id."""

    main_images: list[ImageInput] | None = None
    """Gallery images."""

    product_attributes: list[AttributeInput] | None = None
    """Product attributes."""

    size_chart: SizingChartInput | None = None
    """The size chart of a product: either an image or a size chart template."""

    optimization_fields: list[Literal["ALL", "DESCRIPTION", "IMAGE", "NONE", "TITLE"]] | None = None
    """Fields to generate suggestions for."""


class DiagnoseAndOptimizeProductResponse(ResponseModel):
    """The diagnosis."""

    listing_quality: ListingQuality | None = None
    """Listing quality tier of a product (US only)."""

    diagnoses: NullAsEmpty[list[Diagnosis]] = Field(default_factory=list)
    """Diagnosis per field."""


class Diagnosis(ResponseModel):
    """Diagnosis of one product field."""

    field: str | None = None
    """Diagnosed field: `TITLE`, `DESCRIPTION`, `IMAGE`, `ATTRIBUTE`, `SIZE_CHART`, ..."""

    diagnosis_results: NullAsEmpty[list[DiagnosisResult]] = Field(default_factory=list)
    """Issues found."""

    suggestion: DiagnosisSuggestion | None = None
    """Generated suggestions for a product field."""


class DiagnosisResult(ResponseModel):
    """An issue found in a product field."""

    code: str | None = None
    """Issue code, e.g. `TITLE_LESS_THAN_40_CHARACTERS`."""

    how_to_solve: str | None = None
    """How to fix it, in the shop language."""

    quality_tier: str | None = None
    """Tier reached by fixing it: `FAIR`, `GOOD`, ..."""


class DiagnosisSuggestion(ResponseModel):
    """Generated suggestions for a product field."""

    seo_words: NullAsEmpty[list[SeoWord]] = Field(default_factory=list)
    """SEO keywords (for the title)."""

    smart_texts: NullAsEmpty[list[SmartText]] = Field(default_factory=list)
    """Suggested texts (title, description)."""

    images: NullAsEmpty[list[OptimizedImage]] = Field(default_factory=list)
    """Optimized main image (only the first main image is optimized)."""


class DimensionRecommendation(ResponseModel):
    """Recommended dimension ranges."""

    unit: str | None = None
    """Always centimeters."""

    length: PackageRecommendRange | None = None
    """A recommended range."""

    width: PackageRecommendRange | None = None
    """A recommended range."""

    height: PackageRecommendRange | None = None
    """A recommended range."""


class Dimensions(ResponseModel):
    """Package (or SKU) dimensions. Use the same measurement system as the weight."""

    length: str | None = None
    """Length, a positive whole number."""

    width: str | None = None
    """Width, a positive whole number."""

    height: str | None = None
    """Height, a positive whole number."""

    unit: str | None = None
    """Length unit: `CENTIMETER` (all regions) or `INCH` (US)."""


class DimensionsInput(RequestModel):
    """Package (or SKU) dimensions. Use the same measurement system as the weight."""

    length: str = Field(strict=True)
    """Length, a positive whole number."""

    width: str = Field(strict=True)
    """Width, a positive whole number."""

    height: str = Field(strict=True)
    """Height, a positive whole number."""

    unit: str = Field(strict=True)
    """Length unit: `CENTIMETER` (all regions) or `INCH` (US)."""


class DiscountDetail(RequestModel):
    """A discount."""

    discount_level: str | None = Field(default=None, strict=True)
    """Discount level: `REGULAR`, `FIRST_ORDER` or `RETENTION`."""

    discount_value: int | None = Field(default=None, strict=True)
    """Discount percentage, e.g. 10 for 10%."""


class ExpirationDate(ResponseModel):
    """Expiration date rule."""

    is_required: bool | None = None
    """Whether an expiration date must be given."""


class ExternalListPrice(ResponseModel):
    """A list price or original price of the SKU on an external platform (US only)."""

    source: str | None = None
    """Where the price comes from: `SHOPIFY_COMPARE_AT_PRICE`."""

    amount: DecimalAmount | None = None
    """Price amount, 0.01 to 7600."""

    currency: str | None = None
    """Currency of the price: `USD`."""


class ExternalListPriceInput(RequestModel):
    """A list price or original price of the SKU on an external platform (US only)."""

    source: str = Field(strict=True)
    """Where the price comes from: `SHOPIFY_COMPARE_AT_PRICE`."""

    amount: DecimalAmountInput
    """Price amount, 0.01 to 7600."""

    currency: str = Field(strict=True)
    """Currency of the price: `USD`."""


class ExternalRetailPrice(RequestModel):
    """Retail price on the external platform."""

    amount: DecimalAmountInput
    """Retail price amount, 0.01 to 7600."""

    currency: str = Field(strict=True)
    """ISO 4217 currency: `USD`."""


class ExternalTransactionPrice(RequestModel):
    """Highest transaction price on the external platform."""

    amount: DecimalAmountInput
    """Transaction price amount, 0.01 to 7600."""

    currency: str = Field(strict=True)
    """ISO 4217 currency: `USD`."""

    transaction_time: str = Field(strict=True)
    """When that price was recorded (RFC 3339, within the last 90 days)."""

    image: ImageInput | None = None
    """An image hosted by TikTok Shop. Requests need only `uri`; responses add URLs and size."""


class ExtraError(ResponseModel):
    """A secondary error."""

    code: int | None = None
    """Secondary error code."""

    message: str | None = None
    """Secondary error message."""

    warehouse_id: str | None = None
    """Warehouse the secondary error is about."""


class Family(ResponseModel):
    """A live product family: products shown as selectable variations of one another."""

    id: str | None = None
    """Product family id."""

    products: NullAsEmpty[list[FamilyProduct]] = Field(default_factory=list)
    """Products of the family."""


class FamilyProduct(ResponseModel):
    """A member product."""

    id: str | None = None
    """Product id."""


class Fee(ResponseModel):
    """A fee some categories require (e.g. the German deposit `PFAND`)."""

    type_: str | None = Field(default=None, alias="type")
    """Fee type: `PFAND`."""

    amount: DecimalAmount | None = None
    """Fee amount (PFAND: 0.00 to 6300.00)."""

    additional_attribute: str | None = None
    """Extra context of the fee; for PFAND `SINGLE_USE`, `REUSABLE` or `NOT_APPLICABLE`."""


class FeeInput(RequestModel):
    """A fee some categories require (e.g. the German deposit `PFAND`)."""

    type_: str | None = Field(default=None, alias="type", strict=True)
    """Fee type: `PFAND`."""

    amount: DecimalAmountInput | None = None
    """Fee amount (PFAND: 0.00 to 6300.00)."""

    additional_attribute: str | None = Field(default=None, strict=True)
    """Extra context of the fee; for PFAND `SINGLE_USE`, `REUSABLE` or `NOT_APPLICABLE`."""


class FulfillmentType(ResponseModel):
    """How long pre-sale orders take."""

    handling_duration_days: int | None = None
    """Days needed to hand a pre-sale order to the carrier."""

    release_date: int | None = None
    """Day the product becomes a regular product, Unix seconds."""


class FulfillmentTypeInput(RequestModel):
    """How long pre-sale orders take."""

    handling_duration_days: int | None = Field(default=None, strict=True)
    """Days needed to hand a pre-sale order to the carrier."""

    release_date: int | None = Field(default=None, strict=True)
    """Day the product becomes a regular product, Unix seconds."""


class GetBrandsQuery(RequestModel):
    """Path and query parameters of ProductGetBrands."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    category_id: str | None = Field(default=None, strict=True)
    """Only report brand availability for this category (see `brand_status`)."""

    is_authorized: bool | None = Field(default=None, strict=True)
    """true lists only brands the seller is authorized to use; false lists all brands."""

    brand_name: str | None = Field(default=None, strict=True)
    """Filter by brand name (fuzzy match)."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree, required for US, EU and
    SEA shops)."""


class GetBrandsResponse(ResponseModel):
    """One page of brands."""

    brands: NullAsEmpty[list[Brand]] = Field(default_factory=list)
    """The brands matching the filters."""

    total_count: int | None = None
    """Number of brands matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty when there are no more results."""


class GetCategoriesQuery(RequestModel):
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
    """BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's) default
    locale."""

    keyword: str | None = Field(default=None, strict=True)
    """Filter categories by a keyword in their name."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree, required for US, EU and
    SEA shops)."""

    listing_platform: Literal["TIKTOK_SHOP", "TOKOPEDIA"] | None = None
    """Platform whose categories are returned, for sellers migrated from Tokopedia. Default TIKTOK_SHOP."""

    include_prohibited_categories: bool | None = Field(default=None, strict=True)
    """Also return categories that are prohibited on TikTok Shop (BR, MX, EU and SEA markets). Default
    false."""

    is_live_quick: bool | None = Field(default=None, strict=True)
    """true returns the categories for LIVE_QUICK products (needs a special permission). Default false."""


class GetCategoriesResponse(ResponseModel):
    """The shop's categories."""

    categories: NullAsEmpty[list[Category]] = Field(default_factory=list)
    """Categories matching the filters."""


class GetCategoryAttributesQuery(RequestModel):
    """Path and query parameters of ProductGetCategoryAttributes."""

    category_id: str = Field(min_length=1, strict=True)
    """The category id (a leaf category for listing)."""

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
    """BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's) default
    locale."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree, required for US, EU and
    SEA shops)."""

    is_live_quick: bool | None = Field(default=None, strict=True)
    """true returns the attributes for LIVE_QUICK products. Default false."""


class GetCategoryAttributesResponse(ResponseModel):
    """The category's attributes in the shop's market."""

    attributes: NullAsEmpty[list[CategoryAttribute]] = Field(default_factory=list)
    """Built-in product and sales attributes of the category."""


class GetCategoryRulesFee(ResponseModel):
    """A fee rule."""

    type_: str | None = Field(default=None, alias="type")
    """Fee type, e.g. `PFAND` (deposit)."""

    is_required: bool | None = None
    """Whether the fee information is required."""


class GetCategoryRulesQuery(RequestModel):
    """Path and query parameters of ProductGetCategoryRules."""

    category_id: str = Field(min_length=1, strict=True)
    """The category id (a leaf category for listing)."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree, required for US, EU and
    SEA shops)."""

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
    """BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's) default
    locale."""


class GetCategoryRulesResponse(ResponseModel):
    """The category's listing rules in the shop's market."""

    product_certifications: NullAsEmpty[list[CategoryCertificationRule]] = Field(default_factory=list)
    """Certifications the category may require; empty when none."""

    size_chart: CategorySizeChartRule | None = None
    """Size chart rule of a category."""

    cod: Cod | None = None
    """Cash on delivery rule."""

    package_dimension: CategoryRequiredFlag | None = None
    """Whether a piece of product information is required."""

    epr: CategoryRequiredFlag | None = None
    """Whether a piece of product information is required."""

    responsible_person: CategoryRequiredFlag | None = None
    """Whether a piece of product information is required."""

    manufacturer: CategoryRequiredFlag | None = None
    """Whether a piece of product information is required."""

    allowed_special_product_types: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Special product types the shop may list here: `PRE_ORDER`, `MADE_TO_ORDER`, `CUSTOM`. Absent without
    the permission."""

    fees: NullAsEmpty[list[GetCategoryRulesFee]] = Field(default_factory=list)
    """Fee rules."""

    seller_sku: SellerSku | None = None
    """Seller SKU rule."""


class GetGlobalCategoriesQuery(RequestModel):
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
    """BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's) default
    locale."""

    keyword: str | None = Field(default=None, strict=True)
    """Filter categories by a keyword in their name."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree, required for US, EU and
    SEA shops)."""


class GetGlobalCategoriesResponse(ResponseModel):
    """The global categories."""

    categories: NullAsEmpty[list[Category]] = Field(default_factory=list)
    """Categories matching the filters."""


class GetGlobalCategoryAttributesQuery(RequestModel):
    """Path and query parameters of ProductGetGlobalCategoryAttributes."""

    category_id: str = Field(min_length=1, strict=True)
    """The category id (a leaf category for listing)."""

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
    """BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's) default
    locale."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree, required for US, EU and
    SEA shops)."""


class GetGlobalCategoryAttributesResponse(ResponseModel):
    """The category's global attributes."""

    attributes: NullAsEmpty[list[CategoryGlobalAttribute]] = Field(default_factory=list)
    """Built-in product and sales attributes of the category."""


class GetGlobalCategoryRulesQuery(RequestModel):
    """Path and query parameters of ProductGetGlobalCategoryRules."""

    category_id: str = Field(min_length=1, strict=True)
    """The category id (a leaf category for listing)."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree, required for US, EU and
    SEA shops)."""

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
    """BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's) default
    locale."""


class GetGlobalCategoryRulesResponse(ResponseModel):
    """The category's global listing rules."""

    product_certifications: NullAsEmpty[list[CategoryGlobalCertificationRule]] = Field(default_factory=list)
    """Certifications the category may require; empty when none."""

    size_chart: CategorySizeChartRule | None = None
    """Size chart rule of a category."""

    responsible_person: CategoryRegionalRequirement | None = None
    """Which EU markets require a piece of compliance information."""

    manufacturer: CategoryRegionalRequirement | None = None
    """Which EU markets require a piece of compliance information."""


class GetGlobalListingRulesResponse(ResponseModel):
    """The shop's global listing rules."""

    listing_methods: NullAsEmpty[list[str]] = Field(default_factory=list)
    """`GLOBAL_PUBLISHING` (create a global product, then publish it) and/or `LOCAL_REPLICATION` (replicate
    a local product to other markets)."""

    inventory_rules: NullAsEmpty[list[InventoryRule]] = Field(default_factory=list)
    """Inventory allocation rule of each warehouse linked to the shop."""


class GetGlobalProductBrand(ResponseModel):
    """The product's brand."""

    id: str | None = None
    """Brand id."""


class GetGlobalProductCategory(ResponseModel):
    """The product's category."""

    id: str | None = None
    """Category id."""


class GetGlobalProductDetailBrand(ResponseModel):
    """The product's brand."""

    id: str | None = None
    """Brand id."""


class GetGlobalProductDetailCategory(ResponseModel):
    """The product's category."""

    id: str | None = None
    """Category id."""


class GetGlobalProductDetailResponse(ResponseModel):
    """A global product."""

    id: str | None = None
    """Global product id."""

    title: str | None = None
    """Product title."""

    description: str | None = None
    """Product description in HTML."""

    main_images: NullAsEmpty[list[GlobalImage]] = Field(default_factory=list)
    """Gallery images, in display order."""

    video: GlobalVideo | None = None
    """The product video."""

    package_dimensions: GlobalPackageDimensions | None = None
    """Package dimensions."""

    package_weight: GlobalPackageWeight | None = None
    """Package weight."""

    certifications: NullAsEmpty[list[GlobalCertification]] = Field(default_factory=list)
    """The product's certifications."""

    skus: NullAsEmpty[list[GlobalSku]] = Field(default_factory=list)
    """The global SKUs (variants)."""

    product_attributes: NullAsEmpty[list[GlobalProductAttribute]] = Field(default_factory=list)
    """Attributes describing the product as a whole."""

    size_chart: GlobalSizeChart | None = None
    """The size chart, as an image or a template."""

    products: NullAsEmpty[list[GlobalLocalProduct]] = Field(default_factory=list)
    """Local products linked to the global product, by publishing or manual binding."""

    global_seller_id: str | None = None
    """Id of the cross-border seller."""

    brand: GetGlobalProductDetailBrand | None = None
    """The product's brand."""

    category: GetGlobalProductDetailCategory | None = None
    """The product's category."""

    manufacturer: GlobalManufacturerInfo | None = None
    """Manufacturer contact details."""

    manufacturer_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Ids of the EU manufacturers linked to the product."""

    responsible_person_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Ids of the EU responsible persons linked to the product."""

    source_locale: str | None = None
    """BCP-47 locale the product content was written in, e.g. `en-US`."""

    external_global_product_id: str | None = None
    """The product's id on an external e-commerce platform."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    update_time: int | None = None
    """Last update time, Unix seconds."""


class GetGlobalProductQuery(RequestModel):
    """Path and query parameters of ProductGetGlobalProduct."""

    global_product_id: str = Field(min_length=1, strict=True)
    """The global product id."""


class GetGlobalProductResponse(ResponseModel):
    """A global product."""

    id: str | None = None
    """Global product id."""

    title: str | None = None
    """Product title."""

    description: str | None = None
    """Product description in HTML."""

    main_images: NullAsEmpty[list[GlobalImage]] = Field(default_factory=list)
    """Gallery images, in display order."""

    video: GlobalVideo | None = None
    """The product video."""

    package_dimensions: GlobalPackageDimensions | None = None
    """Package dimensions."""

    package_weight: GlobalPackageWeight | None = None
    """Package weight."""

    certifications: NullAsEmpty[list[GlobalCertification]] = Field(default_factory=list)
    """The product's certifications."""

    skus: NullAsEmpty[list[GlobalSku]] = Field(default_factory=list)
    """The global SKUs (variants)."""

    product_attributes: NullAsEmpty[list[GlobalProductAttribute]] = Field(default_factory=list)
    """Attributes describing the product as a whole."""

    size_chart: GlobalSizeChart | None = None
    """The size chart, as an image or a template."""

    products: NullAsEmpty[list[GlobalLocalProduct]] = Field(default_factory=list)
    """Local products linked to the global product, by publishing or manual binding."""

    global_seller_id: str | None = None
    """Id of the cross-border seller."""

    brand: GetGlobalProductBrand | None = None
    """The product's brand."""

    category: GetGlobalProductCategory | None = None
    """The product's category."""

    manufacturer: GlobalManufacturerInfo | None = None
    """Manufacturer contact details."""

    manufacturer_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Ids of the EU manufacturers linked to the product."""

    responsible_person_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Ids of the EU responsible persons linked to the product."""

    source_locale: str | None = None
    """BCP-47 locale the product content was written in, e.g. `en-US`."""

    external_global_product_id: str | None = None
    """The product's id on an external e-commerce platform."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    update_time: int | None = None
    """Last update time, Unix seconds."""


class GetGlobalReplicatedProductsQuery(RequestModel):
    """Path and query parameters of ProductGetGlobalReplicatedProducts."""

    product_id: str = Field(min_length=1, strict=True)
    """Product id."""


class GetGlobalReplicatedProductsReplicatedProduct(ResponseModel):
    """A replica."""

    region: str | None = None
    """Market of the replica, e.g. `DE`."""

    shop_id: str | None = None
    """Shop holding the replica."""

    product_id: str | None = None
    """Product id of the replica."""

    product_status: str | None = None
    """Status of the replica, e.g. `ACTIVATE`."""


class GetGlobalReplicatedProductsResponse(ResponseModel):
    """The replicas."""

    replicated_products: NullAsEmpty[list[GetGlobalReplicatedProductsReplicatedProduct]] = Field(default_factory=list)
    """Replicas in other markets (empty when none)."""


class GetImageTranslationTasksQuery(RequestModel):
    """Path and query parameters of ProductGetImageTranslationTasks."""

    translation_task_ids: list[StrictStr] | None = None
    """Ids of the tasks to read."""


class GetImageTranslationTasksResponse(ResponseModel):
    """The tasks."""

    translation_tasks: NullAsEmpty[list[GetImageTranslationTasksTranslationTask]] = Field(default_factory=list)
    """The requested tasks."""


class GetImageTranslationTasksTranslationTask(ResponseModel):
    """A translation task and its result."""

    id: str | None = None
    """Task id."""

    target_language: str | None = None
    """Language of the translation."""

    status: str | None = None
    """`PROCESSING`, `COMPLETED` or `FAILED`."""

    fail_reason: str | None = None
    """Why the translation failed."""

    original_image: OriginalImage | None = None
    """The image to translate."""

    translated_image: TranslatedImage | None = None
    """The translated image, once completed."""


class GetInventoriesRequest(RequestModel):
    """Products or SKUs to report; give one of the lists."""

    product_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """Products whose SKUs to report, at most 100."""

    sku_ids: list[StrictStr] | None = Field(default=None, max_length=600)
    """SKUs to report, at most 600; takes precedence over `product_ids`."""


class GetInventoriesResponse(ResponseModel):
    """Stock per product and SKU."""

    inventory: NullAsEmpty[list[Inventory]] = Field(default_factory=list)
    """Stock of the requested products."""


class GetListingSchemas202401Response(ResponseModel):
    """Listing schemas of the requested categories."""

    listing_schemas: NullAsEmpty[list[ListingSchema202401]] = Field(default_factory=list)
    """One schema per valid category."""

    errors: NullAsEmpty[list[ListingSchemaError]] = Field(default_factory=list)
    """Categories whose schema could not be returned."""


class GetListingSchemasQuery(RequestModel):
    """Path and query parameters of ProductGetListingSchemas202401."""

    category_ids: list[StrictInt] = Field(min_length=1)
    """Leaf category ids whose listing schema is wanted (sent comma-separated)."""

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
    """BCP-47 locale of the returned names, e.g. `en-US`. Default is the shop's (or seller's) default
    locale."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3-level tree, default) or `v2` (7-level tree, required for US, EU and
    SEA shops)."""


class GetListingSchemasResponse(ResponseModel):
    """Listing schemas of the requested categories."""

    listing_schemas: NullAsEmpty[list[ListingSchema]] = Field(default_factory=list)
    """One schema per valid category."""

    errors: NullAsEmpty[list[ListingSchemaError]] = Field(default_factory=list)
    """Categories whose schema could not be returned."""


class GetOpportunityQuery(RequestModel):
    """Path and query parameters of ProductGetOpportunityDetail."""

    opportunity_id: str = Field(min_length=1, strict=True)
    """The opportunity id."""

    locale: str | None = Field(default=None, strict=True)
    """BCP-47 language of the returned texts, e.g. `en-US`."""


class GetOpportunityResponse(ResponseModel):
    """The opportunity."""

    opportunity: OpportunityDetail | None = None
    """The full record of an opportunity lead."""


class GetOpportunitySubmissionsData(ResponseModel):
    """One page of submissions."""

    submissions: NullAsEmpty[list[OpportunitySubmission]] = Field(default_factory=list)
    """Submission records."""

    total_count: int | None = None
    """Approximate number of matching submissions."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class GetOpportunitySubmissionsQuery(RequestModel):
    """Path and query parameters of ProductGetSubmissionRecords."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    status: str | None = Field(default=None, strict=True)
    """Only submissions in this status: `PENDING_REVIEW`, `APPROVED` or `REJECTED`."""

    opportunity_id: str | None = Field(default=None, strict=True)
    """Only submissions to this opportunity."""

    product_id: str | None = Field(default=None, strict=True)
    """Only submissions of this product."""

    submit_time_ge: int | None = Field(default=None, strict=True)
    """Only submissions made at or after this time, Unix seconds."""

    submit_time_lt: int | None = Field(default=None, strict=True)
    """Only submissions made before this time, Unix seconds."""


class GetOpportunitySubmissionsResponse(ResponseModel):
    """The result, wrapped in a nested `data` object."""

    data: GetOpportunitySubmissionsData | None = None
    """One page of submissions."""


class GetProductDetailBrand(ResponseModel):
    """Brand of the product."""

    id: str | None = None
    """Brand id."""

    name: str | None = None
    """Brand name."""


class GetProductDetailQuery(RequestModel):
    """Path and query parameters of ProductGetProductDetail."""

    product_id: str = Field(min_length=1, strict=True)
    """Product id."""

    return_under_review_version: bool | None = Field(default=None, strict=True)
    """Return the edited version under audit instead of the live one, when there is one."""

    return_draft_version: bool | None = Field(default=None, strict=True)
    """Return the unpublished draft instead of the live version, when there is one."""

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
    """Locale (BCP-47) of the category information; defaults to the shop locale."""


class GetProductDetailResponse(ResponseModel):
    """A product with all its properties."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product title."""

    description: str | None = None
    """Product description in HTML."""

    status: str | None = None
    """Product status, combining product and audit status: `DRAFT`, `PENDING`, `FAILED`, `ACTIVATE`,
    `SELLER_DEACTIVATED`, `PLATFORM_DEACTIVATED`, `FREEZE`, `DELETED`."""

    product_status: str | None = None
    """Product status regardless of audit, e.g. `INITIAL`, `DRAFT`, `ACTIVATE`, `DELETED`."""

    audit: Audit | None = None
    """Audit state of a product."""

    audit_failed_reasons: NullAsEmpty[list[AuditFailedReason]] = Field(default_factory=list)
    """Why the product failed the audit."""

    brand: GetProductDetailBrand | None = None
    """Brand of the product."""

    category_chains: NullAsEmpty[list[AssignedCategory]] = Field(default_factory=list)
    """Category chain from the root to the leaf category."""

    recommended_categories: NullAsEmpty[list[RecommendedCategory]] = Field(default_factory=list)
    """Categories recommended from the content."""

    main_images: NullAsEmpty[list[Image]] = Field(default_factory=list)
    """Gallery images."""

    video: Video | None = None
    """A product video. Requests need only `id`; responses add its URLs and properties."""

    skus: NullAsEmpty[list[Sku]] = Field(default_factory=list)
    """SKUs of the product."""

    product_attributes: NullAsEmpty[list[Attribute]] = Field(default_factory=list)
    """Product attributes."""

    certifications: NullAsEmpty[list[Certification]] = Field(default_factory=list)
    """Certifications."""

    size_chart: SizingChart | None = None
    """The size chart of a product: either an image or a size chart template."""

    package_dimensions: Dimensions | None = None
    """Package (or SKU) dimensions. Use the same measurement system as the weight."""

    package_weight: Weight | None = None
    """Package (or SKU) weight. Use the same measurement system as the dimensions."""

    delivery_options: NullAsEmpty[list[DeliveryOption]] = Field(default_factory=list)
    """Delivery options overriding the warehouse defaults."""

    external_product_id: str | None = None
    """Id of the product on an external platform."""

    is_cod_allowed: bool | None = None
    """Whether cash on delivery is offered."""

    is_not_for_sale: bool | None = None
    """Whether the product is only a gift-with-purchase item."""

    is_pre_owned: bool | None = None
    """Whether the product is pre-owned (Tokopedia)."""

    is_replicated: bool | None = None
    """Whether the product has replicas in other markets."""

    has_draft: bool | None = None
    """Whether the product has an unpublished draft."""

    manufacturer: Manufacturer | None = None
    """Manufacturer contact details (older, free-text form; newer versions use manufacturer ids)."""

    manufacturer_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Manufacturer ids (EU)."""

    responsible_person_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """EU responsible person ids."""

    minimum_order_quantity: int | None = None
    """Minimum quantity per order."""

    primary_combined_product_id: str | None = None
    """Primary product of the virtual bundle, when the product is one."""

    product_types: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Types of the product, e.g. `COMBINED_PRODUCT` (a virtual bundle) or `IN_COMBINED_PRODUCT` (part of
    one). A list per TikTok's SDK and docs; TikTok's documented example shows a single string."""

    product_tags: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Special product tags, e.g. `AUCTION`."""

    listing_quality_tier: str | None = None
    """Listing quality tier: `POOR`, `FAIR`, `GOOD` or `EXCELLENT` (US only)."""

    integrated_platform_statuses: NullAsEmpty[list[IntegratedPlatformStatus]] = Field(default_factory=list)
    """Status on integrated platforms (Tokopedia)."""

    global_product_association: GlobalProductAssociation | None = None
    """Link to the global product this product was published from."""

    product_families: NullAsEmpty[list[Family]] = Field(default_factory=list)
    """Live product families of the product."""

    pod_info: PodInfo | None = None
    """Print-on-demand (POD) customization of a product."""

    prescription_requirement: PrescriptionRequirement | None = None
    """Prescription needs of a pharmacy product."""

    subscribe_info: SubscribeInfo | None = None
    """Subscribe and Save state of a product."""

    scheduled_sale: ScheduledSale | None = None
    """Scheduled listing of a product."""

    search_terms: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Search terms, not shown to buyers."""

    key_product_features: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Key features shown as product highlights."""

    shipping_insurance_requirement: str | None = None
    """Shipping insurance for buyers: `REQUIRED`, `OPTIONAL` or `NOT_SUPPORTED`."""

    shipping_template_id: str | None = None
    """Shipping template bound to the product."""

    selling_format: str | None = None
    """Sale format: `FIXED_PRICE`, `LIVE_AUCTION` or `FIXED_PRICE_AND_LIVE_AUCTION`."""

    is_blind_box: bool | None = None
    """Whether the product is a blind box or lucky bag."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    update_time: int | None = None
    """Last update time, Unix seconds."""


class GetProductDiagnosesProduct(ResponseModel):
    """The diagnosis of one product."""

    id: str | None = None
    """Product id."""

    listing_quality: ListingQuality | None = None
    """Listing quality tier of a product (US only)."""

    diagnoses: NullAsEmpty[list[Diagnosis]] = Field(default_factory=list)
    """Diagnosis per field."""


class GetProductDiagnosesQuery(RequestModel):
    """Path and query parameters of ProductGetProductDiagnoses."""

    product_ids: list[StrictStr] = Field(min_length=1)
    """Ids of live products to examine."""


class GetProductDiagnosesResponse(ResponseModel):
    """Diagnoses per product."""

    products: NullAsEmpty[list[GetProductDiagnosesProduct]] = Field(default_factory=list)
    """One entry per product."""


class GetProductPackageRecommendationsQuery(RequestModel):
    """Path and query parameters of ProductGetProductPackageRecommendations."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class GetProductPackageRecommendationsRequest(RequestModel):
    """The products to check."""

    product_ids: list[StrictStr] | None = None
    """Product ids."""


class GetProductPackageRecommendationsResponse(ResponseModel):
    """One page of package recommendations."""

    products: NullAsEmpty[list[PackageRecommendation]] = Field(default_factory=list)
    """Recommendations per product."""

    total_count: int | None = None
    """Number of matching products."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class GetProductSeoWordsProduct(ResponseModel):
    """Suggestions for one product."""

    id: str | None = None
    """Product id."""

    seo_words: NullAsEmpty[list[SeoWord]] = Field(default_factory=list)
    """Suggested keywords."""


class GetProductSeoWordsQuery(RequestModel):
    """Path and query parameters of ProductGetProductSEOWords."""

    product_ids: list[StrictStr] = Field(min_length=1)
    """Ids of live products to examine."""


class GetProductSeoWordsResponse(ResponseModel):
    """Keywords per product."""

    products: NullAsEmpty[list[GetProductSeoWordsProduct]] = Field(default_factory=list)
    """Products with suggestions (others are left out)."""


class GetProductSkppDetailQuery(RequestModel):
    """Path and query parameters of ProductGetProductSKPPDetail."""

    product_id: str = Field(min_length=1, strict=True)
    """The product id."""

    locale: str | None = Field(default=None, strict=True)
    """Language of the returned names, e.g. `en`, `en-GB`, `pt-BR`."""


class GetProductSkppDetailResponse(ResponseModel):
    """A product's SKPP detail."""

    product_id: str | None = None
    """Product id."""

    skpp_status: str | None = None
    """`QUALIFIED`, `NOT_QUALIFIED` or `NOT_ELIGIBLE`."""

    affiliate_program_status: str | None = None
    """Affiliate program enrolment: `ACTIVE` or `INACTIVE`."""

    total_score: int | None = None
    """Current SKPP score."""

    target_score: int | None = None
    """Score needed to qualify."""

    rewards: NullAsEmpty[list[SkppReward]] = Field(default_factory=list)
    """The product's rewards."""

    task_details: NullAsEmpty[list[TaskDetail]] = Field(default_factory=list)
    """Score breakdown per task, with suggested actions."""

    update_time: int | None = None
    """Date of the data snapshot the scores come from (23:59:59 UTC of that day), Unix seconds."""


class GetProductSuggestionsProduct(ResponseModel):
    """Suggestions for one product."""

    id: str | None = None
    """Product id."""

    suggestions: NullAsEmpty[list[Suggestion]] = Field(default_factory=list)
    """Suggestions per field."""


class GetProductSuggestionsQuery(RequestModel):
    """Path and query parameters of ProductGetProductSuggestions."""

    product_ids: list[StrictStr] = Field(min_length=1)
    """Ids of live products to examine."""


class GetProductSuggestionsResponse(ResponseModel):
    """Suggestions per product."""

    products: NullAsEmpty[list[GetProductSuggestionsProduct]] = Field(default_factory=list)
    """Products with suggestions (a product may be missing)."""


class GetShopSkppSummaryResponse(ResponseModel):
    """The shop's SKPP summary."""

    shop_summary: ShopSummary | None = None
    """Shop-level SKPP figures."""


class GlobalCertification(ResponseModel):
    """A certification of the product."""

    id: str | None = None
    """Certification type id."""

    title: str | None = None
    """Certification type name."""

    images: NullAsEmpty[list[GlobalImage]] = Field(default_factory=list)
    """Certificate images."""

    files: NullAsEmpty[list[GlobalCertificationFile]] = Field(default_factory=list)
    """Certificate files."""


class GlobalCertificationFile(ResponseModel):
    """A certificate file."""

    id: str | None = None
    """File id."""

    name: str | None = None
    """File name."""

    format_: str | None = Field(default=None, alias="format")
    """File format, e.g. `PDF`."""

    urls: NullAsEmpty[list[str]] = Field(default_factory=list)
    """URLs to view the file."""


class GlobalCertificationInput(RequestModel):
    """A certification of the product."""

    id: str = Field(strict=True)
    """Certification type id, from the global category rules."""

    images: list[GlobalImageInput] | None = None
    """Certificate images (uploaded with use case CERTIFICATION_IMAGE)."""

    files: list[GlobalCertificationInputFile] | None = None
    """Certificate files."""


class GlobalCertificationInputFile(RequestModel):
    """An uploaded certificate file."""

    id: str = Field(strict=True)
    """File id, from the product file upload."""

    name: str = Field(strict=True)
    """File name with extension."""

    format_: str = Field(alias="format", strict=True)
    """File format; only `PDF`."""


class GlobalIdentifierCode(ResponseModel):
    """A product identifier code of the SKU."""

    code: str | None = None
    """The code: GTIN 14 digits, EAN 8/13/14, UPC 12, ISBN 13 (or 9 and a final X), JAN 8 or 13. Unique per
    SKU."""

    type_: OpenEnum[Literal["EAN", "GTIN", "ISBN", "JAN", "UPC"]] | None = Field(default=None, alias="type")
    """Code type."""


class GlobalIdentifierCodeInput(RequestModel):
    """A product identifier code of the SKU."""

    code: str | None = Field(default=None, strict=True)
    """The code: GTIN 14 digits, EAN 8/13/14, UPC 12, ISBN 13 (or 9 and a final X), JAN 8 or 13. Unique per
    SKU."""

    type_: Literal["EAN", "GTIN", "ISBN", "JAN", "UPC"] | None = Field(default=None, alias="type")
    """Code type."""


class GlobalImage(ResponseModel):
    """An image of the product."""

    uri: str | None = None
    """Image URI."""

    height: int | None = None
    """Height in px."""

    width: int | None = None
    """Width in px."""

    urls: NullAsEmpty[list[str]] = Field(default_factory=list)
    """URLs to view the image."""

    thumb_urls: NullAsEmpty[list[str]] = Field(default_factory=list)
    """URLs of thumbnails."""


class GlobalImageInput(RequestModel):
    """An image uploaded with the product image upload operation."""

    uri: str = Field(strict=True)
    """URI of the uploaded image."""


class GlobalListingPolicy(ResponseModel):
    """How this SKU follows its replication source (responses only)."""

    inventory_type: str | None = None
    """Inventory sharing with the source: `SHARED` or `EXCLUSIVE`."""

    price_sync: bool | None = None
    """Whether the price is synchronized with the source."""

    replicate_source: ReplicateSource | None = None
    """The SKU this one was replicated from."""


class GlobalListingPolicyInput(RequestModel):
    """How this SKU follows its replication source (responses only)."""

    inventory_type: str | None = Field(default=None, strict=True)
    """Inventory sharing with the source: `SHARED` or `EXCLUSIVE`."""

    price_sync: bool | None = Field(default=None, strict=True)
    """Whether the price is synchronized with the source."""

    replicate_source: ReplicateSourceInput | None = None
    """The SKU this one was replicated from."""


class GlobalLocalProduct(ResponseModel):
    """A local product linked to the global product."""

    id: str | None = None
    """Local product id."""

    region: str | None = None
    """Market of the local product, e.g. `GB`."""

    sku_mappings: NullAsEmpty[list[SkuMapping]] = Field(default_factory=list)
    """How global SKUs map to local SKUs."""


class GlobalManufacturerInfo(ResponseModel):
    """Manufacturer contact details."""

    name: str | None = None
    """Manufacturer name."""

    address: str | None = None
    """Manufacturer address."""

    phone_number: str | None = None
    """Phone number starting with `+` and the country code, separated from the local number by a space or
    hyphen."""

    email: str | None = None
    """Email address."""


class GlobalManufacturerInfoInput(RequestModel):
    """Manufacturer contact details."""

    name: str | None = Field(default=None, strict=True)
    """Manufacturer name."""

    address: str | None = Field(default=None, strict=True)
    """Manufacturer address."""

    phone_number: str | None = Field(default=None, strict=True)
    """Phone number starting with `+` and the country code, separated from the local number by a space or
    hyphen."""

    email: str | None = Field(default=None, strict=True)
    """Email address."""


class GlobalPackageDimensions(ResponseModel):
    """Package dimensions."""

    length: str | None = None
    """Length."""

    width: str | None = None
    """Width."""

    height: str | None = None
    """Height."""

    unit: str | None = None
    """`CENTIMETER` or `INCH`."""


class GlobalPackageDimensionsInput(RequestModel):
    """Package dimensions; use the same measurement system as the weight."""

    length: str = Field(strict=True)
    """Length, a positive whole number."""

    width: str = Field(strict=True)
    """Width, a positive whole number."""

    height: str = Field(strict=True)
    """Height, a positive whole number."""

    unit: Literal["CENTIMETER", "INCH"]
    """`CENTIMETER`, or `INCH` (US only)."""


class GlobalPackageWeight(ResponseModel):
    """Package weight."""

    value: str | None = None
    """Weight."""

    unit: str | None = None
    """`KILOGRAM`, `POUND` or `GRAM`."""


class GlobalPackageWeightInput(RequestModel):
    """Package weight; use the same measurement system as the dimensions."""

    value: str = Field(strict=True)
    """Positive weight; integer for GRAM, up to 3 decimals for KILOGRAM, 2 for POUND."""

    unit: Literal["GRAM", "KILOGRAM", "POUND"]
    """`KILOGRAM`; also `POUND` (US) or `GRAM` (BR, JP, MX)."""


class GlobalProductAssociation(ResponseModel):
    """Link to the global product this product was published from."""

    global_product_id: str | None = None
    """Global product id."""

    sku_mappings: NullAsEmpty[list[SkuMapping]] = Field(default_factory=list)
    """Global to local SKU mappings."""


class GlobalProductAttribute(ResponseModel):
    """A product attribute and its values."""

    id: str | None = None
    """Attribute id."""

    name: str | None = None
    """Attribute name."""

    values: NullAsEmpty[list[CategoryAttributeValue]] = Field(default_factory=list)
    """The attribute's values."""


class GlobalProductAttributeInput(RequestModel):
    """A product attribute and its values."""

    id: str = Field(strict=True)
    """Attribute id, from the global category attributes."""

    values: list[GlobalProductAttributeInputValue]
    """Values; give a built-in value id or a custom name (the id wins when both are given)."""


class GlobalProductAttributeInputValue(RequestModel):
    """One value."""

    id: str | None = Field(default=None, strict=True)
    """Built-in value id."""

    name: str | None = Field(default=None, strict=True)
    """Custom value, at most 2000 characters, unique within the attribute."""


class GlobalProductSummary(ResponseModel):
    """Key fields of a global product."""

    id: str | None = None
    """Global product id."""

    title: str | None = None
    """Product title."""

    status: str | None = None
    """`PUBLISHED`, `UNPUBLISHED`, `DRAFT` or `DELETED`."""

    skus: NullAsEmpty[list[GlobalProductSummarySku]] = Field(default_factory=list)
    """The global SKUs."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    update_time: int | None = None
    """Last update time, Unix seconds."""


class GlobalProductSummarySku(ResponseModel):
    """A global SKU."""

    id: str | None = None
    """Global SKU id."""

    seller_sku: str | None = None
    """Seller's internal SKU code."""


class GlobalPublishResult(ResponseModel):
    """Outcome of publishing or syncing the product in one market."""

    region: str | None = None
    """Market code, e.g. `MY`."""

    status: str | None = None
    """`SUCCESS` (submitted for review), `DRAFT` (the local product stays a draft) or `FAILED`."""

    fail_reasons: NullAsEmpty[list[GlobalPublishResultFailReason]] = Field(default_factory=list)
    """Errors met."""


class GlobalPublishResultFailReason(ResponseModel):
    """An error."""

    message: str | None = None
    """Error message."""


class GlobalSalePriceInput(RequestModel):
    """The local display price of the SKU in one market."""

    region: str = Field(strict=True)
    """Market code, e.g. `US`, `JP`, `DE`."""

    amount: DecimalAmountInput
    """Price in the market's currency, before discounts."""


class GlobalSalesAttributeInput(RequestModel):
    """A sales attribute value defining the variant; give built-in ids or custom names."""

    id: str | None = Field(default=None, strict=True)
    """Built-in sales attribute id."""

    name: str | None = Field(default=None, strict=True)
    """Custom sales attribute name, at most 20 characters."""

    value_id: str | None = Field(default=None, strict=True)
    """Built-in value id."""

    value_name: str | None = Field(default=None, strict=True)
    """Custom value, at most 50 letters and digits, unique within the attribute."""

    sku_img: GlobalImageInput | None = None
    """An image uploaded with the product image upload operation."""


class GlobalSizeChart(ResponseModel):
    """The size chart, as an image or a template."""

    image: GlobalImage | None = None
    """An image of the product."""

    template: GlobalSizeChartTemplate | None = None
    """The size chart template."""


class GlobalSizeChartInput(RequestModel):
    """The size chart, as an image or a template."""

    image: GlobalImageInput | None = None
    """An image uploaded with the product image upload operation."""

    template: GlobalSizeChartInputTemplate | None = None
    """A size chart template."""


class GlobalSizeChartInputTemplate(RequestModel):
    """A size chart template."""

    id: str = Field(strict=True)
    """Size chart template id."""


class GlobalSizeChartTemplate(ResponseModel):
    """The size chart template."""

    id: str | None = None
    """Size chart template id."""


class GlobalSku(ResponseModel):
    """A global SKU (variant)."""

    id: str | None = None
    """Global SKU id."""

    seller_sku: str | None = None
    """Seller's internal SKU code."""

    price: GlobalSkuPrice | None = None
    """The global SKU price."""

    global_quantity: int | None = None
    """Total stock across all shops."""

    inventory: NullAsEmpty[list[GlobalSkuInventory]] = Field(default_factory=list)
    """Stock per global warehouse."""

    sales_attributes: NullAsEmpty[list[GlobalSkuSalesAttribute]] = Field(default_factory=list)
    """Sales attributes of the variant."""

    identifier_code: GlobalIdentifierCode | None = None
    """A product identifier code of the SKU."""

    sku_unit_count: str | None = None
    """Quantity or volume the SKU holds (EU only)."""

    extra_identifier_codes: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Identifier codes of the items of a virtual bundle (EU only)."""

    external_global_sku_id: str | None = None
    """The SKU's id on an external e-commerce platform."""


class GlobalSkuInput(RequestModel):
    """A global SKU (variant) to create or keep."""

    price: GlobalSkuPriceInput
    """The global SKU price."""

    id: str | None = Field(default=None, strict=True)
    """Edit only: id of an existing SKU to keep; existing SKUs left out are deleted, SKUs without id are
    created."""

    seller_sku: str | None = Field(default=None, strict=True)
    """Seller's internal SKU code, 1-50 characters without spaces."""

    global_quantity: int | None = Field(default=None, strict=True)
    """Total stock across all shops; split between shops at first publication and not editable afterwards."""

    inventory: list[GlobalWarehouseInventoryInput] | None = Field(default=None, max_length=50)
    """Stock per global warehouse (required with multi-warehouse), at most 50; overrides `global_quantity`."""

    sales_attributes: list[GlobalSalesAttributeInput] | None = None
    """Sales attributes of the variant, up to 3 types, the same types on every SKU; optional with a single
    SKU."""

    identifier_code: GlobalIdentifierCodeInput | None = None
    """A product identifier code of the SKU."""

    sku_unit_count: str | None = Field(default=None, strict=True)
    """Quantity or volume the SKU holds, 0.01 to 99,999.9999, for the unit price (EU only)."""

    extra_identifier_codes: list[StrictStr] | None = Field(default=None, max_length=10)
    """Up to 10 identifier codes of the items of a virtual bundle (EU only)."""

    external_global_sku_id: str | None = Field(default=None, strict=True)
    """The SKU's id on an external e-commerce platform, at most 999 characters."""

    sale_prices: list[GlobalSalePriceInput] | None = None
    """Edit only: local display prices per market (required for JP and US shops shipping from China
    warehouses)."""


class GlobalSkuInventory(ResponseModel):
    """Stock in one warehouse."""

    global_warehouse_id: str | None = None
    """Global warehouse id."""

    quantity: int | None = None
    """Units available."""


class GlobalSkuPartialInput(RequestModel):
    """A global SKU to edit (with id) or create (without id)."""

    id: str | None = Field(default=None, strict=True)
    """Id of an existing SKU; existing SKUs left out of the list are deleted, SKUs without id are created."""

    seller_sku: str | None = Field(default=None, strict=True)
    """Seller's internal SKU code, 1-50 characters without spaces."""

    price: GlobalSkuPriceInput | None = None
    """The global SKU price."""

    global_quantity: int | None = Field(default=None, strict=True)
    """Total stock across all shops; not editable after the first publication."""

    inventory: list[GlobalWarehouseInventoryInput] | None = Field(default=None, max_length=50)
    """Stock per global warehouse, at most 50; overrides `global_quantity`."""

    sales_attributes: list[GlobalSalesAttributeInput] | None = None
    """Sales attributes of the variant; at least one must remain."""

    identifier_code: GlobalIdentifierCodeInput | None = None
    """A product identifier code of the SKU."""

    sku_unit_count: str | None = Field(default=None, strict=True)
    """Quantity or volume the SKU holds, for the unit price (EU only)."""

    extra_identifier_codes: list[StrictStr] | None = Field(default=None, max_length=10)
    """Up to 10 identifier codes of the items of a virtual bundle (EU only)."""

    external_global_sku_id: str | None = Field(default=None, strict=True)
    """The SKU's id on an external e-commerce platform."""

    sale_prices: list[GlobalSalePriceInput] | None = None
    """Local display prices per market (required for JP and US shops shipping from China warehouses)."""


class GlobalSkuPrice(ResponseModel):
    """The global SKU price."""

    amount: DecimalAmount | None = None
    """Price amount."""

    currency: str | None = None
    """`USD` or `EUR`."""

    unit_price: DecimalAmount | None = None
    """Price per base unit (EU only, when the unit count attributes are set)."""


class GlobalSkuPriceInput(RequestModel):
    """The global SKU price."""

    amount: DecimalAmountInput
    """Price amount, at most 99,999,999.99."""

    currency: Literal["EUR", "USD"]
    """`USD` (global sellers) or `EUR` (intra-EU sellers)."""


class GlobalSkuRef(ResponseModel):
    """Ids assigned to a global SKU."""

    id: str | None = None
    """Global SKU id."""

    seller_sku: str | None = None
    """Seller's internal SKU code."""

    sales_attributes: NullAsEmpty[list[GlobalSkuRefSalesAttribute]] = Field(default_factory=list)
    """The SKU's sales attributes, with ids generated for custom names."""

    external_global_sku_id: str | None = None
    """The SKU's id on an external e-commerce platform."""


class GlobalSkuRefSalesAttribute(ResponseModel):
    """A sales attribute value."""

    id: str | None = None
    """Sales attribute id."""

    value_id: str | None = None
    """Value id."""


class GlobalSkuSalesAttribute(ResponseModel):
    """A sales attribute value."""

    id: str | None = None
    """Sales attribute id."""

    name: str | None = None
    """Sales attribute name."""

    value_id: str | None = None
    """Value id."""

    value_name: str | None = None
    """Value name."""

    sku_img: GlobalImage | None = None
    """An image of the product."""


class GlobalVideo(ResponseModel):
    """The product video."""

    id: str | None = None
    """Video id, from the product file upload."""


class GlobalVideoInput(RequestModel):
    """The product video."""

    id: str = Field(strict=True)
    """Video id, from the product file upload."""


class GlobalWarehouseInventoryInput(RequestModel):
    """Stock of the SKU in one global warehouse."""

    global_warehouse_id: str = Field(strict=True)
    """Global warehouse id (see the global seller warehouses)."""

    quantity: int = Field(strict=True)
    """Units available in the warehouse."""


class Gne(ResponseModel):
    """Requirements of some markets (EPR registration, listing quota)."""

    epr: str | None = None
    """Whether the shop has registered its extended producer responsibility (EPR) numbers."""

    product_quantity_limit: str | None = None
    """Whether the shop is under its limit of product listings."""


class IdentifierCode(ResponseModel):
    """A product identifier code of the SKU (GTIN, EAN, UPC, ISBN or JAN)."""

    code: str | None = None
    """The code: GTIN 14 digits, EAN 8/13/14, UPC 12, ISBN 13 (or 9 ending in X), JAN 8 or 13."""

    type_: str | None = Field(default=None, alias="type")
    """Code type: `GTIN`, `EAN`, `UPC`, `ISBN` or `JAN`."""


class IdentifierCodeInput(RequestModel):
    """A product identifier code of the SKU (GTIN, EAN, UPC, ISBN or JAN)."""

    code: str | None = Field(default=None, strict=True)
    """The code: GTIN 14 digits, EAN 8/13/14, UPC 12, ISBN 13 (or 9 ending in X), JAN 8 or 13."""

    type_: str | None = Field(default=None, alias="type", strict=True)
    """Code type: `GTIN`, `EAN`, `UPC`, `ISBN` or `JAN`."""


class Image(ResponseModel):
    """An image hosted by TikTok Shop. Requests need only `uri`; responses add URLs and size."""

    uri: str | None = None
    """Image URI, from the upload product image operation (or an optimized image URI)."""

    urls: NullAsEmpty[list[str]] = Field(default_factory=list)
    """URLs to view the image."""

    thumb_urls: NullAsEmpty[list[str]] = Field(default_factory=list)
    """URLs of thumbnails of the image."""

    height: int | None = None
    """Image height in pixels."""

    width: int | None = None
    """Image width in pixels."""


class ImageArea(ResponseModel):
    """Settings of an image area."""

    default_image: Image | None = None
    """An image hosted by TikTok Shop. Requests need only `uri`; responses add URLs and size."""

    min_height: int | None = None
    """Minimum height in pixels of a buyer image."""

    min_width: int | None = None
    """Minimum width in pixels of a buyer image."""


class ImageAreaInput(RequestModel):
    """Settings of an image area."""

    default_image: ImageInput | None = None
    """An image hosted by TikTok Shop. Requests need only `uri`; responses add URLs and size."""

    min_height: int | None = Field(default=None, strict=True)
    """Minimum height in pixels of a buyer image."""

    min_width: int | None = Field(default=None, strict=True)
    """Minimum width in pixels of a buyer image."""


class ImageInput(RequestModel):
    """An image hosted by TikTok Shop. Requests need only `uri`; responses add URLs and size."""

    uri: str = Field(strict=True)
    """Image URI, from the upload product image operation (or an optimized image URI)."""

    urls: list[StrictStr] | None = None
    """URLs to view the image."""

    thumb_urls: list[StrictStr] | None = None
    """URLs of thumbnails of the image."""

    height: int | None = Field(default=None, strict=True)
    """Image height in pixels."""

    width: int | None = Field(default=None, strict=True)
    """Image width in pixels."""


class InShopInventory(ResponseModel):
    """Units left for the shop itself."""

    quantity: int | None = None
    """Allocated units."""


class IndicatorDetail(RequestModel):
    """One disputed check."""

    indicator_type: Literal["CONTAINS_ALL_SALE_PROPERTY", "REQUIRED_DIMENSION", "VALUE_RANGE_OUT_OF_RANGE"]
    """`REQUIRED_DIMENSION` (all required measurements present), `CONTAINS_ALL_SALE_PROPERTY` (all sales
    attribute values covered) or `VALUE_RANGE_OUT_OF_RANGE` (values in valid ranges)."""


class IntegratedPlatformStatus(ResponseModel):
    """Status of the product on a platform integrated with TikTok Shop."""

    platform: str | None = None
    """Integrated platform: `TOKOPEDIA`."""

    status: str | None = None
    """Product status on that platform, e.g. `ACTIVATE`, `PLATFORM_DEACTIVATED`."""


class Inventory(ResponseModel):
    """Stock of the SKUs of one product."""

    product_id: str | None = None
    """Product id."""

    skus: NullAsEmpty[list[InventorySku]] = Field(default_factory=list)
    """SKUs of the product that were asked for."""


class InventoryLevel(RequestModel):
    """New stock of a SKU in one warehouse, for the inventory update: the quantity is required, the
    warehouse may be left out when the shop has one."""

    quantity: int = Field(strict=True)
    """In-stock quantity that can ship immediately, 1 to 99,999."""

    warehouse_id: str | None = Field(default=None, strict=True)
    """Warehouse id (see the logistics warehouses)."""

    backorder_quantity: int | None = Field(default=None, strict=True)
    """Backorder quantity, turned into `quantity` once in-stock inventory sells out."""

    handling_time: int | None = Field(default=None, strict=True)
    """Working days needed to ship a backorder; the same for every warehouse of the SKU."""


class InventoryRule(ResponseModel):
    """Allocation rule of one warehouse."""

    local_warehouse_id: str | None = None
    """Warehouse id."""

    allocation_mode: str | None = None
    """`SHARED` (one pool for all markets), `DYNAMIC` (split proportionally) or `MANUAL` (set per market)."""

    associated_warehouses: NullAsEmpty[list[AssociatedWarehouse]] = Field(default_factory=list)
    """Warehouses sharing stock with this one (SHARED or DYNAMIC only)."""


class InventorySku(ResponseModel):
    """Stock of one SKU across warehouses."""

    id: str | None = None
    """SKU id."""

    seller_sku: str | None = None
    """Seller's SKU code."""

    total_available_quantity: int | None = None
    """Units available for ordering across all warehouses."""

    total_committed_quantity: int | None = None
    """Units reserved by open orders across all warehouses."""

    warehouse_inventory: NullAsEmpty[list[WarehouseInventory]] = Field(default_factory=list)
    """Stock per warehouse."""

    total_available_inventory_distribution: TotalAvailableInventoryDistribution | None = None
    """How the available units are allocated."""


class Item(ResponseModel):
    """A suggested text."""

    text: str | None = None
    """The text."""


class LengthLimit(ResponseModel):
    """Length range."""

    min_length: int | None = None
    """Minimum length."""

    max_length: int | None = None
    """Maximum length."""


class ListOpportunitiesData(ResponseModel):
    """One page of opportunities."""

    opportunities: NullAsEmpty[list[Opportunity]] = Field(default_factory=list)
    """Opportunities of this page."""

    total_count: int | None = None
    """Approximate number of matching opportunities."""

    next_page_token: str | None = None
    """Token of the next page; absent on the last page."""


class ListOpportunitiesQuery(RequestModel):
    """Path and query parameters of ProductListOpportunities."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    locale: str | None = Field(default=None, strict=True)
    """BCP-47 language of the returned texts, e.g. `en-US`."""


class ListOpportunitiesRequest(RequestModel):
    """Opportunity filters."""

    opportunity_type: Literal["CATEGORY", "KEYWORD", "PRODUCT"]
    """`PRODUCT`, `KEYWORD` (search keyword) or `CATEGORY` opportunities."""

    category_ids: list[StrictStr] | None = None
    """Only these categories; empty for all."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Only opportunities created at or after this time, Unix seconds."""

    create_time_lt: int | None = Field(default=None, strict=True)
    """Only opportunities created before this time, Unix seconds."""

    tag_codes: list[StrictStr] | None = Field(default=None, max_length=20)
    """Lowercase tag codes, at most 20 (`core_product` and `top_product` for PRODUCT only)."""


class ListOpportunitiesResponse(ResponseModel):
    """The result, wrapped in a nested `data` object."""

    data: ListOpportunitiesData | None = None
    """One page of opportunities."""


class ListPrice(ResponseModel):
    """A list (reference) price of a SKU, e.g. MSRP, in USD (US only)."""

    amount: DecimalAmount | None = None
    """Price amount, 0.01 to 7600; at least the SKU price."""

    currency: str | None = None
    """Currency of the price: `USD`."""


class ListPriceInput(RequestModel):
    """A list (reference) price of a SKU, e.g. MSRP, in USD (US only)."""

    amount: DecimalAmountInput
    """Price amount, 0.01 to 7600; at least the SKU price."""

    currency: str = Field(strict=True)
    """Currency of the price: `USD`."""


class ListProductSkppStatusesProduct(ResponseModel):
    """A product's SKPP status."""

    product_id: str | None = None
    """Product id."""

    title: str | None = None
    """Product title."""

    skpp_status: str | None = None
    """`QUALIFIED` or `NOT_QUALIFIED`."""

    affiliate_program_status: str | None = None
    """Affiliate program enrolment: `ACTIVE` or `INACTIVE`."""

    total_score: int | None = None
    """Current SKPP score."""

    target_score: int | None = None
    """Score needed to qualify."""

    rewards: NullAsEmpty[list[SkppReward]] = Field(default_factory=list)
    """The product's rewards."""


class ListProductSkppStatusesQuery(RequestModel):
    """Path and query parameters of ProductListProductSKPPStatuses."""

    locale: str | None = Field(default=None, strict=True)
    """Language of the returned names, e.g. `en`, `en-GB`, `pt-BR`."""


class ListProductSkppStatusesRequest(RequestModel):
    """Which products to report."""

    product_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """Product ids, at most 100."""

    skpp_status: Literal["NOT_QUALIFIED", "QUALIFIED"] | None = None
    """`QUALIFIED` (already SKPP) or `NOT_QUALIFIED` (eligible for SKPP tasks)."""

    page_size: int | None = Field(default=None, ge=1.0, le=100.0, strict=True)
    """Products per page, 1 to 100 (default 50)."""

    page_no: int | None = Field(default=None, ge=1.0, strict=True)
    """Page number from 1 (default 1)."""


class ListProductSkppStatusesResponse(ResponseModel):
    """One page of products with their SKPP status."""

    products: NullAsEmpty[list[ListProductSkppStatusesProduct]] = Field(default_factory=list)
    """The products."""

    total_count: int | None = None
    """Number of matching products."""

    update_time: int | None = None
    """Date of the data snapshot the scores come from (23:59:59 UTC of that day), Unix seconds; usually one
    day behind."""


class ListingCriteria(ResponseModel):
    """What a submitted product must meet."""

    product_brand: str | None = None
    """Brand requirement."""

    product_category: str | None = None
    """Category requirement."""

    product_status: str | None = None
    """Status requirement: `LIVE` or `DRAFT`."""

    keywords: str | None = None
    """Comma-separated keywords the product content must contain."""


class ListingQuality(ResponseModel):
    """Listing quality tier of a product (US only)."""

    current_tier: str | None = None
    """Current tier: `POOR`, `FAIR`, `GOOD` or `EXCELLENT`."""

    remaining_recommendations: int | None = None
    """How many recommendations remain to reach the highest tier."""


class ListingResultSku(ResponseModel):
    """A SKU of a created or edited product, with its ids."""

    id: str | None = None
    """SKU id."""

    seller_sku: str | None = None
    """Seller's SKU code."""

    external_sku_id: str | None = None
    """Id of the SKU on an external platform."""

    sales_attributes: NullAsEmpty[list[ListingResultSkuSalesAttribute]] = Field(default_factory=list)
    """Sales attribute ids (new ids for custom names)."""

    fees: NullAsEmpty[list[Fee]] = Field(default_factory=list)
    """Fees of the SKU."""


class ListingResultSkuSalesAttribute(ResponseModel):
    """Ids of one sales attribute."""

    id: str | None = None
    """Sales attribute id."""

    value_id: str | None = None
    """Sales attribute value id."""


class ListingSchema(ResponseModel):
    """The listing schema of one category."""

    category_id: int | None = None
    """Category id."""

    fields: NullAsEmpty[list[ListingSchemaField]] = Field(default_factory=list)
    """The fields a product in this category takes."""


class ListingSchema202401(ResponseModel):
    """The listing schema of one category as the 202401 version sends it: the list of fields is spelled
    `fileds` (sic) on the wire, as in TikTok's SDK; 202407 spells it `fields`."""

    category_id: int | None = None
    """Category id."""

    fileds: NullAsEmpty[list[ListingSchemaField]] = Field(default_factory=list)
    """The fields a product in this category takes (TikTok's spelling, kept to parse the wire)."""


class ListingSchemaError(ResponseModel):
    """Why the schema of one category could not be returned."""

    code: int | None = None
    """Error code."""

    message: str | None = None
    """Error message, e.g. "Category is not final category"."""

    detail: ListingSchemaErrorDetail | None = None
    """What failed."""


class ListingSchemaErrorDetail(ResponseModel):
    """What failed."""

    category_id: int | None = None
    """The category concerned."""


class ListingSchemaField(ResponseModel):
    """A field of the product listing in this category."""

    id: str | None = None
    """Field id, e.g. `product_attributes`."""

    name: str | None = None
    """Field name."""

    options: NullAsEmpty[list[ListingSchemaOption]] = Field(default_factory=list)
    """Selectable values of the field."""

    rules: NullAsEmpty[list[ListingSchemaRule]] = Field(default_factory=list)
    """Validation rules of the field."""

    complex_values: NullAsEmpty[list[ComplexValue]] = Field(default_factory=list)
    """Sub-fields of a composite field, e.g. the attributes inside `product_attributes`."""


class ListingSchemaOption(ResponseModel):
    """A selectable value."""

    id: str | None = None
    """Value id."""

    name: str | None = None
    """Value name."""


class ListingSchemaRule(ResponseModel):
    """A validation rule of a field or value."""

    type_: str | None = Field(default=None, alias="type")
    """Rule type, e.g. `REQUIRED`, `MAX_LENGTH`."""

    value: str | None = None
    """Rule parameter, e.g. `true` for REQUIRED or `20` for MAX_LENGTH."""


class Logistics(ResponseModel):
    """Warehouse and delivery requirements."""

    delivery_option: str | None = None
    """Whether the warehouse has logistics services; a warehouse without any cannot be used for products."""

    pickup_warehouse: str | None = None
    """Whether the shop has a pickup warehouse, needed to create products."""

    return_warehouse: str | None = None
    """Whether the shop's return warehouse meets the listing requirements."""

    shipping_template: str | None = None
    """Whether the shipping template meets the listing requirements (always passes with TikTok Shipping)."""


class Manufacturer(ResponseModel):
    """Manufacturer contact details (older, free-text form; newer versions use manufacturer ids)."""

    name: str | None = None
    """Manufacturer name."""

    address: str | None = None
    """Manufacturer address."""

    email: str | None = None
    """Manufacturer email."""

    phone_number: str | None = None
    """Manufacturer phone number."""


class ManufacturerInput(RequestModel):
    """Manufacturer contact details (older, free-text form; newer versions use manufacturer ids)."""

    name: str | None = Field(default=None, strict=True)
    """Manufacturer name."""

    address: str | None = Field(default=None, strict=True)
    """Manufacturer address."""

    email: str | None = Field(default=None, strict=True)
    """Manufacturer email."""

    phone_number: str | None = Field(default=None, strict=True)
    """Manufacturer phone number."""


class MarketData(ResponseModel):
    """Market figures."""

    est_market_sales_volume: str | None = None
    """Estimated units sold over 30 days, bucketed."""

    est_market_gmv: str | None = None
    """Estimated GMV in USD over 30 days, bucketed."""

    market_buzz: str | None = None
    """`HOT`, `HIGH` or `MEDIUM`."""

    search_volume: str | None = None
    """TikTok Shop search volume."""

    search_keyword: str | None = None
    """Comma-separated related search keywords."""

    competitor_product_count: str | None = None
    """Approximate competing products over 30 days: `< 10`, `< 50`, `< 100` or `100+`."""

    competitor_seller_count: str | None = None
    """Number of competing sellers."""


class MeasurementAndOption(ResponseModel):
    """A group of measurements."""

    measurement_type: str | None = None
    """`GENERIC_MEASUREMENTS`, `BODY_MEASUREMENTS` (shopper body) or `PRODUCT_MEASUREMENTS` (garment)."""

    options: NullAsEmpty[list[MeasurementAndOptionOption]] = Field(default_factory=list)
    """The measurements of the group."""


class MeasurementAndOptionOption(ResponseModel):
    """One measurement."""

    id: str | None = None
    """Standard measurement id, e.g. `size_chart_option_bust`; use it as a size chart column id."""

    name: str | None = None
    """Localized measurement name."""

    role: str | None = None
    """`KEY` (key measurement of the category) or `RECOMMEND` (useful)."""

    unit: str | None = None
    """Unit kind: `NONE`, `LENGTH`, `WEIGHT` or `HEIGHT`."""

    metric_value_range: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Allowed metric range, [minimum, maximum]."""

    imperial_value_range: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Allowed imperial range, [minimum, maximum]."""


class MetricStandardInfo(ResponseModel):
    """Measurement template values attached to the attribute value."""

    id: str | None = None
    """Measurement template id."""

    metric_value_module_infos: NullAsEmpty[list[MetricValueModuleInfo]] = Field(default_factory=list)
    """Values entered for the metrics of the template."""


class MetricStandardInfoInput(RequestModel):
    """Measurement template values attached to the attribute value."""

    id: str | None = Field(default=None, strict=True)
    """Measurement template id."""

    metric_value_module_infos: list[MetricValueModuleInfoInput] | None = None
    """Values entered for the metrics of the template."""


class MetricValueModule(ResponseModel):
    """One metric item."""

    id: str | None = None
    """Metric item id; identifies which metric a submitted value belongs to."""

    name: str | None = None
    """Metric item name."""

    input_type: str | None = None
    """How the value is entered."""

    data_types: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Accepted data types."""

    default_values: NullAsEmpty[list[DefaultValue]] = Field(default_factory=list)
    """Predefined values."""

    units: NullAsEmpty[list[Unit]] = Field(default_factory=list)
    """Accepted units."""

    value_limit: ValueLimit | None = None
    """Limits on the value."""

    prefix: str | None = None
    """Text shown before the value."""

    suffix: str | None = None
    """Text shown after the value."""

    shading_word: str | None = None
    """Placeholder text of the input."""


class MetricValueModuleInfo(ResponseModel):
    """One metric value."""

    id: str | None = None
    """Metric item id within the template."""

    value: str | None = None
    """Value given for the metric."""

    unit_id: str | None = None
    """Unit id of the value."""


class MetricValueModuleInfoInput(RequestModel):
    """One metric value."""

    id: str | None = Field(default=None, strict=True)
    """Metric item id within the template."""

    value: str | None = Field(default=None, strict=True)
    """Value given for the metric."""

    unit_id: str | None = Field(default=None, strict=True)
    """Unit id of the value."""


class NewSku(RequestModel):
    """A SKU (variant) as requests send it; creating a product (or checking one before creation) needs its
    stock and price (TikTok's docs). `ProductSku` and `ProductPartialEditSku` share these fields."""

    price: PriceInput
    """A SKU price. Local sellers set `amount`; global sellers set `sale_price`."""

    inventory: list[SkuInventoryInput]
    """Stock per warehouse."""

    id: str | None = Field(default=None, strict=True)
    """SKU id. Give it when editing an existing SKU; omit it for a new SKU."""

    seller_sku: str | None = Field(default=None, strict=True)
    """Seller's internal SKU code, not shown to buyers."""

    external_sku_id: str | None = Field(default=None, strict=True)
    """Id of the SKU on an external e-commerce platform."""

    list_price: ListPriceInput | None = None
    """A list (reference) price of a SKU, e.g. MSRP, in USD (US only)."""

    external_list_prices: list[ExternalListPriceInput] | None = None
    """List prices of the SKU on external platforms (US only)."""

    sales_attributes: list[SalesAttributeInput] | None = None
    """Attributes that define the variant (at most 3; may be omitted for a single SKU)."""

    identifier_code: IdentifierCodeInput | None = None
    """A product identifier code of the SKU (GTIN, EAN, UPC, ISBN or JAN)."""

    extra_identifier_codes: list[StrictStr] | None = None
    """Up to 10 more identifier codes for the items of a virtual bundle (EU)."""

    combined_skus: list[CombinedSkuInput] | None = None
    """Source SKUs when this SKU is a virtual bundle."""

    sku_unit_count: str | None = Field(default=None, strict=True)
    """Quantity or volume the SKU represents, for unit pricing (EU), e.g. `100.00`."""

    external_urls: list[StrictStr] | None = None
    """URLs of third-party listing pages where the product is sold."""

    pre_sale: PreSaleInput | None = None
    """Pre-sale settings of a SKU (pre-order, made-to-order, ...)."""

    fees: list[FeeInput] | None = None
    """Fees the category requires."""

    sku_dimensions: DimensionsInput | None = None
    """Package (or SKU) dimensions. Use the same measurement system as the weight."""

    sku_weight: WeightInput | None = None
    """Package (or SKU) weight. Use the same measurement system as the dimensions."""

    purchase_order_quantity_limit: PurchaseLimitInput | None = None
    """Purchase quantity limits for buyers."""


class NumLimit(ResponseModel):
    """Numeric range."""

    min_value: int | None = None
    """Minimum value."""

    max_value: int | None = None
    """Maximum value."""


class Opportunity(ResponseModel):
    """An opportunity lead in a list."""

    id: str | None = None
    """Opportunity id."""

    title: str | None = None
    """Title."""

    opportunity_type: str | None = None
    """`PRODUCT`, `KEYWORD` or `CATEGORY`."""

    reference_images: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Reference images of the product to list."""

    category_id_level_1: str | None = None
    """Level-1 category id."""

    category_id_level_2: str | None = None
    """Level-2 category id."""

    category_id_level_3: str | None = None
    """Level-3 category id."""

    category_name_level_1: str | None = None
    """Level-1 category name."""

    category_name_level_2: str | None = None
    """Level-2 category name."""

    category_name_level_3: str | None = None
    """Level-3 category name."""

    is_collected: bool | None = None
    """Whether the seller saved it to their collection."""

    query_words: str | None = None
    """Comma-separated TikTok Shop search keywords linked to it."""

    brand_name: str | None = None
    """Brand the products should have."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    expire_time: int | None = None
    """Expiry time, Unix seconds."""

    est_market_sales_volume: str | None = None
    """Estimated units sold in the market over 30 days, bucketed (e.g. `<100`, `300+`, `12k+`, `100M+`)."""

    est_market_gmv: str | None = None
    """Estimated market GMV in USD over 30 days, bucketed."""

    search_volume: str | None = None
    """TikTok Shop search volume."""

    competitor_product_count: str | None = None
    """Approximate competing products listed over 30 days: `< 10`, `< 50`, `< 100` or `100+`."""

    video_view_pv: str | None = None
    """Total views of the related short videos."""

    tags: str | None = None
    """Comma-separated display names of its tags."""

    tag_codes: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Its tag codes."""

    reward_info: str | None = None
    """Comma-separated rewards for listing as required."""

    external_product_id: str | None = None
    """Product id on the reference platform."""

    reference_source: str | None = None
    """Code of the reference platform (`1` SHOPEE, `2` AMAZON, `4` WALMART, `9` TEMU, `10` SHOPIFY, `17`
    EBAY, ...)."""


class OpportunityDetail(ResponseModel):
    """The full record of an opportunity lead."""

    id: str | None = None
    """Opportunity id."""

    action_type: str | None = None
    """`LIST_SAME` (list the same product) or `LIST_SIMILAR` (list a similar one)."""

    listing_criteria: ListingCriteria | None = None
    """What a submitted product must meet."""

    content_data: ContentData | None = None
    """Video content figures."""

    market_data: MarketData | None = None
    """Market figures."""

    basic_info: BasicInfo | None = None
    """Main facts of the opportunity."""


class OpportunitySubmission(ResponseModel):
    """A product submitted to an opportunity."""

    id: str | None = None
    """Submission id."""

    opportunity_id: str | None = None
    """The opportunity."""

    opportunity_title: str | None = None
    """Title of the opportunity."""

    product_id: str | None = None
    """The submitted product."""

    product_name: str | None = None
    """Name of the product."""

    status: str | None = None
    """`PENDING_REVIEW`, `APPROVED` or `REJECTED`."""

    submit_time: int | None = None
    """Submission time, Unix seconds."""

    review_time: int | None = None
    """Review completion time, Unix seconds."""

    rejection_reason: str | None = None
    """Why it was rejected, when REJECTED."""

    product_orders: int | None = None
    """Units of the product sold over the last 30 days."""

    product_pv: int | None = None
    """Product page views over the last 30 days."""


class OptimizeImagesRequest(RequestModel):
    """Images to optimize."""

    images: list[OptimizeImagesRequestImagesItem] | None = Field(default=None, max_length=20)
    """Images to optimize, at most 20 (uploaded to TikTok Shop first)."""


class OptimizeImagesRequestImagesItem(RequestModel):
    """An image to optimize."""

    uri: str | None = Field(default=None, strict=True)
    """Image URI, from the upload product image operation."""

    optimization_mode: list[Literal["WHITE_BACKGROUND"]] | None = None
    """Optimizations to apply."""


class OptimizeImagesResponse(ResponseModel):
    """The optimization state of each image."""

    images: NullAsEmpty[list[OptimizeImagesResponseImagesItem]] = Field(default_factory=list)
    """One entry per image."""


class OptimizeImagesResponseImagesItem(ResponseModel):
    """An image and its optimization."""

    original_uri: str | None = None
    """URI of the original image."""

    original_url: str | None = None
    """URL of the original image."""

    optimized_uri: str | None = None
    """URI of the optimized image, when `optimize_status` is `SUCCESS`."""

    optimized_url: str | None = None
    """URL of the optimized image, when `optimize_status` is `SUCCESS`."""

    optimize_status: str | None = None
    """`SUCCESS`, `IGNORE` (already white), `PROCESSING` or `FAIL`."""

    height: int | None = None
    """Height of the original image in pixels."""

    width: int | None = None
    """Width of the original image in pixels."""


class OptimizedImage(ResponseModel):
    """An image and its optimized version."""

    uri: str | None = None
    """Original image URI."""

    url: str | None = None
    """Original image URL."""

    optimized_uri: str | None = None
    """URI of the optimized image."""

    optimized_url: str | None = None
    """URL of the optimized image."""

    height: int | None = None
    """Height of the optimized image in pixels."""

    width: int | None = None
    """Width of the optimized image in pixels."""


class OriginPlatformProductMetaData(RequestModel):
    """Product metadata from the source platform."""

    attribute_value_list: list[OriginPlatformProductMetaDataAttributeValue] | None = None
    """Metadata attributes and their values."""


class OriginPlatformProductMetaDataAttributeValue(RequestModel):
    """One metadata attribute."""

    name: str | None = Field(default=None, strict=True)
    """Attribute name."""

    values: list[StrictStr] | None = None
    """Attribute values."""


class OriginalImage(ResponseModel):
    """The image to translate."""

    uri: str | None = None
    """Image URI."""

    url: str | None = None
    """Image URL."""


class PackageDimensions(ResponseModel):
    """Predicted package dimensions."""

    length: int | None = None
    """Predicted length."""

    width: int | None = None
    """Predicted width."""

    height: int | None = None
    """Predicted height."""

    unit: str | None = None
    """Unit: `CENTIMETER`, `INCH`, `FOOT`, `MILLIMETER` or `METER`."""


class PackageRecommendRange(ResponseModel):
    """A recommended range."""

    min_value: str | None = None
    """Lower bound."""

    max_value: str | None = None
    """Upper bound."""


class PackageRecommendation(ResponseModel):
    """Package recommendation for one product."""

    product_id: str | None = None
    """Product id."""

    abnormality_types: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Detected anomalies: `None`, `Dimension` (fix the dimensions) and/or `Weight` (fix the weight)."""

    weight_recommendation: WeightRecommendation | None = None
    """Recommended weight range."""

    dimension_recommendation: DimensionRecommendation | None = None
    """Recommended dimension ranges."""


class PackageWeight(ResponseModel):
    """Predicted package weight."""

    value: str | None = None
    """Predicted weight."""

    unit: str | None = None
    """Unit: `GRAM`, `POUND`, `OUNCE` or `KILOGRAM`."""


class PartialEditSku(RequestModel):
    """A SKU in a partial edit: the fields of `ProductNewSku`, none required, where each warehouse's stock
    names both the warehouse and the quantity (TikTok's docs)."""

    id: str | None = Field(default=None, strict=True)
    """SKU id. Give it when editing an existing SKU; omit it for a new SKU."""

    seller_sku: str | None = Field(default=None, strict=True)
    """Seller's internal SKU code, not shown to buyers."""

    external_sku_id: str | None = Field(default=None, strict=True)
    """Id of the SKU on an external e-commerce platform."""

    price: PriceInput | None = None
    """A SKU price. Local sellers set `amount`; global sellers set `sale_price`."""

    list_price: ListPriceInput | None = None
    """A list (reference) price of a SKU, e.g. MSRP, in USD (US only)."""

    external_list_prices: list[ExternalListPriceInput] | None = None
    """List prices of the SKU on external platforms (US only)."""

    inventory: list[StockChange] | None = None
    """Stock per warehouse."""

    sales_attributes: list[SalesAttributeInput] | None = None
    """Attributes that define the variant (at most 3; may be omitted for a single SKU)."""

    identifier_code: IdentifierCodeInput | None = None
    """A product identifier code of the SKU (GTIN, EAN, UPC, ISBN or JAN)."""

    extra_identifier_codes: list[StrictStr] | None = None
    """Up to 10 more identifier codes for the items of a virtual bundle (EU)."""

    combined_skus: list[CombinedSkuInput] | None = None
    """Source SKUs when this SKU is a virtual bundle."""

    sku_unit_count: str | None = Field(default=None, strict=True)
    """Quantity or volume the SKU represents, for unit pricing (EU), e.g. `100.00`."""

    external_urls: list[StrictStr] | None = None
    """URLs of third-party listing pages where the product is sold."""

    pre_sale: PreSaleInput | None = None
    """Pre-sale settings of a SKU (pre-order, made-to-order, ...)."""

    fees: list[FeeInput] | None = None
    """Fees the category requires."""

    sku_dimensions: DimensionsInput | None = None
    """Package (or SKU) dimensions. Use the same measurement system as the weight."""

    sku_weight: WeightInput | None = None
    """Package (or SKU) weight. Use the same measurement system as the dimensions."""

    purchase_order_quantity_limit: PurchaseLimitInput | None = None
    """Purchase quantity limits for buyers."""


class PodCustomArea(ResponseModel):
    """A customizable area of a print-on-demand surface."""

    area_name: str | None = None
    """Area name."""

    area_type: str | None = None
    """Area type: `TEXT` or `IMAGE`."""

    external_area_id: str | None = None
    """Seller's own id of the area."""

    is_required: bool | None = None
    """Whether the buyer must customize this area."""

    area_placement: AreaPlacement | None = None
    """Position and size of the area on the surface (two decimals)."""

    image_area: ImageArea | None = None
    """Settings of an image area."""

    text_area: TextArea | None = None
    """Settings of a text area."""


class PodCustomAreaInput(RequestModel):
    """A customizable area of a print-on-demand surface."""

    area_name: str | None = Field(default=None, strict=True)
    """Area name."""

    area_type: str | None = Field(default=None, strict=True)
    """Area type: `TEXT` or `IMAGE`."""

    external_area_id: str | None = Field(default=None, strict=True)
    """Seller's own id of the area."""

    is_required: bool | None = Field(default=None, strict=True)
    """Whether the buyer must customize this area."""

    area_placement: AreaPlacementInput | None = None
    """Position and size of the area on the surface (two decimals)."""

    image_area: ImageAreaInput | None = None
    """Settings of an image area."""

    text_area: TextAreaInput | None = None
    """Settings of a text area."""


class PodInfo(ResponseModel):
    """Print-on-demand (POD) customization of a product."""

    pod_templates: NullAsEmpty[list[PodTemplate]] = Field(default_factory=list)
    """Customization templates."""


class PodInfoInput(RequestModel):
    """Print-on-demand (POD) customization of a product."""

    pod_templates: list[PodTemplateInput] | None = None
    """Customization templates."""


class PodSurface(ResponseModel):
    """A customizable surface of a print-on-demand product (front, back, sleeve...)."""

    surface_name: str | None = None
    """Surface name, e.g. `Front Side`."""

    external_surface_id: str | None = None
    """Seller's own id of the surface."""

    background_image: Image | None = None
    """An image hosted by TikTok Shop. Requests need only `uri`; responses add URLs and size."""

    mask_image: Image | None = None
    """An image hosted by TikTok Shop. Requests need only `uri`; responses add URLs and size."""

    custom_areas: NullAsEmpty[list[PodCustomArea]] = Field(default_factory=list)
    """Customizable areas, in rendering layer order (at most 10)."""


class PodSurfaceInput(RequestModel):
    """A customizable surface of a print-on-demand product (front, back, sleeve...)."""

    surface_name: str | None = Field(default=None, strict=True)
    """Surface name, e.g. `Front Side`."""

    external_surface_id: str | None = Field(default=None, strict=True)
    """Seller's own id of the surface."""

    background_image: ImageInput | None = None
    """An image hosted by TikTok Shop. Requests need only `uri`; responses add URLs and size."""

    mask_image: ImageInput | None = None
    """An image hosted by TikTok Shop. Requests need only `uri`; responses add URLs and size."""

    custom_areas: list[PodCustomAreaInput] | None = None
    """Customizable areas, in rendering layer order (at most 10)."""


class PodTemplate(ResponseModel):
    """A print-on-demand customization template, linked to some SKUs."""

    pod_template_id: str | None = None
    """Template id, generated by TikTok; omit it for a new template."""

    template_name: str | None = None
    """Template name for the seller."""

    remark: str | None = None
    """Notes for buyers on the customization page."""

    sku_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """SKUs using this template (a SKU belongs to at most one template)."""

    surfaces: NullAsEmpty[list[PodSurface]] = Field(default_factory=list)
    """Customizable surfaces (at most 10)."""


class PodTemplateInput(RequestModel):
    """A print-on-demand customization template, linked to some SKUs."""

    pod_template_id: str | None = Field(default=None, strict=True)
    """Template id, generated by TikTok; omit it for a new template."""

    template_name: str | None = Field(default=None, strict=True)
    """Template name for the seller."""

    remark: str | None = Field(default=None, strict=True)
    """Notes for buyers on the customization page."""

    sku_ids: list[StrictStr] | None = None
    """SKUs using this template (a SKU belongs to at most one template)."""

    surfaces: list[PodSurfaceInput] | None = None
    """Customizable surfaces (at most 10)."""


class PreCheckDetail(ResponseModel):
    """A finding."""

    short_reason: str | None = None
    """Short description of the problem."""

    long_reason: str | None = None
    """Detailed description of the problem."""

    related_fields: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Fields the problem comes from, e.g. `PRE_CHECK_FIELD_TITLE`."""


class PreCheckResult(ResponseModel):
    """Findings of one kind."""

    pre_check_item: str | None = None
    """Kind of issue found."""

    pre_check_details: NullAsEmpty[list[PreCheckDetail]] = Field(default_factory=list)
    """The findings."""


class PreSale(ResponseModel):
    """Pre-sale settings of a SKU (pre-order, made-to-order, ...)."""

    type_: str | None = Field(default=None, alias="type")
    """Pre-sale type, e.g. `PRE_ORDER`, `MADE_TO_ORDER`, `CUSTOM`, `NONE` (depends on the region)."""

    fulfillment_type: FulfillmentType | None = None
    """How long pre-sale orders take."""


class PreSaleInput(RequestModel):
    """Pre-sale settings of a SKU (pre-order, made-to-order, ...)."""

    type_: str | None = Field(default=None, alias="type", strict=True)
    """Pre-sale type, e.g. `PRE_ORDER`, `MADE_TO_ORDER`, `CUSTOM`, `NONE` (depends on the region)."""

    fulfillment_type: FulfillmentTypeInput | None = None
    """How long pre-sale orders take."""


class PredictPackageDimensionsAndWeightRequest(RequestModel):
    """The product to predict for."""

    category_id: str = Field(strict=True)
    """Leaf category id of the product."""


class PredictPackageDimensionsAndWeightResponse(ResponseModel):
    """The prediction."""

    package_dimensions: PackageDimensions | None = None
    """Predicted package dimensions."""

    package_weight: PackageWeight | None = None
    """Predicted package weight."""


class PrescriptionRequirement(ResponseModel):
    """Prescription needs of a pharmacy product."""

    needs_prescription: bool | None = None
    """Whether buying needs a prescription."""


class Price(ResponseModel):
    """A SKU price. Local sellers set `amount`; global sellers set `sale_price`."""

    currency: (
        OpenEnum[
            Literal[
                "BRL", "CZK", "EUR", "GBP", "HUF", "IDR", "JPY", "MXN", "MYR", "PHP", "PLN", "SGD", "THB", "USD", "VND"
            ]
        ]
        | None
    ) = None
    """Currency of the price (ISO 4217, the local currency of the market)."""

    amount: DecimalAmount | None = None
    """Display price before discounts, set by local and intra-EU sellers (request field)."""

    sale_price: DecimalAmount | None = None
    """Display price before discounts shown on the product page (global sellers set it in requests)."""

    tax_exclusive_price: DecimalAmount | None = None
    """Pre-tax price, excluding taxes and fees; not shown to buyers."""

    unit_price: DecimalAmount | None = None
    """Price per unit of `sku_unit_count` (EU only)."""

    starting_bid_price: DecimalAmount | None = None
    """Starting bid of a LIVE auction product."""


class PriceInput(RequestModel):
    """A SKU price. Local sellers set `amount`; global sellers set `sale_price`."""

    currency: Literal[
        "BRL", "CZK", "EUR", "GBP", "HUF", "IDR", "JPY", "MXN", "MYR", "PHP", "PLN", "SGD", "THB", "USD", "VND"
    ]
    """Currency of the price (ISO 4217, the local currency of the market)."""

    amount: DecimalAmountInput | None = None
    """Display price before discounts, set by local and intra-EU sellers (request field)."""

    sale_price: DecimalAmountInput | None = None
    """Display price before discounts shown on the product page (global sellers set it in requests)."""

    tax_exclusive_price: DecimalAmountInput | None = None
    """Pre-tax price, excluding taxes and fees; not shown to buyers."""

    unit_price: DecimalAmountInput | None = None
    """Price per unit of `sku_unit_count` (EU only)."""

    starting_bid_price: DecimalAmountInput | None = None
    """Starting bid of a LIVE auction product."""


class ProductWarning(ResponseModel):
    """A warning that needs attention but did not fail the call."""

    message: str | None = None
    """Warning text."""


class PublishGlobalProductProduct(ResponseModel):
    """A local product created from the global product."""

    id: str | None = None
    """New local product id."""

    region: str | None = None
    """Market of the local product."""

    shop_id: str | None = None
    """The local shop of that market."""

    skus: NullAsEmpty[list[PublishGlobalProductProductSku]] = Field(default_factory=list)
    """The new local SKUs."""


class PublishGlobalProductProductSku(ResponseModel):
    """A local SKU."""

    id: str | None = None
    """New local SKU id."""

    related_global_sku_id: str | None = None
    """The global SKU it comes from."""

    seller_sku: str | None = None
    """Seller's internal SKU code."""

    sales_attributes: NullAsEmpty[list[PublishGlobalProductProductSkuSalesAttribute]] = Field(default_factory=list)
    """Local sales attribute ids of the SKU."""

    sale_attributes: NullAsEmpty[list[SaleAttribute]] = Field(default_factory=list)
    """Same as `sales_attributes`, under the name TikTok's documentation gives it."""


class PublishGlobalProductProductSkuSalesAttribute(ResponseModel):
    """A local sales attribute value."""

    id: str | None = None
    """Local sales attribute id."""

    value_id: str | None = None
    """Local value id."""


class PublishGlobalProductQuery(RequestModel):
    """Path and query parameters of ProductPublishGlobalProduct."""

    global_product_id: str = Field(min_length=1, strict=True)
    """The global product id."""


class PublishGlobalProductRequest(RequestModel):
    """Where and how to publish the global product."""

    publish_target: list[PublishTarget]
    """Target markets."""


class PublishGlobalProductResponse(ResponseModel):
    """Result of the publication."""

    products: NullAsEmpty[list[PublishGlobalProductProduct]] = Field(default_factory=list)
    """The local products created, matched to `publish_result` by region (FAILED regions have none)."""

    publish_result: NullAsEmpty[list[GlobalPublishResult]] = Field(default_factory=list)
    """Outcome per market."""


class PublishTarget(RequestModel):
    """One target market."""

    region: str = Field(strict=True)
    """Market code to publish in, e.g. `MY`, `GB`, `US`."""

    skus: list[PublishTargetSku]
    """SKUs to publish there, at most 300 (EU, JP, UK, US) or 100 elsewhere."""

    responsible_person_ids: list[StrictStr] | None = None
    """EU responsible person ids; default those of the global product."""

    manufacturer_ids: list[StrictStr] | None = None
    """EU manufacturer ids; default those of the global product."""


class PublishTargetSku(RequestModel):
    """A global SKU to publish as a local SKU."""

    related_global_sku_id: str = Field(strict=True)
    """Global SKU id; the new local SKU is linked to it."""

    price: PublishTargetSkuPrice | None = None
    """Local price of the SKU."""

    inventory: PublishTargetSkuInventory | None = None
    """Local stock of the SKU."""

    fees: list[PublishTargetSkuFee] | None = None
    """Fees required by the category (see the category rules)."""


class PublishTargetSkuFee(RequestModel):
    """A fee."""

    type_: str | None = Field(default=None, alias="type", strict=True)
    """Fee type: `PFAND`."""

    amount: DecimalAmountInput | None = None
    """Fee amount (PFAND 0.00-6300.00)."""

    additional_attribute: str | None = Field(default=None, strict=True)
    """Extra context, for PFAND: `SINGLE_USE`, `REUSABLE` or `NOT_APPLICABLE`."""


class PublishTargetSkuInventory(RequestModel):
    """Local stock of the SKU."""

    warehouse_id: str | None = Field(default=None, strict=True)
    """Warehouse id; by default a local warehouse of the market, else one in the seller's base country."""

    quantity: int | None = Field(default=None, strict=True)
    """Units available, 1 to 99,999."""


class PublishTargetSkuPrice(RequestModel):
    """Local price of the SKU."""

    currency: Literal[
        "BRL", "CZK", "EUR", "GBP", "HUF", "IDR", "JPY", "MXN", "MYR", "PHP", "PLN", "SGD", "THB", "USD", "VND"
    ]
    """Currency of the market, e.g. `MYR`, `GBP`, `EUR`, `USD`."""

    amount: DecimalAmountInput | None = None
    """Local display price before discounts (local and intra-EU sellers)."""

    sale_price: DecimalAmountInput | None = None
    """Local display price before discounts (global sellers; required for JP and US shops shipping from
    China)."""


class PurchaseLimit(ResponseModel):
    """Purchase quantity limits for buyers."""

    maximum_order_quantity: int | None = None
    """Maximum quantity of each SKU per order."""

    cumulative_order_quantity: int | None = None
    """Maximum total quantity a buyer can buy across all orders while the limit is active."""


class PurchaseLimitInput(RequestModel):
    """Purchase quantity limits for buyers."""

    maximum_order_quantity: int | None = Field(default=None, strict=True)
    """Maximum quantity of each SKU per order."""

    cumulative_order_quantity: int | None = Field(default=None, strict=True)
    """Maximum total quantity a buyer can buy across all orders while the limit is active."""


class RecommendCategoriesRequest(RequestModel):
    """The candidate product to classify."""

    product_title: str = Field(strict=True)
    """Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (BR, MX), 25-255 elsewhere."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (default) or `v2` (required for US, EU and SEA shops)."""

    description: str | None = Field(default=None, strict=True)
    """Product description in HTML, at most 10,000 characters."""

    images: list[CategoryImageRef] | None = None
    """Product images (gallery, description and variant images)."""

    include_prohibited_categories: bool | None = Field(default=None, strict=True)
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

    origin_platform_product_type: str | None = Field(default=None, strict=True)
    """Product type on the source platform."""

    origin_platform_vendor: str | None = Field(default=None, strict=True)
    """Vendor or brand name on the source platform."""

    origin_platform_tags: list[StrictStr] | None = None
    """Tags of the product on the source platform."""

    origin_platform_category: CategoryExternalCategory | None = None
    """The product's category on the platform it comes from."""

    origin_platform_product_meta_data: OriginPlatformProductMetaData | None = None
    """Product metadata from the source platform."""

    is_live_quick: bool | None = Field(default=None, strict=True)
    """true to classify a LIVE_QUICK product (needs a special permission). Default false."""


class RecommendCategoriesResponse(ResponseModel):
    """The recommended category."""

    leaf_category_id: str | None = None
    """The recommended leaf category id."""

    categories: NullAsEmpty[list[CategoryRecommended]] = Field(default_factory=list)
    """The path to the recommended category, from the top level down to the leaf."""


class RecommendGlobalCategoriesRequest(RequestModel):
    """The candidate global product to classify."""

    product_title: str = Field(strict=True)
    """Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (MX), 25-255 elsewhere."""

    description: str | None = Field(default=None, strict=True)
    """Product description in HTML, at most 10,000 characters."""

    images: list[CategoryImageRef] | None = None
    """Product images (gallery, description and variant images)."""

    category_version: Literal["v1", "v2"] | None = None
    """Category tree version: `v1` (default) or `v2` (required when the seller has an active US shop)."""


class RecommendGlobalCategoriesResponse(ResponseModel):
    """The recommended global category."""

    leaf_category_id: str | None = None
    """The recommended leaf category id."""

    categories: NullAsEmpty[list[CategoryRecommended]] = Field(default_factory=list)
    """The path to the recommended category, from the top level down to the leaf."""


class RecommendRequiredProductPropertiesRequest(RequestModel):
    """The product to recommend properties for."""

    category_id: str = Field(strict=True)
    """Leaf category id of the product."""

    product_title: str = Field(strict=True)
    """Product title."""

    description: str | None = Field(default=None, strict=True)
    """Product description, for better predictions."""

    images: list[ImageInput] | None = None
    """Product images in order, for better predictions."""

    sales_properties: list[SalesProperty] | None = None
    """Standard sales properties already chosen."""

    target_property_ids: list[StrictStr] | None = None
    """Only predict these properties."""


class RecommendRequiredProductPropertiesResponse(ResponseModel):
    """The recommended properties."""

    recommended_properties: NullAsEmpty[list[RecommendedProperty]] = Field(default_factory=list)
    """Required properties in order (empty when none)."""


class RecommendedCategory(ResponseModel):
    """A category TikTok recommends for the product from its title, description and images."""

    id: str | None = None
    """Recommended category id."""

    local_name: str | None = None
    """Recommended category name in the requested locale."""


class RecommendedProperty(ResponseModel):
    """A property."""

    id: str | None = None
    """Property id."""

    name: str | None = None
    """Property name in the shop region."""

    type_: str | None = Field(default=None, alias="type")
    """`KEY_PROPERTY`, `SALES_PROPERTY`, `UNSPECIFIED`, ..."""

    is_required: bool | None = None
    """Whether the property must be given when listing."""

    is_customizable: bool | None = None
    """Whether a custom value may be entered."""

    is_multiple_selection: bool | None = None
    """Whether several values may be chosen."""

    values: NullAsEmpty[list[RecommendedPropertyValue]] = Field(default_factory=list)
    """Recommended values in order."""


class RecommendedPropertyValue(ResponseModel):
    """A value."""

    id: str | None = None
    """Value id."""

    name: str | None = None
    """Value name in the shop region."""


class RecoverProductsRequest(RequestModel):
    """Products to recover."""

    product_ids: list[StrictStr] = Field(max_length=20)
    """Ids of the products to recover, at most 20."""


class RecoverProductsResponse(ResponseModel):
    """Outcome of the call."""

    errors: NullAsEmpty[list[BatchError]] = Field(default_factory=list)
    """Products that could not be changed; check it even when `code` is 0."""


class ReplicaSync(RequestModel):
    """Changes to sync to the replica of this product in another market."""

    region: str = Field(strict=True)
    """Market of the replica, e.g. `DE`, `FR`, `GB`, `US`; it must already hold a replica."""

    inventory_mode: str | None = Field(default=None, strict=True)
    """Inventory mode of the replica: `SHARED` or `EXCLUSIVE`."""

    skus: list[ReplicaSyncSku] | None = None
    """SKUs of the replica; list all existing SKUs (those left out are deleted)."""


class ReplicaSyncSku(RequestModel):
    """A replica SKU."""

    price: ReplicaSyncSkuPrice
    """Price in the replica market."""

    id: str | None = Field(default=None, strict=True)
    """SKU id of an existing replica SKU."""

    seller_sku: str | None = Field(default=None, strict=True)
    """Seller's SKU code."""

    external_sku_id: str | None = Field(default=None, strict=True)
    """Id of the SKU on an external platform."""

    inventory: list[ReplicaSyncSkuInventory] | None = None
    """Stock per warehouse."""


class ReplicaSyncSkuInventory(RequestModel):
    """Stock in one warehouse."""

    warehouse_id: str | None = Field(default=None, strict=True)
    """Warehouse id."""

    quantity: int | None = Field(default=None, strict=True)
    """Quantity, 1 to 999,999."""


class ReplicaSyncSkuPrice(RequestModel):
    """Price in the replica market."""

    currency: Literal[
        "BRL", "CZK", "EUR", "GBP", "HUF", "IDR", "JPY", "MXN", "MYR", "PHP", "PLN", "SGD", "THB", "USD", "VND"
    ]
    """Local currency of the replica market."""

    sale_price: DecimalAmountInput
    """Display price before discounts."""


class ReplicateProductError(ResponseModel):
    """An error."""

    code: int | None = None
    """Error code."""

    message: str | None = None
    """Error message."""

    detail: ReplicateProductErrorDetail | None = None
    """What the error is about."""


class ReplicateProductErrorDetail(ResponseModel):
    """What the error is about."""

    region: str | None = None
    """Target market."""


class ReplicateProductQuery(RequestModel):
    """Path and query parameters of ProductReplicateProduct."""

    product_id: str = Field(min_length=1, strict=True)
    """Id of the product to replicate."""


class ReplicateProductRequest(RequestModel):
    """Target markets and their market-specific data."""

    inventory_mode: Literal["EXCLUSIVE", "SHARED"] | None = None
    """Inventory mode of the source product (EU)."""

    replicate_target: list[ReplicateTarget] | None = None
    """Markets to replicate to."""


class ReplicateProductResponse(ResponseModel):
    """Validation errors; when any, nothing was submitted."""

    errors: NullAsEmpty[list[ReplicateProductError]] = Field(default_factory=list)
    """Errors per target market."""


class ReplicateSource(ResponseModel):
    """The SKU this one was replicated from."""

    product_id: str | None = None
    """Source product id."""

    shop_id: str | None = None
    """Source shop id."""

    sku_id: str | None = None
    """Source SKU id."""


class ReplicateSourceInput(RequestModel):
    """The SKU this one was replicated from."""

    product_id: str | None = Field(default=None, strict=True)
    """Source product id."""

    shop_id: str | None = Field(default=None, strict=True)
    """Source shop id."""

    sku_id: str | None = Field(default=None, strict=True)
    """Source SKU id."""


class ReplicateTarget(RequestModel):
    """One target market."""

    region: str | None = Field(default=None, strict=True)
    """Target market, e.g. `DE`, `FR`, `GB`."""

    inventory_mode: Literal["EXCLUSIVE", "SHARED"] | None = None
    """Inventory mode of the replica (EU)."""

    skus: list[ReplicateTargetSku] | None = None
    """SKUs to publish there (all SKUs of the source)."""

    product_attributes: list[AttributeInput] | None = None
    """Product attributes for the target market."""

    certifications: list[CertificationInput] | None = None
    """Certifications for the target market."""

    manufacturer_ids: list[StrictStr] | None = None
    """Manufacturer ids (EU)."""

    responsible_person_ids: list[StrictStr] | None = None
    """EU responsible person ids."""


class ReplicateTargetSku(RequestModel):
    """A replica SKU."""

    source_sku_id: str | None = Field(default=None, strict=True)
    """SKU being replicated."""

    seller_sku: str | None = Field(default=None, strict=True)
    """Seller's SKU code."""

    price: ReplicateTargetSkuPrice | None = None
    """Price in the target market."""

    inventory: list[ReplicateTargetSkuInventory] | None = None
    """Stock per warehouse."""


class ReplicateTargetSkuInventory(RequestModel):
    """Stock in one warehouse."""

    warehouse_id: str | None = Field(default=None, strict=True)
    """Warehouse id."""

    quantity: int | None = Field(default=None, strict=True)
    """Quantity, 1 to 999,999."""


class ReplicateTargetSkuPrice(RequestModel):
    """Price in the target market."""

    sale_price: DecimalAmountInput
    """Display price before discounts."""

    currency: str | None = Field(default=None, strict=True)
    """Local currency of the target market."""


class ResponsiblePerson(ResponseModel):
    """A responsible person and its language versions."""

    id: str | None = None
    """Responsible person id."""

    regional_profiles: NullAsEmpty[list[ComplianceResponsiblePersonProfile]] = Field(default_factory=list)
    """The details in each requested EU language."""


class SaleAttribute(ResponseModel):
    """A local sales attribute value."""

    id: str | None = None
    """Local sales attribute id."""

    value_id: str | None = None
    """Local value id."""


class SalesAttribute(ResponseModel):
    """A variant-defining attribute of a SKU (e.g. color Red): built-in ids or custom names."""

    id: str | None = None
    """Sales attribute id (built-in, or generated for a custom name)."""

    name: str | None = None
    """Sales attribute name; a custom attribute when no id is given."""

    value_id: str | None = None
    """Attribute value id (built-in, or generated for a custom value)."""

    value_name: str | None = None
    """Attribute value name; a custom value when no value id is given."""

    sku_img: Image | None = None
    """An image hosted by TikTok Shop. Requests need only `uri`; responses add URLs and size."""

    supplementary_sku_images: NullAsEmpty[list[Image]] = Field(default_factory=list)
    """Extra images of this value of the primary sales attribute."""


class SalesAttributeInput(RequestModel):
    """A variant-defining attribute of a SKU (e.g. color Red): built-in ids or custom names."""

    id: str | None = Field(default=None, strict=True)
    """Sales attribute id (built-in, or generated for a custom name)."""

    name: str | None = Field(default=None, strict=True)
    """Sales attribute name; a custom attribute when no id is given."""

    value_id: str | None = Field(default=None, strict=True)
    """Attribute value id (built-in, or generated for a custom value)."""

    value_name: str | None = Field(default=None, strict=True)
    """Attribute value name; a custom value when no value id is given."""

    sku_img: ImageInput | None = None
    """An image hosted by TikTok Shop. Requests need only `uri`; responses add URLs and size."""

    supplementary_sku_images: list[ImageInput] | None = None
    """Extra images of this value of the primary sales attribute."""


class SalesAttributeMapping(ResponseModel):
    """A sales attribute mapping."""

    global_attribute_id: str | None = None
    """Sales attribute id on the global product."""

    global_value_id: str | None = None
    """Value id of that attribute on the global product."""

    local_attribute_id: str | None = None
    """The matching sales attribute id on this shop's product."""

    local_value_id: str | None = None
    """The matching value id on this shop's product."""


class SalesProperty(RequestModel):
    """A sales property."""

    id: str = Field(strict=True)
    """Sales property id."""

    values: list[SalesPropertyValue]
    """Chosen values."""


class SalesPropertyValue(RequestModel):
    """A value."""

    id: str = Field(strict=True)
    """Value id."""


class ScheduledSale(ResponseModel):
    """Scheduled listing of a product."""

    is_enabled_scheduled_sale: bool | None = None
    """Whether scheduled listing is on; `schedule_sale_time` is then required."""

    schedule_sale_time: int | None = None
    """When to list the product, Unix milliseconds, within the next 90 days."""


class ScheduledSaleInput(RequestModel):
    """Scheduled listing of a product."""

    is_enabled_scheduled_sale: bool = Field(strict=True)
    """Whether scheduled listing is on; `schedule_sale_time` is then required."""

    schedule_sale_time: int = Field(strict=True)
    """When to list the product, Unix milliseconds, within the next 90 days."""


class SearchGlobalProductsQuery(RequestModel):
    """Path and query parameters of ProductSearchGlobalProducts202309."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchGlobalProductsRequest(RequestModel):
    """Filters of the global product search; all optional."""

    status: Literal["DELETED", "DRAFT", "PUBLISHED", "UNPUBLISHED"] | None = None
    """Only products in this status."""

    seller_skus: list[StrictStr] | None = Field(default=None, max_length=1)
    """Only products having this Seller SKU (one value at most)."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Only products created at or after this time, Unix seconds."""

    create_time_le: int | None = Field(default=None, strict=True)
    """Only products created at or before this time, Unix seconds (default now)."""

    update_time_ge: int | None = Field(default=None, strict=True)
    """Only products updated at or after this time, Unix seconds."""

    update_time_le: int | None = Field(default=None, strict=True)
    """Only products updated at or before this time, Unix seconds (default now)."""


class SearchGlobalProductsResponse(ResponseModel):
    """One page of global products."""

    global_products: NullAsEmpty[list[GlobalProductSummary]] = Field(default_factory=list)
    """Matching global products, newest first."""

    total_count: int | None = None
    """Number of matching global products."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SearchInventoryRequest(RequestModel):
    """Products or SKUs to report; give one of the lists."""

    product_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """Products whose SKUs to report, at most 100."""

    sku_ids: list[StrictStr] | None = Field(default=None, max_length=600)
    """SKUs to report, at most 600; takes precedence over `product_ids`."""


class SearchInventoryResponse(ResponseModel):
    """Stock per product and SKU."""

    inventory: NullAsEmpty[list[Inventory]] = Field(default_factory=list)
    """Stock of the requested products."""


class SearchManufacturers202409Request(RequestModel):
    """Manufacturer filters; give ids or a keyword (ids win)."""

    manufacturer_ids: list[StrictStr] | None = None
    """Manufacturer ids, at most `page_size`."""

    keyword: str | None = Field(default=None, max_length=200, strict=True)
    """Text searched in name, trade name, phone number and email, at most 200 characters."""


class SearchManufacturers202409Response(ResponseModel):
    """One page of manufacturers."""

    manufacturers: NullAsEmpty[list[ComplianceManufacturer]] = Field(default_factory=list)
    """Matching manufacturers."""

    total_count: int | None = None
    """Number of matching manufacturers."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SearchManufacturersManufacturer(ResponseModel):
    """A manufacturer and its language versions."""

    id: str | None = None
    """Manufacturer id."""

    regional_profiles: NullAsEmpty[list[ComplianceManufacturerProfile]] = Field(default_factory=list)
    """The details in each requested EU language."""


class SearchManufacturersQuery(RequestModel):
    """Path and query parameters of ProductSearchComplianceManufacturers202501."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchManufacturersRequest(RequestModel):
    """Manufacturer filters; give ids or a keyword (ids win)."""

    manufacturer_ids: list[StrictStr] | None = None
    """Manufacturer ids, at most `page_size`."""

    keyword: str | None = Field(default=None, max_length=200, strict=True)
    """Text searched in name, trade name, phone number and email, at most 200 characters."""

    locales: list[Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"]] | None = None
    """Languages to return the details in; default the language of the seller's business address."""


class SearchManufacturersResponse(ResponseModel):
    """One page of manufacturers."""

    manufacturers: NullAsEmpty[list[SearchManufacturersManufacturer]] = Field(default_factory=list)
    """Matching manufacturers."""

    total_count: int | None = None
    """Number of matching manufacturers."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SearchProducts202309Query(RequestModel):
    """Path and query parameters of ProductSearchProducts202309."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    category_version: str | None = Field(default=None, strict=True)
    """Only products in this category tree: `v1` (3 levels, most regions) or `v2` (7 levels, US). Without
    it, products of both trees are returned."""


class SearchProducts202309Request(RequestModel):
    """Search filters; all optional."""

    status: (
        Literal[
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
        | None
    ) = None
    """Only products in this status (of the base version, not of drafts); `ALL` for every status."""

    seller_skus: list[StrictStr] | None = None
    """Only products with these seller SKU codes."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Only products created at or after this time, Unix seconds."""

    create_time_le: int | None = Field(default=None, strict=True)
    """Only products created at or before this time, Unix seconds."""

    update_time_ge: int | None = Field(default=None, strict=True)
    """Only products updated at or after this time, Unix seconds."""

    update_time_le: int | None = Field(default=None, strict=True)
    """Only products updated at or before this time, Unix seconds."""


class SearchProducts202312Request(RequestModel):
    """Search filters; all optional."""

    status: (
        Literal[
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
        | None
    ) = None
    """Only products in this status (of the base version, not of drafts); `ALL` for every status."""

    seller_skus: list[StrictStr] | None = None
    """Only products with these seller SKU codes."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Only products created at or after this time, Unix seconds."""

    create_time_le: int | None = Field(default=None, strict=True)
    """Only products created at or before this time, Unix seconds."""

    update_time_ge: int | None = Field(default=None, strict=True)
    """Only products updated at or after this time, Unix seconds."""

    update_time_le: int | None = Field(default=None, strict=True)
    """Only products updated at or before this time, Unix seconds."""

    category_version: Literal["v1", "v2"] | None = None
    """Only products in this category tree version; both by default."""

    listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None
    """Only products on these platforms (migrated Tokopedia sellers; needs `status`)."""

    audit_status: list[Literal["APPROVED", "AUDITING", "FAILED"]] | None = None
    """Only products with this audit status."""

    sku_ids: list[StrictStr] | None = Field(default=None, max_length=10)
    """Only products with these SKU ids, at most 10."""

    sns_filter: Literal["CONFIGURED", "ELIGIBLE"] | None = None
    """Only products with this Subscribe and Save state."""

    return_draft_version: bool | None = Field(default=None, strict=True)
    """Only products that have a draft, returned in their draft version."""

    listing_quality_tier: Literal["EXCELLENT", "FAIR", "GOOD", "POOR"] | None = None
    """Only products in this listing quality tier (US only)."""


class SearchProductsForComplianceAuditingQuery(RequestModel):
    """Path and query parameters of ProductSearchProductsForComplianceAuditing."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    category_asset_cipher: str | None = Field(default=None, strict=True)
    """Cipher of the category asset the vendor is authorized for."""


class SearchProductsForComplianceAuditingRequest(RequestModel):
    """Which products to return: by `product_ids`, or by searching a shop with the other filters."""

    product_ids: list[StrictStr] | None = Field(default=None, max_length=20)
    """Product ids to look up directly, at most 20."""

    seller_id: str | None = Field(default=None, strict=True)
    """Id of the shop to search."""

    seller_name: str | None = Field(default=None, strict=True)
    """Name of the shop to search."""

    product_title: str | None = Field(default=None, strict=True)
    """Words of the product title."""

    category_ids: list[StrictStr] | None = None
    """Only products in these categories."""

    brand_ids: list[StrictStr] | None = None
    """Only products of these brands."""


class SearchProductsForComplianceAuditingResponse(ResponseModel):
    """One page of products."""

    products: NullAsEmpty[list[ComplianceAuditProduct]] = Field(default_factory=list)
    """The products found."""

    total_count: int | None = None
    """Number of products selected (ids looked up, or search matches)."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SearchProductsQuery(RequestModel):
    """Path and query parameters of ProductSearchProducts202502."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchProductsRequest(RequestModel):
    """Search filters; all optional."""

    status: (
        Literal[
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
        | None
    ) = None
    """Only products in this status (of the base version, not of drafts); `ALL` for every status."""

    seller_skus: list[StrictStr] | None = None
    """Only products with these seller SKU codes."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Only products created at or after this time, Unix seconds."""

    create_time_le: int | None = Field(default=None, strict=True)
    """Only products created at or before this time, Unix seconds."""

    update_time_ge: int | None = Field(default=None, strict=True)
    """Only products updated at or after this time, Unix seconds."""

    update_time_le: int | None = Field(default=None, strict=True)
    """Only products updated at or before this time, Unix seconds."""

    category_version: Literal["v1", "v2"] | None = None
    """Only products in this category tree version; both by default."""

    listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None
    """Only products on these platforms (migrated Tokopedia sellers; needs `status`)."""

    audit_status: list[Literal["APPROVED", "AUDITING", "FAILED"]] | None = None
    """Only products with this audit status."""

    sku_ids: list[StrictStr] | None = Field(default=None, max_length=10)
    """Only products with these SKU ids, at most 10."""

    sns_filter: Literal["CONFIGURED", "ELIGIBLE"] | None = None
    """Only products with this Subscribe and Save state."""

    return_draft_version: bool | None = Field(default=None, strict=True)
    """Only products that have a draft, returned in their draft version."""

    listing_quality_tiers: list[Literal["EXCELLENT", "FAIR", "GOOD", "POOR"]] | None = None
    """Only products in these listing quality tiers (US only)."""

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
    """Locale (BCP-47) of the category information."""

    include_live_quick_products: bool | None = Field(default=None, strict=True)
    """Whether to include LIVE_QUICK products."""


class SearchProductsResponse(ResponseModel):
    """A page of products."""

    products: NullAsEmpty[list[Summary]] = Field(default_factory=list)
    """Products of this page."""

    total_count: int | None = None
    """Number of products matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SearchResponsiblePersons202409Request(RequestModel):
    """Responsible person filters; give ids or a keyword (ids win)."""

    responsible_person_ids: list[StrictStr] | None = None
    """Responsible person ids, at most `page_size`."""

    keyword: str | None = Field(default=None, max_length=200, strict=True)
    """Text searched in name, phone number and email, at most 200 characters."""


class SearchResponsiblePersons202409Response(ResponseModel):
    """One page of responsible persons."""

    responsible_persons: NullAsEmpty[list[ComplianceResponsiblePerson]] = Field(default_factory=list)
    """Matching responsible persons."""

    total_count: int | None = None
    """Number of matching responsible persons."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SearchResponsiblePersonsQuery(RequestModel):
    """Path and query parameters of ProductSearchComplianceResponsiblePersons202501."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchResponsiblePersonsRequest(RequestModel):
    """Responsible person filters; give ids or a keyword (ids win)."""

    responsible_person_ids: list[StrictStr] | None = None
    """Responsible person ids, at most `page_size`."""

    keyword: str | None = Field(default=None, max_length=200, strict=True)
    """Text searched in name, phone number and email, at most 200 characters."""

    locales: list[Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"]] | None = None
    """Languages to return the details in; default the language of the seller's business address."""


class SearchResponsiblePersonsResponse(ResponseModel):
    """One page of responsible persons."""

    responsible_persons: NullAsEmpty[list[ResponsiblePerson]] = Field(default_factory=list)
    """Matching responsible persons."""

    total_count: int | None = None
    """Number of matching responsible persons."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SearchSizeChartsQuery(RequestModel):
    """Path and query parameters of ProductSearchSizeCharts."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    locales: (
        list[
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
        | None
    ) = None
    """Languages of the size chart images and tables to return (BCP-47, sent comma-separated)."""


class SearchSizeChartsRequest(RequestModel):
    """Size chart filters; all optional."""

    ids: list[StrictStr] | None = Field(default=None, max_length=50)
    """Size chart template ids, at most 50; wins over `keyword`."""

    keyword: str | None = Field(default=None, strict=True)
    """Words of the template name (PRODUCT_SCOPED charts have no name and are not matched)."""

    size_chart_mode: Literal["PRODUCT_SCOPED", "REUSABLE_TEMPLATE"] | None = None
    """`REUSABLE_TEMPLATE` (shared by many products) or `PRODUCT_SCOPED` (belongs to one product)."""


class SearchSizeChartsResponse(ResponseModel):
    """One page of size charts."""

    size_chart: NullAsEmpty[list[SizeChart]] = Field(default_factory=list)
    """Matching size charts."""

    total_count: int | None = None
    """Number of matching size charts."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SellerSku(ResponseModel):
    """Seller SKU rule."""

    is_required: bool | None = None
    """Whether a Seller SKU is required (6-50 characters of letters, digits, `-` and `_`)."""


class SeoWord(ResponseModel):
    """A keyword."""

    text: str | None = None
    """Keyword text."""


class Shop(ResponseModel):
    """The shop-level requirements for listing products."""

    status: str | None = None
    """Whether the shop status allows publishing products."""

    bank_account: str | None = None
    """Whether the shop has a bank account set up; without one products are not sent to audit."""

    contact_info: str | None = None
    """Whether the shop has given its contact information; without it products cannot be created."""

    tax_info: str | None = None
    """Whether the shop has its tax information set up (required in some regions, and for audit in the US)."""

    gne: Gne | None = None
    """Requirements of some markets (EPR registration, listing quota)."""

    logistics: Logistics | None = None
    """Warehouse and delivery requirements."""


class ShopSummary(ResponseModel):
    """Shop-level SKPP figures."""

    qualified_products_count: int | None = None
    """Products already SKPP."""

    eligible_products_count: int | None = None
    """Products already SKPP plus those that can take SKPP tasks."""

    earned_ad_credit: str | None = None
    """Ad credit earned, with currency symbol."""

    increased_visibility_l30d: str | None = None
    """Extra visibility from SKPP rewards over the last 30 days."""


class SizeChart(ResponseModel):
    """A size chart of the seller."""

    template_id: str | None = None
    """Size chart template id."""

    template_name: str | None = None
    """Template name."""

    size_chart_mode: str | None = None
    """`REUSABLE_TEMPLATE` or `PRODUCT_SCOPED`."""

    images: NullAsEmpty[list[SizeChartImage]] = Field(default_factory=list)
    """Images of the chart, per language."""

    related_category_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Leaf categories the chart applies to."""

    size_chart_datas: NullAsEmpty[list[SizeChartDatas]] = Field(default_factory=list)
    """Structured chart content, per language."""


class SizeChartData(ResponseModel):
    """Structured content of a size chart."""

    table: SizeChartTable | None = None
    """A structured size chart table."""

    description: str | None = None
    """Extra notes shown with the chart."""

    is_one_size: bool | None = None
    """Whether the chart is a single size."""

    measurement_type: str | None = None
    """`GENERIC_MEASUREMENTS`, `BODY_MEASUREMENTS` or `PRODUCT_MEASUREMENTS`."""

    unit_system: str | None = None
    """`METRIC` or `IMPERIAL`."""

    size_types: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Size types, e.g. `size_chart_size_type_regular`, `size_chart_size_type_plus`."""


class SizeChartDataInput(RequestModel):
    """Structured content of a size chart."""

    measurement_type: Literal["BODY_MEASUREMENTS", "GENERIC_MEASUREMENTS", "PRODUCT_MEASUREMENTS"]
    """`GENERIC_MEASUREMENTS`, `BODY_MEASUREMENTS` (shopper body) or `PRODUCT_MEASUREMENTS` (garment)."""

    unit_system: Literal["IMPERIAL", "METRIC"]
    """`METRIC` or `IMPERIAL`."""

    table: Table
    """The table."""

    description: str | None = Field(default=None, strict=True)
    """Extra notes shown with the chart."""

    is_one_size: bool | None = Field(default=None, strict=True)
    """Whether the chart is a single size."""

    size_types: list[StrictStr] | None = None
    """Size types from the category rules, e.g. `size_chart_size_type_regular`."""


class SizeChartDatas(ResponseModel):
    """The chart in one language."""

    locale: str | None = None
    """Language of the table."""

    size_chart_data: SizeChartData | None = None
    """Structured content of a size chart."""


class SizeChartImage(ResponseModel):
    """A size chart image."""

    uri: str | None = None
    """Image URI, for requests."""

    url: str | None = None
    """URL to view the image."""

    locale: str | None = None
    """Language of the image."""


class SizeChartTable(ResponseModel):
    """A structured size chart table."""

    headers: NullAsEmpty[list[SizeChartTableHeader]] = Field(default_factory=list)
    """Column definitions, in order."""

    rows: NullAsEmpty[list[SizeChartTableRow]] = Field(default_factory=list)
    """Rows of the chart."""


class SizeChartTableHeader(ResponseModel):
    """A column."""

    id: str | None = None
    """Standard size system id or measurement id, e.g. `size_chart_option_bust`."""

    name: str | None = None
    """Display name."""


class SizeChartTableRow(ResponseModel):
    """A row."""

    cells: NullAsEmpty[list[SizeChartTableRowCell]] = Field(default_factory=list)
    """Cells, aligned by index with `headers`."""


class SizeChartTableRowCell(ResponseModel):
    """A cell."""

    value: str | None = None
    """Cell value."""


class SizingChart(ResponseModel):
    """The size chart of a product: either an image or a size chart template."""

    image: Image | None = None
    """An image hosted by TikTok Shop. Requests need only `uri`; responses add URLs and size."""

    template: SizingChartTemplate | None = None
    """A size chart template."""


class SizingChartInput(RequestModel):
    """The size chart of a product: either an image or a size chart template."""

    image: ImageInput | None = None
    """An image hosted by TikTok Shop. Requests need only `uri`; responses add URLs and size."""

    template: SizingChartTemplateInput | None = None
    """A size chart template."""


class SizingChartTemplate(ResponseModel):
    """A size chart template."""

    id: str | None = None
    """Size chart template id."""


class SizingChartTemplateInput(RequestModel):
    """A size chart template."""

    id: str = Field(strict=True)
    """Size chart template id."""


class SkppReward(ResponseModel):
    """An SKPP reward of a product."""

    reward_type: str | None = None
    """`ADS_CREDIT`, `TOP_CREATOR_MATCHMAKING`, `SHOPTAB_PV`, `BIG_PROMOTION_CAMPAIGN` or
    `OFF_PLATFORM_BESTSELLER_ADS_CREDIT`."""

    title: str | None = None
    """Localized reward name (product detail only)."""

    status: str | None = None
    """`NOT_GRANTED` (below threshold), `PENDING` (qualified, not granted yet) or `AVAILABLE` (granted)."""

    value: str | None = None
    """Amount granted, when AVAILABLE; credit amounts start with the currency symbol."""

    ad_credit_claim_status: str | None = None
    """For an AVAILABLE ADS_CREDIT: `UNCLAIMED` or `CLAIMED` (ad credit is claimed by hand)."""

    claim_conditions: NullAsEmpty[list[ClaimCondition]] = Field(default_factory=list)
    """Thresholds unlocking the reward (ADS_CREDIT)."""

    campaign_id: str | None = None
    """Campaign id, for BIG_PROMOTION_CAMPAIGN."""


class Sku(ResponseModel):
    """A SKU (variant) of a product as the detail and search return it and a full edit sends it: the fields
    of `ProductNewSku` plus replication and status details that only responses carry."""

    id: str | None = None
    """SKU id. Give it when editing an existing SKU; omit it for a new SKU."""

    seller_sku: str | None = None
    """Seller's internal SKU code, not shown to buyers."""

    external_sku_id: str | None = None
    """Id of the SKU on an external e-commerce platform."""

    price: Price | None = None
    """A SKU price. Local sellers set `amount`; global sellers set `sale_price`."""

    list_price: ListPrice | None = None
    """A list (reference) price of a SKU, e.g. MSRP, in USD (US only)."""

    external_list_prices: NullAsEmpty[list[ExternalListPrice]] = Field(default_factory=list)
    """List prices of the SKU on external platforms (US only)."""

    inventory: NullAsEmpty[list[SkuInventory]] = Field(default_factory=list)
    """Stock per warehouse."""

    sales_attributes: NullAsEmpty[list[SalesAttribute]] = Field(default_factory=list)
    """Attributes that define the variant (at most 3; may be omitted for a single SKU)."""

    identifier_code: IdentifierCode | None = None
    """A product identifier code of the SKU (GTIN, EAN, UPC, ISBN or JAN)."""

    extra_identifier_codes: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Up to 10 more identifier codes for the items of a virtual bundle (EU)."""

    combined_skus: NullAsEmpty[list[CombinedSku]] = Field(default_factory=list)
    """Source SKUs when this SKU is a virtual bundle."""

    sku_unit_count: str | None = None
    """Quantity or volume the SKU represents, for unit pricing (EU), e.g. `100.00`."""

    external_urls: NullAsEmpty[list[str]] = Field(default_factory=list)
    """URLs of third-party listing pages where the product is sold."""

    pre_sale: PreSale | None = None
    """Pre-sale settings of a SKU (pre-order, made-to-order, ...)."""

    fees: NullAsEmpty[list[Fee]] = Field(default_factory=list)
    """Fees the category requires."""

    sku_dimensions: Dimensions | None = None
    """Package (or SKU) dimensions. Use the same measurement system as the weight."""

    sku_weight: Weight | None = None
    """Package (or SKU) weight. Use the same measurement system as the dimensions."""

    purchase_order_quantity_limit: PurchaseLimit | None = None
    """Purchase quantity limits for buyers."""

    global_listing_policy: GlobalListingPolicy | None = None
    """How this SKU follows its replication source (responses only)."""

    status_info: StatusInfo | None = None
    """SKU status (responses only)."""


class SkuInput(RequestModel):
    """A SKU (variant) of a product as the detail and search return it and a full edit sends it: the fields
    of `ProductNewSku` plus replication and status details that only responses carry."""

    id: str | None = Field(default=None, strict=True)
    """SKU id. Give it when editing an existing SKU; omit it for a new SKU."""

    seller_sku: str | None = Field(default=None, strict=True)
    """Seller's internal SKU code, not shown to buyers."""

    external_sku_id: str | None = Field(default=None, strict=True)
    """Id of the SKU on an external e-commerce platform."""

    price: PriceInput | None = None
    """A SKU price. Local sellers set `amount`; global sellers set `sale_price`."""

    list_price: ListPriceInput | None = None
    """A list (reference) price of a SKU, e.g. MSRP, in USD (US only)."""

    external_list_prices: list[ExternalListPriceInput] | None = None
    """List prices of the SKU on external platforms (US only)."""

    inventory: list[SkuInventoryInput] | None = None
    """Stock per warehouse."""

    sales_attributes: list[SalesAttributeInput] | None = None
    """Attributes that define the variant (at most 3; may be omitted for a single SKU)."""

    identifier_code: IdentifierCodeInput | None = None
    """A product identifier code of the SKU (GTIN, EAN, UPC, ISBN or JAN)."""

    extra_identifier_codes: list[StrictStr] | None = None
    """Up to 10 more identifier codes for the items of a virtual bundle (EU)."""

    combined_skus: list[CombinedSkuInput] | None = None
    """Source SKUs when this SKU is a virtual bundle."""

    sku_unit_count: str | None = Field(default=None, strict=True)
    """Quantity or volume the SKU represents, for unit pricing (EU), e.g. `100.00`."""

    external_urls: list[StrictStr] | None = None
    """URLs of third-party listing pages where the product is sold."""

    pre_sale: PreSaleInput | None = None
    """Pre-sale settings of a SKU (pre-order, made-to-order, ...)."""

    fees: list[FeeInput] | None = None
    """Fees the category requires."""

    sku_dimensions: DimensionsInput | None = None
    """Package (or SKU) dimensions. Use the same measurement system as the weight."""

    sku_weight: WeightInput | None = None
    """Package (or SKU) weight. Use the same measurement system as the dimensions."""

    purchase_order_quantity_limit: PurchaseLimitInput | None = None
    """Purchase quantity limits for buyers."""

    global_listing_policy: GlobalListingPolicyInput | None = None
    """How this SKU follows its replication source (responses only)."""

    status_info: StatusInfoInput | None = None
    """SKU status (responses only)."""


class SkuInventory(ResponseModel):
    """Stock of a SKU in one warehouse."""

    warehouse_id: str | None = None
    """Warehouse id (see the logistics warehouses)."""

    quantity: int | None = None
    """In-stock quantity that can ship immediately, 1 to 99,999."""

    backorder_quantity: int | None = None
    """Backorder quantity, turned into `quantity` once in-stock inventory sells out."""

    handling_time: int | None = None
    """Working days needed to ship a backorder; the same for every warehouse of the SKU."""


class SkuInventoryInput(RequestModel):
    """Stock of a SKU in one warehouse."""

    warehouse_id: str = Field(strict=True)
    """Warehouse id (see the logistics warehouses)."""

    quantity: int | None = Field(default=None, strict=True)
    """In-stock quantity that can ship immediately, 1 to 99,999."""

    backorder_quantity: int | None = Field(default=None, strict=True)
    """Backorder quantity, turned into `quantity` once in-stock inventory sells out."""

    handling_time: int | None = Field(default=None, strict=True)
    """Working days needed to ship a backorder; the same for every warehouse of the SKU."""


class SkuMapping(ResponseModel):
    """A SKU mapping."""

    global_sku_id: str | None = None
    """Global SKU id."""

    local_sku_id: str | None = None
    """Local SKU id."""

    sales_attribute_mappings: NullAsEmpty[list[SalesAttributeMapping]] = Field(default_factory=list)
    """Global to local sales attribute mappings."""


class SmartText(ResponseModel):
    """A suggested text."""

    text: str | None = None
    """Suggested text."""


class StatusInfo(ResponseModel):
    """SKU status (responses only)."""

    status: str | None = None
    """SKU status: `NORMAL` or `DEACTIVATED`."""

    deactivation_source: str | None = None
    """Who deactivated the SKU: `SELLER`, `PLATFORM` or `COMBO_RELATION`."""


class StatusInfoInput(RequestModel):
    """SKU status (responses only)."""

    status: str | None = Field(default=None, strict=True)
    """SKU status: `NORMAL` or `DEACTIVATED`."""

    deactivation_source: str | None = Field(default=None, strict=True)
    """Who deactivated the SKU: `SELLER`, `PLATFORM` or `COMBO_RELATION`."""


class StockChange(RequestModel):
    """New stock of a SKU in one warehouse, in a partial edit (warehouse and quantity required)."""

    warehouse_id: str = Field(strict=True)
    """Warehouse id (see the logistics warehouses)."""

    quantity: int = Field(strict=True)
    """In-stock quantity that can ship immediately, 1 to 99,999."""

    backorder_quantity: int | None = Field(default=None, strict=True)
    """Backorder quantity, turned into `quantity` once in-stock inventory sells out."""

    handling_time: int | None = Field(default=None, strict=True)
    """Working days needed to ship a backorder; the same for every warehouse of the SKU."""


class StockOperation(ResponseModel):
    """Outcome per SKU."""

    success_sku_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """SKUs updated."""

    failed_sku_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """SKUs not updated."""


class StockOperationSetting(RequestModel):
    """The setting."""

    enable_auto_restock: bool | None = Field(default=None, strict=True)
    """Whether to return stock of cancelled orders automatically (default false)."""


class Submission(ResponseModel):
    """The submission record."""

    id: str | None = None
    """Submission id, to track the review."""

    opportunity_id: str | None = None
    """The opportunity."""

    product_id: str | None = None
    """The submitted product."""

    status: str | None = None
    """`PENDING_REVIEW` at first, then `UNDER_REVIEW`, `APPROVED` or `REJECTED`."""

    submit_time: int | None = None
    """Submission time, Unix seconds."""

    rejection_reason: str | None = None
    """Why it was rejected, when REJECTED."""


class SubmitProductViaOpportunityQuery(RequestModel):
    """Path and query parameters of ProductSubmitProductViaOpportunity."""

    opportunity_id: str = Field(min_length=1, strict=True)
    """The opportunity id."""


class SubmitProductViaOpportunityRequest(RequestModel):
    """The product to submit."""

    product_id: str = Field(strict=True)
    """Id of a product of the shop in ACTIVATE status."""


class SubmitProductViaOpportunityResponse(ResponseModel):
    """The created submission."""

    submission: Submission | None = None
    """The submission record."""


class SubmitSizeChartAppealRequest(RequestModel):
    """The appeal."""

    product_id: int = Field(strict=True)
    """Id of the blocked product."""

    appeal_message: AppealMessage
    """What is appealed."""


class SubmitSizeChartAppealResponse(ResponseModel):
    """Empty on success."""

    pass


class SubmitStrikethroughPriceQuery(RequestModel):
    """Path and query parameters of ProductSubmitStrikethroughPrice."""

    product_id: str = Field(min_length=1, strict=True)
    """Product id."""


class SubmitStrikethroughPriceRequest(RequestModel):
    """External pricing evidence."""

    external_product_id: str = Field(strict=True)
    """External product id, as given when the product was created."""

    skus: list[SubmitStrikethroughPriceSku]
    """SKUs of the product."""


class SubmitStrikethroughPriceResponse(ResponseModel):
    """Outcome of the submission."""

    errors: NullAsEmpty[list[BatchError]] = Field(default_factory=list)
    """SKUs that could not be submitted (empty when all were accepted)."""


class SubmitStrikethroughPriceSku(RequestModel):
    """Evidence for one SKU."""

    id: str = Field(strict=True)
    """SKU id."""

    external_sku_id: str = Field(strict=True)
    """External SKU id, as given when the SKU was created."""

    external_retail_price: ExternalRetailPrice
    """Retail price on the external platform."""

    external_transaction_price: ExternalTransactionPrice
    """Highest transaction price on the external platform."""


class SubscribeDiscountDetail(ResponseModel):
    """A discount."""

    discount_level: str | None = None
    """Discount level: `REGULAR`, `FIRST_ORDER` or `RETENTION`."""

    discount_value: int | None = None
    """Discount percentage, e.g. 10 for 10%."""


class SubscribeInfo(ResponseModel):
    """Subscribe and Save state of a product."""

    support_subscribe: bool | None = None
    """Whether the seller and product support Subscribe and Save."""

    subscribe_status: str | None = None
    """Whether a Subscribe and Save promotion is active: `ENABLED` or `NOT_ENABLED`."""

    subscribe_discount_details: NullAsEmpty[list[SubscribeDiscountDetail]] = Field(default_factory=list)
    """Configured discounts."""

    subscribe_promotion_config: NullAsEmpty[list[SubscribePromotionConfig]] = Field(default_factory=list)
    """Discount options available to the seller."""


class SubscribeInfoEdit(RequestModel):
    """Subscribe and Save settings to apply."""

    subscribe_status: str | None = Field(default=None, strict=True)
    """`ENABLED` or `NOT_ENABLED`; required when creating or changing the subscription."""

    discount_details: list[DiscountDetail] | None = None
    """Discounts to apply."""


class SubscribePromotionConfig(ResponseModel):
    """Options for one discount level."""

    discount_level: str | None = None
    """Discount level: `REGULAR`, `FIRST_ORDER` or `RETENTION`."""

    discount_options: NullAsEmpty[list[int]] = Field(default_factory=list)
    """Allowed discount percentages."""

    max_discount: int | None = None
    """Maximum discount percentage."""

    min_discount: int | None = None
    """Minimum discount percentage."""


class SuggestBrandsBrand(ResponseModel):
    """A recommended brand."""

    id: str | None = None
    """Brand id."""

    name: str | None = None
    """Brand name."""

    is_authorized: bool | None = None
    """Whether the shop is authorized for the brand."""


class SuggestBrandsRequest(RequestModel):
    """The candidate product."""

    product_title: str = Field(strict=True)
    """Product title."""

    category_id: str | None = Field(default=None, strict=True)
    """Category id."""

    description: str | None = Field(default=None, strict=True)
    """Product description."""

    images: list[CategoryImageRef] | None = None
    """Product images; only the first is used."""


class SuggestBrandsResponse(ResponseModel):
    """The recommended brands."""

    brands: NullAsEmpty[list[SuggestBrandsBrand]] = Field(default_factory=list)
    """Brands in recommendation order; empty when none."""


class Suggestion(ResponseModel):
    """Suggestions for one field."""

    field: str | None = None
    """The field: `TITLE` or `DESCRIPTION`."""

    items: NullAsEmpty[list[Item]] = Field(default_factory=list)
    """Suggested texts; empty when there is nothing better."""


class Summary(ResponseModel):
    """A product as listed by the product search: its key properties."""

    id: str | None = None
    """Product id."""

    title: str | None = None
    """Product title."""

    status: str | None = None
    """Product status: `DRAFT`, `PENDING`, `FAILED`, `ACTIVATE`, `SELLER_DEACTIVATED`,
    `PLATFORM_DEACTIVATED`, `FREEZE`, `DELETED`."""

    skus: NullAsEmpty[list[Sku]] = Field(default_factory=list)
    """SKUs with price and stock."""

    sales_regions: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Regions where the product is sold, e.g. `US`."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    update_time: int | None = None
    """Last update time, Unix seconds."""

    product_sync_fail_reasons: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Why syncing from the global product failed (cross-border sellers)."""

    is_not_for_sale: bool | None = None
    """Whether the product is only a gift-with-purchase item, not for sale."""

    recommended_categories: NullAsEmpty[list[RecommendedCategory]] = Field(default_factory=list)
    """Categories recommended for the product."""

    listing_quality_tier: str | None = None
    """Listing quality tier: `POOR`, `FAIR`, `GOOD` or `EXCELLENT` (US only)."""

    integrated_platform_statuses: NullAsEmpty[list[IntegratedPlatformStatus]] = Field(default_factory=list)
    """Status on integrated platforms (Tokopedia)."""

    audit: Audit | None = None
    """Audit state of a product."""

    product_families: NullAsEmpty[list[Family]] = Field(default_factory=list)
    """Live product families of the product."""

    has_draft: bool | None = None
    """Whether the product has an unpublished draft."""

    scheduled_sale: ScheduledSale | None = None
    """Scheduled listing of a product."""

    product_tags: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Special product tags, e.g. `AUCTION`, `LIVE_QUICK`."""

    selling_format: str | None = None
    """Sale format: `FIXED_PRICE`, `LIVE_AUCTION` or `FIXED_PRICE_AND_LIVE_AUCTION`."""


class Table(RequestModel):
    """The table."""

    headers: list[TableHeader] = Field(min_length=1, max_length=20)
    """Columns in order, 1 to 20."""

    rows: list[TableRow] = Field(min_length=1, max_length=45)
    """Rows, 1 to 45."""


class TableHeader(RequestModel):
    """A column."""

    name: str = Field(max_length=32, strict=True)
    """Display name, at most 32 characters."""

    id: str | None = Field(default=None, strict=True)
    """Standard column id: a measurement id from the category rules, or a size system such as
    `size_chart_size_system_us`; omit for custom columns."""


class TableRow(RequestModel):
    """A row."""

    cells: list[TableRowCell]
    """Exactly one cell per header, in header order."""


class TableRowCell(RequestModel):
    """A cell."""

    value: str = Field(max_length=32, strict=True)
    """Cell value, at most 32 characters."""


class TagOperation(RequestModel):
    """Turns a special product tag on or off."""

    product_tag: Literal["AUCTION"]
    """The tag."""

    enable: bool = Field(strict=True)
    """Whether to enable the tag."""


class TaskDetail(ResponseModel):
    """One scoring task."""

    category: str | None = None
    """Task key, e.g. `COMMISSION_RATE`, `FULFILMENT`, `PRICING`, `STOCK`, `SHOPPABLE_VIDEOS`."""

    name: str | None = None
    """Localized task name."""

    current_value: str | None = None
    """Current value of the task's metric."""

    target_value: str | None = None
    """Value to reach, same unit, possibly prefixed by `≥` or `≤`."""

    passed: bool | None = None
    """Whether the target is met."""

    action_suggestions: NullAsEmpty[list[ActionSuggestion]] = Field(default_factory=list)
    """Actions to complete the task (when not passed)."""


class TextArea(ResponseModel):
    """Settings of a text area."""

    align_type: str | None = None
    """Text alignment: `LEFT`, `CENTER` or `RIGHT`."""

    colors: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Text colors offered, as hex values such as `#FFFFFF`."""

    default_text: str | None = None
    """Default text."""

    fonts: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Font keys offered."""

    max_text_length: int | None = None
    """Maximum number of characters."""


class TextAreaInput(RequestModel):
    """Settings of a text area."""

    align_type: str | None = Field(default=None, strict=True)
    """Text alignment: `LEFT`, `CENTER` or `RIGHT`."""

    colors: list[StrictStr] | None = None
    """Text colors offered, as hex values such as `#FFFFFF`."""

    default_text: str | None = Field(default=None, strict=True)
    """Default text."""

    fonts: list[StrictStr] | None = None
    """Font keys offered."""

    max_text_length: int | None = Field(default=None, strict=True)
    """Maximum number of characters."""


class TotalAvailableInventoryDistribution(ResponseModel):
    """How the available units are allocated."""

    campaign_inventory: NullAsEmpty[list[CampaignInventory]] = Field(default_factory=list)
    """Units allocated to campaigns."""

    creator_inventory: NullAsEmpty[list[CreatorInventory]] = Field(default_factory=list)
    """Units allocated to creators."""

    in_shop_inventory: InShopInventory | None = None
    """Units left for the shop itself."""


class TranslatedImage(ResponseModel):
    """The translated image, once completed."""

    uri: str | None = None
    """Image URI."""

    url: str | None = None
    """Image URL."""


class Unit(ResponseModel):
    """A unit."""

    id: str | None = None
    """Unit id."""

    name: str | None = None
    """Unit name."""


class UpdateGlobalProductInventoryGlobalSku(RequestModel):
    """One global SKU and its new stock."""

    id: str = Field(strict=True)
    """Global SKU id."""

    inventory: list[GlobalWarehouseInventoryInput]
    """New quantity per global warehouse (0 or more); warehouses left out are unchanged."""


class UpdateGlobalProductInventoryQuery(RequestModel):
    """Path and query parameters of ProductUpdateGlobalProductInventory."""

    global_product_id: str = Field(min_length=1, strict=True)
    """The global product id."""


class UpdateGlobalProductInventoryRequest(RequestModel):
    """The inventory quantities to set."""

    global_skus: list[UpdateGlobalProductInventoryGlobalSku] = Field(min_length=1)
    """Global SKUs to update, at least one."""


class UpdateGlobalProductInventoryResponse(ResponseModel):
    """Empty on success."""

    pass


class UpdateGlobalProductPartiallyQuery(RequestModel):
    """Path and query parameters of ProductPartialEditGlobalProduct."""

    global_product_id: str = Field(min_length=1, strict=True)
    """The global product id."""


class UpdateGlobalProductPartiallyRequest(RequestModel):
    """The fields to change; omitted fields keep their value."""

    title: str | None = Field(default=None, strict=True)
    """Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (MX), 25-255 elsewhere."""

    description: str | None = Field(default=None, strict=True)
    """Product description in HTML, at most 10,000 characters and 30 `<img>` tags using TikTok Shop image
    URLs."""

    category_id: str | None = Field(default=None, strict=True)
    """Leaf category id in the tree of `category_version`, with `AVAILABLE` permission."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3-level, default) or `v2` (7-level, required when the seller has a US
    shop)."""

    brand_id: str | None = Field(default=None, strict=True)
    """Brand id; unauthorized brands are not displayed."""

    main_images: list[GlobalImageInput] | None = Field(default=None, max_length=9)
    """Gallery images in display order, at most 9, 300x300 to 4000x4000 px; the first should have a white
    background."""

    video: GlobalVideoInput | None = None
    """The product video."""

    package_dimensions: GlobalPackageDimensionsInput | None = None
    """Package dimensions; use the same measurement system as the weight."""

    package_weight: GlobalPackageWeightInput | None = None
    """Package weight; use the same measurement system as the dimensions."""

    certifications: list[GlobalCertificationInput] | None = Field(default=None, max_length=10)
    """Certifications, at most 10; see the global category rules for which are required."""

    product_attributes: list[GlobalProductAttributeInput] | None = None
    """Attributes of the whole product; those marked required by the global category attributes must be
    given."""

    size_chart: GlobalSizeChartInput | None = None
    """The size chart, as an image or a template."""

    manufacturer: GlobalManufacturerInfoInput | None = None
    """Manufacturer contact details."""

    manufacturer_ids: list[StrictStr] | None = None
    """EU manufacturer ids (from the compliance manufacturer search), for categories that need them."""

    responsible_person_ids: list[StrictStr] | None = None
    """EU responsible person ids (from the compliance responsible person search), for categories that need
    them."""

    external_global_product_id: str | None = Field(default=None, strict=True)
    """The product's id on an external e-commerce platform, at most 999 characters."""

    skus: list[GlobalSkuPartialInput] | None = None
    """The global SKUs to keep or create; existing SKUs whose id is left out are deleted."""


class UpdateGlobalProductPartiallyResponse(ResponseModel):
    """Result of the edit."""

    global_skus: NullAsEmpty[list[GlobalSkuRef]] = Field(default_factory=list)
    """The product's global SKUs."""

    publish_results: NullAsEmpty[list[GlobalPublishResult]] = Field(default_factory=list)
    """Result of syncing the changes to each market where the product is published."""


class UpdateGlobalProductQuery(RequestModel):
    """Path and query parameters of ProductUpdateGlobalProduct."""

    global_product_id: str = Field(min_length=1, strict=True)
    """The global product id."""


class UpdateGlobalProductRequest(RequestModel):
    """The full new content of the global product."""

    title: str = Field(strict=True)
    """Product title. Length: 1-255 (DE, ES, FR, IE, IT, JP, UK, US), 1-300 (MX), 25-255 elsewhere."""

    description: str = Field(strict=True)
    """Product description in HTML, at most 10,000 characters and 30 `<img>` tags using TikTok Shop image
    URLs."""

    category_id: str = Field(strict=True)
    """Leaf category id in the tree of `category_version`, with `AVAILABLE` permission."""

    main_images: list[GlobalImageInput] = Field(max_length=9)
    """Gallery images in display order, at most 9, 300x300 to 4000x4000 px; the first should have a white
    background."""

    package_weight: GlobalPackageWeightInput
    """Package weight; use the same measurement system as the dimensions."""

    skus: list[GlobalSkuInput]
    """The global SKUs to keep or create; existing SKUs whose id is left out are deleted."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3-level, default) or `v2` (7-level, required when the seller has a US
    shop)."""

    brand_id: str | None = Field(default=None, strict=True)
    """Brand id; unauthorized brands are not displayed."""

    video: GlobalVideoInput | None = None
    """The product video."""

    package_dimensions: GlobalPackageDimensionsInput | None = None
    """Package dimensions; use the same measurement system as the weight."""

    certifications: list[GlobalCertificationInput] | None = Field(default=None, max_length=10)
    """Certifications, at most 10; see the global category rules for which are required."""

    product_attributes: list[GlobalProductAttributeInput] | None = None
    """Attributes of the whole product; those marked required by the global category attributes must be
    given."""

    size_chart: GlobalSizeChartInput | None = None
    """The size chart, as an image or a template."""

    manufacturer: GlobalManufacturerInfoInput | None = None
    """Manufacturer contact details."""

    manufacturer_ids: list[StrictStr] | None = None
    """EU manufacturer ids (from the compliance manufacturer search), for categories that need them."""

    responsible_person_ids: list[StrictStr] | None = None
    """EU responsible person ids (from the compliance responsible person search), for categories that need
    them."""

    external_global_product_id: str | None = Field(default=None, strict=True)
    """The product's id on an external e-commerce platform, at most 999 characters."""


class UpdateGlobalProductResponse(ResponseModel):
    """Result of the edit."""

    global_skus: NullAsEmpty[list[GlobalSkuRef]] = Field(default_factory=list)
    """The product's global SKUs."""

    publish_results: NullAsEmpty[list[GlobalPublishResult]] = Field(default_factory=list)
    """Result of syncing the changes to each market where the product is published."""


class UpdateManufacturerPartiallyQuery(RequestModel):
    """Path and query parameters of ProductUpdateComplianceManufacturerPartially."""

    manufacturer_id: str = Field(min_length=1, strict=True)
    """The manufacturer id."""


class UpdateManufacturerPartiallyRequest(RequestModel):
    """The manufacturer fields to change; omitted fields keep their value."""

    name: str | None = Field(default=None, max_length=255, strict=True)
    """Manufacturer name, at most 255 characters."""

    registered_trade_name: str | None = Field(default=None, max_length=200, strict=True)
    """Registered trade name, at most 200 characters."""

    email: str | None = Field(default=None, strict=True)
    """Email address."""

    phone_number: CompliancePhoneNumberInput | None = None
    """A manufacturer phone number."""

    address: str | None = Field(default=None, max_length=500, strict=True)
    """Postal address, at most 500 characters."""

    locale: Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"] | None = None
    """Language version to update; default the language of the seller's business address."""


class UpdateManufacturerPartiallyResponse(ResponseModel):
    """Empty on success."""

    pass


class UpdateProduct202309Request(RequestModel):
    """The full new content of the product."""

    title: str = Field(strict=True)
    """Product title (1-255 characters in most regions; 25-255 in some SEA regions)."""

    description: str = Field(strict=True)
    """Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted `<img>` tags)."""

    category_id: str = Field(strict=True)
    """Leaf category id, in the category tree given by `category_version`."""

    main_images: list[ImageInput]
    """Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px)."""

    skus: list[SkuInput]
    """SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US)."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3 levels) or `v2` (7 levels, required for US and SEA shops)."""

    brand_id: str | None = Field(default=None, strict=True)
    """Brand id (see the brands operations)."""

    package_dimensions: DimensionsInput | None = None
    """Package (or SKU) dimensions. Use the same measurement system as the weight."""

    package_weight: WeightInput | None = None
    """Package (or SKU) weight. Use the same measurement system as the dimensions."""

    video: VideoInput | None = None
    """A product video. Requests need only `id`; responses add its URLs and properties."""

    product_attributes: list[AttributeInput] | None = None
    """Product attributes; those the category marks required must be given."""

    certifications: list[CertificationInput] | None = None
    """Certifications the category requires, at most 10."""

    size_chart: SizingChartInput | None = None
    """The size chart of a product: either an image or a size chart template."""

    external_product_id: str | None = Field(default=None, strict=True)
    """Id of the product on an external e-commerce platform (max 999 characters)."""

    delivery_option_ids: list[StrictStr] | None = None
    """Delivery option ids overriding the warehouse defaults (ID, MX, MY, PH, SG, TH, VN only)."""

    primary_combined_product_id: str | None = Field(default=None, strict=True)
    """Primary product of the virtual bundle this product belongs to."""

    is_cod_allowed: bool | None = Field(default=None, strict=True)
    """Whether buyers may pay cash on delivery (some SEA and SA markets)."""

    is_not_for_sale: bool | None = Field(default=None, strict=True)
    """Whether the product is only a gift-with-purchase item, not for sale on its own."""

    is_pre_owned: bool | None = Field(default=None, strict=True)
    """Whether the product is pre-owned (only when Tokopedia is the sole platform)."""

    manufacturer_ids: list[StrictStr] | None = None
    """Manufacturer ids (EU, for some categories)."""

    responsible_person_ids: list[StrictStr] | None = None
    """EU responsible person ids (for some categories)."""

    listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None
    """Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers)."""

    shipping_insurance_requirement: Literal["NOT_SUPPORTED", "OPTIONAL", "REQUIRED"] | None = None
    """Shipping insurance for buyers (Tokopedia listings); defaults to `OPTIONAL`."""

    minimum_order_quantity: int | None = Field(default=None, strict=True)
    """Minimum quantity per order, 1 to 20 (Indonesia and selected SEA sellers)."""

    save_mode: Literal["AS_DRAFT", "LISTING"] | None = None
    """`LISTING` submits the product for listing (default); `AS_DRAFT` saves a draft."""

    shipping_template_id: str | None = Field(default=None, strict=True)
    """Shipping template to bind to the product."""

    scheduled_sale: ScheduledSaleInput | None = None
    """Scheduled listing of a product."""

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
    """Locale (BCP-47) of the category information; defaults to the shop locale."""

    auto_translate_enabled: bool | None = Field(default=None, strict=True)
    """Whether to translate the content automatically for markets needing several languages."""

    search_terms: list[StrictStr] | None = None
    """Search terms, not shown to buyers (at most 15, 250 characters in total)."""

    key_product_features: list[StrictStr] | None = None
    """Key features shown as product highlights (at most 5, 1500 characters in total)."""

    product_tag_operations: list[TagOperation] | None = None
    """Special product tags to turn on or off (legacy; `selling_format` wins)."""

    purchase_order_quantity_limit: PurchaseLimitInput | None = None
    """Purchase quantity limits for buyers."""

    selling_format: Literal["FIXED_PRICE", "FIXED_PRICE_AND_LIVE_AUCTION"] | None = None
    """`FIXED_PRICE` (default) or `FIXED_PRICE_AND_LIVE_AUCTION` (needs a starting bid price)."""

    is_live_quick: bool | None = Field(default=None, strict=True)
    """Whether the product is a LIVE_QUICK product (needs a permission)."""

    is_blind_box: bool | None = Field(default=None, strict=True)
    """Whether the product is a blind box or lucky bag."""

    replicated_products: list[ReplicaSync] | None = None
    """Replicas in other markets to sync the changes to."""

    subscribe_info_edit: SubscribeInfoEdit | None = None
    """Subscribe and Save settings to apply."""


class UpdateProductAudit(ResponseModel):
    """Audit state after the edit."""

    status: str | None = None
    """Audit status, e.g. `AUDITING`."""


class UpdateProductInventoryQuery(RequestModel):
    """Path and query parameters of ProductUpdateProductInventory."""

    product_id: str = Field(min_length=1, strict=True)
    """Product id."""


class UpdateProductInventoryRequest(RequestModel):
    """New stock of SKUs."""

    skus: list[UpdateProductInventorySku]
    """SKUs to update (all of one product)."""


class UpdateProductInventoryResponse(ResponseModel):
    """Outcome of the update."""

    errors: NullAsEmpty[list[BatchError]] = Field(default_factory=list)
    """SKU and warehouse updates that failed; check it even when `code` is 0."""


class UpdateProductInventorySku(RequestModel):
    """New stock of one SKU."""

    id: str = Field(strict=True)
    """SKU id."""

    inventory: list[InventoryLevel]
    """Stock per warehouse; include every warehouse of the SKU."""


class UpdateProductPartially202309Request(RequestModel):
    """The properties to change; others stay as they are."""

    title: str | None = Field(default=None, strict=True)
    """Product title (1-255 characters in most regions; 25-255 in some SEA regions)."""

    description: str | None = Field(default=None, strict=True)
    """Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted `<img>` tags)."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3 levels) or `v2` (7 levels, required for US and SEA shops)."""

    brand_id: str | None = Field(default=None, strict=True)
    """Brand id (see the brands operations)."""

    main_images: list[ImageInput] | None = None
    """Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px)."""

    skus: list[PartialEditSku] | None = None
    """SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US)."""

    package_dimensions: DimensionsInput | None = None
    """Package (or SKU) dimensions. Use the same measurement system as the weight."""

    package_weight: WeightInput | None = None
    """Package (or SKU) weight. Use the same measurement system as the dimensions."""

    video: VideoInput | None = None
    """A product video. Requests need only `id`; responses add its URLs and properties."""

    product_attributes: list[AttributeInput] | None = None
    """Product attributes; those the category marks required must be given."""

    certifications: list[CertificationInput] | None = None
    """Certifications the category requires, at most 10."""

    size_chart: SizingChartInput | None = None
    """The size chart of a product: either an image or a size chart template."""

    external_product_id: str | None = Field(default=None, strict=True)
    """Id of the product on an external e-commerce platform (max 999 characters)."""

    is_cod_allowed: bool | None = Field(default=None, strict=True)
    """Whether buyers may pay cash on delivery (some SEA and SA markets)."""

    manufacturer: ManufacturerInput | None = None
    """Manufacturer contact details (older, free-text form; newer versions use manufacturer ids)."""

    manufacturer_ids: list[StrictStr] | None = None
    """Manufacturer ids (EU, for some categories)."""

    responsible_person_ids: list[StrictStr] | None = None
    """EU responsible person ids (for some categories)."""

    listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None
    """Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers)."""

    save_mode: Literal["AS_DRAFT", "LISTING"] | None = None
    """`LISTING` submits the product for listing (default); `AS_DRAFT` saves a draft."""

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
    """Locale (BCP-47) of the category information; defaults to the shop locale."""

    auto_translate_enabled: bool | None = Field(default=None, strict=True)
    """Whether to translate the content automatically for markets needing several languages."""

    search_terms: list[StrictStr] | None = None
    """Search terms, not shown to buyers (at most 15, 250 characters in total)."""

    key_product_features: list[StrictStr] | None = None
    """Key features shown as product highlights (at most 5, 1500 characters in total)."""

    pod_info: PodInfoInput | None = None
    """Print-on-demand (POD) customization of a product."""

    subscribe_info_edit: SubscribeInfoEdit | None = None
    """Subscribe and Save settings to apply."""

    replicated_products: list[ReplicaSync] | None = None
    """Replicas in other markets to sync the changes to."""


class UpdateProductPartiallyAudit(ResponseModel):
    """Audit state after the edit."""

    status: str | None = None
    """Audit status, e.g. `AUDITING`."""


class UpdateProductPartiallyQuery(RequestModel):
    """Path and query parameters of ProductUpdateProductPartially202509."""

    product_id: str = Field(min_length=1, strict=True)
    """Product id."""


class UpdateProductPartiallyReplicatedProduct(ResponseModel):
    """One replica of the product."""

    product_id: str | None = None
    """Product id of the replica."""

    region: str | None = None
    """Two-letter region code of the replica's market."""

    skus: NullAsEmpty[list[UpdateProductPartiallyReplicatedProductSku]] = Field(default_factory=list)
    """SKUs of the replica."""


class UpdateProductPartiallyReplicatedProductSku(ResponseModel):
    """One SKU of the replica."""

    id: str | None = None
    """SKU id in the replica."""

    external_sku_id: str | None = None
    """The seller's external id of the SKU."""


class UpdateProductPartiallyRequest(RequestModel):
    """The properties to change; others stay as they are."""

    title: str | None = Field(default=None, strict=True)
    """Product title (1-255 characters in most regions; 25-255 in some SEA regions)."""

    description: str | None = Field(default=None, strict=True)
    """Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted `<img>` tags)."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3 levels) or `v2` (7 levels, required for US and SEA shops)."""

    brand_id: str | None = Field(default=None, strict=True)
    """Brand id (see the brands operations)."""

    main_images: list[ImageInput] | None = None
    """Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px)."""

    skus: list[PartialEditSku] | None = None
    """SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US)."""

    package_dimensions: DimensionsInput | None = None
    """Package (or SKU) dimensions. Use the same measurement system as the weight."""

    package_weight: WeightInput | None = None
    """Package (or SKU) weight. Use the same measurement system as the dimensions."""

    video: VideoInput | None = None
    """A product video. Requests need only `id`; responses add its URLs and properties."""

    product_attributes: list[AttributeInput] | None = None
    """Product attributes; those the category marks required must be given."""

    certifications: list[CertificationInput] | None = None
    """Certifications the category requires, at most 10."""

    size_chart: SizingChartInput | None = None
    """The size chart of a product: either an image or a size chart template."""

    external_product_id: str | None = Field(default=None, strict=True)
    """Id of the product on an external e-commerce platform (max 999 characters)."""

    is_cod_allowed: bool | None = Field(default=None, strict=True)
    """Whether buyers may pay cash on delivery (some SEA and SA markets)."""

    manufacturer_ids: list[StrictStr] | None = None
    """Manufacturer ids (EU, for some categories)."""

    responsible_person_ids: list[StrictStr] | None = None
    """EU responsible person ids (for some categories)."""

    listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None
    """Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers)."""

    save_mode: Literal["AS_DRAFT", "LISTING"] | None = None
    """`LISTING` submits the product for listing (default); `AS_DRAFT` saves a draft."""

    scheduled_sale: ScheduledSaleInput | None = None
    """Scheduled listing of a product."""

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
    """Locale (BCP-47) of the category information; defaults to the shop locale."""

    auto_translate_enabled: bool | None = Field(default=None, strict=True)
    """Whether to translate the content automatically for markets needing several languages."""

    search_terms: list[StrictStr] | None = None
    """Search terms, not shown to buyers (at most 15, 250 characters in total)."""

    key_product_features: list[StrictStr] | None = None
    """Key features shown as product highlights (at most 5, 1500 characters in total)."""

    is_blind_box: bool | None = Field(default=None, strict=True)
    """Whether the product is a blind box or lucky bag."""

    pod_info: PodInfoInput | None = None
    """Print-on-demand (POD) customization of a product."""

    inventory_mode: str | None = Field(default=None, strict=True)
    """Inventory mode of this product towards its replicas: `SHARED` or `EXCLUSIVE` (EU)."""

    replicated_products: list[ReplicaSync] | None = None
    """Replicas in other markets to sync the changes to."""

    subscribe_info_edit: SubscribeInfoEdit | None = None
    """Subscribe and Save settings to apply."""


class UpdateProductPartiallyResponse(ResponseModel):
    """The edited product."""

    product_id: str | None = None
    """Product id."""

    skus: NullAsEmpty[list[ListingResultSku]] = Field(default_factory=list)
    """SKUs of the edited product with their ids."""

    warnings: NullAsEmpty[list[ProductWarning]] = Field(default_factory=list)
    """Warnings, e.g. a field TikTok cleared because it was invalid."""

    audit: UpdateProductPartiallyAudit | None = None
    """Audit state after the edit."""

    replicated_products: NullAsEmpty[list[UpdateProductPartiallyReplicatedProduct]] = Field(default_factory=list)
    """Replicas in other markets the edit was synced to, with their SKU ids."""


class UpdateProductPriceQuery(RequestModel):
    """Path and query parameters of ProductUpdateProductPrice."""

    product_id: str = Field(min_length=1, strict=True)
    """Product id."""


class UpdateProductPriceRequest(RequestModel):
    """New SKU prices."""

    skus: list[UpdateProductPriceSku]
    """SKUs to reprice (all of one product)."""


class UpdateProductPriceResponse(ResponseModel):
    """Empty: the prices were updated."""

    pass


class UpdateProductPriceSku(RequestModel):
    """New price of one SKU."""

    id: str = Field(strict=True)
    """SKU id."""

    price: PriceInput
    """A SKU price. Local sellers set `amount`; global sellers set `sale_price`."""

    list_price: ListPriceInput | None = None
    """A list (reference) price of a SKU, e.g. MSRP, in USD (US only)."""

    external_list_prices: list[ExternalListPriceInput] | None = None
    """List prices on external platforms (US only)."""


class UpdateProductQuery(RequestModel):
    """Path and query parameters of ProductUpdateProduct202509."""

    product_id: str = Field(min_length=1, strict=True)
    """Product id."""


class UpdateProductRequest(RequestModel):
    """The full new content of the product."""

    title: str = Field(strict=True)
    """Product title (1-255 characters in most regions; 25-255 in some SEA regions)."""

    description: str = Field(strict=True)
    """Product description in HTML (max 10,000 characters, at most 30 TikTok-hosted `<img>` tags)."""

    category_id: str = Field(strict=True)
    """Leaf category id, in the category tree given by `category_version`."""

    main_images: list[ImageInput]
    """Gallery images in display order, 1 to 9 (300x300 to 4000x4000 px)."""

    skus: list[SkuInput]
    """SKUs of the product (at most 100, or 300 in BR, EU, JP, MX, UK, US)."""

    category_version: str | None = Field(default=None, strict=True)
    """Category tree version: `v1` (3 levels) or `v2` (7 levels, required for US and SEA shops)."""

    brand_id: str | None = Field(default=None, strict=True)
    """Brand id (see the brands operations)."""

    package_dimensions: DimensionsInput | None = None
    """Package (or SKU) dimensions. Use the same measurement system as the weight."""

    package_weight: WeightInput | None = None
    """Package (or SKU) weight. Use the same measurement system as the dimensions."""

    video: VideoInput | None = None
    """A product video. Requests need only `id`; responses add its URLs and properties."""

    product_attributes: list[AttributeInput] | None = None
    """Product attributes; those the category marks required must be given."""

    certifications: list[CertificationInput] | None = None
    """Certifications the category requires, at most 10."""

    size_chart: SizingChartInput | None = None
    """The size chart of a product: either an image or a size chart template."""

    external_product_id: str | None = Field(default=None, strict=True)
    """Id of the product on an external e-commerce platform (max 999 characters)."""

    delivery_option_ids: list[StrictStr] | None = None
    """Delivery option ids overriding the warehouse defaults (ID, MX, MY, PH, SG, TH, VN only)."""

    primary_combined_product_id: str | None = Field(default=None, strict=True)
    """Primary product of the virtual bundle this product belongs to."""

    is_cod_allowed: bool | None = Field(default=None, strict=True)
    """Whether buyers may pay cash on delivery (some SEA and SA markets)."""

    is_not_for_sale: bool | None = Field(default=None, strict=True)
    """Whether the product is only a gift-with-purchase item, not for sale on its own."""

    is_pre_owned: bool | None = Field(default=None, strict=True)
    """Whether the product is pre-owned (only when Tokopedia is the sole platform)."""

    manufacturer_ids: list[StrictStr] | None = None
    """Manufacturer ids (EU, for some categories)."""

    responsible_person_ids: list[StrictStr] | None = None
    """EU responsible person ids (for some categories)."""

    listing_platforms: list[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None
    """Platforms to list on; defaults to `TIKTOK_SHOP` (migrated Tokopedia sellers)."""

    shipping_insurance_requirement: Literal["NOT_SUPPORTED", "OPTIONAL", "REQUIRED"] | None = None
    """Shipping insurance for buyers (Tokopedia listings); defaults to `OPTIONAL`."""

    minimum_order_quantity: int | None = Field(default=None, strict=True)
    """Minimum quantity per order, 1 to 20 (Indonesia and selected SEA sellers)."""

    save_mode: Literal["AS_DRAFT", "LISTING"] | None = None
    """`LISTING` submits the product for listing (default); `AS_DRAFT` saves a draft."""

    shipping_template_id: str | None = Field(default=None, strict=True)
    """Shipping template to bind to the product."""

    scheduled_sale: ScheduledSaleInput | None = None
    """Scheduled listing of a product."""

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
    """Locale (BCP-47) of the category information; defaults to the shop locale."""

    auto_translate_enabled: bool | None = Field(default=None, strict=True)
    """Whether to translate the content automatically for markets needing several languages."""

    search_terms: list[StrictStr] | None = None
    """Search terms, not shown to buyers (at most 15, 250 characters in total)."""

    key_product_features: list[StrictStr] | None = None
    """Key features shown as product highlights (at most 5, 1500 characters in total)."""

    product_tag_operations: list[TagOperation] | None = None
    """Special product tags to turn on or off (legacy; `selling_format` wins)."""

    purchase_order_quantity_limit: PurchaseLimitInput | None = None
    """Purchase quantity limits for buyers."""

    selling_format: Literal["FIXED_PRICE", "FIXED_PRICE_AND_LIVE_AUCTION"] | None = None
    """`FIXED_PRICE` (default) or `FIXED_PRICE_AND_LIVE_AUCTION` (needs a starting bid price)."""

    is_live_quick: bool | None = Field(default=None, strict=True)
    """Whether the product is a LIVE_QUICK product (needs a permission)."""

    is_blind_box: bool | None = Field(default=None, strict=True)
    """Whether the product is a blind box or lucky bag."""

    inventory_mode: str | None = Field(default=None, strict=True)
    """Inventory mode of this product towards its replicas: `SHARED` or `EXCLUSIVE` (EU)."""

    replicated_products: list[ReplicaSync] | None = None
    """Replicas in other markets to sync the changes to."""

    subscribe_info_edit: SubscribeInfoEdit | None = None
    """Subscribe and Save settings to apply."""


class UpdateProductResponse(ResponseModel):
    """The edited product."""

    product_id: str | None = None
    """Product id."""

    skus: NullAsEmpty[list[ListingResultSku]] = Field(default_factory=list)
    """SKUs of the edited product with their ids."""

    warnings: NullAsEmpty[list[ProductWarning]] = Field(default_factory=list)
    """Warnings, e.g. a field TikTok cleared because it was invalid."""

    audit: UpdateProductAudit | None = None
    """Audit state after the edit."""


class UpdateResponsiblePersonPartiallyQuery(RequestModel):
    """Path and query parameters of ProductUpdateComplianceResponsiblePersonPartially."""

    responsible_person_id: str = Field(min_length=1, strict=True)
    """The responsible person id."""


class UpdateResponsiblePersonPartiallyRequest(RequestModel):
    """The responsible person fields to change; omitted fields keep their value."""

    name: str | None = Field(default=None, max_length=200, strict=True)
    """Name, at most 200 characters."""

    email: str | None = Field(default=None, strict=True)
    """Email address."""

    phone_number: CompliancePersonPhoneInput | None = None
    """A responsible person's phone number."""

    address: ComplianceAddressInput | None = None
    """A postal address in the EU."""

    locale: Literal["de-DE", "en-IE", "es-ES", "fr-FR", "it-IT"] | None = None
    """Language version to update; default the language of the seller's business address."""


class UpdateResponsiblePersonPartiallyResponse(ResponseModel):
    """Empty on success."""

    pass


class UpdateSizeChartRequest(RequestModel):
    """The new content of the size chart."""

    size_chart_id: str = Field(strict=True)
    """Id of the seller's reusable size chart template."""

    size_chart_data: SizeChartDataInput
    """Structured content of a size chart."""

    template_name: str | None = Field(default=None, strict=True)
    """New template name; omit to keep the current one."""


class UpdateSizeChartResponse(ResponseModel):
    """The edited size chart."""

    size_chart_id: str | None = None
    """Id of the size chart (unchanged)."""


class UpdateStockOperationSettingsRequest(RequestModel):
    """SKUs and the setting to apply."""

    seller_id: str = Field(strict=True)
    """Seller whose settings change."""

    sku_ids: list[StrictStr] | None = Field(default=None, max_length=500)
    """SKUs to configure, at most 500."""

    stock_operation_setting: StockOperationSetting | None = None
    """The setting."""


class UpdateStockOperationSettingsResponse(ResponseModel):
    """SKUs updated and failed."""

    stock_operation: StockOperation | None = None
    """Outcome per SKU."""


class UploadProductFileRequest(RequestModel):
    """The multipart form of a file upload."""

    data: FileInput
    """The file content: PDF (max 20 MB) or a video in MP4, MOV, MKV, WMV, WEBM, AVI, 3GP, FLV or MPEG (max
    100 MB, aspect ratio 9:16 to 16:9). Empty files are rejected."""

    name: str = Field(strict=True)
    """File name with its extension, e.g. `certification.pdf`; no spaces, no leading symbol, no period
    other than the one before the extension."""


class UploadProductFileResponse(ResponseModel):
    """The uploaded file."""

    id: str | None = None
    """File id to reference in product payloads (certification files, video)."""

    url: str | None = None
    """URL to view the file."""

    name: str | None = None
    """File name."""

    format_: str | None = Field(default=None, alias="format")
    """File format: PDF, MP4, MOV, MKV, WMV, WEBM, AVI, 3GP, FLV or MPEG."""


class UploadProductImageRequest(RequestModel):
    """The multipart form of an image upload."""

    data: FileInput
    """The image content: JPG, JPEG, PNG, WEBP, HEIC or BMP, max 10 MB, 100x100 to 20000x20000 px (main
    images 300x300 to 4000x4000 px; size chart images at least 1024 px on the shorter side)."""

    use_case: (
        Literal[
            "ATTRIBUTE_IMAGE",
            "CERTIFICATION_IMAGE",
            "CUSTOMIZATION_IMAGE",
            "DESCRIPTION_IMAGE",
            "MAIN_IMAGE",
            "SIZE_CHART_IMAGE",
        ]
        | None
    ) = None
    """Where the image will be used; defaults to `MAIN_IMAGE`."""


class UploadProductImageResponse(ResponseModel):
    """The uploaded image."""

    uri: str | None = None
    """Image URI, to reference the image in product payloads."""

    url: str | None = None
    """Image URL, usable in an `<img>` tag of a product description."""

    height: int | None = None
    """Image height in pixels after aspect-ratio adjustment."""

    width: int | None = None
    """Image width in pixels after aspect-ratio adjustment."""

    use_case: str | None = None
    """The use case given at upload: `MAIN_IMAGE`, `ATTRIBUTE_IMAGE`, `DESCRIPTION_IMAGE`,
    `CERTIFICATION_IMAGE`, `SIZE_CHART_IMAGE`, `CUSTOMIZATION_IMAGE`."""


class ValueLimit(ResponseModel):
    """Limits on the value."""

    num_limit: NumLimit | None = None
    """Numeric range."""

    length_limit: LengthLimit | None = None
    """Length range."""


class Variant(ResponseModel):
    """A SKU."""

    id: str | None = None
    """SKU id."""


class Video(ResponseModel):
    """A product video. Requests need only `id`; responses add its URLs and properties."""

    id: str | None = None
    """Video id, from the upload product file operation."""

    url: str | None = None
    """URL to watch the video."""

    cover_url: str | None = None
    """URL of the video cover image."""

    format_: str | None = Field(default=None, alias="format")
    """Video format, e.g. `MP4`."""

    height: int | None = None
    """Video height in pixels."""

    width: int | None = None
    """Video width in pixels."""

    size: int | None = None
    """Original file size of the video."""


class VideoInput(RequestModel):
    """A product video. Requests need only `id`; responses add its URLs and properties."""

    id: str = Field(strict=True)
    """Video id, from the upload product file operation."""

    url: str | None = Field(default=None, strict=True)
    """URL to watch the video."""

    cover_url: str | None = Field(default=None, strict=True)
    """URL of the video cover image."""

    format_: str | None = Field(default=None, alias="format", strict=True)
    """Video format, e.g. `MP4`."""

    height: int | None = Field(default=None, strict=True)
    """Video height in pixels."""

    width: int | None = Field(default=None, strict=True)
    """Video width in pixels."""

    size: int | None = Field(default=None, strict=True)
    """Original file size of the video."""


class WarehouseInventory(ResponseModel):
    """Stock in one warehouse."""

    warehouse_id: str | None = None
    """Warehouse id."""

    available_quantity: int | None = None
    """Units available for ordering (the product detail `inventory.quantity`)."""

    committed_quantity: int | None = None
    """Units reserved by open orders."""


class Weight(ResponseModel):
    """Package (or SKU) weight. Use the same measurement system as the dimensions."""

    value: str | None = None
    """Weight, a positive number (GRAM: integer; KILOGRAM: up to 3 decimals; POUND: up to 2 decimals)."""

    unit: str | None = None
    """Weight unit: `KILOGRAM`; `POUND` (US); `GRAM` (BR, JP, MX)."""


class WeightInput(RequestModel):
    """Package (or SKU) weight. Use the same measurement system as the dimensions."""

    value: str = Field(strict=True)
    """Weight, a positive number (GRAM: integer; KILOGRAM: up to 3 decimals; POUND: up to 2 decimals)."""

    unit: str = Field(strict=True)
    """Weight unit: `KILOGRAM`; `POUND` (US); `GRAM` (BR, JP, MX)."""


class WeightRecommendation(ResponseModel):
    """Recommended weight range."""

    unit: str | None = None
    """Always `GRAM`."""

    weight: PackageRecommendRange | None = None
    """A recommended range."""
