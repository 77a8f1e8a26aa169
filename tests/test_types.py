"""The public types as a user meets them: import paths, names, mypy --strict on the README and a user script."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import tiktok_shop
from tiktok_shop import TikTokShop
from tiktok_shop._registry import modules
from tiktok_shop.sandbox import Sandbox

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


def _readme_block(heading: str) -> str:
    text = (ROOT / "README.md").read_text()
    section = text.split(f"\n## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```python\n(.*?)```", section, re.S)[0]


@pytest.mark.parametrize("heading", ["Quick start", "Types"])
def test_readme_snippets_pass_mypy_strict_as_written(tmp_path: Path, heading: str) -> None:
    out = _mypy(tmp_path, "snippet.py", _readme_block(heading))
    assert "Success: no issues found" in out, out


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


def test_the_types_example_runs_against_the_sandbox(sandbox: Sandbox) -> None:
    namespace: dict[str, object] = {}
    exec(compile(_readme_block("Types"), "README.md", "exec"), namespace)
    with TikTokShop(**sandbox.credentials()) as client:
        product_id = namespace["create_mug"](client)  # type: ignore[operator]
        assert client.product.get_product_detail(product_id=product_id).title == "Ceramic mug"
        page = client.order.search_orders(page_size=5, order_status="AWAITING_SHIPMENT")
        assert all(namespace["needs_shipping"](o) == (not o.packages) for o in page.orders)  # type: ignore[operator]


@pytest.mark.parametrize("wire", ["is_required", "is_requried"])
def test_category_attributes_read_either_spelling_of_is_required(wire: str) -> None:
    # TikTok's SDK reads `is_requried` (its models' baseName); the documented samples spell it right.
    from tiktok_shop.types.product import CategoryAttribute, CategoryGlobalAttribute

    for model in (CategoryAttribute, CategoryGlobalAttribute):
        parsed = model.model_validate_json(f'{{"id": "1", "{wire}": true}}')
        assert parsed.is_required is True
        assert parsed.model_extra == {}  # not drift: the spec declares both keys
        assert parsed.model_dump(exclude_none=True, exclude_defaults=True) == {"id": "1", "is_required": True}
