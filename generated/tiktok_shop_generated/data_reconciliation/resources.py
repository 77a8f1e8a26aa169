"""The `data_reconciliation` resources: sync and async twins, raw-response and version views.

Data reconciliation for connector apps: report how TikTok Shop orders look on the seller's
direct-to-consumer platform (Shopify, WooCommerce, BigCommerce, Magento) so TikTok can compare both
sides."""

from __future__ import annotations

from tiktok_shop._contract import (
    AsyncRequester,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    ImportOrder,
    ImportOrder202310,
    ImportOrdersResponse,
    SyncOrder,
    SyncOrdersResponse,
)


class DataReconciliationResource:
    """Data reconciliation for connector apps: report how TikTok Shop orders look on the seller's
    direct-to-consumer platform (Shopify, WooCommerce, BigCommerce, Magento) so TikTok can compare both
    sides."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def import_orders_202310(
        self,
        *,
        orders: list[ImportOrder202310] | None = None,
    ) -> ImportOrdersResponse:
        """Import DTC order data (202310).

        Older version of the order data import: sends orders as recorded on the seller's DTC platform, with
        a reason when an order has no match there. Prefer the 202401 version.

        `POST /data_reconciliation/202310/orders/import` (shop cipher required)

        Args:
            orders: The orders."""
        return self._client.request(
            ops.IMPORT_ORDERS_202310,
            {
                "orders": orders,
            },
        )

    def import_orders(
        self,
        *,
        orders: list[ImportOrder] | None = None,
    ) -> ImportOrdersResponse:
        """Import DTC order data.

        Sends the status, fulfillment and tracking data of the shop's orders as recorded on the seller's DTC
        platform, with a reason code for any discrepancy, so TikTok can reconcile them with its own records.
        Orders that could not be taken come back in `errors`.

        `POST /data_reconciliation/202401/orders/import` (shop cipher required)

        Args:
            orders: The orders."""
        return self._client.request(
            ops.IMPORT_ORDERS,
            {
                "orders": orders,
            },
        )

    def sync_orders(
        self,
        *,
        shop_id: int | None = None,
        orders: list[SyncOrder] | None = None,
    ) -> SyncOrdersResponse:
        """Exchange order status data.

        Sends the status, fulfillment and tracking data of TikTok Shop orders as recorded on the seller's
        DTC platform, for TikTok's quality checks to compare with its own. Orders that could not be taken
        come back in `errors`.

        `POST /data_reconciliation/202309/orders/sync`

        Args:
            shop_id: Id of the TikTok Shop shop the orders belong to.
            orders: The orders."""
        return self._client.request(
            ops.SYNC_ORDERS,
            {
                "shop_id": shop_id,
                "orders": orders,
            },
        )


class DataReconciliationResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: DataReconciliationResource) -> None:
        self.import_orders_202310 = raw(resource.import_orders_202310)
        self.import_orders = raw(resource.import_orders)
        self.sync_orders = raw(resource.sync_orders)


class DataReconciliationAt202309:
    """`data_reconciliation` operations pinned to version 202309."""

    def __init__(self, resource: DataReconciliationResource) -> None:
        self.sync_orders = resource.sync_orders


class DataReconciliationAt202310:
    """`data_reconciliation` operations pinned to version 202310."""

    def __init__(self, resource: DataReconciliationResource) -> None:
        self.import_orders = resource.import_orders_202310


class DataReconciliationAt202401:
    """`data_reconciliation` operations pinned to version 202401."""

    def __init__(self, resource: DataReconciliationResource) -> None:
        self.import_orders = resource.import_orders


class AsyncDataReconciliationResource:
    """Data reconciliation for connector apps: report how TikTok Shop orders look on the seller's
    direct-to-consumer platform (Shopify, WooCommerce, BigCommerce, Magento) so TikTok can compare both
    sides. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def import_orders_202310(
        self,
        *,
        orders: list[ImportOrder202310] | None = None,
    ) -> ImportOrdersResponse:
        """Import DTC order data (202310).

        Older version of the order data import: sends orders as recorded on the seller's DTC platform, with
        a reason when an order has no match there. Prefer the 202401 version.

        `POST /data_reconciliation/202310/orders/import` (shop cipher required)

        Args:
            orders: The orders."""
        return await self._client.request(
            ops.IMPORT_ORDERS_202310,
            {
                "orders": orders,
            },
        )

    async def import_orders(
        self,
        *,
        orders: list[ImportOrder] | None = None,
    ) -> ImportOrdersResponse:
        """Import DTC order data.

        Sends the status, fulfillment and tracking data of the shop's orders as recorded on the seller's DTC
        platform, with a reason code for any discrepancy, so TikTok can reconcile them with its own records.
        Orders that could not be taken come back in `errors`.

        `POST /data_reconciliation/202401/orders/import` (shop cipher required)

        Args:
            orders: The orders."""
        return await self._client.request(
            ops.IMPORT_ORDERS,
            {
                "orders": orders,
            },
        )

    async def sync_orders(
        self,
        *,
        shop_id: int | None = None,
        orders: list[SyncOrder] | None = None,
    ) -> SyncOrdersResponse:
        """Exchange order status data.

        Sends the status, fulfillment and tracking data of TikTok Shop orders as recorded on the seller's
        DTC platform, for TikTok's quality checks to compare with its own. Orders that could not be taken
        come back in `errors`.

        `POST /data_reconciliation/202309/orders/sync`

        Args:
            shop_id: Id of the TikTok Shop shop the orders belong to.
            orders: The orders."""
        return await self._client.request(
            ops.SYNC_ORDERS,
            {
                "shop_id": shop_id,
                "orders": orders,
            },
        )


class AsyncDataReconciliationResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncDataReconciliationResource) -> None:
        self.import_orders_202310 = async_raw(resource.import_orders_202310)
        self.import_orders = async_raw(resource.import_orders)
        self.sync_orders = async_raw(resource.sync_orders)


class AsyncDataReconciliationAt202309:
    """`data_reconciliation` operations pinned to version 202309."""

    def __init__(self, resource: AsyncDataReconciliationResource) -> None:
        self.sync_orders = resource.sync_orders


class AsyncDataReconciliationAt202310:
    """`data_reconciliation` operations pinned to version 202310."""

    def __init__(self, resource: AsyncDataReconciliationResource) -> None:
        self.import_orders = resource.import_orders_202310


class AsyncDataReconciliationAt202401:
    """`data_reconciliation` operations pinned to version 202401."""

    def __init__(self, resource: AsyncDataReconciliationResource) -> None:
        self.import_orders = resource.import_orders
