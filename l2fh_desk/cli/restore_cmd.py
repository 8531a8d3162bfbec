"""`l2fh-desk restore --from FILE --db PATH` (or `--newest`): put a good backup back; the old file is kept."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from l2fh_desk.cli.common import add_db


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("restore", help="restore a database from a backup (the current file is kept aside)")
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--from", dest="source", type=Path, help="the backup file to restore")
    source.add_argument("--newest", action="store_true", help="the newest backup that passes its check")
    add_db(parser, help="the database file to replace")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.store.backup import newest_good_backup, restore
    from l2fh_desk.store.errors import StorageError, StorageProblem

    source = args.source
    if args.newest:
        found = newest_good_backup(args.db)
        if found is None:
            raise Refused(f"no good backup of {args.db} was found")
        source = found.path
    try:
        result = restore(source, args.db)
    except StorageError as exc:  # the backup is bad, not the live database: say which, and that nothing changed
        if exc.problem not in (StorageProblem.CORRUPT, StorageProblem.NOT_A_DATABASE) or args.newest:
            raise
        raise Refused(exc.detail or f"{source} is not a good backup; nothing was changed") from exc
    print(f"{args.db}: restored from {result.restored_from}")
    if result.replaced is not None:
        print(f"  the previous file is kept as {result.replaced}")
    return 0
