"""The order sync's drivers: the sync and async loops that run a :class:`~._walk.ShopWalk` against TikTok.

Both loops do the same thing: plan the run up to TikTok's clock, search, split a window TikTok
finds too broad, hand out the fresh orders one by one, and write the checkpoint after each page
(and when the caller stops early). An order counts as handed out once the caller asks for the
next one; the caller's own processing of an order therefore happens before it is checkpointed.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from .._exceptions import APIError, RequestValidationError
from ._stores import CheckpointStore, SQLiteCheckpointStore
from ._walk import SEARCH_LIMIT, SEARCH_TOO_BROAD, Checkpoint, ShopWalk

if TYPE_CHECKING:
    from tiktok_shop_generated.order.models import Order, SearchOrdersResponse

    from .._client import AsyncTikTokShop, TikTokShop
    from ..auth import AsyncShopClients, ShopClients

__all__ = ["AsyncOrderSync", "OrderSync", "default_checkpoint_path"]

DEFAULT_OVERLAP = 300
"""Seconds each run re-reads before the last checkpoint: an order TikTok indexes late is still found."""


def default_checkpoint_path() -> Path:
    """``order_sync.sqlite3`` next to the default token store, in the user's data directory (0700)."""
    from ..auth._stores import default_store_path

    return default_store_path().with_name("order_sync.sqlite3")


def _tiktok_now(offset: int) -> int:
    return int(time.time()) + offset


def _shop_key(shop: str | None, cipher: str | None) -> str:
    key = shop or cipher
    if not key:
        raise RequestValidationError("OrderSync.orders", [("shop", "name it, or use a client bound to a shop_cipher")])
    return key


class _Settings:
    def __init__(self, store: CheckpointStore | None, overlap: int, page_size: int, since: int) -> None:
        problems = [("overlap", "must be at least 1 second")] if overlap < 1 else []
        problems += [("page_size", "must be between 1 and 100")] if not 1 <= page_size <= 100 else []
        if problems:
            raise RequestValidationError("OrderSync", problems)
        self.store: CheckpointStore = store if store is not None else SQLiteCheckpointStore(default_checkpoint_path())
        self.overlap, self.page_size, self.since = overlap, page_size, since

    def walk(self, checkpoint: Checkpoint) -> ShopWalk:
        return ShopWalk(checkpoint, self.overlap, self.page_size, start=self.since, limit=SEARCH_LIMIT)


def _too_broad(error: APIError, walk: ShopWalk) -> bool:
    """True when TikTok refused the search as too broad and the window could be halved."""
    return error.code == SEARCH_TOO_BROAD and walk.split()


class OrderSync:
    """Hands out every order change of a shop once, run after run, from a checkpoint per shop.

    Each run covers ``update_time`` from the shop's checkpoint minus ``overlap`` seconds up to
    TikTok's clock when the run starts (a first run starts at ``since``). Promise: every change
    ``(order id, update_time)`` made before a run starts is handed out by that run or an earlier
    one, and each is handed out once, except after a crash: the changes handed out since the last
    checkpoint write (at most one page, ``page_size`` orders, per shop) are handed out again.
    """

    def __init__(
        self,
        store: CheckpointStore | None = None,
        *,
        overlap: int = DEFAULT_OVERLAP,
        page_size: int = 100,
        since: int = 0,
    ) -> None:
        self._settings = _Settings(store, overlap, page_size, since)

    def __repr__(self) -> str:
        s = self._settings
        return f"OrderSync(store={s.store!r}, overlap={s.overlap}, page_size={s.page_size})"

    def orders(self, client: TikTokShop, shop: str | None = None) -> Iterator[Order]:
        """The orders changed since the shop's checkpoint, oldest change first.

        ``shop`` names the checkpoint (default: the client's ``shop_cipher``).
        """
        key = _shop_key(shop, client.config.shop_cipher)
        walk = self._settings.walk(self._settings.store.load(key))
        planned_with = client.clock_offset
        walk.plan(_tiktok_now(planned_with))
        try:
            while (arguments := walk.search()) is not None:
                try:
                    page: SearchOrdersResponse = client.order.search_orders(**arguments)
                except APIError as error:
                    if _too_broad(error, walk):
                        continue
                    raise
                if walk.answered(_tiktok_now(client.clock_offset), client.clock_offset != planned_with):
                    continue
                for order in walk.take(page.orders, page.total_count, page.next_page_token):
                    yield order
                    walk.acknowledge(order)
                self._settings.store.save(key, walk.progress())
        finally:
            self._settings.store.save(key, walk.progress())

    def shops(self, clients: ShopClients, shops: Iterable[str]) -> Iterator[tuple[str, Order]]:
        """``(shop, order)`` for each shop in turn (ids or ciphers, as ``clients`` knows them)."""
        for shop in shops:
            for order in self.orders(clients.for_shop(shop), shop):
                yield shop, order


class AsyncOrderSync:
    """:class:`OrderSync` for asyncio: the same runs and promise; store calls run in a worker thread."""

    def __init__(
        self,
        store: CheckpointStore | None = None,
        *,
        overlap: int = DEFAULT_OVERLAP,
        page_size: int = 100,
        since: int = 0,
    ) -> None:
        self._settings = _Settings(store, overlap, page_size, since)

    def __repr__(self) -> str:
        s = self._settings
        return f"AsyncOrderSync(store={s.store!r}, overlap={s.overlap}, page_size={s.page_size})"

    async def orders(self, client: AsyncTikTokShop, shop: str | None = None) -> AsyncIterator[Order]:
        """The orders changed since the shop's checkpoint, oldest change first (see :class:`OrderSync`)."""
        key = _shop_key(shop, client.config.shop_cipher)
        store = self._settings.store
        walk = self._settings.walk(await asyncio.to_thread(store.load, key))
        planned_with = client.clock_offset
        walk.plan(_tiktok_now(planned_with))
        try:
            while (arguments := walk.search()) is not None:
                try:
                    page: SearchOrdersResponse = await client.order.search_orders(**arguments)
                except APIError as error:
                    if _too_broad(error, walk):
                        continue
                    raise
                if walk.answered(_tiktok_now(client.clock_offset), client.clock_offset != planned_with):
                    continue
                for order in walk.take(page.orders, page.total_count, page.next_page_token):
                    yield order
                    walk.acknowledge(order)
                await asyncio.to_thread(store.save, key, walk.progress())
        finally:
            await asyncio.to_thread(store.save, key, walk.progress())

    async def shops(self, clients: AsyncShopClients, shops: Iterable[str]) -> AsyncIterator[tuple[str, Order]]:
        """``(shop, order)`` for each shop in turn (ids or ciphers, as ``clients`` knows them)."""
        for shop in shops:
            async for order in self.orders(await clients.for_shop(shop), shop):
                yield shop, order
