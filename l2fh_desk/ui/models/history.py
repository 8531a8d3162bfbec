"""A record's audit history: who changed what, when."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from l2fh_desk.ui.models.table import RecordTableModel
from l2fh_desk.ui.models.ward import local_time

# Bookkeeping columns every write touches; they say nothing a reader needs.
HIDDEN_FIELDS = frozenset({"id", "origin", "created_at", "updated_at", "version"})


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    return str(value)


def describe_change(entry: dict[str, Any]) -> str:
    """One line per changed field: `field: old → new` (a creation lists the values it was created with)."""
    before = entry.get("before") or {}
    after = entry.get("after") or {}
    if not isinstance(after, dict):
        return _value(after)
    lines = []
    for name, new in after.items():
        if name in HIDDEN_FIELDS:
            continue
        if entry.get("action") == "create":
            if new not in (None, "", "[]", 0):
                lines.append(f"{name}: {_value(new)}")
        else:
            lines.append(f"{name}: {_value(before.get(name) if isinstance(before, dict) else None)} → {_value(new)}")
    return "\n".join(lines)


class HistoryColumn(IntEnum):
    WHEN = 0
    WHO = 1
    ACTION = 2
    CHANGES = 3


class HistoryModel(RecordTableModel):
    columns = HistoryColumn

    def headers(self) -> dict[int, str]:
        return {HistoryColumn.WHEN: QCoreApplication.translate("HistoryModel", "When"), HistoryColumn.WHO: QCoreApplication.translate("HistoryModel", "Who"),
                HistoryColumn.ACTION: QCoreApplication.translate("HistoryModel", "What"), HistoryColumn.CHANGES: QCoreApplication.translate("HistoryModel", "Changes")}

    def display(self, row: dict[str, Any], column: int) -> str:
        if column == HistoryColumn.WHEN:
            return local_time(row["at"])
        if column == HistoryColumn.WHO:
            return str(row["username"])
        if column == HistoryColumn.ACTION:
            names = {"create": QCoreApplication.translate("HistoryModel", "Created"), "update": QCoreApplication.translate("HistoryModel", "Changed"), "void": QCoreApplication.translate("HistoryModel", "Voided"),
                     "open": QCoreApplication.translate("HistoryModel", "Opened"), "print": QCoreApplication.translate("HistoryModel", "Printed"), "export": QCoreApplication.translate("HistoryModel", "Exported")}
            return names.get(row["action"], str(row["action"]))
        return describe_change(row)

    def sort_value(self, row: dict[str, Any], column: int) -> Any:
        if column == HistoryColumn.WHEN:
            return int(row["seq"])
        return self.display(row, column)
