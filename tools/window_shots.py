"""Screenshots of what a user meets besides the pages, in English, Vietnamese and French: the hospital's first-run
wizard, the sign-in (a wrong password, then locked out), the idle lock, the settings, the error messages of a
full disk at a save, another application's SQLite file and a database another process has open (each caused
for real), and the patient list with names in every script.

    python -m tools.window_shots [--out DIR]

Runs offscreen in a temporary folder (nothing of the demo database is touched); writes <what>-<language>.png.
"""

from __future__ import annotations

import argparse
import os
import sqlite3 as stock_sqlite3  # another application's file, written with the stock library on purpose
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "vi", "fr")
NAMES = ("Nguyễn Thị Ánh", "محمد علي عبد الله", "አበበ ቢቂላ", "प्रिया शर्मा", "王小明", "Nyabol Gatkuoth")
HOLDER = "import sys, time\nfrom l2fh_desk.store.store import Store\nStore(sys.argv[1])\nprint('open', flush=True)\n" \
         "time.sleep(60)\n"


def _errors(work: Path) -> dict[str, BaseException]:
    """The three storage errors, caused for real."""
    from l2fh_desk.domain.roles import SYSTEM
    from l2fh_desk.store.backup import make_backup
    from l2fh_desk.store.errors import StorageError
    from l2fh_desk.store.restore import restore
    from l2fh_desk.store.store import Store

    found: dict[str, BaseException] = {}
    with Store(work / "full.db") as store:
        store.db.conn.execute(f"PRAGMA max_page_count = {store.db.scalar('PRAGMA page_count')}")  # SQLITE_FULL
        try:
            with store.db.atomic():
                store.db.write("INSERT INTO settings (key, value) VALUES ('big', ?)", ("x" * 200_000,))
        except StorageError as exc:
            found["error-disk-full"] = exc
    foreign = work / "inventory.db"
    conn = stock_sqlite3.connect(foreign)
    conn.execute("CREATE TABLE stock (item TEXT, quantity INTEGER)")
    conn.commit()
    conn.close()
    try:
        Store(foreign)
    except StorageError as exc:
        found["error-another-applications-file"] = exc
    with Store(work / "held.db") as store:
        made = make_backup(store.db)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(work / "held.db")], env=env, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        restore(made, work / "held.db", actor=SYSTEM)
    except StorageError as exc:
        found["error-database-in-use"] = exc
    finally:
        holder.kill()
        holder.wait()
    return found


def main(argv: list[str] | None = None) -> int:  # noqa: PLR0915 (one linear walk through the windows)
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QMessageBox

    from l2fh_desk.demo.generator import generate
    from l2fh_desk.domain.patient import Patient
    from l2fh_desk.domain.roles import SYSTEM
    from l2fh_desk.domain.vocab import PatientCategory, Sex
    from l2fh_desk.security.sessions import sign_in
    from l2fh_desk.store.store import Store
    from l2fh_desk.ui.app import demo_accounts, make_app
    from l2fh_desk.ui.context import AppContext
    from l2fh_desk.ui.first_run import FirstRunWizard
    from l2fh_desk.ui.i18n import Preferences, switch_language, translations
    from l2fh_desk.ui.main_window import MainWindow
    from l2fh_desk.ui.messages import describe_error
    from l2fh_desk.ui.settings_dialog import SettingsDialog
    from l2fh_desk.ui.sign_in import SignInDialog
    from tools.screenshot_session import settle, wait_for_workers

    app = make_app()
    args.out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def shot(widget: Any, name: str) -> None:
        settle(app)
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    with tempfile.TemporaryDirectory(prefix="l2fh-window-shots-") as folder:
        work = Path(folder)
        errors = _errors(work)
        store = Store(work / "hospital.db")
        generate(store, encounters=120, outreach=6, seed=3)
        for name in NAMES:
            store.patients.create(Patient(name=name, sex=Sex.FEMALE, category=PatientCategory.LOCAL_CIVILIAN,
                                          date_of_birth=date(1996, 3, 1)), actor=SYSTEM)
        session = sign_in(store, "commander", "commander-demo")
        ctx = AppContext(store=store, actor=session.actor)
        window = MainWindow(ctx, session)
        window.idle_lock.set_minutes(0)
        window.resize(1280, 820)
        window.show()
        for language in LANGUAGES:
            switch_language(ctx, language)
            with Store(work / f"new-{language}.db") as new:
                wizard = FirstRunWizard(new)
                wizard.resize(760, 520)
                wizard.show()
                shot(wizard, f"first-run-1-kind-{language}")
                wizard.next()
                page = wizard.hospital_page
                page.name.setText("Viet Nam Level-2 Field Hospital No. 4")
                page.mission.setText("UNMISS")
                page.location.setText("Bentiu")
                page.country.setText("Viet Nam")
                shot(wizard, f"first-run-2-hospital-{language}")
                wizard.next()
                wizard.rotation_page.commander.setText("Thượng tá Nguyễn Văn Hùng")
                shot(wizard, f"first-run-3-rotation-{language}")
                wizard.next()
                shot(wizard, f"first-run-4-account-{language}")
                wizard.reject()
            dialog = SignInDialog(store, demo_accounts=demo_accounts(), hospital_name=store.hospitals.this().name)
            dialog.show()
            dialog.username.setText("binh")
            dialog.password.setText("not-his-password")
            dialog.try_sign_in()
            shot(dialog, f"sign-in-wrong-password-{language}")
            dialog.username.setText("hoa")
            for _ in range(6):  # past the limit (once; the account stays locked for the other languages)
                dialog.password.setText("not-her-password")
                dialog.try_sign_in()
                if not dialog.message.text() or "%" in dialog.message.text():
                    break
            shot(dialog, f"sign-in-locked-out-{language}")
            dialog.close()
            settings = SettingsDialog(ctx, preferences=Preferences(work / "prefs.ini"), parent=window)
            settings.show()
            shot(settings, f"dialog-settings-{language}")
            settings.reject()
            for name, exc in errors.items():
                box = QMessageBox(QMessageBox.Icon.Warning, "L2FH Desk", describe_error(exc),
                                  QMessageBox.StandardButton.Ok, window)
                box.show()
                shot(box, f"{name}-{language}")
                box.done(0)
            patients = window.page("PatientsPage")
            window.show_page(patients)
            patients.filter.setText("")
            patients.run_search()
            wait_for_workers(app)
            shot(window, f"page-patients-scripts-{language}")
            window.idle_lock.lock()
            shot(window, f"idle-lock-{language}")
            window.idle_lock.try_unlock("commander-demo")
        switch_language(ctx, "en")
        window.idle_lock.stop()
        window.close()
        translations().switch("en")
        store.close()
    for path in saved:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
