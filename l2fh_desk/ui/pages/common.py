"""Pieces the pages share: a sortable table view and the void / history actions on a selected record."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from l2fh_desk.ui.models.table import RECORD_ROLE, RecordTableModel, sorting_proxy

# where wrapped text may break: spaces, and after a hyphen or a slash before a letter (never inside a date)
_WORDS = re.compile(r"\s+|(?<=[-/])(?=[^\W\d_])")


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
        self._stretch: tuple[int, ...] = () if stretch is None else (stretch,) if isinstance(stretch, int) else stretch
        self._wrap = wrap
        self._fitting = False
        for column in self._stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        if not self._stretch:
            header.setStretchLastSection(True)
        if wrap and self._stretch:
            for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted,
                           self.proxy.dataChanged, self.proxy.headerDataChanged):
                signal.connect(self.fit_columns)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._wrap and self._stretch:
            self.fit_columns()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._wrap and self._stretch:  # the language may have changed while the page was hidden
            self.fit_columns()

    def fit_columns(self, *_args: Any) -> None:
        """A narrow window (a small laptop, a long language): the columns sized to their text give up width, their
        text wrapping, so that each stretching column keeps room for its header; wide enough, all are as usual."""
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        header = self.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        content = [c for c in shown if c not in self._stretch]
        stretching = [c for c in shown if c in self._stretch]  # they share what is left equally
        each = max((self._floor(c) for c in stretching), default=0)
        natural = {c: max(self.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in content}
        room = self.viewport().width()
        fits = sum(natural.values()) + len(stretching) * each <= room
        floor = {} if fits else {c: self._floor(c) for c in content}
        spare = room - len(stretching) * each - sum(floor.values())
        for column in stretching:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if spare >= 0
                                        else QHeaderView.ResizeMode.Interactive)
            if spare < 0:  # not even the headers and the longest words fit: the table scrolls, nothing is cut
                header.resizeSection(column, each)
        if fits:
            for column in content:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
            return
        excess = {c: max(0, natural[c] - floor[c]) for c in content}
        total = sum(excess.values()) or 1
        for column in content:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, floor[column] + min(excess[column], max(0, spare) * excess[column] // total))

    def _floor(self, column: int) -> int:
        """The least a column can have: its header, and its longest word (a date, a bed label never wraps)."""
        metrics, words = self.fontMetrics(), {""}
        for row in range(min(self.proxy.rowCount(), 500)):
            words.update(_WORDS.split(str(self.proxy.index(row, column).data() or "")))
        widest = max(metrics.horizontalAdvance(word) for word in words)
        return max(self._title_width(column), widest + 2 * self.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 4)

    def _title_width(self, column: int) -> int:
        """The widest line of a column's header, with the room the header's style gives around it."""
        header = self.horizontalHeader()
        title = str(self.model().headerData(column, Qt.Orientation.Horizontal) or "")
        widest = max((header.fontMetrics().horizontalAdvance(line) for line in title.split("\n")), default=0)
        arrow = 16 if header.isSortIndicatorShown() and header.sortIndicatorSection() == column else 0
        return widest + 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 2 + arrow

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
