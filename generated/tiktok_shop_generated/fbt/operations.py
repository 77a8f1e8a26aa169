"""Operation descriptors of the `fbt` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation, Pagination

from .models import (
    CancelInboundOrderRequest,
    CancelInboundOrderResponse,
    CancelMcfOrderRequest,
    CancelMcfOrderResponse,
    ConfirmInboundMethodRequest,
    ConfirmInboundMethodResponse,
    CreateGoodsRequest,
    CreateGoodsResponse,
    CreateMcfOrderRequest,
    CreateMcfOrderResponse,
    CreateOrUpdateInboundPlanRequest,
    CreateOrUpdateInboundPlanResponse,
    GetInboundMethodDetailRequest,
    GetInboundMethodDetailResponse,
    GetInboundOrders202409Query,
    GetInboundOrders202409Response,
    GetInboundOrdersQuery,
    GetInboundOrdersResponse,
    GetMcfGoodsInventoryRequest,
    GetMcfGoodsInventoryResponse,
    GetMcfOrderQuery,
    GetMcfOrderResponse,
    GetMerchantMcfStatusResponse,
    GetMerchantOnboardedRegionsResponse,
    GetWarehousesResponse,
    ListAvailableInboundMethodsRequest,
    ListAvailableInboundMethodsResponse,
    PrintInboundOrderLabelsRequest,
    PrintInboundOrderLabelsResponse,
    SearchGoodsHazmatAndExpirationInfoRequest,
    SearchGoodsHazmatAndExpirationInfoResponse,
    SearchGoodsQuery,
    SearchGoodsRequest,
    SearchGoodsResponse,
    SearchInventoryQuery,
    SearchInventoryRecordsQuery,
    SearchInventoryRecordsRequest,
    SearchInventoryRecordsResponse,
    SearchInventoryRequest,
    SearchInventoryResponse,
    ShipInboundOrderRequest,
    ShipInboundOrderResponse,
    UpdateGoodsInfoRequest,
    UpdateGoodsInfoResponse,
    UpdateGoodsSkuRelationsRequest,
    UpdateGoodsSkuRelationsResponse,
    UpdateInboundOrderTrackingRequest,
    UpdateInboundOrderTrackingResponse,
)

CANCEL_INBOUND_ORDER: Operation[CancelInboundOrderResponse] = Operation(
    id="FBTCancelInboundOrder",
    module="fbt",
    name="cancel_inbound_order",
    method="POST",
    path="/fbt/202602/inbound_orders/cancel",
    version="202602",
    summary="Cancel an inbound order",
    response_model=CancelInboundOrderResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=CancelInboundOrderRequest,
    body_fields=(
        "order_id",
        "cancel_reason",
    ),
)

CANCEL_MCF_ORDER: Operation[CancelMcfOrderResponse] = Operation(
    id="FBTCancelFBTMCFOrder",
    module="fbt",
    name="cancel_mcf_order",
    method="POST",
    path="/fbt/202601/mcf_outbound_orders/cancel",
    version="202601",
    summary="Cancel an MCF order",
    response_model=CancelMcfOrderResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=CancelMcfOrderRequest,
    body_fields=(
        "mcf_order_id",
        "consign_orders",
    ),
)

CONFIRM_INBOUND_METHOD: Operation[ConfirmInboundMethodResponse] = Operation(
    id="FBTConfirmInboundMethod",
    module="fbt",
    name="confirm_inbound_method",
    method="POST",
    path="/fbt/202603/confirm_inbound_method",
    version="202603",
    summary="Confirm an inbound placement option",
    response_model=ConfirmInboundMethodResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=ConfirmInboundMethodRequest,
    body_fields=(
        "plan_id",
        "placement_option_id",
        "inbound_method",
        "estimate_arrival_time",
    ),
)

CREATE_GOODS: Operation[CreateGoodsResponse] = Operation(
    id="FBTCreateFBTGoods",
    module="fbt",
    name="create_goods",
    method="POST",
    path="/fbt/202607/goods/create_goods",
    version="202607",
    summary="Create FBT goods",
    response_model=CreateGoodsResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=CreateGoodsRequest,
    body_fields=("create_goods_dto_list",),
)

CREATE_MCF_ORDER: Operation[CreateMcfOrderResponse] = Operation(
    id="FBTCreateFBTMCFOrder",
    module="fbt",
    name="create_mcf_order",
    method="POST",
    path="/fbt/202607/mcf_outbound_orders",
    version="202607",
    summary="Create an MCF order",
    response_model=CreateMcfOrderResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=CreateMcfOrderRequest,
    body_fields=(
        "external_order_id",
        "goods",
        "consignee",
    ),
)

CREATE_OR_UPDATE_INBOUND_PLAN: Operation[CreateOrUpdateInboundPlanResponse] = Operation(
    id="FBTCreateOrUpdateInboundPlan",
    module="fbt",
    name="create_or_update_inbound_plan",
    method="POST",
    path="/fbt/202602/create_update_inbound_plan",
    version="202602",
    summary="Create or replace an inbound plan",
    response_model=CreateOrUpdateInboundPlanResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=CreateOrUpdateInboundPlanRequest,
    body_fields=(
        "plan_id",
        "idempotent_key",
        "goods_items",
        "cartons",
    ),
)

GET_INBOUND_METHOD_DETAIL: Operation[GetInboundMethodDetailResponse] = Operation(
    id="FBTGetInboundMethodDetail",
    module="fbt",
    name="get_inbound_method_detail",
    method="POST",
    path="/fbt/202602/inbound_method_detail",
    version="202602",
    summary="Get placement options of an inbound method",
    response_model=GetInboundMethodDetailResponse,
    shop_scoped=True,
    retry_safe=True,
    body_model=GetInboundMethodDetailRequest,
    body_fields=(
        "plan_id",
        "inbound_method",
        "estimate_arrival_time",
    ),
)

GET_INBOUND_ORDERS_202409: Operation[GetInboundOrders202409Response] = Operation(
    id="FBTGetInboundOrders",
    module="fbt",
    name="get_inbound_orders",
    method="GET",
    path="/fbt/202409/inbound_orders",
    version="202409",
    summary="Get FBT inbound orders",
    response_model=GetInboundOrders202409Response,
    shop_scoped=True,
    retry_safe=True,
    query_model=GetInboundOrders202409Query,
    query_params=("ids",),
    latest=False,
)

GET_INBOUND_ORDERS: Operation[GetInboundOrdersResponse] = Operation(
    id="FBTGetInboundOrders202602",
    module="fbt",
    name="get_inbound_orders",
    method="GET",
    path="/fbt/202602/inbound_orders",
    version="202602",
    summary="Get FBT inbound orders (202602)",
    response_model=GetInboundOrdersResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=GetInboundOrdersQuery,
    query_params=(
        "order_ids",
        "include_carton_details",
    ),
)

GET_MCF_GOODS_INVENTORY: Operation[GetMcfGoodsInventoryResponse] = Operation(
    id="FBTQueryGoodsInventoryForMCF",
    module="fbt",
    name="get_mcf_goods_inventory",
    method="POST",
    path="/fbt/202601/mcf/goods/inventory/search",
    version="202601",
    summary="Get goods inventory available to MCF",
    response_model=GetMcfGoodsInventoryResponse,
    shop_scoped=True,
    retry_safe=True,
    body_model=GetMcfGoodsInventoryRequest,
    body_fields=("goods",),
)

GET_MCF_ORDER: Operation[GetMcfOrderResponse] = Operation(
    id="FBTGetFBTMCFOrderStatus",
    module="fbt",
    name="get_mcf_order",
    method="GET",
    path="/fbt/202601/mcf_outbound_orders",
    version="202601",
    summary="Get an MCF order's status",
    response_model=GetMcfOrderResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=GetMcfOrderQuery,
    query_params=("mcf_order_id",),
)

GET_MERCHANT_MCF_STATUS: Operation[GetMerchantMcfStatusResponse] = Operation(
    id="FBTGetFBTMerchantMCFStatus",
    module="fbt",
    name="get_merchant_mcf_status",
    method="GET",
    path="/fbt/202601/merchants/mcf_status",
    version="202601",
    summary="Get the seller's MCF status",
    response_model=GetMerchantMcfStatusResponse,
    shop_scoped=True,
    retry_safe=True,
)

GET_MERCHANT_ONBOARDED_REGIONS: Operation[GetMerchantOnboardedRegionsResponse] = Operation(
    id="FBTGetMerchantOnboardedRegions",
    module="fbt",
    name="get_merchant_onboarded_regions",
    method="GET",
    path="/fbt/202409/merchants/onboarded_regions",
    version="202409",
    summary="Get FBT onboarded regions",
    response_model=GetMerchantOnboardedRegionsResponse,
    shop_scoped=True,
    retry_safe=True,
)

GET_WAREHOUSES: Operation[GetWarehousesResponse] = Operation(
    id="FBTGetWarehouses",
    module="fbt",
    name="get_warehouses",
    method="GET",
    path="/fbt/202408/warehouses",
    version="202408",
    summary="List FBT warehouses",
    response_model=GetWarehousesResponse,
    shop_scoped=True,
    retry_safe=True,
)

LIST_AVAILABLE_INBOUND_METHODS: Operation[ListAvailableInboundMethodsResponse] = Operation(
    id="FBTListAvailableInboundMethods",
    module="fbt",
    name="list_available_inbound_methods",
    method="POST",
    path="/fbt/202602/list_available_inbound_method",
    version="202602",
    summary="List available inbound methods",
    response_model=ListAvailableInboundMethodsResponse,
    shop_scoped=True,
    retry_safe=True,
    body_model=ListAvailableInboundMethodsRequest,
    body_fields=("plan_id",),
)

PRINT_INBOUND_ORDER_LABELS: Operation[PrintInboundOrderLabelsResponse] = Operation(
    id="FBTPrintInboundOrderLabels",
    module="fbt",
    name="print_inbound_order_labels",
    method="POST",
    path="/fbt/202602/inbound_orders/label_print",
    version="202602",
    summary="Print inbound order labels",
    response_model=PrintInboundOrderLabelsResponse,
    shop_scoped=True,
    retry_safe=True,
    body_model=PrintInboundOrderLabelsRequest,
    body_fields=(
        "order_id",
        "print_items",
        "carton_label_format",
        "barcode_format",
    ),
)

SEARCH_GOODS_202409: Operation[SearchGoodsResponse] = Operation(
    id="FBTGetGoods",
    module="fbt",
    name="search_goods",
    method="POST",
    path="/fbt/202409/goods/search",
    version="202409",
    summary="Search FBT goods",
    response_model=SearchGoodsResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=SearchGoodsQuery,
    body_model=SearchGoodsRequest,
    query_params=(
        "page_size",
        "page_token",
    ),
    body_fields=(
        "goods_ids",
        "product_ids",
        "reference_codes",
        "sku_ids",
    ),
    pagination=Pagination(items="goods", token_in="query"),
    latest=False,
)

SEARCH_GOODS: Operation[SearchGoodsResponse] = Operation(
    id="FBTGetGoods202607",
    module="fbt",
    name="search_goods",
    method="POST",
    path="/fbt/202607/goods/search",
    version="202607",
    summary="Search FBT goods (202607)",
    response_model=SearchGoodsResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=SearchGoodsQuery,
    body_model=SearchGoodsRequest,
    query_params=(
        "page_size",
        "page_token",
    ),
    body_fields=(
        "goods_ids",
        "product_ids",
        "reference_codes",
        "sku_ids",
    ),
    pagination=Pagination(items="goods", token_in="query"),
)

SEARCH_GOODS_HAZMAT_AND_EXPIRATION_INFO: Operation[SearchGoodsHazmatAndExpirationInfoResponse] = Operation(
    id="FBTSearchGoodsHazmatAndExpirationInfo",
    module="fbt",
    name="search_goods_hazmat_and_expiration_info",
    method="POST",
    path="/fbt/202603/goods/hazmat_and_expiration_info/search",
    version="202603",
    summary="Get hazmat and expiry requirements of SKUs",
    response_model=SearchGoodsHazmatAndExpirationInfoResponse,
    shop_scoped=True,
    retry_safe=True,
    body_model=SearchGoodsHazmatAndExpirationInfoRequest,
    body_fields=("tts_sku_ids",),
)

SEARCH_INVENTORY: Operation[SearchInventoryResponse] = Operation(
    id="FBTGetInventories",
    module="fbt",
    name="search_inventory",
    method="POST",
    path="/fbt/202408/inventory/search",
    version="202408",
    summary="Search FBT inventory",
    response_model=SearchInventoryResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=SearchInventoryQuery,
    body_model=SearchInventoryRequest,
    query_params=(
        "page_size",
        "page_token",
    ),
    body_fields=(
        "goods_ids",
        "sku_ids",
        "fbt_warehouse_ids",
    ),
    pagination=Pagination(items="inventory", token_in="query"),
)

SEARCH_INVENTORY_RECORDS: Operation[SearchInventoryRecordsResponse] = Operation(
    id="FBTGetInventoryRecords",
    module="fbt",
    name="search_inventory_records",
    method="POST",
    path="/fbt/202410/inventory_records/search",
    version="202410",
    summary="Search FBT inventory changes",
    response_model=SearchInventoryRecordsResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=SearchInventoryRecordsQuery,
    body_model=SearchInventoryRecordsRequest,
    query_params=(
        "page_size",
        "page_token",
    ),
    body_fields=(
        "goods_ids",
        "fbt_warehouse_ids",
        "create_time_ge",
        "create_time_le",
    ),
    pagination=Pagination(items="inventory_records", token_in="query"),
)

SHIP_INBOUND_ORDER: Operation[ShipInboundOrderResponse] = Operation(
    id="FBTShipInboundOrder",
    module="fbt",
    name="ship_inbound_order",
    method="POST",
    path="/fbt/202603/ship_inbound_order",
    version="202603",
    summary="Ship an inbound order",
    response_model=ShipInboundOrderResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=ShipInboundOrderRequest,
    body_fields=(
        "inbound_order_id",
        "shipment_option",
        "cartons",
    ),
)

UPDATE_GOODS_INFO: Operation[UpdateGoodsInfoResponse] = Operation(
    id="FBTUpdateFBTGoodsInfo",
    module="fbt",
    name="update_goods_info",
    method="POST",
    path="/fbt/202607/goods/update_goods_info",
    version="202607",
    summary="Update FBT goods",
    response_model=UpdateGoodsInfoResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=UpdateGoodsInfoRequest,
    body_fields=("update_goods_dto",),
)

UPDATE_GOODS_SKU_RELATIONS: Operation[UpdateGoodsSkuRelationsResponse] = Operation(
    id="FBTUpdateGoodsSKURelations",
    module="fbt",
    name="update_goods_sku_relations",
    method="POST",
    path="/fbt/202603/goods/update_goods_sku_relation",
    version="202603",
    summary="Bind or unbind SKUs to FBT goods",
    response_model=UpdateGoodsSkuRelationsResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=UpdateGoodsSkuRelationsRequest,
    body_fields=(
        "operation_type",
        "operate_goods_sku_relation_list",
    ),
)

UPDATE_INBOUND_ORDER_TRACKING: Operation[UpdateInboundOrderTrackingResponse] = Operation(
    id="FBTUpdateInboundOrderTracking",
    module="fbt",
    name="update_inbound_order_tracking",
    method="POST",
    path="/fbt/202602/inbound_orders/tracking_update",
    version="202602",
    summary="Update inbound order tracking",
    response_model=UpdateInboundOrderTrackingResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=UpdateInboundOrderTrackingRequest,
    body_fields=(
        "order_id",
        "parcel_tracking_info",
    ),
)
