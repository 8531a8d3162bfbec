"""Numbered SQL migrations applied in order, recorded in `PRAGMA user_version`, with a backup first."""

from __future__ import annotations

import os
import re
import secrets
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path

from l2fh_desk.store import atrest
from l2fh_desk.store.connect import connect
from l2fh_desk.store.db import Database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.errors import StorageError, StorageProblem, classify
from l2fh_desk.store.files import owner_only

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    folder = files("l2fh_desk.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.number)
    return found


def latest_version() -> int:
    return migrations()[-1].number


def heads_migration() -> int:
    """The number of the migration that starts the signed chain heads (store/heads.py), whatever it was renumbered to."""
    return next(m.number for m in migrations() if m.name.endswith("_signed_heads.sql"))


def _claim(partial: Path, target: Path) -> None:
    """`partial` under the name `target`, failing (FileExistsError) if another backup took it meanwhile; where
    the drive has no hard links (a FAT USB stick) a plain rename."""
    try:
        os.link(partial, target)
    except FileExistsError:
        raise
    except OSError:  # no hard links on this file system
        partial.replace(target)
        return
    partial.unlink()


def backup_file(db: Database, target: Path, *, exclusive: bool = False) -> Path:
    """Online backup (SQLite backup API) to `target`, then verified with quick_check. The copy is written under a
    name of its own (two backups of one database at the same moment would otherwise delete each other's).
    `exclusive`: FileExistsError when `target` was taken meanwhile (the caller picks the next name)."""
    partial = target.with_name(f"{target.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.parent.name == "backups":
            owner_only(target.parent)
        partial.unlink(missing_ok=True)
        dest = connect(partial, mode="create")  # a backup carries the key of the database it copies
        try:
            db.conn.backup(dest)
            ok = dest.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            dest.close()
        if ok != "ok":
            raise StorageError(StorageProblem.CORRUPT, f"backup check failed: {ok}")
        if exclusive:
            _claim(partial, target)
        else:
            partial.replace(target)
    except FileExistsError:
        partial.unlink(missing_ok=True)
        raise
    except (sqlite3.Error, OSError) as exc:
        with suppress(OSError):  # on a read-only or vanished disk even the clean-up fails
            partial.unlink(missing_ok=True)
        raise classify(exc) or exc from exc
    return target


def migrate(db: Database) -> list[int]:
    """Bring the database to the latest schema; refuse one newer than this app."""
    current = db.user_version
    available = migrations()
    newest = available[-1].number
    if current > newest:
        raise StorageError(
            StorageProblem.TOO_NEW, f"schema {current}, this version of L2FH Desk knows up to {newest}"
        )
    pending = [m for m in available if m.number > current]
    if not pending:
        return []
    if current > 0:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        before = backup_file(db, db.path.with_name(f"{db.path.name}.pre-migration-v{current}-{stamp}.bak"))
        atrest.keep_slots_with(db.path, before)
    applied = []
    for migration in pending:
        _apply(db, migration.sql, migration.number)
        applied.append(migration.number)
    return applied


def _apply(db: Database, sql: str, number: int) -> None:
    """One migration in one transaction, with foreign keys off while it runs (SQLite's documented way to rebuild
    a table that others refer to) and every foreign key checked before COMMIT: a violation rolls it all back."""
    conn = db.conn
    conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: set before BEGIN
    try:
        conn.executescript(f"BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {number};")
        broken = conn.execute("PRAGMA foreign_key_check").fetchone()
        if broken is not None:
            raise StorageError(StorageProblem.CORRUPT, f"migration {number} would leave row {broken[1]} of"
                                                       f" {broken[0]} pointing at a missing {broken[2]} row")
        conn.execute("COMMIT")
    except (sqlite3.Error, StorageError) as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, StorageError):
            raise
        raise classify(exc) or exc from exc
    finally:
        conn.execute("PRAGMA foreign_keys = ON")
