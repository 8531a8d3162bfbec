"""The patients page: filter as you type (diacritics ignored), register with inline errors, the timeline."""

from __future__ import annotations

from datetime import date

import pytest
from core_support import add_patient, hospital_store, session_for
from PySide6.QtCore import Qt

from l2fh_desk.domain.vocab import PatientCategory, Sex
from l2fh_desk.ui.dialogs.patient_form import PatientDialog
from l2fh_desk.ui.models.patients import PAGE_SIZE, PatientListModel
from l2fh_desk.ui.pages.patients import PatientsPage


def test_patient_model_empty_filled_and_fetching_more(qtmodeltester, tmp_path):
    store = hospital_store(tmp_path)
    empty = PatientListModel(store)
    empty.search("")
    qtmodeltester.check(empty)
    for n in range(PAGE_SIZE + 5):
        add_patient(store, f"Patient {n:03d}")
    filled = PatientListModel(store)
    filled.search("")
    qtmodeltester.check(filled)  # the tester also fetches the rest
    model = PatientListModel(store)
    model.search("")
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE + 5 and not model.canFetchMore()
    assert model.index(0, 0).data() == "Patient 204"  # newest first
    store.close()


def test_filter_as_you_type_ignores_diacritics_and_category(qtbot, tmp_path):
    store = hospital_store(tmp_path)
    add_patient(store, "Nguyễn Thị Ánh", sex=Sex.FEMALE, category=PatientCategory.UN_MILITARY)
    add_patient(store, "Nguyen Van Binh", category=PatientCategory.LOCAL_CIVILIAN)
    add_patient(store, "Achol Deng", category=PatientCategory.LOCAL_CIVILIAN, index="UN-4411")
    _session, ctx = session_for(store, "anh")
    page = PatientsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    assert page.model.rowCount() == 3
    qtbot.keyClicks(page.filter, "nguyen anh")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.index(0, 0).data() == "Nguyễn Thị Ánh"
    page.filter.clear()
    qtbot.keyClicks(page.filter, "un-44")
    qtbot.waitUntil(lambda: [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["Achol Deng"],
                    timeout=2000)
    page.filter.clear()
    page.run_search()
    page.category.setCurrentIndex(page.category.findData(PatientCategory.LOCAL_CIVILIAN.value))
    assert sorted(page.model.index(r, 0).data() for r in range(page.model.rowCount())) == [
        "Achol Deng", "Nguyen Van Binh"]
    store.close()


def test_register_patient_with_inline_errors_then_timeline(qtbot, tmp_path, monkeypatch):
    store = hospital_store(tmp_path)
    _session, ctx = session_for(store, "anh")
    page = PatientsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()

    def fill(cls, ctx, patient=None, parent=None):
        dialog = PatientDialog(ctx, patient, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.index_number.setText("UN 12!")
        dialog.save()
        shown = dialog.errors.shown()
        assert shown["name"] == "This field is required"
        assert shown["sex"] == "Choose female or male"
        assert "letters, digits" in shown["un_index_number"]
        assert store.patients.count() == 0
        dialog.name.setText("Trần Thị Hoa")  # QTest cannot type characters outside Latin-1
        dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
        dialog.index_number.setText("vn-2231")
        dialog.age.setText("34")
        dialog.save()
        assert dialog.errors.shown() == {}
        return dialog.saved

    monkeypatch.setattr(PatientDialog, "ask", classmethod(fill))
    page.register_button.click()
    saved = store.patients.search("hoa")[0]
    assert saved.un_index_number == "VN-2231" and saved.dob_estimated
    assert page.model.index(0, 2).data() == "~34" or page.model.index(0, 2).data() == "~33"
    text = page.timeline.toPlainText()
    assert "Trần Thị Hoa" in text and "No encounters yet." in text
    reads = store.db.scalar("SELECT count(*) FROM audit_log WHERE action = 'read' AND username = 'anh'")
    assert reads == 1
    navigated: list[tuple[str, str]] = []
    ctx.signals.navigate.connect(lambda module, record: navigated.append((module, record)))
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    page.encounter_button.click()
    assert navigated == [("encounter", saved.id)]
    store.close()


def _register_dialog(qtbot, tmp_path):
    store = hospital_store(tmp_path)
    _session, ctx = session_for(store, "anh")
    dialog = PatientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Nyabol Gatkuoth")
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    return store, dialog


def test_birth_date_starts_empty_and_nothing_is_assumed(qtbot, tmp_path):
    store, dialog = _register_dialog(qtbot, tmp_path)
    assert dialog.dob.text() == "" and dialog.age.text() == ""
    dialog.save()
    assert dialog.errors.shown()["date_of_birth"] == "Type the date of birth, or an estimated age (Alt+A)"
    assert store.patients.count() == 0
    dialog.reject()  # the open form is cancelled before its database closes
    store.close()


@pytest.mark.parametrize(("typed", "message"), [
    ("2099-01-01", "The date of birth cannot be in the future"),
    ("2019-02-30", "Not a date: type it as yyyy-mm-dd (or dd/mm/yyyy)"),
    ("1850-01-01", "This date gives an age over 120 years"),
])
def test_a_future_or_impossible_birth_date_is_a_field_error_and_nothing_is_saved(qtbot, tmp_path, typed, message):
    store, dialog = _register_dialog(qtbot, tmp_path)
    qtbot.keyClicks(dialog.dob, typed)
    dialog.name.setFocus()
    dialog.save()
    assert dialog.errors.shown() == {"date_of_birth": message}
    assert dialog.focusWidget() is dialog.dob
    assert dialog.isVisible() and store.patients.count() == 0
    dialog.reject()  # the open form is cancelled before its database closes
    store.close()


def test_an_exact_date_is_saved_exact_and_an_age_is_one_keystroke_away_and_saved_estimated(qtbot, tmp_path):
    store, dialog = _register_dialog(qtbot, tmp_path)
    qtbot.keyClicks(dialog.dob, "07/03/2019")
    dialog.save()
    saved = store.patients.get(dialog.saved.id)
    assert (saved.date_of_birth, saved.dob_estimated) == (date(2019, 3, 7), False)

    _session, ctx = session_for(store, "anh")
    again = PatientDialog(ctx)
    qtbot.addWidget(again)
    again.show()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow, timeout=2000)
    again.name.setFocus()
    qtbot.keyClick(again, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert again.focusWidget() is again.age
    qtbot.keyClicks(again.age, "34")
    again.name.setText("Deng Majok")
    again.sex.setCurrentIndex(again.sex.findData("male"))
    again.save()
    estimated = store.patients.get(again.saved.id)
    assert (estimated.date_of_birth, estimated.dob_estimated) == (date(date.today().year - 34, 1, 1), True)
    store.close()


def test_both_a_date_and_an_age_is_refused(qtbot, tmp_path):
    store, dialog = _register_dialog(qtbot, tmp_path)
    dialog.dob.setText("2019-03-07")
    dialog.age.setText("7")
    dialog.save()
    assert dialog.errors.shown() == {"date_of_birth": "Type a date of birth or an estimated age, not both"}
    assert store.patients.count() == 0
    dialog.reject()  # the open form is cancelled before its database closes
    store.close()


def test_a_likely_duplicate_is_warned_and_the_registered_patient_can_be_opened(qtbot, tmp_path, monkeypatch):
    store = hospital_store(tmp_path)
    for _ in range(4):
        first = add_patient(store, "Nyabol Gatkuoth", sex=Sex.FEMALE, category=PatientCategory.LOCAL_CIVILIAN,
                            born=date(date.today().year - 34, 1, 1))
    _session, ctx = session_for(store, "anh")
    page = PatientsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    dialogs: list[PatientDialog] = []

    def fill(cls, ctx, patient=None, parent=None):
        dialog = PatientDialog(ctx, patient, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)
        dialog.name.setText("nyabol  GATKUOTH")
        dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
        dialog.age.setText("35")
        dialog.save()
        assert dialog.duplicate_banner.isVisible()
        text = dialog.duplicate_label.text()
        assert text.startswith("This patient may already be registered:")
        line = "• Nyabol Gatkuoth · Female · age 34 · Local civilian · no visit yet (same name and sex, similar age)"
        assert text.count(line) == 4
        assert store.patients.count() == 4  # nothing saved silently
        dialog.open_existing_button.click()
        return dialog.saved

    monkeypatch.setattr(PatientDialog, "ask", classmethod(fill))
    page.register_button.click()
    assert store.patients.count() == 4
    assert page.current_row().id == first.id
    assert "Nyabol Gatkuoth" in page.timeline.toPlainText()
    store.close()


def test_register_anyway_after_the_warning_and_a_new_name_clears_it(qtbot, tmp_path):
    store = hospital_store(tmp_path)
    add_patient(store, "Achol Deng", sex=Sex.FEMALE, index="UN-4411")
    _session, ctx = session_for(store, "anh")
    dialog = PatientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Nyandeng Kuol")
    dialog.sex.setCurrentIndex(dialog.sex.findData("female"))
    dialog.age.setText("30")
    qtbot.keyClicks(dialog.index_number, "un4411")
    dialog.save()
    assert "same UN index number" in dialog.duplicate_label.text() and "UN-4411" in dialog.duplicate_label.text()
    qtbot.keyClicks(dialog.index_number, "2")  # a different number: the warning goes
    assert not dialog.duplicate_banner.isVisible()
    dialog.index_number.setText("UN-4411")
    dialog.save()
    assert dialog.duplicate_banner.isVisible()
    dialog.register_anyway_button.click()
    assert dialog.saved is not None and store.patients.count() == 2
    store.close()


def _visit(store, patient, when):
    from l2fh_desk.domain.encounter import Encounter
    from l2fh_desk.domain.roles import SYSTEM

    return store.encounters.create(Encounter(patient_id=patient.id, rotation_id=store.rotations.latest().id,
                                             started_at=when, clinician="Dr An"), actor=SYSTEM)


def test_list_and_picker_tell_namesakes_apart(qtbot, tmp_path):
    from datetime import datetime, timedelta

    from l2fh_desk.domain.patient import Patient
    from l2fh_desk.domain.roles import SYSTEM
    from l2fh_desk.ui.models.patients import PatientColumn
    from l2fh_desk.ui.widgets.patient_picker import PatientPicker

    store = hospital_store(tmp_path)
    soldier = add_patient(store, "Nyabol Gatkuoth", sex=Sex.FEMALE, index="UN-4411")
    civilian = store.patients.create(Patient(name="Nyabol Gatkuoth", sex=Sex.FEMALE, date_of_birth=date(2001, 1, 1),
                                             dob_estimated=True, category=PatientCategory.LOCAL_CIVILIAN,
                                             home_location="Rubkona"), actor=SYSTEM)
    when = datetime.now().astimezone().replace(microsecond=0) - timedelta(days=3)
    _visit(store, civilian, when - timedelta(days=1))
    _visit(store, civilian, when)
    _session, ctx = session_for(store, "anh")
    page = PatientsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    rows = [[page.model.index(r, c).data() for c in (PatientColumn.NAME, PatientColumn.CATEGORY,
                                                     PatientColumn.INDEX_OR_HOME, PatientColumn.LAST_VISIT)]
            for r in range(page.model.rowCount())]
    assert rows == [["Nyabol Gatkuoth", "Local civilian", "Rubkona", when.date().isoformat()],
                    ["Nyabol Gatkuoth", "UN military", "UN-4411", "—"]]

    picker = PatientPicker(store)
    qtbot.addWidget(picker)
    picker.update_results("nyabol")
    shown = [picker.results.item(r).text() for r in range(picker.results.count())]
    age = civilian.age_on(date.today())
    assert shown == [f"Nyabol Gatkuoth · Female, ~{age} · Local civilian · Rubkona · last visit {when.date().isoformat()}",
                     f"Nyabol Gatkuoth · Female, {soldier.age_on(date.today())} · UN military · UN-4411 · no visit yet"]
    picker.set_patient(civilian.id)
    assert "Rubkona · last visit" in picker.current.text()
    store.close()


@pytest.mark.parametrize("language", ["en", "vi", "fr"])
def test_patient_columns_fit_their_headers_and_categories_in_each_language(qtbot, tmp_path, language):
    from PySide6.QtCore import Qt as QtCore_Qt

    from l2fh_desk.ui.i18n import translations
    from l2fh_desk.ui.labels import vocab_label
    from l2fh_desk.ui.models.patients import PatientColumn

    store = hospital_store(tmp_path)
    _session, ctx = session_for(store, "anh")
    translations().switch(language)
    try:
        page = PatientsPage(ctx)
        qtbot.addWidget(page)
        page.show()
        page.retranslate()
        header = page.table.horizontalHeader().fontMetrics()
        for column in PatientColumn:
            title = page.model.headerData(column, QtCore_Qt.Orientation.Horizontal)
            assert page.table.columnWidth(column) > header.horizontalAdvance(title), (language, title)
        widest = max(page.table.fontMetrics().horizontalAdvance(vocab_label(c)) for c in PatientCategory)
        assert page.table.columnWidth(PatientColumn.CATEGORY) > widest
    finally:
        translations().switch("en")
        store.close()
