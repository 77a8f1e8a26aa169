"""Token managers: hand clients a valid access token, refreshing exactly once when needed.

Single flight at two levels: a lock in the process (threads or tasks wait for the one
refresh under way) and the store's ``refreshing`` lock across processes. Inside both, the token
is re-read: if someone else already refreshed, their token is used and no request is made.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from .._exceptions import RefreshTokenError, TikTokShopError, TokenStoreError
from .._redaction import redact
from ._oauth import AsyncOAuth, OAuth
from ._stores import TokenStore
from ._token import Token

__all__ = ["AsyncTokenManager", "TokenManager"]

DEFAULT_MARGIN = 30 * 60.0


@contextmanager
def _store_failures(store: TokenStore) -> Iterator[None]:
    """A store's own exceptions (sqlite3, redis, a lock timeout) as :class:`TokenStoreError`."""
    try:
        yield
    except TikTokShopError:
        raise
    except Exception as exc:
        raise TokenStoreError(f"the token store {store!r} failed: {type(exc).__name__}: {redact(str(exc))}") from exc


def _fresh(token: Token, stale: str | None, margin: float) -> bool:
    """True when ``token`` can be used: not the rejected one and not about to expire."""
    return token.access_token != stale and not token.expires_within(margin)


class TokenManager:
    """A valid access token for one seller, from ``store``; refreshes through ``oauth``.

    Refreshes ``refresh_margin`` seconds before expiry, and when TikTok rejects a token as expired
    (the client then retries the call once).
    """

    def __init__(
        self, oauth: OAuth, store: TokenStore, open_id: str, *, refresh_margin: float = DEFAULT_MARGIN
    ) -> None:
        self._oauth, self._store, self.open_id = oauth, store, open_id
        self._margin = refresh_margin
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"TokenManager(open_id={self.open_id!r}, store={self._store!r})"

    def _current(self) -> Token:
        token = self._store.get(self.open_id)
        if token is None:
            raise RefreshTokenError(
                f"no token stored for seller {self.open_id}: authorize first",
                code=None,
                request_id=None,
                status_code=0,
            )
        return token

    def access_token(self) -> str:
        with _store_failures(self._store):
            token = self._current()
            if not token.expires_within(self._margin):
                return token.access_token
            return self._refresh(stale=token.access_token)

    def refresh_after_rejection(self, rejected: str) -> str:
        with _store_failures(self._store):
            return self._refresh(stale=rejected)

    def _refresh(self, stale: str | None) -> str:
        with self._lock:
            token = self._current()
            if _fresh(token, stale, self._margin):
                return token.access_token
            with self._store.refreshing(self.open_id) as transaction:
                token = transaction.get() or token
                if _fresh(token, stale, self._margin):
                    return token.access_token
                new = self._oauth.refresh(token.refresh_token)
                transaction.put(new)  # durable before anyone uses new.access_token
                return new.access_token


class AsyncTokenManager:
    """The async twin of :class:`TokenManager`; store calls run in a worker thread."""

    def __init__(
        self, oauth: AsyncOAuth, store: TokenStore, open_id: str, *, refresh_margin: float = DEFAULT_MARGIN
    ) -> None:
        self._oauth, self._store, self.open_id = oauth, store, open_id
        self._margin = refresh_margin
        self._lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"AsyncTokenManager(open_id={self.open_id!r}, store={self._store!r})"

    async def _current(self) -> Token:
        token = await asyncio.to_thread(self._store.get, self.open_id)
        if token is None:
            raise RefreshTokenError(
                f"no token stored for seller {self.open_id}: authorize first",
                code=None,
                request_id=None,
                status_code=0,
            )
        return token

    async def access_token(self) -> str:
        with _store_failures(self._store):
            token = await self._current()
            if not token.expires_within(self._margin):
                return token.access_token
            return await self._refresh(stale=token.access_token)

    async def refresh_after_rejection(self, rejected: str) -> str:
        with _store_failures(self._store):
            return await self._refresh(stale=rejected)

    async def _refresh(self, stale: str | None) -> str:
        async with self._lock:
            token = await self._current()
            if _fresh(token, stale, self._margin):
                return token.access_token
            context = self._store.refreshing(self.open_id)
            transaction = await asyncio.to_thread(context.__enter__)
            try:
                stored: Token | None = await asyncio.to_thread(transaction.get)
                token = stored or token
                if _fresh(token, stale, self._margin):
                    return token.access_token
                new = await self._oauth.refresh(token.refresh_token)
                await asyncio.to_thread(transaction.put, new)
                return new.access_token
            finally:
                await asyncio.to_thread(context.__exit__, None, None, None)
