"""HQ reads: the import log (one row per imported bundle) and the merge conflict log, newest first."""

from __future__ import annotations

import json
from dataclasses import dataclass

from l2fh_desk.store.db import Database


@dataclass(frozen=True)
class ImportRow:
    import_id: int
    imported_at: str
    imported_by: str
    hospital_id: str
    hospital_name: str
    bundle_id: str
    exported_at: str
    signer_fingerprint: str
    counts: dict[str, dict[str, int]]

    def total(self, kind: str) -> int:
        return sum(int(table.get(kind, 0)) for table in self.counts.values())


@dataclass(frozen=True)
class ConflictRow:
    import_id: int
    hospital_name: str
    table_name: str
    record_id: str
    kind: str  # update, conflict_replaced, conflict_kept, refused
    field: str
    old_value: str | None
    new_value: str | None


def import_log(db: Database, *, limit: int = 1000) -> list[ImportRow]:
    rows = db.query(
        "SELECT id, imported_at, imported_by, hospital_id, hospital_name, bundle_id, exported_at,"
        " signer_fingerprint, counts FROM imports ORDER BY id DESC LIMIT ?", (int(limit),))
    return [ImportRow(int(r["id"]), r["imported_at"], r["imported_by"], r["hospital_id"], r["hospital_name"],
                      r["bundle_id"], r["exported_at"], r["signer_fingerprint"], json.loads(r["counts"] or "{}"))
            for r in rows]


def conflict_log(db: Database, *, hospital_id: str | None = None, limit: int = 5000) -> list[ConflictRow]:
    """Same-version conflicts and refused rows first matter most; ordinary updates are listed too."""
    where, params = "1", []
    if hospital_id:
        where, params = "i.hospital_id = ?", [hospital_id]
    rows = db.query(
        "SELECT c.import_id, i.hospital_name, c.table_name, c.record_id, c.kind, c.field, c.old_value, c.new_value"
        f" FROM merge_conflicts c JOIN imports i ON i.id = c.import_id WHERE {where}"
        " ORDER BY c.kind = 'update', c.id DESC LIMIT ?", (*params, int(limit)))
    return [ConflictRow(int(r["import_id"]), r["hospital_name"], r["table_name"], r["record_id"], r["kind"],
                        r["field"], r["old_value"], r["new_value"]) for r in rows]
