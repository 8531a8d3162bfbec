"""Likely duplicate patients across hospitals or laptops (same UN index number, or same name, sex and birth
year), and links an analyst confirms. Both records and both ids are always kept."""

from __future__ import annotations

from dataclasses import dataclass

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.icd10 import fold
from l2fh_desk.domain.ids import iso, utc_now
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.store import audit
from l2fh_desk.store.store import Store

SAME_INDEX = "same UN index number"
SAME_PERSON = "same name, sex and birth year"


@dataclass(frozen=True)
class LikelyDuplicate:
    patient_a: str
    patient_b: str
    hospital_a: str
    hospital_b: str
    name_a: str
    name_b: str
    reason: str
    linked: bool


def likely_duplicates(store: Store, *, limit: int = 1000) -> list[LikelyDuplicate]:
    """Pairs (a < b by id) of live patients that look like one person; linked pairs are marked."""
    rows = store.db.query("SELECT id, origin, name, sex, date_of_birth, un_index_number FROM patients"
                          " WHERE voided_at IS NULL")
    groups: dict[tuple[str, ...], list[tuple[str, str, str]]] = {}
    for r in rows:
        entry = (r["id"], r["origin"], r["name"])
        if r["un_index_number"]:
            groups.setdefault(("index", r["un_index_number"].upper()), []).append(entry)
        groups.setdefault(("person", fold(r["name"]), r["sex"], r["date_of_birth"][:4]), []).append(entry)
    linked = {(r[0], r[1]) for r in store.db.query("SELECT patient_a, patient_b FROM patient_links")}
    pairs: dict[tuple[str, str], LikelyDuplicate] = {}
    for key, members in sorted(groups.items()):
        if len(members) < 2:
            continue
        reason = SAME_INDEX if key[0] == "index" else SAME_PERSON
        members = sorted(members)
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pair = (a[0], b[0])
                if pair not in pairs:  # an index match is the stronger reason and sorts first ("index" < "person")
                    pairs[pair] = LikelyDuplicate(a[0], b[0], a[1], b[1], a[2], b[2], reason, pair in linked)
    ordered = sorted(pairs.values(), key=lambda d: (d.reason != SAME_INDEX, d.name_a, d.patient_a, d.patient_b))
    return ordered[:limit]


def link_patients(store: Store, first: str, second: str, *, reason: str, actor: Actor) -> None:
    """Record that two patient records are the same person (audited); neither record changes."""
    actor.require(Action.IMPORT_BUNDLES)
    if first == second:
        raise DomainError("A patient cannot be linked to itself")
    a, b = sorted((first, second))
    for patient_id in (a, b):
        store.patients.get(patient_id)  # raises NotFound with the id
    with store.db.atomic():
        store.db.write("INSERT OR IGNORE INTO patient_links (patient_a, patient_b, reason, linked_at, linked_by)"
                       " VALUES (?,?,?,?,?)", (a, b, reason.strip() or SAME_PERSON, iso(utc_now()), actor.username))
        audit.append(store.db, actor=actor, origin=store.origin, action="link_patients", table="patient_links",
                     record_id=f"{a}+{b}", after={"patient_a": a, "patient_b": b, "reason": reason})


def linked_with(store: Store, patient_id: str) -> list[str]:
    rows = store.db.query("SELECT patient_a, patient_b FROM patient_links WHERE patient_a = ? OR patient_b = ?",
                          (patient_id, patient_id))
    return sorted({r[0] if r[1] == patient_id else r[1] for r in rows})
