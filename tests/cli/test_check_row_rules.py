"""`check` runs HQ's row rules (exchange/rows.py, what `import` applies) and names the first record HQ would
refuse; export refuses such a database with the same line and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from l2fh_desk.cli import main
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.bundle_write import ExportError, export_bundle
from l2fh_desk.store.store import Store
from tests.reliability.harness import small_hospital


def _written_by_the_app(db: Path, sql: str) -> str:
    """A value no form accepts, written through the store's own connection (sealed and committed as the app
    does: an older version, a bug or a hand repair would leave it so); returns the patient's id."""
    with Store(db) as store:
        patient = str(store.db.scalar("SELECT id FROM patients ORDER BY rowid LIMIT 1"))
        with store.db.atomic():
            store.db.write(sql, (patient,))
    return patient


def _check(db: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    status = main(["check", "--db", str(db)])
    return status, capsys.readouterr().err


@pytest.mark.parametrize(("sql", "expected"), [
    ("UPDATE patients SET date_of_birth = '1990-02-30' WHERE id = ?", "Date of birth"),
    ("UPDATE patients SET created_at = '2026-01-01 10:00:00' WHERE id = ?", "created_at is not a UTC timestamp"),
], ids=["impossible-date", "stamp-spelling"])
def test_check_names_the_record_hq_would_refuse_and_export_refuses_it(tmp_path: Path, sql: str, expected: str,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    assert _check(db, capsys)[0] == 0
    patient = _written_by_the_app(db, sql)
    status, err = _check(db, capsys)
    lines = [line for line in err.splitlines() if line.startswith("l2fh-desk:")]
    assert status == 1 and len(lines) == 1, err
    assert f"row {patient} of patients fails validation" in lines[0] and expected in lines[0]
    line = lines[0].split(": ", 2)[2]  # after "l2fh-desk: <path>: "
    out = tmp_path / "h.l2fh"
    with Store(db) as store, pytest.raises(ExportError) as refused:
        export_bundle(store, out=out, actor=SYSTEM, hq_public_key=None)
    assert line in str(refused.value) and "nothing was exported" in str(refused.value)
    assert not out.exists() and not list(tmp_path.glob(".l2fh-export-*"))


def test_a_database_hq_accepts_passes_check_and_exports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = small_hospital(tmp_path / "h.db")
    status, err = _check(db, capsys)
    assert status == 0, err
    with Store(db) as store:
        assert export_bundle(store, out=tmp_path / "h.l2fh", actor=SYSTEM, hq_public_key=None).path.exists()


def test_text_that_is_not_utf8_is_named_by_check_and_by_hqs_rules(tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    import sqlite3  # the stock library, to damage the file as a bad disk or another tool would

    from l2fh_desk.exchange.row_rules import first_refusal

    db = small_hospital(tmp_path / "h.db")
    with Store(db) as store:
        patient, hospital = str(store.db.scalar("SELECT id FROM patients ORDER BY rowid LIMIT 1")), store.origin
    conn = sqlite3.connect(db)
    conn.execute("UPDATE patients SET home_location = CAST(x'41c328' AS TEXT) WHERE id = ?", (patient,))
    conn.commit()
    status, err = _check(db, capsys)
    assert status == 1 and patient in err  # the record is named (its seal no longer matches)
    reason = first_refusal(conn, hospital_id=hospital)  # HQ's rules alone, as on an export snapshot
    conn.close()
    assert reason == f"row {patient} of patients fails validation: home_location is not valid UTF-8 text"
    with Store(db) as store, pytest.raises(ExportError):
        export_bundle(store, out=tmp_path / "h.l2fh", actor=SYSTEM, hq_public_key=None)
    assert not (tmp_path / "h.l2fh").exists()
