"""Export checks HQ's row rules only on what changed since the last export (exchange/checked.py), and still
refuses a record HQ would refuse that was written after it."""

from __future__ import annotations

from pathlib import Path

import pytest

from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.bundle_write import ExportError, export_bundle
from l2fh_desk.store.store import Store
from tests.reliability.harness import small_hospital


def _export(db: Path, out: Path) -> int:
    with Store(db) as store:
        return export_bundle(store, out=out, actor=SYSTEM, hq_public_key=None).rows_checked


def _written_by_the_app(db: Path, sql: str) -> str:
    """A value no form accepts, written and sealed through the store's own connection, with no audit row."""
    with Store(db) as store:
        patient = str(store.db.scalar("SELECT id FROM patients ORDER BY rowid LIMIT 1"))
        with store.db.atomic():
            store.db.write(sql, (patient,))
    return patient


def _everything(db: Path) -> int:
    with Store(db) as store:
        tables = ("hospitals", "rotations", "staff", "patients", "encounters", "diagnoses", "admissions",
                  "evacuations", "outreach_activities", "audit_log")
        return sum(int(store.db.scalar(f"SELECT count(*) FROM {t}")) for t in tables)


def test_a_record_hq_would_refuse_written_after_an_export_is_refused_by_the_next(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    _export(db, tmp_path / "first.l2fh")
    patient = _written_by_the_app(db, "UPDATE patients SET date_of_birth = '1990-02-30' WHERE id = ?")
    out = tmp_path / "second.l2fh"
    with pytest.raises(ExportError) as refused:
        _export(db, out)
    assert f"row {patient} of patients fails validation" in str(refused.value)
    assert "nothing was exported" in str(refused.value) and not out.exists()
    _written_by_the_app(db, "UPDATE patients SET date_of_birth = '1990-02-28' WHERE id = ?")
    assert _export(db, tmp_path / "third.l2fh") > 0  # corrected: checked again and exported


def test_the_second_export_checks_only_what_changed(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    first = _export(db, tmp_path / "first.l2fh")
    assert first >= _everything(db) - 1  # everything (the first export's own audit row came after)
    unchanged = _export(db, tmp_path / "second.l2fh")
    assert 0 < unchanged <= 3  # the audit rows written since (the export's own), no record
    _written_by_the_app(db, "UPDATE patients SET home_location = 'Bor' WHERE id = ?")
    one = _export(db, tmp_path / "third.l2fh")
    assert one == unchanged + 1  # the one changed patient and the audit rows since


def test_an_other_schema_mark_checks_everything_again(tmp_path: Path) -> None:
    db = small_hospital(tmp_path / "h.db")
    _export(db, tmp_path / "first.l2fh")
    with Store(db) as store, store.db.atomic():
        store.db.write("UPDATE settings SET value = '{\"schema\": 1, \"hospital\": \"x\", \"audit_seq\": 1}'"
                       " WHERE key = 'export_checked'")
    assert _export(db, tmp_path / "second.l2fh") >= _everything(db) - 1
