"""Opening an encrypted database: a username and password (or the recovery key) unwrap the data key first;
then the store opens and the ordinary sign-in (password check, lockout, audit) runs as for a plain one.

Also what changes the slots when accounts change (a new account, a password, an account disabled), and the
encryption of a whole installation (the first run of a real hospital, `l2fh-desk encrypt`).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from l2fh_desk.domain.ids import utc_now
from l2fh_desk.security.keyslots import (
    LOCK_AFTER,
    KeySlots,
    SlotLocked,
    SlotProblem,
    account_name,
    new_recovery_key,
    new_slots,
)
from l2fh_desk.security.sessions import SignInFailed, SignInProblem
from l2fh_desk.store import atrest, presence
from l2fh_desk.store.backup import list_backups
from l2fh_desk.store.encrypt import encrypt_installation, finish_installation, is_plain_database
from l2fh_desk.store.errors import StorageError, StorageProblem
from l2fh_desk.store.store import Store


def needs_unlock(db_path: Path) -> bool:
    """An encrypted database whose data key this process does not hold yet."""
    return atrest.is_encrypted(db_path) and atrest.key_for(db_path) is None


def unlock_with_password(db_path: Path, username: str, password: str, *, now: datetime | None = None) -> None:
    """Unwrap this account's slot and hold the data key; SignInFailed as a sign-in would say it (a wrong password
    is counted in the slots file and joins the account's count in the database at the next sign-in)."""
    now = now or utc_now()
    slots = KeySlots.load(db_path)
    try:
        key = slots.open_with_password(username, password, now=now)
    except SlotLocked as exc:
        raise SignInFailed(SignInProblem.LOCKED, locked_until=exc.until, now=now) from exc
    if key is None and account_name(username) not in slots.users():  # nothing could be wrong with the password
        raise SignInFailed(SignInProblem.NO_KEY)
    if key is None:
        until = slots.locked_until(username, now)
        if until is not None:  # this one was the fifth
            raise SignInFailed(SignInProblem.LOCKED, locked_until=until, now=now)
        pending = slots.pending_failures(username)
        left = LOCK_AFTER - pending % LOCK_AFTER if pending else None
        raise SignInFailed(SignInProblem.WRONG, attempts_left=left)
    atrest.unlock(db_path, key)


def unlock_with_recovery(db_path: Path, recovery_key: str) -> None:
    """The recovery key (printed at the first run) opens the database when every password is forgotten."""
    key = KeySlots.load(db_path).open_with_recovery(recovery_key)
    if key is None:
        raise SlotProblem("that recovery key does not open this database")
    atrest.unlock(db_path, key)


def data_key(store: Store) -> bytes | None:
    """The data key of an open encrypted store; None for a plain one."""
    if not atrest.is_encrypted(store.path):
        return None
    key = atrest.key_for(store.path)
    if key is None:  # cannot happen for an open encrypted store: it was opened with the key
        raise SlotProblem("the database is encrypted but its key is not held")
    return key


# --- slots follow the accounts ------------------------------------------------------------------------
def set_password_slot(store: Store, username: str, password: str) -> None:
    """After a new account or a new password: that account's slot (re)wrapped; the other slots stay as they are."""
    key = data_key(store)
    if key is None:
        return
    slots = KeySlots.load(store.path)
    slots.set_password(key, username, password)
    slots.save()


def remove_password_slot(store: Store, username: str) -> None:
    """A disabled account can no longer open the file (re-enabling it needs a new password)."""
    if data_key(store) is None:
        return
    slots = KeySlots.load(store.path)
    slots.remove_password(username)
    slots.save()


def has_password_slot(store: Store, username: str) -> bool:
    return data_key(store) is None or username in KeySlots.load(store.path).users()


def key_slots(store: Store) -> KeySlots | None:
    """The slots file of an open encrypted store (which accounts have a slot, which slots are locked); None for a
    plain one."""
    return None if data_key(store) is None else KeySlots.load(store.path)


def clear_slot_failures(store: Store, username: str) -> None:
    """Wrong passwords typed at this account's slot before the file opened are forgotten (its lock lifted)."""
    slots = key_slots(store)
    if slots is not None:
        slots.clear_failures(username)


def add_hq_slot(store: Store, hq_public_raw: bytes) -> None:
    """A slot sealed to HQ's X25519 public key (the key exports are encrypted to), so HQ can recover the file."""
    key = data_key(store)
    if key is None:
        return
    slots = KeySlots.load(store.path)
    slots.set_hq(key, hq_public_raw)
    slots.save()


# --- encrypting an installation -----------------------------------------------------------------------
def encrypt_store(store: Store, *, username: str, password: str) -> str:
    """Encrypt the open (plain) store's installation in place: a new data key, the slots file with this account's
    slot and a recovery slot, the database, its backups and key files converted; the store's connection is
    reopened under the key. Returns the recovery key (kept nowhere: show it once)."""
    import os

    if atrest.is_encrypted(store.path):
        raise StorageError(StorageProblem.SETTINGS, f"{store.path.name} is already encrypted")
    key = os.urandom(atrest.KEY_BYTES)
    store.db.close()
    try:
        recovery = encrypt_files(store.path, key, username=username, password=password)
    finally:
        store.reconnect()
    return recovery


def encrypt_files(db_path: Path, key: bytes, *, username: str, password: str) -> str:
    """The installation's files (nobody has them open); on a failure before the database itself was converted
    the slots file is removed again and everything stays plain."""
    try:
        with presence.alone(db_path):
            _slots, recovery = new_slots(db_path, key, username=username, password=password)
            atrest.unlock(db_path, key)
            try:
                encrypt_installation(db_path, key)
            except BaseException:
                if is_plain_database(db_path):
                    atrest.forget(db_path)
                    atrest.slots_path(db_path).unlink(missing_ok=True)
                raise
    except presence.InUse as exc:
        raise StorageError(StorageProblem.IN_USE, f"{db_path.name} is open in {exc}") from exc
    return recovery


def finish_encryption(store: Store) -> str:
    """An encrypt stopped after the database was converted (the open store is encrypted, but backups or key files
    are still plain): those converted too, and a new recovery key replaces the one never shown (every backup's
    slots file gets it). Returns the new recovery key (kept nowhere: show it once)."""
    key = data_key(store)
    if key is None:
        raise StorageError(StorageProblem.SETTINGS, f"{store.path.name} is not encrypted")
    store.db.close()
    try:
        with presence.alone(store.path):
            finish_installation(store.path, key)
            slots = KeySlots.load(store.path)
            recovery = new_recovery_key()
            slots.set_recovery(key, recovery)
            slots.save()
            for backup in list_backups(store.path):
                atrest.keep_slots_with(store.path, backup.path)
    except presence.InUse as exc:
        raise StorageError(StorageProblem.IN_USE, f"{store.path.name} is open in {exc}") from exc
    finally:
        store.reconnect()
    return recovery
