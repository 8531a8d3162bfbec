"""Audit rows for create/update/void in the same transaction, voiding with a reason, stale updates refused."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from l2fh_desk.domain.encounter import Diagnosis, Encounter
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import Actor, Role
from l2fh_desk.services.encounters import save_encounter
from l2fh_desk.services.voids import void_encounter, void_record
from l2fh_desk.store import audit
from l2fh_desk.store.base import StaleRecord
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.errors import StorageError
from l2fh_desk.store.store import Store

MEDIC = Actor(username="medic", role=Role.MEDIC)
NOW = datetime.now(UTC).replace(microsecond=0)


def test_create_update_void_each_write_one_audit_row(store: Store, make_patient: Callable[..., Patient]) -> None:
    patient = store.patients.create(make_patient(), actor=MEDIC)
    edited = store.patients.update(patient.model_copy(update={"phone": "+211 900 000 001"}), actor=MEDIC)
    store.patients.void(patient.id, reason="Registered twice", actor=MEDIC)
    history = audit.history(store.db, patient.id)
    assert [h["action"] for h in history] == ["create", "update", "void"]
    assert {h["username"] for h in history} == {"medic"}
    created, updated, voided = history
    assert created["before"] is None and created["after"]["name"] == "Nguyễn Thị Ánh"
    # only what changed (updated_at too, unless the edit fell in the same second)
    assert updated["before"].items() >= {"phone": "", "version": 1}.items()
    assert updated["after"].items() >= {"phone": "+211 900 000 001", "version": 2}.items()
    assert set(updated["after"]) <= {"phone", "version", "updated_at"} and edited.version == 2
    assert voided["after"]["void_reason"] == "Registered twice"
    assert all(h["table"] == "patients" for h in history)
    assert audit.verify(store.db) is None


def test_failing_record_write_leaves_no_audit_row(store: Store, make_patient: Callable[..., Patient]) -> None:
    before = store.db.scalar("SELECT count(*) FROM audit_log")
    patient = make_patient()
    store.db.conn.execute("CREATE TEMP TRIGGER refuse BEFORE INSERT ON patients BEGIN SELECT RAISE(ABORT, 'boom'); END")
    with pytest.raises(sqlite3.IntegrityError):
        store.patients.create(patient, actor=MEDIC)
    assert store.db.scalar("SELECT count(*) FROM audit_log") == before
    assert store.patients.count() == 0


def test_failing_audit_write_leaves_no_record(store: Store, make_patient: Callable[..., Patient]) -> None:
    before = store.db.scalar("SELECT count(*) FROM audit_log")

    def fail_on_audit(sql: str) -> None:
        if "audit_log" in sql:
            raise sqlite3.OperationalError("database or disk is full")

    store.db.write_hook = fail_on_audit
    with pytest.raises(StorageError):
        store.patients.create(make_patient(), actor=MEDIC)
    store.db.write_hook = None
    assert store.patients.count() == 0
    assert store.db.scalar("SELECT count(*) FROM patient_search") == 0
    assert store.db.scalar("SELECT count(*) FROM audit_log") == before


def test_failing_audit_on_update_keeps_the_old_version(store: Store, make_patient: Callable[..., Patient]) -> None:
    patient = store.patients.create(make_patient(), actor=MEDIC)
    store.db.write_hook = lambda sql: (_ for _ in ()).throw(sqlite3.OperationalError("disk I/O error")) \
        if "audit_log" in sql else None
    with pytest.raises(StorageError):
        store.patients.update(patient.model_copy(update={"name": "Changed"}), actor=MEDIC)
    store.db.write_hook = None
    assert store.patients.get(patient.id) == patient


def test_audit_log_refuses_update_and_delete(store: Store, make_patient: Callable[..., Patient]) -> None:
    store.patients.create(make_patient(), actor=MEDIC)
    for sql in ("UPDATE audit_log SET username = 'someone'", "DELETE FROM audit_log"):
        with pytest.raises(sqlite3.IntegrityError, match="append-only"), store.db.atomic():
            store.db.write(sql)


def test_edited_audit_row_breaks_the_chain(store: Store, make_patient: Callable[..., Patient]) -> None:
    store.patients.create(make_patient(), actor=MEDIC)
    store.patients.create(make_patient(name="Deng Kuol", sex="male"), actor=MEDIC)
    store.db.conn.execute("DROP TRIGGER audit_log_no_update")
    store.db.conn.execute("UPDATE audit_log SET username = 'intruder' WHERE seq = 2")
    broken = audit.verify(store.db)
    assert broken is not None and broken.seq == 2 and "edited" in broken.reason


def test_void_needs_a_reason(store: Store, make_patient: Callable[..., Patient]) -> None:
    patient = store.patients.create(make_patient(), actor=MEDIC)
    with pytest.raises(DomainError) as caught:
        store.patients.void(patient.id, reason="   ", actor=MEDIC)
    assert caught.value.field == "void_reason" and "reason is required" in caught.value.message
    assert not store.patients.get(patient.id).is_voided


def test_voided_records_leave_lists_and_search_but_stay_in_the_database(
        store: Store, rotation_id: str, make_patient: Callable[..., Patient]) -> None:
    patient = store.patients.create(make_patient(), actor=MEDIC)
    kept = store.patients.create(make_patient(name="Nguyễn Văn Nam", sex="male"), actor=MEDIC)
    encounter = store.encounters.create(Encounter(
        patient_id=kept.id, rotation_id=rotation_id, started_at=NOW - timedelta(hours=1), clinician="Dr Lê Hữu Phúc",
        diagnoses=(Diagnosis(icd10_code="J06.9"),)), actor=MEDIC)
    store.patients.void(patient.id, reason="Registered twice", actor=MEDIC)
    voided_encounter = void_encounter(store, encounter.id, reason="Wrong patient", actor=MEDIC)
    assert voided_encounter.is_voided and voided_encounter.void_reason == "Wrong patient"
    assert voided_encounter.version == 2
    assert [row.id for row in store.patients.search("nguyen")] == [kept.id]
    assert [row.id for row in store.patients.search("")] == [kept.id]
    assert store.encounters.for_patient(kept.id) == []
    assert store.encounters.for_rotation(rotation_id) == []
    # still there, with the reason, for the audit trail and exports
    assert store.patients.get(patient.id).void_reason == "Registered twice"
    assert store.db.scalar("SELECT count(*) FROM encounters") == 1
    assert store.db.scalar("SELECT void_reason FROM diagnoses WHERE encounter_id = ?", (encounter.id,)) == "Wrong patient"
    with pytest.raises(DomainError, match="already voided"):
        store.patients.void(patient.id, reason="again", actor=MEDIC)
    with pytest.raises(DomainError, match="voided record cannot be edited"):
        store.encounters.update(store.encounters.get(encounter.id), actor=MEDIC)


def test_stale_update_is_refused(store: Store, make_patient: Callable[..., Patient]) -> None:
    patient = store.patients.create(make_patient(), actor=MEDIC)
    mine = patient.model_copy(update={"phone": "111"})
    theirs = patient.model_copy(update={"phone": "222"})
    store.patients.update(theirs, actor=MEDIC)
    with pytest.raises(StaleRecord, match="changed by someone else"):
        store.patients.update(mine, actor=MEDIC)
    assert store.patients.get(patient.id).phone == "222"
    assert [h["action"] for h in audit.history(store.db, patient.id)] == ["create", "update"]


def test_save_encounter_writes_encounter_and_audit_in_one_transaction(
        store: Store, rotation_id: str, make_patient: Callable[..., Patient]) -> None:
    patient = store.patients.create(make_patient(), actor=MEDIC)
    encounter = Encounter(patient_id=patient.id, rotation_id=rotation_id, started_at=NOW - timedelta(minutes=5),
                          clinician="Dr Phạm Ngọc Lan", diagnoses=(Diagnosis(icd10_code="B54"),))
    commits: list[str] = []
    store.db.conn.set_trace_callback(lambda sql: commits.append(sql) if sql.split()[0] in ("BEGIN", "COMMIT") else None)
    saved = save_encounter(store, encounter, actor=MEDIC)
    store.db.conn.set_trace_callback(None)
    assert commits == ["BEGIN IMMEDIATE", "COMMIT"]
    [row] = audit.history(store.db, saved.id)
    assert row["action"] == "create" and row["after"]["diagnoses"][0]["icd10_code"] == "B54"


def test_voiding_an_encounter_frees_the_bed_it_took(store: Store, rotation_id: str,
                                                     make_patient: Callable[..., Patient]) -> None:
    from l2fh_desk.domain.vocab import Disposition
    from l2fh_desk.domain.ward import Admission

    patient = store.patients.create(make_patient(), actor=MEDIC)
    started = NOW - timedelta(minutes=30)
    encounter = Encounter(patient_id=patient.id, rotation_id=rotation_id, started_at=started, clinician="Dr Lan",
                          disposition=Disposition.ADMITTED, diagnoses=(Diagnosis(icd10_code="B50.9"),))
    admission = Admission(patient_id=patient.id, rotation_id=rotation_id, bed="B-07", admitted_at=started)
    saved = save_encounter(store, encounter, actor=MEDIC, admission=admission)
    assert [row.bed for row in store.admissions.board()] == ["B-07"]

    void_record(store, "encounters", saved.id, reason="Entered for the wrong patient", actor=MEDIC)

    assert store.admissions.board() == []
    [kept] = store.admissions.find("encounter_id = ?", (saved.id,))
    assert kept.voided_at is not None and "wrong patient" in (kept.void_reason or "")
    assert [row["action"] for row in audit.history(store.db, kept.id)] == ["create", "void"]
