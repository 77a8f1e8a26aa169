"""The resource attributes of the clients, each module imported on first use.

The handwritten clients inherit these mixins and set `_requester`; static type checkers see every
resource through the `TYPE_CHECKING` imports while the runtime imports nothing until an attribute is
read."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tiktok_shop._contract import AsyncRequester, SyncRequester

    from .seller.resources import (
        AsyncSellerAt202309,
        AsyncSellerResource,
        AsyncSellerResourceWithRawResponse,
        SellerAt202309,
        SellerResource,
        SellerResourceWithRawResponse,
    )

VERSIONS: tuple[str, ...] = ("202309",)


class SyncRawResources:
    """Every resource, returning `RawResponse` objects."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def seller(self) -> SellerResourceWithRawResponse:
        from .seller.resources import SellerResourceWithRawResponse

        return SellerResourceWithRawResponse(self._resources.seller)


class SyncAt202309:
    """Operations pinned to version 202309: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: SyncResources) -> None:
        self._resources = resources

    @cached_property
    def seller(self) -> SellerAt202309:
        from .seller.resources import SellerAt202309

        return SellerAt202309(self._resources.seller)


class SyncResources:
    """The API modules of the sync client."""

    _requester: SyncRequester

    @cached_property
    def seller(self) -> SellerResource:
        """The seller account behind the access token and its shops."""
        from .seller.resources import SellerResource

        return SellerResource(self._requester)

    @cached_property
    def with_raw_response(self) -> SyncRawResources:
        """The same resources, returning `RawResponse` (status, headers, request_id) around each model."""
        return SyncRawResources(self)

    def at(self, version: str) -> Any:
        """Operations pinned to one API version, so an upgrade of this package never moves a call to a newer
        version."""
        views: dict[str, Any] = {
            "202309": SyncAt202309,
        }
        if version not in views:
            raise ValueError(f"unknown API version {version!r}; known versions: {', '.join(VERSIONS)}")
        return views[version](self)


class AsyncRawResources:
    """Every resource, returning `RawResponse` objects."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def seller(self) -> AsyncSellerResourceWithRawResponse:
        from .seller.resources import AsyncSellerResourceWithRawResponse

        return AsyncSellerResourceWithRawResponse(self._resources.seller)


class AsyncAt202309:
    """Operations pinned to version 202309: each module lists the operations TikTok serves at that version."""

    def __init__(self, resources: AsyncResources) -> None:
        self._resources = resources

    @cached_property
    def seller(self) -> AsyncSellerAt202309:
        from .seller.resources import AsyncSellerAt202309

        return AsyncSellerAt202309(self._resources.seller)


class AsyncResources:
    """The API modules of the async client."""

    _requester: AsyncRequester

    @cached_property
    def seller(self) -> AsyncSellerResource:
        """The seller account behind the access token and its shops."""
        from .seller.resources import AsyncSellerResource

        return AsyncSellerResource(self._requester)

    @cached_property
    def with_raw_response(self) -> AsyncRawResources:
        """The same resources, returning `RawResponse` (status, headers, request_id) around each model."""
        return AsyncRawResources(self)

    def at(self, version: str) -> Any:
        """Operations pinned to one API version, so an upgrade of this package never moves a call to a newer
        version."""
        views: dict[str, Any] = {
            "202309": AsyncAt202309,
        }
        if version not in views:
            raise ValueError(f"unknown API version {version!r}; known versions: {', '.join(VERSIONS)}")
        return views[version](self)
