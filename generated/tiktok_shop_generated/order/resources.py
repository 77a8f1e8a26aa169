"""The `order` resources: sync and async twins, raw-response and version views.

Orders of a shop, their line items, prices and links to external order systems."""

from __future__ import annotations

from typing import Literal

from tiktok_shop._contract import (
    AsyncPager,
    AsyncRequester,
    SyncPager,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    AddExternalOrdersOrder,
    AddExternalOrdersResponse,
    BlindBatchBoxResult,
    BlindBoxResult,
    GetExternalOrdersResponse,
    GetOrderDetailResponse,
    GetOrderPriceDetailResponse,
    Order,
    QueryOrderLine,
    SearchExternalOrdersResponse,
    SearchOrdersResponse,
    SearchPodDetailsResponse,
    UpdateBlindBoxResultsResponse,
)


class OrderResource:
    """Orders of a shop, their line items, prices and links to external order systems."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def add_external_orders(
        self,
        *,
        orders: list[AddExternalOrdersOrder],
    ) -> AddExternalOrdersResponse:
        """Add external order references.

        Links up to 100 TikTok Shop orders to their ids in an external order management system (OMS).
        Calling again with the same order and OMS updates the link; orders that failed are listed in
        `errors`.

        `POST /order/202406/orders/external_orders` (shop cipher required)

        Args:
            orders: Orders with their external reference, 1 to 100."""
        return self._client.request(
            ops.ADD_EXTERNAL_ORDERS,
            {
                "orders": orders,
            },
        )

    def get_external_orders(
        self,
        *,
        order_id: str,
        platform: Literal[
            "AMAZON",
            "BIGCOMMERCE",
            "CHANNEL_ADVISOR",
            "ERP_SYSTEM",
            "MAGENTO",
            "ORDER_MANAGEMENT_SYSTEM",
            "SALESFORCE_COMMERCE_CLOUD",
            "SHOPIFY",
            "WAREHOUSE_MANAGEMENT_SYSTEM",
            "WOOCOMMERCE",
        ],
    ) -> GetExternalOrdersResponse:
        """Get external order references.

        Returns the external OMS references stored for one TikTok Shop order on the given OMS platform.

        `GET /order/202406/orders/{order_id}/external_orders` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            platform: The external OMS whose references to return."""
        return self._client.request(
            ops.GET_EXTERNAL_ORDERS,
            {
                "order_id": order_id,
                "platform": platform,
            },
        )

    def get_order_detail_202309(
        self,
        *,
        ids: list[str],
    ) -> GetOrderDetailResponse:
        """Get order details.

        Returns the full details of up to 50 orders by id: status, recipient address, payment, line items
        and packages.

        `GET /order/202309/orders` (shop cipher required)

        Args:
            ids: Order ids to fetch, at most 50 (sent comma-separated)."""
        return self._client.request(
            ops.GET_ORDER_DETAIL_202309,
            {
                "ids": ids,
            },
        )

    def get_order_detail(
        self,
        *,
        ids: list[str],
    ) -> GetOrderDetailResponse:
        """Get order details (202507).

        Version 202507 of Get order details: the full details of up to 50 orders by id, including newer
        payment and fulfillment fields.

        `GET /order/202507/orders` (shop cipher required)

        Args:
            ids: Order ids to fetch, at most 50 (sent comma-separated)."""
        return self._client.request(
            ops.GET_ORDER_DETAIL,
            {
                "ids": ids,
            },
        )

    def get_order_price_detail(
        self,
        *,
        order_id: str,
    ) -> GetOrderPriceDetailResponse:
        """Get order price details.

        Returns how the price of an order and of each of its line items is computed: list and sale prices,
        seller and platform discounts, vouchers, shipping and tax.

        `GET /order/202407/orders/{order_id}/price_detail` (shop cipher required)

        Args:
            order_id: TikTok Shop order id."""
        return self._client.request(
            ops.GET_ORDER_PRICE_DETAIL,
            {
                "order_id": order_id,
            },
        )

    def search_external_orders(
        self,
        *,
        platform: Literal[
            "AMAZON",
            "BIGCOMMERCE",
            "CHANNEL_ADVISOR",
            "ERP_SYSTEM",
            "MAGENTO",
            "ORDER_MANAGEMENT_SYSTEM",
            "SALESFORCE_COMMERCE_CLOUD",
            "SHOPIFY",
            "WAREHOUSE_MANAGEMENT_SYSTEM",
            "WOOCOMMERCE",
        ],
        external_order_id: str,
    ) -> SearchExternalOrdersResponse:
        """Search orders by external order reference.

        Finds the TikTok Shop orders linked to an order id of an external OMS. Use it to map an OMS order
        back to TikTok Shop.

        `POST /order/202406/orders/external_order_search` (shop cipher required)

        Args:
            platform: The external OMS the id belongs to.
            external_order_id: Order id in the external OMS."""
        return self._client.request(
            ops.SEARCH_EXTERNAL_ORDERS,
            {
                "platform": platform,
                "external_order_id": external_order_id,
            },
        )

    def search_orders(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: Literal["create_time", "update_time"] | None = None,
        order_status: Literal[
            "AWAITING_COLLECTION",
            "AWAITING_SHIPMENT",
            "CANCELLED",
            "COMPLETED",
            "DELIVERED",
            "IN_TRANSIT",
            "ON_HOLD",
            "PARTIALLY_SHIPPING",
            "UNPAID",
        ]
        | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        shipping_type: str | None = None,
        buyer_user_id: str | None = None,
        is_buyer_request_cancel: bool | None = None,
        warehouse_ids: list[str] | None = None,
    ) -> SearchOrdersResponse:
        """Search orders.

        Lists the shop's orders created or updated in a time window, filtered by status, shipping type,
        buyer or warehouse. Use it to sync orders page by page.

        `POST /order/202309/orders/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_order: Sort direction.
            sort_field: Field to sort by; defaults to `create_time`.
            order_status: Only orders in this status.
            create_time_ge: Only orders created at or after this time (unix seconds).
            create_time_lt: Only orders created before this time (unix seconds); defaults to now when only
                `create_time_ge` is set.
            update_time_ge: Only orders updated at or after this time (unix seconds).
            update_time_lt: Only orders updated before this time (unix seconds); defaults to now when only
                `update_time_ge` is set.
            shipping_type: Delivery method: `TIKTOK` (TikTok label), `SELLER` (seller ships),
                `TIKTOK_DIGITAL` (virtual goods), `IN-STORE PICKUP` (SEA only).
            buyer_user_id: Only orders of this buyer.
            is_buyer_request_cancel: Only orders whose buyer has (true) or has not (false) asked to cancel.
            warehouse_ids: Only orders of these pickup or sales warehouses (multi-warehouse shops), at most
                100."""
        return self._client.request(
            ops.SEARCH_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "order_status": order_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "shipping_type": shipping_type,
                "buyer_user_id": buyer_user_id,
                "is_buyer_request_cancel": is_buyer_request_cancel,
                "warehouse_ids": warehouse_ids,
            },
        )

    def iter_search_orders(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: Literal["create_time", "update_time"] | None = None,
        order_status: Literal[
            "AWAITING_COLLECTION",
            "AWAITING_SHIPMENT",
            "CANCELLED",
            "COMPLETED",
            "DELIVERED",
            "IN_TRANSIT",
            "ON_HOLD",
            "PARTIALLY_SHIPPING",
            "UNPAID",
        ]
        | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        shipping_type: str | None = None,
        buyer_user_id: str | None = None,
        is_buyer_request_cancel: bool | None = None,
        warehouse_ids: list[str] | None = None,
    ) -> SyncPager[Order, SearchOrdersResponse]:
        """Iterate over every item of `search_orders` across pages, fetching each page lazily.

        Iterating yields `orders` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_orders`."""
        return self._client.paginate(
            ops.SEARCH_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "order_status": order_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "shipping_type": shipping_type,
                "buyer_user_id": buyer_user_id,
                "is_buyer_request_cancel": is_buyer_request_cancel,
                "warehouse_ids": warehouse_ids,
            },
        )

    def search_pod_details(
        self,
        *,
        main_order_id: str,
        query_order_lines: list[QueryOrderLine],
    ) -> SearchPodDetailsResponse:
        """Search print-on-demand customization details.

        Returns the print-on-demand (POD) customization details of given line items of an order. Use it for
        line items whose `is_pod_customized` is true.

        `POST /order/202606/pod_details/search` (shop cipher required)

        Args:
            main_order_id: TikTok Shop order id.
            query_order_lines: Order lines to look up."""
        return self._client.request(
            ops.SEARCH_POD_DETAILS,
            {
                "main_order_id": main_order_id,
                "query_order_lines": query_order_lines,
            },
        )

    def update_blind_box_results_202511(
        self,
        *,
        main_order_id: str | None = None,
        blind_box_results: list[BlindBoxResult] | None = None,
    ) -> UpdateBlindBoxResultsResponse:
        """Update blind box opening results (202511).

        Older version of Update blind box opening results: reports one revealed product per blind box line
        item of an order.

        `POST /order/202511/orders/blind_box_result/callback` (shop cipher required)

        Args:
            main_order_id: TikTok Shop order id.
            blind_box_results: One revealed product per blind box line item."""
        return self._client.request(
            ops.UPDATE_BLIND_BOX_RESULTS_202511,
            {
                "main_order_id": main_order_id,
                "blind_box_results": blind_box_results,
            },
        )

    def update_blind_box_results(
        self,
        *,
        main_order_id: str | None = None,
        blind_box_results: list[BlindBoxResult] | None = None,
        blind_batch_box_results: list[BlindBatchBoxResult] | None = None,
    ) -> UpdateBlindBoxResultsResponse:
        """Update blind box opening results.

        Reports the products revealed when blind boxes of an order were opened in a LIVE room, so the buyer
        sees them in the order. `blind_batch_box_results` (several products per line) takes precedence over
        `blind_box_results` (one product per line) when non-empty.

        `POST /order/202605/orders/blind_box_result/callback` (shop cipher required)

        Args:
            main_order_id: TikTok Shop order id.
            blind_box_results: One revealed product per blind box line item (legacy shape).
            blind_batch_box_results: Revealed products grouped by blind box line item; used instead of
                `blind_box_results` when non-empty."""
        return self._client.request(
            ops.UPDATE_BLIND_BOX_RESULTS,
            {
                "main_order_id": main_order_id,
                "blind_box_results": blind_box_results,
                "blind_batch_box_results": blind_batch_box_results,
            },
        )


class OrderResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: OrderResource) -> None:
        self.add_external_orders = raw(resource.add_external_orders)
        self.get_external_orders = raw(resource.get_external_orders)
        self.get_order_detail_202309 = raw(resource.get_order_detail_202309)
        self.get_order_detail = raw(resource.get_order_detail)
        self.get_order_price_detail = raw(resource.get_order_price_detail)
        self.search_external_orders = raw(resource.search_external_orders)
        self.search_orders = raw(resource.search_orders)
        self.search_pod_details = raw(resource.search_pod_details)
        self.update_blind_box_results_202511 = raw(resource.update_blind_box_results_202511)
        self.update_blind_box_results = raw(resource.update_blind_box_results)


class OrderAt202309:
    """`order` operations pinned to version 202309."""

    def __init__(self, resource: OrderResource) -> None:
        self.get_order_detail = resource.get_order_detail_202309
        self.search_orders = resource.search_orders
        self.iter_search_orders = resource.iter_search_orders


class OrderAt202406:
    """`order` operations pinned to version 202406."""

    def __init__(self, resource: OrderResource) -> None:
        self.add_external_orders = resource.add_external_orders
        self.get_external_orders = resource.get_external_orders
        self.search_external_orders = resource.search_external_orders


class OrderAt202407:
    """`order` operations pinned to version 202407."""

    def __init__(self, resource: OrderResource) -> None:
        self.get_order_price_detail = resource.get_order_price_detail


class OrderAt202507:
    """`order` operations pinned to version 202507."""

    def __init__(self, resource: OrderResource) -> None:
        self.get_order_detail = resource.get_order_detail


class OrderAt202511:
    """`order` operations pinned to version 202511."""

    def __init__(self, resource: OrderResource) -> None:
        self.update_blind_box_results = resource.update_blind_box_results_202511


class OrderAt202605:
    """`order` operations pinned to version 202605."""

    def __init__(self, resource: OrderResource) -> None:
        self.update_blind_box_results = resource.update_blind_box_results


class OrderAt202606:
    """`order` operations pinned to version 202606."""

    def __init__(self, resource: OrderResource) -> None:
        self.search_pod_details = resource.search_pod_details


class AsyncOrderResource:
    """Orders of a shop, their line items, prices and links to external order systems. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def add_external_orders(
        self,
        *,
        orders: list[AddExternalOrdersOrder],
    ) -> AddExternalOrdersResponse:
        """Add external order references.

        Links up to 100 TikTok Shop orders to their ids in an external order management system (OMS).
        Calling again with the same order and OMS updates the link; orders that failed are listed in
        `errors`.

        `POST /order/202406/orders/external_orders` (shop cipher required)

        Args:
            orders: Orders with their external reference, 1 to 100."""
        return await self._client.request(
            ops.ADD_EXTERNAL_ORDERS,
            {
                "orders": orders,
            },
        )

    async def get_external_orders(
        self,
        *,
        order_id: str,
        platform: Literal[
            "AMAZON",
            "BIGCOMMERCE",
            "CHANNEL_ADVISOR",
            "ERP_SYSTEM",
            "MAGENTO",
            "ORDER_MANAGEMENT_SYSTEM",
            "SALESFORCE_COMMERCE_CLOUD",
            "SHOPIFY",
            "WAREHOUSE_MANAGEMENT_SYSTEM",
            "WOOCOMMERCE",
        ],
    ) -> GetExternalOrdersResponse:
        """Get external order references.

        Returns the external OMS references stored for one TikTok Shop order on the given OMS platform.

        `GET /order/202406/orders/{order_id}/external_orders` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            platform: The external OMS whose references to return."""
        return await self._client.request(
            ops.GET_EXTERNAL_ORDERS,
            {
                "order_id": order_id,
                "platform": platform,
            },
        )

    async def get_order_detail_202309(
        self,
        *,
        ids: list[str],
    ) -> GetOrderDetailResponse:
        """Get order details.

        Returns the full details of up to 50 orders by id: status, recipient address, payment, line items
        and packages.

        `GET /order/202309/orders` (shop cipher required)

        Args:
            ids: Order ids to fetch, at most 50 (sent comma-separated)."""
        return await self._client.request(
            ops.GET_ORDER_DETAIL_202309,
            {
                "ids": ids,
            },
        )

    async def get_order_detail(
        self,
        *,
        ids: list[str],
    ) -> GetOrderDetailResponse:
        """Get order details (202507).

        Version 202507 of Get order details: the full details of up to 50 orders by id, including newer
        payment and fulfillment fields.

        `GET /order/202507/orders` (shop cipher required)

        Args:
            ids: Order ids to fetch, at most 50 (sent comma-separated)."""
        return await self._client.request(
            ops.GET_ORDER_DETAIL,
            {
                "ids": ids,
            },
        )

    async def get_order_price_detail(
        self,
        *,
        order_id: str,
    ) -> GetOrderPriceDetailResponse:
        """Get order price details.

        Returns how the price of an order and of each of its line items is computed: list and sale prices,
        seller and platform discounts, vouchers, shipping and tax.

        `GET /order/202407/orders/{order_id}/price_detail` (shop cipher required)

        Args:
            order_id: TikTok Shop order id."""
        return await self._client.request(
            ops.GET_ORDER_PRICE_DETAIL,
            {
                "order_id": order_id,
            },
        )

    async def search_external_orders(
        self,
        *,
        platform: Literal[
            "AMAZON",
            "BIGCOMMERCE",
            "CHANNEL_ADVISOR",
            "ERP_SYSTEM",
            "MAGENTO",
            "ORDER_MANAGEMENT_SYSTEM",
            "SALESFORCE_COMMERCE_CLOUD",
            "SHOPIFY",
            "WAREHOUSE_MANAGEMENT_SYSTEM",
            "WOOCOMMERCE",
        ],
        external_order_id: str,
    ) -> SearchExternalOrdersResponse:
        """Search orders by external order reference.

        Finds the TikTok Shop orders linked to an order id of an external OMS. Use it to map an OMS order
        back to TikTok Shop.

        `POST /order/202406/orders/external_order_search` (shop cipher required)

        Args:
            platform: The external OMS the id belongs to.
            external_order_id: Order id in the external OMS."""
        return await self._client.request(
            ops.SEARCH_EXTERNAL_ORDERS,
            {
                "platform": platform,
                "external_order_id": external_order_id,
            },
        )

    async def search_orders(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: Literal["create_time", "update_time"] | None = None,
        order_status: Literal[
            "AWAITING_COLLECTION",
            "AWAITING_SHIPMENT",
            "CANCELLED",
            "COMPLETED",
            "DELIVERED",
            "IN_TRANSIT",
            "ON_HOLD",
            "PARTIALLY_SHIPPING",
            "UNPAID",
        ]
        | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        shipping_type: str | None = None,
        buyer_user_id: str | None = None,
        is_buyer_request_cancel: bool | None = None,
        warehouse_ids: list[str] | None = None,
    ) -> SearchOrdersResponse:
        """Search orders.

        Lists the shop's orders created or updated in a time window, filtered by status, shipping type,
        buyer or warehouse. Use it to sync orders page by page.

        `POST /order/202309/orders/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_order: Sort direction.
            sort_field: Field to sort by; defaults to `create_time`.
            order_status: Only orders in this status.
            create_time_ge: Only orders created at or after this time (unix seconds).
            create_time_lt: Only orders created before this time (unix seconds); defaults to now when only
                `create_time_ge` is set.
            update_time_ge: Only orders updated at or after this time (unix seconds).
            update_time_lt: Only orders updated before this time (unix seconds); defaults to now when only
                `update_time_ge` is set.
            shipping_type: Delivery method: `TIKTOK` (TikTok label), `SELLER` (seller ships),
                `TIKTOK_DIGITAL` (virtual goods), `IN-STORE PICKUP` (SEA only).
            buyer_user_id: Only orders of this buyer.
            is_buyer_request_cancel: Only orders whose buyer has (true) or has not (false) asked to cancel.
            warehouse_ids: Only orders of these pickup or sales warehouses (multi-warehouse shops), at most
                100."""
        return await self._client.request(
            ops.SEARCH_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "order_status": order_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "shipping_type": shipping_type,
                "buyer_user_id": buyer_user_id,
                "is_buyer_request_cancel": is_buyer_request_cancel,
                "warehouse_ids": warehouse_ids,
            },
        )

    def iter_search_orders(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        sort_field: Literal["create_time", "update_time"] | None = None,
        order_status: Literal[
            "AWAITING_COLLECTION",
            "AWAITING_SHIPMENT",
            "CANCELLED",
            "COMPLETED",
            "DELIVERED",
            "IN_TRANSIT",
            "ON_HOLD",
            "PARTIALLY_SHIPPING",
            "UNPAID",
        ]
        | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        shipping_type: str | None = None,
        buyer_user_id: str | None = None,
        is_buyer_request_cancel: bool | None = None,
        warehouse_ids: list[str] | None = None,
    ) -> AsyncPager[Order, SearchOrdersResponse]:
        """Iterate over every item of `search_orders` across pages, fetching each page lazily.

        Iterating yields `orders` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_orders`."""
        return self._client.paginate(
            ops.SEARCH_ORDERS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "sort_order": sort_order,
                "sort_field": sort_field,
                "order_status": order_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "shipping_type": shipping_type,
                "buyer_user_id": buyer_user_id,
                "is_buyer_request_cancel": is_buyer_request_cancel,
                "warehouse_ids": warehouse_ids,
            },
        )

    async def search_pod_details(
        self,
        *,
        main_order_id: str,
        query_order_lines: list[QueryOrderLine],
    ) -> SearchPodDetailsResponse:
        """Search print-on-demand customization details.

        Returns the print-on-demand (POD) customization details of given line items of an order. Use it for
        line items whose `is_pod_customized` is true.

        `POST /order/202606/pod_details/search` (shop cipher required)

        Args:
            main_order_id: TikTok Shop order id.
            query_order_lines: Order lines to look up."""
        return await self._client.request(
            ops.SEARCH_POD_DETAILS,
            {
                "main_order_id": main_order_id,
                "query_order_lines": query_order_lines,
            },
        )

    async def update_blind_box_results_202511(
        self,
        *,
        main_order_id: str | None = None,
        blind_box_results: list[BlindBoxResult] | None = None,
    ) -> UpdateBlindBoxResultsResponse:
        """Update blind box opening results (202511).

        Older version of Update blind box opening results: reports one revealed product per blind box line
        item of an order.

        `POST /order/202511/orders/blind_box_result/callback` (shop cipher required)

        Args:
            main_order_id: TikTok Shop order id.
            blind_box_results: One revealed product per blind box line item."""
        return await self._client.request(
            ops.UPDATE_BLIND_BOX_RESULTS_202511,
            {
                "main_order_id": main_order_id,
                "blind_box_results": blind_box_results,
            },
        )

    async def update_blind_box_results(
        self,
        *,
        main_order_id: str | None = None,
        blind_box_results: list[BlindBoxResult] | None = None,
        blind_batch_box_results: list[BlindBatchBoxResult] | None = None,
    ) -> UpdateBlindBoxResultsResponse:
        """Update blind box opening results.

        Reports the products revealed when blind boxes of an order were opened in a LIVE room, so the buyer
        sees them in the order. `blind_batch_box_results` (several products per line) takes precedence over
        `blind_box_results` (one product per line) when non-empty.

        `POST /order/202605/orders/blind_box_result/callback` (shop cipher required)

        Args:
            main_order_id: TikTok Shop order id.
            blind_box_results: One revealed product per blind box line item (legacy shape).
            blind_batch_box_results: Revealed products grouped by blind box line item; used instead of
                `blind_box_results` when non-empty."""
        return await self._client.request(
            ops.UPDATE_BLIND_BOX_RESULTS,
            {
                "main_order_id": main_order_id,
                "blind_box_results": blind_box_results,
                "blind_batch_box_results": blind_batch_box_results,
            },
        )


class AsyncOrderResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncOrderResource) -> None:
        self.add_external_orders = async_raw(resource.add_external_orders)
        self.get_external_orders = async_raw(resource.get_external_orders)
        self.get_order_detail_202309 = async_raw(resource.get_order_detail_202309)
        self.get_order_detail = async_raw(resource.get_order_detail)
        self.get_order_price_detail = async_raw(resource.get_order_price_detail)
        self.search_external_orders = async_raw(resource.search_external_orders)
        self.search_orders = async_raw(resource.search_orders)
        self.search_pod_details = async_raw(resource.search_pod_details)
        self.update_blind_box_results_202511 = async_raw(resource.update_blind_box_results_202511)
        self.update_blind_box_results = async_raw(resource.update_blind_box_results)


class AsyncOrderAt202309:
    """`order` operations pinned to version 202309."""

    def __init__(self, resource: AsyncOrderResource) -> None:
        self.get_order_detail = resource.get_order_detail_202309
        self.search_orders = resource.search_orders
        self.iter_search_orders = resource.iter_search_orders


class AsyncOrderAt202406:
    """`order` operations pinned to version 202406."""

    def __init__(self, resource: AsyncOrderResource) -> None:
        self.add_external_orders = resource.add_external_orders
        self.get_external_orders = resource.get_external_orders
        self.search_external_orders = resource.search_external_orders


class AsyncOrderAt202407:
    """`order` operations pinned to version 202407."""

    def __init__(self, resource: AsyncOrderResource) -> None:
        self.get_order_price_detail = resource.get_order_price_detail


class AsyncOrderAt202507:
    """`order` operations pinned to version 202507."""

    def __init__(self, resource: AsyncOrderResource) -> None:
        self.get_order_detail = resource.get_order_detail


class AsyncOrderAt202511:
    """`order` operations pinned to version 202511."""

    def __init__(self, resource: AsyncOrderResource) -> None:
        self.update_blind_box_results = resource.update_blind_box_results_202511


class AsyncOrderAt202605:
    """`order` operations pinned to version 202605."""

    def __init__(self, resource: AsyncOrderResource) -> None:
        self.update_blind_box_results = resource.update_blind_box_results


class AsyncOrderAt202606:
    """`order` operations pinned to version 202606."""

    def __init__(self, resource: AsyncOrderResource) -> None:
        self.search_pod_details = resource.search_pod_details
