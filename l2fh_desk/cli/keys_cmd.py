"""`l2fh-desk keys`: this installation's signing key and fingerprint; HQ's key pair with --hq-init."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from l2fh_desk.cli.common import add_db, has_accounts, open_signed_in, open_store, sign_in


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("keys", help="show the signing key; make HQ's key pair; set HQ's public key")
    add_db(parser, help="hospital database (or the HQ database with --hq-init)")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--hq-init", action="store_true", help="make HQ's encryption key pair beside the HQ database")
    group.add_argument("--set-hq-key", metavar="HQ_PUBLIC_KEY",
                       help="store HQ's public key in this hospital's settings: exports are then encrypted")
    group.add_argument("--rotate", action="store_true",
                       help="make a new signing key; writes a rotation statement (signed by the old key) for HQ")
    group.add_argument("--accept-rotation", metavar="FILE", type=Path,
                       help="at HQ: accept a hospital's key rotation statement (the new key signed by the old)")
    group.add_argument("--revoke", metavar="FINGERPRINT",
                       help="at HQ: refuse every bundle signed by this key from now on")
    parser.add_argument("--reason", default="", help="why a key is revoked (recorded)")
    parser.add_argument("--research", action="store_true",
                        help="with --hq-init: a research database, which takes only pseudonymised bundles")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.cli.run import Refused
    from l2fh_desk.domain.roles import SYSTEM, Action
    from l2fh_desk.exchange.bundle_write import HQ_KEY_SETTING
    from l2fh_desk.exchange.keys import (
        KeyProblem,
        b64,
        fingerprint,
        hq_public_text,
        init_hq_keys,
        read_hq_public,
    )
    from l2fh_desk.exchange.manifest import BundleRefused
    from l2fh_desk.exchange.trust import accept_rotation, make_hq, plain, revoke, rotate_signing_key
    from l2fh_desk.services.keys import key_status
    from l2fh_desk.store.files import atomic_file

    try:
        if args.hq_init:
            # Making an HQ of a new file is a set-up (like `hq init`, without its first administrator); an
            # existing database is signed in to like any other.
            store = open_store(args.db, create=True)
            try:
                actor = sign_in(store, args) if has_accounts(store) else SYSTEM
            except BaseException:
                store.close()
                raise
            with store:
                make_hq(store, actor=actor, research=args.research)
            public, private_path, public_path = init_hq_keys(args.db)
            print(f"HQ key pair made for {args.db}")
            print(f"  private key (keep it here, back it up): {private_path}")
            print(f"  public key (give it to the hospitals): {public_path}")
            print(f"  public key {b64(public)}")
            print(f"  fingerprint {fingerprint(public)}")
            return 0
        store, actor = open_signed_in(args.db, args)
        with store:
            if args.revoke:
                name = revoke(store, args.revoke, reason=args.reason, actor=actor)
                print(f"revoked key {args.revoke} of hospital {plain(name, 80)!r}; its bundles are refused from now on")
                return 0
            if args.accept_rotation:
                text = args.accept_rotation.read_text(encoding="ascii", errors="replace")
                name, new = accept_rotation(store, text, actor=actor)
                print(f"hospital {plain(name, 80)!r} now signs with key {new}; the old key is revoked")
                return 0
            if args.rotate:
                if not store.origin:
                    raise Refused("this database has no hospital of its own; only a hospital rotates its key")
                actor.require(Action.MANAGE_SETTINGS)  # a commander
                statement, kept = rotate_signing_key(store.path, store.origin)
                out = store.path.with_name(store.path.name + ".key-rotation.txt")
                with atomic_file(out, text=True, encoding="ascii") as handle:
                    handle.write(statement)
                print(f"new signing key made; the old key is kept at {kept}")
                print(f"  give HQ this rotation statement: {out}")
                return 0
            if args.set_hq_key:
                raw = read_hq_public(args.set_hq_key)
                store.app_settings.set(HQ_KEY_SETTING, hq_public_text(raw).strip(), actor=actor)
                print(f"HQ public key set; exports from {args.db} are now encrypted for {fingerprint(raw)}")
                return 0
            status = key_status(store, make=True)
            key = status.signing
            assert key is not None  # made when missing
            made = status.made_now
            hospital = store.hospitals.this()
            print(f"{args.db}: signing key {'made now' if made else 'of this installation'}")
            print(f"  hospital     {hospital.name + ' (' + hospital.id + ')' if hospital else '(not set up yet)'}")
            print(f"  key file     {key.path}")
            print(f"  public key   {key.public_b64}")
            print(f"  fingerprint  {key.fingerprint}")
            if status.hq_problem:
                raise Refused(status.hq_problem)
            if status.hq_fingerprint is not None:
                print(f"  exports are encrypted for HQ key {status.hq_fingerprint}")
            else:
                print("  no HQ key set: exports are signed but not encrypted")
            return 0
    except (KeyProblem, ValueError) as exc:
        raise Refused(str(exc)) from exc
    except BundleRefused as exc:
        raise Refused(exc.reason) from exc
