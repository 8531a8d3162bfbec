"""Rotations and a rotation's staff roster."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from l2fh_desk.domain.hospital import Rotation, StaffMember
from l2fh_desk.ui.models.table import NUMBER_ALIGN, RecordTableModel
from l2fh_desk.ui.models.vocab import tr_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("RotationsModel", text)


class RotationColumn(IntEnum):
    NUMBER = 0
    START = 1
    END = 2
    COMMANDER = 3
    STAFF = 4


class RotationsModel(RecordTableModel):
    columns = RotationColumn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._staff: dict[str, int] = {}

    def set_rotations(self, rotations: Sequence[Rotation], staff_counts: dict[str, int]) -> None:
        self._staff = dict(staff_counts)
        self.set_rows(rotations)

    def headers(self) -> dict[int, str]:
        return {RotationColumn.NUMBER: _tr("Rotation"), RotationColumn.START: _tr("Start"),
                RotationColumn.END: _tr("End"), RotationColumn.COMMANDER: _tr("Commander"),
                RotationColumn.STAFF: _tr("Staff")}

    def display(self, row: Rotation, column: int) -> str:
        if column == RotationColumn.NUMBER:
            return _tr("Rotation %1").replace("%1", str(row.number))
        return str(self.sort_value(row, column))

    def sort_value(self, row: Rotation, column: int) -> Any:
        return {
            RotationColumn.NUMBER: row.number,
            RotationColumn.START: row.start_date.isoformat(),
            RotationColumn.END: row.end_date.isoformat(),
            RotationColumn.COMMANDER: row.commander_name,
            RotationColumn.STAFF: self._staff.get(row.id, 0),
        }[RotationColumn(column)]

    def alignment(self, column: int) -> Any:
        return NUMBER_ALIGN if column == RotationColumn.STAFF else None


class StaffColumn(IntEnum):
    NAME = 0
    RANK = 1
    SEX = 2
    SPECIALTY = 3
    POSITION = 4


class StaffModel(RecordTableModel):
    columns = StaffColumn

    def headers(self) -> dict[int, str]:
        return {StaffColumn.NAME: _tr("Name"), StaffColumn.RANK: _tr("Rank"), StaffColumn.SEX: _tr("Sex"),
                StaffColumn.SPECIALTY: _tr("Specialty"), StaffColumn.POSITION: _tr("Position")}

    def display(self, row: StaffMember, column: int) -> str:
        if column == StaffColumn.SEX:
            return tr_label(row.sex)
        return str(self.sort_value(row, column))

    def sort_value(self, row: StaffMember, column: int) -> Any:
        return {
            StaffColumn.NAME: row.name,
            StaffColumn.RANK: row.rank,
            StaffColumn.SEX: row.sex.value,
            StaffColumn.SPECIALTY: row.specialty,
            StaffColumn.POSITION: row.position,
        }[StaffColumn(column)]
