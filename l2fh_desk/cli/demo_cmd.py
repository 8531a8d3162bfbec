"""`l2fh-desk demo --db PATH`: build (or add to) a believable demo hospital database."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from l2fh_desk.cli.common import add_db, bounded, open_store, sign_in


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("demo", help="make or extend a demo hospital database")
    add_db(parser)
    parser.add_argument("--encounters", type=bounded(0, 1_000_000), default=3000)
    parser.add_argument("--outreach", type=bounded(0, 100_000), default=120)
    parser.add_argument("--seed", type=int, default=1)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.demo.generator import generate, is_demo, is_unset

    if args.encounters < 0 or args.outreach < 0:
        raise Refused("--encounters and --outreach must be zero or more")
    started = time.perf_counter()

    def progress(message: str) -> None:
        # the message first: scripts (and the kill test) look for lines starting "patients:" etc.
        print(f"  {message}  [{time.perf_counter() - started:.1f} s]", file=sys.stderr)

    with open_store(args.db, create=True) as store:
        if not is_demo(store) and not is_unset(store):
            raise Refused(f"{args.db} is not a demo database; demo records are added only to a demo or a new file")
        if is_demo(store):
            sign_in(store, args)  # adding to an existing demo: one of its accounts (see README)
        summary = generate(store, encounters=args.encounters, outreach=args.outreach, seed=args.seed,
                           progress=progress)
    elapsed = time.perf_counter() - started
    added = ", ".join(f"{count} {table}" for table, count in summary.counts.items())
    print(f"{args.db}: added {added} in {elapsed:.1f} s")
    return 0
