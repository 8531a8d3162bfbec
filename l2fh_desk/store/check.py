"""`check`: integrity and schema report of a database file, opened read-only; never creates a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from l2fh_desk.store import audit, heads, record_warnings, seal
from l2fh_desk.store.connect import MEMORY, plain
from l2fh_desk.store.db import Database
from l2fh_desk.store.errors import StorageError
from l2fh_desk.store.migrate import latest_version, migrations

PUBLIC_TABLES = ("hospitals", "rotations", "staff", "patients", "encounters", "diagnoses", "admissions",
                 "evacuations", "outreach_activities", "users", "audit_log")
# The triggers that make audit_log append-only; an attacker editing history drops them first.
AUDIT_GUARDS = ("audit_log_no_update", "audit_log_no_delete")


def _squeeze(sql: str | None) -> str:
    return " ".join((sql or "").split())


@cache
def expected_code_objects() -> frozenset[tuple[str, str, str]]:
    """The triggers and views the shipped migrations create, with their SQL (built once in memory)."""
    conn = plain(MEMORY, mode="create")
    try:
        for migration in migrations():
            conn.executescript(migration.sql)
        return frozenset((str(row[0]), str(row[1]), _squeeze(row[2])) for row in
                         conn.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"))
    finally:
        conn.close()


@dataclass
class CheckReport:
    path: Path
    schema_version: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # records that count oddly in a report; the file is sound

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(path: Path, *, key_of: Path | None = None) -> CheckReport:
    """Raises StorageError when the file is missing or not a database; other problems are listed.

    `key_of`: the database whose audit key verifies this file (a backup on a USB stick about to be restored
    into it); by default the key beside the file, or beside the database a backup's name says it is of."""
    report = CheckReport(path)
    # No -wal beside the file: no writer has it open, so open it immutable and leave no -wal/-shm behind.
    quiescent = not Path(f"{path}-wal").exists()
    db = Database(path, readonly=True, quiescent=quiescent)
    # Damaged text must not stop the check: it is shown with U+FFFD and then fails the audit hashes.
    db.conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        # One read transaction: every step sees the same snapshot, so a save the running app commits meanwhile
        # is never a record read without its seal (reported as "added outside L2FH Desk").
        db.conn.execute("BEGIN")
        try:
            result = [row[0] for row in db.query("PRAGMA integrity_check")]
        except StorageError as exc:
            report.problems.append(str(exc.message))
            return report
        if result != ["ok"]:
            report.problems.append("integrity_check: " + "; ".join(result[:5]))
            return report
        report.schema_version = db.user_version
        if report.schema_version == 0:
            report.problems.append("not an L2FH Desk database (no schema)")
            return report
        if report.schema_version > latest_version():
            report.problems.append(f"schema {report.schema_version} is newer than this app ({latest_version()})")
            return report
        present = {row[0] for row in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in PUBLIC_TABLES:
            if table not in present:
                report.problems.append(f"table {table} is missing")
            else:
                report.counts[table] = int(db.scalar(f"SELECT count(*) FROM {table}"))
        broken_links = db.query("PRAGMA foreign_key_check")
        if broken_links:
            first = broken_links[0]
            report.problems.append(f"{len(broken_links)} rows point at missing records (first: {first[0]} row {first[1]})")
        # A trigger or view the app never made (or one it made, redefined) can rewrite or hide data.
        expected = expected_code_objects()
        for row in db.query("SELECT type, name, sql FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name"):
            if (row["type"], row["name"], _squeeze(row["sql"])) not in expected:
                report.problems.append(f"unexpected {row['type']} {row['name']} (not as made by L2FH Desk)")
        if set(PUBLIC_TABLES) <= present:
            report.warnings.extend(record_warnings.warnings(db))
        if "audit_log" in present:
            guards = {row[0] for row in db.query("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                                                 " AND tbl_name = 'audit_log'")}
            for guard in AUDIT_GUARDS:
                if guard not in guards:
                    report.problems.append(f"audit trail unprotected: trigger {guard} was removed")
            key = (seal.key_for_file(key_of) if key_of is not None else None) or seal.key_for_file(path)
            keyed = seal.has_keying(db.conn)
            segments, problem = seal.segments(db.conn, key) if keyed else ([], None)
            if problem:
                report.problems.append(problem)
            broken = audit.verify(db, segments)
            if broken is not None:
                report.problems.append(f"audit trail broken at row {broken.seq}: {broken.reason}")
            elif not problem:
                kind = "keyed" if any(k for _s, k in segments) else "legacy, unkeyed"
                report.notes.append(f"audit chain intact ({kind}), head {audit.head(db)[:16]}")
            if heads.has_heads(db.conn) and key is not None:
                trouble, note = heads.verify(db.conn, heads.public_keys(path) | (heads.public_keys(key_of) if key_of else set()))
                if trouble:
                    report.problems.append(trouble)
                else:
                    report.notes.append(note)
            if keyed and key is not None:
                differs = seal.first_unsealed(db.conn, key)
                if differs:
                    report.problems.append(differs)
                else:
                    report.notes.append("every record matches its audited state")
        return report
    finally:
        db.close()
