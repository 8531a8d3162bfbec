"""What every command shares: its database option, the sign-in (`--user`, the password from a prompt or
`L2FH_PASSWORD`) and how the store is opened -- the one place for options that every command takes."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when a command runs, so that `--help` stays fast
    from l2fh_desk.domain.roles import Actor
    from l2fh_desk.store.store import Store

PASSWORD_ENV = "L2FH_PASSWORD"
USER_ENV = "L2FH_USER"


def add_db(parser: argparse.ArgumentParser, *, help: str | None = None, required: bool = True,
           option: str = "--db", sign_in: bool = True) -> None:
    """The command's database option (`--db`, or `--into` for import) and, for a command that touches records,
    `--user` (the password comes from a prompt, or from L2FH_PASSWORD for scripts)."""
    settings: dict[str, Any] = {"required": required, "type": Path}
    if not required:
        settings["default"] = None
    if help is not None:
        settings["help"] = help
    parser.add_argument(option, **settings)
    if sign_in:
        parser.add_argument("--user", metavar="NAME", default=None,
                            help=f"sign in as this account (default: ${USER_ENV}); the password is asked for,"
                                 f" or read from ${PASSWORD_ENV}")


def open_store(path: Path, *, create: bool = False, readonly: bool = False) -> Store:
    """The store of a command's database; never created unless the command makes one (`demo`, `import`)."""
    from l2fh_desk.store.store import Store

    return Store(path, create=create, readonly=readonly)


def bounded(low: int, high: int) -> Any:
    """An argparse type: a whole number from `low` to `high`, else one clear line (never OverflowError or a
    run that grows memory without bound)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is outside {low:,}-{high:,}")
        return value

    return parse


def has_accounts(store: Store) -> bool:
    """A database nobody has set up yet (no account at all: a new file) has nobody to sign in as."""
    return store.users.count() > 0


def sign_in(store: Store, args: argparse.Namespace, *, read_only: bool = False) -> Actor:
    """The signed-in actor of this command, through the same core sign-in as the window (the same lockout and
    audit). A database without any account yet (a new file being set up) runs as the system actor.
    Refused (exit 1, one line) without a username or with a wrong password; nothing else is written."""
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.domain.roles import SYSTEM
    from l2fh_desk.security.sessions import SignInFailed, check_read_only
    from l2fh_desk.security.sessions import sign_in as core_sign_in

    if not has_accounts(store):
        return SYSTEM
    username = getattr(args, "user", None) or os.environ.get(USER_ENV, "")
    if not username:
        raise Refused(f"{store.path.name} has accounts: sign in with --user NAME (password from a prompt or"
                      f" {PASSWORD_ENV}); nothing was done")
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise Refused(f"no password for {username}: set {PASSWORD_ENV} or run in a terminal; nothing was done")
        password = getpass.getpass(f"Password for {username}: ")
    try:
        return (check_read_only if read_only else core_sign_in)(store, username, password).actor
    except SignInFailed as exc:
        raise Refused(f"{exc.message} Nothing was done.") from exc


def open_signed_in(path: Path, args: argparse.Namespace, *, create: bool = False) -> tuple[Store, Actor]:
    """Open the command's store and sign in; the store is closed again when the sign-in is refused."""
    store = open_store(path, create=create)
    try:
        return store, sign_in(store, args)
    except BaseException:
        store.close()
        raise
