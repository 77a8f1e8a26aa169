"""What a client needs from token management: a valid access token, and a refresh on rejection."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

__all__ = ["AsyncTokenSource", "TokenSource"]


@runtime_checkable
class TokenSource(Protocol):
    """Gives the sync client an access token; :class:`tiktok_shop.TokenManager` is one."""

    def access_token(self) -> str: ...

    def refresh_after_rejection(self, rejected: str) -> str:
        """TikTok said ``rejected`` has expired: return a fresh token (refreshing at most once)."""
        ...


@runtime_checkable
class AsyncTokenSource(Protocol):
    """The async twin of :class:`TokenSource`; :class:`tiktok_shop.AsyncTokenManager` is one."""

    async def access_token(self) -> str: ...

    async def refresh_after_rejection(self, rejected: str) -> str: ...
