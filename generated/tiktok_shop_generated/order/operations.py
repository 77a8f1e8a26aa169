"""Operation descriptors of the `order` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation, Pagination

from .models import (
    OrderBatchGetOrderDetail202507Query,
    OrderBatchGetOrderDetail202507Response,
    OrderBatchGetOrderDetailQuery,
    OrderBatchGetOrderDetailResponse,
    OrderCreateExternalOrderRequest,
    OrderCreateExternalOrderResponse,
    OrderGetExternalOrdersQuery,
    OrderGetExternalOrdersResponse,
    OrderGetOrderPriceDetailQuery,
    OrderGetOrderPriceDetailResponse,
    OrderSearchExternalOrdersQuery,
    OrderSearchExternalOrdersResponse,
    OrderSearchOrdersQuery,
    OrderSearchOrdersRequest,
    OrderSearchOrdersResponse,
    OrderSearchPODCustomizationDetailsRequest,
    OrderSearchPODCustomizationDetailsResponse,
    OrderUpdateTheBlindBoxOpeningResults202511Request,
    OrderUpdateTheBlindBoxOpeningResults202511Response,
    OrderUpdateTheBlindBoxOpeningResultsRequest,
    OrderUpdateTheBlindBoxOpeningResultsResponse,
)

ADD_EXTERNAL_ORDERS: Operation[OrderCreateExternalOrderResponse] = Operation(
    id="OrderCreateExternalOrder",
    module="order",
    name="add_external_orders",
    method="POST",
    path="/order/202406/orders/external_orders",
    version="202406",
    summary="Add external order references",
    response_model=OrderCreateExternalOrderResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=OrderCreateExternalOrderRequest,
    body_fields=("orders",),
)

GET_EXTERNAL_ORDERS: Operation[OrderGetExternalOrdersResponse] = Operation(
    id="OrderGetExternalOrders",
    module="order",
    name="get_external_orders",
    method="GET",
    path="/order/202406/orders/{order_id}/external_orders",
    version="202406",
    summary="Get external order references",
    response_model=OrderGetExternalOrdersResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=OrderGetExternalOrdersQuery,
    path_params=("order_id",),
    query_params=("platform",),
)

GET_ORDER_DETAIL_202309: Operation[OrderBatchGetOrderDetailResponse] = Operation(
    id="OrderBatchGetOrderDetail",
    module="order",
    name="get_order_detail",
    method="GET",
    path="/order/202309/orders",
    version="202309",
    summary="Get order details",
    response_model=OrderBatchGetOrderDetailResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=OrderBatchGetOrderDetailQuery,
    query_params=("ids",),
    latest=False,
)

GET_ORDER_DETAIL: Operation[OrderBatchGetOrderDetail202507Response] = Operation(
    id="OrderBatchGetOrderDetail202507",
    module="order",
    name="get_order_detail",
    method="GET",
    path="/order/202507/orders",
    version="202507",
    summary="Get order details (202507)",
    response_model=OrderBatchGetOrderDetail202507Response,
    shop_scoped=True,
    retry_safe=True,
    query_model=OrderBatchGetOrderDetail202507Query,
    query_params=("ids",),
)

GET_ORDER_PRICE_DETAIL: Operation[OrderGetOrderPriceDetailResponse] = Operation(
    id="OrderGetOrderPriceDetail",
    module="order",
    name="get_order_price_detail",
    method="GET",
    path="/order/202407/orders/{order_id}/price_detail",
    version="202407",
    summary="Get order price details",
    response_model=OrderGetOrderPriceDetailResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=OrderGetOrderPriceDetailQuery,
    path_params=("order_id",),
)

SEARCH_EXTERNAL_ORDERS: Operation[OrderSearchExternalOrdersResponse] = Operation(
    id="OrderSearchExternalOrders",
    module="order",
    name="search_external_orders",
    method="POST",
    path="/order/202406/orders/external_order_search",
    version="202406",
    summary="Search orders by external order reference",
    response_model=OrderSearchExternalOrdersResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=OrderSearchExternalOrdersQuery,
    query_params=(
        "platform",
        "external_order_id",
    ),
)

SEARCH_ORDERS: Operation[OrderSearchOrdersResponse] = Operation(
    id="OrderSearchOrders",
    module="order",
    name="search_orders",
    method="POST",
    path="/order/202309/orders/search",
    version="202309",
    summary="Search orders",
    response_model=OrderSearchOrdersResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=OrderSearchOrdersQuery,
    body_model=OrderSearchOrdersRequest,
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

SEARCH_POD_DETAILS: Operation[OrderSearchPODCustomizationDetailsResponse] = Operation(
    id="OrderSearchPODCustomizationDetails",
    module="order",
    name="search_pod_details",
    method="POST",
    path="/order/202606/pod_details/search",
    version="202606",
    summary="Search print-on-demand customization details",
    response_model=OrderSearchPODCustomizationDetailsResponse,
    shop_scoped=True,
    retry_safe=True,
    body_model=OrderSearchPODCustomizationDetailsRequest,
    body_fields=(
        "main_order_id",
        "query_order_lines",
    ),
)

UPDATE_BLIND_BOX_RESULTS_202511: Operation[OrderUpdateTheBlindBoxOpeningResults202511Response] = Operation(
    id="OrderUpdateTheBlindBoxOpeningResults202511",
    module="order",
    name="update_blind_box_results",
    method="POST",
    path="/order/202511/orders/blind_box_result/callback",
    version="202511",
    summary="Update blind box opening results (202511)",
    response_model=OrderUpdateTheBlindBoxOpeningResults202511Response,
    shop_scoped=True,
    retry_safe=False,
    body_model=OrderUpdateTheBlindBoxOpeningResults202511Request,
    body_fields=(
        "main_order_id",
        "blind_box_results",
    ),
    latest=False,
)

UPDATE_BLIND_BOX_RESULTS: Operation[OrderUpdateTheBlindBoxOpeningResultsResponse] = Operation(
    id="OrderUpdateTheBlindBoxOpeningResults",
    module="order",
    name="update_blind_box_results",
    method="POST",
    path="/order/202605/orders/blind_box_result/callback",
    version="202605",
    summary="Update blind box opening results",
    response_model=OrderUpdateTheBlindBoxOpeningResultsResponse,
    shop_scoped=True,
    retry_safe=False,
    body_model=OrderUpdateTheBlindBoxOpeningResultsRequest,
    body_fields=(
        "main_order_id",
        "blind_box_results",
        "blind_batch_box_results",
    ),
)
