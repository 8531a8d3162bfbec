"""The settings' MDS additional items (19-22) are read whole: code, name and ICD-10 prefixes each fit their field
("Malaria (confirmed or suspected)", "T63 W53 W54 W55 X20 ...") in English, Vietnamese and French."""

from __future__ import annotations

import pytest
from core_support import hospital_store, session_for

from l2fh_desk.ui.app import make_app
from l2fh_desk.ui.i18n import Preferences, translations
from l2fh_desk.ui.settings_dialog import SettingsDialog


@pytest.mark.parametrize("language", ["en", "vi", "fr"])
def test_the_mds_additional_items_fit_their_fields(qtbot, qapp, tmp_path, language):
    before = qapp.font()
    make_app()  # the app's own font (DejaVu Sans 10), as a user sees it
    store = hospital_store(tmp_path)
    _session, ctx = session_for(store, "boss")
    assert translations().switch(language)
    try:
        dialog = SettingsDialog(ctx, preferences=Preferences(tmp_path / "prefs.ini"))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for row in dialog.mds_rows:
            for field in row:
                needed = field.fontMetrics().horizontalAdvance(field.text()) + 20
                assert field.width() >= needed, (field.text(), field.width(), needed)
        dialog.reject()
        assert dialog.width() <= 1024
    finally:
        translations().switch("en")
        qapp.setFont(before)
        store.close()
