"""A Save-as field naming the live database (or one of its files) is refused on the page: the report or bundle is
not written, the replace question is never asked, and the database is unchanged (the CLI's `--out` check, #10)."""

from __future__ import annotations

import pytest
from pages_support import add_patient, admit, close_page, ctx_for, new_store

from l2fh_desk.domain.roles import Role
from l2fh_desk.ui.pages.exchange import ExchangePage
from l2fh_desk.ui.pages.output_file import ReplaceFile
from l2fh_desk.ui.pages.reports import ReportsPage


def _never_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ReplaceFile, "ask", classmethod(lambda cls, parent, path: pytest.fail("asked to replace")))


@pytest.mark.parametrize("suffix", ["", "-wal"])
def test_the_reports_page_refuses_to_save_over_the_database(qtbot, tmp_path, monkeypatch, suffix):
    store = new_store(tmp_path)
    admit(store, add_patient(store), bed="B3")
    page = ReportsPage(ctx_for(store, Role.COMMANDER, username="cdr"))
    qtbot.addWidget(page)
    page.show()
    _never_asked(monkeypatch)
    target = store.path.parent / f"{store.path.name}{suffix}"
    before = store.path.read_bytes()
    page.handover_out.set_value(target)
    assert page.write_handover() is None
    assert page.status.text() == (f"Not written: {target} is the database or one of its files;"
                                  " choose another file name.")
    assert store.path.read_bytes() == before
    close_page(page, store)


def test_the_export_page_refuses_to_save_over_the_database(qtbot, tmp_path, monkeypatch):
    store = new_store(tmp_path)
    page = ExchangePage(ctx_for(store, Role.COMMANDER, username="cdr"))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    _never_asked(monkeypatch)
    before = store.path.read_bytes()
    page.out.set_value(store.path)
    assert page.export() is None
    assert page.status.text() == (f"Nothing was exported: {store.path} is the database or one of its files;"
                                  " choose another file name.")
    assert store.path.read_bytes() == before
    close_page(page, store)


def test_the_hq_summary_page_refuses_to_save_over_the_hq_database(qtbot, tmp_path):
    from l2fh_desk.hq.demo import build_demo_hq
    from l2fh_desk.security.sessions import sign_in
    from l2fh_desk.store.store import Store
    from l2fh_desk.ui.context import AppContext
    from l2fh_desk.ui.pages.hq_summary import SummaryPage

    build_demo_hq(tmp_path / "hq.db", encounters=20, outreach=2)
    store = Store(tmp_path / "hq.db")
    ctx = AppContext(store=store, actor=sign_in(store, "analyst", "analyst-demo").actor)
    page = SummaryPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    before = store.path.read_bytes()
    page.out.set_value(store.path)
    assert page.write() is None
    assert page.status.text() == f"Not written: {store.path} is the database or one of its files; choose another file name."
    assert store.path.read_bytes() == before
    store.close()


def test_hqs_public_key_is_never_exported_over_the_hq_database(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from l2fh_desk.hq.demo import build_demo_hq
    from l2fh_desk.security.sessions import sign_in
    from l2fh_desk.store.store import Store
    from l2fh_desk.ui.context import AppContext
    from l2fh_desk.ui.pages.hq_trust import TrustPage

    build_demo_hq(tmp_path / "hq.db", encounters=20, outreach=2)
    store = Store(tmp_path / "hq.db")
    page = TrustPage(AppContext(store=store, actor=sign_in(store, "hqadmin", "hqadmin-demo").actor))
    qtbot.addWidget(page)
    page.refresh()
    before = store.path.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(store.path), "")))
    page.choose_and_export()
    assert page.status.text() == (f"Not exported: {store.path} is the database or one of its files;"
                                  " choose another file name")
    assert store.path.read_bytes() == before
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(tmp_path / "hq.pub"), "")))
    page.choose_and_export()
    assert (tmp_path / "hq.pub").read_text().startswith("l2fh-hq-x25519 ")
    store.close()
