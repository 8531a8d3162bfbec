"""Known storage errors (caused by the environment) as one typed error with a human message and remedy."""

from __future__ import annotations

import errno
from enum import StrEnum
from pathlib import Path

from l2fh_desk.domain.errors import KnownError
from l2fh_desk.store.atrest import slots_path
from l2fh_desk.store.driver import sqlite3


class StorageProblem(StrEnum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    CORRUPT = "corrupt"
    NOT_A_DATABASE = "not_a_database"
    MISSING = "missing"
    BACKUP_MISSING = "backup_missing"
    TOO_NEW = "too_new"
    IO_ERROR = "io_error"
    SETTINGS = "settings"
    IN_USE = "in_use"
    MOVED = "moved"
    SLOTS_MISSING = "slots_missing"  # only the words of a NOT_A_DATABASE (`not_a_database`), never a problem
    ENCRYPT_STOPPED = "encrypt_stopped"  # the same: words only


_MESSAGES: dict[StorageProblem, tuple[str, str]] = {
    StorageProblem.DISK_FULL: (
        "The disk is full; nothing was saved.",
        "Free some space (delete old exports or backups) and save again; your form is kept.",
    ),
    StorageProblem.READ_ONLY: (
        "The database cannot be written (read-only file or disk).",
        "Move the database to a writable folder on the laptop's own disk.",
    ),
    StorageProblem.LOCKED: (
        "The database is busy in another program.",
        "Close the other copy of L2FH Desk (or the tool that has the file open) and try again.",
    ),
    StorageProblem.CORRUPT: (
        "The database file is damaged.",
        "Restore the newest good backup (l2fh-desk restore) and report the incident.",
    ),
    StorageProblem.NOT_A_DATABASE: (
        "This file is not an L2FH Desk database.",
        "Check the path: choose the .db file made by L2FH Desk.",
    ),
    StorageProblem.SLOTS_MISSING: (
        "This looks like an encrypted L2FH Desk database whose key slots file {detail} is missing; nothing was"
        " changed.",
        "Copy {detail} (or the .keyslots file of a backup of it) beside the database, then open it again.",
    ),
    StorageProblem.ENCRYPT_STOPPED: (
        "The encryption of {detail} was interrupted before the database itself was converted; its records are as"
        " they were.",
        "Run l2fh-desk encrypt --db {detail} again (a commander) to finish it.",
    ),
    StorageProblem.MISSING: ("The database file does not exist.", "Check the path."),
    StorageProblem.BACKUP_MISSING: ("The backup file does not exist; nothing was restored.",
                                    "Check its path, and that the drive holding it is plugged in and mounted."),
    StorageProblem.TOO_NEW: (
        "The database is too new for this version of L2FH Desk.",
        "Install the newer version of the application that wrote it.",
    ),
    StorageProblem.IO_ERROR: (
        "The disk reported an input/output error.",
        "Check the disk; save again, and restore a backup if the problem stays.",
    ),
    StorageProblem.IN_USE: (
        "The database is open in another program; nothing was changed.",
        "Close that program (L2FH Desk or the tool named above), then try again.",
    ),
    StorageProblem.MOVED: (
        "The database file was moved or deleted while L2FH Desk had it open; nothing was saved.",
        "Put the file back where it was (or restore the newest backup), then restart L2FH Desk; your form is kept.",
    ),
    StorageProblem.SETTINGS: (
        "The database could not be opened safely.",
        "Do not run the database from a USB stick or network share; copy it to the laptop's disk.",
    ),
}


class StorageError(KnownError):
    """A known problem with the database file, shown to the user with a remedy."""

    def __init__(self, problem: StorageProblem, detail: str = "", *, words: StorageProblem | None = None) -> None:
        message, remedy = _MESSAGES[words or problem]
        if "{detail}" in message:  # the detail is part of the sentence
            message, remedy = message.format(detail=detail), remedy.format(detail=detail)
        elif detail:
            message = f"{message} ({detail})"
        super().__init__(message)
        self.problem = problem
        self.detail = detail
        self.message = message
        self.remedy = remedy

    def __str__(self) -> str:
        return f"{self.message} {self.remedy}"


_HEADLINES: dict[StorageProblem, str] = {
    StorageProblem.DISK_FULL: "The disk is full",
    StorageProblem.IO_ERROR: "The disk reported an input/output error",
    StorageProblem.READ_ONLY: "The database cannot be written (read-only file or disk)",
}


def sentences() -> list[str]:
    """Every sentence a StorageError (and `headline`) can say, "{detail}" standing for its detail: the window's
    catalogue lists them (tools/translations.py), so the window says them in its language."""
    found = list(_HEADLINES.values())
    for problem, (message, remedy) in _MESSAGES.items():
        found += [message, remedy]
        if "{detail}" not in message:
            found.append(f"{message} ({{detail}})")
            if problem not in _HEADLINES:
                found.append(message.rstrip("."))
    return list(dict.fromkeys(found))


def headline(exc: StorageError) -> str:
    """What went wrong, without a save's "nothing was saved" and its remedy: for the words of another action
    (a demo build, an HQ import) that says itself what was and was not done."""
    return _HEADLINES.get(exc.problem, exc.message.rstrip("."))


def not_a_database(path: Path) -> StorageError:
    """SQLite refused `path` as a database. A file of whole pages with no key slots file beside it is most likely
    an encrypted database copied (or left) without its `<db>.keyslots`: said so, not "not a database" (the data
    is not gone). Decided from the file's size, never by reading it (see store/connect.py). A plain database with
    a slots file beside it is an encrypt stopped half-way: said so, with how to finish it."""
    from l2fh_desk.store.encrypt import stopped_before_conversion

    slots = slots_path(path)
    if stopped_before_conversion(path):  # opened through SQLite, which keeps this process's locks on the file
        return StorageError(StorageProblem.NOT_A_DATABASE, str(path), words=StorageProblem.ENCRYPT_STOPPED)
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size > 0 and size % 512 == 0 and not slots.exists():
        return StorageError(StorageProblem.NOT_A_DATABASE, slots.name, words=StorageProblem.SLOTS_MISSING)
    return StorageError(StorageProblem.NOT_A_DATABASE, str(path))


def classify(exc: BaseException) -> StorageError | None:
    """Turn a sqlite3 or OS error caused by the environment into a StorageError; None for a bug."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, UnicodeDecodeError):  # a text cell holding bytes that are not UTF-8: a damaged file
        return StorageError(StorageProblem.CORRUPT, "a text value is not valid UTF-8")
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return StorageError(StorageProblem.DISK_FULL)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return StorageError(StorageProblem.READ_ONLY, str(exc.strerror or ""))
        return StorageError(StorageProblem.IO_ERROR, str(exc.strerror or exc))
    if not isinstance(exc, sqlite3.Error):
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if name.startswith("SQLITE_FULL") or "disk is full" in text:
        return StorageError(StorageProblem.DISK_FULL)
    if name.startswith("SQLITE_READONLY") or "readonly" in text or "read-only" in text:
        return StorageError(StorageProblem.READ_ONLY)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return StorageError(StorageProblem.LOCKED)
    if name.startswith("SQLITE_CORRUPT") or "malformed" in text:
        return StorageError(StorageProblem.CORRUPT)
    if name.startswith("SQLITE_NOTADB") or "not a database" in text:
        return StorageError(StorageProblem.NOT_A_DATABASE)
    if name.startswith("SQLITE_IOERR") or "disk i/o error" in text:
        return StorageError(StorageProblem.IO_ERROR)
    if name.startswith("SQLITE_CANTOPEN") or "unable to open" in text:
        return StorageError(StorageProblem.READ_ONLY, "cannot open the file")
    return None
