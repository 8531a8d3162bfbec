"""`l2fh-desk wards --db PATH [--add NAME (--beds N | --labels A,B,...)]`: list the wards and their beds, or set up
a ward (added to a ward of that name) -- the commander's window calls the same services.beds.set_up_ward."""

from __future__ import annotations

import argparse
from typing import Any

from l2fh_desk.cli.common import add_db, open_signed_in


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("wards", help="list the wards and beds, or set up a ward (a commander)")
    add_db(parser, help="database file (never created)")
    parser.add_argument("--add", metavar="NAME", default=None, help="the ward to set up or add beds to")
    beds = parser.add_mutually_exclusive_group()
    beds.add_argument("--beds", type=int, default=None, help="a number of beds, labelled B-01, B-02 ...")
    beds.add_argument("--labels", default=None, help="the bed labels, separated by commas (e.g. ISO-1,ISO-2)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.services.beds import set_up_ward, wards_set_up

    if args.add is None and (args.beds is not None or args.labels is not None):
        raise Refused("--beds and --labels need --add NAME (the ward they belong to)")
    store, actor = open_signed_in(args.db, args)
    with store:
        if args.add is not None:
            labels = [label.strip() for label in (args.labels or "").split(",") if label.strip()] or None
            added, beds = set_up_ward(store, args.add, labels=labels, count=None if labels else args.beds,
                                      actor=actor)
            print(f"{args.db}: ward {added.name}: {len(beds)} beds added ({', '.join(b.label for b in beds)})")
        wards = wards_set_up(store)
    if not any(ward.beds for ward in wards):
        print("No wards set up yet: beds are typed freely.")
    for listed in wards:
        used = f", {listed.in_use} in use" if listed.in_use else ""
        print(f"{listed.name}: {len(listed.beds)} beds ({', '.join(listed.beds)}){used}")
    return 0
