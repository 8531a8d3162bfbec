"""The MDS as an eDATA CSV: one row per day and nothing else, columns in form order.

No total row: every row an eDATA import reads is one activity date, and a tool that sums the rows would
count a total row twice. The period's total is in the PDF and the JSON."""

from __future__ import annotations

import csv
import io
from datetime import datetime

from l2fh_desk.domain import mds
from l2fh_desk.reports.figures_mds import MdsFigures, generated_header
from l2fh_desk.reports.mds_items import FREE_TEXT_ITEMS, HEADER_FIELDS, cells, items_in_order


def columns() -> list[str]:
    names = [f"{letter}_{key}" for letter, key in HEADER_FIELDS]
    for item in items_in_order():
        number = mds.MDS_NUMBER[item]
        if item in mds.DEMOGRAPHICS:
            names += [f"{number}_{band}" for band in (*mds.AGE_BANDS, "total")]
        elif number <= 35:
            names += [f"{number}_{col}" for col in ("<5", "5+", "total")]
        else:
            names.append(str(number))
    names += [str(n) for n in FREE_TEXT_ITEMS]
    names += [f"comment{n}_{part}" for n in range(1, 5) for part in ("No", "DC")]
    return names


def to_csv(figures: MdsFigures, *, generated_at: datetime) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns())
    for column in figures.days:
        header = generated_header(figures, column, generated_at)
        row: list[object] = [header[key] for _, key in HEADER_FIELDS]
        for item in items_in_order():
            row += ["" if value is None else value for value in cells(column, item).values()]
        row += [""] * (len(FREE_TEXT_ITEMS) + 8)
        writer.writerow(row)
    return out.getvalue()
