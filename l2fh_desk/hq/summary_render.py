"""The ministry summary as an A4 PDF (tables, comparison charts, a trend line) and as CSV (one figure a line;
the spreadsheet form adds a byte-order mark and CRLF so Excel opens Vietnamese names correctly)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from datetime import datetime
from itertools import groupby
from typing import Any, BinaryIO

from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from l2fh_desk.domain import mds
from l2fh_desk.domain.vocab import OutreachKind, PatientCategory
from l2fh_desk.hq.summary import ALL_TIME, CATEGORIES, OUTREACH_KINDS, RowFigures, SummaryFigures
from l2fh_desk.hq.summary_text import st
from l2fh_desk.reports import charts, fonts
from l2fh_desk.reports.i18n import Translator
from l2fh_desk.reports.pdf_frame import BODY_WIDTH, UN_BLUE, PageFrame, Styles, build, para, table
from l2fh_desk.reports.tally import event_item

PALETTE = (UN_BLUE, colors.HexColor("#d9822b"), colors.HexColor("#3c8d40"), colors.HexColor("#8e44ad"),
           colors.HexColor("#c0392b"), colors.HexColor("#7f8c8d"))


def _row_label(tr: Translator, row: RowFigures) -> str:
    return f"{row.hospital} · {tr.t('rotation_n', number=row.rotation)}"


def _event_label(tr: Translator, code: str) -> str:
    item = event_item(code, mds.DEFAULT_ADDITIONAL)
    # the South Sudan default additional items (malaria, snake bite ...) are translated like the standard ones
    return code if item is None else tr.mds_item(item)


def header_widths(labels: Sequence[str], total: float, size: float = 7) -> list[float]:
    """Column widths: each as wide as its header's longest word in bold at `size` pt, what is left shared."""
    need = [max((stringWidth(word, fonts.BOLD, size) for word in label.split()), default=0.0) + 8 for label in labels]
    spare = max(0.0, total - sum(need)) / max(len(need), 1)
    return [width + spare for width in need]


def trend_chart(series: dict[str, list[tuple[int, int]]], *, width: float, fmt: Callable[[float], str]) -> Drawing:
    """One line per hospital: encounters per year."""
    fonts.register()
    d = Drawing(width, 190)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 40, 70, width - 60, 110
    names = sorted(series)
    plot.data = [series[n] for n in names] or [[(0, 0)]]
    years = sorted({y for points in series.values() for y, _n in points}) or [0]
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = years[0] - 0.5, years[-1] + 0.5
    plot.xValueAxis.valueSteps = years
    plot.xValueAxis.labelTextFormat = "%d"
    top = max((n for points in series.values() for _y, n in points), default=1)
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, charts._nice_max(top * 1.1)
    plot.yValueAxis.labelTextFormat = fmt
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName, axis.labels.fontSize = fonts.REGULAR, 7
    for i, _name in enumerate(names):
        plot.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
        plot.lines[i].strokeWidth = 1.6
    d.add(plot)
    legend = Legend()
    legend.x, legend.y, legend.fontName, legend.fontSize = 40, 48, fonts.REGULAR, 7
    legend.alignment = "right"
    legend.columnMaximum = 3
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], n) for i, n in enumerate(names)]
    d.add(legend)
    return d


def render_summary(f: SummaryFigures, out: BinaryIO, *, tr: Translator, department: str, generated_at: datetime,
                   generated_by: str, chain_head: str, hospital_names: Sequence[str],
                   on_page: Callable[[int], None] | None = None) -> None:
    s = Styles()
    n = tr.num
    story: list[Flowable] = [Paragraph(st(tr, "title"), s.title), Paragraph(st(tr, "subtitle"), s.body)]
    rot = st(tr, "all_rotations") if f.scope.rotations is None else st(
        tr, "rotation_range", first=f.scope.rotations[0], last=f.scope.rotations[1])
    period = (st(tr, "all_time") if (f.scope.start, f.scope.end) == ALL_TIME
              else st(tr, "period_value", start=tr.date(f.scope.start), end=tr.date(f.scope.end)))
    story.append(table([(st(tr, "department"), para(department, s.cell)),
                        (st(tr, "period"), period),
                        (st(tr, "hospitals"), para(", ".join(hospital_names) or st(tr, "all_hospitals"), s.cell)),
                        (st(tr, "rotations"), rot)], (130, BODY_WIDTH - 130)))
    story += [Spacer(1, 6), Paragraph(st(tr, "persons_total", n=n(f.persons_total)), s.body),
              Paragraph(st(tr, "method"), s.small)]
    if not f.rows:
        story.append(Paragraph(st(tr, "none"), s.body))
    else:
        story += _tables(f, tr, s)
        story += _charts(f, tr, s)
    frame = PageFrame(header_left=st(tr, "title"), header_right=department,
                      footer_lines=(tr.t("generated", when=tr.datetime(generated_at), who=generated_by),
                                    tr.t("chain_head", head=chain_head[:16])))
    build(out, story, frame=frame, tr=tr, title=st(tr, "title"), author=generated_by, progress=on_page)


def _tables(f: SummaryFigures, tr: Translator, s: Styles) -> list[Flowable]:
    n = tr.num
    out: list[Flowable] = [Paragraph(st(tr, "s_figures"), s.h1)]
    # each hospital's name on a line of its own above its rotations: the nine columns of figures then have room
    # for their headers' words whole ("Hospitalisations", "Evacuations"), in every language
    labels = [st(tr, k) for k in ("rot", "persons", "encounters", "admissions", "bed_days", "surgeries",
                                  "evacuations", "deaths", "doa")]
    rows: list[Sequence[Any]] = [[para(label, s.head_cell) for label in labels]]
    names: list[int] = []
    for hospital, group in groupby(f.rows, key=lambda r: r.hospital):
        names.append(len(rows))
        rows.append([para(hospital, s.head_cell), *([""] * (len(labels) - 1))])
        rows += [(str(r.rotation), n(r.persons), n(r.encounters), n(r.admissions), n(r.bed_days), n(r.surgeries),
                  n(r.evacuations), n(r.deaths), n(r.dead_on_arrival)) for r in group]
    figures = table(rows, header_widths(labels, BODY_WIDTH), numeric=range(len(labels)))
    figures.setStyle(TableStyle([("SPAN", (0, row), (-1, row)) for row in names]))
    out.append(figures)
    out.append(Paragraph(st(tr, "s_category"), s.h1))
    rows = [[para(st(tr, "hospital"), s.head_cell), para(st(tr, "rot"), s.head_cell),
             *(para(tr.vocab(PatientCategory(c)), s.head_cell) for c in CATEGORIES)]]
    for r in f.rows:
        rows.append((para(r.hospital, s.cell), str(r.rotation), *(n(r.by_category.get(c, 0)) for c in CATEGORIES)))
    out.append(table(rows, (131, 27, *([58] * len(CATEGORIES))), numeric=range(1, 2 + len(CATEGORIES))))
    out.append(Paragraph(st(tr, "s_outreach"), s.h1))
    rows = [[para(st(tr, k), s.head_cell) for k in ("kind", "activities", "reached")]]
    for kind in OUTREACH_KINDS:
        acts = sum(r.outreach.get(kind, (0, 0))[0] for r in f.rows)
        reached = sum(r.outreach.get(kind, (0, 0))[1] for r in f.rows)
        if acts:
            rows.append((para(tr.vocab(OutreachKind(kind)), s.cell), n(acts), n(reached)))
    out.append(table(rows, (260, 120, 125), numeric=(1, 2)))
    out.append(Paragraph(st(tr, "s_diagnoses"), s.h1))
    rows = [[para(st(tr, k), s.head_cell) for k in ("code", "diagnosis", "encounters")]]
    rows += [(code, para(text, s.cell), n(count)) for code, text, count in f.top_diagnoses]
    out.append(table(rows, (60, 345, 100), numeric=(2,)))
    out.append(Paragraph(st(tr, "s_mds"), s.h1))
    rows = [[para(st(tr, k), s.head_cell) for k in ("event", "count")]]
    rows += [(para(_event_label(tr, code), s.cell), n(count)) for code, count in f.mds_events]
    out.append(table(rows, (380, 125), numeric=(1,)))
    out.append(Paragraph(st(tr, "s_staff"), s.h1))
    rows = [[para(st(tr, k), s.head_cell) for k in ("hospital", "rot", "staff", "women", "share", "target")]]
    for r in f.rows:
        met = st(tr, "met") if r.women_share >= r.target else st(tr, "not_met")
        rows.append((para(r.hospital, s.cell), str(r.rotation), n(r.staff), n(r.women), tr.pct(r.women_share),
                     f"{tr.pct(r.target)} ({met})"))
    out.append(table(rows, (175, 30, 60, 60, 70, 110), numeric=(1, 2, 3, 4)))
    return out


def _charts(f: SummaryFigures, tr: Translator, s: Styles) -> list[Flowable]:
    def fmt(value: float) -> str:
        return tr.num(value)

    out: list[Flowable] = [Paragraph(st(tr, "s_compare_rotations"), s.h1)]
    out.append(charts.bar_chart([_row_label(tr, r) for r in f.rows], [r.encounters for r in f.rows], width=BODY_WIDTH,
                                fmt=fmt, label_width=230))
    persons = dict(f.persons_by_hospital)
    out.append(Paragraph(st(tr, "s_compare_hospitals"), s.h1))
    out.append(charts.bar_chart(list(persons), list(persons.values()), width=BODY_WIDTH, fmt=fmt, label_width=230))
    series: dict[str, list[tuple[int, int]]] = {}
    for hospital, year, count in f.by_year:
        series.setdefault(hospital, []).append((year, count))
    out.append(Paragraph(st(tr, "s_trend"), s.h1))
    out.append(trend_chart(series, width=BODY_WIDTH, fmt=fmt))
    return out


CSV_HEADER = ("hospital_id", "hospital", "rotation", "figure", "value")


def csv_rows(f: SummaryFigures) -> list[tuple[str, str, str, str, str]]:
    """(hospital id, hospital, rotation, figure code, value): the same figures as the PDF, one a line."""
    out: list[tuple[str, str, str, str, str]] = []
    for r in f.rows:
        base = (r.hospital_id, r.hospital, str(r.rotation))
        values: list[tuple[str, object]] = [
            ("persons", r.persons), ("encounters", r.encounters), ("admissions", r.admissions),
            ("bed_days", r.bed_days), ("surgeries", r.surgeries), ("evacuations", r.evacuations),
            ("deaths", r.deaths), ("dead_on_arrival", r.dead_on_arrival),
            *((f"encounters.{c}", r.by_category.get(c, 0)) for c in CATEGORIES),
            *((f"outreach_activities.{k}", r.outreach.get(k, (0, 0))[0]) for k in OUTREACH_KINDS),
            *((f"outreach_reached.{k}", r.outreach.get(k, (0, 0))[1]) for k in OUTREACH_KINDS),
            ("staff", r.staff), ("staff_women", r.women), ("women_share", f"{r.women_share:.4f}"),
            ("women_target", f"{r.target:.4f}")]
        out += [(*base, code, str(value)) for code, value in values]
    out += [("", "", "", "persons_total", str(f.persons_total))]
    out += [("", "", "", f"diagnosis.{code}", str(count)) for code, _t, count in f.top_diagnoses]
    out += [("", "", "", f"mds_event.{code}", str(count)) for code, count in f.mds_events]
    return out


def to_csv(f: SummaryFigures, *, excel: bool = False) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if excel else "\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(csv_rows(f))
    data = buffer.getvalue().encode("utf-8")
    return b"\xef\xbb\xbf" + data if excel else data
