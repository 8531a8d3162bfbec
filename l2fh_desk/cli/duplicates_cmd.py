"""`l2fh-desk duplicates --db HQ.db [--link A B | --unlink A B] [--reason TEXT]`: likely duplicate patients at HQ
with the evidence for each pair, and the links an analyst makes or removes (audited)."""

from __future__ import annotations

import argparse
from typing import Any

from l2fh_desk.cli.common import add_db, open_signed_in


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("duplicates", help="likely duplicate patients at HQ; link or unlink two records")
    add_db(parser, help="HQ database")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--link", nargs=2, metavar=("PATIENT_A", "PATIENT_B"), help="the two records are one person")
    group.add_argument("--unlink", nargs=2, metavar=("PATIENT_A", "PATIENT_B"), help="remove a link made in error")
    parser.add_argument("--reason", default="", help="why (recorded in the audit trail)")
    parser.add_argument("--limit", type=int, default=200, help="pairs to list (default 200)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.exchange.duplicates import (
        distinct_persons,
        likely_duplicates,
        link_patients,
        unlink_patients,
    )
    from l2fh_desk.exchange.trust import plain

    store, actor = open_signed_in(args.db, args)
    with store:
        if args.link:
            link_patients(store, *args.link, reason=args.reason, actor=actor)
            print(f"linked {args.link[0]} and {args.link[1]}: counted as one person in HQ figures")
            return 0
        if args.unlink:
            removed = unlink_patients(store, *args.unlink, reason=args.reason, actor=actor)
            print(f"unlinked {args.unlink[0]} and {args.unlink[1]}" if removed else "those two records were not linked")
            return 0
        pairs = likely_duplicates(store, limit=args.limit)
        records = store.patients.count("voided_at IS NULL")
        print(f"{records:,} patient records, {distinct_persons(store):,} distinct persons;"
              f" {len(pairs):,} likely duplicate pair(s)")
        for pair in pairs:
            mark = "linked" if pair.linked else "not linked"
            print(f"- {pair.patient_a} {plain(pair.name_a, 80)!r} / {pair.patient_b} {plain(pair.name_b, 80)!r}"
                  f" ({mark})")
            for line in pair.evidence:
                print(f"    {plain(line, 200)}")
    return 0
