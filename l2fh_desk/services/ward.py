"""Evacuating an inpatient: the admission closed as evacuated and the evacuation recorded, in one transaction."""

from __future__ import annotations

from datetime import UTC, datetime

from l2fh_desk.domain.ids import AdmissionId
from l2fh_desk.domain.roles import Actor
from l2fh_desk.domain.vocab import AdmissionOutcome, EvacuationMode, EvacuationPriority
from l2fh_desk.domain.ward import Evacuation
from l2fh_desk.store.store import Store


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
    """Close the admission as evacuated and record the evacuation, in one transaction."""
    with store.db.atomic():
        store.admissions.discharge(admission_id, at=evacuation.departed_at or evacuation.requested_at,
                                   outcome=AdmissionOutcome.EVACUATED, note=f"Evacuated to {evacuation.destination}",
                                   actor=actor)
        return store.evacuations.create(evacuation.model_copy(update={"admission_id": admission_id}), actor=actor)
