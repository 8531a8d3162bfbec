"""Community outreach: masks, teaching, farming, health education, clinics; people reached by sex and age."""

from __future__ import annotations

from pydantic import Field, model_validator

from l2fh_desk.domain.errors import DomainError
from l2fh_desk.domain.records import MAX_ITEMS, PastDate, RequiredText, Text, Voidable
from l2fh_desk.domain.vocab import OutreachKind


class OutreachActivity(Voidable):
    rotation_id: str
    kind: OutreachKind
    activity_date: PastDate
    place: RequiredText
    partner: Text = ""
    staff_names: tuple[Text, ...] = Field(default=(), max_length=MAX_ITEMS)
    staff_count: int = Field(default=0, ge=0, le=10_000)
    reached_total: int = Field(default=0, ge=0, le=10_000_000)
    reached_female: int = Field(default=0, ge=0, le=10_000_000)
    reached_male: int = Field(default=0, ge=0, le=10_000_000)
    reached_children: int = Field(default=0, ge=0, le=10_000_000)
    quantity: float | None = Field(default=None, ge=0)
    unit: Text = ""
    description: Text = ""
    notable: bool = False

    @model_validator(mode="after")
    def _counts_add_up(self) -> OutreachActivity:
        if self.reached_female + self.reached_male != self.reached_total:
            raise DomainError(
                f"Women and girls ({self.reached_female}) plus men and boys ({self.reached_male}) "
                f"must equal the people reached ({self.reached_total})",
                field="reached_total",
            )
        if self.reached_children > self.reached_total:
            raise DomainError("Children reached cannot exceed the people reached", field="reached_children")
        if self.quantity is not None and not self.unit:
            raise DomainError("A quantity needs a unit (e.g. masks, ha)", field="unit")
        if self.staff_count < len(self.staff_names):
            raise DomainError("Staff taking part cannot be fewer than the names listed", field="staff_count")
        return self
