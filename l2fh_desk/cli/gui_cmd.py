"""`l2fh-desk [gui] [--db PATH] [--demo]`: open the desktop app."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("gui", help="open the desktop app (default)")
    parser.add_argument("--db", type=Path, default=None, help="database file (default: in the user's data folder)")
    parser.add_argument("--demo", action="store_true", help="open a demo database (made if missing)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from l2fh_desk.ui.app import run_app

    return run_app(db=args.db, demo=args.demo)
