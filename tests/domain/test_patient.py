"""Patient rules: required name, no future or implausible date of birth, estimated age, UN index number."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from pydantic import ValidationError

from l2fh_desk.domain.errors import field_errors
from l2fh_desk.domain.patient import MAX_AGE, Patient, age_on, birth_date_from_age
from l2fh_desk.domain.vocab import PatientCategory, Sex


def patient(**changes: Any) -> Patient:
    data: dict[str, Any] = {"name": "Nyaruach Gatkuoth", "sex": Sex.FEMALE, "date_of_birth": date(1990, 1, 1),
                            "category": PatientCategory.LOCAL_CIVILIAN}
    data.update(changes)
    return Patient.model_validate(data)


def test_estimated_age_gives_1_january_of_the_birth_year() -> None:
    today = date(2026, 11, 20)
    born = birth_date_from_age(34, today)
    assert born == date(1992, 1, 1)
    estimated = patient(date_of_birth=born, dob_estimated=True)
    assert estimated.dob_estimated and estimated.age_on(today) == 34


@pytest.mark.parametrize("age", [-1, MAX_AGE + 1])
def test_estimated_age_out_of_range_is_refused(age: int) -> None:
    with pytest.raises(ValueError, match=f"between 0 and {MAX_AGE}"):
        birth_date_from_age(age, date(2026, 1, 1))


def test_date_of_birth_in_the_future_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        patient(date_of_birth=date.today() + timedelta(days=2))
    assert field_errors(caught.value) == {"date_of_birth": "Cannot be in the future"}


def test_date_of_birth_over_120_years_ago_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        patient(date_of_birth=date(date.today().year - 125, 1, 1))
    assert field_errors(caught.value) == {"date_of_birth": "Date of birth gives an age over 120 years"}


def test_newborn_today_is_accepted() -> None:
    assert patient(date_of_birth=date.today()).age_on(date.today()) == 0


def test_age_counts_whole_years_to_the_birthday() -> None:
    assert age_on(date(2000, 6, 15), date(2026, 6, 14)) == 25
    assert age_on(date(2000, 6, 15), date(2026, 6, 15)) == 26


def test_name_is_required() -> None:
    with pytest.raises(ValidationError) as caught:
        patient(name="  ")
    assert field_errors(caught.value) == {"name": "This field is required"}


def test_unknown_category_or_sex_is_refused_with_the_field_named() -> None:
    with pytest.raises(ValidationError) as caught:
        patient(category="tourist", sex="x")
    assert set(field_errors(caught.value)) == {"category", "sex"}


def test_un_index_number_is_upper_cased_and_checked() -> None:
    assert patient(un_index_number="ab-123/4").un_index_number == "AB-123/4"
    with pytest.raises(ValidationError) as caught:
        patient(un_index_number="12 34;")
    assert "un_index_number" in field_errors(caught.value)
    with pytest.raises(ValidationError, match="at most 20"):
        patient(un_index_number="1" * 21)


def test_names_keep_their_diacritics() -> None:
    assert patient(name="  Đặng Thị Ánh  ").name == "Đặng Thị Ánh"


def test_birth_from_form_assumes_nothing() -> None:
    from l2fh_desk.domain.patient import BirthError, birth_from_form

    today = date(2026, 12, 2)
    assert birth_from_form(date_text="2019-03-07", age_text="", today=today) == (date(2019, 3, 7), False)
    assert birth_from_form(date_text="07.03.2019", age_text="", today=today) == (date(2019, 3, 7), False)
    assert birth_from_form(date_text="", age_text="34", today=today) == (date(1992, 1, 1), True)
    for date_text, age_text, reason in [("", "", "missing"), ("2019-03-07", "7", "both"), ("2027-01-01", "", "future"),
                                        ("31/02/2019", "", "unreadable"), ("03/2019", "", "unreadable"),
                                        ("1900-01-01", "", "too_old"), ("", "7.5", "age"), ("", "121", "age"),
                                        ("", "abc", "age")]:
        with pytest.raises(BirthError) as caught:
            birth_from_form(date_text=date_text, age_text=age_text, today=today)
        assert (caught.value.reason, caught.value.field) == (reason, "date_of_birth")
