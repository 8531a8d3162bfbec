"""A patient's record at a glance: details, then a table of encounters, admissions and evacuations (newest
first) with Void… and History… for the selected one."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import Action
from l2fh_desk.services.voids import repository
from l2fh_desk.store.store import Store
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.dialogs.history import HistoryDialog
from l2fh_desk.ui.dialogs.void import VoidDialog
from l2fh_desk.ui.labels import vocab_label
from l2fh_desk.ui.models.table import RECORD_ROLE
from l2fh_desk.ui.models.timeline import (
    TimelineColumn,
    TimelineEntry,
    TimelineModel,
    describe,
    timeline_entries,
)


class PatientTimeline(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("patient_timeline")
        self.ctx = ctx
        self.patient: Patient | None = None
        self.dialog: QDialog | None = None
        self.details = QLabel(self, objectName="patient_details")
        self.details.setWordWrap(True)
        self.heading = QLabel(self)
        self.model = TimelineModel(self)
        self.table = QTableView(self, objectName="timeline_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # A patient has tens of records, not thousands: measuring them is cheap and nothing is cut short.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TimelineColumn.DIAGNOSIS, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(TimelineColumn.DIAGNOSIS, 220)
        self.empty = QLabel(self)
        self.void_button = QPushButton(self, objectName="void_record")
        self.history_button = QPushButton(self, objectName="record_history")
        self.void_button.clicked.connect(self.void)
        self.history_button.clicked.connect(self.history)
        # HQ analysts read only: neither button shows for them (the core refuses the void anyway).
        self.void_button.setVisible(ctx.can(Action.VOID_RECORD))
        self.history_button.setVisible(ctx.can(Action.READ_AUDIT))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(self.heading, 1)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.void_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.retranslate()
        self.clear_patient()

    def retranslate(self) -> None:
        title = self.tr("Timeline")
        self.heading.setText(f"<b>{escape(title)}</b>")
        self.void_button.setText(self.tr("Void record…"))
        self.history_button.setText(self.tr("Record history…"))
        self.empty.setText(self.tr("No encounters yet."))
        self.model.retranslate()
        if self.patient is not None:
            self.show_patient(self.ctx.store, self.patient)
        else:
            self.clear_patient()

    # --- filling ---------------------------------------------------------------------------------
    def clear_patient(self) -> None:
        self.patient = None
        hint = self.tr("Open a patient (Enter or double-click) to see the record.")
        self.details.setText(f"<i>{escape(hint)}</i>")
        self.model.set_rows([])
        for widget in (self.heading, self.table, self.empty, self.void_button, self.history_button):
            widget.setEnabled(False)
        self.empty.hide()
        self.table.hide()
        self.heading.hide()
        self._update_buttons()

    def show_patient(self, store: Store, patient: Patient) -> None:
        """Fill from the store (the caller has already opened the record through the audited read)."""
        self.patient = patient
        self.details.setText(self._details_html(patient))
        chosen = self.current_entry()
        entries = timeline_entries(store, patient.id)
        self.model.set_rows(entries)
        for widget in (self.heading, self.table, self.empty):
            widget.setEnabled(True)
        self.heading.show()
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        ids = [entry.id for entry in entries]
        if chosen is not None and chosen.id in ids:
            self.table.selectRow(ids.index(chosen.id))
        self._update_buttons()

    def _details_html(self, patient: Patient) -> str:
        age = patient.age_on(date.today())
        estimated = self.tr(", estimated") if patient.dob_estimated else ""
        years = self.tr("years")
        lines = [f"<h2>{escape(patient.name)}</h2>",
                 f"<p>{escape(vocab_label(patient.sex))}, {'~' if patient.dob_estimated else ''}{age} "
                 f"{escape(years)} ({escape(patient.date_of_birth.isoformat())}{escape(estimated)}) · "
                 f"{escape(vocab_label(patient.category))}"]
        for label, value in ((self.tr("UN index number"), patient.un_index_number),
                             (self.tr("Nationality"), patient.nationality), (self.tr("Unit"), patient.unit),
                             (self.tr("Home"), patient.home_location), (self.tr("Phone"), patient.phone)):
            if value:
                # "%1 : %2" in French (a space before the colon)
                lines.append("<br>" + self.tr("%1: %2").replace("%1", escape(label)).replace("%2", escape(value)))
        return "".join(lines) + "</p>"

    def toPlainText(self) -> str:  # noqa: N802 (what the page showed as a text browser before)
        """What the panel shows, as text: the details, then each row of the timeline."""
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(self.details.text())
        lines = [document.toPlainText()]
        if self.patient is not None:
            lines.append(self.tr("Timeline"))
            for row in range(self.model.rowCount()):
                lines.append(" · ".join(filter(None, (self.model.index(row, column).data()
                                                      for column in TimelineColumn))))
            if not self.model.rowCount():
                lines.append(self.empty.text())
        return "\n".join(lines)

    # --- the selected record ---------------------------------------------------------------------
    def current_entry(self) -> TimelineEntry | None:
        index = self.table.currentIndex()
        return index.data(RECORD_ROLE) if index.isValid() else None

    def select_record(self, record_id: str) -> bool:
        for row, entry in enumerate(self.model.rows()):
            if entry.id == record_id:
                self.table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        entry = self.current_entry()
        self.void_button.setEnabled(entry is not None and self.ctx.can(repository(self.ctx.store, entry.kind).write_action))
        self.history_button.setEnabled(entry is not None)

    def void(self) -> QDialog | None:
        """Void the selected record with a reason; it leaves the timeline and stays in the database."""
        entry = self.current_entry()
        if entry is None:
            return None
        dialog = VoidDialog(self.ctx, kind=entry.kind.value, record_id=entry.id, what=describe(entry), parent=self)
        dialog.accepted.connect(self._voided)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _voided(self) -> None:
        if self.patient is not None:
            self.show_patient(self.ctx.store, self.patient)

    def history(self) -> QDialog | None:
        entry = self.current_entry()
        if entry is None:
            return None
        self.dialog = HistoryDialog(self.ctx, record_id=entry.id, what=describe(entry), parent=self)
        self.dialog.open()
        return self.dialog
