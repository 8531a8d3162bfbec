"""The patient list: searched through the store (full-text, diacritic-insensitive) and fetched in pages."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from l2fh_desk.domain.vocab import PatientCategory, Sex
from l2fh_desk.store.patients import PatientRow
from l2fh_desk.store.store import Store
from l2fh_desk.ui.labels import vocab_label

Index = QModelIndex | QPersistentModelIndex
PATIENT_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200


class PatientColumn(IntEnum):
    NAME = 0
    SEX = 1
    AGE = 2
    CATEGORY = 3
    INDEX_OR_HOME = 4  # the UN index number, or for a civilian without one the home or location
    LAST_VISIT = 5
    NATIONALITY = 6
    UNIT = 7


def visit_day(started_at: str | None) -> str:
    """The local day of a visit stored in UTC, or "—" for none."""
    if not started_at:
        return "—"
    moment = datetime.fromisoformat(started_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date().isoformat()


class PatientListModel(QAbstractTableModel):
    """Never holds more rows than were scrolled to: 100,000 patients cost one page until the user scrolls."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[PatientRow] = []
        self.query = ""
        self.category: PatientCategory | None = None
        self._more = False
        self.today = date.today()

    def search(self, query: str = "", category: PatientCategory | None = None) -> None:
        """Replace the rows with the first page of matches."""
        self.query, self.category = query, category
        self.today = date.today()
        rows = self.store.patients.search(query, category=category, limit=PAGE_SIZE)
        self.beginResetModel()
        self.rows = rows
        self._more = len(rows) == PAGE_SIZE
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 (Qt's signature)
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more or not self.rows:
            return
        rows = self.store.patients.search(self.query, category=self.category, limit=PAGE_SIZE,
                                          before_rowid=self.rows[-1].rowid)
        self._more = len(rows) == PAGE_SIZE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(PatientColumn)

    def age_text(self, row: PatientRow) -> str:
        age = row.age_on(self.today)
        return f"~{age}" if row.dob_estimated else str(age)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == PATIENT_ROLE:
            return row
        column = PatientColumn(index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PatientColumn.AGE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == PatientColumn.NAME:
            return row.name
        if column == PatientColumn.SEX:
            return vocab_label(Sex(row.sex))
        if column == PatientColumn.AGE:
            return self.age_text(row)
        if column == PatientColumn.CATEGORY:
            return vocab_label(PatientCategory(row.category))
        if column == PatientColumn.INDEX_OR_HOME:
            return row.un_index_number or row.home_location
        if column == PatientColumn.LAST_VISIT:
            return visit_day(row.last_visit)
        if column == PatientColumn.NATIONALITY:
            return row.nationality
        return row.unit

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(PatientColumn):
            return None
        return {
            PatientColumn.NAME: self.tr("Name"),
            PatientColumn.SEX: self.tr("Sex"),
            PatientColumn.AGE: self.tr("Age"),
            PatientColumn.CATEGORY: self.tr("Category"),
            PatientColumn.INDEX_OR_HOME: self.tr("UN index no. or home"),
            PatientColumn.LAST_VISIT: self.tr("Last visit"),
            PatientColumn.NATIONALITY: self.tr("Nationality"),
            PatientColumn.UNIT: self.tr("Unit"),
        }[PatientColumn(section)]

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(PatientColumn) - 1)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(PatientColumn) - 1))
