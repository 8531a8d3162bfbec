"""The bed board: one row per open admission."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from l2fh_desk.domain.vocab import PatientCategory, Sex
from l2fh_desk.store.ward import BedRow
from l2fh_desk.ui.free_text import free
from l2fh_desk.ui.labels import vocab_label
from l2fh_desk.ui.models.table import NUMBER_ALIGN, RecordTableModel


class BedColumn(IntEnum):
    BED = 0
    PATIENT = 1
    SEX_AGE = 2  # who the patient is, beside the bed: two of the same name are told apart
    CATEGORY = 3
    INDEX_OR_HOME = 4  # the UN index number, or for a civilian without one the home or location
    DAYS_IN = 5
    DIAGNOSIS = 6
    PLAN = 7


def local_time(iso_text: str) -> str:
    """A stored UTC time as the local wall clock (what the ward works by)."""
    moment = datetime.fromisoformat(iso_text.replace("Z", "+00:00"))
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def sex_age(row: BedRow, today: date | None = None) -> str:
    """ "Female, ~30" as the patient list and picker write it (~ for an estimated age)."""
    age = row.age_on(today or date.today())
    if not row.sex or age is None:
        return ""
    return f"{vocab_label(Sex(row.sex))}, {'~' if row.dob_estimated else ''}{age}"


class BedBoardModel(RecordTableModel):
    columns = BedColumn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = datetime.now(UTC)

    def set_board(self, rows: Sequence[BedRow], *, now: datetime | None = None) -> None:
        self._now = now or datetime.now(UTC)
        self.set_rows(rows)

    def headers(self) -> dict[int, str]:
        return {BedColumn.BED: QCoreApplication.translate("BedBoardModel", "Bed"),
                BedColumn.PATIENT: QCoreApplication.translate("BedBoardModel", "Patient"),
                BedColumn.SEX_AGE: QCoreApplication.translate("BedBoardModel", "Sex, age"),
                BedColumn.CATEGORY: QCoreApplication.translate("BedBoardModel", "Category"),
                BedColumn.INDEX_OR_HOME: QCoreApplication.translate("BedBoardModel", "UN index no. or home"),
                BedColumn.DAYS_IN: QCoreApplication.translate("BedBoardModel", "Days in"),
                BedColumn.DIAGNOSIS: QCoreApplication.translate("BedBoardModel", "Diagnosis"),
                BedColumn.PLAN: QCoreApplication.translate("BedBoardModel", "Plan")}

    def display(self, row: BedRow, column: int) -> str:
        if column == BedColumn.BED:
            return f"{free(row.ward)} · {row.bed}" if row.ward else row.bed
        if column == BedColumn.PATIENT:
            return row.patient_name
        if column == BedColumn.SEX_AGE:
            return sex_age(row)
        if column == BedColumn.CATEGORY:
            return vocab_label(PatientCategory(row.category)) if row.category else ""
        if column == BedColumn.INDEX_OR_HOME:
            return row.un_index_number or row.home_location
        if column == BedColumn.DAYS_IN:
            return str(row.days_in(self._now))
        if column == BedColumn.DIAGNOSIS:
            return row.diagnosis
        return row.plan

    def sort_value(self, row: BedRow, column: int) -> Any:
        if column == BedColumn.BED:
            # "Bed 2" before "Bed 10": digits compared as numbers
            digits = "".join(ch for ch in row.bed if ch.isdigit())
            return f"{row.ward}\x00{int(digits) if digits else 0:06d}{row.bed}"
        if column == BedColumn.DAYS_IN:
            return row.days_in(self._now)
        if column == BedColumn.SEX_AGE:
            return f"{row.sex}\x00{row.age_on(self._now.date()) or 0:03d}"
        return self.display(row, column).casefold()

    def tooltip(self, row: BedRow, column: int) -> str | None:
        if column in (BedColumn.DIAGNOSIS, BedColumn.PLAN) and self.display(row, column):
            return self.display(row, column)  # the whole text where the column cuts it short
        return QCoreApplication.translate("BedBoardModel", "Admitted %1").replace("%1", local_time(row.admitted_at))

    def alignment(self, column: int) -> Any:
        return NUMBER_ALIGN if column == BedColumn.DAYS_IN else None
