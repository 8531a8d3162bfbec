"""`l2fh-desk export-fhir --db PATH --out FILE.json`: a FHIR R4 collection Bundle of the records."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from l2fh_desk.cli.common import add_db, open_signed_in


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("export-fhir", help="write a FHIR R4 Bundle (Patient, Encounter, Condition, ...)")
    add_db(parser, help="hospital or HQ database (never created)")
    parser.add_argument("--out", required=True, type=Path, help="JSON file to write")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.exchange.fhir import write_bundle

    if not args.out.parent.is_dir():  # say so before reading the database, not as an errno afterwards
        raise Refused(f"the folder {args.out.parent} does not exist")
    if args.out.is_dir():
        raise Refused(f"{args.out} is a folder; give a file name")
    store, actor = open_signed_in(args.db, args)
    with store:
        count = write_bundle(store, args.out, actor=actor)
    print(f"{args.out}: FHIR R4 collection Bundle with {count:,} resources")
    return 0
