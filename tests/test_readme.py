"""Every Python block of README.md runs as written against a sandbox, and passes a user's `mypy --strict`.

How a reader runs a block, which is what this test does:

1. the README's own "try one without credentials" block runs first (it starts a ``Sandbox`` and names
   ``KEY``, ``SECRET``, ``code``, ``client`` and ``oauth`` after the sandbox's values);
2. the placeholders the README names are replaced as it says: ``TikTokShop(app_key="...",
   app_secret="...", access_token="...")`` becomes ``TikTokShop(**sandbox.credentials())``, a
   ``TikTokShop(app_key=KEY, app_secret=SECRET`` gets ``base_url=sandbox.base_url``, an ``OAuth(app_key=KEY,
   app_secret=SECRET)`` both base URLs;
3. what a reader's web framework hands a webhook handler (``raw_body``, ``request_headers``) is a
   signed ``ORDER_STATUS_CHANGE`` delivery for one of the sandbox's orders, signed here by hand with
   ``hmac`` as TikTok documents it (not with the client's signer);
4. the blocks of one section run in order in one namespace, in a fresh folder (relative paths such as
   ``seen.sqlite3``, and the default token store under ``XDG_DATA_HOME``, land there);
5. ``redis://localhost:6379/0`` is the reader's own Redis: here a real redis-server on a free port;
6. "Testing your integration" shows a user's test file: it runs as one, under pytest, with the plugin
   the package installs, and without the prelude.

A block that is deliberately not runnable is preceded by ``<!-- not run: why -->``.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import re
import subprocess
import sys
import time
from contextlib import redirect_stdout
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text()
PRELUDE_SECTION = "Quick start"
PLUGIN_SECTION = "Testing your integration"
NOT_RUN = re.compile(r"<!-- not run: (.+?) -->\n```python\n")

SUBSTITUTIONS = [
    ('TikTokShop(app_key="...", app_secret="...", access_token="..."', "TikTokShop(**sandbox.credentials()"),
    (
        "TikTokShop(app_key=KEY, app_secret=SECRET",
        "TikTokShop(app_key=KEY, app_secret=SECRET, base_url=sandbox.base_url",
    ),
    (
        "OAuth(app_key=KEY, app_secret=SECRET)",
        "OAuth(app_key=KEY, app_secret=SECRET, base_url=sandbox.base_url, auth_base_url=sandbox.auth_base_url)",
    ),
]

WEBHOOK_REQUEST = """
import hashlib as _hashlib, hmac as _hmac, json as _json, time as _time

_shop = sandbox.sellers[0].shops[0]
_order_id = next(iter(sandbox.state.orders[_shop.cipher]))
raw_body = _json.dumps({
    "type": 1, "tts_notification_id": "7300000000000000001", "shop_id": _shop.id, "timestamp": int(_time.time()),
    "data": {"order_id": _order_id, "order_status": "AWAITING_SHIPMENT", "update_time": int(_time.time())},
}).encode()
request_headers = {"Authorization": _hmac.new(SECRET.encode(), KEY.encode() + raw_body, _hashlib.sha256).hexdigest()}
"""


def _sections() -> dict[str, list[str]]:
    """Each ``## `` section's runnable Python blocks, in order."""
    found: dict[str, list[str]] = {}
    for chunk in README.split("\n## ")[1:]:
        heading, _, body = chunk.partition("\n")
        runnable = NOT_RUN.sub("```not-run\n", body)
        blocks = re.findall(r"```python\n(.*?)```", runnable, re.S)
        if blocks:
            found[heading.strip()] = blocks
    return found


SECTIONS = _sections()
PRELUDE = SECTIONS[PRELUDE_SECTION][1]  # the Quick start's second block: "try one without credentials"


def _program(heading: str, redis_url: str = "redis://localhost:6379/0") -> str:
    """The blocks of ``heading`` as a reader runs them: the prelude, the placeholders filled in, the blocks."""
    blocks = SECTIONS[heading]
    if heading == PLUGIN_SECTION:
        return "\n".join(blocks)
    if heading == PRELUDE_SECTION:
        blocks = [blocks[0]]  # the prelude itself is every other section's first step
    code = "\n".join(blocks)
    for placeholder, value in SUBSTITUTIONS:
        code = code.replace(placeholder, value)
    code = code.replace("redis://localhost:6379/0", redis_url)
    needs = WEBHOOK_REQUEST if re.search(r"\braw_body\b", code) else ""
    return PRELUDE + needs + code


def test_the_readme_says_how_to_run_its_snippets_and_hides_almost_none() -> None:
    assert "Every Python block in this README runs as written" in README
    for placeholder, _ in SUBSTITUTIONS:  # each placeholder the test fills is one the README shows
        assert placeholder.split("(")[0] in README
    skipped = NOT_RUN.findall(README)
    assert len(skipped) <= 2, skipped
    assert all(len(reason) > 10 for reason in skipped)
    assert len(SECTIONS) >= 6 and sum(len(b) for b in SECTIONS.values()) >= 8


@pytest.fixture(scope="module")
def mypy_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """One `mypy --strict` run over every section's program, with a user's configuration, outside the repo."""
    folder = tmp_path_factory.mktemp("readme_mypy")
    names = {heading: f"readme_{i}.py" for i, heading in enumerate(SECTIONS)}
    for heading, name in names.items():
        (folder / name).write_text(_program(heading))
    (folder / "mypy.ini").write_text("[mypy]\nstrict = True\n")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "mypy.ini", *names.values()],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    out = done.stdout + done.stderr
    assert "error: Cannot find implementation" not in out and "No module named mypy" not in out, out
    return {
        heading: "\n".join(line for line in out.splitlines() if line.startswith(name))
        for heading, name in names.items()
    }


@pytest.mark.parametrize("heading", list(SECTIONS))
def test_readme_section_passes_mypy_strict(heading: str, mypy_report: dict[str, str]) -> None:
    assert mypy_report[heading] == "", f"README section {heading!r}:\n{mypy_report[heading]}"


def _run(heading: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **redis: str) -> tuple[dict[str, Any], str]:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    namespace: dict[str, Any] = {"__name__": f"readme_{heading}"}
    out = io.StringIO()
    try:
        with redirect_stdout(out):
            exec(compile(_program(heading, **redis), f"README.md ({heading})", "exec"), namespace)
    finally:
        for value in list(namespace.values()):
            if type(value).__name__ == "TikTokShop":
                value.close()
        _stop_every_sandbox(namespace)
    return namespace, out.getvalue()


def _stop_every_sandbox(namespace: dict[str, Any]) -> None:
    from tiktok_shop.sandbox import Sandbox

    for value in namespace.values():
        if isinstance(value, Sandbox):
            value.stop()


def test_quick_start_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    namespace, out = _run("Quick start", tmp_path, monkeypatch)
    lines = out.splitlines()
    orders = [line.split() for line in lines[:-1]]
    assert orders and all(status == "AWAITING_SHIPMENT" for _, status in orders)  # the filter reached TikTok
    status, request_id, total = lines[-1].split()
    assert status == "200" and request_id == namespace["raw"].request_id and int(total) >= len(orders)


def test_types_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    namespace, _ = _run("Types", tmp_path, monkeypatch)
    from tiktok_shop import TikTokShop
    from tiktok_shop.sandbox import Sandbox

    with Sandbox() as sandbox, TikTokShop(**sandbox.credentials()) as client:
        product_id = namespace["create_mug"](client)
        assert client.product.get_product_detail(product_id=product_id).title == "Ceramic mug"
        page = client.order.search_orders(page_size=20)
        assert all(
            namespace["needs_shipping"](o) == (o.status == "AWAITING_SHIPMENT" and not o.packages) for o in page.orders
        )


def test_signing_runs_and_matches_tiktoks_algorithm_by_hand(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    namespace, out = _run("Signing", tmp_path, monkeypatch)
    key, secret = namespace["KEY"], namespace["SECRET"]
    # TikTok's documented algorithm: HMAC-SHA256, keyed by the secret, of secret + path + sorted pairs + body + secret.
    canonical = f"{secret}/order/202309/orders/search" + "".join(
        k + str(v) for k, v in sorted({"app_key": key, "timestamp": 1767225600}.items())
    )
    expected = hmac.new(secret.encode(), canonical.encode() + b'{"page_size":10}' + secret.encode(), hashlib.sha256)
    assert namespace["signature"] == expected.hexdigest()
    signed = namespace["signed"]
    assert f"sign={signed.signature}" in signed.url and abs(signed.timestamp - time.time()) < 60
    assert out.split() == [namespace["signature"], signed.url]


def test_tokens_run_against_the_sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    namespace, out = _run("Tokens for one shop or thousands", tmp_path, monkeypatch)
    assert namespace["url"].startswith("https://") and namespace["state"] in namespace["url"]
    assert (tmp_path / "data" / "tiktok-shop" / "tokens.sqlite3").exists()  # the default store, redirected here
    assert out.strip() in {shop.name for seller in namespace["sandbox"].sellers for shop in seller.shops}
    page, detail = namespace["page"], namespace["detail"]
    assert page.orders and detail.orders[0].id == page.orders[0].id


def test_webhooks_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    namespace, out = _run("Webhooks", tmp_path, monkeypatch)
    assert namespace["status"] == 200
    event = namespace["event"]
    assert type(event).__name__ == "OrderStatusChangeEvent"
    assert out.split() == [event.shop_id, event.data.order_id, "AWAITING_SHIPMENT"]
    assert (tmp_path / "seen.sqlite3").exists()
    again = namespace["receiver"].handle(namespace["raw_body"], namespace["request_headers"])
    assert again == (200, None)  # the duplicate is answered without the handler


CHECKED_IN_DETAIL = {
    "Quick start",
    "Types",
    "Signing",
    "Tokens for one shop or thousands",
    "Webhooks",
    "Running a fleet",
}


def test_running_a_fleet_runs_on_a_real_redis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, redis_url: str) -> None:
    import redis

    namespace, out = _run("Running a fleet", tmp_path, monkeypatch, redis_url=redis_url)
    assert int(out) == 20 * 10  # every page full: the sandbox's shop has more than ten orders
    keys = redis.Redis.from_url(redis_url).keys("tiktok_shop:rate:*")
    assert keys and all(redis.Redis.from_url(redis_url).ttl(k) > 0 for k in keys)  # the limiter paced through Redis
    assert namespace["receiver"].dedupe.claim("n-1") and not namespace["receiver"].dedupe.claim("n-1")


@pytest.mark.parametrize("heading", [h for h in SECTIONS if h not in CHECKED_IN_DETAIL])
def test_every_other_section_runs(heading: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _run(heading, tmp_path, monkeypatch)  # each block asserts what it shows, or prints it


def test_the_prelude_alone_gives_a_working_client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {}
    exec(compile(PRELUDE, "README.md (prelude)", "exec"), namespace)
    try:
        assert namespace["client"].authorization.get_shops().shops
        token = namespace["oauth"].exchange_code(namespace["code"])
        assert token.access_token and token.open_id == namespace["sandbox"].sellers[0].open_id
    finally:
        namespace["client"].close()
        namespace["sandbox"].stop()
