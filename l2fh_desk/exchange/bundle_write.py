"""Export: a consistent, scrubbed snapshot of the live database, signed, optionally encrypted to HQ, as `.l2fh`."""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import time
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, BinaryIO

from l2fh_desk import __version__
from l2fh_desk.domain import progress
from l2fh_desk.domain.errors import KnownError
from l2fh_desk.domain.ids import iso, utc_now
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.exchange import checked, crypto, history
from l2fh_desk.exchange.anonymity import DAY, DEFAULT_K
from l2fh_desk.exchange.bundle_read import verify_file
from l2fh_desk.exchange.keys import (
    KeyProblem,
    SigningKey,
    b64,
    fingerprint,
    installation_key,
    parse_hq_public,
)
from l2fh_desk.exchange.manifest import (
    DATA_ENCRYPTED,
    DATA_PLAIN,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    SIGNATURE,
    BundleRefused,
    DataInfo,
    HospitalInfo,
    Manifest,
    Pseudonymisation,
    RotationInfo,
    SignedHead,
)
from l2fh_desk.exchange.pseudonymise import SCHEME, key_fingerprint, pseudonym_key, pseudonymise_snapshot
from l2fh_desk.exchange.row_rules import hq_would_refuse, refusal_among
from l2fh_desk.exchange.rows import MERGED, NOT_MERGED
from l2fh_desk.store import atrest, audit, heads, seal
from l2fh_desk.store.backup import pin_before_export
from l2fh_desk.store.connect import connect, export_copy, plain
from l2fh_desk.store.driver import sqlite3
from l2fh_desk.store.errors import StorageProblem, classify
from l2fh_desk.store.files import atomic_file
from l2fh_desk.store.store import Store

Progress = Callable[[float, str], None]
HQ_KEY_SETTING = "hq_public_key"
COPY_CHUNK = 1 << 20


class ExportError(KnownError):
    """The export stopped; nothing was written at the destination."""


class ExportCancelled(ExportError, progress.Cancelled):
    """The user cancelled the export."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    bundle_id: str
    sha256: str  # of the whole .l2fh file
    size: int
    encrypted: bool
    recipient_fingerprint: str | None
    signer_fingerprint: str
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    pseudonymisation: Pseudonymisation | None = None
    rows_checked: int = 0  # records and audit rows HQ's row rules checked (only those changed since the last export)


def configured_hq_key(store: Store) -> bytes | None:
    """HQ's public key from settings (exports are then encrypted by default); a bad value stops the export."""
    value = store.app_settings.stored(HQ_KEY_SETTING)
    if value in (None, ""):
        return None
    try:
        return parse_hq_public(str(value))
    except KeyProblem as exc:
        raise invalid_hq_key(str(exc)) from exc


def invalid_hq_key(problem: str) -> ExportError:
    """The refusal when the HQ key in settings is not valid (the export page says it before any export)."""
    return ExportError(f"the HQ public key in settings is not valid ({problem}); nothing was exported")


def _snapshot(db_path: Path, target: Path, hospital_id: str = "") -> tuple[str, checked.Plan]:
    """A consistent copy taken through a separate read-only connection, so the app's own connection and
    writers carry on (WAL). VACUUM INTO rebuilds the pages, so free pages and stale cell bytes of the live
    file (old password hashes, discarded drafts) are not carried over; the scrub then zeroes what it deletes."""
    source = connect(db_path, mode="ro")  # the live database: opened as the installation opens it
    try:
        source.execute("PRAGMA busy_timeout = 5000")
        # The copy is a temporary in a private folder, re-read at once and removed; only the finished bundle
        # must survive a power cut (it is fsynced before it is renamed into place), so no fsyncs here.
        source.execute("PRAGMA synchronous = OFF")
        if atrest.key_for(db_path) is None:
            source.execute("VACUUM INTO ?", (str(target),))
        else:  # from an encrypted database VACUUM INTO would write a copy under the same key: a plain copy
            export_copy(source, target, key=None)
    finally:
        source.close()
    audit_key = seal.read_key(db_path)
    history.require_intact(target, audit_key)  # a tampered history is never exported
    _require_signed_heads(target, db_path)
    snap = plain(target, mode="ro")
    try:  # what HQ's row rules must check again: the seals just verified say which records changed
        sealed = audit_key is not None and seal.has_keying(snap)
        planned = checked.plan(snap, hospital_id=hospital_id, sealed=sealed) if hospital_id else checked.EVERYTHING
    finally:
        snap.close()
    snap = plain(target, mode="rw")  # the copy leaves the installation: never keyed
    try:
        snap.execute("PRAGMA journal_mode=DELETE")
        snap.execute("PRAGMA synchronous=OFF")  # the same temporary copy: a crash discards it anyway
        snap.execute("PRAGMA secure_delete=ON")
        snap.execute("BEGIN IMMEDIATE")
        snap.execute("UPDATE users SET password_hash = ''")
        found = snap.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        history.unkey_snapshot(snap)
        present = {row[0] for row in snap.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table in NOT_MERGED:
            if table != "users" and table in present:  # an older schema lacks the HQ tables
                snap.execute(f"DELETE FROM {table}")
        snap.execute("COMMIT")
        snap.execute("VACUUM")  # the scrub freed pages; HQ refuses a snapshot padded with free pages
    finally:
        snap.close()
    return (str(found[0]) if found else audit.GENESIS), planned  # the live (keyed) head, before the re-hash


def _require_signed_heads(snapshot: Path, db_path: Path) -> None:
    """Every signed chain head of the snapshot verifies against its trail (store/heads.py), else nothing leaves."""
    publics = heads.public_keys(db_path)
    conn = plain(snapshot, mode="ro")
    try:
        if not heads.has_heads(conn) or not publics:
            return
        problem, _note = heads.verify(conn, publics, strict=False)  # as the keyed chain (history.require_intact)
    finally:
        conn.close()
    if problem:
        raise history.HistoryProblem(problem)


def _signed_head(snap_path: Path, key: SigningKey, hospital_id: str, head: str) -> SignedHead:
    """The bundle's own signed head: its trail's newest row, as the bundle carries it."""
    conn = plain(snap_path, mode="ro")
    try:
        seq = int(conn.execute("SELECT coalesce(max(seq), 0) FROM audit_log").fetchone()[0])
    finally:
        conn.close()
    signed_at = iso(utc_now())
    signature = key.sign(heads.bundle_payload(hospital_id, seq, head, signed_at))
    return SignedHead(seq=seq, hash=head, signed_at=signed_at, signature=b64(signature))


def _pseudonymise(store: Store, snap: Path, source_head: str, *, k: int = DEFAULT_K,
                  grain: str = DAY) -> Pseudonymisation:
    """Replace names, index numbers and free text in the snapshot; the report goes into the manifest."""
    try:
        key = pseudonym_key(store.path)
    except ValueError as exc:
        raise ExportError(f"{exc}; nothing was exported") from exc
    changes, anonymity = pseudonymise_snapshot(snap, key, k=k, grain=grain)
    return Pseudonymisation.model_validate({"scheme": SCHEME, "key_fingerprint": key_fingerprint(key),
                                            "source_audit_head": source_head,
                                            "changes": changes, "time_grain": grain,
                                            "k_anonymity": anonymity or None})


def _plain_failure(exc: BaseException, *, where: Path, stage: str) -> str:
    """What went wrong and what to do, in the words of an export (not of a save)."""
    known = classify(exc)
    what = {"bundle": "the bundle", "key": "the signing key beside the database"}.get(
        stage, "the temporary snapshot beside the database")
    if known is not None and known.problem == StorageProblem.DISK_FULL:
        return (f"export failed: the disk at {where} is full while writing {what}; nothing was exported."
                " Free some space or choose another drive, then export again.")
    if known is not None and known.problem == StorageProblem.READ_ONLY:
        return (f"export failed: {where} cannot be written (read-only drive or folder); nothing was exported."
                " Choose a writable folder or unlock the drive, then export again.")
    if known is not None and known.problem == StorageProblem.IO_ERROR:
        return (f"export failed: the disk at {where} reported an input/output error while writing {what};"
                " nothing was exported. Check the drive or choose another one, then export again.")
    return f"export failed: {known or exc}; nothing was exported"


def _row_refusal(snap_path: Path, hospital_id: str, planned: checked.Plan) -> tuple[str | None, int]:
    """HQ's row rules on the snapshot as it will travel (exchange/row_rules.py): the first record HQ would refuse
    among those `planned` (exchange/checked.py), and how many records and audit rows were checked."""
    conn = plain(snap_path, mode="ro")
    try:
        return refusal_among(conn, hospital_id=hospital_id, only=planned.only, after_seq=planned.after_seq)
    finally:
        conn.close()


def _describe(snap_path: Path, hospital_id: str) -> tuple[HospitalInfo, list[RotationInfo], dict[str, int], str, int]:
    conn = plain(snap_path, mode="ro")
    try:
        row = conn.execute("SELECT id, name, mission, location FROM hospitals WHERE id = ?", (hospital_id,)).fetchone()
        if row is None:
            raise ExportError("this database has no hospital record; set up the hospital first")
        # The manifest describes; the snapshot's row holds the whole text. A name longer than the manifest
        # allows (500 characters) is cut there rather than stopping the export.
        hospital = HospitalInfo(id=row[0], name=row[1][:500], mission=row[2][:500], location=row[3][:500])
        rotations = [RotationInfo(id=r[0], number=r[1], start_date=r[2], end_date=r[3]) for r in conn.execute(
            "SELECT id, number, start_date, end_date FROM rotations WHERE hospital_id = ? AND voided_at IS NULL"
            " ORDER BY number", (hospital_id,))]
        counts = {t: int(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                  for t in (*(s.name for s in MERGED), "users", "audit_log")}
        head = conn.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        return hospital, rotations, counts, (head[0] if head else audit.GENESIS), version
    finally:
        conn.close()


def _write_data(zf: zipfile.ZipFile, *, member: str, source: BinaryIO, stamp: tuple[int, ...],
                hq_public_key: bytes | None) -> tuple[str, int]:
    info = zipfile.ZipInfo(member, date_time=stamp[:6])  # type: ignore[arg-type]
    info.compress_type = zipfile.ZIP_STORED  # SQLite pages barely compress fast enough to be worth it
    digest = hashlib.sha256()
    size = 0
    with zf.open(info, "w", force_zip64=True) as sink:
        def write(chunk: bytes) -> None:
            nonlocal size
            digest.update(chunk)
            size += len(chunk)
            sink.write(chunk)

        if hq_public_key is not None:
            crypto.encrypt_stream(source, write, hq_public_key)
        else:
            while chunk := source.read(COPY_CHUNK):
                write(chunk)
    return digest.hexdigest(), size


def export_bundle(store: Store, *, out: Path, actor: Actor, hq_public_key: bytes | None,
                  progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                  pseudonymise: bool = False, k: int = DEFAULT_K, time_grain: str = DAY) -> ExportResult:
    """Write a signed bundle of `store` to `out`; usable from a worker thread (it opens its own connections).

    With `hq_public_key` the snapshot is encrypted to HQ; if that fails the export stops, never falls back.
    With `pseudonymise` names, index numbers and free text are removed or replaced by keyed hashes
    (exchange/pseudonymise.py), every time cut to the `time_grain` ("day" or "week") and the patients'
    quasi-identifiers generalised to `k`-anonymity (exchange/anonymity.py); the manifest says what was changed.
    """
    actor.require(Action.EXPORT_DATA)
    started = time.perf_counter()
    report = progress or (lambda _f, _m: None)

    def step(fraction: float, message: str) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled("export cancelled; nothing was written")
        report(fraction, message)

    if not store.origin:
        raise ExportError("this database has no hospital yet; set up the hospital before exporting")
    if hq_public_key is not None:
        try:
            parse_hq_public(b64(hq_public_key))
        except KeyProblem as exc:
            raise ExportError(f"cannot encrypt to that HQ key ({exc}); nothing was exported") from exc
    out = Path(out)
    if out.is_dir():
        raise ExportError(f"{out} is a folder; give a file name ending in .l2fh")
    try:
        key, _made = installation_key(store.path)
    except OSError as exc:
        raise ExportError(_plain_failure(exc, where=store.path.parent, stage="key")) from exc
    bundle_id = str(uuid.uuid4())
    # The plain snapshot stays on the laptop's own disk beside the database, never on the (often removable)
    # destination, even for a moment.
    try:
        workdir = Path(tempfile.mkdtemp(prefix=".l2fh-export-", dir=store.path.parent))
    except OSError as exc:
        raise ExportError(_plain_failure(exc, where=store.path.parent, stage="snapshot")) from exc
    stage = "snapshot"
    try:
        step(0.05, "Taking a consistent snapshot")
        snap = workdir / DATA_PLAIN
        heads.sign(store.db, "export")  # the live chain's head, signed before the snapshot is taken
        source_head, planned = _snapshot(store.path, snap, store.origin)
        pseudonymisation = None
        if pseudonymise:  # the rules then judge the replaced values, which depend on other records: check all
            planned = checked.EVERYTHING
            step(0.2, "Pseudonymising")
            pseudonymisation = _pseudonymise(store, snap, source_head, k=k, grain=time_grain)
        hospital, rotations, counts, head, version = _describe(snap, store.origin)
        step(0.3, "Checking every record as HQ will")
        refused, rows_checked = _row_refusal(snap, store.origin, planned)
        if refused is not None:
            raise ExportError(f"{hq_would_refuse(refused)}; correct that record, nothing was exported")
        signed_head = _signed_head(snap, key, hospital.id, head)
        step(0.4, "Encrypting and signing" if hq_public_key else "Signing")
        stage = "bundle"
        with atomic_file(out) as raw_file:  # complete under its name, or nothing there
            manifest = _write_zip(raw_file, snap=snap, key=key, bundle_id=bundle_id, hospital=hospital,
                                  rotations=rotations, counts=counts, head=head, version=version,
                                  hq_public_key=hq_public_key, pseudonymisation=pseudonymisation,
                                  signed_head=signed_head)
            step(0.8, "Checking the written file")
    except history.HistoryProblem as exc:
        raise ExportError(f"export refused: {exc}; run check, nothing was exported") from exc
    except (OSError, sqlite3.Error) as exc:
        where = out.parent if stage == "bundle" else store.path.parent
        raise ExportError(_plain_failure(exc, where=where, stage=stage)) from exc
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    try:
        digest = verify_file(out, signer=key.public_raw, manifest=manifest)
    except BundleRefused as exc:
        out.unlink(missing_ok=True)
        raise ExportError(f"the written bundle did not verify ({exc.reason}); it was removed") from exc
    result = ExportResult(path=out, bundle_id=bundle_id, sha256=digest, size=out.stat().st_size,
                          encrypted=hq_public_key is not None,
                          recipient_fingerprint=fingerprint(hq_public_key) if hq_public_key else None,
                          signer_fingerprint=key.fingerprint, counts=counts,
                          seconds=time.perf_counter() - started, pseudonymisation=pseudonymisation,
                          rows_checked=rows_checked)
    with store.db.atomic():
        audit.append(store.db, actor=actor, origin=store.origin, action="export", table="",
                     record_id=bundle_id, after={"file": out.name, "sha256": digest, "encrypted": result.encrypted,
                                                 "recipient": result.recipient_fingerprint, "counts": counts,
                                                 "pseudonymised": pseudonymise, "audit_head": manifest.audit_head})
        checked.remember(store.db, planned)  # what passed need not be checked at the next export
    pin_before_export(store.path)  # the last backup before each export is kept (store/retention.py)
    report(1.0, "Export written")
    return result


def _write_zip(raw_file: IO[bytes], *, snap: Path, key: SigningKey, bundle_id: str, hospital: HospitalInfo,
               rotations: list[RotationInfo], counts: dict[str, int], head: str, version: int,
               hq_public_key: bytes | None, pseudonymisation: Pseudonymisation | None = None,
               signed_head: SignedHead | None = None) -> Manifest:
    now = utc_now()
    stamp = (now.year, now.month, now.day, now.hour, now.minute, now.second)
    member = DATA_ENCRYPTED if hq_public_key else DATA_PLAIN
    with zipfile.ZipFile(raw_file, "w", allowZip64=True) as zf, snap.open("rb") as source:
        data_sha, data_size = _write_data(zf, member=member, source=source, stamp=stamp,
                                          hq_public_key=hq_public_key)
        manifest = Manifest(
            format=FORMAT, format_version=FORMAT_VERSION, bundle_id=bundle_id, schema_version=version,
            app_version=__version__, created_at=iso(now), hospital=hospital, rotations=rotations,
            counts=counts, signer_public_key=key.public_b64, audit_head=head, pseudonymised=pseudonymisation,
            signed_head=signed_head,
            data=DataInfo(member=member, sha256=data_sha, size=data_size, encrypted=hq_public_key is not None,
                          scheme=crypto.SCHEME if hq_public_key else None,
                          recipient_fingerprint=fingerprint(hq_public_key) if hq_public_key else None),
        )
        raw = manifest.to_bytes()
        for name, payload in ((MANIFEST, raw), (SIGNATURE, key.sign(raw))):
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, payload)
    return manifest
