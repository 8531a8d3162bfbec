"""The outreach page and form: log an activity, counts that don't add up, drafts, totals, void and history."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pages_support import TODAY, close_page, ctx_for, new_store

from l2fh_desk.domain.outreach import OutreachActivity
from l2fh_desk.domain.roles import SYSTEM, Role
from l2fh_desk.domain.vocab import OutreachKind
from l2fh_desk.ui.dialogs.outreach_form import DRAFT_FORM, OutreachDialog
from l2fh_desk.ui.models.outreach import OutreachColumn, TotalsColumn
from l2fh_desk.ui.pages.outreach import OutreachPage


@pytest.fixture
def page(qtbot, tmp_path):
    store = new_store(tmp_path)
    widget = OutreachPage(ctx_for(store, Role.MEDIC, username="officer"))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    close_page(widget, store)


def _fill(dialog: OutreachDialog, qtbot) -> None:
    dialog.kind.set_value(OutreachKind.MASK_SEWING)
    qtbot.keyClicks(dialog.place, "Bentiu PoC site, sector 3")
    dialog.partner.setText("County health department")
    dialog.staff_names.setText("Lt. Hoa, Sgt. Minh")
    dialog.reached_total.setValue(140)
    dialog.reached_female.setValue(90)
    dialog.reached_male.setValue(50)
    dialog.reached_children.setValue(35)
    dialog.quantity.setText("1200")
    dialog.unit.setText("masks")


def test_log_an_activity(page, qtbot):
    dialog = page.new_activity()
    _fill(dialog, qtbot)
    dialog.save_button.click()
    assert not dialog.isVisible()
    [saved] = page.ctx.store.outreach.find()
    assert (saved.kind, saved.place, saved.staff_names, saved.staff_count) == (
        OutreachKind.MASK_SEWING, "Bentiu PoC site, sector 3", ("Lt. Hoa", "Sgt. Minh"), 2)
    assert (saved.reached_total, saved.reached_female, saved.reached_children, saved.quantity, saved.unit) == (
        140, 90, 35, 1200.0, "masks")
    proxy = page.table.proxy
    assert proxy.rowCount() == 1
    assert proxy.index(0, OutreachColumn.QUANTITY).data() == "1,200 masks"
    totals = page.totals.proxy
    assert totals.index(0, TotalsColumn.KIND).data() == "Mask sewing and distribution"
    assert totals.index(0, TotalsColumn.REACHED).data() == "140"
    assert "Activities: 1 · people reached: 140" in page.summary.text()
    assert page.ctx.store.drafts.load(DRAFT_FORM, "officer") is None


def test_counts_that_dont_add_up_are_shown_beside_the_field_and_nothing_saved(page, qtbot):
    dialog = page.new_activity()
    _fill(dialog, qtbot)
    dialog.reached_male.setValue(40)  # 90 + 40 != 140
    message = dialog.error_text("reached_total")
    assert "must equal the people reached (140)" in message
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "must equal the people reached (140)" in dialog.error_text("reached_total")
    assert page.ctx.store.outreach.count() == 0
    dialog.reached_male.setValue(50)
    assert dialog.error_text("reached_total") == ""


def test_quantity_without_unit_and_missing_place(page):
    dialog = page.new_activity()
    dialog.quantity.setText("3")
    dialog.save_button.click()
    assert "required" in dialog.error_text("place")
    dialog.place.setText("Rubkona")
    dialog.save_button.click()
    assert dialog.error_text("place") == ""
    assert "unit" in dialog.error_text("unit")
    assert page.ctx.store.outreach.count() == 0


def test_draft_survives_a_crash_and_is_offered_back(page, qtbot):
    dialog = page.new_activity()
    _fill(dialog, qtbot)
    dialog.save_draft()  # what the 0.4 s debounce / 30 s timer do
    draft = page.ctx.store.drafts.load(DRAFT_FORM, "officer")
    assert draft["place"] == "Bentiu PoC site, sector 3"
    # the app dies: the dialog is never closed; a new session opens the form again
    dialog.hide()
    again = OutreachDialog(page.ctx, page)
    qtbot.addWidget(again)
    again.show()
    assert again.draft_banner.isVisible()
    again.restore_button.click()
    assert again.place.text() == "Bentiu PoC site, sector 3"
    assert again.reached_female.value() == 90
    again.save_button.click()
    assert page.ctx.store.outreach.count() == 1
    assert page.ctx.store.drafts.load(DRAFT_FORM, "officer") is None


def test_page_saves_the_open_form_before_a_lock(page, qtbot):
    dialog = page.new_activity()
    dialog.place.setText("Bentiu town")
    page.save_draft()  # what the main window calls before the idle lock
    assert page.ctx.store.drafts.load(DRAFT_FORM, "officer")["place"] == "Bentiu town"
    assert dialog.isVisible()


def test_draft_is_saved_after_typing_pauses(page, qtbot):
    dialog = page.new_activity()
    qtbot.keyClicks(dialog.place, "Rubkona")
    qtbot.waitUntil(lambda: page.ctx.store.drafts.load(DRAFT_FORM, "officer") is not None, timeout=3000)
    assert page.ctx.store.drafts.load(DRAFT_FORM, "officer")["place"] == "Rubkona"


def _activity(store, kind, day, total, place="Bentiu"):
    rotation = store.rotations.latest()
    return store.outreach.create(OutreachActivity(rotation_id=rotation.id, kind=kind, activity_date=day, place=place,
                                                  reached_total=total, reached_female=total, quantity=None),
                                 actor=SYSTEM)


def test_period_and_kind_filters_and_totals(page):
    store = page.ctx.store
    _activity(store, OutreachKind.TEACHING, TODAY - timedelta(days=40), 30)
    _activity(store, OutreachKind.TEACHING, TODAY - timedelta(days=2), 20)
    _activity(store, OutreachKind.HEALTH_EDUCATION, TODAY - timedelta(days=1), 70)
    page.start.set_value(TODAY - timedelta(days=7))
    assert page.table.proxy.rowCount() == 2
    totals = {page.totals.proxy.index(r, TotalsColumn.KIND).data(): page.totals.proxy.index(r, TotalsColumn.REACHED).data()
              for r in range(page.totals.proxy.rowCount())}
    assert totals == {"Teaching and education": "20", "Health education": "70"}
    page.start.set_value(date(2000, 1, 1))
    page.kind.setCurrentIndex(page.kind.findData(OutreachKind.TEACHING.value))
    assert page.table.proxy.rowCount() == 2
    assert page.totals.proxy.index(0, TotalsColumn.REACHED).data() == "50"


def test_void_with_reason_and_history(qtbot, tmp_path):
    store = new_store(tmp_path)
    activity = _activity(store, OutreachKind.DONATION, TODAY, 12, place="Guit school")
    page = OutreachPage(ctx_for(store, Role.COMMANDER, username="cdr"))
    qtbot.addWidget(page)
    page.show()
    page.table.select_first()
    dialog = page.void()
    assert not dialog.save_button.isEnabled()
    dialog.reason.setPlainText("Logged twice")
    dialog.save_button.click()
    assert page.table.proxy.rowCount() == 0
    voided = store.outreach.get(activity.id)
    assert voided.void_reason == "Logged twice"
    history = page._open(__import__("l2fh_desk.ui.dialogs.history", fromlist=["HistoryDialog"]).HistoryDialog(
        page.ctx, record_id=activity.id, what="donation"))
    rows = [[history.model.index(r, c).data() for c in range(4)] for r in range(history.model.rowCount())]
    assert [row[1:3] for row in rows] == [["system", "Created"], ["cdr", "Voided"]]
    assert "place: Guit school" in rows[0][3]
    assert "void_reason: — → Logged twice" in rows[1][3]
    store.close()


@pytest.mark.parametrize(("language", "typed"), [("en", "1,200"), ("vi", "1.200"), ("fr", "1\u00a0200"), ("en", "1 200")])
def test_quantity_typed_in_the_users_language_is_read_as_twelve_hundred(page, qtbot, language, typed):
    from l2fh_desk.ui.i18n import translations

    translations().switch(language)
    try:
        dialog = page.new_activity()
        _fill(dialog, qtbot)
        dialog.quantity.clear()
        qtbot.keyClicks(dialog.quantity, typed)
        assert dialog.quantity.text() == typed
        dialog.save_button.click()
        assert not dialog.isVisible()
        [saved] = page.ctx.store.outreach.find()
        assert saved.quantity == 1200.0
    finally:
        translations().switch("en")


def test_an_unreadable_quantity_is_a_field_error_and_nothing_is_saved(page, qtbot):
    dialog = page.new_activity()
    _fill(dialog, qtbot)
    dialog.quantity.clear()
    qtbot.keyClicks(dialog.quantity, "12OO")
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.error_text("quantity") == "Type a number, e.g. 1,200.5"
    assert page.ctx.store.outreach.count() == 0
