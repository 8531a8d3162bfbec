"""The encounter form driven like a triage desk: keyboard only, vitals checked, admission fields, drafts."""

from __future__ import annotations

import pytest
from core_support import add_patient, hospital_store, session_for
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from l2fh_desk.domain.vocab import Disposition
from l2fh_desk.ui.pages.encounter import DRAFT_FORM, DraftOffer, EncounterPage


@pytest.fixture
def desk(qtbot, tmp_path):
    store = hospital_store(tmp_path)
    patient = add_patient(store, "Nguyen Van An")
    _session, ctx = session_for(store, "anh")
    page = EncounterPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=2000)
    page.refresh()
    yield page, store, patient
    page.close()
    store.close()


def focused():
    return QApplication.focusWidget()


def key(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def typed(qtbot, text):
    qtbot.keyClicks(focused(), text)


def tab_to(qtbot, widget, limit=40):
    for _ in range(limit):
        if focused() is widget:
            return
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName()}")


def test_encounter_keyboard_only_from_search_to_save(qtbot, desk):
    page, store, patient = desk
    page.kind.setFocus()
    key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.picker.search
    typed(qtbot, "nguyen an")
    key(qtbot, Qt.Key.Key_Return)
    assert page.picker.patient.id == patient.id
    tab_to(qtbot, page.triage)
    key(qtbot, Qt.Key.Key_Down)  # T1 Immediate
    assert page.triage.currentData() == "T1"
    assert "#d32f2f" in page.triage.styleSheet()
    tab_to(qtbot, page.complaint)
    typed(qtbot, "fever and chills")
    tab_to(qtbot, page.vitals.fields["temperature_c"])
    typed(qtbot, "39.5")
    assert page.vitals.messages["temperature_c"].text() == "High (normal 35.5-38)"
    key(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "118")
    tab_to(qtbot, page.icd.search)
    typed(qtbot, "B54")
    key(qtbot, Qt.Key.Key_Return)
    assert page.diagnoses.count() == 1
    assert "Malaria" in page.diagnoses.item(0).text()  # the MDS category it maps to
    tab_to(qtbot, page.disposition)
    assert page.disposition.currentData() == ""  # no default disposition
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down)  # admitted
    assert page.disposition.currentData() == Disposition.ADMITTED.value
    assert page.admission_box.isVisible() and not page.evacuation_box.isVisible()
    tab_to(qtbot, page.bed)
    typed(qtbot, "B3")
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.status.text().startswith("Saved: Nguyen Van An")
    assert page.status.text().endswith("— Admitted, General · B3")
    [encounter] = store.encounters.for_patient(patient.id)
    assert encounter.triage == "T1" and encounter.vitals.temperature_c == 39.5 and encounter.vitals.pulse_bpm == 118
    assert encounter.diagnoses[0].icd10_code == "B54" and encounter.diagnoses[0].mds_event == "malaria"
    assert store.admissions.open_for_patient(patient.id).bed == "B3"
    assert page.picker.patient is None and focused() is page.picker.search  # ready for the next patient
    assert store.drafts.load(DRAFT_FORM, "anh") is None


def test_invalid_vitals_are_shown_beside_the_field_and_nothing_is_saved(qtbot, desk):
    page, store, patient = desk
    page.open_record(patient.id)
    page.vitals.fields["pulse_bpm"].setFocus()
    typed(qtbot, "999")
    page.vitals.fields["systolic_bp"].setText("80")
    page.vitals.fields["diastolic_bp"].setText("90")
    assert page.vitals.messages["pulse_bpm"].text() == "Must be between 20 and 250 /min"
    assert page.vitals.messages["pulse_bpm"].isVisible()
    assert page.vitals.messages["diastolic_bp"].text() == "Must be lower than systolic"
    page.vitals.fields["pulse_bpm"].setFocus()
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)  # Ctrl+S saves … but not with errors
    assert "Not saved" in page.status.text()
    assert store.encounters.count() == 0


def test_evacuation_fields_and_missing_destination(qtbot, desk):
    page, store, patient = desk
    page.open_record(patient.id)
    page.disposition.setCurrentIndex(page.disposition.findData(Disposition.EVACUATED.value))
    assert page.evacuation_box.isVisible() and not page.admission_box.isVisible()
    page.save()
    assert page.errors.shown() == {"destination": "This field is required"}
    assert store.encounters.count() == 0 and store.evacuations.count() == 0
    page.destination.setText("Level 3, Juba")
    assert page.save() is not None
    assert store.evacuations.count() == 1


def test_draft_is_autosaved_and_offered_back(qtbot, desk, monkeypatch):
    page, store, patient = desk
    page.open_record(patient.id)
    qtbot.keyClicks(page.complaint, "snake bite left ankle")
    page.vitals.fields["pulse_bpm"].setText("104")
    qtbot.waitUntil(lambda: store.drafts.load(DRAFT_FORM, "anh") is not None, timeout=3000)
    draft = store.drafts.load(DRAFT_FORM, "anh")
    assert draft["complaint"] == "snake bite left ankle" and draft["patient_id"] == patient.id
    # A new window after a crash: the draft is offered and restored.
    _session, ctx = session_for(store, "anh")
    monkeypatch.setattr(DraftOffer, "ask", classmethod(lambda cls, parent, text: True))
    again = EncounterPage(ctx)
    qtbot.addWidget(again)
    again.refresh()
    assert again.complaint.text() == "snake bite left ankle"
    assert again.vitals.fields["pulse_bpm"].text() == "104"
    assert again.picker.patient.id == patient.id
    again.disposition.setCurrentIndex(again.disposition.findData(Disposition.DISCHARGED.value))
    assert again.save() is not None
    assert store.drafts.load(DRAFT_FORM, "anh") is None


def test_enter_in_a_vital_sign_field_moves_on_and_never_saves(qtbot, desk):
    page, store, patient = desk
    page.open_record(patient.id)
    page.disposition.setCurrentIndex(page.disposition.findData(Disposition.DISCHARGED.value))
    page.vitals.fields["spo2"].setFocus()
    typed(qtbot, "97")
    key(qtbot, Qt.Key.Key_Return)
    assert store.encounters.count() == 0
    assert focused() is not page.vitals.fields["spo2"]


def test_no_default_disposition_and_an_emergency_needs_triage(qtbot, desk):
    page, store, patient = desk
    page.open_record(patient.id)
    page.complaint.setText("fell from a truck")
    assert page.save() is None
    assert "disposition" in page.errors.labels["disposition"].text()
    page.disposition.setCurrentIndex(page.disposition.findData(Disposition.DISCHARGED.value))
    page.kind.setCurrentIndex(page.kind.findData("emergency"))
    assert page.save() is None
    assert "triage" in page.errors.labels["triage"].text()
    assert store.encounters.count() == 0
    page.triage.setCurrentIndex(page.triage.findData("T3"))
    assert page.save() is not None
    assert page.status.text().endswith("— Discharged")


def test_encounter_time_follows_the_clock_until_edited(qtbot, desk):
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import QDateTime

    page, store, patient = desk
    page.clear_form()
    page._loading = True  # the form was cleared three minutes ago: what the field then showed
    page.started.setDateTime(QDateTime.currentDateTime().addSecs(-180))
    page._loading = False
    page.open_record(patient.id)
    page.disposition.setCurrentIndex(page.disposition.findData(Disposition.DISCHARGED.value))
    saved = page.save()
    assert saved is not None and abs(saved.started_at - datetime.now(UTC)) < timedelta(seconds=30)
    page.open_record(patient.id)
    page.disposition.setCurrentIndex(page.disposition.findData(Disposition.DISCHARGED.value))
    page.started.setDateTime(QDateTime.currentDateTime().addSecs(-3600))  # typed by the medic
    page.follow_clock()
    saved = page.save()
    assert saved is not None and timedelta(minutes=55) < datetime.now(UTC) - saved.started_at < timedelta(minutes=65)


def _in_view(page, widget):
    """Whether `widget` is inside the scrolled viewport of the form (what the medic can see)."""
    viewport = page.scroll.viewport()
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    return top >= 0 and top + widget.height() <= viewport.height()


def test_not_saved_scrolls_to_and_focuses_the_first_field_in_error(qtbot, desk):
    page, store, patient = desk
    page.resize(900, 320)  # a laptop screen: the disposition is far below the patient
    page.open_record(patient.id)
    page.complaint.setFocus()
    typed(qtbot, "fell from a truck")
    page.scroll.verticalScrollBar().setValue(0)
    assert not _in_view(page, page.disposition)
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "Not saved" in page.status.text()
    assert focused() is page.disposition
    assert _in_view(page, page.disposition) and _in_view(page, page.errors.labels["disposition"])
    assert store.encounters.count() == 0


def test_a_vital_sign_in_error_is_focused_and_scrolled_to(qtbot, desk):
    page, store, patient = desk
    page.resize(900, 320)
    page.open_record(patient.id)
    page.vitals.fields["spo2"].setText("150")
    page.disposition.setCurrentIndex(page.disposition.findData(Disposition.DISCHARGED.value))
    page.clinician.setFocus()
    page.scroll.verticalScrollBar().setValue(page.scroll.verticalScrollBar().maximum())
    key(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.vitals.fields["spo2"]
    assert _in_view(page, page.vitals.fields["spo2"])
    assert store.encounters.count() == 0


def test_vital_sign_warnings_follow_the_childs_age(qtbot, desk):
    page, store, adult = desk
    from datetime import date, timedelta

    toddler = add_patient(store, "Nyakong Riek", born=date.today() - timedelta(days=600))
    page.open_record(toddler.id)
    page.vitals.fields["pulse_bpm"].setText("130")
    page.vitals.fields["resp_rate"].setText("32")
    assert not page.vitals.messages["pulse_bpm"].isVisible()  # normal at 1-2 years
    assert not page.vitals.messages["resp_rate"].isVisible()
    page.vitals.fields["pulse_bpm"].setText("70")
    assert page.vitals.messages["pulse_bpm"].text() == "Low for age (normal 98-140)"
    page.open_record(adult.id)
    page.vitals.fields["pulse_bpm"].setText("130")
    assert page.vitals.messages["pulse_bpm"].text() == "High (normal 50-110)"
    page.vitals.fields["pulse_bpm"].setText("70")
    assert not page.vitals.messages["pulse_bpm"].isVisible()


def test_dead_on_arrival_is_saved_with_pulse_0_and_no_breathing(qtbot, desk):
    page, store, patient = desk
    page.open_record(patient.id)
    page.vitals.fields["pulse_bpm"].setText("0")
    page.vitals.fields["resp_rate"].setText("0")
    assert page.vitals.messages["pulse_bpm"].text() == "Must be between 20 and 250 /min"
    page.disposition.setCurrentIndex(page.disposition.findData(Disposition.DEAD_ON_ARRIVAL.value))
    page.triage.setCurrentIndex(page.triage.findData("dead"))
    assert not page.vitals.messages["pulse_bpm"].isVisible() and not page.vitals.messages["resp_rate"].isVisible()
    saved = page.save()
    assert saved is not None, page.errors.shown()
    assert (saved.vitals.pulse_bpm, saved.vitals.resp_rate) == (0, 0)


def test_a_save_that_failed_is_retried_under_the_same_id_and_never_duplicates(qtbot, desk, monkeypatch):
    from l2fh_desk.store.errors import StorageError, StorageProblem
    from l2fh_desk.ui.messages import Notice

    page, store, patient = desk
    shown = []
    monkeypatch.setattr(Notice, "error", classmethod(lambda cls, parent, title, text: shown.append(title)))
    page.open_record(patient.id)
    page.complaint.setText("fever")
    page.disposition.setCurrentIndex(page.disposition.findData(Disposition.DISCHARGED.value))
    first_id = page.record_id

    seal = store.db.before_commit

    def commit_fails_after_landing():  # the row is written, then COMMIT reports a failure (fsync)
        store.db.before_commit = seal
        if seal is not None:
            seal()
        store.db.conn.execute("COMMIT")
        store.db.conn.execute("BEGIN")
        raise StorageError(StorageProblem.IO_ERROR, "fsync failed")

    store.db.before_commit = commit_fails_after_landing
    assert page.save() is None and shown == ["Not saved"]
    assert page.record_id == first_id and page.complaint.text() == "fever"  # the form and its id are kept
    saved = page.save()
    assert saved is not None and saved.id == first_id
    assert store.encounters.count("patient_id = ?", (patient.id,)) == 1
    assert page.record_id != first_id  # a confirmed save: the next form is a new encounter
