"""Models of the `order` module.

Orders of a shop, their line items, prices and links to external order systems."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictStr

from tiktok_shop._contract import RequestModel, ResponseModel

__all__ = [
    "OrderBatchGetOrderDetail202507Query",
    "OrderBatchGetOrderDetail202507Response",
    "OrderBatchGetOrderDetailQuery",
    "OrderBatchGetOrderDetailResponse",
    "OrderBlindBoxResult",
    "OrderCreateExternalOrderDetail",
    "OrderCreateExternalOrderError",
    "OrderCreateExternalOrderExternalOrder",
    "OrderCreateExternalOrderLineItem",
    "OrderCreateExternalOrderOrder",
    "OrderCreateExternalOrderOrderExternalOrder",
    "OrderCreateExternalOrderRequest",
    "OrderCreateExternalOrderResponse",
    "OrderExternalOrder",
    "OrderExternalOrderLineItem",
    "OrderFundedPromotion",
    "OrderGetExternalOrdersQuery",
    "OrderGetExternalOrdersResponse",
    "OrderGetOrderPriceDetailQuery",
    "OrderGetOrderPriceDetailResponse",
    "OrderItemTax",
    "OrderLineItem",
    "OrderLineItemCombinedListingSkus",
    "OrderLineItemUnboxingCaseList",
    "OrderOrder",
    "OrderOrderHandlingDuration",
    "OrderOrderPackage",
    "OrderPayment",
    "OrderPriceDetailLineItem",
    "OrderRecipientAddress",
    "OrderRecipientAddressDeliveryPreferences",
    "OrderRecipientAddressDistrictInfo",
    "OrderSearchExternalOrdersOrder",
    "OrderSearchExternalOrdersQuery",
    "OrderSearchExternalOrdersResponse",
    "OrderSearchOrdersQuery",
    "OrderSearchOrdersRequest",
    "OrderSearchOrdersResponse",
    "OrderSearchPODCustomizationDetailsPodDetail",
    "OrderSearchPODCustomizationDetailsQueryOrderLine",
    "OrderSearchPODCustomizationDetailsRequest",
    "OrderSearchPODCustomizationDetailsResponse",
    "OrderSubItem",
    "OrderUpdateTheBlindBoxOpeningResults202511Request",
    "OrderUpdateTheBlindBoxOpeningResults202511Response",
    "OrderUpdateTheBlindBoxOpeningResultsBlindBatchBoxResult",
    "OrderUpdateTheBlindBoxOpeningResultsBlindBoxOrderLineList",
    "OrderUpdateTheBlindBoxOpeningResultsRequest",
    "OrderUpdateTheBlindBoxOpeningResultsResponse",
]


class OrderBatchGetOrderDetail202507Query(RequestModel):
    """Path and query parameters of OrderBatchGetOrderDetail202507."""

    ids: list[StrictStr] = Field(min_length=1, max_length=50)
    """Order ids to fetch, at most 50 (sent comma-separated)."""


class OrderBatchGetOrderDetail202507Response(ResponseModel):
    """The requested orders."""

    orders: list[OrderOrder] | None = None
    """One entry per order found."""


class OrderBatchGetOrderDetailQuery(RequestModel):
    """Path and query parameters of OrderBatchGetOrderDetail."""

    ids: list[StrictStr] = Field(min_length=1, max_length=50)
    """Order ids to fetch, at most 50 (sent comma-separated)."""


class OrderBatchGetOrderDetailResponse(ResponseModel):
    """The requested orders."""

    orders: list[OrderOrder] | None = None
    """One entry per order found."""


class OrderBlindBoxResult(RequestModel):
    """The product revealed by opening one blind box line item."""

    order_line_id: str | None = Field(default=None, strict=True)
    """Line item id of the blind box."""

    blind_result_product_id: str | None = Field(default=None, strict=True)
    """Product id revealed."""

    blind_result_sku_id: str | None = Field(default=None, strict=True)
    """SKU id revealed."""

    blind_open_time: int | None = Field(default=None, strict=True)
    """Opening time, unix milliseconds."""


class OrderCreateExternalOrderDetail(ResponseModel):
    """The order and reference that failed."""

    order_id: str | None = None
    """TikTok Shop order id."""

    external_order: OrderCreateExternalOrderExternalOrder | None = None
    """The external reference sent."""


class OrderCreateExternalOrderError(ResponseModel):
    """One order that failed."""

    code: str | None = None
    """Error code of this order."""

    message: str | None = None
    """Error message."""

    detail: OrderCreateExternalOrderDetail | None = None
    """The order and reference that failed."""


class OrderCreateExternalOrderExternalOrder(ResponseModel):
    """The external reference sent."""

    id: str | None = None
    """Order id in the external OMS."""

    platform: str | None = None
    """The external OMS."""


class OrderCreateExternalOrderLineItem(RequestModel):
    """One line item link."""

    id: str = Field(strict=True)
    """Line item id in the external OMS."""

    origin_id: str = Field(strict=True)
    """Line item id in TikTok Shop."""


class OrderCreateExternalOrderOrder(RequestModel):
    """One TikTok Shop order and its external reference."""

    id: str = Field(strict=True)
    """TikTok Shop order id."""

    external_order: OrderCreateExternalOrderOrderExternalOrder
    """The matching order of the external OMS."""


class OrderCreateExternalOrderOrderExternalOrder(RequestModel):
    """The matching order of the external OMS."""

    id: str = Field(strict=True)
    """Order id in the external OMS."""

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
    ]
    """The external OMS."""

    line_items: list[OrderCreateExternalOrderLineItem] = Field(max_length=100)
    """Line item links, at most 100."""


class OrderCreateExternalOrderRequest(RequestModel):
    """Orders to link to external OMS orders."""

    orders: list[OrderCreateExternalOrderOrder] = Field(min_length=1, max_length=100)
    """Orders with their external reference, 1 to 100."""


class OrderCreateExternalOrderResponse(ResponseModel):
    """Orders whose references could not be saved; the others were saved."""

    errors: list[OrderCreateExternalOrderError] | None = None
    """Per-order errors."""


class OrderExternalOrder(ResponseModel):
    """An order of an external OMS linked to a TikTok Shop order."""

    id: str | None = None
    """Order id in the external OMS."""

    platform: str | None = None
    """The external OMS, e.g. `SHOPIFY`."""

    line_items: list[OrderExternalOrderLineItem] | None = None
    """Line item links between the external order and the TikTok Shop order."""


class OrderExternalOrderLineItem(ResponseModel):
    """One line item link."""

    id: str | None = None
    """Line item id in the external OMS."""

    origin_id: str | None = None
    """Line item id in TikTok Shop."""


class OrderFundedPromotion(ResponseModel):
    """One seller-funded promotion applied to a line item."""

    activity_id: str | None = None
    """Promotion activity id."""

    discount_amount: str | None = None
    """Discount granted by the promotion."""

    discount_type: str | None = None
    """Kind of promotion. Known values: COUPON, ACTIVITY."""


class OrderGetExternalOrdersQuery(RequestModel):
    """Path and query parameters of OrderGetExternalOrders."""

    order_id: str = Field(min_length=1, strict=True)
    """TikTok Shop order id."""

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
    ]
    """The external OMS whose references to return."""


class OrderGetExternalOrdersResponse(ResponseModel):
    """External references of the order."""

    external_orders: list[OrderExternalOrder] | None = None
    """Linked external orders (all OMS links of the order)."""


class OrderGetOrderPriceDetailQuery(RequestModel):
    """Path and query parameters of OrderGetOrderPriceDetail."""

    order_id: str = Field(min_length=1, strict=True)
    """TikTok Shop order id."""


class OrderGetOrderPriceDetailResponse(ResponseModel):
    """Price breakdown of the order and of each line item."""

    currency: str | None = None
    """ISO 4217 currency code."""

    total: str | None = None
    """Total original price: `sku_list_price + shipping_list_price`."""

    payment: str | None = None
    """Amount paid by the buyer."""

    sku_list_price: str | None = None
    """Total list (MSRP) price of the products."""

    sku_sale_price: str | None = None
    """Total sale price of the products: list price minus seller and platform deductions."""

    subtotal: str | None = None
    """Products' sale price including tax."""

    subtotal_deduction_seller: str | None = None
    """Product discount funded by the seller."""

    subtotal_deduction_platform: str | None = None
    """Product discount funded by the platform."""

    subtotal_tax_amount: str | None = None
    """Tax on the products."""

    voucher_deduction_platform: str | None = None
    """Product deduction from platform-funded vouchers."""

    voucher_deduction_seller: str | None = None
    """Product deduction from seller-funded vouchers."""

    shipping_list_price: str | None = None
    """Original shipping price."""

    shipping_sale_price: str | None = None
    """Shipping price after seller and platform shipping deductions."""

    shipping_fee_deduction_seller: str | None = None
    """Shipping discount funded by the seller."""

    shipping_fee_deduction_platform: str | None = None
    """Shipping discount funded by the platform."""

    shipping_fee_deduction_platform_voucher: str | None = None
    """Shipping deduction from platform-funded vouchers."""

    tax_amount: str | None = None
    """Total tax."""

    tax_rate: str | None = None
    """Tax rate, e.g. `0.021`."""

    net_price_amount: str | None = None
    """Price excluding tax."""

    cod_fee: str | None = None
    """Cash-on-delivery fee of shipping aggregators (`0.00` outside Saudi Arabia)."""

    cod_fee_net_amount: str | None = None
    """Cash-on-delivery fee including tax (`0.00` outside Saudi Arabia)."""

    sku_gift_original_price: str | None = None
    """List price of the seller's gift product."""

    sku_gift_net_price: str | None = None
    """List price of the seller's gift product including tax."""

    distance_shipping_fee: str | None = None
    """Distance-based shipping fee (Horizon+ program, Indonesia only)."""

    distance_fee: str | None = None
    """Distance fee (Horizon+ program, Indonesia only)."""

    line_items: list[OrderPriceDetailLineItem] | None = None
    """Price breakdown of each line item."""


class OrderItemTax(ResponseModel):
    """One tax on an item."""

    tax_type: str | None = None
    """Tax type; only `SALES_TAX` (US) for now. Known values: SALES_TAX."""

    tax_amount: str | None = None
    """Tax amount."""

    tax_rate: str | None = None
    """Tax rate, e.g. `0.35`."""


class OrderLineItem(ResponseModel):
    """One line item of an order (one unit of a SKU)."""

    id: str | None = None
    """Line item id."""

    product_id: str | None = None
    """Product id."""

    product_name: str | None = None
    """Product name."""

    sku_id: str | None = None
    """SKU id."""

    sku_name: str | None = None
    """SKU name built from its attributes, e.g. `Black, 26`."""

    sku_image: str | None = None
    """SKU image URL."""

    seller_sku: str | None = None
    """The seller's own SKU code."""

    sku_type: str | None = None
    """Deprecated line type; use the order's `order_type`. Known values: NORMAL, ZERO_LOTTERY,
    SHOP_PARTNER, PRE_ORDER, MADE_TO_ORDER."""

    product_listing_type: str | None = None
    """Listing type of the SKU, e.g. `TEMPORARY_LISTING`."""

    currency: str | None = None
    """ISO 4217 currency of the amounts."""

    original_price: str | None = None
    """Original price of the item."""

    sale_price: str | None = None
    """Sale price of the item."""

    platform_discount: str | None = None
    """Discount funded by the platform."""

    seller_discount: str | None = None
    """Discount funded by the seller."""

    pfand_fee: str | None = None
    """Container deposit fee (Germany only)."""

    small_order_fee: str | None = None
    """Small order fee share (Thailand only)."""

    retail_delivery_fee: str | None = None
    """Retail delivery fee (US only)."""

    buyer_service_fee: str | None = None
    """Buyer service fee share (Indonesia only)."""

    gift_retail_price: str | None = None
    """Retail price of a free item (LIVE giveaway, free sample, gift with purchase); 0 otherwise."""

    distance_shipping_fee: str | None = None
    """Distance-based shipping fee (Horizon+ program, Indonesia only)."""

    distance_fee: str | None = None
    """Distance fee (Horizon+ program, Indonesia only)."""

    shipping_vat_amount: str | None = None
    """VAT amount on shipping (EU only)."""

    shipping_vat_rate: str | None = None
    """VAT rate on shipping (EU only)."""

    item_tax: list[OrderItemTax] | None = None
    """Taxes on the item."""

    display_status: str | None = None
    """Status of the line item. Known values: UNPAID, ON_HOLD, AWAITING_SHIPMENT, AWAITING_COLLECTION,
    IN_TRANSIT, DELIVERED, COMPLETED, CANCELLED."""

    package_status: str | None = None
    """Status of the item's package. Known values: TO_FULFILL, PROCESSING, FULFILLING, COMPLETED,
    CANCELLED."""

    package_id: str | None = None
    """Id of the package holding the item."""

    cancel_reason: str | None = None
    """Cancellation reason of the item."""

    cancel_user: str | None = None
    """Who started the cancellation. Known values: BUYER, SELLER, OPERATOR, SYSTEM."""

    rts_time: int | None = None
    """Time the item was shipped (unix seconds)."""

    shipping_provider_id: str | None = None
    """Shipping provider id of the item."""

    shipping_provider_name: str | None = None
    """Shipping provider name of the item."""

    tracking_number: str | None = None
    """Tracking number, once shipped."""

    warehouse_id: str | None = None
    """Seller warehouse id."""

    is_gift: bool | None = None
    """The item is a gift."""

    is_dangerous_good: bool | None = None
    """The SKU is a hazmat item, subject to packaging rules."""

    needs_prescription: bool | None = None
    """The product requires a prescription."""

    handling_duration_days: str | None = None
    """Deprecated; business days to hand a `MADE_TO_ORDER` item to the carrier. Use the order's
    `handling_duration`."""

    combined_listing_skus: list[OrderLineItemCombinedListingSkus] | None = None
    """For a virtual bundle SKU, the SKUs it is made of."""

    sub_item_info: list[OrderSubItem] | None = None
    """Items of a seller-defined virtual bundle, each fulfillable on its own."""

    is_unboxing_item: bool | None = None
    """The SKU is a blind box to be unboxed (US only)."""

    unboxing_sku_code: str | None = None
    """Seller's code of the actual unboxed item (US only)."""

    unboxing_case_list: list[OrderLineItemUnboxingCaseList] | None = None
    """Seller's codes of the unboxed items of a case (US only)."""

    is_pod_customized: bool | None = None
    """The SKU carries print-on-demand customization."""

    pod_info_id: str | None = None
    """Id of the print-on-demand customization, for Search POD customization details."""

    room_id: str | None = None
    """LIVE session where the item was bought; empty otherwise."""


class OrderLineItemCombinedListingSkus(ResponseModel):
    """One SKU of the bundle."""

    product_id: str | None = None
    """Product id of the SKU."""

    sku_id: str | None = None
    """SKU id."""

    seller_sku: str | None = None
    """The seller's SKU code."""

    sku_count: int | None = None
    """Quantity of this SKU in the bundle."""


class OrderLineItemUnboxingCaseList(ResponseModel):
    """One unboxed item."""

    unbox_sku: str | None = None
    """Code of the unboxed SKU."""

    unbox_sku_type: str | None = None
    """Whether the unboxed SKU is a gift. Known values: NORMAL, GIFT."""


class OrderOrder(ResponseModel):
    """A TikTok Shop order with its buyer, address, payment, line items and packages."""

    id: str | None = None
    """Order id."""

    status: str | None = None
    """Order status. Known values: UNPAID, ON_HOLD, AWAITING_SHIPMENT, PARTIALLY_SHIPPING,
    AWAITING_COLLECTION, IN_TRANSIT, DELIVERED, COMPLETED, CANCELLED."""

    order_type: str | None = None
    """Order type; empty for standard orders. `PRE_ORDER`, `MADE_TO_ORDER`, `BACK_ORDER` and
    `VIRTUAL_ORDER` are US only. Known values: NORMAL, ZERO_LOTTERY, AUCTION, PRE_ORDER, MADE_TO_ORDER,
    BACK_ORDER, VIRTUAL_ORDER."""

    user_id: str | None = None
    """Buyer's user id."""

    buyer_email: str | None = None
    """Anonymized buyer email; contact buyers through Seller Center messages instead."""

    buyer_message: str | None = None
    """Note left by the buyer."""

    buyer_nickname: str | None = None
    """Buyer's TikTok nickname, e.g. to show unboxing results in a LIVE session."""

    buyer_avatar: str | None = None
    """URL of the buyer's TikTok avatar."""

    seller_note: str | None = None
    """Note the seller wrote in Seller Center."""

    create_time: int | None = None
    """Creation time (unix seconds)."""

    update_time: int | None = None
    """Time of the last status change (unix seconds)."""

    paid_time: int | None = None
    """Payment time (unix seconds)."""

    rts_time: int | None = None
    """Time the seller shipped the order (unix seconds)."""

    rts_sla_time: int | None = None
    """Latest shipping time set by the platform (unix seconds)."""

    tts_sla_time: int | None = None
    """Latest collection time set by the platform (unix seconds)."""

    cancel_order_sla_time: int | None = None
    """Time the platform cancels the order automatically (unix seconds)."""

    shipping_due_time: int | None = None
    """The order is cancelled if not `AWAITING_COLLECTION` by this time (unix seconds)."""

    collection_due_time: int | None = None
    """The order is cancelled if not `IN_TRANSIT` by this time (unix seconds)."""

    delivery_due_time: int | None = None
    """The order is cancelled if not `DELIVERED` by this time (unix seconds)."""

    delivery_sla_time: int | None = None
    """Delivery deadline to avoid late-delivery penalties (unix seconds)."""

    delivery_option_required_delivery_time: int | None = None
    """Time by which the delivery option requires delivery (unix seconds)."""

    collection_time: int | None = None
    """Time the order became `IN_TRANSIT` (unix seconds)."""

    delivery_time: int | None = None
    """Time the order became `DELIVERED` (unix seconds)."""

    cancel_time: int | None = None
    """Time the order became `CANCELLED` (unix seconds)."""

    request_cancel_time: int | None = None
    """Time the buyer asked to cancel (unix seconds)."""

    pick_up_cut_off_time: int | None = None
    """The package must be picked up by this time to avoid late dispatch (SEA only, unix seconds)."""

    fast_dispatch_sla_time: int | None = None
    """Latest collection time for the next-day-delivery incentive (TH and PH only, unix seconds)."""

    release_date: int | None = None
    """Time a `PRE_ORDER` order starts handling and becomes `AWAITING_SHIPMENT` (unix seconds)."""

    recommended_shipping_time: int | None = None
    """Recommended shipping time for the logistics service type (SEA only, unix seconds)."""

    instore_pickup_sla_time: int | None = None
    """Latest buyer pickup time for in-store pickup (SEA only, unix seconds)."""

    fast_rts_sla_time: int | None = None
    """Fast-fulfillment deadline for shipping (SEA only, unix seconds)."""

    fast_collection_sla_time: int | None = None
    """Fast-fulfillment deadline for collection (SEA only, unix seconds)."""

    cancel_reason: str | None = None
    """Order-level cancellation reason (that of the first cancelled line item)."""

    cancellation_initiator: str | None = None
    """Who started the cancellation. Known values: SELLER, BUYER, SYSTEM."""

    is_buyer_request_cancel: bool | None = None
    """True when the buyer has a pending cancellation request."""

    shipping_provider: str | None = None
    """Name of the current shipping provider."""

    shipping_provider_id: str | None = None
    """Id of the current shipping provider."""

    shipping_type: str | None = None
    """Delivery method: `TIKTOK` (TikTok label), `SELLER` (seller ships), `TIKTOK_DIGITAL` (virtual goods).
    Known values: TIKTOK, SELLER, TIKTOK_DIGITAL."""

    tracking_number: str | None = None
    """Tracking number, once shipped."""

    delivery_type: str | None = None
    """`HOME_DELIVERY`, or `COLLECTION_POINT` for a pick-up drop-off (PUDO) location chosen by the buyer.
    Known values: HOME_DELIVERY, COLLECTION_POINT."""

    delivery_option_id: str | None = None
    """Delivery option id (the seller's logistics template)."""

    delivery_option_name: str | None = None
    """Delivery option name, for display only."""

    fulfillment_type: str | None = None
    """Who fulfills the order; only `FULFILLMENT_BY_SELLER` orders are shipped by the seller. Known values:
    FULFILLMENT_BY_SELLER, FULFILLMENT_BY_TIKTOK, FULFILLMENT_BY_DILAYANI_TOKOPEDIA."""

    warehouse_id: str | None = None
    """Seller warehouse id."""

    split_or_combine_tag: str | None = None
    """Whether the order was combined with others or split. Known values: COMBINED, SPLIT."""

    auto_combine_group_id: str | None = None
    """Group id shared by a buyer's orders from one LIVE session when auto-combination is on."""

    has_updated_recipient_address: bool | None = None
    """Whether the recipient address was changed after the order was placed."""

    is_cod: bool | None = None
    """Cash on delivery order."""

    is_sample_order: bool | None = None
    """Sample order."""

    is_refundable_sample: bool | None = None
    """Refundable sample (costs refunded once the creator reaches sales thresholds)."""

    is_on_hold_order: bool | None = None
    """The order has gone or will go through `ON_HOLD`."""

    is_replacement_order: bool | None = None
    """The order replaces another one."""

    replaced_order_id: str | None = None
    """Id of the order replaced (only when `is_replacement_order` is true)."""

    is_exchange_order: bool | None = None
    """The order is an exchange (US and UK only)."""

    exchange_source_order_id: str | None = None
    """Id of the original order of an exchange order."""

    is_subscription_order: bool | None = None
    """The order was generated by a buyer's subscription."""

    authentication_required: bool | None = None
    """The order must pass an approved authentication service before shipping."""

    consultation_id: str | None = None
    """Id of the ePharmacy consultation, when one took place."""

    commerce_platform: str | None = None
    """Platform where the order was placed (Indonesia only). Known values: TIKTOK_SHOP, TOKOPEDIA."""

    cpf: str | None = None
    """Buyer's CPF tax number for the invoice (Brazil only)."""

    cpf_name: str | None = None
    """Name belonging to the CPF (Brazil only)."""

    need_upload_invoice: str | None = None
    """Invoice requirement and upload state (Brazil only). Known values: UNKNOWN, NEED_INVOICE, NO_NEED,
    INVOICE_UPLOADED, INVOICE_PROCESSING."""

    payment_method_name: str | None = None
    """Payment method name, for display only."""

    payment_method_code: str | None = None
    """Payment method code, with the card brand for card payments."""

    payment_card_type: str | None = None
    """Card type for card payments, e.g. `Debit`, `Credit`, `Prepaid`."""

    payment_auth_code: str | None = None
    """Card authorization code, or the E2E id for PIX (Brazil only)."""

    channel_entity_national_registry_id: str | None = None
    """National registry id (CNPJ in Brazil) of the payment institution."""

    fast_delivery_program: str | None = None
    """Fast delivery badge shown to the buyer (US only). Known values: 3_DAY_DELIVERY,
    3_DAY_POTENTIAL_SHIPPING, 3_DAY_POTENTIAL_TRANSIT."""

    order_rights: list[int] | None = None
    """Program rights of the order (SEA only): 1 shipping fee reimbursement, 2 Horizon+."""

    fulfillment_priority_level: int | None = None
    """Shipping priority (SEA only): 100 instant, 200 same day 8 hours, 300 same day, 400 next day, 500
    express, 600 standard, 700 economy, 800 cargo."""

    handling_duration: OrderOrderHandlingDuration | None = None
    """Time the seller needs to hand the order to the carrier."""

    payment: OrderPayment | None = None
    """Payment amounts of an order, as strings in `currency`."""

    recipient_address: OrderRecipientAddress | None = None
    """Where the order is delivered. Name and phone are masked for platform logistics."""

    line_items: list[OrderLineItem] | None = None
    """The order's line items, one per unit of SKU."""

    packages: list[OrderOrderPackage] | None = None
    """Packages of the order."""


class OrderOrderHandlingDuration(ResponseModel):
    """Time the seller needs to hand the order to the carrier."""

    days: str | None = None
    """Number of days."""

    type_: str | None = Field(default=None, alias="type")
    """`CALENDAR_DAY` (all days) or `BUSINESS_DAY` (weekends and holidays excluded, the default). Known
    values: CALENDAR_DAY, BUSINESS_DAY."""


class OrderOrderPackage(ResponseModel):
    """One package."""

    id: str | None = None
    """Package id."""


class OrderPayment(ResponseModel):
    """Payment amounts of an order, as strings in `currency`."""

    currency: str | None = None
    """ISO 4217 currency code."""

    sub_total: str | None = None
    """Buyer-paid product subtotal: `original_total_product_price - seller_discount - platform_discount`
    (pre-tax in the US)."""

    shipping_fee: str | None = None
    """Buyer-paid shipping fee: `original_shipping_fee` minus seller and platform shipping discounts."""

    seller_discount: str | None = None
    """Product discount funded by the seller."""

    platform_discount: str | None = None
    """Product discount funded by the platform."""

    payment_platform_discount: str | None = None
    """Discount funded by a payment platform."""

    payment_discount_service_fee: str | None = None
    """Fee the buyer paid to get the payment platform discount."""

    total_amount: str | None = None
    """Buyer-paid total: `sub_total + shipping_fee + taxes + retail_delivery_fee`."""

    original_total_product_price: str | None = None
    """Products' total original price (VAT included for cross-border shops)."""

    original_shipping_fee: str | None = None
    """Shipping fee before discounts."""

    shipping_fee_seller_discount: str | None = None
    """Shipping discount funded by the seller (not co-funded)."""

    shipping_fee_platform_discount: str | None = None
    """Shipping discount funded by the platform."""

    shipping_fee_cofunded_discount: str | None = None
    """Seller shipping discount eligible for co-funded reimbursement."""

    tax: str | None = None
    """Total taxes paid by the buyer (cross-border shops and US)."""

    product_tax: str | None = None
    """Tax on the products."""

    shipping_fee_tax: str | None = None
    """Tax on shipping."""

    small_order_fee: str | None = None
    """Fee topping the order up to the minimum spend (Thailand only)."""

    retail_delivery_fee: str | None = None
    """Retail delivery fee (US only)."""

    buyer_service_fee: str | None = None
    """Per-transaction service fee paid by the buyer (Indonesia only)."""

    handling_fee: str | None = None
    """Fee for the processing or installment costs of the payment method."""

    shipping_insurance_fee: str | None = None
    """Shipping insurance paid by the buyer (Indonesia only)."""

    item_insurance_fee: str | None = None
    """Product insurance paid by the buyer (US and Indonesia)."""

    item_insurance_tax: str | None = None
    """Tax on the product insurance (US only)."""

    distance_shipping_fee: str | None = None
    """Distance-based shipping fee outside Java (Horizon+ program, Indonesia only)."""

    distance_fee: str | None = None
    """Total distance fee (Horizon+ program, Indonesia only)."""


class OrderPriceDetailLineItem(ResponseModel):
    """Price breakdown of one line item."""

    id: str | None = None
    """Line item id."""

    currency: str | None = None
    """ISO 4217 currency code."""

    total: str | None = None
    """Total original price: `sku_list_price + shipping_list_price`."""

    payment: str | None = None
    """Amount paid by the buyer for the item."""

    sku_list_price: str | None = None
    """List (MSRP) price."""

    sku_sale_price: str | None = None
    """Sale price after seller and platform deductions."""

    subtotal: str | None = None
    """Sale price including tax."""

    subtotal_deduction_seller: str | None = None
    """Product discount funded by the seller."""

    subtotal_deduction_platform: str | None = None
    """Product discount funded by the platform."""

    subtotal_tax_amount: str | None = None
    """Tax on the product."""

    voucher_deduction_platform: str | None = None
    """Product deduction from platform-funded vouchers."""

    voucher_deduction_seller: str | None = None
    """Product deduction from seller-funded vouchers."""

    shipping_list_price: str | None = None
    """Original shipping price."""

    shipping_sale_price: str | None = None
    """Shipping price after seller and platform shipping deductions."""

    shipping_fee_deduction_seller: str | None = None
    """Shipping discount funded by the seller."""

    shipping_fee_deduction_platform: str | None = None
    """Shipping discount funded by the platform."""

    shipping_fee_deduction_platform_voucher: str | None = None
    """Shipping deduction from platform-funded vouchers."""

    tax_amount: str | None = None
    """Total tax of the item."""

    tax_rate: str | None = None
    """Tax rate."""

    net_price_amount: str | None = None
    """Price excluding tax."""

    cod_fee: str | None = None
    """Cash-on-delivery fee of shipping aggregators (`0.00` outside Saudi Arabia)."""

    cod_fee_amount: str | None = None
    """Cash-on-delivery fee including tax (`0.00` outside Saudi Arabia)."""

    sku_gift_original_price: str | None = None
    """List price of the seller's gift product."""

    sku_gift_net_price: str | None = None
    """List price of the seller's gift product including tax."""

    distance_shipping_fee: str | None = None
    """Distance-based shipping fee (Horizon+ program, Indonesia only)."""

    distance_fee: str | None = None
    """Distance fee (Horizon+ program, Indonesia only)."""

    seller_funded_product_promotions: list[OrderFundedPromotion] | None = None
    """Seller-funded product promotions applied to the item."""

    seller_funded_shipping_promotions: list[OrderFundedPromotion] | None = None
    """Seller-funded shipping promotions applied to the item."""


class OrderRecipientAddress(ResponseModel):
    """Where the order is delivered. Name and phone are masked for platform logistics."""

    name: str | None = None
    """Recipient name."""

    first_name: str | None = None
    """Recipient first name (same as `name` when not given separately)."""

    last_name: str | None = None
    """Recipient last name (empty when not given separately)."""

    first_name_local_script: str | None = None
    """First name in katakana (Japan only)."""

    last_name_local_script: str | None = None
    """Last name in katakana (Japan only)."""

    phone_number: str | None = None
    """Recipient phone number (masked for platform logistics)."""

    full_address: str | None = None
    """The complete address in one string."""

    address_detail: str | None = None
    """Detailed address part (street, building, unit)."""

    address_line1: str | None = None
    """First street address line."""

    address_line2: str | None = None
    """Second street address line."""

    address_line3: str | None = None
    """Third street address line."""

    address_line4: str | None = None
    """Fourth street address line."""

    postal_code: str | None = None
    """Postal code (ZIP code in the US)."""

    post_town: str | None = None
    """Post town (UK only)."""

    region_code: str | None = None
    """Two-letter region code, e.g. `US`."""

    district_info: list[OrderRecipientAddressDistrictInfo] | None = None
    """Administrative divisions of the address, from country down."""

    delivery_preferences: OrderRecipientAddressDeliveryPreferences | None = None
    """Buyer's delivery preferences."""


class OrderRecipientAddressDeliveryPreferences(ResponseModel):
    """Buyer's delivery preferences."""

    drop_off_location: str | None = None
    """Drop-off location chosen by the buyer, e.g. `Front Door`."""


class OrderRecipientAddressDistrictInfo(ResponseModel):
    """One administrative division."""

    address_level: str | None = None
    """Division level code, `L0` (country) to `L4`."""

    address_level_name: str | None = None
    """Name of the level, e.g. `Country`, `State`, `City`."""

    address_name: str | None = None
    """Name of the division, e.g. `London`."""

    iso_code: str | None = None
    """ISO code of the division."""


class OrderSearchExternalOrdersOrder(ResponseModel):
    """One linked order."""

    id: str | None = None
    """TikTok Shop order id."""

    external_order: OrderExternalOrder | None = None
    """An order of an external OMS linked to a TikTok Shop order."""


class OrderSearchExternalOrdersQuery(RequestModel):
    """Path and query parameters of OrderSearchExternalOrders."""

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
    ]
    """The external OMS the id belongs to."""

    external_order_id: str = Field(min_length=1, strict=True)
    """Order id in the external OMS."""


class OrderSearchExternalOrdersResponse(ResponseModel):
    """TikTok Shop orders linked to the external order."""

    orders: list[OrderSearchExternalOrdersOrder] | None = None
    """Matching orders; may be absent when none match."""


class OrderSearchOrdersQuery(RequestModel):
    """Path and query parameters of OrderSearchOrders."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    sort_field: Literal["create_time", "update_time"] | None = None
    """Field to sort by; defaults to `create_time`."""


class OrderSearchOrdersRequest(RequestModel):
    """Filters of an order search; every field is optional."""

    order_status: (
        Literal[
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
        | None
    ) = None
    """Only orders in this status."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Only orders created at or after this time (unix seconds)."""

    create_time_lt: int | None = Field(default=None, strict=True)
    """Only orders created before this time (unix seconds); defaults to now when only `create_time_ge` is
    set."""

    update_time_ge: int | None = Field(default=None, strict=True)
    """Only orders updated at or after this time (unix seconds)."""

    update_time_lt: int | None = Field(default=None, strict=True)
    """Only orders updated before this time (unix seconds); defaults to now when only `update_time_ge` is
    set."""

    shipping_type: str | None = Field(default=None, strict=True)
    """Delivery method: `TIKTOK` (TikTok label), `SELLER` (seller ships), `TIKTOK_DIGITAL` (virtual goods),
    `IN-STORE PICKUP` (SEA only)."""

    buyer_user_id: str | None = Field(default=None, strict=True)
    """Only orders of this buyer."""

    is_buyer_request_cancel: bool | None = Field(default=None, strict=True)
    """Only orders whose buyer has (true) or has not (false) asked to cancel."""

    warehouse_ids: list[StrictStr] | None = Field(default=None, max_length=100)
    """Only orders of these pickup or sales warehouses (multi-warehouse shops), at most 100."""


class OrderSearchOrdersResponse(ResponseModel):
    """One page of orders."""

    orders: list[OrderOrder] | None = None
    """The orders of this page."""

    total_count: int | None = None
    """Total number of orders matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class OrderSearchPODCustomizationDetailsPodDetail(ResponseModel):
    """Customization of one order line."""

    order_line_id: str | None = None
    """Line item id."""

    pod_detail: str | None = None
    """The customization details of the line."""


class OrderSearchPODCustomizationDetailsQueryOrderLine(RequestModel):
    """One order line."""

    order_line_id: str = Field(strict=True)
    """Line item id."""

    product_id: str = Field(strict=True)
    """Product id."""

    sku_id: str = Field(strict=True)
    """SKU id."""

    pod_order_data_id: str = Field(strict=True)
    """Id of the POD data (the line item's `pod_info_id`)."""


class OrderSearchPODCustomizationDetailsRequest(RequestModel):
    """The order lines whose customization to fetch."""

    main_order_id: str = Field(strict=True)
    """TikTok Shop order id."""

    query_order_lines: list[OrderSearchPODCustomizationDetailsQueryOrderLine]
    """Order lines to look up."""


class OrderSearchPODCustomizationDetailsResponse(ResponseModel):
    """Customization details of the requested lines."""

    status_code: int | None = None
    """Status code of the lookup."""

    pod_details: list[OrderSearchPODCustomizationDetailsPodDetail] | None = None
    """One entry per requested line."""


class OrderSubItem(ResponseModel):
    """One item of a virtual bundle line."""

    id: str | None = None
    """Sub-item id, for line-level fulfillment."""

    sku_id: str | None = None
    """SKU id."""

    product_id: str | None = None
    """Product id."""

    product_name: str | None = None
    """Product name."""

    sku_name: str | None = None
    """SKU name."""

    sku_image: str | None = None
    """SKU image URL."""

    seller_sku: str | None = None
    """The seller's SKU code."""

    display_status: str | None = None
    """Status of the sub-item. Known values: UNPAID, AWAITING_SHIPMENT, AWAITING_COLLECTION, IN_TRANSIT,
    DELIVERED, COMPLETED, CANCELLED."""

    sale_price: str | None = None
    """Sale price."""

    original_price: str | None = None
    """Original price."""

    platform_discount: str | None = None
    """Discount funded by the platform."""

    seller_discount: str | None = None
    """Discount funded by the seller."""

    currency: str | None = None
    """ISO 4217 currency."""

    cancel_reason: str | None = None
    """Cancellation reason."""

    cancel_user: str | None = None
    """Who started the cancellation. Known values: BUYER, SELLER, OPERATOR, SYSTEM."""

    rts_time: int | None = None
    """Time shipped (unix seconds)."""

    package_id: str | None = None
    """Package id."""

    package_status: str | None = None
    """Package status. Known values: TO_FULFILL, PROCESSING, FULFILLING, COMPLETED, CANCELLED."""

    shipping_provider_id: str | None = None
    """Shipping provider id."""

    shipping_provider_name: str | None = None
    """Shipping provider name."""

    tracking_number: str | None = None
    """Tracking number."""

    retail_delivery_fee: str | None = None
    """Retail delivery fee (US only)."""

    is_dangerous_good: bool | None = None
    """Hazmat item."""

    warehouse_id: str | None = None
    """Seller warehouse id."""

    item_tax: list[OrderItemTax] | None = None
    """Taxes on the sub-item."""


class OrderUpdateTheBlindBoxOpeningResults202511Request(RequestModel):
    """Blind box opening results of one order (one product per line item)."""

    main_order_id: str | None = Field(default=None, strict=True)
    """TikTok Shop order id."""

    blind_box_results: list[OrderBlindBoxResult] | None = None
    """One revealed product per blind box line item."""


class OrderUpdateTheBlindBoxOpeningResults202511Response(ResponseModel):
    """Empty on success."""

    pass


class OrderUpdateTheBlindBoxOpeningResultsBlindBatchBoxResult(RequestModel):
    """The products revealed for one blind box line item."""

    order_line_id: str | None = Field(default=None, strict=True)
    """Line item id of the blind box."""

    blind_box_order_line_list: list[OrderUpdateTheBlindBoxOpeningResultsBlindBoxOrderLineList] | None = None
    """The products revealed."""


class OrderUpdateTheBlindBoxOpeningResultsBlindBoxOrderLineList(RequestModel):
    """One revealed product."""

    blind_result_product_id: str | None = Field(default=None, strict=True)
    """Product id revealed."""

    blind_result_sku_id: str | None = Field(default=None, strict=True)
    """SKU id revealed."""

    blind_open_time: int | None = Field(default=None, strict=True)
    """Opening time, unix milliseconds."""

    product_type: Literal["GIFT", "NORMAL"] | None = None
    """`NORMAL` product or `GIFT`."""


class OrderUpdateTheBlindBoxOpeningResultsRequest(RequestModel):
    """Blind box opening results of one order."""

    main_order_id: str | None = Field(default=None, strict=True)
    """TikTok Shop order id."""

    blind_box_results: list[OrderBlindBoxResult] | None = None
    """One revealed product per blind box line item (legacy shape)."""

    blind_batch_box_results: list[OrderUpdateTheBlindBoxOpeningResultsBlindBatchBoxResult] | None = None
    """Revealed products grouped by blind box line item; used instead of `blind_box_results` when
    non-empty."""


class OrderUpdateTheBlindBoxOpeningResultsResponse(ResponseModel):
    """Empty on success."""

    pass
