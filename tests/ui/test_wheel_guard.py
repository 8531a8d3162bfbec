"""Scrolling the form with the wheel over a drop-down or a date does not change it; with the focus it does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QScrollArea, QVBoxLayout, QWidget

from l2fh_desk.ui.app import make_app


def _wheel(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_wheel_changes_a_field_only_with_focus(qtbot):
    make_app()  # installs the guard, as the app does
    area = QScrollArea()
    form = QWidget()
    layout = QVBoxLayout(form)
    kind = QComboBox()
    kind.addItems(["Outpatient", "Emergency", "Follow-up"])
    when = QDateEdit()
    other = QComboBox()
    for widget in (other, kind, when):
        layout.addWidget(widget)
    area.setWidget(form)
    qtbot.addWidget(area)
    area.show()
    other.setFocus()
    day = when.date()
    _wheel(kind)
    _wheel(when)
    assert kind.currentText() == "Outpatient" and when.date() == day
    kind.setFocus()
    qtbot.waitUntil(kind.hasFocus, timeout=1000)
    _wheel(kind)
    assert kind.currentText() == "Emergency"
