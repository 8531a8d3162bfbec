"""The ward's use cases: today's census against this hospital's beds; evacuating an inpatient (requested: the
patient keeps the bed; at departure: the admission closed)."""

from __future__ import annotations

from datetime import UTC, datetime

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.ids import AdmissionId
from l2fh_desk.domain.roles import Actor
from l2fh_desk.domain.vocab import AdmissionOutcome, EvacuationMode, EvacuationPriority
from l2fh_desk.domain.ward import Evacuation
from l2fh_desk.store.store import Store
from l2fh_desk.store.ward import Census


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
