"""The untrusted snapshot inside a bundle: opened read-only and immutable, trusted_schema=OFF, its schema
compared with a freshly migrated database, every query bounded by a progress handler."""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from l2fh_desk.exchange.manifest import BundleRefused
from l2fh_desk.exchange.rows import AUDIT_COLUMNS, Column
from l2fh_desk.store import atrest, audit
from l2fh_desk.store.connect import MEMORY, attach_key, plain
from l2fh_desk.store.db import SQLITE_MAGIC, Database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.migrate import latest_version, migrate, migrations
from l2fh_desk.store.ours import foreign_reason

# SQLite may add these statistics tables (ANALYZE / PRAGMA optimize); they hold numbers, never code.
STAT_TABLES = {
    ("table", "sqlite_stat1", "sqlite_stat1", "CREATE TABLE sqlite_stat1(tbl,idx,stat)"),
    ("table", "sqlite_stat4", "sqlite_stat4", "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)"),
}
STEP = 10_000  # VM instructions between progress-handler calls
QUERY_SECONDS = 600.0


@cache
def _reference(version: int) -> sqlite3.Connection:
    """An empty in-memory database migrated to `version`: the schema a snapshot must match exactly."""
    conn = plain(MEMORY, mode="create")
    for migration in migrations():
        if migration.number <= version:
            conn.executescript(f"BEGIN;\n{migration.sql}\nPRAGMA user_version = {migration.number};\nCOMMIT;")
    return conn


def expected_schema(version: int) -> frozenset[tuple[str, str, str, str]]:
    rows = _reference(version).execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return frozenset((str(a), str(b), str(c), str(d)) for a, b, c, d in rows)


def expected_columns(version: int, table: str) -> tuple[Column, ...]:
    rows = _reference(version).execute(f"PRAGMA table_info({table})").fetchall()
    return tuple(Column(name=row[1], kind=str(row[2]).upper(), notnull=bool(row[3])) for row in rows)


class Snapshot:
    """One snapshot file in a private temporary folder; closed by `close()`."""

    def __init__(self, path: Path, *, cancelled: Callable[[], bool] | None = None) -> None:
        self.path = path
        self.cancelled = cancelled
        size = path.stat().st_size
        self.max_calls = (10_000_000 + 4 * size) // STEP
        self._calls = 0
        self._over = False
        self._deadline = 0.0
        self._check_header(size)
        try:
            self.conn = plain(path, mode="ro_immutable")
        except sqlite3.Error as exc:
            raise BundleRefused(f"the snapshot cannot be opened ({exc})") from exc
        self.conn.set_progress_handler(self._tick, STEP)
        try:
            for pragma in ("trusted_schema=OFF", "query_only=ON", "cell_size_check=ON"):
                self.run(f"PRAGMA {pragma}")
            if self.scalar("PRAGMA trusted_schema") != 0:
                raise BundleRefused("the snapshot cannot be opened safely (trusted_schema stays on)")
        except BaseException:
            self.conn.close()
            raise

    def _check_header(self, size: int) -> None:
        with self.path.open("rb") as handle:
            header = handle.read(100)
        if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
            raise BundleRefused("the snapshot is not an SQLite database")
        if header[18:20] != b"\x01\x01":
            raise BundleRefused("the snapshot is not in rollback-journal mode (made by another tool?)")
        page = int.from_bytes(header[16:18], "big") or 65536
        if size % page:
            raise BundleRefused("the snapshot is truncated (its size is not a whole number of pages)")

    # --- bounded queries ---------------------------------------------------------------------------
    def _tick(self) -> int:
        self._calls += 1
        if self._calls > self.max_calls or time.monotonic() > self._deadline:
            self._over = True
            return 1
        return 1 if self.cancelled is not None and self.cancelled() else 0

    def _arm(self) -> None:
        self._calls = 0
        self._over = False
        self._deadline = time.monotonic() + QUERY_SECONDS

    def run(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        self._arm()
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise self._refusal(exc) from exc

    def scalar(self, sql: str) -> Any:
        rows = self.run(sql)
        return rows[0][0] if rows else None

    def iterate(self, sql: str, batch: int = 5000, *, params: Sequence[Any] = ()) -> Iterator[list[tuple[Any, ...]]]:
        """Rows in batches; the budget is re-armed per batch so big tables are bounded by their size."""
        self._arm()
        try:
            cursor = self.conn.execute(sql, tuple(params))
            while True:
                self._arm()
                rows = cursor.fetchmany(batch)
                if not rows:
                    return
                yield rows
        except sqlite3.Error as exc:
            raise self._refusal(exc) from exc

    def hold(self, held: Path) -> None:
        """HQ's database beside the snapshot as `held`, read-only, to compare with; keyed with HQ's at-rest key
        when HQ is encrypted (store/atrest.py: the key of an unlocked installation), else as a plain file."""
        if "held" in {str(row[1]) for row in self.run("PRAGMA database_list")}:
            return
        self.run(f"ATTACH ? AS held KEY {attach_key(atrest.key_for(held))}", (f"{held.resolve().as_uri()}?mode=ro",))

    def changed_rows(self, held: Path, table: str, columns: Sequence[str], batch: int = 5000, *,
                     held_only: bool = False) -> Iterator[list[tuple[Any, ...]]]:
        """In batches, the rows of `table` that the database at `held` does not hold exactly as this snapshot does
        (compared column by column by SQLite: binary text comparison, `IS` for NULL), so an unchanged re-import
        need not fetch every held row into Python. Any row not exactly equal is returned for the full check.
        `held_only`: only rows whose id HQ holds (with other content); the new ones are copied in SQL
        (exchange/bulk.py). This connection sees HQ as it was before the merge's transaction began."""
        self.hold(held)
        same = " AND ".join(f"h.{name} IS s.{name} COLLATE BINARY" for name in columns)
        picked = ", ".join(f"s.{name}" for name in columns)
        also = f" AND EXISTS (SELECT 1 FROM held.{table} AS o WHERE o.id = s.id)" if held_only else ""
        return self.iterate(f"SELECT {picked} FROM main.{table} AS s WHERE NOT EXISTS (SELECT 1 FROM held.{table}"
                            f" AS h WHERE h.id = s.id AND {same}){also}", batch)

    def changed_audit_rows(self, held: Path, table: str, hospital_id: str,
                           batch: int = 5000) -> Iterator[list[tuple[Any, ...]]]:
        """The audit rows HQ's imported audit (`table`) holds for this hospital with other content, in the
        snapshot's order; the new ones are copied in SQL (exchange/bulk.py)."""
        self.hold(held)
        same = " AND ".join(f"h.{name} IS s.{name} COLLATE BINARY" for name in AUDIT_COLUMNS[3:])
        return self.iterate(f"SELECT {', '.join('s.' + c for c in AUDIT_COLUMNS)} FROM main.audit_log AS s"
                            f" WHERE EXISTS (SELECT 1 FROM held.{table} AS h WHERE h.hospital_id = ? AND h.id = s.id"
                            f" AND NOT (h.source_seq IS s.seq AND h.origin IS s.origin AND {same}))"
                            " ORDER BY s.seq", batch, params=(hospital_id,))

    def _refusal(self, exc: sqlite3.Error) -> BundleRefused:
        if "interrupt" in str(exc).lower():
            if self.cancelled is not None and self.cancelled():
                return BundleRefused("cancelled")
            if self._over:
                return BundleRefused("a query on the snapshot ran over its time or work limit")
            # Ctrl-C or SIGTERM while SQLite ran: the KeyboardInterrupt raised in the progress handler comes
            # back from SQLite as "interrupted". The user stopped the command; the bundle is not at fault.
            raise KeyboardInterrupt from exc
        return BundleRefused(f"the snapshot is damaged ({exc})")

    # --- checks -----------------------------------------------------------------------------------
    @property
    def user_version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def check_schema(self, version: int) -> None:
        found = {tuple(str(v) for v in row) for row in self.run("SELECT type, name, tbl_name, sql FROM sqlite_master")}
        wanted = expected_schema(version)
        extra = sorted(found - wanted - STAT_TABLES)
        if extra:
            kind, name = extra[0][0], extra[0][1]
            changed = any(w[1] == name for w in wanted)
            what = "a changed" if changed else "an unexpected"
            raise BundleRefused(f"the snapshot has {what} {kind} {name[:60]!r}; only the L2FH Desk schema is accepted")
        missing = sorted(wanted - found)
        if missing:
            raise BundleRefused(f"the snapshot lacks {missing[0][0]} {missing[0][1]!r}")

    def check_integrity(self) -> None:
        result = [row[0] for row in self.run("PRAGMA integrity_check(20)")]
        if result != ["ok"]:
            raise BundleRefused(f"the snapshot fails integrity_check: {str(result[0])[:120]}")
        broken = self.run("PRAGMA foreign_key_check")
        if broken:
            raise BundleRefused(f"{len(broken)} rows of the snapshot point at missing records (first in {broken[0][0]})")

    def check_audit(self, head: str) -> None:
        self._arm()
        self.conn.row_factory = sqlite3.Row  # audit.verify reads columns by name
        try:
            broken = audit.verify(self)  # type: ignore[arg-type]  # duck-typed: verify only uses .conn
        except sqlite3.Error as exc:
            raise self._refusal(exc) from exc
        finally:
            self.conn.row_factory = None
        if broken is not None:
            raise BundleRefused(f"the hospital's audit trail is broken at row {broken.seq}: {broken.reason}")
        actual = self.scalar("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1") or audit.GENESIS
        if actual != head:
            raise BundleRefused("the audit trail's head does not match the one in the signed manifest")

    def audit_rows(self) -> Iterator[list[tuple[Any, ...]]]:
        return self.iterate(f"SELECT {', '.join(AUDIT_COLUMNS)} FROM audit_log ORDER BY seq")

    def close(self) -> None:
        self.conn.close()


def upgrade_copy(path: Path, workdir: Path) -> Path:
    """An older-schema snapshot, migrated in a copy inside `workdir` (checked first at its own version)."""
    target = workdir / "upgraded.sqlite"
    shutil.copyfile(path, target)
    db = Database(target, plain=True)
    try:
        migrate(db)
        db.conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        db.close()
    return target


def open_checked(path: Path, *, workdir: Path, schema_version: int, audit_head: str,
                 cancelled: Callable[[], bool] | None = None) -> Snapshot:
    """Open the snapshot and run every check; an older schema is upgraded in a temporary copy."""
    newest = latest_version()
    if schema_version > newest:
        raise BundleRefused(f"the bundle has schema {schema_version}, newer than this app knows ({newest});"
                            " install the newer L2FH Desk")
    snap = Snapshot(path, cancelled=cancelled)
    try:
        foreign = foreign_reason(snap.conn)
        if foreign is not None:
            raise BundleRefused(f"the snapshot is another application's SQLite file ({foreign})")
        if snap.user_version != schema_version:
            raise BundleRefused(f"the snapshot has schema {snap.user_version}, the manifest says {schema_version}")
        if schema_version < 1:
            raise BundleRefused("the snapshot has no L2FH Desk schema")
        snap.check_schema(schema_version)
        snap.check_integrity()
        snap.check_audit(audit_head)
        if schema_version == newest:
            return snap
    except BaseException:
        snap.close()
        raise
    snap.close()
    upgraded = Snapshot(upgrade_copy(path, workdir), cancelled=cancelled)
    try:
        upgraded.check_schema(newest)
    except BaseException:
        upgraded.close()
        raise
    return upgraded
