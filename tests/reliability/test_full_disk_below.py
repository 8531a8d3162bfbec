"""A really full file system under SQLite itself (not our write hook): "disk full", never "no such savepoint"
or "input/output error ... restore a backup", and nothing half-written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from l2fh_desk.store.check import check_database
from l2fh_desk.store.db import Database
from l2fh_desk.store.errors import StorageError, StorageProblem
from l2fh_desk.store.store import Store
from tests.reliability.faults import small_filesystem
from tests.reliability.harness import small_hospital

ROOT = Path(__file__).resolve().parents[2]


def fill(folder: Path) -> None:
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 65536):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)


def test_a_save_in_a_savepoint_on_a_full_disk_says_disk_full(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "disk", size_kib=2048) as disk:
        db = Database(disk / "t.db")
        db.conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)")
        with db.atomic():
            db.write_many("INSERT INTO t (v) VALUES (?)", [(os.urandom(100),) for _ in range(5000)])
        fill(disk)
        db.conn.execute("PRAGMA cache_size=5")  # pages spill to the WAL mid-transaction, as a big save does
        before = db.scalar("SELECT count(*) FROM t")
        with pytest.raises(StorageError) as caught, db.atomic():
            db.write("INSERT INTO t (v) VALUES (?)", (b"encounter",))
            with db.atomic():  # a nested block: a savepoint SQLite rolls back with the whole transaction
                db.write("UPDATE t SET v = randomblob(200)")
        assert caught.value.problem == StorageProblem.DISK_FULL
        assert "no such savepoint" not in str(caught.value)
        assert not db.conn.in_transaction
        assert db.scalar("SELECT count(*) FROM t") == before
        assert db.scalar("PRAGMA integrity_check") == "ok"
        db.close()


def test_opening_on_a_completely_full_disk_says_disk_full_not_restore_a_backup(tmp_path: Path) -> None:
    source = small_hospital(tmp_path / "h.db")
    with small_filesystem(tmp_path / "disk", size_kib=2048) as disk:
        db = disk / "h.db"
        shutil.copyfile(source, db)
        shutil.copyfile(source.with_name("h.db.key"), disk / "h.db.key")
        fill(disk)
        with pytest.raises(StorageError) as caught:
            Store(db).close()
        assert caught.value.problem == StorageProblem.DISK_FULL, str(caught.value)
        assert "restore" not in str(caught.value).lower()
        (disk / "filler").unlink()
        assert check_database(db).ok


def test_a_full_sqlite_temp_folder_does_not_stop_a_save(tmp_path: Path) -> None:
    """SQLCipher keeps SQLite's temporary data (statement journals, sorts) in memory (SQLITE_TEMP_STORE=2):
    a full temp folder, once a cause of "disk full" in the middle of a big update, no longer matters."""
    db = small_hospital(tmp_path / "h.db", encounters=400)
    with small_filesystem(tmp_path / "tmp", size_kib=64) as temp:
        fill(temp)
        script = ("import sys\nfrom pathlib import Path\nfrom l2fh_desk.store.db import Database\n"
                  "db = Database(Path(sys.argv[1]))\n"
                  "with db.atomic():\n"
                  "    with db.atomic():\n"
                  "        db.write(\"UPDATE encounters SET notes = notes || printf('%.5000c', 'x')\")\n"
                  "print(db.scalar('SELECT min(length(notes)) FROM encounters') >= 5000)\n")
        env = {**os.environ, "SQLITE_TMPDIR": str(temp), "TMPDIR": str(temp), "PYTHONPATH": str(ROOT)}
        done = subprocess.run([sys.executable, "-c", script, str(db)], env=env, capture_output=True, text=True,
                              timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"


@pytest.mark.parametrize("command", [["check"], ["export-csv", "--out", "csv"], ["keys"]])
def test_a_fifo_given_as_the_database_is_refused_at_once(tmp_path: Path, command: list[str]) -> None:
    fifo = tmp_path / "h.db"
    os.mkfifo(fifo)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    args = [command[0], "--db", str(fifo), *[str(tmp_path / a) if a == "csv" else a for a in command[1:]]]
    try:
        done = subprocess.run([sys.executable, "-m", "l2fh_desk", *args], env=env, capture_output=True, text=True,
                              timeout=30, cwd=tmp_path)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{command[0]} hangs on a FIFO")
    assert done.returncode != 0
    assert "not a regular file" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
