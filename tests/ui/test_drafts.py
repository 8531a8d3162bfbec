"""Drafts belong to one account and one form: two medics sharing a laptop never see each other's half-typed
encounter, registration or outreach activity, and the offer says whose patient it is and when it was typed."""

from __future__ import annotations

import pytest
from core_support import PASSWORD, add_patient, hospital_store, session_for
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from l2fh_desk.domain.roles import SYSTEM, Role
from l2fh_desk.security.accounts import create_account
from l2fh_desk.ui.dialogs.outreach_form import OutreachDialog
from l2fh_desk.ui.dialogs.patient_form import PatientDialog
from l2fh_desk.ui.pages.encounter import DRAFT_FORM, DraftOffer, EncounterPage
from l2fh_desk.ui.pages.patients import PatientsPage


@pytest.fixture
def laptop(qtbot, tmp_path):
    store = hospital_store(tmp_path)
    create_account(store, username="binh", display_name="Lt. Bình", role=Role.MEDIC, password=PASSWORD,
                   actor=SYSTEM)
    yield store
    for widget in QApplication.topLevelWidgets():  # their autosave timers stop before the database closes
        for timer in widget.findChildren(QTimer):
            timer.stop()
    store.close()


def _when(store, form, username):
    entry = store.drafts.entry(form, username)
    assert entry is not None
    return entry.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")


def _page(qtbot, store, username):
    _session, ctx = session_for(store, username)
    page = EncounterPage(ctx)
    qtbot.addWidget(page)
    return page


def test_two_medics_never_see_each_others_encounter_and_the_offer_names_patient_and_time(qtbot, laptop, monkeypatch):
    patient = add_patient(laptop, "Nyabol Gatkuoth")
    anh = _page(qtbot, laptop, "anh")
    anh.refresh()
    anh.open_record(patient.id)
    qtbot.keyClicks(anh.complaint, "fever three days")
    anh.save_draft()
    asked = []
    monkeypatch.setattr(DraftOffer, "ask", classmethod(lambda cls, parent, text: asked.append(text) or True))
    binh = _page(qtbot, laptop, "binh")
    binh.refresh()
    assert asked == [] and binh.complaint.text() == "" and binh.picker.patient is None
    qtbot.keyClicks(binh.complaint, "cough")
    binh.save_draft()
    assert laptop.drafts.load(DRAFT_FORM, "anh")["complaint"] == "fever three days"
    again = _page(qtbot, laptop, "anh")
    again.refresh()
    assert asked == [f"An encounter for Nyabol Gatkuoth, last changed {_when(laptop, DRAFT_FORM, 'anh')}, was being "
                     "typed when L2FH Desk closed or locked. Restore it?"]
    assert again.complaint.text() == "fever three days"
    assert laptop.drafts.load(DRAFT_FORM, "binh")["complaint"] == "cough"


def test_an_encounter_draft_with_no_patient_yet_says_so(qtbot, laptop, monkeypatch):
    page = _page(qtbot, laptop, "anh")
    page.refresh()
    qtbot.keyClicks(page.complaint, "snake bite")
    page.save_draft()
    when = _when(laptop, DRAFT_FORM, "anh")
    asked = []
    monkeypatch.setattr(DraftOffer, "ask", classmethod(lambda cls, parent, text: asked.append(text) or False))
    _page(qtbot, laptop, "anh").refresh()
    assert asked == [f"An encounter with no patient chosen yet, last changed {when}, "
                     "was being typed when L2FH Desk closed or locked. Restore it?"]
    assert laptop.drafts.load(DRAFT_FORM, "anh") is None  # declined: gone


def _registration(qtbot, store, username):
    _session, ctx = session_for(store, username)
    dialog = PatientDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_registration_keeps_its_own_draft_per_account_and_names_the_patient(qtbot, laptop):
    encounter = _page(qtbot, laptop, "anh")
    encounter.refresh()
    qtbot.keyClicks(encounter.complaint, "headache")
    encounter.save_draft()
    dialog = _registration(qtbot, laptop, "anh")
    assert not dialog.draft_banner.isVisible()
    qtbot.keyClicks(dialog.name, "Gatluak Ruot")
    qtbot.keyClicks(dialog.age, "34")
    qtbot.waitUntil(lambda: laptop.drafts.load("patient", "anh") is not None, timeout=3000)
    dialog.hide()  # gone with a crash or a kill, not cancelled
    assert laptop.drafts.load(DRAFT_FORM, "anh")["complaint"] == "headache"  # the encounter's draft is untouched
    other = _registration(qtbot, laptop, "binh")
    assert not other.draft_banner.isVisible()
    back = _registration(qtbot, laptop, "anh")
    assert back.draft_banner.isVisible()
    assert back.draft_label.text() == (f"An unsaved registration of Gatluak Ruot, last changed "
                                       f"{_when(laptop, 'patient', 'anh')}, was kept. Restore it, or start "
                                       "typing to replace it.")
    back.restore_button.click()
    assert back.name.text() == "Gatluak Ruot" and back.age.text() == "34"
    back.sex.setCurrentIndex(back.sex.findData("male"))
    back.save()
    assert back.saved is not None and back.saved.name == "Gatluak Ruot"
    assert laptop.drafts.load("patient", "anh") is None


def test_cancelling_a_registration_drops_its_draft(qtbot, laptop):
    dialog = _registration(qtbot, laptop, "anh")
    qtbot.keyClicks(dialog.name, "Nyakuma Deng")
    dialog.save_draft()
    assert laptop.drafts.load("patient", "anh")["name"] == "Nyakuma Deng"
    dialog.reject()
    assert laptop.drafts.load("patient", "anh") is None


def test_the_patients_page_writes_an_open_registrations_draft_before_a_lock(qtbot, laptop):
    _session, ctx = session_for(laptop, "anh")
    page = PatientsPage(ctx)
    qtbot.addWidget(page)
    dialog = PatientDialog(ctx, None, page)
    dialog.show()
    dialog.name.setText("Chol Majok")  # set, not typed: no debounce started
    page.save_draft()
    assert laptop.drafts.load("patient", "anh")["name"] == "Chol Majok"
    dialog.close()


def test_the_outreach_draft_offer_names_the_place_and_time(qtbot, laptop):
    _session, ctx = session_for(laptop, "anh")
    dialog = OutreachDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.place, "Rubkona market")
    dialog.save_draft()
    dialog.hide()  # gone with a crash or a kill, not cancelled
    _session, ctx = session_for(laptop, "anh")
    back = OutreachDialog(ctx)
    qtbot.addWidget(back)
    assert back.draft_label.text() == (f"An unsaved activity at Rubkona market, last changed "
                                       f"{_when(laptop, 'outreach', 'anh')}, was kept. Restore it, or start "
                                       "typing to replace it.")
    _session, ctx = session_for(laptop, "binh")
    other = OutreachDialog(ctx)
    qtbot.addWidget(other)
    assert not other.draft_banner.isVisibleTo(other)
