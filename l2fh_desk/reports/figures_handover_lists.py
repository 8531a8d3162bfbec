"""The line lists of the handover report: evacuations and deaths, inpatients handed over, notable outreach, roster."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from l2fh_desk.domain.hospital import Rotation
from l2fh_desk.domain.ids import iso
from l2fh_desk.domain.vocab import (
    EvacuationMode,
    EvacuationPriority,
    EvacuationStatus,
    OutreachKind,
    PatientCategory,
    Sex,
)
from l2fh_desk.reports import collation
from l2fh_desk.reports import figures_events as events
from l2fh_desk.store.store import Store

_DIAGNOSIS = events.DIAGNOSIS


@dataclass(frozen=True)
class EventRow:
    day: date
    event: str  # "evacuation", "died" or "dead_on_arrival"
    category: PatientCategory
    diagnosis: str
    destination: str = ""
    priority: EvacuationPriority | None = None
    mode: EvacuationMode | None = None
    status: EvacuationStatus | None = None  # an evacuation's stage: requested ... arrived, or cancelled


@dataclass(frozen=True)
class InpatientRow:
    ward: str
    bed: str
    patient: str
    admitted: date
    days_in: int
    diagnosis: str
    plan: str


@dataclass(frozen=True)
class NotableActivity:
    day: date
    kind: OutreachKind
    place: str
    reached: int
    quantity: float | None
    unit: str
    description: str


@dataclass(frozen=True)
class RosterRow:
    name: str
    rank: str
    specialty: str
    sex: Sex


def evacuations_and_deaths(store: Store, rotation: Rotation, last: date) -> tuple[EventRow, ...]:
    """Evacuations and dead-on-arrival of the rotation; deaths on the day they happened (up to `last`)."""
    rid = rotation.id
    rows: list[EventRow] = []
    for r in store.db.query(
        "SELECT substr(v.requested_at, 1, 10) AS day, p.category, v.destination, v.priority, v.mode, v.status,"
        " coalesce(" + _DIAGNOSIS.format(enc="coalesce(v.encounter_id, a.encounter_id)") + ", a.diagnosis, v.reason)"
        " AS diagnosis FROM evacuations v JOIN patients p ON p.id = v.patient_id"
        " LEFT JOIN admissions a ON a.id = v.admission_id WHERE v.voided_at IS NULL AND v.rotation_id = ?", (rid,)):
        rows.append(EventRow(date.fromisoformat(r["day"]), "evacuation", PatientCategory(r["category"]),
                             r["diagnosis"] or "", r["destination"], EvacuationPriority(r["priority"]),
                             EvacuationMode(r["mode"]), EvacuationStatus(r["status"])))
    for r in store.db.query(
        "SELECT substr(e.started_at, 1, 10) AS day, p.category, " + _DIAGNOSIS.format(enc="e.id") + " AS diagnosis"
        " FROM encounters e JOIN patients p ON p.id = e.patient_id"
        " WHERE e.voided_at IS NULL AND e.rotation_id = ? AND e.disposition = 'dead_on_arrival'", (rid,)):
        rows.append(EventRow(date.fromisoformat(r["day"]), "dead_on_arrival", PatientCategory(r["category"]),
                             r["diagnosis"] or ""))
    rows += [EventRow(d.day, "died", d.category, d.diagnosis)
             for d in events.deaths(store, rotation.hospital_id, rotation.start_date, last)]
    return tuple(sorted(rows, key=lambda row: (row.day, row.event, row.diagnosis, row.destination)))


def inpatients(store: Store, cutoff: datetime) -> tuple[InpatientRow, ...]:
    """Every admission still open at the cut-off (any rotation's): they carry over to the next rotation."""
    cut = iso(cutoff)
    out = []
    for r in store.db.query(
        "SELECT a.ward, a.bed, p.name, a.admitted_at, a.plan, coalesce(nullif(a.diagnosis, ''), "
        + _DIAGNOSIS.format(enc="a.encounter_id") + ", '') AS diagnosis FROM admissions a"
        " JOIN patients p ON p.id = a.patient_id WHERE a.voided_at IS NULL AND a.admitted_at <= ?"
        " AND (a.discharged_at IS NULL OR a.discharged_at > ?) ORDER BY a.ward, a.bed, a.admitted_at", (cut, cut)):
        admitted = date.fromisoformat(r["admitted_at"][:10])
        out.append(InpatientRow(r["ward"], r["bed"], r["name"], admitted, max(0, (cutoff.date() - admitted).days),
                                r["diagnosis"], r["plan"]))
    return tuple(out)


def notable(store: Store, rid: str, limit: int = 12) -> tuple[NotableActivity, ...]:
    """The notable activities that reached most people, in date order."""
    rows = store.db.query(
        "SELECT activity_date, kind, place, reached_total, quantity, unit, description FROM outreach_activities"
        " WHERE voided_at IS NULL AND rotation_id = ? AND notable = 1"
        " ORDER BY reached_total DESC, activity_date, id LIMIT ?", (rid, limit))
    found = [NotableActivity(date.fromisoformat(r["activity_date"]), OutreachKind(r["kind"]), r["place"],
                             int(r["reached_total"]), r["quantity"], r["unit"], r["description"]) for r in rows]
    return tuple(sorted(found, key=lambda a: (a.day, a.place)))


def roster(store: Store, rid: str) -> tuple[RosterRow, ...]:
    """The rotation's staff in alphabetical order of their names (Unicode collation, not code points)."""
    members = store.staff.roster(rid)
    keys = collation.sort_keys(s.name for s in members)
    staff = sorted(members, key=lambda s: (keys[s.name], s.name))
    return tuple(RosterRow(s.name, s.rank, s.specialty, s.sex) for s in staff)
