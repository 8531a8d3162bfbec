"""The mouse wheel changes a drop-down, date or number field only when that field has the focus; over a
field it merely passes, the wheel scrolls the form (Kind no longer flips from Outpatient to Follow-up)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget


class WheelGuard(QObject):
    """Installed once on the application: a wheel event for an unfocused combo box or spin/date box is
    ignored by it and goes on to its parent (the scroll area), as if the field were not there."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Wheel and isinstance(watched, (QComboBox, QAbstractSpinBox)) \
                and not watched.hasFocus():
            event.ignore()
            return True  # not delivered to the field; an ignored wheel event propagates to the parent
        return False


def guard_wheel(app: QApplication) -> WheelGuard:
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard


def wheel_needs_focus(widget: QWidget) -> None:
    """A click or Tab gives the focus (and so the wheel); hovering does not."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
