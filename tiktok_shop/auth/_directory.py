"""Clients for many sellers' shops from one token store: a webhook's ``shop_id`` to a ready client.

Apps that serve thousands of shops keep one connection pool and one token manager per seller;
a shop-bound client is then a cheap view (``with_options``) over both.
"""

from __future__ import annotations

import asyncio
import threading

from .._client import AsyncTikTokShop, TikTokShop
from .._exceptions import TikTokShopError
from ._manager import DEFAULT_MARGIN, AsyncTokenManager, TokenManager
from ._oauth import AsyncOAuth, OAuth
from ._stores import TokenStore
from ._token import AuthorizedShop, Token

__all__ = ["AsyncShopClients", "ShopClients", "UnknownShopError"]


class UnknownShopError(TikTokShopError, LookupError):
    """No stored seller has authorized this shop: add the seller (``add_seller``) first."""


def _unknown(shop: str) -> UnknownShopError:
    return UnknownShopError(f"shop {shop} is not linked to any stored seller: authorize it and add_seller() first")


class ShopClients:
    """Shop-bound clients for every shop of every stored seller (sync).

    ``client`` carries the app credentials, hosts, retries and the connection pool; each seller
    gets one :class:`TokenManager` (created on first use and kept), so tokens refresh once per
    seller however many of its shops are in use.
    """

    def __init__(
        self, client: TikTokShop, oauth: OAuth, store: TokenStore, *, refresh_margin: float = DEFAULT_MARGIN
    ) -> None:
        self._client, self._oauth, self._store = client, oauth, store
        self._margin = refresh_margin
        self._managers: dict[str, TokenManager] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ShopClients(store={self._store!r}, sellers_in_use={len(self._managers)})"

    def add_seller(self, token: Token) -> list[AuthorizedShop]:
        """Store a seller's token and link every shop it authorized; returns those shops."""
        self._store.put(token)
        shops = self._oauth.authorized_shops(token.access_token)
        for shop in shops:
            self._store.link_shop(token.open_id, shop.id, shop.cipher)
        return shops

    def for_shop(self, shop: str) -> TikTokShop:
        """A client bound to ``shop`` (its id or cipher), with its seller's auto-refreshing tokens."""
        open_id, cipher = self._store.seller_for_shop(shop), self._store.shop_cipher(shop)
        if open_id is None or cipher is None:
            raise _unknown(shop)
        with self._lock:
            manager = self._managers.get(open_id)
            if manager is None:
                manager = self._managers[open_id] = TokenManager(
                    self._oauth, self._store, open_id, refresh_margin=self._margin
                )
        return self._client.with_options(token_source=manager, shop_cipher=cipher)


class AsyncShopClients:
    """The async twin of :class:`ShopClients`; store lookups run in a worker thread."""

    def __init__(
        self, client: AsyncTikTokShop, oauth: AsyncOAuth, store: TokenStore, *, refresh_margin: float = DEFAULT_MARGIN
    ) -> None:
        self._client, self._oauth, self._store = client, oauth, store
        self._margin = refresh_margin
        self._managers: dict[str, AsyncTokenManager] = {}

    def __repr__(self) -> str:
        return f"AsyncShopClients(store={self._store!r}, sellers_in_use={len(self._managers)})"

    async def add_seller(self, token: Token) -> list[AuthorizedShop]:
        await asyncio.to_thread(self._store.put, token)
        shops = await self._oauth.authorized_shops(token.access_token)
        for shop in shops:
            await asyncio.to_thread(self._store.link_shop, token.open_id, shop.id, shop.cipher)
        return shops

    async def for_shop(self, shop: str) -> AsyncTikTokShop:
        open_id = await asyncio.to_thread(self._store.seller_for_shop, shop)
        cipher = await asyncio.to_thread(self._store.shop_cipher, shop)
        if open_id is None or cipher is None:
            raise _unknown(shop)
        manager = self._managers.get(open_id)  # no await between get and set: no race among tasks
        if manager is None:
            manager = self._managers[open_id] = AsyncTokenManager(
                self._oauth, self._store, open_id, refresh_margin=self._margin
            )
        return self._client.with_options(token_source=manager, shop_cipher=cipher)
