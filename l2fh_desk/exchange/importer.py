"""HQ import: verify a bundle completely, back the HQ database up, then merge it in one transaction.

The steps of `import_bundle`, in order (each raises `BundleRefused` with one line; nothing is written before
the last two): `trust.require_hq` (an HQ database only); `bundle_read.open_bundle` (structure, sizes, signature);
already imported?; `trust.check_signer` (trusted, revoked, or confirmed by `trust`); `bundle_read.extract_data`
(checksum, decryption, SQLite header gate); `snapshot.open_checked` (schema, integrity, foreign keys, audit
chain); `check_rows` (every row against the domain models, in a second thread beside the steps after it:
`exchange/validating.py`; nothing commits before it passed, and its refusal is the one given);
`bundle_checks.run_checks` (the manifest describes the snapshot, content kind, ownership, cross-record rules:
append a check to `SNAPSHOT_CHECKS` to extend it); then the backup and `_merge`."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from l2fh_desk.domain.errors import KnownError
from l2fh_desk.domain.ids import iso, utc_now
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.exchange import abandoned, aliases, bulk
from l2fh_desk.exchange.branches import Placement
from l2fh_desk.exchange.bundle_checks import CheckContext, content_kind, held_kind, run_checks
from l2fh_desk.exchange.bundle_read import DEFAULT_LIMITS, Limits, OpenedBundle, extract_data, open_bundle
from l2fh_desk.exchange.keys import KeyProblem, fingerprint, hq_key_paths, load_hq_private
from l2fh_desk.exchange.manifest import BundleRefused
from l2fh_desk.exchange.merge import TableCounts, merge_rows, patient_terms, sync_patient_search
from l2fh_desk.exchange.rows import MERGED, RowChecker, TableSpec, check_audit_row
from l2fh_desk.exchange.snapshot import Snapshot, expected_columns, open_checked
from l2fh_desk.exchange.trust import CONTENT_SETTING, check_signer, plain, record_trusted, require_hq
from l2fh_desk.exchange.validating import BackgroundValidation, Respell
from l2fh_desk.store import audit
from l2fh_desk.store.backup import pre_import_copy, prune
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.errors import StorageError, StorageProblem, headline
from l2fh_desk.store.migrate import latest_version
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


def _columns(table: str) -> list[str]:
    return [c.name for c in expected_columns(latest_version(), table)]


def _checker(spec: TableSpec, hospital_id: str) -> RowChecker:
    return RowChecker(spec, expected_columns(latest_version(), spec.name), hospital_id)


def check_rows(snap: Snapshot, *, hq_path: Path, hospital_id: str, declared: dict[str, int]) -> set[str]:
    """Every row of every merged table and of the audit trail against the domain models, streamed in batches
    (nothing kept). Rows HQ already holds column for column were validated when they first came. Returns the
    tables where some row's canonical form differs from the row as sent (the merge re-derives those)."""
    spelled: set[str] = set()
    for spec in MERGED:
        total = int(snap.scalar(f"SELECT count(*) FROM {spec.name}"))
        if declared.get(spec.name, -1) != total:
            raise BundleRefused(f"the snapshot holds {total} {spec.name}, the manifest says"
                                f" {declared.get(spec.name)}")
        checker = _checker(spec, hospital_id)
        for batch in snap.changed_rows(hq_path, spec.name, _columns(spec.name)):
            for row in batch:
                if checker.check(row)[1] != row:
                    spelled.add(spec.name)
    for batch in snap.audit_rows():
        for row in batch:
            check_audit_row(row, hospital_id)
    return spelled


def _merge_audit(hq: Store, snap: Snapshot, *, hospital_id: str, import_id: int) -> TableCounts:
    """The audit rows: those HQ holds with other content go through `merge_rows` (which refuses another
    hospital's), the new ones are copied in SQL; the rest are unchanged."""
    counts = TableCounts()
    seen = 0
    for batch in snap.changed_audit_rows(hq.path, AUDIT_TABLE, hospital_id):
        seen += len(batch)
        # (id, hospital_id, source_seq, origin, at, ...): the hospital's columns kept exactly as they were
        rows = [(row[0], hospital_id, row[2], row[1], *row[3:]) for row in batch]
        part, _ = merge_rows(hq.db, table=AUDIT_TABLE, columns=AUDIT_INSERT_COLUMNS, rows=rows, import_id=import_id,
                             owner_at=1, version_at=None, provenance=False, scope=("hospital_id", hospital_id))
        counts.add(part)
    copied = bulk.copy_new_audit(hq.db, table=AUDIT_TABLE, columns=AUDIT_INSERT_COLUMNS, hospital_id=hospital_id)
    counts.new += copied
    counts.unchanged += int(snap.scalar("SELECT count(*) FROM audit_log")) - seen - copied
    return counts


def _batches(hq: Store, snap: Snapshot, table: str, names: list[str], ids: aliases.Mapping
             ) -> Iterator[list[tuple[Any, ...]]]:
    """The rows to merge: those HQ does not hold exactly; every row, read through the map, for a hospital
    some of whose ids are disputed (exchange/aliases.py): HQ holds those under other ids."""
    if not ids:
        yield from snap.changed_rows(hq.path, table, names)
        return
    yield from snap.iterate(f"SELECT {', '.join(names)} FROM {table}")


def _merge_table(hq: Store, snap: Snapshot, spec: TableSpec, *, hospital_id: str, import_id: int,
                 canonicalise: bool, force: bool = False, ids: aliases.Mapping | None = None) -> TableCounts:
    """One table in bounded batches: only the rows HQ does not already hold exactly are read and merged; memory
    does not grow with the bundle. The snapshot is immutable and every row passed `check_rows`, so a table whose
    rows all arrived in canonical form is merged as read; the others are checked again to store what the model
    produced. Patients' search terms are taken from the canonical row (`merge.patient_terms`).

    A canonical table with no disputed id and nothing forced: the rows HQ held are merged here first (a void
    frees a unique slot), then the new ones are copied by SQLite itself (`bulk.copy_new`)."""
    names = _columns(spec.name)
    checker = _checker(spec, hospital_id)
    total = int(snap.scalar(f"SELECT count(*) FROM {spec.name}"))
    counts = TableCounts()
    seen = 0
    direct = not canonicalise and not force and not ids
    batches = snap.changed_rows(hq.path, spec.name, names, held_only=True) if direct else \
        _batches(hq, snap, spec.name, names, ids or {})
    for batch in batches:
        seen += len(batch)
        # Every row passed `check_rows`: a table whose rows all arrived canonical is stored as read.
        canonical = [checker.check(raw)[1] for raw in batch] if canonicalise else batch
        if ids:
            canonical = aliases.apply(spec.name, names, canonical, ids)
        patients = {row[0]: patient_terms(names, row) for row in canonical} if spec.name == "patients" else {}
        part, written = merge_rows(hq.db, table=spec.name, columns=names, rows=canonical, import_id=import_id,
                                   owner_at=names.index("origin"), version_at=names.index("version"), force=force)
        counts.add(part)
        if spec.name == "patients":
            sync_patient_search(hq.db, patients, written)
    if direct:
        copied = bulk.copy_new(hq.db, table=spec.name, columns=names, import_id=import_id)
        counts.new += copied
        seen += copied
    counts.unchanged += total - seen
    return counts


def _merge_records(hq: Store, snap: Snapshot, *, hospital_id: str, import_id: int, spelled: set[str],
                   placement: Placement, disputed: list[tuple[str, str]]) -> dict[str, TableCounts]:
    """The record tables, by where the bundle's history sits (exchange/branches.py, exchange/abandoned.py), with
    ids another hospital claims too kept per claim (exchange/aliases.py)."""
    names = {spec.name: _columns(spec.name) for spec in MERGED}
    ids = aliases.settle(hq.db, hospital=hospital_id, claims=disputed)
    if not placement.live:  # a given-up branch: kept aside, the live records untouched
        kept = abandoned.keep_aside(hq.db, snap, hospital=hospital_id, columns=names)
        return {spec.name: TableCounts(conflicts=kept.get(spec.name, 0)) for spec in MERGED}
    kept = abandoned.take_over(hq.db, snap, hospital=hospital_id, columns=names) if placement.switched else {}
    counts = {}
    for spec in MERGED:
        counts[spec.name] = _merge_table(hq, snap, spec, hospital_id=hospital_id, import_id=import_id,
                                         canonicalise=spec.name in spelled, force=placement.switched, ids=ids)
        counts[spec.name].conflicts += kept.get(spec.name, 0)
    if placement.forked:
        abandoned.prune(hq.db, hospital=hospital_id)
    return counts


def _merge(hq: Store, *, bundle: OpenedBundle, sha: str, snap: Snapshot, trust_new: bool, actor: Actor,
           spelled: set[str], placement: Placement, disputed: list[tuple[str, str]],
           validated: Callable[[set[str]], set[str]]) -> dict[str, TableCounts]:
    """One transaction; `validated(spelled)` is asked just before COMMIT (it waits for the validation of every
    row, exchange/validating.py, and raises its refusal, or `Respell` when `spelled` was too few tables)."""
    m = bundle.manifest
    now = iso(utc_now())
    db = hq.db
    counts: dict[str, TableCounts] = {}
    with bulk.attached(db, snap.path), db.atomic():
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
        # The snapshot's reader sees HQ as this transaction started (WAL): rows held exactly are skipped in SQL.
        try:
            counts.update(_merge_records(hq, snap, hospital_id=m.hospital.id, import_id=import_id, spelled=spelled,
                                         placement=placement, disputed=disputed))
            counts["audit_log"] = _merge_audit(hq, snap, hospital_id=m.hospital.id, import_id=import_id)
            if placement.forked:
                abandoned.flag_audit(db, hospital=m.hospital.id, abandoned=placement.abandoned)
        except sqlite3.IntegrityError as exc:
            raise BundleRefused(f"the bundle's rows do not fit the HQ database ({exc})") from exc
        validated(spelled)
        summary = {table: c.as_dict() for table, c in counts.items()}
        db.write("UPDATE imports SET counts = ? WHERE id = ?", (json.dumps(summary, sort_keys=True), import_id))
        audit.append(db, actor=actor, origin=hq.origin, action="import", table="imports", record_id=m.bundle_id,
                     after={"hospital": m.hospital.id, "sha256": sha, "counts": summary, "trusted_now": trust_new,
                            "content": content_kind(m)})
    return counts


def _checked_merge(hq: Store, *, bundle: OpenedBundle, sha: str, snap: Snapshot, private: Any, trust_new: bool,
                   actor: Actor, validation: BackgroundValidation, report: Progress
                   ) -> tuple[Path, dict[str, TableCounts]]:
    """The bundle's checks, HQ's backup and the merge, while `validation` checks every row beside them."""
    m = bundle.manifest
    recipient = fingerprint(_raw_public(private)) if private is not None else None
    ctx = CheckContext(hq=hq, snap=snap, manifest=m, hq_recipient=recipient)
    run_checks(ctx)
    report(0.6, "Backing up the HQ database")
    backup = pre_import_copy(hq.db)
    report(0.7, "Merging")
    merge = partial(_merge, hq, bundle=bundle, sha=sha, snap=snap, trust_new=trust_new, actor=actor,
                    placement=ctx.placement, disputed=ctx.disputed, validated=validation.outcome)
    try:
        try:
            return backup, merge(spelled=set())
        except Respell as found:  # rolled back: some tables must be stored as the model writes them
            return backup, merge(spelled=found.tables)
    except BaseException:
        # nothing was merged: the copy would only mislead (and on a full disk take the room to free)
        backup.unlink(missing_ok=True)
        raise


class ImportStopped(KnownError):
    """HQ's own disk failed (full, failing, read-only) during an import: nothing of the bundle was imported."""

    def __init__(self, cause: StorageError, *, where: Path, name: str) -> None:
        if cause.problem == StorageProblem.DISK_FULL:
            self.message = f"The disk at {where} is full; nothing of {name} was imported."
            self.remedy = "Free some space on this computer, then import again."
        else:
            self.message = f"{headline(cause)} (at {where}); nothing of {name} was imported."
            self.remedy = cause.remedy
        super().__init__(self.message)
        self.problem = cause.problem

    def __str__(self) -> str:
        return f"{self.message} {self.remedy}"


def import_bundle(hq: Store, path: Path, *, trust: Collection[str] = (), actor: Actor, progress: Progress | None = None,
                  hq_key: Path | None = None, limits: Limits = DEFAULT_LIMITS,
                  cancelled: Callable[[], bool] | None = None) -> ImportResult:
    """Import one bundle; raises BundleRefused (HQ database untouched), ImportStopped (HQ's own disk failed;
    nothing imported) or returns what was merged.

    `trust` names the signer fingerprints an analyst confirmed (see `trust.signer_of`); an unknown signer whose
    fingerprint is not among them is refused."""
    try:
        return _import_bundle(hq, path, trust=trust, actor=actor, progress=progress, hq_key=hq_key, limits=limits,
                              cancelled=cancelled)
    except StorageError as exc:
        raise ImportStopped(exc, where=hq.path.parent, name=path.name) from exc


def _import_bundle(hq: Store, path: Path, *, trust: Collection[str], actor: Actor, progress: Progress | None,
                   hq_key: Path | None, limits: Limits, cancelled: Callable[[], bool] | None) -> ImportResult:
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
        # A bundle id is the signing hospital's claim (schema 10): another hospital's copy of it is its own.
        seen = hq.db.one("SELECT sha256 FROM imports WHERE bundle_id = ? AND hospital_id = ?",
                         (m.bundle_id, m.hospital.id))
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
                validation = BackgroundValidation(snap.path, partial(check_rows, hq_path=hq.path,
                                                                     hospital_id=m.hospital.id, declared=m.counts),
                                                  cancelled=cancelled)
                try:
                    result.backup, result.counts = _checked_merge(hq, bundle=bundle, sha=sha, snap=snap,
                                                                  private=private, trust_new=result.trusted_now,
                                                                  actor=actor, validation=validation, report=report)
                except KeyboardInterrupt:
                    validation.stop()
                    raise
                except BaseException:
                    refused = validation.refusal()  # the validation's refusal first, as when it ran first
                    if refused is not None:
                        raise refused from None
                    raise
                prune(hq.db)  # HQ's pre-import copies are kept by the same age tiers as every backup
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
