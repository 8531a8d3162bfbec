"""Online backups (SQLite backup API): automatic, rotated and verified; restore; the check run at start."""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.roles import SYSTEM, Action, Actor
from l2fh_desk.store import audit, forks, presence, seal
from l2fh_desk.store.app_settings import BACKUPS_KEEP_DEFAULT, SPECS
from l2fh_desk.store.connect import connect
from l2fh_desk.store.db import Database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.errors import StorageError, StorageProblem, classify
from l2fh_desk.store.migrate import backup_file, latest_version

KEEP_SETTING = "backups_keep"
DEFAULT_KEEP = BACKUPS_KEEP_DEFAULT
DAILY = timedelta(days=1)
REASONS = ("manual", "close", "daily", "import", "migration")
_STAMP = "%Y%m%dT%H%M%S%fZ"
_PRE_IMPORT = re.compile(r"^\.pre-import-(?P<stamp>\d{8}T\d{6}Z)-[0-9a-f]{8}\.bak$")  # exchange/importer.py
_NAME = re.compile(r"^(?P<db>.+)\.(?P<stamp>\d{8}T\d{12}Z)\.(?P<reason>[a-z]+)\.bak$")


def backup_dir(db_path: Path) -> Path:
    """Automatic backups live in `backups/` beside the database, named after it."""
    return Path(db_path).parent / "backups"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    reason: str


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupFile]:
    """This database's backups in `folder` (default: its automatic folder), newest first.

    Backups made by a migration (`<db>.pre-migration-v<N>-<stamp>.bak`) and by the HQ importer
    (`<db>.pre-import-<stamp>-<bundle>.bak`), both beside the database, are included.
    """
    db_path = Path(db_path)
    folder = folder or backup_dir(db_path)
    found: list[BackupFile] = []
    if folder.is_dir():
        for entry in folder.iterdir():
            match = _NAME.match(entry.name)
            if match and match["db"] == db_path.name and entry.is_file():
                made = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
                found.append(BackupFile(entry, made, match["reason"]))
    for entry in db_path.parent.glob(f"{glob_escape(db_path.name)}.pre-migration-v*.bak"):
        found.append(BackupFile(entry, datetime.fromtimestamp(entry.stat().st_mtime, UTC), "migration"))
    for entry in db_path.parent.glob(f"{glob_escape(db_path.name)}.pre-import-*.bak"):
        match = _PRE_IMPORT.match(entry.name[len(db_path.name):])
        if match and entry.is_file():
            made = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            found.append(BackupFile(entry, made, "import"))
    found.sort(key=lambda b: b.made_at, reverse=True)
    return found


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _keep(db: Database) -> int:
    """The `backups_keep` setting, validated as the settings page does; its default when unset or invalid."""
    try:
        value = db.scalar("SELECT value FROM settings WHERE key = ?", (KEEP_SETTING,))
        return int(SPECS[KEEP_SETTING].parse(json.loads(value))) if value is not None else DEFAULT_KEEP
    except (StorageError, sqlite3.Error, DomainError, ValueError):
        return DEFAULT_KEEP


def make_backup(db: Database, *, reason: str = "manual", to_dir: Path | None = None,
                actor: Actor | None = None) -> Path:
    """Back up the open database now; verified after writing. Automatic backups are rotated.

    A backup written to a folder of the user's choice (`to_dir`) is never rotated away. A backup someone asks
    for (`actor`) needs the right to back up and restore, and is audited under that person.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if actor is not None:
        actor.require(Action.BACKUP_RESTORE)
    folder = to_dir or backup_dir(db.path)
    stamp = datetime.now(UTC).strftime(_STAMP)
    target = folder / f"{db.path.name}.{stamp}.{reason}.bak"
    backup_file(db, target)
    try:
        _make_standalone(target)
        problem = verify_backup(target)
    except (sqlite3.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        raise classify(exc) or StorageError(StorageProblem.CORRUPT, f"backup check failed: {exc}") from exc
    if problem:
        target.unlink(missing_ok=True)
        raise StorageError(StorageProblem.CORRUPT, f"the backup just written failed its check: {problem}")
    if to_dir is None:
        rotate(db.path, keep=_keep(db))
    if actor is not None:
        with db.atomic():
            audit.append(db, actor=actor, origin=_origin(db), action="backup", after={"file": target.name})
    return target


def _origin(db: Database) -> str:
    origin = db.scalar("SELECT value FROM settings WHERE key = 'hospital_id'")
    return str(json.loads(origin)) if origin else ""


def _make_standalone(path: Path) -> None:
    """A backup is one self-contained file: leave WAL mode so no -wal/-shm files belong to it."""
    conn = connect(path, mode="rw")
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("PRAGMA user_version")
    finally:
        conn.close()
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def rotate(db_path: Path, *, keep: int) -> list[Path]:
    """Delete the oldest automatic backups so that `keep` remain; returns what was deleted."""
    backups = [b for b in list_backups(db_path) if b.path.parent == backup_dir(db_path)]
    removed = []
    for old in backups[keep:]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def backup_if_due(db: Database, *, now: datetime | None = None) -> Path | None:
    """The daily backup: made when the newest automatic backup is a day old or there is none."""
    now = now or datetime.now(UTC)
    newest = next((b for b in list_backups(db.path) if b.path.parent == backup_dir(db.path)), None)
    if newest is not None and now - newest.made_at < DAILY:
        return None
    return make_backup(db, reason="daily")


def check_file(path: Path, *, full: bool = False) -> list[str]:
    """Problems found by `quick_check` (or `integrity_check` when `full`) of a database file; [] when sound.

    Opens the file without creating it and without running anything stored in it; a full check (of a
    backup) opens it read-only.
    """
    path = Path(path)
    if not path.is_file():
        return [f"{path} does not exist"]
    try:
        conn = connect(path, mode="ro" if full else "rw")  # with trusted_schema=OFF
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
        result = [str(row[0]) for row in rows]
        if result != ["ok"]:
            return result[:5]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version == 0:
            return ["not an L2FH Desk database (no schema)"]
        if version > latest_version():
            return [f"schema {version} is newer than this app ({latest_version()})"]
        return []
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


def quick_check(db_path: Path) -> list[str]:
    return check_file(db_path)


def verify_backup(path: Path) -> str | None:
    """A backup is good when the whole file passes `integrity_check` and holds an L2FH schema."""
    problems = check_file(path, full=True)
    return "; ".join(problems) if problems else None


def newest_good_backup(db_path: Path) -> BackupFile | None:
    for candidate in list_backups(db_path):
        if verify_backup(candidate.path) is None:
            return candidate
    return None


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    db_path: Path
    replaced: Path | None  # where the previous file was kept, if there was one


def check_restorable(from_file: Path, db_path: Path) -> None:
    """Refuse (StorageError) a missing or bad backup, or the database itself, before anything is touched."""
    if not from_file.is_file():
        raise StorageError(StorageProblem.MISSING, str(from_file))
    if from_file.resolve() == db_path.resolve():
        raise StorageError(StorageProblem.NOT_A_DATABASE, "the backup and the database are the same file")
    problem = verify_backup(from_file)
    if problem:
        raise StorageError(StorageProblem.CORRUPT, f"{from_file.name} is not a good backup ({problem}); nothing was changed")


def restore(from_file: Path, db_path: Path, *, actor: Actor = SYSTEM) -> RestoreResult:
    """Put a backup in place of the database. A corrupt backup is refused and nothing is touched;
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
        incoming.replace(db_path)
        _fsync_dir(db_path.parent)
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        raise classify(exc) or exc from exc
    db = Database(db_path, create=False)
    try:
        seal.arm(db, migrated=False)  # the restore row is keyed and sealed like any other write
        with db.atomic():
            fork = forks.declaration(db.conn, replaced)  # what HQ needs to accept the fork (store/forks.py)
            audit.append(db, actor=actor, origin=_origin(db), action="restore",
                         after={"from": from_file.name, "replaced": replaced.name if replaced else None, **fork})
    finally:
        db.close()
    return RestoreResult(from_file, db_path, replaced)


def _fsync_dir(folder: Path) -> None:
    # Only POSIX can open a folder to fsync its entries; Windows refuses (and its renames are durable).
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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
