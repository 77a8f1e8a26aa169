"""Models of the `order` module.

Orders of a shop, their line items, prices and links to external order systems."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictStr

from tiktok_shop._contract import NullAsEmpty, OpenEnum, RequestModel, ResponseModel
from tiktok_shop._money import DecimalAmount

__all__ = [
    "AddExternalOrdersOrder",
    "AddExternalOrdersOrderExternalOrder",
    "AddExternalOrdersOrderExternalOrderLineItem",
    "AddExternalOrdersRequest",
    "AddExternalOrdersResponse",
    "BlindBatchBoxResult",
    "BlindBoxOrderLine",
    "BlindBoxResult",
    "CombinedListingSku",
    "DeliveryPreferences",
    "Detail",
    "DetailExternalOrder",
    "DistrictInfo",
    "Error",
    "ExternalOrder",
    "ExternalOrderLineItem",
    "FundedPromotion",
    "GetExternalOrdersQuery",
    "GetExternalOrdersResponse",
    "GetOrderDetailQuery",
    "GetOrderDetailResponse",
    "GetOrderPriceDetailQuery",
    "GetOrderPriceDetailResponse",
    "HandlingDuration",
    "ItemTax",
    "LineItem",
    "Order",
    "Package",
    "Payment",
    "PodDetail",
    "PriceDetailLineItem",
    "QueryOrderLine",
    "RecipientAddress",
    "SearchExternalOrdersOrder",
    "SearchExternalOrdersQuery",
    "SearchExternalOrdersResponse",
    "SearchOrdersQuery",
    "SearchOrdersRequest",
    "SearchOrdersResponse",
    "SearchPodDetailsRequest",
    "SearchPodDetailsResponse",
    "SubItem",
    "UnboxingCase",
    "UpdateBlindBoxResults202511Request",
    "UpdateBlindBoxResultsRequest",
    "UpdateBlindBoxResultsResponse",
]


class AddExternalOrdersOrder(RequestModel):
    """One TikTok Shop order and its external reference."""

    id: str = Field(strict=True)
    """TikTok Shop order id."""

    external_order: AddExternalOrdersOrderExternalOrder
    """The matching order of the external OMS."""


class AddExternalOrdersOrderExternalOrder(RequestModel):
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

    line_items: list[AddExternalOrdersOrderExternalOrderLineItem] = Field(max_length=100)
    """Line item links, at most 100."""


class AddExternalOrdersOrderExternalOrderLineItem(RequestModel):
    """One line item link."""

    id: str = Field(strict=True)
    """Line item id in the external OMS."""

    origin_id: str = Field(strict=True)
    """Line item id in TikTok Shop."""


class AddExternalOrdersRequest(RequestModel):
    """Orders to link to external OMS orders."""

    orders: list[AddExternalOrdersOrder] = Field(min_length=1, max_length=100)
    """Orders with their external reference, 1 to 100."""


class AddExternalOrdersResponse(ResponseModel):
    """Orders whose references could not be saved; the others were saved."""

    errors: NullAsEmpty[list[Error]] = Field(default_factory=list)
    """Per-order errors."""


class BlindBatchBoxResult(RequestModel):
    """The products revealed for one blind box line item."""

    order_line_id: str | None = Field(default=None, strict=True)
    """Line item id of the blind box."""

    blind_box_order_line_list: list[BlindBoxOrderLine] | None = None
    """The products revealed."""


class BlindBoxOrderLine(RequestModel):
    """One revealed product."""

    blind_result_product_id: str | None = Field(default=None, strict=True)
    """Product id revealed."""

    blind_result_sku_id: str | None = Field(default=None, strict=True)
    """SKU id revealed."""

    blind_open_time: int | None = Field(default=None, strict=True)
    """Opening time, unix milliseconds."""

    product_type: Literal["GIFT", "NORMAL"] | None = None
    """`NORMAL` product or `GIFT`."""


class BlindBoxResult(RequestModel):
    """The product revealed by opening one blind box line item."""

    order_line_id: str | None = Field(default=None, strict=True)
    """Line item id of the blind box."""

    blind_result_product_id: str | None = Field(default=None, strict=True)
    """Product id revealed."""

    blind_result_sku_id: str | None = Field(default=None, strict=True)
    """SKU id revealed."""

    blind_open_time: int | None = Field(default=None, strict=True)
    """Opening time, unix milliseconds."""


class CombinedListingSku(ResponseModel):
    """One SKU of the bundle."""

    product_id: str | None = None
    """Product id of the SKU."""

    sku_id: str | None = None
    """SKU id."""

    seller_sku: str | None = None
    """The seller's SKU code."""

    sku_count: int | None = None
    """Quantity of this SKU in the bundle."""


class DeliveryPreferences(ResponseModel):
    """Buyer's delivery preferences."""

    drop_off_location: str | None = None
    """Drop-off location chosen by the buyer, e.g. `Front Door`."""


class Detail(ResponseModel):
    """The order and reference that failed."""

    order_id: str | None = None
    """TikTok Shop order id."""

    external_order: DetailExternalOrder | None = None
    """The external reference sent."""


class DetailExternalOrder(ResponseModel):
    """The external reference sent."""

    id: str | None = None
    """Order id in the external OMS."""

    platform: str | None = None
    """The external OMS."""


class DistrictInfo(ResponseModel):
    """One administrative division."""

    address_level: str | None = None
    """Division level code, `L0` (country) to `L4`."""

    address_level_name: str | None = None
    """Name of the level, e.g. `Country`, `State`, `City`."""

    address_name: str | None = None
    """Name of the division, e.g. `London`."""

    iso_code: str | None = None
    """ISO code of the division."""


class Error(ResponseModel):
    """One order that failed."""

    code: str | None = None
    """Error code of this order."""

    message: str | None = None
    """Error message."""

    detail: Detail | None = None
    """The order and reference that failed."""


class ExternalOrder(ResponseModel):
    """An order of an external OMS linked to a TikTok Shop order."""

    id: str | None = None
    """Order id in the external OMS."""

    platform: str | None = None
    """The external OMS, e.g. `SHOPIFY`."""

    line_items: NullAsEmpty[list[ExternalOrderLineItem]] = Field(default_factory=list)
    """Line item links between the external order and the TikTok Shop order."""


class ExternalOrderLineItem(ResponseModel):
    """One line item link."""

    id: str | None = None
    """Line item id in the external OMS."""

    origin_id: str | None = None
    """Line item id in TikTok Shop."""


class FundedPromotion(ResponseModel):
    """One seller-funded promotion applied to a line item."""

    activity_id: str | None = None
    """Promotion activity id."""

    discount_amount: str | None = None
    """Discount granted by the promotion."""

    discount_type: OpenEnum[Literal["ACTIVITY", "COUPON"]] | None = None
    """Kind of promotion."""


class GetExternalOrdersQuery(RequestModel):
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


class GetExternalOrdersResponse(ResponseModel):
    """External references of the order."""

    external_orders: NullAsEmpty[list[ExternalOrder]] = Field(default_factory=list)
    """Linked external orders (all OMS links of the order)."""


class GetOrderDetailQuery(RequestModel):
    """Path and query parameters of OrderBatchGetOrderDetail202507."""

    ids: list[StrictStr] = Field(min_length=1, max_length=50)
    """Order ids to fetch, at most 50 (sent comma-separated)."""


class GetOrderDetailResponse(ResponseModel):
    """The requested orders."""

    orders: NullAsEmpty[list[Order]] = Field(default_factory=list)
    """One entry per order found."""


class GetOrderPriceDetailQuery(RequestModel):
    """Path and query parameters of OrderGetOrderPriceDetail."""

    order_id: str = Field(min_length=1, strict=True)
    """TikTok Shop order id."""


class GetOrderPriceDetailResponse(ResponseModel):
    """Price breakdown of the order and of each line item."""

    currency: str | None = None
    """ISO 4217 currency code."""

    total: DecimalAmount | None = None
    """Total original price: `sku_list_price + shipping_list_price`."""

    payment: str | None = None
    """Amount paid by the buyer."""

    sku_list_price: DecimalAmount | None = None
    """Total list (MSRP) price of the products."""

    sku_sale_price: DecimalAmount | None = None
    """Total sale price of the products: list price minus seller and platform deductions."""

    subtotal: DecimalAmount | None = None
    """Products' sale price including tax."""

    subtotal_deduction_seller: str | None = None
    """Product discount funded by the seller."""

    subtotal_deduction_platform: str | None = None
    """Product discount funded by the platform."""

    subtotal_tax_amount: DecimalAmount | None = None
    """Tax on the products."""

    voucher_deduction_platform: str | None = None
    """Product deduction from platform-funded vouchers."""

    voucher_deduction_seller: str | None = None
    """Product deduction from seller-funded vouchers."""

    shipping_list_price: DecimalAmount | None = None
    """Original shipping price."""

    shipping_sale_price: DecimalAmount | None = None
    """Shipping price after seller and platform shipping deductions."""

    shipping_fee_deduction_seller: str | None = None
    """Shipping discount funded by the seller."""

    shipping_fee_deduction_platform: str | None = None
    """Shipping discount funded by the platform."""

    shipping_fee_deduction_platform_voucher: str | None = None
    """Shipping deduction from platform-funded vouchers."""

    tax_amount: DecimalAmount | None = None
    """Total tax."""

    tax_rate: str | None = None
    """Tax rate, e.g. `0.021`."""

    net_price_amount: DecimalAmount | None = None
    """Price excluding tax."""

    cod_fee: DecimalAmount | None = None
    """Cash-on-delivery fee of shipping aggregators (`0.00` outside Saudi Arabia)."""

    cod_fee_net_amount: DecimalAmount | None = None
    """Cash-on-delivery fee including tax (`0.00` outside Saudi Arabia)."""

    sku_gift_original_price: DecimalAmount | None = None
    """List price of the seller's gift product."""

    sku_gift_net_price: DecimalAmount | None = None
    """List price of the seller's gift product including tax."""

    distance_shipping_fee: DecimalAmount | None = None
    """Distance-based shipping fee (Horizon+ program, Indonesia only)."""

    distance_fee: DecimalAmount | None = None
    """Distance fee (Horizon+ program, Indonesia only)."""

    line_items: NullAsEmpty[list[PriceDetailLineItem]] = Field(default_factory=list)
    """Price breakdown of each line item."""


class HandlingDuration(ResponseModel):
    """Time the seller needs to hand the order to the carrier."""

    days: str | None = None
    """Number of days."""

    type_: OpenEnum[Literal["BUSINESS_DAY", "CALENDAR_DAY"]] | None = Field(default=None, alias="type")
    """`CALENDAR_DAY` (all days) or `BUSINESS_DAY` (weekends and holidays excluded, the default)."""


class ItemTax(ResponseModel):
    """One tax on an item."""

    tax_type: OpenEnum[Literal["SALES_TAX"]] | None = None
    """Tax type; only `SALES_TAX` (US) for now."""

    tax_amount: DecimalAmount | None = None
    """Tax amount."""

    tax_rate: str | None = None
    """Tax rate, e.g. `0.35`."""


class LineItem(ResponseModel):
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

    sku_type: OpenEnum[Literal["MADE_TO_ORDER", "NORMAL", "PRE_ORDER", "SHOP_PARTNER", "ZERO_LOTTERY"]] | None = None
    """Deprecated line type; use the order's `order_type`."""

    product_listing_type: str | None = None
    """Listing type of the SKU, e.g. `TEMPORARY_LISTING`."""

    currency: str | None = None
    """ISO 4217 currency of the amounts."""

    original_price: DecimalAmount | None = None
    """Original price of the item."""

    sale_price: DecimalAmount | None = None
    """Sale price of the item."""

    platform_discount: str | None = None
    """Discount funded by the platform."""

    seller_discount: str | None = None
    """Discount funded by the seller."""

    pfand_fee: DecimalAmount | None = None
    """Container deposit fee (Germany only)."""

    small_order_fee: DecimalAmount | None = None
    """Small order fee share (Thailand only)."""

    retail_delivery_fee: DecimalAmount | None = None
    """Retail delivery fee (US only)."""

    buyer_service_fee: DecimalAmount | None = None
    """Buyer service fee share (Indonesia only)."""

    gift_retail_price: DecimalAmount | None = None
    """Retail price of a free item (LIVE giveaway, free sample, gift with purchase); 0 otherwise."""

    distance_shipping_fee: DecimalAmount | None = None
    """Distance-based shipping fee (Horizon+ program, Indonesia only)."""

    distance_fee: DecimalAmount | None = None
    """Distance fee (Horizon+ program, Indonesia only)."""

    shipping_vat_amount: DecimalAmount | None = None
    """VAT amount on shipping (EU only)."""

    shipping_vat_rate: str | None = None
    """VAT rate on shipping (EU only)."""

    item_tax: NullAsEmpty[list[ItemTax]] = Field(default_factory=list)
    """Taxes on the item."""

    display_status: (
        OpenEnum[
            Literal[
                "AWAITING_COLLECTION",
                "AWAITING_SHIPMENT",
                "CANCELLED",
                "COMPLETED",
                "DELIVERED",
                "IN_TRANSIT",
                "ON_HOLD",
                "UNPAID",
            ]
        ]
        | None
    ) = None
    """Status of the line item."""

    package_status: OpenEnum[Literal["CANCELLED", "COMPLETED", "FULFILLING", "PROCESSING", "TO_FULFILL"]] | None = None
    """Status of the item's package."""

    package_id: str | None = None
    """Id of the package holding the item."""

    cancel_reason: str | None = None
    """Cancellation reason of the item."""

    cancel_user: OpenEnum[Literal["BUYER", "OPERATOR", "SELLER", "SYSTEM"]] | None = None
    """Who started the cancellation."""

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

    combined_listing_skus: NullAsEmpty[list[CombinedListingSku]] = Field(default_factory=list)
    """For a virtual bundle SKU, the SKUs it is made of."""

    sub_item_info: NullAsEmpty[list[SubItem]] = Field(default_factory=list)
    """Items of a seller-defined virtual bundle, each fulfillable on its own."""

    is_unboxing_item: bool | None = None
    """The SKU is a blind box to be unboxed (US only)."""

    unboxing_sku_code: str | None = None
    """Seller's code of the actual unboxed item (US only)."""

    unboxing_case_list: NullAsEmpty[list[UnboxingCase]] = Field(default_factory=list)
    """Seller's codes of the unboxed items of a case (US only)."""

    is_pod_customized: bool | None = None
    """The SKU carries print-on-demand customization."""

    pod_info_id: str | None = None
    """Id of the print-on-demand customization, for Search POD customization details."""

    room_id: str | None = None
    """LIVE session where the item was bought; empty otherwise."""


class Order(ResponseModel):
    """A TikTok Shop order with its buyer, address, payment, line items and packages."""

    id: str | None = None
    """Order id."""

    status: (
        OpenEnum[
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
        ]
        | None
    ) = None
    """Order status."""

    order_type: (
        OpenEnum[
            Literal["AUCTION", "BACK_ORDER", "MADE_TO_ORDER", "NORMAL", "PRE_ORDER", "VIRTUAL_ORDER", "ZERO_LOTTERY"]
        ]
        | None
    ) = None
    """Order type; empty for standard orders. `PRE_ORDER`, `MADE_TO_ORDER`, `BACK_ORDER` and
    `VIRTUAL_ORDER` are US only."""

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

    cancellation_initiator: OpenEnum[Literal["BUYER", "SELLER", "SYSTEM"]] | None = None
    """Who started the cancellation."""

    is_buyer_request_cancel: bool | None = None
    """True when the buyer has a pending cancellation request."""

    shipping_provider: str | None = None
    """Name of the current shipping provider."""

    shipping_provider_id: str | None = None
    """Id of the current shipping provider."""

    shipping_type: OpenEnum[Literal["SELLER", "TIKTOK", "TIKTOK_DIGITAL"]] | None = None
    """Delivery method: `TIKTOK` (TikTok label), `SELLER` (seller ships), `TIKTOK_DIGITAL` (virtual goods)."""

    tracking_number: str | None = None
    """Tracking number, once shipped."""

    delivery_type: OpenEnum[Literal["COLLECTION_POINT", "HOME_DELIVERY"]] | None = None
    """`HOME_DELIVERY`, or `COLLECTION_POINT` for a pick-up drop-off (PUDO) location chosen by the buyer."""

    delivery_option_id: str | None = None
    """Delivery option id (the seller's logistics template)."""

    delivery_option_name: str | None = None
    """Delivery option name, for display only."""

    fulfillment_type: (
        OpenEnum[Literal["FULFILLMENT_BY_DILAYANI_TOKOPEDIA", "FULFILLMENT_BY_SELLER", "FULFILLMENT_BY_TIKTOK"]] | None
    ) = None
    """Who fulfills the order; only `FULFILLMENT_BY_SELLER` orders are shipped by the seller."""

    warehouse_id: str | None = None
    """Seller warehouse id."""

    split_or_combine_tag: OpenEnum[Literal["COMBINED", "SPLIT"]] | None = None
    """Whether the order was combined with others or split."""

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

    commerce_platform: OpenEnum[Literal["TIKTOK_SHOP", "TOKOPEDIA"]] | None = None
    """Platform where the order was placed (Indonesia only)."""

    cpf: str | None = None
    """Buyer's CPF tax number for the invoice (Brazil only)."""

    cpf_name: str | None = None
    """Name belonging to the CPF (Brazil only)."""

    need_upload_invoice: (
        OpenEnum[Literal["INVOICE_PROCESSING", "INVOICE_UPLOADED", "NEED_INVOICE", "NO_NEED", "UNKNOWN"]] | None
    ) = None
    """Invoice requirement and upload state (Brazil only)."""

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

    fast_delivery_program: (
        OpenEnum[Literal["3_DAY_DELIVERY", "3_DAY_POTENTIAL_SHIPPING", "3_DAY_POTENTIAL_TRANSIT"]] | None
    ) = None
    """Fast delivery badge shown to the buyer (US only)."""

    order_rights: NullAsEmpty[list[int]] = Field(default_factory=list)
    """Program rights of the order (SEA only): 1 shipping fee reimbursement, 2 Horizon+."""

    fulfillment_priority_level: int | None = None
    """Shipping priority (SEA only): 100 instant, 200 same day 8 hours, 300 same day, 400 next day, 500
    express, 600 standard, 700 economy, 800 cargo."""

    handling_duration: HandlingDuration | None = None
    """Time the seller needs to hand the order to the carrier."""

    payment: Payment | None = None
    """Payment amounts of an order, as strings in `currency`."""

    recipient_address: RecipientAddress | None = None
    """Where the order is delivered. Name and phone are masked for platform logistics."""

    line_items: NullAsEmpty[list[LineItem]] = Field(default_factory=list)
    """The order's line items, one per unit of SKU."""

    packages: NullAsEmpty[list[Package]] = Field(default_factory=list)
    """Packages of the order."""


class Package(ResponseModel):
    """One package."""

    id: str | None = None
    """Package id."""


class Payment(ResponseModel):
    """Payment amounts of an order, as strings in `currency`."""

    currency: str | None = None
    """ISO 4217 currency code."""

    sub_total: DecimalAmount | None = None
    """Buyer-paid product subtotal: `original_total_product_price - seller_discount - platform_discount`
    (pre-tax in the US)."""

    shipping_fee: DecimalAmount | None = None
    """Buyer-paid shipping fee: `original_shipping_fee` minus seller and platform shipping discounts."""

    seller_discount: str | None = None
    """Product discount funded by the seller."""

    platform_discount: str | None = None
    """Product discount funded by the platform."""

    payment_platform_discount: str | None = None
    """Discount funded by a payment platform."""

    payment_discount_service_fee: str | None = None
    """Fee the buyer paid to get the payment platform discount."""

    total_amount: DecimalAmount | None = None
    """Buyer-paid total: `sub_total + shipping_fee + taxes + retail_delivery_fee`."""

    original_total_product_price: DecimalAmount | None = None
    """Products' total original price (VAT included for cross-border shops)."""

    original_shipping_fee: DecimalAmount | None = None
    """Shipping fee before discounts."""

    shipping_fee_seller_discount: str | None = None
    """Shipping discount funded by the seller (not co-funded)."""

    shipping_fee_platform_discount: str | None = None
    """Shipping discount funded by the platform."""

    shipping_fee_cofunded_discount: str | None = None
    """Seller shipping discount eligible for co-funded reimbursement."""

    tax: DecimalAmount | None = None
    """Total taxes paid by the buyer (cross-border shops and US)."""

    product_tax: DecimalAmount | None = None
    """Tax on the products."""

    shipping_fee_tax: DecimalAmount | None = None
    """Tax on shipping."""

    small_order_fee: DecimalAmount | None = None
    """Fee topping the order up to the minimum spend (Thailand only)."""

    retail_delivery_fee: DecimalAmount | None = None
    """Retail delivery fee (US only)."""

    buyer_service_fee: DecimalAmount | None = None
    """Per-transaction service fee paid by the buyer (Indonesia only)."""

    handling_fee: DecimalAmount | None = None
    """Fee for the processing or installment costs of the payment method."""

    shipping_insurance_fee: DecimalAmount | None = None
    """Shipping insurance paid by the buyer (Indonesia only)."""

    item_insurance_fee: DecimalAmount | None = None
    """Product insurance paid by the buyer (US and Indonesia)."""

    item_insurance_tax: DecimalAmount | None = None
    """Tax on the product insurance (US only)."""

    distance_shipping_fee: DecimalAmount | None = None
    """Distance-based shipping fee outside Java (Horizon+ program, Indonesia only)."""

    distance_fee: DecimalAmount | None = None
    """Total distance fee (Horizon+ program, Indonesia only)."""


class PodDetail(ResponseModel):
    """Customization of one order line."""

    order_line_id: str | None = None
    """Line item id."""

    pod_detail: str | None = None
    """The customization details of the line."""


class PriceDetailLineItem(ResponseModel):
    """Price breakdown of one line item."""

    id: str | None = None
    """Line item id."""

    currency: str | None = None
    """ISO 4217 currency code."""

    total: DecimalAmount | None = None
    """Total original price: `sku_list_price + shipping_list_price`."""

    payment: str | None = None
    """Amount paid by the buyer for the item."""

    sku_list_price: DecimalAmount | None = None
    """List (MSRP) price."""

    sku_sale_price: DecimalAmount | None = None
    """Sale price after seller and platform deductions."""

    subtotal: DecimalAmount | None = None
    """Sale price including tax."""

    subtotal_deduction_seller: str | None = None
    """Product discount funded by the seller."""

    subtotal_deduction_platform: str | None = None
    """Product discount funded by the platform."""

    subtotal_tax_amount: DecimalAmount | None = None
    """Tax on the product."""

    voucher_deduction_platform: str | None = None
    """Product deduction from platform-funded vouchers."""

    voucher_deduction_seller: str | None = None
    """Product deduction from seller-funded vouchers."""

    shipping_list_price: DecimalAmount | None = None
    """Original shipping price."""

    shipping_sale_price: DecimalAmount | None = None
    """Shipping price after seller and platform shipping deductions."""

    shipping_fee_deduction_seller: str | None = None
    """Shipping discount funded by the seller."""

    shipping_fee_deduction_platform: str | None = None
    """Shipping discount funded by the platform."""

    shipping_fee_deduction_platform_voucher: str | None = None
    """Shipping deduction from platform-funded vouchers."""

    tax_amount: DecimalAmount | None = None
    """Total tax of the item."""

    tax_rate: str | None = None
    """Tax rate."""

    net_price_amount: DecimalAmount | None = None
    """Price excluding tax."""

    cod_fee: DecimalAmount | None = None
    """Cash-on-delivery fee of shipping aggregators (`0.00` outside Saudi Arabia)."""

    cod_fee_amount: DecimalAmount | None = None
    """Cash-on-delivery fee including tax (`0.00` outside Saudi Arabia)."""

    sku_gift_original_price: DecimalAmount | None = None
    """List price of the seller's gift product."""

    sku_gift_net_price: DecimalAmount | None = None
    """List price of the seller's gift product including tax."""

    distance_shipping_fee: DecimalAmount | None = None
    """Distance-based shipping fee (Horizon+ program, Indonesia only)."""

    distance_fee: DecimalAmount | None = None
    """Distance fee (Horizon+ program, Indonesia only)."""

    seller_funded_product_promotions: NullAsEmpty[list[FundedPromotion]] = Field(default_factory=list)
    """Seller-funded product promotions applied to the item."""

    seller_funded_shipping_promotions: NullAsEmpty[list[FundedPromotion]] = Field(default_factory=list)
    """Seller-funded shipping promotions applied to the item."""


class QueryOrderLine(RequestModel):
    """One order line."""

    order_line_id: str = Field(strict=True)
    """Line item id."""

    product_id: str = Field(strict=True)
    """Product id."""

    sku_id: str = Field(strict=True)
    """SKU id."""

    pod_order_data_id: str = Field(strict=True)
    """Id of the POD data (the line item's `pod_info_id`)."""


class RecipientAddress(ResponseModel):
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

    district_info: NullAsEmpty[list[DistrictInfo]] = Field(default_factory=list)
    """Administrative divisions of the address, from country down."""

    delivery_preferences: DeliveryPreferences | None = None
    """Buyer's delivery preferences."""


class SearchExternalOrdersOrder(ResponseModel):
    """One linked order."""

    id: str | None = None
    """TikTok Shop order id."""

    external_order: ExternalOrder | None = None
    """An order of an external OMS linked to a TikTok Shop order."""


class SearchExternalOrdersQuery(RequestModel):
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


class SearchExternalOrdersResponse(ResponseModel):
    """TikTok Shop orders linked to the external order."""

    orders: NullAsEmpty[list[SearchExternalOrdersOrder]] = Field(default_factory=list)
    """Matching orders; may be absent when none match."""


class SearchOrdersQuery(RequestModel):
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


class SearchOrdersRequest(RequestModel):
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


class SearchOrdersResponse(ResponseModel):
    """One page of orders."""

    orders: NullAsEmpty[list[Order]] = Field(default_factory=list)
    """The orders of this page."""

    total_count: int | None = None
    """Total number of orders matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SearchPodDetailsRequest(RequestModel):
    """The order lines whose customization to fetch."""

    main_order_id: str = Field(strict=True)
    """TikTok Shop order id."""

    query_order_lines: list[QueryOrderLine]
    """Order lines to look up."""


class SearchPodDetailsResponse(ResponseModel):
    """Customization details of the requested lines."""

    status_code: int | None = None
    """Status code of the lookup."""

    pod_details: NullAsEmpty[list[PodDetail]] = Field(default_factory=list)
    """One entry per requested line."""


class SubItem(ResponseModel):
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

    display_status: (
        OpenEnum[
            Literal[
                "AWAITING_COLLECTION",
                "AWAITING_SHIPMENT",
                "CANCELLED",
                "COMPLETED",
                "DELIVERED",
                "IN_TRANSIT",
                "UNPAID",
            ]
        ]
        | None
    ) = None
    """Status of the sub-item."""

    sale_price: DecimalAmount | None = None
    """Sale price."""

    original_price: DecimalAmount | None = None
    """Original price."""

    platform_discount: str | None = None
    """Discount funded by the platform."""

    seller_discount: str | None = None
    """Discount funded by the seller."""

    currency: str | None = None
    """ISO 4217 currency."""

    cancel_reason: str | None = None
    """Cancellation reason."""

    cancel_user: OpenEnum[Literal["BUYER", "OPERATOR", "SELLER", "SYSTEM"]] | None = None
    """Who started the cancellation."""

    rts_time: int | None = None
    """Time shipped (unix seconds)."""

    package_id: str | None = None
    """Package id."""

    package_status: OpenEnum[Literal["CANCELLED", "COMPLETED", "FULFILLING", "PROCESSING", "TO_FULFILL"]] | None = None
    """Package status."""

    shipping_provider_id: str | None = None
    """Shipping provider id."""

    shipping_provider_name: str | None = None
    """Shipping provider name."""

    tracking_number: str | None = None
    """Tracking number."""

    retail_delivery_fee: DecimalAmount | None = None
    """Retail delivery fee (US only)."""

    is_dangerous_good: bool | None = None
    """Hazmat item."""

    warehouse_id: str | None = None
    """Seller warehouse id."""

    item_tax: NullAsEmpty[list[ItemTax]] = Field(default_factory=list)
    """Taxes on the sub-item."""


class UnboxingCase(ResponseModel):
    """One unboxed item."""

    unbox_sku: str | None = None
    """Code of the unboxed SKU."""

    unbox_sku_type: OpenEnum[Literal["GIFT", "NORMAL"]] | None = None
    """Whether the unboxed SKU is a gift."""


class UpdateBlindBoxResults202511Request(RequestModel):
    """Blind box opening results of one order (one product per line item)."""

    main_order_id: str | None = Field(default=None, strict=True)
    """TikTok Shop order id."""

    blind_box_results: list[BlindBoxResult] | None = None
    """One revealed product per blind box line item."""


class UpdateBlindBoxResultsRequest(RequestModel):
    """Blind box opening results of one order."""

    main_order_id: str | None = Field(default=None, strict=True)
    """TikTok Shop order id."""

    blind_box_results: list[BlindBoxResult] | None = None
    """One revealed product per blind box line item (legacy shape)."""

    blind_batch_box_results: list[BlindBatchBoxResult] | None = None
    """Revealed products grouped by blind box line item; used instead of `blind_box_results` when
    non-empty."""


class UpdateBlindBoxResultsResponse(ResponseModel):
    """Empty on success."""

    pass
