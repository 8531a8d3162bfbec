"""The use cases the window and the command line share: encounter, evacuation, next rotation, first run."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from l2fh_desk.domain.encounter import Diagnosis, Vitals
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.domain.ids import AdmissionId, PatientId
from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.domain.vocab import (
    Disposition,
    EncounterKind,
    EvacuationMode,
    EvacuationPriority,
    EvacuationStatus,
)
from l2fh_desk.services.encounters import EncounterInput, record_encounter, save_encounter
from l2fh_desk.services.rotations import NoRotation, open_next_rotation
from l2fh_desk.services.setup import add_hospital, set_up_installation
from l2fh_desk.services.ward import advance_evacuation, evacuate_inpatient
from l2fh_desk.store.store import Store
from tests.factories import now, patient, seeded_store

MEDIC = Actor(username="medic", role=Role.MEDIC)


def entry(patient_id: str, **changes: object) -> EncounterInput:
    values: dict[str, object] = dict(
        patient_id=PatientId(patient_id), kind=EncounterKind.OUTPATIENT, started_at=now() - timedelta(hours=1),
        triage=None, vitals=Vitals(), complaint="fever", pregnant=False, diagnoses=(), procedures=(),
        treatment="", disposition=Disposition.DISCHARGED, clinician="Dr Lan")
    values.update(changes)
    return EncounterInput(**values)  # type: ignore[arg-type]


def test_an_admitted_encounter_takes_the_general_ward_and_its_first_diagnosis(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "h.db") as store:
        who = store.patients.create(patient(), actor=SYSTEM)
        malaria = Diagnosis(icd10_code="B54", is_primary=True)
        saved = record_encounter(store, entry(who.id, disposition=Disposition.ADMITTED, bed="B3",
                                              diagnoses=(malaria,)), actor=MEDIC)
        [admission] = store.admissions.find()
        assert (admission.encounter_id, admission.ward, admission.bed) == (saved.id, "General", "B3")
        assert admission.diagnosis == malaria.text
        assert saved.rotation_id == store.rotations.latest().id  # type: ignore[union-attr]


def test_no_rotation_refuses_and_saves_nothing(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "h.db", rotation=None) as store:
        who = store.patients.create(patient(), actor=SYSTEM)
        with pytest.raises(NoRotation) as refused:
            record_encounter(store, entry(who.id), actor=MEDIC)
        assert refused.value.field == "started_at"
        assert store.encounters.count() == 0


def test_an_evacuated_encounter_without_a_mode_names_the_field(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "h.db") as store:
        who = store.patients.create(patient(), actor=SYSTEM)
        with pytest.raises(ValidationError, match="mode"):
            record_encounter(store, entry(who.id, disposition=Disposition.EVACUATED, destination="Juba"),
                             actor=MEDIC)
        assert store.encounters.count() == 0


def test_evacuating_an_inpatient_keeps_the_bed_until_departure_then_closes_the_admission(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "h.db") as store:
        who = store.patients.create(patient(), actor=SYSTEM)
        record_encounter(store, entry(who.id, disposition=Disposition.ADMITTED, bed="B1"), actor=MEDIC)
        [admission] = store.admissions.find()
        evacuation = evacuate_inpatient(store, AdmissionId(admission.id), mode=EvacuationMode.MEDEVAC,
                                        priority=EvacuationPriority.URGENT, destination="Level-3 Juba",
                                        requested_at=now(), departed_at=None, reason="fracture", actor=MEDIC)
        assert evacuation.admission_id == admission.id and evacuation.rotation_id == admission.rotation_id
        assert store.admissions.get(admission.id).is_open  # requested: the patient is still in bed B1
        assert [row.evacuation for row in store.admissions.board()] == ["requested"]
        advance_evacuation(store, evacuation.id, EvacuationStatus.DEPARTED, at=now(), actor=MEDIC)
        assert store.admissions.get(admission.id).outcome == "evacuated"
        assert store.admissions.board() == []


def test_the_next_rotation_counts_the_admissions_it_carries(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "h.db") as store:
        who = store.patients.create(patient(), actor=SYSTEM)
        record_encounter(store, entry(who.id, disposition=Disposition.ADMITTED, bed="B1"), actor=MEDIC)
        latest = store.rotations.latest()
        assert latest is not None
        nxt = Rotation(hospital_id=store.origin, number=latest.number + 1, start_date=date.today() + timedelta(days=1),
                       end_date=date.today() + timedelta(days=200))
        with pytest.raises(DomainError, match="numbered after"):
            open_next_rotation(store, nxt.model_copy(update={"number": latest.number}), actor=SYSTEM)
        opened, carried = open_next_rotation(store, nxt, actor=SYSTEM)
        assert (opened.number, carried) == (latest.number + 1, 1)


def test_first_run_refused_saves_nothing_and_can_be_tried_again(tmp_path: Path) -> None:
    with Store(tmp_path / "h.db") as store:
        hospital = Hospital(name="VN L2FH No. 4", mission="UNMISS", location="Bentiu")
        today = datetime.now(UTC).date()
        rotation = Rotation(hospital_id=hospital.id, number=1, start_date=today, end_date=today + timedelta(days=300))
        with pytest.raises(DomainError, match="8 characters"):
            set_up_installation(store, hospital=hospital, rotation=rotation, username="boss",
                                display_name="Col. Hùng", password="short")
        assert (store.origin, store.hospitals.count(), store.rotations.count()) == ("", 0, 0)
        set_up_installation(store, hospital=hospital, rotation=rotation, username="boss",
                            display_name="Col. Hùng", password="field-hospital-1")
        assert store.origin == hospital.id
        assert [u.username for u in store.users.find()] == ["boss"]


def test_an_encounter_is_checked_against_its_patient_and_nothing_is_saved(tmp_path: Path) -> None:
    with seeded_store(tmp_path / "h.db") as store:
        man = store.patients.create(patient("Trần Văn Bình", sex="male"), actor=SYSTEM)
        with pytest.raises(DomainError, match="Pregnancy can only be recorded for a female patient") as refused:
            record_encounter(store, entry(man.id, pregnant=True, disposition=Disposition.ADMITTED, bed="B1"),
                             actor=MEDIC)
        assert refused.value.field == "pregnant"
        assert (store.encounters.count(), store.admissions.count()) == (0, 0)
        saved = record_encounter(store, entry(man.id), actor=MEDIC)
        with pytest.raises(DomainError, match="before the patient's date of birth"):  # saved again, edited
            save_encounter(store, saved.model_copy(update={"started_at": datetime(1980, 1, 1, tzinfo=UTC)}),
                           actor=MEDIC)
        assert store.encounters.get(saved.id).version == 1


def test_the_first_hospital_added_becomes_this_installation_and_a_second_does_not(tmp_path: Path) -> None:
    with Store(tmp_path / "h.db") as store:
        first = add_hospital(store, Hospital(name="VN L2FH No. 4", mission="UNMISS", location="Bentiu"), actor=SYSTEM)
        assert store.origin == first.id == first.origin == store.settings.get("hospital_id")
        other = add_hospital(store, Hospital(name="VN L2FH No. 5", mission="UNMISS", location="Malakal"), actor=SYSTEM)
        assert store.origin == first.id and other.origin == first.id
        assert store.hospitals.this() == first
        assert [row["origin"] for row in store.db.query("SELECT origin FROM audit_log ORDER BY seq")] == [first.id] * 2
