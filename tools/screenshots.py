"""Screenshots of every page on the demo database, in English, Vietnamese and French, for docs/screenshots/.

    python -m tools.screenshots [--db DEMO.db] [--out docs/screenshots] [--size 1024x640]

Runs offscreen; the demo database is made (3,000 encounters) if it does not exist. `--size` takes them at
another window size (a small laptop's), named page-<name>-<language>-<size>.png.
"""

from __future__ import annotations

import sys

from tools.screenshot_session import demo_session, wait_for_workers

LANGUAGES = ("en", "vi", "fr")


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
    argv = list(sys.argv[1:] if argv is None else argv)
    size, suffix = (1280, 820), ""
    if "--size" in argv:
        at = argv.index("--size")
        text = argv[at + 1]
        del argv[at:at + 2]
        width, height = (int(part) for part in text.split("x"))
        size, suffix = (width, height), f"-{text}"
    with demo_session(argv, description=__doc__ or "", db_name="l2fh-screenshots-demo.db") as shots:
        from l2fh_desk.ui.app import demo_accounts
        from l2fh_desk.ui.i18n import switch_language
        from l2fh_desk.ui.sign_in import SignInDialog

        done: set[str] = set()
        # The commander sees most pages; the HQ analyst adds the HQ import page.
        for user in ("commander", "analyst"):
            window, ctx = shots.window(user=user, size=size)
            for language in LANGUAGES:
                switch_language(ctx, language)
                if "sign-in" not in done:
                    dialog = SignInDialog(shots.store, demo_accounts=demo_accounts(),
                                          hospital_name=shots.store.hospitals.this().name)
                    dialog.show()
                    shots.shot(dialog, f"sign-in-{language}{suffix}")
                    dialog.close()
                for page in window.pages:
                    name = page_name(page)
                    if name in done:
                        continue
                    window.show_page(page)
                    if name == "encounter":
                        page.clear_form()
                        stage_encounter(page)
                    if name == "patients":
                        stage_patient(page)
                    wait_for_workers(shots.app)
                    shots.shot(window, f"page-{name}-{language}{suffix}")
            done.update(page_name(p) for p in window.pages)
            done.add("sign-in")
            for page in window.pages:
                if type(page).__name__ == "EncounterPage":
                    page.clear_form()
            switch_language(ctx, "en")
            shots.close_window(window)
    return 0


def page_name(page) -> str:  # type: ignore[no-untyped-def]
    return str(type(page).__module__.removeprefix("l2fh_desk.ui.pages.").split(".")[0])


if __name__ == "__main__":
    sys.exit(main())
