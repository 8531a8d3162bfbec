"""Signed chain heads: the audit chain's newest row number and hash, signed with the installation's Ed25519 key.

The keyed chain (store/seal.py) stops anyone without the audit key from recomputing the hashes. A head signed with
the signing key adds two things the audit key alone cannot forge:
- rows removed from the end of the trail (truncation): a head covers a row that is no longer there;
- history rewritten by someone who holds the audit key: the chain's hash at a signed row no longer matches.

A head is signed every `EVERY` audit rows (in the same transaction as the row), and at every backup, export and
close. Each head signs the previous head's signature too, so a head removed from the middle is noticed; the
migration's start marker is signed only by the open that applied it (store/store.py), so a marker planted later
stays unsigned and fails `check`. The public keys that may have signed are this installation's key and the keys
it rotated away (`<db>.key.old-<stamp>`, exchange/trust.py).

An export bundle carries its own signed head (`bundle_payload`): the trail as the bundle holds it, re-hashed without
the audit key, so HQ can verify it with the hospital's public key (exchange/history.py).
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from l2fh_desk.domain.ids import iso
from l2fh_desk.store import seal
from l2fh_desk.store.db import Database
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.errors import StorageError

log = logging.getLogger(__name__)

EVERY = 100  # an audit row whose number is a multiple of this gets a signed head in its own transaction
MIGRATION = "signed_heads"  # the migration (store/migrations/NNNN_signed_heads.sql) that starts the heads
GENESIS = "0" * 64  # the hash "before the first row" (store/audit.py)
_TAG = b"l2fh-audit-head/1\x00"
_BUNDLE_TAG = b"l2fh-bundle-head/1\x00"


def payload(n: int, seq: int, digest: str, signed_at: str, reason: str, prev_signature: str) -> bytes:
    """What a head's signature covers."""
    return _TAG + json.dumps([n, seq, digest, signed_at, reason, prev_signature], separators=(",", ":")).encode()


def bundle_payload(hospital_id: str, seq: int, digest: str, signed_at: str) -> bytes:
    """What a bundle's signed head covers: the hospital, and the newest row of the trail the bundle carries."""
    return _BUNDLE_TAG + json.dumps([hospital_id, seq, digest, signed_at], separators=(",", ":")).encode()


def public_b64(private: Ed25519PrivateKey) -> str:
    return base64.b64encode(private.public_key().public_bytes_raw()).decode("ascii")


def signature_ok(public: str, signature: str, data: bytes) -> bool:
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public, validate=True))
        key.verify(base64.b64decode(signature, validate=True), data)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def has_heads(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'audit_heads'"
                        ).fetchone() is not None


def _end(conn: sqlite3.Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM main.audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


def _hash_at(conn: sqlite3.Connection, seq: int) -> str | None:
    if seq == 0:
        return GENESIS
    row = conn.execute("SELECT hash FROM main.audit_log WHERE seq = ?", (seq,)).fetchone()
    return str(row[0]) if row else None


# --- signing, on the app's own connection ----------------------------------------------------------------
def arm(db: Database, *, started: bool) -> None:
    """Called by the store on every writable open, after the audit key: the signing key is kept on the connection
    and a head is signed every EVERY rows. `started`: this open applied the migration, so its start marker is
    signed now (and never by a later open)."""
    if not has_heads(db.conn):
        return
    seal.ensure_key(db.path)
    private = seal.read_signing_key(seal.key_path(db.path))
    if private is None:
        return
    db.head_signer = private
    if started:
        marker = db.conn.execute("SELECT n, seq FROM main.audit_heads WHERE signature = '' ORDER BY n LIMIT 1"
                                 ).fetchone()
        if marker is not None and int(marker[0]) == 1:
            with db.atomic():
                _store(db, private, n=1, seq=int(marker[1]), reason="start", prev_signature="", replace=True)

    def every(seq: int) -> None:
        if seq % EVERY == 0:
            sign(db, "rows")

    db.after_append = every


def sign(db: Database, reason: str) -> None:
    """Sign the chain's current end (inside the caller's transaction, or in one of its own), unless the newest
    head already covers it. Nothing to do on a connection without the signing key (read-only, a bare file)."""
    private = db.head_signer
    if private is None or db.readonly or not has_heads(db.conn):
        return
    if _covered(db) is not None:  # nothing new since the newest head: no write lock taken
        return
    # The end and the newest head are read again inside the transaction that writes the next one: another
    # process (the app beside an export or a backup) signing in between would otherwise take the same number.
    with db.atomic():
        newest = _covered(db)
        if newest is not None:
            return
        seq, _digest = _end(db.conn)
        last = db.conn.execute("SELECT n, signature FROM main.audit_heads ORDER BY n DESC LIMIT 1").fetchone()
        n = int(last[0]) + 1 if last is not None else 1
        _store(db, private, n=n, seq=seq, reason=reason, prev_signature=str(last[1]) if last else "")


def _covered(db: Database) -> int | None:
    """The newest head's number when it is signed and covers the chain's current end; None when one is due."""
    seq, _digest = _end(db.conn)
    newest = db.conn.execute("SELECT n, seq, signature FROM main.audit_heads ORDER BY n DESC LIMIT 1").fetchone()
    if newest is not None and int(newest[1]) == seq and newest[2]:
        return int(newest[0])
    return None


def sign_quietly(db: Database, reason: str) -> None:
    """`sign` where a failure must not stop what is being done (closing the database): logged, never raised."""
    try:
        sign(db, reason)
    except (StorageError, sqlite3.Error) as exc:
        log.warning("the audit chain head was not signed at %s: %s", reason, exc)


def _store(db: Database, private: Ed25519PrivateKey, *, n: int, seq: int, reason: str, prev_signature: str,
           replace: bool = False) -> None:
    digest = _hash_at(db.conn, seq) or GENESIS
    signed_at = iso(db.clock.now())
    signature = base64.b64encode(private.sign(payload(n, seq, digest, signed_at, reason, prev_signature))).decode()
    db.write(("INSERT OR REPLACE" if replace else "INSERT") + " INTO audit_heads (n, seq, hash, signed_at, reason,"
             " public_key, signature, prev_signature) VALUES (?,?,?,?,?,?,?,?)",
             (n, seq, digest, signed_at, reason, public_b64(private), signature, prev_signature))


# --- verifying ---------------------------------------------------------------------------------------------
def public_keys(path: Path) -> set[str]:
    """The public keys that may have signed heads in this database or backup: its installation's signing key and
    every key it rotated away (`<db>.key.old-<stamp>`)."""
    owner = seal.owner_of(Path(path))
    if owner is None:
        return set()
    found = set()
    current = seal.key_path(owner)
    for candidate in [current, *sorted(current.parent.glob(f"{glob_escape(current.name)}.old-*"))]:
        private = seal.read_signing_key(candidate)
        if private is not None:
            found.add(public_b64(private))
    return found


def glob_escape(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text)


def verify(conn: sqlite3.Connection, publics: set[str], *, strict: bool = True) -> tuple[str | None, str]:
    """(the first problem, in one line naming the head; a note when all verify). Every head must be signed by one
    of `publics` over the chain's hash at its row; heads are numbered without gaps, each signing its predecessor;
    a head is required at every EVERY-th row after the first head. Not `strict` (an export): a head signed by a
    key this installation no longer holds (a laptop reinstalled without its key) is checked with its own key."""
    rows = conn.execute("SELECT n, seq, hash, signed_at, reason, public_key, signature, prev_signature"
                        " FROM main.audit_heads ORDER BY n").fetchall()
    if not rows:
        return "the audit trail's signed chain heads were removed", ""
    end, _digest = _end(conn)
    prev_signature = ""
    signed_rows: set[int] = set()
    for expected, (n, seq, digest, signed_at, reason, public, signature, prev) in enumerate(rows, start=1):
        n, seq = int(n), int(seq)
        if n != expected:
            return f"signed chain head {expected} was removed (the heads go from {expected - 1} to {n})", ""
        if not signature:
            return (f"signed chain head {n} was never signed (a start marker not made by L2FH Desk's upgrade;"
                    " the heads cannot be trusted)"), ""
        if public not in publics and strict:
            return f"signed chain head {n} is signed by a key this installation does not hold", ""
        if prev != prev_signature or not signature_ok(public, signature,
                                                      payload(n, seq, digest, signed_at, reason, prev)):
            return f"signed chain head {n} (row {seq}) has a signature that does not verify (it was altered)", ""
        if seq > end:
            return (f"signed chain head {n} covers row {seq}, but the audit trail ends at row {end}"
                    " (rows were removed from its end)"), ""
        if _hash_at(conn, seq) != digest:
            return f"signed chain head {n} (row {seq}) does not match the audit trail (history before it was rewritten)", ""
        prev_signature = str(signature)
        signed_rows.add(seq)
    first = int(rows[0][1])
    for seq in range((first // EVERY + 1) * EVERY, end + 1, EVERY):
        if seq not in signed_rows:
            return f"no signed chain head at row {seq} (one is signed every {EVERY} rows; it was removed)", ""
    return None, f"{len(rows)} signed chain heads verify, the newest at row {int(rows[-1][1])}"
