"""Save an encounter with the admission or evacuation its disposition asks for, in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from l2fh_desk.domain.encounter import Diagnosis, Encounter, Procedure, Vitals
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.ids import PatientId, new_id
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.domain.vocab import Disposition, EncounterKind, EvacuationMode, EvacuationPriority, Triage
from l2fh_desk.domain.ward import Admission, Evacuation
from l2fh_desk.services.rotations import current_rotation
from l2fh_desk.services.ward import admit
from l2fh_desk.store.store import Store

DEFAULT_WARD = "General"


@dataclass(frozen=True)
class EncounterInput:
    """What the encounter form supplies (the primary diagnosis first)."""

    patient_id: PatientId
    kind: EncounterKind
    started_at: datetime
    triage: Triage | None
    vitals: Vitals
    complaint: str
    pregnant: bool
    diagnoses: tuple[Diagnosis, ...]
    procedures: tuple[Procedure, ...]
    treatment: str
    disposition: Disposition | None  # None: not chosen yet (refused, naming the field)
    clinician: str
    bed: str = ""
    ward: str = ""
    plan: str = ""
    mode: EvacuationMode | None = None
    priority: EvacuationPriority | None = None
    destination: str = ""
    record_id: str = ""  # the form's id for this encounter, kept until its save is confirmed ("" = a new one)


def build_records(store: Store, entry: EncounterInput) -> tuple[Encounter, Admission | None, Evacuation | None]:
    """The typed records of one form (raise ValidationError/DomainError naming the field); nothing is saved."""
    if entry.disposition is None:
        raise DomainError("Choose the disposition (what happens to the patient now)", field="disposition")
    if entry.kind == EncounterKind.EMERGENCY and entry.triage is None:
        raise DomainError("An emergency encounter needs a triage category", field="triage")
    rotation = current_rotation(store, entry.started_at.date())
    encounter = Encounter(
        id=entry.record_id or new_id(), patient_id=entry.patient_id, rotation_id=rotation.id, kind=entry.kind, started_at=entry.started_at,
        triage=entry.triage, vitals=entry.vitals, complaint=entry.complaint, pregnant=entry.pregnant,
        diagnoses=entry.diagnoses, procedures=entry.procedures, treatment=entry.treatment,
        disposition=entry.disposition, clinician=entry.clinician)
    first = entry.diagnoses[0].text if entry.diagnoses else ""
    admission = evacuation = None
    if encounter.disposition == Disposition.ADMITTED:
        admission = Admission(patient_id=entry.patient_id, rotation_id=rotation.id, bed=entry.bed,
                              ward=entry.ward or DEFAULT_WARD, admitted_at=entry.started_at, plan=entry.plan,
                              diagnosis=first or entry.complaint)
    elif encounter.disposition == Disposition.EVACUATED:
        # validated from a mapping: a mode or priority left unset is refused by the model, naming the field
        evacuation = Evacuation.model_validate({
            "patient_id": entry.patient_id, "rotation_id": rotation.id, "mode": entry.mode,
            "priority": entry.priority, "destination": entry.destination, "requested_at": entry.started_at,
            "reason": first})
    return encounter, admission, evacuation


def record_encounter(store: Store, entry: EncounterInput, *, actor: Actor) -> Encounter:
    """"Save encounter": the rotation in force on the day (refused if none), the records built, one transaction."""
    encounter, admission, evacuation = build_records(store, entry)
    return save_encounter(store, encounter, actor=actor, admission=admission, evacuation=evacuation)


def save_encounter(store: Store, encounter: Encounter, *, actor: Actor, admission: Admission | None = None,
                   evacuation: Evacuation | None = None) -> Encounter:
    """The encounter (checked against its patient: pregnancy, date of birth), and the admission or evacuation
    its disposition asks for, in one transaction. Nothing is saved if any part is refused."""
    if encounter.disposition == Disposition.ADMITTED and admission is None:
        raise DomainError("An admission needs a bed", field="bed")
    if encounter.disposition == Disposition.EVACUATED and evacuation is None:
        raise DomainError("An evacuation needs a destination", field="destination")
    with store.db.atomic():
        stored = store.encounters.find("id = ?", (encounter.id,))
        if stored:  # saved before (e.g. its COMMIT reported a failure, yet the row landed): never a duplicate
            return _save_again(store, stored[0], encounter, actor=actor)
        actor.require(Action.WRITE_ENCOUNTER)
        encounter.check_for_patient(store.patients.get(encounter.patient_id))
        saved = store.encounters.create(encounter, actor=actor)
        if admission is not None:
            actor.require(Action.WRITE_WARD)
            admit(store, admission.model_copy(update={"encounter_id": saved.id}), actor=actor)
        if evacuation is not None:
            actor.require(Action.WRITE_WARD)
            store.evacuations.create(evacuation.model_copy(update={"encounter_id": saved.id}), actor=actor)
    return saved


_STAMPS = {"created_at", "updated_at", "version", "origin"}


def _content(encounter: Encounter) -> dict[str, object]:
    data = encounter.model_dump(mode="json", exclude=_STAMPS)
    for name in ("diagnoses", "procedures"):  # rows of the form get fresh ids each time it is read
        data[name] = [{k: v for k, v in item.items() if k not in _STAMPS | {"id", "encounter_id"}} for item in data[name]]
    return data


def _save_again(store: Store, stored: Encounter, encounter: Encounter, *, actor: Actor) -> Encounter:
    """The same encounter saved again: nothing if unchanged, else an update of it; its admission or
    evacuation was saved with it the first time (one transaction) and is not made twice."""
    if _content(stored) == _content(encounter):
        return stored
    if stored.disposition != encounter.disposition:
        raise DomainError("This encounter was already saved with another disposition; change it from the"
                          " patient's record", field="disposition")
    encounter.check_for_patient(store.patients.get(encounter.patient_id))
    return store.encounters.update(encounter.model_copy(update={"version": stored.version}), actor=actor)
