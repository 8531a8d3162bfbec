"""An uncaught error shows a plain message, logs the traceback, and loses no saved record."""

from __future__ import annotations

import logging
import sys

import pytest
from pages_support import TODAY, ctx_for, new_store
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from l2fh_desk.domain.outreach import OutreachActivity
from l2fh_desk.domain.vocab import OutreachKind
from l2fh_desk.store.store import Store
from l2fh_desk.ui.crash_dialog import CRASH_TEST_ENV, install_excepthook
from l2fh_desk.ui.pages.outreach import OutreachPage


@pytest.fixture
def log_file(tmp_path):
    path = tmp_path / "l2fh-desk.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    logger = logging.getLogger("l2fh_desk")
    logger.addHandler(handler)
    yield path
    logger.removeHandler(handler)
    handler.close()


@pytest.mark.qt_no_exception_capture
def test_uncaught_error_shows_message_logs_traceback_and_keeps_records(qtbot, tmp_path, log_file, monkeypatch):
    store = new_store(tmp_path)
    ctx = ctx_for(store)
    rotation = store.rotations.latest()
    saved = store.outreach.create(OutreachActivity(rotation_id=rotation.id, kind=OutreachKind.DONATION,
                                                   activity_date=TODAY, place="Guit"), actor=ctx.actor)
    page = OutreachPage(ctx)
    qtbot.addWidget(page)
    page.show()
    previous = sys.excepthook
    monkeypatch.setenv(CRASH_TEST_ENV, "1")
    try:
        handler = install_excepthook(QApplication.instance(), log_file)
        qtbot.waitUntil(lambda: handler.dialog is not None and handler.dialog.isVisible(), timeout=3000)
    finally:
        sys.excepthook = previous
    text = handler.dialog.text()
    assert "Every record you had saved is safe" in text
    assert "You can keep working" in text
    assert str(log_file) in text
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and "raise_test_error" in logged and "TestError" in logged
    # keep working: the page still saves, and the earlier record is on disk
    handler.keep.click()
    assert not handler.dialog.isVisible()
    dialog = page.new_activity()
    dialog.place.setText("Rubkona")
    dialog.save_button.click()
    assert not dialog.isVisible()
    page.close()
    store.close()
    with Store(tmp_path / "hospital.db") as reopened:
        places = {a.place for a in reopened.outreach.find()}
    assert places == {saved.place, "Rubkona"}


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_reaches_the_handler_once_per_burst(qtbot, tmp_path, log_file):
    previous = sys.excepthook
    try:
        handler = install_excepthook(QApplication.instance(), None)

        def broken() -> None:
            raise ZeroDivisionError("division by zero in a slot")

        QTimer.singleShot(0, broken)
        QTimer.singleShot(0, broken)
        qtbot.waitUntil(lambda: handler.count == 2, timeout=3000)
    finally:
        sys.excepthook = previous
    assert handler.dialog.isVisible()
    assert "could not be written to a log file" in handler.dialog.text()
    assert log_file.read_text(encoding="utf-8").count("ZeroDivisionError: division by zero in a slot") == 2
    handler.dialog.close()  # the title bar's X: the same as "Keep working"
    assert not handler.dialog.isVisible()
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
