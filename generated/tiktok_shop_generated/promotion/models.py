"""Models of the `promotion` module.

Promotion activities (discounts, flash sales, shipping and bundle deals) and coupons."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictStr

from tiktok_shop._contract import NullAsEmpty, OpenEnum, RequestModel, ResponseModel
from tiktok_shop._money import DecimalAmount, DecimalAmountInput

__all__ = [
    "ActivityProduct",
    "ActivityProductSku",
    "ActivitySummary",
    "ActivitySummaryParticipationLimit",
    "AreaScope",
    "AreaScopeInput",
    "BenefitProduct",
    "BmsmDiscount",
    "BmsmDiscountInput",
    "BxgyDiscount",
    "BxgyDiscountInput",
    "ClaimDuration",
    "Coupon",
    "CouponDiscount",
    "CreateActivityParticipationLimit",
    "CreateActivityRequest",
    "CreateActivityResponse",
    "DeactivateActivityQuery",
    "DeactivateActivityResponse",
    "Detail",
    "DetailInput",
    "Discount",
    "DiscountInput",
    "GetActivityParticipationLimit",
    "GetActivityQuery",
    "GetActivityResponse",
    "GetCouponQuery",
    "GetCouponResponse",
    "GiftDetail",
    "GiftDetailInput",
    "GiftDiscount",
    "GiftDiscountInput",
    "GiftInfo",
    "GiftInfoInput",
    "LiveTask",
    "Money",
    "Product",
    "ProductSku",
    "RedemptionDuration",
    "RemoveActivityProductsQuery",
    "RemoveActivityProductsRequest",
    "RemoveActivityProductsResponse",
    "RepublishActivityQuery",
    "RepublishActivityRequest",
    "RepublishActivityResponse",
    "SearchActivitiesRequest",
    "SearchActivitiesResponse",
    "SearchCouponsQuery",
    "SearchCouponsRequest",
    "SearchCouponsResponse",
    "ShippingDiscount",
    "ShippingDiscountInput",
    "TargetUserInfo",
    "TargetUserInfoInput",
    "Threshold",
    "UpdateActivityParticipationLimit",
    "UpdateActivityProductsQuery",
    "UpdateActivityProductsRequest",
    "UpdateActivityProductsResponse",
    "UpdateActivityQuery",
    "UpdateActivityRequest",
    "UpdateActivityResponse",
    "UsageLimits",
    "UsageStats",
]


class ActivityProduct(ResponseModel):
    """A product in a product discount or flash sale activity."""

    id: str | None = None
    """Product id."""

    activity_price: Money | None = None
    """An amount of money."""

    discount: str | None = None
    """Percentage off, e.g. `10` for 10% off (`DIRECT_DISCOUNT`)."""

    quantity_limit: int | None = None
    """Total quantity available at the deal price, or -1 for no limit."""

    quantity_per_user: int | None = None
    """Maximum quantity per buyer, 1 to 99, or -1 for no limit."""

    used_quantity: int | None = None
    """Quantity already sold under the activity."""

    skus: NullAsEmpty[list[ActivityProductSku]] = Field(default_factory=list)
    """SKUs in the activity (only when `product_level` is `VARIATION`)."""


class ActivityProductSku(ResponseModel):
    """One SKU in the activity."""

    id: str | None = None
    """SKU id."""

    activity_price: Money | None = None
    """An amount of money."""

    discount: str | None = None
    """Percentage off, e.g. `10`."""

    quantity_limit: int | None = None
    """Total quantity available at the deal price, or -1 for no limit."""

    quantity_per_user: int | None = None
    """Maximum quantity per buyer, 1 to 99, or -1 for no limit."""

    used_quantity: int | None = None
    """Quantity already sold under the activity."""


class ActivitySummary(ResponseModel):
    """A promotion activity as listed by search."""

    id: str | None = None
    """Activity id."""

    title: str | None = None
    """Activity name, unique, at most 50 characters."""

    activity_type: (
        OpenEnum[
            Literal[
                "BUY_MORE_SAVE_MORE",
                "BUY_X_GET_Y",
                "DIRECT_DISCOUNT",
                "FIXED_PRICE",
                "FLASHSALE",
                "GIFT_WITH_PURCHASE",
                "SHIPPING_DISCOUNT",
            ]
        ]
        | None
    ) = None
    """Activity type: `FIXED_PRICE` (fixed deal price), `DIRECT_DISCOUNT` (percentage off), `FLASHSALE`,
    `SHIPPING_DISCOUNT`, `BUY_MORE_SAVE_MORE`, `GIFT_WITH_PURCHASE` or `BUY_X_GET_Y`."""

    status: OpenEnum[Literal["DEACTIVATED", "DRAFT", "EXPIRED", "NOT_EFFECTIVE", "NOT_START", "ONGOING"]] | None = None
    """Activity status; only `ONGOING` activities are visible to buyers."""

    product_level: OpenEnum[Literal["PRODUCT", "SHOP", "VARIATION"]] | None = None
    """Product scope: `PRODUCT` (whole products), `VARIATION` (individual SKUs) or `SHOP` (every product)."""

    duration_type: OpenEnum[Literal["INDEFINITE", "NORMAL"]] | None = None
    """`NORMAL` (runs between `begin_time` and `end_time`, the default) or `INDEFINITE` (no end; shipping
    discounts only, times 0)."""

    begin_time: int | None = None
    """Start time (unix seconds)."""

    end_time: int | None = None
    """End time (unix seconds)."""

    create_time: int | None = None
    """Creation time (unix milliseconds)."""

    update_time: int | None = None
    """Last update time (unix milliseconds)."""

    activity_commands: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Commands allowed on the activity; `IMMUTABLE` means it cannot be edited or deactivated."""

    participation_limit: NullAsEmpty[list[ActivitySummaryParticipationLimit]] = Field(default_factory=list)
    """How often one buyer can benefit from the activity."""

    discount: Discount | None = None
    """Benefit settings of an activity; set the part matching `activity_type` (product discounts use
    per-product prices instead)."""

    auction_support_type: OpenEnum[Literal["ALL", "EXCLUDE_AUCTION"]] | None = None
    """Shipping discounts only: `ALL` products, or `EXCLUDE_AUCTION` to leave auction products out."""


class ActivitySummaryParticipationLimit(ResponseModel):
    """One participation rule."""

    type_: OpenEnum[Literal["BUYER_LIMIT_ONLY_ONE", "BUYER_NO_LIMIT"]] | None = Field(default=None, alias="type")
    """`BUYER_NO_LIMIT` (any number of orders, the default) or `BUYER_LIMIT_ONLY_ONE` (one order)."""


class AreaScope(ResponseModel):
    """Buyer areas the discount applies to."""

    type_: OpenEnum[Literal["SPECIFIC_AREAS", "WHOLE"]] | None = Field(default=None, alias="type")
    """`WHOLE` (every area the seller ships to) or `SPECIFIC_AREAS`."""

    specific_areas: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Areas covered when `type` is `SPECIFIC_AREAS`."""


class AreaScopeInput(RequestModel):
    """Buyer areas the discount applies to."""

    type_: Literal["SPECIFIC_AREAS", "WHOLE"] = Field(alias="type")
    """`WHOLE` (every area the seller ships to) or `SPECIFIC_AREAS`."""

    specific_areas: list[StrictStr] | None = None
    """Areas covered when `type` is `SPECIFIC_AREAS`."""


class BenefitProduct(ResponseModel):
    """One benefit product."""

    id: str | None = None
    """Product id."""


class BmsmDiscount(ResponseModel):
    """Buy More Save More tiers (`BUY_MORE_SAVE_MORE`)."""

    details: NullAsEmpty[list[Detail]] = Field(default_factory=list)
    """One or two tiers sharing `threshold_type` and `type`."""


class BmsmDiscountInput(RequestModel):
    """Buy More Save More tiers (`BUY_MORE_SAVE_MORE`)."""

    details: list[DetailInput] | None = None
    """One or two tiers sharing `threshold_type` and `type`."""


class BxgyDiscount(ResponseModel):
    """Buy X Get Y settings (`BUY_X_GET_Y`)."""

    threshold_type: OpenEnum[Literal["MINIMAL_ITEM_QUANTITY", "MINIMAL_ORDER_AMOUNT"]] | None = None
    """Condition on the X products: minimum item count or minimum order amount."""

    threshold_value: str | None = None
    """Threshold: an item count or an amount."""

    discount_type: OpenEnum[Literal["AMOUNT_OFF_EACH", "FREE", "PERCENTAGE_OFF"]] | None = None
    """Benefit on the Y products: `PERCENTAGE_OFF`, `AMOUNT_OFF_EACH` or `FREE`."""

    discount_value: str | None = None
    """Benefit value: a percentage or an amount; omit for `FREE`."""

    benefit_max_applicable_quantity: str | None = None
    """Number of Y items given each time the benefit applies."""

    benefit_max_applicable_times: str | None = None
    """Maximum number of times the benefit applies in one order."""


class BxgyDiscountInput(RequestModel):
    """Buy X Get Y settings (`BUY_X_GET_Y`)."""

    threshold_type: Literal["MINIMAL_ITEM_QUANTITY", "MINIMAL_ORDER_AMOUNT"]
    """Condition on the X products: minimum item count or minimum order amount."""

    threshold_value: str = Field(strict=True)
    """Threshold: an item count or an amount."""

    discount_type: Literal["AMOUNT_OFF_EACH", "FREE", "PERCENTAGE_OFF"]
    """Benefit on the Y products: `PERCENTAGE_OFF`, `AMOUNT_OFF_EACH` or `FREE`."""

    discount_value: str = Field(strict=True)
    """Benefit value: a percentage or an amount; omit for `FREE`."""

    benefit_max_applicable_quantity: str = Field(strict=True)
    """Number of Y items given each time the benefit applies."""

    benefit_max_applicable_times: str | None = Field(default=None, strict=True)
    """Maximum number of times the benefit applies in one order."""


class ClaimDuration(ResponseModel):
    """When buyers can claim the coupon."""

    start_time: int | None = None
    """Claiming opens (unix seconds)."""

    end_time: int | None = None
    """Claiming closes (unix seconds)."""


class Coupon(ResponseModel):
    """A seller coupon."""

    id: str | None = None
    """Coupon id."""

    title: str | None = None
    """Coupon title."""

    status: OpenEnum[Literal["DEACTIVATED", "EXPIRED", "NOT_START", "ONGOING"]] | None = None
    """Coupon status."""

    display_type: OpenEnum[Literal["CHAT", "CREATOR_EXCLUSIVE", "LIVE", "PROMO_CODE", "REGULAR"]] | None = None
    """Where the coupon shows: `REGULAR` (everywhere), `LIVE`, `CREATOR_EXCLUSIVE`, `CHAT` (sent in
    customer service chat), `PROMO_CODE`."""

    display_channels: NullAsEmpty[
        list[
            OpenEnum[
                Literal["ALL", "CHAT", "LIVE", "PRIVATE", "PRIVATE_WITH_ALLOW", "SHOPPING_CENTER", "SHOWCASE", "VIDEO"]
            ]
        ]
    ] = Field(default_factory=list)
    """Channels where the coupon is shown or distributed."""

    create_time: int | None = None
    """Creation time (unix milliseconds)."""

    update_time: int | None = None
    """Last update time (unix milliseconds)."""

    claim_duration: ClaimDuration | None = None
    """When buyers can claim the coupon."""

    redemption_duration: RedemptionDuration | None = None
    """When a claimed coupon can be used."""

    promo_code: str | None = None
    """Promotion code (only for `PROMO_CODE` coupons)."""

    target_buyer_segment: (
        OpenEnum[
            Literal["ALL", "FREQUENT_CUSTOMERS", "LAPSED_CUSTOMERS", "NEW", "RECENT_CUSTOMERS", "REPEAT_CUSTOMERS"]
        ]
        | None
    ) = None
    """Buyers who may claim the coupon."""

    usage_limits: UsageLimits | None = None
    """Claim and use limits."""

    usage_stats: UsageStats | None = None
    """Claim and use counts so far."""

    discount: CouponDiscount | None = None
    """The benefit of the coupon."""

    threshold: Threshold | None = None
    """Purchase condition to use the coupon."""

    product_scope: OpenEnum[Literal["FULL_SHOP", "SPECIFIC_PRODUCTS"]] | None = None
    """`FULL_SHOP` (every product) or `SPECIFIC_PRODUCTS` (see `product_ids`)."""

    product_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Eligible products when `product_scope` is `SPECIFIC_PRODUCTS` (detail only)."""

    seller_tnc: str | None = None
    """Seller's own terms and conditions."""

    creation_source: OpenEnum[Literal["SELLER_APP", "SELLER_CENTER", "TTS_CRM"]] | None = None
    """Where the coupon was created."""

    live_tasks: NullAsEmpty[list[LiveTask]] = Field(default_factory=list)
    """Tasks a LIVE viewer must complete before claiming."""


class CouponDiscount(ResponseModel):
    """The benefit of the coupon."""

    type_: OpenEnum[Literal["AMOUNT_OFF", "PERCENT_OFF"]] | None = Field(default=None, alias="type")
    """`AMOUNT_OFF` (minus `reduction_amount`) or `PERCENT_OFF` (minus `percentage`)."""

    reduction_amount: Money | None = None
    """An amount of money."""

    percentage: str | None = None
    """Percentage off, in percentage points."""

    max_discount: Money | None = None
    """An amount of money."""


class CreateActivityParticipationLimit(RequestModel):
    """One participation rule."""

    type_: Literal["BUYER_LIMIT_ONLY_ONE", "BUYER_NO_LIMIT"] = Field(alias="type")
    """`BUYER_NO_LIMIT` (any number of orders, the default) or `BUYER_LIMIT_ONLY_ONE` (one order)."""


class CreateActivityRequest(RequestModel):
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

    participation_limit: list[CreateActivityParticipationLimit] | None = None
    """How often one buyer can benefit from the activity."""

    discount: DiscountInput | None = None
    """Benefit settings of an activity; set the part matching `activity_type` (product discounts use
    per-product prices instead)."""

    target_user_info: TargetUserInfoInput | None = None
    """Buyers the activity targets."""

    auction_support_type: Literal["ALL", "EXCLUDE_AUCTION"] | None = None
    """Shipping discounts only: `ALL` products, or `EXCLUDE_AUCTION` to leave auction products out."""


class CreateActivityResponse(ResponseModel):
    """The created activity."""

    activity_id: str | None = None
    """Id of the new activity."""

    status: OpenEnum[Literal["DEACTIVATED", "DRAFT", "EXPIRED", "NOT_EFFECTIVE", "NOT_START", "ONGOING"]] | None = None
    """Activity status; only `ONGOING` activities are visible to buyers."""

    create_time: int | None = None
    """Creation time (unix seconds)."""

    update_time: int | None = None
    """Last update time (unix seconds)."""


class DeactivateActivityQuery(RequestModel):
    """Path and query parameters of PromotionDeactivateActivity."""

    activity_id: str = Field(min_length=1, strict=True)
    """Activity id."""


class DeactivateActivityResponse(ResponseModel):
    """The deactivated activity."""

    activity_id: str | None = None
    """Activity id."""

    title: str | None = None
    """Activity name."""

    status: OpenEnum[Literal["DEACTIVATED", "DRAFT", "EXPIRED", "NOT_EFFECTIVE", "NOT_START", "ONGOING"]] | None = None
    """Status after deactivation (`DEACTIVATED`)."""

    update_time: int | None = None
    """Time of the deactivation (unix seconds)."""


class Detail(ResponseModel):
    """One tier."""

    tier: int | None = None
    """Tier number, starting at 1."""

    threshold_type: OpenEnum[Literal["MINIMAL_ITEM_QUANTITY", "MINIMAL_ORDER_AMOUNT"]] | None = None
    """Condition: minimum item count or minimum order amount."""

    threshold_value: str | None = None
    """Threshold: an item count or an amount."""

    type_: OpenEnum[Literal["AMOUNT_OFF", "PERCENTAGE_OFF"]] | None = Field(default=None, alias="type")
    """Benefit: `AMOUNT_OFF` or `PERCENTAGE_OFF`."""

    value: str | None = None
    """Benefit value: an amount, or a whole percentage."""


class DetailInput(RequestModel):
    """One tier."""

    tier: int = Field(strict=True)
    """Tier number, starting at 1."""

    threshold_type: Literal["MINIMAL_ITEM_QUANTITY", "MINIMAL_ORDER_AMOUNT"]
    """Condition: minimum item count or minimum order amount."""

    threshold_value: str = Field(strict=True)
    """Threshold: an item count or an amount."""

    type_: Literal["AMOUNT_OFF", "PERCENTAGE_OFF"] = Field(alias="type")
    """Benefit: `AMOUNT_OFF` or `PERCENTAGE_OFF`."""

    value: str = Field(strict=True)
    """Benefit value: an amount, or a whole percentage."""


class Discount(ResponseModel):
    """Benefit settings of an activity; set the part matching `activity_type` (product discounts use
    per-product prices instead)."""

    shipping_discount: ShippingDiscount | None = None
    """Shipping discount (`SHIPPING_DISCOUNT`)."""

    bmsm_discount: BmsmDiscount | None = None
    """Buy More Save More tiers (`BUY_MORE_SAVE_MORE`)."""

    gift_discount: GiftDiscount | None = None
    """Gift With Purchase tiers (`GIFT_WITH_PURCHASE`)."""

    bxgy_discount: BxgyDiscount | None = None
    """Buy X Get Y settings (`BUY_X_GET_Y`)."""


class DiscountInput(RequestModel):
    """Benefit settings of an activity; set the part matching `activity_type` (product discounts use
    per-product prices instead)."""

    shipping_discount: ShippingDiscountInput | None = None
    """Shipping discount (`SHIPPING_DISCOUNT`)."""

    bmsm_discount: BmsmDiscountInput | None = None
    """Buy More Save More tiers (`BUY_MORE_SAVE_MORE`)."""

    gift_discount: GiftDiscountInput | None = None
    """Gift With Purchase tiers (`GIFT_WITH_PURCHASE`)."""

    bxgy_discount: BxgyDiscountInput | None = None
    """Buy X Get Y settings (`BUY_X_GET_Y`)."""


class GetActivityParticipationLimit(ResponseModel):
    """One participation rule."""

    type_: OpenEnum[Literal["BUYER_LIMIT_ONLY_ONE", "BUYER_NO_LIMIT"]] | None = Field(default=None, alias="type")
    """`BUYER_NO_LIMIT` (any number of orders, the default) or `BUYER_LIMIT_ONLY_ONE` (one order)."""


class GetActivityQuery(RequestModel):
    """Path and query parameters of PromotionGetActivityDetail."""

    activity_id: str = Field(min_length=1, strict=True)
    """Activity id."""


class GetActivityResponse(ResponseModel):
    """A promotion activity in full."""

    activity_id: str | None = None
    """Activity id."""

    title: str | None = None
    """Activity name."""

    activity_type: (
        OpenEnum[
            Literal[
                "BUY_MORE_SAVE_MORE",
                "BUY_X_GET_Y",
                "DIRECT_DISCOUNT",
                "FIXED_PRICE",
                "FLASHSALE",
                "GIFT_WITH_PURCHASE",
                "SHIPPING_DISCOUNT",
            ]
        ]
        | None
    ) = None
    """Activity type: `FIXED_PRICE` (fixed deal price), `DIRECT_DISCOUNT` (percentage off), `FLASHSALE`,
    `SHIPPING_DISCOUNT`, `BUY_MORE_SAVE_MORE`, `GIFT_WITH_PURCHASE` or `BUY_X_GET_Y`."""

    status: OpenEnum[Literal["DEACTIVATED", "DRAFT", "EXPIRED", "NOT_EFFECTIVE", "NOT_START", "ONGOING"]] | None = None
    """Activity status; only `ONGOING` activities are visible to buyers."""

    product_level: OpenEnum[Literal["PRODUCT", "SHOP", "VARIATION"]] | None = None
    """Product scope: `PRODUCT` (whole products), `VARIATION` (individual SKUs) or `SHOP` (every product)."""

    duration_type: OpenEnum[Literal["INDEFINITE", "NORMAL"]] | None = None
    """`NORMAL` (runs between `begin_time` and `end_time`, the default) or `INDEFINITE` (no end; shipping
    discounts only, times 0)."""

    begin_time: int | None = None
    """Start time (unix seconds)."""

    end_time: int | None = None
    """End time (unix seconds)."""

    create_time: int | None = None
    """Creation time (unix milliseconds)."""

    update_time: int | None = None
    """Last update time (unix milliseconds)."""

    activity_commands: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Commands allowed on the activity; `IMMUTABLE` means it cannot be edited or deactivated."""

    participation_limit: NullAsEmpty[list[GetActivityParticipationLimit]] = Field(default_factory=list)
    """How often one buyer can benefit from the activity."""

    discount: Discount | None = None
    """Benefit settings of an activity; set the part matching `activity_type` (product discounts use
    per-product prices instead)."""

    target_user_info: TargetUserInfo | None = None
    """Buyers the activity targets."""

    auction_support_type: OpenEnum[Literal["ALL", "EXCLUDE_AUCTION"]] | None = None
    """Shipping discounts only: `ALL` products, or `EXCLUDE_AUCTION` to leave auction products out."""

    products: NullAsEmpty[list[ActivityProduct]] = Field(default_factory=list)
    """Products of the activity."""

    benefit_products: NullAsEmpty[list[BenefitProduct]] = Field(default_factory=list)
    """Benefit (Y) products of a Buy X Get Y activity."""


class GetCouponQuery(RequestModel):
    """Path and query parameters of PromotionGetCouponDetail."""

    coupon_id: str = Field(min_length=1, strict=True)
    """Coupon id."""


class GetCouponResponse(ResponseModel):
    """The coupon."""

    coupon: Coupon | None = None
    """A seller coupon."""


class GiftDetail(ResponseModel):
    """One gift SKU."""

    product_id: str | None = None
    """Product id of the gift."""

    sku_id: str | None = None
    """SKU id of the gift."""

    total_claim_limit: str | None = None
    """How many of this gift can be given in the activity, 1 to 99999."""


class GiftDetailInput(RequestModel):
    """One gift SKU."""

    product_id: str = Field(strict=True)
    """Product id of the gift."""

    sku_id: str = Field(strict=True)
    """SKU id of the gift."""

    total_claim_limit: str = Field(strict=True)
    """How many of this gift can be given in the activity, 1 to 99999."""


class GiftDiscount(ResponseModel):
    """Gift With Purchase tiers (`GIFT_WITH_PURCHASE`)."""

    gift_receiving_type: str | None = None
    """How gifts are given; only `ALL_RECEIVE` (every configured gift)."""

    gift_infos: NullAsEmpty[list[GiftInfo]] = Field(default_factory=list)
    """Gift tiers (at most two in SEA)."""


class GiftDiscountInput(RequestModel):
    """Gift With Purchase tiers (`GIFT_WITH_PURCHASE`)."""

    gift_receiving_type: str = Field(strict=True)
    """How gifts are given; only `ALL_RECEIVE` (every configured gift)."""

    gift_infos: list[GiftInfoInput]
    """Gift tiers (at most two in SEA)."""


class GiftInfo(ResponseModel):
    """One gift tier."""

    tier: int | None = None
    """Tier number, starting at 1."""

    threshold_type: OpenEnum[Literal["MINIMAL_ITEM_QUANTITY", "MINIMAL_ORDER_AMOUNT"]] | None = None
    """Condition: minimum item count or minimum order amount."""

    threshold_value: str | None = None
    """Threshold: an item count or an amount."""

    gift_details: NullAsEmpty[list[GiftDetail]] = Field(default_factory=list)
    """Gift SKUs of the tier."""


class GiftInfoInput(RequestModel):
    """One gift tier."""

    tier: int = Field(strict=True)
    """Tier number, starting at 1."""

    threshold_type: Literal["MINIMAL_ITEM_QUANTITY", "MINIMAL_ORDER_AMOUNT"]
    """Condition: minimum item count or minimum order amount."""

    threshold_value: str = Field(strict=True)
    """Threshold: an item count or an amount."""

    gift_details: list[GiftDetailInput]
    """Gift SKUs of the tier."""


class LiveTask(ResponseModel):
    """One task."""

    type_: OpenEnum[Literal["FOLLOW_HOST", "NONE", "WATCH_FOR_MIN_TIME"]] | None = Field(default=None, alias="type")
    """`NONE`, `FOLLOW_HOST` or `WATCH_FOR_MIN_TIME`."""

    min_watch_time: str | None = None
    """Seconds of watching required for `WATCH_FOR_MIN_TIME`."""


class Money(ResponseModel):
    """An amount of money."""

    amount: DecimalAmount | None = None
    """Amount as a decimal string."""

    currency: str | None = None
    """ISO 4217 currency code."""


class Product(RequestModel):
    """One product."""

    id: str = Field(strict=True)
    """Product id."""

    quantity_limit: int = Field(strict=True)
    """Total quantity available at the deal price, or -1 for no limit."""

    quantity_per_user: int = Field(strict=True)
    """Maximum quantity per buyer, 1 to 99, or -1 for no limit."""

    activity_price_amount: DecimalAmountInput | None = None
    """Deal price in the item's currency (`FIXED_PRICE` and `FLASHSALE`, `product_level` `PRODUCT`)."""

    discount: str | None = Field(default=None, strict=True)
    """Percentage off, e.g. `10` (`DIRECT_DISCOUNT`)."""

    skus: list[ProductSku] | None = None
    """SKUs to add or update (`product_level` `VARIATION`)."""


class ProductSku(RequestModel):
    """One SKU."""

    id: str = Field(strict=True)
    """SKU id."""

    quantity_limit: int = Field(strict=True)
    """Total quantity available at the deal price, or -1 for no limit."""

    quantity_per_user: int = Field(strict=True)
    """Maximum quantity per buyer, 1 to 99, or -1 for no limit."""

    activity_price_amount: DecimalAmountInput | None = None
    """Deal price in the item's currency (`FIXED_PRICE` and `FLASHSALE`, `product_level` `VARIATION`)."""

    discount: str | None = Field(default=None, strict=True)
    """Percentage off, e.g. `10` (`DIRECT_DISCOUNT`)."""


class RedemptionDuration(ResponseModel):
    """When a claimed coupon can be used."""

    type_: OpenEnum[Literal["ABSOLUTE", "RELATIVE"]] | None = Field(default=None, alias="type")
    """`ABSOLUTE` (from `start_time` to `end_time`) or `RELATIVE` (`relative_time` days from claiming)."""

    start_time: int | None = None
    """Use period start (unix seconds, `ABSOLUTE`)."""

    end_time: int | None = None
    """Use period end (unix seconds, `ABSOLUTE`)."""

    relative_time: int | None = None
    """Days the coupon stays usable after claiming (`RELATIVE`)."""


class RemoveActivityProductsQuery(RequestModel):
    """Path and query parameters of PromotionDeleteActivityProducts."""

    activity_id: str = Field(min_length=1, strict=True)
    """Activity id."""


class RemoveActivityProductsRequest(RequestModel):
    """Items to remove; give at least one non-empty list."""

    product_ids: list[StrictStr] | None = Field(default=None, max_length=300)
    """Products to remove, at most 300."""

    sku_ids: list[StrictStr] | None = None
    """SKUs to remove (not for `PRODUCT`-level activities)."""

    benefit_product_ids: list[StrictStr] | None = None
    """Benefit products to remove (Buy More Save More, Buy X Get Y)."""

    exclude_product_ids: list[StrictStr] | None = None
    """Excluded products to remove (`SHOP`-scoped Buy More Save More, Buy X Get Y)."""


class RemoveActivityProductsResponse(ResponseModel):
    """The activity after the change."""

    activity_id: str | None = None
    """Activity id."""

    status: OpenEnum[Literal["DEACTIVATED", "DRAFT", "EXPIRED", "NOT_EFFECTIVE", "NOT_START", "ONGOING"]] | None = None
    """Activity status; only `ONGOING` activities are visible to buyers."""

    update_time: int | None = None
    """Time of the change (unix seconds)."""


class RepublishActivityQuery(RequestModel):
    """Path and query parameters of PromotionRepublishActivity."""

    activity_id: str = Field(min_length=1, strict=True)
    """Activity id."""


class RepublishActivityRequest(RequestModel):
    """The new period."""

    begin_time: int | None = Field(default=None, strict=True)
    """New start time (unix seconds), in the future."""

    end_time: int | None = Field(default=None, strict=True)
    """New end time (unix seconds), after `begin_time`."""


class RepublishActivityResponse(ResponseModel):
    """The republished activity."""

    activity_id: str | None = None
    """Activity id (unchanged)."""


class SearchActivitiesRequest(RequestModel):
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


class SearchActivitiesResponse(ResponseModel):
    """One page of activities."""

    activities: NullAsEmpty[list[ActivitySummary]] = Field(default_factory=list)
    """Matching activities."""

    total_count: int | None = None
    """Total number of matching activities."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class SearchCouponsQuery(RequestModel):
    """Path and query parameters of PromotionSearchCoupons."""

    page_size: int | None = Field(default=None, ge=1, le=100, strict=True)
    """Coupons per page, 1 to 100."""

    page_token: str | None = Field(default=None, strict=True)
    """Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit for the first
    page."""


class SearchCouponsRequest(RequestModel):
    """Coupon filters."""

    status: list[Literal["DEACTIVATED", "EXPIRED", "NOT_START", "ONGOING"]] | None = None
    """Only coupons in one of these statuses."""

    display_type: list[Literal["CHAT", "CREATOR_EXCLUSIVE", "LIVE", "PROMO_CODE", "REGULAR"]] | None = None
    """Only coupons of one of these display types."""

    title_keyword: str | None = Field(default=None, strict=True)
    """Prefix of a phrase of the title."""


class SearchCouponsResponse(ResponseModel):
    """One page of coupons."""

    coupons: NullAsEmpty[list[Coupon]] = Field(default_factory=list)
    """Matching coupons."""

    total_count: int | None = None
    """Total number of matching coupons."""

    next_page_token: str | None = None
    """Token of the next page; empty on the last page."""


class ShippingDiscount(ResponseModel):
    """Shipping discount (`SHIPPING_DISCOUNT`)."""

    type_: OpenEnum[Literal["DISCOUNT_SHIPPING_FEE", "FREE_SHIPPING"]] | None = Field(default=None, alias="type")
    """`FREE_SHIPPING` (shipping fee to zero) or `DISCOUNT_SHIPPING_FEE` (fee reduced by up to `value`)."""

    threshold_type: OpenEnum[Literal["MINIMAL_ITEM_QUANTITY", "MINIMAL_ORDER_AMOUNT", "NO_THRESHOLD"]] | None = None
    """Purchase condition: none, a minimum item count or a minimum order amount."""

    area_scope: AreaScope | None = None
    """Buyer areas the discount applies to."""

    value: str | None = None
    """Shipping discount amount for `DISCOUNT_SHIPPING_FEE`; omit for free shipping."""

    threshold_value: str | None = None
    """Threshold: an item count or an amount, depending on `threshold_type`."""

    shipping_method: OpenEnum[Literal["ALL_SHIPPING_METHOD", "EXPRESS_SHIPPING", "STANDARD_SHIPPING"]] | None = None
    """Shipping methods covered (default `STANDARD_SHIPPING`, which includes economy)."""

    inventory_type: OpenEnum[Literal["ALL", "FULFILLED_BY_TIKTOK", "SELF_FULFILLED"]] | None = None
    """Inventory covered (default `SELF_FULFILLED`); the others need `SHOP` scope and no threshold."""


class ShippingDiscountInput(RequestModel):
    """Shipping discount (`SHIPPING_DISCOUNT`)."""

    type_: Literal["DISCOUNT_SHIPPING_FEE", "FREE_SHIPPING"] = Field(alias="type")
    """`FREE_SHIPPING` (shipping fee to zero) or `DISCOUNT_SHIPPING_FEE` (fee reduced by up to `value`)."""

    threshold_type: Literal["MINIMAL_ITEM_QUANTITY", "MINIMAL_ORDER_AMOUNT", "NO_THRESHOLD"]
    """Purchase condition: none, a minimum item count or a minimum order amount."""

    area_scope: AreaScopeInput
    """Buyer areas the discount applies to."""

    value: str | None = Field(default=None, strict=True)
    """Shipping discount amount for `DISCOUNT_SHIPPING_FEE`; omit for free shipping."""

    threshold_value: str | None = Field(default=None, strict=True)
    """Threshold: an item count or an amount, depending on `threshold_type`."""

    shipping_method: Literal["ALL_SHIPPING_METHOD", "EXPRESS_SHIPPING", "STANDARD_SHIPPING"] | None = None
    """Shipping methods covered (default `STANDARD_SHIPPING`, which includes economy)."""

    inventory_type: Literal["ALL", "FULFILLED_BY_TIKTOK", "SELF_FULFILLED"] | None = None
    """Inventory covered (default `SELF_FULFILLED`); the others need `SHOP` scope and no threshold."""


class TargetUserInfo(ResponseModel):
    """Buyers the activity targets."""

    user_type: (
        OpenEnum[Literal["ALL_USER", "SHOP_EXISTING_CUSTOMER", "SHOP_NEW_CUSTOMER", "SHOP_REPEAT_CUSTOMER"]] | None
    ) = None
    """Targeted buyers."""


class TargetUserInfoInput(RequestModel):
    """Buyers the activity targets."""

    user_type: Literal["ALL_USER", "SHOP_EXISTING_CUSTOMER", "SHOP_NEW_CUSTOMER", "SHOP_REPEAT_CUSTOMER"] | None = None
    """Targeted buyers."""


class Threshold(ResponseModel):
    """Purchase condition to use the coupon."""

    type_: OpenEnum[Literal["MIN_SPEND", "NONE"]] | None = Field(default=None, alias="type")
    """`NONE` or `MIN_SPEND`."""

    min_spend: Money | None = None
    """An amount of money."""


class UpdateActivityParticipationLimit(RequestModel):
    """One participation rule."""

    type_: Literal["BUYER_LIMIT_ONLY_ONE", "BUYER_NO_LIMIT"] = Field(alias="type")
    """`BUYER_NO_LIMIT` (any number of orders, the default) or `BUYER_LIMIT_ONLY_ONE` (one order)."""


class UpdateActivityProductsQuery(RequestModel):
    """Path and query parameters of PromotionUpdateActivityProducts."""

    activity_id: str = Field(min_length=1, strict=True)
    """Activity id."""


class UpdateActivityProductsRequest(RequestModel):
    """Products to add or update."""

    activity_id: str = Field(strict=True)
    """Activity id (same as in the path); deactivated or expired activities cannot change."""

    products: list[Product] | None = None
    """Products to add or update."""

    benefit_product_ids: list[StrictStr] | None = None
    """Benefit products of a Buy More Save More or Buy X Get Y activity."""

    exclude_product_ids: list[StrictStr] | None = None
    """Products excluded from a `SHOP`-scoped Buy More Save More or Buy X Get Y activity."""


class UpdateActivityProductsResponse(ResponseModel):
    """The activity after the change."""

    activity_id: str | None = None
    """Activity id."""

    title: str | None = None
    """Activity name."""

    status: OpenEnum[Literal["DEACTIVATED", "DRAFT", "EXPIRED", "NOT_EFFECTIVE", "NOT_START", "ONGOING"]] | None = None
    """Activity status; only `ONGOING` activities are visible to buyers."""

    total_count: int | None = None
    """Number of products (or SKUs for `VARIATION`) in the request."""

    update_time: int | None = None
    """Time of the change (unix seconds)."""


class UpdateActivityQuery(RequestModel):
    """Path and query parameters of PromotionUpdateActivity."""

    activity_id: str = Field(min_length=1, strict=True)
    """Activity id."""


class UpdateActivityRequest(RequestModel):
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

    participation_limit: list[UpdateActivityParticipationLimit] | None = None
    """How often one buyer can benefit from the activity."""

    discount: DiscountInput | None = None
    """Benefit settings of an activity; set the part matching `activity_type` (product discounts use
    per-product prices instead)."""

    target_user_info: TargetUserInfoInput | None = None
    """Buyers the activity targets."""

    auction_support_type: Literal["ALL", "EXCLUDE_AUCTION"] | None = None
    """Shipping discounts only: `ALL` products, or `EXCLUDE_AUCTION` to leave auction products out."""


class UpdateActivityResponse(ResponseModel):
    """The updated activity."""

    activity_id: str | None = None
    """Activity id."""

    title: str | None = None
    """Activity name."""

    update_time: int | None = None
    """Last update time (unix seconds)."""


class UsageLimits(ResponseModel):
    """Claim and use limits."""

    single_buyer_claim_limit: int | None = None
    """Times one buyer can claim the coupon."""

    total_claim_limit: int | None = None
    """Total claims allowed across buyers."""

    redemption_limit: int | None = None
    """Total uses allowed across buyers."""


class UsageStats(ResponseModel):
    """Claim and use counts so far."""

    claimed_count: int | None = None
    """Times the coupon was claimed."""

    redeemed_count: int | None = None
    """Times the coupon was used."""
