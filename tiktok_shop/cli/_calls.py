"""``tiktok-shop call``: build a client from the stored tokens and print one operation's result."""

from __future__ import annotations

from typing import Any

import typer
from pydantic import BaseModel

from .._client import TikTokShop
from .._contract import Operation
from . import _context as ctx


def stored_client(*, shop: str | None, seller: str | None) -> TikTokShop:
    """A client with a token manager over the default store, bound to ``shop`` when given."""
    from ..auth import OAuth, TokenManager

    store = ctx.token_store()
    if seller is None and shop is not None:
        seller = store.seller_for_shop(shop)
    if seller is None:
        sellers = store.sellers()
        if len(sellers) != 1:
            raise ValueError(
                "no seller stored; run `tiktok-shop auth exchange CODE`"
                if not sellers
                else f"several sellers stored ({', '.join(sellers)}): pass --seller"
            )
        seller = sellers[0]
    key, secret = ctx.app_key(), ctx.app_secret()
    oauth = OAuth(app_key=key, app_secret=secret, **ctx.endpoints())
    return TikTokShop(
        app_key=key,
        app_secret=secret,
        token_source=TokenManager(oauth, store, seller),
        shop_cipher=shop,
        **ctx.endpoints(),
    )


def _plain(value: Any) -> Any:
    return value.model_dump(mode="json", exclude_none=True) if isinstance(value, BaseModel) else value


def call_operation(
    op: Operation[Any],
    arguments: dict[str, Any],
    *,
    all_pages: bool,
    shop: str | None,
    seller: str | None,
    as_json: bool,
) -> None:
    with stored_client(shop=shop, seller=seller) as client:
        if all_pages:
            if op.pagination is None:
                raise ValueError(f"{op.id} is not paginated")
            _print_all(client, op, arguments, as_json=as_json)
            return
        result = client.request(op, arguments)
    typer.echo(ctx.dump(_plain(result)))


def _print_all(client: TikTokShop, op: Operation[Any], arguments: dict[str, Any], *, as_json: bool) -> None:
    from rich.progress import Progress

    items: list[Any] = []
    assert op.pagination is not None
    with Progress(transient=True, disable=as_json) as progress:
        task = progress.add_task(f"{op.module}.{op.name}", total=None)
        for page in client.paginate(op, arguments).pages():
            batch = getattr(page, op.pagination.items, None) or []
            items.extend(_plain(item) for item in batch)
            total = getattr(page, "total_count", None)
            progress.update(task, advance=len(batch), total=total)
    typer.echo(ctx.dump(items))
