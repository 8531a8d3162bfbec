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
from PySide6.QtGui import QColor, QPainter
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
