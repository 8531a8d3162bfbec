"""`l2fh-desk import --into HQ.db FILE.l2fh... [--trust FINGERPRINT]...`: verify and merge bundles; a table per
bundle. Only the fingerprints named are trusted (each as confirmed with its hospital)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from l2fh_desk.cli.common import add_db, open_store, sign_in

COLUMNS = ("new", "updated", "unchanged", "refused", "conflicts")


def _fingerprint(text: str) -> str:
    from l2fh_desk.exchange.trust import normalise_fingerprint

    try:
        return normalise_fingerprint(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("import", help="merge hospital bundles into the HQ database")
    add_db(parser, option="--into", help="HQ database (made if missing)")
    parser.add_argument("bundles", nargs="+", type=Path, metavar="FILE.l2fh")
    parser.add_argument("--trust", action="append", default=[], metavar="FINGERPRINT", type=_fingerprint,
                        help="accept and record the signing key with this fingerprint, of a hospital not seen before"
                             " (confirm it with the hospital first; quote it, or give the 64 hex digits; repeatable)")
    parser.add_argument("--hq-key", type=Path, default=None,
                        help="HQ private key for encrypted bundles (default: HQ.db.hq.key beside the database)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused, fail
    from l2fh_desk.exchange.hq import ConflictEntry, conflicts
    from l2fh_desk.exchange.importer import ALREADY, REFUSED, import_bundles
    from l2fh_desk.exchange.manifest import BundleRefused
    from l2fh_desk.exchange.trust import normalise_fingerprint, plain, require_hq

    trust = {normalise_fingerprint(text) for text in args.trust}

    def progress(_fraction: float, message: str) -> None:
        print(f"  {message}", file=sys.stderr)

    if not args.into.exists():
        raise Refused(f"{args.into} does not exist: make the HQ database first with"
                      f" `l2fh-desk hq init --db {args.into}`; nothing was done")
    with open_store(args.into, args=args) as hq:
        try:
            require_hq(hq)  # a hospital's database is named as such before anyone signs in to it
        except BundleRefused as exc:
            raise Refused(exc.reason) from exc
        actor = sign_in(hq, args)
        results = import_bundles(hq, args.bundles, trust=trust, actor=actor, progress=progress,
                                 hq_key=args.hq_key)
        review: dict[str, list[ConflictEntry]] = {}
        for entry in conflicts(hq, table=None, limit=10_000):
            if entry.kind.startswith("conflict_"):
                review.setdefault(entry.bundle_id, []).append(entry)
    status = 0
    for result in results:
        if result.status == REFUSED:
            status = fail(f"{result.path}: refused: {result.reason}")
            continue
        if result.status == ALREADY:
            print(f"{result.path}: already imported (bundle {result.bundle_id}); nothing changed")
            continue
        print(f"{result.path}: imported from {result.hospital_name} ({result.hospital_id}) in {result.seconds:.1f} s")
        if result.trusted_now:
            print(f"  trusted new signer {result.signer_fingerprint}")
        print(f"  {'table':<22}" + "".join(f"{c:>11}" for c in COLUMNS))
        for table, counts in result.counts.items():
            values = counts.as_dict()
            print(f"  {table:<22}" + "".join(f"{values[c]:>11,}" for c in COLUMNS))
        same_version = review.get(result.bundle_id, [])
        if same_version:
            print(f"  for review: {len(same_version)} field(s) where the same record and version arrived with other"
                  " content (the later edit, then the content hash, decided):")
            for entry in same_version[:20]:
                kept = "replaced" if entry.kind == "conflict_replaced" else "kept"
                print(f"    {entry.table} {entry.record_id} {entry.field}: HQ {kept} {plain(entry.old_value, 60)!r}"
                      f" / {plain(entry.new_value, 60)!r}")
        if result.backup is not None:
            print(f"  backup of the HQ database before this import: {result.backup}")
    return status
