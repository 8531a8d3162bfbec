"""`l2fh-desk encrypt --db PATH --user NAME`: encrypt a plain hospital database at rest (commander).

The database is checked first, then converted with its backups and key files (store/encrypt.py), checked
again, and the recovery key is printed once. The signed-in commander gets the first key slot; every other
account opens the encrypted file once the commander has reset its password (its old password is known to
nobody, so nothing can wrap the key for it): `l2fh-desk accounts --reset NAME`, or the window's Accounts page."""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from l2fh_desk.cli.common import add_db, credentials, open_signed_in


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("encrypt", help="encrypt a plain database, its backups and key files at rest (commander)")
    add_db(parser, help="the plain database file to encrypt (never created)")
    parser.add_argument("--hq-slot", action="store_true",
                        help="also let HQ's key (the one in settings) open the file, for the ministry's recovery")
    parser.set_defaults(handler=run)


def recovery_lines(recovery: str) -> list[str]:
    """The recovery key as it is printed: once, in groups, with what it is for."""
    return ["",
            "RECOVERY KEY (shown once; print it or write it down and keep it in the safe):",
            "",
            f"    {recovery}",
            "",
            "It opens this database when every password is forgotten: l2fh-desk recover --db PATH --user NAME.",
            "Anyone who holds it can read every record in the file and in its backups."]


@contextmanager
def not_stopped_halfway() -> Iterator[None]:
    """Ctrl-C and SIGTERM wait until the files are converted and the recovery key is printed (stopped in between,
    the key would be lost unseen); a stop asked for meanwhile is dropped, with a line saying so. A power cut is
    finished by running encrypt again."""
    stops = {signal.SIGINT, signal.SIGTERM}
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal mask
        yield
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, stops)
    try:
        yield
    finally:
        asked = signal.sigpending() & stops
        handlers = {stop: signal.signal(stop, signal.SIG_IGN) for stop in asked}  # a pending ignored one is dropped
        signal.pthread_sigmask(signal.SIG_UNBLOCK, stops)
        for stop, handler in handlers.items():
            signal.signal(stop, handler)
        if asked:
            print("l2fh-desk: the stop waited until the encryption was finished", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.domain.roles import Action
    from l2fh_desk.exchange.bundle_write import HQ_KEY_SETTING
    from l2fh_desk.exchange.keys import parse_hq_public
    from l2fh_desk.security.unlock import add_hq_slot, encrypt_store
    from l2fh_desk.store import atrest, audit, encrypt
    from l2fh_desk.store.check import check_database

    if encrypt.stopped_before_conversion(args.db):  # nothing is encrypted yet: start again from the plain files
        encrypt.undo_unconverted(args.db)
        print(f"{args.db}: an earlier encrypt was interrupted before the database was converted; starting again",
              file=sys.stderr)
    if atrest.is_encrypted(args.db):
        if not encrypt.plain_parts(args.db):
            raise Refused(f"{args.db} is already encrypted; nothing was done")
        return _finish(args)
    before = check_database(args.db)  # a damaged file is not converted: its copy would carry the damage
    if not before.ok:
        raise Refused(f"{args.db} fails its check ({before.problems[0]}); nothing was done")
    store, actor = open_signed_in(args.db, args)
    with store:
        actor.require(Action.MANAGE_ACCOUNTS)
        if not actor.user_id:
            raise Refused(f"{args.db.name} has no account yet: run the first set-up first; nothing was done")
        hq_key = store.app_settings.stored(HQ_KEY_SETTING) if args.hq_slot else None
        if args.hq_slot and not hq_key:
            raise Refused("--hq-slot: no HQ key is set (l2fh-desk keys --set-hq-key); nothing was done")
        _username, password = credentials(store.path.name, args)
        with not_stopped_halfway():
            recovery = encrypt_store(store, username=actor.username, password=password)
            if hq_key:
                add_hq_slot(store, parse_hq_public(str(hq_key)))
            others = sorted(u.username for u in store.users.active() if u.username != actor.username)
            with store.db.atomic():
                audit.append(store.db, actor=actor, origin=store.origin, action="encrypt",
                             after={"file": store.path.name, "hq_slot": bool(hq_key)})
            return _checked_and_shown(args, recovery, others,
                                      f"{args.db}: encrypted at rest (its backups and key files too); checked: ok")


def _checked_and_shown(args: argparse.Namespace, recovery: str, others: list[str], done: str) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.store.check import check_database

    after = check_database(args.db)
    if not after.ok:
        raise Refused(f"{args.db} was encrypted but fails its check ({after.problems[0]}); keep the recovery key"
                      f" below and call support:\n" + "\n".join(recovery_lines(recovery)))
    print(done)
    if others:
        print(f"  reset the password of {', '.join(others)} so that they can open it (nobody can wrap the key for a"
              f" password nobody typed): l2fh-desk accounts --db {args.db} --reset NAME, or the window's Accounts"
              " page")
    print("\n".join(recovery_lines(recovery)))
    return 0


def _finish(args: argparse.Namespace) -> int:
    """An encrypt stopped after the database was converted: its plain backups and key files are converted now,
    under a new recovery key (the first one was never shown)."""
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.domain.roles import Action
    from l2fh_desk.security.keyslots import KeySlots, account_name
    from l2fh_desk.security.unlock import finish_encryption
    from l2fh_desk.store import audit

    store, actor = open_signed_in(args.db, args)
    with store:
        actor.require(Action.MANAGE_ACCOUNTS)
        if not actor.user_id:
            raise Refused(f"{args.db.name} has no account yet: run the first set-up first; nothing was done")
        with not_stopped_halfway():
            recovery = finish_encryption(store)
            slotted = set(KeySlots.load(store.path).users())
            others = sorted(u.username for u in store.users.active() if account_name(u.username) not in slotted)
            with store.db.atomic():
                audit.append(store.db, actor=actor, origin=store.origin, action="encrypt",
                             after={"file": store.path.name, "finished_after_interruption": True})
            return _checked_and_shown(args, recovery, others,
                                      f"{args.db}: the interrupted encryption was finished (its backups and key"
                                      " files are encrypted now, under a new recovery key); checked: ok")
