"""The window on an encrypted hospital: the sign-in unwraps the key before the file is opened (then the start-up
checks and the ordinary sign-in run); a plain database says so in the window's title."""

from __future__ import annotations

from pathlib import Path

from l2fh_desk.store import atrest
from l2fh_desk.store.store import Store
from l2fh_desk.ui.app import first_session
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.main_window import MainWindow
from l2fh_desk.ui.sign_in import SignInDialog
from tests.security.test_encryption_at_rest import COMMANDER_PASSWORD, real_hospital
from tests.ui.core_support import hospital_store, session_for


def test_the_sign_in_opens_an_encrypted_database_then_signs_in(qtbot, tmp_path: Path) -> None:
    db = tmp_path / "l2fh.db"
    real_hospital(db)
    atrest.forget(db)
    dialog = SignInDialog(None, unlock=db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("boss")
    dialog.password.setText("not-the-password")
    dialog.try_sign_in()
    assert dialog.credentials is None and "Wrong username or password" in dialog.message.text()
    assert dialog.password.text() == ""
    dialog.password.setText(COMMANDER_PASSWORD)
    dialog.try_sign_in()
    assert dialog.credentials == ("boss", COMMANDER_PASSWORD) and dialog.result() == SignInDialog.DialogCode.Accepted
    with Store(db) as store:  # now it opens, and the sign-in proper runs on it (audited)
        session = first_session(store, dialog.credentials)
        assert session is not None and session.account.username == "boss"
        window = MainWindow(AppContext(store=store, actor=session.actor), session)
        qtbot.addWidget(window)
        assert window.windowTitle() == "L2FH Desk"
        window.close()


def test_a_plain_hospital_database_says_so_in_the_title(qtbot, tmp_path: Path) -> None:
    from l2fh_desk.demo.generator import DEMO_MARKER
    from l2fh_desk.domain.roles import SYSTEM

    store = hospital_store(tmp_path)
    session, ctx = session_for(store, "boss")
    window = MainWindow(ctx, session)
    qtbot.addWidget(window)
    assert window.windowTitle() == "L2FH Desk — not encrypted (l2fh-desk encrypt)"
    store.settings.set(DEMO_MARKER, True, actor=SYSTEM)
    window.retranslate()
    assert window.windowTitle() == "L2FH Desk — demo data, not encrypted"
    window.close()
    store.close()


def test_the_sign_in_says_an_account_has_no_key_yet(qtbot, tmp_path: Path) -> None:
    from tests.security.test_account_without_a_slot import without_a_slot

    db = tmp_path / "l2fh.db"
    real_hospital(db)
    without_a_slot(db, "lan")
    dialog = SignInDialog(None, unlock=db)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("lan")
    dialog.password.setText("medic-pass-1")
    dialog.try_sign_in()
    assert dialog.credentials is None
    assert "no key on this encrypted database yet" in dialog.message.text()
    assert "Accounts page" in dialog.message.text()


def test_the_window_says_it_after_a_restore_at_start(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from l2fh_desk.domain.roles import Actor, Role
    from l2fh_desk.security.accounts import change_own_password
    from l2fh_desk.security.sessions import sign_in
    from l2fh_desk.store.backup import list_backups
    from l2fh_desk.store.restore import restore
    from l2fh_desk.store.store import Store
    from l2fh_desk.ui.startup import restored_text
    from tests.security.test_encryption_at_rest import real_hospital

    db = tmp_path / "l2fh.db"
    real_hospital(db)
    [backup] = [b for b in list_backups(db) if b.reason == "manual"]
    same = restore(backup.path, db, actor=Actor(username="boss", role=Role.COMMANDER))
    assert "come back with it" not in restored_text(same)
    with Store(db) as store:
        lan = sign_in(store, "lan", "medic-pass-1").actor
        change_own_password(store, old_password="medic-pass-1", new_password="medic-pass-2", actor=lan)
    changed = restore(backup.path, db, actor=Actor(username="boss", role=Role.COMMANDER))
    text = restored_text(changed)
    assert "kept as" in text and "The passwords in force when this backup was made come back with it" in text
