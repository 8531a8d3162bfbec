"""One command line over the same core (argparse subcommands); see DESIGN.md "Command line"."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from l2fh_desk import __version__

# name → module in l2fh_desk.cli providing `add_parser(subparsers)` and `run(args) -> int`.
COMMANDS = ("gui", "demo", "check", "backup", "restore", "export", "import", "keys", "report", "export-fhir",
            "export-csv", "duplicates", "hq", "encrypt", "recover", "wards", "accounts")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="l2fh-desk", description="L2FH Desk: offline Level-2 Field Hospital logger")
    # Handled in main() before parsing, so that `--version --db PATH` can describe that database.
    parser.add_argument("--version", action="store_true",
                        help="show version, build date, database, schema, hospital and key fingerprint")
    parser.add_argument("--debug", action="store_true", help="show tracebacks on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = importlib.import_module(f"l2fh_desk.cli.{name.replace('-', '_')}_cmd")
        module.add_parser(sub)
    return parser


def _first_word(args: Sequence[str]) -> str | None:
    """The first argument that is neither an option nor the value of --db (the window's only valued option)."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg == "--db":
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in args_list
    # Logging first: whatever fails from here on leaves its traceback in the log file.
    from l2fh_desk.logs import redact_argv, setup_logging

    setup_logging(debug=debug)
    log = logging.getLogger("l2fh_desk.cli")
    try:
        if "--version" in args_list:
            from l2fh_desk.cli.version import print_version

            return print_version(args_list)
        parser = build_parser()
        # `l2fh-desk [--db PATH] [--demo]` opens the desktop app (gui is the default command).
        known = {name for name in COMMANDS} | {"-h", "--help"}
        if not any(a in known for a in args_list if not a.startswith("--db=")):
            word = _first_word(args_list)
            if word is not None:  # `l2fh-desk demoo`: not a command, and the window takes no word
                print(f"l2fh-desk: {word!r} is not a command; the commands are: {', '.join(COMMANDS)}"
                      " (l2fh-desk COMMAND --help)", file=sys.stderr)
                return 2
            args_list = ["gui", *args_list]
        args = parser.parse_args(args_list)
    except BrokenPipeError:
        from l2fh_desk.cli.run import reader_gone

        return reader_gone()
    except Exception as exc:  # a bug before any command ran (a missing module in a build, say)
        from l2fh_desk.cli.crash import report_crash

        return report_crash(exc, debug=debug)
    log.info("L2FH Desk %s: %s", __version__, " ".join(redact_argv(args_list)))
    from l2fh_desk.cli.run import run_command

    return run_command(args)
