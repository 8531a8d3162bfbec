"""Figures for the dashboard of one rotation, aggregated in SQL (pure: no Qt, no rendering)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from l2fh_desk.domain.hospital import Rotation
from l2fh_desk.domain.vocab import PatientCategory
from l2fh_desk.store.outreach import OutreachTotals
from l2fh_desk.store.store import Store

TOP_DIAGNOSES = 10


@dataclass(frozen=True)
class WeekCount:
    week_start: date  # the Monday of the week (UTC dates, as stored)
    encounters: int


@dataclass(frozen=True)
class DiagnosisCount:
    code: str
    text: str
    encounters: int


@dataclass(frozen=True)
class Dashboard:
    rotation: Rotation
    encounters: int
    patients: int
    per_week: tuple[WeekCount, ...]
    by_category: tuple[tuple[PatientCategory, int], ...]
    top_diagnoses: tuple[DiagnosisCount, ...]
    open_admissions: int
    evacuations: int
    outreach: tuple[OutreachTotals, ...]


def _fill_weeks(counts: dict[date, int]) -> tuple[WeekCount, ...]:
    """Every week from the first to the last with encounters, quiet weeks as zero (a chart needs the gaps)."""
    if not counts:
        return ()
    week, last = min(counts), max(counts)
    out = []
    while week <= last:
        out.append(WeekCount(week, counts.get(week, 0)))
        week += timedelta(weeks=1)
    return tuple(out)


def current_rotation(store: Store, today: date) -> Rotation | None:
    return store.rotations.on(today)


def build(store: Store, rotation: Rotation, *, top: int = TOP_DIAGNOSES) -> Dashboard:
    """Every figure counts live (not voided) records of `rotation`; open admissions count the whole ward."""
    db = store.db
    rid = (rotation.id,)
    live = "e.rotation_id = ? AND e.voided_at IS NULL"
    totals = db.one(f"SELECT count(*) AS n, count(DISTINCT e.patient_id) AS p FROM encounters e WHERE {live}", rid)
    assert totals is not None
    # SQLite: 'weekday 1' moves forward to the next Monday (or stays), so step back 6 days first.
    weeks = db.query(
        "SELECT date(substr(e.started_at, 1, 10), '-6 days', 'weekday 1') AS week, count(*) AS n"
        f" FROM encounters e WHERE {live} GROUP BY week ORDER BY week", rid)
    categories = db.query(
        "SELECT p.category, count(*) AS n FROM encounters e JOIN patients p ON p.id = e.patient_id"
        f" WHERE {live} GROUP BY p.category", rid)
    by_category = {row["category"]: int(row["n"]) for row in categories}
    diagnoses = db.query(
        "SELECT d.icd10_code AS code, min(d.text) AS text, count(DISTINCT d.encounter_id) AS n"
        " FROM diagnoses d JOIN encounters e ON e.id = d.encounter_id"
        f" WHERE {live} AND d.voided_at IS NULL GROUP BY d.icd10_code ORDER BY n DESC, code LIMIT ?",
        (rotation.id, int(top)))
    open_admissions = store.admissions.count("discharged_at IS NULL AND voided_at IS NULL")
    evacuations = store.evacuations.count("rotation_id = ? AND voided_at IS NULL", rid)
    outreach = store.outreach.totals(rotation.start_date, rotation.end_date, rotation_id=rotation.id)
    return Dashboard(
        rotation=rotation,
        encounters=int(totals["n"]),
        patients=int(totals["p"]),
        per_week=_fill_weeks({date.fromisoformat(row["week"]): int(row["n"]) for row in weeks}),
        by_category=tuple((cat, by_category[cat.value]) for cat in PatientCategory if cat.value in by_category),
        top_diagnoses=tuple(DiagnosisCount(row["code"], row["text"], int(row["n"])) for row in diagnoses),
        open_admissions=open_admissions,
        evacuations=evacuations,
        outreach=tuple(outreach),
    )
