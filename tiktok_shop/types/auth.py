"""Models of the `auth` module.

Token endpoints of the auth host (auth.tiktok-shops.com). They are not signed and take the app
secret in the query string, so they are called only by the SDK's token manager.

Generated from `spec/` by `python -m generator`; do not edit. Field tables: `docs/api/auth.md`."""

from tiktok_shop_generated.auth.models import (
    GetTokenQuery,
    GetTokenResponse,
    RefreshTokenQuery,
    RefreshTokenResponse,
)

__all__ = [
    "GetTokenQuery",
    "GetTokenResponse",
    "RefreshTokenQuery",
    "RefreshTokenResponse",
]
