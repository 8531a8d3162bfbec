"""The one atomic file writer: every file the app produces (CSV, FHIR, PDF, keys, bundles) goes through it.

    with atomic_file(out, text=True) as handle:
        handle.write(...)

The content is written under a temporary name in the same folder, flushed and fsynced, renamed to the final
name and the folder is fsynced, so after a power cut the final name holds either the complete file or what
was there before (nothing, for a new file); a failure at any step removes the temporary file and leaves
nothing under the final name. `replace=False` never overwrites (keys: losing one orphans old exports);
every file is owner-only (0600) from its first byte, whatever the umask (`owner_only`; issue 12).

`publish_in` puts the rename inside a transaction (`reports/document.py`: "file and audit row, or neither"):
it is a callable returning a context manager (e.g. one that opens `store.db.atomic()` and appends the audit
row); the file is renamed into place inside it, and removed again if that context fails on the way out.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, suppress
from pathlib import Path
from typing import IO, Any, Literal, overload


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new name in `folder` durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(temp: Path, final: Path, *, replace: bool) -> None:
    if replace:
        os.replace(temp, final)
        return
    try:
        os.link(temp, final)  # refuses an existing final name, atomically
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT on a USB stick): check, then rename
        if final.exists():
            raise FileExistsError(f"{final} already exists") from None
        os.rename(temp, final)
        return
    temp.unlink()


@overload
def atomic_file(final: Path, *, text: Literal[False] = ..., encoding: None = ..., newline: None = ...,
                replace: bool = ..., private: bool = ...,
                publish_in: Callable[[], AbstractContextManager[Any]] | None = ...) -> AbstractContextManager[IO[bytes]]:
    ...


@overload
def atomic_file(final: Path, *, text: Literal[True], encoding: str = ..., newline: str | None = ...,
                replace: bool = ..., private: bool = ...,
                publish_in: Callable[[], AbstractContextManager[Any]] | None = ...) -> AbstractContextManager[IO[str]]:
    ...


def atomic_file(final: Path, *, text: bool = False, encoding: str | None = None, newline: str | None = None,
                replace: bool = True, private: bool = False,
                publish_in: Callable[[], AbstractContextManager[Any]] | None = None
                ) -> AbstractContextManager[IO[Any]]:
    """Write `final` atomically and durably (see the module docstring)."""
    return _atomic(Path(final), text=text, encoding=encoding or ("utf-8" if text else None), newline=newline,
                   replace=replace, private=private, publish_in=publish_in)


def settle(handle: IO[Any]) -> None:
    """Flush and fsync an `atomic_file` handle now (it would be at the end of its block): a set of files written
    in nested blocks then meets a full or failing disk before any of them is put in place."""
    handle.flush()
    os.fsync(handle.fileno())


def owner_only(path: Path) -> None:
    """0600 for a file, 0700 for a folder, set explicitly (the umask can only narrow what `open` asks for, and a
    file made by an older version may be 0644). On Windows the per-user data folder already keeps others out."""
    if os.name != "posix":
        return
    with suppress(OSError):  # a file of another owner (a backup handed over) is left as it is
        os.chmod(path, 0o700 if path.is_dir() else 0o600)


@contextmanager
def _atomic(final: Path, *, text: bool, encoding: str | None, newline: str | None, replace: bool, private: bool,
            publish_in: Callable[[], AbstractContextManager[Any]] | None) -> Iterator[IO[Any]]:
    with _named_errors(final), _write(final, text=text, encoding=encoding, newline=newline, replace=replace,
                                      publish_in=publish_in) as handle:
        yield handle


@contextmanager
def _write(final: Path, *, text: bool, encoding: str | None, newline: str | None, replace: bool,
           publish_in: Callable[[], AbstractContextManager[Any]] | None) -> Iterator[IO[Any]]:
    if not replace and final.exists():
        raise FileExistsError(f"{final} already exists")
    temp = final.with_name(f".{final.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(temp, flags, 0o600)  # owner-only whatever `private` says: patient data, keys, bundles
    owner_only(temp)
    placed = False
    try:
        handle: IO[Any] = os.fdopen(fd, "w" if text else "wb", encoding=encoding, newline=newline)
    except BaseException:
        os.close(fd)
        with suppress(OSError):
            temp.unlink(missing_ok=True)
        raise
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if publish_in is None:
            _place(temp, final, replace=replace)
            placed = True
            fsync_folder(final.parent)
        else:
            with publish_in():
                _place(temp, final, replace=replace)
                placed = True
                fsync_folder(final.parent)  # before the commit: a committed audit row always has its file
    except BaseException:
        with suppress(OSError):  # on a drive gone read-only there may be nothing we can remove
            temp.unlink(missing_ok=True)
        if placed:  # the folder sync or the transaction failed after the rename: the output was not made
            with suppress(OSError):
                final.unlink(missing_ok=True)
        raise


@contextmanager
def _named_errors(final: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raised = _naming(exc, final)
        if raised is exc:
            raise
        raise raised from exc


def _naming(exc: OSError, final: Path) -> OSError:
    """A write, fsync or rename error names the file that was not made (not the temporary one, or none at all:
    `write` and `fsync` errors carry no file name), so the one-line message says which file and which drive."""
    if isinstance(exc, FileExistsError) or not exc.errno:
        return exc
    if exc.filename is not None and not Path(str(exc.filename)).name.startswith(f".{final.name}."):
        return exc  # about another file (a font the renderer read): left as it is
    return OSError(exc.errno, exc.strerror or os.strerror(exc.errno), str(final))


# The files that belong to a database `X`: `X-wal`, `X.key`, ... (no report, export or key is ever written over one).
_DATABASE_FILES = ("", "-wal", "-shm", "-journal", ".key", ".keyslots", ".in-use", ".hq.key", ".hq.pub")


def is_database_file(out: Path, db: Path) -> bool:
    """`out` is `db` or one of its files, or an existing file that is a database (plain: its header; encrypted or
    ours: its key slots or in-use file beside it). Called before any store is open: reading a header then drops no
    SQLite lock of this process. The CLI's `--out` and the window's Save-as fields both ask this."""
    names = {Path(f"{db}{suffix}").resolve() for suffix in _DATABASE_FILES}
    if out.resolve() in names:
        return True
    if not out.is_file():
        return False
    if any(name.is_file() and os.path.samefile(out, name) for name in names):
        return True  # a hard link to it: never opened below (closing a handle would drop this process's locks)
    if any(Path(f"{out}{suffix}").exists() for suffix in (".keyslots", ".in-use", "-wal")):
        return True
    with out.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\0"
