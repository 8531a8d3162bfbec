"""What the screenshot scripts share: the command line (--db, --out), the demo database (made if missing), a
signed-in main window of the demo, and saving each picture (listed at the end).

    with demo_session(argv, description=__doc__) as shots:
        window, ctx = shots.window(user="commander", size=(1280, 820))
        shots.shot(window, "page-ward-fr")
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def settle(app: Any) -> None:
    for _ in range(5):
        app.processEvents()


def wait_for_workers(app: Any) -> None:
    """Pages that load on the worker thread (the dashboard) finish before the picture is taken."""
    import time

    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        settle(app)
        if pool.activeThreadCount() == 0:
            break
        time.sleep(0.05)
    settle(app)


class Shots:
    """The app, the demo store and the pictures saved so far."""

    def __init__(self, app: Any, store: Any, out: Path) -> None:
        self.app, self.store, self.out = app, store, out
        self.saved: list[Path] = []
        self.windows: list[Any] = []

    def window(self, *, user: str = "commander", size: tuple[int, int] = (1280, 820)) -> tuple[Any, Any]:
        """A main window signed in as the demo account `user`, idle lock off."""
        from l2fh_desk.demo.generator import DEMO_ACCOUNTS
        from l2fh_desk.security.sessions import sign_in
        from l2fh_desk.ui.context import AppContext
        from l2fh_desk.ui.main_window import MainWindow

        password = next(password for name, password, _role, _display in DEMO_ACCOUNTS if name == user)
        session = sign_in(self.store, user, password)
        ctx = AppContext(store=self.store, actor=session.actor)
        window = MainWindow(ctx, session)
        window.idle_lock.set_minutes(0)
        window.resize(*size)
        window.show()
        self.windows.append(window)
        return window, ctx

    def close_window(self, window: Any) -> None:
        window.idle_lock.stop()
        window.close()
        self.windows.remove(window)

    def shot(self, widget: Any, name: str) -> Path:
        settle(self.app)
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)
        return path


@contextmanager
def demo_session(argv: list[str] | None, *, description: str, db_name: str) -> Iterator[Shots]:
    parser = argparse.ArgumentParser(description=description.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / db_name)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from l2fh_desk.demo.generator import generate
    from l2fh_desk.store.store import Store
    from l2fh_desk.ui.app import make_app
    from l2fh_desk.ui.i18n import translations

    app = make_app()
    if not args.db.exists():
        with Store(args.db) as store:
            generate(store, encounters=3000)
    args.out.mkdir(parents=True, exist_ok=True)
    store = Store(args.db)
    shots = Shots(app, store, args.out)
    try:
        yield shots
    finally:
        for window in list(shots.windows):
            shots.close_window(window)
        translations().switch("en")
        store.close()
    for path in shots.saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
