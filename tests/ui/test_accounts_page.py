"""Account management in the window: a commander creates and disables accounts; a medic never gets the page."""

from __future__ import annotations

import pytest
from core_support import PASSWORD, hospital_store, session_for

from l2fh_desk.domain.errors import PermissionDenied
from l2fh_desk.domain.roles import SYSTEM, Role
from l2fh_desk.security import accounts as accounts_core
from l2fh_desk.security.accounts import create_account
from l2fh_desk.security.sessions import MAX_FAILED, SignInFailed, sign_in
from l2fh_desk.services.accounts import list_accounts
from l2fh_desk.ui.i18n import translations
from l2fh_desk.ui.main_window import MainWindow
from l2fh_desk.ui.messages import Notice
from l2fh_desk.ui.models.accounts import AccountsModel
from l2fh_desk.ui.pages.accounts import AccountsPage, NewAccountDialog, PasswordPrompt


def test_accounts_model(qtmodeltester, tmp_path):
    store = hospital_store(tmp_path)
    model = AccountsModel()
    qtmodeltester.check(model)
    model.set_accounts(list_accounts(store, actor=SYSTEM))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    store.close()


def test_commander_creates_disables_and_resets(qtbot, tmp_path, monkeypatch):
    store = hospital_store(tmp_path)
    _session, ctx = session_for(store, "boss")
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.refresh()

    def fill(cls, ctx, parent=None):
        dialog = NewAccountDialog(ctx, parent)
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.username, "Bad Name")
        dialog.password.setText("new-medic-pass")
        dialog.save()
        assert "username" in dialog.errors.shown()
        dialog.username.setText("linh")
        dialog.display_name.setText("Lt. Linh")
        dialog.save()
        return dialog.created

    monkeypatch.setattr(NewAccountDialog, "ask", classmethod(fill))
    page.new_button.click()
    assert [a.username for a in page.model.accounts] == ["anh", "boss", "linh"]
    assert page.selected().username == "linh"
    assert sign_in(store, "linh", "new-medic-pass").actor.role == Role.MEDIC
    page.toggle_button.click()
    with pytest.raises(SignInFailed):
        sign_in(store, "linh", "new-medic-pass")
    assert page.model.index(2, 3).data() == "Disabled"
    monkeypatch.setattr(PasswordPrompt, "ask", classmethod(lambda cls, title, parent=None: "reset-pass-99"))
    notices: list[str] = []
    monkeypatch.setattr(Notice, "info", classmethod(lambda cls, parent, title, text: notices.append(text)))
    page.select_username("anh")
    page.reset_button.click()
    assert sign_in(store, "anh", "reset-pass-99").actor.username == "anh"
    assert notices == ["The password was reset and the account unlocked."]
    store.close()


def test_medic_cannot_open_account_management(qtbot, tmp_path):
    store = hospital_store(tmp_path)
    session, ctx = session_for(store, "anh")
    window = MainWindow(ctx, session)
    qtbot.addWidget(window)
    assert window.page("AccountsPage") is None
    with pytest.raises(PermissionDenied):
        AccountsPage(ctx)
    assert sign_in(store, "boss", PASSWORD)
    window.close()
    store.close()


def test_commander_unlocks_a_locked_out_account_and_cannot_disable_their_own(qtbot, tmp_path, monkeypatch):
    store = hospital_store(tmp_path)
    for _ in range(MAX_FAILED):
        with pytest.raises(SignInFailed):
            sign_in(store, "anh", "not-the-password")
    _session, ctx = session_for(store, "boss")
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    errors: list[str] = []
    infos: list[str] = []
    monkeypatch.setattr(Notice, "error", classmethod(lambda cls, parent, title, text: errors.append(text)))
    monkeypatch.setattr(Notice, "info", classmethod(lambda cls, parent, title, text: infos.append(text)))
    page.select_username("boss")
    assert not page.unlock_button.isEnabled()
    page.toggle_button.click()
    assert errors == ["The last active commander account cannot be disabled or demoted"]
    page.select_username("anh")
    assert page.model.index(0, 3).data() == "Locked (wrong passwords)" and page.unlock_button.isEnabled()
    page.unlock_button.click()
    assert infos == ["The account was unlocked: it may sign in again."]
    assert page.model.index(0, 3).data() == "Active" and not page.unlock_button.isEnabled()
    assert sign_in(store, "anh", PASSWORD).actor.username == "anh"
    create_account(store, username="deputy", display_name="Maj. Tú", role=Role.COMMANDER, password=PASSWORD,
                   actor=ctx.actor)
    page.refresh()
    page.select_username("boss")
    page.toggle_button.click()  # beside another commander: still not one's own
    assert errors[-1] == "You cannot disable your own account (another commander can)"
    assert store.users.by_username("boss").disabled_at is None
    store.close()


def test_the_account_rules_are_said_in_the_windows_language(qtbot, tmp_path, monkeypatch):
    store = hospital_store(tmp_path)
    _session, ctx = session_for(store, "boss")
    assert translations().switch("fr")
    try:
        page = AccountsPage(ctx)
        qtbot.addWidget(page)
        page.refresh()
        errors: list[str] = []
        monkeypatch.setattr(Notice, "error", classmethod(lambda cls, parent, title, text: errors.append(text)))
        page.select_username("boss")
        page.toggle_button.click()
        page.select_username("anh")
        assert not page.unlock_button.isEnabled() and page.unlock_button.text() == "Dé&verrouiller"
        page._run(lambda: accounts_core.unlock_account(store, store.users.by_username("anh").id, actor=ctx.actor))
        assert errors == ["Le dernier compte de commandant actif ne peut être ni désactivé ni rétrogradé",
                          "Ce compte n'est pas verrouillé"]
        dialog = NewAccountDialog(ctx, page)
        qtbot.addWidget(dialog)
        dialog.username.setText("linh")
        dialog.password.setText("court")
        dialog.save()
        assert "Le mot de passe doit comporter au moins 8 caractères" in dialog.errors.shown().values()
    finally:
        translations().switch("en")
        store.close()
