"""A wheel built from the repo installs into a fresh venv and imports there."""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_and_imports_in_a_clean_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("tiktok_shop-*.whl"))
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # Dependencies come from the running interpreter's site-packages: no network needed.
    site = next(p for p in sys.path if p.endswith("site-packages"))
    subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True, capture_output=True)
    probe = (
        f"import sys; sys.path.append({site!r}); import tiktok_shop, tiktok_shop_generated, importlib.resources as r;"
        "c = tiktok_shop.TikTokShop(app_key='k', app_secret='s');"
        "print(tiktok_shop.__file__); print(len(tiktok_shop.operations()));"
        "print(r.files('tiktok_shop').joinpath('py.typed').is_file());"
        "print(r.files('tiktok_shop.sandbox').joinpath('samples.json').is_file());"
        "print(r.files('tiktok_shop.sandbox').joinpath('templates/console.html').is_file());"
        "print(r.files('tiktok_shop_generated').joinpath('openapi.json').is_file())"
    )
    out = subprocess.run([python, "-c", probe], check=True, capture_output=True, text=True, cwd=tmp_path).stdout
    lines = out.split()
    assert str(env_dir) in lines[0]
    assert int(lines[1]) == 360
    assert lines[2:] == ["True", "True", "True", "True"]  # py.typed, the sandbox's data and console templates
