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
        AffiliateCreatorAt202410,
        AffiliateCreatorAt202412,
        AffiliateCreatorAt202504,
        AffiliateCreatorAt202505,
        AffiliateCreatorAt202508,
        AffiliateCreatorAt202509,
        AffiliateCreatorAt202511,
        AffiliateCreatorAt202601,
        AffiliateCreatorAt202603,
        AffiliateCreatorAt202606,
        AffiliateCreatorAt202607,
        AffiliateCreatorAt202610,
        AffiliateCreatorResource,
        AffiliateCreatorResourceWithRawResponse,
        AsyncAffiliateCreatorAt202405,
        AsyncAffiliateCreatorAt202409,
        AsyncAffiliateCreatorAt202410,
        AsyncAffiliateCreatorAt202412,
        AsyncAffiliateCreatorAt202504,
        AsyncAffiliateCreatorAt202505,
        AsyncAffiliateCreatorAt202508,
        AsyncAffiliateCreatorAt202509,
        AsyncAffiliateCreatorAt202511,
        AsyncAffiliateCreatorAt202601,
        AsyncAffiliateCreatorAt202603,
        AsyncAffiliateCreatorAt202606,
        AsyncAffiliateCreatorAt202607,
        AsyncAffiliateCreatorAt202610,
        AsyncAffiliateCreatorResource,
        AsyncAffiliateCreatorResourceWithRawResponse,
    )
    from .affiliate_partner.resources import (
        AffiliatePartnerAt202405,
        AffiliatePartnerAt202501,
        AffiliatePartnerAt202505,
        AffiliatePartnerAt202508,
        AffiliatePartnerAt202603,
        AffiliatePartnerResource,
        AffiliatePartnerResourceWithRawResponse,
        AsyncAffiliatePartnerAt202405,
        AsyncAffiliatePartnerAt202501,
        AsyncAffiliatePartnerAt202505,
        AsyncAffiliatePartnerAt202508,
        AsyncAffiliatePartnerAt202603,
        AsyncAffiliatePartnerResource,
        AsyncAffiliatePartnerResourceWithRawResponse,
    )
    from .affiliate_seller.resources import (
        AffiliateSellerAt202405,
        AffiliateSellerAt202409,
        AffiliateSellerAt202410,
        AffiliateSellerAt202412,
        AffiliateSellerAt202507,
        AffiliateSellerAt202508,
        AffiliateSellerAt202509,
        AffiliateSellerAt202511,
        AffiliateSellerAt202512,
        AffiliateSellerAt202603,
        AffiliateSellerAt202605,
        AffiliateSellerAt202607,
        AffiliateSellerAt202608,
        AffiliateSellerAt202610,
        AffiliateSellerResource,
        AffiliateSellerResourceWithRawResponse,
        AsyncAffiliateSellerAt202405,
        AsyncAffiliateSellerAt202409,
        AsyncAffiliateSellerAt202410,
        AsyncAffiliateSellerAt202412,
        AsyncAffiliateSellerAt202507,
        AsyncAffiliateSellerAt202508,
        AsyncAffiliateSellerAt202509,
        AsyncAffiliateSellerAt202511,
        AsyncAffiliateSellerAt202512,
        AsyncAffiliateSellerAt202603,
        AsyncAffiliateSellerAt202605,
        AsyncAffiliateSellerAt202607,
        AsyncAffiliateSellerAt202608,
        AsyncAffiliateSellerAt202610,
        AsyncAffiliateSellerResource,
        AsyncAffiliateSellerResourceWithRawResponse,
    )
    from .analytics.resources import (
        AnalyticsAt202403,
        AnalyticsAt202502,
        AnalyticsAt202509,
        AnalyticsAt202510,
        AnalyticsAt202511,
        AnalyticsAt202512,
        AnalyticsAt202605,
        AnalyticsAt202606,
        AnalyticsAt202609,
        AnalyticsResource,
        AnalyticsResourceWithRawResponse,
        AsyncAnalyticsAt202403,
        AsyncAnalyticsAt202502,
        AsyncAnalyticsAt202509,
        AsyncAnalyticsAt202510,
        AsyncAnalyticsAt202511,
        AsyncAnalyticsAt202512,
        AsyncAnalyticsAt202605,
        AsyncAnalyticsAt202606,
        AsyncAnalyticsAt202609,
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
        AsyncAuthorizationAt202403,
        AsyncAuthorizationAt202405,
        AsyncAuthorizationResource,
        AsyncAuthorizationResourceWithRawResponse,
        AuthorizationAt202309,
        AuthorizationAt202312,
        AuthorizationAt202401,
        AuthorizationAt202403,
        AuthorizationAt202405,
        AuthorizationResource,
        AuthorizationResourceWithRawResponse,
    )
    from .customer_engagement.resources import (
        AsyncCustomerEngagementAt202412,
        AsyncCustomerEngagementAt202502,
        AsyncCustomerEngagementResource,
        AsyncCustomerEngagementResourceWithRawResponse,
        CustomerEngagementAt202412,
        CustomerEngagementAt202502,
        CustomerEngagementResource,
        CustomerEngagementResourceWithRawResponse,
    )
    from .customer_service.resources import (
        AsyncCustomerServiceAt202309,
        AsyncCustomerServiceAt202407,
        AsyncCustomerServiceAt202601,
        AsyncCustomerServiceAt202602,
        AsyncCustomerServiceAt202605,
        AsyncCustomerServiceAt202606,
        AsyncCustomerServiceResource,
        AsyncCustomerServiceResourceWithRawResponse,
        CustomerServiceAt202309,
        CustomerServiceAt202407,
        CustomerServiceAt202601,
        CustomerServiceAt202602,
        CustomerServiceAt202605,
        CustomerServiceAt202606,
        CustomerServiceResource,
        CustomerServiceResourceWithRawResponse,
    )
    from .data_reconciliation.resources import (
        AsyncDataReconciliationAt202309,
        AsyncDataReconciliationAt202310,
        AsyncDataReconciliationAt202401,
        AsyncDataReconciliationResource,
        AsyncDataReconciliationResourceWithRawResponse,
        DataReconciliationAt202309,
        DataReconciliationAt202310,
        DataReconciliationAt202401,
        DataReconciliationResource,
        DataReconciliationResourceWithRawResponse,
    )
    from .event.resources import (
        AsyncEventAt202309,
        AsyncEventResource,
        AsyncEventResourceWithRawResponse,
        EventAt202309,
        EventResource,
        EventResourceWithRawResponse,
    )
    from .fbt.resources import (
        AsyncFBTAt202408,
        AsyncFBTAt202409,
        AsyncFBTAt202410,
        AsyncFBTAt202601,
        AsyncFBTAt202602,
        AsyncFBTAt202603,
        AsyncFBTAt202607,
        AsyncFBTResource,
        AsyncFBTResourceWithRawResponse,
        FBTAt202408,
        FBTAt202409,
        FBTAt202410,
        FBTAt202601,
        FBTAt202602,
        FBTAt202603,
        FBTAt202607,
        FBTResource,
        FBTResourceWithRawResponse,
    )
    from .finance.resources import (
        AsyncFinanceAt202309,
        AsyncFinanceAt202501,
        AsyncFinanceAt202507,
        AsyncFinanceAt202605,
        AsyncFinanceAt202609,
        AsyncFinanceResource,
        AsyncFinanceResourceWithRawResponse,
        FinanceAt202309,
        FinanceAt202501,
        FinanceAt202507,
        FinanceAt202605,
        FinanceAt202609,
        FinanceResource,
        FinanceResourceWithRawResponse,
    )
    from .fulfillment.resources import (
        AsyncFulfillmentAt202309,
        AsyncFulfillmentAt202407,
        AsyncFulfillmentAt202502,
        AsyncFulfillmentAt202508,
        AsyncFulfillmentAt202510,
        AsyncFulfillmentAt202512,
        AsyncFulfillmentAt202601,
        AsyncFulfillmentAt202606,
        AsyncFulfillmentAt202607,
        AsyncFulfillmentAt202609,
        AsyncFulfillmentAt202610,
        AsyncFulfillmentResource,
        AsyncFulfillmentResourceWithRawResponse,
        FulfillmentAt202309,
        FulfillmentAt202407,
        FulfillmentAt202502,
        FulfillmentAt202508,
        FulfillmentAt202510,
        FulfillmentAt202512,
        FulfillmentAt202601,
        FulfillmentAt202606,
        FulfillmentAt202607,
        FulfillmentAt202609,
        FulfillmentAt202610,
        FulfillmentResource,
        FulfillmentResourceWithRawResponse,
    )
    from .logistics.resources import (
        AsyncLogisticsAt202309,
        AsyncLogisticsAt202510,
        AsyncLogisticsAt202604,
        AsyncLogisticsAt202606,
        AsyncLogisticsResource,
        AsyncLogisticsResourceWithRawResponse,
        LogisticsAt202309,
        LogisticsAt202510,
        LogisticsAt202604,
        LogisticsAt202606,
        LogisticsResource,
        LogisticsResourceWithRawResponse,
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
        AsyncProductAt202312,
        AsyncProductAt202401,
        AsyncProductAt202404,
        AsyncProductAt202405,
        AsyncProductAt202407,
        AsyncProductAt202409,
        AsyncProductAt202411,
        AsyncProductAt202501,
        AsyncProductAt202502,
        AsyncProductAt202505,
        AsyncProductAt202506,
        AsyncProductAt202507,
        AsyncProductAt202509,
        AsyncProductAt202601,
        AsyncProductAt202602,
        AsyncProductAt202604,
        AsyncProductAt202606,
        AsyncProductAt202608,
        AsyncProductAt202609,
        AsyncProductAt202610,
        AsyncProductResource,
        AsyncProductResourceWithRawResponse,
        ProductAt202309,
        ProductAt202312,
        ProductAt202401,
        ProductAt202404,
        ProductAt202405,
        ProductAt202407,
        ProductAt202409,
        ProductAt202411,
        ProductAt202501,
        ProductAt202502,
        ProductAt202505,
        ProductAt202506,
        ProductAt202507,
        ProductAt202509,
        ProductAt202601,
        ProductAt202602,
        ProductAt202604,
        ProductAt202606,
        ProductAt202608,
        ProductAt202609,
        ProductAt202610,
        ProductResource,
        ProductResourceWithRawResponse,
    )
    from .promotion.resources import (
        AsyncPromotionAt202309,
        AsyncPromotionAt202406,
        AsyncPromotionAt202607,
        AsyncPromotionResource,
        AsyncPromotionResourceWithRawResponse,
        PromotionAt202309,
        PromotionAt202406,
        PromotionAt202607,
        PromotionResource,
        PromotionResourceWithRawResponse,
    )
    from .return_refund.resources import (
        AsyncReturnRefundAt202309,
        AsyncReturnRefundAt202405,
        AsyncReturnRefundAt202512,
        AsyncReturnRefundAt202601,
        AsyncReturnRefundAt202602,
        AsyncReturnRefundAt202603,
        AsyncReturnRefundAt202604,
        AsyncReturnRefundAt202606,
        AsyncReturnRefundAt202609,
        AsyncReturnRefundResource,
        AsyncReturnRefundResourceWithRawResponse,
        ReturnRefundAt202309,
        ReturnRefundAt202405,
        ReturnRefundAt202512,
        ReturnRefundAt202601,
        ReturnRefundAt202602,
        ReturnRefundAt202603,
        ReturnRefundAt202604,
        ReturnRefundAt202606,
        ReturnRefundAt202609,
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
    from .supply_chain.resources import (
        AsyncSupplyChainAt202309,
        AsyncSupplyChainResource,
        AsyncSupplyChainResourceWithRawResponse,
        SupplyChainAt202309,
        SupplyChainResource,
        SupplyChainResourceWithRawResponse,
    )
    from .tools.resources import (
        AsyncToolsAt202512,
        AsyncToolsResource,
        AsyncToolsResourceWithRawResponse,
        ToolsAt202512,
        ToolsResource,
        ToolsResourceWithRawResponse,
    )

VERSIONS: tuple[str, ...] = (
    "202309",
    "202310",
    "202312",
    "202401",
    "202403",
    "202404",
    "202405",
    "202406",
    "202407",
    "202408",
    "202409",
    "202410",
    "202411",
    "202412",
    "202501",
    "202502",
    "202504",
    "202505",
    "202506",
    "202507",
    "202508",
    "202509",
    "202510",
    "202511",
    "202512",
    "202601",
    "202602",
    "202603",
    "202604",
    "202605",
    "202606",
    "202607",
    "202608",
    "202609",
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
    def affiliate_partner(self) -> AffiliatePartnerResourceWithRawResponse:
        from .affiliate_partner.resources import AffiliatePartnerResourceWithRawResponse

        return AffiliatePartnerResourceWithRawResponse(self._resources.affiliate_partner)

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
    def customer_engagement(self) -> CustomerEngagementResourceWithRawResponse:
        from .customer_engagement.resources import CustomerEngagementResourceWithRawResponse

        return CustomerEngagementResourceWithRawResponse(self._resources.customer_engagement)

    @cached_property
    def customer_service(self) -> CustomerServiceResourceWithRawResponse:
        from .customer_service.resources import CustomerServiceResourceWithRawResponse

        return CustomerServiceResourceWithRawResponse(self._resources.customer_service)

    @cached_property
    def data_reconciliation(self) -> DataReconciliationResourceWithRawResponse:
        from .data_reconciliation.resources import DataReconciliationResourceWithRawResponse

        return DataReconciliationResourceWithRawResponse(self._resources.data_reconciliation)

    @cached_property
    def event(self) -> EventResourceWithRawResponse:
        from .event.resources import EventResourceWithRawResponse

        return EventResourceWithRawResponse(self._resources.event)

    @cached_property
    def fbt(self) -> FBTResourceWithRawResponse:
        from .fbt.resources import FBTResourceWithRawResponse

        return FBTResourceWithRawResponse(self._resources.fbt)

    @cached_property
    def finance(self) -> FinanceResourceWithRawResponse:
        from .finance.resources import FinanceResourceWithRawResponse

        return FinanceResourceWithRawResponse(self._resources.finance)

    @cached_property
    def fulfillment(self) -> FulfillmentResourceWithRawResponse:
        from .fulfillment.resources import FulfillmentResourceWithRawResponse

        return FulfillmentResourceWithRawResponse(self._resources.fulfillment)

    @cached_property
    def logistics(self) -> LogisticsResourceWithRawResponse:
        from .logistics.resources import LogisticsResourceWithRawResponse

        return LogisticsResourceWithRawResponse(self._resources.logistics)

    @cached_property
    def order(self) -> OrderResourceWithRawResponse:
        from .order.resources import OrderResourceWithRawResponse

        return OrderResourceWithRawResponse(self._resources.order)

    @cached_property
    def product(self) -> ProductResourceWithRawResponse:
        from .product.resources import ProductResourceWithRawResponse

        return ProductResourceWithRawResponse(self._resources.product)

    @cached_property
    def promotion(self) -> PromotionResourceWithRawResponse:
        from .promotion.resources import PromotionResourceWithRawResponse

        return PromotionResourceWithRawResponse(self._resources.promotion)

    @cached_property
    def return_refund(self) -> ReturnRefundResourceWithRawResponse:
        from .return_refund.resources import ReturnRefundResourceWithRawResponse

        return ReturnRefundResourceWithRawResponse(self._resources.return_refund)

    @cached_property
    def seller(self) -> SellerResourceWithRawResponse:
        from .seller.resources import SellerResourceWithRawResponse

        return SellerResourceWithRawResponse(self._resources.seller)

    @cached_property
    def supply_chain(self) -> SupplyChainResourceWithRawResponse:
        from .supply_chain.resources import SupplyChainResourceWithRawResponse

        return SupplyChainResourceWithRawResponse(self._resources.supply_chain)

    @cached_property
    def tools(self) -> ToolsResourceWithRawResponse:
        from .tools.resources import ToolsResourceWithRawResponse

        return ToolsResourceWithRawResponse(self._resources.tools)


class SyncAt202309:
    """Operations pinned to version 202309: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def authorization(self) -> AuthorizationAt202309:
        from .authorization.resources import AuthorizationAt202309

        return AuthorizationAt202309(self._resources.authorization)

    @cached_property
    def customer_service(self) -> CustomerServiceAt202309:
        from .customer_service.resources import CustomerServiceAt202309

        return CustomerServiceAt202309(self._resources.customer_service)

    @cached_property
    def data_reconciliation(self) -> DataReconciliationAt202309:
        from .data_reconciliation.resources import DataReconciliationAt202309

        return DataReconciliationAt202309(self._resources.data_reconciliation)

    @cached_property
    def event(self) -> EventAt202309:
        from .event.resources import EventAt202309

        return EventAt202309(self._resources.event)

    @cached_property
    def finance(self) -> FinanceAt202309:
        from .finance.resources import FinanceAt202309

        return FinanceAt202309(self._resources.finance)

    @cached_property
    def fulfillment(self) -> FulfillmentAt202309:
        from .fulfillment.resources import FulfillmentAt202309

        return FulfillmentAt202309(self._resources.fulfillment)

    @cached_property
    def logistics(self) -> LogisticsAt202309:
        from .logistics.resources import LogisticsAt202309

        return LogisticsAt202309(self._resources.logistics)

    @cached_property
    def order(self) -> OrderAt202309:
        from .order.resources import OrderAt202309

        return OrderAt202309(self._resources.order)

    @cached_property
    def product(self) -> ProductAt202309:
        from .product.resources import ProductAt202309

        return ProductAt202309(self._resources.product)

    @cached_property
    def promotion(self) -> PromotionAt202309:
        from .promotion.resources import PromotionAt202309

        return PromotionAt202309(self._resources.promotion)

    @cached_property
    def return_refund(self) -> ReturnRefundAt202309:
        from .return_refund.resources import ReturnRefundAt202309

        return ReturnRefundAt202309(self._resources.return_refund)

    @cached_property
    def seller(self) -> SellerAt202309:
        from .seller.resources import SellerAt202309

        return SellerAt202309(self._resources.seller)

    @cached_property
    def supply_chain(self) -> SupplyChainAt202309:
        from .supply_chain.resources import SupplyChainAt202309

        return SupplyChainAt202309(self._resources.supply_chain)


class SyncAt202310:
    """Operations pinned to version 202310: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def data_reconciliation(self) -> DataReconciliationAt202310:
        from .data_reconciliation.resources import DataReconciliationAt202310

        return DataReconciliationAt202310(self._resources.data_reconciliation)


class SyncAt202312:
    """Operations pinned to version 202312: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def authorization(self) -> AuthorizationAt202312:
        from .authorization.resources import AuthorizationAt202312

        return AuthorizationAt202312(self._resources.authorization)

    @cached_property
    def product(self) -> ProductAt202312:
        from .product.resources import ProductAt202312

        return ProductAt202312(self._resources.product)


class SyncAt202401:
    """Operations pinned to version 202401: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def authorization(self) -> AuthorizationAt202401:
        from .authorization.resources import AuthorizationAt202401

        return AuthorizationAt202401(self._resources.authorization)

    @cached_property
    def data_reconciliation(self) -> DataReconciliationAt202401:
        from .data_reconciliation.resources import DataReconciliationAt202401

        return DataReconciliationAt202401(self._resources.data_reconciliation)

    @cached_property
    def product(self) -> ProductAt202401:
        from .product.resources import ProductAt202401

        return ProductAt202401(self._resources.product)


class SyncAt202403:
    """Operations pinned to version 202403: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def analytics(self) -> AnalyticsAt202403:
        from .analytics.resources import AnalyticsAt202403

        return AnalyticsAt202403(self._resources.analytics)

    @cached_property
    def authorization(self) -> AuthorizationAt202403:
        from .authorization.resources import AuthorizationAt202403

        return AuthorizationAt202403(self._resources.authorization)


class SyncAt202404:
    """Operations pinned to version 202404: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def product(self) -> ProductAt202404:
        from .product.resources import ProductAt202404

        return ProductAt202404(self._resources.product)


class SyncAt202405:
    """Operations pinned to version 202405: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202405:
        from .affiliate_creator.resources import AffiliateCreatorAt202405

        return AffiliateCreatorAt202405(self._resources.affiliate_creator)

    @cached_property
    def affiliate_partner(self) -> AffiliatePartnerAt202405:
        from .affiliate_partner.resources import AffiliatePartnerAt202405

        return AffiliatePartnerAt202405(self._resources.affiliate_partner)

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202405:
        from .affiliate_seller.resources import AffiliateSellerAt202405

        return AffiliateSellerAt202405(self._resources.affiliate_seller)

    @cached_property
    def authorization(self) -> AuthorizationAt202405:
        from .authorization.resources import AuthorizationAt202405

        return AuthorizationAt202405(self._resources.authorization)

    @cached_property
    def product(self) -> ProductAt202405:
        from .product.resources import ProductAt202405

        return ProductAt202405(self._resources.product)

    @cached_property
    def return_refund(self) -> ReturnRefundAt202405:
        from .return_refund.resources import ReturnRefundAt202405

        return ReturnRefundAt202405(self._resources.return_refund)


class SyncAt202406:
    """Operations pinned to version 202406: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def order(self) -> OrderAt202406:
        from .order.resources import OrderAt202406

        return OrderAt202406(self._resources.order)

    @cached_property
    def promotion(self) -> PromotionAt202406:
        from .promotion.resources import PromotionAt202406

        return PromotionAt202406(self._resources.promotion)


class SyncAt202407:
    """Operations pinned to version 202407: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def customer_service(self) -> CustomerServiceAt202407:
        from .customer_service.resources import CustomerServiceAt202407

        return CustomerServiceAt202407(self._resources.customer_service)

    @cached_property
    def fulfillment(self) -> FulfillmentAt202407:
        from .fulfillment.resources import FulfillmentAt202407

        return FulfillmentAt202407(self._resources.fulfillment)

    @cached_property
    def order(self) -> OrderAt202407:
        from .order.resources import OrderAt202407

        return OrderAt202407(self._resources.order)

    @cached_property
    def product(self) -> ProductAt202407:
        from .product.resources import ProductAt202407

        return ProductAt202407(self._resources.product)


class SyncAt202408:
    """Operations pinned to version 202408: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def fbt(self) -> FBTAt202408:
        from .fbt.resources import FBTAt202408

        return FBTAt202408(self._resources.fbt)


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

    @cached_property
    def fbt(self) -> FBTAt202409:
        from .fbt.resources import FBTAt202409

        return FBTAt202409(self._resources.fbt)

    @cached_property
    def product(self) -> ProductAt202409:
        from .product.resources import ProductAt202409

        return ProductAt202409(self._resources.product)


class SyncAt202410:
    """Operations pinned to version 202410: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202410:
        from .affiliate_creator.resources import AffiliateCreatorAt202410

        return AffiliateCreatorAt202410(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202410:
        from .affiliate_seller.resources import AffiliateSellerAt202410

        return AffiliateSellerAt202410(self._resources.affiliate_seller)

    @cached_property
    def fbt(self) -> FBTAt202410:
        from .fbt.resources import FBTAt202410

        return FBTAt202410(self._resources.fbt)


class SyncAt202411:
    """Operations pinned to version 202411: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def product(self) -> ProductAt202411:
        from .product.resources import ProductAt202411

        return ProductAt202411(self._resources.product)


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

    @cached_property
    def customer_engagement(self) -> CustomerEngagementAt202412:
        from .customer_engagement.resources import CustomerEngagementAt202412

        return CustomerEngagementAt202412(self._resources.customer_engagement)


class SyncAt202501:
    """Operations pinned to version 202501: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_partner(self) -> AffiliatePartnerAt202501:
        from .affiliate_partner.resources import AffiliatePartnerAt202501

        return AffiliatePartnerAt202501(self._resources.affiliate_partner)

    @cached_property
    def finance(self) -> FinanceAt202501:
        from .finance.resources import FinanceAt202501

        return FinanceAt202501(self._resources.finance)

    @cached_property
    def product(self) -> ProductAt202501:
        from .product.resources import ProductAt202501

        return ProductAt202501(self._resources.product)


class SyncAt202502:
    """Operations pinned to version 202502: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def analytics(self) -> AnalyticsAt202502:
        from .analytics.resources import AnalyticsAt202502

        return AnalyticsAt202502(self._resources.analytics)

    @cached_property
    def customer_engagement(self) -> CustomerEngagementAt202502:
        from .customer_engagement.resources import CustomerEngagementAt202502

        return CustomerEngagementAt202502(self._resources.customer_engagement)

    @cached_property
    def fulfillment(self) -> FulfillmentAt202502:
        from .fulfillment.resources import FulfillmentAt202502

        return FulfillmentAt202502(self._resources.fulfillment)

    @cached_property
    def product(self) -> ProductAt202502:
        from .product.resources import ProductAt202502

        return ProductAt202502(self._resources.product)


class SyncAt202504:
    """Operations pinned to version 202504: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202504:
        from .affiliate_creator.resources import AffiliateCreatorAt202504

        return AffiliateCreatorAt202504(self._resources.affiliate_creator)


class SyncAt202505:
    """Operations pinned to version 202505: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202505:
        from .affiliate_creator.resources import AffiliateCreatorAt202505

        return AffiliateCreatorAt202505(self._resources.affiliate_creator)

    @cached_property
    def affiliate_partner(self) -> AffiliatePartnerAt202505:
        from .affiliate_partner.resources import AffiliatePartnerAt202505

        return AffiliatePartnerAt202505(self._resources.affiliate_partner)

    @cached_property
    def product(self) -> ProductAt202505:
        from .product.resources import ProductAt202505

        return ProductAt202505(self._resources.product)


class SyncAt202506:
    """Operations pinned to version 202506: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def product(self) -> ProductAt202506:
        from .product.resources import ProductAt202506

        return ProductAt202506(self._resources.product)


class SyncAt202507:
    """Operations pinned to version 202507: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202507:
        from .affiliate_seller.resources import AffiliateSellerAt202507

        return AffiliateSellerAt202507(self._resources.affiliate_seller)

    @cached_property
    def finance(self) -> FinanceAt202507:
        from .finance.resources import FinanceAt202507

        return FinanceAt202507(self._resources.finance)

    @cached_property
    def order(self) -> OrderAt202507:
        from .order.resources import OrderAt202507

        return OrderAt202507(self._resources.order)

    @cached_property
    def product(self) -> ProductAt202507:
        from .product.resources import ProductAt202507

        return ProductAt202507(self._resources.product)


class SyncAt202508:
    """Operations pinned to version 202508: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202508:
        from .affiliate_creator.resources import AffiliateCreatorAt202508

        return AffiliateCreatorAt202508(self._resources.affiliate_creator)

    @cached_property
    def affiliate_partner(self) -> AffiliatePartnerAt202508:
        from .affiliate_partner.resources import AffiliatePartnerAt202508

        return AffiliatePartnerAt202508(self._resources.affiliate_partner)

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202508:
        from .affiliate_seller.resources import AffiliateSellerAt202508

        return AffiliateSellerAt202508(self._resources.affiliate_seller)

    @cached_property
    def fulfillment(self) -> FulfillmentAt202508:
        from .fulfillment.resources import FulfillmentAt202508

        return FulfillmentAt202508(self._resources.fulfillment)


class SyncAt202509:
    """Operations pinned to version 202509: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202509:
        from .affiliate_creator.resources import AffiliateCreatorAt202509

        return AffiliateCreatorAt202509(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202509:
        from .affiliate_seller.resources import AffiliateSellerAt202509

        return AffiliateSellerAt202509(self._resources.affiliate_seller)

    @cached_property
    def analytics(self) -> AnalyticsAt202509:
        from .analytics.resources import AnalyticsAt202509

        return AnalyticsAt202509(self._resources.analytics)

    @cached_property
    def product(self) -> ProductAt202509:
        from .product.resources import ProductAt202509

        return ProductAt202509(self._resources.product)


class SyncAt202510:
    """Operations pinned to version 202510: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def analytics(self) -> AnalyticsAt202510:
        from .analytics.resources import AnalyticsAt202510

        return AnalyticsAt202510(self._resources.analytics)

    @cached_property
    def fulfillment(self) -> FulfillmentAt202510:
        from .fulfillment.resources import FulfillmentAt202510

        return FulfillmentAt202510(self._resources.fulfillment)

    @cached_property
    def logistics(self) -> LogisticsAt202510:
        from .logistics.resources import LogisticsAt202510

        return LogisticsAt202510(self._resources.logistics)


class SyncAt202511:
    """Operations pinned to version 202511: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202511:
        from .affiliate_creator.resources import AffiliateCreatorAt202511

        return AffiliateCreatorAt202511(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202511:
        from .affiliate_seller.resources import AffiliateSellerAt202511

        return AffiliateSellerAt202511(self._resources.affiliate_seller)

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

    @cached_property
    def analytics(self) -> AnalyticsAt202512:
        from .analytics.resources import AnalyticsAt202512

        return AnalyticsAt202512(self._resources.analytics)

    @cached_property
    def fulfillment(self) -> FulfillmentAt202512:
        from .fulfillment.resources import FulfillmentAt202512

        return FulfillmentAt202512(self._resources.fulfillment)

    @cached_property
    def return_refund(self) -> ReturnRefundAt202512:
        from .return_refund.resources import ReturnRefundAt202512

        return ReturnRefundAt202512(self._resources.return_refund)

    @cached_property
    def tools(self) -> ToolsAt202512:
        from .tools.resources import ToolsAt202512

        return ToolsAt202512(self._resources.tools)


class SyncAt202601:
    """Operations pinned to version 202601: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202601:
        from .affiliate_creator.resources import AffiliateCreatorAt202601

        return AffiliateCreatorAt202601(self._resources.affiliate_creator)

    @cached_property
    def customer_service(self) -> CustomerServiceAt202601:
        from .customer_service.resources import CustomerServiceAt202601

        return CustomerServiceAt202601(self._resources.customer_service)

    @cached_property
    def fbt(self) -> FBTAt202601:
        from .fbt.resources import FBTAt202601

        return FBTAt202601(self._resources.fbt)

    @cached_property
    def fulfillment(self) -> FulfillmentAt202601:
        from .fulfillment.resources import FulfillmentAt202601

        return FulfillmentAt202601(self._resources.fulfillment)

    @cached_property
    def product(self) -> ProductAt202601:
        from .product.resources import ProductAt202601

        return ProductAt202601(self._resources.product)

    @cached_property
    def return_refund(self) -> ReturnRefundAt202601:
        from .return_refund.resources import ReturnRefundAt202601

        return ReturnRefundAt202601(self._resources.return_refund)

    @cached_property
    def seller(self) -> SellerAt202601:
        from .seller.resources import SellerAt202601

        return SellerAt202601(self._resources.seller)


class SyncAt202602:
    """Operations pinned to version 202602: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def customer_service(self) -> CustomerServiceAt202602:
        from .customer_service.resources import CustomerServiceAt202602

        return CustomerServiceAt202602(self._resources.customer_service)

    @cached_property
    def fbt(self) -> FBTAt202602:
        from .fbt.resources import FBTAt202602

        return FBTAt202602(self._resources.fbt)

    @cached_property
    def product(self) -> ProductAt202602:
        from .product.resources import ProductAt202602

        return ProductAt202602(self._resources.product)

    @cached_property
    def return_refund(self) -> ReturnRefundAt202602:
        from .return_refund.resources import ReturnRefundAt202602

        return ReturnRefundAt202602(self._resources.return_refund)


class SyncAt202603:
    """Operations pinned to version 202603: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202603:
        from .affiliate_creator.resources import AffiliateCreatorAt202603

        return AffiliateCreatorAt202603(self._resources.affiliate_creator)

    @cached_property
    def affiliate_partner(self) -> AffiliatePartnerAt202603:
        from .affiliate_partner.resources import AffiliatePartnerAt202603

        return AffiliatePartnerAt202603(self._resources.affiliate_partner)

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202603:
        from .affiliate_seller.resources import AffiliateSellerAt202603

        return AffiliateSellerAt202603(self._resources.affiliate_seller)

    @cached_property
    def fbt(self) -> FBTAt202603:
        from .fbt.resources import FBTAt202603

        return FBTAt202603(self._resources.fbt)

    @cached_property
    def return_refund(self) -> ReturnRefundAt202603:
        from .return_refund.resources import ReturnRefundAt202603

        return ReturnRefundAt202603(self._resources.return_refund)


class SyncAt202604:
    """Operations pinned to version 202604: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def logistics(self) -> LogisticsAt202604:
        from .logistics.resources import LogisticsAt202604

        return LogisticsAt202604(self._resources.logistics)

    @cached_property
    def product(self) -> ProductAt202604:
        from .product.resources import ProductAt202604

        return ProductAt202604(self._resources.product)

    @cached_property
    def return_refund(self) -> ReturnRefundAt202604:
        from .return_refund.resources import ReturnRefundAt202604

        return ReturnRefundAt202604(self._resources.return_refund)


class SyncAt202605:
    """Operations pinned to version 202605: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202605:
        from .affiliate_seller.resources import AffiliateSellerAt202605

        return AffiliateSellerAt202605(self._resources.affiliate_seller)

    @cached_property
    def analytics(self) -> AnalyticsAt202605:
        from .analytics.resources import AnalyticsAt202605

        return AnalyticsAt202605(self._resources.analytics)

    @cached_property
    def customer_service(self) -> CustomerServiceAt202605:
        from .customer_service.resources import CustomerServiceAt202605

        return CustomerServiceAt202605(self._resources.customer_service)

    @cached_property
    def finance(self) -> FinanceAt202605:
        from .finance.resources import FinanceAt202605

        return FinanceAt202605(self._resources.finance)

    @cached_property
    def order(self) -> OrderAt202605:
        from .order.resources import OrderAt202605

        return OrderAt202605(self._resources.order)


class SyncAt202606:
    """Operations pinned to version 202606: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202606:
        from .affiliate_creator.resources import AffiliateCreatorAt202606

        return AffiliateCreatorAt202606(self._resources.affiliate_creator)

    @cached_property
    def analytics(self) -> AnalyticsAt202606:
        from .analytics.resources import AnalyticsAt202606

        return AnalyticsAt202606(self._resources.analytics)

    @cached_property
    def customer_service(self) -> CustomerServiceAt202606:
        from .customer_service.resources import CustomerServiceAt202606

        return CustomerServiceAt202606(self._resources.customer_service)

    @cached_property
    def fulfillment(self) -> FulfillmentAt202606:
        from .fulfillment.resources import FulfillmentAt202606

        return FulfillmentAt202606(self._resources.fulfillment)

    @cached_property
    def logistics(self) -> LogisticsAt202606:
        from .logistics.resources import LogisticsAt202606

        return LogisticsAt202606(self._resources.logistics)

    @cached_property
    def order(self) -> OrderAt202606:
        from .order.resources import OrderAt202606

        return OrderAt202606(self._resources.order)

    @cached_property
    def product(self) -> ProductAt202606:
        from .product.resources import ProductAt202606

        return ProductAt202606(self._resources.product)

    @cached_property
    def return_refund(self) -> ReturnRefundAt202606:
        from .return_refund.resources import ReturnRefundAt202606

        return ReturnRefundAt202606(self._resources.return_refund)


class SyncAt202607:
    """Operations pinned to version 202607: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202607:
        from .affiliate_creator.resources import AffiliateCreatorAt202607

        return AffiliateCreatorAt202607(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202607:
        from .affiliate_seller.resources import AffiliateSellerAt202607

        return AffiliateSellerAt202607(self._resources.affiliate_seller)

    @cached_property
    def fbt(self) -> FBTAt202607:
        from .fbt.resources import FBTAt202607

        return FBTAt202607(self._resources.fbt)

    @cached_property
    def fulfillment(self) -> FulfillmentAt202607:
        from .fulfillment.resources import FulfillmentAt202607

        return FulfillmentAt202607(self._resources.fulfillment)

    @cached_property
    def promotion(self) -> PromotionAt202607:
        from .promotion.resources import PromotionAt202607

        return PromotionAt202607(self._resources.promotion)


class SyncAt202608:
    """Operations pinned to version 202608: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202608:
        from .affiliate_seller.resources import AffiliateSellerAt202608

        return AffiliateSellerAt202608(self._resources.affiliate_seller)

    @cached_property
    def product(self) -> ProductAt202608:
        from .product.resources import ProductAt202608

        return ProductAt202608(self._resources.product)


class SyncAt202609:
    """Operations pinned to version 202609: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def analytics(self) -> AnalyticsAt202609:
        from .analytics.resources import AnalyticsAt202609

        return AnalyticsAt202609(self._resources.analytics)

    @cached_property
    def finance(self) -> FinanceAt202609:
        from .finance.resources import FinanceAt202609

        return FinanceAt202609(self._resources.finance)

    @cached_property
    def fulfillment(self) -> FulfillmentAt202609:
        from .fulfillment.resources import FulfillmentAt202609

        return FulfillmentAt202609(self._resources.fulfillment)

    @cached_property
    def product(self) -> ProductAt202609:
        from .product.resources import ProductAt202609

        return ProductAt202609(self._resources.product)

    @cached_property
    def return_refund(self) -> ReturnRefundAt202609:
        from .return_refund.resources import ReturnRefundAt202609

        return ReturnRefundAt202609(self._resources.return_refund)


class SyncAt202610:
    """Operations pinned to version 202610: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AffiliateCreatorAt202610:
        from .affiliate_creator.resources import AffiliateCreatorAt202610

        return AffiliateCreatorAt202610(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AffiliateSellerAt202610:
        from .affiliate_seller.resources import AffiliateSellerAt202610

        return AffiliateSellerAt202610(self._resources.affiliate_seller)

    @cached_property
    def fulfillment(self) -> FulfillmentAt202610:
        from .fulfillment.resources import FulfillmentAt202610

        return FulfillmentAt202610(self._resources.fulfillment)

    @cached_property
    def product(self) -> ProductAt202610:
        from .product.resources import ProductAt202610

        return ProductAt202610(self._resources.product)


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
    def affiliate_partner(self) -> AffiliatePartnerResource:
        """Tools for TikTok Shop affiliate partners (agencies): partner campaigns, the products sellers
        register in them, promotion links, creator performance and affiliate orders."""
        from .affiliate_partner.resources import AffiliatePartnerResource

        return AffiliatePartnerResource(self._requester)

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
    def customer_engagement(self) -> CustomerEngagementResource:
        """Customer engagement: message templates, engagement tasks and the messages sent to a shop's past
        buyers through TikTok IM, with their performance."""
        from .customer_engagement.resources import CustomerEngagementResource

        return CustomerEngagementResource(self._requester)

    @cached_property
    def customer_service(self) -> CustomerServiceResource:
        """Buyer-shop chat (customer service IM): conversations, messages, image uploads for messages, agent
        settings, support sessions and service performance."""
        from .customer_service.resources import CustomerServiceResource

        return CustomerServiceResource(self._requester)

    @cached_property
    def data_reconciliation(self) -> DataReconciliationResource:
        """Data reconciliation for connector apps: report how TikTok Shop orders look on the seller's
        direct-to-consumer platform (Shopify, WooCommerce, BigCommerce, Magento) so TikTok can compare both
        sides."""
        from .data_reconciliation.resources import DataReconciliationResource

        return DataReconciliationResource(self._requester)

    @cached_property
    def event(self) -> EventResource:
        """Webhook subscriptions of a shop, one callback URL per event type."""
        from .event.resources import EventResource

        return EventResource(self._requester)

    @cached_property
    def fbt(self) -> FBTResource:
        """Fulfilled by TikTok (FBT): the seller's FBT goods, warehouses, inventory and its history, inbound
        plans and orders into FBT warehouses, and multi-channel fulfillment (MCF) orders."""
        from .fbt.resources import FBTResource

        return FBTResource(self._requester)

    @cached_property
    def finance(self) -> FinanceResource:
        """Statements, settlement transactions, payouts and balances of a shop."""
        from .finance.resources import FinanceResource

        return FinanceResource(self._requester)

    @cached_property
    def fulfillment(self) -> FulfillmentResource:
        """Packages of the seller's orders, from splitting and combining to shipping, labels and delivery
        proof."""
        from .fulfillment.resources import FulfillmentResource

        return FulfillmentResource(self._requester)

    @cached_property
    def logistics(self) -> LogisticsResource:
        """Warehouses, delivery options, carriers, shipping templates and parcel tracking."""
        from .logistics.resources import LogisticsResource

        return LogisticsResource(self._requester)

    @cached_property
    def order(self) -> OrderResource:
        """Orders of a shop, their line items, prices and links to external order systems."""
        from .order.resources import OrderResource

        return OrderResource(self._requester)

    @cached_property
    def product(self) -> ProductResource:
        """Local shop products: listing, editing, prices, inventory, images and files, listing quality
        diagnoses and listing helpers."""
        from .product.resources import ProductResource

        return ProductResource(self._requester)

    @cached_property
    def promotion(self) -> PromotionResource:
        """Promotion activities (discounts, flash sales, shipping and bundle deals) and coupons."""
        from .promotion.resources import PromotionResource

        return PromotionResource(self._requester)

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
    def supply_chain(self) -> SupplyChainResource:
        """Warehouse service providers reporting the shipment of the packages they fulfill."""
        from .supply_chain.resources import SupplyChainResource

        return SupplyChainResource(self._requester)

    @cached_property
    def tools(self) -> ToolsResource:
        """Helpers shared by other modules, such as large file uploads."""
        from .tools.resources import ToolsResource

        return ToolsResource(self._requester)

    @cached_property
    def with_raw_response(self) -> SyncRawResources:
        """The same resources, returning `RawResponse` (status, headers, request_id) around each model."""
        return SyncRawResources(self)

    @overload
    def at(self, version: Literal["202309"]) -> SyncAt202309: ...

    @overload
    def at(self, version: Literal["202310"]) -> SyncAt202310: ...

    @overload
    def at(self, version: Literal["202312"]) -> SyncAt202312: ...

    @overload
    def at(self, version: Literal["202401"]) -> SyncAt202401: ...

    @overload
    def at(self, version: Literal["202403"]) -> SyncAt202403: ...

    @overload
    def at(self, version: Literal["202404"]) -> SyncAt202404: ...

    @overload
    def at(self, version: Literal["202405"]) -> SyncAt202405: ...

    @overload
    def at(self, version: Literal["202406"]) -> SyncAt202406: ...

    @overload
    def at(self, version: Literal["202407"]) -> SyncAt202407: ...

    @overload
    def at(self, version: Literal["202408"]) -> SyncAt202408: ...

    @overload
    def at(self, version: Literal["202409"]) -> SyncAt202409: ...

    @overload
    def at(self, version: Literal["202410"]) -> SyncAt202410: ...

    @overload
    def at(self, version: Literal["202411"]) -> SyncAt202411: ...

    @overload
    def at(self, version: Literal["202412"]) -> SyncAt202412: ...

    @overload
    def at(self, version: Literal["202501"]) -> SyncAt202501: ...

    @overload
    def at(self, version: Literal["202502"]) -> SyncAt202502: ...

    @overload
    def at(self, version: Literal["202504"]) -> SyncAt202504: ...

    @overload
    def at(self, version: Literal["202505"]) -> SyncAt202505: ...

    @overload
    def at(self, version: Literal["202506"]) -> SyncAt202506: ...

    @overload
    def at(self, version: Literal["202507"]) -> SyncAt202507: ...

    @overload
    def at(self, version: Literal["202508"]) -> SyncAt202508: ...

    @overload
    def at(self, version: Literal["202509"]) -> SyncAt202509: ...

    @overload
    def at(self, version: Literal["202510"]) -> SyncAt202510: ...

    @overload
    def at(self, version: Literal["202511"]) -> SyncAt202511: ...

    @overload
    def at(self, version: Literal["202512"]) -> SyncAt202512: ...

    @overload
    def at(self, version: Literal["202601"]) -> SyncAt202601: ...

    @overload
    def at(self, version: Literal["202602"]) -> SyncAt202602: ...

    @overload
    def at(self, version: Literal["202603"]) -> SyncAt202603: ...

    @overload
    def at(self, version: Literal["202604"]) -> SyncAt202604: ...

    @overload
    def at(self, version: Literal["202605"]) -> SyncAt202605: ...

    @overload
    def at(self, version: Literal["202606"]) -> SyncAt202606: ...

    @overload
    def at(self, version: Literal["202607"]) -> SyncAt202607: ...

    @overload
    def at(self, version: Literal["202608"]) -> SyncAt202608: ...

    @overload
    def at(self, version: Literal["202609"]) -> SyncAt202609: ...

    @overload
    def at(self, version: Literal["202610"]) -> SyncAt202610: ...

    def at(self, version: str) -> Any:
        """Operations pinned to one API version, so an upgrade of this package never moves a call to a newer
        version."""
        views: dict[str, Any] = {
            "202309": SyncAt202309,
            "202310": SyncAt202310,
            "202312": SyncAt202312,
            "202401": SyncAt202401,
            "202403": SyncAt202403,
            "202404": SyncAt202404,
            "202405": SyncAt202405,
            "202406": SyncAt202406,
            "202407": SyncAt202407,
            "202408": SyncAt202408,
            "202409": SyncAt202409,
            "202410": SyncAt202410,
            "202411": SyncAt202411,
            "202412": SyncAt202412,
            "202501": SyncAt202501,
            "202502": SyncAt202502,
            "202504": SyncAt202504,
            "202505": SyncAt202505,
            "202506": SyncAt202506,
            "202507": SyncAt202507,
            "202508": SyncAt202508,
            "202509": SyncAt202509,
            "202510": SyncAt202510,
            "202511": SyncAt202511,
            "202512": SyncAt202512,
            "202601": SyncAt202601,
            "202602": SyncAt202602,
            "202603": SyncAt202603,
            "202604": SyncAt202604,
            "202605": SyncAt202605,
            "202606": SyncAt202606,
            "202607": SyncAt202607,
            "202608": SyncAt202608,
            "202609": SyncAt202609,
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
    def affiliate_partner(self) -> AsyncAffiliatePartnerResourceWithRawResponse:
        from .affiliate_partner.resources import AsyncAffiliatePartnerResourceWithRawResponse

        return AsyncAffiliatePartnerResourceWithRawResponse(self._resources.affiliate_partner)

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
    def customer_engagement(self) -> AsyncCustomerEngagementResourceWithRawResponse:
        from .customer_engagement.resources import AsyncCustomerEngagementResourceWithRawResponse

        return AsyncCustomerEngagementResourceWithRawResponse(self._resources.customer_engagement)

    @cached_property
    def customer_service(self) -> AsyncCustomerServiceResourceWithRawResponse:
        from .customer_service.resources import AsyncCustomerServiceResourceWithRawResponse

        return AsyncCustomerServiceResourceWithRawResponse(self._resources.customer_service)

    @cached_property
    def data_reconciliation(self) -> AsyncDataReconciliationResourceWithRawResponse:
        from .data_reconciliation.resources import AsyncDataReconciliationResourceWithRawResponse

        return AsyncDataReconciliationResourceWithRawResponse(self._resources.data_reconciliation)

    @cached_property
    def event(self) -> AsyncEventResourceWithRawResponse:
        from .event.resources import AsyncEventResourceWithRawResponse

        return AsyncEventResourceWithRawResponse(self._resources.event)

    @cached_property
    def fbt(self) -> AsyncFBTResourceWithRawResponse:
        from .fbt.resources import AsyncFBTResourceWithRawResponse

        return AsyncFBTResourceWithRawResponse(self._resources.fbt)

    @cached_property
    def finance(self) -> AsyncFinanceResourceWithRawResponse:
        from .finance.resources import AsyncFinanceResourceWithRawResponse

        return AsyncFinanceResourceWithRawResponse(self._resources.finance)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentResourceWithRawResponse:
        from .fulfillment.resources import AsyncFulfillmentResourceWithRawResponse

        return AsyncFulfillmentResourceWithRawResponse(self._resources.fulfillment)

    @cached_property
    def logistics(self) -> AsyncLogisticsResourceWithRawResponse:
        from .logistics.resources import AsyncLogisticsResourceWithRawResponse

        return AsyncLogisticsResourceWithRawResponse(self._resources.logistics)

    @cached_property
    def order(self) -> AsyncOrderResourceWithRawResponse:
        from .order.resources import AsyncOrderResourceWithRawResponse

        return AsyncOrderResourceWithRawResponse(self._resources.order)

    @cached_property
    def product(self) -> AsyncProductResourceWithRawResponse:
        from .product.resources import AsyncProductResourceWithRawResponse

        return AsyncProductResourceWithRawResponse(self._resources.product)

    @cached_property
    def promotion(self) -> AsyncPromotionResourceWithRawResponse:
        from .promotion.resources import AsyncPromotionResourceWithRawResponse

        return AsyncPromotionResourceWithRawResponse(self._resources.promotion)

    @cached_property
    def return_refund(self) -> AsyncReturnRefundResourceWithRawResponse:
        from .return_refund.resources import AsyncReturnRefundResourceWithRawResponse

        return AsyncReturnRefundResourceWithRawResponse(self._resources.return_refund)

    @cached_property
    def seller(self) -> AsyncSellerResourceWithRawResponse:
        from .seller.resources import AsyncSellerResourceWithRawResponse

        return AsyncSellerResourceWithRawResponse(self._resources.seller)

    @cached_property
    def supply_chain(self) -> AsyncSupplyChainResourceWithRawResponse:
        from .supply_chain.resources import AsyncSupplyChainResourceWithRawResponse

        return AsyncSupplyChainResourceWithRawResponse(self._resources.supply_chain)

    @cached_property
    def tools(self) -> AsyncToolsResourceWithRawResponse:
        from .tools.resources import AsyncToolsResourceWithRawResponse

        return AsyncToolsResourceWithRawResponse(self._resources.tools)


class AsyncAt202309:
    """Operations pinned to version 202309: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def authorization(self) -> AsyncAuthorizationAt202309:
        from .authorization.resources import AsyncAuthorizationAt202309

        return AsyncAuthorizationAt202309(self._resources.authorization)

    @cached_property
    def customer_service(self) -> AsyncCustomerServiceAt202309:
        from .customer_service.resources import AsyncCustomerServiceAt202309

        return AsyncCustomerServiceAt202309(self._resources.customer_service)

    @cached_property
    def data_reconciliation(self) -> AsyncDataReconciliationAt202309:
        from .data_reconciliation.resources import AsyncDataReconciliationAt202309

        return AsyncDataReconciliationAt202309(self._resources.data_reconciliation)

    @cached_property
    def event(self) -> AsyncEventAt202309:
        from .event.resources import AsyncEventAt202309

        return AsyncEventAt202309(self._resources.event)

    @cached_property
    def finance(self) -> AsyncFinanceAt202309:
        from .finance.resources import AsyncFinanceAt202309

        return AsyncFinanceAt202309(self._resources.finance)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentAt202309:
        from .fulfillment.resources import AsyncFulfillmentAt202309

        return AsyncFulfillmentAt202309(self._resources.fulfillment)

    @cached_property
    def logistics(self) -> AsyncLogisticsAt202309:
        from .logistics.resources import AsyncLogisticsAt202309

        return AsyncLogisticsAt202309(self._resources.logistics)

    @cached_property
    def order(self) -> AsyncOrderAt202309:
        from .order.resources import AsyncOrderAt202309

        return AsyncOrderAt202309(self._resources.order)

    @cached_property
    def product(self) -> AsyncProductAt202309:
        from .product.resources import AsyncProductAt202309

        return AsyncProductAt202309(self._resources.product)

    @cached_property
    def promotion(self) -> AsyncPromotionAt202309:
        from .promotion.resources import AsyncPromotionAt202309

        return AsyncPromotionAt202309(self._resources.promotion)

    @cached_property
    def return_refund(self) -> AsyncReturnRefundAt202309:
        from .return_refund.resources import AsyncReturnRefundAt202309

        return AsyncReturnRefundAt202309(self._resources.return_refund)

    @cached_property
    def seller(self) -> AsyncSellerAt202309:
        from .seller.resources import AsyncSellerAt202309

        return AsyncSellerAt202309(self._resources.seller)

    @cached_property
    def supply_chain(self) -> AsyncSupplyChainAt202309:
        from .supply_chain.resources import AsyncSupplyChainAt202309

        return AsyncSupplyChainAt202309(self._resources.supply_chain)


class AsyncAt202310:
    """Operations pinned to version 202310: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def data_reconciliation(self) -> AsyncDataReconciliationAt202310:
        from .data_reconciliation.resources import AsyncDataReconciliationAt202310

        return AsyncDataReconciliationAt202310(self._resources.data_reconciliation)


class AsyncAt202312:
    """Operations pinned to version 202312: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def authorization(self) -> AsyncAuthorizationAt202312:
        from .authorization.resources import AsyncAuthorizationAt202312

        return AsyncAuthorizationAt202312(self._resources.authorization)

    @cached_property
    def product(self) -> AsyncProductAt202312:
        from .product.resources import AsyncProductAt202312

        return AsyncProductAt202312(self._resources.product)


class AsyncAt202401:
    """Operations pinned to version 202401: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def authorization(self) -> AsyncAuthorizationAt202401:
        from .authorization.resources import AsyncAuthorizationAt202401

        return AsyncAuthorizationAt202401(self._resources.authorization)

    @cached_property
    def data_reconciliation(self) -> AsyncDataReconciliationAt202401:
        from .data_reconciliation.resources import AsyncDataReconciliationAt202401

        return AsyncDataReconciliationAt202401(self._resources.data_reconciliation)

    @cached_property
    def product(self) -> AsyncProductAt202401:
        from .product.resources import AsyncProductAt202401

        return AsyncProductAt202401(self._resources.product)


class AsyncAt202403:
    """Operations pinned to version 202403: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def analytics(self) -> AsyncAnalyticsAt202403:
        from .analytics.resources import AsyncAnalyticsAt202403

        return AsyncAnalyticsAt202403(self._resources.analytics)

    @cached_property
    def authorization(self) -> AsyncAuthorizationAt202403:
        from .authorization.resources import AsyncAuthorizationAt202403

        return AsyncAuthorizationAt202403(self._resources.authorization)


class AsyncAt202404:
    """Operations pinned to version 202404: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def product(self) -> AsyncProductAt202404:
        from .product.resources import AsyncProductAt202404

        return AsyncProductAt202404(self._resources.product)


class AsyncAt202405:
    """Operations pinned to version 202405: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202405:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202405

        return AsyncAffiliateCreatorAt202405(self._resources.affiliate_creator)

    @cached_property
    def affiliate_partner(self) -> AsyncAffiliatePartnerAt202405:
        from .affiliate_partner.resources import AsyncAffiliatePartnerAt202405

        return AsyncAffiliatePartnerAt202405(self._resources.affiliate_partner)

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202405:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202405

        return AsyncAffiliateSellerAt202405(self._resources.affiliate_seller)

    @cached_property
    def authorization(self) -> AsyncAuthorizationAt202405:
        from .authorization.resources import AsyncAuthorizationAt202405

        return AsyncAuthorizationAt202405(self._resources.authorization)

    @cached_property
    def product(self) -> AsyncProductAt202405:
        from .product.resources import AsyncProductAt202405

        return AsyncProductAt202405(self._resources.product)

    @cached_property
    def return_refund(self) -> AsyncReturnRefundAt202405:
        from .return_refund.resources import AsyncReturnRefundAt202405

        return AsyncReturnRefundAt202405(self._resources.return_refund)


class AsyncAt202406:
    """Operations pinned to version 202406: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def order(self) -> AsyncOrderAt202406:
        from .order.resources import AsyncOrderAt202406

        return AsyncOrderAt202406(self._resources.order)

    @cached_property
    def promotion(self) -> AsyncPromotionAt202406:
        from .promotion.resources import AsyncPromotionAt202406

        return AsyncPromotionAt202406(self._resources.promotion)


class AsyncAt202407:
    """Operations pinned to version 202407: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def customer_service(self) -> AsyncCustomerServiceAt202407:
        from .customer_service.resources import AsyncCustomerServiceAt202407

        return AsyncCustomerServiceAt202407(self._resources.customer_service)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentAt202407:
        from .fulfillment.resources import AsyncFulfillmentAt202407

        return AsyncFulfillmentAt202407(self._resources.fulfillment)

    @cached_property
    def order(self) -> AsyncOrderAt202407:
        from .order.resources import AsyncOrderAt202407

        return AsyncOrderAt202407(self._resources.order)

    @cached_property
    def product(self) -> AsyncProductAt202407:
        from .product.resources import AsyncProductAt202407

        return AsyncProductAt202407(self._resources.product)


class AsyncAt202408:
    """Operations pinned to version 202408: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def fbt(self) -> AsyncFBTAt202408:
        from .fbt.resources import AsyncFBTAt202408

        return AsyncFBTAt202408(self._resources.fbt)


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

    @cached_property
    def fbt(self) -> AsyncFBTAt202409:
        from .fbt.resources import AsyncFBTAt202409

        return AsyncFBTAt202409(self._resources.fbt)

    @cached_property
    def product(self) -> AsyncProductAt202409:
        from .product.resources import AsyncProductAt202409

        return AsyncProductAt202409(self._resources.product)


class AsyncAt202410:
    """Operations pinned to version 202410: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202410:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202410

        return AsyncAffiliateCreatorAt202410(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202410:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202410

        return AsyncAffiliateSellerAt202410(self._resources.affiliate_seller)

    @cached_property
    def fbt(self) -> AsyncFBTAt202410:
        from .fbt.resources import AsyncFBTAt202410

        return AsyncFBTAt202410(self._resources.fbt)


class AsyncAt202411:
    """Operations pinned to version 202411: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def product(self) -> AsyncProductAt202411:
        from .product.resources import AsyncProductAt202411

        return AsyncProductAt202411(self._resources.product)


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

    @cached_property
    def customer_engagement(self) -> AsyncCustomerEngagementAt202412:
        from .customer_engagement.resources import AsyncCustomerEngagementAt202412

        return AsyncCustomerEngagementAt202412(self._resources.customer_engagement)


class AsyncAt202501:
    """Operations pinned to version 202501: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_partner(self) -> AsyncAffiliatePartnerAt202501:
        from .affiliate_partner.resources import AsyncAffiliatePartnerAt202501

        return AsyncAffiliatePartnerAt202501(self._resources.affiliate_partner)

    @cached_property
    def finance(self) -> AsyncFinanceAt202501:
        from .finance.resources import AsyncFinanceAt202501

        return AsyncFinanceAt202501(self._resources.finance)

    @cached_property
    def product(self) -> AsyncProductAt202501:
        from .product.resources import AsyncProductAt202501

        return AsyncProductAt202501(self._resources.product)


class AsyncAt202502:
    """Operations pinned to version 202502: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def analytics(self) -> AsyncAnalyticsAt202502:
        from .analytics.resources import AsyncAnalyticsAt202502

        return AsyncAnalyticsAt202502(self._resources.analytics)

    @cached_property
    def customer_engagement(self) -> AsyncCustomerEngagementAt202502:
        from .customer_engagement.resources import AsyncCustomerEngagementAt202502

        return AsyncCustomerEngagementAt202502(self._resources.customer_engagement)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentAt202502:
        from .fulfillment.resources import AsyncFulfillmentAt202502

        return AsyncFulfillmentAt202502(self._resources.fulfillment)

    @cached_property
    def product(self) -> AsyncProductAt202502:
        from .product.resources import AsyncProductAt202502

        return AsyncProductAt202502(self._resources.product)


class AsyncAt202504:
    """Operations pinned to version 202504: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202504:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202504

        return AsyncAffiliateCreatorAt202504(self._resources.affiliate_creator)


class AsyncAt202505:
    """Operations pinned to version 202505: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202505:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202505

        return AsyncAffiliateCreatorAt202505(self._resources.affiliate_creator)

    @cached_property
    def affiliate_partner(self) -> AsyncAffiliatePartnerAt202505:
        from .affiliate_partner.resources import AsyncAffiliatePartnerAt202505

        return AsyncAffiliatePartnerAt202505(self._resources.affiliate_partner)

    @cached_property
    def product(self) -> AsyncProductAt202505:
        from .product.resources import AsyncProductAt202505

        return AsyncProductAt202505(self._resources.product)


class AsyncAt202506:
    """Operations pinned to version 202506: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def product(self) -> AsyncProductAt202506:
        from .product.resources import AsyncProductAt202506

        return AsyncProductAt202506(self._resources.product)


class AsyncAt202507:
    """Operations pinned to version 202507: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202507:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202507

        return AsyncAffiliateSellerAt202507(self._resources.affiliate_seller)

    @cached_property
    def finance(self) -> AsyncFinanceAt202507:
        from .finance.resources import AsyncFinanceAt202507

        return AsyncFinanceAt202507(self._resources.finance)

    @cached_property
    def order(self) -> AsyncOrderAt202507:
        from .order.resources import AsyncOrderAt202507

        return AsyncOrderAt202507(self._resources.order)

    @cached_property
    def product(self) -> AsyncProductAt202507:
        from .product.resources import AsyncProductAt202507

        return AsyncProductAt202507(self._resources.product)


class AsyncAt202508:
    """Operations pinned to version 202508: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202508:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202508

        return AsyncAffiliateCreatorAt202508(self._resources.affiliate_creator)

    @cached_property
    def affiliate_partner(self) -> AsyncAffiliatePartnerAt202508:
        from .affiliate_partner.resources import AsyncAffiliatePartnerAt202508

        return AsyncAffiliatePartnerAt202508(self._resources.affiliate_partner)

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202508:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202508

        return AsyncAffiliateSellerAt202508(self._resources.affiliate_seller)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentAt202508:
        from .fulfillment.resources import AsyncFulfillmentAt202508

        return AsyncFulfillmentAt202508(self._resources.fulfillment)


class AsyncAt202509:
    """Operations pinned to version 202509: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202509:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202509

        return AsyncAffiliateCreatorAt202509(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202509:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202509

        return AsyncAffiliateSellerAt202509(self._resources.affiliate_seller)

    @cached_property
    def analytics(self) -> AsyncAnalyticsAt202509:
        from .analytics.resources import AsyncAnalyticsAt202509

        return AsyncAnalyticsAt202509(self._resources.analytics)

    @cached_property
    def product(self) -> AsyncProductAt202509:
        from .product.resources import AsyncProductAt202509

        return AsyncProductAt202509(self._resources.product)


class AsyncAt202510:
    """Operations pinned to version 202510: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def analytics(self) -> AsyncAnalyticsAt202510:
        from .analytics.resources import AsyncAnalyticsAt202510

        return AsyncAnalyticsAt202510(self._resources.analytics)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentAt202510:
        from .fulfillment.resources import AsyncFulfillmentAt202510

        return AsyncFulfillmentAt202510(self._resources.fulfillment)

    @cached_property
    def logistics(self) -> AsyncLogisticsAt202510:
        from .logistics.resources import AsyncLogisticsAt202510

        return AsyncLogisticsAt202510(self._resources.logistics)


class AsyncAt202511:
    """Operations pinned to version 202511: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202511:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202511

        return AsyncAffiliateCreatorAt202511(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202511:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202511

        return AsyncAffiliateSellerAt202511(self._resources.affiliate_seller)

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

    @cached_property
    def analytics(self) -> AsyncAnalyticsAt202512:
        from .analytics.resources import AsyncAnalyticsAt202512

        return AsyncAnalyticsAt202512(self._resources.analytics)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentAt202512:
        from .fulfillment.resources import AsyncFulfillmentAt202512

        return AsyncFulfillmentAt202512(self._resources.fulfillment)

    @cached_property
    def return_refund(self) -> AsyncReturnRefundAt202512:
        from .return_refund.resources import AsyncReturnRefundAt202512

        return AsyncReturnRefundAt202512(self._resources.return_refund)

    @cached_property
    def tools(self) -> AsyncToolsAt202512:
        from .tools.resources import AsyncToolsAt202512

        return AsyncToolsAt202512(self._resources.tools)


class AsyncAt202601:
    """Operations pinned to version 202601: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202601:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202601

        return AsyncAffiliateCreatorAt202601(self._resources.affiliate_creator)

    @cached_property
    def customer_service(self) -> AsyncCustomerServiceAt202601:
        from .customer_service.resources import AsyncCustomerServiceAt202601

        return AsyncCustomerServiceAt202601(self._resources.customer_service)

    @cached_property
    def fbt(self) -> AsyncFBTAt202601:
        from .fbt.resources import AsyncFBTAt202601

        return AsyncFBTAt202601(self._resources.fbt)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentAt202601:
        from .fulfillment.resources import AsyncFulfillmentAt202601

        return AsyncFulfillmentAt202601(self._resources.fulfillment)

    @cached_property
    def product(self) -> AsyncProductAt202601:
        from .product.resources import AsyncProductAt202601

        return AsyncProductAt202601(self._resources.product)

    @cached_property
    def return_refund(self) -> AsyncReturnRefundAt202601:
        from .return_refund.resources import AsyncReturnRefundAt202601

        return AsyncReturnRefundAt202601(self._resources.return_refund)

    @cached_property
    def seller(self) -> AsyncSellerAt202601:
        from .seller.resources import AsyncSellerAt202601

        return AsyncSellerAt202601(self._resources.seller)


class AsyncAt202602:
    """Operations pinned to version 202602: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def customer_service(self) -> AsyncCustomerServiceAt202602:
        from .customer_service.resources import AsyncCustomerServiceAt202602

        return AsyncCustomerServiceAt202602(self._resources.customer_service)

    @cached_property
    def fbt(self) -> AsyncFBTAt202602:
        from .fbt.resources import AsyncFBTAt202602

        return AsyncFBTAt202602(self._resources.fbt)

    @cached_property
    def product(self) -> AsyncProductAt202602:
        from .product.resources import AsyncProductAt202602

        return AsyncProductAt202602(self._resources.product)

    @cached_property
    def return_refund(self) -> AsyncReturnRefundAt202602:
        from .return_refund.resources import AsyncReturnRefundAt202602

        return AsyncReturnRefundAt202602(self._resources.return_refund)


class AsyncAt202603:
    """Operations pinned to version 202603: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202603:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202603

        return AsyncAffiliateCreatorAt202603(self._resources.affiliate_creator)

    @cached_property
    def affiliate_partner(self) -> AsyncAffiliatePartnerAt202603:
        from .affiliate_partner.resources import AsyncAffiliatePartnerAt202603

        return AsyncAffiliatePartnerAt202603(self._resources.affiliate_partner)

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202603:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202603

        return AsyncAffiliateSellerAt202603(self._resources.affiliate_seller)

    @cached_property
    def fbt(self) -> AsyncFBTAt202603:
        from .fbt.resources import AsyncFBTAt202603

        return AsyncFBTAt202603(self._resources.fbt)

    @cached_property
    def return_refund(self) -> AsyncReturnRefundAt202603:
        from .return_refund.resources import AsyncReturnRefundAt202603

        return AsyncReturnRefundAt202603(self._resources.return_refund)


class AsyncAt202604:
    """Operations pinned to version 202604: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def logistics(self) -> AsyncLogisticsAt202604:
        from .logistics.resources import AsyncLogisticsAt202604

        return AsyncLogisticsAt202604(self._resources.logistics)

    @cached_property
    def product(self) -> AsyncProductAt202604:
        from .product.resources import AsyncProductAt202604

        return AsyncProductAt202604(self._resources.product)

    @cached_property
    def return_refund(self) -> AsyncReturnRefundAt202604:
        from .return_refund.resources import AsyncReturnRefundAt202604

        return AsyncReturnRefundAt202604(self._resources.return_refund)


class AsyncAt202605:
    """Operations pinned to version 202605: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202605:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202605

        return AsyncAffiliateSellerAt202605(self._resources.affiliate_seller)

    @cached_property
    def analytics(self) -> AsyncAnalyticsAt202605:
        from .analytics.resources import AsyncAnalyticsAt202605

        return AsyncAnalyticsAt202605(self._resources.analytics)

    @cached_property
    def customer_service(self) -> AsyncCustomerServiceAt202605:
        from .customer_service.resources import AsyncCustomerServiceAt202605

        return AsyncCustomerServiceAt202605(self._resources.customer_service)

    @cached_property
    def finance(self) -> AsyncFinanceAt202605:
        from .finance.resources import AsyncFinanceAt202605

        return AsyncFinanceAt202605(self._resources.finance)

    @cached_property
    def order(self) -> AsyncOrderAt202605:
        from .order.resources import AsyncOrderAt202605

        return AsyncOrderAt202605(self._resources.order)


class AsyncAt202606:
    """Operations pinned to version 202606: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202606:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202606

        return AsyncAffiliateCreatorAt202606(self._resources.affiliate_creator)

    @cached_property
    def analytics(self) -> AsyncAnalyticsAt202606:
        from .analytics.resources import AsyncAnalyticsAt202606

        return AsyncAnalyticsAt202606(self._resources.analytics)

    @cached_property
    def customer_service(self) -> AsyncCustomerServiceAt202606:
        from .customer_service.resources import AsyncCustomerServiceAt202606

        return AsyncCustomerServiceAt202606(self._resources.customer_service)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentAt202606:
        from .fulfillment.resources import AsyncFulfillmentAt202606

        return AsyncFulfillmentAt202606(self._resources.fulfillment)

    @cached_property
    def logistics(self) -> AsyncLogisticsAt202606:
        from .logistics.resources import AsyncLogisticsAt202606

        return AsyncLogisticsAt202606(self._resources.logistics)

    @cached_property
    def order(self) -> AsyncOrderAt202606:
        from .order.resources import AsyncOrderAt202606

        return AsyncOrderAt202606(self._resources.order)

    @cached_property
    def product(self) -> AsyncProductAt202606:
        from .product.resources import AsyncProductAt202606

        return AsyncProductAt202606(self._resources.product)

    @cached_property
    def return_refund(self) -> AsyncReturnRefundAt202606:
        from .return_refund.resources import AsyncReturnRefundAt202606

        return AsyncReturnRefundAt202606(self._resources.return_refund)


class AsyncAt202607:
    """Operations pinned to version 202607: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202607:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202607

        return AsyncAffiliateCreatorAt202607(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202607:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202607

        return AsyncAffiliateSellerAt202607(self._resources.affiliate_seller)

    @cached_property
    def fbt(self) -> AsyncFBTAt202607:
        from .fbt.resources import AsyncFBTAt202607

        return AsyncFBTAt202607(self._resources.fbt)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentAt202607:
        from .fulfillment.resources import AsyncFulfillmentAt202607

        return AsyncFulfillmentAt202607(self._resources.fulfillment)

    @cached_property
    def promotion(self) -> AsyncPromotionAt202607:
        from .promotion.resources import AsyncPromotionAt202607

        return AsyncPromotionAt202607(self._resources.promotion)


class AsyncAt202608:
    """Operations pinned to version 202608: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202608:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202608

        return AsyncAffiliateSellerAt202608(self._resources.affiliate_seller)

    @cached_property
    def product(self) -> AsyncProductAt202608:
        from .product.resources import AsyncProductAt202608

        return AsyncProductAt202608(self._resources.product)


class AsyncAt202609:
    """Operations pinned to version 202609: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def analytics(self) -> AsyncAnalyticsAt202609:
        from .analytics.resources import AsyncAnalyticsAt202609

        return AsyncAnalyticsAt202609(self._resources.analytics)

    @cached_property
    def finance(self) -> AsyncFinanceAt202609:
        from .finance.resources import AsyncFinanceAt202609

        return AsyncFinanceAt202609(self._resources.finance)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentAt202609:
        from .fulfillment.resources import AsyncFulfillmentAt202609

        return AsyncFulfillmentAt202609(self._resources.fulfillment)

    @cached_property
    def product(self) -> AsyncProductAt202609:
        from .product.resources import AsyncProductAt202609

        return AsyncProductAt202609(self._resources.product)

    @cached_property
    def return_refund(self) -> AsyncReturnRefundAt202609:
        from .return_refund.resources import AsyncReturnRefundAt202609

        return AsyncReturnRefundAt202609(self._resources.return_refund)


class AsyncAt202610:
    """Operations pinned to version 202610: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def affiliate_creator(self) -> AsyncAffiliateCreatorAt202610:
        from .affiliate_creator.resources import AsyncAffiliateCreatorAt202610

        return AsyncAffiliateCreatorAt202610(self._resources.affiliate_creator)

    @cached_property
    def affiliate_seller(self) -> AsyncAffiliateSellerAt202610:
        from .affiliate_seller.resources import AsyncAffiliateSellerAt202610

        return AsyncAffiliateSellerAt202610(self._resources.affiliate_seller)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentAt202610:
        from .fulfillment.resources import AsyncFulfillmentAt202610

        return AsyncFulfillmentAt202610(self._resources.fulfillment)

    @cached_property
    def product(self) -> AsyncProductAt202610:
        from .product.resources import AsyncProductAt202610

        return AsyncProductAt202610(self._resources.product)


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
    def affiliate_partner(self) -> AsyncAffiliatePartnerResource:
        """Tools for TikTok Shop affiliate partners (agencies): partner campaigns, the products sellers
        register in them, promotion links, creator performance and affiliate orders."""
        from .affiliate_partner.resources import AsyncAffiliatePartnerResource

        return AsyncAffiliatePartnerResource(self._requester)

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
    def customer_engagement(self) -> AsyncCustomerEngagementResource:
        """Customer engagement: message templates, engagement tasks and the messages sent to a shop's past
        buyers through TikTok IM, with their performance."""
        from .customer_engagement.resources import AsyncCustomerEngagementResource

        return AsyncCustomerEngagementResource(self._requester)

    @cached_property
    def customer_service(self) -> AsyncCustomerServiceResource:
        """Buyer-shop chat (customer service IM): conversations, messages, image uploads for messages, agent
        settings, support sessions and service performance."""
        from .customer_service.resources import AsyncCustomerServiceResource

        return AsyncCustomerServiceResource(self._requester)

    @cached_property
    def data_reconciliation(self) -> AsyncDataReconciliationResource:
        """Data reconciliation for connector apps: report how TikTok Shop orders look on the seller's
        direct-to-consumer platform (Shopify, WooCommerce, BigCommerce, Magento) so TikTok can compare both
        sides."""
        from .data_reconciliation.resources import AsyncDataReconciliationResource

        return AsyncDataReconciliationResource(self._requester)

    @cached_property
    def event(self) -> AsyncEventResource:
        """Webhook subscriptions of a shop, one callback URL per event type."""
        from .event.resources import AsyncEventResource

        return AsyncEventResource(self._requester)

    @cached_property
    def fbt(self) -> AsyncFBTResource:
        """Fulfilled by TikTok (FBT): the seller's FBT goods, warehouses, inventory and its history, inbound
        plans and orders into FBT warehouses, and multi-channel fulfillment (MCF) orders."""
        from .fbt.resources import AsyncFBTResource

        return AsyncFBTResource(self._requester)

    @cached_property
    def finance(self) -> AsyncFinanceResource:
        """Statements, settlement transactions, payouts and balances of a shop."""
        from .finance.resources import AsyncFinanceResource

        return AsyncFinanceResource(self._requester)

    @cached_property
    def fulfillment(self) -> AsyncFulfillmentResource:
        """Packages of the seller's orders, from splitting and combining to shipping, labels and delivery
        proof."""
        from .fulfillment.resources import AsyncFulfillmentResource

        return AsyncFulfillmentResource(self._requester)

    @cached_property
    def logistics(self) -> AsyncLogisticsResource:
        """Warehouses, delivery options, carriers, shipping templates and parcel tracking."""
        from .logistics.resources import AsyncLogisticsResource

        return AsyncLogisticsResource(self._requester)

    @cached_property
    def order(self) -> AsyncOrderResource:
        """Orders of a shop, their line items, prices and links to external order systems."""
        from .order.resources import AsyncOrderResource

        return AsyncOrderResource(self._requester)

    @cached_property
    def product(self) -> AsyncProductResource:
        """Local shop products: listing, editing, prices, inventory, images and files, listing quality
        diagnoses and listing helpers."""
        from .product.resources import AsyncProductResource

        return AsyncProductResource(self._requester)

    @cached_property
    def promotion(self) -> AsyncPromotionResource:
        """Promotion activities (discounts, flash sales, shipping and bundle deals) and coupons."""
        from .promotion.resources import AsyncPromotionResource

        return AsyncPromotionResource(self._requester)

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
    def supply_chain(self) -> AsyncSupplyChainResource:
        """Warehouse service providers reporting the shipment of the packages they fulfill."""
        from .supply_chain.resources import AsyncSupplyChainResource

        return AsyncSupplyChainResource(self._requester)

    @cached_property
    def tools(self) -> AsyncToolsResource:
        """Helpers shared by other modules, such as large file uploads."""
        from .tools.resources import AsyncToolsResource

        return AsyncToolsResource(self._requester)

    @cached_property
    def with_raw_response(self) -> AsyncRawResources:
        """The same resources, returning `RawResponse` (status, headers, request_id) around each model."""
        return AsyncRawResources(self)

    @overload
    def at(self, version: Literal["202309"]) -> AsyncAt202309: ...

    @overload
    def at(self, version: Literal["202310"]) -> AsyncAt202310: ...

    @overload
    def at(self, version: Literal["202312"]) -> AsyncAt202312: ...

    @overload
    def at(self, version: Literal["202401"]) -> AsyncAt202401: ...

    @overload
    def at(self, version: Literal["202403"]) -> AsyncAt202403: ...

    @overload
    def at(self, version: Literal["202404"]) -> AsyncAt202404: ...

    @overload
    def at(self, version: Literal["202405"]) -> AsyncAt202405: ...

    @overload
    def at(self, version: Literal["202406"]) -> AsyncAt202406: ...

    @overload
    def at(self, version: Literal["202407"]) -> AsyncAt202407: ...

    @overload
    def at(self, version: Literal["202408"]) -> AsyncAt202408: ...

    @overload
    def at(self, version: Literal["202409"]) -> AsyncAt202409: ...

    @overload
    def at(self, version: Literal["202410"]) -> AsyncAt202410: ...

    @overload
    def at(self, version: Literal["202411"]) -> AsyncAt202411: ...

    @overload
    def at(self, version: Literal["202412"]) -> AsyncAt202412: ...

    @overload
    def at(self, version: Literal["202501"]) -> AsyncAt202501: ...

    @overload
    def at(self, version: Literal["202502"]) -> AsyncAt202502: ...

    @overload
    def at(self, version: Literal["202504"]) -> AsyncAt202504: ...

    @overload
    def at(self, version: Literal["202505"]) -> AsyncAt202505: ...

    @overload
    def at(self, version: Literal["202506"]) -> AsyncAt202506: ...

    @overload
    def at(self, version: Literal["202507"]) -> AsyncAt202507: ...

    @overload
    def at(self, version: Literal["202508"]) -> AsyncAt202508: ...

    @overload
    def at(self, version: Literal["202509"]) -> AsyncAt202509: ...

    @overload
    def at(self, version: Literal["202510"]) -> AsyncAt202510: ...

    @overload
    def at(self, version: Literal["202511"]) -> AsyncAt202511: ...

    @overload
    def at(self, version: Literal["202512"]) -> AsyncAt202512: ...

    @overload
    def at(self, version: Literal["202601"]) -> AsyncAt202601: ...

    @overload
    def at(self, version: Literal["202602"]) -> AsyncAt202602: ...

    @overload
    def at(self, version: Literal["202603"]) -> AsyncAt202603: ...

    @overload
    def at(self, version: Literal["202604"]) -> AsyncAt202604: ...

    @overload
    def at(self, version: Literal["202605"]) -> AsyncAt202605: ...

    @overload
    def at(self, version: Literal["202606"]) -> AsyncAt202606: ...

    @overload
    def at(self, version: Literal["202607"]) -> AsyncAt202607: ...

    @overload
    def at(self, version: Literal["202608"]) -> AsyncAt202608: ...

    @overload
    def at(self, version: Literal["202609"]) -> AsyncAt202609: ...

    @overload
    def at(self, version: Literal["202610"]) -> AsyncAt202610: ...

    def at(self, version: str) -> Any:
        """Operations pinned to one API version, so an upgrade of this package never moves a call to a newer
        version."""
        views: dict[str, Any] = {
            "202309": AsyncAt202309,
            "202310": AsyncAt202310,
            "202312": AsyncAt202312,
            "202401": AsyncAt202401,
            "202403": AsyncAt202403,
            "202404": AsyncAt202404,
            "202405": AsyncAt202405,
            "202406": AsyncAt202406,
            "202407": AsyncAt202407,
            "202408": AsyncAt202408,
            "202409": AsyncAt202409,
            "202410": AsyncAt202410,
            "202411": AsyncAt202411,
            "202412": AsyncAt202412,
            "202501": AsyncAt202501,
            "202502": AsyncAt202502,
            "202504": AsyncAt202504,
            "202505": AsyncAt202505,
            "202506": AsyncAt202506,
            "202507": AsyncAt202507,
            "202508": AsyncAt202508,
            "202509": AsyncAt202509,
            "202510": AsyncAt202510,
            "202511": AsyncAt202511,
            "202512": AsyncAt202512,
            "202601": AsyncAt202601,
            "202602": AsyncAt202602,
            "202603": AsyncAt202603,
            "202604": AsyncAt202604,
            "202605": AsyncAt202605,
            "202606": AsyncAt202606,
            "202607": AsyncAt202607,
            "202608": AsyncAt202608,
            "202609": AsyncAt202609,
            "202610": AsyncAt202610,
        }
        if version not in views:
            raise ValueError(f"unknown API version {version!r}; known versions: {', '.join(VERSIONS)}")
        return views[version](self)
