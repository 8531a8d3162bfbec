"""The MDS items in form order with their cells, shared by the CSV, JSON and PDF writers."""

from __future__ import annotations

from l2fh_desk.domain import mds
from l2fh_desk.domain.mds import MdsItem
from l2fh_desk.reports.figures_mds import Column

EVENT_COLUMNS = ("<5", "5+", "total")
# (letter, key) of the header fields a-t in form order; the geo-tag n is split into latitude and longitude.
HEADER_FIELDS = (
    ("a", "organisation"), ("b", "team"), ("c", "emt_type"), ("d", "contact_person"), ("e", "phone"), ("f", "email"),
    ("g", "departure_date"), ("h", "activity_date"), ("i", "reporting_time"), ("j", "admin1"), ("k", "admin2"),
    ("l", "admin3"), ("m", "facility"), ("n", "geo_lat"), ("n", "geo_long"), ("o", "consultations"),
    ("p", "new_admissions"), ("q", "live_births"), ("r", "bed_capacity"), ("s", "empty_beds"), ("t", "empty_icu_beds"),
)
FREE_TEXT_ITEMS = tuple(range(51, 66))  # needs and risks: free text the hospital writes by hand


def cells(column: Column, item: MdsItem) -> dict[str, int | None]:
    """The form's cells of one item: age bands (1-3), <5/5+ (4-35; None where the form has no cell) or total."""
    if item in mds.DEMOGRAPHICS:
        bands = column.demographics[item]
        return {**dict(zip(mds.AGE_BANDS, bands, strict=True)), "total": column.total(item)}
    if item in column.events:
        young, old = column.events[item]
        return {"<5": None if item in mds.ADULT_ONLY_PROCEDURES else young, "5+": old, "total": young + old}
    return {"total": column.totals[item]}


def items_in_order() -> tuple[MdsItem, ...]:
    return tuple(mds.ITEM_BY_NUMBER[n] for n in range(1, 51))
