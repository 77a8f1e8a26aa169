"""The `promotion` resources: sync and async twins, raw-response and version views.

Promotion activities (discounts, flash sales, shipping and bundle deals) and coupons."""

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
    ActivitySummary,
    Coupon,
    CreateActivityParticipationLimit,
    CreateActivityResponse,
    DeactivateActivityResponse,
    DiscountInput,
    GetActivityResponse,
    GetCouponResponse,
    Product,
    RemoveActivityProductsResponse,
    RepublishActivityResponse,
    SearchActivitiesResponse,
    SearchCouponsResponse,
    TargetUserInfoInput,
    UpdateActivityParticipationLimit,
    UpdateActivityProductsResponse,
    UpdateActivityResponse,
)


class PromotionResource:
    """Promotion activities (discounts, flash sales, shipping and bundle deals) and coupons."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def create_activity(
        self,
        *,
        title: str,
        activity_type: Literal[
            "BUY_MORE_SAVE_MORE",
            "BUY_X_GET_Y",
            "DIRECT_DISCOUNT",
            "FIXED_PRICE",
            "FLASHSALE",
            "GIFT_WITH_PURCHASE",
            "SHIPPING_DISCOUNT",
        ],
        product_level: Literal["PRODUCT", "SHOP", "VARIATION"],
        begin_time: int,
        end_time: int,
        duration_type: Literal["INDEFINITE", "NORMAL"] | None = None,
        participation_limit: list[CreateActivityParticipationLimit] | None = None,
        discount: DiscountInput | None = None,
        target_user_info: TargetUserInfoInput | None = None,
        auction_support_type: Literal["ALL", "EXCLUDE_AUCTION"] | None = None,
    ) -> CreateActivityResponse:
        """Create promotion activity.

        Creates a product discount, flash sale, shipping discount, Buy More Save More, Gift With Purchase or
        Buy X Get Y activity (not coupons). Add its products afterwards with Update activity products.

        `POST /promotion/202309/activities` (shop cipher required)

        Args:
            title: Activity name, unique across the seller's activities (at most 50 characters for flash
                sales and shipping discounts).
            activity_type: Activity type: `FIXED_PRICE` (fixed deal price), `DIRECT_DISCOUNT` (percentage
                off), `FLASHSALE`, `SHIPPING_DISCOUNT`, `BUY_MORE_SAVE_MORE`, `GIFT_WITH_PURCHASE` or
                `BUY_X_GET_Y`.
            product_level: Product scope: `PRODUCT` (whole products), `VARIATION` (individual SKUs) or
                `SHOP` (every product).
            begin_time: Start time (unix seconds), in the future.
            end_time: End time (unix seconds), after `begin_time`.
            duration_type: `NORMAL` (runs between `begin_time` and `end_time`, the default) or `INDEFINITE`
                (no end; shipping discounts only, times 0).
            participation_limit: How often one buyer can benefit from the activity.
            discount: Benefit settings of an activity; set the part matching `activity_type` (product
                discounts use per-product prices instead).
            target_user_info: Buyers the activity targets.
            auction_support_type: Shipping discounts only: `ALL` products, or `EXCLUDE_AUCTION` to leave
                auction products out."""
        return self._client.request(
            ops.CREATE_ACTIVITY,
            {
                "title": title,
                "activity_type": activity_type,
                "product_level": product_level,
                "begin_time": begin_time,
                "end_time": end_time,
                "duration_type": duration_type,
                "participation_limit": participation_limit,
                "discount": discount,
                "target_user_info": target_user_info,
                "auction_support_type": auction_support_type,
            },
        )

    def deactivate_activity(
        self,
        *,
        activity_id: str,
    ) -> DeactivateActivityResponse:
        """Deactivate activity.

        Stops an ongoing or upcoming activity.

        `POST /promotion/202309/activities/{activity_id}/deactivate` (shop cipher required)

        Args:
            activity_id: Activity id."""
        return self._client.request(
            ops.DEACTIVATE_ACTIVITY,
            {
                "activity_id": activity_id,
            },
        )

    def get_activity(
        self,
        *,
        activity_id: str,
    ) -> GetActivityResponse:
        """Get activity.

        Returns one promotion activity with its settings and products. Products of product discounts and
        flash sales ended over 180 days ago are not returned; use Get coupon for coupons.

        `GET /promotion/202309/activities/{activity_id}` (shop cipher required)

        Args:
            activity_id: Activity id."""
        return self._client.request(
            ops.GET_ACTIVITY,
            {
                "activity_id": activity_id,
            },
        )

    def get_coupon(
        self,
        *,
        coupon_id: str,
    ) -> GetCouponResponse:
        """Get coupon.

        Returns one coupon in full, including eligible products, LIVE tasks and usage counts.

        `GET /promotion/202406/coupons/{coupon_id}` (shop cipher required)

        Args:
            coupon_id: Coupon id."""
        return self._client.request(
            ops.GET_COUPON,
            {
                "coupon_id": coupon_id,
            },
        )

    def remove_activity_products(
        self,
        *,
        activity_id: str,
        product_ids: list[str] | None = None,
        sku_ids: list[str] | None = None,
        benefit_product_ids: list[str] | None = None,
        exclude_product_ids: list[str] | None = None,
    ) -> RemoveActivityProductsResponse:
        """Remove activity products.

        Removes products, SKUs, benefit products or excluded products from an activity. Give at least one
        non-empty list.

        `DELETE /promotion/202309/activities/{activity_id}/products` (shop cipher required)

        Args:
            activity_id: Activity id.
            product_ids: Products to remove, at most 300.
            sku_ids: SKUs to remove (not for `PRODUCT`-level activities).
            benefit_product_ids: Benefit products to remove (Buy More Save More, Buy X Get Y).
            exclude_product_ids: Excluded products to remove (`SHOP`-scoped Buy More Save More, Buy X Get
                Y)."""
        return self._client.request(
            ops.REMOVE_ACTIVITY_PRODUCTS,
            {
                "activity_id": activity_id,
                "product_ids": product_ids,
                "sku_ids": sku_ids,
                "benefit_product_ids": benefit_product_ids,
                "exclude_product_ids": exclude_product_ids,
            },
        )

    def republish_activity(
        self,
        *,
        activity_id: str,
        begin_time: int | None = None,
        end_time: int | None = None,
    ) -> RepublishActivityResponse:
        """Republish activity.

        Runs again a `FIXED_PRICE`, `DIRECT_DISCOUNT` or `FLASHSALE` activity that expired or was
        deactivated in the last 7 days, with a new period and its existing products.

        `POST /promotion/202607/activities/{activity_id}/republish` (shop cipher required)

        Args:
            activity_id: Activity id.
            begin_time: New start time (unix seconds), in the future.
            end_time: New end time (unix seconds), after `begin_time`."""
        return self._client.request(
            ops.REPUBLISH_ACTIVITY,
            {
                "activity_id": activity_id,
                "begin_time": begin_time,
                "end_time": end_time,
            },
        )

    def search_activities(
        self,
        *,
        status: Literal["DEACTIVATED", "EXPIRED", "NOT_START", "ONGOING"] | None = None,
        activity_type: Literal[
            "BUY_MORE_SAVE_MORE",
            "BUY_X_GET_Y",
            "DIRECT_DISCOUNT",
            "FIXED_PRICE",
            "FLASHSALE",
            "GIFT_WITH_PURCHASE",
            "SHIPPING_DISCOUNT",
        ]
        | None = None,
        activity_title: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> SearchActivitiesResponse:
        """Search promotion activities.

        Lists the shop's promotion activities (not coupons) by status, type or title. Paging fields travel
        in the request body.

        `POST /promotion/202309/activities/search` (shop cipher required)

        Args:
            status: Only activities in this status; by default `NOT_START`, `ONGOING`, `EXPIRED` and
                `DEACTIVATED` ones.
            activity_type: Only activities of this type; all types when omitted.
            activity_title: Keywords of the title (no fuzzy matching).
            page_size: Activities per page, up to 100.
            page_token: Token of the page to fetch, from the previous `next_page_token`; empty for the first
                page."""
        return self._client.request(
            ops.SEARCH_ACTIVITIES,
            {
                "status": status,
                "activity_type": activity_type,
                "activity_title": activity_title,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def iter_search_activities(
        self,
        *,
        status: Literal["DEACTIVATED", "EXPIRED", "NOT_START", "ONGOING"] | None = None,
        activity_type: Literal[
            "BUY_MORE_SAVE_MORE",
            "BUY_X_GET_Y",
            "DIRECT_DISCOUNT",
            "FIXED_PRICE",
            "FLASHSALE",
            "GIFT_WITH_PURCHASE",
            "SHIPPING_DISCOUNT",
        ]
        | None = None,
        activity_title: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> SyncPager[ActivitySummary, SearchActivitiesResponse]:
        """Iterate over every item of `search_activities` across pages, fetching each page lazily.

        Iterating yields `activities` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_activities`."""
        return self._client.paginate(
            ops.SEARCH_ACTIVITIES,
            {
                "status": status,
                "activity_type": activity_type,
                "activity_title": activity_title,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def search_coupons(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        status: list[Literal["DEACTIVATED", "EXPIRED", "NOT_START", "ONGOING"]] | None = None,
        display_type: list[Literal["CHAT", "CREATOR_EXCLUSIVE", "LIVE", "PROMO_CODE", "REGULAR"]] | None = None,
        title_keyword: str | None = None,
    ) -> SearchCouponsResponse:
        """Search coupons.

        Lists the shop's coupons (from Seller Center, the seller app or the CRM) by status, display type and
        title prefix. Filters combine with AND; values within a list with OR.

        `POST /promotion/202406/coupons/search` (shop cipher required)

        Args:
            page_size: Coupons per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            status: Only coupons in one of these statuses.
            display_type: Only coupons of one of these display types.
            title_keyword: Prefix of a phrase of the title."""
        return self._client.request(
            ops.SEARCH_COUPONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "display_type": display_type,
                "title_keyword": title_keyword,
            },
        )

    def iter_search_coupons(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        status: list[Literal["DEACTIVATED", "EXPIRED", "NOT_START", "ONGOING"]] | None = None,
        display_type: list[Literal["CHAT", "CREATOR_EXCLUSIVE", "LIVE", "PROMO_CODE", "REGULAR"]] | None = None,
        title_keyword: str | None = None,
    ) -> SyncPager[Coupon, SearchCouponsResponse]:
        """Iterate over every item of `search_coupons` across pages, fetching each page lazily.

        Iterating yields `coupons` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_coupons`."""
        return self._client.paginate(
            ops.SEARCH_COUPONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "display_type": display_type,
                "title_keyword": title_keyword,
            },
        )

    def update_activity(
        self,
        *,
        activity_id: str,
        title: str,
        begin_time: int,
        end_time: int,
        duration_type: Literal["INDEFINITE", "NORMAL"] | None = None,
        product_level: Literal["PRODUCT", "SHOP", "VARIATION"] | None = None,
        participation_limit: list[UpdateActivityParticipationLimit] | None = None,
        discount: DiscountInput | None = None,
        target_user_info: TargetUserInfoInput | None = None,
        auction_support_type: Literal["ALL", "EXCLUDE_AUCTION"] | None = None,
    ) -> UpdateActivityResponse:
        """Update promotion activity.

        Changes an activity's title and schedule, and for shipping discounts, Buy More Save More, Gift With
        Purchase and Buy X Get Y its benefit settings.

        `PUT /promotion/202309/activities/{activity_id}` (shop cipher required)

        Args:
            activity_id: Activity id.
            title: Activity name, unique, at most 50 characters.
            begin_time: Start time (unix seconds).
            end_time: End time (unix seconds).
            duration_type: `NORMAL` (runs between `begin_time` and `end_time`, the default) or `INDEFINITE`
                (no end; shipping discounts only, times 0).
            product_level: Product scope: `PRODUCT` (whole products), `VARIATION` (individual SKUs) or
                `SHOP` (every product).
            participation_limit: How often one buyer can benefit from the activity.
            discount: Benefit settings of an activity; set the part matching `activity_type` (product
                discounts use per-product prices instead).
            target_user_info: Buyers the activity targets.
            auction_support_type: Shipping discounts only: `ALL` products, or `EXCLUDE_AUCTION` to leave
                auction products out."""
        return self._client.request(
            ops.UPDATE_ACTIVITY,
            {
                "activity_id": activity_id,
                "title": title,
                "begin_time": begin_time,
                "end_time": end_time,
                "duration_type": duration_type,
                "product_level": product_level,
                "participation_limit": participation_limit,
                "discount": discount,
                "target_user_info": target_user_info,
                "auction_support_type": auction_support_type,
            },
        )

    def update_activity_products(
        self,
        *,
        activity_id: str,
        products: list[Product] | None = None,
        benefit_product_ids: list[str] | None = None,
        exclude_product_ids: list[str] | None = None,
    ) -> UpdateActivityProductsResponse:
        """Update activity products.

        Adds products or SKUs to an activity, or changes their deal price, discount and limits. Also sets
        benefit and excluded products of Buy More Save More and Buy X Get Y activities.

        `PUT /promotion/202309/activities/{activity_id}/products` (shop cipher required)

        Args:
            activity_id: Activity id.
            products: Products to add or update.
            benefit_product_ids: Benefit products of a Buy More Save More or Buy X Get Y activity.
            exclude_product_ids: Products excluded from a `SHOP`-scoped Buy More Save More or Buy X Get Y
                activity."""
        return self._client.request(
            ops.UPDATE_ACTIVITY_PRODUCTS,
            {
                "activity_id": activity_id,
                "products": products,
                "benefit_product_ids": benefit_product_ids,
                "exclude_product_ids": exclude_product_ids,
            },
        )


class PromotionResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: PromotionResource) -> None:
        self.create_activity = raw(resource.create_activity)
        self.deactivate_activity = raw(resource.deactivate_activity)
        self.get_activity = raw(resource.get_activity)
        self.get_coupon = raw(resource.get_coupon)
        self.remove_activity_products = raw(resource.remove_activity_products)
        self.republish_activity = raw(resource.republish_activity)
        self.search_activities = raw(resource.search_activities)
        self.search_coupons = raw(resource.search_coupons)
        self.update_activity = raw(resource.update_activity)
        self.update_activity_products = raw(resource.update_activity_products)


class PromotionAt202309:
    """`promotion` operations pinned to version 202309."""

    def __init__(self, resource: PromotionResource) -> None:
        self.create_activity = resource.create_activity
        self.deactivate_activity = resource.deactivate_activity
        self.get_activity = resource.get_activity
        self.remove_activity_products = resource.remove_activity_products
        self.search_activities = resource.search_activities
        self.iter_search_activities = resource.iter_search_activities
        self.update_activity = resource.update_activity
        self.update_activity_products = resource.update_activity_products


class PromotionAt202406:
    """`promotion` operations pinned to version 202406."""

    def __init__(self, resource: PromotionResource) -> None:
        self.get_coupon = resource.get_coupon
        self.search_coupons = resource.search_coupons
        self.iter_search_coupons = resource.iter_search_coupons


class PromotionAt202607:
    """`promotion` operations pinned to version 202607."""

    def __init__(self, resource: PromotionResource) -> None:
        self.republish_activity = resource.republish_activity


class AsyncPromotionResource:
    """Promotion activities (discounts, flash sales, shipping and bundle deals) and coupons. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def create_activity(
        self,
        *,
        title: str,
        activity_type: Literal[
            "BUY_MORE_SAVE_MORE",
            "BUY_X_GET_Y",
            "DIRECT_DISCOUNT",
            "FIXED_PRICE",
            "FLASHSALE",
            "GIFT_WITH_PURCHASE",
            "SHIPPING_DISCOUNT",
        ],
        product_level: Literal["PRODUCT", "SHOP", "VARIATION"],
        begin_time: int,
        end_time: int,
        duration_type: Literal["INDEFINITE", "NORMAL"] | None = None,
        participation_limit: list[CreateActivityParticipationLimit] | None = None,
        discount: DiscountInput | None = None,
        target_user_info: TargetUserInfoInput | None = None,
        auction_support_type: Literal["ALL", "EXCLUDE_AUCTION"] | None = None,
    ) -> CreateActivityResponse:
        """Create promotion activity.

        Creates a product discount, flash sale, shipping discount, Buy More Save More, Gift With Purchase or
        Buy X Get Y activity (not coupons). Add its products afterwards with Update activity products.

        `POST /promotion/202309/activities` (shop cipher required)

        Args:
            title: Activity name, unique across the seller's activities (at most 50 characters for flash
                sales and shipping discounts).
            activity_type: Activity type: `FIXED_PRICE` (fixed deal price), `DIRECT_DISCOUNT` (percentage
                off), `FLASHSALE`, `SHIPPING_DISCOUNT`, `BUY_MORE_SAVE_MORE`, `GIFT_WITH_PURCHASE` or
                `BUY_X_GET_Y`.
            product_level: Product scope: `PRODUCT` (whole products), `VARIATION` (individual SKUs) or
                `SHOP` (every product).
            begin_time: Start time (unix seconds), in the future.
            end_time: End time (unix seconds), after `begin_time`.
            duration_type: `NORMAL` (runs between `begin_time` and `end_time`, the default) or `INDEFINITE`
                (no end; shipping discounts only, times 0).
            participation_limit: How often one buyer can benefit from the activity.
            discount: Benefit settings of an activity; set the part matching `activity_type` (product
                discounts use per-product prices instead).
            target_user_info: Buyers the activity targets.
            auction_support_type: Shipping discounts only: `ALL` products, or `EXCLUDE_AUCTION` to leave
                auction products out."""
        return await self._client.request(
            ops.CREATE_ACTIVITY,
            {
                "title": title,
                "activity_type": activity_type,
                "product_level": product_level,
                "begin_time": begin_time,
                "end_time": end_time,
                "duration_type": duration_type,
                "participation_limit": participation_limit,
                "discount": discount,
                "target_user_info": target_user_info,
                "auction_support_type": auction_support_type,
            },
        )

    async def deactivate_activity(
        self,
        *,
        activity_id: str,
    ) -> DeactivateActivityResponse:
        """Deactivate activity.

        Stops an ongoing or upcoming activity.

        `POST /promotion/202309/activities/{activity_id}/deactivate` (shop cipher required)

        Args:
            activity_id: Activity id."""
        return await self._client.request(
            ops.DEACTIVATE_ACTIVITY,
            {
                "activity_id": activity_id,
            },
        )

    async def get_activity(
        self,
        *,
        activity_id: str,
    ) -> GetActivityResponse:
        """Get activity.

        Returns one promotion activity with its settings and products. Products of product discounts and
        flash sales ended over 180 days ago are not returned; use Get coupon for coupons.

        `GET /promotion/202309/activities/{activity_id}` (shop cipher required)

        Args:
            activity_id: Activity id."""
        return await self._client.request(
            ops.GET_ACTIVITY,
            {
                "activity_id": activity_id,
            },
        )

    async def get_coupon(
        self,
        *,
        coupon_id: str,
    ) -> GetCouponResponse:
        """Get coupon.

        Returns one coupon in full, including eligible products, LIVE tasks and usage counts.

        `GET /promotion/202406/coupons/{coupon_id}` (shop cipher required)

        Args:
            coupon_id: Coupon id."""
        return await self._client.request(
            ops.GET_COUPON,
            {
                "coupon_id": coupon_id,
            },
        )

    async def remove_activity_products(
        self,
        *,
        activity_id: str,
        product_ids: list[str] | None = None,
        sku_ids: list[str] | None = None,
        benefit_product_ids: list[str] | None = None,
        exclude_product_ids: list[str] | None = None,
    ) -> RemoveActivityProductsResponse:
        """Remove activity products.

        Removes products, SKUs, benefit products or excluded products from an activity. Give at least one
        non-empty list.

        `DELETE /promotion/202309/activities/{activity_id}/products` (shop cipher required)

        Args:
            activity_id: Activity id.
            product_ids: Products to remove, at most 300.
            sku_ids: SKUs to remove (not for `PRODUCT`-level activities).
            benefit_product_ids: Benefit products to remove (Buy More Save More, Buy X Get Y).
            exclude_product_ids: Excluded products to remove (`SHOP`-scoped Buy More Save More, Buy X Get
                Y)."""
        return await self._client.request(
            ops.REMOVE_ACTIVITY_PRODUCTS,
            {
                "activity_id": activity_id,
                "product_ids": product_ids,
                "sku_ids": sku_ids,
                "benefit_product_ids": benefit_product_ids,
                "exclude_product_ids": exclude_product_ids,
            },
        )

    async def republish_activity(
        self,
        *,
        activity_id: str,
        begin_time: int | None = None,
        end_time: int | None = None,
    ) -> RepublishActivityResponse:
        """Republish activity.

        Runs again a `FIXED_PRICE`, `DIRECT_DISCOUNT` or `FLASHSALE` activity that expired or was
        deactivated in the last 7 days, with a new period and its existing products.

        `POST /promotion/202607/activities/{activity_id}/republish` (shop cipher required)

        Args:
            activity_id: Activity id.
            begin_time: New start time (unix seconds), in the future.
            end_time: New end time (unix seconds), after `begin_time`."""
        return await self._client.request(
            ops.REPUBLISH_ACTIVITY,
            {
                "activity_id": activity_id,
                "begin_time": begin_time,
                "end_time": end_time,
            },
        )

    async def search_activities(
        self,
        *,
        status: Literal["DEACTIVATED", "EXPIRED", "NOT_START", "ONGOING"] | None = None,
        activity_type: Literal[
            "BUY_MORE_SAVE_MORE",
            "BUY_X_GET_Y",
            "DIRECT_DISCOUNT",
            "FIXED_PRICE",
            "FLASHSALE",
            "GIFT_WITH_PURCHASE",
            "SHIPPING_DISCOUNT",
        ]
        | None = None,
        activity_title: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> SearchActivitiesResponse:
        """Search promotion activities.

        Lists the shop's promotion activities (not coupons) by status, type or title. Paging fields travel
        in the request body.

        `POST /promotion/202309/activities/search` (shop cipher required)

        Args:
            status: Only activities in this status; by default `NOT_START`, `ONGOING`, `EXPIRED` and
                `DEACTIVATED` ones.
            activity_type: Only activities of this type; all types when omitted.
            activity_title: Keywords of the title (no fuzzy matching).
            page_size: Activities per page, up to 100.
            page_token: Token of the page to fetch, from the previous `next_page_token`; empty for the first
                page."""
        return await self._client.request(
            ops.SEARCH_ACTIVITIES,
            {
                "status": status,
                "activity_type": activity_type,
                "activity_title": activity_title,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    def iter_search_activities(
        self,
        *,
        status: Literal["DEACTIVATED", "EXPIRED", "NOT_START", "ONGOING"] | None = None,
        activity_type: Literal[
            "BUY_MORE_SAVE_MORE",
            "BUY_X_GET_Y",
            "DIRECT_DISCOUNT",
            "FIXED_PRICE",
            "FLASHSALE",
            "GIFT_WITH_PURCHASE",
            "SHIPPING_DISCOUNT",
        ]
        | None = None,
        activity_title: str | None = None,
        page_size: int | None = None,
        page_token: str | None = None,
    ) -> AsyncPager[ActivitySummary, SearchActivitiesResponse]:
        """Iterate over every item of `search_activities` across pages, fetching each page lazily.

        Iterating yields `activities` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_activities`."""
        return self._client.paginate(
            ops.SEARCH_ACTIVITIES,
            {
                "status": status,
                "activity_type": activity_type,
                "activity_title": activity_title,
                "page_size": page_size,
                "page_token": page_token,
            },
        )

    async def search_coupons(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        status: list[Literal["DEACTIVATED", "EXPIRED", "NOT_START", "ONGOING"]] | None = None,
        display_type: list[Literal["CHAT", "CREATOR_EXCLUSIVE", "LIVE", "PROMO_CODE", "REGULAR"]] | None = None,
        title_keyword: str | None = None,
    ) -> SearchCouponsResponse:
        """Search coupons.

        Lists the shop's coupons (from Seller Center, the seller app or the CRM) by status, display type and
        title prefix. Filters combine with AND; values within a list with OR.

        `POST /promotion/202406/coupons/search` (shop cipher required)

        Args:
            page_size: Coupons per page, 1 to 100.
            page_token: Opaque token of the page to fetch, from the previous page's `next_page_token`. Omit
                for the first page.
            status: Only coupons in one of these statuses.
            display_type: Only coupons of one of these display types.
            title_keyword: Prefix of a phrase of the title."""
        return await self._client.request(
            ops.SEARCH_COUPONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "display_type": display_type,
                "title_keyword": title_keyword,
            },
        )

    def iter_search_coupons(
        self,
        *,
        page_size: int | None = None,
        page_token: str | None = None,
        status: list[Literal["DEACTIVATED", "EXPIRED", "NOT_START", "ONGOING"]] | None = None,
        display_type: list[Literal["CHAT", "CREATOR_EXCLUSIVE", "LIVE", "PROMO_CODE", "REGULAR"]] | None = None,
        title_keyword: str | None = None,
    ) -> AsyncPager[Coupon, SearchCouponsResponse]:
        """Iterate over every item of `search_coupons` across pages, fetching each page lazily.

        Iterating yields `coupons` items; `.pages()` yields whole pages. Takes the same arguments as
        `search_coupons`."""
        return self._client.paginate(
            ops.SEARCH_COUPONS,
            {
                "page_size": page_size,
                "page_token": page_token,
                "status": status,
                "display_type": display_type,
                "title_keyword": title_keyword,
            },
        )

    async def update_activity(
        self,
        *,
        activity_id: str,
        title: str,
        begin_time: int,
        end_time: int,
        duration_type: Literal["INDEFINITE", "NORMAL"] | None = None,
        product_level: Literal["PRODUCT", "SHOP", "VARIATION"] | None = None,
        participation_limit: list[UpdateActivityParticipationLimit] | None = None,
        discount: DiscountInput | None = None,
        target_user_info: TargetUserInfoInput | None = None,
        auction_support_type: Literal["ALL", "EXCLUDE_AUCTION"] | None = None,
    ) -> UpdateActivityResponse:
        """Update promotion activity.

        Changes an activity's title and schedule, and for shipping discounts, Buy More Save More, Gift With
        Purchase and Buy X Get Y its benefit settings.

        `PUT /promotion/202309/activities/{activity_id}` (shop cipher required)

        Args:
            activity_id: Activity id.
            title: Activity name, unique, at most 50 characters.
            begin_time: Start time (unix seconds).
            end_time: End time (unix seconds).
            duration_type: `NORMAL` (runs between `begin_time` and `end_time`, the default) or `INDEFINITE`
                (no end; shipping discounts only, times 0).
            product_level: Product scope: `PRODUCT` (whole products), `VARIATION` (individual SKUs) or
                `SHOP` (every product).
            participation_limit: How often one buyer can benefit from the activity.
            discount: Benefit settings of an activity; set the part matching `activity_type` (product
                discounts use per-product prices instead).
            target_user_info: Buyers the activity targets.
            auction_support_type: Shipping discounts only: `ALL` products, or `EXCLUDE_AUCTION` to leave
                auction products out."""
        return await self._client.request(
            ops.UPDATE_ACTIVITY,
            {
                "activity_id": activity_id,
                "title": title,
                "begin_time": begin_time,
                "end_time": end_time,
                "duration_type": duration_type,
                "product_level": product_level,
                "participation_limit": participation_limit,
                "discount": discount,
                "target_user_info": target_user_info,
                "auction_support_type": auction_support_type,
            },
        )

    async def update_activity_products(
        self,
        *,
        activity_id: str,
        products: list[Product] | None = None,
        benefit_product_ids: list[str] | None = None,
        exclude_product_ids: list[str] | None = None,
    ) -> UpdateActivityProductsResponse:
        """Update activity products.

        Adds products or SKUs to an activity, or changes their deal price, discount and limits. Also sets
        benefit and excluded products of Buy More Save More and Buy X Get Y activities.

        `PUT /promotion/202309/activities/{activity_id}/products` (shop cipher required)

        Args:
            activity_id: Activity id.
            products: Products to add or update.
            benefit_product_ids: Benefit products of a Buy More Save More or Buy X Get Y activity.
            exclude_product_ids: Products excluded from a `SHOP`-scoped Buy More Save More or Buy X Get Y
                activity."""
        return await self._client.request(
            ops.UPDATE_ACTIVITY_PRODUCTS,
            {
                "activity_id": activity_id,
                "products": products,
                "benefit_product_ids": benefit_product_ids,
                "exclude_product_ids": exclude_product_ids,
            },
        )


class AsyncPromotionResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncPromotionResource) -> None:
        self.create_activity = async_raw(resource.create_activity)
        self.deactivate_activity = async_raw(resource.deactivate_activity)
        self.get_activity = async_raw(resource.get_activity)
        self.get_coupon = async_raw(resource.get_coupon)
        self.remove_activity_products = async_raw(resource.remove_activity_products)
        self.republish_activity = async_raw(resource.republish_activity)
        self.search_activities = async_raw(resource.search_activities)
        self.search_coupons = async_raw(resource.search_coupons)
        self.update_activity = async_raw(resource.update_activity)
        self.update_activity_products = async_raw(resource.update_activity_products)


class AsyncPromotionAt202309:
    """`promotion` operations pinned to version 202309."""

    def __init__(self, resource: AsyncPromotionResource) -> None:
        self.create_activity = resource.create_activity
        self.deactivate_activity = resource.deactivate_activity
        self.get_activity = resource.get_activity
        self.remove_activity_products = resource.remove_activity_products
        self.search_activities = resource.search_activities
        self.iter_search_activities = resource.iter_search_activities
        self.update_activity = resource.update_activity
        self.update_activity_products = resource.update_activity_products


class AsyncPromotionAt202406:
    """`promotion` operations pinned to version 202406."""

    def __init__(self, resource: AsyncPromotionResource) -> None:
        self.get_coupon = resource.get_coupon
        self.search_coupons = resource.search_coupons
        self.iter_search_coupons = resource.iter_search_coupons


class AsyncPromotionAt202607:
    """`promotion` operations pinned to version 202607."""

    def __init__(self, resource: AsyncPromotionResource) -> None:
        self.republish_activity = resource.republish_activity
