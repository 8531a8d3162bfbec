"""The ward page: bed board, census, discharge, transfer, evacuate, void, history — driven through real widgets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pages_support import add_patient, admit, close_page, ctx_for, new_store
from PySide6.QtCore import QDateTime, Qt

from l2fh_desk.domain.roles import Role
from l2fh_desk.domain.vocab import AdmissionOutcome, EvacuationMode, EvacuationPriority, EvacuationStatus
from l2fh_desk.ui.dialogs.admission import DischargeDialog
from l2fh_desk.ui.models.evacuations import PendingColumn
from l2fh_desk.ui.models.ward import BedColumn
from l2fh_desk.ui.pages.ward import WardPage

ASKED: list[str] = []


@pytest.fixture
def ward(qtbot, tmp_path, monkeypatch):
    ASKED.clear()
    monkeypatch.setattr(DischargeDialog, "ask", classmethod(lambda cls, parent, title, text: ASKED.append(text) or True))
    monkeypatch.setattr(WardPage, "ask", classmethod(lambda cls, parent, title, text: ASKED.append(text) or True))
    store = new_store(tmp_path)
    first = add_patient(store, "Nguyễn Văn An")
    second = add_patient(store, "Achol Deng")
    admit(store, first, bed="B1", days_ago=3)
    admit(store, second, bed="B2", days_ago=0, diagnosis="Fracture")
    page = WardPage(ctx_for(store, Role.MEDIC))
    qtbot.addWidget(page)
    page.show()
    yield page
    close_page(page, store)


def _cells(page, column):
    proxy = page.table.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def test_board_and_census_show_open_admissions(ward):
    assert _cells(ward, BedColumn.PATIENT) == ["Nguyễn Văn An", "Achol Deng"]
    assert _cells(ward, BedColumn.DAYS_IN) == ["3", "0"]
    assert "Beds occupied: 2 of 12" in ward.census.text()
    assert "admitted today: 1" in ward.census.text()


def test_discharge_from_the_board(ward, qtbot):
    ward.table.select_where(lambda bed: bed.patient_name == "Achol Deng")
    dialog = ward.discharge()
    dialog.outcome.set_value(AdmissionOutcome.DISCHARGED)
    dialog.note.setText("Walked out, review in 7 days")
    dialog.save_button.click()
    assert ASKED == ["Discharge Achol Deng from General · B2?"]
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _cells(ward, BedColumn.PATIENT) == ["Nguyễn Văn An"]
    assert "discharged today: 1" in ward.census.text()
    closed = [a for a in ward.ctx.store.admissions.find() if a.discharged_at is not None]
    assert [(a.outcome, a.discharge_note) for a in closed] == [(AdmissionOutcome.DISCHARGED,
                                                                "Walked out, review in 7 days")]


def test_discharge_before_admission_is_shown_beside_the_time_and_nothing_saved(ward):
    ward.table.select_where(lambda bed: bed.patient_name == "Nguyễn Văn An")
    dialog = ward.discharge()
    dialog.at.setDateTime(QDateTime.currentDateTime().addDays(-10))
    dialog.save_button.click()
    assert dialog.isVisible()
    assert "after admission" in dialog.error_text("discharged_at")
    assert ward.ctx.store.admissions.count("discharged_at IS NOT NULL") == 0


def test_transfer_refuses_an_occupied_bed_then_moves(ward):
    ward.table.select_where(lambda bed: bed.bed == "B1")
    dialog = ward.transfer()
    dialog.new_bed.setText("B2")
    dialog.save_button.click()
    assert "is taken by" in dialog.error_text("bed")
    dialog.new_bed.setText("B9")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert "General · B9" in _cells(ward, BedColumn.BED)


def test_evacuate_from_the_ward(ward):
    ward.table.select_where(lambda bed: bed.patient_name == "Achol Deng")
    dialog = ward.evacuate()
    dialog.save_button.click()
    assert "required" in dialog.error_text("destination")
    dialog.mode.set_value(EvacuationMode.MEDEVAC)
    dialog.priority.set_value(EvacuationPriority.URGENT)
    dialog.destination.setText("Level-3 hospital, Juba")
    dialog.has_departed.setChecked(True)
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert _cells(ward, BedColumn.PATIENT) == ["Nguyễn Văn An"]
    [evacuation] = ward.ctx.store.evacuations.find()
    assert (evacuation.mode, evacuation.priority, evacuation.destination) == (
        EvacuationMode.MEDEVAC, EvacuationPriority.URGENT, "Level-3 hospital, Juba")
    assert abs(evacuation.requested_at - datetime.now(UTC)) < timedelta(minutes=2)
    admission = ward.ctx.store.admissions.get(evacuation.admission_id)
    assert admission.outcome == AdmissionOutcome.EVACUATED


def test_hq_analyst_sees_the_board_read_only(qtbot, tmp_path):
    store = new_store(tmp_path)
    admit(store, add_patient(store))
    page = WardPage(ctx_for(store, Role.HQ_ANALYST))
    qtbot.addWidget(page)
    assert page.model.rowCount() == 1
    assert not page.discharge_button.isVisibleTo(page)
    assert not page.evacuate_button.isVisibleTo(page)
    page.table.select_first()
    assert page.discharge() is None
    store.close()


def test_double_click_opens_the_patient_and_a_refused_discharge_changes_nothing(ward, qtbot, monkeypatch):
    opened: list[tuple[str, str]] = []
    ward.ctx.signals.navigate.connect(lambda module, record: opened.append((module, record)))
    ward.table.select_where(lambda bed: bed.patient_name == "Achol Deng")
    row = ward.table.selected()
    index = ward.table.proxy.index(ward.table.currentIndex().row(), BedColumn.PATIENT)
    rect = ward.table.visualRect(index)
    qtbot.mouseClick(ward.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(ward.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [("encounter", row.patient_id)]
    assert ward.dialog is None  # no discharge dialog
    monkeypatch.setattr(DischargeDialog, "ask", classmethod(lambda cls, parent, title, text: False))
    dialog = ward.discharge()
    dialog.outcome.set_value(AdmissionOutcome.DISCHARGED)
    dialog.save_button.click()
    assert dialog.isVisible() and len(_cells(ward, BedColumn.PATIENT)) == 2
    dialog.reject()


def test_pending_evacuation_keeps_the_bed_until_departure_is_recorded(ward):
    ward.table.select_where(lambda bed: bed.patient_name == "Achol Deng")
    dialog = ward.evacuate()
    dialog.mode.set_value(EvacuationMode.MEDEVAC)
    dialog.priority.set_value(EvacuationPriority.URGENT)
    dialog.destination.setText("Level-3 hospital, Juba")
    dialog.save_button.click()  # "Departed" not ticked
    assert not dialog.isVisible()
    assert _cells(ward, BedColumn.PATIENT) == ["Nguyễn Văn An", "Achol Deng"]  # still on the board
    assert "Pending evacuations: 1" in ward.pending_title.text()
    proxy = ward.pending.proxy
    assert [proxy.index(0, c).data() for c in range(3)] == ["Achol Deng", "General · B2", "Requested"]
    assert proxy.index(0, PendingColumn.WAITING).data() == "0 h 00 min"
    ward.pending.select_first()
    assert ward.advance(EvacuationStatus.APPROVED)
    assert ward.pending.proxy.index(0, PendingColumn.STATUS).data() == "Approved"
    ward.pending.select_first()
    assert ward.advance(EvacuationStatus.DEPARTED)
    assert ASKED == ["Achol Deng has departed for Level-3 hospital, Juba? The bed B2 is freed."]
    assert _cells(ward, BedColumn.PATIENT) == ["Nguyễn Văn An"] and ward.pending_model.rowCount() == 0


def test_the_board_tells_namesakes_apart_beside_the_bed(qtbot, tmp_path):
    from datetime import date

    from l2fh_desk.domain.patient import Patient
    from l2fh_desk.domain.roles import SYSTEM
    from l2fh_desk.domain.vocab import PatientCategory, Sex

    store = new_store(tmp_path)
    today = date.today()
    soldier = store.patients.create(Patient(name="Nyabol Gatkuoth", sex=Sex.MALE, date_of_birth=date(1990, 1, 1),
                                            category=PatientCategory.UN_MILITARY, un_index_number="UN-4411"),
                                    actor=SYSTEM)
    civilian = store.patients.create(Patient(name="Nyabol Gatkuoth", sex=Sex.FEMALE, dob_estimated=True,
                                             date_of_birth=date(today.year - 30, 1, 1),
                                             category=PatientCategory.LOCAL_CIVILIAN, home_location="Rubkona"),
                                     actor=SYSTEM)
    admit(store, soldier, bed="B1")
    admit(store, civilian, bed="B2")
    page = WardPage(ctx_for(store, Role.MEDIC))
    qtbot.addWidget(page)
    page.show()
    header = page.model.headerData
    assert [header(c, Qt.Orientation.Horizontal) for c in BedColumn][:5] == [
        "Bed", "Patient", "Sex, age", "Category", "UN index\nno. or home"]  # a long header on two lines
    assert _cells(page, BedColumn.PATIENT) == ["Nyabol Gatkuoth", "Nyabol Gatkuoth"]
    assert _cells(page, BedColumn.SEX_AGE) == [f"Male, {soldier.age_on(today)}", "Female, ~30"]
    assert _cells(page, BedColumn.CATEGORY) == ["UN military", "Local civilian"]
    assert _cells(page, BedColumn.INDEX_OR_HOME) == ["UN-4411", "Rubkona"]
    close_page(page, store)


@pytest.mark.parametrize("language", ["en", "vi", "fr"])
def test_the_board_columns_fit_their_headers_and_contents_in_each_language(qtbot, tmp_path, language):
    from l2fh_desk.ui.i18n import translations

    store = new_store(tmp_path)
    admit(store, add_patient(store, "Nguyễn Thị Thu Hương"), bed="B1")
    translations().switch(language)
    try:
        page = WardPage(ctx_for(store, Role.MEDIC))
        qtbot.addWidget(page)
        page.resize(1280, 700)
        page.show()
        page.retranslate()
        head = page.table.horizontalHeader().fontMetrics()
        cells = page.table.fontMetrics()
        for column in BedColumn:
            if column == BedColumn.PLAN:
                continue  # the stretching column takes what is left
            title = page.model.headerData(column, Qt.Orientation.Horizontal)
            text = page.table.proxy.index(0, column).data()
            width = page.table.columnWidth(column)
            widest = max(head.horizontalAdvance(line) for line in title.split("\n"))
            if column == BedColumn.DIAGNOSIS:
                continue  # shares the room left with the plan; its text wraps onto more lines
            assert width > widest and width > cells.horizontalAdvance(text), (language, title)
    finally:
        translations().switch("en")
        close_page(page, store)
