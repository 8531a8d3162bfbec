"""Register or edit a patient, with each problem shown beside its field; an estimated age when the date
of birth is unknown."""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.patient import MAX_AGE, Patient, birth_date_from_age
from l2fh_desk.domain.vocab import UN_PERSONNEL, PatientCategory, Sex
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.forms import FieldErrors
from l2fh_desk.ui.labels import vocab_label


class PatientDialog(QDialog):
    def __init__(self, ctx: AppContext, patient: Patient | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = patient
        self.saved: Patient | None = None
        self.errors = FieldErrors()
        form = QFormLayout(self)
        self.name = QLineEdit(objectName="name")
        self.sex = QComboBox(objectName="sex")
        self.sex.addItem("", "")
        for sex in Sex:
            self.sex.addItem(vocab_label(sex), sex.value)
        self.category = QComboBox(objectName="category")
        for category in PatientCategory:
            self.category.addItem(vocab_label(category), category.value)
        self.dob = QDateEdit(objectName="date_of_birth", calendarPopup=True, displayFormat="yyyy-MM-dd")
        self.dob.setMaximumDate(QDate.currentDate())
        self.dob.setMinimumDate(QDate.currentDate().addYears(-MAX_AGE))
        self.dob_unknown = QCheckBox(objectName="dob_unknown")
        self.age = QSpinBox(objectName="estimated_age", minimum=0, maximum=MAX_AGE)
        self.age_label = QLabel()
        dob_row = QWidget()
        row = QHBoxLayout(dob_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.dob, self.dob_unknown, self.age_label, self.age):
            row.addWidget(widget)
        row.addStretch(1)
        self.index_number = QLineEdit(objectName="un_index_number")
        self.nationality = QLineEdit(objectName="nationality")
        self.unit = QLineEdit(objectName="unit")
        self.home = QLineEdit(objectName="home_location")
        self.phone = QLineEdit(objectName="phone")
        self.notes = QLineEdit(objectName="notes")
        self.row_labels: dict[str, QLabel] = {}
        for field, widget in (("name", self.name), ("sex", self.sex), ("date_of_birth", dob_row),
                              ("category", self.category), ("un_index_number", self.index_number),
                              ("nationality", self.nationality), ("unit", self.unit),
                              ("home_location", self.home), ("phone", self.phone), ("notes", self.notes)):
            label = QLabel()
            label.setBuddy(widget if widget is not dob_row else self.dob)
            self.row_labels[field] = label
            form.addRow(label, self.errors.wrap(field, widget))
        self.errors.general = QLabel()
        form.addRow(self.errors.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.dob_unknown.toggled.connect(self._dob_mode)
        self.category.currentIndexChanged.connect(self._category_changed)
        self._load(patient)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit patient") if self.original else self.tr("Register patient"))
        texts = {"name": self.tr("&Name"), "sex": self.tr("&Sex"), "date_of_birth": self.tr("&Date of birth"),
                 "category": self.tr("&Category"), "un_index_number": self.tr("UN &index number"),
                 "nationality": self.tr("Na&tionality"), "unit": self.tr("&Unit or contingent"),
                 "home_location": self.tr("&Home or location"), "phone": self.tr("&Phone"),
                 "notes": self.tr("N&otes")}
        for field, text in texts.items():
            self.row_labels[field].setText(text)
        self.dob_unknown.setText(self.tr("Unknown:"))
        self.age_label.setText(self.tr("estimated age (years)"))

    def _load(self, patient: Patient | None) -> None:
        if patient is None:
            self.dob.setDate(QDate.currentDate().addYears(-30))
            self.category.setCurrentIndex(self.category.findData(PatientCategory.LOCAL_CIVILIAN.value))
            self._dob_mode(False)
            return
        self.name.setText(patient.name)
        self.sex.setCurrentIndex(self.sex.findData(patient.sex.value))
        born = patient.date_of_birth
        self.dob.setDate(QDate(born.year, born.month, born.day))
        self.dob_unknown.setChecked(patient.dob_estimated)
        self.age.setValue(patient.age_on(date.today()))
        self.category.setCurrentIndex(self.category.findData(patient.category.value))
        self.index_number.setText(patient.un_index_number)
        self.nationality.setText(patient.nationality)
        self.unit.setText(patient.unit)
        self.home.setText(patient.home_location)
        self.phone.setText(patient.phone)
        self.notes.setText(patient.notes)
        self._dob_mode(patient.dob_estimated)

    def _dob_mode(self, unknown: bool) -> None:
        self.dob.setEnabled(not unknown)
        self.age.setEnabled(unknown)

    def _category_changed(self) -> None:
        un = PatientCategory(self.category.currentData()) in UN_PERSONNEL
        self.index_number.setPlaceholderText(self.tr("required for UN personnel when known") if un else "")

    def patient(self) -> Patient:
        """The typed patient (raises ValidationError or DomainError naming the field)."""
        if self.dob_unknown.isChecked():
            try:
                born = birth_date_from_age(self.age.value(), date.today())
            except ValueError as exc:
                raise DomainError(str(exc), field="date_of_birth") from None
        else:
            value = self.dob.date()
            born = date(value.year(), value.month(), value.day())
        data = {"name": self.name.text(), "sex": self.sex.currentData() or None, "date_of_birth": born,
                "dob_estimated": self.dob_unknown.isChecked(), "category": self.category.currentData(),
                "un_index_number": self.index_number.text(), "nationality": self.nationality.text(),
                "unit": self.unit.text(), "home_location": self.home.text(), "phone": self.phone.text(),
                "notes": self.notes.text()}
        if self.original is not None:
            return self.original.model_copy(update=Patient.model_validate(data).model_dump(exclude={"id"}))
        return Patient.model_validate(data)

    def save(self) -> None:
        try:
            patient = self.patient()
            if self.original is None:
                self.saved = self.ctx.store.patients.create(patient, actor=self.ctx.actor)
            else:
                self.saved = self.ctx.store.patients.update(patient, actor=self.ctx.actor)
        except (ValidationError, DomainError) as exc:
            self.errors.show(exc)
            if "sex" in self.errors.shown():
                self.errors.set("sex", self.tr("Choose female or male"))
            return
        self.errors.clear()
        self.ctx.signals.changed.emit("patients")
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, patient: Patient | None = None, parent: QWidget | None = None) -> Patient | None:
        """Register (patient=None) or edit; the saved patient, or None if cancelled."""
        dialog = cls(ctx, patient, parent)
        dialog.exec()
        return dialog.saved
