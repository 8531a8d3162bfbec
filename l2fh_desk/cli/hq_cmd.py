"""`l2fh-desk hq ...`: the HQ workspace from the command line, over the same core as the window.

    hq init --db HQ.db --department NAME --admin USER [--name FULL_NAME]     (password: prompt or L2FH_PASSWORD)
    hq accounts --db HQ.db --user ADMIN [--add USER [--role hq_admin|hq_analyst] [--name FULL_NAME]
               | --reset USER | --disable USER | --enable USER | --unlock USER]
               (a new password: prompt or L2FH_NEW_PASSWORD; the same options as `accounts` at a hospital)
Every command but `init` and `demo` (which make a new file) signs in with --user NAME (L2FH_PASSWORD).
    hq overview --db HQ.db
    hq summary --db HQ.db --out FILE.(pdf|csv) [--lang en|vi|fr] [--year Y | --from DATE --to DATE]
               [--hospital ID]... [--rotations FIRST-LAST] [--excel]
    hq dhis2 --db HQ.db --mapping FILE.json --out FILE.json (--year Y | --month YYYY-MM)... [--hospital ID]...
    hq demo --db HQ.db [--encounters N]
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from l2fh_desk.cli.accounts_cmd import add_account_options, manage
from l2fh_desk.cli.common import (
    PASSWORD_ENV,
    a_day,
    a_year,
    add_db,
    bounded,
    new_password,
    open_store,
    refuse_a_database_as_out,
    sign_in,
)
from l2fh_desk.domain.languages import CODES


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("hq", help="the HQ workspace: init, accounts, overview, ministry summary, DHIS2, demo")
    hq = parser.add_subparsers(dest="hq_command", metavar="HQ_COMMAND", required=True)
    init = hq.add_parser("init", help="make an HQ database: department, HQ key pair, first HQ administrator")
    add_db(init, sign_in=False)
    init.add_argument("--department", required=True)
    init.add_argument("--admin", required=True, help="username of the first HQ administrator")
    init.add_argument("--name", default="", help="the administrator's full name")
    init.add_argument("--research", action="store_true",
                      help="a research database: it takes only pseudonymised bundles (an HQ database takes real ones)")
    accounts = hq.add_parser("accounts", help="list HQ accounts; add, reset, disable, enable or unlock one")
    add_db(accounts)
    add_account_options(accounts, roles=("hq_admin", "hq_analyst"), default="hq_analyst")
    overview = hq.add_parser("overview", help="every hospital and rotation HQ holds")
    add_db(overview)
    summary = hq.add_parser("summary", help="the ministry summary as PDF or CSV")
    add_db(summary)
    summary.add_argument("--out", required=True, type=Path)
    summary.add_argument("--lang", default="en", choices=CODES)
    summary.add_argument("--year", type=a_year)
    summary.add_argument("--from", dest="start", type=a_day)
    summary.add_argument("--to", dest="end", type=a_day)
    summary.add_argument("--hospital", action="append", default=[], help="hospital id (repeat; default: all)")
    summary.add_argument("--rotations", help="FIRST-LAST rotation numbers (default: all)")
    summary.add_argument("--excel", action="store_true", help="CSV for spreadsheets (byte-order mark, CRLF)")
    dhis2 = hq.add_parser("dhis2", help="aggregate figures as a DHIS2 dataValueSets JSON file")
    add_db(dhis2)
    dhis2.add_argument("--mapping", required=True, type=Path, help="our figure codes -> DHIS2 UIDs (JSON)")
    dhis2.add_argument("--out", required=True, type=Path)
    dhis2.add_argument("--year", type=a_year, action="append", default=[])
    dhis2.add_argument("--month", action="append", default=[], help="YYYY-MM (repeat)")
    dhis2.add_argument("--hospital", action="append", default=[])
    demo = hq.add_parser("demo", help="make the demo HQ (three demo hospitals imported)")
    add_db(demo, sign_in=False)
    demo.add_argument("--encounters", type=bounded(0, 1_000_000), default=1500)
    parser.set_defaults(handler=run)


def _open_hq(args: argparse.Namespace) -> tuple[Any, Any]:
    """The HQ store and the HQ account signed in to it (the same sign-in and lockout as the window)."""
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.hq.workspace import is_hq

    refuse_a_database_as_out(args)  # `hq summary --out hq.db` never replaces the HQ database
    store = open_store(args.db, args=args)
    try:
        if not is_hq(store):
            raise Refused(f"{args.db.name} is not an HQ database (make one with `l2fh-desk hq init`)")
        return store, sign_in(store, args)
    except BaseException:
        store.close()
        raise


def run(args: argparse.Namespace) -> int:
    return int(globals()[f"_{args.hq_command}"](args))


def _init(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.domain.errors import DomainError
    from l2fh_desk.domain.roles import SYSTEM
    from l2fh_desk.exchange.manifest import BundleRefused
    from l2fh_desk.hq.workspace import hq_set_up_input, set_up_hq

    password = new_password(args.admin, PASSWORD_ENV)
    try:
        hq_set_up_input(args.department, password)  # refused before the database or its key is made
    except DomainError as exc:
        raise Refused(str(exc)) from exc
    with open_store(args.db, create=True) as store:
        if store.users.count():
            raise Refused(f"{args.db.name} has accounts already; `hq init` makes a new HQ database")
        try:
            key = set_up_hq(store, department_name=args.department, username=args.admin, display_name=args.name,
                            password=password, actor=SYSTEM, research=args.research)
        except BundleRefused as exc:
            raise Refused(exc.reason) from exc
    kind = "research database (pseudonymised bundles only)" if args.research else "HQ database"
    print(f"{kind} {args.db} ready: department {args.department!r}, administrator {args.admin}")
    print(f"  public key for the hospitals: {key.public_path}")
    print(f"  fingerprint {key.fingerprint}")
    return 0


def _accounts(args: argparse.Namespace) -> int:
    store, actor = _open_hq(args)
    with store:
        return manage(store, actor, args)


def _overview(args: argparse.Namespace) -> int:
    from l2fh_desk.domain.roles import Action
    from l2fh_desk.hq.overview import overview, review_counts

    store, actor = _open_hq(args)
    with store:
        actor.require(Action.READ_CLINICAL)
        rows = overview(store)
        counts = review_counts(store)
    print("hospital\trotation\tdates\tcommander\tlast bundle\tage (days)\tpatients\tencounters\tadmissions"
          "\topen at last export\toutreach\tstaff\thistory chain")
    for r in rows:
        print("\t".join(str(v) for v in (r.hospital, r.rotation, f"{r.start_date}..{r.end_date}", r.commander,
                                         r.last_bundle_at or "none", "" if r.last_bundle_days is None else
                                         r.last_bundle_days, r.patients, r.encounters, r.admissions,
                                         r.open_admissions, r.outreach, r.staff,
                                         "continues" if r.chain_continues else "BROKEN")))
    print(f"review: {counts.duplicates} likely duplicate(s) to check, {counts.linked} linked;"
          f" {counts.conflicts} merge conflict(s) and refused row(s)", file=sys.stderr)
    return 0


def _scope(args: argparse.Namespace) -> Any:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.hq.summary import Scope
    from l2fh_desk.hq.summary_doc import ALL_TIME

    if args.year:
        first, last = date(args.year, 1, 1), date(args.year, 12, 31)
    else:
        first, last = args.start or ALL_TIME[0], args.end or ALL_TIME[1]
    rotations = None
    if args.rotations:
        try:
            low, high = (int(x) for x in args.rotations.split("-", 1))
        except ValueError as exc:
            raise Refused(f"--rotations {args.rotations!r}: give FIRST-LAST, e.g. 3-5") from exc
        if low < 1:
            raise Refused(f"--rotations {args.rotations!r}: rotation numbers start at 1")
        if high < low:
            raise Refused(f"--rotations {args.rotations!r}: the last rotation ({high}) is before the first ({low})")
        rotations = (low, high)
    return Scope(first, last, hospitals=tuple(args.hospital), rotations=rotations)


def _summary(args: argparse.Namespace) -> int:
    from l2fh_desk.hq.summary_doc import generate_summary

    store, actor = _open_hq(args)
    with store:
        path, figures = generate_summary(store, scope=_scope(args), out=args.out, actor=actor, lang=args.lang,
                                         excel=args.excel, progress=lambda d, t: print(f"{d}/{t}", file=sys.stderr))
    print(f"{path}: {len(figures.rows)} hospital rotation(s), {figures.persons_total:,} distinct persons,"
          f" {sum(r.encounters for r in figures.rows):,} encounters")
    return 0


def _dhis2(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.hq.dhis2 import MappingProblem, export_dhis2, load_mapping, periods_of

    try:
        mapping = load_mapping(args.mapping)
        periods = periods_of(years=args.year, months=args.month)
    except MappingProblem as exc:
        raise Refused(str(exc)) from exc
    from l2fh_desk.domain.roles import Action

    store, actor = _open_hq(args)
    with store:
        actor.require(Action.GENERATE_REPORTS)
        result = export_dhis2(store, mapping=mapping, periods=periods, out=args.out, hospitals=tuple(args.hospital))
    print(f"{result.path}: {result.values:,} data values ({len(periods)} period(s), {result.org_units} org unit(s))")
    for note in result.notes:
        print(f"  {note}", file=sys.stderr)
    return 0


def _demo(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.hq.demo import HQ_DEMO_ACCOUNTS, build_demo_hq

    if args.db.exists():
        raise Refused(f"{args.db} exists; the demo HQ is made in a new file")
    results = build_demo_hq(args.db, encounters=args.encounters, progress=lambda m: print(m, file=sys.stderr))
    print(f"demo HQ {args.db}: {len(results)} hospitals imported")
    for user, password, role, _name in HQ_DEMO_ACCOUNTS:
        print(f"  sign in as {user} / {password} ({role.value})")
    return 0
