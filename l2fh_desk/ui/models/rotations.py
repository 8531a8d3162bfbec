"""Rotations and a rotation's staff roster."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from l2fh_desk.domain.hospital import Rotation, StaffMember
from l2fh_desk.ui.free_text import free, person
from l2fh_desk.ui.models.table import NUMBER_ALIGN, RecordTableModel
from l2fh_desk.ui.models.vocab import tr_label


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
        return {RotationColumn.NUMBER: QCoreApplication.translate("RotationsModel", "Rotation"), RotationColumn.START: QCoreApplication.translate("RotationsModel", "Start"),
                RotationColumn.END: QCoreApplication.translate("RotationsModel", "End"), RotationColumn.COMMANDER: QCoreApplication.translate("RotationsModel", "Commander"),
                RotationColumn.STAFF: QCoreApplication.translate("RotationsModel", "Staff")}

    def display(self, row: Rotation, column: int) -> str:
        if column == RotationColumn.NUMBER:
            return QCoreApplication.translate("RotationsModel", "Rotation %1").replace("%1", str(row.number))
        if column == RotationColumn.COMMANDER:
            return person(row.commander_name)
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
        return {StaffColumn.NAME: QCoreApplication.translate("RotationsModel", "Name"), StaffColumn.RANK: QCoreApplication.translate("RotationsModel", "Rank"), StaffColumn.SEX: QCoreApplication.translate("RotationsModel", "Sex"),
                StaffColumn.SPECIALTY: QCoreApplication.translate("RotationsModel", "Specialty"), StaffColumn.POSITION: QCoreApplication.translate("RotationsModel", "Position")}

    def display(self, row: StaffMember, column: int) -> str:
        if column == StaffColumn.SEX:
            return tr_label(row.sex)
        if column == StaffColumn.RANK:
            return person(row.rank)
        if column in (StaffColumn.SPECIALTY, StaffColumn.POSITION):
            return free(row.specialty if column == StaffColumn.SPECIALTY else row.position)
        return str(self.sort_value(row, column))

    def sort_value(self, row: StaffMember, column: int) -> Any:
        return {
            StaffColumn.NAME: row.name,
            StaffColumn.RANK: row.rank,
            StaffColumn.SEX: row.sex.value,
            StaffColumn.SPECIALTY: row.specialty,
            StaffColumn.POSITION: row.position,
        }[StaffColumn(column)]
