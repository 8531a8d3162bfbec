"""HQ: the import log and the merge conflict log."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from l2fh_desk.store.imports import ConflictRow, ImportRow
from l2fh_desk.ui.models.table import NUMBER_ALIGN, RecordTableModel
from l2fh_desk.ui.models.ward import local_time


def _tr(text: str) -> str:
    return QCoreApplication.translate("HqModels", text)


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
        return {ImportColumn.WHEN: _tr("Imported"), ImportColumn.HOSPITAL: _tr("Hospital"),
                ImportColumn.EXPORTED: _tr("Exported"), ImportColumn.NEW: _tr("New rows"),
                ImportColumn.UPDATED: _tr("Updated"), ImportColumn.UNCHANGED: _tr("Unchanged"),
                ImportColumn.CONFLICTS: _tr("Conflicts"), ImportColumn.BY: _tr("By")}

    def display(self, row: ImportRow, column: int) -> str:
        value = self.sort_value(row, column)
        if column in (ImportColumn.WHEN, ImportColumn.EXPORTED):
            return local_time(value) if value else ""
        return f"{value:,}" if isinstance(value, int) else str(value)

    def sort_value(self, row: ImportRow, column: int) -> Any:
        return {
            ImportColumn.WHEN: row.imported_at, ImportColumn.HOSPITAL: row.hospital_name,
            ImportColumn.EXPORTED: row.exported_at, ImportColumn.NEW: row.total("new"),
            ImportColumn.UPDATED: row.total("updated"), ImportColumn.UNCHANGED: row.total("unchanged"),
            ImportColumn.CONFLICTS: row.total("conflicts"), ImportColumn.BY: row.imported_by,
        }[ImportColumn(column)]

    def tooltip(self, row: ImportRow, column: int) -> str | None:
        return _tr("Bundle %1, signed by key %2").replace("%1", row.bundle_id).replace("%2", row.signer_fingerprint)

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
        return {ConflictColumn.HOSPITAL: _tr("Hospital"), ConflictColumn.TABLE: _tr("Table"),
                ConflictColumn.RECORD: _tr("Record"), ConflictColumn.KIND: _tr("What happened"),
                ConflictColumn.FIELD: _tr("Field"), ConflictColumn.OLD: _tr("Old value"),
                ConflictColumn.NEW: _tr("New value")}

    def display(self, row: ConflictRow, column: int) -> str:
        if column == ConflictColumn.KIND:
            kinds = {"update": _tr("Updated (newer version)"),
                     "conflict_replaced": _tr("Conflict: incoming kept"),
                     "conflict_kept": _tr("Conflict: existing kept"),
                     "refused": _tr("Refused (belongs to another hospital)")}
            return kinds.get(row.kind, row.kind)
        return str(self.sort_value(row, column))

    def sort_value(self, row: ConflictRow, column: int) -> Any:
        return (row.hospital_name, row.table_name, row.record_id, row.kind, row.field, row.old_value or "",
                row.new_value or "")[column]
