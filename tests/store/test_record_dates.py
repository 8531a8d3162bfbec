"""Dates that decide a report figure are checked by the store: an encounter, an admission, an evacuation (by
the day it was requested) and an outreach activity belong to the rotation of their date, and a date of birth may not move after one of the patient's visits (the visit's age would be negative)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from l2fh_desk.domain.encounter import Diagnosis, Encounter
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.domain.outreach import OutreachActivity
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import (
    AdmissionOutcome,
    Disposition,
    EncounterKind,
    EvacuationMode,
    EvacuationPriority,
    EvacuationStatus,
    OutreachKind,
    PatientCategory,
    Sex,
)
from l2fh_desk.domain.ward import Admission, Evacuation
from l2fh_desk.services.setup import add_hospital
from l2fh_desk.services.ward import admit, advance_evacuation
from l2fh_desk.store.base import Repository
from l2fh_desk.store.check import check_database
from l2fh_desk.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "h.db")
    add_hospital(s, Hospital(name="L2FH", mission="UNMISS", location="Bentiu"), actor=SYSTEM)
    for number, start, end in ((4, date(2026, 10, 1), date(2026, 10, 31)), (5, date(2026, 11, 1), date(2026, 11, 30))):
        s.rotations.create(Rotation(hospital_id=s.origin, number=number, start_date=start, end_date=end,
                                    commander_name="Col."), actor=SYSTEM)
    return s


def _encounter(store: Store, pid: str, when: datetime, rotation: int) -> Encounter:
    rot = store.rotations.by_number(rotation)
    assert rot is not None
    return Encounter(patient_id=pid, rotation_id=rot.id, started_at=when, clinician="Dr Lan",
                     kind=EncounterKind.OUTPATIENT, disposition=Disposition.DISCHARGED,
                     diagnoses=(Diagnosis(icd10_code="A09", is_primary=True),))


def _patient(store: Store, born: date = date(1990, 1, 1)) -> Patient:
    return store.patients.create(Patient(name="Achol Deng", sex=Sex.FEMALE, date_of_birth=born,
                                         category=PatientCategory.LOCAL_CIVILIAN), actor=SYSTEM)


def test_an_encounter_filed_under_the_wrong_rotation_is_refused(store: Store) -> None:
    pid = _patient(store).id
    with pytest.raises(DomainError, match="2026-11-05 does not belong to rotation 4"):
        store.encounters.create(_encounter(store, pid, datetime(2026, 11, 5, 9, tzinfo=UTC), 4), actor=SYSTEM)
    assert store.encounters.count() == 0
    saved = store.encounters.create(_encounter(store, pid, datetime(2026, 11, 5, 9, tzinfo=UTC), 5), actor=SYSTEM)
    moved = saved.model_copy(update={"started_at": datetime(2026, 10, 30, 9, tzinfo=UTC)})
    with pytest.raises(DomainError, match="rotation 5"):
        store.encounters.update(moved, actor=SYSTEM)
    assert store.encounters.get(saved.id).started_at.date() == date(2026, 11, 5)


def test_a_date_of_birth_after_a_visit_is_refused(store: Store) -> None:
    patient = _patient(store)
    store.encounters.create(_encounter(store, patient.id, datetime(2026, 11, 5, 9, tzinfo=UTC), 5), actor=SYSTEM)
    with pytest.raises(DomainError, match="after this patient's visit of 2026-11-05"):
        store.patients.update(patient.model_copy(update={"date_of_birth": date(2026, 11, 6)}), actor=SYSTEM)
    assert store.patients.get(patient.id).date_of_birth == date(1990, 1, 1)
    same_day = store.patients.update(patient.model_copy(update={"date_of_birth": date(2026, 11, 5)}), actor=SYSTEM)
    assert same_day.date_of_birth == date(2026, 11, 5)  # a newborn seen on the day of birth


def test_a_hospital_is_chosen_by_a_unique_start_of_its_uuid_or_name(store: Store) -> None:
    first = store.hospitals.this()
    assert first is not None
    second = add_hospital(store, Hospital(name="L2FH No. 45", mission="UNMISS", location="Malakal"), actor=SYSTEM)
    assert store.hospitals.choose(first.id[:8]).id == first.id
    assert store.hospitals.choose(second.id[:6].upper()).id == second.id
    assert store.hospitals.choose("l2fh").id == first.id  # the exact name wins over "L2FH No. 45"
    assert store.hospitals.choose("L2FH No").id == second.id
    with pytest.raises(DomainError, match="No hospital matches"):
        store.hospitals.choose("Juba")


def _admission(store: Store, pid: str, when: datetime, rotation: int) -> Admission:
    rot = store.rotations.by_number(rotation)
    assert rot is not None
    return Admission(patient_id=pid, rotation_id=rot.id, bed="B-01", admitted_at=when)


def test_an_admission_filed_under_the_wrong_rotation_is_refused(store: Store) -> None:
    pid = _patient(store).id
    with pytest.raises(DomainError, match="An admission on 2026-11-05 does not belong to rotation 4") as refused:
        admit(store, _admission(store, pid, datetime(2026, 11, 5, 9, tzinfo=UTC), 4), actor=SYSTEM)
    assert refused.value.field == "admitted_at" and "\n" not in str(refused.value)
    assert store.admissions.count() == 0
    saved = admit(store, _admission(store, pid, datetime(2026, 11, 5, 9, tzinfo=UTC), 5), actor=SYSTEM)
    with pytest.raises(DomainError, match="An admission on 2026-10-30 does not belong to rotation 5"):
        store.admissions.update(saved.model_copy(update={"admitted_at": datetime(2026, 10, 30, 9, tzinfo=UTC)}),
                                actor=SYSTEM)
    assert store.admissions.get(saved.id).admitted_at.date() == date(2026, 11, 5)
    # Discharged in the next rotation: the admission stays in the one it began in.
    closed = store.admissions.discharge(saved.id, at=datetime(2026, 11, 20, tzinfo=UTC),
                                        outcome=AdmissionOutcome.DISCHARGED, actor=SYSTEM)
    assert closed.rotation_id == saved.rotation_id


def test_an_evacuation_filed_under_the_wrong_rotation_is_refused(store: Store) -> None:
    pid = _patient(store).id
    rot4, rot5 = store.rotations.by_number(4), store.rotations.by_number(5)
    assert rot4 is not None and rot5 is not None
    evacuation = Evacuation(patient_id=pid, rotation_id=rot4.id, mode=EvacuationMode.MEDEVAC,
                            priority=EvacuationPriority.URGENT, destination="Juba L3",
                            requested_at=datetime(2026, 11, 2, 8, tzinfo=UTC))
    with pytest.raises(DomainError, match="An evacuation requested on 2026-11-02 does not belong to rotation 4"
                       ) as refused:
        store.evacuations.create(evacuation, actor=SYSTEM)
    assert refused.value.field == "requested_at"
    assert store.evacuations.count() == 0
    saved = store.evacuations.create(evacuation.model_copy(update={"rotation_id": rot5.id}), actor=SYSTEM)
    # Departing in a later rotation moves nothing: the evacuation belongs to the day it was requested.
    departed = advance_evacuation(store, saved.id, EvacuationStatus.DEPARTED, at=datetime(2026, 11, 3, tzinfo=UTC),
                                         actor=SYSTEM)
    assert departed.rotation_id == rot5.id


def test_an_outreach_activity_filed_under_the_wrong_rotation_is_refused(store: Store) -> None:
    rot4 = store.rotations.by_number(4)
    assert rot4 is not None
    activity = OutreachActivity(rotation_id=rot4.id, kind=OutreachKind.MASK_SEWING, activity_date=date(2026, 11, 1),
                                place="Bentiu PoC")
    with pytest.raises(DomainError, match="An outreach activity on 2026-11-01 does not belong to rotation 4"
                       ) as refused:
        store.outreach.create(activity, actor=SYSTEM)
    assert refused.value.field == "activity_date"
    assert store.outreach.count() == 0
    saved = store.outreach.create(activity.model_copy(update={"activity_date": date(2026, 10, 31)}), actor=SYSTEM)
    with pytest.raises(DomainError, match="2026-11-01 does not belong to rotation 4"):
        store.outreach.update(saved.model_copy(update={"activity_date": date(2026, 11, 1)}), actor=SYSTEM)
    assert store.outreach.get(saved.id).activity_date == date(2026, 10, 31)


def test_records_filed_before_the_rule_stay_readable_and_check_names_them(store: Store) -> None:
    """Rows an older version saved without the rule (its create had no date check: the base repository's)."""
    pid = _patient(store).id
    rot4 = store.rotations.by_number(4)
    assert rot4 is not None
    admission = Repository.create(store.admissions, _admission(store, pid, datetime(2026, 11, 5, 9, tzinfo=UTC), 4),
                                  actor=SYSTEM)
    evacuation = Repository.create(store.evacuations, Evacuation(
        patient_id=pid, rotation_id=rot4.id, admission_id=admission.id, mode=EvacuationMode.MEDEVAC,
        priority=EvacuationPriority.URGENT, destination="Juba L3", requested_at=datetime(2026, 11, 6, 8, tzinfo=UTC)),
        actor=SYSTEM)
    activity = Repository.create(store.outreach, OutreachActivity(
        rotation_id=rot4.id, kind=OutreachKind.TEACHING, activity_date=date(2026, 11, 7), place="Bentiu"), actor=SYSTEM)
    # Read as before, and the ward can still move them on (the date and rotation are not what changes).
    assert store.admissions.get(admission.id).rotation_id == rot4.id
    assert [e.id for e in store.evacuations.for_rotation(rot4.id)] == [evacuation.id]
    assert store.outreach.get(activity.id).activity_date == date(2026, 11, 7)
    advance_evacuation(store, evacuation.id, EvacuationStatus.DEPARTED, at=datetime(2026, 11, 6, 10, tzinfo=UTC),
                              actor=SYSTEM)
    assert store.admissions.get(admission.id).outcome == AdmissionOutcome.EVACUATED
    store.close()
    report = check_database(store.path)
    assert report.ok, report.problems
    assert report.warnings == [
        f"admission {admission.id} of 2026-11-05 is filed under rotation 4 (2026-10-01 to 2026-10-31):"
        " it counts in that rotation's handover",
        f"evacuation {evacuation.id} of 2026-11-06 is filed under rotation 4 (2026-10-01 to 2026-10-31):"
        " it counts in that rotation's handover",
        f"outreach activity {activity.id} of 2026-11-07 is filed under rotation 4 (2026-10-01 to 2026-10-31):"
        " it counts in that rotation's handover",
    ]


def _born_after_the_visit(store: Store) -> tuple[Patient, Encounter]:
    """A date of birth moved after a visit, as an older version saved it (its update had no such check)."""
    patient = _patient(store)
    visit = store.encounters.create(_encounter(store, patient.id, datetime(2026, 11, 5, 9, tzinfo=UTC), 5),
                                    actor=SYSTEM)
    moved = Repository.update(store.patients, patient.model_copy(update={"date_of_birth": date(2026, 11, 20)}),
                              actor=SYSTEM)
    return moved, visit


def test_a_visit_before_a_stored_date_of_birth_is_named_by_check(store: Store) -> None:
    patient, visit = _born_after_the_visit(store)
    assert store.patients.get(patient.id).date_of_birth == date(2026, 11, 20)  # still read
    store.close()
    report = check_database(store.path)
    assert report.ok, report.problems
    assert report.warnings == [f"encounter {visit.id} of 2026-11-05 is before the date of birth 2026-11-20 of"
                               f" patient {patient.id}: reports count it under \"Age unknown\""]
