"""The background helper survives a long stream of progress signals from its worker thread.

PySide6 6.12.0 crashed the whole process (none_dealloc) after a few hundred cross-thread emits;
this test fails by crashing on such a Qt build.
"""

from __future__ import annotations

import os

import pytest

from l2fh_desk.store.driver import sqlite3

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from l2fh_desk.ui.worker import run_in_background  # noqa: E402


def test_thousands_of_progress_reports_then_a_none_result(qtbot):  # type: ignore[no-untyped-def]
    results: list[object] = []

    def work(report, is_cancelled):  # type: ignore[no-untyped-def]
        for step in range(2000):
            report(step, 2000, "")
        return None

    task = run_in_background(None, work, on_done=results.append, progress=False)
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert results == [None]
    assert task.error is None


def test_run_op_gives_the_worker_a_store_of_its_own_and_closes_it(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    import threading

    from l2fh_desk.ui.worker import run_op
    from tests.factories import seeded_store

    store = seeded_store(tmp_path / "h.sqlite")
    seen: list[object] = []

    def op(own, report, is_cancelled):  # type: ignore[no-untyped-def]
        seen.append(own)
        return own is not store and own.path == store.path, own.origin, threading.current_thread().name

    task = run_op(None, store, op, on_done=seen.append, progress=False)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    worker_store, (separate, origin, thread) = seen
    assert separate and origin == store.origin
    assert thread != threading.current_thread().name
    with pytest.raises(sqlite3.ProgrammingError):  # closed once the work ended
        worker_store.db.conn.execute("SELECT 1")  # type: ignore[attr-defined]
    store.close()


def test_run_op_ends_quietly_when_the_core_reports_a_cancel(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from l2fh_desk.exchange.bundle_write import ExportCancelled
    from l2fh_desk.ui.worker import run_op
    from tests.factories import seeded_store

    store = seeded_store(tmp_path / "h.sqlite")
    seen: list[object] = []

    def op(own, report, is_cancelled):  # type: ignore[no-untyped-def]
        raise ExportCancelled("export cancelled; nothing was written")

    task = run_op(None, store, op, on_done=seen.append, on_error=seen.append, progress=False)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert seen == [] and task.error is None
    store.close()
