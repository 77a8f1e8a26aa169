"""The `return_refund` resources: sync and async twins, raw-response and version views.

After-sales handling: order cancellations, refund-only and return-and-refund requests, seller
decisions on them, refund estimates and the newer aftersales-request and RMA views."""

from __future__ import annotations

from typing import Literal

from tiktok_shop._contract import (
    AsyncPager,
    AsyncRequester,
    SyncPager,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    ReturnRefundApproveCancellationResponse,
    ReturnRefundApproveReturnResponse,
    ReturnRefundCancellation,
    ReturnRefundCreateCancellation202602Response,
    ReturnRefundCreateCancellationResponse,
    ReturnRefundGetRejectReasonsResponse,
    ReturnRefundGetReturnRecordsResponse,
    ReturnRefundImageInput,
    ReturnRefundOrderLine,
    ReturnRefundPartialRefund,
    ReturnRefundRejectCancellationResponse,
    ReturnRefundRejectReturnResponse,
    ReturnRefundSearchCancellations202602Response,
    ReturnRefundSearchCancellationsResponse,
    ReturnRefundSku,
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
    ) -> ReturnRefundApproveCancellationResponse:
        """Approve a cancellation request.

        Accepts a buyer's request to cancel an order. Call it while the cancellation still waits for the
        seller's answer (`seller_next_action_response` of the cancellation).

        `POST /return_refund/202309/cancellations/{cancel_id}/approve` (shop-scoped)

        Args:
            cancel_id: cancel_id
            idempotency_key: idempotency_key"""
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
        partial_refund: ReturnRefundPartialRefund | None = None,
    ) -> ReturnRefundApproveReturnResponse:
        """Approve a return or refund request.

        Approves a buyer's refund-only, return, replacement or received return package, or offers a partial
        refund. The decision must match the action the return is waiting for.

        `POST /return_refund/202309/returns/{return_id}/approve` (shop-scoped)

        Args:
            return_id: return_id
            idempotency_key: idempotency_key
            decision: The decision. `APPROVE_REFUND` approves a refund-only request; `APPROVE_RETURN` lets
        the buyer send the items back; `APPROVE_RECEIVED_PACKAGE` accepts the returned package;
        `APPROVE_REPLACEMENT` accepts a replacement; `ISSUE_REPLACEMENT_REFUND` refunds a replacement that
        cannot be fulfilled; `DIRECT_REFUND` refunds without further steps; `OFFER_PARTIAL_REFUND` offers
        `partial_refund` instead.
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

    def cancel_order_202309(
        self,
        *,
        order_id: str,
        cancel_reason: str,
        skus: list[ReturnRefundSku] | None = None,
        order_line_item_ids: list[str] | None = None,
    ) -> ReturnRefundCreateCancellationResponse:
        """Cancel an order.

        Cancels an order (or, in some markets, single out-of-stock items of it) on the seller's side. Get a
        valid `cancel_reason` from `get_aftersale_eligibility` first.

        `POST /return_refund/202309/cancellations` (shop-scoped)

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
        skus: list[ReturnRefundSku] | None = None,
        order_line_item_ids: list[str] | None = None,
        order_line_list: list[ReturnRefundOrderLine] | None = None,
    ) -> ReturnRefundCreateCancellation202602Response:
        """Cancel an order (202602).

        Cancels an order or part of it on the seller's side; this version can also target single sub-items
        of bundle products through `order_line_list`.

        `POST /return_refund/202602/cancellations` (shop-scoped)

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

    def get_reject_reasons(
        self,
        *,
        return_or_cancel_id: str,
        locale: str | None = None,
    ) -> ReturnRefundGetRejectReasonsResponse:
        """Get reject reasons.

        Lists the reasons the seller may give when rejecting a given return, refund or cancellation request.
        Pass one of the returned `name` values to the matching reject call.

        `GET /return_refund/202309/reject_reasons` (shop-scoped)

        Args:
            return_or_cancel_id: return_or_cancel_id
            locale: locale"""
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
    ) -> ReturnRefundGetReturnRecordsResponse:
        """Get the history of a return.

        Lists the lifecycle events of one return (who did what and when, with notes, images and videos). Use
        it to show the negotiation history of a return.

        `GET /return_refund/202309/returns/{return_id}/records` (shop-scoped)

        Args:
            return_id: return_id
            locale: locale"""
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
        images: list[ReturnRefundImageInput] | None = None,
    ) -> ReturnRefundRejectCancellationResponse:
        """Reject a cancellation request.

        Refuses a buyer's request to cancel an order, with a reason from `get_reject_reasons` and optionally
        a comment and supporting images.

        `POST /return_refund/202309/cancellations/{cancel_id}/reject` (shop-scoped)

        Args:
            cancel_id: cancel_id
            idempotency_key: idempotency_key
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

    def reject_return(
        self,
        *,
        return_id: str,
        decision: Literal["REJECT_RECEIVED_PACKAGE", "REJECT_REFUND", "REJECT_REPLACEMENT", "REJECT_RETURN"],
        reject_reason: str,
        idempotency_key: str | None = None,
        comment: str | None = None,
        images: list[ReturnRefundImageInput] | None = None,
    ) -> ReturnRefundRejectReturnResponse:
        """Reject a return or refund request.

        Rejects a buyer's refund-only, return or replacement request, or a returned package after
        inspection, with a reason from `get_reject_reasons`.

        `POST /return_refund/202309/returns/{return_id}/reject` (shop-scoped)

        Args:
            return_id: return_id
            idempotency_key: idempotency_key
            decision: The decision. `REJECT_REFUND` rejects a refund-only request; `REJECT_RETURN` rejects a
        return request; `REJECT_RECEIVED_PACKAGE` rejects the returned package after inspection;
        `REJECT_REPLACEMENT` rejects a replacement request.
            reject_reason: Reject reason name, from `get_reject_reasons`.
            comment: Free-text explanation of the rejection.
            images: Images supporting the rejection."""
        return self._client.request(
            ops.REJECT_RETURN,
            {
                "return_id": return_id,
                "idempotency_key": idempotency_key,
                "decision": decision,
                "reject_reason": reject_reason,
                "comment": comment,
                "images": images,
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
    ) -> ReturnRefundSearchCancellationsResponse:
        """Search cancellations.

        Lists the shop's order cancellations matching the filters (ids, buyer, type, status, create/update
        time), page by page. Keep the filters unchanged while paging.

        `POST /return_refund/202309/cancellations/search` (shop-scoped)

        Args:
            sort_field: sort_field
            sort_order: sort_order
            page_size: page_size
            page_token: page_token
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
    ) -> SyncPager[ReturnRefundCancellation, ReturnRefundSearchCancellationsResponse]:
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
    ) -> ReturnRefundSearchCancellations202602Response:
        """Search cancellations (202602).

        Lists the shop's order cancellations matching the filters, page by page; this version also returns
        bundle sub-items and the stock replenishment hint.

        `POST /return_refund/202602/cancellations/search` (shop-scoped)

        Args:
            sort_field: sort_field
            sort_order: sort_order
            page_size: page_size
            page_token: page_token
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
    ) -> SyncPager[ReturnRefundCancellation, ReturnRefundSearchCancellations202602Response]:
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


class ReturnRefundResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: ReturnRefundResource) -> None:
        self.approve_cancellation = raw(resource.approve_cancellation)
        self.approve_return = raw(resource.approve_return)
        self.cancel_order_202309 = raw(resource.cancel_order_202309)
        self.cancel_order = raw(resource.cancel_order)
        self.get_reject_reasons = raw(resource.get_reject_reasons)
        self.get_return_records = raw(resource.get_return_records)
        self.reject_cancellation = raw(resource.reject_cancellation)
        self.reject_return = raw(resource.reject_return)
        self.search_cancellations_202309 = raw(resource.search_cancellations_202309)
        self.search_cancellations = raw(resource.search_cancellations)


class ReturnRefundAt202309:
    """`return_refund` operations pinned to version 202309."""

    def __init__(self, resource: ReturnRefundResource) -> None:
        self.approve_cancellation = resource.approve_cancellation
        self.approve_return = resource.approve_return
        self.cancel_order = resource.cancel_order_202309
        self.get_reject_reasons = resource.get_reject_reasons
        self.get_return_records = resource.get_return_records
        self.reject_cancellation = resource.reject_cancellation
        self.reject_return = resource.reject_return
        self.search_cancellations = resource.search_cancellations_202309
        self.iter_search_cancellations = resource.iter_search_cancellations_202309


class ReturnRefundAt202602:
    """`return_refund` operations pinned to version 202602."""

    def __init__(self, resource: ReturnRefundResource) -> None:
        self.cancel_order = resource.cancel_order
        self.search_cancellations = resource.search_cancellations
        self.iter_search_cancellations = resource.iter_search_cancellations


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
    ) -> ReturnRefundApproveCancellationResponse:
        """Approve a cancellation request.

        Accepts a buyer's request to cancel an order. Call it while the cancellation still waits for the
        seller's answer (`seller_next_action_response` of the cancellation).

        `POST /return_refund/202309/cancellations/{cancel_id}/approve` (shop-scoped)

        Args:
            cancel_id: cancel_id
            idempotency_key: idempotency_key"""
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
        partial_refund: ReturnRefundPartialRefund | None = None,
    ) -> ReturnRefundApproveReturnResponse:
        """Approve a return or refund request.

        Approves a buyer's refund-only, return, replacement or received return package, or offers a partial
        refund. The decision must match the action the return is waiting for.

        `POST /return_refund/202309/returns/{return_id}/approve` (shop-scoped)

        Args:
            return_id: return_id
            idempotency_key: idempotency_key
            decision: The decision. `APPROVE_REFUND` approves a refund-only request; `APPROVE_RETURN` lets
        the buyer send the items back; `APPROVE_RECEIVED_PACKAGE` accepts the returned package;
        `APPROVE_REPLACEMENT` accepts a replacement; `ISSUE_REPLACEMENT_REFUND` refunds a replacement that
        cannot be fulfilled; `DIRECT_REFUND` refunds without further steps; `OFFER_PARTIAL_REFUND` offers
        `partial_refund` instead.
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

    async def cancel_order_202309(
        self,
        *,
        order_id: str,
        cancel_reason: str,
        skus: list[ReturnRefundSku] | None = None,
        order_line_item_ids: list[str] | None = None,
    ) -> ReturnRefundCreateCancellationResponse:
        """Cancel an order.

        Cancels an order (or, in some markets, single out-of-stock items of it) on the seller's side. Get a
        valid `cancel_reason` from `get_aftersale_eligibility` first.

        `POST /return_refund/202309/cancellations` (shop-scoped)

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
        skus: list[ReturnRefundSku] | None = None,
        order_line_item_ids: list[str] | None = None,
        order_line_list: list[ReturnRefundOrderLine] | None = None,
    ) -> ReturnRefundCreateCancellation202602Response:
        """Cancel an order (202602).

        Cancels an order or part of it on the seller's side; this version can also target single sub-items
        of bundle products through `order_line_list`.

        `POST /return_refund/202602/cancellations` (shop-scoped)

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

    async def get_reject_reasons(
        self,
        *,
        return_or_cancel_id: str,
        locale: str | None = None,
    ) -> ReturnRefundGetRejectReasonsResponse:
        """Get reject reasons.

        Lists the reasons the seller may give when rejecting a given return, refund or cancellation request.
        Pass one of the returned `name` values to the matching reject call.

        `GET /return_refund/202309/reject_reasons` (shop-scoped)

        Args:
            return_or_cancel_id: return_or_cancel_id
            locale: locale"""
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
    ) -> ReturnRefundGetReturnRecordsResponse:
        """Get the history of a return.

        Lists the lifecycle events of one return (who did what and when, with notes, images and videos). Use
        it to show the negotiation history of a return.

        `GET /return_refund/202309/returns/{return_id}/records` (shop-scoped)

        Args:
            return_id: return_id
            locale: locale"""
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
        images: list[ReturnRefundImageInput] | None = None,
    ) -> ReturnRefundRejectCancellationResponse:
        """Reject a cancellation request.

        Refuses a buyer's request to cancel an order, with a reason from `get_reject_reasons` and optionally
        a comment and supporting images.

        `POST /return_refund/202309/cancellations/{cancel_id}/reject` (shop-scoped)

        Args:
            cancel_id: cancel_id
            idempotency_key: idempotency_key
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

    async def reject_return(
        self,
        *,
        return_id: str,
        decision: Literal["REJECT_RECEIVED_PACKAGE", "REJECT_REFUND", "REJECT_REPLACEMENT", "REJECT_RETURN"],
        reject_reason: str,
        idempotency_key: str | None = None,
        comment: str | None = None,
        images: list[ReturnRefundImageInput] | None = None,
    ) -> ReturnRefundRejectReturnResponse:
        """Reject a return or refund request.

        Rejects a buyer's refund-only, return or replacement request, or a returned package after
        inspection, with a reason from `get_reject_reasons`.

        `POST /return_refund/202309/returns/{return_id}/reject` (shop-scoped)

        Args:
            return_id: return_id
            idempotency_key: idempotency_key
            decision: The decision. `REJECT_REFUND` rejects a refund-only request; `REJECT_RETURN` rejects a
        return request; `REJECT_RECEIVED_PACKAGE` rejects the returned package after inspection;
        `REJECT_REPLACEMENT` rejects a replacement request.
            reject_reason: Reject reason name, from `get_reject_reasons`.
            comment: Free-text explanation of the rejection.
            images: Images supporting the rejection."""
        return await self._client.request(
            ops.REJECT_RETURN,
            {
                "return_id": return_id,
                "idempotency_key": idempotency_key,
                "decision": decision,
                "reject_reason": reject_reason,
                "comment": comment,
                "images": images,
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
    ) -> ReturnRefundSearchCancellationsResponse:
        """Search cancellations.

        Lists the shop's order cancellations matching the filters (ids, buyer, type, status, create/update
        time), page by page. Keep the filters unchanged while paging.

        `POST /return_refund/202309/cancellations/search` (shop-scoped)

        Args:
            sort_field: sort_field
            sort_order: sort_order
            page_size: page_size
            page_token: page_token
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
    ) -> AsyncPager[ReturnRefundCancellation, ReturnRefundSearchCancellationsResponse]:
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
    ) -> ReturnRefundSearchCancellations202602Response:
        """Search cancellations (202602).

        Lists the shop's order cancellations matching the filters, page by page; this version also returns
        bundle sub-items and the stock replenishment hint.

        `POST /return_refund/202602/cancellations/search` (shop-scoped)

        Args:
            sort_field: sort_field
            sort_order: sort_order
            page_size: page_size
            page_token: page_token
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
    ) -> AsyncPager[ReturnRefundCancellation, ReturnRefundSearchCancellations202602Response]:
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


class AsyncReturnRefundResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncReturnRefundResource) -> None:
        self.approve_cancellation = async_raw(resource.approve_cancellation)
        self.approve_return = async_raw(resource.approve_return)
        self.cancel_order_202309 = async_raw(resource.cancel_order_202309)
        self.cancel_order = async_raw(resource.cancel_order)
        self.get_reject_reasons = async_raw(resource.get_reject_reasons)
        self.get_return_records = async_raw(resource.get_return_records)
        self.reject_cancellation = async_raw(resource.reject_cancellation)
        self.reject_return = async_raw(resource.reject_return)
        self.search_cancellations_202309 = async_raw(resource.search_cancellations_202309)
        self.search_cancellations = async_raw(resource.search_cancellations)


class AsyncReturnRefundAt202309:
    """`return_refund` operations pinned to version 202309."""

    def __init__(self, resource: AsyncReturnRefundResource) -> None:
        self.approve_cancellation = resource.approve_cancellation
        self.approve_return = resource.approve_return
        self.cancel_order = resource.cancel_order_202309
        self.get_reject_reasons = resource.get_reject_reasons
        self.get_return_records = resource.get_return_records
        self.reject_cancellation = resource.reject_cancellation
        self.reject_return = resource.reject_return
        self.search_cancellations = resource.search_cancellations_202309
        self.iter_search_cancellations = resource.iter_search_cancellations_202309


class AsyncReturnRefundAt202602:
    """`return_refund` operations pinned to version 202602."""

    def __init__(self, resource: AsyncReturnRefundResource) -> None:
        self.cancel_order = resource.cancel_order
        self.search_cancellations = resource.search_cancellations
        self.iter_search_cancellations = resource.iter_search_cancellations
