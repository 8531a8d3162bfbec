"""The dashboard of a rotation (the current one by default): encounters per week, by category, top diagnoses,
open admissions and outreach totals."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.reports.dashboard import Dashboard, build, current_rotation
from l2fh_desk.store.store import Store
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.free_text import number, person
from l2fh_desk.ui.models.dashboard import DiagnosisColumn, TopDiagnosesModel
from l2fh_desk.ui.models.outreach import OutreachTotalsModel, TotalsColumn
from l2fh_desk.ui.models.vocab import tr_label
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.pages.charts import CategoryChart, WeeklyChart
from l2fh_desk.ui.pages.common import RecordTable
from l2fh_desk.ui.widgets.rotation_picker import RotationPicker
from l2fh_desk.ui.worker import BackgroundTask, run_op


class Figure(QFrame):
    """One headline number with its caption."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("–", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)  # "Personnes touchées par les actions de proximité" on a small laptop
        box = QVBoxLayout(self)
        box.addWidget(self.value)
        box.addWidget(self.caption)


class DashboardPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.board: Dashboard | None = None
        self.task: BackgroundTask | None = None
        self._generation = 0
        self.rotation = RotationPicker(self)
        self.rotation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.rotation_label = QLabel(self)
        self.period = QLabel(self)
        self.loading = QLabel(self)
        self.loading.setVisible(False)
        top = QHBoxLayout()
        top.addWidget(self.rotation_label)
        top.addWidget(self.rotation)
        top.addWidget(self.period, 1)
        top.addWidget(self.loading)
        self.figures = {name: Figure(self) for name in ("encounters", "patients", "open_admissions", "evacuations",
                                                        "reached")}
        figures = QHBoxLayout()
        for figure in self.figures.values():
            figures.addWidget(figure)
        self.weekly = WeeklyChart(self)
        self.categories = CategoryChart(self)
        self.diagnoses_model = TopDiagnosesModel(self)
        self.diagnoses = RecordTable(self.diagnoses_model, self, stretch=DiagnosisColumn.TEXT)
        self.outreach_model = OutreachTotalsModel(self)
        self.outreach = RecordTable(self.outreach_model, self, stretch=TotalsColumn.KIND)
        for column in (TotalsColumn.ACTIVITIES, TotalsColumn.FEMALE, TotalsColumn.MALE, TotalsColumn.CHILDREN):
            self.outreach.setColumnHidden(column, True)  # the Outreach page has the breakdown
        self.outreach.setWordWrap(True)
        # long translated headers ("Số người được tiếp cận") must not push the table wider than its panel
        self.outreach.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.diagnoses_box, self.outreach_box = QGroupBox(self), QGroupBox(self)
        QVBoxLayout(self.diagnoses_box).addWidget(self.diagnoses)
        QVBoxLayout(self.outreach_box).addWidget(self.outreach)
        self.empty = QLabel(self)
        grid = QGridLayout()
        grid.addWidget(self.weekly.view, 0, 0)
        grid.addWidget(self.categories.view, 0, 1)
        grid.addWidget(self.diagnoses_box, 1, 0)
        grid.addWidget(self.outreach_box, 1, 1)
        # halves: the category chart's axis needs room for "Personnel civil de l'ONU" / "Dân thường địa phương"
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(figures)
        layout.addWidget(self.empty)
        layout.addLayout(grid, 1)
        self.rotation.currentIndexChanged.connect(self._show)
        self.empty.setVisible(False)
        # no query here: the main window calls refresh() when the page is first shown
        self.retranslate()

    def title(self) -> str:
        return self.tr("Dashboard")

    def retranslate(self) -> None:
        self.rotation_label.setText(self.tr("Rotation"))
        self.rotation.retranslate()
        captions = {"encounters": self.tr("Encounters"), "patients": self.tr("Patients seen"),
                    "open_admissions": self.tr("On the ward now"), "evacuations": self.tr("Evacuations"),
                    "reached": self.tr("People reached by outreach")}
        for name, figure in self.figures.items():
            figure.caption.setText(captions[name])
        self.diagnoses_box.setTitle(self.tr("Top diagnoses"))
        self.outreach_box.setTitle(self.tr("Outreach by kind"))
        self.empty.setText(self.tr("No rotation yet: open one on the Rotations page."))
        self.loading.setText(self.tr("Counting…"))
        self.diagnoses_model.retranslate()
        self.outreach_model.retranslate()
        self._render()

    def refresh(self) -> None:
        rotations = self.ctx.store.rotations.all()
        default = None
        if self.rotation.currentData() is None:
            current = current_rotation(self.ctx.store, date.today())
            default = current.id if current else None
        self.rotation.fill(rotations, default=default)
        self._show()

    def _show(self) -> None:
        rotation_id = self.rotation.currentData()
        self.empty.setVisible(rotation_id is None)
        if rotation_id is None:
            self.board = None
            return
        # A year-long rotation of a busy hospital takes seconds to aggregate: never on the GUI thread.
        self._generation += 1
        generation = self._generation

        def op(store: Store, _report: Any, _cancelled: Any) -> Dashboard:
            return build(store, store.rotations.get(rotation_id))

        self.loading.setVisible(True)
        self.task = run_op(self, self.ctx.store, op, on_done=lambda board: self._built(board, generation),
                           on_error=self._failed, progress=False)

    def _built(self, board: Dashboard, generation: int) -> None:
        if generation != self._generation:
            return  # an older request finished after a newer one started
        self.loading.setVisible(False)
        self.board = board
        self._render()

    def _failed(self, message: str) -> None:
        self.loading.setVisible(False)
        self.period.setText(self.tr("The figures could not be read: %1").replace("%1", message))

    def _render(self) -> None:
        """Draw the figures already built (a language switch redraws without querying again)."""
        board = self.board
        if board is None:
            return
        self.period.setText(f"{board.rotation.start_date.isoformat()} – {board.rotation.end_date.isoformat()}"
                            + (f" · {person(board.rotation.commander_name)}" if board.rotation.commander_name else ""))
        values = {"encounters": board.encounters, "patients": board.patients,
                  "open_admissions": board.open_admissions, "evacuations": board.evacuations,
                  "reached": sum(t.reached_total for t in board.outreach)}
        for name, figure in self.figures.items():
            figure.value.setText(number(values[name]))
        self.weekly.show(self.tr("Encounters per week (week starting)"),
                         [w.week_start.strftime("%d/%m") for w in board.per_week],
                         [w.encounters for w in board.per_week])
        # horizontal bars are drawn bottom-up: reverse so the list reads top-down in the usual order
        categories = list(reversed(board.by_category))
        self.categories.show(self.tr("Encounters by patient category"),
                             [tr_label(category) for category, _n in categories], [n for _category, n in categories])
        self.diagnoses_model.set_rows(board.top_diagnoses)
        self.outreach_model.set_rows(board.outreach)
        self.outreach.resizeRowsToContents()
        self.diagnoses.sortByColumn(DiagnosisColumn.ENCOUNTERS, Qt.SortOrder.DescendingOrder)
