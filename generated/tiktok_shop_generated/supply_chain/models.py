"""Models of the `supply_chain` module.

Warehouse service providers reporting the shipment of the packages they fulfill."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tiktok_shop._contract import NullAsEmpty, RequestModel, ResponseModel

__all__ = [
    "ConfirmPackageShipmentRequest",
    "ConfirmPackageShipmentResponse",
    "Detail",
    "Dimension",
    "Error",
    "Package",
    "Sku",
    "Weight",
]


class ConfirmPackageShipmentRequest(RequestModel):
    """Packages shipped by a warehouse provider."""

    warehouse_provider_id: str = Field(strict=True)
    """Warehouse provider id assigned by TikTok Shop (a positive integer as a string)."""

    packages: list[Package] = Field(min_length=1)
    """Packages to confirm, at least one."""


class ConfirmPackageShipmentResponse(ResponseModel):
    """Confirmed and failed packages."""

    success_packages: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Ids of the confirmed packages."""

    errors: NullAsEmpty[list[Error]] = Field(default_factory=list)
    """Packages not confirmed, with the reason; absent when all succeeded."""


class Detail(ResponseModel):
    """What the failure concerns."""

    package_id: str | None = None
    """Package id."""


class Dimension(RequestModel):
    """Package dimensions."""

    length: int | None = Field(default=None, ge=0.0, strict=True)
    """Length, 0 or more."""

    width: int | None = Field(default=None, ge=0.0, strict=True)
    """Width, 0 or more."""

    height: int | None = Field(default=None, ge=0.0, strict=True)
    """Height, 0 or more."""

    unit: Literal["CENTIMETER", "FOOT", "INCH", "METER", "MICRON", "MILLIMETER"] | None = None
    """Unit of the dimensions."""


class Error(ResponseModel):
    """A package that was not confirmed."""

    code: str | None = None
    """Error code (sent as a string)."""

    message: str | None = None
    """Error message."""

    detail: Detail | None = None
    """What the failure concerns."""


class Package(RequestModel):
    """Shipment details of one package leaving the warehouse."""

    id: str = Field(strict=True)
    """Package id, a non-zero decimal integer string of at most 40 bytes."""

    wms_order_id: str = Field(strict=True)
    """Order number in the warehouse management system."""

    time_zone: str = Field(strict=True)
    """Time zone of the warehouse, e.g. `UTC+8`."""

    create_time_millis: int = Field(strict=True)
    """When the warehouse received the order, Unix timestamp in milliseconds."""

    ship_time_millis: int = Field(strict=True)
    """When the package left the warehouse, Unix timestamp in milliseconds."""

    handover_time_millis: int = Field(strict=True)
    """When the package was handed to the carrier, Unix timestamp in milliseconds."""

    shipping_provider_id: str = Field(strict=True)
    """Shipping provider id."""

    shipping_provider_name: str = Field(strict=True)
    """Shipping provider name."""

    tracking_number: str = Field(strict=True)
    """Tracking number."""

    dimension: Dimension
    """Package dimensions."""

    skus: list[Sku] = Field(min_length=1)
    """SKUs in the package, at least one."""

    provider_warehouse_code: str | None = Field(default=None, strict=True)
    """Warehouse code, at most 40 bytes."""

    provider_warehouse_name: str | None = Field(default=None, strict=True)
    """Warehouse name."""

    shipping_origin_city: str | None = Field(default=None, strict=True)
    """City the shipment leaves from."""

    tcw_warehouse_type: Literal["STANDARD", "TIKTOK_CERTIFIED_WAREHOUSE_FULFILLMENT"] | None = None
    """Warehouse type: `STANDARD` or `TIKTOK_CERTIFIED_WAREHOUSE_FULFILLMENT` (certified by TikTok, meeting
    its fulfillment time standards)."""

    weight: Weight | None = None
    """Package weight."""


class Sku(RequestModel):
    """One SKU and its quantity."""

    id: str = Field(strict=True)
    """TikTok Shop SKU id."""

    quantity: int = Field(ge=1.0, strict=True)
    """Quantity in the package, greater than 0."""


class Weight(RequestModel):
    """Package weight."""

    value: int | None = Field(default=None, ge=0.0, strict=True)
    """Weight, 0 or more."""

    unit: Literal["GRAM", "KILOGRAM", "MILLIGRAM", "OUNCE", "POUND"] | None = None
    """Unit of the weight."""
