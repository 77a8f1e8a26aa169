"""Models of the `authorization` module.

What the seller's grant covers: the authorized shops and their ciphers.

Generated from `spec/` by `python -m generator`; do not edit. Field tables:
`docs/api/authorization.md`."""

from tiktok_shop_generated.authorization.models import (
    Category,
    CategoryAsset,
    DeauthorizeShopResponse,
    GetCategoryAssetsResponse,
    GetShopsResponse,
    GetWidgetTokenQuery,
    GetWidgetTokenResponse,
    Shop,
    WidgetToken,
)

__all__ = [
    "Category",
    "CategoryAsset",
    "DeauthorizeShopResponse",
    "GetCategoryAssetsResponse",
    "GetShopsResponse",
    "GetWidgetTokenQuery",
    "GetWidgetTokenResponse",
    "Shop",
    "WidgetToken",
]
