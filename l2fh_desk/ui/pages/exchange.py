"""Export (commanders): a signed bundle of this hospital's database for HQ, encrypted to HQ's key if set."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.store.store import Store
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.pages.output_file import (
    OutputFile,
    database_refusal,
    documents_dir,
    may_write,
    open_or_explain,
)
from l2fh_desk.ui.worker import BackgroundTask, run_op

if TYPE_CHECKING:
    from l2fh_desk.exchange.bundle_write import ExportResult
    from l2fh_desk.services.keys import KeyStatus

STEPS = 1000  # the core reports fractions; the progress bar counts in thousandths


class ExchangePage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.task: BackgroundTask | None = None
        self.result: ExportResult | None = None
        self.box = QGroupBox(self)
        self.encryption = QLabel(self)
        self.signing = QLabel(self)
        for label in (self.encryption, self.signing):
            label.setWordWrap(True)
        self.out = OutputFile(self, filters="L2FH bundle (*.l2fh)")
        self.pseudonymise = QCheckBox(self)
        self.pseudonymise_note = QLabel(self)  # what it does, wrapped: a check box's own text never wraps
        self.pseudonymise_note.setWordWrap(True)
        self.pseudonymise_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.pseudonymise_note.setBuddy(self.pseudonymise)
        self.out_label = QLabel(self)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)
        form = QFormLayout(self.box)
        form.addRow(self.encryption)
        form.addRow(self.signing)
        form.addRow(self.out_label, self.out)
        choice = QVBoxLayout()
        choice.setSpacing(0)
        choice.addWidget(self.pseudonymise)
        choice.addWidget(self.pseudonymise_note)
        form.addRow("", choice)
        form.addRow("", self.export_button)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.open_folder_button = QPushButton(self)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.setEnabled(False)
        after = QHBoxLayout()
        after.addWidget(self.status, 1)
        after.addWidget(self.open_folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addLayout(after)
        layout.addStretch(1)
        # no key checks here (they load the crypto library): the main window refreshes the page when shown
        self.retranslate()

    def title(self) -> str:
        return self.tr("Export for HQ")

    def retranslate(self) -> None:
        self.box.setTitle(self.tr("Export this hospital's database for HQ"))
        self.out_label.setText(self.tr("Save to"))
        self.export_button.setText(self.tr("&Export bundle"))
        self.pseudonymise.setText(self.tr("Pseudonymise"))
        self.pseudonymise_note.setText(self.tr("Names and index numbers replaced by codes, dates of birth cut to the"
                                               " year, free text removed."))
        self.open_folder_button.setText(self.tr("Open folder"))
        self.out.retranslate()
        if self.encryption.text():
            self.refresh()

    def refresh(self) -> None:
        from l2fh_desk.exchange.bundle_write import invalid_hq_key
        from l2fh_desk.services.keys import key_status

        status = key_status(self.ctx.store)
        self.key_error = str(invalid_hq_key(status.hq_problem)) if status.hq_problem else ""
        if self.key_error:
            self.encryption.setText(self.tr("The HQ key in Settings is not valid, so nothing can be exported: %1")
                                    .replace("%1", self.key_error))
        elif status.hq_fingerprint is not None:
            self.encryption.setText(self.tr("The data will be encrypted to HQ's key (fingerprint %1): only HQ can "
                                            "read the bundle.").replace("%1", status.hq_fingerprint))
        else:
            self.encryption.setText(self.tr("No HQ key is set in Settings: the bundle will be signed but NOT "
                                            "encrypted. Anyone who has the file can read it."))
        self.signing.setText(self._signing_text(status))
        self.export_button.setEnabled(not self.key_error and self.task is None)
        hospital = self.ctx.store.hospitals.this()
        words = "".join(ch if ch.isalnum() else " " for ch in (hospital.name if hospital else "hospital")).split()
        slug = "-".join(words).lower()[:40]
        self.out.suggest(documents_dir() / f"{slug}-{date.today().isoformat()}.l2fh")

    def _signing_text(self, status: KeyStatus) -> str:
        if status.signing_problem:
            return self.tr("This hospital's signing key cannot be read: %1").replace("%1", status.signing_problem)
        if status.signing is None:
            return self.tr("This hospital's signing key will be made with the first export.")
        return self.tr("Signed with this hospital's key (fingerprint %1).").replace("%1", str(status.signing.fingerprint))

    def open_folder(self) -> None:
        if self.result is not None:
            problem = open_or_explain(self.result.path, folder=True)
            if problem:
                self.status.setText(problem)

    def export(self) -> BackgroundTask | None:
        out = self.out.value()
        if out is None:
            self.status.setText(self.tr("Choose where to save the bundle."))
            return None
        refusal = database_refusal(out, self.ctx.store.path)
        if refusal:
            self.status.setText(self.tr("Nothing was exported: %1").replace("%1", refusal))
            return None
        if not may_write(self, out):
            self.status.setText(self.tr("Nothing was exported: %1").replace(
                "%1", self.tr("%1 already exists and was kept.").replace("%1", str(out))))
            return None
        actor, pseudonymise = self.ctx.actor, self.pseudonymise.isChecked()

        def op(store: Store, report: Any, cancelled: Any) -> ExportResult:
            from l2fh_desk.exchange.bundle_write import configured_hq_key, export_bundle

            return export_bundle(store, out=out, actor=actor, hq_public_key=configured_hq_key(store),
                                 progress=lambda fraction, text: report(int(fraction * STEPS), STEPS, text),
                                 cancelled=cancelled, pseudonymise=pseudonymise)

        self.status.setText(self.tr("Exporting…"))
        self.export_button.setEnabled(False)
        self.task = run_op(self, self.ctx.store, op, on_done=self._done, on_error=self._failed,
                           label=self.tr("Exporting the database…"))
        task = self.task
        task.finished.connect(lambda: self._finished(task))
        return task

    def _finished(self, task: BackgroundTask) -> None:
        self.task = None
        self.refresh()
        if task.is_cancelled() and task.error is None:
            self.status.setText(self.tr("Cancelled: nothing was exported."))

    def _done(self, result: ExportResult) -> None:
        self.result = result
        text = self.tr("Exported %1 (%2 MB, %3). SHA-256 %4").replace("%1", str(result.path))
        text = text.replace("%2", f"{result.size / 1e6:.1f}")
        text = text.replace("%3", self.tr("encrypted to HQ") if result.encrypted else self.tr("not encrypted"))
        text = text.replace("%4", result.sha256)
        if self.pseudonymise.isChecked():
            text += " " + self.tr("Pseudonymised.")
        self.status.setText(text)
        self.open_folder_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Nothing was exported: %1").replace("%1", message))
