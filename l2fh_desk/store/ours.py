"""Whether an SQLite file is ours: an L2FH Desk database, or an empty one to set up; never another
application's file, which is refused before anything writes, switches its journal or changes its mode."""

from __future__ import annotations

from pathlib import Path

from l2fh_desk.store.driver import sqlite3

# The tables the first migration makes: every L2FH Desk database (hospital or HQ, any schema) has them all. A
# file of ours that someone tampered with (a table renamed, replaced by a view) keeps most of them, and `check`
# then names what was done; another application's file has (nearly) none.
OUR_MOST = 10
OUR_TABLES = frozenset({"hospitals", "rotations", "staff", "patients", "encounters", "diagnoses", "admissions",
                        "evacuations", "outreach_activities", "users", "audit_log", "settings", "drafts"})


def foreign_reason(conn: sqlite3.Connection) -> str | None:
    """Why the file behind `conn` is another application's (its tables, its ids); None when it is ours or holds
    nothing yet (a new database). Only reads: the schema and two header fields."""
    rows = conn.execute("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view')"
                        " AND name NOT LIKE 'sqlite_%'").fetchall()
    tables = sorted(str(name) for kind, name in rows if kind == "table")
    names = {str(name) for _kind, name in rows}
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    application = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if not tables and version == 0 and application == 0:
        return None
    if application == 0 and version > 0 and len(OUR_TABLES & names) >= OUR_MOST:
        return None
    shown = ", ".join(tables[:5]) + (f" and {len(tables) - 5} more" if len(tables) > 5 else "")
    what = [f"tables: {shown}" if tables else "no tables"]
    if application:
        what.append(f"application id {application:#x}")
    if version:
        what.append(f"user_version {version}")
    return "; ".join(what)


REFUSAL = "{name} is another application's SQLite file ({reason}); it was left as it was"


def refusal(path: Path, reason: str) -> str:
    return REFUSAL.format(name=Path(path).name, reason=reason)
