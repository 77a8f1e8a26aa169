"""Models of the `logistics` module.

Warehouses, delivery options, carriers, shipping templates and parcel tracking."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tiktok_shop._contract import RequestModel, ResponseModel

__all__ = [
    "LogisticsCheckShippingTemplateExistenceQuery",
    "LogisticsCheckShippingTemplateExistenceResponse",
    "LogisticsGetDeliveryOptionShippingProvidersQuery",
    "LogisticsGetDeliveryOptionShippingProvidersResponse",
    "LogisticsGetDeliveryOptionShippingProvidersShippingProvider",
    "LogisticsGetGlobalWarehousesGlobalWarehous",
    "LogisticsGetGlobalWarehousesResponse",
    "LogisticsGetLogisticsTrackingLogisticsDetail",
    "LogisticsGetLogisticsTrackingQuery",
    "LogisticsGetLogisticsTrackingResponse",
    "LogisticsGetLogisticsTrackingTrackList",
    "LogisticsGetShippingTemplateAvailabilityDimension",
    "LogisticsGetShippingTemplateAvailabilityFilterReason",
    "LogisticsGetShippingTemplateAvailabilityProductAttribute",
    "LogisticsGetShippingTemplateAvailabilityRequest",
    "LogisticsGetShippingTemplateAvailabilityResponse",
    "LogisticsGetShippingTemplateAvailabilityServiceUnreachableReason",
    "LogisticsGetShippingTemplateAvailabilityTemplate",
    "LogisticsGetShippingTemplateAvailabilityTemplateTemplate",
    "LogisticsGetShippingTemplateAvailabilityWeight",
    "LogisticsGetWarehouseDeliveryOptionsDeliveryOption",
    "LogisticsGetWarehouseDeliveryOptionsDimensionLimit",
    "LogisticsGetWarehouseDeliveryOptionsQuery",
    "LogisticsGetWarehouseDeliveryOptionsResponse",
    "LogisticsGetWarehouseDeliveryOptionsWeightLimit",
    "LogisticsGetWarehousesResponse",
    "LogisticsWarehouse",
    "LogisticsWarehouseAddress",
    "LogisticsWarehouseAddressGeolocation",
]


class LogisticsCheckShippingTemplateExistenceQuery(RequestModel):
    """Path and query parameters of LogisticsCheckShippingTemplateExistence."""

    biz_warehouse_id: str = Field(min_length=1, strict=True)
    """Business warehouse id."""

    shop_id: str | None = Field(default=None, strict=True)
    """Shop id; defaults to the authorized shop."""


class LogisticsCheckShippingTemplateExistenceResponse(ResponseModel):
    """Whether a template exists."""

    template_exist: bool | None = None
    """True when the shop has a template for the warehouse."""


class LogisticsGetDeliveryOptionShippingProvidersQuery(RequestModel):
    """Path and query parameters of LogisticsGetDeliveryOptionShippingProviders."""

    delivery_option_id: str = Field(min_length=1, strict=True)
    """Delivery option id."""

    warehouse_region: str | None = Field(default=None, strict=True)
    """Region code of the shipping warehouse (cross-border)."""

    buyer_region: str | None = Field(default=None, strict=True)
    """Region code of the buyer (cross-border)."""


class LogisticsGetDeliveryOptionShippingProvidersResponse(ResponseModel):
    """Carriers of the delivery option."""

    shipping_providers: list[LogisticsGetDeliveryOptionShippingProvidersShippingProvider] | None = None
    """Carriers."""


class LogisticsGetDeliveryOptionShippingProvidersShippingProvider(ResponseModel):
    """One carrier."""

    id: str | None = None
    """Carrier id."""

    name: str | None = None
    """Carrier name."""


class LogisticsGetGlobalWarehousesGlobalWarehous(ResponseModel):
    """One global warehouse."""

    id: str | None = None
    """Global warehouse id."""

    name: str | None = None
    """Warehouse name (not unique)."""

    ownership: str | None = None
    """`SELLER` (the seller's own) or `PLATFORM_COOPERATION` (run by TikTok Shop). Known values: SELLER,
    PLATFORM_COOPERATION."""


class LogisticsGetGlobalWarehousesResponse(ResponseModel):
    """The seller's global warehouses."""

    global_warehouses: list[LogisticsGetGlobalWarehousesGlobalWarehous] | None = None
    """Global warehouses."""


class LogisticsGetLogisticsTrackingLogisticsDetail(ResponseModel):
    """Tracking of one parcel."""

    newest_tracking_no: str | None = None
    """Latest tracking number of the parcel."""

    carrier_name: str | None = None
    """Carrier name."""

    track_list: list[LogisticsGetLogisticsTrackingTrackList] | None = None
    """Tracking events."""


class LogisticsGetLogisticsTrackingQuery(RequestModel):
    """Path and query parameters of LogisticsGetLogisticsTracking."""

    order_id: str = Field(min_length=1, strict=True)
    """TikTok Shop order id."""


class LogisticsGetLogisticsTrackingResponse(ResponseModel):
    """Tracking of the order's parcels."""

    order_id: str | None = None
    """Order id."""

    logistics_details: list[LogisticsGetLogisticsTrackingLogisticsDetail] | None = None
    """One entry per parcel."""


class LogisticsGetLogisticsTrackingTrackList(ResponseModel):
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


class LogisticsGetShippingTemplateAvailabilityDimension(RequestModel):
    """Product dimensions."""

    length: str | None = Field(default=None, strict=True)
    """Length."""

    width: str | None = Field(default=None, strict=True)
    """Width."""

    height: str | None = Field(default=None, strict=True)
    """Height."""

    unit: Literal[1, 2, 3, 4, 5] | None = None
    """Length unit: 1 centimeter, 2 inch, 3 foot, 4 millimeter, 5 meter."""


class LogisticsGetShippingTemplateAvailabilityFilterReason(ResponseModel):
    """One reason."""

    filter_type: str | None = None
    """Filter that excluded it: 1 length, 2 width, 3 height, 4 weight, 9 service mode, 11 service."""

    reason: str | None = None
    """Detailed reason."""


class LogisticsGetShippingTemplateAvailabilityProductAttribute(RequestModel):
    """Size and weight of the product."""

    weight: LogisticsGetShippingTemplateAvailabilityWeight | None = None
    """Product weight."""

    dimension: LogisticsGetShippingTemplateAvailabilityDimension | None = None
    """Product dimensions."""


class LogisticsGetShippingTemplateAvailabilityRequest(RequestModel):
    """The product to check, sent as a JSON body."""

    product_attribute: LogisticsGetShippingTemplateAvailabilityProductAttribute | None = None
    """Size and weight of the product."""


class LogisticsGetShippingTemplateAvailabilityResponse(ResponseModel):
    """The seller's templates and their availability."""

    templates: list[LogisticsGetShippingTemplateAvailabilityTemplate] | None = None
    """Templates evaluated."""


class LogisticsGetShippingTemplateAvailabilityServiceUnreachableReason(ResponseModel):
    """One shipping service."""

    service_id: str | None = None
    """Shipping service id."""

    filter_reason: list[LogisticsGetShippingTemplateAvailabilityFilterReason] | None = None
    """Reasons the service is excluded."""


class LogisticsGetShippingTemplateAvailabilityTemplate(ResponseModel):
    """One template and its availability."""

    template_is_available: bool | None = None
    """The template can serve the product."""

    template: LogisticsGetShippingTemplateAvailabilityTemplateTemplate | None = None
    """The template."""

    service_unreachable_reason: list[LogisticsGetShippingTemplateAvailabilityServiceUnreachableReason] | None = None
    """Why the template is unavailable, per shipping service."""


class LogisticsGetShippingTemplateAvailabilityTemplateTemplate(ResponseModel):
    """The template."""

    template_id: str | None = None
    """Template id."""

    template_name: str | None = None
    """Template name."""

    is_default: bool | None = None
    """Default template."""

    template_party: int | None = None
    """1 platform shipping template, 2 seller shipping template."""


class LogisticsGetShippingTemplateAvailabilityWeight(RequestModel):
    """Product weight."""

    weight: str | None = Field(default=None, strict=True)
    """Weight value."""

    unit: Literal[1, 2, 3, 4] | None = None
    """Weight unit: 1 gram, 2 pound, 3 ounce, 4 kilogram."""


class LogisticsGetWarehouseDeliveryOptionsDeliveryOption(ResponseModel):
    """One delivery option."""

    id: str | None = None
    """Delivery option id."""

    name: str | None = None
    """Delivery option name."""

    description: str | None = None
    """Delivery option description."""

    type_: str | None = Field(default=None, alias="type")
    """Service level of the option. Known values: STANDARD, EXPRESS, ECONOMY, SEND_BY_SELLER, INSTANT,
    SAMEDAY, NEXTDAY, CARGO."""

    platform: list[str] | None = None
    """Platforms where the option is offered."""

    dimension_limit: LogisticsGetWarehouseDeliveryOptionsDimensionLimit | None = None
    """Largest parcel size accepted."""

    weight_limit: LogisticsGetWarehouseDeliveryOptionsWeightLimit | None = None
    """Parcel weight range accepted."""


class LogisticsGetWarehouseDeliveryOptionsDimensionLimit(ResponseModel):
    """Largest parcel size accepted."""

    max_length: int | None = None
    """Maximum length."""

    max_width: int | None = None
    """Maximum width."""

    max_height: int | None = None
    """Maximum height."""

    unit: str | None = None
    """Length unit. Known values: CM, INCH."""


class LogisticsGetWarehouseDeliveryOptionsQuery(RequestModel):
    """Path and query parameters of LogisticsGetWarehouseDeliveryOptions."""

    warehouse_id: str = Field(min_length=1, strict=True)
    """Warehouse id."""

    scope: str | None = Field(default=None, strict=True)
    """Which options to return: those of the warehouse, or those that can be assigned to products (e.g.
    `WAREHOUSE`)."""


class LogisticsGetWarehouseDeliveryOptionsResponse(ResponseModel):
    """Delivery options of the warehouse."""

    delivery_options: list[LogisticsGetWarehouseDeliveryOptionsDeliveryOption] | None = None
    """Delivery options."""


class LogisticsGetWarehouseDeliveryOptionsWeightLimit(ResponseModel):
    """Parcel weight range accepted."""

    min_weight: int | None = None
    """Minimum weight."""

    max_weight: int | None = None
    """Maximum weight."""

    unit: str | None = None
    """Weight unit. Known values: GRAM, POUND, OUNCE, KILOGRAM."""


class LogisticsGetWarehousesResponse(ResponseModel):
    """The shop's warehouses."""

    warehouses: list[LogisticsWarehouse] | None = None
    """Warehouses; absent when there are none."""


class LogisticsWarehouse(ResponseModel):
    """A warehouse of the shop."""

    id: str | None = None
    """Warehouse id, stable; used by every warehouse-related operation."""

    entity_id: str | None = None
    """Physical warehouse entity id; several warehouse ids may share one entity."""

    name: str | None = None
    """Warehouse name (not unique)."""

    effect_status: str | None = None
    """Whether its stock can be sold: `ENABLED`, `DISABLED`, or `RESTRICTED` (holiday mode or order limit).
    Known values: ENABLED, DISABLED, RESTRICTED."""

    type_: str | None = Field(default=None, alias="type")
    """`SALES_WAREHOUSE` (ships products) or `RETURN_WAREHOUSE` (receives returns). Known values:
    SALES_WAREHOUSE, RETURN_WAREHOUSE."""

    sub_type: str | None = None
    """`DOMESTIC_WAREHOUSE`, `CB_OVERSEA_WAREHOUSE` (cross-border seller, in the target market) or
    `CB_DIRECT_SHIPPING_WAREHOUSE` (cross-border seller, in its home country). Known values:
    DOMESTIC_WAREHOUSE, CB_OVERSEA_WAREHOUSE, CB_DIRECT_SHIPPING_WAREHOUSE."""

    is_default: bool | None = None
    """Default warehouse, used for products listed without one."""

    address: LogisticsWarehouseAddress | None = None
    """Address of a warehouse."""


class LogisticsWarehouseAddress(ResponseModel):
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

    geolocation: LogisticsWarehouseAddressGeolocation | None = None
    """Coordinates of the warehouse."""


class LogisticsWarehouseAddressGeolocation(ResponseModel):
    """Coordinates of the warehouse."""

    latitude: str | None = None
    """Latitude, decimal degrees."""

    longitude: str | None = None
    """Longitude, decimal degrees."""
