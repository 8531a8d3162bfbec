"""Every page of the demo hospital and of the demo HQ in English, Vietnamese and French at 1280×820: no table needs a horizontal scroll
bar (so no column is pushed out of sight) and every header is readable in full."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView

from l2fh_desk.demo.generator import generate
from l2fh_desk.hq.demo import build_demo_hq
from l2fh_desk.security.sessions import sign_in
from l2fh_desk.store.store import Store
from l2fh_desk.ui.app import make_app
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.i18n import switch_language, translations
from l2fh_desk.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    with Store(path) as store:
        generate(store, encounters=1500, outreach=40, seed=2)
    return path


# The patient list and the timeline sit side by side with eight and more columns, and so do the HQ review's
# duplicate pairs and their evidence: they scroll on purpose (widths tested in test_patients_page).
SCROLLING = {"patient_table", "timeline_table", "duplicate_pairs"}


def _settle():
    for _ in range(5):
        QApplication.processEvents()


def _problems(window, ctx, language: str, *, seen_first: bool = False) -> list[str]:
    """Every page of the window in the language: tables wider than their page, headers cut. `seen_first`: each
    page was shown in English before the language was switched (as when it is switched in Settings)."""
    problems = []
    if seen_first:
        for page in window.pages:
            window.show_page(page)
            _settle()
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
    return problems


def _open_window(qtbot, store, username: str, password: str, width: int = 1280):
    session = sign_in(store, username, password)
    ctx = AppContext(store=store, actor=session.actor)
    window = MainWindow(ctx, session)
    qtbot.addWidget(window)
    window.idle_lock.set_minutes(0)
    window.resize(width, 820)
    window.show()
    return window, ctx


@pytest.mark.parametrize("language", ["en", "vi", "fr"])
def test_no_table_on_any_page_is_wider_than_its_page(qtbot, demo_db, language):
    store = Store(demo_db)
    window, ctx = _open_window(qtbot, store, "commander", "commander-demo")
    try:
        problems = _problems(window, ctx, language)
    finally:
        switch_language(ctx, "en")
        translations().switch("en")
        window.idle_lock.stop()
        window.close()
        store.close()
    assert problems == [], "\n".join(problems)


@pytest.fixture(scope="module")
def demo_hq(tmp_path_factory):
    path = tmp_path_factory.mktemp("hq") / "hq.db"
    build_demo_hq(path, encounters=300, outreach=6)
    return path


@pytest.fixture
def app_font(qapp):
    """The font the app ships and sets (DejaVu Sans 10), as in the screenshots; the test's own afterwards."""
    before = qapp.font()
    make_app()
    yield
    qapp.setFont(before)


@pytest.mark.parametrize("language", ["en", "vi", "fr"])
def test_no_table_on_any_hq_page_is_wider_than_its_page(qtbot, demo_hq, app_font, language):
    """The HQ workspace at the size of its screenshots: the overview of every hospital and rotation, the import
    log, the review; each page seen in English first, then the language switched."""
    store = Store(demo_hq)
    window, ctx = _open_window(qtbot, store, "analyst", "analyst-demo", width=1440)
    try:
        problems = _problems(window, ctx, language, seen_first=True)
    finally:
        switch_language(ctx, "en")
        translations().switch("en")
        window.idle_lock.stop()
        window.close()
        store.close()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("size", [(1280, 820), (1024, 640)])
@pytest.mark.parametrize("language", ["vi", "fr"])
def test_no_header_is_cut_after_the_language_is_switched_in_the_apps_font(qtbot, demo_db, app_font, language, size):
    """As the screenshots and a medic see it: every page shown in English, then the language switched (Settings),
    in the app's own font, at 1280×820 and on a small 1024×640 laptop."""
    store = Store(demo_db)
    window, ctx = _open_window(qtbot, store, "commander", "commander-demo", width=size[0])
    window.resize(*size)
    try:
        problems = _problems(window, ctx, language, seen_first=True)
    finally:
        switch_language(ctx, "en")
        translations().switch("en")
        window.idle_lock.stop()
        window.close()
        store.close()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "vi", "fr"])
def test_the_navigation_list_shows_every_title_whole_on_a_small_laptop(qtbot, demo_db, app_font, language):
    store = Store(demo_db)
    window, ctx = _open_window(qtbot, store, "commander", "commander-demo", width=1024)
    window.resize(1024, 640)
    try:
        switch_language(ctx, language)
        _settle()
        nav = window.nav
        widest = max(nav.visualItemRect(nav.item(row)).width() for row in range(nav.count()))
        texts = max(nav.fontMetrics().horizontalAdvance(nav.item(row).text()) for row in range(nav.count()))
        assert not nav.horizontalScrollBar().isVisible()
        assert nav.viewport().width() >= texts, (nav.viewport().width(), texts, widest)
    finally:
        switch_language(ctx, "en")
        translations().switch("en")
        window.idle_lock.stop()
        window.close()
        store.close()


@pytest.mark.parametrize("language", ["en", "vi", "fr"])
def test_the_window_fits_a_small_laptops_screen_in_every_language(qtbot, demo_db, app_font, language):
    """No page asks for more than a 1024×640 screen: a label, a check box or a row of buttons too long in French
    or Vietnamese would push the window off the screen."""
    store = Store(demo_db)
    window, ctx = _open_window(qtbot, store, "commander", "commander-demo", width=1024)
    window.resize(1024, 640)
    try:
        switch_language(ctx, language)
        wide = {}
        for page in window.pages:
            window.show_page(page)
            _settle()
            wide[type(page).__name__] = page.minimumSizeHint().width()
        assert window.minimumSizeHint().width() <= 1024, wide
        assert window.minimumSizeHint().height() <= 640
        assert window.width() <= 1024
    finally:
        switch_language(ctx, "en")
        translations().switch("en")
        window.idle_lock.stop()
        window.close()
        store.close()


@pytest.mark.parametrize("language", ["en", "vi", "fr"])
def test_the_category_charts_labels_are_whole_on_a_small_laptop(qtbot, demo_db, app_font, language):
    """The dashboard's patient categories ("Personnel civil de l'ONU", "Dân thường địa phương") keep room left of
    their bars at 1024×640: a label wider than that is drawn as "…"."""
    from PySide6.QtGui import QFontMetrics

    store = Store(demo_db)
    window, ctx = _open_window(qtbot, store, "commander", "commander-demo", width=1024)
    window.resize(1024, 640)
    try:
        switch_language(ctx, language)
        page = window.page("DashboardPage")
        window.show_page(page)
        qtbot.waitUntil(lambda: len(page.categories.view.chart().axes()) == 2, timeout=20000)
        _settle()
        chart = page.categories.view.chart()
        [axis] = chart.axes(Qt.Orientation.Vertical)
        metrics = QFontMetrics(axis.labelsFont())
        widest = max(metrics.horizontalAdvance(label) for label in axis.categories())
        room = chart.plotArea().left() - chart.margins().left()
        assert widest <= room, (widest, room, axis.categories())
        # a label taller than its bar's share of the height is drawn as "…" (seen in the 1024×640 screenshots)
        assert metrics.height() + 8 <= chart.plotArea().height() / len(axis.categories())
        assert axis.labelsFont().pointSizeF() >= 7
    finally:
        switch_language(ctx, "en")
        translations().switch("en")
        window.idle_lock.stop()
        window.close()
        store.close()
