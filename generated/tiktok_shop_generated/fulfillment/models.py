"""Models of the `fulfillment` module.

Packages of the seller's orders, from splitting and combining to shipping, labels and delivery
proof."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictStr

from tiktok_shop._contract import FileInput, NullAsEmpty, OpenEnum, RequestModel, ResponseModel
from tiktok_shop._money import DecimalAmount

__all__ = [
    "Address",
    "BatchShipPackagesRequest",
    "BatchShipPackagesResponse",
    "BundleError",
    "BundleErrorDetail",
    "CheckTrackingNumberCoverageQuery",
    "CheckTrackingNumberCoverageResponse",
    "CombinablePackage",
    "CombinePackageRequest",
    "CombinePackageResponse",
    "CreateFirstMileBundleRequest",
    "CreateFirstMileBundleResponse",
    "CreateFirstMileBundleV2Request",
    "CreateFirstMileBundleV2Response",
    "CreatePackage202309Request",
    "CreatePackage202309Response",
    "CreatePackageRequest",
    "CreatePackageResponse",
    "CustomsItemDetail",
    "Dimension",
    "Error",
    "ErrorDetail",
    "GetEligibleShippingServicesQuery",
    "GetEligibleShippingServicesRequest",
    "GetEligibleShippingServicesResponse",
    "GetOrderCustomsRequirementsRequest",
    "GetOrderCustomsRequirementsResponse",
    "GetOrderHandoverTimeSlotsQuery",
    "GetOrderHandoverTimeSlotsResponse",
    "GetOrderSplitAttributesQuery",
    "GetOrderSplitAttributesResponse",
    "GetOrderTrackingQuery",
    "GetOrderTrackingResponse",
    "GetPackageDetailQuery",
    "GetPackageDetailResponse",
    "GetPackageHandoverTimeSlotsQuery",
    "GetPackageHandoverTimeSlotsResponse",
    "GetPackageShippingDocumentsQuery",
    "GetPackageShippingDocumentsResponse",
    "GetPodCustomizationDetailsRequest",
    "GetPodCustomizationDetailsResponse",
    "HandoverTimeSlot",
    "Insurance",
    "Invoice",
    "ItemDetail",
    "Location",
    "MarkPackageAsShipped202309Request",
    "MarkPackageAsShippedQuery",
    "MarkPackageAsShippedRequest",
    "MarkPackageAsShippedResponse",
    "MarkPackageAsShippedWarning",
    "MustSplitReason",
    "Order",
    "OrderClearance",
    "OrderClearanceItem",
    "OrderGroup",
    "OrderInfo",
    "OrderItem",
    "OrderLineRef",
    "OrderStatus",
    "PackageError",
    "PackageErrorDetail",
    "PackageOrder",
    "PackageSku",
    "PackageSummary",
    "PickupSlot",
    "PickupSlotInput",
    "PodDetail",
    "QueryOrderLine",
    "RedeemInfo",
    "RequestDimension",
    "RequestWeight",
    "SchedulePackageHandoverRequest",
    "SchedulePackageHandoverResponse",
    "SearchCombinablePackagesQuery",
    "SearchCombinablePackagesResponse",
    "SearchPackagesQuery",
    "SearchPackagesRequest",
    "SearchPackagesResponse",
    "SelfShipment",
    "ShipPackageItem",
    "ShipPackageQuery",
    "ShipPackageRequest",
    "ShipPackageResponse",
    "ShippingInfo",
    "ShippingService",
    "ShippingServiceInfo",
    "SplitAttribute",
    "SplitOrderPackage",
    "SplitOrderQuery",
    "SplitOrderRequest",
    "SplitOrderResponse",
    "SplittableGroup",
    "SplittableGroupsV2",
    "SubmitCustomsClearanceInformationRequest",
    "SubmitCustomsClearanceInformationResponse",
    "SubmitRedemptionInformationRequest",
    "SubmitRedemptionInformationResponse",
    "Track",
    "TrackResult",
    "Tracking",
    "UncombineOrdersRequest",
    "UncombineOrdersResponse",
    "UncombinePackageQuery",
    "UncombinePackageRequest",
    "UncombinePackageResponse",
    "UpdateOrderShippingInfoQuery",
    "UpdateOrderShippingInfoRequest",
    "UpdateOrderShippingInfoResponse",
    "UpdatePackageDeliveryStatusPackage",
    "UpdatePackageDeliveryStatusRequest",
    "UpdatePackageDeliveryStatusResponse",
    "UpdatePackageShippingInfo202309Request",
    "UpdatePackageShippingInfoQuery",
    "UpdatePackageShippingInfoRequest",
    "UpdatePackageShippingInfoResponse",
    "UpdateTrackingStatusRequest",
    "UpdateTrackingStatusResponse",
    "UploadFileRequest",
    "UploadFileResponse",
    "UploadImageRequest",
    "UploadImageResponse",
    "UploadInvoiceRequest",
    "UploadInvoiceResponse",
    "Weight",
]


class Address(ResponseModel):
    """A postal address of a package (recipient or sender)."""

    full_address: str | None = None
    """The complete address, region and street parts included."""

    address_detail: str | None = None
    """The street part of the address."""

    address_line1: str | None = None
    """First street address line."""

    address_line2: str | None = None
    """Second street address line."""

    address_line3: str | None = None
    """Third street address line (mostly Brazil)."""

    address_line4: str | None = None
    """Fourth street address line (mostly Brazil)."""

    name: str | None = None
    """Name of the person; masked for buyers when the platform ships."""

    phone_number: str | None = None
    """Phone number; masked for buyers when the platform ships."""

    postal_code: str | None = None
    """Postal (ZIP) code."""

    region_code: str | None = None
    """Two-letter country or region code."""


class BatchShipPackagesRequest(RequestModel):
    """Packages to ship."""

    packages: list[ShipPackageItem]
    """Packages to ship, each with its handover or seller-shipping details."""


class BatchShipPackagesResponse(ResponseModel):
    """Outcome of a batch shipment."""

    errors: NullAsEmpty[list[PackageError]] = Field(default_factory=list)
    """Packages that could not be shipped; check it even when `code` is 0."""


class BundleError(ResponseModel):
    """A failure concerning one order of a first-mile bundle."""

    code: int | None = None
    """Error code."""

    message: str | None = None
    """Error message."""

    detail: BundleErrorDetail | None = None
    """What the failure concerns."""


class BundleErrorDetail(ResponseModel):
    """What the failure concerns."""

    order_id: str | None = None
    """TikTok Shop order id."""


class CheckTrackingNumberCoverageQuery(RequestModel):
    """Path and query parameters of FulfillmentCheckTikTokShippingAndCollectionByTikTokCoverage."""

    tracking_number: str = Field(min_length=1, strict=True)
    """The carrier's tracking number."""


class CheckTrackingNumberCoverageResponse(ResponseModel):
    """Coverage of the tracking number."""

    is_tiktok_shipping: bool | None = None
    """Whether TikTok Shipping (TTS) covers the tracking number."""

    is_tiktok_collection: bool | None = None
    """Whether Collection by TikTok (CBT) covers the tracking number."""


class CombinablePackage(RequestModel):
    """A package and the orders to combine in it."""

    id: str = Field(strict=True)
    """Package id, from the combinable package search."""

    order_ids: list[StrictStr] | None = None
    """Orders to include in the combined package."""


class CombinePackageRequest(RequestModel):
    """Packages to combine."""

    combinable_packages: list[CombinablePackage]
    """Packages to combine, at least one."""


class CombinePackageResponse(ResponseModel):
    """Combined packages and failures."""

    packages: NullAsEmpty[list[OrderGroup]] = Field(default_factory=list)
    """New combined packages."""

    errors: NullAsEmpty[list[PackageError]] = Field(default_factory=list)
    """Packages that could not be combined."""


class CreateFirstMileBundleRequest(RequestModel):
    """The first-mile bundle to create."""

    order_ids: list[StrictStr]
    """Orders in the bundle, at most 9,999: each ready to ship with its label printed, all of one seller
    and one service group (PH, SG, MY, VN, TH, JP or DE, FR, IT, ES)."""

    handover_method: Literal["DROP_OFF", "PICKUP"]
    """`PICKUP` (TikTok Shop logistics collects the bundle) or `DROP_OFF` (you send it with a registered
    provider)."""

    shipping_provider_id: str | None = Field(default=None, strict=True)
    """Shipping provider id; required for `DROP_OFF`."""

    tracking_number: str | None = Field(default=None, strict=True)
    """Tracking number of the bundle; required for `DROP_OFF`."""

    phone_tail_number: str | None = Field(default=None, strict=True)
    """Last 4 digits of the sender's phone number; required for `DROP_OFF`."""


class CreateFirstMileBundleResponse(ResponseModel):
    """The created bundle."""

    first_mile_bundle_id: str | None = None
    """Id of the first-mile bundle; absent when none was created."""

    url: str | None = None
    """Waybill link of the bundle."""

    errors: NullAsEmpty[list[BundleError]] = Field(default_factory=list)
    """Orders that could not be bundled; check it even when `code` is 0."""


class CreateFirstMileBundleV2Request(RequestModel):
    """The first-mile bundle to create."""

    order_ids: list[StrictStr]
    """Orders in the bundle, at most 9,999: each ready to ship with its label printed, all of one seller
    and one service group (PH, SG, MY, VN, TH, JP or DE, FR, IT, ES)."""

    handover_method: Literal["DROP_OFF", "PICKUP"]
    """`PICKUP` (TikTok Shop logistics collects the bundle) or `DROP_OFF` (you send it with a registered
    provider)."""

    shipping_provider_id: str | None = Field(default=None, strict=True)
    """Shipping provider id; required for `DROP_OFF`."""

    tracking_number: str | None = Field(default=None, strict=True)
    """Tracking number of the bundle; required for `DROP_OFF`."""

    phone_tail_number: str | None = Field(default=None, strict=True)
    """Last 4 digits of the sender's phone number; required for `DROP_OFF`."""


class CreateFirstMileBundleV2Response(ResponseModel):
    """The created bundle."""

    first_mile_bundle_id: str | None = None
    """Id of the first-mile bundle; absent when none was created."""

    url: str | None = None
    """Waybill link of the bundle."""

    errors: NullAsEmpty[list[BundleError]] = Field(default_factory=list)
    """Orders that could not be bundled; check it even when `code` is 0."""


class CreatePackage202309Request(RequestModel):
    """The package to create."""

    order_id: str | None = Field(default=None, strict=True)
    """TikTok Shop order id."""

    order_line_item_ids: list[StrictStr] | None = None
    """Order line items to put in the package."""

    shipping_service_id: str | None = Field(default=None, strict=True)
    """Shipping service to use; the default eligible service when omitted."""

    weight: RequestWeight | None = None
    """Package weight to send."""

    dimension: RequestDimension | None = None
    """Package dimensions to send; length, width and height go together."""


class CreatePackage202309Response(ResponseModel):
    """The created package."""

    package_id: str | None = None
    """Package id."""

    order_id: str | None = None
    """TikTok Shop order id."""

    order_line_item_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Order line items in the package."""

    create_time: int | None = None
    """Creation time, Unix timestamp in seconds."""

    shipping_service_info: ShippingServiceInfo | None = None
    """The shipping service used for a created package."""

    weight: Weight | None = None
    """Package weight."""

    dimension: Dimension | None = None
    """Package dimensions."""


class CreatePackageRequest(RequestModel):
    """The package to create."""

    ship_type: str = Field(strict=True)
    """`1`: a whole order in one package; `2`: part of an order (needs `order_line_item`); `3`: several
    whole orders in one package (needs `order_list_ids`)."""

    order_id: str | None = Field(default=None, strict=True)
    """TikTok Shop order id; required for `ship_type` 1 and 2."""

    order_line_item: list[OrderLineRef] | None = None
    """Order lines to put in the package; required for `ship_type` 2."""

    order_list_ids: list[StrictStr] | None = None
    """Orders to ship together, at least two; required for `ship_type` 3."""

    shipping_service_id: str | None = Field(default=None, strict=True)
    """Shipping service to use; the default eligible service when omitted."""

    weight: RequestWeight | None = None
    """Package weight to send."""

    dimension: RequestDimension | None = None
    """Package dimensions to send; length, width and height go together."""


class CreatePackageResponse(ResponseModel):
    """The created package."""

    package_id: str | None = None
    """Package id."""

    create_time: int | None = None
    """Creation time, Unix timestamp in seconds."""

    shipping_service_info: ShippingServiceInfo | None = None
    """The shipping service used for a created package."""

    weight: Weight | None = None
    """Package weight."""

    dimension: Dimension | None = None
    """Package dimensions."""


class CustomsItemDetail(ResponseModel):
    """Customs clearance detail of one SKU."""

    product_id: str | None = None
    """Product id."""

    sku_id: str | None = None
    """SKU id."""

    qty: int | None = None
    """Quantity of the SKU."""

    price_percent: int | None = None
    """Share of the order line price, in percent (10 means 10%)."""


class Dimension(ResponseModel):
    """Package dimensions."""

    length: str | None = None
    """Length, a decimal number as a string."""

    width: str | None = None
    """Width, a decimal number as a string."""

    height: str | None = None
    """Height, a decimal number as a string."""

    unit: OpenEnum[Literal["CM", "INCH"]] | None = None
    """Unit of the dimensions."""


class Error(ResponseModel):
    """A failed invoice."""

    code: int | None = None
    """Error code."""

    message: str | None = None
    """Error message."""

    detail: ErrorDetail | None = None
    """What the failure concerns."""


class ErrorDetail(ResponseModel):
    """What the failure concerns."""

    package_id: str | None = None
    """Package id."""

    order_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Order ids."""


class GetEligibleShippingServicesQuery(RequestModel):
    """Path and query parameters of FulfillmentSearchOrderShippingServices."""

    order_id: str = Field(min_length=1, strict=True)
    """TikTok Shop order id."""


class GetEligibleShippingServicesRequest(RequestModel):
    """Items and package attributes to price."""

    order_line_item_ids: list[StrictStr] | None = None
    """Order line items to ship."""

    order_line_list: list[OrderLineRef] | None = None
    """Order lines with bundle sub-items, an alternative to `order_line_item_ids`."""

    weight: RequestWeight | None = None
    """Package weight to send."""

    dimension: RequestDimension | None = None
    """Package dimensions to send; length, width and height go together."""


class GetEligibleShippingServicesResponse(ResponseModel):
    """Shipping services for the order."""

    order_id: str | None = None
    """TikTok Shop order id."""

    order_line_id: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Order line items considered."""

    weight: Weight | None = None
    """Package weight."""

    dimension: Dimension | None = None
    """Package dimensions."""

    shipping_services: NullAsEmpty[list[ShippingService]] = Field(default_factory=list)
    """Available shipping services."""


class GetOrderCustomsRequirementsRequest(RequestModel):
    """Orders to check."""

    order_ids: list[StrictStr] = Field(min_length=1, max_length=50)
    """TikTok Shop order ids, 1 to 50."""


class GetOrderCustomsRequirementsResponse(ResponseModel):
    """Customs requirements per order."""

    order_clearance_list: NullAsEmpty[list[OrderClearance]] = Field(default_factory=list)
    """One entry per order."""


class GetOrderHandoverTimeSlotsQuery(RequestModel):
    """Path and query parameters of FulfillmentOrdersOrderIdHandoverTimeSlotsGet."""

    order_id: str = Field(min_length=1, strict=True)
    """TikTok Shop order id."""

    order_line_item_ids: list[StrictStr] | None = None
    """Order line items identifying the package within the order."""


class GetOrderHandoverTimeSlotsResponse(ResponseModel):
    """Handover options of the order's package."""

    can_pickup: bool | None = None
    """Whether door-to-door collection is available."""

    can_drop_off: bool | None = None
    """Whether the package can be dropped off at a drop-off point."""

    can_van_collection: bool | None = None
    """Whether van collection is available (UK only)."""

    drop_off_point_url: str | None = None
    """URL listing the drop-off points."""

    pickup_slots: NullAsEmpty[list[HandoverTimeSlot]] = Field(default_factory=list)
    """Door-to-door collection windows."""


class GetOrderSplitAttributesQuery(RequestModel):
    """Path and query parameters of FulfillmentGetOrderSplitAttributes."""

    order_ids: list[StrictStr] = Field(min_length=1)
    """TikTok Shop order ids to check."""


class GetOrderSplitAttributesResponse(ResponseModel):
    """Split eligibility per order."""

    split_attributes: NullAsEmpty[list[SplitAttribute]] = Field(default_factory=list)
    """One result per order."""


class GetOrderTrackingQuery(RequestModel):
    """Path and query parameters of FulfillmentGetOrderTracking."""

    order_id: str = Field(min_length=1, strict=True)
    """TikTok Shop order id."""


class GetOrderTrackingResponse(ResponseModel):
    """Tracking of an order."""

    tracking: NullAsEmpty[list[Tracking]] = Field(default_factory=list)
    """Tracking events."""


class GetPackageDetailQuery(RequestModel):
    """Path and query parameters of FulfillmentGetPackageDetail."""

    package_id: str = Field(min_length=1, strict=True)
    """TikTok Shop package id."""


class GetPackageDetailResponse(ResponseModel):
    """One package."""

    package_id: str | None = None
    """TikTok Shop package id."""

    orders: NullAsEmpty[list[PackageOrder]] = Field(default_factory=list)
    """Orders in the package."""

    package_status: OpenEnum[Literal["CANCELLED", "COMPLETED", "FULFILLING", "PROCESSING", "TO_FULFILL"]] | None = None
    """Package status: `TO_FULFILL` (waiting to ship), `PROCESSING` (arranged, waiting for the carrier),
    `FULFILLING` (collected, in transit), `COMPLETED` (delivered), `CANCELLED` (canceled, usually lost
    or damaged)."""

    package_sub_status: str | None = None
    """Finer status: `CREATED`, `ISSUE` (allocation failed), `STOCKING`, `RTSING` (label being bought),
    `HBW`, `HBWING` (FBT only), `TSP_PENDING`, `RTS` (label ready to print), `TTS` (picked up),
    `DELIVERED`, `SHIP_EXCEPTION`, `PART_DELIVERED_AND_EXCEPTION`, `CANCELLED`."""

    ship_exception_reason: str | None = None
    """Why the package cannot be delivered: `PACKAGE_DAMAGAED`, `PACKAGE_LOST`, `RETURNED_TO_SHIPPER`,
    `PACKAGE_SCRAP`."""

    split_and_combine_tag: OpenEnum[Literal["COMBINE", "DEFAULT", "SPLIT"]] | None = None
    """`DEFAULT` (neither split nor combined), `COMBINE` (combined with another order) or `SPLIT` (order
    split into packages)."""

    has_multi_skus: bool | None = None
    """Whether the package holds more than one SKU."""

    note_tag: OpenEnum[Literal["BUYER_NOTED", "BUYER_UNNOTED"]] | None = None
    """Whether the buyer left a note on the order."""

    shipping_provider_name: str | None = None
    """Shipping provider name."""

    shipping_provider_id: str | None = None
    """Shipping provider id."""

    shipping_type: OpenEnum[Literal["SELLER", "TIKTOK"]] | None = None
    """Who ships, `TIKTOK` (platform label) or `SELLER` (seller or its fulfillment provider)."""

    delivery_option_name: str | None = None
    """Delivery option name, for display."""

    delivery_option_id: str | None = None
    """Delivery option id (maps to the seller's logistics template)."""

    tracking_number: str | None = None
    """Tracking number of the package."""

    last_mile_tracking_number: str | None = None
    """Last-mile tracking number (cross-border orders only)."""

    pickup_slot: PickupSlot | None = None
    """A carrier pickup time window."""

    create_time: int | None = None
    """Creation time, Unix timestamp in seconds."""

    update_time: int | None = None
    """Last update time, Unix timestamp in seconds."""

    handover_method: OpenEnum[Literal["DROP_OFF", "PICKUP"]] | None = None
    """`PICKUP` (carrier collects from the seller) or `DROP_OFF` (seller drops off at a designated point)."""

    order_line_item_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Order line items in the package."""

    recipient_address: Address | None = None
    """A postal address of a package (recipient or sender)."""

    sender_address: Address | None = None
    """A postal address of a package (recipient or sender)."""

    weight: Weight | None = None
    """Package weight."""

    dimension: Dimension | None = None
    """Package dimensions."""

    insurance: Insurance | None = None
    """Shipping insurance enrolled with the label purchase."""

    biz_extension_tags: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Special tags of the package, e.g. `NON_MCF`."""

    warehouse_id: str | None = None
    """Seller warehouse id of the package."""


class GetPackageHandoverTimeSlotsQuery(RequestModel):
    """Path and query parameters of FulfillmentGetPackageHandoverTimeSlots."""

    package_id: str = Field(min_length=1, strict=True)
    """TikTok Shop package id."""


class GetPackageHandoverTimeSlotsResponse(ResponseModel):
    """Handover options of the package."""

    can_pickup: bool | None = None
    """Whether door-to-door collection is available."""

    can_drop_off: bool | None = None
    """Whether the package can be dropped off at a drop-off point."""

    can_van_collection: bool | None = None
    """Whether van collection is available (UK only)."""

    drop_off_point_url: str | None = None
    """URL listing the drop-off points."""

    pickup_slots: NullAsEmpty[list[HandoverTimeSlot]] = Field(default_factory=list)
    """Door-to-door collection windows."""


class GetPackageShippingDocumentsQuery(RequestModel):
    """Path and query parameters of FulfillmentGetPackageShippingDocuments."""

    package_id: str = Field(min_length=1, strict=True)
    """TikTok Shop package id."""

    document_type: Literal[
        "HAZMAT_LABEL",
        "INVOICE_LABEL",
        "PACKING_SLIP",
        "SHIPPING_LABEL",
        "SHIPPING_LABEL_AND_PACKING_SLIP",
        "SHIPPING_LABEL_PICTURE",
    ]
    """Document to fetch: `SHIPPING_LABEL`, `PACKING_SLIP`, `SHIPPING_LABEL_AND_PACKING_SLIP` (PDF by
    default), `SHIPPING_LABEL_PICTURE` (PNG), `HAZMAT_LABEL` (A4, only for packages with hazmat items)
    or `INVOICE_LABEL` (Brazil only, A6)."""

    document_size: Literal["A5", "A6"] | None = None
    """Paper size of PDF documents, `A6` (default) or `A5`; ignored for pictures and hazmat labels."""

    document_format: Literal["PDF", "ZPL"] | None = None
    """File format, `PDF` (default) or `ZPL` (Brazil and Mexico only); not for `SHIPPING_LABEL_PICTURE`."""

    shipping_period: str | None = Field(default=None, strict=True)
    """Shipping period the document refers to, where the market uses one."""


class GetPackageShippingDocumentsResponse(ResponseModel):
    """A shipping document."""

    doc_url: str | None = None
    """Download URL of the document, valid for 24 hours."""

    tracking_number: str | None = None
    """Tracking number of the package."""


class GetPodCustomizationDetailsRequest(RequestModel):
    """Order lines to look up."""

    main_order_id: str = Field(strict=True)
    """TikTok Shop order id."""

    query_order_lines: list[QueryOrderLine] = Field(min_length=1)
    """Order lines to look up, at least one."""


class GetPodCustomizationDetailsResponse(ResponseModel):
    """Customization per order line."""

    pod_details: NullAsEmpty[list[PodDetail]] = Field(default_factory=list)
    """One entry per order line."""

    status_code: int | None = None
    """Status of the lookup."""


class HandoverTimeSlot(ResponseModel):
    """A door-to-door pickup window."""

    start_time: int | None = None
    """Start of the window, Unix timestamp in seconds."""

    end_time: int | None = None
    """End of the window, Unix timestamp in seconds."""

    avaliable: bool | None = None
    """Whether this window can still be booked (TikTok's spelling)."""


class Insurance(ResponseModel):
    """Shipping insurance enrolled with the label purchase."""

    is_purchased: bool | None = None
    """Whether insurance was bought for the package."""

    coverage_amount: DecimalAmount | None = None
    """Coverage amount, in USD."""

    is_claim_eligible: bool | None = None
    """Whether a claim can be made, based on the refund reason."""

    claim_status: OpenEnum[Literal["APPROVED", "CLAIM_PENDING", "DECLINED", "NOT_STARTED"]] | None = None
    """Claim status."""


class Invoice(RequestModel):
    """One package's invoice."""

    package_id: str = Field(strict=True)
    """Package id, from the package search."""

    order_ids: list[StrictStr]
    """TikTok Shop order ids of the package."""

    file_type: Literal["XML"]
    """Invoice file format."""

    file: str = Field(strict=True)
    """Invoice file, base64-encoded, at most 1 MB."""


class ItemDetail(RequestModel):
    """One SKU of the line."""

    sku_id: str = Field(strict=True)
    """SKU id."""

    qty: int = Field(ge=1.0, strict=True)
    """Quantity, greater than 0."""

    price_percent: int = Field(ge=0.0, le=100.0, strict=True)
    """Share of the order line price, in percent (10 means 10%)."""


class Location(RequestModel):
    """Where the event happened."""

    country: str | None = Field(default=None, strict=True)
    """Country."""

    state: str | None = Field(default=None, strict=True)
    """State."""

    city: str | None = Field(default=None, strict=True)
    """City."""

    zip_code: str | None = Field(default=None, strict=True)
    """Postal code."""


class MarkPackageAsShipped202309Request(RequestModel):
    """What was shipped and how."""

    order_line_item_ids: list[StrictStr] | None = None
    """Order line items in the shipped package."""

    shipping_provider_id: str | None = Field(default=None, strict=True)
    """Shipping provider id, from the logistics shipping providers list."""

    tracking_number: str | None = Field(default=None, strict=True)
    """Tracking number."""


class MarkPackageAsShippedQuery(RequestModel):
    """Path and query parameters of FulfillmentUpdateOrderPackages202610."""

    order_id: str = Field(min_length=1, strict=True)
    """TikTok Shop order id."""


class MarkPackageAsShippedRequest(RequestModel):
    """What was shipped and how."""

    order_line_list: list[OrderLineRef] | None = None
    """Order lines (and bundle sub-items) in the shipped package."""

    shipping_info_list: list[ShippingInfo] | None = None
    """Carrier shipments; several tracking numbers only for allowlisted sellers splitting a single
    non-bundle item, otherwise exactly one."""


class MarkPackageAsShippedResponse(ResponseModel):
    """The package recorded for a seller-shipped order."""

    order_id: str | None = None
    """TikTok Shop order id."""

    order_line_item_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Order line items in the package."""

    package_id: str | None = None
    """Package id."""

    warning: MarkPackageAsShippedWarning | None = None
    """A warning worth reviewing; the call still succeeded."""


class MarkPackageAsShippedWarning(ResponseModel):
    """A warning worth reviewing; the call still succeeded."""

    message: str | None = None
    """Warning text, e.g. the tracking number matched several providers."""


class MustSplitReason(ResponseModel):
    """One package limit."""

    type_: str | None = Field(default=None, alias="type")
    """`CATEGORY_ITEM_LIMITATION` (per-category limit) or `TOTAL_COUNT_LIMITATION` (total quantity limit)."""

    category_id: str | None = None
    """Category of the limit; only for `CATEGORY_ITEM_LIMITATION`."""

    max_count: str | None = None
    """Maximum quantity of items allowed in one package."""


class Order(RequestModel):
    """Customs information of one order."""

    order_id: str = Field(strict=True)
    """TikTok Shop order id."""

    item_list: list[OrderItem] | None = None
    """Entries per order line; an order line appears at most once."""


class OrderClearance(ResponseModel):
    """Customs requirements of one order."""

    order_id: str | None = None
    """TikTok Shop order id."""

    need_fill_clearance: bool | None = None
    """Whether the order needs extra customs information."""

    already_filled_clearance: bool | None = None
    """Whether it was submitted for every order line needing it."""

    target_country: str | None = None
    """Destination country, ISO alpha-2 code."""

    biz_type: int | None = None
    """Business type, 1 (FS) or 2 (POP)."""

    shipment_type: int | None = None
    """Shipment type, 1 (cross-border) or 2 (local)."""

    item_list: NullAsEmpty[list[OrderClearanceItem]] = Field(default_factory=list)
    """Order lines of the order."""


class OrderClearanceItem(ResponseModel):
    """One order line."""

    order_line_id: str | None = None
    """Order line id."""

    product_id: str | None = None
    """Product id."""

    sku_id: str | None = None
    """SKU id."""

    is_virtual_unboxing: bool | None = None
    """Whether the line is a virtual unboxing item."""

    is_temporary_listing: bool | None = None
    """Whether the line is a temporary listing."""

    related_item_detail: NullAsEmpty[list[CustomsItemDetail]] = Field(default_factory=list)
    """Customs details submitted for the line, per SKU."""


class OrderGroup(ResponseModel):
    """A package id with the orders it holds."""

    id: str | None = None
    """Package id."""

    order_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """TikTok Shop order ids in the package."""


class OrderInfo(RequestModel):
    """Redemption data of one order line."""

    order_line_id: str = Field(strict=True)
    """Order line id."""

    redeem_info: RedeemInfo
    """What the buyer redeems."""

    source_unique_id: str | None = Field(default=None, strict=True)
    """Your own unique id of the order line."""


class OrderItem(RequestModel):
    """Customs information of one order line; give `order_line_id` or `sku_id`."""

    order_line_id: str | None = Field(default=None, strict=True)
    """Order line id."""

    sku_id: str | None = Field(default=None, strict=True)
    """SKU id."""

    item_detail: list[ItemDetail] | None = None
    """SKU breakdown of the line; `price_percent` values add up to 100."""


class OrderLineRef(RequestModel):
    """An order line, or a sub-item of a bundle order line."""

    order_line_id: str | None = Field(default=None, strict=True)
    """Order line id."""

    sub_item_id: str | None = Field(default=None, strict=True)
    """Sub-item id inside a bundle product; required for bundle products only."""


class OrderStatus(ResponseModel):
    """Result of one order line."""

    order_line_id: str | None = None
    """Order line id."""

    status_code: int | None = None
    """0 on success, otherwise a failure code."""


class PackageError(ResponseModel):
    """A failure for one package of a batch request."""

    code: int | None = None
    """Failure reason code."""

    message: str | None = None
    """Failure reason."""

    detail: PackageErrorDetail | None = None
    """What the failure concerns."""


class PackageErrorDetail(ResponseModel):
    """What the failure concerns."""

    package_id: str | None = None
    """Id of the failed package."""


class PackageOrder(ResponseModel):
    """An order contained in a package."""

    id: str | None = None
    """TikTok Shop order id."""

    skus: NullAsEmpty[list[PackageSku]] = Field(default_factory=list)
    """SKUs of the order in the package (deprecated)."""


class PackageSku(ResponseModel):
    """A SKU in a package (deprecated by TikTok; use order line items instead)."""

    id: str | None = None
    """SKU id."""

    name: str | None = None
    """SKU name."""

    image_url: str | None = None
    """SKU image URL from the order snapshot."""

    quantity: int | None = None
    """Quantity of the SKU."""


class PackageSummary(ResponseModel):
    """A package as listed by the package search."""

    id: str | None = None
    """Package id."""

    orders: NullAsEmpty[list[PackageOrder]] = Field(default_factory=list)
    """Orders in the package."""

    create_time: int | None = None
    """Creation time, Unix timestamp in seconds."""

    update_time: int | None = None
    """Last update time, Unix timestamp in seconds."""

    status: OpenEnum[Literal["CANCELLED", "COMPLETED", "FULFILLING", "PROCESSING", "TO_FULFILL"]] | None = None
    """Package status: `TO_FULFILL` (waiting to ship), `PROCESSING` (arranged, waiting for the carrier),
    `FULFILLING` (collected, in transit), `COMPLETED` (delivered), `CANCELLED` (canceled, usually lost
    or damaged)."""

    tracking_number: str | None = None
    """Tracking number."""

    shipping_provider_name: str | None = None
    """Shipping provider name."""

    shipping_provider_id: str | None = None
    """Shipping provider id."""

    order_line_item_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Order line items in the package."""


class PickupSlot(ResponseModel):
    """A carrier pickup time window."""

    start_time: int | None = None
    """Start of the window, Unix timestamp in seconds."""

    end_time: int | None = None
    """End of the window, Unix timestamp in seconds."""


class PickupSlotInput(RequestModel):
    """A carrier pickup time window."""

    start_time: int | None = Field(default=None, strict=True)
    """Start of the window, Unix timestamp in seconds."""

    end_time: int | None = Field(default=None, strict=True)
    """End of the window, Unix timestamp in seconds."""


class PodDetail(ResponseModel):
    """Customization of one order line."""

    order_line_id: str | None = None
    """Order line id."""

    pod_info_json: str | None = None
    """The customization template, as a JSON string."""


class QueryOrderLine(RequestModel):
    """One order line."""

    order_line_id: str = Field(strict=True)
    """Order line id."""

    product_id: str = Field(strict=True)
    """Product id."""

    sku_id: str = Field(strict=True)
    """SKU id."""

    pod_order_data_id: str = Field(strict=True)
    """Id of the POD data."""


class RedeemInfo(RequestModel):
    """What the buyer redeems."""

    redeem_type: Literal["CODE", "CODE_PIN", "URL"]
    """`CODE`, `URL` or `CODE_PIN`."""

    redeem_data: str | None = Field(default=None, max_length=1200, strict=True)
    """The code, the URL, or for `CODE_PIN` a JSON string such as `{"type": "CODE_PIN", "code": "12345",
    "pin": "abc"}`; at most 1200 characters."""

    redeem_instruction_info: str | None = Field(default=None, strict=True)
    """Extra instructions as a JSON string, e.g. `{"instruction_url": "https://example.com/redeem"}`."""


class RequestDimension(RequestModel):
    """Package dimensions to send; length, width and height go together."""

    length: str = Field(strict=True)
    """Length, a decimal number as a string."""

    width: str = Field(strict=True)
    """Width, a decimal number as a string."""

    height: str = Field(strict=True)
    """Height, a decimal number as a string."""

    unit: Literal["CM", "INCH"]
    """Unit of the dimensions (`INCH` for US packages)."""


class RequestWeight(RequestModel):
    """Package weight to send."""

    value: str = Field(strict=True)
    """Weight, a decimal number as a string."""

    unit: Literal["GRAM", "POUND"]
    """Unit of the weight."""


class SchedulePackageHandoverRequest(RequestModel):
    """The handover to schedule."""

    order_id: str | None = Field(default=None, strict=True)
    """TikTok Shop order id."""

    order_line_item_ids: list[StrictStr] | None = None
    """Order line items of the package."""

    handover_method: Literal["DROP_OFF", "PICKUP"] | None = None
    """`PICKUP` (carrier collects from the seller) or `DROP_OFF` (seller drops off at a designated point)."""

    pickup_slot: PickupSlotInput | None = None
    """A carrier pickup time window."""


class SchedulePackageHandoverResponse(ResponseModel):
    """The scheduled package."""

    package_id: str | None = None
    """Package id."""

    order_id: str | None = None
    """TikTok Shop order id."""

    order_line_item_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Order line items in the package."""

    handover_method: OpenEnum[Literal["DROP_OFF", "PICKUP"]] | None = None
    """`PICKUP` or `DROP_OFF`."""

    shipping_provider_id: str | None = None
    """Shipping provider id."""

    shipping_provider_name: str | None = None
    """Shipping provider name."""

    tracking_number: str | None = None
    """Tracking number."""

    create_time: int | None = None
    """Creation time, Unix timestamp in seconds."""

    update_time: int | None = None
    """Last update time, Unix timestamp in seconds."""

    weight: Weight | None = None
    """Package weight."""

    dimension: Dimension | None = None
    """Package dimensions."""


class SearchCombinablePackagesQuery(RequestModel):
    """Path and query parameters of FulfillmentSearchCombinablePackages."""

    page_size: int = Field(ge=1, le=50, strict=True)
    """Number of items per page, 1 to 50."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchCombinablePackagesResponse(ResponseModel):
    """One page of combinable packages."""

    combinable_packages: NullAsEmpty[list[OrderGroup]] = Field(default_factory=list)
    """Pre-generated packages whose orders can be combined; pass them to combine."""

    total_count: int | None = None
    """Number of combinable packages."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SearchPackagesQuery(RequestModel):
    """Path and query parameters of FulfillmentSearchPackages."""

    page_size: int = Field(ge=1, le=50, strict=True)
    """Number of items per page, 1 to 50."""

    sort_field: Literal["create_time", "order_pay_time", "update_time"] | None = None
    """Field to sort by; defaults to `create_time`."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchPackagesRequest(RequestModel):
    """Filters of a package search."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Created at or after this time, Unix timestamp in seconds."""

    create_time_lt: int | None = Field(default=None, strict=True)
    """Created before this time, Unix timestamp in seconds."""

    update_time_ge: int | None = Field(default=None, strict=True)
    """Updated at or after this time, Unix timestamp in seconds."""

    update_time_lt: int | None = Field(default=None, strict=True)
    """Updated before this time, Unix timestamp in seconds."""

    package_status: Literal["CANCELLED", "COMPLETED", "FULFILLING", "PROCESSING", "TO_FULFILL"] | None = None
    """Package status: `TO_FULFILL` (waiting to ship), `PROCESSING` (arranged, waiting for the carrier),
    `FULFILLING` (collected, in transit), `COMPLETED` (delivered), `CANCELLED` (canceled, usually lost
    or damaged)."""


class SearchPackagesResponse(ResponseModel):
    """One page of packages."""

    packages: NullAsEmpty[list[PackageSummary]] = Field(default_factory=list)
    """Packages of this page."""

    total_count: int | None = None
    """Number of packages matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SelfShipment(RequestModel):
    """Seller-shipping details of a package (delivery option `SEND_BY_SELLER`)."""

    tracking_number: str = Field(strict=True)
    """The carrier's tracking number of the package."""

    shipping_provider_id: str = Field(strict=True)
    """Shipping provider id, from the logistics shipping providers list."""


class ShipPackageItem(RequestModel):
    """One package of a batch shipment."""

    id: str = Field(strict=True)
    """Package id."""

    handover_method: Literal["DROP_OFF", "PICKUP"] | None = None
    """TikTok Shipping handover: `PICKUP` (carrier collects) or `DROP_OFF` (seller drops off)."""

    pickup_slot: PickupSlotInput | None = None
    """A carrier pickup time window."""

    self_shipment: SelfShipment | None = None
    """Seller-shipping details of a package (delivery option `SEND_BY_SELLER`)."""


class ShipPackageQuery(RequestModel):
    """Path and query parameters of FulfillmentShipPackage."""

    package_id: str = Field(min_length=1, strict=True)
    """TikTok Shop package id."""


class ShipPackageRequest(RequestModel):
    """How to ship the package."""

    handover_method: Literal["DROP_OFF", "PICKUP"] | None = None
    """TikTok Shipping handover: `PICKUP` (carrier collects) or `DROP_OFF` (seller drops off)."""

    pickup_slot: PickupSlotInput | None = None
    """A carrier pickup time window."""

    self_shipment: SelfShipment | None = None
    """Seller-shipping details of a package (delivery option `SEND_BY_SELLER`)."""


class ShipPackageResponse(ResponseModel):
    """Empty; the package is shipped."""

    pass


class ShippingInfo(RequestModel):
    """One carrier shipment (provider and tracking number) of a package."""

    tracking_number: str | None = Field(default=None, strict=True)
    """Tracking number."""

    shipping_provider_id: str | None = Field(default=None, strict=True)
    """Shipping provider id, from the logistics shipping providers list."""

    note: str | None = Field(default=None, strict=True)
    """Label shown to the buyer when one large item ships in several parcels (e.g. "headboard");
    allowlisted sellers only, ignored otherwise."""


class ShippingService(ResponseModel):
    """A shipping service offered for a package."""

    id: str | None = None
    """Shipping service id."""

    name: str | None = None
    """Shipping service name."""

    price: DecimalAmount | None = None
    """Estimated total price."""

    currency: str | None = None
    """Currency of the price."""

    earliest_delivery_days: int | None = None
    """Minimum estimated delivery time, in days (US only)."""

    latest_delivery_days: int | None = None
    """Maximum estimated delivery time, in days (US only)."""

    is_default: bool | None = None
    """Whether this is the default service."""

    shipping_provider_id: str | None = None
    """Shipping provider id (US only)."""

    shipping_provider_name: str | None = None
    """Shipping provider name (US only)."""

    shipping_fee: DecimalAmount | None = None
    """Shipping fee."""

    shipping_app_service_fee: DecimalAmount | None = None
    """Surcharge paid to the ERP app."""

    signature_fee: DecimalAmount | None = None
    """Signature service fee."""


class ShippingServiceInfo(ResponseModel):
    """The shipping service used for a created package."""

    id: str | None = None
    """Shipping service id."""

    name: str | None = None
    """Shipping service name."""

    price: DecimalAmount | None = None
    """Estimated price."""

    currency: str | None = None
    """Currency of the price."""

    earliest_delivery_days: int | None = None
    """Minimum estimated delivery time, in days."""

    latest_delivery_days: int | None = None
    """Maximum estimated delivery time, in days."""

    shipping_provider_id: str | None = None
    """Shipping provider id."""

    shipping_provider_name: str | None = None
    """Shipping provider name."""


class SplitAttribute(ResponseModel):
    """Split eligibility of one order."""

    order_id: str | None = None
    """TikTok Shop order id."""

    can_split: bool | None = None
    """Whether the order can be split into several packages."""

    reason: str | None = None
    """Why the order cannot be split; only when `can_split` is false."""

    must_split: bool | None = None
    """Whether the order has to be split into several packages."""

    must_split_reasons: NullAsEmpty[list[MustSplitReason]] = Field(default_factory=list)
    """Package limits forcing the split; only when `must_split` is true."""


class SplitOrderPackage(ResponseModel):
    """A package created by the split."""

    id: str | None = None
    """New package id, to ship with."""

    splittable_group_id: str | None = None
    """Your label of the group this package came from."""


class SplitOrderQuery(RequestModel):
    """Path and query parameters of FulfillmentSplitOrder."""

    order_id: str = Field(min_length=1, strict=True)
    """TikTok Shop order id."""


class SplitOrderRequest(RequestModel):
    """How to split the order."""

    splittable_groups: list[SplittableGroup]
    """Groups of order line items; each group becomes one package."""

    splittable_groups_v2: list[SplittableGroupsV2] | None = None
    """Like `splittable_groups`, but with order lines and bundle sub-items."""


class SplitOrderResponse(ResponseModel):
    """Packages created by the split."""

    packages: NullAsEmpty[list[SplitOrderPackage]] = Field(default_factory=list)
    """One package per group."""


class SplittableGroup(RequestModel):
    """One group of order line items."""

    id: str = Field(strict=True)
    """Your own label for the group, echoed as `splittable_group_id` in the response."""

    order_line_item_ids: list[StrictStr]
    """Order line items of the group."""


class SplittableGroupsV2(RequestModel):
    """One group of order lines."""

    id: str | None = Field(default=None, strict=True)
    """Your own label for the group, echoed as `splittable_group_id` in the response."""

    order_line_list: list[OrderLineRef] | None = None
    """Order lines (and bundle sub-items) of the group."""


class SubmitCustomsClearanceInformationRequest(RequestModel):
    """Customs clearance information to submit."""

    order_list: list[Order] | None = Field(default=None, max_length=100)
    """Orders, at most 100."""


class SubmitCustomsClearanceInformationResponse(ResponseModel):
    """Empty; the information is submitted."""

    pass


class SubmitRedemptionInformationRequest(RequestModel):
    """Redemption data of an order."""

    order_id: str = Field(strict=True)
    """TikTok Shop order id."""

    order_info_list: list[OrderInfo] = Field(min_length=1)
    """Order lines of the order, at least one, each at most once."""


class SubmitRedemptionInformationResponse(ResponseModel):
    """Result per order line."""

    order_statuses: NullAsEmpty[list[OrderStatus]] = Field(default_factory=list)
    """One result per order line."""


class Track(RequestModel):
    """One tracking event."""

    action_code: int = Field(strict=True)
    """Standard event code, from TikTok's allowlist."""

    occur_time: int = Field(strict=True)
    """When the event happened, Unix timestamp in milliseconds (UTC)."""

    description: str = Field(strict=True)
    """Your description of the event."""

    tracking_no: str = Field(strict=True)
    """Waybill number (or invoice id when there is none)."""

    failed_reason: str | None = Field(default=None, strict=True)
    """Exception reason code, from TikTok's allowlist."""

    proof_url: str | None = Field(default=None, strict=True)
    """Link to a proof of the event."""

    location: Location | None = None
    """Where the event happened."""


class TrackResult(ResponseModel):
    """Whether one event was accepted."""

    action_code: int | None = None
    """Event code sent."""

    occur_time: int | None = None
    """Event time sent, Unix timestamp in milliseconds."""

    description: str | None = None
    """Event description sent."""

    tracking_no: str | None = None
    """Waybill number sent."""

    code: int | None = None
    """0 when accepted, otherwise an error code."""

    message: str | None = None
    """Result message; the failure reason when rejected."""


class Tracking(ResponseModel):
    """One tracking event."""

    description: str | None = None
    """Event description."""

    update_time_millis: int | None = None
    """Event time, Unix timestamp in milliseconds."""

    action_code: int | None = None
    """Code of the event type."""


class UncombineOrdersRequest(RequestModel):
    """Orders to take out of their combined packages."""

    order_ids: list[StrictStr] | None = None
    """TikTok Shop order ids to take out."""


class UncombineOrdersResponse(ResponseModel):
    """Packages after uncombining."""

    packages: NullAsEmpty[list[OrderGroup]] = Field(default_factory=list)
    """New packages of the removed orders."""


class UncombinePackageQuery(RequestModel):
    """Path and query parameters of FulfillmentUncombinePackages."""

    package_id: str = Field(min_length=1, strict=True)
    """Id of the combined package to take orders out of."""


class UncombinePackageRequest(RequestModel):
    """Orders to take out of the package."""

    order_ids: list[StrictStr] | None = None
    """TikTok Shop order ids to take out; they must belong to the package."""


class UncombinePackageResponse(ResponseModel):
    """Packages after uncombining."""

    packages: NullAsEmpty[list[OrderGroup]] = Field(default_factory=list)
    """New packages of the removed orders."""


class UpdateOrderShippingInfoQuery(RequestModel):
    """Path and query parameters of FulfillmentUpdateOrderShippingInfo."""

    order_id: str = Field(min_length=1, strict=True)
    """TikTok Shop order id."""


class UpdateOrderShippingInfoRequest(RequestModel):
    """The corrected shipping details."""

    tracking_number: str = Field(strict=True)
    """Carrier tracking number, 4 to 50 letters, digits, `-`, `_`, `.` or `/`."""

    shipping_provider_id: str = Field(strict=True)
    """Shipping provider id, from the logistics shipping providers list."""


class UpdateOrderShippingInfoResponse(ResponseModel):
    """Empty; the shipping info is updated."""

    pass


class UpdatePackageDeliveryStatusPackage(RequestModel):
    """Delivery outcome of one package."""

    id: str = Field(strict=True)
    """Package id."""

    delivery_type: Literal["DELIVERY_FAILED", "DELIVERY_SUCCESS", "UPDATE_POD"]
    """`DELIVERY_SUCCESS` (delivered, also for in-store pickup), `DELIVERY_FAILED` (SOF) or `UPDATE_POD`
    (replace the proof of an already delivered SOF package)."""

    fail_delivery_reason: (
        Literal[
            "BUYER_REFUSED",
            "DELAY_DELIVERY",
            "FORCE_MAJEURE",
            "INVALID_ADDRESS",
            "OTHER",
            "PACKAGE_DAMAGE",
            "PACKAGE_LOST",
            "UNABLE_CONTACT_BUYER",
            "UNABLE_RECEIVE",
        ]
        | None
    ) = None
    """Why delivery failed; required when `delivery_type` is `DELIVERY_FAILED`."""

    file_type: Literal["IMG", "PDF"] | None = None
    """Type of the proof attachment."""

    file_url: str | None = Field(default=None, strict=True)
    """URL of the proof attachment, from the proof-of-delivery image or file upload."""

    verification_code: str | None = Field(default=None, strict=True)
    """The buyer's pickup verification code (in-store pickup)."""


class UpdatePackageDeliveryStatusRequest(RequestModel):
    """Delivery outcomes to report."""

    packages: list[UpdatePackageDeliveryStatusPackage]
    """Packages to update, at least one."""


class UpdatePackageDeliveryStatusResponse(ResponseModel):
    """Outcome of the update."""

    errors: NullAsEmpty[list[PackageError]] = Field(default_factory=list)
    """Packages that could not be updated; check it even when `code` is 0."""


class UpdatePackageShippingInfo202309Request(RequestModel):
    """The corrected shipping details."""

    tracking_number: str = Field(strict=True)
    """Carrier tracking number."""

    shipping_provider_id: str = Field(strict=True)
    """Shipping provider id, from the logistics shipping providers list."""


class UpdatePackageShippingInfoQuery(RequestModel):
    """Path and query parameters of FulfillmentUpdatePackageShippingInfo202610."""

    package_id: str = Field(min_length=1, strict=True)
    """TikTok Shop package id."""


class UpdatePackageShippingInfoRequest(RequestModel):
    """The corrected carrier shipments."""

    shipping_info_list: list[ShippingInfo]
    """Carrier shipments; several tracking numbers only for allowlisted sellers splitting a single
    non-bundle item, otherwise exactly one."""


class UpdatePackageShippingInfoResponse(ResponseModel):
    """Empty; the shipping info is updated."""

    pass


class UpdateTrackingStatusRequest(RequestModel):
    """Tracking events of an order."""

    country: str = Field(strict=True)
    """Country of the order."""

    order_id: str = Field(strict=True)
    """TikTok Shop order id."""

    provider_id: str = Field(strict=True)
    """Logistics provider id, the one used when the order shipped."""

    tracks: list[Track] = Field(max_length=50)
    """Tracking events, at most 50."""

    external_tracking_url: str | None = Field(default=None, strict=True)
    """Tracking page or website of the provider."""


class UpdateTrackingStatusResponse(ResponseModel):
    """Result per tracking event."""

    track_results: NullAsEmpty[list[TrackResult]] = Field(default_factory=list)
    """One result per event sent."""


class UploadFileRequest(RequestModel):
    """The file to upload."""

    data: FileInput
    """PDF file, at most 10 MB."""

    name: str = Field(strict=True)
    """File name, extension included."""


class UploadFileResponse(ResponseModel):
    """The uploaded file."""

    url: str | None = None
    """URL of the file, openable in a browser."""

    name: str | None = None
    """File name."""


class UploadImageRequest(RequestModel):
    """The image to upload."""

    data: FileInput
    """Image file, JPG, JPEG or PNG, 100x100 to 20000x20000 pixels, at most 5 MB."""


class UploadImageResponse(ResponseModel):
    """The uploaded image."""

    url: str | None = None
    """URL of the image, openable in a browser."""

    height: int | None = None
    """Height of the processed image, in pixels."""

    width: int | None = None
    """Width of the processed image, in pixels."""


class UploadInvoiceRequest(RequestModel):
    """Invoices to upload."""

    invoices: list[Invoice] | None = Field(default=None, min_length=1, max_length=500)
    """Invoices, 1 to 500."""


class UploadInvoiceResponse(ResponseModel):
    """Outcome of the upload."""

    errors: NullAsEmpty[list[Error]] = Field(default_factory=list)
    """Invoices that failed; check it even when `code` is 0."""


class Weight(ResponseModel):
    """Package weight."""

    value: str | None = None
    """Weight, a decimal number as a string."""

    unit: OpenEnum[Literal["GRAM", "POUND"]] | None = None
    """Unit of the weight."""
