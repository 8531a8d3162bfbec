"""The ward's use cases: admitting to a free bed and moving bed (checked against the beds set up and who holds
them); today's census against this hospital's beds; evacuating an inpatient (requested: the patient keeps the
bed; at departure: the admission closed)."""

from __future__ import annotations

from datetime import UTC, datetime

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.ids import AdmissionId, EvacuationId
from l2fh_desk.domain.roles import Actor
from l2fh_desk.domain.vocab import AdmissionOutcome, EvacuationMode, EvacuationPriority, EvacuationStatus
from l2fh_desk.domain.ward import Admission, Evacuation
from l2fh_desk.store.store import Store
from l2fh_desk.store.ward import Census


def _check_bed(store: Store, ward: str, bed: str, *, other_than: str = "") -> None:
    """Refused, in plain words, when another patient holds the bed or (once beds are set up) no such bed exists."""
    holder = store.admissions.holder(ward, bed, other_than=other_than)
    if holder is not None:
        occupant = store.patients.get(holder.patient_id).name
        raise DomainError(f"Bed {bed.strip()} ({ward.strip()}) is taken by {occupant}; choose a free bed",
                          field="bed")
    if store.beds.count("voided_at IS NULL") and not store.beds.exists(ward, bed):
        raise DomainError(f"There is no bed {bed.strip()} in ward {ward.strip()}; choose one of the free beds",
                          field="bed")


def admit(store: Store, admission: Admission, *, actor: Actor) -> Admission:
    """Admit to a free bed: refused, naming the patient or the bed, if the patient already has an open
    admission, another patient holds the bed, or no such bed is set up (one transaction with the checks)."""
    with store.db.atomic():
        current = store.admissions.open_for_patient(admission.patient_id)
        if current is not None:
            name = store.patients.get(admission.patient_id).name
            raise DomainError(f"{name} is already admitted ({current.ward} · {current.bed}); discharge or"
                              " move that admission instead", field="patient_id")
        _check_bed(store, admission.ward, admission.bed)
        return store.admissions.create(admission, actor=actor)


def move_to_bed(store: Store, admission_id: AdmissionId, *, bed: str, ward: str | None = None,
                actor: Actor) -> Admission:
    """Move an inpatient to another bed (of `ward`, else the same ward), checked like an admission."""
    current = store.admissions.get(admission_id)
    if not current.is_open:
        raise DomainError("Only an open admission can change bed", field="bed")
    ward = current.ward if ward is None else ward
    with store.db.atomic():
        _check_bed(store, ward, bed, other_than=admission_id)
        return store.admissions.transfer(admission_id, bed=bed, ward=ward, actor=actor)


def ward_census(store: Store, at: datetime) -> Census:
    """Occupied beds now and today's admissions and discharges, against this hospital's bed capacity."""
    hospital = store.hospitals.this()
    return store.admissions.census(at, capacity=hospital.bed_capacity if hospital else 0)


def evacuate_inpatient(store: Store, admission_id: AdmissionId, *, mode: EvacuationMode,
                       priority: EvacuationPriority, destination: str, requested_at: datetime,
                       departed_at: datetime | None, reason: str, actor: Actor) -> Evacuation:
    """The evacuation belongs to the rotation in force when it was requested (else the admission's)."""
    admission = store.admissions.get(admission_id)
    rotation = store.rotations.on(requested_at.astimezone(UTC).date())
    evacuation = Evacuation(
        patient_id=admission.patient_id, rotation_id=rotation.id if rotation else admission.rotation_id,
        encounter_id=admission.encounter_id, admission_id=admission.id, mode=mode, priority=priority,
        destination=destination, requested_at=requested_at, departed_at=departed_at, reason=reason)
    return record_evacuation(store, admission_id, evacuation, actor=actor)


def record_evacuation(store: Store, admission_id: AdmissionId, evacuation: Evacuation, *,
                      actor: Actor) -> Evacuation:
    """Record the evacuation of an inpatient. The patient keeps the bed (and stays on the ward board) until
    the departure; an evacuation saved as departed closes the admission as evacuated, in one transaction."""
    with store.db.atomic():
        admission = store.admissions.get(admission_id)
        if not admission.is_open:
            raise DomainError("Only a patient on the ward can be evacuated from it", field="admission")
        if any(e.is_pending for e in store.evacuations.find("admission_id = ? AND voided_at IS NULL", (admission_id,))):
            raise DomainError("An evacuation of this patient is already pending; approve, record the departure"
                              " or cancel it", field="admission")
        saved = store.evacuations.create(evacuation.model_copy(update={"admission_id": admission_id}), actor=actor)
        if saved.departed_at is not None:
            store.admissions.discharge(admission_id, at=saved.departed_at, outcome=AdmissionOutcome.EVACUATED,
                                       note=f"Evacuated to {saved.destination}", actor=actor)
        return saved


def advance_evacuation(store: Store, evacuation_id: EvacuationId, status: EvacuationStatus, *, at: datetime,
                       actor: Actor) -> Evacuation:
    """Move an evacuation to its next stage at `at`. The departure closes the patient's admission as evacuated
    (the bed is freed) in the same transaction; until then the patient stays on the ward board."""
    with store.db.atomic():
        saved = store.evacuations.set_stage(evacuation_id, status, at=at, actor=actor)
        if status == EvacuationStatus.DEPARTED and saved.admission_id:
            admission = store.admissions.get(saved.admission_id)
            if admission.is_open:
                store.admissions.discharge(admission.id, at=at, outcome=AdmissionOutcome.EVACUATED,
                                           note=f"Evacuated to {saved.destination}", actor=actor)
        return saved
