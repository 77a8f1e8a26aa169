"""Models of the `fulfillment` module.

Packages of the seller's orders, from splitting and combining to shipping, labels and delivery
proof."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tiktok_shop._contract import FileInput, RequestModel, ResponseModel

__all__ = [
    "FulfillmentAddress",
    "FulfillmentBatchShipPackagesRequest",
    "FulfillmentBatchShipPackagesResponse",
    "FulfillmentDimension",
    "FulfillmentGetOrderSplitAttributesQuery",
    "FulfillmentGetOrderSplitAttributesResponse",
    "FulfillmentGetOrderSplitAttributesResponseSplitAttributesItem",
    "FulfillmentGetOrderSplitAttributesResponseSplitAttributesItemMustSplitReasonsItem",
    "FulfillmentGetOrderTrackingQuery",
    "FulfillmentGetOrderTrackingResponse",
    "FulfillmentGetOrderTrackingResponseTrackingItem",
    "FulfillmentGetPackageDetailQuery",
    "FulfillmentGetPackageDetailResponse",
    "FulfillmentGetPackageDetailResponseInsurance",
    "FulfillmentGetPackageShippingDocumentsQuery",
    "FulfillmentGetPackageShippingDocumentsResponse",
    "FulfillmentHandoverTimeSlot",
    "FulfillmentOrderLineRef",
    "FulfillmentOrdersOrderIdHandoverTimeSlotsGetQuery",
    "FulfillmentOrdersOrderIdHandoverTimeSlotsGetResponse",
    "FulfillmentPackageError",
    "FulfillmentPackageErrorDetail",
    "FulfillmentPackageOrder",
    "FulfillmentPackageSku",
    "FulfillmentPackageSummary",
    "FulfillmentPickupSlot",
    "FulfillmentPickupSlotInput",
    "FulfillmentRequestDimension",
    "FulfillmentRequestWeight",
    "FulfillmentSearchOrderShippingServicesQuery",
    "FulfillmentSearchOrderShippingServicesRequest",
    "FulfillmentSearchOrderShippingServicesResponse",
    "FulfillmentSearchPackagesQuery",
    "FulfillmentSearchPackagesRequest",
    "FulfillmentSearchPackagesResponse",
    "FulfillmentSelfShipment",
    "FulfillmentShipPackageItem",
    "FulfillmentShipPackageQuery",
    "FulfillmentShipPackageRequest",
    "FulfillmentShipPackageResponse",
    "FulfillmentShippingInfo",
    "FulfillmentShippingService",
    "FulfillmentSplitOrderQuery",
    "FulfillmentSplitOrderRequest",
    "FulfillmentSplitOrderRequestSplittableGroupsItem",
    "FulfillmentSplitOrderRequestSplittableGroupsV2Item",
    "FulfillmentSplitOrderResponse",
    "FulfillmentSplitOrderResponsePackagesItem",
    "FulfillmentUpdateOrderPackages202610Query",
    "FulfillmentUpdateOrderPackages202610Request",
    "FulfillmentUpdateOrderPackages202610Response",
    "FulfillmentUpdateOrderPackages202610ResponseWarning",
    "FulfillmentUpdateOrderPackagesQuery",
    "FulfillmentUpdateOrderPackagesRequest",
    "FulfillmentUpdateOrderPackagesResponse",
    "FulfillmentUpdateOrderPackagesResponseWarning",
    "FulfillmentUpdateOrderShippingInfoQuery",
    "FulfillmentUpdateOrderShippingInfoRequest",
    "FulfillmentUpdateOrderShippingInfoResponse",
    "FulfillmentUploadFileRequest",
    "FulfillmentUploadFileResponse",
    "FulfillmentUploadImageRequest",
    "FulfillmentUploadImageResponse",
    "FulfillmentWeight",
]


class FulfillmentAddress(ResponseModel):
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


class FulfillmentBatchShipPackagesRequest(RequestModel):
    """Packages to ship."""

    packages: list[FulfillmentShipPackageItem]
    """Packages to ship, each with its handover or seller-shipping details."""


class FulfillmentBatchShipPackagesResponse(ResponseModel):
    """Outcome of a batch shipment."""

    errors: list[FulfillmentPackageError] | None = None
    """Packages that could not be shipped; check it even when `code` is 0."""


class FulfillmentDimension(ResponseModel):
    """Package dimensions."""

    length: str | None = None
    """Length, a decimal number as a string."""

    width: str | None = None
    """Width, a decimal number as a string."""

    height: str | None = None
    """Height, a decimal number as a string."""

    unit: str | None = None
    """Unit of the dimensions. Known values: CM, INCH."""


class FulfillmentGetOrderSplitAttributesQuery(RequestModel):
    """Path and query parameters of FulfillmentGetOrderSplitAttributes."""

    order_ids: list[str]


class FulfillmentGetOrderSplitAttributesResponse(ResponseModel):
    """Split eligibility per order."""

    split_attributes: list[FulfillmentGetOrderSplitAttributesResponseSplitAttributesItem] | None = None
    """One result per order."""


class FulfillmentGetOrderSplitAttributesResponseSplitAttributesItem(ResponseModel):
    """Split eligibility of one order."""

    order_id: str | None = None
    """TikTok Shop order id."""

    can_split: bool | None = None
    """Whether the order can be split into several packages."""

    reason: str | None = None
    """Why the order cannot be split; only when `can_split` is false."""

    must_split: bool | None = None
    """Whether the order has to be split into several packages."""

    must_split_reasons: (
        list[FulfillmentGetOrderSplitAttributesResponseSplitAttributesItemMustSplitReasonsItem] | None
    ) = None
    """Package limits forcing the split; only when `must_split` is true."""


class FulfillmentGetOrderSplitAttributesResponseSplitAttributesItemMustSplitReasonsItem(ResponseModel):
    """One package limit."""

    type_: str | None = Field(default=None, alias="type")
    """`CATEGORY_ITEM_LIMITATION` (per-category limit) or `TOTAL_COUNT_LIMITATION` (total quantity limit)."""

    category_id: str | None = None
    """Category of the limit; only for `CATEGORY_ITEM_LIMITATION`."""

    max_count: str | None = None
    """Maximum quantity of items allowed in one package."""


class FulfillmentGetOrderTrackingQuery(RequestModel):
    """Path and query parameters of FulfillmentGetOrderTracking."""

    order_id: str


class FulfillmentGetOrderTrackingResponse(ResponseModel):
    """Tracking of an order."""

    tracking: list[FulfillmentGetOrderTrackingResponseTrackingItem] | None = None
    """Tracking events."""


class FulfillmentGetOrderTrackingResponseTrackingItem(ResponseModel):
    """One tracking event."""

    description: str | None = None
    """Event description."""

    update_time_millis: int | None = None
    """Event time, Unix timestamp in milliseconds."""

    action_code: int | None = None
    """Code of the event type."""


class FulfillmentGetPackageDetailQuery(RequestModel):
    """Path and query parameters of FulfillmentGetPackageDetail."""

    package_id: str


class FulfillmentGetPackageDetailResponse(ResponseModel):
    """One package."""

    package_id: str | None = None
    """TikTok Shop package id."""

    orders: list[FulfillmentPackageOrder] | None = None
    """Orders in the package."""

    package_status: str | None = None
    """Package status: `TO_FULFILL` (waiting to ship), `PROCESSING` (arranged, waiting for the carrier),
    `FULFILLING` (collected, in transit), `COMPLETED` (delivered), `CANCELLED` (canceled, usually lost
    or damaged). Known values: TO_FULFILL, PROCESSING, FULFILLING, COMPLETED, CANCELLED."""

    package_sub_status: str | None = None
    """Finer status: `CREATED`, `ISSUE` (allocation failed), `STOCKING`, `RTSING` (label being bought),
    `HBW`, `HBWING` (FBT only), `TSP_PENDING`, `RTS` (label ready to print), `TTS` (picked up),
    `DELIVERED`, `SHIP_EXCEPTION`, `PART_DELIVERED_AND_EXCEPTION`, `CANCELLED`."""

    ship_exception_reason: str | None = None
    """Why the package cannot be delivered: `PACKAGE_DAMAGAED`, `PACKAGE_LOST`, `RETURNED_TO_SHIPPER`,
    `PACKAGE_SCRAP`."""

    split_and_combine_tag: str | None = None
    """`DEFAULT` (neither split nor combined), `COMBINE` (combined with another order) or `SPLIT` (order
    split into packages). Known values: DEFAULT, COMBINE, SPLIT."""

    has_multi_skus: bool | None = None
    """Whether the package holds more than one SKU."""

    note_tag: str | None = None
    """Whether the buyer left a note on the order. Known values: BUYER_UNNOTED, BUYER_NOTED."""

    shipping_provider_name: str | None = None
    """Shipping provider name."""

    shipping_provider_id: str | None = None
    """Shipping provider id."""

    shipping_type: str | None = None
    """Who ships, `TIKTOK` (platform label) or `SELLER` (seller or its fulfillment provider). Known values:
    TIKTOK, SELLER."""

    delivery_option_name: str | None = None
    """Delivery option name, for display."""

    delivery_option_id: str | None = None
    """Delivery option id (maps to the seller's logistics template)."""

    tracking_number: str | None = None
    """Tracking number of the package."""

    last_mile_tracking_number: str | None = None
    """Last-mile tracking number (cross-border orders only)."""

    pickup_slot: FulfillmentPickupSlot | None = None
    """A carrier pickup time window."""

    create_time: int | None = None
    """Creation time, Unix timestamp in seconds."""

    update_time: int | None = None
    """Last update time, Unix timestamp in seconds."""

    handover_method: str | None = None
    """`PICKUP` (carrier collects from the seller) or `DROP_OFF` (seller drops off at a designated point).
    Known values: PICKUP, DROP_OFF."""

    order_line_item_ids: list[str] | None = None
    """Order line items in the package."""

    recipient_address: FulfillmentAddress | None = None
    """A postal address of a package (recipient or sender)."""

    sender_address: FulfillmentAddress | None = None
    """A postal address of a package (recipient or sender)."""

    weight: FulfillmentWeight | None = None
    """Package weight."""

    dimension: FulfillmentDimension | None = None
    """Package dimensions."""

    insurance: FulfillmentGetPackageDetailResponseInsurance | None = None
    """Shipping insurance enrolled with the label purchase."""

    biz_extension_tags: list[str] | None = None
    """Special tags of the package, e.g. `NON_MCF`."""

    warehouse_id: str | None = None
    """Seller warehouse id of the package."""


class FulfillmentGetPackageDetailResponseInsurance(ResponseModel):
    """Shipping insurance enrolled with the label purchase."""

    is_purchased: bool | None = None
    """Whether insurance was bought for the package."""

    coverage_amount: str | None = None
    """Coverage amount, in USD."""

    is_claim_eligible: bool | None = None
    """Whether a claim can be made, based on the refund reason."""

    claim_status: str | None = None
    """Claim status. Known values: NOT_STARTED, CLAIM_PENDING, APPROVED, DECLINED."""


class FulfillmentGetPackageShippingDocumentsQuery(RequestModel):
    """Path and query parameters of FulfillmentGetPackageShippingDocuments."""

    package_id: str

    document_type: Literal[
        "HAZMAT_LABEL",
        "INVOICE_LABEL",
        "PACKING_SLIP",
        "SHIPPING_LABEL",
        "SHIPPING_LABEL_AND_PACKING_SLIP",
        "SHIPPING_LABEL_PICTURE",
    ]

    document_size: Literal["A5", "A6"] | None = None

    document_format: Literal["PDF", "ZPL"] | None = None

    shipping_period: str | None = None


class FulfillmentGetPackageShippingDocumentsResponse(ResponseModel):
    """A shipping document."""

    doc_url: str | None = None
    """Download URL of the document, valid for 24 hours."""

    tracking_number: str | None = None
    """Tracking number of the package."""


class FulfillmentHandoverTimeSlot(ResponseModel):
    """A door-to-door pickup window."""

    start_time: int | None = None
    """Start of the window, Unix timestamp in seconds."""

    end_time: int | None = None
    """End of the window, Unix timestamp in seconds."""

    avaliable: bool | None = None
    """Whether this window can still be booked (TikTok's spelling)."""


class FulfillmentOrderLineRef(RequestModel):
    """An order line, or a sub-item of a bundle order line."""

    order_line_id: str | None = None
    """Order line id."""

    sub_item_id: str | None = None
    """Sub-item id inside a bundle product; required for bundle products only."""


class FulfillmentOrdersOrderIdHandoverTimeSlotsGetQuery(RequestModel):
    """Path and query parameters of FulfillmentOrdersOrderIdHandoverTimeSlotsGet."""

    order_id: str

    order_line_item_ids: list[str] | None = None


class FulfillmentOrdersOrderIdHandoverTimeSlotsGetResponse(ResponseModel):
    """Handover options of the order's package."""

    can_pickup: bool | None = None
    """Whether door-to-door collection is available."""

    can_drop_off: bool | None = None
    """Whether the package can be dropped off at a drop-off point."""

    can_van_collection: bool | None = None
    """Whether van collection is available (UK only)."""

    drop_off_point_url: str | None = None
    """URL listing the drop-off points."""

    pickup_slots: list[FulfillmentHandoverTimeSlot] | None = None
    """Door-to-door collection windows."""


class FulfillmentPackageError(ResponseModel):
    """A failure for one package of a batch request."""

    code: int | None = None
    """Failure reason code."""

    message: str | None = None
    """Failure reason."""

    detail: FulfillmentPackageErrorDetail | None = None
    """What the failure concerns."""


class FulfillmentPackageErrorDetail(ResponseModel):
    """What the failure concerns."""

    package_id: str | None = None
    """Id of the failed package."""


class FulfillmentPackageOrder(ResponseModel):
    """An order contained in a package."""

    id: str | None = None
    """TikTok Shop order id."""

    skus: list[FulfillmentPackageSku] | None = None
    """SKUs of the order in the package (deprecated)."""


class FulfillmentPackageSku(ResponseModel):
    """A SKU in a package (deprecated by TikTok; use order line items instead)."""

    id: str | None = None
    """SKU id."""

    name: str | None = None
    """SKU name."""

    image_url: str | None = None
    """SKU image URL from the order snapshot."""

    quantity: int | None = None
    """Quantity of the SKU."""


class FulfillmentPackageSummary(ResponseModel):
    """A package as listed by the package search."""

    id: str | None = None
    """Package id."""

    orders: list[FulfillmentPackageOrder] | None = None
    """Orders in the package."""

    create_time: int | None = None
    """Creation time, Unix timestamp in seconds."""

    update_time: int | None = None
    """Last update time, Unix timestamp in seconds."""

    status: str | None = None
    """Package status: `TO_FULFILL` (waiting to ship), `PROCESSING` (arranged, waiting for the carrier),
    `FULFILLING` (collected, in transit), `COMPLETED` (delivered), `CANCELLED` (canceled, usually lost
    or damaged). Known values: TO_FULFILL, PROCESSING, FULFILLING, COMPLETED, CANCELLED."""

    tracking_number: str | None = None
    """Tracking number."""

    shipping_provider_name: str | None = None
    """Shipping provider name."""

    shipping_provider_id: str | None = None
    """Shipping provider id."""

    order_line_item_ids: list[str] | None = None
    """Order line items in the package."""


class FulfillmentPickupSlot(ResponseModel):
    """A carrier pickup time window."""

    start_time: int | None = None
    """Start of the window, Unix timestamp in seconds."""

    end_time: int | None = None
    """End of the window, Unix timestamp in seconds."""


class FulfillmentPickupSlotInput(RequestModel):
    """A carrier pickup time window."""

    start_time: int | None = None
    """Start of the window, Unix timestamp in seconds."""

    end_time: int | None = None
    """End of the window, Unix timestamp in seconds."""


class FulfillmentRequestDimension(RequestModel):
    """Package dimensions to send; length, width and height go together."""

    length: str
    """Length, a decimal number as a string."""

    width: str
    """Width, a decimal number as a string."""

    height: str
    """Height, a decimal number as a string."""

    unit: Literal["CM", "INCH"]
    """Unit of the dimensions (`INCH` for US packages)."""


class FulfillmentRequestWeight(RequestModel):
    """Package weight to send."""

    value: str
    """Weight, a decimal number as a string."""

    unit: Literal["GRAM", "POUND"]
    """Unit of the weight."""


class FulfillmentSearchOrderShippingServicesQuery(RequestModel):
    """Path and query parameters of FulfillmentSearchOrderShippingServices."""

    order_id: str


class FulfillmentSearchOrderShippingServicesRequest(RequestModel):
    """Items and package attributes to price."""

    order_line_item_ids: list[str] | None = None
    """Order line items to ship."""

    order_line_list: list[FulfillmentOrderLineRef] | None = None
    """Order lines with bundle sub-items, an alternative to `order_line_item_ids`."""

    weight: FulfillmentRequestWeight | None = None
    """Package weight to send."""

    dimension: FulfillmentRequestDimension | None = None
    """Package dimensions to send; length, width and height go together."""


class FulfillmentSearchOrderShippingServicesResponse(ResponseModel):
    """Shipping services for the order."""

    order_id: str | None = None
    """TikTok Shop order id."""

    order_line_id: list[str] | None = None
    """Order line items considered."""

    weight: FulfillmentWeight | None = None
    """Package weight."""

    dimension: FulfillmentDimension | None = None
    """Package dimensions."""

    shipping_services: list[FulfillmentShippingService] | None = None
    """Available shipping services."""


class FulfillmentSearchPackagesQuery(RequestModel):
    """Path and query parameters of FulfillmentSearchPackages."""

    page_size: int

    sort_field: Literal["create_time", "order_pay_time", "update_time"] | None = None

    sort_order: Literal["ASC", "DESC"] | None = None

    page_token: str | None = None


class FulfillmentSearchPackagesRequest(RequestModel):
    """Filters of a package search."""

    create_time_ge: int | None = None
    """Created at or after this time, Unix timestamp in seconds."""

    create_time_lt: int | None = None
    """Created before this time, Unix timestamp in seconds."""

    update_time_ge: int | None = None
    """Updated at or after this time, Unix timestamp in seconds."""

    update_time_lt: int | None = None
    """Updated before this time, Unix timestamp in seconds."""

    package_status: Literal["CANCELLED", "COMPLETED", "FULFILLING", "PROCESSING", "TO_FULFILL"] | None = None
    """Package status: `TO_FULFILL` (waiting to ship), `PROCESSING` (arranged, waiting for the carrier),
    `FULFILLING` (collected, in transit), `COMPLETED` (delivered), `CANCELLED` (canceled, usually lost
    or damaged)."""


class FulfillmentSearchPackagesResponse(ResponseModel):
    """One page of packages."""

    packages: list[FulfillmentPackageSummary] | None = None
    """Packages of this page."""

    total_count: int | None = None
    """Number of packages matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class FulfillmentSelfShipment(RequestModel):
    """Seller-shipping details of a package (delivery option `SEND_BY_SELLER`)."""

    tracking_number: str
    """The carrier's tracking number of the package."""

    shipping_provider_id: str
    """Shipping provider id, from the logistics shipping providers list."""


class FulfillmentShipPackageItem(RequestModel):
    """One package of a batch shipment."""

    id: str
    """Package id."""

    handover_method: Literal["DROP_OFF", "PICKUP"] | None = None
    """TikTok Shipping handover: `PICKUP` (carrier collects) or `DROP_OFF` (seller drops off)."""

    pickup_slot: FulfillmentPickupSlotInput | None = None
    """A carrier pickup time window."""

    self_shipment: FulfillmentSelfShipment | None = None
    """Seller-shipping details of a package (delivery option `SEND_BY_SELLER`)."""


class FulfillmentShipPackageQuery(RequestModel):
    """Path and query parameters of FulfillmentShipPackage."""

    package_id: str


class FulfillmentShipPackageRequest(RequestModel):
    """How to ship the package."""

    handover_method: Literal["DROP_OFF", "PICKUP"] | None = None
    """TikTok Shipping handover: `PICKUP` (carrier collects) or `DROP_OFF` (seller drops off)."""

    pickup_slot: FulfillmentPickupSlotInput | None = None
    """A carrier pickup time window."""

    self_shipment: FulfillmentSelfShipment | None = None
    """Seller-shipping details of a package (delivery option `SEND_BY_SELLER`)."""


class FulfillmentShipPackageResponse(ResponseModel):
    """Empty; the package is shipped."""

    pass


class FulfillmentShippingInfo(RequestModel):
    """One carrier shipment (provider and tracking number) of a package."""

    tracking_number: str | None = None
    """Tracking number."""

    shipping_provider_id: str | None = None
    """Shipping provider id, from the logistics shipping providers list."""

    note: str | None = None
    """Label shown to the buyer when one large item ships in several parcels (e.g. "headboard");
    allowlisted sellers only, ignored otherwise."""


class FulfillmentShippingService(ResponseModel):
    """A shipping service offered for a package."""

    id: str | None = None
    """Shipping service id."""

    name: str | None = None
    """Shipping service name."""

    price: str | None = None
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

    shipping_fee: str | None = None
    """Shipping fee."""

    shipping_app_service_fee: str | None = None
    """Surcharge paid to the ERP app."""

    signature_fee: str | None = None
    """Signature service fee."""


class FulfillmentSplitOrderQuery(RequestModel):
    """Path and query parameters of FulfillmentSplitOrder."""

    order_id: str


class FulfillmentSplitOrderRequest(RequestModel):
    """How to split the order."""

    splittable_groups: list[FulfillmentSplitOrderRequestSplittableGroupsItem]
    """Groups of order line items; each group becomes one package."""

    splittable_groups_v2: list[FulfillmentSplitOrderRequestSplittableGroupsV2Item] | None = None
    """Like `splittable_groups`, but with order lines and bundle sub-items."""


class FulfillmentSplitOrderRequestSplittableGroupsItem(RequestModel):
    """One group of order line items."""

    id: str
    """Your own label for the group, echoed as `splittable_group_id` in the response."""

    order_line_item_ids: list[str]
    """Order line items of the group."""


class FulfillmentSplitOrderRequestSplittableGroupsV2Item(RequestModel):
    """One group of order lines."""

    id: str | None = None
    """Your own label for the group, echoed as `splittable_group_id` in the response."""

    order_line_list: list[FulfillmentOrderLineRef] | None = None
    """Order lines (and bundle sub-items) of the group."""


class FulfillmentSplitOrderResponse(ResponseModel):
    """Packages created by the split."""

    packages: list[FulfillmentSplitOrderResponsePackagesItem] | None = None
    """One package per group."""


class FulfillmentSplitOrderResponsePackagesItem(ResponseModel):
    """A package created by the split."""

    id: str | None = None
    """New package id, to ship with."""

    splittable_group_id: str | None = None
    """Your label of the group this package came from."""


class FulfillmentUpdateOrderPackages202610Query(RequestModel):
    """Path and query parameters of FulfillmentUpdateOrderPackages202610."""

    order_id: str


class FulfillmentUpdateOrderPackages202610Request(RequestModel):
    """What was shipped and how."""

    order_line_list: list[FulfillmentOrderLineRef] | None = None
    """Order lines (and bundle sub-items) in the shipped package."""

    shipping_info_list: list[FulfillmentShippingInfo] | None = None
    """Carrier shipments; several tracking numbers only for allowlisted sellers splitting a single non-
    bundle item, otherwise exactly one."""


class FulfillmentUpdateOrderPackages202610Response(ResponseModel):
    """The package recorded for a seller-shipped order."""

    order_id: str | None = None
    """TikTok Shop order id."""

    order_line_item_ids: list[str] | None = None
    """Order line items in the package."""

    package_id: str | None = None
    """Package id."""

    warning: FulfillmentUpdateOrderPackages202610ResponseWarning | None = None
    """A warning worth reviewing; the call still succeeded."""


class FulfillmentUpdateOrderPackages202610ResponseWarning(ResponseModel):
    """A warning worth reviewing; the call still succeeded."""

    message: str | None = None
    """Warning text, e.g. the tracking number matched several providers."""


class FulfillmentUpdateOrderPackagesQuery(RequestModel):
    """Path and query parameters of FulfillmentUpdateOrderPackages."""

    order_id: str


class FulfillmentUpdateOrderPackagesRequest(RequestModel):
    """What was shipped and how."""

    order_line_item_ids: list[str] | None = None
    """Order line items in the shipped package."""

    shipping_provider_id: str | None = None
    """Shipping provider id, from the logistics shipping providers list."""

    tracking_number: str | None = None
    """Tracking number."""


class FulfillmentUpdateOrderPackagesResponse(ResponseModel):
    """The package recorded for a seller-shipped order."""

    order_id: str | None = None
    """TikTok Shop order id."""

    order_line_item_ids: list[str] | None = None
    """Order line items in the package."""

    package_id: str | None = None
    """Package id."""

    warning: FulfillmentUpdateOrderPackagesResponseWarning | None = None
    """A warning worth reviewing; the call still succeeded."""


class FulfillmentUpdateOrderPackagesResponseWarning(ResponseModel):
    """A warning worth reviewing; the call still succeeded."""

    message: str | None = None
    """Warning text, e.g. the tracking number matched several providers."""


class FulfillmentUpdateOrderShippingInfoQuery(RequestModel):
    """Path and query parameters of FulfillmentUpdateOrderShippingInfo."""

    order_id: str


class FulfillmentUpdateOrderShippingInfoRequest(RequestModel):
    """The corrected shipping details."""

    tracking_number: str
    """Carrier tracking number, 4 to 50 letters, digits, `-`, `_`, `.` or `/`."""

    shipping_provider_id: str
    """Shipping provider id, from the logistics shipping providers list."""


class FulfillmentUpdateOrderShippingInfoResponse(ResponseModel):
    """Empty; the shipping info is updated."""

    pass


class FulfillmentUploadFileRequest(RequestModel):
    """The file to upload."""

    data: FileInput
    """PDF file, at most 10 MB."""

    name: str
    """File name, extension included."""


class FulfillmentUploadFileResponse(ResponseModel):
    """The uploaded file."""

    url: str | None = None
    """URL of the file, openable in a browser."""

    name: str | None = None
    """File name."""


class FulfillmentUploadImageRequest(RequestModel):
    """The image to upload."""

    data: FileInput
    """Image file, JPG, JPEG or PNG, 100x100 to 20000x20000 pixels, at most 5 MB."""


class FulfillmentUploadImageResponse(ResponseModel):
    """The uploaded image."""

    url: str | None = None
    """URL of the image, openable in a browser."""

    height: int | None = None
    """Height of the processed image, in pixels."""

    width: int | None = None
    """Width of the processed image, in pixels."""


class FulfillmentWeight(ResponseModel):
    """Package weight."""

    value: str | None = None
    """Weight, a decimal number as a string."""

    unit: str | None = None
    """Unit of the weight. Known values: GRAM, POUND."""
