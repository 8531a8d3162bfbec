"""A visit before its patient's stored date of birth (saved by an older version, which let a date of birth move
after a visit): the handover and the MDS count it under "age unknown", never silently in "<1", and both say so."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from l2fh_desk.domain.encounter import Diagnosis, Encounter
from l2fh_desk.domain.hospital import Hospital, Rotation
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.roles import SYSTEM
from l2fh_desk.domain.vocab import Disposition, EncounterKind, PatientCategory, Sex
from l2fh_desk.reports.figures_handover import UNKNOWN_AGE_BAND, handover_figures
from l2fh_desk.reports.generate import generate_handover, generate_mds
from l2fh_desk.services.setup import add_hospital
from l2fh_desk.services.voids import void_encounter
from l2fh_desk.store.base import Repository
from l2fh_desk.store.store import Store

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "h.db")
    add_hospital(s, Hospital(name="L2FH", mission="UNMISS", location="Bentiu"), actor=SYSTEM)
    rotation = s.rotations.create(Rotation(hospital_id=s.origin, number=5, start_date=date(2026, 11, 1),
                                           end_date=date(2026, 11, 30), commander_name="Col."), actor=SYSTEM)
    for name, sex, day in (("Born after the visit", Sex.MALE, 5), ("An adult", Sex.FEMALE, 6)):
        patient = s.patients.create(Patient(name=name, sex=sex, date_of_birth=date(1990, 1, 1),
                                            category=PatientCategory.LOCAL_CIVILIAN), actor=SYSTEM)
        s.encounters.create(Encounter(
            patient_id=patient.id, rotation_id=rotation.id, started_at=datetime(2026, 11, day, 9, tzinfo=UTC),
            clinician="Dr Lan", kind=EncounterKind.OUTPATIENT, disposition=Disposition.DISCHARGED,
            diagnoses=(Diagnosis(icd10_code="A09", is_primary=True),)), actor=SYSTEM)
        if day == 5:  # as an older version saved it: its update had no check against the visits
            Repository.update(s.patients, patient.model_copy(update={"date_of_birth": date(2026, 11, 20)}),
                              actor=SYSTEM)
    return s


def test_the_handover_counts_it_under_age_unknown_and_says_so(store: Store, tmp_path: Path) -> None:
    rotation = store.rotations.by_number(5)
    assert rotation is not None
    f = handover_figures(store, rotation, generated_at=NOW)
    bands = {band: (men, women) for band, men, women in f.by_sex_band}
    assert bands["<1"] == (0, 0)
    assert bands["18-64"] == (0, 1)
    assert bands[UNKNOWN_AGE_BAND] == (1, 0)
    assert sum(m + w for m, w in bands.values()) == f.summary.encounters == 2
    out = generate_handover(store, rotation_number=5, out=tmp_path / "h.pdf", actor=SYSTEM, generated_at=NOW)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert "Age unknown 1 0 1" in text
    assert ("1 encounter is dated before its patient's date of birth: it is counted under \"Age unknown\","
            " in no age band, and as under 5 in the MDS items; l2fh-desk check names it.") in text


def test_a_rotation_without_one_has_no_age_unknown_row(store: Store) -> None:
    void_encounter(store, store.encounters.find("started_at LIKE '2026-11-05%'")[0].id, reason="test",
                          actor=SYSTEM)
    rotation = store.rotations.by_number(5)
    assert rotation is not None
    bands = [band for band, _m, _w in handover_figures(store, rotation, generated_at=NOW).by_sex_band]
    assert UNKNOWN_AGE_BAND not in bands


def test_the_mds_says_how_it_counts_it(store: Store, tmp_path: Path) -> None:
    result = generate_mds(store, start=date(2026, 11, 1), end=date(2026, 11, 30), out=tmp_path / "m.pdf",
                          actor=SYSTEM, generated_at=NOW)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(result.path).pages).split())
    assert ("1 consultation is dated before its patient's date of birth: items 1–3 count it by sex in no age"
            " band, items 4–35 as under 5; l2fh-desk check names it.") in text
