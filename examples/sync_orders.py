"""Keep a local SQLite copy of every shop's orders: a checkpointed poll, the companion of webhooks.

Webhooks can be missed, so a scheduled poll of ``update_time`` windows is what makes the copy
complete. :class:`tiktok_shop.sync.OrderSync` does the walking: from each shop's checkpoint (minus
an overlap) to TikTok's clock, windows split below TikTok's 10,000-result limit, a checkpoint after
every page. An order is checkpointed once the loop asks for the next one, so each upsert below is
committed before that: a crash re-reads at most a page, never skips, and the upsert makes a
re-read harmless.

Run: ``python -m examples.sync_orders`` (against the embedded sandbox when no credentials are set).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from tiktok_shop.auth import ShopClients
from tiktok_shop.sync import OrderSync, SQLiteCheckpointStore

SCHEMA = """
CREATE TABLE IF NOT EXISTS orders (
    shop_id TEXT NOT NULL, order_id TEXT NOT NULL, status TEXT, update_time INTEGER, payload TEXT NOT NULL,
    PRIMARY KEY (shop_id, order_id)
);
"""


def open_db(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)  # autocommit: each upsert is durable on its own
    db.executescript(SCHEMA)
    return db


def open_sync(folder: Path) -> OrderSync:
    """The sync with its checkpoints in ``folder/checkpoints.sqlite3`` (created 0600)."""
    return OrderSync(SQLiteCheckpointStore(folder / "checkpoints.sqlite3"), overlap=300)


def sync_shops(shops: ShopClients, db: sqlite3.Connection, sync: OrderSync, shop_ids: list[str]) -> dict[str, int]:
    """Upsert each shop's orders changed since its checkpoint; returns how many were written per shop."""
    written = dict.fromkeys(shop_ids, 0)
    for shop_id, order in sync.shops(shops, shop_ids):
        db.execute(
            "INSERT INTO orders VALUES (?, ?, ?, ?, ?) ON CONFLICT (shop_id, order_id) DO UPDATE SET "
            "status = excluded.status, update_time = excluded.update_time, payload = excluded.payload "
            "WHERE excluded.update_time >= orders.update_time",  # a re-read never rolls an order back
            (shop_id, order.id, order.status, order.update_time, json.dumps(order.model_dump(mode="json"))),
        )
        written[shop_id] += 1
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
        db, sync = open_db(Path(tmp) / "orders.sqlite3"), open_sync(Path(tmp))
        for run in (1, 2):
            print(f"run {run}: {sync_shops(shops, db, sync, shop_ids)}")


if __name__ == "__main__":
    main()
