"""`l2fh-desk export-csv --db PATH --out DIR`: patients, encounters and outreach line lists for spreadsheets."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from l2fh_desk.cli.common import add_db, open_signed_in


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("export-csv", help="write CSV line lists (patients, encounters, outreach)")
    add_db(parser, help="hospital or HQ database (never created)")
    parser.add_argument("--out", required=True, type=Path, help="folder for the CSV files (made if missing)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.exchange.csv_export import write_line_lists

    if args.out.exists() and not args.out.is_dir():
        raise Refused(f"{args.out} is a file; give a folder for the CSV files")
    store, actor = open_signed_in(args.db, args)
    with store:
        counts = write_line_lists(store, args.out, actor=actor)
    for name, count in counts.items():
        print(f"{args.out / name}: {count:,} rows")
    return 0
