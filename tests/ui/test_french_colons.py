"""French sets a space before a colon: the patient's details read "Nationalité : Viet Nam" in a French window
(English "Nationality: Viet Nam"), as every other French label of the app does."""

from __future__ import annotations

from datetime import date

from core_support import hospital_store, session_for

from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import PatientCategory, Sex
from l2fh_desk.ui.i18n import translations
from l2fh_desk.ui.widgets.timeline import PatientTimeline


def test_the_patients_details_put_a_space_before_the_colon_in_french(qtbot, tmp_path):
    store = hospital_store(tmp_path)
    patient = store.patients.create(Patient(name="Vũ Minh Nam", sex=Sex.MALE, date_of_birth=date(2003, 1, 19),
                                            category=PatientCategory.UN_MILITARY, un_index_number="786003",
                                            nationality="Viet Nam"), actor=SYSTEM)
    _session, ctx = session_for(store, "boss")
    try:
        timeline = PatientTimeline(ctx)
        qtbot.addWidget(timeline)
        timeline.show_patient(store, patient)
        assert "Nationality: Viet Nam" in timeline.details.text()
        assert translations().switch("fr")
        timeline.show_patient(store, patient)
        text = timeline.details.text()
        assert "Nationalité : Viet Nam" in text and "ONU : 786003" in text
    finally:
        translations().switch("en")
        store.close()
