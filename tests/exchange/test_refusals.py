"""Every hostile or broken bundle is refused by `l2fh-desk import` with exit 1, one line naming the cause,
and the HQ database left byte-for-byte as it was."""

from __future__ import annotations

import json
import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from exchange_helpers import (
    Hospital,
    copy_db,
    edit_snapshot,
    export,
    held,
    members,
    resign,
    snapshot_bytes,
    trust_of,
    write_zip,
)

from l2fh_desk.cli import main
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange import history
from l2fh_desk.exchange.importer import import_bundles
from l2fh_desk.exchange.keys import init_hq_keys
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store
from tests.factories import hq_accounts


@pytest.fixture(scope="module")
def base(built: Path, two: tuple[Hospital, Hospital]) -> Path:
    """An HQ database that already trusts and holds hospital 1."""
    hq = hq_accounts(built / "hq-base.db")
    with Store(hq) as store:
        [result] = import_bundles(store, [two[0].bundle], trust=trust_of(two[0].bundle), actor=SYSTEM)
        assert result.status == "imported"
    return hq


def _fresh_id(manifest_id: str) -> dict[str, object]:
    return {"bundle_id": manifest_id[:-4] + "beef"}


def _resigned(tmp: Path, h: Hospital, *sql: str, changes: dict[str, object] | None = None) -> Path:
    manifest = json.loads(dict(members(h.bundle))["manifest.json"])
    data = edit_snapshot(snapshot_bytes(h.bundle), tmp, *sql) if sql else snapshot_bytes(h.bundle)
    return resign(tmp / "crafted.l2fh", hospital_db=h.db, data=data, source=h.bundle,
                  manifest_changes={**_fresh_id(manifest["bundle_id"]), **(changes or {})})


def _replace(h: Hospital, tmp: Path, change: Callable[[list[tuple[str, bytes]]], list[tuple[str, bytes]]]) -> Path:
    return write_zip(tmp / "crafted.l2fh", change(members(h.bundle)))


def flipped_byte(h: Hospital, tmp: Path) -> Path:
    raw = bytearray(h.bundle.read_bytes())
    raw[len(raw) // 3] ^= 0x40
    (tmp / "crafted.l2fh").write_bytes(bytes(raw))
    return tmp / "crafted.l2fh"


def swapped_snapshot(h: Hospital, tmp: Path) -> Path:
    other = edit_snapshot(snapshot_bytes(h.bundle), tmp, "UPDATE patients SET notes = 'x' WHERE rowid = 1")
    return _replace(h, tmp, lambda parts: [(n, other if n == "data.sqlite" else d) for n, d in parts])


def forged_manifest(h: Hospital, tmp: Path) -> Path:
    def forge(parts: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
        out = []
        for name, data in parts:
            if name == "manifest.json":
                data = data.replace(b'"name": "', b'"name": "Forged ')
            out.append((name, data))
        return out
    return _replace(h, tmp, forge)


def other_apps_snapshot(h: Hospital, tmp: Path) -> Path:
    """A correctly signed bundle whose snapshot is another application's SQLite file."""
    path = tmp / "notes.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('buy milk')")
    conn.commit()
    conn.close()
    manifest = json.loads(dict(members(h.bundle))["manifest.json"])
    return resign(tmp / "crafted.l2fh", hospital_db=h.db, data=path.read_bytes(), source=h.bundle,
                  manifest_changes=_fresh_id(manifest["bundle_id"]))


CASES: dict[str, tuple[Callable[[Hospital, Path], Path], str]] = {
    "flipped byte": (flipped_byte, "damaged"),
    "snapshot swapped": (swapped_snapshot, "checksum mismatch"),
    "forged manifest": (forged_manifest, "bad signature"),
    "missing signature": (lambda h, t: _replace(h, t, lambda p: [x for x in p if x[0] != "manifest.sig"]),
                          "manifest.sig is missing"),
    "extra member": (lambda h, t: _replace(h, t, lambda p: [*p, ("notes.txt", b"hello")]), "unexpected member"),
    "path outside": (lambda h, t: _replace(h, t, lambda p: [*p, ("../evil.sqlite", b"x")]), "outside the archive"),
    "truncated": (lambda h, t: _write(t, h.bundle.read_bytes()[: h.bundle.stat().st_size // 2]),
                  "not a complete zip archive"),
    "random bytes": (lambda h, t: _write(t, random.Random(5).randbytes(50_000)), "not a complete zip archive"),
    "empty file": (lambda h, t: _write(t, b""), "the file is empty"),
    "oversize manifest": (lambda h, t: _replace(h, t, lambda p: [(n, d + b" " * 70_000 if n == "manifest.json" else d)
                                                                 for n, d in p]), "over the limit"),
    "trigger": (lambda h, t: _resigned(t, h, "CREATE TRIGGER evil AFTER INSERT ON patients BEGIN"
                                       " DELETE FROM encounters; END"), "unexpected trigger 'evil'"),
    "view": (lambda h, t: _resigned(t, h, "CREATE VIEW v AS SELECT * FROM patients"), "unexpected view 'v'"),
    "changed table": (lambda h, t: _resigned(t, h, "ALTER TABLE patients ADD COLUMN extra TEXT"),
                      "changed table 'patients'"),
    "newer schema": (lambda h, t: _resigned(t, h, "PRAGMA user_version = 99", changes={"schema_version": 99}),
                     "newer than this app"),
    "invalid row": (lambda h, t: _resigned(t, h, "UPDATE encounters SET pulse_bpm = 999 WHERE rowid = 3"),
                    "fails validation: Pulse must be between"),
    "blob in a text column": (lambda h, t: _resigned(t, h, "UPDATE patients SET phone = x'00ff' WHERE rowid = 2"),
                              "phone holds bytes"),
    "foreign origin": (lambda h, t: _resigned(
        t, h, "UPDATE patients SET origin = '00000000-0000-4000-8000-000000000000' WHERE rowid = 4"),
        "belongs to another hospital"),
    "audit head": (lambda h, t: _resigned(t, h, changes={"audit_head": "ab" * 32}), "head does not match"),
    "counts lie": (lambda h, t: _resigned(t, h, changes={"counts": {"patients": 1}}), "the manifest says"),
    "unknown format": (lambda h, t: _resigned(t, h, changes={"format_version": 7}), "unknown bundle format"),
    "another application's snapshot": (other_apps_snapshot, "another application's SQLite file"),
    "bundle id reused": (lambda h, t: _replace(h, t, lambda p: list(reversed(p))), "imported before with different"),
}


def _write(tmp: Path, data: bytes) -> Path:
    (tmp / "crafted.l2fh").write_bytes(data)
    return tmp / "crafted.l2fh"


def _refused(hq: Path, bundle: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    before = held(hq)
    status = main(["import", "--into", str(hq), str(bundle), *extra])
    err = capsys.readouterr().err
    assert status == 1
    assert held(hq) == before, "the HQ database changed"
    assert not hq.with_name(hq.name + "-wal").exists() or hq.with_name(hq.name + "-wal").stat().st_size == 0
    assert not list(hq.parent.glob("*.pre-import-*")) and not list(hq.parent.glob("backups/*.import.*")), \
        "a backup was made for a refused bundle"
    assert not list(hq.parent.glob(".l2fh-import-*")), "a temporary folder was left behind"
    lines = [line for line in err.splitlines() if line.startswith("l2fh-desk:")]
    assert len(lines) == 1
    return lines[0]


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_bundle_is_refused_and_hq_unchanged(case: str, base: Path, two: tuple[Hospital, Hospital],
                                                    tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    build, expected = CASES[case]
    hq = tmp_path / "hq" / "hq.db"
    hq.parent.mkdir()
    copy_db(base, hq)
    bundle = build(two[0], tmp_path)
    line = _refused(hq, bundle, capsys, "--trust", *trust_of(two[0].bundle))
    assert expected in line
    assert "refused" in line and "crafted.l2fh" in line


def test_unknown_signer_needs_trust(base: Path, two: tuple[Hospital, Hospital], tmp_path: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    hq = tmp_path / "hq.db"
    copy_db(base, hq)
    line = _refused(hq, two[1].bundle, capsys)
    assert "unknown signer" in line and "--trust" in line


def test_known_hospital_with_another_key_is_refused(base: Path, two: tuple[Hospital, Hospital], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    # The same hospital database on a laptop without its key: a new key is made, HQ must not accept it.
    stolen = tmp_path / "copy" / "h1.db"
    stolen.parent.mkdir()
    shutil.copy(two[0].db, stolen)
    bundle = export(stolen, tmp_path / "copy.l2fh")
    hq = tmp_path / "hq.db"
    copy_db(base, hq)
    line = _refused(hq, bundle, capsys, "--trust", *trust_of(bundle))
    assert "known to HQ with key" in line


def test_encrypted_bundle_refused_without_or_with_wrong_hq_key(base: Path, two: tuple[Hospital, Hospital],
                                                               tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    other_hq = tmp_path / "other" / "hq.db"
    other_hq.parent.mkdir()
    public, _, _ = init_hq_keys(other_hq)
    bundle = export(two[0].db, tmp_path / "enc.l2fh", hq_public=public)
    hq = tmp_path / "hq.db"
    copy_db(base, hq)
    assert "encrypted for HQ, but the HQ key cannot be used" in _refused(hq, bundle, capsys)
    init_hq_keys(hq)  # HQ has a key, but not the one the hospital encrypted to
    assert "cannot decrypt" in _refused(hq, bundle, capsys)


def test_damaged_snapshot_pages_fail_integrity(base: Path, two: tuple[Hospital, Hospital], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(snapshot_bytes(two[0].bundle))
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 3 + 8, page * 3 + 400):  # scramble a b-tree page's cell area
        data[offset] ^= 0x5A
    manifest = json.loads(dict(members(two[0].bundle))["manifest.json"])
    bundle = resign(tmp_path / "crafted.l2fh", hospital_db=two[0].db, data=bytes(data), source=two[0].bundle,
                    manifest_changes=_fresh_id(manifest["bundle_id"]))
    hq = tmp_path / "hq.db"
    copy_db(base, hq)
    line = _refused(hq, bundle, capsys)
    assert "integrity_check" in line or "damaged" in line


def test_a_rewritten_history_signed_by_the_hospital_is_refused_naming_the_row(
        base: Path, two: tuple[Hospital, Hospital], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A hospital (or a thief with its key) re-exports the history HQ already holds with one row rewritten and
    the chain recomputed: the signature and the chain verify, but it no longer extends what HQ holds."""
    snap = tmp_path / "rewritten.sqlite"
    snap.write_bytes(snapshot_bytes(two[0].bundle))
    conn = sqlite3.connect(snap, isolation_level=None)
    seq = conn.execute("SELECT seq FROM audit_log WHERE action = 'bulk_create' ORDER BY seq LIMIT 1").fetchone()[0]
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'audit_log_no_update'").fetchone()[0]
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("UPDATE audit_log SET after_json = replace(after_json, '\"rows\":', '\"rows\":1') WHERE seq = ?",
                 (seq,))
    conn.execute("BEGIN")
    history.unkey_snapshot(conn)  # the chain recomputed, as an attacker would
    conn.execute("COMMIT")
    conn.execute(trigger)
    head = conn.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()[0]
    conn.close()
    manifest = json.loads(dict(members(two[0].bundle))["manifest.json"])
    bundle = resign(tmp_path / "crafted.l2fh", hospital_db=two[0].db, data=snap.read_bytes(), source=two[0].bundle,
                    manifest_changes={**_fresh_id(manifest["bundle_id"]), "audit_head": head})
    hq = tmp_path / "hq" / "hq.db"
    hq.parent.mkdir()
    copy_db(base, hq)
    line = _refused(hq, bundle, capsys)
    assert f"audit history differs from the one HQ holds for this hospital from row {seq} on" in line
