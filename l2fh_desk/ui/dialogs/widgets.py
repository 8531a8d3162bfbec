"""Small input widgets shared by the dialogs: enum combos and local date-times that become aware UTC values."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import QComboBox, QDateEdit, QDateTimeEdit, QWidget

from l2fh_desk.ui.models.vocab import tr_label


class EnumCombo(QComboBox):
    def __init__(self, enum: type[StrEnum], parent: QWidget | None = None, *, allow_none: str | None = None) -> None:
        super().__init__(parent)
        self.enum = enum
        if allow_none is not None:
            self.addItem(allow_none, None)
        for value in enum:
            self.addItem(tr_label(value), value.value)  # Qt keeps plain strings, not the enum

    def value(self) -> Any:
        data = self.currentData()
        return None if data is None else self.enum(data)

    def set_value(self, value: Any) -> None:
        index = self.findData(None if value is None else self.enum(value).value)
        if index >= 0:
            self.setCurrentIndex(index)


class LocalDateTimeEdit(QDateTimeEdit):
    """Edits in local wall-clock time; `value()` is an aware datetime (the core stores UTC)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.set_value(datetime.now(UTC))

    def set_value(self, moment: datetime) -> None:
        local = moment.astimezone().replace(tzinfo=None, microsecond=0)
        self.setDateTime(QDateTime(local))

    def value(self) -> datetime:
        naive: datetime = self.dateTime().toPython()  # type: ignore[assignment]
        return naive.astimezone()  # a naive datetime is taken as local time


class DateEdit(QDateEdit):
    def __init__(self, day: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.set_value(day or date.today())

    def set_value(self, day: date) -> None:
        self.setDate(QDate(day.year, day.month, day.day))

    def value(self) -> date:
        picked: date = self.date().toPython()  # type: ignore[assignment]
        return picked
