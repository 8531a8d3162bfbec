"""Reports: the rotation handover report and the WHO EMT MDS report, written off the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.domain.languages import LANGUAGES
from l2fh_desk.store.store import Store
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.dialogs.widgets import DateEdit
from l2fh_desk.ui.i18n import translations
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.pages.output_file import (
    OutputFile,
    database_refusal,
    documents_dir,
    may_write,
    open_or_explain,
)
from l2fh_desk.ui.widgets.rotation_picker import RotationPicker, by_number
from l2fh_desk.ui.worker import BackgroundTask, run_op

MDS_FORMATS = (("pdf", "PDF"), ("csv", "CSV"), ("json", "JSON"))


def _slug(name: str) -> str:
    """A hospital's name as a file-name part: letters and digits, the rest as single dashes."""
    return "-".join("".join(ch if ch.isalnum() else " " for ch in name).split()) or "hospital"


def _language_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(translations().language)))  # the app's language by default
    return combo


class ReportsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.task: BackgroundTask | None = None
        self.last_file: Path | None = None

        self.handover_box = QGroupBox(self)
        # At HQ (no origin, several hospitals) the handover report is about one chosen hospital.
        self.hospital = QComboBox(self, objectName="report_hospital")
        self.rotation = RotationPicker(self, key=by_number)
        self.handover_lang = _language_combo(self)
        self.handover_out = OutputFile(self, filters="PDF (*.pdf)")
        self.handover_button = QPushButton(self)
        self.handover_button.clicked.connect(self.write_handover)
        self.labels = {name: QLabel(self) for name in ("hospital", "rotation", "handover_lang", "handover_out", "period",
                                                       "format", "mds_lang", "mds_out")}
        handover_form = self.handover_form = QFormLayout(self.handover_box)
        handover_form.addRow(self.labels["hospital"], self.hospital)
        handover_form.addRow(self.labels["rotation"], self.rotation)
        handover_form.addRow(self.labels["handover_lang"], self.handover_lang)
        handover_form.addRow(self.labels["handover_out"], self.handover_out)
        handover_form.addRow("", self.handover_button)

        self.mds_box = QGroupBox(self)
        rotation = ctx.store.rotations.on(date.today())
        self.mds_from = DateEdit(rotation.start_date if rotation else date.today().replace(day=1), self)
        self.mds_to = DateEdit(date.today(), self)
        self.mds_format = QComboBox(self)
        for code, name in MDS_FORMATS:
            self.mds_format.addItem(name, code)
        self.mds_lang = _language_combo(self)
        self.mds_out = OutputFile(self, filters="PDF (*.pdf);;CSV (*.csv);;JSON (*.json)")
        self.mds_button = QPushButton(self)
        self.mds_button.clicked.connect(self.write_mds)
        mds_form = QFormLayout(self.mds_box)
        self.mds_scope = QLabel(self, objectName="mds_scope")
        self.mds_scope.setWordWrap(True)
        mds_form.addRow(self.mds_scope)
        period = QHBoxLayout()
        period.addWidget(self.mds_from)
        self.to_label = QLabel(self)
        period.addWidget(self.to_label)
        period.addWidget(self.mds_to)
        period.addStretch(1)
        mds_form.addRow(self.labels["period"], period)
        mds_form.addRow(self.labels["format"], self.mds_format)
        mds_form.addRow(self.labels["mds_lang"], self.mds_lang)
        mds_form.addRow(self.labels["mds_out"], self.mds_out)
        mds_form.addRow("", self.mds_button)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.open_file_button = QPushButton(self)
        self.open_folder_button = QPushButton(self)
        self.open_file_button.clicked.connect(lambda: self.open_last(folder=False))
        self.open_folder_button.clicked.connect(lambda: self.open_last(folder=True))
        after = QHBoxLayout()
        after.addWidget(self.status, 1)
        after.addWidget(self.open_file_button)
        after.addWidget(self.open_folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.handover_box)
        layout.addWidget(self.mds_box)
        layout.addLayout(after)
        layout.addStretch(1)
        self.hospital.currentIndexChanged.connect(lambda _i: self._fill_rotations())
        for signal in (self.rotation.currentIndexChanged, self.handover_lang.currentIndexChanged):
            signal.connect(self._suggest_handover_name)
        for signal in (self.mds_format.currentIndexChanged, self.mds_from.dateChanged, self.mds_to.dateChanged):
            signal.connect(self._suggest_mds_name)
        self.retranslate()
        self.refresh()
        self._show_done(None)

    def title(self) -> str:
        return self.tr("Reports")

    def retranslate(self) -> None:
        self.handover_box.setTitle(self.tr("Rotation handover report (PDF)"))
        self.mds_box.setTitle(self.tr("WHO EMT minimum data set (MDS) report"))
        texts = {"hospital": self.tr("Hospital"), "rotation": self.tr("Rotation"), "handover_lang": self.tr("Language"),
                 "handover_out": self.tr("Save to"), "period": self.tr("Period"), "format": self.tr("Format"),
                 "mds_lang": self.tr("Language"), "mds_out": self.tr("Save to")}
        for name, label in self.labels.items():
            label.setText(texts[name])
        self.to_label.setText(self.tr("to"))
        self.handover_button.setText(self.tr("Write the &handover report"))
        self.mds_button.setText(self.tr("Write the &MDS report"))
        self.open_file_button.setText(self.tr("Open file"))
        self.open_folder_button.setText(self.tr("Open folder"))
        self.handover_out.retranslate()
        self.mds_out.retranslate()
        self.rotation.retranslate()
        self._show_scope()

    def is_hq(self) -> bool:
        """An HQ database: no hospital of its own, the records of several imported."""
        return not self.ctx.store.origin and self.hospital.count() > 1

    def refresh(self) -> None:
        chosen = self.hospital.currentData()
        hospitals = [] if self.ctx.store.origin else self.ctx.store.hospitals.all()
        self.hospital.blockSignals(True)
        self.hospital.clear()
        for hospital in hospitals:
            self.hospital.addItem(hospital.name, hospital.id)
        self.hospital.setCurrentIndex(max(0, self.hospital.findData(chosen)))
        self.hospital.blockSignals(False)
        self.handover_form.setRowVisible(self.hospital, self.is_hq())
        self._show_scope()
        self._fill_rotations()
        self._suggest_mds_name()

    def _show_scope(self) -> None:
        self.mds_scope.setVisible(self.is_hq())
        self.mds_scope.setText(self.tr("This HQ database holds %1 hospitals: the MDS report counts the encounters "
                                       "of all of them together, not of one hospital.").replace(
                                           "%1", str(self.hospital.count())))

    def _fill_rotations(self) -> None:
        """The rotations of this hospital, or at HQ of the chosen one (their numbers repeat across hospitals)."""
        hospital_id = self.hospital.currentData() if self.is_hq() else None
        self.rotation.fill(r for r in self.ctx.store.rotations.all()
                           if hospital_id is None or r.hospital_id == hospital_id)
        self.handover_button.setEnabled(self.rotation.count() > 0 and (self.task is None or self.task.done))
        self._suggest_handover_name()

    def _suggest_handover_name(self) -> None:
        number, lang = self.rotation.currentData(), self.handover_lang.currentData()
        if number is not None:
            where = f"{_slug(self.hospital.currentText())}-" if self.is_hq() else ""
            self.handover_out.suggest(documents_dir() / f"handover-{where}rotation-{number}-{lang}.pdf")

    def _suggest_mds_name(self) -> None:
        start, end = self.mds_from.value(), self.mds_to.value()
        self.mds_out.suggest(documents_dir() / f"mds-{start.isoformat()}-to-{end.isoformat()}."
                                                 f"{self.mds_format.currentData()}")

    # --- running ---------------------------------------------------------------------------------
    def _start(self, label: str, op: Any) -> BackgroundTask:
        self.status.setText(label)
        self._set_busy(True)
        task = self.task = run_op(self, self.ctx.store, op, on_done=self._show_done, on_error=self._show_error,
                                  label=label)
        task.finished.connect(lambda: self._finished(task))
        return task

    def _finished(self, task: BackgroundTask) -> None:
        self._set_busy(False)
        if task.is_cancelled() and task.error is None:
            self.status.setText(self.tr("Cancelled: nothing was written."))

    def _set_busy(self, busy: bool) -> None:
        self.handover_button.setEnabled(not busy and self.rotation.count() > 0)
        self.mds_button.setEnabled(not busy)

    def produce(self, label: str, out: Path, make: Any, lang: str) -> BackgroundTask:
        """Write the document `make()` returns at `out` on a worker thread (the same `produce` the CLI calls).

        `make` runs on the worker (reportlab loads on first use, not at start); the result shows as "Saved: …".
        """
        actor = self.ctx.actor

        def op(store: Store, report: Any, cancelled: Any) -> Path:
            from l2fh_desk.reports.document import produce

            written, _ = produce(store, make(), out=out, actor=actor, lang=lang,
                                 progress=lambda done, total: report(done, total), cancelled=cancelled)
            return written

        return self._start(label, op)

    def open_last(self, *, folder: bool) -> None:
        if self.last_file is not None:
            problem = open_or_explain(self.last_file, folder=folder)
            if problem:
                self.status.setText(problem)

    def _target(self, out: Path | None) -> Path | None:
        """The chosen place to write, unless none is chosen or it is an existing file the user keeps."""
        if out is None:
            self._show_error(self.tr("Choose where to save the report."))
            return None
        refusal = database_refusal(out, self.ctx.store.path)
        if refusal:
            self._show_error(refusal)
            return None
        if not may_write(self, out):
            self._show_error(self.tr("%1 already exists and was kept.").replace("%1", str(out)))
            return None
        return out

    def write_handover(self) -> BackgroundTask | None:
        out = self._target(self.handover_out.value())
        if out is None:
            return None
        number, lang = self.rotation.currentData(), self.handover_lang.currentData()
        hospital = self.hospital.currentData() if self.is_hq() else None

        def make() -> Any:
            from l2fh_desk.reports.generate import Handover

            return Handover(number, hospital)

        return self.produce(self.tr("Writing the handover report…"), out, make, lang)

    def write_mds(self) -> BackgroundTask | None:
        out = self._target(self.mds_out.value())
        if out is None:
            return None
        start, end = sorted((self.mds_from.value(), self.mds_to.value()))

        def make() -> Any:
            from l2fh_desk.reports.generate import Mds, mds_format

            return Mds(start, end, mds_format(out))

        return self.produce(self.tr("Writing the MDS report…"), out, make, self.mds_lang.currentData())

    def _show_done(self, path: Path | None) -> None:
        self.last_file = path
        has = path is not None
        self.open_file_button.setEnabled(has)
        self.open_folder_button.setEnabled(has)
        if has:
            self.status.setText(self.tr("Saved: %1").replace("%1", str(path)))
            self.ctx.signals.changed.emit("audit_log")

    def _show_error(self, message: str) -> None:
        self.status.setText(self.tr("Not written: %1").replace("%1", message))
