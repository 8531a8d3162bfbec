"""HQ overview: every hospital, mission and rotation HQ holds, and the counts of the review queues."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QVBoxLayout, QWidget

from l2fh_desk.hq.overview import overview, review_counts
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.free_text import person
from l2fh_desk.ui.models.hq_overview import OverviewColumn, OverviewModel, records_template
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.pages.common import RecordTable


class HqOverviewPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel(self, wordWrap=True)
        self.model = OverviewModel(self)
        self.table = RecordTable(self.model, self)
        self.table.setWordWrap(True)
        self.queues = QLabel(self, objectName="review_counts", wordWrap=True)
        self.review_button = QPushButton(self, objectName="open_review")
        self.review_button.clicked.connect(lambda: ctx.signals.navigate.emit("hq_review", ""))
        row = QHBoxLayout()
        row.addWidget(self.queues, 1)
        row.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Hospitals and rotations")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Every hospital, mission and rotation HQ holds, from the newest bundle of "
                                     "each hospital. Hover over a row for its full names."))
        self.review_button.setText(self.tr("&Review…"))
        self.model.retranslate()
        if self.model.rowCount():
            self.fit_columns()  # the words of the new language have their own widths
        self._show_counts()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self.model.rowCount():
            self.fit_columns()  # the page's width is known only once it is shown

    def refresh(self) -> None:
        self.model.set_rows(overview(self.ctx.store))
        self.fit_columns()
        self._show_counts()

    def fit_columns(self) -> None:
        """Every column as wide as its text, except the commander's, which wraps onto a second line: nothing is
        cut off, and the row's full names are in its tooltip."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        metrics = self.table.fontMetrics()
        # samples in the window's language: "Lieutenant-colonel principal", "000 consultations · 00 hospitalisations"
        records = records_template()
        for n in range(1, 6):
            records = records.replace(f"%{n}", "0000")
        lines = records.split("\n")
        widest_records = lines[1] if len(lines) > 1 else lines[0]  # encounters · admissions; the last line may wrap
        for column, sample in ((OverviewColumn.COMMANDER, person("Senior Lieutenant Colonel")),
                               (OverviewColumn.HOSPITAL, "Viet Nam Level-2 Field Hospital"),
                               (OverviewColumn.RECORDS, widest_records)):
            wanted = metrics.horizontalAdvance(sample) + 16
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), wanted))
        self._squeeze()
        self.table.resizeRowsToContents()

    def _squeeze(self) -> None:
        """Wider than the page (long French words, a narrow window): the columns of names and counts give up
        width in proportion to what they can spare, down to their longest word, and wrap onto more lines."""
        header = self.table.horizontalHeader()
        over = header.length() - self.table.viewport().width()
        if over <= 0:
            return
        metrics = self.table.fontMetrics()
        spare: dict[int, int] = {}
        for column in (OverviewColumn.HOSPITAL, OverviewColumn.COMMANDER, OverviewColumn.RECORDS,
                       OverviewColumn.MISSION):
            words = [self.model.index(row, column).data() or "" for row in range(self.model.rowCount())]
            words.append(str(self.model.headerData(column, Qt.Orientation.Horizontal) or ""))
            longest = max((metrics.horizontalAdvance(word) for text in words for word in str(text).split()),
                          default=0) + 16
            spare[column] = max(0, self.table.columnWidth(column) - longest)
        total = sum(spare.values())
        if not total:
            return
        for column, can in spare.items():
            self.table.setColumnWidth(column, self.table.columnWidth(column) - min(can, -(-over * can // total)))

    def _show_counts(self) -> None:
        if not self.model.rowCount():
            self.queues.setText(self.tr("HQ holds no hospital yet: import their bundles on the Import page."))
            return
        counts = review_counts(self.ctx.store)
        # one plural per count (French: "1 personne", "58 personnes"), then the sentence around them
        self.queues.setText(self.tr("Review: %1 to check, %2; %3.")
                            .replace("%1", self.tr("%Ln likely duplicate person(s)", "", counts.duplicates))
                            .replace("%2", self.tr("%Ln linked", "", counts.linked))
                            .replace("%3", self.tr("%Ln merge conflict(s) and refused row(s)", "", counts.conflicts)))
