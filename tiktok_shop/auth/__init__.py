"""Seller authorization and tokens: the OAuth flow, durable stores, auto-refreshing managers.

``RedisTokenStore`` needs the ``redis`` extra and is imported from ``tiktok_shop.auth`` on use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._directory import AsyncShopClients, ShopClients, UnknownShopError
from ._manager import AsyncTokenManager, TokenManager
from ._oauth import AsyncOAuth, OAuth, authorization_url
from ._stores import MemoryTokenStore, SQLiteTokenStore, TokenStore, TokenTransaction, default_store_path
from ._token import AuthorizedShop, Token

if TYPE_CHECKING:
    from ._redis import RedisTokenStore

__all__ = [
    "AsyncOAuth",
    "AsyncShopClients",
    "AsyncTokenManager",
    "AuthorizedShop",
    "MemoryTokenStore",
    "OAuth",
    "RedisTokenStore",
    "SQLiteTokenStore",
    "ShopClients",
    "Token",
    "TokenManager",
    "TokenStore",
    "TokenTransaction",
    "UnknownShopError",
    "authorization_url",
    "default_store_path",
]


def __getattr__(name: str) -> Any:
    if name == "RedisTokenStore":
        from ._redis import RedisTokenStore

        return RedisTokenStore
    raise AttributeError(f"module 'tiktok_shop.auth' has no attribute {name!r}")
