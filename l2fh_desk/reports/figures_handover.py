"""Every figure of the rotation handover report, read from the store with SQL aggregates (voided rows out)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from l2fh_desk.domain import mds
from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.domain.ids import iso, parse_iso
from l2fh_desk.domain.mds import MdsItem
from l2fh_desk.domain.vocab import (
    MAJOR_SURGERY,
    MINOR_SURGERY,
    EvacuationStatus,
    OutreachKind,
    PatientCategory,
    Sex,
)
from l2fh_desk.reports import figures_events as events
from l2fh_desk.reports import figures_handover_lists as lists
from l2fh_desk.reports import tally
from l2fh_desk.reports.figures_handover_lists import EventRow, InpatientRow, NotableActivity, RosterRow
from l2fh_desk.store.store import Store

# The band of a visit before its patient's stored date of birth (a negative age; saved before the store
# refused such a date): a row of its own, after the age bands, only when there is one.
UNKNOWN_AGE_BAND = tally.UNKNOWN_AGE
_MAJOR = tuple(kind.value for kind in MAJOR_SURGERY)
_MINOR = tuple(kind.value for kind in MINOR_SURGERY)


@dataclass(frozen=True)
class Summary:
    patients: int  # seen: an encounter in the rotation or in a bed during it (figures_events.seen)
    encounters: int
    admissions: int
    bed_days: int
    surgeries_major: int
    surgeries_minor: int
    evacuations: int
    deaths: int  # people who died in the facility during the rotation (figures_events.deaths)
    dead_on_arrival: int
    outreach_activities: int
    people_reached: int
    evacuations_by_state: tuple[tuple[EvacuationStatus, int], ...] = ()  # requested ... arrived, cancelled


@dataclass(frozen=True)
class OutreachKindRow:
    kind: OutreachKind
    activities: int
    female: int
    male: int
    children: int
    total: int
    quantities: tuple[tuple[str, float], ...]  # (unit, summed quantity)


@dataclass(frozen=True)
class StaffFigures:
    total: int
    women: int
    target: float
    by_specialty: tuple[tuple[str, int, int], ...]  # (specialty, members, of whom women)
    roster: tuple[RosterRow, ...]

    @property
    def share(self) -> float:
        return self.women / self.total if self.total else 0.0


@dataclass(frozen=True)
class HandoverFigures:
    hospital: Hospital
    rotation: Rotation
    incoming_commander: str  # "" when no next rotation is recorded yet: a line to fill in
    cutoff: datetime
    summary: Summary
    by_category: tuple[tuple[PatientCategory, int], ...]
    by_sex_band: tuple[tuple[str, int, int], ...]  # (age band or UNKNOWN_AGE_BAND, male, female)
    by_month: tuple[tuple[int, int, int], ...]  # (year, month, encounters)
    top_diagnoses: tuple[tuple[str, str, int], ...]  # (ICD-10 code, text, diagnoses)
    mds_events: tuple[tuple[MdsItem, int, int], ...]  # (item 4-35, under 5, 5 and over)
    additional: tuple[mds.AdditionalItem, ...]
    line_list: tuple[EventRow, ...]
    inpatients: tuple[InpatientRow, ...]
    outreach: tuple[OutreachKindRow, ...]
    notable: tuple[NotableActivity, ...]
    staff: StaffFigures


def cutoff_for(rotation: Rotation, generated_at: datetime) -> datetime:
    """The end of the rotation's last day, or the generation time while the rotation is still running."""
    end = datetime.combine(rotation.end_date, time(23, 59, 59), UTC)
    return min(end, generated_at.astimezone(UTC).replace(microsecond=0))


def _int(store: Store, sql: str, params: tuple[object, ...]) -> int:
    return int(store.db.scalar(sql, params) or 0)


def _summary(store: Store, rotation: Rotation, cut: str) -> Summary:
    rid = rotation.id
    enc = store.db.one("SELECT count(*) AS n, coalesce(sum(disposition = 'dead_on_arrival'), 0) AS doa"
                       " FROM encounters WHERE voided_at IS NULL AND rotation_id = ?", (rid,))
    assert enc is not None
    surgery = store.db.one(
        "SELECT coalesce(sum(json_extract(j.value, '$.kind') IN (?, ?, ?)), 0) AS major,"
        " coalesce(sum(json_extract(j.value, '$.kind') IN (?)), 0) AS minor"
        " FROM encounters e, json_each(e.procedures) j WHERE e.voided_at IS NULL AND e.rotation_id = ?",
        (*_MAJOR, *_MINOR, rid))
    assert surgery is not None
    last = parse_iso(cut).date()
    outreach = store.db.one("SELECT count(*) AS n, coalesce(sum(reached_total), 0) AS reached"
                            " FROM outreach_activities WHERE voided_at IS NULL AND rotation_id = ?", (rid,))
    assert outreach is not None
    return Summary(
        patients=events.seen(store, rotation, last), encounters=int(enc["n"]),
        admissions=_int(store, "SELECT count(*) FROM admissions WHERE voided_at IS NULL AND rotation_id = ?", (rid,)),
        bed_days=events.bed_days(store, rotation.hospital_id, rotation.start_date, last),
        surgeries_major=int(surgery["major"]), surgeries_minor=int(surgery["minor"]),
        evacuations=_int(store, "SELECT count(*) FROM evacuations WHERE voided_at IS NULL AND rotation_id = ?", (rid,)),
        deaths=len(events.deaths(store, rotation.hospital_id, rotation.start_date, last)),
        dead_on_arrival=int(enc["doa"]), outreach_activities=int(outreach["n"]), people_reached=int(outreach["reached"]),
        evacuations_by_state=_evacuations_by_state(store, rid),
    )


def _evacuations_by_state(store: Store, rid: str) -> tuple[tuple[EvacuationStatus, int], ...]:
    counts = {str(r[0]): int(r[1]) for r in store.db.query(
        "SELECT status, count(*) FROM evacuations WHERE voided_at IS NULL AND rotation_id = ? GROUP BY status", (rid,))}
    return tuple((state, counts[state.value]) for state in EvacuationStatus if counts.get(state.value))


def _caseload(store: Store, rid: str) -> tuple[tuple[tuple[PatientCategory, int], ...], tuple[tuple[str, int, int], ...],
                                               tuple[tuple[int, int, int], ...]]:
    """Category, sex × age band and month in one pass over the rotation's encounters (grouped, not row by row)."""
    cats: Counter[str] = Counter()
    bands: dict[str, list[int]] = {band: [0, 0] for band in (*mds.AGE_BANDS, UNKNOWN_AGE_BAND)}
    months: Counter[str] = Counter()
    for row in store.db.query(
        f"SELECT p.category AS cat, p.sex AS sex, {tally.AGE} AS age, substr(e.started_at, 1, 7) AS month,"
        f" count(*) AS n FROM {tally.FROM} WHERE e.voided_at IS NULL AND e.rotation_id = ?"
        " GROUP BY cat, sex, age, month", (rid,)):
        n = int(row["n"])
        cats[row["cat"]] += n
        band = UNKNOWN_AGE_BAND if int(row["age"]) < 0 else mds.age_band(int(row["age"]))
        bands[band][0 if row["sex"] == Sex.MALE.value else 1] += n
        months[row["month"]] += n
    by_category = tuple((c, cats[c.value]) for c in PatientCategory if cats.get(c.value))
    by_band = tuple((band, male, female) for band, (male, female) in bands.items()
                    if band != UNKNOWN_AGE_BAND or male + female)
    by_month = tuple((int(m[:4]), int(m[5:7]), months[m]) for m in sorted(months))
    return by_category, by_band, by_month


def _diagnoses(store: Store, rid: str, additional: tuple[mds.AdditionalItem, ...]
               ) -> tuple[tuple[tuple[str, str, int], ...], tuple[tuple[MdsItem, int, int], ...]]:
    """The top 10 ICD-10 codes and the MDS health events and procedures, from one pass over the diagnoses."""
    codes: Counter[str] = Counter()
    texts: dict[str, str] = {}
    cells: tally.Cells = Counter()
    for row in store.db.query(
        f"SELECT d.icd10_code AS code, min(d.text) AS text, d.mds_event AS event, ({tally.AGE}) < 5 AS u5,"
        f" count(*) AS n FROM {tally.FROM} JOIN diagnoses d ON d.encounter_id = e.id"
        " WHERE d.voided_at IS NULL AND e.voided_at IS NULL AND e.rotation_id = ? GROUP BY code, event, u5", (rid,)):
        codes[row["code"]] += int(row["n"])
        texts[row["code"]] = min(texts.get(row["code"], row["text"]), row["text"])
        item = tally.event_item(row["event"], additional) or MdsItem.OTHER_DIAGNOSIS
        cells[("", item, tally.UNDER_5 if row["u5"] else tally.OVER_5)] += int(row["n"])
    top = tuple((code, texts[code], n) for code, n in sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))[:10])
    cells.update(tally.procedures(store, tally.rotation_scope(rid), by_day=False))
    events = tuple((item, cells[("", item, tally.UNDER_5)], cells[("", item, tally.OVER_5)])
                   for item in (*mds.HEALTH_EVENTS, *mds.PROCEDURES))
    return top, events


def _outreach(store: Store, rotation: Rotation) -> tuple[OutreachKindRow, ...]:
    totals = store.outreach.totals(date.min, date.max, rotation_id=rotation.id)
    return tuple(OutreachKindRow(t.kind, t.activities, t.reached_female, t.reached_male, t.reached_children,
                                 t.reached_total, tuple(sorted(t.quantities.items()))) for t in totals)


def _staff(store: Store, rid: str) -> StaffFigures:
    share = store.staff.women_share(rid, target=store.app_settings.get("un_gender_target"))
    rows = store.db.query("SELECT specialty, count(*) AS n, coalesce(sum(sex = 'female'), 0) AS women FROM staff"
                          " WHERE voided_at IS NULL AND rotation_id = ? GROUP BY specialty ORDER BY n DESC, specialty",
                          (rid,))
    return StaffFigures(total=share.total, women=share.women, target=share.target,
                        by_specialty=tuple((r["specialty"], int(r["n"]), int(r["women"])) for r in rows),
                        roster=lists.roster(store, rid))


def handover_figures(store: Store, rotation: Rotation, *, generated_at: datetime,
                     step: Callable[[], None] = lambda: None) -> HandoverFigures:
    """All figures of one rotation's handover report; `step` is called between the eight sections."""
    hospital = store.hospitals.get(rotation.hospital_id)
    cutoff = cutoff_for(rotation, generated_at)
    cut = iso(cutoff)
    following = store.rotations.find("voided_at IS NULL AND hospital_id = ? AND number > ?",
                                     (rotation.hospital_id, rotation.number), order="number", limit=1)
    additional = tally.additional_items(store)
    summary = _summary(store, rotation, cut)
    step()
    by_category, by_band, by_month = _caseload(store, rotation.id)
    step()
    top, events = _diagnoses(store, rotation.id, additional)
    step()
    line_list = lists.evacuations_and_deaths(store, rotation, cutoff.date())
    step()
    inpatients = lists.inpatients(store, cutoff)
    step()
    outreach = _outreach(store, rotation)
    notable = lists.notable(store, rotation.id)
    step()
    staff = _staff(store, rotation.id)
    step()
    return HandoverFigures(
        hospital=hospital, rotation=rotation, incoming_commander=following[0].commander_name if following else "",
        cutoff=parse_iso(cut), summary=summary, by_category=by_category, by_sex_band=by_band, by_month=by_month,
        top_diagnoses=top, mds_events=events, additional=additional, line_list=line_list, inpatients=inpatients,
        outreach=outreach, notable=notable, staff=staff,
    )
