"""What every command shares: its database option, the sign-in (`--user`, the password from a prompt or
`L2FH_PASSWORD`) and how the store is opened -- the one place for options that every command takes."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # imported when a command runs, so that `--help` stays fast
    from l2fh_desk.domain.roles import Actor
    from l2fh_desk.store.store import Store

PASSWORD_ENV = "L2FH_PASSWORD"
USER_ENV = "L2FH_USER"
RECOVERY_ENV = "L2FH_RECOVERY_KEY"
NEW_PASSWORD_ENV = "L2FH_NEW_PASSWORD"  # an account's new password (L2FH_PASSWORD is the signed-in one's)
RECOVERY_USER = "recovery-key"  # who the audit names when the recovery key opened the database


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


def add_recovery(parser: argparse.ArgumentParser) -> None:
    """`--recovery-key`: open an encrypted database when every password is forgotten (check, restore, recover)."""
    parser.add_argument("--recovery-key", action="store_true",
                        help=f"open an encrypted database with its recovery key (asked for, or ${RECOVERY_ENV})")


def _secret(args: argparse.Namespace | None, env: str, prompt: str, what: str) -> str:
    from l2fh_desk.cli.run import Refused

    value = os.environ.get(env)
    if value is None:
        if not sys.stdin.isatty():
            raise Refused(f"no {what}: set {env} or run in a terminal; nothing was done")
        value = getpass.getpass(prompt)
    return value


def new_password(username: str, env: str = NEW_PASSWORD_ENV) -> str:
    """The password a command gives an account (a new one, a reset, `recover`, `hq init`'s administrator): from
    `env` when it is set (even empty: then refused as too short, by the core's rule), else typed twice on a
    terminal; refused in one line when there is neither."""
    from l2fh_desk.cli.run import Refused

    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise Refused(f"no new password for {username}: set {env} or run in a terminal; nothing was done")
    first = getpass.getpass(f"New password for {username}: ")
    if getpass.getpass("Repeat it: ") != first:
        raise Refused("the two passwords differ; nothing was done")
    return first


def credentials(store_name: str, args: argparse.Namespace | None) -> tuple[str, str]:
    """The username and password of this command (asked for once, then kept for the run)."""
    from l2fh_desk.cli.run import Refused

    held = getattr(args, "_credentials", None)
    if held is not None:
        return held  # type: ignore[no-any-return]
    username = (getattr(args, "user", None) if args is not None else None) or os.environ.get(USER_ENV, "")
    if not username:
        raise Refused(f"{store_name} has accounts: sign in with --user NAME (password from a prompt or"
                      f" {PASSWORD_ENV}); nothing was done")
    password = _secret(args, PASSWORD_ENV, f"Password for {username}: ", f"password for {username}")
    if args is not None:
        args._credentials = (username, password)
    return username, password


def unlock(path: Path, args: argparse.Namespace | None) -> None:
    """An encrypted database is opened by its key slots first: the account's password (or the recovery key)
    unwraps the data key; a plain one, or one already unlocked in this run, needs nothing."""
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.security.keyslots import SlotProblem
    from l2fh_desk.security.sessions import SignInFailed
    from l2fh_desk.security.unlock import needs_unlock, unlock_with_password, unlock_with_recovery

    if not needs_unlock(path):
        return
    try:
        if getattr(args, "recovery_key", False):
            unlock_with_recovery(path, _secret(args, RECOVERY_ENV, "Recovery key: ", "recovery key"))
            args._recovered = True  # type: ignore[union-attr]
            return
        username, password = credentials(path.name, args)
        unlock_with_password(path, username, password)
    except SignInFailed as exc:
        raise Refused(f"{exc.message} Nothing was done.") from exc
    except SlotProblem as exc:
        raise Refused(f"{path.name}: {exc}; nothing was done") from exc


def open_store(path: Path, *, create: bool = False, readonly: bool = False,
               args: argparse.Namespace | None = None) -> Store:
    """The store of a command's database; never created unless the command makes one (`demo`, `import`).
    An encrypted database is unlocked first with the command's credentials (`args`)."""
    from l2fh_desk.store.store import Store

    if path.is_file():
        unlock(path, args)
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


FIRST_YEAR, LAST_YEAR = 1900, 2199  # domain/records.py FIRST_DAY, LAST_DAY (the CLI imports the core lazily)


def a_year(text: str) -> int:
    """An argparse type: a year records may carry, else one clear line."""
    if not text.strip().isdigit() or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"{text!r} is not a year from {FIRST_YEAR} to {LAST_YEAR}")
    return int(text)


def a_day(text: str) -> date:
    """An argparse type: a real date YYYY-MM-DD within the years records may carry, else one clear line."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a real date (use YYYY-MM-DD)") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"{text} is outside {FIRST_YEAR}-{LAST_YEAR}")
    return day


def has_accounts(store: Store) -> bool:
    """A database nobody has set up yet (no account at all: a new file) has nobody to sign in as."""
    return store.users.count() > 0


def no_accounts(store: Store) -> str:
    """The one line for a database with no account at all: what sets it up (never run as the system actor)."""
    from l2fh_desk.hq.workspace import is_hq

    if is_hq(store):
        return (f"{store.path.name} is an HQ database with no accounts yet: set it up with"
                f" `l2fh-desk hq init --db {store.path}`; nothing was done")
    return (f"{store.path.name} has no accounts yet: run the first-run set-up (`l2fh-desk gui --db {store.path}`),"
            f" or `l2fh-desk demo --db {store.path}` for a demo with its demo accounts; nothing was done")


def sign_in(store: Store, args: argparse.Namespace, *, read_only: bool = False) -> Actor:
    """The signed-in actor of this command, through the same core sign-in as the window (the same lockout and
    audit). Refused (exit 1, one line) without a username, with a wrong password, or on a database without any
    account yet (`no_accounts` says what sets it up); nothing else is written."""
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.security.sessions import SignInFailed, check_read_only
    from l2fh_desk.security.sessions import sign_in as core_sign_in

    if getattr(args, "_recovered", False):  # the recovery key opened it: the commander's safe, not an account
        from l2fh_desk.domain.roles import Actor, Role

        return Actor(username=RECOVERY_USER, role=Role.COMMANDER)
    if not has_accounts(store):
        raise Refused(no_accounts(store))
    username, password = credentials(store.path.name, args)
    try:
        return (check_read_only if read_only else core_sign_in)(store, username, password).actor
    except SignInFailed as exc:
        raise Refused(f"{exc.message} Nothing was done.") from exc


def refuse_a_database_as_out(args: argparse.Namespace) -> None:
    """`--out h.db` (or `h.db.key`, another database, ...) would replace a database with a report or bundle:
    refused in one line before anything is opened or written."""
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.store.files import is_database_file

    out, db = getattr(args, "out", None), getattr(args, "db", None)
    if isinstance(out, Path) and isinstance(db, Path) and is_database_file(out, db):
        raise Refused(f"--out {out} is a database or one of its files; nothing was written, choose another file name")


def open_signed_in(path: Path, args: argparse.Namespace, *, create: bool = False) -> tuple[Store, Actor]:
    """Open the command's store and sign in; the store is closed again when the sign-in is refused. A `--out`
    naming a database (`refuse_a_database_as_out`) is refused first."""
    refuse_a_database_as_out(args)
    from l2fh_desk.store.leftovers import remove_stale_working_copies

    store = open_store(path, create=create, args=args)
    try:
        signed_in = store, sign_in(store, args)
    except BaseException:
        store.close()
        raise
    remove_stale_working_copies(store.path)
    return signed_in
