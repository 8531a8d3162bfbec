"""HQ's row rules run at the hospital: `check` and `export` name the first record HQ's importer would refuse
(exchange/rows.py, the very checks `import` applies), so nobody learns it only when HQ refuses the bundle."""

from __future__ import annotations

import json
from pathlib import Path

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
    saved = conn.text_factory
    conn.text_factory = _decode
    try:
        for spec in MERGED:
            columns = expected_columns(latest_version(), spec.name)
            checker = RowChecker(spec, columns, hospital_id)
            cursor = conn.execute(f"SELECT {', '.join(c.name for c in columns)} FROM main.{spec.name} ORDER BY rowid")
            while rows := cursor.fetchmany(BATCH):
                for raw in rows:
                    row = tuple(raw)
                    unreadable = next((c.name for c, v in zip(columns, row, strict=True) if type(v) is _NotUtf8), None)
                    try:
                        if unreadable is not None:
                            raise checker.refuse(row, f"{unreadable} is not valid UTF-8 text")
                        checker.check(row)
                    except BundleRefused as exc:
                        return exc.reason
        cursor = conn.execute(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM main.audit_log ORDER BY seq")
        while rows := cursor.fetchmany(BATCH):
            for raw in rows:
                row = tuple(raw)
                try:
                    if any(type(v) is _NotUtf8 for v in row):
                        raise BundleRefused(f"audit row {row[2]} fails validation: a field is not valid UTF-8 text")
                    check_audit_row(row, hospital_id)
                except BundleRefused as exc:
                    return exc.reason
    finally:
        conn.text_factory = saved
    return None


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
