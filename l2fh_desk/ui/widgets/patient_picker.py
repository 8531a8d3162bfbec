"""Find the patient for an encounter by typing: the store's search, arrows to choose, Enter to take."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.vocab import PatientCategory, Sex
from l2fh_desk.store.patients import PatientRow
from l2fh_desk.store.store import Store
from l2fh_desk.ui.labels import vocab_label
from l2fh_desk.ui.models.patients import visit_day
from l2fh_desk.ui.widgets.choice_keys import move_choice

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
RESULTS = 8


class PatientPicker(QWidget):
    chosen = Signal(str)  # patient id

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.patient: Patient | None = None
        self.search = QLineEdit(objectName="patient_search")
        self.results = QListWidget(objectName="patient_results")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setMaximumHeight(140)
        self.results.hide()
        self.current = QLabel(objectName="chosen_patient")
        self.current.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.current)
        self.search.textEdited.connect(self.update_results)
        self.search.installEventFilter(self)
        self.results.itemClicked.connect(self._take)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Patient name or UN index number (Ctrl+F)"))
        self.show_current()

    def describe(self, row: PatientRow | Patient, last_visit: str | None = None) -> str:
        """Name · sex, age · category · UN index number (or home) · last visit: enough to tell namesakes apart."""
        sex = vocab_label(Sex(row.sex))
        born = row.date_of_birth if isinstance(row.date_of_birth, date) else date.fromisoformat(row.date_of_birth)
        age = date.today().year - born.year - ((date.today().month, date.today().day) < (born.month, born.day))
        where = row.un_index_number or row.home_location
        visit = last_visit if isinstance(row, Patient) else row.last_visit
        seen = (self.tr("last visit %1").replace("%1", visit_day(visit)) if visit else self.tr("no visit yet"))
        return " · ".join(part for part in (f"{row.name}", f"{sex}, {'~' if row.dob_estimated else ''}{age}",
                                            vocab_label(PatientCategory(row.category)), where, seen) if part)

    def update_results(self, text: str) -> None:
        self.results.clear()
        rows = self.store.patients.search(text, limit=RESULTS) if text.strip() else []
        for row in rows:
            item = QListWidgetItem(self.describe(row))
            item.setData(ROW_ROLE, row.id)
            self.results.addItem(item)
        self.results.setVisible(bool(rows))
        if rows:
            self.results.setCurrentRow(0)

    def show_current(self) -> None:
        self.current.setText(f"<b>{html.escape(self.describe(self.patient, self.store.patients.last_visit(self.patient.id)))}</b>"
                             if self.patient else self.tr("No patient chosen yet."))

    def set_patient(self, patient_id: str | None) -> None:
        self.patient = self.store.patients.get(patient_id) if patient_id else None
        self.search.clear()
        self.results.clear()
        self.results.hide()
        self.show_current()
        if self.patient is not None:
            self.chosen.emit(self.patient.id)

    def _take(self, item: QListWidgetItem) -> None:
        self.set_patient(item.data(ROW_ROLE))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if move_choice(self.results, key):
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.results.isVisible():
                item = self.results.currentItem()
                if item is not None:
                    self._take(item)
                    self.focusNextChild()
                return True
        return False
