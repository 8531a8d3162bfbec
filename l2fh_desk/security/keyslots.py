"""Key slots of an encrypted database, like a disk-encryption header: one random data key, wrapped many times.

`<db>.keyslots` (JSON, owner-only, written atomically) sits beside the database and beside every backup of it:

- one `password` slot per active account: Argon2id of that account's password -> AES-256-GCM wrap of the data
  key, so staff keep their own passwords and a password change rewraps that one slot only;
- one `recovery` slot: a random 160-bit recovery key shown once to the commander (in groups, to print and keep
  in the safe); HKDF is enough for a random key;
- optionally one `hq` slot: the data key sealed to HQ's X25519 public key (ephemeral X25519 + HKDF + AES-GCM),
  so the ministry can open a hospital's file with HQ's private key.

Each wrap is authenticated with its slot's kind and owner as associated data, so a slot cannot be moved to
another account. Wrong passwords typed while the database is still locked are counted here (`failures`):
the database cannot be written before it is open; the next sign-in that opens it adds them to the account's
count in the database (security/sessions.py), and five of them lock the slot for `LOCK_MINUTES`.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from l2fh_desk.domain.errors import KnownError
from l2fh_desk.store.atrest import KEY_BYTES, slots_path
from l2fh_desk.store.files import atomic_file

FORMAT = "l2fh-keyslots"
VERSION = 1
# Argon2id: stronger than the password hash (security/passwords.py) because a stolen file can be attacked
# offline without any lockout: 64 MiB, 3 passes (about 0.2 s on a field laptop).
MEMORY_KIB = 64 * 1024
ITERATIONS = 3
LANES = 1
RECOVERY_BYTES = 20  # 160 bits: 32 characters of Crockford base32, 8 groups of 4
LOCK_AFTER = 5
LOCK_MINUTES = 15
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U


class SlotProblem(KnownError):
    """The key slots file is missing or damaged, or no slot opens with what was given."""


class SlotLocked(SlotProblem):
    """Too many wrong passwords for this account while the database was locked."""

    def __init__(self, until: datetime) -> None:
        self.until = until
        super().__init__(f"locked after {LOCK_AFTER} wrong passwords until {until:%H:%M} UTC")


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object) -> bytes:
    try:
        return base64.b64decode(str(text), validate=True)
    except ValueError as exc:
        raise SlotProblem("the key slots file is damaged") from exc


def account_name(username: str) -> str:
    """The name a slot is filed under: as sign-in folds it."""
    return username.strip().lower()[:64]


# --- the recovery key, as printed ---------------------------------------------------------------------
def new_recovery_key() -> str:
    number = int.from_bytes(secrets.token_bytes(RECOVERY_BYTES), "big")
    chars = "".join(_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(RECOVERY_BYTES * 8 // 5)))
    return "-".join(chars[i:i + 4] for i in range(0, len(chars), 4))


def _recovery_bytes(text: str) -> bytes:
    """What was typed (any case, with or without dashes or spaces; O read as 0, I and L as 1)."""
    folded = unicodedata.normalize("NFKC", text).upper().replace("O", "0").replace("I", "1").replace("L", "1")
    chars = [c for c in folded if c not in " -\t"]
    if len(chars) != RECOVERY_BYTES * 8 // 5 or any(c not in _ALPHABET for c in chars):
        raise SlotProblem(f"a recovery key is {RECOVERY_BYTES * 8 // 5} letters and digits in groups of 4")
    number = 0
    for c in chars:
        number = number * 32 + _ALPHABET.index(c)
    return number.to_bytes(RECOVERY_BYTES, "big")


# --- wrapping -----------------------------------------------------------------------------------------
def _aad(kind: str, owner: str) -> bytes:
    return f"l2fh-keyslot|{kind}|{owner}".encode()


def _seal(kek: bytes, data_key: bytes, kind: str, owner: str) -> dict[str, str]:
    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "wrapped": _b64(AESGCM(kek).encrypt(nonce, data_key, _aad(kind, owner)))}


def _open(kek: bytes, slot: dict[str, Any], kind: str, owner: str) -> bytes | None:
    try:
        key = AESGCM(kek).decrypt(_unb64(slot["nonce"]), _unb64(slot["wrapped"]), _aad(kind, owner))
    except (InvalidTag, KeyError, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


def _argon(password: str, salt: bytes, *, memory: int = MEMORY_KIB, iterations: int = ITERATIONS,
           lanes: int = LANES) -> bytes:
    return Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory).derive(
        password.encode("utf-8"))


def _hkdf(secret: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(secret)


def password_slot(data_key: bytes, username: str, password: str) -> dict[str, Any]:
    salt = os.urandom(16)
    owner = account_name(username)
    kek = _argon(password, salt)
    return {"kind": "password", "user": owner, "kdf": "argon2id", "m": MEMORY_KIB, "t": ITERATIONS, "p": LANES,
            "salt": _b64(salt), **_seal(kek, data_key, "password", owner)}


def recovery_slot(data_key: bytes, recovery_key: str) -> dict[str, Any]:
    salt = os.urandom(16)
    kek = _hkdf(_recovery_bytes(recovery_key), salt, b"l2fh-desk recovery slot v1")
    return {"kind": "recovery", "kdf": "hkdf-sha256", "salt": _b64(salt), **_seal(kek, data_key, "recovery", "")}


def hq_slot(data_key: bytes, hq_public_raw: bytes) -> dict[str, Any]:
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(hq_public_raw))
    epub = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    kek = _hkdf(shared, epub + hq_public_raw, b"l2fh-desk hq slot v1")
    return {"kind": "hq", "hq_public": _b64(hq_public_raw), "ephemeral": _b64(epub),
            **_seal(kek, data_key, "hq", _b64(hq_public_raw))}


# --- the file -----------------------------------------------------------------------------------------
@dataclass
class KeySlots:
    """The parsed slots file; `save` writes it back whole (atomically)."""

    path: Path
    slots: list[dict[str, Any]]
    failures: dict[str, dict[str, Any]]

    @classmethod
    def load(cls, db_path: Path) -> KeySlots:
        path = slots_path(db_path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise SlotProblem(f"{path.name} is missing: an encrypted database cannot be opened without its key"
                              " slots file (restore it from the backup it came with)") from exc
        except (OSError, ValueError) as exc:
            raise SlotProblem(f"the key slots file {path.name} cannot be read or is damaged") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("slots"), list):
            raise SlotProblem(f"{path.name} is not an L2FH key slots file")
        return cls(path, [s for s in data["slots"] if isinstance(s, dict)], dict(data.get("failures") or {}))

    def save(self) -> None:
        text = json.dumps({"format": FORMAT, "version": VERSION, "cipher": "sqlcipher4", "slots": self.slots,
                           "failures": self.failures}, indent=1, sort_keys=True)
        with atomic_file(self.path, text=True) as handle:
            handle.write(text + "\n")

    # -- which slots there are
    def users(self) -> list[str]:
        return [str(s["user"]) for s in self.slots if s.get("kind") == "password"]

    def has_hq(self) -> bool:
        return any(s.get("kind") == "hq" for s in self.slots)

    def _put(self, slot: dict[str, Any], *, kind: str, user: str = "") -> None:
        for i, old in enumerate(self.slots):
            if old.get("kind") == kind and (kind != "password" or old.get("user") == user):
                self.slots[i] = slot
                return
        self.slots.append(slot)

    def set_password(self, data_key: bytes, username: str, password: str) -> None:
        owner = account_name(username)
        self._put(password_slot(data_key, owner, password), kind="password", user=owner)
        self.failures.pop(owner, None)

    def remove_password(self, username: str) -> None:
        owner = account_name(username)
        self.slots = [s for s in self.slots if not (s.get("kind") == "password" and s.get("user") == owner)]
        self.failures.pop(owner, None)

    def set_recovery(self, data_key: bytes, recovery_key: str) -> None:
        self._put(recovery_slot(data_key, recovery_key), kind="recovery")

    def set_hq(self, data_key: bytes, hq_public_raw: bytes) -> None:
        self._put(hq_slot(data_key, hq_public_raw), kind="hq")

    # -- opening
    def locked_until(self, username: str, now: datetime) -> datetime | None:
        held = self.failures.get(account_name(username)) or {}
        until = held.get("locked_until")
        if not until:
            return None
        ends = datetime.fromisoformat(str(until))
        return ends if ends > now else None

    def pending_failures(self, username: str) -> int:
        return int((self.failures.get(account_name(username)) or {}).get("count", 0))

    def clear_failures(self, username: str) -> None:
        if self.failures.pop(account_name(username), None) is not None:
            self.save()

    def _count_failure(self, owner: str, now: datetime) -> None:
        held = self.failures.get(owner) or {}
        if held.get("locked_until") and datetime.fromisoformat(str(held["locked_until"])) <= now:
            held = {"count": held.get("count", 0)}  # a lock that has run out: the count goes on in the database
        count = int(held.get("count", 0)) + 1
        held["count"] = count
        if count % LOCK_AFTER == 0:
            held["locked_until"] = (now + timedelta(minutes=LOCK_MINUTES)).isoformat()
        self.failures[owner] = held
        self.save()

    def open_with_password(self, username: str, password: str, *, now: datetime) -> bytes | None:
        """The data key, or None for a wrong password (counted here) or an account without a slot."""
        owner = account_name(username)
        until = self.locked_until(owner, now)
        if until is not None:
            raise SlotLocked(until)
        for slot in self.slots:
            if slot.get("kind") == "password" and slot.get("user") == owner:
                kek = _argon(password, _unb64(slot.get("salt")), memory=int(slot.get("m", MEMORY_KIB)),
                             iterations=int(slot.get("t", ITERATIONS)), lanes=int(slot.get("p", LANES)))
                key = _open(kek, slot, "password", owner)
                if key is None:
                    self._count_failure(owner, now)
                return key
        _argon(password, b"l2fh-no-such-slot")  # as slow as a wrong password: the username is not revealed
        return None

    def open_with_recovery(self, recovery_key: str) -> bytes | None:
        secret = _recovery_bytes(recovery_key)
        for slot in self.slots:
            if slot.get("kind") == "recovery":
                found = _open(_hkdf(secret, _unb64(slot.get("salt")), b"l2fh-desk recovery slot v1"), slot,
                              "recovery", "")
                if found is not None:
                    return found
        return None

    def open_with_hq(self, hq_private: X25519PrivateKey) -> bytes | None:
        mine = hq_private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        for slot in self.slots:
            if slot.get("kind") == "hq" and _unb64(slot.get("hq_public")) == mine:
                epub = _unb64(slot.get("ephemeral"))
                shared = hq_private.exchange(X25519PublicKey.from_public_bytes(epub))
                found = _open(_hkdf(shared, epub + mine, b"l2fh-desk hq slot v1"), slot, "hq", _b64(mine))
                if found is not None:
                    return found
        return None


def new_slots(db_path: Path, data_key: bytes, *, username: str, password: str) -> tuple[KeySlots, str]:
    """A new slots file for a database being encrypted: the first account's slot and a new recovery key
    (returned to be shown once; it is kept nowhere else)."""
    recovery = new_recovery_key()
    slots = KeySlots(slots_path(db_path), [], {})
    slots.set_password(data_key, username, password)
    slots.set_recovery(data_key, recovery)
    slots.save()
    return slots, recovery
