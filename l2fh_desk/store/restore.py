"""Restoring a backup, and the check run at start: only a backup of this hospital that passes `check`."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from l2fh_desk.domain.roles import SYSTEM, Action, Actor
from l2fh_desk.store import atrest, audit, forks, heads, presence, seal
from l2fh_desk.store.backup import BackupFile, foreign_file, list_backups, quick_check
from l2fh_desk.store.check import check_database
from l2fh_desk.store.db import Database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.errors import StorageError, StorageProblem, classify
from l2fh_desk.store.files import fsync_folder

_STAMP = "%Y%m%dT%H%M%S%fZ"


def hospital_of(path: Path) -> str | None:
    """The hospital id a database file belongs to ("" for HQ or a file not set up yet); None when unreadable."""
    try:
        db = Database(path, readonly=True, quiescent=not Path(f"{path}-wal").exists())
    except StorageError:
        return None
    try:
        value = db.scalar("SELECT value FROM settings WHERE key = 'hospital_id'")
        return str(json.loads(value)) if value else ""
    except (StorageError, sqlite3.Error, ValueError):
        return None
    finally:
        db.close()


def backup_problem(candidate: Path, db_path: Path, *, hospital: str | None) -> str | None:
    """Why `candidate` may not replace `db_path`: another hospital's file, or one that fails `check` (damaged,
    tampered with, not ours); None when it may. `hospital`: this hospital's id, None when unknown."""
    if hospital is not None:
        theirs = hospital_of(candidate)
        if theirs is not None and theirs != hospital:
            return f"it belongs to another hospital ({theirs or 'an HQ database'}, not {hospital or 'HQ'})"
    try:
        report = check_database(candidate, key_of=db_path)
    except StorageError as exc:
        return exc.message
    return report.problems[0] if report.problems else None


def newest_good_backup(db_path: Path, *, skipped: Callable[[BackupFile, str], None] | None = None
                       ) -> BackupFile | None:
    """The newest backup (by sequence number) of this hospital that passes `check`; each one passed over is
    told to `skipped` with the reason."""
    db_path = Path(db_path)
    hospital = hospital_of(db_path) if db_path.is_file() else None
    for candidate in list_backups(db_path):
        problem = backup_problem(candidate.path, db_path, hospital=hospital)
        if problem is None:
            return candidate
        if skipped is not None:
            skipped(candidate, problem)
    return None


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    db_path: Path
    replaced: Path | None  # where the previous file was kept, if there was one
    # An encrypted backup whose key slots differ from the live ones (a `recover` or a password change since):
    # the passwords in force when it was made come back with it.
    old_passwords: bool = False


def check_target(db_path: Path) -> None:
    """Refuse (StorageError) to put a backup in place of another application's SQLite file: it is left as it is
    (never moved aside); a missing, damaged or L2FH Desk file may be replaced."""
    if not db_path.is_file() or db_path.stat().st_size == 0:
        return
    try:
        problem = foreign_file(db_path)
    except sqlite3.Error:
        return  # damaged or not a database at all: what a restore is for
    if problem is not None:
        raise StorageError(StorageProblem.NOT_A_DATABASE, problem)


def check_restorable(from_file: Path, db_path: Path) -> None:
    """Refuse (StorageError) a missing or bad backup, another hospital's, or the database itself, before
    anything is touched; and another application's file in place of the database."""
    check_target(db_path)
    if not from_file.is_file():
        raise StorageError(StorageProblem.BACKUP_MISSING, str(from_file))
    if from_file.resolve() == db_path.resolve():
        raise StorageError(StorageProblem.NOT_A_DATABASE, "the backup and the database are the same file")
    if atrest.is_encrypted(db_path) and not atrest.is_encrypted(from_file):
        raise StorageError(StorageProblem.NOT_A_DATABASE, f"{from_file.name} has no key slots file beside it"
                           f" ({atrest.slots_path(from_file).name}): it is not a backup of this encrypted database;"
                           " nothing was changed")
    problem = backup_problem(from_file, db_path, hospital=hospital_of(db_path) if db_path.is_file() else None)
    if problem:
        raise StorageError(StorageProblem.CORRUPT, f"{from_file.name} is not a good backup ({problem}); nothing was changed")


def restore(from_file: Path, db_path: Path, *, actor: Actor = SYSTEM) -> RestoreResult:
    """Put a backup in place of the database. A bad backup is refused and nothing is touched;
    the current file (with its -wal) is kept aside as `<db>.replaced-<stamp>`, never deleted.

    No connection to `db_path` may be open while this runs. Needs the right to back up and restore (a
    commander, HQ's administrator); the restore row names `actor`.
    """
    actor.require(Action.BACKUP_RESTORE)
    from_file, db_path = Path(from_file), Path(db_path)
    check_restorable(from_file, db_path)
    try:
        with presence.alone(db_path):
            return _restore(from_file, db_path, actor)
    except presence.InUse as exc:
        raise StorageError(StorageProblem.IN_USE, f"{db_path.name} is open in {exc}") from exc


def _restore(from_file: Path, db_path: Path, actor: Actor) -> RestoreResult:
    stamp = datetime.now(UTC).strftime(_STAMP)
    incoming = db_path.with_name(f"{db_path.name}.restoring")
    replaced: Path | None = None
    old_passwords = (atrest.is_encrypted(from_file) and atrest.is_encrypted(db_path)
                     and not atrest.same_slots(from_file, db_path))
    try:
        shutil.copyfile(from_file, incoming)
        with incoming.open("rb") as handle:
            os.fsync(handle.fileno())
        if db_path.exists():
            replaced = db_path.with_name(f"{db_path.name}.replaced-{stamp}")
            for suffix in ("-wal", "-shm", "-journal", ""):
                current = Path(f"{db_path}{suffix}")
                if current.exists():
                    current.replace(Path(f"{replaced}{suffix}"))
            atrest.keep_slots_with(db_path, replaced)  # the file kept aside opens with the slots of its time
        if atrest.is_encrypted(from_file):  # the backup's slots: the accounts it holds open it
            atrest.keep_slots_with(from_file, db_path)
        incoming.replace(db_path)
        fsync_folder(db_path.parent)
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        raise classify(exc) or exc from exc
    db = Database(db_path, create=False)
    try:
        seal.arm(db, migrated=False)  # the restore row is keyed and sealed like any other write
        heads.arm(db, started=False)  # and a chain head signed if it is a hundredth row (store/heads.py)
        with db.atomic():
            origin = db.scalar("SELECT value FROM settings WHERE key = 'hospital_id'")
            fork = forks.declaration(db.conn, replaced)  # what HQ needs to accept the fork (store/forks.py)
            audit.append(db, actor=actor, origin=str(json.loads(origin)) if origin else "", action="restore",
                         after={"from": from_file.name, "replaced": replaced.name if replaced else None, **fork})
    finally:
        db.close()
    return RestoreResult(from_file, db_path, replaced, old_passwords)


@dataclass
class StartupStatus:
    """What the app learns before opening the database: may it go on, and if not, what can bring it back."""

    db_path: Path
    exists: bool
    problems: list[str] = field(default_factory=list)
    newest_good_backup: BackupFile | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def message(self) -> str:
        if self.ok:
            return ""
        if not self.exists and self.newest_good_backup is not None:
            when = self.newest_good_backup.made_at.strftime("%Y-%m-%d %H:%M UTC")
            return (f"The database {self.db_path.name} is missing, but backups of it exist. Restore the newest"
                    f" good backup, made {when}, instead of starting a new hospital?")
        text = f"The database {self.db_path.name} failed its start-up check ({self.problems[0]})."
        if self.newest_good_backup is not None:
            when = self.newest_good_backup.made_at.strftime("%Y-%m-%d %H:%M UTC")
            return f"{text} Restore the newest good backup, made {when}? The damaged file is kept aside."
        return f"{text} No good backup was found; copy the file for the support team and do not write to it."


def startup_check(db_path: Path) -> StartupStatus:
    """`quick_check` of the database at start; when it fails, the newest good backup to offer."""
    db_path = Path(db_path)
    if not db_path.exists():
        # Missing while backups of it exist (deleted, renamed, moved): a restore offer, never a new hospital.
        found = newest_good_backup(db_path)
        return StartupStatus(db_path, exists=False, problems=["the database file is missing"] if found else [],
                             newest_good_backup=found)
    status = StartupStatus(db_path, exists=True, problems=quick_check(db_path))
    if status.problems:
        status.newest_good_backup = newest_good_backup(db_path)
    return status
