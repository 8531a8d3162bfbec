"""The commander sets up wards and their beds: a ward's name and its bed labels, or a number of beds
(B-01, B-02 ...). Beds are added to a ward of that name if it exists. The dialog only gathers input:
services.beds.set_up_ward checks the role and the labels and saves all the beds or none."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QSpinBox, QWidget

from l2fh_desk.services.beds import set_up_ward, wards_set_up
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.dialogs.form import FormDialog
from l2fh_desk.ui.free_text import free

MAX_BEDS = 500  # a Level-2 hospital has tens of beds; a typo of 5000 is refused by the spin box


class WardSetupDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Wards and beds"))
        self.wards = QLabel(self, objectName="wards_now")
        self.wards.setWordWrap(True)
        self.add_field(self.tr("Set up now"), self.wards)
        self.name = QLineEdit(self, objectName="ward_name")
        self.name.setPlaceholderText(self.tr("e.g. General, Isolation, Surgical"))
        self.add_field(self.tr("&Ward"), self.name, "name")
        self.labels = QLineEdit(self, objectName="bed_labels")
        self.labels.setPlaceholderText(self.tr("e.g. ISO-1, ISO-2 (separated by commas)"))
        self.add_field(self.tr("Bed &labels"), self.labels, "labels")
        self.count = QSpinBox(self, objectName="bed_count")
        self.count.setRange(0, MAX_BEDS)
        self.count.setSpecialValueText(self.tr("—"))
        self.add_field(self.tr("or a &number of beds"), self.count, "count")
        note = QLabel(self.tr("Beds are added to the ward of that name if it exists; labels it already has "
                              "are refused."), self)
        note.setWordWrap(True)
        self.form.addRow(note)
        self.show_wards()

    def show_wards(self) -> None:
        """Each ward with its beds, and how many are in use, so the commander sees what is there."""
        wards = wards_set_up(self.ctx.store)
        if not any(ward.beds for ward in wards):
            self.wards.setText(self.tr("No wards set up yet: beds are typed freely."))
            return
        lines = []
        for ward in wards:
            line = (self.tr("%1: %2 beds (%3)").replace("%1", free(ward.name)).replace("%2", str(len(ward.beds)))
                    .replace("%3", ", ".join(ward.beds)))
            if ward.in_use:
                line += self.tr(", %n in use", "", ward.in_use)
            lines.append(line)
        self.wards.setText("\n".join(lines))

    def bed_labels(self) -> list[str] | None:
        labels = [label.strip() for label in self.labels.text().split(",") if label.strip()]
        return labels or None

    def save(self) -> None:
        labels = self.bed_labels()
        set_up_ward(self.ctx.store, self.name.text(), labels=labels,
                    count=None if labels else self.count.value(), actor=self.ctx.actor)
        self.ctx.signals.changed.emit("beds")
