"""``tiktok-shop sandbox [trigger]`` and ``tiktok-shop demo``.

``tiktok-shop sandbox`` serves the local TikTok Shop, authorizes its first seller into a token
store of its own and prints the ``export`` lines that point every other command at it, so a
newcomer pastes them and ``tiktok-shop call`` works at once.
"""

from __future__ import annotations

import os
import shlex
import signal
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from . import _context as ctx
from ._errors import BadInput
from .trigger_cmd import trigger

if TYPE_CHECKING:
    from ..sandbox import Sandbox

app = typer.Typer(help="The local TikTok Shop: serve it (no subcommand), trigger webhook events on it.")
app.command()(trigger)


@app.callback(invoke_without_command=True)
def serve(
    context: typer.Context,
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1 (0 picks a free one).", min=0, max=65535)] = 8765,
    orders: Annotated[int, typer.Option(help="Orders generated per shop.", min=1)] = 500,
    products: Annotated[int, typer.Option(help="Products generated per shop.", min=1)] = 50,
    webhook_url: Annotated[
        str | None, typer.Option(help="Send every event of every shop to this address (signed, like TikTok).")
    ] = None,
    token_store: Annotated[
        Path | None, typer.Option(help="Token store to authorize the first seller into (default: a temporary one).")
    ] = None,
    explain_header: Annotated[
        bool, typer.Option(help="Explain refused signatures in an x-sandbox-explain header (always in the console).")
    ] = False,
    qps: Annotated[
        float | None,
        typer.Option(
            help="TikTok's rate limit: requests per second per (app, shop, operation); above it, 429.", min=0.001
        ),
    ] = None,
    daily_quota: Annotated[
        int | None, typer.Option(help="Requests per shop and UTC day; above it, 429 until midnight.", min=1)
    ] = None,
) -> None:
    """Serve the sandbox and print the `export` lines for the other commands. App key/secret: from the
    environment when set."""
    if context.invoked_subcommand is not None:
        return
    address = ctx.http_url(webhook_url, "--webhook-url") if webhook_url else None
    if token_store is not None:
        ctx.token_store(token_store, "--token-store")  # a bad path fails before the sandbox is built
    from ..sandbox import Sandbox
    from ..sandbox._control import subscribe

    key, secret = os.environ.get(ctx.APP_KEY_ENV), os.environ.get(ctx.SECRET_ENV)
    server = Sandbox(
        port=port,
        orders=orders,
        products=products,
        app_key=key,
        app_secret=secret,
        explain_header=explain_header,
        qps=qps,
        daily_quota=daily_quota,
    )
    try:
        if address:
            subscribe(server.state, address)
        try:
            server.start()
        except OSError as exc:
            raise BadInput(f"cannot listen on 127.0.0.1:{port}: {exc.strerror or exc} (--port picks another)") from None
        with _store_path(token_store) as path:
            _introduce(server, path, secret_from_env=bool(secret), webhook_url=address)
            signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops it as Ctrl-C does, cleaning up
            server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@contextmanager
def _store_path(chosen: Path | None) -> Iterator[Path]:
    if chosen is not None:
        yield chosen
        return
    with tempfile.TemporaryDirectory(prefix="tiktok-shop-sandbox-") as directory:
        yield Path(directory) / "tokens.sqlite3"


def _introduce(server: Sandbox, store_path: Path, *, secret_from_env: bool, webhook_url: str | None) -> None:
    """Authorize the first seller into the store, then print what to paste and what to try."""
    from ..auth import OAuth

    first, *others = server.sellers
    store = ctx.token_store(store_path, "--token-store")
    oauth = OAuth(
        app_key=server.app_key,
        app_secret=server.app_secret,
        base_url=server.base_url,
        auth_base_url=server.auth_base_url,
    )
    with closing(oauth):
        token = oauth.exchange_code(server.issue_auth_code(first.open_id))
        store.put(token)
        for shop in oauth.authorized_shops(token.access_token):
            store.link_shop(token.open_id, shop.id, shop.cipher)
    exports = {
        ctx.APP_KEY_ENV: server.app_key,
        # A throwaway secret of this sandbox process only; it authenticates nothing real.
        ctx.SECRET_ENV: None if secret_from_env else server.app_secret,
        ctx.BASE_URL_ENV: server.base_url,
        ctx.AUTH_BASE_URL_ENV: server.auth_base_url,
        ctx.STORE_ENV: str(store_path.resolve()),
    }
    lines = [f"# TikTok Shop sandbox on {server.base_url}. Paste these lines into your shell:"]
    for name, value in exports.items():
        lines.append(f"export {name}={shlex.quote(value)}" if value else f"# {name}: yours, from your environment")
    shops = ", ".join(f"{s.id} ({s.region})" for s in first.shops)
    lines.append(f"# seller {first.open_id} ({first.name}) is authorized, with shops {shops}; try:")
    lines.append("#   tiktok-shop call OrderSearchOrders -p page_size=5")
    lines.extend(
        f"# seller {s.open_id} ({s.name}): tiktok-shop auth exchange {server.issue_auth_code(s.open_id)}"
        for s in others
    )
    if webhook_url:
        lines.append(f"# every event of every shop goes to {webhook_url}; try:")
        lines.append("#   tiktok-shop sandbox trigger ORDER_STATUS_CHANGE")
    else:
        lines.append("# webhooks: restart with --webhook-url URL to receive every event of every shop")
    lines.append(f"# console (request log, signature explanations, webhooks, controls): {server.console_url}")
    lines.append("# Ctrl-C stops the sandbox.")
    typer.echo("\n".join(lines))


def demo(
    orders: Annotated[int, typer.Option(help="Orders per sandbox shop.", min=1)] = 600,
) -> None:
    """Walk the whole flow against the embedded sandbox (or read-only against TikTok with real credentials)."""
    from .demo import run_demo, run_live

    if os.environ.get("TIKTOK_SHOP_ACCESS_TOKEN") and os.environ.get(ctx.APP_KEY_ENV):
        raise typer.Exit(run_live())
    raise typer.Exit(run_demo(orders=orders))
