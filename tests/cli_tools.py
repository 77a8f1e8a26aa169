"""Run the real ``tiktok-shop`` command, and receive webhooks the way an app would."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any

from tiktok_shop.sandbox import Sandbox
from tiktok_shop.webhooks import WebhookReceiver

COMMAND = str(Path(sys.executable).parent / "tiktok-shop")


def clean_env(home: Path, **variables: str) -> dict[str, str]:
    """A user's environment with none of our variables; HOME points away from the real token store."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIKTOK_SHOP_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), COLUMNS="200", PYTHONUNBUFFERED="1")
    env.update(variables)
    return env


def sandbox_env(sandbox: Sandbox, home: Path, **variables: str) -> dict[str, str]:
    return clean_env(
        home,
        TIKTOK_SHOP_APP_KEY=sandbox.app_key,
        TIKTOK_SHOP_APP_SECRET=sandbox.app_secret,
        TIKTOK_SHOP_BASE_URL=sandbox.base_url,
        TIKTOK_SHOP_AUTH_BASE_URL=sandbox.auth_base_url,
        TIKTOK_SHOP_TOKEN_STORE=str(home / "tokens.sqlite3"),
        **variables,
    )


def run(args: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([COMMAND, *args], env=env, capture_output=True, text=True, timeout=timeout, check=False)


def authorize(sandbox: Sandbox, env: dict[str, str], seller: str | None = None) -> None:
    """``tiktok-shop auth exchange`` with a fresh code of ``seller`` (default: the first)."""
    done = run(["auth", "exchange", sandbox.issue_auth_code(seller)], env)
    assert done.returncode == 0, done.stderr


def read_until(stream: IO[str], marker: str, limit: int = 40) -> list[str]:
    """Lines of a running command's output up to the one containing ``marker``."""
    lines: list[str] = []
    while not lines or marker not in lines[-1]:
        line = stream.readline()
        assert line and len(lines) < limit, f"no {marker!r} in {lines}"
        lines.append(line)
    return lines


def exported(lines: list[str]) -> dict[str, str]:
    """The variables of the ``export NAME=value`` lines, read as a shell would."""
    found: dict[str, str] = {}
    for line in lines:
        if line.startswith("export "):
            name, _, value = line.removeprefix("export ").partition("=")
            found[name] = shlex.split(value)[0]
    return found


@dataclass
class Received:
    headers: dict[str, str]
    body: bytes
    status: int
    event: Any


@contextmanager
def webhook_receiver(app_key: str, app_secret: str) -> Iterator[tuple[str, list[Received]]]:
    """An app's webhook endpoint on loopback: ``WebhookReceiver`` behind a plain HTTP server."""
    receiver = WebhookReceiver(app_key, app_secret)
    received: list[Received] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, event = receiver.handle(body, headers)
            received.append(Received(headers, body, status, event))
            self.send_response(status)
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:
            del format, args

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/webhooks", received
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def running(args: list[str], env: dict[str, str]) -> Iterator[subprocess.Popen[str]]:
    """A long-running ``tiktok-shop`` command, stopped with SIGTERM at the end."""
    process = subprocess.Popen([COMMAND, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield process
    finally:
        process.terminate()
        process.wait(timeout=20)
