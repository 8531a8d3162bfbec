"""Plain functions over the HQ database for the HQ page: imports, conflicts, likely duplicates, and
encounter totals per hospital and rotation (all hospitals, or one). Text that came in a bundle (hospital names,
conflicting values) is returned neutralised (`trust.plain`: control characters as visible escapes)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from l2fh_desk.exchange.duplicates import (
    LikelyDuplicate,
    distinct_persons,
    likely_duplicates,
    link_patients,
    linked_with,
    person_of,
    unlink_patients,
)
from l2fh_desk.exchange.trust import plain
from l2fh_desk.store.store import Store

__all__ = ["ConflictEntry", "abandoned_records", "EncounterTotal", "ImportEntry", "LikelyDuplicate", "conflicts", "distinct_persons",
           "encounter_totals", "hospitals", "imports", "likely_duplicates", "link_patients", "linked_with",
           "person_of", "unlink_patients"]


@dataclass(frozen=True)
class ImportEntry:
    bundle_id: str
    hospital_id: str
    hospital_name: str
    sha256: str
    signer_fingerprint: str
    exported_at: str
    imported_at: str
    imported_by: str
    counts: dict[str, dict[str, int]]  # table -> {new, updated, unchanged, refused, conflicts}


@dataclass(frozen=True)
class ConflictEntry:
    bundle_id: str
    hospital_name: str
    table: str
    record_id: str
    kind: str  # update, conflict_replaced, conflict_kept, refused, abandoned (a branch a restore gave up)
    field: str
    old_value: str | None
    new_value: str | None
    old_version: int | None
    new_version: int | None


@dataclass(frozen=True)
class EncounterTotal:
    hospital_id: str
    hospital_name: str
    rotation_number: int
    rotation_id: str
    encounters: int
    patients: int  # patient records
    persons: int = 0  # distinct persons: records an analyst linked as one person counted once


def imports(store: Store, *, hospital_id: str | None = None) -> list[ImportEntry]:
    """The import log, newest first."""
    where, params = ("WHERE hospital_id = ?", (hospital_id,)) if hospital_id else ("", ())
    rows = store.db.query(f"SELECT * FROM imports {where} ORDER BY imported_at DESC, id DESC", params)
    return [ImportEntry(r["bundle_id"], r["hospital_id"], plain(r["hospital_name"], 200), r["sha256"], r["signer_fingerprint"],
                        r["exported_at"], r["imported_at"], r["imported_by"], json.loads(r["counts"])) for r in rows]


def conflicts(store: Store, *, include_updates: bool = False, table: str | None = None,
              limit: int = 5000) -> list[ConflictEntry]:
    """The field-level merge log: conflicts and refusals, plus ordinary version updates when asked."""
    where = ["1"] if include_updates else ["c.kind != 'update'"]
    params: list[object] = []
    if table:
        where.append("c.table_name = ?")
        params.append(table)
    params.append(limit)
    rows = store.db.query(
        "SELECT i.bundle_id, i.hospital_name, c.* FROM merge_conflicts c JOIN imports i ON i.id = c.import_id"
        f" WHERE {' AND '.join(where)} ORDER BY c.id DESC LIMIT ?", params)
    found = [ConflictEntry(r["bundle_id"], plain(r["hospital_name"], 200), r["table_name"], r["record_id"], r["kind"],
                           r["field"], _shown(r["old_value"]), _shown(r["new_value"]), r["old_version"],
                           r["new_version"]) for r in rows]
    return abandoned_records(store, table=table, limit=limit) + found


def abandoned_records(store: Store, *, table: str | None = None, limit: int = 5000) -> list[ConflictEntry]:
    """Records received on a branch of a hospital's history that a restore gave up (kind "abandoned"; out of the
    figures, exchange/abandoned.py): the whole row as the bundle carried it, by hospital and table."""
    where, params = ("WHERE a.table_name = ?", [table]) if table else ("", [])
    rows = store.db.query(
        "SELECT a.table_name, a.record_id, a.version, a.row_json, coalesce(h.name, a.hospital_id) AS hname"
        f" FROM abandoned_records a LEFT JOIN hospitals h ON h.id = a.hospital_id {where}"
        " ORDER BY hname, a.table_name, a.record_id LIMIT ?", [*params, limit])
    return [ConflictEntry("", plain(r["hname"], 200), r["table_name"], r["record_id"], "abandoned", "*", None,
                          _shown(r["row_json"]), None, r["version"]) for r in rows]


def _shown(value: str | None) -> str | None:
    return None if value is None else plain(value, 2000)


def hospitals(store: Store) -> list[tuple[str, str]]:
    """(id, name) of every hospital in the database, by name."""
    return [(r["id"], plain(r["name"], 200)) for r in store.db.query("SELECT id, name FROM hospitals ORDER BY name, id")]


def encounter_totals(store: Store, *, hospital_id: str | None = None,
                     rotation_number: int | None = None) -> list[EncounterTotal]:
    """Live encounters, patient records and distinct persons per hospital and rotation, optionally for one of
    each. Grouped by the origin of each encounter (the hospital that recorded it), never by a hospital id a
    row merely names."""
    where = ["e.voided_at IS NULL"]
    params: list[object] = []
    if hospital_id:
        where.append("e.origin = ?")
        params.append(hospital_id)
    if rotation_number is not None:
        where.append("r.number = ?")
        params.append(rotation_number)
    joins = ("FROM encounters e JOIN rotations r ON r.id = e.rotation_id AND r.origin = e.origin"
             " JOIN hospitals h ON h.id = e.origin")
    rows = store.db.query(
        "SELECT h.id AS hid, h.name AS hname, r.number, r.id AS rid, count(*) AS n, count(DISTINCT e.patient_id) AS p"
        f" {joins} WHERE {' AND '.join(where)} GROUP BY h.id, r.id ORDER BY h.name, h.id, r.number", params)
    persons = person_of(store)
    seen: dict[str, set[str]] = {}
    for r in store.db.query(f"SELECT DISTINCT r.id, e.patient_id {joins} WHERE {' AND '.join(where)}", params):
        seen.setdefault(r[0], set()).add(persons.get(r[1], r[1]))
    return [EncounterTotal(r["hid"], plain(r["hname"], 200), int(r["number"]), r["rid"], int(r["n"]), int(r["p"]),
                           len(seen.get(r["rid"], ()))) for r in rows]
