"""Languages switch at once (a label turns Vietnamese); settings are saved by a commander only."""

from __future__ import annotations

import pytest
from core_support import hospital_store, session_for
from PySide6.QtCore import Qt

from l2fh_desk.store.app_settings import AppSettings
from l2fh_desk.ui.i18n import Preferences, translations
from l2fh_desk.ui.main_window import MainWindow
from l2fh_desk.ui.settings_dialog import SettingsDialog


@pytest.fixture
def english():
    translations().switch("en")
    yield
    translations().switch("en")


def test_switching_language_relabels_the_window_at_once(qtbot, tmp_path, english):
    store = hospital_store(tmp_path)
    session, ctx = session_for(store, "boss")
    window = MainWindow(ctx, session)
    qtbot.addWidget(window)
    window.show()
    patients = window.page("PatientsPage")
    assert patients.register_button.text() == "&Register patient…"
    dialog = SettingsDialog(ctx, preferences=Preferences(tmp_path / "prefs.ini"), parent=window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("vi"))
    assert translations().language == "vi"
    assert patients.register_button.text() == "Đăng &ký bệnh nhân…"
    assert window.file_menu.title() == "&Tệp"
    assert window.nav.item(window.pages.index(patients)).text() == "Bệnh nhân"
    assert patients.model.headerData(0, Qt.Orientation.Horizontal) == "Họ tên"
    assert dialog.windowTitle() == "Cài đặt"
    assert Preferences(tmp_path / "prefs.ini").language == "vi"
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert patients.register_button.text() == "&Enregistrer un patient…"
    window.close()
    store.close()


def test_commander_saves_settings_and_bad_values_show_beside_the_field(qtbot, tmp_path, english):
    store = hospital_store(tmp_path)
    _session, ctx = session_for(store, "boss")
    dialog = SettingsDialog(ctx, preferences=Preferences(tmp_path / "prefs.ini"))
    qtbot.addWidget(dialog)
    dialog.idle.setValue(5)
    dialog.target.setValue(18)
    dialog.mds_rows[0][2].setText("B50 nonsense")
    assert not dialog.save()
    assert "mds_additional" in dialog.errors.shown()
    assert AppSettings(store).get("idle_lock_minutes") == 10  # nothing written
    dialog.mds_rows[0][2].setText("B50 B51 B52 B53 B54")
    assert dialog.save()
    settings = AppSettings(store)
    assert settings.get("idle_lock_minutes") == 5 and settings.get("un_gender_target") == 0.18
    store.close()


def test_medic_sees_settings_read_only(qtbot, tmp_path, english):
    store = hospital_store(tmp_path)
    _session, ctx = session_for(store, "anh")
    dialog = SettingsDialog(ctx, preferences=Preferences(tmp_path / "prefs.ini"))
    qtbot.addWidget(dialog)
    assert not dialog.box.isEnabled()
    assert dialog.language.isEnabled()  # the language is personal
    store.close()
