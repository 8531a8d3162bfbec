"""The encounter form, built for a triage desk: keyboard only from patient search to save, vitals checked
as typed, ICD-10 → MDS, and the admission or evacuation fields in the same form. Drafts are autosaved."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from l2fh_desk.domain.encounter import Diagnosis, Encounter, Procedure, derive_mds_event
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.ids import PatientId, new_id
from l2fh_desk.domain.mds import DEFAULT_ADDITIONAL
from l2fh_desk.domain.vital_ranges import band_for
from l2fh_desk.domain.vocab import (
    Disposition,
    EncounterKind,
    EvacuationMode,
    EvacuationPriority,
    ProcedureKind,
    Triage,
)
from l2fh_desk.services.encounters import DEFAULT_WARD, EncounterInput, record_encounter
from l2fh_desk.services.rotations import NoRotation
from l2fh_desk.store.errors import StorageError
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.forms import ERROR_STYLE, FieldErrors, focus_field
from l2fh_desk.ui.free_text import free as free_text
from l2fh_desk.ui.labels import mds_event_label, vocab_label
from l2fh_desk.ui.messages import Notice, describe_error
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.pages.encounter.drafts import DRAFT_DEBOUNCE_MS, DRAFT_EVERY_MS, DRAFT_FORM, EncounterDrafts
from l2fh_desk.ui.pages.encounter.layout import TRIAGE_COLOURS, build_layout, combo
from l2fh_desk.ui.widgets.bed_picker import BedPicker, WardField
from l2fh_desk.ui.widgets.icd_picker import CODE_ROLE, IcdPicker
from l2fh_desk.ui.widgets.patient_picker import PatientPicker
from l2fh_desk.ui.widgets.vitals import VitalsEditor


class EncounterPage(EncounterDrafts, Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # This form's encounter id, kept from the first attempt until a save is confirmed (a save whose
        # COMMIT reported a failure may have landed: saving again then updates it, never duplicates it).
        self.record_id = new_id()
        self.additional = self._additional()
        self.errors = FieldErrors()
        self.picker = PatientPicker(ctx.store)
        self.kind = combo(EncounterKind)
        self.kind.setObjectName("kind")
        self.started = QDateTimeEdit(QDateTime.currentDateTime(), objectName="started_at",
                                     displayFormat="yyyy-MM-dd HH:mm", calendarPopup=True)
        self.triage = combo(Triage, blank=True)
        self.triage.setObjectName("triage")
        self.complaint = QLineEdit(objectName="complaint")
        self.pregnant = QCheckBox(objectName="pregnant")
        self.vitals = VitalsEditor()
        self.icd = IcdPicker()
        self.icd.additional = self.additional
        self.diagnoses = QListWidget(objectName="diagnoses")
        self.diagnoses.setMaximumHeight(90)
        self.procedures: dict[ProcedureKind, QCheckBox] = {kind: QCheckBox(vocab_label(kind)) for kind in ProcedureKind}
        self.procedure_note = QLineEdit(objectName="procedure_note")
        self.treatment = QPlainTextEdit(objectName="treatment")
        self.treatment.setTabChangesFocus(True)
        self.treatment.setMaximumHeight(70)
        self.disposition = combo(Disposition, blank=True)  # no default: the medic says what happened
        self.disposition.setObjectName("disposition")
        self.clinician = QLineEdit(ctx.actor.username, objectName="clinician")
        account = ctx.store.users.get(ctx.actor.user_id) if ctx.actor.user_id else None
        if account is not None and account.display_name:
            self.clinician.setText(account.display_name)
        self.default_clinician = self.clinician.text()
        # Admission and evacuation fields: shown only for that disposition.
        self.bed = QLineEdit(objectName="bed")
        self.ward = WardField(DEFAULT_WARD, objectName="ward")
        self.bed_picker = BedPicker(self.bed, self.ward)
        self.plan = QLineEdit(objectName="plan")
        self.mode = combo(EvacuationMode)
        self.priority = combo(EvacuationPriority)
        self.destination = QLineEdit(objectName="destination")
        self.save_button = QPushButton(objectName="save_encounter")
        self.clear_button = QPushButton(objectName="clear_encounter")
        self.status = QLabel(objectName="save_status")
        self._build_layout()
        self._connect()
        self.draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DEBOUNCE_MS)
        self.draft_timer.timeout.connect(self.save_draft)
        self.periodic = QTimer(self, interval=DRAFT_EVERY_MS)
        self.periodic.timeout.connect(self.save_draft)
        self.periodic.start()
        self._loading = False
        # The encounter time follows the clock (shown each 20 s, taken at save) until the user edits it.
        self.time_edited = False
        self.started.dateTimeChanged.connect(self._time_changed)
        self.clock_timer = QTimer(self, interval=20_000)
        self.clock_timer.timeout.connect(self.follow_clock)
        self.clock_timer.start()
        self._draft_checked = False
        self.retranslate()

    def _build_layout(self) -> None:
        build_layout(self)

    def _connect(self) -> None:
        self.icd.picked.connect(self.add_diagnosis)
        self.disposition.currentIndexChanged.connect(self._disposition_changed)
        self.triage.currentIndexChanged.connect(self._triage_colour)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear_form)
        for key in ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(key), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.focus_patient)
        QShortcut(QKeySequence("Ctrl+D"), self, activated=lambda: self.icd.search.setFocus())
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self.diagnoses, activated=self.remove_diagnosis)
        # Enter in a one-line field goes on to the next field; only the last one (the clinician) saves, as
        # do Ctrl+S and Ctrl+Enter: a stray Enter in SpO2 no longer saves a half-filled encounter.
        for edit in (self.complaint, self.procedure_note, self.bed, self.ward, self.plan, self.destination,
                     *self.vitals.edits()):
            edit.returnPressed.connect(self.focusNextChild)
        self.clinician.returnPressed.connect(self.save)
        for signal in (self.kind.currentIndexChanged, self.triage.currentIndexChanged, self.complaint.textEdited,
                       self.pregnant.toggled, self.vitals.changed, self.procedure_note.textEdited,
                       self.treatment.textChanged, self.disposition.currentIndexChanged, self.bed.textEdited,
                       self.ward.textEdited, self.plan.textEdited, self.mode.currentIndexChanged,
                       self.priority.currentIndexChanged, self.destination.textEdited, self.clinician.textEdited,
                       self.picker.chosen, self.started.dateTimeChanged):
            signal.connect(self._field_changed)
        for check in self.procedures.values():
            check.toggled.connect(self._field_changed)
        for signal in (self.picker.chosen, self.disposition.currentIndexChanged, self.triage.currentIndexChanged,
                       self.started.dateTimeChanged):
            signal.connect(self._vitals_context)

    def _vitals_context(self, *_: Any) -> None:
        """The vital-sign ranges of this patient's age on the encounter day; no pulse allowed for the dead."""
        patient = self.picker.patient
        day = self.started.dateTime().toPython().date()
        band = band_for(patient.date_of_birth if patient is not None else None, day)
        dead = self.disposition.currentData() in (Disposition.DEAD_ON_ARRIVAL.value, Disposition.DIED.value) or \
            self.triage.currentData() == Triage.DEAD.value
        self.vitals.set_context(band=band, dead=dead)

    def title(self) -> str:
        return self.tr("Encounter")

    def retranslate(self) -> None:
        texts = {"patient_id": self.tr("&Patient"), "kind": self.tr("&Kind"), "started_at": self.tr("&Time"),
                 "triage": self.tr("T&riage"), "complaint": self.tr("Chief &complaint"),
                 "pregnant": self.tr("Pregnant"), "treatment": self.tr("&Treatment"),
                 "disposition": self.tr("D&isposition"), "bed": self.tr("&Bed"), "ward": self.tr("&Ward"),
                 "plan": self.tr("Pla&n"), "mode": self.tr("&Mode"), "priority": self.tr("Pri&ority"),
                 "destination": self.tr("D&estination"), "clinician": self.tr("C&linician")}
        for field, text in texts.items():
            self.form_labels[field].setText(text)
        self.heading.setText(self.tr("<h2>New encounter</h2>Ctrl+F patient · Ctrl+D diagnosis · "
                                     "Ctrl+S or Enter saves"))
        self.pregnant.setText(self.tr("yes"))
        self.ward.set_stored(self.ward.stored())  # the ward's name in the new language, as the lists show it
        self.vitals_box.setTitle(self.tr("Vital signs"))
        self.diagnosis_box.setTitle(self.tr("Diagnoses (ICD-10 → MDS category); the first is primary"))
        self.remove_hint.setText(self.tr("Select a diagnosis and press Delete to remove it."))
        self.procedure_box.setTitle(self.tr("Procedures"))
        self.procedure_note.setPlaceholderText(self.tr("Procedure details"))
        self.admission_box.setTitle(self.tr("Admission"))
        self.evacuation_box.setTitle(self.tr("Referral or evacuation"))
        self.save_button.setText(self.tr("&Save encounter"))
        self.clear_button.setText(self.tr("Clear form"))
        for box, enum in ((self.kind, EncounterKind), (self.disposition, Disposition), (self.mode, EvacuationMode),
                          (self.priority, EvacuationPriority)):
            for row, value in enumerate(enum):
                box.setItemText(row, vocab_label(value))
        for row, value in enumerate(Triage, start=1):
            self.triage.setItemText(row, vocab_label(value))
        for kind, check in self.procedures.items():
            check.setText(vocab_label(kind))
        self.picker.retranslate()
        self.icd.retranslate()
        self.vitals.retranslate()
        self._relabel_diagnoses()

    def _additional(self) -> tuple:  # type: ignore[type-arg]
        from l2fh_desk.store.app_settings import AppSettings

        try:
            return tuple(AppSettings(self.ctx.store).get("mds_additional"))
        except (KeyError, DomainError):
            return DEFAULT_ADDITIONAL

    # --- behaviour ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.additional = self._additional()
        self.icd.additional = self.additional
        self.icd.usage = self.ctx.store.encounters.diagnosis_usage()
        self.bed_picker.set_choices(self.ctx.store.beds.choices())
        if not self._draft_checked:
            self._draft_checked = True
            self.offer_draft()

    def focus_patient(self) -> None:
        self.picker.search.setFocus()
        self.picker.search.selectAll()

    def open_record(self, patient_id: str) -> None:
        """From the patient list's "New encounter": this patient, cursor on the first clinical field."""
        self.picker.set_patient(patient_id)
        self.kind.setFocus()

    def _disposition_changed(self) -> None:
        value = self.disposition.currentData()
        self.admission_box.setVisible(value == Disposition.ADMITTED.value)
        self.evacuation_box.setVisible(value == Disposition.EVACUATED.value)

    def _triage_colour(self) -> None:
        colour = TRIAGE_COLOURS.get(self.triage.currentData() or "")
        self.triage.setStyleSheet(f"QComboBox {{ background: {colour}; color: white; font-weight: bold; }}"
                                  if colour else "")

    def add_diagnosis(self, code: str, title: str) -> None:
        for row in range(self.diagnoses.count()):
            if self.diagnoses.item(row).data(CODE_ROLE)[0] == code:
                return
        item = QListWidgetItem()
        item.setData(CODE_ROLE, (code, title))
        self.diagnoses.addItem(item)
        self._relabel_diagnoses()
        self._field_changed()

    def remove_diagnosis(self) -> None:
        row = self.diagnoses.currentRow()
        if row >= 0:
            self.diagnoses.takeItem(row)
            self._relabel_diagnoses()
            self._field_changed()

    def _relabel_diagnoses(self) -> None:
        for row in range(self.diagnoses.count()):
            item = self.diagnoses.item(row)
            code, title = item.data(CODE_ROLE)
            category = mds_event_label(derive_mds_event(code, self.additional), self.additional)
            primary = self.tr(" (primary)") if row == 0 else ""
            item.setText(f"{code}  {title}  —  {category}{primary}")

    def _field_changed(self, *_: Any) -> None:
        if self._loading:
            return
        self.status.clear()
        self.draft_timer.start()

    # --- build and save -------------------------------------------------------------------------------
    def _time_changed(self) -> None:
        if not self._loading:
            self.time_edited = True

    def follow_clock(self) -> None:
        """Show the current time in the time field, unless the user set a time of their own."""
        if self.time_edited:
            return
        self._loading = True
        try:
            self.started.setDateTime(QDateTime.currentDateTime())
            self.time_edited = False
        finally:
            self._loading = False

    def _started_at(self) -> datetime:
        self.follow_clock()
        return self.started.dateTime().toPython().astimezone(UTC)

    def read(self) -> EncounterInput:
        """What the form holds (raise ValidationError/DomainError naming the field); the rules are in services."""
        patient = self.picker.patient
        if patient is None:
            raise DomainError(self.tr("Choose the patient first (Ctrl+F)"), field="patient_id")
        diagnoses = []
        for row in range(self.diagnoses.count()):
            code, _title = self.diagnoses.item(row).data(CODE_ROLE)
            diagnoses.append(Diagnosis(icd10_code=code, mds_event=derive_mds_event(code, self.additional),
                                       is_primary=row == 0))
        procedures = [Procedure(kind=kind, description=self.procedure_note.text())
                      for kind, check in self.procedures.items() if check.isChecked()]
        return EncounterInput(
            patient_id=PatientId(patient.id), kind=self.kind.currentData(), started_at=self._started_at(),
            triage=self.triage.currentData() or None, vitals=self.vitals.vitals(), complaint=self.complaint.text(),
            pregnant=self.pregnant.isChecked(), diagnoses=tuple(diagnoses), procedures=tuple(procedures),
            treatment=self.treatment.toPlainText(), disposition=self.disposition.currentData() or None,
            clinician=self.clinician.text(), bed=self.bed.text(), ward=self.ward.stored(), plan=self.plan.text(),
            mode=self.mode.currentData(), priority=self.priority.currentData(), destination=self.destination.text(),
            record_id=self.record_id)

    def save(self) -> Encounter | None:
        """Save in one transaction; "Saved" only after it returned. Nothing is saved on any error."""
        self.errors.clear()
        self.status.clear()
        if not self.vitals.check():
            self.status.setText(self.tr("Not saved: correct the vital signs marked in red."))
            self.status.setStyleSheet(ERROR_STYLE)
            errors, _warnings = self.vitals.problems()
            first = min(errors, key=lambda name: list(self.vitals.fields).index(name))
            focus_field(self.vitals.fields[first], self.scroll)
            return None
        try:
            try:
                saved = record_encounter(self.ctx.store, self.read(), actor=self.ctx.actor)
            except NoRotation as exc:
                raise DomainError(self.tr("Open a rotation first (Rotations page)"), field=exc.field) from exc
        except (ValidationError, DomainError) as exc:
            self.errors.show(exc)
            self.status.setText(self.tr("Not saved: see the fields marked in red."))
            self.status.setStyleSheet(ERROR_STYLE)
            self.focus_first_error()
            return None
        except StorageError as exc:
            self.save_draft()  # the form is kept; the draft may not be writable either
            Notice.error(self, self.tr("Not saved"), describe_error(exc))
            return None
        name = self.picker.patient.name if self.picker.patient else ""
        self.ctx.store.drafts.discard(DRAFT_FORM, self.ctx.actor.username)
        self.clear_form(keep_status=True)
        self.status.setStyleSheet("color: #2e7d32; font-weight: bold;")
        what = vocab_label(saved.disposition)
        if saved.disposition == Disposition.ADMITTED:
            admission = self.ctx.store.admissions.open_for_patient(saved.patient_id)
            if admission is not None:
                what = f"{what}, {free_text(admission.ward)} · {admission.bed}"
        self.status.setText(self.tr("Saved: %1, %2 — %3").replace("%1", name)
                            .replace("%2", saved.started_at.astimezone().strftime("%H:%M")).replace("%3", what))
        self.ctx.signals.changed.emit("encounters")
        self.focus_patient()
        return saved

    def focus_first_error(self) -> None:
        """Scroll to the first field in error (from the top of the long form) and put the cursor in it."""
        field = self.errors.first_shown(self.body)
        if field is None:
            if self.errors.general is not None and self.errors.general.text():
                self.scroll.ensureWidgetVisible(self.errors.general)
            return
        focus_field({"patient_id": self.picker.search, "diagnoses": self.icd.search}.get(field, self.errors.widgets[field]),
                    self.scroll)
        self.scroll.ensureWidgetVisible(self.errors.labels[field], 20, 20)

    def clear_form(self, *, keep_status: bool = False) -> None:
        self.record_id = new_id()  # a new form: a new encounter
        self._loading = True
        try:
            self.picker.set_patient(None)
            self.kind.setCurrentIndex(0)
            self.started.setDateTime(QDateTime.currentDateTime())
            self.triage.setCurrentIndex(0)
            for edit in (self.complaint, self.procedure_note, self.bed, self.plan, self.destination):
                edit.clear()
            self.ward.set_stored(DEFAULT_WARD)
            self.pregnant.setChecked(False)
            self.vitals.clear()
            self.diagnoses.clear()
            for check in self.procedures.values():
                check.setChecked(False)
            self.treatment.clear()
            self.disposition.setCurrentIndex(0)
            self.clinician.setText(self.default_clinician)
            self.errors.clear()
            if not keep_status:
                self.status.clear()
        finally:
            self._loading = False
        self._vitals_context()
        if not keep_status:
            self.ctx.store.drafts.discard(DRAFT_FORM, self.ctx.actor.username)
