"""What the commands share: app credentials and hosts from the environment, the token store, output."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict
from urllib.parse import urlsplit

import typer

from ._errors import BadInput

if TYPE_CHECKING:
    from ..auth import SQLiteTokenStore

APP_KEY_ENV = "TIKTOK_SHOP_APP_KEY"
SECRET_ENV = "TIKTOK_SHOP_APP_SECRET"
STORE_ENV = "TIKTOK_SHOP_TOKEN_STORE"
BASE_URL_ENV = "TIKTOK_SHOP_BASE_URL"
AUTH_BASE_URL_ENV = "TIKTOK_SHOP_AUTH_BASE_URL"


def app_key() -> str:
    key = os.environ.get(APP_KEY_ENV)
    if not key:
        raise BadInput(f"set {APP_KEY_ENV} to your app's key")
    return key


def app_secret() -> str:
    """The app secret from ``TIKTOK_SHOP_APP_SECRET`` or a hidden prompt; never from argv."""
    secret = os.environ.get(SECRET_ENV)
    if secret:
        return secret
    if not sys.stdin.isatty():
        raise BadInput(f"set {SECRET_ENV} (the app secret is never read from the command line)")
    value: str = typer.prompt("App secret", hide_input=True)
    return value


def http_url(value: str, where: str) -> str:
    """``value`` if it is an http(s) URL with a host; ``where`` names its origin in the error."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise BadInput(f"{where} must be an http(s) URL such as http://127.0.0.1:8765, got {value!r}")
    return value.rstrip("/")


class Endpoints(TypedDict):
    base_url: str | None
    auth_base_url: str | None


def endpoints() -> Endpoints:
    """Hosts from the environment (the sandbox's, in tests and the demo); None means TikTok's."""
    base, auth = os.environ.get(BASE_URL_ENV), os.environ.get(AUTH_BASE_URL_ENV)
    return {
        "base_url": http_url(base, BASE_URL_ENV) if base else None,
        "auth_base_url": http_url(auth, AUTH_BASE_URL_ENV) if auth else None,
    }


def token_store(path: str | Path | None = None, origin: str = STORE_ENV) -> SQLiteTokenStore:
    """The SQLite token store at ``path`` (default: ``TIKTOK_SHOP_TOKEN_STORE``, else the user's data directory)."""
    from ..auth import SQLiteTokenStore

    if path is None:
        path = os.environ.get(STORE_ENV) or None
    try:
        return SQLiteTokenStore(path)
    except (sqlite3.Error, OSError) as exc:  # not a database; a directory or an unwritable place
        where = f"{path} ({origin})" if path else "the default location"
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise BadInput(f"cannot use the token store at {where}: {detail}") from None


def read_file(path: Path, what: str) -> bytes:
    """The bytes of a file the user named; ``what`` (the option or argument) names it in the error."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BadInput(f"{what}: cannot read {path}: {exc.strerror or exc}") from None


def read_argument(value: str, option: str) -> bytes:
    """The bytes of an option that takes text or ``@file``."""
    return read_file(Path(value[1:]), option) if value.startswith("@") else value.encode()


def json_object(raw: bytes, option: str) -> dict[str, Any]:
    """``raw`` parsed as a JSON object; errors name the option it came from."""
    try:
        value = json.loads(raw)
    except ValueError as exc:
        raise BadInput(f"{option} is not valid JSON: {exc}") from None
    if not isinstance(value, dict):
        raise BadInput(f"{option} must be a JSON object, got {type(value).__name__}")
    return value


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


def note(message: str) -> None:
    """A line for the person at the terminal, on stderr so stdout stays data."""
    typer.echo(message, err=True)


def dump(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False, default=str)
