"""`l2fh-desk report handover|mds`: the rotation handover report and the WHO EMT MDS report."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from l2fh_desk.cli.common import add_db, bounded, open_signed_in
from l2fh_desk.domain.languages import CODES


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("report", help="write the handover report or the WHO EMT MDS report")
    kinds = parser.add_subparsers(dest="report", metavar="REPORT", required=True)
    handover = kinds.add_parser("handover", help="rotation handover report (PDF)")
    add_db(handover)
    handover.add_argument("--rotation", type=bounded(1, 9999), help="rotation number (default: the latest)")
    handover.add_argument("--out", required=True, type=Path, help="FILE.pdf")
    handover.add_argument("--lang", choices=CODES, default="en")
    handover.add_argument("--hospital", help="in an HQ database: the hospital's UUID or the start of its name")
    handover.set_defaults(handler=run_handover)
    mds = kinds.add_parser("mds", help="WHO EMT Minimum Data Set for a period (PDF, CSV or JSON)")
    add_db(mds)
    mds.add_argument("--from", dest="start", required=True, metavar="DATE", help="first day, YYYY-MM-DD")
    mds.add_argument("--to", dest="end", required=True, metavar="DATE", help="last day, YYYY-MM-DD")
    mds.add_argument("--out", required=True, type=Path, help="FILE.pdf, FILE.csv or FILE.json")
    mds.add_argument("--lang", choices=CODES, default="en", help="language of the PDF")
    mds.set_defaults(handler=run_mds)


def _progress(done: int, total: int) -> None:
    print(f"  {done}/{total}", file=sys.stderr)


def _day(text: str, option: str) -> date:
    from l2fh_desk.cli.run import Refused

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Refused(f"{option} {text!r} is not a real date (use YYYY-MM-DD)") from None


def run_handover(args: argparse.Namespace) -> int:
    from l2fh_desk.reports.generate import generate_handover

    store, actor = open_signed_in(args.db, args)
    with store:
        out = generate_handover(store, rotation_number=args.rotation, out=args.out, lang=args.lang, actor=actor,
                                hospital=args.hospital, progress=_progress)
    print(f"{out}: handover report written")
    return 0


def run_mds(args: argparse.Namespace) -> int:
    from l2fh_desk.reports.generate import generate_mds, mds_format

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    mds_format(args.out)  # refuse a wrong extension before opening the database
    store, actor = open_signed_in(args.db, args)
    with store:
        result = generate_mds(store, start=start, end=end, out=args.out, actor=actor, lang=args.lang,
                              progress=_progress)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    total = result.figures.total
    days, seen = len(result.figures.days), total.consultations
    print(f"{result.path}: WHO EMT MDS {start.isoformat()} to {end.isoformat()}, {days} day{'s' * (days != 1)},"
          f" {seen} consultation{'s' * (seen != 1)}")
    return 0
