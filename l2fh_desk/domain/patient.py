"""A patient: UN personnel or local civilian, with an estimated age when the date of birth is unknown."""

from __future__ import annotations

from datetime import date

from pydantic import field_validator

from l2fh_desk.domain.records import PastDate, RequiredText, Text, Voidable
from l2fh_desk.domain.vocab import PatientCategory, Sex

MAX_AGE = 120


def age_on(date_of_birth: date, day: date) -> int:
    years = day.year - date_of_birth.year
    if (day.month, day.day) < (date_of_birth.month, date_of_birth.day):
        years -= 1
    return years


def birth_date_from_age(age_years: int, today: date) -> date:
    """An estimated date of birth (1 January of the year) from an estimated age, as field EMRs do."""
    if not 0 <= age_years <= MAX_AGE:
        raise ValueError(f"Estimated age must be between 0 and {MAX_AGE} years")
    return date(today.year - age_years, 1, 1)


class Patient(Voidable):
    name: RequiredText
    sex: Sex
    date_of_birth: PastDate
    dob_estimated: bool = False
    category: PatientCategory
    nationality: Text = ""
    unit: Text = ""  # unit or contingent, for UN personnel
    un_index_number: Text = ""
    home_location: Text = ""
    phone: Text = ""
    notes: Text = ""

    @field_validator("date_of_birth")
    @classmethod
    def _plausible_age(cls, value: date) -> date:
        if age_on(value, date.today()) > MAX_AGE:
            raise ValueError(f"Date of birth gives an age over {MAX_AGE} years")
        return value

    @field_validator("un_index_number")
    @classmethod
    def _index_shape(cls, value: str) -> str:
        if value and not value.replace("-", "").replace("/", "").isalnum():
            raise ValueError("UN index number may hold only letters, digits, '-' and '/'")
        if len(value) > 20:
            raise ValueError("UN index number is at most 20 characters")
        return value.upper()

    def age_on(self, day: date) -> int:
        return age_on(self.date_of_birth, day)

    @property
    def birth_year(self) -> int:
        return self.date_of_birth.year
