"""The MDS as JSON: every item by its stable code and by its official number, per day and in total."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from l2fh_desk.domain import mds
from l2fh_desk.reports.figures_mds import Column, MdsFigures, generated_header
from l2fh_desk.reports.mds_items import cells, items_in_order

FORMAT = "l2fh-desk/who-emt-mds"


# Header fields that are counts or coordinates: numbers in JSON (null when not recorded), not strings.
_NUMBERS = ("consultations", "new_admissions", "empty_beds", "bed_capacity", "live_births", "empty_icu_beds",
            "geo_lat", "geo_long")


def _typed(header: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = dict(header)
    for key in _NUMBERS:
        text = header.get(key, "").strip()
        if not text:
            out[key] = None
            continue
        try:
            number = float(text)
        except ValueError:
            continue  # typed as words in the mds_header setting: kept as text
        out[key] = int(number) if number.is_integer() and key not in ("geo_lat", "geo_long") else number
    return out


def _column(figures: MdsFigures, column: Column, generated_at: datetime) -> dict[str, Any]:
    items = {}
    for item in items_in_order():
        items[item.value] = {"number": mds.MDS_NUMBER[item], **cells(column, item)}
    return {
        "date": column.day.isoformat() if column.day else None,
        "header": _typed(generated_header(figures, column, generated_at)),
        "items": items,
        "by_number": {str(mds.MDS_NUMBER[item]): items[item.value]["total"] for item in items_in_order()},
    }


def to_json(figures: MdsFigures, *, generated_at: datetime, generated_by: str) -> str:
    doc = {
        "format": FORMAT,
        "version": 1,
        "standard": "WHO EMT Minimum Data Set v1.0 (2017)",
        "period": {"start": figures.start.isoformat(), "end": figures.end.isoformat(), "days": len(figures.days)},
        "generated_at": generated_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "generated_by": generated_by,
        "items": [{"number": mds.MDS_NUMBER[item], "code": item.value, "label": mds.label_for(item, figures.additional)}
                  for item in items_in_order()],
        "additional_items": [{"number": mds.MDS_NUMBER[slot], **extra.model_dump(mode="json")}
                             for slot, extra in zip(mds.ADDITIONAL_SLOTS, figures.additional, strict=True)],
        "total": _column(figures, figures.total, generated_at),
        "days": [_column(figures, day, generated_at) for day in figures.days],
        "failed_checks": [{"check": c.key.removeprefix("check_"), "date": c.day.isoformat() if c.day else None,
                           "sum": c.sum, "consultations": c.consultations} for c in figures.failed_checks],
        "unknown_event_codes": dict(figures.unknown_events),
        "line_list": [{"date": r.day.isoformat(), "number": r.number, "code": r.item.value, "age": r.age,
                       "sex": r.sex.value, "pregnant": r.pregnant, "diagnosis": r.diagnosis, "details": r.details,
                       "record": r.record} for r in figures.line_list],
    }
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
