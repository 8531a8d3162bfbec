"""One command line over the same core (argparse subcommands); see DESIGN.md "Command line"."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from l2fh_desk import __version__

# name → module in l2fh_desk.cli providing `add_parser(subparsers)` and `run(args) -> int`.
COMMANDS = ("gui", "demo", "check")

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad arguments: exit status 2."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="l2fh-desk", description="L2FH Desk: offline Level-2 Field Hospital logger")
    parser.add_argument("--version", action="version", version=f"L2FH Desk {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"l2fh_desk.cli.{name.replace('-', '_')}_cmd")
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    # `l2fh-desk [--db PATH] [--demo]` opens the desktop app (gui is the default command).
    known = {name for name in COMMANDS} | {"-h", "--help", "--version"}
    if not any(a in known for a in args_list if not a.startswith("--db=")):
        args_list = ["gui", *args_list]
    args = parser.parse_args(args_list)
    from l2fh_desk.cli.run import run_command

    return run_command(args)
