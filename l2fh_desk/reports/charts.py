"""Bar charts for the PDF reports (reportlab.graphics), drawn in the report font."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from l2fh_desk.reports import fonts
from l2fh_desk.reports.pdf_frame import GREY, UN_BLUE

ORANGE = colors.HexColor("#d9822b")


def _nice_max(value: float) -> float:
    if value <= 0:
        return 1
    step = float(10 ** max(0, len(str(int(value))) - 1))
    for factor in (1, 2, 2.5, 5, 10):
        if value <= step * factor:
            return step * factor
    return step * 10


def column_chart(labels: Sequence[str], values: Sequence[int], *, width: float, height: float,
                 fmt: Callable[[float], str]) -> Drawing:
    """Vertical bars with the value above each bar (e.g. encounters by month)."""
    fonts.register()
    d = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 34
    chart.width, chart.height = width - 44, height - 50
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(labels) or [""]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 35 if len(labels) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(labels) > 8 else "n"
    _style_values(chart, values, fmt=fmt, headroom=1.12)
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 6
    d.add(chart)
    return d


def _style_values(chart: VerticalBarChart | HorizontalBarChart, values: Sequence[int], *,
                  fmt: Callable[[float], str], headroom: float) -> None:
    """The value axis (0 to a round maximum, four steps) and the blue labelled bars both charts share."""
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max(values, default=0) * headroom)
    chart.valueAxis.valueStep = chart.valueAxis.valueMax / 4
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = fmt
    chart.bars[0].fillColor = UN_BLUE
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = fmt
    chart.barLabels.fontName = fonts.REGULAR


def bar_chart(labels: Sequence[str], values: Sequence[int], *, width: float, fmt: Callable[[float], str],
              label_width: float = 150) -> Drawing:
    """Horizontal bars with long category names on the left (e.g. people reached by kind)."""
    fonts.register()
    rows = max(1, len(values))
    height = 18 * rows + 30
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 18
    chart.width, chart.height = width - label_width - 40, height - 26
    # reportlab draws the first category at the bottom; reverse so the chart reads like the table.
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    _style_values(chart, values, fmt=fmt, headroom=1.15)
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    d.add(chart)
    return d


def share_bar(share: float, target: float, *, width: float, target_label: str,
              fmt: Callable[[float], str]) -> Drawing:
    """One 0-100 % bar filled to `share`, with the target marked: green if met, orange if not."""
    fonts.register()
    d = Drawing(width, 46)
    left, bar_w, y, h = 0.0, width, 14.0, 14.0
    d.add(Rect(left, y, bar_w, h, fillColor=colors.HexColor("#eef2f6"), strokeColor=GREY, strokeWidth=0.5))
    fill = colors.HexColor("#3c8d40") if share >= target else ORANGE
    d.add(Rect(left, y, bar_w * min(1.0, share), h, fillColor=fill, strokeColor=None))
    x = left + bar_w * min(1.0, target)
    d.add(Line(x, y - 4, x, y + h + 4, strokeColor=colors.black, strokeWidth=1.2))
    d.add(String(x, y + h + 7, target_label, fontName=fonts.BOLD, fontSize=7,
                 textAnchor="start" if x < 80 else ("end" if x > width - 80 else "middle")))
    for tick in (0, 25, 50, 75, 100):
        d.add(String(left + bar_w * tick / 100, y - 10, fmt(tick / 100), fontName=fonts.REGULAR,
                     fontSize=6, textAnchor="middle" if 0 < tick < 100 else ("start" if tick == 0 else "end"),
                     fillColor=GREY))
    return d
