"""The connection: pragmas read back, one nesting write helper, and known storage errors classified."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from l2fh_desk.store.db import Database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.errors import StorageError, StorageProblem, classify
from l2fh_desk.store.migrate import migrate
from l2fh_desk.store.store import Store


def test_pragmas_are_set_and_read_back(db_path: Path) -> None:
    db = Database(db_path)
    try:
        assert db.scalar("PRAGMA journal_mode") == "wal"
        assert db.scalar("PRAGMA synchronous") == 2  # FULL
        assert db.scalar("PRAGMA foreign_keys") == 1
        assert db.scalar("PRAGMA busy_timeout") > 0
        assert db.conn.isolation_level is None
    finally:
        db.close()


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    with Store(db_path) as store, pytest.raises(sqlite3.IntegrityError), store.db.atomic():
        store.db.write("INSERT INTO staff (id, origin, created_at, updated_at, rotation_id, name, sex)"
                       " VALUES ('s', 'o', 't', 't', 'no-such-rotation', 'X', 'male')")


def test_write_outside_atomic_is_refused(db_path: Path) -> None:
    with Store(db_path) as store, pytest.raises(RuntimeError, match="outside atomic"):
        store.db.write("INSERT INTO settings (key, value) VALUES ('a', '1')")


def test_nested_atomic_rolls_back_only_the_inner_block(db_path: Path) -> None:
    with Store(db_path) as store:
        db = store.db
        with db.atomic():
            db.write("INSERT INTO settings (key, value) VALUES ('outer', '1')")
            with pytest.raises(ValueError), db.atomic():
                db.write("INSERT INTO settings (key, value) VALUES ('inner', '1')")
                raise ValueError("refused")
        assert [row[0] for row in db.query("SELECT key FROM settings WHERE key IN ('outer', 'inner')")] == ["outer"]


def test_failure_in_outer_block_rolls_back_everything(db_path: Path) -> None:
    with Store(db_path) as store:
        with pytest.raises(ValueError), store.db.atomic():
            store.db.write("INSERT INTO settings (key, value) VALUES ('a', '1')")
            with store.db.atomic():
                store.db.write("INSERT INTO settings (key, value) VALUES ('b', '1')")
            raise ValueError("refused")
        assert store.db.scalar("SELECT count(*) FROM settings WHERE key IN ('a', 'b')") == 0
        assert not store.db.conn.in_transaction


def test_locked_by_another_connections_write_transaction(db_path: Path) -> None:
    with Store(db_path) as store:
        other = sqlite3.connect(db_path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            store.db.conn.execute("PRAGMA busy_timeout = 50")  # do not wait the full 5 s in a test
            with pytest.raises(StorageError) as caught, store.db.atomic():
                store.db.write("INSERT INTO settings (key, value) VALUES ('a', '1')")
            assert caught.value.problem == StorageProblem.LOCKED
            assert "busy in another program" in str(caught.value)
            other.execute("ROLLBACK")
        finally:
            other.close()
        with store.db.atomic():  # usable again once the other program lets go
            store.db.write("INSERT INTO settings (key, value) VALUES ('a', '1')")


def test_disk_full_is_classified(db_path: Path) -> None:
    with Store(db_path) as store:
        pages = store.db.scalar("PRAGMA page_count")
        store.db.conn.execute(f"PRAGMA max_page_count = {pages}")  # a real SQLITE_FULL from SQLite itself
        with pytest.raises(StorageError) as caught, store.db.atomic():
            store.db.write("INSERT INTO settings (key, value) VALUES ('big', ?)", ("x" * 200_000,))
        assert caught.value.problem == StorageProblem.DISK_FULL
        assert "nothing was saved" in str(caught.value)


def test_read_only_database_write_is_classified(db_path: Path) -> None:
    Store(db_path).close()
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as raw:
            conn.execute("INSERT INTO settings (key, value) VALUES ('a', '1')")
    finally:
        conn.close()
    error = classify(raw.value)
    assert error is not None and error.problem == StorageProblem.READ_ONLY


def test_opened_read_only_refuses_writes_with_a_message(db_path: Path) -> None:
    Store(db_path).close()
    with Store(db_path, readonly=True) as store, pytest.raises(StorageError) as caught, store.db.atomic():
        pass
    assert caught.value.problem == StorageProblem.READ_ONLY


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_is_classified(db_path: Path) -> None:
    Store(db_path).close()
    db_path.chmod(0o444)
    with pytest.raises(StorageError) as caught:
        Store(db_path)
    assert caught.value.problem in (StorageProblem.READ_ONLY, StorageProblem.SETTINGS)


def test_not_a_database_and_folder_and_missing(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(os.urandom(8192))
    with pytest.raises(StorageError) as caught:
        Database(garbage)
    assert caught.value.problem == StorageProblem.NOT_A_DATABASE
    with pytest.raises(StorageError) as caught:
        Database(tmp_path)
    assert caught.value.problem == StorageProblem.NOT_A_DATABASE
    with pytest.raises(StorageError) as caught:
        Database(tmp_path / "missing.db", create=False)
    assert caught.value.problem == StorageProblem.MISSING
    assert not (tmp_path / "missing.db").exists()


def test_sqlite_header_with_garbage_body_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"SQLite format 3\x00" + os.urandom(4096 * 3))
    with pytest.raises(StorageError) as caught:
        migrate(Database(broken))
    assert caught.value.problem in (StorageProblem.NOT_A_DATABASE, StorageProblem.CORRUPT)


def test_injected_write_error_is_classified_like_a_real_one(db_path: Path) -> None:
    with Store(db_path) as store:
        def full(_sql: str) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        store.db.write_hook = full
        with pytest.raises(StorageError) as caught, store.db.atomic():
            store.db.write("INSERT INTO settings (key, value) VALUES ('a', '1')")
        assert caught.value.problem == StorageProblem.DISK_FULL


def test_unknown_errors_are_not_classified() -> None:
    assert classify(sqlite3.OperationalError("no such column: x")) is None
    assert classify(KeyError("x")) is None
