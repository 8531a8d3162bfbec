"""History that cannot be rewritten unseen, across the exchange.

At the hospital, before a snapshot leaves: its keyed audit chain and every record's seal must verify
(store/seal.py), else nothing is exported. The bundle then carries the chain re-hashed without the key
(HQ does not hold it; the bundle's signature protects it in transit), and no seals or keying points.

At HQ, before a bundle is merged: its audit history must extend the one HQ already holds for that hospital
(the same rows, in the same order, up to the last one imported). A shortened, forked or rewritten history is
refused with one line naming the first row that differs; HQ is left unchanged.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from l2fh_desk.exchange.branches import HELD_SQL, SNAPSHOT_SQL, Placement, differs, place, shorter
from l2fh_desk.exchange.manifest import BundleRefused
from l2fh_desk.store import audit, heads, seal
from l2fh_desk.store.connect import plain
from l2fh_desk.store.driver import sqlite3

if TYPE_CHECKING:
    from l2fh_desk.exchange.bundle_checks import CheckContext


class HistoryProblem(Exception):
    """The database's history does not verify; the export is stopped."""


def require_intact(snapshot: Path, key: bytes | None) -> None:
    """The snapshot's audit chain verifies with this installation's key and every record matches its seal."""
    conn = plain(snapshot, mode="ro")
    try:
        if not seal.has_keying(conn):
            return
        segments, problem = seal.segments(conn, key)
        if problem and key is not None:  # without any key nothing can be verified here (a reinstalled laptop)
            raise HistoryProblem(problem)
        broken = audit.verify_conn(conn, segments, strict=False)
        if broken is not None:
            raise HistoryProblem(f"the audit trail is broken at row {broken.seq}: {broken.reason}")
        if key is not None:
            differs = seal.first_unsealed(conn, key)
            if differs:
                raise HistoryProblem(differs)
    finally:
        conn.close()


def unkey_snapshot(conn: sqlite3.Connection) -> None:
    """Inside an open transaction on the snapshot: the chain re-hashed without the key; seals removed."""
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in ("audit_keying", "record_seals"):
        if table in present:
            conn.execute(f"DELETE FROM {table}")
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
                            ).fetchall()
    for name, _sql in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    names = ("seq", *audit.CHAINED_FIELDS)
    rows = conn.execute(f"SELECT {', '.join(names)} FROM audit_log ORDER BY seq").fetchall()
    prev = audit.GENESIS
    updates = []
    for row in rows:
        fields = dict(zip(names, row, strict=True))
        digest = audit.row_hash(prev, fields)
        updates.append((prev, digest, fields["seq"]))
        prev = digest
    conn.executemany("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?", updates)
    for _name, sql in triggers:
        conn.execute(sql)  # the same text, so the schema still matches the app's exactly


def check_extends_history(ctx: CheckContext) -> None:
    """At HQ, before a merge: the bundle's audit history must extend the one HQ holds for that hospital, or
    fork from it where a restore declares it (exchange/branches.py); else BundleRefused names the row from
    which they differ. Where it goes is left in `ctx.placement` for the merge."""
    hospital = ctx.manifest.hospital.id
    quick = _without_restores(ctx, hospital)
    if quick is not None:
        ctx.placement = quick
        return
    held = [tuple(row) for row in ctx.hq.db.query(HELD_SQL, (hospital,))]
    ctx.placement = place(held, ctx.snap.run(SNAPSHOT_SQL))


def _without_restores(ctx: CheckContext, hospital: str) -> Placement | None:
    """`branches.place` for a history with no restore in it, held or new (every hospital that never restored a
    backup), decided in SQL between the snapshot and HQ attached beside it, so memory does not grow with the
    trail (a 300,000-row trail held 150 MB in Python). None when a restore (or a given-up branch) is involved:
    the whole tree is then needed."""
    snap, hq = ctx.snap, ctx.hq.db  # HQ's own rows are read on its connection (no work bound on a snapshot's)
    if hq.one("SELECT 1 FROM imported_audit WHERE hospital_id = ? LIMIT 1", (hospital,)) is None:
        return Placement()
    if hq.one("SELECT 1 FROM imported_audit WHERE hospital_id = ? AND (action = 'restore' OR abandoned) LIMIT 1",
              (hospital,)) is not None:
        return None
    snap.hold(Path(ctx.hq.path))
    first = snap.run("SELECT seq, prev_hash FROM main.audit_log AS s WHERE NOT EXISTS (SELECT 1 FROM"
                     " held.imported_audit AS h WHERE h.hospital_id = ? AND h.source_seq = s.seq AND h.hash = s.hash)"
                     " ORDER BY seq LIMIT 1", (hospital,))
    if first:
        seq = int(first[0][0])
        if snap.run("SELECT 1 FROM main.audit_log WHERE action = 'restore' AND seq >= ? LIMIT 1", (seq,)):
            return None
        before = snap.run("SELECT hash FROM main.audit_log WHERE seq < ? ORDER BY seq DESC LIMIT 1", (seq,))
        parent = str(before[0][0]) if before else audit.GENESIS
        if hq.one("SELECT 1 FROM imported_audit WHERE hospital_id = ? AND prev_hash = ? LIMIT 1",
                  (hospital, parent)) is not None:
            raise differs(seq)  # HQ holds another row there, and no restore declares the fork
        return Placement()
    end = snap.run("SELECT seq, hash FROM main.audit_log ORDER BY seq DESC LIMIT 1")
    last, head = (int(end[0][0]), str(end[0][1])) if end else (0, audit.GENESIS)
    if hq.one("SELECT 1 FROM imported_audit WHERE hospital_id = ? AND prev_hash = ? LIMIT 1", (hospital, head)) is not None:
        raise shorter(last, int(hq.scalar("SELECT max(source_seq) FROM imported_audit WHERE hospital_id = ?",
                                          (hospital,))))
    return Placement()


def check_signed_head(ctx: CheckContext) -> None:
    """At HQ: the bundle's signed chain head (manifest `signed_head`, store/heads.py) verifies with the key of the
    hospital that signed the bundle and names the newest row of the trail it carries, with that row's hash: a
    trail cut short or re-chained after the head was signed is refused. Bundles made before signed heads have none."""
    head = ctx.manifest.signed_head
    if head is None:
        return
    body = heads.bundle_payload(ctx.manifest.hospital.id, head.seq, head.hash, head.signed_at)
    if not heads.signature_ok(ctx.manifest.signer_public_key, head.signature, body):
        raise BundleRefused(f"the bundle's signed chain head (row {head.seq}) does not verify with the key of the"
                            " hospital that signed it")
    newest = ctx.snap.run("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
    seq, digest = (int(newest[0][0]), str(newest[0][1])) if newest else (0, audit.GENESIS)
    if (seq, digest) != (head.seq, head.hash):
        raise BundleRefused(f"the bundle's signed chain head (row {head.seq}) does not match the newest row of its"
                            f" audit trail (row {seq}): the trail was cut short or rewritten after it was signed")
