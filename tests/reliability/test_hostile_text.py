"""Every free-text field of every domain model takes 10,000 hostile characters: store, search, audit round-trip."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from l2fh_desk.domain.accounts import UserAccount
from l2fh_desk.domain.encounter import Diagnosis, Encounter, Procedure
from l2fh_desk.domain.hospital import Rotation, StaffMember
from l2fh_desk.domain.outreach import OutreachActivity
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.records import Record
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import (
    EvacuationMode,
    EvacuationPriority,
    OutreachKind,
    PatientCategory,
    ProcedureKind,
    Sex,
)
from l2fh_desk.domain.ward import Admission, Evacuation
from l2fh_desk.security.passwords import hash_password
from l2fh_desk.services.beds import set_up_ward
from l2fh_desk.services.voids import void_encounter
from l2fh_desk.services.ward import admit
from l2fh_desk.store import audit
from l2fh_desk.store.check import check_database
from l2fh_desk.store.store import Store
from tests.reliability.harness import small_hospital
from tests.reliability.hostile_text import hostile_text

# Fields that are not free text: ids and links, store-managed stamps, and fields with a stated shape.
NOT_FREE_TEXT = {"id", "origin", "created_at", "updated_at", "voided_at", "void_reason", "patient_id", "rotation_id",
                 "encounter_id", "admission_id", "hospital_id", "un_index_number", "username", "password_hash",
                 "locked_until", "disabled_at", "icd10_code", "mds_event"}


def text_fields(model: type[Record]) -> list[str]:
    out = []
    for name, info in model.model_fields.items():
        if name in NOT_FREE_TEXT:
            continue
        if info.annotation is str or info.annotation == tuple[str, ...]:
            out.append(name)
    return out


def fill(model: type[Record], base: dict[str, Any], seed: int) -> dict[str, Any]:
    values = dict(base)
    for offset, name in enumerate(text_fields(model)):
        text = hostile_text(seed + offset)
        values[name] = (text, hostile_text(seed + offset + 100)) if name == "staff_names" else text
    return values


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store(small_hospital(tmp_path / "h.db")) as opened:
        yield opened


def test_every_model_has_its_free_text_fields_covered() -> None:
    assert "complaint" in text_fields(Encounter) and "notes" in text_fields(Patient)
    assert text_fields(OutreachActivity) >= ["place", "partner", "staff_names", "unit", "description"]
    assert "display_name" in text_fields(UserAccount) and "commander_name" in text_fields(Rotation)


def test_hostile_text_round_trips_through_every_repository(store: Store) -> None:
    rotation = store.rotations.latest()
    assert rotation is not None
    now = datetime.now(UTC)
    patient = store.patients.create(Patient(**fill(Patient, {"sex": Sex.FEMALE, "date_of_birth": date(1990, 1, 1),
                                                             "category": PatientCategory.LOCAL_CIVILIAN}, 1)),
                                    actor=SYSTEM)
    diagnosis = Diagnosis(**fill(Diagnosis, {"icd10_code": "B54", "is_primary": True}, 20))
    procedure = Procedure(kind=ProcedureKind.MINOR, description=hostile_text(30))
    encounter = store.encounters.create(Encounter(**fill(Encounter, {
        "patient_id": patient.id, "rotation_id": rotation.id, "started_at": now,
        "diagnoses": (diagnosis,), "procedures": (procedure,)}, 40)), actor=SYSTEM)
    admission = Admission(**fill(Admission, {
        "patient_id": patient.id, "rotation_id": rotation.id, "encounter_id": encounter.id, "admitted_at": now}, 60))
    set_up_ward(store, admission.ward, labels=[admission.bed], actor=SYSTEM)  # beds are records: set it up first
    admission = admit(store, admission, actor=SYSTEM)
    evacuation = store.evacuations.create(Evacuation(**fill(Evacuation, {
        "patient_id": patient.id, "rotation_id": rotation.id, "admission_id": admission.id,
        "mode": EvacuationMode.MEDEVAC, "priority": EvacuationPriority.URGENT, "requested_at": now}, 80)), actor=SYSTEM)
    activity = store.outreach.create(OutreachActivity(**fill(OutreachActivity, {
        "rotation_id": rotation.id, "kind": OutreachKind.TEACHING, "activity_date": date.today(),
        "reached_total": 3, "reached_female": 2, "reached_male": 1, "quantity": 2.0, "staff_count": 2}, 100)),
        actor=SYSTEM)
    staff = store.staff.create(StaffMember(**fill(StaffMember, {"rotation_id": rotation.id, "sex": Sex.MALE}, 120)),
                               actor=SYSTEM)
    new_rotation = store.rotations.create(Rotation(**fill(Rotation, {
        "hospital_id": store.origin, "number": 99, "start_date": date(2030, 1, 1), "end_date": date(2030, 12, 31)},
        140)), actor=SYSTEM)
    user = store.users.create(UserAccount(**fill(UserAccount, {"username": "hostile", "role": "medic",
                                                               "password_hash": hash_password("a-password-1")}, 160)),
                              actor=SYSTEM)
    saved = [(store.patients, patient), (store.encounters, encounter), (store.admissions, admission),
             (store.evacuations, evacuation), (store.outreach, activity), (store.staff, staff),
             (store.rotations, new_rotation), (store.users, user)]
    for repository, record in saved:
        again = repository.get(record.id)
        for name in text_fields(type(record)):
            assert getattr(again, name) == getattr(record, name), f"{repository.table}.{name} changed"
            value = getattr(again, name)
            assert len(value if isinstance(value, str) else value[0]) == 10_000
    assert store.encounters.get(encounter.id).diagnoses[0].text == diagnosis.text
    assert store.encounters.get(encounter.id).procedures[0].description == procedure.description
    # A void reason is free text too.
    reason = hostile_text(200)
    assert void_encounter(store, encounter.id, reason=reason, actor=SYSTEM).void_reason == reason
    assert audit.verify(store.db) is None
    assert check_database(store.path).ok


def test_hostile_names_are_found_by_search_and_hostile_queries_do_not_break_it(store: Store) -> None:
    name = "Zyxwvut " + hostile_text(7)[8:]
    assert len(name) == 10_000 and "Ångström" in name
    patient = store.patients.create(Patient(name=name, sex=Sex.MALE, date_of_birth=date(1980, 5, 5),
                                            category=PatientCategory.UN_MILITARY), actor=SYSTEM)
    assert [row.id for row in store.patients.search("zyxw")] == [patient.id]
    assert patient.id in {row.id for row in store.patients.search("ZYXWVUT angstr")}
    for seed in range(5):
        store.patients.search(hostile_text(seed, length=2_000))  # never raises, whatever is typed
    listed = store.patients.search("", limit=5)
    assert listed[0].id == patient.id and listed[0].name == name
