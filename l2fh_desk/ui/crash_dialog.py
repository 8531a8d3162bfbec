"""Uncaught errors in the GUI: a plain message (what to do, where the log is), the traceback to the log,
and the choice to keep working. Saved records are already committed, so nothing saved is lost."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

CRASH_TEST_ENV = "L2FH_CRASH_TEST"
log = logging.getLogger("l2fh_desk")


class TestError(RuntimeError):
    """Raised on purpose (Help → Test error handling, or L2FH_CRASH_TEST=1) to show the handler works."""


def raise_test_error() -> None:
    raise TestError("L2FH Desk error-handling test (raised on purpose; nothing is wrong)")


class CrashHandler:
    """Installed as sys.excepthook; keeps the last dialog so tests (and the window) can see it."""

    def __init__(self, app: QApplication, log_path: Path | str | None) -> None:
        self.app = app
        self.log_path = Path(log_path) if log_path else None
        self.dialog: QMessageBox | None = None
        self.count = 0
        self.previous = sys.excepthook

    def message(self) -> str:
        where = (QCoreApplication.translate("CrashDialog", "The details were written to the log file:\n%1").replace("%1", str(self.log_path))
                 if self.log_path else QCoreApplication.translate("CrashDialog", "The details could not be written to a log file."))
        return "\n\n".join([
            QCoreApplication.translate("CrashDialog", "Something went wrong in L2FH Desk. Every record you had saved is safe: each save is written to "
                "the database before \"Saved\" is shown. A form you were typing may need to be checked."),
            QCoreApplication.translate("CrashDialog", "You can keep working. If this happens again, restart the app and send the log file to your IT "
                "or medical information officer."),
            where,
        ])

    def __call__(self, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self.previous(kind, value, tb)
            return
        self.count += 1
        log.error("Uncaught error in the desktop app", exc_info=(kind, value, tb))
        if self.dialog is not None and self.dialog.isVisible():
            return  # one message at a time; the log has every occurrence
        try:
            self.show()
        except Exception:  # the message itself failed: the log still has the cause
            log.exception("Could not show the error message")

    def show(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("CrashDialog", "L2FH Desk — unexpected error"), self.message(),
                          QMessageBox.StandardButton.NoButton, self.app.activeWindow())
        self.keep = box.addButton(QCoreApplication.translate("CrashDialog", "Keep working"), QMessageBox.ButtonRole.AcceptRole)
        self.quit = box.addButton(QCoreApplication.translate("CrashDialog", "Quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(self.keep)
        # Closing the box (Esc, the title bar's X, close()) means "keep working"; without an escape button
        # a QMessageBox with custom buttons ignores close() and stays open.
        box.setEscapeButton(self.keep)
        box.buttonClicked.connect(lambda button: self.app.quit() if button is self.quit else None)
        self.dialog = box
        box.open()  # not exec(): the error may come from inside another event loop
        return box


def install_excepthook(app: QApplication, log_path: Path | str | None) -> CrashHandler:
    handler = CrashHandler(app, log_path)
    sys.excepthook = handler
    if os.environ.get(CRASH_TEST_ENV):
        QTimer.singleShot(0, raise_test_error)
    return handler
