"""The `seller` resources: sync and async twins, raw-response and version views.

The seller account behind the access token and its shops."""

from __future__ import annotations

from tiktok_shop._contract import (
    AsyncRequester,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    GetPermissionsResponse,
    GetShopGroupsResponse,
    GetShopsResponse,
)


class SellerResource:
    """The seller account behind the access token and its shops."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def get_permissions(
        self,
    ) -> GetPermissionsResponse:
        """Get seller permissions.

        Lists the special permissions the seller holds, such as managing global products (cross-border
        sellers).

        `GET /seller/202309/permissions`"""
        return self._client.request(ops.GET_PERMISSIONS, {})

    def get_shop_groups(
        self,
    ) -> GetShopGroupsResponse:
        """Get the shop group and its shops.

        Returns the group the seller's shops belong to (for sellers who run several linked shops) and the
        shops in it, so an app can act across the group.

        `GET /seller/202601/shop_groups`"""
        return self._client.request(ops.GET_SHOP_GROUPS, {})

    def get_shops(
        self,
    ) -> GetShopsResponse:
        """Get active shops.

        Lists the shops of the authorized seller that are active, with their region. Use it to discover
        which regional shops a seller operates.

        `GET /seller/202309/shops`"""
        return self._client.request(ops.GET_SHOPS, {})


class SellerResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: SellerResource) -> None:
        self.get_permissions = raw(resource.get_permissions)
        self.get_shop_groups = raw(resource.get_shop_groups)
        self.get_shops = raw(resource.get_shops)


class SellerAt202309:
    """`seller` operations pinned to version 202309."""

    def __init__(self, resource: SellerResource) -> None:
        self.get_permissions = resource.get_permissions
        self.get_shops = resource.get_shops


class SellerAt202601:
    """`seller` operations pinned to version 202601."""

    def __init__(self, resource: SellerResource) -> None:
        self.get_shop_groups = resource.get_shop_groups


class AsyncSellerResource:
    """The seller account behind the access token and its shops. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def get_permissions(
        self,
    ) -> GetPermissionsResponse:
        """Get seller permissions.

        Lists the special permissions the seller holds, such as managing global products (cross-border
        sellers).

        `GET /seller/202309/permissions`"""
        return await self._client.request(ops.GET_PERMISSIONS, {})

    async def get_shop_groups(
        self,
    ) -> GetShopGroupsResponse:
        """Get the shop group and its shops.

        Returns the group the seller's shops belong to (for sellers who run several linked shops) and the
        shops in it, so an app can act across the group.

        `GET /seller/202601/shop_groups`"""
        return await self._client.request(ops.GET_SHOP_GROUPS, {})

    async def get_shops(
        self,
    ) -> GetShopsResponse:
        """Get active shops.

        Lists the shops of the authorized seller that are active, with their region. Use it to discover
        which regional shops a seller operates.

        `GET /seller/202309/shops`"""
        return await self._client.request(ops.GET_SHOPS, {})


class AsyncSellerResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncSellerResource) -> None:
        self.get_permissions = async_raw(resource.get_permissions)
        self.get_shop_groups = async_raw(resource.get_shop_groups)
        self.get_shops = async_raw(resource.get_shops)


class AsyncSellerAt202309:
    """`seller` operations pinned to version 202309."""

    def __init__(self, resource: AsyncSellerResource) -> None:
        self.get_permissions = resource.get_permissions
        self.get_shops = resource.get_shops


class AsyncSellerAt202601:
    """`seller` operations pinned to version 202601."""

    def __init__(self, resource: AsyncSellerResource) -> None:
        self.get_shop_groups = resource.get_shop_groups
