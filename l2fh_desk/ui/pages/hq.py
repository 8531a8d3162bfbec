"""HQ (analysts): import hospitals' bundles with progress, and review the import and conflict logs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.exchange.hq import conflicts, encounter_totals, hospitals, imports
from l2fh_desk.store.store import Store
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.models.hq import (
    ConflictColumn,
    ConflictModel,
    EncounterTotalsModel,
    ImportColumn,
    ImportLogModel,
    TotalsColumn,
)
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.pages.common import RecordTable
from l2fh_desk.ui.pages.output_file import documents_dir
from l2fh_desk.ui.worker import BackgroundTask, run_in_background

if TYPE_CHECKING:
    from l2fh_desk.exchange.importer import ImportResult

STEPS = 1000


class HqPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.task: BackgroundTask | None = None
        self.results: list[ImportResult] = []
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.choose_and_import)
        self.trust = QCheckBox(self)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addWidget(self.trust)
        top.addStretch(1)
        self.outcome = QPlainTextEdit(self)
        self.outcome.setReadOnly(True)
        self.outcome.setMaximumHeight(110)
        self.outcome.setVisible(False)  # shown once there is an import to report on
        self.log_model = ImportLogModel(self)
        self.log = RecordTable(self.log_model, self, stretch=ImportColumn.HOSPITAL)
        self.log.sortByColumn(ImportColumn.WHEN, Qt.SortOrder.DescendingOrder)
        self.conflict_model = ConflictModel(self)
        self.conflicts = RecordTable(self.conflict_model, self, stretch=ConflictColumn.NEW)
        self.totals_model = EncounterTotalsModel(self)
        self.totals = RecordTable(self.totals_model, self, stretch=TotalsColumn.HOSPITAL)
        self.log_box, self.conflict_box, self.totals_box = QGroupBox(self), QGroupBox(self), QGroupBox(self)
        QVBoxLayout(self.log_box).addWidget(self.log)
        QVBoxLayout(self.conflict_box).addWidget(self.conflicts)
        QVBoxLayout(self.totals_box).addWidget(self.totals)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.log_box)
        splitter.addWidget(self.conflict_box)
        splitter.addWidget(self.totals_box)
        self.hospital = QComboBox(self)
        self.hospital_label = QLabel(self)
        top.addWidget(self.hospital_label)
        top.addWidget(self.hospital)
        self.hospital.currentIndexChanged.connect(self._show_logs)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.help)
        layout.addWidget(self.outcome)
        layout.addWidget(splitter, 1)
        self.log.selectionModel().selectionChanged.connect(self._show_conflicts)
        self.retranslate()

    def title(self) -> str:
        return self.tr("HQ import")

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("&Import bundles…"))
        self.trust.setText(self.tr("Trust the key of a hospital seen for the first time"))
        self.help.setText(self.tr("Each bundle is checked (signature, checksum, every row) before anything is "
                                  "merged; a refused bundle changes nothing. The MDS report on the Reports page "
                                  "covers every imported hospital."))
        self.hospital_label.setText(self.tr("Hospital"))
        self.log_box.setTitle(self.tr("Import log"))
        self.conflict_box.setTitle(self.tr("Conflicts and refused rows (select an import to see only its own)"))
        self.totals_box.setTitle(self.tr("Encounters and patients per hospital and rotation"))
        self.log_model.retranslate()
        self.conflict_model.retranslate()
        self.totals_model.retranslate()
        if self.hospital.count():
            self.hospital.setItemText(0, self.tr("All hospitals"))

    def refresh(self) -> None:
        chosen = self.hospital.currentData()
        self.hospital.blockSignals(True)
        self.hospital.clear()
        self.hospital.addItem(self.tr("All hospitals"), None)
        for hospital_id, name in hospitals(self.ctx.store):
            self.hospital.addItem(name, hospital_id)
        self.hospital.setCurrentIndex(max(0, self.hospital.findData(chosen)))
        self.hospital.blockSignals(False)
        self._show_logs()

    def _show_logs(self) -> None:
        hospital_id = self.hospital.currentData()
        self.log_model.set_rows(imports(self.ctx.store, hospital_id=hospital_id))
        self.totals_model.set_rows(encounter_totals(self.ctx.store, hospital_id=hospital_id))
        self._show_conflicts()

    def _show_conflicts(self) -> None:
        chosen = self.log.selected()
        bundles = {entry.bundle_id for entry in self.log_model.rows()}
        rows = [row for row in conflicts(self.ctx.store) if row.bundle_id in bundles]
        if chosen is not None:
            rows = [row for row in rows if row.bundle_id == chosen.bundle_id]
        self.conflict_model.set_rows(rows)

    def choose_and_import(self) -> BackgroundTask | None:
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Import bundles"), str(documents_dir()),
                                                      self.tr("L2FH bundles (*.l2fh)"))
        return self.import_files([Path(f) for f in files]) if files else None

    def import_files(self, paths: list[Path]) -> BackgroundTask:
        path, actor, trust = self.ctx.store.path, self.ctx.actor, self.trust.isChecked()

        def work(report: Any, cancelled: Any) -> list[ImportResult]:
            from contextlib import suppress

            from l2fh_desk.exchange.importer import import_bundles  # the crypto library loads on first use
            from l2fh_desk.exchange.manifest import BundleRefused
            from l2fh_desk.exchange.trust import signer_of

            with Store(path) as hq:
                # Until the confirm step shows each fingerprint (HQ window work), the box trusts the signers of
                # exactly the files chosen, by fingerprint: never "any signer".
                confirmed: set[str] = set()
                for bundle_path in paths if trust else ():
                    with suppress(BundleRefused):  # import_bundles reports it
                        confirmed.add(signer_of(hq, bundle_path).fingerprint)
                return import_bundles(hq, paths, trust=confirmed, actor=actor, cancelled=cancelled,
                                      progress=lambda fraction, text: report(int(fraction * STEPS), STEPS, text))

        self.import_button.setEnabled(False)
        self.outcome.setVisible(True)
        self.outcome.setPlainText(self.tr("Importing %n bundle(s)…", "", len(paths)))
        self.task = run_in_background(self, work, on_done=self._done, on_error=self._failed,
                                      label=self.tr("Importing bundles…"))
        self.task.finished.connect(lambda: self.import_button.setEnabled(True))
        return self.task

    def _done(self, results: list[ImportResult]) -> None:
        from l2fh_desk.exchange.importer import ALREADY, REFUSED

        self.results = results
        lines = []
        for result in results:
            name = result.path.name
            if result.status == REFUSED:
                lines.append(self.tr("%1: refused — %2").replace("%1", name).replace("%2", result.reason))
            elif result.status == ALREADY:
                lines.append(self.tr("%1: already imported, nothing changed").replace("%1", name))
            else:
                counts = result.counts.values()
                line = self.tr("%1 (%2): imported — %3 new, %4 updated, %5 unchanged, %6 conflicts")
                for i, value in enumerate((name, result.hospital_name, sum(c.new for c in counts),
                                           sum(c.updated for c in counts), sum(c.unchanged for c in counts),
                                           sum(c.conflicts for c in counts)), start=1):
                    line = line.replace(f"%{i}", f"{value:,}" if isinstance(value, int) else str(value))
                lines.append(line)
        self.outcome.setPlainText("\n".join(lines))
        self.refresh()
        self.ctx.signals.changed.emit("imports")

    def _failed(self, message: str) -> None:
        self.outcome.setPlainText(self.tr("The import stopped: %1").replace("%1", message))
