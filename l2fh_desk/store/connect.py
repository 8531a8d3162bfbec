"""The only place that calls `sqlite3.connect`: the open mode, and (for this installation's files) the key.

Two kinds of file are opened:

- `connect`: a file of this installation, the live database or one of its backups. When the database is
  encrypted at rest, these are the files that carry the key: `_prepare` is the one function that applies it,
  before any statement reads the file.
- `plain`: files that never carry the at-rest key: export snapshots, received bundles, a migrated copy of
  one, and `:memory:`.

The subtle case is the export snapshot (`exchange/bundle_write.py`): its *source* is the live database, so it
is opened with `connect(..., mode="ro")`; the `VACUUM INTO` target it writes and every later connection to
that copy are `plain`, because the copy leaves the installation inside a signed (and HQ-encrypted) bundle.

Nothing here opens a database file with Python's `open()`: on POSIX, closing any descriptor of a file drops
every lock the process holds on it, and a neighbour process then checkpoints and deletes the WAL the app is
still writing into. A file that is not a database is reported by SQLite itself (SQLITE_NOTADB).
"""

from __future__ import annotations

import os
import stat
from contextlib import suppress
from pathlib import Path
from typing import Literal

from l2fh_desk.store import atrest
from l2fh_desk.store.driver import sqlite3

# create: read-write, made if missing (a plain file name, as SQLite is given it); rw: read-write, must exist;
# ro: read-only; ro_immutable: read-only and known to be unchanging (no -wal/-shm is made beside it).
Mode = Literal["create", "rw", "ro", "ro_immutable"]
MEMORY = ":memory:"
ENCRYPTED_CACHE_KIB = 64 * 1024  # page cache of a keyed connection (bench/bench_crypto.py: search 5.4x -> ~1x)

_URI_MODE = {"rw": "mode=rw", "ro": "mode=ro", "ro_immutable": "mode=ro&immutable=1"}


def _open(path: Path | str, mode: Mode) -> sqlite3.Connection:
    # Autocommit (isolation_level=None): callers say where transactions begin (Database.atomic, BEGIN).
    # check_same_thread=False: a connection is used by one thread at a time, not always the one that made it.
    if mode == "create":
        return sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    uri = f"{Path(path).resolve().as_uri()}?{_URI_MODE[mode]}"
    return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)


def _prepare(conn: sqlite3.Connection, path: Path | str) -> None:
    """The first statements on every connection to a file of this installation: the at-rest key (when the
    installation is encrypted and unlocked, store/atrest.py) before anything reads the file."""
    # SQLCipher's own log lines on stderr ("ERROR CORE ... hmac check failed") when a key does not open a file:
    # off (a setting of the whole process); the program says that in its own one line (store/errors.py).
    conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
    key = atrest.key_for(path) if str(path) != MEMORY else None
    if key is not None:
        conn.execute(atrest.pragma_key(key))
        # Every page read from the OS is decrypted and its HMAC checked: a larger page cache (filled only as
        # pages are used) keeps a search over a 100,000-encounter file at the plain file's speed.
        conn.execute(f"PRAGMA cache_size = -{ENCRYPTED_CACHE_KIB}")
    conn.execute("PRAGMA trusted_schema=OFF")  # nothing stored in the file runs with the app's rights


def _owner_only_file(path: Path | str, mode: Mode) -> None:
    """This installation's files are owner-only (0600) before SQLite writes a byte: SQLite gives the -wal and
    -shm files the database file's permissions. A new file is made empty (a valid empty database)."""
    if os.name != "posix" or mode not in ("create", "rw") or str(path) == MEMORY:
        return
    target = Path(path)
    if mode == "create" and not target.exists():
        with suppress(FileExistsError):
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    with suppress(OSError):
        if target.exists() and stat.S_IMODE(target.stat().st_mode) != 0o600:
            os.chmod(target, 0o600)


def connect(path: Path | str, *, mode: Mode) -> sqlite3.Connection:
    """A connection to this installation's database or to one of its backups."""
    _owner_only_file(path, mode)
    conn = _open(path, mode)
    try:
        _prepare(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def plain(path: Path | str, *, mode: Mode) -> sqlite3.Connection:
    """A connection to a file that never carries the at-rest key: a snapshot, a received bundle, memory."""
    return _open(path, mode)


def attach_key(key: bytes | None) -> str:
    """The KEY clause of an ATTACH: a raw 256-bit key, or '' for a plain file (never the main file's key)."""
    return f"\"x'{key.hex()}'\"" if key is not None else "''"


def export_copy(source: sqlite3.Connection, target: Path, *, key: bytes | None) -> None:
    """Copy the whole database of `source` into a new file `target`, keyed with `key` (None: a plain file).

    SQLCipher's documented way between an encrypted and a plain file (`ATTACH … KEY` and `sqlcipher_export`):
    `VACUUM INTO` from a keyed connection writes a copy under the same key, and the backup API refuses to copy
    between files of different keys. The copy is rebuilt row by row, so it holds no free pages of the source.
    `user_version` is not part of the export and is carried over here."""
    if target.exists():
        raise FileExistsError(f"{target} already exists")
    version = int(source.execute("PRAGMA main.user_version").fetchone()[0])
    source.execute(f"ATTACH DATABASE ? AS l2fh_copy KEY {attach_key(key)}", (str(target),))
    try:
        # A new file, checked (and fsynced) by the caller once complete: no rollback journal, no syncs per step.
        source.execute("PRAGMA l2fh_copy.journal_mode = OFF")
        source.execute("PRAGMA l2fh_copy.synchronous = OFF")
        source.execute("SELECT sqlcipher_export('l2fh_copy')")
        source.execute(f"PRAGMA l2fh_copy.user_version = {version}")
    finally:
        source.execute("DETACH DATABASE l2fh_copy")
