"""A patient: UN personnel or local civilian, with an estimated age when the date of birth is unknown."""

from __future__ import annotations

import re
from datetime import date

from pydantic import field_validator

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.icd10 import fold
from l2fh_desk.domain.numbers import UnreadableNumber, parse_number
from l2fh_desk.domain.records import PastDate, RequiredText, Text, Voidable
from l2fh_desk.domain.vocab import PatientCategory, Sex

MAX_AGE = 120
DUPLICATE_AGE_YEARS = 2  # a registration this close in age, same folded name and sex, is likely the same person
_INDEX_NOISE = re.compile(r"[-/\s]")


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


def name_key(name: str) -> str:
    """The name as matched for duplicates: folded (case, accents), words sorted, runs of spaces ignored."""
    return " ".join(sorted(fold(name).split()))


def index_key(number: str) -> str:
    """A UN index number as matched: case, '-', '/' and spaces ignored."""
    return _INDEX_NOISE.sub("", number).upper()


def duplicate_reason(*, new_name: str, new_sex: str, new_born: date, new_index: str,
                     name: str, sex: str, born: date, index: str) -> str | None:
    """Why an existing patient is likely the one being registered ("index" or "name"), or None.

    The rule of the registration desk: the same UN index number; or the same folded name and sex with ages
    within DUPLICATE_AGE_YEARS (birth dates that far apart, so an estimated age still matches).
    """
    if new_index and index_key(new_index) == index_key(index):
        return "index"
    if new_sex == sex and name_key(new_name) == name_key(name) and \
            abs((new_born - born).days) <= DUPLICATE_AGE_YEARS * 366:
        return "name"
    return None


class BirthError(DomainError):
    """The date of birth or estimated age typed at registration cannot be used; `reason` says why:
    missing, both, unreadable, future, too_old, age (not an age in years)."""

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message, field="date_of_birth")
        self.reason = reason


_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")


def parse_birth_date(text: str) -> date:
    """A typed date of birth: 2019-03-07, or day first as 07/03/2019 or 07.03.2019 (never month first)."""
    raw = text.strip()
    iso, day_first = _ISO.fullmatch(raw), _DAY_FIRST.fullmatch(raw)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if day_first:
            return date(int(day_first[3]), int(day_first[2]), int(day_first[1]))
    except ValueError:
        pass
    raise BirthError(f"{raw!r} is not a date: type it as yyyy-mm-dd", reason="unreadable")


def birth_from_form(*, date_text: str, age_text: str, today: date, language: str = "en") -> tuple[date, bool]:
    """(date of birth, estimated) from what a registration form holds: a date, or an age in whole years.

    Nothing is assumed: with neither, or with both, the form is refused; a future or impossible date is
    refused too, so a wrong year is never replaced by a default and saved as exact.
    """
    has_date, has_age = bool(date_text.strip()), bool(age_text.strip())
    if not has_date and not has_age:
        raise BirthError("Type the date of birth, or an estimated age", reason="missing")
    if has_date and has_age:
        raise BirthError("Type a date of birth or an estimated age, not both", reason="both")
    if has_date:
        born = parse_birth_date(date_text)
        if born > today:
            raise BirthError("Cannot be in the future", reason="future")
        if age_on(born, today) > MAX_AGE:
            raise BirthError(f"Date of birth gives an age over {MAX_AGE} years", reason="too_old")
        return born, False
    try:
        years = parse_number(age_text, language, integer=True)
    except UnreadableNumber:
        years = None
    if years is None or not 0 <= years <= MAX_AGE:
        raise BirthError(f"Estimated age must be between 0 and {MAX_AGE} years", reason="age")
    return birth_date_from_age(int(years), today), True


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
