"""Open the next rotation: its number, dates and commander; open admissions carry over to it."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from l2fh_desk.domain.hospital import Rotation
from l2fh_desk.services.rotations import open_next_rotation
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.dialogs.form import FormDialog
from l2fh_desk.ui.dialogs.widgets import DateEdit


class OpenRotationDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Open the next rotation"))
        latest = ctx.store.rotations.latest()
        start = latest.end_date + timedelta(days=1) if latest else date.today()
        self.number = QSpinBox(self)
        self.number.setRange(1, 999)
        self.number.setValue(latest.number + 1 if latest else 1)
        self.add_field(self.tr("Rotation number"), self.number, "number")
        self.start = DateEdit(start, self)
        self.add_field(self.tr("Starts"), self.start, "start_date")
        self.end = DateEdit(start.replace(year=start.year + 1) - timedelta(days=1), self)
        self.add_field(self.tr("Ends"), self.end, "end_date")
        self.commander = QLineEdit(self)
        self.add_field(self.tr("Commander"), self.commander, "commander_name")
        self.carry = ctx.store.admissions.count("discharged_at IS NULL AND voided_at IS NULL")
        note = QLabel(self.tr("%n patient(s) on the ward will carry over to the new rotation.", "", self.carry), self)
        note.setWordWrap(True)
        self.form.addRow(note)
        self.save_button.setText(self.tr("Open rotation"))
        self.carried: int | None = None
        self.opened: Rotation | None = None

    def save(self) -> None:
        rotation = Rotation(hospital_id=self.ctx.store.origin, number=self.number.value(),
                            start_date=self.start.value(), end_date=self.end.value(),
                            commander_name=self.commander.text())
        self.opened, self.carried = open_next_rotation(self.ctx.store, rotation, actor=self.ctx.actor)
        self.ctx.signals.changed.emit("rotations")
