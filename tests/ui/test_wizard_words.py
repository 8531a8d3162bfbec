"""The first-run wizard's own buttons in the window's language: Qt ships no Vietnamese for "< Back", "Next >",
"Finish", "Cancel" (our catalogue carries them), and the page that saves says "Save", not Qt's "Commit"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from l2fh_desk.store.store import Store
from l2fh_desk.ui.first_run import FirstRunWizard
from l2fh_desk.ui.i18n import translations

Button = QWizard.WizardButton


@pytest.mark.parametrize(("language", "words"), [
    ("en", ["< &Back", "&Next >", "Cancel", "Save"]),
    ("vi", ["< &Quay lại", "&Tiếp >", "Hủy", "Lưu"]),
    ("fr", ["< &Précédent", "&Suivant >", "Annuler", "Enregistrer"]),
])
def test_the_wizards_buttons_are_in_the_language(qtbot, tmp_path, language, words):
    assert translations().switch(language)
    try:
        with Store(tmp_path / "new.db") as store:
            wizard = FirstRunWizard(store)
            qtbot.addWidget(wizard)
            wizard.show()
            wizard.next()
            assert [wizard.buttonText(b) for b in (Button.BackButton, Button.NextButton, Button.CancelButton,
                                                    Button.CommitButton)] == words
            wizard.reject()
    finally:
        translations().switch("en")
