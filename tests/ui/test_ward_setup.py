"""The commander's window for wards and beds: it gathers a ward's name and its beds (labels or a number);
the core checks the role, the labels and saves all the beds or none."""

from __future__ import annotations

from pages_support import add_patient, admit, close_page, ctx_for, new_store

from l2fh_desk.domain.roles import Role
from l2fh_desk.ui.dialogs.ward_setup import WardSetupDialog
from l2fh_desk.ui.pages.ward import WardPage


def _choices(store):
    return [(c.ward, c.bed, c.occupant) for c in store.beds.choices()]


def test_the_commander_adds_a_ward_by_labels_and_beds_by_number(qtbot, tmp_path):
    store = new_store(tmp_path)
    page = WardPage(ctx_for(store, Role.COMMANDER, username="cdr"))
    qtbot.addWidget(page)
    page.show()
    assert page.setup_button.isVisible() and page.setup_button.text() == "&Wards and beds…"
    dialog = page.set_up_wards()
    assert dialog.wards.text() == "No wards set up yet: beds are typed freely."
    dialog.name.setText("Isolation")
    dialog.labels.setText("ISO-1, ISO-2")
    assert dialog.submit()
    assert _choices(store) == [("Isolation", "ISO-1", ""), ("Isolation", "ISO-2", "")]
    again = page.set_up_wards()
    assert again.wards.text() == "Isolation: 2 beds (ISO-1, ISO-2)"
    again.name.setText("General")
    again.count.setValue(3)
    assert again.submit()
    assert [c[:2] for c in _choices(store)][2:] == [("General", "B-01"), ("General", "B-02"), ("General", "B-03")]
    assert "Beds occupied: 0 of" in page.census.text()
    close_page(page, store)


def test_bad_input_is_shown_beside_the_field_and_nothing_is_saved(qtbot, tmp_path):
    store = new_store(tmp_path)
    ctx = ctx_for(store, Role.COMMANDER, username="cdr")
    dialog = WardSetupDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.count.setValue(4)
    assert not dialog.submit()
    assert dialog.error_text("name") == "This field is required"
    dialog.name.setText("General")
    dialog.labels.setText("B-1, b-1")
    assert not dialog.submit()
    assert dialog.error_text("labels") == "Bed b-1 is listed twice"
    dialog.labels.setText("")
    dialog.count.setValue(0)
    assert not dialog.submit()
    assert dialog.error_text("count") == "Give the bed labels or a number of beds (at least 1)"
    assert store.beds.choices() == [] and store.wards.active() == []
    dialog.reject()
    store.close()


def test_beds_already_there_are_refused_and_an_occupied_bed_stays_listed(qtbot, tmp_path):
    store = new_store(tmp_path)
    ctx = ctx_for(store, Role.COMMANDER, username="cdr")
    first = WardSetupDialog(ctx)
    qtbot.addWidget(first)
    first.name.setText("General")
    first.labels.setText("B1, B2")
    assert first.submit()
    admit(store, add_patient(store), bed="B1")
    again = WardSetupDialog(ctx)
    qtbot.addWidget(again)
    again.show()
    assert again.wards.text() == "General: 2 beds (B1, B2), 1 in use"
    again.name.setText("general ")
    again.labels.setText("B2, B3")
    assert not again.submit()
    assert again.error_text("labels") == "Ward General already has bed B2"
    assert len(store.beds.choices()) == 2
    again.reject()
    store.close()


def test_only_a_commander_sees_the_button_and_the_core_refuses_anyone_else(qtbot, tmp_path):
    store = new_store(tmp_path)
    medic = ctx_for(store, Role.MEDIC, username="anh")
    page = WardPage(medic)
    qtbot.addWidget(page)
    page.show()
    assert not page.setup_button.isVisible()
    dialog = WardSetupDialog(medic)  # opened anyway: the core checks the role
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("General")
    dialog.count.setValue(2)
    assert not dialog.submit()
    assert dialog.general_error.text().startswith("Your role does not allow this")
    assert store.wards.active() == []
    dialog.reject()
    close_page(page, store)
