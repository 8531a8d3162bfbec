"""HQ import: pick bundles (or a folder / USB stick); each is checked in the background, an unknown signer is
shown with its fingerprint and claimed name and trusted only once the analyst confirms it, then the bundles are
merged with progress; refusals are said in plain words with what the hospital should do."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.store.store import Store
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.free_text import number
from l2fh_desk.ui.hq_advice import advice
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.pages.output_file import documents_dir
from l2fh_desk.ui.worker import BackgroundTask, run_op

if TYPE_CHECKING:
    from l2fh_desk.exchange.importer import ImportResult
    from l2fh_desk.exchange.trust import BundleSigner

STEPS = 1000


def fingerprint_lines(fingerprint: str) -> str:
    """16 groups of 4 hex digits as 4 lines of 4 groups: easy to read out and compare by phone."""
    groups = fingerprint.split()
    return "\n".join("  ".join(groups[i:i + 4]) for i in range(0, len(groups), 4))


def bundles_in(folder: Path) -> list[Path]:
    """Every .l2fh file in a folder and its subfolders (a USB stick), by name."""
    return sorted(p for p in folder.rglob("*.l2fh") if p.is_file())


class ConfirmSigner(QDialog):
    """One unknown signer: its claimed hospital and its fingerprint; tests replace `ask`."""

    def __init__(self, signer: BundleSigner, files: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirm the hospital's key"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("HQ has never received a bundle from this hospital's key. The bundle says it is "
                               "from:"), wordWrap=True)
        name = QLabel(f"<b>{_html(signer.hospital_name)}</b>", wordWrap=True, objectName="signer_name")
        files_label = QLabel(self.tr("File(s): %1", "", len(files)).replace("%1", ", ".join(files)), wordWrap=True)
        ask = QLabel(self.tr("Phone the hospital and have them read their key fingerprint (Help > About in their "
                             "app). Trust the key only if every group below matches."), wordWrap=True)
        self.fingerprint = QLabel(fingerprint_lines(signer.fingerprint), objectName="signer_fingerprint")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 4)
        self.fingerprint.setFont(font)
        buttons = QDialogButtonBox(self)
        self.yes = buttons.addButton(self.tr("The fingerprint &matches: trust this key"),
                                     QDialogButtonBox.ButtonRole.AcceptRole)
        self.no = buttons.addButton(self.tr("It does &not match: do not import"), QDialogButtonBox.ButtonRole.RejectRole)
        self.no.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (intro, name, files_label, ask, self.fingerprint, buttons):
            layout.addWidget(widget)

    @classmethod
    def ask(cls, signer: BundleSigner, files: list[str], parent: QWidget | None = None) -> bool:
        return cls(signer, files, parent).exec() == QDialog.DialogCode.Accepted


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class HqPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.task: BackgroundTask | None = None
        self.results: list[ImportResult] = []
        self.import_button = QPushButton(self, objectName="import_files")
        self.import_button.clicked.connect(self.choose_and_import)
        self.folder_button = QPushButton(self, objectName="import_folder")
        self.folder_button.clicked.connect(self.choose_folder_and_import)
        self.log_button = QPushButton(self, objectName="open_import_log")
        self.log_button.clicked.connect(lambda: ctx.signals.navigate.emit("hq_log", ""))
        self.help = QLabel(self, wordWrap=True)
        top = QHBoxLayout()
        for button in (self.import_button, self.folder_button, self.log_button):
            top.addWidget(button)
        top.addStretch(1)
        self.outcome = QPlainTextEdit(self, objectName="import_outcome")
        self.outcome.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.help)
        layout.addWidget(self.outcome, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Import")

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("&Import bundles…"))
        self.folder_button.setText(self.tr("Import a &folder or USB stick…"))
        self.log_button.setText(self.tr("Import &log"))
        self.help.setText(self.tr("Each bundle is checked (signature, checksum, every row) before anything is "
                                  "merged; a refused bundle changes nothing. A hospital seen for the first time is "
                                  "trusted only after you confirm its key fingerprint with it by phone."))

    def choose_and_import(self) -> BackgroundTask | None:
        files, _filter = QFileDialog.getOpenFileNames(self, self.tr("Import bundles"), str(documents_dir()),
                                                      self.tr("L2FH bundles (*.l2fh)"))
        return self.import_files([Path(f) for f in files]) if files else None

    def choose_folder_and_import(self) -> BackgroundTask | None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import every bundle in a folder"),
                                                  str(documents_dir()))
        if not folder:
            return None
        paths = bundles_in(Path(folder))
        if not paths:
            self.outcome.setPlainText(self.tr("No .l2fh bundle in %1.").replace("%1", folder))
            return None
        return self.import_files(paths)

    # --- step 1: who signed each bundle (background) -----------------------------------------------
    def import_files(self, paths: list[Path]) -> BackgroundTask:
        """Check the signers, then ask about unknown ones; `self.task` becomes the import once it starts."""
        def op(hq: Store, report: Any, cancelled: Any) -> list[tuple[Path, BundleSigner | None]]:
            from l2fh_desk.exchange.manifest import BundleRefused
            from l2fh_desk.exchange.trust import signer_of

            out: list[tuple[Path, BundleSigner | None]] = []
            for index, bundle in enumerate(paths):
                if cancelled():
                    break
                report(index, len(paths), bundle.name)
                try:
                    out.append((bundle, signer_of(hq, bundle)))
                except BundleRefused:
                    out.append((bundle, None))  # the import step reports why
            return out

        self._set_busy(True)
        self.outcome.setPlainText(self.tr("Checking %n bundle(s)…", "", len(paths)))
        self.task = run_op(self, self.ctx.store, op, on_done=self._confirm_then_import, on_error=self._failed,
                           label=self.tr("Checking bundles…"))
        return self.task

    # --- step 2: the analyst confirms each unknown fingerprint -------------------------------------
    def _confirm_then_import(self, signers: list[tuple[Path, BundleSigner | None]]) -> None:
        from l2fh_desk.exchange.trust import UNKNOWN

        unknown: dict[str, tuple[BundleSigner, list[str]]] = {}
        for bundle, signer in signers:
            if signer is not None and signer.status == UNKNOWN:
                unknown.setdefault(signer.fingerprint, (signer, []))[1].append(bundle.name)
        confirmed = {fp for fp, (signer, files) in unknown.items() if ConfirmSigner.ask(signer, files, self)}
        self.start_import([bundle for bundle, _signer in signers], confirmed)

    # --- step 3: import (background) ----------------------------------------------------------------
    def start_import(self, paths: list[Path], confirmed: set[str]) -> BackgroundTask:
        actor = self.ctx.actor

        def op(hq: Store, report: Any, cancelled: Any) -> list[ImportResult]:
            from l2fh_desk.exchange.importer import import_bundles

            return import_bundles(hq, paths, trust=confirmed, actor=actor, cancelled=cancelled,
                                  progress=lambda fraction, text: report(int(fraction * STEPS), STEPS, text))

        self._set_busy(True)
        self.outcome.setPlainText(self.tr("Importing %n bundle(s)…", "", len(paths)))
        self.task = run_op(self, self.ctx.store, op, on_done=self._done, on_error=self._failed,
                           label=self.tr("Importing bundles…"))
        return self.task

    def _set_busy(self, busy: bool) -> None:
        for button in (self.import_button, self.folder_button):
            button.setEnabled(not busy)

    def _done(self, results: list[ImportResult]) -> None:
        self._set_busy(False)
        self.results = results
        self.ctx.import_results.extend(results)
        self.outcome.setPlainText("\n\n".join(self.describe(result) for result in results))
        self.ctx.signals.changed.emit("imports")

    def describe(self, result: ImportResult) -> str:
        from l2fh_desk.exchange.importer import ALREADY, REFUSED

        name = result.path.name
        if result.status == REFUSED:
            what, todo = advice(result.reason)
            return (self.tr("%1: NOT imported. %2\nWhat to do: %3\n(Detail: %4)").replace("%1", name)
                    .replace("%2", what).replace("%3", todo).replace("%4", result.reason))
        if result.status == ALREADY:
            return self.tr("%1: already imported, nothing changed").replace("%1", name)
        counts = result.counts.values()
        line = self.tr("%1 (%2): imported — %3 new, %4 updated, %5 unchanged, %6 refused, %7 conflicts")
        for i, value in enumerate((name, result.hospital_name, sum(c.new for c in counts),
                                   sum(c.updated for c in counts), sum(c.unchanged for c in counts),
                                   sum(c.refused for c in counts), sum(c.conflicts for c in counts)), start=1):
            line = line.replace(f"%{i}", number(value) if isinstance(value, int) else str(value))
        if result.trusted_now:
            line += "\n" + self.tr("Key %1 is now trusted for this hospital.").replace("%1", result.signer_fingerprint)
        return line

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.outcome.setPlainText(self.tr("The import stopped: %1").replace("%1", message))
