"""Migrations: from empty to the latest schema, a newer database refused, a backup before upgrading."""

from __future__ import annotations

from pathlib import Path

import pytest

from l2fh_desk.store import migrate as migrate_module
from l2fh_desk.store.check import PUBLIC_TABLES
from l2fh_desk.store.db import Database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.errors import StorageError, StorageProblem
from l2fh_desk.store.migrate import Migration, latest_version, migrate, migrations
from l2fh_desk.store.store import Store


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    finally:
        conn.close()


def backups(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.pre-migration-*.bak"))


def test_migrations_are_numbered_from_one_without_gaps() -> None:
    numbers = [m.number for m in migrations()]
    assert numbers == list(range(1, len(numbers) + 1))
    assert latest_version() == numbers[-1]


def test_from_empty_file_to_latest_with_every_public_table(db_path: Path) -> None:
    with Store(db_path) as store:
        assert store.db.user_version == latest_version()
    assert set(PUBLIC_TABLES) <= tables(db_path)
    assert backups(db_path) == []  # nothing to back up in a new file


def test_migrating_twice_changes_nothing(db_path: Path) -> None:
    Store(db_path).close()
    db = Database(db_path)
    try:
        assert migrate(db) == []
    finally:
        db.close()


def test_newer_database_is_refused_with_a_clear_message(db_path: Path) -> None:
    Store(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
    conn.close()
    before = db_path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(StorageError) as caught:
            Store(db_path, readonly=readonly)
        assert caught.value.problem == StorageProblem.TOO_NEW
        assert "too new for this version" in str(caught.value)
        assert f"schema {latest_version() + 1}" in str(caught.value)
    assert db_path.read_bytes() == before
    assert backups(db_path) == []


@pytest.fixture
def next_migration(monkeypatch: pytest.MonkeyPatch) -> Migration:
    """A future schema change, as the next release would ship it."""
    shipped = migrations()
    extra = Migration(shipped[-1].number + 1, "9999_test_column.sql",
                      "ALTER TABLE patients ADD COLUMN blood_group TEXT NOT NULL DEFAULT '';")
    monkeypatch.setattr(migrate_module, "migrations", lambda: [*shipped, extra])
    return extra


def test_older_database_is_backed_up_before_migrating(db_path: Path, next_migration: Migration) -> None:
    old = Database(db_path)
    try:
        # bring it to the shipped schema only, with one row to carry through
        script = migrations()[0].sql
        old.conn.executescript(f"BEGIN; {script} PRAGMA user_version = 1; COMMIT;")
        old.conn.execute("INSERT INTO settings (key, value) VALUES ('hospital_id', '\"h\"')")
    finally:
        old.close()
    with Store(db_path) as store:
        assert store.db.user_version == next_migration.number
        assert "blood_group" in {row[1] for row in store.db.query("PRAGMA table_info(patients)")}
    [backup] = backups(db_path)
    assert backup.name.startswith(f"{db_path.name}.pre-migration-v1-")
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT value FROM settings WHERE key = 'hospital_id'").fetchone()[0] == '"h"'
    finally:
        conn.close()


def test_failing_migration_leaves_the_schema_version_unchanged(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Store(db_path).close()
    shipped = migrations()
    broken = Migration(shipped[-1].number + 1, "9999_broken.sql",
                       "ALTER TABLE patients ADD COLUMN x TEXT; ALTER TABLE no_such_table ADD COLUMN y TEXT;")
    monkeypatch.setattr(migrate_module, "migrations", lambda: [*shipped, broken])
    with pytest.raises(sqlite3.OperationalError):
        Store(db_path)
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == shipped[-1].number
        assert "x" not in {row[1] for row in conn.execute("PRAGMA table_info(patients)")}
    finally:
        conn.close()
    assert len(backups(db_path)) == 1  # the backup made before trying is kept
