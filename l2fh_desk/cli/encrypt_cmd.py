"""`l2fh-desk encrypt --db PATH --user NAME`: encrypt a plain hospital database at rest (commander).

The database is checked first, then converted with its backups and key files (store/encrypt.py), checked
again, and the recovery key is printed once. The signed-in commander gets the first key slot; every other
account opens the encrypted file once the commander has reset its password (its old password is known to
nobody, so nothing can wrap the key for it): `l2fh-desk accounts --reset NAME`, or the window's Accounts page."""

from __future__ import annotations

import argparse
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


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.domain.roles import Action
    from l2fh_desk.exchange.bundle_write import HQ_KEY_SETTING
    from l2fh_desk.exchange.keys import parse_hq_public
    from l2fh_desk.security.unlock import add_hq_slot, encrypt_store
    from l2fh_desk.store import atrest, audit
    from l2fh_desk.store.check import check_database

    if atrest.is_encrypted(args.db):
        raise Refused(f"{args.db} is already encrypted; nothing was done")
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
        recovery = encrypt_store(store, username=actor.username, password=password)
        if hq_key:
            add_hq_slot(store, parse_hq_public(str(hq_key)))
        others = sorted(u.username for u in store.users.active() if u.username != actor.username)
        with store.db.atomic():
            audit.append(store.db, actor=actor, origin=store.origin, action="encrypt",
                         after={"file": store.path.name, "hq_slot": bool(hq_key)})
    after = check_database(args.db)
    if not after.ok:
        raise Refused(f"{args.db} was encrypted but fails its check ({after.problems[0]}); keep the recovery key"
                      f" below and call support:\n" + "\n".join(recovery_lines(recovery)))
    print(f"{args.db}: encrypted at rest (its backups and key files too); checked: ok")
    if others:
        print(f"  reset the password of {', '.join(others)} so that they can open it (nobody can wrap the key for a"
              f" password nobody typed): l2fh-desk accounts --db {args.db} --reset NAME, or the window's Accounts"
              " page")
    print("\n".join(recovery_lines(recovery)))
    return 0
