"""Models of the `data_reconciliation` module.

Data reconciliation for connector apps: report how TikTok Shop orders look on the seller's
direct-to-consumer platform (Shopify, WooCommerce, BigCommerce, Magento) so TikTok can compare both
sides."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tiktok_shop._contract import NullAsEmpty, RequestModel, ResponseModel

__all__ = [
    "ExtraError",
    "FailedOrder",
    "ImportOrder",
    "ImportOrder202310",
    "ImportOrders202310Request",
    "ImportOrdersRequest",
    "ImportOrdersResponse",
    "ImportPackage",
    "OrderError",
    "SyncOrder",
    "SyncOrdersQuery",
    "SyncOrdersRequest",
    "SyncOrdersResponse",
    "SyncPackage",
]


class ExtraError(ResponseModel):
    """One business reason an order failed."""

    code: str | None = None
    """Business error code."""

    message: str | None = None
    """Business error message."""


class FailedOrder(ResponseModel):
    """The order an error is about."""

    order_id: str | None = None
    """TikTok Shop order id."""

    channel_order_id: str | None = None
    """Order id on the DTC platform."""

    channel_type: str | None = None
    """The DTC platform."""

    extra_errors: NullAsEmpty[list[ExtraError]] = Field(default_factory=list)
    """Why the order failed."""


class ImportOrder(RequestModel):
    """One order as recorded on the DTC platform."""

    channel_type: Literal["BIGCOMMERCE", "MAGENTO", "SHOPIFY", "WOOCOMMERCE"] | None = None
    """The DTC platform; other values are rejected."""

    channel_order_id: str | None = Field(default=None, strict=True)
    """Order id on the DTC platform."""

    channel_order_status: str | None = Field(default=None, strict=True)
    """Order status on the DTC platform, from the values of its `channel_type`: SHOPIFY `OPEN`, `ARCHIVED`,
    `CANCELED`; WOOCOMMERCE `PENDING`, `ON_HOLD`, `PROCESSING`, `COMPLETED`, `REFUNDED`; BIGCOMMERCE
    `AWAITING_PAYMENT`, `AWAITING_FULFILLMENT`, `AWATING_SHIPMENT`, `PARTIALLY_SHIPPED`, `INCOMPLETE`,
    `MANUAL_VERIFICATION_REQUIRED`, `SHIPPED`, `CANCELLED`, `REFUND`, `PENDING`; MAGENTO `NEW`,
    `PROCESSING`, `PENDING`, `COMPLETE`, `CLOSED`, `PENDING_PAYMENT`, `ON_HOLD`. Other values are
    rejected."""

    channel_financial_status: str | None = Field(default=None, strict=True)
    """For SHOPIFY, the financial status - `PENDING`, `AUTHORIZED`, `OVERDUE`, `EXPIRING`, `EXPIRED`,
    `PAID`, `REFUNDED`, `PARTIALLY_REFUNDED`, `PARTIALLY_PAID`, `VOIDED` or `UNPAID`."""

    channel_fulfillment_status: str | None = Field(default=None, strict=True)
    """For SHOPIFY, the fulfillment status - `FULFILLED`, `ON_HOLD`, `PARTIALLY_FULFILLED`, `UNFULFILLED`
    or `SCHEDULED`."""

    channel_order_update_time: str | None = Field(default=None, strict=True)
    """When the order last changed on the DTC platform (not the call time), 10-digit unix seconds sent as a
    string, earlier than now."""

    order_id: str | None = Field(default=None, strict=True)
    """TikTok Shop order id, digits only."""

    issue_reason: str | None = Field(default=None, strict=True)
    """Reason code of the discrepancy, one of TikTok's documented reason codes; other values are rejected."""

    packages: list[ImportPackage] | None = None
    """Packages of the order."""


class ImportOrder202310(RequestModel):
    """One order as recorded on the DTC platform."""

    channel_type: Literal["BIGCOMMERCE", "MAGENTO", "SHOPIFY", "WOOCOMMERCE"] | None = None
    """The DTC platform; other values are rejected."""

    channel_order_id: str | None = Field(default=None, strict=True)
    """Order id on the DTC platform."""

    channel_order_status: str | None = Field(default=None, strict=True)
    """Order status on the DTC platform, from the values of its `channel_type`: SHOPIFY `OPEN`, `ARCHIVED`,
    `CANCELED`; WOOCOMMERCE `PENDING`, `ON_HOLD`, `PROCESSING`, `COMPLETED`, `REFUNDED`; BIGCOMMERCE
    `AWAITING_PAYMENT`, `AWAITING_FULFILLMENT`, `AWATING_SHIPMENT`, `PARTIALLY_SHIPPED`, `INCOMPLETE`,
    `MANUAL_VERIFICATION_REQUIRED`, `SHIPPED`, `CANCELLED`, `REFUND`, `PENDING`; MAGENTO `NEW`,
    `PROCESSING`, `PENDING`, `COMPLETE`, `CLOSED`, `PENDING_PAYMENT`, `ON_HOLD`. Other values are
    rejected."""

    channel_financial_status: str | None = Field(default=None, strict=True)
    """For SHOPIFY, the financial status - `PENDING`, `AUTHORIZED`, `OVERDUE`, `EXPIRING`, `EXPIRED`,
    `PAID`, `REFUNDED`, `PARTIALLY_REFUNDED`, `PARTIALLY_PAID`, `VOIDED` or `UNPAID`."""

    channel_fulfillment_status: str | None = Field(default=None, strict=True)
    """For SHOPIFY, the fulfillment status - `FULFILLED`, `ON_HOLD`, `PARTIALLY_FULFILLED`, `UNFULFILLED`
    or `SCHEDULED`."""

    channel_order_update_time: str | None = Field(default=None, strict=True)
    """When the order last changed on the DTC platform (not the call time), 10-digit unix seconds sent as a
    string, earlier than now."""

    order_id: str | None = Field(default=None, strict=True)
    """TikTok Shop order id, digits only."""

    not_exist_reason: str | None = Field(default=None, strict=True)
    """Why the order has no match on the DTC platform."""

    packages: list[ImportPackage] | None = None
    """Packages of the order."""


class ImportOrders202310Request(RequestModel):
    """Orders to import."""

    orders: list[ImportOrder202310] | None = None
    """The orders."""


class ImportOrdersRequest(RequestModel):
    """Orders to import."""

    orders: list[ImportOrder] | None = None
    """The orders."""


class ImportOrdersResponse(ResponseModel):
    """Orders that failed."""

    errors: NullAsEmpty[list[OrderError]] = Field(default_factory=list)
    """One entry per failed order."""


class ImportPackage(RequestModel):
    """A package of the order with its tracking data."""

    package_id: str | None = Field(default=None, strict=True)
    """TikTok Shop package id the tracking belongs to."""

    tracking_number: str | None = Field(default=None, strict=True)
    """Tracking number."""

    shipping_provider_name: str | None = Field(default=None, strict=True)
    """Name of the shipping provider of the tracking number."""


class OrderError(ResponseModel):
    """An order that could not be taken."""

    code: str | None = None
    """Integration error code."""

    message: str | None = None
    """Integration error message."""

    detail: FailedOrder | None = None
    """The order an error is about."""


class SyncOrder(RequestModel):
    """One order as recorded on the DTC platform."""

    channel_type: Literal["BIGCOMMERCE", "MAGENTO", "SHOPIFY", "WOOCOMMERCE"] | None = None
    """The DTC platform; other values are rejected."""

    channel_order_id: str | None = Field(default=None, strict=True)
    """Order id on the DTC platform."""

    channel_order_status: str | None = Field(default=None, strict=True)
    """Order status on the DTC platform, from the values of its `channel_type`: SHOPIFY `OPEN`, `ARCHIVED`,
    `CANCELED`; WOOCOMMERCE `PENDING`, `ON_HOLD`, `PROCESSING`, `COMPLETED`, `REFUNDED`; BIGCOMMERCE
    `AWAITING_PAYMENT`, `AWAITING_FULFILLMENT`, `AWATING_SHIPMENT`, `PARTIALLY_SHIPPED`, `INCOMPLETE`,
    `MANUAL_VERIFICATION_REQUIRED`, `SHIPPED`, `CANCELLED`, `REFUND`, `PENDING`; MAGENTO `NEW`,
    `PROCESSING`, `PENDING`, `COMPLETE`, `CLOSED`, `PENDING_PAYMENT`, `ON_HOLD`. Other values are
    rejected."""

    channel_financial_status: str | None = Field(default=None, strict=True)
    """For SHOPIFY, the financial status - `PENDING`, `AUTHORIZED`, `OVERDUE`, `EXPIRING`, `EXPIRED`,
    `PAID`, `REFUNDED`, `PARTIALLY_REFUNDED`, `PARTIALLY_PAID`, `VOIDED` or `UNPAID`."""

    channel_fulfillment_status: str | None = Field(default=None, strict=True)
    """For SHOPIFY, the fulfillment status - `FULFILLED`, `ON_HOLD`, `PARTIALLY_FULFILLED`, `UNFULFILLED`
    or `SCHEDULED`."""

    channel_order_update_time: str | None = Field(default=None, strict=True)
    """When the order last changed on the DTC platform (not the call time), 10-digit unix seconds sent as a
    string, earlier than now."""

    order_id: str | None = Field(default=None, strict=True)
    """TikTok Shop order id, digits only."""

    not_exist_reason: str | None = Field(default=None, strict=True)
    """Why the order has no match on the DTC platform."""

    packages: list[SyncPackage] | None = None
    """Packages of the order."""


class SyncOrdersQuery(RequestModel):
    """Path and query parameters of DataReconciliationOrdersSyncPost."""

    shop_id: int | None = Field(default=None, strict=True)
    """Id of the TikTok Shop shop the orders belong to."""


class SyncOrdersRequest(RequestModel):
    """Orders to exchange."""

    orders: list[SyncOrder] | None = None
    """The orders."""


class SyncOrdersResponse(ResponseModel):
    """Orders that failed."""

    errors: NullAsEmpty[list[OrderError]] = Field(default_factory=list)
    """One entry per failed order."""


class SyncPackage(RequestModel):
    """A package of the order with its tracking data."""

    package_id: str | None = Field(default=None, strict=True)
    """TikTok Shop package id the tracking belongs to."""

    tracking_number: str | None = Field(default=None, strict=True)
    """Tracking number."""

    logistics_provider_name: str | None = Field(default=None, strict=True)
    """Name of the logistics provider of the tracking number."""
