"""``tiktok-shop sandbox`` and ``tiktok-shop demo``."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from . import _context as ctx


def sandbox(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0 picks a free one).")] = 8765,
    orders: Annotated[int, typer.Option(help="Orders generated per shop.")] = 500,
    products: Annotated[int, typer.Option(help="Products generated per shop.")] = 50,
) -> None:
    """Serve the sandbox. App key/secret come from TIKTOK_SHOP_APP_KEY/_SECRET when set."""
    from ..sandbox import Sandbox

    key, secret = os.environ.get(ctx.APP_KEY_ENV), os.environ.get(ctx.SECRET_ENV)
    server = Sandbox(port=port, orders=orders, products=products, app_key=key, app_secret=secret)
    server.start()
    typer.echo(f"sandbox listening on {server.base_url} (auth host {server.auth_base_url})")
    typer.echo(f"app key: {server.app_key}")
    if secret:
        typer.echo(f"app secret: from {ctx.SECRET_ENV}")
    else:
        # A throwaway secret of this sandbox process only; it authenticates nothing real.
        typer.echo(f"sandbox-only app secret: {server.app_secret}")
    for seller in server.sellers:
        typer.echo(f"seller {seller.open_id}: auth code {server.issue_auth_code(seller.open_id)}")
    typer.echo(f"export {ctx.BASE_URL_ENV}={server.base_url} {ctx.AUTH_BASE_URL_ENV}={server.auth_base_url}")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.stop()


def demo(
    orders: Annotated[int, typer.Option(help="Orders per sandbox shop.")] = 600,
) -> None:
    """Walk the whole flow against the embedded sandbox (or read-only against TikTok with real credentials)."""
    from .demo import run_demo, run_live

    if os.environ.get("TIKTOK_SHOP_ACCESS_TOKEN") and os.environ.get(ctx.APP_KEY_ENV):
        raise typer.Exit(run_live())
    raise typer.Exit(run_demo(orders=orders))
