"""The background helper survives a long stream of progress signals from its worker thread.

PySide6 6.12.0 crashed the whole process (none_dealloc) after a few hundred cross-thread emits;
this test fails by crashing on such a Qt build.
"""

from __future__ import annotations

import os

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
