"""Operation descriptors of the `order` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation, Pagination

from .models import (
    AddExternalOrdersRequest,
    AddExternalOrdersResponse,
    GetExternalOrdersQuery,
    GetExternalOrdersResponse,
    GetOrderDetailQuery,
    GetOrderDetailResponse,
    GetOrderPriceDetailQuery,
    GetOrderPriceDetailResponse,
    SearchExternalOrdersQuery,
    SearchExternalOrdersResponse,
    SearchOrdersQuery,
    SearchOrdersRequest,
    SearchOrdersResponse,
    SearchPodDetailsRequest,
    SearchPodDetailsResponse,
    UpdateBlindBoxResults202511Request,
    UpdateBlindBoxResultsRequest,
    UpdateBlindBoxResultsResponse,
)

ADD_EXTERNAL_ORDERS: Operation[AddExternalOrdersResponse] = Operation(
    id="OrderCreateExternalOrder",
    module="order",
    name="add_external_orders",
    method="POST",
    path="/order/202406/orders/external_orders",
    version="202406",
    summary="Add external order references",
    response_model=AddExternalOrdersResponse,
    shop_cipher="required",
    retry_safe=False,
    scopes=(
        "seller.order.ext_ref.write.custom",
        "seller.order.ext_ref.write",
    ),
    body_model=AddExternalOrdersRequest,
    body_fields=("orders",),
)

GET_EXTERNAL_ORDERS: Operation[GetExternalOrdersResponse] = Operation(
    id="OrderGetExternalOrders",
    module="order",
    name="get_external_orders",
    method="GET",
    path="/order/202406/orders/{order_id}/external_orders",
    version="202406",
    summary="Get external order references",
    response_model=GetExternalOrdersResponse,
    shop_cipher="required",
    retry_safe=True,
    scopes=("seller.order.ext_ref.read",),
    query_model=GetExternalOrdersQuery,
    path_params=("order_id",),
    query_params=("platform",),
)

GET_ORDER_DETAIL_202309: Operation[GetOrderDetailResponse] = Operation(
    id="OrderBatchGetOrderDetail",
    module="order",
    name="get_order_detail",
    method="GET",
    path="/order/202309/orders",
    version="202309",
    summary="Get order details",
    response_model=GetOrderDetailResponse,
    shop_cipher="required",
    retry_safe=True,
    scopes=("seller.order.info",),
    query_model=GetOrderDetailQuery,
    query_params=("ids",),
    latest=False,
)

GET_ORDER_DETAIL: Operation[GetOrderDetailResponse] = Operation(
    id="OrderBatchGetOrderDetail202507",
    module="order",
    name="get_order_detail",
    method="GET",
    path="/order/202507/orders",
    version="202507",
    summary="Get order details (202507)",
    response_model=GetOrderDetailResponse,
    shop_cipher="required",
    retry_safe=True,
    scopes=("seller.order.info",),
    query_model=GetOrderDetailQuery,
    query_params=("ids",),
)

GET_ORDER_PRICE_DETAIL: Operation[GetOrderPriceDetailResponse] = Operation(
    id="OrderGetOrderPriceDetail",
    module="order",
    name="get_order_price_detail",
    method="GET",
    path="/order/202407/orders/{order_id}/price_detail",
    version="202407",
    summary="Get order price details",
    response_model=GetOrderPriceDetailResponse,
    shop_cipher="required",
    retry_safe=True,
    scopes=("seller.order.info",),
    query_model=GetOrderPriceDetailQuery,
    path_params=("order_id",),
)

SEARCH_EXTERNAL_ORDERS: Operation[SearchExternalOrdersResponse] = Operation(
    id="OrderSearchExternalOrders",
    module="order",
    name="search_external_orders",
    method="POST",
    path="/order/202406/orders/external_order_search",
    version="202406",
    summary="Search orders by external order reference",
    response_model=SearchExternalOrdersResponse,
    shop_cipher="required",
    retry_safe=True,
    scopes=("seller.order.ext_ref.read",),
    query_model=SearchExternalOrdersQuery,
    query_params=(
        "platform",
        "external_order_id",
    ),
)

SEARCH_ORDERS: Operation[SearchOrdersResponse] = Operation(
    id="OrderSearchOrders",
    module="order",
    name="search_orders",
    method="POST",
    path="/order/202309/orders/search",
    version="202309",
    summary="Search orders",
    response_model=SearchOrdersResponse,
    shop_cipher="required",
    retry_safe=True,
    scopes=("seller.order.info",),
    query_model=SearchOrdersQuery,
    body_model=SearchOrdersRequest,
    query_params=(
        "page_size",
        "page_token",
        "sort_order",
        "sort_field",
    ),
    body_fields=(
        "order_status",
        "create_time_ge",
        "create_time_lt",
        "update_time_ge",
        "update_time_lt",
        "shipping_type",
        "buyer_user_id",
        "is_buyer_request_cancel",
        "warehouse_ids",
    ),
    pagination=Pagination(items="orders", token_in="query"),
)

SEARCH_POD_DETAILS: Operation[SearchPodDetailsResponse] = Operation(
    id="OrderSearchPODCustomizationDetails",
    module="order",
    name="search_pod_details",
    method="POST",
    path="/order/202606/pod_details/search",
    version="202606",
    summary="Search print-on-demand customization details",
    response_model=SearchPodDetailsResponse,
    shop_cipher="required",
    retry_safe=True,
    body_model=SearchPodDetailsRequest,
    body_fields=(
        "main_order_id",
        "query_order_lines",
    ),
)

UPDATE_BLIND_BOX_RESULTS_202511: Operation[UpdateBlindBoxResultsResponse] = Operation(
    id="OrderUpdateTheBlindBoxOpeningResults202511",
    module="order",
    name="update_blind_box_results",
    method="POST",
    path="/order/202511/orders/blind_box_result/callback",
    version="202511",
    summary="Update blind box opening results (202511)",
    response_model=UpdateBlindBoxResultsResponse,
    shop_cipher="required",
    retry_safe=False,
    body_model=UpdateBlindBoxResults202511Request,
    body_fields=(
        "main_order_id",
        "blind_box_results",
    ),
    latest=False,
)

UPDATE_BLIND_BOX_RESULTS: Operation[UpdateBlindBoxResultsResponse] = Operation(
    id="OrderUpdateTheBlindBoxOpeningResults",
    module="order",
    name="update_blind_box_results",
    method="POST",
    path="/order/202605/orders/blind_box_result/callback",
    version="202605",
    summary="Update blind box opening results",
    response_model=UpdateBlindBoxResultsResponse,
    shop_cipher="required",
    retry_safe=False,
    body_model=UpdateBlindBoxResultsRequest,
    body_fields=(
        "main_order_id",
        "blind_box_results",
        "blind_batch_box_results",
    ),
)
