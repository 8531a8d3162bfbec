"""`l2fh-desk recover --db PATH --user NAME`: every password forgotten; the recovery key printed at the first run
opens the encrypted database and sets a new password for a commander account (audited as the recovery key)."""

from __future__ import annotations

import argparse
from typing import Any

from l2fh_desk.cli.common import RECOVERY_ENV, add_db, new_password, open_store, sign_in


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("recover", help="with the recovery key, set a new password for a commander account")
    add_db(parser, help="the encrypted database (never created)", sign_in=False)
    parser.add_argument("--user", metavar="NAME", required=True, help="the commander account to give a new password")
    parser.set_defaults(handler=run, recovery_key=True)


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.domain.roles import Role
    from l2fh_desk.security.accounts import reset_password
    from l2fh_desk.store import atrest

    if not atrest.is_encrypted(args.db):
        raise Refused(f"{args.db} is not encrypted: it has no recovery key ({RECOVERY_ENV}); nothing was done")
    with open_store(args.db, args=args) as store:  # unlocked with the recovery key (asked for)
        actor = sign_in(store, args)
        account = store.users.by_username(args.user)
        if account is None or account.role != Role.COMMANDER:
            raise Refused(f"{args.user} is not a commander account of {args.db.name}; nothing was done")
        reset_password(store, account.id, new_password(account.username), actor=actor)
    print(f"{args.db}: {account.username} has a new password (and its key slot); sign in with it")
    return 0
