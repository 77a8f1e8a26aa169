"""Models of the `fbt` module.

Fulfilled by TikTok (FBT): the seller's FBT goods, warehouses, inventory and its history, inbound
plans and orders into FBT warehouses, and multi-channel fulfillment (MCF) orders."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictStr

from tiktok_shop._contract import NullAsEmpty, OpenEnum, RequestModel, ResponseModel
from tiktok_shop._money import DecimalAmount

__all__ = [
    "Address",
    "AerosolExtraInfo",
    "AerosolExtraInfoInput",
    "AllocationShipment",
    "AllocationShipmentCarton",
    "AllocationShipmentCartonItem",
    "AllocationShipmentGoodsItem",
    "AllocationShipmentShipmentOption",
    "ArrivalWindow",
    "AvailableInboundMethod",
    "AvailableInboundMethodWarehouse",
    "AvailableTimeWindow",
    "BarcodeInput",
    "BoxMeasurements",
    "BoxMeasurementsInput",
    "CancelInboundOrderRequest",
    "CancelInboundOrderResponse",
    "CancelMcfOrderConsignOrder",
    "CancelMcfOrderMcfOrder",
    "CancelMcfOrderMcfOrderConsignOrder",
    "CancelMcfOrderRequest",
    "CancelMcfOrderResponse",
    "Carrier",
    "CartonDetail",
    "CartonDetailItem",
    "CartonInput",
    "CartonInputItem",
    "ConfirmInboundMethodRequest",
    "ConfirmInboundMethodResponse",
    "ConsignOrder",
    "ConsignOrderGood",
    "Consignee",
    "CreateGoodsDto",
    "CreateGoodsDtoBulkyItemAttribute",
    "CreateGoodsRequest",
    "CreateGoodsResponse",
    "CreateMcfOrderGood",
    "CreateMcfOrderMcfOrder",
    "CreateMcfOrderRequest",
    "CreateMcfOrderResponse",
    "CreateOrUpdateInboundPlanGoodsItem",
    "CreateOrUpdateInboundPlanRequest",
    "CreateOrUpdateInboundPlanResponse",
    "CreateResult",
    "CreateResultInfo",
    "Dimension",
    "DimensionAndWeightInput",
    "ExpBaseInfo",
    "GetInboundMethodDetailRequest",
    "GetInboundMethodDetailResponse",
    "GetInboundOrders202409Query",
    "GetInboundOrders202409Response",
    "GetInboundOrdersQuery",
    "GetInboundOrdersResponse",
    "GetMcfGoodsInventoryGood",
    "GetMcfGoodsInventoryRequest",
    "GetMcfGoodsInventoryResponse",
    "GetMcfOrderMcfOrder",
    "GetMcfOrderQuery",
    "GetMcfOrderResponse",
    "GetMerchantMcfStatusResponse",
    "GetMerchantOnboardedRegionsResponse",
    "GetWarehousesResponse",
    "Goods",
    "GoodsBarcode",
    "GoodsBulkyItemAttribute",
    "GoodsInventory",
    "GoodsRef",
    "GoodsSafetyAttributes",
    "GoodsSafetyAttributesInput",
    "GoodsSku",
    "HazmatAndExpirationDto",
    "HazmatAndExpirationInfo",
    "HazmatDetails",
    "HazmatDetailsBatteryExtraInfo",
    "HazmatDetailsFlammableLiquidsExtraInfo",
    "HazmatInput",
    "HazmatInputBatteryExtraInfo",
    "HazmatInputFlammableLiquidsExtraInfo",
    "InboundGoodsLotReceiveItemDetail",
    "InboundOrder",
    "InboundOrderDetail",
    "InboundOrderDetailWarehouse",
    "InboundOrderWarehouse",
    "InboundPlan",
    "Info",
    "Inventory",
    "InventoryGoods",
    "InventoryRecord",
    "ListAvailableInboundMethodsRequest",
    "ListAvailableInboundMethodsResponse",
    "LogisticInfo",
    "LogisticsService",
    "LotExpirationInfo",
    "McfStatus",
    "Measurements",
    "Merchant",
    "OnHandQuantities",
    "OnboardedRegion",
    "OperateGoodsSkuRelation",
    "OperateGoodsSkuRelationInfo",
    "OperateResult",
    "Order",
    "OrderOperationLog",
    "ParcelTrackingInfo",
    "PlacementFee",
    "PlannedGood",
    "PrintInboundOrderLabelsRequest",
    "PrintInboundOrderLabelsResponse",
    "Product",
    "ReceivedBatch",
    "SearchGoodsHazmatAndExpirationInfoRequest",
    "SearchGoodsHazmatAndExpirationInfoResponse",
    "SearchGoodsQuery",
    "SearchGoodsRequest",
    "SearchGoodsResponse",
    "SearchInventoryQuery",
    "SearchInventoryRecordsQuery",
    "SearchInventoryRecordsRequest",
    "SearchInventoryRecordsResponse",
    "SearchInventoryRequest",
    "SearchInventoryResponse",
    "ShelfLifeInput",
    "ShipInboundOrderRequest",
    "ShipInboundOrderResponse",
    "ShipInboundOrderShipmentOption",
    "ShippingProvider",
    "SiocAttribute",
    "SiocAttributeInput",
    "SiocFile",
    "SiocFileInput",
    "Sku",
    "StatusLog",
    "UpdateGoodsDto",
    "UpdateGoodsDtoBulkyItemAttribute",
    "UpdateGoodsInfoRequest",
    "UpdateGoodsInfoResponse",
    "UpdateGoodsSkuRelationsRequest",
    "UpdateGoodsSkuRelationsResponse",
    "UpdateInboundOrderTrackingRequest",
    "UpdateInboundOrderTrackingResponse",
    "UpdateResultInfo",
    "Warehouse",
    "WarehouseAddress",
    "Weight",
]


class Address(RequestModel):
    """Delivery address."""

    country_code: str = Field(strict=True)
    """Two-letter ISO country code; only `US` is accepted."""

    state_or_region: str = Field(strict=True)
    """State or region."""

    city: str = Field(strict=True)
    """City."""

    address_line_1: str = Field(strict=True)
    """Address line 1."""

    district_or_county: str | None = Field(default=None, strict=True)
    """District or county."""

    address_line_2: str | None = Field(default=None, strict=True)
    """Address line 2."""

    postal_code: str | None = Field(default=None, strict=True)
    """Five-digit US ZIP code."""


class AerosolExtraInfo(ResponseModel):
    """Aerosol details, for `AEROSOLS`."""

    volume: str | None = None
    """Aerosol volume, greater than 0."""

    volume_unit: str | None = None
    """Volume unit."""


class AerosolExtraInfoInput(RequestModel):
    """Aerosol details, for `AEROSOLS`."""

    volume: str | None = Field(default=None, strict=True)
    """Aerosol volume, greater than 0; needed for `AEROSOLS`."""

    volume_unit: str | None = Field(default=None, strict=True)
    """Volume unit."""


class AllocationShipment(ResponseModel):
    """One shipment."""

    warehouse_id: str | None = None
    """Destination warehouse id."""

    goods_items: NullAsEmpty[list[AllocationShipmentGoodsItem]] = Field(default_factory=list)
    """Goods of the shipment."""

    cartons: NullAsEmpty[list[AllocationShipmentCarton]] = Field(default_factory=list)
    """Cartons of the shipment."""

    shipment_options: NullAsEmpty[list[AllocationShipmentShipmentOption]] = Field(default_factory=list)
    """Possible shipping methods."""


class AllocationShipmentCarton(ResponseModel):
    """One carton configuration."""

    carton_type: str | None = None
    """`SINGLE_SKU` or `MULTI_SKU`."""

    items: NullAsEmpty[list[AllocationShipmentCartonItem]] = Field(default_factory=list)
    """Goods in each carton."""

    quantity: int | None = None
    """Number of cartons."""

    carton_nums: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Carton numbers."""

    box_measurements: BoxMeasurements | None = None
    """Weight and size of one carton."""


class AllocationShipmentCartonItem(ResponseModel):
    """One goods item."""

    goods_id: str | None = None
    """FBT goods id."""

    quantity: int | None = None
    """Units per carton."""

    lot_code: str | None = None
    """Lot code."""

    expiration_timestamp: str | None = None
    """Expiry date, Unix seconds as a string."""


class AllocationShipmentGoodsItem(ResponseModel):
    """One goods item."""

    goods_id: str | None = None
    """FBT goods id."""

    quantity: int | None = None
    """Units."""


class AllocationShipmentShipmentOption(ResponseModel):
    """One shipping method."""

    shipping_method: str | None = None
    """`SMALL_PARCEL` or `FREIGHT`."""


class ArrivalWindow(RequestModel):
    """A weekly warehouse arrival window, as returned by `list_available_inbound_methods`."""

    start_timestamp: str = Field(strict=True)
    """Window start, Unix seconds as a string."""

    end_timestamp: str = Field(strict=True)
    """Window end, Unix seconds as a string."""


class AvailableInboundMethod(ResponseModel):
    """One inbound method and its options."""

    inbound_method: str | None = None
    """`D2FC` (direct to fulfillment centers) or `ONE_HUB` (single destination)."""

    available_time_window_list: NullAsEmpty[list[AvailableTimeWindow]] = Field(default_factory=list)
    """Weekly arrival windows; pass one unchanged to the next step."""

    warehouse_list: NullAsEmpty[list[AvailableInboundMethodWarehouse]] = Field(default_factory=list)
    """Warehouses of this method."""

    placement_fee_estimate: PlacementFee | None = None
    """An estimated placement fee."""


class AvailableInboundMethodWarehouse(ResponseModel):
    """One warehouse."""

    warehouse_id: str | None = None
    """Warehouse id."""

    warehouse_name: str | None = None
    """Warehouse name."""


class AvailableTimeWindow(ResponseModel):
    """One arrival window (weeks start Sunday midnight, US Pacific time in the US)."""

    start_timestamp: str | None = None
    """Window start, Unix seconds as a string."""

    end_timestamp: str | None = None
    """Window end, Unix seconds as a string."""


class BarcodeInput(RequestModel):
    """A barcode of the goods; per goods at most one UPC/EAN/GTIN, five `ASIN_OR_FNSKU` and five
    `MERCHANT_SKU_ID`."""

    barcode_type: str | None = Field(default=None, strict=True)
    """Barcode type, e.g. `UPC`, `EAN`, `GTIN`, `ASIN_OR_FNSKU`, `MERCHANT_SKU_ID`."""

    barcode_value: str | None = Field(default=None, strict=True)
    """Barcode value (UPC 8 or 12 digits, EAN 8 or 13, GTIN 8, 12, 13 or 14)."""


class BoxMeasurements(ResponseModel):
    """Weight and size of one carton."""

    weight: str | None = None
    """Carton weight."""

    weight_unit: OpenEnum[Literal["GRAM", "KILOGRAM", "MILLIGRAM", "OUNCE", "POUNDS"]] | None = None
    """`KILOGRAM`, `GRAM`, `MILLIGRAM`, `POUNDS` or `OUNCE`."""

    length: str | None = None
    """Carton length."""

    width: str | None = None
    """Carton width."""

    height: str | None = None
    """Carton height."""

    length_unit: OpenEnum[Literal["CENTIMETER", "FOOT", "INCH", "METER", "MICRON", "MILLIMETER"]] | None = None
    """`METER`, `CENTIMETER`, `MILLIMETER`, `FOOT`, `INCH` or `MICRON`."""


class BoxMeasurementsInput(RequestModel):
    """Weight and size of one carton."""

    weight: str = Field(strict=True)
    """Carton weight."""

    weight_unit: Literal["GRAM", "KILOGRAM", "MILLIGRAM", "OUNCE", "POUNDS"]
    """Unit of `weight`."""

    length: str = Field(strict=True)
    """Carton length."""

    width: str = Field(strict=True)
    """Carton width."""

    height: str = Field(strict=True)
    """Carton height."""

    length_unit: Literal["CENTIMETER", "FOOT", "INCH", "METER", "MICRON", "MILLIMETER"]
    """Unit of length, width and height."""


class CancelInboundOrderRequest(RequestModel):
    """The inbound order to cancel."""

    order_id: str = Field(strict=True)
    """Numeric inbound order id, without the `IBR` prefix."""

    cancel_reason: str = Field(strict=True)
    """Why the order is cancelled; must not be blank."""


class CancelInboundOrderResponse(ResponseModel):
    """Empty; the call succeeded when the envelope's `code` is 0."""

    pass


class CancelMcfOrderConsignOrder(RequestModel):
    """One consign order."""

    id: str | None = Field(default=None, strict=True)
    """Consign order id, without the `OBF` prefix."""


class CancelMcfOrderMcfOrder(ResponseModel):
    """The MCF order."""

    mcf_order_id: str | None = None
    """MCF order id."""

    external_order_id: str | None = None
    """The order's id in the seller's system."""

    consign_orders: NullAsEmpty[list[CancelMcfOrderMcfOrderConsignOrder]] = Field(default_factory=list)
    """Every consign order with its current status."""


class CancelMcfOrderMcfOrderConsignOrder(ResponseModel):
    """One consign order."""

    id: str | None = None
    """Consign order id, without the `OBF` prefix."""

    status: str | None = None
    """Current status; `CLOSED` means cancelled."""


class CancelMcfOrderRequest(RequestModel):
    """What to cancel."""

    mcf_order_id: str = Field(strict=True)
    """MCF order id."""

    consign_orders: list[CancelMcfOrderConsignOrder] | None = None
    """Consign orders to cancel; omit to cancel all of them."""


class CancelMcfOrderResponse(ResponseModel):
    """The MCF order after the cancellation request."""

    mcf_order: CancelMcfOrderMcfOrder | None = None
    """The MCF order."""


class Carrier(ResponseModel):
    """One carrier shipment."""

    carrier_name: str | None = None
    """Carrier name."""

    tracking_number: str | None = None
    """Tracking number."""


class CartonDetail(ResponseModel):
    """One carton."""

    carton_no: str | None = None
    """Carton number."""

    carton_type: str | None = None
    """`SINGLE_SKU` or `MULTI_SKU`."""

    box_measurements: BoxMeasurements | None = None
    """Weight and size of one carton."""

    items: NullAsEmpty[list[CartonDetailItem]] = Field(default_factory=list)
    """Goods in the carton."""


class CartonDetailItem(ResponseModel):
    """One goods item of the carton."""

    goods_id: str | None = None
    """FBT goods id."""

    quantity: int | None = None
    """Units of the goods in the carton."""


class CartonInput(RequestModel):
    """A carton configuration, repeated `quantity` times."""

    carton_type: Literal["MULTI_SKU", "SINGLE_SKU"]
    """`SINGLE_SKU` (exactly one item) or `MULTI_SKU`."""

    items: list[CartonInputItem]
    """Goods in each carton of this configuration."""

    quantity: int = Field(ge=1.0, strict=True)
    """Number of cartons with this configuration."""

    box_measurements: BoxMeasurementsInput
    """Weight and size of one carton."""

    carton_nums: list[StrictStr] | None = None
    """Carton numbers of these cartons; give them for every configuration or none."""


class CartonInputItem(RequestModel):
    """One goods item of the carton."""

    goods_id: str = Field(strict=True)
    """FBT goods id (approved for FBT, of this seller)."""

    quantity: int = Field(ge=1.0, strict=True)
    """Units of the goods in each carton."""

    lot_code: str | None = Field(default=None, strict=True)
    """Lot code; needed for lot-managed goods."""

    expiration_timestamp: str | None = Field(default=None, strict=True)
    """Expiry date, Unix seconds as a string; needed for expiry-managed goods."""


class ConfirmInboundMethodRequest(RequestModel):
    """The placement option to confirm."""

    plan_id: str = Field(strict=True)
    """Inbound plan id."""

    placement_option_id: str = Field(strict=True)
    """Placement option id, from `get_inbound_method_detail`."""

    inbound_method: Literal["D2FC", "ONE_HUB"]
    """`D2FC` or `ONE_HUB` (single destination, includes a fee)."""

    estimate_arrival_time: ArrivalWindow
    """A weekly warehouse arrival window, as returned by `list_available_inbound_methods`."""


class ConfirmInboundMethodResponse(ResponseModel):
    """The inbound orders created for the plan."""

    inbound_order_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Ids of the created inbound orders."""


class ConsignOrder(ResponseModel):
    """A consign order, one package FBT ships for an MCF order."""

    id: str | None = None
    """Consign order id (numeric, without the `OBF` prefix)."""

    status: str | None = None
    """`PENDING`, `HANDLE_BY_WAREHOUSE`, `SHIPPED`, `HANDOVER`, `COMPLETED`, `CLOSED` (cancelled),
    `ABNORMAL`, `LOST`, `DAMAGE`, `RETURNED`, `SCRAP` or `UNKNOWN`."""

    goods: NullAsEmpty[list[ConsignOrderGood]] = Field(default_factory=list)
    """Goods in the package."""

    tracking_number: str | None = None
    """Tracking number; empty until handed to the carrier."""

    carrier: str | None = None
    """Carrier name; empty until handed to the carrier."""

    shipping_provider: ShippingProvider | None = None
    """The carrier; absent until handed over."""

    is_platform_closed: bool | None = None
    """For `CLOSED`, true when FBT cancelled it, false when the seller did."""

    issue: str | None = None
    """Why the order is stalled, for abnormal statuses."""


class ConsignOrderGood(ResponseModel):
    """One goods item."""

    id: str | None = None
    """FBT goods id."""

    quantity: int | None = None
    """Units."""


class Consignee(RequestModel):
    """The recipient."""

    name: str = Field(strict=True)
    """Recipient name, at most 128 bytes."""

    phone_number: str = Field(strict=True)
    """Recipient phone number."""

    email: str = Field(strict=True)
    """Recipient email."""

    address: Address
    """Delivery address."""


class CreateGoodsDto(RequestModel):
    """One goods record to create."""

    tts_sku_id: str = Field(strict=True)
    """TikTok Shop SKU id to bind."""

    create_goods_type: str = Field(strict=True)
    """Operation; currently only `CREATE_AND_BIND`."""

    goods_name: str = Field(max_length=255, strict=True)
    """Goods name, at most 255 characters."""

    goods_image_url: str = Field(strict=True)
    """Goods image URL."""

    return_handling_method: Literal[
        "COLLECT_RETURN_UNITS",
        "DISPOSAL_WITHOUT_INSPECTION",
        "RESTOCK_SELLABLE_COLLECT_UNSELLABLE",
        "RESTOCK_SELLABLE_DISPOSE_UNSELLABLE",
        "RESTOCK_SELLABLE_RETURN_UNSELLABLE",
        "RETURN_WITHOUT_INSPECTION",
    ]
    """What FBT does with customer returns (default restock sellable units and dispose of unsellable ones)."""

    dimension_and_weight_base_info: DimensionAndWeightInput
    """Declared weight and size of a goods item."""

    is_hazmat: bool = Field(strict=True)
    """Whether the goods is hazardous; then give `hazmat_info`."""

    is_lot_code: bool = Field(strict=True)
    """Whether lot-code management is on."""

    is_expiration_management: bool = Field(strict=True)
    """Whether expiry management is on; then give `shelf_life_attribute_info`."""

    reference_code: str | None = Field(default=None, max_length=50, strict=True)
    """The seller's own code, at most 50 characters."""

    barcode_infos: list[BarcodeInput] | None = None
    """Barcodes of the goods."""

    hazmat_info: HazmatInput | None = None
    """Hazardous-material details of a goods item."""

    shelf_life_attribute_info: ShelfLifeInput | None = None
    """Expiry settings of a goods item."""

    is_sioc: bool | None = Field(default=None, strict=True)
    """Whether the goods ships in its own container."""

    sioc_attribute: SiocAttributeInput | None = None
    """Ships-in-own-container (SIOC) evidence."""

    bulky_item_attribute: CreateGoodsDtoBulkyItemAttribute | None = None
    """Bulky-item flags."""

    goods_safety_attributes: GoodsSafetyAttributesInput | None = None
    """Handling flags of a goods item."""


class CreateGoodsDtoBulkyItemAttribute(RequestModel):
    """Bulky-item flags."""

    is_bulky_item_accessories: bool | None = Field(default=None, strict=True)
    """Whether the goods is a bulky item's accessory."""


class CreateGoodsRequest(RequestModel):
    """The goods records to create."""

    create_goods_dto_list: list[CreateGoodsDto]
    """Goods to create, each bound to one SKU."""


class CreateGoodsResponse(ResponseModel):
    """The creation results."""

    create_result_info: CreateResultInfo | None = None
    """The results."""


class CreateMcfOrderGood(RequestModel):
    """One goods item."""

    id: str = Field(strict=True)
    """FBT goods id."""

    quantity: int = Field(ge=1.0, strict=True)
    """Units to ship."""


class CreateMcfOrderMcfOrder(ResponseModel):
    """The MCF order."""

    mcf_order_id: str | None = None
    """MCF order id."""

    external_order_id: str | None = None
    """The order's id in the seller's system."""

    create_time: int | None = None
    """Creation time, Unix seconds."""


class CreateMcfOrderRequest(RequestModel):
    """The MCF order to create."""

    external_order_id: str = Field(strict=True)
    """The order's id in the seller's own system, at most 127 bytes, unique among the seller's active MCF
    orders."""

    goods: list[CreateMcfOrderGood] = Field(min_length=1)
    """Goods and quantities to ship; at least one."""

    consignee: Consignee
    """The recipient."""


class CreateMcfOrderResponse(ResponseModel):
    """The created MCF order."""

    mcf_order: CreateMcfOrderMcfOrder | None = None
    """The MCF order."""


class CreateOrUpdateInboundPlanGoodsItem(RequestModel):
    """One goods item of the plan."""

    goods_id: str = Field(strict=True)
    """FBT goods id (approved for FBT, of this seller)."""

    quantity: int = Field(ge=1.0, strict=True)
    """Units to send."""


class CreateOrUpdateInboundPlanRequest(RequestModel):
    """The plan content; exactly one of `goods_items` and `cartons` must be non-empty."""

    plan_id: str | None = Field(default=None, strict=True)
    """Plan to replace; omit to create a new plan."""

    idempotent_key: str | None = Field(default=None, strict=True)
    """Caller-chosen unique key for creation; needed when `plan_id` is omitted."""

    goods_items: list[CreateOrUpdateInboundPlanGoodsItem] | None = None
    """Goods and quantities, without carton details."""

    cartons: list[CartonInput] | None = None
    """Carton configurations, with measurements."""


class CreateOrUpdateInboundPlanResponse(ResponseModel):
    """The created or updated plan."""

    inbound_plan: InboundPlan | None = None
    """The plan."""


class CreateResult(ResponseModel):
    """Result for one SKU."""

    tts_sku_id: str | None = None
    """TikTok Shop SKU id."""

    is_success: bool | None = None
    """Whether the goods was created."""

    tts_goods_id: str | None = None
    """Id of the new FBT goods, on success."""

    fail_reason: str | None = None
    """Why it failed, on failure."""


class CreateResultInfo(ResponseModel):
    """The results."""

    create_result_list: NullAsEmpty[list[CreateResult]] = Field(default_factory=list)
    """One result per requested SKU."""


class Dimension(ResponseModel):
    """Length, width and height."""

    length: str | None = None
    """Length, up to three decimals."""

    width: str | None = None
    """Width, up to three decimals."""

    height: str | None = None
    """Height, up to three decimals."""

    unit: str | None = None
    """`MILLIMETER`, `CENTIMETER`, `METER`, `FOOT`, `INCH` or `MICROMETER`."""


class DimensionAndWeightInput(RequestModel):
    """Declared weight and size of a goods item."""

    weight_value: str = Field(strict=True)
    """Weight in `weight_unit`."""

    length_value: str = Field(strict=True)
    """Length in `dimension_unit`."""

    width_value: str = Field(strict=True)
    """Width in `dimension_unit`."""

    height_value: str = Field(strict=True)
    """Height in `dimension_unit`."""

    weight_unit: Literal["GRAM", "KILOGRAM", "MILLIGRAM", "OUNCE", "POUND"]
    """Weight unit."""

    dimension_unit: Literal["CENTIMETER", "FOOT", "INCH", "METER", "MILLIMETER"]
    """Length unit."""


class ExpBaseInfo(ResponseModel):
    """Default expiry thresholds of the category."""

    inbound_cutoff_days: int | None = None
    """Days before expiry from which inbound units are refused."""

    expiration_alert_days: int | None = None
    """Days before expiry from which alerts are sent."""

    sales_cutoff_days: int | None = None
    """Days before expiry from which units are no longer sold."""


class GetInboundMethodDetailRequest(RequestModel):
    """The plan, method and arrival window to get placement options for."""

    plan_id: str = Field(strict=True)
    """Inbound plan id."""

    inbound_method: Literal["D2FC", "ONE_HUB"]
    """`D2FC` (direct to fulfillment centers, may split) or `ONE_HUB` (single destination)."""

    estimate_arrival_time: ArrivalWindow
    """A weekly warehouse arrival window, as returned by `list_available_inbound_methods`."""


class GetInboundMethodDetailResponse(ResponseModel):
    """The placement task state and its options."""

    placement_task_status: str | None = None
    """`Executing` (call again), `Succeed` or `Failed`."""

    expiration_timestamp: str | None = None
    """When the placement result expires, Unix seconds as a string (24 hours for `ONE_HUB`)."""

    info: NullAsEmpty[list[Info]] = Field(default_factory=list)
    """Placement options."""


class GetInboundOrders202409Query(RequestModel):
    """Path and query parameters of FBTGetInboundOrders."""

    ids: list[StrictStr] = Field(min_length=1)
    """Ids of the inbound orders to fetch (the 202409 version calls the parameter `ids`; 202602 renamed it
    `order_ids`)."""


class GetInboundOrders202409Response(ResponseModel):
    """The requested inbound orders."""

    inbound_orders: NullAsEmpty[list[InboundOrder]] = Field(default_factory=list)
    """Inbound orders."""


class GetInboundOrdersQuery(RequestModel):
    """Path and query parameters of FBTGetInboundOrders202602."""

    order_ids: list[StrictStr] = Field(min_length=1)
    """Ids of the inbound orders to fetch."""

    include_carton_details: bool | None = Field(default=None, strict=True)
    """`true` to also return the cartons with their measurements and contents."""


class GetInboundOrdersResponse(ResponseModel):
    """The requested inbound orders."""

    inbound_orders: NullAsEmpty[list[InboundOrderDetail]] = Field(default_factory=list)
    """Inbound orders."""


class GetMcfGoodsInventoryGood(RequestModel):
    """One goods item."""

    goods_id: str = Field(strict=True)
    """FBT goods id."""


class GetMcfGoodsInventoryRequest(RequestModel):
    """The goods to check."""

    goods: list[GetMcfGoodsInventoryGood] = Field(min_length=1, max_length=50)
    """Goods to check, 1 to 50."""


class GetMcfGoodsInventoryResponse(ResponseModel):
    """Quantities available to MCF."""

    goods_inventory_list: NullAsEmpty[list[GoodsInventory]] = Field(default_factory=list)
    """One entry per goods item known for the shop's region."""


class GetMcfOrderMcfOrder(ResponseModel):
    """The MCF order and its consign orders."""

    mcf_order_id: str | None = None
    """MCF order id."""

    external_order_id: str | None = None
    """The order's id in the seller's system."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    consign_orders: NullAsEmpty[list[ConsignOrder]] = Field(default_factory=list)
    """One consign order per package."""


class GetMcfOrderQuery(RequestModel):
    """Path and query parameters of FBTGetFBTMCFOrderStatus."""

    mcf_order_id: str = Field(min_length=1, strict=True)
    """MCF order id."""


class GetMcfOrderResponse(ResponseModel):
    """The MCF order."""

    mcf_order: GetMcfOrderMcfOrder | None = None
    """The MCF order and its consign orders."""


class GetMerchantMcfStatusResponse(ResponseModel):
    """The seller's MCF status."""

    mcf_status: McfStatus | None = None
    """MCF participation."""


class GetMerchantOnboardedRegionsResponse(ResponseModel):
    """Where the seller is onboarded to FBT; empty when not onboarded."""

    onboarded_regions: NullAsEmpty[list[OnboardedRegion]] = Field(default_factory=list)
    """Onboarded countries or regions."""


class GetWarehousesResponse(ResponseModel):
    """The seller's FBT warehouses."""

    warehouses: NullAsEmpty[list[Warehouse]] = Field(default_factory=list)
    """FBT warehouses."""


class Goods(ResponseModel):
    """An FBT goods item, the warehouse-side item matched to TikTok Shop SKUs."""

    id: str | None = None
    """FBT goods id."""

    name: str | None = None
    """Goods name."""

    reference_code: str | None = None
    """The seller's own code for the goods."""

    image_url: str | None = None
    """Goods image URL."""

    barcodes: NullAsEmpty[list[GoodsBarcode]] = Field(default_factory=list)
    """Barcodes of the goods."""

    merchant_declaration_info: Measurements | None = None
    """Weight and dimensions of a goods item."""

    warehouse_confirmation_info: Measurements | None = None
    """Weight and dimensions of a goods item."""

    skus: NullAsEmpty[list[GoodsSku]] = Field(default_factory=list)
    """TikTok Shop SKUs matched to the goods."""

    lot_expiration_info: LotExpirationInfo | None = None
    """Lot and expiry management settings of a goods item."""

    is_hazmat: bool | None = None
    """Whether the goods is a hazardous material."""

    hazmat_info: HazmatDetails | None = None
    """Hazardous-material details of a goods item, as stored by FBT."""

    hazmat_approval_status: str | None = None
    """FBT approval status for hazmat or SIOC goods, e.g. `APPROVAL_STATUS_INVALID`."""

    is_sioc: bool | None = None
    """Whether the goods ships in its own container."""

    sioc_attribute: SiocAttribute | None = None
    """Ships-in-own-container (SIOC) evidence."""

    sioc_approval_status: str | None = None
    """SIOC approval status, when `is_sioc` is true (e.g. `SIOC_APPROVAL_STATUS_INIT`)."""

    bulky_item_attribute: GoodsBulkyItemAttribute | None = None
    """Bulky-item flags."""

    goods_safety_attributes: GoodsSafetyAttributes | None = None
    """Handling flags of a goods item."""


class GoodsBarcode(ResponseModel):
    """One barcode."""

    code: str | None = None
    """Printable barcode value."""

    type_: str | None = Field(default=None, alias="type")
    """`UPC`, `EAN`, `GTIN`, `ASIN_OR_FNSKU`, `MERCHANT_SKU_ID` or `FBT_SPECIFIC_BARCODE`."""


class GoodsBulkyItemAttribute(ResponseModel):
    """Bulky-item flags."""

    is_bulky_item: bool | None = None
    """Whether the goods is a bulky item."""

    is_bulky_item_accessories: bool | None = None
    """Whether the goods is a bulky item's accessory."""


class GoodsInventory(ResponseModel):
    """The MCF inventory of one goods item."""

    goods_id: str | None = None
    """FBT goods id."""

    available_qty: int | None = None
    """Units available."""


class GoodsRef(ResponseModel):
    """Short identification of an FBT goods item."""

    id: str | None = None
    """FBT goods id."""

    reference_code: str | None = None
    """The seller's own code for the goods."""

    name: str | None = None
    """Goods name."""


class GoodsSafetyAttributes(ResponseModel):
    """Handling flags of a goods item."""

    is_fragile: bool | None = None
    """Whether the goods is fragile."""

    is_liquid: bool | None = None
    """Whether the goods is a liquid."""

    is_sharp: bool | None = None
    """Whether the goods is sharp."""


class GoodsSafetyAttributesInput(RequestModel):
    """Handling flags of a goods item."""

    is_fragile: bool | None = Field(default=None, strict=True)
    """Whether the goods is fragile."""

    is_liquid: bool | None = Field(default=None, strict=True)
    """Whether the goods is a liquid."""

    is_sharp: bool | None = Field(default=None, strict=True)
    """Whether the goods is sharp."""


class GoodsSku(ResponseModel):
    """A TikTok Shop SKU matched to an FBT goods item."""

    id: str | None = None
    """TikTok Shop SKU id."""

    name: str | None = None
    """SKU name."""

    image_url: str | None = None
    """SKU image URL."""

    product: Product | None = None
    """The product of the SKU."""

    regions: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Two-letter codes of the regions where the SKU is sold."""

    matched: bool | None = None
    """Whether the SKU is matched to the goods (always true here)."""


class HazmatAndExpirationDto(ResponseModel):
    """Requirements of one SKU."""

    tts_sku_id: str | None = None
    """TikTok Shop SKU id."""

    is_hazmat: bool | None = None
    """Whether FBT classifies it as hazardous (hazmat details then needed)."""

    is_lot_code: bool | None = None
    """Whether lot management is required."""

    is_expiration_management: bool | None = None
    """Whether expiry management is required."""

    exp_base_info: ExpBaseInfo | None = None
    """Default expiry thresholds of the category."""


class HazmatAndExpirationInfo(ResponseModel):
    """The results."""

    hazmat_and_expiration_dto_list: NullAsEmpty[list[HazmatAndExpirationDto]] = Field(default_factory=list)
    """One entry per SKU, matched by `tts_sku_id`."""


class HazmatDetails(ResponseModel):
    """Hazardous-material details of a goods item, as stored by FBT."""

    hazmat_type: str | None = None
    """`MAGNETIZED`, `BATTERY`, `FLAMMABLE_LIQUID` or `AEROSOLS`."""

    dg_class: str | None = None
    """Dangerous-goods class: `CLASS_2`, `CLASS_3` or `CLASS_9`."""

    dg_uncode: str | None = None
    """UN number, e.g. `UN3481`, or `OTHER`."""

    msds_file_url: str | None = None
    """URL of the material safety data sheet."""

    battery_extra_info: HazmatDetailsBatteryExtraInfo | None = None
    """Battery details, for `BATTERY`."""

    flammable_liquids_extra_info: HazmatDetailsFlammableLiquidsExtraInfo | None = None
    """Flammable liquid details, for `FLAMMABLE_LIQUID`."""

    aerosol_extra_info: AerosolExtraInfo | None = None
    """Aerosol details, for `AEROSOLS`."""


class HazmatDetailsBatteryExtraInfo(ResponseModel):
    """Battery details, for `BATTERY`."""

    battery_type: str | None = None
    """`LITHIUM_ION`, `LITHIUM_METAL` or `OTHER`."""

    battery_packaging_type: str | None = None
    """`STANDALONE`, `IN_EQUIPMENT`, `WITH_EQUIPMENT` or `OTHER`."""

    total_battery_weight: str | None = None
    """Total battery weight."""

    total_battery_weight_unit: str | None = None
    """Unit of the battery weight, e.g. `GRAM`."""

    total_battery_capacity: str | None = None
    """Total battery capacity."""

    total_battery_capacity_unit: str | None = None
    """Unit of the capacity, e.g. `WATT_HOURS`."""

    battery_count_per_package: str | None = None
    """Batteries per package."""

    is_need_un_38_3_test: bool | None = None
    """Whether a UN38.3 battery test report is needed."""

    un_38_3_test_file_url: str | None = None
    """URL of the UN38.3 test report."""


class HazmatDetailsFlammableLiquidsExtraInfo(ResponseModel):
    """Flammable liquid details, for `FLAMMABLE_LIQUID`."""

    flammable_liquids_type: str | None = None
    """`PAINT`, `PERFUMERY`, `ALCOHOLIC` or `OTHER`."""

    flammable_liquids_volume: str | None = None
    """Liquid volume."""

    volume_unit: str | None = None
    """Volume unit, e.g. `MILLILITER`."""


class HazmatInput(RequestModel):
    """Hazardous-material details of a goods item."""

    hazmat_type: Literal["AEROSOLS", "BATTERY", "FLAMMABLE_LIQUID", "MAGNETIZED"]
    """Kind of hazard."""

    dg_class: Literal["CLASS_2", "CLASS_3", "CLASS_9"]
    """Dangerous-goods class."""

    dg_uncode: Literal["OTHER", "UN1263", "UN1266", "UN2807", "UN3065", "UN3090", "UN3091", "UN3480", "UN3481"]
    """UN number of the substance, or `OTHER`."""

    msds_file_url: str = Field(strict=True)
    """URL of the material safety data sheet."""

    battery_extra_info: HazmatInputBatteryExtraInfo | None = None
    """Battery details, for `BATTERY`."""

    flammable_liquids_extra_info: HazmatInputFlammableLiquidsExtraInfo | None = None
    """Flammable liquid details, for `FLAMMABLE_LIQUID`."""

    aerosol_extra_info: AerosolExtraInfoInput | None = None
    """Aerosol details, for `AEROSOLS`."""


class HazmatInputBatteryExtraInfo(RequestModel):
    """Battery details, for `BATTERY`."""

    battery_type: str = Field(strict=True)
    """`LITHIUM_ION`, `LITHIUM_METAL` or `OTHER`."""

    battery_packaging_type: Literal["IN_EQUIPMENT", "OTHER", "STANDALONE", "WITH_EQUIPMENT"]
    """How the battery is packed."""

    total_battery_weight: str = Field(strict=True)
    """Total battery weight."""

    total_battery_weight_unit: str = Field(strict=True)
    """Unit of the weight: `GRAM`."""

    total_battery_capacity: str = Field(strict=True)
    """Total battery capacity."""

    total_battery_capacity_unit: str = Field(strict=True)
    """Unit of the capacity, e.g. `WATTHOUR`."""

    is_need_un_38_3_test: bool = Field(strict=True)
    """Whether a UN38.3 test report is sent (when not part of the MSDS)."""

    un_38_3_test_file_url: str | None = Field(default=None, strict=True)
    """URL of the UN38.3 test report."""

    battery_count_per_package: str | None = Field(default=None, strict=True)
    """Batteries per package."""


class HazmatInputFlammableLiquidsExtraInfo(RequestModel):
    """Flammable liquid details, for `FLAMMABLE_LIQUID`."""

    flammable_liquids_type: Literal["ALCOHOLIC", "OTHER", "PAINT", "PERFUMERY"]
    """Kind of liquid."""

    flammable_liquids_volume: str = Field(strict=True)
    """Liquid volume in `volume_unit`."""

    volume_unit: str | None = Field(default=None, strict=True)
    """Volume unit, e.g. `MILLILITERS`."""


class InboundGoodsLotReceiveItemDetail(ResponseModel):
    """One goods lot."""

    goods_id: str | None = None
    """FBT goods id."""

    lot_code: str | None = None
    """Lot code (lot-managed goods only)."""

    expiration_time: int | None = None
    """Expiry date of the lot, Unix seconds (expiry-managed goods only)."""

    planned_count: int | None = None
    """Units announced."""

    normal_received_count: int | None = None
    """Units received sellable at fulfillment centers."""

    defective_received_count: int | None = None
    """Units received damaged or unsellable."""

    total_received_count: int | None = None
    """Sellable plus defective units received."""


class InboundOrder(ResponseModel):
    """An inbound order, a shipment of stock into an FBT warehouse (202409 shape)."""

    id: str | None = None
    """Inbound order id, e.g. `IBR23230232324`."""

    type_: str | None = Field(default=None, alias="type")
    """Inbound order type, e.g. `REPLENISHMENT`."""

    merchant: Merchant | None = None
    """The FBT merchant."""

    warehouse: InboundOrderWarehouse | None = None
    """The receiving FBT warehouse."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    ship_time: int | None = None
    """Shipping time, Unix seconds."""

    expect_arrive_time: int | None = None
    """Arrival time announced by the seller, Unix seconds."""

    actual_arrive_time: int | None = None
    """Actual arrival time, Unix seconds."""

    carriers: NullAsEmpty[list[Carrier]] = Field(default_factory=list)
    """Carriers and tracking numbers of the shipment."""

    order_operation_logs: NullAsEmpty[list[OrderOperationLog]] = Field(default_factory=list)
    """Status history."""

    planned_goods: NullAsEmpty[list[PlannedGood]] = Field(default_factory=list)
    """Goods announced in the order."""

    received_batches: NullAsEmpty[list[ReceivedBatch]] = Field(default_factory=list)
    """Batches received by the warehouse."""


class InboundOrderDetail(ResponseModel):
    """An inbound order, a shipment of stock into an FBT warehouse (202602 shape)."""

    order_id: str | None = None
    """Numeric inbound order id."""

    order_id_string: str | None = None
    """Inbound order id as displayed, e.g. with the `IBR` prefix."""

    order_plan_id: str | None = None
    """Id of the inbound plan the order belongs to."""

    merchant: Merchant | None = None
    """The FBT merchant."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    ship_time: int | None = None
    """Shipping time, Unix seconds."""

    expected_arrival_time: int | None = None
    """Arrival time announced by the seller, Unix seconds."""

    actual_arrival_time: int | None = None
    """Actual arrival time, Unix seconds."""

    warehouse: InboundOrderDetailWarehouse | None = None
    """The receiving warehouse."""

    status_logs: NullAsEmpty[list[StatusLog]] = Field(default_factory=list)
    """Status history (may be incomplete, at most 200 source records)."""

    logistic_info_list: NullAsEmpty[list[LogisticInfo]] = Field(default_factory=list)
    """Parcel tracking, for small-parcel inbound orders only."""

    carton_details: NullAsEmpty[list[CartonDetail]] = Field(default_factory=list)
    """Cartons, only with `include_carton_details=true`."""

    inbound_goods_lot_receive_item_details: NullAsEmpty[list[InboundGoodsLotReceiveItemDetail]] = Field(
        default_factory=list
    )
    """Planned versus received quantities per goods, lot and expiry date."""


class InboundOrderDetailWarehouse(ResponseModel):
    """The receiving warehouse."""

    fbt_warehouse_id: str | None = None
    """FBT warehouse id."""

    business_warehouse_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Linked TikTok Shop warehouse ids."""

    name: str | None = None
    """Warehouse name."""

    type_: str | None = Field(default=None, alias="type")
    """`HUB` or `FC` (fulfillment center)."""


class InboundOrderWarehouse(ResponseModel):
    """The receiving FBT warehouse."""

    fbt_warehouse_id: str | None = None
    """FBT warehouse id."""

    warehouse_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Linked TikTok Shop warehouse ids."""

    name: str | None = None
    """Warehouse name."""

    type_: str | None = Field(default=None, alias="type")
    """Warehouse type, e.g. `PLATFORM_WAREHOUSE`."""


class InboundPlan(ResponseModel):
    """The plan."""

    plan_id: str | None = None
    """Plan id."""


class Info(ResponseModel):
    """One placement option."""

    placement_option_id: str | None = None
    """Id to pass to `confirm_inbound_method`."""

    placement_fee_estimate: PlacementFee | None = None
    """An estimated placement fee."""

    allocation_shipments: NullAsEmpty[list[AllocationShipment]] = Field(default_factory=list)
    """Shipments the plan is split into."""


class Inventory(ResponseModel):
    """Inventory of one goods item in one FBT warehouse."""

    fbt_warehouse_id: str | None = None
    """FBT warehouse id."""

    goods: InventoryGoods | None = None
    """The goods and its inventory per matched SKU."""

    in_transit_quantity: int | None = None
    """Units on their way to the warehouse (replenishments, customer returns, failed deliveries)."""

    on_hand_detail: OnHandQuantities | None = None
    """Units physically in a warehouse (in-transit units excluded)."""


class InventoryGoods(ResponseModel):
    """The goods and its inventory per matched SKU."""

    id: str | None = None
    """FBT goods id."""

    reference_code: str | None = None
    """The seller's own code for the goods."""

    name: str | None = None
    """Goods name."""

    skus: NullAsEmpty[list[Sku]] = Field(default_factory=list)
    """Inventory per TikTok Shop SKU matched to the goods."""


class InventoryRecord(ResponseModel):
    """One change of on-hand inventory."""

    goods: GoodsRef | None = None
    """Short identification of an FBT goods item."""

    fbt_warehouse_id: str | None = None
    """FBT warehouse id."""

    order: Order | None = None
    """The FBT order that caused the change."""

    create_time: int | None = None
    """When the change happened, Unix seconds."""

    inventory_goods_type: str | None = None
    """`NORMAL` or `DEFECTIVE` stock."""

    initial_on_hand_quantity: int | None = None
    """Units on hand before the change."""

    final_on_hand_quantity: int | None = None
    """Units on hand after the change."""

    changed_quantity: int | None = None
    """Final minus initial quantity."""


class ListAvailableInboundMethodsRequest(RequestModel):
    """The plan to check."""

    plan_id: str = Field(strict=True)
    """Inbound plan id."""


class ListAvailableInboundMethodsResponse(ResponseModel):
    """The inbound methods possible for the plan."""

    available_inbound_method_list: NullAsEmpty[list[AvailableInboundMethod]] = Field(default_factory=list)
    """Available methods."""


class LogisticInfo(ResponseModel):
    """Tracking of one carton."""

    provider_name: str | None = None
    """Carrier, e.g. `FEDEX`, `UPS`, `DHL`, `USPS`."""

    waybill_number: str | None = None
    """Tracking number."""

    related_number: str | None = None
    """Carton number the tracking belongs to."""


class LogisticsService(ResponseModel):
    """A logistics service."""

    id: str | None = None
    """Logistics service id."""

    name: str | None = None
    """Logistics service name."""

    subscribed: bool | None = None
    """Whether the seller subscribed to the service."""


class LotExpirationInfo(ResponseModel):
    """Lot and expiry management settings of a goods item."""

    is_lot_control: bool | None = None
    """Whether the goods is managed by lot code."""

    is_expiration_management: bool | None = None
    """Whether the goods is managed by expiry date."""

    shelf_life_days: int | None = None
    """Shelf life from manufacture, in days."""

    inbound_cutoff_days: int | None = None
    """Days before expiry from which the warehouse refuses inbound units."""

    expiration_alert_days: int | None = None
    """Days before expiry from which the seller gets alerts."""

    sales_cutoff_days: int | None = None
    """Days before expiry from which the units are no longer sold."""

    handling_method: str | None = None
    """What happens to expired units: `STORE_UNITS` (moved to defective stock), `RETURN_TO_SELLER` or
    `DISPOSE`."""

    return_cycle: str | None = None
    """How often expired units are returned, e.g. `ONCE_A_WEEK`."""


class McfStatus(ResponseModel):
    """MCF participation."""

    is_mcf: int | None = None
    """1 when the seller takes part in MCF, 0 when not."""


class Measurements(ResponseModel):
    """Weight and dimensions of a goods item."""

    weight: Weight | None = None
    """A weight."""

    dimension: Dimension | None = None
    """Length, width and height."""


class Merchant(ResponseModel):
    """The FBT merchant."""

    id: str | None = None
    """FBT merchant id."""

    name: str | None = None
    """Merchant name."""


class OnHandQuantities(ResponseModel):
    """Units physically in a warehouse (in-transit units excluded)."""

    total_quantity: int | None = None
    """All units on hand (available plus reserved)."""

    available_quantity: int | None = None
    """Units available for sale."""

    reserved_quantity: int | None = None
    """Units reserved for orders or returns to supplier."""

    unfulfillable_quantity: int | None = None
    """Defective units (goods level only)."""


class OnboardedRegion(ResponseModel):
    """One onboarded region."""

    region_code: str | None = None
    """Two-letter ISO 3166-1 region code, e.g. `US`."""


class OperateGoodsSkuRelation(RequestModel):
    """One goods item and the SKUs to (un)bind."""

    tts_goods_id: str = Field(strict=True)
    """FBT goods id."""

    tts_sku_ids: list[StrictStr]
    """TikTok Shop SKU ids."""


class OperateGoodsSkuRelationInfo(ResponseModel):
    """The results."""

    operate_result_list: NullAsEmpty[list[OperateResult]] = Field(default_factory=list)
    """One result per goods-SKU pair."""


class OperateResult(ResponseModel):
    """Result for one goods-SKU pair."""

    tts_goods_id: str | None = None
    """FBT goods id."""

    tts_sku_id: str | None = None
    """TikTok Shop SKU id."""

    is_success: bool | None = None
    """Whether it succeeded."""

    fail_reason: str | None = None
    """Why it failed."""


class Order(ResponseModel):
    """The FBT order that caused the change."""

    id: str | None = None
    """FBT order id."""

    type_: str | None = Field(default=None, alias="type")
    """Order type, e.g. `INBOUND_ORDER`, `CONSIGN_ORDER`, `CUSTOMER_RETURN`, `FAILED_DELIVERY`,
    `RETURN_TO_SUPPLIER_ORDER`, `DISPOSAL`, `INVENTORY_STATUS_ADJUSTMENT_ORDER`,
    `INVENTORY_COUNT_ORDER`, `INVENTORY_QUANTITY_ADJUSTMENT_ORDER`, `INVENTORY_TRANSFER_ORDER`,
    `OUTBOUND_ORDER`."""


class OrderOperationLog(ResponseModel):
    """One status change."""

    order_status: str | None = None
    """Status reached, e.g. `RECEIVED`."""

    operate_time: int | None = None
    """When, Unix seconds."""


class ParcelTrackingInfo(RequestModel):
    """Tracking of one carton."""

    provider_name: str = Field(strict=True)
    """Carrier, one of TikTok's fixed names such as `FEDEX`, `UPS`, `DHL`, `USPS`."""

    tracking_number: str = Field(strict=True)
    """Tracking number (ASCII letters, digits, spaces and hyphens)."""

    carton_number: str = Field(strict=True)
    """Number of an existing carton of the order."""


class PlacementFee(ResponseModel):
    """An estimated placement fee."""

    amount: DecimalAmount | None = None
    """Fee amount."""

    currency: str | None = None
    """Currency, e.g. `USD`, `CNY`, `EUR`, `GBP`, `SAR`."""


class PlannedGood(ResponseModel):
    """One announced goods item."""

    id: str | None = None
    """FBT goods id."""

    name: str | None = None
    """Goods name."""

    reference_code: str | None = None
    """The seller's own code for the goods."""

    quantity: int | None = None
    """Units announced."""

    sku_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Matched TikTok Shop SKU ids."""


class PrintInboundOrderLabelsRequest(RequestModel):
    """What to print for which inbound order."""

    order_id: str = Field(strict=True)
    """Numeric id of the (child) inbound order, without the `IBR` prefix; not a plan id."""

    print_items: list[Literal["CARTON_PALLET_LABEL", "FBT_BARCODE", "PACKING_PICKING_LIST"]] | None = None
    """Documents to generate in one output: `CARTON_PALLET_LABEL` (default), `PACKING_PICKING_LIST`,
    `FBT_BARCODE`."""

    carton_label_format: Literal["A4_4UP", "DEFAULT_1UP"] | None = None
    """`DEFAULT_1UP` (one label per page, default) or `A4_4UP`."""

    barcode_format: str | None = Field(default=None, strict=True)
    """Barcode label layout, e.g. `DEFAULT_40MM_60MM` (default thermal label), `A4_24UP_63_5MM_33_9MM`,
    `US_LETTER_30UP_1IN_2_625IN`."""


class PrintInboundOrderLabelsResponse(ResponseModel):
    """The state of the label generation."""

    task_status: str | None = None
    """`PROCESSING` (poll again) or `SUCCESS`."""

    download_url: str | None = None
    """URL of the label file once ready (unicode-escaped, e.g. `\\u0026` for `&`)."""


class Product(ResponseModel):
    """The product of the SKU."""

    id: str | None = None
    """TikTok Shop product id."""

    name: str | None = None
    """Product name."""

    image_url: str | None = None
    """Product image URL."""


class ReceivedBatch(ResponseModel):
    """One received batch."""

    id: str | None = None
    """Batch id."""

    goods_id: str | None = None
    """FBT goods id."""

    product_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Matched TikTok Shop product ids."""

    sku_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Matched TikTok Shop SKU ids."""

    total_quantity: int | None = None
    """Units received."""

    normal_quantity: int | None = None
    """Units received in sellable condition."""

    defective_quantity: int | None = None
    """Units received defective."""


class SearchGoodsHazmatAndExpirationInfoRequest(RequestModel):
    """The SKUs to check."""

    tts_sku_ids: list[StrictStr]
    """TikTok Shop SKU ids."""


class SearchGoodsHazmatAndExpirationInfoResponse(ResponseModel):
    """Requirements per SKU."""

    hazmat_and_expiration_info: HazmatAndExpirationInfo | None = None
    """The results."""


class SearchGoodsQuery(RequestModel):
    """Path and query parameters of FBTGetGoods202607."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchGoodsRequest(RequestModel):
    """Goods filters; several filters are combined with AND."""

    goods_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """FBT goods ids, at most 100."""

    product_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """TikTok Shop product ids, at most 100."""

    reference_codes: list[StrictStr] | None = Field(default=None, max_length=100)
    """The seller's goods reference codes, at most 100."""

    sku_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """TikTok Shop SKU ids, at most 100."""


class SearchGoodsResponse(ResponseModel):
    """One page of goods."""

    goods: NullAsEmpty[list[Goods]] = Field(default_factory=list)
    """Goods on this page."""

    total_count: int | None = None
    """Number of goods matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SearchInventoryQuery(RequestModel):
    """Path and query parameters of FBTGetInventories."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchInventoryRecordsQuery(RequestModel):
    """Path and query parameters of FBTGetInventoryRecords."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchInventoryRecordsRequest(RequestModel):
    """Filters of the inventory change search."""

    goods_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """FBT goods ids, at most 100."""

    fbt_warehouse_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """FBT warehouse ids, at most 100; all the seller's warehouses when omitted."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Changes at or after this time, Unix seconds."""

    create_time_le: int | None = Field(default=None, strict=True)
    """Changes at or before this time, Unix seconds."""


class SearchInventoryRecordsResponse(ResponseModel):
    """One page of inventory changes."""

    inventory_records: NullAsEmpty[list[InventoryRecord]] = Field(default_factory=list)
    """Inventory changes."""

    total_count: int | None = None
    """Number of changes matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SearchInventoryRequest(RequestModel):
    """Inventory filters; use either `goods_ids` or `sku_ids`, not both."""

    goods_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """FBT goods ids, at most 100."""

    sku_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """TikTok Shop SKU ids, at most 100."""

    fbt_warehouse_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """FBT warehouse ids, at most 100; all subscribed warehouses when omitted."""


class SearchInventoryResponse(ResponseModel):
    """One page of inventory."""

    inventory: NullAsEmpty[list[Inventory]] = Field(default_factory=list)
    """One entry per goods item and warehouse."""

    total_count: int | None = None
    """Number of goods-warehouse entries matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class ShelfLifeInput(RequestModel):
    """Expiry settings of a goods item."""

    inbound_cutoff_days: int = Field(strict=True)
    """Days before expiry from which the warehouse refuses inbound units."""

    expiration_alert_days: int = Field(strict=True)
    """Days before expiry from which the seller gets alerts."""

    sales_cutoff_days: int = Field(strict=True)
    """Days before expiry from which the units are no longer sold."""

    shelf_life: int | None = Field(default=None, strict=True)
    """Shelf life in days."""

    handling_method_expired_goods: Literal["DISPOSE", "RETURN_TO_SELLER", "STORE_UNITS"] | None = None
    """`STORE_UNITS` (to defective stock), `RETURN_TO_SELLER` or `DISPOSE`."""


class ShipInboundOrderRequest(RequestModel):
    """Shipping details of the inbound order."""

    inbound_order_id: str = Field(strict=True)
    """Inbound order id."""

    shipment_option: ShipInboundOrderShipmentOption
    """How the order is shipped."""

    cartons: list[CartonInput] | None = None
    """Cartons; needed when the plan was made with `goods_items` rather than cartons."""


class ShipInboundOrderResponse(ResponseModel):
    """The shipped inbound order."""

    inbound_order_id: str | None = None
    """Inbound order id."""


class ShipInboundOrderShipmentOption(RequestModel):
    """How the order is shipped."""

    shipping_method: Literal["FREIGHT", "SMALL_PARCEL"]
    """`SMALL_PARCEL` or `FREIGHT`."""

    freight_type: Literal["FTL", "LTL"] | None = None
    """`FTL` or `LTL`; needed for `FREIGHT` in EU and UK shops."""


class ShippingProvider(ResponseModel):
    """The carrier; absent until handed over."""

    id: str | None = None
    """Carrier id."""

    name: str | None = None
    """Carrier name."""


class SiocAttribute(ResponseModel):
    """Ships-in-own-container (SIOC) evidence."""

    sioc_files: NullAsEmpty[list[SiocFile]] = Field(default_factory=list)
    """SIOC files."""


class SiocAttributeInput(RequestModel):
    """Ships-in-own-container (SIOC) evidence."""

    sioc_files: list[SiocFileInput] | None = None
    """SIOC files."""


class SiocFile(ResponseModel):
    """One SIOC file."""

    sioc_certification_url: str | None = None
    """URL of the file."""

    sioc_file_type: str | None = None
    """`PHOTO`, `DOCUMENT` or `DROP_TEST_VIDEO`."""


class SiocFileInput(RequestModel):
    """One SIOC file."""

    sioc_certification_url: str | None = Field(default=None, strict=True)
    """URL of the file."""

    sioc_file_type: str | None = Field(default=None, strict=True)
    """`PHOTO`, `DOCUMENT` or `DROP_TEST_VIDEO`."""


class Sku(ResponseModel):
    """One SKU's inventory."""

    id: str | None = None
    """TikTok Shop SKU id."""

    on_hand_detail: OnHandQuantities | None = None
    """Units physically in a warehouse (in-transit units excluded)."""


class StatusLog(ResponseModel):
    """One status change."""

    operate_time: int | None = None
    """When, Unix seconds."""

    previous_status: str | None = None
    """Status before the change."""

    new_status: str | None = None
    """Status after the change: `WORKING`, `READY_TO_SHIP`, `TO_BE_RECEIVED`, `ARRIVED_HUB`,
    `INTERNAL_TRANSFER`, `RECEIVING`, `PARTIALLY_RECEIVED`, `RECEIVED`, `CANCELLED` or `DELIVERED`."""

    operator: str | None = None
    """User or system that made the change."""


class UpdateGoodsDto(RequestModel):
    """The new state of the goods."""

    tts_goods_id: str = Field(strict=True)
    """FBT goods id."""

    goods_name: str = Field(strict=True)
    """Goods name."""

    goods_image_url: str = Field(strict=True)
    """Goods image URL."""

    return_handling_method: Literal[
        "DISPOSAL_WITHOUT_INSPECTION",
        "RESTOCK_SELLABLE_DISPOSE_UNSELLABLE",
        "RESTOCK_SELLABLE_RETURN_UNSELLABLE",
        "RETURN_WITHOUT_INSPECTION",
    ]
    """What FBT does with customer returns; required on every update."""

    dimension_and_weight_base_info: DimensionAndWeightInput
    """Declared weight and size of a goods item."""

    is_hazmat: bool = Field(strict=True)
    """Whether the goods is hazardous; then give `hazmat_info`."""

    is_lot_code: bool = Field(strict=True)
    """Whether lot-code management is on."""

    is_expiration_management: bool = Field(strict=True)
    """Whether expiry management is on."""

    reference_code: str | None = Field(default=None, strict=True)
    """The seller's own code."""

    barcode_infos: list[BarcodeInput] | None = None
    """Barcodes of the goods."""

    hazmat_info: HazmatInput | None = None
    """Hazardous-material details of a goods item."""

    shelf_life_attribute_info: ShelfLifeInput | None = None
    """Expiry settings of a goods item."""

    is_sioc: bool | None = Field(default=None, strict=True)
    """Whether the goods ships in its own container."""

    sioc_attribute: SiocAttributeInput | None = None
    """Ships-in-own-container (SIOC) evidence."""

    bulky_item_attribute: UpdateGoodsDtoBulkyItemAttribute | None = None
    """Bulky-item flags."""

    goods_safety_attributes: GoodsSafetyAttributesInput | None = None
    """Handling flags of a goods item."""


class UpdateGoodsDtoBulkyItemAttribute(RequestModel):
    """Bulky-item flags."""

    is_bulky_item_accessories: bool | None = Field(default=None, strict=True)
    """Whether the goods is a bulky item's accessory."""


class UpdateGoodsInfoRequest(RequestModel):
    """The goods update."""

    update_goods_dto: UpdateGoodsDto | None = None
    """The new state of the goods."""


class UpdateGoodsInfoResponse(ResponseModel):
    """The update result."""

    update_result_info: UpdateResultInfo | None = None
    """The result."""


class UpdateGoodsSkuRelationsRequest(RequestModel):
    """The relations to bind or unbind."""

    operation_type: Literal["BIND", "UN_BIND"]
    """`BIND` the listed SKUs to the goods, or `UN_BIND` them."""

    operate_goods_sku_relation_list: list[OperateGoodsSkuRelation]
    """Goods and their SKUs."""


class UpdateGoodsSkuRelationsResponse(ResponseModel):
    """The results."""

    operate_goods_sku_relation_info: OperateGoodsSkuRelationInfo | None = None
    """The results."""


class UpdateInboundOrderTrackingRequest(RequestModel):
    """The complete carton tracking of an inbound order."""

    order_id: str = Field(strict=True)
    """Numeric inbound order id, without the `IBR` prefix."""

    parcel_tracking_info: list[ParcelTrackingInfo] | None = None
    """Tracking per carton."""


class UpdateInboundOrderTrackingResponse(ResponseModel):
    """Empty; the call succeeded when the envelope's `code` is 0."""

    pass


class UpdateResultInfo(ResponseModel):
    """The result."""

    tts_goods_id: str | None = None
    """FBT goods id."""

    is_success: bool | None = None
    """Whether the update succeeded."""

    fail_reason: str | None = None
    """Why it failed."""


class Warehouse(ResponseModel):
    """An FBT warehouse."""

    fbt_warehouse_id: str | None = None
    """FBT warehouse id."""

    warehouse_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """TikTok Shop warehouse ids linked to this FBT warehouse."""

    name: str | None = None
    """Warehouse name, e.g. `TikTok_Eastvale(CA)`."""

    type_: str | None = Field(default=None, alias="type")
    """`PLATFORM_WAREHOUSE` (operated by TikTok) or `OTHER_WAREHOUSE`."""

    subscribed: bool | None = None
    """Whether the seller subscribed to the warehouse."""

    addresses: NullAsEmpty[list[WarehouseAddress]] = Field(default_factory=list)
    """Addresses receiving inbound shipments."""

    logistics_services: NullAsEmpty[list[LogisticsService]] = Field(default_factory=list)
    """Logistics services of the warehouse."""


class WarehouseAddress(ResponseModel):
    """A receiving address of an FBT warehouse."""

    address_line_1: str | None = None
    """Address line 1."""

    address_line_2: str | None = None
    """Address line 2."""

    address_line_3: str | None = None
    """Address line 3."""

    city: str | None = None
    """City."""

    district: str | None = None
    """District or county."""

    state: str | None = None
    """State or province."""

    postal_code: str | None = None
    """Postal (ZIP) code."""

    region_code: str | None = None
    """Two-letter ISO 3166-1 region code."""


class Weight(ResponseModel):
    """A weight."""

    value: str | None = None
    """Weight, up to three decimals."""

    unit: str | None = None
    """`MILLIGRAM`, `GRAM`, `KILOGRAM`, `POUND` or `OUNCE`."""
