"""Dates that decide a report figure are checked by the store: an encounter belongs to the rotation of its
date, and a date of birth may not move after one of the patient's visits (the visit's age would be negative)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from l2fh_desk.domain.encounter import Diagnosis, Encounter
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import Disposition, EncounterKind, PatientCategory, Sex
from l2fh_desk.store.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "h.db")
    s.hospitals.create(Hospital(name="L2FH", mission="UNMISS", location="Bentiu"), actor=SYSTEM)
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
    second = store.hospitals.create(Hospital(name="L2FH No. 45", mission="UNMISS", location="Malakal"), actor=SYSTEM)
    assert store.hospitals.choose(first.id[:8]).id == first.id
    assert store.hospitals.choose(second.id[:6].upper()).id == second.id
    assert store.hospitals.choose("l2fh").id == first.id  # the exact name wins over "L2FH No. 45"
    assert store.hospitals.choose("L2FH No").id == second.id
    with pytest.raises(DomainError, match="No hospital matches"):
        store.hospitals.choose("Juba")
