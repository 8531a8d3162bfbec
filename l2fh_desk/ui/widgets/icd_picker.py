"""ICD-10 diagnosis picker: search the full WHO list by code or words, see the MDS category, add with Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from l2fh_desk.domain import icd10, mds
from l2fh_desk.ui.labels import mds_label
from l2fh_desk.ui.widgets.choice_keys import move_choice

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
RESULTS = 12


class IcdPicker(QWidget):
    """A search field over a result list; `picked(code, title)` when the user chooses one."""

    picked = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.additional: tuple[mds.AdditionalItem, ...] = mds.DEFAULT_ADDITIONAL
        self.search = QLineEdit(objectName="icd_search")
        self.results = QListWidget(objectName="icd_results")
        self.results.setMaximumHeight(150)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows in the search field move the choice
        self.hint = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        self.search.textChanged.connect(self.update_results)
        self.search.installEventFilter(self)
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)
        self.retranslate()
        self.update_results("")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("ICD-10 code or words, e.g. B54 or malaria"))
        self.hint.setText(self.tr("↑/↓ to choose, Enter to add"))
        self.update_results(self.search.text())

    def category_of(self, code: str) -> str:
        return mds_label(mds.map_icd10(code, self.additional), self.additional)

    def update_results(self, text: str) -> None:
        self.results.clear()
        for code, title in icd10.search(text, limit=RESULTS):
            item = QListWidgetItem(f"{code}  {title}  —  {self.category_of(code)}")
            item.setData(CODE_ROLE, (code, title))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _activate(self, item: QListWidgetItem) -> None:
        code, title = item.data(CODE_ROLE)
        self.picked.emit(code, title)
        self.search.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if move_choice(self.results, key):
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.text().strip():
                item = self.results.currentItem()
                if item is not None:
                    self._activate(item)
                return True  # Enter here adds a diagnosis; it never saves the encounter
        return False
