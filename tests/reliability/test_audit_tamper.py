"""Tamper-evident audit: history edited with the sqlite3 shell (triggers dropped first) makes `check` fail."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from l2fh_desk.cli import main
from l2fh_desk.domain.roles import Actor, Role
from l2fh_desk.store import audit
from l2fh_desk.store.audit import GENESIS
from l2fh_desk.store.store import Store
from tests.reliability.harness import small_hospital

DROP = "DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;"


def shell(db: Path, sql: str) -> None:
    """What an attacker with the file would do: the sqlite3 shell if installed, else the same SQL from Python."""
    if shutil.which("sqlite3"):
        subprocess.run(["sqlite3", str(db)], input=sql.encode(), check=True)
    else:
        conn = sqlite3.connect(db)
        conn.executescript(sql)
        conn.close()


def target_row(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT seq FROM audit_log WHERE action = 'create' ORDER BY seq LIMIT 1 OFFSET 2")
                   .fetchone()[0])
    finally:
        conn.close()


def run_check(db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["check", "--db", str(db)])
    return code, capsys.readouterr().err


def test_untouched_database_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    assert run_check(db, capsys) == (0, "")


def test_the_triggers_refuse_an_edit(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    conn = sqlite3.connect(db)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET username = 'nobody' WHERE seq = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE seq = 1")
    conn.close()


def test_editing_one_row_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    seq = target_row(db)
    shell(db, f"{DROP} UPDATE audit_log SET username = 'someone_else' WHERE seq = {seq};")
    code, err = run_check(db, capsys)
    assert code == 1
    assert f"audit trail broken at row {seq}: its content does not match its hash" in err
    assert "trigger audit_log_no_update was removed" in err


def test_deleting_a_row_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    seq = target_row(db)
    shell(db, f"{DROP} DELETE FROM audit_log WHERE seq = {seq};")
    code, err = run_check(db, capsys)
    assert code == 1 and f"audit trail broken at row {seq + 1}: its link" in err


def test_an_edit_with_its_own_hash_recomputed_breaks_the_next_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    seq = target_row(db)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM audit_log WHERE seq = ?", (seq,)).fetchone())
    conn.close()
    row["username"] = "someone_else"
    forged = audit.row_hash(row["prev_hash"], row)
    # Triggers put back afterwards, as a careful attacker would.
    shell(db, f"{DROP} UPDATE audit_log SET username = 'someone_else', hash = '{forged}' WHERE seq = {seq};"
              " CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
              " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;"
              " CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
              " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;")
    code, err = run_check(db, capsys)
    assert code == 1 and f"audit trail broken at row {seq + 1}: its link" in err
    assert "trigger" not in err


def test_opening_a_patient_record_is_audited(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    with Store(db) as store:
        patient = store.patients.find(limit=1)[0]
        medic = Actor(username="medic", role=Role.MEDIC)
        store.patients.open(patient.id, actor=medic)
        assert audit.verify(store.db) is None
        assert store.db.scalar("SELECT count(*) FROM audit_log WHERE action = 'read' AND record_id = ?",
                               (patient.id,)) == 1
        assert audit.head(store.db) != GENESIS
