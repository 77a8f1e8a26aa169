"""A smoke run of every benchmark with tiny sizes, so they never rot (figures are not asserted here)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _quick(*cases: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--no-peers", "--only", ",".join(cases)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_benchmarks_smoke_run() -> None:
    cases = ("B1", "B2", "B3", "B4", "B5", "B6", "B7")
    printed = _quick(*cases)
    for case in cases:
        assert f"| {case} |" in printed


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_b8_fleet_smoke_run_on_a_real_redis() -> None:
    printed = _quick("B8")
    assert "| B8 |" in printed
    notes = json.loads(next(line for line in printed.splitlines() if line.startswith("B8 notes: "))[10:])
    for run in ("fleet", "no_limiter", "one_worker_same_calls"):
        assert notes[run]["calls"] == 40 and notes[run]["failed"] == 0
        assert notes[run]["answers"] >= 40  # counted at the sandbox: every call answered (429s besides)
    assert notes["minimum_s"] == 1.0
