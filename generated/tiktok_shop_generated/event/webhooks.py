"""Typed webhook events, one class per event type of `spec/event_webhooks.yaml`.

`tiktok_shop.webhooks.parse_event` picks the class from the payload's `type`; a type missing here
parses as `UnknownEvent`."""

from __future__ import annotations

from typing import ClassVar, Literal

from tiktok_shop._contract import WebhookEvent

from .models import (
    ActivityChangeData,
    ActivityStatusChangeData,
    AftersalesRequestStatusUpdateData,
    AppealCompletedData,
    CancellationStatusChangeData,
    CombinedListingChangeData,
    CreatorDeauthorizationData,
    FBTInventoryUpdateData,
    FBTMerchantOnboardingData,
    GetFBTMCFOrderStatusData,
    GlobalListingMethodChangeData,
    GlobalReplicationStatusChangeData,
    GoodsMatchData,
    ImageTranslationCompletedData,
    InboundFBTOrderStatusChangeData,
    InventoryChangedByShopData,
    InventoryStatusChangeData,
    InvoiceStatusChangeData,
    NewConversationData,
    NewMessageData,
    NewMessageListenerData,
    OpportunityMatchingStatusChangeData,
    OrderStatusChangeData,
    PackageUpdateData,
    ProductAuditStatusChangeData,
    ProductCategoryChangeData,
    ProductCreationData,
    ProductInformationChangeData,
    ProductPackageRecommendedData,
    ProductStatusChangeData,
    RecipientAddressUpdateData,
    RefundSuccessData,
    ReturnStatusChangeData,
    RMAStatusUpdateData,
    SampleApplicationStatusChangeData,
    SellerDeauthorizationData,
    ShoppableContentPostingData,
    ShoppableVideoPrecheckTasksResultData,
    SizeChartChangeData,
    SKUStatusChangeData,
    StrikethroughPriceExpiredData,
    TokopediaMirrorStatusChangeData,
    UpcomingAuthorizationExpirationData,
    VideoPrecheckResultData,
)

__all__ = [
    "EVENTS",
    "OrderStatusChangeEvent",
    "RecipientAddressUpdateEvent",
    "PackageUpdateEvent",
    "ProductStatusChangeEvent",
    "SellerDeauthorizationEvent",
    "UpcomingAuthorizationExpirationEvent",
    "CancellationStatusChangeEvent",
    "ReturnStatusChangeEvent",
    "NewConversationEvent",
    "NewMessageEvent",
    "ProductInformationChangeEvent",
    "ProductCreationEvent",
    "ShoppableContentPostingEvent",
    "ProductCategoryChangeEvent",
    "SizeChartChangeEvent",
    "CreatorDeauthorizationEvent",
    "InboundFBTOrderStatusChangeEvent",
    "FBTMerchantOnboardingEvent",
    "GoodsMatchEvent",
    "FBTInventoryUpdateEvent",
    "OpportunityMatchingStatusChangeEvent",
    "InventoryStatusChangeEvent",
    "NewMessageListenerEvent",
    "TokopediaMirrorStatusChangeEvent",
    "InvoiceStatusChangeEvent",
    "ProductAuditStatusChangeEvent",
    "StrikethroughPriceExpiredEvent",
    "ActivityStatusChangeEvent",
    "CombinedListingChangeEvent",
    "ImageTranslationCompletedEvent",
    "SKUStatusChangeEvent",
    "GlobalReplicationStatusChangeEvent",
    "GlobalListingMethodChangeEvent",
    "VideoPrecheckResultEvent",
    "SampleApplicationStatusChangeEvent",
    "GetFBTMCFOrderStatusEvent",
    "ShoppableVideoPrecheckTasksResultEvent",
    "ProductPackageRecommendedEvent",
    "ActivityChangeEvent",
    "AftersalesRequestStatusUpdateEvent",
    "RMAStatusUpdateEvent",
    "AppealCompletedEvent",
    "RefundSuccessEvent",
    "InventoryChangedByShopEvent",
]


class OrderStatusChangeEvent(WebhookEvent):
    """Webhook type 1 (`ORDER_STATUS_CHANGE`). An order moved to a new status. Receivers usually fetch the
    order detail and update their own order record or start fulfilment."""

    EVENT_NAME: ClassVar[str | None] = "ORDER_STATUS_CHANGE"
    type: Literal[1] = 1
    data: OrderStatusChangeData


class RecipientAddressUpdateEvent(WebhookEvent):
    """Webhook type 3 (`RECIPIENT_ADDRESS_UPDATE`). The buyer changed the shipping address of an order.
    Receivers re-read the order to get the new address before shipping."""

    EVENT_NAME: ClassVar[str | None] = "RECIPIENT_ADDRESS_UPDATE"
    type: Literal[3] = 3
    data: RecipientAddressUpdateData


class PackageUpdateEvent(WebhookEvent):
    """Webhook type 4 (`PACKAGE_UPDATE`). Packages were combined, split or un-combined. Receivers refresh
    the affected packages and orders before printing labels or shipping."""

    EVENT_NAME: ClassVar[str | None] = "PACKAGE_UPDATE"
    type: Literal[4] = 4
    data: PackageUpdateData


class ProductStatusChangeEvent(WebhookEvent):
    """Webhook type 5 (`PRODUCT_STATUS_CHANGE`). A product's review status changed (first approval, later
    change, or audit failure). Receivers re-read the product and surface any rejection reason to the
    seller."""

    EVENT_NAME: ClassVar[str | None] = "PRODUCT_STATUS_CHANGE"
    type: Literal[5] = 5
    data: ProductStatusChangeData


class SellerDeauthorizationEvent(WebhookEvent):
    """Webhook type 6 (`SELLER_DEAUTHORIZATION`). The seller removed the app's access to the shop.
    Receivers stop calling the API for this shop and discard its tokens."""

    EVENT_NAME: ClassVar[str | None] = "SELLER_DEAUTHORIZATION"
    type: Literal[6] = 6
    data: SellerDeauthorizationData


class UpcomingAuthorizationExpirationEvent(WebhookEvent):
    """Webhook type 7 (`UPCOMING_AUTHORIZATION_EXPIRATION`). The shop's authorization of the app will
    expire soon. Receivers ask the seller to authorize the app again before the expiration time."""

    EVENT_NAME: ClassVar[str | None] = "UPCOMING_AUTHORIZATION_EXPIRATION"
    type: Literal[7] = 7
    data: UpcomingAuthorizationExpirationData


class CancellationStatusChangeEvent(WebhookEvent):
    """Webhook type 11 (`CANCELLATION_STATUS_CHANGE`). A cancellation request of an order changed status.
    Receivers review pending requests and stop fulfilment of cancelled orders."""

    EVENT_NAME: ClassVar[str | None] = "CANCELLATION_STATUS_CHANGE"
    type: Literal[11] = 11
    data: CancellationStatusChangeData


class ReturnStatusChangeEvent(WebhookEvent):
    """Webhook type 12 (`RETURN_STATUS_CHANGE`). A return, refund or replacement request changed status.
    Receivers review the request and update stock or accounting when it completes."""

    EVENT_NAME: ClassVar[str | None] = "RETURN_STATUS_CHANGE"
    type: Literal[12] = 12
    data: ReturnStatusChangeData


class NewConversationEvent(WebhookEvent):
    """Webhook type 13 (`NEW_CONVERSATION`). A buyer started a new customer-service conversation with the
    shop. Receivers load the conversation and route it to an agent."""

    EVENT_NAME: ClassVar[str | None] = "NEW_CONVERSATION"
    type: Literal[13] = 13
    data: NewConversationData


class NewMessageEvent(WebhookEvent):
    """Webhook type 14 (`NEW_MESSAGE`). A new message arrived in a customer-service conversation. Receivers
    store it and show it to the shop's agents, replying where needed."""

    EVENT_NAME: ClassVar[str | None] = "NEW_MESSAGE"
    type: Literal[14] = 14
    data: NewMessageData


class ProductInformationChangeEvent(WebhookEvent):
    """Webhook type 15 (`PRODUCT_INFORMATION_CHANGE`). Properties of a product were edited in Seller Center
    or through the API. Receivers re-read the product to sync the changed fields."""

    EVENT_NAME: ClassVar[str | None] = "PRODUCT_INFORMATION_CHANGE"
    type: Literal[15] = 15
    data: ProductInformationChangeData


class ProductCreationEvent(WebhookEvent):
    """Webhook type 16 (`PRODUCT_CREATION`). A product was created in the shop, for example a virtual
    bundle or a product made with the GPR tool. Receivers fetch the new product to add it to their
    catalog."""

    EVENT_NAME: ClassVar[str | None] = "PRODUCT_CREATION"
    type: Literal[16] = 16
    data: ProductCreationData


class ShoppableContentPostingEvent(WebhookEvent):
    """Webhook type 17. A creator added, updated or removed one of the shop's products in a shoppable
    video. Receivers track which content promotes their products."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[17] = 17
    data: ShoppableContentPostingData


class ProductCategoryChangeEvent(WebhookEvent):
    """Webhook type 18 (`PRODUCT_CATEGORY_CHANGE`). A product was moved to another category. Receivers
    re-read the product, since attributes and rules depend on the category."""

    EVENT_NAME: ClassVar[str | None] = "PRODUCT_CATEGORY_CHANGE"
    type: Literal[18] = 18
    data: ProductCategoryChangeData


class SizeChartChangeEvent(WebhookEvent):
    """Webhook type 19. A size chart template was created, edited or deleted. Receivers refresh their copy
    of the shop's size charts."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[19] = 19
    data: SizeChartChangeData


class CreatorDeauthorizationEvent(WebhookEvent):
    """Webhook type 20. A creator removed the app's access to their account. Receivers stop acting for the
    creator and discard the creator's tokens."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[20] = 20
    data: CreatorDeauthorizationData


class InboundFBTOrderStatusChangeEvent(WebhookEvent):
    """Webhook type 21. A Fulfilled by TikTok inbound order (stock sent to an FBT warehouse) changed
    status. Receivers track the shipment's arrival and receipt."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[21] = 21
    data: InboundFBTOrderStatusChangeData


class FBTMerchantOnboardingEvent(WebhookEvent):
    """Webhook type 22. The set of regions where the merchant is onboarded to Fulfilled by TikTok changed.
    Receivers enable FBT features for the listed regions."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[22] = 22
    data: FBTMerchantOnboardingData


class GoodsMatchEvent(WebhookEvent):
    """Webhook type 23. The seller matched or unmatched an FBT goods item with a TikTok Shop SKU. Receivers
    update their mapping between FBT goods and SKUs."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[23] = 23
    data: GoodsMatchData


class FBTInventoryUpdateEvent(WebhookEvent):
    """Webhook type 24. Stock of an FBT goods item changed in TikTok's warehouses. Receivers update the
    available quantities they show or sell elsewhere."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[24] = 24
    data: FBTInventoryUpdateData


class OpportunityMatchingStatusChangeEvent(WebhookEvent):
    """Webhook type 25. Matching of an uploaded candidate product against product opportunities progressed.
    Receivers read the matched opportunity IDs to act on them."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[25] = 25
    data: OpportunityMatchingStatusChangeData


class InventoryStatusChangeEvent(WebhookEvent):
    """Webhook type 27. A SKU's stock became low or ran out, or is forecast to. Receivers restock or adjust
    the listing."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[27] = 27
    data: InventoryStatusChangeData


class NewMessageListenerEvent(WebhookEvent):
    """Webhook type 33 (`NEW_MESSAGE_LISTENER`). A new message was posted in a conversation the app listens
    to (e.g. seller and creator chats). Receivers store the message and react to cards such as sample
    requests."""

    EVENT_NAME: ClassVar[str | None] = "NEW_MESSAGE_LISTENER"
    type: Literal[33] = 33
    data: NewMessageListenerData


class TokopediaMirrorStatusChangeEvent(WebhookEvent):
    """Webhook type 35. The mirroring of the shop to Tokopedia changed (mirrored, rolled back or
    cancelled). Receivers enable or disable their Tokopedia handling for the shop."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[35] = 35
    data: TokopediaMirrorStatusChangeData


class InvoiceStatusChangeEvent(WebhookEvent):
    """Webhook type 36 (`INVOICE_STATUS_CHANGE`). Processing of an invoice (Brazilian NF-e) uploaded for a
    package finished or changed. Receivers fix and upload the invoice again when it is FAILED or
    INVALID."""

    EVENT_NAME: ClassVar[str | None] = "INVOICE_STATUS_CHANGE"
    type: Literal[36] = 36
    data: InvoiceStatusChangeData


class ProductAuditStatusChangeEvent(WebhookEvent):
    """Webhook type 37 (`PRODUCT_AUDIT_STATUS_CHANGE`). A product's audit status changed on TikTok Shop or
    an integrated platform. Receivers show the result to the seller and fix failed products."""

    EVENT_NAME: ClassVar[str | None] = "PRODUCT_AUDIT_STATUS_CHANGE"
    type: Literal[37] = 37
    data: ProductAuditStatusChangeData


class StrikethroughPriceExpiredEvent(WebhookEvent):
    """Webhook type 38. The strikethrough (was/now) price of a SKU expired. Receivers set a new reference
    price if they still want one shown."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[38] = 38
    data: StrikethroughPriceExpiredData


class ActivityStatusChangeEvent(WebhookEvent):
    """Webhook type 39. A promotion activity started, expired or was deactivated. Receivers update prices
    and promotion displays they keep."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[39] = 39
    data: ActivityStatusChangeData


class CombinedListingChangeEvent(WebhookEvent):
    """Webhook type 42. A combined listing (products grouped on one display page) was created, changed or
    deleted. Receivers refresh their copy of the grouping."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[42] = 42
    data: CombinedListingChangeData


class ImageTranslationCompletedEvent(WebhookEvent):
    """Webhook type 46. An image translation task finished. Receivers pick up the translated image, or read
    the failure reason."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[46] = 46
    data: ImageTranslationCompletedData


class SKUStatusChangeEvent(WebhookEvent):
    """Webhook type 50. SKUs of a product were created, deleted, activated or deactivated. Receivers update
    the SKUs they sell."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[50] = 50
    data: SKUStatusChangeData


class GlobalReplicationStatusChangeEvent(WebhookEvent):
    """Webhook type 51. Replication of a product to another market finished. Receivers fix drafts or
    failures and track the new local product."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[51] = 51
    data: GlobalReplicationStatusChangeData


class GlobalListingMethodChangeEvent(WebhookEvent):
    """Webhook type 52. The way a product is listed across markets changed (global publishing or local
    replication). Receivers switch to the matching product APIs for it."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[52] = 52
    data: GlobalListingMethodChangeData


class VideoPrecheckResultEvent(WebhookEvent):
    """Webhook type 55. The precheck of a video finished. Receivers publish a passing video or show the
    risks and suggestions of a failing one."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[55] = 55
    data: VideoPrecheckResultData


class SampleApplicationStatusChangeEvent(WebhookEvent):
    """Webhook type 56. A creator's free sample application changed status. Receivers ship approved samples
    and follow up on content."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[56] = 56
    data: SampleApplicationStatusChangeData


class GetFBTMCFOrderStatusEvent(WebhookEvent):
    """Webhook type 58. A multi-channel fulfilment order shipped from FBT stock changed status. Receivers
    pass tracking details and problems back to the selling channel."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[58] = 58
    data: GetFBTMCFOrderStatusData


class ShoppableVideoPrecheckTasksResultEvent(WebhookEvent):
    """Webhook type 59. The violation and quality prechecks of a shoppable video finished. Receivers post
    the video or show what to fix."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[59] = 59
    data: ShoppableVideoPrecheckTasksResultData


class ProductPackageRecommendedEvent(WebhookEvent):
    """Webhook type 62. TikTok found the product's package weight or dimensions abnormal and recommends
    ranges. Receivers check and correct the package data of the product."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[62] = 62
    data: ProductPackageRecommendedData


class ActivityChangeEvent(WebhookEvent):
    """Webhook type 63. A promotion activity was created, updated or deactivated, possibly with products
    added or removed. Receivers refresh the activity and its products."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[63] = 63
    data: ActivityChangeData


class AftersalesRequestStatusUpdateEvent(WebhookEvent):
    """Webhook type 64. An aftersales request changed status. Receivers review pending requests within the
    deadline."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[64] = 64
    data: AftersalesRequestStatusUpdateData


class RMAStatusUpdateEvent(WebhookEvent):
    """Webhook type 65. A return merchandise authorization (RMA) changed status. Receivers inspect returned
    packages and decide on the refund within the SLA."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[65] = 65
    data: RMAStatusUpdateData


class AppealCompletedEvent(WebhookEvent):
    """Webhook type 66. An appeal against a product audit decision was reviewed. Receivers read the results
    and fix the product where the appeal was rejected."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[66] = 66
    data: AppealCompletedData


class RefundSuccessEvent(WebhookEvent):
    """Webhook type 67. A refund of an aftersales request was paid out. Receivers record the refund in
    their accounting and close the return."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[67] = 67
    data: RefundSuccessData


class InventoryChangedByShopEvent(WebhookEvent):
    """Webhook type 71. A SKU's inventory in the shop changed. Receivers apply the new quantities, dropping
    events and changes they have already seen."""

    EVENT_NAME: ClassVar[str | None] = None
    type: Literal[71] = 71
    data: InventoryChangedByShopData


EVENTS: tuple[type[WebhookEvent], ...] = (
    OrderStatusChangeEvent,
    RecipientAddressUpdateEvent,
    PackageUpdateEvent,
    ProductStatusChangeEvent,
    SellerDeauthorizationEvent,
    UpcomingAuthorizationExpirationEvent,
    CancellationStatusChangeEvent,
    ReturnStatusChangeEvent,
    NewConversationEvent,
    NewMessageEvent,
    ProductInformationChangeEvent,
    ProductCreationEvent,
    ShoppableContentPostingEvent,
    ProductCategoryChangeEvent,
    SizeChartChangeEvent,
    CreatorDeauthorizationEvent,
    InboundFBTOrderStatusChangeEvent,
    FBTMerchantOnboardingEvent,
    GoodsMatchEvent,
    FBTInventoryUpdateEvent,
    OpportunityMatchingStatusChangeEvent,
    InventoryStatusChangeEvent,
    NewMessageListenerEvent,
    TokopediaMirrorStatusChangeEvent,
    InvoiceStatusChangeEvent,
    ProductAuditStatusChangeEvent,
    StrikethroughPriceExpiredEvent,
    ActivityStatusChangeEvent,
    CombinedListingChangeEvent,
    ImageTranslationCompletedEvent,
    SKUStatusChangeEvent,
    GlobalReplicationStatusChangeEvent,
    GlobalListingMethodChangeEvent,
    VideoPrecheckResultEvent,
    SampleApplicationStatusChangeEvent,
    GetFBTMCFOrderStatusEvent,
    ShoppableVideoPrecheckTasksResultEvent,
    ProductPackageRecommendedEvent,
    ActivityChangeEvent,
    AftersalesRequestStatusUpdateEvent,
    RMAStatusUpdateEvent,
    AppealCompletedEvent,
    RefundSuccessEvent,
    InventoryChangedByShopEvent,
)
"""Every typed event class, in type order."""
