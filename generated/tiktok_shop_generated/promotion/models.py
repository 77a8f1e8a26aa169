"""Models of the `promotion` module.

Promotion activities (discounts, flash sales, shipping and bundle deals) and coupons."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictStr

from tiktok_shop._contract import RequestModel, ResponseModel

__all__ = [
    "PromotionActivityProduct",
    "PromotionActivityProductSkus",
    "PromotionActivitySummary",
    "PromotionActivitySummaryParticipationLimit",
    "PromotionCoupon",
    "PromotionCouponClaimDuration",
    "PromotionCouponDiscount",
    "PromotionCouponLiveTask",
    "PromotionCouponRedemptionDuration",
    "PromotionCouponThreshold",
    "PromotionCouponUsageLimits",
    "PromotionCouponUsageStats",
    "PromotionCreateActivityParticipationLimit",
    "PromotionCreateActivityRequest",
    "PromotionCreateActivityResponse",
    "PromotionCreateActivityTargetUserInfo",
    "PromotionDeactivateActivityQuery",
    "PromotionDeactivateActivityResponse",
    "PromotionDeleteActivityProductsQuery",
    "PromotionDeleteActivityProductsRequest",
    "PromotionDeleteActivityProductsResponse",
    "PromotionDiscount",
    "PromotionDiscountAreaScope",
    "PromotionDiscountAreaScopeInput",
    "PromotionDiscountBmsmDiscount",
    "PromotionDiscountBmsmDiscountInput",
    "PromotionDiscountBxgyDiscount",
    "PromotionDiscountBxgyDiscountInput",
    "PromotionDiscountDetail",
    "PromotionDiscountDetailInput",
    "PromotionDiscountGiftDetail",
    "PromotionDiscountGiftDetailInput",
    "PromotionDiscountGiftDiscount",
    "PromotionDiscountGiftDiscountInput",
    "PromotionDiscountGiftInfo",
    "PromotionDiscountGiftInfoInput",
    "PromotionDiscountInput",
    "PromotionDiscountShippingDiscount",
    "PromotionDiscountShippingDiscountInput",
    "PromotionGetActivityDetailBenefitProduct",
    "PromotionGetActivityDetailParticipationLimit",
    "PromotionGetActivityDetailQuery",
    "PromotionGetActivityDetailResponse",
    "PromotionGetActivityDetailTargetUserInfo",
    "PromotionGetCouponDetailQuery",
    "PromotionGetCouponDetailResponse",
    "PromotionMoney",
    "PromotionRepublishActivityQuery",
    "PromotionRepublishActivityRequest",
    "PromotionRepublishActivityResponse",
    "PromotionSearchActivitiesRequest",
    "PromotionSearchActivitiesResponse",
    "PromotionSearchCouponsQuery",
    "PromotionSearchCouponsRequest",
    "PromotionSearchCouponsResponse",
    "PromotionUpdateActivityParticipationLimit",
    "PromotionUpdateActivityProductsProduct",
    "PromotionUpdateActivityProductsQuery",
    "PromotionUpdateActivityProductsRequest",
    "PromotionUpdateActivityProductsResponse",
    "PromotionUpdateActivityProductsSkus",
    "PromotionUpdateActivityQuery",
    "PromotionUpdateActivityRequest",
    "PromotionUpdateActivityResponse",
    "PromotionUpdateActivityTargetUserInfo",
]


class PromotionActivityProduct(ResponseModel):
    """A product in a product discount or flash sale activity."""

    id: str | None = None
    """Product id."""

    activity_price: PromotionMoney | None = None
    """An amount of money."""

    discount: str | None = None
    """Percentage off, e.g. `10` for 10% off (`DIRECT_DISCOUNT`)."""

    quantity_limit: int | None = None
    """Total quantity available at the deal price, or -1 for no limit."""

    quantity_per_user: int | None = None
    """Maximum quantity per buyer, 1 to 99, or -1 for no limit."""

    used_quantity: int | None = None
    """Quantity already sold under the activity."""

    skus: list[PromotionActivityProductSkus] | None = None
    """SKUs in the activity (only when `product_level` is `VARIATION`)."""


class PromotionActivityProductSkus(ResponseModel):
    """One SKU in the activity."""

    id: str | None = None
    """SKU id."""

    activity_price: PromotionMoney | None = None
    """An amount of money."""

    discount: str | None = None
    """Percentage off, e.g. `10`."""

    quantity_limit: int | None = None
    """Total quantity available at the deal price, or -1 for no limit."""

    quantity_per_user: int | None = None
    """Maximum quantity per buyer, 1 to 99, or -1 for no limit."""

    used_quantity: int | None = None
    """Quantity already sold under the activity."""


class PromotionActivitySummary(ResponseModel):
    """A promotion activity as listed by search."""

    id: str | None = None
    """Activity id."""

    title: str | None = None
    """Activity name, unique, at most 50 characters."""

    activity_type: str | None = None
    """Activity type: `FIXED_PRICE` (fixed deal price), `DIRECT_DISCOUNT` (percentage off), `FLASHSALE`,
    `SHIPPING_DISCOUNT`, `BUY_MORE_SAVE_MORE`, `GIFT_WITH_PURCHASE` or `BUY_X_GET_Y`. Known values:
    FIXED_PRICE, DIRECT_DISCOUNT, FLASHSALE, SHIPPING_DISCOUNT, BUY_MORE_SAVE_MORE, GIFT_WITH_PURCHASE,
    BUY_X_GET_Y."""

    status: str | None = None
    """Activity status; only `ONGOING` activities are visible to buyers. Known values: DRAFT, NOT_START,
    ONGOING, EXPIRED, DEACTIVATED, NOT_EFFECTIVE."""

    product_level: str | None = None
    """Product scope: `PRODUCT` (whole products), `VARIATION` (individual SKUs) or `SHOP` (every product).
    Known values: PRODUCT, VARIATION, SHOP."""

    duration_type: str | None = None
    """`NORMAL` (runs between `begin_time` and `end_time`, the default) or `INDEFINITE` (no end; shipping
    discounts only, times 0). Known values: NORMAL, INDEFINITE."""

    begin_time: int | None = None
    """Start time (unix seconds)."""

    end_time: int | None = None
    """End time (unix seconds)."""

    create_time: int | None = None
    """Creation time (unix milliseconds)."""

    update_time: int | None = None
    """Last update time (unix milliseconds)."""

    activity_commands: list[str] | None = None
    """Commands allowed on the activity; `IMMUTABLE` means it cannot be edited or deactivated."""

    participation_limit: list[PromotionActivitySummaryParticipationLimit] | None = None
    """How often one buyer can benefit from the activity."""

    discount: PromotionDiscount | None = None
    """Benefit settings of an activity; set the part matching `activity_type` (product discounts use
    per-product prices instead)."""

    auction_support_type: str | None = None
    """Shipping discounts only: `ALL` products, or `EXCLUDE_AUCTION` to leave auction products out. Known
    values: ALL, EXCLUDE_AUCTION."""


class PromotionActivitySummaryParticipationLimit(ResponseModel):
    """One participation rule."""

    type_: str | None = Field(default=None, alias="type")
    """`BUYER_NO_LIMIT` (any number of orders, the default) or `BUYER_LIMIT_ONLY_ONE` (one order). Known
    values: BUYER_NO_LIMIT, BUYER_LIMIT_ONLY_ONE."""


class PromotionCoupon(ResponseModel):
    """A seller coupon."""

    id: str | None = None
    """Coupon id."""

    title: str | None = None
    """Coupon title."""

    status: str | None = None
    """Coupon status. Known values: NOT_START, ONGOING, EXPIRED, DEACTIVATED."""

    display_type: str | None = None
    """Where the coupon shows: `REGULAR` (everywhere), `LIVE`, `CREATOR_EXCLUSIVE`, `CHAT` (sent in
    customer service chat), `PROMO_CODE`. Known values: REGULAR, LIVE, CREATOR_EXCLUSIVE, CHAT,
    PROMO_CODE."""

    display_channels: list[str] | None = None
    """Channels where the coupon is shown or distributed."""

    create_time: int | None = None
    """Creation time (unix milliseconds)."""

    update_time: int | None = None
    """Last update time (unix milliseconds)."""

    claim_duration: PromotionCouponClaimDuration | None = None
    """When buyers can claim the coupon."""

    redemption_duration: PromotionCouponRedemptionDuration | None = None
    """When a claimed coupon can be used."""

    promo_code: str | None = None
    """Promotion code (only for `PROMO_CODE` coupons)."""

    target_buyer_segment: str | None = None
    """Buyers who may claim the coupon. Known values: ALL, NEW, REPEAT_CUSTOMERS, RECENT_CUSTOMERS,
    FREQUENT_CUSTOMERS, LAPSED_CUSTOMERS."""

    usage_limits: PromotionCouponUsageLimits | None = None
    """Claim and use limits."""

    usage_stats: PromotionCouponUsageStats | None = None
    """Claim and use counts so far."""

    discount: PromotionCouponDiscount | None = None
    """The benefit of the coupon."""

    threshold: PromotionCouponThreshold | None = None
    """Purchase condition to use the coupon."""

    product_scope: str | None = None
    """`FULL_SHOP` (every product) or `SPECIFIC_PRODUCTS` (see `product_ids`). Known values: FULL_SHOP,
    SPECIFIC_PRODUCTS."""

    product_ids: list[str] | None = None
    """Eligible products when `product_scope` is `SPECIFIC_PRODUCTS` (detail only)."""

    seller_tnc: str | None = None
    """Seller's own terms and conditions."""

    creation_source: str | None = None
    """Where the coupon was created. Known values: SELLER_CENTER, SELLER_APP, TTS_CRM."""

    live_tasks: list[PromotionCouponLiveTask] | None = None
    """Tasks a LIVE viewer must complete before claiming."""


class PromotionCouponClaimDuration(ResponseModel):
    """When buyers can claim the coupon."""

    start_time: int | None = None
    """Claiming opens (unix seconds)."""

    end_time: int | None = None
    """Claiming closes (unix seconds)."""


class PromotionCouponDiscount(ResponseModel):
    """The benefit of the coupon."""

    type_: str | None = Field(default=None, alias="type")
    """`AMOUNT_OFF` (minus `reduction_amount`) or `PERCENT_OFF` (minus `percentage`). Known values:
    AMOUNT_OFF, PERCENT_OFF."""

    reduction_amount: PromotionMoney | None = None
    """An amount of money."""

    percentage: str | None = None
    """Percentage off, in percentage points."""

    max_discount: PromotionMoney | None = None
    """An amount of money."""


class PromotionCouponLiveTask(ResponseModel):
    """One task."""

    type_: str | None = Field(default=None, alias="type")
    """`NONE`, `FOLLOW_HOST` or `WATCH_FOR_MIN_TIME`. Known values: NONE, FOLLOW_HOST, WATCH_FOR_MIN_TIME."""

    min_watch_time: str | None = None
    """Seconds of watching required for `WATCH_FOR_MIN_TIME`."""


class PromotionCouponRedemptionDuration(ResponseModel):
    """When a claimed coupon can be used."""

    type_: str | None = Field(default=None, alias="type")
    """`ABSOLUTE` (from `start_time` to `end_time`) or `RELATIVE` (`relative_time` days from claiming).
    Known values: ABSOLUTE, RELATIVE."""

    start_time: int | None = None
    """Use period start (unix seconds, `ABSOLUTE`)."""

    end_time: int | None = None
    """Use period end (unix seconds, `ABSOLUTE`)."""

    relative_time: int | None = None
    """Days the coupon stays usable after claiming (`RELATIVE`)."""


class PromotionCouponThreshold(ResponseModel):
    """Purchase condition to use the coupon."""

    type_: str | None = Field(default=None, alias="type")
    """`NONE` or `MIN_SPEND`. Known values: NONE, MIN_SPEND."""

    min_spend: PromotionMoney | None = None
    """An amount of money."""


class PromotionCouponUsageLimits(ResponseModel):
    """Claim and use limits."""

    single_buyer_claim_limit: int | None = None
    """Times one buyer can claim the coupon."""

    total_claim_limit: int | None = None
    """Total claims allowed across buyers."""

    redemption_limit: int | None = None
    """Total uses allowed across buyers."""


class PromotionCouponUsageStats(ResponseModel):
    """Claim and use counts so far."""

    claimed_count: int | None = None
    """Times the coupon was claimed."""

    redeemed_count: int | None = None
    """Times the coupon was used."""


class PromotionCreateActivityParticipationLimit(RequestModel):
    """One participation rule."""

    type_: Literal["BUYER_LIMIT_ONLY_ONE", "BUYER_NO_LIMIT"] | None = Field(default=None, alias="type")
    """`BUYER_NO_LIMIT` (any number of orders, the default) or `BUYER_LIMIT_ONLY_ONE` (one order)."""


class PromotionCreateActivityRequest(RequestModel):
    """The new activity."""

    title: str = Field(strict=True)
    """Activity name, unique across the seller's activities (at most 50 characters for flash sales and
    shipping discounts)."""

    activity_type: Literal[
        "BUY_MORE_SAVE_MORE",
        "BUY_X_GET_Y",
        "DIRECT_DISCOUNT",
        "FIXED_PRICE",
        "FLASHSALE",
        "GIFT_WITH_PURCHASE",
        "SHIPPING_DISCOUNT",
    ]
    """Activity type: `FIXED_PRICE` (fixed deal price), `DIRECT_DISCOUNT` (percentage off), `FLASHSALE`,
    `SHIPPING_DISCOUNT`, `BUY_MORE_SAVE_MORE`, `GIFT_WITH_PURCHASE` or `BUY_X_GET_Y`."""

    product_level: Literal["PRODUCT", "SHOP", "VARIATION"]
    """Product scope: `PRODUCT` (whole products), `VARIATION` (individual SKUs) or `SHOP` (every product)."""

    begin_time: int = Field(strict=True)
    """Start time (unix seconds), in the future."""

    end_time: int = Field(strict=True)
    """End time (unix seconds), after `begin_time`."""

    duration_type: Literal["INDEFINITE", "NORMAL"] | None = None
    """`NORMAL` (runs between `begin_time` and `end_time`, the default) or `INDEFINITE` (no end; shipping
    discounts only, times 0)."""

    participation_limit: list[PromotionCreateActivityParticipationLimit] | None = None
    """How often one buyer can benefit from the activity."""

    discount: PromotionDiscountInput | None = None
    """Benefit settings of an activity; set the part matching `activity_type` (product discounts use
    per-product prices instead)."""

    target_user_info: PromotionCreateActivityTargetUserInfo | None = None
    """Buyers the activity targets."""

    auction_support_type: Literal["ALL", "EXCLUDE_AUCTION"] | None = None
    """Shipping discounts only: `ALL` products, or `EXCLUDE_AUCTION` to leave auction products out."""


class PromotionCreateActivityResponse(ResponseModel):
    """The created activity."""

    activity_id: str | None = None
    """Id of the new activity."""

    status: str | None = None
    """Activity status; only `ONGOING` activities are visible to buyers. Known values: DRAFT, NOT_START,
    ONGOING, EXPIRED, DEACTIVATED, NOT_EFFECTIVE."""

    create_time: int | None = None
    """Creation time (unix seconds)."""

    update_time: int | None = None
    """Last update time (unix seconds)."""


class PromotionCreateActivityTargetUserInfo(RequestModel):
    """Buyers the activity targets."""

    user_type: Literal["ALL_USER", "SHOP_EXISTING_CUSTOMER", "SHOP_NEW_CUSTOMER", "SHOP_REPEAT_CUSTOMER"] | None = None
    """Targeted buyers."""


class PromotionDeactivateActivityQuery(RequestModel):
    """Path and query parameters of PromotionDeactivateActivity."""

    activity_id: str = Field(min_length=1, strict=True)
    """Activity id."""


class PromotionDeactivateActivityResponse(ResponseModel):
    """The deactivated activity."""

    activity_id: str | None = None
    """Activity id."""

    title: str | None = None
    """Activity name."""

    status: str | None = None
    """Status after deactivation (`DEACTIVATED`). Known values: DRAFT, NOT_START, ONGOING, EXPIRED,
    DEACTIVATED, NOT_EFFECTIVE."""

    update_time: int | None = None
    """Time of the deactivation (unix seconds)."""


class PromotionDeleteActivityProductsQuery(RequestModel):
    """Path and query parameters of PromotionDeleteActivityProducts."""

    activity_id: str = Field(min_length=1, strict=True)
    """Activity id."""


class PromotionDeleteActivityProductsRequest(RequestModel):
    """Items to remove; give at least one non-empty list."""

    product_ids: list[StrictStr] | None = Field(default=None, max_length=300)
    """Products to remove, at most 300."""

    sku_ids: list[StrictStr] | None = None
    """SKUs to remove (not for `PRODUCT`-level activities)."""

    benefit_product_ids: list[StrictStr] | None = None
    """Benefit products to remove (Buy More Save More, Buy X Get Y)."""

    exclude_product_ids: list[StrictStr] | None = None
    """Excluded products to remove (`SHOP`-scoped Buy More Save More, Buy X Get Y)."""


class PromotionDeleteActivityProductsResponse(ResponseModel):
    """The activity after the change."""

    activity_id: str | None = None
    """Activity id."""

    status: str | None = None
    """Activity status; only `ONGOING` activities are visible to buyers. Known values: DRAFT, NOT_START,
    ONGOING, EXPIRED, DEACTIVATED, NOT_EFFECTIVE."""

    update_time: int | None = None
    """Time of the change (unix seconds)."""


class PromotionDiscount(ResponseModel):
    """Benefit settings of an activity; set the part matching `activity_type` (product discounts use
    per-product prices instead)."""

    shipping_discount: PromotionDiscountShippingDiscount | None = None
    """Shipping discount (`SHIPPING_DISCOUNT`)."""

    bmsm_discount: PromotionDiscountBmsmDiscount | None = None
    """Buy More Save More tiers (`BUY_MORE_SAVE_MORE`)."""

    gift_discount: PromotionDiscountGiftDiscount | None = None
    """Gift With Purchase tiers (`GIFT_WITH_PURCHASE`)."""

    bxgy_discount: PromotionDiscountBxgyDiscount | None = None
    """Buy X Get Y settings (`BUY_X_GET_Y`)."""


class PromotionDiscountAreaScope(ResponseModel):
    """Buyer areas the discount applies to."""

    type_: str | None = Field(default=None, alias="type")
    """`WHOLE` (every area the seller ships to) or `SPECIFIC_AREAS`. Known values: WHOLE, SPECIFIC_AREAS."""

    specific_areas: list[str] | None = None
    """Areas covered when `type` is `SPECIFIC_AREAS`."""


class PromotionDiscountAreaScopeInput(RequestModel):
    """Buyer areas the discount applies to."""

    type_: Literal["SPECIFIC_AREAS", "WHOLE"] | None = Field(default=None, alias="type")
    """`WHOLE` (every area the seller ships to) or `SPECIFIC_AREAS`."""

    specific_areas: list[StrictStr] | None = None
    """Areas covered when `type` is `SPECIFIC_AREAS`."""


class PromotionDiscountBmsmDiscount(ResponseModel):
    """Buy More Save More tiers (`BUY_MORE_SAVE_MORE`)."""

    details: list[PromotionDiscountDetail] | None = None
    """One or two tiers sharing `threshold_type` and `type`."""


class PromotionDiscountBmsmDiscountInput(RequestModel):
    """Buy More Save More tiers (`BUY_MORE_SAVE_MORE`)."""

    details: list[PromotionDiscountDetailInput] | None = None
    """One or two tiers sharing `threshold_type` and `type`."""


class PromotionDiscountBxgyDiscount(ResponseModel):
    """Buy X Get Y settings (`BUY_X_GET_Y`)."""

    threshold_type: str | None = None
    """Condition on the X products: minimum item count or minimum order amount. Known values:
    MINIMAL_ITEM_QUANTITY, MINIMAL_ORDER_AMOUNT."""

    threshold_value: str | None = None
    """Threshold: an item count or an amount."""

    discount_type: str | None = None
    """Benefit on the Y products: `PERCENTAGE_OFF`, `AMOUNT_OFF_EACH` or `FREE`. Known values:
    PERCENTAGE_OFF, AMOUNT_OFF_EACH, FREE."""

    discount_value: str | None = None
    """Benefit value: a percentage or an amount; omit for `FREE`."""

    benefit_max_applicable_quantity: str | None = None
    """Number of Y items given each time the benefit applies."""

    benefit_max_applicable_times: str | None = None
    """Maximum number of times the benefit applies in one order."""


class PromotionDiscountBxgyDiscountInput(RequestModel):
    """Buy X Get Y settings (`BUY_X_GET_Y`)."""

    threshold_type: Literal["MINIMAL_ITEM_QUANTITY", "MINIMAL_ORDER_AMOUNT"] | None = None
    """Condition on the X products: minimum item count or minimum order amount."""

    threshold_value: str | None = Field(default=None, strict=True)
    """Threshold: an item count or an amount."""

    discount_type: Literal["AMOUNT_OFF_EACH", "FREE", "PERCENTAGE_OFF"] | None = None
    """Benefit on the Y products: `PERCENTAGE_OFF`, `AMOUNT_OFF_EACH` or `FREE`."""

    discount_value: str | None = Field(default=None, strict=True)
    """Benefit value: a percentage or an amount; omit for `FREE`."""

    benefit_max_applicable_quantity: str | None = Field(default=None, strict=True)
    """Number of Y items given each time the benefit applies."""

    benefit_max_applicable_times: str | None = Field(default=None, strict=True)
    """Maximum number of times the benefit applies in one order."""


class PromotionDiscountDetail(ResponseModel):
    """One tier."""

    tier: int | None = None
    """Tier number, starting at 1."""

    threshold_type: str | None = None
    """Condition: minimum item count or minimum order amount. Known values: MINIMAL_ITEM_QUANTITY,
    MINIMAL_ORDER_AMOUNT."""

    threshold_value: str | None = None
    """Threshold: an item count or an amount."""

    type_: str | None = Field(default=None, alias="type")
    """Benefit: `AMOUNT_OFF` or `PERCENTAGE_OFF`. Known values: AMOUNT_OFF, PERCENTAGE_OFF."""

    value: str | None = None
    """Benefit value: an amount, or a whole percentage."""


class PromotionDiscountDetailInput(RequestModel):
    """One tier."""

    tier: int | None = Field(default=None, strict=True)
    """Tier number, starting at 1."""

    threshold_type: Literal["MINIMAL_ITEM_QUANTITY", "MINIMAL_ORDER_AMOUNT"] | None = None
    """Condition: minimum item count or minimum order amount."""

    threshold_value: str | None = Field(default=None, strict=True)
    """Threshold: an item count or an amount."""

    type_: Literal["AMOUNT_OFF", "PERCENTAGE_OFF"] | None = Field(default=None, alias="type")
    """Benefit: `AMOUNT_OFF` or `PERCENTAGE_OFF`."""

    value: str | None = Field(default=None, strict=True)
    """Benefit value: an amount, or a whole percentage."""


class PromotionDiscountGiftDetail(ResponseModel):
    """One gift SKU."""

    product_id: str | None = None
    """Product id of the gift."""

    sku_id: str | None = None
    """SKU id of the gift."""

    total_claim_limit: str | None = None
    """How many of this gift can be given in the activity, 1 to 99999."""


class PromotionDiscountGiftDetailInput(RequestModel):
    """One gift SKU."""

    product_id: str | None = Field(default=None, strict=True)
    """Product id of the gift."""

    sku_id: str | None = Field(default=None, strict=True)
    """SKU id of the gift."""

    total_claim_limit: str | None = Field(default=None, strict=True)
    """How many of this gift can be given in the activity, 1 to 99999."""


class PromotionDiscountGiftDiscount(ResponseModel):
    """Gift With Purchase tiers (`GIFT_WITH_PURCHASE`)."""

    gift_receiving_type: str | None = None
    """How gifts are given; only `ALL_RECEIVE` (every configured gift)."""

    gift_infos: list[PromotionDiscountGiftInfo] | None = None
    """Gift tiers (at most two in SEA)."""


class PromotionDiscountGiftDiscountInput(RequestModel):
    """Gift With Purchase tiers (`GIFT_WITH_PURCHASE`)."""

    gift_receiving_type: str | None = Field(default=None, strict=True)
    """How gifts are given; only `ALL_RECEIVE` (every configured gift)."""

    gift_infos: list[PromotionDiscountGiftInfoInput] | None = None
    """Gift tiers (at most two in SEA)."""


class PromotionDiscountGiftInfo(ResponseModel):
    """One gift tier."""

    tier: int | None = None
    """Tier number, starting at 1."""

    threshold_type: str | None = None
    """Condition: minimum item count or minimum order amount. Known values: MINIMAL_ITEM_QUANTITY,
    MINIMAL_ORDER_AMOUNT."""

    threshold_value: str | None = None
    """Threshold: an item count or an amount."""

    gift_details: list[PromotionDiscountGiftDetail] | None = None
    """Gift SKUs of the tier."""


class PromotionDiscountGiftInfoInput(RequestModel):
    """One gift tier."""

    tier: int | None = Field(default=None, strict=True)
    """Tier number, starting at 1."""

    threshold_type: Literal["MINIMAL_ITEM_QUANTITY", "MINIMAL_ORDER_AMOUNT"] | None = None
    """Condition: minimum item count or minimum order amount."""

    threshold_value: str | None = Field(default=None, strict=True)
    """Threshold: an item count or an amount."""

    gift_details: list[PromotionDiscountGiftDetailInput] | None = None
    """Gift SKUs of the tier."""


class PromotionDiscountInput(RequestModel):
    """Benefit settings of an activity; set the part matching `activity_type` (product discounts use
    per-product prices instead)."""

    shipping_discount: PromotionDiscountShippingDiscountInput | None = None
    """Shipping discount (`SHIPPING_DISCOUNT`)."""

    bmsm_discount: PromotionDiscountBmsmDiscountInput | None = None
    """Buy More Save More tiers (`BUY_MORE_SAVE_MORE`)."""

    gift_discount: PromotionDiscountGiftDiscountInput | None = None
    """Gift With Purchase tiers (`GIFT_WITH_PURCHASE`)."""

    bxgy_discount: PromotionDiscountBxgyDiscountInput | None = None
    """Buy X Get Y settings (`BUY_X_GET_Y`)."""


class PromotionDiscountShippingDiscount(ResponseModel):
    """Shipping discount (`SHIPPING_DISCOUNT`)."""

    type_: str | None = Field(default=None, alias="type")
    """`FREE_SHIPPING` (shipping fee to zero) or `DISCOUNT_SHIPPING_FEE` (fee reduced by up to `value`).
    Known values: FREE_SHIPPING, DISCOUNT_SHIPPING_FEE."""

    value: str | None = None
    """Shipping discount amount for `DISCOUNT_SHIPPING_FEE`; omit for free shipping."""

    threshold_type: str | None = None
    """Purchase condition: none, a minimum item count or a minimum order amount. Known values:
    NO_THRESHOLD, MINIMAL_ITEM_QUANTITY, MINIMAL_ORDER_AMOUNT."""

    threshold_value: str | None = None
    """Threshold: an item count or an amount, depending on `threshold_type`."""

    area_scope: PromotionDiscountAreaScope | None = None
    """Buyer areas the discount applies to."""

    shipping_method: str | None = None
    """Shipping methods covered (default `STANDARD_SHIPPING`, which includes economy). Known values:
    STANDARD_SHIPPING, EXPRESS_SHIPPING, ALL_SHIPPING_METHOD."""

    inventory_type: str | None = None
    """Inventory covered (default `SELF_FULFILLED`); the others need `SHOP` scope and no threshold. Known
    values: SELF_FULFILLED, FULFILLED_BY_TIKTOK, ALL."""


class PromotionDiscountShippingDiscountInput(RequestModel):
    """Shipping discount (`SHIPPING_DISCOUNT`)."""

    type_: Literal["DISCOUNT_SHIPPING_FEE", "FREE_SHIPPING"] | None = Field(default=None, alias="type")
    """`FREE_SHIPPING` (shipping fee to zero) or `DISCOUNT_SHIPPING_FEE` (fee reduced by up to `value`)."""

    value: str | None = Field(default=None, strict=True)
    """Shipping discount amount for `DISCOUNT_SHIPPING_FEE`; omit for free shipping."""

    threshold_type: Literal["MINIMAL_ITEM_QUANTITY", "MINIMAL_ORDER_AMOUNT", "NO_THRESHOLD"] | None = None
    """Purchase condition: none, a minimum item count or a minimum order amount."""

    threshold_value: str | None = Field(default=None, strict=True)
    """Threshold: an item count or an amount, depending on `threshold_type`."""

    area_scope: PromotionDiscountAreaScopeInput | None = None
    """Buyer areas the discount applies to."""

    shipping_method: Literal["ALL_SHIPPING_METHOD", "EXPRESS_SHIPPING", "STANDARD_SHIPPING"] | None = None
    """Shipping methods covered (default `STANDARD_SHIPPING`, which includes economy)."""

    inventory_type: Literal["ALL", "FULFILLED_BY_TIKTOK", "SELF_FULFILLED"] | None = None
    """Inventory covered (default `SELF_FULFILLED`); the others need `SHOP` scope and no threshold."""


class PromotionGetActivityDetailBenefitProduct(ResponseModel):
    """One benefit product."""

    id: str | None = None
    """Product id."""


class PromotionGetActivityDetailParticipationLimit(ResponseModel):
    """One participation rule."""

    type_: str | None = Field(default=None, alias="type")
    """`BUYER_NO_LIMIT` (any number of orders, the default) or `BUYER_LIMIT_ONLY_ONE` (one order). Known
    values: BUYER_NO_LIMIT, BUYER_LIMIT_ONLY_ONE."""


class PromotionGetActivityDetailQuery(RequestModel):
    """Path and query parameters of PromotionGetActivityDetail."""

    activity_id: str = Field(min_length=1, strict=True)
    """Activity id."""


class PromotionGetActivityDetailResponse(ResponseModel):
    """A promotion activity in full."""

    activity_id: str | None = None
    """Activity id."""

    title: str | None = None
    """Activity name."""

    activity_type: str | None = None
    """Activity type: `FIXED_PRICE` (fixed deal price), `DIRECT_DISCOUNT` (percentage off), `FLASHSALE`,
    `SHIPPING_DISCOUNT`, `BUY_MORE_SAVE_MORE`, `GIFT_WITH_PURCHASE` or `BUY_X_GET_Y`. Known values:
    FIXED_PRICE, DIRECT_DISCOUNT, FLASHSALE, SHIPPING_DISCOUNT, BUY_MORE_SAVE_MORE, GIFT_WITH_PURCHASE,
    BUY_X_GET_Y."""

    status: str | None = None
    """Activity status; only `ONGOING` activities are visible to buyers. Known values: DRAFT, NOT_START,
    ONGOING, EXPIRED, DEACTIVATED, NOT_EFFECTIVE."""

    product_level: str | None = None
    """Product scope: `PRODUCT` (whole products), `VARIATION` (individual SKUs) or `SHOP` (every product).
    Known values: PRODUCT, VARIATION, SHOP."""

    duration_type: str | None = None
    """`NORMAL` (runs between `begin_time` and `end_time`, the default) or `INDEFINITE` (no end; shipping
    discounts only, times 0). Known values: NORMAL, INDEFINITE."""

    begin_time: int | None = None
    """Start time (unix seconds)."""

    end_time: int | None = None
    """End time (unix seconds)."""

    create_time: int | None = None
    """Creation time (unix milliseconds)."""

    update_time: int | None = None
    """Last update time (unix milliseconds)."""

    activity_commands: list[str] | None = None
    """Commands allowed on the activity; `IMMUTABLE` means it cannot be edited or deactivated."""

    participation_limit: list[PromotionGetActivityDetailParticipationLimit] | None = None
    """How often one buyer can benefit from the activity."""

    discount: PromotionDiscount | None = None
    """Benefit settings of an activity; set the part matching `activity_type` (product discounts use
    per-product prices instead)."""

    target_user_info: PromotionGetActivityDetailTargetUserInfo | None = None
    """Buyers the activity targets."""

    auction_support_type: str | None = None
    """Shipping discounts only: `ALL` products, or `EXCLUDE_AUCTION` to leave auction products out. Known
    values: ALL, EXCLUDE_AUCTION."""

    products: list[PromotionActivityProduct] | None = None
    """Products of the activity."""

    benefit_products: list[PromotionGetActivityDetailBenefitProduct] | None = None
    """Benefit (Y) products of a Buy X Get Y activity."""


class PromotionGetActivityDetailTargetUserInfo(ResponseModel):
    """Buyers the activity targets."""

    user_type: str | None = None
    """Targeted buyers. Known values: ALL_USER, SHOP_NEW_CUSTOMER, SHOP_EXISTING_CUSTOMER,
    SHOP_REPEAT_CUSTOMER."""


class PromotionGetCouponDetailQuery(RequestModel):
    """Path and query parameters of PromotionGetCouponDetail."""

    coupon_id: str = Field(min_length=1, strict=True)
    """Coupon id."""


class PromotionGetCouponDetailResponse(ResponseModel):
    """The coupon."""

    coupon: PromotionCoupon | None = None
    """A seller coupon."""


class PromotionMoney(ResponseModel):
    """An amount of money."""

    amount: str | None = None
    """Amount as a decimal string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class PromotionRepublishActivityQuery(RequestModel):
    """Path and query parameters of PromotionRepublishActivity."""

    activity_id: str = Field(min_length=1, strict=True)
    """Activity id."""


class PromotionRepublishActivityRequest(RequestModel):
    """The new period."""

    begin_time: int | None = Field(default=None, strict=True)
    """New start time (unix seconds), in the future."""

    end_time: int | None = Field(default=None, strict=True)
    """New end time (unix seconds), after `begin_time`."""


class PromotionRepublishActivityResponse(ResponseModel):
    """The republished activity."""

    activity_id: str | None = None
    """Activity id (unchanged)."""


class PromotionSearchActivitiesRequest(RequestModel):
    """Search filters and paging."""

    status: Literal["DEACTIVATED", "EXPIRED", "NOT_START", "ONGOING"] | None = None
    """Only activities in this status; by default `NOT_START`, `ONGOING`, `EXPIRED` and `DEACTIVATED` ones."""

    activity_type: (
        Literal[
            "BUY_MORE_SAVE_MORE",
            "BUY_X_GET_Y",
            "DIRECT_DISCOUNT",
            "FIXED_PRICE",
            "FLASHSALE",
            "GIFT_WITH_PURCHASE",
            "SHIPPING_DISCOUNT",
        ]
        | None
    ) = None
    """Only activities of this type; all types when omitted."""

    activity_title: str | None = Field(default=None, strict=True)
    """Keywords of the title (no fuzzy matching)."""

    page_size: int | None = Field(default=None, ge=0.0, le=100.0, strict=True)
    """Activities per page, up to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Token of the page to fetch, from the previous `next_page_token`; empty for the first page."""


class PromotionSearchActivitiesResponse(ResponseModel):
    """One page of activities."""

    activities: list[PromotionActivitySummary] | None = None
    """Matching activities."""

    total_count: int | None = None
    """Total number of matching activities."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class PromotionSearchCouponsQuery(RequestModel):
    """Path and query parameters of PromotionSearchCoupons."""

    page_size: int | None = Field(default=None, ge=1, le=100, strict=True)
    """Coupons per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class PromotionSearchCouponsRequest(RequestModel):
    """Coupon filters."""

    status: list[Literal["DEACTIVATED", "EXPIRED", "NOT_START", "ONGOING"]] | None = None
    """Only coupons in one of these statuses."""

    display_type: list[Literal["CHAT", "CREATOR_EXCLUSIVE", "LIVE", "PROMO_CODE", "REGULAR"]] | None = None
    """Only coupons of one of these display types."""

    title_keyword: str | None = Field(default=None, strict=True)
    """Prefix of a phrase of the title."""


class PromotionSearchCouponsResponse(ResponseModel):
    """One page of coupons."""

    coupons: list[PromotionCoupon] | None = None
    """Matching coupons."""

    total_count: int | None = None
    """Total number of matching coupons."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class PromotionUpdateActivityParticipationLimit(RequestModel):
    """One participation rule."""

    type_: Literal["BUYER_LIMIT_ONLY_ONE", "BUYER_NO_LIMIT"] | None = Field(default=None, alias="type")
    """`BUYER_NO_LIMIT` (any number of orders, the default) or `BUYER_LIMIT_ONLY_ONE` (one order)."""


class PromotionUpdateActivityProductsProduct(RequestModel):
    """One product."""

    id: str = Field(strict=True)
    """Product id."""

    quantity_limit: int = Field(strict=True)
    """Total quantity available at the deal price, or -1 for no limit."""

    quantity_per_user: int = Field(strict=True)
    """Maximum quantity per buyer, 1 to 99, or -1 for no limit."""

    activity_price_amount: str | None = Field(default=None, strict=True)
    """Deal price in the item's currency (`FIXED_PRICE` and `FLASHSALE`, `product_level` `PRODUCT`)."""

    discount: str | None = Field(default=None, strict=True)
    """Percentage off, e.g. `10` (`DIRECT_DISCOUNT`)."""

    skus: list[PromotionUpdateActivityProductsSkus] | None = None
    """SKUs to add or update (`product_level` `VARIATION`)."""


class PromotionUpdateActivityProductsQuery(RequestModel):
    """Path and query parameters of PromotionUpdateActivityProducts."""

    activity_id: str = Field(min_length=1, strict=True)
    """Activity id."""


class PromotionUpdateActivityProductsRequest(RequestModel):
    """Products to add or update."""

    activity_id: str = Field(strict=True)
    """Activity id (same as in the path); deactivated or expired activities cannot change."""

    products: list[PromotionUpdateActivityProductsProduct] | None = None
    """Products to add or update."""

    benefit_product_ids: list[StrictStr] | None = None
    """Benefit products of a Buy More Save More or Buy X Get Y activity."""

    exclude_product_ids: list[StrictStr] | None = None
    """Products excluded from a `SHOP`-scoped Buy More Save More or Buy X Get Y activity."""


class PromotionUpdateActivityProductsResponse(ResponseModel):
    """The activity after the change."""

    activity_id: str | None = None
    """Activity id."""

    title: str | None = None
    """Activity name."""

    status: str | None = None
    """Activity status; only `ONGOING` activities are visible to buyers. Known values: DRAFT, NOT_START,
    ONGOING, EXPIRED, DEACTIVATED, NOT_EFFECTIVE."""

    total_count: int | None = None
    """Number of products (or SKUs for `VARIATION`) in the request."""

    update_time: int | None = None
    """Time of the change (unix seconds)."""


class PromotionUpdateActivityProductsSkus(RequestModel):
    """One SKU."""

    id: str = Field(strict=True)
    """SKU id."""

    quantity_limit: int = Field(strict=True)
    """Total quantity available at the deal price, or -1 for no limit."""

    quantity_per_user: int = Field(strict=True)
    """Maximum quantity per buyer, 1 to 99, or -1 for no limit."""

    activity_price_amount: str | None = Field(default=None, strict=True)
    """Deal price in the item's currency (`FIXED_PRICE` and `FLASHSALE`, `product_level` `VARIATION`)."""

    discount: str | None = Field(default=None, strict=True)
    """Percentage off, e.g. `10` (`DIRECT_DISCOUNT`)."""


class PromotionUpdateActivityQuery(RequestModel):
    """Path and query parameters of PromotionUpdateActivity."""

    activity_id: str = Field(min_length=1, strict=True)
    """Activity id."""


class PromotionUpdateActivityRequest(RequestModel):
    """New settings of the activity; the activity type decides which fields apply."""

    title: str = Field(strict=True)
    """Activity name, unique, at most 50 characters."""

    begin_time: int = Field(strict=True)
    """Start time (unix seconds)."""

    end_time: int = Field(strict=True)
    """End time (unix seconds)."""

    duration_type: Literal["INDEFINITE", "NORMAL"] | None = None
    """`NORMAL` (runs between `begin_time` and `end_time`, the default) or `INDEFINITE` (no end; shipping
    discounts only, times 0)."""

    product_level: Literal["PRODUCT", "SHOP", "VARIATION"] | None = None
    """Product scope: `PRODUCT` (whole products), `VARIATION` (individual SKUs) or `SHOP` (every product)."""

    participation_limit: list[PromotionUpdateActivityParticipationLimit] | None = None
    """How often one buyer can benefit from the activity."""

    discount: PromotionDiscountInput | None = None
    """Benefit settings of an activity; set the part matching `activity_type` (product discounts use
    per-product prices instead)."""

    target_user_info: PromotionUpdateActivityTargetUserInfo | None = None
    """Buyers the activity targets."""

    auction_support_type: Literal["ALL", "EXCLUDE_AUCTION"] | None = None
    """Shipping discounts only: `ALL` products, or `EXCLUDE_AUCTION` to leave auction products out."""


class PromotionUpdateActivityResponse(ResponseModel):
    """The updated activity."""

    activity_id: str | None = None
    """Activity id."""

    title: str | None = None
    """Activity name."""

    update_time: int | None = None
    """Last update time (unix seconds)."""


class PromotionUpdateActivityTargetUserInfo(RequestModel):
    """Buyers the activity targets."""

    user_type: Literal["ALL_USER", "SHOP_EXISTING_CUSTOMER", "SHOP_NEW_CUSTOMER", "SHOP_REPEAT_CUSTOMER"] | None = None
    """Targeted buyers."""
