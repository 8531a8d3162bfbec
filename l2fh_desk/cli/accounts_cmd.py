"""`l2fh-desk accounts --db PATH --user COMMANDER`: a hospital's accounts from the command line (a commander), over
the same core functions as the window's Accounts page (security/accounts.py, services/accounts.py).

    accounts --db PATH                                   list: username, role, state (active, disabled, locked,
                                                         no key yet on an encrypted database), name
    accounts --db PATH --add USER [--role medic|commander] [--name FULL_NAME]
    accounts --db PATH --reset USER                      a new password; unlocks it, and on an encrypted database
                                                         gives it a key slot of its own (after `encrypt`)
    accounts --db PATH (--disable | --enable | --unlock) USER
A new password (--add, --reset) comes from L2FH_NEW_PASSWORD or is typed twice; L2FH_PASSWORD stays the signed-in
commander's. `hq accounts` takes the same options at HQ (`add_account_options`, `manage`)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from l2fh_desk.cli.common import NEW_PASSWORD_ENV, add_db, new_password, open_store, sign_in

if TYPE_CHECKING:
    from l2fh_desk.domain.accounts import UserAccount
    from l2fh_desk.domain.roles import Actor
    from l2fh_desk.services.accounts import AccountState
    from l2fh_desk.store.store import Store

CHANGES = ("add", "reset", "disable", "enable", "unlock")


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("accounts", help="list a hospital's accounts; add, reset, disable, enable or unlock one"
                                             " (a commander)")
    add_db(parser, help="the hospital database (never created)")
    add_account_options(parser, roles=("medic", "commander"), default="medic")
    parser.set_defaults(handler=run)


def add_account_options(parser: argparse.ArgumentParser, *, roles: tuple[str, ...], default: str) -> None:
    """The options `accounts` and `hq accounts` share: at most one change, then the list."""
    change = parser.add_mutually_exclusive_group()
    change.add_argument("--add", metavar="USER", help=f"a new account (its password: ${NEW_PASSWORD_ENV} or typed)")
    change.add_argument("--reset", metavar="USER", help=f"a new password for USER (${NEW_PASSWORD_ENV} or typed):"
                        " unlocks it and, on an encrypted database, gives it its own key slot")
    change.add_argument("--disable", metavar="USER", help="USER may no longer sign in (nor open an encrypted file)")
    change.add_argument("--enable", metavar="USER", help="USER may sign in again")
    change.add_argument("--unlock", metavar="USER", help="lift USER's lockout after wrong passwords")
    parser.add_argument("--role", choices=roles, default=None, help=f"with --add (default {default})")
    parser.add_argument("--name", default=None, help="with --add: full name and rank")
    parser.set_defaults(default_role=default)


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.hq.workspace import is_hq

    with open_store(args.db, args=args) as store:
        if is_hq(store):
            raise Refused(f"{args.db.name} is an HQ database: manage its accounts with `l2fh-desk hq accounts`;"
                          " nothing was changed")
        return manage(store, sign_in(store, args), args)


def manage(store: Store, actor: Actor, args: argparse.Namespace) -> int:
    """The change asked for (refused in one line, nothing changed), then every account as the window lists it."""
    from pydantic import ValidationError

    from l2fh_desk.cli.run import Refused
    from l2fh_desk.domain.errors import DomainError
    from l2fh_desk.domain.roles import Action
    from l2fh_desk.errors import describe
    from l2fh_desk.services.accounts import list_accounts

    actor.require(Action.MANAGE_ACCOUNTS)  # before a password is asked for, and for the list too
    if args.add is None and (args.role is not None or args.name is not None):
        raise Refused("--role and --name go with --add USER (the account they are for); nothing was changed")
    try:
        done = _change(store, actor, args)
    except (DomainError, ValidationError) as exc:
        raise Refused(f"{describe(exc).line}; nothing was changed") from exc
    if done:
        print(done)
    print_accounts(list_accounts(store, actor=actor), store)
    return 0


def _named(store: Store, username: str) -> UserAccount:
    from l2fh_desk.cli.run import Refused

    account = store.users.by_username(username)
    if account is None:
        raise Refused(f"{store.path.name} has no account named {username.strip().lower()}; nothing was changed")
    return account


def _change(store: Store, actor: Actor, args: argparse.Namespace) -> str:
    """Call the window's own function for the change asked for; what was done, in one line ("" for none)."""
    from l2fh_desk.domain.roles import Role
    from l2fh_desk.security import accounts
    from l2fh_desk.store import atrest

    if args.add is not None:
        role = Role(args.role or args.default_role)
        created = accounts.create_account(store, username=args.add, display_name=args.name or "", role=role,
                                          password=new_password(args.add.strip().lower()), actor=actor)
        return f"account {created.username} ({created.role.value}) created"
    which = next((name for name in CHANGES[1:] if getattr(args, name) is not None), None)
    if which is None:
        return ""
    account = _named(store, getattr(args, which))
    if which == "reset":
        accounts.reset_password(store, account.id, new_password(account.username), actor=actor)
        slot = "; it opens the encrypted database with a key slot of its own" if atrest.is_encrypted(store.path) else ""
        return f"{account.username}: the password was reset and the account unlocked{slot}"
    call, done = {"disable": (accounts.disable_account, "disabled"), "enable": (accounts.enable_account, "enabled"),
                  "unlock": (accounts.unlock_account, "unlocked")}[which]
    call(store, account.id, actor=actor)
    return f"{account.username} {done}"


def state_text(state: AccountState, store: Store) -> str:
    if state.disabled:
        return "disabled"
    if state.locked_until is not None:
        minutes = max(1, round((state.locked_until - store.clock.now()).total_seconds() / 60))
        return f"locked ({minutes} min left)"
    if state.needs_key:
        return "no key yet (reset its password)"
    return "active"


def print_accounts(states: list[AccountState], store: Store) -> None:
    """A heading, then one account a line; the columns two spaces or more apart, the name last."""
    rows = [("username", "role", "state", "name")]
    rows += [(s.account.username, s.account.role.value, state_text(s, store), s.account.display_name) for s in states]
    widths = [max(least, *(len(row[i]) for row in rows)) for i, least in enumerate((19, 11, 8))]
    for row in rows:
        print("  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[3]]).rstrip())
