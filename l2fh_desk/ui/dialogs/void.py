"""Void a record with a reason (records are never deleted; the void stays in the audit trail)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.services.voids import void_record
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.dialogs.form import FormDialog


class VoidDialog(FormDialog):
    """`kind` is the record's table (e.g. "outreach_activities"; services.voids.VOIDABLE); `what` describes the
    record to the user. Voiding goes through services.voids, so an encounter takes its admission along."""

    def __init__(self, ctx: AppContext, *, kind: str, record_id: str, what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.kind = kind
        self.record_id = record_id
        self.setWindowTitle(self.tr("Void record"))
        intro = QLabel(self.tr("Void %1? It stays in the records and the audit trail, marked void.").replace(
            "%1", what), self)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.reason = QPlainTextEdit(self)
        self.reason.setPlaceholderText(self.tr("Why is this record void? (e.g. entered for the wrong patient)"))
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.add_field(self.tr("Reason"), self.reason, "void_reason")
        self.save_button.setText(self.tr("Void"))
        self.save_button.setEnabled(False)
        self.reason.textChanged.connect(lambda: self.save_button.setEnabled(bool(self.reason.toPlainText().strip())))
        self.resize(460, 220)

    def save(self) -> None:
        if not self.reason.toPlainText().strip():
            raise DomainError(self.tr("A reason is required to void a record"), field="void_reason")
        void_record(self.ctx.store, self.kind, self.record_id, reason=self.reason.toPlainText(), actor=self.ctx.actor)
        self.ctx.signals.changed.emit(self.kind)
