"""The ministry summary's figures: per hospital and rotation of a chosen scope (period, hospitals, rotation
numbers), each read with SQL aggregates from the HQ database (voided rows out), persons counted once across
the links analysts confirmed (hq.persons).

A record belongs to its rotation's row when its day lies in the period: an encounter by `started_at`, an
admission by `admitted_at`, an evacuation by `requested_at`, an outreach activity by `activity_date`; a
rotation's roster counts when the rotation overlaps the period. Bed-days: for each admission of the row, the
days from its admission day to its discharge day (an open stay runs to the period's end, or to the day the
summary is made if that is earlier), at least one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from l2fh_desk.domain.vocab import MAJOR_SURGERY, MINOR_SURGERY, OutreachKind, PatientCategory
from l2fh_desk.exchange.duplicates import person_of
from l2fh_desk.store.store import Store

_SURGERY = tuple(k.value for k in (*MAJOR_SURGERY, *MINOR_SURGERY))


ALL_TIME = (date(1990, 1, 1), date(2100, 12, 31))  # a scope of every record HQ holds ("All time")

@dataclass(frozen=True)
class Scope:
    start: date
    end: date
    hospitals: tuple[str, ...] = ()  # hospital ids; empty: every hospital HQ holds
    rotations: tuple[int, int] | None = None  # first and last rotation number, inclusive

    def describe(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


@dataclass
class RowFigures:
    hospital_id: str
    hospital: str
    rotation: int
    rotation_id: str
    start_date: str
    end_date: str
    persons: int = 0
    encounters: int = 0
    by_category: dict[str, int] = field(default_factory=dict)  # PatientCategory value -> encounters
    admissions: int = 0
    bed_days: int = 0
    surgeries: int = 0
    evacuations: int = 0
    deaths: int = 0  # persons who died in the facility (an encounter or an admission ending so)
    dead_on_arrival: int = 0
    outreach: dict[str, tuple[int, int]] = field(default_factory=dict)  # kind -> (activities, people reached)
    staff: int = 0
    women: int = 0
    target: float = 0.0

    @property
    def women_share(self) -> float:
        return self.women / self.staff if self.staff else 0.0


@dataclass(frozen=True)
class SummaryFigures:
    scope: Scope
    rows: tuple[RowFigures, ...]
    persons_total: int  # distinct persons over the whole scope (a person seen at two hospitals counts once)
    top_diagnoses: tuple[tuple[str, str, int], ...]  # (ICD-10 code, text, encounters) over the scope
    mds_events: tuple[tuple[str, int], ...]  # (MDS health-event code, diagnoses) over the scope
    by_year: tuple[tuple[str, int, int], ...]  # (hospital name, year, encounters) for the trend line
    persons_by_hospital: tuple[tuple[str, int], ...] = ()  # (hospital name, distinct persons over its rotations)



def _rotations(store: Store, scope: Scope) -> list[RowFigures]:
    where = ["r.voided_at IS NULL", "r.start_date <= ?", "r.end_date >= ?"]
    params: list[object] = [scope.end.isoformat(), scope.start.isoformat()]
    if scope.hospitals:
        where.append(f"r.hospital_id IN ({', '.join('?' for _ in scope.hospitals)})")
        params.extend(scope.hospitals)
    if scope.rotations:
        where.append("r.number BETWEEN ? AND ?")
        params.extend(scope.rotations)
    rows = store.db.query(
        "SELECT r.id, r.number, r.start_date, r.end_date, h.id AS hid, h.name FROM rotations r"
        f" JOIN hospitals h ON h.id = r.hospital_id WHERE {' AND '.join(where)} ORDER BY h.name, h.id, r.number",
        params)
    return [RowFigures(r["hid"], r["name"], int(r["number"]), r["id"], r["start_date"], r["end_date"]) for r in rows]


def _bed_days(store: Store, rows: list[RowFigures], scope: Scope, today: date) -> None:
    """Midnights in a bed, clipped to each rotation and to the scope, as the handover counts them
    (reports/figures_events.bed_days): the night of day d counts on the morning d + 1, so a stay across a
    rotation's end is shared and the rotations add up to the hospital's total; a same-day stay counts 0;
    an open stay runs to the end of the period (at most today)."""
    hospitals = tuple({row.hospital_id for row in rows})
    stays: dict[str, list[tuple[date, date | None]]] = defaultdict(list)
    for origin, admitted, discharged in store.db.query(
            "SELECT origin, substr(admitted_at, 1, 10), substr(discharged_at, 1, 10) FROM admissions"
            f" WHERE voided_at IS NULL AND origin IN ({', '.join('?' for _ in hospitals)})", hospitals):
        stays[origin].append((date.fromisoformat(admitted), date.fromisoformat(discharged) if discharged else None))
    for row in rows:
        first = max(date.fromisoformat(row.start_date), scope.start)
        last = min(date.fromisoformat(row.end_date), scope.end, today)
        before = first - timedelta(days=1)
        row.bed_days = sum(max(0, (min(out or last, last) - max(admitted, before)).days)
                           for admitted, out in stays[row.hospital_id]) if last >= first else 0


def _encounter_pass(store: Store, by_id: dict[str, RowFigures], marks: str, day_range: tuple[str, str],
                    person: dict[str, str]) -> tuple[dict[str, set[str]], dict[str, set[str]], Counter[tuple[str, str]],
                                                     set[str]]:
    """One scan of the scope's encounters gives each row's encounters by category (the patients' categories
    read once beforehand: no lookup per encounter), dead on arrival and surgeries; returned: the persons seen
    and the persons who died per rotation, encounters per (rotation, year) and the encounters' ids."""
    seen: dict[str, set[str]] = {rid: set() for rid in by_id}
    died: dict[str, set[str]] = {rid: set() for rid in by_id}
    years: Counter[tuple[str, str]] = Counter()
    categories: Counter[tuple[str, str]] = Counter()
    doa: Counter[str] = Counter()
    surgeries: Counter[str] = Counter()
    encounter_ids: set[str] = set()
    category_of = {r[0]: r[1] for r in store.db.query("SELECT id, category FROM patients")}
    cursor = store.db.conn.execute(
        "SELECT e.id, e.rotation_id, e.patient_id, substr(e.started_at, 1, 4), e.disposition,"
        " CASE WHEN e.procedures = '[]' THEN 0 ELSE (SELECT count(*) FROM json_each(e.procedures) j"
        f" WHERE json_extract(j.value, '$.kind') IN ({', '.join('?' for _ in _SURGERY)})) END"
        " FROM encounters e WHERE e.voided_at IS NULL"
        f" AND e.rotation_id IN ({marks}) AND substr(e.started_at, 1, 10) BETWEEN ? AND ?",
        (*_SURGERY, *by_id, *day_range))
    cursor.row_factory = None  # plain tuples: this loop sees every encounter of the scope
    for eid, rid, pid, year, disposition, cut in cursor:
        category = category_of.get(pid)
        if category is None:  # no such patient: not counted (as a join would not)
            continue
        encounter_ids.add(eid)
        who = person.get(pid, pid)
        seen[rid].add(who)
        categories[(rid, category)] += 1
        years[(rid, year)] += 1
        if disposition == "dead_on_arrival":
            doa[rid] += 1
        elif disposition == "died":
            died[rid].add(who)
        if cut:
            surgeries[rid] += cut
    for (rid, category), n in sorted(categories.items()):
        row = by_id[rid]
        row.by_category[category] = n
        row.encounters += n
    for rid, row in by_id.items():
        row.dead_on_arrival, row.surgeries = doa[rid], surgeries[rid]
    return seen, died, years, encounter_ids


def _diagnoses(store: Store, encounter_ids: set[str]) -> tuple[tuple[tuple[str, str, int], ...], tuple[tuple[str, int], ...]]:
    """The top 10 diagnoses (code, text: the least text recorded for it, encounters) and the MDS health
    events of the scope's encounters: one scan of the diagnoses, kept when their encounter is in the scope."""
    counts: Counter[tuple[str, str | None]] = Counter()
    least: dict[tuple[str, str | None], str] = {}
    cursor = store.db.conn.execute("SELECT encounter_id, icd10_code, text, mds_event FROM diagnoses"
                                   " WHERE voided_at IS NULL")
    cursor.row_factory = None
    for eid, code, text, event in cursor:
        if eid in encounter_ids:
            counts[(code, event)] += 1
            if text is not None and ((code, event) not in least or text < least[(code, event)]):
                least[(code, event)] = text
    codes: Counter[str] = Counter()
    texts: dict[str, str] = {}
    events: Counter[str] = Counter()
    for (code, event), n in counts.items():
        codes[code] += n
        text = least.get((code, event), "")
        texts[code] = min(texts.get(code, text), text)
        if event:
            events[event] += n
    top = tuple((c, texts[c], n) for c, n in sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))[:10])
    return top, tuple(sorted(events.items(), key=lambda kv: (-kv[1], kv[0])))


def summary_figures(store: Store, scope: Scope, *, today: date) -> SummaryFigures:
    rows = _rotations(store, scope)
    by_id = {row.rotation_id: row for row in rows}
    ids = tuple(by_id)
    if not ids:
        return SummaryFigures(scope, (), 0, (), (), (), ())
    marks = ", ".join("?" for _ in ids)
    first, last = scope.start.isoformat(), scope.end.isoformat()
    day_range = (first, last)
    person = person_of(store)
    seen, died, years, encounter_ids = _encounter_pass(store, by_id, marks, day_range, person)
    for r in store.db.query(
            "SELECT rotation_id, count(*) FROM admissions WHERE voided_at IS NULL"
            f" AND rotation_id IN ({marks}) AND substr(admitted_at, 1, 10) BETWEEN ? AND ? GROUP BY rotation_id",
            (*ids, *day_range)):
        by_id[r[0]].admissions = int(r[1])
    _bed_days(store, rows, scope, today)
    for r in store.db.query(f"SELECT rotation_id, count(*) FROM evacuations WHERE voided_at IS NULL AND rotation_id"
                            f" IN ({marks}) AND substr(requested_at, 1, 10) BETWEEN ? AND ? GROUP BY rotation_id",
                            (*ids, *day_range)):
        by_id[r[0]].evacuations = int(r[1])
    for r in store.db.query(f"SELECT rotation_id, patient_id FROM admissions WHERE voided_at IS NULL AND rotation_id"
                            f" IN ({marks}) AND outcome = 'died' AND substr(discharged_at, 1, 10) BETWEEN ? AND ?",
                            (*ids, *day_range)):
        died[r[0]].add(person.get(r[1], r[1]))
    per_hospital: dict[str, set[str]] = {}
    for rid, people in seen.items():
        by_id[rid].persons = len(people)
        by_id[rid].deaths = len(died[rid])
        if people:
            per_hospital.setdefault(by_id[rid].hospital, set()).update(people)
    everyone: set[str] = set().union(*seen.values())
    for r in store.db.query(
            f"SELECT rotation_id, kind, count(*), coalesce(sum(reached_total), 0) FROM outreach_activities WHERE"
            f" voided_at IS NULL AND rotation_id IN ({marks}) AND activity_date BETWEEN ? AND ?"
            " GROUP BY rotation_id, kind", (*ids, *day_range)):
        by_id[r[0]].outreach[r[1]] = (int(r[2]), int(r[3]))
    target = float(store.app_settings.get("un_gender_target"))
    for r in store.db.query(f"SELECT rotation_id, count(*), coalesce(sum(sex = 'female'), 0) FROM staff WHERE"
                            f" voided_at IS NULL AND rotation_id IN ({marks}) GROUP BY rotation_id", ids):
        by_id[r[0]].staff, by_id[r[0]].women = int(r[1]), int(r[2])
    for row in rows:
        row.target = target
    top, mds_events = _diagnoses(store, encounter_ids)
    by_year: Counter[tuple[str, int]] = Counter()
    for (rid, year), n in years.items():
        by_year[(by_id[rid].hospital, int(year))] += n
    return SummaryFigures(scope, tuple(rows), len(everyone), top, mds_events,
                          tuple((h, y, n) for (h, y), n in sorted(by_year.items())),
                          tuple((h, len(p)) for h, p in sorted(per_hospital.items())))


CATEGORIES = tuple(c.value for c in PatientCategory)
OUTREACH_KINDS = tuple(k.value for k in OutreachKind)
