"""Voiding a patient from the patients page: a reason is required, the record stays (voided) with its history."""

from __future__ import annotations

from pages_support import add_patient, close_page, ctx_for, new_store

from l2fh_desk.domain.roles import Role
from l2fh_desk.ui.pages.patients import PatientsPage


def test_void_patient_with_reason_then_history(qtbot, tmp_path):
    store = new_store(tmp_path)
    patient = add_patient(store, "Nyabol Gatkuoth")
    add_patient(store, "Deng Majok")
    page = PatientsPage(ctx_for(store, Role.COMMANDER, username="cdr"))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    page.filter.setText("Nyabol")
    page.run_search()
    page.table.selectRow(0)
    dialog = page.void()
    assert not dialog.save_button.isEnabled()
    dialog.reason.setPlainText("Registered twice; see the other record")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert store.patients.get(patient.id).void_reason == "Registered twice; see the other record"
    page.filter.setText("")
    page.run_search()
    assert page.model.rowCount() == 1  # the voided record no longer appears in the list
    history = __import__("l2fh_desk.ui.dialogs.history", fromlist=["HistoryDialog"]).HistoryDialog(
        page.ctx, record_id=patient.id, what=patient.name)
    qtbot.addWidget(history)
    actions = [history.model.index(r, 2).data() for r in range(history.model.rowCount())]
    assert actions == ["Created", "Voided"]
    close_page(page, store)


def test_medic_may_void_but_not_read_history(qtbot, tmp_path):
    store = new_store(tmp_path)
    add_patient(store)
    page = PatientsPage(ctx_for(store, Role.MEDIC))
    qtbot.addWidget(page)
    assert page.void_button.isVisibleTo(page)
    assert not page.history_button.isVisibleTo(page)
    close_page(page, store)
