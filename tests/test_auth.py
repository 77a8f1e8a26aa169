"""Authorization and tokens against the sandbox: exchange, refresh, rotation, single flight, crashes."""

from __future__ import annotations

import multiprocessing as mp
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from tiktok_shop import AuthenticationError, RefreshTokenError, TikTokShop
from tiktok_shop.auth import (
    AsyncOAuth,
    MemoryTokenStore,
    OAuth,
    SQLiteTokenStore,
    TokenManager,
    authorization_url,
)
from tiktok_shop.sandbox import Sandbox


def _oauth(sandbox: Sandbox) -> OAuth:
    return OAuth(
        app_key=sandbox.app_key,
        app_secret=sandbox.app_secret,
        base_url=sandbox.base_url,
        auth_base_url=sandbox.auth_base_url,
    )


def _client(sandbox: Sandbox, manager: Any) -> TikTokShop:
    return TikTokShop(
        app_key=sandbox.app_key,
        app_secret=sandbox.app_secret,
        token_source=manager,
        base_url=sandbox.base_url,
        auth_base_url=sandbox.auth_base_url,
    )


@pytest.fixture
def fresh() -> Any:
    with Sandbox(orders=5, products=2, seed=3) as server:
        yield server


def test_authorization_url() -> None:
    url = authorization_url("7123", "st&te")
    assert url == "https://services.tiktokshop.com/open/authorize?service_id=7123&state=st%26te"
    assert authorization_url("1", "s", region="us").startswith("https://services.us.tiktokshop.com/")
    with pytest.raises(ValueError, match="region"):
        authorization_url("1", "s", region="mars")


def test_exchange_gives_a_typed_token_and_codes_are_single_use(fresh: Sandbox) -> None:
    oauth = _oauth(fresh)
    code = fresh.issue_auth_code()
    token = oauth.exchange_code(code)
    assert token.open_id == fresh.sellers[0].open_id
    assert token.access_token_expires_at.tzinfo is not None
    assert token.access_token_expire_in > time.time() + 6 * 86_400  # absolute timestamps, about 7 days ahead
    assert "seller.order.info" in token.granted_scopes
    assert token.access_token not in repr(token) and token.refresh_token not in repr(token)
    with pytest.raises(Exception) as info:
        oauth.exchange_code(code)
    assert "auth_code" in str(info.value)
    shops = oauth.authorized_shops(token.access_token)
    assert [s.cipher for s in shops] == [s.cipher for s in fresh.sellers[0].shops]


def test_refresh_rotates_and_the_old_refresh_token_dies_once_the_new_one_is_used(fresh: Sandbox) -> None:
    oauth = _oauth(fresh)
    first = oauth.exchange_code(fresh.issue_auth_code())
    second = oauth.refresh(first.refresh_token)
    assert second.refresh_token != first.refresh_token and second.access_token != first.access_token
    # Until the new grant is used, the old refresh token still works (a crash before persisting is safe).
    third = oauth.refresh(first.refresh_token)
    oauth.authorized_shops(third.access_token)  # first use of the newest grant
    with pytest.raises(RefreshTokenError):
        oauth.refresh(first.refresh_token)
    assert fresh.counters["token.refresh"] == 2


def test_expired_access_token_is_refreshed_transparently(fresh: Sandbox) -> None:
    oauth, store = _oauth(fresh), MemoryTokenStore()
    token = oauth.exchange_code(fresh.issue_auth_code())
    store.put(token)
    client = _client(fresh, TokenManager(oauth, store, token.open_id))
    assert client.seller.get_shops().shops
    fresh.expire_access_tokens()
    assert client.seller.get_shops().shops  # 105002, refresh, retried once
    assert fresh.counters["token.refresh"] == 1
    stored = store.get(token.open_id)
    assert stored is not None and stored.access_token != token.access_token


def test_token_near_expiry_is_refreshed_ahead(fresh: Sandbox) -> None:
    oauth, store = _oauth(fresh), MemoryTokenStore()
    token = oauth.exchange_code(fresh.issue_auth_code())
    store.put(token)
    manager = TokenManager(oauth, store, token.open_id, refresh_margin=8 * 86_400)  # always "about to expire"
    manager.access_token()
    assert fresh.counters["token.refresh"] == 1


def test_revoked_refresh_token_raises_a_clear_error(fresh: Sandbox) -> None:
    oauth, store = _oauth(fresh), MemoryTokenStore()
    token = oauth.exchange_code(fresh.issue_auth_code())
    store.put(token)
    client = _client(fresh, TokenManager(oauth, store, token.open_id))
    fresh.revoke_refresh_tokens()
    fresh.expire_access_tokens()
    with pytest.raises(RefreshTokenError) as info:
        client.seller.get_shops()
    assert "re-authorize" in str(info.value)
    assert token.refresh_token not in str(info.value)


def test_64_threads_cause_exactly_one_refresh(fresh: Sandbox, tmp_path: Path) -> None:
    oauth, store = _oauth(fresh), SQLiteTokenStore(tmp_path / "tokens.sqlite3")
    token = oauth.exchange_code(fresh.issue_auth_code())
    store.put(token)
    client = _client(fresh, TokenManager(oauth, store, token.open_id))
    fresh.expire_access_tokens()
    barrier, errors = threading.Barrier(64), []

    def work() -> None:
        barrier.wait()
        try:
            client.seller.get_shops()
        except Exception as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(64)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert fresh.counters["token.refresh"] == 1


# -- Redis: processes on "many machines" share one store ---------------------------------------------
def _redis_worker(url: str, settings: dict[str, Any], open_id: str, start: Any, out: Any) -> None:
    from tiktok_shop.auth import RedisTokenStore

    oauth = OAuth(
        app_key=settings["app_key"],
        app_secret=settings["app_secret"],
        base_url=settings["base_url"],
        auth_base_url=settings["auth_base_url"],
    )
    client = TikTokShop(**settings, token_source=TokenManager(oauth, RedisTokenStore(url), open_id))
    start.wait()
    results = []
    for _ in range(8):
        results.append(bool(client.seller.get_shops().shops))
    out.put(all(results))


@pytest.mark.redis
def test_four_processes_on_redis_refresh_once(fresh: Sandbox, redis_url: str) -> None:
    from tiktok_shop.auth import RedisTokenStore

    oauth, store = _oauth(fresh), RedisTokenStore(redis_url)
    token = oauth.exchange_code(fresh.issue_auth_code())
    store.put(token)
    fresh.expire_access_tokens()
    settings = {
        "app_key": fresh.app_key,
        "app_secret": fresh.app_secret,
        "base_url": fresh.base_url,
        "auth_base_url": fresh.auth_base_url,
    }
    context = mp.get_context("spawn")
    start, out = context.Event(), context.Queue()
    workers = [
        context.Process(target=_redis_worker, args=(redis_url, settings, token.open_id, start, out)) for _ in range(4)
    ]
    for worker in workers:
        worker.start()
    time.sleep(1.5)  # let every worker import and block on the event
    start.set()
    for worker in workers:
        worker.join(60)
    assert [out.get(timeout=5) for _ in workers] == [True] * 4
    assert fresh.counters["token.refresh"] == 1


# -- crash safety ---------------------------------------------------------------------------------
CRASH_CHILD = """
import sys
from tiktok_shop import TikTokShop
from tiktok_shop.auth import OAuth, SQLiteTokenStore, TokenManager
key, secret, base, auth, path, open_id = sys.argv[1:7]
oauth = OAuth(app_key=key, app_secret=secret, base_url=base, auth_base_url=auth)
store = SQLiteTokenStore(path)
manager = TokenManager(oauth, store, open_id)
client = TikTokShop(app_key=key, app_secret=secret, token_source=manager, base_url=base)
print("ready", flush=True)
while True:
    current = store.get(open_id)
    manager.refresh_after_rejection(current.access_token)  # refresh, persist, then use
    client.seller.get_shops()
"""


def _first_use_of_a_new_token(sandbox: Sandbox, mark: int) -> None:
    """Wait until the child has refreshed and then called with the new access token (the sandbox
    logs the call after accepting the token, which retires the previous refresh token)."""
    deadline = time.monotonic() + 30
    while not any(r.operation == "SellerGetShops" for r in sandbox.requests[mark:]):
        assert time.monotonic() < deadline, "the child never used a refreshed token"
        time.sleep(0.002)


@pytest.mark.parametrize("moment", ["random", "right-after-first-use"])
def test_sigkill_during_refreshes_never_loses_the_refresh_token(fresh: Sandbox, tmp_path: Path, moment: str) -> None:
    """A child refreshes and uses tokens in a loop and is SIGKILLed: at random moments, and right
    after it first used a new access token (when the old refresh token has just stopped working)."""
    oauth, path = _oauth(fresh), tmp_path / "tokens.sqlite3"
    store = SQLiteTokenStore(path)
    token = oauth.exchange_code(fresh.issue_auth_code())
    store.put(token)
    rng = random.Random(11)
    args = [fresh.app_key, fresh.app_secret, fresh.base_url, fresh.auth_base_url, str(path), token.open_id]
    for _ in range(10):
        mark = len(fresh.requests)
        child = subprocess.Popen([sys.executable, "-c", CRASH_CHILD, *args], stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        if moment == "random":
            time.sleep(rng.uniform(0.0, 0.25))
        else:
            _first_use_of_a_new_token(fresh, mark)
        child.send_signal(signal.SIGKILL)
        child.wait()
        # The store still authenticates: its refresh token gets a new access token.
        checker = _client(fresh, TokenManager(oauth, SQLiteTokenStore(path), token.open_id))
        fresh.expire_access_tokens()
        assert checker.seller.get_shops().shops
    assert fresh.counters["token.refresh"] >= 10


def test_a_wrong_app_secret_is_not_blamed_on_the_refresh_token(fresh: Sandbox) -> None:
    oauth, store = _oauth(fresh), MemoryTokenStore()
    token = oauth.exchange_code(fresh.issue_auth_code())
    store.put(token)
    wrong = OAuth(
        app_key=fresh.app_key,
        app_secret="not-the-app-secret",
        base_url=fresh.base_url,
        auth_base_url=fresh.auth_base_url,
    )
    for failing in (
        lambda: wrong.refresh(token.refresh_token),
        lambda: wrong.exchange_code(fresh.issue_auth_code()),
        lambda: TokenManager(wrong, store, token.open_id).refresh_after_rejection(token.access_token),
    ):
        with pytest.raises(AuthenticationError) as info:
            failing()
        assert type(info.value) is AuthenticationError and "app key or app secret" in str(info.value)
        assert "re-authorize" not in str(info.value) and info.value.request_id
    oauth.refresh(token.refresh_token)  # the seller's refresh token was fine all along
    fresh.revoke_refresh_tokens()
    with pytest.raises(RefreshTokenError, match="re-authorize"):
        oauth.refresh(token.refresh_token)


async def test_async_oauth_tells_app_credentials_from_refresh_tokens(fresh: Sandbox) -> None:
    def oauth(secret: str) -> AsyncOAuth:
        return AsyncOAuth(
            app_key=fresh.app_key, app_secret=secret, base_url=fresh.base_url, auth_base_url=fresh.auth_base_url
        )

    token = await oauth(fresh.app_secret).exchange_code(fresh.issue_auth_code())
    with pytest.raises(AuthenticationError) as info:
        await oauth("not-the-app-secret").refresh(token.refresh_token)
    assert not isinstance(info.value, RefreshTokenError) and "app key or app secret" in str(info.value)
    fresh.revoke_refresh_tokens()
    with pytest.raises(RefreshTokenError):
        await oauth(fresh.app_secret).refresh(token.refresh_token)
