"""The `finance` resources: sync and async twins, raw-response and version views.

Statements, settlement transactions, payouts and balances of a shop."""

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
    Flow,
    GetOrderStatementTransactions202309Response,
    GetOrderStatementTransactionsResponse,
    GetPaymentsResponse,
    GetStatementsResponse,
    GetStatementTransactions202309Response,
    GetStatementTransactionsResponse,
    GetTradeInAccountBalanceResponse,
    GetTradeInAccountTransactionsResponse,
    GetUnsettledTransactionsResponse,
    GetWithdrawalsResponse,
    Payment,
    Statement,
    StatementTransaction,
    Transaction,
    UnsettledTransaction,
    Withdrawal,
)


class FinanceResource:
    """Statements, settlement transactions, payouts and balances of a shop."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def get_order_statement_transactions_202309(
        self,
        *,
        order_id: str,
    ) -> GetOrderStatementTransactions202309Response:
        """Get transactions by order.

        Returns the settlement transactions of one order, broken down per SKU: sales, fees, commissions,
        shipping, taxes and refunds.

        `GET /finance/202309/orders/{order_id}/statement_transactions` (shop cipher required)

        Args:
            order_id: Order id."""
        return self._client.request(
            ops.GET_ORDER_STATEMENT_TRANSACTIONS_202309,
            {
                "order_id": order_id,
            },
        )

    def get_order_statement_transactions(
        self,
        *,
        order_id: str,
    ) -> GetOrderStatementTransactionsResponse:
        """Get transactions by order (202501).

        Version 202501: returns the settlement of one order per SKU, with revenue, shipping, fee and tax
        breakdowns.

        `GET /finance/202501/orders/{order_id}/statement_transactions` (shop cipher required)

        Args:
            order_id: Order id."""
        return self._client.request(
            ops.GET_ORDER_STATEMENT_TRANSACTIONS,
            {
                "order_id": order_id,
            },
        )

    def get_payments_202309(
        self,
        *,
        sort_field: str,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> GetPaymentsResponse:
        """Get payments.

        Lists automated payouts to the seller's bank account created in a time range, to reconcile with bank
        records. Not available in SEA markets.

        `GET /finance/202309/payments` (shop cipher required)

        Args:
            create_time_ge: Only payments created at or after this time (unix seconds).
            create_time_lt: Only payments created before this time (unix seconds).
            page_size: Number of items per page, 1 to 100 (default 20).
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_field: Field to sort by: `create_time`.
            sort_order: Sort direction."""
        return self._client.request(
            ops.GET_PAYMENTS_202309,
            {
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def iter_get_payments_202309(
        self,
        *,
        sort_field: str,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> SyncPager[Payment, GetPaymentsResponse]:
        """Iterate over every item of `get_payments_202309` across pages, fetching each page lazily.

        Iterating yields `payments` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_payments_202309`."""
        return self._client.paginate(
            ops.GET_PAYMENTS_202309,
            {
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def get_payments(
        self,
        *,
        sort_field: str,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> GetPaymentsResponse:
        """Get payments (202605).

        Lists automated payouts to the seller's bank account created in a time range, to reconcile with bank
        records. Version 202605; not available in SEA markets.

        `GET /finance/202605/payments` (shop cipher required)

        Args:
            create_time_ge: Only payments created at or after this time (unix seconds).
            create_time_lt: Only payments created before this time (unix seconds).
            page_size: Number of items per page, 1 to 100 (default 20).
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_field: Field to sort by: `create_time`.
            sort_order: Sort direction."""
        return self._client.request(
            ops.GET_PAYMENTS,
            {
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def iter_get_payments(
        self,
        *,
        sort_field: str,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> SyncPager[Payment, GetPaymentsResponse]:
        """Iterate over every item of `get_payments` across pages, fetching each page lazily.

        Iterating yields `payments` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_payments`."""
        return self._client.paginate(
            ops.GET_PAYMENTS,
            {
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def get_statement_transactions_202309(
        self,
        *,
        statement_id: str,
        sort_field: str,
        page_token: str | None = None,
        page_size: int | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> GetStatementTransactions202309Response:
        """Get transactions by statement.

        Lists the transactions of one statement (orders, adjustments, reserves) with their fee and revenue
        amounts, plus the statement totals.

        `GET /finance/202309/statements/{statement_id}/statement_transactions` (shop cipher required)

        Args:
            statement_id: Statement id.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            page_size: Number of items per page, 1 to 100 (default 20).
            sort_field: Field to sort by: `order_create_time`.
            sort_order: Sort direction."""
        return self._client.request(
            ops.GET_STATEMENT_TRANSACTIONS_202309,
            {
                "statement_id": statement_id,
                "page_token": page_token,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def iter_get_statement_transactions_202309(
        self,
        *,
        statement_id: str,
        sort_field: str,
        page_token: str | None = None,
        page_size: int | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> SyncPager[StatementTransaction, GetStatementTransactions202309Response]:
        """Iterate over every item of `get_statement_transactions_202309` across pages, fetching each page
        lazily.

        Iterating yields `statement_transactions` items; `.pages()` yields whole pages. Takes the same
        arguments as `get_statement_transactions_202309`."""
        return self._client.paginate(
            ops.GET_STATEMENT_TRANSACTIONS_202309,
            {
                "statement_id": statement_id,
                "page_token": page_token,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def get_statement_transactions(
        self,
        *,
        statement_id: str,
        sort_field: str,
        page_token: str | None = None,
        page_size: int | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> GetStatementTransactionsResponse:
        """Get transactions by statement (202501).

        Version 202501: lists the transactions of one statement with revenue, shipping, fee and tax
        breakdowns, and reserve details.

        `GET /finance/202501/statements/{statement_id}/statement_transactions` (shop cipher required)

        Args:
            statement_id: Statement id.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            page_size: Number of items per page, 1 to 100 (default 20).
            sort_field: Field to sort by: `order_create_time`.
            sort_order: Sort direction."""
        return self._client.request(
            ops.GET_STATEMENT_TRANSACTIONS,
            {
                "statement_id": statement_id,
                "page_token": page_token,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def iter_get_statement_transactions(
        self,
        *,
        statement_id: str,
        sort_field: str,
        page_token: str | None = None,
        page_size: int | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> SyncPager[Transaction, GetStatementTransactionsResponse]:
        """Iterate over every item of `get_statement_transactions` across pages, fetching each page lazily.

        Iterating yields `transactions` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_statement_transactions`."""
        return self._client.paginate(
            ops.GET_STATEMENT_TRANSACTIONS,
            {
                "statement_id": statement_id,
                "page_token": page_token,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def get_statements(
        self,
        *,
        sort_field: str,
        statement_time_ge: int | None = None,
        statement_time_lt: int | None = None,
        payment_status: Literal["FAILED", "PAID", "PROCESSING"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> GetStatementsResponse:
        """Get statements.

        Lists the shop's daily statements in a time range or by payout status. Use it for an overview of
        settlements; data starts 2023-07-01.

        `GET /finance/202309/statements` (shop cipher required)

        Args:
            statement_time_ge: Only statements generated at or after this time (unix seconds).
            statement_time_lt: Only statements generated before this time (unix seconds).
            payment_status: Only statements in this payout state.
            page_size: Number of items per page, 1 to 100 (default 20).
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_field: Field to sort by: `statement_time`.
            sort_order: Sort direction."""
        return self._client.request(
            ops.GET_STATEMENTS,
            {
                "statement_time_ge": statement_time_ge,
                "statement_time_lt": statement_time_lt,
                "payment_status": payment_status,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def iter_get_statements(
        self,
        *,
        sort_field: str,
        statement_time_ge: int | None = None,
        statement_time_lt: int | None = None,
        payment_status: Literal["FAILED", "PAID", "PROCESSING"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> SyncPager[Statement, GetStatementsResponse]:
        """Iterate over every item of `get_statements` across pages, fetching each page lazily.

        Iterating yields `statements` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_statements`."""
        return self._client.paginate(
            ops.GET_STATEMENTS,
            {
                "statement_time_ge": statement_time_ge,
                "statement_time_lt": statement_time_lt,
                "payment_status": payment_status,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def get_trade_in_account_balance(
        self,
        *,
        currency: str,
    ) -> GetTradeInAccountBalanceResponse:
        """Get TradeIn supplier account balance.

        Returns the available balance of the authorized TradeIn supplier's account in one currency.

        `GET /finance/202609/account_balances` (shop cipher required)

        Args:
            currency: ISO 4217 currency of the balance."""
        return self._client.request(
            ops.GET_TRADE_IN_ACCOUNT_BALANCE,
            {
                "currency": currency,
            },
        )

    def get_trade_in_account_transactions(
        self,
        *,
        page_size: int,
        start_time: str | None = None,
        end_time: str | None = None,
        flow_type: Literal["RECHARGE", "REVERSE", "WITHDRAW"] | None = None,
        page_token: str | None = None,
    ) -> GetTradeInAccountTransactionsResponse:
        """Get TradeIn account transactions.

        Lists the account movements (recharges, payouts, reversals) of the authorized TradeIn supplier in a
        time range.

        `GET /finance/202609/account_transactions` (shop cipher required)

        Args:
            start_time: Only movements created at or after this time (RFC 3339).
            end_time: Only movements created before this time (RFC 3339).
            flow_type: Only movements of this type.
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page."""
        return self._client.request(
            ops.GET_TRADE_IN_ACCOUNT_TRANSACTIONS,
            {
                "start_time": start_time,
                "end_time": end_time,
                "flow_type": flow_type,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def iter_get_trade_in_account_transactions(
        self,
        *,
        page_size: int,
        start_time: str | None = None,
        end_time: str | None = None,
        flow_type: Literal["RECHARGE", "REVERSE", "WITHDRAW"] | None = None,
        page_token: str | None = None,
    ) -> SyncPager[Flow, GetTradeInAccountTransactionsResponse]:
        """Iterate over every item of `get_trade_in_account_transactions` across pages, fetching each page
        lazily.

        Iterating yields `flows` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_trade_in_account_transactions`."""
        return self._client.paginate(
            ops.GET_TRADE_IN_ACCOUNT_TRANSACTIONS,
            {
                "start_time": start_time,
                "end_time": end_time,
                "flow_type": flow_type,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def get_unsettled_transactions(
        self,
        *,
        sort_field: str,
        search_time_ge: int | None = None,
        search_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> GetUnsettledTransactionsResponse:
        """Get unsettled transactions.

        Lists order and adjustment transactions not settled yet (created after 2025-01-01) with estimated
        amounts. Settled ones move to the statement operations.

        `GET /finance/202507/orders/unsettled` (shop cipher required)

        Args:
            search_time_ge: Only transactions at or after this time (unix seconds).
            search_time_lt: Only transactions before this time (unix seconds).
            page_size: Number of items per page, 1 to 100 (default 20).
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_field: Field to sort by, e.g. `order_create_time`.
            sort_order: Sort direction."""
        return self._client.request(
            ops.GET_UNSETTLED_TRANSACTIONS,
            {
                "search_time_ge": search_time_ge,
                "search_time_lt": search_time_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def iter_get_unsettled_transactions(
        self,
        *,
        sort_field: str,
        search_time_ge: int | None = None,
        search_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> SyncPager[UnsettledTransaction, GetUnsettledTransactionsResponse]:
        """Iterate over every item of `get_unsettled_transactions` across pages, fetching each page lazily.

        Iterating yields `transactions` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_unsettled_transactions`."""
        return self._client.paginate(
            ops.GET_UNSETTLED_TRANSACTIONS,
            {
                "search_time_ge": search_time_ge,
                "search_time_lt": search_time_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def get_withdrawals(
        self,
        *,
        types: list[Literal["PAYMENT", "REFUND", "REVERSE", "SETTLE", "TRANSFER", "WITHDRAW"]],
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> GetWithdrawalsResponse:
        """Get seller financial transactions.

        Lists the seller's balance movements (withdrawals, settlements, transfers, reversals) of the given
        types in a time range.

        `GET /finance/202309/withdrawals` (shop cipher required)

        Args:
            types: Transaction types to return (sent comma-separated).
            create_time_ge: Only records created at or after this time (unix seconds).
            create_time_lt: Only records created before this time (unix seconds).
            page_size: Number of items per page, 1 to 100 (default 20).
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page."""
        return self._client.request(
            ops.GET_WITHDRAWALS,
            {
                "types": types,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def iter_get_withdrawals(
        self,
        *,
        types: list[Literal["PAYMENT", "REFUND", "REVERSE", "SETTLE", "TRANSFER", "WITHDRAW"]],
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> SyncPager[Withdrawal, GetWithdrawalsResponse]:
        """Iterate over every item of `get_withdrawals` across pages, fetching each page lazily.

        Iterating yields `withdrawals` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_withdrawals`."""
        return self._client.paginate(
            ops.GET_WITHDRAWALS,
            {
                "types": types,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "page_size": page_size,
                "page_token": page_token,
            },
        )


class FinanceResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: FinanceResource) -> None:
        self.get_order_statement_transactions_202309 = raw(resource.get_order_statement_transactions_202309)
        self.get_order_statement_transactions = raw(resource.get_order_statement_transactions)
        self.get_payments_202309 = raw(resource.get_payments_202309)
        self.get_payments = raw(resource.get_payments)
        self.get_statement_transactions_202309 = raw(resource.get_statement_transactions_202309)
        self.get_statement_transactions = raw(resource.get_statement_transactions)
        self.get_statements = raw(resource.get_statements)
        self.get_trade_in_account_balance = raw(resource.get_trade_in_account_balance)
        self.get_trade_in_account_transactions = raw(resource.get_trade_in_account_transactions)
        self.get_unsettled_transactions = raw(resource.get_unsettled_transactions)
        self.get_withdrawals = raw(resource.get_withdrawals)


class FinanceAt202309:
    """`finance` operations pinned to version 202309."""

    def __init__(self, resource: FinanceResource) -> None:
        self.get_order_statement_transactions = resource.get_order_statement_transactions_202309
        self.get_payments = resource.get_payments_202309
        self.iter_get_payments = resource.iter_get_payments_202309
        self.get_statement_transactions = resource.get_statement_transactions_202309
        self.iter_get_statement_transactions = resource.iter_get_statement_transactions_202309
        self.get_statements = resource.get_statements
        self.iter_get_statements = resource.iter_get_statements
        self.get_withdrawals = resource.get_withdrawals
        self.iter_get_withdrawals = resource.iter_get_withdrawals


class FinanceAt202501:
    """`finance` operations pinned to version 202501."""

    def __init__(self, resource: FinanceResource) -> None:
        self.get_order_statement_transactions = resource.get_order_statement_transactions
        self.get_statement_transactions = resource.get_statement_transactions
        self.iter_get_statement_transactions = resource.iter_get_statement_transactions


class FinanceAt202507:
    """`finance` operations pinned to version 202507."""

    def __init__(self, resource: FinanceResource) -> None:
        self.get_unsettled_transactions = resource.get_unsettled_transactions
        self.iter_get_unsettled_transactions = resource.iter_get_unsettled_transactions


class FinanceAt202605:
    """`finance` operations pinned to version 202605."""

    def __init__(self, resource: FinanceResource) -> None:
        self.get_payments = resource.get_payments
        self.iter_get_payments = resource.iter_get_payments


class FinanceAt202609:
    """`finance` operations pinned to version 202609."""

    def __init__(self, resource: FinanceResource) -> None:
        self.get_trade_in_account_balance = resource.get_trade_in_account_balance
        self.get_trade_in_account_transactions = resource.get_trade_in_account_transactions
        self.iter_get_trade_in_account_transactions = resource.iter_get_trade_in_account_transactions


class AsyncFinanceResource:
    """Statements, settlement transactions, payouts and balances of a shop. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def get_order_statement_transactions_202309(
        self,
        *,
        order_id: str,
    ) -> GetOrderStatementTransactions202309Response:
        """Get transactions by order.

        Returns the settlement transactions of one order, broken down per SKU: sales, fees, commissions,
        shipping, taxes and refunds.

        `GET /finance/202309/orders/{order_id}/statement_transactions` (shop cipher required)

        Args:
            order_id: Order id."""
        return await self._client.request(
            ops.GET_ORDER_STATEMENT_TRANSACTIONS_202309,
            {
                "order_id": order_id,
            },
        )

    async def get_order_statement_transactions(
        self,
        *,
        order_id: str,
    ) -> GetOrderStatementTransactionsResponse:
        """Get transactions by order (202501).

        Version 202501: returns the settlement of one order per SKU, with revenue, shipping, fee and tax
        breakdowns.

        `GET /finance/202501/orders/{order_id}/statement_transactions` (shop cipher required)

        Args:
            order_id: Order id."""
        return await self._client.request(
            ops.GET_ORDER_STATEMENT_TRANSACTIONS,
            {
                "order_id": order_id,
            },
        )

    async def get_payments_202309(
        self,
        *,
        sort_field: str,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> GetPaymentsResponse:
        """Get payments.

        Lists automated payouts to the seller's bank account created in a time range, to reconcile with bank
        records. Not available in SEA markets.

        `GET /finance/202309/payments` (shop cipher required)

        Args:
            create_time_ge: Only payments created at or after this time (unix seconds).
            create_time_lt: Only payments created before this time (unix seconds).
            page_size: Number of items per page, 1 to 100 (default 20).
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_field: Field to sort by: `create_time`.
            sort_order: Sort direction."""
        return await self._client.request(
            ops.GET_PAYMENTS_202309,
            {
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def iter_get_payments_202309(
        self,
        *,
        sort_field: str,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> AsyncPager[Payment, GetPaymentsResponse]:
        """Iterate over every item of `get_payments_202309` across pages, fetching each page lazily.

        Iterating yields `payments` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_payments_202309`."""
        return self._client.paginate(
            ops.GET_PAYMENTS_202309,
            {
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    async def get_payments(
        self,
        *,
        sort_field: str,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> GetPaymentsResponse:
        """Get payments (202605).

        Lists automated payouts to the seller's bank account created in a time range, to reconcile with bank
        records. Version 202605; not available in SEA markets.

        `GET /finance/202605/payments` (shop cipher required)

        Args:
            create_time_ge: Only payments created at or after this time (unix seconds).
            create_time_lt: Only payments created before this time (unix seconds).
            page_size: Number of items per page, 1 to 100 (default 20).
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_field: Field to sort by: `create_time`.
            sort_order: Sort direction."""
        return await self._client.request(
            ops.GET_PAYMENTS,
            {
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def iter_get_payments(
        self,
        *,
        sort_field: str,
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> AsyncPager[Payment, GetPaymentsResponse]:
        """Iterate over every item of `get_payments` across pages, fetching each page lazily.

        Iterating yields `payments` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_payments`."""
        return self._client.paginate(
            ops.GET_PAYMENTS,
            {
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    async def get_statement_transactions_202309(
        self,
        *,
        statement_id: str,
        sort_field: str,
        page_token: str | None = None,
        page_size: int | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> GetStatementTransactions202309Response:
        """Get transactions by statement.

        Lists the transactions of one statement (orders, adjustments, reserves) with their fee and revenue
        amounts, plus the statement totals.

        `GET /finance/202309/statements/{statement_id}/statement_transactions` (shop cipher required)

        Args:
            statement_id: Statement id.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            page_size: Number of items per page, 1 to 100 (default 20).
            sort_field: Field to sort by: `order_create_time`.
            sort_order: Sort direction."""
        return await self._client.request(
            ops.GET_STATEMENT_TRANSACTIONS_202309,
            {
                "statement_id": statement_id,
                "page_token": page_token,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def iter_get_statement_transactions_202309(
        self,
        *,
        statement_id: str,
        sort_field: str,
        page_token: str | None = None,
        page_size: int | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> AsyncPager[StatementTransaction, GetStatementTransactions202309Response]:
        """Iterate over every item of `get_statement_transactions_202309` across pages, fetching each page
        lazily.

        Iterating yields `statement_transactions` items; `.pages()` yields whole pages. Takes the same
        arguments as `get_statement_transactions_202309`."""
        return self._client.paginate(
            ops.GET_STATEMENT_TRANSACTIONS_202309,
            {
                "statement_id": statement_id,
                "page_token": page_token,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    async def get_statement_transactions(
        self,
        *,
        statement_id: str,
        sort_field: str,
        page_token: str | None = None,
        page_size: int | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> GetStatementTransactionsResponse:
        """Get transactions by statement (202501).

        Version 202501: lists the transactions of one statement with revenue, shipping, fee and tax
        breakdowns, and reserve details.

        `GET /finance/202501/statements/{statement_id}/statement_transactions` (shop cipher required)

        Args:
            statement_id: Statement id.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            page_size: Number of items per page, 1 to 100 (default 20).
            sort_field: Field to sort by: `order_create_time`.
            sort_order: Sort direction."""
        return await self._client.request(
            ops.GET_STATEMENT_TRANSACTIONS,
            {
                "statement_id": statement_id,
                "page_token": page_token,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def iter_get_statement_transactions(
        self,
        *,
        statement_id: str,
        sort_field: str,
        page_token: str | None = None,
        page_size: int | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> AsyncPager[Transaction, GetStatementTransactionsResponse]:
        """Iterate over every item of `get_statement_transactions` across pages, fetching each page lazily.

        Iterating yields `transactions` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_statement_transactions`."""
        return self._client.paginate(
            ops.GET_STATEMENT_TRANSACTIONS,
            {
                "statement_id": statement_id,
                "page_token": page_token,
                "page_size": page_size,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    async def get_statements(
        self,
        *,
        sort_field: str,
        statement_time_ge: int | None = None,
        statement_time_lt: int | None = None,
        payment_status: Literal["FAILED", "PAID", "PROCESSING"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> GetStatementsResponse:
        """Get statements.

        Lists the shop's daily statements in a time range or by payout status. Use it for an overview of
        settlements; data starts 2023-07-01.

        `GET /finance/202309/statements` (shop cipher required)

        Args:
            statement_time_ge: Only statements generated at or after this time (unix seconds).
            statement_time_lt: Only statements generated before this time (unix seconds).
            payment_status: Only statements in this payout state.
            page_size: Number of items per page, 1 to 100 (default 20).
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_field: Field to sort by: `statement_time`.
            sort_order: Sort direction."""
        return await self._client.request(
            ops.GET_STATEMENTS,
            {
                "statement_time_ge": statement_time_ge,
                "statement_time_lt": statement_time_lt,
                "payment_status": payment_status,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def iter_get_statements(
        self,
        *,
        sort_field: str,
        statement_time_ge: int | None = None,
        statement_time_lt: int | None = None,
        payment_status: Literal["FAILED", "PAID", "PROCESSING"] | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> AsyncPager[Statement, GetStatementsResponse]:
        """Iterate over every item of `get_statements` across pages, fetching each page lazily.

        Iterating yields `statements` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_statements`."""
        return self._client.paginate(
            ops.GET_STATEMENTS,
            {
                "statement_time_ge": statement_time_ge,
                "statement_time_lt": statement_time_lt,
                "payment_status": payment_status,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    async def get_trade_in_account_balance(
        self,
        *,
        currency: str,
    ) -> GetTradeInAccountBalanceResponse:
        """Get TradeIn supplier account balance.

        Returns the available balance of the authorized TradeIn supplier's account in one currency.

        `GET /finance/202609/account_balances` (shop cipher required)

        Args:
            currency: ISO 4217 currency of the balance."""
        return await self._client.request(
            ops.GET_TRADE_IN_ACCOUNT_BALANCE,
            {
                "currency": currency,
            },
        )

    async def get_trade_in_account_transactions(
        self,
        *,
        page_size: int,
        start_time: str | None = None,
        end_time: str | None = None,
        flow_type: Literal["RECHARGE", "REVERSE", "WITHDRAW"] | None = None,
        page_token: str | None = None,
    ) -> GetTradeInAccountTransactionsResponse:
        """Get TradeIn account transactions.

        Lists the account movements (recharges, payouts, reversals) of the authorized TradeIn supplier in a
        time range.

        `GET /finance/202609/account_transactions` (shop cipher required)

        Args:
            start_time: Only movements created at or after this time (RFC 3339).
            end_time: Only movements created before this time (RFC 3339).
            flow_type: Only movements of this type.
            page_size: Number of items per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page."""
        return await self._client.request(
            ops.GET_TRADE_IN_ACCOUNT_TRANSACTIONS,
            {
                "start_time": start_time,
                "end_time": end_time,
                "flow_type": flow_type,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def iter_get_trade_in_account_transactions(
        self,
        *,
        page_size: int,
        start_time: str | None = None,
        end_time: str | None = None,
        flow_type: Literal["RECHARGE", "REVERSE", "WITHDRAW"] | None = None,
        page_token: str | None = None,
    ) -> AsyncPager[Flow, GetTradeInAccountTransactionsResponse]:
        """Iterate over every item of `get_trade_in_account_transactions` across pages, fetching each page
        lazily.

        Iterating yields `flows` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_trade_in_account_transactions`."""
        return self._client.paginate(
            ops.GET_TRADE_IN_ACCOUNT_TRANSACTIONS,
            {
                "start_time": start_time,
                "end_time": end_time,
                "flow_type": flow_type,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    async def get_unsettled_transactions(
        self,
        *,
        sort_field: str,
        search_time_ge: int | None = None,
        search_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> GetUnsettledTransactionsResponse:
        """Get unsettled transactions.

        Lists order and adjustment transactions not settled yet (created after 2025-01-01) with estimated
        amounts. Settled ones move to the statement operations.

        `GET /finance/202507/orders/unsettled` (shop cipher required)

        Args:
            search_time_ge: Only transactions at or after this time (unix seconds).
            search_time_lt: Only transactions before this time (unix seconds).
            page_size: Number of items per page, 1 to 100 (default 20).
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            sort_field: Field to sort by, e.g. `order_create_time`.
            sort_order: Sort direction."""
        return await self._client.request(
            ops.GET_UNSETTLED_TRANSACTIONS,
            {
                "search_time_ge": search_time_ge,
                "search_time_lt": search_time_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    def iter_get_unsettled_transactions(
        self,
        *,
        sort_field: str,
        search_time_ge: int | None = None,
        search_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
        sort_order: Literal["ASC", "DESC"] | None = None,
    ) -> AsyncPager[UnsettledTransaction, GetUnsettledTransactionsResponse]:
        """Iterate over every item of `get_unsettled_transactions` across pages, fetching each page lazily.

        Iterating yields `transactions` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_unsettled_transactions`."""
        return self._client.paginate(
            ops.GET_UNSETTLED_TRANSACTIONS,
            {
                "search_time_ge": search_time_ge,
                "search_time_lt": search_time_lt,
                "page_size": page_size,
                "page_token": page_token,
                "sort_field": sort_field,
                "sort_order": sort_order,
            },
        )

    async def get_withdrawals(
        self,
        *,
        types: list[Literal["PAYMENT", "REFUND", "REVERSE", "SETTLE", "TRANSFER", "WITHDRAW"]],
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> GetWithdrawalsResponse:
        """Get seller financial transactions.

        Lists the seller's balance movements (withdrawals, settlements, transfers, reversals) of the given
        types in a time range.

        `GET /finance/202309/withdrawals` (shop cipher required)

        Args:
            types: Transaction types to return (sent comma-separated).
            create_time_ge: Only records created at or after this time (unix seconds).
            create_time_lt: Only records created before this time (unix seconds).
            page_size: Number of items per page, 1 to 100 (default 20).
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page."""
        return await self._client.request(
            ops.GET_WITHDRAWALS,
            {
                "types": types,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def iter_get_withdrawals(
        self,
        *,
        types: list[Literal["PAYMENT", "REFUND", "REVERSE", "SETTLE", "TRANSFER", "WITHDRAW"]],
        create_time_ge: int | None = None,
        create_time_lt: int | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> AsyncPager[Withdrawal, GetWithdrawalsResponse]:
        """Iterate over every item of `get_withdrawals` across pages, fetching each page lazily.

        Iterating yields `withdrawals` items; `.pages()` yields whole pages. Takes the same arguments as
        `get_withdrawals`."""
        return self._client.paginate(
            ops.GET_WITHDRAWALS,
            {
                "types": types,
                "create_time_ge": create_time_ge,
                "create_time_lt": create_time_lt,
                "page_size": page_size,
                "page_token": page_token,
            },
        )


class AsyncFinanceResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncFinanceResource) -> None:
        self.get_order_statement_transactions_202309 = async_raw(resource.get_order_statement_transactions_202309)
        self.get_order_statement_transactions = async_raw(resource.get_order_statement_transactions)
        self.get_payments_202309 = async_raw(resource.get_payments_202309)
        self.get_payments = async_raw(resource.get_payments)
        self.get_statement_transactions_202309 = async_raw(resource.get_statement_transactions_202309)
        self.get_statement_transactions = async_raw(resource.get_statement_transactions)
        self.get_statements = async_raw(resource.get_statements)
        self.get_trade_in_account_balance = async_raw(resource.get_trade_in_account_balance)
        self.get_trade_in_account_transactions = async_raw(resource.get_trade_in_account_transactions)
        self.get_unsettled_transactions = async_raw(resource.get_unsettled_transactions)
        self.get_withdrawals = async_raw(resource.get_withdrawals)


class AsyncFinanceAt202309:
    """`finance` operations pinned to version 202309."""

    def __init__(self, resource: AsyncFinanceResource) -> None:
        self.get_order_statement_transactions = resource.get_order_statement_transactions_202309
        self.get_payments = resource.get_payments_202309
        self.iter_get_payments = resource.iter_get_payments_202309
        self.get_statement_transactions = resource.get_statement_transactions_202309
        self.iter_get_statement_transactions = resource.iter_get_statement_transactions_202309
        self.get_statements = resource.get_statements
        self.iter_get_statements = resource.iter_get_statements
        self.get_withdrawals = resource.get_withdrawals
        self.iter_get_withdrawals = resource.iter_get_withdrawals


class AsyncFinanceAt202501:
    """`finance` operations pinned to version 202501."""

    def __init__(self, resource: AsyncFinanceResource) -> None:
        self.get_order_statement_transactions = resource.get_order_statement_transactions
        self.get_statement_transactions = resource.get_statement_transactions
        self.iter_get_statement_transactions = resource.iter_get_statement_transactions


class AsyncFinanceAt202507:
    """`finance` operations pinned to version 202507."""

    def __init__(self, resource: AsyncFinanceResource) -> None:
        self.get_unsettled_transactions = resource.get_unsettled_transactions
        self.iter_get_unsettled_transactions = resource.iter_get_unsettled_transactions


class AsyncFinanceAt202605:
    """`finance` operations pinned to version 202605."""

    def __init__(self, resource: AsyncFinanceResource) -> None:
        self.get_payments = resource.get_payments
        self.iter_get_payments = resource.iter_get_payments


class AsyncFinanceAt202609:
    """`finance` operations pinned to version 202609."""

    def __init__(self, resource: AsyncFinanceResource) -> None:
        self.get_trade_in_account_balance = resource.get_trade_in_account_balance
        self.get_trade_in_account_transactions = resource.get_trade_in_account_transactions
        self.iter_get_trade_in_account_transactions = resource.iter_get_trade_in_account_transactions
