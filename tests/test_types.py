"""The public types as a user meets them: import paths, names, mypy --strict on a user script (README: test_readme)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import tiktok_shop
from tiktok_shop._registry import modules

ROOT = Path(__file__).resolve().parent.parent

USER_SCRIPT = """
from tiktok_shop.types.order import GetOrderDetailResponse, LineItem, Order, Package
from tiktok_shop.types.order import SearchOrdersRequest, SearchOrdersResponse
from tiktok_shop.types.product import UpdateProduct202309Request, UpdateProductRequest


def first_item(page: SearchOrdersResponse) -> LineItem:
    return page.orders[0].line_items[0]


def package_ids(order: Order) -> list[str]:
    return [p.id or "" for p in order.packages]


reveal_type(Order)
reveal_type(Order.model_fields)
order = Order()
reveal_type(order.line_items)
order.statuss
SearchOrdersRequest(order_status="NOT_A_STATUS")
"""


def _mypy(tmp_path: Path, name: str, code: str) -> str:
    """mypy --strict on a user's file, with the user's (empty) configuration, outside this repository."""
    (tmp_path / name).write_text(code)
    (tmp_path / "mypy.ini").write_text("[mypy]\nstrict = True\n")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "mypy.ini", "--no-incremental", name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout + done.stderr


def test_a_user_script_sees_names_attributes_and_known_values(tmp_path: Path) -> None:
    out = _mypy(tmp_path, "user.py", USER_SCRIPT)
    # The constructor shows each field, an enum's known values among them (what an IDE completes).
    constructor = next(line for line in out.splitlines() if 'Revealed type is "def (*, id:' in line)
    statuses = yaml.safe_load((ROOT / "spec" / "order.yaml").read_text())["components"]["schemas"]["OrderOrder"]
    known = " | ".join(f"Literal['{v}']" for v in sorted(statuses["properties"]["status"]["enum"]))
    assert f"status: {known} | str | None =" in constructor
    assert 'Revealed type is "list[tiktok_shop_generated.order.models.LineItem]"' in out  # never None
    assert 'error: "Order" has no attribute "statuss"; maybe "status"?' in out
    assert 'Argument "order_status" to "SearchOrdersRequest" has incompatible type "Literal[\'NOT_A_STATUS\']"' in out
    assert out.count(" error: ") == 2, out  # every import resolved; the lists need no guard


def test_every_module_has_a_types_module_that_matches_its_models() -> None:
    import importlib

    for module in modules():
        public = importlib.import_module(f"tiktok_shop.types.{module}")
        models = importlib.import_module(f"tiktok_shop_generated.{module}.models")
        assert public.__all__ == models.__all__, module
        assert all(getattr(public, name) is getattr(models, name) for name in public.__all__)


def test_importing_tiktok_shop_loads_no_types() -> None:
    code = (
        "import sys, tiktok_shop, tiktok_shop.types; "
        "print(sorted(m for m in sys.modules if 'generated' in m or m.startswith('tiktok_shop.types.')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert tiktok_shop.types.order.Order.__name__ == "Order"  # type: ignore[attr-defined]


@pytest.mark.parametrize("wire", ["is_required", "is_requried"])
def test_category_attributes_read_either_spelling_of_is_required(wire: str) -> None:
    # TikTok's SDK reads `is_requried` (its models' baseName); the documented samples spell it right.
    from tiktok_shop.types.product import CategoryAttribute, CategoryGlobalAttribute

    for model in (CategoryAttribute, CategoryGlobalAttribute):
        parsed = model.model_validate_json(f'{{"id": "1", "{wire}": true}}')
        assert parsed.is_required is True
        assert parsed.model_extra == {}  # not drift: the spec declares both keys
        assert parsed.model_dump(exclude_none=True, exclude_defaults=True) == {"id": "1", "is_required": True}
