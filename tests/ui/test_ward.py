"""The ward page: bed board, census, discharge, transfer, evacuate, void, history — driven through real widgets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pages_support import add_patient, admit, close_page, ctx_for, new_store
from PySide6.QtCore import QDateTime

from l2fh_desk.domain.roles import Role
from l2fh_desk.domain.vocab import AdmissionOutcome, EvacuationMode, EvacuationPriority
from l2fh_desk.ui.models.ward import BedColumn
from l2fh_desk.ui.pages.ward import WardPage


@pytest.fixture
def ward(qtbot, tmp_path):
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
