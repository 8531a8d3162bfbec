"""Pseudonymised exports beyond keyed hashes: times coarsened to the day (or the week), and the patients'
quasi-identifiers (sex, birth year, nationality, unit, category) generalised until every combination covers at
least k patients (k-anonymity, k = 5 by default). The achieved k and what was generalised go into the manifest.

Generalisation is global and in steps, each applied only while some combination is still smaller than k:
unit removed; birth year to 5-year bands; nationality removed; birth year to 10-, then 20-year bands; and at
last, for the patients still in too small a group, the category set to "other" and the birth year to a 40-year
band. Dates of birth only ever move earlier (a band starts on 1 January of its first year), so no encounter
comes before a birth; a band never starts more than 110 years ago.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta

from l2fh_desk.store.driver import sqlite3

DAY, WEEK = "day", "week"
DEFAULT_K = 5
# Every UTC timestamp column a pseudonymised snapshot holds, per table.
TIME_COLUMNS: dict[str, tuple[str, ...]] = {
    "hospitals": ("created_at", "updated_at"),
    "rotations": ("created_at", "updated_at", "voided_at"),
    "staff": ("created_at", "updated_at", "voided_at"),
    "patients": ("created_at", "updated_at", "voided_at"),
    "encounters": ("created_at", "updated_at", "voided_at", "started_at"),
    "diagnoses": ("created_at", "updated_at", "voided_at"),
    "admissions": ("created_at", "updated_at", "voided_at", "admitted_at", "discharged_at"),
    "evacuations": ("created_at", "updated_at", "voided_at", "requested_at", "departed_at", "approved_at", "arrived_at",
                    "cancelled_at"),
    "outreach_activities": ("created_at", "updated_at", "voided_at"),
    "users": ("created_at", "updated_at", "locked_until", "disabled_at"),
}
QUASI = ("sex", "birth year", "nationality", "unit", "category")


def coarse(stamp: str | None, grain: str) -> str | None:
    """'2026-03-05T14:37:02Z' -> '2026-03-05T00:00:00Z' (day) or the Monday of its week (week)."""
    if not stamp or len(stamp) < 10 or not stamp[:4].isdigit():
        return stamp
    try:
        day = date.fromisoformat(stamp[:10])
    except ValueError:
        return stamp
    if grain == WEEK:
        day -= timedelta(days=day.weekday())
    return f"{day.isoformat()}T00:00:00Z"


def coarsen_times(conn: sqlite3.Connection, grain: str) -> dict[str, dict[str, int]]:
    """Every timestamp of every record cut to the day (or week); returns {table: {column: values changed}}."""
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    report: dict[str, dict[str, int]] = {}
    conn.create_function("l2fh_coarse", 1, lambda value: coarse(value, grain), deterministic=True)
    for table, columns in TIME_COLUMNS.items():
        if table not in present:
            continue
        for column in columns:
            changed = conn.execute(f"UPDATE {table} SET {column} = l2fh_coarse({column})"
                                   f" WHERE {column} IS NOT l2fh_coarse({column})").rowcount
            report.setdefault(table, {})[column] = changed
    return report  # the audit trail's `at` is cut while it is re-chained (pseudonymise._rewrite_audit)


def _band(year: int, width: int, floor: int) -> int:
    return max(floor, year - year % width) if width > 1 else year


def _steps() -> list[tuple[str, dict[str, object]]]:
    return [
        ("unit removed", {"unit": True}),
        ("birth year in 5-year bands", {"unit": True, "width": 5}),
        ("nationality removed", {"unit": True, "width": 5, "nationality": True}),
        ("birth year in 10-year bands", {"unit": True, "width": 10, "nationality": True}),
        ("birth year in 20-year bands", {"unit": True, "width": 20, "nationality": True}),
    ]


def _key(row: tuple[str, str, int, str, str, str], level: dict[str, object], floor: int) -> tuple[object, ...]:
    _id, sex, year, nationality, unit, category = row
    width = int(level.get("width", 1))  # type: ignore[call-overload]
    return (sex, _band(year, width, floor), "" if level.get("nationality") else nationality,
            "" if level.get("unit") else unit, category)


def _merge_small(keys: list[tuple[object, ...]], k: int) -> int:
    """Join each combination smaller than k with the nearest one of the same sex, labelled with the earlier
    birth band of the two (so birth dates only move earlier) and with the values that differ removed; in place.
    Returns how many patients changed group. Stops when no group is small or a sex has too few patients."""
    moved = 0
    while True:
        groups = Counter(keys)
        small = sorted((n, key) for key, n in groups.items() if n < k)
        if not small:
            return moved
        for _n, key in small:
            others = [other for other in groups if other != key and other[0] == key[0]]
            if others:
                break
        else:
            return moved  # every small group is the only one of its sex: k cannot be reached
        target = min(others, key=lambda o: (abs(int(str(o[1])) - int(str(key[1]))), str(o)))
        label = (key[0], min(int(str(key[1])), int(str(target[1]))),
                 key[2] if key[2] == target[2] else "", key[3] if key[3] == target[3] else "",
                 key[4] if key[4] == target[4] else "other")
        for index, current in enumerate(keys):
            if current in (key, target):
                if current != label:
                    moved += 1
                keys[index] = label


def generalise(conn: sqlite3.Connection, k: int = DEFAULT_K, *, today: date | None = None) -> dict[str, object]:
    """Generalise the patients' quasi-identifiers in place until every combination holds at least k live and
    voided patients alike; returns {"k": k, "achieved_k": ..., "generalised": [steps], "suppressed": n}."""
    if k < 1:
        raise ValueError("k must be at least 1")
    floor = (today or datetime.now().date()).year - 110
    rows = [(str(r[0]), str(r[1]), int(str(r[2])[:4]) if str(r[2])[:4].isdigit() else floor, str(r[3]), str(r[4]),
             str(r[5])) for r in conn.execute(
        "SELECT id, sex, date_of_birth, nationality, unit, category FROM patients")]
    level: dict[str, object] = {}
    done: list[str] = []

    def smallest(at: dict[str, object]) -> int:
        groups = Counter(_key(r, at, floor) for r in rows)
        return min(groups.values()) if groups else k

    for name, step in _steps():
        if smallest(level) >= k:
            break
        level = step
        done.append(name)
    final = [_key(r, level, floor) for r in rows]
    merged = _merge_small(final, k)
    if merged:
        done.append(f"{merged} patients in too small a group joined the nearest earlier-born group of the same sex"
                    " (values that differ removed, category other)")
    suppressed = merged
    width = int(level.get("width", 1))  # type: ignore[call-overload]
    updates = [(f"{key[1]:04d}-01-01", key[2], key[3], key[4], int(width > 1 or key[4] != row[5] or
                                                                     key[1] != row[2]), row[0])
               for row, key in zip(rows, final, strict=True)]
    conn.executemany("UPDATE patients SET date_of_birth = ?, nationality = ?, unit = ?, category = ?,"
                     " dob_estimated = max(dob_estimated, ?) WHERE id = ?", updates)
    achieved = min(Counter(final).values()) if final else 0
    return {"k": k, "achieved_k": achieved, "quasi_identifiers": list(QUASI), "generalised": done,
            "suppressed": suppressed}
