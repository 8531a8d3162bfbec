"""HQ import log: every bundle merged (new / updated / unchanged / refused rows per table) and the bundles
refused in this session, with the reason in plain words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QSplitter, QVBoxLayout, QWidget

from l2fh_desk.exchange.hq import imports
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.free_text import number
from l2fh_desk.ui.hq_advice import advice
from l2fh_desk.ui.models.hq import ImportColumn, ImportLogModel
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.pages.common import RecordTable

TABLE_KINDS = ("new", "updated", "unchanged", "refused", "conflicts")


# the tables a bundle holds, by the names a reader knows them by (others are shown as they are called)
TABLE_NAMES = {"admissions": QT_TRANSLATE_NOOP("ImportLogPage", "Admissions"),
               "audit_log": QT_TRANSLATE_NOOP("ImportLogPage", "Audit log"),
               "diagnoses": QT_TRANSLATE_NOOP("ImportLogPage", "Diagnoses"),
               "encounters": QT_TRANSLATE_NOOP("ImportLogPage", "Encounters"),
               "evacuations": QT_TRANSLATE_NOOP("ImportLogPage", "Evacuations"),
               "hospitals": QT_TRANSLATE_NOOP("ImportLogPage", "Hospitals"),
               "outreach_activities": QT_TRANSLATE_NOOP("ImportLogPage", "Outreach"),
               "patients": QT_TRANSLATE_NOOP("ImportLogPage", "Patients"),
               "rotations": QT_TRANSLATE_NOOP("ImportLogPage", "Rotations"),
               "staff": QT_TRANSLATE_NOOP("ImportLogPage", "Staff"),
               "wards": QT_TRANSLATE_NOOP("ImportLogPage", "Wards"),
               "beds": QT_TRANSLATE_NOOP("ImportLogPage", "Beds")}


class ImportLogPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.log_model = ImportLogModel(self)
        self.log = RecordTable(self.log_model, self, stretch=ImportColumn.HOSPITAL)
        self.log.sortByColumn(ImportColumn.WHEN, Qt.SortOrder.DescendingOrder)
        self.detail = QPlainTextEdit(self, objectName="import_detail", readOnly=True)
        self.detail.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))  # columns line up
        self.refused = QPlainTextEdit(self, objectName="refused_this_session", readOnly=True)
        self.log_box, self.detail_box, self.refused_box = QGroupBox(self), QGroupBox(self), QGroupBox(self)
        QVBoxLayout(self.log_box).addWidget(self.log)
        QVBoxLayout(self.detail_box).addWidget(self.detail)
        QVBoxLayout(self.refused_box).addWidget(self.refused)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for box in (self.log_box, self.detail_box, self.refused_box):
            splitter.addWidget(box)
        self.help = QLabel(self, wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addWidget(splitter, 1)
        self.log.selectionModel().selectionChanged.connect(self._show_detail)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Import log")

    def retranslate(self) -> None:
        self.help.setText(self.tr("Select an import to see its rows per table."))
        self.log_box.setTitle(self.tr("Bundles imported"))
        self.detail_box.setTitle(self.tr("Rows per table of the selected import"))
        self.refused_box.setTitle(self.tr("Bundles refused in this session (nothing of them was kept)"))
        self.log_model.retranslate()

    def refresh(self) -> None:
        self.log_model.set_rows(imports(self.ctx.store))
        self.log.select_first()
        self._show_detail()
        from l2fh_desk.exchange.importer import REFUSED

        lines = []
        for result in self.ctx.import_results:
            if result.status == REFUSED:
                what, todo = advice(result.reason)
                lines.append(self.tr("%1: %2 What to do: %3").replace("%1", result.path.name).replace("%2", what)
                             .replace("%3", todo))
        self.refused.setPlainText("\n".join(lines) or self.tr("None."))

    def _show_detail(self) -> None:
        entry = self.log.selected()
        if entry is None:
            self.detail.setPlainText("")
            return
        label = self.tr("table")
        header = f"{label:<22}" + "".join(f"{self._kind(k):>14}" for k in TABLE_KINDS)
        lines = [self.tr("%1, bundle %2, signed by key %3").replace("%1", entry.hospital_name)
                 .replace("%2", entry.bundle_id).replace("%3", entry.signer_fingerprint), "", header]
        for table, counts in sorted(entry.counts.items()):
            name = QCoreApplication.translate("ImportLogPage", TABLE_NAMES[table]) if table in TABLE_NAMES else table
            lines.append(f"{name:<22}" + "".join(f"{number(int(counts.get(k, 0))):>14}" for k in TABLE_KINDS))
        self.detail.setPlainText("\n".join(lines))

    def _kind(self, kind: str) -> str:
        return {"new": self.tr("new"), "updated": self.tr("updated"), "unchanged": self.tr("unchanged"),
                "refused": self.tr("refused"), "conflicts": self.tr("conflicts")}[kind]
