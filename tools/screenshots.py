"""Screenshots of every page on the demo database, in English and Vietnamese, for docs/screenshots/.

    python -m tools.screenshots [--db DEMO.db] [--out docs/screenshots]

Runs offscreen; the demo database is made (3,000 encounters) if it does not exist.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("en", "vi")


def settle(app) -> None:  # type: ignore[no-untyped-def]
    for _ in range(5):
        app.processEvents()


def wait_for_workers(app) -> None:  # type: ignore[no-untyped-def]
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


def stage_encounter(page) -> None:  # type: ignore[no-untyped-def]
    """A half-typed encounter, as a medic sees it at the triage desk."""
    rows = page.ctx.store.patients.search("nguyen", limit=1)
    if rows:
        page.picker.set_patient(rows[0].id)
    page.triage.setCurrentIndex(page.triage.findData("T2"))
    page.complaint.setText("Fever, headache, rigors for 2 days")
    for name, value in (("temperature_c", "39.2"), ("pulse_bpm", "112"), ("resp_rate", "22"),
                        ("systolic_bp", "118"), ("diastolic_bp", "76"), ("spo2", "97")):
        page.vitals.fields[name].setText(value)
    page.icd.search.setText("malaria")
    page.add_diagnosis("B54", "Unspecified malaria")


def stage_patient(page) -> None:  # type: ignore[no-untyped-def]
    """Open a patient whose timeline has an admission as well as encounters, with one record selected."""
    store = page.ctx.store
    patient_id = store.db.scalar("SELECT a.patient_id FROM admissions a JOIN encounters e ON e.patient_id = a.patient_id"
                                 " WHERE a.voided_at IS NULL GROUP BY a.patient_id ORDER BY count(*) DESC LIMIT 1")
    if patient_id is not None:
        page.filter.setText(store.patients.get(patient_id).name)
    page.run_search()
    page.table.selectRow(0)
    page.open_index(page.model.index(0, 0))
    page.timeline.table.selectRow(0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "l2fh-screenshots-demo.db")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from l2fh_desk.demo.generator import DEMO_ACCOUNTS, generate
    from l2fh_desk.security.sessions import sign_in
    from l2fh_desk.store.store import Store
    from l2fh_desk.ui.app import demo_accounts, make_app
    from l2fh_desk.ui.context import AppContext
    from l2fh_desk.ui.i18n import switch_language, translations
    from l2fh_desk.ui.main_window import MainWindow
    from l2fh_desk.ui.sign_in import SignInDialog

    app = make_app()
    if not args.db.exists():
        with Store(args.db) as store:
            generate(store)
    args.out.mkdir(parents=True, exist_ok=True)
    store = Store(args.db)
    saved: list[Path] = []
    done: set[str] = set()
    # The commander sees most pages; the HQ analyst adds the HQ import page.
    for account in (DEMO_ACCOUNTS[0], DEMO_ACCOUNTS[2]):
        user, password, _role, _name = account
        session = sign_in(store, user, password)
        ctx = AppContext(store=store, actor=session.actor)
        window = MainWindow(ctx, session)
        window.idle_lock.set_minutes(0)
        window.resize(1280, 820)
        window.show()
        for language in LANGUAGES:
            switch_language(ctx, language)
            if "sign-in" not in done:
                dialog = SignInDialog(store, demo_accounts=demo_accounts(),
                                      hospital_name=store.hospitals.this().name)
                dialog.show()
                settle(app)
                path = args.out / f"sign-in-{language}.png"
                dialog.grab().save(str(path))
                saved.append(path)
                dialog.close()
            for page in window.pages:
                name = type(page).__module__.removeprefix("l2fh_desk.ui.pages.").split(".")[0]
                if name in done:
                    continue
                window.show_page(page)
                if name == "encounter":
                    page.clear_form()
                    stage_encounter(page)
                if name == "patients":
                    stage_patient(page)
                wait_for_workers(app)
                path = args.out / f"page-{name}-{language}.png"
                window.grab().save(str(path))
                saved.append(path)
        done.update(type(p).__module__.removeprefix("l2fh_desk.ui.pages.").split(".")[0] for p in window.pages)
        done.add("sign-in")
        for page in window.pages:
            if type(page).__name__ == "EncounterPage":
                page.clear_form()
        switch_language(ctx, "en")
        window.idle_lock.stop()
        window.close()
    translations().switch("en")
    store.close()
    for path in saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
