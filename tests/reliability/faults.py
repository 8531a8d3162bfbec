"""Fault injection: errors raised at the one write helper, a small real file system that fills up, and the
LD_PRELOAD shims (C, built here with cc) that act below the app: `powercut.c` and `diskfault.c`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from l2fh_desk.store.driver import sqlite3

# The messages SQLite gives for each environment fault, as `sqlite3` raises them.
FAULTS = {
    "disk_full": "database or disk is full",
    "io_error": "disk I/O error",
    "read_only": "attempt to write a readonly database",
}


def fail_on_write(number: int, message: str) -> Callable[[str], None]:
    """A `Database.write_hook` that lets `number - 1` writes through, then fails like the disk would."""
    seen = 0

    def hook(_sql: str) -> None:
        nonlocal seen
        seen += 1
        if seen >= number:
            raise sqlite3.OperationalError(message)

    return hook


@contextmanager
def small_filesystem(where: Path, *, size_kib: int) -> Iterator[Path]:
    """A size-limited tmpfs mounted at `where` (needs root); the test is skipped where it cannot mount."""
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kib}k", "tmpfs", str(where)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def remount_read_only(where: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True)


def build_preload(source: Path, folder: Path) -> Path:
    """An LD_PRELOAD library built with cc from one of our C shims; the test is skipped without cc or Linux."""
    cc = shutil.which("cc") or shutil.which("gcc")
    if cc is None or sys.platform != "linux":
        pytest.skip("needs a C compiler and Linux (LD_PRELOAD)")
    lib = folder / f"{source.stem}.so"
    subprocess.run([cc, "-shared", "-fPIC", "-O1", "-o", str(lib), str(source), "-ldl"], check=True)
    return lib
