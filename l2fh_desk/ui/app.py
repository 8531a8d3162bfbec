"""The desktop app's start: open the database (a demo one if asked), first-run wizard, sign-in, main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from l2fh_desk.paths import data_dir, default_db_path, resource
from l2fh_desk.reports.font_files import FALLBACKS, PRIMARY
from l2fh_desk.security.sessions import Session
from l2fh_desk.security.unlock import needs_unlock
from l2fh_desk.store.errors import StorageError
from l2fh_desk.store.store import Store
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.first_run import FirstRunWizard
from l2fh_desk.ui.i18n import Preferences, translations
from l2fh_desk.ui.main_window import MainWindow
from l2fh_desk.ui.messages import Notice, describe_error
from l2fh_desk.ui.sign_in import DemoAccount, SignInDialog, ask_credentials
from l2fh_desk.ui.startup import after_open, before_close, check_and_recover, ensure_signing_key
from l2fh_desk.ui.widgets.wheel_guard import guard_wheel
from l2fh_desk.ui.worker import run_op

log = logging.getLogger(__name__)
DEMO_DB_NAME = "demo.db"


def demo_accounts() -> tuple[DemoAccount, ...]:
    from l2fh_desk.demo.generator import DEMO_ACCOUNTS

    return tuple((user, password, role.value) for user, password, role, _name in DEMO_ACCOUNTS)


def make_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv)
    app.setApplicationName("L2FH Desk")
    if not hasattr(app, "wheel_guard"):
        app.wheel_guard = guard_wheel(app)  # type: ignore[attr-defined]
    app.setOrganizationName("L2FH")
    # DejaVu Sans ships with the app: Vietnamese diacritics render the same on every laptop. The other
    # scripts fall back, in this order, to the fonts the reports use (reports/fonts.py); Qt shapes them.
    families: list[str] = []
    for name in (*PRIMARY, *(f.filename for f in FALLBACKS)):
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        for family in QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []:
            if family not in families:
                families.append(family)
    if families:
        font = QFont(families[0], 10)
        font.setFamilies(families)
        app.setFont(font)
    return app  # type: ignore[return-value]


def build_demo(path: Path) -> bool:
    """Make the demo database off the GUI thread with a progress dialog; False if it failed."""
    from l2fh_desk.demo.generator import generate

    def op(store: Store, report, is_cancelled) -> None:  # type: ignore[no-untyped-def]
        steps = [0]

        def progress(message: str) -> None:
            steps[0] += 1
            report(steps[0], 0, message)

        generate(store, progress=progress)

    outcome: dict[str, object] = {}
    loop = QEventLoop()
    task = run_op(None, path, op, on_done=lambda _r: outcome.setdefault("ok", True),
                             on_error=lambda message: outcome.setdefault("error", message),
                             cancellable=False,
                             label=QCoreApplication.translate("App", "Making the demo hospital database…"))
    task.finished.connect(loop.quit)
    if not task.done:
        loop.exec()
    if "error" in outcome:
        path.unlink(missing_ok=True)
        Notice.error(None, "L2FH Desk", str(outcome["error"]))
        return False
    return True


def hq_demo_accounts() -> tuple[DemoAccount, ...]:
    from l2fh_desk.hq.demo import HQ_DEMO_ACCOUNTS

    return tuple((user, password, role.value) for user, password, role, _name in HQ_DEMO_ACCOUNTS)


class Shell(QObject):
    """Runs the sign-in → main window → sign-out cycle over one open store."""

    def __init__(self, store: Store, *, demo: bool, preferences: Preferences,
                 session: Session | None = None) -> None:
        super().__init__()
        self.store = store
        self.first_session = session  # an encrypted database: signed in while it was opened
        self.demo = demo
        self.preferences = preferences
        self.window: MainWindow | None = None
        self.ctx: AppContext | None = None

    def sign_in(self) -> Session | None:
        from l2fh_desk.hq.workspace import department, is_hq

        if self.first_session is not None:
            session, self.first_session = self.first_session, None
            return session
        if is_hq(self.store):  # the HQ sign-in: the department's name, HQ's demo accounts on the demo HQ
            heading = QCoreApplication.translate("App", "HQ workspace: %1").replace("%1", department(self.store))
            return SignInDialog.ask(self.store, demo_accounts=hq_demo_accounts() if self.demo else (),
                                    hospital_name=heading)
        hospital = self.store.hospitals.this()
        return SignInDialog.ask(self.store, demo_accounts=demo_accounts() if self.demo else (),
                                hospital_name=hospital.name if hospital else "")

    def start(self) -> bool:
        """Wizard if needed (hospital or HQ), then sign-in and the main window; False if the user quit."""
        from l2fh_desk.hq.workspace import is_hq, needs_first_run

        if needs_first_run(self.store):
            if not FirstRunWizard.ask(self.store, hq_only=is_hq(self.store)):
                return False
            ensure_signing_key(self.store)  # a new hospital's key pair, made on first run (HQ's is made by then)
        session = self.sign_in()
        if session is None:
            return False
        self.open_window(session)
        return True

    def open_window(self, session: Session) -> MainWindow:
        self.ctx = AppContext(store=self.store, actor=session.actor)
        window = MainWindow(self.ctx, session)
        window.signed_out.connect(self._signed_out)
        window.closed_for_good.connect(QApplication.instance().quit)
        self.window = window
        window.show()
        return window

    def _signed_out(self) -> None:
        old = self.window
        self.window = None
        if old is not None:
            old.deleteLater()
        if not self.start():
            QApplication.instance().quit()


def first_session(store: Store, credentials: tuple[str, str] | None) -> Session | None:
    """The ordinary sign-in with the credentials that unlocked an encrypted database (lockout, audit); None
    when there were none or it was refused (the sign-in dialog then says why, at the next try)."""
    from l2fh_desk.security.sessions import SignInFailed, sign_in

    if credentials is None:
        return None
    try:
        return sign_in(store, *credentials)
    except SignInFailed as exc:
        Notice.error(None, "L2FH Desk", SignInDialog(store).failure_text(exc))
        return None


def open_store(path: Path) -> Store | None:
    try:
        return Store(path)
    except StorageError as exc:
        Notice.error(None, "L2FH Desk", describe_error(exc))
        return None


def run_app(db: Path | None, demo: bool) -> int:
    """`l2fh-desk [--db PATH] [--demo]`: returns the process exit status."""
    app = make_app()
    # Signing out closes the main window before the sign-in dialog opens; that must not quit.
    app.setQuitOnLastWindowClosed(False)
    log_path = _setup_logging()
    preferences = Preferences()
    translations().switch(preferences.language)
    path = db or (data_dir() / DEMO_DB_NAME if demo else default_db_path())
    if demo and not path.exists() and not build_demo(path):
        return 1
    credentials = None
    if needs_unlock(path):  # encrypted: the sign-in unwraps the key first, then the start-up checks run
        credentials = ask_credentials(path)
        if credentials is None:
            return 0
    if not check_and_recover(path):
        return 1
    store = open_store(path)
    if store is None:
        return 1
    _install_crash_hook(app, log_path)
    _quit_on_sigterm(app)
    try:
        after_open(store)
        shell = Shell(store, demo=demo, preferences=preferences, session=first_session(store, credentials))
        if not shell.start():
            return 0
        return int(app.exec())
    finally:
        before_close(store)
        store.close()


def _quit_on_sigterm(app: QApplication) -> None:
    """SIGTERM (a shutdown, `kill`) closes the windows as Ctrl+Q does: drafts saved, then the close backup."""
    import signal

    def close(*_: object) -> None:
        QTimer.singleShot(0, lambda: (app.closeAllWindows(), app.quit()))

    signal.signal(signal.SIGTERM, close)
    # Python runs a signal handler only when it gets control: wake it while Qt's event loop waits.
    waker = QTimer(app, objectName="sigterm_waker")
    waker.timeout.connect(lambda: None)
    waker.start(250)


def _setup_logging() -> Path | None:
    from l2fh_desk.logs import setup_logging

    return setup_logging()


def _install_crash_hook(app: QApplication, log_path: Path | None) -> None:
    from l2fh_desk.ui.crash_dialog import install_excepthook

    install_excepthook(app, log_path)
