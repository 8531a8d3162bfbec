"""The append-only, hash-chained audit trail: who did what to which record, before and after."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from l2fh_desk.domain.ids import iso, new_id
from l2fh_desk.domain.roles import Actor
from l2fh_desk.store.db import Database

GENESIS = "0" * 64
CHAINED_FIELDS = ("id", "origin", "at", "username", "action", "table_name", "record_id", "before_json", "after_json")


def canonical(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def row_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    payload = json.dumps([prev_hash, [fields.get(name) for name in CHAINED_FIELDS]], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def head(db: Database) -> str:
    """The newest row's hash (the chain head written into every export manifest)."""
    value = db.scalar("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    return str(value) if value else GENESIS


def append(
    db: Database,
    *,
    actor: Actor,
    origin: str,
    action: str,
    table: str = "",
    record_id: str = "",
    before: Any = None,
    after: Any = None,
    at: str | None = None,
) -> str:
    """Append one row; call inside the same `atomic()` block as the change it records."""
    fields: dict[str, Any] = {
        "id": new_id(),
        "origin": origin,
        "at": at or iso(db.clock.now()),
        "username": actor.username,
        "action": action,
        "table_name": table,
        "record_id": record_id,
        "before_json": canonical(before),
        "after_json": canonical(after),
    }
    prev = head(db)
    digest = row_hash(prev, fields)
    db.write(
        "INSERT INTO audit_log (id, origin, at, username, action, table_name, record_id, before_json,"
        " after_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (*(fields[name] for name in CHAINED_FIELDS), prev, digest),
    )
    return digest


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: str


def verify(db: Database) -> ChainBreak | None:
    """Walk the chain; the first row whose hash or link does not match is named."""
    prev = GENESIS
    cursor = db.conn.execute(
        "SELECT seq, prev_hash, hash, " + ", ".join(CHAINED_FIELDS) + " FROM audit_log ORDER BY seq"
    )
    for row in cursor:
        if row["prev_hash"] != prev:
            return ChainBreak(row["seq"], "its link to the previous row does not match (a row was removed or reordered)")
        fields = {name: row[name] for name in CHAINED_FIELDS}
        if row_hash(prev, fields) != row["hash"]:
            return ChainBreak(row["seq"], "its content does not match its hash (the row was edited)")
        prev = row["hash"]
    return None


def history(db: Database, record_id: str) -> list[dict[str, Any]]:
    rows = db.query(
        "SELECT seq, at, username, action, table_name, before_json, after_json FROM audit_log"
        " WHERE record_id = ? ORDER BY seq",
        (record_id,),
    )
    return [
        {
            "seq": row["seq"],
            "at": row["at"],
            "username": row["username"],
            "action": row["action"],
            "table": row["table_name"],
            "before": json.loads(row["before_json"]) if row["before_json"] else None,
            "after": json.loads(row["after_json"]) if row["after_json"] else None,
        }
        for row in rows
    ]
