"""Sign-in: Argon2id verification, lockout after repeated wrong passwords, every attempt audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from l2fh_desk.domain.accounts import UserAccount
from l2fh_desk.domain.errors import KnownError
from l2fh_desk.domain.ids import iso, utc_now
from l2fh_desk.domain.roles import Actor, Role
from l2fh_desk.security.passwords import hash_password, verify_password
from l2fh_desk.store.app_settings import LOCKOUT_DEFAULT
from l2fh_desk.store.store import Store

MAX_FAILED = 5
LOCKOUT_MINUTES = LOCKOUT_DEFAULT
LOCKOUT_SETTING = "lockout_minutes"
# Verified against when the username is unknown, so a wrong username takes as long as a wrong password.
_DUMMY_HASH = hash_password("l2fh-desk: no such account")


class SignInProblem(StrEnum):
    WRONG = "wrong"  # unknown username or wrong password: deliberately the same message
    LOCKED = "locked"
    DISABLED = "disabled"


class SignInFailed(KnownError):
    """Sign-in refused; `problem` says why, `locked_until` when the lock ends (if locked)."""

    def __init__(self, problem: SignInProblem, *, locked_until: datetime | None = None,
                 attempts_left: int | None = None) -> None:
        self.problem = problem
        self.locked_until = locked_until
        self.attempts_left = attempts_left
        super().__init__(self.message)

    @property
    def message(self) -> str:
        if self.problem == SignInProblem.LOCKED and self.locked_until is not None:
            minutes = max(1, round((self.locked_until - utc_now()).total_seconds() / 60))
            return f"This account is locked after {MAX_FAILED} wrong passwords; try again in {minutes} min."
        if self.problem == SignInProblem.DISABLED:
            return "This account is disabled; ask the contingent commander."
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


def _locked_until(account: UserAccount, now: datetime) -> datetime | None:
    if not account.locked_until:
        return None
    until = datetime.fromisoformat(account.locked_until)
    return until if until > now else None


def sign_in(store: Store, username: str, password: str) -> Session:
    """Check a username and password; raise SignInFailed (audited) or return the session (audited)."""
    typed = username.strip().lower()[:64]
    account = store.users.by_username(typed) if typed else None
    # The audit row names who tried; the password never leaves this function.
    who = Actor(username=typed or "?", role=account.role if account else Role.MEDIC,
                user_id=account.id if account else None)
    now = utc_now()
    if account is None:
        verify_password(password, _DUMMY_HASH)
        store.users.record_sign_in(username=typed, user_id="", failed_attempts=0, locked_until=None,
                                   action="sign_in_failed", actor=who)
        raise SignInFailed(SignInProblem.WRONG)
    if account.disabled_at:
        store.users.record_sign_in(username=typed, user_id=account.id, failed_attempts=account.failed_attempts,
                                   locked_until=account.locked_until, action="sign_in_failed", actor=who)
        raise SignInFailed(SignInProblem.DISABLED)
    locked = _locked_until(account, now)
    if locked is not None:
        # While locked even the right password is refused, so guessing cannot continue.
        store.users.record_sign_in(username=typed, user_id=account.id, failed_attempts=account.failed_attempts,
                                   locked_until=account.locked_until, action="sign_in_failed", actor=who)
        raise SignInFailed(SignInProblem.LOCKED, locked_until=locked)
    if not verify_password(password, account.password_hash):
        # A lock that has run out starts a fresh count.
        failed = (0 if account.locked_until else account.failed_attempts) + 1
        until = now + timedelta(minutes=lockout_minutes(store)) if failed >= MAX_FAILED else None
        store.users.record_sign_in(username=typed, user_id=account.id, failed_attempts=failed,
                                   locked_until=iso(until) if until else None, action="sign_in_failed", actor=who)
        if until is not None:
            raise SignInFailed(SignInProblem.LOCKED, locked_until=until)
        raise SignInFailed(SignInProblem.WRONG, attempts_left=MAX_FAILED - failed)
    store.users.record_sign_in(username=typed, user_id=account.id, failed_attempts=0, locked_until=None,
                               action="sign_in", actor=who)
    fresh = store.users.get(account.id)
    return Session(account=fresh, signed_in_at=now)


def unlock(store: Store, session: Session, password: str) -> Session:
    """After an idle lock: the same rules as signing in, for the same account."""
    return sign_in(store, session.account.username, password)
