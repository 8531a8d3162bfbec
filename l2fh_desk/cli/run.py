"""Run one parsed command: known failures print one line and exit 1; tracebacks only with --debug."""

from __future__ import annotations

import argparse
import os
import signal
import sys
import traceback
from types import FrameType

from l2fh_desk.domain.errors import KnownError
from l2fh_desk.errors import describe


class Refused(KnownError):
    """Input refused with a reason: exit status 1."""


def fail(message: str) -> int:
    print(f"l2fh-desk: {message}", file=sys.stderr)
    return 1


def reader_gone() -> int:
    """The program reading our output (`| head`) closed the pipe: end quietly with 1, and point stdout at
    /dev/null so that the flush at exit does not fail again (Python's advice on SIGPIPE)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 1


def _stopped(_signum: int, _frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def stop_as_ctrl_c() -> None:
    """SIGTERM (a shutdown, `kill`, a service manager) stops a command as Ctrl-C does: the clean-ups run (no
    half-written output, no plain working copy of the records left in a hidden folder), one line, exit 1. The
    window installs its own handler (it closes and backs up)."""
    signal.signal(signal.SIGTERM, _stopped)


def run_command(args: argparse.Namespace) -> int:
    if getattr(args, "command", None) != "gui":  # a Python handler would not run while a Qt dialog waits
        stop_as_ctrl_c()
    try:
        return int(args.handler(args))
    except BrokenPipeError:
        return reader_gone()
    except KeyboardInterrupt:
        return fail("interrupted")
    except Exception as exc:
        described = describe(exc)
        if described.is_bug:  # one line here, the traceback in the log
            from l2fh_desk.cli.crash import report_crash

            return report_crash(exc, debug=args.debug)
        if args.debug:
            traceback.print_exc()
        return fail(described.line)
