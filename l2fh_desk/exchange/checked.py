"""Export checks again only what changed since the records were last found acceptable to HQ.

`export_checked` (migration 0009) holds, per record an export found HQ would accept, the record's seal at that
moment; the settings row `export_checked` says under which schema and hospital, and up to which audit row
every audit row was checked. The snapshot's seals are verified against its rows before this is consulted
(exchange/history.py `require_intact`), so a record whose seal is unchanged holds the very values that were
checked. Everything is checked again when that cannot be relied on: no audit key (seals not verified), no
mark, another schema or hospital, or a mark ahead of the audit trail. `check` always checks everything.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from l2fh_desk.exchange.rows import MERGED
from l2fh_desk.store.db import Database
from l2fh_desk.store.driver import sqlite3

SETTING = "export_checked"
_CHUNK = 2000


@dataclass(frozen=True)
class Plan:
    """Which records and audit rows the export must check. `only` None: every record (and every audit row)."""
    only: dict[str, list[str]] | None
    after_seq: int = 0
    schema: int = 0
    hospital: str = ""
    audit_seq: int = 0  # the snapshot's newest audit row
    fresh: list[tuple[str, str, str]] = field(default_factory=list)  # (table, id, seal) to remember once it passes
    full: bool = True


EVERYTHING = Plan(only=None)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")}


def plan(conn: sqlite3.Connection, *, hospital_id: str, sealed: bool) -> Plan:
    """On the snapshot before its scrub (seals and `export_checked` still in it): what must be checked.
    `sealed`: the snapshot's records were verified against their seals."""
    if not sealed or not {"record_seals", "export_checked", "settings"} <= _tables(conn):
        return EVERYTHING
    schema = int(conn.execute("PRAGMA user_version").fetchone()[0])
    audit_seq = int(conn.execute("SELECT coalesce(max(seq), 0) FROM main.audit_log").fetchone()[0])
    names = [spec.name for spec in MERGED]
    marks = ",".join("?" * len(names))
    found = conn.execute("SELECT value FROM main.settings WHERE key = ?", (SETTING,)).fetchone()
    mark = _mark(found[0] if found else None, schema=schema, hospital_id=hospital_id)
    full = mark is None or mark > audit_seq  # a mark ahead of the trail: not this history's
    fresh = [(str(t), str(i), str(s)) for t, i, s in conn.execute(
        f"SELECT table_name, record_id, seal FROM main.record_seals s WHERE table_name IN ({marks})"
        + ("" if full else " AND NOT EXISTS (SELECT 1 FROM main.export_checked c WHERE c.table_name = s.table_name"
                           " AND c.record_id = s.record_id AND c.seal = s.seal)"), names)]
    if full:
        return Plan(only=None, schema=schema, hospital=hospital_id, audit_seq=audit_seq, fresh=fresh)
    only: dict[str, list[str]] = {}
    for table, record_id, _seal in fresh:
        only.setdefault(table, []).append(record_id)
    return Plan(only=only, after_seq=mark or 0, schema=schema, hospital=hospital_id,
                audit_seq=audit_seq, fresh=fresh, full=False)


def _mark(value: object, *, schema: int, hospital_id: str) -> int | None:
    """The audit row up to which everything was checked, when the mark was made under this schema and hospital."""
    try:
        found = json.loads(str(value)) if value is not None else None
    except ValueError:
        return None
    if not isinstance(found, dict) or found.get("schema") != schema or found.get("hospital") != hospital_id:
        return None
    seq = found.get("audit_seq")
    return seq if type(seq) is int and seq >= 0 else None


def remember(db: Database, found: Plan) -> None:
    """Inside the export's audit transaction, once every planned record passed: they need not be checked again."""
    if found is EVERYTHING or "export_checked" not in _tables(db.conn):
        return
    if found.full:
        db.write("DELETE FROM export_checked")
    rows = list(found.fresh)
    for start in range(0, len(rows), _CHUNK):
        part = rows[start:start + _CHUNK]
        db.write_many("INSERT OR REPLACE INTO export_checked (table_name, record_id, seal) VALUES (?, ?, ?)", part)
    db.write("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
             (SETTING, json.dumps({"schema": found.schema, "hospital": found.hospital, "audit_seq": found.audit_seq})))
