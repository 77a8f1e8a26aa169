"""The resource attributes of the clients, each module imported on first use.

The handwritten clients inherit these mixins and set `_requester`; static type checkers see every
resource through the `TYPE_CHECKING` imports while the runtime imports nothing until an attribute is
read."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal, overload

if TYPE_CHECKING:
    from tiktok_shop._contract import AsyncRequester, SyncRequester

    from .affiliate_creator.resources import (
        AffiliateCreatorAt202405,
        AffiliateCreatorAt202409,
        AffiliateCreatorAt202412,
        AffiliateCreatorAt202508,
        AffiliateCreatorAt202509,
        AffiliateCreatorResource,
        AffiliateCreatorResourceWithRawResponse,
        AsyncAffiliateCreatorAt202405,
        AsyncAffiliateCreatorAt202409,
        AsyncAffiliateCreatorAt202412,
        AsyncAffiliateCreatorAt202508,
        AsyncAffiliateCreatorAt202509,
        AsyncAffiliateCreatorResource,
        AsyncAffiliateCreatorResourceWithRawResponse,
    )
    from .affiliate_seller.resources import (
        AffiliateSellerAt202405,
        AffiliateSellerAt202409,
        AffiliateSellerAt202410,
        AffiliateSellerAt202412,
        AffiliateSellerAt202507,
        AffiliateSellerAt202508,
        AffiliateSellerAt202512,
        AffiliateSellerResource,
        AffiliateSellerResourceWithRawResponse,
        AsyncAffiliateSellerAt202405,
        AsyncAffiliateSellerAt202409,
        AsyncAffiliateSellerAt202410,
        AsyncAffiliateSellerAt202412,
        AsyncAffiliateSellerAt202507,
        AsyncAffiliateSellerAt202508,
        AsyncAffiliateSellerAt202512,
        AsyncAffiliateSellerResource,
        AsyncAffiliateSellerResourceWithRawResponse,
    )
    from .analytics.resources import (
        AnalyticsAt202502,
        AnalyticsAt202511,
        AnalyticsResource,
        AnalyticsResourceWithRawResponse,
        AsyncAnalyticsAt202502,
        AsyncAnalyticsAt202511,
        AsyncAnalyticsResource,
        AsyncAnalyticsResourceWithRawResponse,
    )
    from .auth.resources import (
        AsyncAuthResource,
        AsyncAuthResourceWithRawResponse,
        AuthResource,
        AuthResourceWithRawResponse,
    )
    from .authorization.resources import (
        AsyncAuthorizationAt202309,
        AsyncAuthorizationAt202312,
        AsyncAuthorizationAt202401,
        AsyncAuthorizationAt202405,
        AsyncAuthorizationResource,
        AsyncAuthorizationResourceWithRawResponse,
        AuthorizationAt202309,
        AuthorizationAt202312,
        AuthorizationAt202401,
        AuthorizationAt202405,
        AuthorizationResource,
        AuthorizationResourceWithRawResponse,
    )
    from .event.resources import (
        AsyncEventAt202309,
        AsyncEventResource,
        AsyncEventResourceWithRawResponse,
        EventAt202309,
        EventResource,
        EventResourceWithRawResponse,
    )
    from .fulfillment.resources import (
        AsyncFulfillmentAt202309,
        AsyncFulfillmentAt202610,
        AsyncFulfillmentResource,
        AsyncFulfillmentResourceWithRawResponse,
        FulfillmentAt202309,
        FulfillmentAt202610,
        FulfillmentResource,
        FulfillmentResourceWithRawResponse,
    )
    from .order.resources import (
        AsyncOrderAt202309,
        AsyncOrderAt202406,
        AsyncOrderAt202407,
        AsyncOrderAt202507,
        AsyncOrderAt202511,
        AsyncOrderAt202605,
        AsyncOrderAt202606,
        AsyncOrderResource,
        AsyncOrderResourceWithRawResponse,
        OrderAt202309,
        OrderAt202406,
        OrderAt202407,
        OrderAt202507,
        OrderAt202511,
        OrderAt202605,
        OrderAt202606,
        OrderResource,
        OrderResourceWithRawResponse,
    )
    from .product.resources import (
        AsyncProductAt202309,
        AsyncProductResource,
        AsyncProductResourceWithRawResponse,
        ProductAt202309,
        ProductResource,
        ProductResourceWithRawResponse,
    )
    from .return_refund.resources import (
        AsyncReturnRefundAt202309,
        AsyncReturnRefundAt202602,
        AsyncReturnRefundResource,
        AsyncReturnRefundResourceWithRawResponse,
        ReturnRefundAt202309,
        ReturnRefundAt202602,
        ReturnRefundResource,
        ReturnRefundResourceWithRawResponse,
    )
    from .seller.resources import (
        AsyncSellerAt202309,
        AsyncSellerAt202601,
        AsyncSellerResource,
        AsyncSellerResourceWithRawResponse,
        SellerAt202309,
        SellerAt202601,
        SellerResource,
        SellerResourceWithRawResponse,
    )

VERSIONS: tuple[str, ...] = (
    "202309",
    "202312",
    "202401",
    "202405",
    "202406",
    "202407",
    "202409",
    "202410",
    "202412",
    "202502",
    "202507",
    "202508",
    "202509",
    "202511",
    "202512",
    "202601",
    "202602",
    "202605",
    "202606",
    "202610",
)


class SyncRawResources:
    """Every resource, returning `RawResponse` objects."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorResourceWithRawResponse:
        from .affiliate_creator.resources import AffiliateCreatorResourceWithRawResponse

        return AffiliateCreatorResourceWithRawResponse(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerResourceWithRawResponse:
        from .affiliate_seller.resources import AffiliateSellerResourceWithRawResponse

        return AffiliateSellerResourceWithRawResponse(self._resources.affiliate_seller)

    @cached_property
    def analytics(self) -> AnalyticsResourceWithRawResponse:
        from .analytics.resources import AnalyticsResourceWithRawResponse

        return AnalyticsResourceWithRawResponse(self._resources.analytics)

    @cached_property
    def auth(self) -> AuthResourceWithRawResponse:
        from .auth.resources import AuthResourceWithRawResponse

        return AuthResourceWithRawResponse(self._resources.auth)

    @cached_property
    def authorization(self) -> AuthorizationResourceWithRawResponse:
        from .authorization.resources import AuthorizationResourceWithRawResponse

        return AuthorizationResourceWithRawResponse(self._resources.authorization)

    @cached_property
    def event(self) -> EventResourceWithRawResponse:
        from .event.resources import EventResourceWithRawResponse

        return EventResourceWithRawResponse(self._resources.event)

    @cached_property
    def fulfillment(self) -> FulfillmentResourceWithRawResponse:
        from .fulfillment.resources import FulfillmentResourceWithRawResponse

        return FulfillmentResourceWithRawResponse(self._resources.fulfillment)

    @cached_property
    def order(self) -> OrderResourceWithRawResponse:
        from .order.resources import OrderResourceWithRawResponse

        return OrderResourceWithRawResponse(self._resources.order)

    @cached_property
    def product(self) -> ProductResourceWithRawResponse:
        from .product.resources import ProductResourceWithRawResponse

        return ProductResourceWithRawResponse(self._resources.product)

    @cached_property
    def return_refund(self) -> ReturnRefundResourceWithRawResponse:
        from .return_refund.resources import ReturnRefundResourceWithRawResponse

        return ReturnRefundResourceWithRawResponse(self._resources.return_refund)

    @cached_property
    def seller(self) -> SellerResourceWithRawResponse:
        from .seller.resources import SellerResourceWithRawResponse

        return SellerResourceWithRawResponse(self._resources.seller)


class SyncAt202309:
    """Operations pinned to version 202309: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def authorization(self) -> AuthorizationAt202309:
        from .authorization.resources import AuthorizationAt202309

        return AuthorizationAt202309(self._resources.authorization)

    @cached_property
    def event(self) -> EventAt202309:
        from .event.resources import EventAt202309

        return EventAt202309(self._resources.event)

    @cached_property
    def fulfillment(self) -> FulfillmentAt202309:
        from .fulfillment.resources import FulfillmentAt202309

        return FulfillmentAt202309(self._resources.fulfillment)

    @cached_property
    def order(self) -> OrderAt202309:
        from .order.resources import OrderAt202309

        return OrderAt202309(self._resources.order)

    @cached_property
    def product(self) -> ProductAt202309:
        from .product.resources import ProductAt202309

        return ProductAt202309(self._resources.product)

    @cached_property
    def return_refund(self) -> ReturnRefundAt202309:
        from .return_refund.resources import ReturnRefundAt202309

        return ReturnRefundAt202309(self._resources.return_refund)

    @cached_property
    def seller(self) -> SellerAt202309:
        from .seller.resources import SellerAt202309

        return SellerAt202309(self._resources.seller)


class SyncAt202312:
    """Operations pinned to version 202312: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def authorization(self) -> AuthorizationAt202312:
        from .authorization.resources import AuthorizationAt202312

        return AuthorizationAt202312(self._resources.authorization)


class SyncAt202401:
    """Operations pinned to version 202401: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def authorization(self) -> AuthorizationAt202401:
        from .authorization.resources import AuthorizationAt202401

        return AuthorizationAt202401(self._resources.authorization)


class SyncAt202405:
    """Operations pinned to version 202405: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202405:
        from .affiliate_creator.resources import AffiliateCreatorAt202405

        return AffiliateCreatorAt202405(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202405:
        from .affiliate_seller.resources import AffiliateSellerAt202405

        return AffiliateSellerAt202405(self._resources.affiliate_seller)

    @cached_property
    def authorization(self) -> AuthorizationAt202405:
        from .authorization.resources import AuthorizationAt202405

        return AuthorizationAt202405(self._resources.authorization)


class SyncAt202406:
    """Operations pinned to version 202406: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def order(self) -> OrderAt202406:
        from .order.resources import OrderAt202406

        return OrderAt202406(self._resources.order)


class SyncAt202407:
    """Operations pinned to version 202407: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def order(self) -> OrderAt202407:
        from .order.resources import OrderAt202407

        return OrderAt202407(self._resources.order)


class SyncAt202409:
    """Operations pinned to version 202409: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202409:
        from .affiliate_creator.resources import AffiliateCreatorAt202409

        return AffiliateCreatorAt202409(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202409:
        from .affiliate_seller.resources import AffiliateSellerAt202409

        return AffiliateSellerAt202409(self._resources.affiliate_seller)


class SyncAt202410:
    """Operations pinned to version 202410: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202410:
        from .affiliate_seller.resources import AffiliateSellerAt202410

        return AffiliateSellerAt202410(self._resources.affiliate_seller)


class SyncAt202412:
    """Operations pinned to version 202412: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202412:
        from .affiliate_creator.resources import AffiliateCreatorAt202412

        return AffiliateCreatorAt202412(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202412:
        from .affiliate_seller.resources import AffiliateSellerAt202412

        return AffiliateSellerAt202412(self._resources.affiliate_seller)


class SyncAt202502:
    """Operations pinned to version 202502: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def analytics(self) -> AnalyticsAt202502:
        from .analytics.resources import AnalyticsAt202502

        return AnalyticsAt202502(self._resources.analytics)


class SyncAt202507:
    """Operations pinned to version 202507: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202507:
        from .affiliate_seller.resources import AffiliateSellerAt202507

        return AffiliateSellerAt202507(self._resources.affiliate_seller)

    @cached_property
    def order(self) -> OrderAt202507:
        from .order.resources import OrderAt202507

        return OrderAt202507(self._resources.order)


class SyncAt202508:
    """Operations pinned to version 202508: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202508:
        from .affiliate_creator.resources import AffiliateCreatorAt202508

        return AffiliateCreatorAt202508(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202508:
        from .affiliate_seller.resources import AffiliateSellerAt202508

        return AffiliateSellerAt202508(self._resources.affiliate_seller)


class SyncAt202509:
    """Operations pinned to version 202509: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202509:
        from .affiliate_creator.resources import AffiliateCreatorAt202509

        return AffiliateCreatorAt202509(self._resources.affiliate_creator)


class SyncAt202511:
    """Operations pinned to version 202511: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def analytics(self) -> AnalyticsAt202511:
        from .analytics.resources import AnalyticsAt202511

        return AnalyticsAt202511(self._resources.analytics)

    @cached_property
    def order(self) -> OrderAt202511:
        from .order.resources import OrderAt202511

        return OrderAt202511(self._resources.order)


class SyncAt202512:
    """Operations pinned to version 202512: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202512:
        from .affiliate_seller.resources import AffiliateSellerAt202512

        return AffiliateSellerAt202512(self._resources.affiliate_seller)


class SyncAt202601:
    """Operations pinned to version 202601: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def seller(self) -> SellerAt202601:
        from .seller.resources import SellerAt202601

        return SellerAt202601(self._resources.seller)


class SyncAt202602:
    """Operations pinned to version 202602: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def return_refund(self) -> ReturnRefundAt202602:
        from .return_refund.resources import ReturnRefundAt202602

        return ReturnRefundAt202602(self._resources.return_refund)


class SyncAt202605:
    """Operations pinned to version 202605: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def order(self) -> OrderAt202605:
        from .order.resources import OrderAt202605

        return OrderAt202605(self._resources.order)


class SyncAt202606:
    """Operations pinned to version 202606: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def order(self) -> OrderAt202606:
        from .order.resources import OrderAt202606

        return OrderAt202606(self._resources.order)


class SyncAt202610:
    """Operations pinned to version 202610: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def fulfillment(self) -> FulfillmentAt202610:
        from .fulfillment.resources import FulfillmentAt202610

        return FulfillmentAt202610(self._resources.fulfillment)


class SyncResources:
    """The API modules of the sync client."""

    _requester: SyncRequester

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorResource:
        """Tools for TikTok creators in the affiliate program: the showcase, open and target collaborations,
        free samples, affiliate orders, sharing links and shoppable posts."""
        from .affiliate_creator.resources import AffiliateCreatorResource

        return AffiliateCreatorResource(self._requester)

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerResource:
        """Affiliate marketing for sellers: open and target collaborations with creators, free sample
        applications, affiliate orders, the Creator Marketplace, creator messaging (IM) and Compass data
        exports."""
        from .affiliate_seller.resources import AffiliateSellerResource

        return AffiliateSellerResource(self._requester)

    @cached_property
    def analytics(self) -> AnalyticsResource:
        """Shop, product, SKU, video and LIVE performance metrics, bestselling rankings, creator live room
        statistics and the Shop Performance Score (SPS) metrics."""
        from .analytics.resources import AnalyticsResource

        return AnalyticsResource(self._requester)

    @cached_property
    def auth(self) -> AuthResource:
        """Token endpoints of the auth host (auth.tiktok-shops.com). They are not signed and take the app
        secret in the query string, so they are called only by the SDK's token manager."""
        from .auth.resources import AuthResource

        return AuthResource(self._requester)

    @cached_property
    def authorization(self) -> AuthorizationResource:
        """What the seller's grant covers: the authorized shops and their ciphers."""
        from .authorization.resources import AuthorizationResource

        return AuthorizationResource(self._requester)

    @cached_property
    def event(self) -> EventResource:
        """Webhook subscriptions of a shop, one callback URL per event type."""
        from .event.resources import EventResource

        return EventResource(self._requester)

    @cached_property
    def fulfillment(self) -> FulfillmentResource:
        """Packages of the seller's orders, from splitting and combining to shipping, labels and delivery
        proof."""
        from .fulfillment.resources import FulfillmentResource

        return FulfillmentResource(self._requester)

    @cached_property
    def order(self) -> OrderResource:
        """Orders of a shop, their line items, prices and links to external order systems."""
        from .order.resources import OrderResource

        return OrderResource(self._requester)

    @cached_property
    def product(self) -> ProductResource:
        """Products and their catalog context (categories, brands, global products, size charts, compliance)."""
        from .product.resources import ProductResource

        return ProductResource(self._requester)

    @cached_property
    def return_refund(self) -> ReturnRefundResource:
        """After-sales handling: order cancellations, refund-only and return-and-refund requests, seller
        decisions on them, refund estimates and the newer aftersales-request and RMA views."""
        from .return_refund.resources import ReturnRefundResource

        return ReturnRefundResource(self._requester)

    @cached_property
    def seller(self) -> SellerResource:
        """The seller account behind the access token and its shops."""
        from .seller.resources import SellerResource

        return SellerResource(self._requester)

    @cached_property
    def with_raw_response(self) -> SyncRawResources:
        """The same resources, returning `RawResponse` (status, headers, request_id) around each model."""
        return SyncRawResources(self)

    @overload
    def at(self, version: Literal["202309"]) -> SyncAt202309: ...

    @overload
    def at(self, version: Literal["202312"]) -> SyncAt202312: ...

    @overload
    def at(self, version: Literal["202401"]) -> SyncAt202401: ...

    @overload
    def at(self, version: Literal["202405"]) -> SyncAt202405: ...

    @overload
    def at(self, version: Literal["202406"]) -> SyncAt202406: ...

    @overload
    def at(self, version: Literal["202407"]) -> SyncAt202407: ...

    @overload
    def at(self, version: Literal["202409"]) -> SyncAt202409: ...

    @overload
    def at(self, version: Literal["202410"]) -> SyncAt202410: ...

    @overload
    def at(self, version: Literal["202412"]) -> SyncAt202412: ...

    @overload
    def at(self, version: Literal["202502"]) -> SyncAt202502: ...

    @overload
    def at(self, version: Literal["202507"]) -> SyncAt202507: ...

    @overload
    def at(self, version: Literal["202508"]) -> SyncAt202508: ...

    @overload
    def at(self, version: Literal["202509"]) -> SyncAt202509: ...

    @overload
    def at(self, version: Literal["202511"]) -> SyncAt202511: ...

    @overload
    def at(self, version: Literal["202512"]) -> SyncAt202512: ...

    @overload
    def at(self, version: Literal["202601"]) -> SyncAt202601: ...

    @overload
    def at(self, version: Literal["202602"]) -> SyncAt202602: ...

    @overload
    def at(self, version: Literal["202605"]) -> SyncAt202605: ...

    @overload
    def at(self, version: Literal["202606"]) -> SyncAt202606: ...

    @overload
    def at(self, version: Literal["202610"]) -> SyncAt202610: ...

    def at(self, version: str) -> Any:
        """Operations pinned to one API version, so an upgrade of this package never moves a call to a newer
        version."""
        views: dict[str, Any] = {
            "202309": SyncAt202309,
            "202312": SyncAt202312,
            "202401": SyncAt202401,
            "202405": SyncAt202405,
            "202406": SyncAt202406,
            "202407": SyncAt202407,
            "202409": SyncAt202409,
            "202410": SyncAt202410,
            "202412": SyncAt202412,
            "202502": SyncAt202502,
            "202507": SyncAt202507,
            "202508": SyncAt202508,
            "202509": SyncAt202509,
            "202511": SyncAt202511,
            "202512": SyncAt202512,
            "202601": SyncAt202601,
            "202602": SyncAt202602,
            "202605": SyncAt202605,
            "202606": SyncAt202606,
            "202610": SyncAt202610,
        }
        if version not in views:
            raise ValueError(f"unknown API version {version!r}; known versions: {', '.join(VERSIONS)}")
        return views[version](self)


class AsyncRawResources:
    """Every resource, returning `RawResponse` objects."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorResourceWithRawResponse:
        from .affiliate_creator.resources import AsyncAffiliateCreatorResourceWithRawResponse

        return AsyncAffiliateCreatorResourceWithRawResponse(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerResourceWithRawResponse:
        from .affiliate_seller.resources import AsyncAffiliateSellerResourceWithRawResponse

        return AsyncAffiliateSellerResourceWithRawResponse(self._resources.affiliate_seller)

    @cached_property
    def analytics(self) -> AsyncAnalyticsResourceWithRawResponse:
        from .analytics.resources import AsyncAnalyticsResourceWithRawResponse

        return AsyncAnalyticsResourceWithRawResponse(self._resources.analytics)

    @cached_property
    def auth(self) -> AsyncAuthResourceWithRawResponse:
        from .auth.resources import AsyncAuthResourceWithRawResponse

        return AsyncAuthResourceWithRawResponse(self._resources.auth)

    @cached_property
    def authorization(self) -> AsyncAuthorizationResourceWithRawResponse:
        from .authorization.resources import AsyncAuthorizationResourceWithRawResponse

        return AsyncAuthorizationResourceWithRawResponse(self._resources.authorization)

    @cached_property
    def event(self) -> AsyncEventResourceWithRawResponse:
        from .event.resources import AsyncEventResourceWithRawResponse

        return AsyncEventResourceWithRawResponse(self._resources.event)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentResourceWithRawResponse:
        from .fulfillment.resources import AsyncFulfillmentResourceWithRawResponse

        return AsyncFulfillmentResourceWithRawResponse(self._resources.fulfillment)

    @cached_property
    def order(self) -> AsyncOrderResourceWithRawResponse:
        from .order.resources import AsyncOrderResourceWithRawResponse

        return AsyncOrderResourceWithRawResponse(self._resources.order)

    @cached_property
    def product(self) -> AsyncProductResourceWithRawResponse:
        from .product.resources import AsyncProductResourceWithRawResponse

        return AsyncProductResourceWithRawResponse(self._resources.product)

    @cached_property
    def return_refund(self) -> AsyncReturnRefundResourceWithRawResponse:
        from .return_refund.resources import AsyncReturnRefundResourceWithRawResponse

        return AsyncReturnRefundResourceWithRawResponse(self._resources.return_refund)

    @cached_property
    def seller(self) -> AsyncSellerResourceWithRawResponse:
        from .seller.resources import AsyncSellerResourceWithRawResponse

        return AsyncSellerResourceWithRawResponse(self._resources.seller)


class AsyncAt202309:
    """Operations pinned to version 202309: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def authorization(self) -> AsyncAuthorizationAt202309:
        from .authorization.resources import AsyncAuthorizationAt202309

        return AsyncAuthorizationAt202309(self._resources.authorization)

    @cached_property
    def event(self) -> AsyncEventAt202309:
        from .event.resources import AsyncEventAt202309

        return AsyncEventAt202309(self._resources.event)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentAt202309:
        from .fulfillment.resources import AsyncFulfillmentAt202309

        return AsyncFulfillmentAt202309(self._resources.fulfillment)

    @cached_property
    def order(self) -> AsyncOrderAt202309:
        from .order.resources import AsyncOrderAt202309

        return AsyncOrderAt202309(self._resources.order)

    @cached_property
    def product(self) -> AsyncProductAt202309:
        from .product.resources import AsyncProductAt202309

        return AsyncProductAt202309(self._resources.product)

    @cached_property
    def return_refund(self) -> AsyncReturnRefundAt202309:
        from .return_refund.resources import AsyncReturnRefundAt202309

        return AsyncReturnRefundAt202309(self._resources.return_refund)

    @cached_property
    def seller(self) -> AsyncSellerAt202309:
        from .seller.resources import AsyncSellerAt202309

        return AsyncSellerAt202309(self._resources.seller)


class AsyncAt202312:
    """Operations pinned to version 202312: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def authorization(self) -> AsyncAuthorizationAt202312:
        from .authorization.resources import AsyncAuthorizationAt202312

        return AsyncAuthorizationAt202312(self._resources.authorization)


class AsyncAt202401:
    """Operations pinned to version 202401: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def authorization(self) -> AsyncAuthorizationAt202401:
        from .authorization.resources import AsyncAuthorizationAt202401

        return AsyncAuthorizationAt202401(self._resources.authorization)


class AsyncAt202405:
    """Operations pinned to version 202405: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202405:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202405

        return AsyncAffiliateCreatorAt202405(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202405:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202405

        return AsyncAffiliateSellerAt202405(self._resources.affiliate_seller)

    @cached_property
    def authorization(self) -> AsyncAuthorizationAt202405:
        from .authorization.resources import AsyncAuthorizationAt202405

        return AsyncAuthorizationAt202405(self._resources.authorization)


class AsyncAt202406:
    """Operations pinned to version 202406: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def order(self) -> AsyncOrderAt202406:
        from .order.resources import AsyncOrderAt202406

        return AsyncOrderAt202406(self._resources.order)


class AsyncAt202407:
    """Operations pinned to version 202407: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def order(self) -> AsyncOrderAt202407:
        from .order.resources import AsyncOrderAt202407

        return AsyncOrderAt202407(self._resources.order)


class AsyncAt202409:
    """Operations pinned to version 202409: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202409:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202409

        return AsyncAffiliateCreatorAt202409(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202409:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202409

        return AsyncAffiliateSellerAt202409(self._resources.affiliate_seller)


class AsyncAt202410:
    """Operations pinned to version 202410: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202410:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202410

        return AsyncAffiliateSellerAt202410(self._resources.affiliate_seller)


class AsyncAt202412:
    """Operations pinned to version 202412: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202412:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202412

        return AsyncAffiliateCreatorAt202412(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202412:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202412

        return AsyncAffiliateSellerAt202412(self._resources.affiliate_seller)


class AsyncAt202502:
    """Operations pinned to version 202502: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def analytics(self) -> AsyncAnalyticsAt202502:
        from .analytics.resources import AsyncAnalyticsAt202502

        return AsyncAnalyticsAt202502(self._resources.analytics)


class AsyncAt202507:
    """Operations pinned to version 202507: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202507:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202507

        return AsyncAffiliateSellerAt202507(self._resources.affiliate_seller)

    @cached_property
    def order(self) -> AsyncOrderAt202507:
        from .order.resources import AsyncOrderAt202507

        return AsyncOrderAt202507(self._resources.order)


class AsyncAt202508:
    """Operations pinned to version 202508: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202508:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202508

        return AsyncAffiliateCreatorAt202508(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202508:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202508

        return AsyncAffiliateSellerAt202508(self._resources.affiliate_seller)


class AsyncAt202509:
    """Operations pinned to version 202509: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202509:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202509

        return AsyncAffiliateCreatorAt202509(self._resources.affiliate_creator)


class AsyncAt202511:
    """Operations pinned to version 202511: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def analytics(self) -> AsyncAnalyticsAt202511:
        from .analytics.resources import AsyncAnalyticsAt202511

        return AsyncAnalyticsAt202511(self._resources.analytics)

    @cached_property
    def order(self) -> AsyncOrderAt202511:
        from .order.resources import AsyncOrderAt202511

        return AsyncOrderAt202511(self._resources.order)


class AsyncAt202512:
    """Operations pinned to version 202512: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202512:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202512

        return AsyncAffiliateSellerAt202512(self._resources.affiliate_seller)


class AsyncAt202601:
    """Operations pinned to version 202601: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def seller(self) -> AsyncSellerAt202601:
        from .seller.resources import AsyncSellerAt202601

        return AsyncSellerAt202601(self._resources.seller)


class AsyncAt202602:
    """Operations pinned to version 202602: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def return_refund(self) -> AsyncReturnRefundAt202602:
        from .return_refund.resources import AsyncReturnRefundAt202602

        return AsyncReturnRefundAt202602(self._resources.return_refund)


class AsyncAt202605:
    """Operations pinned to version 202605: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def order(self) -> AsyncOrderAt202605:
        from .order.resources import AsyncOrderAt202605

        return AsyncOrderAt202605(self._resources.order)


class AsyncAt202606:
    """Operations pinned to version 202606: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def order(self) -> AsyncOrderAt202606:
        from .order.resources import AsyncOrderAt202606

        return AsyncOrderAt202606(self._resources.order)


class AsyncAt202610:
    """Operations pinned to version 202610: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentAt202610:
        from .fulfillment.resources import AsyncFulfillmentAt202610

        return AsyncFulfillmentAt202610(self._resources.fulfillment)


class AsyncResources:
    """The API modules of the async client."""

    _requester: AsyncRequester

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorResource:
        """Tools for TikTok creators in the affiliate program: the showcase, open and target collaborations,
        free samples, affiliate orders, sharing links and shoppable posts."""
        from .affiliate_creator.resources import AsyncAffiliateCreatorResource

        return AsyncAffiliateCreatorResource(self._requester)

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerResource:
        """Affiliate marketing for sellers: open and target collaborations with creators, free sample
        applications, affiliate orders, the Creator Marketplace, creator messaging (IM) and Compass data
        exports."""
        from .affiliate_seller.resources import AsyncAffiliateSellerResource

        return AsyncAffiliateSellerResource(self._requester)

    @cached_property
    def analytics(self) -> AsyncAnalyticsResource:
        """Shop, product, SKU, video and LIVE performance metrics, bestselling rankings, creator live room
        statistics and the Shop Performance Score (SPS) metrics."""
        from .analytics.resources import AsyncAnalyticsResource

        return AsyncAnalyticsResource(self._requester)

    @cached_property
    def auth(self) -> AsyncAuthResource:
        """Token endpoints of the auth host (auth.tiktok-shops.com). They are not signed and take the app
        secret in the query string, so they are called only by the SDK's token manager."""
        from .auth.resources import AsyncAuthResource

        return AsyncAuthResource(self._requester)

    @cached_property
    def authorization(self) -> AsyncAuthorizationResource:
        """What the seller's grant covers: the authorized shops and their ciphers."""
        from .authorization.resources import AsyncAuthorizationResource

        return AsyncAuthorizationResource(self._requester)

    @cached_property
    def event(self) -> AsyncEventResource:
        """Webhook subscriptions of a shop, one callback URL per event type."""
        from .event.resources import AsyncEventResource

        return AsyncEventResource(self._requester)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentResource:
        """Packages of the seller's orders, from splitting and combining to shipping, labels and delivery
        proof."""
        from .fulfillment.resources import AsyncFulfillmentResource

        return AsyncFulfillmentResource(self._requester)

    @cached_property
    def order(self) -> AsyncOrderResource:
        """Orders of a shop, their line items, prices and links to external order systems."""
        from .order.resources import AsyncOrderResource

        return AsyncOrderResource(self._requester)

    @cached_property
    def product(self) -> AsyncProductResource:
        """Products and their catalog context (categories, brands, global products, size charts, compliance)."""
        from .product.resources import AsyncProductResource

        return AsyncProductResource(self._requester)

    @cached_property
    def return_refund(self) -> AsyncReturnRefundResource:
        """After-sales handling: order cancellations, refund-only and return-and-refund requests, seller
        decisions on them, refund estimates and the newer aftersales-request and RMA views."""
        from .return_refund.resources import AsyncReturnRefundResource

        return AsyncReturnRefundResource(self._requester)

    @cached_property
    def seller(self) -> AsyncSellerResource:
        """The seller account behind the access token and its shops."""
        from .seller.resources import AsyncSellerResource

        return AsyncSellerResource(self._requester)

    @cached_property
    def with_raw_response(self) -> AsyncRawResources:
        """The same resources, returning `RawResponse` (status, headers, request_id) around each model."""
        return AsyncRawResources(self)

    @overload
    def at(self, version: Literal["202309"]) -> AsyncAt202309: ...

    @overload
    def at(self, version: Literal["202312"]) -> AsyncAt202312: ...

    @overload
    def at(self, version: Literal["202401"]) -> AsyncAt202401: ...

    @overload
    def at(self, version: Literal["202405"]) -> AsyncAt202405: ...

    @overload
    def at(self, version: Literal["202406"]) -> AsyncAt202406: ...

    @overload
    def at(self, version: Literal["202407"]) -> AsyncAt202407: ...

    @overload
    def at(self, version: Literal["202409"]) -> AsyncAt202409: ...

    @overload
    def at(self, version: Literal["202410"]) -> AsyncAt202410: ...

    @overload
    def at(self, version: Literal["202412"]) -> AsyncAt202412: ...

    @overload
    def at(self, version: Literal["202502"]) -> AsyncAt202502: ...

    @overload
    def at(self, version: Literal["202507"]) -> AsyncAt202507: ...

    @overload
    def at(self, version: Literal["202508"]) -> AsyncAt202508: ...

    @overload
    def at(self, version: Literal["202509"]) -> AsyncAt202509: ...

    @overload
    def at(self, version: Literal["202511"]) -> AsyncAt202511: ...

    @overload
    def at(self, version: Literal["202512"]) -> AsyncAt202512: ...

    @overload
    def at(self, version: Literal["202601"]) -> AsyncAt202601: ...

    @overload
    def at(self, version: Literal["202602"]) -> AsyncAt202602: ...

    @overload
    def at(self, version: Literal["202605"]) -> AsyncAt202605: ...

    @overload
    def at(self, version: Literal["202606"]) -> AsyncAt202606: ...

    @overload
    def at(self, version: Literal["202610"]) -> AsyncAt202610: ...

    def at(self, version: str) -> Any:
        """Operations pinned to one API version, so an upgrade of this package never moves a call to a newer
        version."""
        views: dict[str, Any] = {
            "202309": AsyncAt202309,
            "202312": AsyncAt202312,
            "202401": AsyncAt202401,
            "202405": AsyncAt202405,
            "202406": AsyncAt202406,
            "202407": AsyncAt202407,
            "202409": AsyncAt202409,
            "202410": AsyncAt202410,
            "202412": AsyncAt202412,
            "202502": AsyncAt202502,
            "202507": AsyncAt202507,
            "202508": AsyncAt202508,
            "202509": AsyncAt202509,
            "202511": AsyncAt202511,
            "202512": AsyncAt202512,
            "202601": AsyncAt202601,
            "202602": AsyncAt202602,
            "202605": AsyncAt202605,
            "202606": AsyncAt202606,
            "202610": AsyncAt202610,
        }
        if version not in views:
            raise ValueError(f"unknown API version {version!r}; known versions: {', '.join(VERSIONS)}")
        return views[version](self)
