"""The rotations page: open the next rotation (open admissions carry over), roster add/edit/void, women's share."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pages_support import add_patient, admit, close_page, ctx_for, new_store

from l2fh_desk.domain.hospital import StaffMember
from l2fh_desk.domain.roles import SYSTEM, Role
from l2fh_desk.domain.vocab import Sex
from l2fh_desk.ui.models.rotations import StaffColumn
from l2fh_desk.ui.pages.rotations import RotationsPage


@pytest.fixture
def page(qtbot, tmp_path):
    store = new_store(tmp_path)
    rotation = store.rotations.latest()
    for name, sex in (("Lt. Trần Thị Hoa", Sex.FEMALE), ("Capt. Lê Minh", Sex.MALE), ("Maj. Phạm Quốc", Sex.MALE),
                      ("Sgt. Đỗ Văn Tú", Sex.MALE), ("Cpl. Vũ Nam", Sex.MALE)):
        store.staff.create(StaffMember(rotation_id=rotation.id, name=name, sex=sex), actor=SYSTEM)
    admit(store, add_patient(store), bed="B1")
    admit(store, add_patient(store, "Nyakim Gatluak", Sex.FEMALE), bed="B2")
    widget = RotationsPage(ctx_for(store, Role.COMMANDER, username="cdr"))
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    close_page(widget, store)


def test_womens_share_shown_plainly(page):
    assert page.share_text.text() == "Women: 1 of 5 staff (20.0%) — UN target 15%: meets the UN target"
    assert page.share_bar.share == pytest.approx(0.2)
    assert page.share_bar.target == pytest.approx(0.15)


def test_void_staff_changes_the_share(page):
    page.staff.select_where(lambda m: m.name == "Lt. Trần Thị Hoa")
    dialog = page.void_staff()
    dialog.reason.setPlainText("Entered on the wrong rotation")
    dialog.save_button.click()
    assert "Women: 0 of 4 staff (0.0%)" in page.share_text.text()
    assert "below the UN target" in page.share_text.text()


def test_add_and_edit_staff(page):
    dialog = page.add_staff()
    dialog.name.setText("Lt. Nguyễn Thị Lan")
    dialog.save_button.click()
    assert "Choose female or male" in dialog.error_text("sex")
    dialog.sex.set_value(Sex.FEMALE)
    dialog.specialty.setText("Anaesthetist")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert "Women: 2 of 6 staff (33.3%)" in page.share_text.text()
    page.staff.select_where(lambda m: m.name == "Lt. Nguyễn Thị Lan")
    edit = page.edit_staff()
    edit.rank.setText("Captain")
    edit.save_button.click()
    names = {page.staff.proxy.index(r, StaffColumn.NAME).data(): page.staff.proxy.index(r, StaffColumn.RANK).data()
             for r in range(page.staff.proxy.rowCount())}
    assert names["Lt. Nguyễn Thị Lan"] == "Captain"


def test_open_next_rotation_carries_open_admissions(page):
    previous = page.ctx.store.rotations.latest()
    dialog = page.open_next()
    assert dialog.number.value() == previous.number + 1
    assert dialog.start.value() == previous.end_date + timedelta(days=1)
    assert dialog.carry == 2
    dialog.commander.setText("Col. Nguyễn Văn B")
    dialog.save_button.click()
    assert not dialog.isVisible()
    latest = page.ctx.store.rotations.latest()
    assert latest.number == previous.number + 1
    assert page.selected_rotation().id == latest.id
    assert page.message.text() == f"Rotation {latest.number} is open; 2 open admission(s) carried over."
    assert page.ctx.store.admissions.count("discharged_at IS NULL") == 2
    assert "Women: 0 of 0 staff" in page.share_text.text()


def test_a_rotation_number_that_is_not_next_is_refused(page):
    dialog = page.open_next()
    dialog.number.setValue(1)
    dialog.save_button.click()
    assert "numbered after 1" in dialog.error_text("number")
    assert len(page.ctx.store.rotations.all()) == 1
