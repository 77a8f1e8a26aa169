"""The spec and the generated surface: coverage, samples, forward compatibility, determinism."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

import tiktok_shop
from generator.__main__ import OUTPUTS
from generator.samples import as_specified
from tiktok_shop import RequestValidationError, TikTokShop

from .conftest import REFERENCE, SHARED
from .spec_tools import operation_spec, validate_response, wire_spec

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = REFERENCE / "samples" / "models"


def _catalog(name: str) -> list[dict[str, str]]:
    with (REFERENCE / name).open(encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t") if row.get("path")]


def _sample_cases() -> list[tuple[str, Path]]:
    return sorted((p.stem, p) for p in SAMPLES.rglob("*.json"))


def _operation_for_sample(stem: str) -> tiktok_shop.Operation[Any]:
    name = stem.removesuffix("Request").removesuffix("Response")
    rows = {row["name"]: row for row in _catalog("catalog.tsv")}
    row = rows[name]
    return tiktok_shop.operation(row["method"], row["path"])


def test_catalog_coverage() -> None:
    rows = _catalog("catalog.tsv")
    covered = [r for r in rows if _has(r["method"], r["path"])]
    missing = [f"{r['method']} {r['path']}" for r in rows if not _has(r["method"], r["path"])]
    assert len(covered) >= 110, missing


def test_full_catalog_coverage_and_shop_flags() -> None:
    rows = _catalog("catalog-full.tsv")
    missing = [f"{r['method']} {r['path']}" for r in rows if not _has(r["method"], r["path"])]
    assert missing == []
    wrong = [
        r["path"]
        for r in rows
        if r["shop_cipher"] in ("yes", "no")
        and tiktok_shop.operation(r["method"], r["path"]).shop_scoped != (r["shop_cipher"] == "yes")
    ]
    assert wrong == []


def _has(method: str, path: str) -> bool:
    try:
        tiktok_shop.operation(method, path)
    except KeyError:
        return False
    return True


@pytest.mark.parametrize(("stem", "path"), _sample_cases(), ids=[c[0] for c in _sample_cases()])
def test_every_sample_parses(stem: str, path: Path) -> None:
    payload = json.loads(path.read_text(encoding="utf-8"))
    op = _operation_for_sample(stem)
    if stem.endswith("Response"):
        data_schema = operation_spec(op)["responses"]["200"]["content"]["application/json"]["schema"]["properties"]
        data = as_specified(wire_spec(), data_schema["data"], payload.get("data") or {})
        model = op.response_model.model_validate(data)
        assert isinstance(model, BaseModel)
        assert not _unknown_fields(model), f"fields missing from the spec: {_unknown_fields(model)}"
        validate_response(op, {**payload, "data": data})
    else:
        assert op.body_model is not None, f"{op.id} has a request sample but no body schema"
        op.body_model.model_validate(payload)


def _unknown_fields(model: BaseModel, where: str = "") -> list[str]:
    """Fields a response model kept as extras: the spec does not describe them."""
    found = [f"{where}{key}" for key in (model.model_extra or {})]
    for name in type(model).model_fields:
        value = getattr(model, name)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, BaseModel):
                found += _unknown_fields(item, f"{where}{name}.")
    return found


def test_response_models_accept_unknown_fields_and_enum_values() -> None:
    op = tiktok_shop.operation("POST", "/order/202309/orders/search")
    data = {
        "orders": [{"id": "1", "status": "A_STATUS_FROM_THE_FUTURE", "brand_new_field": {"x": 1}}],
        "total_count": 1,
        "another_new_field": [1, 2],
    }
    page = op.response_model.model_validate_json(json.dumps(data))
    order = page.orders[0]  # type: ignore[attr-defined]
    assert order.status == "A_STATUS_FROM_THE_FUTURE"
    assert order.model_extra == {"brand_new_field": {"x": 1}}
    assert page.model_extra == {"another_new_field": [1, 2]}
    empty = op.response_model.model_validate({})
    assert empty.orders == []  # type: ignore[attr-defined]  # a list absent on the wire is empty
    assert op.response_model.model_validate_json(b'{"orders": null}').orders == []  # type: ignore[attr-defined]


def test_request_models_name_the_bad_field() -> None:
    client = TikTokShop(app_key="k", app_secret="s", access_token="t", shop_cipher="c", base_url="http://127.0.0.1:9")
    with pytest.raises(RequestValidationError) as info:
        client.order.search_orders(page_size=10, order_status="NOT_A_STATUS")  # type: ignore[arg-type]
    assert info.value.fields == ["order_status"]
    with pytest.raises(RequestValidationError, match="unexpected argument"):
        client.request(tiktok_shop.operation("POST", "/order/202309/orders/search"), {"page_size": 1, "typo": 2})


def test_every_operation_is_documented() -> None:
    for op in tiktok_shop.operations():
        spec = operation_spec(op)
        assert spec["summary"] and spec["description"], op.id
        assert op.response_model.__doc__, op.id


@pytest.mark.timeout(600)  # two full generator runs; minutes on a loaded 2-core machine
def test_generation_is_deterministic(tmp_path: Path) -> None:
    code = "import sys, pathlib; from generator.__main__ import generate_into; generate_into(pathlib.Path(sys.argv[1]))"
    for name in ("a", "b"):
        subprocess.run([sys.executable, "-c", code, str(tmp_path / name)], check=True, cwd=ROOT)
    first = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in (tmp_path / "a").rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in (tmp_path / "b").rglob("*") if p.is_file()}
    assert first == second
    committed = {
        p.relative_to(ROOT): p.read_bytes()
        for folder in OUTPUTS
        for p in (ROOT / folder).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert committed == first


def test_the_checker_demands_the_idempotency_mark(tmp_path: Path) -> None:
    """An operation that takes ``idempotency_key`` without ``x-tts-idempotency-key`` fails the bundle check."""
    from generator.bundle import load_modules

    spec = tmp_path / "spec"
    subprocess.run(["cp", "-r", str(ROOT / "spec"), str(spec)], check=True)
    assert load_modules(spec)[1] == []
    product = spec / "product.yaml"
    product.write_text(product.read_text().replace("      x-tts-idempotency-key: idempotency_key\n", "", 1))
    assert load_modules(spec)[1] == [
        "POST /product/202309/products: takes idempotency_key: mark it x-tts-idempotency-key: idempotency_key"
    ]
    product.write_text(
        product.read_text().replace(
            "x-tts-retry-safe: false", "x-tts-retry-safe: false\n      x-tts-idempotency-key: no_such_field", 1
        )
    )
    assert any("must name a string query parameter or body field" in e for e in load_modules(spec)[1])


@pytest.mark.skipif(not SHARED.exists(), reason="../shared is not beside the repo: nothing to compare with")
def test_reference_copy_is_current() -> None:
    """tests/data/reference holds exactly ../shared/reference's catalog, webhook types and samples."""
    copied = sorted(p.relative_to(REFERENCE) for p in REFERENCE.rglob("*") if p.is_file())
    wanted = ["catalog.tsv", "catalog-full.tsv", "webhook-types.tsv", "samples"]
    original = sorted(
        p.relative_to(SHARED) for p in SHARED.rglob("*") if p.is_file() and p.relative_to(SHARED).parts[0] in wanted
    )
    assert copied == original
    assert all((REFERENCE / p).read_bytes() == (SHARED / p).read_bytes() for p in copied)
