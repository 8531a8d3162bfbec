"""Settings: the language (any role, applied at once) and the installation settings a commander manages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.roles import Action
from l2fh_desk.security.accounts import change_own_password
from l2fh_desk.store.app_settings import BACKUPS_KEEP_RANGE, IDLE_LOCK_RANGE
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.forms import FieldErrors
from l2fh_desk.ui.i18n import LANGUAGES, Preferences, switch_language, translations


class SettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, *, preferences: Preferences | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preferences = preferences or Preferences()
        self.settings = ctx.store.app_settings
        self.can_manage = ctx.can(Action.MANAGE_SETTINGS)
        self.errors = FieldErrors()
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.language = QComboBox(objectName="language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(translations().language))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        top.addRow(self.language_label, self.language)
        layout.addLayout(top)
        self.box = QGroupBox()
        form = QFormLayout(self.box)
        values = self.settings.values()
        self.idle = QSpinBox(objectName="idle_lock_minutes", minimum=IDLE_LOCK_RANGE[0], maximum=IDLE_LOCK_RANGE[1])
        self.idle.setValue(int(values["idle_lock_minutes"]))
        self.target = QDoubleSpinBox(objectName="un_gender_target", minimum=1, maximum=100, decimals=1, suffix=" %")
        self.target.setValue(float(values["un_gender_target"]) * 100)
        self.backups = QSpinBox(objectName="backups_keep", minimum=BACKUPS_KEEP_RANGE[0],
                                maximum=BACKUPS_KEEP_RANGE[1])
        self.backups.setValue(int(values["backups_keep"]))
        self.hq_key = QLineEdit(values["hq_public_key"] or "", objectName="hq_public_key")
        self.hq_file = QPushButton(objectName="hq_key_file")
        key_row = QWidget()
        row = QHBoxLayout(key_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hq_key, 1)
        row.addWidget(self.hq_file)
        self.mds_grid = QGridLayout()
        self.mds_rows: list[tuple[QLineEdit, QLineEdit, QLineEdit]] = []
        for position, item in enumerate(values["mds_additional"]):
            code, label = QLineEdit(item.code), QLineEdit(item.label)
            prefixes = QLineEdit(" ".join(item.icd10_prefixes))
            for column, widget in enumerate((code, label, prefixes)):
                self.mds_grid.addWidget(widget, position + 1, column)
            self.mds_rows.append((code, label, prefixes))
        for column in range(3):  # each field as wide as the longest of its column: read whole, never scrolled
            edits = [row[column] for row in self.mds_rows]
            widest = max((edit.fontMetrics().horizontalAdvance(edit.text()) for edit in edits), default=0)
            for edit in edits:
                edit.setMinimumWidth(min(widest + 24, 520))  # the dialog stays within a 1024 px screen
                edit.setCursorPosition(0)
        self.mds_grid.setColumnStretch(1, 1)
        self.mds_headers = [QLabel() for _ in range(3)]
        for column, header in enumerate(self.mds_headers):
            self.mds_grid.addWidget(header, 0, column)
        mds_box = QWidget()
        mds_box.setLayout(self.mds_grid)
        self.row_labels: dict[str, QLabel] = {}
        for field, widget in (("idle_lock_minutes", self.idle), ("un_gender_target", self.target),
                              ("backups_keep", self.backups), ("hq_public_key", key_row),
                              ("mds_additional", mds_box)):
            label = QLabel()
            self.row_labels[field] = label
            if widget is mds_box:  # the three columns of items need the dialog's whole width, under their title
                form.addRow(label)
                form.addRow(self.errors.wrap(field, widget))
            else:
                form.addRow(label, self.errors.wrap(field, widget))
        self.only_commander = QLabel()
        form.addRow(self.only_commander)
        self.only_commander.setVisible(not self.can_manage)
        self.box.setEnabled(self.can_manage)
        layout.addWidget(self.box)
        self.errors.general = QLabel()
        layout.addWidget(self.errors.general)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(self.can_manage)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self.apply_language)
        self.hq_file.clicked.connect(self.choose_key_file)
        ctx.signals.language_changed.connect(self.retranslate)
        self.retranslate()

    def retranslate(self, _language: str = "") -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language"))
        self.box.setTitle(self.tr("This hospital's settings"))
        texts = {"idle_lock_minutes": self.tr("Lock after idle (minutes)"),
                 "un_gender_target": self.tr("UN target for women on the roster"),
                 "backups_keep": self.tr("Days with one backup a day kept"), "hq_public_key": self.tr("HQ public key"),
                 "mds_additional": self.tr("MDS additional items 19-22")}
        for field, text in texts.items():
            self.row_labels[field].setText(text)
        self.hq_file.setText(self.tr("From file…"))
        self.hq_key.setPlaceholderText(self.tr("none: exports are signed but not encrypted"))
        for header, text in zip(self.mds_headers, (self.tr("Code"), self.tr("Name"), self.tr("ICD-10 prefixes")),
                                strict=True):
            header.setText(text)
        self.only_commander.setText(self.tr("Only a commander can change these settings."))

    def apply_language(self) -> None:
        """Applied at once, for every role; remembered on this computer."""
        language = self.language.currentData()
        self.preferences.language = language
        switch_language(self.ctx, language)

    def choose_key_file(self) -> None:
        path = KeyFile.ask(self)
        if path is not None:
            try:
                self.hq_key.setText(path.read_text(encoding="utf-8").strip())
            except (OSError, UnicodeDecodeError) as exc:
                self.errors.set("hq_public_key", self.tr("Cannot read the file: %1").replace("%1", str(exc)))

    def values(self) -> dict[str, object]:
        return {
            "idle_lock_minutes": self.idle.value(),
            "un_gender_target": round(self.target.value() / 100, 4),
            "backups_keep": self.backups.value(),
            "hq_public_key": self.hq_key.text(),
            "mds_additional": [{"code": c.text().strip(), "label": n.text().strip(),
                                "icd10_prefixes": p.text().split()} for c, n, p in self.mds_rows],
        }

    def save(self) -> bool:
        self.errors.clear()
        try:
            values = self.values()
            self.settings.update(values, actor=self.ctx.actor)
            self.settings.set("language", self.language.currentData(), actor=self.ctx.actor)
        except DomainError as exc:
            self.errors.show(exc)
            return False
        self.ctx.signals.changed.emit("settings")
        self.accept()
        return True

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> None:
        cls(ctx, parent=parent).exec()


class KeyFile:
    @classmethod
    def ask(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("SettingsDialog", "HQ public key"), "",
            QCoreApplication.translate("SettingsDialog", "Key files (*.pub *.txt *.key);;All files (*)"))
        return Path(name) if name else None


class ChangePasswordDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.errors = FieldErrors()
        form = QFormLayout(self)
        self.old = QLineEdit(objectName="old_password", echoMode=QLineEdit.EchoMode.Password)
        self.new = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(objectName="repeat", echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Current password"), self.errors.wrap("old_password", self.old))
        form.addRow(self.tr("New password (at least 8 characters)"), self.errors.wrap("password", self.new))
        form.addRow(self.tr("Repeat the new password"), self.errors.wrap("repeat", self.repeat))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("Change password"))

    def save(self) -> None:
        self.errors.clear()
        if self.new.text() != self.repeat.text():
            self.errors.set("repeat", self.tr("The two passwords differ."))
            return
        try:
            change_own_password(self.ctx.store, old_password=self.old.text(), new_password=self.new.text(),
                                actor=self.ctx.actor)
        except DomainError as exc:
            self.errors.show(exc)
            return
        self.changed = True
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> bool:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.changed
