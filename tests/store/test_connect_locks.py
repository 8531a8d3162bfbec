"""Opening a second store beside a live one keeps the process's SQLite locks (no open()/close() of the file)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from l2fh_desk.store.store import Store

ROOT = Path(__file__).resolve().parents[2]

# The app's way of holding the database: a main store kept open, and a second one (a background page)
# opened and closed beside it. Then it waits; then it saves once more through the main store.
HOLDER = r"""
import sys
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.store.store import Store

main = Store(sys.argv[1])
main.settings.set("probe", "first", actor=SYSTEM)
with Store(sys.argv[1]) as second:
    second.settings.get("probe")
print("ready", flush=True)
sys.stdin.readline()
main.settings.set("probe", "second", actor=SYSTEM)
print("saved", flush=True)
sys.stdin.readline()
main.close()
"""

# Another program (a `keys --db`, a plain sqlite3 query): its last connection closing checkpoints the WAL and
# deletes it when it can take the exclusive lock, i.e. when it believes no other process has the file open.
NEIGHBOUR = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM settings").fetchone()
conn.close()
"""


def test_second_store_keeps_the_locks_a_neighbour_must_respect(tmp_path: Path) -> None:
    db = tmp_path / "hospital.db"
    Store(db).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, env=env, text=True)
    try:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "ready"
        subprocess.run([sys.executable, "-c", NEIGHBOUR, str(db)], check=True, env=env, timeout=60)

        assert Path(f"{db}-wal").exists(), "the neighbour deleted the WAL the app is still writing into"
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "saved"
        with Store(db, create=False, readonly=True) as reader:
            assert reader.settings.get("probe") == "second"
        holder.stdin.write("\n")
        holder.stdin.flush()
        assert holder.wait(timeout=60) == 0
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()
