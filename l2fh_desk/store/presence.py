"""Who has the database open: a lock on `<db>.in-use`, never on the database file itself.

Every process that opens a database read-write holds a shared fcntl lock on the lock file beside it while any
of its read-write stores of it is open (the desktop app from start to close, a command for its run). `restore` takes the
exclusive lock before it touches anything; while another process holds the shared one it refuses and names
that process (its id and command line), so a restore can never rename the live file away from an open app.

The database file, its -wal and -shm are never opened here (store/connect.py). POSIX locks of a process drop
when it closes *any* descriptor of the locked file, so each process opens the lock file once and keeps that one
descriptor open for its lifetime. Where fcntl does not exist (Windows) nothing is held and nothing is refused.
"""

from __future__ import annotations

import os
import struct
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

SUFFIX = ".in-use"
_held: dict[tuple[int, int], int] = {}  # (st_dev, st_ino) of a lock file -> this process's one descriptor
_count: dict[int, int] = {}  # descriptor -> how many open stores hold it
_guard = threading.Lock()


class InUse(Exception):
    """Another process has the database open."""

    def __init__(self, pid: int, command: str) -> None:
        super().__init__(f"process {pid} ({command})" if command else f"process {pid}")
        self.pid = pid
        self.command = command


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + SUFFIX)


def _descriptor(db_path: Path) -> int | None:
    """This process's descriptor of the lock file, opened once; None where it cannot be made."""
    path = lock_path(db_path)
    with _guard:
        try:
            found = os.stat(path)
        except OSError:
            found = None
        if found is not None and (found.st_dev, found.st_ino) in _held:
            return _held[(found.st_dev, found.st_ino)]
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:  # a read-only folder: nothing can rename the database there either
            return None
        opened = os.fstat(fd)
        _held[(opened.st_dev, opened.st_ino)] = fd
        return fd


def hold(db_path: Path) -> None:
    """Mark the database as open in this process until `release` (a shared lock; never blocks)."""
    if fcntl is None:
        return
    fd = _descriptor(db_path)
    if fd is None:
        return
    with _guard:
        _count[fd] = _count.get(fd, 0) + 1
        if _count[fd] > 1:
            return
    with suppress(OSError):  # a restore holds it this instant; the open that follows sees the restored file
        fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)


def release(db_path: Path) -> None:
    """A store of `db_path` closed; the last one lets the lock go (the descriptor stays open, see above)."""
    if fcntl is None:
        return
    fd = _descriptor(db_path)
    if fd is None:
        return
    with _guard:
        left = _count.get(fd, 0) - 1
        _count[fd] = max(left, 0)
        if left > 0:
            return
    fcntl.lockf(fd, fcntl.LOCK_UN)


def _holder(fd: int) -> InUse | None:
    """The process that holds a lock conflicting with an exclusive one (fcntl F_GETLK), if any."""
    assert fcntl is not None
    layout = "hhqqi"  # struct flock on Linux and the BSDs (l_type, l_whence, l_start, l_len, l_pid)
    query = struct.pack(layout, fcntl.F_WRLCK, os.SEEK_SET, 0, 0, 0)
    try:
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, query + b"\0" * 8)
    except OSError:
        return None
    kind, _whence, _start, _length, pid = struct.unpack(layout, answer[:struct.calcsize(layout)])
    if kind == fcntl.F_UNLCK:
        return None
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        command = ""
    return InUse(pid, command[:200])


@contextmanager
def alone(db_path: Path) -> Iterator[None]:
    """Hold the database exclusively for the block; raises InUse naming another process that has it open."""
    if fcntl is None:
        yield
        return
    fd = _descriptor(db_path)
    if fd is None:
        yield
        return
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        raise _holder(fd) or InUse(0, "") from None
    try:
        yield
    finally:  # back to what this process held (it may have the database open)
        fcntl.lockf(fd, fcntl.LOCK_SH if _count.get(fd) else fcntl.LOCK_UN)
