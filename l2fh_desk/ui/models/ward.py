"""The bed board: one row per open admission."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from l2fh_desk.store.ward import BedRow
from l2fh_desk.ui.free_text import free
from l2fh_desk.ui.models.table import NUMBER_ALIGN, RecordTableModel


class BedColumn(IntEnum):
    BED = 0
    PATIENT = 1
    DAYS_IN = 2
    DIAGNOSIS = 3
    PLAN = 4


def local_time(iso_text: str) -> str:
    """A stored UTC time as the local wall clock (what the ward works by)."""
    moment = datetime.fromisoformat(iso_text.replace("Z", "+00:00"))
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


class BedBoardModel(RecordTableModel):
    columns = BedColumn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = datetime.now(UTC)

    def set_board(self, rows: Sequence[BedRow], *, now: datetime | None = None) -> None:
        self._now = now or datetime.now(UTC)
        self.set_rows(rows)

    def headers(self) -> dict[int, str]:
        return {BedColumn.BED: QCoreApplication.translate("BedBoardModel", "Bed"), BedColumn.PATIENT: QCoreApplication.translate("BedBoardModel", "Patient"), BedColumn.DAYS_IN: QCoreApplication.translate("BedBoardModel", "Days in"),
                BedColumn.DIAGNOSIS: QCoreApplication.translate("BedBoardModel", "Diagnosis"), BedColumn.PLAN: QCoreApplication.translate("BedBoardModel", "Plan")}

    def display(self, row: BedRow, column: int) -> str:
        if column == BedColumn.BED:
            return f"{free(row.ward)} · {row.bed}" if row.ward else row.bed
        if column == BedColumn.PATIENT:
            return row.patient_name
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
        return self.display(row, column).casefold()

    def tooltip(self, row: BedRow, column: int) -> str | None:
        return QCoreApplication.translate("BedBoardModel", "Admitted %1").replace("%1", local_time(row.admitted_at))

    def alignment(self, column: int) -> Any:
        return NUMBER_ALIGN if column == BedColumn.DAYS_IN else None
