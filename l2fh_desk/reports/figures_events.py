"""When things happened: deaths (one per person), bed-days (midnights in a bed) and who was seen, by date.

An event belongs to the rotation in which it happened, whichever rotation's record started the stay:
- a **death** is one per person: the earliest of an encounter saved "died" and an admission ending "died",
  on the day it happened (the encounter's date, the admission's discharge date);
- a **bed-day** is a midnight spent in a bed: an admission from 28 Oct to 2 Nov holds 5 (the midnights of
  29, 30, 31 Oct, 1 and 2 Nov); a stay that starts and ends on the same day holds none. Midnights are counted
  in the rotation whose dates they fall on, up to the cut-off, so the rotations add up to the hospital's total;
- a patient is **seen** in a rotation if they had an encounter in it or lay in a bed during it (patients
  carried over in a bed from the previous rotation are counted).
Records of one hospital are told apart through their rotation (an HQ database holds several hospitals).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from l2fh_desk.domain.hospital import Rotation
from l2fh_desk.domain.vocab import PatientCategory
from l2fh_desk.store.store import Store

# The first (primary first) diagnosis of an encounter, as "CODE text".
DIAGNOSIS = ("(SELECT d.icd10_code || ' ' || d.text FROM diagnoses d WHERE d.encounter_id = {enc}"
             " AND d.voided_at IS NULL ORDER BY d.is_primary DESC, d.position LIMIT 1)")
_OF_HOSPITAL = "JOIN rotations r ON r.id = {alias}.rotation_id AND r.hospital_id = ?"


@dataclass(frozen=True)
class Death:
    patient_id: str
    day: date
    category: PatientCategory
    diagnosis: str


def deaths(store: Store, hospital_id: str, first: date, last: date) -> tuple[Death, ...]:
    """Each person who died in the facility between `first` and `last` (inclusive), once, on the day they died."""
    rows = store.db.query(
        "SELECT e.patient_id AS pid, substr(e.started_at, 1, 10) AS day, 1 AS rank, p.category AS category, "
        + DIAGNOSIS.format(enc="e.id") + " AS diagnosis FROM encounters e " + _OF_HOSPITAL.format(alias="e")
        + " JOIN patients p ON p.id = e.patient_id WHERE e.voided_at IS NULL AND e.disposition = 'died'"
        " UNION ALL SELECT a.patient_id, substr(a.discharged_at, 1, 10), 0, p.category, coalesce(nullif(a.diagnosis, ''), "
        + DIAGNOSIS.format(enc="a.encounter_id") + ", '') FROM admissions a " + _OF_HOSPITAL.format(alias="a")
        + " JOIN patients p ON p.id = a.patient_id WHERE a.voided_at IS NULL AND a.outcome = 'died'"
        " AND a.discharged_at IS NOT NULL", (hospital_id, hospital_id))
    first_event: dict[str, tuple[str, int, str, str]] = {}
    for r in rows:
        key = (r["day"], int(r["rank"]), r["category"], r["diagnosis"] or "")
        held = first_event.get(r["pid"])
        if held is None or key < held:
            first_event[r["pid"]] = key
    out = [Death(pid, date.fromisoformat(day), PatientCategory(cat), diag)
           for pid, (day, _rank, cat, diag) in first_event.items()]
    return tuple(sorted((d for d in out if first <= d.day <= last), key=lambda d: (d.day, d.diagnosis, d.patient_id)))


def bed_days(store: Store, hospital_id: str, first: date, last: date) -> int:
    """Midnights spent in a bed whose date lies in first..last (an open stay runs to `last`)."""
    before, end = (first - timedelta(days=1)).isoformat(), last.isoformat()
    return int(store.db.scalar(
        "SELECT coalesce(sum(max(0, julianday(min(coalesce(substr(a.discharged_at, 1, 10), ?), ?))"
        " - julianday(max(substr(a.admitted_at, 1, 10), ?)))), 0) FROM admissions a "
        + _OF_HOSPITAL.format(alias="a") + " WHERE a.voided_at IS NULL", (end, end, before, hospital_id)) or 0)


def seen(store: Store, rotation: Rotation, last: date) -> int:
    """Distinct patients with an encounter in the rotation or in a bed during it (up to `last`)."""
    start, after = rotation.start_date.isoformat(), (last + timedelta(days=1)).isoformat()
    return int(store.db.scalar(
        "SELECT count(*) FROM (SELECT patient_id FROM encounters WHERE voided_at IS NULL AND rotation_id = ?"
        " UNION SELECT a.patient_id FROM admissions a " + _OF_HOSPITAL.format(alias="a")
        + " WHERE a.voided_at IS NULL AND a.admitted_at < ? AND (a.discharged_at IS NULL OR a.discharged_at >= ?))",
        (rotation.id, rotation.hospital_id, after, start)) or 0)
