"""`python -m generator --diff OLD_SPEC_DIR` reports what a spec change does to the Python surface."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def test_diff_reports_added_removed_and_changed(tmp_path: Path) -> None:
    old = tmp_path / "old"
    shutil.copytree(ROOT / "spec", old)
    seller = yaml.safe_load((old / "seller.yaml").read_text())
    schemas = seller["components"]["schemas"]
    schemas["SellerShop"]["properties"]["legacy_code"] = {"type": "string", "description": "Gone in the new spec."}
    schemas["SellerShop"]["properties"]["id"] = {"type": "integer", "description": "Was an integer."}
    path, item = next((p, i) for p, i in seller["paths"].items() if "permissions" in p)
    del seller["paths"][path]
    (old / "seller.yaml").write_text(yaml.safe_dump(seller))
    done = subprocess.run(
        [sys.executable, "-m", "generator", "--diff", str(old)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    out = done.stdout
    assert "operation added: seller.get_permissions" in out
    assert "BREAKING model SellerShop: field legacy_code removed" in out
    assert "BREAKING model SellerShop: field id changed int -> str" in out
    assert item  # the removed path existed
