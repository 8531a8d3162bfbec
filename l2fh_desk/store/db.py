"""The SQLite connection: safe pragmas read back, one write helper (BEGIN IMMEDIATE … COMMIT) that nests."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from l2fh_desk.domain.clock import SYSTEM_CLOCK, Clock
from l2fh_desk.store.connect import Mode, connect
from l2fh_desk.store.connect import plain as open_plain
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.errors import StorageError, StorageProblem, classify, not_a_database
from l2fh_desk.store.ours import foreign_reason, refusal

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
FULL_BELOW = 64 * 1024  # bytes free under which an I/O error is reported as a full disk

# A test hook: called with the SQL of each write statement issued through `Database.write`,
# so fault tests can inject disk-full or I/O errors at the one place writes happen.
WriteHook = Callable[[str], None]


def no_room(folder: Path) -> bool:
    """Whether the file system of `folder`, or SQLite's temporary folder, has (almost) no space left."""
    folders = [folder, Path(os.environ.get("SQLITE_TMPDIR") or tempfile.gettempdir())]
    for where in folders:
        try:
            found = os.statvfs(where)
        except (OSError, AttributeError):  # no statvfs on Windows: the error stays as SQLite gave it
            continue
        if found.f_bavail * found.f_frsize < FULL_BELOW:
            return True
    return False


class Database:
    """One connection to one hospital (or HQ) database file."""

    def __init__(self, path: Path | str, *, readonly: bool = False, create: bool = True,
                 quiescent: bool = False, plain: bool = False, clock: Clock = SYSTEM_CLOCK) -> None:
        """`quiescent` (read-only only): the file is closed by every writer (no -wal beside it), so it is
        opened as immutable and SQLite creates no -wal/-shm files next to it (`check` must create nothing).
        `plain`: a file that never carries this installation's at-rest key (a received snapshot's copy).
        `clock`: where every stamp written through this connection comes from (audit rows, records)."""
        self.path = Path(path)
        self.readonly = readonly
        self.clock = clock
        # Called when a transaction or savepoint is rolled back: caches of what it wrote are forgotten.
        self.on_rollback: list[Callable[[], None]] = []
        self.write_hook: WriteHook | None = None
        # Set by the Store (store/seal.py): the audit key, and the step that seals touched rows before COMMIT.
        self.audit_key: bytes | None = None
        self.before_commit: Callable[[], None] | None = None
        # Set by the Store (store/heads.py): the signing key of the chain heads, and the step called with each
        # new audit row's number (a head is signed every so many rows).
        self.head_signer: Ed25519PrivateKey | None = None
        self.after_append: Callable[[int], None] | None = None
        self._depth = 0
        if not self.path.exists():
            if readonly or not create:
                raise StorageError(StorageProblem.MISSING, str(self.path))
        elif self.path.is_dir():
            raise StorageError(StorageProblem.NOT_A_DATABASE, f"{self.path} is a folder")
        elif not self.path.is_file():  # a FIFO or a device would hang or read forever: refused before opening
            raise StorageError(StorageProblem.NOT_A_DATABASE, f"{self.path} is not a regular file")
        self._mode: Mode = ("ro_immutable" if quiescent else "ro") if readonly else "create"
        self._plain = plain
        self._open()

    def reconnect(self) -> None:
        """Close and open the file again on this same object (after it was encrypted in place: the new
        connection carries the key); what repositories hold of the database stays valid."""
        self.close()
        self.audit_key = None
        self.before_commit = None
        self._open()

    def _open(self) -> None:
        mode, plain = self._mode, self._plain
        if not plain and not self.readonly and self.path.exists() and self.path.stat().st_size > 0:
            self._refuse_foreign()  # before anything can chmod it, switch it to WAL or migrate it
        try:
            self.conn = (open_plain if plain else connect)(self.path, mode=mode)
        except sqlite3.Error as exc:
            known = self._classify(exc)
            if known is not None and known.problem == StorageProblem.NOT_A_DATABASE:
                raise not_a_database(self.path) from exc  # the key did not open it: says why if it can tell
            raise known or StorageError(StorageProblem.CORRUPT, str(exc)) from exc
        self._identity = self._file_identity()
        try:
            self.conn.row_factory = sqlite3.Row
            # The first read of the header: SQLite itself refuses a file that is not a database (SQLITE_NOTADB)
            # before anything is written to it. Never sniffed with open(): see store/connect.py.
            self.conn.execute("PRAGMA schema_version")
            if self.readonly and not plain:
                reason = foreign_reason(self.conn)
                if reason is not None:
                    raise StorageError(StorageProblem.NOT_A_DATABASE, refusal(self.path, reason))
            self._configure()
        except (sqlite3.Error, StorageError) as exc:
            self.close()
            if isinstance(exc, StorageError) and exc.problem == StorageProblem.NOT_A_DATABASE:
                raise
            known = self._classify(exc)
            if known is not None and known.problem == StorageProblem.NOT_A_DATABASE:
                raise not_a_database(self.path) from exc
            raise known or StorageError(StorageProblem.CORRUPT, str(exc)) from exc

    def _refuse_foreign(self) -> None:
        """Look at an existing file through a read-only connection first (it changes nothing: no chmod, no
        journal switch, no -wal/-shm left): another application's SQLite file is refused as it is."""
        try:
            probe = connect(self.path, mode="ro")
        except sqlite3.Error:
            return  # cannot be read this way (locked, no permission): the normal open says why
        try:
            reason = foreign_reason(probe)
        except sqlite3.Error as exc:
            known = self._classify(exc)
            if known is not None and known.problem == StorageProblem.NOT_A_DATABASE:
                raise not_a_database(self.path) from exc
            return
        finally:
            probe.close()
        if reason is not None:
            raise StorageError(StorageProblem.NOT_A_DATABASE, refusal(self.path, reason))

    def _configure(self) -> None:
        wanted: dict[str, Any] = {"foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS, "trusted_schema": 0}
        if not self.readonly:
            mode = self.conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise StorageError(StorageProblem.SETTINGS, f"journal_mode is {mode}, not WAL")
            wanted["synchronous"] = 2  # FULL
        for name, value in wanted.items():
            self.conn.execute(f"PRAGMA {name}={value}")
            actual = self.conn.execute(f"PRAGMA {name}").fetchone()[0]
            if actual != value:
                raise StorageError(StorageProblem.SETTINGS, f"PRAGMA {name} is {actual}, wanted {value}")

    # --- reading -------------------------------------------------------------------------------------
    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self._classify(exc) or exc from exc

    def one(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        try:
            row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
            return row
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise self._classify(exc) or exc from exc

    def scalar(self, sql: str, params: Any = ()) -> Any:
        row = self.one(sql, params)
        return None if row is None else row[0]

    def _classify(self, exc: BaseException) -> StorageError | None:
        """`classify`, but an I/O error on a file system with no room left is what it is: a full disk
        (SQLite reports some ENOSPC cases, e.g. creating the -shm or -wal, as a plain I/O error)."""
        known = classify(exc)
        if known is not None and known.problem == StorageProblem.IO_ERROR and no_room(self.path.parent):
            return StorageError(StorageProblem.DISK_FULL)
        return known

    def _file_identity(self) -> tuple[int, int] | None:
        """Which file is at the path now (device, inode); None when there is none."""
        try:
            found = os.stat(self.path)
        except OSError:
            return None
        return found.st_dev, found.st_ino

    def _moved(self) -> bool:
        """Whether the file this connection writes to is no longer the one at the path (deleted, renamed or
        replaced under the running app): then a save would go into a file nobody will open again. One stat
        per transaction; a file system that gives no inode numbers (0) is not judged."""
        if self._identity is None or self._identity[1] == 0:
            return False
        return self._file_identity() != self._identity

    def _require_transaction(self) -> None:
        if not self.conn.in_transaction:  # SQLite rolled it back; a write now would run on its own
            raise StorageError(StorageProblem.IO_ERROR, "the transaction was rolled back by the database")

    # --- writing -------------------------------------------------------------------------------------
    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """All writes of one user action: BEGIN IMMEDIATE … COMMIT, nested calls become savepoints.

        The caller may say "saved" only after the outermost block has returned.
        """
        if self.readonly:
            raise StorageError(StorageProblem.READ_ONLY, "opened read-only")
        outer = self._depth == 0
        name = f"sp{self._depth}"
        try:
            self.conn.execute("BEGIN IMMEDIATE" if outer else f"SAVEPOINT {name}")
        except sqlite3.Error as exc:
            raise self._classify(exc) or exc from exc
        if outer and self._moved():
            self.conn.execute("ROLLBACK")
            raise StorageError(StorageProblem.MOVED, str(self.path))
        self._depth += 1
        try:
            yield self
        except BaseException:
            self._depth -= 1
            try:
                # SQLite may already have rolled the whole transaction back (a full disk or temp folder while
                # spilling pages): then there is no savepoint left to roll back to, and nothing to undo.
                if self.conn.in_transaction:
                    try:
                        if outer:
                            self.conn.execute("ROLLBACK")
                        else:
                            self.conn.execute(f"ROLLBACK TO {name}")
                            self.conn.execute(f"RELEASE {name}")
                    except sqlite3.Error:
                        if self.conn.in_transaction:
                            raise
            finally:
                for forget in self.on_rollback:
                    forget()
            raise
        self._depth -= 1
        if not self.conn.in_transaction:  # rolled back by SQLite under a caller that caught the error
            for forget in self.on_rollback:
                forget()
            raise StorageError(StorageProblem.IO_ERROR, "the transaction was rolled back by the database")
        try:
            if outer and self.before_commit is not None:
                self.before_commit()
            self.conn.execute("COMMIT" if outer else f"RELEASE {name}")
        except BaseException as exc:
            if outer and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            for forget in self.on_rollback:
                forget()
            if isinstance(exc, sqlite3.Error):
                raise self._classify(exc) or exc from exc
            raise

    def write(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        """One write statement; must run inside `atomic()`."""
        if self._depth == 0:
            raise RuntimeError("write outside atomic(): every user action is one transaction")
        self._require_transaction()
        try:
            # inside the try: an injected sqlite3 error is classified exactly like a real one
            if self.write_hook is not None:
                self.write_hook(sql)
            return self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise self._classify(exc) or exc from exc

    def write_many(self, sql: str, rows: Any) -> None:
        if self._depth == 0:
            raise RuntimeError("write outside atomic(): every user action is one transaction")
        self._require_transaction()
        try:
            if self.write_hook is not None:
                self.write_hook(sql)
            self.conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise self._classify(exc) or exc from exc

    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def close(self) -> None:
        with suppress(sqlite3.Error):
            self.conn.close()
