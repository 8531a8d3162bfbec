"""Encounter rules: vitals in physiological ranges (the field named), no future times, DOA triage,
ICD-10 codes that exist, pregnancy only for females of plausible age, and field_errors placement."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from pydantic import ValidationError

from l2fh_desk.domain.encounter import PREGNANCY_AGE, VITAL_LIMITS, Diagnosis, Encounter, Vitals, check_vital
from l2fh_desk.domain.errors import DomainError, field_errors, first_error
from l2fh_desk.domain.patient import Patient
from l2fh_desk.domain.vocab import Disposition, PatientCategory, Sex, Triage

NOW = datetime.now(UTC).replace(microsecond=0)


def encounter(**changes: Any) -> Encounter:
    data: dict[str, Any] = {"patient_id": "p1", "rotation_id": "r1", "started_at": NOW - timedelta(hours=2),
                            "clinician": "Dr Trần Thị Ánh"}
    data.update(changes)
    return Encounter.model_validate(data)


def patient(sex: Sex = Sex.FEMALE, born: date = date(1995, 3, 1)) -> Patient:
    return Patient(id="p1", name="Nyaruach Gatkuoth", sex=sex, date_of_birth=born,
                   category=PatientCategory.LOCAL_CIVILIAN)


@pytest.mark.parametrize("name", list(VITAL_LIMITS))
@pytest.mark.parametrize("side", ["low", "high"])
def test_each_vital_outside_its_limits_is_refused_with_its_name(name: str, side: str) -> None:
    low, high, _unit, title = VITAL_LIMITS[name]
    value = low - 1 if side == "low" else high + 1
    with pytest.raises(ValidationError) as caught:
        Vitals.model_validate({name: value})
    errors = field_errors(caught.value)
    assert list(errors) == [name]
    assert errors[name].startswith(f"{title} must be between {low:g} and {high:g}")


@pytest.mark.parametrize("name", list(VITAL_LIMITS))
def test_each_vital_at_its_limits_is_accepted(name: str) -> None:
    low, high, _unit, _title = VITAL_LIMITS[name]
    for value in (low, high):
        vitals = Vitals.model_validate({name: value} if name != "diastolic_bp" else {name: value})
        assert getattr(vitals, name) == value
        assert check_vital(name, value) is None


def test_vitals_inside_an_encounter_are_placed_under_vitals() -> None:
    with pytest.raises(ValidationError) as caught:
        encounter(vitals={"temperature_c": 46.5})
    assert field_errors(caught.value) == {"vitals.temperature_c": "Temperature must be between 25 and 45 °C"}


def test_diastolic_must_be_below_systolic_and_is_shown_beside_diastolic() -> None:
    with pytest.raises(ValidationError) as caught:
        encounter(vitals={"systolic_bp": 100, "diastolic_bp": 120})
    assert field_errors(caught.value) == {
        "vitals.diastolic_bp": "Diastolic blood pressure must be lower than systolic"}


def test_abnormal_but_possible_vitals_warn_without_refusing() -> None:
    vitals = Vitals(temperature_c=39.4, spo2=89, pulse_bpm=80)
    assert vitals.warnings() == {"temperature_c": "Temperature is high (39.4)", "spo2": "SpO2 is low (89)"}


def test_encounter_time_in_the_future_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        encounter(started_at=NOW + timedelta(days=1))
    assert field_errors(caught.value) == {"started_at": "Cannot be in the future"}
    assert "future" in first_error(caught.value)


def test_a_few_minutes_of_clock_skew_is_tolerated() -> None:
    assert encounter(started_at=NOW + timedelta(minutes=5)).started_at.tzinfo is not None


def test_naive_times_are_taken_as_utc() -> None:
    naive = (NOW - timedelta(hours=1)).replace(tzinfo=None)
    assert encounter(started_at=naive).started_at == naive.replace(tzinfo=UTC)


def test_dead_on_arrival_must_be_triaged_dead_and_the_message_sits_by_triage() -> None:
    with pytest.raises(ValidationError) as caught:
        encounter(disposition=Disposition.DEAD_ON_ARRIVAL, triage=Triage.T1)
    assert field_errors(caught.value) == {"triage": "A patient dead on arrival is triaged as dead"}
    assert encounter(disposition=Disposition.DEAD_ON_ARRIVAL, triage=Triage.DEAD).triage == Triage.DEAD


def test_only_one_primary_diagnosis() -> None:
    with pytest.raises(ValidationError) as caught:
        encounter(diagnoses=[{"icd10_code": "B54", "is_primary": True}, {"icd10_code": "A09", "is_primary": True}])
    assert field_errors(caught.value) == {"diagnoses": "Only one diagnosis can be primary"}


def test_clinician_is_required() -> None:
    with pytest.raises(ValidationError) as caught:
        encounter(clinician="   ")
    assert field_errors(caught.value) == {"clinician": "This field is required"}


@pytest.mark.parametrize("code", ["Q99.99", "B99.9.9", "XYZ", "", "I"])
def test_icd10_code_that_does_not_exist_is_refused(code: str) -> None:
    with pytest.raises(ValidationError, match="does not exist"):
        Diagnosis(icd10_code=code)


def test_icd10_code_is_normalised_described_and_mapped_to_mds() -> None:
    diagnosis = Diagnosis(icd10_code="b509")
    assert diagnosis.icd10_code == "B50.9"
    assert "falciparum" in diagnosis.text.lower()
    assert diagnosis.mds_event == "malaria"


def test_mds_event_can_be_overridden_and_text_kept() -> None:
    diagnosis = Diagnosis(icd10_code="A09", text="Diarrhoea, camp outbreak", mds_event="acute_watery_diarrhoea")
    assert (diagnosis.text, diagnosis.mds_event) == ("Diarrhoea, camp outbreak", "acute_watery_diarrhoea")


def test_bad_diagnosis_inside_an_encounter_names_its_position() -> None:
    with pytest.raises(ValidationError) as caught:
        encounter(diagnoses=[{"icd10_code": "B54"}, {"icd10_code": "Q99.99"}])
    assert field_errors(caught.value) == {"diagnoses.1": "ICD-10 code 'Q99.99' does not exist"}


def test_pregnancy_for_a_male_patient_is_refused() -> None:
    with pytest.raises(DomainError) as caught:
        encounter(pregnant=True).check_for_patient(patient(Sex.MALE))
    assert field_errors(caught.value) == {"pregnant": "Pregnancy can only be recorded for a female patient"}


@pytest.mark.parametrize("age", [PREGNANCY_AGE[0] - 2, PREGNANCY_AGE[1] + 3])
def test_pregnancy_outside_plausible_ages_is_refused(age: int) -> None:
    born = date(NOW.year - age - 1, 1, 1)
    with pytest.raises(DomainError, match="not plausible") as caught:
        encounter(pregnant=True).check_for_patient(patient(born=born))
    assert caught.value.field == "pregnant"


@pytest.mark.parametrize("age", [PREGNANCY_AGE[0] + 1, 30, PREGNANCY_AGE[1] - 1])
def test_pregnancy_at_plausible_ages_is_accepted(age: int) -> None:
    born = date(NOW.year - age - 1, 6, 1)
    encounter(pregnant=True).check_for_patient(patient(born=born))


def test_encounter_before_date_of_birth_is_refused() -> None:
    newborn = patient(born=NOW.date())
    with pytest.raises(DomainError) as caught:
        encounter(started_at=NOW - timedelta(days=3)).check_for_patient(newborn)
    assert caught.value.field == "started_at"


def test_encounter_for_another_patient_is_refused() -> None:
    with pytest.raises(DomainError) as caught:
        encounter(patient_id="someone-else").check_for_patient(patient())
    assert caught.value.field == "patient_id"


def test_free_text_over_the_limit_is_refused_but_10000_characters_of_any_script_fit() -> None:
    text = "Bệnh nhân sốt cao, đau đầu; " * 400  # ~11,000 characters with diacritics
    assert encounter(notes=text[:10_000]).notes == text[:10_000].strip()
    with pytest.raises(ValidationError) as caught:
        encounter(notes="x" * 20_001)
    assert "notes" in field_errors(caught.value)


def test_children_have_their_own_normal_ranges() -> None:
    from l2fh_desk.domain.vital_ranges import band_for

    day = date(2026, 12, 2)
    infant, toddler, school, adult = (band_for(born, day) for born in (
        date(2026, 6, 1), date(2025, 3, 1), date(2018, 1, 1), date(1990, 1, 1)))
    assert [b.code for b in (infant, toddler, school, adult)] == ["infant", "toddler", "school", "adult"]
    assert band_for(date(2026, 11, 20), day).code == "neonate"
    assert band_for(None, day).code == "adult"
    # a pulse of 150 and breathing of 45 are normal for an infant, alarming for an adult
    vitals = Vitals(pulse_bpm=150, resp_rate=45)
    assert vitals.warnings(infant) == {}
    assert vitals.warnings(adult) == {"pulse_bpm": "Pulse is high (150)", "resp_rate": "Respiratory rate is high (45)"}
    # a pulse of 60 is normal for an adult, too slow for a child of 1-2 years (PALS 98-140)
    assert Vitals(pulse_bpm=60).warnings(toddler) == {"pulse_bpm": "Pulse is low (60)"}
    assert Vitals(pulse_bpm=60).warnings(adult) == {}
    assert Vitals(resp_rate=30).warnings(school) == {"resp_rate": "Respiratory rate is high (30)"}


def test_dead_on_arrival_allows_no_pulse_and_no_breathing_and_nobody_else_does() -> None:
    dead = encounter(disposition=Disposition.DEAD_ON_ARRIVAL, triage=Triage.DEAD,
                     vitals={"pulse_bpm": 0, "resp_rate": 0})
    assert (dead.vitals.pulse_bpm, dead.vitals.resp_rate) == (0, 0)
    assert dead.vitals.warnings() == {}
    assert check_vital("pulse_bpm", 0, dead=True) is None
    assert check_vital("pulse_bpm", 0) == "Pulse must be between 20 and 250 /min"
    with pytest.raises(ValidationError) as caught:
        encounter(disposition=Disposition.DISCHARGED, vitals={"pulse_bpm": 0})
    assert field_errors(caught.value) == {
        "pulse_bpm": "Pulse of 0 is recorded only for a patient dead on arrival or who died (otherwise 20 to 250 /min)"}
    with pytest.raises(ValidationError):
        encounter(disposition=Disposition.DEAD_ON_ARRIVAL, vitals={"pulse_bpm": 10})
