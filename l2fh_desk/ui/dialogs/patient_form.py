"""Register or edit a patient, with each problem shown beside its field; the date of birth starts empty and
an estimated age (Alt+A) stands in for it when unknown -- nothing is assumed."""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.patient import MAX_AGE, BirthError, Patient, birth_from_form
from l2fh_desk.domain.vocab import UN_PERSONNEL, PatientCategory, Sex
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.forms import FieldErrors, focus_field
from l2fh_desk.ui.i18n import translations
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
        self.dob = QLineEdit(objectName="date_of_birth")
        self.dob.setMaximumWidth(130)
        self.age = QLineEdit(objectName="estimated_age")
        self.age.setMaximumWidth(60)
        self.age_label = QLabel()
        self.age_label.setBuddy(self.age)  # Alt+A: one keystroke to an estimated age
        dob_row = QWidget()
        row = QHBoxLayout(dob_row)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.dob, self.age_label, self.age):
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
        self.dob.setPlaceholderText(self.tr("yyyy-mm-dd"))
        self.age_label.setText(self.tr("or estimated &age (years)"))
        self.age.setPlaceholderText(self.tr("e.g. 30"))

    def _load(self, patient: Patient | None) -> None:
        if patient is None:
            self.category.setCurrentIndex(self.category.findData(PatientCategory.LOCAL_CIVILIAN.value))
            return
        self.name.setText(patient.name)
        self.sex.setCurrentIndex(self.sex.findData(patient.sex.value))
        if patient.dob_estimated:
            self.age.setText(str(patient.age_on(date.today())))
        else:
            self.dob.setText(patient.date_of_birth.isoformat())
        self.category.setCurrentIndex(self.category.findData(patient.category.value))
        self.index_number.setText(patient.un_index_number)
        self.nationality.setText(patient.nationality)
        self.unit.setText(patient.unit)
        self.home.setText(patient.home_location)
        self.phone.setText(patient.phone)
        self.notes.setText(patient.notes)

    def _category_changed(self) -> None:
        un = PatientCategory(self.category.currentData()) in UN_PERSONNEL
        self.index_number.setPlaceholderText(self.tr("required for UN personnel when known") if un else "")

    def birth(self) -> tuple[date, bool]:
        """(date of birth, estimated) from the date or the age typed; BirthError with a translated message."""
        try:
            return birth_from_form(date_text=self.dob.text(), age_text=self.age.text(), today=date.today(),
                                   language=translations().language)
        except BirthError as exc:
            raise BirthError(self._birth_message(exc.reason), reason=exc.reason) from None

    def patient(self, birth: tuple[date, bool] | None = None) -> Patient:
        """The typed patient (raises ValidationError or DomainError naming the field)."""
        born, estimated = birth or self.birth()
        data = {"name": self.name.text(), "sex": self.sex.currentData() or None, "date_of_birth": born,
                "dob_estimated": estimated, "category": self.category.currentData(),
                "un_index_number": self.index_number.text(), "nationality": self.nationality.text(),
                "unit": self.unit.text(), "home_location": self.home.text(), "phone": self.phone.text(),
                "notes": self.notes.text()}
        if self.original is not None:
            return self.original.model_copy(update=Patient.model_validate(data).model_dump(exclude={"id"}))
        return Patient.model_validate(data)

    def _birth_message(self, reason: str) -> str:
        return {
            "missing": self.tr("Type the date of birth, or an estimated age (Alt+A)"),
            "both": self.tr("Type a date of birth or an estimated age, not both"),
            "unreadable": self.tr("Not a date: type it as yyyy-mm-dd (or dd/mm/yyyy)"),
            "future": self.tr("The date of birth cannot be in the future"),
            "too_old": self.tr("This date gives an age over %1 years").replace("%1", str(MAX_AGE)),
            "age": self.tr("Type the estimated age in whole years, 0 to %1").replace("%1", str(MAX_AGE)),
        }[reason]

    def save(self) -> None:
        birth_problem: BirthError | None = None
        try:
            birth = self.birth()
        except BirthError as exc:  # still check the other fields, so every problem shows at once
            birth_problem, birth = exc, (date.today(), False)
        try:
            patient = self.patient(birth)
            if birth_problem is not None:
                raise birth_problem
            if self.original is None:
                self.saved = self.ctx.store.patients.create(patient, actor=self.ctx.actor)
            else:
                self.saved = self.ctx.store.patients.update(patient, actor=self.ctx.actor)
        except (ValidationError, DomainError) as exc:
            self.errors.show(exc)
            if birth_problem is not None:
                self.errors.set("date_of_birth", birth_problem.message)
            if "sex" in self.errors.shown():
                self.errors.set("sex", self.tr("Choose female or male"))
            first = self.errors.first_shown(self)
            if first is not None:
                focus_field(self.errors.widgets[first])
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
