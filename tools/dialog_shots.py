"""Screenshots of the About dialog and the crash message, from the demo database (offscreen)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from l2fh_desk.demo.generator import DEMO_ACCOUNTS, generate  # noqa: E402
from l2fh_desk.security.sessions import sign_in  # noqa: E402
from l2fh_desk.store.store import Store  # noqa: E402
from l2fh_desk.ui.about import AboutDialog  # noqa: E402
from l2fh_desk.ui.context import AppContext  # noqa: E402
from l2fh_desk.ui.crash_dialog import CrashHandler  # noqa: E402
from l2fh_desk.ui.startup import ensure_signing_key  # noqa: E402


def main(out_dir: Path, db_path: Path) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    store = Store(db_path)
    if store.hospitals.this() is None:
        generate(store, encounters=300, outreach=20, seed=1)
    ensure_signing_key(store)
    username, password, *_ = DEMO_ACCOUNTS[0]
    ctx = AppContext(store=store, actor=sign_in(store, username, password).actor)
    about = AboutDialog(ctx)
    about.show()
    app.processEvents()
    about.grab().save(str(out_dir / "dialog-about-en.png"))
    handler = CrashHandler(app, db_path.parent / "logs" / "l2fh-desk.log")
    box = handler.show()
    app.processEvents()
    box.grab().save(str(out_dir / "dialog-crash-en.png"))
    box.done(0)
    about.close()
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
