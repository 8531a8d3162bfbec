"""Inline validation: an error label under each form field, filled from the core's field errors."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QScrollArea, QVBoxLayout, QWidget

from l2fh_desk.domain.errors import DomainError, field_errors
from l2fh_desk.domain.numbers import UnreadableNumber, example, parse_number
from l2fh_desk.ui.core_messages import translate_message
from l2fh_desk.ui.i18n import translations

ERROR_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a5300;"


def field_with_message(widget: QWidget, *, style: str = ERROR_STYLE) -> tuple[QWidget, QLabel]:
    """The widget with an (initially hidden) message label right under it."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    layout.addWidget(widget)
    label = QLabel()
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.hide()
    layout.addWidget(label)
    return box, label


class FieldErrors:
    """Error labels by field name; `show(exc)` puts each message beside its field."""

    def __init__(self) -> None:
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        self.general: QLabel | None = None

    def wrap(self, field: str, widget: QWidget) -> QWidget:
        box, message = field_with_message(widget)
        self.labels[field] = message
        self.widgets[field] = widget
        return box

    def clear(self) -> None:
        for label in [*self.labels.values(), *([self.general] if self.general else [])]:
            label.clear()
            label.hide()

    def set(self, field: str, message: str | None) -> None:
        label = self.labels.get(field) or self.general
        if label is None:
            return
        if message:
            label.setText(message)
            label.show()
        else:
            label.clear()
            label.hide()

    def show(self, exc: ValidationError | DomainError, *, prefix: str = "") -> dict[str, str]:
        """Show every error; fields are matched by the last part of the error's location."""
        self.clear()
        errors = field_errors(exc)
        unplaced: list[str] = []
        errors = {location: translate_message(message) for location, message in errors.items()}
        for location, message in errors.items():
            parts = [p for p in location.split(".") if p and (not prefix or p != prefix)]
            target = next((p for p in reversed(parts) if p in self.labels), None)
            if target is None:
                unplaced.append(message)
            else:
                self.set(target, message)
        if unplaced and self.general is not None:
            self.general.setText("\n".join(unplaced))
            self.general.show()
        return errors

    def first_shown(self, within: QWidget) -> str | None:
        """The field whose message is highest on `within` (what a user reads first), or None."""
        shown = [field for field, label in self.labels.items() if label.text()]
        return min(shown, key=lambda field: _top(self.widgets[field], within), default=None)

    def shown(self) -> dict[str, str]:
        """Messages now visible, by field (what a user sees)."""
        return {field: label.text() for field, label in self.labels.items() if label.text()}


def _top(widget: QWidget, within: QWidget) -> tuple[int, int]:
    point = widget.mapTo(within, QPoint(0, 0))
    return point.y(), point.x()


def focus_field(widget: QWidget, scroll: QScrollArea | None = None) -> QWidget:
    """Scroll `widget` and the message under it into view and give it (or its first focusable child) the
    focus, so a refused save puts the medic on the field to correct, however long the form."""
    target = widget
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        target = next((child for child in widget.findChildren(QWidget)
                       if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isVisibleTo(widget)), widget)
    if scroll is not None:
        box = widget.parentWidget() or widget
        scroll.ensureWidgetVisible(box, 20, 20)
        scroll.ensureWidgetVisible(target, 20, 20)
    target.setFocus(Qt.FocusReason.OtherFocusReason)
    return target


def read_number(text: str, *, integer: bool = False, field: str = "") -> float | None:
    """`text` read as a number in the window's language; an UnreadableNumber carries a translated message."""
    language = translations().language
    try:
        return parse_number(text, language, integer=integer, field=field)
    except UnreadableNumber as exc:
        if exc.ambiguous:
            message = QCoreApplication.translate("Numbers", "Could be read two ways: type it without the point, e.g. 1200")
        elif exc.fraction:
            message = QCoreApplication.translate("Numbers", "Type a whole number")
        else:
            message = QCoreApplication.translate("Numbers", "Type a number, e.g. %1").replace("%1", example(language))
        raise UnreadableNumber(message, field=field, ambiguous=exc.ambiguous, fraction=exc.fraction) from exc


def account_fields(page: QWidget, form: QFormLayout, errors: FieldErrors, *, prefix: str = "") -> None:
    """The rows of a first account (hospital commander or HQ administrator): page.username, display_name,
    password and confirm, each with its error line, and page.labels for the page to translate."""
    page.username = QLineEdit(objectName=f"{prefix}username")
    page.display_name = QLineEdit(objectName=f"{prefix}display_name")
    page.password = QLineEdit(objectName=f"{prefix}password", echoMode=QLineEdit.EchoMode.Password)
    page.confirm = QLineEdit(objectName=f"{prefix}confirm", echoMode=QLineEdit.EchoMode.Password)
    page.labels = [QLabel() for _ in range(4)]
    for label, field in zip(page.labels, ("username", "display_name", "password", "confirm"), strict=True):
        widget = getattr(page, field)
        label.setBuddy(widget)
        form.addRow(label, errors.wrap(field, widget))
