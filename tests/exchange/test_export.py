"""Export bundles as a commander makes them: exact members, signed manifest, no secrets, audited, encrypted when asked."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from exchange_helpers import Hospital, members, snapshot_bytes

from l2fh_desk.cli import main
from l2fh_desk.domain.errors import PermissionDenied
from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.exchange.bundle_write import ExportError, export_bundle
from l2fh_desk.exchange.keys import fingerprint, load_signing_key, verify_signature
from l2fh_desk.exchange.trust import fingerprint_of
from l2fh_desk.store import audit
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store
from tests.factories import hq_accounts


def test_bundle_has_exactly_the_members_and_a_valid_signed_manifest(two: tuple[Hospital, Hospital], tmp_path: Path) -> None:
    h = two[0]
    parts = dict(members(h.bundle))
    assert set(parts) == {"manifest.json", "manifest.sig", "data.sqlite"}
    manifest = json.loads(parts["manifest.json"])
    key = load_signing_key(h.db)
    assert base64.b64decode(manifest["signer_public_key"]) == key.public_raw
    assert verify_signature(key.public_raw, parts["manifest.sig"], parts["manifest.json"])
    assert manifest["data"]["sha256"] == hashlib.sha256(parts["data.sqlite"]).hexdigest()
    assert manifest["hospital"]["id"] == h.hospital_id and manifest["hospital"]["mission"] == "UNMISS"
    assert [r["number"] for r in manifest["rotations"]] == [3, 4, 5]
    assert manifest["counts"]["encounters"] == 200
    with Store(h.db) as store:
        assert manifest["schema_version"] == store.db.user_version
        # Other tests export from the same shared hospital: this bundle's own audit row.
        exports = store.db.query("SELECT hash, prev_hash, after_json FROM audit_log WHERE action = 'export'"
                                 " AND record_id = ?", (manifest["bundle_id"],))
        assert len(exports) == 1 and json.loads(exports[0]["after_json"])["encrypted"] is False
        # The head in the manifest is the chain in the snapshot, re-hashed without the installation's key
        # (exchange/history.py): not the keyed head of the live file, which HQ could not verify.
        assert manifest["audit_head"] != exports[0]["prev_hash"]
        assert audit.verify(store.db) is None
    snap = tmp_path / "snap.sqlite"
    snap.write_bytes(parts["data.sqlite"])
    conn = sqlite3.connect(snap)
    assert manifest["audit_head"] == conn.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM record_seals").fetchone()[0] == 0
    conn.close()


def test_snapshot_holds_no_free_pages_so_hq_accepts_a_large_hospital(two: tuple[Hospital, Hospital]) -> None:
    # The scrub after VACUUM INTO (password hashes, local tables, the audit chain re-hashed) frees pages;
    # HQ refuses a snapshot with many free pages as padding, so a hospital of a few thousand encounters
    # could not be imported. The written snapshot is rebuilt: its header counts no free page.
    data = snapshot_bytes(two[0].bundle)
    assert int.from_bytes(data[36:40], "big") == 0


def test_snapshot_carries_no_password_hashes_settings_or_drafts(two: tuple[Hospital, Hospital],
                                                                tmp_path: Path) -> None:
    h = two[0]
    db = tmp_path / "h.db"
    shutil.copy(h.db, db)
    with Store(db) as store:
        store.drafts.save("encounter", "medic", {"complaint": "draft secret"})
        store.settings.set("site_note", "local only", actor=SYSTEM)
        assert "$argon2" in store.db.scalar("SELECT password_hash FROM users LIMIT 1")
        accounts = store.db.scalar("SELECT count(*) FROM users")
        result = export_bundle(store, out=tmp_path / "b.l2fh", actor=SYSTEM, hq_public_key=None)
    data = snapshot_bytes(result.path)
    assert b"$argon2" not in data and b"draft secret" not in data  # not even in free pages
    snap = tmp_path / "snap.sqlite"
    snap.write_bytes(data)
    conn = sqlite3.connect(snap)
    assert conn.execute("SELECT count(*) FROM users WHERE password_hash != ''").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == accounts  # who, without the secrets
    assert conn.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
    conn.close()


def test_export_while_another_connection_writes(two: tuple[Hospital, Hospital], tmp_path: Path) -> None:
    """The app stays usable: an open write transaction neither blocks the export nor leaks into it."""
    db = tmp_path / "h.db"
    shutil.copy(two[0].db, db)
    with Store(db) as store, Store(db) as other:
        other.db.conn.execute("BEGIN IMMEDIATE")
        other.db.conn.execute("UPDATE patients SET notes = 'uncommitted' WHERE rowid = 1")

        def progress(fraction: float, _message: str) -> None:
            if fraction >= 0.8 and other.db.conn.in_transaction:  # the snapshot is taken by now
                other.db.conn.execute("COMMIT")

        result = export_bundle(store, out=tmp_path / "b.l2fh", actor=SYSTEM, hq_public_key=None, progress=progress)
        assert store.db.scalar("SELECT notes FROM patients WHERE rowid = 1") == "uncommitted"
    assert b"uncommitted" not in snapshot_bytes(result.path)


def test_signing_key_is_owner_only_and_stable(two: tuple[Hospital, Hospital]) -> None:
    key_file = two[0].db.with_name("h1.db.key")
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    first = load_signing_key(two[0].db)
    assert load_signing_key(two[0].db).public_raw == first.public_raw
    groups = first.fingerprint.split(" ")
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    assert first.fingerprint == fingerprint(first.public_raw)


def test_hq_key_in_settings_encrypts_by_default_and_bad_key_stops(two: tuple[Hospital, Hospital], tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "h.db"
    shutil.copy(two[0].db, db)
    hq = hq_accounts(tmp_path / "hq.db")
    assert main(["keys", "--db", str(hq), "--hq-init"]) == 0
    assert "fingerprint" in capsys.readouterr().out
    assert main(["keys", "--db", str(hq), "--hq-init"]) == 1  # never replaced
    assert "never replaced" in capsys.readouterr().err
    assert main(["keys", "--db", str(db), "--set-hq-key", str(hq.with_name("hq.db.hq.pub"))]) == 0
    capsys.readouterr()
    out = tmp_path / "enc.l2fh"
    assert main(["export", "--db", str(db), "--out", str(out)]) == 0
    assert "encrypted for HQ key" in capsys.readouterr().out
    names = {info.filename for info in zipfile.ZipFile(out).infolist()}
    assert names == {"manifest.json", "manifest.sig", "data.sqlite.enc"}
    assert b"SQLite format 3" not in out.read_bytes()
    assert main(["import", "--into", str(hq), str(out), "--trust", fingerprint_of(out)]) == 0
    capsys.readouterr()
    # A damaged HQ key in settings stops the export: no plain fallback, no file written.
    with Store(db) as store:
        store.settings.set("hq_public_key", "l2fh-hq-x25519 bm90IGEga2V5", actor=SYSTEM)
    plain = tmp_path / "plain.l2fh"
    assert main(["export", "--db", str(db), "--out", str(plain)]) == 1
    assert "not valid" in capsys.readouterr().err and not plain.exists()
    assert not list(tmp_path.glob(".*.partial")) and not list(tmp_path.glob(".l2fh-export-*"))


def test_bad_to_key_stops_and_permissions_are_checked(two: tuple[Hospital, Hospital], tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.l2fh"
    assert main(["export", "--db", str(two[0].db), "--out", str(out), "--to", "not-a-key"]) == 1
    assert "--to" in capsys.readouterr().err and not out.exists()
    medic = Actor(username="medic", role=Role.MEDIC)
    with Store(two[0].db) as store, pytest.raises(PermissionDenied):
        export_bundle(store, out=out, actor=medic, hq_public_key=None)
    with Store(tmp_path / "empty.db") as store, pytest.raises(ExportError, match="no hospital"):
        export_bundle(store, out=out, actor=SYSTEM, hq_public_key=None)


def test_keys_command_shows_fingerprint(two: tuple[Hospital, Hospital], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["keys", "--db", str(two[0].db)]) == 0
    out = capsys.readouterr().out
    assert load_signing_key(two[0].db).fingerprint in out and two[0].hospital_id in out
