"""Online backups (SQLite backup API): automatic, numbered, kept by age tiers (store/retention.py) and verified.

Restoring one, and the check run at start, are in store/restore.py.
"""

from __future__ import annotations

import json
import os
import re
from contextlib import suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.store import atrest, audit, heads
from l2fh_desk.store.app_settings import BACKUPS_KEEP_DEFAULT, SPECS
from l2fh_desk.store.connect import connect
from l2fh_desk.store.db import Database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.errors import StorageError, StorageProblem, classify
from l2fh_desk.store.files import atomic_file
from l2fh_desk.store.migrate import backup_file, latest_version
from l2fh_desk.store.ours import foreign_reason, refusal
from l2fh_desk.store.retention import Tiers, next_elapsed, to_keep

KEEP_SETTING = "backups_keep"  # the days for which one backup a day is kept
DEFAULT_KEEP = BACKUPS_KEEP_DEFAULT
DAILY = timedelta(days=1)
CLOCK_SLACK = timedelta(minutes=5)  # a clock this far behind the newest backup has been set back
REASONS = ("manual", "close", "daily", "import", "migration")
PINNED = ".pre-export"  # `<backup>.pre-export`, an empty file beside it: the last backup made before an export
FAILED_SUFFIX = ".backup-failed"  # beside the database: the last automatic backup failed (shown at start)
_STAMP = "%Y%m%dT%H%M%S%fZ"
_PRE_IMPORT = re.compile(r"^\.pre-import-(?P<stamp>\d{8}T\d{6}Z)-[0-9a-f]{8}\.bak$")  # before schema 6's names
_NAME = re.compile(r"^(?P<db>.+)\.(?P<stamp>\d{8}T\d{12}Z)\.(?P<reason>[a-z]+)(?:\.(?P<seq>\d+)-(?P<elapsed>\d+))?\.bak$")


def backup_dir(db_path: Path) -> Path:
    """Automatic backups live in `backups/` beside the database, named after it."""
    return Path(db_path).parent / "backups"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime  # by the clock when it was made: shown to people, never used to order or delete
    reason: str
    seq: int = 0  # 0: a backup made before backups were numbered (or by a migration)
    elapsed: int = 0  # seconds on the backups' own forward-only count (store/retention.py)
    pinned: bool = False  # the last backup before an export


def _parse(entry: Path, db_name: str, pinned: set[str]) -> BackupFile | None:
    match = _NAME.match(entry.name)
    if match is None or match["db"] != db_name or not entry.is_file():
        return None
    made = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    if match["seq"] is None:
        return BackupFile(entry, made, match["reason"], elapsed=max(0, int(made.timestamp())))
    return BackupFile(entry, made, match["reason"], int(match["seq"]), int(match["elapsed"]), entry.name in pinned)


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupFile]:
    """This database's backups in `folder` (default: its automatic folder), newest first by sequence number
    (never by the clock); unnumbered ones (older versions, migrations) after them, newest stamp first.

    Backups made by a migration (`<db>.pre-migration-v<N>-<stamp>.bak`) and HQ's pre-import copies of older
    versions (`<db>.pre-import-<stamp>-<bundle>.bak`), both beside the database, are included.
    """
    db_path = Path(db_path)
    folder = folder or backup_dir(db_path)
    found: list[BackupFile] = []
    if folder.is_dir():
        entries = list(folder.iterdir())
        pinned = {entry.name[: -len(PINNED)] for entry in entries if entry.name.endswith(PINNED)}
        found = [b for b in (_parse(entry, db_path.name, pinned) for entry in entries) if b is not None]
    for entry in db_path.parent.glob(f"{glob_escape(db_path.name)}.pre-migration-v*.bak"):
        found.append(BackupFile(entry, datetime.fromtimestamp(entry.stat().st_mtime, UTC), "migration"))
    for entry in db_path.parent.glob(f"{glob_escape(db_path.name)}.pre-import-*.bak"):
        match = _PRE_IMPORT.match(entry.name[len(db_path.name):])
        if match and entry.is_file():
            made = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            found.append(BackupFile(entry, made, "import", elapsed=max(0, int(made.timestamp()))))
    found.sort(key=lambda b: (b.seq, b.elapsed if b.seq else b.made_at.timestamp()), reverse=True)
    return found


def glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def _keep_days(db: Database) -> int:
    """The `backups_keep` setting, validated as the settings page does; its default when unset or invalid."""
    try:
        value = db.scalar("SELECT value FROM settings WHERE key = ?", (KEEP_SETTING,))
        return int(SPECS[KEEP_SETTING].parse(json.loads(value))) if value is not None else DEFAULT_KEEP
    except (StorageError, sqlite3.Error, DomainError, ValueError):
        return DEFAULT_KEEP


def tiers(db: Database) -> Tiers:
    return Tiers(daily_days=_keep_days(db))


def _numbered_target(db: Database, folder: Path, reason: str) -> Path:
    """The next name in this database's sequence: one more than the newest backup in `folder` or in the
    automatic folder, whatever the clock says."""
    now = db.clock.now()
    known = list_backups(db.path) + (list_backups(db.path, folder) if folder != backup_dir(db.path) else [])
    numbered = [b for b in known if b.seq]
    if numbered:
        last = max(numbered, key=lambda b: (b.seq, b.elapsed))
        seq, elapsed = last.seq + 1, next_elapsed(last.elapsed, last.made_at, now)
    else:
        seq, elapsed = 1, max(0, int(now.timestamp()))
    while True:
        target = folder / f"{db.path.name}.{now.strftime(_STAMP)}.{reason}.{seq}-{elapsed}.bak"
        if not target.exists():
            return target
        seq += 1


class BackupFailed(StorageError):
    """A backup that could not be written, in a backup's words (not a save's "nothing was saved ... your form is
    kept": the records are safe in the database; it is the copy that is missing)."""

    def __init__(self, cause: StorageError, *, folder: Path) -> None:
        super().__init__(cause.problem, cause.detail)
        if cause.problem == StorageProblem.DISK_FULL:
            self.message = f"The disk at {folder} is full; no backup was made."
            self.remedy = "Free some space or choose another drive, then back up again."
        elif cause.problem == StorageProblem.READ_ONLY:
            self.message = f"{folder} cannot be written (read-only drive or folder); no backup was made."
            self.remedy = "Choose a writable folder or unlock the drive, then back up again."
        elif cause.problem == StorageProblem.IO_ERROR:
            self.message = f"The disk at {folder} reported an input/output error; no backup was made."
            self.remedy = "Check the drive or choose another one, then back up again."
        else:
            self.message = f"{cause.message.rstrip('.')}; no backup was made."
            self.remedy = cause.remedy
        self.args = (self.message,)


def make_backup(db: Database, *, reason: str = "manual", to_dir: Path | None = None,
                actor: Actor | None = None) -> Path:
    """Back up the open database now; verified after writing. Automatic backups are kept by age tiers.

    A backup written to a folder of the user's choice (`to_dir`) is never deleted here. A backup someone asks
    for (`actor`) needs the right to back up and restore, and is audited under that person. An automatic
    backup that fails is noted beside the database (`last_failure`), so the window says so at the next start.
    """
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if actor is not None:
        actor.require(Action.BACKUP_RESTORE)
    folder = to_dir or backup_dir(db.path)
    try:
        target = _write_verified(db, reason, folder)
    except StorageError as exc:
        failed = BackupFailed(exc, folder=folder)
        if to_dir is None:
            note_failure(db.path, reason, failed.message)
        raise failed from exc
    if to_dir is None:
        prune(db)
        clear_failure(db.path)
    if actor is not None:
        with db.atomic():
            audit.append(db, actor=actor, origin=_origin(db), action="backup", after={"file": target.name})
    return target


def _write_verified(db: Database, reason: str, folder: Path) -> Path:
    heads.sign_quietly(db, "backup")  # the backup carries a signed head of the chain as it stands
    target = _claimed(db, folder, reason)
    try:
        _make_standalone(target)
        problem = verify_backup(target)
    except (sqlite3.Error, OSError) as exc:
        target.unlink(missing_ok=True)
        raise classify(exc) or StorageError(StorageProblem.CORRUPT, f"backup check failed: {exc}") from exc
    if problem:
        target.unlink(missing_ok=True)
        raise StorageError(StorageProblem.CORRUPT, f"the backup just written failed its check: {problem}")
    atrest.keep_slots_with(db.path, target)  # an encrypted database's backup opens only with its slots file
    return target


def pre_import_copy(db: Database) -> Path:
    """HQ's copy of its database before an import: numbered in the automatic folder like every backup (and so
    kept by the same tiers once `prune` runs after the merge); checked with quick_check, not made standalone
    (an HQ database is large and this runs before every import)."""
    return _claimed(db, backup_dir(db.path), "import")


def _claimed(db: Database, folder: Path, reason: str) -> Path:
    """The backup written under the next name of the sequence; when another backup of this database took that
    name meanwhile (made at the same moment by another process), under the one after it."""
    for _attempt in range(20):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = _numbered_target(db, folder, reason)
        except OSError as exc:
            raise classify(exc) or exc from exc
        try:
            return backup_file(db, target, exclusive=True)
        except FileExistsError:
            continue
    raise StorageError(StorageProblem.IN_USE, f"backups of {db.path.name} are being made by other programs")


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


def prune(db: Database) -> list[Path]:
    """Delete the automatic backups (and HQ's pre-import copies) that the age tiers no longer keep; returns
    what was deleted. Unnumbered backups of older versions count as older than every numbered one."""
    backups = [b for b in list_backups(db.path) if b.reason != "migration"]
    numbered = [b.elapsed for b in backups if b.seq]
    if numbered:  # an old backup whose clock read later than the numbered ones is no younger than they are
        floor = min(numbered)
        backups = [b if b.seq else BackupFile(b.path, b.made_at, b.reason, 0, min(b.elapsed, floor)) for b in backups]
    keep = to_keep(backups, tiers(db))
    removed = []
    for old in backups:
        if old.path not in keep:
            with suppress(FileNotFoundError):
                old.path.unlink()
            atrest.slots_path(old.path).unlink(missing_ok=True)
            removed.append(old.path)
    folder = backup_dir(db.path)
    for marker in folder.glob(f"{glob_escape(db.path.name)}.*{PINNED}") if folder.is_dir() else ():
        if not marker.with_name(marker.name[: -len(PINNED)]).exists():  # its backup is gone
            with suppress(OSError):
                marker.unlink()
    return removed


def newest_automatic(db_path: Path) -> BackupFile | None:
    return next((b for b in list_backups(db_path) if b.path.parent == backup_dir(db_path)), None)


def backup_if_due(db: Database, *, now: datetime | None = None) -> Path | None:
    """The daily backup: made when the newest automatic backup (by sequence) is a day old by the clock, when
    the clock reads earlier than it (the clock was set back: its age cannot be told), or when there is none."""
    now = now or db.clock.now()
    newest = newest_automatic(db.path)
    if newest is not None and newest.made_at - CLOCK_SLACK <= now < newest.made_at + DAILY:
        return None
    return make_backup(db, reason="daily")


def pin_before_export(db_path: Path) -> Path | None:
    """Mark the newest automatic backup as the last one before an export (an empty `<backup>.pre-export` file
    beside it; the backup itself keeps its name): the tiers keep it (store/retention.py)."""
    newest = newest_automatic(db_path)
    if newest is None or newest.pinned or not newest.seq:
        return None
    marker = newest.path.with_name(newest.path.name + PINNED)
    try:
        with atomic_file(marker, private=True):
            pass
    except OSError:
        return None  # the export stands; the tiers still keep a backup of that day
    return marker


def note_failure(db_path: Path, reason: str, message: str) -> None:
    """Remember beside the database that an automatic backup failed, for the window to say at the next start.
    Best effort: on a full disk even this may fail (the log has it)."""
    with suppress(OSError), atomic_file(_failure_path(db_path), private=True) as handle:
        handle.write(json.dumps({"reason": reason, "message": message}).encode("utf-8"))


def last_failure(db_path: Path) -> tuple[str, str] | None:
    """(reason, message) of the last automatic backup if it failed and none has succeeded since."""
    try:
        found = json.loads(_failure_path(db_path).read_text(encoding="utf-8"))
        return str(found["reason"]), str(found["message"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def clear_failure(db_path: Path) -> None:
    with suppress(OSError):
        _failure_path(db_path).unlink(missing_ok=True)


def _failure_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + FAILED_SUFFIX)


def check_file(path: Path, *, full: bool = False) -> list[str]:
    """Problems found by `quick_check` (or `integrity_check` when `full`) of a database file; [] when sound.

    Opens the file without creating it and without running anything stored in it; a full check (of a
    backup) opens it read-only.
    """
    path = Path(path)
    if not path.is_file():
        return [f"{path} does not exist"]
    try:
        foreign = foreign_file(path)  # another application's file is named, and left as it is
        if foreign is not None:
            return [foreign]
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


def foreign_file(path: Path) -> str | None:
    """The one-line refusal when `path` is another application's SQLite file (read through a read-only
    connection, which changes nothing); None otherwise. Raises sqlite3.Error when it cannot be read."""
    probe = connect(path, mode="ro")
    try:
        reason = foreign_reason(probe)
    finally:
        probe.close()
    return None if reason is None else refusal(path, reason)


def quick_check(db_path: Path) -> list[str]:
    return check_file(db_path)


def verify_backup(path: Path) -> str | None:
    """A backup is good when the whole file passes `integrity_check` and holds an L2FH schema."""
    problems = check_file(path, full=True)
    return "; ".join(problems) if problems else None
