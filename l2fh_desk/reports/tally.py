"""SQL tallies of encounters into WHO EMT MDS items, shared by the MDS and the handover reports."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from l2fh_desk.domain import mds
from l2fh_desk.domain.mds import AdditionalItem, MdsItem
from l2fh_desk.domain.vocab import ProtectionConcern, RelationToEvent
from l2fh_desk.store.store import Store

# Age in completed years at the encounter's (UTC) date, as domain.patient.age_on computes it.
AGE = ("(CAST(substr(e.started_at, 1, 4) AS INTEGER) - CAST(substr(p.date_of_birth, 1, 4) AS INTEGER)"
       " - (substr(e.started_at, 6, 5) < substr(p.date_of_birth, 6, 5)))")
DAY = "substr(e.started_at, 1, 10)"
FROM = "encounters e JOIN patients p ON p.id = e.patient_id"
UNDER_5, OVER_5, TOTAL, UNKNOWN_AGE = "<5", "5+", "total", "?"

RELATION_ITEM = {
    RelationToEvent.DIRECT.value: MdsItem.RELATED_DIRECT,
    RelationToEvent.INDIRECT.value: MdsItem.RELATED_INDIRECT,
    RelationToEvent.NOT_RELATED.value: MdsItem.NOT_RELATED,
}
PROTECTION_ITEM = {
    ProtectionConcern.VULNERABLE_CHILD.value: MdsItem.VULNERABLE_CHILD,
    ProtectionConcern.VULNERABLE_ADULT.value: MdsItem.VULNERABLE_ADULT,
    ProtectionConcern.SGBV.value: MdsItem.SGBV,
    ProtectionConcern.VIOLENCE.value: MdsItem.VIOLENCE_NON_SGBV,
}
PROCEDURE_ITEMS = {item.value: item for item in mds.PROCEDURES}

# (day or "", item, column) → count; column is an age band, "<5", "5+" or "total".
Cells = Counter[tuple[str, MdsItem, str]]


@dataclass(frozen=True)
class Scope:
    """Which encounters are tallied: a SQL condition over `e` (encounters) and `p` (patients)."""

    where: str
    params: tuple[object, ...]


def rotation_scope(rotation_id: str) -> Scope:
    return Scope("e.voided_at IS NULL AND e.rotation_id = ?", (rotation_id,))


def period_scope(start: date, end: date) -> Scope:
    """Encounters whose stored (UTC) date lies in start..end, both included."""
    return Scope("e.voided_at IS NULL AND e.started_at >= ? AND e.started_at < ?",
                 (start.isoformat(), (end + timedelta(days=1)).isoformat()))


def additional_items(store: Store) -> tuple[AdditionalItem, ...]:
    """The hospital's items 19-22 (setting "mds_additional"), else the South Sudan defaults."""
    return tuple(store.app_settings.get("mds_additional"))


def event_item(code: str, additional: Sequence[AdditionalItem]) -> MdsItem | None:
    """The health-event item a stored `diagnoses.mds_event` is tallied under (None if unknown)."""
    for slot, extra in zip(mds.ADDITIONAL_SLOTS, additional, strict=True):
        if code == extra.code:
            return slot
    try:
        item = MdsItem(code)
    except ValueError:
        return None
    return item if item in mds.HEALTH_EVENTS else None


def _key(by_day: bool) -> str:
    return DAY if by_day else "''"


def consultations(store: Store, scope: Scope, *, by_day: bool) -> Counter[str]:
    rows = store.db.query(f"SELECT {_key(by_day)} AS k, count(*) AS n FROM {FROM} WHERE {scope.where} GROUP BY k",
                          scope.params)
    return Counter({row["k"]: int(row["n"]) for row in rows})


def demographics(store: Store, scope: Scope, *, by_day: bool) -> tuple[Cells, Counter[str]]:
    """Items 1-3 by age band; also the consultations that could not be banded (age below 0)."""
    cells: Cells = Counter()
    unbanded: Counter[str] = Counter()
    rows = store.db.query(
        f"SELECT {_key(by_day)} AS k, p.sex AS sex, e.pregnant AS pregnant, {AGE} AS age, count(*) AS n"
        f" FROM {FROM} WHERE {scope.where} GROUP BY k, sex, pregnant, age", scope.params)
    for row in rows:
        if row["sex"] == "male":
            item = MdsItem.MALE
        else:
            item = MdsItem.FEMALE_PREGNANT if row["pregnant"] else MdsItem.FEMALE_NOT_PREGNANT
        if row["age"] < 0:  # a birth date after the visit: counted in its sex row, under no age band
            unbanded[row["k"]] += int(row["n"])
        cells[(row["k"], item, UNKNOWN_AGE if row["age"] < 0 else mds.age_band(int(row["age"])))] += int(row["n"])
    return cells, unbanded


def events(store: Store, scope: Scope, *, by_day: bool,
           additional: Sequence[AdditionalItem]) -> tuple[Cells, Counter[str]]:
    """Items 4-29, one per diagnosis; also stored event codes this hospital no longer knows."""
    cells: Cells = Counter()
    unknown: Counter[str] = Counter()
    rows = store.db.query(
        f"SELECT {_key(by_day)} AS k, d.mds_event AS event, ({AGE}) < 5 AS u5, count(*) AS n"
        f" FROM {FROM} JOIN diagnoses d ON d.encounter_id = e.id"
        f" WHERE d.voided_at IS NULL AND {scope.where} GROUP BY k, event, u5", scope.params)
    for row in rows:
        item = event_item(row["event"], additional)
        if item is None:
            unknown[row["event"]] += int(row["n"])
            item = MdsItem.OTHER_DIAGNOSIS  # still a diagnosis: counted, and named in a warning
        cells[(row["k"], item, UNDER_5 if row["u5"] else OVER_5)] += int(row["n"])
    return cells, unknown


def procedures(store: Store, scope: Scope, *, by_day: bool) -> Cells:
    """Items 30-35 from encounters.procedures; 33-35 have no under-5 column on the form."""
    cells: Cells = Counter()
    rows = store.db.query(
        f"SELECT {_key(by_day)} AS k, json_extract(j.value, '$.kind') AS proc, ({AGE}) < 5 AS u5, count(*) AS n"
        f" FROM {FROM}, json_each(e.procedures) j WHERE {scope.where} GROUP BY k, proc, u5", scope.params)
    for row in rows:
        item = PROCEDURE_ITEMS.get(row["proc"])
        if item is None:
            continue  # "other" procedures are recorded but have no MDS item
        young = bool(row["u5"]) and item not in mds.ADULT_ONLY_PROCEDURES
        cells[(row["k"], item, UNDER_5 if young else OVER_5)] += int(row["n"])
    return cells


def totals_only(store: Store, scope: Scope, *, by_day: bool) -> Cells:
    """Items 36-50: outcome (from the disposition), rehabilitation, relation, protection."""
    cells: Cells = Counter()
    key = _key(by_day)
    for row in store.db.query(f"SELECT {key} AS k, e.disposition AS d, count(*) AS n, sum(e.needs_rehabilitation)"
                              f" AS rehab FROM {FROM} WHERE {scope.where} GROUP BY k, d", scope.params):
        cells[(row["k"], mds.mds_outcome_for_disposition(row["d"]), TOTAL)] += int(row["n"])
        cells[(row["k"], MdsItem.LONG_TERM_REHABILITATION, TOTAL)] += int(row["rehab"] or 0)
    for row in store.db.query(f"SELECT {key} AS k, e.relation_to_event AS r, count(*) AS n FROM {FROM}"
                              f" WHERE {scope.where} GROUP BY k, r", scope.params):
        cells[(row["k"], RELATION_ITEM[row["r"]], TOTAL)] += int(row["n"])
    for row in store.db.query(f"SELECT {key} AS k, j.value AS c, count(*) AS n FROM {FROM}, json_each(e.protection) j"
                              f" WHERE {scope.where} GROUP BY k, c", scope.params):
        cells[(row["k"], PROTECTION_ITEM[row["c"]], TOTAL)] += int(row["n"])
    return cells
