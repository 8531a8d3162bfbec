"""Every released schema version's real database file opens with the current app, upgraded and intact."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from l2fh_desk.store import audit
from l2fh_desk.store.check import PUBLIC_TABLES, check_database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.migrate import latest_version
from l2fh_desk.store.store import Store

DATA = Path(__file__).resolve().parents[1] / "data"
FILES = sorted(DATA.glob("schema_v*.sqlite"))


def test_released_schema_files_are_present_and_not_newer_than_the_app() -> None:
    # One file per released schema version (tests/data/README.md); v1 is the first release.
    versions = sorted(int(path.stem.removeprefix("schema_v")) for path in FILES)
    assert versions[0] == 1 and versions == list(range(1, versions[-1] + 1))
    assert versions[-1] <= latest_version()


def keyed(path: Path) -> bool:
    """Whether the file's audit trail is keyed (schema 5 on): such a release wrote its installation key beside it."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_keying'").fetchone() is None:
            return False
        return conn.execute("SELECT 1 FROM audit_keying WHERE key_id != ''").fetchone() is not None
    finally:
        conn.close()


def columns(path: Path) -> dict[str, list[str]]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return {table: [row[1] for row in conn.execute(f"PRAGMA table_info({table})")] for table in PUBLIC_TABLES}
    finally:
        conn.close()


def snapshot(path: Path, shape: dict[str, list[str]]) -> dict[str, list[tuple[object, ...]]]:
    """The rows of each public table, in the old file's columns (later migrations may add some)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return {table: conn.execute(f"SELECT {', '.join(shape[table])} FROM {table} ORDER BY rowid").fetchall()
                for table in PUBLIC_TABLES}
    finally:
        conn.close()


@pytest.mark.parametrize("source", FILES, ids=[path.name for path in FILES])
def test_old_file_opens_upgraded_with_backup_and_data_intact(source: Path, tmp_path: Path) -> None:
    assert source.stat().st_size < 1_000_000
    path = tmp_path / "hospital.db"
    shutil.copy(source, path)
    # A file whose audit trail is keyed was released with its installation key `<db>.key` beside it (kept as
    # schema_vN.sqlite.key): without it nobody could verify the file, so it goes beside the copy too.
    source_key = Path(f"{source}.key")
    assert source_key.exists() == keyed(source)
    if source_key.exists():
        shutil.copy(source_key, f"{path}.key")
        Path(f"{path}.key").chmod(0o600)
    version = int(source.stem.removeprefix("schema_v"))
    shape = columns(path)
    before = snapshot(path, shape)
    assert len(before["encounters"]) >= 200

    with Store(path) as store:
        assert store.db.user_version == latest_version()
        # every row still validates through the domain models
        assert len(store.encounters.find()) == len(before["encounters"])
        assert len(store.patients.find()) == len(before["patients"])
        assert len(store.outreach.find()) == len(before["outreach_activities"])
        assert store.hospitals.this() is not None
        assert store.patients.search("a", limit=5)
        assert audit.verify(store.db) is None
    if source_key.exists():
        assert Path(f"{path}.key").read_bytes() == source_key.read_bytes()  # the released key is kept, never replaced

    backups = sorted(tmp_path.glob("hospital.db.pre-migration-*.bak"))
    if version < latest_version():
        [backup] = backups
        assert backup.name.startswith(f"hospital.db.pre-migration-v{version}-")
        assert snapshot(backup, shape) == before
    else:
        assert backups == []

    after = snapshot(path, shape)
    for table in PUBLIC_TABLES:
        assert after[table][: len(before[table])] == before[table], table  # nothing lost or changed
    assert check_database(path).ok
