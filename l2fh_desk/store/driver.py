"""The SQLite driver of the whole package: SQLCipher 4 through `sqlcipher3`, with the stdlib `sqlite3` API.

Every module imports the driver from here (`from l2fh_desk.store.driver import sqlite3`), never the stdlib
module: a connection made by one library raises that library's exception classes, so one driver everywhere
keeps every `except sqlite3.IntegrityError` true. Without a key SQLCipher reads and writes ordinary SQLite
files; `store/connect.py` is the one place that applies the at-rest key (docs/design.md, "Encryption at rest").

For the type checker the module is the stdlib's (sqlcipher3 ships no stubs and has the same API).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite3
else:
    from sqlcipher3 import dbapi2 as sqlite3

__all__ = ["sqlite3"]
