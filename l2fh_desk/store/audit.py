"""The append-only, hash-chained audit trail: who did what to which record, before and after."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from typing import Any

from l2fh_desk.domain.ids import iso, new_id
from l2fh_desk.domain.roles import Actor
from l2fh_desk.store import seal
from l2fh_desk.store.db import Database
from l2fh_desk.store.driver import sqlite3

GENESIS = "0" * 64
CHAINED_FIELDS = ("id", "origin", "at", "username", "action", "table_name", "record_id", "before_json", "after_json")


def canonical(value: Any) -> str | None:
    if value is None:
        return None
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def row_hash(prev_hash: str, fields: dict[str, Any], key: bytes | None = None) -> str:
    """SHA-256 of the row and its predecessor's hash; keyed (HMAC-SHA-256) from the upgrade point on.

    Bundles carry the unkeyed form (re-chained in the export snapshot) and are protected by their signature."""
    payload = json.dumps([prev_hash, [fields.get(name) for name in CHAINED_FIELDS]], ensure_ascii=False)
    if key is not None:
        return hmac.new(key, payload.encode("utf-8"), hashlib.sha256).hexdigest()
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
    digest = row_hash(prev, fields, db.audit_key)
    cursor = db.write(
        "INSERT INTO audit_log (id, origin, at, username, action, table_name, record_id, before_json,"
        " after_json, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (*(fields[name] for name in CHAINED_FIELDS), prev, digest),
    )
    if db.after_append is not None and cursor.lastrowid is not None:
        db.after_append(int(cursor.lastrowid))  # a signed chain head every so many rows (store/heads.py)
    return digest


def own_segments(db: Database) -> list[tuple[int, bytes | None]]:
    """The keying points of this database, with this installation's key where it holds it."""
    if not seal.has_keying(db.conn):
        return []
    path = getattr(db, "path", None)
    key = db.audit_key if getattr(db, "audit_key", None) else (seal.read_key(path) if path else None)
    return seal.segments(db.conn, key)[0]


@dataclass(frozen=True)
class ChainBreak:
    seq: int
    reason: str


def verify(db: Database, segments: list[tuple[int, bytes | None]] | None = None, *,
           strict: bool = True) -> ChainBreak | None:
    """Walk the chain; the first row whose hash or link does not match is named.

    `segments`: (first seq, key) in order; rows before the first segment use the legacy unkeyed hash. A segment
    whose key is None (another installation's key) cannot be verified: named as a break when `strict`, else
    only its links are checked (a reinstalled laptop that lost its key may still export)."""
    return verify_conn(db.conn, own_segments(db) if segments is None else segments, strict=strict)


def verify_conn(conn: sqlite3.Connection, segments: list[tuple[int, bytes | None]], *,
                strict: bool = True) -> ChainBreak | None:
    """`verify` on a bare connection (an export snapshot); rows are read by name whatever its row factory."""
    prev = GENESIS
    bounds = sorted(segments)
    names = ("seq", "prev_hash", "hash", *CHAINED_FIELDS)
    cursor = (dict(zip(names, row, strict=True)) for row in conn.execute(
        "SELECT " + ", ".join(names) + " FROM audit_log ORDER BY seq"))
    key: bytes | None = None
    foreign = False
    for row in cursor:
        while bounds and row["seq"] >= bounds[0][0]:
            _start, key = bounds.pop(0)
            foreign = key is None
            if foreign and strict:
                return ChainBreak(row["seq"], "it was keyed with an audit key this installation does not hold")
        if row["prev_hash"] != prev:
            return ChainBreak(row["seq"], "its link to the previous row does not match (a row was removed or reordered)")
        fields = {name: row[name] for name in CHAINED_FIELDS}
        if not foreign and not hmac.compare_digest(row_hash(prev, fields, key), str(row["hash"])):
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
