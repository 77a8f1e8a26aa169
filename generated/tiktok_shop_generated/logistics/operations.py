"""Operation descriptors of the `logistics` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    CheckShippingTemplateExistsQuery,
    CheckShippingTemplateExistsResponse,
    GetGlobalWarehousesResponse,
    GetLogisticsTrackingQuery,
    GetLogisticsTrackingResponse,
    GetShippingProvidersQuery,
    GetShippingProvidersResponse,
    GetShippingTemplateAvailabilityRequest,
    GetShippingTemplateAvailabilityResponse,
    GetWarehouseDeliveryOptionsQuery,
    GetWarehouseDeliveryOptionsResponse,
    GetWarehousesResponse,
)

CHECK_SHIPPING_TEMPLATE_EXISTS: Operation[CheckShippingTemplateExistsResponse] = Operation(
    id="LogisticsCheckShippingTemplateExistence",
    module="logistics",
    name="check_shipping_template_exists",
    method="GET",
    path="/logistics/202606/seller_template/template_exist",
    version="202606",
    summary="Check shipping template existence",
    response_model=CheckShippingTemplateExistsResponse,
    shop_cipher="required",
    retry_safe=True,
    query_model=CheckShippingTemplateExistsQuery,
    query_params=(
        "biz_warehouse_id",
        "shop_id",
    ),
)

GET_GLOBAL_WAREHOUSES: Operation[GetGlobalWarehousesResponse] = Operation(
    id="LogisticsGetGlobalWarehouses",
    module="logistics",
    name="get_global_warehouses",
    method="GET",
    path="/logistics/202309/global_warehouses",
    version="202309",
    summary="Get global seller warehouses",
    response_model=GetGlobalWarehousesResponse,
    shop_cipher="forbidden",
    retry_safe=True,
    scopes=("seller.shop.info",),
)

GET_LOGISTICS_TRACKING: Operation[GetLogisticsTrackingResponse] = Operation(
    id="LogisticsGetLogisticsTracking",
    module="logistics",
    name="get_logistics_tracking",
    method="GET",
    path="/logistics/202604/orders/{order_id}/tracking",
    version="202604",
    summary="Get logistics tracking",
    response_model=GetLogisticsTrackingResponse,
    shop_cipher="required",
    retry_safe=True,
    query_model=GetLogisticsTrackingQuery,
    path_params=("order_id",),
)

GET_SHIPPING_PROVIDERS: Operation[GetShippingProvidersResponse] = Operation(
    id="LogisticsGetDeliveryOptionShippingProviders",
    module="logistics",
    name="get_shipping_providers",
    method="GET",
    path="/logistics/202309/delivery_options/{delivery_option_id}/shipping_providers",
    version="202309",
    summary="Get shipping providers",
    response_model=GetShippingProvidersResponse,
    shop_cipher="required",
    retry_safe=True,
    scopes=(
        "seller.fulfillment.basic",
        "seller.logistics",
    ),
    query_model=GetShippingProvidersQuery,
    path_params=("delivery_option_id",),
    query_params=(
        "warehouse_region",
        "buyer_region",
    ),
)

GET_SHIPPING_TEMPLATE_AVAILABILITY: Operation[GetShippingTemplateAvailabilityResponse] = Operation(
    id="LogisticsGetShippingTemplateAvailability",
    module="logistics",
    name="get_shipping_template_availability",
    method="GET",
    path="/logistics/202510/seller_templates",
    version="202510",
    summary="Get shipping template availability",
    response_model=GetShippingTemplateAvailabilityResponse,
    shop_cipher="required",
    retry_safe=True,
    scopes=("seller.logistics",),
    body_model=GetShippingTemplateAvailabilityRequest,
    body_fields=("product_attribute",),
)

GET_WAREHOUSE_DELIVERY_OPTIONS: Operation[GetWarehouseDeliveryOptionsResponse] = Operation(
    id="LogisticsGetWarehouseDeliveryOptions",
    module="logistics",
    name="get_warehouse_delivery_options",
    method="GET",
    path="/logistics/202309/warehouses/{warehouse_id}/delivery_options",
    version="202309",
    summary="Get warehouse delivery options",
    response_model=GetWarehouseDeliveryOptionsResponse,
    shop_cipher="required",
    retry_safe=True,
    scopes=("seller.logistics",),
    query_model=GetWarehouseDeliveryOptionsQuery,
    path_params=("warehouse_id",),
    query_params=("scope",),
)

GET_WAREHOUSES: Operation[GetWarehousesResponse] = Operation(
    id="LogisticsGetWarehouses",
    module="logistics",
    name="get_warehouses",
    method="GET",
    path="/logistics/202309/warehouses",
    version="202309",
    summary="Get warehouse list",
    response_model=GetWarehousesResponse,
    shop_cipher="required",
    retry_safe=True,
    scopes=("seller.logistics",),
)
