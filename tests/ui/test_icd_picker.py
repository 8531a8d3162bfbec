"""The diagnosis picker as the triage desk types into it: common case first, every match, a clear "no match"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from l2fh_desk.ui.widgets.icd_picker import IcdPicker


def type_text(widget, text):
    """One key event per character, with its text (QTest only types ASCII): what a keyboard layout sends."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def picker(qtbot):
    widget = IcdPicker()
    qtbot.addWidget(widget)
    widget.show()
    widget.search.setFocus()
    picked: list[tuple[str, str]] = []
    widget.picked.connect(lambda code, title: picked.append((code, title)))
    widget.picked_log = picked  # type: ignore[attr-defined]
    return widget


def test_malaria_then_enter_adds_the_commonest_code(qtbot, picker):
    picker.usage = {"B54": 1500, "B50.9": 600}
    qtbot.keyClicks(picker.search, "malaria")
    assert picker.codes()[0] == "B54"
    assert picker.count() > 12 and "B52.9" in picker.codes()  # every match, in a scrolling list
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.picked_log == [("B54", "Unspecified malaria")]
    assert picker.search.text() == ""


@pytest.mark.parametrize(("typed", "code"), [("sốt rét", "B54"), ("tiêu chảy", "A09"), ("paludisme", "B54"),
                                             ("diarrhea", "A09"), ("snake bite", "T63.0")])
def test_vietnamese_french_and_lay_terms(qtbot, picker, typed, code):
    type_text(picker.search, typed)
    assert picker.search.text() == typed
    assert picker.codes()[0] == code
    assert code in picker.results.currentIndex().data()


def test_down_then_enter_picks_the_second(qtbot, picker):
    qtbot.keyClicks(picker.search, "pneumonia")
    second = picker.codes()[1]
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.picked_log[0][0] == second


def test_no_match_says_so_and_enter_adds_nothing(qtbot, picker):
    qtbot.keyClicks(picker.search, "X999")
    assert picker.count() == 0
    assert "No match for “X999”" in picker.hint.text() and "fewer letters" in picker.hint.text()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.picked_log == []
    assert picker.search.text() == "X999"  # what was typed stays, to be corrected


def test_one_letter_lists_thousands_without_a_cap(qtbot, picker):
    qtbot.keyClicks(picker.search, "a")
    assert picker.count() > 1000
    for _ in range(30):
        qtbot.keyClick(picker.search, Qt.Key.Key_PageDown)
    assert picker.results.currentIndex().row() == 300
