"""User accounts (password hashes only; hashing and sign-in rules live in `security`)."""

from __future__ import annotations

from l2fh_desk.domain.accounts import UserAccount
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.ids import iso
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.store import audit
from l2fh_desk.store.base import Repository


class Users(Repository[UserAccount]):
    table = "users"
    model = UserAccount
    write_action = Action.MANAGE_ACCOUNTS
    redact = ("password_hash",)

    def by_username(self, username: str) -> UserAccount | None:
        found = self.find("username = ?", (username.strip().lower(),))
        return found[0] if found else None

    def active(self) -> list[UserAccount]:
        return self.find("disabled_at IS NULL", order="username")

    def create(self, record: UserAccount, *, actor: Actor) -> UserAccount:
        if self.by_username(record.username):
            raise DomainError(f"The username '{record.username}' is taken", field="username")
        return super().create(record, actor=actor)

    def record_sign_in(self, *, username: str, user_id: str, failed_attempts: int, locked_until: str | None,
                       action: str, actor: Actor, lock: dict[str, object] | None = None) -> None:
        """Write the sign-in counters of one account and an audit row (never the password) in one transaction.

        `user_id` may be "" for an unknown username: then only the audit row is written. `lock` (the boot id,
        uptime and seconds left of a lock as it was set or met) is kept in the audit row, so the lock's length
        depends neither on the clock nor on a restart (security/sessions.py).
        """
        after: dict[str, object] = {"username": username, "failed_attempts": failed_attempts,
                                    "locked_until": locked_until}
        if lock is not None:
            after.update(lock)
        with self.db.atomic():
            if user_id:
                self.db.write("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?",
                              (failed_attempts, locked_until, user_id))
            audit.append(self.db, actor=actor, origin=self.store.origin, action=action, table=self.table,
                         record_id=user_id, after=after)

    def set_password_hash(self, user_id: str, password_hash: str, *, actor: Actor) -> None:
        """A new password: the account's owner, or someone who manages accounts (then it is a reset)."""
        account = self.get(user_id)
        if account.id != actor.user_id:
            actor.require(Action.MANAGE_ACCOUNTS)
        with self.db.atomic():
            self.db.write("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL,"
                          " version = version + 1, updated_at = ? WHERE id = ?",
                          (password_hash, iso(self.db.clock.now()), user_id))
            audit.append(self.db, actor=actor, origin=self.store.origin, action="password_changed",
                         table=self.table, record_id=user_id, after={"username": account.username})

    def unlock(self, user_id: str, *, actor: Actor) -> None:
        """A commander lifts a sign-in lock: the wrong-password count starts again (audited, never the password)."""
        account = self.get(user_id)
        actor.require(Action.MANAGE_ACCOUNTS)
        with self.db.atomic():
            self.db.write("UPDATE users SET failed_attempts = 0, locked_until = NULL, version = version + 1,"
                          " updated_at = ? WHERE id = ?", (iso(self.db.clock.now()), user_id))
            audit.append(self.db, actor=actor, origin=self.store.origin, action="account_unlocked",
                         table=self.table, record_id=user_id,
                         before={"failed_attempts": account.failed_attempts, "locked_until": account.locked_until},
                         after={"username": account.username, "failed_attempts": 0, "locked_until": None})
