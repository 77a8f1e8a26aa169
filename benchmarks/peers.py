"""Side-by-side figures of other clients, measured in the same run on the same machine.

The PyPI package ``tiktok-shop-api`` goes into a throwaway venv (never a dependency of ours);
the npm package ``tiktok-shop-client`` into a throwaway folder when node is available.
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import time
import venv
from pathlib import Path
from typing import Any

from .cases import BODY, PARAMS, PATH, SECRET

CACHE = Path(__file__).resolve().parent / ".peers"

# Both clients are timed by the same harness in fresh processes, so neither carries the
# benchmark runner's heap or warm-up into its figure.
PEER_SIGN = """
import json, sys, timeit, statistics
from tiktok_shop_api import Signer
path, params, body, secret = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3].encode(), sys.argv[4]
query = list(params.items())
fn = lambda: Signer.sign(path=path, query=query, content_type="application/json", body=body, app_secret=secret)
number = int(sys.argv[5])
print(statistics.median(timeit.repeat(fn, number=number, repeat=9)) / number)
"""

OUR_SIGN = """
import json, sys, timeit, statistics
from tiktok_shop import sign
path, params, body, secret = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3].encode(), sys.argv[4]
fn = lambda: sign(secret, path, params, body)
number = int(sys.argv[5])
print(statistics.median(timeit.repeat(fn, number=number, repeat=9)) / number)
"""

PEER_CALL = """
import json, sys, timeit, statistics
from tiktok_shop_api import TikTokShop
c = json.loads(sys.argv[1])
client = TikTokShop(c["app_key"], c["app_secret"], c["access_token"], c["shop_cipher"], base_url=c["base_url"])
client.seller.get_active_shops()
number = int(sys.argv[2])
print(statistics.median(timeit.repeat(client.seller.get_active_shops, number=number, repeat=7)) / number)
"""

OUR_CALL = """
import json, sys, timeit, statistics
from tiktok_shop import TikTokShop
client = TikTokShop(**json.loads(sys.argv[1]), max_retries=0)
client.seller.get_shops()
number = int(sys.argv[2])
print(statistics.median(timeit.repeat(client.seller.get_shops, number=number, repeat=7)) / number)
"""


def _alternate(ours: list[str], theirs: list[str], rounds: int) -> tuple[float, float]:
    """Medians of ``rounds`` alternating runs of two measuring scripts (each prints seconds)."""
    mine, peer = [], []
    for _ in range(rounds):
        mine.append(float(subprocess.run(ours, capture_output=True, text=True, check=True).stdout))
        peer.append(float(subprocess.run(theirs, capture_output=True, text=True, check=True).stdout))
    return statistics.median(mine), statistics.median(peer)


NODE_SIGN = """
const Common = require('tiktok-shop-client/dist/common/common.js').default;
const crypto = require('crypto');
const [path, params, body, secret, n] = [process.argv[2], JSON.parse(process.argv[3]), JSON.parse(process.argv[4]), process.argv[5], +process.argv[6]];
function time(fn) { const runs = []; for (let r = 0; r < 9; r++) { const t = process.hrtime.bigint(); for (let i = 0; i < n; i++) fn(); runs.push(Number(process.hrtime.bigint() - t) / 1e9 / n); } runs.sort(); return runs[4]; }
const canonical = secret + path + Object.keys(params).sort().map(k => k + params[k]).join('') + JSON.stringify(body) + secret;
console.log(JSON.stringify({
  signer: time(() => Common.signatureByAppSecret(params, path, secret, body)),
  raw: time(() => crypto.createHmac('sha256', secret).update(canonical).digest('hex')),
}));
"""


def peer_python() -> Path | None:
    """The throwaway venv's python with tiktok-shop-api installed, or None when it cannot be had."""
    python = CACHE / "venv" / "bin" / "python"
    if not python.exists():
        venv.create(CACHE / "venv", with_pip=True)
        done = subprocess.run(
            [python, "-m", "pip", "install", "-q", "tiktok-shop-api"], capture_output=True, check=False
        )
        if done.returncode != 0:
            shutil.rmtree(CACHE / "venv", ignore_errors=True)
            return None
    return python


def peer_figures(credentials: dict[str, Any] | None, quick: bool) -> dict[str, Any]:
    python = peer_python()
    if python is None:
        return {"error": "tiktok-shop-api could not be installed"}
    figures: dict[str, Any] = {}
    rounds = 1 if quick else 3
    sign_args = [PATH, json.dumps(PARAMS), BODY.decode(), SECRET, "200" if quick else "20000"]
    ours, theirs = _alternate(
        [sys.executable, "-c", OUR_SIGN, *sign_args], [python, "-c", PEER_SIGN, *sign_args], rounds
    )
    figures["B1_us"], figures["B1_ours_us"] = theirs * 1e6, ours * 1e6
    if credentials is not None:
        n = "20" if quick else "400"
        peer_args = [json.dumps(credentials), n]
        ours, theirs = _alternate(
            [sys.executable, "-c", OUR_CALL, *peer_args], [python, "-c", PEER_CALL, *peer_args], rounds
        )
        figures["B2_ms"], figures["B2_ours_ms"] = theirs * 1e3, ours * 1e3
    cold: dict[str, list[float]] = {"tiktok_shop_api": [], "tiktok_shop": []}
    for _ in range(3 if quick else 15):
        for module, interpreter in (("tiktok_shop_api", python), ("tiktok_shop", Path(sys.executable))):
            started = time.perf_counter()
            subprocess.run([interpreter, "-c", f"import {module}"], check=True)
            cold[module].append(time.perf_counter() - started)
    figures["B4_ms"] = statistics.median(cold["tiktok_shop_api"]) * 1e3
    figures["B4_ours_ms"] = statistics.median(cold["tiktok_shop"]) * 1e3
    return figures


def node_figures(quick: bool) -> dict[str, Any]:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        return {"error": "node is not available"}
    folder = CACHE / "node"
    if not (folder / "node_modules" / "tiktok-shop-client").exists():
        folder.mkdir(parents=True, exist_ok=True)
        done = subprocess.run([npm, "install", "--silent", "--prefix", str(folder), "tiktok-shop-client"],
                              capture_output=True, check=False)  # fmt: skip
        if done.returncode != 0:
            return {"error": "npm install tiktok-shop-client failed"}
    script = folder / "bench.js"
    script.write_text(NODE_SIGN, encoding="utf-8")
    out = subprocess.run(
        [node, str(script), PATH, json.dumps(PARAMS), BODY.decode(), SECRET, "200" if quick else "20000"],
        capture_output=True, text=True, check=True, cwd=folder,
    )  # fmt: skip
    result = json.loads(out.stdout)
    return {"signer_us": result["signer"] * 1e6, "raw_hmac_us": result["raw"] * 1e6}
