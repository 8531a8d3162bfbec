"""About: version, build date, database path, schema version, hospital UUID and key fingerprint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from l2fh_desk.about import about_info, about_lines
from l2fh_desk.ui.context import AppContext


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About L2FH Desk"))
        self.info = about_info(ctx.store, ctx.store.path)
        labels = {
            "Version": self.tr("Version"), "Build date": self.tr("Build date"), "Build commit": self.tr("Build commit"),
            "Database": self.tr("Database"), "Schema version": self.tr("Schema version"),
            "Hospital": self.tr("Hospital"), "Hospital UUID": self.tr("Hospital UUID"),
            "Key fingerprint": self.tr("Key fingerprint"), "Log file": self.tr("Log file"),
            "Python": self.tr("Python"), "System": self.tr("System"),
        }
        heading = QLabel(self.tr("L2FH Desk — offline logger for a UN Level-2 Field Hospital"), self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        form = QFormLayout()
        self.values: dict[str, str] = {}
        for label, text in about_lines(self.info):
            if text == "none":
                text = self.tr("none")
            elif text == "development":
                text = self.tr("development build")
            value = QLabel(text, self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(labels.get(label, label), value)
            self.values[label] = text
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 0)
