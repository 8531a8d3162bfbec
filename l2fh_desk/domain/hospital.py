"""The hospital (one installation), its rotations and each rotation's staff roster."""

from __future__ import annotations

from datetime import date

from pydantic import Field, model_validator

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.records import Record, RequiredText, Text, Voidable
from l2fh_desk.domain.vocab import ContingentType, Sex


class Hospital(Record):
    name: RequiredText
    mission: RequiredText
    location: RequiredText
    country: Text = ""  # troop-contributing country
    contingent_type: ContingentType = ContingentType.MILITARY_CONTINGENT
    bed_capacity: int = Field(default=20, ge=0, le=1000)


class Rotation(Voidable):
    hospital_id: str
    number: int = Field(ge=1, le=999)
    start_date: date
    end_date: date
    commander_name: Text = ""
    notes: Text = ""

    @model_validator(mode="after")
    def _dates_in_order(self) -> Rotation:
        if self.end_date < self.start_date:
            raise DomainError("The rotation must end after it starts", field="end_date")
        return self

    def covers(self, day: date) -> bool:
        return self.start_date <= day <= self.end_date

    @property
    def title(self) -> str:
        return f"Rotation {self.number}"


class StaffMember(Voidable):
    rotation_id: str
    name: RequiredText
    sex: Sex
    rank: Text = ""
    specialty: Text = ""
    position: Text = ""
