"""Keep a local SQLite copy of every shop's orders: a checkpointed poll, the companion of webhooks.

Webhooks can be missed, so a scheduled poll of ``update_time`` windows is what makes the copy
complete. Each run asks every shop for orders updated since its last checkpoint (minus an
overlap for clock skew), upserts them, then moves the checkpoint to the run's start time.

Run: ``python -m examples.sync_orders`` (against the embedded sandbox when no credentials are set).
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path

from tiktok_shop.auth import ShopClients

OVERLAP = 300  # seconds re-read at each run's start: TikTok's update_time and ours may disagree

SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    shop_id TEXT NOT NULL, order_id TEXT NOT NULL, status TEXT, update_time INTEGER, payload TEXT NOT NULL,
    PRIMARY KEY (shop_id, order_id)
);
CREATE TABLE IF NOT EXISTS checkpoints (shop_id TEXT PRIMARY KEY, synced_until INTEGER NOT NULL);
"""


def open_db(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.executescript(SCHEMA)
    return db


def sync_shop(shops: ShopClients, db: sqlite3.Connection, shop_id: str) -> int:
    """Upsert the shop's orders changed since its checkpoint; returns how many were written."""
    started = int(time.time())
    row = db.execute("SELECT synced_until FROM checkpoints WHERE shop_id = ?", (shop_id,)).fetchone()
    since = max(0, row[0] - OVERLAP) if row else 0
    client = shops.for_shop(shop_id)
    written = 0
    db.execute("BEGIN")
    try:
        orders = client.order.iter_search_orders(
            page_size=100, update_time_ge=since, sort_field="update_time", sort_order="ASC"
        )
        for order in orders:
            db.execute(
                "INSERT INTO orders VALUES (?, ?, ?, ?, ?) ON CONFLICT (shop_id, order_id) DO UPDATE SET "
                "status = excluded.status, update_time = excluded.update_time, payload = excluded.payload",
                (shop_id, order.id, order.status, order.update_time, json.dumps(order.model_dump(mode="json"))),
            )
            written += 1
        db.execute("INSERT OR REPLACE INTO checkpoints VALUES (?, ?)", (shop_id, started))
        db.execute("COMMIT")  # orders and checkpoint together: a crash re-reads, never skips
    except BaseException:
        db.execute("ROLLBACK")
        raise
    return written


def main() -> None:
    import tempfile

    from tiktok_shop import TikTokShop
    from tiktok_shop.auth import MemoryTokenStore, OAuth
    from tiktok_shop.sandbox import Sandbox

    with Sandbox(orders=500) as sandbox, tempfile.TemporaryDirectory() as tmp:
        key, secret = sandbox.app_key, sandbox.app_secret
        oauth = OAuth(app_key=key, app_secret=secret, base_url=sandbox.base_url, auth_base_url=sandbox.auth_base_url)
        client = TikTokShop(app_key=key, app_secret=secret, base_url=sandbox.base_url)
        shops = ShopClients(client, oauth, MemoryTokenStore())
        shop_ids = []
        for seller in sandbox.sellers:
            token = oauth.exchange_code(sandbox.issue_auth_code(seller.open_id))
            shop_ids += [shop.id for shop in shops.add_seller(token)]
        db = open_db(Path(tmp) / "orders.sqlite3")
        for run in (1, 2):
            counts = {shop_id: sync_shop(shops, db, shop_id) for shop_id in shop_ids}
            print(f"run {run}: {counts}")


if __name__ == "__main__":
    main()
