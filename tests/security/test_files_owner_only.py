"""Files only their owner can read: the data folder 0700, every file the app writes 0600, whatever the umask;
the log never holds a patient's name or diagnosis."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from l2fh_desk import paths
from l2fh_desk.cli import main
from l2fh_desk.demo.generator import generate
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.bundle_write import export_bundle
from l2fh_desk.store import backup
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions (Windows keeps data per user)")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0o002)  # a shared-group laptop: files would be 0664, folders 0775
    try:
        yield
    finally:
        os.umask(old)


def test_the_database_its_wal_keys_backups_and_exports_are_owner_only(open_umask: None, tmp_path: Path) -> None:
    folder = paths.data_dir()
    db = folder / "h.db"
    with Store(db) as store:
        generate(store, encounters=20, outreach=2, seed=3)
        assert Path(f"{db}-wal").exists() and Path(f"{db}-shm").exists()
        for name in (db, Path(f"{db}-wal"), Path(f"{db}-shm"), db.with_name("h.db.key")):
            assert mode(name) == 0o600, name
        made = backup.make_backup(store.db, reason="manual")
        bundle = export_bundle(store, out=tmp_path / "out.l2fh", actor=SYSTEM, hq_public_key=None).path
    assert mode(made) == 0o600 and mode(made.parent) == 0o700
    assert mode(bundle) == 0o600
    assert mode(folder) == 0o700
    for sub in (paths.backups_dir(), paths.keys_dir(), paths.logs_dir()):
        assert mode(sub) == 0o700, sub


def test_an_old_world_readable_database_is_made_owner_only_when_opened(open_umask: None, tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    with Store(db):
        pass
    db.chmod(0o644)
    with Store(db):
        assert mode(db) == 0o600


def test_the_log_is_owner_only_and_holds_no_patient_name_or_diagnosis(open_umask: None, tmp_path: Path) -> None:
    db = tmp_path / "h.db"
    assert main(["demo", "--db", str(db), "--encounters", "60", "--outreach", "2", "--seed", "5"]) == 0
    assert main(["check", "--db", str(db)]) == 0
    assert main(["export", "--db", str(db), "--out", str(tmp_path / "b.l2fh")]) == 0
    assert main(["export-csv", "--db", str(db), "--out", str(tmp_path / "c.csv")]) in (0, 2)
    conn = sqlite3.connect(db)
    names = [r[0] for r in conn.execute("SELECT name FROM patients")]
    diagnoses = [r[0] for r in conn.execute("SELECT DISTINCT text FROM diagnoses WHERE text != ''")]
    conn.close()
    logs = sorted(paths.logs_dir().glob("*.log*"))
    assert logs
    text = "".join(p.read_text(encoding="utf-8", errors="replace") for p in logs)
    assert "demo --db" in text  # the log is written at all
    for log in logs:
        assert mode(log) == 0o600
    assert [n for n in names if n in text] == []
    assert [d for d in diagnoses if d in text] == []
