"""Every page of the demo in English, Vietnamese and French at 1280×820: no table needs a horizontal scroll
bar (so no column is pushed out of sight) and every header is readable in full."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTableView

from l2fh_desk.demo.generator import generate
from l2fh_desk.security.sessions import sign_in
from l2fh_desk.store.store import Store
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.i18n import switch_language, translations
from l2fh_desk.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with Store(path) as store:
        generate(store, encounters=1500, outreach=40, seed=2)
    return path


# The patient list and the timeline sit side by side with eight and more columns: they scroll on purpose
# (their widths are tested in test_patients_page).
SCROLLING = {"patient_table", "timeline_table"}


def _settle():
    for _ in range(5):
        QApplication.processEvents()


@pytest.mark.parametrize("language", ["en", "vi", "fr"])
def test_no_table_on_any_page_is_wider_than_its_page(qtbot, demo_db, language):
    store = Store(demo_db)
    session = sign_in(store, "commander", "commander-demo")
    ctx = AppContext(store=store, actor=session.actor)
    window = MainWindow(ctx, session)
    qtbot.addWidget(window)
    window.idle_lock.set_minutes(0)
    window.resize(1280, 820)
    window.show()
    problems = []
    try:
        switch_language(ctx, language)
        for page in window.pages:
            window.show_page(page)
            _settle()
            for table in page.findChildren(QTableView):
                if not table.isVisible() or table.model() is None or table.model().rowCount() == 0:
                    continue
                name = f"{type(page).__name__}/{table.objectName() or type(table.model()).__name__}"
                wide, room = table.horizontalHeader().length(), table.viewport().width()
                if wide > room and table.objectName() not in SCROLLING:
                    problems.append(f"{name}: {wide} px of columns in {room} px")
                header = table.horizontalHeader()
                for column in range(header.count()):
                    title = str(table.model().headerData(column, header.orientation()) or "")
                    widest = max((header.fontMetrics().horizontalAdvance(line) for line in title.split("\n")),
                                 default=0)
                    if not header.isSectionHidden(column) and header.sectionSize(column) < widest:
                        problems.append(f"{name}: header {title!r} cut ({header.sectionSize(column)} < {widest})")
    finally:
        switch_language(ctx, "en")
        translations().switch("en")
        window.idle_lock.stop()
        window.close()
        store.close()
    assert problems == [], "\n".join(problems)
