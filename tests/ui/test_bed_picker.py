"""Admitting from the encounter form with the keyboard: the free-bed picker offers only free beds, Enter
takes one without saving, and neither a taken bed nor a second admission of the patient can be saved."""

from __future__ import annotations

import pytest
from core_support import add_patient, hospital_store, session_for
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from l2fh_desk.domain.roles import SYSTEM, Actor, Role
from l2fh_desk.domain.vocab import Disposition
from l2fh_desk.domain.ward import Admission
from l2fh_desk.services.beds import set_up_ward
from l2fh_desk.services.ward import admit
from l2fh_desk.ui.pages.encounter import EncounterPage

COMMANDER = Actor(username="commander", role=Role.COMMANDER)


@pytest.fixture
def desk(qtbot, tmp_path):
    store = hospital_store(tmp_path)
    set_up_ward(store, "General", count=4, actor=COMMANDER)
    set_up_ward(store, "Isolation", labels=["ISO-1"], actor=COMMANDER)
    occupant = add_patient(store, "Achol Deng")
    rotation = store.rotations.latest()
    admit(store, Admission(patient_id=occupant.id, rotation_id=rotation.id, bed="B-01",
                                      admitted_at=rotation_start(rotation)), actor=SYSTEM)
    patient = add_patient(store, "Nguyen Van An")
    _session, ctx = session_for(store, "anh")
    page = EncounterPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.refresh()
    yield page, store, patient
    page.draft_timer.stop()  # no draft written after the file is closed
    page.periodic.stop()
    page.close()
    page.deleteLater()
    store.close()


def rotation_start(rotation):
    from datetime import UTC, datetime, time, timedelta

    return max(datetime.combine(rotation.start_date, time(8), UTC), datetime.now(UTC) - timedelta(days=1))


def focused():
    return QApplication.focusWidget()


def _admit_form(qtbot, page, patient):
    page.open_record(patient.id)
    page.complaint.setText("fever")
    page.disposition.setCurrentIndex(page.disposition.findData(Disposition.ADMITTED.value))
    page.bed.setFocus()


def test_free_bed_picker_offers_free_beds_and_enter_takes_one(qtbot, desk):
    page, store, patient = desk
    _admit_form(qtbot, page, patient)
    assert page.bed_picker.results.isVisible()
    offered = [page.bed_picker.results.item(i).text() for i in range(page.bed_picker.results.count())]
    assert offered == ["B-02  ·  General", "B-03  ·  General", "B-04  ·  General", "ISO-1  ·  Isolation"]
    assert "Free beds: 4 of 5" in page.bed_picker.hint.text()
    qtbot.keyClicks(page.bed, "iso")
    qtbot.keyClick(page.bed, Qt.Key.Key_Return)  # takes the bed, does not save
    assert (page.bed.text(), page.ward.text()) == ("ISO-1", "Isolation")
    assert store.encounters.count() == 0
    qtbot.keyClick(page.bed, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    admission = store.admissions.open_for_patient(patient.id)
    assert admission is not None and (admission.ward, admission.bed) == ("Isolation", "ISO-1")


def test_a_taken_bed_typed_by_hand_is_refused_with_the_occupant_named(qtbot, desk):
    page, store, patient = desk
    _admit_form(qtbot, page, patient)
    page.bed.setText("b-01")
    page.save()
    assert "taken by Achol Deng" in page.errors.labels["bed"].text()
    assert store.admissions.open_for_patient(patient.id) is None and store.encounters.count() == 0


def test_the_same_patient_cannot_be_admitted_twice_from_the_form(qtbot, desk):
    page, store, patient = desk
    _admit_form(qtbot, page, patient)
    page.bed.setText("B-02")
    page.save()
    assert store.admissions.open_for_patient(patient.id).bed == "B-02"
    page.refresh()
    _admit_form(qtbot, page, patient)
    page.bed.setText("B-03")
    page.save()
    shown = " ".join(label.text() for label in page.errors.labels.values()) + page.status.text()
    assert "Nguyen Van An is already admitted (General · B-02)" in shown
    assert store.admissions.count("discharged_at IS NULL") == 2  # Achol Deng and this one, once


def test_the_ward_taken_with_a_bed_reads_in_the_language_and_is_stored_as_set_up(qtbot, desk):
    from l2fh_desk.ui.i18n import translations

    page, store, patient = desk
    assert translations().switch("fr")
    try:
        page.clear_form()
        assert page.ward.text() == "Service général"  # the blank form's default ward, as the lists show it
        _admit_form(qtbot, page, patient)
        qtbot.keyClicks(page.bed, "3")
        qtbot.keyClick(page.bed, Qt.Key.Key_Return)  # takes the bed and its ward
        assert (page.bed.text(), page.ward.text()) == ("B-03", "Service général")
        assert page.payload()["ward"] == "General"  # the draft keeps the name the commander set up
        qtbot.keyClick(page.bed, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        admission = store.admissions.open_for_patient(patient.id)
        assert admission is not None and (admission.ward, admission.bed) == ("General", "B-03")
        assert "Service général · B-03" in page.status.text()
    finally:
        translations().switch("en")
