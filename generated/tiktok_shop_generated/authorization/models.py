"""Models of the `authorization` module.

What the seller's grant covers: the authorized shops and their ciphers."""

from __future__ import annotations

from tiktok_shop._contract import RequestModel, ResponseModel

__all__ = [
    "AuthorizationCategoryAsset",
    "AuthorizationCategoryAssetCategory",
    "AuthorizationDeleteShopsResponse",
    "AuthorizationGetCategoryAssetsResponse",
    "AuthorizationGetShopsResponse",
    "AuthorizationGetWidgetToken202312Query",
    "AuthorizationGetWidgetToken202312Response",
    "AuthorizationGetWidgetTokenQuery",
    "AuthorizationGetWidgetTokenResponse",
    "AuthorizationShop",
    "AuthorizationWidgetToken",
]


class AuthorizationCategoryAsset(ResponseModel):
    """A category asset the grant covers."""

    cipher: str | None = None
    """Opaque identifier of the asset, used like a shop cipher."""

    target_market: str | None = None
    """Two-letter region code of the market the asset belongs to."""

    category: AuthorizationCategoryAssetCategory | None = None
    """The asset's category."""


class AuthorizationCategoryAssetCategory(ResponseModel):
    """The asset's category."""

    id: int | None = None
    """Category id."""

    name: str | None = None
    """Category name, e.g. `Customer Support`."""


class AuthorizationDeleteShopsResponse(ResponseModel):
    """Empty on success."""

    pass


class AuthorizationGetCategoryAssetsResponse(ResponseModel):
    """The authorized category assets."""

    category_assets: list[AuthorizationCategoryAsset] | None = None
    """Every category asset the grant covers."""


class AuthorizationGetShopsResponse(ResponseModel):
    """The authorized shops."""

    shops: list[AuthorizationShop] | None = None
    """Every shop the access token may act for."""


class AuthorizationGetWidgetToken202312Query(RequestModel):
    """Path and query parameters of AuthorizationGetWidgetToken202312."""

    shop_id: int | None = None
    """Numeric id of a shop. TikTok's SDK offers it and notes it is not needed: the token covers the seller
    behind the access token."""


class AuthorizationGetWidgetToken202312Response(ResponseModel):
    """The widget token."""

    widget_token: AuthorizationWidgetToken | None = None
    """A token for an embedded widget."""


class AuthorizationGetWidgetTokenQuery(RequestModel):
    """Path and query parameters of AuthorizationGetWidgetToken."""

    shop_id: int | None = None
    """Numeric id of a shop. TikTok's SDK offers it and notes it is not needed: the token covers the seller
    behind the access token."""


class AuthorizationGetWidgetTokenResponse(ResponseModel):
    """The widget token."""

    widget_token: AuthorizationWidgetToken | None = None
    """A token for an embedded widget."""


class AuthorizationShop(ResponseModel):
    """A shop the grant covers."""

    id: str | None = None
    """Shop id."""

    name: str | None = None
    """Shop name."""

    region: str | None = None
    """Two-letter region code of the shop's market."""

    seller_type: str | None = None
    """Whether the seller is local to the market or sells cross-border. Known values: CROSS_BORDER, LOCAL."""

    cipher: str | None = None
    """Opaque shop identifier to pass as `shop_cipher` on shop-scoped calls."""

    code: str | None = None
    """Shop code shown in Seller Center."""


class AuthorizationWidgetToken(ResponseModel):
    """A token for an embedded widget."""

    token: str | None = None
    """The widget token, passed to the widget's loader."""

    expire_at: int | None = None
    """Unix time (seconds) at which the token stops working."""
