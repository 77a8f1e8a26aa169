"""Models of the `logistics` module.

Warehouses, delivery options, carriers, shipping templates and parcel tracking."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tiktok_shop._contract import NullAsEmpty, OpenEnum, RequestModel, ResponseModel

__all__ = [
    "CheckShippingTemplateExistsQuery",
    "CheckShippingTemplateExistsResponse",
    "DeliveryOption",
    "Dimension",
    "DimensionLimit",
    "FilterReason",
    "Geolocation",
    "GetGlobalWarehousesResponse",
    "GetLogisticsTrackingQuery",
    "GetLogisticsTrackingResponse",
    "GetShippingProvidersQuery",
    "GetShippingProvidersResponse",
    "GetShippingTemplateAvailabilityRequest",
    "GetShippingTemplateAvailabilityResponse",
    "GetShippingTemplateAvailabilityTemplate",
    "GetShippingTemplateAvailabilityTemplateTemplate",
    "GetWarehouseDeliveryOptionsQuery",
    "GetWarehouseDeliveryOptionsResponse",
    "GetWarehousesResponse",
    "GlobalWarehouse",
    "LogisticsDetail",
    "ProductAttribute",
    "ServiceUnreachableReason",
    "ShippingProvider",
    "Track",
    "Warehouse",
    "WarehouseAddress",
    "Weight",
    "WeightLimit",
]


class CheckShippingTemplateExistsQuery(RequestModel):
    """Path and query parameters of LogisticsCheckShippingTemplateExistence."""

    biz_warehouse_id: str = Field(min_length=1, strict=True)
    """Business warehouse id."""

    shop_id: str | None = Field(default=None, strict=True)
    """Shop id; defaults to the authorized shop."""


class CheckShippingTemplateExistsResponse(ResponseModel):
    """Whether a template exists."""

    template_exist: bool | None = None
    """True when the shop has a template for the warehouse."""


class DeliveryOption(ResponseModel):
    """One delivery option."""

    id: str | None = None
    """Delivery option id."""

    name: str | None = None
    """Delivery option name."""

    description: str | None = None
    """Delivery option description."""

    type_: (
        OpenEnum[Literal["CARGO", "ECONOMY", "EXPRESS", "INSTANT", "NEXTDAY", "SAMEDAY", "SEND_BY_SELLER", "STANDARD"]]
        | None
    ) = Field(default=None, alias="type")
    """Service level of the option."""

    platform: NullAsEmpty[list[OpenEnum[Literal["TIKTOK_SHOP", "TOKOPEDIA"]]]] = Field(default_factory=list)
    """Platforms where the option is offered."""

    dimension_limit: DimensionLimit | None = None
    """Largest parcel size accepted."""

    weight_limit: WeightLimit | None = None
    """Parcel weight range accepted."""


class Dimension(RequestModel):
    """Product dimensions."""

    length: str | None = Field(default=None, strict=True)
    """Length."""

    width: str | None = Field(default=None, strict=True)
    """Width."""

    height: str | None = Field(default=None, strict=True)
    """Height."""

    unit: Literal[1, 2, 3, 4, 5] | None = None
    """Length unit: 1 centimeter, 2 inch, 3 foot, 4 millimeter, 5 meter."""


class DimensionLimit(ResponseModel):
    """Largest parcel size accepted."""

    max_length: int | None = None
    """Maximum length."""

    max_width: int | None = None
    """Maximum width."""

    max_height: int | None = None
    """Maximum height."""

    unit: OpenEnum[Literal["CM", "INCH"]] | None = None
    """Length unit."""


class FilterReason(ResponseModel):
    """One reason."""

    filter_type: str | None = None
    """Filter that excluded it: 1 length, 2 width, 3 height, 4 weight, 9 service mode, 11 service."""

    reason: str | None = None
    """Detailed reason."""


class Geolocation(ResponseModel):
    """Coordinates of the warehouse."""

    latitude: str | None = None
    """Latitude, decimal degrees."""

    longitude: str | None = None
    """Longitude, decimal degrees."""


class GetGlobalWarehousesResponse(ResponseModel):
    """The seller's global warehouses."""

    global_warehouses: NullAsEmpty[list[GlobalWarehouse]] = Field(default_factory=list)
    """Global warehouses."""


class GetLogisticsTrackingQuery(RequestModel):
    """Path and query parameters of LogisticsGetLogisticsTracking."""

    order_id: str = Field(min_length=1, strict=True)
    """TikTok Shop order id."""


class GetLogisticsTrackingResponse(ResponseModel):
    """Tracking of the order's parcels."""

    order_id: str | None = None
    """Order id."""

    logistics_details: NullAsEmpty[list[LogisticsDetail]] = Field(default_factory=list)
    """One entry per parcel."""


class GetShippingProvidersQuery(RequestModel):
    """Path and query parameters of LogisticsGetDeliveryOptionShippingProviders."""

    delivery_option_id: str = Field(min_length=1, strict=True)
    """Delivery option id."""

    warehouse_region: str | None = Field(default=None, strict=True)
    """Region code of the shipping warehouse (cross-border)."""

    buyer_region: str | None = Field(default=None, strict=True)
    """Region code of the buyer (cross-border)."""


class GetShippingProvidersResponse(ResponseModel):
    """Carriers of the delivery option."""

    shipping_providers: NullAsEmpty[list[ShippingProvider]] = Field(default_factory=list)
    """Carriers."""


class GetShippingTemplateAvailabilityRequest(RequestModel):
    """The product to check, sent as a JSON body."""

    product_attribute: ProductAttribute | None = None
    """Size and weight of the product."""


class GetShippingTemplateAvailabilityResponse(ResponseModel):
    """The seller's templates and their availability."""

    templates: NullAsEmpty[list[GetShippingTemplateAvailabilityTemplate]] = Field(default_factory=list)
    """Templates evaluated."""


class GetShippingTemplateAvailabilityTemplate(ResponseModel):
    """One template and its availability."""

    template_is_available: bool | None = None
    """The template can serve the product."""

    template: GetShippingTemplateAvailabilityTemplateTemplate | None = None
    """The template."""

    service_unreachable_reason: NullAsEmpty[list[ServiceUnreachableReason]] = Field(default_factory=list)
    """Why the template is unavailable, per shipping service."""


class GetShippingTemplateAvailabilityTemplateTemplate(ResponseModel):
    """The template."""

    template_id: str | None = None
    """Template id."""

    template_name: str | None = None
    """Template name."""

    is_default: bool | None = None
    """Default template."""

    template_party: int | None = None
    """1 platform shipping template, 2 seller shipping template."""


class GetWarehouseDeliveryOptionsQuery(RequestModel):
    """Path and query parameters of LogisticsGetWarehouseDeliveryOptions."""

    warehouse_id: str = Field(min_length=1, strict=True)
    """Warehouse id."""

    scope: str | None = Field(default=None, strict=True)
    """Which options to return: those of the warehouse, or those that can be assigned to products (e.g.
    `WAREHOUSE`)."""


class GetWarehouseDeliveryOptionsResponse(ResponseModel):
    """Delivery options of the warehouse."""

    delivery_options: NullAsEmpty[list[DeliveryOption]] = Field(default_factory=list)
    """Delivery options."""


class GetWarehousesResponse(ResponseModel):
    """The shop's warehouses."""

    warehouses: NullAsEmpty[list[Warehouse]] = Field(default_factory=list)
    """Warehouses; absent when there are none."""


class GlobalWarehouse(ResponseModel):
    """One global warehouse."""

    id: str | None = None
    """Global warehouse id."""

    name: str | None = None
    """Warehouse name (not unique)."""

    ownership: OpenEnum[Literal["PLATFORM_COOPERATION", "SELLER"]] | None = None
    """`SELLER` (the seller's own) or `PLATFORM_COOPERATION` (run by TikTok Shop)."""


class LogisticsDetail(ResponseModel):
    """Tracking of one parcel."""

    newest_tracking_no: str | None = None
    """Latest tracking number of the parcel."""

    carrier_name: str | None = None
    """Carrier name."""

    track_list: NullAsEmpty[list[Track]] = Field(default_factory=list)
    """Tracking events."""


class ProductAttribute(RequestModel):
    """Size and weight of the product."""

    weight: Weight | None = None
    """Product weight."""

    dimension: Dimension | None = None
    """Product dimensions."""


class ServiceUnreachableReason(ResponseModel):
    """One shipping service."""

    service_id: str | None = None
    """Shipping service id."""

    filter_reason: NullAsEmpty[list[FilterReason]] = Field(default_factory=list)
    """Reasons the service is excluded."""


class ShippingProvider(ResponseModel):
    """One carrier."""

    id: str | None = None
    """Carrier id."""

    name: str | None = None
    """Carrier name."""


class Track(ResponseModel):
    """One tracking event."""

    description: str | None = None
    """Event description."""

    tracking_no: str | None = None
    """Tracking number of the event."""

    update_time_millis: int | None = None
    """Event time, unix milliseconds (UTC)."""

    action_code: int | None = None
    """Event status code (see `action_code_name`)."""

    action_code_name: str | None = None
    """Machine-readable name of `action_code`."""


class Warehouse(ResponseModel):
    """A warehouse of the shop."""

    id: str | None = None
    """Warehouse id, stable; used by every warehouse-related operation."""

    entity_id: str | None = None
    """Physical warehouse entity id; several warehouse ids may share one entity."""

    name: str | None = None
    """Warehouse name (not unique)."""

    effect_status: OpenEnum[Literal["DISABLED", "ENABLED", "RESTRICTED"]] | None = None
    """Whether its stock can be sold: `ENABLED`, `DISABLED`, or `RESTRICTED` (holiday mode or order limit)."""

    type_: OpenEnum[Literal["RETURN_WAREHOUSE", "SALES_WAREHOUSE"]] | None = Field(default=None, alias="type")
    """`SALES_WAREHOUSE` (ships products) or `RETURN_WAREHOUSE` (receives returns)."""

    sub_type: OpenEnum[Literal["CB_DIRECT_SHIPPING_WAREHOUSE", "CB_OVERSEA_WAREHOUSE", "DOMESTIC_WAREHOUSE"]] | None = (
        None
    )
    """`DOMESTIC_WAREHOUSE`, `CB_OVERSEA_WAREHOUSE` (cross-border seller, in the target market) or
    `CB_DIRECT_SHIPPING_WAREHOUSE` (cross-border seller, in its home country)."""

    is_default: bool | None = None
    """Default warehouse, used for products listed without one."""

    address: WarehouseAddress | None = None
    """Address of a warehouse."""


class WarehouseAddress(ResponseModel):
    """Address of a warehouse."""

    region: str | None = None
    """Country or region name."""

    region_code: str | None = None
    """Country or region code, e.g. `CN`."""

    state: str | None = None
    """State or province."""

    city: str | None = None
    """City."""

    distict: str | None = None
    """District (TikTok's spelling of the field name)."""

    town: str | None = None
    """Town."""

    postal_code: str | None = None
    """Postal (zip) code."""

    full_address: str | None = None
    """Complete street address."""

    address_line1: str | None = None
    """First address line (street and number; neighborhood in Brazil)."""

    address_line2: str | None = None
    """Second address line (flat, suite; street name in Brazil)."""

    address_line3: str | None = None
    """Street number, `s/n` when none (Brazil only)."""

    address_line4: str | None = None
    """Extra address details (Brazil only)."""

    contact_person: str | None = None
    """Contact person."""

    first_name: str | None = None
    """Contact first name in kanji (Japan only)."""

    last_name: str | None = None
    """Contact last name in kanji (Japan only)."""

    first_name_local_script: str | None = None
    """Contact first name in kana (Japan only)."""

    last_name_local_script: str | None = None
    """Contact last name in kana (Japan only)."""

    phone_number: str | None = None
    """Contact phone number (masked)."""

    geolocation: Geolocation | None = None
    """Coordinates of the warehouse."""


class Weight(RequestModel):
    """Product weight."""

    weight: str | None = Field(default=None, strict=True)
    """Weight value."""

    unit: Literal[1, 2, 3, 4] | None = None
    """Weight unit: 1 gram, 2 pound, 3 ounce, 4 kilogram."""


class WeightLimit(ResponseModel):
    """Parcel weight range accepted."""

    min_weight: int | None = None
    """Minimum weight."""

    max_weight: int | None = None
    """Maximum weight."""

    unit: OpenEnum[Literal["GRAM", "KILOGRAM", "OUNCE", "POUND"]] | None = None
    """Weight unit."""
