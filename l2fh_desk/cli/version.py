"""`l2fh-desk --version [--db PATH]`: version, build, database, schema, hospital and key fingerprint."""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path

from l2fh_desk.store.driver import sqlite3


def print_version(argv: Sequence[str]) -> int:
    from l2fh_desk.about import about_info, about_text
    from l2fh_desk.cli.common import USER_ENV, add_db, open_store
    from l2fh_desk.domain.errors import KnownError
    from l2fh_desk.paths import default_db_path
    from l2fh_desk.security.unlock import needs_unlock
    from l2fh_desk.store.errors import StorageError
    from l2fh_desk.store.store import Store

    pre = argparse.ArgumentParser(add_help=False)
    add_db(pre, required=False)  # `--user`: the details of an encrypted database are read after its sign-in
    known, _rest = pre.parse_known_args(list(argv))
    db_path: Path = known.db if known.db is not None else default_db_path()
    store: Store | None = None
    error = ""
    if db_path.is_file() and needs_unlock(db_path) and not (known.user or os.environ.get(USER_ENV)):
        error = "encrypted at rest: give --user NAME to read its schema, hospital and key"
    elif db_path.is_file():
        try:
            # Read-only: asking for the version must never create, migrate or lock a database.
            store = open_store(db_path, readonly=True, args=known)
        except (StorageError, OSError, sqlite3.Error, KnownError) as exc:
            error = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    try:
        info = about_info(store, db_path)
    finally:
        if store is not None:
            store.close()
    if error:
        info["db_error"] = error
    print(about_text(info))
    return 0
