"""Command definitions. Each subcommand group lives in its own module and registers here."""

from __future__ import annotations

import json
import os
from typing import Annotated

import typer

from ..signing import sign_url

app = typer.Typer(
    name="tiktok-shop",
    help="TikTok Shop Open API from the terminal: sign, call any operation, run the sandbox and the demo.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

SECRET_ENV = "TIKTOK_SHOP_APP_SECRET"


@app.callback()
def _root() -> None:
    """TikTok Shop Open API from the terminal."""


def app_secret() -> str:
    """The app secret from ``TIKTOK_SHOP_APP_SECRET`` or a hidden prompt; never from argv."""
    secret = os.environ.get(SECRET_ENV)
    if secret:
        return secret
    if not os.isatty(0):
        raise typer.BadParameter(f"set {SECRET_ENV} (the app secret is never read from the command line)")
    value: str = typer.prompt("App secret", hide_input=True)
    return value


@app.command()
def sign(
    url: Annotated[str, typer.Argument(help="The request URL, with its query (app_key, params...).")],
    body: Annotated[str | None, typer.Option(help="The exact JSON body to sign, or @file to read it.")] = None,
    timestamp: Annotated[int | None, typer.Option(help="Timestamp to sign with (default: now).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Sign a request URL: prints the signature, the timestamp and the signed URL."""
    raw = None
    if body is not None:
        raw = open(body[1:], "rb").read() if body.startswith("@") else body.encode()  # noqa: SIM115
    try:
        signed = sign_url(url, app_secret(), raw, timestamp=timestamp)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps({"signature": signed.signature, "timestamp": signed.timestamp, "url": signed.url}))
    else:
        typer.echo(f"signature: {signed.signature}\ntimestamp: {signed.timestamp}\nurl:       {signed.url}")


def main() -> None:
    app()
