"""The dashboard's top diagnoses table."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from l2fh_desk.reports.dashboard import DiagnosisCount
from l2fh_desk.ui.free_text import number
from l2fh_desk.ui.models.table import NUMBER_ALIGN, RecordTableModel


class DiagnosisColumn(IntEnum):
    CODE = 0
    TEXT = 1
    ENCOUNTERS = 2


class TopDiagnosesModel(RecordTableModel):
    columns = DiagnosisColumn

    def headers(self) -> dict[int, str]:
        return {DiagnosisColumn.CODE: QCoreApplication.translate("TopDiagnosesModel", "ICD-10"),
                DiagnosisColumn.TEXT: QCoreApplication.translate("TopDiagnosesModel", "Diagnosis"),
                DiagnosisColumn.ENCOUNTERS: QCoreApplication.translate("TopDiagnosesModel", "Encounters")}

    def display(self, row: DiagnosisCount, column: int) -> str:
        return number(row.encounters) if column == DiagnosisColumn.ENCOUNTERS else str(self.sort_value(row, column))

    def sort_value(self, row: DiagnosisCount, column: int) -> Any:
        return (row.code, row.text, row.encounters)[column]

    def alignment(self, column: int) -> Any:
        return NUMBER_ALIGN if column == DiagnosisColumn.ENCOUNTERS else None
