"""The installation's audit key: a keyed audit chain, and every record sealed to the state the app last wrote.

An audit key per installation (derived from the signing key `<db>.key`, owner-only) keys two things:
- the audit chain from the upgrade point on (HMAC-SHA-256 instead of plain SHA-256, `audit.row_hash`), so
  recomputing the hashes after editing a row fails `check` without the key;
- one seal per record (`record_seals`): HMAC of the whole row, rewritten by the app in the same transaction as
  the record and its audit row. A row changed outside the app (a direct UPDATE) no longer matches.

The app's own connection learns which rows a transaction touched through TEMP triggers (they exist only on
that connection, never in the file), and seals them just before COMMIT (`Database.before_commit`).
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import json
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from l2fh_desk.store import atrest
from l2fh_desk.store.db import Database
from l2fh_desk.store.driver import sqlite3

SUFFIX = ".key"  # the installation's Ed25519 signing key (exchange/keys.py); the audit key is derived from it
KEY_BYTES = 32
# Sealed tables and the column that names a row. HQ's own bookkeeping (imports, provenance) is not sealed.
SEALED = {
    "hospitals": "id", "rotations": "id", "staff": "id", "patients": "id", "encounters": "id",
    "diagnoses": "id", "admissions": "id", "evacuations": "id", "outreach_activities": "id",
    "wards": "id", "beds": "id", "users": "id", "settings": "key",
}
_CHUNK = 2000


def key_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def read_signing_key(path: Path) -> Ed25519PrivateKey | None:
    """The Ed25519 signing key in a key file (`<db>.key`, or a rotated-away `<db>.key.old-<stamp>`); None when
    missing, unreadable or not such a key. The one place that reads a signing key file in the store."""
    try:
        private = serialization.load_pem_private_key(atrest.read_secret(path), password=None)
    except (OSError, ValueError, TypeError, atrest.Locked):
        return None
    return private if isinstance(private, Ed25519PrivateKey) else None


def owner_of(path: Path) -> Path | None:
    """The live database a file belongs to: itself when its key is beside it, else the database a backup's name
    names (whose key sits beside the live database)."""
    if key_path(path).exists():
        return path
    match = _BACKUP_NAME.match(path.name)
    if match is None:
        return None
    owner = path.parent.parent if path.parent.name == "backups" else path.parent
    return owner / match["db"]


def read_key(db_path: Path) -> bytes | None:
    """The audit key: HKDF-SHA-256 of the installation's signing key, so one owner-only key file holds both."""
    private = read_signing_key(key_path(db_path))
    if private is None:
        return None
    raw = private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                serialization.NoEncryption())
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"l2fh-desk audit chain v1").derive(raw)


# A backup's name says whose it is: `backups/<db>.<stamp>.<reason>[.<seq>-<elapsed>].bak`, `<db>.pre-migration-…`,
# `<db>.pre-import-…`, `<db>.replaced-…` (store/backup.py, store/migrate.py, exchange/importer.py).
_BACKUP_NAME = re.compile(r"^(?P<db>.+?)\.(?:\d{8}T\d{12}Z\.[a-z]+(?:\.\d+-\d+)?\.bak|pre-migration-v\d+-.+\.bak|"
                          r"pre-import-.+\.bak|replaced-\d{8}T\d{12}Z)$")


def key_for_file(path: Path) -> bytes | None:
    """The audit key for a database file or one of its backups (whose key sits beside the live database)."""
    found = read_key(path)
    if found is not None:
        return found
    match = _BACKUP_NAME.match(path.name)
    if match is None:
        return None
    owner = path.parent.parent if path.parent.name == "backups" else path.parent
    return read_key(owner / match["db"])


def ensure_key(db_path: Path) -> bytes:
    """This database's audit key; the signing key file is made owner-only (0600) on first use, never replaced."""
    found = read_key(db_path)
    if found is not None:
        return found
    path = key_path(db_path)
    pem = Ed25519PrivateKey.generate().private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                     serialization.NoEncryption())
    # Atomic (never a 0-byte key), encrypted beside an encrypted database; FileExistsError: made by another
    # process a moment ago (or damaged: read_key below says so).
    with suppress(FileExistsError):
        atrest.write_secret(path, pem)
    found = read_key(db_path)
    if found is None:
        raise ValueError(f"the key file {path} is damaged or not an Ed25519 signing key")
    return found


def key_id(key: bytes) -> str:
    return hashlib.sha256(b"l2fh-audit-key-id\x00" + key).hexdigest()[:16]


def mac(key: bytes, text: str) -> str:
    # The one-shot digest: the same HMAC-SHA-256 as hmac.new(...).hexdigest(), without a Python HMAC object.
    return hmac.digest(key, text.encode("utf-8", "surrogatepass"), "sha256").hex()


def keying_seal(key: bytes, from_seq: int, kid: str) -> str:
    return mac(key, f"audit-keying|{from_seq}|{kid}")


# json.dumps with these options, made once: dumps builds a new encoder on every call that passes options.
# ensure_ascii=False: the text does not depend on the Unicode tables of the Python that runs (repr would);
# `default=repr` writes a BLOB (bytes) a hand-edited file may hold.
_SEAL_JSON = json.JSONEncoder(ensure_ascii=False, default=repr).encode
SEAL_V2 = "2:"  # the prefix of a seal of the current form; a bare 64-hex seal is of the first form
# The row in record_seals that says every first-form seal that verified was rewritten (`upgrade_seals`).
FORMAT_TABLE, FORMAT_ID = "~format", "seals"


@functools.lru_cache(maxsize=64)
def _header(table: str, names: tuple[str, ...]) -> str:
    return f"2\x1f{table}\x1f{','.join(names)}\x1f"


def record_seal(key: bytes, table: str, row: tuple[object, ...], names: tuple[str, ...]) -> str:
    """The seal of one row as stored: HMAC of the table, its column names and the row's values (NULLs
    included) as one JSON array. A migration that changes a table's columns re-seals it (`arm`)."""
    return SEAL_V2 + mac(key, _header(table, names) + _SEAL_JSON(row))


def _first_form(key: bytes, table: str, row: tuple[object, ...], names: tuple[str, ...]) -> str:
    # Schema 5-9 as first released: named columns as pairs, NULLs left out (about twice the work per row).
    pairs = [(n, v) for n, v in zip(names, row, strict=True) if v is not None]
    return mac(key, table + "\x1f" + _SEAL_JSON(pairs))


def seal_matches(key: bytes, table: str, row: tuple[object, ...], names: tuple[str, ...], stored: str) -> bool:
    """Whether `stored` is the seal of this row, in either form (a backup keeps the form it was made with)."""
    if stored.startswith(SEAL_V2):
        return hmac.compare_digest(stored, record_seal(key, table, row, names))
    return hmac.compare_digest(stored, _first_form(key, table, row, names))


# --- on the app's own connection ----------------------------------------------------------------------
_EVENTS = (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",)))


def _track(conn: sqlite3.Connection, table: str) -> None:
    column = SEALED[table]
    # Not INSERT OR IGNORE: an outer upsert's conflict policy would override it inside the trigger.
    note = ("INSERT INTO l2fh_dirty SELECT '{t}', {ref}.{c} WHERE NOT EXISTS"
            " (SELECT 1 FROM l2fh_dirty WHERE t = '{t}' AND k = {ref}.{c});")
    for event, refs in _EVENTS:
        body = " ".join(note.format(t=table, ref=ref, c=column) for ref in refs)
        conn.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS l2fh_seal_{table}_{event.lower()} AFTER {event}"
                     f" ON main.{table} BEGIN {body} END")


def install_tracking(conn: sqlite3.Connection) -> None:
    """TEMP triggers that note every sealed row a transaction inserts, updates or deletes."""
    present = {row[0] for row in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")}
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS l2fh_dirty (t TEXT NOT NULL, k TEXT NOT NULL,"
                 " PRIMARY KEY (t, k)) WITHOUT ROWID")
    for table in SEALED:
        if table in present:
            _track(conn, table)


SealRows = Callable[[str, Sequence[object]], int]


@contextmanager
def sealing_directly(db: Database, table: str) -> Iterator[SealRows]:
    """Inside an open transaction, for a bulk write whose rows the caller seals itself: the table's tracking
    triggers are off (they would note every row for `seal_dirty` to read back and seal at COMMIT), and the
    caller gets `seal(where_sql, params)`, which seals the rows of `table` that condition selects, in bounded
    chunks, as they now stand. Tracking is back on when the block ends, whatever happens (TEMP triggers
    are this connection's own: no other connection is affected)."""
    conn, key = db.conn, db.audit_key
    tracked = key is not None and conn.execute(
        "SELECT 1 FROM temp.sqlite_master WHERE type = 'trigger' AND name = ?",
        (f"l2fh_seal_{table}_insert",)).fetchone() is not None
    if tracked:
        for event, _refs in _EVENTS:
            conn.execute(f"DROP TRIGGER temp.l2fh_seal_{table}_{event.lower()}")

    def seal(where: str, params: Sequence[object]) -> int:
        if key is None:
            return 0
        cursor = conn.execute(f"SELECT * FROM main.{table} WHERE {where}", tuple(params))
        names = tuple(d[0] for d in cursor.description)
        at = names.index(SEALED[table])
        done = 0
        while batch := cursor.fetchmany(_CHUNK):
            seals = [(table, str(row[at]), record_seal(key, table, tuple(row), names)) for row in batch]
            conn.executemany("INSERT INTO main.record_seals (table_name, record_id, seal) VALUES (?, ?, ?)"
                             " ON CONFLICT (table_name, record_id) DO UPDATE SET seal = excluded.seal", seals)
            done += len(seals)
        return done

    try:
        yield seal
    finally:
        if tracked:
            _track(conn, table)


def _rows(conn: sqlite3.Connection, table: str, column: str, ids: list[str] | None
          ) -> Iterator[tuple[tuple[str, ...], tuple[object, ...]]]:
    if ids is None:
        cursor = conn.execute(f"SELECT * FROM main.{table}")
        names = tuple(d[0] for d in cursor.description)
        for row in cursor:
            yield names, tuple(row)
        return
    for start in range(0, len(ids), _CHUNK):
        cursor = conn.execute(f"SELECT * FROM main.{table} WHERE {column} IN (SELECT value FROM json_each(?))",
                              (json.dumps(ids[start:start + _CHUNK]),))
        names = tuple(d[0] for d in cursor.description)
        for row in cursor:
            yield names, tuple(row)


def _write_seals(conn: sqlite3.Connection, key: bytes, table: str, ids: list[str] | None) -> None:
    column = SEALED[table]
    seals = []
    for names, row in _rows(conn, table, column, ids):
        seals.append((table, str(row[names.index(column)]), record_seal(key, table, row, names)))
    if ids is None:
        conn.execute("DELETE FROM main.record_seals WHERE table_name = ?", (table,))
    else:
        for start in range(0, len(ids), _CHUNK):
            conn.execute("DELETE FROM main.record_seals WHERE table_name = ? AND record_id IN"
                         " (SELECT value FROM json_each(?))", (table, json.dumps(ids[start:start + _CHUNK])))
    conn.executemany("INSERT INTO main.record_seals (table_name, record_id, seal) VALUES (?, ?, ?)", seals)


def seal_dirty(conn: sqlite3.Connection, key: bytes) -> None:
    """Inside the open transaction, just before COMMIT: re-seal every row it touched."""
    dirty = conn.execute("SELECT t, k FROM temp.l2fh_dirty ORDER BY t").fetchall()
    if not dirty:
        return
    by_table: dict[str, list[str]] = {}
    for table, record_id in dirty:
        by_table.setdefault(str(table), []).append(str(record_id))
    for table, ids in by_table.items():
        _write_seals(conn, key, table, ids)
    conn.execute("DELETE FROM temp.l2fh_dirty")


def seal_all(conn: sqlite3.Connection, key: bytes) -> None:
    """Seal every row as it stands (the upgrade point, and after a migration that changed columns)."""
    present = {row[0] for row in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")}
    for table in SEALED:
        if table in present:
            _write_seals(conn, key, table, None)
    conn.execute("DELETE FROM temp.l2fh_dirty")


def upgrade_seals(conn: sqlite3.Connection, key: bytes) -> None:
    """Once per database, inside the open transaction: every seal of the first form that still verifies is
    rewritten in the current one (about twice as fast to check, at every export and `check`); one that does
    not verify is left as it is, so `check` still names that record. Then a marker row says it was done."""
    if conn.execute("SELECT 1 FROM main.record_seals WHERE table_name = ? AND record_id = ?",
                    (FORMAT_TABLE, FORMAT_ID)).fetchone() is not None:
        return
    present = {row[0] for row in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")}
    for table, column in SEALED.items():
        if table not in present:
            continue
        old = {str(r[0]): str(r[1]) for r in conn.execute(
            "SELECT record_id, seal FROM main.record_seals WHERE table_name = ? AND substr(seal, 1, 2) <> ?",
            (table, SEAL_V2))}
        updates = []
        for names, row in _rows(conn, table, column, list(old) if old else []):
            record_id = str(row[names.index(column)])
            if hmac.compare_digest(old[record_id], _first_form(key, table, row, names)):
                updates.append((record_seal(key, table, row, names), table, record_id))
        conn.executemany("UPDATE main.record_seals SET seal = ? WHERE table_name = ? AND record_id = ?", updates)
    conn.execute("INSERT OR REPLACE INTO main.record_seals (table_name, record_id, seal) VALUES (?, ?, ?)",
                 (FORMAT_TABLE, FORMAT_ID, SEAL_V2))


def first_unsealed(conn: sqlite3.Connection, key: bytes) -> str | None:
    """The first record whose content is not what the app last wrote (or that appeared or vanished outside it)."""
    present = {row[0] for row in conn.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")}
    for table, column in SEALED.items():
        if table not in present:
            continue
        held = {str(r[0]): str(r[1]) for r in conn.execute(
            "SELECT record_id, seal FROM main.record_seals WHERE table_name = ?", (table,))}
        for names, row in _rows(conn, table, column, None):
            record_id = str(row[names.index(column)])
            seal = held.pop(record_id, None)
            if seal is None:
                return f"{table} record {record_id} was added outside L2FH Desk (it has no seal)"
            if not seal_matches(key, table, row, names, seal):
                return f"{table} record {record_id} was changed outside L2FH Desk (it differs from its audited state)"
        if held:
            return f"{table} record {sorted(held)[0]} was deleted outside L2FH Desk"
    return None


def row_is_sealed(conn: sqlite3.Connection, key: bytes, table: str, record_id: str) -> bool:
    column = SEALED[table]
    found = conn.execute("SELECT seal FROM main.record_seals WHERE table_name = ? AND record_id = ?",
                         (table, record_id)).fetchone()
    for names, row in _rows(conn, table, column, [record_id]):
        return found is not None and seal_matches(key, table, row, names, str(found[0]))
    return found is None


# --- the keying points of the chain ---------------------------------------------------------------------
def has_keying(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'audit_keying'"
                        ).fetchone() is not None


def segments(conn: sqlite3.Connection, key: bytes | None) -> tuple[list[tuple[int, bytes | None]], str | None]:
    """(first seq, key or None) per keying point, for `audit.verify`; and a problem with the points themselves."""
    rows = conn.execute("SELECT from_seq, key_id, seal FROM main.audit_keying ORDER BY from_seq").fetchall()
    if not rows:
        has_rows = conn.execute("SELECT 1 FROM main.audit_log LIMIT 1").fetchone() is not None
        return [], ("the audit trail is not keyed: its keying record was removed" if has_rows else None)
    out: list[tuple[int, bytes | None]] = []
    for from_seq, kid, stored in rows:
        if kid == "":
            out.append((int(from_seq), None))  # the upgrade point, not yet opened by the app: nothing keyed yet
            continue
        ours = key is not None and kid == key_id(key)
        if ours and not hmac.compare_digest(str(stored), keying_seal(key, int(from_seq), str(kid))):  # type: ignore[arg-type]
            return out, f"the audit trail's keying point at row {from_seq} was altered"
        out.append((int(from_seq), key if ours else None))
    if key is None and any(kid for _seq, kid, _seal in rows):
        return out, "the audit key file beside the database is missing, so the keyed audit rows cannot be verified"
    return out, None


def arm(db: Database, *, migrated: bool) -> None:
    """Called by the app on every writable open: audit key made on first use, the upgrade point sealed,
    touched rows tracked and sealed before each COMMIT, audit rows keyed."""
    conn = db.conn
    if not has_keying(conn):
        return
    key = ensure_key(db.path)
    install_tracking(conn)
    kid = key_id(key)
    rows = conn.execute("SELECT from_seq, key_id FROM main.audit_keying ORDER BY from_seq").fetchall()
    with db.atomic():
        if rows and rows[-1][1] == "":
            from_seq = int(rows[-1][0])
            db.write("UPDATE audit_keying SET key_id = ?, seal = ? WHERE from_seq = ?",
                     (kid, keying_seal(key, from_seq, kid), from_seq))
            seal_all(conn, key)  # the upgrade point: records are sealed as they stand
        elif rows and rows[-1][1] != kid:
            # The key file was lost: a new keying point. `check` names the rows it can no longer verify.
            from_seq = int(conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM main.audit_log").fetchone()[0])
            db.write("INSERT INTO audit_keying (from_seq, key_id, seal) VALUES (?, ?, ?)",
                     (from_seq, kid, keying_seal(key, from_seq, kid)))
            seal_all(conn, key)
        elif migrated:
            seal_all(conn, key)  # a migration may have rewritten columns
        upgrade_seals(conn, key)
    db.audit_key = key if rows else None
    db.before_commit = lambda: seal_dirty(conn, key)
