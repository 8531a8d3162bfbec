"""What `check` warns about in records the rules of today would refuse, saved before the rule existed (or
imported): they stay readable, and each is named (by id: check runs without signing in) with how reports
count it."""

from __future__ import annotations

from l2fh_desk.store import rotation_dates
from l2fh_desk.store.db import Database


def negative_ages(db: Database) -> list[str]:
    """Encounters dated before their patient's date of birth (the age at the visit would be negative)."""
    rows = db.query(
        "SELECT e.id, substr(e.started_at, 1, 10) AS day, p.id AS patient, p.date_of_birth FROM encounters e"
        " JOIN patients p ON p.id = e.patient_id WHERE e.voided_at IS NULL AND p.voided_at IS NULL"
        " AND substr(e.started_at, 1, 10) < p.date_of_birth ORDER BY e.rowid")
    lines = [f"encounter {row['id']} of {row['day']} is before the date of birth {row['date_of_birth']} of patient"
             f" {row['patient']}: reports count it under \"Age unknown\"" for row in rows[:rotation_dates.SHOWN]]
    if len(rows) > rotation_dates.SHOWN:
        lines.append(f"... and {len(rows) - rotation_dates.SHOWN} more encounters before their patient's birth")
    return lines


def warnings(db: Database) -> list[str]:
    return [*rotation_dates.stored_mismatches(db), *negative_ages(db)]
