"""Pieces the pages share: a sortable table view and the void / history actions on a selected record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from l2fh_desk.ui.models.table import RECORD_ROLE, RecordTableModel, sorting_proxy


class RecordTable(QTableView):
    """A read-only, row-selecting, sortable view over a RecordTableModel (through a proxy)."""

    def __init__(self, model: RecordTableModel, parent: QWidget | None = None, *,
                 stretch: int | tuple[int, ...] | None = None, wrap: bool = False) -> None:
        """`stretch`: the column (or columns, sharing it) that takes the width the others leave; `wrap`: text
        too long for its column goes on more lines (rows as tall as their text) instead of being cut."""
        super().__init__(parent)
        self.source = model
        self.proxy: QSortFilterProxyModel = sorting_proxy(model)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        if wrap:
            self.setWordWrap(True)
            self.setTextElideMode(Qt.TextElideMode.ElideNone)
            self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if stretch is not None:
            for column in (stretch,) if isinstance(stretch, int) else stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setStretchLastSection(True)

    def selected(self) -> Any:
        """The domain object of the selected row, or None."""
        rows = self.selectionModel().selectedRows()
        return rows[0].data(RECORD_ROLE) if rows else None

    def select_first(self) -> None:
        if self.proxy.rowCount():
            self.selectRow(0)

    def select_where(self, predicate: Any) -> bool:
        for row in range(self.proxy.rowCount()):
            if predicate(self.proxy.index(row, 0).data(RECORD_ROLE)):
                self.selectRow(row)
                return True
        return False
