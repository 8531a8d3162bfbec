"""10,000 hostile characters in every text field, through the handover report (a sane, readable PDF) and through
export and HQ import (every value arrives exactly as typed)."""

from __future__ import annotations

import io
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from l2fh_desk.domain.encounter import Diagnosis, Encounter, Procedure
from l2fh_desk.domain.hospital import StaffMember
from l2fh_desk.domain.outreach import OutreachActivity
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import (
    Disposition,
    EvacuationMode,
    EvacuationPriority,
    OutreachKind,
    PatientCategory,
    ProcedureKind,
    Sex,
)
from l2fh_desk.domain.ward import Admission, Evacuation
from l2fh_desk.exchange.bundle_write import export_bundle
from l2fh_desk.exchange.importer import IMPORTED, import_bundle
from l2fh_desk.exchange.trust import signer_of
from l2fh_desk.reports.generate import generate_handover
from l2fh_desk.services.beds import set_up_ward
from l2fh_desk.services.encounters import save_encounter
from l2fh_desk.services.voids import void_encounter
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store
from tests.reliability.harness import small_hospital
from tests.reliability.hostile_text import hostile_text
from tests.reliability.test_hostile_text import fill

TABLES = ("hospitals", "rotations", "staff", "patients", "encounters", "diagnoses", "admissions", "evacuations",
          "outreach_activities")


def hostile_hospital(path: Path) -> dict[str, str]:
    """A small hospital whose current rotation holds one record of every kind with hostile text in every text
    field (the hospital and rotation themselves included); returns {table: id of the hostile record}."""
    small_hospital(path)
    with Store(path, create=False) as store:
        hospital = store.hospitals.this()
        rotation = store.rotations.latest()
        assert hospital is not None and rotation is not None
        hospital = store.hospitals.update(hospital.model_copy(update={
            "name": hostile_text(1), "mission": hostile_text(2), "location": hostile_text(3),
            "country": hostile_text(4)}), actor=SYSTEM)
        rotation = store.rotations.update(rotation.model_copy(update={
            "commander_name": hostile_text(5), "notes": hostile_text(6)}), actor=SYSTEM)
        # Inside the rotation's dates, so the report counts and lists them.
        moment = min(datetime.now(UTC) - timedelta(hours=3),
                     datetime.combine(rotation.end_date, datetime.min.time(), UTC) - timedelta(hours=3))
        patient = store.patients.create(Patient(**fill(Patient, {
            "sex": Sex.FEMALE, "date_of_birth": date(1990, 1, 1), "category": PatientCategory.LOCAL_CIVILIAN}, 10)),
            actor=SYSTEM)
        diagnosis = Diagnosis(**fill(Diagnosis, {"icd10_code": "B54", "is_primary": True}, 20))
        encounter = Encounter(**fill(Encounter, {
            "patient_id": patient.id, "rotation_id": rotation.id, "started_at": moment,
            "diagnoses": (diagnosis,), "disposition": Disposition.ADMITTED,
            "procedures": (Procedure(kind=ProcedureKind.MINOR, description=hostile_text(30)),)}, 40))
        admission = Admission(**fill(Admission, {"patient_id": patient.id, "rotation_id": rotation.id,
                                                  "encounter_id": encounter.id, "admitted_at": moment}, 60))
        set_up_ward(store, admission.ward, labels=[admission.bed], actor=SYSTEM)  # beds are records
        save_encounter(store, encounter, actor=SYSTEM, admission=admission)
        evacuation = store.evacuations.create(Evacuation(**fill(Evacuation, {
            "patient_id": patient.id, "rotation_id": rotation.id, "admission_id": admission.id,
            "mode": EvacuationMode.MEDEVAC, "priority": EvacuationPriority.URGENT,
            "requested_at": moment + timedelta(hours=1)}, 80)), actor=SYSTEM)
        activity = store.outreach.create(OutreachActivity(**fill(OutreachActivity, {
            "rotation_id": rotation.id, "kind": OutreachKind.TEACHING, "activity_date": moment.date(),
            "reached_total": 3, "reached_female": 2, "reached_male": 1, "quantity": 2.0, "staff_count": 2,
            "notable": True}, 100)), actor=SYSTEM)
        staff = store.staff.create(StaffMember(**fill(StaffMember, {"rotation_id": rotation.id, "sex": Sex.MALE}, 120)),
                                   actor=SYSTEM)
        void_encounter(store, store.encounters.find("voided_at IS NULL AND id != ?", (encounter.id,), limit=1)[0].id,
                              reason=hostile_text(140), actor=SYSTEM)
        return {"hospitals": hospital.id, "rotations": rotation.id, "staff": staff.id, "patients": patient.id,
                "encounters": encounter.id, "diagnoses": diagnosis.id, "admissions": admission.id,
                "evacuations": evacuation.id, "outreach_activities": activity.id}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    db = tmp_path_factory.mktemp("hostile") / "h.db"
    return db, hostile_hospital(db)


def test_the_handover_report_builds_a_sane_readable_pdf(hostile: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    db, _ids = hostile
    started = time.perf_counter()
    with Store(db, create=False) as store:
        out = generate_handover(store, rotation_number=None, out=tmp_path / "handover.pdf", actor=SYSTEM)
    seconds = time.perf_counter() - started
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    pages = len(reader.pages)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    assert 1 <= pages <= 80, pages  # long text is cut or wrapped, never thousands of pages
    assert seconds < 60
    assert "Rotation" in text and "Nguy" in text  # the hostile hospital name and the report's own words
    # Control characters never reach the page ("\x00" in extracted text is pypdf's name for a glyph the font
    # lacks, such as emoji: those print as blanks).
    assert not {"\x1b", "\x07", "\x7f", "\x01"} & set(text)
    assert "…" in text  # 10,000 characters are cut on paper, not printed in full


def test_export_and_hq_import_round_trip_every_value_exactly(hostile: tuple[Path, dict[str, str]],
                                                             tmp_path: Path) -> None:
    db, ids = hostile
    with Store(db, create=False) as store:
        bundle = export_bundle(store, out=tmp_path / "h.l2fh", actor=SYSTEM, hq_public_key=None).path
    with Store(tmp_path / "hq.db") as hq:
        assert import_bundle(hq, bundle, trust={signer_of(hq, bundle).fingerprint}, actor=SYSTEM).status == IMPORTED
    source, target = sqlite3.connect(db), sqlite3.connect(tmp_path / "hq.db")
    try:
        for table in TABLES:
            mine = source.execute(f"SELECT * FROM {table} WHERE id = ?", (ids[table],)).fetchone()
            theirs = target.execute(f"SELECT * FROM {table} WHERE id = ?", (ids[table],)).fetchone()
            assert mine is not None and theirs == mine, table
            assert any(isinstance(v, str) and len(v) >= 10_000 for v in mine), table
        voided = next(row for row in source.execute("SELECT id, void_reason FROM encounters WHERE void_reason != ''")
                      if len(row[1]) == 10_000)
        assert target.execute("SELECT void_reason FROM encounters WHERE id = ?", (voided[0],)).fetchone()[0] == voided[1]
        # The audit trail holds the same text and arrives whole too.
        audit_rows = [row for row in source.execute("SELECT id, after_json FROM audit_log WHERE after_json IS NOT NULL")
                      if len(row[1]) > 10_000]
        assert audit_rows
        for row_id, after in audit_rows:
            assert target.execute("SELECT after_json FROM imported_audit WHERE id = ?", (row_id,)).fetchone()[0] == after
    finally:
        source.close()
        target.close()
