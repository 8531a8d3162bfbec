"""Helpers for the exchange tests: demo hospitals, HQ databases, hand-made (hostile) bundles, table dumps."""

from __future__ import annotations

import base64
import json
import shutil
import zipfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from l2fh_desk.demo.generator import generate
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.exchange.bundle_write import _describe, export_bundle  # type: ignore[attr-defined]
from l2fh_desk.exchange.keys import load_signing_key
from l2fh_desk.exchange.rows import MERGED
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.store import Store


@dataclass(frozen=True)
class Hospital:
    db: Path
    bundle: Path
    hospital_id: str


def make_hospital(folder: Path, seed: int, *, encounters: int = 200, hq_public: bytes | None = None) -> Hospital:
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / f"h{seed}.db"
    with Store(db) as store:
        generate(store, encounters=encounters, outreach=10, seed=seed)
        result = export_bundle(store, out=folder / f"h{seed}.l2fh", actor=SYSTEM, hq_public_key=hq_public)
        return Hospital(db, result.path, store.origin)


def export(db: Path, out: Path, hq_public: bytes | None = None) -> Path:
    with Store(db, create=False) as store:
        return export_bundle(store, out=out, actor=SYSTEM, hq_public_key=hq_public).path


def copy_db(source: Path, target: Path) -> Path:
    """The same installation elsewhere: the database and its key file (signing and audit key) together."""
    shutil.copy(source, target)
    key = source.with_name(source.name + ".key")
    if key.exists():
        shutil.copy(key, target.with_name(target.name + ".key"))
    return target


def hq_with_key(tmp_path: Path, template: Path) -> Path:
    """A fresh HQ database path whose private key sits beside it."""
    hq = tmp_path / "hq.db"
    shutil.copy(template.with_name(template.name + ".hq.key"), hq.with_name(hq.name + ".hq.key"))
    return hq


def members(bundle: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(bundle) as zf:
        return [(info.filename, zf.read(info)) for info in zf.infolist()]


def write_zip(path: Path, parts: list[tuple[str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as zf:
        for name, data in parts:
            zf.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data)
    return path


def resign(path: Path, *, hospital_db: Path, data: bytes, manifest_changes: dict[str, object] | None = None,
           source: Path) -> Path:
    """A bundle carrying `data` as its snapshot, with a manifest correctly re-signed by the hospital's own key:
    what a trusted but compromised (or buggy) hospital could send."""
    import hashlib

    parts = dict(members(source))
    manifest = json.loads(parts["manifest.json"])
    manifest["data"]["sha256"] = hashlib.sha256(data).hexdigest()
    manifest["data"]["size"] = len(data)
    manifest.update(manifest_changes or {})
    raw = json.dumps(manifest, indent=1, sort_keys=True).encode()
    key = load_signing_key(hospital_db)
    assert base64.b64decode(manifest["signer_public_key"]) == key.public_raw
    return write_zip(path, [("data.sqlite", data), ("manifest.json", raw), ("manifest.sig", key.sign(raw))])


def snapshot_bytes(bundle: Path) -> bytes:
    return dict(members(bundle))["data.sqlite"]


def edit_snapshot(data: bytes, folder: Path, *sql: str) -> bytes:
    """Run SQL against a copy of a plain snapshot and return the new bytes."""
    path = folder / "edit.sqlite"
    path.write_bytes(data)
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in sql:
        conn.execute(statement)
    conn.close()
    out = path.read_bytes()
    path.unlink()
    return out


def dump(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Everything HQ holds that must not depend on import order: merged tables, imported audit, search terms."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        out = {spec.name: conn.execute(f"SELECT * FROM {spec.name} ORDER BY id").fetchall() for spec in MERGED}
        out["imported_audit"] = conn.execute("SELECT * FROM imported_audit ORDER BY id").fetchall()
        out["patient_search"] = conn.execute(
            "SELECT p.id, s.terms FROM patient_search s JOIN patients p ON p.rowid = s.rowid ORDER BY p.id").fetchall()
        return out
    finally:
        conn.close()


def trust_of(*bundles: Path) -> set[str]:
    """The signer fingerprints of these bundles, as an analyst confirms them (`import --trust FINGERPRINT`)."""
    from l2fh_desk.exchange.keys import fingerprint

    return {fingerprint(base64.b64decode(json.loads(dict(members(b))["manifest.json"])["signer_public_key"]))
            for b in bundles}


def copy_hospital(h: Hospital, folder: Path) -> Path:
    folder.mkdir()
    db = folder / h.db.name
    shutil.copy(h.db, db)
    shutil.copy(h.db.with_name(h.db.name + ".key"), folder / (h.db.name + ".key"))
    return db


def corrected_rotation(h: Hospital, folder: Path) -> Path:
    """A commander fixing dates: the latest rotation voided and created again with the same number."""
    db = copy_hospital(h, folder)
    with Store(db) as store:
        rotation = store.rotations.latest()
        assert rotation is not None
        store.rotations.void(rotation.id, reason="wrong dates", actor=SYSTEM)
        fixed = rotation.model_copy(update={"id": "7" * 8 + "-7777-4777-8777-" + "7" * 12, "version": 0,
                                            "origin": "", "created_at": "", "updated_at": "",
                                            "end_date": date(rotation.end_date.year, 12, 31)})
        store.rotations.create(fixed, actor=SYSTEM)
    return export(db, folder / "corrected.l2fh")


def crafted(tmp: Path, h: Hospital, *sql: str) -> Path:
    """A's snapshot edited by SQL, its manifest rewritten to describe it and re-signed with A's own key: what a
    buggy or hostile but trusted hospital could send."""
    data = edit_snapshot(snapshot_bytes(h.bundle), tmp, *sql)
    snap = tmp / "described.sqlite"
    snap.write_bytes(data)
    hospital, rotations, counts, _head, _version = _describe(snap, h.hospital_id)  # type: ignore[attr-defined]
    snap.unlink()
    manifest = json.loads(dict(members(h.bundle))["manifest.json"])
    changes = {"bundle_id": manifest["bundle_id"][:-4] + "beef", "counts": counts,
               "hospital": hospital.model_dump(), "rotations": [r.model_dump() for r in rotations]}
    return resign(tmp / "crafted.l2fh", hospital_db=h.db, data=data, source=h.bundle, manifest_changes=changes)


def held(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """What an HQ database holds, bar what the command's own sign-in writes (its audit row, its chain head):
    the merged tables, imported audit, search terms, trust, and HQ's own audit rows of everything else."""
    out = dump(db_path)
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        out["audit_log"] = conn.execute("SELECT id, action, table_name, record_id, after_json FROM audit_log"
                                        " WHERE action NOT IN ('sign_in', 'sign_in_failed') ORDER BY seq").fetchall()
        for table in ("trusted_signers", "revoked_signers", "imports", "merge_conflicts", "settings"):
            out[table] = conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
        return out
    finally:
        conn.close()


def rechained(tmp: Path, h: Hospital, *sql: str, source: Path | None = None, name: str = "rechained.l2fh") -> Path:
    """Like `crafted`, but the SQL may touch the audit trail too: the chain is then re-hashed as the export does
    (history.unkey_snapshot), and the manifest's head and signed head are made again and signed with the
    hospital's own key. What a hostile hospital holding its key, or a bug before the export, could send."""
    import hashlib

    from l2fh_desk.domain.ids import iso, utc_now
    from l2fh_desk.exchange import history
    from l2fh_desk.store import heads

    source = source or h.bundle
    path = tmp / "rechain.sqlite"
    path.write_bytes(snapshot_bytes(source))
    conn = sqlite3.connect(path, isolation_level=None)
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
                            ).fetchall()
    conn.execute("BEGIN")
    for trigger, _sql in triggers:
        conn.execute(f"DROP TRIGGER {trigger}")
    for statement in sql:
        conn.execute(statement)
    for _name, text in triggers:
        conn.execute(text)
    history.unkey_snapshot(conn)
    conn.execute("COMMIT")
    seq, head = conn.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    conn.execute("VACUUM")
    conn.close()
    hospital, rotations, counts, _head, _version = _describe(path, h.hospital_id)
    data = path.read_bytes()
    path.unlink()
    key = load_signing_key(h.db)
    signed_at = iso(utc_now())
    signed = {"seq": seq, "hash": head, "signed_at": signed_at,
              "signature": base64.b64encode(key.sign(heads.bundle_payload(h.hospital_id, seq, head, signed_at))).decode()}
    manifest = json.loads(dict(members(source))["manifest.json"])
    changes = {"bundle_id": manifest["bundle_id"][:-12] + hashlib.sha256(data).hexdigest()[:12], "counts": counts,
               "audit_head": head, "signed_head": signed, "hospital": hospital.model_dump(),
               "rotations": [r.model_dump() for r in rotations]}
    return resign(tmp / name, hospital_db=h.db, data=data, source=source, manifest_changes=changes)
