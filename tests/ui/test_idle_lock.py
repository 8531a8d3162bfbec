"""Idle lock: every window is covered (no patient data visible), input under it is blocked, the draft is
written, and the right password brings the same form back."""

from __future__ import annotations

from core_support import PASSWORD, add_patient, hospital_store, session_for
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from l2fh_desk.ui.main_window import MainWindow
from l2fh_desk.ui.pages.encounter import DRAFT_FORM, EncounterPage


def test_idle_lock_hides_data_and_keeps_the_draft(qtbot, tmp_path):
    for stray in QApplication.topLevelWidgets():  # windows other tests left open would take the prompt
        stray.hide()  # (a QMessageBox without a reject button ignores close())
    store = hospital_store(tmp_path)
    patient = add_patient(store, "Nguyen Van An")
    session, ctx = session_for(store, "anh")
    window = MainWindow(ctx, session)
    qtbot.addWidget(window)
    window.show()
    page = window.page("EncounterPage")
    assert isinstance(page, EncounterPage)
    window.navigate("encounter", patient.id)
    page.complaint.setText("chest pain since morning")
    window.idle_lock.set_minutes(0.002)  # ~0.1 s without input
    qtbot.waitUntil(lambda: window.idle_lock.is_locked, timeout=3000)
    # Every visible window is covered; the main window's cover asks for the password.
    assert all(o.isVisible() and o.geometry() == o.parentWidget().rect() for o in window.idle_lock.overlays)
    [overlay] = [o for o in window.idle_lock.overlays if o.parentWidget() is window]
    assert overlay is window.idle_lock.prompt
    # What the screen shows now: the cover, with no patient name anywhere on it.
    visible_text = " ".join(w.text() for w in overlay.findChildren(type(overlay.title)))
    assert "Nguyen" not in visible_text and "locked" in visible_text
    assert store.drafts.load(DRAFT_FORM, "anh")["complaint"] == "chest pain since morning"
    # Typing goes nowhere under the cover.
    qtbot.keyClicks(page.complaint, "XYZ")
    assert page.complaint.text() == "chest pain since morning"
    assert not window.idle_lock.try_unlock("wrong password")
    assert window.idle_lock.is_locked and overlay.message.text() == "Wrong password."
    overlay.password.setText(PASSWORD)
    qtbot.keyClick(overlay.password, Qt.Key.Key_Return)
    assert not window.idle_lock.is_locked
    assert page.complaint.text() == "chest pain since morning"
    assert page.picker.patient.id == patient.id
    window.idle_lock.set_minutes(0)
    window.close()
    store.close()


def test_enter_on_the_lock_screen_never_reaches_the_dialog_underneath(qtbot, tmp_path):
    """A half-typed form under the lock: the Enter that unlocks must not press its default button."""
    from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout

    from l2fh_desk.ui.idle_lock import IdleLock

    for stray in QApplication.topLevelWidgets():
        stray.hide()
    store = hospital_store(tmp_path)
    session, _ctx = session_for(store, "anh")
    dialog = QDialog()
    qtbot.addWidget(dialog)
    place = QLineEdit(dialog)
    save = QPushButton("Save", dialog)
    save.setDefault(True)
    saves: list[bool] = []
    save.clicked.connect(lambda: saves.append(True))
    from PySide6.QtGui import QKeySequence, QShortcut

    QShortcut(QKeySequence("Ctrl+S"), dialog, activated=lambda: saves.append(True))
    layout = QVBoxLayout(dialog)
    layout.addWidget(place)
    layout.addWidget(save)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    place.setFocus()
    qtbot.keyClicks(place, "Rubkona")
    lock = IdleLock(store, session, minutes=0)
    lock.lock()
    prompt = lock.prompt
    assert prompt is not None and prompt.parentWidget() is dialog
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Space):
        qtbot.keyClick(prompt, key)  # on the cover itself, not only in the password field
        qtbot.keyClick(prompt.password, key)
    qtbot.keyClick(prompt.password, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saves == [] and dialog.isVisible() and lock.is_locked
    prompt.password.setText(PASSWORD)
    qtbot.keyClick(prompt.password, Qt.Key.Key_Return)
    qtbot.wait(50)
    assert not lock.is_locked
    assert saves == [] and dialog.isVisible() and dialog.result() == 0
    assert place.text() == "Rubkona"
    lock.stop()
    store.close()
