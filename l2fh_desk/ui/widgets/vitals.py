"""Vital signs: one field each, a hard-limit error or an out-of-range warning shown right under it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from l2fh_desk.domain.encounter import VITAL_LIMITS, Vitals, check_vital
from l2fh_desk.domain.numbers import UnreadableNumber
from l2fh_desk.domain.vital_ranges import ABSENT_WHEN_DEAD, ADULT_BAND, AgeBand
from l2fh_desk.ui.forms import ERROR_STYLE, WARNING_STYLE, read_number

INTEGER_FIELDS = frozenset(name for name, info in Vitals.model_fields.items() if "int" in str(info.annotation))
# Translatable titles (the core's English titles are used in its own messages).
TITLES = {
    "temperature_c": QT_TRANSLATE_NOOP("VitalsEditor", "Temperature (°C)"),
    "pulse_bpm": QT_TRANSLATE_NOOP("VitalsEditor", "Pulse (/min)"),
    "resp_rate": QT_TRANSLATE_NOOP("VitalsEditor", "Respiratory rate (/min)"),
    "systolic_bp": QT_TRANSLATE_NOOP("VitalsEditor", "Systolic BP (mmHg)"),
    "diastolic_bp": QT_TRANSLATE_NOOP("VitalsEditor", "Diastolic BP (mmHg)"),
    "spo2": QT_TRANSLATE_NOOP("VitalsEditor", "SpO₂ (%)"),
    "gcs": QT_TRANSLATE_NOOP("VitalsEditor", "GCS (3-15)"),
    "weight_kg": QT_TRANSLATE_NOOP("VitalsEditor", "Weight (kg)"),
    "pain_score": QT_TRANSLATE_NOOP("VitalsEditor", "Pain (0-10)"),
}


def limit_message(name: str) -> str:
    low, high, unit, _title = VITAL_LIMITS[name]
    return QCoreApplication.translate("VitalsEditor", "Must be between %1 and %2").replace("%1", f"{low:g}").replace("%2", f"{high:g} {unit}".strip())


class VitalsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        self.titles: dict[str, QLabel] = {}
        self.band: AgeBand = ADULT_BAND  # the patient's age band: children's normal ranges differ
        self.dead = False  # dead on arrival or died: no pulse and no breathing (0) are accepted
        for position, name in enumerate(VITAL_LIMITS):
            row, column = divmod(position, 3)
            title = QLabel()
            edit = QLineEdit(objectName=name)
            edit.setMaximumWidth(110)
            title.setBuddy(edit)
            message = QLabel(objectName=f"{name}_message")
            message.setWordWrap(True)
            message.setMinimumWidth(200)
            message.hide()
            grid.addWidget(title, row * 3, column)
            grid.addWidget(edit, row * 3 + 1, column)
            grid.addWidget(message, row * 3 + 2, column)
            self.fields[name], self.messages[name], self.titles[name] = edit, message, title
            edit.textChanged.connect(self.check)
        self.retranslate()

    def set_context(self, *, band: AgeBand, dead: bool) -> None:
        """The patient's age band and whether they are dead; the messages are checked again."""
        if (band, dead) != (self.band, self.dead):
            self.band, self.dead = band, dead
            self.check()

    def retranslate(self) -> None:
        for name, label in self.titles.items():
            label.setText(QCoreApplication.translate("VitalsEditor", TITLES[name]))
        self.check()

    def _number(self, name: str) -> float | None:
        return read_number(self.fields[name].text(), integer=name in INTEGER_FIELDS, field=name)

    def problems(self) -> tuple[dict[str, str], dict[str, str]]:
        """(errors that stop the save, warnings that do not) by field."""
        errors: dict[str, str] = {}
        values: dict[str, float] = {}
        for name in VITAL_LIMITS:
            try:
                value = self._number(name)
            except UnreadableNumber as exc:
                errors[name] = exc.message
                continue
            if value is None:
                continue
            if check_vital(name, value, dead=self.dead):
                errors[name] = limit_message(name)
            else:
                values[name] = value
        warnings: dict[str, str] = {}
        sbp, dbp = values.get("systolic_bp"), values.get("diastolic_bp")
        if sbp is not None and dbp is not None and dbp >= sbp:
            errors["diastolic_bp"] = QCoreApplication.translate("VitalsEditor", "Must be lower than systolic")
        child = self.band is not ADULT_BAND
        for name, (low, high) in self.band.ranges.items():
            value = values.get(name)
            if value is None or name in errors or (self.dead and name in ABSENT_WHEN_DEAD and value == 0):
                continue
            if value < low:
                text = (QCoreApplication.translate("VitalsEditor", "Low for age (normal %1-%2)") if child
                        else QCoreApplication.translate("VitalsEditor", "Low (normal %1-%2)"))
            elif value > high:
                text = (QCoreApplication.translate("VitalsEditor", "High for age (normal %1-%2)") if child
                        else QCoreApplication.translate("VitalsEditor", "High (normal %1-%2)"))
            else:
                continue
            warnings[name] = text.replace("%1", f"{low:g}").replace("%2", f"{high:g}")
        return errors, warnings

    def check(self) -> bool:
        """Show messages under the fields; True if nothing stops the save."""
        errors, warnings = self.problems()
        for name, label in self.messages.items():
            text = errors.get(name) or warnings.get(name)
            label.setStyleSheet(ERROR_STYLE if name in errors else WARNING_STYLE)
            label.setText(text or "")
            label.setVisible(bool(text))
        self.changed.emit()
        return not errors

    def vitals(self) -> Vitals:
        data: dict[str, float | int | None] = {}
        for name in VITAL_LIMITS:
            value = self._number(name)
            data[name] = None if value is None else (int(value) if name in INTEGER_FIELDS else value)
        return Vitals.model_validate(data)

    def values(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.fields.items()}

    def set_values(self, values: dict[str, str]) -> None:
        for name, text in values.items():
            if name in self.fields:
                self.fields[name].setText(str(text))

    def clear(self) -> None:
        for edit in self.fields.values():
            edit.clear()

    def edits(self) -> list[QLineEdit]:
        return list(self.fields.values())
