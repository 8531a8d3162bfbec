"""Exporting to a full or read-only drive: a plain message, no half-written bundle, the live database untouched."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.bundle_write import ExportError, export_bundle
from l2fh_desk.store.check import check_database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store
from tests.reliability.faults import remount_read_only, small_filesystem
from tests.reliability.harness import small_hospital


def content(db: Path) -> str:
    """A digest of every row of every table (the file's bytes may change on open; its content must not)."""
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                             " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'patient_search%'"
                                             " ORDER BY name")]
        for table in tables:
            for row in sorted(map(repr, conn.execute(f"SELECT * FROM {table}"))):
                digest.update(row.encode())
        return digest.hexdigest()
    finally:
        conn.close()


@pytest.mark.parametrize("pseudonymise", [False, True])
def test_exporting_to_a_full_drive_leaves_no_bundle_and_says_so(tmp_path: Path, pseudonymise: bool) -> None:
    db = small_hospital(tmp_path / "h.db", encounters=150)
    before = content(db)
    with small_filesystem(tmp_path / "stick", size_kib=96) as stick, Store(db, create=False) as store:
        with pytest.raises(ExportError) as caught:
            export_bundle(store, out=stick / "rotation.l2fh", actor=SYSTEM, hq_public_key=None,
                          pseudonymise=pseudonymise)
        message = str(caught.value)
        assert f"the disk at {stick} is full" in message
        assert "nothing was exported" in message and "Free some space or choose another drive" in message
        assert list(stick.iterdir()) == []
    assert content(db) == before  # not even an "export" audit row for an export that did not happen
    assert check_database(db).ok
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".l2fh-export-")] == []


def test_exporting_to_a_read_only_drive_is_refused_plainly(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    before = content(db)
    with small_filesystem(tmp_path / "stick", size_kib=4096) as stick, Store(db, create=False) as store:
        remount_read_only(stick)
        with pytest.raises(ExportError) as caught:
            export_bundle(store, out=stick / "rotation.l2fh", actor=SYSTEM, hq_public_key=None)
        assert f"{stick} cannot be written (read-only drive or folder); nothing was exported" in str(caught.value)
        assert list(stick.iterdir()) == []
    assert content(db) == before


def test_the_command_line_exits_1_with_the_plain_message_on_a_full_drive(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db", encounters=150)
    with small_filesystem(tmp_path / "stick", size_kib=96) as stick:
        done = subprocess.run([sys.executable, "-m", "l2fh_desk", "export", "--db", str(db), "--out",
                               str(stick / "r.l2fh")], capture_output=True, text=True, timeout=120)
        assert done.returncode == 1
        assert "is full while writing the bundle; nothing was exported" in done.stderr
        assert "Traceback" not in done.stderr
        assert list(stick.iterdir()) == []
        # The same export succeeds once there is room (here: to the laptop's own disk).
        ok = subprocess.run([sys.executable, "-m", "l2fh_desk", "export", "--db", str(db), "--out",
                             str(tmp_path / "r.l2fh")], capture_output=True, text=True, timeout=120)
        assert ok.returncode == 0, ok.stderr
