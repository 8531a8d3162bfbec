"""Bounded input: a signed bundle that would expand past what it declares is refused before it writes more
than one chunk to HQ's disk, and HQ is left unchanged."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
from exchange_helpers import Hospital, crafted, held, members, resign, snapshot_bytes, trust_of

from l2fh_desk.cli import main
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.bundle_read import CHUNK, DEFAULT_LIMITS, HeaderGate, Limits
from l2fh_desk.exchange.importer import REFUSED, import_bundles
from l2fh_desk.exchange.manifest import BundleRefused
from l2fh_desk.store.store import Store
from tests.factories import hq_accounts


def _refused(hq: Path, bundle: Path, capsys: pytest.CaptureFixture[str], fp: set[str]) -> str:
    before = held(hq) if hq.exists() else None
    assert main(["import", "--into", str(hq), str(bundle), "--trust", *fp]) == 1
    lines = [line for line in capsys.readouterr().err.splitlines() if line.startswith("l2fh-desk:")]
    assert len(lines) == 1
    if before is not None:
        assert held(hq) == before
    assert not list(hq.parent.glob(".l2fh-import-*"))
    return lines[0]


def _hq(tmp_path: Path, h: Hospital) -> Path:
    hq = tmp_path / "hq" / "hq.db"
    hq.parent.mkdir()
    assert main(["keys", "--db", str(hq), "--hq-init"]) == 0  # a set-up of a new file: no account yet
    return hq_accounts(hq)


def test_zero_pages_appended_to_a_signed_snapshot_are_refused_at_the_first_chunk(
        two: tuple[Hospital, Hospital], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = two[0]
    padded = snapshot_bytes(a.bundle) + bytes(8 * CHUNK)  # still passes integrity_check in SQLite
    manifest = json.loads(dict(members(a.bundle))["manifest.json"])
    bundle = resign(tmp_path / "padded.l2fh", hospital_db=a.db, data=padded, source=a.bundle,
                    manifest_changes={"bundle_id": manifest["bundle_id"][:-4] + "0bad"})
    line = _refused(_hq(tmp_path, a), bundle, capsys, trust_of(a.bundle))
    assert "trailing bytes" in line
    written: list[bytes] = []
    gate = HeaderGate(written.append, limits=DEFAULT_LIMITS, exact=len(padded))
    with pytest.raises(BundleRefused):
        for start in range(0, len(padded), CHUNK):
            gate(padded[start:start + CHUNK])
    assert written == []  # refused on the header, before anything reached the disk


def test_a_deflated_snapshot_that_inflates_far_is_refused_unread(two: tuple[Hospital, Hospital], tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    a = two[0]
    data = snapshot_bytes(a.bundle) + bytes(64 * CHUNK)
    parts = dict(members(a.bundle))
    manifest = json.loads(parts["manifest.json"])
    manifest["data"].update(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
    manifest["bundle_id"] = manifest["bundle_id"][:-4] + "b0b0"
    raw = json.dumps(manifest, indent=1, sort_keys=True).encode()
    from l2fh_desk.exchange.keys import load_signing_key
    key = load_signing_key(a.db)
    bomb = tmp_path / "bomb.l2fh"
    with zipfile.ZipFile(bomb, "w") as zf:
        zf.writestr(zipfile.ZipInfo("data.sqlite"), data, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("manifest.json", raw)
        zf.writestr("manifest.sig", key.sign(raw))
    assert bomb.stat().st_size < len(data) // 20
    line = _refused(_hq(tmp_path, a), bomb, capsys, trust_of(a.bundle))
    assert "zip bomb" in line


def test_free_pages_beyond_a_small_bound_are_refused(two: tuple[Hospital, Hospital], tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    a = two[0]
    bundle = crafted(tmp_path, a, "UPDATE patients SET notes = printf('%.15000c', 'x')",
                     "UPDATE patients SET notes = ''")
    line = _refused(_hq(tmp_path, a), bundle, capsys, trust_of(a.bundle))
    assert "free pages" in line


def test_a_snapshot_larger_than_its_declared_rows_allow_is_refused(two: tuple[Hospital, Hospital],
                                                                   tmp_path: Path) -> None:
    a = two[0]
    with Store(tmp_path / "hq.db") as store:
        [result] = import_bundles(store, [a.bundle], trust=trust_of(a.bundle), actor=SYSTEM,
                                  limits=Limits(base=64 << 10, per_row=16))
        assert result.status == REFUSED
        assert "for the" in result.reason and "rows the manifest declares" in result.reason
        assert store.db.scalar("SELECT count(*) FROM patients") == 0
