"""Models of the `authorization` module.

What the seller's grant covers: the authorized shops and their ciphers."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from tiktok_shop._contract import NullAsEmpty, OpenEnum, RequestModel, ResponseModel

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


class Category(ResponseModel):
    """The asset's category."""

    id: int | None = None
    """Category id."""

    name: str | None = None
    """Category name, e.g. `Customer Support`."""


class CategoryAsset(ResponseModel):
    """A category asset the grant covers."""

    cipher: str | None = None
    """Opaque identifier of the asset, used like a shop cipher."""

    target_market: str | None = None
    """Two-letter region code of the market the asset belongs to."""

    category: Category | None = None
    """The asset's category."""


class DeauthorizeShopResponse(ResponseModel):
    """Empty on success."""

    pass


class GetCategoryAssetsResponse(ResponseModel):
    """The authorized category assets."""

    category_assets: NullAsEmpty[list[CategoryAsset]] = Field(default_factory=list)
    """Every category asset the grant covers."""


class GetShopsResponse(ResponseModel):
    """The authorized shops."""

    shops: NullAsEmpty[list[Shop]] = Field(default_factory=list)
    """Every shop the access token may act for."""


class GetWidgetTokenQuery(RequestModel):
    """Path and query parameters of AuthorizationGetWidgetToken202312."""

    shop_id: int | None = Field(default=None, strict=True)
    """Numeric id of a shop. TikTok's SDK offers it and notes it is not needed: the token covers the seller
    behind the access token."""


class GetWidgetTokenResponse(ResponseModel):
    """The widget token."""

    widget_token: WidgetToken | None = None
    """A token for an embedded widget."""


class Shop(ResponseModel):
    """A shop the grant covers."""

    id: str | None = None
    """Shop id."""

    name: str | None = None
    """Shop name."""

    region: str | None = None
    """Two-letter region code of the shop's market."""

    seller_type: OpenEnum[Literal["CROSS_BORDER", "LOCAL"]] | None = None
    """Whether the seller is local to the market or sells cross-border."""

    cipher: str | None = None
    """Opaque shop identifier to pass as `shop_cipher` on shop-scoped calls."""

    code: str | None = None
    """Shop code shown in Seller Center."""


class WidgetToken(ResponseModel):
    """A token for an embedded widget."""

    token: str | None = None
    """The widget token, passed to the widget's loader."""

    expire_at: int | None = None
    """Unix time (seconds) at which the token stops working."""
