"""Round trips for every aggregate: what is saved is what is read back, stamped for merging."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from l2fh_desk.domain.accounts import UserAccount
from l2fh_desk.domain.encounter import Diagnosis, Encounter, Procedure, Vitals
from l2fh_desk.domain.errors import PermissionDenied
from l2fh_desk.domain.hospital import Rotation, StaffMember
from l2fh_desk.domain.outreach import OutreachActivity
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.records import Record
from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.domain.vocab import (
    AdmissionOutcome,
    Disposition,
    EncounterKind,
    EvacuationMode,
    EvacuationPriority,
    OutreachKind,
    ProcedureKind,
    ProtectionConcern,
    RelationToEvent,
    Sex,
    Triage,
)
from l2fh_desk.domain.ward import Admission, Evacuation
from l2fh_desk.services.encounters import save_encounter
from l2fh_desk.services.ward import admit
from l2fh_desk.store.base import NotFound
from l2fh_desk.store.store import Store

MEDIC = Actor(username="medic", role=Role.MEDIC)
NOW = datetime.now(UTC).replace(microsecond=0)
STAMPS = ("origin", "created_at", "updated_at", "version")


def same_content(saved: Record, read: Record) -> None:
    assert read.model_dump(exclude=set(STAMPS)) == saved.model_dump(exclude=set(STAMPS))
    assert read.version == saved.version == 1
    assert read.created_at == saved.created_at and read.created_at.endswith("Z")


def full_encounter(patient_id: str, rotation_id: str) -> Encounter:
    return Encounter(
        patient_id=patient_id, rotation_id=rotation_id, kind=EncounterKind.EMERGENCY, started_at=NOW - timedelta(hours=1),
        triage=Triage.T2,
        vitals=Vitals(temperature_c=38.9, pulse_bpm=112, resp_rate=24, systolic_bp=105, diastolic_bp=65, spo2=95,
                      gcs=15, weight_kg=61.5, pain_score=6),
        complaint="Sốt cao, đau đầu", pregnant=True,
        diagnoses=(Diagnosis(icd10_code="B50.9", is_primary=True), Diagnosis(icd10_code="O99.8", text="Pregnancy")),
        procedures=(Procedure(kind=ProcedureKind.MINOR, description="IV line"),),
        treatment="Artesunate IV", disposition=Disposition.DISCHARGED_FOLLOW_UP, clinician="Dr Nguyễn Đức Long",
        relation_to_event=RelationToEvent.INDIRECT, protection=(ProtectionConcern.VULNERABLE_ADULT,),
        needs_rehabilitation=True, notes="Review in 48 h",
    )


def test_hospital_and_rotation_round_trip(store: Store, rotation_id: str) -> None:
    hospital = store.hospitals.this()
    assert hospital is not None and hospital.id == store.origin == hospital.origin
    assert store.settings.get("hospital_id") == hospital.id
    rotation = store.rotations.get(rotation_id)
    assert rotation.number == 4 and rotation.hospital_id == hospital.id
    with Store(store.path) as reopened:
        assert reopened.origin == hospital.id
        assert reopened.rotations.latest() == rotation


def test_staff_round_trip(store: Store, rotation_id: str) -> None:
    member = store.staff.create(StaffMember(rotation_id=rotation_id, name="Trần Thị Ánh", sex=Sex.FEMALE,
                                            rank="Captain", specialty="Surgeon"), actor=SYSTEM)
    same_content(member, store.staff.get(member.id))
    assert store.staff.roster(rotation_id) == [store.staff.get(member.id)]


def test_patient_round_trip(store: Store, make_patient: Callable[..., Patient]) -> None:
    patient = store.patients.create(make_patient(home_location="Rubkona", phone="+211 912 345 678",
                                                 notes="Allergic to penicillin", dob_estimated=True), actor=MEDIC)
    assert patient.origin == store.origin
    same_content(patient, store.patients.get(patient.id))


def test_encounter_round_trip_keeps_vitals_diagnoses_and_lists(store: Store, rotation_id: str,
                                                              make_patient: Callable[..., Patient]) -> None:
    patient = store.patients.create(make_patient(), actor=MEDIC)
    saved = store.encounters.create(full_encounter(patient.id, rotation_id), actor=MEDIC)
    read = store.encounters.get(saved.id)
    assert read.model_dump(exclude={*STAMPS, "diagnoses"}) == saved.model_dump(exclude={*STAMPS, "diagnoses"})
    assert [(d.icd10_code, d.text, d.mds_event, d.is_primary) for d in read.diagnoses] == [
        (d.icd10_code, d.text, d.mds_event, d.is_primary) for d in saved.diagnoses]
    assert store.encounters.for_patient(patient.id) == [read]
    assert store.db.scalar("SELECT count(*) FROM diagnoses WHERE encounter_id = ?", (saved.id,)) == 2


def test_encounter_update_versions_changed_diagnoses_and_voids_dropped_ones(
        store: Store, rotation_id: str, make_patient: Callable[..., Patient]) -> None:
    patient = store.patients.create(make_patient(), actor=MEDIC)
    saved = store.encounters.create(full_encounter(patient.id, rotation_id), actor=MEDIC)
    first, second = saved.diagnoses
    edited = saved.model_copy(update={"diagnoses": (first.model_copy(update={"text": "Severe malaria"}),)})
    updated = store.encounters.update(edited, actor=MEDIC)
    assert updated.version == 2
    read = store.encounters.get(saved.id)
    assert [(d.id, d.text) for d in read.diagnoses] == [(first.id, "Severe malaria")]
    dropped = store.db.one("SELECT voided_at, void_reason FROM diagnoses WHERE id = ?", (second.id,))
    assert dropped is not None and dropped["voided_at"] and dropped["void_reason"] == "removed from encounter"


def test_save_encounter_with_admission_and_evacuation(store: Store, rotation_id: str,
                                                      make_patient: Callable[..., Patient]) -> None:
    patient = store.patients.create(make_patient(), actor=MEDIC)
    admitted = full_encounter(patient.id, rotation_id).model_copy(update={"disposition": Disposition.ADMITTED})
    admission = Admission(patient_id=patient.id, rotation_id=rotation_id, bed="B-03", admitted_at=NOW - timedelta(hours=1),
                          diagnosis="Severe malaria")
    saved = save_encounter(store, admitted, actor=MEDIC, admission=admission)
    [open_one] = store.admissions.find("encounter_id = ?", (saved.id,))
    assert open_one.is_open and open_one.bed == "B-03"
    assert [row.bed for row in store.admissions.board()] == ["B-03"]
    discharged = store.admissions.discharge(open_one.id, at=NOW, outcome=AdmissionOutcome.DISCHARGED, actor=MEDIC)
    assert not discharged.is_open and store.admissions.get(open_one.id).outcome == AdmissionOutcome.DISCHARGED

    evacuated = full_encounter(patient.id, rotation_id).model_copy(update={"disposition": Disposition.EVACUATED})
    evacuation = Evacuation(patient_id=patient.id, rotation_id=rotation_id, mode=EvacuationMode.CASEVAC,
                            priority=EvacuationPriority.URGENT, destination="Level 3 hospital, Juba",
                            requested_at=NOW - timedelta(minutes=30))
    saved = save_encounter(store, evacuated, actor=MEDIC, evacuation=evacuation)
    [read] = store.evacuations.find("encounter_id = ?", (saved.id,))
    assert read.model_dump(exclude={*STAMPS, "encounter_id"}) == evacuation.model_dump(exclude={*STAMPS, "encounter_id"})


def test_save_encounter_refuses_admission_without_bed_and_saves_nothing(
        store: Store, rotation_id: str, make_patient: Callable[..., Patient]) -> None:
    patient = store.patients.create(make_patient(), actor=MEDIC)
    admitted = full_encounter(patient.id, rotation_id).model_copy(update={"disposition": Disposition.ADMITTED})
    with pytest.raises(ValueError, match="needs a bed"):
        save_encounter(store, admitted, actor=MEDIC)
    # an occupied bed refuses the whole save: neither encounter nor admission is kept
    first = Admission(patient_id=patient.id, rotation_id=rotation_id, bed="B-01", admitted_at=NOW - timedelta(hours=2))
    admit(store, first, actor=MEDIC)
    other = store.patients.create(make_patient(name="Achol Deng"), actor=MEDIC)
    audit_rows = store.db.scalar("SELECT count(*) FROM audit_log")
    admitted = admitted.model_copy(update={"patient_id": other.id})
    clash = Admission(patient_id=other.id, rotation_id=rotation_id, bed="b-01 ", admitted_at=NOW - timedelta(hours=1))
    with pytest.raises(ValueError, match=r"Bed b-01 \(General\) is taken by"):
        save_encounter(store, admitted, actor=MEDIC, admission=clash)
    assert store.encounters.count() == 0
    assert store.db.scalar("SELECT count(*) FROM audit_log") == audit_rows


def test_outreach_round_trip(store: Store, rotation_id: str) -> None:
    activity = store.outreach.create(OutreachActivity(
        rotation_id=rotation_id, kind=OutreachKind.AGRICULTURE, activity_date=date.today() - timedelta(days=2),
        place="Kuergena village", partner="FAO", staff_names=("Lê Văn Nam", "Đặng Thị Hằng"), staff_count=4,
        reached_total=85, reached_female=50, reached_male=35, reached_children=10, quantity=2.5, unit="ha",
        description="Maize and sorghum", notable=True), actor=MEDIC)
    same_content(activity, store.outreach.get(activity.id))
    [totals] = store.outreach.totals(date.today() - timedelta(days=7), date.today())
    assert (totals.activities, totals.reached_total, totals.quantities) == (1, 85, {"ha": 2.5})


def test_user_round_trip_keeps_the_hash_out_of_the_audit_trail(store: Store) -> None:
    user = store.users.create(UserAccount(username="Medic.Anh", display_name="Đại úy Trần Thị Ánh", role=Role.MEDIC,
                                          password_hash="$argon2id$secret"), actor=SYSTEM)
    assert user.username == "medic.anh"
    same_content(user, store.users.get(user.id))
    assert store.users.by_username(" MEDIC.ANH ") == store.users.get(user.id)
    after = store.db.scalar("SELECT after_json FROM audit_log WHERE record_id = ?", (user.id,))
    assert "secret" not in after and "<redacted>" in after
    with pytest.raises(ValueError, match="taken"):
        store.users.create(UserAccount(username="medic.anh", role=Role.MEDIC, password_hash="x"), actor=SYSTEM)


def test_unknown_id_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound):
        store.patients.get("no-such-id")


def test_a_medic_may_not_manage_rotations(store: Store) -> None:
    with pytest.raises(PermissionDenied, match="medic may not manage rotations"):
        store.rotations.create(Rotation(hospital_id=store.origin, number=5, start_date=date(2026, 1, 1),
                                        end_date=date(2026, 12, 31)), actor=MEDIC)


def roundtrip_kinds() -> list[Any]:
    return [Patient, Encounter, Admission, Evacuation, OutreachActivity, StaffMember, Rotation, UserAccount]


def test_every_aggregate_has_a_repository(store: Store) -> None:
    models = {repo.model for repo in (store.hospitals, store.rotations, store.staff, store.patients,
                                      store.encounters, store.admissions, store.evacuations, store.outreach,
                                      store.users)}
    assert set(roundtrip_kinds()) <= models
