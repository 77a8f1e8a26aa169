"""`python -m generator --diff OLD_SPEC_DIR`: every change a caller would feel, on a scratch copy of the spec.

One scratch spec carries one instance of each BREAKING case (each on its own operation), so one
run checks them all; the spec is ours, the expectations are written from the issue's list.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.bundle import load_modules
from generator.diff import changelog, surface_diff
from generator.surface import build_surface

ROOT = Path(__file__).resolve().parent.parent


def _edit(spec: Path, name: str) -> tuple[dict[str, Any], Any]:
    path = spec / name
    data = yaml.safe_load(path.read_text())
    return data, lambda: path.write_text(yaml.safe_dump(data, sort_keys=False))


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of spec/ with one change of each kind."""
    new = tmp_path_factory.mktemp("spec") / "spec"
    shutil.copytree(ROOT / "spec", new)
    seller, save_seller = _edit(new, "seller.yaml")
    del seller["paths"]["/seller/202309/permissions"]  # an operation removed
    shops = seller["paths"]["/seller/202309/shops"]  # the default of get_shops moves to a newer path
    newer = copy.deepcopy(shops)
    newer["get"]["operationId"] = "SellerGetShops202601"
    newer["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"] = (
        "#/components/schemas/SellerGetShops202601Response"
    )
    schemas = seller["components"]["schemas"]
    schemas["SellerGetShops202601Response"] = copy.deepcopy(schemas["SellerGetShopsResponse"])
    seller["paths"]["/seller/202601/shops"] = newer
    save_seller()

    order, save_order = _edit(new, "order.yaml")
    del order["paths"]["/order/202309/orders"]  # a version removed (get_order_detail_202309)
    price = order["paths"]["/order/202407/orders/{order_id}/price_detail"]["get"]
    price["parameters"].append(  # a new required argument
        {"name": "currency", "in": "query", "required": True, "description": "Currency.", "schema": {"type": "string"}}
    )
    search = order["paths"]["/order/202309/orders/search"]["post"]
    search["parameters"] = [p for p in search["parameters"] if p.get("name") != "sort_field"]  # argument removed
    request = order["components"]["schemas"]["OrderSearchOrdersRequest"]
    request["properties"]["create_time_ge"]["type"] = "string"  # argument retyped
    request["properties"]["create_time_ge"].pop("format", None)
    request.setdefault("required", []).append("order_status")  # optional argument made required
    entity = order["components"]["schemas"]["OrderOrder"]["properties"]
    del entity["status"]  # a response field removed
    entity["update_time"] = {"type": "string", "description": "Now text."}  # a response field retyped
    blind = order["paths"]["/order/202309/orders/search"]  # a deprecation, replaced by another operation
    blind["post"]["x-tts-deprecated"] = {
        "since": "2026-01-01",
        "retire_on": "2026-12-31",
        "use": "OrderGetExternalOrders",
    }
    save_order()
    return new


@pytest.fixture(scope="module")
def lines(scratch: Path) -> list[str]:
    old = build_surface(load_modules(ROOT / "spec")[0])
    new_doc, errors = load_modules(scratch)
    assert errors == []
    return [change.line() for change in surface_diff(old, build_surface(new_doc))]


@pytest.mark.parametrize(
    "expected",
    [
        "BREAKING removed: operation seller.get_permissions (GET /seller/202309/permissions) removed",
        "BREAKING removed: operation order.get_order_detail_202309 (GET /order/202309/orders) removed",
        "BREAKING changed: order.get_order_price_detail (GET /order/202407/orders/{order_id}/price_detail): "
        "new required argument currency (str)",
        "BREAKING removed: order.search_orders (POST /order/202309/orders/search): argument sort_field removed",
        "BREAKING changed: order.search_orders (POST /order/202309/orders/search): "
        "argument create_time_ge retyped int -> str",
        "BREAKING changed: order.search_orders (POST /order/202309/orders/search): argument order_status made required",
        "BREAKING removed: order.search_orders (POST /order/202309/orders/search): "
        "response field orders[].status removed",
        "BREAKING changed: order.search_orders (POST /order/202309/orders/search): "
        "response field orders[].update_time retyped int -> str",
        "BREAKING changed: client.seller.get_shops now calls GET /seller/202601/shops "
        '(was GET /seller/202309/shops); pin the old one with client.at("202309").seller.get_shops',
        "BREAKING removed: type tiktok_shop.types.seller.GetPermissionsResponse removed",
        "added: operation seller.get_shops (GET /seller/202601/shops)",
        "deprecated: order.search_orders (POST /order/202309/orders/search): since 2026-01-01, retires on 2026-12-31; "
        "use client.order.get_external_orders",
    ],
)
def test_diff_reports_each_case(lines: list[str], expected: str) -> None:
    assert expected in lines, "\n".join(lines)


def test_no_change_is_reported_between_equal_specs(lines: list[str]) -> None:
    old = build_surface(load_modules(ROOT / "spec")[0])
    assert surface_diff(old, old) == []
    assert "No changes to the public surface." in changelog([])
    assert not any("get_order_price_detail" in line and "response" in line for line in lines)  # untouched


def test_cli_exits_1_on_breaking_and_prints_a_changelog(scratch: Path) -> None:
    command = [sys.executable, "-m", "generator", "--diff", str(ROOT / "spec"), "--spec", str(scratch)]
    gated = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert gated.returncode == 1, gated.stderr
    assert "BREAKING change(s); pass --allow-breaking" in gated.stderr
    accepted = subprocess.run(
        [*command, "--allow-breaking", "--changelog"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert accepted.returncode == 0, accepted.stderr
    entry = accepted.stdout
    assert entry.startswith("## [Unreleased]\n")
    sections = [line for line in entry.splitlines() if line.startswith("### ")]
    assert sections == ["### Added", "### Changed", "### Deprecated", "### Removed"]
    assert "- **BREAKING** operation seller.get_permissions (GET /seller/202309/permissions) removed" in entry


def test_a_deprecation_in_the_spec_reaches_the_descriptor_and_the_reference(scratch: Path, tmp_path: Path) -> None:
    from generator.__main__ import generate_into

    generate_into(tmp_path, scratch)
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import tiktok_shop_generated.order.operations as o; "
        "assert o.__file__.startswith(sys.argv[1]); print(o.SEARCH_ORDERS.deprecation)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "generated")], capture_output=True, text=True, check=True
    )
    assert (
        done.stdout.strip()
        == "Deprecation(since='2026-01-01', retire_on='2026-12-31', use='order.get_external_orders')"
    )
    page = (tmp_path / "docs" / "api" / "order.md").read_text()
    assert "| Deprecated | since 2026-01-01, retires on 2026-12-31; use `client.order.get_external_orders` |" in page


@pytest.mark.parametrize(
    ("mark", "error"),
    [
        ({"since": "2026-01-01", "retire_on": "2026-06-30", "use": "NoSuchOperation"}, "is not an operationId"),
        ({"since": "2026-07-01", "retire_on": "2026-06-30", "use": "OrderSearchOrders"}, "retires (2026-06-30) before"),
        ({"since": "soon", "retire_on": "2026-06-30", "use": "OrderSearchOrders"}, "quoted 'YYYY-MM-DD' dates"),
        ({"since": "2026-01-01", "use": "OrderSearchOrders"}, "needs exactly since, retire_on and use"),
    ],
)
def test_the_checker_rejects_bad_deprecation_marks(mark: dict[str, str], error: str) -> None:
    from generator.bundle import _check_all

    doc, errors = load_modules(ROOT / "spec")
    assert errors == []
    doc["paths"]["/order/202309/orders/search"]["post"]["x-tts-deprecated"] = mark
    assert any(error in e for e in _check_all(doc)), _check_all(doc)


def test_the_checker_rejects_bad_wire_names() -> None:
    from generator.bundle import _check_all

    doc, _ = load_modules(ROOT / "spec")
    doc["components"]["schemas"]["OrderOrder"]["properties"]["status"]["x-tts-wire-names"] = "statuss"
    assert any("x-tts-wire-names must be a non-empty list of strings" in e for e in _check_all(doc))
