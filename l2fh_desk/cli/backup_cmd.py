"""`l2fh-desk backup --db PATH [--to DIR]`: an online backup, verified after writing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from l2fh_desk.cli.common import add_db, open_signed_in


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("backup", help="make a verified online backup of a database")
    add_db(parser, help="database file (never created)")
    parser.add_argument("--to", type=Path, default=None,
                        help="an existing folder for the backup, e.g. a mounted USB drive (default: backups/ beside the database, rotated)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.store.backup import make_backup

    if args.to is not None and args.to.exists() and not args.to.is_dir():
        raise Refused(f"--to {args.to} is a file, not a folder")
    if args.to is not None and not args.to.is_dir():  # never made: a mistyped or unmounted USB path
        raise Refused(f"The folder {args.to} does not exist; is the drive plugged in and mounted? Nothing was backed up.")
    store, actor = open_signed_in(args.db, args)
    with store:
        target = make_backup(store.db, reason="manual", to_dir=args.to, actor=actor)
    print(f"{args.db}: backed up to {target} (verified)")
    return 0
