"""Patients: a list of any size filtered as you type (through the store's search), register and edit,
and the record's timeline (encounters, admissions, evacuations) with void and history for each."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.domain.roles import Action
from l2fh_desk.domain.vocab import PatientCategory, Sex
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.dialogs.history import HistoryDialog
from l2fh_desk.ui.dialogs.patient_form import PatientDialog
from l2fh_desk.ui.dialogs.void import VoidDialog
from l2fh_desk.ui.free_text import number
from l2fh_desk.ui.labels import vocab_label
from l2fh_desk.ui.models.patients import PATIENT_ROLE, PatientColumn, PatientListModel
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.widgets.timeline import PatientTimeline

DEBOUNCE_MS = 150
MIN_QUERY = 2
COLUMN_PADDING = 24  # the cell margins and the header's sort indicator


class PatientsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = PatientListModel(ctx.store, self)
        self.filter = QLineEdit(objectName="patient_filter")
        self.filter.setClearButtonEnabled(True)
        self.category = QComboBox(objectName="category_filter")
        # as wide as its longest category in the language shown, after a switch too ("Toutes catégories")
        self.category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.category.addItem("", None)
        for category in PatientCategory:
            self.category.addItem(vocab_label(category), category.value)
        self.register_button = QPushButton(objectName="register_patient")
        self.edit_button = QPushButton(objectName="edit_patient")
        self.encounter_button = QPushButton(objectName="new_encounter")
        self.void_button = QPushButton(objectName="void_patient")
        self.history_button = QPushButton(objectName="patient_history")
        self.dialog: QDialog | None = None
        self.table = QTableView(objectName="patient_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Fixed row heights and no content-based resizing: Qt never measures 100,000 rows.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.timeline = PatientTimeline(ctx)
        top = QHBoxLayout()
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.filter)
        top.addWidget(self.filter_label)
        top.addWidget(self.filter, 2)
        top.addWidget(self.category, 1)
        # the record's buttons on a line of their own: beside the search they are too wide for a small laptop's
        # window in French
        actions = QHBoxLayout()
        for button in (self.register_button, self.edit_button, self.encounter_button, self.history_button,
                       self.void_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.count_label = QLabel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.timeline)
        splitter.setSizes([500, 700])  # the record's timeline needs the room more than the list
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)
        self.debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.debounce.timeout.connect(self.run_search)
        self.filter.textChanged.connect(lambda _text: self.debounce.start())
        self.filter.returnPressed.connect(self._open_first)
        self.category.currentIndexChanged.connect(lambda _i: self.run_search())
        self.table.activated.connect(self.open_index)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.register_button.clicked.connect(self.register)
        self.edit_button.clicked.connect(self.edit)
        self.encounter_button.clicked.connect(self.new_encounter)
        self.void_button.clicked.connect(self.void)
        self.history_button.clicked.connect(self.history)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.focus_filter)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.register)
        can_write = ctx.can(Action.WRITE_PATIENT)
        self.register_button.setVisible(can_write)
        self.edit_button.setVisible(can_write)
        self.encounter_button.setVisible(ctx.can(Action.WRITE_ENCOUNTER))
        self.void_button.setVisible(can_write and ctx.can(Action.VOID_RECORD))
        self.history_button.setVisible(ctx.can(Action.READ_AUDIT))
        self.retranslate()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Patients")

    def fit_columns(self) -> None:
        """Each column as wide as its header and its longest usual text in the current language (never by
        measuring the rows: Qt would read all of them), so no category or header is cut off."""
        samples: dict[PatientColumn, list[str]] = {
            PatientColumn.NAME: ["Nguyễn Thị Ánh Hồng", "Nyabol Gatkuoth Deng"],
            PatientColumn.SEX: [vocab_label(sex) for sex in Sex],
            PatientColumn.AGE: ["~120"],
            PatientColumn.CATEGORY: [vocab_label(category) for category in PatientCategory],
            PatientColumn.INDEX_OR_HOME: ["UN-1234567", "Bentiu PoC sector 3"],
            PatientColumn.LAST_VISIT: ["2026-12-31"],
            PatientColumn.NATIONALITY: ["Bangladesh"],
            PatientColumn.UNIT: ["VN L2FH No. 4"],
        }
        cell, header = self.table.fontMetrics(), self.table.horizontalHeader().fontMetrics()
        for column in PatientColumn:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(header.horizontalAdvance(title), *(cell.horizontalAdvance(text) for text in samples[column]))
            self.table.setColumnWidth(column, width + COLUMN_PADDING)

    def retranslate(self) -> None:
        self.filter_label.setText(self.tr("&Find:"))
        self.filter.setPlaceholderText(self.tr("Name or UN index number (Ctrl+F)"))
        self.category.setItemText(0, self.tr("All categories"))
        for row, category in enumerate(PatientCategory, start=1):
            self.category.setItemText(row, vocab_label(category))
        # a full toolbar row would squeeze it: never narrower than its longest category in this language
        self.category.setMinimumWidth(self.category.sizeHint().width())
        self.register_button.setText(self.tr("&Register patient…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.encounter_button.setText(self.tr("New en&counter"))
        self.void_button.setText(self.tr("Void…"))
        self.history_button.setText(self.tr("History…"))
        self.model.retranslate()
        self.fit_columns()
        self.timeline.retranslate()
        self._update_count()

    def refresh(self) -> None:
        self.run_search()
        if self.timeline.patient is not None:
            self.timeline.show_patient(self.ctx.store, self.ctx.store.patients.get(self.timeline.patient.id))

    def save_draft(self) -> None:
        """Before an idle lock or on close: write an open registration's draft now."""
        for dialog in self.findChildren(PatientDialog):
            if dialog.isVisible():
                dialog.save_draft()

    def focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def run_search(self) -> None:
        self.debounce.stop()
        value = self.category.currentData()
        text = self.filter.text()
        # One letter matches most names and costs a full scan of the index (over 50 ms with 40,000
        # patients); the list stays as it is until a second character narrows it.
        query = text if len(text.strip()) >= MIN_QUERY else ""
        self.model.search(query, PatientCategory(value) if value else None)
        self._update_count()
        self._update_buttons()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        more = "+" if self.model.canFetchMore() else ""
        self.count_label.setText(self.tr("Patients shown: %1").replace("%1", f"{number(shown)}{more}"))

    def _update_buttons(self) -> None:
        has = self.current_row() is not None
        self.edit_button.setEnabled(has)
        self.encounter_button.setEnabled(has)
        self.void_button.setEnabled(has)
        self.history_button.setEnabled(has)

    def current_row(self):  # type: ignore[no-untyped-def]
        index = self.table.currentIndex()
        return index.data(PATIENT_ROLE) if index.isValid() else None

    def _open_first(self) -> None:
        self.run_search()
        if self.model.rowCount():
            self.table.selectRow(0)
            self.open_index(self.model.index(0, 0))
            self.table.setFocus()

    def open_index(self, index: QModelIndex) -> None:
        row = index.data(PATIENT_ROLE)
        if row is None:
            return
        patient = self.ctx.store.patients.open(row.id, actor=self.ctx.actor)  # an audited read
        self.timeline.show_patient(self.ctx.store, patient)

    def register(self) -> None:
        if not self.ctx.can(Action.WRITE_PATIENT):
            return
        patient = PatientDialog.ask(self.ctx, None, self)  # the new patient, or the registered one chosen instead
        if patient is not None:
            self.filter.setText(patient.name)
            self.run_search()
            row = next((r for r in range(self.model.rowCount()) if self.model.rows[r].id == patient.id), 0)
            self.table.selectRow(row)
            self.open_index(self.model.index(row, 0))

    def edit(self) -> None:
        row = self.current_row()
        if row is None:
            return
        patient = self.ctx.store.patients.open(row.id, actor=self.ctx.actor)
        saved = PatientDialog.ask(self.ctx, patient, self)
        if saved is not None:
            self.run_search()
            self.timeline.show_patient(self.ctx.store, saved)

    def void(self) -> QDialog | None:
        """Void the selected patient with a reason (their record stays, marked void, in the audit trail)."""
        row = self.current_row()
        if row is None:
            return None
        dialog = VoidDialog(self.ctx, kind="patients", record_id=row.id, what=row.name, parent=self)
        dialog.accepted.connect(self._voided)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _voided(self) -> None:
        self.timeline.clear_patient()
        self.run_search()

    def history(self) -> QDialog | None:
        row = self.current_row()
        if row is None:
            return None
        self.dialog = HistoryDialog(self.ctx, record_id=row.id, what=row.name, parent=self)
        self.dialog.open()
        return self.dialog

    def new_encounter(self) -> None:
        row = self.current_row()
        if row is not None:
            self.ctx.signals.navigate.emit("encounter", row.id)
