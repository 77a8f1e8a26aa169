"""Files that hold tokens or webhook history: readable by their owner only.

SQLite creates a database's ``-wal`` and ``-shm`` files with the database file's own permissions,
so creating the database file as 0600 before SQLite opens it covers all three.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["create_private_file"]


def create_private_file(path: Path) -> None:
    """Create ``path`` as 0600 (a missing folder as 0700) unless it exists; an existing file is left as it is."""
    if not path.parent.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)  # the umask can only remove bits
    os.close(descriptor)
