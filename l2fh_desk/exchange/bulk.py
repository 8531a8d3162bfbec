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

from l2fh_desk.exchange.merge import PROVENANCE_SQL, patient_terms, write_search_terms
from l2fh_desk.store import seal
from l2fh_desk.store.connect import attach_key
from l2fh_desk.store.db import Database
from l2fh_desk.store.driver import sqlite3

SNAP = "l2fh_snap"  # the snapshot's name on HQ's connection while it is attached
NEW = "temp.l2fh_new_ids"  # the ids of the table being copied that HQ did not hold


@contextmanager
def attached(db: Database, snapshot: Path) -> Iterator[None]:
    """The snapshot on HQ's own connection, read-only and immutable, never keyed (a received snapshot is a
    plain file; `KEY ''` keeps an encrypted HQ's key off it). Its schema was compared with ours and its
    integrity checked before this (exchange/snapshot.py)."""
    db.conn.execute(f"ATTACH DATABASE ? AS {SNAP} KEY {attach_key(None)}",
                    (f"{snapshot.resolve().as_uri()}?mode=ro&immutable=1",))
    try:
        db.conn.execute(f"PRAGMA {SNAP}.cache_size = -1024")  # read once, in order: a small page cache will do
        yield
    finally:
        db.conn.execute(f"DETACH DATABASE {SNAP}")


CHUNK = 5000  # snapshot rowids per INSERT … SELECT: SQLite's statement journal (in memory) grows with a statement
ID_CHUNK = 20_000  # ids per provenance statement


def copy_new(db: Database, *, table: str, columns: Sequence[str], import_id: int) -> int:
    """Insert the snapshot's rows of `table` whose id HQ does not hold; returns how many. Inside the merge's
    transaction, after the rows HQ held were merged (a void there frees a unique slot a new row may take).

    The rows go in the snapshot's order, a range of its rowids per statement; they are then read back by rowid
    range for their seals and search terms, and their provenance is written in id order, the order of its key
    (random ids written in random order would touch a different page of a large table each). Memory does not
    grow with the bundle beyond the new ids themselves (about 60 bytes each, in SQLite's temporary store)."""
    conn = db.conn
    db.write(f"CREATE TEMP TABLE IF NOT EXISTS {NEW.split('.')[1]} (id TEXT PRIMARY KEY) WITHOUT ROWID")
    db.write(f"DELETE FROM {NEW}")
    names = ", ".join(columns)
    new_here = (f" FROM {SNAP}.{table} AS s WHERE s.rowid BETWEEN ? AND ?"
                f" AND NOT EXISTS (SELECT 1 FROM main.{table} AS h WHERE h.id = s.id)")
    count = 0
    # Rows inserted without a rowid get the next one: everything this copy adds lies after `last`, in the order
    # of the table's own pages, and is read back by that range, never looked up by id.
    last = int(conn.execute(f"SELECT coalesce(max(rowid), 0) FROM main.{table}").fetchone()[0])
    added_rows: tuple[str, tuple[object, ...]] = ("rowid > ?", (last,))
    with seal.sealing_directly(db, table) as seal_rows:
        for rowids in _ranges(conn, table):
            db.write(f"INSERT INTO {NEW} SELECT s.id{new_here}", rowids)
            added = int(conn.execute("SELECT changes()").fetchone()[0])
            if added:
                # The same rows, in the snapshot's own order (as the rows HQ held were merged)
                db.write(f"INSERT INTO main.{table} ({names}) SELECT {names}{new_here} ORDER BY s.rowid", rowids)
                count += added
        if count and seal_rows(*added_rows) != count:  # rowids ran out at 2**63: SQLite picked unused ones
            added_rows = (f"id IN (SELECT id FROM {NEW})", ())
            seal_rows(*added_rows)
    if count:
        _provenance(db, table, import_id)
        if table == "patients":
            _index_patients(db, columns, added_rows)
    return count


def _ranges(conn: sqlite3.Connection, table: str) -> Iterator[tuple[int, int]]:
    """(first, last) rowids of the snapshot's rows of `table`, CHUNK rows at a time: paged through the rows that
    exist, so a gap in the rowids (one row at 2**62) costs nothing."""
    first = conn.execute(f"SELECT min(rowid) FROM {SNAP}.{table}").fetchone()[0]
    while first is not None:
        last = conn.execute(f"SELECT max(rowid) FROM (SELECT rowid FROM {SNAP}.{table} WHERE rowid >= ?"
                            " ORDER BY rowid LIMIT ?)", (first, CHUNK)).fetchone()[0]
        yield int(first), int(last)
        first = conn.execute(f"SELECT min(rowid) FROM {SNAP}.{table} WHERE rowid > ?", (last,)).fetchone()[0]


def _provenance(db: Database, table: str, import_id: int) -> None:
    cursor = db.conn.execute(f"SELECT id FROM {NEW} ORDER BY id")
    while ids := [str(row[0]) for row in cursor.fetchmany(ID_CHUNK)]:
        db.write(PROVENANCE_SQL, (table, import_id, json.dumps(ids)))


def _index_patients(db: Database, columns: Sequence[str], added: tuple[str, tuple[object, ...]]) -> None:
    """HQ's patient search terms for the patients just added (`added`: the condition that selects them);
    voided ones are not searchable."""
    cursor = db.conn.execute(f"SELECT rowid, {', '.join(columns)} FROM main.patients WHERE {added[0]}", added[1])
    while batch := cursor.fetchmany(5000):
        write_search_terms(db, [(int(row[0]), patient_terms(columns, tuple(row)[1:])) for row in batch])


def copy_new_audit(db: Database, *, table: str, columns: Sequence[str], hospital_id: str) -> int:
    """The snapshot's audit rows HQ does not hold, into HQ's imported audit (`columns`: HQ's, in the order
    id, hospital_id, source_seq, origin, then the hospital's own columns kept exactly as they were)."""
    db.write(f"INSERT INTO main.{table} ({', '.join(columns)})"
             f" SELECT s.id, ?1, s.seq, s.origin, {', '.join('s.' + c for c in columns[4:])} FROM {SNAP}.audit_log AS s"
             f" WHERE NOT EXISTS (SELECT 1 FROM main.{table} AS h WHERE h.hospital_id = ?1 AND h.id = s.id)",
             (hospital_id,))
    return int(db.conn.execute("SELECT changes()").fetchone()[0])
