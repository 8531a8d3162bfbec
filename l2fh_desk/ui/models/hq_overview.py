"""HQ overview: one row per hospital and rotation (hq.overview.OverviewRow)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from l2fh_desk.hq.overview import OverviewRow
from l2fh_desk.ui.free_text import number, person
from l2fh_desk.ui.models.table import NUMBER_ALIGN, RecordTableModel
from l2fh_desk.ui.models.ward import local_time


class OverviewColumn(IntEnum):
    HOSPITAL = 0
    ROTATION = 1
    DATES = 2
    COMMANDER = 3
    LAST_BUNDLE = 4  # when it was made, and its age in days
    OPEN = 5
    CHAIN = 6
    RECORDS = 7  # patients, encounters, admissions, outreach, staff on a few lines (sorted by encounters)
    MISSION = 8  # also in every row's tooltip


def records_template() -> str:
    """The records cell of a row, its counts as %1 ... %5 (the page sizes the column by its widest line)."""
    return QCoreApplication.translate("HqOverview", "%1 patients\n%2 encounters · %3 admissions\n%4 outreach "
                                      "activities · %5 staff")


class OverviewModel(RecordTableModel):
    columns = OverviewColumn

    def headers(self) -> dict[int, str]:
        return {OverviewColumn.HOSPITAL: QCoreApplication.translate("HqOverview", "Hospital"), OverviewColumn.MISSION: QCoreApplication.translate("HqOverview", "Mission,\nlocation"),
                OverviewColumn.ROTATION: QCoreApplication.translate("HqOverview", "Rotation"), OverviewColumn.DATES: QCoreApplication.translate("HqOverview", "Dates"),
                OverviewColumn.COMMANDER: QCoreApplication.translate("HqOverview", "Commander"), OverviewColumn.LAST_BUNDLE: QCoreApplication.translate("HqOverview", "Last bundle\n(age)"),
                OverviewColumn.RECORDS: QCoreApplication.translate("HqOverview", "Records"),
                OverviewColumn.OPEN: QCoreApplication.translate("HqOverview", "Open at\nlast export"), OverviewColumn.CHAIN: QCoreApplication.translate("HqOverview", "History\nchain")}

    def age(self, days: int) -> str:
        """ "3 days old" in the language's plural form; the model's own tr(), as lupdate reads a plural only there."""
        return self.tr("%Ln day(s) old", "", days)

    def sort_value(self, row: OverviewRow, column: int) -> Any:
        return {
            OverviewColumn.HOSPITAL: row.hospital, OverviewColumn.MISSION: f"{row.mission}, {row.location}",
            OverviewColumn.ROTATION: row.rotation, OverviewColumn.DATES: row.start_date,
            OverviewColumn.COMMANDER: row.commander, OverviewColumn.LAST_BUNDLE: row.last_bundle_at,
            OverviewColumn.RECORDS: row.encounters, OverviewColumn.OPEN: row.open_admissions,
            OverviewColumn.CHAIN: row.chain_continues,
        }[OverviewColumn(column)]

    def display(self, row: OverviewRow, column: int) -> str:
        if column == OverviewColumn.COMMANDER:
            return person(row.commander)
        if column == OverviewColumn.DATES:
            return f"{row.start_date} –\n{row.end_date}"
        if column == OverviewColumn.MISSION:
            return f"{row.mission}\n{row.location}"
        if column == OverviewColumn.LAST_BUNDLE and row.last_bundle_at:
            age = self.age(row.last_bundle_days or 0)
            return f"{row.last_bundle_at[:10]}\n{age}"
        if column == OverviewColumn.LAST_BUNDLE:
            if not row.last_bundle_at:
                return QCoreApplication.translate("HqOverview", "none")
            age = self.age(row.last_bundle_days or 0)
            return f"{local_time(row.last_bundle_at)}\n{age}"
        if column == OverviewColumn.CHAIN:
            return QCoreApplication.translate("HqOverview", "continues") if row.chain_continues else QCoreApplication.translate("HqOverview", "BROKEN")
        if column == OverviewColumn.RECORDS:
            return (records_template()
                    .replace("%1", number(row.patients)).replace("%2", number(row.encounters))
                    .replace("%3", number(row.admissions)).replace("%4", number(row.outreach))
                    .replace("%5", number(row.staff)))
        value = self.sort_value(row, column)
        return number(value) if isinstance(value, int) and not isinstance(value, bool) else str(value)

    def tooltip(self, row: OverviewRow, column: int) -> str | None:
        if column == OverviewColumn.CHAIN:
            return (QCoreApplication.translate("HqOverview", "Every audit row the hospital sent follows on from the one before it") if row.chain_continues
                    else QCoreApplication.translate("HqOverview", "The hospital's audit trail as received has a gap or a broken link: ask the hospital "
                            "to run `l2fh-desk check` and send a new bundle"))
        return f"{row.hospital} · {row.mission}, {row.location} · " + QCoreApplication.translate("HqOverview", "rotation %1").replace("%1", str(row.rotation))

    def alignment(self, column: int) -> Any:
        return NUMBER_ALIGN if column in (OverviewColumn.ROTATION, OverviewColumn.OPEN) else None
