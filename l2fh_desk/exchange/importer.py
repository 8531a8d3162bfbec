"""HQ import: verify a bundle completely, back the HQ database up, then merge it in one transaction."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from l2fh_desk.domain.ids import iso, utc_now
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.exchange.bundle_checks import (
    CONTENT_SETTING,
    CheckContext,
    content_kind,
    held_kind,
    run_checks,
)
from l2fh_desk.exchange.bundle_read import DEFAULT_LIMITS, Limits, OpenedBundle, extract_data, open_bundle
from l2fh_desk.exchange.keys import KeyProblem, fingerprint, hq_key_paths, load_hq_private
from l2fh_desk.exchange.manifest import BundleRefused
from l2fh_desk.exchange.merge import TableCounts, merge_rows, sync_patient_search
from l2fh_desk.exchange.rows import MERGED, RowChecker, check_audit_row
from l2fh_desk.exchange.snapshot import Snapshot, expected_columns, open_checked
from l2fh_desk.exchange.trust import check_signer, plain, record_trusted, require_hq
from l2fh_desk.store import audit
from l2fh_desk.store.migrate import backup_file, latest_version
from l2fh_desk.store.store import Store

Progress = Callable[[float, str], None]
IMPORTED, ALREADY, REFUSED = "imported", "already imported", "refused"
AUDIT_TABLE = "imported_audit"
AUDIT_INSERT_COLUMNS = ("id", "hospital_id", "source_seq", "origin", "at", "username", "action", "table_name",
                        "record_id", "before_json", "after_json", "prev_hash", "hash")


@dataclass
class ImportResult:
    path: Path
    status: str  # "imported", "already imported" or "refused"
    reason: str = ""
    bundle_id: str = ""
    hospital_id: str = ""
    hospital_name: str = ""
    signer_fingerprint: str = ""
    trusted_now: bool = False
    backup: Path | None = None
    counts: dict[str, TableCounts] = field(default_factory=dict)
    seconds: float = 0.0


@dataclass
class _Incoming:
    rows: dict[str, list[tuple[Any, ...]]]
    patients: dict[str, Patient]
    audit_rows: list[tuple[Any, ...]]


def _raw_public(private: Any) -> bytes:
    from cryptography.hazmat.primitives import serialization

    raw: bytes = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return raw


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _read_rows(snap: Snapshot, hospital_id: str, declared: dict[str, int]) -> _Incoming:
    version = latest_version()
    incoming = _Incoming({}, {}, [])
    for spec in MERGED:
        columns = expected_columns(version, spec.name)
        checker = RowChecker(spec, columns, hospital_id)
        rows: list[tuple[Any, ...]] = []
        for batch in snap.iterate(f"SELECT {', '.join(c.name for c in columns)} FROM {spec.name}"):
            for row in batch:
                model, row = checker.check(row)  # the canonical row is what is stored
                if spec.name == "patients":
                    assert isinstance(model, Patient)
                    incoming.patients[model.id] = model
                rows.append(row)
        if declared.get(spec.name, -1) != len(rows):
            raise BundleRefused(f"the snapshot holds {len(rows)} {spec.name}, the manifest says"
                                f" {declared.get(spec.name)}")
        incoming.rows[spec.name] = rows
    for batch in snap.audit_rows():
        for row in batch:
            check_audit_row(row, hospital_id)
            # (id, hospital_id, source_seq, origin, at, ...): the hospital's columns kept exactly as they were
            incoming.audit_rows.append((row[0], hospital_id, row[2], row[1], *row[3:]))
    return incoming


def _merge(hq: Store, *, bundle: OpenedBundle, sha: str, incoming: _Incoming, snap: Snapshot, trust_new: bool,
           actor: Actor) -> dict[str, TableCounts]:
    m = bundle.manifest
    now = iso(utc_now())
    db = hq.db
    counts: dict[str, TableCounts] = {}
    with db.atomic():
        if trust_new:
            record_trusted(hq, hospital_id=m.hospital.id, hospital_name=m.hospital.name, public_raw=bundle.signer,
                           actor=actor)
        if held_kind(hq) is None:  # the first import decides: real records (HQ) or pseudonymised (research)
            # Part of the import (audited with it below), not a setting an analyst manages.
            db.write("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING",
                     (CONTENT_SETTING, json.dumps(content_kind(m))))
        import_id = int(db.write(
            "INSERT INTO imports (bundle_id, hospital_id, hospital_name, sha256, signer_fingerprint, schema_version,"
            " exported_at, imported_at, imported_by, audit_head, counts) VALUES (?,?,?,?,?,?,?,?,?,?,'{}')",
            (m.bundle_id, m.hospital.id, m.hospital.name, sha, fingerprint(bundle.signer), m.schema_version,
             m.created_at, now, actor.username, m.audit_head)).lastrowid or 0)
        version = latest_version()
        columns = {spec.name: [c.name for c in expected_columns(version, spec.name)] for spec in MERGED}
        # Inside the transaction and before any table is written: no other writer can commit meanwhile,
        # and the snapshot's reader sees HQ exactly as the merge below starts from.
        identical = {spec.name: snap.identical_ids(hq.path, spec.name, columns[spec.name]) for spec in MERGED}
        try:
            for spec in MERGED:
                names = columns[spec.name]
                counts[spec.name], written = merge_rows(
                    db, table=spec.name, columns=names, rows=incoming.rows[spec.name], import_id=import_id,
                    owner_at=names.index("origin"), version_at=names.index("version"),
                    identical=identical[spec.name])
                if spec.name == "patients":
                    sync_patient_search(db, incoming.patients, written)
            counts["audit_log"], _ = merge_rows(db, table=AUDIT_TABLE, columns=AUDIT_INSERT_COLUMNS,
                                                rows=incoming.audit_rows, import_id=import_id, owner_at=1,
                                                version_at=None, provenance=False)
        except sqlite3.IntegrityError as exc:
            raise BundleRefused(f"the bundle's rows do not fit the HQ database ({exc})") from exc
        summary = {table: c.as_dict() for table, c in counts.items()}
        db.write("UPDATE imports SET counts = ? WHERE id = ?", (json.dumps(summary, sort_keys=True), import_id))
        audit.append(db, actor=actor, origin=hq.origin, action="import", table="imports", record_id=m.bundle_id,
                     after={"hospital": m.hospital.id, "sha256": sha, "counts": summary, "trusted_now": trust_new,
                            "content": content_kind(m)})
    return counts


def import_bundle(hq: Store, path: Path, *, trust: Collection[str] = (), actor: Actor, progress: Progress | None = None,
                  hq_key: Path | None = None, limits: Limits = DEFAULT_LIMITS,
                  cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Import one bundle; raises BundleRefused (HQ database untouched) or returns what was merged.

    `trust` names the signer fingerprints an analyst confirmed (see `trust.signer_of`); an unknown signer whose
    fingerprint is not among them is refused."""
    actor.require(Action.IMPORT_BUNDLES)
    require_hq(hq)
    started = time.perf_counter()
    report = progress or (lambda _f, _m: None)
    report(0.0, f"Checking {path.name}")
    bundle = open_bundle(path, limits=limits)
    try:
        m = bundle.manifest
        result = ImportResult(path=path, status=IMPORTED, bundle_id=m.bundle_id, hospital_id=m.hospital.id,
                              hospital_name=m.hospital.name, signer_fingerprint=fingerprint(bundle.signer))
        sha = _file_sha256(path)
        seen = hq.db.one("SELECT sha256 FROM imports WHERE bundle_id = ?", (m.bundle_id,))
        if seen is not None and seen["sha256"] == sha:
            result.status = ALREADY
            return result
        result.trusted_now = check_signer(hq, hospital_id=m.hospital.id, hospital_name=m.hospital.name,
                                          public_raw=bundle.signer, trust=trust)
        private = None
        if m.data.encrypted:
            key_path = hq_key or hq_key_paths(hq.path)[0]
            try:
                private = load_hq_private(key_path)
            except KeyProblem as exc:
                raise BundleRefused(f"the bundle is encrypted for HQ, but the HQ key cannot be used: {exc}") from exc
        workdir = Path(tempfile.mkdtemp(prefix=".l2fh-import-", dir=hq.path.parent))
        try:
            report(0.1, "Verifying the snapshot")
            data = extract_data(bundle, workdir / "data.sqlite", hq_private=private, limits=limits)
            if seen is not None:  # checked after the checksum, so a damaged file is reported as damaged
                raise BundleRefused(f"bundle {m.bundle_id} was imported before with different content")
            snap = open_checked(data, workdir=workdir, schema_version=m.schema_version, audit_head=m.audit_head,
                                cancelled=cancelled)
            try:
                report(0.3, "Validating every row")
                incoming = _read_rows(snap, m.hospital.id, m.counts)
                recipient = fingerprint(_raw_public(private)) if private is not None else None
                run_checks(CheckContext(hq=hq, snap=snap, manifest=m, hq_recipient=recipient))
                report(0.6, "Backing up the HQ database")
                stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
                result.backup = backup_file(hq.db, hq.path.with_name(f"{hq.path.name}.pre-import-{stamp}-{m.bundle_id[:8]}.bak"))
                report(0.7, "Merging")
                try:
                    result.counts = _merge(hq, bundle=bundle, sha=sha, incoming=incoming, snap=snap,
                                           trust_new=result.trusted_now, actor=actor)
                except BundleRefused:
                    result.backup.unlink(missing_ok=True)  # nothing was merged: the backup would only mislead
                    raise
            finally:
                snap.close()
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
    finally:
        bundle.close()
    result.seconds = time.perf_counter() - started
    report(1.0, "Imported")
    return result


def import_bundles(hq: Store, paths: Sequence[Path], *, trust: Collection[str] = (), actor: Actor, progress: Progress | None = None,
                   hq_key: Path | None = None, limits: Limits = DEFAULT_LIMITS,
                   cancelled: Callable[[], bool] | None = None) -> list[ImportResult]:
    """Each bundle on its own: a refused one changes nothing and does not stop the others. Reasons and names
    taken from a bundle are neutralised (`trust.plain`) before they are returned for printing or showing."""
    results = []
    for index, path in enumerate(paths):
        def scaled(fraction: float, message: str, index: int = index) -> None:
            if progress is not None:
                progress((index + fraction) / len(paths), message)

        try:
            result = import_bundle(hq, Path(path), trust=trust, actor=actor, progress=scaled, hq_key=hq_key,
                                   limits=limits, cancelled=cancelled)
            result.hospital_name = plain(result.hospital_name, 120)
            results.append(result)
        except BundleRefused as exc:
            results.append(ImportResult(path=Path(path), status=REFUSED, reason=plain(exc.reason, 400)))
    return results
