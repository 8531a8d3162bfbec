"""The rows HQ does not hold yet, copied by SQLite itself from the verified snapshot (attached read-only to HQ's
connection for the merge): a first import is mostly such rows, and one INSERT … SELECT per table does in C
what a Python loop over every row would do with a bound statement each.

Only for rows that need no decision: their id is new at HQ, the table arrived in canonical form (every row
passed `check_rows` and is stored exactly as sent), no id of the hospital is disputed (exchange/aliases.py)
and the bundle does not take over from a given-up branch. Everything else goes through `merge.merge_rows`.
The new rows are sealed here (store/seal.py), not read back at COMMIT, and their provenance is written in SQL.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from l2fh_desk.exchange.merge import PROVENANCE_SQL, patient_terms
from l2fh_desk.store import seal
from l2fh_desk.store.db import Database

SNAP = "l2fh_snap"  # the snapshot's name on HQ's connection while it is attached
NEW = "temp.l2fh_new_ids"  # the ids of the table being copied that HQ did not hold


@contextmanager
def attached(db: Database, snapshot: Path) -> Iterator[None]:
    """The snapshot on HQ's own connection, read-only and immutable, never keyed (a received snapshot is a
    plain file; `KEY ''` keeps an encrypted HQ's key off it). Its schema was compared with ours and its
    integrity checked before this (exchange/snapshot.py)."""
    db.conn.execute(f"ATTACH DATABASE ? AS {SNAP} KEY ''",
                    (f"{snapshot.resolve().as_uri()}?mode=ro&immutable=1",))
    try:
        db.conn.execute(f"PRAGMA {SNAP}.cache_size = -1024")  # read once, in order: a small page cache will do
        yield
    finally:
        db.conn.execute(f"DETACH DATABASE {SNAP}")


CHUNK = 5000  # snapshot rowids per statement: SQLite's statement journal (in memory) grows with a statement


def copy_new(db: Database, *, table: str, columns: Sequence[str], import_id: int) -> int:
    """Insert the snapshot's rows of `table` whose id HQ does not hold; returns how many. Inside the merge's
    transaction, after the rows HQ held were merged (a void there frees a unique slot a new row may take).
    In the snapshot's order, a range of its rowids at a time, so memory does not grow with the bundle."""
    conn = db.conn
    db.write(f"CREATE TEMP TABLE IF NOT EXISTS {NEW.split('.')[1]} (id TEXT PRIMARY KEY) WITHOUT ROWID")
    low, high = conn.execute(f"SELECT coalesce(min(rowid), 0), coalesce(max(rowid), -1) FROM {SNAP}.{table}").fetchone()
    count = 0
    with seal.sealing_directly(db, table) as seal_rows:
        for first in range(int(low), int(high) + 1, CHUNK):
            count += _copy_range(db, seal_rows, table=table, columns=columns, import_id=import_id,
                                 rowids=(first, first + CHUNK - 1))
    return count


def _copy_range(db: Database, seal_rows: seal.SealRows, *, table: str, columns: Sequence[str], import_id: int,
                rowids: tuple[int, int]) -> int:
    names = ", ".join(columns)
    new_here = (f" FROM {SNAP}.{table} AS s WHERE s.rowid BETWEEN ? AND ?"
                f" AND NOT EXISTS (SELECT 1 FROM main.{table} AS h WHERE h.id = s.id)")
    db.write(f"DELETE FROM {NEW}")
    db.write(f"INSERT INTO {NEW} SELECT s.id{new_here}", rowids)
    count = int(db.conn.execute("SELECT changes()").fetchone()[0])
    if not count:
        return 0
    # The same rows as {NEW}, in the snapshot's own order (as the rows HQ held were merged)
    db.write(f"INSERT INTO main.{table} ({names}) SELECT {names}{new_here} ORDER BY s.rowid", rowids)
    seal_rows(f"SELECT id FROM {NEW}", ())
    db.write(PROVENANCE_SQL.replace("FROM json_each(?)", f"FROM (SELECT id AS value FROM {NEW})"),
             (table, import_id))
    if table == "patients":
        _index_patients(db, columns)
    return count


def _index_patients(db: Database, columns: Sequence[str]) -> None:
    """HQ's patient search terms for the new patients (voided ones are not searchable)."""
    cursor = db.conn.execute(f"SELECT rowid, {', '.join(columns)} FROM main.patients"
                             f" WHERE id IN (SELECT id FROM {NEW})")
    while batch := cursor.fetchmany(5000):
        rowids = [int(row[0]) for row in batch]
        db.write("DELETE FROM patient_search WHERE rowid IN (SELECT value FROM json_each(?))", (json.dumps(rowids),))
        terms = [(int(row[0]), patient_terms(columns, tuple(row)[1:])) for row in batch]
        db.write_many("INSERT INTO patient_search (rowid, terms) VALUES (?, ?)",
                      [(rowid, text) for rowid, text in terms if text is not None])


def copy_new_audit(db: Database, *, table: str, columns: Sequence[str], hospital_id: str) -> int:
    """The snapshot's audit rows HQ does not hold, into HQ's imported audit (`columns`: HQ's, in the order
    id, hospital_id, source_seq, origin, then the hospital's own columns kept exactly as they were)."""
    db.write(f"INSERT INTO main.{table} ({', '.join(columns)})"
             f" SELECT s.id, ?1, s.seq, s.origin, {', '.join('s.' + c for c in columns[4:])} FROM {SNAP}.audit_log AS s"
             f" WHERE NOT EXISTS (SELECT 1 FROM main.{table} AS h WHERE h.hospital_id = ?1 AND h.id = s.id)",
             (hospital_id,))
    return int(db.conn.execute("SELECT changes()").fetchone()[0])
