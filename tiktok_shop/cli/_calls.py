"""``tiktok-shop call``: a client over the stored tokens, one operation, its result on stdout.

stdout carries only data (JSON, or JSON Lines with ``--jsonl``); notes and the progress bar go
to stderr, so the output can be piped into ``jq`` or a file while the terminal shows progress.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import closing
from typing import Any

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.progress import BarColumn, Progress, ProgressColumn, Task, TextColumn, TimeElapsedColumn
from rich.text import Text

from .._client import TikTokShop
from .._contract import Operation
from .._pipeline import prepare
from . import _context as ctx
from . import _shops
from ._errors import BadInput


def _plain(value: Any) -> Any:
    return value.model_dump(mode="json", exclude_none=True) if isinstance(value, BaseModel) else value


def call_operation(
    op: Operation[Any],
    arguments: dict[str, Any],
    *,
    shop: str | None,
    seller: str | None,
    all_pages: bool,
    jsonl: bool,
) -> None:
    from ..auth import OAuth, TokenManager

    if op.pagination is None and all_pages:
        raise BadInput(f"{op.id} is not paginated: drop --all-pages")
    key, secret, hosts = ctx.app_key(), ctx.app_secret(), ctx.endpoints()
    store = ctx.token_store()
    if shop is not None:
        open_id, cipher = _shops.named_shop(store, shop, seller)
    else:
        open_id, cipher = _shops.seller(store, seller), None
    with closing(OAuth(app_key=key, app_secret=secret, **hosts)) as oauth:
        tokens = TokenManager(oauth, store, open_id)
        chosen = None
        if op.shop_scoped and cipher is None:
            shop_id, cipher, count = _shops.first_shop(
                store, open_id, lambda: oauth.authorized_shops(tokens.access_token())
            )
            chosen = f"using shop {shop_id}, the first of {count} stored for seller {open_id} (--shop picks another)"
        with TikTokShop(app_key=key, app_secret=secret, token_source=tokens, shop_cipher=cipher, **hosts) as client:
            prepare(op, arguments, client.config)  # bad arguments fail here, before any note or request
            if chosen:
                ctx.note(chosen)
            _print(client, op, arguments, all_pages=all_pages, jsonl=jsonl)


def _print(client: TikTokShop, op: Operation[Any], arguments: dict[str, Any], *, all_pages: bool, jsonl: bool) -> None:
    if not all_pages:
        typer.echo(ctx.dump(_plain(client.request(op, arguments))))
    elif jsonl:
        for batch in _pages(client, op, arguments):
            sys.stdout.write("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in batch))
            sys.stdout.flush()  # each page reaches the reader as soon as it is fetched
    else:
        typer.echo(ctx.dump([item for batch in _pages(client, op, arguments) for item in batch]))


class _Rate(ProgressColumn):
    """Items per second (rich's own speed column counts bytes)."""

    def render(self, task: Task) -> Text:
        return Text(f"{task.speed:,.0f} items/s" if task.speed else "- items/s", style="progress.data.speed")


def _pages(client: TikTokShop, op: Operation[Any], arguments: dict[str, Any]) -> Iterator[list[Any]]:
    """The items of each page as plain JSON values, with a progress bar on stderr."""
    assert op.pagination is not None
    items = op.pagination.items
    columns = (
        TextColumn(op.id),
        BarColumn(),
        TextColumn("{task.completed:,.0f} items, {task.fields[pages]} pages"),
        _Rate(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=Console(stderr=True)) as progress:
        task = progress.add_task(op.id, total=None, pages=0)
        for number, page in enumerate(client.paginate(op, arguments).pages(), start=1):
            batch = [_plain(item) for item in getattr(page, items, None) or []]
            total = getattr(page, "total_count", None)
            progress.update(task, advance=len(batch), total=total, pages=number)
            yield batch
