"""Ward actions on an open admission: discharge, transfer to another bed, evacuate."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from l2fh_desk.domain.ids import AdmissionId
from l2fh_desk.domain.vocab import AdmissionOutcome, EvacuationMode, EvacuationPriority
from l2fh_desk.services.ward import evacuate_inpatient, move_to_bed
from l2fh_desk.store.ward import BedRow
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.dialogs.form import FormDialog, bold
from l2fh_desk.ui.dialogs.widgets import EnumCombo, LocalDateTimeEdit
from l2fh_desk.ui.free_text import free as free_text
from l2fh_desk.ui.messages import Notice
from l2fh_desk.ui.widgets.bed_picker import BedPicker, WardField


class _BedDialog(FormDialog):
    def __init__(self, ctx: AppContext, bed: BedRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.bed = bed
        self.form.addRow(bold(f"{bed.patient_name} — {free_text(bed.ward)} · {bed.bed}"))

    def saved(self) -> None:
        self.ctx.signals.changed.emit("admissions")


class DischargeDialog(_BedDialog):
    def __init__(self, ctx: AppContext, bed: BedRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, bed, parent)
        self.setWindowTitle(self.tr("Discharge"))
        self.outcome = EnumCombo(AdmissionOutcome, self)
        # evacuation closes the admission through its own dialog (it records mode and destination)
        self.outcome.removeItem(self.outcome.findData(AdmissionOutcome.EVACUATED.value))
        self.add_field(self.tr("Outcome"), self.outcome, "outcome")
        self.at = LocalDateTimeEdit(self)
        self.add_field(self.tr("Discharged at"), self.at, "discharged_at")
        self.note = QLineEdit(self)
        self.add_field(self.tr("Note"), self.note, "discharge_note")
        self.save_button.setText(self.tr("Discharge"))

    @classmethod
    def ask(cls, parent: QWidget, title: str, text: str) -> bool:
        """Replaced in tests; a real question otherwise."""
        return Notice.confirm(parent, title, text)

    def submit(self) -> bool:
        """Discharging takes the row off the board: asked once more, naming the patient and the bed."""
        text = self.tr("Discharge %1 from %2 · %3?").replace("%1", self.bed.patient_name).replace(
            "%2", free_text(self.bed.ward)).replace("%3", self.bed.bed)
        if not self.ask(self, self.tr("Discharge"), text):
            return False
        return super().submit()

    def save(self) -> None:
        self.ctx.store.admissions.discharge(self.bed.admission_id, at=self.at.value(), outcome=self.outcome.value(),
                                            note=self.note.text(), actor=self.ctx.actor)
        self.saved()


class TransferDialog(_BedDialog):
    def __init__(self, ctx: AppContext, bed: BedRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, bed, parent)
        self.setWindowTitle(self.tr("Move to another bed"))
        self.ward = WardField(bed.ward, parent=self)
        self.add_field(self.tr("Ward"), self.ward, "ward")
        self.new_bed = QLineEdit(self)
        self.new_bed.setPlaceholderText(self.tr("e.g. B7"))
        self.bed_picker = BedPicker(self.new_bed, self.ward)
        self.bed_picker.set_choices(ctx.store.beds.choices())
        self.add_field(self.tr("New bed"), self.bed_picker, "bed")
        self.save_button.setText(self.tr("Move"))

    def save(self) -> None:
        move_to_bed(self.ctx.store, AdmissionId(self.bed.admission_id), bed=self.new_bed.text().strip(),
                    ward=self.ward.stored(), actor=self.ctx.actor)
        self.saved()


class EvacuateDialog(_BedDialog):
    def __init__(self, ctx: AppContext, bed: BedRow, parent: QWidget | None = None) -> None:
        super().__init__(ctx, bed, parent)
        self.setWindowTitle(self.tr("Evacuate"))
        self.mode = EnumCombo(EvacuationMode, self)
        self.add_field(self.tr("Mode"), self.mode, "mode")
        self.priority = EnumCombo(EvacuationPriority, self)
        self.add_field(self.tr("Priority"), self.priority, "priority")
        self.destination = QLineEdit(self)
        self.destination.setPlaceholderText(self.tr("e.g. Level-3 hospital, Juba"))
        self.add_field(self.tr("Destination"), self.destination, "destination")
        self.requested = LocalDateTimeEdit(self)
        self.add_field(self.tr("Requested at"), self.requested, "requested_at")
        self.has_departed = QCheckBox(self.tr("Departed"), self)
        self.form.addRow("", self.has_departed)
        self.departed = LocalDateTimeEdit(self)
        self.departed.setEnabled(False)
        self.has_departed.toggled.connect(self.departed.setEnabled)
        self.add_field(self.tr("Departed at"), self.departed, "departed_at")
        self.reason = QLineEdit(self)
        self.add_field(self.tr("Reason"), self.reason, "reason")
        self.save_button.setText(self.tr("Evacuate"))

    def save(self) -> None:
        evacuate_inpatient(self.ctx.store, AdmissionId(self.bed.admission_id), mode=self.mode.value(),
                           priority=self.priority.value(), destination=self.destination.text(),
                           requested_at=self.requested.value(),
                           departed_at=self.departed.value() if self.has_departed.isChecked() else None,
                           reason=self.reason.text(), actor=self.ctx.actor)
        self.ctx.signals.changed.emit("evacuations")
        self.saved()
