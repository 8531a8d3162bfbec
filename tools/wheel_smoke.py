"""CI: the INSTALLED package (a wheel in a fresh venv, not this checkout) writes a handover report and opens
the main window offscreen: `VENV/bin/python tools/wheel_smoke.py DB OUT.png` (DB made by `l2fh-desk demo`).

Run by .ci/run; prints one line per check and exits non-zero on the first failure.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def main(db: Path, png: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import l2fh_desk

    where = Path(l2fh_desk.__file__).resolve()
    if "site-packages" not in where.parts:
        print(f"wheel smoke: l2fh_desk was imported from {where}, not from an installed wheel", file=sys.stderr)
        return 1
    from l2fh_desk.demo.generator import DEMO_ACCOUNTS
    from l2fh_desk.paths import resource
    from l2fh_desk.security.sessions import sign_in
    from l2fh_desk.store.store import Store
    from l2fh_desk.ui.app import make_app
    from l2fh_desk.ui.context import AppContext
    from l2fh_desk.ui.main_window import MainWindow

    print(f"wheel smoke: resources at {resource('fonts').parent}")
    app = make_app()
    with Store(db) as store:
        username, password, _role, _name = DEMO_ACCOUNTS[0]
        session = sign_in(store, username, password)
        window = MainWindow(AppContext(store=store, actor=session.actor), session)
        window.resize(1200, 800)
        window.show()
        app.processEvents()
        if not window.grab().save(str(png)):
            print("wheel smoke: the window could not be grabbed", file=sys.stderr)
            return 1
        print(f"wheel smoke: main window shown ({window.windowTitle()}), {png}")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
