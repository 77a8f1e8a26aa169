"""Typed Python client for the TikTok Shop Open API.

Importing this package is cheap: the clients, the sandbox and the generated endpoint modules
load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ClockSkewError,
    InvalidParameterError,
    InvalidSignatureError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    RefreshTokenError,
    RequestValidationError,
    ServerError,
    TikTokShopError,
    TokenExpiredError,
    TokenStoreError,
    WebhookVerificationError,
)
from ._version import __version__
from .signing import SignedURL, Signer, sign, sign_url

if TYPE_CHECKING:
    from ._client import AsyncTikTokShop, TikTokShop
    from ._contract import Operation, RawResponse
    from ._registry import operation, operations
    from .auth import (
        AsyncOAuth,
        AsyncShopClients,
        AsyncTokenManager,
        MemoryTokenStore,
        OAuth,
        ShopClients,
        SQLiteTokenStore,
        Token,
        TokenManager,
        TokenStore,
        authorization_url,
    )

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncOAuth",
    "AsyncShopClients",
    "AsyncTikTokShop",
    "AsyncTokenManager",
    "AuthenticationError",
    "ClockSkewError",
    "InvalidParameterError",
    "InvalidSignatureError",
    "MalformedResponseError",
    "MemoryTokenStore",
    "NotFoundError",
    "OAuth",
    "Operation",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "RefreshTokenError",
    "RequestValidationError",
    "SQLiteTokenStore",
    "ServerError",
    "ShopClients",
    "SignedURL",
    "Signer",
    "TikTokShop",
    "TikTokShopError",
    "Token",
    "TokenExpiredError",
    "TokenManager",
    "TokenStore",
    "TokenStoreError",
    "WebhookVerificationError",
    "__version__",
    "authorization_url",
    "operation",
    "operations",
    "sign",
    "sign_url",
]

_LAZY = {
    "TikTokShop": "._client",
    "AsyncTikTokShop": "._client",
    "Operation": "._contract",
    "RawResponse": "._contract",
    "operation": "._registry",
    "operations": "._registry",
    **{
        name: ".auth"
        for name in (
            "AsyncOAuth",
            "AsyncShopClients",
            "AsyncTokenManager",
            "MemoryTokenStore",
            "OAuth",
            "SQLiteTokenStore",
            "ShopClients",
            "Token",
            "TokenManager",
            "TokenStore",
            "authorization_url",
        )
    },
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'tiktok_shop' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value
