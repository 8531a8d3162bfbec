"""The dashboard's two charts, built with QtCharts from figures the core computed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

BAR_COLOUR = QColor("#1f6fb2")  # UN blue, readable in print


def _chart() -> QChart:
    chart = QChart()
    chart.legend().setVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.layout().setContentsMargins(0, 0, 0, 0)
    return chart


def _fresh_chart(view: QChartView) -> QChart:
    """A new chart for each drawing: removed axes leave their labels on the scene until the next event loop
    pass, which shows as overlapping text in a grab right after a language switch."""
    old = view.chart()
    chart = _chart()
    view.setChart(chart)
    old.deleteLater()
    return chart


def _view(parent: QWidget | None) -> QChartView:
    view = QChartView(_chart(), parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _value_axis(maximum: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    top = max(1, maximum)
    axis.setRange(0, top + (4 - top % 4 if top % 4 else 0))
    axis.setTickCount(5)
    return axis


def _bar_set(values: Sequence[int]) -> QBarSet:
    bars = QBarSet("")
    bars.setColor(BAR_COLOUR)
    bars.append([float(v) for v in values])
    return bars


class WeeklyChart:
    """Encounters per week: one bar per week, labelled with the week's Monday."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.view = _view(parent)

    def show(self, title: str, labels: Sequence[str], values: Sequence[int]) -> None:
        chart = _fresh_chart(self.view)
        chart.setTitle(title)
        bars = _bar_set(values)
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.8)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(list(labels))  # category labels must be unique: one per week
        if len(labels) > 8:
            # a rotation has ~52 weeks: upright, smaller labels keep every week readable
            x.setLabelsAngle(-90)
            font = x.labelsFont()
            font.setPointSizeF(max(6.0, font.pointSizeF() - 2))
            x.setLabelsFont(font)
        y = _value_axis(max(values, default=0))
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)


class CategoryChart:
    """Encounters by patient category: horizontal bars, one per category."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.view = _view(parent)

    def show(self, title: str, labels: Sequence[str], values: Sequence[int]) -> None:
        chart = _fresh_chart(self.view)
        chart.setTitle(title)
        bars = _bar_set(values)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        chart.addSeries(series)
        y = QBarCategoryAxis()
        y.append(list(labels))
        x = _value_axis(max(values, default=0))
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x)
        series.attachAxis(y)
        chart.plotAreaChanged.connect(lambda area: fit_labels(y, labels, area.height(), chart.size().width()))


SMALLEST_LABEL_PT = 7.0


def fit_labels(axis: QBarCategoryAxis, labels: Sequence[str], height: float, width: float) -> None:
    """Category labels in a font small enough for the height each bar has and for the third of the chart's width
    QtCharts gives them: it draws a label taller than its bar as "…", and cuts one wider (six patient categories
    on a small laptop's dashboard, "Personnel civil de l'ONU"). Only ever smaller within one drawing (a new chart
    is made for each), so the layout settles."""
    spacing, room = height / max(len(labels), 1), width / 3 - 12
    font = QFont(axis.labelsFont())
    size = font.pointSizeF()

    def too_big(size: float) -> bool:
        metrics = QFontMetricsF(_sized(font, size))
        return (metrics.height() + 8 > spacing
                or max((metrics.horizontalAdvance(label) for label in labels), default=0) > room)

    while size > SMALLEST_LABEL_PT and too_big(size):
        size -= 0.5
    if size < font.pointSizeF():
        axis.setLabelsFont(_sized(font, size))


def _sized(font: QFont, size: float) -> QFont:
    sized = QFont(font)
    sized.setPointSizeF(size)
    return sized
