"""An unexpected error on the command line: one line for the user, the traceback in the log file."""

from __future__ import annotations

import logging
import sys
import traceback


def report_crash(exc: BaseException, *, debug: bool) -> int:
    log = logging.getLogger("l2fh_desk")
    log.error("command failed", exc_info=exc)
    if debug:
        traceback.print_exception(exc)
    where = ""
    for handler in logging.getLogger().handlers + log.handlers:
        filename = getattr(handler, "baseFilename", None)
        if filename:
            where = f"; details in {filename}"
            break
    print(f"l2fh-desk: unexpected error: {type(exc).__name__}: {exc}{where}", file=sys.stderr)
    return 1
