"""The import log's rows per table in the window's language: the tables by their names for a reader
("Consultations", not "encounters") and the counts grouped as the language writes them ("1 200", not "1,200")."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from l2fh_desk.hq.demo import build_demo_hq
from l2fh_desk.security.sessions import sign_in
from l2fh_desk.store.store import Store
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.i18n import translations
from l2fh_desk.ui.pages.hq_log import ImportLogPage


def test_the_rows_per_table_read_in_french(qtbot, tmp_path):
    build_demo_hq(tmp_path / "hq.db", encounters=1100, outreach=6)
    store = Store(tmp_path / "hq.db")
    session = sign_in(store, "analyst", "analyst-demo")
    assert translations().switch("fr")
    try:
        page = ImportLogPage(AppContext(store=store, actor=session.actor))
        qtbot.addWidget(page)
        page.refresh()
        page.log.select_first()
        text = page.detail.toPlainText()
        assert "Consultations" in text and "Patients" in text
        assert "encounters" not in text and "outreach_activities" not in text
        count = int(page.log.selected().counts["encounters"]["new"])
        assert count >= 1000 and f" {QLocale('fr').toString(count)} " in text, (count, text)
    finally:
        translations().switch("en")
        store.close()
