"""`tiktok-shop call` and `operations` as a user runs them: the real command against the sandbox."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tiktok_shop._registry import operations
from tiktok_shop.sandbox import Sandbox

from .cli_tools import COMMAND, authorize, run, sandbox_env


@pytest.fixture
def env(sandbox: Sandbox, tmp_path: Path) -> dict[str, str]:
    """The first seller authorized through `tiktok-shop auth exchange`."""
    env = sandbox_env(sandbox, tmp_path)
    authorize(sandbox, env)
    return env


def test_call_without_shop_uses_the_sellers_first_stored_shop(sandbox: Sandbox, env: dict[str, str]) -> None:
    first = sandbox.sellers[0].shops[0]
    done = run(["call", "OrderSearchOrders", "-p", "page_size=3"], env)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["orders"]) == 3
    assert f"using shop {first.id}" in done.stderr and sandbox.sellers[0].open_id in done.stderr
    # The shop used is the first one: its orders are the ones the sandbox holds for that cipher.
    ids = {o["id"] for o in json.loads(done.stdout)["orders"]}
    assert ids <= set(sandbox.state.orders[first.cipher])


def test_shop_takes_an_id_or_a_cipher_and_a_wrong_one_lists_the_shops(sandbox: Sandbox, env: dict[str, str]) -> None:
    second = sandbox.sellers[0].shops[1]
    by_id = run(["call", "OrderSearchOrders", "-p", "page_size=2", "--shop", second.id], env)
    by_cipher = run(["call", "OrderSearchOrders", "-p", "page_size=2", "--shop", second.cipher], env)
    assert by_id.returncode == 0 and by_cipher.returncode == 0, by_id.stderr + by_cipher.stderr
    assert json.loads(by_id.stdout) == json.loads(by_cipher.stdout)
    assert {o["id"] for o in json.loads(by_id.stdout)["orders"]} <= set(sandbox.state.orders[second.cipher])
    assert "using shop" not in by_id.stderr
    wrong = run(["call", "OrderSearchOrders", "--shop", "123"], env)
    assert wrong.returncode == 2 and wrong.stdout == ""
    assert "'123'" in wrong.stderr
    for shop in sandbox.sellers[0].shops:
        assert shop.id in wrong.stderr


def test_several_sellers_need_seller_and_the_error_lists_them(sandbox: Sandbox, env: dict[str, str]) -> None:
    authorize(sandbox, env, sandbox.sellers[1].open_id)
    first, second = (s.open_id for s in sandbox.sellers)
    ambiguous = run(["call", "OrderSearchOrders", "-p", "page_size=1"], env)
    assert ambiguous.returncode == 2 and ambiguous.stdout == ""
    assert first in ambiguous.stderr and second in ambiguous.stderr and "--seller" in ambiguous.stderr
    picked = run(["call", "OrderSearchOrders", "-p", "page_size=1", "--seller", second], env)
    assert picked.returncode == 0, picked.stderr
    assert f"using shop {sandbox.sellers[1].shops[0].id}" in picked.stderr
    # A shop names its seller: no --seller needed.
    by_shop = run(["call", "OrderSearchOrders", "-p", "page_size=1", "--shop", sandbox.sellers[1].shops[1].id], env)
    assert by_shop.returncode == 0, by_shop.stderr


def test_a_seller_stored_without_shops_gets_them_from_tiktok(sandbox: Sandbox, tmp_path: Path) -> None:
    from tiktok_shop.auth import OAuth, SQLiteTokenStore

    env = sandbox_env(sandbox, tmp_path)
    oauth = OAuth(
        app_key=sandbox.app_key,
        app_secret=sandbox.app_secret,
        base_url=sandbox.base_url,
        auth_base_url=sandbox.auth_base_url,
    )
    store = SQLiteTokenStore(env["TIKTOK_SHOP_TOKEN_STORE"])
    store.put(oauth.exchange_code(sandbox.issue_auth_code()))  # tokens only, no shop linked
    done = run(["call", "OrderSearchOrders", "-p", "page_size=1"], env)
    assert done.returncode == 0, done.stderr
    assert f"using shop {sandbox.sellers[0].shops[0].id}" in done.stderr
    assert [shop_id for _, shop_id, _ in store.linked_shops()] == [s.id for s in sandbox.sellers[0].shops]


def test_unknown_operation_suggests_the_closest_names(env: dict[str, str]) -> None:
    typo = run(["call", "OrderSerchOrders"], env)
    assert typo.returncode == 2 and "did you mean OrderSearchOrders" in typo.stderr
    dotted = run(["call", "order.search_order"], env)
    assert dotted.returncode == 2 and "order.search_orders" in dotted.stderr
    nothing = run(["call", "Zzzzzzzz"], env)
    assert (
        nothing.returncode == 2 and "did you mean" not in nothing.stderr and "tiktok-shop operations" in nothing.stderr
    )


def test_operations_shows_the_operation_ids_and_fits_80_columns(tmp_path: Path) -> None:
    from .cli_tools import clean_env

    narrow = run(["operations"], clean_env(tmp_path, COLUMNS="80"))
    assert narrow.returncode == 0, narrow.stderr
    lines = narrow.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    words = set(re.findall(r"[\w.]+", narrow.stdout))
    every = operations()
    assert f"{len(every)} operations" in narrow.stdout
    assert [op.id for op in every if op.id not in words] == []
    # Each id is followed by its request, and `call` accepts what the table shows.
    at = next(i for i, line in enumerate(lines) if re.search(r"\bOrderSearchOrders\b", line))
    assert "POST /order/202309/orders/search" in lines[at + 1]
    wide = run(["operations", "--module", "order"], clean_env(tmp_path, COLUMNS="200"))
    row = next(line for line in wide.stdout.splitlines() if re.search(r"\bOrderSearchOrders\b", line))
    assert "POST /order/202309/orders/search" in row and "pages" in row


def test_all_pages_jsonl_streams_items_as_pages_arrive(sandbox: Sandbox, env: dict[str, str]) -> None:
    cipher = sandbox.sellers[0].shops[0].cipher
    total = len(sandbox.state.orders[cipher])
    pages = -(-total // 20)
    sandbox.faults.add("delay", "OrderSearchOrders", times=None, probability=1.0, delay=0.3)
    mark = len(sandbox.requests)
    args = ["call", "OrderSearchOrders", "-p", "page_size=20", "--all-pages", "--jsonl", "--shop", cipher]
    process = subprocess.Popen([COMMAND, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    fetched_when_first_arrived = sum(1 for r in sandbox.requests[mark:] if r.operation == "OrderSearchOrders")
    rest, errors = process.stdout.read(), process.stderr.read()  # stderr holds one progress line: no deadlock
    assert process.wait(timeout=60) == 0, errors
    assert 1 <= fetched_when_first_arrived < pages
    lines = [first, *rest.splitlines()]
    items = [json.loads(line) for line in lines]  # every stdout line is one JSON object: nothing else
    assert all(isinstance(item, dict) for item in items)
    assert len({item["id"] for item in items}) == total == len(items)
    assert f"{total} items, {pages} pages" in errors and "items/s" in errors


def test_all_pages_without_jsonl_prints_one_array(sandbox: Sandbox, env: dict[str, str]) -> None:
    done = run(["call", "OrderSearchOrders", "-p", "page_size=50", "--all-pages"], env)
    assert done.returncode == 0, done.stderr
    orders = json.loads(done.stdout)
    assert len(orders) == len(sandbox.state.orders[sandbox.sellers[0].shops[0].cipher])
    assert "items/s" in done.stderr


def test_every_name_call_accepts_finds_its_operation_importing_only_its_module() -> None:
    from tiktok_shop._registry import find

    for op in operations():
        assert find(op.id) is op
        if op.latest:
            assert find(f"{op.module}.{op.name}") is op
        assert find(f"{op.method} {op.path}") is op
    script = (
        "import sys; from tiktok_shop._registry import find; find('ReturnRefundSearchReturns'); "
        "print(sorted(m for m in sys.modules if m.endswith('.operations') and 'generated' in m))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "['tiktok_shop_generated.return_refund.operations']"
