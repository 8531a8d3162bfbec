"""Wards and beds as records; one open admission per patient and one patient per bed, in the core and in
the schema; the evacuation lifecycle (requested -> approved -> departed -> arrived, or cancelled)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from conftest import COMMANDER, MEDIC

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.vocab import AdmissionOutcome, EvacuationMode, EvacuationPriority, EvacuationStatus
from l2fh_desk.domain.ward import Admission, Evacuation
from l2fh_desk.services.beds import set_up_ward
from l2fh_desk.services.ward import admit, advance_evacuation, evacuate_inpatient
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store

NOW = datetime.now(UTC).replace(microsecond=0)


def _admit(store: Store, rotation_id: str, patient: Patient, bed: str, ward: str = "General") -> Admission:
    return admit(store, Admission(patient_id=patient.id, rotation_id=rotation_id, bed=bed, ward=ward,
                                             admitted_at=NOW - timedelta(hours=3)), actor=MEDIC)


def test_a_bed_label_in_another_case_is_the_same_bed(store: Store, rotation_id: str,
                                                      make_patient: Callable[..., Patient]) -> None:
    first = store.patients.create(make_patient(name="Nyabol Gatkuoth"), actor=MEDIC)
    second = store.patients.create(make_patient(name="Achol Deng"), actor=MEDIC)
    _admit(store, rotation_id, first, "B-05")
    with pytest.raises(DomainError, match=r"Bed b-05 \(general\) is taken by Nyabol Gatkuoth; choose a free bed"):
        _admit(store, rotation_id, second, "b-05", ward="general ")
    assert store.admissions.count() == 1


def test_the_same_patient_cannot_be_admitted_twice(store: Store, rotation_id: str,
                                                   make_patient: Callable[..., Patient]) -> None:
    patient = store.patients.create(make_patient(name="Nyabol Gatkuoth"), actor=MEDIC)
    _admit(store, rotation_id, patient, "B-04")
    with pytest.raises(DomainError, match=r"Nyabol Gatkuoth is already admitted \(General · B-04\)"):
        _admit(store, rotation_id, patient, "B-06")
    assert [row.bed for row in store.admissions.board()] == ["B-04"]


def test_the_schema_itself_refuses_double_bookings(store: Store, rotation_id: str,
                                                  make_patient: Callable[..., Patient]) -> None:
    """A script or a second program writing SQL directly meets the same rules (unique indexes)."""
    patient = store.patients.create(make_patient(), actor=MEDIC)
    other = store.patients.create(make_patient(name="Achol Deng"), actor=MEDIC)
    first = _admit(store, rotation_id, patient, "B-01")
    columns = ("id", "origin", "created_at", "updated_at", "patient_id", "rotation_id", "bed", "ward", "admitted_at")
    sql = f"INSERT INTO admissions ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    with store.db.atomic(), pytest.raises(sqlite3.IntegrityError, match="admissions.patient_id"):
        store.db.write(sql, ("x1", first.origin, "t", "t", patient.id, rotation_id, "B-09", "General", "t"))
    with store.db.atomic(), pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        store.db.write(sql, ("x2", first.origin, "t", "t", other.id, rotation_id, " b-01", "GENERAL", "t"))
    # after discharge the bed and the patient are free again
    store.admissions.discharge(first.id, at=NOW, outcome=AdmissionOutcome.DISCHARGED, actor=MEDIC)
    _admit(store, rotation_id, other, "B-01")
    _admit(store, rotation_id, patient, "B-02")


def test_commander_sets_up_wards_and_the_free_bed_picker_lists_free_beds(
        store: Store, rotation_id: str, make_patient: Callable[..., Patient]) -> None:
    ward, beds = set_up_ward(store, "General", count=4, actor=COMMANDER)
    assert [b.label for b in beds] == ["B-01", "B-02", "B-03", "B-04"]
    set_up_ward(store, "Isolation", labels=["ISO-1", "ISO-2"], actor=COMMANDER)
    with pytest.raises(DomainError, match="already has bed B-02"):
        set_up_ward(store, "general", labels=["B-02"], actor=COMMANDER)
    with pytest.raises(PermissionError):
        set_up_ward(store, "Surgical", count=2, actor=MEDIC)
    patient = store.patients.create(make_patient(name="Nyabol Gatkuoth"), actor=MEDIC)
    _admit(store, rotation_id, patient, "b-02")
    free = [(c.ward, c.bed) for c in store.beds.free()]
    assert free == [("General", "B-01"), ("General", "B-03"), ("General", "B-04"), ("Isolation", "ISO-1"),
                    ("Isolation", "ISO-2")]
    occupied = [c for c in store.beds.choices() if not c.is_free]
    assert [(c.bed, c.occupant) for c in occupied] == [("B-02", "Nyabol Gatkuoth")]
    other = store.patients.create(make_patient(name="Achol Deng"), actor=MEDIC)
    with pytest.raises(DomainError, match="There is no bed B-99 in ward General"):
        _admit(store, rotation_id, other, "B-99")


def _pending_evacuation(store: Store, rotation_id: str, make_patient: Callable[..., Patient]) -> Evacuation:
    patient = store.patients.create(make_patient(name="Nyabol Gatkuoth"), actor=MEDIC)
    admission = _admit(store, rotation_id, patient, "B-03")
    return evacuate_inpatient(store, admission.id, mode=EvacuationMode.MEDEVAC, priority=EvacuationPriority.URGENT,
                              destination="Level 3, Juba", requested_at=NOW - timedelta(hours=2), departed_at=None,
                              reason="open fracture", actor=MEDIC)


def test_an_evacuated_patient_stays_on_the_board_until_departure(
        store: Store, rotation_id: str, make_patient: Callable[..., Patient]) -> None:
    evacuation = _pending_evacuation(store, rotation_id, make_patient)
    assert evacuation.status == EvacuationStatus.REQUESTED
    [row] = store.admissions.board()
    assert row.patient_name == "Nyabol Gatkuoth" and row.evacuation == "requested"
    [pending] = store.evacuations.pending()
    assert (pending.patient_name, pending.bed, pending.status) == ("Nyabol Gatkuoth", "B-03", "requested")
    assert 1.9 < pending.waiting_hours(NOW) < 2.1
    advance_evacuation(store, evacuation.id, EvacuationStatus.APPROVED, at=NOW - timedelta(hours=1), actor=MEDIC)
    assert store.admissions.board()[0].evacuation == "approved"
    departed = advance_evacuation(store, evacuation.id, EvacuationStatus.DEPARTED, at=NOW - timedelta(minutes=30),
                                         actor=MEDIC)
    assert departed.departed_at == NOW - timedelta(minutes=30)
    assert store.admissions.board() == [] and store.evacuations.pending() == []
    admission = store.admissions.get(evacuation.admission_id)
    assert admission.outcome == AdmissionOutcome.EVACUATED and admission.discharged_at == departed.departed_at
    arrived = advance_evacuation(store, evacuation.id, EvacuationStatus.ARRIVED, at=NOW, actor=MEDIC)
    assert arrived.status == EvacuationStatus.ARRIVED
    with pytest.raises(DomainError, match="arrived cannot become cancelled"):
        advance_evacuation(store, evacuation.id, EvacuationStatus.CANCELLED, at=NOW, actor=MEDIC)


def test_a_cancelled_evacuation_leaves_the_patient_in_bed(
        store: Store, rotation_id: str, make_patient: Callable[..., Patient]) -> None:
    evacuation = _pending_evacuation(store, rotation_id, make_patient)
    with pytest.raises(DomainError, match="already pending"):
        evacuate_inpatient(store, evacuation.admission_id, mode=EvacuationMode.CASEVAC,
                           priority=EvacuationPriority.ROUTINE, destination="Bentiu", requested_at=NOW,
                           departed_at=None, reason="", actor=MEDIC)
    with pytest.raises(DomainError, match="requested cannot become arrived"):
        advance_evacuation(store, evacuation.id, EvacuationStatus.ARRIVED, at=NOW, actor=MEDIC)
    advance_evacuation(store, evacuation.id, EvacuationStatus.CANCELLED, at=NOW, actor=MEDIC)
    [row] = store.admissions.board()
    assert row.evacuation == "" and store.evacuations.pending() == []
    assert store.admissions.get(evacuation.admission_id).is_open


def test_arrival_before_departure_is_refused() -> None:
    with pytest.raises(ValueError, match="Arrival must be after the departure"):
        Evacuation(patient_id="p", rotation_id="r", mode=EvacuationMode.MEDEVAC, priority=EvacuationPriority.URGENT,
                   destination="Juba", requested_at=NOW - timedelta(hours=2), departed_at=NOW - timedelta(hours=1),
                   arrived_at=NOW - timedelta(hours=1, minutes=30))
