"""The `return_refund` resources: sync and async twins, raw-response and version views.

After-sales handling: order cancellations, refund-only and return-and-refund requests, seller
decisions on them, refund estimates and the newer aftersales-request and RMA views."""

from __future__ import annotations

from typing import Literal

from tiktok_shop._contract import (
    AsyncPager,
    AsyncRequester,
    FileInput,
    SyncPager,
    SyncRequester,
    async_raw,
    raw,
)
from tiktok_shop._money import DecimalAmountInput

from . import operations as ops
from .models import (
    AftersalesRequestDecision,
    ApproveCancellationResponse,
    ApproveReturnResponse,
    CalculateRefundResponse,
    Cancellation,
    CancelOrderResponse,
    CreateReturnResponse,
    GetAftersaleEligibilityResponse,
    GetAvailableReviewDecisionsResponse,
    GetDecisionEligibilityResponse,
    GetRejectReasonsResponse,
    GetReturnRecordsResponse,
    ImageInput,
    OrderLineInput,
    PartialRefundAmountInput,
    PartialRefundInput,
    RejectCancellationResponse,
    RejectReturnResponse,
    ReturnOrder,
    ReviewAftersalesRequestsResponse,
    SearchAftersalesRequestsFilters,
    SearchAftersalesRequestsResponse,
    SearchCancellationsResponse,
    SearchPagination,
    SearchReturnMerchandiseAuthorizationsFilters,
    SearchReturnMerchandiseAuthorizationsResponse,
    SearchReturnsResponse,
    SearchSort,
    Sku,
    UploadReturnShippingInformationResponse,
)


class ReturnRefundResource:
    """After-sales handling: order cancellations, refund-only and return-and-refund requests, seller
    decisions on them, refund estimates and the newer aftersales-request and RMA views."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def approve_cancellation(
        self,
        *,
        cancel_id: str,
        idempotency_key: str | None = None,
    ) -> ApproveCancellationResponse:
        """Approve a cancellation request.

        Accepts a buyer's request to cancel an order. Call it while the cancellation still waits for the
        seller's answer (`seller_next_action_response` of the cancellation).

        `POST /return_refund/202309/cancellations/{cancel_id}/approve` (shop cipher required)

        Args:
            cancel_id: Id of the cancellation request.
            idempotency_key: A unique value chosen by the caller; TikTok treats requests carrying the same
                key as the same request, so a retried call is applied only once."""
        return self._client.request(
            ops.APPROVE_CANCELLATION,
            {
                "cancel_id": cancel_id,
                "idempotency_key": idempotency_key,
            },
        )

    def approve_return(
        self,
        *,
        return_id: str,
        decision: Literal[
            "APPROVE_RECEIVED_PACKAGE",
            "APPROVE_REFUND",
            "APPROVE_REPLACEMENT",
            "APPROVE_RETURN",
            "DIRECT_REFUND",
            "ISSUE_REPLACEMENT_REFUND",
            "OFFER_PARTIAL_REFUND",
        ],
        idempotency_key: str | None = None,
        buyer_keep_item: bool | None = None,
        partial_refund: PartialRefundInput | None = None,
    ) -> ApproveReturnResponse:
        """Approve a return or refund request.

        Approves a buyer's refund-only, return, replacement or received return package, or offers a partial
        refund. The decision must match the action the return is waiting for.

        `POST /return_refund/202309/returns/{return_id}/approve` (shop cipher required)

        Args:
            return_id: Id of the return request.
            idempotency_key: A unique value chosen by the caller; TikTok treats requests carrying the same
                key as the same request, so a retried call is applied only once.
            decision: The decision. `APPROVE_REFUND` approves a refund-only request; `APPROVE_RETURN` lets
                the buyer send the items back; `APPROVE_RECEIVED_PACKAGE` accepts the returned package;
                `APPROVE_REPLACEMENT` accepts a replacement; `ISSUE_REPLACEMENT_REFUND` refunds a
                replacement that cannot be fulfilled; `DIRECT_REFUND` refunds without further steps;
                `OFFER_PARTIAL_REFUND` offers `partial_refund` instead.
            buyer_keep_item: Only with `APPROVE_RETURN`: `true` refunds without asking the items back (the
                buyer keeps them).
            partial_refund: A partial refund the seller offers instead of the full refund."""
        return self._client.request(
            ops.APPROVE_RETURN,
            {
                "return_id": return_id,
                "idempotency_key": idempotency_key,
                "decision": decision,
                "buyer_keep_item": buyer_keep_item,
                "partial_refund": partial_refund,
            },
        )

    def calculate_refund_202309(
        self,
        *,
        order_id: str,
        request_type: Literal["CANCEL", "REFUND", "RETURN_AND_REFUND"],
        reason_name: str,
        shipment_type: Literal["BUYER_ARRANGE", "PLATFORM"] | None = None,
        handover_method: Literal["DROP_OFF", "PICKUP"] | None = None,
        order_line_item_ids: list[str] | None = None,
        skus: list[Sku] | None = None,
    ) -> CalculateRefundResponse:
        """Estimate a refund.

        Computes, without creating anything, how much the buyer would get back for a cancellation,
        refund-only or return-and-refund of the given items. Use it before `cancel_order` or
        `create_return`.

        `POST /return_refund/202309/refunds/calculate` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            request_type: Kind of request to price.
            reason_name: Reason name, from `get_aftersale_eligibility`.
            shipment_type: For returns, how the buyer ships back: `PLATFORM` or `BUYER_ARRANGE`.
            handover_method: With `PLATFORM` shipping: `DROP_OFF` or `PICKUP`.
            order_line_item_ids: Order line ids to include.
            skus: SKUs and quantities to include."""
        return self._client.request(
            ops.CALCULATE_REFUND_202309,
            {
                "order_id": order_id,
                "request_type": request_type,
                "reason_name": reason_name,
                "shipment_type": shipment_type,
                "handover_method": handover_method,
                "order_line_item_ids": order_line_item_ids,
                "skus": skus,
            },
        )

    def calculate_refund(
        self,
        *,
        order_id: str,
        request_type: Literal["CANCEL", "REFUND", "RETURN_AND_REFUND"],
        reason_name: str,
        shipment_type: Literal["BUYER_ARRANGE", "PLATFORM"] | None = None,
        handover_method: Literal["DROP_OFF", "PICKUP"] | None = None,
        order_line_item_ids: list[str] | None = None,
        order_line_list: list[OrderLineInput] | None = None,
        skus: list[Sku] | None = None,
    ) -> CalculateRefundResponse:
        """Estimate a refund (202602).

        Computes the refund the buyer would get for a cancellation, refund-only or return-and-refund; this
        version can target bundle sub-items. Without any item list the whole order is used.

        `POST /return_refund/202602/refunds/calculate` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            request_type: Kind of request to price.
            reason_name: Reason name, from `get_aftersale_eligibility`.
            shipment_type: For returns, how the buyer ships back: `PLATFORM` or `BUYER_ARRANGE`.
            handover_method: With `PLATFORM` shipping: `DROP_OFF` or `PICKUP`.
            order_line_item_ids: Order line ids to include; do not combine with `order_line_list`.
            order_line_list: Order lines or bundle sub-lines to include.
            skus: SKUs and quantities to include."""
        return self._client.request(
            ops.CALCULATE_REFUND,
            {
                "order_id": order_id,
                "request_type": request_type,
                "reason_name": reason_name,
                "shipment_type": shipment_type,
                "handover_method": handover_method,
                "order_line_item_ids": order_line_item_ids,
                "order_line_list": order_line_list,
                "skus": skus,
            },
        )

    def cancel_order_202309(
        self,
        *,
        order_id: str,
        cancel_reason: str,
        skus: list[Sku] | None = None,
        order_line_item_ids: list[str] | None = None,
    ) -> CancelOrderResponse:
        """Cancel an order.

        Cancels an order (or, in some markets, single out-of-stock items of it) on the seller's side. Get a
        valid `cancel_reason` from `get_aftersale_eligibility` first.

        `POST /return_refund/202309/cancellations` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            cancel_reason: Cancel reason name, from `get_aftersale_eligibility`.
            skus: SKUs and quantities to cancel (partial cancellation).
            order_line_item_ids: Order line ids to cancel (partial cancellation, US and UK markets)."""
        return self._client.request(
            ops.CANCEL_ORDER_202309,
            {
                "order_id": order_id,
                "cancel_reason": cancel_reason,
                "skus": skus,
                "order_line_item_ids": order_line_item_ids,
            },
        )

    def cancel_order(
        self,
        *,
        order_id: str,
        cancel_reason: str,
        skus: list[Sku] | None = None,
        order_line_item_ids: list[str] | None = None,
        order_line_list: list[OrderLineInput] | None = None,
    ) -> CancelOrderResponse:
        """Cancel an order (202602).

        Cancels an order or part of it on the seller's side; this version can also target single sub-items
        of bundle products through `order_line_list`.

        `POST /return_refund/202602/cancellations` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            cancel_reason: Cancel reason name, from `get_aftersale_eligibility`.
            skus: SKUs and quantities to cancel (partial cancellation).
            order_line_item_ids: Order line ids to cancel (partial cancellation, US and UK markets). Do not
                combine with `order_line_list`.
            order_line_list: Order lines or bundle sub-lines to cancel; supersedes `order_line_item_ids`."""
        return self._client.request(
            ops.CANCEL_ORDER,
            {
                "order_id": order_id,
                "cancel_reason": cancel_reason,
                "skus": skus,
                "order_line_item_ids": order_line_item_ids,
                "order_line_list": order_line_list,
            },
        )

    def create_return_202309(
        self,
        *,
        order_id: str,
        return_reason: str,
        return_type: Literal["REFUND", "RETURN_AND_REFUND"],
        idempotency_key: str | None = None,
        skus: list[Sku] | None = None,
        order_line_item_ids: list[str] | None = None,
        refund_total: DecimalAmountInput | None = None,
        currency: str | None = None,
        shipment_type: Literal["BUYER_ARRANGE", "PLATFORM"] | None = None,
        handover_method: Literal["DROP_OFF", "PICKUP"] | None = None,
    ) -> CreateReturnResponse:
        """Create a return on the buyer's behalf.

        Opens a refund-only or return-and-refund request for an order on behalf of the buyer. Check the
        order's eligibility and reasons with `get_aftersale_eligibility` first.

        `POST /return_refund/202309/returns` (shop cipher required)

        Args:
            idempotency_key: A unique value chosen by the caller; TikTok treats requests carrying the same
                key as the same request, so a retried call is applied only once.
            order_id: TikTok Shop order id.
            return_reason: Reason name, from `get_aftersale_eligibility`.
            return_type: `REFUND` (refund only) or `RETURN_AND_REFUND`.
            skus: SKUs and quantities to return.
            order_line_item_ids: Order line ids to return (for orders split into several packages).
            refund_total: Total to refund; at most the refundable amount.
            currency: Currency of `refund_total`, the order's currency; needed with `refund_total`.
            shipment_type: How the buyer sends the items back: `PLATFORM` or `BUYER_ARRANGE`.
            handover_method: With `PLATFORM` shipping: `DROP_OFF` or `PICKUP`."""
        return self._client.request(
            ops.CREATE_RETURN_202309,
            {
                "idempotency_key": idempotency_key,
                "order_id": order_id,
                "return_reason": return_reason,
                "return_type": return_type,
                "skus": skus,
                "order_line_item_ids": order_line_item_ids,
                "refund_total": refund_total,
                "currency": currency,
                "shipment_type": shipment_type,
                "handover_method": handover_method,
            },
        )

    def create_return(
        self,
        *,
        order_id: str,
        return_reason: str,
        return_type: Literal["REFUND", "RETURN_AND_REFUND"],
        idempotency_key: str | None = None,
        skus: list[Sku] | None = None,
        order_line_item_ids: list[str] | None = None,
        order_line_list: list[OrderLineInput] | None = None,
        refund_total: DecimalAmountInput | None = None,
        currency: str | None = None,
        shipment_type: Literal["BUYER_ARRANGE", "PLATFORM"] | None = None,
        handover_method: Literal["DROP_OFF", "PICKUP"] | None = None,
    ) -> CreateReturnResponse:
        """Create a return on the buyer's behalf (202602).

        Opens a refund-only or return-and-refund request for an order on behalf of the buyer; this version
        can target bundle sub-items and accepts an idempotency key.

        `POST /return_refund/202602/returns` (shop cipher required)

        Args:
            idempotency_key: A unique value chosen by the caller; TikTok treats requests carrying the same
                key as the same request, so a retried call is applied only once.
            order_id: TikTok Shop order id.
            return_reason: Reason name, from `get_aftersale_eligibility`.
            return_type: `REFUND` (refund only) or `RETURN_AND_REFUND`.
            skus: SKUs and quantities to return.
            order_line_item_ids: Order line ids to return; do not combine with `order_line_list`.
            order_line_list: Order lines or bundle sub-lines to return; each entry needs
                `order_line_item_id`.
            refund_total: Total to refund; at most the refundable amount.
            currency: Currency of `refund_total`, the order's currency; needed with `refund_total`.
            shipment_type: How the buyer sends the items back: `PLATFORM` or `BUYER_ARRANGE`.
            handover_method: With `PLATFORM` shipping: `DROP_OFF` or `PICKUP`."""
        return self._client.request(
            ops.CREATE_RETURN,
            {
                "idempotency_key": idempotency_key,
                "order_id": order_id,
                "return_reason": return_reason,
                "return_type": return_type,
                "skus": skus,
                "order_line_item_ids": order_line_item_ids,
                "order_line_list": order_line_list,
                "refund_total": refund_total,
                "currency": currency,
                "shipment_type": shipment_type,
                "handover_method": handover_method,
            },
        )

    def get_aftersale_eligibility_202309(
        self,
        *,
        order_id: str,
        initiate_aftersale_user: Literal["BUYER", "SELLER"] | None = None,
    ) -> GetAftersaleEligibilityResponse:
        """Get an order's after-sales eligibility.

        Tells, per SKU and order line, whether a cancellation, refund-only or return-and-refund can be
        started for the order, and why not when it cannot.

        `GET /return_refund/202309/orders/{order_id}/aftersale_eligibility` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            initiate_aftersale_user: Whose point of view to check, the seller's or the buyer's."""
        return self._client.request(
            ops.GET_AFTERSALE_ELIGIBILITY_202309,
            {
                "order_id": order_id,
                "initiate_aftersale_user": initiate_aftersale_user,
            },
        )

    def get_aftersale_eligibility_202512(
        self,
        *,
        order_id: str,
        initiate_aftersale_user: Literal["BUYER", "SELLER"] | None = None,
        request_types: list[Literal["CANCEL", "REFUND", "RETURN_AND_REFUND"]] | None = None,
    ) -> GetAftersaleEligibilityResponse:
        """Get an order's after-sales eligibility (202512).

        Tells, per SKU and order line, which after-sales requests the seller or buyer can start for the
        order, with the reason names usable for each.

        `GET /return_refund/202512/orders/{order_id}/aftersale_eligibility` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            initiate_aftersale_user: Whose point of view to check, the seller's or the buyer's.
            request_types: Kinds of after-sales request to check; all when omitted."""
        return self._client.request(
            ops.GET_AFTERSALE_ELIGIBILITY_202512,
            {
                "order_id": order_id,
                "initiate_aftersale_user": initiate_aftersale_user,
                "request_types": request_types,
            },
        )

    def get_aftersale_eligibility(
        self,
        *,
        order_id: str,
        initiate_aftersale_user: Literal["BUYER", "SELLER"] | None = None,
        request_types: list[Literal["CANCEL", "REFUND", "RETURN_AND_REFUND"]] | None = None,
    ) -> GetAftersaleEligibilityResponse:
        """Get an order's after-sales eligibility (202602).

        Tells, per SKU and order line (bundle sub-lines included), which after-sales requests the seller or
        buyer can start for the order, with the reason names usable for each.

        `GET /return_refund/202602/orders/{order_id}/aftersale_eligibility` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            initiate_aftersale_user: Whose point of view to check, the seller's or the buyer's.
            request_types: Kinds of after-sales request to check; all when omitted."""
        return self._client.request(
            ops.GET_AFTERSALE_ELIGIBILITY,
            {
                "order_id": order_id,
                "initiate_aftersale_user": initiate_aftersale_user,
                "request_types": request_types,
            },
        )

    def get_available_review_decisions(
        self,
        *,
        seller_id: int,
        return_or_cancel_id: str,
        locale: str | None = None,
        check_decisions: list[
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
        | None = None,
    ) -> GetAvailableReviewDecisionsResponse:
        """Get the available review decisions.

        Lists, per line item of a return or cancellation, the review decisions the seller can take now, with
        reject reasons and the allowed partial refund range. Use it before `reject_return` with a partial
        refund or `review_aftersales_requests`.

        `GET /return_refund/202606/review_decision` (shop cipher required)

        Args:
            seller_id: Id of the seller.
            return_or_cancel_id: Return id or cancellation id to check.
            locale: BCP-47 locale of the reason texts, e.g. `en-US`.
            check_decisions: Decisions to evaluate; all when omitted."""
        return self._client.request(
            ops.GET_AVAILABLE_REVIEW_DECISIONS,
            {
                "seller_id": seller_id,
                "return_or_cancel_id": return_or_cancel_id,
                "locale": locale,
                "check_decisions": check_decisions,
            },
        )

    def get_decision_eligibility(
        self,
        *,
        return_or_cancel_id: str,
        check_decisions: list[
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
        | None = None,
        locale: str | None = None,
    ) -> GetDecisionEligibilityResponse:
        """Check which decisions are allowed.

        Tells, for one return or cancellation, which seller decisions (approve, reject, refund variants) are
        currently allowed, with the reject reasons usable for each reject decision.

        `GET /return_refund/202601/decision_eligibility` (shop cipher required)

        Args:
            return_or_cancel_id: Return id or cancellation id to check.
            check_decisions: Decisions to evaluate; all when omitted.
            locale: BCP-47 locale of the reason texts, e.g. `en-US`."""
        return self._client.request(
            ops.GET_DECISION_ELIGIBILITY,
            {
                "return_or_cancel_id": return_or_cancel_id,
                "check_decisions": check_decisions,
                "locale": locale,
            },
        )

    def get_reject_reasons(
        self,
        *,
        return_or_cancel_id: str,
        locale: str | None = None,
    ) -> GetRejectReasonsResponse:
        """Get reject reasons.

        Lists the reasons the seller may give when rejecting a given return, refund or cancellation request.
        Pass one of the returned `name` values to the matching reject call.

        `GET /return_refund/202309/reject_reasons` (shop cipher required)

        Args:
            return_or_cancel_id: The return id or cancellation id the reasons are for.
            locale: BCP-47 locale of the reason texts, e.g. `en-US`."""
        return self._client.request(
            ops.GET_REJECT_REASONS,
            {
                "return_or_cancel_id": return_or_cancel_id,
                "locale": locale,
            },
        )

    def get_return_records(
        self,
        *,
        return_id: str,
        locale: str | None = None,
    ) -> GetReturnRecordsResponse:
        """Get the history of a return.

        Lists the lifecycle events of one return (who did what and when, with notes, images and videos). Use
        it to show the negotiation history of a return.

        `GET /return_refund/202309/returns/{return_id}/records` (shop cipher required)

        Args:
            return_id: Id of the return request.
            locale: BCP-47 locale of the reason texts, e.g. `en-US`."""
        return self._client.request(
            ops.GET_RETURN_RECORDS,
            {
                "return_id": return_id,
                "locale": locale,
            },
        )

    def reject_cancellation(
        self,
        *,
        cancel_id: str,
        reject_reason: str,
        idempotency_key: str | None = None,
        comment: str | None = None,
        images: list[ImageInput] | None = None,
    ) -> RejectCancellationResponse:
        """Reject a cancellation request.

        Refuses a buyer's request to cancel an order, with a reason from `get_reject_reasons` and optionally
        a comment and supporting images.

        `POST /return_refund/202309/cancellations/{cancel_id}/reject` (shop cipher required)

        Args:
            cancel_id: Id of the cancellation request.
            idempotency_key: A unique value chosen by the caller; TikTok treats requests carrying the same
                key as the same request, so a retried call is applied only once.
            reject_reason: Reject reason name, from `get_reject_reasons`.
            comment: Free-text explanation of the rejection.
            images: Images supporting the rejection."""
        return self._client.request(
            ops.REJECT_CANCELLATION,
            {
                "cancel_id": cancel_id,
                "idempotency_key": idempotency_key,
                "reject_reason": reject_reason,
                "comment": comment,
                "images": images,
            },
        )

    def reject_return_202309(
        self,
        *,
        return_id: str,
        decision: Literal["REJECT_RECEIVED_PACKAGE", "REJECT_REFUND", "REJECT_REPLACEMENT", "REJECT_RETURN"],
        reject_reason: str,
        idempotency_key: str | None = None,
        comment: str | None = None,
        images: list[ImageInput] | None = None,
    ) -> RejectReturnResponse:
        """Reject a return or refund request.

        Rejects a buyer's refund-only, return or replacement request, or a returned package after
        inspection, with a reason from `get_reject_reasons`.

        `POST /return_refund/202309/returns/{return_id}/reject` (shop cipher required)

        Args:
            return_id: Id of the return request.
            idempotency_key: A unique value chosen by the caller; TikTok treats requests carrying the same
                key as the same request, so a retried call is applied only once.
            decision: The decision. `REJECT_REFUND` rejects a refund-only request; `REJECT_RETURN` rejects a
                return request; `REJECT_RECEIVED_PACKAGE` rejects the returned package after inspection;
                `REJECT_REPLACEMENT` rejects a replacement request.
            reject_reason: Reject reason name, from `get_reject_reasons`.
            comment: Free-text explanation of the rejection.
            images: Images supporting the rejection."""
        return self._client.request(
            ops.REJECT_RETURN_202309,
            {
                "return_id": return_id,
                "idempotency_key": idempotency_key,
                "decision": decision,
                "reject_reason": reject_reason,
                "comment": comment,
                "images": images,
            },
        )

    def reject_return(
        self,
        *,
        return_id: str,
        decision: Literal[
            "OFFER_PARTIAL_REFUND_AFTER_RECEIVING_PKG",
            "REJECT_RECEIVED_PACKAGE",
            "REJECT_REFUND",
            "REJECT_REPLACEMENT",
            "REJECT_RETURN",
        ],
        reject_reason: str,
        idempotency_key: str | None = None,
        comment: str | None = None,
        images: list[ImageInput] | None = None,
        partial_refund_amount: PartialRefundAmountInput | None = None,
    ) -> RejectReturnResponse:
        """Reject a return or refund request (202606).

        Rejects a buyer's refund-only, return or replacement request, or, after receiving the package,
        offers a partial refund instead (`OFFER_PARTIAL_REFUND_AFTER_RECEIVING_PKG`).

        `POST /return_refund/202606/returns/{return_id}/reject` (shop cipher required)

        Args:
            return_id: Id of the return request.
            idempotency_key: A unique value chosen by the caller; TikTok treats requests carrying the same
                key as the same request, so a retried call is applied only once.
            decision: The decision. `REJECT_REFUND`, `REJECT_RETURN`, `REJECT_RECEIVED_PACKAGE`,
                `REJECT_REPLACEMENT`, or `OFFER_PARTIAL_REFUND_AFTER_RECEIVING_PKG` (offer
                `partial_refund_amount` instead of the full refund once the package arrived).
            reject_reason: Reject reason name, from `get_reject_reasons` (or
                `get_available_review_decisions` for a partial refund offer).
            comment: Free-text explanation; at most 500 characters for a partial refund offer.
            images: Images supporting the decision; at most 6 for a partial refund offer.
            partial_refund_amount: A partial refund amount offered by the seller."""
        return self._client.request(
            ops.REJECT_RETURN,
            {
                "return_id": return_id,
                "idempotency_key": idempotency_key,
                "decision": decision,
                "reject_reason": reject_reason,
                "comment": comment,
                "images": images,
                "partial_refund_amount": partial_refund_amount,
            },
        )

    def review_aftersales_requests(
        self,
        *,
        aftersales_request_decisions: list[AftersalesRequestDecision] | None = None,
    ) -> ReviewAftersalesRequestsResponse:
        """Review aftersales requests.

        Applies the seller's decisions (approve, reject, refund instead, partial refund) to the line items
        of one or more aftersales requests or RMAs. Failures of single items are listed in `errors`.

        `POST /return_refund/202609/aftersales/review` (shop cipher required)

        Args:
            aftersales_request_decisions: One entry per aftersales request or RMA reviewed."""
        return self._client.request(
            ops.REVIEW_AFTERSALES_REQUESTS,
            {
                "aftersales_request_decisions": aftersales_request_decisions,
            },
        )

    def search_aftersales_requests(
        self,
        *,
        locale: str | None = None,
        whitelisted_data_fields: list[Literal["LINE_ITEMS", "RETURN_MERCHANDISE_AUTHORIZATIONS", "SKU_RETURN_REQUESTS"]]
        | None = None,
        filters: SearchAftersalesRequestsFilters | None = None,
        sort: SearchSort | None = None,
        pagination: SearchPagination | None = None,
    ) -> SearchAftersalesRequestsResponse:
        """Search aftersales requests.

        Lists the shop's aftersales requests (a buyer's request grouping SKU-level returns) matching the
        filters. `whitelisted_data_fields` adds line items, SKU return requests or RMAs to each result.
        Paging goes through the body's `pagination` object.

        `POST /return_refund/202603/aftersales/search` (shop cipher required)

        Args:
            locale: BCP-47 locale of the returned texts, e.g. `en-US`.
            whitelisted_data_fields: Optional parts to include in each result.
            filters: Filters, combined with AND.
            sort: Sorting of a search.
            pagination: Paging of a search."""
        return self._client.request(
            ops.SEARCH_AFTERSALES_REQUESTS,
            {
                "locale": locale,
                "whitelisted_data_fields": whitelisted_data_fields,
                "filters": filters,
                "sort": sort,
                "pagination": pagination,
            },
        )

    def search_cancellations_202309(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        cancel_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        cancel_types: list[Literal["BUYER_CANCEL", "CANCEL"]] | None = None,
        cancel_status: list[
            Literal[
                "CANCELLATION_REQUEST_CANCEL",
                "CANCELLATION_REQUEST_COMPLETE",
                "CANCELLATION_REQUEST_PENDING",
                "CANCELLATION_REQUEST_SUCCESS",
            ]
        ]
        | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
    ) -> SearchCancellationsResponse:
        """Search cancellations.

        Lists the shop's order cancellations matching the filters (ids, buyer, type, status, create/update
        time), page by page. Keep the filters unchanged while paging.

        `POST /return_refund/202309/cancellations/search` (shop cipher required)

        Args:
            sort_field: Field the results are sorted by.
            sort_order: Sort direction.
            page_size: Number of results per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            cancel_ids: Cancellation ids.
            order_ids: TikTok Shop order ids.
            buyer_user_ids: Buyer user ids.
            cancel_types: Cancellation types.
            cancel_status: Cancellation statuses.
            create_time_ge: Created at or after this time, Unix seconds.
            create_time_lt: Created before this time, Unix seconds.
            update_time_ge: Updated at or after this time, Unix seconds.
            update_time_lt: Updated before this time, Unix seconds.
            locale: BCP-47 locale(s) of the returned texts, comma-separated; default `en-US`."""
        return self._client.request(
            ops.SEARCH_CANCELLATIONS_202309,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "cancel_ids": cancel_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "cancel_types": cancel_types,
                "cancel_status": cancel_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
            },
        )

    def iter_search_cancellations_202309(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        cancel_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        cancel_types: list[Literal["BUYER_CANCEL", "CANCEL"]] | None = None,
        cancel_status: list[
            Literal[
                "CANCELLATION_REQUEST_CANCEL",
                "CANCELLATION_REQUEST_COMPLETE",
                "CANCELLATION_REQUEST_PENDING",
                "CANCELLATION_REQUEST_SUCCESS",
            ]
        ]
        | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
    ) -> SyncPager[Cancellation, SearchCancellationsResponse]:
        """Iterate over every item of `search_cancellations_202309` across pages, fetching each page lazily.

        Iterating yields `cancellations` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_cancellations_202309`."""
        return self._client.paginate(
            ops.SEARCH_CANCELLATIONS_202309,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "cancel_ids": cancel_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "cancel_types": cancel_types,
                "cancel_status": cancel_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
            },
        )

    def search_cancellations(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        cancel_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        cancel_types: list[Literal["BUYER_CANCEL", "CANCEL"]] | None = None,
        cancel_status: list[
            Literal[
                "CANCELLATION_REQUEST_CANCEL",
                "CANCELLATION_REQUEST_COMPLETE",
                "CANCELLATION_REQUEST_PENDING",
                "CANCELLATION_REQUEST_SUCCESS",
            ]
        ]
        | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
    ) -> SearchCancellationsResponse:
        """Search cancellations (202602).

        Lists the shop's order cancellations matching the filters, page by page; this version also returns
        bundle sub-items and the stock replenishment hint.

        `POST /return_refund/202602/cancellations/search` (shop cipher required)

        Args:
            sort_field: Field the results are sorted by.
            sort_order: Sort direction.
            page_size: Number of results per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            cancel_ids: Cancellation ids.
            order_ids: TikTok Shop order ids.
            buyer_user_ids: Buyer user ids.
            cancel_types: Cancellation types.
            cancel_status: Cancellation statuses.
            create_time_ge: Created at or after this time, Unix seconds.
            create_time_lt: Created before this time, Unix seconds.
            update_time_ge: Updated at or after this time, Unix seconds.
            update_time_lt: Updated before this time, Unix seconds.
            locale: BCP-47 locale(s) of the returned texts, comma-separated; default `en-US`."""
        return self._client.request(
            ops.SEARCH_CANCELLATIONS,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "cancel_ids": cancel_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "cancel_types": cancel_types,
                "cancel_status": cancel_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
            },
        )

    def iter_search_cancellations(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        cancel_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        cancel_types: list[Literal["BUYER_CANCEL", "CANCEL"]] | None = None,
        cancel_status: list[
            Literal[
                "CANCELLATION_REQUEST_CANCEL",
                "CANCELLATION_REQUEST_COMPLETE",
                "CANCELLATION_REQUEST_PENDING",
                "CANCELLATION_REQUEST_SUCCESS",
            ]
        ]
        | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
    ) -> SyncPager[Cancellation, SearchCancellationsResponse]:
        """Iterate over every item of `search_cancellations` across pages, fetching each page lazily.

        Iterating yields `cancellations` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_cancellations`."""
        return self._client.paginate(
            ops.SEARCH_CANCELLATIONS,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "cancel_ids": cancel_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "cancel_types": cancel_types,
                "cancel_status": cancel_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
            },
        )

    def search_return_merchandise_authorizations(
        self,
        *,
        locale: str | None = None,
        whitelisted_data_fields: list[Literal["LINE_ITEMS", "SKU_RETURN_REQUESTS"]] | None = None,
        filters: SearchReturnMerchandiseAuthorizationsFilters | None = None,
        sort: SearchSort | None = None,
        pagination: SearchPagination | None = None,
    ) -> SearchReturnMerchandiseAuthorizationsResponse:
        """Search return merchandise authorizations.

        Lists the shop's RMAs (one expected return package each) matching the filters.
        `whitelisted_data_fields` adds line items or SKU return requests. Paging goes through the body's
        `pagination` object.

        `POST /return_refund/202604/rma/search` (shop cipher required)

        Args:
            locale: BCP-47 locale of the returned texts, e.g. `en-US`.
            whitelisted_data_fields: Optional parts to include in each result.
            filters: Filters, combined with AND.
            sort: Sorting of a search.
            pagination: Paging of a search."""
        return self._client.request(
            ops.SEARCH_RETURN_MERCHANDISE_AUTHORIZATIONS,
            {
                "locale": locale,
                "whitelisted_data_fields": whitelisted_data_fields,
                "filters": filters,
                "sort": sort,
                "pagination": pagination,
            },
        )

    def search_returns_202309(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        return_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        return_types: list[Literal["REFUND", "REPLACEMENT", "RETURN_AND_REFUND"]] | None = None,
        return_status: list[str] | None = None,
        arbitration_status: list[Literal["CLOSED", "IN_PROGRESS", "SUPPORT_BUYER", "SUPPORT_SELLER"]] | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
        seller_proposed_return_type: list[Literal["PARTIAL_REFUND"]] | None = None,
    ) -> SearchReturnsResponse:
        """Search returns.

        Lists the shop's returns and refund requests matching the filters (ids, buyer, type, status,
        arbitration status, create/update time), page by page. Keep the filters and sorting unchanged while
        paging.

        `POST /return_refund/202309/returns/search` (shop cipher required)

        Args:
            sort_field: Field the results are sorted by.
            sort_order: Sort direction.
            page_size: Number of results per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            return_ids: Return ids.
            order_ids: TikTok Shop order ids.
            buyer_user_ids: Buyer user ids.
            return_types: Return types.
            return_status: Return statuses (see `ReturnRefundReturnOrder.return_status`).
            arbitration_status: Arbitration statuses.
            create_time_ge: Created at or after this time, Unix seconds.
            create_time_lt: Created before this time, Unix seconds.
            update_time_ge: Updated at or after this time, Unix seconds.
            update_time_lt: Updated before this time, Unix seconds.
            locale: BCP-47 locale(s) of the returned texts, comma-separated.
            seller_proposed_return_type: Only returns where the seller proposed one of these alternatives."""
        return self._client.request(
            ops.SEARCH_RETURNS_202309,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "return_ids": return_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "return_types": return_types,
                "return_status": return_status,
                "arbitration_status": arbitration_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
                "seller_proposed_return_type": seller_proposed_return_type,
            },
        )

    def iter_search_returns_202309(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        return_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        return_types: list[Literal["REFUND", "REPLACEMENT", "RETURN_AND_REFUND"]] | None = None,
        return_status: list[str] | None = None,
        arbitration_status: list[Literal["CLOSED", "IN_PROGRESS", "SUPPORT_BUYER", "SUPPORT_SELLER"]] | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
        seller_proposed_return_type: list[Literal["PARTIAL_REFUND"]] | None = None,
    ) -> SyncPager[ReturnOrder, SearchReturnsResponse]:
        """Iterate over every item of `search_returns_202309` across pages, fetching each page lazily.

        Iterating yields `return_orders` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_returns_202309`."""
        return self._client.paginate(
            ops.SEARCH_RETURNS_202309,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "return_ids": return_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "return_types": return_types,
                "return_status": return_status,
                "arbitration_status": arbitration_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
                "seller_proposed_return_type": seller_proposed_return_type,
            },
        )

    def search_returns(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        return_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        return_types: list[Literal["EXCHANGE", "REFUND", "REPLACEMENT", "RETURN_AND_REFUND"]] | None = None,
        return_status: list[
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
        | None = None,
        seller_proposed_return_type: list[Literal["PARTIAL_REFUND"]] | None = None,
        arbitration_status: list[Literal["CLOSED", "IN_PROGRESS", "SUPPORT_BUYER", "SUPPORT_SELLER"]] | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
    ) -> SearchReturnsResponse:
        """Search returns (202602).

        Lists the shop's returns matching the filters, page by page; this version also filters on the
        seller's proposed return type and covers replacement and exchange requests.

        `POST /return_refund/202602/returns/search` (shop cipher required)

        Args:
            sort_field: Field the results are sorted by.
            sort_order: Sort direction.
            page_size: Number of results per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            return_ids: Return ids.
            order_ids: TikTok Shop order ids.
            buyer_user_ids: Buyer user ids.
            return_types: Return types.
            return_status: Return statuses.
            seller_proposed_return_type: Alternatives the seller proposed.
            arbitration_status: Arbitration statuses.
            create_time_ge: Created at or after this time, Unix seconds.
            create_time_lt: Created before this time, Unix seconds.
            update_time_ge: Updated at or after this time, Unix seconds.
            update_time_lt: Updated before this time, Unix seconds.
            locale: BCP-47 locale(s) of the returned texts, comma-separated; default `en`."""
        return self._client.request(
            ops.SEARCH_RETURNS,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "return_ids": return_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "return_types": return_types,
                "return_status": return_status,
                "seller_proposed_return_type": seller_proposed_return_type,
                "arbitration_status": arbitration_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
            },
        )

    def iter_search_returns(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        return_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        return_types: list[Literal["EXCHANGE", "REFUND", "REPLACEMENT", "RETURN_AND_REFUND"]] | None = None,
        return_status: list[
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
        | None = None,
        seller_proposed_return_type: list[Literal["PARTIAL_REFUND"]] | None = None,
        arbitration_status: list[Literal["CLOSED", "IN_PROGRESS", "SUPPORT_BUYER", "SUPPORT_SELLER"]] | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
    ) -> SyncPager[ReturnOrder, SearchReturnsResponse]:
        """Iterate over every item of `search_returns` across pages, fetching each page lazily.

        Iterating yields `return_orders` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_returns`."""
        return self._client.paginate(
            ops.SEARCH_RETURNS,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "return_ids": return_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "return_types": return_types,
                "return_status": return_status,
                "seller_proposed_return_type": seller_proposed_return_type,
                "arbitration_status": arbitration_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
            },
        )

    def upload_return_shipping_information(
        self,
        *,
        return_ids: list[str],
        tracking_number: str,
        return_provider_id: str,
        return_id_type: Literal["RMA", "SKU_RETURN_ORDER"] | None = None,
        return_shipping_label: FileInput | None = None,
        return_qr_code: FileInput | None = None,
    ) -> UploadReturnShippingInformationResponse:
        """Upload return shipping information.

        Gives the buyer the return shipping details arranged by the seller: tracking number, carrier and
        optionally a shipping label or QR code file.

        `POST /return_refund/202405/returns/shipping_documents` (shop cipher required)

        Args:
            return_ids: Ids of the returns (or RMAs, see `return_id_type`) the documents are for.
            return_id_type: Kind of id in `return_ids`: `SKU_RETURN_ORDER` (return id) or `RMA`.
            tracking_number: Tracking number of the return shipment given to the buyer.
            return_provider_id: Id of the return carrier given to the buyer.
            return_shipping_label: The return shipping label file.
            return_qr_code: The return QR code file."""
        return self._client.request(
            ops.UPLOAD_RETURN_SHIPPING_INFORMATION,
            {
                "return_ids": return_ids,
                "return_id_type": return_id_type,
                "tracking_number": tracking_number,
                "return_provider_id": return_provider_id,
                "return_shipping_label": return_shipping_label,
                "return_qr_code": return_qr_code,
            },
        )


class ReturnRefundResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: ReturnRefundResource) -> None:
        self.approve_cancellation = raw(resource.approve_cancellation)
        self.approve_return = raw(resource.approve_return)
        self.calculate_refund_202309 = raw(resource.calculate_refund_202309)
        self.calculate_refund = raw(resource.calculate_refund)
        self.cancel_order_202309 = raw(resource.cancel_order_202309)
        self.cancel_order = raw(resource.cancel_order)
        self.create_return_202309 = raw(resource.create_return_202309)
        self.create_return = raw(resource.create_return)
        self.get_aftersale_eligibility_202309 = raw(resource.get_aftersale_eligibility_202309)
        self.get_aftersale_eligibility_202512 = raw(resource.get_aftersale_eligibility_202512)
        self.get_aftersale_eligibility = raw(resource.get_aftersale_eligibility)
        self.get_available_review_decisions = raw(resource.get_available_review_decisions)
        self.get_decision_eligibility = raw(resource.get_decision_eligibility)
        self.get_reject_reasons = raw(resource.get_reject_reasons)
        self.get_return_records = raw(resource.get_return_records)
        self.reject_cancellation = raw(resource.reject_cancellation)
        self.reject_return_202309 = raw(resource.reject_return_202309)
        self.reject_return = raw(resource.reject_return)
        self.review_aftersales_requests = raw(resource.review_aftersales_requests)
        self.search_aftersales_requests = raw(resource.search_aftersales_requests)
        self.search_cancellations_202309 = raw(resource.search_cancellations_202309)
        self.search_cancellations = raw(resource.search_cancellations)
        self.search_return_merchandise_authorizations = raw(resource.search_return_merchandise_authorizations)
        self.search_returns_202309 = raw(resource.search_returns_202309)
        self.search_returns = raw(resource.search_returns)
        self.upload_return_shipping_information = raw(resource.upload_return_shipping_information)


class ReturnRefundAt202309:
    """`return_refund` operations pinned to version 202309."""

    def __init__(self, resource: ReturnRefundResource) -> None:
        self.approve_cancellation = resource.approve_cancellation
        self.approve_return = resource.approve_return
        self.calculate_refund = resource.calculate_refund_202309
        self.cancel_order = resource.cancel_order_202309
        self.create_return = resource.create_return_202309
        self.get_aftersale_eligibility = resource.get_aftersale_eligibility_202309
        self.get_reject_reasons = resource.get_reject_reasons
        self.get_return_records = resource.get_return_records
        self.reject_cancellation = resource.reject_cancellation
        self.reject_return = resource.reject_return_202309
        self.search_cancellations = resource.search_cancellations_202309
        self.iter_search_cancellations = resource.iter_search_cancellations_202309
        self.search_returns = resource.search_returns_202309
        self.iter_search_returns = resource.iter_search_returns_202309


class ReturnRefundAt202405:
    """`return_refund` operations pinned to version 202405."""

    def __init__(self, resource: ReturnRefundResource) -> None:
        self.upload_return_shipping_information = resource.upload_return_shipping_information


class ReturnRefundAt202512:
    """`return_refund` operations pinned to version 202512."""

    def __init__(self, resource: ReturnRefundResource) -> None:
        self.get_aftersale_eligibility = resource.get_aftersale_eligibility_202512


class ReturnRefundAt202601:
    """`return_refund` operations pinned to version 202601."""

    def __init__(self, resource: ReturnRefundResource) -> None:
        self.get_decision_eligibility = resource.get_decision_eligibility


class ReturnRefundAt202602:
    """`return_refund` operations pinned to version 202602."""

    def __init__(self, resource: ReturnRefundResource) -> None:
        self.calculate_refund = resource.calculate_refund
        self.cancel_order = resource.cancel_order
        self.create_return = resource.create_return
        self.get_aftersale_eligibility = resource.get_aftersale_eligibility
        self.search_cancellations = resource.search_cancellations
        self.iter_search_cancellations = resource.iter_search_cancellations
        self.search_returns = resource.search_returns
        self.iter_search_returns = resource.iter_search_returns


class ReturnRefundAt202603:
    """`return_refund` operations pinned to version 202603."""

    def __init__(self, resource: ReturnRefundResource) -> None:
        self.search_aftersales_requests = resource.search_aftersales_requests


class ReturnRefundAt202604:
    """`return_refund` operations pinned to version 202604."""

    def __init__(self, resource: ReturnRefundResource) -> None:
        self.search_return_merchandise_authorizations = resource.search_return_merchandise_authorizations


class ReturnRefundAt202606:
    """`return_refund` operations pinned to version 202606."""

    def __init__(self, resource: ReturnRefundResource) -> None:
        self.get_available_review_decisions = resource.get_available_review_decisions
        self.reject_return = resource.reject_return


class ReturnRefundAt202609:
    """`return_refund` operations pinned to version 202609."""

    def __init__(self, resource: ReturnRefundResource) -> None:
        self.review_aftersales_requests = resource.review_aftersales_requests


class AsyncReturnRefundResource:
    """After-sales handling: order cancellations, refund-only and return-and-refund requests, seller
    decisions on them, refund estimates and the newer aftersales-request and RMA views. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def approve_cancellation(
        self,
        *,
        cancel_id: str,
        idempotency_key: str | None = None,
    ) -> ApproveCancellationResponse:
        """Approve a cancellation request.

        Accepts a buyer's request to cancel an order. Call it while the cancellation still waits for the
        seller's answer (`seller_next_action_response` of the cancellation).

        `POST /return_refund/202309/cancellations/{cancel_id}/approve` (shop cipher required)

        Args:
            cancel_id: Id of the cancellation request.
            idempotency_key: A unique value chosen by the caller; TikTok treats requests carrying the same
                key as the same request, so a retried call is applied only once."""
        return await self._client.request(
            ops.APPROVE_CANCELLATION,
            {
                "cancel_id": cancel_id,
                "idempotency_key": idempotency_key,
            },
        )

    async def approve_return(
        self,
        *,
        return_id: str,
        decision: Literal[
            "APPROVE_RECEIVED_PACKAGE",
            "APPROVE_REFUND",
            "APPROVE_REPLACEMENT",
            "APPROVE_RETURN",
            "DIRECT_REFUND",
            "ISSUE_REPLACEMENT_REFUND",
            "OFFER_PARTIAL_REFUND",
        ],
        idempotency_key: str | None = None,
        buyer_keep_item: bool | None = None,
        partial_refund: PartialRefundInput | None = None,
    ) -> ApproveReturnResponse:
        """Approve a return or refund request.

        Approves a buyer's refund-only, return, replacement or received return package, or offers a partial
        refund. The decision must match the action the return is waiting for.

        `POST /return_refund/202309/returns/{return_id}/approve` (shop cipher required)

        Args:
            return_id: Id of the return request.
            idempotency_key: A unique value chosen by the caller; TikTok treats requests carrying the same
                key as the same request, so a retried call is applied only once.
            decision: The decision. `APPROVE_REFUND` approves a refund-only request; `APPROVE_RETURN` lets
                the buyer send the items back; `APPROVE_RECEIVED_PACKAGE` accepts the returned package;
                `APPROVE_REPLACEMENT` accepts a replacement; `ISSUE_REPLACEMENT_REFUND` refunds a
                replacement that cannot be fulfilled; `DIRECT_REFUND` refunds without further steps;
                `OFFER_PARTIAL_REFUND` offers `partial_refund` instead.
            buyer_keep_item: Only with `APPROVE_RETURN`: `true` refunds without asking the items back (the
                buyer keeps them).
            partial_refund: A partial refund the seller offers instead of the full refund."""
        return await self._client.request(
            ops.APPROVE_RETURN,
            {
                "return_id": return_id,
                "idempotency_key": idempotency_key,
                "decision": decision,
                "buyer_keep_item": buyer_keep_item,
                "partial_refund": partial_refund,
            },
        )

    async def calculate_refund_202309(
        self,
        *,
        order_id: str,
        request_type: Literal["CANCEL", "REFUND", "RETURN_AND_REFUND"],
        reason_name: str,
        shipment_type: Literal["BUYER_ARRANGE", "PLATFORM"] | None = None,
        handover_method: Literal["DROP_OFF", "PICKUP"] | None = None,
        order_line_item_ids: list[str] | None = None,
        skus: list[Sku] | None = None,
    ) -> CalculateRefundResponse:
        """Estimate a refund.

        Computes, without creating anything, how much the buyer would get back for a cancellation,
        refund-only or return-and-refund of the given items. Use it before `cancel_order` or
        `create_return`.

        `POST /return_refund/202309/refunds/calculate` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            request_type: Kind of request to price.
            reason_name: Reason name, from `get_aftersale_eligibility`.
            shipment_type: For returns, how the buyer ships back: `PLATFORM` or `BUYER_ARRANGE`.
            handover_method: With `PLATFORM` shipping: `DROP_OFF` or `PICKUP`.
            order_line_item_ids: Order line ids to include.
            skus: SKUs and quantities to include."""
        return await self._client.request(
            ops.CALCULATE_REFUND_202309,
            {
                "order_id": order_id,
                "request_type": request_type,
                "reason_name": reason_name,
                "shipment_type": shipment_type,
                "handover_method": handover_method,
                "order_line_item_ids": order_line_item_ids,
                "skus": skus,
            },
        )

    async def calculate_refund(
        self,
        *,
        order_id: str,
        request_type: Literal["CANCEL", "REFUND", "RETURN_AND_REFUND"],
        reason_name: str,
        shipment_type: Literal["BUYER_ARRANGE", "PLATFORM"] | None = None,
        handover_method: Literal["DROP_OFF", "PICKUP"] | None = None,
        order_line_item_ids: list[str] | None = None,
        order_line_list: list[OrderLineInput] | None = None,
        skus: list[Sku] | None = None,
    ) -> CalculateRefundResponse:
        """Estimate a refund (202602).

        Computes the refund the buyer would get for a cancellation, refund-only or return-and-refund; this
        version can target bundle sub-items. Without any item list the whole order is used.

        `POST /return_refund/202602/refunds/calculate` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            request_type: Kind of request to price.
            reason_name: Reason name, from `get_aftersale_eligibility`.
            shipment_type: For returns, how the buyer ships back: `PLATFORM` or `BUYER_ARRANGE`.
            handover_method: With `PLATFORM` shipping: `DROP_OFF` or `PICKUP`.
            order_line_item_ids: Order line ids to include; do not combine with `order_line_list`.
            order_line_list: Order lines or bundle sub-lines to include.
            skus: SKUs and quantities to include."""
        return await self._client.request(
            ops.CALCULATE_REFUND,
            {
                "order_id": order_id,
                "request_type": request_type,
                "reason_name": reason_name,
                "shipment_type": shipment_type,
                "handover_method": handover_method,
                "order_line_item_ids": order_line_item_ids,
                "order_line_list": order_line_list,
                "skus": skus,
            },
        )

    async def cancel_order_202309(
        self,
        *,
        order_id: str,
        cancel_reason: str,
        skus: list[Sku] | None = None,
        order_line_item_ids: list[str] | None = None,
    ) -> CancelOrderResponse:
        """Cancel an order.

        Cancels an order (or, in some markets, single out-of-stock items of it) on the seller's side. Get a
        valid `cancel_reason` from `get_aftersale_eligibility` first.

        `POST /return_refund/202309/cancellations` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            cancel_reason: Cancel reason name, from `get_aftersale_eligibility`.
            skus: SKUs and quantities to cancel (partial cancellation).
            order_line_item_ids: Order line ids to cancel (partial cancellation, US and UK markets)."""
        return await self._client.request(
            ops.CANCEL_ORDER_202309,
            {
                "order_id": order_id,
                "cancel_reason": cancel_reason,
                "skus": skus,
                "order_line_item_ids": order_line_item_ids,
            },
        )

    async def cancel_order(
        self,
        *,
        order_id: str,
        cancel_reason: str,
        skus: list[Sku] | None = None,
        order_line_item_ids: list[str] | None = None,
        order_line_list: list[OrderLineInput] | None = None,
    ) -> CancelOrderResponse:
        """Cancel an order (202602).

        Cancels an order or part of it on the seller's side; this version can also target single sub-items
        of bundle products through `order_line_list`.

        `POST /return_refund/202602/cancellations` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            cancel_reason: Cancel reason name, from `get_aftersale_eligibility`.
            skus: SKUs and quantities to cancel (partial cancellation).
            order_line_item_ids: Order line ids to cancel (partial cancellation, US and UK markets). Do not
                combine with `order_line_list`.
            order_line_list: Order lines or bundle sub-lines to cancel; supersedes `order_line_item_ids`."""
        return await self._client.request(
            ops.CANCEL_ORDER,
            {
                "order_id": order_id,
                "cancel_reason": cancel_reason,
                "skus": skus,
                "order_line_item_ids": order_line_item_ids,
                "order_line_list": order_line_list,
            },
        )

    async def create_return_202309(
        self,
        *,
        order_id: str,
        return_reason: str,
        return_type: Literal["REFUND", "RETURN_AND_REFUND"],
        idempotency_key: str | None = None,
        skus: list[Sku] | None = None,
        order_line_item_ids: list[str] | None = None,
        refund_total: DecimalAmountInput | None = None,
        currency: str | None = None,
        shipment_type: Literal["BUYER_ARRANGE", "PLATFORM"] | None = None,
        handover_method: Literal["DROP_OFF", "PICKUP"] | None = None,
    ) -> CreateReturnResponse:
        """Create a return on the buyer's behalf.

        Opens a refund-only or return-and-refund request for an order on behalf of the buyer. Check the
        order's eligibility and reasons with `get_aftersale_eligibility` first.

        `POST /return_refund/202309/returns` (shop cipher required)

        Args:
            idempotency_key: A unique value chosen by the caller; TikTok treats requests carrying the same
                key as the same request, so a retried call is applied only once.
            order_id: TikTok Shop order id.
            return_reason: Reason name, from `get_aftersale_eligibility`.
            return_type: `REFUND` (refund only) or `RETURN_AND_REFUND`.
            skus: SKUs and quantities to return.
            order_line_item_ids: Order line ids to return (for orders split into several packages).
            refund_total: Total to refund; at most the refundable amount.
            currency: Currency of `refund_total`, the order's currency; needed with `refund_total`.
            shipment_type: How the buyer sends the items back: `PLATFORM` or `BUYER_ARRANGE`.
            handover_method: With `PLATFORM` shipping: `DROP_OFF` or `PICKUP`."""
        return await self._client.request(
            ops.CREATE_RETURN_202309,
            {
                "idempotency_key": idempotency_key,
                "order_id": order_id,
                "return_reason": return_reason,
                "return_type": return_type,
                "skus": skus,
                "order_line_item_ids": order_line_item_ids,
                "refund_total": refund_total,
                "currency": currency,
                "shipment_type": shipment_type,
                "handover_method": handover_method,
            },
        )

    async def create_return(
        self,
        *,
        order_id: str,
        return_reason: str,
        return_type: Literal["REFUND", "RETURN_AND_REFUND"],
        idempotency_key: str | None = None,
        skus: list[Sku] | None = None,
        order_line_item_ids: list[str] | None = None,
        order_line_list: list[OrderLineInput] | None = None,
        refund_total: DecimalAmountInput | None = None,
        currency: str | None = None,
        shipment_type: Literal["BUYER_ARRANGE", "PLATFORM"] | None = None,
        handover_method: Literal["DROP_OFF", "PICKUP"] | None = None,
    ) -> CreateReturnResponse:
        """Create a return on the buyer's behalf (202602).

        Opens a refund-only or return-and-refund request for an order on behalf of the buyer; this version
        can target bundle sub-items and accepts an idempotency key.

        `POST /return_refund/202602/returns` (shop cipher required)

        Args:
            idempotency_key: A unique value chosen by the caller; TikTok treats requests carrying the same
                key as the same request, so a retried call is applied only once.
            order_id: TikTok Shop order id.
            return_reason: Reason name, from `get_aftersale_eligibility`.
            return_type: `REFUND` (refund only) or `RETURN_AND_REFUND`.
            skus: SKUs and quantities to return.
            order_line_item_ids: Order line ids to return; do not combine with `order_line_list`.
            order_line_list: Order lines or bundle sub-lines to return; each entry needs
                `order_line_item_id`.
            refund_total: Total to refund; at most the refundable amount.
            currency: Currency of `refund_total`, the order's currency; needed with `refund_total`.
            shipment_type: How the buyer sends the items back: `PLATFORM` or `BUYER_ARRANGE`.
            handover_method: With `PLATFORM` shipping: `DROP_OFF` or `PICKUP`."""
        return await self._client.request(
            ops.CREATE_RETURN,
            {
                "idempotency_key": idempotency_key,
                "order_id": order_id,
                "return_reason": return_reason,
                "return_type": return_type,
                "skus": skus,
                "order_line_item_ids": order_line_item_ids,
                "order_line_list": order_line_list,
                "refund_total": refund_total,
                "currency": currency,
                "shipment_type": shipment_type,
                "handover_method": handover_method,
            },
        )

    async def get_aftersale_eligibility_202309(
        self,
        *,
        order_id: str,
        initiate_aftersale_user: Literal["BUYER", "SELLER"] | None = None,
    ) -> GetAftersaleEligibilityResponse:
        """Get an order's after-sales eligibility.

        Tells, per SKU and order line, whether a cancellation, refund-only or return-and-refund can be
        started for the order, and why not when it cannot.

        `GET /return_refund/202309/orders/{order_id}/aftersale_eligibility` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            initiate_aftersale_user: Whose point of view to check, the seller's or the buyer's."""
        return await self._client.request(
            ops.GET_AFTERSALE_ELIGIBILITY_202309,
            {
                "order_id": order_id,
                "initiate_aftersale_user": initiate_aftersale_user,
            },
        )

    async def get_aftersale_eligibility_202512(
        self,
        *,
        order_id: str,
        initiate_aftersale_user: Literal["BUYER", "SELLER"] | None = None,
        request_types: list[Literal["CANCEL", "REFUND", "RETURN_AND_REFUND"]] | None = None,
    ) -> GetAftersaleEligibilityResponse:
        """Get an order's after-sales eligibility (202512).

        Tells, per SKU and order line, which after-sales requests the seller or buyer can start for the
        order, with the reason names usable for each.

        `GET /return_refund/202512/orders/{order_id}/aftersale_eligibility` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            initiate_aftersale_user: Whose point of view to check, the seller's or the buyer's.
            request_types: Kinds of after-sales request to check; all when omitted."""
        return await self._client.request(
            ops.GET_AFTERSALE_ELIGIBILITY_202512,
            {
                "order_id": order_id,
                "initiate_aftersale_user": initiate_aftersale_user,
                "request_types": request_types,
            },
        )

    async def get_aftersale_eligibility(
        self,
        *,
        order_id: str,
        initiate_aftersale_user: Literal["BUYER", "SELLER"] | None = None,
        request_types: list[Literal["CANCEL", "REFUND", "RETURN_AND_REFUND"]] | None = None,
    ) -> GetAftersaleEligibilityResponse:
        """Get an order's after-sales eligibility (202602).

        Tells, per SKU and order line (bundle sub-lines included), which after-sales requests the seller or
        buyer can start for the order, with the reason names usable for each.

        `GET /return_refund/202602/orders/{order_id}/aftersale_eligibility` (shop cipher required)

        Args:
            order_id: TikTok Shop order id.
            initiate_aftersale_user: Whose point of view to check, the seller's or the buyer's.
            request_types: Kinds of after-sales request to check; all when omitted."""
        return await self._client.request(
            ops.GET_AFTERSALE_ELIGIBILITY,
            {
                "order_id": order_id,
                "initiate_aftersale_user": initiate_aftersale_user,
                "request_types": request_types,
            },
        )

    async def get_available_review_decisions(
        self,
        *,
        seller_id: int,
        return_or_cancel_id: str,
        locale: str | None = None,
        check_decisions: list[
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
        | None = None,
    ) -> GetAvailableReviewDecisionsResponse:
        """Get the available review decisions.

        Lists, per line item of a return or cancellation, the review decisions the seller can take now, with
        reject reasons and the allowed partial refund range. Use it before `reject_return` with a partial
        refund or `review_aftersales_requests`.

        `GET /return_refund/202606/review_decision` (shop cipher required)

        Args:
            seller_id: Id of the seller.
            return_or_cancel_id: Return id or cancellation id to check.
            locale: BCP-47 locale of the reason texts, e.g. `en-US`.
            check_decisions: Decisions to evaluate; all when omitted."""
        return await self._client.request(
            ops.GET_AVAILABLE_REVIEW_DECISIONS,
            {
                "seller_id": seller_id,
                "return_or_cancel_id": return_or_cancel_id,
                "locale": locale,
                "check_decisions": check_decisions,
            },
        )

    async def get_decision_eligibility(
        self,
        *,
        return_or_cancel_id: str,
        check_decisions: list[
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
        | None = None,
        locale: str | None = None,
    ) -> GetDecisionEligibilityResponse:
        """Check which decisions are allowed.

        Tells, for one return or cancellation, which seller decisions (approve, reject, refund variants) are
        currently allowed, with the reject reasons usable for each reject decision.

        `GET /return_refund/202601/decision_eligibility` (shop cipher required)

        Args:
            return_or_cancel_id: Return id or cancellation id to check.
            check_decisions: Decisions to evaluate; all when omitted.
            locale: BCP-47 locale of the reason texts, e.g. `en-US`."""
        return await self._client.request(
            ops.GET_DECISION_ELIGIBILITY,
            {
                "return_or_cancel_id": return_or_cancel_id,
                "check_decisions": check_decisions,
                "locale": locale,
            },
        )

    async def get_reject_reasons(
        self,
        *,
        return_or_cancel_id: str,
        locale: str | None = None,
    ) -> GetRejectReasonsResponse:
        """Get reject reasons.

        Lists the reasons the seller may give when rejecting a given return, refund or cancellation request.
        Pass one of the returned `name` values to the matching reject call.

        `GET /return_refund/202309/reject_reasons` (shop cipher required)

        Args:
            return_or_cancel_id: The return id or cancellation id the reasons are for.
            locale: BCP-47 locale of the reason texts, e.g. `en-US`."""
        return await self._client.request(
            ops.GET_REJECT_REASONS,
            {
                "return_or_cancel_id": return_or_cancel_id,
                "locale": locale,
            },
        )

    async def get_return_records(
        self,
        *,
        return_id: str,
        locale: str | None = None,
    ) -> GetReturnRecordsResponse:
        """Get the history of a return.

        Lists the lifecycle events of one return (who did what and when, with notes, images and videos). Use
        it to show the negotiation history of a return.

        `GET /return_refund/202309/returns/{return_id}/records` (shop cipher required)

        Args:
            return_id: Id of the return request.
            locale: BCP-47 locale of the reason texts, e.g. `en-US`."""
        return await self._client.request(
            ops.GET_RETURN_RECORDS,
            {
                "return_id": return_id,
                "locale": locale,
            },
        )

    async def reject_cancellation(
        self,
        *,
        cancel_id: str,
        reject_reason: str,
        idempotency_key: str | None = None,
        comment: str | None = None,
        images: list[ImageInput] | None = None,
    ) -> RejectCancellationResponse:
        """Reject a cancellation request.

        Refuses a buyer's request to cancel an order, with a reason from `get_reject_reasons` and optionally
        a comment and supporting images.

        `POST /return_refund/202309/cancellations/{cancel_id}/reject` (shop cipher required)

        Args:
            cancel_id: Id of the cancellation request.
            idempotency_key: A unique value chosen by the caller; TikTok treats requests carrying the same
                key as the same request, so a retried call is applied only once.
            reject_reason: Reject reason name, from `get_reject_reasons`.
            comment: Free-text explanation of the rejection.
            images: Images supporting the rejection."""
        return await self._client.request(
            ops.REJECT_CANCELLATION,
            {
                "cancel_id": cancel_id,
                "idempotency_key": idempotency_key,
                "reject_reason": reject_reason,
                "comment": comment,
                "images": images,
            },
        )

    async def reject_return_202309(
        self,
        *,
        return_id: str,
        decision: Literal["REJECT_RECEIVED_PACKAGE", "REJECT_REFUND", "REJECT_REPLACEMENT", "REJECT_RETURN"],
        reject_reason: str,
        idempotency_key: str | None = None,
        comment: str | None = None,
        images: list[ImageInput] | None = None,
    ) -> RejectReturnResponse:
        """Reject a return or refund request.

        Rejects a buyer's refund-only, return or replacement request, or a returned package after
        inspection, with a reason from `get_reject_reasons`.

        `POST /return_refund/202309/returns/{return_id}/reject` (shop cipher required)

        Args:
            return_id: Id of the return request.
            idempotency_key: A unique value chosen by the caller; TikTok treats requests carrying the same
                key as the same request, so a retried call is applied only once.
            decision: The decision. `REJECT_REFUND` rejects a refund-only request; `REJECT_RETURN` rejects a
                return request; `REJECT_RECEIVED_PACKAGE` rejects the returned package after inspection;
                `REJECT_REPLACEMENT` rejects a replacement request.
            reject_reason: Reject reason name, from `get_reject_reasons`.
            comment: Free-text explanation of the rejection.
            images: Images supporting the rejection."""
        return await self._client.request(
            ops.REJECT_RETURN_202309,
            {
                "return_id": return_id,
                "idempotency_key": idempotency_key,
                "decision": decision,
                "reject_reason": reject_reason,
                "comment": comment,
                "images": images,
            },
        )

    async def reject_return(
        self,
        *,
        return_id: str,
        decision: Literal[
            "OFFER_PARTIAL_REFUND_AFTER_RECEIVING_PKG",
            "REJECT_RECEIVED_PACKAGE",
            "REJECT_REFUND",
            "REJECT_REPLACEMENT",
            "REJECT_RETURN",
        ],
        reject_reason: str,
        idempotency_key: str | None = None,
        comment: str | None = None,
        images: list[ImageInput] | None = None,
        partial_refund_amount: PartialRefundAmountInput | None = None,
    ) -> RejectReturnResponse:
        """Reject a return or refund request (202606).

        Rejects a buyer's refund-only, return or replacement request, or, after receiving the package,
        offers a partial refund instead (`OFFER_PARTIAL_REFUND_AFTER_RECEIVING_PKG`).

        `POST /return_refund/202606/returns/{return_id}/reject` (shop cipher required)

        Args:
            return_id: Id of the return request.
            idempotency_key: A unique value chosen by the caller; TikTok treats requests carrying the same
                key as the same request, so a retried call is applied only once.
            decision: The decision. `REJECT_REFUND`, `REJECT_RETURN`, `REJECT_RECEIVED_PACKAGE`,
                `REJECT_REPLACEMENT`, or `OFFER_PARTIAL_REFUND_AFTER_RECEIVING_PKG` (offer
                `partial_refund_amount` instead of the full refund once the package arrived).
            reject_reason: Reject reason name, from `get_reject_reasons` (or
                `get_available_review_decisions` for a partial refund offer).
            comment: Free-text explanation; at most 500 characters for a partial refund offer.
            images: Images supporting the decision; at most 6 for a partial refund offer.
            partial_refund_amount: A partial refund amount offered by the seller."""
        return await self._client.request(
            ops.REJECT_RETURN,
            {
                "return_id": return_id,
                "idempotency_key": idempotency_key,
                "decision": decision,
                "reject_reason": reject_reason,
                "comment": comment,
                "images": images,
                "partial_refund_amount": partial_refund_amount,
            },
        )

    async def review_aftersales_requests(
        self,
        *,
        aftersales_request_decisions: list[AftersalesRequestDecision] | None = None,
    ) -> ReviewAftersalesRequestsResponse:
        """Review aftersales requests.

        Applies the seller's decisions (approve, reject, refund instead, partial refund) to the line items
        of one or more aftersales requests or RMAs. Failures of single items are listed in `errors`.

        `POST /return_refund/202609/aftersales/review` (shop cipher required)

        Args:
            aftersales_request_decisions: One entry per aftersales request or RMA reviewed."""
        return await self._client.request(
            ops.REVIEW_AFTERSALES_REQUESTS,
            {
                "aftersales_request_decisions": aftersales_request_decisions,
            },
        )

    async def search_aftersales_requests(
        self,
        *,
        locale: str | None = None,
        whitelisted_data_fields: list[Literal["LINE_ITEMS", "RETURN_MERCHANDISE_AUTHORIZATIONS", "SKU_RETURN_REQUESTS"]]
        | None = None,
        filters: SearchAftersalesRequestsFilters | None = None,
        sort: SearchSort | None = None,
        pagination: SearchPagination | None = None,
    ) -> SearchAftersalesRequestsResponse:
        """Search aftersales requests.

        Lists the shop's aftersales requests (a buyer's request grouping SKU-level returns) matching the
        filters. `whitelisted_data_fields` adds line items, SKU return requests or RMAs to each result.
        Paging goes through the body's `pagination` object.

        `POST /return_refund/202603/aftersales/search` (shop cipher required)

        Args:
            locale: BCP-47 locale of the returned texts, e.g. `en-US`.
            whitelisted_data_fields: Optional parts to include in each result.
            filters: Filters, combined with AND.
            sort: Sorting of a search.
            pagination: Paging of a search."""
        return await self._client.request(
            ops.SEARCH_AFTERSALES_REQUESTS,
            {
                "locale": locale,
                "whitelisted_data_fields": whitelisted_data_fields,
                "filters": filters,
                "sort": sort,
                "pagination": pagination,
            },
        )

    async def search_cancellations_202309(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        cancel_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        cancel_types: list[Literal["BUYER_CANCEL", "CANCEL"]] | None = None,
        cancel_status: list[
            Literal[
                "CANCELLATION_REQUEST_CANCEL",
                "CANCELLATION_REQUEST_COMPLETE",
                "CANCELLATION_REQUEST_PENDING",
                "CANCELLATION_REQUEST_SUCCESS",
            ]
        ]
        | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
    ) -> SearchCancellationsResponse:
        """Search cancellations.

        Lists the shop's order cancellations matching the filters (ids, buyer, type, status, create/update
        time), page by page. Keep the filters unchanged while paging.

        `POST /return_refund/202309/cancellations/search` (shop cipher required)

        Args:
            sort_field: Field the results are sorted by.
            sort_order: Sort direction.
            page_size: Number of results per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            cancel_ids: Cancellation ids.
            order_ids: TikTok Shop order ids.
            buyer_user_ids: Buyer user ids.
            cancel_types: Cancellation types.
            cancel_status: Cancellation statuses.
            create_time_ge: Created at or after this time, Unix seconds.
            create_time_lt: Created before this time, Unix seconds.
            update_time_ge: Updated at or after this time, Unix seconds.
            update_time_lt: Updated before this time, Unix seconds.
            locale: BCP-47 locale(s) of the returned texts, comma-separated; default `en-US`."""
        return await self._client.request(
            ops.SEARCH_CANCELLATIONS_202309,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "cancel_ids": cancel_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "cancel_types": cancel_types,
                "cancel_status": cancel_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
            },
        )

    def iter_search_cancellations_202309(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        cancel_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        cancel_types: list[Literal["BUYER_CANCEL", "CANCEL"]] | None = None,
        cancel_status: list[
            Literal[
                "CANCELLATION_REQUEST_CANCEL",
                "CANCELLATION_REQUEST_COMPLETE",
                "CANCELLATION_REQUEST_PENDING",
                "CANCELLATION_REQUEST_SUCCESS",
            ]
        ]
        | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
    ) -> AsyncPager[Cancellation, SearchCancellationsResponse]:
        """Iterate over every item of `search_cancellations_202309` across pages, fetching each page lazily.

        Iterating yields `cancellations` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_cancellations_202309`."""
        return self._client.paginate(
            ops.SEARCH_CANCELLATIONS_202309,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "cancel_ids": cancel_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "cancel_types": cancel_types,
                "cancel_status": cancel_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
            },
        )

    async def search_cancellations(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        cancel_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        cancel_types: list[Literal["BUYER_CANCEL", "CANCEL"]] | None = None,
        cancel_status: list[
            Literal[
                "CANCELLATION_REQUEST_CANCEL",
                "CANCELLATION_REQUEST_COMPLETE",
                "CANCELLATION_REQUEST_PENDING",
                "CANCELLATION_REQUEST_SUCCESS",
            ]
        ]
        | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
    ) -> SearchCancellationsResponse:
        """Search cancellations (202602).

        Lists the shop's order cancellations matching the filters, page by page; this version also returns
        bundle sub-items and the stock replenishment hint.

        `POST /return_refund/202602/cancellations/search` (shop cipher required)

        Args:
            sort_field: Field the results are sorted by.
            sort_order: Sort direction.
            page_size: Number of results per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            cancel_ids: Cancellation ids.
            order_ids: TikTok Shop order ids.
            buyer_user_ids: Buyer user ids.
            cancel_types: Cancellation types.
            cancel_status: Cancellation statuses.
            create_time_ge: Created at or after this time, Unix seconds.
            create_time_lt: Created before this time, Unix seconds.
            update_time_ge: Updated at or after this time, Unix seconds.
            update_time_lt: Updated before this time, Unix seconds.
            locale: BCP-47 locale(s) of the returned texts, comma-separated; default `en-US`."""
        return await self._client.request(
            ops.SEARCH_CANCELLATIONS,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "cancel_ids": cancel_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "cancel_types": cancel_types,
                "cancel_status": cancel_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
            },
        )

    def iter_search_cancellations(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        cancel_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        cancel_types: list[Literal["BUYER_CANCEL", "CANCEL"]] | None = None,
        cancel_status: list[
            Literal[
                "CANCELLATION_REQUEST_CANCEL",
                "CANCELLATION_REQUEST_COMPLETE",
                "CANCELLATION_REQUEST_PENDING",
                "CANCELLATION_REQUEST_SUCCESS",
            ]
        ]
        | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
    ) -> AsyncPager[Cancellation, SearchCancellationsResponse]:
        """Iterate over every item of `search_cancellations` across pages, fetching each page lazily.

        Iterating yields `cancellations` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_cancellations`."""
        return self._client.paginate(
            ops.SEARCH_CANCELLATIONS,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "cancel_ids": cancel_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "cancel_types": cancel_types,
                "cancel_status": cancel_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
            },
        )

    async def search_return_merchandise_authorizations(
        self,
        *,
        locale: str | None = None,
        whitelisted_data_fields: list[Literal["LINE_ITEMS", "SKU_RETURN_REQUESTS"]] | None = None,
        filters: SearchReturnMerchandiseAuthorizationsFilters | None = None,
        sort: SearchSort | None = None,
        pagination: SearchPagination | None = None,
    ) -> SearchReturnMerchandiseAuthorizationsResponse:
        """Search return merchandise authorizations.

        Lists the shop's RMAs (one expected return package each) matching the filters.
        `whitelisted_data_fields` adds line items or SKU return requests. Paging goes through the body's
        `pagination` object.

        `POST /return_refund/202604/rma/search` (shop cipher required)

        Args:
            locale: BCP-47 locale of the returned texts, e.g. `en-US`.
            whitelisted_data_fields: Optional parts to include in each result.
            filters: Filters, combined with AND.
            sort: Sorting of a search.
            pagination: Paging of a search."""
        return await self._client.request(
            ops.SEARCH_RETURN_MERCHANDISE_AUTHORIZATIONS,
            {
                "locale": locale,
                "whitelisted_data_fields": whitelisted_data_fields,
                "filters": filters,
                "sort": sort,
                "pagination": pagination,
            },
        )

    async def search_returns_202309(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        return_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        return_types: list[Literal["REFUND", "REPLACEMENT", "RETURN_AND_REFUND"]] | None = None,
        return_status: list[str] | None = None,
        arbitration_status: list[Literal["CLOSED", "IN_PROGRESS", "SUPPORT_BUYER", "SUPPORT_SELLER"]] | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
        seller_proposed_return_type: list[Literal["PARTIAL_REFUND"]] | None = None,
    ) -> SearchReturnsResponse:
        """Search returns.

        Lists the shop's returns and refund requests matching the filters (ids, buyer, type, status,
        arbitration status, create/update time), page by page. Keep the filters and sorting unchanged while
        paging.

        `POST /return_refund/202309/returns/search` (shop cipher required)

        Args:
            sort_field: Field the results are sorted by.
            sort_order: Sort direction.
            page_size: Number of results per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            return_ids: Return ids.
            order_ids: TikTok Shop order ids.
            buyer_user_ids: Buyer user ids.
            return_types: Return types.
            return_status: Return statuses (see `ReturnRefundReturnOrder.return_status`).
            arbitration_status: Arbitration statuses.
            create_time_ge: Created at or after this time, Unix seconds.
            create_time_lt: Created before this time, Unix seconds.
            update_time_ge: Updated at or after this time, Unix seconds.
            update_time_lt: Updated before this time, Unix seconds.
            locale: BCP-47 locale(s) of the returned texts, comma-separated.
            seller_proposed_return_type: Only returns where the seller proposed one of these alternatives."""
        return await self._client.request(
            ops.SEARCH_RETURNS_202309,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "return_ids": return_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "return_types": return_types,
                "return_status": return_status,
                "arbitration_status": arbitration_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
                "seller_proposed_return_type": seller_proposed_return_type,
            },
        )

    def iter_search_returns_202309(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        return_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        return_types: list[Literal["REFUND", "REPLACEMENT", "RETURN_AND_REFUND"]] | None = None,
        return_status: list[str] | None = None,
        arbitration_status: list[Literal["CLOSED", "IN_PROGRESS", "SUPPORT_BUYER", "SUPPORT_SELLER"]] | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
        seller_proposed_return_type: list[Literal["PARTIAL_REFUND"]] | None = None,
    ) -> AsyncPager[ReturnOrder, SearchReturnsResponse]:
        """Iterate over every item of `search_returns_202309` across pages, fetching each page lazily.

        Iterating yields `return_orders` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_returns_202309`."""
        return self._client.paginate(
            ops.SEARCH_RETURNS_202309,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "return_ids": return_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "return_types": return_types,
                "return_status": return_status,
                "arbitration_status": arbitration_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
                "seller_proposed_return_type": seller_proposed_return_type,
            },
        )

    async def search_returns(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        return_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        return_types: list[Literal["EXCHANGE", "REFUND", "REPLACEMENT", "RETURN_AND_REFUND"]] | None = None,
        return_status: list[
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
        | None = None,
        seller_proposed_return_type: list[Literal["PARTIAL_REFUND"]] | None = None,
        arbitration_status: list[Literal["CLOSED", "IN_PROGRESS", "SUPPORT_BUYER", "SUPPORT_SELLER"]] | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
    ) -> SearchReturnsResponse:
        """Search returns (202602).

        Lists the shop's returns matching the filters, page by page; this version also filters on the
        seller's proposed return type and covers replacement and exchange requests.

        `POST /return_refund/202602/returns/search` (shop cipher required)

        Args:
            sort_field: Field the results are sorted by.
            sort_order: Sort direction.
            page_size: Number of results per page.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            return_ids: Return ids.
            order_ids: TikTok Shop order ids.
            buyer_user_ids: Buyer user ids.
            return_types: Return types.
            return_status: Return statuses.
            seller_proposed_return_type: Alternatives the seller proposed.
            arbitration_status: Arbitration statuses.
            create_time_ge: Created at or after this time, Unix seconds.
            create_time_lt: Created before this time, Unix seconds.
            update_time_ge: Updated at or after this time, Unix seconds.
            update_time_lt: Updated before this time, Unix seconds.
            locale: BCP-47 locale(s) of the returned texts, comma-separated; default `en`."""
        return await self._client.request(
            ops.SEARCH_RETURNS,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "return_ids": return_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "return_types": return_types,
                "return_status": return_status,
                "seller_proposed_return_type": seller_proposed_return_type,
                "arbitration_status": arbitration_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
            },
        )

    def iter_search_returns(
        self,
        *,
        sort_field: Literal["create_time", "update_time"] | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        return_ids: list[str] | None = None,
        order_ids: list[str] | None = None,
        buyer_user_ids: list[str] | None = None,
        return_types: list[Literal["EXCHANGE", "REFUND", "REPLACEMENT", "RETURN_AND_REFUND"]] | None = None,
        return_status: list[
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
        | None = None,
        seller_proposed_return_type: list[Literal["PARTIAL_REFUND"]] | None = None,
        arbitration_status: list[Literal["CLOSED", "IN_PROGRESS", "SUPPORT_BUYER", "SUPPORT_SELLER"]] | None = None,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        update_time_ge: int | None = None,
        update_time_lt: int | None = None,
        locale: str | None = None,
    ) -> AsyncPager[ReturnOrder, SearchReturnsResponse]:
        """Iterate over every item of `search_returns` across pages, fetching each page lazily.

        Iterating yields `return_orders` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_returns`."""
        return self._client.paginate(
            ops.SEARCH_RETURNS,
            {
                "sort_field": sort_field,
                "sort_order": sort_order,
                "page_size": page_size,
                "page_token": page_token,
                "return_ids": return_ids,
                "order_ids": order_ids,
                "buyer_user_ids": buyer_user_ids,
                "return_types": return_types,
                "return_status": return_status,
                "seller_proposed_return_type": seller_proposed_return_type,
                "arbitration_status": arbitration_status,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "update_time_ge": update_time_ge,
                "update_time_lt": update_time_lt,
                "locale": locale,
            },
        )

    async def upload_return_shipping_information(
        self,
        *,
        return_ids: list[str],
        tracking_number: str,
        return_provider_id: str,
        return_id_type: Literal["RMA", "SKU_RETURN_ORDER"] | None = None,
        return_shipping_label: FileInput | None = None,
        return_qr_code: FileInput | None = None,
    ) -> UploadReturnShippingInformationResponse:
        """Upload return shipping information.

        Gives the buyer the return shipping details arranged by the seller: tracking number, carrier and
        optionally a shipping label or QR code file.

        `POST /return_refund/202405/returns/shipping_documents` (shop cipher required)

        Args:
            return_ids: Ids of the returns (or RMAs, see `return_id_type`) the documents are for.
            return_id_type: Kind of id in `return_ids`: `SKU_RETURN_ORDER` (return id) or `RMA`.
            tracking_number: Tracking number of the return shipment given to the buyer.
            return_provider_id: Id of the return carrier given to the buyer.
            return_shipping_label: The return shipping label file.
            return_qr_code: The return QR code file."""
        return await self._client.request(
            ops.UPLOAD_RETURN_SHIPPING_INFORMATION,
            {
                "return_ids": return_ids,
                "return_id_type": return_id_type,
                "tracking_number": tracking_number,
                "return_provider_id": return_provider_id,
                "return_shipping_label": return_shipping_label,
                "return_qr_code": return_qr_code,
            },
        )


class AsyncReturnRefundResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncReturnRefundResource) -> None:
        self.approve_cancellation = async_raw(resource.approve_cancellation)
        self.approve_return = async_raw(resource.approve_return)
        self.calculate_refund_202309 = async_raw(resource.calculate_refund_202309)
        self.calculate_refund = async_raw(resource.calculate_refund)
        self.cancel_order_202309 = async_raw(resource.cancel_order_202309)
        self.cancel_order = async_raw(resource.cancel_order)
        self.create_return_202309 = async_raw(resource.create_return_202309)
        self.create_return = async_raw(resource.create_return)
        self.get_aftersale_eligibility_202309 = async_raw(resource.get_aftersale_eligibility_202309)
        self.get_aftersale_eligibility_202512 = async_raw(resource.get_aftersale_eligibility_202512)
        self.get_aftersale_eligibility = async_raw(resource.get_aftersale_eligibility)
        self.get_available_review_decisions = async_raw(resource.get_available_review_decisions)
        self.get_decision_eligibility = async_raw(resource.get_decision_eligibility)
        self.get_reject_reasons = async_raw(resource.get_reject_reasons)
        self.get_return_records = async_raw(resource.get_return_records)
        self.reject_cancellation = async_raw(resource.reject_cancellation)
        self.reject_return_202309 = async_raw(resource.reject_return_202309)
        self.reject_return = async_raw(resource.reject_return)
        self.review_aftersales_requests = async_raw(resource.review_aftersales_requests)
        self.search_aftersales_requests = async_raw(resource.search_aftersales_requests)
        self.search_cancellations_202309 = async_raw(resource.search_cancellations_202309)
        self.search_cancellations = async_raw(resource.search_cancellations)
        self.search_return_merchandise_authorizations = async_raw(resource.search_return_merchandise_authorizations)
        self.search_returns_202309 = async_raw(resource.search_returns_202309)
        self.search_returns = async_raw(resource.search_returns)
        self.upload_return_shipping_information = async_raw(resource.upload_return_shipping_information)


class AsyncReturnRefundAt202309:
    """`return_refund` operations pinned to version 202309."""

    def __init__(self, resource: AsyncReturnRefundResource) -> None:
        self.approve_cancellation = resource.approve_cancellation
        self.approve_return = resource.approve_return
        self.calculate_refund = resource.calculate_refund_202309
        self.cancel_order = resource.cancel_order_202309
        self.create_return = resource.create_return_202309
        self.get_aftersale_eligibility = resource.get_aftersale_eligibility_202309
        self.get_reject_reasons = resource.get_reject_reasons
        self.get_return_records = resource.get_return_records
        self.reject_cancellation = resource.reject_cancellation
        self.reject_return = resource.reject_return_202309
        self.search_cancellations = resource.search_cancellations_202309
        self.iter_search_cancellations = resource.iter_search_cancellations_202309
        self.search_returns = resource.search_returns_202309
        self.iter_search_returns = resource.iter_search_returns_202309


class AsyncReturnRefundAt202405:
    """`return_refund` operations pinned to version 202405."""

    def __init__(self, resource: AsyncReturnRefundResource) -> None:
        self.upload_return_shipping_information = resource.upload_return_shipping_information


class AsyncReturnRefundAt202512:
    """`return_refund` operations pinned to version 202512."""

    def __init__(self, resource: AsyncReturnRefundResource) -> None:
        self.get_aftersale_eligibility = resource.get_aftersale_eligibility_202512


class AsyncReturnRefundAt202601:
    """`return_refund` operations pinned to version 202601."""

    def __init__(self, resource: AsyncReturnRefundResource) -> None:
        self.get_decision_eligibility = resource.get_decision_eligibility


class AsyncReturnRefundAt202602:
    """`return_refund` operations pinned to version 202602."""

    def __init__(self, resource: AsyncReturnRefundResource) -> None:
        self.calculate_refund = resource.calculate_refund
        self.cancel_order = resource.cancel_order
        self.create_return = resource.create_return
        self.get_aftersale_eligibility = resource.get_aftersale_eligibility
        self.search_cancellations = resource.search_cancellations
        self.iter_search_cancellations = resource.iter_search_cancellations
        self.search_returns = resource.search_returns
        self.iter_search_returns = resource.iter_search_returns


class AsyncReturnRefundAt202603:
    """`return_refund` operations pinned to version 202603."""

    def __init__(self, resource: AsyncReturnRefundResource) -> None:
        self.search_aftersales_requests = resource.search_aftersales_requests


class AsyncReturnRefundAt202604:
    """`return_refund` operations pinned to version 202604."""

    def __init__(self, resource: AsyncReturnRefundResource) -> None:
        self.search_return_merchandise_authorizations = resource.search_return_merchandise_authorizations


class AsyncReturnRefundAt202606:
    """`return_refund` operations pinned to version 202606."""

    def __init__(self, resource: AsyncReturnRefundResource) -> None:
        self.get_available_review_decisions = resource.get_available_review_decisions
        self.reject_return = resource.reject_return


class AsyncReturnRefundAt202609:
    """`return_refund` operations pinned to version 202609."""

    def __init__(self, resource: AsyncReturnRefundResource) -> None:
        self.review_aftersales_requests = resource.review_aftersales_requests
