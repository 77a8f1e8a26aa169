"""Models of the `event` module.

Webhook subscriptions of a shop, one callback URL per event type."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tiktok_shop._contract import NullAsEmpty, OpenEnum, RequestModel, ResponseModel
from tiktok_shop._money import DecimalAmount

__all__ = [
    "ActivityChangeData",
    "ActivityChangeProducts",
    "ActivityStatusChangeData",
    "AftersalesRequestStatusUpdateData",
    "AppealCompletedAuditResult",
    "AppealCompletedData",
    "AppealCompletedTask",
    "CancellationStatusChangeData",
    "CombinedListingChangeData",
    "CombinedListingChangeDataProduct",
    "Creator",
    "CreatorDeauthorizationData",
    "DeleteWebhookRequest",
    "DeleteWebhookResponse",
    "DimensionRecommendation",
    "FBTInventoryUpdateData",
    "FBTInventoryUpdateOnHand",
    "FBTInventoryUpdateWarehouse",
    "FBTMerchantOnboardingData",
    "FailReason",
    "GetFBTMCFOrderStatusConsignOrder",
    "GetFBTMCFOrderStatusData",
    "GetFBTMCFOrderStatusMcfOrder",
    "GetFBTMCFOrderStatusShippingProvider",
    "GetWebhooksResponse",
    "GlobalListingMethodChangeData",
    "GlobalReplicationStatusChangeData",
    "GlobalReplicationStatusChangeReplicatedProduct",
    "Good",
    "GoodsMatchData",
    "ImageTranslationCompletedData",
    "ImageTranslationCompletedImage",
    "ImageTranslationCompletedTask",
    "InboundFBTOrderStatusChangeData",
    "InventoryChangedByShopChange",
    "InventoryChangedByShopData",
    "InventoryChangedByShopSnapshot",
    "InventoryStatusChangeData",
    "InventoryStatusChangeDistribution",
    "InventoryStatusChangeTrigger",
    "InvoiceStatusChangeData",
    "NewConversationData",
    "NewMessageData",
    "NewMessageListenerData",
    "NewMessageSender",
    "OnboardedRegion",
    "OpportunityMatchingStatusChangeData",
    "OrderStatusChangeData",
    "PackageUpdateData",
    "PackageUpdatePackage",
    "ProductAuditStatusChangeAudit",
    "ProductAuditStatusChangeData",
    "ProductAuditStatusChangePlatformStatus",
    "ProductCategoryChangeData",
    "ProductCreationData",
    "ProductInformationChangeData",
    "ProductPackageRecommendedData",
    "ProductPackageRecommendedRange",
    "ProductStatusChangeData",
    "RMAStatusUpdateData",
    "RecipientAddressUpdateData",
    "RefundSuccessData",
    "RefundSuccessLineItem",
    "ReturnStatusChangeData",
    "SKUStatusChangeData",
    "SKUStatusChangeSku",
    "SampleApplicationStatusChangeData",
    "SampleApplicationStatusChangeDataProduct",
    "SellerDeauthorizationData",
    "Sender",
    "ShoppableContentPostingAction",
    "ShoppableContentPostingData",
    "ShoppableVideoPrecheckTasksResultCheck",
    "ShoppableVideoPrecheckTasksResultCheckIssue",
    "ShoppableVideoPrecheckTasksResultData",
    "SizeChartChangeData",
    "StrikethroughPriceExpiredData",
    "TokopediaMirrorStatusChangeData",
    "UpcomingAuthorizationExpirationData",
    "UpdateWebhookRequest",
    "UpdateWebhookResponse",
    "VideoPrecheckResultData",
    "VideoPrecheckResultDataIssue",
    "Webhook",
    "WeightRecommendation",
]


class ActivityChangeData(ResponseModel):
    """A promotion activity was created, updated or deactivated, possibly with products added or removed.
    Receivers refresh the activity and its products."""

    activity_id: str | None = None
    """ID of the promotion activity."""

    update_time: int | None = None
    """When the activity changed, unix seconds."""

    change_type: str | None = None
    """Kind of change: CREATE, UPDATE or DEACTIVATE."""

    product_update_list: ActivityChangeProducts | None = None
    """Products and SKUs affected by a promotion activity change."""

    product_remove_list: ActivityChangeProducts | None = None
    """Products and SKUs affected by a promotion activity change."""


class ActivityChangeProducts(ResponseModel):
    """Products and SKUs affected by a promotion activity change."""

    product_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Product IDs added to, kept in or removed from the activity."""

    sku_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """SKU IDs removed from the activity (removal list only)."""

    benefit_product_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """IDs of the benefit (gift) products."""

    exclude_product_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """IDs of excluded products of a buy-X-get-Y activity; at most 100."""


class ActivityStatusChangeData(ResponseModel):
    """A promotion activity started, expired or was deactivated. Receivers update prices and promotion
    displays they keep."""

    activity_id: str | None = None
    """ID of the promotion activity."""

    update_time: int | None = None
    """When the status changed, unix seconds."""

    activity_type: str | None = None
    """Promotion type: FIXED_PRICE, DIRECT_DISCOUNT, SHIPPING_DISCOUNT, BUY_MORE_SAVE_MORE or FLASHSALE
    (SEA markets only)."""

    product_level: str | None = None
    """Level the activity applies at: PRODUCT, VARIATION or SHOP."""

    status: str | None = None
    """Current status: ONGOING, EXPIRED or DEACTIVATED."""


class AftersalesRequestStatusUpdateData(ResponseModel):
    """An aftersales request changed status. Receivers review pending requests within the deadline."""

    aftersales_request_id: str | None = None
    """ID of the aftersales request."""

    return_role: str | None = None
    """Who started the return flow: BUYER or SELLER."""

    aftersales_request_status: str | None = None
    """Request status: PENDING_REQUEST_REVIEW or REQUEST_REVIEW_COMPLETED."""

    aftersales_request_create_time: int | None = None
    """When the request was created, unix seconds."""

    aftersales_request_update_time: int | None = None
    """When the request last changed, unix seconds."""


class AppealCompletedAuditResult(ResponseModel):
    """Result of the appeal for one checked indicator."""

    indicator_type: str | None = None
    """Which indicator was reviewed."""

    status: str | None = None
    """Review result for the indicator."""

    reject_reason: str | None = None
    """Why the appeal was rejected for this indicator."""


class AppealCompletedData(ResponseModel):
    """An appeal against a product audit decision was reviewed. Receivers read the results and fix the
    product where the appeal was rejected."""

    appeal_task: AppealCompletedTask | None = None
    """The completed appeal task, for a product's size chart."""

    product_id: str | None = None
    """ID of the product the appeal is about."""


class AppealCompletedTask(ResponseModel):
    """The completed appeal task, for a product's size chart."""

    appeal_audit_result: NullAsEmpty[list[AppealCompletedAuditResult]] = Field(default_factory=list)
    """Results per reviewed indicator."""

    size_chart_id: str | None = None
    """ID of the size chart the appeal concerns."""

    size_chart_image_uri: str | None = None
    """URI of the size chart image."""


class CancellationStatusChangeData(ResponseModel):
    """A cancellation request of an order changed status. Receivers review pending requests and stop
    fulfilment of cancelled orders."""

    order_id: str | None = None
    """ID of the order being cancelled."""

    cancellations_role: str | None = None
    """Who asked for the cancellation: BUYER, SELLER or SYSTEM."""

    cancel_status: str | None = None
    """Cancellation status: CANCELLATION_REQUEST_PENDING, CANCELLATION_REQUEST_SUCCESS,
    CANCELLATION_REQUEST_CANCELLED or CANCELLATION_REQUEST_COMPLETE."""

    cancel_id: str | None = None
    """ID of the cancellation."""

    create_time: int | None = None
    """When the cancellation was requested, unix seconds."""


class CombinedListingChangeData(ResponseModel):
    """A combined listing (products grouped on one display page) was created, changed or deleted. Receivers
    refresh their copy of the grouping."""

    combined_listing_id: str | None = None
    """ID of the combined listing."""

    products: NullAsEmpty[list[CombinedListingChangeDataProduct]] = Field(default_factory=list)
    """Products in the combined listing after the change."""

    status: str | None = None
    """Status of the combined listing: LIVE, SYSTEM_DEACTIVATED, SELLER_DEACTIVATED or DELETED; only LIVE
    listings group products on the display page."""

    change_type: str | None = None
    """What changed: CREATE, UPDATE (products added or removed) or DELETE."""

    added_product_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Products added to the combined listing by this change."""

    removed_product_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Products removed from the combined listing by this change."""


class CombinedListingChangeDataProduct(ResponseModel):
    """One product of the combined listing."""

    id: str | None = None
    """ID of the product."""


class Creator(ResponseModel):
    """Creator identity."""

    creator_open_id: str | None = None
    """Open ID of the creator."""


class CreatorDeauthorizationData(ResponseModel):
    """A creator removed the app's access to their account. Receivers stop acting for the creator and
    discard the creator's tokens."""

    cancel_time: str | None = None
    """When the authorization was cancelled, unix seconds sent as a string."""


class DeleteWebhookRequest(RequestModel):
    """The event type whose webhook to remove."""

    event_type: Literal[
        "CANCELLATION_STATUS_CHANGE",
        "INVOICE_STATUS_CHANGE",
        "NEW_CONVERSATION",
        "NEW_MESSAGE",
        "NEW_MESSAGE_LISTENER",
        "ORDER_STATUS_CHANGE",
        "PACKAGE_UPDATE",
        "PRODUCT_AUDIT_STATUS_CHANGE",
        "PRODUCT_CATEGORY_CHANGE",
        "PRODUCT_CREATION",
        "PRODUCT_INFORMATION_CHANGE",
        "PRODUCT_STATUS_CHANGE",
        "RECIPIENT_ADDRESS_UPDATE",
        "RETURN_STATUS_CHANGE",
        "SELLER_DEAUTHORIZATION",
        "UPCOMING_AUTHORIZATION_EXPIRATION",
    ]
    """Event type to unsubscribe."""


class DeleteWebhookResponse(ResponseModel):
    """Empty on success."""

    pass


class DimensionRecommendation(ResponseModel):
    """Recommended package dimensions."""

    unit: str | None = None
    """Unit of the recommended values."""

    length: ProductPackageRecommendedRange | None = None
    """A recommended value range, as decimal strings."""

    width: ProductPackageRecommendedRange | None = None
    """A recommended value range, as decimal strings."""

    height: ProductPackageRecommendedRange | None = None
    """A recommended value range, as decimal strings."""


class FBTInventoryUpdateData(ResponseModel):
    """Stock of an FBT goods item changed in TikTok's warehouses. Receivers update the available quantities
    they show or sell elsewhere."""

    goods_id: str | None = None
    """ID of the FBT goods."""

    sku_id: str | None = None
    """ID of the TikTok Shop SKU."""

    fbt_warehouse_inventory: NullAsEmpty[list[FBTInventoryUpdateWarehouse]] = Field(default_factory=list)
    """Inventory per FBT warehouse."""

    update_time: int | None = None
    """When the inventory changed, unix seconds."""


class FBTInventoryUpdateOnHand(ResponseModel):
    """Stock counts of one goods item in one FBT warehouse."""

    total_quantity: int | None = None
    """Total units in the warehouse."""

    reserved_quantity: int | None = None
    """Units held for confirmed orders that have not left the warehouse yet."""

    available_quantity: int | None = None
    """Units that can be sold, reserved units excluded."""


class FBTInventoryUpdateWarehouse(ResponseModel):
    """Inventory of the goods in one FBT warehouse."""

    fbt_warehouse_id: str | None = None
    """ID of the FBT warehouse."""

    on_hand_detail: FBTInventoryUpdateOnHand | None = None
    """Stock counts of one goods item in one FBT warehouse."""


class FBTMerchantOnboardingData(ResponseModel):
    """The set of regions where the merchant is onboarded to Fulfilled by TikTok changed. Receivers enable
    FBT features for the listed regions."""

    onboarded_regions: NullAsEmpty[list[OnboardedRegion]] = Field(default_factory=list)
    """Every FBT region the merchant is onboarded to."""

    update_time: int | None = None
    """When the onboarding last changed, unix seconds."""


class FailReason(ResponseModel):
    """One failure reason."""

    message: str | None = None
    """Text of the failure reason."""


class GetFBTMCFOrderStatusConsignOrder(ResponseModel):
    """One shipment (consign order) of a multi-channel fulfilment order."""

    id: str | None = None
    """ID of the consign order."""

    tracking_number: str | None = None
    """Tracking number; may be null until the carrier has the parcel."""

    status: str | None = None
    """Consign order status: SHIPPED (left the warehouse), HANDOVER (with the carrier, in transit), CLOSED,
    LOST, DAMAGE, COMPLETED or ABNORMAL (has an issue and cannot be fulfilled)."""

    goods: NullAsEmpty[list[Good]] = Field(default_factory=list)
    """Goods and quantities in the consign order."""

    is_platform_closed: str | None = None
    """Whether the FBT platform cancelled the consign order ("true") rather than your order system
    ("false")."""

    issue: str | None = None
    """Why the consign order is stuck, for abnormal statuses such as ABNORMAL or LOST."""

    shipping_provider: GetFBTMCFOrderStatusShippingProvider | None = None
    """Carrier of a consign order."""


class GetFBTMCFOrderStatusData(ResponseModel):
    """A multi-channel fulfilment order shipped from FBT stock changed status. Receivers pass tracking
    details and problems back to the selling channel."""

    mcf_order: GetFBTMCFOrderStatusMcfOrder | None = None
    """A multi-channel fulfilment (MCF) order served from FBT stock."""


class GetFBTMCFOrderStatusMcfOrder(ResponseModel):
    """A multi-channel fulfilment (MCF) order served from FBT stock."""

    external_order_id: str | None = None
    """ID of the order in your order management system."""

    mcf_order_id: str | None = None
    """ID of the MCF order."""

    consign_orders: NullAsEmpty[list[GetFBTMCFOrderStatusConsignOrder]] = Field(default_factory=list)
    """Shipments of the order, present once it has shipped."""

    create_time: int | None = None
    """When the MCF order was created, unix seconds."""


class GetFBTMCFOrderStatusShippingProvider(ResponseModel):
    """Carrier of a consign order."""

    id: str | None = None
    """ID of the carrier."""

    name: str | None = None
    """Name of the carrier."""


class GetWebhooksResponse(ResponseModel):
    """The shop's enabled webhooks."""

    webhooks: NullAsEmpty[list[Webhook]] = Field(default_factory=list)
    """Enabled webhooks."""

    total_count: int | None = None
    """Number of webhooks returned."""


class GlobalListingMethodChangeData(ResponseModel):
    """The way a product is listed across markets changed (global publishing or local replication).
    Receivers switch to the matching product APIs for it."""

    global_product_id: str | None = None
    """ID of the global product linked to the local products."""

    local_product_id: NullAsEmpty[list[str]] = Field(default_factory=list)
    """IDs of the local products."""

    listing_method: str | None = None
    """Listing method now used: GLOBAL_PUBLISHING (global product published to markets) or
    LOCAL_REPLICATION (local product replicated to other markets)."""


class GlobalReplicationStatusChangeData(ResponseModel):
    """Replication of a product to another market finished. Receivers fix drafts or failures and track the
    new local product."""

    source_product_id: str | None = None
    """ID of the product being replicated to other markets."""

    replicated_product: GlobalReplicationStatusChangeReplicatedProduct | None = None
    """The product created in one target market by replication."""


class GlobalReplicationStatusChangeReplicatedProduct(ResponseModel):
    """The product created in one target market by replication."""

    product_id: str | None = None
    """ID of the replicated product; read it with Get Product for details."""

    region: str | None = None
    """Market the product was replicated to."""

    result: str | None = None
    """Replication result: SUCCESS (submitted for listing and under review), DRAFT (saved as a draft
    because of validation errors; check, edit and resubmit it) or FAILED."""

    fail_reasons: NullAsEmpty[list[FailReason]] = Field(default_factory=list)
    """Why the replication failed."""


class Good(ResponseModel):
    """One goods line."""

    id: str | None = None
    """ID of the FBT goods."""

    quantity: int | None = None
    """Units of the goods in this consign order."""


class GoodsMatchData(ResponseModel):
    """The seller matched or unmatched an FBT goods item with a TikTok Shop SKU. Receivers update their
    mapping between FBT goods and SKUs."""

    match_type: str | None = None
    """Whether the goods were matched or unmatched: MATCH or UNMATCH."""

    product_type: str | None = None
    """Kind of product: LOCAL or GLOBAL."""

    goods_id: str | None = None
    """ID of the FBT goods."""

    product_id: str | None = None
    """ID of the TikTok Shop product."""

    sku_id: str | None = None
    """ID of the TikTok Shop SKU."""

    update_time: int | None = None
    """When the (un)matching happened, unix seconds."""


class ImageTranslationCompletedData(ResponseModel):
    """An image translation task finished. Receivers pick up the translated image, or read the failure
    reason."""

    translation_task: ImageTranslationCompletedTask | None = None
    """An image translation task and its result."""


class ImageTranslationCompletedImage(ResponseModel):
    """An image referenced by an image translation task."""

    uri: str | None = None
    """URI of the image."""

    url: str | None = None
    """URL of the image."""


class ImageTranslationCompletedTask(ResponseModel):
    """An image translation task and its result."""

    id: str | None = None
    """ID of the translation task."""

    status: str | None = None
    """Task status: PROCESSING, COMPLETED (results ready) or FAILED."""

    fail_reason: str | None = None
    """Why the translation failed."""

    target_language: str | None = None
    """Language the image is translated into: de-DE, en-IE, es-ES, fr-FR or it-IT."""

    original_image: ImageTranslationCompletedImage | None = None
    """An image referenced by an image translation task."""

    translated_image: ImageTranslationCompletedImage | None = None
    """An image referenced by an image translation task."""


class InboundFBTOrderStatusChangeData(ResponseModel):
    """A Fulfilled by TikTok inbound order (stock sent to an FBT warehouse) changed status. Receivers track
    the shipment's arrival and receipt."""

    inbound_order_id: str | None = None
    """ID of the FBT inbound order."""

    order_status: str | None = None
    """Inbound order status: TO_BE_RECEIVED, ARRIVE_HUB, RECEIVING, PARTIALLY_RECEIVED, RECEIVED or
    CANCELLED."""

    update_time: int | None = None
    """When the status changed, unix seconds."""


class InventoryChangedByShopChange(ResponseModel):
    """One individual inventory change, as deltas of the snapshot quantities."""

    idempotency_key: str | None = None
    """ID of this change; use it to drop duplicates."""

    trigger_source: str | None = None
    """What caused the change (see TikTok's list of trigger sources)."""

    occurred_at: str | None = None
    """When this change happened, ISO 8601 in UTC."""

    total_quantity_delta: int | None = None
    """Change of `total_quantity`."""

    available_quantity_delta: int | None = None
    """Change of `total_available_quantity`."""

    committed_quantity_delta: int | None = None
    """Change of `total_committed_quantity`."""

    in_shop_quantity_delta: int | None = None
    """Change of `in_shop_quantity`."""

    campaign_locked_quantity_delta: int | None = None
    """Change of `campaign_locked_quantity`."""

    creator_locked_quantity_delta: int | None = None
    """Change of `creator_locked_quantity`."""


class InventoryChangedByShopData(ResponseModel):
    """A SKU's inventory in the shop changed. Receivers apply the new quantities, dropping events and
    changes they have already seen."""

    event_id: str | None = None
    """ID of the inventory event; use it to drop duplicates."""

    occurred_at: str | None = None
    """When the event happened, ISO 8601 in UTC."""

    shop_id: str | None = None
    """ID of the shop whose inventory changed."""

    product_id: str | None = None
    """ID of the product."""

    sku_id: str | None = None
    """ID of the SKU."""

    quantity_snapshot_after_change: InventoryChangedByShopSnapshot | None = None
    """SKU inventory after the change. total = available + committed; in-shop = available - campaign locked
    - creator locked."""

    change_detail: NullAsEmpty[list[InventoryChangedByShopChange]] = Field(default_factory=list)
    """The individual changes that make up the event."""


class InventoryChangedByShopSnapshot(ResponseModel):
    """SKU inventory after the change. total = available + committed; in-shop = available - campaign locked
    - creator locked."""

    total_quantity: int | None = None
    """Total inventory."""

    total_available_quantity: int | None = None
    """Available inventory, including units reserved for campaigns and creators."""

    total_committed_quantity: int | None = None
    """Inventory held by orders not yet shipped."""

    in_shop_quantity: int | None = None
    """Inventory sellable in the shop."""

    campaign_locked_quantity: int | None = None
    """Inventory reserved for marketing campaigns."""

    creator_locked_quantity: int | None = None
    """Inventory reserved for creator collaborations."""


class InventoryStatusChangeData(ResponseModel):
    """A SKU's stock became low or ran out, or is forecast to. Receivers restock or adjust the listing."""

    product_id: str | None = None
    """ID of the product."""

    sku_id: str | None = None
    """ID of the SKU."""

    trigger_reason: InventoryStatusChangeTrigger | None = None
    """Why the inventory alert fired."""

    current_inventory_status: str | None = None
    """Stock level now: SUFFICIENT_STOCK, LOW_STOCK (available stock at or below the alert value) or
    OUT_OF_STOCK (no available stock)."""

    inventory_distribution: InventoryStatusChangeDistribution | None = None
    """How the SKU's warehouse stock is split; total = available + creator reserved + campaign reserved +
    committed."""

    update_time: int | None = None
    """When the status changed, unix seconds."""


class InventoryStatusChangeDistribution(ResponseModel):
    """How the SKU's warehouse stock is split; total = available + creator reserved + campaign reserved +
    committed."""

    total_quantity: int | None = None
    """Units physically in the warehouses."""

    available_quantity: int | None = None
    """Units that can be ordered."""

    creator_reserved_quantity: int | None = None
    """Units reserved for creators."""

    campaign_reserved_quantity: int | None = None
    """Units reserved for campaigns."""

    committed_quantity: int | None = None
    """Units held by existing orders."""


class InventoryStatusChangeTrigger(ResponseModel):
    """Why the inventory alert fired."""

    alert_type: str | None = None
    """PREDICTION (stock is forecast to run out in some days) or REALTIME (stock reached LOW_STOCK or
    OUT_OF_STOCK)."""

    lead_days: int | None = None
    """For PREDICTION, days between `update_time` and the forecast out-of-stock date."""

    low_stock_threshold: int | None = None
    """For REALTIME, the low-stock threshold that was reached."""


class InvoiceStatusChangeData(ResponseModel):
    """Processing of an invoice (Brazilian NF-e) uploaded for a package finished or changed. Receivers fix
    and upload the invoice again when it is FAILED or INVALID."""

    package_id: str | None = None
    """ID of the package."""

    order_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """IDs of the orders in the package."""

    invoice_status: str | None = None
    """Upload status: SUCCESS, PROCESSING, FAILED or INVALID."""

    invalid_reason: str | None = None
    """Why the invoice is INVALID: UNKNOWN (internal error, retry later), FAILED (bad NF-e file or access
    key), NOT_FOUND (NF-e not found yet, retry later), NOT_AUTHORIZED (NF-e not legally authorized),
    ACCESS_KEY_DUPLICATE, CNPJ_NOT_MATCH (NF-e and onboarding CNPJ prefixes differ),
    UF_Inconsistent_Required, UF_Inconsistent_Dismisse_Retirada_missing or
    UF_Inconsistent_Dismissed_Retirada_Inconsistent (issuer CNPJ registered in another state than the
    warehouse; pickup location details needed)."""


class NewConversationData(ResponseModel):
    """A buyer started a new customer-service conversation with the shop. Receivers load the conversation
    and route it to an agent."""

    conversation_id: str | None = None
    """ID of the conversation."""

    create_time: int | None = None
    """When the conversation was created, unix seconds."""


class NewMessageData(ResponseModel):
    """A new message arrived in a customer-service conversation. Receivers store it and show it to the
    shop's agents, replying where needed."""

    message_id: str | None = None
    """ID of the message."""

    index: str | None = None
    """Sort key of the message in its conversation; newer messages have larger values."""

    conversation_id: str | None = None
    """ID of the conversation the message belongs to."""

    type_: str | None = Field(default=None, alias="type")
    """Message type: TEXT, IMAGE, ALLOCATED_SERVICE, NOTIFICATION, BUYER_ENTER_FROM_TRANSFER,
    BUYER_ENTER_FROM_PRODUCT, BUYER_ENTER_FROM_ORDER, PRODUCT_CARD, ORDER_CARD, EMOTICONS, VIDEO,
    COUPON_CARD, LOGISTICS_CARD or OTHER."""

    content: str | None = None
    """Message body as a JSON-encoded string whose shape depends on `type`, e.g. {"content": "..."} for
    TEXT, {"product_id": "..."} for PRODUCT_CARD, {"order_id": "..."} for ORDER_CARD, {"coupon_id":
    "..."} for COUPON_CARD, and url, width and height for IMAGE."""

    create_time: int | None = None
    """When the message was sent, unix seconds."""

    is_visible: bool | None = None
    """Whether the message should be shown to customer-service agents."""

    sender: NewMessageSender | None = None
    """Who sent a customer-service message."""


class NewMessageListenerData(ResponseModel):
    """A new message was posted in a conversation the app listens to (e.g. seller and creator chats).
    Receivers store the message and react to cards such as sample requests."""

    index: str | None = None
    """Position of the message in the conversation; newer messages have larger values."""

    message_id: str | None = None
    """ID of the message."""

    conversation_id: str | None = None
    """ID of the conversation the message belongs to."""

    msg_type: str | None = None
    """Message type: TEXT, PRODUCT_CARD, TARGET_COLLABORATION_CARD or FREE_SAMPLE_CARD."""

    content: str | None = None
    """Message body as a JSON-encoded string, e.g. {"content": "..."} for TEXT, {"product_id": "..."} for
    PRODUCT_CARD, {"invitation_group_id": "..."} for a collaboration card, {"apply_id": "..."} for
    FREE_SAMPLE_CARD."""

    create_time: str | None = None
    """When the message was sent, unix seconds sent as a string."""

    sender: Sender | None = None
    """Who sent the message."""


class NewMessageSender(ResponseModel):
    """Who sent a customer-service message."""

    im_user_id: str | None = None
    """Sender's ID in the messaging system; it cannot be used to look up orders."""

    role: str | None = None
    """Sender role: BUYER, SHOP, CUSTOMER_SERVICE, SYSTEM or ROBOT."""


class OnboardedRegion(ResponseModel):
    """One onboarded region."""

    region_code: str | None = None
    """Code of the onboarded FBT region."""


class OpportunityMatchingStatusChangeData(ResponseModel):
    """Matching of an uploaded candidate product against product opportunities progressed. Receivers read
    the matched opportunity IDs to act on them."""

    external_product_id: str | None = None
    """ID of the product on the external e-commerce platform."""

    opportunity_matching_status: str | None = None
    """Matching status: PENDING (not matched yet), MATCHED (one or more opportunities) or NOT_MATCHED
    (none)."""

    opportunity_ids: NullAsEmpty[list[str]] = Field(default_factory=list)
    """IDs of the matched opportunities."""

    opportunity_matching_end_time: int | None = None
    """When matching stops for this candidate, unix seconds; by default and at most 60 days after the
    upload."""

    update_time: int | None = None
    """When the matching status last changed, unix seconds."""


class OrderStatusChangeData(ResponseModel):
    """An order moved to a new status. Receivers usually fetch the order detail and update their own order
    record or start fulfilment."""

    order_id: str | None = None
    """ID of the TikTok Shop order."""

    order_status: str | None = None
    """Latest status of the order: UNPAID, ON_HOLD, AWAITING_SHIPMENT, AWAITING_COLLECTION, CANCEL,
    IN_TRANSIT, DELIVERED or COMPLETED."""

    is_on_hold_order: bool | None = None
    """Whether the order has gone, or will go, through the ON_HOLD status."""

    update_time: int | None = None
    """When the status changed, unix seconds."""


class PackageUpdateData(ResponseModel):
    """Packages were combined, split or un-combined. Receivers refresh the affected packages and orders
    before printing labels or shipping."""

    sc_type: str | None = None
    """What triggered the update: COMBINE, CANCEL_COMBINE, SPLIT, CANCEL_SPLIT, ADDRESS_UPDATE_SPLIT,
    CANCEL_FULFILL_SPLIT, FULFILL_UNCOMBINE, PARTLY_CANCEL_SPLIT or SPLIT_BY_SKU_CANCEL."""

    role_type: str | None = None
    """Who triggered it: ROLE_USER, ROLE_SELLER, ROLE_OPERATOR or ROLE_SYSTEM."""

    package_list: NullAsEmpty[list[PackageUpdatePackage]] = Field(default_factory=list)
    """The packages changed by this update."""

    update_time: int | None = None
    """When the packages were updated, unix seconds."""


class PackageUpdatePackage(ResponseModel):
    """One package touched by a package update, with the orders it now holds."""

    package_id: str | None = None
    """ID of the package."""

    order_id_list: NullAsEmpty[list[str]] = Field(default_factory=list)
    """IDs of the orders in this package."""


class ProductAuditStatusChangeAudit(ResponseModel):
    """Audit result of the product on TikTok Shop."""

    status: str | None = None
    """Audit status: NONE (not submitted, draft, frozen or deactivated), AUDITING, FAILED (failed or
    cancelled), PRE_APPROVED (passed but waiting on prerequisites, see `pre_approved_reasons`) or
    APPROVED (passed and listed)."""

    pre_approved_reasons: NullAsEmpty[list[str]] = Field(default_factory=list)
    """What a PRE_APPROVED product still waits for: KYC_PENDING (seller onboarding incomplete) or
    RESTRICTED_CATEGORY_PENDING (US only; category approval pending)."""


class ProductAuditStatusChangeData(ResponseModel):
    """A product's audit status changed on TikTok Shop or an integrated platform. Receivers show the result
    to the seller and fix failed products."""

    product_id: str | None = None
    """ID of the product."""

    audit: ProductAuditStatusChangeAudit | None = None
    """Audit result of the product on TikTok Shop."""

    integrated_platform_statuses: ProductAuditStatusChangePlatformStatus | None = None
    """Audit result of the product on an integrated platform."""

    update_time: int | None = None
    """When the status changed, unix seconds."""


class ProductAuditStatusChangePlatformStatus(ResponseModel):
    """Audit result of the product on an integrated platform."""

    platform: str | None = None
    """Integrated platform: TOKOPEDIA."""

    status: str | None = None
    """Audit status there: NONE, AUDITING, FAILED (failed or cancelled) or APPROVED (passed and listed)."""


class ProductCategoryChangeData(ResponseModel):
    """A product was moved to another category. Receivers re-read the product, since attributes and rules
    depend on the category."""

    product_id: str | None = None
    """ID of the product whose category changed."""

    previous_category_id: str | None = None
    """Category ID before the change."""

    current_category_id: str | None = None
    """Category ID after the change."""

    update_time: int | None = None
    """When the category changed, unix seconds."""


class ProductCreationData(ResponseModel):
    """A product was created in the shop, for example a virtual bundle or a product made with the GPR tool.
    Receivers fetch the new product to add it to their catalog."""

    product_id: str | None = None
    """ID of the new product."""

    product_type: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Kinds of the product as the real payload names the field: COMBINED_PRODUCT (virtual bundle) or
    GPR_PRODUCT (created with the GPR tool)."""

    product_types: NullAsEmpty[list[str]] = Field(default_factory=list)
    """The same list under the name TikTok's documentation uses; read whichever of the two is present."""

    update_time: int | None = None
    """When the product was created, unix seconds."""


class ProductInformationChangeData(ResponseModel):
    """Properties of a product were edited in Seller Center or through the API. Receivers re-read the
    product to sync the changed fields."""

    product_id: str | None = None
    """ID of the changed product."""

    change_source: str | None = None
    """Where the change was made: SELLER_CENTER or OPEN_API."""

    changed_fields: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Which properties changed: title, description, main_images, product_attributes, size_chart_image,
    size_chart_template or others."""

    update_time: int | None = None
    """When the change happened, unix seconds."""


class ProductPackageRecommendedData(ResponseModel):
    """TikTok found the product's package weight or dimensions abnormal and recommends ranges. Receivers
    check and correct the package data of the product."""

    product_id: str | None = None
    """ID of the product."""

    abnormality_types: NullAsEmpty[list[str]] = Field(default_factory=list)
    """Current anomaly types; ["None"] when the package data is normal."""

    weight_recommendation: WeightRecommendation | None = None
    """Recommended package weight."""

    dimension_recommendation: DimensionRecommendation | None = None
    """Recommended package dimensions."""


class ProductPackageRecommendedRange(ResponseModel):
    """A recommended value range, as decimal strings."""

    min_value: str | None = None
    """Lower end of the range (cm for dimensions, g for weight)."""

    max_value: str | None = None
    """Upper end of the range (cm for dimensions, g for weight)."""


class ProductStatusChangeData(ResponseModel):
    """A product's review status changed (first approval, later change, or audit failure). Receivers
    re-read the product and surface any rejection reason to the seller."""

    product_id: str | None = None
    """ID of the product (TikTok may send it as a number)."""

    status: str | None = None
    """Review outcome: PRODUCT_FIRST_PASS_REVIEW, PRODUCT_STATUS_CHANGED or PRODUCT_AUDIT_FAILURE."""

    suspended_reason: str | None = None
    """Why the product was rejected or frozen; empty when it was not."""

    update_time: int | None = None
    """When the status changed, unix seconds."""


class RMAStatusUpdateData(ResponseModel):
    """A return merchandise authorization (RMA) changed status. Receivers inspect returned packages and
    decide on the refund within the SLA."""

    rma_id: str | None = None
    """ID of the RMA."""

    aftersales_request_id: str | None = None
    """ID of the aftersales request the RMA belongs to."""

    return_role: str | None = None
    """Who started the return flow: BUYER or SELLER."""

    rma_status: str | None = None
    """RMA status: INIT (created), AWAITING_BUYER_SHIPPED, RETURN_IN_TRANSIT, PENDING_PACKAGE_REVIEW
    (delivered; the seller has 2-4 business days to decide) or PACKAGE_REVIEW_COMPLETED (refund approved
    or rejected)."""

    rma_request_create_time: int | None = None
    """When the RMA was created, unix seconds."""

    rma_request_update_time: int | None = None
    """When the RMA last changed, unix seconds."""


class RecipientAddressUpdateData(ResponseModel):
    """The buyer changed the shipping address of an order. Receivers re-read the order to get the new
    address before shipping."""

    order_id: str | None = None
    """ID of the order whose address changed."""

    update_time: int | None = None
    """When the address was changed, unix seconds."""


class RefundSuccessData(ResponseModel):
    """A refund of an aftersales request was paid out. Receivers record the refund in their accounting and
    close the return."""

    aftersales_request_id: str | None = None
    """ID of the aftersales request."""

    line_items: NullAsEmpty[list[RefundSuccessLineItem]] = Field(default_factory=list)
    """Line items included in the refund."""

    refund_currency: str | None = None
    """Currency of the refunded amount."""

    refund_status: str | None = None
    """Refund result, e.g. REFUND_SUCCESS."""

    refund_timestamp: int | None = None
    """When the refund completed, unix seconds."""

    refund_total: DecimalAmount | None = None
    """Total amount refunded, as a decimal string."""

    rma_id: str | None = None
    """ID of the related RMA."""


class RefundSuccessLineItem(ResponseModel):
    """Identifiers of one line item covered by the refund."""

    main_order_id: str | None = None
    """ID of the original (forward) order."""

    return_line_item_id: str | None = None
    """ID of the return line item."""

    sku_id: str | None = None
    """ID of the SKU."""

    sku_return_request_id: str | None = None
    """ID of the SKU-level return request."""

    sub_return_line_item_id: str | None = None
    """ID of the child line item; only for virtual bundle returns."""


class ReturnStatusChangeData(ResponseModel):
    """A return, refund or replacement request changed status. Receivers review the request and update
    stock or accounting when it completes."""

    order_id: str | None = None
    """ID of the order the request belongs to."""

    return_role: str | None = None
    """Who made the request: BUYER, SELLER or SYSTEM."""

    return_type: str | None = None
    """Kind of request: REFUND, REPLACEMENT or RETURN_AND_REFUND."""

    return_status: str | None = None
    """Status of the request: AWAITING_BUYER_SHIP, BUYER_SHIPPED_ITEM, REFUND_OR_RETURN_REQUEST_REJECT,
    REJECT_RECEIVE_PACKAGE, REPLACEMENT_REQUEST_CANCEL, REPLACEMENT_REQUEST_COMPLETE,
    REPLACEMENT_REQUEST_PENDING, REPLACEMENT_REQUEST_REFUND_SUCCESS, REPLACEMENT_REQUEST_REJECT,
    RETURN_OR_REFUND_REQUEST_CANCEL, RETURN_OR_REFUND_REQUEST_COMPLETE, RETURN_OR_REFUND_REQUEST_PENDING
    or RETURN_OR_REFUND_REQUEST_SUCCESS."""

    return_id: str | None = None
    """ID of the return."""

    create_time: int | None = None
    """When the request was created, unix seconds."""

    update_time: int | None = None
    """When the request's status changed, unix seconds."""


class SKUStatusChangeData(ResponseModel):
    """SKUs of a product were created, deleted, activated or deactivated. Receivers update the SKUs they
    sell."""

    product_id: str | None = None
    """ID of the product whose SKUs changed."""

    skus: NullAsEmpty[list[SKUStatusChangeSku]] = Field(default_factory=list)
    """The SKUs whose status changed."""

    update_time: int | None = None
    """When the change happened, unix seconds."""


class SKUStatusChangeSku(ResponseModel):
    """One SKU whose status changed."""

    sku_id: str | None = None
    """ID of the SKU."""

    status: str | None = None
    """New SKU status: CREATED, DELETED, ACTIVATED or DEACTIVATED."""

    deactivation_source: str | None = None
    """Only for DEACTIVATED: who deactivated it, SELLER, PLATFORM or COMBO_RELATION."""


class SampleApplicationStatusChangeData(ResponseModel):
    """A creator's free sample application changed status. Receivers ship approved samples and follow up on
    content."""

    application_id: str | None = None
    """ID of the sample application."""

    new_status: str | None = None
    """New status: PENDING (awaiting seller review), AWAITING_SHIPMENT (approved, to ship), SHIPPED,
    CONTENT_PENDING (received, content expected), REJECT_CANCELLED, OVERDUE_CANCELLED,
    UNFULFILL_CANCELLED (creator made no content in time), DEL_OPEN_COLLAB (open collaboration deleted),
    SELLER_NOT_SHIP_CANCELLED, WITHDRAW_CANCELLED, UNFULFILLABLE_CANCELLED, OPS_CANCELLED, OPS_FAILED,
    OPS_COMPLETED or COMPLETED (content posted)."""

    creator: NullAsEmpty[list[Creator]] = Field(default_factory=list)
    """The creator who applied."""

    product: NullAsEmpty[list[SampleApplicationStatusChangeDataProduct]] = Field(default_factory=list)
    """The product applied for."""


class SampleApplicationStatusChangeDataProduct(ResponseModel):
    """Product and SKU of the sample."""

    id: str | None = None
    """ID of the product."""

    sku_id: str | None = None
    """ID of the SKU requested as a sample."""


class SellerDeauthorizationData(ResponseModel):
    """The seller removed the app's access to the shop. Receivers stop calling the API for this shop and
    discard its tokens."""

    message: str | None = None
    """Human-readable notice naming the deauthorized shop."""


class Sender(ResponseModel):
    """Who sent the message."""

    sender_im_user_id: str | None = None
    """Sender's ID in the messaging system."""


class ShoppableContentPostingAction(ResponseModel):
    """What a creator did with the product in a piece of content."""

    type_: str | None = Field(default=None, alias="type")
    """Action on the product: ADD, UPDATE or REMOVE."""

    scene: str | None = None
    """Where the product is promoted: VIDEO (short video)."""

    content_id: str | None = None
    """ID of the short video."""


class ShoppableContentPostingData(ResponseModel):
    """A creator added, updated or removed one of the shop's products in a shoppable video. Receivers track
    which content promotes their products."""

    product_id: str | None = None
    """ID of the product promoted in the content."""

    event: ShoppableContentPostingAction | None = None
    """What a creator did with the product in a piece of content."""


class ShoppableVideoPrecheckTasksResultCheck(ResponseModel):
    """Outcome of one kind of check on the video."""

    status: str | None = None
    """Check status: SUCCESS, FAIL or PROCESSING."""

    issues: NullAsEmpty[list[ShoppableVideoPrecheckTasksResultCheckIssue]] = Field(default_factory=list)
    """Problems found by the check."""


class ShoppableVideoPrecheckTasksResultCheckIssue(ResponseModel):
    """One problem."""

    risk: str | None = None
    """Type of risk (violation check)."""

    code: str | None = None
    """Quality check code (quality check)."""

    suggestions: str | None = None
    """How to fix the problem or improve the video."""


class ShoppableVideoPrecheckTasksResultData(ResponseModel):
    """The violation and quality prechecks of a shoppable video finished. Receivers post the video or show
    what to fix."""

    task_id: str | None = None
    """ID of the precheck task."""

    violation_check_result: ShoppableVideoPrecheckTasksResultCheck | None = None
    """Outcome of one kind of check on the video."""

    good_quality_check_result: ShoppableVideoPrecheckTasksResultCheck | None = None
    """Outcome of one kind of check on the video."""


class SizeChartChangeData(ResponseModel):
    """A size chart template was created, edited or deleted. Receivers refresh their copy of the shop's
    size charts."""

    size_chart_template_id: str | None = None
    """ID of the size chart template."""

    size_chart_template_name: str | None = None
    """Name of the size chart template."""

    event_type: str | None = None
    """What happened: CREATE, EDIT or DELETE."""

    update_time: int | None = None
    """When the change happened, unix seconds."""


class StrikethroughPriceExpiredData(ResponseModel):
    """The strikethrough (was/now) price of a SKU expired. Receivers set a new reference price if they
    still want one shown."""

    product_id: str | None = None
    """ID of the TikTok Shop product."""

    sku_id: str | None = None
    """ID of the TikTok Shop SKU."""


class TokopediaMirrorStatusChangeData(ResponseModel):
    """The mirroring of the shop to Tokopedia changed (mirrored, rolled back or cancelled). Receivers
    enable or disable their Tokopedia handling for the shop."""

    tts_shop_id: str | None = None
    """ID of the shop in TikTok Shop."""

    update_time: int | None = None
    """When the change happened, unix seconds."""

    mirror_status: str | None = None
    """Mirroring status: MIRRORED, ROLLED_BACK or CANCELED."""


class UpcomingAuthorizationExpirationData(ResponseModel):
    """The shop's authorization of the app will expire soon. Receivers ask the seller to authorize the app
    again before the expiration time."""

    message: str | None = None
    """Human-readable notice with the number of days left."""

    expiration_time: str | None = None
    """When the authorization expires, unix seconds sent as a string."""


class UpdateWebhookRequest(RequestModel):
    """The event type and the URL to deliver it to."""

    address: str = Field(max_length=255, strict=True)
    """HTTP or HTTPS URL receiving the events, at most 255 characters."""

    event_type: Literal[
        "CANCELLATION_STATUS_CHANGE",
        "INVOICE_STATUS_CHANGE",
        "NEW_CONVERSATION",
        "NEW_MESSAGE",
        "NEW_MESSAGE_LISTENER",
        "ORDER_STATUS_CHANGE",
        "PACKAGE_UPDATE",
        "PRODUCT_AUDIT_STATUS_CHANGE",
        "PRODUCT_CATEGORY_CHANGE",
        "PRODUCT_CREATION",
        "PRODUCT_INFORMATION_CHANGE",
        "PRODUCT_STATUS_CHANGE",
        "RECIPIENT_ADDRESS_UPDATE",
        "RETURN_STATUS_CHANGE",
        "SELLER_DEAUTHORIZATION",
        "UPCOMING_AUTHORIZATION_EXPIRATION",
    ]
    """Event type to subscribe."""


class UpdateWebhookResponse(ResponseModel):
    """Empty on success."""

    pass


class VideoPrecheckResultData(ResponseModel):
    """The precheck of a video finished. Receivers publish a passing video or show the risks and
    suggestions of a failing one."""

    precheck_task_id: str | None = None
    """ID of the precheck task."""

    result: str | None = None
    """Precheck result: PASS or FAIL."""

    issues: NullAsEmpty[list[VideoPrecheckResultDataIssue]] = Field(default_factory=list)
    """Problems found; present only when `result` is FAIL."""


class VideoPrecheckResultDataIssue(ResponseModel):
    """One problem found in the video."""

    risk: str | None = None
    """Type of risk."""

    suggestion: str | None = None
    """How to fix it."""


class Webhook(ResponseModel):
    """One webhook subscription of the shop."""

    event_type: (
        OpenEnum[
            Literal[
                "CANCELLATION_STATUS_CHANGE",
                "INVOICE_STATUS_CHANGE",
                "NEW_CONVERSATION",
                "NEW_MESSAGE",
                "NEW_MESSAGE_LISTENER",
                "ORDER_STATUS_CHANGE",
                "PACKAGE_UPDATE",
                "PRODUCT_AUDIT_STATUS_CHANGE",
                "PRODUCT_CATEGORY_CHANGE",
                "PRODUCT_CREATION",
                "PRODUCT_INFORMATION_CHANGE",
                "PRODUCT_STATUS_CHANGE",
                "RECIPIENT_ADDRESS_UPDATE",
                "RETURN_STATUS_CHANGE",
                "SELLER_DEAUTHORIZATION",
                "UPCOMING_AUTHORIZATION_EXPIRATION",
            ]
        ]
        | None
    ) = None
    """Event type delivered to this URL."""

    address: str | None = None
    """URL receiving the events."""

    create_time: int | None = None
    """Creation time, unix milliseconds."""

    update_time: int | None = None
    """Last update time, unix milliseconds."""


class WeightRecommendation(ResponseModel):
    """Recommended package weight."""

    unit: str | None = None
    """Unit of the recommended values."""

    weight: ProductPackageRecommendedRange | None = None
    """A recommended value range, as decimal strings."""
