"""``tiktok-shop auth``: authorize a seller and keep its tokens in the default SQLite store."""

from __future__ import annotations

import secrets
from contextlib import closing
from typing import TYPE_CHECKING, Annotated

import typer

from . import _context as ctx
from . import _shops

if TYPE_CHECKING:
    from ..auth import OAuth, SQLiteTokenStore

app = typer.Typer(help="Seller authorization and tokens (stored in the default SQLite store).", no_args_is_help=True)


def _oauth() -> OAuth:
    from ..auth import OAuth

    return OAuth(app_key=ctx.app_key(), app_secret=ctx.app_secret(), **ctx.endpoints())


def _sellers(store: SQLiteTokenStore, seller: str | None) -> list[str]:
    """``--seller`` checked against the store, or every stored seller."""
    return [_shops.seller(store, seller)] if seller else store.sellers()


@app.command("url")
def url(
    service_id: Annotated[str, typer.Argument(help="The app's service id (not its app key).")],
    state: Annotated[str | None, typer.Option(help="State to round-trip (default: random).")] = None,
    region: Annotated[str, typer.Option(help="global or us")] = "global",
) -> None:
    """Print the URL to send a seller to for authorization."""
    from ..auth import authorization_url

    typer.echo(authorization_url(service_id, state or secrets.token_urlsafe(16), region=region))


@app.command("exchange")
def exchange(code: Annotated[str, typer.Argument(help="The `code` of the authorization redirect.")]) -> None:
    """Exchange an auth code for tokens and store them with the seller's shops."""
    store = ctx.token_store()
    with closing(_oauth()) as oauth:
        token = oauth.exchange_code(code)
        store.put(token)
        shops = oauth.authorized_shops(token.access_token)
    for shop in shops:
        store.link_shop(token.open_id, shop.id, shop.cipher)
    typer.echo(f"authorized seller {token.seller_name or ''} (open_id {token.open_id})")
    typer.echo(f"access token valid until {token.access_token_expires_at.isoformat()}; stored in {store.path}")
    for shop in shops:
        typer.echo(f"  shop {shop.id} {shop.name or ''} [{shop.region or ''}] cipher {shop.cipher}")


@app.command("refresh")
def refresh(seller: Annotated[str | None, typer.Option(help="open_id (default: every stored seller).")] = None) -> None:
    """Refresh stored tokens now (the rotated refresh token is stored before anything uses it)."""
    from ..auth import TokenManager

    store = ctx.token_store()
    with closing(_oauth()) as oauth:
        for open_id in _sellers(store, seller):
            current = store.get(open_id)
            if current is None:
                raise ValueError(f"no token stored for seller {open_id}")
            TokenManager(oauth, store, open_id).refresh_after_rejection(current.access_token)
            renewed = store.get(open_id)
            assert renewed is not None
            typer.echo(f"refreshed seller {open_id}: valid until {renewed.access_token_expires_at.isoformat()}")


@app.command("shops")
def shops(seller: Annotated[str | None, typer.Option(help="open_id (default: every stored seller).")] = None) -> None:
    """List the authorized shops of the stored sellers (and remember their ciphers)."""
    from ..auth import TokenManager

    store = ctx.token_store()
    with closing(_oauth()) as oauth:
        for open_id in _sellers(store, seller):
            token = TokenManager(oauth, store, open_id).access_token()
            for shop in oauth.authorized_shops(token):
                store.link_shop(open_id, shop.id, shop.cipher)
                typer.echo(f"{open_id}\t{shop.id}\t{shop.region or ''}\t{shop.name or ''}\t{shop.cipher}")
