"""`restore` while another process has the database open changes nothing and names that process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.reliability.harness import ids, small_hospital

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen",
       "L2FH_USER": "commander", "L2FH_PASSWORD": "commander-demo"}  # a demo database's commander
HOLDER = """
import sys, time
from l2fh_desk.store.store import Store
main = Store(sys.argv[1])            # the app's store, open for its lifetime
second = main.reopen(readonly=True)  # a background page's store, opened and closed
second.close()
print("open", flush=True)
time.sleep(600)
"""


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "l2fh_desk", *args], env=ENV, capture_output=True, text=True,
                          timeout=120)


def test_restore_refuses_while_the_app_has_the_database_open(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    assert cli("backup", "--db", str(db)).returncode == 0
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], env=ENV, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        before = ids(db, "encounters")
        inode = db.stat().st_ino
        done = cli("restore", "--newest", "--db", str(db))
        assert done.returncode == 1, done.stdout + done.stderr
        said = done.stdout + done.stderr
        assert "open in another program" in said and f"process {holder.pid}" in said, said
        assert "Traceback" not in said
        assert db.stat().st_ino == inode  # the live file was not renamed away
        assert not list(tmp_path.glob("h.db.replaced-*"))
        assert ids(db, "encounters") == before
    finally:
        holder.kill()
        holder.wait()
    done = cli("restore", "--newest", "--db", str(db))  # the app is closed: the restore goes through
    assert done.returncode == 0, done.stdout + done.stderr
    assert list(tmp_path.glob("h.db.replaced-*"))
