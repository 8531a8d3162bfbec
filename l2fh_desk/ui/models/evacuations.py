"""Pending evacuations: requested or approved, the patient still on the ward, with the time waiting."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from l2fh_desk.domain.vocab import EvacuationMode, EvacuationPriority, EvacuationStatus
from l2fh_desk.store.ward import PendingRow
from l2fh_desk.ui.free_text import free
from l2fh_desk.ui.labels import vocab_label
from l2fh_desk.ui.models.table import NUMBER_ALIGN, RecordTableModel


class PendingColumn(IntEnum):
    PATIENT = 0
    BED = 1
    STATUS = 2
    PRIORITY = 3
    DESTINATION = 4
    WAITING = 5


class PendingEvacuationsModel(RecordTableModel):
    columns = PendingColumn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = datetime.now(UTC)

    def set_pending(self, rows: Sequence[PendingRow], *, now: datetime | None = None) -> None:
        self._now = now or datetime.now(UTC)
        self.set_rows(rows)

    def headers(self) -> dict[int, str]:
        return {PendingColumn.PATIENT: QCoreApplication.translate("PendingEvacuationsModel", "Patient"),
                PendingColumn.BED: QCoreApplication.translate("PendingEvacuationsModel", "Bed"),
                PendingColumn.STATUS: QCoreApplication.translate("PendingEvacuationsModel", "Status"),
                PendingColumn.PRIORITY: QCoreApplication.translate("PendingEvacuationsModel", "Priority"),
                PendingColumn.DESTINATION: QCoreApplication.translate("PendingEvacuationsModel", "Destination"),
                PendingColumn.WAITING: QCoreApplication.translate("PendingEvacuationsModel", "Waiting")}

    def display(self, row: PendingRow, column: int) -> str:
        if column == PendingColumn.PATIENT:
            return row.patient_name
        if column == PendingColumn.BED:
            return f"{free(row.ward)} · {row.bed}" if row.bed else ""
        if column == PendingColumn.STATUS:
            return vocab_label(EvacuationStatus(row.status))
        if column == PendingColumn.PRIORITY:
            return f"{vocab_label(EvacuationPriority(row.priority))} · {vocab_label(EvacuationMode(row.mode))}"
        if column == PendingColumn.DESTINATION:
            return row.destination
        hours = row.waiting_hours(self._now)
        return QCoreApplication.translate("PendingEvacuationsModel", "%1 h %2 min").replace("%1", str(int(hours))).replace("%2", f"{int(hours * 60) % 60:02d}")

    def sort_value(self, row: PendingRow, column: int) -> Any:
        if column == PendingColumn.WAITING:
            return row.waiting_hours(self._now)
        return self.display(row, column).casefold()

    def alignment(self, column: int) -> Any:
        return NUMBER_ALIGN if column == PendingColumn.WAITING else None
