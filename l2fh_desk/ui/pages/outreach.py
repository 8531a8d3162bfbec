"""Outreach: log activities, list them with filters, and totals by kind for a chosen period."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.domain.roles import Action
from l2fh_desk.domain.vocab import OutreachKind
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.dialogs.history import HistoryDialog
from l2fh_desk.ui.dialogs.outreach_form import OutreachDialog
from l2fh_desk.ui.dialogs.void import VoidDialog
from l2fh_desk.ui.dialogs.widgets import DateEdit
from l2fh_desk.ui.free_text import number
from l2fh_desk.ui.models.outreach import OutreachColumn, OutreachModel, OutreachTotalsModel, TotalsColumn
from l2fh_desk.ui.models.vocab import tr_label
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.pages.common import RecordTable


class OutreachPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._counts = (0, 0)  # activities and people reached in the period shown
        self.dialog: QDialog | None = None
        today = date.today()
        rotation = ctx.store.rotations.on(today)
        self.start = DateEdit(rotation.start_date if rotation else today.replace(day=1), self)
        self.end = DateEdit(today, self)
        self.kind = QComboBox(self)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.from_label, self.to_label, self.kind_label = QLabel(self), QLabel(self), QLabel(self)
        filters = QHBoxLayout()
        for widget in (self.from_label, self.start, self.to_label, self.end, self.kind_label, self.kind):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)

        self.model = OutreachModel(self)
        self.table = RecordTable(self.model, self, stretch=(OutreachColumn.KIND, OutreachColumn.PLACE, OutreachColumn.PARTNER),
                                  wrap=True)
        self.table.sortByColumn(OutreachColumn.DATE, Qt.SortOrder.DescendingOrder)
        self.totals_model = OutreachTotalsModel(self)
        self.totals = RecordTable(self.totals_model, self, stretch=TotalsColumn.QUANTITIES)
        self.totals_box = QGroupBox(self)
        box = QVBoxLayout(self.totals_box)
        box.addWidget(self.totals)
        self.summary = QLabel(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.totals_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.new_button = QPushButton(self)
        self.void_button = QPushButton(self)
        self.history_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_activity)
        self.void_button.clicked.connect(self.void)
        self.history_button.clicked.connect(self.history)
        self.new_button.setVisible(ctx.can(Action.WRITE_OUTREACH))
        self.void_button.setVisible(ctx.can(Action.VOID_RECORD))
        self.history_button.setVisible(ctx.can(Action.READ_AUDIT))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.void_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.start.dateChanged.connect(self.refresh)
        self.end.dateChanged.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.search.textChanged.connect(self.table.proxy.setFilterFixedString)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Outreach")

    def retranslate(self) -> None:
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.kind_label.setText(self.tr("Kind"))
        self.search.setPlaceholderText(self.tr("Filter by place, partner…"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), None)
        for value in OutreachKind:
            self.kind.addItem(tr_label(value), value.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)
        self.totals_box.setTitle(self.tr("Totals by kind for the period"))
        self.new_button.setText(self.tr("&Log activity…"))
        self.void_button.setText(self.tr("Void…"))
        self.history_button.setText(self.tr("History…"))
        self.model.retranslate()
        self.totals_model.retranslate()
        self._show_summary()  # its words and its digits' grouping follow the language

    def period(self) -> tuple[date, date]:
        start, end = self.start.value(), self.end.value()
        return (start, end) if start <= end else (end, start)

    def refresh(self) -> None:
        start, end = self.period()
        data = self.kind.currentData()
        kind = None if data is None else OutreachKind(data)
        activities = self.ctx.store.outreach.between(start, end)
        if kind is not None:
            activities = [a for a in activities if a.kind == kind]
        self.model.set_rows(activities)
        totals = self.ctx.store.outreach.totals(start, end)
        self.totals_model.set_rows([t for t in totals if kind is None or t.kind == kind])
        self._counts = (len(activities), sum(a.reached_total for a in activities))
        self._show_summary()
        self._update_buttons()

    def _show_summary(self) -> None:
        activities, reached = self._counts
        self.summary.setText(self.tr("Activities: %1 · people reached: %2").replace("%1", number(activities))
                             .replace("%2", number(reached)))

    def _update_buttons(self) -> None:
        has = self.table.selected() is not None
        self.void_button.setEnabled(has)
        self.history_button.setEnabled(has)

    def _open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.accepted.connect(self.refresh)  # other pages hear of it through ctx.signals.changed
        dialog.open()
        return dialog

    def save_draft(self) -> None:
        """Before an idle lock or on close: write the open activity form's draft now."""
        if isinstance(self.dialog, OutreachDialog) and self.dialog.isVisible():
            self.dialog.save_draft()

    def new_activity(self) -> OutreachDialog:
        dialog = OutreachDialog(self.ctx, self)
        self._open(dialog)
        return dialog

    def _what(self) -> str:
        activity = self.table.selected()
        return f"{tr_label(activity.kind)} — {activity.place} ({activity.activity_date.isoformat()})"

    def void(self) -> QDialog | None:
        activity = self.table.selected()
        if activity is None:
            return None
        return self._open(VoidDialog(self.ctx, kind="outreach_activities", record_id=activity.id,
                                     what=self._what(), parent=self))

    def history(self) -> QDialog | None:
        activity = self.table.selected()
        if activity is None:
            return None
        return self._open(HistoryDialog(self.ctx, record_id=activity.id, what=self._what(), parent=self))
