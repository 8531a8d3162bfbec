"""User accounts (password hashes only; hashing and sign-in rules live in `security`)."""

from __future__ import annotations

from l2fh_desk.domain.accounts import UserAccount
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.roles import Action, Actor
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
