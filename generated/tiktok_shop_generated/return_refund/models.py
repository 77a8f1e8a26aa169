"""Models of the `return_refund` module.

After-sales handling: order cancellations, refund-only and return-and-refund requests, seller
decisions on them, refund estimates and the newer aftersales-request and RMA views."""

from __future__ import annotations

from typing import Literal

from tiktok_shop._contract import RequestModel, ResponseModel

__all__ = [
    "ReturnRefundApproveCancellationQuery",
    "ReturnRefundApproveCancellationResponse",
    "ReturnRefundApproveReturnQuery",
    "ReturnRefundApproveReturnRequest",
    "ReturnRefundApproveReturnResponse",
    "ReturnRefundCancelLineItem",
    "ReturnRefundCancelSubLineItem",
    "ReturnRefundCancellation",
    "ReturnRefundCreateCancellation202602Request",
    "ReturnRefundCreateCancellation202602Response",
    "ReturnRefundCreateCancellationRequest",
    "ReturnRefundCreateCancellationResponse",
    "ReturnRefundGetRejectReasonsQuery",
    "ReturnRefundGetRejectReasonsResponse",
    "ReturnRefundGetReturnRecordsQuery",
    "ReturnRefundGetReturnRecordsResponse",
    "ReturnRefundImage",
    "ReturnRefundImageInput",
    "ReturnRefundOrderLine",
    "ReturnRefundPartialRefund",
    "ReturnRefundReason",
    "ReturnRefundRefundAmount",
    "ReturnRefundRejectCancellationQuery",
    "ReturnRefundRejectCancellationRequest",
    "ReturnRefundRejectCancellationResponse",
    "ReturnRefundRejectReturnQuery",
    "ReturnRefundRejectReturnRequest",
    "ReturnRefundRejectReturnResponse",
    "ReturnRefundReturnRecord",
    "ReturnRefundSearchCancellations202602Query",
    "ReturnRefundSearchCancellations202602Request",
    "ReturnRefundSearchCancellations202602Response",
    "ReturnRefundSearchCancellationsQuery",
    "ReturnRefundSearchCancellationsRequest",
    "ReturnRefundSearchCancellationsResponse",
    "ReturnRefundSellerNextAction",
    "ReturnRefundSku",
    "ReturnRefundVideo",
]


class ReturnRefundApproveCancellationQuery(RequestModel):
    """Path and query parameters of ReturnRefundApproveCancellation."""

    cancel_id: str

    idempotency_key: str | None = None


class ReturnRefundApproveCancellationResponse(ResponseModel):
    """Empty; the call succeeded when the envelope's `code` is 0."""

    pass


class ReturnRefundApproveReturnQuery(RequestModel):
    """Path and query parameters of ReturnRefundApproveReturn."""

    return_id: str

    idempotency_key: str | None = None


class ReturnRefundApproveReturnRequest(RequestModel):
    """The seller's approving decision on a return."""

    decision: Literal[
        "APPROVE_RECEIVED_PACKAGE",
        "APPROVE_REFUND",
        "APPROVE_REPLACEMENT",
        "APPROVE_RETURN",
        "DIRECT_REFUND",
        "ISSUE_REPLACEMENT_REFUND",
        "OFFER_PARTIAL_REFUND",
    ]
    """The decision. `APPROVE_REFUND` approves a refund-only request; `APPROVE_RETURN` lets the buyer send
    the items back; `APPROVE_RECEIVED_PACKAGE` accepts the returned package; `APPROVE_REPLACEMENT`
    accepts a replacement; `ISSUE_REPLACEMENT_REFUND` refunds a replacement that cannot be fulfilled;
    `DIRECT_REFUND` refunds without further steps; `OFFER_PARTIAL_REFUND` offers `partial_refund`
    instead."""

    buyer_keep_item: bool | None = None
    """Only with `APPROVE_RETURN`: `true` refunds without asking the items back (the buyer keeps them)."""

    partial_refund: ReturnRefundPartialRefund | None = None
    """A partial refund the seller offers instead of the full refund."""


class ReturnRefundApproveReturnResponse(ResponseModel):
    """Empty; the call succeeded when the envelope's `code` is 0."""

    pass


class ReturnRefundCancelLineItem(ResponseModel):
    """One cancelled order line."""

    cancel_line_item_id: str | None = None
    """Cancellation line id."""

    order_line_item_id: str | None = None
    """Order line id."""

    sku_id: str | None = None
    """SKU id."""

    sku_name: str | None = None
    """SKU name."""

    product_image: ReturnRefundImage | None = None
    """An image shown by TikTok (product picture or evidence)."""

    product_name: str | None = None
    """Product name."""

    seller_sku: str | None = None
    """The seller's own SKU code."""

    refund_amount: ReturnRefundRefundAmount | None = None
    """A refund broken down into its parts. Amounts are decimal strings."""

    cancel_sub_line_items: list[ReturnRefundCancelSubLineItem] | None = None
    """Sub-items, when the line is a seller-defined bundle."""


class ReturnRefundCancelSubLineItem(ResponseModel):
    """A cancelled sub-item of a seller-defined (virtual) bundle."""

    cancel_sub_line_item_id: str | None = None
    """Cancellation sub-line id."""

    cancel_line_item_id: str | None = None
    """Cancellation line id the sub-item belongs to."""

    sub_order_line_item_id: str | None = None
    """Order sub-line id."""

    order_line_item_id: str | None = None
    """Order line id."""

    sku_id: str | None = None
    """SKU id."""

    sku_name: str | None = None
    """SKU name."""

    product_image: ReturnRefundImage | None = None
    """An image shown by TikTok (product picture or evidence)."""

    product_name: str | None = None
    """Product name."""

    seller_sku: str | None = None
    """The seller's own SKU code."""

    refund_amount: ReturnRefundRefundAmount | None = None
    """A refund broken down into its parts. Amounts are decimal strings."""


class ReturnRefundCancellation(ResponseModel):
    """An order cancellation."""

    cancel_id: str | None = None
    """Cancellation id."""

    order_id: str | None = None
    """TikTok Shop order id."""

    cancel_type: str | None = None
    """`CANCEL` (by seller or system) or `BUYER_CANCEL` (asked by the buyer, needs the seller's or system's
    approval)."""

    cancel_status: str | None = None
    """`CANCELLATION_REQUEST_PENDING`, `CANCELLATION_REQUEST_SUCCESS`, `CANCELLATION_REQUEST_CANCEL` or
    `CANCELLATION_REQUEST_COMPLETE`."""

    role: str | None = None
    """Who started it: `BUYER`, `SELLER`, `OPERATOR` or `SYSTEM`."""

    cancel_reason: str | None = None
    """Reason key."""

    cancel_reason_text: str | None = None
    """Reason text, localized per the request's `locale`."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    update_time: int | None = None
    """Last update time, Unix seconds."""

    seller_next_action_response: list[ReturnRefundSellerNextAction] | None = None
    """The seller's pending actions and their deadlines."""

    refund_amount: ReturnRefundRefundAmount | None = None
    """A refund broken down into its parts. Amounts are decimal strings."""

    cancel_line_items: list[ReturnRefundCancelLineItem] | None = None
    """The cancelled order lines."""

    should_replenish_stock: bool | None = None
    """Whether the seller should put the stock back once the cancellation succeeds."""


class ReturnRefundCreateCancellation202602Request(RequestModel):
    """The order (or items) to cancel and why."""

    order_id: str
    """TikTok Shop order id."""

    cancel_reason: str
    """Cancel reason name, from `get_aftersale_eligibility`."""

    skus: list[ReturnRefundSku] | None = None
    """SKUs and quantities to cancel (partial cancellation)."""

    order_line_item_ids: list[str] | None = None
    """Order line ids to cancel (partial cancellation, US and UK markets). Do not combine with
    `order_line_list`."""

    order_line_list: list[ReturnRefundOrderLine] | None = None
    """Order lines or bundle sub-lines to cancel; supersedes `order_line_item_ids`."""


class ReturnRefundCreateCancellation202602Response(ResponseModel):
    """The created cancellation."""

    cancel_id: str | None = None
    """Id of the new cancellation."""

    cancel_status: str | None = None
    """Its status, e.g. `CANCELLATION_REQUEST_SUCCESS`."""


class ReturnRefundCreateCancellationRequest(RequestModel):
    """The order (or items) to cancel and why."""

    order_id: str
    """TikTok Shop order id."""

    cancel_reason: str
    """Cancel reason name, from `get_aftersale_eligibility`."""

    skus: list[ReturnRefundSku] | None = None
    """SKUs and quantities to cancel (partial cancellation)."""

    order_line_item_ids: list[str] | None = None
    """Order line ids to cancel (partial cancellation, US and UK markets)."""


class ReturnRefundCreateCancellationResponse(ResponseModel):
    """The created cancellation."""

    cancel_id: str | None = None
    """Id of the new cancellation."""

    cancel_status: str | None = None
    """Its status, e.g. `CANCELLATION_REQUEST_SUCCESS`."""


class ReturnRefundGetRejectReasonsQuery(RequestModel):
    """Path and query parameters of ReturnRefundGetRejectReasons."""

    return_or_cancel_id: str

    locale: str | None = None


class ReturnRefundGetRejectReasonsResponse(ResponseModel):
    """The reject reasons that apply to the request."""

    reasons: list[ReturnRefundReason] | None = None
    """Reject reasons."""


class ReturnRefundGetReturnRecordsQuery(RequestModel):
    """Path and query parameters of ReturnRefundGetReturnRecords."""

    return_id: str

    locale: str | None = None


class ReturnRefundGetReturnRecordsResponse(ResponseModel):
    """The history of a return."""

    records: list[ReturnRefundReturnRecord] | None = None
    """Lifecycle events of the return."""


class ReturnRefundImage(ResponseModel):
    """An image shown by TikTok (product picture or evidence)."""

    url: str | None = None
    """Image URL."""

    width: int | None = None
    """Width in pixels."""

    height: int | None = None
    """Height in pixels."""


class ReturnRefundImageInput(RequestModel):
    """An image uploaded beforehand (product image upload), attached as evidence."""

    image_id: str
    """Id (URI) of the uploaded image."""

    mime_type: str | None = None
    """MIME type of the image, e.g. `image/png`."""

    height: int | None = None
    """Height in pixels."""

    width: int | None = None
    """Width in pixels."""


class ReturnRefundOrderLine(RequestModel):
    """An order line, or one sub-item of a bundle order line."""

    order_line_item_id: str | None = None
    """Order line item id."""

    sub_order_line_item_id: str | None = None
    """Id of the sub-item inside a bundle product; needed for bundles only."""


class ReturnRefundPartialRefund(RequestModel):
    """A partial refund the seller offers instead of the full refund."""

    amount: str | None = None
    """Amount offered to the buyer."""

    currency: str | None = None
    """Currency of the amount; must be the currency of the return."""


class ReturnRefundReason(ResponseModel):
    """A reason option, as a machine name and its display text."""

    name: str | None = None
    """Reason key to pass to the call that takes a reason."""

    text: str | None = None
    """Localized display text of the reason."""


class ReturnRefundRefundAmount(ResponseModel):
    """A refund broken down into its parts. Amounts are decimal strings."""

    currency: str | None = None
    """Currency code, e.g. `USD`."""

    refund_total: str | None = None
    """Total refunded to the buyer."""

    refund_subtotal: str | None = None
    """Refunded item subtotal."""

    refund_shipping_fee: str | None = None
    """Refunded shipping fee."""

    refund_tax: str | None = None
    """Refunded tax."""

    retail_delivery_fee: str | None = None
    """Refunded retail delivery fee (US Colorado rule)."""

    buyer_service_fee: str | None = None
    """Refunded buyer service fee."""


class ReturnRefundRejectCancellationQuery(RequestModel):
    """Path and query parameters of ReturnRefundRejectCancellation."""

    cancel_id: str

    idempotency_key: str | None = None


class ReturnRefundRejectCancellationRequest(RequestModel):
    """The seller's rejection of a cancellation request."""

    reject_reason: str
    """Reject reason name, from `get_reject_reasons`."""

    comment: str | None = None
    """Free-text explanation of the rejection."""

    images: list[ReturnRefundImageInput] | None = None
    """Images supporting the rejection."""


class ReturnRefundRejectCancellationResponse(ResponseModel):
    """Empty; the call succeeded when the envelope's `code` is 0."""

    pass


class ReturnRefundRejectReturnQuery(RequestModel):
    """Path and query parameters of ReturnRefundRejectReturn."""

    return_id: str

    idempotency_key: str | None = None


class ReturnRefundRejectReturnRequest(RequestModel):
    """The seller's rejecting decision on a return."""

    decision: Literal["REJECT_RECEIVED_PACKAGE", "REJECT_REFUND", "REJECT_REPLACEMENT", "REJECT_RETURN"]
    """The decision. `REJECT_REFUND` rejects a refund-only request; `REJECT_RETURN` rejects a return
    request; `REJECT_RECEIVED_PACKAGE` rejects the returned package after inspection;
    `REJECT_REPLACEMENT` rejects a replacement request."""

    reject_reason: str
    """Reject reason name, from `get_reject_reasons`."""

    comment: str | None = None
    """Free-text explanation of the rejection."""

    images: list[ReturnRefundImageInput] | None = None
    """Images supporting the rejection."""


class ReturnRefundRejectReturnResponse(ResponseModel):
    """Empty; the call succeeded when the envelope's `code` is 0."""

    pass


class ReturnRefundReturnRecord(ResponseModel):
    """One lifecycle event of a return."""

    event: str | None = None
    """Event type, e.g. `ORDER_RETURN`; the set depends on the return flow."""

    role: str | None = None
    """Who caused the event: `BUYER`, `SELLER`, `OPERATOR` (TikTok agent) or `SYSTEM`."""

    description: str | None = None
    """Readable description of the event."""

    reason_text: str | None = None
    """Localized text of the reason given with the event."""

    note: str | None = None
    """Note left with the event by the actor."""

    images: list[ReturnRefundImage] | None = None
    """Images attached by the buyer or seller (see `role`)."""

    videos: list[ReturnRefundVideo] | None = None
    """Videos attached by the buyer."""

    create_time: int | None = None
    """When the event happened, Unix seconds."""


class ReturnRefundSearchCancellations202602Query(RequestModel):
    """Path and query parameters of ReturnRefundSearchCancellations202602."""

    sort_field: Literal["create_time", "update_time"] | None = None

    sort_order: Literal["ASC", "DESC"] | None = None

    page_size: int | None = None

    page_token: str | None = None


class ReturnRefundSearchCancellations202602Request(RequestModel):
    """Filters of a cancellation search; all optional and combined with AND."""

    cancel_ids: list[str] | None = None
    """Cancellation ids."""

    order_ids: list[str] | None = None
    """TikTok Shop order ids."""

    buyer_user_ids: list[str] | None = None
    """Buyer user ids."""

    cancel_types: list[Literal["BUYER_CANCEL", "CANCEL"]] | None = None
    """Cancellation types."""

    cancel_status: (
        list[
            Literal[
                "CANCELLATION_REQUEST_CANCEL",
                "CANCELLATION_REQUEST_COMPLETE",
                "CANCELLATION_REQUEST_PENDING",
                "CANCELLATION_REQUEST_SUCCESS",
            ]
        ]
        | None
    ) = None
    """Cancellation statuses."""

    create_time_ge: int | None = None
    """Created at or after this time, Unix seconds."""

    create_time_lt: int | None = None
    """Created before this time, Unix seconds."""

    update_time_ge: int | None = None
    """Updated at or after this time, Unix seconds."""

    update_time_lt: int | None = None
    """Updated before this time, Unix seconds."""

    locale: str | None = None
    """BCP-47 locale(s) of the returned texts, comma-separated; default `en-US`."""


class ReturnRefundSearchCancellations202602Response(ResponseModel):
    """One page of cancellations."""

    cancellations: list[ReturnRefundCancellation] | None = None
    """Cancellations on this page."""

    total_count: int | None = None
    """Number of cancellations matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class ReturnRefundSearchCancellationsQuery(RequestModel):
    """Path and query parameters of ReturnRefundSearchCancellations."""

    sort_field: Literal["create_time", "update_time"] | None = None

    sort_order: Literal["ASC", "DESC"] | None = None

    page_size: int | None = None

    page_token: str | None = None


class ReturnRefundSearchCancellationsRequest(RequestModel):
    """Filters of a cancellation search; all optional and combined with AND."""

    cancel_ids: list[str] | None = None
    """Cancellation ids."""

    order_ids: list[str] | None = None
    """TikTok Shop order ids."""

    buyer_user_ids: list[str] | None = None
    """Buyer user ids."""

    cancel_types: list[Literal["BUYER_CANCEL", "CANCEL"]] | None = None
    """Cancellation types."""

    cancel_status: (
        list[
            Literal[
                "CANCELLATION_REQUEST_CANCEL",
                "CANCELLATION_REQUEST_COMPLETE",
                "CANCELLATION_REQUEST_PENDING",
                "CANCELLATION_REQUEST_SUCCESS",
            ]
        ]
        | None
    ) = None
    """Cancellation statuses."""

    create_time_ge: int | None = None
    """Created at or after this time, Unix seconds."""

    create_time_lt: int | None = None
    """Created before this time, Unix seconds."""

    update_time_ge: int | None = None
    """Updated at or after this time, Unix seconds."""

    update_time_lt: int | None = None
    """Updated before this time, Unix seconds."""

    locale: str | None = None
    """BCP-47 locale(s) of the returned texts, comma-separated; default `en-US`."""


class ReturnRefundSearchCancellationsResponse(ResponseModel):
    """One page of cancellations."""

    cancellations: list[ReturnRefundCancellation] | None = None
    """Cancellations on this page."""

    total_count: int | None = None
    """Number of cancellations matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class ReturnRefundSellerNextAction(ResponseModel):
    """What the seller has to do next on a request, and by when."""

    action: str | None = None
    """The expected action, e.g. `SELLER_RESPOND_CANCEL`, `SELLER_RESPOND_BUYER_CANCEL`,
    `SELLER_RESPOND_REFUND`, `SELLER_RESPOND_RETURN`, `SELLER_RESPOND_RECEIVE_PACKAGE`,
    `SELLER_RESPOND_REPLACEMENT`."""

    deadline: int | None = None
    """Deadline for the action, Unix seconds."""


class ReturnRefundSku(RequestModel):
    """A SKU and how many units of it the request covers."""

    sku_id: str
    """TikTok Shop SKU id."""

    quantity: int
    """Number of units."""


class ReturnRefundVideo(ResponseModel):
    """A video attached to a return by the buyer."""

    url: str | None = None
    """Video URL."""

    cover: str | None = None
    """URL of the video's thumbnail image."""

    width: int | None = None
    """Width in pixels."""

    height: int | None = None
    """Height in pixels."""

    duration_millis: int | None = None
    """Duration in milliseconds."""
