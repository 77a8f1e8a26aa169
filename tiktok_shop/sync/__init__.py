"""Order sync at scale: every order change of every shop, once, resumable after a crash.

``OrderSync(store).orders(client)`` walks ``update_time`` windows from the shop's checkpoint to
TikTok's clock, halves a window TikTok finds too broad (more than 10,000 matches, code 12052180),
re-reads ``overlap`` seconds before the checkpoint without handing those changes out twice, and
checkpoints after each page in a :class:`SQLiteCheckpointStore` (default) or a
:class:`RedisCheckpointStore` (for fleets). :class:`AsyncOrderSync` is the asyncio twin.
"""

from ._drivers import AsyncOrderSync, OrderSync, default_checkpoint_path
from ._stores import CheckpointStore, MemoryCheckpointStore, RedisCheckpointStore, SQLiteCheckpointStore
from ._walk import SEARCH_LIMIT, Checkpoint, Progress

__all__ = [
    "SEARCH_LIMIT",
    "AsyncOrderSync",
    "Checkpoint",
    "CheckpointStore",
    "MemoryCheckpointStore",
    "OrderSync",
    "Progress",
    "RedisCheckpointStore",
    "SQLiteCheckpointStore",
    "default_checkpoint_path",
]
