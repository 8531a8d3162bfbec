"""Records HQ received on a branch of a hospital's history that a restore gave up (exchange/branches.py).

HQ's record tables hold each hospital's live branch exactly as its newest bundle carries it; what a given-up
branch held is kept aside in `abandoned_records`, for review (`hq.conflicts` lists it) and out of the figures:

- per record, the latest row any given-up branch carried (higher version, then later `updated_at`, then
  content hash, as the merge decides), kept while the live branch lacks the record or holds no later version
  of it (an older version of a record the live branch went on editing is history, not a lost edit);
- a bundle of a given-up branch (however late it arrives) adds to that and changes nothing else;
- a bundle whose branch takes over (a declared restore reaching HQ after bundles of the branch it gave up)
  moves what the given-up branch left in the record tables aside first, then merges as usual.

So HQ's content is the same whichever order the bundles of a restored laptop arrive in.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from l2fh_desk.exchange import aliases
from l2fh_desk.exchange.merge import wins
from l2fh_desk.exchange.rows import MERGED
from l2fh_desk.exchange.snapshot import Snapshot
from l2fh_desk.store.db import Database

UPSERT = ("INSERT INTO abandoned_records (table_name, record_id, hospital_id, version, row_json) VALUES (?,?,?,?,?)"
          " ON CONFLICT(table_name, record_id) DO UPDATE SET hospital_id = excluded.hospital_id,"
          " version = excluded.version, row_json = excluded.row_json")


def _same(columns: Sequence[str]) -> str:
    return " AND ".join(f"h.{name} IS s.{name} COLLATE BINARY" for name in columns)


def aside(db: Database, *, table: str, columns: Sequence[str], rows: Sequence[tuple[Any, ...]], hospital: str,
          live: dict[str, int]) -> int:
    """Join rows of a given-up branch into `abandoned_records`; `live`: version of each id on the live branch.
    Returns how many rows were kept aside."""
    version_at, updated_at = columns.index("version"), columns.index("updated_at")
    held = {str(r[0]): [json.loads(r[1]).get(name) for name in columns] for r in db.query(
        "SELECT record_id, row_json FROM abandoned_records WHERE table_name = ? AND record_id IN"
        " (SELECT value FROM json_each(?))", (table, json.dumps([row[0] for row in rows])))}
    keep = []
    for row in rows:
        if row[0] in live and int(row[version_at]) < live[row[0]]:
            continue
        old = held.get(row[0])
        if old is not None:
            if list(row) == old or int(row[version_at]) < int(old[version_at]):
                continue
            if int(row[version_at]) == int(old[version_at]) and not wins(list(row), old, updated_at):
                continue
        keep.append((table, row[0], hospital, row[version_at], json.dumps(dict(zip(columns, row, strict=True)))))
    db.write_many(UPSERT, keep)
    return len(keep)


def _live_versions(snap: Snapshot, table: str, ids: list[str], source: str) -> dict[str, int]:
    if not ids:
        return {}
    return {str(r[0]): int(r[1]) for r in snap.run(
        f"SELECT id, version FROM {source}.{table} WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))}


def _held_rows(db: Database, table: str, names: Sequence[str], ids: list[str]) -> dict[str, tuple[Any, ...]]:
    """HQ's rows of these ids as they stand in this transaction (after exchange/aliases.py re-keyed them)."""
    return {str(r[0]): tuple(r) for r in db.query(
        f"SELECT {', '.join(names)} FROM {table} WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))}


def keep_aside(db: Database, snap: Snapshot, *, hospital: str, columns: dict[str, list[str]]) -> dict[str, int]:
    """A bundle of a given-up branch: its rows HQ does not hold exactly, kept aside (the record tables untouched).
    A hospital some of whose ids are disputed is compared through its map (the ids HQ keeps its records under)."""
    ids = aliases.mapping(db, hospital)
    kept: dict[str, int] = {}
    for spec in MERGED:
        names = columns[spec.name]
        for batch in snap.changed_rows(db.path, spec.name, names):
            if ids:
                batch = aliases.apply(spec.name, names, batch, ids)
                held = _held_rows(db, spec.name, names, [row[0] for row in batch])
                batch = [row for row in batch if held.get(row[0]) != row]
                live = {i: int(row[names.index("version")]) for i, row in held.items()}
            else:
                live = _live_versions(snap, spec.name, [row[0] for row in batch], "held")
            kept[spec.name] = kept.get(spec.name, 0) + aside(db, table=spec.name, columns=names, rows=batch,
                                                             hospital=hospital, live=live)
    return kept


def _take_over_mapped(db: Database, snap: Snapshot, *, hospital: str, columns: dict[str, list[str]],
                      ids: aliases.Mapping) -> tuple[dict[str, int], dict[str, list[str]]]:
    """`take_over`'s comparison for a hospital with disputed ids: HQ's rows (under the ids HQ keeps them) against
    the snapshot's read through the map, in batches of HQ's rows."""
    reverse = {(table, hq_id): raw for (table, raw), hq_id in ids.items()}
    kept: dict[str, int] = {}
    gone: dict[str, list[str]] = {}
    for spec in MERGED:
        names = columns[spec.name]
        last = -1
        while True:
            rows = db.query(f"SELECT rowid, {', '.join(names)} FROM {spec.name} WHERE origin = ? AND rowid > ?"
                            " ORDER BY rowid LIMIT 5000", (hospital, last))
            if not rows:
                break
            last = int(rows[-1][0])
            batch = [tuple(r)[1:] for r in rows]
            raw = [reverse.get((spec.name, str(row[0])), str(row[0])) for row in batch]
            found = snap.run(f"SELECT {', '.join(names)} FROM main.{spec.name} WHERE id IN"
                             " (SELECT value FROM json_each(?))", (json.dumps(raw),))
            theirs = {str(r[0]): r for r in aliases.apply(spec.name, names, found, ids)}
            differ = [row for row in batch if theirs.get(str(row[0])) != row]
            live = {i: int(r[names.index("version")]) for i, r in theirs.items()}
            gone.setdefault(spec.name, []).extend(str(row[0]) for row in differ if str(row[0]) not in theirs)
            kept[spec.name] = kept.get(spec.name, 0) + aside(db, table=spec.name, columns=names, rows=differ,
                                                             hospital=hospital, live=live)
    return kept, gone


def take_over(db: Database, snap: Snapshot, *, hospital: str, columns: dict[str, list[str]]) -> dict[str, int]:
    """The bundle's branch takes over from one a restore gave up: the hospital's rows in the record tables that
    differ from the bundle's are kept aside, and those the bundle does not hold at all are removed (children
    first); the merge that follows then writes the bundle's rows over the rest (`force`)."""
    ids = aliases.mapping(db, hospital)
    if ids:
        kept, gone = _take_over_mapped(db, snap, hospital=hospital, columns=columns, ids=ids)
    else:
        kept, gone = _take_over_plain(snap, db, hospital=hospital, columns=columns)
    _remove(db, gone)
    return kept


def _take_over_plain(snap: Snapshot, db: Database, *, hospital: str, columns: dict[str, list[str]]
                     ) -> tuple[dict[str, int], dict[str, list[str]]]:
    kept: dict[str, int] = {}
    gone: dict[str, list[str]] = {}
    for spec in MERGED:  # read through the snapshot's view of HQ as it was before this transaction
        names = columns[spec.name]
        picked = ", ".join(f"h.{name}" for name in names)
        for batch in snap.iterate(f"SELECT {picked} FROM held.{spec.name} AS h WHERE h.origin = '{_quote(hospital)}'"
                                  f" AND NOT EXISTS (SELECT 1 FROM main.{spec.name} AS s WHERE s.id = h.id"
                                  f" AND {_same(names)})"):
            live = _live_versions(snap, spec.name, [row[0] for row in batch], "main")
            gone.setdefault(spec.name, []).extend(row[0] for row in batch if row[0] not in live)
            kept[spec.name] = kept.get(spec.name, 0) + aside(db, table=spec.name, columns=names, rows=batch,
                                                             hospital=hospital, live=live)
    return kept, gone


def _remove(db: Database, gone: dict[str, list[str]]) -> None:
    """The records the taking-over branch does not hold at all, children first."""
    for spec in reversed(MERGED):
        ids = json.dumps(gone.get(spec.name, []))
        if ids == "[]":
            continue
        if spec.name == "patients":
            db.write("DELETE FROM patient_search WHERE rowid IN (SELECT rowid FROM patients WHERE id IN"
                     " (SELECT value FROM json_each(?)))", (ids,))
            db.write("DELETE FROM patient_links WHERE patient_a IN (SELECT value FROM json_each(?1))"
                     " OR patient_b IN (SELECT value FROM json_each(?1))", (ids,))
        db.write(f"DELETE FROM {spec.name} WHERE id IN (SELECT value FROM json_each(?))", (ids,))
        db.write("DELETE FROM row_provenance WHERE table_name = ? AND record_id IN (SELECT value FROM json_each(?))",
                 (spec.name, ids))


def _quote(text: str) -> str:
    return text.replace("'", "''")


def prune(db: Database, *, hospital: str) -> None:
    """After a live bundle: drop what the live branch now holds a later version of."""
    for spec in MERGED:
        db.write(f"DELETE FROM abandoned_records WHERE hospital_id = ? AND table_name = ? AND version <"
                 f" (SELECT t.version FROM {spec.name} AS t WHERE t.id = abandoned_records.record_id)",
                 (hospital, spec.name))


def flag_audit(db: Database, *, hospital: str, abandoned: set[str]) -> None:
    """Mark the hospital's imported audit rows on given-up branches (and only those)."""
    db.write("UPDATE imported_audit SET abandoned = (id IN (SELECT value FROM json_each(?1)))"
             " WHERE hospital_id = ?2 AND abandoned IS NOT (id IN (SELECT value FROM json_each(?1)))",
             (json.dumps(sorted(abandoned)), hospital))
