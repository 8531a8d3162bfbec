"""`l2fh-desk check --db PATH`: integrity and schema report; non-zero exit on a problem. Warnings (records that
count oddly in a report, such as a visit before its patient's birth) are listed; they do not fail the check."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from l2fh_desk.cli.common import add_db, add_recovery, unlock
from l2fh_desk.exchange.row_rules import file_refusal, hq_would_refuse
from l2fh_desk.store.check import check_database


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("check", help="integrity and schema report of a database")
    add_db(parser, help="database file (never created); read-only maintenance, no sign-in (an encrypted one is"
                        " opened with --user and its password, or --recovery-key)")
    add_recovery(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.db.is_file():
        unlock(args.db, args)  # an encrypted database: its key first (nothing is written to it)
    report = check_database(args.db)
    if report.ok:  # what HQ's importer would refuse, named before anyone exports (exchange/row_rules.py)
        refused = file_refusal(args.db)
        if refused is not None:
            report.problems.append(hq_would_refuse(refused))
    print(f"{report.path}: schema {report.schema_version}")
    for table, count in report.counts.items():
        print(f"  {table:<22} {count:>9}")
    for note in report.notes:
        print(f"  {note}")
    for warning in report.warnings:
        print(f"  warning: {warning}")
    if not report.ok:
        for problem in report.problems:
            print(f"l2fh-desk: {report.path}: {problem}", file=sys.stderr)
        return 1
    count = len(report.warnings)
    print(f"ok ({count} warning{'' if count == 1 else 's'})" if count else "ok")
    return 0
