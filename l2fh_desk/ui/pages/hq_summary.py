"""HQ reports: the ministry summary (PDF in English, Vietnamese or French, or CSV) for a chosen period (a year,
a date range, all time), set of hospitals and range of rotations; written on a worker thread by the same
`generate_summary` the command line calls."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.exchange.hq import hospitals
from l2fh_desk.store.store import Store
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.dialogs.widgets import DateEdit
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.pages.output_file import OutputFile, database_refusal, documents_dir
from l2fh_desk.ui.pages.reports import _language_combo
from l2fh_desk.ui.worker import BackgroundTask, run_op


class SummaryPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.task: BackgroundTask | None = None
        self.last_file: Path | None = None
        self.by_year = QRadioButton(self, objectName="period_year")
        self.by_range = QRadioButton(self, objectName="period_range")
        self.all_time = QRadioButton(self, objectName="period_all")
        group = QButtonGroup(self)
        for button in (self.by_year, self.by_range, self.all_time):
            group.addButton(button)
        self.all_time.setChecked(True)
        self.year = QSpinBox(self, minimum=1990, maximum=2100, value=date.today().year)
        self.start = DateEdit(date(date.today().year, 1, 1), self)
        self.end = DateEdit(date.today(), self)
        period = QHBoxLayout()
        for widget in (self.all_time, self.by_year, self.year, self.by_range, self.start, self.end):
            period.addWidget(widget)
        period.addStretch(1)
        self.hospital_list = QListWidget(self, objectName="summary_hospitals")
        self.hospital_list.setWordWrap(True)
        self.all_rotations = QCheckBox(self, objectName="all_rotations", checked=True)
        self.first_rotation = QSpinBox(self, minimum=1, maximum=999, value=1)
        self.last_rotation = QSpinBox(self, minimum=1, maximum=999, value=999)
        rotations = QHBoxLayout()
        for widget in (self.all_rotations, self.first_rotation, self.last_rotation):
            rotations.addWidget(widget)
        rotations.addStretch(1)
        self.lang = _language_combo(self)
        self.excel = QCheckBox(self, objectName="excel_csv")
        self.out = OutputFile(self, filters="PDF (*.pdf);;CSV (*.csv)")
        self.write_button = QPushButton(self, objectName="write_summary")
        self.write_button.clicked.connect(self.write)
        self.status = QLabel(self, objectName="summary_status", wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.labels = {k: QLabel(self) for k in ("period", "hospitals", "rotations", "lang", "out")}
        form = QFormLayout()
        for key, row in (("period", period), ("hospitals", self.hospital_list), ("rotations", rotations),
                         ("lang", self.lang)):
            form.addRow(self.labels[key], row)
        form.addRow("", self.excel)
        form.addRow(self.labels["out"], self.out)
        form.addRow("", self.write_button)
        self.help = QLabel(self, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.lang.currentIndexChanged.connect(self._suggest)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Ministry summary")

    def retranslate(self) -> None:
        self.help.setText(self.tr("Figures per hospital and rotation (patients as distinct persons, linked "
                                  "duplicates counted once), comparison charts and a trend across years."))
        self.all_time.setText(self.tr("All time"))
        self.by_year.setText(self.tr("Year"))
        self.by_range.setText(self.tr("From – to"))
        self.all_rotations.setText(self.tr("All rotations, or from – to:"))
        self.excel.setText(self.tr("CSV for spreadsheets (Excel)"))
        self.write_button.setText(self.tr("&Write the summary"))
        for key, text in (("period", self.tr("Period")), ("hospitals", self.tr("Hospitals (none ticked: all)")),
                          ("rotations", self.tr("Rotations")), ("lang", self.tr("Language")),
                          ("out", self.tr("Save to"))):
            self.labels[key].setText(text)
        self.out.retranslate()

    def refresh(self) -> None:
        ticked = set(self.chosen_hospitals())
        self.hospital_list.clear()
        for hospital_id, name in hospitals(self.ctx.store):
            item = QListWidgetItem(name, self.hospital_list)
            item.setToolTip(name)
            item.setData(Qt.ItemDataRole.UserRole, hospital_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if hospital_id in ticked else Qt.CheckState.Unchecked)
        self.hospital_list.setMaximumHeight(max(60, min(160, 22 * self.hospital_list.count() + 8)))
        self._suggest()

    def chosen_hospitals(self) -> tuple[str, ...]:
        items = (self.hospital_list.item(i) for i in range(self.hospital_list.count()))
        return tuple(i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked)

    def scope(self) -> Any:
        from l2fh_desk.hq.summary import Scope
        from l2fh_desk.hq.summary_doc import ALL_TIME

        if self.by_year.isChecked():
            first, last = date(self.year.value(), 1, 1), date(self.year.value(), 12, 31)
        elif self.by_range.isChecked():
            first, last = self.start.value(), self.end.value()
        else:
            first, last = ALL_TIME
        rotations = None if self.all_rotations.isChecked() else (self.first_rotation.value(), self.last_rotation.value())
        return Scope(first, last, hospitals=self.chosen_hospitals(), rotations=rotations)

    def _suggest(self) -> None:
        self.out.suggest(documents_dir() / f"ministry-summary-{self.lang.currentData()}.pdf")

    def write(self) -> BackgroundTask | None:
        out = self.out.value()
        if out is None:
            self.status.setText(self.tr("Choose where to save the summary."))
            return None
        refusal = database_refusal(out, self.ctx.store.path)
        if refusal:
            self._failed(refusal)
            return None
        actor, scope, lang, excel = self.ctx.actor, self.scope(), self.lang.currentData(), self.excel.isChecked()

        def op(store: Store, report: Any, cancelled: Any) -> Path:
            from l2fh_desk.hq.summary_doc import generate_summary

            written, _figures = generate_summary(store, scope=scope, out=out, actor=actor, lang=lang, excel=excel,
                                                 progress=lambda d, t: report(d, t), cancelled=cancelled)
            return written

        self.write_button.setEnabled(False)
        self.status.setText(self.tr("Writing the ministry summary…"))
        self.task = run_op(self, self.ctx.store, op, on_done=self._done, on_error=self._failed,
                           label=self.tr("Writing the ministry summary…"))
        self.task.finished.connect(lambda: self.write_button.setEnabled(True))
        return self.task

    def _done(self, path: Path) -> None:
        self.last_file = path
        self.status.setText(self.tr("Saved: %1").replace("%1", str(path)))
        self.ctx.signals.changed.emit("audit_log")

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Not written: %1").replace("%1", message))
