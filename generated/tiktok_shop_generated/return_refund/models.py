"""Models of the `return_refund` module.

After-sales handling: order cancellations, refund-only and return-and-refund requests, seller
decisions on them, refund estimates and the newer aftersales-request and RMA views."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictStr

from tiktok_shop._contract import FileInput, NullAsEmpty, RequestModel, ResponseModel
from tiktok_shop._money import DecimalAmount, DecimalAmountInput

__all__ = [
    "AftersalesLineItem",
    "AftersalesRequest",
    "AftersalesRequestDecision",
    "AlternativeSolutionDetails",
    "ApproveCancellationQuery",
    "ApproveCancellationResponse",
    "ApproveReturnQuery",
    "ApproveReturnRequest",
    "ApproveReturnResponse",
    "CalculateRefund202309Request",
    "CalculateRefundRequest",
    "CalculateRefundResponse",
    "CancelLineItem",
    "CancelOrder202309Request",
    "CancelOrderRequest",
    "CancelOrderResponse",
    "CancelSubLineItem",
    "Cancellation",
    "CreateReturn202309Request",
    "CreateReturnQuery",
    "CreateReturnRequest",
    "CreateReturnResponse",
    "DecisionEligibility",
    "Discount",
    "DiscountAmount",
    "ExchangeOrderLine",
    "GetAftersaleEligibility202309Query",
    "GetAftersaleEligibilityQuery",
    "GetAftersaleEligibilityResponse",
    "GetAvailableReviewDecisionsLineItem",
    "GetAvailableReviewDecisionsQuery",
    "GetAvailableReviewDecisionsResponse",
    "GetDecisionEligibilityQuery",
    "GetDecisionEligibilityResponse",
    "GetRejectReasonsQuery",
    "GetRejectReasonsResponse",
    "GetReturnRecordsQuery",
    "GetReturnRecordsResponse",
    "Image",
    "ImageInput",
    "ItemError",
    "LineItemDecision",
    "LineItemDecisionLineItem",
    "LineItemDecisionReason",
    "LineItemEligibility",
    "Media",
    "OrderLine",
    "OrderLineInput",
    "PartialRefund",
    "PartialRefundAmount",
    "PartialRefundAmountInput",
    "PartialRefundAmountRange",
    "PartialRefundInput",
    "Reason",
    "RefundAmount",
    "RejectCancellationQuery",
    "RejectCancellationRequest",
    "RejectCancellationResponse",
    "RejectReturn202309Request",
    "RejectReturnQuery",
    "RejectReturnRequest",
    "RejectReturnResponse",
    "ReturnLineItem",
    "ReturnOrder",
    "ReturnRecord",
    "ReturnSubLineItem",
    "ReturnWarehouseAddress",
    "ReviewAftersalesRequestsRequest",
    "ReviewAftersalesRequestsResponse",
    "ReviewDecisionOption",
    "Rma",
    "SearchAftersalesRequestsFilters",
    "SearchAftersalesRequestsQuery",
    "SearchAftersalesRequestsRequest",
    "SearchAftersalesRequestsResponse",
    "SearchCancellationsQuery",
    "SearchCancellationsRequest",
    "SearchCancellationsResponse",
    "SearchPagination",
    "SearchReturnMerchandiseAuthorizationsFilters",
    "SearchReturnMerchandiseAuthorizationsQuery",
    "SearchReturnMerchandiseAuthorizationsRequest",
    "SearchReturnMerchandiseAuthorizationsResponse",
    "SearchReturns202309Request",
    "SearchReturnsQuery",
    "SearchReturnsRequest",
    "SearchReturnsResponse",
    "SearchSort",
    "SellerNextAction",
    "ShippingFee",
    "ShippingFeeAmount",
    "Sku",
    "SkuEligibility",
    "SkuReturnRequest",
    "TimeFilter",
    "TimeRange",
    "UploadReturnShippingInformationQuery",
    "UploadReturnShippingInformationRequest",
    "UploadReturnShippingInformationResponse",
    "Video",
]


class AftersalesLineItem(ResponseModel):
    """One item unit of an aftersales request or RMA."""

    return_line_item_id: str | None = None
    """Return line id (the parent bundle's for virtual bundles)."""

    sub_return_line_item_id: str | None = None
    """Id of the bundle sub-item, for virtual bundles."""

    sku_id: str | None = None
    """SKU id."""

    main_order_id: str | None = None
    """Id of the original (forward) order."""

    sku_return_request_id: str | None = None
    """Id of the SKU-level return request the item belongs to."""


class AftersalesRequest(ResponseModel):
    """An aftersales request, grouping the SKU-level returns a buyer asked for together."""

    id: str | None = None
    """Aftersales request id."""

    status: str | None = None
    """`INIT`, `PENDING_REQUEST_REVIEW` or `REQUEST_REVIEW_COMPLETED`."""

    line_items: NullAsEmpty[list[AftersalesLineItem]] = Field(default_factory=list)
    """Item units of the request (with `LINE_ITEMS`)."""

    sku_return_requests: NullAsEmpty[list[SkuReturnRequest]] = Field(default_factory=list)
    """SKU-level return requests (with `SKU_RETURN_REQUESTS`)."""

    return_merchandise_authorizations: NullAsEmpty[list[Rma]] = Field(default_factory=list)
    """RMAs of the request (with `RETURN_MERCHANDISE_AUTHORIZATIONS`)."""


class AftersalesRequestDecision(RequestModel):
    """The decisions on one aftersales request or RMA."""

    request_id: str = Field(strict=True)
    """Id of the reviewed aftersales request or RMA."""

    line_item_decisions: list[LineItemDecision]
    """Decisions per group of line items; all line items of one SKU share one decision."""

    request_id_type: Literal["AFTERSALES", "RMA"] | None = None
    """Kind of id in `request_id`."""

    action_unix_time: int | None = Field(default=None, strict=True)
    """When the decision was made, Unix seconds."""

    idempotency_key: str | None = Field(default=None, strict=True)
    """Caller-chosen unique key so that a retried review is applied once."""


class AlternativeSolutionDetails(RequestModel):
    """The partial refund offered, for the partial refund actions."""

    partial_refund_amount: DecimalAmountInput | None = None
    """Amount offered."""

    currency: str | None = Field(default=None, strict=True)
    """ISO 4217 currency; must be the order's currency."""


class ApproveCancellationQuery(RequestModel):
    """Path and query parameters of ReturnRefundApproveCancellation."""

    cancel_id: str = Field(min_length=1, strict=True)
    """Id of the cancellation request."""

    idempotency_key: str | None = Field(default=None, strict=True)
    """A unique value chosen by the caller; TikTok treats requests carrying the same key as the same
    request, so a retried call is applied only once."""


class ApproveCancellationResponse(ResponseModel):
    """Empty; the call succeeded when the envelope's `code` is 0."""

    pass


class ApproveReturnQuery(RequestModel):
    """Path and query parameters of ReturnRefundApproveReturn."""

    return_id: str = Field(min_length=1, strict=True)
    """Id of the return request."""

    idempotency_key: str | None = Field(default=None, strict=True)
    """A unique value chosen by the caller; TikTok treats requests carrying the same key as the same
    request, so a retried call is applied only once."""


class ApproveReturnRequest(RequestModel):
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

    buyer_keep_item: bool | None = Field(default=None, strict=True)
    """Only with `APPROVE_RETURN`: `true` refunds without asking the items back (the buyer keeps them)."""

    partial_refund: PartialRefundInput | None = None
    """A partial refund the seller offers instead of the full refund."""


class ApproveReturnResponse(ResponseModel):
    """Empty; the call succeeded when the envelope's `code` is 0."""

    pass


class CalculateRefund202309Request(RequestModel):
    """The after-sales request to price."""

    order_id: str = Field(strict=True)
    """TikTok Shop order id."""

    request_type: Literal["CANCEL", "REFUND", "RETURN_AND_REFUND"]
    """Kind of request to price."""

    reason_name: str = Field(strict=True)
    """Reason name, from `get_aftersale_eligibility`."""

    shipment_type: Literal["BUYER_ARRANGE", "PLATFORM"] | None = None
    """For returns, how the buyer ships back: `PLATFORM` or `BUYER_ARRANGE`."""

    handover_method: Literal["DROP_OFF", "PICKUP"] | None = None
    """With `PLATFORM` shipping: `DROP_OFF` or `PICKUP`."""

    order_line_item_ids: list[StrictStr] | None = None
    """Order line ids to include."""

    skus: list[Sku] | None = None
    """SKUs and quantities to include."""


class CalculateRefundRequest(RequestModel):
    """The after-sales request to price; without any item list the whole order is used."""

    order_id: str = Field(strict=True)
    """TikTok Shop order id."""

    request_type: Literal["CANCEL", "REFUND", "RETURN_AND_REFUND"]
    """Kind of request to price."""

    reason_name: str = Field(strict=True)
    """Reason name, from `get_aftersale_eligibility`."""

    shipment_type: Literal["BUYER_ARRANGE", "PLATFORM"] | None = None
    """For returns, how the buyer ships back: `PLATFORM` or `BUYER_ARRANGE`."""

    handover_method: Literal["DROP_OFF", "PICKUP"] | None = None
    """With `PLATFORM` shipping: `DROP_OFF` or `PICKUP`."""

    order_line_item_ids: list[StrictStr] | None = None
    """Order line ids to include; do not combine with `order_line_list`."""

    order_line_list: list[OrderLineInput] | None = None
    """Order lines or bundle sub-lines to include."""

    skus: list[Sku] | None = None
    """SKUs and quantities to include."""


class CalculateRefundResponse(ResponseModel):
    """The estimated refund."""

    order_refund_amount: RefundAmount | None = None
    """A refund broken down into its parts. Amounts are decimal strings."""


class CancelLineItem(ResponseModel):
    """One cancelled order line."""

    cancel_line_item_id: str | None = None
    """Cancellation line id."""

    order_line_item_id: str | None = None
    """Order line id."""

    sku_id: str | None = None
    """SKU id."""

    sku_name: str | None = None
    """SKU name."""

    product_image: Image | None = None
    """An image shown by TikTok (product picture or evidence)."""

    product_name: str | None = None
    """Product name."""

    seller_sku: str | None = None
    """The seller's own SKU code."""

    refund_amount: RefundAmount | None = None
    """A refund broken down into its parts. Amounts are decimal strings."""

    cancel_sub_line_items: NullAsEmpty[list[CancelSubLineItem]] = Field(default_factory=list)
    """Sub-items, when the line is a seller-defined bundle."""


class CancelOrder202309Request(RequestModel):
    """The order (or items) to cancel and why."""

    order_id: str = Field(strict=True)
    """TikTok Shop order id."""

    cancel_reason: str = Field(strict=True)
    """Cancel reason name, from `get_aftersale_eligibility`."""

    skus: list[Sku] | None = None
    """SKUs and quantities to cancel (partial cancellation)."""

    order_line_item_ids: list[StrictStr] | None = None
    """Order line ids to cancel (partial cancellation, US and UK markets)."""


class CancelOrderRequest(RequestModel):
    """The order (or items) to cancel and why."""

    order_id: str = Field(strict=True)
    """TikTok Shop order id."""

    cancel_reason: str = Field(strict=True)
    """Cancel reason name, from `get_aftersale_eligibility`."""

    skus: list[Sku] | None = None
    """SKUs and quantities to cancel (partial cancellation)."""

    order_line_item_ids: list[StrictStr] | None = None
    """Order line ids to cancel (partial cancellation, US and UK markets). Do not combine with
    `order_line_list`."""

    order_line_list: list[OrderLineInput] | None = None
    """Order lines or bundle sub-lines to cancel; supersedes `order_line_item_ids`."""


class CancelOrderResponse(ResponseModel):
    """The created cancellation."""

    cancel_id: str | None = None
    """Id of the new cancellation."""

    cancel_status: str | None = None
    """Its status, e.g. `CANCELLATION_REQUEST_SUCCESS`."""


class CancelSubLineItem(ResponseModel):
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

    product_image: Image | None = None
    """An image shown by TikTok (product picture or evidence)."""

    product_name: str | None = None
    """Product name."""

    seller_sku: str | None = None
    """The seller's own SKU code."""

    refund_amount: RefundAmount | None = None
    """A refund broken down into its parts. Amounts are decimal strings."""


class Cancellation(ResponseModel):
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

    seller_next_action_response: NullAsEmpty[list[SellerNextAction]] = Field(default_factory=list)
    """The seller's pending actions and their deadlines."""

    refund_amount: RefundAmount | None = None
    """A refund broken down into its parts. Amounts are decimal strings."""

    cancel_line_items: NullAsEmpty[list[CancelLineItem]] = Field(default_factory=list)
    """The cancelled order lines."""

    should_replenish_stock: bool | None = None
    """Whether the seller should put the stock back once the cancellation succeeds."""


class CreateReturn202309Request(RequestModel):
    """The return to open for the buyer."""

    order_id: str = Field(strict=True)
    """TikTok Shop order id."""

    return_reason: str = Field(strict=True)
    """Reason name, from `get_aftersale_eligibility`."""

    return_type: Literal["REFUND", "RETURN_AND_REFUND"]
    """`REFUND` (refund only) or `RETURN_AND_REFUND`."""

    skus: list[Sku] | None = None
    """SKUs and quantities to return."""

    order_line_item_ids: list[StrictStr] | None = None
    """Order line ids to return (for orders split into several packages)."""

    refund_total: DecimalAmountInput | None = None
    """Total to refund; at most the refundable amount."""

    currency: str | None = Field(default=None, strict=True)
    """Currency of `refund_total`, the order's currency; needed with `refund_total`."""

    shipment_type: Literal["BUYER_ARRANGE", "PLATFORM"] | None = None
    """How the buyer sends the items back: `PLATFORM` or `BUYER_ARRANGE`."""

    handover_method: Literal["DROP_OFF", "PICKUP"] | None = None
    """With `PLATFORM` shipping: `DROP_OFF` or `PICKUP`."""


class CreateReturnQuery(RequestModel):
    """Path and query parameters of ReturnRefundCreateReturn202602."""

    idempotency_key: str | None = Field(default=None, strict=True)
    """A unique value chosen by the caller; TikTok treats requests carrying the same key as the same
    request, so a retried call is applied only once."""


class CreateReturnRequest(RequestModel):
    """The return to open for the buyer."""

    order_id: str = Field(strict=True)
    """TikTok Shop order id."""

    return_reason: str = Field(strict=True)
    """Reason name, from `get_aftersale_eligibility`."""

    return_type: Literal["REFUND", "RETURN_AND_REFUND"]
    """`REFUND` (refund only) or `RETURN_AND_REFUND`."""

    skus: list[Sku] | None = None
    """SKUs and quantities to return."""

    order_line_item_ids: list[StrictStr] | None = None
    """Order line ids to return; do not combine with `order_line_list`."""

    order_line_list: list[OrderLineInput] | None = None
    """Order lines or bundle sub-lines to return; each entry needs `order_line_item_id`."""

    refund_total: DecimalAmountInput | None = None
    """Total to refund; at most the refundable amount."""

    currency: str | None = Field(default=None, strict=True)
    """Currency of `refund_total`, the order's currency; needed with `refund_total`."""

    shipment_type: Literal["BUYER_ARRANGE", "PLATFORM"] | None = None
    """How the buyer sends the items back: `PLATFORM` or `BUYER_ARRANGE`."""

    handover_method: Literal["DROP_OFF", "PICKUP"] | None = None
    """With `PLATFORM` shipping: `DROP_OFF` or `PICKUP`."""


class CreateReturnResponse(ResponseModel):
    """The created return."""

    return_id: str | None = None
    """Id of the new return."""

    return_status: str | None = None
    """Its status, e.g. `RETURN_OR_REFUND_REQUEST_PENDING`."""


class DecisionEligibility(ResponseModel):
    """Whether one seller decision is currently allowed."""

    decision: str | None = None
    """The evaluated decision, e.g. `APPROVE_REFUND`, `REJECT_RETURN`."""

    eligible: bool | None = None
    """Whether the decision is allowed now."""

    ineligible_code: int | None = None
    """Code of the reason it is not allowed (when `eligible` is false)."""

    ineligible_reason: str | None = None
    """Reason it is not allowed (when `eligible` is false)."""

    available_reject_reasons: NullAsEmpty[list[Reason]] = Field(default_factory=list)
    """Reject reasons usable with an allowed reject decision."""


class Discount(ResponseModel):
    """Discounts reversed by the refund."""

    product_platform_discount: str | None = None
    """Platform-funded product discount refunded."""

    product_seller_discount: str | None = None
    """Seller-funded product discount refunded."""

    shipping_fee_platform_discount: str | None = None
    """Platform-funded shipping discount refunded."""

    shipping_fee_seller_discount: str | None = None
    """Seller-funded shipping discount refunded."""


class DiscountAmount(ResponseModel):
    """Refunded discounts in one currency."""

    currency: str | None = None
    """Currency code."""

    product_seller_discount: str | None = None
    """Seller-funded product discount refunded."""

    product_platform_discount: str | None = None
    """Platform-funded product discount refunded."""

    shipping_fee_seller_discount: str | None = None
    """Seller-funded shipping discount refunded."""

    shipping_fee_platform_discount: str | None = None
    """Platform-funded shipping discount refunded."""


class ExchangeOrderLine(ResponseModel):
    """An exchange order line (not yet supported)."""

    order_line_id: str | None = None
    """Order line id."""

    sku_id: str | None = None
    """SKU id."""

    sku_name: str | None = None
    """SKU name."""

    product_name: str | None = None
    """Product name."""

    seller_sku_name: str | None = None
    """The seller's SKU code."""


class GetAftersaleEligibility202309Query(RequestModel):
    """Path and query parameters of ReturnRefundGetOrderAftersaleEligibility."""

    order_id: str = Field(min_length=1, strict=True)
    """TikTok Shop order id."""

    initiate_aftersale_user: Literal["BUYER", "SELLER"] | None = None
    """Whose point of view to check, the seller's or the buyer's."""


class GetAftersaleEligibilityQuery(RequestModel):
    """Path and query parameters of ReturnRefundGetOrderAftersaleEligibility202512."""

    order_id: str = Field(min_length=1, strict=True)
    """TikTok Shop order id."""

    initiate_aftersale_user: Literal["BUYER", "SELLER"] | None = None
    """Whose point of view to check, the seller's or the buyer's."""

    request_types: list[Literal["CANCEL", "REFUND", "RETURN_AND_REFUND"]] | None = None
    """Kinds of after-sales request to check; all when omitted."""


class GetAftersaleEligibilityResponse(ResponseModel):
    """The order's after-sales eligibility."""

    sku_eligibility: NullAsEmpty[list[SkuEligibility]] = Field(default_factory=list)
    """Eligibility per SKU."""


class GetAvailableReviewDecisionsLineItem(ResponseModel):
    """One return line item."""

    return_line_item_id: str | None = None
    """Return line id (the parent bundle's for virtual bundles)."""

    sub_return_line_item_id: str | None = None
    """Id of the bundle sub-item, for virtual bundles."""

    decisions: NullAsEmpty[list[ReviewDecisionOption]] = Field(default_factory=list)
    """Candidate decisions."""


class GetAvailableReviewDecisionsQuery(RequestModel):
    """Path and query parameters of ReturnRefundGetAvailableReviewDecisions."""

    seller_id: int = Field(strict=True)
    """Id of the seller."""

    return_or_cancel_id: str = Field(min_length=1, strict=True)
    """Return id or cancellation id to check."""

    locale: str | None = Field(default=None, strict=True)
    """BCP-47 locale of the reason texts, e.g. `en-US`."""

    check_decisions: (
        list[
            Literal[
                "APPROVE_RECEIVED_PACKAGE",
                "APPROVE_REFUND",
                "APPROVE_REPLACEMENT",
                "APPROVE_REQUEST_CANCEL",
                "APPROVE_RETURN",
                "DIRECT_REFUND",
                "ISSUE_EXCHANGE_REFUND",
                "ISSUE_REPLACEMENT_REFUND",
                "OFFER_PARTIAL_REFUND",
                "OFFER_PARTIAL_REFUND_AFTER_RECEIVING_PKG",
                "REJECT_RECEIVED_PACKAGE",
                "REJECT_REFUND",
                "REJECT_REPLACEMENT",
                "REJECT_REQUEST_CANCEL",
                "REJECT_RETURN",
            ]
        ]
        | None
    ) = None
    """Decisions to evaluate; all when omitted."""


class GetAvailableReviewDecisionsResponse(ResponseModel):
    """The review decisions available per line item."""

    line_items: NullAsEmpty[list[GetAvailableReviewDecisionsLineItem]] = Field(default_factory=list)
    """Line items and their candidate decisions (amounts apply per line item)."""

    request_log_id: str | None = None
    """Log id of the call, for TikTok support."""

    errors: NullAsEmpty[list[ItemError]] = Field(default_factory=list)
    """Errors of the items that failed."""


class GetDecisionEligibilityQuery(RequestModel):
    """Path and query parameters of ReturnRefundGetDecisionEligibility."""

    return_or_cancel_id: str = Field(min_length=1, strict=True)
    """Return id or cancellation id to check."""

    check_decisions: (
        list[
            Literal[
                "APPROVE_RECEIVED_PACKAGE",
                "APPROVE_REFUND",
                "APPROVE_REPLACEMENT",
                "APPROVE_REQUEST_CANCEL",
                "APPROVE_RETURN",
                "DIRECT_REFUND",
                "ISSUE_EXCHANGE_REFUND",
                "ISSUE_REPLACEMENT_REFUND",
                "REJECT_RECEIVED_PACKAGE",
                "REJECT_REFUND",
                "REJECT_REPLACEMENT",
                "REJECT_REQUEST_CANCEL",
                "REJECT_RETURN",
            ]
        ]
        | None
    ) = None
    """Decisions to evaluate; all when omitted."""

    locale: str | None = Field(default=None, strict=True)
    """BCP-47 locale of the reason texts, e.g. `en-US`."""


class GetDecisionEligibilityResponse(ResponseModel):
    """The evaluated decisions."""

    decisions: NullAsEmpty[list[DecisionEligibility]] = Field(default_factory=list)
    """One result per evaluated decision."""


class GetRejectReasonsQuery(RequestModel):
    """Path and query parameters of ReturnRefundGetRejectReasons."""

    return_or_cancel_id: str = Field(min_length=1, strict=True)
    """The return id or cancellation id the reasons are for."""

    locale: str | None = Field(default=None, strict=True)
    """BCP-47 locale of the reason texts, e.g. `en-US`."""


class GetRejectReasonsResponse(ResponseModel):
    """The reject reasons that apply to the request."""

    reasons: NullAsEmpty[list[Reason]] = Field(default_factory=list)
    """Reject reasons."""


class GetReturnRecordsQuery(RequestModel):
    """Path and query parameters of ReturnRefundGetReturnRecords."""

    return_id: str = Field(min_length=1, strict=True)
    """Id of the return request."""

    locale: str | None = Field(default=None, strict=True)
    """BCP-47 locale of the reason texts, e.g. `en-US`."""


class GetReturnRecordsResponse(ResponseModel):
    """The history of a return."""

    records: NullAsEmpty[list[ReturnRecord]] = Field(default_factory=list)
    """Lifecycle events of the return."""


class Image(ResponseModel):
    """An image shown by TikTok (product picture or evidence)."""

    url: str | None = None
    """Image URL."""

    width: int | None = None
    """Width in pixels."""

    height: int | None = None
    """Height in pixels."""


class ImageInput(RequestModel):
    """An image uploaded beforehand (product image upload), attached as evidence."""

    image_id: str = Field(strict=True)
    """Id (URI) of the uploaded image."""

    mime_type: str | None = Field(default=None, strict=True)
    """MIME type of the image, e.g. `image/png`."""

    height: int | None = Field(default=None, strict=True)
    """Height in pixels."""

    width: int | None = Field(default=None, strict=True)
    """Width in pixels."""


class ItemError(ResponseModel):
    """The failure of one item of a partially failed request."""

    code: str | None = None
    """Error code."""

    message: str | None = None
    """Error description."""


class LineItemDecision(RequestModel):
    """One decision and the line items it applies to."""

    line_items: list[LineItemDecisionLineItem]
    """Line items the decision applies to (amounts apply to each)."""

    action: Literal[
        "APPROVE_REQUEST",
        "APPROVE_RETURN_PACKAGE",
        "OFFER_PARTIAL_REFUND",
        "OFFER_PARTIAL_REFUND_AFTER_RECEIVING_PKG",
        "REFUND_INSTEAD",
        "REJECT_REQUEST",
        "REJECT_RETURN_PACKAGE",
    ]
    """The decision to apply."""

    alternative_solution_details: AlternativeSolutionDetails | None = None
    """The partial refund offered, for the partial refund actions."""

    reason: LineItemDecisionReason | None = None
    """Why the seller decided so (needed for rejections)."""


class LineItemDecisionLineItem(RequestModel):
    """A return line item."""

    return_line_item_id: str = Field(strict=True)
    """Return line id (the parent bundle's for virtual bundles)."""

    sub_return_line_item_id: str | None = Field(default=None, strict=True)
    """Id of the bundle sub-item, for virtual bundles."""


class LineItemDecisionReason(RequestModel):
    """Why the seller decided so (needed for rejections)."""

    reason_id: str | None = Field(default=None, strict=True)
    """Reason name, from `get_available_review_decisions`."""

    text: str | None = Field(default=None, strict=True)
    """Additional explanation."""

    media: Media | None = None
    """An image supporting the decision."""


class LineItemEligibility(ResponseModel):
    """Eligibility of some order lines for one kind of after-sales request."""

    request_type: str | None = None
    """`CANCEL`, `REFUND` or `RETURN_AND_REFUND`."""

    eligible: bool | None = None
    """Whether these lines can get this kind of request."""

    ineligible_code: int | None = None
    """Code of the reason they cannot."""

    ineligible_reason: str | None = None
    """Reason they cannot."""

    order_line_items_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """The order line ids concerned (legacy; prefer `order_line_list`)."""

    order_line_list: NullAsEmpty[list[OrderLine]] = Field(default_factory=list)
    """The order lines (and bundle sub-lines) concerned."""

    available_reason_names: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Reason names usable when starting this request."""


class Media(RequestModel):
    """An image supporting the decision."""

    uri: str | None = Field(default=None, strict=True)
    """Image URI from the product image upload."""

    mime_type: str | None = Field(default=None, strict=True)
    """MIME type, e.g. `image/jpeg`."""


class OrderLine(ResponseModel):
    """An order line, or one sub-item of a bundle order line."""

    order_line_item_id: str | None = None
    """Order line item id."""

    sub_order_line_item_id: str | None = None
    """Id of the sub-item inside a bundle product; needed for bundles only."""


class OrderLineInput(RequestModel):
    """An order line, or one sub-item of a bundle order line."""

    order_line_item_id: str | None = Field(default=None, strict=True)
    """Order line item id."""

    sub_order_line_item_id: str | None = Field(default=None, strict=True)
    """Id of the sub-item inside a bundle product; needed for bundles only."""


class PartialRefund(ResponseModel):
    """A partial refund the seller offers instead of the full refund."""

    amount: DecimalAmount | None = None
    """Amount offered to the buyer."""

    currency: str | None = None
    """Currency of the amount; must be the currency of the return."""


class PartialRefundAmount(ResponseModel):
    """A partial refund amount offered by the seller."""

    partial_refund_total: DecimalAmount | None = None
    """Amount offered, a decimal string greater than 0."""

    currency: str | None = None
    """Currency of the amount; must be the return's currency."""


class PartialRefundAmountInput(RequestModel):
    """A partial refund amount offered by the seller."""

    partial_refund_total: DecimalAmountInput | None = None
    """Amount offered, a decimal string greater than 0."""

    currency: str | None = Field(default=None, strict=True)
    """Currency of the amount; must be the return's currency."""


class PartialRefundAmountRange(ResponseModel):
    """Allowed range of a partial refund offer."""

    min_amount: DecimalAmount | None = None
    """Smallest amount the seller may offer."""

    max_amount: DecimalAmount | None = None
    """Largest amount the seller may offer."""

    currency: str | None = None
    """Currency of the range, the return's currency."""


class PartialRefundInput(RequestModel):
    """A partial refund the seller offers instead of the full refund."""

    amount: DecimalAmountInput | None = None
    """Amount offered to the buyer."""

    currency: str | None = Field(default=None, strict=True)
    """Currency of the amount; must be the currency of the return."""


class Reason(ResponseModel):
    """A reason option, as a machine name and its display text."""

    name: str | None = None
    """Reason key to pass to the call that takes a reason."""

    text: str | None = None
    """Localized display text of the reason."""


class RefundAmount(ResponseModel):
    """A refund broken down into its parts. Amounts are decimal strings."""

    currency: str | None = None
    """Currency code, e.g. `USD`."""

    refund_total: DecimalAmount | None = None
    """Total refunded to the buyer."""

    refund_subtotal: DecimalAmount | None = None
    """Refunded item subtotal."""

    refund_shipping_fee: DecimalAmount | None = None
    """Refunded shipping fee."""

    refund_tax: DecimalAmount | None = None
    """Refunded tax."""

    retail_delivery_fee: DecimalAmount | None = None
    """Refunded retail delivery fee (US Colorado rule)."""

    buyer_service_fee: DecimalAmount | None = None
    """Refunded buyer service fee."""


class RejectCancellationQuery(RequestModel):
    """Path and query parameters of ReturnRefundRejectCancellation."""

    cancel_id: str = Field(min_length=1, strict=True)
    """Id of the cancellation request."""

    idempotency_key: str | None = Field(default=None, strict=True)
    """A unique value chosen by the caller; TikTok treats requests carrying the same key as the same
    request, so a retried call is applied only once."""


class RejectCancellationRequest(RequestModel):
    """The seller's rejection of a cancellation request."""

    reject_reason: str = Field(strict=True)
    """Reject reason name, from `get_reject_reasons`."""

    comment: str | None = Field(default=None, strict=True)
    """Free-text explanation of the rejection."""

    images: list[ImageInput] | None = None
    """Images supporting the rejection."""


class RejectCancellationResponse(ResponseModel):
    """Empty; the call succeeded when the envelope's `code` is 0."""

    pass


class RejectReturn202309Request(RequestModel):
    """The seller's rejecting decision on a return."""

    decision: Literal["REJECT_RECEIVED_PACKAGE", "REJECT_REFUND", "REJECT_REPLACEMENT", "REJECT_RETURN"]
    """The decision. `REJECT_REFUND` rejects a refund-only request; `REJECT_RETURN` rejects a return
    request; `REJECT_RECEIVED_PACKAGE` rejects the returned package after inspection;
    `REJECT_REPLACEMENT` rejects a replacement request."""

    reject_reason: str = Field(strict=True)
    """Reject reason name, from `get_reject_reasons`."""

    comment: str | None = Field(default=None, strict=True)
    """Free-text explanation of the rejection."""

    images: list[ImageInput] | None = None
    """Images supporting the rejection."""


class RejectReturnQuery(RequestModel):
    """Path and query parameters of ReturnRefundRejectReturn202606."""

    return_id: str = Field(min_length=1, strict=True)
    """Id of the return request."""

    idempotency_key: str | None = Field(default=None, strict=True)
    """A unique value chosen by the caller; TikTok treats requests carrying the same key as the same
    request, so a retried call is applied only once."""


class RejectReturnRequest(RequestModel):
    """The seller's rejecting decision on a return."""

    decision: Literal[
        "OFFER_PARTIAL_REFUND_AFTER_RECEIVING_PKG",
        "REJECT_RECEIVED_PACKAGE",
        "REJECT_REFUND",
        "REJECT_REPLACEMENT",
        "REJECT_RETURN",
    ]
    """The decision. `REJECT_REFUND`, `REJECT_RETURN`, `REJECT_RECEIVED_PACKAGE`, `REJECT_REPLACEMENT`, or
    `OFFER_PARTIAL_REFUND_AFTER_RECEIVING_PKG` (offer `partial_refund_amount` instead of the full refund
    once the package arrived)."""

    reject_reason: str = Field(strict=True)
    """Reject reason name, from `get_reject_reasons` (or `get_available_review_decisions` for a partial
    refund offer)."""

    comment: str | None = Field(default=None, strict=True)
    """Free-text explanation; at most 500 characters for a partial refund offer."""

    images: list[ImageInput] | None = None
    """Images supporting the decision; at most 6 for a partial refund offer."""

    partial_refund_amount: PartialRefundAmountInput | None = None
    """A partial refund amount offered by the seller."""


class RejectReturnResponse(ResponseModel):
    """Empty; the call succeeded when the envelope's `code` is 0."""

    pass


class ReturnLineItem(ResponseModel):
    """One returned order line."""

    return_line_item_id: str | None = None
    """Return line id."""

    order_line_item_id: str | None = None
    """Order line id."""

    sku_id: str | None = None
    """SKU id."""

    sku_name: str | None = None
    """SKU name."""

    product_name: str | None = None
    """Product name."""

    seller_sku: str | None = None
    """The seller's own SKU code."""

    product_image: Image | None = None
    """An image shown by TikTok (product picture or evidence)."""

    refund_amount: RefundAmount | None = None
    """A refund broken down into its parts. Amounts are decimal strings."""

    return_sub_line_items: NullAsEmpty[list[ReturnSubLineItem]] = Field(default_factory=list)
    """Sub-items, when the line is a seller-defined bundle."""


class ReturnOrder(ResponseModel):
    """A return or refund request of one order."""

    return_id: str | None = None
    """Return id."""

    order_id: str | None = None
    """TikTok Shop order id."""

    return_type: str | None = None
    """`REFUND` (refund without sending items back), `RETURN_AND_REFUND` (items go back first),
    `REPLACEMENT` or `EXCHANGE`."""

    return_status: str | None = None
    """Status, e.g. `RETURN_OR_REFUND_REQUEST_PENDING`, `REFUND_OR_RETURN_REQUEST_REJECT`,
    `AWAITING_BUYER_SHIP`, `BUYER_SHIPPED_ITEM`, `REJECT_RECEIVE_PACKAGE`,
    `RETURN_OR_REFUND_REQUEST_SUCCESS`, `RETURN_OR_REFUND_REQUEST_CANCEL`,
    `RETURN_OR_REFUND_REQUEST_COMPLETE`, `AWAITING_BUYER_RESPONSE`, and the `REPLACEMENT_REQUEST_*` /
    `EXCHANGE_REQUEST_*` statuses."""

    arbitration_status: str | None = None
    """Platform arbitration: `IN_PROGRESS`, `SUPPORT_BUYER`, `SUPPORT_SELLER` or `CLOSED`."""

    role: str | None = None
    """Who started the return: `BUYER`, `SELLER`, `OPERATOR` or `SYSTEM`."""

    return_reason: str | None = None
    """Reason key."""

    return_reason_text: str | None = None
    """Reason text, localized per the request's `locale`."""

    shipment_type: str | None = None
    """How the buyer sends the items back: `PLATFORM` (TikTok's return shipping, see `handover_method`) or
    `BUYER_ARRANGE`."""

    handover_method: str | None = None
    """With platform shipping: `DROP_OFF` at a courier point or `PICKUP` by the courier."""

    return_tracking_number: str | None = None
    """Tracking number of the return parcel."""

    return_provider_name: str | None = None
    """Carrier of the return parcel."""

    return_provider_id: str | None = None
    """Carrier id of the return parcel."""

    return_method: str | None = None
    """Who provides the return shipping: `SELLER_SHIPPED`, `BUYER_SHIPPED` or `PLATFORM_SHIPPED`."""

    return_shipping_document_type: str | None = None
    """Return document chosen by the buyer: `SHIPPING_LABEL`, `QR_CODE` (with box) or `QR_CODE_NBNL` (no
    box, no label)."""

    return_warehouse_address: ReturnWarehouseAddress | None = None
    """Where the items are sent back."""

    pre_return_id: str | None = None
    """Id of the earlier return this one was edited from."""

    next_return_id: str | None = None
    """Id of the later return this one was edited into."""

    is_combined_return: bool | None = None
    """Whether the buyer combines several returns into one package."""

    combined_return_id: str | None = None
    """Id of the combined return, when `is_combined_return` is true."""

    can_buyer_keep_item: bool | None = None
    """Whether the buyer may keep the items (sent for replacement requests)."""

    seller_proposed_return_type: str | None = None
    """Alternative the seller offered, e.g. `PARTIAL_REFUND`."""

    partial_refund: PartialRefund | None = None
    """A partial refund the seller offers instead of the full refund."""

    buyer_rejected_partial_refund: bool | None = None
    """Only when the seller offered a partial refund: `true` when the buyer refused it, `false` when
    accepted or still pending."""

    is_quick_refund: bool | None = None
    """Whether a quick-refund rule applied; the seller then cannot reject the received package."""

    seller_next_action_response: NullAsEmpty[list[SellerNextAction]] = Field(default_factory=list)
    """The seller's pending actions and their deadlines."""

    refund_amount: RefundAmount | None = None
    """A refund broken down into its parts. Amounts are decimal strings."""

    discount_amount: NullAsEmpty[list[DiscountAmount]] = Field(default_factory=list)
    """Discounts reversed by the refund."""

    shipping_fee_amount: NullAsEmpty[list[ShippingFeeAmount]] = Field(default_factory=list)
    """Who pays the return shipping."""

    return_line_items: NullAsEmpty[list[ReturnLineItem]] = Field(default_factory=list)
    """The returned order lines."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    update_time: int | None = None
    """Last update time, Unix seconds."""


class ReturnRecord(ResponseModel):
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

    images: NullAsEmpty[list[Image]] = Field(default_factory=list)
    """Images attached by the buyer or seller (see `role`)."""

    videos: NullAsEmpty[list[Video]] = Field(default_factory=list)
    """Videos attached by the buyer."""

    create_time: int | None = None
    """When the event happened, Unix seconds."""


class ReturnSubLineItem(ResponseModel):
    """A returned sub-item of a seller-defined (virtual) bundle."""

    return_sub_line_item_id: str | None = None
    """Return sub-line id."""

    return_line_item_id: str | None = None
    """Return line id the sub-item belongs to."""

    sub_order_line_item_id: str | None = None
    """Order sub-line id."""

    order_line_item_id: str | None = None
    """Order line id."""

    sku_id: str | None = None
    """SKU id."""

    sku_name: str | None = None
    """SKU name."""

    product_image: Image | None = None
    """An image shown by TikTok (product picture or evidence)."""

    product_name: str | None = None
    """Product name."""

    seller_sku: str | None = None
    """The seller's own SKU code."""

    refund_amount: RefundAmount | None = None
    """A refund broken down into its parts. Amounts are decimal strings."""


class ReturnWarehouseAddress(ResponseModel):
    """Where the items are sent back."""

    full_address: str | None = None
    """The full warehouse address on one line."""


class ReviewAftersalesRequestsRequest(RequestModel):
    """The decisions to apply."""

    aftersales_request_decisions: list[AftersalesRequestDecision] | None = None
    """One entry per aftersales request or RMA reviewed."""


class ReviewAftersalesRequestsResponse(ResponseModel):
    """Errors of the decisions that could not be applied."""

    errors: NullAsEmpty[list[ItemError]] = Field(default_factory=list)
    """Per-item errors; empty when everything was applied."""


class ReviewDecisionOption(ResponseModel):
    """One candidate review decision for a line item."""

    decision: str | None = None
    """The decision, e.g. `APPROVE_REFUND`, `REJECT_RETURN`, `OFFER_PARTIAL_REFUND`,
    `OFFER_PARTIAL_REFUND_AFTER_RECEIVING_PKG`."""

    eligible: bool | None = None
    """Whether it can be taken now."""

    ineligible_code: int | None = None
    """Code of the reason it cannot (when `eligible` is false)."""

    ineligible_reason: str | None = None
    """Reason it cannot (when `eligible` is false)."""

    available_reject_reasons: NullAsEmpty[list[Reason]] = Field(default_factory=list)
    """Reject reasons usable with this decision."""

    partial_refund_amount_range: PartialRefundAmountRange | None = None
    """Allowed range of a partial refund offer."""


class Rma(ResponseModel):
    """A return merchandise authorization, the expected return of one package."""

    id: str | None = None
    """RMA id."""

    package_id: str | None = None
    """Id of the physical return package."""

    aftersales_request_id: str | None = None
    """Id of the parent aftersales request."""

    status: str | None = None
    """`INIT`, `AWAITING_BUYER_RETURN`, `RETURN_IN_TRANSIT`, `PENDING_PACKAGE_REVIEW` or
    `PACKAGE_REVIEW_COMPLETED`."""

    line_items: NullAsEmpty[list[AftersalesLineItem]] = Field(default_factory=list)
    """Item units expected in the package (with `LINE_ITEMS`)."""

    sku_return_requests: NullAsEmpty[list[SkuReturnRequest]] = Field(default_factory=list)
    """SKU-level return requests of the RMA (with `SKU_RETURN_REQUESTS`)."""


class SearchAftersalesRequestsFilters(RequestModel):
    """Filters, combined with AND."""

    aftersales_request_ids: list[StrictStr] | None = None
    """Aftersales request ids."""

    aftersales_request_statuses: list[Literal["INIT", "PENDING_REQUEST_REVIEW", "REQUEST_REVIEW_COMPLETED"]] | None = (
        None
    )
    """Aftersales request statuses."""

    return_types: list[Literal["EXCHANGE", "REFUND", "REPLACEMENT", "RETURN_AND_REFUND"]] | None = None
    """Keep requests with at least one SKU return of these types."""

    main_order_ids: list[StrictStr] | None = None
    """Keep requests touching these original orders."""

    buyer_ids: list[StrictStr] | None = None
    """Keep requests of these buyers."""

    time: TimeFilter | None = None
    """Creation and update time windows."""


class SearchAftersalesRequestsQuery(RequestModel):
    """Path and query parameters of ReturnRefundSearchAftersalesRequests."""

    locale: str | None = Field(default=None, strict=True)
    """BCP-47 locale of the returned texts, e.g. `en-US`."""


class SearchAftersalesRequestsRequest(RequestModel):
    """Filters, sorting and paging of an aftersales request search."""

    whitelisted_data_fields: (
        list[Literal["LINE_ITEMS", "RETURN_MERCHANDISE_AUTHORIZATIONS", "SKU_RETURN_REQUESTS"]] | None
    ) = None
    """Optional parts to include in each result."""

    filters: SearchAftersalesRequestsFilters | None = None
    """Filters, combined with AND."""

    sort: SearchSort | None = None
    """Sorting of a search."""

    pagination: SearchPagination | None = None
    """Paging of a search."""


class SearchAftersalesRequestsResponse(ResponseModel):
    """One page of aftersales requests."""

    aftersales_requests: NullAsEmpty[list[AftersalesRequest]] = Field(default_factory=list)
    """Matching requests; absent when none match."""

    total_count: int | None = None
    """Number of matching requests over all pages."""

    next_page_token: str | None = None
    """Token of the next page, for `pagination.page_token`."""


class SearchCancellationsQuery(RequestModel):
    """Path and query parameters of ReturnRefundSearchCancellations202602."""

    sort_field: Literal["create_time", "update_time"] | None = None
    """Field the results are sorted by."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    page_size: int | None = Field(default=None, ge=1, strict=True)
    """Number of results per page."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchCancellationsRequest(RequestModel):
    """Filters of a cancellation search; all optional and combined with AND."""

    cancel_ids: list[StrictStr] | None = None
    """Cancellation ids."""

    order_ids: list[StrictStr] | None = None
    """TikTok Shop order ids."""

    buyer_user_ids: list[StrictStr] | None = None
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

    create_time_ge: int | None = Field(default=None, strict=True)
    """Created at or after this time, Unix seconds."""

    create_time_lt: int | None = Field(default=None, strict=True)
    """Created before this time, Unix seconds."""

    update_time_ge: int | None = Field(default=None, strict=True)
    """Updated at or after this time, Unix seconds."""

    update_time_lt: int | None = Field(default=None, strict=True)
    """Updated before this time, Unix seconds."""

    locale: str | None = Field(default=None, strict=True)
    """BCP-47 locale(s) of the returned texts, comma-separated; default `en-US`."""


class SearchCancellationsResponse(ResponseModel):
    """One page of cancellations."""

    cancellations: NullAsEmpty[list[Cancellation]] = Field(default_factory=list)
    """Cancellations on this page."""

    total_count: int | None = None
    """Number of cancellations matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SearchPagination(RequestModel):
    """Paging of a search."""

    page_size: int | None = Field(default=None, ge=1.0, le=100.0, strict=True)
    """Results per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Token of the page to fetch, from the previous page's `next_page_token`."""


class SearchReturnMerchandiseAuthorizationsFilters(RequestModel):
    """Filters, combined with AND."""

    rma_ids: list[StrictStr] | None = None
    """RMA ids."""

    package_ids: list[StrictStr] | None = None
    """Return package ids."""

    statuses: (
        list[
            Literal[
                "AWAITING_BUYER_RETURN",
                "INIT",
                "PACKAGE_REVIEW_COMPLETED",
                "PENDING_PACKAGE_REVIEW",
                "RETURN_IN_TRANSIT",
            ]
        ]
        | None
    ) = None
    """RMA statuses."""

    aftersales_request_ids: list[StrictStr] | None = None
    """Parent aftersales request ids."""

    main_order_ids: list[StrictStr] | None = None
    """Original order ids."""

    time: TimeFilter | None = None
    """Creation and update time windows."""


class SearchReturnMerchandiseAuthorizationsQuery(RequestModel):
    """Path and query parameters of ReturnRefundSearchReturnMerchandiseAuthorizations."""

    locale: str | None = Field(default=None, strict=True)
    """BCP-47 locale of the returned texts, e.g. `en-US`."""


class SearchReturnMerchandiseAuthorizationsRequest(RequestModel):
    """Filters, sorting and paging of an RMA search."""

    whitelisted_data_fields: list[Literal["LINE_ITEMS", "SKU_RETURN_REQUESTS"]] | None = None
    """Optional parts to include in each result."""

    filters: SearchReturnMerchandiseAuthorizationsFilters | None = None
    """Filters, combined with AND."""

    sort: SearchSort | None = None
    """Sorting of a search."""

    pagination: SearchPagination | None = None
    """Paging of a search."""


class SearchReturnMerchandiseAuthorizationsResponse(ResponseModel):
    """One page of RMAs."""

    return_merchandise_authorizations: NullAsEmpty[list[Rma]] = Field(default_factory=list)
    """Matching RMAs; absent when none match."""

    total_count: int | None = None
    """Number of matching RMAs over all pages."""

    next_page_token: str | None = None
    """Token of the next page, for `pagination.page_token`."""


class SearchReturns202309Request(RequestModel):
    """Filters of a return search; all optional and combined with AND."""

    return_ids: list[StrictStr] | None = None
    """Return ids."""

    order_ids: list[StrictStr] | None = None
    """TikTok Shop order ids."""

    buyer_user_ids: list[StrictStr] | None = None
    """Buyer user ids."""

    return_types: list[Literal["REFUND", "REPLACEMENT", "RETURN_AND_REFUND"]] | None = None
    """Return types."""

    return_status: list[StrictStr] | None = None
    """Return statuses (see `ReturnRefundReturnOrder.return_status`)."""

    arbitration_status: list[Literal["CLOSED", "IN_PROGRESS", "SUPPORT_BUYER", "SUPPORT_SELLER"]] | None = None
    """Arbitration statuses."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Created at or after this time, Unix seconds."""

    create_time_lt: int | None = Field(default=None, strict=True)
    """Created before this time, Unix seconds."""

    update_time_ge: int | None = Field(default=None, strict=True)
    """Updated at or after this time, Unix seconds."""

    update_time_lt: int | None = Field(default=None, strict=True)
    """Updated before this time, Unix seconds."""

    locale: str | None = Field(default=None, strict=True)
    """BCP-47 locale(s) of the returned texts, comma-separated."""

    seller_proposed_return_type: list[Literal["PARTIAL_REFUND"]] | None = None
    """Only returns where the seller proposed one of these alternatives."""


class SearchReturnsQuery(RequestModel):
    """Path and query parameters of ReturnRefundSearchReturns202602."""

    sort_field: Literal["create_time", "update_time"] | None = None
    """Field the results are sorted by."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""

    page_size: int | None = Field(default=None, ge=1, strict=True)
    """Number of results per page."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchReturnsRequest(RequestModel):
    """Filters of a return search; all optional and combined with AND."""

    return_ids: list[StrictStr] | None = None
    """Return ids."""

    order_ids: list[StrictStr] | None = None
    """TikTok Shop order ids."""

    buyer_user_ids: list[StrictStr] | None = None
    """Buyer user ids."""

    return_types: list[Literal["EXCHANGE", "REFUND", "REPLACEMENT", "RETURN_AND_REFUND"]] | None = None
    """Return types."""

    return_status: (
        list[
            Literal[
                "AWAITING_BUYER_RESPONSE",
                "AWAITING_BUYER_SHIP",
                "BUYER_SHIPPED_ITEM",
                "EXCHANGE_REQUEST_CANCEL",
                "EXCHANGE_REQUEST_COMPLETE",
                "EXCHANGE_REQUEST_PENDING",
                "EXCHANGE_REQUEST_REFUND_SUCCESS",
                "REFUND_OR_RETURN_REQUEST_REJECT",
                "REJECT_RECEIVE_PACKAGE",
                "REPLACEMENT_REQUEST_CANCEL",
                "REPLACEMENT_REQUEST_COMPLETE",
                "REPLACEMENT_REQUEST_PENDING",
                "REPLACEMENT_REQUEST_REFUND_SUCCESS",
                "REPLACEMENT_REQUEST_REJECT",
                "RETURN_OR_REFUND_REQUEST_CANCEL",
                "RETURN_OR_REFUND_REQUEST_COMPLETE",
                "RETURN_OR_REFUND_REQUEST_PENDING",
                "RETURN_OR_REFUND_REQUEST_SUCCESS",
            ]
        ]
        | None
    ) = None
    """Return statuses."""

    seller_proposed_return_type: list[Literal["PARTIAL_REFUND"]] | None = None
    """Alternatives the seller proposed."""

    arbitration_status: list[Literal["CLOSED", "IN_PROGRESS", "SUPPORT_BUYER", "SUPPORT_SELLER"]] | None = None
    """Arbitration statuses."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Created at or after this time, Unix seconds."""

    create_time_lt: int | None = Field(default=None, strict=True)
    """Created before this time, Unix seconds."""

    update_time_ge: int | None = Field(default=None, strict=True)
    """Updated at or after this time, Unix seconds."""

    update_time_lt: int | None = Field(default=None, strict=True)
    """Updated before this time, Unix seconds."""

    locale: str | None = Field(default=None, strict=True)
    """BCP-47 locale(s) of the returned texts, comma-separated; default `en`."""


class SearchReturnsResponse(ResponseModel):
    """One page of returns."""

    return_orders: NullAsEmpty[list[ReturnOrder]] = Field(default_factory=list)
    """Returns on this page; absent when there are none."""

    total_count: int | None = None
    """Number of returns matching the filters."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SearchSort(RequestModel):
    """Sorting of a search."""

    sort_field: Literal["CREATE_TIME", "UPDATE_TIME"] | None = None
    """Field to sort by."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""


class SellerNextAction(ResponseModel):
    """What the seller has to do next on a request, and by when."""

    action: str | None = None
    """The expected action, e.g. `SELLER_RESPOND_CANCEL`, `SELLER_RESPOND_BUYER_CANCEL`,
    `SELLER_RESPOND_REFUND`, `SELLER_RESPOND_RETURN`, `SELLER_RESPOND_RECEIVE_PACKAGE`,
    `SELLER_RESPOND_REPLACEMENT`."""

    deadline: int | None = None
    """Deadline for the action, Unix seconds."""


class ShippingFee(ResponseModel):
    """Who pays the return shipping."""

    seller_paid_return_shipping_fee_amount: DecimalAmount | None = None
    """Part paid by the seller."""

    buyer_paid_return_shipping_fee_amount: DecimalAmount | None = None
    """Part paid by the buyer."""

    platform_paid_return_shipping_fee_amount: DecimalAmount | None = None
    """Part paid by the platform."""


class ShippingFeeAmount(ResponseModel):
    """Return shipping fee split in one currency."""

    currency: str | None = None
    """Currency code."""

    seller_paid_return_shipping_fee: DecimalAmount | None = None
    """Part paid by the seller."""

    platform_paid_return_shipping_fee: DecimalAmount | None = None
    """Part paid by the platform."""

    buyer_paid_return_shipping_fee: DecimalAmount | None = None
    """Part paid by the buyer."""


class Sku(RequestModel):
    """A SKU and how many units of it the request covers."""

    sku_id: str = Field(strict=True)
    """TikTok Shop SKU id."""

    quantity: int = Field(strict=True)
    """Number of units."""


class SkuEligibility(ResponseModel):
    """After-sales eligibility of one SKU of the order."""

    sku_id: str | None = None
    """SKU id."""

    line_item_eligibility: NullAsEmpty[list[LineItemEligibility]] = Field(default_factory=list)
    """Eligibility per request type and group of order lines."""


class SkuReturnRequest(ResponseModel):
    """A SKU-level return request (return order) inside an aftersales request or RMA."""

    return_id: str | None = None
    """Return id."""

    order_id: str | None = None
    """Id of the original order."""

    return_type: str | None = None
    """`REFUND`, `RETURN_AND_REFUND`, `REPLACEMENT` or `EXCHANGE`."""

    return_status: str | None = None
    """Status, as in `search_returns` (e.g. `RETURN_OR_REFUND_REQUEST_PENDING`)."""

    arbitration_status: str | None = None
    """`IN_PROGRESS`, `SUPPORT_BUYER`, `SUPPORT_SELLER` or `CLOSED`."""

    role: str | None = None
    """Who started it: `BUYER`, `SELLER`, `OPERATOR` or `SYSTEM`."""

    return_reason: str | None = None
    """Reason key."""

    return_reason_text: str | None = None
    """Localized reason text."""

    seller_next_action_response: NullAsEmpty[list[SellerNextAction]] = Field(default_factory=list)
    """The seller's pending actions and their deadlines."""

    shipment_type: str | None = None
    """`PLATFORM` or `BUYER_ARRANGE`."""

    handover_method: str | None = None
    """`DROP_OFF` or `PICKUP`, with platform shipping."""

    return_tracking_number: str | None = None
    """Tracking number of the return parcel."""

    return_provider_name: str | None = None
    """Carrier of the return parcel."""

    return_provider_id: str | None = None
    """Carrier id of the return parcel."""

    pre_return_id: str | None = None
    """Id of the earlier return this one was edited from."""

    next_return_id: str | None = None
    """Id of the later return this one was edited into."""

    refund_amount: RefundAmount | None = None
    """A refund broken down into its parts. Amounts are decimal strings."""

    return_line_items: NullAsEmpty[list[ReturnLineItem]] = Field(default_factory=list)
    """The returned order lines."""

    create_time: int | None = None
    """Creation time, Unix seconds."""

    update_time: int | None = None
    """Last update time, Unix seconds."""

    discount: Discount | None = None
    """Discounts reversed by the refund."""

    shipping_fee: ShippingFee | None = None
    """Who pays the return shipping."""

    buyer_keep_item: bool | None = None
    """Whether the buyer may keep the items (sent for replacement requests)."""

    return_shipping_document_type: str | None = None
    """`SHIPPING_LABEL`, `QR_CODE` or `QR_CODE_NBNL`."""

    return_method: str | None = None
    """`SELLER_SHIPPED`, `BUYER_SHIPPED` or `PLATFORM_SHIPPED`."""

    is_combined_return: bool | None = None
    """Whether the buyer combines several returns into one package."""

    combined_return_id: str | None = None
    """Id of the combined return."""

    seller_proposed_return_type: str | None = None
    """Alternative the seller offered, e.g. `PARTIAL_REFUND`."""

    partial_refund_amount: PartialRefundAmount | None = None
    """A partial refund amount offered by the seller."""

    buyer_rejected_partial_refund: bool | None = None
    """Whether the buyer refused the seller's partial refund offer."""

    return_warehouse_address: ReturnWarehouseAddress | None = None
    """Where the items are sent back."""

    exchange_order_lines: NullAsEmpty[list[ExchangeOrderLine]] = Field(default_factory=list)
    """Exchange order lines; not yet supported by TikTok, ignore."""

    reshipment_order_id: str | None = None
    """Reshipment order id; not yet supported by TikTok."""

    is_quick_refund: bool | None = None
    """Whether a quick-refund rule applied; the seller then cannot reject the received package."""

    return_sub_line_items: NullAsEmpty[list[ReturnSubLineItem]] = Field(default_factory=list)
    """Deprecated; use the sub-items of `return_line_items`."""


class TimeFilter(RequestModel):
    """Creation and update time windows."""

    create_time: TimeRange | None = None
    """A time window in Unix seconds."""

    update_time: TimeRange | None = None
    """A time window in Unix seconds."""


class TimeRange(RequestModel):
    """A time window in Unix seconds."""

    min_unix_time_inclusive: int | None = Field(default=None, strict=True)
    """Lower bound, inclusive."""

    max_unix_time_exclusive: int | None = Field(default=None, strict=True)
    """Upper bound, exclusive."""


class UploadReturnShippingInformationQuery(RequestModel):
    """Path and query parameters of ReturnRefundUploadReturnShippingInformation."""

    return_ids: list[StrictStr] = Field(min_length=1)
    """Ids of the returns (or RMAs, see `return_id_type`) the documents are for."""

    return_id_type: Literal["RMA", "SKU_RETURN_ORDER"] | None = None
    """Kind of id in `return_ids`: `SKU_RETURN_ORDER` (return id) or `RMA`."""


class UploadReturnShippingInformationRequest(RequestModel):
    """The multipart form with the return shipping details."""

    tracking_number: str = Field(strict=True)
    """Tracking number of the return shipment given to the buyer."""

    return_provider_id: str = Field(strict=True)
    """Id of the return carrier given to the buyer."""

    return_shipping_label: FileInput | None = None
    """The return shipping label file."""

    return_qr_code: FileInput | None = None
    """The return QR code file."""


class UploadReturnShippingInformationResponse(ResponseModel):
    """Empty; the call succeeded when the envelope's `code` is 0."""

    pass


class Video(ResponseModel):
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
