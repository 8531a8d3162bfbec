"""The desktop app with a 100,000-encounter database: time to a usable window, the worst wait per
keystroke in the patient filter, and resident memory; beside a bare PySide6 window's start time.

    python -m bench.bench_gui [--quick]

Each measurement runs in a fresh process (offscreen Qt). The demo database is built once and kept in
the temp folder (building 100,000 encounters takes a few minutes).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FILTER_TEXT = "nguyen van a"
BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1200, 780)
window.show()
app.processEvents()
print("READY", flush=True)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("L2FH_DATA_DIR", tempfile.mkdtemp(prefix="l2fh-bench-gui-data-"))
    return env


def demo_db(encounters: int) -> Path:
    path = Path(tempfile.gettempdir()) / f"l2fh-bench-gui-{encounters}.db"
    if not path.exists():
        partial = path.with_suffix(".building")
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
            leftover.unlink(missing_ok=True)
        subprocess.run([sys.executable, "-m", "l2fh_desk", "demo", "--db", str(partial), "--encounters",
                        str(encounters)], check=True, capture_output=True, env=_env())
        partial.rename(path)
    return path


def _until_ready(command: list[str]) -> tuple[float, dict]:
    """Seconds from starting the process to its READY line, and the JSON it printed after it."""
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
    assert proc.stdout is not None
    ready = None
    extra: dict = {}
    for line in proc.stdout:
        if line.startswith("READY") and ready is None:
            ready = time.perf_counter() - started
        elif line.startswith("{"):
            extra = json.loads(line)
    proc.wait(timeout=600)
    if proc.returncode != 0 or ready is None:
        raise RuntimeError(f"{command[-1]} failed: {proc.stderr.read() if proc.stderr else ''}")
    return ready, extra


def child(db: str) -> None:
    """Start the app as a user would (open, sign in, main window), then type into the patient filter."""
    import resource

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from l2fh_desk.demo.generator import DEMO_ACCOUNTS
    from l2fh_desk.security.sessions import sign_in
    from l2fh_desk.store.store import Store
    from l2fh_desk.ui.app import make_app
    from l2fh_desk.ui.context import AppContext
    from l2fh_desk.ui.main_window import MainWindow

    app = make_app()
    store = Store(Path(db))
    user, password, _role, _name = DEMO_ACCOUNTS[0]
    session = sign_in(store, user, password)
    window = MainWindow(AppContext(store=store, actor=session.actor), session)
    window.show()
    app.processEvents()
    print("READY", flush=True)
    page = window.page("PatientsPage")
    window.show_page(page)
    app.processEvents()
    waits: list[float] = []
    for char in FILTER_TEXT:
        started = time.perf_counter()
        QTest.keyClick(page.filter, char)
        app.processEvents()
        typed = time.perf_counter() - started
        started = time.perf_counter()
        page.run_search()  # what the debounce timer runs after the last key
        app.processEvents()
        waits.append(max(typed, time.perf_counter() - started))
    page.filter.clear()
    page.run_search()
    scroll = []
    for _ in range(20):  # scroll far down the unfiltered list: each page is fetched on demand
        started = time.perf_counter()
        page.table.scrollToBottom()
        app.processEvents()
        scroll.append(time.perf_counter() - started)
    QTest.keyClick(page.filter, Qt.Key.Key_Escape)
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"worst_key_s": max(waits), "worst_scroll_s": max(scroll), "rows": page.model.rowCount(),
                      "rss_mb": rss_kib / 1024, "patients": store.patients.count()}), flush=True)
    window.idle_lock.stop()
    store.close()


def run(quick: bool = False) -> list[dict]:
    encounters = 10_000 if quick else 100_000
    db = demo_db(encounters)
    bare = min(_until_ready([sys.executable, "-c", BARE])[0] for _ in range(3))
    runs = [_until_ready([sys.executable, "-m", "bench.bench_gui", "--child", str(db)]) for _ in range(3)]
    start = min(seconds for seconds, _ in runs)
    figures = runs[0][1]
    worst_key = max(extra["worst_key_s"] for _, extra in runs)
    rss = max(extra["rss_mb"] for _, extra in runs)
    label = f"{encounters:,} encounters, {figures['patients']:,} patients"
    return [
        {"figure": f"GUI: launch to usable main window ({label})", "value": start, "unit": "s",
         "baseline": bare, "goal": "< 2 s (baseline: bare PySide6 window)"},
        {"figure": f"GUI: worst wait per keystroke, patient filter ({label})", "value": worst_key * 1000,
         "unit": "ms", "baseline": None, "goal": "< 50 ms"},
        {"figure": f"GUI: worst scroll step, fetching more patients ({label})",
         "value": max(extra["worst_scroll_s"] for _, extra in runs) * 1000, "unit": "ms", "baseline": None,
         "goal": "< 50 ms"},
        {"figure": f"GUI: peak resident memory ({label})", "value": rss, "unit": "MB", "baseline": None,
         "goal": "< 400 MB"},
    ]


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2])
    else:
        for row in run(quick="--quick" in sys.argv):
            print(row)
