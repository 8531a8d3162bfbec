"""Lay out the WHO EMT MDS report as an A4 PDF shaped like the daily form, plus day columns for a longer period."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from l2fh_desk.domain import mds
from l2fh_desk.domain.mds import MdsItem
from l2fh_desk.reports.figures_mds import Check, Column, MdsFigures, generated_header
from l2fh_desk.reports.i18n import Translator
from l2fh_desk.reports.mds_items import HEADER_FIELDS, cells
from l2fh_desk.reports.pdf_frame import BODY_WIDTH, PageFrame, Styles, Wrap, build, para, table

WIDTH = BODY_WIDTH
DAYS_PER_TABLE = 8
STARRED = mds.LINE_LIST_ITEMS


def _label(tr: Translator, figures: MdsFigures, item: MdsItem) -> str:
    star = "*" if item in STARRED else ""
    return tr.mds_item(item, figures.additional) + star


def check_message(tr: Translator, check: Check) -> str:
    day = tr.date(check.day) if check.day else tr.t("all_days")
    return tr.t(check.key, day=day, sum=tr.num(check.sum), n=tr.num(check.consultations))


def _form(figures: MdsFigures, column: Column, tr: Translator, generated_at: datetime) -> list[Flowable]:
    s = Styles()
    out: list[Flowable] = [Paragraph(tr.t("mds_header"), s.h2)]
    header = generated_header(figures, column, generated_at)
    rows: list[Sequence[Any]] = [("", tr.t("field"), tr.t("value"))]
    for letter, key in HEADER_FIELDS:
        value = header[key]
        if key in ("activity_date", "departure_date") and value and "/" not in value:
            value = tr.date(datetime.fromisoformat(value).date())
        elif key == "activity_date" and value:
            value = tr.t("period", start=tr.date(figures.start), end=tr.date(figures.end))
        elif key == "emt_type" and value == "Type 2":
            value = tr.t("emt_type_2")
        elif key == "reporting_time":
            value = tr.datetime(generated_at)
        elif key in ("consultations", "new_admissions", "empty_beds", "bed_capacity") and value:
            value = tr.num(int(value))
        rows.append((letter, para(tr.mds_header(key), s.cell), para(value, s.cell) if value else tr.t("not_recorded")))
    out.append(table(rows, (20, 220, 264)))
    out += [Paragraph(tr.t("mds_demographics"), s.h2)]
    rows = [(tr.t("number"), tr.t("item"), *mds.AGE_BANDS, tr.t("total"))]
    for item in mds.DEMOGRAPHICS:
        c = cells(column, item)
        rows.append((str(mds.MDS_NUMBER[item]), _label(tr, figures, item), *(tr.num(v or 0) for v in c.values())))
    rows.append(("", tr.t("total"), *(tr.num(sum(column.demographics[i][b] for i in mds.DEMOGRAPHICS))
                                      for b in range(len(mds.AGE_BANDS))), tr.num(column.consultations)))
    out.append(table(rows, (28, 176, 50, 50, 50, 50, 50, 50), numeric=(2, 3, 4, 5, 6, 7), total_row=True))
    for key, items in (("mds_health", mds.HEALTH_EVENTS), ("mds_procedures", mds.PROCEDURES)):
        out.append(Paragraph(tr.t(key), s.h2))
        rows = [(tr.t("number"), tr.t("item"), tr.t("under_5"), tr.t("over_5"), tr.t("total"))]
        for item in items:
            c = cells(column, item)
            rows.append((str(mds.MDS_NUMBER[item]), Wrap(_label(tr, figures, item)),
                         "–" if c["<5"] is None else tr.num(c["<5"] or 0), tr.num(c["5+"] or 0), tr.num(c["total"] or 0)))
        out.append(table(rows, (28, 296, 60, 60, 60), numeric=(2, 3, 4)))
    for key, items in (("mds_outcomes", mds.OUTCOMES), ("mds_relation", mds.RELATIONS),
                       ("mds_protection", mds.PROTECTION)):
        out.append(Paragraph(tr.t(key), s.h2))
        rows = [(tr.t("number"), tr.t("item"), tr.t("total"))]
        rows += [(str(mds.MDS_NUMBER[i]), Wrap(_label(tr, figures, i)), tr.num(column.totals[i])) for i in items]
        out.append(table(rows, (28, 416, 60), numeric=(2,)))
    return out


def _checks(figures: MdsFigures, tr: Translator) -> list[Flowable]:
    s = Styles()
    out: list[Flowable] = [Paragraph(tr.t("mds_checks"), s.h2)]
    unbanded = sum(figures.total.unknown_age.values())
    if not figures.failed_checks and not figures.unknown_events and not unbanded:
        return [*out, para(tr.t("checks_ok"), s.body)]
    if unbanded:
        out.append(para("⚠ " + tr.count("check_negative_age", unbanded), s.body))
    out += [para("⚠ " + check_message(tr, c), s.body) for c in figures.failed_checks]
    out += [para("⚠ " + tr.t("check_unknown_event", n=tr.num(n), code=code), s.body)
            for code, n in sorted(figures.unknown_events.items())]
    return out


def _line_list(figures: MdsFigures, tr: Translator) -> list[Flowable]:
    s = Styles()
    out: list[Flowable] = [Paragraph(tr.t("mds_line_list"), s.h2)]
    if not figures.line_list:
        return [*out, para(tr.t("no_line_list"), s.body)]
    rows: list[Sequence[Any]] = [(tr.t("date"), tr.t("item"), tr.t("age"), tr.t("sex"), tr.t("diagnosis"),
                                  tr.t("details"), tr.t("record"))]
    for r in figures.line_list:
        sex = tr.vocab(r.sex) + (f" ({tr.t('pregnant')})" if r.pregnant else "")
        rows.append((tr.date(r.day), Wrap(f"{r.number} {tr.mds_item(r.item, figures.additional)}"),
                     tr.num(r.age), Wrap(sex), Wrap(r.diagnosis), Wrap(r.details), r.record))
    out.append(table(rows, (56, 100, 30, 50, 122, 96, 50), numeric=(2,)))
    return out


def _by_day(figures: MdsFigures, tr: Translator) -> list[Flowable]:
    s = Styles()
    out: list[Flowable] = []
    days = figures.days
    items = [mds.ITEM_BY_NUMBER[n] for n in range(1, 51)]
    for first in range(0, len(days), DAYS_PER_TABLE):
        chunk = list(days[first:first + DAYS_PER_TABLE])
        last = first + DAYS_PER_TABLE >= len(days)
        columns: list[Column] = chunk + ([figures.total] if last else [])
        head = [tr.t("number"), tr.t("item"), *(tr.short_date(c.day) if c.day else tr.t("total") for c in columns)]
        rows: list[Sequence[Any]] = [head, ("", tr.mds_header("consultations"), *(tr.num(c.consultations) for c in columns))]
        for item in items:
            rows.append((str(mds.MDS_NUMBER[item]), para(_label(tr, figures, item), s.small),
                         *(tr.num(c.total(item)) for c in columns)))
        label_width = min(260.0, WIDTH - 24 - 37 * len(columns))
        t = table(rows, (24, label_width, *([37.0] * len(columns))), numeric=tuple(range(2, 2 + len(columns))))
        # 52 rows: tight enough that each block of days fits one page, so no row is left over on the next.
        t.setStyle([("FONTSIZE", (0, 1), (-1, -1), 7.5), ("TOPPADDING", (0, 1), (-1, -1), 1.2),
                    ("BOTTOMPADDING", (0, 1), (-1, -1), 1.2)])
        out += [PageBreak(), Paragraph(tr.t("mds_by_day"), s.h1), t]
    return out


def render_mds(figures: MdsFigures, out: Any, *, tr: Translator, generated_at: datetime, generated_by: str,
               chain_head: str, hospital: str, on_page: Callable[[int], None] | None = None) -> None:
    s = Styles()
    ndays = len(figures.days)
    period = tr.t("mds_period", start=tr.date(figures.start), end=tr.date(figures.end), days=tr.count("n_days", ndays))
    story: list[Flowable] = [Paragraph(tr.t("mds_title"), s.title), para(period, s.body), Spacer(1, 2 * mm)]
    if ndays > 1:
        story.append(Paragraph(tr.t("mds_total_period"), s.h1))
    story += _form(figures, figures.total, tr, generated_at)
    story += _checks(figures, tr)
    story += _line_list(figures, tr)
    if ndays > 1:
        story += _by_day(figures, tr)
    short = tr.t("period", start=tr.date(figures.start), end=tr.date(figures.end))
    frame = PageFrame(header_left=hospital, header_right=f"WHO EMT MDS · {short}",
                      footer_lines=(tr.t("generated", when=tr.datetime(generated_at), who=generated_by),
                                    tr.t("chain_head", head=chain_head)))
    build(out, story, frame=frame, tr=tr, title=tr.t("mds_title"), author=generated_by, progress=on_page)
