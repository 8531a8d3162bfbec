"""HQ checks the signed chain head a bundle carries (manifest `signed_head`) against the trail inside it."""

from __future__ import annotations

import json
from pathlib import Path

from exchange_helpers import Hospital, edit_snapshot, members, resign, snapshot_bytes, trust_of

from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.bundle_write import _describe  # type: ignore[attr-defined]
from l2fh_desk.exchange.importer import IMPORTED, REFUSED, import_bundles
from l2fh_desk.store.store import Store

DROP = "DROP TRIGGER audit_log_no_delete"
GUARD = ("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log\n"
         "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END")


def _import(hq: Path, bundle: Path) -> tuple[str, str]:
    with Store(hq) as store:
        [result] = import_bundles(store, [bundle], trust=trust_of(bundle), actor=SYSTEM)
        return result.status, result.reason


def test_a_bundle_with_its_signed_head_imports(two: tuple[Hospital, Hospital], tmp_path: Path) -> None:
    manifest = json.loads(dict(members(two[0].bundle))["manifest.json"])
    assert manifest["signed_head"]["hash"] == manifest["audit_head"]
    assert _import(tmp_path / "hq.db", two[0].bundle)[0] == IMPORTED


def test_a_trail_cut_short_after_its_head_was_signed_is_refused(two: tuple[Hospital, Hospital], tmp_path: Path) -> None:
    head = json.loads(dict(members(two[0].bundle))["manifest.json"])["signed_head"]
    data = edit_snapshot(snapshot_bytes(two[0].bundle), tmp_path, DROP,
                         f"DELETE FROM audit_log WHERE seq = {head['seq']}", GUARD)
    snap = tmp_path / "described.sqlite"
    snap.write_bytes(data)
    _hospital, _rotations, counts, newest, _version = _describe(snap, two[0].hospital_id)
    # Re-signed by the hospital's own key with the manifest's head and counts made to fit: only the signed
    # chain head, made at export, still names the row that was cut.
    bundle = resign(tmp_path / "cut.l2fh", hospital_db=two[0].db, data=data, source=two[0].bundle,
                    manifest_changes={"counts": counts, "audit_head": newest})
    status, message = _import(tmp_path / "hq.db", bundle)
    assert status == REFUSED
    assert (f"the bundle's signed chain head (row {head['seq']}) does not match the newest row of its audit trail"
            f" (row {head['seq'] - 1})") in message
    assert not (tmp_path / "hq.db").exists() or _count(tmp_path / "hq.db") == 0


def test_a_signed_head_that_does_not_verify_is_refused(two: tuple[Hospital, Hospital], tmp_path: Path) -> None:
    head = json.loads(dict(members(two[0].bundle))["manifest.json"])["signed_head"]
    forged = {**head, "hash": "f" * 64}
    bundle = resign(tmp_path / "forged.l2fh", hospital_db=two[0].db, data=snapshot_bytes(two[0].bundle),
                    source=two[0].bundle, manifest_changes={"signed_head": forged})
    status, message = _import(tmp_path / "hq.db", bundle)
    assert status == REFUSED
    assert f"the bundle's signed chain head (row {head['seq']}) does not verify with the key" in message


def _count(hq: Path) -> int:
    with Store(hq) as store:
        return int(store.db.scalar("SELECT count(*) FROM patients"))
