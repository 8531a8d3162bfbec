"""Likely duplicate patients at HQ (the same person registered by several hospitals or laptops), the links an
analyst confirms or removes, and "distinct persons": linked records counted as one.

Core API for the HQ window, the ministry report and `l2fh-desk duplicates` (all the same calls):
- `likely_duplicates(store, limit=1000) -> list[LikelyDuplicate]`: pairs with their `evidence` (plain-language
  lines: same UN index number, same name ignoring case, accents, spacing and word order, sex, birth years,
  hospitals), strongest first; `linked` marks pairs already linked.
- `link_patients(store, a, b, reason=, actor=)` / `unlink_patients(store, a, b, reason=, actor=)`: audited;
  neither patient record changes.
- `person_of(store) -> dict[patient_id, person_id]`: every patient mapped to one representative of its linked
  group (the smallest id); `distinct_persons(store, patient_ids=None) -> int` counts groups.
Matching rules: same UN index number (folded: case, '-', '/' and spaces ignored); or same folded name words
(in any order, any spacing), same sex, and birth years equal, or at most one year apart when either date of
birth is estimated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.ids import iso, utc_now
from l2fh_desk.domain.patient import index_key, name_key
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.exchange.trust import plain
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
    reason: str  # SAME_INDEX or SAME_PERSON
    linked: bool
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Candidate:
    id: str
    origin: str
    name: str
    sex: str
    year: int
    estimated: bool
    index: str


def _candidates(store: Store) -> list[_Candidate]:
    out = []
    for r in store.db.query("SELECT id, origin, name, sex, date_of_birth, dob_estimated, un_index_number"
                            " FROM patients WHERE voided_at IS NULL"):
        year = int(r["date_of_birth"][:4]) if str(r["date_of_birth"])[:4].isdigit() else 0
        out.append(_Candidate(r["id"], r["origin"], r["name"], r["sex"], year, bool(r["dob_estimated"]),
                              index_key(r["un_index_number"] or "")))
    return out


def _evidence(a: _Candidate, b: _Candidate, names: dict[str, str]) -> tuple[str, tuple[str, ...]]:
    lines = []
    reason = SAME_PERSON
    if a.index and a.index == b.index:
        reason = SAME_INDEX
        lines.append(f"same UN index number {a.index}")
    if name_key(a.name) == name_key(b.name):
        exact = " ".join(a.name.split()) == " ".join(b.name.split())
        lines.append("same name" if exact else "same name, ignoring case, accents, spacing and word order")
    if a.sex == b.sex:
        lines.append(f"same sex ({a.sex})")
    if a.year == b.year:
        lines.append(f"born in {a.year}" + (" (estimated)" if a.estimated or b.estimated else ""))
    else:
        lines.append(f"born in {a.year}{' (estimated)' if a.estimated else ''} and"
                     f" {b.year}{' (estimated)' if b.estimated else ''}")
    where = (f"both from {names.get(a.origin, a.origin)}" if a.origin == b.origin
             else f"from {names.get(a.origin, a.origin)} and {names.get(b.origin, b.origin)}")
    lines.append(where)
    return reason, tuple(lines)


def _years_match(a: _Candidate, b: _Candidate) -> bool:
    return a.year == b.year or (abs(a.year - b.year) <= 1 and (a.estimated or b.estimated))


def likely_duplicates(store: Store, *, limit: int = 1000) -> list[LikelyDuplicate]:
    """Pairs (a < b by id) of live patients that look like one person, with the evidence; linked pairs marked."""
    people = _candidates(store)
    by_index: dict[str, list[_Candidate]] = {}
    by_name: dict[tuple[str, str], list[_Candidate]] = {}
    for p in people:
        if p.index:
            by_index.setdefault(p.index, []).append(p)
        by_name.setdefault((name_key(p.name), p.sex), []).append(p)
    pairs: set[tuple[str, str]] = set()
    found: dict[str, _Candidate] = {p.id: p for p in people}
    for group in by_index.values():
        pairs.update(_pairs(group, lambda _a, _b: True))
    for group in by_name.values():
        pairs.update(_pairs(group, _years_match))
    names = {r["id"]: r["name"] for r in store.db.query("SELECT id, name FROM hospitals")}
    linked = {(r[0], r[1]) for r in store.db.query("SELECT patient_a, patient_b FROM patient_links")}
    out = []
    for a_id, b_id in pairs:
        a, b = found[a_id], found[b_id]
        reason, evidence = _evidence(a, b, names)
        out.append(LikelyDuplicate(a.id, b.id, a.origin, b.origin, plain(a.name, 200), plain(b.name, 200), reason,
                                   (a.id, b.id) in linked, tuple(plain(line, 300) for line in evidence)))
    out.sort(key=lambda d: (d.reason != SAME_INDEX, d.name_a, d.patient_a, d.patient_b))
    return out[:limit]


def _pairs(group: list[_Candidate], match: Callable[[_Candidate, _Candidate], bool]) -> Iterable[tuple[str, str]]:
    if len(group) < 2:
        return
    ordered = sorted(group, key=lambda p: p.id)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if match(a, b):
                yield a.id, b.id


def _pair(store: Store, first: str, second: str) -> tuple[str, str]:
    if first == second:
        raise DomainError("A patient cannot be linked to itself")
    a, b = sorted((first, second))
    for patient_id in (a, b):
        store.patients.get(patient_id)  # raises NotFound with the id
    return a, b


def link_patients(store: Store, first: str, second: str, *, reason: str, actor: Actor) -> None:
    """Record that two patient records are the same person (audited); neither record changes."""
    actor.require(Action.IMPORT_BUNDLES)
    a, b = _pair(store, first, second)
    with store.db.atomic():
        store.db.write("INSERT OR IGNORE INTO patient_links (patient_a, patient_b, reason, linked_at, linked_by)"
                       " VALUES (?,?,?,?,?)", (a, b, reason.strip() or SAME_PERSON, iso(utc_now()), actor.username))
        audit.append(store.db, actor=actor, origin=store.origin, action="link_patients", table="patient_links",
                     record_id=f"{a}+{b}", after={"patient_a": a, "patient_b": b, "reason": reason})


def unlink_patients(store: Store, first: str, second: str, *, reason: str, actor: Actor) -> bool:
    """Remove a link an analyst made in error (audited, with the link as it was); False if there was none."""
    actor.require(Action.IMPORT_BUNDLES)
    a, b = _pair(store, first, second)
    with store.db.atomic():
        row = store.db.one("SELECT * FROM patient_links WHERE patient_a = ? AND patient_b = ?", (a, b))
        if row is None:
            return False
        store.db.write("DELETE FROM patient_links WHERE patient_a = ? AND patient_b = ?", (a, b))
        audit.append(store.db, actor=actor, origin=store.origin, action="unlink_patients", table="patient_links",
                     record_id=f"{a}+{b}", before=dict(row), after={"reason": reason})
    return True


def linked_with(store: Store, patient_id: str) -> list[str]:
    rows = store.db.query("SELECT patient_a, patient_b FROM patient_links WHERE patient_a = ? OR patient_b = ?",
                          (patient_id, patient_id))
    return sorted({r[0] if r[1] == patient_id else r[1] for r in rows})


def person_of(store: Store) -> dict[str, str]:
    """Each linked patient id -> the smallest id of its linked group (links are transitive). Unlinked patients
    are not listed: they are their own person."""
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b in store.db.query("SELECT patient_a, patient_b FROM patient_links"):
        ra, rb = root(a), root(b)
        if ra != rb:
            low, high = sorted((ra, rb))
            parent[high] = low
            parent.setdefault(low, low)
    return {x: root(x) for x in list(parent)}


def distinct_persons(store: Store, patient_ids: Iterable[str] | None = None) -> int:
    """How many people these patient records are (all live patients by default), linked records counted once."""
    ids = (list(patient_ids) if patient_ids is not None
           else [r[0] for r in store.db.query("SELECT id FROM patients WHERE voided_at IS NULL")])
    persons = person_of(store)
    return len({persons.get(i, i) for i in ids})
