"""Operation descriptors of the `logistics` module: method, path, models and flags."""

from __future__ import annotations

from tiktok_shop._contract import Operation

from .models import (
    LogisticsCheckShippingTemplateExistenceQuery,
    LogisticsCheckShippingTemplateExistenceResponse,
    LogisticsGetDeliveryOptionShippingProvidersQuery,
    LogisticsGetDeliveryOptionShippingProvidersResponse,
    LogisticsGetGlobalWarehousesResponse,
    LogisticsGetLogisticsTrackingQuery,
    LogisticsGetLogisticsTrackingResponse,
    LogisticsGetShippingTemplateAvailabilityRequest,
    LogisticsGetShippingTemplateAvailabilityResponse,
    LogisticsGetWarehouseDeliveryOptionsQuery,
    LogisticsGetWarehouseDeliveryOptionsResponse,
    LogisticsGetWarehousesResponse,
)

CHECK_SHIPPING_TEMPLATE_EXISTS: Operation[LogisticsCheckShippingTemplateExistenceResponse] = Operation(
    id="LogisticsCheckShippingTemplateExistence",
    module="logistics",
    name="check_shipping_template_exists",
    method="GET",
    path="/logistics/202606/seller_template/template_exist",
    version="202606",
    summary="Check shipping template existence",
    response_model=LogisticsCheckShippingTemplateExistenceResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=LogisticsCheckShippingTemplateExistenceQuery,
    query_params=(
        "biz_warehouse_id",
        "shop_id",
    ),
)

GET_GLOBAL_WAREHOUSES: Operation[LogisticsGetGlobalWarehousesResponse] = Operation(
    id="LogisticsGetGlobalWarehouses",
    module="logistics",
    name="get_global_warehouses",
    method="GET",
    path="/logistics/202309/global_warehouses",
    version="202309",
    summary="Get global seller warehouses",
    response_model=LogisticsGetGlobalWarehousesResponse,
    shop_scoped=False,
    retry_safe=True,
)

GET_LOGISTICS_TRACKING: Operation[LogisticsGetLogisticsTrackingResponse] = Operation(
    id="LogisticsGetLogisticsTracking",
    module="logistics",
    name="get_logistics_tracking",
    method="GET",
    path="/logistics/202604/orders/{order_id}/tracking",
    version="202604",
    summary="Get logistics tracking",
    response_model=LogisticsGetLogisticsTrackingResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=LogisticsGetLogisticsTrackingQuery,
    path_params=("order_id",),
)

GET_SHIPPING_PROVIDERS: Operation[LogisticsGetDeliveryOptionShippingProvidersResponse] = Operation(
    id="LogisticsGetDeliveryOptionShippingProviders",
    module="logistics",
    name="get_shipping_providers",
    method="GET",
    path="/logistics/202309/delivery_options/{delivery_option_id}/shipping_providers",
    version="202309",
    summary="Get shipping providers",
    response_model=LogisticsGetDeliveryOptionShippingProvidersResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=LogisticsGetDeliveryOptionShippingProvidersQuery,
    path_params=("delivery_option_id",),
    query_params=(
        "warehouse_region",
        "buyer_region",
    ),
)

GET_SHIPPING_TEMPLATE_AVAILABILITY: Operation[LogisticsGetShippingTemplateAvailabilityResponse] = Operation(
    id="LogisticsGetShippingTemplateAvailability",
    module="logistics",
    name="get_shipping_template_availability",
    method="GET",
    path="/logistics/202510/seller_templates",
    version="202510",
    summary="Get shipping template availability",
    response_model=LogisticsGetShippingTemplateAvailabilityResponse,
    shop_scoped=True,
    retry_safe=True,
    body_model=LogisticsGetShippingTemplateAvailabilityRequest,
    body_fields=("product_attribute",),
)

GET_WAREHOUSE_DELIVERY_OPTIONS: Operation[LogisticsGetWarehouseDeliveryOptionsResponse] = Operation(
    id="LogisticsGetWarehouseDeliveryOptions",
    module="logistics",
    name="get_warehouse_delivery_options",
    method="GET",
    path="/logistics/202309/warehouses/{warehouse_id}/delivery_options",
    version="202309",
    summary="Get warehouse delivery options",
    response_model=LogisticsGetWarehouseDeliveryOptionsResponse,
    shop_scoped=True,
    retry_safe=True,
    query_model=LogisticsGetWarehouseDeliveryOptionsQuery,
    path_params=("warehouse_id",),
    query_params=("scope",),
)

GET_WAREHOUSES: Operation[LogisticsGetWarehousesResponse] = Operation(
    id="LogisticsGetWarehouses",
    module="logistics",
    name="get_warehouses",
    method="GET",
    path="/logistics/202309/warehouses",
    version="202309",
    summary="Get warehouse list",
    response_model=LogisticsGetWarehousesResponse,
    shop_scoped=True,
    retry_safe=True,
)
