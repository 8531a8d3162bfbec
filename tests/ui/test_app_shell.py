"""The start sequence: first-run wizard when the database has no hospital, sign-in, main window, sign-out."""

from __future__ import annotations

from core_support import PASSWORD, hospital_store
from PySide6.QtWidgets import QApplication

from l2fh_desk.domain.hospital import Hospital
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.security.sessions import sign_in
from l2fh_desk.services.setup import add_hospital
from l2fh_desk.store.store import Store
from l2fh_desk.ui.app import Shell, demo_accounts
from l2fh_desk.ui.first_run import FirstRunWizard
from l2fh_desk.ui.i18n import Preferences
from l2fh_desk.ui.sign_in import SignInDialog


def test_new_database_runs_the_wizard_then_signs_in(qtbot, tmp_path, monkeypatch):
    store = Store(tmp_path / "new.db")
    asked: list[str] = []

    def wizard(cls, store, parent=None, *, hq_only=False):
        asked.append("wizard")
        add_hospital(store, Hospital(name="L2FH", mission="UNMISS", location="Malakal"), actor=SYSTEM)
        return True

    def signing_in(cls, store, *, demo_accounts=(), hospital_name="", parent=None):
        asked.append(f"sign-in:{hospital_name}:{len(demo_accounts)}")
        return None  # the user pressed Quit

    monkeypatch.setattr(FirstRunWizard, "ask", classmethod(wizard))
    monkeypatch.setattr(SignInDialog, "ask", classmethod(signing_in))
    shell = Shell(store, demo=True, preferences=Preferences(tmp_path / "p.ini"))
    assert not shell.start()
    assert asked == ["wizard", "sign-in:L2FH:5"]
    assert shell.window is None
    store.close()


def test_sign_in_opens_the_window_and_sign_out_asks_again(qtbot, tmp_path, monkeypatch):
    store = hospital_store(tmp_path)
    answers = [sign_in(store, "anh", PASSWORD), None]
    monkeypatch.setattr(SignInDialog, "ask", classmethod(lambda cls, store, **kw: answers.pop(0)))
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    shell = Shell(store, demo=False, preferences=Preferences(tmp_path / "p.ini"))
    assert shell.start()
    window = shell.window
    qtbot.addWidget(window)
    assert window.isVisible() and window.session.actor.username == "anh"
    window.sign_out()
    assert not window.isVisible() and answers == [] and quits == [True]
    store.close()


def test_demo_accounts_are_the_generators():
    assert [user for user, _pw, _role in demo_accounts()] == ["commander", "medic", "binh", "hoa", "analyst"]


def test_the_demo_database_is_made_off_the_gui_thread(qtbot, tmp_path):
    from l2fh_desk.ui.app import build_demo

    path = tmp_path / "demo.sqlite"
    assert build_demo(path) is True
    with Store(path) as store:
        assert store.hospitals.this() is not None
        assert store.rotations.all()
