"""An unexpected error on the command line: one line for the user, the traceback in the log file."""

from __future__ import annotations

import logging
import sys
import traceback


def report_crash(exc: BaseException, *, debug: bool) -> int:
    """Log the traceback, print one line naming the error and the log file, return exit status 1."""
    from l2fh_desk.logs import log_file

    logging.getLogger("l2fh_desk").error("command failed", exc_info=exc)
    if debug:
        traceback.print_exception(exc)
    log = log_file()
    where = f"; details in {log}" if log is not None else ""
    text = str(exc).strip().splitlines()
    cause = f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
    print(f"l2fh-desk: unexpected error: {cause}{where}", file=sys.stderr)
    return 1
