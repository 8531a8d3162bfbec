"""The main window: a navigation list and the pages the signed-in role may open, menus and a status bar."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from l2fh_desk.security.sessions import Session
from l2fh_desk.ui.context import AppContext
from l2fh_desk.ui.idle_lock import IdleLock, idle_minutes
from l2fh_desk.ui.labels import role_label
from l2fh_desk.ui.pages.base import Page
from l2fh_desk.ui.pages.registry import page_classes

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    signed_out = Signal()
    closed_for_good = Signal()  # closed by the user (quit), not by signing out

    def __init__(self, ctx: AppContext, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.session = session
        self.setObjectName("main_window")
        self.nav = QListWidget(objectName="navigation")
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.pages: list[Page] = []
        self._dirty: set[int] = set()
        for cls in page_classes(ctx.can, skip_missing=True, workspace=ctx.workspace):
            page = cls(ctx)
            self.pages.append(page)
            self.stack.addWidget(page)
            self.nav.addItem(page.title())
            self._dirty.add(len(self.pages) - 1)
        self.nav.currentRowChanged.connect(self._show_row)
        self._build_menus()
        self.status_user = QLabel()
        self.statusBar().addPermanentWidget(self.status_user)
        ctx.signals.changed.connect(self._data_changed)
        ctx.signals.language_changed.connect(self.retranslate)
        ctx.signals.navigate.connect(self.navigate)
        self.idle_lock = IdleLock(ctx.store, session, minutes=idle_minutes(ctx.store), before_lock=self.save_drafts,
                                  parent=self)
        self.idle_lock.sign_out_requested.connect(self.sign_out)
        self.retranslate()
        if self.pages:
            self.nav.setCurrentRow(0)
        self.resize(1200, 780)

    # --- pages --------------------------------------------------------------------------------------
    def page(self, cls_name: str) -> Page | None:
        return next((p for p in self.pages if type(p).__name__ == cls_name), None)

    def show_page(self, page: Page) -> None:
        self.nav.setCurrentRow(self.pages.index(page))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        if row in self._dirty:
            self._dirty.discard(row)
            self.pages[row].refresh()

    def _data_changed(self, _table: str) -> None:
        current = self.stack.currentIndex()
        self._dirty.update(i for i in range(len(self.pages)) if i != current)
        if current >= 0:
            self.pages[current].refresh()

    def navigate(self, module: str, record_id: str) -> None:
        """Show the page of that module (e.g. "encounter") and hand it the record id."""
        for page in self.pages:
            # A page lives in pages/<module>.py or in the package pages/<module>/.
            name = type(page).__module__.removeprefix("l2fh_desk.ui.pages.")
            if name == module or name.startswith(module + "."):
                self.show_page(page)
                opener = getattr(page, "open_record", None)
                if opener is not None and record_id:
                    opener(record_id)
                return
        log.warning("no page %s for this role", module)

    def save_drafts(self) -> None:
        for page in self.pages:
            try:
                page.save_draft()
            except Exception:  # a draft that cannot be written must not stop the lock or the close
                log.exception("saving the draft of %s failed", type(page).__name__)

    # --- menus --------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.settings_action = QAction(self, objectName="settings_action")
        self.settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.open_settings)
        self.password_action = QAction(self, objectName="password_action")
        self.password_action.triggered.connect(self.change_password)
        self.lock_action = QAction(self, objectName="lock_action")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(lambda: self.idle_lock.lock())
        self.sign_out_action = QAction(self, objectName="sign_out_action")
        self.sign_out_action.triggered.connect(self.sign_out)
        self.quit_action = QAction(self, objectName="quit_action")
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        for action in (self.settings_action, self.password_action, self.lock_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.sign_out_action)
        self.file_menu.addAction(self.quit_action)
        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self, objectName="about_action")
        self.about_action.triggered.connect(self.open_about)
        self.help_menu.addAction(self.about_action)
        self.test_error_action = QAction(self, objectName="test_error_action")
        self.test_error_action.triggered.connect(self.raise_test_error)
        self.help_menu.addAction(self.test_error_action)

    def window_title(self) -> str:
        """A plain (unencrypted) hospital database says so in the title: the demo's, or one not yet converted."""
        from l2fh_desk.demo.generator import is_demo
        from l2fh_desk.store.atrest import is_encrypted

        store = self.ctx.store
        if is_encrypted(store.path) or not store.origin:
            return self.tr("L2FH Desk")
        if is_demo(store):
            return self.tr("L2FH Desk — demo data, not encrypted")
        return self.tr("L2FH Desk — not encrypted (l2fh-desk encrypt)")

    def retranslate(self, _language: str = "") -> None:
        self.setWindowTitle(self.window_title())
        self.file_menu.setTitle(self.tr("&File"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.password_action.setText(self.tr("Change &password…"))
        self.lock_action.setText(self.tr("&Lock now"))
        self.sign_out_action.setText(self.tr("Sign &out"))
        self.quit_action.setText(self.tr("&Quit"))
        self.about_action.setText(self.tr("&About L2FH Desk"))
        self.test_error_action.setText(self.tr("Test error handling"))
        for row, page in enumerate(self.pages):
            page.retranslate()
            self.nav.item(row).setText(page.title())
        # Wide enough for the longest title in this language (Vietnamese titles run long), never cut off, not even
        # when a small laptop's window leaves the pages little room.
        titles = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 12
        self.nav.setMinimumWidth(titles)
        self.nav.setMaximumWidth(max(220, titles))
        self._update_status()

    def _update_status(self) -> None:
        account = self.session.account
        hospital = self.ctx.store.hospitals.this()
        rotation = self.ctx.store.rotations.latest()
        parts = [self.tr("Signed in as %1 (%2)").replace("%1", account.display_name or account.username)
                 .replace("%2", role_label(account.role))]
        if hospital is not None:
            parts.append(f"{hospital.name} · {hospital.mission}, {hospital.location}")
        elif self.ctx.is_hq:
            from l2fh_desk.hq.workspace import department

            parts.append(self.tr("HQ workspace: %1").replace("%1", department(self.ctx.store)))
            rotation = None  # rotations at HQ belong to many hospitals
        if rotation is not None:
            parts.append(self.tr("Rotation %1").replace("%1", str(rotation.number)))
        self.status_user.setText("   ·   ".join(parts))

    def open_settings(self) -> None:
        from l2fh_desk.ui.settings_dialog import SettingsDialog

        SettingsDialog.ask(self.ctx, parent=self)
        self.idle_lock.set_minutes(idle_minutes(self.ctx.store))

    def change_password(self) -> None:
        from l2fh_desk.ui.settings_dialog import ChangePasswordDialog

        ChangePasswordDialog.ask(self.ctx, parent=self)

    def open_about(self) -> None:
        from l2fh_desk.ui.about import AboutDialog  # built by the pages half; loaded on demand

        AboutDialog(self.ctx, self).exec()

    def raise_test_error(self) -> None:
        """Shows that an unexpected error gives the plain message and the log (issue: field readiness)."""
        from l2fh_desk.ui.crash_dialog import raise_test_error

        raise_test_error()

    # --- leaving ------------------------------------------------------------------------------------
    def sign_out(self) -> None:
        self.save_drafts()
        self.idle_lock.stop()
        self._signing_out = True
        self.close()
        self.signed_out.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        signing_out = getattr(self, "_signing_out", False)
        if not signing_out:
            self.save_drafts()
        self.idle_lock.stop()
        super().closeEvent(event)
        if not signing_out:
            self.closed_for_good.emit()
