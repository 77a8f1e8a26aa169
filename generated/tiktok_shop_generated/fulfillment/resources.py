"""The `fulfillment` resources: sync and async twins, raw-response and version views.

Packages of the seller's orders, from splitting and combining to shipping, labels and delivery
proof."""

from __future__ import annotations

from typing import Literal

from tiktok_shop._contract import (
    AsyncPager,
    AsyncRequester,
    FileInput,
    SyncPager,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    FulfillmentBatchShipPackagesResponse,
    FulfillmentGetOrderSplitAttributesResponse,
    FulfillmentGetOrderTrackingResponse,
    FulfillmentGetPackageDetailResponse,
    FulfillmentGetPackageShippingDocumentsResponse,
    FulfillmentOrderLineRef,
    FulfillmentOrdersOrderIdHandoverTimeSlotsGetResponse,
    FulfillmentPackageSummary,
    FulfillmentPickupSlotInput,
    FulfillmentRequestDimension,
    FulfillmentRequestWeight,
    FulfillmentSearchOrderShippingServicesResponse,
    FulfillmentSearchPackagesResponse,
    FulfillmentSelfShipment,
    FulfillmentShipPackageItem,
    FulfillmentShipPackageResponse,
    FulfillmentShippingInfo,
    FulfillmentSplitOrderRequestSplittableGroupsItem,
    FulfillmentSplitOrderRequestSplittableGroupsV2Item,
    FulfillmentSplitOrderResponse,
    FulfillmentUpdateOrderPackages202610Response,
    FulfillmentUpdateOrderPackagesResponse,
    FulfillmentUpdateOrderShippingInfoResponse,
    FulfillmentUploadFileResponse,
    FulfillmentUploadImageResponse,
)


class FulfillmentResource:
    """Packages of the seller's orders, from splitting and combining to shipping, labels and delivery
    proof."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def batch_ship_packages(
        self,
        *,
        packages: list[FulfillmentShipPackageItem],
    ) -> FulfillmentBatchShipPackagesResponse:
        """Batch ship packages.

        Ships several packages in one request, each with TikTok Shipping (pickup or drop-off) or seller
        shipping (provider and tracking number). A successful call can still carry per-package failures in
        `errors`.

        `POST /fulfillment/202309/packages/ship` (shop-scoped)

        Args:
            packages: Packages to ship, each with its handover or seller-shipping details."""
        return self._client.request(
            ops.BATCH_SHIP_PACKAGES,
            {
                "packages": packages,
            },
        )

    def get_eligible_shipping_services(
        self,
        *,
        order_id: str,
        order_line_item_ids: list[str] | None = None,
        order_line_list: list[FulfillmentOrderLineRef] | None = None,
        weight: FulfillmentRequestWeight | None = None,
        dimension: FulfillmentRequestDimension | None = None,
    ) -> FulfillmentSearchOrderShippingServicesResponse:
        """Get eligible shipping services.

        Lists the shipping services (US and JP) available for an order's items, with estimated fees and
        delivery times computed from the optional package weight and dimensions. Use it to pick a service
        before creating a package.

        `POST /fulfillment/202309/orders/{order_id}/shipping_services/query` (shop-scoped)

        Args:
            order_id: order_id
            order_line_item_ids: Order line items to ship.
            order_line_list: Order lines with bundle sub-items, an alternative to `order_line_item_ids`.
            weight: Package weight to send.
            dimension: Package dimensions to send; length, width and height go together."""
        return self._client.request(
            ops.GET_ELIGIBLE_SHIPPING_SERVICES,
            {
                "order_id": order_id,
                "order_line_item_ids": order_line_item_ids,
                "order_line_list": order_line_list,
                "weight": weight,
                "dimension": dimension,
            },
        )

    def get_order_handover_time_slots(
        self,
        *,
        order_id: str,
        order_line_item_ids: list[str] | None = None,
    ) -> FulfillmentOrdersOrderIdHandoverTimeSlotsGetResponse:
        """Get order handover time slots.

        Returns the pickup, drop-off and van collection options of an order's package, looked up by order id
        and optionally order line items. Use it before scheduling a handover.

        `GET /fulfillment/202309/orders/{order_id}/handover_time_slots` (shop-scoped)

        Args:
            order_id: order_id
            order_line_item_ids: order_line_item_ids"""
        return self._client.request(
            ops.GET_ORDER_HANDOVER_TIME_SLOTS,
            {
                "order_id": order_id,
                "order_line_item_ids": order_line_item_ids,
            },
        )

    def get_order_split_attributes(
        self,
        *,
        order_ids: list[str],
    ) -> FulfillmentGetOrderSplitAttributesResponse:
        """Get order split attributes.

        Tells, for each given order, whether it can (or must) be split into several packages and why not.
        Check it before confirming an order split.

        `GET /fulfillment/202309/orders/split_attributes` (shop-scoped)

        Args:
            order_ids: order_ids"""
        return self._client.request(
            ops.GET_ORDER_SPLIT_ATTRIBUTES,
            {
                "order_ids": order_ids,
            },
        )

    def get_order_tracking(
        self,
        *,
        order_id: str,
    ) -> FulfillmentGetOrderTrackingResponse:
        """Get order tracking.

        Returns the logistics tracking events of an order. Use it to show the buyer-facing delivery
        progress.

        `GET /fulfillment/202309/orders/{order_id}/tracking` (shop-scoped)

        Args:
            order_id: order_id"""
        return self._client.request(
            ops.GET_ORDER_TRACKING,
            {
                "order_id": order_id,
            },
        )

    def get_package_detail(
        self,
        *,
        package_id: str,
    ) -> FulfillmentGetPackageDetailResponse:
        """Get package detail.

        Returns one package with its orders, status, shipping provider, tracking number, handover slot and
        addresses. Use it to follow a package through fulfillment.

        `GET /fulfillment/202309/packages/{package_id}` (shop-scoped)

        Args:
            package_id: package_id"""
        return self._client.request(
            ops.GET_PACKAGE_DETAIL,
            {
                "package_id": package_id,
            },
        )

    def get_package_shipping_documents(
        self,
        *,
        package_id: str,
        document_type: Literal[
            "HAZMAT_LABEL",
            "INVOICE_LABEL",
            "PACKING_SLIP",
            "SHIPPING_LABEL",
            "SHIPPING_LABEL_AND_PACKING_SLIP",
            "SHIPPING_LABEL_PICTURE",
        ],
        document_size: Literal["A5", "A6"] | None = None,
        document_format: Literal["PDF", "ZPL"] | None = None,
        shipping_period: str | None = None,
    ) -> FulfillmentGetPackageShippingDocumentsResponse:
        """Get package shipping documents.

        Returns a download URL for the shipping label, packing slip or other document of a package shipped
        with TikTok Shipping. Ship the package first, then fetch the document before pickup.

        `GET /fulfillment/202309/packages/{package_id}/shipping_documents` (shop-scoped)

        Args:
            package_id: package_id
            document_type: document_type
            document_size: document_size
            document_format: document_format
            shipping_period: shipping_period"""
        return self._client.request(
            ops.GET_PACKAGE_SHIPPING_DOCUMENTS,
            {
                "package_id": package_id,
                "document_type": document_type,
                "document_size": document_size,
                "document_format": document_format,
                "shipping_period": shipping_period,
            },
        )

    def mark_package_as_shipped_202309(
        self,
        *,
        order_id: str,
        order_line_item_ids: list[str] | None = None,
        shipping_provider_id: str | None = None,
        tracking_number: str | None = None,
    ) -> FulfillmentUpdateOrderPackagesResponse:
        """Mark package as shipped.

        For sellers shipping with their own carrier: records that the given order line items left in a
        package with this shipping provider and tracking number. Available in US, UK, ES, IE, IT, DE, FR and
        JP.

        `POST /fulfillment/202309/orders/{order_id}/packages` (shop-scoped)

        Args:
            order_id: order_id
            order_line_item_ids: Order line items in the shipped package.
            shipping_provider_id: Shipping provider id, from the logistics shipping providers list.
            tracking_number: Tracking number."""
        return self._client.request(
            ops.MARK_PACKAGE_AS_SHIPPED_202309,
            {
                "order_id": order_id,
                "order_line_item_ids": order_line_item_ids,
                "shipping_provider_id": shipping_provider_id,
                "tracking_number": tracking_number,
            },
        )

    def mark_package_as_shipped(
        self,
        *,
        order_id: str,
        order_line_list: list[FulfillmentOrderLineRef] | None = None,
        shipping_info_list: list[FulfillmentShippingInfo] | None = None,
    ) -> FulfillmentUpdateOrderPackages202610Response:
        """Mark package as shipped (202610).

        For sellers shipping with their own carrier: records the shipped order lines (bundle sub-items
        supported) with one or, for allowlisted sellers, several tracking numbers. Available in US, UK, ES,
        IE, IT, DE, FR and JP.

        `POST /fulfillment/202610/orders/{order_id}/packages` (shop-scoped)

        Args:
            order_id: order_id
            order_line_list: Order lines (and bundle sub-items) in the shipped package.
            shipping_info_list: Carrier shipments; several tracking numbers only for allowlisted sellers
        splitting a single non-bundle item, otherwise exactly one."""
        return self._client.request(
            ops.MARK_PACKAGE_AS_SHIPPED,
            {
                "order_id": order_id,
                "order_line_list": order_line_list,
                "shipping_info_list": shipping_info_list,
            },
        )

    def search_packages(
        self,
        *,
        page_size: int,
        sort_field: Literal["create_time", "order_pay_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        package_status: Literal["CANCELLED", "COMPLETED", "FULFILLING", "PROCESSING", "TO_FULFILL"] | None = None,
    ) -> FulfillmentSearchPackagesResponse:
        """Search packages.

        Lists the shop's packages page by page, optionally filtered by creation time, update time or package
        status. Use it to find packages to ship or to sync package changes.

        `POST /fulfillment/202309/packages/search` (shop-scoped)

        Args:
            page_size: page_size
            sort_field: sort_field
            sort_order: sort_order
            page_token: page_token
            create_time_ge: Created at or after this time, Unix timestamp in seconds.
            create_time_lt: Created before this time, Unix timestamp in seconds.
            update_time_ge: Updated at or after this time, Unix timestamp in seconds.
            update_time_lt: Updated before this time, Unix timestamp in seconds.
            package_status: Package status: `TO_FULFILL` (waiting to ship), `PROCESSING` (arranged, waiting
        for the carrier), `FULFILLING` (collected, in transit), `COMPLETED` (delivered), `CANCELLED`
        (canceled, usually lost or damaged)."""
        return self._client.request(
            ops.SEARCH_PACKAGES,
            {
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_token": page_token,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "package_status": package_status,
            },
        )

    def iter_search_packages(
        self,
        *,
        page_size: int,
        sort_field: Literal["create_time", "order_pay_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        package_status: Literal["CANCELLED", "COMPLETED", "FULFILLING", "PROCESSING", "TO_FULFILL"] | None = None,
    ) -> SyncPager[FulfillmentPackageSummary, FulfillmentSearchPackagesResponse]:
        """Iterate over every item of `search_packages` across pages, fetching each page lazily.

        Iterating yields `packages` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_packages`."""
        return self._client.paginate(
            ops.SEARCH_PACKAGES,
            {
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_token": page_token,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "package_status": package_status,
            },
        )

    def ship_package(
        self,
        *,
        package_id: str,
        handover_method: Literal["DROP_OFF", "PICKUP"] | None = None,
        pickup_slot: FulfillmentPickupSlotInput | None = None,
        self_shipment: FulfillmentSelfShipment | None = None,
    ) -> FulfillmentShipPackageResponse:
        """Ship package.

        Ships one package: with TikTok Shipping, choose pickup or drop-off (and a pickup slot); with seller
        shipping, give the shipping provider and tracking number. For in-store pickup it confirms the order
        is ready for the buyer.

        `POST /fulfillment/202309/packages/{package_id}/ship` (shop-scoped)

        Args:
            package_id: package_id
            handover_method: TikTok Shipping handover: `PICKUP` (carrier collects) or `DROP_OFF` (seller
        drops off).
            pickup_slot: A carrier pickup time window.
            self_shipment: Seller-shipping details of a package (delivery option `SEND_BY_SELLER`)."""
        return self._client.request(
            ops.SHIP_PACKAGE,
            {
                "package_id": package_id,
                "handover_method": handover_method,
                "pickup_slot": pickup_slot,
                "self_shipment": self_shipment,
            },
        )

    def split_order(
        self,
        *,
        order_id: str,
        splittable_groups: list[FulfillmentSplitOrderRequestSplittableGroupsItem],
        splittable_groups_v2: list[FulfillmentSplitOrderRequestSplittableGroupsV2Item] | None = None,
    ) -> FulfillmentSplitOrderResponse:
        """Confirm order split.

        Splits an order into several packages, one per group of order line items. Depending on the region,
        splits are per SKU (BR, SEA, MX local) or per unit (EU, JP, MX global, UK, US).

        `POST /fulfillment/202309/orders/{order_id}/split` (shop-scoped)

        Args:
            order_id: order_id
            splittable_groups: Groups of order line items; each group becomes one package.
            splittable_groups_v2: Like `splittable_groups`, but with order lines and bundle sub-items."""
        return self._client.request(
            ops.SPLIT_ORDER,
            {
                "order_id": order_id,
                "splittable_groups": splittable_groups,
                "splittable_groups_v2": splittable_groups_v2,
            },
        )

    def update_order_shipping_info(
        self,
        *,
        order_id: str,
        tracking_number: str,
        shipping_provider_id: str,
    ) -> FulfillmentUpdateOrderShippingInfoResponse:
        """Update order shipping info.

        Corrects the tracking number and shipping provider of a seller-shipped order, within 72 hours of
        shipping. For split orders use the package-level update instead.

        `POST /fulfillment/202309/orders/{order_id}/shipping_info/update` (shop-scoped)

        Args:
            order_id: order_id
            tracking_number: Carrier tracking number, 4 to 50 letters, digits, `-`, `_`, `.` or `/`.
            shipping_provider_id: Shipping provider id, from the logistics shipping providers list."""
        return self._client.request(
            ops.UPDATE_ORDER_SHIPPING_INFO,
            {
                "order_id": order_id,
                "tracking_number": tracking_number,
                "shipping_provider_id": shipping_provider_id,
            },
        )

    def upload_file(
        self,
        *,
        data: FileInput,
        name: str,
    ) -> FulfillmentUploadFileResponse:
        """Upload proof-of-delivery file.

        Uploads a proof-of-delivery PDF (at most 10 MB) and returns its URL, to pass to the package delivery
        status update. Only for sellers using their own fleet (SOF).

        `POST /fulfillment/202309/files/upload` (shop-scoped)

        Args:
            data: PDF file, at most 10 MB.
            name: File name, extension included."""
        return self._client.request(
            ops.UPLOAD_FILE,
            {
                "data": data,
                "name": name,
            },
        )

    def upload_image(
        self,
        *,
        data: FileInput,
    ) -> FulfillmentUploadImageResponse:
        """Upload proof-of-delivery image.

        Uploads a proof-of-delivery image (JPG, JPEG or PNG, at most 5 MB) and returns its URL, to pass to
        the package delivery status update.

        `POST /fulfillment/202309/images/upload` (shop-scoped)

        Args:
            data: Image file, JPG, JPEG or PNG, 100x100 to 20000x20000 pixels, at most 5 MB."""
        return self._client.request(
            ops.UPLOAD_IMAGE,
            {
                "data": data,
            },
        )


class FulfillmentResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: FulfillmentResource) -> None:
        self.batch_ship_packages = raw(resource.batch_ship_packages)
        self.get_eligible_shipping_services = raw(resource.get_eligible_shipping_services)
        self.get_order_handover_time_slots = raw(resource.get_order_handover_time_slots)
        self.get_order_split_attributes = raw(resource.get_order_split_attributes)
        self.get_order_tracking = raw(resource.get_order_tracking)
        self.get_package_detail = raw(resource.get_package_detail)
        self.get_package_shipping_documents = raw(resource.get_package_shipping_documents)
        self.mark_package_as_shipped_202309 = raw(resource.mark_package_as_shipped_202309)
        self.mark_package_as_shipped = raw(resource.mark_package_as_shipped)
        self.search_packages = raw(resource.search_packages)
        self.ship_package = raw(resource.ship_package)
        self.split_order = raw(resource.split_order)
        self.update_order_shipping_info = raw(resource.update_order_shipping_info)
        self.upload_file = raw(resource.upload_file)
        self.upload_image = raw(resource.upload_image)


class FulfillmentAt202309:
    """`fulfillment` operations pinned to version 202309."""

    def __init__(self, resource: FulfillmentResource) -> None:
        self.batch_ship_packages = resource.batch_ship_packages
        self.get_eligible_shipping_services = resource.get_eligible_shipping_services
        self.get_order_handover_time_slots = resource.get_order_handover_time_slots
        self.get_order_split_attributes = resource.get_order_split_attributes
        self.get_order_tracking = resource.get_order_tracking
        self.get_package_detail = resource.get_package_detail
        self.get_package_shipping_documents = resource.get_package_shipping_documents
        self.mark_package_as_shipped = resource.mark_package_as_shipped_202309
        self.search_packages = resource.search_packages
        self.iter_search_packages = resource.iter_search_packages
        self.ship_package = resource.ship_package
        self.split_order = resource.split_order
        self.update_order_shipping_info = resource.update_order_shipping_info
        self.upload_file = resource.upload_file
        self.upload_image = resource.upload_image


class FulfillmentAt202610:
    """`fulfillment` operations pinned to version 202610."""

    def __init__(self, resource: FulfillmentResource) -> None:
        self.mark_package_as_shipped = resource.mark_package_as_shipped


class AsyncFulfillmentResource:
    """Packages of the seller's orders, from splitting and combining to shipping, labels and delivery
    proof. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def batch_ship_packages(
        self,
        *,
        packages: list[FulfillmentShipPackageItem],
    ) -> FulfillmentBatchShipPackagesResponse:
        """Batch ship packages.

        Ships several packages in one request, each with TikTok Shipping (pickup or drop-off) or seller
        shipping (provider and tracking number). A successful call can still carry per-package failures in
        `errors`.

        `POST /fulfillment/202309/packages/ship` (shop-scoped)

        Args:
            packages: Packages to ship, each with its handover or seller-shipping details."""
        return await self._client.request(
            ops.BATCH_SHIP_PACKAGES,
            {
                "packages": packages,
            },
        )

    async def get_eligible_shipping_services(
        self,
        *,
        order_id: str,
        order_line_item_ids: list[str] | None = None,
        order_line_list: list[FulfillmentOrderLineRef] | None = None,
        weight: FulfillmentRequestWeight | None = None,
        dimension: FulfillmentRequestDimension | None = None,
    ) -> FulfillmentSearchOrderShippingServicesResponse:
        """Get eligible shipping services.

        Lists the shipping services (US and JP) available for an order's items, with estimated fees and
        delivery times computed from the optional package weight and dimensions. Use it to pick a service
        before creating a package.

        `POST /fulfillment/202309/orders/{order_id}/shipping_services/query` (shop-scoped)

        Args:
            order_id: order_id
            order_line_item_ids: Order line items to ship.
            order_line_list: Order lines with bundle sub-items, an alternative to `order_line_item_ids`.
            weight: Package weight to send.
            dimension: Package dimensions to send; length, width and height go together."""
        return await self._client.request(
            ops.GET_ELIGIBLE_SHIPPING_SERVICES,
            {
                "order_id": order_id,
                "order_line_item_ids": order_line_item_ids,
                "order_line_list": order_line_list,
                "weight": weight,
                "dimension": dimension,
            },
        )

    async def get_order_handover_time_slots(
        self,
        *,
        order_id: str,
        order_line_item_ids: list[str] | None = None,
    ) -> FulfillmentOrdersOrderIdHandoverTimeSlotsGetResponse:
        """Get order handover time slots.

        Returns the pickup, drop-off and van collection options of an order's package, looked up by order id
        and optionally order line items. Use it before scheduling a handover.

        `GET /fulfillment/202309/orders/{order_id}/handover_time_slots` (shop-scoped)

        Args:
            order_id: order_id
            order_line_item_ids: order_line_item_ids"""
        return await self._client.request(
            ops.GET_ORDER_HANDOVER_TIME_SLOTS,
            {
                "order_id": order_id,
                "order_line_item_ids": order_line_item_ids,
            },
        )

    async def get_order_split_attributes(
        self,
        *,
        order_ids: list[str],
    ) -> FulfillmentGetOrderSplitAttributesResponse:
        """Get order split attributes.

        Tells, for each given order, whether it can (or must) be split into several packages and why not.
        Check it before confirming an order split.

        `GET /fulfillment/202309/orders/split_attributes` (shop-scoped)

        Args:
            order_ids: order_ids"""
        return await self._client.request(
            ops.GET_ORDER_SPLIT_ATTRIBUTES,
            {
                "order_ids": order_ids,
            },
        )

    async def get_order_tracking(
        self,
        *,
        order_id: str,
    ) -> FulfillmentGetOrderTrackingResponse:
        """Get order tracking.

        Returns the logistics tracking events of an order. Use it to show the buyer-facing delivery
        progress.

        `GET /fulfillment/202309/orders/{order_id}/tracking` (shop-scoped)

        Args:
            order_id: order_id"""
        return await self._client.request(
            ops.GET_ORDER_TRACKING,
            {
                "order_id": order_id,
            },
        )

    async def get_package_detail(
        self,
        *,
        package_id: str,
    ) -> FulfillmentGetPackageDetailResponse:
        """Get package detail.

        Returns one package with its orders, status, shipping provider, tracking number, handover slot and
        addresses. Use it to follow a package through fulfillment.

        `GET /fulfillment/202309/packages/{package_id}` (shop-scoped)

        Args:
            package_id: package_id"""
        return await self._client.request(
            ops.GET_PACKAGE_DETAIL,
            {
                "package_id": package_id,
            },
        )

    async def get_package_shipping_documents(
        self,
        *,
        package_id: str,
        document_type: Literal[
            "HAZMAT_LABEL",
            "INVOICE_LABEL",
            "PACKING_SLIP",
            "SHIPPING_LABEL",
            "SHIPPING_LABEL_AND_PACKING_SLIP",
            "SHIPPING_LABEL_PICTURE",
        ],
        document_size: Literal["A5", "A6"] | None = None,
        document_format: Literal["PDF", "ZPL"] | None = None,
        shipping_period: str | None = None,
    ) -> FulfillmentGetPackageShippingDocumentsResponse:
        """Get package shipping documents.

        Returns a download URL for the shipping label, packing slip or other document of a package shipped
        with TikTok Shipping. Ship the package first, then fetch the document before pickup.

        `GET /fulfillment/202309/packages/{package_id}/shipping_documents` (shop-scoped)

        Args:
            package_id: package_id
            document_type: document_type
            document_size: document_size
            document_format: document_format
            shipping_period: shipping_period"""
        return await self._client.request(
            ops.GET_PACKAGE_SHIPPING_DOCUMENTS,
            {
                "package_id": package_id,
                "document_type": document_type,
                "document_size": document_size,
                "document_format": document_format,
                "shipping_period": shipping_period,
            },
        )

    async def mark_package_as_shipped_202309(
        self,
        *,
        order_id: str,
        order_line_item_ids: list[str] | None = None,
        shipping_provider_id: str | None = None,
        tracking_number: str | None = None,
    ) -> FulfillmentUpdateOrderPackagesResponse:
        """Mark package as shipped.

        For sellers shipping with their own carrier: records that the given order line items left in a
        package with this shipping provider and tracking number. Available in US, UK, ES, IE, IT, DE, FR and
        JP.

        `POST /fulfillment/202309/orders/{order_id}/packages` (shop-scoped)

        Args:
            order_id: order_id
            order_line_item_ids: Order line items in the shipped package.
            shipping_provider_id: Shipping provider id, from the logistics shipping providers list.
            tracking_number: Tracking number."""
        return await self._client.request(
            ops.MARK_PACKAGE_AS_SHIPPED_202309,
            {
                "order_id": order_id,
                "order_line_item_ids": order_line_item_ids,
                "shipping_provider_id": shipping_provider_id,
                "tracking_number": tracking_number,
            },
        )

    async def mark_package_as_shipped(
        self,
        *,
        order_id: str,
        order_line_list: list[FulfillmentOrderLineRef] | None = None,
        shipping_info_list: list[FulfillmentShippingInfo] | None = None,
    ) -> FulfillmentUpdateOrderPackages202610Response:
        """Mark package as shipped (202610).

        For sellers shipping with their own carrier: records the shipped order lines (bundle sub-items
        supported) with one or, for allowlisted sellers, several tracking numbers. Available in US, UK, ES,
        IE, IT, DE, FR and JP.

        `POST /fulfillment/202610/orders/{order_id}/packages` (shop-scoped)

        Args:
            order_id: order_id
            order_line_list: Order lines (and bundle sub-items) in the shipped package.
            shipping_info_list: Carrier shipments; several tracking numbers only for allowlisted sellers
        splitting a single non-bundle item, otherwise exactly one."""
        return await self._client.request(
            ops.MARK_PACKAGE_AS_SHIPPED,
            {
                "order_id": order_id,
                "order_line_list": order_line_list,
                "shipping_info_list": shipping_info_list,
            },
        )

    async def search_packages(
        self,
        *,
        page_size: int,
        sort_field: Literal["create_time", "order_pay_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        package_status: Literal["CANCELLED", "COMPLETED", "FULFILLING", "PROCESSING", "TO_FULFILL"] | None = None,
    ) -> FulfillmentSearchPackagesResponse:
        """Search packages.

        Lists the shop's packages page by page, optionally filtered by creation time, update time or package
        status. Use it to find packages to ship or to sync package changes.

        `POST /fulfillment/202309/packages/search` (shop-scoped)

        Args:
            page_size: page_size
            sort_field: sort_field
            sort_order: sort_order
            page_token: page_token
            create_time_ge: Created at or after this time, Unix timestamp in seconds.
            create_time_lt: Created before this time, Unix timestamp in seconds.
            update_time_ge: Updated at or after this time, Unix timestamp in seconds.
            update_time_lt: Updated before this time, Unix timestamp in seconds.
            package_status: Package status: `TO_FULFILL` (waiting to ship), `PROCESSING` (arranged, waiting
        for the carrier), `FULFILLING` (collected, in transit), `COMPLETED` (delivered), `CANCELLED`
        (canceled, usually lost or damaged)."""
        return await self._client.request(
            ops.SEARCH_PACKAGES,
            {
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_token": page_token,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "package_status": package_status,
            },
        )

    def iter_search_packages(
        self,
        *,
        page_size: int,
        sort_field: Literal["create_time", "order_pay_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_token: str | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        package_status: Literal["CANCELLED", "COMPLETED", "FULFILLING", "PROCESSING", "TO_FULFILL"] | None = None,
    ) -> AsyncPager[FulfillmentPackageSummary, FulfillmentSearchPackagesResponse]:
        """Iterate over every item of `search_packages` across pages, fetching each page lazily.

        Iterating yields `packages` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_packages`."""
        return self._client.paginate(
            ops.SEARCH_PACKAGES,
            {
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_token": page_token,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "package_status": package_status,
            },
        )

    async def ship_package(
        self,
        *,
        package_id: str,
        handover_method: Literal["DROP_OFF", "PICKUP"] | None = None,
        pickup_slot: FulfillmentPickupSlotInput | None = None,
        self_shipment: FulfillmentSelfShipment | None = None,
    ) -> FulfillmentShipPackageResponse:
        """Ship package.

        Ships one package: with TikTok Shipping, choose pickup or drop-off (and a pickup slot); with seller
        shipping, give the shipping provider and tracking number. For in-store pickup it confirms the order
        is ready for the buyer.

        `POST /fulfillment/202309/packages/{package_id}/ship` (shop-scoped)

        Args:
            package_id: package_id
            handover_method: TikTok Shipping handover: `PICKUP` (carrier collects) or `DROP_OFF` (seller
        drops off).
            pickup_slot: A carrier pickup time window.
            self_shipment: Seller-shipping details of a package (delivery option `SEND_BY_SELLER`)."""
        return await self._client.request(
            ops.SHIP_PACKAGE,
            {
                "package_id": package_id,
                "handover_method": handover_method,
                "pickup_slot": pickup_slot,
                "self_shipment": self_shipment,
            },
        )

    async def split_order(
        self,
        *,
        order_id: str,
        splittable_groups: list[FulfillmentSplitOrderRequestSplittableGroupsItem],
        splittable_groups_v2: list[FulfillmentSplitOrderRequestSplittableGroupsV2Item] | None = None,
    ) -> FulfillmentSplitOrderResponse:
        """Confirm order split.

        Splits an order into several packages, one per group of order line items. Depending on the region,
        splits are per SKU (BR, SEA, MX local) or per unit (EU, JP, MX global, UK, US).

        `POST /fulfillment/202309/orders/{order_id}/split` (shop-scoped)

        Args:
            order_id: order_id
            splittable_groups: Groups of order line items; each group becomes one package.
            splittable_groups_v2: Like `splittable_groups`, but with order lines and bundle sub-items."""
        return await self._client.request(
            ops.SPLIT_ORDER,
            {
                "order_id": order_id,
                "splittable_groups": splittable_groups,
                "splittable_groups_v2": splittable_groups_v2,
            },
        )

    async def update_order_shipping_info(
        self,
        *,
        order_id: str,
        tracking_number: str,
        shipping_provider_id: str,
    ) -> FulfillmentUpdateOrderShippingInfoResponse:
        """Update order shipping info.

        Corrects the tracking number and shipping provider of a seller-shipped order, within 72 hours of
        shipping. For split orders use the package-level update instead.

        `POST /fulfillment/202309/orders/{order_id}/shipping_info/update` (shop-scoped)

        Args:
            order_id: order_id
            tracking_number: Carrier tracking number, 4 to 50 letters, digits, `-`, `_`, `.` or `/`.
            shipping_provider_id: Shipping provider id, from the logistics shipping providers list."""
        return await self._client.request(
            ops.UPDATE_ORDER_SHIPPING_INFO,
            {
                "order_id": order_id,
                "tracking_number": tracking_number,
                "shipping_provider_id": shipping_provider_id,
            },
        )

    async def upload_file(
        self,
        *,
        data: FileInput,
        name: str,
    ) -> FulfillmentUploadFileResponse:
        """Upload proof-of-delivery file.

        Uploads a proof-of-delivery PDF (at most 10 MB) and returns its URL, to pass to the package delivery
        status update. Only for sellers using their own fleet (SOF).

        `POST /fulfillment/202309/files/upload` (shop-scoped)

        Args:
            data: PDF file, at most 10 MB.
            name: File name, extension included."""
        return await self._client.request(
            ops.UPLOAD_FILE,
            {
                "data": data,
                "name": name,
            },
        )

    async def upload_image(
        self,
        *,
        data: FileInput,
    ) -> FulfillmentUploadImageResponse:
        """Upload proof-of-delivery image.

        Uploads a proof-of-delivery image (JPG, JPEG or PNG, at most 5 MB) and returns its URL, to pass to
        the package delivery status update.

        `POST /fulfillment/202309/images/upload` (shop-scoped)

        Args:
            data: Image file, JPG, JPEG or PNG, 100x100 to 20000x20000 pixels, at most 5 MB."""
        return await self._client.request(
            ops.UPLOAD_IMAGE,
            {
                "data": data,
            },
        )


class AsyncFulfillmentResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncFulfillmentResource) -> None:
        self.batch_ship_packages = async_raw(resource.batch_ship_packages)
        self.get_eligible_shipping_services = async_raw(resource.get_eligible_shipping_services)
        self.get_order_handover_time_slots = async_raw(resource.get_order_handover_time_slots)
        self.get_order_split_attributes = async_raw(resource.get_order_split_attributes)
        self.get_order_tracking = async_raw(resource.get_order_tracking)
        self.get_package_detail = async_raw(resource.get_package_detail)
        self.get_package_shipping_documents = async_raw(resource.get_package_shipping_documents)
        self.mark_package_as_shipped_202309 = async_raw(resource.mark_package_as_shipped_202309)
        self.mark_package_as_shipped = async_raw(resource.mark_package_as_shipped)
        self.search_packages = async_raw(resource.search_packages)
        self.ship_package = async_raw(resource.ship_package)
        self.split_order = async_raw(resource.split_order)
        self.update_order_shipping_info = async_raw(resource.update_order_shipping_info)
        self.upload_file = async_raw(resource.upload_file)
        self.upload_image = async_raw(resource.upload_image)


class AsyncFulfillmentAt202309:
    """`fulfillment` operations pinned to version 202309."""

    def __init__(self, resource: AsyncFulfillmentResource) -> None:
        self.batch_ship_packages = resource.batch_ship_packages
        self.get_eligible_shipping_services = resource.get_eligible_shipping_services
        self.get_order_handover_time_slots = resource.get_order_handover_time_slots
        self.get_order_split_attributes = resource.get_order_split_attributes
        self.get_order_tracking = resource.get_order_tracking
        self.get_package_detail = resource.get_package_detail
        self.get_package_shipping_documents = resource.get_package_shipping_documents
        self.mark_package_as_shipped = resource.mark_package_as_shipped_202309
        self.search_packages = resource.search_packages
        self.iter_search_packages = resource.iter_search_packages
        self.ship_package = resource.ship_package
        self.split_order = resource.split_order
        self.update_order_shipping_info = resource.update_order_shipping_info
        self.upload_file = resource.upload_file
        self.upload_image = resource.upload_image


class AsyncFulfillmentAt202610:
    """`fulfillment` operations pinned to version 202610."""

    def __init__(self, resource: AsyncFulfillmentResource) -> None:
        self.mark_package_as_shipped = resource.mark_package_as_shipped
