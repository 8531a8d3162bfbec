"""Encryption at rest: which installation is encrypted, its data key once unlocked, and its secret files.

An encrypted installation has a key slots file `<db>.keyslots` beside its database (security/keyslots.py);
its database, WAL and every backup are SQLCipher files keyed with one random 256-bit data key. Once a sign-in
has unwrapped the data key it is held here, in this process only, for the installation's files:
`store/connect.py:_prepare()` asks `key_for(path)` and applies it (the live file, its backups in `backups/`,
the copies a migration, an import or a restore make beside it: every name that starts with the database's).

The installation's secret files (the signing key `<db>.key`, the pseudonym key) are AES-256-GCM files under a
key derived from the data key (`write_secret` / `read_secret`); in a plain installation they stay as before.
They are files, not rows of the encrypted database, because export snapshots are copies of that database
(a row would have to be left out of every copy) and because `check` reads the audit key before it opens a file.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from l2fh_desk.store.files import atomic_file

KEY_BYTES = 32
SLOTS_SUFFIX = ".keyslots"
SECRET_MAGIC = b"L2FH-SECRET-1\n"
_keys: dict[Path, bytes] = {}  # resolved live database path -> its data key
_guard = threading.Lock()


class Locked(Exception):
    """An encrypted installation's secret is needed before anyone signed in (or it is damaged)."""


def slots_path(db_path: Path | str) -> Path:
    path = Path(db_path)
    return path.with_name(path.name + SLOTS_SUFFIX)


def is_encrypted(db_path: Path | str) -> bool:
    """Whether the file belongs to an encrypted installation (its key slots file is beside it)."""
    return slots_path(db_path).is_file()


def _resolved(path: Path | str) -> Path:
    try:
        return Path(path).resolve()
    except OSError:
        return Path(os.path.abspath(path))


def keep_slots_with(db_path: Path | str, copy: Path | str) -> None:
    """A copy of an encrypted database (a backup, the file a restore kept aside) gets a copy of the key slots
    file of its time: without it the copy cannot be opened; restoring it brings the accounts it holds."""
    slots = slots_path(db_path)
    if slots.is_file():
        with atomic_file(slots_path(copy)) as handle:
            handle.write(slots.read_bytes())


def same_slots(db_path: Path | str, other: Path | str) -> bool:
    """Whether two encrypted files hold the same key slots (who can open them, with which password); the
    counts of wrong passwords are not compared. A slots file that cannot be read is not the same."""
    def slots(path: Path | str) -> object:
        try:
            return json.loads(slots_path(path).read_text(encoding="utf-8")).get("slots")
        except (OSError, ValueError, AttributeError):
            return None

    mine = slots(db_path)
    return mine is not None and mine == slots(other)


def unlock(db_path: Path | str, data_key: bytes) -> None:
    """Hold the data key of this installation for the rest of the process (or until `forget`)."""
    if len(data_key) != KEY_BYTES:
        raise ValueError("a data key is 32 bytes")
    with _guard:
        _keys[_resolved(db_path)] = bytes(data_key)


def forget(db_path: Path | str) -> None:
    with _guard:
        _keys.pop(_resolved(db_path), None)


def _belongs(path: Path, db: Path) -> bool:
    if path.parent not in (db.parent, db.parent / "backups"):
        return False
    name = path.name.lstrip(".")  # temporary copies are hidden names (`.<db>.pre-import-…`)
    return name == db.name or name.startswith((db.name + ".", db.name + "-"))


def key_for(path: Path | str) -> bytes | None:
    """The data key for a file of an unlocked installation: the live database or a copy named after it
    beside it or in its `backups/`; a backup carried elsewhere with its slots file when exactly one
    installation is unlocked (restore from a USB stick). None: open it as a plain file."""
    target = _resolved(path)
    with _guard:
        held = dict(_keys)
    for db, key in held.items():
        if target == db or _belongs(target, db):
            return key
    if len(held) == 1 and is_encrypted(target):
        return next(iter(held.values()))
    return None


def pragma_key(key: bytes) -> str:
    """The statement that keys a connection with a raw 256-bit key (no passphrase KDF: the key is random)."""
    return f"PRAGMA key = \"x'{key.hex()}'\""


# --- secret files under the data key ------------------------------------------------------------------
def _file_key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"l2fh-desk secret files v1").derive(data_key)


def write_secret(path: Path, content: bytes, *, replace: bool = False) -> None:
    """Write a key file owner-only and atomically; encrypted when its installation is (never overwritten
    unless `replace`: losing a key silently would orphan old exports)."""
    key = key_for(path)
    if key is None and is_encrypted(_owner_guess(path)):
        raise Locked(f"{path.name} belongs to an encrypted database: sign in first")
    if key is not None:
        nonce = os.urandom(12)
        content = SECRET_MAGIC + nonce + AESGCM(_file_key(key)).encrypt(nonce, content, SECRET_MAGIC)
    with atomic_file(path, replace=replace, private=True) as handle:
        handle.write(content)


def read_secret(path: Path) -> bytes:
    """A key file's content (decrypted when it is an encrypted one). OSError when it cannot be read, Locked when
    its installation is not unlocked or the file does not open with its key."""
    data = Path(path).read_bytes()
    if not data.startswith(SECRET_MAGIC):
        return data
    key = key_for(path)
    if key is None:
        raise Locked(f"{Path(path).name} is encrypted: sign in first")
    body = data[len(SECRET_MAGIC):]
    try:
        return AESGCM(_file_key(key)).decrypt(body[:12], body[12:], SECRET_MAGIC)
    except (InvalidTag, ValueError) as exc:
        raise Locked(f"{Path(path).name} does not open with this database's key (damaged or another's)") from exc


def is_secret_file(path: Path) -> bool:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(SECRET_MAGIC)) == SECRET_MAGIC
    except OSError:
        return False


def _owner_guess(path: Path) -> Path:
    """The database a key file `<db>.key` or `<db>.pseudonym.key` belongs to."""
    name = Path(path).name
    for suffix in (".pseudonym.key", ".key"):
        if name.endswith(suffix):
            return Path(path).with_name(name[:-len(suffix)])
    return Path(path).with_suffix("")
