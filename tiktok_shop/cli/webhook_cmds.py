"""``tiktok-shop webhook verify``: check a saved webhook request's signature and parse it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from . import _context as ctx

app = typer.Typer(help="Webhooks.", no_args_is_help=True)


def read_saved_request(text: bytes) -> tuple[dict[str, str], bytes]:
    """Headers and body of a saved HTTP request (request line optional, blank line, raw body)."""
    head, sep, body = text.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = text.partition(b"\n\n")
    if not sep:
        raise ValueError("the file needs headers, a blank line, then the raw body")
    headers: dict[str, str] = {}
    for line in head.decode("latin-1").splitlines():
        name, colon, value = line.partition(":")
        if colon and " " not in name.strip():
            headers[name.strip().lower()] = value.strip()
    return headers, body


@app.command("verify")
def verify(
    request_file: Annotated[Path, typer.Argument(help="A saved request: headers, blank line, raw body.")],
    tolerance: Annotated[int | None, typer.Option(help="Reject events older than this many seconds.", min=0)] = None,
) -> None:
    """Verify the Authorization signature of a saved webhook and print the parsed event."""
    from ..webhooks import construct_event

    headers, body = read_saved_request(ctx.read_file(request_file, "REQUEST_FILE"))
    event = construct_event(body, headers, app_key=ctx.app_key(), app_secret=ctx.app_secret(), tolerance=tolerance)
    typer.echo(f"verified: type {event.type} {event.event_name or ''} ({type(event).__name__})")
    typer.echo(ctx.dump(event.model_dump(mode="json", exclude_none=True)))
