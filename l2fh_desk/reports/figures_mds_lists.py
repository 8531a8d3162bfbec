"""The MDS line list: one row per case of a starred item (28, 31, 39, 42, 43, 47-50)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from l2fh_desk.domain import mds
from l2fh_desk.domain.mds import MdsItem
from l2fh_desk.domain.vocab import Sex
from l2fh_desk.reports import tally
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store

_PRIMARY = ("(SELECT d.icd10_code || ' ' || d.text FROM diagnoses d WHERE d.encounter_id = e.id"
            " AND d.voided_at IS NULL ORDER BY d.is_primary DESC, d.position LIMIT 1)")
_COLUMNS = (f"SELECT {tally.DAY} AS day, e.id AS record, {tally.AGE} AS age, p.sex AS sex, e.pregnant AS pregnant,"
            f" coalesce({_PRIMARY}, '') AS diagnosis")


@dataclass(frozen=True)
class LineListRow:
    """No name: protection cases (SGBV above all) are reported without identifying the person."""

    day: date
    item: MdsItem
    age: int
    sex: Sex
    pregnant: bool
    diagnosis: str
    details: str  # e.g. the evacuation's destination for item 39
    record: str  # the first 8 characters of the encounter id, to find the record again

    @property
    def number(self) -> int:
        return mds.MDS_NUMBER[self.item]


def line_list(store: Store, scope: tally.Scope) -> tuple[LineListRow, ...]:
    where, params = scope.where, scope.params
    found: list[tuple[MdsItem, sqlite3.Row, str]] = []

    def add(item: MdsItem, sql: str, extra: tuple[object, ...] = (), details: str = "") -> None:
        for row in store.db.query(sql, (*extra, *params)):
            found.append((item, row, row["details"] if details else ""))

    add(MdsItem.SEVERE_ACUTE_MALNUTRITION,
        f"{_COLUMNS} FROM {tally.FROM} WHERE EXISTS (SELECT 1 FROM diagnoses s WHERE s.encounter_id = e.id"
        f" AND s.voided_at IS NULL AND s.mds_event = ?) AND {where}", (MdsItem.SEVERE_ACUTE_MALNUTRITION.value,))
    add(MdsItem.LIMB_AMPUTATION,
        f"{_COLUMNS}, json_extract(j.value, '$.description') AS details FROM {tally.FROM}, json_each(e.procedures) j"
        f" WHERE json_extract(j.value, '$.kind') = 'limb_amputation' AND {where}", details="yes")
    add(MdsItem.REFERRAL_TRANSFER,
        f"{_COLUMNS}, coalesce((SELECT v.destination FROM evacuations v WHERE v.encounter_id = e.id"
        f" AND v.voided_at IS NULL LIMIT 1), '') AS details FROM {tally.FROM}"
        f" WHERE e.disposition = 'evacuated' AND {where}", details="yes")
    add(MdsItem.DEATH_IN_FACILITY, f"{_COLUMNS} FROM {tally.FROM} WHERE e.disposition = 'died' AND {where}")
    add(MdsItem.LONG_TERM_REHABILITATION, f"{_COLUMNS} FROM {tally.FROM} WHERE e.needs_rehabilitation = 1 AND {where}")
    for code, item in tally.PROTECTION_ITEM.items():
        add(item, f"{_COLUMNS} FROM {tally.FROM}, json_each(e.protection) j WHERE j.value = ? AND {where}", (code,))
    rows = []
    for item, r, details in found:
        rows.append(LineListRow(day=date.fromisoformat(r["day"]), item=item, age=int(r["age"]), sex=Sex(r["sex"]),
                                pregnant=bool(r["pregnant"]), diagnosis=r["diagnosis"], details=details or "",
                                record=str(r["record"])[:8]))
    return tuple(sorted(rows, key=lambda x: (x.day, x.number, x.record)))


def ward_deaths(store: Store, hospital_id: str, start: date, end: date) -> tuple[LineListRow, ...]:
    """Item 42 rows of people who died on the ward with no consultation saved "died" (the record is the
    admission), once each, on the day of death."""
    rows: dict[str, LineListRow] = {}
    for r in store.db.query(
            "SELECT a.id AS record, a.patient_id AS pid, substr(a.discharged_at, 1, 10) AS day, p.sex AS sex,"
            " p.date_of_birth AS born, coalesce(nullif(a.diagnosis, ''), '') AS diagnosis FROM admissions a"
            " JOIN rotations r ON r.id = a.rotation_id AND r.hospital_id = ? JOIN patients p ON p.id = a.patient_id"
            " WHERE a.voided_at IS NULL AND a.outcome = 'died' AND a.discharged_at IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM encounters e WHERE e.patient_id = a.patient_id AND e.voided_at IS NULL"
            " AND e.disposition = 'died') ORDER BY a.discharged_at", (hospital_id,)):
        day, born = date.fromisoformat(r["day"]), date.fromisoformat(r["born"])
        if r["pid"] in rows or not start <= day <= end:
            continue
        age = day.year - born.year - ((day.month, day.day) < (born.month, born.day))
        rows[r["pid"]] = LineListRow(day=day, item=MdsItem.DEATH_IN_FACILITY, age=age, sex=Sex(r["sex"]),
                                     pregnant=False, diagnosis=r["diagnosis"], details="", record=str(r["record"])[:8])
    return tuple(rows.values())
