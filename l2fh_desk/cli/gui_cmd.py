"""`l2fh-desk [gui] [--db PATH] [--demo]`: open the desktop app."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from l2fh_desk.cli.common import add_db


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("gui", help="open the desktop app (default)")
    add_db(parser, required=False, sign_in=False, help="database file (default: in the user's data folder)")
    parser.add_argument("--demo", action="store_true", help="open a demo database (made if missing)")
    parser.set_defaults(handler=run)


def no_screen() -> bool:
    """On Linux without X11 or Wayland (an SSH session, a service) Qt would abort with a multi-line error."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(args: argparse.Namespace) -> int:
    if no_screen():
        print("l2fh-desk: no screen was found (DISPLAY is not set), so the window cannot open;"
              " the commands work without one: l2fh-desk --help", file=sys.stderr)
        return 1
    from l2fh_desk.ui.app import run_app

    return run_app(db=args.db, demo=args.demo)
