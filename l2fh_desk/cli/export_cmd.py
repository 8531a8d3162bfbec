"""`l2fh-desk export --db PATH --out FILE.l2fh [--to HQ_PUBLIC_KEY] [--pseudonymise]`: a signed (optionally
encrypted, optionally pseudonymised) bundle."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from l2fh_desk.cli.common import add_db, open_signed_in


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("export", help="write a signed export bundle (.l2fh) for HQ")
    add_db(parser, help="hospital database (never created)")
    parser.add_argument("--out", required=True, type=Path, help="bundle file to write, e.g. rotation5.l2fh")
    parser.add_argument("--to", metavar="HQ_PUBLIC_KEY", default=None,
                        help="encrypt for HQ: the .hq.pub file from `keys --hq-init`, or the key itself"
                             " (default: the HQ key in settings, if one is set)")
    parser.add_argument("--pseudonymise", "--pseudonymize", action="store_true",
                        help="for research or wider sharing: names, UN index numbers, phone, home location and"
                             " free-text notes removed or replaced by keyed hashes, dates of birth reduced to the"
                             " year, times cut to the day, patients generalised to k-anonymity; the manifest lists"
                             " what was changed")
    parser.add_argument("--k-anonymity", type=int, default=5, metavar="K",
                        help="with --pseudonymise: each combination of sex, birth year, nationality, unit and"
                             " category covers at least K patients (default 5)")
    parser.add_argument("--time-grain", choices=("day", "week"), default="day",
                        help="with --pseudonymise: cut every time to the day (default) or the week")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.exchange.bundle_write import ExportError, configured_hq_key, export_bundle
    from l2fh_desk.exchange.keys import KeyProblem, read_hq_public

    def progress(_fraction: float, message: str) -> None:
        print(f"  {message}", file=sys.stderr)

    store, actor = open_signed_in(args.db, args)
    with store:
        try:
            key = read_hq_public(args.to) if args.to else configured_hq_key(store)
            result = export_bundle(store, out=args.out, actor=actor, hq_public_key=key, progress=progress,
                                   pseudonymise=args.pseudonymise, k=args.k_anonymity, time_grain=args.time_grain)
        except KeyProblem as exc:
            raise Refused(f"--to: {exc}; nothing was exported") from exc
        except ExportError as exc:
            raise Refused(str(exc)) from exc
    rows = sum(n for table, n in result.counts.items() if table not in ("users", "audit_log"))
    print(f"{result.path}: {result.size:,} bytes, {rows:,} records, bundle {result.bundle_id}")
    print(f"  signed by this installation's key {result.signer_fingerprint}")
    if result.encrypted:
        print(f"  encrypted for HQ key {result.recipient_fingerprint}")
    else:
        print("  NOT encrypted (no HQ key given or set): carry it like a patient register")
    if result.pseudonymisation is not None:
        p = result.pseudonymisation
        print(f"  pseudonymised with this installation's key {p.key_fingerprint}; changed (details in"
              " manifest.json):")
        for table, columns in sorted(p.changes.items()):
            print(f"    {table}: {', '.join(columns)}")
        print(f"  times cut to the {p.time_grain}")
        if p.k_anonymity is not None:
            anon = p.k_anonymity
            print(f"  k-anonymity: asked k={anon.k}, achieved k={anon.achieved_k} over"
                  f" {', '.join(anon.quasi_identifiers)}; generalised: {'; '.join(anon.generalised) or 'nothing'}")
    print(f"  sha256 {result.sha256}")
    return 0
