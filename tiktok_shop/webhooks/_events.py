"""Typed webhook events: one class per payload TikTok documents, a generic one for the rest.

``parse_event`` never fails on an unknown ``type``: TikTok adds event types without notice,
so those become :class:`UnknownEvent` with the raw ``data`` kept as a dict.
"""

from __future__ import annotations

import json
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Discriminator, Tag, TypeAdapter

__all__ = [
    "EVENT_NAMES",
    "EVENT_TYPES",
    "CancellationStatusChangeData",
    "CancellationStatusChangeEvent",
    "OrderStatusChangeData",
    "OrderStatusChangeEvent",
    "PackageUpdateData",
    "PackageUpdateEvent",
    "ProductCreationData",
    "ProductCreationEvent",
    "ProductInformationChangeData",
    "ProductInformationChangeEvent",
    "ProductStatusChangeData",
    "ProductStatusChangeEvent",
    "RecipientAddressUpdateData",
    "RecipientAddressUpdateEvent",
    "ReturnStatusChangeData",
    "ReturnStatusChangeEvent",
    "SellerDeauthorizationData",
    "SellerDeauthorizationEvent",
    "UnknownEvent",
    "UpcomingAuthorizationExpirationData",
    "UpcomingAuthorizationExpirationEvent",
    "WebhookEvent",
    "parse_event",
]

# Event numbers and the names the subscription API (PUT /event/202309/webhooks) uses for them.
EVENT_NAMES: dict[int, str] = {
    1: "ORDER_STATUS_CHANGE",
    3: "RECIPIENT_ADDRESS_UPDATE",
    4: "PACKAGE_UPDATE",
    5: "PRODUCT_STATUS_CHANGE",
    6: "SELLER_DEAUTHORIZATION",
    7: "UPCOMING_AUTHORIZATION_EXPIRATION",
    11: "CANCELLATION_STATUS_CHANGE",
    12: "RETURN_STATUS_CHANGE",
    13: "NEW_CONVERSATION",
    14: "NEW_MESSAGE",
    15: "PRODUCT_INFORMATION_CHANGE",
    16: "PRODUCT_CREATION",
    18: "PRODUCT_CATEGORY_CHANGE",
    33: "NEW_MESSAGE_LISTENER",
    36: "INVOICE_STATUS_CHANGE",
    37: "PRODUCT_AUDIT_STATUS_CHANGE",
}
EVENT_TYPES: dict[str, int] = {name: number for number, name in EVENT_NAMES.items()}

_LENIENT = ConfigDict(extra="allow", coerce_numbers_to_str=True, frozen=True)


class _Data(BaseModel):
    """Payload fields are optional: TikTok omits some per market and adds new ones."""

    model_config = _LENIENT


class WebhookEvent(BaseModel):
    """What every webhook carries around its ``data``."""

    model_config = _LENIENT

    type: int
    tts_notification_id: str | None = None
    shop_id: str | None = None
    timestamp: int | None = None
    data: Any = None

    @property
    def event_name(self) -> str | None:
        """The subscription name of this event type (``ORDER_STATUS_CHANGE``), when known."""
        return EVENT_NAMES.get(self.type)


class OrderStatusChangeData(_Data):
    order_id: str | None = None
    order_status: str | None = None
    is_on_hold_order: bool | None = None
    update_time: int | None = None


class OrderStatusChangeEvent(WebhookEvent):
    """An order moved to another status (type 1)."""

    type: Literal[1] = 1
    data: OrderStatusChangeData


class RecipientAddressUpdateData(_Data):
    order_id: str | None = None
    update_time: int | None = None


class RecipientAddressUpdateEvent(WebhookEvent):
    """The buyer changed the shipping address of an order (type 3); fetch the order again."""

    type: Literal[3] = 3
    data: RecipientAddressUpdateData


class PackageSummary(_Data):
    package_id: str | None = None
    order_id_list: list[str] | None = None


class PackageUpdateData(_Data):
    sc_type: str | None = None
    role_type: str | None = None
    package_id: str | None = None
    order_id: str | None = None
    package_list: list[PackageSummary] | None = None
    update_time: int | None = None


class PackageUpdateEvent(WebhookEvent):
    """Packages were split, combined or changed (type 4)."""

    type: Literal[4] = 4
    data: PackageUpdateData


class ProductStatusChangeData(_Data):
    product_id: str | None = None
    status: str | None = None
    suspended_reason: str | None = None
    update_time: int | None = None


class ProductStatusChangeEvent(WebhookEvent):
    """A product's status changed, e.g. after review (type 5)."""

    type: Literal[5] = 5
    data: ProductStatusChangeData


class SellerDeauthorizationData(_Data):
    message: str | None = None


class SellerDeauthorizationEvent(WebhookEvent):
    """The seller removed the app's authorization for the shop (type 6): drop its tokens."""

    type: Literal[6] = 6
    data: SellerDeauthorizationData


class UpcomingAuthorizationExpirationData(_Data):
    message: str | None = None
    expiration_time: int | None = None


class UpcomingAuthorizationExpirationEvent(WebhookEvent):
    """The shop's authorization expires soon (type 7): ask the seller to authorize again."""

    type: Literal[7] = 7
    data: UpcomingAuthorizationExpirationData


class CancellationStatusChangeData(_Data):
    order_id: str | None = None
    cancel_id: str | None = None
    cancellations_role: str | None = None
    cancel_status: str | None = None
    create_time: int | None = None


class CancellationStatusChangeEvent(WebhookEvent):
    """A cancellation request was created or changed status (type 11)."""

    type: Literal[11] = 11
    data: CancellationStatusChangeData


class ReturnStatusChangeData(_Data):
    order_id: str | None = None
    return_id: str | None = None
    return_role: str | None = None
    return_type: str | None = None
    return_status: str | None = None
    create_time: int | None = None
    update_time: int | None = None


class ReturnStatusChangeEvent(WebhookEvent):
    """A return or refund request was created or changed status (type 12)."""

    type: Literal[12] = 12
    data: ReturnStatusChangeData


class ProductInformationChangeData(_Data):
    product_id: str | None = None
    changed_fields: list[str] | None = None
    update_time: int | None = None


class ProductInformationChangeEvent(WebhookEvent):
    """Fields of a product changed, by the seller or by TikTok (type 15)."""

    type: Literal[15] = 15
    data: ProductInformationChangeData


class ProductCreationData(_Data):
    product_id: str | None = None
    product_type: list[str] | None = None
    update_time: int | None = None


class ProductCreationEvent(WebhookEvent):
    """A product was created, e.g. from a global product (type 16)."""

    type: Literal[16] = 16
    data: ProductCreationData


class UnknownEvent(WebhookEvent):
    """An event type without a typed class here; ``data`` is the raw payload."""

    data: Any = None


_TYPED: tuple[type[WebhookEvent], ...] = (
    OrderStatusChangeEvent,
    RecipientAddressUpdateEvent,
    PackageUpdateEvent,
    ProductStatusChangeEvent,
    SellerDeauthorizationEvent,
    UpcomingAuthorizationExpirationEvent,
    CancellationStatusChangeEvent,
    ReturnStatusChangeEvent,
    ProductInformationChangeEvent,
    ProductCreationEvent,
)
_KNOWN = {str(cls.model_fields["type"].default) for cls in _TYPED}


def _tag(value: Any) -> str:
    number = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
    tag = str(number)
    return tag if tag in _KNOWN and isinstance(value, dict) and isinstance(value.get("data"), dict) else "unknown"


_ADAPTER: TypeAdapter[WebhookEvent] = TypeAdapter(
    Annotated[
        Annotated[OrderStatusChangeEvent, Tag("1")]
        | Annotated[RecipientAddressUpdateEvent, Tag("3")]
        | Annotated[PackageUpdateEvent, Tag("4")]
        | Annotated[ProductStatusChangeEvent, Tag("5")]
        | Annotated[SellerDeauthorizationEvent, Tag("6")]
        | Annotated[UpcomingAuthorizationExpirationEvent, Tag("7")]
        | Annotated[CancellationStatusChangeEvent, Tag("11")]
        | Annotated[ReturnStatusChangeEvent, Tag("12")]
        | Annotated[ProductInformationChangeEvent, Tag("15")]
        | Annotated[ProductCreationEvent, Tag("16")]
        | Annotated[UnknownEvent, Tag("unknown")],
        Discriminator(_tag),
    ]
)


def parse_event(raw_body: bytes | str | dict[str, Any]) -> WebhookEvent:
    """The typed event of a webhook body, raw or decoded (no signature check: see ``construct_event``).

    Raises ``ValueError`` (pydantic's ``ValidationError`` is one) for a body that is not a JSON
    object with an integer ``type``.
    """
    payload = raw_body if isinstance(raw_body, dict) else json.loads(raw_body)
    if not isinstance(payload, dict):
        raise ValueError("a webhook body is a JSON object")
    return _ADAPTER.validate_python(payload)
