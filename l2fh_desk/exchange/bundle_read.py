"""Reading a `.l2fh` bundle: members, sizes, paths, signature and checksum are verified before SQLite ever
opens the snapshot. Every refusal is one `BundleRefused(reason)`."""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from l2fh_desk.exchange import crypto
from l2fh_desk.exchange.keys import verify_signature
from l2fh_desk.exchange.manifest import (
    DATA_ENCRYPTED,
    DATA_PLAIN,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MEMBERS_ENCRYPTED,
    MEMBERS_PLAIN,
    SIGNATURE,
    BundleRefused,
    Manifest,
    parse_manifest,
)
from l2fh_desk.exchange.rows import MERGED
from l2fh_desk.store.db import SQLITE_MAGIC
from l2fh_desk.store.errors import StorageError, classify

CHUNK = 1 << 20
# zipfile, zlib and the OS raise these for damaged, truncated or hostile archives.
ARCHIVE_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError,
                  NotImplementedError, RuntimeError, KeyError)


@dataclass(frozen=True)
class Limits:
    bundle: int = 8 << 30      # the whole file
    manifest: int = 64 << 10
    data: int = 8 << 30        # the snapshot (plain or encrypted)
    ratio: int = 20            # how much a member may expand when inflated (the snapshot is stored: 1)
    base: int = 16 << 20       # the snapshot may be this size plus `per_row` for every row the manifest declares
    per_row: int = 16 << 10
    free_pages: int = 64       # free pages a snapshot may hold, beyond 2 % of its pages (VACUUM INTO leaves none)

    def snapshot_allowance(self, counts: dict[str, int]) -> int:
        return self.base + self.per_row * sum(max(0, n) for n in counts.values())


DEFAULT_LIMITS = Limits()
# The tables whose rows a manifest counts (bundle_write._describe): the merged ones, accounts and the audit trail.
COUNTED = frozenset({*(spec.name for spec in MERGED), "users", "audit_log"})
# Zip headers of the three members, the central directory and the (zip64) end records: a few hundred bytes.
ARCHIVE_SLACK = 4096


@dataclass
class OpenedBundle:
    path: Path
    zf: zipfile.ZipFile
    manifest_raw: bytes
    manifest: Manifest
    signer: bytes
    data_info: zipfile.ZipInfo

    def close(self) -> None:
        self.zf.close()


def _members(zf: zipfile.ZipFile, limits: Limits) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    for info in infos:
        name = info.filename
        if (name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/") or ":" in name
                or "\\" in name or "/" in name or "\x00" in name):
            raise BundleRefused(f"member path {name[:60]!r} points outside the archive")
    names = [info.filename for info in infos]
    if len(set(names)) != len(names):
        raise BundleRefused("the archive holds the same member twice")
    found = set(names)
    if found not in (MEMBERS_PLAIN, MEMBERS_ENCRYPTED):
        extra = sorted(found - (MEMBERS_PLAIN | MEMBERS_ENCRYPTED))
        if extra:
            raise BundleRefused(f"unexpected member {extra[0][:60]!r} in the archive")
        if {DATA_PLAIN, DATA_ENCRYPTED} <= found:
            raise BundleRefused("the archive holds both a plain and an encrypted snapshot")
        missing = sorted((MEMBERS_PLAIN if DATA_ENCRYPTED not in found else MEMBERS_ENCRYPTED) - found)
        raise BundleRefused(f"member {missing[0]} is missing from the archive")
    by_name = {info.filename: info for info in infos}
    for info in infos:
        if info.flag_bits & 0x1:
            raise BundleRefused(f"member {info.filename} is zip-encrypted (not an L2FH bundle)")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleRefused(f"member {info.filename} uses an unsupported compression")
        limit = {MANIFEST: limits.manifest, SIGNATURE: 64}.get(info.filename, limits.data)
        if info.file_size > limit:
            raise BundleRefused(f"member {info.filename} is {info.file_size} bytes, over the limit of {limit}")
        small = info.filename in (MANIFEST, SIGNATURE)  # bounded by their own small limits above
        if not small and info.file_size > limits.ratio * max(info.compress_size, 1) + 1024:
            raise BundleRefused(f"member {info.filename} expands {info.file_size // max(info.compress_size, 1)}"
                                f" times when unpacked (more than {limits.ratio}): refused as a zip bomb")
    if by_name[SIGNATURE].file_size != 64:
        raise BundleRefused("manifest.sig is not an Ed25519 signature (64 bytes)")
    return by_name


def _no_bytes_outside(path: Path, zf: zipfile.ZipFile, size: int) -> None:
    """The file is the archive and nothing else: its first member at byte 0, the end-of-archive record (with no
    comment) its last 22 bytes, and no more than `ARCHIVE_SLACK` bytes of headers beside the members' data. Bytes
    before, after or between the members would be signed by nothing yet change the file's SHA-256, by which HQ
    knows a bundle it imported before."""
    infos = zf.infolist()
    with path.open("rb") as handle:
        handle.seek(max(size - 22, 0))
        end = handle.read(22)
    if not end.startswith(b"PK\x05\x06") or end[-2:] != b"\x00\x00":
        raise BundleRefused("the file holds bytes after its zip archive (appended to, or not an L2FH bundle)")
    if min(info.header_offset for info in infos) != 0:
        raise BundleRefused("the file holds bytes before its zip archive (prefixed, or not an L2FH bundle)")
    if size - sum(info.compress_size for info in infos) > ARCHIVE_SLACK:
        raise BundleRefused("the file holds bytes between the members of its zip archive (not an L2FH bundle)")


def _read_small(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with zf.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise BundleRefused(f"member {info.filename} is over the limit of {limit} bytes")
    return data


def open_bundle(path: Path, *, limits: Limits = DEFAULT_LIMITS) -> OpenedBundle:
    """Structure, sizes, paths and the manifest signature; the snapshot is not read yet."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise BundleRefused(f"{path} does not exist") from exc
    if path.is_dir():
        raise BundleRefused(f"{path} is a folder, not a bundle")
    if size == 0:
        raise BundleRefused("the file is empty")
    if size > limits.bundle:
        raise BundleRefused(f"the file is {size} bytes, over the limit of {limits.bundle}")
    try:
        zf = zipfile.ZipFile(path)
    except ARCHIVE_ERRORS as exc:
        raise BundleRefused("not an L2FH bundle: the file is not a complete zip archive"
                            " (damaged, truncated or another kind of file)") from exc
    try:
        members = _members(zf, limits)
        _no_bytes_outside(path, zf, size)
        manifest_raw = _read_small(zf, members[MANIFEST], limits.manifest)
        signature = _read_small(zf, members[SIGNATURE], 64)
        signer, manifest = _check_signed(manifest_raw, signature)
        data_info = members.get(manifest.data.member)
        if data_info is None:
            raise BundleRefused(f"the manifest names {manifest.data.member}, which the archive does not hold")
        if data_info.file_size != manifest.data.size:
            raise BundleRefused("the snapshot's size does not match the manifest")
        unknown = sorted(set(manifest.counts) - COUNTED)
        if unknown:  # a count naming no table would only widen the snapshot's allowance below
            raise BundleRefused(f"the manifest counts rows of {unknown[0][:40]!r}, which is not a table a bundle"
                                " carries")
        allowance = limits.snapshot_allowance(manifest.counts)
        if manifest.data.size > allowance:
            raise BundleRefused(f"the snapshot is {manifest.data.size} bytes, more than {allowance} for the"
                                f" {sum(manifest.counts.values())} rows the manifest declares")
        return OpenedBundle(path, zf, manifest_raw, manifest, signer, data_info)
    except BundleRefused:
        zf.close()
        raise
    except ARCHIVE_ERRORS as exc:
        zf.close()
        raise BundleRefused(f"the archive is damaged ({type(exc).__name__})") from exc


def _check_signed(manifest_raw: bytes, signature: bytes) -> tuple[bytes, Manifest]:
    try:
        loose = json.loads(manifest_raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BundleRefused("manifest.json is not valid JSON") from exc
    if not isinstance(loose, dict):
        raise BundleRefused("manifest.json is not a JSON object")
    if loose.get("format") != FORMAT or loose.get("format_version") != FORMAT_VERSION:
        raise BundleRefused(f"unknown bundle format {str(loose.get('format'))[:30]!r} version"
                            f" {str(loose.get('format_version'))[:10]} (this app reads {FORMAT} {FORMAT_VERSION})")
    try:
        signer = base64.b64decode(str(loose.get("signer_public_key", "")), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise BundleRefused("the manifest's signer key is not valid base64") from exc
    if len(signer) != 32:
        raise BundleRefused("the manifest has no valid Ed25519 signer key")
    if not verify_signature(signer, signature, manifest_raw):
        raise BundleRefused("bad signature: manifest.json was altered or not signed by the key it names")
    return signer, parse_manifest(manifest_raw)


class HeaderGate:
    """A sink for the plain snapshot that checks the SQLite header of the first bytes before passing anything
    on: the size the header declares (pages x page size) must be `exact` (or at most `at_most`) and the free
    pages few; then no byte beyond that size is written. So a signed snapshot padded with zero or free pages is
    refused after at most one chunk reached the disk."""

    def __init__(self, write: Callable[[bytes], object], *, limits: Limits, exact: int | None = None,
                 at_most: int | None = None) -> None:
        self._write = write
        self._limits = limits
        self._exact, self._at_most = exact, at_most
        self._head = b""
        self.expected: int | None = None
        self.written = 0

    def _check(self, header: bytes) -> int:
        if not header.startswith(SQLITE_MAGIC):
            raise BundleRefused("the snapshot is not an SQLite database")
        page = int.from_bytes(header[16:18], "big")
        page = 65536 if page == 1 else page
        pages = int.from_bytes(header[28:32], "big")
        if page < 512 or page & (page - 1) or header[24:28] != header[92:96] or pages == 0:
            raise BundleRefused("the snapshot's header does not declare its size (not written by L2FH Desk)")
        size = page * pages
        if self._exact is not None and size != self._exact:
            raise BundleRefused(f"the snapshot's header declares {size} bytes but the member holds {self._exact}:"
                                " trailing bytes are refused")
        if self._at_most is not None and size > self._at_most:
            raise BundleRefused("the snapshot's header declares more bytes than the bundle carries")
        free = int.from_bytes(header[36:40], "big")
        if free > self._limits.free_pages + pages // 50:
            raise BundleRefused(f"the snapshot holds {free} free pages of {pages} (padding): refused")
        return size

    def __call__(self, chunk: bytes) -> None:
        if self.expected is None:
            self._head += chunk
            if len(self._head) < 100:
                return
            self.expected = self._check(self._head[:100])
            chunk, self._head = self._head, b""
        self.written += len(chunk)
        if self.written > self.expected:
            raise BundleRefused("the snapshot holds bytes beyond the size its header declares: refused")
        self._write(chunk)

    def close(self) -> None:
        if self.expected is None or self.written != self.expected:
            raise BundleRefused("the snapshot is shorter than its header declares (truncated)")


def _pump(source: IO[bytes], sink: Any, digest: hashlib._Hash, limit: int) -> int:
    total = 0
    while chunk := source.read(CHUNK):
        total += len(chunk)
        if total > limit:
            raise BundleRefused(f"the snapshot is over the limit of {limit} bytes")
        digest.update(chunk)
        if sink is not None:
            sink.write(chunk)
    return total


class _Writer:
    def __init__(self, write: Callable[[bytes], None]) -> None:
        self.write = write


class _HqDisk:
    """The file a snapshot is extracted to, on HQ's own disk, unbuffered: a failed write there (a full disk)
    is HQ's StorageError, never taken for a damaged bundle (reading the archive raises OSError too)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> _HqDisk:
        try:
            self.handle = self.path.open("wb", buffering=0)
        except OSError as exc:
            raise classify(exc) or exc from exc
        return self

    def write(self, data: bytes) -> None:
        try:
            self.handle.write(data)
        except OSError as exc:
            raise classify(exc) or exc from exc

    def __exit__(self, *exc: object) -> None:
        self.handle.close()


def extract_data(bundle: OpenedBundle, dest: Path, *, hq_private: X25519PrivateKey | None,
                 limits: Limits = DEFAULT_LIMITS) -> Path:
    """Write the snapshot to `dest` (decrypted when needed) once its SHA-256 matches the signed manifest."""
    info = bundle.manifest.data
    if info.encrypted and hq_private is None:
        raise BundleRefused("the bundle is encrypted for HQ, but no HQ key was found (make one with"
                            " `l2fh-desk keys --hq-init --db HQ.db` or pass --hq-key)")
    digest = hashlib.sha256()
    staged = dest.with_name(dest.name + ".enc") if info.encrypted else dest
    try:
        with bundle.zf.open(bundle.data_info) as source, _HqDisk(staged) as sink:
            if info.encrypted:
                _pump(source, sink, digest, min(limits.data, info.size))
            else:
                gate = HeaderGate(sink.write, limits=limits, exact=info.size)
                _pump(source, _Writer(gate), digest, min(limits.data, info.size))
                gate.close()
    except (BundleRefused, StorageError):
        staged.unlink(missing_ok=True)
        raise
    except ARCHIVE_ERRORS as exc:
        raise BundleRefused(f"the snapshot member is damaged or truncated ({type(exc).__name__})") from exc
    if digest.hexdigest() != info.sha256:
        raise BundleRefused("checksum mismatch: the snapshot is not the one the manifest was signed for")
    if not info.encrypted:
        return dest
    assert hq_private is not None
    try:
        with staged.open("rb") as source, _HqDisk(dest) as sink:
            gate = HeaderGate(sink.write, limits=limits, at_most=info.size)
            crypto.decrypt_stream(source, gate, hq_private)
            gate.close()
    except (BundleRefused, StorageError):
        dest.unlink(missing_ok=True)
        raise
    except crypto.DecryptionFailed as exc:
        raise BundleRefused(f"cannot decrypt the snapshot: {exc}") from exc
    finally:
        staged.unlink(missing_ok=True)
    return dest


def _stored_range(path: Path, info: zipfile.ZipInfo) -> tuple[int, int]:
    """Where a stored (uncompressed) member's bytes sit in the file, from its local header."""
    with path.open("rb") as handle:
        handle.seek(info.header_offset)
        header = handle.read(30)
    if len(header) != 30 or header[:4] != b"PK\x03\x04":
        raise BundleRefused("the snapshot member's local header is damaged")
    start = info.header_offset + 30 + int.from_bytes(header[26:28], "little") + int.from_bytes(header[28:30], "little")
    return start, start + info.compress_size


def verify_file(path: Path, *, signer: bytes, manifest: Manifest, limits: Limits = DEFAULT_LIMITS) -> str:
    """Read a just-written bundle back: same signed manifest, same signer, snapshot checksum matches.

    Returns the SHA-256 of the whole file, computed in the same single pass over the disk.
    """
    bundle = open_bundle(path, limits=limits)
    try:
        if bundle.signer != signer or bundle.manifest != manifest:
            raise BundleRefused("the manifest read back differs from the one written")
        if bundle.data_info.compress_type != zipfile.ZIP_STORED:
            raise BundleRefused("the snapshot member was not stored as written")
        start, end = _stored_range(path, bundle.data_info)
    finally:
        bundle.close()
    whole, data = hashlib.sha256(), hashlib.sha256()
    position = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            whole.update(chunk)
            low, high = max(start - position, 0), min(end - position, len(chunk))
            if low < high:
                data.update(chunk[low:high])
            position += len(chunk)
    if data.hexdigest() != manifest.data.sha256:
        raise BundleRefused("checksum mismatch on read-back")
    return whole.hexdigest()
