"""Keys: each installation's Ed25519 signing key beside its database, and HQ's X25519 key pair."""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from l2fh_desk.domain.errors import KnownError
from l2fh_desk.store import atrest
from l2fh_desk.store.files import atomic_file

SIGNING_SUFFIX = ".key"
HQ_PRIVATE_SUFFIX = ".hq.key"
HQ_PUBLIC_SUFFIX = ".hq.pub"
HQ_PUBLIC_TAG = "l2fh-hq-x25519"


class KeyProblem(KnownError):
    """A key file is missing, unreadable or not the kind of key expected."""


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def unb64(text: str, *, size: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise KeyProblem(f"{what} is not valid base64") from exc
    if len(raw) != size:
        raise KeyProblem(f"{what} must be {size} bytes, not {len(raw)}")
    return raw


def fingerprint(public_raw: bytes) -> str:
    """SHA-256 of the raw public key as 16 groups of 4 hex digits, to read out by phone or letter."""
    digest = hashlib.sha256(public_raw).hexdigest().upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _write_private(path: Path, pem: bytes) -> None:
    """Created owner-only (0600) and never overwritten: losing a key silently would orphan old exports.
    Beside an encrypted database it is encrypted under the data key (store/atrest.py)."""
    try:
        atrest.write_secret(path, pem)  # atomic: never a 0-byte key, even on a full disk
    except atrest.Locked as exc:
        raise KeyProblem(str(exc)) from exc


def _pem(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _load_private(path: Path) -> object:
    try:
        data = atrest.read_secret(path)
    except atrest.Locked as exc:
        raise KeyProblem(f"the key file {path}: {exc}") from exc
    except FileNotFoundError as exc:
        raise KeyProblem(f"the key file {path} does not exist") from exc
    except OSError as exc:
        raise KeyProblem(f"the key file {path} cannot be read ({exc.strerror})") from exc
    try:
        return serialization.load_pem_private_key(data, password=None)
    except (ValueError, TypeError) as exc:
        raise KeyProblem(f"the key file {path} is damaged or not a private key") from exc


# --- the installation's signing key -------------------------------------------------------------------
@dataclass(frozen=True)
class SigningKey:
    private: Ed25519PrivateKey
    path: Path

    @property
    def public_raw(self) -> bytes:
        return _raw_public(self.private.public_key())

    @property
    def public_b64(self) -> str:
        return b64(self.public_raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_raw)

    def sign(self, data: bytes) -> bytes:
        return self.private.sign(data)


def signing_key_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SIGNING_SUFFIX)


def load_signing_key(db_path: Path) -> SigningKey:
    path = signing_key_path(db_path)
    key = _load_private(path)
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem(f"the key file {path} is not an Ed25519 signing key")
    return SigningKey(key, path)


def installation_key(db_path: Path) -> tuple[SigningKey, bool]:
    """This installation's signing key, made on first use; returns (key, made_now)."""
    path = signing_key_path(db_path)
    if path.exists():
        return load_signing_key(db_path), False
    _write_private(path, _pem(Ed25519PrivateKey.generate()))
    return load_signing_key(db_path), True


def verify_signature(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        Ed25519PublicKey.from_public_bytes(public_raw).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


# --- HQ's encryption key pair -------------------------------------------------------------------------
def hq_key_paths(hq_db: Path) -> tuple[Path, Path]:
    return hq_db.with_name(hq_db.name + HQ_PRIVATE_SUFFIX), hq_db.with_name(hq_db.name + HQ_PUBLIC_SUFFIX)


def hq_public_text(public_raw: bytes) -> str:
    return f"{HQ_PUBLIC_TAG} {b64(public_raw)}\n"


def init_hq_keys(hq_db: Path) -> tuple[bytes, Path, Path]:
    """Make HQ's X25519 pair beside its database: private 0600, public as a one-line text file to hand out."""
    private_path, public_path = hq_key_paths(hq_db)
    if private_path.exists():
        raise KeyProblem(f"an HQ key already exists at {private_path}; it is never replaced"
                         " (hospitals encrypt to it)")
    key = X25519PrivateKey.generate()
    _write_private(private_path, _pem(key))
    public_raw = _raw_public(key.public_key())
    with atomic_file(public_path, text=True, encoding="ascii") as handle:
        handle.write(hq_public_text(public_raw))
    return public_raw, private_path, public_path


def load_hq_private(path: Path) -> X25519PrivateKey:
    key = _load_private(path)
    if not isinstance(key, X25519PrivateKey):
        raise KeyProblem(f"the key file {path} is not an HQ (X25519) key")
    return key


def parse_hq_public(text: str) -> bytes:
    """An HQ public key as written by `keys --hq-init` ('l2fh-hq-x25519 BASE64') or bare base64."""
    words = text.split()
    if len(words) == 2 and words[0] == HQ_PUBLIC_TAG:
        words = words[1:]
    if len(words) != 1:
        raise KeyProblem("an HQ public key is one line: 'l2fh-hq-x25519 <base64>'")
    raw = unb64(words[0], size=32, what="the HQ public key")
    try:
        X25519PublicKey.from_public_bytes(raw)
    except ValueError as exc:
        raise KeyProblem("the HQ public key is not an X25519 key") from exc
    return raw


def read_hq_public(path_or_text: str) -> bytes:
    """`--to` takes a file made by `keys --hq-init`, or the key itself."""
    path = Path(path_or_text)
    try:
        if path.is_file():
            return parse_hq_public(path.read_text(encoding="ascii", errors="replace"))
    except OSError as exc:
        raise KeyProblem(f"cannot read {path} ({exc.strerror})") from exc
    if "." in path_or_text or "\\" in path_or_text:  # a key has neither: this names a file that is not there
        raise KeyProblem(f"{path} does not exist (give the file `keys --hq-init` made, or the key itself)")
    return parse_hq_public(path_or_text)
