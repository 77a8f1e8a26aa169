"""Which seller and shop a call acts for: what ``--seller`` and ``--shop`` name, or the defaults.

The token store keeps each authorized seller's tokens and links its shops (id and cipher), so a
shop can be named either way and a lone seller or a seller's first shop can be assumed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ._errors import BadInput

if TYPE_CHECKING:
    from ..auth import AuthorizedShop, SQLiteTokenStore

EXCHANGE_HINT = "authorize one with `tiktok-shop auth exchange CODE`"


def _listed(shops: list[tuple[str, str, str]]) -> str:
    return ", ".join(f"{shop_id} (seller {open_id})" for open_id, shop_id, _cipher in shops)


def seller(store: SQLiteTokenStore, wanted: str | None) -> str:
    """The ``open_id`` to act for: ``wanted`` if stored, else the only seller stored."""
    sellers = store.sellers()
    if wanted is not None:
        if wanted not in sellers:
            stored = ", ".join(sellers) if sellers else f"none ({EXCHANGE_HINT})"
            raise BadInput(f"no seller {wanted!r} in the token store; sellers stored: {stored}")
        return wanted
    if not sellers:
        raise BadInput(f"no seller in the token store: {EXCHANGE_HINT}")
    if len(sellers) > 1:
        raise BadInput(f"{len(sellers)} sellers stored, pick one with --seller: {', '.join(sellers)}")
    return sellers[0]


def named_shop(store: SQLiteTokenStore, shop: str, wanted_seller: str | None) -> tuple[str, str]:
    """``(open_id, cipher)`` of the stored shop whose id or cipher is ``shop``."""
    owner, cipher = store.seller_for_shop(shop), store.shop_cipher(shop)
    if owner is not None and cipher is not None and wanted_seller in (None, owner):
        return owner, cipher
    available = store.linked_shops(wanted_seller)
    if not available:
        raise BadInput(f"no shop {shop!r} in the token store, nor any other: `tiktok-shop auth shops` stores them")
    raise BadInput(f"no shop {shop!r} in the token store; shops available: {_listed(available)}")


def first_shop(
    store: SQLiteTokenStore, open_id: str, authorized: Callable[[], list[AuthorizedShop]]
) -> tuple[str, str, int]:
    """``(shop_id, cipher, shops stored)`` of the seller's first stored shop.

    A seller stored without its shops (tokens put by other code) gets them from ``authorized``
    (TikTok's list of authorized shops), linked in the store for next time.
    """
    linked = store.linked_shops(open_id)
    if not linked:
        for shop in authorized():
            store.link_shop(open_id, shop.id, shop.cipher)
        linked = store.linked_shops(open_id)
    if not linked:
        raise BadInput(f"seller {open_id} has authorized no shop")
    _owner, shop_id, cipher = linked[0]
    return shop_id, cipher, len(linked)
