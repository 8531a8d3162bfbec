"""The encounter form's layout: every field in its row and box, inside one scroll area (the page keeps
the widgets; this only places them)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.ui.forms import ERROR_STYLE
from l2fh_desk.ui.labels import vocab_label

TRIAGE_COLOURS = {"T1": "#d32f2f", "T2": "#f9a825", "T3": "#2e7d32", "T4": "#1565c0", "dead": "#424242"}


def combo(enum: type, *, blank: bool = False) -> QComboBox:
    box = QComboBox()
    if blank:
        box.addItem("", "")
    for value in enum:
        box.addItem(vocab_label(value), value.value)
    return box


def build_layout(page: Any) -> None:
    """Place the page's widgets: the patient rows, vital signs, diagnoses, procedures, disposition and
    the admission or evacuation box, the clinician and the buttons."""
    page.form_labels: dict[str, QLabel] = {}
    body = QWidget()
    outer = QVBoxLayout(body)
    page.heading = QLabel()
    outer.addWidget(page.heading)
    form = QFormLayout()
    rows: list[tuple[str, QWidget]] = [("patient_id", page.picker), ("kind", page.kind),
                                       ("started_at", page.started), ("triage", page.triage),
                                       ("complaint", page.complaint), ("pregnant", page.pregnant)]
    for field, widget in rows:
        label = QLabel()
        label.setBuddy(widget if widget is not page.picker else page.picker.search)
        page.form_labels[field] = label
        form.addRow(label, page.errors.wrap(field, widget))
    outer.addLayout(form)
    page.vitals_box = QGroupBox()
    QVBoxLayout(page.vitals_box).addWidget(page.vitals)
    outer.addWidget(page.vitals_box)
    page.diagnosis_box = QGroupBox()
    box = QVBoxLayout(page.diagnosis_box)
    box.addWidget(page.icd)
    box.addWidget(page.errors.wrap("diagnoses", page.diagnoses))
    page.remove_hint = QLabel()
    box.addWidget(page.remove_hint)
    outer.addWidget(page.diagnosis_box)
    page.procedure_box = QGroupBox()
    grid = QVBoxLayout(page.procedure_box)
    row = QHBoxLayout()
    for position, check in enumerate(page.procedures.values()):
        row.addWidget(check)
        if position % 4 == 3:
            grid.addLayout(row)
            row = QHBoxLayout()
    grid.addLayout(row)
    grid.addWidget(page.procedure_note)
    outer.addWidget(page.procedure_box)
    tail = QFormLayout()
    for field, widget in (("treatment", page.treatment), ("disposition", page.disposition)):
        label = QLabel()
        label.setBuddy(widget)
        page.form_labels[field] = label
        tail.addRow(label, page.errors.wrap(field, widget))
    outer.addLayout(tail)
    page.admission_box = QGroupBox(objectName="admission_box")
    admission = QFormLayout(page.admission_box)
    page.evacuation_box = QGroupBox(objectName="evacuation_box")
    evacuation = QFormLayout(page.evacuation_box)
    for layout, fields in ((admission, (("bed", page.bed_picker), ("ward", page.ward), ("plan", page.plan))),
                           (evacuation, (("mode", page.mode), ("priority", page.priority),
                                         ("destination", page.destination)))):
        for field, widget in fields:
            label = QLabel()
            label.setBuddy(widget)
            page.form_labels[field] = label
            layout.addRow(label, page.errors.wrap(field, widget))
    outer.addWidget(page.admission_box)
    outer.addWidget(page.evacuation_box)
    clinician = QFormLayout()
    label = QLabel()
    label.setBuddy(page.clinician)
    page.form_labels["clinician"] = label
    clinician.addRow(label, page.errors.wrap("clinician", page.clinician))
    outer.addLayout(clinician)
    page.errors.general = QLabel()
    page.errors.general.setStyleSheet(ERROR_STYLE)
    page.errors.general.setWordWrap(True)
    outer.addWidget(page.errors.general)
    buttons = QHBoxLayout()
    buttons.addWidget(page.save_button)
    buttons.addWidget(page.clear_button)
    buttons.addWidget(page.status, 1)
    outer.addLayout(buttons)
    outer.addStretch(1)
    page.body = body
    page.scroll = QScrollArea()
    page.scroll.setWidgetResizable(True)
    page.scroll.setWidget(body)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(page.scroll)
    page._disposition_changed()
