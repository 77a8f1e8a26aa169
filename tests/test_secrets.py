"""No secret in any log line, repr, error or traceback: every logger of the process, the CLI too.

The app secret, auth codes, access tokens and refresh tokens are collected from the sandbox's
own records (every one it ever issued), and searched for in everything a user could print or
log: the root logger at DEBUG with a handler catching every library's records (httpx, httpcore,
asyncio, the sandbox's server), reprs, ``str(e)`` and full tracebacks of every error raised.
"""

from __future__ import annotations

import asyncio
import io
import logging
import os
import string
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tiktok_shop import AsyncTikTokShop, TikTokShop, TikTokShopError
from tiktok_shop._redaction import SECRET_PARAMS, redact
from tiktok_shop.auth import AsyncOAuth, AsyncTokenManager, OAuth, SQLiteTokenStore, TokenManager
from tiktok_shop.sandbox import Sandbox

WRONG_SECRET = "wrong-secret-0123456789abcdef"


@pytest.fixture
def fresh() -> Iterator[Sandbox]:
    with Sandbox(orders=5, products=2, seed=5) as server:
        yield server


@pytest.fixture
def every_log_line() -> Iterator[io.StringIO]:
    """The root logger at DEBUG with a handler that formats every record, tracebacks included."""
    root, stream = logging.getLogger(), io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    handler.setLevel(logging.DEBUG)
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


class Exposure:
    """Everything a user could print: texts collected as the scenario runs."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.errors: list[BaseException] = []
        self.codes: list[str] = []

    def show(self, *objects: object) -> None:
        self.texts += [repr(o) for o in objects] + [str(o) for o in objects]

    def fails(self, call: Callable[[], Any]) -> None:
        try:
            call()
        except TikTokShopError as exc:
            self.record(exc)
        else:
            raise AssertionError("expected a TikTokShopError")

    async def fails_async(self, call: Callable[[], Any]) -> None:
        try:
            await call()
        except TikTokShopError as exc:
            self.record(exc)
        else:
            raise AssertionError("expected a TikTokShopError")

    def record(self, exc: BaseException) -> None:
        self.errors.append(exc)
        self.texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]
        for name in ("message", "body", "headers"):
            self.texts.append(repr(getattr(exc, name, "")))


def issued_secrets(sandbox: Sandbox, exposure: Exposure) -> list[str]:
    """Every secret of the run: the app secret, a wrong one, every code and token ever issued."""
    with sandbox.state.lock:
        tokens = [*sandbox.state.grants_by_access, *sandbox.state.grants_by_refresh]
    return [sandbox.app_secret, WRONG_SECRET, *exposure.codes, *tokens]


def assert_nothing_leaks(sandbox: Sandbox, exposure: Exposure, logs: str) -> None:
    everything = "\n".join([*exposure.texts, logs])
    secrets = issued_secrets(sandbox, exposure)
    assert len(secrets) >= 5
    leaked = [s for s in secrets if s in everything]
    assert leaked == []


def _code(sandbox: Sandbox, exposure: Exposure) -> str:
    code = sandbox.issue_auth_code()
    exposure.codes.append(code)
    return code


def _endpoints(sandbox: Sandbox) -> dict[str, str]:
    return {"base_url": sandbox.base_url, "auth_base_url": sandbox.auth_base_url}


def test_sync_flows_and_failures_leak_nothing(fresh: Sandbox, tmp_path: Path, every_log_line: io.StringIO) -> None:
    seen = Exposure()
    oauth = OAuth(app_key=fresh.app_key, app_secret=fresh.app_secret, **_endpoints(fresh))
    token = oauth.exchange_code(_code(fresh, seen))
    store = SQLiteTokenStore(tmp_path / "tokens.sqlite3")
    store.put(token)
    manager = TokenManager(oauth, store, token.open_id)
    client = TikTokShop(app_key=fresh.app_key, app_secret=fresh.app_secret, token_source=manager, **_endpoints(fresh))
    shops = client.seller.get_shops()
    fresh.expire_access_tokens()
    client.seller.get_shops()  # 105002: refreshed through the manager, retried once
    explicit = oauth.refresh(store.get(token.open_id).refresh_token)  # type: ignore[union-attr]
    store.put(explicit)
    seen.show(oauth, store, manager, client, client.config, token, explicit, shops)

    seen.fails(lambda: oauth.exchange_code(_code(fresh, seen) + "x"))  # wrong code
    used = _code(fresh, seen)
    oauth.exchange_code(used)
    seen.fails(lambda: oauth.exchange_code(used))  # already used
    wrong = OAuth(app_key=fresh.app_key, app_secret=WRONG_SECRET, max_retries=0, **_endpoints(fresh))
    seen.fails(lambda: wrong.refresh(explicit.refresh_token))
    seen.fails(lambda: wrong.exchange_code(_code(fresh, seen)))
    bad_client = TikTokShop(
        app_key=fresh.app_key, app_secret=WRONG_SECRET, access_token=explicit.access_token, **_endpoints(fresh)
    )
    seen.show(bad_client, wrong)
    seen.fails(lambda: bad_client.seller.get_shops())
    fresh.faults.add("500", "GET /token/refresh", times=3)
    seen.fails(
        lambda: OAuth(app_key=fresh.app_key, app_secret=fresh.app_secret, max_retries=0, **_endpoints(fresh)).refresh(
            explicit.refresh_token
        )
    )
    fresh.faults.add("malformed", "GET /token/get", times=3)
    seen.fails(lambda: oauth.exchange_code(_code(fresh, seen)))
    fresh.faults.clear()
    fresh.faults.add("500", "SellerGetShops", times=5)
    seen.fails(lambda: client.with_options(max_retries=1).seller.get_shops())
    fresh.faults.clear()
    fresh.revoke_refresh_tokens()
    fresh.expire_access_tokens()
    seen.fails(lambda: client.seller.get_shops())  # revoked refresh token
    assert len(seen.errors) == 9

    logs = every_log_line.getvalue()
    assert "HTTP Request: GET" in logs and "app_secret=***" in logs  # the capture sees httpx's lines
    assert_nothing_leaks(fresh, seen, logs)


async def test_async_flows_and_failures_leak_nothing(
    fresh: Sandbox, tmp_path: Path, every_log_line: io.StringIO
) -> None:
    asyncio.get_running_loop().set_debug(True)  # asyncio's own debug records are captured too
    seen = Exposure()
    oauth = AsyncOAuth(app_key=fresh.app_key, app_secret=fresh.app_secret, **_endpoints(fresh))
    token = await oauth.exchange_code(_code(fresh, seen))
    store = SQLiteTokenStore(tmp_path / "tokens.sqlite3")
    store.put(token)
    manager = AsyncTokenManager(oauth, store, token.open_id)
    client = AsyncTikTokShop(
        app_key=fresh.app_key, app_secret=fresh.app_secret, token_source=manager, **_endpoints(fresh)
    )
    await client.seller.get_shops()
    fresh.expire_access_tokens()
    await client.seller.get_shops()
    explicit = await oauth.refresh(store.get(token.open_id).refresh_token)  # type: ignore[union-attr]
    store.put(explicit)
    seen.show(oauth, store, manager, client, token, explicit)

    await seen.fails_async(lambda: oauth.exchange_code("not-a-code"))
    wrong = AsyncOAuth(app_key=fresh.app_key, app_secret=WRONG_SECRET, max_retries=0, **_endpoints(fresh))
    await seen.fails_async(lambda: wrong.refresh(explicit.refresh_token))
    fresh.faults.add("malformed", "GET /token/refresh", times=3)
    await seen.fails_async(lambda: oauth.refresh(explicit.refresh_token))
    fresh.faults.clear()
    fresh.faults.add("503", "GET /token/get", times=3)
    await seen.fails_async(lambda: wrong.exchange_code(_code(fresh, seen)))
    fresh.faults.clear()
    fresh.revoke_refresh_tokens()
    fresh.expire_access_tokens()
    await seen.fails_async(lambda: client.seller.get_shops())
    await client.aclose()
    assert len(seen.errors) == 5

    logs = every_log_line.getvalue()
    assert "HTTP Request: GET" in logs and "refresh_token=***" in logs
    assert_nothing_leaks(fresh, seen, logs)


SCRIPT = """
import logging, sys
before = sys.argv[1] == "before"
if before:
    logging.basicConfig(level=logging.DEBUG)
from tiktok_shop import TikTokShopError
from tiktok_shop.auth import OAuth
if not before:
    logging.basicConfig(level=logging.DEBUG)
key, secret, base, auth, code = sys.argv[2:7]
oauth = OAuth(app_key=key, app_secret=secret, base_url=base, auth_base_url=auth)
token = oauth.exchange_code(code)
oauth.refresh(token.refresh_token)
try:
    oauth.exchange_code(code)
except TikTokShopError as exc:
    logging.getLogger("app").exception("exchange failed: %s %r", exc, exc)
"""


@pytest.mark.parametrize("configured", ["before", "after"])
def test_basic_config_before_or_after_import_leaks_nothing(fresh: Sandbox, configured: str) -> None:
    seen = Exposure()
    args = [fresh.app_key, fresh.app_secret, fresh.base_url, fresh.auth_base_url, _code(fresh, seen)]
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, configured, *args], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "HTTP Request: GET" in done.stderr and "exchange failed" in done.stderr
    assert_nothing_leaks(fresh, seen, done.stdout + done.stderr)


def test_cli_with_debug_leaks_nothing(fresh: Sandbox, tmp_path: Path) -> None:
    seen = Exposure()
    env = {
        **os.environ,
        "TIKTOK_SHOP_APP_KEY": fresh.app_key,
        "TIKTOK_SHOP_APP_SECRET": fresh.app_secret,
        "TIKTOK_SHOP_BASE_URL": fresh.base_url,
        "TIKTOK_SHOP_AUTH_BASE_URL": fresh.auth_base_url,
        "TIKTOK_SHOP_TOKEN_STORE": str(tmp_path / "tokens.sqlite3"),
    }
    cipher = fresh.sellers[0].shops[0].cipher

    def cli(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "tiktok_shop.cli", *args], capture_output=True, text=True, env=env, timeout=60
        )
        return done.stdout + done.stderr

    outputs = [cli("auth", "exchange", _code(fresh, seen))]
    fresh.expire_access_tokens()
    outputs.append(cli("call", "OrderSearchOrders", "-p", "page_size=2", "--shop", cipher, "--debug"))
    outputs.append(cli("auth", "refresh"))
    fresh.faults.add("500", "OrderSearchOrders", times=10)
    outputs.append(cli("call", "OrderSearchOrders", "-p", "page_size=2", "--shop", cipher, "--debug"))
    fresh.faults.clear()
    outputs.append(cli("auth", "exchange", _code(fresh, seen) + "x"))
    text = "\n".join(outputs)
    assert "/order/202309/orders/search" in text and "refreshing" in text and "ServerError" in text
    seen.texts.append(text)
    assert_nothing_leaks(fresh, seen, "")


secret_values = st.text(alphabet=string.ascii_letters + string.digits + "-_.~+/=%:;!*", min_size=1)


@given(name=st.sampled_from([*SECRET_PARAMS, "x-tts-access-token"]), value=secret_values)
def test_redact_hides_secret_values_in_every_shape_they_are_logged(name: str, value: str) -> None:
    shapes = [
        "GET https://auth.tiktok-shops.com/api/v2/token/get?app_key=k&{name}={value}&grant_type=x HTTP/1.1",
        '{{"{name}": "{value}", "open_id": "o"}}',
        "[(b'{name}', b'{value}'), (b'content-type', b'application/json')]",
    ]
    for shape in shapes:
        assert redact(shape.format(name=name, value=value)) == shape.format(name=name, value="***")
    assert (
        redact("GET /order/202309/orders?app_key=k&page_size=10") == "GET /order/202309/orders?app_key=k&page_size=10"
    )


def test_the_filter_never_drops_a_record() -> None:
    """Even a record logging itself cannot format passes on (logging reports it, not us)."""
    kept: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = kept.append  # type: ignore[method-assign]
    logger = logging.getLogger("httpx")
    level, propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False  # only this handler, which does not format
    try:
        logger.debug("%s and %s", "one argument short")  # noqa: PLE1206 - on purpose
        logger.debug("GET /x?app_secret=%s", "s3cr3t")
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate
    assert [r.msg for r in kept] == ["%s and %s", "GET /x?app_secret=***"]
