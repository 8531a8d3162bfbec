"""The rotation of a record follows from its date: an encounter, an admission, an evacuation (the day it was
requested) and an outreach activity count in the handover of the rotation they are filed under, so the store
refuses one filed under a rotation its (UTC) date is not in. Records saved before this rule (or imported) are
left readable and editable; `check` names them (`stored_mismatches`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.store.db import Database


@dataclass(frozen=True)
class Dated:
    table: str
    column: str  # the stored date, or UTC timestamp whose first 10 characters are the date
    what: str  # the start of the refusal: "An encounter on 2026-11-05 does not belong to rotation 4 (...)"
    label: str  # the record as `check` names it


ENCOUNTER = Dated("encounters", "started_at", "An encounter on", "encounter")
ADMISSION = Dated("admissions", "admitted_at", "An admission on", "admission")
EVACUATION = Dated("evacuations", "requested_at", "An evacuation requested on", "evacuation")
OUTREACH = Dated("outreach_activities", "activity_date", "An outreach activity on", "outreach activity")
DATED = (ENCOUNTER, ADMISSION, EVACUATION, OUTREACH)
SHOWN = 5  # mismatches named per kind of record; the rest are counted


def utc_day(moment: date | datetime) -> date:
    if isinstance(moment, datetime):
        return moment.astimezone(UTC).date() if moment.tzinfo is not None else moment.date()
    return moment


def refuse_outside(db: Database, dated: Dated, *, record_id: str, rotation_id: str, moment: date | datetime) -> None:
    """DomainError (field `dated.column`) when `moment`'s day lies outside the rotation `rotation_id`. An edit
    that keeps the stored rotation and day passes: a legacy mismatch does not block a discharge or a note."""
    day = utc_day(moment).isoformat()
    stored = db.one(f"SELECT rotation_id, substr({dated.column}, 1, 10) AS day FROM {dated.table} WHERE id = ?",
                    (record_id,))
    if stored is not None and stored["rotation_id"] == rotation_id and stored["day"] == day:
        return
    row = db.one("SELECT number, start_date, end_date FROM rotations WHERE id = ?", (rotation_id,))
    if row is not None and not row["start_date"] <= day <= row["end_date"]:
        raise DomainError(f"{dated.what} {day} does not belong to rotation {row['number']}"
                          f" ({row['start_date']} to {row['end_date']})", field=dated.column)


def stored_mismatches(db: Database) -> list[str]:
    """One line per record (not voided) whose date lies outside the rotation it is filed under, at most
    `SHOWN` per kind of record, then how many more; ids only (check runs without signing in)."""
    lines: list[str] = []
    for dated in DATED:
        rows = db.query(
            f"SELECT r.id, substr(r.{dated.column}, 1, 10) AS day, t.number, t.start_date, t.end_date"
            f" FROM {dated.table} r JOIN rotations t ON t.id = r.rotation_id WHERE r.voided_at IS NULL"
            f" AND substr(r.{dated.column}, 1, 10) NOT BETWEEN t.start_date AND t.end_date ORDER BY r.rowid")
        for row in rows[:SHOWN]:
            lines.append(f"{dated.label} {row['id']} of {row['day']} is filed under rotation {row['number']}"
                         f" ({row['start_date']} to {row['end_date']}): it counts in that rotation's handover")
        if len(rows) > SHOWN:
            lines.append(f"... and {len(rows) - SHOWN} more {dated.label} records filed under another rotation"
                         " than their date's")
    return lines
