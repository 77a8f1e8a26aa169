"""What the commands share: app credentials from the environment, the token store, error printing."""

from __future__ import annotations

import json
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TypedDict

import typer

from .._exceptions import TikTokShopError

APP_KEY_ENV = "TIKTOK_SHOP_APP_KEY"
SECRET_ENV = "TIKTOK_SHOP_APP_SECRET"
STORE_ENV = "TIKTOK_SHOP_TOKEN_STORE"
BASE_URL_ENV = "TIKTOK_SHOP_BASE_URL"
AUTH_BASE_URL_ENV = "TIKTOK_SHOP_AUTH_BASE_URL"


def app_key() -> str:
    key = os.environ.get(APP_KEY_ENV)
    if not key:
        raise typer.BadParameter(f"set {APP_KEY_ENV}")
    return key


def app_secret() -> str:
    """The app secret from ``TIKTOK_SHOP_APP_SECRET`` or a hidden prompt; never from argv."""
    secret = os.environ.get(SECRET_ENV)
    if secret:
        return secret
    if not sys.stdin.isatty():
        raise typer.BadParameter(f"set {SECRET_ENV} (the app secret is never read from the command line)")
    value: str = typer.prompt("App secret", hide_input=True)
    return value


class Endpoints(TypedDict):
    base_url: str | None
    auth_base_url: str | None


def endpoints() -> Endpoints:
    """Hosts from the environment (the sandbox's, in tests and the demo); None means TikTok's."""
    return {"base_url": os.environ.get(BASE_URL_ENV), "auth_base_url": os.environ.get(AUTH_BASE_URL_ENV)}


def token_store() -> Any:
    from ..auth import SQLiteTokenStore

    return SQLiteTokenStore(os.environ.get(STORE_ENV) or None)


def debug_logging(enabled: bool) -> None:
    """``--debug``: the SDK's own log lines (method, path, status, request_id, timing, retries) on stderr.

    Only the ``tiktok_shop`` logger: its lines are written to carry no secret. httpx's request
    lines are left off, since they print full URLs.
    """
    if enabled:
        logger = logging.getLogger("tiktok_shop")
        for old in [h for h in logger.handlers if h.get_name() == "tiktok-shop-cli"]:
            logger.removeHandler(old)  # one handler, on the current stderr
        handler = logging.StreamHandler(sys.stderr)
        handler.set_name("tiktok-shop-cli")
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)


@contextmanager
def reported_errors() -> Iterator[None]:
    """Turn SDK errors into one clear line on stderr and a non-zero exit."""
    try:
        yield
    except TikTokShopError as exc:  # APIError's text carries code, message and request_id
        typer.echo(f"error: {type(exc).__name__}: {exc}", err=True)
        raise typer.Exit(1) from None
    except (KeyError, ValueError) as exc:
        typer.echo(f"error: {exc.args[0] if exc.args else exc}", err=True)
        raise typer.Exit(2) from None


def dump(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=str)
