"""The patient record's timeline is a table: void an encounter or evacuation with a reason, read its history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pages_support import add_patient, admit, close_page, ctx_for, new_store
from PySide6.QtCore import Qt

from l2fh_desk.domain.encounter import Diagnosis, Encounter
from l2fh_desk.domain.roles import SYSTEM, Role
from l2fh_desk.domain.vocab import Disposition, EncounterKind, EvacuationMode, EvacuationPriority, Triage
from l2fh_desk.domain.ward import Evacuation
from l2fh_desk.ui.models.timeline import TimelineColumn, TimelineModel, timeline_entries
from l2fh_desk.ui.pages.patients import PatientsPage

NOW = datetime.now(UTC)


def _record(store):
    patient = add_patient(store, "Nyakuoth Gai")
    rotation = store.rotations.latest()
    older = store.encounters.create(Encounter(
        patient_id=patient.id, rotation_id=rotation.id, started_at=NOW - timedelta(days=3), clinician="Dr Lan",
        kind=EncounterKind.OUTPATIENT, triage=Triage.T3, disposition=Disposition.DISCHARGED,
        diagnoses=(Diagnosis(icd10_code="A09", is_primary=True),)), actor=SYSTEM)
    wrong = store.encounters.create(Encounter(
        patient_id=patient.id, rotation_id=rotation.id, started_at=NOW - timedelta(hours=2), clinician="Dr Lan",
        kind=EncounterKind.EMERGENCY, triage=Triage.T1, disposition=Disposition.DISCHARGED,
        diagnoses=(Diagnosis(icd10_code="B54", is_primary=True),)), actor=SYSTEM)
    admit(store, patient, bed="B4", days_ago=1, diagnosis="Severe malaria")
    evacuation = store.evacuations.create(Evacuation(
        patient_id=patient.id, rotation_id=rotation.id, mode=EvacuationMode.MEDEVAC,
        priority=EvacuationPriority.URGENT, destination="Level 3, Juba", requested_at=NOW - timedelta(hours=1)),
        actor=SYSTEM)
    return patient, older, wrong, evacuation


def _open(qtbot, store, role=Role.COMMANDER):
    page = PatientsPage(ctx_for(store, role, username="cdr"))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.filter.setText("Nyakuoth")
    page.run_search()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    return page


def test_timeline_model_passes_the_model_tester(qtmodeltester, qtbot, tmp_path):
    store = new_store(tmp_path)
    patient, *_ = _record(store)
    qtmodeltester.check(TimelineModel(), force_py=True)
    model = TimelineModel()
    model.set_rows(timeline_entries(store, patient.id))
    qtmodeltester.check(model, force_py=True)
    shown = [(model.index(r, TimelineColumn.RECORD).data(), model.index(r, TimelineColumn.TRIAGE).data(),
              model.index(r, TimelineColumn.DIAGNOSIS).data(), model.index(r, TimelineColumn.OUTCOME).data())
             for r in range(model.rowCount())]
    assert shown == [
        ("Evacuation: MEDEVAC", "Urgent", "", "→ Level 3, Juba"),
        ("Encounter: Emergency", "T1 Immediate", "B54 Unspecified malaria", "Discharged"),
        ("Admission: bed B4 (General)", "", "Severe malaria", "still admitted"),
        ("Encounter: Outpatient", "T3 Minor", "A09 Other gastroenteritis and colitis of infectious and unspecified origin",
         "Discharged"),
    ]
    model.set_rows([])  # the tester still watches: emptying must be a clean reset
    assert model.rowCount() == 0
    store.close()


def test_void_an_encounter_from_the_patient_page(qtbot, tmp_path):
    store = new_store(tmp_path)
    patient, older, wrong, _evacuation = _record(store)
    page = _open(qtbot, store)
    timeline = page.timeline
    assert timeline.model.rowCount() == 4
    assert timeline.select_record(wrong.id)
    assert timeline.void_button.isEnabled() and timeline.history_button.isEnabled()
    dialog = timeline.void()
    assert not dialog.save_button.isEnabled()  # a reason is required
    dialog.reason.setPlainText("Entered for the wrong patient")
    dialog.save_button.click()
    assert not dialog.isVisible()
    # gone from the timeline and from the encounter lists ...
    assert wrong.id not in [entry.id for entry in timeline.model.rows()]
    assert timeline.model.rowCount() == 3
    assert [e.id for e in store.encounters.for_patient(patient.id)] == [older.id]
    assert wrong.id not in [e.id for e in store.encounters.for_rotation(store.rotations.latest().id)]
    assert "B54" not in timeline.toPlainText()
    # ... but kept in the database, marked void, with an audit row naming who and why
    kept = store.encounters.get(wrong.id)
    assert kept.voided_at is not None and kept.void_reason == "Entered for the wrong patient"
    row = store.db.one("SELECT username, table_name, after_json FROM audit_log WHERE record_id = ? AND action = 'void'",
                       (wrong.id,))
    assert row["username"] == "cdr" and row["table_name"] == "encounters" and "Entered for the wrong patient" in row["after_json"]
    assert store.db.scalar("SELECT count(*) FROM diagnoses WHERE encounter_id = ? AND voided_at IS NULL",
                           (wrong.id,)) == 0
    # the history of the remaining encounter opens for a commander
    assert timeline.select_record(older.id)
    history = timeline.history()
    assert history.model.rowCount() == 1
    history.close()
    close_page(page, store)


def test_voiding_an_encounter_from_the_timeline_frees_the_bed_it_took(qtbot, tmp_path):
    """The generic void dialog goes through services.voids: the admission saved with the encounter goes too."""
    from l2fh_desk.domain.ward import Admission
    from l2fh_desk.services.encounters import save_encounter

    store = new_store(tmp_path)
    patient = add_patient(store, "Nyakuoth Gai")
    rotation = store.rotations.latest()
    saved = save_encounter(store, Encounter(
        patient_id=patient.id, rotation_id=rotation.id, started_at=NOW - timedelta(hours=2), clinician="Dr Lan",
        kind=EncounterKind.ADMISSION, disposition=Disposition.ADMITTED,
        diagnoses=(Diagnosis(icd10_code="B54", is_primary=True),)), actor=SYSTEM,
        admission=Admission(patient_id=patient.id, rotation_id=rotation.id, bed="B7", admitted_at=NOW - timedelta(hours=2)))
    assert [row.bed for row in store.admissions.board()] == ["B7"]
    page = _open(qtbot, store)
    assert page.timeline.select_record(saved.id)
    dialog = page.timeline.void()
    dialog.reason.setPlainText("Entered for the wrong patient")
    dialog.save_button.click()
    assert store.admissions.board() == []  # bed B7 is free again
    [admission] = store.admissions.find("encounter_id = ?", (saved.id,))
    assert admission.void_reason == "Entered for the wrong patient (voided with its encounter)"
    assert page.timeline.model.rowCount() == 0
    close_page(page, store)


def test_void_an_evacuation_then_its_history_shows_the_void(qtbot, tmp_path):
    store = new_store(tmp_path)
    _patient, _older, _wrong, evacuation = _record(store)
    page = _open(qtbot, store)
    assert page.timeline.select_record(evacuation.id)
    dialog = page.timeline.void()
    dialog.reason.setPlainText("Request cancelled; duplicate")
    dialog.save_button.click()
    assert store.evacuations.get(evacuation.id).void_reason == "Request cancelled; duplicate"
    assert evacuation.id not in [entry.id for entry in page.timeline.model.rows()]
    history = __import__("l2fh_desk.ui.dialogs.history", fromlist=["HistoryDialog"]).HistoryDialog(
        page.ctx, record_id=evacuation.id, what="evacuation")
    qtbot.addWidget(history)
    assert [history.model.index(r, 2).data() for r in range(history.model.rowCount())] == ["Created", "Voided"]
    close_page(page, store)


@pytest.mark.parametrize(("role", "void", "history"), [(Role.HQ_ANALYST, False, True), (Role.MEDIC, True, False)])
def test_who_sees_void_and_history(qtbot, tmp_path, role, void, history):
    store = new_store(tmp_path)
    _record(store)
    page = _open(qtbot, store, role)
    assert page.timeline.model.rowCount() == 4
    assert page.timeline.void_button.isVisibleTo(page) is void
    assert page.timeline.history_button.isVisibleTo(page) is history
    close_page(page, store)


def test_timeline_in_vietnamese_and_french(qtbot, tmp_path):
    from l2fh_desk.ui.i18n import translations

    store = new_store(tmp_path)
    _record(store)
    page = _open(qtbot, store)
    try:
        assert translations().switch("vi")
        page.retranslate()
        timeline = page.timeline
        assert timeline.void_button.text() == "Hủy bản ghi…"
        assert timeline.model.headerData(TimelineColumn.RECORD, Qt.Orientation.Horizontal) == "Bản ghi"
        rows = [timeline.model.index(r, TimelineColumn.RECORD).data() for r in range(timeline.model.rowCount())]
        assert sum(r.startswith("Lượt khám: ") for r in rows) == 2
        assert "Nhập viện: giường B4 (Khoa tổng hợp)" in rows  # the set-up's "General" ward in Vietnamese
        assert "tuổi" in timeline.toPlainText()
        assert translations().switch("fr")
        page.retranslate()
        assert timeline.history_button.text() == "Historique de l'enregistrement…"
        assert timeline.model.index(2, TimelineColumn.OUTCOME).data() == "toujours hospitalisé"
    finally:
        translations().switch("en")
    close_page(page, store)
