"""The window shows names in every script: the app font falls back to the shipped fonts of each script."""

from __future__ import annotations

from pathlib import Path

from core_support import add_patient, hospital_store, session_for
from PySide6.QtGui import QFont, QRawFont

from l2fh_desk.ui.app import make_app
from l2fh_desk.ui.pages.patients import PatientsPage

NAMES = ("Nguyễn Thị Ánh", "Łukasz Żółć", "محمد علي عبد الله", "አበበ ቢቂላ", "प्रिया शर्मा", "রবীন্দ্রনাথ ঠাকুর",
         "王小明 李娜", "김민준 이서연")


def test_every_character_of_every_name_has_a_glyph_in_the_app_fonts(qtbot, tmp_path: Path) -> None:
    app = make_app()
    families = app.font().families()
    assert families[0] == "DejaVu Sans" and len(families) >= 6
    raw = [QRawFont.fromFont(QFont(family)) for family in families]
    for name in NAMES:
        missing = [ch for ch in name if not ch.isspace() and not any(r.supportsCharacter(ord(ch)) for r in raw)]
        assert missing == [], f"{name}: {missing}"
    store = hospital_store(tmp_path)
    for name in NAMES:
        add_patient(store, name)
    _session, ctx = session_for(store, "anh")
    page = PatientsPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 420)
    page.show()
    page.refresh()
    shown = {page.model.index(row, 0).data() for row in range(page.model.rowCount())}
    assert shown == set(NAMES)
    page.grab().save(str(tmp_path / "patients-scripts.png"))
    store.close()
