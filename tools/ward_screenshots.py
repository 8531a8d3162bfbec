"""Screenshots of the triage-desk and ward pickers for docs/screenshots/: the diagnosis picker ("malaria",
"sốt rét", "paludisme"), the free-bed picker, the ward page with its pending evacuations and the commander's
wards-and-beds window.

    python -m tools.ward_screenshots [--db DEMO.db] [--out docs/screenshots]

Runs offscreen on the demo database (made with 3,000 encounters if it does not exist).
"""

from __future__ import annotations

from tools.screenshot_session import demo_session, wait_for_workers


def main(argv: list[str] | None = None) -> int:
    with demo_session(argv, description=__doc__ or "", db_name="l2fh-ward-screenshots-demo.db") as shots:
        from l2fh_desk.domain.vocab import Disposition
        from l2fh_desk.ui.i18n import switch_language

        window, ctx = shots.window(user="commander", size=(1280, 900))
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
            shots.shot(encounter.icd, name)
        switch_language(ctx, "en")
        encounter.icd.search.setText("X999")
        shots.shot(encounter.icd, "diagnosis-picker-no-match-en")
        encounter.clear_form()
        rows = shots.store.patients.search("nguyen", limit=1)
        if rows:
            encounter.picker.set_patient(rows[0].id)
        encounter.disposition.setCurrentIndex(encounter.disposition.findData(Disposition.ADMITTED.value))
        encounter.bed.setFocus()
        encounter.bed.setText("")
        encounter.bed_picker.update_results("")
        shots.shot(encounter.admission_box, "bed-picker-en")
        encounter.clear_form()
        ward = window.page("WardPage")
        for language in ("en", "vi", "fr"):
            switch_language(ctx, language)
            window.show_page(ward)
            ward.refresh()
            if ward.pending_model.rowCount():
                ward.pending.select_first()
            wait_for_workers(shots.app)
            shots.shot(window, f"ward-pending-evacuations-{language}")
            setup = ward.set_up_wards()  # the commander's wards and beds, as set up by the demo
            setup.name.setText({"en": "Isolation", "vi": "Cách ly", "fr": "Isolement"}[language])
            setup.labels.setText("ISO-1, ISO-2")
            shots.shot(setup, f"ward-setup-{language}")
            setup.reject()
        switch_language(ctx, "en")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
