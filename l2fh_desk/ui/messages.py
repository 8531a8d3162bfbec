"""Message boxes behind small classmethods (tests replace `ask`-style methods, never Qt), and error text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from l2fh_desk.domain.errors import PermissionDenied
from l2fh_desk.errors import describe
from l2fh_desk.ui.core_messages import translate_message


def is_known_error(exc: BaseException) -> bool:
    """Errors caused by input or the environment (shown plainly) rather than by a bug (also logged)."""
    return not describe(exc).is_bug


def describe_error(exc: BaseException) -> str:
    """One readable message for a failure (`l2fh_desk.errors.describe`), with the remedy when one is known."""
    described = describe(exc)
    if described.is_bug:
        return QCoreApplication.translate("Notice", "Unexpected error: {name}: {text}. The details are in the log file.").format(
            name=type(exc).__name__, text=exc)
    if isinstance(exc, PermissionDenied):
        return QCoreApplication.translate("Notice", "Your role does not allow this.") + f" ({exc})"
    # the core's storage and disk words (store/errors.py, a backup's, an import's) in the window's language
    text, remedy = translate_message(described.text), translate_message(described.remedy)
    return f"{text}\n{remedy}" if remedy else text


class Notice:
    """Every modal message of the app; tests may replace these classmethods."""

    @classmethod
    def error(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @classmethod
    def info(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
