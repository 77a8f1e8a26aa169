"""Models of the `fbt` module.

Fulfilled by TikTok (FBT): the seller's FBT goods, warehouses, inventory and its history, inbound
plans and orders into FBT warehouses, and multi-channel fulfillment (MCF) orders."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictStr

from tiktok_shop._contract import RequestModel, ResponseModel

__all__ = [
    "FBTArrivalWindow",
    "FBTBarcodeInput",
    "FBTBoxMeasurements",
    "FBTBoxMeasurementsInput",
    "FBTCancelFBTMCFOrderConsignOrder",
    "FBTCancelFBTMCFOrderMcfOrder",
    "FBTCancelFBTMCFOrderRequest",
    "FBTCancelFBTMCFOrderRequestConsignOrdersItem",
    "FBTCancelFBTMCFOrderResponse",
    "FBTCancelInboundOrderRequest",
    "FBTCancelInboundOrderResponse",
    "FBTCartonInput",
    "FBTCartonItem",
    "FBTConfirmInboundMethodRequest",
    "FBTConfirmInboundMethodResponse",
    "FBTConsignOrder",
    "FBTConsignOrderGood",
    "FBTConsignOrderShippingProvider",
    "FBTCreateFBTGoodsBulkyItemAttribute",
    "FBTCreateFBTGoodsCreateGoodsDtoList",
    "FBTCreateFBTGoodsCreateResultInfo",
    "FBTCreateFBTGoodsCreateResultList",
    "FBTCreateFBTGoodsRequest",
    "FBTCreateFBTGoodsResponse",
    "FBTCreateFBTMCFOrderAddress",
    "FBTCreateFBTMCFOrderConsignee",
    "FBTCreateFBTMCFOrderGood",
    "FBTCreateFBTMCFOrderMcfOrder",
    "FBTCreateFBTMCFOrderRequest",
    "FBTCreateFBTMCFOrderResponse",
    "FBTCreateOrUpdateInboundPlanGoodsItem",
    "FBTCreateOrUpdateInboundPlanInboundPlan",
    "FBTCreateOrUpdateInboundPlanRequest",
    "FBTCreateOrUpdateInboundPlanResponse",
    "FBTDimension",
    "FBTDimensionAndWeightInput",
    "FBTGetFBTMCFOrderStatusMcfOrder",
    "FBTGetFBTMCFOrderStatusQuery",
    "FBTGetFBTMCFOrderStatusResponse",
    "FBTGetFBTMerchantMCFStatusMcfStatus",
    "FBTGetFBTMerchantMCFStatusResponse",
    "FBTGetGoods202607Query",
    "FBTGetGoods202607Request",
    "FBTGetGoods202607Response",
    "FBTGetGoodsQuery",
    "FBTGetGoodsRequest",
    "FBTGetGoodsResponse",
    "FBTGetInboundMethodDetailAllocationShipment",
    "FBTGetInboundMethodDetailCarton",
    "FBTGetInboundMethodDetailGoodsItem",
    "FBTGetInboundMethodDetailInfo",
    "FBTGetInboundMethodDetailItem",
    "FBTGetInboundMethodDetailRequest",
    "FBTGetInboundMethodDetailResponse",
    "FBTGetInboundMethodDetailShipmentOption",
    "FBTGetInboundOrders202602Query",
    "FBTGetInboundOrders202602Response",
    "FBTGetInboundOrdersQuery",
    "FBTGetInboundOrdersResponse",
    "FBTGetInventoriesQuery",
    "FBTGetInventoriesRequest",
    "FBTGetInventoriesResponse",
    "FBTGetInventoryRecordsQuery",
    "FBTGetInventoryRecordsRequest",
    "FBTGetInventoryRecordsResponse",
    "FBTGetMerchantOnboardedRegionsOnboardedRegion",
    "FBTGetMerchantOnboardedRegionsResponse",
    "FBTGetWarehousesResponse",
    "FBTGoods",
    "FBTGoodsBarcode",
    "FBTGoodsBulkyItemAttribute",
    "FBTGoodsRef",
    "FBTGoodsSafetyAttributes",
    "FBTGoodsSafetyAttributesInput",
    "FBTGoodsSku",
    "FBTGoodsSkuProduct",
    "FBTHazmatAerosolExtraInfo",
    "FBTHazmatBatteryExtraInfo",
    "FBTHazmatDetails",
    "FBTHazmatDetailsAerosolExtraInfo",
    "FBTHazmatDetailsBatteryExtraInfo",
    "FBTHazmatDetailsFlammableLiquidsExtraInfo",
    "FBTHazmatFlammableLiquidsExtraInfo",
    "FBTHazmatInput",
    "FBTInboundOrder",
    "FBTInboundOrderCarrier",
    "FBTInboundOrderDetail",
    "FBTInboundOrderDetailCartonDetail",
    "FBTInboundOrderDetailInboundGoodsLotReceiveItemDetail",
    "FBTInboundOrderDetailItem",
    "FBTInboundOrderDetailLogisticInfoList",
    "FBTInboundOrderDetailMerchant",
    "FBTInboundOrderDetailStatusLog",
    "FBTInboundOrderDetailWarehouse",
    "FBTInboundOrderMerchant",
    "FBTInboundOrderOrderOperationLog",
    "FBTInboundOrderPlannedGood",
    "FBTInboundOrderReceivedBatch",
    "FBTInboundOrderWarehouse",
    "FBTInventory",
    "FBTInventoryGoods",
    "FBTInventoryRecord",
    "FBTInventoryRecordOrder",
    "FBTInventorySkus",
    "FBTListAvailableInboundMethodsAvailableInboundMethodList",
    "FBTListAvailableInboundMethodsAvailableTimeWindowList",
    "FBTListAvailableInboundMethodsRequest",
    "FBTListAvailableInboundMethodsResponse",
    "FBTListAvailableInboundMethodsWarehouseList",
    "FBTLotExpirationInfo",
    "FBTMeasurements",
    "FBTOnHandQuantities",
    "FBTPlacementFee",
    "FBTPrintInboundOrderLabelsRequest",
    "FBTPrintInboundOrderLabelsResponse",
    "FBTQueryGoodsInventoryForMCFGood",
    "FBTQueryGoodsInventoryForMCFGoodsInventoryList",
    "FBTQueryGoodsInventoryForMCFRequest",
    "FBTQueryGoodsInventoryForMCFResponse",
    "FBTSearchGoodsHazmatAndExpirationInfoExpBaseInfo",
    "FBTSearchGoodsHazmatAndExpirationInfoHazmatAndExpirationDtoList",
    "FBTSearchGoodsHazmatAndExpirationInfoHazmatAndExpirationInfo",
    "FBTSearchGoodsHazmatAndExpirationInfoRequest",
    "FBTSearchGoodsHazmatAndExpirationInfoResponse",
    "FBTShelfLifeInput",
    "FBTShipInboundOrderRequest",
    "FBTShipInboundOrderResponse",
    "FBTShipInboundOrderShipmentOption",
    "FBTSiocAttribute",
    "FBTSiocAttributeInput",
    "FBTSiocAttributeSiocFile",
    "FBTSiocAttributeSiocFileInput",
    "FBTUpdateFBTGoodsInfoBulkyItemAttribute",
    "FBTUpdateFBTGoodsInfoRequest",
    "FBTUpdateFBTGoodsInfoResponse",
    "FBTUpdateFBTGoodsInfoUpdateGoodsDto",
    "FBTUpdateFBTGoodsInfoUpdateResultInfo",
    "FBTUpdateGoodsSKURelationsOperateGoodsSkuRelationInfo",
    "FBTUpdateGoodsSKURelationsOperateGoodsSkuRelationList",
    "FBTUpdateGoodsSKURelationsOperateResultList",
    "FBTUpdateGoodsSKURelationsRequest",
    "FBTUpdateGoodsSKURelationsResponse",
    "FBTUpdateInboundOrderTrackingParcelTrackingInfo",
    "FBTUpdateInboundOrderTrackingRequest",
    "FBTUpdateInboundOrderTrackingResponse",
    "FBTWarehouse",
    "FBTWarehouseAddress",
    "FBTWarehouseLogisticsService",
    "FBTWeight",
]


class FBTArrivalWindow(RequestModel):
    """A weekly warehouse arrival window, as returned by `list_available_inbound_methods`."""

    start_timestamp: str = Field(strict=True)
    """Window start, Unix seconds as a string."""

    end_timestamp: str = Field(strict=True)
    """Window end, Unix seconds as a string."""


class FBTBarcodeInput(RequestModel):
    """A barcode of the goods; per goods at most one UPC/EAN/GTIN, five `ASIN_OR_FNSKU` and five
    `MERCHANT_SKU_ID`."""

    barcode_type: str | None = Field(default=None, strict=True)
    """Barcode type, e.g. `UPC`, `EAN`, `GTIN`, `ASIN_OR_FNSKU`, `MERCHANT_SKU_ID`."""

    barcode_value: str | None = Field(default=None, strict=True)
    """Barcode value (UPC 8 or 12 digits, EAN 8 or 13, GTIN 8, 12, 13 or 14)."""


class FBTBoxMeasurements(ResponseModel):
    """Weight and size of one carton."""

    weight: str | None = None
    """Carton weight."""

    weight_unit: str | None = None
    """`KILOGRAM`, `GRAM`, `MILLIGRAM`, `POUNDS` or `OUNCE`. Known values: KILOGRAM, GRAM, MILLIGRAM,
    POUNDS, OUNCE."""

    length: str | None = None
    """Carton length."""

    width: str | None = None
    """Carton width."""

    height: str | None = None
    """Carton height."""

    length_unit: str | None = None
    """`METER`, `CENTIMETER`, `MILLIMETER`, `FOOT`, `INCH` or `MICRON`. Known values: METER, CENTIMETER,
    MILLIMETER, FOOT, INCH, MICRON."""


class FBTBoxMeasurementsInput(RequestModel):
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


class FBTCancelFBTMCFOrderConsignOrder(ResponseModel):
    """One consign order."""

    id: str | None = None
    """Consign order id, without the `OBF` prefix."""

    status: str | None = None
    """Current status; `CLOSED` means cancelled."""


class FBTCancelFBTMCFOrderMcfOrder(ResponseModel):
    """The MCF order."""

    mcf_order_id: str | None = None
    """MCF order id."""

    external_order_id: str | None = None
    """The order's id in the seller's system."""

    consign_orders: list[FBTCancelFBTMCFOrderConsignOrder] | None = None
    """Every consign order with its current status."""


class FBTCancelFBTMCFOrderRequest(RequestModel):
    """What to cancel."""

    mcf_order_id: str = Field(strict=True)
    """MCF order id."""

    consign_orders: list[FBTCancelFBTMCFOrderRequestConsignOrdersItem] | None = None
    """Consign orders to cancel; omit to cancel all of them."""


class FBTCancelFBTMCFOrderRequestConsignOrdersItem(RequestModel):
    """One consign order."""

    id: str | None = Field(default=None, strict=True)
    """Consign order id, without the `OBF` prefix."""


class FBTCancelFBTMCFOrderResponse(ResponseModel):
    """The MCF order after the cancellation request."""

    mcf_order: FBTCancelFBTMCFOrderMcfOrder | None = None
    """The MCF order."""


class FBTCancelInboundOrderRequest(RequestModel):
    """The inbound order to cancel."""

    order_id: str = Field(strict=True)
    """Numeric inbound order id, without the `IBR` prefix."""

    cancel_reason: str = Field(strict=True)
    """Why the order is cancelled; must not be blank."""


class FBTCancelInboundOrderResponse(ResponseModel):
    """Empty; the call succeeded when the envelope's `code` is 0."""

    pass


class FBTCartonInput(RequestModel):
    """A carton configuration, repeated `quantity` times."""

    carton_type: Literal["MULTI_SKU", "SINGLE_SKU"]
    """`SINGLE_SKU` (exactly one item) or `MULTI_SKU`."""

    items: list[FBTCartonItem]
    """Goods in each carton of this configuration."""

    quantity: int = Field(ge=1.0, strict=True)
    """Number of cartons with this configuration."""

    box_measurements: FBTBoxMeasurementsInput
    """Weight and size of one carton."""

    carton_nums: list[StrictStr] | None = None
    """Carton numbers of these cartons; give them for every configuration or none."""


class FBTCartonItem(RequestModel):
    """One goods item of the carton."""

    goods_id: str = Field(strict=True)
    """FBT goods id (approved for FBT, of this seller)."""

    quantity: int = Field(ge=1.0, strict=True)
    """Units of the goods in each carton."""

    lot_code: str | None = Field(default=None, strict=True)
    """Lot code; needed for lot-managed goods."""

    expiration_timestamp: str | None = Field(default=None, strict=True)
    """Expiry date, Unix seconds as a string; needed for expiry-managed goods."""


class FBTConfirmInboundMethodRequest(RequestModel):
    """The placement option to confirm."""

    plan_id: str = Field(strict=True)
    """Inbound plan id."""

    placement_option_id: str = Field(strict=True)
    """Placement option id, from `get_inbound_method_detail`."""

    inbound_method: Literal["D2FC", "ONE_HUB"]
    """`D2FC` or `ONE_HUB` (single destination, includes a fee)."""

    estimate_arrival_time: FBTArrivalWindow
    """A weekly warehouse arrival window, as returned by `list_available_inbound_methods`."""


class FBTConfirmInboundMethodResponse(ResponseModel):
    """The inbound orders created for the plan."""

    inbound_order_ids: list[str] | None = None
    """Ids of the created inbound orders."""


class FBTConsignOrder(ResponseModel):
    """A consign order, one package FBT ships for an MCF order."""

    id: str | None = None
    """Consign order id (numeric, without the `OBF` prefix)."""

    status: str | None = None
    """`PENDING`, `HANDLE_BY_WAREHOUSE`, `SHIPPED`, `HANDOVER`, `COMPLETED`, `CLOSED` (cancelled),
    `ABNORMAL`, `LOST`, `DAMAGE`, `RETURNED`, `SCRAP` or `UNKNOWN`."""

    goods: list[FBTConsignOrderGood] | None = None
    """Goods in the package."""

    tracking_number: str | None = None
    """Tracking number; empty until handed to the carrier."""

    carrier: str | None = None
    """Carrier name; empty until handed to the carrier."""

    shipping_provider: FBTConsignOrderShippingProvider | None = None
    """The carrier; absent until handed over."""

    is_platform_closed: bool | None = None
    """For `CLOSED`, true when FBT cancelled it, false when the seller did."""

    issue: str | None = None
    """Why the order is stalled, for abnormal statuses."""


class FBTConsignOrderGood(ResponseModel):
    """One goods item."""

    id: str | None = None
    """FBT goods id."""

    quantity: int | None = None
    """Units."""


class FBTConsignOrderShippingProvider(ResponseModel):
    """The carrier; absent until handed over."""

    id: str | None = None
    """Carrier id."""

    name: str | None = None
    """Carrier name."""


class FBTCreateFBTGoodsBulkyItemAttribute(RequestModel):
    """Bulky-item flags."""

    is_bulky_item_accessories: bool | None = Field(default=None, strict=True)
    """Whether the goods is a bulky item's accessory."""


class FBTCreateFBTGoodsCreateGoodsDtoList(RequestModel):
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

    dimension_and_weight_base_info: FBTDimensionAndWeightInput
    """Declared weight and size of a goods item."""

    is_hazmat: bool = Field(strict=True)
    """Whether the goods is hazardous; then give `hazmat_info`."""

    is_lot_code: bool = Field(strict=True)
    """Whether lot-code management is on."""

    is_expiration_management: bool = Field(strict=True)
    """Whether expiry management is on; then give `shelf_life_attribute_info`."""

    reference_code: str | None = Field(default=None, max_length=50, strict=True)
    """The seller's own code, at most 50 characters."""

    barcode_infos: list[FBTBarcodeInput] | None = None
    """Barcodes of the goods."""

    hazmat_info: FBTHazmatInput | None = None
    """Hazardous-material details of a goods item."""

    shelf_life_attribute_info: FBTShelfLifeInput | None = None
    """Expiry settings of a goods item."""

    is_sioc: bool | None = Field(default=None, strict=True)
    """Whether the goods ships in its own container."""

    sioc_attribute: FBTSiocAttributeInput | None = None
    """Ships-in-own-container (SIOC) evidence."""

    bulky_item_attribute: FBTCreateFBTGoodsBulkyItemAttribute | None = None
    """Bulky-item flags."""

    goods_safety_attributes: FBTGoodsSafetyAttributesInput | None = None
    """Handling flags of a goods item."""


class FBTCreateFBTGoodsCreateResultInfo(ResponseModel):
    """The results."""

    create_result_list: list[FBTCreateFBTGoodsCreateResultList] | None = None
    """One result per requested SKU."""


class FBTCreateFBTGoodsCreateResultList(ResponseModel):
    """Result for one SKU."""

    tts_sku_id: str | None = None
    """TikTok Shop SKU id."""

    is_success: bool | None = None
    """Whether the goods was created."""

    tts_goods_id: str | None = None
    """Id of the new FBT goods, on success."""

    fail_reason: str | None = None
    """Why it failed, on failure."""


class FBTCreateFBTGoodsRequest(RequestModel):
    """The goods records to create."""

    create_goods_dto_list: list[FBTCreateFBTGoodsCreateGoodsDtoList]
    """Goods to create, each bound to one SKU."""


class FBTCreateFBTGoodsResponse(ResponseModel):
    """The creation results."""

    create_result_info: FBTCreateFBTGoodsCreateResultInfo | None = None
    """The results."""


class FBTCreateFBTMCFOrderAddress(RequestModel):
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


class FBTCreateFBTMCFOrderConsignee(RequestModel):
    """The recipient."""

    name: str = Field(strict=True)
    """Recipient name, at most 128 bytes."""

    phone_number: str = Field(strict=True)
    """Recipient phone number."""

    email: str = Field(strict=True)
    """Recipient email."""

    address: FBTCreateFBTMCFOrderAddress
    """Delivery address."""


class FBTCreateFBTMCFOrderGood(RequestModel):
    """One goods item."""

    id: str = Field(strict=True)
    """FBT goods id."""

    quantity: int = Field(ge=1.0, strict=True)
    """Units to ship."""


class FBTCreateFBTMCFOrderMcfOrder(ResponseModel):
    """The MCF order."""

    mcf_order_id: str | None = None
    """MCF order id."""

    external_order_id: str | None = None
    """The order's id in the seller's system."""

    create_time: int | None = None
    """Creation time, Unix seconds."""


class FBTCreateFBTMCFOrderRequest(RequestModel):
    """The MCF order to create."""

    external_order_id: str = Field(strict=True)
    """The order's id in the seller's own system, at most 127 bytes, unique among the seller's active MCF
    orders."""

    goods: list[FBTCreateFBTMCFOrderGood] = Field(min_length=1)
    """Goods and quantities to ship; at least one."""

    consignee: FBTCreateFBTMCFOrderConsignee
    """The recipient."""


class FBTCreateFBTMCFOrderResponse(ResponseModel):
    """The created MCF order."""

    mcf_order: FBTCreateFBTMCFOrderMcfOrder | None = None
    """The MCF order."""


class FBTCreateOrUpdateInboundPlanGoodsItem(RequestModel):
    """One goods item of the plan."""

    goods_id: str = Field(strict=True)
    """FBT goods id (approved for FBT, of this seller)."""

    quantity: int = Field(ge=1.0, strict=True)
    """Units to send."""


class FBTCreateOrUpdateInboundPlanInboundPlan(ResponseModel):
    """The plan."""

    plan_id: str | None = None
    """Plan id."""


class FBTCreateOrUpdateInboundPlanRequest(RequestModel):
    """The plan content; exactly one of `goods_items` and `cartons` must be non-empty."""

    plan_id: str | None = Field(default=None, strict=True)
    """Plan to replace; omit to create a new plan."""

    idempotent_key: str | None = Field(default=None, strict=True)
    """Caller-chosen unique key for creation; needed when `plan_id` is omitted."""

    goods_items: list[FBTCreateOrUpdateInboundPlanGoodsItem] | None = None
    """Goods and quantities, without carton details."""

    cartons: list[FBTCartonInput] | None = None
    """Carton configurations, with measurements."""


class FBTCreateOrUpdateInboundPlanResponse(ResponseModel):
    """The created or updated plan."""

    inbound_plan: FBTCreateOrUpdateInboundPlanInboundPlan | None = None
    """The plan."""


class FBTDimension(ResponseModel):
    """Length, width and height."""

    length: str | None = None
    """Length, up to three decimals."""

    width: str | None = None
    """Width, up to three decimals."""

    height: str | None = None
    """Height, up to three decimals."""

    unit: str | None = None
    """`MILLIMETER`, `CENTIMETER`, `METER`, `FOOT`, `INCH` or `MICROMETER`."""


class FBTDimensionAndWeightInput(RequestModel):
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


class FBTGetFBTMCFOrderStatusMcfOrder(ResponseModel):
    """The MCF order and its consign orders."""

    mcf_order_id: str | None = None
    """MCF order id."""

    external_order_id: str | None = None
    """The order's id in the seller's system."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    consign_orders: list[FBTConsignOrder] | None = None
    """One consign order per package."""


class FBTGetFBTMCFOrderStatusQuery(RequestModel):
    """Path and query parameters of FBTGetFBTMCFOrderStatus."""

    mcf_order_id: str = Field(min_length=1, strict=True)
    """MCF order id."""


class FBTGetFBTMCFOrderStatusResponse(ResponseModel):
    """The MCF order."""

    mcf_order: FBTGetFBTMCFOrderStatusMcfOrder | None = None
    """The MCF order and its consign orders."""


class FBTGetFBTMerchantMCFStatusMcfStatus(ResponseModel):
    """MCF participation."""

    is_mcf: int | None = None
    """1 when the seller takes part in MCF, 0 when not."""


class FBTGetFBTMerchantMCFStatusResponse(ResponseModel):
    """The seller's MCF status."""

    mcf_status: FBTGetFBTMerchantMCFStatusMcfStatus | None = None
    """MCF participation."""


class FBTGetGoods202607Query(RequestModel):
    """Path and query parameters of FBTGetGoods202607."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class FBTGetGoods202607Request(RequestModel):
    """Goods filters; several filters are combined with AND."""

    goods_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """FBT goods ids, at most 100."""

    product_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """TikTok Shop product ids, at most 100."""

    reference_codes: list[StrictStr] | None = Field(default=None, max_length=100)
    """The seller's goods reference codes, at most 100."""

    sku_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """TikTok Shop SKU ids, at most 100."""


class FBTGetGoods202607Response(ResponseModel):
    """One page of goods."""

    goods: list[FBTGoods] | None = None
    """Goods on this page."""

    total_count: int | None = None
    """Number of goods matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class FBTGetGoodsQuery(RequestModel):
    """Path and query parameters of FBTGetGoods."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class FBTGetGoodsRequest(RequestModel):
    """Goods filters; several filters are combined with AND."""

    goods_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """FBT goods ids, at most 100."""

    product_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """TikTok Shop product ids, at most 100."""

    reference_codes: list[StrictStr] | None = Field(default=None, max_length=100)
    """The seller's goods reference codes, at most 100."""

    sku_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """TikTok Shop SKU ids, at most 100."""


class FBTGetGoodsResponse(ResponseModel):
    """One page of goods."""

    goods: list[FBTGoods] | None = None
    """Goods on this page."""

    total_count: int | None = None
    """Number of goods matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class FBTGetInboundMethodDetailAllocationShipment(ResponseModel):
    """One shipment."""

    warehouse_id: str | None = None
    """Destination warehouse id."""

    goods_items: list[FBTGetInboundMethodDetailGoodsItem] | None = None
    """Goods of the shipment."""

    cartons: list[FBTGetInboundMethodDetailCarton] | None = None
    """Cartons of the shipment."""

    shipment_options: list[FBTGetInboundMethodDetailShipmentOption] | None = None
    """Possible shipping methods."""


class FBTGetInboundMethodDetailCarton(ResponseModel):
    """One carton configuration."""

    carton_type: str | None = None
    """`SINGLE_SKU` or `MULTI_SKU`."""

    items: list[FBTGetInboundMethodDetailItem] | None = None
    """Goods in each carton."""

    quantity: int | None = None
    """Number of cartons."""

    carton_nums: list[str] | None = None
    """Carton numbers."""

    box_measurements: FBTBoxMeasurements | None = None
    """Weight and size of one carton."""


class FBTGetInboundMethodDetailGoodsItem(ResponseModel):
    """One goods item."""

    goods_id: str | None = None
    """FBT goods id."""

    quantity: int | None = None
    """Units."""


class FBTGetInboundMethodDetailInfo(ResponseModel):
    """One placement option."""

    placement_option_id: str | None = None
    """Id to pass to `confirm_inbound_method`."""

    placement_fee_estimate: FBTPlacementFee | None = None
    """An estimated placement fee."""

    allocation_shipments: list[FBTGetInboundMethodDetailAllocationShipment] | None = None
    """Shipments the plan is split into."""


class FBTGetInboundMethodDetailItem(ResponseModel):
    """One goods item."""

    goods_id: str | None = None
    """FBT goods id."""

    quantity: int | None = None
    """Units per carton."""

    lot_code: str | None = None
    """Lot code."""

    expiration_timestamp: str | None = None
    """Expiry date, Unix seconds as a string."""


class FBTGetInboundMethodDetailRequest(RequestModel):
    """The plan, method and arrival window to get placement options for."""

    plan_id: str = Field(strict=True)
    """Inbound plan id."""

    inbound_method: Literal["D2FC", "ONE_HUB"]
    """`D2FC` (direct to fulfillment centers, may split) or `ONE_HUB` (single destination)."""

    estimate_arrival_time: FBTArrivalWindow
    """A weekly warehouse arrival window, as returned by `list_available_inbound_methods`."""


class FBTGetInboundMethodDetailResponse(ResponseModel):
    """The placement task state and its options."""

    placement_task_status: str | None = None
    """`Executing` (call again), `Succeed` or `Failed`."""

    expiration_timestamp: str | None = None
    """When the placement result expires, Unix seconds as a string (24 hours for `ONE_HUB`)."""

    info: list[FBTGetInboundMethodDetailInfo] | None = None
    """Placement options."""


class FBTGetInboundMethodDetailShipmentOption(ResponseModel):
    """One shipping method."""

    shipping_method: str | None = None
    """`SMALL_PARCEL` or `FREIGHT`."""


class FBTGetInboundOrders202602Query(RequestModel):
    """Path and query parameters of FBTGetInboundOrders202602."""

    order_ids: list[StrictStr] = Field(min_length=1)
    """Ids of the inbound orders to fetch."""

    include_carton_details: bool | None = Field(default=None, strict=True)
    """`true` to also return the cartons with their measurements and contents."""


class FBTGetInboundOrders202602Response(ResponseModel):
    """The requested inbound orders."""

    inbound_orders: list[FBTInboundOrderDetail] | None = None
    """Inbound orders."""


class FBTGetInboundOrdersQuery(RequestModel):
    """Path and query parameters of FBTGetInboundOrders."""

    order_ids: list[StrictStr] = Field(min_length=1)
    """Ids of the inbound orders to fetch."""


class FBTGetInboundOrdersResponse(ResponseModel):
    """The requested inbound orders."""

    inbound_orders: list[FBTInboundOrder] | None = None
    """Inbound orders."""


class FBTGetInventoriesQuery(RequestModel):
    """Path and query parameters of FBTGetInventories."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class FBTGetInventoriesRequest(RequestModel):
    """Inventory filters; use either `goods_ids` or `sku_ids`, not both."""

    goods_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """FBT goods ids, at most 100."""

    sku_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """TikTok Shop SKU ids, at most 100."""

    fbt_warehouse_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """FBT warehouse ids, at most 100; all subscribed warehouses when omitted."""


class FBTGetInventoriesResponse(ResponseModel):
    """One page of inventory."""

    inventory: list[FBTInventory] | None = None
    """One entry per goods item and warehouse."""

    total_count: int | None = None
    """Number of goods-warehouse entries matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class FBTGetInventoryRecordsQuery(RequestModel):
    """Path and query parameters of FBTGetInventoryRecords."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class FBTGetInventoryRecordsRequest(RequestModel):
    """Filters of the inventory change search."""

    goods_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """FBT goods ids, at most 100."""

    fbt_warehouse_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """FBT warehouse ids, at most 100; all the seller's warehouses when omitted."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Changes at or after this time, Unix seconds."""

    create_time_le: int | None = Field(default=None, strict=True)
    """Changes at or before this time, Unix seconds."""


class FBTGetInventoryRecordsResponse(ResponseModel):
    """One page of inventory changes."""

    inventory_records: list[FBTInventoryRecord] | None = None
    """Inventory changes."""

    total_count: int | None = None
    """Number of changes matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class FBTGetMerchantOnboardedRegionsOnboardedRegion(ResponseModel):
    """One onboarded region."""

    region_code: str | None = None
    """Two-letter ISO 3166-1 region code, e.g. `US`."""


class FBTGetMerchantOnboardedRegionsResponse(ResponseModel):
    """Where the seller is onboarded to FBT; empty when not onboarded."""

    onboarded_regions: list[FBTGetMerchantOnboardedRegionsOnboardedRegion] | None = None
    """Onboarded countries or regions."""


class FBTGetWarehousesResponse(ResponseModel):
    """The seller's FBT warehouses."""

    warehouses: list[FBTWarehouse] | None = None
    """FBT warehouses."""


class FBTGoods(ResponseModel):
    """An FBT goods item, the warehouse-side item matched to TikTok Shop SKUs."""

    id: str | None = None
    """FBT goods id."""

    name: str | None = None
    """Goods name."""

    reference_code: str | None = None
    """The seller's own code for the goods."""

    image_url: str | None = None
    """Goods image URL."""

    barcodes: list[FBTGoodsBarcode] | None = None
    """Barcodes of the goods."""

    merchant_declaration_info: FBTMeasurements | None = None
    """Weight and dimensions of a goods item."""

    warehouse_confirmation_info: FBTMeasurements | None = None
    """Weight and dimensions of a goods item."""

    skus: list[FBTGoodsSku] | None = None
    """TikTok Shop SKUs matched to the goods."""

    lot_expiration_info: FBTLotExpirationInfo | None = None
    """Lot and expiry management settings of a goods item."""

    is_hazmat: bool | None = None
    """Whether the goods is a hazardous material."""

    hazmat_info: FBTHazmatDetails | None = None
    """Hazardous-material details of a goods item, as stored by FBT."""

    hazmat_approval_status: str | None = None
    """FBT approval status for hazmat or SIOC goods, e.g. `APPROVAL_STATUS_INVALID`."""

    is_sioc: bool | None = None
    """Whether the goods ships in its own container."""

    sioc_attribute: FBTSiocAttribute | None = None
    """Ships-in-own-container (SIOC) evidence."""

    sioc_approval_status: str | None = None
    """SIOC approval status, when `is_sioc` is true (e.g. `SIOC_APPROVAL_STATUS_INIT`)."""

    bulky_item_attribute: FBTGoodsBulkyItemAttribute | None = None
    """Bulky-item flags."""

    goods_safety_attributes: FBTGoodsSafetyAttributes | None = None
    """Handling flags of a goods item."""


class FBTGoodsBarcode(ResponseModel):
    """One barcode."""

    code: str | None = None
    """Printable barcode value."""

    type_: str | None = Field(default=None, alias="type")
    """`UPC`, `EAN`, `GTIN`, `ASIN_OR_FNSKU`, `MERCHANT_SKU_ID` or `FBT_SPECIFIC_BARCODE`."""


class FBTGoodsBulkyItemAttribute(ResponseModel):
    """Bulky-item flags."""

    is_bulky_item: bool | None = None
    """Whether the goods is a bulky item."""

    is_bulky_item_accessories: bool | None = None
    """Whether the goods is a bulky item's accessory."""


class FBTGoodsRef(ResponseModel):
    """Short identification of an FBT goods item."""

    id: str | None = None
    """FBT goods id."""

    reference_code: str | None = None
    """The seller's own code for the goods."""

    name: str | None = None
    """Goods name."""


class FBTGoodsSafetyAttributes(ResponseModel):
    """Handling flags of a goods item."""

    is_fragile: bool | None = None
    """Whether the goods is fragile."""

    is_liquid: bool | None = None
    """Whether the goods is a liquid."""

    is_sharp: bool | None = None
    """Whether the goods is sharp."""


class FBTGoodsSafetyAttributesInput(RequestModel):
    """Handling flags of a goods item."""

    is_fragile: bool | None = Field(default=None, strict=True)
    """Whether the goods is fragile."""

    is_liquid: bool | None = Field(default=None, strict=True)
    """Whether the goods is a liquid."""

    is_sharp: bool | None = Field(default=None, strict=True)
    """Whether the goods is sharp."""


class FBTGoodsSku(ResponseModel):
    """A TikTok Shop SKU matched to an FBT goods item."""

    id: str | None = None
    """TikTok Shop SKU id."""

    name: str | None = None
    """SKU name."""

    image_url: str | None = None
    """SKU image URL."""

    product: FBTGoodsSkuProduct | None = None
    """The product of the SKU."""

    regions: list[str] | None = None
    """Two-letter codes of the regions where the SKU is sold."""

    matched: bool | None = None
    """Whether the SKU is matched to the goods (always true here)."""


class FBTGoodsSkuProduct(ResponseModel):
    """The product of the SKU."""

    id: str | None = None
    """TikTok Shop product id."""

    name: str | None = None
    """Product name."""

    image_url: str | None = None
    """Product image URL."""


class FBTHazmatAerosolExtraInfo(RequestModel):
    """Aerosol details, for `AEROSOLS`."""

    volume: str | None = Field(default=None, strict=True)
    """Aerosol volume, greater than 0; needed for `AEROSOLS`."""

    volume_unit: str | None = Field(default=None, strict=True)
    """Volume unit."""


class FBTHazmatBatteryExtraInfo(RequestModel):
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


class FBTHazmatDetails(ResponseModel):
    """Hazardous-material details of a goods item, as stored by FBT."""

    hazmat_type: str | None = None
    """`MAGNETIZED`, `BATTERY`, `FLAMMABLE_LIQUID` or `AEROSOLS`."""

    dg_class: str | None = None
    """Dangerous-goods class: `CLASS_2`, `CLASS_3` or `CLASS_9`."""

    dg_uncode: str | None = None
    """UN number, e.g. `UN3481`, or `OTHER`."""

    msds_file_url: str | None = None
    """URL of the material safety data sheet."""

    battery_extra_info: FBTHazmatDetailsBatteryExtraInfo | None = None
    """Battery details, for `BATTERY`."""

    flammable_liquids_extra_info: FBTHazmatDetailsFlammableLiquidsExtraInfo | None = None
    """Flammable liquid details, for `FLAMMABLE_LIQUID`."""

    aerosol_extra_info: FBTHazmatDetailsAerosolExtraInfo | None = None
    """Aerosol details, for `AEROSOLS`."""


class FBTHazmatDetailsAerosolExtraInfo(ResponseModel):
    """Aerosol details, for `AEROSOLS`."""

    volume: str | None = None
    """Aerosol volume, greater than 0."""

    volume_unit: str | None = None
    """Volume unit."""


class FBTHazmatDetailsBatteryExtraInfo(ResponseModel):
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


class FBTHazmatDetailsFlammableLiquidsExtraInfo(ResponseModel):
    """Flammable liquid details, for `FLAMMABLE_LIQUID`."""

    flammable_liquids_type: str | None = None
    """`PAINT`, `PERFUMERY`, `ALCOHOLIC` or `OTHER`."""

    flammable_liquids_volume: str | None = None
    """Liquid volume."""

    volume_unit: str | None = None
    """Volume unit, e.g. `MILLILITER`."""


class FBTHazmatFlammableLiquidsExtraInfo(RequestModel):
    """Flammable liquid details, for `FLAMMABLE_LIQUID`."""

    flammable_liquids_type: Literal["ALCOHOLIC", "OTHER", "PAINT", "PERFUMERY"]
    """Kind of liquid."""

    flammable_liquids_volume: str = Field(strict=True)
    """Liquid volume in `volume_unit`."""

    volume_unit: str | None = Field(default=None, strict=True)
    """Volume unit, e.g. `MILLILITERS`."""


class FBTHazmatInput(RequestModel):
    """Hazardous-material details of a goods item."""

    hazmat_type: Literal["AEROSOLS", "BATTERY", "FLAMMABLE_LIQUID", "MAGNETIZED"]
    """Kind of hazard."""

    dg_class: Literal["CLASS_2", "CLASS_3", "CLASS_9"]
    """Dangerous-goods class."""

    dg_uncode: Literal["OTHER", "UN1263", "UN1266", "UN2807", "UN3065", "UN3090", "UN3091", "UN3480", "UN3481"]
    """UN number of the substance, or `OTHER`."""

    msds_file_url: str = Field(strict=True)
    """URL of the material safety data sheet."""

    battery_extra_info: FBTHazmatBatteryExtraInfo | None = None
    """Battery details, for `BATTERY`."""

    flammable_liquids_extra_info: FBTHazmatFlammableLiquidsExtraInfo | None = None
    """Flammable liquid details, for `FLAMMABLE_LIQUID`."""

    aerosol_extra_info: FBTHazmatAerosolExtraInfo | None = None
    """Aerosol details, for `AEROSOLS`."""


class FBTInboundOrder(ResponseModel):
    """An inbound order, a shipment of stock into an FBT warehouse (202409 shape)."""

    id: str | None = None
    """Inbound order id, e.g. `IBR23230232324`."""

    type_: str | None = Field(default=None, alias="type")
    """Inbound order type, e.g. `REPLENISHMENT`."""

    merchant: FBTInboundOrderMerchant | None = None
    """The FBT merchant."""

    warehouse: FBTInboundOrderWarehouse | None = None
    """The receiving FBT warehouse."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    ship_time: int | None = None
    """Shipping time, Unix seconds."""

    expect_arrive_time: int | None = None
    """Arrival time announced by the seller, Unix seconds."""

    actual_arrive_time: int | None = None
    """Actual arrival time, Unix seconds."""

    carriers: list[FBTInboundOrderCarrier] | None = None
    """Carriers and tracking numbers of the shipment."""

    order_operation_logs: list[FBTInboundOrderOrderOperationLog] | None = None
    """Status history."""

    planned_goods: list[FBTInboundOrderPlannedGood] | None = None
    """Goods announced in the order."""

    received_batches: list[FBTInboundOrderReceivedBatch] | None = None
    """Batches received by the warehouse."""


class FBTInboundOrderCarrier(ResponseModel):
    """One carrier shipment."""

    carrier_name: str | None = None
    """Carrier name."""

    tracking_number: str | None = None
    """Tracking number."""


class FBTInboundOrderDetail(ResponseModel):
    """An inbound order, a shipment of stock into an FBT warehouse (202602 shape)."""

    order_id: str | None = None
    """Numeric inbound order id."""

    order_id_string: str | None = None
    """Inbound order id as displayed, e.g. with the `IBR` prefix."""

    order_plan_id: str | None = None
    """Id of the inbound plan the order belongs to."""

    merchant: FBTInboundOrderDetailMerchant | None = None
    """The FBT merchant."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    ship_time: int | None = None
    """Shipping time, Unix seconds."""

    expected_arrival_time: int | None = None
    """Arrival time announced by the seller, Unix seconds."""

    actual_arrival_time: int | None = None
    """Actual arrival time, Unix seconds."""

    warehouse: FBTInboundOrderDetailWarehouse | None = None
    """The receiving warehouse."""

    status_logs: list[FBTInboundOrderDetailStatusLog] | None = None
    """Status history (may be incomplete, at most 200 source records)."""

    logistic_info_list: list[FBTInboundOrderDetailLogisticInfoList] | None = None
    """Parcel tracking, for small-parcel inbound orders only."""

    carton_details: list[FBTInboundOrderDetailCartonDetail] | None = None
    """Cartons, only with `include_carton_details=true`."""

    inbound_goods_lot_receive_item_details: list[FBTInboundOrderDetailInboundGoodsLotReceiveItemDetail] | None = None
    """Planned versus received quantities per goods, lot and expiry date."""


class FBTInboundOrderDetailCartonDetail(ResponseModel):
    """One carton."""

    carton_no: str | None = None
    """Carton number."""

    carton_type: str | None = None
    """`SINGLE_SKU` or `MULTI_SKU`."""

    box_measurements: FBTBoxMeasurements | None = None
    """Weight and size of one carton."""

    items: list[FBTInboundOrderDetailItem] | None = None
    """Goods in the carton."""


class FBTInboundOrderDetailInboundGoodsLotReceiveItemDetail(ResponseModel):
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


class FBTInboundOrderDetailItem(ResponseModel):
    """One goods item of the carton."""

    goods_id: str | None = None
    """FBT goods id."""

    quantity: int | None = None
    """Units of the goods in the carton."""


class FBTInboundOrderDetailLogisticInfoList(ResponseModel):
    """Tracking of one carton."""

    provider_name: str | None = None
    """Carrier, e.g. `FEDEX`, `UPS`, `DHL`, `USPS`."""

    waybill_number: str | None = None
    """Tracking number."""

    related_number: str | None = None
    """Carton number the tracking belongs to."""


class FBTInboundOrderDetailMerchant(ResponseModel):
    """The FBT merchant."""

    id: str | None = None
    """FBT merchant id."""

    name: str | None = None
    """Merchant name."""


class FBTInboundOrderDetailStatusLog(ResponseModel):
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


class FBTInboundOrderDetailWarehouse(ResponseModel):
    """The receiving warehouse."""

    fbt_warehouse_id: str | None = None
    """FBT warehouse id."""

    business_warehouse_ids: list[str] | None = None
    """Linked TikTok Shop warehouse ids."""

    name: str | None = None
    """Warehouse name."""

    type_: str | None = Field(default=None, alias="type")
    """`HUB` or `FC` (fulfillment center)."""


class FBTInboundOrderMerchant(ResponseModel):
    """The FBT merchant."""

    id: str | None = None
    """FBT merchant id."""

    name: str | None = None
    """Merchant name."""


class FBTInboundOrderOrderOperationLog(ResponseModel):
    """One status change."""

    order_status: str | None = None
    """Status reached, e.g. `RECEIVED`."""

    operate_time: int | None = None
    """When, Unix seconds."""


class FBTInboundOrderPlannedGood(ResponseModel):
    """One announced goods item."""

    id: str | None = None
    """FBT goods id."""

    name: str | None = None
    """Goods name."""

    reference_code: str | None = None
    """The seller's own code for the goods."""

    quantity: int | None = None
    """Units announced."""

    sku_ids: list[str] | None = None
    """Matched TikTok Shop SKU ids."""


class FBTInboundOrderReceivedBatch(ResponseModel):
    """One received batch."""

    id: str | None = None
    """Batch id."""

    goods_id: str | None = None
    """FBT goods id."""

    product_ids: list[str] | None = None
    """Matched TikTok Shop product ids."""

    sku_ids: list[str] | None = None
    """Matched TikTok Shop SKU ids."""

    total_quantity: int | None = None
    """Units received."""

    normal_quantity: int | None = None
    """Units received in sellable condition."""

    defective_quantity: int | None = None
    """Units received defective."""


class FBTInboundOrderWarehouse(ResponseModel):
    """The receiving FBT warehouse."""

    fbt_warehouse_id: str | None = None
    """FBT warehouse id."""

    warehouse_ids: list[str] | None = None
    """Linked TikTok Shop warehouse ids."""

    name: str | None = None
    """Warehouse name."""

    type_: str | None = Field(default=None, alias="type")
    """Warehouse type, e.g. `PLATFORM_WAREHOUSE`."""


class FBTInventory(ResponseModel):
    """Inventory of one goods item in one FBT warehouse."""

    fbt_warehouse_id: str | None = None
    """FBT warehouse id."""

    goods: FBTInventoryGoods | None = None
    """The goods and its inventory per matched SKU."""

    in_transit_quantity: int | None = None
    """Units on their way to the warehouse (replenishments, customer returns, failed deliveries)."""

    on_hand_detail: FBTOnHandQuantities | None = None
    """Units physically in a warehouse (in-transit units excluded)."""


class FBTInventoryGoods(ResponseModel):
    """The goods and its inventory per matched SKU."""

    id: str | None = None
    """FBT goods id."""

    reference_code: str | None = None
    """The seller's own code for the goods."""

    name: str | None = None
    """Goods name."""

    skus: list[FBTInventorySkus] | None = None
    """Inventory per TikTok Shop SKU matched to the goods."""


class FBTInventoryRecord(ResponseModel):
    """One change of on-hand inventory."""

    goods: FBTGoodsRef | None = None
    """Short identification of an FBT goods item."""

    fbt_warehouse_id: str | None = None
    """FBT warehouse id."""

    order: FBTInventoryRecordOrder | None = None
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


class FBTInventoryRecordOrder(ResponseModel):
    """The FBT order that caused the change."""

    id: str | None = None
    """FBT order id."""

    type_: str | None = Field(default=None, alias="type")
    """Order type, e.g. `INBOUND_ORDER`, `CONSIGN_ORDER`, `CUSTOMER_RETURN`, `FAILED_DELIVERY`,
    `RETURN_TO_SUPPLIER_ORDER`, `DISPOSAL`, `INVENTORY_STATUS_ADJUSTMENT_ORDER`,
    `INVENTORY_COUNT_ORDER`, `INVENTORY_QUANTITY_ADJUSTMENT_ORDER`, `INVENTORY_TRANSFER_ORDER`,
    `OUTBOUND_ORDER`."""


class FBTInventorySkus(ResponseModel):
    """One SKU's inventory."""

    id: str | None = None
    """TikTok Shop SKU id."""

    on_hand_detail: FBTOnHandQuantities | None = None
    """Units physically in a warehouse (in-transit units excluded)."""


class FBTListAvailableInboundMethodsAvailableInboundMethodList(ResponseModel):
    """One inbound method and its options."""

    inbound_method: str | None = None
    """`D2FC` (direct to fulfillment centers) or `ONE_HUB` (single destination)."""

    available_time_window_list: list[FBTListAvailableInboundMethodsAvailableTimeWindowList] | None = None
    """Weekly arrival windows; pass one unchanged to the next step."""

    warehouse_list: list[FBTListAvailableInboundMethodsWarehouseList] | None = None
    """Warehouses of this method."""

    placement_fee_estimate: FBTPlacementFee | None = None
    """An estimated placement fee."""


class FBTListAvailableInboundMethodsAvailableTimeWindowList(ResponseModel):
    """One arrival window (weeks start Sunday midnight, US Pacific time in the US)."""

    start_timestamp: str | None = None
    """Window start, Unix seconds as a string."""

    end_timestamp: str | None = None
    """Window end, Unix seconds as a string."""


class FBTListAvailableInboundMethodsRequest(RequestModel):
    """The plan to check."""

    plan_id: str = Field(strict=True)
    """Inbound plan id."""


class FBTListAvailableInboundMethodsResponse(ResponseModel):
    """The inbound methods possible for the plan."""

    available_inbound_method_list: list[FBTListAvailableInboundMethodsAvailableInboundMethodList] | None = None
    """Available methods."""


class FBTListAvailableInboundMethodsWarehouseList(ResponseModel):
    """One warehouse."""

    warehouse_id: str | None = None
    """Warehouse id."""

    warehouse_name: str | None = None
    """Warehouse name."""


class FBTLotExpirationInfo(ResponseModel):
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


class FBTMeasurements(ResponseModel):
    """Weight and dimensions of a goods item."""

    weight: FBTWeight | None = None
    """A weight."""

    dimension: FBTDimension | None = None
    """Length, width and height."""


class FBTOnHandQuantities(ResponseModel):
    """Units physically in a warehouse (in-transit units excluded)."""

    total_quantity: int | None = None
    """All units on hand (available plus reserved)."""

    available_quantity: int | None = None
    """Units available for sale."""

    reserved_quantity: int | None = None
    """Units reserved for orders or returns to supplier."""

    unfulfillable_quantity: int | None = None
    """Defective units (goods level only)."""


class FBTPlacementFee(ResponseModel):
    """An estimated placement fee."""

    amount: str | None = None
    """Fee amount."""

    currency: str | None = None
    """Currency, e.g. `USD`, `CNY`, `EUR`, `GBP`, `SAR`."""


class FBTPrintInboundOrderLabelsRequest(RequestModel):
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


class FBTPrintInboundOrderLabelsResponse(ResponseModel):
    """The state of the label generation."""

    task_status: str | None = None
    """`PROCESSING` (poll again) or `SUCCESS`."""

    download_url: str | None = None
    """URL of the label file once ready (unicode-escaped, e.g. `\\u0026` for `&`)."""


class FBTQueryGoodsInventoryForMCFGood(RequestModel):
    """One goods item."""

    goods_id: str = Field(strict=True)
    """FBT goods id."""


class FBTQueryGoodsInventoryForMCFGoodsInventoryList(ResponseModel):
    """The MCF inventory of one goods item."""

    goods_id: str | None = None
    """FBT goods id."""

    available_qty: int | None = None
    """Units available."""


class FBTQueryGoodsInventoryForMCFRequest(RequestModel):
    """The goods to check."""

    goods: list[FBTQueryGoodsInventoryForMCFGood] = Field(min_length=1, max_length=50)
    """Goods to check, 1 to 50."""


class FBTQueryGoodsInventoryForMCFResponse(ResponseModel):
    """Quantities available to MCF."""

    goods_inventory_list: list[FBTQueryGoodsInventoryForMCFGoodsInventoryList] | None = None
    """One entry per goods item known for the shop's region."""


class FBTSearchGoodsHazmatAndExpirationInfoExpBaseInfo(ResponseModel):
    """Default expiry thresholds of the category."""

    inbound_cutoff_days: int | None = None
    """Days before expiry from which inbound units are refused."""

    expiration_alert_days: int | None = None
    """Days before expiry from which alerts are sent."""

    sales_cutoff_days: int | None = None
    """Days before expiry from which units are no longer sold."""


class FBTSearchGoodsHazmatAndExpirationInfoHazmatAndExpirationDtoList(ResponseModel):
    """Requirements of one SKU."""

    tts_sku_id: str | None = None
    """TikTok Shop SKU id."""

    is_hazmat: bool | None = None
    """Whether FBT classifies it as hazardous (hazmat details then needed)."""

    is_lot_code: bool | None = None
    """Whether lot management is required."""

    is_expiration_management: bool | None = None
    """Whether expiry management is required."""

    exp_base_info: FBTSearchGoodsHazmatAndExpirationInfoExpBaseInfo | None = None
    """Default expiry thresholds of the category."""


class FBTSearchGoodsHazmatAndExpirationInfoHazmatAndExpirationInfo(ResponseModel):
    """The results."""

    hazmat_and_expiration_dto_list: list[FBTSearchGoodsHazmatAndExpirationInfoHazmatAndExpirationDtoList] | None = None
    """One entry per SKU, matched by `tts_sku_id`."""


class FBTSearchGoodsHazmatAndExpirationInfoRequest(RequestModel):
    """The SKUs to check."""

    tts_sku_ids: list[StrictStr]
    """TikTok Shop SKU ids."""


class FBTSearchGoodsHazmatAndExpirationInfoResponse(ResponseModel):
    """Requirements per SKU."""

    hazmat_and_expiration_info: FBTSearchGoodsHazmatAndExpirationInfoHazmatAndExpirationInfo | None = None
    """The results."""


class FBTShelfLifeInput(RequestModel):
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


class FBTShipInboundOrderRequest(RequestModel):
    """Shipping details of the inbound order."""

    inbound_order_id: str = Field(strict=True)
    """Inbound order id."""

    shipment_option: FBTShipInboundOrderShipmentOption
    """How the order is shipped."""

    cartons: list[FBTCartonInput] | None = None
    """Cartons; needed when the plan was made with `goods_items` rather than cartons."""


class FBTShipInboundOrderResponse(ResponseModel):
    """The shipped inbound order."""

    inbound_order_id: str | None = None
    """Inbound order id."""


class FBTShipInboundOrderShipmentOption(RequestModel):
    """How the order is shipped."""

    shipping_method: Literal["FREIGHT", "SMALL_PARCEL"]
    """`SMALL_PARCEL` or `FREIGHT`."""

    freight_type: Literal["FTL", "LTL"] | None = None
    """`FTL` or `LTL`; needed for `FREIGHT` in EU and UK shops."""


class FBTSiocAttribute(ResponseModel):
    """Ships-in-own-container (SIOC) evidence."""

    sioc_files: list[FBTSiocAttributeSiocFile] | None = None
    """SIOC files."""


class FBTSiocAttributeInput(RequestModel):
    """Ships-in-own-container (SIOC) evidence."""

    sioc_files: list[FBTSiocAttributeSiocFileInput] | None = None
    """SIOC files."""


class FBTSiocAttributeSiocFile(ResponseModel):
    """One SIOC file."""

    sioc_certification_url: str | None = None
    """URL of the file."""

    sioc_file_type: str | None = None
    """`PHOTO`, `DOCUMENT` or `DROP_TEST_VIDEO`."""


class FBTSiocAttributeSiocFileInput(RequestModel):
    """One SIOC file."""

    sioc_certification_url: str | None = Field(default=None, strict=True)
    """URL of the file."""

    sioc_file_type: str | None = Field(default=None, strict=True)
    """`PHOTO`, `DOCUMENT` or `DROP_TEST_VIDEO`."""


class FBTUpdateFBTGoodsInfoBulkyItemAttribute(RequestModel):
    """Bulky-item flags."""

    is_bulky_item_accessories: bool | None = Field(default=None, strict=True)
    """Whether the goods is a bulky item's accessory."""


class FBTUpdateFBTGoodsInfoRequest(RequestModel):
    """The goods update."""

    update_goods_dto: FBTUpdateFBTGoodsInfoUpdateGoodsDto | None = None
    """The new state of the goods."""


class FBTUpdateFBTGoodsInfoResponse(ResponseModel):
    """The update result."""

    update_result_info: FBTUpdateFBTGoodsInfoUpdateResultInfo | None = None
    """The result."""


class FBTUpdateFBTGoodsInfoUpdateGoodsDto(RequestModel):
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

    dimension_and_weight_base_info: FBTDimensionAndWeightInput
    """Declared weight and size of a goods item."""

    is_hazmat: bool = Field(strict=True)
    """Whether the goods is hazardous; then give `hazmat_info`."""

    is_lot_code: bool = Field(strict=True)
    """Whether lot-code management is on."""

    is_expiration_management: bool = Field(strict=True)
    """Whether expiry management is on."""

    reference_code: str | None = Field(default=None, strict=True)
    """The seller's own code."""

    barcode_infos: list[FBTBarcodeInput] | None = None
    """Barcodes of the goods."""

    hazmat_info: FBTHazmatInput | None = None
    """Hazardous-material details of a goods item."""

    shelf_life_attribute_info: FBTShelfLifeInput | None = None
    """Expiry settings of a goods item."""

    is_sioc: bool | None = Field(default=None, strict=True)
    """Whether the goods ships in its own container."""

    sioc_attribute: FBTSiocAttributeInput | None = None
    """Ships-in-own-container (SIOC) evidence."""

    bulky_item_attribute: FBTUpdateFBTGoodsInfoBulkyItemAttribute | None = None
    """Bulky-item flags."""

    goods_safety_attributes: FBTGoodsSafetyAttributesInput | None = None
    """Handling flags of a goods item."""


class FBTUpdateFBTGoodsInfoUpdateResultInfo(ResponseModel):
    """The result."""

    tts_goods_id: str | None = None
    """FBT goods id."""

    is_success: bool | None = None
    """Whether the update succeeded."""

    fail_reason: str | None = None
    """Why it failed."""


class FBTUpdateGoodsSKURelationsOperateGoodsSkuRelationInfo(ResponseModel):
    """The results."""

    operate_result_list: list[FBTUpdateGoodsSKURelationsOperateResultList] | None = None
    """One result per goods-SKU pair."""


class FBTUpdateGoodsSKURelationsOperateGoodsSkuRelationList(RequestModel):
    """One goods item and the SKUs to (un)bind."""

    tts_goods_id: str = Field(strict=True)
    """FBT goods id."""

    tts_sku_ids: list[StrictStr]
    """TikTok Shop SKU ids."""


class FBTUpdateGoodsSKURelationsOperateResultList(ResponseModel):
    """Result for one goods-SKU pair."""

    tts_goods_id: str | None = None
    """FBT goods id."""

    tts_sku_id: str | None = None
    """TikTok Shop SKU id."""

    is_success: bool | None = None
    """Whether it succeeded."""

    fail_reason: str | None = None
    """Why it failed."""


class FBTUpdateGoodsSKURelationsRequest(RequestModel):
    """The relations to bind or unbind."""

    operation_type: Literal["BIND", "UN_BIND"]
    """`BIND` the listed SKUs to the goods, or `UN_BIND` them."""

    operate_goods_sku_relation_list: list[FBTUpdateGoodsSKURelationsOperateGoodsSkuRelationList]
    """Goods and their SKUs."""


class FBTUpdateGoodsSKURelationsResponse(ResponseModel):
    """The results."""

    operate_goods_sku_relation_info: FBTUpdateGoodsSKURelationsOperateGoodsSkuRelationInfo | None = None
    """The results."""


class FBTUpdateInboundOrderTrackingParcelTrackingInfo(RequestModel):
    """Tracking of one carton."""

    provider_name: str = Field(strict=True)
    """Carrier, one of TikTok's fixed names such as `FEDEX`, `UPS`, `DHL`, `USPS`."""

    tracking_number: str = Field(strict=True)
    """Tracking number (ASCII letters, digits, spaces and hyphens)."""

    carton_number: str = Field(strict=True)
    """Number of an existing carton of the order."""


class FBTUpdateInboundOrderTrackingRequest(RequestModel):
    """The complete carton tracking of an inbound order."""

    order_id: str = Field(strict=True)
    """Numeric inbound order id, without the `IBR` prefix."""

    parcel_tracking_info: list[FBTUpdateInboundOrderTrackingParcelTrackingInfo] | None = None
    """Tracking per carton."""


class FBTUpdateInboundOrderTrackingResponse(ResponseModel):
    """Empty; the call succeeded when the envelope's `code` is 0."""

    pass


class FBTWarehouse(ResponseModel):
    """An FBT warehouse."""

    fbt_warehouse_id: str | None = None
    """FBT warehouse id."""

    warehouse_ids: list[str] | None = None
    """TikTok Shop warehouse ids linked to this FBT warehouse."""

    name: str | None = None
    """Warehouse name, e.g. `TikTok_Eastvale(CA)`."""

    type_: str | None = Field(default=None, alias="type")
    """`PLATFORM_WAREHOUSE` (operated by TikTok) or `OTHER_WAREHOUSE`."""

    subscribed: bool | None = None
    """Whether the seller subscribed to the warehouse."""

    addresses: list[FBTWarehouseAddress] | None = None
    """Addresses receiving inbound shipments."""

    logistics_services: list[FBTWarehouseLogisticsService] | None = None
    """Logistics services of the warehouse."""


class FBTWarehouseAddress(ResponseModel):
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


class FBTWarehouseLogisticsService(ResponseModel):
    """A logistics service."""

    id: str | None = None
    """Logistics service id."""

    name: str | None = None
    """Logistics service name."""

    subscribed: bool | None = None
    """Whether the seller subscribed to the service."""


class FBTWeight(ResponseModel):
    """A weight."""

    value: str | None = None
    """Weight, up to three decimals."""

    unit: str | None = None
    """`MILLIGRAM`, `GRAM`, `KILOGRAM`, `POUND` or `OUNCE`."""
