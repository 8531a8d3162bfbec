"""Tamper-evident audit: history edited with the sqlite3 shell (triggers dropped first) makes `check` fail."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from l2fh_desk.cli import main
from l2fh_desk.domain.roles import Actor, Role
from l2fh_desk.store import audit
from l2fh_desk.store.audit import GENESIS
from l2fh_desk.store.driver import sqlite3
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


RESTORE_TRIGGERS = (" CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                    " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;"
                    " CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                    " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;")


def test_an_edit_with_its_own_hash_recomputed_without_the_key_is_named(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    seq = target_row(db)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM audit_log WHERE seq = ?", (seq,)).fetchone())
    conn.close()
    row["username"] = "someone_else"
    forged = audit.row_hash(row["prev_hash"], row)
    # Triggers put back afterwards, as a careful attacker would; the chain is keyed, so the plain hash fails.
    shell(db, f"{DROP} UPDATE audit_log SET username = 'someone_else', hash = '{forged}' WHERE seq = {seq};"
              + RESTORE_TRIGGERS)
    code, err = run_check(db, capsys)
    assert code == 1 and f"audit trail broken at row {seq}: its content does not match its hash" in err
    assert "trigger" not in err


def _rechain_plain(db: Path, from_seq: int) -> None:
    """The attack of issue 12: every hash from `from_seq` on recomputed (without the installation's key)."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute("SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq", (from_seq,))]
    prev = conn.execute("SELECT hash FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT 1", (from_seq,)).fetchone()
    conn.close()
    link = prev[0] if prev else GENESIS
    sql = [DROP]
    for row in rows:
        digest = audit.row_hash(link, row)
        sql.append(f"UPDATE audit_log SET prev_hash = '{link}', hash = '{digest}' WHERE seq = {row['seq']};")
        link = digest
    shell(db, " ".join(sql) + RESTORE_TRIGGERS)


def test_a_rewritten_diagnosis_with_its_audit_rows_and_recomputed_hashes_fails_check(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    with Store(db) as store:
        encounter = store.encounters.find("voided_at IS NULL", limit=1)[0]
        before = encounter.diagnoses[0].text
        saved = store.encounters.update(encounter.model_copy(update={"notes": "reviewed"}),
                                        actor=Actor(username="medic", role=Role.MEDIC))
        assert saved.version == encounter.version + 1
    conn = sqlite3.connect(db)
    first = int(conn.execute("SELECT min(seq) FROM audit_log WHERE record_id = ?", (encounter.id,)).fetchone()[0])
    conn.close()
    forged = before.replace(before[:3], "Zzz") if before else "Depressive episode"
    # The data and every audit row that names it changed, then the chain recomputed from there.
    shell(db, f"{DROP} UPDATE diagnoses SET text = '{forged}' WHERE encounter_id = '{encounter.id}' AND position = 0;"
              f" UPDATE audit_log SET after_json = replace(after_json, '{before}', '{forged}')"
              f" WHERE record_id = '{encounter.id}';" + RESTORE_TRIGGERS)
    _rechain_plain(db, first)
    code, err = run_check(db, capsys)
    assert code == 1
    assert f"audit trail broken at row {first}" in err
    assert f"diagnoses record {encounter.diagnoses[0].id} was changed outside L2FH Desk" in err


def test_a_direct_update_of_a_data_row_names_the_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    conn = sqlite3.connect(db)
    record = conn.execute("SELECT id FROM diagnoses ORDER BY rowid LIMIT 1").fetchone()[0]
    conn.close()
    shell(db, f"UPDATE diagnoses SET text = 'Depressive episode' WHERE id = '{record}';")
    code, err = run_check(db, capsys)
    assert code == 1 and err.count("\n") == 1
    assert f"diagnoses record {record} was changed outside L2FH Desk (it differs from its audited state)" in err


def test_a_commander_added_with_a_one_liner_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    shell(db, "INSERT INTO users (id, origin, created_at, updated_at, username, role, password_hash)"
              " SELECT 'u-forged', origin, created_at, updated_at, 'mallory', 'commander', password_hash"
              " FROM users LIMIT 1;")
    code, err = run_check(db, capsys)
    assert code == 1 and "users record u-forged was added outside L2FH Desk" in err


def test_moving_the_keying_point_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    shell(db, "UPDATE audit_keying SET from_seq = 100000;")
    code, err = run_check(db, capsys)
    assert code == 1 and "keying point at row 100000 was altered" in err
    shell(db, "DELETE FROM audit_keying;")
    code, err = run_check(db, capsys)
    assert code == 1 and "the audit trail is not keyed: its keying record was removed" in err


def test_a_schema_2_chain_verifies_as_legacy_then_keyed_after_the_upgrade(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "schema_v2.sqlite", db)
    code, _ = run_check(db, capsys)
    assert code == 0
    with Store(db) as store:
        legacy = int(store.db.scalar("SELECT count(*) FROM audit_log"))
        assert store.db.scalar("SELECT from_seq FROM audit_keying") == legacy + 1
        patient = store.patients.find(limit=1)[0]
        store.patients.open(patient.id, actor=Actor(username="medic", role=Role.MEDIC))
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "audit chain intact (keyed)" in out and "every record matches its audited state" in out


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


def test_a_database_changed_outside_the_app_is_not_exported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    conn = sqlite3.connect(db)
    record = conn.execute("SELECT id FROM diagnoses ORDER BY rowid LIMIT 1").fetchone()[0]
    conn.close()
    shell(db, f"UPDATE diagnoses SET text = 'Depressive episode' WHERE id = '{record}';")
    capsys.readouterr()
    code = main(["export", "--db", str(db), "--out", str(tmp_path / "out.l2fh")])
    err = capsys.readouterr().err
    assert code == 1 and f"export refused: diagnoses record {record} was changed outside L2FH Desk" in err
    assert not (tmp_path / "out.l2fh").exists()
