"""``python -m benchmarks [--quick] [--only B1,B2]``: print the table, write benchmarks/results.json."""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from pathlib import Path
from typing import Any

from . import cases, cold, fleet, peers
from ._server import sandbox_process

RESULTS = Path(__file__).resolve().parent / "results.json"


def machine() -> dict[str, Any]:
    return {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform(),
            "processor": platform.processor() or platform.machine()}  # fmt: skip


def run(quick: bool, only: set[str] | None, with_peers: bool) -> dict[str, Any]:
    rows: list[cases.Row] = []

    def wanted(case: str) -> bool:
        return only is None or case in only

    if wanted("B1"):
        rows.append(cases.b1_sign(quick))
    peer: dict[str, Any] = {}
    b8: cases.Row | None = None
    if wanted("B2") or wanted("B3") or wanted("B4") or wanted("B8") or with_peers:
        with sandbox_process(orders=20) as sandbox:
            credentials = sandbox.credentials
            if wanted("B2"):
                rows.append(cases.b2_sync_call(credentials, quick))
            if wanted("B3"):
                rows.append(cases.b3_async_throughput(credentials, quick))
            if wanted("B4"):
                rows.append(cold.b4_cold_call(credentials, quick, peers.peer_python() if with_peers else None))
            if with_peers:
                peer = peers.peer_figures(credentials, quick)
            if wanted("B8"):
                b8 = fleet.b8_fleet(sandbox, quick)
    for case, fn in (("B5", cases.b5_parse), ("B6", cases.b6_pagination_memory), ("B7", cases.b7_generator)):
        if wanted(case):
            rows.append(fn(quick))
    if b8 is not None:
        rows.append(b8)
    node = peers.node_figures(quick) if with_peers else {}
    return {"machine": machine(), "quick": quick, "rows": [r.as_dict() for r in rows], "peer_python": peer,
            "node": node}  # fmt: skip


def table(results: dict[str, Any]) -> str:
    lines = ["| # | what | ours | baseline | ratio | target | ok |", "|---|---|---|---|---|---|---|"]
    for row in results["rows"]:
        ratio = f"{row['ratio']:.2f}x" if row["ratio"] is not None else "-"
        base = f"{row['baseline']:.3f}" if row["baseline"] is not None else "-"
        lines.append(f"| {row['case']} | {row['what']} | {row['ours']:.3f} {row['unit']} | {base} | {ratio} | "
                     f"{row['target']} | {'yes' if row['passed'] else 'NO'} |")  # fmt: skip
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--quick", action="store_true", help="tiny sizes: a smoke run")
    parser.add_argument("--only", help="comma-separated cases, e.g. B1,B4")
    parser.add_argument("--no-peers", action="store_true", help="skip tiktok-shop-api and the npm signer")
    args = parser.parse_args(argv)
    only = set(args.only.split(",")) if args.only else None
    results = run(args.quick, only, with_peers=not args.no_peers)
    print(table(results))
    for row in results["rows"]:
        if row["notes"]:
            print(f"{row['case']} notes: {json.dumps(row['notes'])}")
    if results["peer_python"]:
        print(f"tiktok-shop-api (same run): {json.dumps(results['peer_python'])}")
    if results["node"]:
        print(f"tiktok-shop-client (npm, same run): {json.dumps(results['node'])}")
    if not args.quick:
        RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
