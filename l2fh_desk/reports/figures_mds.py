"""The WHO EMT MDS tallies of a period, one column per day plus the total, with the form's own checks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from l2fh_desk.domain import mds
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.hospital import Hospital
from l2fh_desk.domain.mds import MdsItem
from l2fh_desk.reports import figures_events, tally
from l2fh_desk.reports.figures_mds_lists import LineListRow, line_list, ward_deaths
from l2fh_desk.store.store import Store

MAX_DAYS = 366
FIXED_HEADER = ("organisation", "team", "emt_type", "contact_person", "phone", "email", "departure_date", "admin1",
                "admin2", "admin3", "facility", "geo_lat", "geo_long", "live_births", "bed_capacity", "empty_icu_beds")


@dataclass(frozen=True)
class Column:
    """One day of the form (or, with day None, the whole period)."""

    day: date | None
    consultations: int
    new_admissions: int
    empty_beds: int | None
    demographics: Mapping[MdsItem, tuple[int, ...]]  # items 1-3: one count per age band
    unknown_age: Mapping[MdsItem, int]  # consultations of 1-3 whose age could not be banded
    events: Mapping[MdsItem, tuple[int, int]]  # items 4-35: (under 5, 5 and over)
    totals: Mapping[MdsItem, int]  # items 36-50
    ward_deaths: int = 0  # deaths on the ward with no "died" consultation, counted in 42 on the day of death

    def total(self, item: MdsItem) -> int:
        if item in self.demographics:
            return sum(self.demographics[item]) + self.unknown_age.get(item, 0)
        if item in self.events:
            return sum(self.events[item])
        return self.totals[item]


@dataclass(frozen=True)
class Check:
    """A failed built-in check: `key` names the message in the report catalogue."""

    key: str
    day: date | None
    sum: int
    consultations: int


@dataclass(frozen=True)
class MdsFigures:
    start: date
    end: date
    header: Mapping[str, str]
    additional: tuple[mds.AdditionalItem, ...]
    days: tuple[Column, ...]
    total: Column
    line_list: tuple[LineListRow, ...]
    failed_checks: tuple[Check, ...]
    unknown_events: Mapping[str, int]  # stored event code → diagnoses counted under 29
    departures: Mapping[date, str] = field(default_factory=dict)  # day → end of the rotation covering it


def check_period(start: date, end: date, today: date | None = None) -> None:
    if end < start:
        raise DomainError(f"The period ends ({end.isoformat()}) before it starts ({start.isoformat()})")
    if today is not None and end > today:  # future days would print as empty days with every bed free
        raise DomainError(f"The period ends on {end.isoformat()}, after today ({today.isoformat()}):"
                          " choose days that have passed")
    if (end - start).days + 1 > MAX_DAYS:
        raise DomainError(f"The period is {(end - start).days + 1} days long; at most {MAX_DAYS} are allowed")


def _header(store: Store, end: date) -> dict[str, str]:
    hospital = store.hospitals.this()
    latest = store.rotations.on(end)
    header = dict.fromkeys(FIXED_HEADER, "")
    if hospital is not None:
        # "Bentiu, Unity State": the town is admin-2, the state admin-1 (a single place stays admin-2)
        places = [part.strip() for part in hospital.location.split(",") if part.strip()]
        header.update(organisation=hospital.mission, team=hospital.name, emt_type="Type 2", facility=hospital.name,
                      admin2=places[0] if places else "", admin1=places[-1] if len(places) > 1 else "",
                      bed_capacity=str(hospital.bed_capacity))
    if latest is not None:
        header["departure_date"] = latest.end_date.isoformat()
    configured = store.app_settings.get("mds_header")
    header.update({k: str(v) for k, v in configured.items() if k in header})
    return header


def _beds(store: Store, day: date, capacity: int | None) -> tuple[int, int | None]:
    """New admissions on `day`, and empty beds at its end (None without a bed capacity)."""
    first, after = day.isoformat(), (day + timedelta(days=1)).isoformat()
    row = store.db.one(
        "SELECT coalesce(sum(admitted_at >= ? AND admitted_at < ?), 0) AS new,"
        " coalesce(sum(admitted_at < ? AND (discharged_at IS NULL OR discharged_at >= ?)), 0) AS occupied"
        " FROM admissions WHERE voided_at IS NULL", (first, after, after, after))
    assert row is not None
    return int(row["new"]), None if capacity is None else max(0, capacity - int(row["occupied"]))


def _column(key: str, day: date | None, cells: tally.Cells, consultations: int, unbanded: int,
            beds: tuple[int, int | None], ward_deaths: int = 0) -> Column:
    unknown = {item: cells[(key, item, tally.UNKNOWN_AGE)] for item in mds.DEMOGRAPHICS} if unbanded else {}
    return Column(
        day=day, consultations=consultations, new_admissions=beds[0], empty_beds=beds[1],
        demographics={item: tuple(cells[(key, item, band)] for band in mds.AGE_BANDS) for item in mds.DEMOGRAPHICS},
        unknown_age=unknown,
        events={item: (cells[(key, item, tally.UNDER_5)], cells[(key, item, tally.OVER_5)])
                for item in (*mds.HEALTH_EVENTS, *mds.PROCEDURES)},
        totals={item: cells[(key, item, tally.TOTAL)] for item in (*mds.OUTCOMES, *mds.RELATIONS, *mds.PROTECTION)},
        ward_deaths=ward_deaths,
    )


def _checks(column: Column) -> list[Check]:
    n = column.consultations
    sums = {
        "check_sex": sum(column.total(item) for item in mds.DEMOGRAPHICS),
        "check_bands": sum(sum(bands) for bands in column.demographics.values()),
        "check_outcomes": sum(column.totals[item] for item in mds.OUTCOMES if item != MdsItem.LONG_TERM_REHABILITATION)
        - column.ward_deaths,
        "check_relation": sum(column.totals[item] for item in mds.RELATIONS),
    }
    return [Check(key, column.day, value, n) for key, value in sums.items() if value != n]


def mds_figures(store: Store, start: date, end: date) -> MdsFigures:
    """Tally every non-voided encounter whose (UTC) date lies in start..end."""
    check_period(start, end, store.db.clock.now().date())
    scope = tally.period_scope(start, end)
    additional = tally.additional_items(store)
    cells, unbanded = tally.demographics(store, scope, by_day=True)
    events, unknown_events = tally.events(store, scope, by_day=True, additional=additional)
    cells.update(events)
    cells.update(tally.procedures(store, scope, by_day=True))
    cells.update(tally.totals_only(store, scope, by_day=True))
    consultations = tally.consultations(store, scope, by_day=True)
    hospital = store.hospitals.this()
    # A ward death saved only as the admission's outcome is still a death within the facility (42), on its day.
    ward = _ward_deaths(store, hospital.id if hospital else "", start, end)
    for key, n in ward.items():
        cells[(key, MdsItem.DEATH_IN_FACILITY, tally.TOTAL)] += n
    capacity = hospital.bed_capacity if hospital is not None else None
    days = []
    for offset in range((end - start).days + 1):
        day = start + timedelta(days=offset)
        key = day.isoformat()
        days.append(_column(key, day, cells, consultations[key], unbanded[key], _beds(store, day, capacity),
                            ward[key]))
    total_cells: tally.Cells = Counter()
    for (_day, item, column), n in cells.items():
        total_cells[("", item, column)] += n
    new_total = sum(c.new_admissions for c in days)
    total = _column("", None, total_cells, sum(consultations.values()), sum(unbanded.values()),
                    (new_total, days[-1].empty_beds), sum(ward.values()))
    failed = [check for column in (*days, total) for check in _checks(column)]
    return MdsFigures(start=start, end=end, header=_header(store, end), additional=additional, days=tuple(days),
                      total=total, line_list=_with_ward_deaths(line_list(store, scope), store, hospital, start, end),
                      failed_checks=tuple(failed),
                      unknown_events=dict(unknown_events),
                      departures={} if "departure_date" in store.app_settings.get("mds_header")
                      else _departures(store, start, end))


def _with_ward_deaths(rows: tuple[LineListRow, ...], store: Store, hospital: Hospital | None, start: date,
                      end: date) -> tuple[LineListRow, ...]:
    extra = ward_deaths(store, hospital.id, start, end) if hospital is not None else ()
    return tuple(sorted((*rows, *extra), key=lambda x: (x.day, x.number, x.record)))


def _ward_deaths(store: Store, hospital_id: str, start: date, end: date) -> Counter[str]:
    """Day → people who died in start..end (once each, figures_events.deaths) with no consultation saved
    "died": their death is not among the consultations' outcomes."""
    if not hospital_id:
        return Counter()
    died_at_visit = {str(r["patient_id"]) for r in store.db.query(
        "SELECT DISTINCT patient_id FROM encounters WHERE voided_at IS NULL AND disposition = 'died'")}
    return Counter(d.day.isoformat() for d in figures_events.deaths(store, hospital_id, start, end)
                   if d.patient_id not in died_at_visit)


def _departures(store: Store, start: date, end: date) -> dict[date, str]:
    """Each day's departure date (header g): the end of the rotation covering that day, the same whatever
    the length of the report it is part of."""
    out: dict[date, str] = {}
    for offset in range((end - start).days + 1):
        day = start + timedelta(days=offset)
        rotation = store.rotations.on(day)
        if rotation is not None:
            out[day] = rotation.end_date.isoformat()
    return out


def generated_header(figures: MdsFigures, column: Column, generated_at: datetime) -> dict[str, str]:
    """Header fields a-t of one column, as printed and exported."""
    header = dict(figures.header)
    header["activity_date"] = (column.day.isoformat() if column.day else
                               f"{figures.start.isoformat()}/{figures.end.isoformat()}")
    if column.day is not None and column.day in figures.departures:
        header["departure_date"] = figures.departures[column.day]
    header["reporting_time"] = generated_at.strftime("%Y-%m-%dT%H:%M:%SZ")
    header["consultations"] = str(column.consultations)
    header["new_admissions"] = str(column.new_admissions)
    header["empty_beds"] = "" if column.empty_beds is None else str(column.empty_beds)
    return header
