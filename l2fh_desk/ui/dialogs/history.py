"""A record's history from the audit trail, for commanders (and HQ analysts) who may read it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from l2fh_desk.domain.roles import Action
from l2fh_desk.store import audit
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.models.history import HistoryColumn, HistoryModel


class HistoryDialog(QDialog):
    def __init__(self, ctx: AppContext, *, record_id: str, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        ctx.actor.require(Action.READ_AUDIT)
        self.setWindowTitle(self.tr("History of %1").replace("%1", what))
        self.model = HistoryModel(self)
        self.model.set_rows(audit.history(ctx.store.db, record_id))
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryColumn.CHANGES, QHeaderView.ResizeMode.Stretch)
        self.view.resizeRowsToContents()
        empty = QLabel(self.tr("No changes recorded for this record."), self)
        empty.setVisible(self.model.rowCount() == 0)
        self.view.setVisible(self.model.rowCount() > 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(760, 420 if self.model.rowCount() else 120)
