"""Which operations a seller's token cannot call, told before calling them.

TikTok grants operations by API scope ("API packages" in Partner Center); a token carries the
scopes the seller granted when authorizing (``Token.granted_scopes``), and an operation outside them
fails with 105005 (:class:`~tiktok_shop.MissingScopeError`). The spec records each operation's
scope where TikTok's documentation gives it (``Operation.scopes``); operations without one are
never reported missing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._contract import Operation
from ._registry import find, operations
from .auth._token import Token

__all__ = ["missing_scopes"]


def missing_scopes(
    token: Token | Iterable[str], of: Iterable[Operation[Any] | str] | None = None
) -> dict[str, tuple[str, ...]]:
    """The operations the token's scopes do not grant: operationId -> the scopes any one of which would.

    ``token`` is a :class:`Token` or its ``granted_scopes``; ``of`` lists operations (descriptors, or
    names: an operationId ``OrderSearchOrders``, ``order.search_orders`` or
    ``POST /order/202309/orders/search``), by default every operation.
    """
    granted = set(token.granted_scopes if isinstance(token, Token) else token)
    chosen = operations() if of is None else [find(op) if isinstance(op, str) else op for op in of]
    return {op.id: op.scopes for op in chosen if op.scopes and granted.isdisjoint(op.scopes)}
