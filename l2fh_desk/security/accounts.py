"""Account management: create, disable, re-enable, unlock, change role, change or reset a password."""

from __future__ import annotations

from datetime import datetime

from l2fh_desk.domain.accounts import UserAccount
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.ids import iso, utc_now
from l2fh_desk.domain.roles import Action, Actor, Role
from l2fh_desk.security import unlock as slots
from l2fh_desk.security.passwords import check_password, hash_password, verify_password
from l2fh_desk.security.sessions import lock_ends
from l2fh_desk.store.store import Store

ASSIGNABLE_ROLES = (Role.MEDIC, Role.COMMANDER, Role.HQ_ANALYST, Role.HQ_ADMIN)
HOSPITAL_ROLES = (Role.MEDIC, Role.COMMANDER)
HQ_ROLES = (Role.HQ_ADMIN, Role.HQ_ANALYST)


def workspace_roles(store: Store) -> tuple[Role, ...]:
    """The roles of this kind of database: a hospital's own (it has its own hospital) or HQ's."""
    return HOSPITAL_ROLES if store.origin else HQ_ROLES


def manager_role(store: Store) -> Role:
    """Who manages accounts here: the commander at a hospital, the HQ administrator at HQ."""
    return Role.COMMANDER if store.origin else Role.HQ_ADMIN


def _check_role(store: Store, role: Role) -> None:
    # Whole sentences, one a branch, so that the window can say each in its language (context CoreErrors).
    if role not in workspace_roles(store):
        if store.origin:
            raise DomainError("Choose medic or commander", field="role")
        raise DomainError("Choose HQ administrator or HQ analyst", field="role")


def create_account(store: Store, *, username: str, display_name: str, role: Role, password: str,
                   actor: Actor) -> UserAccount:
    actor.require(Action.MANAGE_ACCOUNTS)
    _check_role(store, role)
    check_password(password)
    account = UserAccount(username=username, display_name=display_name, role=role,
                          password_hash=hash_password(password))
    created = store.users.create(account, actor=actor)
    slots.set_password_slot(store, created.username, password)  # an encrypted database: its own key slot
    return created


def _active_managers(store: Store) -> list[UserAccount]:
    return [u for u in store.users.active() if u.role == manager_role(store)]


def _keeps_a_commander(store: Store, account: UserAccount) -> None:
    """Nobody could manage accounts any more if the last active commander (HQ administrator) went away."""
    if account.role == manager_role(store) and not account.disabled_at and len(_active_managers(store)) <= 1:
        if store.origin:
            raise DomainError("The last active commander account cannot be disabled or demoted", field="role")
        raise DomainError("The last active HQ administrator account cannot be disabled or demoted", field="role")


def disable_account(store: Store, user_id: str, *, actor: Actor) -> UserAccount:
    actor.require(Action.MANAGE_ACCOUNTS)
    account = store.users.get(user_id)
    if account.disabled_at:
        raise DomainError("This account is already disabled")
    _keeps_a_commander(store, account)
    if account.id == actor.user_id and store.origin:  # the window would go on under an account locked out for good
        raise DomainError("You cannot disable your own account (another commander can)")
    if account.id == actor.user_id:
        raise DomainError("You cannot disable your own account (another HQ administrator can)")
    disabled = store.users.update(account.model_copy(update={"disabled_at": iso(utc_now())}), actor=actor)
    slots.remove_password_slot(store, account.username)  # it can no longer open an encrypted file
    return disabled


def enable_account(store: Store, user_id: str, *, actor: Actor) -> UserAccount:
    actor.require(Action.MANAGE_ACCOUNTS)
    account = store.users.get(user_id)
    if not account.disabled_at:
        raise DomainError("This account is not disabled")
    if not slots.has_password_slot(store, account.username):
        raise DomainError("Reset this account's password first: the encrypted database gave up its key slot when"
                          " it was disabled")
    return store.users.update(account.model_copy(update={"disabled_at": None, "failed_attempts": 0,
                                                         "locked_until": None}), actor=actor)


def locked_until(store: Store, account: UserAccount) -> datetime | None:
    """When the sign-in lock this account meets now ends, None when it meets none: its own (wrong passwords at the
    sign-in) or, on an encrypted database, its key slot's (wrong passwords typed before the file opened)."""
    held = slots.key_slots(store)
    ends = [t for t in (lock_ends(store, account), held.locked_until(account.username, store.clock.now())
                        if held is not None else None) if t is not None]
    return max(ends) if ends else None


def unlock_account(store: Store, user_id: str, *, actor: Actor) -> UserAccount:
    """A commander lifts a lockout after wrong passwords (the account's own and, on an encrypted database, its key
    slot's), without a new password: the count starts again."""
    actor.require(Action.MANAGE_ACCOUNTS)
    account = store.users.get(user_id)
    if locked_until(store, account) is None:
        raise DomainError("This account is not locked out")
    store.users.unlock(account.id, actor=actor)
    slots.clear_slot_failures(store, account.username)
    return store.users.get(account.id)


def set_role(store: Store, user_id: str, role: Role, *, actor: Actor) -> UserAccount:
    actor.require(Action.MANAGE_ACCOUNTS)
    _check_role(store, role)
    account = store.users.get(user_id)
    if account.role != role:
        _keeps_a_commander(store, account)
    return store.users.update(account.model_copy(update={"role": role}), actor=actor)


def reset_password(store: Store, user_id: str, new_password: str, *, actor: Actor) -> None:
    """A commander sets a new password for someone (and so unlocks the account)."""
    actor.require(Action.MANAGE_ACCOUNTS)
    check_password(new_password)
    store.users.set_password_hash(user_id, hash_password(new_password), actor=actor)
    slots.set_password_slot(store, store.users.get(user_id).username, new_password)


def change_own_password(store: Store, *, old_password: str, new_password: str, actor: Actor) -> None:
    """Anyone may change their own password, knowing the current one."""
    if not actor.user_id:
        raise DomainError("Sign in first")
    account = store.users.get(actor.user_id)
    if not verify_password(old_password, account.password_hash):
        raise DomainError("The current password is wrong", field="old_password")
    check_password(new_password)
    if new_password == old_password:
        raise DomainError("Choose a password different from the current one", field="password")
    store.users.set_password_hash(account.id, hash_password(new_password), actor=actor)
    slots.set_password_slot(store, account.username, new_password)  # that one slot rewrapped
