"""Register or edit a patient, with each problem shown beside its field; the date of birth starts empty and
an estimated age (Alt+A) stands in for it when unknown -- nothing is assumed."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.patient import MAX_AGE, BirthError, Patient, birth_from_form
from l2fh_desk.domain.vocab import UN_PERSONNEL, PatientCategory, Sex
from l2fh_desk.store.patients import PatientRow
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.forms import FieldErrors, focus_field
from l2fh_desk.ui.i18n import translations
from l2fh_desk.ui.labels import vocab_label
from l2fh_desk.ui.widgets.draft_banner import DraftBanner, changed_at

DRAFT_FORM = "patient"  # a registration's draft, apart from the encounter's and the outreach form's
DRAFT_DEBOUNCE_MS = 400
DRAFT_EVERY_MS = 30_000
TEXT_FIELDS = ("name", "dob", "age", "index_number", "nationality", "unit", "home", "phone", "notes")


class PatientDialog(QDialog):
    def __init__(self, ctx: AppContext, patient: Patient | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.original = patient
        self.saved: Patient | None = None
        self.errors = FieldErrors()
        form = QFormLayout(self)
        self.draft_banner = DraftBanner(self)
        self.draft_label = self.draft_banner.label
        self.restore_button = self.draft_banner.restore_button
        self.restore_button.clicked.connect(self.restore_draft)
        self.draft_banner.discard_button.clicked.connect(self.discard_draft)
        form.addRow(self.draft_banner)
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
        self.duplicate_banner = self._duplicate_banner()
        form.addRow(self.duplicate_banner)
        self.existing: Patient | None = None  # the registered patient the user chose to open instead
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.category.currentIndexChanged.connect(self._category_changed)
        for edit in (self.name, self.dob, self.age, self.index_number):
            edit.textEdited.connect(self._identity_changed)
        self.sex.currentIndexChanged.connect(self._identity_changed)
        self._load(patient)
        self.retranslate()
        self._pending_draft: dict[str, Any] | None = None
        self._has_draft = False  # this account has a registration draft (offered, or written from this form)
        self._dirty = False
        self._debounce = QTimer(self, singleShot=True, interval=DRAFT_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.save_draft)
        self._autosave = QTimer(self, interval=DRAFT_EVERY_MS)
        self._autosave.timeout.connect(self.save_draft)
        if patient is None:  # an edit is one record's change, saved or cancelled at once; a registration is typed
            for name in TEXT_FIELDS:
                getattr(self, name).textChanged.connect(self._draft_changed)
            for combo in (self.sex, self.category):
                combo.currentIndexChanged.connect(self._draft_changed)
            self._autosave.start()
            self._offer_draft()

    # --- drafts ----------------------------------------------------------------------------------
    def draft_payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {name: getattr(self, name).text() for name in TEXT_FIELDS}
        return {**data, "sex": self.sex.currentData() or "", "category": self.category.currentData()}

    def _offer_draft(self) -> None:
        entry = self.ctx.store.drafts.entry(DRAFT_FORM, self.ctx.actor.username)
        if entry is None:
            return
        self._pending_draft = entry.payload
        self._has_draft = True
        name = str(entry.payload.get("name", "")).strip()
        text = (self.tr("An unsaved registration of %1, last changed %2, was kept. Restore it, or start typing to "
                        "replace it.").replace("%1", name) if name else
                self.tr("An unsaved registration, last changed %2, was kept. Restore it, or start typing to "
                        "replace it."))
        self.draft_label.setText(text.replace("%2", changed_at(entry.saved_at)))
        self.draft_banner.setVisible(True)

    def restore_draft(self) -> None:
        draft, self._pending_draft = self._pending_draft, None
        self.draft_banner.setVisible(False)
        if draft is None:
            return
        for name in TEXT_FIELDS:
            getattr(self, name).setText(str(draft.get(name, "")))
        self.sex.setCurrentIndex(max(0, self.sex.findData(draft.get("sex", ""))))
        self.category.setCurrentIndex(max(0, self.category.findData(draft.get("category"))))
        self.name.setFocus()

    def discard_draft(self) -> None:
        self.ctx.store.drafts.discard(DRAFT_FORM, self.ctx.actor.username)
        self._pending_draft = None
        self._has_draft = False
        self.draft_banner.setVisible(False)

    def _draft_changed(self) -> None:
        if self._pending_draft is not None:  # typing a new patient instead: that one is the draft from now on
            self._pending_draft = None
            self.draft_banner.setVisible(False)
        self._dirty = True
        self._debounce.start()

    def save_draft(self) -> None:
        """Write the typed registration now (debounced, every 30 s, and before an idle lock)."""
        self._debounce.stop()
        if self.original is None and self._dirty and self._pending_draft is None and self.isVisible():
            self.ctx.store.drafts.save(DRAFT_FORM, self.ctx.actor.username, self.draft_payload())
            self._has_draft = True
            self._dirty = False

    def _drop_draft(self) -> None:
        self._stop_timers()
        if self._has_draft and self._pending_draft is None:
            self.ctx.store.drafts.discard(DRAFT_FORM, self.ctx.actor.username)
            self._has_draft = False

    def _stop_timers(self) -> None:
        self._debounce.stop()
        self._autosave.stop()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt override)
        self._stop_timers()  # nothing can be typed into a hidden form
        super().hideEvent(event)

    def reject(self) -> None:
        """Cancel is a choice not to register this patient, so the draft goes too."""
        self._drop_draft()
        super().reject()

    def _duplicate_banner(self) -> QFrame:
        frame = QFrame(objectName="duplicate_banner")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet("QFrame#duplicate_banner { background: #fff4ce; }")
        box = QVBoxLayout(frame)
        self.duplicate_label = QLabel(objectName="duplicate_label")
        self.duplicate_label.setWordWrap(True)
        self.duplicate_label.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.duplicate_label)
        buttons = QHBoxLayout()
        self.open_existing_button = QPushButton(objectName="open_existing")
        self.register_anyway_button = QPushButton(objectName="register_anyway")
        self.open_existing_button.clicked.connect(self.open_existing)
        self.register_anyway_button.clicked.connect(self.register_anyway)
        buttons.addWidget(self.open_existing_button)
        buttons.addWidget(self.register_anyway_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        frame.hide()
        self.duplicates: list[PatientRow] = []
        self._duplicates_confirmed = False
        return frame

    def _describe(self, row: PatientRow, reason: str) -> str:
        parts = [row.name, vocab_label(Sex(row.sex)), self.tr("age %1").replace(
            "%1", f"~{row.age_on(date.today())}" if row.dob_estimated else str(row.age_on(date.today()))),
            vocab_label(PatientCategory(row.category))]
        if row.un_index_number:
            parts.append(row.un_index_number)
        elif row.home_location:
            parts.append(row.home_location)
        parts.append(self.tr("last visit %1").replace("%1", row.last_visit[:10]) if row.last_visit
                     else self.tr("no visit yet"))
        why = self.tr("same UN index number") if reason == "index" else self.tr("same name and sex, similar age")
        return f"• {' · '.join(parts)} ({why})"

    def show_duplicates(self, found: list[tuple[PatientRow, str]]) -> None:
        self.duplicates = [row for row, _reason in found]
        lines = [self._describe(row, reason) for row, reason in found[:5]]
        if len(found) > 5:
            lines.append(self.tr("… and %1 more").replace("%1", str(len(found) - 5)))
        self.duplicate_label.setText("\n".join([self.tr("This patient may already be registered:"), *lines]))
        self.duplicate_banner.show()
        self.open_existing_button.setFocus()

    def _identity_changed(self) -> None:
        """Another name, sex, age or index number: the earlier warning (and "register anyway") no longer holds."""
        self._duplicates_confirmed = False
        self.duplicate_banner.hide()

    def open_existing(self) -> None:
        """Open the first likely duplicate instead of registering a new patient."""
        if self.duplicates:
            self.existing = self.ctx.store.patients.get(self.duplicates[0].id)
            self.saved = self.existing
            self._drop_draft()
            self.accept()

    def register_anyway(self) -> None:
        self._duplicates_confirmed = True
        self.save()

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
        self.open_existing_button.setText(self.tr("Op&en the registered patient"))
        self.register_anyway_button.setText(self.tr("&Register as a new patient"))
        self.draft_banner.retranslate()

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
                if not self._duplicates_confirmed:
                    found = self.ctx.store.patients.likely_duplicates(patient)
                    if found:
                        self.errors.clear()
                        self.show_duplicates(found)
                        return
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
        self._drop_draft()
        self.ctx.signals.changed.emit("patients")
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, patient: Patient | None = None, parent: QWidget | None = None) -> Patient | None:
        """Register (patient=None) or edit; the saved patient, or None if cancelled."""
        dialog = cls(ctx, patient, parent)
        dialog.exec()
        return dialog.saved
