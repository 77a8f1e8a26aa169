"""A process that syncs one shop's orders into a line file: ``python -m tests.sync_worker CREDENTIALS STORE OUT``.

Each order handed out is appended to OUT as ``id update_time`` (unbuffered, so a SIGKILL loses
nothing the process wrote); checkpoints go to the SQLite file STORE. The kill-and-resume test runs it.
"""

from __future__ import annotations

import json
import os
import sys

from tiktok_shop import TikTokShop
from tiktok_shop.sync import OrderSync, SQLiteCheckpointStore


def main(credentials: str, store: str, out: str) -> None:
    descriptor = os.open(out, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with TikTokShop(**json.loads(credentials)) as client:
        for order in OrderSync(SQLiteCheckpointStore(store)).orders(client):
            os.write(descriptor, f"{order.id} {order.update_time}\n".encode())
    os.close(descriptor)


if __name__ == "__main__":
    main(*sys.argv[1:4])
