"""Sign-in: Argon2id verification, lockout after repeated wrong passwords, every attempt audited."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from l2fh_desk.domain.accounts import UserAccount
from l2fh_desk.domain.errors import KnownError
from l2fh_desk.domain.ids import iso, utc_now
from l2fh_desk.domain.roles import Actor, Role
from l2fh_desk.security.keyslots import KeySlots
from l2fh_desk.security.passwords import hash_password, verify_password
from l2fh_desk.store import atrest
from l2fh_desk.store.app_settings import LOCKOUT_DEFAULT
from l2fh_desk.store.store import Store

MAX_FAILED = 5
LOCKOUT_MINUTES = LOCKOUT_DEFAULT
LOCKOUT_SETTING = "lockout_minutes"
# Verified against when the username is unknown, so a wrong username takes as long as a wrong password.
_DUMMY_HASH = hash_password("l2fh-desk: no such account")


NO_KEY_TEXT = ("This account has no key on this encrypted database yet (or the username is mistyped): a commander"
               " must reset its password on the window's Accounts page (or with `l2fh-desk accounts --reset NAME`).")


class SignInProblem(StrEnum):
    WRONG = "wrong"  # unknown username or wrong password: deliberately the same message
    LOCKED = "locked"
    DISABLED = "disabled"
    NO_KEY = "no_key"  # an encrypted database without a key slot for this name (accounts made before `encrypt`)


class SignInFailed(KnownError):
    """Sign-in refused; `problem` says why, `locked_until` when the lock ends (if locked)."""

    def __init__(self, problem: SignInProblem, *, locked_until: datetime | None = None,
                 attempts_left: int | None = None, now: datetime | None = None) -> None:
        self.problem = problem
        self.locked_until = locked_until
        self.now = now  # the clock the lock was judged by (the minutes left are counted from it)
        self.attempts_left = attempts_left
        super().__init__(self.message)

    @property
    def minutes_left(self) -> int:
        """Whole minutes until the lock ends (at least 1), counted on the clock it was judged by."""
        if self.locked_until is None:
            return 0
        return max(1, round((self.locked_until - (self.now or utc_now())).total_seconds() / 60))

    @property
    def message(self) -> str:
        if self.problem == SignInProblem.LOCKED and self.locked_until is not None:
            return f"This account is locked after {MAX_FAILED} wrong passwords; try again in {self.minutes_left} min."
        if self.problem == SignInProblem.DISABLED:
            return "This account is disabled; ask the contingent commander."
        if self.problem == SignInProblem.NO_KEY:
            return NO_KEY_TEXT
        return "Wrong username or password."


@dataclass(frozen=True)
class Session:
    """A signed-in user: the actor every core call is checked against."""

    account: UserAccount
    signed_in_at: datetime

    @property
    def actor(self) -> Actor:
        return Actor(username=self.account.username, role=self.account.role, user_id=self.account.id)


def lockout_minutes(store: Store) -> int:
    return int(store.app_settings.get(LOCKOUT_SETTING))


@dataclass(frozen=True)
class _LockState:
    ends: datetime | None  # None: not locked
    seen: dict[str, object] | None = None  # the lock as seen now (boot, uptime, seconds left), kept in the audit row


def _lock_state(store: Store, account: UserAccount, now: datetime) -> _LockState:
    """When the account's lock ends, never sooner because the clock was set or the computer restarted.

    Each wrong password that set or met the lock keeps in its audit row the boot id, the uptime and the seconds
    the lock had left. On the same boot what is left runs on uptime, whatever the clock says (set ahead it does
    not end the lock, set back it does not stretch it). After a restart (another boot id; or, where there is no
    boot id, a count since boot below the one kept) what was left when last seen is counted again from this
    attempt on the new boot's uptime, so switching off and setting the clock ahead ends nothing. Only a lock
    from a system with no count at all ends by the clock."""
    if not account.locked_until:
        return _LockState(None)
    until = datetime.fromisoformat(account.locked_until)
    row = store.db.one("SELECT after_json FROM audit_log WHERE table_name = 'users' AND record_id = ?"
                       " AND action = 'sign_in_failed' AND json_extract(after_json, '$.locked_until') = ?"
                       " AND json_type(after_json, '$.uptime') IN ('integer', 'real') ORDER BY seq DESC LIMIT 1",
                       (account.id, account.locked_until))
    uptime = store.clock.uptime()
    if row is None or uptime is None:
        return _LockState(until if until > now else None)
    kept = json.loads(row["after_json"])
    full = timedelta(minutes=lockout_minutes(store)).total_seconds()
    left = float(kept["remaining"]) if isinstance(kept.get("remaining"), (int, float)) else full
    boot, seconds = uptime
    kept_boot, kept_seconds = str(kept.get("boot", "")), float(kept["uptime"])
    if boot == kept_boot and (boot or seconds >= kept_seconds):
        left -= max(0.0, seconds - kept_seconds)  # the same boot (or, without a boot id, not known to be another)
    if left <= 0:
        return _LockState(None)
    return _LockState(now + timedelta(seconds=left), {"boot": boot, "uptime": seconds, "remaining": left})


def lock_ends(store: Store, account: UserAccount) -> datetime | None:
    """When this account's sign-in lock ends, judged as a sign-in judges it now; None when it is not locked."""
    return _lock_state(store, account, store.clock.now()).ends


def _attempt(store: Store, typed: str, password: str) -> tuple[SignInFailed | None, UserAccount | None]:
    """One sign-in attempt: the password is checked outside any transaction (Argon2 is slow), then the
    counters are read again, decided and written in one BEGIN IMMEDIATE transaction, so parallel attempts
    count one by one: a check that raced with the one that locked the account counts for nothing."""
    account = store.users.by_username(typed) if typed else None
    right = verify_password(password, account.password_hash if account else _DUMMY_HASH)
    with store.db.atomic():
        now = store.clock.now()
        fresh = store.users.by_username(typed) if typed else None
        who = Actor(username=typed or "?", role=fresh.role if fresh else Role.MEDIC,
                    user_id=fresh.id if fresh else None)
        if fresh is None or account is None:
            store.users.record_sign_in(username=typed, user_id="", failed_attempts=0, locked_until=None,
                                       action="sign_in_failed", actor=who)
            return SignInFailed(SignInProblem.WRONG), None
        if fresh.password_hash != account.password_hash:  # changed meanwhile: check the new one
            return None, None
        refused: SignInFailed | None = None
        seen: dict[str, object] | None = None
        if fresh.disabled_at:
            refused = SignInFailed(SignInProblem.DISABLED)
        elif (state := _lock_state(store, fresh, now)).ends is not None:
            # While locked even the right password is refused, so guessing cannot continue.
            refused = SignInFailed(SignInProblem.LOCKED, locked_until=state.ends, now=now)
            seen = state.seen
        if refused is not None:
            store.users.record_sign_in(username=typed, user_id=fresh.id, failed_attempts=fresh.failed_attempts,
                                       locked_until=fresh.locked_until, action="sign_in_failed", actor=who,
                                       lock=seen)
            return refused, None
        if not right:
            # A lock that has run out starts a fresh count.
            failed = (0 if fresh.locked_until else fresh.failed_attempts) + 1
            until = now + timedelta(minutes=lockout_minutes(store)) if failed >= MAX_FAILED else None
            uptime = store.clock.uptime() if until is not None else None
            store.users.record_sign_in(username=typed, user_id=fresh.id, failed_attempts=failed,
                                       locked_until=iso(until) if until else None, action="sign_in_failed",
                                       actor=who, lock=None if uptime is None else {
                                           "boot": uptime[0], "uptime": uptime[1],
                                           "remaining": timedelta(minutes=lockout_minutes(store)).total_seconds()})
            if until is not None:
                return SignInFailed(SignInProblem.LOCKED, locked_until=until, now=now), None
            return SignInFailed(SignInProblem.WRONG, attempts_left=MAX_FAILED - failed), None
        store.users.record_sign_in(username=typed, user_id=fresh.id, failed_attempts=0, locked_until=None,
                                   action="sign_in", actor=who)
    return None, store.users.get(fresh.id)


def _carry_slot_failures(store: Store, typed: str) -> None:
    """Wrong passwords typed while an encrypted database was still locked (counted in its key slots file,
    security/keyslots.py) join this account's count now that it is open, audited like any other."""
    if not typed or not atrest.is_encrypted(store.path):
        return
    slots = KeySlots.load(store.path)
    pending = slots.pending_failures(typed)
    if not pending:
        return
    held = slots.failures.get(typed) or {}
    with store.db.atomic():
        now = store.clock.now()
        fresh = store.users.by_username(typed)
        if fresh is not None:
            expired = bool(fresh.locked_until) and _lock_state(store, fresh, now).ends is None
            failed = (0 if expired else fresh.failed_attempts) + pending
            # A lock the slots file imposed keeps its own end (it may be over by now); else five make one.
            until = held.get("locked_until") or (iso(now + timedelta(minutes=lockout_minutes(store)))
                                                 if failed >= MAX_FAILED else None)
            who = Actor(username=typed, role=fresh.role, user_id=fresh.id)
            store.users.record_sign_in(username=typed, user_id=fresh.id, failed_attempts=failed,
                                       locked_until=str(until) if until else None, action="sign_in_failed",
                                       actor=who)
    slots.clear_failures(typed)


def sign_in(store: Store, username: str, password: str) -> Session:
    """Check a username and password; raise SignInFailed (audited) or return the session (audited)."""
    typed = username.strip().lower()[:64]
    _carry_slot_failures(store, typed)
    # The audit row names who tried; the password never leaves this function.
    while True:
        refused, account = _attempt(store, typed, password)
        if refused is not None:
            raise refused
        if account is not None:
            return Session(account=account, signed_in_at=store.clock.now())


def unlock(store: Store, session: Session, password: str) -> Session:
    """After an idle lock: the same rules as signing in, for the same account."""
    return sign_in(store, session.account.username, password)


def check_read_only(store: Store, username: str, password: str) -> Session:
    """The same password check against a database that is only read (the backup a damaged database is restored
    from): nothing is written, so no attempt is counted; a locked or disabled account is refused all the same."""
    account = store.users.by_username(username.strip().lower()[:64]) if username.strip() else None
    if account is None:
        verify_password(password, _DUMMY_HASH)
        raise SignInFailed(SignInProblem.WRONG)
    if account.disabled_at:
        raise SignInFailed(SignInProblem.DISABLED)
    now = store.clock.now()
    ends = _lock_state(store, account, now).ends
    if ends is not None:
        raise SignInFailed(SignInProblem.LOCKED, locked_until=ends, now=now)
    if not verify_password(password, account.password_hash):
        raise SignInFailed(SignInProblem.WRONG)
    return Session(account=account, signed_in_at=now)
