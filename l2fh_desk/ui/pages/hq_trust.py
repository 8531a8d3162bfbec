"""HQ administrator: HQ's own key (fingerprint, export for hospitals), the trusted hospitals and their keys,
revocation, and a hospital's key rotation accepted (its statement signed by the key HQ trusts)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.exchange.keys import KeyProblem
from l2fh_desk.exchange.manifest import BundleRefused
from l2fh_desk.exchange.trust import accept_rotation, revoke
from l2fh_desk.hq.workspace import export_public_key, hq_key
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.pages.hq import fingerprint_lines


class TrustPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.own = QLabel(self, objectName="hq_own_key", wordWrap=True)
        self.export_button = QPushButton(self, objectName="export_hq_key")
        self.export_button.clicked.connect(self.choose_and_export)
        self.table = QTableWidget(0, 4, self, objectName="trusted_signers")
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.revoke_button = QPushButton(self, objectName="revoke_key")
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.rotation_button = QPushButton(self, objectName="accept_rotation")
        self.rotation_button.clicked.connect(self.choose_rotation)
        self.status = QLabel(self, objectName="trust_status", wordWrap=True)
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addWidget(self.revoke_button)
        row.addWidget(self.rotation_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.own)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Trusted keys")

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("&Export HQ's public key…"))
        self.revoke_button.setText(self.tr("&Revoke the selected key…"))
        self.rotation_button.setText(self.tr("&Accept a hospital's key rotation…"))
        self.table.setHorizontalHeaderLabels([self.tr("Hospital"), self.tr("Fingerprint"), self.tr("Trusted"),
                                              self.tr("By")])
        self.refresh()

    def refresh(self) -> None:
        key = hq_key(self.ctx.store)
        self.own.setText(self.tr("HQ's public key fingerprint (hospitals check it by phone):\n%1")
                         .replace("%1", fingerprint_lines(key.fingerprint)) if key else self.tr("HQ has no key pair."))
        rows = self.ctx.store.db.query("SELECT hospital_name, fingerprint, trusted_at, trusted_by FROM trusted_signers"
                                       " ORDER BY hospital_name")
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, value in enumerate((r[0], r[1], r[2], r[3])):
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()

    def choose_and_export(self) -> None:
        name, _f = QFileDialog.getSaveFileName(self, self.tr("Export HQ's public key"), str(Path.home() / "hq.pub"),
                                               self.tr("HQ public key (*.pub)"))
        if name:
            try:
                self.status.setText(self.tr("Exported to %1.").replace("%1", str(export_public_key(self.ctx.store,
                                                                                                  Path(name)))))
            except (KeyProblem, OSError) as exc:
                self.status.setText(self.tr("Not exported: %1").replace("%1", str(exc)))

    def revoke_selected(self, reason: str | None = None) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        fingerprint = self.table.item(rows[0].row(), 1).text()
        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Revoke a key"), self.tr("Why (recorded):"))
            if not ok:
                return
        try:
            name = revoke(self.ctx.store, fingerprint, reason=reason, actor=self.ctx.actor)
        except (KeyProblem, BundleRefused, DomainError, ValueError) as exc:
            self.status.setText(self.tr("Not revoked: %1").replace("%1", str(exc)))
            return
        self.status.setText(self.tr("Key of %1 revoked: its bundles are refused from now on.").replace("%1", name))
        self.refresh()

    def choose_rotation(self) -> None:
        name, _f = QFileDialog.getOpenFileName(self, self.tr("Accept a hospital's key rotation"), str(Path.home()),
                                               self.tr("Key rotation statement (*.txt);;All files (*)"))
        if name:
            self.accept_rotation_file(Path(name))

    def accept_rotation_file(self, path: Path) -> None:
        """The statement the hospital made with its new key (`<db>.key-rotation.txt`): the old key is revoked
        as rotated and the new one trusted; a statement HQ cannot verify changes nothing."""
        try:
            text = path.read_text(encoding="ascii", errors="replace")
            name, new = accept_rotation(self.ctx.store, text, actor=self.ctx.actor)
        except (KeyProblem, DomainError, OSError) as exc:
            self.status.setText(self.tr("Rotation not accepted: %1").replace("%1", str(exc)))
            return
        self.status.setText(self.tr("%1 now signs with the key %2; its old key is revoked.")
                            .replace("%1", name).replace("%2", new))
        self.refresh()
