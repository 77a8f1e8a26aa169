"""A deprecated operation version warns once per process, at the caller's line, naming the replacement."""

from __future__ import annotations

import dataclasses
import warnings
from typing import Any

import tiktok_shop
from tiktok_shop import AsyncTikTokShop, TikTokShop
from tiktok_shop._contract import Deprecation, Operation

SHOPS = ("GET", "/authorization/202309/shops")


def _deprecated(op_id: str) -> Operation[Any]:
    """The real get_shops descriptor, marked the way the generator marks an `x-tts-deprecated` version."""
    op = tiktok_shop.operation(*SHOPS)
    return dataclasses.replace(
        op, id=op_id, deprecation=Deprecation(since="2026-01-01", retire_on="2026-06-30", use="authorization.get_shops")
    )


def _ours(caught: list[warnings.WarningMessage]) -> list[warnings.WarningMessage]:
    """Our deprecation warnings only: a ResourceWarning from another test's garbage may land here too."""
    return [w for w in caught if issubclass(w.category, DeprecationWarning) and "deprecated since" in str(w.message)]


def test_calling_a_deprecated_version_warns_once_at_the_callers_line(client: TikTokShop) -> None:
    op = _deprecated("SyncDeprecatedGetShops")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = client.request(op, {})
        client.request(op, {})
        client.with_raw_response.authorization.get_shops()  # not deprecated: no warning
    assert first.shops
    caught = _ours(caught)
    assert [w.category for w in caught] == [DeprecationWarning]
    message = str(caught[0].message)
    assert "authorization.get_shops at version 202309 (GET /authorization/202309/shops)" in message
    assert "deprecated since 2026-01-01 and retires on 2026-06-30; use authorization.get_shops instead" in message
    assert caught[0].filename == __file__


async def test_async_calls_warn_once_too(aclient: AsyncTikTokShop) -> None:
    op = _deprecated("AsyncDeprecatedGetShops")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        await aclient.request(op, {})
        await aclient.request(op, {})
    caught = _ours(caught)
    assert len(caught) == 1
    assert caught[0].filename == __file__


def test_operations_without_a_mark_are_not_deprecated() -> None:
    assert not any(op.deprecated for op in tiktok_shop.operations())
