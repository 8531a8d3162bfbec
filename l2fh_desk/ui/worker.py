"""Slow work off the GUI thread (in the style of Anki's QueryOp): progress, cancel, readable failures.

    run_op(parent, store, op, on_done=show, on_error=None, progress=True, cancellable=True,
           label="Writing the report…")
    run_in_background(parent, fn, on_done=show, ...)        # work that needs no database

`op(store, report, is_cancelled)` is what every page runs: `store` is a connection of the worker's own
(`store.reopen()` of the page's store, closed when `op` returns), because one SQLite connection must not
carry two threads' transactions.

`fn(report, is_cancelled)` runs on a worker thread and must never touch widgets. It may call
`report(done, total, text="")` (which raises `Cancelled` once the user has pressed Cancel) and
`is_cancelled()`. Its return value goes to `on_done(result)` on the GUI thread; an exception becomes one
readable sentence for `on_error(message)` (default: an error box). A `Cancelled` (the core's report and
export cancels are subclasses of it) ends the task quietly: no result, no error.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from l2fh_desk.domain.progress import Cancelled  # raised by `report` once the user pressed Cancel
from l2fh_desk.store.store import Store
from l2fh_desk.ui.messages import Notice, describe_error
from l2fh_desk.ui.messages import is_known_error as _is_known

log = logging.getLogger(__name__)
T = TypeVar("T")
Report = Callable[..., None]
IsCancelled = Callable[[], bool]


class _Relay(QObject):
    """Lives on the GUI thread; the worker's signals are queued to it."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class BackgroundTask(QObject):
    """One running operation; `finished` fires on the GUI thread after on_done/on_error ran."""

    finished = Signal()

    def __init__(self, parent: QWidget | None, *, label: str, show_progress: bool, cancellable: bool) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.done = False
        self.result: Any = None
        self.error: str | None = None
        self.relay = _Relay()
        self.parent_widget = parent
        self.on_done: Callable[[Any], None] = lambda _result: None
        self.on_error: Callable[[str], None] | None = None
        self.dialog: QProgressDialog | None = None
        if show_progress:
            dialog = QProgressDialog(label or self.tr("Working…"), self.tr("Cancel") if cancellable else "",
                                     0, 0, parent)
            dialog.setWindowTitle(self.tr("Please wait"))
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(300)  # quick work never flashes a dialog
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            if not cancellable:
                dialog.setCancelButton(None)
            dialog.canceled.connect(self.cancel)
            self.dialog = dialog

    def cancel(self) -> None:
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self.relay.progressed.emit(int(done), int(total), str(text))

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None or self._cancel.is_set():
            return
        self.dialog.setMaximum(max(total, 0))
        # a window-modal progress dialog processes events inside setValue, so the task may finish there
        self.dialog.setValue(min(done, total) if total > 0 else 0)
        if text and self.dialog is not None:
            self.dialog.setLabelText(text)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _finish(self) -> None:
        self._close_dialog()
        self.done = True
        _running.discard(self)
        self.finished.emit()

    @Slot(object)
    def _succeeded(self, result: Any) -> None:
        self.result = result
        try:
            if not self.is_cancelled():
                self.on_done(result)
        finally:
            self._finish()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        try:
            if isinstance(exc, Cancelled):
                return
            if not isinstance(exc, Exception) or not _is_known(exc):
                log.error("background operation failed", exc_info=exc)
            message = describe_error(exc)
            self.error = message
            if self.on_error is not None:
                self.on_error(message)
            else:
                Notice.error(self.parent_widget, self.tr("The operation failed"), message)
        finally:
            self._finish()


class _Runnable(QRunnable):
    def __init__(self, task: BackgroundTask, fn: Callable[[Report, IsCancelled], Any]) -> None:
        super().__init__()
        self.task = task
        self.fn = fn

    def run(self) -> None:
        try:
            result = self.fn(self.task.report, self.task.is_cancelled)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported on the GUI thread
            self.task.relay.failed.emit(exc)
        else:
            self.task.relay.succeeded.emit(result)


_running: set[BackgroundTask] = set()  # keeps tasks alive until they finish


def run_in_background(
    parent: QWidget | None,
    fn: Callable[[Report, IsCancelled], T],
    *,
    on_done: Callable[[T], None],
    on_error: Callable[[str], None] | None = None,
    progress: bool = True,
    cancellable: bool = True,
    label: str = "",
) -> BackgroundTask:
    """Start `fn` on the thread pool; see the module docstring for the contract."""
    task = BackgroundTask(parent, label=label, show_progress=progress, cancellable=cancellable)
    task.on_done = on_done  # type: ignore[assignment]
    task.on_error = on_error
    # The task lives on the GUI thread, so these queued signals run its slots there.
    task.relay.progressed.connect(task._on_progress)
    task.relay.succeeded.connect(task._succeeded)
    task.relay.failed.connect(task._failed)
    _running.add(task)
    QThreadPool.globalInstance().start(_Runnable(task, fn))
    return task


def run_op(
    parent: QWidget | None,
    store: Store | Path,
    op: Callable[[Store, Report, IsCancelled], T],
    *,
    on_done: Callable[[T], None],
    on_error: Callable[[str], None] | None = None,
    progress: bool = True,
    cancellable: bool = True,
    label: str = "",
) -> BackgroundTask:
    """Run `op(store, report, is_cancelled)` on the thread pool with a store of the worker's own.

    `store` is the page's open store (the worker gets `store.reopen()`), or the path of a database to make
    (the demo: the worker opens and creates `Store(path)`). The worker's store is closed when `op` ends.
    """

    def work(report: Report, is_cancelled: IsCancelled) -> T:
        with store.reopen() if isinstance(store, Store) else Store(store) as own:
            return op(own, report, is_cancelled)

    return run_in_background(parent, work, on_done=on_done, on_error=on_error, progress=progress,
                             cancellable=cancellable, label=label)
