"""Models of the `data_reconciliation` module.

Data reconciliation for connector apps: report how TikTok Shop orders look on the seller's
direct-to-consumer platform (Shopify, WooCommerce, BigCommerce, Magento) so TikTok can compare both
sides."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tiktok_shop._contract import RequestModel, ResponseModel

__all__ = [
    "DataReconciliationExtraError",
    "DataReconciliationFailedOrder",
    "DataReconciliationImportOrder",
    "DataReconciliationImportOrder202310",
    "DataReconciliationImportPackage",
    "DataReconciliationOrderError",
    "DataReconciliationOrdersImportPost202310Request",
    "DataReconciliationOrdersImportPost202310Response",
    "DataReconciliationOrdersImportPostRequest",
    "DataReconciliationOrdersImportPostResponse",
    "DataReconciliationOrdersSyncPostQuery",
    "DataReconciliationOrdersSyncPostRequest",
    "DataReconciliationOrdersSyncPostResponse",
    "DataReconciliationSyncOrder",
    "DataReconciliationSyncPackage",
]


class DataReconciliationExtraError(ResponseModel):
    """One business reason an order failed."""

    code: str | None = None
    """Business error code."""

    message: str | None = None
    """Business error message."""


class DataReconciliationFailedOrder(ResponseModel):
    """The order an error is about."""

    order_id: str | None = None
    """TikTok Shop order id."""

    channel_order_id: str | None = None
    """Order id on the DTC platform."""

    channel_type: str | None = None
    """The DTC platform."""

    extra_errors: list[DataReconciliationExtraError] | None = None
    """Why the order failed."""


class DataReconciliationImportOrder(RequestModel):
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

    packages: list[DataReconciliationImportPackage] | None = None
    """Packages of the order."""


class DataReconciliationImportOrder202310(RequestModel):
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

    packages: list[DataReconciliationImportPackage] | None = None
    """Packages of the order."""


class DataReconciliationImportPackage(RequestModel):
    """A package of the order with its tracking data."""

    package_id: str | None = Field(default=None, strict=True)
    """TikTok Shop package id the tracking belongs to."""

    tracking_number: str | None = Field(default=None, strict=True)
    """Tracking number."""

    shipping_provider_name: str | None = Field(default=None, strict=True)
    """Name of the shipping provider of the tracking number."""


class DataReconciliationOrderError(ResponseModel):
    """An order that could not be taken."""

    code: str | None = None
    """Integration error code."""

    message: str | None = None
    """Integration error message."""

    detail: DataReconciliationFailedOrder | None = None
    """The order an error is about."""


class DataReconciliationOrdersImportPost202310Request(RequestModel):
    """Orders to import."""

    orders: list[DataReconciliationImportOrder202310] | None = None
    """The orders."""


class DataReconciliationOrdersImportPost202310Response(ResponseModel):
    """Orders that failed."""

    errors: list[DataReconciliationOrderError] | None = None
    """One entry per failed order."""


class DataReconciliationOrdersImportPostRequest(RequestModel):
    """Orders to import."""

    orders: list[DataReconciliationImportOrder] | None = None
    """The orders."""


class DataReconciliationOrdersImportPostResponse(ResponseModel):
    """Orders that failed."""

    errors: list[DataReconciliationOrderError] | None = None
    """One entry per failed order."""


class DataReconciliationOrdersSyncPostQuery(RequestModel):
    """Path and query parameters of DataReconciliationOrdersSyncPost."""

    shop_id: int | None = Field(default=None, strict=True)
    """Id of the TikTok Shop shop the orders belong to."""


class DataReconciliationOrdersSyncPostRequest(RequestModel):
    """Orders to exchange."""

    orders: list[DataReconciliationSyncOrder] | None = None
    """The orders."""


class DataReconciliationOrdersSyncPostResponse(ResponseModel):
    """Orders that failed."""

    errors: list[DataReconciliationOrderError] | None = None
    """One entry per failed order."""


class DataReconciliationSyncOrder(RequestModel):
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

    packages: list[DataReconciliationSyncPackage] | None = None
    """Packages of the order."""


class DataReconciliationSyncPackage(RequestModel):
    """A package of the order with its tracking data."""

    package_id: str | None = Field(default=None, strict=True)
    """TikTok Shop package id the tracking belongs to."""

    tracking_number: str | None = Field(default=None, strict=True)
    """Tracking number."""

    logistics_provider_name: str | None = Field(default=None, strict=True)
    """Name of the logistics provider of the tracking number."""
