"""The sign-in dialog (and the demo accounts' credentials when the demo database is open)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.security.keyslots import SlotProblem
from l2fh_desk.security.sessions import Session, SignInFailed, SignInProblem, check_read_only, sign_in
from l2fh_desk.store.store import Store
from l2fh_desk.ui.core_messages import translate_message
from l2fh_desk.ui.forms import ERROR_STYLE
from l2fh_desk.ui.labels import role_label

DemoAccount = tuple[str, str, str]  # username, password, role


class SignInDialog(QDialog):
    def __init__(self, store: Store | None, *, demo_accounts: Sequence[DemoAccount] = (), hospital_name: str = "",
                 parent: QWidget | None = None, unlock: Path | None = None, read_only: bool = False) -> None:
        super().__init__(parent)
        self.store = store
        # A store only read (the backup a damaged database is restored from): the password is checked, nothing
        # is written (security/sessions.py check_read_only).
        self.read_only = read_only
        self.session: Session | None = None
        # An encrypted database not opened yet: the sign-in unwraps its key (then the caller opens the store and
        # runs the ordinary sign-in with `credentials`).
        self.unlock_path = unlock
        self.credentials: tuple[str, str] | None = None
        self.demo_accounts = tuple(demo_accounts)
        layout = QVBoxLayout(self)
        self.heading = QLabel(f"<b>{hospital_name}</b>" if hospital_name else "")
        self.heading.setVisible(bool(hospital_name))
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.username_label = QLabel()
        self.password_label = QLabel()
        form.addRow(self.username_label, self.username)
        form.addRow(self.password_label, self.password)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.demo = QLabel()
        self.demo.setObjectName("demo_accounts")
        self.demo.setWordWrap(True)
        self.demo.setVisible(bool(self.demo_accounts))
        layout.addWidget(self.demo)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()
        self.username.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in to L2FH Desk"))
        self.username_label.setText(self.tr("&Username"))
        self.username_label.setBuddy(self.username)
        self.password_label.setText(self.tr("&Password"))
        self.password_label.setBuddy(self.password)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Quit"))
        if self.demo_accounts:
            rows = "".join(f"<tr><td>{user}</td><td><code>{password}</code></td><td>{role_label(role)}</td></tr>"
                           for user, password, role in self.demo_accounts)
            heads = (self.tr("Username"), self.tr("Password"), self.tr("Role"))
            self.demo.setText(self.tr("Demo database. Accounts:") + "<table cellspacing='6'><tr>"
                              + "".join(f"<th align='left'>{head}</th>" for head in heads) + f"</tr>{rows}</table>")

    def failure_text(self, exc: SignInFailed) -> str:
        if exc.problem == SignInProblem.LOCKED and exc.locked_until is not None:
            minutes = exc.minutes_left
            return self.tr("This account is locked after too many wrong passwords. Try again in %n minute(s).",
                           "", minutes)
        if exc.problem == SignInProblem.DISABLED:
            return self.tr("This account is disabled. Ask the contingent commander.")
        if exc.problem == SignInProblem.NO_KEY:
            return self.tr("This account has no key on this encrypted database yet (or the username is mistyped)."
                           " A commander must reset its password on the Accounts page.")
        if exc.attempts_left is not None and exc.attempts_left <= 2:
            return self.tr("Wrong username or password. %n attempt(s) left before the account is locked.",
                           "", exc.attempts_left)
        return self.tr("Wrong username or password.")

    def try_sign_in(self) -> None:
        try:
            if self.unlock_path is not None:  # an encrypted database: the account's key slot opens it first
                from l2fh_desk.security.unlock import unlock_with_password

                unlock_with_password(self.unlock_path, self.username.text(), self.password.text())
                self.credentials = (self.username.text(), self.password.text())
            else:
                assert self.store is not None
                check = check_read_only if self.read_only else sign_in
                self.session = check(self.store, self.username.text(), self.password.text())
        except SlotProblem as exc:
            self.say(self.tr("This encrypted database cannot be opened: %1").replace("%1", translate_message(str(exc))))
            return
        except SignInFailed as exc:
            self.password.clear()
            self.say(self.failure_text(exc))
            self.password.setFocus()
            return
        self.password.clear()
        self.accept()

    def say(self, text: str) -> None:
        """A refusal above the demo accounts; the dialog grows so that both are seen whole (a lock-out runs to
        two lines in French and Vietnamese)."""
        self.message.setText(text)
        self.message.show()
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width()), self.sizeHint().height()))

    @classmethod
    def ask(cls, store: Store, *, demo_accounts: Sequence[DemoAccount] = (), hospital_name: str = "",
            parent: QWidget | None = None) -> Session | None:
        """Show the dialog; the signed-in session, or None if the user quit."""
        dialog = cls(store, demo_accounts=demo_accounts, hospital_name=hospital_name, parent=parent)
        dialog.exec()
        return dialog.session



def ask_credentials(db_path: Path, parent: QWidget | None = None) -> tuple[str, str] | None:
    """The sign-in of an encrypted database before it is opened; the username and password that unlocked it, or
    None if the user quit."""
    dialog = SignInDialog(None, hospital_name=db_path.name, parent=parent, unlock=db_path)
    dialog.exec()
    return dialog.credentials
