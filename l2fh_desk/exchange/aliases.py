"""Ids two hospitals both claim at HQ: ownership follows the origin, never the order bundles arrive in.

Record ids are random, so two hospitals share one only when a record's id was copied (a bug, or a hostile
but trusted hospital). HQ cannot tell which claim is the copy, and letting the first one win would let a
copy lock the real owner out. So an id that more than one hospital claims in a table is *disputed*, and at
HQ every claim to it is kept under an id of its own: `qualified(origin, id)`, an HMAC of both under a secret
of this HQ database (unpredictable, so no bundle can take the qualified id first). `id_aliases` maps
(origin, table, id) to it; every later bundle of that hospital is read through the map (its own ids and the
ids it refers to), and the hospital already holding the id is re-keyed (its references too) when the dispute
arises. Each hospital keeps its records and figures; none can change, hide or rename another's; and the
content is the same in every arrival order (tests/exchange/test_copied_ids.py).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import uuid
from collections.abc import Sequence
from typing import Any

from l2fh_desk.exchange.rows import MERGED
from l2fh_desk.exchange.snapshot import Snapshot
from l2fh_desk.store.db import Database

SECRET_SETTING = "hq_alias_secret"
# A column naming a record, and the table of that record.
REFERS = {"hospital_id": "hospitals", "rotation_id": "rotations", "patient_id": "patients",
          "encounter_id": "encounters", "admission_id": "admissions"}
Mapping = dict[tuple[str, str], str]  # (table, id as the hospital wrote it) -> id at HQ


def disputed(snap: Snapshot, hospital: str) -> list[tuple[str, str]]:
    """(table, id) of the bundle's records that another hospital claims at HQ (held, or already disputed).
    The snapshot must have HQ attached as `held` (bundle_checks._held)."""
    found: list[tuple[str, str]] = []
    for spec in MERGED:
        rows = snap.run(f"SELECT s.id FROM main.{spec.name} AS s WHERE EXISTS (SELECT 1 FROM held.{spec.name} AS h"
                        " WHERE h.id = s.id AND h.origin IS NOT ?) OR EXISTS (SELECT 1 FROM held.id_aliases AS a"
                        " WHERE a.table_name = ? AND a.record_id = s.id AND a.origin IS NOT ?) ORDER BY s.id",
                        (hospital, spec.name, hospital))
        found.extend((spec.name, str(r[0])) for r in rows)
    return found


def _secret(db: Database) -> bytes:
    value = db.scalar("SELECT value FROM settings WHERE key = ?", (SECRET_SETTING,))
    if value is None:
        value = json.dumps(secrets.token_hex(32))
        db.write("INSERT INTO settings (key, value) VALUES (?, ?)", (SECRET_SETTING, value))
    return bytes.fromhex(str(json.loads(value)))


def qualified(key: bytes, origin: str, table: str, record_id: str) -> str:
    digest = hmac.new(key, f"{origin}\x1f{table}\x1f{record_id}".encode(), hashlib.sha256).digest()
    return str(uuid.UUID(bytes=digest[:16], version=4))


def mapping(db: Database, origin: str) -> Mapping:
    return {(str(r[0]), str(r[1])): str(r[2]) for r in db.query(
        "SELECT table_name, record_id, hq_id FROM id_aliases WHERE origin = ?", (origin,))}


def _rekey(db: Database, *, origin: str, table: str, old: str, new: str) -> None:
    """The record `old` of `origin`, and every reference to it from that hospital's records, now `new`."""
    db.write(f"UPDATE {table} SET id = ? WHERE id = ? AND origin = ?", (new, old, origin))
    for spec in MERGED:
        for column, target in REFERS.items():
            if target == table and column in _columns(db, spec.name):
                db.write(f"UPDATE {spec.name} SET {column} = ? WHERE {column} = ? AND origin = ?", (new, old, origin))
    db.write("UPDATE row_provenance SET record_id = ? WHERE table_name = ? AND record_id = ?", (new, table, old))
    rekey_aside(db, origin=origin, table=table, old=old, new=new)
    if table == "patients":
        for link in db.query("SELECT * FROM patient_links WHERE ? IN (patient_a, patient_b)", (old,)):
            a, b = sorted(new if p == old else p for p in (link["patient_a"], link["patient_b"]))
            db.write("DELETE FROM patient_links WHERE patient_a = ? AND patient_b = ?",
                     (link["patient_a"], link["patient_b"]))
            db.write("INSERT INTO patient_links (patient_a, patient_b, reason, linked_at, linked_by)"
                     " VALUES (?,?,?,?,?)", (a, b, link["reason"], link["linked_at"], link["linked_by"]))


def rekey_aside(db: Database, *, origin: str, table: str, old: str, new: str) -> None:
    """The same in what HQ keeps aside of `origin` (exchange/abandoned.py): the record and the references to it in
    each kept row, written as `abandoned.aside` writes them (column order kept), so every arrival order gives
    the same text."""
    referring = [column for column, target in REFERS.items() if target == table]
    rows = db.query("SELECT table_name, record_id, row_json FROM abandoned_records WHERE hospital_id = ?"
                    " AND instr(row_json, ?) > 0", (origin, old))
    for kept_table, record_id, text in rows:
        row = json.loads(text)
        changed = False
        if kept_table == table and record_id == old and row.get("id") == old:
            row["id"] = new
            changed = True
        for column in referring:
            if row.get(column) == old:
                row[column] = new
                changed = True
        if changed:
            db.write("UPDATE abandoned_records SET record_id = ?, row_json = ? WHERE table_name = ? AND record_id = ?",
                     (row["id"], json.dumps(row), kept_table, record_id))


def _columns(db: Database, table: str) -> set[str]:
    return {str(r[1]) for r in db.query(f"PRAGMA table_info({table})")}


def settle(db: Database, *, hospital: str, claims: list[tuple[str, str]]) -> Mapping:
    """Inside the import transaction: each disputed (table, id) gets a qualified id for the incoming hospital
    and for whichever hospital holds it plainly (re-keyed now). Returns the incoming hospital's whole map."""
    if claims:
        key = _secret(db)
        db.write("PRAGMA defer_foreign_keys = ON")  # a record and its references are re-keyed one after another
        for table, record_id in claims:
            for row in db.query(f"SELECT origin FROM {table} WHERE id = ? AND origin IS NOT ?", (record_id, hospital)):
                owner = str(row[0])
                new = qualified(key, owner, table, record_id)
                _rekey(db, origin=owner, table=table, old=record_id, new=new)
                db.write("INSERT OR IGNORE INTO id_aliases (origin, table_name, record_id, hq_id) VALUES (?,?,?,?)",
                         (owner, table, record_id, new))
            mine = qualified(key, hospital, table, record_id)
            db.write("INSERT OR IGNORE INTO id_aliases (origin, table_name, record_id, hq_id) VALUES (?,?,?,?)",
                     (hospital, table, record_id, mine))
            rekey_aside(db, origin=hospital, table=table, old=record_id, new=mine)  # kept before the dispute
    return mapping(db, hospital)


def apply(table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]], aliases: Mapping
          ) -> list[tuple[Any, ...]]:
    """The rows with their own ids and the ids they refer to read through the hospital's map."""
    plan = [(i, table if name == "id" else REFERS[name]) for i, name in enumerate(columns)
            if name == "id" or name in REFERS]
    out = []
    for row in rows:
        cells = list(row)
        for index, target in plan:
            value = cells[index]
            if value is not None:
                cells[index] = aliases.get((target, str(value)), value)
        out.append(tuple(cells))
    return out
