"""HQ overview: one row per hospital and rotation (hq.overview.OverviewRow)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from l2fh_desk.hq.overview import OverviewRow
from l2fh_desk.ui.models.table import NUMBER_ALIGN, RecordTableModel
from l2fh_desk.ui.models.ward import local_time


class OverviewColumn(IntEnum):
    HOSPITAL = 0
    MISSION = 1
    ROTATION = 2
    DATES = 3
    COMMANDER = 4
    LAST_BUNDLE = 5
    AGE = 6
    PATIENTS = 7
    ENCOUNTERS = 8
    ADMISSIONS = 9
    OPEN = 10
    OUTREACH = 11
    STAFF = 12
    CHAIN = 13


class OverviewModel(RecordTableModel):
    columns = OverviewColumn

    def headers(self) -> dict[int, str]:
        return {OverviewColumn.HOSPITAL: QCoreApplication.translate("HqOverview", "Hospital"), OverviewColumn.MISSION: QCoreApplication.translate("HqOverview", "Mission, location"),
                OverviewColumn.ROTATION: QCoreApplication.translate("HqOverview", "Rotation"), OverviewColumn.DATES: QCoreApplication.translate("HqOverview", "Dates"),
                OverviewColumn.COMMANDER: QCoreApplication.translate("HqOverview", "Commander"), OverviewColumn.LAST_BUNDLE: QCoreApplication.translate("HqOverview", "Last bundle made"),
                OverviewColumn.AGE: QCoreApplication.translate("HqOverview", "Age (days)"), OverviewColumn.PATIENTS: QCoreApplication.translate("HqOverview", "Patients"),
                OverviewColumn.ENCOUNTERS: QCoreApplication.translate("HqOverview", "Encounters"), OverviewColumn.ADMISSIONS: QCoreApplication.translate("HqOverview", "Admissions"),
                OverviewColumn.OPEN: QCoreApplication.translate("HqOverview", "Open at last export"), OverviewColumn.OUTREACH: QCoreApplication.translate("HqOverview", "Outreach"),
                OverviewColumn.STAFF: QCoreApplication.translate("HqOverview", "Staff"), OverviewColumn.CHAIN: QCoreApplication.translate("HqOverview", "History chain")}

    def sort_value(self, row: OverviewRow, column: int) -> Any:
        return {
            OverviewColumn.HOSPITAL: row.hospital, OverviewColumn.MISSION: f"{row.mission}, {row.location}",
            OverviewColumn.ROTATION: row.rotation, OverviewColumn.DATES: row.start_date,
            OverviewColumn.COMMANDER: row.commander, OverviewColumn.LAST_BUNDLE: row.last_bundle_at,
            OverviewColumn.AGE: -1 if row.last_bundle_days is None else row.last_bundle_days,
            OverviewColumn.PATIENTS: row.patients, OverviewColumn.ENCOUNTERS: row.encounters,
            OverviewColumn.ADMISSIONS: row.admissions, OverviewColumn.OPEN: row.open_admissions,
            OverviewColumn.OUTREACH: row.outreach, OverviewColumn.STAFF: row.staff,
            OverviewColumn.CHAIN: row.chain_continues,
        }[OverviewColumn(column)]

    def display(self, row: OverviewRow, column: int) -> str:
        if column == OverviewColumn.DATES:
            return f"{row.start_date} – {row.end_date}"
        if column == OverviewColumn.LAST_BUNDLE:
            return local_time(row.last_bundle_at) if row.last_bundle_at else QCoreApplication.translate("HqOverview", "none")
        if column == OverviewColumn.AGE:
            return "" if row.last_bundle_days is None else f"{row.last_bundle_days:,}"
        if column == OverviewColumn.CHAIN:
            return QCoreApplication.translate("HqOverview", "continues") if row.chain_continues else QCoreApplication.translate("HqOverview", "BROKEN")
        value = self.sort_value(row, column)
        return f"{value:,}" if isinstance(value, int) and not isinstance(value, bool) else str(value)

    def tooltip(self, row: OverviewRow, column: int) -> str | None:
        if column == OverviewColumn.CHAIN:
            return (QCoreApplication.translate("HqOverview", "Every audit row the hospital sent follows on from the one before it") if row.chain_continues
                    else QCoreApplication.translate("HqOverview", "The hospital's audit trail as received has a gap or a broken link: ask the hospital "
                            "to run `l2fh-desk check` and send a new bundle"))
        return f"{row.hospital} · {row.mission}, {row.location} · " + QCoreApplication.translate("HqOverview", "rotation %1").replace("%1", str(row.rotation))

    def alignment(self, column: int) -> Any:
        return NUMBER_ALIGN if column in (OverviewColumn.ROTATION, OverviewColumn.AGE) or \
            OverviewColumn.PATIENTS <= column <= OverviewColumn.STAFF else None
