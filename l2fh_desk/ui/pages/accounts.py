"""Account management for commanders: list, create, disable or enable, unlock, change role, reset a password (the
same core functions as `l2fh-desk accounts`)."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.domain.accounts import UserAccount
from l2fh_desk.domain.errors import DomainError, KnownError
from l2fh_desk.domain.roles import Action, Role
from l2fh_desk.security import accounts
from l2fh_desk.services.accounts import AccountState, list_accounts
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.forms import FieldErrors
from l2fh_desk.ui.labels import role_label
from l2fh_desk.ui.messages import Notice, describe_error
from l2fh_desk.ui.models.accounts import ACCOUNT_ROLE, AccountsModel
from l2fh_desk.ui.pages.base import Page


class NewAccountDialog(QDialog):
    """Username, name, role and a first password; saved through security.accounts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: UserAccount | None = None
        self.errors = FieldErrors()
        form = QFormLayout(self)
        self.username = QLineEdit(objectName="username")
        self.display_name = QLineEdit(objectName="display_name")
        self.role = QComboBox(objectName="role")
        for role in accounts.workspace_roles(ctx.store):
            self.role.addItem(role_label(role), role.value)
        self.password = QLineEdit(objectName="password", echoMode=QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Username"), self.errors.wrap("username", self.username))
        form.addRow(self.tr("Full name and &rank"), self.errors.wrap("display_name", self.display_name))
        form.addRow(self.tr("R&ole"), self.errors.wrap("role", self.role))
        form.addRow(self.tr("First &password"), self.errors.wrap("password", self.password))
        self.errors.general = QLabel()
        form.addRow(self.errors.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setWindowTitle(self.tr("New account"))

    def save(self) -> None:
        try:
            self.created = accounts.create_account(
                self.ctx.store, username=self.username.text(), display_name=self.display_name.text(),
                role=Role(self.role.currentData()), password=self.password.text(), actor=self.ctx.actor)
        except (ValidationError, DomainError) as exc:
            self.errors.show(exc)
            return
        self.accept()

    @classmethod
    def ask(cls, ctx: AppContext, parent: QWidget | None = None) -> UserAccount | None:
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.created


class PasswordPrompt(QDialog):
    """A new password typed twice (for a reset)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.message = QLabel()
        form.addRow(self.tr("New password"), self.first)
        form.addRow(self.tr("Repeat it"), self.second)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        if self.first.text() != self.second.text():
            self.message.setText(self.tr("The two passwords differ."))
            return
        self.accept()

    @classmethod
    def ask(cls, title: str, parent: QWidget | None = None) -> str | None:
        dialog = cls(title, parent)
        return dialog.first.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


class AccountsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        ctx.actor.require(Action.MANAGE_ACCOUNTS)  # the page is never built for other roles
        self.model = AccountsModel(self)
        self.table = QTableView(objectName="accounts_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.heading = QLabel()
        self.new_button = QPushButton(objectName="new_account")
        self.toggle_button = QPushButton(objectName="toggle_account")
        self.reset_button = QPushButton(objectName="reset_password")
        self.unlock_button = QPushButton(objectName="unlock_account")
        self.role_box = QComboBox(objectName="role_box")
        for role in accounts.workspace_roles(ctx.store):
            self.role_box.addItem(role_label(role), role.value)
        self.role_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.role_button = QPushButton(objectName="set_role")
        buttons = QHBoxLayout()
        for widget in (self.new_button, self.toggle_button, self.reset_button, self.unlock_button, self.role_box,
                       self.role_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        self.new_button.clicked.connect(self.new_account)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.role_button.clicked.connect(self.set_selected_role)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Accounts")

    def retranslate(self) -> None:
        self.heading.setText(self.tr("<h2>Accounts</h2>Who may sign in, and with which role."))
        self.new_button.setText(self.tr("&New account…"))
        self.reset_button.setText(self.tr("&Reset password…"))
        self.unlock_button.setText(self.tr("Un&lock"))
        self.role_button.setText(self.tr("Set &role"))
        for row, role in enumerate(accounts.workspace_roles(self.ctx.store)):
            self.role_box.setItemText(row, role_label(role))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)
        self._selection_changed()

    def refresh(self) -> None:
        self.model.set_accounts(list_accounts(self.ctx.store, actor=self.ctx.actor))
        self._selection_changed()

    def selected_state(self) -> AccountState | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.index(rows[0].row(), 0).data(ACCOUNT_ROLE) if rows else None

    def selected(self) -> UserAccount | None:
        state = self.selected_state()
        return state.account if state is not None else None

    def select_username(self, username: str) -> None:
        for row, account in enumerate(self.model.accounts):
            if account.username == username:
                self.table.selectRow(row)

    def _selection_changed(self, *_: object) -> None:
        account = self.selected()
        for widget in (self.toggle_button, self.reset_button, self.role_button, self.role_box):
            widget.setEnabled(account is not None)
        state = self.selected_state()
        self.unlock_button.setEnabled(state is not None and state.locked_until is not None)
        self.toggle_button.setText(self.tr("&Enable") if account is not None and account.disabled_at
                                   else self.tr("&Disable"))
        if account is not None:
            self.role_box.setCurrentIndex(max(0, self.role_box.findData(account.role.value)))

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except (KnownError, ValidationError, PermissionError) as exc:
            Notice.error(self, self.tr("Accounts"), describe_error(exc))
            return False
        self.ctx.signals.changed.emit("users")
        self.refresh()
        return True

    def new_account(self) -> None:
        created = NewAccountDialog.ask(self.ctx, self)
        if created is not None:
            self.ctx.signals.changed.emit("users")
            self.refresh()
            self.select_username(created.username)

    def toggle_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        store, actor = self.ctx.store, self.ctx.actor
        if account.disabled_at:
            self._run(lambda: accounts.enable_account(store, account.id, actor=actor))
        else:
            self._run(lambda: accounts.disable_account(store, account.id, actor=actor))
        self.select_username(account.username)

    def reset_selected(self) -> None:
        account = self.selected()
        if account is None:
            return
        password = PasswordPrompt.ask(self.tr("New password for %1").replace("%1", account.username), self)
        if password is not None and self._run(
                lambda: accounts.reset_password(self.ctx.store, account.id, password, actor=self.ctx.actor)):
            Notice.info(self, self.tr("Accounts"), self.tr("The password was reset and the account unlocked."))

    def unlock_selected(self) -> None:
        account = self.selected()
        if account is not None and self._run(
                lambda: accounts.unlock_account(self.ctx.store, account.id, actor=self.ctx.actor)):
            self.select_username(account.username)
            Notice.info(self, self.tr("Accounts"), self.tr("The account was unlocked: it may sign in again."))

    def set_selected_role(self) -> None:
        account = self.selected()
        if account is None:
            return
        role = Role(self.role_box.currentData())
        self._run(lambda: accounts.set_role(self.ctx.store, account.id, role, actor=self.ctx.actor))
        self.select_username(account.username)
