"""The accounts table (a few dozen rows): username, name, role, state (as services/accounts.list_accounts judges it,
the lock and the key slot included)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from l2fh_desk.domain.accounts import UserAccount
from l2fh_desk.services.accounts import AccountState
from l2fh_desk.ui.labels import role_label

Index = QModelIndex | QPersistentModelIndex
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 1


class AccountColumn(IntEnum):
    USERNAME = 0
    NAME = 1
    ROLE = 2
    STATE = 3


class AccountsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.states: list[AccountState] = []

    @property
    def accounts(self) -> list[UserAccount]:
        return [state.account for state in self.states]

    def set_accounts(self, states: list[AccountState]) -> None:
        self.beginResetModel()
        self.states = list(states)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's signature)
        return 0 if parent.isValid() else len(self.states)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(AccountColumn)

    def state(self, state: AccountState) -> str:
        if state.disabled:
            return self.tr("Disabled")
        if state.locked_until is not None:
            return self.tr("Locked (wrong passwords)")
        if state.needs_key:
            return self.tr("No key yet (reset the password)")
        return self.tr("Active")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.states):
            return None
        state = self.states[index.row()]
        account = state.account
        if role == ACCOUNT_ROLE:
            return state
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = AccountColumn(index.column())
        if column == AccountColumn.USERNAME:
            return account.username
        if column == AccountColumn.NAME:
            return account.display_name
        if column == AccountColumn.ROLE:
            return role_label(account.role)
        return self.state(state)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = {AccountColumn.USERNAME: self.tr("Username"), AccountColumn.NAME: self.tr("Name and rank"),
                  AccountColumn.ROLE: self.tr("Role"), AccountColumn.STATE: self.tr("State")}
        return titles.get(AccountColumn(section)) if 0 <= section < len(AccountColumn) else None
