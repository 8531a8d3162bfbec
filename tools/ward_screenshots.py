"""Screenshots of the triage-desk and ward pickers for docs/screenshots/: the diagnosis picker ("malaria",
"sốt rét", "paludisme"), the free-bed picker and the ward page with its pending evacuations.

    python -m tools.ward_screenshots [--db DEMO.db] [--out docs/screenshots]

Runs offscreen on the demo database (made with 3,000 encounters if it does not exist).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "l2fh-ward-screenshots-demo.db")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from l2fh_desk.demo.generator import DEMO_ACCOUNTS, generate
    from l2fh_desk.domain.vocab import Disposition
    from l2fh_desk.security.sessions import sign_in
    from l2fh_desk.store.store import Store
    from l2fh_desk.ui.app import make_app
    from l2fh_desk.ui.context import AppContext
    from l2fh_desk.ui.i18n import switch_language, translations
    from l2fh_desk.ui.main_window import MainWindow
    from tools.screenshots import settle, wait_for_workers

    app = make_app()
    if not args.db.exists():
        with Store(args.db) as store:
            generate(store, encounters=3000)
    args.out.mkdir(parents=True, exist_ok=True)
    store = Store(args.db)
    user, password, _role, _name = DEMO_ACCOUNTS[0]
    session = sign_in(store, user, password)
    ctx = AppContext(store=store, actor=session.actor)
    window = MainWindow(ctx, session)
    window.idle_lock.set_minutes(0)
    window.resize(1280, 900)
    window.show()
    saved: list[Path] = []

    def shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
        settle(app)
        path = args.out / f"{name}.png"
        widget.grab().save(str(path))
        saved.append(path)

    encounter = window.page("EncounterPage")
    for language, typed, name in (("en", "malaria", "diagnosis-picker-malaria-en"),
                                  ("vi", "sốt rét", "diagnosis-picker-sot-ret-vi"),
                                  ("fr", "paludisme", "diagnosis-picker-paludisme-fr")):
        switch_language(ctx, language)
        window.show_page(encounter)
        encounter.clear_form()
        encounter.icd.results.setMaximumHeight(260)
        encounter.icd.search.setFocus()
        encounter.icd.search.setText(typed)
        shot(encounter.icd, name)
    switch_language(ctx, "en")
    encounter.icd.search.setText("X999")
    shot(encounter.icd, "diagnosis-picker-no-match-en")
    encounter.clear_form()
    rows = store.patients.search("nguyen", limit=1)
    if rows:
        encounter.picker.set_patient(rows[0].id)
    encounter.disposition.setCurrentIndex(encounter.disposition.findData(Disposition.ADMITTED.value))
    encounter.bed.setFocus()
    encounter.bed.setText("")
    encounter.bed_picker.update_results("")
    shot(encounter.admission_box, "bed-picker-en")
    encounter.clear_form()
    ward = window.page("WardPage")
    for language in ("en", "vi", "fr"):
        switch_language(ctx, language)
        window.show_page(ward)
        ward.refresh()
        if ward.pending_model.rowCount():
            ward.pending.select_first()
        wait_for_workers(app)
        shot(window, f"ward-pending-evacuations-{language}")
    switch_language(ctx, "en")
    window.idle_lock.stop()
    window.close()
    translations().switch("en")
    store.close()
    for path in saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
