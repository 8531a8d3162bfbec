"""Our pages in Vietnamese and French: real translations from the shipped catalogues, applied at once."""

from __future__ import annotations

import pytest
from pages_support import add_patient, admit, close_page, ctx_for, new_store

from l2fh_desk.domain.roles import Role
from l2fh_desk.ui.i18n import translations
from l2fh_desk.ui.models.ward import BedColumn
from l2fh_desk.ui.pages.rotations import RotationsPage
from l2fh_desk.ui.pages.ward import WardPage


@pytest.fixture
def english():
    yield
    translations().switch("en")


def test_ward_page_switches_language_at_once(qtbot, tmp_path, english):
    store = new_store(tmp_path)
    admit(store, add_patient(store))
    page = WardPage(ctx_for(store, Role.MEDIC))
    qtbot.addWidget(page)
    assert page.title() == "Ward"
    assert translations().switch("vi")
    page.retranslate()
    assert page.title() == "Buồng bệnh"
    assert page.discharge_button.text() == "&Ra viện…"
    assert page.model.headerData(BedColumn.DAYS_IN, page.table.horizontalHeader().orientation()) == "Số ngày\nnằm viện"
    assert page.census.text().startswith("Giường có bệnh nhân: 1/12")
    assert translations().switch("fr")
    page.retranslate()
    assert page.evacuate_button.text() == "É&vacuer…"
    assert page.census.text().startswith("Lits occupés : 1 sur 12")
    close_page(page, store)


def test_plural_forms_in_french(qtbot, tmp_path, english):
    store = new_store(tmp_path)
    for bed in ("B1", "B2"):
        admit(store, add_patient(store, f"Patient {bed}"), bed=bed)
    assert translations().switch("fr")
    page = RotationsPage(ctx_for(store))
    qtbot.addWidget(page)
    dialog = page.open_next()
    texts = [label.text() for label in dialog.findChildren(type(page.message))]
    assert "2 patients hospitalisés seront repris par la nouvelle rotation." in texts
    assert page.share_text.text().startswith("Femmes : 0 sur 0")
    close_page(page, store)


def test_dashboard_redraws_in_the_new_language_without_querying(qtbot, tmp_path, english):
    from l2fh_desk.ui.pages.dashboard import DashboardPage

    store = new_store(tmp_path)
    page = DashboardPage(ctx_for(store))
    qtbot.addWidget(page)
    page.refresh()
    qtbot.waitUntil(lambda: page.board is not None, timeout=10_000)
    board = page.board
    assert translations().switch("vi")
    page.retranslate()
    assert page.board is board
    assert page.rotation.currentText() == "Đợt luân phiên 1"
    assert page.weekly.view.chart().title() == "Lượt khám theo tuần (ngày đầu tuần)"
    assert len(page.categories.view.chart().axes()) == 2
    close_page(page, store)
