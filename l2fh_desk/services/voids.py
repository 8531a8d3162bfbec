"""Voiding a record entered in error, with the records that stand or fall with it: the one entry point of the
void dialog, the timeline and the demo (a repository's own `void` marks only its own rows)."""

from __future__ import annotations

from typing import Any

from l2fh_desk.domain.encounter import Encounter
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.ids import EncounterId
from l2fh_desk.domain.records import Record
from l2fh_desk.domain.roles import Actor
from l2fh_desk.store.base import Repository
from l2fh_desk.store.store import Store

# What may be voided, by table name (the name the audit trail and the window's change signal use).
VOIDABLE = {"patients": "patients", "encounters": "encounters", "admissions": "admissions",
            "evacuations": "evacuations", "outreach_activities": "outreach", "staff": "staff",
            "rotations": "rotations", "wards": "wards", "beds": "beds"}


def repository(store: Store, kind: str) -> Repository[Any]:
    """The repository of the table `kind` (one of VOIDABLE): what the void dialog asks for its permission."""
    attribute = VOIDABLE.get(kind)
    if attribute is None:
        raise DomainError(f"A record of '{kind}' cannot be voided", field="kind")
    found: Repository[Any] = getattr(store, attribute)
    return found


def void_record(store: Store, kind: str, record_id: str, *, reason: str, actor: Actor) -> Record:
    """Void one record of the table `kind` with a reason; an encounter takes what was saved with it along."""
    if kind == "encounters":
        return void_encounter(store, EncounterId(record_id), reason=reason, actor=actor)
    voided: Record = repository(store, kind).void(record_id, reason=reason, actor=actor)
    return voided


def void_encounter(store: Store, encounter_id: EncounterId, *, reason: str, actor: Actor) -> Encounter:
    """An encounter entered in error takes its diagnoses and the admission and evacuation saved with it along
    (one transaction, an audit row each), so no bed stays taken by a record that never was."""
    with store.db.atomic():
        voided = store.encounters.void(encounter_id, reason=reason, actor=actor)
        for repo in (store.admissions, store.evacuations):
            for linked in repo.find("encounter_id = ? AND voided_at IS NULL", (encounter_id,)):
                repo.void(linked.id, reason=f"{reason} (voided with its encounter)", actor=actor)
    return voided
