"""``tiktok-shop operations`` and ``tiktok-shop call``: find an operation, call it with the stored tokens."""

from __future__ import annotations

import difflib
import json
from types import UnionType
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union, get_args, get_origin

import typer

from . import _context as ctx
from ._errors import BadInput

if TYPE_CHECKING:
    from .._contract import Operation

WIDE = 150  # from this many columns on, one line per operation


def operations(
    module: Annotated[str | None, typer.Option(help="Only this module (order, product, ...).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """List the operations: their operationId is what `tiktok-shop call` takes."""
    from .._registry import modules
    from .._registry import operations as all_operations

    if module is not None and module not in modules():
        raise BadInput(f"no module {module!r}; modules: {', '.join(sorted(modules()))}")
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
                "shop_cipher": op.shop_cipher,
                "scopes": list(op.scopes),
                "paginated": op.pagination is not None,
            }
            for op in ops
        ]
        typer.echo(ctx.dump(rows))
        return
    _print_table(ops)


def _print_table(ops: list[Operation[Any]]) -> None:
    """One line per operation on wide terminals; below ``WIDE`` columns, the request under its id."""
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    wide = console.width >= WIDE
    table = Table(
        title=f"{len(ops)} operations",
        caption="`tiktok-shop call OPERATION_ID` calls one; shop: needs a shop; pages: --all-pages follows its pages",
        box=box.SIMPLE_HEAD,
    )
    table.add_column("operationId" if wide else "operationId / request", overflow="fold")
    if wide:
        table.add_column("request", overflow="fold")
        table.add_column("shop")
        table.add_column("pages")
    for op in ops:
        name = f"[bold]{op.id}[/]" + ("" if op.latest else " (older version)")
        request = f"{op.method} {op.path}"
        shop, pages = ("shop" if op.shop_scoped else ""), ("pages" if op.pagination else "")
        if wide:
            table.add_row(name, request, shop, pages)
        else:
            table.add_row(f"{name}\n  [dim]{request}[/] {shop} {pages}".rstrip())
    console.print(table)


def find_operation(name: str) -> Operation[Any]:
    """The operation ``name`` designates; an unknown name gets the closest ones suggested."""
    from .._registry import find

    try:
        return find(name)
    except KeyError as exc:
        if " " in name.strip():  # METHOD /path: the registry's message lists the module's paths
            raise BadInput(str(exc.args[0])) from None
    close = _closest_names(name)
    listed = ", ".join(close[:-1]) + " or " + close[-1] if len(close) > 1 else "".join(close)
    hint = f"; did you mean {listed}?" if close else "; `tiktok-shop operations` lists them"
    raise BadInput(f"no operation named {name!r}{hint}")


def _closest_names(name: str) -> list[str]:
    from .._registry import operations as all_operations

    names: dict[str, str] = {}
    for op in all_operations():
        names[op.id.lower()] = op.id
        if op.latest:
            names[f"{op.module}.{op.name}".lower()] = f"{op.module}.{op.name}"
    return [names[match] for match in difflib.get_close_matches(name.lower(), names, n=3, cutoff=0.6)]


def _is_text(annotation: Any) -> bool:
    if get_origin(annotation) is Annotated:  # StrictStr and constrained strings: str underneath
        annotation = get_args(annotation)[0]
    return annotation is str or get_origin(annotation) is Literal


def _field_shape(op: Operation[Any], key: str) -> str | None:
    """``"text"`` or ``"texts"`` (a list of them) for string fields, where JSON parsing would mislead."""
    for model in (op.query_model, op.body_model):
        field = model.model_fields.get(key) if model is not None else None
        if field is not None:
            union = get_origin(field.annotation) in (Union, UnionType)
            kinds = [a for a in get_args(field.annotation) if a is not type(None)] if union else [field.annotation]
            if len(kinds) == 1 and _is_text(kinds[0]):
                return "text"
            if len(kinds) == 1 and get_origin(kinds[0]) is list and all(_is_text(a) for a in get_args(kinds[0])):
                return "texts"
    return None


def _parse_params(op: Operation[Any], params: list[str]) -> dict[str, Any]:
    """``-p key=value``: ``product_id=1`` stays ``"1"``, ``ids=1,2`` becomes ``["1", "2"]``, other values JSON."""
    parsed: dict[str, Any] = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise BadInput(f"-p takes key=value, got {item!r}")
        shape = _field_shape(op, key)
        if shape == "text":
            parsed[key] = value
        elif shape == "texts" and not value.startswith("["):
            parsed[key] = value.split(",")
        else:
            try:
                parsed[key] = json.loads(value)
            except ValueError:
                parsed[key] = value
    return parsed


def call(
    operation: Annotated[str, typer.Argument(help="operationId (see `operations`), module.method, or 'METHOD /path'.")],
    param: Annotated[list[str] | None, typer.Option("--param", "-p", help="key=value (JSON values allowed).")] = None,
    body: Annotated[str | None, typer.Option(help="JSON object of body fields, or @file.")] = None,
    all_pages: Annotated[bool, typer.Option("--all-pages", help="Follow next_page_token; print every item.")] = False,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="With --all-pages: stream one item per line (JSON Lines) as pages arrive.")
    ] = False,
    shop: Annotated[
        str | None, typer.Option(help="Shop id or cipher (default: the seller's first stored shop).")
    ] = None,
    seller: Annotated[str | None, typer.Option(help="open_id of the seller (default: the only one stored).")] = None,
    debug: Annotated[bool, typer.Option(help="Log requests (redacted) to stderr.")] = False,
) -> None:
    """Call any operation with the stored tokens; prints the result as JSON on stdout."""
    from ._calls import call_operation

    ctx.debug_logging(debug)
    if jsonl and not all_pages:
        raise BadInput("--jsonl streams the items of --all-pages: add --all-pages")
    op = find_operation(operation)
    arguments = _parse_params(op, param or [])
    if body is not None:
        arguments.update(ctx.json_object(ctx.read_argument(body, "--body"), "--body"))
    call_operation(op, arguments, shop=shop, seller=seller, all_pages=all_pages, jsonl=jsonl)
