"""Turn a plain installation into an encrypted one: the database, every backup and the secret key files.

Each file is copied into a new SQLCipher file under the data key (`connect.export_copy`), the copy is checked
(integrity and the same number of rows in every table as the original) and renamed over the original in one
atomic step; the plain original is then overwritten with zeros and removed (on a flash disk the old blocks may
survive inside the drive: docs/security.md says what that means). Each backup gets a copy of the slots file.

The caller holds the database alone (no other process has it open) and has written the slots file and
unlocked the data key (store/atrest.py) first: a crash half-way leaves every file either plain or encrypted
under a key the slots file already holds.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

from l2fh_desk.store import atrest
from l2fh_desk.store.backup import list_backups
from l2fh_desk.store.connect import connect, export_copy, plain
from l2fh_desk.store.errors import StorageError, StorageProblem
from l2fh_desk.store.files import fsync_folder

SECRET_SUFFIXES = (".key", ".pseudonym.key")


def is_plain_database(path: Path) -> bool:
    """Whether the file opens without a key (SQLite's own header check; never read with open())."""
    try:
        conn = plain(path, mode="ro")
    except Exception:  # noqa: BLE001 (any driver error: not a plain database)
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except Exception:  # noqa: BLE001
        return False
    finally:
        conn.close()


def _counts(conn: object) -> dict[str, int]:
    execute = conn.execute  # type: ignore[attr-defined]
    names = [r[0] for r in execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                   " AND name NOT LIKE 'sqlite_%'").fetchall()]
    return {name: int(execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names}


def wipe(path: Path) -> None:
    """Overwrite a file with zeros, sync it, remove it (what can be done from here to forget plain bytes)."""
    with suppress(FileNotFoundError):
        size = path.stat().st_size
        with path.open("r+b") as handle:
            left = size
            block = b"\0" * (1 << 20)
            while left > 0:
                left -= handle.write(block[:min(left, len(block))])
            handle.flush()
            os.fsync(handle.fileno())
        path.unlink()


def _replace_wiping(original: Path, new: Path) -> None:
    """Rename `new` over `original` atomically, then wipe the plain bytes of the file it replaced."""
    keep = original.with_name(f".{original.name}.wiping")
    keep.unlink(missing_ok=True)
    os.link(original, keep)  # the old content keeps a name until the new file is in place
    os.replace(new, original)
    fsync_folder(original.parent)
    wipe(keep)


def encrypt_database_file(path: Path, data_key: bytes) -> None:
    """One plain database file (live or backup) to SQLCipher under `data_key`, verified, the plain one wiped."""
    source = plain(path, mode="rw")
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        wanted = _counts(source)
        target = path.with_name(f".{path.name}.encrypting")
        target.unlink(missing_ok=True)
        export_copy(source, target, key=data_key)
        mode = str(source.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    finally:
        source.close()
    check = connect(target, mode="rw")  # keyed by name (it belongs to the installation)
    try:
        ok = check.execute("PRAGMA integrity_check").fetchone()[0]
        got = _counts(check)
        if mode == "wal":
            check.execute("PRAGMA journal_mode=WAL")
    finally:
        check.close()
    if ok != "ok" or got != wanted:
        target.unlink(missing_ok=True)
        raise StorageError(StorageProblem.CORRUPT, f"the encrypted copy of {path.name} did not check out"
                                                   f" ({ok}); the plain file was left as it was")
    with target.open("rb") as handle:
        os.fsync(handle.fileno())
    _replace_wiping(path, target)
    for suffix in ("-wal", "-shm"):
        wipe(Path(f"{path}{suffix}"))


def encrypt_secret_files(db_path: Path) -> list[Path]:
    """The signing and pseudonym key files, rewritten under the (unlocked) data key; the plain ones wiped."""
    done = []
    for suffix in SECRET_SUFFIXES:
        path = db_path.with_name(db_path.name + suffix)
        if not path.is_file() or atrest.is_secret_file(path):
            continue
        content = path.read_bytes()
        staged = path.with_name(f".{path.name}.encrypting")
        staged.unlink(missing_ok=True)
        atrest.write_secret(staged, content)
        _replace_wiping(path, staged)
        done.append(path)
    return done


def encrypt_installation(db_path: Path, data_key: bytes) -> list[Path]:
    """The live database, its backups and key files; returns the backups converted. The slots file must be
    written and the key unlocked first (see the module docstring)."""
    if atrest.key_for(db_path) != data_key:
        raise ValueError("unlock the data key before encrypting")
    encrypt_database_file(db_path, data_key)
    converted = []
    for backup in list_backups(db_path):
        if is_plain_database(backup.path):
            encrypt_database_file(backup.path, data_key)
            converted.append(backup.path)
        atrest.keep_slots_with(db_path, backup.path)
    encrypt_secret_files(db_path)
    return converted


# --- an encrypt that was stopped half-way (a power cut, a killed process) -----------------------------------
def _working_copies(db_path: Path) -> list[Path]:
    """The hidden files a conversion works with (`.<file>.encrypting`, its journal, `.<file>.wiping`), beside the
    database and in its backups folder."""
    found = []
    for folder in (db_path.parent, db_path.parent / "backups"):
        if folder.is_dir():
            found += [path for path in folder.glob(f".{db_path.name}*")
                      if path.is_file() and (".encrypting" in path.name or path.name.endswith(".wiping"))]
    return sorted(found)


def stopped_before_conversion(db_path: Path) -> bool:
    """The key slots file is there but the database itself is still plain: an encrypt stopped before it had
    converted the database (nothing is encrypted under that key yet; the backups come after the database)."""
    return atrest.is_encrypted(db_path) and is_plain_database(db_path)


def undo_unconverted(db_path: Path) -> None:
    """Back to the plain installation that was there before the stopped encrypt: its working copies and the
    slots file removed. A `.wiping` name may still be a second name of the live plain file: only unlinked."""
    for path in _working_copies(db_path):
        path.unlink(missing_ok=True)
    atrest.slots_path(db_path).unlink(missing_ok=True)
    fsync_folder(db_path.parent)


def plain_parts(db_path: Path) -> list[Path]:
    """What an encrypted installation still holds in clear after a stopped encrypt: backups, key files, working
    copies (empty for a finished one)."""
    parts = [backup.path for backup in list_backups(db_path) if is_plain_database(backup.path)]
    for suffix in SECRET_SUFFIXES:
        path = db_path.with_name(db_path.name + suffix)
        if path.is_file() and not atrest.is_secret_file(path):
            parts.append(path)
    return parts + _working_copies(db_path)


def finish_installation(db_path: Path, data_key: bytes) -> None:
    """Finish a stopped encrypt of an installation whose database is already encrypted (key unlocked, held alone):
    the plain backups and key files converted, every backup given the slots file, working copies cleared (a plain
    `.wiping` copy with no other name wiped)."""
    if atrest.key_for(db_path) != data_key:
        raise ValueError("unlock the data key before encrypting")
    for path in _working_copies(db_path):
        if ".encrypting" in path.name:
            path.unlink(missing_ok=True)
    for backup in list_backups(db_path):
        if is_plain_database(backup.path):
            encrypt_database_file(backup.path, data_key)
        atrest.keep_slots_with(db_path, backup.path)
    encrypt_secret_files(db_path)
    for path in _working_copies(db_path):
        if path.stat().st_nlink > 1:  # still a second name of a file in use: never zero it
            path.unlink()
        else:
            wipe(path)
