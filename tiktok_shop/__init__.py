"""Typed Python client for the TikTok Shop Open API.

Importing this package is cheap: the clients, the sandbox and the generated endpoint modules
load on first use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._error_catalogue import (
    GatewayTimeoutError,
    HourlyQuotaExceededError,
    InvalidAccessTokenError,
    InvalidAppKeyError,
    InvalidAuthCodeError,
    InvalidParameterValueError,
    InvalidShopCipherError,
    IPNotAllowedError,
    MethodNotAllowedError,
    MissingScopeError,
    NotAvailableInRegionError,
    SearchTooBroadError,
    SellerDeactivatedError,
    ShopCipherNotAllowedError,
    ShopDeactivatedError,
    UnknownPathError,
    UnknownVersionError,
    WrongSellerError,
)
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ClockSkewError,
    ConfigurationError,
    InvalidParameterError,
    InvalidSignatureError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    QuotaExhaustedError,
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
    from ._scopes import missing_scopes
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
    "ConfigurationError",
    "GatewayTimeoutError",
    "HourlyQuotaExceededError",
    "IPNotAllowedError",
    "InvalidAccessTokenError",
    "InvalidAppKeyError",
    "InvalidAuthCodeError",
    "InvalidParameterError",
    "InvalidParameterValueError",
    "InvalidShopCipherError",
    "InvalidSignatureError",
    "MalformedResponseError",
    "MemoryTokenStore",
    "MethodNotAllowedError",
    "MissingScopeError",
    "NotAvailableInRegionError",
    "NotFoundError",
    "OAuth",
    "Operation",
    "PermissionDeniedError",
    "QuotaExhaustedError",
    "RateLimitError",
    "RawResponse",
    "RefreshTokenError",
    "RequestValidationError",
    "SQLiteTokenStore",
    "SearchTooBroadError",
    "SellerDeactivatedError",
    "ServerError",
    "ShopCipherNotAllowedError",
    "ShopClients",
    "ShopDeactivatedError",
    "SignedURL",
    "Signer",
    "TikTokShop",
    "TikTokShopError",
    "Token",
    "TokenExpiredError",
    "TokenManager",
    "TokenStore",
    "TokenStoreError",
    "UnknownPathError",
    "UnknownVersionError",
    "WebhookVerificationError",
    "WrongSellerError",
    "__version__",
    "authorization_url",
    "missing_scopes",
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
    "missing_scopes": "._scopes",
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
