"""HQ review queues: likely duplicate persons with the evidence of both records side by side, link and unlink
(both audited; neither record changes), and the merge conflicts with their source bundles."""

from __future__ import annotations

from dataclasses import dataclass

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.roles import Actor
from l2fh_desk.exchange.duplicates import unlink_patients
from l2fh_desk.exchange.hq import LikelyDuplicate, likely_duplicates, link_patients
from l2fh_desk.store.store import Store

EVIDENCE_FIELDS = ("hospital", "name", "sex", "date_of_birth", "category", "nationality", "unit", "un_index_number",
                   "encounters", "first_seen", "last_seen")


@dataclass(frozen=True)
class Evidence:
    """One patient record as HQ holds it, with what the hospital recorded about the person."""

    patient_id: str
    values: dict[str, str]


def evidence(store: Store, patient_id: str) -> Evidence:
    row = store.db.one(
        "SELECT p.*, h.name AS hospital, (SELECT count(*) FROM encounters e WHERE e.patient_id = p.id"
        " AND e.voided_at IS NULL) AS encounters, (SELECT min(started_at) FROM encounters e WHERE e.patient_id = p.id"
        " AND e.voided_at IS NULL) AS first_seen, (SELECT max(started_at) FROM encounters e WHERE e.patient_id = p.id"
        " AND e.voided_at IS NULL) AS last_seen FROM patients p LEFT JOIN hospitals h ON h.id = p.origin"
        " WHERE p.id = ?", (patient_id,))
    if row is None:
        raise DomainError(f"No patient {patient_id} at HQ")
    values = {f: "" if row[f] is None else str(row[f]) for f in EVIDENCE_FIELDS}
    for day in ("first_seen", "last_seen"):
        values[day] = values[day][:10]
    return Evidence(patient_id, values)


def duplicates(store: Store, *, limit: int = 1000) -> list[LikelyDuplicate]:
    return likely_duplicates(store, limit=limit)


def link(store: Store, first: str, second: str, *, reason: str, actor: Actor) -> None:
    link_patients(store, first, second, reason=reason, actor=actor)


def unlink(store: Store, first: str, second: str, *, actor: Actor) -> None:
    """Undo a link an analyst made by mistake (audited by the core, with the link as it was)."""
    if not unlink_patients(store, first, second, reason="unlinked at review", actor=actor):
        raise DomainError("These two records are not linked")
