"""The app shell: first-run wizard, sign-in and lockout, the main window's pages by role, the worker."""

from __future__ import annotations

import pytest
from core_support import PASSWORD, hospital_store, session_for
from PySide6.QtWidgets import QWizard

from l2fh_desk.domain.roles import Role
from l2fh_desk.security.sessions import MAX_FAILED
from l2fh_desk.store.atrest import is_encrypted
from l2fh_desk.store.store import Store
from l2fh_desk.ui.first_run import FirstRunWizard
from l2fh_desk.ui.main_window import MainWindow
from l2fh_desk.ui.sign_in import SignInDialog
from l2fh_desk.ui.worker import run_in_background


def test_first_run_wizard_creates_hospital_rotation_and_commander(qtbot, tmp_path):
    store = Store(tmp_path / "new.db")
    wizard = FirstRunWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.kind_page.hospital.isChecked()  # hospital or HQ: a hospital unless HQ is chosen
    wizard.next()
    page = wizard.hospital_page
    qtbot.keyClicks(page.name, "Bangladesh L2FH")
    wizard.next()
    assert wizard.currentPage() is page  # mission and location are required
    assert page.errors.shown() == {"mission": "This field is required", "location": "This field is required"}
    qtbot.keyClicks(page.mission, "MINUSCA")
    qtbot.keyClicks(page.location, "Bangui")
    wizard.next()
    assert wizard.currentPage() is wizard.rotation_page
    rotation = wizard.rotation_page
    rotation.number.setValue(7)
    rotation.end.setDate(rotation.start.date().addDays(-1))
    wizard.next()
    assert rotation.errors.shown() == {"end_date": "The rotation must end after it starts"}
    rotation.end.setDate(rotation.start.date().addDays(364))
    qtbot.keyClicks(rotation.commander, "Col. Rahman")
    wizard.next()
    account = wizard.account_page
    qtbot.keyClicks(account.username, "rahman")
    qtbot.keyClicks(account.password, "short")
    qtbot.keyClicks(account.confirm, "short")
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert "password" in account.errors.shown()
    assert store.hospitals.this() is None  # nothing saved yet
    account.password.setText(PASSWORD)
    account.confirm.setText(PASSWORD)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.saved
    # A real hospital is encrypted at rest; its recovery key is shown once, Finish waits for the confirmation.
    assert wizard.currentPage() is wizard.recovery_page
    assert len(wizard.recovery_page.key.text().replace(" ", "").replace("-", "")) == 32
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert is_encrypted(store.path)
    wizard.recovery_page.written.setChecked(True)
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert store.hospitals.this().name == "Bangladesh L2FH"
    assert store.rotations.latest().number == 7
    assert store.users.by_username("rahman").role == Role.COMMANDER
    store.close()


def test_sign_in_lockout_is_shown_and_audited(qtbot, tmp_path):
    store = hospital_store(tmp_path)
    dialog = SignInDialog(store, demo_accounts=[("medic", "medic-demo", "medic")])
    qtbot.addWidget(dialog)
    dialog.show()
    assert "medic-demo" in dialog.demo.text()
    qtbot.keyClicks(dialog.username, "anh")
    for attempt in range(MAX_FAILED):
        dialog.password.setText(f"wrong {attempt}")
        dialog.try_sign_in()
        assert dialog.session is None
        assert dialog.password.text() == ""
    assert "locked" in dialog.message.text()
    dialog.password.setText(PASSWORD)
    dialog.try_sign_in()
    assert dialog.session is None and "locked" in dialog.message.text()
    failed = store.db.scalar("SELECT count(*) FROM audit_log WHERE action = 'sign_in_failed' AND username = 'anh'")
    assert failed == MAX_FAILED + 1
    store.close()


def test_sign_in_accepts_the_right_password(qtbot, tmp_path):
    store = hospital_store(tmp_path)
    dialog = SignInDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "boss")
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, "\r")
    assert dialog.session.actor.role == Role.COMMANDER
    store.close()


@pytest.mark.parametrize(("username", "has_accounts"), [("boss", True), ("anh", False)])
def test_main_window_pages_follow_the_role(qtbot, tmp_path, username, has_accounts):
    store = hospital_store(tmp_path)
    session, ctx = session_for(store, username)
    window = MainWindow(ctx, session)
    qtbot.addWidget(window)
    window.show()
    names = [type(p).__name__ for p in window.pages]
    assert ("AccountsPage" in names) == has_accounts
    assert window.nav.count() == len(window.pages)
    assert "Viet Nam L2FH No. 4" in window.status_user.text()
    window.close()
    store.close()


def test_worker_returns_results_progress_and_readable_errors(qtbot):
    seen: list[object] = []

    def work(report, is_cancelled):
        for step in range(3):
            report(step, 3, "counting")
        return 42

    task = run_in_background(None, work, on_done=seen.append, progress=False)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert seen == [42]

    def broken(report, is_cancelled):
        raise OSError(28, "No space left on device", "/media/usb/export.l2fh")

    errors: list[str] = []
    task = run_in_background(None, broken, on_done=seen.append, on_error=errors.append, progress=False)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert errors == ["The disk is full: /media/usb/export.l2fh was not written.\n"
                      "Free some space or choose another drive, then try again."]


def test_worker_cancel_stops_the_work(qtbot):
    import threading

    started = threading.Event()
    seen: list[object] = []

    def slow(report, is_cancelled):
        started.set()
        for step in range(1000):
            report(step, 1000)
            threading.Event().wait(0.01)
        return "finished"

    task = run_in_background(None, slow, on_done=seen.append, on_error=seen.append)
    started.wait(2)
    task.cancel()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert seen == []  # neither a result nor an error: the user cancelled
