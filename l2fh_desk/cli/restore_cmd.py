"""`l2fh-desk restore --from FILE --db PATH` (or `--newest`): put a good backup back; the old file is kept."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from l2fh_desk.cli.common import add_db, add_recovery, open_signed_in


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("restore", help="restore a database from a backup (the current file is kept aside)")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--from", dest="source", type=Path, help="the backup file to restore")
    source.add_argument("--newest", action="store_true", help="the newest backup of this hospital that passes `check` (others are named and skipped)")
    add_db(parser, help="the database file to replace")
    add_recovery(parser)
    parser.set_defaults(handler=run)


def _signed_in(args: argparse.Namespace, source: Path) -> Any:
    """Sign in against the live database; when it cannot be opened (what a restore is for), against the backup
    that is to replace it, only read (nothing is written to it, so no attempt is counted there). Either way only
    someone who may restore (a commander) gets past the core."""
    from l2fh_desk.cli.common import open_store, sign_in
    from l2fh_desk.domain.roles import Action
    from l2fh_desk.store.errors import StorageError

    try:
        store, actor = open_signed_in(args.db, args)
        store.close()
    except StorageError:
        store = open_store(source, readonly=True)
        try:
            actor = sign_in(store, args, read_only=True)
        finally:
            store.close()
    actor.require(Action.BACKUP_RESTORE)
    return actor


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.common import unlock
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.security.unlock import needs_unlock
    from l2fh_desk.store.errors import StorageError, StorageProblem
    from l2fh_desk.store.restore import check_restorable, check_target, newest_good_backup, restore

    source = args.source
    check_target(args.db)  # another application's file is never replaced
    # An encrypted database: its backups open with its data key, unwrapped first (the live slots file, or the
    # one beside the backup when the live one is gone).
    if needs_unlock(args.db):
        unlock(args.db, args)
    elif source is not None and not args.db.exists():
        unlock(source, args)
    if args.newest:
        found = newest_good_backup(args.db, skipped=lambda backup, why: print(
            f"l2fh-desk: skipped {backup.path}: {why}", file=sys.stderr))
        if found is None:
            raise Refused(f"no good backup of {args.db} was found")
        source = found.path
    try:
        check_restorable(source, args.db)  # a bad backup is named before anyone signs in: nothing is written
        result = restore(source, args.db, actor=_signed_in(args, source))
    except StorageError as exc:  # the backup is bad, not the live database: say which, and that nothing changed
        if exc.problem is StorageProblem.BACKUP_MISSING:
            raise Refused(f"The backup file {source} does not exist; nothing was restored.") from exc
        if exc.problem not in (StorageProblem.CORRUPT, StorageProblem.NOT_A_DATABASE) or args.newest:
            raise
        raise Refused(exc.detail or f"{source} is not a good backup; nothing was changed") from exc
    print(f"{args.db}: restored from {result.restored_from}")
    if result.replaced is not None:
        print(f"  the previous file is kept as {result.replaced}")
    if result.old_passwords:
        print("  its key slots differ from the ones replaced: the passwords in force when this backup was made come"
              " back with it (and a password set since no longer opens the file)")
    return 0
