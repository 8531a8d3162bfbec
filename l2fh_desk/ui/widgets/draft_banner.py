"""The yellow "an unsaved form was kept" line of a dialog, with Restore and Discard, and how a draft's time reads."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


def changed_at(moment: datetime) -> str:
    """A draft's last change in this computer's time, as the app writes dates (yyyy-mm-dd hh:mm)."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class DraftBanner(QFrame):
    """Shown while a kept draft is on offer; the dialog connects `restore_button` and `discard_button`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="draft_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#draft_banner { background: #fff4ce; }")
        box = QHBoxLayout(self)
        self.label = QLabel(self, objectName="draft_label")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a patient's name is text, never markup
        self.restore_button = QPushButton(self, objectName="restore_draft")
        self.discard_button = QPushButton(self, objectName="discard_draft")
        box.addWidget(self.label, 1)
        box.addWidget(self.restore_button)
        box.addWidget(self.discard_button)
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.restore_button.setText(self.tr("Restore it"))
        self.discard_button.setText(self.tr("Discard it"))
