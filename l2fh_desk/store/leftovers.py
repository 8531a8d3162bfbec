"""Working copies left by a process that was killed outright (SIGKILL, a power cut: no clean-up ran).

An export works on a plain snapshot of every record in a hidden `.l2fh-export-*` folder beside the database, an
HQ import on the decrypted hospital snapshot in `.l2fh-import-*` beside the HQ database; both remove it when
they end, however they end, except when the process is killed outright. Such a folder is removed (its files
overwritten with zeros first) by the next command that signs in and by the window's start, once nothing in it
has changed for `STALE_AFTER`: a younger one may belong to an export or import running beside it.
"""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path

from l2fh_desk.store.encrypt import wipe

PREFIXES = (".l2fh-export-", ".l2fh-import-")
STALE_AFTER = 2 * 3600.0  # seconds; an export or import of the largest hospital takes minutes

log = logging.getLogger(__name__)


def _last_change(folder: Path) -> float:
    return max([folder.stat().st_mtime, *(p.stat().st_mtime for p in folder.iterdir())])


def remove_stale_working_copies(db_path: Path, *, now: float | None = None) -> list[Path]:
    """Remove the stale working folders beside `db_path`; returns those removed. Never fails a command: a folder
    that cannot be read or removed is left (and logged)."""
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        candidates = [p for p in db_path.parent.iterdir() if p.name.startswith(PREFIXES) and p.is_dir()]
    except OSError:
        return removed
    for folder in candidates:
        try:
            if now - _last_change(folder) < STALE_AFTER:
                continue
            for path in folder.iterdir():
                if path.is_file() and not path.is_symlink():
                    wipe(path)
            shutil.rmtree(folder)
        except OSError as exc:
            log.warning("could not remove the working folder %s: %s", folder, exc)
            continue
        log.info("removed the working folder %s left by a process killed outright", folder.name)
        removed.append(folder)
    return removed
