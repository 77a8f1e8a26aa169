"""The `authorization` resources: sync and async twins, raw-response and version views.

What the seller's grant covers: the authorized shops and their ciphers."""

from __future__ import annotations

from tiktok_shop._contract import (
    AsyncRequester,
    SyncRequester,
    async_raw,
    raw,
)

from . import operations as ops
from .models import (
    DeauthorizeShopResponse,
    GetCategoryAssetsResponse,
    GetShopsResponse,
    GetWidgetTokenResponse,
)


class AuthorizationResource:
    """What the seller's grant covers: the authorized shops and their ciphers."""

    def __init__(self, client: SyncRequester) -> None:
        self._client = client

    def deauthorize_shop(
        self,
    ) -> DeauthorizeShopResponse:
        """Deauthorize a shop.

        Removes the app's authorization for the shop named by `shop_cipher`. The seller must authorize the
        app again before it can act for that shop.

        `DELETE /authorization/202403/shops` (shop cipher required)"""
        return self._client.request(ops.DEAUTHORIZE_SHOP, {})

    def get_category_assets(
        self,
    ) -> GetCategoryAssetsResponse:
        """Get authorized category assets.

        Lists the non-shop assets (such as customer-support categories of a target market) the grant covers,
        each with its own cipher, for apps that act on them instead of a shop.

        `GET /authorization/202405/category_assets`"""
        return self._client.request(ops.GET_CATEGORY_ASSETS, {})

    def get_shops(
        self,
    ) -> GetShopsResponse:
        """Get authorized shops.

        Lists the shops this access token may act for, each with the `cipher` that shop-scoped calls need.
        Call it right after authorization and cache the ciphers per shop.

        `GET /authorization/202309/shops`"""
        return self._client.request(ops.GET_SHOPS, {})

    def get_widget_token_202312(
        self,
        *,
        shop_id: int | None = None,
    ) -> GetWidgetTokenResponse:
        """Get a widget token (202312).

        Issues a short-lived token that lets a TikTok Shop web widget embedded in the partner's own pages
        act for this seller. Superseded by the 202401 version.

        `GET /authorization/202312/widget_token`

        Args:
            shop_id: Numeric id of a shop. TikTok's SDK offers it and notes it is not needed: the token
                covers the seller behind the access token."""
        return self._client.request(
            ops.GET_WIDGET_TOKEN_202312,
            {
                "shop_id": shop_id,
            },
        )

    def get_widget_token(
        self,
        *,
        shop_id: int | None = None,
    ) -> GetWidgetTokenResponse:
        """Get a widget token.

        Issues a short-lived token that lets a TikTok Shop web widget embedded in the partner's own pages
        act for this seller. Request a new one when it expires.

        `GET /authorization/202401/widget_token`

        Args:
            shop_id: Numeric id of a shop. TikTok's SDK offers it and notes it is not needed: the token
                covers the seller behind the access token."""
        return self._client.request(
            ops.GET_WIDGET_TOKEN,
            {
                "shop_id": shop_id,
            },
        )


class AuthorizationResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AuthorizationResource) -> None:
        self.deauthorize_shop = raw(resource.deauthorize_shop)
        self.get_category_assets = raw(resource.get_category_assets)
        self.get_shops = raw(resource.get_shops)
        self.get_widget_token_202312 = raw(resource.get_widget_token_202312)
        self.get_widget_token = raw(resource.get_widget_token)


class AuthorizationAt202309:
    """`authorization` operations pinned to version 202309."""

    def __init__(self, resource: AuthorizationResource) -> None:
        self.get_shops = resource.get_shops


class AuthorizationAt202312:
    """`authorization` operations pinned to version 202312."""

    def __init__(self, resource: AuthorizationResource) -> None:
        self.get_widget_token = resource.get_widget_token_202312


class AuthorizationAt202401:
    """`authorization` operations pinned to version 202401."""

    def __init__(self, resource: AuthorizationResource) -> None:
        self.get_widget_token = resource.get_widget_token


class AuthorizationAt202403:
    """`authorization` operations pinned to version 202403."""

    def __init__(self, resource: AuthorizationResource) -> None:
        self.deauthorize_shop = resource.deauthorize_shop


class AuthorizationAt202405:
    """`authorization` operations pinned to version 202405."""

    def __init__(self, resource: AuthorizationResource) -> None:
        self.get_category_assets = resource.get_category_assets


class AsyncAuthorizationResource:
    """What the seller's grant covers: the authorized shops and their ciphers. Async."""

    def __init__(self, client: AsyncRequester) -> None:
        self._client = client

    async def deauthorize_shop(
        self,
    ) -> DeauthorizeShopResponse:
        """Deauthorize a shop.

        Removes the app's authorization for the shop named by `shop_cipher`. The seller must authorize the
        app again before it can act for that shop.

        `DELETE /authorization/202403/shops` (shop cipher required)"""
        return await self._client.request(ops.DEAUTHORIZE_SHOP, {})

    async def get_category_assets(
        self,
    ) -> GetCategoryAssetsResponse:
        """Get authorized category assets.

        Lists the non-shop assets (such as customer-support categories of a target market) the grant covers,
        each with its own cipher, for apps that act on them instead of a shop.

        `GET /authorization/202405/category_assets`"""
        return await self._client.request(ops.GET_CATEGORY_ASSETS, {})

    async def get_shops(
        self,
    ) -> GetShopsResponse:
        """Get authorized shops.

        Lists the shops this access token may act for, each with the `cipher` that shop-scoped calls need.
        Call it right after authorization and cache the ciphers per shop.

        `GET /authorization/202309/shops`"""
        return await self._client.request(ops.GET_SHOPS, {})

    async def get_widget_token_202312(
        self,
        *,
        shop_id: int | None = None,
    ) -> GetWidgetTokenResponse:
        """Get a widget token (202312).

        Issues a short-lived token that lets a TikTok Shop web widget embedded in the partner's own pages
        act for this seller. Superseded by the 202401 version.

        `GET /authorization/202312/widget_token`

        Args:
            shop_id: Numeric id of a shop. TikTok's SDK offers it and notes it is not needed: the token
                covers the seller behind the access token."""
        return await self._client.request(
            ops.GET_WIDGET_TOKEN_202312,
            {
                "shop_id": shop_id,
            },
        )

    async def get_widget_token(
        self,
        *,
        shop_id: int | None = None,
    ) -> GetWidgetTokenResponse:
        """Get a widget token.

        Issues a short-lived token that lets a TikTok Shop web widget embedded in the partner's own pages
        act for this seller. Request a new one when it expires.

        `GET /authorization/202401/widget_token`

        Args:
            shop_id: Numeric id of a shop. TikTok's SDK offers it and notes it is not needed: the token
                covers the seller behind the access token."""
        return await self._client.request(
            ops.GET_WIDGET_TOKEN,
            {
                "shop_id": shop_id,
            },
        )


class AsyncAuthorizationResourceWithRawResponse:
    """The same operations returning `RawResponse` (status, headers, request_id, parsed model)."""

    def __init__(self, resource: AsyncAuthorizationResource) -> None:
        self.deauthorize_shop = async_raw(resource.deauthorize_shop)
        self.get_category_assets = async_raw(resource.get_category_assets)
        self.get_shops = async_raw(resource.get_shops)
        self.get_widget_token_202312 = async_raw(resource.get_widget_token_202312)
        self.get_widget_token = async_raw(resource.get_widget_token)


class AsyncAuthorizationAt202309:
    """`authorization` operations pinned to version 202309."""

    def __init__(self, resource: AsyncAuthorizationResource) -> None:
        self.get_shops = resource.get_shops


class AsyncAuthorizationAt202312:
    """`authorization` operations pinned to version 202312."""

    def __init__(self, resource: AsyncAuthorizationResource) -> None:
        self.get_widget_token = resource.get_widget_token_202312


class AsyncAuthorizationAt202401:
    """`authorization` operations pinned to version 202401."""

    def __init__(self, resource: AsyncAuthorizationResource) -> None:
        self.get_widget_token = resource.get_widget_token


class AsyncAuthorizationAt202403:
    """`authorization` operations pinned to version 202403."""

    def __init__(self, resource: AsyncAuthorizationResource) -> None:
        self.deauthorize_shop = resource.deauthorize_shop


class AsyncAuthorizationAt202405:
    """`authorization` operations pinned to version 202405."""

    def __init__(self, resource: AsyncAuthorizationResource) -> None:
        self.get_category_assets = resource.get_category_assets
