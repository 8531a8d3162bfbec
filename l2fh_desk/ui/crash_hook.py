"""Uncaught exceptions in the GUI: logged with the traceback, then a plain message; the app keeps running."""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtWidgets import QApplication

log = logging.getLogger("l2fh_desk.crash")
_showing = [False]


def log_file_text() -> str:
    try:
        from l2fh_desk.logs import log_file
    except ModuleNotFoundError:
        return ""
    path = log_file()
    return str(path) if path else ""


def handle(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    log.critical("uncaught exception in the GUI", exc_info=(kind, exc, tb))
    if issubclass(kind, KeyboardInterrupt):
        QApplication.instance().quit()
        return
    if _showing[0]:  # an error inside the message itself must not loop
        return
    _showing[0] = True
    try:
        show(exc)
    finally:
        _showing[0] = False


def show(exc: BaseException) -> None:
    """Saved records are safe: every save is one transaction that either committed or rolled back."""
    try:
        from l2fh_desk.ui.crash_dialog import CrashDialog
    except ModuleNotFoundError:
        from l2fh_desk.ui.messages import Notice, describe_error

        where = log_file_text()
        Notice.error(QApplication.activeWindow(), "L2FH Desk",
                     describe_error(exc) + (f"\n{where}" if where else ""))
        return
    CrashDialog.ask(exc, log_file_text(), QApplication.activeWindow())


def install() -> None:
    sys.excepthook = handle
