"""Run one parsed command: known failures print one line and exit 1; tracebacks only with --debug."""

from __future__ import annotations

import argparse
import sys
import traceback

from pydantic import ValidationError

from l2fh_desk.domain.errors import DomainError, PermissionDenied, first_error
from l2fh_desk.store.errors import StorageError


class Refused(Exception):
    """Input refused with a reason: exit status 1."""


def fail(message: str) -> int:
    print(f"l2fh-desk: {message}", file=sys.stderr)
    return 1


def run_command(args: argparse.Namespace) -> int:
    try:
        return int(args.handler(args))
    except (Refused, StorageError, PermissionDenied, FileNotFoundError, IsADirectoryError) as exc:
        if args.debug:
            traceback.print_exc()
        return fail(str(exc))
    except (ValidationError, DomainError) as exc:
        if args.debug:
            traceback.print_exc()
        return fail(first_error(exc))
    except KeyboardInterrupt:
        return fail("interrupted")
    except Exception as exc:  # a bug: one line here, the traceback in the log
        from l2fh_desk.cli.crash import report_crash

        return report_crash(exc, debug=args.debug)
