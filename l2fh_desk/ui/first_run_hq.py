"""First run, HQ side: which kind of installation this is, then the department, the first HQ administrator and
HQ's key pair (made here; its fingerprint shown and its public key exportable for the hospitals)."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from l2fh_desk.domain.accounts import UserAccount
from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.roles import Role
from l2fh_desk.exchange.keys import KeyProblem
from l2fh_desk.hq.workspace import HqKey, department, export_public_key, hq_key
from l2fh_desk.store.store import Store
from l2fh_desk.ui.forms import FieldErrors, account_fields


class KindPage(QWizardPage):
    """Hospital or HQ: the one question asked before anything else."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.hospital = QRadioButton(objectName="kind_hospital")
        self.hospital.setChecked(True)
        self.hospital_help = QLabel(wordWrap=True)
        self.hq = QRadioButton(objectName="kind_hq")
        self.hq_help = QLabel(wordWrap=True)
        for widget in (self.hospital, self.hospital_help, self.hq, self.hq_help):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("What is this installation for?"))
        self.hospital.setText(self.tr("A &hospital (one Level-2 Field Hospital)"))
        self.hospital_help.setText(self.tr("Medics and commanders record patients, encounters, the ward and outreach, "
                                           "print handover reports and export bundles for HQ."))
        self.hq.setText(self.tr("&HQ (the ministry's peacekeeping department)"))
        self.hq_help.setText(self.tr("Analysts import the hospitals' signed bundles and report across hospitals, "
                                     "rotations and years. Nothing clinical is recorded at HQ."))

    def wants_hq(self) -> bool:
        return self.hq.isChecked()


class DepartmentPage(QWizardPage):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.errors = FieldErrors()
        form = QFormLayout(self)
        self.name = QLineEdit(department(store), objectName="department")
        self.label = QLabel()
        self.label.setBuddy(self.name)
        form.addRow(self.label, self.errors.wrap("department", self.name))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The HQ department"))
        self.setSubTitle(self.tr("This installation is HQ's: it holds copies of the hospitals' records and "
                                 "reports across them."))
        self.label.setText(self.tr("Department &name (e.g. Department of Peacekeeping Operations)"))

    def validatePage(self) -> bool:  # noqa: N802 (Qt name)
        self.errors.clear()
        if not self.name.text().strip():
            self.errors.set("department", self.tr("Give the department's name."))
            return False
        return True


class HqAccountPage(QWizardPage):
    """The first HQ administrator; saving happens here (department, account and key pair)."""

    def __init__(self) -> None:
        super().__init__()
        self.errors = FieldErrors()
        form = QFormLayout(self)
        account_fields(self, form, self.errors, prefix="hq_")
        self.setCommitPage(True)  # saved here: no way back to an HQ half made
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The first HQ administrator"))
        self.setSubTitle(self.tr("The HQ administrator manages accounts, the trusted hospitals and their keys, "
                                 "revocation and retention. HQ analysts import, review and report."))
        for label, text in zip(self.labels, (self.tr("&Username"), self.tr("Full &name"),
                                             self.tr("&Password (at least 8 characters)"),
                                             self.tr("&Repeat the password")), strict=True):
            label.setText(text)

    def validatePage(self) -> bool:  # noqa: N802
        self.errors.clear()
        try:
            UserAccount(username=self.username.text(), display_name=self.display_name.text(), role=Role.HQ_ADMIN,
                        password_hash="-")
        except ValidationError as exc:
            self.errors.show(exc)
            return False
        if len(self.password.text()) < 8:
            self.errors.set("password", self.tr("The password must have at least 8 characters."))
            return False
        if self.password.text() != self.confirm.text():
            self.errors.set("confirm", self.tr("The two passwords differ."))
            return False
        save = getattr(self.wizard(), "save_hq", None)
        return bool(save()) if save is not None else True


class HqKeyPage(QWizardPage):
    """Shown once the HQ is saved: the key pair's fingerprint and a button to export the public key."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        layout = QVBoxLayout(self)
        self.explain = QLabel(wordWrap=True)
        self.fingerprint = QLabel(objectName="hq_fingerprint")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 4)
        self.fingerprint.setFont(font)
        self.fingerprint.setWordWrap(True)
        self.path = QLabel(objectName="hq_public_path", wordWrap=True)
        self.export_button = QPushButton(objectName="export_hq_key")
        self.export_button.clicked.connect(self.choose_and_export)
        self.status = QLabel(objectName="hq_key_status", wordWrap=True)
        for widget in (self.explain, self.fingerprint, self.path, self.export_button, self.status):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("HQ's key pair"))
        self.explain.setText(self.tr("Hospitals encrypt their exports to HQ's public key. Give them the public key "
                                     "file and read this fingerprint to them by phone so they can check it."))
        self.export_button.setText(self.tr("&Export the public key for hospitals…"))

    def initializePage(self) -> None:  # noqa: N802 (Qt name)
        self.show_key(hq_key(self.store))

    def show_key(self, key: HqKey | None) -> None:
        if key is None:
            self.fingerprint.setText("")
            return
        groups = key.fingerprint.split()
        self.fingerprint.setText("\n".join("  ".join(groups[i:i + 4]) for i in range(0, len(groups), 4)))
        self.path.setText(self.tr("Public key file: %1").replace("%1", str(key.public_path)))

    def choose_and_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export HQ's public key"),
                                                    str(Path.home() / "hq.pub"), self.tr("HQ public key (*.pub)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, out: Path) -> Path | None:
        try:
            written = export_public_key(self.store, out)
        except (KeyProblem, OSError, DomainError) as exc:
            self.status.setText(self.tr("Not exported: %1").replace("%1", str(exc)))
            return None
        self.status.setText(self.tr("Exported to %1. Each hospital stores it with "
                                    "`l2fh-desk keys --set-hq-key FILE`.").replace("%1", str(written)))
        return written
