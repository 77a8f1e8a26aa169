"""The `customer_engagement` resources: sync and async twins, raw-response and version views.

Customer engagement: message templates, engagement tasks and the messages sent to a shop's past
buyers through TikTok IM, with their performance."""

from __future__ import annotations

from typing import Literal

from tiktok_shop._contract import (
    AsyncRequester,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    CreateCustomEngagementTaskResponse,
    CreateEngagementTaskResponse,
    CustomMessage,
    GetEngagementFeaturePermissionsResponse,
    GetEngagementTaskPerformancesResponse,
    GetMessageTemplatesResponse,
    SendEngagementMessageResponse,
)


class CustomerEngagementResource:
    """Customer engagement: message templates, engagement tasks and the messages sent to a shop's past
    buyers through TikTok IM, with their performance."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def create_custom_engagement_task(
        self,
        *,
        task_name: str,
        end_time: int,
        channel: Literal["TIKTOK_IM"],
        idempotency_key: str | None = None,
        product_ids: list[str] | None = None,
        coupon_ids: list[str] | None = None,
        custom_message: CustomMessage | None = None,
    ) -> CreateCustomEngagementTaskResponse:
        """Create a custom engagement task.

        Creates an engagement task with a message of your own (title and body) instead of a predefined
        template. Needs the `CUSTOM_MSG` permission; the task ends at its end time.

        `POST /customer_engagement/202502/engagement_tasks/custom` (shop cipher required)

        Args:
            idempotency_key: A unique key of your choosing for this creation; a repeated request with the
                same key does not create a second task.
            task_name: Task name, 1 to 256 bytes in UTF-8.
            end_time: When the task ends and stops sending, unix seconds.
            channel: Channel of the messages; only `TIKTOK_IM`.
            product_ids: Products to include as cards (from Search Products), at most 4.
            coupon_ids: Coupon to include as a card, at most 1; a regular coupon for all buyers or for
                repeat customers.
            custom_message: A message written by the seller."""
        return self._client.request(
            ops.CREATE_CUSTOM_ENGAGEMENT_TASK,
            {
                "idempotency_key": idempotency_key,
                "task_name": task_name,
                "end_time": end_time,
                "channel": channel,
                "product_ids": product_ids,
                "coupon_ids": coupon_ids,
                "custom_message": custom_message,
            },
        )

    def create_engagement_task(
        self,
        *,
        template_id: str,
        task_name: str,
        end_time: int,
        channel: Literal["TIKTOK_IM"],
        idempotency_key: str | None = None,
        product_ids: list[str] | None = None,
        coupon_ids: list[str] | None = None,
    ) -> CreateEngagementTaskResponse:
        """Create an engagement task.

        Creates an engagement task from a predefined template: a container grouping messages of the same
        content so their performance can be tracked. A task has a mandatory end time after which it sends
        nothing more.

        `POST /customer_engagement/202412/engagement_tasks` (shop cipher required)

        Args:
            idempotency_key: A unique key of your choosing for this creation; a repeated request with the
                same key does not create a second task.
            template_id: Id of the template, from Get Message Templates.
            task_name: Task name, 1 to 256 bytes.
            end_time: When the task ends and stops sending, unix seconds.
            channel: Channel of the messages; only `TIKTOK_IM`.
            product_ids: Products to include as cards (from Search Products), within the template's product
                card rules.
            coupon_ids: Coupons to include as cards (from Search Coupons), of a kind the template's coupon
                card rules allow."""
        return self._client.request(
            ops.CREATE_ENGAGEMENT_TASK,
            {
                "idempotency_key": idempotency_key,
                "template_id": template_id,
                "task_name": task_name,
                "end_time": end_time,
                "channel": channel,
                "product_ids": product_ids,
                "coupon_ids": coupon_ids,
            },
        )

    def get_engagement_feature_permissions(
        self,
    ) -> GetEngagementFeaturePermissionsResponse:
        """Get engagement feature permissions.

        Tells which customer engagement features the shop may use (the base feature, custom messages). Check
        it before creating tasks or sending messages.

        `GET /customer_engagement/202502/permissions` (shop cipher required)"""
        return self._client.request(ops.GET_ENGAGEMENT_FEATURE_PERMISSIONS, {})

    def get_engagement_task_performances(
        self,
        *,
        task_ids: list[str],
    ) -> GetEngagementTaskPerformancesResponse:
        """Get engagement task performance.

        Returns the delivery, read and conversion figures of up to 50 engagement tasks.

        `POST /customer_engagement/202412/performances` (shop cipher required)

        Args:
            task_ids: Engagement task ids, 1 to 50."""
        return self._client.request(
            ops.GET_ENGAGEMENT_TASK_PERFORMANCES,
            {
                "task_ids": task_ids,
            },
        )

    def get_message_templates(
        self,
        *,
        locale: str,
    ) -> GetMessageTemplatesResponse:
        """Get message templates.

        Lists the engagement message templates TikTok Shop predefines, with the product and coupon cards
        each accepts. Pick a template here before creating an engagement task.

        `GET /customer_engagement/202412/message_templates` (shop cipher required)

        Args:
            locale: Language of the templates, e.g. `en-US`."""
        return self._client.request(
            ops.GET_MESSAGE_TEMPLATES,
            {
                "locale": locale,
            },
        )

    def send_engagement_message(
        self,
        *,
        buyer_emails: list[str],
        task_id: str | None = None,
    ) -> SendEngagementMessageResponse:
        """Send an engagement message.

        Sends the message of an active engagement task to up to 50 buyers who ordered from the shop in the
        last 365 days. Buyers that could not be messaged come back in `errors`.

        `POST /customer_engagement/202412/messages` (shop cipher required)

        Args:
            buyer_emails: Anonymized buyer emails (from Get Order Detail), 1 to 50; each buyer must have
                ordered from the shop in the last 365 days.
            task_id: Id of the active engagement task whose message is sent."""
        return self._client.request(
            ops.SEND_ENGAGEMENT_MESSAGE,
            {
                "buyer_emails": buyer_emails,
                "task_id": task_id,
            },
        )


class CustomerEngagementResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: CustomerEngagementResource) -> None:
        self.create_custom_engagement_task = raw(resource.create_custom_engagement_task)
        self.create_engagement_task = raw(resource.create_engagement_task)
        self.get_engagement_feature_permissions = raw(resource.get_engagement_feature_permissions)
        self.get_engagement_task_performances = raw(resource.get_engagement_task_performances)
        self.get_message_templates = raw(resource.get_message_templates)
        self.send_engagement_message = raw(resource.send_engagement_message)


class CustomerEngagementAt202412:
    """`customer_engagement` operations pinned to version 202412."""

    def __init__(self, resource: CustomerEngagementResource) -> None:
        self.create_engagement_task = resource.create_engagement_task
        self.get_engagement_task_performances = resource.get_engagement_task_performances
        self.get_message_templates = resource.get_message_templates
        self.send_engagement_message = resource.send_engagement_message


class CustomerEngagementAt202502:
    """`customer_engagement` operations pinned to version 202502."""

    def __init__(self, resource: CustomerEngagementResource) -> None:
        self.create_custom_engagement_task = resource.create_custom_engagement_task
        self.get_engagement_feature_permissions = resource.get_engagement_feature_permissions


class AsyncCustomerEngagementResource:
    """Customer engagement: message templates, engagement tasks and the messages sent to a shop's past
    buyers through TikTok IM, with their performance. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def create_custom_engagement_task(
        self,
        *,
        task_name: str,
        end_time: int,
        channel: Literal["TIKTOK_IM"],
        idempotency_key: str | None = None,
        product_ids: list[str] | None = None,
        coupon_ids: list[str] | None = None,
        custom_message: CustomMessage | None = None,
    ) -> CreateCustomEngagementTaskResponse:
        """Create a custom engagement task.

        Creates an engagement task with a message of your own (title and body) instead of a predefined
        template. Needs the `CUSTOM_MSG` permission; the task ends at its end time.

        `POST /customer_engagement/202502/engagement_tasks/custom` (shop cipher required)

        Args:
            idempotency_key: A unique key of your choosing for this creation; a repeated request with the
                same key does not create a second task.
            task_name: Task name, 1 to 256 bytes in UTF-8.
            end_time: When the task ends and stops sending, unix seconds.
            channel: Channel of the messages; only `TIKTOK_IM`.
            product_ids: Products to include as cards (from Search Products), at most 4.
            coupon_ids: Coupon to include as a card, at most 1; a regular coupon for all buyers or for
                repeat customers.
            custom_message: A message written by the seller."""
        return await self._client.request(
            ops.CREATE_CUSTOM_ENGAGEMENT_TASK,
            {
                "idempotency_key": idempotency_key,
                "task_name": task_name,
                "end_time": end_time,
                "channel": channel,
                "product_ids": product_ids,
                "coupon_ids": coupon_ids,
                "custom_message": custom_message,
            },
        )

    async def create_engagement_task(
        self,
        *,
        template_id: str,
        task_name: str,
        end_time: int,
        channel: Literal["TIKTOK_IM"],
        idempotency_key: str | None = None,
        product_ids: list[str] | None = None,
        coupon_ids: list[str] | None = None,
    ) -> CreateEngagementTaskResponse:
        """Create an engagement task.

        Creates an engagement task from a predefined template: a container grouping messages of the same
        content so their performance can be tracked. A task has a mandatory end time after which it sends
        nothing more.

        `POST /customer_engagement/202412/engagement_tasks` (shop cipher required)

        Args:
            idempotency_key: A unique key of your choosing for this creation; a repeated request with the
                same key does not create a second task.
            template_id: Id of the template, from Get Message Templates.
            task_name: Task name, 1 to 256 bytes.
            end_time: When the task ends and stops sending, unix seconds.
            channel: Channel of the messages; only `TIKTOK_IM`.
            product_ids: Products to include as cards (from Search Products), within the template's product
                card rules.
            coupon_ids: Coupons to include as cards (from Search Coupons), of a kind the template's coupon
                card rules allow."""
        return await self._client.request(
            ops.CREATE_ENGAGEMENT_TASK,
            {
                "idempotency_key": idempotency_key,
                "template_id": template_id,
                "task_name": task_name,
                "end_time": end_time,
                "channel": channel,
                "product_ids": product_ids,
                "coupon_ids": coupon_ids,
            },
        )

    async def get_engagement_feature_permissions(
        self,
    ) -> GetEngagementFeaturePermissionsResponse:
        """Get engagement feature permissions.

        Tells which customer engagement features the shop may use (the base feature, custom messages). Check
        it before creating tasks or sending messages.

        `GET /customer_engagement/202502/permissions` (shop cipher required)"""
        return await self._client.request(ops.GET_ENGAGEMENT_FEATURE_PERMISSIONS, {})

    async def get_engagement_task_performances(
        self,
        *,
        task_ids: list[str],
    ) -> GetEngagementTaskPerformancesResponse:
        """Get engagement task performance.

        Returns the delivery, read and conversion figures of up to 50 engagement tasks.

        `POST /customer_engagement/202412/performances` (shop cipher required)

        Args:
            task_ids: Engagement task ids, 1 to 50."""
        return await self._client.request(
            ops.GET_ENGAGEMENT_TASK_PERFORMANCES,
            {
                "task_ids": task_ids,
            },
        )

    async def get_message_templates(
        self,
        *,
        locale: str,
    ) -> GetMessageTemplatesResponse:
        """Get message templates.

        Lists the engagement message templates TikTok Shop predefines, with the product and coupon cards
        each accepts. Pick a template here before creating an engagement task.

        `GET /customer_engagement/202412/message_templates` (shop cipher required)

        Args:
            locale: Language of the templates, e.g. `en-US`."""
        return await self._client.request(
            ops.GET_MESSAGE_TEMPLATES,
            {
                "locale": locale,
            },
        )

    async def send_engagement_message(
        self,
        *,
        buyer_emails: list[str],
        task_id: str | None = None,
    ) -> SendEngagementMessageResponse:
        """Send an engagement message.

        Sends the message of an active engagement task to up to 50 buyers who ordered from the shop in the
        last 365 days. Buyers that could not be messaged come back in `errors`.

        `POST /customer_engagement/202412/messages` (shop cipher required)

        Args:
            buyer_emails: Anonymized buyer emails (from Get Order Detail), 1 to 50; each buyer must have
                ordered from the shop in the last 365 days.
            task_id: Id of the active engagement task whose message is sent."""
        return await self._client.request(
            ops.SEND_ENGAGEMENT_MESSAGE,
            {
                "buyer_emails": buyer_emails,
                "task_id": task_id,
            },
        )


class AsyncCustomerEngagementResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncCustomerEngagementResource) -> None:
        self.create_custom_engagement_task = async_raw(resource.create_custom_engagement_task)
        self.create_engagement_task = async_raw(resource.create_engagement_task)
        self.get_engagement_feature_permissions = async_raw(resource.get_engagement_feature_permissions)
        self.get_engagement_task_performances = async_raw(resource.get_engagement_task_performances)
        self.get_message_templates = async_raw(resource.get_message_templates)
        self.send_engagement_message = async_raw(resource.send_engagement_message)


class AsyncCustomerEngagementAt202412:
    """`customer_engagement` operations pinned to version 202412."""

    def __init__(self, resource: AsyncCustomerEngagementResource) -> None:
        self.create_engagement_task = resource.create_engagement_task
        self.get_engagement_task_performances = resource.get_engagement_task_performances
        self.get_message_templates = resource.get_message_templates
        self.send_engagement_message = resource.send_engagement_message


class AsyncCustomerEngagementAt202502:
    """`customer_engagement` operations pinned to version 202502."""

    def __init__(self, resource: AsyncCustomerEngagementResource) -> None:
        self.create_custom_engagement_task = resource.create_custom_engagement_task
        self.get_engagement_feature_permissions = resource.get_engagement_feature_permissions
