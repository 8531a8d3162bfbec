"""The reports page writes real report files through the reports core, off the GUI thread."""

from __future__ import annotations

import pytest
from pages_support import add_patient, admit, close_page, ctx_for, new_store
from pypdf import PdfReader

from l2fh_desk.domain.roles import Role
from l2fh_desk.ui.pages.reports import ReportsPage


@pytest.fixture
def page(qtbot, tmp_path):
    store = new_store(tmp_path)
    admit(store, add_patient(store), bed="B3")
    widget = ReportsPage(ctx_for(store, Role.COMMANDER, username="cdr"))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    close_page(widget, store)


def test_handover_report_written_in_the_background(page, qtbot, tmp_path):
    out = tmp_path / "handover.pdf"
    page.handover_out.set_value(out)
    page.handover_lang.setCurrentIndex(page.handover_lang.findData("fr"))
    task = page.write_handover()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert task.error is None
    assert page.status.text() == f"Saved: {out}"
    assert page.open_file_button.isEnabled()
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Test L2FH" in text
    printed = page.ctx.store.db.scalar("SELECT count(*) FROM audit_log WHERE action = 'print'")
    assert printed == 1


def test_mds_report_csv(page, qtbot, tmp_path):
    out = tmp_path / "mds.csv"
    page.mds_format.setCurrentIndex(page.mds_format.findData("csv"))
    page.mds_out.set_value(out)
    task = page.write_mds()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert task.error is None
    assert out.read_text(encoding="utf-8").strip()


def test_a_refused_report_says_why_and_writes_nothing(page, qtbot, tmp_path):
    out = tmp_path / "mds.txt"
    page.mds_out.set_value(out)
    task = page.write_mds()
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert page.status.text().startswith("Not written:")
    assert ".pdf, .csv or .json" in page.status.text()
    assert not out.exists()
    assert not page.open_file_button.isEnabled()


def test_cancel_writes_nothing(page, qtbot, tmp_path):
    out = tmp_path / "handover-cancelled.pdf"
    page.handover_out.set_value(out)
    task = page.write_handover()
    task.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert not out.exists()
    assert not list(tmp_path.glob("handover-cancelled*"))
    assert page.status.text() == "Cancelled: nothing was written."
    assert not page.open_file_button.isEnabled()
    assert page.ctx.store.db.scalar("SELECT count(*) FROM audit_log WHERE action = 'print'") == 0
    assert page.handover_button.isEnabled()  # ready for another try
