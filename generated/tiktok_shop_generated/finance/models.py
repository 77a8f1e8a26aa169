"""Models of the `finance` module.

Statements, settlement transactions, payouts and balances of a shop."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tiktok_shop._contract import NullAsEmpty, OpenEnum, RequestModel, ResponseModel
from tiktok_shop._money import DecimalAmount

__all__ = [
    "AvailableBalance",
    "FeeBreakdown",
    "FeeTaxBreakdown",
    "Flow",
    "FlowAmount",
    "GetOrderStatementTransactions202309Response",
    "GetOrderStatementTransactionsQuery",
    "GetOrderStatementTransactionsResponse",
    "GetPaymentsQuery",
    "GetPaymentsResponse",
    "GetStatementTransactions202309Response",
    "GetStatementTransactionsQuery",
    "GetStatementTransactionsResponse",
    "GetStatementsQuery",
    "GetStatementsResponse",
    "GetTradeInAccountBalanceQuery",
    "GetTradeInAccountBalanceResponse",
    "GetTradeInAccountTransactionsQuery",
    "GetTradeInAccountTransactionsResponse",
    "GetUnsettledTransactionsQuery",
    "GetUnsettledTransactionsResponse",
    "GetWithdrawalsQuery",
    "GetWithdrawalsResponse",
    "Payment",
    "PaymentAmount",
    "PaymentAmountBeforeExchange",
    "ReserveAmount",
    "RevenueBreakdown",
    "SettlementAmount",
    "ShippingCostBreakdown",
    "ShippingSupplementary",
    "SkuStatementTransaction",
    "SkuTransaction",
    "Statement",
    "StatementTransaction",
    "SupplementaryComponent",
    "TaxBreakdown",
    "TotalSettlementBreakdown",
    "Transaction",
    "UnsettledTransaction",
    "Withdrawal",
]


class AvailableBalance(ResponseModel):
    """Available balance."""

    amount: DecimalAmount | None = None
    """Amount as a decimal string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class FeeBreakdown(ResponseModel):
    """Fees charged by TikTok Shop, each in `currency` (negative for charges)."""

    platform_commission_amount: DecimalAmount | None = None
    """Commission charged by TikTok Shop, in `currency`."""

    referral_fee_amount: DecimalAmount | None = None
    """Referral fee for successful orders, in `currency`."""

    refund_administration_fee_amount: str | None = None
    """Refund administration fee, in `currency`."""

    transaction_fee_amount: DecimalAmount | None = None
    """Payment transaction fee, in `currency`."""

    credit_card_handling_fee_amount: DecimalAmount | None = None
    """Credit card handling fee amount, in `currency`."""

    affiliate_commission_amount: DecimalAmount | None = None
    """Commission paid to affiliate creators, in `currency`."""

    affiliate_commission_amount_before_pit: str | None = None
    """Affiliate commission amount before pit, in `currency`."""

    affiliate_partner_commission_amount: DecimalAmount | None = None
    """Commission paid to affiliate partners, in `currency`."""

    affiliate_ads_commission_amount: DecimalAmount | None = None
    """Commission on orders from affiliate ads, in `currency`."""

    sfp_service_fee_amount: DecimalAmount | None = None
    """Sfp service fee amount, in `currency`."""

    live_specials_fee_amount: DecimalAmount | None = None
    """Live specials fee amount, in `currency`."""

    bonus_cashback_service_fee_amount: DecimalAmount | None = None
    """Bonus cashback service fee amount, in `currency`."""

    mall_service_fee_amount: DecimalAmount | None = None
    """Mall service fee amount, in `currency`."""

    voucher_xtra_service_fee_amount: DecimalAmount | None = None
    """Voucher xtra service fee amount, in `currency`."""

    flash_sales_service_fee_amount: DecimalAmount | None = None
    """Flash sales service fee amount, in `currency`."""

    cofunded_promotion_service_fee_amount: DecimalAmount | None = None
    """Cofunded promotion service fee amount, in `currency`."""

    pre_order_service_fee_amount: DecimalAmount | None = None
    """Pre order service fee amount, in `currency`."""

    tsp_commission_amount: DecimalAmount | None = None
    """Tsp commission amount, in `currency`."""

    dt_handling_fee_amount: DecimalAmount | None = None
    """Dt handling fee amount, in `currency`."""

    epr_pob_service_fee_amount: DecimalAmount | None = None
    """Epr pob service fee amount, in `currency`."""

    fee_per_item_sold_amount: DecimalAmount | None = None
    """Fee per item sold amount, in `currency`."""

    seller_paylater_handling_fee_amount: DecimalAmount | None = None
    """Seller paylater handling fee amount, in `currency`."""

    cofunded_creator_bonus_amount: DecimalAmount | None = None
    """Cofunded creator bonus amount, in `currency`."""

    dynamic_commission_amount: DecimalAmount | None = None
    """Dynamic commission amount, in `currency`."""

    external_affiliate_marketing_fee_amount: DecimalAmount | None = None
    """External affiliate marketing fee amount, in `currency`."""

    vn_fix_infrastructure_fee: DecimalAmount | None = None
    """Vn fix infrastructure fee, in `currency`."""

    affiliate_commission_deposit: str | None = None
    """Affiliate commission deposit, in `currency`."""

    affiliate_commission_release: str | None = None
    """Affiliate commission release, in `currency`."""

    tap_shop_ads_commission: DecimalAmount | None = None
    """Tap shop ads commission, in `currency`."""

    shipping_fee_guarantee_service_fee: DecimalAmount | None = None
    """Shipping fee guarantee service fee, in `currency`."""

    installation_service_fee: DecimalAmount | None = None
    """Installation service fee, in `currency`."""

    campaign_resource_fee: DecimalAmount | None = None
    """Campaign resource fee, in `currency`."""

    platform_special_service_fee_amount: DecimalAmount | None = None
    """Platform special service fee amount, in `currency`."""

    smart_promotion_fee_amount: DecimalAmount | None = None
    """Smart promotion fee amount, in `currency`."""

    gmv_max_ad_fee_amount: DecimalAmount | None = None
    """Gmv max ad fee amount, in `currency`."""

    platform_semi_managed_commission_fee: DecimalAmount | None = None
    """Platform semi managed commission fee, in `currency`."""

    platform_semi_managed_commission_fee_tax: DecimalAmount | None = None
    """Platform semi managed commission fee tax, in `currency`."""

    campaign_period_fee_cfp_amount: DecimalAmount | None = None
    """Campaign period fee cfp amount, in `currency`."""

    campaign_period_fee_sp_amount: DecimalAmount | None = None
    """Campaign period fee sp amount, in `currency`."""

    campaign_period_fee_sp_tax_amount: DecimalAmount | None = None
    """Campaign period fee sp tax amount, in `currency`."""

    campaign_period_fee_cfp_tax_amount: DecimalAmount | None = None
    """Campaign period fee cfp tax amount, in `currency`."""

    seller_growth_fee_amount: DecimalAmount | None = None
    """Seller growth fee amount, in `currency`."""

    category_led_campaign_fee_amount: DecimalAmount | None = None
    """Category led campaign fee amount, in `currency`."""

    category_led_campaign_fee_tax_amount: DecimalAmount | None = None
    """Category led campaign fee tax amount, in `currency`."""

    brand_amplification_program_commission: DecimalAmount | None = None
    """Brand amplification program commission, in `currency`."""

    brand_amplification_program_fee_tax: DecimalAmount | None = None
    """Brand amplification program fee tax, in `currency`."""

    brand_campaign_fee: DecimalAmount | None = None
    """Brand campaign fee, in `currency`."""

    brand_campaign_fee_tax: DecimalAmount | None = None
    """Brand campaign fee tax, in `currency`."""

    failed_delivery_shipping_fee: DecimalAmount | None = None
    """Failed delivery shipping fee, in `currency`."""

    buyer_fault_return_shipping_fee: DecimalAmount | None = None
    """Buyer fault return shipping fee, in `currency`."""

    insurance_fee: DecimalAmount | None = None
    """Insurance fee, in `currency`."""

    gmv_max_coupon_fee: DecimalAmount | None = None
    """Gmv max coupon fee, in `currency`."""

    cps_shop_ads_commission_tax_amount: DecimalAmount | None = None
    """Cps shop ads commission tax amount, in `currency`."""

    shipping_insurance_fee_tax_amount: DecimalAmount | None = None
    """Shipping insurance fee tax amount, in `currency`."""

    new_customer_growth_package_fee: DecimalAmount | None = None
    """New customer growth package fee, in `currency`."""

    target_product_gmv_growth_package_fee: DecimalAmount | None = None
    """Target product gmv growth package fee, in `currency`."""

    store_gmv_growth_package_fee: DecimalAmount | None = None
    """Store gmv growth package fee, in `currency`."""

    auto_post_shoppable_video_commission_fee: DecimalAmount | None = None
    """Auto post shoppable video commission fee, in `currency`."""

    seller_funded_user_spoint_service_fee: DecimalAmount | None = None
    """Seller funded user spoint service fee, in `currency`."""

    affiliate_commission_before_pit_amount: DecimalAmount | None = None
    """Affiliate commission before pit amount, in `currency`."""

    pit_withheld_from_ads_commission_amount: DecimalAmount | None = None
    """Pit withheld from ads commission amount, in `currency`."""

    retail_delivery_fee_amount: DecimalAmount | None = None
    """Net retail delivery fee (US), in `currency`."""

    retail_delivery_fee_payment_amount: DecimalAmount | None = None
    """Retail delivery fee paid by the customer (US), in `currency`."""

    retail_delivery_fee_refund_amount: DecimalAmount | None = None
    """Retail delivery fee refunded to the customer (US), in `currency`."""


class FeeTaxBreakdown(ResponseModel):
    """Fees and taxes of a transaction."""

    fee: FeeBreakdown | None = None
    """Fees charged by TikTok Shop, each in `currency` (negative for charges)."""

    tax: TaxBreakdown | None = None
    """Taxes withheld or paid by the platform, each in `currency`."""


class Flow(ResponseModel):
    """One account movement."""

    transaction_id: str | None = None
    """Movement id."""

    type_: OpenEnum[Literal["RECHARGE", "REVERSE", "WITHDRAW"]] | None = Field(default=None, alias="type")
    """`RECHARGE` (credit), `WITHDRAW` (payout) or `REVERSE` (payout reversed)."""

    direction: OpenEnum[Literal["IN", "OUT"]] | None = None
    """`IN` (credited) or `OUT` (debited)."""

    amount: FlowAmount | None = None
    """Amount moved."""

    create_time: str | None = None
    """Creation time (RFC 3339)."""

    reference_id: str | None = None
    """TradeIn business order id."""

    origin_transaction_id: str | None = None
    """Original movement of a `REVERSE`."""


class FlowAmount(ResponseModel):
    """Amount moved."""

    amount: DecimalAmount | None = None
    """Amount as a decimal string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class GetOrderStatementTransactions202309Response(ResponseModel):
    """The order's settlement transactions."""

    order_id: str | None = None
    """Order id."""

    order_create_time: int | None = None
    """Order creation time (unix seconds)."""

    statement_transactions: NullAsEmpty[list[StatementTransaction]] = Field(default_factory=list)
    """Settlement transactions of the order, with per-SKU details."""


class GetOrderStatementTransactionsQuery(RequestModel):
    """Path and query parameters of FinanceGetOrderStatementTransactions202501."""

    order_id: str = Field(min_length=1, strict=True)
    """Order id."""


class GetOrderStatementTransactionsResponse(ResponseModel):
    """The order's settlement, per SKU."""

    order_id: str | None = None
    """Order id."""

    order_create_time: int | None = None
    """Order creation time (unix seconds)."""

    currency: str | None = None
    """ISO 4217 currency."""

    settlement_amount: DecimalAmount | None = None
    """Amount settled to the seller, in `currency`."""

    revenue_amount: DecimalAmount | None = None
    """Revenue: sales after refunds and discounts, in `currency`."""

    shipping_cost_amount: DecimalAmount | None = None
    """Total shipping cost borne by the seller (negative), in `currency`."""

    fee_and_tax_amount: DecimalAmount | None = None
    """Total fees and taxes, in `currency`."""

    total_count: int | None = None
    """Number of SKU records."""

    sku_transactions: NullAsEmpty[list[SkuTransaction]] = Field(default_factory=list)
    """Settlement of each SKU."""


class GetPaymentsQuery(RequestModel):
    """Path and query parameters of FinanceGetPayments202605."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Only payments created at or after this time (unix seconds)."""

    create_time_lt: int | None = Field(default=None, strict=True)
    """Only payments created before this time (unix seconds)."""

    page_size: int | None = Field(default=None, ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100 (default 20)."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    sort_field: str = Field(min_length=1, strict=True)
    """Field to sort by: `create_time`."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""


class GetPaymentsResponse(ResponseModel):
    """One page of payments."""

    payments: NullAsEmpty[list[Payment]] = Field(default_factory=list)
    """Matching payments."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class GetStatementTransactions202309Response(ResponseModel):
    """A statement's totals and one page of its transactions."""

    statement_id: str | None = None
    """Statement id."""

    statement_time: int | None = None
    """Statement generation time (unix seconds)."""

    currency: str | None = None
    """ISO 4217 currency."""

    settlement_amount: DecimalAmount | None = None
    """Amount settled to the seller, in `currency`."""

    revenue_amount: DecimalAmount | None = None
    """Revenue: sales after refunds and discounts, in `currency`."""

    fee_amount: DecimalAmount | None = None
    """Total fees charged by TikTok Shop (negative), in `currency`."""

    adjustment_amount: DecimalAmount | None = None
    """Adjustment amount, in `currency`."""

    net_sales_amount: DecimalAmount | None = None
    """Revenue after seller discounts (local sellers outside SEA), in `currency`."""

    shipping_cost_amount: DecimalAmount | None = None
    """Total shipping cost borne by the seller (negative), in `currency`."""

    total_count: int | None = None
    """Number of transactions in the statement."""

    statement_transactions: NullAsEmpty[list[StatementTransaction]] = Field(default_factory=list)
    """Transactions of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class GetStatementTransactionsQuery(RequestModel):
    """Path and query parameters of FinanceGetStatementTransactions202501."""

    statement_id: str = Field(min_length=1, strict=True)
    """Statement id."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    page_size: int | None = Field(default=None, ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100 (default 20)."""

    sort_field: str = Field(min_length=1, strict=True)
    """Field to sort by: `order_create_time`."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""


class GetStatementTransactionsResponse(ResponseModel):
    """A statement's totals and one page of its transactions."""

    id: str | None = None
    """Statement id."""

    create_time: int | None = None
    """Statement generation time (unix seconds)."""

    status: str | None = None
    """Statement status; only `SETTLED`."""

    currency: str | None = None
    """ISO 4217 currency."""

    total_settlement_amount: DecimalAmount | None = None
    """Total settled, in `currency`."""

    total_reserve_amount: DecimalAmount | None = None
    """Reserve withheld (negative) or released (positive), in `currency` (UK and US local sellers)."""

    payable_amount: DecimalAmount | None = None
    """Amount paid out: `total_settlement_amount + total_reserve_amount`."""

    total_settlement_breakdown: TotalSettlementBreakdown | None = None
    """Parts of the total settlement, in `currency`."""

    total_count: int | None = None
    """Number of transactions in the statement."""

    transactions: NullAsEmpty[list[Transaction]] = Field(default_factory=list)
    """Transactions of this page."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class GetStatementsQuery(RequestModel):
    """Path and query parameters of FinanceGetStatements."""

    statement_time_ge: int | None = Field(default=None, strict=True)
    """Only statements generated at or after this time (unix seconds)."""

    statement_time_lt: int | None = Field(default=None, strict=True)
    """Only statements generated before this time (unix seconds)."""

    payment_status: Literal["FAILED", "PAID", "PROCESSING"] | None = None
    """Only statements in this payout state."""

    page_size: int | None = Field(default=None, ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100 (default 20)."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    sort_field: str = Field(min_length=1, strict=True)
    """Field to sort by: `statement_time`."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""


class GetStatementsResponse(ResponseModel):
    """One page of statements."""

    statements: NullAsEmpty[list[Statement]] = Field(default_factory=list)
    """Matching statements."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class GetTradeInAccountBalanceQuery(RequestModel):
    """Path and query parameters of FinanceGetTradeInSupplierAccountBalance."""

    currency: str = Field(min_length=1, strict=True)
    """ISO 4217 currency of the balance."""


class GetTradeInAccountBalanceResponse(ResponseModel):
    """The supplier's available balance."""

    available_balance: AvailableBalance | None = None
    """Available balance."""


class GetTradeInAccountTransactionsQuery(RequestModel):
    """Path and query parameters of FinanceGetTradeInAccountTransactions."""

    start_time: str | None = Field(default=None, strict=True)
    """Only movements created at or after this time (RFC 3339)."""

    end_time: str | None = Field(default=None, strict=True)
    """Only movements created before this time (RFC 3339)."""

    flow_type: Literal["RECHARGE", "REVERSE", "WITHDRAW"] | None = None
    """Only movements of this type."""

    page_size: int = Field(ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class GetTradeInAccountTransactionsResponse(ResponseModel):
    """One page of account movements."""

    flows: NullAsEmpty[list[Flow]] = Field(default_factory=list)
    """Account movements; empty when none match."""

    has_more: bool | None = None
    """More movements are available."""

    total_count: int | None = None
    """Total number of matching movements."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class GetUnsettledTransactionsQuery(RequestModel):
    """Path and query parameters of FinanceGetUnsettledTransactions."""

    search_time_ge: int | None = Field(default=None, strict=True)
    """Only transactions at or after this time (unix seconds)."""

    search_time_lt: int | None = Field(default=None, strict=True)
    """Only transactions before this time (unix seconds)."""

    page_size: int | None = Field(default=None, ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100 (default 20)."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""

    sort_field: str = Field(min_length=1, strict=True)
    """Field to sort by, e.g. `order_create_time`."""

    sort_order: Literal["ASC", "DESC"] | None = None
    """Sort direction."""


class GetUnsettledTransactionsResponse(ResponseModel):
    """One page of unsettled transactions."""

    sum_est_adjustment_amount: DecimalAmount | None = None
    """Sum of the estimated adjustments of the matching transactions, in the shop's currency."""

    sum_est_fee_amount: DecimalAmount | None = None
    """Sum of the estimated fees of the matching transactions, in the shop's currency."""

    sum_est_revenue_amount: DecimalAmount | None = None
    """Sum of the estimated revenue of the matching transactions, in the shop's currency."""

    sum_est_settlement_amount: DecimalAmount | None = None
    """Sum of the estimated settlement amounts of the matching transactions, in the shop's currency."""

    transactions: NullAsEmpty[list[UnsettledTransaction]] = Field(default_factory=list)
    """Unsettled transactions of this page."""

    total_count: int | None = None
    """Total number of matching transactions."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class GetWithdrawalsQuery(RequestModel):
    """Path and query parameters of FinanceGetWithdrawals."""

    types: list[Literal["PAYMENT", "REFUND", "REVERSE", "SETTLE", "TRANSFER", "WITHDRAW"]] = Field(min_length=1)
    """Transaction types to return (sent comma-separated)."""

    create_time_ge: int | None = Field(default=None, strict=True)
    """Only records created at or after this time (unix seconds)."""

    create_time_lt: int | None = Field(default=None, strict=True)
    """Only records created before this time (unix seconds)."""

    page_size: int | None = Field(default=None, ge=1, le=100, strict=True)
    """Number of items per page, 1 to 100 (default 20)."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class GetWithdrawalsResponse(ResponseModel):
    """One page of balance movements."""

    withdrawals: NullAsEmpty[list[Withdrawal]] = Field(default_factory=list)
    """Matching records."""

    total_count: int | None = None
    """Total number of matching records."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class Payment(ResponseModel):
    """A payout of settled funds to the seller's bank account."""

    id: str | None = None
    """Payment id."""

    create_time: int | None = None
    """Time the payment was started (unix seconds)."""

    paid_time: int | None = None
    """Time the payment finished (unix seconds); 0 when unknown."""

    status: OpenEnum[Literal["FAILED", "PAID", "PROCESSING"]] | None = None
    """Payment status."""

    amount: PaymentAmount | None = None
    """Amount paid, in the payout currency."""

    settlement_amount: SettlementAmount | None = None
    """Settled amount behind the payment, in the original currency."""

    payment_amount_before_exchange: PaymentAmountBeforeExchange | None = None
    """Payment amount before currency exchange."""

    reserve_amount: ReserveAmount | None = None
    """Reserve withheld from or released into the payment."""

    exchange_rate: str | None = None
    """Exchange rate applied, six decimals."""

    bank_account: str | None = None
    """Bank account, masked except the last 4 digits."""


class PaymentAmount(ResponseModel):
    """Amount paid, in the payout currency."""

    value: str | None = None
    """Amount as a decimal string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class PaymentAmountBeforeExchange(ResponseModel):
    """Payment amount before currency exchange."""

    value: str | None = None
    """Amount as a decimal string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class ReserveAmount(ResponseModel):
    """Reserve withheld from or released into the payment."""

    value: str | None = None
    """Amount as a decimal string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class RevenueBreakdown(ResponseModel):
    """Parts of the revenue amount, in `currency`."""

    subtotal_before_discount_amount: str | None = None
    """Subtotal before discount amount, in `currency`."""

    seller_discount_amount: str | None = None
    """Discounts funded by the seller, in `currency`."""

    refund_subtotal_before_discount_amount: str | None = None
    """Refund subtotal before discount amount, in `currency`."""

    seller_discount_refund_amount: str | None = None
    """Seller discounts returned because of refunds, in `currency`."""

    cod_service_fee_amount: DecimalAmount | None = None
    """Cod service fee amount, in `currency`."""

    refund_cod_service_fee_amount: DecimalAmount | None = None
    """Refund cod service fee amount, in `currency`."""

    distant_item_fee_amount: DecimalAmount | None = None
    """Distant item fee amount, in `currency`."""


class SettlementAmount(ResponseModel):
    """Settled amount behind the payment, in the original currency."""

    value: str | None = None
    """Amount as a decimal string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class ShippingCostBreakdown(ResponseModel):
    """Parts of the shipping cost, each in `currency`."""

    actual_shipping_fee_amount: DecimalAmount | None = None
    """Actual shipping fee, from the package weight and size, in `currency`."""

    international_leg_logistics_amount: DecimalAmount | None = None
    """International leg logistics amount, in `currency`."""

    shipping_fee_discount_amount: str | None = None
    """Shipping fee discount amount, in `currency`."""

    customer_paid_shipping_fee_amount: DecimalAmount | None = None
    """Shipping fee paid by the customer, in `currency`."""

    return_shipping_fee_amount: DecimalAmount | None = None
    """Return shipping fee paid by the seller, in `currency`."""

    replacement_shipping_fee_amount: DecimalAmount | None = None
    """Replacement shipping fee amount, in `currency`."""

    exchange_shipping_fee_amount: DecimalAmount | None = None
    """Exchange shipping fee amount, in `currency`."""

    signature_confirmation_fee_amount: DecimalAmount | None = None
    """Signature confirmation fee, in `currency`."""

    shipping_insurance_fee_amount: DecimalAmount | None = None
    """Shipping insurance fee, in `currency`."""

    fbt_fulfillment_fee_reimbursement_amount: DecimalAmount | None = None
    """Fbt fulfillment fee reimbursement amount, in `currency`."""

    return_shipping_label_fee_amount: DecimalAmount | None = None
    """Return shipping label fee amount, in `currency`."""

    seller_self_shipping_service_fee_amount: DecimalAmount | None = None
    """Seller self shipping service fee amount, in `currency`."""

    return_shipping_fee_paid_buyer_amount: DecimalAmount | None = None
    """Return shipping fee paid buyer amount, in `currency`."""

    failed_delivery_subsidy_amount: DecimalAmount | None = None
    """Failed delivery subsidy amount, in `currency`."""

    fbt_free_shipping_fee_amount: DecimalAmount | None = None
    """Fbt free shipping fee amount, in `currency`."""

    free_return_subsidy_amount: DecimalAmount | None = None
    """Free return subsidy amount, in `currency`."""

    distant_shipping_fee_amount: DecimalAmount | None = None
    """Distant shipping fee amount, in `currency`."""

    shipping_app_service_fee_amount: DecimalAmount | None = None
    """Shipping app service fee amount, in `currency`."""

    logistics_service_fee: DecimalAmount | None = None
    """Logistics service fee, in `currency`."""

    fbt_overall_merchant_subsidy: DecimalAmount | None = None
    """Fbt overall merchant subsidy, in `currency`."""

    fbt_key_merchant_subsidy: DecimalAmount | None = None
    """Fbt key merchant subsidy, in `currency`."""

    tiktok_shop_shipping_incentive_amount: DecimalAmount | None = None
    """Tiktok shop shipping incentive amount, in `currency`."""

    hazmat_noncompliance_fee: DecimalAmount | None = None
    """Hazmat noncompliance fee, in `currency`."""

    hazmat_handling_fee: DecimalAmount | None = None
    """Hazmat handling fee, in `currency`."""

    non_standard_weight_fee: DecimalAmount | None = None
    """Non standard weight fee, in `currency`."""

    non_standard_dimension_fee: DecimalAmount | None = None
    """Non standard dimension fee, in `currency`."""

    shipping_fee_guarantee_reimbursement: DecimalAmount | None = None
    """Shipping fee guarantee reimbursement, in `currency`."""

    sfr_reimbursement: DecimalAmount | None = None
    """Sfr reimbursement, in `currency`."""

    supplementary_component: ShippingSupplementary | None = None
    """Further shipping amounts that explain the shipping cost, each in `currency`."""


class ShippingSupplementary(ResponseModel):
    """Further shipping amounts that explain the shipping cost, each in `currency`."""

    fbt_fulfillment_fee_reimbursement_amount: DecimalAmount | None = None
    """Fbt fulfillment fee reimbursement amount, in `currency`."""

    platform_shipping_fee_discount_amount: str | None = None
    """Shipping discount funded by the platform, in `currency`."""

    promo_shipping_incentive_amount: DecimalAmount | None = None
    """Extra shipping incentive from a promotion, in `currency`."""

    shipping_fee_subsidy_amount: DecimalAmount | None = None
    """Shipping subsidy funded by the platform, in `currency`."""

    seller_shipping_fee_discount_amount: str | None = None
    """Seller shipping fee discount amount, in `currency`."""

    fbt_shipping_cost_amount: DecimalAmount | None = None
    """Shipping cost of Fulfilled by TikTok orders, in `currency`."""

    customer_shipping_fee_offset_amount: DecimalAmount | None = None
    """Offset of shipping incentives or customer shipping fees, in `currency`."""

    fbm_shipping_cost_amount: DecimalAmount | None = None
    """Shipping cost of orders shipped with TikTok Shipping, in `currency`."""

    fbt_fulfillment_fee_amount: DecimalAmount | None = None
    """Fulfilled by TikTok warehouse and shipping fee, in `currency`."""

    return_refund_subsidy_amount: DecimalAmount | None = None
    """Return refund subsidy amount, in `currency`."""

    refunded_customer_shipping_fee_amount: DecimalAmount | None = None
    """Refunded customer shipping fee amount, in `currency`."""

    shipping_fee_guarantee_reimbursement: DecimalAmount | None = None
    """Shipping fee guarantee reimbursement, in `currency`."""

    customer_shipping_fee: DecimalAmount | None = None
    """Customer shipping fee, in `currency`."""

    refund_customer_shipping_fee: DecimalAmount | None = None
    """Refund customer shipping fee, in `currency`."""


class SkuStatementTransaction(ResponseModel):
    """Settlement amounts of one SKU of an order transaction."""

    sku_id: str | None = None
    """SKU id."""

    sku_name: str | None = None
    """SKU name."""

    product_name: str | None = None
    """Product name."""

    quantity: int | None = None
    """Quantity of the SKU settled."""

    currency: str | None = None
    """ISO 4217 currency of the amounts."""

    actual_return_shipping_fee_amount: DecimalAmount | None = None
    """Actual shipping fee of the return, in `currency`."""

    actual_shipping_fee_amount: DecimalAmount | None = None
    """Actual shipping fee, from the package weight and size, in `currency`."""

    adjustment_amount: DecimalAmount | None = None
    """Adjustment amount, in `currency`."""

    affiliate_ads_commission_amount: DecimalAmount | None = None
    """Commission on orders from affiliate ads, in `currency`."""

    affiliate_commission_amount: DecimalAmount | None = None
    """Commission paid to affiliate creators, in `currency`."""

    affiliate_commission_before_pit: str | None = None
    """Affiliate commission before personal income tax, in `currency`."""

    affiliate_partner_commission_amount: DecimalAmount | None = None
    """Commission paid to affiliate partners, in `currency`."""

    after_seller_discounts_subtotal_amount: str | None = None
    """Subtotal after seller discounts, in `currency`."""

    customer_order_refund_amount: DecimalAmount | None = None
    """Order amount refunded to the customer, in `currency`."""

    customer_paid_shipping_fee_amount: DecimalAmount | None = None
    """Shipping fee paid by the customer, in `currency`."""

    customer_paid_shipping_fee_refund_amount: DecimalAmount | None = None
    """Customer-paid shipping fee refunded, in `currency`."""

    customer_payment_amount: DecimalAmount | None = None
    """Amount paid by the customer, in `currency`."""

    customer_refund_amount: DecimalAmount | None = None
    """Amount refunded to the customer, in `currency`."""

    customer_shipping_fee_amount: DecimalAmount | None = None
    """Shipping fee charged to the customer, in `currency`."""

    customer_shipping_fee_offset_amount: DecimalAmount | None = None
    """Offset of shipping incentives or customer shipping fees, in `currency`."""

    fbm_shipping_cost_amount: DecimalAmount | None = None
    """Shipping cost of orders shipped with TikTok Shipping, in `currency`."""

    fbt_fulfillment_fee_amount: DecimalAmount | None = None
    """Fulfilled by TikTok warehouse and shipping fee, in `currency`."""

    isr_income_tax_amount: DecimalAmount | None = None
    """Mexican income tax (ISR) TikTok Shop withholds from the seller's earnings and pays to the tax
    authority, in `currency`."""

    iva_vat_amount: DecimalAmount | None = None
    """Mexican VAT (IVA) TikTok Shop withholds on taxable products and pays to the tax authority, in
    `currency`."""

    fbt_shipping_cost_amount: DecimalAmount | None = None
    """Shipping cost of Fulfilled by TikTok orders, in `currency`."""

    fee_amount: DecimalAmount | None = None
    """Total fees charged by TikTok Shop (negative), in `currency`."""

    gross_sales_amount: DecimalAmount | None = None
    """Sales before discounts, in `currency`."""

    gross_sales_refund_amount: DecimalAmount | None = None
    """Sales refunded, before discounts, in `currency`."""

    net_sales_amount: DecimalAmount | None = None
    """Revenue after seller discounts (local sellers outside SEA), in `currency`."""

    pit_amount: DecimalAmount | None = None
    """Personal income tax paid by the platform on the seller's behalf, in `currency`."""

    platform_commission_amount: DecimalAmount | None = None
    """Commission charged by TikTok Shop, in `currency`."""

    platform_discount_amount: str | None = None
    """Discounts funded by the platform, in `currency`."""

    platform_discount_refund_amount: str | None = None
    """Platform discounts returned because of refunds, in `currency`."""

    platform_refund_subsidy_amount: DecimalAmount | None = None
    """Refund subsidy funded by the platform, in `currency`."""

    platform_shipping_fee_discount_amount: str | None = None
    """Shipping discount funded by the platform, in `currency`."""

    promo_shipping_incentive_amount: DecimalAmount | None = None
    """Extra shipping incentive from a promotion, in `currency`."""

    referral_fee_amount: DecimalAmount | None = None
    """Referral fee for successful orders, in `currency`."""

    refund_administration_fee_amount: str | None = None
    """Refund administration fee, in `currency`."""

    refund_shipping_cost_discount_amount: str | None = None
    """Shipping cost discount returned because of refunds, in `currency`."""

    retail_delivery_fee_amount: DecimalAmount | None = None
    """Net retail delivery fee (US), in `currency`."""

    retail_delivery_fee_payment_amount: DecimalAmount | None = None
    """Retail delivery fee paid by the customer (US), in `currency`."""

    retail_delivery_fee_refund_amount: DecimalAmount | None = None
    """Retail delivery fee refunded to the customer (US), in `currency`."""

    return_shipping_fee_amount: DecimalAmount | None = None
    """Return shipping fee paid by the seller, in `currency`."""

    revenue_amount: DecimalAmount | None = None
    """Revenue: sales after refunds and discounts, in `currency`."""

    sales_tax_amount: DecimalAmount | None = None
    """Net sales tax, in `currency`."""

    sales_tax_payment_amount: DecimalAmount | None = None
    """Sales tax paid by the customer, in `currency`."""

    sales_tax_refund_amount: DecimalAmount | None = None
    """Sales tax refunded to the customer, in `currency`."""

    seller_discount_amount: str | None = None
    """Discounts funded by the seller, in `currency`."""

    seller_discount_refund_amount: str | None = None
    """Seller discounts returned because of refunds, in `currency`."""

    settlement_amount: DecimalAmount | None = None
    """Amount settled to the seller, in `currency`."""

    shipping_cost_amount: DecimalAmount | None = None
    """Total shipping cost borne by the seller (negative), in `currency`."""

    shipping_cost_discount_amount: str | None = None
    """Discount on the shipping cost, in `currency`."""

    shipping_fee_amount: DecimalAmount | None = None
    """Shipping fee charged to the seller, in `currency`."""

    shipping_fee_subsidy_amount: DecimalAmount | None = None
    """Shipping subsidy funded by the platform, in `currency`."""

    shipping_insurance_fee_amount: DecimalAmount | None = None
    """Shipping insurance fee, in `currency`."""

    signature_confirmation_fee_amount: DecimalAmount | None = None
    """Signature confirmation fee, in `currency`."""

    transaction_fee_amount: DecimalAmount | None = None
    """Payment transaction fee, in `currency`."""


class SkuTransaction(ResponseModel):
    """Settlement of one SKU of an order (202501 layout)."""

    sku_id: str | None = None
    """SKU id."""

    sku_name: str | None = None
    """SKU name."""

    product_name: str | None = None
    """Product name."""

    statement_id: str | None = None
    """Statement holding this settlement."""

    quantity: str | None = None
    """Quantity of the SKU settled."""

    settlement_amount: DecimalAmount | None = None
    """Amount settled to the seller, in `currency`."""

    revenue_amount: DecimalAmount | None = None
    """Revenue: sales after refunds and discounts, in `currency`."""

    revenue_breakdown: RevenueBreakdown | None = None
    """Parts of the revenue amount, in `currency`."""

    shipping_cost_amount: DecimalAmount | None = None
    """Total shipping cost borne by the seller (negative), in `currency`."""

    shipping_cost_breakdown: ShippingCostBreakdown | None = None
    """Parts of the shipping cost, each in `currency`."""

    fee_tax_amount: DecimalAmount | None = None
    """Total fees and taxes, in `currency`."""

    fee_tax_breakdown: FeeTaxBreakdown | None = None
    """Fees and taxes of a transaction."""


class Statement(ResponseModel):
    """A daily statement: the transactions settled on one day (generated at 00:00 UTC)."""

    id: str | None = None
    """Statement id."""

    statement_time: int | None = None
    """Generation time (unix seconds)."""

    currency: str | None = None
    """ISO 4217 currency."""

    settlement_amount: DecimalAmount | None = None
    """Amount settled to the seller, in `currency`."""

    revenue_amount: DecimalAmount | None = None
    """Revenue at settlement, in `currency` (not for UK and US)."""

    fee_amount: DecimalAmount | None = None
    """Fees charged at settlement, in `currency`."""

    adjustment_amount: DecimalAmount | None = None
    """Adjustment amount, in `currency`."""

    net_sales_amount: DecimalAmount | None = None
    """Revenue after seller discounts, in `currency` (local sellers outside SEA)."""

    shipping_cost_amount: DecimalAmount | None = None
    """Shipping cost, in `currency` (local sellers outside SEA)."""

    payment_status: OpenEnum[Literal["FAILED", "PAID", "PROCESSING", "SETTLED"]] | None = None
    """Payout state of the statement."""

    payment_id: str | None = None
    """Id of the payment that paid the statement."""

    payment_time: int | None = None
    """Payment time (unix seconds)."""


class StatementTransaction(ResponseModel):
    """One transaction of a statement: an order settlement, an adjustment or a reserve movement, with its
    amount breakdown."""

    id: str | None = None
    """Transaction id."""

    type_: str | None = Field(default=None, alias="type")
    """Transaction type: `ORDER`, `RESERVE`, or an adjustment type such as `CHARGE_BACK` or
    `PLATFORM_REIMBURSEMENT`."""

    status: str | None = None
    """Settlement status of the transaction, e.g. `SETTLED`."""

    statement_id: str | None = None
    """Id of the statement holding the transaction."""

    statement_time: int | None = None
    """Statement generation time (unix seconds)."""

    order_id: str | None = None
    """Order id (order transactions)."""

    order_create_time: int | None = None
    """Order creation time (unix seconds)."""

    adjustment_id: str | None = None
    """Adjustment id (adjustment transactions)."""

    adjustment_order_id: str | None = None
    """Order id the adjustment relates to, if any."""

    currency: str | None = None
    """ISO 4217 currency of the amounts."""

    actual_return_shipping_fee_amount: DecimalAmount | None = None
    """Actual shipping fee of the return, in `currency`."""

    actual_shipping_fee_amount: DecimalAmount | None = None
    """Actual shipping fee, from the package weight and size, in `currency`."""

    adjustment_amount: DecimalAmount | None = None
    """Adjustment amount, in `currency`."""

    affiliate_ads_commission_amount: DecimalAmount | None = None
    """Commission on orders from affiliate ads, in `currency`."""

    affiliate_commission_amount: DecimalAmount | None = None
    """Commission paid to affiliate creators, in `currency`."""

    affiliate_commission_before_pit: str | None = None
    """Affiliate commission before personal income tax, in `currency`."""

    affiliate_partner_commission_amount: DecimalAmount | None = None
    """Commission paid to affiliate partners, in `currency`."""

    after_seller_discounts_subtotal_amount: str | None = None
    """Subtotal after seller discounts, in `currency`."""

    customer_order_refund_amount: DecimalAmount | None = None
    """Order amount refunded to the customer, in `currency`."""

    customer_paid_shipping_fee_amount: DecimalAmount | None = None
    """Shipping fee paid by the customer, in `currency`."""

    customer_paid_shipping_fee_refund_amount: DecimalAmount | None = None
    """Customer-paid shipping fee refunded, in `currency`."""

    customer_payment_amount: DecimalAmount | None = None
    """Amount paid by the customer, in `currency`."""

    customer_refund_amount: DecimalAmount | None = None
    """Amount refunded to the customer, in `currency`."""

    customer_shipping_fee_amount: DecimalAmount | None = None
    """Shipping fee charged to the customer, in `currency`."""

    customer_shipping_fee_offset_amount: DecimalAmount | None = None
    """Offset of shipping incentives or customer shipping fees, in `currency`."""

    fbm_shipping_cost_amount: DecimalAmount | None = None
    """Shipping cost of orders shipped with TikTok Shipping, in `currency`."""

    fbt_fulfillment_fee_amount: DecimalAmount | None = None
    """Fulfilled by TikTok warehouse and shipping fee, in `currency`."""

    fbt_fulfillment_fee_reimbursement_amount: DecimalAmount | None = None
    """What TikTok Shop pays back for Fulfilled by TikTok orders that do not qualify for free shipping (US
    only), in `currency`."""

    isr_income_tax_amount: DecimalAmount | None = None
    """Mexican income tax (ISR) TikTok Shop withholds from the seller's earnings and pays to the tax
    authority, in `currency`."""

    iva_vat_amount: DecimalAmount | None = None
    """Mexican VAT (IVA) TikTok Shop withholds on taxable products and pays to the tax authority, in
    `currency`."""

    fbt_shipping_cost_amount: DecimalAmount | None = None
    """Shipping cost of Fulfilled by TikTok orders, in `currency`."""

    fee_amount: DecimalAmount | None = None
    """Total fees charged by TikTok Shop (negative), in `currency`."""

    gross_sales_amount: DecimalAmount | None = None
    """Sales before discounts, in `currency`."""

    gross_sales_refund_amount: DecimalAmount | None = None
    """Sales refunded, before discounts, in `currency`."""

    net_sales_amount: DecimalAmount | None = None
    """Revenue after seller discounts (local sellers outside SEA), in `currency`."""

    pit_amount: DecimalAmount | None = None
    """Personal income tax paid by the platform on the seller's behalf, in `currency`."""

    platform_commission_amount: DecimalAmount | None = None
    """Commission charged by TikTok Shop, in `currency`."""

    platform_discount_amount: str | None = None
    """Discounts funded by the platform, in `currency`."""

    platform_discount_refund_amount: str | None = None
    """Platform discounts returned because of refunds, in `currency`."""

    platform_refund_subsidy_amount: DecimalAmount | None = None
    """Refund subsidy funded by the platform, in `currency`."""

    platform_shipping_fee_discount_amount: str | None = None
    """Shipping discount funded by the platform, in `currency`."""

    promo_shipping_incentive_amount: DecimalAmount | None = None
    """Extra shipping incentive from a promotion, in `currency`."""

    referral_fee_amount: DecimalAmount | None = None
    """Referral fee for successful orders, in `currency`."""

    refund_administration_fee_amount: str | None = None
    """Refund administration fee, in `currency`."""

    refund_shipping_cost_discount_amount: str | None = None
    """Shipping cost discount returned because of refunds, in `currency`."""

    retail_delivery_fee_amount: DecimalAmount | None = None
    """Net retail delivery fee (US), in `currency`."""

    retail_delivery_fee_payment_amount: DecimalAmount | None = None
    """Retail delivery fee paid by the customer (US), in `currency`."""

    retail_delivery_fee_refund_amount: DecimalAmount | None = None
    """Retail delivery fee refunded to the customer (US), in `currency`."""

    return_shipping_fee_amount: DecimalAmount | None = None
    """Return shipping fee paid by the seller, in `currency`."""

    revenue_amount: DecimalAmount | None = None
    """Revenue: sales after refunds and discounts, in `currency`."""

    sales_tax_amount: DecimalAmount | None = None
    """Net sales tax, in `currency`."""

    sales_tax_payment_amount: DecimalAmount | None = None
    """Sales tax paid by the customer, in `currency`."""

    sales_tax_refund_amount: DecimalAmount | None = None
    """Sales tax refunded to the customer, in `currency`."""

    seller_discount_amount: str | None = None
    """Discounts funded by the seller, in `currency`."""

    seller_discount_refund_amount: str | None = None
    """Seller discounts returned because of refunds, in `currency`."""

    settlement_amount: DecimalAmount | None = None
    """Amount settled to the seller, in `currency`."""

    shipping_cost_amount: DecimalAmount | None = None
    """Total shipping cost borne by the seller (negative), in `currency`."""

    shipping_cost_discount_amount: str | None = None
    """Discount on the shipping cost, in `currency`."""

    shipping_fee_amount: DecimalAmount | None = None
    """Shipping fee charged to the seller, in `currency`."""

    shipping_fee_subsidy_amount: DecimalAmount | None = None
    """Shipping subsidy funded by the platform, in `currency`."""

    shipping_insurance_fee_amount: DecimalAmount | None = None
    """Shipping insurance fee, in `currency`."""

    signature_confirmation_fee_amount: DecimalAmount | None = None
    """Signature confirmation fee, in `currency`."""

    transaction_fee_amount: DecimalAmount | None = None
    """Payment transaction fee, in `currency`."""

    sku_statement_transactions: NullAsEmpty[list[SkuStatementTransaction]] = Field(default_factory=list)
    """Per-SKU breakdown (by-order operation only)."""


class SupplementaryComponent(ResponseModel):
    """Customer-side amounts that explain the transaction (payments, refunds, co-funded discounts, sales
    tax), each in `currency`."""

    customer_payment_amount: DecimalAmount | None = None
    """Amount paid by the customer, in `currency`."""

    customer_refund_amount: DecimalAmount | None = None
    """Amount refunded to the customer, in `currency`."""

    platform_discount_amount: str | None = None
    """Discounts funded by the platform, in `currency`."""

    platform_discount_refund_amount: str | None = None
    """Platform discounts returned because of refunds, in `currency`."""

    seller_cofunded_discount_amount: str | None = None
    """Seller cofunded discount amount, in `currency`."""

    seller_cofunded_discount_refund_amount: str | None = None
    """Seller cofunded discount refund amount, in `currency`."""

    platform_cofunded_discount_amount: str | None = None
    """Platform cofunded discount amount, in `currency`."""

    platform_cofunded_discount_refund_amount: str | None = None
    """Platform cofunded discount refund amount, in `currency`."""

    retail_delivery_fee_amount: DecimalAmount | None = None
    """Net retail delivery fee (US), in `currency`."""

    retail_delivery_fee_payment_amount: DecimalAmount | None = None
    """Retail delivery fee paid by the customer (US), in `currency`."""

    retail_delivery_fee_refund_amount: DecimalAmount | None = None
    """Retail delivery fee refunded to the customer (US), in `currency`."""

    sales_tax_amount: DecimalAmount | None = None
    """Net sales tax, in `currency`."""

    sales_tax_payment_amount: DecimalAmount | None = None
    """Sales tax paid by the customer, in `currency`."""

    sales_tax_refund_amount: DecimalAmount | None = None
    """Sales tax refunded to the customer, in `currency`."""


class TaxBreakdown(ResponseModel):
    """Taxes withheld or paid by the platform, each in `currency`."""

    vat_amount: DecimalAmount | None = None
    """Vat amount, in `currency`."""

    import_vat_amount: DecimalAmount | None = None
    """Import vat amount, in `currency`."""

    customs_duty_amount: DecimalAmount | None = None
    """Customs duty amount, in `currency`."""

    customs_clearance_amount: DecimalAmount | None = None
    """Customs clearance amount, in `currency`."""

    sst_amount: DecimalAmount | None = None
    """Sst amount, in `currency`."""

    gst_amount: DecimalAmount | None = None
    """Gst amount, in `currency`."""

    iva_amount: DecimalAmount | None = None
    """Iva amount, in `currency`."""

    isr_amount: DecimalAmount | None = None
    """Isr amount, in `currency`."""

    anti_dumping_duty_amount: DecimalAmount | None = None
    """Anti dumping duty amount, in `currency`."""

    local_vat_amount: DecimalAmount | None = None
    """Local vat amount, in `currency`."""

    pit_amount: DecimalAmount | None = None
    """Personal income tax paid by the platform on the seller's behalf, in `currency`."""

    sales_tax_referral_fee_amount: DecimalAmount | None = None
    """Sales tax referral fee amount, in `currency`."""

    smart_promotion_fee_tax_amount: DecimalAmount | None = None
    """Smart promotion fee tax amount, in `currency`."""

    cedular_tax: DecimalAmount | None = None
    """Cedular tax, in `currency`."""

    new_customer_growth_package_fee_tax: DecimalAmount | None = None
    """New customer growth package fee tax, in `currency`."""

    store_gmv_growth_package_fee_sales_tax: DecimalAmount | None = None
    """Store gmv growth package fee sales tax, in `currency`."""

    target_product_gmv_growth_package_tax: DecimalAmount | None = None
    """Target product gmv growth package tax, in `currency`."""

    auto_post_shoppable_video_sales_tax: DecimalAmount | None = None
    """Auto post shoppable video sales tax, in `currency`."""

    article_22_income_tax_withheld: str | None = None
    """Article 22 income tax withheld, in `currency`."""

    sales_tax_amount: DecimalAmount | None = None
    """Net sales tax, in `currency`."""

    sales_tax_payment_amount: DecimalAmount | None = None
    """Sales tax paid by the customer, in `currency`."""

    sales_tax_refund_amount: DecimalAmount | None = None
    """Sales tax refunded to the customer, in `currency`."""


class TotalSettlementBreakdown(ResponseModel):
    """Parts of the total settlement, in `currency`."""

    total_revenue_amount: DecimalAmount | None = None
    """Total revenue."""

    total_shipping_cost_amount: DecimalAmount | None = None
    """Total shipping cost."""

    total_fee_tax_amount: DecimalAmount | None = None
    """Total fees and taxes."""

    total_adjustment_amount: DecimalAmount | None = None
    """Total adjustments."""


class Transaction(ResponseModel):
    """One settled transaction of a statement (202501 layout): an order, an adjustment or a reserve
    movement."""

    id: str | None = None
    """Transaction id."""

    type_: str | None = Field(default=None, alias="type")
    """Transaction type: `ORDER`, `RESERVE`, or an adjustment type such as `CHARGE_BACK`,
    `PLATFORM_REIMBURSEMENT`, `SHIPPING_FEE_ADJUSTMENT`."""

    order_id: str | None = None
    """Order id (order transactions)."""

    order_create_time: int | None = None
    """Order creation time (unix seconds)."""

    adjustment_id: str | None = None
    """Adjustment id (adjustment transactions)."""

    adjustment_order_id: str | None = None
    """Order id the adjustment relates to, if any."""

    adjustment_amount: DecimalAmount | None = None
    """Adjustment amount, in `currency`."""

    settlement_amount: DecimalAmount | None = None
    """Amount settled to the seller, in `currency`."""

    revenue_amount: DecimalAmount | None = None
    """Revenue: sales after refunds and discounts, in `currency`."""

    revenue_breakdown: RevenueBreakdown | None = None
    """Parts of the revenue amount, in `currency`."""

    shipping_cost_amount: DecimalAmount | None = None
    """Total shipping cost borne by the seller (negative), in `currency`."""

    shipping_cost_breakdown: ShippingCostBreakdown | None = None
    """Parts of the shipping cost, each in `currency`."""

    fee_tax_amount: DecimalAmount | None = None
    """Total fees and taxes, in `currency`."""

    fee_tax_breakdown: FeeTaxBreakdown | None = None
    """Fees and taxes of a transaction."""

    supplementary_component: SupplementaryComponent | None = None
    """Customer-side amounts that explain the transaction (payments, refunds, co-funded discounts, sales
    tax), each in `currency`."""

    reserve_id: str | None = None
    """Reserve transaction id (reserve transactions)."""

    reserve_amount: DecimalAmount | None = None
    """Reserve amount: negative when withheld, positive when released."""

    associated_order_id: str | None = None
    """Order the reserve relates to."""

    reserve_status: OpenEnum[Literal["COLLECTED", "RELEASED"]] | None = None
    """Reserve state: `COLLECTED` (withheld) or `RELEASED` (paid out)."""

    estimated_release_time: str | None = None
    """Expected release time of the reserve (unix seconds as a string); empty once released."""


class UnsettledTransaction(ResponseModel):
    """One transaction not settled yet; amounts are estimates that may change before settlement."""

    id: str | None = None
    """Transaction id."""

    type_: str | None = Field(default=None, alias="type")
    """Transaction type: `ORDER` or an adjustment type."""

    status: str | None = None
    """Always `UNSETTLED`."""

    currency: str | None = None
    """ISO 4217 currency of the amounts."""

    estimated_settlement: str | int | None = None
    """Expected settlement: a rule such as `Delivered + N days` before delivery, else unix seconds
    (reported as a string and as a number)."""

    unsettled_reason: str | None = None
    """Why the transaction is not settled yet."""

    order_id: str | None = None
    """Order id."""

    order_create_time: int | None = None
    """Order creation time (unix seconds)."""

    order_delivery_time: int | None = None
    """Order delivery time (unix seconds); absent before delivery."""

    adjustment_id: str | None = None
    """Adjustment id (adjustment transactions)."""

    adjustment_order_id: str | None = None
    """Order id the adjustment relates to, if any."""

    est_settlement_amount: DecimalAmount | None = None
    """Estimated settlement amount."""

    est_revenue_amount: DecimalAmount | None = None
    """Estimated revenue."""

    est_shipping_cost_amount: DecimalAmount | None = None
    """Estimated shipping cost."""

    est_fee_tax_amount: DecimalAmount | None = None
    """Estimated fees and taxes."""

    est_adjustment_amount: DecimalAmount | None = None
    """Estimated adjustment amount."""

    revenue_breakdown: RevenueBreakdown | None = None
    """Parts of the revenue amount, in `currency`."""

    shipping_cost_breakdown: ShippingCostBreakdown | None = None
    """Parts of the shipping cost, each in `currency`."""

    fee_tax_breakdown: FeeTaxBreakdown | None = None
    """Fees and taxes of a transaction."""


class Withdrawal(ResponseModel):
    """One balance movement."""

    id: str | None = None
    """Transaction id."""

    type_: (
        OpenEnum[
            Literal[
                "PAYMENT",
                "POLICY_VIOLATION_DEDUCTION",
                "REFUND",
                "REVERSE",
                "REWARD",
                "SETTLE",
                "TRANSFER",
                "UNKNOWN",
                "WITHDRAW",
            ]
        ]
        | None
    ) = Field(default=None, alias="type")
    """Movement type: `WITHDRAW` (to the bank card), `SETTLE` (settled by the platform), `TRANSFER`
    (platform subsidy or deduction), `REVERSE` (failed withdrawal), or others."""

    amount: DecimalAmount | None = None
    """Amount, in `currency`."""

    currency: str | None = None
    """ISO 4217 currency."""

    status: (
        OpenEnum[
            Literal[
                "CLOSED",
                "EXCEPTION",
                "FAILED",
                "INIT",
                "ORDERED",
                "PROCESSED",
                "PROCESSING",
                "RECEIVED",
                "REVERSED",
                "SUCCESS",
                "UNKNOWN",
            ]
        ]
        | None
    ) = None
    """Processing status."""

    create_time: int | None = None
    """Creation time (unix seconds)."""
