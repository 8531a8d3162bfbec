"""ICD-10 diagnosis picker: search the full WHO list by code, words, lay terms or Vietnamese/French names;
every match in a scrolling list, the hospital's common codes first; see the MDS category, add with Enter."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from l2fh_desk.domain import icd10, mds
from l2fh_desk.ui.free_text import number
from l2fh_desk.ui.labels import mds_label
from l2fh_desk.ui.widgets.choice_keys import move_choice

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class IcdResults(QAbstractListModel):
    """Every match of the current search; rows are drawn (and their MDS category looked up) only when shown."""

    def __init__(self, picker: IcdPicker) -> None:
        super().__init__(picker)
        self.picker = picker
        self.hits: list[tuple[str, str]] = []

    def set_hits(self, hits: list[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt API)
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        code, title = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{code}  {title}  —  {self.picker.category_of(code)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{code}  {title}"
        if role == CODE_ROLE:
            return (code, title)
        return None


class IcdPicker(QWidget):
    """A search field over a result list; `picked(code, title)` when the user chooses one."""

    picked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.additional: tuple[mds.AdditionalItem, ...] = mds.DEFAULT_ADDITIONAL
        self.usage: Mapping[str, int] = {}  # how often this hospital used each code: its common ones first
        self.search = QLineEdit(objectName="icd_search")
        self.model = IcdResults(self)
        self.results = QListView(objectName="icd_results")
        self.results.setModel(self.model)
        # Thousands of rows ("a"): every row the same height, laid out in batches as the list scrolls.
        self.results.setUniformItemSizes(True)
        self.results.setLayoutMode(QListView.LayoutMode.Batched)
        self.results.setBatchSize(100)
        self.results.setMaximumHeight(150)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows in the search field move the choice
        self.hint = QLabel(objectName="icd_hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        self.search.textChanged.connect(self.update_results)
        self.search.installEventFilter(self)
        self.results.activated.connect(self._activate)
        self.results.clicked.connect(self._activate)
        self.retranslate()
        self.update_results("")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("ICD-10 code or words, e.g. B54 or malaria"))
        self.update_results(self.search.text())

    def category_of(self, code: str) -> str:
        return mds_label(mds.map_icd10(code, self.additional), self.additional)

    def count(self) -> int:
        return self.model.rowCount()

    def codes(self) -> list[str]:
        return [code for code, _title in self.model.hits]

    def update_results(self, text: str) -> None:
        hits = icd10.search(text, limit=None, usage=self.usage)
        self.model.set_hits(hits)
        if hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
            self.hint.setText(self.tr("Matches: %1 · ↑/↓ to choose, Enter to add").replace("%1", number(len(hits))))
        elif text.strip():
            self.hint.setText(self.tr("No match for “%1”. Try fewer letters, or the ICD-10 code (e.g. B54).")
                              .replace("%1", text.strip()))
        else:
            self.hint.setText(self.tr("↑/↓ to choose, Enter to add"))

    def _activate(self, index: QModelIndex) -> None:
        found = self.model.data(index, CODE_ROLE)
        if found is None:
            return
        code, title = found
        self.picked.emit(code, title)
        self.search.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if move_choice(self.results, key):
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.text().strip():
                current = self.results.currentIndex()
                if current.isValid():
                    self._activate(current)
                return True  # Enter here adds a diagnosis; it never saves the encounter
        return False
