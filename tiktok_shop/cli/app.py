"""The ``tiktok-shop`` command: sign and generate live here; the other commands register below."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer

from ..signing import SECRET_MASK, sign_url
from . import _context as ctx
from ._errors import ReportingGroup, run

app = typer.Typer(
    name="tiktok-shop",
    cls=ReportingGroup,
    help="TikTok Shop Open API from the terminal: sign, call any operation, run the sandbox and the demo.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """TikTok Shop Open API from the terminal. Secrets come from environment variables, never argv.

    Exit codes: 0 done, 1 TikTok or the network refused, 2 bad input (nothing was sent).
    """


@app.command()
def sign(
    url: Annotated[str, typer.Argument(help="The request URL, with its query (app_key, params...).")],
    body: Annotated[str | None, typer.Option(help="The exact JSON body to sign, or @file to read it.")] = None,
    timestamp: Annotated[int | None, typer.Option(help="Timestamp to sign with (default: now).")] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Also print the string signed (secret masked), to compare with another.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Sign a request URL: prints the signature, the timestamp and the signed URL."""
    raw = None if body is None else ctx.read_argument(body, "--body")
    secret = ctx.app_secret()
    signed = sign_url(url, secret, raw, timestamp=timestamp)
    shown = {"signature": signed.signature, "timestamp": signed.timestamp, "url": signed.url}
    if explain:
        text = signed.canonical.decode("utf-8", "backslashreplace").replace(secret, SECRET_MASK)
        shown["string_to_sign"] = f"{SECRET_MASK}{text}{SECRET_MASK}"
    if as_json:
        typer.echo(json.dumps(shown))
        return
    if explain:
        typer.echo(f"string to sign: {shown['string_to_sign']}")
        typer.echo("  = app secret + path + key/value pairs sorted by key (no sign, access_token) + body + app secret")
    typer.echo(f"signature: {signed.signature}\ntimestamp: {signed.timestamp}\nurl:       {signed.url}")


@app.command()
def generate(check: Annotated[bool, typer.Option(help="Only report drift.")] = False) -> None:
    """Regenerate generated/ from spec/ (in a source checkout)."""
    root = Path(__file__).resolve().parents[2]
    if not (root / "generator").is_dir():
        typer.echo("error: the generator is only in a source checkout of tiktok-shop", err=True)
        raise typer.Exit(2)
    command = [sys.executable, "-m", "generator", *(["--check"] if check else [])]
    raise typer.Exit(subprocess.run(command, cwd=root, check=False).returncode)


def _register() -> None:
    from . import auth_cmds, operation_cmds, sandbox_cmds, spec_cmds, webhook_cmds

    app.command()(operation_cmds.operations)
    app.command()(operation_cmds.call)
    app.add_typer(auth_cmds.app, name="auth")
    app.add_typer(spec_cmds.app, name="spec")
    app.add_typer(webhook_cmds.app, name="webhook")
    app.add_typer(sandbox_cmds.app, name="sandbox")
    app.command("demo")(sandbox_cmds.demo)


_register()


def main() -> None:
    run(app)
