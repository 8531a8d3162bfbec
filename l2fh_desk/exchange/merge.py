"""Merge validated rows into the HQ database: new ids inserted, higher versions replace, identical rows stay,
same-version conflicts resolved by the later `updated_at`, then the higher content hash; every overwritten field
logged. Replacements (updates and voids) are written before new rows, so a voided record frees its unique slot
(a rotation number) for the record that replaces it."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from l2fh_desk.exchange.manifest import BundleRefused
from l2fh_desk.store.db import Database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.errors import classify
from l2fh_desk.store.patients import terms_of

LOOKUP_CHUNK = 20_000
LOG_SQL = ("INSERT INTO merge_conflicts (import_id, table_name, record_id, kind, field, old_value, new_value,"
           " old_version, new_version) VALUES (?,?,?,?,?,?,?,?,?)")
# One statement per chunk of ids (a JSON array), so SQLite walks the ids itself instead of one bound row each;
# "WHERE true" keeps the upsert's ON CONFLICT from being parsed as a join constraint.
PROVENANCE_SQL = ("INSERT INTO row_provenance (table_name, record_id, import_id) SELECT ?, value, ?"
                  " FROM json_each(?) WHERE true"
                  " ON CONFLICT(table_name, record_id) DO UPDATE SET import_id = excluded.import_id")


@dataclass
class TableCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0
    conflicts: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def add(self, other: TableCounts) -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)


def content_hash(row: Sequence[Any]) -> str:
    """The deterministic tie-break for two different rows with the same id and version."""
    payload = json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _existing(db: Database, table: str, columns: Sequence[str], ids: list[str],
              scope: tuple[str, str] | None = None) -> dict[str, tuple[Any, ...]]:
    found: dict[str, tuple[Any, ...]] = {}
    sql = f"SELECT {', '.join(columns)} FROM {table} WHERE id IN (SELECT value FROM json_each(?))"
    if scope is not None:
        sql += f" AND {scope[0]} = {_quoted(scope[1])}"
    # A plain-tuple cursor: the rows are compared with the incoming tuples, so building sqlite3.Row
    # objects only to convert them back would cost a second pass over every row HQ already holds.
    cursor = db.conn.cursor()
    cursor.row_factory = None
    try:
        for start in range(0, len(ids), LOOKUP_CHUNK):
            cursor.execute(sql, (json.dumps(ids[start:start + LOOKUP_CHUNK]),))
            found.update((row[0], row) for row in cursor)
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise classify(exc) or exc from exc
    finally:
        cursor.close()
    return found


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def wins(new: Sequence[Any], old: Sequence[Any], updated_at: int | None) -> bool:
    """Same id and version, different content: the later edit wins (a laptop restored from a backup edits a
    record again), then the higher content hash, so the result never depends on the order bundles arrive in."""
    if updated_at is not None and new[updated_at] != old[updated_at]:
        return bool(new[updated_at] > old[updated_at])
    return content_hash(new) > content_hash(old)


def merge_rows(db: Database, *, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]],
               import_id: int, owner_at: int, version_at: int | None,
               provenance: bool = True, force: bool = False,
               scope: tuple[str, str] | None = None) -> tuple[TableCounts, list[str]]:
    """Apply one table's incoming rows (first column is the id); returns counts and the ids written.

    `scope` (column, value): the table is keyed by that column and the id together (HQ's imported audit: by
    hospital), so only the rows of that scope are looked up and replaced.

    `force`: every differing row is replaced whatever its version (a branch taking over from one a restore
    gave up, whose rows were kept aside first: exchange/abandoned.py)."""
    counts = TableCounts()
    updated_at = list(columns).index("updated_at") if "updated_at" in columns else None
    existing = _existing(db, table, columns, [row[0] for row in rows], scope)
    inserts: list[tuple[Any, ...]] = []
    replaces: list[tuple[Any, ...]] = []
    log: list[tuple[Any, ...]] = []

    def fields(old: tuple[Any, ...], new: tuple[Any, ...], kind: str) -> None:
        old_v = old[version_at] if version_at is not None else None
        new_v = new[version_at] if version_at is not None else None
        for name, a, b in zip(columns, old, new, strict=True):
            if a != b:
                log.append((import_id, table, new[0], kind, name, _text(a), _text(b), old_v, new_v))

    for row in rows:
        old = existing.get(row[0])
        if old is None:
            inserts.append(row)
            counts.new += 1
        elif old == row:
            counts.unchanged += 1
        elif old[owner_at] != row[owner_at]:
            # The id belongs to another hospital's record: disputed ids are kept per claim before the merge
            # (exchange/aliases.py), so this is a safety net; the whole bundle is refused, never one row of it.
            raise BundleRefused(f"row {row[0]} of {table} belongs to another hospital at HQ; a bundle may hold"
                                " only records of the hospital that signed it")
        elif force or (version_at is not None and row[version_at] != old[version_at]):
            if force or (version_at is not None and row[version_at] > old[version_at]):
                replaces.append(row)
                counts.updated += 1
                fields(old, row, "update")
            else:
                counts.unchanged += 1  # HQ already holds a later version
        else:
            counts.conflicts += 1
            if wins(row, old, updated_at):
                replaces.append(row)
                counts.updated += 1
                fields(old, row, "conflict_replaced")
            else:
                counts.unchanged += 1
                fields(old, row, "conflict_kept")
    if replaces:  # first: a void frees the unique slot (rotation number) a new row may take
        _replace(db, table, columns, replaces, scope)
    if inserts:
        marks = ", ".join("?" for _ in columns)
        db.write_many(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", inserts)
    if log:
        db.write_many(LOG_SQL, log)
    written = [row[0] for row in inserts] + [row[0] for row in replaces]
    if provenance and written:
        db.write_many(PROVENANCE_SQL, [(table, import_id, json.dumps(written[start:start + LOOKUP_CHUNK]))
                                       for start in range(0, len(written), LOOKUP_CHUNK)])
    return counts, written


def _replace(db: Database, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]],
             scope: tuple[str, str] | None) -> None:
    """Write the rows' new content over HQ's. Rows that trade unique slots among themselves (two patients
    swapping beds through a free one: HQ sees only the start and the end) fit in no order of single updates;
    then they are taken out and put back with their new content and their own rowids, foreign keys checked
    once they are all back. A conflict with a row outside the batch still fails (the bundle is refused)."""
    sets = ", ".join(f"{name} = ?" for name in columns[1:])
    scoped = "" if scope is None else f" AND {scope[0]} = {_quoted(scope[1])}"
    try:
        with db.atomic():  # a savepoint: a collision undoes only this attempt
            db.write_many(f"UPDATE {table} SET {sets} WHERE id = ?{scoped}", [(*row[1:], row[0]) for row in rows])
        return
    except sqlite3.IntegrityError as exc:
        if "UNIQUE" not in str(exc):
            raise
    ids = json.dumps([row[0] for row in rows])
    rowids = {str(r[0]): int(r[1]) for r in db.query(
        f"SELECT id, rowid FROM {table} WHERE id IN (SELECT value FROM json_each(?)){scoped}", (ids,))}
    with db.atomic():
        db.write("PRAGMA defer_foreign_keys = ON")  # the rows their children point to are back before the check
        db.write(f"DELETE FROM {table} WHERE id IN (SELECT value FROM json_each(?)){scoped}", (ids,))
        marks = ", ".join("?" for _ in columns)
        db.write_many(f"INSERT INTO {table} (rowid, {', '.join(columns)}) VALUES (?, {marks})",
                      [(rowids[row[0]], *row) for row in rows])
        db.write("PRAGMA defer_foreign_keys = OFF")
        broken = db.query("PRAGMA foreign_key_check")
        if broken:
            raise sqlite3.IntegrityError(f"FOREIGN KEY constraint failed ({broken[0][0]} row {broken[0][1]})")


SEARCHED = ("name", "un_index_number", "nationality", "unit", "category")


def patient_terms(columns: Sequence[str], row: Sequence[Any]) -> str | None:
    """The search terms of a stored (canonical) patient row, None for a voided one (not searchable)."""
    if row[columns.index("voided_at")] is not None:
        return None
    return terms_of(*(str(row[columns.index(name)]) for name in SEARCHED))


def sync_patient_search(db: Database, patients: dict[str, str | None], ids: list[str]) -> None:
    """Keep HQ's patient search index in step with the patients just inserted or replaced (`patients`: id ->
    search terms, None for a voided patient)."""
    if not ids:
        return
    rowids: dict[str, int] = {}
    for start in range(0, len(ids), LOOKUP_CHUNK):
        for row in db.query("SELECT rowid, id FROM patients WHERE id IN (SELECT value FROM json_each(?))",
                            (json.dumps(ids[start:start + LOOKUP_CHUNK]),)):
            rowids[row[1]] = int(row[0])
    write_search_terms(db, [(rowids[i], patients[i]) for i in ids])


def write_search_terms(db: Database, terms: Sequence[tuple[int, str | None]]) -> None:
    """Replace the search terms of these patients' rows (rowid -> terms, None: no longer searchable)."""
    targets = [rowid for rowid, _terms in terms]
    # One statement per chunk: on an import into an empty HQ almost none of these rows exist yet, and
    # SQLite probing the ids itself is far cheaper than one executemany step per patient.
    db.write_many("DELETE FROM patient_search WHERE rowid IN (SELECT value FROM json_each(?))",
                  [(json.dumps(targets[start:start + LOOKUP_CHUNK]),) for start in range(0, len(targets), LOOKUP_CHUNK)])
    db.write_many("INSERT INTO patient_search (rowid, terms) VALUES (?, ?)",
                  [(rowid, text) for rowid, text in terms if text is not None])
