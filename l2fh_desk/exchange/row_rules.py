"""HQ's row rules run at the hospital: `check` and `export` name the first record HQ's importer would refuse
(exchange/rows.py, the very checks `import` applies), so nobody learns it only when HQ refuses the bundle."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from l2fh_desk.exchange.manifest import BundleRefused
from l2fh_desk.exchange.rows import AUDIT_COLUMNS, MERGED, RowChecker, check_audit_row
from l2fh_desk.exchange.snapshot import expected_columns
from l2fh_desk.store.connect import connect
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.migrate import latest_version

BATCH = 5000


class _NotUtf8(str):
    """A text cell whose bytes are not UTF-8 (HQ cannot read it): shown with U+FFFD, named as such."""


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return _NotUtf8(raw.decode("utf-8", "replace"))


def first_refusal(conn: sqlite3.Connection, *, hospital_id: str) -> str | None:
    """The line HQ would refuse the first offending record with ("row <id> of <table> fails validation: ..."),
    or None when every record passes. `conn` holds a database at the latest schema; only read."""
    return refusal_among(conn, hospital_id=hospital_id)[0]


def _selected(conn: sqlite3.Connection, sql: str, ids: list[str] | None) -> Iterator[tuple[Any, ...]]:
    if ids is None:
        cursor = conn.execute(sql + " ORDER BY rowid")
        while rows := cursor.fetchmany(BATCH):
            yield from (tuple(raw) for raw in rows)
        return
    for start in range(0, len(ids), BATCH):
        cursor = conn.execute(sql + " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid",
                              (json.dumps(ids[start:start + BATCH]),))
        yield from (tuple(raw) for raw in cursor.fetchall())


def refusal_among(conn: sqlite3.Connection, *, hospital_id: str, only: dict[str, list[str]] | None = None,
                  after_seq: int = 0) -> tuple[str | None, int]:
    """`first_refusal` of the records named in `only` (table -> ids; None: every record) and the audit rows after
    `after_seq`; with the number of records and audit rows checked (export checks only what changed)."""
    saved = conn.text_factory
    conn.text_factory = _decode
    checked = 0
    try:
        for spec in MERGED:
            ids = None if only is None else only.get(spec.name, [])
            if ids == []:
                continue
            columns = expected_columns(latest_version(), spec.name)
            checker = RowChecker(spec, columns, hospital_id)
            for row in _selected(conn, f"SELECT {', '.join(c.name for c in columns)} FROM main.{spec.name}", ids):
                checked += 1
                unreadable = next((c.name for c, v in zip(columns, row, strict=True) if type(v) is _NotUtf8), None)
                try:
                    if unreadable is not None:
                        raise checker.refuse(row, f"{unreadable} is not valid UTF-8 text")
                    checker.check(row)
                except BundleRefused as exc:
                    return exc.reason, checked
        cursor = conn.execute(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM main.audit_log WHERE seq > ? ORDER BY seq",
                              (after_seq,))
        while rows := cursor.fetchmany(BATCH):
            for raw in rows:
                row = tuple(raw)
                checked += 1
                try:
                    if any(type(v) is _NotUtf8 for v in row):
                        raise BundleRefused(f"audit row {row[2]} fails validation: a field is not valid UTF-8 text")
                    check_audit_row(row, hospital_id)
                except BundleRefused as exc:
                    return exc.reason, checked
    finally:
        conn.text_factory = saved
    return None, checked


def hq_would_refuse(reason: str) -> str:
    """The one line `check` and `export` both give."""
    return f"HQ would refuse the export: {reason}"


def file_refusal(path: Path) -> str | None:
    """`first_refusal` of this installation's database file, opened read-only (immutable when no writer has it
    open, so nothing is made beside it). None for a file with no hospital (HQ, new) or not at the latest schema."""
    conn = connect(path, mode="ro" if Path(f"{path}-wal").exists() else "ro_immutable")
    try:
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) != latest_version():
            return None
        found = conn.execute("SELECT value FROM settings WHERE key = 'hospital_id'").fetchone()
        hospital_id = str(json.loads(found[0]) or "") if found and found[0] else ""
        if not hospital_id:
            return None
        return first_refusal(conn, hospital_id=hospital_id)
    finally:
        conn.close()
