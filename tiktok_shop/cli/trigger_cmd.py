"""``tiktok-shop sandbox trigger EVENT_TYPE``: make a running sandbox act and deliver the webhook.

Like Stripe's ``stripe trigger``: the sandbox changes the shop's state the way a buyer, the
carrier, TikTok or the seller would, sends the signed event to the subscribed address and this
command prints what changed and how each delivery went. It talks to the sandbox's control API
(``/_sandbox/api``), which only the sandbox serves.
"""

from __future__ import annotations

import os
from typing import Annotated, Any

import httpx
import typer

from . import _context as ctx
from ._errors import REFUSED, BadInput

DEFAULT_SANDBOX = "http://127.0.0.1:8765"


def trigger(
    event_type: Annotated[str, typer.Argument(help="ORDER_STATUS_CHANGE, PACKAGE_UPDATE, RETURN_STATUS_CHANGE, ...")],
    shop: Annotated[str | None, typer.Option(help="Shop id or cipher (default: the first seller's first shop).")] = (
        None
    ),
    order: Annotated[str | None, typer.Option(help="Order id (default: the first order the event applies to).")] = None,
    product: Annotated[str | None, typer.Option(help="Product id, for PRODUCT_STATUS_CHANGE.")] = None,
    wait: Annotated[float, typer.Option(help="Seconds to wait for the deliveries.", min=0, max=30)] = 10.0,
    sandbox_url: Annotated[
        str | None, typer.Option(help=f"The sandbox (default: ${ctx.BASE_URL_ENV}, else {DEFAULT_SANDBOX}).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the control API's JSON answer.")] = False,
) -> None:
    """Make the running sandbox change state and deliver the signed event; prints each delivery's status."""
    base = _sandbox_url(sandbox_url)
    body = {"event_type": event_type, "shop": shop, "order_id": order, "product_id": product, "wait": wait}
    answer = _post(f"{base}/_sandbox/api/triggers", body, timeout=wait + 10)
    if as_json:
        typer.echo(ctx.dump(answer))
    else:
        change = ", ".join(f"{key}={value}" for key, value in answer["change"].items())
        typer.echo(f"{answer['event_type']} on shop {answer['shop_id']}: {change}")
        if not answer["deliveries"]:
            ctx.note(
                f"no address subscribed to {', '.join(answer['events'])} on shop {answer['shop_id']}: "
                "start the sandbox with --webhook-url URL (or call EventUpdateWebhook)"
            )
        for delivery in answer["deliveries"]:
            typer.echo(_delivery_line(delivery, finished=answer["finished"]))
    if not all(d["delivered"] for d in answer["deliveries"]):
        raise typer.Exit(REFUSED)


def _sandbox_url(option: str | None) -> str:
    if option:
        return ctx.http_url(option, "--sandbox-url")
    from_env = os.environ.get(ctx.BASE_URL_ENV)
    return ctx.http_url(from_env, ctx.BASE_URL_ENV) if from_env else DEFAULT_SANDBOX


def _post(url: str, body: dict[str, Any], *, timeout: float) -> dict[str, Any]:
    try:
        response = httpx.post(url, json=body, timeout=timeout)
        answer: dict[str, Any] = response.json()
    except httpx.HTTPError as exc:
        hint = "start one with `tiktok-shop sandbox`"
        raise BadInput(f"no sandbox answers at {url} ({type(exc).__name__}): {hint}") from None
    except ValueError:
        raise BadInput(f"{url} is not a tiktok-shop sandbox (HTTP {response.status_code}, not JSON)") from None
    error = answer.get("error")
    if error:
        choices = error.get("choices")
        raise BadInput(error["message"] + (f"; one of: {', '.join(choices)}" if choices else ""))
    return answer


def _delivery_line(delivery: dict[str, Any], *, finished: bool) -> str:
    attempts = f"{delivery['attempts']} attempt{'s' if delivery['attempts'] != 1 else ''}"
    outcome = f"HTTP {delivery['status']}" if delivery["status"] else ", ".join(delivery["errors"]) or "no answer"
    verdict = "delivered" if delivery["delivered"] else ("failed" if finished else "still retrying")
    return f"{verdict} {delivery['event_type']} {delivery['id']} to {delivery['address']}: {outcome} after {attempts}"
