"""The accounts a commander (at HQ, the administrator) manages, each with the state a sign-in would meet now: the
window's Accounts page and `l2fh-desk accounts` / `hq accounts` list them from here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from l2fh_desk.domain.accounts import UserAccount
from l2fh_desk.domain.roles import Action, Actor
from l2fh_desk.security.accounts import locked_until
from l2fh_desk.security.unlock import has_password_slot
from l2fh_desk.store.store import Store


@dataclass(frozen=True)
class AccountState:
    account: UserAccount
    locked_until: datetime | None  # the sign-in lock in force now (the account's, or its key slot's), else None
    has_key: bool  # it can open the file: a plain database, or an encrypted one holding a key slot for it

    @property
    def disabled(self) -> bool:
        return bool(self.account.disabled_at)

    @property
    def needs_key(self) -> bool:
        """An active account an encrypted database has no key slot for (made before `encrypt`): a reset gives one."""
        return not self.disabled and not self.has_key


def list_accounts(store: Store, *, actor: Actor) -> list[AccountState]:
    """Every account, active ones first, then by username; for whoever manages accounts."""
    actor.require(Action.MANAGE_ACCOUNTS)
    return [AccountState(account, locked_until(store, account), has_password_slot(store, account.username))
            for account in store.users.find(order="disabled_at IS NOT NULL, username")]
