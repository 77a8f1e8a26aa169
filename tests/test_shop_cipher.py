"""``shop_cipher`` where it belongs: required, optional or forbidden per operation, over HTTP.

A client bound to a shop (``shop_cipher=`` or ``.shop(cipher)``) sends the cipher to operations
that require or accept it and never to one that forbids it; the sandbox, like TikTok, refuses a
forbidden cipher (36009004 naming it) and a missing required one (106013). What went on the wire is
read from httpx's own request hook, and the sandbox's answer is the judge of whether it was right.
The spec's rules are checked against TikTok's documentation pages (``data/tiktok_docs_api_meta.tsv``)
and the forbidden paths integrators report (``../shared/reference/README.md``).
"""

from __future__ import annotations

import asyncio
import csv
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import tiktok_shop
from tiktok_shop import AsyncTikTokShop, RequestValidationError, TikTokShop
from tiktok_shop._contract import Operation
from tiktok_shop._registry import operations
from tiktok_shop.sandbox import Sandbox

from .conftest import SHARED

DOCS = Path(__file__).resolve().parent / "data" / "tiktok_docs_api_meta.tsv"
REQUIRED = tiktok_shop.operation("POST", "/order/202309/orders/search")
OPTIONAL = tiktok_shop.operation("POST", "/fulfillment/202309/packages/search")
FORBIDDEN = tiktok_shop.operation("GET", "/authorization/202309/shops")
ARGUMENTS: dict[str, dict[str, Any]] = {REQUIRED.id: {"page_size": 5}, OPTIONAL.id: {"page_size": 5}, FORBIDDEN.id: {}}


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(orders=6, products=2, seed=3) as server:
        yield server


def _sent_ciphers(sb: Sandbox, op: Operation[Any], shop: str | None, *, run_async: bool) -> list[str | None]:
    """Call ``op`` with a client bound to ``shop`` (or to none); the ``shop_cipher`` each request carried."""
    sent: list[str | None] = []
    options = {**sb.credentials(), "shop_cipher": shop, "max_retries": 0}

    def record(request: httpx.Request) -> None:
        sent.append(request.url.params.get("shop_cipher"))

    async def arecord(request: httpx.Request) -> None:
        record(request)

    if run_async:

        async def call() -> None:
            async with (
                httpx.AsyncClient(event_hooks={"request": [arecord]}) as http,
                AsyncTikTokShop(**options, http_client=http) as client,
            ):
                await client.request(op, ARGUMENTS[op.id])

        asyncio.run(call())
    else:
        with httpx.Client(event_hooks={"request": [record]}) as http, TikTokShop(**options, http_client=http) as client:
            client.request(op, ARGUMENTS[op.id])
    return sent


@pytest.mark.parametrize("run_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("op", [REQUIRED, OPTIONAL, FORBIDDEN], ids=lambda op: op.shop_cipher)
def test_a_shop_bound_client_sends_the_cipher_only_where_the_operation_takes_one(
    sandbox: Sandbox, op: Operation[Any], run_async: bool
) -> None:
    shop = sandbox.sellers[0].shops[1].cipher  # the seller's second shop: not the sandbox's default
    sent = _sent_ciphers(sandbox, op, shop, run_async=run_async)  # the sandbox accepted it: no error
    assert sent == ([None] if op.shop_cipher == "forbidden" else [shop])


@pytest.mark.parametrize("run_async", [False, True], ids=["sync", "async"])
def test_a_client_bound_to_no_shop_calls_optional_and_forbidden_operations(sandbox: Sandbox, run_async: bool) -> None:
    assert _sent_ciphers(sandbox, OPTIONAL, None, run_async=run_async) == [None]
    assert _sent_ciphers(sandbox, FORBIDDEN, None, run_async=run_async) == [None]
    mark = len(sandbox.requests)
    with pytest.raises(RequestValidationError, match="shop_cipher"):
        _sent_ciphers(sandbox, REQUIRED, None, run_async=run_async)
    assert len(sandbox.requests) == mark, "refused before anything was sent"


# -- the spec's rules against TikTok's documentation and the reported forbidden paths ---------------
def _docs() -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    with DOCS.open(encoding="utf-8") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {
            (row["method"], row["path"]): (row["shop_cipher"], tuple(s for s in row["scopes"].split(",") if s))
            for row in rows
        }


def test_the_spec_takes_shop_cipher_as_tiktoks_documentation_pages_say() -> None:
    docs = _docs()
    rule = {"required": "required", "optional": "optional", "absent": "forbidden"}
    compared = 0
    for op in operations():
        page = docs.get((op.method, op.path))
        if page is None:
            continue
        compared += 1
        assert op.shop_cipher == rule[page[0]], (op.method, op.path)
    assert compared >= 150


def test_the_reported_forbidden_paths_are_forbidden_in_the_spec() -> None:
    if not (SHARED / "README.md").exists():
        pytest.skip("needs ../shared/reference")
    reported = re.compile(
        r"^/product/\d+/(global_products.*|files/upload|images/upload)$|^/(authorization|seller)/"
    )  # the facts, "shop_cipher is not allowed on some operations"
    matched = [
        op for op in operations() if reported.search(op.path) or (op.method, op.path[-7:]) == ("POST", "/brands")
    ]
    assert len(matched) >= 10
    for op in matched:
        exception = op.method == "DELETE" and op.path == "/authorization/202403/shops"  # see spec/NOTES.md
        assert op.shop_cipher == ("required" if exception else "forbidden"), (op.method, op.path)
