"""The ``tiktok-shop`` command: sign, operations, call, generate; other groups register here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

if TYPE_CHECKING:
    from .._contract import Operation

import typer

from ..signing import sign_url
from . import _context as ctx

app = typer.Typer(
    name="tiktok-shop",
    help="TikTok Shop Open API from the terminal: sign, call any operation, run the sandbox and the demo.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """TikTok Shop Open API from the terminal. Secrets come from environment variables, never argv."""


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
        raw = Path(body[1:]).read_bytes() if body.startswith("@") else body.encode()
    try:
        signed = sign_url(url, ctx.app_secret(), raw, timestamp=timestamp)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if as_json:
        typer.echo(json.dumps({"signature": signed.signature, "timestamp": signed.timestamp, "url": signed.url}))
    else:
        typer.echo(f"signature: {signed.signature}\ntimestamp: {signed.timestamp}\nurl:       {signed.url}")


@app.command()
def operations(
    module: Annotated[str | None, typer.Option(help="Only this module (order, product, ...).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the operations of the API (every version)."""
    from rich.console import Console
    from rich.table import Table

    from .._registry import operations as all_operations

    ops = all_operations(module)
    if as_json:
        rows = [
            {
                "id": op.id,
                "module": op.module,
                "name": op.name,
                "method": op.method,
                "path": op.path,
                "latest": op.latest,
                "shop_scoped": op.shop_scoped,
                "paginated": op.pagination is not None,
            }
            for op in ops
        ]
        typer.echo(ctx.dump(rows))
        return
    table = Table("module", "method", "path", "operation", "shop", title=f"{len(ops)} operations")
    for op in ops:
        name = op.name if op.latest else f"{op.name} (pinned)"
        table.add_row(op.module, op.method, op.path, name, "yes" if op.shop_scoped else "")
    Console().print(table)


def _wants_text(op: Operation[Any], key: str) -> bool:
    """True when the argument is a string field: ``product_id=1`` must stay ``"1"``, not become 1."""
    for model in (op.query_model, op.body_model):
        field = model.model_fields.get(key) if model is not None else None
        if field is not None:
            return field.annotation in (str, str | None)
    return False


def _parse_params(op: Operation[Any], params: list[str]) -> dict[str, Any]:
    parsed: dict[str, Any] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep:
            raise typer.BadParameter(f"--param takes key=value, got {item!r}")
        if _wants_text(op, key):
            parsed[key] = value
            continue
        try:
            parsed[key] = json.loads(value)
        except ValueError:
            parsed[key] = value
    return parsed


@app.command()
def call(
    operation: Annotated[str, typer.Argument(help="operationId, module.method, or 'METHOD /path'.")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="key=value (JSON values allowed).")] = None,
    body: Annotated[str | None, typer.Option(help="JSON object of body fields, or @file.")] = None,
    all_pages: Annotated[bool, typer.Option("--all-pages", help="Follow next_page_token; print every item.")] = False,
    shop: Annotated[str | None, typer.Option(help="shop_cipher (default: the seller's first stored shop).")] = None,
    seller: Annotated[str | None, typer.Option(help="open_id of the seller (default: the only one stored).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only.")] = False,
    debug: Annotated[bool, typer.Option(help="Log requests (redacted) to stderr.")] = False,
) -> None:
    """Call any operation with the stored tokens."""
    from .._registry import find
    from ._calls import call_operation

    ctx.debug_logging(debug)
    with ctx.reported_errors():
        op = find(operation)
        arguments = _parse_params(op, param or [])
        if body is not None:
            text = Path(body[1:]).read_text(encoding="utf-8") if body.startswith("@") else body
            fields = json.loads(text)
            if not isinstance(fields, dict):
                raise ValueError("--body must be a JSON object")
            arguments.update(fields)
        call_operation(op, arguments, all_pages=all_pages, shop=shop, seller=seller, as_json=as_json)


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
    from . import auth_cmds, sandbox_cmds, spec_cmds, webhook_cmds

    app.add_typer(auth_cmds.app, name="auth")
    app.add_typer(spec_cmds.app, name="spec")
    app.add_typer(webhook_cmds.app, name="webhook")
    app.command("sandbox")(sandbox_cmds.sandbox)
    app.command("demo")(sandbox_cmds.demo)


_register()


def main() -> None:
    app()
