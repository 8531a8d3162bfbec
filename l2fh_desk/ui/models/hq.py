"""HQ: the import log and the merge conflict log."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from l2fh_desk.exchange.hq import ConflictEntry, EncounterTotal, ImportEntry
from l2fh_desk.ui.free_text import number
from l2fh_desk.ui.models.table import NUMBER_ALIGN, RecordTableModel
from l2fh_desk.ui.models.ward import local_time


def total(entry: ImportEntry, kind: str) -> int:
    """Rows of one kind (new, updated, unchanged, refused, conflicts) over every table of an import."""
    return sum(int(table.get(kind, 0)) for table in entry.counts.values())


class ImportColumn(IntEnum):
    WHEN = 0
    HOSPITAL = 1
    EXPORTED = 2
    NEW = 3
    UPDATED = 4
    UNCHANGED = 5
    CONFLICTS = 6
    BY = 7


class ImportLogModel(RecordTableModel):
    columns = ImportColumn

    def headers(self) -> dict[int, str]:
        return {ImportColumn.WHEN: QCoreApplication.translate("HqModels", "Imported"), ImportColumn.HOSPITAL: QCoreApplication.translate("HqModels", "Hospital"),
                ImportColumn.EXPORTED: QCoreApplication.translate("HqModels", "Exported"), ImportColumn.NEW: QCoreApplication.translate("HqModels", "New rows"),
                ImportColumn.UPDATED: QCoreApplication.translate("HqModels", "Updated"), ImportColumn.UNCHANGED: QCoreApplication.translate("HqModels", "Unchanged"),
                ImportColumn.CONFLICTS: QCoreApplication.translate("HqModels", "Conflicts"), ImportColumn.BY: QCoreApplication.translate("HqModels", "By")}

    def display(self, row: ImportEntry, column: int) -> str:
        value = self.sort_value(row, column)
        if column in (ImportColumn.WHEN, ImportColumn.EXPORTED):
            return local_time(value) if value else ""
        return number(value) if isinstance(value, int) else str(value)

    def sort_value(self, row: ImportEntry, column: int) -> Any:
        return {
            ImportColumn.WHEN: row.imported_at, ImportColumn.HOSPITAL: row.hospital_name,
            ImportColumn.EXPORTED: row.exported_at, ImportColumn.NEW: total(row, "new"),
            ImportColumn.UPDATED: total(row, "updated"), ImportColumn.UNCHANGED: total(row, "unchanged"),
            ImportColumn.CONFLICTS: total(row, "conflicts"), ImportColumn.BY: row.imported_by,
        }[ImportColumn(column)]

    def tooltip(self, row: ImportEntry, column: int) -> str | None:
        return QCoreApplication.translate("HqModels", "Bundle %1, signed by key %2").replace("%1", row.bundle_id).replace("%2", row.signer_fingerprint)

    def alignment(self, column: int) -> Any:
        return NUMBER_ALIGN if ImportColumn.NEW <= column <= ImportColumn.CONFLICTS else None


class ConflictColumn(IntEnum):
    HOSPITAL = 0
    TABLE = 1
    RECORD = 2
    KIND = 3
    FIELD = 4
    OLD = 5
    NEW = 6


class ConflictModel(RecordTableModel):
    columns = ConflictColumn

    def headers(self) -> dict[int, str]:
        return {ConflictColumn.HOSPITAL: QCoreApplication.translate("HqModels", "Hospital"), ConflictColumn.TABLE: QCoreApplication.translate("HqModels", "Table"),
                ConflictColumn.RECORD: QCoreApplication.translate("HqModels", "Record"), ConflictColumn.KIND: QCoreApplication.translate("HqModels", "What happened"),
                ConflictColumn.FIELD: QCoreApplication.translate("HqModels", "Field"), ConflictColumn.OLD: QCoreApplication.translate("HqModels", "Old value"),
                ConflictColumn.NEW: QCoreApplication.translate("HqModels", "New value")}

    def display(self, row: ConflictEntry, column: int) -> str:
        if column == ConflictColumn.KIND:
            kinds = {"update": QCoreApplication.translate("HqModels", "Updated (newer version)"),
                     "conflict_replaced": QCoreApplication.translate("HqModels", "Conflict: incoming kept"),
                     "conflict_kept": QCoreApplication.translate("HqModels", "Conflict: existing kept"),
                     "refused": QCoreApplication.translate("HqModels", "Refused (belongs to another hospital)"),
                     "abandoned": QCoreApplication.translate("HqModels", "Kept aside (a branch a restore gave up)")}
            return kinds.get(row.kind, row.kind)
        return str(self.sort_value(row, column))

    def sort_value(self, row: ConflictEntry, column: int) -> Any:
        return (row.hospital_name, row.table, row.record_id, row.kind, row.field, row.old_value or "",
                row.new_value or "")[column]


class TotalsColumn(IntEnum):
    HOSPITAL = 0
    ROTATION = 1
    ENCOUNTERS = 2
    PATIENTS = 3


class EncounterTotalsModel(RecordTableModel):
    columns = TotalsColumn

    def headers(self) -> dict[int, str]:
        return {TotalsColumn.HOSPITAL: QCoreApplication.translate("HqModels", "Hospital"), TotalsColumn.ROTATION: QCoreApplication.translate("HqModels", "Rotation"),
                TotalsColumn.ENCOUNTERS: QCoreApplication.translate("HqModels", "Encounters"), TotalsColumn.PATIENTS: QCoreApplication.translate("HqModels", "Patients")}

    def display(self, row: EncounterTotal, column: int) -> str:
        value = self.sort_value(row, column)
        return number(value) if isinstance(value, int) and column != TotalsColumn.ROTATION else str(value)

    def sort_value(self, row: EncounterTotal, column: int) -> Any:
        return (row.hospital_name, row.rotation_number, row.encounters, row.patients)[column]

    def alignment(self, column: int) -> Any:
        return None if column == TotalsColumn.HOSPITAL else NUMBER_ALIGN
