"""B1-B7. Each case returns a row: what was measured, ours, the baseline, the ratio and the target."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Row:
    case: str
    what: str
    ours: float
    baseline: float | None
    unit: str
    target: str
    passed: bool
    notes: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline else self.ours / self.baseline

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "ratio": self.ratio}


def median_time(fn: Any, *, number: int, repeat: int) -> float:
    """Median seconds per call over ``repeat`` runs of ``number`` calls."""
    return statistics.median(timeit.repeat(fn, number=number, repeat=repeat)) / number


def alternating_medians(ours: Any, base: Any, *, number: int, repeat: int) -> tuple[float, float]:
    """Median seconds per call of each, timed round by round in turns (who goes first alternates too),
    so a machine that slows down or warms up during the run weighs on both alike."""
    timings: tuple[list[float], list[float]] = ([], [])
    for round_ in range(repeat):
        order = (0, 1) if round_ % 2 == 0 else (1, 0)
        for which in order:
            timings[which].append(timeit.timeit((ours, base)[which], number=number) / number)
    return statistics.median(timings[0]), statistics.median(timings[1])


# -- B1 -------------------------------------------------------------------------------------------
SECRET = "a3f5c0e1d2b4a6978877665544332211"
PATH = "/order/202309/orders/search"
PARAMS = {"app_key": "6a6xxx", "timestamp": "1697708762", "shop_cipher": "ROW_Y-vWxxxx", "page_size": "50",
          "sort_field": "create_time", "sort_order": "DESC"}  # fmt: skip
BODY = json.dumps({"order_status": "AWAITING_SHIPMENT", "note": "x" * 960}, separators=(",", ":")).encode()


def b1_sign(quick: bool) -> Row:
    from tiktok_shop import sign

    canonical = (SECRET + PATH + "".join(k + PARAMS[k] for k in sorted(PARAMS))).encode() + BODY + SECRET.encode()
    key = SECRET.encode()
    assert sign(SECRET, PATH, PARAMS, BODY) == hmac.new(key, canonical, hashlib.sha256).hexdigest()
    number, repeat = (200, 3) if quick else (20_000, 9)
    ours, base = alternating_medians(
        lambda: sign(SECRET, PATH, PARAMS, BODY),
        lambda: hmac.new(key, canonical, hashlib.sha256).hexdigest(),
        number=number,
        repeat=repeat,
    )
    return Row("B1", "sign() 6 params + 1 KB body vs one raw hmac over the canonical bytes", ours * 1e6, base * 1e6,
               "us/call", "<= 1.3x", ours / base <= 1.3)  # fmt: skip


# -- B2 / B3 --------------------------------------------------------------------------------------
def _presigned(credentials: dict[str, Any]) -> tuple[httpx.URL, dict[str, str]]:
    """The baseline's request, signed once: raw httpx at its cheapest (no signing, no URL building per call)."""
    from tiktok_shop.signing import Signer

    path = "/seller/202309/shops"
    query = {"app_key": credentials["app_key"], "timestamp": str(int(time.time()))}
    query["sign"] = Signer(credentials["app_secret"]).sign(path, query.items(), None)
    headers = {"x-tts-access-token": credentials["access_token"], "content-type": "application/json"}
    return httpx.URL(credentials["base_url"] + path, params=query), headers


def b2_sync_call(credentials: dict[str, Any], quick: bool) -> Row:
    from tiktok_shop import TikTokShop

    url, headers = _presigned(credentials)
    number, repeat = (20, 4) if quick else (200, 14)
    with TikTokShop(**credentials, max_retries=0) as client, httpx.Client() as raw:
        client.seller.get_shops()
        raw.get(url, headers=headers)
        ours, base = alternating_medians(
            client.seller.get_shops,
            lambda: json.loads(raw.get(url, headers=headers).content),
            number=number,
            repeat=repeat,
        )
        server = [float(raw.get(url, headers=headers).headers["server-timing"].split("=")[1]) for _ in
                  range(50)]  # fmt: skip
    notes = {"server_ms": round(statistics.median(server), 3)}
    return Row("B2", "one typed sync call (GET, keep-alive) vs raw httpx + json.loads, in turns", ours * 1e3, base * 1e3,
               "ms/call", "<= 1.25x", ours / base <= 1.25, notes)  # fmt: skip


def b3_async_throughput(credentials: dict[str, Any], quick: bool) -> Row:
    from tiktok_shop import AsyncTikTokShop

    url, headers = _presigned(credentials)
    calls, in_flight = (40, 10) if quick else (500, 50)

    async def run(fetch: Any) -> float:
        semaphore = asyncio.Semaphore(in_flight)

        async def one() -> None:
            async with semaphore:
                await fetch()

        started = time.perf_counter()
        await asyncio.gather(*(one() for _ in range(calls)))
        return calls / (time.perf_counter() - started)

    async def measure() -> tuple[float, float]:
        limits = httpx.Limits(max_connections=in_flight, max_keepalive_connections=in_flight)
        async with AsyncTikTokShop(**credentials, max_retries=0, http_client=httpx.AsyncClient(limits=limits)) as c, \
                httpx.AsyncClient(limits=limits) as raw:  # fmt: skip

            async def ours() -> None:
                await c.seller.get_shops()

            async def base() -> None:
                json.loads((await raw.get(url, headers=headers)).content)

            await run(ours)
            await run(base)
            rates: tuple[list[float], list[float]] = ([], [])
            for round_ in range(2 if quick else 10):  # in turns, who goes first alternating
                for which in (0, 1) if round_ % 2 == 0 else (1, 0):
                    rates[which].append(await run((ours, base)[which]))
            return statistics.median(rates[0]), statistics.median(rates[1])

    ours, base = asyncio.run(measure())
    return Row("B3", f"{calls} async calls, {in_flight} in flight: throughput vs raw httpx.AsyncClient, in turns", ours, base,
               "calls/s", ">= 0.85x", ours / base >= 0.85)  # fmt: skip


# -- B5 -------------------------------------------------------------------------------------------
def search_page(count: int) -> bytes:
    """A search answer of ``count`` orders, as the sandbox sends it (every documented field)."""
    import random

    from tiktok_shop import operation
    from tiktok_shop.sandbox._records import make_order
    from tiktok_shop.sandbox._router import answer_shape, load_spec

    rng = random.Random(1)
    orders = [make_order(rng, "US", i, 1_700_000_000) for i in range(count)]
    shape = answer_shape(load_spec(), operation("POST", "/order/202309/orders/search"))
    data = shape.complete({"orders": orders, "total_count": count, "next_page_token": ""})
    return json.dumps({"code": 0, "message": "Success", "request_id": "x", "data": data}).encode()


def b5_parse(quick: bool) -> Row:
    from tiktok_shop import operation
    from tiktok_shop._response import _envelope

    model = _envelope(operation("POST", "/order/202309/orders/search").response_model)
    payload = search_page(100)
    model.model_validate_json(payload)
    number, repeat = (5, 3) if quick else (200, 7)
    ours = median_time(lambda: model.model_validate_json(payload), number=number, repeat=repeat)
    base = median_time(lambda: json.loads(payload), number=number, repeat=repeat)
    return Row("B5", "parse a 100-order search response into models vs json.loads", ours * 1e3, base * 1e3, "ms",
               "report; aim <= 5x", ours / base <= 5, {"bytes": len(payload)})  # fmt: skip


# -- B6 -------------------------------------------------------------------------------------------
B6_CHILD = """
import json, resource, sys
from tiktok_shop import TikTokShop
credentials = json.loads(sys.argv[1])
marks, seen = [], 0
with TikTokShop(**credentials) as client:
    for page in client.order.iter_search_orders(page_size=100).pages():
        seen += len(page.orders or [])
        if not marks or seen in (1000, 10000, 25000, 50000) or seen == int(sys.argv[2]):  # from the first page
            marks.append((seen, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
print(json.dumps({"seen": seen, "marks": marks}))
"""


def b6_pagination_memory(quick: bool) -> Row:
    from ._server import sandbox_process

    total = 2_000 if quick else 50_000
    with sandbox_process(orders=total) as sandbox:
        out = subprocess.run([sys.executable, "-c", B6_CHILD, json.dumps(sandbox.credentials), str(total)], check=True,
                             capture_output=True, text=True).stdout  # fmt: skip
    result = json.loads(out)
    marks = result["marks"]
    growth_mb = (marks[-1][1] - marks[0][1]) / 1024
    notes = {"items": result["seen"], "peak_rss_kb_at": marks}
    return Row("B6", f"iterate {result['seen']} orders with auto-pagination: peak RSS growth from the first page to the last",
               growth_mb, None, "MB", "< 30 MB, flat", growth_mb < 30 and result["seen"] == total, notes)  # fmt: skip


# -- B7 -------------------------------------------------------------------------------------------
def b7_generator(quick: bool) -> Row:
    del quick
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        code = "import sys, pathlib; from generator.__main__ import generate_into; generate_into(pathlib.Path(sys.argv[1]))"
        subprocess.run([sys.executable, "-c", code, str(Path(tmp) / "out")], check=True, cwd=ROOT)
        seconds = time.perf_counter() - started
        files = sum(1 for _ in (Path(tmp) / "out").rglob("*.py"))
    return Row("B7", "full generator run (spec -> formatted package)", seconds, None, "s", "aim < 30 s", seconds < 30,
               {"python_files": files})  # fmt: skip
