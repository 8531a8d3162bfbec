"""An output-file field (path + Browse…) and opening a finished file or its folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from l2fh_desk.store.files import is_database_file
from l2fh_desk.ui.messages import Notice


def documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


class OutputFile(QWidget):
    def __init__(self, parent: QWidget | None = None, *, filters: str = "", save: bool = True) -> None:
        super().__init__(parent)
        self.filters = filters
        self.save = save
        self.path = QLineEdit(self)
        self._suggested = ""
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self.choose)
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.path, 1)
        box.addWidget(self.browse)
        self.retranslate()

    def retranslate(self) -> None:
        self.browse.setText(self.tr("Browse…"))

    def value(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None

    def set_value(self, path: Path) -> None:
        self.path.setText(str(path))

    def suggest(self, path: Path) -> None:
        """Follow the chosen options with a file name, until the user types or picks their own."""
        if self.path.text() in ("", self._suggested):
            self._suggested = str(path)
            self.path.setText(self._suggested)

    def choose(self) -> None:
        start = self.path.text() or str(documents_dir())
        if self.save:
            chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as"), start, self.filters)
        else:
            chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Open"), start, self.filters)
        if chosen:
            self.path.setText(chosen)


def open_path(path: Path) -> bool:
    """Open a file (or folder) with the system's viewer; False if there is none."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def open_or_explain(path: Path, *, folder: bool = False) -> str:
    """Open the written file (or its folder); "" when a viewer took it, else the line to show with its path.

    A laptop without a PDF viewer (or file manager) makes openUrl return False and nothing appears;
    the user is told so and where the file is, so it can be copied to a USB stick or opened elsewhere."""
    if open_path(path.parent if folder else path):
        return ""
    if folder:
        return QCoreApplication.translate("OutputFile", "No program on this computer opens this folder. "
                                          "The file is saved at %1").replace("%1", str(path))
    return QCoreApplication.translate("OutputFile", "No program on this computer opens this file. "
                                      "It is saved at %1").replace("%1", str(path))


class ReplaceFile:
    """Asks before a report or export is written over an existing file (tests replace `ask`)."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> bool:
        return Notice.confirm(parent, QCoreApplication.translate("OutputFile", "Replace the file?"),
                              QCoreApplication.translate("OutputFile", "%1 already exists. Replace it?").replace("%1", str(path)))


def database_refusal(path: Path, db: Path) -> str:
    """The line to show when a Save-as names the open database or one of its files (or another database), which a
    report or bundle would replace; "" for any other path. Asked before `may_write`: nothing is written."""
    if not is_database_file(path, db):
        return ""
    return QCoreApplication.translate("OutputFile", "%1 is the database or one of its files; "
                                      "choose another file name.").replace("%1", str(path))


def may_write(parent: QWidget | None, path: Path) -> bool:
    """True for a new file, or an existing regular file the user agreed to replace."""
    return not path.is_file() or ReplaceFile.ask(parent, path)
