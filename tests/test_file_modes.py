"""Token and webhook-dedupe files are private: 0600 files (-wal and -shm too) in 0700 folders.

Run in a child process with umask 0, so a permissive process umask cannot hide a file created
with looser modes, and checked with ``os.stat`` on the files SQLite itself wrote.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import json, os, stat, sys
from pathlib import Path
os.umask(0)
from tiktok_shop.auth import SQLiteTokenStore, Token, default_store_path
from tiktok_shop.webhooks import SQLiteDedupeStore
root = Path(sys.argv[1])
tokens = SQLiteTokenStore(root / "secrets" / "tokens.sqlite3")
tokens.put(Token("o", "access", 2_000_000_000, "refresh", 2_000_000_000))
with tokens.refreshing("o") as transaction:
    transaction.put(Token("o", "access2", 2_000_000_000, "refresh2", 2_000_000_000))
seen = SQLiteDedupeStore(root / "hooks" / "seen.sqlite3")
seen.claim("n-1")
default = SQLiteTokenStore()
default.put(Token("o", "access", 2_000_000_000, "refresh", 2_000_000_000))
paths = [root / "secrets", root / "hooks", default.path.parent, default_store_path().parent]
for database in (tokens.path, root / "hooks" / "seen.sqlite3", default.path):
    paths += [database, Path(f"{database}-wal"), Path(f"{database}-shm")]
print(json.dumps({str(p): oct(stat.S_IMODE(p.stat().st_mode)) for p in paths}))
"""


def test_stores_create_private_files_and_folders(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg")}
    (tmp_path / "xdg" / "tiktok-shop").mkdir(parents=True, mode=0o755)  # as an older version left it
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    modes = json.loads(done.stdout)
    assert len(modes) == 12
    assert str(tmp_path / "xdg" / "tiktok-shop" / "tokens.sqlite3-wal") in modes
    for path, mode in modes.items():
        assert mode == ("0o700" if Path(path).is_dir() else "0o600"), path
