"""The `fbt` resources: sync and async twins, raw-response and version views.

Fulfilled by TikTok (FBT): the seller's FBT goods, warehouses, inventory and its history, inbound
plans and orders into FBT warehouses, and multi-channel fulfillment (MCF) orders."""

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
    ArrivalWindow,
    CancelInboundOrderResponse,
    CancelMcfOrderConsignOrder,
    CancelMcfOrderResponse,
    CartonInput,
    ConfirmInboundMethodResponse,
    Consignee,
    CreateGoodsDto,
    CreateGoodsResponse,
    CreateMcfOrderGood,
    CreateMcfOrderResponse,
    CreateOrUpdateInboundPlanGoodsItem,
    CreateOrUpdateInboundPlanResponse,
    GetInboundMethodDetailResponse,
    GetInboundOrders202409Response,
    GetInboundOrdersResponse,
    GetMcfGoodsInventoryGood,
    GetMcfGoodsInventoryResponse,
    GetMcfOrderResponse,
    GetMerchantMcfStatusResponse,
    GetMerchantOnboardedRegionsResponse,
    GetWarehousesResponse,
    Goods,
    Inventory,
    InventoryRecord,
    ListAvailableInboundMethodsResponse,
    OperateGoodsSkuRelation,
    ParcelTrackingInfo,
    PrintInboundOrderLabelsResponse,
    SearchGoodsHazmatAndExpirationInfoResponse,
    SearchGoodsResponse,
    SearchInventoryRecordsResponse,
    SearchInventoryResponse,
    ShipInboundOrderResponse,
    ShipInboundOrderShipmentOption,
    UpdateGoodsDto,
    UpdateGoodsInfoResponse,
    UpdateGoodsSkuRelationsResponse,
    UpdateInboundOrderTrackingResponse,
)


class FBTResource:
    """Fulfilled by TikTok (FBT): the seller's FBT goods, warehouses, inventory and its history, inbound
    plans and orders into FBT warehouses, and multi-channel fulfillment (MCF) orders."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def cancel_inbound_order(
        self,
        *,
        order_id: str,
        cancel_reason: str,
    ) -> CancelInboundOrderResponse:
        """Cancel an inbound order.

        Cancels one inbound order before it reaches the warehouse. For a D2FC plan, cancel each of its
        orders separately, or non-compliance fees may apply.

        `POST /fbt/202602/inbound_orders/cancel` (shop cipher required)

        Args:
            order_id: Numeric inbound order id, without the `IBR` prefix.
            cancel_reason: Why the order is cancelled; must not be blank."""
        return self._client.request(
            ops.CANCEL_INBOUND_ORDER,
            {
                "order_id": order_id,
                "cancel_reason": cancel_reason,
            },
        )

    def cancel_mcf_order(
        self,
        *,
        mcf_order_id: str,
        consign_orders: list[CancelMcfOrderConsignOrder] | None = None,
    ) -> CancelMcfOrderResponse:
        """Cancel an MCF order.

        Cancels a whole MCF order or only some of its consign orders. The response lists every consign order
        with its status after the request; `CLOSED` means cancelled.

        `POST /fbt/202601/mcf_outbound_orders/cancel` (shop cipher required)

        Args:
            mcf_order_id: MCF order id.
            consign_orders: Consign orders to cancel; omit to cancel all of them."""
        return self._client.request(
            ops.CANCEL_MCF_ORDER,
            {
                "mcf_order_id": mcf_order_id,
                "consign_orders": consign_orders,
            },
        )

    def confirm_inbound_method(
        self,
        *,
        plan_id: str,
        placement_option_id: str,
        inbound_method: Literal["D2FC", "ONE_HUB"],
        estimate_arrival_time: ArrivalWindow,
    ) -> ConfirmInboundMethodResponse:
        """Confirm an inbound placement option.

        Confirms one placement option of an inbound plan, which creates the plan's inbound orders. Use the
        method, arrival window and option id obtained from the two previous steps.

        `POST /fbt/202603/confirm_inbound_method` (shop cipher required)

        Args:
            plan_id: Inbound plan id.
            placement_option_id: Placement option id, from `get_inbound_method_detail`.
            inbound_method: `D2FC` or `ONE_HUB` (single destination, includes a fee).
            estimate_arrival_time: A weekly warehouse arrival window, as returned by
                `list_available_inbound_methods`."""
        return self._client.request(
            ops.CONFIRM_INBOUND_METHOD,
            {
                "plan_id": plan_id,
                "placement_option_id": placement_option_id,
                "inbound_method": inbound_method,
                "estimate_arrival_time": estimate_arrival_time,
            },
        )

    def create_goods(
        self,
        *,
        create_goods_dto_list: list[CreateGoodsDto],
    ) -> CreateGoodsResponse:
        """Create FBT goods.

        Creates FBT goods records and binds each to a TikTok Shop SKU. Check each entry of
        `create_result_list` (matched by `tts_sku_id`) for success or the failure reason.

        `POST /fbt/202607/goods/create_goods` (shop cipher required)

        Args:
            create_goods_dto_list: Goods to create, each bound to one SKU."""
        return self._client.request(
            ops.CREATE_GOODS,
            {
                "create_goods_dto_list": create_goods_dto_list,
            },
        )

    def create_mcf_order(
        self,
        *,
        external_order_id: str,
        goods: list[CreateMcfOrderGood],
        consignee: Consignee,
    ) -> CreateMcfOrderResponse:
        """Create an MCF order.

        Creates a multi-channel fulfillment order for an order sold on another channel; FBT then ships the
        goods from its warehouses to the given consignee (US addresses only).

        `POST /fbt/202607/mcf_outbound_orders` (shop cipher required)

        Args:
            external_order_id: The order's id in the seller's own system, at most 127 bytes, unique among
                the seller's active MCF orders.
            goods: Goods and quantities to ship; at least one.
            consignee: The recipient."""
        return self._client.request(
            ops.CREATE_MCF_ORDER,
            {
                "external_order_id": external_order_id,
                "goods": goods,
                "consignee": consignee,
            },
        )

    def create_or_update_inbound_plan(
        self,
        *,
        plan_id: str | None = None,
        idempotent_key: str | None = None,
        goods_items: list[CreateOrUpdateInboundPlanGoodsItem] | None = None,
        cartons: list[CartonInput] | None = None,
    ) -> CreateOrUpdateInboundPlanResponse:
        """Create or replace an inbound plan.

        Creates an inbound plan (stock the seller intends to send to FBT) or, with `plan_id`, replaces the
        whole content of an existing one. Give either `goods_items` or `cartons`.

        `POST /fbt/202602/create_update_inbound_plan` (shop cipher required)

        Args:
            plan_id: Plan to replace; omit to create a new plan.
            idempotent_key: Caller-chosen unique key for creation; needed when `plan_id` is omitted.
            goods_items: Goods and quantities, without carton details.
            cartons: Carton configurations, with measurements."""
        return self._client.request(
            ops.CREATE_OR_UPDATE_INBOUND_PLAN,
            {
                "plan_id": plan_id,
                "idempotent_key": idempotent_key,
                "goods_items": goods_items,
                "cartons": cartons,
            },
        )

    def get_inbound_method_detail(
        self,
        *,
        plan_id: str,
        inbound_method: Literal["D2FC", "ONE_HUB"],
        estimate_arrival_time: ArrivalWindow,
    ) -> GetInboundMethodDetailResponse:
        """Get placement options of an inbound method.

        Returns the placement options (shipment splits, destinations, fees) for an inbound plan with the
        chosen method and arrival window. While `placement_task_status` is `Executing`, repeat the same
        call.

        `POST /fbt/202602/inbound_method_detail` (shop cipher required)

        Args:
            plan_id: Inbound plan id.
            inbound_method: `D2FC` (direct to fulfillment centers, may split) or `ONE_HUB` (single
                destination).
            estimate_arrival_time: A weekly warehouse arrival window, as returned by
                `list_available_inbound_methods`."""
        return self._client.request(
            ops.GET_INBOUND_METHOD_DETAIL,
            {
                "plan_id": plan_id,
                "inbound_method": inbound_method,
                "estimate_arrival_time": estimate_arrival_time,
            },
        )

    def get_inbound_orders_202409(
        self,
        *,
        ids: list[str],
    ) -> GetInboundOrders202409Response:
        """Get FBT inbound orders.

        Returns the details of the given inbound orders (shipments of stock into FBT warehouses): planned
        goods, received batches, carriers and status history.

        `GET /fbt/202409/inbound_orders` (shop cipher optional)

        Args:
            ids: Ids of the inbound orders to fetch (the 202409 version calls the parameter `ids`; 202602
                renamed it `order_ids`)."""
        return self._client.request(
            ops.GET_INBOUND_ORDERS_202409,
            {
                "ids": ids,
            },
        )

    def get_inbound_orders(
        self,
        *,
        order_ids: list[str],
        include_carton_details: bool | None = None,
    ) -> GetInboundOrdersResponse:
        """Get FBT inbound orders (202602).

        Returns the details of the given inbound orders with planned versus received quantities per lot,
        status history, parcel tracking and, on request, carton details.

        `GET /fbt/202602/inbound_orders` (shop cipher required)

        Args:
            order_ids: Ids of the inbound orders to fetch.
            include_carton_details: `true` to also return the cartons with their measurements and contents."""
        return self._client.request(
            ops.GET_INBOUND_ORDERS,
            {
                "order_ids": order_ids,
                "include_carton_details": include_carton_details,
            },
        )

    def get_mcf_goods_inventory(
        self,
        *,
        goods: list[GetMcfGoodsInventoryGood],
    ) -> GetMcfGoodsInventoryResponse:
        """Get goods inventory available to MCF.

        Returns the quantity of the given FBT goods available to multi-channel fulfillment orders. Use it
        before `create_mcf_order`.

        `POST /fbt/202601/mcf/goods/inventory/search` (shop cipher required)

        Args:
            goods: Goods to check, 1 to 50."""
        return self._client.request(
            ops.GET_MCF_GOODS_INVENTORY,
            {
                "goods": goods,
            },
        )

    def get_mcf_order(
        self,
        *,
        mcf_order_id: str,
    ) -> GetMcfOrderResponse:
        """Get an MCF order's status.

        Returns an MCF order with its consign orders (one per package FBT ships), their status, carrier,
        tracking number and any fulfillment issue.

        `GET /fbt/202601/mcf_outbound_orders` (shop cipher required)

        Args:
            mcf_order_id: MCF order id."""
        return self._client.request(
            ops.GET_MCF_ORDER,
            {
                "mcf_order_id": mcf_order_id,
            },
        )

    def get_merchant_mcf_status(
        self,
    ) -> GetMerchantMcfStatusResponse:
        """Get the seller's MCF status.

        Tells whether the seller takes part in FBT multi-channel fulfillment (MCF), which ships orders from
        other sales channels out of FBT stock.

        `GET /fbt/202601/merchants/mcf_status` (shop cipher required)"""
        return self._client.request(ops.GET_MERCHANT_MCF_STATUS, {})

    def get_merchant_onboarded_regions(
        self,
    ) -> GetMerchantOnboardedRegionsResponse:
        """Get FBT onboarded regions.

        Lists the countries or regions where the seller is onboarded to Fulfilled by TikTok. Use it to check
        whether FBT is available before calling the other FBT operations.

        `GET /fbt/202409/merchants/onboarded_regions` (shop cipher required)"""
        return self._client.request(ops.GET_MERCHANT_ONBOARDED_REGIONS, {})

    def get_warehouses(
        self,
    ) -> GetWarehousesResponse:
        """List FBT warehouses.

        Lists the FBT warehouses available to the seller, with their receiving addresses, linked TikTok Shop
        warehouse ids, logistics services and subscription state.

        `GET /fbt/202408/warehouses` (shop cipher optional)"""
        return self._client.request(ops.GET_WAREHOUSES, {})

    def list_available_inbound_methods(
        self,
        *,
        plan_id: str,
    ) -> ListAvailableInboundMethodsResponse:
        """List available inbound methods.

        Lists the inbound methods (`D2FC`, `ONE_HUB`) possible for an inbound plan, with their weekly
        arrival windows, warehouses and estimated placement fee. Next step is `get_inbound_method_detail`.

        `POST /fbt/202602/list_available_inbound_method` (shop cipher required)

        Args:
            plan_id: Inbound plan id."""
        return self._client.request(
            ops.LIST_AVAILABLE_INBOUND_METHODS,
            {
                "plan_id": plan_id,
            },
        )

    def print_inbound_order_labels(
        self,
        *,
        order_id: str,
        print_items: list[Literal["CARTON_PALLET_LABEL", "FBT_BARCODE", "PACKING_PICKING_LIST"]] | None = None,
        carton_label_format: Literal["A4_4UP", "DEFAULT_1UP"] | None = None,
        barcode_format: str | None = None,
    ) -> PrintInboundOrderLabelsResponse:
        """Print inbound order labels.

        Generates carton/pallet labels, packing lists or FBT barcodes for a shipped inbound order.
        Generation is asynchronous: repeat the call until `task_status` is `SUCCESS`, then download from
        `download_url`.

        `POST /fbt/202602/inbound_orders/label_print` (shop cipher required)

        Args:
            order_id: Numeric id of the (child) inbound order, without the `IBR` prefix; not a plan id.
            print_items: Documents to generate in one output: `CARTON_PALLET_LABEL` (default),
                `PACKING_PICKING_LIST`, `FBT_BARCODE`.
            carton_label_format: `DEFAULT_1UP` (one label per page, default) or `A4_4UP`.
            barcode_format: Barcode label layout, e.g. `DEFAULT_40MM_60MM` (default thermal label),
                `A4_24UP_63_5MM_33_9MM`, `US_LETTER_30UP_1IN_2_625IN`."""
        return self._client.request(
            ops.PRINT_INBOUND_ORDER_LABELS,
            {
                "order_id": order_id,
                "print_items": print_items,
                "carton_label_format": carton_label_format,
                "barcode_format": barcode_format,
            },
        )

    def search_goods_202409(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        product_ids: list[str] | None = None,
        reference_codes: list[str] | None = None,
        sku_ids: list[str] | None = None,
    ) -> SearchGoodsResponse:
        """Search FBT goods.

        Lists the seller's FBT goods (the warehouse-side items) matching goods ids, product ids, SKU ids or
        reference codes, with their matched SKUs, declared and measured sizes and lot/expiry settings.

        `POST /fbt/202409/goods/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            goods_ids: FBT goods ids, at most 100.
            product_ids: TikTok Shop product ids, at most 100.
            reference_codes: The seller's goods reference codes, at most 100.
            sku_ids: TikTok Shop SKU ids, at most 100."""
        return self._client.request(
            ops.SEARCH_GOODS_202409,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "product_ids": product_ids,
                "reference_codes": reference_codes,
                "sku_ids": sku_ids,
            },
        )

    def iter_search_goods_202409(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        product_ids: list[str] | None = None,
        reference_codes: list[str] | None = None,
        sku_ids: list[str] | None = None,
    ) -> SyncPager[Goods, SearchGoodsResponse]:
        """Iterate over every item of `search_goods_202409` across pages, fetching each page lazily.

        Iterating yields `goods` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_goods_202409`."""
        return self._client.paginate(
            ops.SEARCH_GOODS_202409,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "product_ids": product_ids,
                "reference_codes": reference_codes,
                "sku_ids": sku_ids,
            },
        )

    def search_goods(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        product_ids: list[str] | None = None,
        reference_codes: list[str] | None = None,
        sku_ids: list[str] | None = None,
    ) -> SearchGoodsResponse:
        """Search FBT goods (202607).

        Lists the seller's FBT goods matching the filters; this version adds hazmat, SIOC, bulky-item and
        safety attributes and the approval statuses.

        `POST /fbt/202607/goods/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            goods_ids: FBT goods ids, at most 100.
            product_ids: TikTok Shop product ids, at most 100.
            reference_codes: The seller's goods reference codes, at most 100.
            sku_ids: TikTok Shop SKU ids, at most 100."""
        return self._client.request(
            ops.SEARCH_GOODS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "product_ids": product_ids,
                "reference_codes": reference_codes,
                "sku_ids": sku_ids,
            },
        )

    def iter_search_goods(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        product_ids: list[str] | None = None,
        reference_codes: list[str] | None = None,
        sku_ids: list[str] | None = None,
    ) -> SyncPager[Goods, SearchGoodsResponse]:
        """Iterate over every item of `search_goods` across pages, fetching each page lazily.

        Iterating yields `goods` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_goods`."""
        return self._client.paginate(
            ops.SEARCH_GOODS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "product_ids": product_ids,
                "reference_codes": reference_codes,
                "sku_ids": sku_ids,
            },
        )

    def search_goods_hazmat_and_expiration_info(
        self,
        *,
        tts_sku_ids: list[str],
    ) -> SearchGoodsHazmatAndExpirationInfoResponse:
        """Get hazmat and expiry requirements of SKUs.

        Tells, per TikTok Shop SKU, whether FBT classifies it as hazardous and whether lot or expiry
        management is required, with the default expiry thresholds. Use it before `create_goods`.

        `POST /fbt/202603/goods/hazmat_and_expiration_info/search` (shop cipher required)

        Args:
            tts_sku_ids: TikTok Shop SKU ids."""
        return self._client.request(
            ops.SEARCH_GOODS_HAZMAT_AND_EXPIRATION_INFO,
            {
                "tts_sku_ids": tts_sku_ids,
            },
        )

    def search_inventory(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        sku_ids: list[str] | None = None,
        fbt_warehouse_ids: list[str] | None = None,
    ) -> SearchInventoryResponse:
        """Search FBT inventory.

        Lists inventory per goods and FBT warehouse (available, reserved, unfulfillable and in-transit
        units), with the breakdown per matched SKU. Filter by goods, SKUs or warehouses.

        `POST /fbt/202408/inventory/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            goods_ids: FBT goods ids, at most 100.
            sku_ids: TikTok Shop SKU ids, at most 100.
            fbt_warehouse_ids: FBT warehouse ids, at most 100; all subscribed warehouses when omitted."""
        return self._client.request(
            ops.SEARCH_INVENTORY,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "sku_ids": sku_ids,
                "fbt_warehouse_ids": fbt_warehouse_ids,
            },
        )

    def iter_search_inventory(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        sku_ids: list[str] | None = None,
        fbt_warehouse_ids: list[str] | None = None,
    ) -> SyncPager[Inventory, SearchInventoryResponse]:
        """Iterate over every item of `search_inventory` across pages, fetching each page lazily.

        Iterating yields `inventory` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_inventory`."""
        return self._client.paginate(
            ops.SEARCH_INVENTORY,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "sku_ids": sku_ids,
                "fbt_warehouse_ids": fbt_warehouse_ids,
            },
        )

    def search_inventory_records(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        fbt_warehouse_ids: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
    ) -> SearchInventoryRecordsResponse:
        """Search FBT inventory changes.

        Lists the inventory movements of goods in FBT warehouses (quantity before and after, and the order
        that caused each change), filtered by goods, warehouse and time.

        `POST /fbt/202410/inventory_records/search` (shop cipher optional)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            goods_ids: FBT goods ids, at most 100.
            fbt_warehouse_ids: FBT warehouse ids, at most 100; all the seller's warehouses when omitted.
            create_time_ge: Changes at or after this time, Unix seconds.
            create_time_le: Changes at or before this time, Unix seconds."""
        return self._client.request(
            ops.SEARCH_INVENTORY_RECORDS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "fbt_warehouse_ids": fbt_warehouse_ids,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
            },
        )

    def iter_search_inventory_records(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        fbt_warehouse_ids: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
    ) -> SyncPager[InventoryRecord, SearchInventoryRecordsResponse]:
        """Iterate over every item of `search_inventory_records` across pages, fetching each page lazily.

        Iterating yields `inventory_records` items; `.pages()` yields whole pages. Takes the same arguments
        as `search_inventory_records`."""
        return self._client.paginate(
            ops.SEARCH_INVENTORY_RECORDS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "fbt_warehouse_ids": fbt_warehouse_ids,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
            },
        )

    def ship_inbound_order(
        self,
        *,
        inbound_order_id: str,
        shipment_option: ShipInboundOrderShipmentOption,
        cartons: list[CartonInput] | None = None,
    ) -> ShipInboundOrderResponse:
        """Ship an inbound order.

        Finalizes the cartons and shipping method of an inbound order that is ready to ship and moves it to
        receiving. Repeating it for an already shipped order succeeds without change.

        `POST /fbt/202603/ship_inbound_order` (shop cipher required)

        Args:
            inbound_order_id: Inbound order id.
            shipment_option: How the order is shipped.
            cartons: Cartons; needed when the plan was made with `goods_items` rather than cartons."""
        return self._client.request(
            ops.SHIP_INBOUND_ORDER,
            {
                "inbound_order_id": inbound_order_id,
                "shipment_option": shipment_option,
                "cartons": cartons,
            },
        )

    def update_goods_info(
        self,
        *,
        update_goods_dto: UpdateGoodsDto | None = None,
    ) -> UpdateGoodsInfoResponse:
        """Update FBT goods.

        Updates an FBT goods record: name, image, measurements, hazmat details, shelf-life settings and
        return handling.

        `POST /fbt/202607/goods/update_goods_info` (shop cipher required)

        Args:
            update_goods_dto: The new state of the goods."""
        return self._client.request(
            ops.UPDATE_GOODS_INFO,
            {
                "update_goods_dto": update_goods_dto,
            },
        )

    def update_goods_sku_relations(
        self,
        *,
        operation_type: Literal["BIND", "UN_BIND"],
        operate_goods_sku_relation_list: list[OperateGoodsSkuRelation],
    ) -> UpdateGoodsSkuRelationsResponse:
        """Bind or unbind SKUs to FBT goods.

        Binds TikTok Shop SKUs to FBT goods, or unbinds them, so that orders of those SKUs are fulfilled
        from the goods' FBT stock. Results are reported per goods and SKU.

        `POST /fbt/202603/goods/update_goods_sku_relation` (shop cipher required)

        Args:
            operation_type: `BIND` the listed SKUs to the goods, or `UN_BIND` them.
            operate_goods_sku_relation_list: Goods and their SKUs."""
        return self._client.request(
            ops.UPDATE_GOODS_SKU_RELATIONS,
            {
                "operation_type": operation_type,
                "operate_goods_sku_relation_list": operate_goods_sku_relation_list,
            },
        )

    def update_inbound_order_tracking(
        self,
        *,
        order_id: str,
        parcel_tracking_info: list[ParcelTrackingInfo] | None = None,
    ) -> UpdateInboundOrderTrackingResponse:
        """Update inbound order tracking.

        Replaces the carton-level parcel tracking of a shipped inbound order (before it is delivered or
        received). Send the complete list: omitted cartons lose their tracking.

        `POST /fbt/202602/inbound_orders/tracking_update` (shop cipher required)

        Args:
            order_id: Numeric inbound order id, without the `IBR` prefix.
            parcel_tracking_info: Tracking per carton."""
        return self._client.request(
            ops.UPDATE_INBOUND_ORDER_TRACKING,
            {
                "order_id": order_id,
                "parcel_tracking_info": parcel_tracking_info,
            },
        )


class FBTResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: FBTResource) -> None:
        self.cancel_inbound_order = raw(resource.cancel_inbound_order)
        self.cancel_mcf_order = raw(resource.cancel_mcf_order)
        self.confirm_inbound_method = raw(resource.confirm_inbound_method)
        self.create_goods = raw(resource.create_goods)
        self.create_mcf_order = raw(resource.create_mcf_order)
        self.create_or_update_inbound_plan = raw(resource.create_or_update_inbound_plan)
        self.get_inbound_method_detail = raw(resource.get_inbound_method_detail)
        self.get_inbound_orders_202409 = raw(resource.get_inbound_orders_202409)
        self.get_inbound_orders = raw(resource.get_inbound_orders)
        self.get_mcf_goods_inventory = raw(resource.get_mcf_goods_inventory)
        self.get_mcf_order = raw(resource.get_mcf_order)
        self.get_merchant_mcf_status = raw(resource.get_merchant_mcf_status)
        self.get_merchant_onboarded_regions = raw(resource.get_merchant_onboarded_regions)
        self.get_warehouses = raw(resource.get_warehouses)
        self.list_available_inbound_methods = raw(resource.list_available_inbound_methods)
        self.print_inbound_order_labels = raw(resource.print_inbound_order_labels)
        self.search_goods_202409 = raw(resource.search_goods_202409)
        self.search_goods = raw(resource.search_goods)
        self.search_goods_hazmat_and_expiration_info = raw(resource.search_goods_hazmat_and_expiration_info)
        self.search_inventory = raw(resource.search_inventory)
        self.search_inventory_records = raw(resource.search_inventory_records)
        self.ship_inbound_order = raw(resource.ship_inbound_order)
        self.update_goods_info = raw(resource.update_goods_info)
        self.update_goods_sku_relations = raw(resource.update_goods_sku_relations)
        self.update_inbound_order_tracking = raw(resource.update_inbound_order_tracking)


class FBTAt202408:
    """`fbt` operations pinned to version 202408."""

    def __init__(self, resource: FBTResource) -> None:
        self.get_warehouses = resource.get_warehouses
        self.search_inventory = resource.search_inventory
        self.iter_search_inventory = resource.iter_search_inventory


class FBTAt202409:
    """`fbt` operations pinned to version 202409."""

    def __init__(self, resource: FBTResource) -> None:
        self.get_inbound_orders = resource.get_inbound_orders_202409
        self.get_merchant_onboarded_regions = resource.get_merchant_onboarded_regions
        self.search_goods = resource.search_goods_202409
        self.iter_search_goods = resource.iter_search_goods_202409


class FBTAt202410:
    """`fbt` operations pinned to version 202410."""

    def __init__(self, resource: FBTResource) -> None:
        self.search_inventory_records = resource.search_inventory_records
        self.iter_search_inventory_records = resource.iter_search_inventory_records


class FBTAt202601:
    """`fbt` operations pinned to version 202601."""

    def __init__(self, resource: FBTResource) -> None:
        self.cancel_mcf_order = resource.cancel_mcf_order
        self.get_mcf_goods_inventory = resource.get_mcf_goods_inventory
        self.get_mcf_order = resource.get_mcf_order
        self.get_merchant_mcf_status = resource.get_merchant_mcf_status


class FBTAt202602:
    """`fbt` operations pinned to version 202602."""

    def __init__(self, resource: FBTResource) -> None:
        self.cancel_inbound_order = resource.cancel_inbound_order
        self.create_or_update_inbound_plan = resource.create_or_update_inbound_plan
        self.get_inbound_method_detail = resource.get_inbound_method_detail
        self.get_inbound_orders = resource.get_inbound_orders
        self.list_available_inbound_methods = resource.list_available_inbound_methods
        self.print_inbound_order_labels = resource.print_inbound_order_labels
        self.update_inbound_order_tracking = resource.update_inbound_order_tracking


class FBTAt202603:
    """`fbt` operations pinned to version 202603."""

    def __init__(self, resource: FBTResource) -> None:
        self.confirm_inbound_method = resource.confirm_inbound_method
        self.search_goods_hazmat_and_expiration_info = resource.search_goods_hazmat_and_expiration_info
        self.ship_inbound_order = resource.ship_inbound_order
        self.update_goods_sku_relations = resource.update_goods_sku_relations


class FBTAt202607:
    """`fbt` operations pinned to version 202607."""

    def __init__(self, resource: FBTResource) -> None:
        self.create_goods = resource.create_goods
        self.create_mcf_order = resource.create_mcf_order
        self.search_goods = resource.search_goods
        self.iter_search_goods = resource.iter_search_goods
        self.update_goods_info = resource.update_goods_info


class AsyncFBTResource:
    """Fulfilled by TikTok (FBT): the seller's FBT goods, warehouses, inventory and its history, inbound
    plans and orders into FBT warehouses, and multi-channel fulfillment (MCF) orders. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def cancel_inbound_order(
        self,
        *,
        order_id: str,
        cancel_reason: str,
    ) -> CancelInboundOrderResponse:
        """Cancel an inbound order.

        Cancels one inbound order before it reaches the warehouse. For a D2FC plan, cancel each of its
        orders separately, or non-compliance fees may apply.

        `POST /fbt/202602/inbound_orders/cancel` (shop cipher required)

        Args:
            order_id: Numeric inbound order id, without the `IBR` prefix.
            cancel_reason: Why the order is cancelled; must not be blank."""
        return await self._client.request(
            ops.CANCEL_INBOUND_ORDER,
            {
                "order_id": order_id,
                "cancel_reason": cancel_reason,
            },
        )

    async def cancel_mcf_order(
        self,
        *,
        mcf_order_id: str,
        consign_orders: list[CancelMcfOrderConsignOrder] | None = None,
    ) -> CancelMcfOrderResponse:
        """Cancel an MCF order.

        Cancels a whole MCF order or only some of its consign orders. The response lists every consign order
        with its status after the request; `CLOSED` means cancelled.

        `POST /fbt/202601/mcf_outbound_orders/cancel` (shop cipher required)

        Args:
            mcf_order_id: MCF order id.
            consign_orders: Consign orders to cancel; omit to cancel all of them."""
        return await self._client.request(
            ops.CANCEL_MCF_ORDER,
            {
                "mcf_order_id": mcf_order_id,
                "consign_orders": consign_orders,
            },
        )

    async def confirm_inbound_method(
        self,
        *,
        plan_id: str,
        placement_option_id: str,
        inbound_method: Literal["D2FC", "ONE_HUB"],
        estimate_arrival_time: ArrivalWindow,
    ) -> ConfirmInboundMethodResponse:
        """Confirm an inbound placement option.

        Confirms one placement option of an inbound plan, which creates the plan's inbound orders. Use the
        method, arrival window and option id obtained from the two previous steps.

        `POST /fbt/202603/confirm_inbound_method` (shop cipher required)

        Args:
            plan_id: Inbound plan id.
            placement_option_id: Placement option id, from `get_inbound_method_detail`.
            inbound_method: `D2FC` or `ONE_HUB` (single destination, includes a fee).
            estimate_arrival_time: A weekly warehouse arrival window, as returned by
                `list_available_inbound_methods`."""
        return await self._client.request(
            ops.CONFIRM_INBOUND_METHOD,
            {
                "plan_id": plan_id,
                "placement_option_id": placement_option_id,
                "inbound_method": inbound_method,
                "estimate_arrival_time": estimate_arrival_time,
            },
        )

    async def create_goods(
        self,
        *,
        create_goods_dto_list: list[CreateGoodsDto],
    ) -> CreateGoodsResponse:
        """Create FBT goods.

        Creates FBT goods records and binds each to a TikTok Shop SKU. Check each entry of
        `create_result_list` (matched by `tts_sku_id`) for success or the failure reason.

        `POST /fbt/202607/goods/create_goods` (shop cipher required)

        Args:
            create_goods_dto_list: Goods to create, each bound to one SKU."""
        return await self._client.request(
            ops.CREATE_GOODS,
            {
                "create_goods_dto_list": create_goods_dto_list,
            },
        )

    async def create_mcf_order(
        self,
        *,
        external_order_id: str,
        goods: list[CreateMcfOrderGood],
        consignee: Consignee,
    ) -> CreateMcfOrderResponse:
        """Create an MCF order.

        Creates a multi-channel fulfillment order for an order sold on another channel; FBT then ships the
        goods from its warehouses to the given consignee (US addresses only).

        `POST /fbt/202607/mcf_outbound_orders` (shop cipher required)

        Args:
            external_order_id: The order's id in the seller's own system, at most 127 bytes, unique among
                the seller's active MCF orders.
            goods: Goods and quantities to ship; at least one.
            consignee: The recipient."""
        return await self._client.request(
            ops.CREATE_MCF_ORDER,
            {
                "external_order_id": external_order_id,
                "goods": goods,
                "consignee": consignee,
            },
        )

    async def create_or_update_inbound_plan(
        self,
        *,
        plan_id: str | None = None,
        idempotent_key: str | None = None,
        goods_items: list[CreateOrUpdateInboundPlanGoodsItem] | None = None,
        cartons: list[CartonInput] | None = None,
    ) -> CreateOrUpdateInboundPlanResponse:
        """Create or replace an inbound plan.

        Creates an inbound plan (stock the seller intends to send to FBT) or, with `plan_id`, replaces the
        whole content of an existing one. Give either `goods_items` or `cartons`.

        `POST /fbt/202602/create_update_inbound_plan` (shop cipher required)

        Args:
            plan_id: Plan to replace; omit to create a new plan.
            idempotent_key: Caller-chosen unique key for creation; needed when `plan_id` is omitted.
            goods_items: Goods and quantities, without carton details.
            cartons: Carton configurations, with measurements."""
        return await self._client.request(
            ops.CREATE_OR_UPDATE_INBOUND_PLAN,
            {
                "plan_id": plan_id,
                "idempotent_key": idempotent_key,
                "goods_items": goods_items,
                "cartons": cartons,
            },
        )

    async def get_inbound_method_detail(
        self,
        *,
        plan_id: str,
        inbound_method: Literal["D2FC", "ONE_HUB"],
        estimate_arrival_time: ArrivalWindow,
    ) -> GetInboundMethodDetailResponse:
        """Get placement options of an inbound method.

        Returns the placement options (shipment splits, destinations, fees) for an inbound plan with the
        chosen method and arrival window. While `placement_task_status` is `Executing`, repeat the same
        call.

        `POST /fbt/202602/inbound_method_detail` (shop cipher required)

        Args:
            plan_id: Inbound plan id.
            inbound_method: `D2FC` (direct to fulfillment centers, may split) or `ONE_HUB` (single
                destination).
            estimate_arrival_time: A weekly warehouse arrival window, as returned by
                `list_available_inbound_methods`."""
        return await self._client.request(
            ops.GET_INBOUND_METHOD_DETAIL,
            {
                "plan_id": plan_id,
                "inbound_method": inbound_method,
                "estimate_arrival_time": estimate_arrival_time,
            },
        )

    async def get_inbound_orders_202409(
        self,
        *,
        ids: list[str],
    ) -> GetInboundOrders202409Response:
        """Get FBT inbound orders.

        Returns the details of the given inbound orders (shipments of stock into FBT warehouses): planned
        goods, received batches, carriers and status history.

        `GET /fbt/202409/inbound_orders` (shop cipher optional)

        Args:
            ids: Ids of the inbound orders to fetch (the 202409 version calls the parameter `ids`; 202602
                renamed it `order_ids`)."""
        return await self._client.request(
            ops.GET_INBOUND_ORDERS_202409,
            {
                "ids": ids,
            },
        )

    async def get_inbound_orders(
        self,
        *,
        order_ids: list[str],
        include_carton_details: bool | None = None,
    ) -> GetInboundOrdersResponse:
        """Get FBT inbound orders (202602).

        Returns the details of the given inbound orders with planned versus received quantities per lot,
        status history, parcel tracking and, on request, carton details.

        `GET /fbt/202602/inbound_orders` (shop cipher required)

        Args:
            order_ids: Ids of the inbound orders to fetch.
            include_carton_details: `true` to also return the cartons with their measurements and contents."""
        return await self._client.request(
            ops.GET_INBOUND_ORDERS,
            {
                "order_ids": order_ids,
                "include_carton_details": include_carton_details,
            },
        )

    async def get_mcf_goods_inventory(
        self,
        *,
        goods: list[GetMcfGoodsInventoryGood],
    ) -> GetMcfGoodsInventoryResponse:
        """Get goods inventory available to MCF.

        Returns the quantity of the given FBT goods available to multi-channel fulfillment orders. Use it
        before `create_mcf_order`.

        `POST /fbt/202601/mcf/goods/inventory/search` (shop cipher required)

        Args:
            goods: Goods to check, 1 to 50."""
        return await self._client.request(
            ops.GET_MCF_GOODS_INVENTORY,
            {
                "goods": goods,
            },
        )

    async def get_mcf_order(
        self,
        *,
        mcf_order_id: str,
    ) -> GetMcfOrderResponse:
        """Get an MCF order's status.

        Returns an MCF order with its consign orders (one per package FBT ships), their status, carrier,
        tracking number and any fulfillment issue.

        `GET /fbt/202601/mcf_outbound_orders` (shop cipher required)

        Args:
            mcf_order_id: MCF order id."""
        return await self._client.request(
            ops.GET_MCF_ORDER,
            {
                "mcf_order_id": mcf_order_id,
            },
        )

    async def get_merchant_mcf_status(
        self,
    ) -> GetMerchantMcfStatusResponse:
        """Get the seller's MCF status.

        Tells whether the seller takes part in FBT multi-channel fulfillment (MCF), which ships orders from
        other sales channels out of FBT stock.

        `GET /fbt/202601/merchants/mcf_status` (shop cipher required)"""
        return await self._client.request(ops.GET_MERCHANT_MCF_STATUS, {})

    async def get_merchant_onboarded_regions(
        self,
    ) -> GetMerchantOnboardedRegionsResponse:
        """Get FBT onboarded regions.

        Lists the countries or regions where the seller is onboarded to Fulfilled by TikTok. Use it to check
        whether FBT is available before calling the other FBT operations.

        `GET /fbt/202409/merchants/onboarded_regions` (shop cipher required)"""
        return await self._client.request(ops.GET_MERCHANT_ONBOARDED_REGIONS, {})

    async def get_warehouses(
        self,
    ) -> GetWarehousesResponse:
        """List FBT warehouses.

        Lists the FBT warehouses available to the seller, with their receiving addresses, linked TikTok Shop
        warehouse ids, logistics services and subscription state.

        `GET /fbt/202408/warehouses` (shop cipher optional)"""
        return await self._client.request(ops.GET_WAREHOUSES, {})

    async def list_available_inbound_methods(
        self,
        *,
        plan_id: str,
    ) -> ListAvailableInboundMethodsResponse:
        """List available inbound methods.

        Lists the inbound methods (`D2FC`, `ONE_HUB`) possible for an inbound plan, with their weekly
        arrival windows, warehouses and estimated placement fee. Next step is `get_inbound_method_detail`.

        `POST /fbt/202602/list_available_inbound_method` (shop cipher required)

        Args:
            plan_id: Inbound plan id."""
        return await self._client.request(
            ops.LIST_AVAILABLE_INBOUND_METHODS,
            {
                "plan_id": plan_id,
            },
        )

    async def print_inbound_order_labels(
        self,
        *,
        order_id: str,
        print_items: list[Literal["CARTON_PALLET_LABEL", "FBT_BARCODE", "PACKING_PICKING_LIST"]] | None = None,
        carton_label_format: Literal["A4_4UP", "DEFAULT_1UP"] | None = None,
        barcode_format: str | None = None,
    ) -> PrintInboundOrderLabelsResponse:
        """Print inbound order labels.

        Generates carton/pallet labels, packing lists or FBT barcodes for a shipped inbound order.
        Generation is asynchronous: repeat the call until `task_status` is `SUCCESS`, then download from
        `download_url`.

        `POST /fbt/202602/inbound_orders/label_print` (shop cipher required)

        Args:
            order_id: Numeric id of the (child) inbound order, without the `IBR` prefix; not a plan id.
            print_items: Documents to generate in one output: `CARTON_PALLET_LABEL` (default),
                `PACKING_PICKING_LIST`, `FBT_BARCODE`.
            carton_label_format: `DEFAULT_1UP` (one label per page, default) or `A4_4UP`.
            barcode_format: Barcode label layout, e.g. `DEFAULT_40MM_60MM` (default thermal label),
                `A4_24UP_63_5MM_33_9MM`, `US_LETTER_30UP_1IN_2_625IN`."""
        return await self._client.request(
            ops.PRINT_INBOUND_ORDER_LABELS,
            {
                "order_id": order_id,
                "print_items": print_items,
                "carton_label_format": carton_label_format,
                "barcode_format": barcode_format,
            },
        )

    async def search_goods_202409(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        product_ids: list[str] | None = None,
        reference_codes: list[str] | None = None,
        sku_ids: list[str] | None = None,
    ) -> SearchGoodsResponse:
        """Search FBT goods.

        Lists the seller's FBT goods (the warehouse-side items) matching goods ids, product ids, SKU ids or
        reference codes, with their matched SKUs, declared and measured sizes and lot/expiry settings.

        `POST /fbt/202409/goods/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            goods_ids: FBT goods ids, at most 100.
            product_ids: TikTok Shop product ids, at most 100.
            reference_codes: The seller's goods reference codes, at most 100.
            sku_ids: TikTok Shop SKU ids, at most 100."""
        return await self._client.request(
            ops.SEARCH_GOODS_202409,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "product_ids": product_ids,
                "reference_codes": reference_codes,
                "sku_ids": sku_ids,
            },
        )

    def iter_search_goods_202409(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        product_ids: list[str] | None = None,
        reference_codes: list[str] | None = None,
        sku_ids: list[str] | None = None,
    ) -> AsyncPager[Goods, SearchGoodsResponse]:
        """Iterate over every item of `search_goods_202409` across pages, fetching each page lazily.

        Iterating yields `goods` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_goods_202409`."""
        return self._client.paginate(
            ops.SEARCH_GOODS_202409,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "product_ids": product_ids,
                "reference_codes": reference_codes,
                "sku_ids": sku_ids,
            },
        )

    async def search_goods(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        product_ids: list[str] | None = None,
        reference_codes: list[str] | None = None,
        sku_ids: list[str] | None = None,
    ) -> SearchGoodsResponse:
        """Search FBT goods (202607).

        Lists the seller's FBT goods matching the filters; this version adds hazmat, SIOC, bulky-item and
        safety attributes and the approval statuses.

        `POST /fbt/202607/goods/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            goods_ids: FBT goods ids, at most 100.
            product_ids: TikTok Shop product ids, at most 100.
            reference_codes: The seller's goods reference codes, at most 100.
            sku_ids: TikTok Shop SKU ids, at most 100."""
        return await self._client.request(
            ops.SEARCH_GOODS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "product_ids": product_ids,
                "reference_codes": reference_codes,
                "sku_ids": sku_ids,
            },
        )

    def iter_search_goods(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        product_ids: list[str] | None = None,
        reference_codes: list[str] | None = None,
        sku_ids: list[str] | None = None,
    ) -> AsyncPager[Goods, SearchGoodsResponse]:
        """Iterate over every item of `search_goods` across pages, fetching each page lazily.

        Iterating yields `goods` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_goods`."""
        return self._client.paginate(
            ops.SEARCH_GOODS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "product_ids": product_ids,
                "reference_codes": reference_codes,
                "sku_ids": sku_ids,
            },
        )

    async def search_goods_hazmat_and_expiration_info(
        self,
        *,
        tts_sku_ids: list[str],
    ) -> SearchGoodsHazmatAndExpirationInfoResponse:
        """Get hazmat and expiry requirements of SKUs.

        Tells, per TikTok Shop SKU, whether FBT classifies it as hazardous and whether lot or expiry
        management is required, with the default expiry thresholds. Use it before `create_goods`.

        `POST /fbt/202603/goods/hazmat_and_expiration_info/search` (shop cipher required)

        Args:
            tts_sku_ids: TikTok Shop SKU ids."""
        return await self._client.request(
            ops.SEARCH_GOODS_HAZMAT_AND_EXPIRATION_INFO,
            {
                "tts_sku_ids": tts_sku_ids,
            },
        )

    async def search_inventory(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        sku_ids: list[str] | None = None,
        fbt_warehouse_ids: list[str] | None = None,
    ) -> SearchInventoryResponse:
        """Search FBT inventory.

        Lists inventory per goods and FBT warehouse (available, reserved, unfulfillable and in-transit
        units), with the breakdown per matched SKU. Filter by goods, SKUs or warehouses.

        `POST /fbt/202408/inventory/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            goods_ids: FBT goods ids, at most 100.
            sku_ids: TikTok Shop SKU ids, at most 100.
            fbt_warehouse_ids: FBT warehouse ids, at most 100; all subscribed warehouses when omitted."""
        return await self._client.request(
            ops.SEARCH_INVENTORY,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "sku_ids": sku_ids,
                "fbt_warehouse_ids": fbt_warehouse_ids,
            },
        )

    def iter_search_inventory(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        sku_ids: list[str] | None = None,
        fbt_warehouse_ids: list[str] | None = None,
    ) -> AsyncPager[Inventory, SearchInventoryResponse]:
        """Iterate over every item of `search_inventory` across pages, fetching each page lazily.

        Iterating yields `inventory` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_inventory`."""
        return self._client.paginate(
            ops.SEARCH_INVENTORY,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "sku_ids": sku_ids,
                "fbt_warehouse_ids": fbt_warehouse_ids,
            },
        )

    async def search_inventory_records(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        fbt_warehouse_ids: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
    ) -> SearchInventoryRecordsResponse:
        """Search FBT inventory changes.

        Lists the inventory movements of goods in FBT warehouses (quantity before and after, and the order
        that caused each change), filtered by goods, warehouse and time.

        `POST /fbt/202410/inventory_records/search` (shop cipher optional)

        Args:
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            goods_ids: FBT goods ids, at most 100.
            fbt_warehouse_ids: FBT warehouse ids, at most 100; all the seller's warehouses when omitted.
            create_time_ge: Changes at or after this time, Unix seconds.
            create_time_le: Changes at or before this time, Unix seconds."""
        return await self._client.request(
            ops.SEARCH_INVENTORY_RECORDS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "fbt_warehouse_ids": fbt_warehouse_ids,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
            },
        )

    def iter_search_inventory_records(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
        goods_ids: list[str] | None = None,
        fbt_warehouse_ids: list[str] | None = None,
        create_time_ge: int | None = None,
        create_time_le: int | None = None,
    ) -> AsyncPager[InventoryRecord, SearchInventoryRecordsResponse]:
        """Iterate over every item of `search_inventory_records` across pages, fetching each page lazily.

        Iterating yields `inventory_records` items; `.pages()` yields whole pages. Takes the same arguments
        as `search_inventory_records`."""
        return self._client.paginate(
            ops.SEARCH_INVENTORY_RECORDS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "goods_ids": goods_ids,
                "fbt_warehouse_ids": fbt_warehouse_ids,
                "create_time_ge": create_time_ge,
                "create_time_le": create_time_le,
            },
        )

    async def ship_inbound_order(
        self,
        *,
        inbound_order_id: str,
        shipment_option: ShipInboundOrderShipmentOption,
        cartons: list[CartonInput] | None = None,
    ) -> ShipInboundOrderResponse:
        """Ship an inbound order.

        Finalizes the cartons and shipping method of an inbound order that is ready to ship and moves it to
        receiving. Repeating it for an already shipped order succeeds without change.

        `POST /fbt/202603/ship_inbound_order` (shop cipher required)

        Args:
            inbound_order_id: Inbound order id.
            shipment_option: How the order is shipped.
            cartons: Cartons; needed when the plan was made with `goods_items` rather than cartons."""
        return await self._client.request(
            ops.SHIP_INBOUND_ORDER,
            {
                "inbound_order_id": inbound_order_id,
                "shipment_option": shipment_option,
                "cartons": cartons,
            },
        )

    async def update_goods_info(
        self,
        *,
        update_goods_dto: UpdateGoodsDto | None = None,
    ) -> UpdateGoodsInfoResponse:
        """Update FBT goods.

        Updates an FBT goods record: name, image, measurements, hazmat details, shelf-life settings and
        return handling.

        `POST /fbt/202607/goods/update_goods_info` (shop cipher required)

        Args:
            update_goods_dto: The new state of the goods."""
        return await self._client.request(
            ops.UPDATE_GOODS_INFO,
            {
                "update_goods_dto": update_goods_dto,
            },
        )

    async def update_goods_sku_relations(
        self,
        *,
        operation_type: Literal["BIND", "UN_BIND"],
        operate_goods_sku_relation_list: list[OperateGoodsSkuRelation],
    ) -> UpdateGoodsSkuRelationsResponse:
        """Bind or unbind SKUs to FBT goods.

        Binds TikTok Shop SKUs to FBT goods, or unbinds them, so that orders of those SKUs are fulfilled
        from the goods' FBT stock. Results are reported per goods and SKU.

        `POST /fbt/202603/goods/update_goods_sku_relation` (shop cipher required)

        Args:
            operation_type: `BIND` the listed SKUs to the goods, or `UN_BIND` them.
            operate_goods_sku_relation_list: Goods and their SKUs."""
        return await self._client.request(
            ops.UPDATE_GOODS_SKU_RELATIONS,
            {
                "operation_type": operation_type,
                "operate_goods_sku_relation_list": operate_goods_sku_relation_list,
            },
        )

    async def update_inbound_order_tracking(
        self,
        *,
        order_id: str,
        parcel_tracking_info: list[ParcelTrackingInfo] | None = None,
    ) -> UpdateInboundOrderTrackingResponse:
        """Update inbound order tracking.

        Replaces the carton-level parcel tracking of a shipped inbound order (before it is delivered or
        received). Send the complete list: omitted cartons lose their tracking.

        `POST /fbt/202602/inbound_orders/tracking_update` (shop cipher required)

        Args:
            order_id: Numeric inbound order id, without the `IBR` prefix.
            parcel_tracking_info: Tracking per carton."""
        return await self._client.request(
            ops.UPDATE_INBOUND_ORDER_TRACKING,
            {
                "order_id": order_id,
                "parcel_tracking_info": parcel_tracking_info,
            },
        )


class AsyncFBTResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncFBTResource) -> None:
        self.cancel_inbound_order = async_raw(resource.cancel_inbound_order)
        self.cancel_mcf_order = async_raw(resource.cancel_mcf_order)
        self.confirm_inbound_method = async_raw(resource.confirm_inbound_method)
        self.create_goods = async_raw(resource.create_goods)
        self.create_mcf_order = async_raw(resource.create_mcf_order)
        self.create_or_update_inbound_plan = async_raw(resource.create_or_update_inbound_plan)
        self.get_inbound_method_detail = async_raw(resource.get_inbound_method_detail)
        self.get_inbound_orders_202409 = async_raw(resource.get_inbound_orders_202409)
        self.get_inbound_orders = async_raw(resource.get_inbound_orders)
        self.get_mcf_goods_inventory = async_raw(resource.get_mcf_goods_inventory)
        self.get_mcf_order = async_raw(resource.get_mcf_order)
        self.get_merchant_mcf_status = async_raw(resource.get_merchant_mcf_status)
        self.get_merchant_onboarded_regions = async_raw(resource.get_merchant_onboarded_regions)
        self.get_warehouses = async_raw(resource.get_warehouses)
        self.list_available_inbound_methods = async_raw(resource.list_available_inbound_methods)
        self.print_inbound_order_labels = async_raw(resource.print_inbound_order_labels)
        self.search_goods_202409 = async_raw(resource.search_goods_202409)
        self.search_goods = async_raw(resource.search_goods)
        self.search_goods_hazmat_and_expiration_info = async_raw(resource.search_goods_hazmat_and_expiration_info)
        self.search_inventory = async_raw(resource.search_inventory)
        self.search_inventory_records = async_raw(resource.search_inventory_records)
        self.ship_inbound_order = async_raw(resource.ship_inbound_order)
        self.update_goods_info = async_raw(resource.update_goods_info)
        self.update_goods_sku_relations = async_raw(resource.update_goods_sku_relations)
        self.update_inbound_order_tracking = async_raw(resource.update_inbound_order_tracking)


class AsyncFBTAt202408:
    """`fbt` operations pinned to version 202408."""

    def __init__(self, resource: AsyncFBTResource) -> None:
        self.get_warehouses = resource.get_warehouses
        self.search_inventory = resource.search_inventory
        self.iter_search_inventory = resource.iter_search_inventory


class AsyncFBTAt202409:
    """`fbt` operations pinned to version 202409."""

    def __init__(self, resource: AsyncFBTResource) -> None:
        self.get_inbound_orders = resource.get_inbound_orders_202409
        self.get_merchant_onboarded_regions = resource.get_merchant_onboarded_regions
        self.search_goods = resource.search_goods_202409
        self.iter_search_goods = resource.iter_search_goods_202409


class AsyncFBTAt202410:
    """`fbt` operations pinned to version 202410."""

    def __init__(self, resource: AsyncFBTResource) -> None:
        self.search_inventory_records = resource.search_inventory_records
        self.iter_search_inventory_records = resource.iter_search_inventory_records


class AsyncFBTAt202601:
    """`fbt` operations pinned to version 202601."""

    def __init__(self, resource: AsyncFBTResource) -> None:
        self.cancel_mcf_order = resource.cancel_mcf_order
        self.get_mcf_goods_inventory = resource.get_mcf_goods_inventory
        self.get_mcf_order = resource.get_mcf_order
        self.get_merchant_mcf_status = resource.get_merchant_mcf_status


class AsyncFBTAt202602:
    """`fbt` operations pinned to version 202602."""

    def __init__(self, resource: AsyncFBTResource) -> None:
        self.cancel_inbound_order = resource.cancel_inbound_order
        self.create_or_update_inbound_plan = resource.create_or_update_inbound_plan
        self.get_inbound_method_detail = resource.get_inbound_method_detail
        self.get_inbound_orders = resource.get_inbound_orders
        self.list_available_inbound_methods = resource.list_available_inbound_methods
        self.print_inbound_order_labels = resource.print_inbound_order_labels
        self.update_inbound_order_tracking = resource.update_inbound_order_tracking


class AsyncFBTAt202603:
    """`fbt` operations pinned to version 202603."""

    def __init__(self, resource: AsyncFBTResource) -> None:
        self.confirm_inbound_method = resource.confirm_inbound_method
        self.search_goods_hazmat_and_expiration_info = resource.search_goods_hazmat_and_expiration_info
        self.ship_inbound_order = resource.ship_inbound_order
        self.update_goods_sku_relations = resource.update_goods_sku_relations


class AsyncFBTAt202607:
    """`fbt` operations pinned to version 202607."""

    def __init__(self, resource: AsyncFBTResource) -> None:
        self.create_goods = resource.create_goods
        self.create_mcf_order = resource.create_mcf_order
        self.search_goods = resource.search_goods
        self.iter_search_goods = resource.iter_search_goods
        self.update_goods_info = resource.update_goods_info
