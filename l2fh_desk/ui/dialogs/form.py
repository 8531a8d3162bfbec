"""A form dialog whose save errors (domain or validation) are shown next to the field they name."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.domain.errors import DomainError, KnownError, PermissionDenied, field_errors
from l2fh_desk.errors import describe
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.core_messages import translate_message
from l2fh_desk.ui.messages import describe_error

ERROR_STYLE = "color: #b00020;"


class FieldError(QLabel):
    """The red line under a field; empty (and hidden) when the field is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setVisible(False)

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FormDialog(QDialog):
    """Subclasses add rows with `add_field` and implement `save()`, which calls the core and may raise."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = FieldError(self)
        self.errors: dict[str, FieldError] = {}
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)  # spare height goes below the fields, not between them
        layout.addWidget(self.buttons)

    def add_field(self, label: str, widget: QWidget, name: str | None = None) -> QWidget:
        """Add a labelled field; `name` (the domain field) gets an error line beneath it."""
        if name is None:
            self.form.addRow(label, widget)
            return widget
        holder = QWidget(self)
        holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        error = FieldError(holder)
        box.addWidget(error)
        self.errors[name] = error
        self.form.addRow(label, holder)
        return widget

    @property
    def save_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.show_message("")
        self.general_error.show_message("")

    def show_errors(self, exc: ValidationError | DomainError) -> None:
        for key, message in field_errors(exc).items():
            name = key.split(".")[-1] if key else ""
            target = self.errors.get(name, self.general_error)
            target.show_message(translate_message(message))

    def error_text(self, name: str) -> str:
        error = self.errors.get(name)
        return error.text() if error is not None and error.isVisible() else ""

    def save(self) -> None:
        raise NotImplementedError

    def submit(self) -> bool:
        """Save through the core; on a refusal keep the dialog open with the reason shown."""
        self.clear_errors()
        try:
            self.save()
        except (ValidationError, DomainError) as exc:
            self.show_errors(exc)
            return False
        except PermissionDenied as exc:  # the core checked the role
            self.general_error.show_message(describe_error(exc))
            return False
        except KnownError as exc:  # refused for the whole record: a role, a record gone, the disk
            self.general_error.show_message(describe(exc).line)
            return False
        self.accept()
        return True


def bold(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label
