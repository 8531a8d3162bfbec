"""The About dialog names the version, database, schema version and this hospital's UUID."""

from __future__ import annotations

from pages_support import ctx_for, new_store

from l2fh_desk import __version__
from l2fh_desk.ui.about import AboutDialog


def test_about_shows_installation_facts(qtbot, tmp_path):
    store = new_store(tmp_path)
    dialog = AboutDialog(ctx_for(store))
    qtbot.addWidget(dialog)
    assert dialog.values["Version"] == __version__
    assert dialog.values["Database"] == str(store.path)
    assert dialog.values["Schema version"] == str(store.db.user_version)
    assert dialog.values["Hospital UUID"] == store.origin
    assert dialog.values["Hospital"] == "Test L2FH"
    store.close()
