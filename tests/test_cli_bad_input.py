"""Every command, every kind of bad input: one line on stderr, exit code 2, no traceback, no secret.

Each case runs the installed ``tiktok-shop`` command in a subprocess, as a user would. The kinds
of bad input: a missing argument or option value, an unknown name, a malformed value, a missing or
unreadable file, a file of the wrong format, a missing or malformed environment variable, a token
store that is not one, a seller or shop that is not stored, a sandbox that is not there.
``test_every_command_has_bad_input_cases`` keeps the list complete as commands are added.
"""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import typer

from tiktok_shop.cli import app
from tiktok_shop.sandbox import Sandbox

from .cli_tools import authorize, clean_env, run, sandbox_env

URL = "https://open-api.tiktokglobalshop.com/order/202309/orders?app_key=k&timestamp=1700000000"


@dataclass(frozen=True)
class Case:
    args: list[str]
    sellers: int | None = 1  # None: no app variables at all; 0: app variables, empty store
    env: dict[str, str | None] = field(default_factory=dict)  # None removes a variable


CASES: dict[str, Case] = {
    "root: unknown command": Case(["nosuch"]),
    "root: unknown option": Case(["--bogus"]),
    "sign: no secret": Case(["sign", URL], sellers=None),
    "sign: body file missing": Case(["sign", URL, "--body", "@{missing}"]),
    "sign: url without path": Case(["sign", "https://open-api.tiktokglobalshop.com"]),
    "sign: timestamp not a number": Case(["sign", URL, "--timestamp", "soon"]),
    "generate: unknown option": Case(["generate", "--nope"]),
    "operations: unknown module": Case(["operations", "--module", "nosuch"]),
    "call: no operation": Case(["call"]),
    "call: unknown operation": Case(["call", "NoSuchOperation"]),
    "call: unknown path": Case(["call", "GET /nowhere/202309/things"]),
    "call: -p without =": Case(["call", "OrderSearchOrders", "-p", "page_size"]),
    "call: -p wrong type": Case(["call", "OrderSearchOrders", "-p", "page_size=lots"]),
    "call: -p unknown field": Case(["call", "OrderSearchOrders", "-p", "colour=red"]),
    "call: body file missing": Case(["call", "OrderSearchOrders", "--body", "@{missing}"]),
    "call: body file is a directory": Case(["call", "OrderSearchOrders", "--body", "@{dir}"]),
    "call: body not json": Case(["call", "OrderSearchOrders", "--body", "{oops"]),
    "call: body file not json": Case(["call", "OrderSearchOrders", "--body", "@{notjson}"]),
    "call: body not an object": Case(["call", "OrderSearchOrders", "--body", "[1, 2]"]),
    "call: jsonl without all-pages": Case(["call", "OrderSearchOrders", "--jsonl"]),
    "call: all-pages of a single page": Case(["call", "SellerGetShops", "--all-pages"]),
    "call: unknown shop": Case(["call", "OrderSearchOrders", "--shop", "404"]),
    "call: unknown seller": Case(["call", "OrderSearchOrders", "--seller", "404"]),
    "call: several sellers": Case(["call", "OrderSearchOrders"], sellers=2),
    "call: no seller stored": Case(["call", "OrderSearchOrders"], sellers=0),
    "call: no app key": Case(["call", "OrderSearchOrders"], env={"TIKTOK_SHOP_APP_KEY": None}),
    "call: no app secret": Case(["call", "OrderSearchOrders"], env={"TIKTOK_SHOP_APP_SECRET": None}),
    "call: base url not a url": Case(["call", "OrderSearchOrders"], env={"TIKTOK_SHOP_BASE_URL": "localhost"}),
    "call: auth url not http": Case(["call", "OrderSearchOrders"], env={"TIKTOK_SHOP_AUTH_BASE_URL": "ftp://x"}),
    "call: store is a directory": Case(["call", "OrderSearchOrders"], env={"TIKTOK_SHOP_TOKEN_STORE": "{dir}"}),
    "call: store is not sqlite": Case(["call", "OrderSearchOrders"], env={"TIKTOK_SHOP_TOKEN_STORE": "{notjson}"}),
    "auth url: no service id": Case(["auth", "url"]),
    "auth url: unknown region": Case(["auth", "url", "svc", "--region", "mars"]),
    "auth exchange: no app key": Case(["auth", "exchange", "CODE"], sellers=None),
    "auth exchange: store not sqlite": Case(["auth", "exchange", "C"], env={"TIKTOK_SHOP_TOKEN_STORE": "{notjson}"}),
    "auth refresh: unknown seller": Case(["auth", "refresh", "--seller", "404"]),
    "auth shops: unknown seller": Case(["auth", "shops", "--seller", "404"]),
    "auth shops: base url not a url": Case(["auth", "shops"], env={"TIKTOK_SHOP_BASE_URL": "nowhere"}),
    "webhook verify: file missing": Case(["webhook", "verify", "{missing}"]),
    "webhook verify: a directory": Case(["webhook", "verify", "{dir}"]),
    "webhook verify: not a saved request": Case(["webhook", "verify", "{notjson}"]),
    "webhook verify: negative tolerance": Case(["webhook", "verify", "{notjson}", "--tolerance", "-5"]),
    "webhook verify: no app key": Case(["webhook", "verify", "{request}"], sellers=None),
    "sandbox: port out of range": Case(["sandbox", "--port", "99999"]),
    "sandbox: port in use": Case(["sandbox", "--port", "{busy}", "--orders", "5"]),
    "sandbox: webhook url not a url": Case(["sandbox", "--webhook-url", "hooks"]),
    "sandbox: no orders": Case(["sandbox", "--orders", "0"]),
    "sandbox: store is a directory": Case(["sandbox", "--port", "0", "--orders", "5", "--token-store", "{dir}"]),
    "sandbox trigger: no event type": Case(["sandbox", "trigger"]),
    "sandbox trigger: unknown event type": Case(["sandbox", "trigger", "NO_SUCH_EVENT"]),
    "sandbox trigger: unknown order": Case(["sandbox", "trigger", "ORDER_STATUS_CHANGE", "--order", "404"]),
    "sandbox trigger: unknown shop": Case(["sandbox", "trigger", "ORDER_STATUS_CHANGE", "--shop", "404"]),
    "sandbox trigger: wait not a number": Case(["sandbox", "trigger", "ORDER_STATUS_CHANGE", "--wait", "long"]),
    "sandbox trigger: bad sandbox url": Case(["sandbox", "trigger", "PACKAGE_UPDATE", "--sandbox-url", "sandbox"]),
    "sandbox trigger: no sandbox there": Case(
        ["sandbox", "trigger", "PACKAGE_UPDATE"], env={"TIKTOK_SHOP_BASE_URL": "{closed}"}
    ),
    "demo: no orders": Case(["demo", "--orders", "0"]),
    "spec drift: file missing": Case(["spec", "drift", "{missing}"]),
    "spec drift: a directory": Case(["spec", "drift", "{dir}"]),
    "spec drift: not a drift recording": Case(["spec", "drift", "{notjson}"]),
}


@pytest.fixture(scope="module")
def homes(sandbox: Sandbox, tmp_path_factory: pytest.TempPathFactory) -> dict[int, Path]:
    """A home (and token store) with 0, 1 and 2 authorized sellers."""
    found: dict[int, Path] = {}
    for count in (0, 1, 2):
        home = tmp_path_factory.mktemp(f"sellers{count}")
        for seller in sandbox.sellers[:count]:
            authorize(sandbox, sandbox_env(sandbox, home), seller.open_id)
        found[count] = home
    return found


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """What the placeholders of the cases stand for."""
    root = tmp_path_factory.mktemp("files")
    (root / "notjson.txt").write_text("{oops, this is not JSON nor a saved request")
    (root / "request.http").write_bytes(b"Authorization: 00\r\n\r\n{}")
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))  # bound, never listening: connections are refused
    yield {
        "{missing}": str(root / "missing.json"),
        "{dir}": str(root),
        "{notjson}": str(root / "notjson.txt"),
        "{request}": str(root / "request.http"),
        "{busy}": str(busy.getsockname()[1]),
        "{closed}": f"http://127.0.0.1:{closed.getsockname()[1]}",
    }
    busy.close()
    closed.close()


def _fill(text: str, files: dict[str, str]) -> str:
    for placeholder, value in files.items():
        text = text.replace(placeholder, value)
    return text


def _secrets(sandbox: Sandbox, home: Path) -> list[str]:
    found = [sandbox.app_secret]
    store = home / "tokens.sqlite3"
    if store.exists():
        with sqlite3.connect(store) as db:
            for (token,) in db.execute("SELECT token FROM tokens"):
                found += [part for part in token.split('"') if part.startswith("TTP_")]
    return found


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_gets_one_line_and_exit_code_2(
    name: str, sandbox: Sandbox, homes: dict[int, Path], files: dict[str, str]
) -> None:
    case = CASES[name]
    home = homes[case.sellers or 0]
    env = clean_env(home) if case.sellers is None else sandbox_env(sandbox, home)
    for variable, value in case.env.items():
        if value is None:
            env.pop(variable, None)
        else:
            env[variable] = _fill(value, files)
    done = run([_fill(arg, files) for arg in case.args], env)
    output = done.stdout + done.stderr
    assert "Traceback" not in output
    assert done.returncode == 2, output
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    for secret in _secrets(sandbox, home):
        assert secret not in output


def _commands(command: object, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every command path a user can run: leaf commands and groups that run without a subcommand."""
    if not isinstance(command, typer.core.TyperGroup) or command.invoke_without_command:
        yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from _commands(sub, (*path, name))


def _command_of(args: list[str]) -> tuple[str, ...]:
    command = typer.main.get_command(app)
    path: tuple[str, ...] = ()
    for arg in args:
        commands = getattr(command, "commands", {})
        if arg not in commands:
            break
        command, path = commands[arg], (*path, arg)
    return path


def test_every_command_has_bad_input_cases() -> None:
    covered = {_command_of(case.args) for case in CASES.values()}
    every = _commands(typer.main.get_command(app))
    missing = [" ".join(path) for path in every if path and path not in covered]
    assert missing == [], f"add bad-input cases for: {missing}"
