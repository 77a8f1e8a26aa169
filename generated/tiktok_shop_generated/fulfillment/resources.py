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
    BatchShipPackagesResponse,
    CheckTrackingNumberCoverageResponse,
    CombinablePackage,
    CombinePackageResponse,
    CreateFirstMileBundleResponse,
    CreateFirstMileBundleV2Response,
    CreatePackage202309Response,
    CreatePackageResponse,
    GetEligibleShippingServicesResponse,
    GetOrderCustomsRequirementsResponse,
    GetOrderHandoverTimeSlotsResponse,
    GetOrderSplitAttributesResponse,
    GetOrderTrackingResponse,
    GetPackageDetailResponse,
    GetPackageHandoverTimeSlotsResponse,
    GetPackageShippingDocumentsResponse,
    GetPodCustomizationDetailsResponse,
    Invoice,
    MarkPackageAsShippedResponse,
    Order,
    OrderGroup,
    OrderInfo,
    OrderLineRef,
    PackageSummary,
    PickupSlotInput,
    QueryOrderLine,
    RequestDimension,
    RequestWeight,
    SchedulePackageHandoverResponse,
    SearchCombinablePackagesResponse,
    SearchPackagesResponse,
    SelfShipment,
    ShipPackageItem,
    ShipPackageResponse,
    ShippingInfo,
    SplitOrderResponse,
    SplittableGroup,
    SplittableGroupsV2,
    SubmitCustomsClearanceInformationResponse,
    SubmitRedemptionInformationResponse,
    Track,
    UncombineOrdersResponse,
    UncombinePackageResponse,
    UpdateOrderShippingInfoResponse,
    UpdatePackageDeliveryStatusPackage,
    UpdatePackageDeliveryStatusResponse,
    UpdatePackageShippingInfoResponse,
    UpdateTrackingStatusResponse,
    UploadFileResponse,
    UploadImageResponse,
    UploadInvoiceResponse,
)


class FulfillmentResource:
    """Packages of the seller's orders, from splitting and combining to shipping, labels and delivery
    proof."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def batch_ship_packages(
        self,
        *,
        packages: list[ShipPackageItem],
    ) -> BatchShipPackagesResponse:
        """Batch ship packages.

        Ships several packages in one request, each with TikTok Shipping (pickup or drop-off) or seller
        shipping (provider and tracking number). A successful call can still carry per-package failures in
        `errors`.

        `POST /fulfillment/202309/packages/ship` (shop cipher required)

        Args:
            packages: Packages to ship, each with its handover or seller-shipping details."""
        return self._client.request(
            ops.BATCH_SHIP_PACKAGES,
            {
                "packages": packages,
            },
        )

    def check_tracking_number_coverage(
        self,
        *,
        tracking_number: str,
    ) -> CheckTrackingNumberCoverageResponse:
        """Check TikTok Shipping coverage of a tracking number.

        Tells whether a tracking number is covered by TikTok Shipping (TTS) or Collection by TikTok (CBT).
        US only.

        `GET /fulfillment/202508/tts_tracking_validation` (shop cipher required)

        Args:
            tracking_number: The carrier's tracking number."""
        return self._client.request(
            ops.CHECK_TRACKING_NUMBER_COVERAGE,
            {
                "tracking_number": tracking_number,
            },
        )

    def combine_package(
        self,
        *,
        combinable_packages: list[CombinablePackage],
    ) -> CombinePackageResponse:
        """Combine packages.

        Combines the orders of the given packages into new fulfillment packages, so they ship together.
        Failures are listed per package in `errors`.

        `POST /fulfillment/202309/packages/combine` (shop cipher required)

        Args:
            combinable_packages: Packages to combine, at least one."""
        return self._client.request(
            ops.COMBINE_PACKAGE,
            {
                "combinable_packages": combinable_packages,
            },
        )

    def create_first_mile_bundle(
        self,
        *,
        order_ids: list[str],
        handover_method: Literal["DROP_OFF", "PICKUP"],
        shipping_provider_id: str | None = None,
        tracking_number: str | None = None,
        phone_tail_number: str | None = None,
    ) -> CreateFirstMileBundleResponse:
        """Create first-mile bundle.

        Registers a first-mile bundle, several labelled orders sent together to a TikTok Shop warehouse, and
        returns its id and waybill link. Not for US or UK orders.

        `POST /fulfillment/202407/bundles`

        Args:
            order_ids: Orders in the bundle, at most 9,999: each ready to ship with its label printed, all
                of one seller and one service group (PH, SG, MY, VN, TH, JP or DE, FR, IT, ES).
            handover_method: `PICKUP` (TikTok Shop logistics collects the bundle) or `DROP_OFF` (you send it
                with a registered provider).
            shipping_provider_id: Shipping provider id; required for `DROP_OFF`.
            tracking_number: Tracking number of the bundle; required for `DROP_OFF`.
            phone_tail_number: Last 4 digits of the sender's phone number; required for `DROP_OFF`."""
        return self._client.request(
            ops.CREATE_FIRST_MILE_BUNDLE,
            {
                "order_ids": order_ids,
                "handover_method": handover_method,
                "shipping_provider_id": shipping_provider_id,
                "tracking_number": tracking_number,
                "phone_tail_number": phone_tail_number,
            },
        )

    def create_first_mile_bundle_v2(
        self,
        *,
        order_ids: list[str],
        handover_method: Literal["DROP_OFF", "PICKUP"],
        shipping_provider_id: str | None = None,
        tracking_number: str | None = None,
        phone_tail_number: str | None = None,
    ) -> CreateFirstMileBundleV2Response:
        """Create first-mile bundle (V2).

        Shop-scoped successor of the first-mile bundle creation: registers several labelled orders sent
        together to a TikTok Shop warehouse and returns the bundle id and waybill link.

        `POST /fulfillment/202510/first_mile_bundle` (shop cipher required)

        Args:
            order_ids: Orders in the bundle, at most 9,999: each ready to ship with its label printed, all
                of one seller and one service group (PH, SG, MY, VN, TH, JP or DE, FR, IT, ES).
            handover_method: `PICKUP` (TikTok Shop logistics collects the bundle) or `DROP_OFF` (you send it
                with a registered provider).
            shipping_provider_id: Shipping provider id; required for `DROP_OFF`.
            tracking_number: Tracking number of the bundle; required for `DROP_OFF`.
            phone_tail_number: Last 4 digits of the sender's phone number; required for `DROP_OFF`."""
        return self._client.request(
            ops.CREATE_FIRST_MILE_BUNDLE_V2,
            {
                "order_ids": order_ids,
                "handover_method": handover_method,
                "shipping_provider_id": shipping_provider_id,
                "tracking_number": tracking_number,
                "phone_tail_number": phone_tail_number,
            },
        )

    def create_package_202309(
        self,
        *,
        order_id: str | None = None,
        order_line_item_ids: list[str] | None = None,
        shipping_service_id: str | None = None,
        weight: RequestWeight | None = None,
        dimension: RequestDimension | None = None,
    ) -> CreatePackage202309Response:
        """Create package.

        Creates a package for order line items and buys its TikTok Shipping label with the chosen (or
        default) shipping service, from the package weight and dimensions. US only; fee and delivery time
        are estimates.

        `POST /fulfillment/202309/packages` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            order_line_item_ids: Order line items to put in the package.
            shipping_service_id: Shipping service to use; the default eligible service when omitted.
            weight: Package weight to send.
            dimension: Package dimensions to send; length, width and height go together."""
        return self._client.request(
            ops.CREATE_PACKAGE_202309,
            {
                "order_id": order_id,
                "order_line_item_ids": order_line_item_ids,
                "shipping_service_id": shipping_service_id,
                "weight": weight,
                "dimension": dimension,
            },
        )

    def create_package(
        self,
        *,
        ship_type: str,
        order_id: str | None = None,
        order_line_item: list[OrderLineRef] | None = None,
        order_list_ids: list[str] | None = None,
        shipping_service_id: str | None = None,
        weight: RequestWeight | None = None,
        dimension: RequestDimension | None = None,
    ) -> CreatePackageResponse:
        """Create package (202512).

        Creates a package and buys its label, shipping a whole order, part of an order, or several orders
        together (`ship_type`). Available in the US, UK, EMEA and JP; fee and delivery time are estimates.

        `POST /fulfillment/202512/packages` (shop cipher required)

        Args:
            ship_type: `1`: a whole order in one package; `2`: part of an order (needs `order_line_item`);
                `3`: several whole orders in one package (needs `order_list_ids`).
            order_id: TikTok Shop order id; required for `ship_type` 1 and 2.
            order_line_item: Order lines to put in the package; required for `ship_type` 2.
            order_list_ids: Orders to ship together, at least two; required for `ship_type` 3.
            shipping_service_id: Shipping service to use; the default eligible service when omitted.
            weight: Package weight to send.
            dimension: Package dimensions to send; length, width and height go together."""
        return self._client.request(
            ops.CREATE_PACKAGE,
            {
                "ship_type": ship_type,
                "order_id": order_id,
                "order_line_item": order_line_item,
                "order_list_ids": order_list_ids,
                "shipping_service_id": shipping_service_id,
                "weight": weight,
                "dimension": dimension,
            },
        )

    def get_eligible_shipping_services(
        self,
        *,
        order_id: str,
        order_line_item_ids: list[str] | None = None,
        order_line_list: list[OrderLineRef] | None = None,
        weight: RequestWeight | None = None,
        dimension: RequestDimension | None = None,
    ) -> GetEligibleShippingServicesResponse:
        """Get eligible shipping services.

        Lists the shipping services (US and JP) available for an order's items, with estimated fees and
        delivery times computed from the optional package weight and dimensions. Use it to pick a service
        before creating a package.

        `POST /fulfillment/202309/orders/{order_id}/shipping_services/query` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
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

    def get_order_customs_requirements(
        self,
        *,
        order_ids: list[str],
    ) -> GetOrderCustomsRequirementsResponse:
        """Get order customs requirements.

        Tells, per order, whether extra customs clearance information is needed, whether it was submitted,
        and what was submitted. Orders needing it cannot ship until it is submitted.

        `POST /fulfillment/202607/orders/customs_info/query`

        Args:
            order_ids: TikTok Shop order ids, 1 to 50."""
        return self._client.request(
            ops.GET_ORDER_CUSTOMS_REQUIREMENTS,
            {
                "order_ids": order_ids,
            },
        )

    def get_order_handover_time_slots(
        self,
        *,
        order_id: str,
        order_line_item_ids: list[str] | None = None,
    ) -> GetOrderHandoverTimeSlotsResponse:
        """Get order handover time slots.

        Returns the pickup, drop-off and van collection options of an order's package, looked up by order id
        and optionally order line items. Use it before scheduling a handover.

        `GET /fulfillment/202309/orders/{order_id}/handover_time_slots` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            order_line_item_ids: Order line items identifying the package within the order."""
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
    ) -> GetOrderSplitAttributesResponse:
        """Get order split attributes.

        Tells, for each given order, whether it can (or must) be split into several packages and why not.
        Check it before confirming an order split.

        `GET /fulfillment/202309/orders/split_attributes` (shop cipher required)

        Args:
            order_ids: TikTok Shop order ids to check."""
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
    ) -> GetOrderTrackingResponse:
        """Get order tracking.

        Returns the logistics tracking events of an order. Use it to show the buyer-facing delivery
        progress.

        `GET /fulfillment/202309/orders/{order_id}/tracking` (shop cipher required)

        Args:
            order_id: TikTok Shop order id."""
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
    ) -> GetPackageDetailResponse:
        """Get package detail.

        Returns one package with its orders, status, shipping provider, tracking number, handover slot and
        addresses. Use it to follow a package through fulfillment.

        `GET /fulfillment/202309/packages/{package_id}` (shop cipher optional)

        Args:
            package_id: TikTok Shop package id."""
        return self._client.request(
            ops.GET_PACKAGE_DETAIL,
            {
                "package_id": package_id,
            },
        )

    def get_package_handover_time_slots(
        self,
        *,
        package_id: str,
    ) -> GetPackageHandoverTimeSlotsResponse:
        """Get package handover time slots.

        Returns a package's pickup windows and whether it can be picked up, dropped off or (UK) collected by
        van, with a link to drop-off points. Use it before shipping the package.

        `GET /fulfillment/202309/packages/{package_id}/handover_time_slots` (shop cipher required)

        Args:
            package_id: TikTok Shop package id."""
        return self._client.request(
            ops.GET_PACKAGE_HANDOVER_TIME_SLOTS,
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
    ) -> GetPackageShippingDocumentsResponse:
        """Get package shipping documents.

        Returns a download URL for the shipping label, packing slip or other document of a package shipped
        with TikTok Shipping. Ship the package first, then fetch the document before pickup.

        `GET /fulfillment/202309/packages/{package_id}/shipping_documents` (shop cipher required)

        Args:
            package_id: TikTok Shop package id.
            document_type: Document to fetch: `SHIPPING_LABEL`, `PACKING_SLIP`,
                `SHIPPING_LABEL_AND_PACKING_SLIP` (PDF by default), `SHIPPING_LABEL_PICTURE` (PNG),
                `HAZMAT_LABEL` (A4, only for packages with hazmat items) or `INVOICE_LABEL` (Brazil only,
                A6).
            document_size: Paper size of PDF documents, `A6` (default) or `A5`; ignored for pictures and
                hazmat labels.
            document_format: File format, `PDF` (default) or `ZPL` (Brazil and Mexico only); not for
                `SHIPPING_LABEL_PICTURE`.
            shipping_period: Shipping period the document refers to, where the market uses one."""
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

    def get_pod_customization_details(
        self,
        *,
        main_order_id: str,
        query_order_lines: list[QueryOrderLine],
    ) -> GetPodCustomizationDetailsResponse:
        """Get print-on-demand customization details.

        Returns the buyer's print-on-demand (POD) customization of given order lines, as a JSON string per
        line. Use it to produce customized items.

        `POST /fulfillment/202606/pod_details/get` (shop cipher required)

        Args:
            main_order_id: TikTok Shop order id.
            query_order_lines: Order lines to look up, at least one."""
        return self._client.request(
            ops.GET_POD_CUSTOMIZATION_DETAILS,
            {
                "main_order_id": main_order_id,
                "query_order_lines": query_order_lines,
            },
        )

    def mark_package_as_shipped_202309(
        self,
        *,
        order_id: str,
        order_line_item_ids: list[str] | None = None,
        shipping_provider_id: str | None = None,
        tracking_number: str | None = None,
    ) -> MarkPackageAsShippedResponse:
        """Mark package as shipped.

        For sellers shipping with their own carrier: records that the given order line items left in a
        package with this shipping provider and tracking number. Available in US, UK, ES, IE, IT, DE, FR and
        JP.

        `POST /fulfillment/202309/orders/{order_id}/packages` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
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
        order_line_list: list[OrderLineRef] | None = None,
        shipping_info_list: list[ShippingInfo] | None = None,
    ) -> MarkPackageAsShippedResponse:
        """Mark package as shipped (202610).

        For sellers shipping with their own carrier: records the shipped order lines (bundle sub-items
        supported) with one or, for allowlisted sellers, several tracking numbers. Available in US, UK, ES,
        IE, IT, DE, FR and JP.

        `POST /fulfillment/202610/orders/{order_id}/packages` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
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

    def schedule_package_handover(
        self,
        *,
        order_id: str | None = None,
        order_line_item_ids: list[str] | None = None,
        handover_method: Literal["DROP_OFF", "PICKUP"] | None = None,
        pickup_slot: PickupSlotInput | None = None,
    ) -> SchedulePackageHandoverResponse:
        """Schedule package handover.

        Schedules the pickup or drop-off of a platform-shipped package, identified by order id and order
        line items, and returns the resulting package.

        `POST /fulfillment/202309/packages/schedule` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            order_line_item_ids: Order line items of the package.
            handover_method: `PICKUP` (carrier collects from the seller) or `DROP_OFF` (seller drops off at
                a designated point).
            pickup_slot: A carrier pickup time window."""
        return self._client.request(
            ops.SCHEDULE_PACKAGE_HANDOVER,
            {
                "order_id": order_id,
                "order_line_item_ids": order_line_item_ids,
                "handover_method": handover_method,
                "pickup_slot": pickup_slot,
            },
        )

    def search_combinable_packages(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
    ) -> SearchCombinablePackagesResponse:
        """Search combinable packages.

        Lists, page by page, the groups of orders that can be shipped together in one package. Use the
        result to combine packages.

        `GET /fulfillment/202309/combinable_packages/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 50.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page."""
        return self._client.request(
            ops.SEARCH_COMBINABLE_PACKAGES,
            {
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def iter_search_combinable_packages(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
    ) -> SyncPager[OrderGroup, SearchCombinablePackagesResponse]:
        """Iterate over every item of `search_combinable_packages` across pages, fetching each page lazily.

        Iterating yields `combinable_packages` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_combinable_packages`."""
        return self._client.paginate(
            ops.SEARCH_COMBINABLE_PACKAGES,
            {
                "page_size": page_size,
                "page_token": page_token,
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
    ) -> SearchPackagesResponse:
        """Search packages.

        Lists the shop's packages page by page, optionally filtered by creation time, update time or package
        status. Use it to find packages to ship or to sync package changes.

        `POST /fulfillment/202309/packages/search` (shop cipher optional)

        Args:
            page_size: Number of items per page, 1 to 50.
            sort_field: Field to sort by; defaults to `create_time`.
            sort_order: Sort direction.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
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
    ) -> SyncPager[PackageSummary, SearchPackagesResponse]:
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
        pickup_slot: PickupSlotInput | None = None,
        self_shipment: SelfShipment | None = None,
    ) -> ShipPackageResponse:
        """Ship package.

        Ships one package: with TikTok Shipping, choose pickup or drop-off (and a pickup slot); with seller
        shipping, give the shipping provider and tracking number. For in-store pickup it confirms the order
        is ready for the buyer.

        `POST /fulfillment/202309/packages/{package_id}/ship` (shop cipher required)

        Args:
            package_id: TikTok Shop package id.
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
        splittable_groups: list[SplittableGroup],
        splittable_groups_v2: list[SplittableGroupsV2] | None = None,
    ) -> SplitOrderResponse:
        """Confirm order split.

        Splits an order into several packages, one per group of order line items. Depending on the region,
        splits are per SKU (BR, SEA, MX local) or per unit (EU, JP, MX global, UK, US).

        `POST /fulfillment/202309/orders/{order_id}/split` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
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

    def submit_customs_clearance_information(
        self,
        *,
        order_list: list[Order] | None = None,
    ) -> SubmitCustomsClearanceInformationResponse:
        """Submit customs clearance information.

        Submits extra customs clearance details (SKU quantities and price shares per order line) where the
        declared goods differ from the physical ones.

        `POST /fulfillment/202607/orders/customs_info/submit`

        Args:
            order_list: Orders, at most 100."""
        return self._client.request(
            ops.SUBMIT_CUSTOMS_CLEARANCE_INFORMATION,
            {
                "order_list": order_list,
            },
        )

    def submit_redemption_information(
        self,
        *,
        order_id: str,
        order_info_list: list[OrderInfo],
    ) -> SubmitRedemptionInformationResponse:
        """Submit redemption information.

        Sends the redemption codes, URLs or code-and-PIN pairs of an order's virtual items so TikTok Shop
        can fulfill them to the buyer. Results are given per order line.

        `POST /fulfillment/202601/redeem_info/callback` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            order_info_list: Order lines of the order, at least one, each at most once."""
        return self._client.request(
            ops.SUBMIT_REDEMPTION_INFORMATION,
            {
                "order_id": order_id,
                "order_info_list": order_info_list,
            },
        )

    def uncombine_orders(
        self,
        *,
        order_ids: list[str] | None = None,
    ) -> UncombineOrdersResponse:
        """Uncombine orders.

        Takes the given orders out of the combined packages they belong to, giving them packages of their
        own. The package-level variant takes the package id in the path.

        `POST /fulfillment/202309/packages/uncombine` (shop cipher required)

        Args:
            order_ids: TikTok Shop order ids to take out."""
        return self._client.request(
            ops.UNCOMBINE_ORDERS,
            {
                "order_ids": order_ids,
            },
        )

    def uncombine_package(
        self,
        *,
        package_id: str,
        order_ids: list[str] | None = None,
    ) -> UncombinePackageResponse:
        """Uncombine package.

        Removes one or more orders from an already combined package; the removed orders get new packages.

        `POST /fulfillment/202309/packages/{package_id}/uncombine` (shop cipher required)

        Args:
            package_id: Id of the combined package to take orders out of.
            order_ids: TikTok Shop order ids to take out; they must belong to the package."""
        return self._client.request(
            ops.UNCOMBINE_PACKAGE,
            {
                "package_id": package_id,
                "order_ids": order_ids,
            },
        )

    def update_order_shipping_info(
        self,
        *,
        order_id: str,
        tracking_number: str,
        shipping_provider_id: str,
    ) -> UpdateOrderShippingInfoResponse:
        """Update order shipping info.

        Corrects the tracking number and shipping provider of a seller-shipped order, within 72 hours of
        shipping. For split orders use the package-level update instead.

        `POST /fulfillment/202309/orders/{order_id}/shipping_info/update` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
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

    def update_package_delivery_status(
        self,
        *,
        packages: list[UpdatePackageDeliveryStatusPackage],
    ) -> UpdatePackageDeliveryStatusResponse:
        """Update package delivery status.

        Reports delivery outcomes of seller-own-fleet (SOF) packages, or confirms in-store pickup with the
        buyer's verification code. SEA only; failures are listed per package.

        `POST /fulfillment/202309/packages/deliver` (shop cipher required)

        Args:
            packages: Packages to update, at least one."""
        return self._client.request(
            ops.UPDATE_PACKAGE_DELIVERY_STATUS,
            {
                "packages": packages,
            },
        )

    def update_package_shipping_info_202309(
        self,
        *,
        package_id: str,
        tracking_number: str,
        shipping_provider_id: str,
    ) -> UpdatePackageShippingInfoResponse:
        """Update package shipping info.

        Corrects the tracking number and shipping provider of a seller-shipped package that has already
        shipped.

        `POST /fulfillment/202309/packages/{package_id}/shipping_info/update` (shop cipher required)

        Args:
            package_id: TikTok Shop package id.
            tracking_number: Carrier tracking number.
            shipping_provider_id: Shipping provider id, from the logistics shipping providers list."""
        return self._client.request(
            ops.UPDATE_PACKAGE_SHIPPING_INFO_202309,
            {
                "package_id": package_id,
                "tracking_number": tracking_number,
                "shipping_provider_id": shipping_provider_id,
            },
        )

    def update_package_shipping_info(
        self,
        *,
        package_id: str,
        shipping_info_list: list[ShippingInfo],
    ) -> UpdatePackageShippingInfoResponse:
        """Update package shipping info (202610).

        Corrects the carrier shipments of a seller-shipped package that has already shipped; several
        tracking numbers are accepted for allowlisted sellers.

        `POST /fulfillment/202610/packages/{package_id}/shipping_info/update` (shop cipher required)

        Args:
            package_id: TikTok Shop package id.
            shipping_info_list: Carrier shipments; several tracking numbers only for allowlisted sellers
                splitting a single non-bundle item, otherwise exactly one."""
        return self._client.request(
            ops.UPDATE_PACKAGE_SHIPPING_INFO,
            {
                "package_id": package_id,
                "shipping_info_list": shipping_info_list,
            },
        )

    def update_tracking_status(
        self,
        *,
        country: str,
        order_id: str,
        provider_id: str,
        tracks: list[Track],
        external_tracking_url: str | None = None,
    ) -> UpdateTrackingStatusResponse:
        """Update tracking status.

        For sellers delivering orders with their own fleet (no 3PL): posts tracking events of an order, up
        to 50 per call, each acknowledged separately. US and BR only.

        `POST /fulfillment/202609/order/sof/track/update` (shop cipher required)

        Args:
            country: Country of the order.
            order_id: TikTok Shop order id.
            provider_id: Logistics provider id, the one used when the order shipped.
            tracks: Tracking events, at most 50.
            external_tracking_url: Tracking page or website of the provider."""
        return self._client.request(
            ops.UPDATE_TRACKING_STATUS,
            {
                "country": country,
                "order_id": order_id,
                "provider_id": provider_id,
                "tracks": tracks,
                "external_tracking_url": external_tracking_url,
            },
        )

    def upload_file(
        self,
        *,
        data: FileInput,
        name: str,
    ) -> UploadFileResponse:
        """Upload proof-of-delivery file.

        Uploads a proof-of-delivery PDF (at most 10 MB) and returns its URL, to pass to the package delivery
        status update. Only for sellers using their own fleet (SOF).

        `POST /fulfillment/202309/files/upload` (shop cipher required)

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
    ) -> UploadImageResponse:
        """Upload proof-of-delivery image.

        Uploads a proof-of-delivery image (JPG, JPEG or PNG, at most 5 MB) and returns its URL, to pass to
        the package delivery status update.

        `POST /fulfillment/202309/images/upload` (shop cipher required)

        Args:
            data: Image file, JPG, JPEG or PNG, 100x100 to 20000x20000 pixels, at most 5 MB."""
        return self._client.request(
            ops.UPLOAD_IMAGE,
            {
                "data": data,
            },
        )

    def upload_invoice(
        self,
        *,
        invoices: list[Invoice] | None = None,
    ) -> UploadInvoiceResponse:
        """Upload invoices.

        Uploads the XML invoices (base64) of packages. Only for local sellers in Brazil; failures are listed
        per invoice.

        `POST /fulfillment/202502/invoice/upload` (shop cipher required)

        Args:
            invoices: Invoices, 1 to 500."""
        return self._client.request(
            ops.UPLOAD_INVOICE,
            {
                "invoices": invoices,
            },
        )


class FulfillmentResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: FulfillmentResource) -> None:
        self.batch_ship_packages = raw(resource.batch_ship_packages)
        self.check_tracking_number_coverage = raw(resource.check_tracking_number_coverage)
        self.combine_package = raw(resource.combine_package)
        self.create_first_mile_bundle = raw(resource.create_first_mile_bundle)
        self.create_first_mile_bundle_v2 = raw(resource.create_first_mile_bundle_v2)
        self.create_package_202309 = raw(resource.create_package_202309)
        self.create_package = raw(resource.create_package)
        self.get_eligible_shipping_services = raw(resource.get_eligible_shipping_services)
        self.get_order_customs_requirements = raw(resource.get_order_customs_requirements)
        self.get_order_handover_time_slots = raw(resource.get_order_handover_time_slots)
        self.get_order_split_attributes = raw(resource.get_order_split_attributes)
        self.get_order_tracking = raw(resource.get_order_tracking)
        self.get_package_detail = raw(resource.get_package_detail)
        self.get_package_handover_time_slots = raw(resource.get_package_handover_time_slots)
        self.get_package_shipping_documents = raw(resource.get_package_shipping_documents)
        self.get_pod_customization_details = raw(resource.get_pod_customization_details)
        self.mark_package_as_shipped_202309 = raw(resource.mark_package_as_shipped_202309)
        self.mark_package_as_shipped = raw(resource.mark_package_as_shipped)
        self.schedule_package_handover = raw(resource.schedule_package_handover)
        self.search_combinable_packages = raw(resource.search_combinable_packages)
        self.search_packages = raw(resource.search_packages)
        self.ship_package = raw(resource.ship_package)
        self.split_order = raw(resource.split_order)
        self.submit_customs_clearance_information = raw(resource.submit_customs_clearance_information)
        self.submit_redemption_information = raw(resource.submit_redemption_information)
        self.uncombine_orders = raw(resource.uncombine_orders)
        self.uncombine_package = raw(resource.uncombine_package)
        self.update_order_shipping_info = raw(resource.update_order_shipping_info)
        self.update_package_delivery_status = raw(resource.update_package_delivery_status)
        self.update_package_shipping_info_202309 = raw(resource.update_package_shipping_info_202309)
        self.update_package_shipping_info = raw(resource.update_package_shipping_info)
        self.update_tracking_status = raw(resource.update_tracking_status)
        self.upload_file = raw(resource.upload_file)
        self.upload_image = raw(resource.upload_image)
        self.upload_invoice = raw(resource.upload_invoice)


class FulfillmentAt202309:
    """`fulfillment` operations pinned to version 202309."""

    def __init__(self, resource: FulfillmentResource) -> None:
        self.batch_ship_packages = resource.batch_ship_packages
        self.combine_package = resource.combine_package
        self.create_package = resource.create_package_202309
        self.get_eligible_shipping_services = resource.get_eligible_shipping_services
        self.get_order_handover_time_slots = resource.get_order_handover_time_slots
        self.get_order_split_attributes = resource.get_order_split_attributes
        self.get_order_tracking = resource.get_order_tracking
        self.get_package_detail = resource.get_package_detail
        self.get_package_handover_time_slots = resource.get_package_handover_time_slots
        self.get_package_shipping_documents = resource.get_package_shipping_documents
        self.mark_package_as_shipped = resource.mark_package_as_shipped_202309
        self.schedule_package_handover = resource.schedule_package_handover
        self.search_combinable_packages = resource.search_combinable_packages
        self.iter_search_combinable_packages = resource.iter_search_combinable_packages
        self.search_packages = resource.search_packages
        self.iter_search_packages = resource.iter_search_packages
        self.ship_package = resource.ship_package
        self.split_order = resource.split_order
        self.uncombine_orders = resource.uncombine_orders
        self.uncombine_package = resource.uncombine_package
        self.update_order_shipping_info = resource.update_order_shipping_info
        self.update_package_delivery_status = resource.update_package_delivery_status
        self.update_package_shipping_info = resource.update_package_shipping_info_202309
        self.upload_file = resource.upload_file
        self.upload_image = resource.upload_image


class FulfillmentAt202407:
    """`fulfillment` operations pinned to version 202407."""

    def __init__(self, resource: FulfillmentResource) -> None:
        self.create_first_mile_bundle = resource.create_first_mile_bundle


class FulfillmentAt202502:
    """`fulfillment` operations pinned to version 202502."""

    def __init__(self, resource: FulfillmentResource) -> None:
        self.upload_invoice = resource.upload_invoice


class FulfillmentAt202508:
    """`fulfillment` operations pinned to version 202508."""

    def __init__(self, resource: FulfillmentResource) -> None:
        self.check_tracking_number_coverage = resource.check_tracking_number_coverage


class FulfillmentAt202510:
    """`fulfillment` operations pinned to version 202510."""

    def __init__(self, resource: FulfillmentResource) -> None:
        self.create_first_mile_bundle_v2 = resource.create_first_mile_bundle_v2


class FulfillmentAt202512:
    """`fulfillment` operations pinned to version 202512."""

    def __init__(self, resource: FulfillmentResource) -> None:
        self.create_package = resource.create_package


class FulfillmentAt202601:
    """`fulfillment` operations pinned to version 202601."""

    def __init__(self, resource: FulfillmentResource) -> None:
        self.submit_redemption_information = resource.submit_redemption_information


class FulfillmentAt202606:
    """`fulfillment` operations pinned to version 202606."""

    def __init__(self, resource: FulfillmentResource) -> None:
        self.get_pod_customization_details = resource.get_pod_customization_details


class FulfillmentAt202607:
    """`fulfillment` operations pinned to version 202607."""

    def __init__(self, resource: FulfillmentResource) -> None:
        self.get_order_customs_requirements = resource.get_order_customs_requirements
        self.submit_customs_clearance_information = resource.submit_customs_clearance_information


class FulfillmentAt202609:
    """`fulfillment` operations pinned to version 202609."""

    def __init__(self, resource: FulfillmentResource) -> None:
        self.update_tracking_status = resource.update_tracking_status


class FulfillmentAt202610:
    """`fulfillment` operations pinned to version 202610."""

    def __init__(self, resource: FulfillmentResource) -> None:
        self.mark_package_as_shipped = resource.mark_package_as_shipped
        self.update_package_shipping_info = resource.update_package_shipping_info


class AsyncFulfillmentResource:
    """Packages of the seller's orders, from splitting and combining to shipping, labels and delivery
    proof. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def batch_ship_packages(
        self,
        *,
        packages: list[ShipPackageItem],
    ) -> BatchShipPackagesResponse:
        """Batch ship packages.

        Ships several packages in one request, each with TikTok Shipping (pickup or drop-off) or seller
        shipping (provider and tracking number). A successful call can still carry per-package failures in
        `errors`.

        `POST /fulfillment/202309/packages/ship` (shop cipher required)

        Args:
            packages: Packages to ship, each with its handover or seller-shipping details."""
        return await self._client.request(
            ops.BATCH_SHIP_PACKAGES,
            {
                "packages": packages,
            },
        )

    async def check_tracking_number_coverage(
        self,
        *,
        tracking_number: str,
    ) -> CheckTrackingNumberCoverageResponse:
        """Check TikTok Shipping coverage of a tracking number.

        Tells whether a tracking number is covered by TikTok Shipping (TTS) or Collection by TikTok (CBT).
        US only.

        `GET /fulfillment/202508/tts_tracking_validation` (shop cipher required)

        Args:
            tracking_number: The carrier's tracking number."""
        return await self._client.request(
            ops.CHECK_TRACKING_NUMBER_COVERAGE,
            {
                "tracking_number": tracking_number,
            },
        )

    async def combine_package(
        self,
        *,
        combinable_packages: list[CombinablePackage],
    ) -> CombinePackageResponse:
        """Combine packages.

        Combines the orders of the given packages into new fulfillment packages, so they ship together.
        Failures are listed per package in `errors`.

        `POST /fulfillment/202309/packages/combine` (shop cipher required)

        Args:
            combinable_packages: Packages to combine, at least one."""
        return await self._client.request(
            ops.COMBINE_PACKAGE,
            {
                "combinable_packages": combinable_packages,
            },
        )

    async def create_first_mile_bundle(
        self,
        *,
        order_ids: list[str],
        handover_method: Literal["DROP_OFF", "PICKUP"],
        shipping_provider_id: str | None = None,
        tracking_number: str | None = None,
        phone_tail_number: str | None = None,
    ) -> CreateFirstMileBundleResponse:
        """Create first-mile bundle.

        Registers a first-mile bundle, several labelled orders sent together to a TikTok Shop warehouse, and
        returns its id and waybill link. Not for US or UK orders.

        `POST /fulfillment/202407/bundles`

        Args:
            order_ids: Orders in the bundle, at most 9,999: each ready to ship with its label printed, all
                of one seller and one service group (PH, SG, MY, VN, TH, JP or DE, FR, IT, ES).
            handover_method: `PICKUP` (TikTok Shop logistics collects the bundle) or `DROP_OFF` (you send it
                with a registered provider).
            shipping_provider_id: Shipping provider id; required for `DROP_OFF`.
            tracking_number: Tracking number of the bundle; required for `DROP_OFF`.
            phone_tail_number: Last 4 digits of the sender's phone number; required for `DROP_OFF`."""
        return await self._client.request(
            ops.CREATE_FIRST_MILE_BUNDLE,
            {
                "order_ids": order_ids,
                "handover_method": handover_method,
                "shipping_provider_id": shipping_provider_id,
                "tracking_number": tracking_number,
                "phone_tail_number": phone_tail_number,
            },
        )

    async def create_first_mile_bundle_v2(
        self,
        *,
        order_ids: list[str],
        handover_method: Literal["DROP_OFF", "PICKUP"],
        shipping_provider_id: str | None = None,
        tracking_number: str | None = None,
        phone_tail_number: str | None = None,
    ) -> CreateFirstMileBundleV2Response:
        """Create first-mile bundle (V2).

        Shop-scoped successor of the first-mile bundle creation: registers several labelled orders sent
        together to a TikTok Shop warehouse and returns the bundle id and waybill link.

        `POST /fulfillment/202510/first_mile_bundle` (shop cipher required)

        Args:
            order_ids: Orders in the bundle, at most 9,999: each ready to ship with its label printed, all
                of one seller and one service group (PH, SG, MY, VN, TH, JP or DE, FR, IT, ES).
            handover_method: `PICKUP` (TikTok Shop logistics collects the bundle) or `DROP_OFF` (you send it
                with a registered provider).
            shipping_provider_id: Shipping provider id; required for `DROP_OFF`.
            tracking_number: Tracking number of the bundle; required for `DROP_OFF`.
            phone_tail_number: Last 4 digits of the sender's phone number; required for `DROP_OFF`."""
        return await self._client.request(
            ops.CREATE_FIRST_MILE_BUNDLE_V2,
            {
                "order_ids": order_ids,
                "handover_method": handover_method,
                "shipping_provider_id": shipping_provider_id,
                "tracking_number": tracking_number,
                "phone_tail_number": phone_tail_number,
            },
        )

    async def create_package_202309(
        self,
        *,
        order_id: str | None = None,
        order_line_item_ids: list[str] | None = None,
        shipping_service_id: str | None = None,
        weight: RequestWeight | None = None,
        dimension: RequestDimension | None = None,
    ) -> CreatePackage202309Response:
        """Create package.

        Creates a package for order line items and buys its TikTok Shipping label with the chosen (or
        default) shipping service, from the package weight and dimensions. US only; fee and delivery time
        are estimates.

        `POST /fulfillment/202309/packages` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            order_line_item_ids: Order line items to put in the package.
            shipping_service_id: Shipping service to use; the default eligible service when omitted.
            weight: Package weight to send.
            dimension: Package dimensions to send; length, width and height go together."""
        return await self._client.request(
            ops.CREATE_PACKAGE_202309,
            {
                "order_id": order_id,
                "order_line_item_ids": order_line_item_ids,
                "shipping_service_id": shipping_service_id,
                "weight": weight,
                "dimension": dimension,
            },
        )

    async def create_package(
        self,
        *,
        ship_type: str,
        order_id: str | None = None,
        order_line_item: list[OrderLineRef] | None = None,
        order_list_ids: list[str] | None = None,
        shipping_service_id: str | None = None,
        weight: RequestWeight | None = None,
        dimension: RequestDimension | None = None,
    ) -> CreatePackageResponse:
        """Create package (202512).

        Creates a package and buys its label, shipping a whole order, part of an order, or several orders
        together (`ship_type`). Available in the US, UK, EMEA and JP; fee and delivery time are estimates.

        `POST /fulfillment/202512/packages` (shop cipher required)

        Args:
            ship_type: `1`: a whole order in one package; `2`: part of an order (needs `order_line_item`);
                `3`: several whole orders in one package (needs `order_list_ids`).
            order_id: TikTok Shop order id; required for `ship_type` 1 and 2.
            order_line_item: Order lines to put in the package; required for `ship_type` 2.
            order_list_ids: Orders to ship together, at least two; required for `ship_type` 3.
            shipping_service_id: Shipping service to use; the default eligible service when omitted.
            weight: Package weight to send.
            dimension: Package dimensions to send; length, width and height go together."""
        return await self._client.request(
            ops.CREATE_PACKAGE,
            {
                "ship_type": ship_type,
                "order_id": order_id,
                "order_line_item": order_line_item,
                "order_list_ids": order_list_ids,
                "shipping_service_id": shipping_service_id,
                "weight": weight,
                "dimension": dimension,
            },
        )

    async def get_eligible_shipping_services(
        self,
        *,
        order_id: str,
        order_line_item_ids: list[str] | None = None,
        order_line_list: list[OrderLineRef] | None = None,
        weight: RequestWeight | None = None,
        dimension: RequestDimension | None = None,
    ) -> GetEligibleShippingServicesResponse:
        """Get eligible shipping services.

        Lists the shipping services (US and JP) available for an order's items, with estimated fees and
        delivery times computed from the optional package weight and dimensions. Use it to pick a service
        before creating a package.

        `POST /fulfillment/202309/orders/{order_id}/shipping_services/query` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
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

    async def get_order_customs_requirements(
        self,
        *,
        order_ids: list[str],
    ) -> GetOrderCustomsRequirementsResponse:
        """Get order customs requirements.

        Tells, per order, whether extra customs clearance information is needed, whether it was submitted,
        and what was submitted. Orders needing it cannot ship until it is submitted.

        `POST /fulfillment/202607/orders/customs_info/query`

        Args:
            order_ids: TikTok Shop order ids, 1 to 50."""
        return await self._client.request(
            ops.GET_ORDER_CUSTOMS_REQUIREMENTS,
            {
                "order_ids": order_ids,
            },
        )

    async def get_order_handover_time_slots(
        self,
        *,
        order_id: str,
        order_line_item_ids: list[str] | None = None,
    ) -> GetOrderHandoverTimeSlotsResponse:
        """Get order handover time slots.

        Returns the pickup, drop-off and van collection options of an order's package, looked up by order id
        and optionally order line items. Use it before scheduling a handover.

        `GET /fulfillment/202309/orders/{order_id}/handover_time_slots` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            order_line_item_ids: Order line items identifying the package within the order."""
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
    ) -> GetOrderSplitAttributesResponse:
        """Get order split attributes.

        Tells, for each given order, whether it can (or must) be split into several packages and why not.
        Check it before confirming an order split.

        `GET /fulfillment/202309/orders/split_attributes` (shop cipher required)

        Args:
            order_ids: TikTok Shop order ids to check."""
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
    ) -> GetOrderTrackingResponse:
        """Get order tracking.

        Returns the logistics tracking events of an order. Use it to show the buyer-facing delivery
        progress.

        `GET /fulfillment/202309/orders/{order_id}/tracking` (shop cipher required)

        Args:
            order_id: TikTok Shop order id."""
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
    ) -> GetPackageDetailResponse:
        """Get package detail.

        Returns one package with its orders, status, shipping provider, tracking number, handover slot and
        addresses. Use it to follow a package through fulfillment.

        `GET /fulfillment/202309/packages/{package_id}` (shop cipher optional)

        Args:
            package_id: TikTok Shop package id."""
        return await self._client.request(
            ops.GET_PACKAGE_DETAIL,
            {
                "package_id": package_id,
            },
        )

    async def get_package_handover_time_slots(
        self,
        *,
        package_id: str,
    ) -> GetPackageHandoverTimeSlotsResponse:
        """Get package handover time slots.

        Returns a package's pickup windows and whether it can be picked up, dropped off or (UK) collected by
        van, with a link to drop-off points. Use it before shipping the package.

        `GET /fulfillment/202309/packages/{package_id}/handover_time_slots` (shop cipher required)

        Args:
            package_id: TikTok Shop package id."""
        return await self._client.request(
            ops.GET_PACKAGE_HANDOVER_TIME_SLOTS,
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
    ) -> GetPackageShippingDocumentsResponse:
        """Get package shipping documents.

        Returns a download URL for the shipping label, packing slip or other document of a package shipped
        with TikTok Shipping. Ship the package first, then fetch the document before pickup.

        `GET /fulfillment/202309/packages/{package_id}/shipping_documents` (shop cipher required)

        Args:
            package_id: TikTok Shop package id.
            document_type: Document to fetch: `SHIPPING_LABEL`, `PACKING_SLIP`,
                `SHIPPING_LABEL_AND_PACKING_SLIP` (PDF by default), `SHIPPING_LABEL_PICTURE` (PNG),
                `HAZMAT_LABEL` (A4, only for packages with hazmat items) or `INVOICE_LABEL` (Brazil only,
                A6).
            document_size: Paper size of PDF documents, `A6` (default) or `A5`; ignored for pictures and
                hazmat labels.
            document_format: File format, `PDF` (default) or `ZPL` (Brazil and Mexico only); not for
                `SHIPPING_LABEL_PICTURE`.
            shipping_period: Shipping period the document refers to, where the market uses one."""
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

    async def get_pod_customization_details(
        self,
        *,
        main_order_id: str,
        query_order_lines: list[QueryOrderLine],
    ) -> GetPodCustomizationDetailsResponse:
        """Get print-on-demand customization details.

        Returns the buyer's print-on-demand (POD) customization of given order lines, as a JSON string per
        line. Use it to produce customized items.

        `POST /fulfillment/202606/pod_details/get` (shop cipher required)

        Args:
            main_order_id: TikTok Shop order id.
            query_order_lines: Order lines to look up, at least one."""
        return await self._client.request(
            ops.GET_POD_CUSTOMIZATION_DETAILS,
            {
                "main_order_id": main_order_id,
                "query_order_lines": query_order_lines,
            },
        )

    async def mark_package_as_shipped_202309(
        self,
        *,
        order_id: str,
        order_line_item_ids: list[str] | None = None,
        shipping_provider_id: str | None = None,
        tracking_number: str | None = None,
    ) -> MarkPackageAsShippedResponse:
        """Mark package as shipped.

        For sellers shipping with their own carrier: records that the given order line items left in a
        package with this shipping provider and tracking number. Available in US, UK, ES, IE, IT, DE, FR and
        JP.

        `POST /fulfillment/202309/orders/{order_id}/packages` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
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
        order_line_list: list[OrderLineRef] | None = None,
        shipping_info_list: list[ShippingInfo] | None = None,
    ) -> MarkPackageAsShippedResponse:
        """Mark package as shipped (202610).

        For sellers shipping with their own carrier: records the shipped order lines (bundle sub-items
        supported) with one or, for allowlisted sellers, several tracking numbers. Available in US, UK, ES,
        IE, IT, DE, FR and JP.

        `POST /fulfillment/202610/orders/{order_id}/packages` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
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

    async def schedule_package_handover(
        self,
        *,
        order_id: str | None = None,
        order_line_item_ids: list[str] | None = None,
        handover_method: Literal["DROP_OFF", "PICKUP"] | None = None,
        pickup_slot: PickupSlotInput | None = None,
    ) -> SchedulePackageHandoverResponse:
        """Schedule package handover.

        Schedules the pickup or drop-off of a platform-shipped package, identified by order id and order
        line items, and returns the resulting package.

        `POST /fulfillment/202309/packages/schedule` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            order_line_item_ids: Order line items of the package.
            handover_method: `PICKUP` (carrier collects from the seller) or `DROP_OFF` (seller drops off at
                a designated point).
            pickup_slot: A carrier pickup time window."""
        return await self._client.request(
            ops.SCHEDULE_PACKAGE_HANDOVER,
            {
                "order_id": order_id,
                "order_line_item_ids": order_line_item_ids,
                "handover_method": handover_method,
                "pickup_slot": pickup_slot,
            },
        )

    async def search_combinable_packages(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
    ) -> SearchCombinablePackagesResponse:
        """Search combinable packages.

        Lists, page by page, the groups of orders that can be shipped together in one package. Use the
        result to combine packages.

        `GET /fulfillment/202309/combinable_packages/search` (shop cipher required)

        Args:
            page_size: Number of items per page, 1 to 50.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page."""
        return await self._client.request(
            ops.SEARCH_COMBINABLE_PACKAGES,
            {
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def iter_search_combinable_packages(
        self,
        *,
        page_size: int,
        page_token: str | None = None,
    ) -> AsyncPager[OrderGroup, SearchCombinablePackagesResponse]:
        """Iterate over every item of `search_combinable_packages` across pages, fetching each page lazily.

        Iterating yields `combinable_packages` items; `.pages()` yields whole pages. Takes the same
        arguments as `search_combinable_packages`."""
        return self._client.paginate(
            ops.SEARCH_COMBINABLE_PACKAGES,
            {
                "page_size": page_size,
                "page_token": page_token,
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
    ) -> SearchPackagesResponse:
        """Search packages.

        Lists the shop's packages page by page, optionally filtered by creation time, update time or package
        status. Use it to find packages to ship or to sync package changes.

        `POST /fulfillment/202309/packages/search` (shop cipher optional)

        Args:
            page_size: Number of items per page, 1 to 50.
            sort_field: Field to sort by; defaults to `create_time`.
            sort_order: Sort direction.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
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
    ) -> AsyncPager[PackageSummary, SearchPackagesResponse]:
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
        pickup_slot: PickupSlotInput | None = None,
        self_shipment: SelfShipment | None = None,
    ) -> ShipPackageResponse:
        """Ship package.

        Ships one package: with TikTok Shipping, choose pickup or drop-off (and a pickup slot); with seller
        shipping, give the shipping provider and tracking number. For in-store pickup it confirms the order
        is ready for the buyer.

        `POST /fulfillment/202309/packages/{package_id}/ship` (shop cipher required)

        Args:
            package_id: TikTok Shop package id.
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
        splittable_groups: list[SplittableGroup],
        splittable_groups_v2: list[SplittableGroupsV2] | None = None,
    ) -> SplitOrderResponse:
        """Confirm order split.

        Splits an order into several packages, one per group of order line items. Depending on the region,
        splits are per SKU (BR, SEA, MX local) or per unit (EU, JP, MX global, UK, US).

        `POST /fulfillment/202309/orders/{order_id}/split` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
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

    async def submit_customs_clearance_information(
        self,
        *,
        order_list: list[Order] | None = None,
    ) -> SubmitCustomsClearanceInformationResponse:
        """Submit customs clearance information.

        Submits extra customs clearance details (SKU quantities and price shares per order line) where the
        declared goods differ from the physical ones.

        `POST /fulfillment/202607/orders/customs_info/submit`

        Args:
            order_list: Orders, at most 100."""
        return await self._client.request(
            ops.SUBMIT_CUSTOMS_CLEARANCE_INFORMATION,
            {
                "order_list": order_list,
            },
        )

    async def submit_redemption_information(
        self,
        *,
        order_id: str,
        order_info_list: list[OrderInfo],
    ) -> SubmitRedemptionInformationResponse:
        """Submit redemption information.

        Sends the redemption codes, URLs or code-and-PIN pairs of an order's virtual items so TikTok Shop
        can fulfill them to the buyer. Results are given per order line.

        `POST /fulfillment/202601/redeem_info/callback` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            order_info_list: Order lines of the order, at least one, each at most once."""
        return await self._client.request(
            ops.SUBMIT_REDEMPTION_INFORMATION,
            {
                "order_id": order_id,
                "order_info_list": order_info_list,
            },
        )

    async def uncombine_orders(
        self,
        *,
        order_ids: list[str] | None = None,
    ) -> UncombineOrdersResponse:
        """Uncombine orders.

        Takes the given orders out of the combined packages they belong to, giving them packages of their
        own. The package-level variant takes the package id in the path.

        `POST /fulfillment/202309/packages/uncombine` (shop cipher required)

        Args:
            order_ids: TikTok Shop order ids to take out."""
        return await self._client.request(
            ops.UNCOMBINE_ORDERS,
            {
                "order_ids": order_ids,
            },
        )

    async def uncombine_package(
        self,
        *,
        package_id: str,
        order_ids: list[str] | None = None,
    ) -> UncombinePackageResponse:
        """Uncombine package.

        Removes one or more orders from an already combined package; the removed orders get new packages.

        `POST /fulfillment/202309/packages/{package_id}/uncombine` (shop cipher required)

        Args:
            package_id: Id of the combined package to take orders out of.
            order_ids: TikTok Shop order ids to take out; they must belong to the package."""
        return await self._client.request(
            ops.UNCOMBINE_PACKAGE,
            {
                "package_id": package_id,
                "order_ids": order_ids,
            },
        )

    async def update_order_shipping_info(
        self,
        *,
        order_id: str,
        tracking_number: str,
        shipping_provider_id: str,
    ) -> UpdateOrderShippingInfoResponse:
        """Update order shipping info.

        Corrects the tracking number and shipping provider of a seller-shipped order, within 72 hours of
        shipping. For split orders use the package-level update instead.

        `POST /fulfillment/202309/orders/{order_id}/shipping_info/update` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
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

    async def update_package_delivery_status(
        self,
        *,
        packages: list[UpdatePackageDeliveryStatusPackage],
    ) -> UpdatePackageDeliveryStatusResponse:
        """Update package delivery status.

        Reports delivery outcomes of seller-own-fleet (SOF) packages, or confirms in-store pickup with the
        buyer's verification code. SEA only; failures are listed per package.

        `POST /fulfillment/202309/packages/deliver` (shop cipher required)

        Args:
            packages: Packages to update, at least one."""
        return await self._client.request(
            ops.UPDATE_PACKAGE_DELIVERY_STATUS,
            {
                "packages": packages,
            },
        )

    async def update_package_shipping_info_202309(
        self,
        *,
        package_id: str,
        tracking_number: str,
        shipping_provider_id: str,
    ) -> UpdatePackageShippingInfoResponse:
        """Update package shipping info.

        Corrects the tracking number and shipping provider of a seller-shipped package that has already
        shipped.

        `POST /fulfillment/202309/packages/{package_id}/shipping_info/update` (shop cipher required)

        Args:
            package_id: TikTok Shop package id.
            tracking_number: Carrier tracking number.
            shipping_provider_id: Shipping provider id, from the logistics shipping providers list."""
        return await self._client.request(
            ops.UPDATE_PACKAGE_SHIPPING_INFO_202309,
            {
                "package_id": package_id,
                "tracking_number": tracking_number,
                "shipping_provider_id": shipping_provider_id,
            },
        )

    async def update_package_shipping_info(
        self,
        *,
        package_id: str,
        shipping_info_list: list[ShippingInfo],
    ) -> UpdatePackageShippingInfoResponse:
        """Update package shipping info (202610).

        Corrects the carrier shipments of a seller-shipped package that has already shipped; several
        tracking numbers are accepted for allowlisted sellers.

        `POST /fulfillment/202610/packages/{package_id}/shipping_info/update` (shop cipher required)

        Args:
            package_id: TikTok Shop package id.
            shipping_info_list: Carrier shipments; several tracking numbers only for allowlisted sellers
                splitting a single non-bundle item, otherwise exactly one."""
        return await self._client.request(
            ops.UPDATE_PACKAGE_SHIPPING_INFO,
            {
                "package_id": package_id,
                "shipping_info_list": shipping_info_list,
            },
        )

    async def update_tracking_status(
        self,
        *,
        country: str,
        order_id: str,
        provider_id: str,
        tracks: list[Track],
        external_tracking_url: str | None = None,
    ) -> UpdateTrackingStatusResponse:
        """Update tracking status.

        For sellers delivering orders with their own fleet (no 3PL): posts tracking events of an order, up
        to 50 per call, each acknowledged separately. US and BR only.

        `POST /fulfillment/202609/order/sof/track/update` (shop cipher required)

        Args:
            country: Country of the order.
            order_id: TikTok Shop order id.
            provider_id: Logistics provider id, the one used when the order shipped.
            tracks: Tracking events, at most 50.
            external_tracking_url: Tracking page or website of the provider."""
        return await self._client.request(
            ops.UPDATE_TRACKING_STATUS,
            {
                "country": country,
                "order_id": order_id,
                "provider_id": provider_id,
                "tracks": tracks,
                "external_tracking_url": external_tracking_url,
            },
        )

    async def upload_file(
        self,
        *,
        data: FileInput,
        name: str,
    ) -> UploadFileResponse:
        """Upload proof-of-delivery file.

        Uploads a proof-of-delivery PDF (at most 10 MB) and returns its URL, to pass to the package delivery
        status update. Only for sellers using their own fleet (SOF).

        `POST /fulfillment/202309/files/upload` (shop cipher required)

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
    ) -> UploadImageResponse:
        """Upload proof-of-delivery image.

        Uploads a proof-of-delivery image (JPG, JPEG or PNG, at most 5 MB) and returns its URL, to pass to
        the package delivery status update.

        `POST /fulfillment/202309/images/upload` (shop cipher required)

        Args:
            data: Image file, JPG, JPEG or PNG, 100x100 to 20000x20000 pixels, at most 5 MB."""
        return await self._client.request(
            ops.UPLOAD_IMAGE,
            {
                "data": data,
            },
        )

    async def upload_invoice(
        self,
        *,
        invoices: list[Invoice] | None = None,
    ) -> UploadInvoiceResponse:
        """Upload invoices.

        Uploads the XML invoices (base64) of packages. Only for local sellers in Brazil; failures are listed
        per invoice.

        `POST /fulfillment/202502/invoice/upload` (shop cipher required)

        Args:
            invoices: Invoices, 1 to 500."""
        return await self._client.request(
            ops.UPLOAD_INVOICE,
            {
                "invoices": invoices,
            },
        )


class AsyncFulfillmentResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncFulfillmentResource) -> None:
        self.batch_ship_packages = async_raw(resource.batch_ship_packages)
        self.check_tracking_number_coverage = async_raw(resource.check_tracking_number_coverage)
        self.combine_package = async_raw(resource.combine_package)
        self.create_first_mile_bundle = async_raw(resource.create_first_mile_bundle)
        self.create_first_mile_bundle_v2 = async_raw(resource.create_first_mile_bundle_v2)
        self.create_package_202309 = async_raw(resource.create_package_202309)
        self.create_package = async_raw(resource.create_package)
        self.get_eligible_shipping_services = async_raw(resource.get_eligible_shipping_services)
        self.get_order_customs_requirements = async_raw(resource.get_order_customs_requirements)
        self.get_order_handover_time_slots = async_raw(resource.get_order_handover_time_slots)
        self.get_order_split_attributes = async_raw(resource.get_order_split_attributes)
        self.get_order_tracking = async_raw(resource.get_order_tracking)
        self.get_package_detail = async_raw(resource.get_package_detail)
        self.get_package_handover_time_slots = async_raw(resource.get_package_handover_time_slots)
        self.get_package_shipping_documents = async_raw(resource.get_package_shipping_documents)
        self.get_pod_customization_details = async_raw(resource.get_pod_customization_details)
        self.mark_package_as_shipped_202309 = async_raw(resource.mark_package_as_shipped_202309)
        self.mark_package_as_shipped = async_raw(resource.mark_package_as_shipped)
        self.schedule_package_handover = async_raw(resource.schedule_package_handover)
        self.search_combinable_packages = async_raw(resource.search_combinable_packages)
        self.search_packages = async_raw(resource.search_packages)
        self.ship_package = async_raw(resource.ship_package)
        self.split_order = async_raw(resource.split_order)
        self.submit_customs_clearance_information = async_raw(resource.submit_customs_clearance_information)
        self.submit_redemption_information = async_raw(resource.submit_redemption_information)
        self.uncombine_orders = async_raw(resource.uncombine_orders)
        self.uncombine_package = async_raw(resource.uncombine_package)
        self.update_order_shipping_info = async_raw(resource.update_order_shipping_info)
        self.update_package_delivery_status = async_raw(resource.update_package_delivery_status)
        self.update_package_shipping_info_202309 = async_raw(resource.update_package_shipping_info_202309)
        self.update_package_shipping_info = async_raw(resource.update_package_shipping_info)
        self.update_tracking_status = async_raw(resource.update_tracking_status)
        self.upload_file = async_raw(resource.upload_file)
        self.upload_image = async_raw(resource.upload_image)
        self.upload_invoice = async_raw(resource.upload_invoice)


class AsyncFulfillmentAt202309:
    """`fulfillment` operations pinned to version 202309."""

    def __init__(self, resource: AsyncFulfillmentResource) -> None:
        self.batch_ship_packages = resource.batch_ship_packages
        self.combine_package = resource.combine_package
        self.create_package = resource.create_package_202309
        self.get_eligible_shipping_services = resource.get_eligible_shipping_services
        self.get_order_handover_time_slots = resource.get_order_handover_time_slots
        self.get_order_split_attributes = resource.get_order_split_attributes
        self.get_order_tracking = resource.get_order_tracking
        self.get_package_detail = resource.get_package_detail
        self.get_package_handover_time_slots = resource.get_package_handover_time_slots
        self.get_package_shipping_documents = resource.get_package_shipping_documents
        self.mark_package_as_shipped = resource.mark_package_as_shipped_202309
        self.schedule_package_handover = resource.schedule_package_handover
        self.search_combinable_packages = resource.search_combinable_packages
        self.iter_search_combinable_packages = resource.iter_search_combinable_packages
        self.search_packages = resource.search_packages
        self.iter_search_packages = resource.iter_search_packages
        self.ship_package = resource.ship_package
        self.split_order = resource.split_order
        self.uncombine_orders = resource.uncombine_orders
        self.uncombine_package = resource.uncombine_package
        self.update_order_shipping_info = resource.update_order_shipping_info
        self.update_package_delivery_status = resource.update_package_delivery_status
        self.update_package_shipping_info = resource.update_package_shipping_info_202309
        self.upload_file = resource.upload_file
        self.upload_image = resource.upload_image


class AsyncFulfillmentAt202407:
    """`fulfillment` operations pinned to version 202407."""

    def __init__(self, resource: AsyncFulfillmentResource) -> None:
        self.create_first_mile_bundle = resource.create_first_mile_bundle


class AsyncFulfillmentAt202502:
    """`fulfillment` operations pinned to version 202502."""

    def __init__(self, resource: AsyncFulfillmentResource) -> None:
        self.upload_invoice = resource.upload_invoice


class AsyncFulfillmentAt202508:
    """`fulfillment` operations pinned to version 202508."""

    def __init__(self, resource: AsyncFulfillmentResource) -> None:
        self.check_tracking_number_coverage = resource.check_tracking_number_coverage


class AsyncFulfillmentAt202510:
    """`fulfillment` operations pinned to version 202510."""

    def __init__(self, resource: AsyncFulfillmentResource) -> None:
        self.create_first_mile_bundle_v2 = resource.create_first_mile_bundle_v2


class AsyncFulfillmentAt202512:
    """`fulfillment` operations pinned to version 202512."""

    def __init__(self, resource: AsyncFulfillmentResource) -> None:
        self.create_package = resource.create_package


class AsyncFulfillmentAt202601:
    """`fulfillment` operations pinned to version 202601."""

    def __init__(self, resource: AsyncFulfillmentResource) -> None:
        self.submit_redemption_information = resource.submit_redemption_information


class AsyncFulfillmentAt202606:
    """`fulfillment` operations pinned to version 202606."""

    def __init__(self, resource: AsyncFulfillmentResource) -> None:
        self.get_pod_customization_details = resource.get_pod_customization_details


class AsyncFulfillmentAt202607:
    """`fulfillment` operations pinned to version 202607."""

    def __init__(self, resource: AsyncFulfillmentResource) -> None:
        self.get_order_customs_requirements = resource.get_order_customs_requirements
        self.submit_customs_clearance_information = resource.submit_customs_clearance_information


class AsyncFulfillmentAt202609:
    """`fulfillment` operations pinned to version 202609."""

    def __init__(self, resource: AsyncFulfillmentResource) -> None:
        self.update_tracking_status = resource.update_tracking_status


class AsyncFulfillmentAt202610:
    """`fulfillment` operations pinned to version 202610."""

    def __init__(self, resource: AsyncFulfillmentResource) -> None:
        self.mark_package_as_shipped = resource.mark_package_as_shipped
        self.update_package_shipping_info = resource.update_package_shipping_info
