"""Outreach activities and their totals by kind."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication

from l2fh_desk.domain.outreach import OutreachActivity
from l2fh_desk.store.outreach import OutreachTotals
from l2fh_desk.ui.free_text import number, quantity_text
from l2fh_desk.ui.models.table import NUMBER_ALIGN, RecordTableModel
from l2fh_desk.ui.models.vocab import tr_label


class OutreachColumn(IntEnum):
    DATE = 0
    KIND = 1
    PLACE = 2
    PARTNER = 3
    REACHED = 4
    FEMALE = 5
    MALE = 6
    CHILDREN = 7
    QUANTITY = 8
    NOTABLE = 9


class OutreachModel(RecordTableModel):
    columns = OutreachColumn

    def headers(self) -> dict[int, str]:
        return {OutreachColumn.DATE: QCoreApplication.translate("OutreachModel", "Date"), OutreachColumn.KIND: QCoreApplication.translate("OutreachModel", "Kind"), OutreachColumn.PLACE: QCoreApplication.translate("OutreachModel", "Place"),
                OutreachColumn.PARTNER: QCoreApplication.translate("OutreachModel", "Partner"), OutreachColumn.REACHED: QCoreApplication.translate("OutreachModel", "People reached"),
                OutreachColumn.FEMALE: QCoreApplication.translate("OutreachModel", "Female"), OutreachColumn.MALE: QCoreApplication.translate("OutreachModel", "Male"),
                OutreachColumn.CHILDREN: QCoreApplication.translate("OutreachModel", "Children"), OutreachColumn.QUANTITY: QCoreApplication.translate("OutreachModel", "Quantity"),
                OutreachColumn.NOTABLE: QCoreApplication.translate("OutreachModel", "Notable")}

    def display(self, row: OutreachActivity, column: int) -> str:
        value = self.sort_value(row, column)
        if column == OutreachColumn.KIND:
            return tr_label(row.kind)
        if column == OutreachColumn.QUANTITY:
            return quantity_text(row.quantity, row.unit)
        if column == OutreachColumn.NOTABLE:
            return QCoreApplication.translate("OutreachModel", "Yes") if row.notable else ""
        if isinstance(value, int):
            return number(value)
        return str(value)

    def sort_value(self, row: OutreachActivity, column: int) -> Any:
        return {
            OutreachColumn.DATE: row.activity_date.isoformat(),
            OutreachColumn.KIND: tr_label(row.kind),
            OutreachColumn.PLACE: row.place,
            OutreachColumn.PARTNER: row.partner,
            OutreachColumn.REACHED: row.reached_total,
            OutreachColumn.FEMALE: row.reached_female,
            OutreachColumn.MALE: row.reached_male,
            OutreachColumn.CHILDREN: row.reached_children,
            OutreachColumn.QUANTITY: row.quantity if row.quantity is not None else -1.0,
            OutreachColumn.NOTABLE: int(row.notable),
        }[OutreachColumn(column)]

    def tooltip(self, row: OutreachActivity, column: int) -> str | None:
        return row.description or None

    def alignment(self, column: int) -> Any:
        numeric = (OutreachColumn.REACHED, OutreachColumn.FEMALE, OutreachColumn.MALE, OutreachColumn.CHILDREN,
                   OutreachColumn.QUANTITY)
        return NUMBER_ALIGN if column in numeric else None


class TotalsColumn(IntEnum):
    KIND = 0
    ACTIVITIES = 1
    REACHED = 2
    FEMALE = 3
    MALE = 4
    CHILDREN = 5
    QUANTITIES = 6


class OutreachTotalsModel(RecordTableModel):
    columns = TotalsColumn

    def headers(self) -> dict[int, str]:
        return {TotalsColumn.KIND: QCoreApplication.translate("OutreachModel", "Kind"), TotalsColumn.ACTIVITIES: QCoreApplication.translate("OutreachModel", "Activities"),
                TotalsColumn.REACHED: QCoreApplication.translate("OutreachModel", "People reached"), TotalsColumn.FEMALE: QCoreApplication.translate("OutreachModel", "Female"),
                TotalsColumn.MALE: QCoreApplication.translate("OutreachModel", "Male"), TotalsColumn.CHILDREN: QCoreApplication.translate("OutreachModel", "Children"),
                TotalsColumn.QUANTITIES: QCoreApplication.translate("OutreachModel", "Made or given")}

    def display(self, row: OutreachTotals, column: int) -> str:
        if column == TotalsColumn.KIND:
            return tr_label(row.kind)
        if column == TotalsColumn.QUANTITIES:
            return "; ".join(quantity_text(q, unit) for unit, q in sorted(row.quantities.items()))
        return number(self.sort_value(row, column))

    def sort_value(self, row: OutreachTotals, column: int) -> Any:
        return {
            TotalsColumn.KIND: tr_label(row.kind),
            TotalsColumn.ACTIVITIES: row.activities,
            TotalsColumn.REACHED: row.reached_total,
            TotalsColumn.FEMALE: row.reached_female,
            TotalsColumn.MALE: row.reached_male,
            TotalsColumn.CHILDREN: row.reached_children,
            TotalsColumn.QUANTITIES: sum(row.quantities.values()),
        }[TotalsColumn(column)]

    def alignment(self, column: int) -> Any:
        return None if column in (TotalsColumn.KIND, TotalsColumn.QUANTITIES) else NUMBER_ALIGN
