"""The sign-in dialog grows with the message it shows: after a wrong password or a lock-out (long in French and
Vietnamese) the demo accounts below it are still seen whole."""

from __future__ import annotations

import pytest
from core_support import hospital_store

from l2fh_desk.ui.app import demo_accounts
from l2fh_desk.ui.i18n import translations
from l2fh_desk.ui.sign_in import SignInDialog


@pytest.mark.parametrize("language", ["en", "vi", "fr"])
def test_the_demo_accounts_stay_whole_under_a_lock_out_message(qtbot, tmp_path, language):
    store = hospital_store(tmp_path)
    assert translations().switch(language)
    try:
        dialog = SignInDialog(store, demo_accounts=demo_accounts(), hospital_name="Viet Nam L2FH No. 4")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.username.setText("anh")
        for _ in range(6):
            dialog.password.setText("not-the-password")
            dialog.try_sign_in()
        qtbot.wait(20)
        assert dialog.message.isVisible() and dialog.message.text()
        for label in (dialog.message, dialog.demo):
            assert label.height() >= label.heightForWidth(label.width()), label.objectName()
        assert dialog.demo.geometry().bottom() < dialog.buttons.geometry().top()
    finally:
        translations().switch("en")
        store.close()
