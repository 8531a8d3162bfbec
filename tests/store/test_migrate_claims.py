"""Schema 10 rebuilds HQ's `imports` and `imported_audit` (ids claimed per hospital): every row of a schema-9 HQ
database is kept, the rows that refer to an import still find it, and a foreign key the rebuild would break
rolls the whole migration back."""

from __future__ import annotations

from pathlib import Path

import pytest

from l2fh_desk.store import migrate as migrate_module
from l2fh_desk.store.db import Database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.errors import StorageError
from l2fh_desk.store.migrate import migrations
from l2fh_desk.store.store import Store

IMPORT = ("INSERT INTO imports (id, bundle_id, hospital_id, hospital_name, sha256, signer_fingerprint, schema_version,"
          " exported_at, imported_at, imported_by, audit_head, counts) VALUES"
          " (?, 'b-1', ?, 'H', 's', 'f', 9, '2026-01-01T00:00:00Z', '2026-01-02T00:00:00Z', 'ana', 'h', '{}')")
AUDIT = ("INSERT INTO imported_audit (id, hospital_id, source_seq, origin, at, username, action, prev_hash, hash,"
         " abandoned) VALUES ('a-1', ?, 1, ?, '2026-01-01T00:00:00Z', 'medic', 'create', 'p', 'h', 1)")


def _schema_9(path: Path) -> None:
    db = Database(path)
    try:
        for migration in migrations():
            if migration.number <= 9:
                migrate_module._apply(db, migration.sql, migration.number)
        with db.atomic():
            db.write(IMPORT, (7, "hospital-a"))
            db.write(AUDIT, ("hospital-a", "hospital-a"))
            db.write("INSERT INTO row_provenance (table_name, record_id, import_id) VALUES ('patients', 'p-1', 7)")
    finally:
        db.close()


def test_an_hq_database_of_schema_9_keeps_every_row_and_takes_claims_per_hospital(tmp_path: Path) -> None:
    path = tmp_path / "hq.db"
    _schema_9(path)
    with Store(path) as store:
        assert store.db.user_version >= 10
        assert store.db.scalar("SELECT count(*) FROM imports WHERE id = 7 AND bundle_id = 'b-1'") == 1
        assert store.db.scalar("SELECT abandoned FROM imported_audit WHERE id = 'a-1'") == 1
        assert store.db.query("PRAGMA foreign_key_check") == []
        with store.db.atomic():  # another hospital's copy of the same ids is its own claim
            store.db.write(IMPORT, (8, "hospital-b"))
            store.db.write(AUDIT, ("hospital-b", "hospital-b"))
        with pytest.raises(sqlite3.IntegrityError), store.db.atomic():  # the same hospital's twice is not
            store.db.write(AUDIT, ("hospital-a", "hospital-a"))
        with pytest.raises(sqlite3.IntegrityError), store.db.atomic():  # and the rebuilt table is still referred to
            store.db.write("INSERT INTO row_provenance (table_name, record_id, import_id) VALUES ('x', 'y', 99)")


def test_a_migration_that_would_break_a_foreign_key_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "h.db"
    Store(path).close()
    db = Database(path)
    try:
        before = db.user_version
        with pytest.raises(StorageError, match="pointing at a missing"):
            migrate_module._apply(db, "DELETE FROM imports; INSERT INTO imports (id, bundle_id, hospital_id,"
                                      " hospital_name, sha256, signer_fingerprint, schema_version, exported_at,"
                                      " imported_at, imported_by, audit_head, counts) VALUES (1, 'b', 'h', 'H',"
                                      " 's', 'f', 1, 'x', 'x', 'x', 'x', '{}');"
                                      " INSERT INTO row_provenance VALUES ('t', 'r', 5);", before + 1)
        assert db.user_version == before
        assert db.scalar("SELECT count(*) FROM imports") == 0
        assert db.query("PRAGMA foreign_keys")[0][0] == 1
    finally:
        db.close()
