"""The `logistics` resources: sync and async twins, raw-response and version views.

Warehouses, delivery options, carriers, shipping templates and parcel tracking."""

from __future__ import annotations

from tiktok_shop._contract import (
    AsyncRequester,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    CheckShippingTemplateExistsResponse,
    GetGlobalWarehousesResponse,
    GetLogisticsTrackingResponse,
    GetShippingProvidersResponse,
    GetShippingTemplateAvailabilityResponse,
    GetWarehouseDeliveryOptionsResponse,
    GetWarehousesResponse,
    ProductAttribute,
)


class LogisticsResource:
    """Warehouses, delivery options, carriers, shipping templates and parcel tracking."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def check_shipping_template_exists(
        self,
        *,
        biz_warehouse_id: str,
        shop_id: str | None = None,
    ) -> CheckShippingTemplateExistsResponse:
        """Check shipping template existence.

        Tells whether the shop has a shipping template for a business warehouse.

        `GET /logistics/202606/seller_template/template_exist` (shop cipher required)

        Args:
            biz_warehouse_id: Business warehouse id.
            shop_id: Shop id; defaults to the authorized shop."""
        return self._client.request(
            ops.CHECK_SHIPPING_TEMPLATE_EXISTS,
            {
                "biz_warehouse_id": biz_warehouse_id,
                "shop_id": shop_id,
            },
        )

    def get_global_warehouses(
        self,
    ) -> GetGlobalWarehousesResponse:
        """Get global seller warehouses.

        Lists the global (cross-border) warehouses of the seller, independent of any shop.

        `GET /logistics/202309/global_warehouses`"""
        return self._client.request(ops.GET_GLOBAL_WAREHOUSES, {})

    def get_logistics_tracking(
        self,
        *,
        order_id: str,
    ) -> GetLogisticsTrackingResponse:
        """Get logistics tracking.

        Returns the tracking history of each parcel of a cross-border order: carrier, latest tracking number
        and events.

        `GET /logistics/202604/orders/{order_id}/tracking` (shop cipher required)

        Args:
            order_id: TikTok Shop order id."""
        return self._client.request(
            ops.GET_LOGISTICS_TRACKING,
            {
                "order_id": order_id,
            },
        )

    def get_shipping_providers(
        self,
        *,
        delivery_option_id: str,
        warehouse_region: str | None = None,
        buyer_region: str | None = None,
    ) -> GetShippingProvidersResponse:
        """Get shipping providers.

        Lists the carriers of a delivery option, e.g. to ship with your own carrier. Fails for options
        fulfilled by TikTok.

        `GET /logistics/202309/delivery_options/{delivery_option_id}/shipping_providers` (shop cipher
        required)

        Args:
            delivery_option_id: Delivery option id.
            warehouse_region: Region code of the shipping warehouse (cross-border).
            buyer_region: Region code of the buyer (cross-border)."""
        return self._client.request(
            ops.GET_SHIPPING_PROVIDERS,
            {
                "delivery_option_id": delivery_option_id,
                "warehouse_region": warehouse_region,
                "buyer_region": buyer_region,
            },
        )

    def get_shipping_template_availability(
        self,
        *,
        product_attribute: ProductAttribute | None = None,
    ) -> GetShippingTemplateAvailabilityResponse:
        """Get shipping template availability.

        Tells which of the seller's shipping templates can serve a product of the given size and weight, and
        why the others cannot (JP and UK only).

        `GET /logistics/202510/seller_templates` (shop cipher required)

        Args:
            product_attribute: Size and weight of the product."""
        return self._client.request(
            ops.GET_SHIPPING_TEMPLATE_AVAILABILITY,
            {
                "product_attribute": product_attribute,
            },
        )

    def get_warehouse_delivery_options(
        self,
        *,
        warehouse_id: str,
        scope: str | None = None,
    ) -> GetWarehouseDeliveryOptionsResponse:
        """Get warehouse delivery options.

        Lists the delivery options (shipping services) available from a warehouse, with their size and
        weight limits.

        `GET /logistics/202309/warehouses/{warehouse_id}/delivery_options` (shop cipher required)

        Args:
            warehouse_id: Warehouse id.
            scope: Which options to return: those of the warehouse, or those that can be assigned to
                products (e.g. `WAREHOUSE`)."""
        return self._client.request(
            ops.GET_WAREHOUSE_DELIVERY_OPTIONS,
            {
                "warehouse_id": warehouse_id,
                "scope": scope,
            },
        )

    def get_warehouses(
        self,
    ) -> GetWarehousesResponse:
        """Get warehouse list.

        Lists the shop's sales and return warehouses with their address and status. Use the ids for delivery
        options, inventory and shipping.

        `GET /logistics/202309/warehouses` (shop cipher required)"""
        return self._client.request(ops.GET_WAREHOUSES, {})


class LogisticsResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: LogisticsResource) -> None:
        self.check_shipping_template_exists = raw(resource.check_shipping_template_exists)
        self.get_global_warehouses = raw(resource.get_global_warehouses)
        self.get_logistics_tracking = raw(resource.get_logistics_tracking)
        self.get_shipping_providers = raw(resource.get_shipping_providers)
        self.get_shipping_template_availability = raw(resource.get_shipping_template_availability)
        self.get_warehouse_delivery_options = raw(resource.get_warehouse_delivery_options)
        self.get_warehouses = raw(resource.get_warehouses)


class LogisticsAt202309:
    """`logistics` operations pinned to version 202309."""

    def __init__(self, resource: LogisticsResource) -> None:
        self.get_global_warehouses = resource.get_global_warehouses
        self.get_shipping_providers = resource.get_shipping_providers
        self.get_warehouse_delivery_options = resource.get_warehouse_delivery_options
        self.get_warehouses = resource.get_warehouses


class LogisticsAt202510:
    """`logistics` operations pinned to version 202510."""

    def __init__(self, resource: LogisticsResource) -> None:
        self.get_shipping_template_availability = resource.get_shipping_template_availability


class LogisticsAt202604:
    """`logistics` operations pinned to version 202604."""

    def __init__(self, resource: LogisticsResource) -> None:
        self.get_logistics_tracking = resource.get_logistics_tracking


class LogisticsAt202606:
    """`logistics` operations pinned to version 202606."""

    def __init__(self, resource: LogisticsResource) -> None:
        self.check_shipping_template_exists = resource.check_shipping_template_exists


class AsyncLogisticsResource:
    """Warehouses, delivery options, carriers, shipping templates and parcel tracking. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def check_shipping_template_exists(
        self,
        *,
        biz_warehouse_id: str,
        shop_id: str | None = None,
    ) -> CheckShippingTemplateExistsResponse:
        """Check shipping template existence.

        Tells whether the shop has a shipping template for a business warehouse.

        `GET /logistics/202606/seller_template/template_exist` (shop cipher required)

        Args:
            biz_warehouse_id: Business warehouse id.
            shop_id: Shop id; defaults to the authorized shop."""
        return await self._client.request(
            ops.CHECK_SHIPPING_TEMPLATE_EXISTS,
            {
                "biz_warehouse_id": biz_warehouse_id,
                "shop_id": shop_id,
            },
        )

    async def get_global_warehouses(
        self,
    ) -> GetGlobalWarehousesResponse:
        """Get global seller warehouses.

        Lists the global (cross-border) warehouses of the seller, independent of any shop.

        `GET /logistics/202309/global_warehouses`"""
        return await self._client.request(ops.GET_GLOBAL_WAREHOUSES, {})

    async def get_logistics_tracking(
        self,
        *,
        order_id: str,
    ) -> GetLogisticsTrackingResponse:
        """Get logistics tracking.

        Returns the tracking history of each parcel of a cross-border order: carrier, latest tracking number
        and events.

        `GET /logistics/202604/orders/{order_id}/tracking` (shop cipher required)

        Args:
            order_id: TikTok Shop order id."""
        return await self._client.request(
            ops.GET_LOGISTICS_TRACKING,
            {
                "order_id": order_id,
            },
        )

    async def get_shipping_providers(
        self,
        *,
        delivery_option_id: str,
        warehouse_region: str | None = None,
        buyer_region: str | None = None,
    ) -> GetShippingProvidersResponse:
        """Get shipping providers.

        Lists the carriers of a delivery option, e.g. to ship with your own carrier. Fails for options
        fulfilled by TikTok.

        `GET /logistics/202309/delivery_options/{delivery_option_id}/shipping_providers` (shop cipher
        required)

        Args:
            delivery_option_id: Delivery option id.
            warehouse_region: Region code of the shipping warehouse (cross-border).
            buyer_region: Region code of the buyer (cross-border)."""
        return await self._client.request(
            ops.GET_SHIPPING_PROVIDERS,
            {
                "delivery_option_id": delivery_option_id,
                "warehouse_region": warehouse_region,
                "buyer_region": buyer_region,
            },
        )

    async def get_shipping_template_availability(
        self,
        *,
        product_attribute: ProductAttribute | None = None,
    ) -> GetShippingTemplateAvailabilityResponse:
        """Get shipping template availability.

        Tells which of the seller's shipping templates can serve a product of the given size and weight, and
        why the others cannot (JP and UK only).

        `GET /logistics/202510/seller_templates` (shop cipher required)

        Args:
            product_attribute: Size and weight of the product."""
        return await self._client.request(
            ops.GET_SHIPPING_TEMPLATE_AVAILABILITY,
            {
                "product_attribute": product_attribute,
            },
        )

    async def get_warehouse_delivery_options(
        self,
        *,
        warehouse_id: str,
        scope: str | None = None,
    ) -> GetWarehouseDeliveryOptionsResponse:
        """Get warehouse delivery options.

        Lists the delivery options (shipping services) available from a warehouse, with their size and
        weight limits.

        `GET /logistics/202309/warehouses/{warehouse_id}/delivery_options` (shop cipher required)

        Args:
            warehouse_id: Warehouse id.
            scope: Which options to return: those of the warehouse, or those that can be assigned to
                products (e.g. `WAREHOUSE`)."""
        return await self._client.request(
            ops.GET_WAREHOUSE_DELIVERY_OPTIONS,
            {
                "warehouse_id": warehouse_id,
                "scope": scope,
            },
        )

    async def get_warehouses(
        self,
    ) -> GetWarehousesResponse:
        """Get warehouse list.

        Lists the shop's sales and return warehouses with their address and status. Use the ids for delivery
        options, inventory and shipping.

        `GET /logistics/202309/warehouses` (shop cipher required)"""
        return await self._client.request(ops.GET_WAREHOUSES, {})


class AsyncLogisticsResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncLogisticsResource) -> None:
        self.check_shipping_template_exists = async_raw(resource.check_shipping_template_exists)
        self.get_global_warehouses = async_raw(resource.get_global_warehouses)
        self.get_logistics_tracking = async_raw(resource.get_logistics_tracking)
        self.get_shipping_providers = async_raw(resource.get_shipping_providers)
        self.get_shipping_template_availability = async_raw(resource.get_shipping_template_availability)
        self.get_warehouse_delivery_options = async_raw(resource.get_warehouse_delivery_options)
        self.get_warehouses = async_raw(resource.get_warehouses)


class AsyncLogisticsAt202309:
    """`logistics` operations pinned to version 202309."""

    def __init__(self, resource: AsyncLogisticsResource) -> None:
        self.get_global_warehouses = resource.get_global_warehouses
        self.get_shipping_providers = resource.get_shipping_providers
        self.get_warehouse_delivery_options = resource.get_warehouse_delivery_options
        self.get_warehouses = resource.get_warehouses


class AsyncLogisticsAt202510:
    """`logistics` operations pinned to version 202510."""

    def __init__(self, resource: AsyncLogisticsResource) -> None:
        self.get_shipping_template_availability = resource.get_shipping_template_availability


class AsyncLogisticsAt202604:
    """`logistics` operations pinned to version 202604."""

    def __init__(self, resource: AsyncLogisticsResource) -> None:
        self.get_logistics_tracking = resource.get_logistics_tracking


class AsyncLogisticsAt202606:
    """`logistics` operations pinned to version 202606."""

    def __init__(self, resource: AsyncLogisticsResource) -> None:
        self.check_shipping_template_exists = resource.check_shipping_template_exists
