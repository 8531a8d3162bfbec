"""Idle lock: after N minutes without input every window is covered (no patient data shows) until the
password is typed again; the forms underneath stay as they were."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from l2fh_desk.security.sessions import Session, SignInFailed, SignInProblem, unlock
from l2fh_desk.store.store import Store
from l2fh_desk.ui.forms import ERROR_STYLE

IDLE_SETTING = "idle_lock_minutes"
_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
             QEvent.Type.TouchBegin}
_BLOCKED = {QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride,
            QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel, QEvent.Type.ContextMenu}


def idle_minutes(store: Store) -> float:
    return float(store.app_settings.get(IDLE_SETTING))


class LockOverlay(QWidget):
    """An opaque cover over one window; the one on the front window also asks for the password."""

    def __init__(self, host: QWidget, *, prompt: bool, username: str) -> None:
        super().__init__(host)
        self.setObjectName("lock_overlay")
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Dark))
        self.setPalette(palette)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(self.tr("<h2>L2FH Desk is locked</h2>"))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.password: QLineEdit | None = None
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if prompt:
            hint = QLabel(self.tr("Signed in as %1. Type your password to continue.").replace("%1", username))
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(hint)
            row = QHBoxLayout()
            row.addStretch(1)
            self.password = QLineEdit(objectName="unlock_password", echoMode=QLineEdit.EchoMode.Password)
            self.password.setMinimumWidth(220)
            self.unlock_button = QPushButton(self.tr("Unlock"), objectName="unlock")
            self.sign_out_button = QPushButton(self.tr("Sign out"), objectName="sign_out")
            row.addWidget(self.password)
            row.addWidget(self.unlock_button)
            row.addWidget(self.sign_out_button)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addWidget(self.message)
        layout.addStretch(2)
        host.installEventFilter(self)
        self.setGeometry(host.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.parent() and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return False

    # A key the password field does not use (Enter after returnPressed, Escape, ...) is passed on to its
    # parent widget: the cover takes it, so it never reaches the window or dialog underneath (whose
    # default button Enter would press once the lock had been lifted by that same key).
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        event.accept()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        event.accept()


class IdleLock(QObject):
    """Watches input application-wide; `lock()` covers every visible window, `try_unlock` lifts it."""

    locked = Signal()
    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, store: Store, session: Session, *, minutes: float,
                 before_lock: Callable[[], None] = lambda: None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.session = session
        self.before_lock = before_lock
        self.overlays: list[LockOverlay] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_minutes(minutes)
        QApplication.instance().installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return bool(self.overlays)

    def set_minutes(self, minutes: float) -> None:
        self.minutes = minutes
        if minutes > 0:
            self.timer.start(int(minutes * 60_000))
        else:
            self.timer.stop()

    def stop(self) -> None:
        self.timer.stop()
        QApplication.instance().removeEventFilter(self)

    def _in_overlay(self, obj: QObject) -> bool:
        while obj is not None:
            if isinstance(obj, LockOverlay):
                return True
            obj = obj.parent()
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if self.overlays:
            # Nothing under the cover may take input (Tab or a shortcut could reach a hidden field).
            # Shortcuts (QShortcut, QAction: Ctrl+S) are not widgets but are blocked too; the QWindow that
            # first receives a key is not a widget either and must pass it on to the cover.
            if kind == QEvent.Type.Shortcut:
                return not self._in_overlay(watched)
            return kind in _BLOCKED and isinstance(watched, QWidget) and not self._in_overlay(watched)
        if kind in _ACTIVITY and self.minutes > 0:
            self.timer.start(int(self.minutes * 60_000))
        return False

    def lock(self) -> None:
        if self.overlays:
            return
        self.timer.stop()
        self.before_lock()  # drafts are written before anything is covered
        front = QApplication.activeModalWidget()
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible() and not w.isHidden()
                   and w.windowType() not in (Qt.WindowType.ToolTip, Qt.WindowType.Popup)]
        if front is None:
            own = self.parent()
            front = own if isinstance(own, QWidget) and own in windows else next(
                (w for w in windows if w.isActiveWindow()), windows[0] if windows else None)
        for window in windows:
            overlay = LockOverlay(window, prompt=window is front, username=self.session.account.username)
            overlay.show()
            overlay.raise_()
            self.overlays.append(overlay)
            if overlay.password is not None:
                overlay.unlock_button.clicked.connect(lambda _=False, o=overlay: self.try_unlock(o.password.text()))
                overlay.password.returnPressed.connect(lambda o=overlay: self.try_unlock(o.password.text()))
                overlay.sign_out_button.clicked.connect(self.sign_out_requested)
                overlay.password.setFocus()
        self.locked.emit()

    @property
    def prompt(self) -> LockOverlay | None:
        return next((o for o in self.overlays if o.password is not None), None)

    def try_unlock(self, password: str) -> bool:
        prompt = self.prompt
        try:
            self.session = unlock(self.store, self.session, password)
        except SignInFailed as exc:
            if prompt is not None and prompt.password is not None:
                prompt.password.clear()
                prompt.message.setText(self.tr("Wrong password.") if exc.problem == SignInProblem.WRONG
                                       else self.tr("The account is now locked; signing out."))
            if exc.problem != SignInProblem.WRONG:
                self.sign_out_requested.emit()
            return False
        for overlay in self.overlays:
            overlay.parentWidget().removeEventFilter(overlay)
            overlay.hide()
            overlay.deleteLater()
        self.overlays = []
        self.set_minutes(self.minutes)
        self.unlocked.emit()
        return True
